nav-funding = Financements
funding-title = Opportunités de financement
funding-intro = Appels à propositions des programmes européens et appels en cascade que les Euroclusters et d’autres projets ouvrent aux PME, avec leurs dates limites à l’heure de Bruxelles et à la vôtre.
funding-count = { $count ->
    [1] Un appel
   *[other] { $count } appels
}
funding-empty = Aucun appel ne correspond à ces filtres.
funding-status = État
funding-status-open = Ouvert
funding-status-forthcoming = À venir
funding-status-closed = Clos
funding-status-all = Tous
funding-programme = Programme
funding-kind = Type d’appel
funding-eu-calls = Appels à propositions de l’UE
funding-cascade-calls = Appels en cascade (appels ouverts aux PME)
funding-cascade = Appel en cascade
funding-closing-soon = Date limite dans les 30 jours
funding-deadline = Date limite
funding-deadlines = Dates limites
funding-opens = Ouverture
funding-budget = Budget par subvention
funding-grants = Subventions prévues
funding-action = Type d’action
funding-grant-type = Subvention
funding-procedure = Soumission
funding-portal = L’appel sur le portail Funding & Tenders de l’UE
funding-mine-title = Mes financements
funding-follow-heading = Suivre cet appel
funding-follow = Suivre et me rappeler
funding-follow-update = Modifier le rappel
funding-unfollow = Ne plus suivre
funding-following = Vous suivez cet appel.
funding-remind-label = Me rappeler par e-mail
funding-remind-days = { $days ->
    [1] 1 jour avant chaque date limite
   *[other] { $days } jours avant chaque date limite
}
funding-login-to-follow = Connectez-vous pour suivre cet appel et recevoir un rappel de ses dates limites
funding-done-followed = Vous suivez cet appel ; un rappel arrive par e-mail avant chaque date limite.
funding-done-unfollowed = Vous ne suivez plus cet appel.
funding-done-calendar = L’adresse de votre calendrier est prête ; l’ancienne, s’il y en avait une, ne fonctionne plus.
funding-followed = Appels que vous suivez
funding-followed-none = Vous ne suivez encore aucun appel : ouvrez un appel et choisissez « Suivre ».
funding-call = Appel
funding-next-deadline = Prochaine date limite
funding-reminder = Rappel
funding-calendar-heading = Les dates limites dans votre calendrier
funding-calendar-intro = Abonnez-vous à cette adresse dans votre application de calendrier pour voir les dates limites des appels que vous suivez. Gardez-la pour vous : qui l’a voit les appels que vous suivez.
funding-calendar-address = Adresse du calendrier
funding-calendar-create = Créer l’adresse de mon calendrier
funding-calendar-reset = Remplacer l’adresse (l’ancienne cesse de fonctionner)
funding-fit-heading = Appels adaptés à vos organisations
funding-fit-none = Aucun appel ouvert ne correspond encore à ce profil ; des technologies, des écosystèmes et une description dans le profil aident.
funding-fit-no-organisation = Rejoignez ou enregistrez votre organisation pour voir les appels qui lui correspondent.
funding-ics-name = Dates limites de financement
funding-ics-summary = Date limite : { $title }
funding-ics-summary-nth = Date limite { $n } sur { $count } : { $title }
call-reason-taxonomy = Mentionne { $words } ({ $tag })
call-reason-track = Vos projets ont été financés dans { $part }
call-reason-words = Mots en commun avec votre profil : { $words }
call-reason-smes = S’adresse aux PME
call-reason-clusters = S’adresse aux organisations de clusters
call-reason-research = Une action de recherche
call-reason-eligible = Ouvert aux organisations de l’UE et de l’EEE
call-reason-check = Vérifiez si les organisations situées en { $country } peuvent participer (association au programme)
mail-call-reminder-subject = Date limite proche : { $title }
mail-call-reminder-body = L’appel « { $title } » ({ $identifier }) a une date limite le { $when }, dans { $days } jours.

    { $link }

    Sur le portail : { $portal }
funding-audience = S’adresse à
funding-audience-smes = PME et start-up
funding-audience-clusters = Organisations de clusters
funding-audience-research = Organismes de recherche (une action de recherche)
funding-audience-any = Organisations éligibles selon les conditions de l’appel
funding-eligible-countries = Pays éligibles
funding-eligible-eu = États membres de l’UE, pays de l’EEE et pays associés à { $programme } ; voir les conditions de l’appel
funding-eligible-cascade = Comme l’appel en cascade les fixe ; voir sa description
funding-programmes-open = Programmes de financement en cascade ouverts sur clusterhub
funding-programme-line = Mené par { $owner } · subventions jusqu’à { $max } · candidatures jusqu’au { $deadline }
funding-opens-on = Ouvre le { $date }

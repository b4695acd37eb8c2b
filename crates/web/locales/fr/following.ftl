## Suivre et le récapitulatif hebdomadaire

following-title = Suivis
following-intro = Suivez des organisations, des technologies, des écosystèmes et des pays : chaque lundi matin, un seul e-mail vous dit ce qui est nouveau — actualités, opportunités, événements et appels qui se clôturent bientôt.
following-list-heading = Ce que vous suivez
following-none = Vous ne suivez encore rien. Suivez une organisation depuis son profil, ou une technologie, un écosystème ou un pays ci-dessous.
following-kind-organisation = Organisations
following-kind-technology = Technologie
following-kind-ecosystem = Écosystème industriel
following-kind-country = Pays
following-add-heading = Suivre davantage
following-add-organisations = Les organisations se suivent depuis leur profil (le bouton sous leur nom) :
following-follow = Suivre
following-follow-named = Suivre { $name }
following-is-following = Vous suivez { $name }
following-stop = Ne plus suivre
following-stop-named = Ne plus suivre { $name }
following-sign-in = Connectez-vous pour suivre { $name }
following-followed = Suivi : ses nouveautés arriveront dans votre récapitulatif hebdomadaire.
following-followed-named = Vous suivez désormais { $name } : ses nouveautés arriveront dans votre récapitulatif hebdomadaire.
following-unfollowed-named = Vous ne suivez plus { $name }.
following-unfollowed = Plus suivi.
following-too-many = Vous suivez autant d’éléments qu’une personne le peut ; cessez d’abord d’en suivre un.
following-digest-heading = Récapitulatif hebdomadaire
following-digest-next = Votre prochain récapitulatif arrive le { $date }, s’il y a du nouveau.
following-digest-off = Votre récapitulatif hebdomadaire est arrêté.
following-digest-none = Suivez quelque chose pour recevoir un récapitulatif hebdomadaire.
following-digest-searches = { $count ->
    [1] Une recherche enregistrée envoie ses nouveaux résultats dans le récapitulatif.
   *[other] { $count } recherches enregistrées envoient leurs nouveaux résultats dans le récapitulatif.
}
following-digest-start = Recevoir le récapitulatif hebdomadaire
following-digest-stop = Arrêter le récapitulatif hebdomadaire
following-digest-started = Le récapitulatif hebdomadaire est activé.
following-digest-stopped = Le récapitulatif hebdomadaire est arrêté. Vos suivis restent, et vous pouvez le relancer ici.
following-unsubscribe-title = Arrêter le récapitulatif hebdomadaire
following-unsubscribe-intro = Vous ne recevrez plus de récapitulatif hebdomadaire. Vos suivis restent dans votre compte, où vous pouvez le relancer.
following-unsubscribe = Arrêter le récapitulatif
following-unsubscribed = Récapitulatif hebdomadaire arrêté
following-unsubscribed-detail = Vous ne recevrez plus de récapitulatif hebdomadaire. Connectez-vous et ouvrez « Suivis » pour le relancer.
following-unknown-link = Ce lien n’est pas valide ou a expiré : arrêtez le récapitulatif depuis « Suivis » dans votre compte.

alerts-daily = e-mail quotidien
alerts-weekly = dans le récapitulatif hebdomadaire
alerts-make-weekly = Envoyer chaque semaine dans le récapitulatif
alerts-make-daily = Envoyer chaque jour plutôt
alerts-frequency-changed = Enregistré : l’alerte est désormais envoyée comme vous l’avez choisi.

mail-weekly-subject = { $count ->
    [1] Votre semaine sur clusterhub : une nouveauté dans vos suivis
   *[other] Votre semaine sur clusterhub : { $count } nouveautés dans vos suivis
}
mail-weekly-intro = Bonjour { $name }, voici ce qui est nouveau du { $from } au { $to } dans ce que vous suivez.
mail-weekly-news = Actualités
mail-weekly-opportunities = Opportunités de coopération
mail-weekly-events = Événements
mail-weekly-calls = Appels à projets qui se clôturent bientôt
mail-weekly-search = Nouveau dans votre recherche enregistrée « { $name } »
mail-weekly-starts = Commence le { $date }
mail-weekly-closes = Se clôture le { $date }
mail-weekly-because = Parce que vous suivez : { $what }
mail-weekly-more = … et { $count } de plus : { $link }
mail-weekly-footer = Modifier vos suivis : { $following }
    Ne plus recevoir ces e-mails : { $unsubscribe }

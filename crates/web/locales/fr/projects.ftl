projects-title = Projets de coopération
projects-heading = Projets de coopération
projects-filter = Acronyme
projects-empty = Aucun projet ne correspond.
projects-count = { $count ->
    [1] Un projet
   *[other] { $count } projets
}
project-acronym = Acronyme
project-title = Titre
project-role = Rôle
project-contribution = Contribution de l'UE
project-participants = Participants
project-programme = Programme
project-on-cordis = Page du projet sur CORDIS
project-countries = Pays
project-consortium = Consortium
project-topics = Thèmes des appels
project-keywords = Domaines scientifiques
project-organisation = Organisation
role-coordinator = Coordinateur
role-participant = Partenaire
role-associated-partner = Partenaire associé
role-third-party = Tiers
project-add = Ajouter un projet
project-new = Nouveau projet de { $name }
project-edit = Modifier { $acronym }
project-edit-link = Modifier le projet
project-save = Enregistrer le projet
project-your-role = Rôle de votre organisation
project-acronym-cordis = Les projets issus de CORDIS gardent leur acronyme.
project-programme-hint = P. ex. Horizon Europe, Interreg, Europe numérique, financement national.
project-summary = Résumé
project-starts = Début
project-ends = Fin
project-dates = Durée
project-budget = Budget total
project-markets = Marchés cibles
project-website = Site web
project-error-acronym = De 1 à 60 caractères, sans / \ < ni >.
project-error-taken = Un autre projet porte cet acronyme ; ajoutez l’année ou le programme pour les distinguer.
project-error-partner = Aucune organisation de l’annuaire n’a cette adresse.
project-error-news = De 10 à 5000 caractères.
project-add-partner = Ajouter un partenaire
project-partner-address = L’adresse du partenaire dans l’annuaire
project-partner-hint = La fin de l’adresse de sa page, par ex. fraunhofer-iwu, ou l’adresse entière. Une organisation que vous administrez rejoint aussitôt ; toute autre est invitée et rejoint quand l’un de ses administrateurs accepte.
project-remove-partner = Retirer
project-news = Actualités
project-no-news = Aucune actualité pour l’instant.
project-post-news = Publier une actualité
project-news-for = Au nom de
project-news-title = Titre
project-news-body = Texte
project-delete-news = Supprimer
project-events = Événements
project-no-events = Aucun événement n’est lié à ce projet.
project-link-event = Lier un événement d’un partenaire
project-unlink-event = Délier
project-done-created = Le projet est créé ; ajoutez ses partenaires ci-dessous.
project-done-saved = Le projet est enregistré.
project-done-partners = Le consortium est mis à jour.
project-done-news = Les actualités sont mises à jour.
project-done-events = Les événements sont mis à jour.
countries-present = Pays présents ici
countries-other = Autres pays
nav-dashboard = Mon clusterhub
search-page-label = Rechercher sur la plateforme
dashboard-heading = Bienvenue, { $name }
dashboard-waiting = En attente de votre décision
dashboard-waiting-none = Rien ne vous attend pour le moment.
dashboard-wait-meetings = { $count ->
    [1] Une demande de rendez-vous à traiter
   *[other] { $count } demandes de rendez-vous à traiter
}
dashboard-wait-centre = Une candidature désigne votre centre : à confirmer
dashboard-wait-mission = { $count ->
    [1] Une candidature de mission à évaluer
   *[other] { $count } candidatures de mission à évaluer
}
dashboard-wait-programme = { $count ->
    [1] Une candidature au programme à évaluer
   *[other] { $count } candidatures au programme à évaluer
}
dashboard-wait-opportunity = Une opportunité a été renvoyée par la modération : modifiez-la et soumettez-la à nouveau
dashboard-wait-event = Un événement a été renvoyé par la modération : modifiez-le et soumettez-le à nouveau
dashboard-wait-claims = { $count ->
    [1] Une revendication ou proposition d’organisation à examiner
   *[other] { $count } revendications ou propositions d’organisation à examiner
}
dashboard-wait-opportunities = { $count ->
    [1] Une opportunité à examiner
   *[other] { $count } opportunités à examiner
}
dashboard-wait-events = { $count ->
    [1] Un événement à examiner
   *[other] { $count } événements à examiner
}
dashboard-events = Vos prochains événements
dashboard-events-none = Vous n’êtes inscrit à aucun événement à venir.
dashboard-waiting-list = sur liste d’attente
dashboard-find-events = Trouver des événements
dashboard-calls = Appels que vous suivez
dashboard-calls-none = Vous ne suivez aucun appel ouvert. Suivez-en un pour être averti de son échéance.
dashboard-profile = Profil
dashboard-edit-profile = Modifier le profil
dashboard-people = Personnes
dashboard-new-event = Organiser un événement
dashboard-new-opportunity = Publier une opportunité
dashboard-partners = Partenaires recommandés
dashboard-published = { $count ->
    [0] Aucune opportunité publiée
    [1] Une opportunité publiée
   *[other] { $count } opportunités publiées
}
dashboard-no-organisation-heading = Votre organisation
dashboard-no-organisation = Vous n’agissez encore pour aucune organisation. Trouvez la vôtre dans l’annuaire et revendiquez son profil, ou proposez-la si elle n’y est pas ; la modération confirme.
dashboard-find-yours = Trouver votre organisation
dashboard-propose = Proposer une nouvelle organisation
home-to-dashboard = Aller à Mon clusterhub
home-search-placeholder = Nom, ville ou thème
home-events = Événements à venir
home-all-events = Tous les événements
home-calls = Appels qui se terminent bientôt
home-calls-none = Aucun appel ouvert ne se termine dans les 30 prochains jours.
home-all-calls = Tous les appels à financement
home-opportunities = Opportunités récentes
home-all-opportunities = Toute la place de marché
recommended-why = Pourquoi ? Autres raisons
recommended-organisation = Organisation
dashboard-wait-programme-decisions = { $count ->
    [1] Une candidature confirmée par son centre attend votre attribution ou refus
   *[other] { $count } candidatures confirmées par leur centre attendent votre attribution ou refus
}
dashboard-wait-mission-selection = { $count ->
    [1] L’appel est clos : une candidature attend votre sélection
   *[other] L’appel est clos : { $count } candidatures attendent votre sélection
}
dashboard-organised = Événements que vous organisez
table-word = tableau
notice-password-changed-tokens = Votre mot de passe a été changé ; vos autres sessions ont été fermées, les liens envoyés auparavant ne fonctionnent plus et vos jetons d’API ont été révoqués.
error-own-request = Vous ne pouvez pas décider de votre propre demande ni de celle d’une organisation dont vous faites partie : un autre modérateur ou un administrateur de la plateforme en décide.
error-own-application = Vous ne pouvez pas décider d’une candidature que vous avez déposée ou qui vient d’une organisation dont vous faites partie : un autre organisateur en décide.
evaluator-erased = Un ancien évaluateur (compte supprimé)
dashboard-wait-invitations = { $count ->
    [1] Une invitation d’une organisation à laquelle répondre
   *[other] { $count } invitations d’organisations auxquelles répondre
}
moderation-event-revision = Modification d’un événement publié.
moderation-event-revision-fields = Modifié : { $fields }.
moderation-event-revision-was = Titre publié : { $title }
project-invited-heading = Invitées dans le consortium
project-invited-waiting = en attente de l’accord de l’organisation
project-partner-accept = Accepter : nous participons
project-partner-decline = Refuser
project-done-partner-invited = L’organisation est invitée ; elle rejoint le consortium quand l’un de ses administrateurs accepte.
project-done-partner-accepted = Votre organisation est désormais partenaire de ce projet.
project-done-partner-declined = L’invitation est refusée.
mail-partner-invited-subject = Une invitation dans le consortium de { $project }
mail-partner-invited-body = La page du projet { $project } cite { $organisation } comme partenaire dès que l’un de ses administrateurs est d’accord. Acceptez ou refusez ici :

    { $link }
dashboard-wait-partner = Un projet invite votre organisation dans son consortium
notice-code-expired = La connexion a pris trop de temps ou trop de codes étaient faux : saisissez à nouveau votre mot de passe.
notice-two-factor-on = L’authentification à deux facteurs est activée.
notice-two-factor-off = L’authentification à deux facteurs est désactivée : la connexion ne demande plus que votre mot de passe.

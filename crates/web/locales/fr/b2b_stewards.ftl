# Responsables de tables des événements B2B : nommés par les organisateurs, ils tiennent l'accueil et notent si les rendez-vous ont eu lieu.
b2b-stewards-link = Responsables de tables
b2b-stewards-title = Responsables de tables
b2b-stewards-intro = Le jour même, les responsables de tables tiennent l'accueil et notent si les rendez-vous ont eu lieu. Ils ne voient rien d'autre de l'organisation de l'événement : ni le tableau de bord, ni la planification, ni la réaffectation, ni les réglages. La parole d'un responsable de tables tranche un rendez-vous, sauf si vous en notez une autre ; personne ne note un rendez-vous auquel il participe.
b2b-stewards-list = Responsables de tables de cet événement
b2b-stewards-none = Aucun responsable de tables nommé pour l'instant.
b2b-stewards-named = nommé le { $date }
b2b-stewards-named-by = nommé le { $date } par { $name }
b2b-stewards-remove = Retirer
b2b-stewards-add = Nommer un responsable de tables
b2b-stewards-email = Adresse e-mail de son compte
b2b-stewards-email-hint = La personne doit avoir un compte sur cette plateforme. Elle apprend par e-mail où se trouvent l'accueil et la page de présence.
b2b-stewards-done-named = Le responsable de tables est nommé : il peut ouvrir l'accueil et la page de présence dès maintenant.
b2b-stewards-done-removed = Le responsable de tables est retiré. Ce qu'il a noté reste.
b2b-stewards-error-empty = Saisissez l'adresse e-mail du compte de la personne.
b2b-stewards-error-address = Cette adresse e-mail n'est pas valide.
b2b-stewards-error-no-account = Aucun compte n'a cette adresse e-mail. Demandez à la personne de s'inscrire d'abord, puis nommez-la.
b2b-stewards-error-organiser = Cette personne organise déjà l'événement : elle peut tenir l'accueil sans être nommée.
b2b-stewards-error-throttled = Vous avez recherché beaucoup d'adresses en peu de temps. Réessayez dans { $minutes } minutes.
b2b-steward-heading = Vous êtes responsable de tables
b2b-steward-intro = Le jour même, vous enregistrez l'arrivée des participants et notez si leurs rendez-vous ont eu lieu.
b2b-steward-error-own-meeting = Vous participez à ce rendez-vous et ne pouvez donc pas en noter l'issue : les organisateurs s'en chargent.
b2b-steward-error-side-missing = L'une des parties de ce rendez-vous n'est plus inscrite : vous ne pouvez pas en enregistrer l'issue, les organisateurs s'en chargent.
b2b-attendance-word-organiser = Organisateur ({ $name }) : { $outcome }
b2b-attendance-word-steward = Responsable de tables ({ $name }) : { $outcome }
b2b-attendance-erased = compte supprimé
b2b-attendance-own-meeting = Vous y participez : les organisateurs décident.
mail-b2b-steward-subject = Vous êtes responsable de tables : { $title }
mail-b2b-steward-body = { $name } vous a nommé responsable de tables de { $title }. Le jour même, vous enregistrez l'arrivée des participants à l'accueil et notez si leurs rendez-vous ont eu lieu.
    
    Accueil : { $desk }
    Présence : { $attendance }
    
    Connectez-vous avec cette adresse pour les ouvrir. Les rendez-vous auxquels vous participez vous-même sont notés par les organisateurs.

nav-events = Événements
events-title = Événements
events-intro = Conférences et webinaires, congrès, rencontres d’affaires B2B, ateliers et missions d’affaires des clusters européens.
events-count = { $count ->
    [1] Un événement
   *[other] { $count } événements
}
events-empty = Aucun événement ne correspond à ces filtres.
events-any = Tous
events-online = En ligne ou hybride
events-on-site = Avec un lieu
events-from = Du
events-to = Au
events-views = Vues du calendrier
events-view-list = Liste
events-view-month = Mois
events-subscribe = S’abonner (iCalendar)
events-feed-name = Événements clusterhub
events-prev-month = Mois précédent
events-next-month = Mois suivant
events-mine = Vos événements
events-mine-registered = Inscriptions
events-mine-organised = Organisés par vos organisations
events-mine-none = Vous n’êtes encore inscrit à aucun événement.
events-back = Retour aux événements
event-organise-for = Organiser un événement pour { $name }
event-kind = Type d’événement
event-kind-talk = Conférence ou webinaire
event-kind-conference = Congrès
event-kind-matchmaking = Rencontres d’affaires
event-kind-workshop = Atelier
event-kind-mission = Mission d’affaires
event-state = État
event-state-draft = Brouillon
event-state-submitted = En attente de relecture
event-state-returned = Renvoyé
event-state-published = Publié
event-state-cancelled = Annulé
event-state-draft-explained = Seule votre organisation voit ce brouillon. Soumettez-le quand il est prêt ; un modérateur le relit avant publication.
event-state-submitted-explained = Un modérateur le relit ; vous recevrez un courriel à sa publication ou à son renvoi.
event-state-returned-explained = Un modérateur l’a renvoyé. Modifiez-le et soumettez-le de nouveau.
event-state-published-explained = Il figure au calendrier et les inscriptions sont ouvertes.
event-state-cancelled-explained = Vous l’avez annulé ; tous les inscrits ont été prévenus.
attendance = Participation
attendance-on-site = Sur place
attendance-online = En ligne
attendance-hybrid = Sur place et en ligne
event-title = Titre
event-description = Description
event-starts = Début
event-ends = Fin
event-timezone = Fuseau horaire
event-timezone-hint = Le fuseau du lieu (ou de l’organisateur pour un événement en ligne) ; les heures y sont saisies.
event-venue = Lieu
event-venue-hint = Nom et adresse, pour les événements sur place.
event-online-url = Accès en ligne
event-online-url-hint = L’adresse de connexion, pour les événements en ligne et hybrides ; seuls les inscrits la voient.
event-online-url-hidden = Envoyé aux inscrits.
event-capacity = Places
event-capacity-hint = Laisser vide pour ne pas limiter ; au-delà, les inscriptions vont en liste d’attente.
event-agenda = Programme
event-agenda-hint = Un point par ligne, commençant par l’heure : « 09:30 Accueil », « Jour 2: Visite du port ».
event-itinerary = Itinéraire
event-speakers = Intervenants
event-speakers-hint = Un intervenant par ligne : « Nom, Organisation ».
event-destinations = Destinations
event-destinations-hint = Pour les missions d’affaires : les pays visités, en codes à deux lettres séparés par des virgules (US, CA).
event-b2b = Rendez-vous B2B
event-b2b-yes = Les participants se donnent des rendez-vous individuels.
event-b2b-field = Les participants prennent des rendez-vous B2B
event-b2b-hint = Toujours pour les rencontres d’affaires.
event-form-intro = Un modérateur relit l’événement avant qu’il n’apparaisse au calendrier.
event-save = Enregistrer l’événement
event-new-title = Nouvel événement de { $name }
event-edit-title = Modifier « { $title } »
event-back = Retour à l’événement
event-when = Quand
event-when-yours = Dans votre fuseau horaire
event-topics = Technologies et écosystèmes
event-organiser = Organisateur
event-download-ics = Ajouter à votre agenda (.ics)
event-registration = Inscription
event-register-heading = S’inscrire
event-register-for = Inscription au titre de
event-register-myself = Moi seulement
event-register = S’inscrire
event-join-waitlist = Rejoindre la liste d’attente
event-places = { $left } places libres sur { $capacity }
event-you-are-registered = Vous êtes inscrit.
event-you-are-waiting = Vous êtes numéro { $position } sur la liste d’attente ; vous recevrez un courriel dès qu’une place se libère.
event-unregister = Annuler mon inscription
event-login-to-register = Se connecter pour s’inscrire
event-registration-closed = Les inscriptions sont closes.
event-registered = inscrit
event-waiting = en liste d’attente
event-organiser-heading = Pour l’organisateur
event-registered-count = { $confirmed } inscrits, { $waiting } en attente
event-edit = Modifier
event-manage = Participants, rendez-vous et statistiques
event-submit = Soumettre pour relecture
event-cancel = Annuler l’événement
event-done-saved = L’événement est enregistré.
event-done-submitted = L’événement est soumis ; un modérateur va le relire.
event-done-registered = Vous êtes inscrit ; une confirmation arrive par courriel.
event-done-waitlisted = L’événement est complet ; vous êtes sur la liste d’attente.
event-done-unregistered = Votre inscription est annulée.
event-done-cancelled = L’événement est annulé et tous les inscrits sont prévenus.
event-done-published = L’événement est publié.
event-done-returned = L’événement est renvoyé à son organisateur.
event-error-not-editable = Cet événement ne peut plus être modifié : il a commencé, attend une relecture ou a été annulé.
event-error-state = Quelqu’un d’autre a modifié cet événement entre-temps ; rechargez la page.
event-error-past = L’événement a déjà commencé.
event-error-far = L’événement commence dans plus de trois ans.
event-error-datetime = Saisissez une date et une heure.
event-error-order = La fin doit suivre le début.
event-error-long = Un événement dure au plus 31 jours.
event-error-timezone = Choisissez un fuseau horaire dans la liste.
event-error-venue = Obligatoire pour un événement sur place.
event-error-online = Obligatoire pour un événement en ligne ou hybride.
event-error-url = Indiquez une adresse commençant par https://.
event-error-capacity = Un nombre entier de 1 à 100000, ou vide pour ne pas limiter.
event-error-lines = Vérifiez cette ligne :
event-error-closed = Cet événement n’est pas ouvert aux inscriptions.
event-error-registered = Vous êtes déjà inscrit à cet événement.
event-error-not-registered = Vous n’êtes pas inscrit à cet événement.
moderation-events-title = Événements à relire
moderation-events-none = Aucun événement n’attend de relecture.
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
weekday-1 = lun.
weekday-2 = mar.
weekday-3 = mer.
weekday-4 = jeu.
weekday-5 = ven.
weekday-6 = sam.
weekday-7 = dim.
mail-event-submitted-subject = Un événement attend une relecture
mail-event-submitted-body = « { $title } » a été soumis : { $link }
mail-event-published-subject = Votre événement est publié
mail-event-published-body = « { $title } » figure au calendrier : { $link }
mail-event-returned-subject = Votre événement a été renvoyé
mail-event-returned-body = Un modérateur a renvoyé « { $title } » : { $reason }

    Modifiez-le et soumettez-le de nouveau : { $link }
mail-event-registered-subject = Vous êtes inscrit : { $title }
mail-event-registered-body = Vous êtes inscrit à « { $title } », { $when }.

    La page de l’événement, avec le fichier d’agenda : { $link }
mail-event-waitlisted-subject = Liste d’attente : { $title }
mail-event-waitlisted-body = « { $title } » est complet ; vous êtes numéro { $position } sur la liste d’attente. Nous vous écrirons dès qu’une place se libère.

    { $link }
mail-event-promoted-subject = Une place pour vous : { $title }
mail-event-promoted-body = Une place s’est libérée et vous êtes maintenant inscrit à « { $title } ».

    { $link }
mail-event-cancelled-subject = Annulé : { $title }
mail-event-cancelled-body = L’organisateur a annulé « { $title } ».

    { $link }
b2b-participants = Participants
b2b-participants-count = { $count ->
    [1] Un participant
   *[other] { $count } participants
}
b2b-my-meetings = Vos rendez-vous
b2b-my-agenda = Votre agenda
b2b-search = Chercher parmi les participants
b2b-organisation-type = Type d’organisation
b2b-offer = Propose
b2b-seek = Recherche
b2b-offer-hint = Ce que vous apportez : produits, technologies, services, capacités.
b2b-seek-hint = Qui vous voulez rencontrer et pourquoi.
b2b-profile-heading = Votre profil pour cet événement
b2b-save-profile = Enregistrer le profil
b2b-request = Demander un rendez-vous
b2b-request-message = Un message pour { $name } (facultatif)
b2b-between-sent = Vous avez demandé
b2b-between-received = On vous a demandé
b2b-request-pending = en attente de réponse
b2b-request-accepted = accepté
b2b-request-declined = refusé
b2b-request-withdrawn = retiré
b2b-received = Demandes reçues
b2b-sent = Demandes envoyées
b2b-none = Aucune demande pour l’instant.
b2b-none-sent = Vous n’avez encore rien demandé ; parcourez les participants.
b2b-with = Avec
b2b-message = Message
b2b-actions = Actions
b2b-accept = Accepter
b2b-decline = Refuser
b2b-withdraw = Retirer
b2b-availability = Vos disponibilités
b2b-availability-hint = Décochez les créneaux où vous êtes absent ; les rendez-vous ne sont placés que dans les créneaux cochés.
b2b-save-availability = Enregistrer les disponibilités
b2b-no-sessions-yet = L’organisateur n’a pas encore fixé les sessions de rendez-vous.
b2b-agenda-title = Agenda des rendez-vous : { $title }
b2b-agenda-zone = heures en { $zone }
b2b-agenda-not-published = L’organisateur n’a pas encore publié le planning ; vous recevrez un courriel à sa publication.
b2b-agenda-empty = Vous n’avez aucun rendez-vous confirmé.
b2b-agenda-ics = Ajouter les rendez-vous à votre agenda (.ics)
b2b-agenda-print = Imprimez cette page pour une version papier.
b2b-where = Où
b2b-table = Table { $number }
b2b-online-room = Salle en ligne { $number }
b2b-online = en ligne
b2b-ics-summary = Rendez-vous avec { $name }
b2b-statistics = Statistiques
b2b-stat-registered = Participants
b2b-stat-waiting = Liste d’attente
b2b-stat-sent = Demandes envoyées
b2b-stat-accepted = Acceptées
b2b-stat-declined = Refusées
b2b-stat-pending = Sans réponse
b2b-stat-scheduled = Rendez-vous planifiés
b2b-stat-unscheduled = Acceptées mais non planifiées
b2b-stat-none = Non indiqué
b2b-by-country = Par pays
b2b-by-type = Par type d’organisation
b2b-csv-registrations = Inscriptions (CSV)
b2b-csv-meetings = Rendez-vous et demandes (CSV)
b2b-csv-statistics = Statistiques (CSV)
b2b-sessions = Sessions de rendez-vous
b2b-no-sessions = Aucune session : ajoutez-en une pour que les participants indiquent leurs disponibilités.
b2b-sessions-fixed = Les sessions sont figées dès que des rendez-vous sont verrouillés ou le planning publié.
b2b-add-session = Ajouter une session
b2b-session-starts = Début
b2b-session-starts-hint = Heure locale en { $zone }.
b2b-session-slots = Rendez-vous à la suite
b2b-session-minutes = Minutes par rendez-vous
b2b-session-tables = Tables
b2b-session-tables-hint = 0 pour des rendez-vous en ligne (sans limite).
b2b-remove-session = Retirer
b2b-schedule = Planning
b2b-schedule-explained = Le planificateur place chaque rendez-vous accepté qu’il peut dans un créneau et à une table, sans que personne ne soit à deux endroits à la fois et seulement quand chacun est disponible. Les rendez-vous verrouillés restent en place ; publier verrouille tous les rendez-vous placés et envoie à chacun son agenda.
b2b-run = Lancer le planificateur
b2b-rerun = Relancer pour les demandes tardives
b2b-publish = Publier le planning
b2b-published-note = Le planning est publié : ses rendez-vous sont verrouillés. Une nouvelle exécution ne place que les nouveaux.
b2b-meetings-count = { $count ->
    [1] Un rendez-vous placé
   *[other] { $count } rendez-vous placés
}
b2b-unscheduled-count = { $count ->
    [1] Une demande acceptée non placée
   *[other] { $count } demandes acceptées non placées
}
b2b-requester = Demandé par
b2b-invitee = Demandé à
b2b-locked = Verrou
b2b-lock = Verrouiller
b2b-unlock = Déverrouiller
b2b-reason = Raison
b2b-reason-not-run = Le planificateur n’a pas tourné depuis l’acceptation.
b2b-reason-no-common-time = Les deux ne sont jamais disponibles en même temps.
b2b-reason-agenda-full = { $name } n’a plus de créneau libre.
b2b-reason-busy = À chaque moment où les deux sont disponibles, l’un a déjà un autre rendez-vous.
b2b-reason-no-table = Aucune table n’est libre aux moments où les deux le sont.
b2b-reason-locked-conflict = Il entre en conflit avec un autre rendez-vous verrouillé.
b2b-registrations = Inscriptions
b2b-name = Nom
b2b-done-requested = Votre demande est envoyée.
b2b-done-profile = Votre profil est enregistré.
b2b-done-availability = Vos disponibilités sont enregistrées.
b2b-done-accepted = Vous avez accepté le rendez-vous.
b2b-done-declined = Vous avez refusé le rendez-vous.
b2b-done-withdrawn = Vous avez retiré la demande.
b2b-done-session = Les sessions sont modifiées ; relancez le planificateur.
b2b-done-scheduled = Le planificateur a tourné ; vérifiez le résultat et publiez-le.
b2b-done-published = Le planning est publié et les participants ont leur agenda.
b2b-done-locked = Enregistré.
b2b-error-not-participant = Seuls les participants confirmés de cet événement prennent part à ses rendez-vous B2B.
b2b-error-requested = L’un de vous a déjà sollicité l’autre.
b2b-error-request-state = Cette demande a changé entre-temps ; rechargez la page.
b2b-error-message = Un message d’au plus 1000 caractères, sans caractères de contrôle.
b2b-error-profile = Au plus 2000 caractères, sans caractères de contrôle.
b2b-error-no-b2b = Cet événement n’a pas de rendez-vous B2B.
b2b-error-no-sessions = Ajoutez d’abord une session de rendez-vous.
b2b-error-not-placed = Seuls les rendez-vous placés peuvent être verrouillés.
b2b-error-sessions-locked = Les sessions sont figées dès que des rendez-vous sont verrouillés ou publiés.
b2b-error-overlap = Elle chevauche une autre session.
b2b-error-outside = La session doit se tenir pendant l’événement.
b2b-error-too-many-slots = Un événement a au plus 128 créneaux de rendez-vous.
b2b-error-slots = Un nombre entier de 1 à 48.
b2b-error-minutes = Un nombre entier de minutes de 10 à 120.
b2b-error-tables = Un nombre entier de 0 à 5000.
mail-b2b-request-subject = Une demande de rendez-vous à { $title }
mail-b2b-request-body = { $name } souhaite vous rencontrer à « { $title } » :

    { $message }

    Accepter ou refuser : { $link }
mail-b2b-accepted-subject = Rendez-vous accepté à { $title }
mail-b2b-accepted-body = { $name } a accepté votre demande de rendez-vous. L’organisateur le placera dans le planning : { $link }
mail-b2b-agenda-subject = Votre agenda de rendez-vous pour { $title }
mail-b2b-agenda-body = Le planning est publié : vous avez { $count } rendez-vous. Votre agenda, à imprimer ou à ajouter à votre calendrier : { $link }
event-error-starts-past = Ce moment est passé ; choisissez-en un dans le futur.
mission-call = Appel à participation
mission-call-intro = Les candidats répondent à vos questions ; les évaluateurs notent chaque candidature selon vos critères pondérés ; vous retenez jusqu’au nombre de places et chaque candidat est informé du résultat.
mission-call-line = { $places } places ; candidatures jusqu’au { $deadline }.
mission-questions = Questions aux candidats
mission-questions-hint = Une question par ligne.
mission-criteria = Critères
mission-criteria-hint = Un critère par ligne, précédé de son poids : « 40 Maturité à l’export ».
mission-places = Places
mission-deadline = Dernier jour de candidature
mission-save-call = Enregistrer l’appel
mission-evaluators = Évaluateurs
mission-evaluators-intro = Les évaluateurs notent les candidatures. Ils ne voient les notes des autres qu’après avoir donné la leur et ne notent jamais une organisation dont ils font partie.
mission-no-evaluators = Aucun évaluateur pour l’instant.
mission-evaluator-email = Adresse électronique d’un compte
mission-add-evaluator = Ajouter comme évaluateur
mission-apply = Candidater à la mission
mission-login-to-apply = Se connecter pour candidater
mission-closed = Les candidatures sont closes.
mission-applying-for = Candidature au titre de
mission-submit-application = Envoyer la candidature
mission-applied-as = { $name } a candidaté : { $state }.
mission-applications = Candidatures
mission-application-of = Candidature de { $name }
mission-ranking = Classement par note pondérée
mission-weighted-score = Note pondérée (0–10)
mission-evaluations = Évaluations
mission-you = Vous
mission-scored = notée
mission-to-score = à noter
mission-conflict = votre organisation : pas à vous de la noter
mission-conflict-explained = Vous faites partie de cette organisation : vous ne notez pas sa candidature.
mission-evaluator-rules = Notez chaque candidature. Tant que vous n’avez pas noté toutes celles que vous pouvez noter, elles sont listées dans leur ordre d’arrivée, sans rang ; le classement et les notes des autres apparaissent une fois les vôtres données.
mission-no-applications = Aucune candidature pour l’instant.
mission-state-submitted = envoyée
mission-state-selected = retenue
mission-state-rejected = non retenue
mission-state-withdrawn = retirée
mission-select = Retenir
mission-reject = Écarter
mission-decision = Sélection
mission-decision-state = { $selected } places attribuées sur { $places } ; { $undecided } candidatures en attente.
mission-select-top = Retenir les { $places } meilleures et écarter les autres
mission-notify = Informer chaque candidat du résultat
mission-notified = Les candidats sont informés ; la sélection est définitive.
mission-your-score = Votre note
mission-criterion = { $name } (poids { $weight })
mission-score-hint = De 0 (pas du tout) à 10 (pleinement).
mission-comment = Commentaire
mission-save-score = Enregistrer ma note
mission-scores = Notes
mission-no-scores = Aucune note pour l’instant.
mission-scores-hidden = Les notes des évaluateurs apparaissent après la vôtre.
mission-evaluator = Évaluateur
mission-done-call = L’appel est enregistré.
mission-done-evaluators = Les évaluateurs sont à jour.
mission-done-applied = Votre candidature est envoyée ; une confirmation arrive par courriel.
mission-done-scored = Votre note est enregistrée.
mission-done-decided = La décision est enregistrée.
mission-done-notified = Chaque candidat est informé du résultat.
mission-error-no-call = Cette mission n’a pas encore d’appel à participation.
mission-error-closed = Les candidatures à cette mission sont closes.
mission-error-no-organisation = On candidate pour une organisation : rejoignez ou inscrivez d’abord la vôtre.
mission-error-applied = Votre organisation a déjà candidaté.
mission-error-answer = Obligatoire, au plus 5000 caractères.
mission-error-questions = Une question par ligne, de 3 à 500 caractères ; au plus 20.
mission-error-criteria = Un critère par ligne précédé de son poids (1 à 100) : « 40 Maturité à l’export » ; au plus 12.
mission-error-places = Un nombre entier de 1 à 500.
mission-error-score = Un nombre entier de 0 à 10.
mission-error-evaluator = Aucun compte n’a cette adresse ; la personne doit d’abord s’inscrire.
mission-error-fixed = Les questions ne changent plus après une candidature, ni les critères après une note.
mission-error-decided = Les candidats sont informés ; la sélection est définitive.
mission-error-full = Toutes les places sont attribuées ; écartez d’abord une autre candidature.
mission-error-undecided = Décidez d’abord de chaque candidature.
mission-error-withdrawn = Cette candidature a été retirée.
mail-mission-evaluator-subject = Vous évaluez les candidatures à { $title }
mail-mission-evaluator-body = Vous êtes nommé évaluateur des candidatures à « { $title } » : { $link }
mail-mission-applied-subject = Candidature reçue : { $title }
mail-mission-applied-body = La candidature de { $organisation } à « { $title } » est reçue. Les candidatures ferment le { $deadline } ; vous recevrez le résultat par courriel.

    { $link }
mail-mission-selected-subject = Retenue pour { $title }
mail-mission-selected-body = { $organisation } est retenue pour « { $title } ». L’organisateur vous contactera pour la suite.

    { $link }
mail-mission-rejected-subject = Votre candidature à { $title }
mail-mission-rejected-body = Merci pour la candidature de { $organisation } à « { $title } ». Elle n’a pas été retenue cette fois.

    { $link }
event-error-capacity-below = { $count } personnes sont déjà inscrites ; les places ne peuvent pas être moins nombreuses.
event-error-sessions-outside = Les sessions de rendez-vous B2B doivent rester dans l’événement : modifiez-les d’abord.
mail-event-changed-subject = Modifié : { $title }
mail-event-changed-body = L’organisateur a modifié l’heure ou le lieu de « { $title } ». Il a lieu désormais : { $when }.

    { $link }
event-error-apply-instead = Les participants d’une mission d’affaires sont choisis parmi les candidatures : candidatez plutôt.
mission-withdraw = Retirer la candidature
mission-done-withdrawn = La candidature est retirée.
mail-event-reminder-subject = Demain : { $title }
mail-event-reminder-body = Pour rappel : vous êtes inscrit à « { $title } », { $when }{ $where }.

    { $link }
mail-event-reminder-online = Participer en ligne : { $link }
mail-event-reminder-agenda = Votre agenda de rendez-vous : { $link }
event-projects = Fait partie du projet
event-cancel-title = Annuler « { $title } » ?
event-cancel-when = L’événement est prévu le { $when }. L’annulation est définitive ; il reste affiché comme annulé.
event-cancel-told = { $count ->
    [0] Personne ne s’est encore inscrit.
    [1] La personne inscrite ou en attente est prévenue par courriel.
   *[other] Les { $count } personnes inscrites ou en attente sont prévenues par courriel.
}
event-cancel-keep = Non, maintenir l’événement
event-contact-email-hint = Affichée à tous sur la page publique de l’événement et dans son fichier d’agenda : utilisez une adresse partagée de l’organisation, comme events@…, plutôt qu’une adresse personnelle.
mail-event-revision-review-subject = Une modification d’un événement publié attend d’être examinée
mail-event-revision-review-body = Les organisateurs de « { $title } » ont modifié plus que la date, le lieu ou le nombre de places ; l’événement reste tel que publié jusqu’à votre décision : { $link }
event-done-revision = Enregistré. Une nouvelle date, un nouveau lieu ou un nouveau nombre de places s’appliquent tout de suite ; les autres modifications attendent un modérateur, et l’événement reste affiché tel que publié jusque-là.
event-revision-pending = Des modifications de cet événement attendent un modérateur ; jusqu’à leur approbation, tout le monde le voit tel que publié.
event-error-revision-decided = Un autre modérateur a déjà décidé de cette modification.
event-done-revision-approved = La modification est approuvée ; les inscrits sont informés de ce qui a changé.
event-done-revision-returned = La modification est renvoyée ; l’événement reste tel que publié et les organisateurs en apprennent la raison.
mail-event-revised-subject = « { $title } » a été modifié
mail-event-revised-body = Les organisateurs ont modifié « { $title } », auquel vous êtes inscrit·e. Ce qui a changé : { $changed }.

    { $link }
mail-event-revision-approved-subject = La modification de votre événement est approuvée
mail-event-revision-approved-body = La modification de « { $title } » est approuvée et visible par tous : { $link }
mail-event-revision-returned-subject = La modification de votre événement a été renvoyée
mail-event-revision-returned-body = Un modérateur a renvoyé la modification de « { $title } » : { $reason }
    L’événement reste tel que publié ; vous pouvez le modifier à nouveau.

    { $link }

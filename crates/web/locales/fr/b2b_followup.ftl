# Le suivi des rendez-vous B2B : demandes qui expirent, rappels, résultats des mois plus tard et
# le tableau de bord de l'organisateur.

b2b-followup-title = Demandes et rappels
b2b-followup-intro = Une demande de rendez-vous sans réponse expire après le nombre de jours fixé ici : les deux parties sont de nouveau libres et son auteur est prévenu. Les participants qui ont des demandes en attente de leur réponse, ou pas encore de rendez-vous, reçoivent un rappel par courriel dans leur langue ; ceux qui n'ont rien à faire, non.
b2b-followup-request-days = Jours d'attente d'une réponse
b2b-followup-request-days-hint = De 1 à 14. Une demande qui a reçu une réponse n'expire jamais.
b2b-followup-nudge-every = Jours entre deux rappels
b2b-followup-nudge-every-hint = De 2 à 4.
b2b-followup-nudge-cap = Rappels par personne au plus
b2b-followup-nudge-cap-hint = De 0 à 10 ; 0 n'en envoie aucun.
b2b-followup-save = Enregistrer les réglages
b2b-followup-saved = Les réglages sont enregistrés.
b2b-followup-error-request-days = Indiquez un nombre de jours de 1 à 14.
b2b-followup-error-nudge-every = Indiquez un nombre de jours de 2 à 4.
b2b-followup-error-nudge-cap = Indiquez un nombre de rappels de 0 à 10.

b2b-outcome-title = Ce qu'il est advenu de vos rendez-vous
b2b-outcome-intro = L'événement a eu lieu il y a { $days } jours. Pour chaque rendez-vous que vous y avez tenu, dites où en sont les choses ; vous pourrez modifier votre réponse plus tard.
b2b-outcome-none = Vous n'avez tenu aucun rendez-vous lors de cet événement : il n'y a rien à répondre.
b2b-outcome-not-yet = Les questions sur vos rendez-vous ouvrent le { $date }.
b2b-outcome-private = Seuls les organisateurs voient les réponses, et seulement comptées, jamais une à une.
b2b-outcome-question = Votre rendez-vous avec { $name }
b2b-outcome-save = Enregistrer la réponse
b2b-outcome-saved = Merci : votre réponse est enregistrée.
b2b-outcome-closed = Les questions sur les rendez-vous de cet événement ne sont pas ouvertes.
b2b-outcome-unknown-link = Ce lien est inconnu ou a expiré. Connectez-vous et répondez sur la page de l'événement.
b2b-outcome-stage-no-further-contact = Pas d'autre contact
b2b-outcome-stage-exchanged-information = Nous avons échangé des informations
b2b-outcome-stage-in-negotiation = Nous sommes en négociation
b2b-outcome-stage-commercial-agreement = Nous avons signé un accord commercial
b2b-outcome-stage-technical-agreement = Nous avons signé un accord de coopération technique
b2b-outcome-stage-research-agreement = Nous avons signé un accord de coopération de recherche
b2b-outcome-stage-joint-funding-application = Nous avons déposé ensemble une demande de financement

b2b-dashboard = Tableau de bord
b2b-dash-csv = Rapport complet (CSV)
b2b-dash-day = Le jour même
b2b-dash-day-intro = Un rendez-vous compte comme tenu ou manqué selon la page de présence : la décision de l'organisateur, sinon les réponses des participants.
b2b-dash-checked-in = Enregistrés à l'accueil
b2b-dash-no-shows = Manqués (absence)
b2b-dash-no-show-rate = Taux d'absence
b2b-dash-refilled = Créneaux réattribués
b2b-dash-small-groups = Autres (groupes de moins de { $count } personnes)
b2b-dash-percent = { $value } %
b2b-dash-requests = Demandes de rendez-vous
b2b-dash-sent = Envoyées
b2b-dash-answered = Avec réponse
b2b-dash-expired = Expirées sans réponse
b2b-dash-held = Rendez-vous tenus
b2b-dash-reminders = Rappels
b2b-dash-reminders-sent = Rappels envoyés
b2b-dash-people-reminded = Personnes relancées
b2b-dash-answered-since = Dont ayant répondu à une demande depuis
b2b-dash-no-reminders = Aucun rappel n'est encore parti.
b2b-dash-reminded-people = Qui a été relancé, quand, et combien de demandes il a traitées depuis
b2b-dash-person = Participant
b2b-dash-last-reminder = Dernier rappel
b2b-dash-answers-since = Demandes traitées depuis
b2b-dash-idle = Temps morts
b2b-dash-idle-intro = Les créneaux libres entre le premier et le dernier rendez-vous d'une personne dans une session.
b2b-dash-idle-total = Minutes de temps mort au total
b2b-dash-idle-average = Minutes de temps mort par personne ayant des rendez-vous
b2b-dash-idle-per-person = Temps morts par participant
b2b-dash-meetings-placed = Rendez-vous planifiés
b2b-dash-idle-slots = Créneaux libres
b2b-dash-idle-minutes = Minutes de temps mort
b2b-dash-outcomes = Résultats
b2b-dash-outcomes-intro = 90 et 180 jours après l'événement, on demande aux participants ce qu'il est advenu de chaque rendez-vous tenu. Les réponses sont comptées ici ; aucune réponse individuelle n'est montrée. Les tableaux par pays et par type comptent où en est chaque rendez-vous selon la dernière réponse.
b2b-dash-outcomes-by-stage = Réponses par étape, pour chaque tour
b2b-dash-outcomes-by-country = Où en sont les rendez-vous, par pays des participants
b2b-dash-outcomes-by-type = Où en sont les rendez-vous, par type d'organisation
b2b-dash-stage = Étape
b2b-dash-country = Pays
b2b-dash-type = Type d'organisation
b2b-dash-after-days = Après { $days } jours
b2b-dash-no-answers = pas encore de réponse.
b2b-dash-questions-sent = Participants interrogés

mail-b2b-expired-subject = Votre demande de rendez-vous à { $name } a expiré
mail-b2b-expired-body = { $name } n'a pas répondu à votre demande de rendez-vous pour « { $title } » dans les { $days } jours : elle est close et vous êtes tous deux libres. Adressez-vous à quelqu'un d'autre : { $link }
mail-b2b-nudge-subject = Vos rendez-vous à { $title }
mail-b2b-nudge-waiting = { $count ->
    [one] Une demande de rendez-vous attend votre réponse pour « { $title } ».
   *[other] { $count } demandes de rendez-vous attendent votre réponse pour « { $title } ».
    } Acceptez ou refusez : { $link }
mail-b2b-nudge-none = Vous n'avez pas encore de rendez-vous pour « { $title } ». Voyez qui participe et demandez des rendez-vous : { $link }
mail-b2b-outcome-subject = Qu'est-il advenu de vos rendez-vous à { $title } ?
mail-b2b-outcome-intro = « { $title } » a eu lieu il y a { $days } jours. Qu'est-il advenu de chaque rendez-vous que vous y avez tenu ? Un clic sur la réponse qui convient l'ouvre pour l'enregistrer. Seuls les organisateurs voient les réponses, et seulement comptées.
mail-b2b-outcome-meeting = Votre rendez-vous avec { $name } :
mail-b2b-outcome-end = Vous pouvez aussi répondre sur la plateforme : { $link } (ces liens sont valables jusqu'au { $date }).

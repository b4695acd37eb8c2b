# Présence aux rendez-vous B2B le jour même : accueil, « a-t-il eu lieu ? », réaffectation, la question après coup.
b2b-checkin-title = Accueil : { $title }
b2b-checkin-link = Accueil
b2b-checkin-counts = { $present } présents · { $arrived } arrivés · { $confirmed } attendus
b2b-checkin-direction = Enregistrer
b2b-checkin-kind-in = Arrivée
b2b-checkin-kind-out = Départ
b2b-checkin-code = Code QR ou code d’accueil
b2b-checkin-code-hint = Scannez le code QR du participant ou saisissez les six caractères inscrits dessous.
b2b-checkin-submit = Enregistrer
b2b-checkin-camera = Scanner avec la caméra
b2b-checkin-camera-error = La caméra n’a pas pu démarrer : saisissez le code.
b2b-checkin-offline = Pas de connexion : le scan est gardé sur cet appareil et envoyé au retour du réseau.
b2b-checkin-queued = %n scans en attente d’envoi.
b2b-checkin-batch-refused = Le serveur a refusé ces scans enregistrés comme mal formés ; ils ont été retirés de cet appareil. Scannez à nouveau ces personnes.
b2b-checkin-synced = %n scans envoyés.
b2b-checkin-in = Arrivée enregistrée. Bienvenue !
b2b-checkin-already-in = Déjà arrivé à { $time }.
b2b-checkin-out = Départ enregistré. Ses rendez-vous restants peuvent être donnés à d’autres.
b2b-checkin-already-out = Déjà parti à { $time }.
b2b-checkin-not-in = Arrivée non enregistrée : pas de départ à enregistrer.
b2b-checkin-replayed = Ce scan a déjà été enregistré.
b2b-checkin-error-empty = Scannez un code QR ou saisissez un code d’accueil.
b2b-checkin-error-unknown = Aucun participant de cet événement n’a ce code. Vérifiez les six caractères (il n’y a ni 0, ni O, ni 1, ni I).
b2b-checkin-error-token = Ce code QR n’est pas un code d’accueil valable pour cet événement.
b2b-checkin-error-revoked = Cette inscription a été annulée : le code QR n’est plus valable.
b2b-checkin-error-ambiguous = Deux participants ont ce code : scannez le code QR ou cherchez la personne par son nom.
b2b-attendance-link = Présence
b2b-attendance-title = Présence : { $title }
b2b-attendance-present = présents
b2b-attendance-left = partis
b2b-attendance-total-held = rendez-vous tenus
b2b-attendance-total-no-show = absences
b2b-attendance-total-conflict = réponses contradictoires
b2b-attendance-total-unknown = sans réponse
b2b-attendance-needing = Rendez-vous qui attendent votre décision
b2b-attendance-all = Tous les rendez-vous commencés
b2b-attendance-show-all = Afficher tous les rendez-vous commencés
b2b-attendance-show-needing = N’afficher que ceux qui attendent votre décision
b2b-attendance-none = Aucun rendez-vous n’attend votre décision.
b2b-attendance-requester = Demandé par
b2b-attendance-invitee = Invité
b2b-attendance-settled = Résultat
b2b-attendance-record = Enregistrer le résultat
b2b-attendance-save = Enregistrer
b2b-attendance-no-answer = pas de réponse
b2b-attendance-held = ils se sont rencontrés
b2b-attendance-requester-absent = le demandeur n’est pas venu
b2b-attendance-invitee-absent = l’invité n’est pas venu
b2b-attendance-both-absent = aucun n’est venu
b2b-attendance-conflict = Réponses contradictoires
b2b-attendance-done-recorded = Le résultat est enregistré.
b2b-attendance-error-not-started = Ce rendez-vous n’a pas encore commencé.
b2b-refill-heading = Réaffecter le reste de la journée
b2b-refill-intro = Les rendez-vous à venir des personnes parties ou signalées absentes sont annulés, et leurs créneaux vont à ce qui attend entre personnes présentes : demandes acceptées restées sans place, demandes en attente dont le destinataire a marqué le demandeur, et personnes qui se sont marquées l’une l’autre. Rien d’autre ne bouge ; les personnes concernées sont prévenues aussitôt.
b2b-refill-run = Réaffecter les créneaux libérés
b2b-refill-done = { $count ->
    [one] Un rendez-vous placé dans des créneaux libérés ; les personnes concernées ont été prévenues.
   *[other] { $count } rendez-vous placés dans des créneaux libérés ; les personnes concernées ont été prévenues.
}
b2b-refill-error-not-published = Publiez le planning avant de le réaffecter le jour même.
b2b-refill-error-not-running = Les créneaux ne sont réaffectés que pendant l’événement, entre son début et sa fin.
b2b-refill-when = Les créneaux libérés peuvent être réaffectés pendant l’événement.
b2b-refill-released = { $count ->
    [one] Un rendez-vous d’une personne absente a été annulé.
   *[other] { $count } rendez-vous de personnes absentes ont été annulés.
}
b2b-agenda-checkin-heading = Votre code d’accueil
b2b-agenda-checkin-intro = Présentez ce code QR à l’entrée (à l’écran ou imprimé). S’il ne peut être lu, donnez le code ci-dessous.
b2b-agenda-qr = Votre code QR d’accueil
b2b-agenda-code = Code d’accueil :
b2b-agenda-happened-heading = Vos rendez-vous ont-ils eu lieu ?
b2b-agenda-we-met = Nous nous sommes rencontrés
b2b-agenda-they-missed = Absent
b2b-agenda-you-met = vous avez dit vous être rencontrés
b2b-agenda-you-reported-absent = vous avez dit que la personne n’est pas venue
b2b-agenda-done-reported = Merci, votre réponse est enregistrée.
b2b-ics-checkin-code = Code d’accueil : { $code }
b2b-answer-title = Vos rendez-vous à { $title }
b2b-answer-held-question = Avez-vous rencontré { $name } ? Confirmez avec le bouton.
b2b-answer-absent-question = { $name } n’est pas venu à votre rendez-vous ? Confirmez avec le bouton.
b2b-answer-confirm = Confirmer
b2b-answer-thanks = Merci
b2b-answer-thanks-detail = Votre réponse sur votre rendez-vous à { $title } est enregistrée.
b2b-answer-error-link = Ce lien n’est pas valable. Répondez plutôt depuis votre agenda.
b2b-answer-error-expired = Ce lien a expiré. Répondez plutôt depuis votre agenda.
mail-b2b-refill-subject = Votre agenda a changé : { $title }
mail-b2b-refill-body = Votre agenda du jour a changé :
    { $changes }
    Votre agenda : { $link }
mail-b2b-refill-gone = Annulé : { $when } avec { $name }, absent.
mail-b2b-refill-new = Nouveau : { $when }, { $place }, avec { $name }.
mail-b2b-ask-subject = Vos rendez-vous ont-ils eu lieu ? { $title }
mail-b2b-ask-body = Personne ne nous a encore dit si ces rendez-vous ont eu lieu. Un clic suffit (sans connexion ; les liens valent { $days } jours) :
    
    { $meetings }
mail-b2b-ask-meeting = { $when } avec { $name }
    Nous nous sommes rencontrés : { $held }
    La personne n’est pas venue : { $absent }
mail-event-registered-checkin = Aux rendez-vous B2B, présentez à l’entrée le code QR de votre agenda ({ $agenda }) ou donnez votre code d’enregistrement : { $code }
mail-event-registered-checkin-image = Aux rendez-vous B2B, présentez l’image jointe à l’accueil : c’est votre code QR d’enregistrement, qui figure aussi dans votre agenda ({ $agenda }). S’il ne peut pas être lu, donnez votre code d’enregistrement : { $code }

# Services technologiques : catalogue, offre de services, demandes, propositions motivées et e-mails associés.

nav-services = Services
services-heading = Services technologiques
services-lead = Essais, prototypage, lignes pilotes, laboratoires, formation et conseil proposés par des centres technologiques de toute l’Europe. Consultez le catalogue, ou décrivez votre défi avec vos propres mots et dans votre langue : nous vous proposons les services adaptés.
services-describe-challenge = Décrire votre défi
services-my-requests = Mes demandes de services
search-kind-service = Service technologique
search-facet-service = Type de service
search-facet-delivery = Modalité de prestation
search-facet-price = Prix
search-facet-language = Langue

service-kind = Type de service
service-kind-testing-validation = Essais et validation
service-kind-prototyping = Prototypage
service-kind-pilot-production = Production pilote
service-kind-equipment-access = Accès à des équipements ou à un laboratoire
service-kind-training = Formation
service-kind-consulting = Conseil
service-kind-certification-support = Accompagnement à la certification
service-kind-software = Logiciel
price-model-free = Gratuit
price-model-fixed = Prix forfaitaire
price-model-day-rate = Tarif journalier
price-model-on-quote = Sur devis
delivery-on-site = Au centre
delivery-at-client = Chez le client
delivery-remote = À distance
service-state-draft = Brouillon
service-state-draft-explained = Seule votre organisation voit ce brouillon. Soumettez-le à relecture pour le publier dans le catalogue.
service-state-submitted = En attente de relecture
service-state-submitted-explained = Un modérateur le relit avant qu’il n’apparaisse dans le catalogue.
service-state-returned = Renvoyé pour modification
service-state-returned-explained = Un modérateur l’a renvoyé. Modifiez-le et soumettez-le à nouveau.
service-state-published = Publié
service-state-published-explained = Il figure dans le catalogue, sur votre profil et dans les propositions. Retirez-le pour le modifier.
service-request-state-requested = En attente de la réponse du centre
service-request-state-quoted = Devis envoyé
service-request-state-declined = Déclinée
service-request-state-accepted = Acceptée
service-request-state-delivered = Réalisée
service-request-state-withdrawn = Retirée
service-request-state-lapsed = Sans réponse dans les délais

service-name = Nom
service-name-in = Nom en { $language } (facultatif)
service-description = Description
service-description-in = Description en { $language } (facultative)
service-description-hint = Ce que vous faites, avec quels équipements et selon quelles normes, pour qui, et ce que reçoit le client.
service-language = Langue du nom et de la description
service-trl = Niveaux de maturité technologique (TRL) couverts
service-trl-from = TRL le plus bas couvert
service-trl-to = TRL le plus élevé couvert
service-trl-hint = De 1 (principes de base observés) à 9 (système éprouvé en conditions réelles).
service-trl-range = TRL { $from } à { $to }
service-equipment = Équipements
service-accreditations = Accréditations
service-accreditations-hint = Une par ligne, p. ex. ISO/IEC 17025.
service-price-model = Mode de tarification
service-price = Prix indicatif (euros)
service-price-hint = En euros, p. ex. 1200 ou 1200.50.
service-price-day = { $price } par jour
service-price-from = à partir de { $price }
service-programmes = Programmes de chèques innovation qui le prennent en charge
service-lead-time = Délai de réalisation habituel
service-answer-days = Première réponse sous
service-answer-days-hint = En jours. Vous recevez un rappel pour les demandes restées sans réponse dans ce délai ; ensuite, le client peut solliciter d’autres centres.
service-days = { $days ->
    [1] { $days } jour
   *[other] { $days } jours
}
service-hours = { $hours ->
    [1] { $hours } heure
   *[other] { $hours } heures
}
service-languages = Langues de travail
service-languages-hint = Codes à deux lettres, p. ex. de, en.
service-delivery = Modalité de prestation
service-countries = Pays desservis
service-countries-hint = Codes à deux lettres ; laissez vide pour desservir tous les pays.
service-countries-all = Tous les pays
service-regions = Régions desservies
service-regions-hint = Codes NUTS dans ces pays, p. ex. DED ; laissez vide pour les pays entiers.
service-reference = Votre référence
service-reference-hint = Votre propre code pour ce service ; un import de catalogue met à jour le service portant la même référence.
service-topics = Technologies et écosystèmes
service-centre = Centre technologique
service-save = Enregistrer le service
service-form-intro = Décrivez un service proposé par votre organisation. Il est publié après relecture par un modérateur.
service-new = Proposer un nouveau service
service-new-title = Nouveau service de { $name }
service-edit = Modifier
service-edit-title = Modifier { $name }
service-back = Retour au service
service-withdraw = Retirer du catalogue
service-all-of-centre = Tous les services du centre
service-owner-heading = Votre service
service-offered-title = Services de { $name }
service-none-offered = Aucun service pour l’instant.
service-figures-heading = Indicateurs du centre
service-figure-answered = Demandes avec réponse : { $answered } sur { $requests }
service-figure-answer = Première réponse (médiane) : { $time }
service-figure-rating = Noté { $rating } sur 5 par { $count ->
    [1] un client
   *[other] { $count } clients
}
service-done-saved = Le service est enregistré.
service-done-submitted = Le service est soumis à relecture.
service-done-withdrawn = Le service est retiré du catalogue et redevient un brouillon.
service-done-published = Le service est publié.
service-done-returned = Le service est renvoyé à son centre.
service-done-sent = Votre demande est envoyée. Le centre en est informé par e-mail.
service-done-quoted = Votre devis est envoyé.
service-done-declined = La demande est déclinée.
service-done-accepted = Le devis est accepté.
service-done-withdrawn-request = La demande est retirée.
service-done-delivered = La prestation est marquée comme réalisée.
service-done-rated = Merci pour votre évaluation.
service-done-replied = Votre réponse est publiée avec l’évaluation.
service-error-not-a-centre = Seuls les centres technologiques, les organismes de recherche, les universités et les pôles d’innovation proposent des services.
service-error-not-editable = Un service publié doit être retiré avant d’être modifié.
service-error-state = Quelqu’un d’autre a modifié ce service entre-temps. Rechargez la page.
service-error-reference = Un autre service de votre organisation porte déjà cette référence.
service-error-price = Saisissez un montant en euros, p. ex. 1200 ou 1200.50.
service-error-price-required = Un prix forfaitaire ou un tarif journalier nécessite un prix indicatif.
service-error-trl = Choisissez un niveau de 1 à 9 ; le plus élevé ne peut pas être inférieur au plus bas.
service-error-days = Saisissez un nombre entier de jours.
service-error-delivery = Choisissez-en au moins une.
service-error-voucher-amount = Le chèque doit couvrir plus de 0 et au plus le prix du devis ({ $price }).
service-error-voucher-left = Il ne reste que { $left } sur le chèque ; imputez-y un montant moindre.
moderation-services-title = Services à relire
moderation-services-none = Aucun service n’attend de relecture.

service-request-heading = Demander ce service
service-request-submit = Envoyer la demande
service-request-login = Connectez-vous pour demander ce service
service-request-own = Ce service est celui de votre organisation.
service-request-no-organisation = Les services se demandent au nom d’une organisation : rejoignez d’abord une organisation de l’annuaire ou revendiquez son profil.
service-request-network = Par l’intermédiaire d’un réseau
service-request-network-hint = Un cluster ou un réseau dont vous êtes membre suit la demande et ses délais de réponse (pas son contenu).
service-request-no-network = Aucun réseau
service-request-need = Votre besoin
service-request-need-hint = Votre produit, le problème, ce que vous voulez découvrir ou fabriquer. Écrivez dans votre propre langue.
service-request-trl = Votre niveau de maturité technologique (TRL)
service-request-budget = Budget
service-request-budget-from = Budget à partir de (euros)
service-request-budget-to = Budget jusqu’à (euros)
service-request-wanted-by = Date souhaitée
service-request-sharing = Ce que vous pouvez partager
service-request-sharing-hint = Plans, échantillons, données, et à quelles conditions (p. ex. après un accord de confidentialité).
service-request-sent = Envoyée
service-request-due = Réponse attendue
service-request-client = Client
service-request-from = Demande de { $name }
service-request-to = Demande adressée à { $name }
service-request-private = Seules les personnes des deux organisations voient cette demande.
service-request-error-state = Quelqu’un d’autre a fait évoluer cette demande entre-temps. Rechargez la page.
service-requests-received = Demandes adressées à votre centre
service-requests-sent = Demandes que vous avez envoyées
service-requests-none = Vous n’avez encore demandé aucun service.
service-quote-heading = Devis
service-quote-price = Prix (euros)
service-quote-duration = Durée en jours
service-quote-conditions = Conditions
service-quote-submit = Envoyer le devis
service-decline-heading = Décliner
service-decline-reason = Pourquoi vous déclinez
service-decline-submit = Décliner la demande
service-declined-because = Le centre a décliné : { $reason }
service-accept-heading = Accepter le devis
service-accept-submit = Accepter le devis
service-accept-voucher = Paiement par chèque innovation
service-accept-no-voucher = Sans chèque
service-accept-voucher-option = { $programme } (solde : { $left })
service-accept-voucher-amount = Montant pris en charge par le chèque (euros)
service-accept-voucher-amount-hint = Laissez vide pour imputer sur le chèque la plus grande part possible du devis, dans la limite de son solde.
service-withdraw-submit = Retirer la demande
service-delivered-submit = Marquer la prestation comme réalisée
service-delivered-by-centre = Le centre a marqué la prestation comme réalisée.
service-delivered-by-client = Le client a marqué la prestation comme réalisée.
service-stars = { $count ->
    [1] 1 étoile
   *[other] { $count } étoiles
}
service-rate-heading = Évaluation
service-rate-stars = Votre note
service-rate-comment = Commentaire
service-rate-submit = Évaluer
service-reply-heading = Répondre à l’évaluation
service-reply-text = Votre réponse
service-reply-submit = Publier la réponse
service-reply-by = { $name } a répondu :

service-challenge-title = Décrire votre défi
service-challenge-intro = Dites-nous avec vos propres mots et dans votre langue ce dont vous avez besoin. Nous vous proposons les services adaptés, avec les raisons, et vous choisissez jusqu’à cinq centres à solliciter en une seule fois.
service-challenge-heading = Votre défi
service-challenge-propose = Afficher les services adaptés
service-proposals-title = Services adaptés à votre défi
service-proposals-intro = Choisissez jusqu’à { $max } services ; chaque centre reçoit votre défi sous forme de demande.
service-proposals-choose = Services proposés
service-proposals-details = Détails
service-proposals-send = Solliciter les centres choisis
service-proposals-none = Aucun service publié ne correspond encore à votre défi. Essayez d’autres mots ou parcourez le catalogue.
service-proposals-browse = Parcourir le catalogue
service-challenge-choose = Choisissez entre un et { $max } des services proposés.
service-challenge-too-many = Choisissez au plus { $max } services.
service-challenge-not-proposed = Choisissez parmi les services proposés.
service-challenge-under-way = Des demandes liées à ce défi sont encore en cours.
service-challenge-page-title = Votre défi
service-challenge-asked = Centres sollicités
service-challenge-next = Solliciter les centres suivants

proposal-offers = Propose « { $kind } » pour { $concepts }, dont le défi a besoin
proposal-knows = Travaille sur { $concepts }, dont le défi a besoin
proposal-kind = Propose « { $kind } », ce que demande le défi
proposal-words = Mots en commun : { $words }
proposal-trl = TRL { $from } à { $to }, ce qui couvre votre TRL { $trl }
proposal-voucher = Éligible au programme de chèques innovation dont vous êtes bénéficiaire
proposal-answers = Répond sous { $time } (médiane)
proposal-rated = Noté { $rating } par { $count ->
    [1] un client
   *[other] { $count } clients
}
proposal-speaks = Parle { $language }
proposal-distance = À { $km } km
proposal-across-border = Transfrontalier, à { $km } km

service-routed-title = Demandes de services passées par { $name }
service-routed-title-short = Demandes passées par nous
service-routed-intro = Les demandes que vos membres ont envoyées par votre réseau : leur état et leurs délais de réponse. Leur contenu reste entre le client et le centre.
service-routed-csv = Télécharger en CSV
service-routed-summary = Demandes : { $count }, dont avec réponse : { $answered }
service-routed-none = Aucune demande n’est encore passée par votre réseau.
service-routed-answer = Première réponse

programme-voucher = Programme de chèques innovation
programme-voucher-hint = Les aides attribuées sont des chèques, utilisables pour les devis de services technologiques qui acceptent le programme.

mail-service-submitted-subject = Un service technologique attend une relecture sur clusterhub
mail-service-submitted-body = « { $title } » a été soumis. Relisez-le ici :
    { $link }
mail-service-published-subject = Votre service est publié sur clusterhub
mail-service-published-body = « { $title } » est publié :
    { $link }
mail-service-returned-subject = Votre service a été renvoyé pour modification
mail-service-returned-body = Un modérateur a renvoyé « { $title } » : { $reason }
    Modifiez-le ici et soumettez-le à nouveau :
    { $link }
mail-service-requested-subject = Nouvelle demande pour « { $service } »
mail-service-requested-body = { $organisation } demande « { $service } » :

    { $need }

    Envoyez un devis ou déclinez la demande ici :
    { $link }
mail-service-quoted-subject = Un devis pour « { $service } »
mail-service-quoted-body = { $organisation } a envoyé un devis pour « { $service } ». Acceptez-le ou retirez votre demande ici :
    { $link }
mail-service-declined-subject = Votre demande pour « { $service } » a été déclinée
mail-service-declined-body = { $organisation } a décliné votre demande pour « { $service } ». La raison et d’autres centres à solliciter :
    { $link }
mail-service-accepted-subject = Votre devis pour « { $service } » est accepté
mail-service-accepted-body = { $organisation } a accepté votre devis pour « { $service } » :
    { $link }
mail-service-withdrawn-subject = Une demande pour « { $service } » a été retirée
mail-service-withdrawn-body = { $organisation } a retiré sa demande pour « { $service } » :
    { $link }
mail-service-delivery-marked-subject = Prestation « { $service } » marquée comme réalisée
mail-service-delivery-marked-body = { $organisation } a marqué la prestation « { $service } » comme réalisée. Si vous êtes d’accord, marquez-la aussi :
    { $link }
mail-service-delivered-subject = La prestation « { $service } » est réalisée
mail-service-delivered-body = Les deux parties ont marqué la prestation « { $service } » comme réalisée (en dernier : { $organisation }) :
    { $link }
mail-service-rated-subject = « { $service } » a été évalué
mail-service-rated-body = { $organisation } a évalué « { $service } ». Lisez l’évaluation et répondez ici :
    { $link }
mail-service-replied-subject = Une réponse à votre évaluation de « { $service } »
mail-service-replied-body = { $organisation } a répondu à votre évaluation de « { $service } » :
    { $link }
mail-service-reminder-subject = Rappel : une demande pour « { $service } » attend votre réponse
mail-service-reminder-body = { $organisation } a demandé « { $service } » et attend votre devis ou votre refus. Répondez ici :
    { $link }
mail-service-lapsed-subject = Toujours pas de réponse pour « { $service } »
mail-service-lapsed-body = { $organisation } n’a pas répondu à votre demande pour « { $service } » dans le délai annoncé, même après un rappel. Sollicitez ici les centres proposés suivants :
    { $link }

profile-services = Services technologiques
profile-services-manage = Nos services technologiques
programme-vouchers-heading = Ce que les chèques ont financé
programme-vouchers-none = Aucun chèque n’a encore été utilisé.
programme-voucher-committed = Engagé
programme-voucher-spent = Dépensé
programme-voucher-spent-on = { $service } ({ $amount }, réalisé)
programme-voucher-committed-to = { $service } ({ $amount }, en cours)
service-under-an-hour = moins d’une heure
service-price-shown = Prix indicatif
service-languages-spoken = Langues
service-error-too-many-requests = Votre organisation a déjà envoyé beaucoup de demandes aujourd’hui ; envoyez les suivantes demain.
service-request-need-shown = Le besoin
service-request-trl-shown = Niveau de maturité technologique (TRL)
service-request-sharing-shown = Ce qui peut être partagé
service-quote-price-shown = Prix
service-quote-duration-shown = Durée

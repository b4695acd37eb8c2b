## Cadre de page
skip-to-content = Aller au contenu
nav-main = Navigation principale
nav-directory = Annuaire
nav-projects = Projets
nav-search = Recherche
nav-api = API
nav-language = Langue
search-label = Rechercher dans clusterhub
search-placeholder = Organisations, événements…
search-button = Rechercher
footer-about = clusterhub – la plateforme ouverte où les clusters, PME et centres technologiques d'Europe trouvent des partenaires.
footer-data = Données des projets : CORDIS, © Union européenne, CC BY 4.0. Lisible par machine :
breadcrumbs = Fil d'Ariane
pagination = Pages
page-previous = Précédent
page-next = Suivant
page-n = Page { $page }
yes = Oui
no = Non

## Erreurs
error-back-to-directory = Retour à l'annuaire
error-not-found-heading = Page introuvable
error-not-found = Il n'y a pas de page à cette adresse. Elle a peut-être été déplacée, ou le lien est mal saisi.
error-organisation-not-found = L'annuaire ne contient pas d'organisation « { $slug } ».
error-project-not-found = Il n'y a pas de projet portant le numéro { $id }.
error-bad-request-heading = La requête n'a pas pu être comprise
error-internal-heading = Une erreur s'est produite
error-internal = Le serveur n'a pas pu traiter cette requête. L'erreur a été enregistrée ; veuillez réessayer dans un instant.
error-unavailable-heading = Momentanément indisponible
error-unavailable = La base de données est inaccessible pour le moment. Veuillez réessayer dans un instant.
error-filter = Le filtre « { $parameter } » n'est pas valide : { $message }
filter-left-out = Le filtre « { $parameter } » a été ignoré : « { $value } » n’est pas une valeur valide. Les autres filtres s’appliquent.

## Accueil
home-title = La plateforme européenne de coopération entre clusters
home-heading = Là où les clusters européens coopèrent
home-lead = Clusters, PME, centres technologiques et organismes de recherche trouvent des partenaires au-delà des frontières, se rencontrent lors d’événements et de journées B2B, répondent aux offres et demandes et suivent les appels à financement qui leur conviennent.
home-search-label = Rechercher dans l'annuaire
home-stats-summary = { $organisations } organisations de { $countries } pays.
home-stats-projects = { $projects ->
    [one] Un projet de coopération.
   *[other] { $projects } projets de coopération.
}
home-explore-heading = Explorer
home-explore-clusters = Les plus grands clusters
home-explore-centres = Centres technologiques
home-explore-smes = PME
home-explore-projects = Projets de coopération et leurs consortiums

## Annuaire
directory-title = Annuaire des organisations
directory-heading = Annuaire des organisations
directory-count = { $count ->
    [0] Aucune organisation ne correspond
    [one] Une organisation
   *[other] { $count } organisations
}
directory-empty = Aucune organisation ne correspond à ces filtres. Retirez un filtre ou cherchez un autre mot.
directory-as-json = Cette liste en JSON
filters-heading = Filtres
filter-q = Nom ou ville
filter-any = Tous
filter-type = Type
filter-country = Pays
filter-nuts = Région (NUTS)
filter-nuts-hint = Un code NUTS comme DED (Saxe) ou DK01 (Région de la capitale, Danemark) ; inclut les régions qu'il contient.
filter-ecosystem = Écosystème industriel
filter-ket = Technologie clé générique
filter-cta = Domaine technologique critique
filter-nace = Secteur (section NACE)
filter-label = Label de cluster
filter-sme = PME
filter-sort = Trier par
filter-apply = Appliquer les filtres
filter-clear = Tout effacer
active-filters = Filtres actifs
chip-remove = Retirer le filtre : { $filter }
sme-yes = PME uniquement
sme-no = Hors PME

sort-name = Nom (A–Z)
sort-name-desc = Nom (Z–A)
sort-country = Pays
sort-founded = Les plus récentes
sort-members = Le plus de membres
sort-updated = Mises à jour récentes

## Types d'organisation
type-cluster = Cluster
type-company = Entreprise
type-technology-centre = Centre technologique
type-research-education = Recherche et enseignement
type-support-network = Partenaire d'un réseau d'appui
type-public-authority = Autorité publique
type-other = Autre organisation

type-plural-cluster = Clusters
type-plural-company = Entreprises
type-plural-technology-centre = Centres technologiques
type-plural-research-education = Recherche et enseignement
type-plural-support-network = Partenaires de réseaux d'appui
type-plural-public-authority = Autorités publiques
type-plural-other = Autres organisations

label-bronze = Label bronze
label-silver = Label argent
label-gold = Label or

## Profil
profile-facts = L'essentiel
profile-no-description = Cette organisation n'a pas encore rédigé de description.
profile-description-in = Description ({ $language })
profile-ecosystems = Écosystèmes industriels
profile-technologies = Technologies clés génériques
profile-critical = Domaines technologiques critiques
profile-sectors = Secteurs (NACE)
profile-markets = Marchés cibles
profile-languages = Langues de travail
profile-members = { $count ->
    [one] Un membre dans l'annuaire
   *[other] { $count } membres dans l'annuaire
}
profile-member-of = Membre de
profile-partners = Organisations partenaires
profile-projects = { $count ->
    [one] Un projet
   *[other] { $count } projets
}
badge-sme = PME
field-legal-name = Dénomination légale
field-type = Type
field-country = Pays
field-region = Région
field-city = Ville
field-website = Site web
field-founded = Création
field-label = Label de cluster
field-sme = PME
field-members = Membres
field-members-detail = { $total } ({ $smes } PME, { $large } grandes entreprises, { $research } organismes de recherche)
field-coordinates = Localisation
field-map-link = { $lat }, { $lon } (OpenStreetMap)
field-cordis-id = Identifiant de participant CORDIS

## Projets
projects-title = Projets de coopération
projects-heading = Projets de coopération
projects-filter = Acronyme
projects-empty = Aucun projet ne correspond.
projects-count = { $count ->
    [one] Un projet
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

## API
api-title = API JSON
api-lead = Tout l'annuaire est disponible en JSON sous /api/v1, avec les mêmes filtres que les pages. Les listes répondent {"{"}"items": […], "total": N, "limit": …, "offset": …{"}"}.
api-openapi = Description OpenAPI 3
api-endpoints = Points d'accès
api-endpoint = Point d'accès
api-description = Description
api-list-organisations = Organisations, filtrées, triées et paginées comme sur la page de l'annuaire
api-get-organisation = Une organisation avec ses membres, adhésions, partenaires et projets
api-list-projects = Projets de coopération
api-get-project = Un projet avec son consortium
api-example = Exemple

## Écosystèmes industriels
ecosystem-aerospace-defence = Aérospatiale et défense
ecosystem-agri-food = Agroalimentaire
ecosystem-construction = Construction
ecosystem-cultural-creative = Industries culturelles et créatives
ecosystem-digital = Numérique
ecosystem-electronics = Électronique
ecosystem-energy-intensive = Industries à forte intensité énergétique
ecosystem-energy-renewables = Énergies renouvelables
ecosystem-health = Santé
ecosystem-mobility-transport-automotive = Mobilité – transport – automobile
ecosystem-proximity-social-economy = Proximité, économie sociale et sécurité civile
ecosystem-retail = Commerce de détail
ecosystem-textiles = Textile
ecosystem-tourism = Tourisme

## Technologies clés génériques
ket-micro-nanoelectronics = Micro- et nanoélectronique
ket-nanotechnology = Nanotechnologies
ket-photonics = Photonique
ket-advanced-materials = Matériaux avancés
ket-industrial-biotechnology = Biotechnologies industrielles
ket-advanced-manufacturing = Technologies de fabrication avancées

## Domaines technologiques critiques
cta-semiconductors = Technologies avancées des semi-conducteurs
cta-artificial-intelligence = Technologies de l'intelligence artificielle
cta-quantum = Technologies quantiques
cta-biotechnologies = Biotechnologies
cta-connectivity-navigation-digital = Technologies avancées de connectivité, de navigation et numériques
cta-sensing = Technologies avancées de détection
cta-space-propulsion = Technologies spatiales et de propulsion
cta-energy = Technologies de l'énergie
cta-robotics-autonomous-systems = Robotique et systèmes autonomes
cta-materials-manufacturing-recycling = Technologies avancées des matériaux, de fabrication et de recyclage

## Sections NACE Rév. 2
nace-A = A – Agriculture, sylviculture et pêche
nace-B = B – Industries extractives
nace-C = C – Industrie manufacturière
nace-D = D – Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné
nace-E = E – Production et distribution d'eau ; assainissement, gestion des déchets et dépollution
nace-F = F – Construction
nace-G = G – Commerce ; réparation d'automobiles et de motocycles
nace-H = H – Transports et entreposage
nace-I = I – Hébergement et restauration
nace-J = J – Information et communication
nace-K = K – Activités financières et d'assurance
nace-L = L – Activités immobilières
nace-M = M – Activités spécialisées, scientifiques et techniques
nace-N = N – Activités de services administratifs et de soutien
nace-O = O – Administration publique et défense ; sécurité sociale obligatoire
nace-P = P – Enseignement
nace-Q = Q – Santé humaine et action sociale
nace-R = R – Arts, spectacles et activités récréatives
nace-S = S – Autres activités de services
nace-T = T – Activités des ménages en tant qu'employeurs
nace-U = U – Activités extra-territoriales

## Langues
language-ar = arabe
language-bg = bulgare
language-ca = catalan
language-cs = tchèque
language-da = danois
language-de = allemand
language-el = grec
language-en = anglais
language-es = espagnol
language-et = estonien
language-eu = basque
language-fi = finnois
language-fr = français
language-ga = irlandais
language-gl = galicien
language-he = hébreu
language-hr = croate
language-hu = hongrois
language-is = islandais
language-it = italien
language-ja = japonais
language-ko = coréen
language-lt = lituanien
language-lv = letton
language-mk = macédonien
language-mt = maltais
language-nb = norvégien (bokmål)
language-nl = néerlandais
language-no = norvégien
language-pl = polonais
language-pt = portugais
language-ro = roumain
language-ru = russe
language-sk = slovaque
language-sl = slovène
language-sq = albanais
language-sr = serbe
language-sv = suédois
language-tr = turc
language-uk = ukrainien
language-zh = chinois

## Recherche
search-title = Recherche
search-title-for = « { $q } » – recherche
search-heading = Rechercher des organisations et des projets
search-q-label = Que cherchez-vous ?
search-q-hint = Noms, thèmes, technologies ou lieux, dans chacune de nos langues. Des "guillemets" pour une expression exacte, -mot pour exclure un mot.
search-near-label = Près de (ville ou région)
search-km-label = Dans un rayon de
search-km = { $km } km
search-facets-heading = Affiner
search-count = { $count ->
    [one] Un résultat
   *[other] { $count } résultats
}
search-no-results = Aucun résultat. Vérifiez l’orthographe, utilisez moins de mots ou retirez un filtre.
search-relaxed = Aucun résultat ne contient tous vos mots ; ceux-ci en contiennent une partie.
search-truncated = Seuls les { $chars } premiers caractères et { $words } premiers mots de votre recherche ont été utilisés.
search-unknown-value = Aucun contenu n’a { $facet } « { $value } ».
search-unknown-place = aucune organisation n’est située à « { $place } » ; indiquez une ville ou une région de l’annuaire
search-remove-filter = Retirer le filtre : { $filter }
search-near-chip = À moins de { $km } km de { $place }
search-all-results = Tous les résultats ({ $count })
search-as-json = Ces résultats en JSON
search-participants = { $count ->
    [one] un participant
   *[other] { $count } participants
}
search-coordinator = coordonné par { $name }
search-distance = à { $km } km
search-kind-organisation = Organisation
search-kind-project = Projet
search-kind-call = Appel
search-kind-event = Événement
search-kind-opportunity = Opportunité
search-deadline = jusqu’au { $date }
search-facet-kind = Contenu
search-facet-type = Type
search-facet-country = Pays
search-facet-region = Région
search-facet-ecosystem = Écosystème industriel
search-facet-technology = Technologie clé générique
search-facet-critical = Domaine technologique critique
search-facet-label = Label de cluster

## Accounts
nav-account = Votre compte
nav-login = Se connecter
nav-register = S’inscrire
nav-logout = Se déconnecter
nav-moderation = Modération
nav-admin = Administration
form-required = obligatoire
form-error-summary = Veuillez corriger ce qui suit :
form-choose = – choisir –
form-none = aucun
form-error-number = doit être un nombre, par exemple 51,05
form-error-whole-number = doit être un nombre entier
form-error-choice = choisissez l’une des options
form-error-too-long = est trop long ; { $max } caractères au plus sont autorisés
account-title = Votre compte
account-display-name = Nom
account-email = Adresse e-mail
account-password = Mot de passe
account-new-password = Nouveau mot de passe
account-current-password = Mot de passe actuel
account-password-hint = Au moins { $min } caractères. Une phrase de plusieurs mots est facile à retenir et difficile à deviner.
account-new-email = Nouvelle adresse e-mail
account-email-hint = Actuellement { $email }. Nous envoyons un lien à la nouvelle adresse ; le changement prend effet lorsque vous le suivez.
account-error-display-name = Indiquez votre nom (100 caractères au plus).
account-error-email = Indiquez une adresse e-mail comme nom@exemple.eu.
account-error-password = Choisissez un mot de passe d’au moins { $min } caractères qui ne soit pas votre adresse e-mail.
account-error-current-password = Le mot de passe n’est pas correct.
account-error-same-email = C’est déjà votre adresse.
account-error-email-taken = Un autre compte utilise déjà cette adresse.
account-error-delete-confirm = Cochez la case pour confirmer que vous voulez supprimer votre compte.
account-error-last-admin = Vous êtes le seul administrateur de la plateforme ; nommez d’abord quelqu’un d’autre.
account-save = Enregistrer
account-profile-heading = Votre nom
account-password-heading = Mot de passe
account-change-password = Changer le mot de passe
account-email-heading = Adresse e-mail
account-change-email = Changer l’adresse e-mail
account-signed-in-as = Connecté en tant que { $name } ({ $email })
account-organisations-heading = Vos organisations
account-no-organisations = Vous ne gérez encore aucune organisation. Revendiquez le profil de votre organisation dans l’annuaire ou proposez-en un nouveau.
account-organisation = Organisation
account-role = Rôle
account-actions = Actions
account-find-to-claim = Trouver votre organisation pour la revendiquer
account-propose-new = Proposer une nouvelle organisation
account-claims-heading = Vos demandes
account-data-heading = Vos données
account-data-intro = Téléchargez tout ce que nous conservons à votre sujet sous forme de fichier JSON, ou supprimez votre compte. La suppression efface votre nom, votre adresse, votre mot de passe, vos sessions et vos jetons ; les profils d’organisation que vous avez modifiés restent.
account-export = Télécharger mes données (JSON)
account-delete-heading = Supprimer votre compte
account-delete-intro = Cette action est irréversible.
account-delete-confirm = Je comprends que mon compte sera supprimé définitivement.
account-delete-submit = Supprimer mon compte
platform-role-user = Utilisateur
platform-role-moderator = Modérateur
platform-role-admin = Administrateur de la plateforme
org-role-member = Membre
org-role-admin = Administrateur
register-title = Créer un compte
register-intro = Avec un compte, vous pouvez revendiquer et modifier le profil de votre organisation et utiliser l’API. Nous vous envoyons un e-mail pour confirmer votre adresse.
register-submit = Créer le compte
register-have-account = Déjà inscrit ? Se connecter
register-sent-title = Consultez votre boîte de réception
register-sent = Nous avons envoyé un message à { $email }. Suivez le lien qu’il contient pour confirmer votre adresse, puis connectez-vous.
confirm-title = Confirmer votre adresse e-mail
confirm-intro = Appuyez sur le bouton pour confirmer votre adresse et activer votre compte.
confirm-submit = Confirmer mon adresse
link-invalid-title = Ce lien ne fonctionne plus
link-invalid = Le lien est erroné, a expiré ou a déjà été utilisé. Connectez-vous pour recevoir un nouveau lien de confirmation, ou demandez une nouvelle réinitialisation du mot de passe.
login-title = Se connecter
login-submit = Se connecter
login-forgot = Mot de passe oublié ?
login-register = Pas encore de compte ? S’inscrire
login-failed = L’adresse e-mail ou le mot de passe est erroné.
login-unconfirmed = Veuillez d’abord confirmer votre adresse e-mail. Nous vous avons envoyé un nouveau lien.
forgot-title = Réinitialiser votre mot de passe
forgot-intro = Indiquez l’adresse de votre compte et nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyer le lien
forgot-sent-title = Consultez votre boîte de réception
forgot-sent = Si un compte utilise { $email }, nous y avons envoyé un lien. Le lien est valable une heure.
reset-title = Choisir un nouveau mot de passe
reset-submit = Enregistrer le nouveau mot de passe
change-email-title = Confirmer votre nouvelle adresse
change-email-intro = Appuyez sur le bouton pour utiliser cette adresse pour votre compte.
change-email-submit = Utiliser cette adresse
notice-confirmed = Votre adresse est confirmée. Vous pouvez maintenant vous connecter.
notice-password-reset = Votre mot de passe a été changé. Les liens envoyés auparavant et vos jetons d’API ne fonctionnent plus. Connectez-vous avec le nouveau mot de passe.
notice-password-changed = Votre mot de passe a été changé ; vos autres sessions ont été fermées et les liens envoyés auparavant ne fonctionnent plus.
notice-email-sent = Nous avons envoyé un lien à votre nouvelle adresse. Suivez-le pour terminer le changement.
notice-email-changed = Votre adresse e-mail a été changée ; vos autres sessions ont été fermées et les liens envoyés auparavant ne fonctionnent plus.
notice-profile-saved = Enregistré.
notice-token-revoked = Le jeton a été révoqué.
notice-logged-out = Vous êtes déconnecté.
notice-account-erased = Votre compte a été supprimé.
notice-claim-filed = Merci. Un modérateur examinera votre demande ; vous en voyez l’état ici.
token-heading = Jetons d’API
token-intro = Les jetons personnels permettent à des programmes d’utiliser l’API JSON en votre nom. Un jeton de lecture lit ; un jeton d’écriture peut aussi modifier les profils que vous gérez.
token-create-heading = Créer un jeton
token-name = Nom
token-name-hint = À quoi sert le jeton, par exemple « synchronisation CRM ».
token-scope = Accès
token-scope-read = Lecture
token-scope-write = Lecture et écriture
token-create = Créer le jeton
token-created-heading = Votre nouveau jeton
token-created = Copiez-le maintenant : il n’est affiché qu’une seule fois. Envoyez-le sous la forme « Authorization: Bearer JETON ».
token-created-at = Créé le
token-last-used = Dernière utilisation
token-revoke = Révoquer
token-revoked = Révoqué
token-error-name = Donnez un nom au jeton (100 caractères au plus).
token-error-scope = Choisissez l’accès que donne le jeton.
claim-title = Revendiquer { $name }
claim-intro = Indiquez aux modérateurs qui vous êtes dans cette organisation. Une fois votre demande approuvée, vous devenez administrateur du profil.
claim-message = Votre rôle et comment le vérifier
claim-message-hint = Par exemple : « Je suis la responsable du cluster ; vous pouvez me joindre par le standard indiqué sur le site. »
claim-submit = Envoyer la demande
claim-back = Retour au profil
claim-pending = Votre demande concernant cette organisation attend un modérateur.
claim-error-message = Indiquez aux modérateurs qui vous êtes dans l’organisation.
claim-status-pending = en attente d’un modérateur
claim-status-approved = approuvée
claim-status-rejected = refusée
propose-title = Proposer une nouvelle organisation
propose-intro = Votre organisation manque à l’annuaire ? Décrivez-la ici ; un modérateur la vérifie avant publication, et vous en devenez l’administrateur.
propose-submit = Envoyer pour vérification
profile-name = Nom
profile-short-name = Nom court ou sigle
profile-nuts = Code de région NUTS
profile-nuts-hint = Par exemple DED21 pour Dresde ; voir les codes de région d’Eurostat.
profile-city = Ville
profile-lat = Latitude
profile-lon = Longitude
profile-coordinates-hint = Degrés décimaux, par exemple 51,05 et 13,74 ; indiquez les deux ou aucun.
profile-website = Site web
profile-description = Description ({ $language })
profile-nace = Codes NACE
profile-nace-hint = Activités économiques, séparées par des virgules, par exemple 26.11, 72.19.
profile-members-smes = Membres : PME
profile-members-large = Membres : grandes entreprises
profile-members-research = Membres : organismes de recherche
profile-founded = Année de création
profile-label-hint = Seuls les clusters portent un label de gestion de cluster.
profile-is-sme = Cette organisation est une PME
profile-target-markets = Marchés cibles
profile-codes-hint = Codes à deux lettres séparés par des virgules, par exemple DE, DK, FR.
edit-title = Modifier { $name }
manage-edit = Modifier le profil
manage-members = Personnes
manage-claim = Revendiquer ce profil
manage-claim-visitor = C’est votre organisation ? Connectez-vous pour revendiquer son profil.
members-title = Personnes de { $name }
members-you = vous
members-remove = Retirer
members-withdraw = Retirer l’invitation
members-pending = invité, pas encore de compte
members-invite-heading = Inviter quelqu’un
members-invite-hint = Chaque personne reçoit une invitation par e-mail et n’obtient le rôle qu’après l’avoir acceptée une fois connectée.
members-invite = Inviter
members-invited = Nous avons envoyé une invitation à { $email }. Le rôle lui revient dès qu’elle l’accepte une fois connectée (dans les { $days } jours).
members-error-last-admin = Le dernier administrateur ne peut pas être retiré ; nommez d’abord quelqu’un d’autre.
claims-title = Demandes à examiner
claims-none = Rien à examiner.
claims-count = { $count ->
    [one] Une demande attend une décision.
   *[other] { $count } demandes attendent une décision.
}
claims-existing = Demande concernant
claims-new = Nouvelle organisation
claims-by = De { $name } ({ $email })
claims-approve = Approuver
claims-reject = Refuser
claims-reason = Motif (envoyé à la personne)
users-title = Personnes
users-search = Chercher par nom ou adresse
users-count = { $count ->
    [one] Un compte
   *[other] { $count } comptes
}
users-since = Inscrit le
users-unconfirmed = non confirmé
users-role-of = Rôle de { $name }
users-set-role = Définir le rôle
audit-title = Journal d’audit
audit-action = Action
audit-all = toutes les actions
audit-count = { $count ->
    [one] Une entrée
   *[other] { $count } entrées
}
audit-when = Quand
audit-who = Qui
audit-subject = Objet
audit-detail = Détail
audit-from = Depuis
error-unauthorized-heading = Authentification requise
error-unauthorized = Envoyez un jeton d’API personnel valide sous la forme « Authorization: Bearer JETON ». Vous créez des jetons sur la page de votre compte.
error-forbidden-heading = Non autorisé
error-forbidden = Vous n’avez pas le droit de faire cela.
error-insufficient-scope = Ce jeton ne permet que la lecture ; créez un jeton avec accès en écriture.
error-csrf = Ce formulaire a expiré ou a été envoyé depuis un autre site. Revenez en arrière, rechargez la page et réessayez.
error-too-large = La requête dépasse { $kib } Kio.
error-throttled-heading = Trop de tentatives
error-throttled = Trop de tentatives. Veuillez patienter { $minutes } minutes puis réessayer.
error-conflict-heading = Impossible
error-mail = L’e-mail n’a pas pu être envoyé. Veuillez réessayer plus tard.
mail-confirm-subject = Confirmez votre compte clusterhub
mail-confirm-body = Bonjour { $name },

    veuillez confirmer votre adresse e-mail en ouvrant ce lien dans les 48 heures :

    { $link }

    Si vous ne vous êtes pas inscrit sur clusterhub, ignorez ce message.
mail-reset-subject = Réinitialisez votre mot de passe clusterhub
mail-reset-body = Bonjour { $name },

    pour choisir un nouveau mot de passe, ouvrez ce lien dans l’heure :

    { $link }

    Si vous n’avez rien demandé, ignorez ce message ; votre mot de passe reste inchangé.
mail-change-email-subject = Confirmez votre nouvelle adresse pour clusterhub
mail-change-email-body = Bonjour { $name },

    pour utiliser cette adresse pour votre compte clusterhub, ouvrez ce lien dans les 48 heures :

    { $link }
mail-exists-subject = Votre compte clusterhub
mail-exists-body = Quelqu’un a essayé de s’inscrire sur clusterhub avec cette adresse, qui a déjà un compte. Si c’était vous, connectez-vous, ou choisissez un nouveau mot de passe ici :

    { $link }
mail-password-changed-subject = Votre mot de passe clusterhub a été changé
mail-password-changed-body = Le mot de passe de votre compte clusterhub vient d’être changé. Si ce n’était pas vous, choisissez immédiatement un nouveau mot de passe :

    { $link }
mail-invited-subject = Invitation à rejoindre { $organisation } sur clusterhub
mail-invited-body = Vous avez été invité·e à rejoindre { $organisation } sur clusterhub en tant que { $role }. Inscrivez-vous avec cette adresse, connectez-vous et acceptez l’invitation sur votre page d’invitations (valable { $days } jours) :

    { $link }
mail-claim-approved-subject = Votre demande sur clusterhub a été approuvée
mail-claim-approved-body = Un modérateur a approuvé votre demande. Vous pouvez maintenant modifier le profil :

    { $link }
mail-claim-rejected-subject = Votre demande sur clusterhub n’a pas été approuvée
mail-claim-rejected-body = Un modérateur n’a pas approuvé votre demande. Motif indiqué : { $reason }
form-error-both-coordinates = indiquez la latitude et la longitude, ou aucune des deux
mail-claim-waiting-subject = Une demande attend d’être examinée sur clusterhub
mail-claim-waiting-body = Quelqu’un a revendiqué ou proposé { $organisation }. À examiner ici :

    { $link }
mail-email-change-notice-subject = L’adresse de votre compte clusterhub va changer
mail-email-change-notice-body = Une personne connectée à votre compte clusterhub a demandé à remplacer son adresse par { $email }. Si ce n’était pas vous, choisissez immédiatement un nouveau mot de passe :

    { $link }
profile-error-name = Indiquez le nom (300 caractères au plus).
profile-error-short-name = 200 caractères au plus, sans caractères de contrôle.
profile-error-kind = Choisissez le type d’organisation.
profile-error-country = Choisissez un pays.
profile-error-nuts-code = Indiquez un code NUTS comme DED21, ou laissez le champ vide.
profile-error-city = 120 caractères au plus, sans caractères de contrôle.
profile-error-coordinates = La latitude doit être comprise entre −90 et 90, la longitude entre −180 et 180.
profile-error-website = Indiquez une adresse web comme https://exemple.eu.
profile-error-description = 20 000 caractères au plus, sans caractères de contrôle.
profile-error-nace-codes = Indiquez des codes NACE comme 26.11 ou C, séparés par des virgules.
profile-error-codes = Utilisez des codes à deux lettres séparés par des virgules, par exemple DE, DK.
profile-error-members = Indiquez un nombre entier jusqu’à 1 000 000.
profile-error-founded = Indiquez une année entre 1800 et 2100.
profile-error-label = Seuls les clusters portent un label de gestion de cluster.

## The marketplace
nav-marketplace = Place de marché
list-and = { $first } et { $last }
opportunities-title = Opportunités de coopération
opportunities-intro = Offres, demandes, recherches de partenaires et défis technologiques publiés par les organisations de l’annuaire. Chacune indique les partenaires classés pour elle, avec les raisons.
opportunities-count = { $count ->
    [one] Une opportunité
   *[other] { $count } opportunités
}
opportunities-empty = Aucune opportunité publiée avec ces filtres.
opportunities-all-kinds = Tous les types
opportunities-filter = Afficher
opportunity-kind = Type
opportunity-kind-business-offer = Offre commerciale
opportunity-kind-business-request = Demande commerciale
opportunity-kind-technology-offer = Offre technologique
opportunity-kind-technology-request = Demande technologique
opportunity-kind-rd-partner-search = Recherche de partenaires R&D
opportunity-kind-technology-challenge = Défi technologique de PME
opportunity-kind-cluster-partnership = Demande de partenariat entre clusters
partnership-commercial = Accord commercial
partnership-technical-cooperation = Coopération technique
partnership-research-cooperation = Coopération de recherche
partnership-licence = Accord de licence
partnership-joint-venture = Coentreprise
partnership-subcontracting = Sous-traitance
partnership-supplier = Accord de fourniture
partnership-investment = Investissement
partnership-distribution = Distribution
visibility-public = Tout le monde
visibility-members = Membres connectés seulement
opportunity-state = État
opportunity-state-draft = Brouillon
opportunity-state-submitted = En attente de relecture
opportunity-state-returned = Renvoyée pour modification
opportunity-state-published = Publiée
opportunity-state-expired = Expirée
opportunity-state-closed = Fermée
opportunity-state-draft-explained = Seule votre organisation voit ce brouillon. Soumettez-le quand il est prêt ; un modérateur le relit avant publication.
opportunity-state-submitted-explained = Un modérateur la relit ; vous recevrez un e-mail lorsqu’elle sera publiée ou renvoyée.
opportunity-state-returned-explained = Un modérateur l’a renvoyée. Modifiez-la et soumettez-la à nouveau.
opportunity-state-published-explained = Elle est publique (ou visible des membres) jusqu’à sa date limite ou jusqu’à ce que vous la fermiez.
opportunity-state-expired-explained = Sa date limite est passée ; elle ne reçoit plus de marques d’intérêt.
opportunity-state-closed-explained = Vous l’avez fermée ; elle ne reçoit plus de marques d’intérêt.
opportunity-title = Titre
opportunity-description = Description
opportunity-description-hint = Ce que vous offrez ou cherchez, pour qui, et ce qu’un partenaire doit apporter. Dans toute langue.
opportunity-language = Langue du texte
opportunity-language-hint = Code à deux lettres, p. ex. en, de, fr, da.
opportunity-sectors = Secteurs (NACE)
opportunity-target-countries = Pays ciblés
opportunity-partnerships = Type de partenariat recherché
opportunity-call = Appel ou topic de financement
opportunity-call-hint = Obligatoire pour une recherche de partenaires R&D, p. ex. HORIZON-CL4-2025-01-DIGITAL-EMERGING-02.
opportunity-deadline = Date limite
opportunity-deadline-hint = Le dernier jour pour manifester son intérêt (au plus deux ans à l’avance).
opportunity-contact-name = Personne de contact
opportunity-contact-email = E-mail de contact
opportunity-contact = Contact
opportunity-visibility = Qui peut la lire
opportunity-organisation = Organisation
opportunity-about-organisation = À propos de { $name }
opportunity-new-title = Nouvelle opportunité de { $name }
opportunity-edit-title = Modifier « { $title } »
opportunity-form-intro = Les opportunités sont enregistrées comme brouillons ; un modérateur relit chacune avant publication.
opportunity-save = Enregistrer le brouillon
opportunity-back = Retour à l’opportunité
opportunity-publish-for = Publier une opportunité pour { $name }
opportunity-owner-heading = Votre opportunité
opportunity-edit = Modifier
opportunity-submit = Soumettre à relecture
opportunity-close = La fermer
opportunity-approve = Publier
opportunity-return = Renvoyer aux responsables
opportunity-return-reason = Raison (envoyée aux responsables)
opportunity-returned-because = Un modérateur l’a renvoyée : { $reason }
opportunity-done-saved = Enregistré.
opportunity-done-submitted = Soumise : un modérateur va la relire.
opportunity-done-closed = Fermée.
opportunity-done-interest = Votre intérêt a été transmis.
opportunity-done-published = Publiée ; les responsables ont été prévenus.
opportunity-done-returned = Renvoyée ; les responsables ont été prévenus.
opportunity-error-required = Ce champ est obligatoire.
opportunity-error-too-long = Ce texte est trop long.
opportunity-error-too-short = Ce texte est trop court pour dire ce qui est cherché.
opportunity-error-call = Indiquez l’appel ou le topic de cette recherche de partenaires.
opportunity-error-email = Saisissez une adresse e-mail comme nom@example.eu.
opportunity-error-date = Saisissez le jour sous la forme AAAA-MM-JJ.
opportunity-error-deadline-past = La date limite doit être postérieure à aujourd’hui.
opportunity-error-deadline-far = La date limite peut être au plus à deux ans.
opportunity-error-not-editable = Seuls les brouillons et les opportunités renvoyées peuvent être modifiés ; fermez une opportunité publiée et publiez-en une nouvelle.
opportunity-error-state = Quelqu’un d’autre a modifié cette opportunité entre-temps ; rechargez la page.
opportunity-error-reason = Donnez une raison aux responsables (au plus 1 000 caractères).
moderation-opportunities-title = Opportunités à relire
moderation-opportunities-none = Aucune opportunité n’attend de relecture.
interest-heading = Manifester son intérêt
interest-organisation = Au nom de
interest-message = Votre message aux responsables
interest-message-hint = Seuls les responsables le voient ; ils vous répondent sur une page privée.
interest-submit = Envoyer
interest-needs-organisation = Pour manifester votre intérêt, rejoignez d’abord le profil de votre organisation (revendiquez-le ou demandez une invitation).
interest-closed = Cette opportunité ne reçoit plus de marques d’intérêt.
interest-login = Connectez-vous pour voir le contact et manifester votre intérêt.
interest-own = Votre organisation publie cette opportunité.
interest-twice = Votre organisation a déjà manifesté son intérêt ; poursuivez dans sa conversation.
interests-received = { $count ->
    [one] Une marque d’intérêt
   *[other] { $count } marques d’intérêt
}
interests-messages = { $count ->
    [one] un message
   *[other] { $count } messages
}
conversation-title = Conversation avec { $name }
conversation-private = Seules les personnes des deux organisations voient cette conversation.
conversation-message = Message
conversation-send = Envoyer
conversation-sent = Envoyé ; l’autre partie a été prévenue par e-mail.
marketplace-mine = Votre place de marché
marketplace-no-organisation = Vous n’avez encore de rôle dans aucune organisation. Revendiquez le profil de la vôtre ou demandez une invitation.
marketplace-opportunities = Opportunités
marketplace-no-opportunities = Aucune pour l’instant.
marketplace-conversations = Marques d’intérêt
marketplace-no-conversations = Aucune pour l’instant.
recommended-heading = Partenaires recommandés
recommended-none = Rien ne correspond encore : ajoutez des technologies, des écosystèmes et une description.
recommended-preparing = Les recommandations sont en préparation ; rechargez dans un instant.
recommended-opportunity = opportunité
reason-provides = offre { $tags }, dont ceci a besoin
reason-needs = a besoin de { $tags }, que ceci offre
reason-shares = partage { $tags }
reason-words = parle de { $words }
reason-worked-with = { $count ->
    [one] a travaillé avec { $names }
   *[other] a travaillé avec { $count } des partenaires : { $names }
}
reason-target-country = en { $country }, un pays ciblé
reason-cross-border = transfrontalier : { $from } → { $to }
reason-track-record = { $coordinated ->
    [0] { $projects ->
        [one] un projet européen
       *[other] { $projects } projets européens
    }
   *[other] { $projects ->
        [one] un projet européen, qu’il a coordonné
       *[other] { $projects } projets européens, dont { $coordinated } coordonnés
    }
}
reason-answers = { $type }, qui répond à ce type de demande
reason-label = détient le { $label }
reason-member-of-labelled = membre d’un cluster détenant le { $label }
mail-opportunity-submitted-subject = Une opportunité attend une relecture sur clusterhub
mail-opportunity-submitted-body = « { $title } » a été soumise. Relisez-la ici :

    { $link }
mail-opportunity-published-subject = Votre opportunité est publiée sur clusterhub
mail-opportunity-published-body = « { $title } » est publiée :

    { $link }
mail-opportunity-returned-subject = Votre opportunité a été renvoyée pour modification
mail-opportunity-returned-body = Un modérateur a renvoyé « { $title } » : { $reason }

    Modifiez-la et soumettez-la à nouveau : { $link }
mail-interest-subject = Intérêt pour « { $title } »
mail-interest-body = { $organisation } est intéressé par « { $title } » :

    { $message }

    Répondre ici : { $link }
mail-message-subject = Nouveau message au sujet de « { $title } »
mail-message-body = { $name } a écrit :

    { $message }

    Répondre ici : { $link }
alerts-title = Alertes
alerts-intro = Recherches enregistrées et listes de recommandations. Une fois par jour, vous recevez un e-mail avec les nouveautés.
alerts-none = Aucune alerte. Enregistrez une recherche, ou choisissez « M’avertir » sous les recommandations.
alerts-saved = Enregistrée : vous recevrez un e-mail quand quelque chose de nouveau apparaîtra.
alerts-deleted = Alerte supprimée.
alerts-delete = Supprimer
alerts-last-sent = dernier e-mail le { $date }
alerts-never-sent = rien de nouveau pour l’instant
alerts-watch-recommendations = M’avertir des nouvelles correspondances
alerts-watch-search = M’avertir des nouveaux résultats
alerts-recommendations-for = Recommandations pour { $name }
alerts-too-many = Vous avez atteint le nombre maximal d’alertes ; supprimez-en une d’abord.
alerts-unsubscribe-title = Arrêter cette alerte
alerts-unsubscribe-intro = Vous ne recevrez plus d’e-mails pour cette alerte.
alerts-unsubscribe = Arrêter l’alerte
alerts-unsubscribed = Alerte arrêtée
alerts-unsubscribed-detail = Vous ne recevrez plus d’e-mails pour « { $name } ».
alerts-unknown-link = Ce lien n’est plus valable : utilisez celui du dernier e-mail d’alerte, ou gérez vos alertes depuis votre compte.
mail-digest-subject = { $count ->
    [one] Une nouvelle correspondance
   *[other] { $count } nouvelles correspondances
} pour « { $name } »
mail-digest-intro = Nouveau dans « { $name } » depuis le dernier e-mail :
mail-digest-unsubscribe = Pour ne plus recevoir d’e-mails pour cette alerte : { $link }
account-alerts = Alertes

## Events
nav-events = Événements
events-title = Événements
events-intro = Conférences et webinaires, congrès, rencontres d’affaires B2B, ateliers et missions d’affaires des clusters européens.
events-count = { $count ->
    [one] Un événement
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
account-timezone = Fuseau horaire
account-timezone-hint = Les heures des événements et des agendas de rendez-vous y sont affichées.
account-timezone-event = Celui de chaque événement
account-language = Langue
account-language-hint = Les pages s’ouvrent dans cette langue quand vous vous connectez, et chaque e-mail que la plateforme vous envoie y est rédigé.

## B2B matchmaking
b2b-participants = Participants
b2b-participants-count = { $count ->
    [one] Un participant
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
    [one] Un rendez-vous placé
   *[other] { $count } rendez-vous placés
}
b2b-unscheduled-count = { $count ->
    [one] Une demande acceptée non placée
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

## Business missions
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

## Funding
nav-funding = Financements
funding-title = Opportunités de financement
funding-intro = Appels à propositions des programmes européens et appels en cascade que les Euroclusters et d’autres projets ouvrent aux PME, avec leurs dates limites à l’heure de Bruxelles et à la vôtre.
funding-count = { $count ->
    [one] Un appel
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
mail-event-reminder-subject = Demain : { $title }
mail-event-reminder-body = Pour rappel : vous êtes inscrit à « { $title } », { $when }{ $where }.

    { $link }
mail-event-reminder-online = Participer en ligne : { $link }
mail-event-reminder-agenda = Votre agenda de rendez-vous : { $link }

## Cascade-funding programmes
programme-list-title = Programmes de financement
programme-list-intro = Programmes de financement en cascade menés par des clusters et des consortiums sur cette plateforme : petites subventions pour des PME, chacune avec un centre technologique.
programme-count = { $count ->
    [one] Un programme
   *[other] { $count } programmes
}
programme-empty = Aucun programme pour l’instant.
programme-all = Tous les programmes de financement
programme-new = Mener un programme de financement
programme-edit = Modifier « { $title } »
programme-edit-link = Modifier le programme
programme-intro = Les candidats voient le budget, la subvention maximale, qui peut candidater, les questions et les critères pondérés. Les questions sont figées dès la première candidature, les critères dès la première évaluation.
programme-owner = Mené par
programme-title = Titre
programme-summary = Ce que finance le programme
programme-summary-hint = Texte simple ; séparez les paragraphes par une ligne vide.
programme-budget = Budget
programme-max-grant = Subvention maximale
programme-amount-hint = En euros, p. ex. 60000 ou 60000.50.
programme-countries = Pays éligibles
programme-countries-hint = Codes à deux lettres séparés par des espaces (DE DK FR) ; laissez vide pour tout pays.
programme-types = Qui peut candidater
programme-types-hint = Ne cochez rien pour tout type d’organisation.
programme-deadline = Date limite
programme-save = Enregistrer le programme
programme-run-by = Mené par
programme-committed = Engagé
programme-remaining = Restant
programme-funded = Projets financés :
programme-applications = Candidatures
programme-anywhere = Tout pays
programme-any-type = Tout type d’organisation
programme-apply = Candidater
programme-login-to-apply = Connectez-vous pour candidater
programme-yours = Candidatures de vos organisations
programme-confirm-needed = votre confirmation comme centre technologique est attendue
programme-funded-projects = Projets financés
programme-none-funded = Aucun projet financé pour l’instant.
programme-project-title = Projet
programme-project-summary = Résumé du projet
programme-applicant = Candidat
programme-centre = Centre technologique
programme-centre-hint = Le centre technologique ou l’organisme de recherche avec lequel vous travaillerez ; tapez pour choisir dans l’annuaire. Il lui est demandé de confirmer.
programme-grant = Subvention
programme-reports-of = Avancement de { $project }
programme-reports = Rapports d’avancement
programme-no-reports = Aucun rapport d’avancement pour l’instant.
programme-report-new = Nouveau rapport d’avancement
programme-report-hint = Ce qui a été fait, la suite, tout changement de plan (20 à 5000 caractères).
programme-report-submit = Publier le rapport
programme-requested = Demandé
programme-requested-hint = Au plus { $max }.
programme-apply-title = Candidater à { $title }
programme-apply-intro = Les candidatures ferment le { $deadline }. La subvention maximale est de { $max }.
programme-apply-submit = Envoyer la candidature
programme-submitted = Envoyée
programme-state-submitted = En attente de décision
programme-state-awaiting-centre = En attente de la confirmation du centre technologique
programme-state-awarded = Financé
programme-state-rejected = Non financé
programme-state-withdrawn = Retirée
programme-confirm = Confirmer notre participation
programme-confirm-text = { $centre } est nommé centre technologique de ce projet. Confirmez que vous travaillerez avec le candidat ; le programme ne peut le financer qu’ensuite.
programme-withdraw = Retirer la candidature
programme-award = Attribuer
programme-money-line = Budget { $budget } : { $committed } engagés, { $remaining } restants.
programme-done-created = Le programme reçoit les candidatures.
programme-done-saved = Le programme est enregistré.
programme-done-applied = Votre candidature est envoyée ; il est demandé au centre technologique nommé de confirmer.
programme-done-awarded = La subvention est attribuée.
programme-done-rejected = La candidature est déclinée.
programme-done-confirmed = Votre participation est confirmée.
programme-done-withdrawn = La candidature est retirée.
programme-done-reported = Le rapport d’avancement est publié.
programme-error-title = Entre 3 et 200 caractères.
programme-error-summary = Entre 20 et 10000 caractères.
programme-error-amount = Un montant en euros supérieur à zéro, avec au plus deux décimales (60000 ou 60000.50).
programme-error-max-grant-over = La subvention maximale ne peut dépasser le budget.
programme-error-requested-over = C’est plus que la subvention maximale.
programme-error-below-committed = Le budget ne peut descendre sous ce qui est déjà attribué : { $committed }.
programme-error-owner = Choisissez l’une de vos organisations.
programme-error-country = Les organisations situées en { $country } ne sont pas éligibles à ce programme.
programme-error-type = Le type { $type } n’est pas éligible à ce programme.
programme-error-centre = Choisissez un centre technologique ou un organisme de recherche de l’annuaire.
programme-error-centre-self = Le centre technologique doit être une autre organisation que le candidat.
programme-error-closed = La date limite de ce programme est passée : les candidatures ne sont plus acceptées.
programme-error-decided = Une décision a déjà été prise sur cette candidature.
programme-error-budget = Il ne reste pas assez de budget pour cette subvention ; attribuez moins ou déclinez une autre candidature.
programme-error-over-max = Une subvention doit être supérieure à zéro et au plus égale à la subvention maximale.
programme-error-not-awardable = Seule une candidature en attente de décision, confirmée par son centre technologique, peut être financée.
programme-error-not-funded = Les rapports d’avancement concernent les projets financés.
programme-error-report = Écrivez de 20 à 5000 caractères.
mail-programme-confirm-subject = Merci de confirmer : un projet de { $title }
mail-programme-confirm-body = { $organisation } a candidaté à « { $title } » avec le projet « { $project } », en nommant { $centre } comme centre technologique. Merci de confirmer votre participation :

    { $link }
mail-programme-applied-subject = Candidature reçue : { $title }
mail-programme-applied-body = La candidature de { $organisation } à « { $title } » est reçue. Il est demandé à { $centre } de confirmer sa participation ; vous recevrez le résultat par e-mail.

    { $link }
mail-programme-confirmed-subject = Centre technologique confirmé : { $title }
mail-programme-confirmed-body = { $centre } a confirmé sa participation à « { $project } ».

    { $link }
mail-programme-evaluator-subject = Vous évaluez les candidatures à { $title }
mail-programme-evaluator-body = Vous êtes évaluateur de « { $title } ». Les candidatures et le formulaire d’évaluation sont ici :

    { $link }
mail-programme-awarded-subject = Financé : { $title }
mail-programme-awarded-body = Félicitations : « { $project } » reçoit { $amount } de « { $title } ». Rendez compte de votre avancement sur la page du programme :

    { $link }
mail-programme-rejected-subject = Résultat de votre candidature à { $title }
mail-programme-rejected-body = Nous sommes désolés : « { $project } » n’est pas financé par « { $title } ».

## Following funding calls
funding-mine-title = Mes financements
funding-follow-heading = Suivre cet appel
funding-follow = Suivre et me rappeler
funding-follow-update = Modifier le rappel
funding-unfollow = Ne plus suivre
funding-following = Vous suivez cet appel.
funding-remind-label = Me rappeler par e-mail
funding-remind-days = { $days ->
    [one] 1 jour avant chaque date limite
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

## Project pages kept by their consortium
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
funding-audience = S’adresse à
funding-audience-smes = PME et start-up
funding-audience-clusters = Organisations de clusters
funding-audience-research = Organismes de recherche (une action de recherche)
funding-audience-any = Organisations éligibles selon les conditions de l’appel
funding-eligible-countries = Pays éligibles
funding-eligible-eu = États membres de l’UE, pays de l’EEE et pays associés à { $programme } ; voir les conditions de l’appel
funding-eligible-cascade = Comme l’appel en cascade les fixe ; voir sa description
event-projects = Fait partie du projet
funding-programmes-open = Programmes de financement en cascade ouverts sur clusterhub
funding-programme-line = Mené par { $owner } · subventions jusqu’à { $max } · candidatures jusqu’au { $deadline }
countries-present = Pays présents ici
countries-other = Autres pays
opportunities-q = Mots
opportunities-sort-newest = Les plus récentes
opportunities-sort-deadline = Échéance la plus proche
opportunities-sort-title = Titre (A–Z)
interest-error-message-empty = Écrivez un message : qui vous êtes et ce qui vous intéresse.
interest-error-message-long = Le message compte { $count } caractères ; raccourcissez-le à { $max } au plus.
interest-error-message-characters = Le message contient des caractères de contrôle ; supprimez-les.
nav-dashboard = Mon clusterhub
search-page-label = Rechercher sur la plateforme
funding-opens-on = Ouvre le { $date }
conversation-with = avec { $name }
conversation-profile = Profil de { $name }
programme-error-centre-ambiguous = { $count } centres portent ce nom ; indiquez l’adresse de celui que vous visez : { $addresses }.
claims-done-approved = La demande est approuvée : la personne administre désormais l’organisation et en a été informée par courriel.
claims-done-rejected = La demande est refusée ; la personne en a été informée par courriel avec votre motif.
event-cancel-title = Annuler « { $title } » ?
event-cancel-when = L’événement est prévu le { $when }. L’annulation est définitive ; il reste affiché comme annulé.
event-cancel-told = { $count ->
    [0] Personne ne s’est encore inscrit.
    [one] La personne inscrite ou en attente est prévenue par courriel.
   *[other] Les { $count } personnes inscrites ou en attente sont prévenues par courriel.
}
event-cancel-keep = Non, maintenir l’événement
dashboard-heading = Bienvenue, { $name }
dashboard-waiting = En attente de votre décision
dashboard-waiting-none = Rien ne vous attend pour le moment.
dashboard-wait-meetings = { $count ->
    [one] Une demande de rendez-vous à traiter
   *[other] { $count } demandes de rendez-vous à traiter
}
dashboard-wait-centre = Une candidature désigne votre centre : à confirmer
dashboard-wait-mission = { $count ->
    [one] Une candidature de mission à évaluer
   *[other] { $count } candidatures de mission à évaluer
}
dashboard-wait-programme = { $count ->
    [one] Une candidature au programme à évaluer
   *[other] { $count } candidatures au programme à évaluer
}
dashboard-wait-opportunity = Une opportunité a été renvoyée par la modération : modifiez-la et soumettez-la à nouveau
dashboard-wait-event = Un événement a été renvoyé par la modération : modifiez-le et soumettez-le à nouveau
dashboard-wait-claims = { $count ->
    [one] Une revendication ou proposition d’organisation à examiner
   *[other] { $count } revendications ou propositions d’organisation à examiner
}
dashboard-wait-opportunities = { $count ->
    [one] Une opportunité à examiner
   *[other] { $count } opportunités à examiner
}
dashboard-wait-events = { $count ->
    [one] Un événement à examiner
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
    [one] Une opportunité publiée
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
logo-title = Logo de { $name }
logo-alt = Logo de { $name }
logo-none = Pas encore de logo : les fiches et le profil affichent les initiales de l’organisation.
logo-file = Fichier image
logo-hint = PNG, JPEG, GIF ou WebP, 2 Mo au plus. Il est affiché en 256 × 256 pixels au plus ; une image carrée sur fond uni rend le mieux.
logo-upload = Téléverser le logo
logo-remove = Retirer le logo
logo-done-saved = Le nouveau logo est enregistré et s’affiche sur le profil et les fiches.
logo-done-removed = Le logo est retiré.
logo-error = Le logo n’a pas été enregistré : { $reason }
logo-error-missing = choisissez d’abord un fichier image.
logo-error-too-large = le fichier dépasse 2 Mo.
logo-error-format = le fichier n’est pas une image PNG, JPEG, GIF ou WebP (le SVG n’est pas accepté).
logo-error-dimensions = l’image est trop grande : 16 mégapixels et 8 000 pixels de côté au plus.
profile-logo-link = Logo
dashboard-wait-programme-decisions = { $count ->
    [one] Une candidature confirmée par son centre attend votre attribution ou refus
   *[other] { $count } candidatures confirmées par leur centre attendent votre attribution ou refus
}
dashboard-wait-mission-selection = { $count ->
    [one] L’appel est clos : une candidature attend votre sélection
   *[other] L’appel est clos : { $count } candidatures attendent votre sélection
}
dashboard-organised = Événements que vous organisez
table-word = tableau
notice-password-changed-tokens = Votre mot de passe a été changé ; vos autres sessions ont été fermées, les liens envoyés auparavant ne fonctionnent plus et vos jetons d’API ont été révoqués.
account-revoke-tokens = Révoquer aussi tous mes jetons d’API
reset-intro = Choisir un nouveau mot de passe ferme aussi vos sessions, rend caducs les liens envoyés auparavant et révoque vos jetons d’API.
mail-email-changed-subject = L’adresse de votre compte clusterhub a été changée
mail-email-changed-body = L’adresse de votre compte clusterhub vient d’être remplacée par { $email }, confirmée depuis cette adresse. Cette adresse-ci n’ouvre plus le compte. Si ce n’était pas vous, prévenez immédiatement les administrateurs de la plateforme en leur transférant ce message.
error-own-request = Vous ne pouvez pas décider de votre propre demande ni de celle d’une organisation dont vous faites partie : un autre modérateur ou un administrateur de la plateforme en décide.
programme-error-own-programme = Une organisation ne peut pas candidater à son propre programme : choisissez une autre de vos organisations.
programme-error-own-only = Votre seule organisation gère ce programme, et une organisation ne peut pas candidater à son propre programme.
programme-error-own-award = Cette candidature vient de l’organisation qui gère le programme, qui ne peut pas être financée par son propre programme.
error-own-application = Vous ne pouvez pas décider d’une candidature que vous avez déposée ou qui vient d’une organisation dont vous faites partie : un autre organisateur en décide.
evaluator-erased = Un ancien évaluateur (compte supprimé)
mail-invited-member-subject = Invitation à { $organisation } sur clusterhub
mail-invited-member-body = Vous avez été invité·e à travailler sur { $organisation } sur clusterhub en tant que { $role }. Rien ne change tant que vous n’acceptez pas : connectez-vous pour l’accepter ou la refuser ici (valable { $days } jours) :

    { $link }
invitations-title = Invitations
invitations-intro = Des organisations vous invitent à travailler avec elles sur leur profil, leurs opportunités et leurs événements. Rien ne change tant que vous n’acceptez pas.
invitations-none = Aucune invitation ne vous attend.
invitations-line = { $organisation } vous invite en tant que { $role }
invitations-by = invitation de { $name } le { $date }
invitations-on = invitation du { $date }
invitations-accept = Accepter
invitations-decline = Refuser
invitations-accepted = Invitation acceptée : l’organisation fait désormais partie des vôtres.
invitations-declined = Invitation refusée. Rien d’autre n’a changé.
dashboard-wait-invitations = { $count ->
    [one] Une invitation d’une organisation à laquelle répondre
   *[other] { $count } invitations d’organisations auxquelles répondre
}
event-contact-email-hint = Affichée à tous sur la page publique de l’événement et dans son fichier d’agenda : utilisez une adresse partagée de l’organisation, comme events@…, plutôt qu’une adresse personnelle.
mail-event-revision-review-subject = Une modification d’un événement publié attend d’être examinée
mail-event-revision-review-body = Les organisateurs de « { $title } » ont modifié plus que la date, le lieu ou le nombre de places ; l’événement reste tel que publié jusqu’à votre décision : { $link }
event-done-revision = Enregistré. Une nouvelle date, un nouveau lieu ou un nouveau nombre de places s’appliquent tout de suite ; les autres modifications attendent un modérateur, et l’événement reste affiché tel que publié jusque-là.
event-revision-pending = Des modifications de cet événement attendent un modérateur ; jusqu’à leur approbation, tout le monde le voit tel que publié.
event-error-revision-decided = Un autre modérateur a déjà décidé de cette modification.
event-done-revision-approved = La modification est approuvée ; les inscrits sont informés de ce qui a changé.
event-done-revision-returned = La modification est renvoyée ; l’événement reste tel que publié et les organisateurs en apprennent la raison.
moderation-event-revision = Modification d’un événement publié.
moderation-event-revision-fields = Modifié : { $fields }.
moderation-event-revision-was = Titre publié : { $title }
mail-event-revised-subject = « { $title } » a été modifié
mail-event-revised-body = Les organisateurs ont modifié « { $title } », auquel vous êtes inscrit·e. Ce qui a changé : { $changed }.

    { $link }
mail-event-revision-approved-subject = La modification de votre événement est approuvée
mail-event-revision-approved-body = La modification de « { $title } » est approuvée et visible par tous : { $link }
mail-event-revision-returned-subject = La modification de votre événement a été renvoyée
mail-event-revision-returned-body = Un modérateur a renvoyé la modification de « { $title } » : { $reason }
    L’événement reste tel que publié ; vous pouvez le modifier à nouveau.

    { $link }
account-error-password-common = Ce mot de passe fait partie des 10 000 les plus utilisés et serait deviné en premier : choisissez-en un autre, par exemple quelques mots sans rapport entre eux.
account-error-password-guessable = Ce mot de passe est fait du nom du site ou de votre adresse e-mail et de peu d’autre chose : choisissez-en un que personne ne puisse deviner en les connaissant.
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
login-code-title = Code de votre application d’authentification
login-code-intro = Votre mot de passe était correct. Votre compte demande aussi le code que votre application d’authentification affiche maintenant.
login-code = Code
login-code-hint = Six chiffres de l’application, ou l’un de vos codes de secours si vous n’avez pas l’application sur vous.
login-code-submit = Se connecter
login-code-start-again = Recommencer avec le mot de passe
login-code-wrong = Ce code n’est pas correct ou a déjà servi : saisissez le code que l’application affiche maintenant.
two-factor-title = Authentification à deux facteurs
two-factor-is-on = La connexion demande votre mot de passe et un code de votre application d’authentification.
two-factor-is-off = La connexion ne demande que votre mot de passe.
two-factor-set-up = Configurer une application d’authentification
two-factor-manage = Codes de secours et réglages
two-factor-required = Les administrateurs de la plateforme et les modérateurs décident pour tous, leurs comptes demandent donc un second facteur : configurez une application d’authentification pour continuer.
two-factor-intro = Avec une application d’authentification, quelqu’un qui apprend votre mot de passe ne peut toujours pas se connecter sans votre téléphone.
two-factor-step-app = Ouvrez une application d’authentification sur votre téléphone (par exemple FreeOTP, Aegis, Google Authenticator ou Microsoft Authenticator).
two-factor-step-scan = Scannez ce code avec elle :
two-factor-qr-alt = Code QR pour ajouter clusterhub à votre application d’authentification
two-factor-step-type = Ou saisissez cette clé dans l’application :
two-factor-step-confirm = Saisissez votre mot de passe et les six chiffres affichés par l’application, pour vérifier que tout fonctionne.
two-factor-code-hint = Les six chiffres que votre application d’authentification affiche maintenant.
two-factor-turn-on = Activer l’authentification à deux facteurs
two-factor-done-on = L’authentification à deux facteurs est activée. Gardez les codes de secours ci-dessous en lieu sûr : chacun vous connecte une fois si vous perdez votre téléphone.
two-factor-codes-heading = Vos codes de secours
two-factor-codes-intro = Ils ne sont affichés qu’une fois. Chacun remplace une fois un code de l’application.
two-factor-codes-left = { $count ->
    [one] Il reste un code de secours.
   *[other] Il reste { $count } codes de secours.
}
two-factor-renew-heading = Nouveaux codes de secours
two-factor-renew = Créer dix nouveaux codes de secours
two-factor-done-renewed = Dix nouveaux codes de secours ; les anciens ne fonctionnent plus.
two-factor-off-heading = Désactiver
two-factor-turn-off = Désactiver l’authentification à deux facteurs
two-factor-required-role-note = En tant qu’administrateur de la plateforme ou modérateur, vous la gardez activée.
two-factor-back = Retour à votre compte
two-factor-already-on = L’authentification à deux facteurs est déjà activée.
two-factor-not-on = L’authentification à deux facteurs n’est pas activée.
two-factor-required-role = Les administrateurs de la plateforme et les modérateurs gardent l’authentification à deux facteurs activée.

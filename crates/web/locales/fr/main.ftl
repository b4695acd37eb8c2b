## Cadre de page
skip-to-content = Aller au contenu
nav-main = Navigation principale
nav-directory = Annuaire
nav-projects = Projets
nav-search = Recherche
nav-api = API
nav-language = Langue
search-label = Rechercher dans clusterhub
search-placeholder = Organisations, projets, thèmes…
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

## Accueil
home-title = La plateforme européenne de coopération entre clusters
home-heading = Trouvez des partenaires dans les clusters d'Europe
home-lead = Clusters, PME, centres technologiques et organismes de recherche dans un annuaire ouvert : trouvez qui travaille sur votre technologie, dans votre région ou à l'étranger, et avec qui ils ont collaboré.
home-search-label = Rechercher dans l'annuaire
home-stats-heading = L'annuaire en bref
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
search-facet-kind = Contenu
search-facet-type = Type
search-facet-country = Pays
search-facet-region = Région
search-facet-ecosystem = Écosystème industriel
search-facet-technology = Technologie clé générique
search-facet-critical = Domaine technologique critique
search-facet-label = Label de cluster

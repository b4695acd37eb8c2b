## Sideramme
skip-to-content = Gå til indholdet
nav-main = Hovedmenu
nav-directory = Katalog
nav-projects = Projekter
nav-search = Søg
nav-api = API
nav-language = Sprog
search-label = Søg i clusterhub
search-placeholder = Organisationer, projekter, emner…
search-button = Søg
footer-about = clusterhub – den åbne platform, hvor Europas klynger, SMV'er og teknologicentre finder partnere.
footer-data = Projektdata: CORDIS, © Den Europæiske Union, CC BY 4.0. Maskinlæsbart:
breadcrumbs = Brødkrummer
pagination = Sider
page-previous = Forrige
page-next = Næste
page-n = Side { $page }
yes = Ja
no = Nej

## Fejl
error-back-to-directory = Tilbage til kataloget
error-not-found-heading = Siden blev ikke fundet
error-not-found = Der er ingen side på denne adresse. Den kan være flyttet, eller linket kan være skrevet forkert.
error-organisation-not-found = Kataloget indeholder ingen organisation "{ $slug }".
error-project-not-found = Der er intet projekt med nummeret { $id }.
error-bad-request-heading = Forespørgslen kunne ikke forstås
error-internal-heading = Noget gik galt
error-internal = Serveren kunne ikke gennemføre forespørgslen. Fejlen er logget; prøv igen om et øjeblik.
error-unavailable-heading = Midlertidigt utilgængelig
error-unavailable = Databasen kan ikke nås lige nu. Prøv igen om et øjeblik.
error-filter = Filteret "{ $parameter }" er ikke gyldigt: { $message }

## Forside
home-title = Europas platform for klyngesamarbejde
home-heading = Find partnere i Europas klynger
home-lead = Klynger, SMV'er, teknologicentre og forskningsinstitutioner i ét åbent katalog: find dem, der arbejder med jeres teknologi, i jeres region eller i udlandet, og hvem de har samarbejdet med.
home-search-label = Søg i kataloget
home-stats-heading = Kataloget i tal
home-stats-summary = { $organisations } organisationer fra { $countries } lande.
home-stats-projects = { $projects ->
    [one] Ét samarbejdsprojekt.
   *[other] { $projects } samarbejdsprojekter.
}
home-explore-heading = Udforsk
home-explore-clusters = De største klynger
home-explore-centres = Teknologicentre
home-explore-smes = SMV'er
home-explore-projects = Samarbejdsprojekter og deres konsortier

## Katalog
directory-title = Organisationskatalog
directory-heading = Organisationskatalog
directory-count = { $count ->
    [0] Ingen organisationer passer
    [one] Én organisation
   *[other] { $count } organisationer
}
directory-empty = Ingen organisation passer til disse filtre. Fjern et filter, eller søg efter et andet ord.
directory-as-json = Denne liste som JSON
filters-heading = Filtre
filter-q = Navn eller by
filter-any = Alle
filter-type = Type
filter-country = Land
filter-nuts = Region (NUTS)
filter-nuts-hint = En NUTS-kode som DED (Sachsen) eller DK01 (Region Hovedstaden); omfatter regionerne inden for den.
filter-ecosystem = Industrielt økosystem
filter-ket = Nøgleteknologi
filter-cta = Kritisk teknologiområde
filter-nace = Branche (NACE-hovedafdeling)
filter-label = Klyngemærke
filter-sme = SMV
filter-sort = Sortér efter
filter-apply = Anvend filtre
filter-clear = Nulstil alle
active-filters = Aktive filtre
chip-remove = Fjern filter: { $filter }
sme-yes = Kun SMV'er
sme-no = Ikke SMV'er

sort-name = Navn (A–Å)
sort-name-desc = Navn (Å–A)
sort-country = Land
sort-founded = Nyeste først
sort-members = Flest medlemmer
sort-updated = Senest opdateret

## Organisationstyper
type-cluster = Klynge
type-company = Virksomhed
type-technology-centre = Teknologicenter
type-research-education = Forskning og uddannelse
type-support-network = Partner i et støttenetværk
type-public-authority = Offentlig myndighed
type-other = Anden organisation

type-plural-cluster = Klynger
type-plural-company = Virksomheder
type-plural-technology-centre = Teknologicentre
type-plural-research-education = Forskning og uddannelse
type-plural-support-network = Partnere i støttenetværk
type-plural-public-authority = Offentlige myndigheder
type-plural-other = Andre organisationer

label-bronze = Bronzemærke
label-silver = Sølvmærke
label-gold = Guldmærke

## Profil
profile-facts = Nøgletal
profile-no-description = Denne organisation har endnu ikke skrevet en beskrivelse.
profile-description-in = Beskrivelse ({ $language })
profile-ecosystems = Industrielle økosystemer
profile-technologies = Nøgleteknologier
profile-critical = Kritiske teknologiområder
profile-sectors = Brancher (NACE)
profile-markets = Målmarkeder
profile-languages = Arbejdssprog
profile-members = { $count ->
    [one] Ét medlem i kataloget
   *[other] { $count } medlemmer i kataloget
}
profile-member-of = Medlem af
profile-partners = Partnerorganisationer
profile-projects = { $count ->
    [one] Ét projekt
   *[other] { $count } projekter
}
badge-sme = SMV
field-legal-name = Juridisk navn
field-type = Type
field-country = Land
field-region = Region
field-city = By
field-website = Websted
field-founded = Grundlagt
field-label = Klyngemærke
field-sme = SMV
field-members = Medlemmer
field-members-detail = { $total } ({ $smes } SMV'er, { $large } store virksomheder, { $research } forskningsinstitutioner)
field-coordinates = Beliggenhed
field-map-link = { $lat }, { $lon } (OpenStreetMap)
field-cordis-id = CORDIS-deltager-id

## Projekter
projects-title = Samarbejdsprojekter
projects-heading = Samarbejdsprojekter
projects-filter = Akronym
projects-empty = Intet projekt passer.
projects-count = { $count ->
    [one] Ét projekt
   *[other] { $count } projekter
}
project-acronym = Akronym
project-title = Titel
project-role = Rolle
project-contribution = EU-bidrag
project-participants = Deltagere
project-programme = Program
project-on-cordis = Projektsiden på CORDIS
project-countries = Lande
project-consortium = Konsortium
project-topics = Indkaldelsesemner
project-keywords = Videnskabsområder
project-organisation = Organisation

role-coordinator = Koordinator
role-participant = Partner
role-associated-partner = Associeret partner
role-third-party = Tredjepart

## API
api-title = JSON-API
api-lead = Alt i kataloget er tilgængeligt som JSON under /api/v1, med de samme filtre som siderne. Lister svarer {"{"}"items": […], "total": N, "limit": …, "offset": …{"}"}.
api-openapi = OpenAPI 3-beskrivelse
api-endpoints = Endepunkter
api-endpoint = Endepunkt
api-description = Beskrivelse
api-list-organisations = Organisationer, filtreret, sorteret og opdelt i sider som på katalogsiden
api-get-organisation = Én organisation med medlemmer, medlemskaber, partnere og projekter
api-list-projects = Samarbejdsprojekter
api-get-project = Ét projekt med dets konsortium
api-example = Eksempel

## Industrielle økosystemer
ecosystem-aerospace-defence = Luftfart og forsvar
ecosystem-agri-food = Landbrug og fødevarer
ecosystem-construction = Byggeri
ecosystem-cultural-creative = Kultur- og kreative erhverv
ecosystem-digital = Digital
ecosystem-electronics = Elektronik
ecosystem-energy-intensive = Energiintensive industrier
ecosystem-energy-renewables = Vedvarende energi
ecosystem-health = Sundhed
ecosystem-mobility-transport-automotive = Mobilitet – transport – bilindustri
ecosystem-proximity-social-economy = Nærhed, socialøkonomi og civil sikkerhed
ecosystem-retail = Detailhandel
ecosystem-textiles = Tekstiler
ecosystem-tourism = Turisme

## Nøgleteknologier
ket-micro-nanoelectronics = Mikro- og nanoelektronik
ket-nanotechnology = Nanoteknologi
ket-photonics = Fotonik
ket-advanced-materials = Avancerede materialer
ket-industrial-biotechnology = Industriel bioteknologi
ket-advanced-manufacturing = Avancerede produktionsteknologier

## Kritiske teknologiområder
cta-semiconductors = Avancerede halvlederteknologier
cta-artificial-intelligence = Teknologier inden for kunstig intelligens
cta-quantum = Kvanteteknologier
cta-biotechnologies = Bioteknologier
cta-connectivity-navigation-digital = Avancerede konnektivitets-, navigations- og digitale teknologier
cta-sensing = Avancerede sensorteknologier
cta-space-propulsion = Rum- og fremdriftsteknologier
cta-energy = Energiteknologier
cta-robotics-autonomous-systems = Robotteknologi og autonome systemer
cta-materials-manufacturing-recycling = Avancerede materiale-, fremstillings- og genanvendelsesteknologier

## NACE rev. 2-hovedafdelinger
nace-A = A – Landbrug, skovbrug og fiskeri
nace-B = B – Råstofindvinding
nace-C = C – Fremstillingsvirksomhed
nace-D = D – Forsyning med elektricitet, gas, damp og varme
nace-E = E – Vandforsyning, kloakvæsen, affaldshåndtering og rensning
nace-F = F – Bygge- og anlægsvirksomhed
nace-G = G – Engros- og detailhandel; reparation af motorkøretøjer
nace-H = H – Transport og godshåndtering
nace-I = I – Overnatningsfaciliteter og restaurationsvirksomhed
nace-J = J – Information og kommunikation
nace-K = K – Finansierings- og forsikringsvirksomhed
nace-L = L – Fast ejendom
nace-M = M – Liberale, videnskabelige og tekniske tjenesteydelser
nace-N = N – Administrative tjenesteydelser og hjælpetjenester
nace-O = O – Offentlig administration og forsvar; socialsikring
nace-P = P – Undervisning
nace-Q = Q – Sundhedsvæsen og sociale foranstaltninger
nace-R = R – Kultur, forlystelser og sport
nace-S = S – Andre serviceydelser
nace-T = T – Private husholdninger med ansat medhjælp
nace-U = U – Organisationer og organer uden for nationalt område

## Sprog
language-ar = arabisk
language-bg = bulgarsk
language-ca = catalansk
language-cs = tjekkisk
language-da = dansk
language-de = tysk
language-el = græsk
language-en = engelsk
language-es = spansk
language-et = estisk
language-eu = baskisk
language-fi = finsk
language-fr = fransk
language-ga = irsk
language-gl = galicisk
language-he = hebraisk
language-hr = kroatisk
language-hu = ungarsk
language-is = islandsk
language-it = italiensk
language-ja = japansk
language-ko = koreansk
language-lt = litauisk
language-lv = lettisk
language-mk = makedonsk
language-mt = maltesisk
language-nb = norsk (bokmål)
language-nl = nederlandsk
language-no = norsk
language-pl = polsk
language-pt = portugisisk
language-ro = rumænsk
language-ru = russisk
language-sk = slovakisk
language-sl = slovensk
language-sq = albansk
language-sr = serbisk
language-sv = svensk
language-tr = tyrkisk
language-uk = ukrainsk
language-zh = kinesisk

## Søgning
search-title = Søg
search-title-for = “{ $q }” – søgning
search-heading = Søg efter organisationer og projekter
search-q-label = Hvad leder du efter?
search-q-hint = Navne, emner, teknologier eller steder på alle vores sprog. Brug "anførselstegn" for en præcis frase og -ord for at udelade et ord.
search-near-label = Nær (by eller region)
search-km-label = Inden for
search-km = { $km } km
search-facets-heading = Afgræns
search-count = { $count ->
    [one] Ét resultat
   *[other] { $count } resultater
}
search-no-results = Intet fundet. Tjek stavningen, brug færre ord eller fjern et filter.
search-relaxed = Intet resultat indeholder alle dine ord; disse indeholder nogle af dem.
search-truncated = Kun de første { $chars } tegn og { $words } ord af din søgning blev brugt.
search-unknown-value = Intet har { $facet } “{ $value }”.
search-unknown-place = ingen organisation ligger i “{ $place }”; angiv en by eller region fra kataloget
search-remove-filter = Fjern filter: { $filter }
search-near-chip = Inden for { $km } km af { $place }
search-all-results = Alle resultater ({ $count })
search-as-json = Disse resultater som JSON
search-participants = { $count ->
    [one] én deltager
   *[other] { $count } deltagere
}
search-coordinator = koordineret af { $name }
search-distance = { $km } km væk
search-kind-organisation = Organisation
search-kind-project = Projekt
search-facet-kind = Indhold
search-facet-type = Type
search-facet-country = Land
search-facet-region = Region
search-facet-ecosystem = Industrielt økosystem
search-facet-technology = Nøgleteknologi
search-facet-critical = Kritisk teknologiområde
search-facet-label = Klyngemærke

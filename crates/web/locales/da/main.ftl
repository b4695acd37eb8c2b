## Sideramme
skip-to-content = Gå til indholdet
nav-main = Hovedmenu
nav-directory = Katalog
nav-projects = Projekter
nav-search = Søg
nav-api = API
nav-language = Sprog
search-label = Søg i clusterhub
search-placeholder = Organisationer, events…
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
filter-left-out = Filteret "{ $parameter }" blev udeladt: "{ $value }" er ikke en gyldig værdi. De øvrige filtre gælder.

## Forside
home-title = Europas platform for klyngesamarbejde
home-heading = Hvor Europas klynger arbejder sammen
home-lead = Klynger, SMV’er, teknologicentre og forskningsinstitutioner finder partnere på tværs af grænser, mødes til arrangementer og B2B-dage, svarer på hinandens tilbud og efterspørgsler og følger de finansieringsindkaldelser, der passer til dem.
home-search-label = Søg i kataloget
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
search-kind-call = Indkaldelse
search-kind-event = Arrangement
search-kind-opportunity = Mulighed
search-deadline = til { $date }
search-facet-kind = Indhold
search-facet-type = Type
search-facet-country = Land
search-facet-region = Region
search-facet-ecosystem = Industrielt økosystem
search-facet-technology = Nøgleteknologi
search-facet-critical = Kritisk teknologiområde
search-facet-label = Klyngemærke

## Accounts
nav-account = Din konto
nav-login = Log ind
nav-register = Opret konto
nav-logout = Log ud
nav-moderation = Moderation
nav-admin = Administration
form-required = påkrævet
form-error-summary = Ret venligst følgende:
form-choose = – vælg –
form-none = ingen
form-error-number = skal være et tal, f.eks. 51,05
form-error-whole-number = skal være et helt tal
form-error-choice = vælg en af mulighederne
form-error-too-long = er for lang; højst { $max } tegn er tilladt
account-title = Din konto
account-display-name = Navn
account-email = E-mailadresse
account-password = Adgangskode
account-new-password = Ny adgangskode
account-current-password = Nuværende adgangskode
account-password-hint = Mindst { $min } tegn. En sætning af flere ord er let at huske og svær at gætte.
account-new-email = Ny e-mailadresse
account-email-hint = Nu { $email }. Vi sender et link til den nye adresse; ændringen træder i kraft, når du følger det.
account-error-display-name = Skriv dit navn (højst 100 tegn).
account-error-email = Skriv en e-mailadresse som navn@eksempel.eu.
account-error-password = Vælg en adgangskode på mindst { $min } tegn, som ikke er din e-mailadresse.
account-error-current-password = Adgangskoden er forkert.
account-error-same-email = Det er allerede din adresse.
account-error-email-taken = En anden konto bruger allerede denne adresse.
account-error-delete-confirm = Sæt kryds for at bekræfte, at du vil slette din konto.
account-error-last-admin = Du er den eneste platformadministrator; gør først en anden til administrator.
account-save = Gem
account-profile-heading = Dit navn
account-password-heading = Adgangskode
account-change-password = Skift adgangskode
account-email-heading = E-mailadresse
account-change-email = Skift e-mailadresse
account-signed-in-as = Logget ind som { $name } ({ $email })
account-organisations-heading = Dine organisationer
account-no-organisations = Du administrerer endnu ingen organisation. Gør krav på din organisations profil i kataloget, eller foreslå en ny.
account-organisation = Organisation
account-role = Rolle
account-actions = Handlinger
account-find-to-claim = Find din organisation for at gøre krav på den
account-propose-new = Foreslå en ny organisation
account-claims-heading = Dine anmodninger
account-data-heading = Dine data
account-data-intro = Hent alt, hvad vi gemmer om dig, som en JSON-fil, eller slet din konto. Sletning fjerner dit navn, din adresse, adgangskode, sessioner og tokens; organisationsprofiler, du har redigeret, bliver.
account-export = Hent mine data (JSON)
account-delete-heading = Slet din konto
account-delete-intro = Det kan ikke fortrydes.
account-delete-confirm = Jeg forstår, at min konto slettes endeligt.
account-delete-submit = Slet min konto
platform-role-user = Bruger
platform-role-moderator = Moderator
platform-role-admin = Platformadministrator
org-role-member = Medlem
org-role-admin = Administrator
register-title = Opret en konto
register-intro = Med en konto kan du gøre krav på og redigere din organisations profil og bruge API'et. Vi sender dig en e-mail for at bekræfte din adresse.
register-submit = Opret konto
register-have-account = Allerede oprettet? Log ind
register-sent-title = Tjek din indbakke
register-sent = Vi har sendt en besked til { $email }. Følg linket i den for at bekræfte din adresse, og log derefter ind.
confirm-title = Bekræft din e-mailadresse
confirm-intro = Tryk på knappen for at bekræfte din adresse og aktivere din konto.
confirm-submit = Bekræft min adresse
link-invalid-title = Dette link virker ikke længere
link-invalid = Linket er forkert, udløbet eller allerede brugt. Log ind for at få et nyt bekræftelseslink, eller bed om en ny nulstilling af adgangskoden.
login-title = Log ind
login-submit = Log ind
login-forgot = Glemt din adgangskode?
login-register = Ingen konto endnu? Opret en
login-failed = E-mailadressen eller adgangskoden er forkert.
login-unconfirmed = Bekræft først din e-mailadresse. Vi har sendt dig et nyt link.
forgot-title = Nulstil din adgangskode
forgot-intro = Skriv din kontos adresse, så sender vi dig et link til at vælge en ny adgangskode.
forgot-submit = Send link
forgot-sent-title = Tjek din indbakke
forgot-sent = Hvis en konto bruger { $email }, har vi sendt et link dertil. Linket gælder i en time.
reset-title = Vælg en ny adgangskode
reset-submit = Gem ny adgangskode
change-email-title = Bekræft din nye adresse
change-email-intro = Tryk på knappen for at bruge denne adresse til din konto.
change-email-submit = Brug denne adresse
notice-confirmed = Din adresse er bekræftet. Du kan logge ind nu.
notice-password-reset = Din adgangskode er ændret. Tidligere tilsendte links og dine API-tokens virker ikke længere. Log ind med den nye adgangskode.
notice-password-changed = Din adgangskode er ændret; dine andre sessioner er afsluttet, og tidligere tilsendte links virker ikke længere.
notice-email-sent = Vi har sendt et link til din nye adresse. Følg det for at fuldføre ændringen.
notice-email-changed = Din e-mailadresse er ændret; dine andre sessioner er afsluttet, og tidligere tilsendte links virker ikke længere.
notice-profile-saved = Gemt.
notice-token-revoked = Tokenet er tilbagekaldt.
notice-logged-out = Du er logget ud.
notice-account-erased = Din konto er slettet.
notice-claim-filed = Tak. En moderator ser på din anmodning; du kan følge dens status her.
token-heading = API-tokens
token-intro = Personlige tokens lader programmer bruge JSON-API'et på dine vegne. Et læsetoken læser; et skrivetoken kan også ændre de profiler, du administrerer.
token-create-heading = Opret et token
token-name = Navn
token-name-hint = Hvad tokenet skal bruges til, f.eks. "CRM-synkronisering".
token-scope = Adgang
token-scope-read = Læse
token-scope-write = Læse og skrive
token-create = Opret token
token-created-heading = Dit nye token
token-created = Kopiér det nu: det vises kun denne ene gang. Send det som "Authorization: Bearer TOKEN".
token-created-at = Oprettet
token-last-used = Sidst brugt
token-revoke = Tilbagekald
token-revoked = Tilbagekaldt
token-error-name = Giv tokenet et navn (højst 100 tegn).
token-error-scope = Vælg den adgang, tokenet giver.
claim-title = Gør krav på { $name }
claim-intro = Fortæl moderatorerne, hvem du er i denne organisation. Når de godkender din anmodning, bliver du profilens administrator.
claim-message = Din rolle, og hvordan vi kan bekræfte den
claim-message-hint = For eksempel: "Jeg er klyngeleder; I kan få fat i mig via hovednummeret på hjemmesiden."
claim-submit = Send anmodning
claim-back = Tilbage til profilen
claim-pending = Din anmodning om denne organisation venter på en moderator.
claim-error-message = Fortæl moderatorerne, hvem du er i organisationen.
claim-status-pending = venter på en moderator
claim-status-approved = godkendt
claim-status-rejected = afvist
propose-title = Foreslå en ny organisation
propose-intro = Mangler din organisation i kataloget? Beskriv den her; en moderator tjekker den før offentliggørelse, og du bliver dens administrator.
propose-submit = Send til gennemsyn
profile-name = Navn
profile-short-name = Kort navn eller forkortelse
profile-nuts = NUTS-regionskode
profile-nuts-hint = For eksempel DK011 for Byen København; se Eurostats regionskoder.
profile-city = By
profile-lat = Breddegrad
profile-lon = Længdegrad
profile-coordinates-hint = Decimalgrader, f.eks. 55,68 og 12,57; angiv begge eller ingen.
profile-website = Hjemmeside
profile-description = Beskrivelse ({ $language })
profile-nace = NACE-koder
profile-nace-hint = Økonomiske aktiviteter adskilt af kommaer, f.eks. 26.11, 72.19.
profile-members-smes = Medlemmer: SMV'er
profile-members-large = Medlemmer: store virksomheder
profile-members-research = Medlemmer: forskningsinstitutioner
profile-founded = Stiftelsesår
profile-label-hint = Kun klynger bærer et klyngeledelsesmærke.
profile-is-sme = Denne organisation er en SMV
profile-target-markets = Målmarkeder
profile-codes-hint = Koder på to bogstaver adskilt af kommaer, f.eks. DE, DK, FR.
edit-title = Redigér { $name }
manage-edit = Redigér profil
manage-members = Personer
manage-claim = Gør krav på denne profil
manage-claim-visitor = Er det din organisation? Log ind for at gøre krav på dens profil.
members-title = Personer i { $name }
members-you = dig
members-remove = Fjern
members-withdraw = Træk tilbage
members-pending = inviteret, ingen konto endnu
members-invite-heading = Invitér en person
members-invite-hint = Alle får en invitation pr. e-mail og får først rollen, når de accepterer den, mens de er logget ind.
members-invite = Invitér
members-invited = Vi har sendt en invitation til { $email }. Rollen er deres, når de accepterer den, mens de er logget ind (inden for { $days } dage).
members-error-last-admin = Den sidste administrator kan ikke fjernes; gør først en anden til administrator.
claims-title = Anmodninger til gennemsyn
claims-none = Intet at gennemse.
claims-count = { $count ->
    [one] Én anmodning venter på en afgørelse.
   *[other] { $count } anmodninger venter på en afgørelse.
}
claims-existing = Anmodning om
claims-new = Ny organisation
claims-by = Fra { $name } ({ $email })
claims-approve = Godkend
claims-reject = Afvis
claims-reason = Begrundelse (sendes til personen)
users-title = Personer
users-search = Find efter navn eller adresse
users-count = { $count ->
    [one] Én konto
   *[other] { $count } konti
}
users-since = Oprettet
users-unconfirmed = ikke bekræftet
users-role-of = Rolle for { $name }
users-set-role = Sæt rolle
audit-title = Revisionslog
audit-action = Handling
audit-all = alle handlinger
audit-count = { $count ->
    [one] Én post
   *[other] { $count } poster
}
audit-when = Hvornår
audit-who = Hvem
audit-subject = Emne
audit-detail = Detalje
audit-from = Fra
error-unauthorized-heading = Godkendelse påkrævet
error-unauthorized = Send et gyldigt personligt API-token som "Authorization: Bearer TOKEN". Du opretter tokens på din kontoside.
error-forbidden-heading = Ikke tilladt
error-forbidden = Du har ikke ret til at gøre dette.
error-insufficient-scope = Dette token må kun læse; opret et token med skriveadgang.
error-csrf = Formularen er udløbet eller blev sendt fra et andet websted. Gå tilbage, genindlæs siden, og prøv igen.
error-too-large = Forespørgslen er større end { $kib } KiB.
error-throttled-heading = For mange forsøg
error-throttled = For mange forsøg. Vent { $minutes } minutter, og prøv igen.
error-conflict-heading = Ikke muligt
error-mail = E-mailen kunne ikke sendes. Prøv igen senere.
mail-confirm-subject = Bekræft din clusterhub-konto
mail-confirm-body = Hej { $name }

    Bekræft din e-mailadresse ved at åbne dette link inden for 48 timer:

    { $link }

    Hvis du ikke har oprettet en konto på clusterhub, kan du se bort fra denne besked.
mail-reset-subject = Nulstil din clusterhub-adgangskode
mail-reset-body = Hej { $name }

    Åbn dette link inden for en time for at vælge en ny adgangskode:

    { $link }

    Hvis du ikke har bedt om det, kan du se bort fra denne besked; din adgangskode forbliver uændret.
mail-change-email-subject = Bekræft din nye adresse til clusterhub
mail-change-email-body = Hej { $name }

    Åbn dette link inden for 48 timer for at bruge denne adresse til din clusterhub-konto:

    { $link }
mail-exists-subject = Din clusterhub-konto
mail-exists-body = Nogen har forsøgt at oprette en konto på clusterhub med denne adresse, som allerede har en konto. Hvis det var dig, så log ind, eller vælg en ny adgangskode her:

    { $link }
mail-password-changed-subject = Din clusterhub-adgangskode er ændret
mail-password-changed-body = Adgangskoden til din clusterhub-konto er netop ændret. Hvis det ikke var dig, så vælg straks en ny adgangskode:

    { $link }
mail-invited-subject = Invitation til { $organisation } på clusterhub
mail-invited-body = Du er inviteret til at deltage i { $organisation } på clusterhub som { $role }. Opret en konto med denne adresse, log ind, og accepter invitationen på din invitationsside (den gælder i { $days } dage):

    { $link }
mail-claim-approved-subject = Din anmodning på clusterhub er godkendt
mail-claim-approved-body = En moderator har godkendt din anmodning. Du kan nu redigere profilen:

    { $link }
mail-claim-rejected-subject = Din anmodning på clusterhub er ikke godkendt
mail-claim-rejected-body = En moderator har ikke godkendt din anmodning. Angivet begrundelse: { $reason }
form-error-both-coordinates = angiv både breddegrad og længdegrad eller ingen af dem
mail-claim-waiting-subject = En anmodning venter på gennemsyn på clusterhub
mail-claim-waiting-body = Nogen har gjort krav på eller foreslået { $organisation }. Gennemse den her:

    { $link }
mail-email-change-notice-subject = Adressen på din clusterhub-konto bliver ændret
mail-email-change-notice-body = Nogen, der er logget ind på din clusterhub-konto, har bedt om at ændre dens adresse til { $email }. Hvis det ikke var dig, så vælg straks en ny adgangskode:

    { $link }
profile-error-name = Skriv navnet (højst 300 tegn).
profile-error-short-name = Højst 200 tegn, uden kontroltegn.
profile-error-kind = Vælg organisationstypen.
profile-error-country = Vælg et land.
profile-error-nuts-code = Skriv en NUTS-kode som DK011, eller lad feltet stå tomt.
profile-error-city = Højst 120 tegn, uden kontroltegn.
profile-error-coordinates = Breddegraden skal ligge mellem −90 og 90, længdegraden mellem −180 og 180.
profile-error-website = Skriv en webadresse som https://eksempel.dk.
profile-error-description = Højst 20.000 tegn, uden kontroltegn.
profile-error-nace-codes = Skriv NACE-koder som 26.11 eller C, adskilt af kommaer.
profile-error-codes = Brug koder på to bogstaver adskilt af kommaer, f.eks. DE, DK.
profile-error-members = Skriv et helt tal op til 1.000.000.
profile-error-founded = Skriv et år mellem 1800 og 2100.
profile-error-label = Kun klynger bærer et klyngeledelsesmærke.

## The marketplace
nav-marketplace = Markedsplads
list-and = { $first } og { $last }
opportunities-title = Samarbejdsmuligheder
opportunities-intro = Tilbud, efterspørgsler, partnersøgninger og teknologiudfordringer fra organisationer i kataloget. Hver viser de partnere, der rangeres højest for den, med begrundelser.
opportunities-count = { $count ->
    [one] Én mulighed
   *[other] { $count } muligheder
}
opportunities-empty = Ingen muligheder er offentliggjort med disse filtre.
opportunities-all-kinds = Alle typer
opportunities-filter = Vis
opportunity-kind = Type
opportunity-kind-business-offer = Forretningstilbud
opportunity-kind-business-request = Forretningsforespørgsel
opportunity-kind-technology-offer = Teknologitilbud
opportunity-kind-technology-request = Teknologiforespørgsel
opportunity-kind-rd-partner-search = Søgning efter F&U-partnere
opportunity-kind-technology-challenge = SMV-teknologiudfordring
opportunity-kind-cluster-partnership = Anmodning om klyngepartnerskab
partnership-commercial = Handelsaftale
partnership-technical-cooperation = Teknisk samarbejde
partnership-research-cooperation = Forskningssamarbejde
partnership-licence = Licensaftale
partnership-joint-venture = Joint venture
partnership-subcontracting = Underleverance
partnership-supplier = Leverandøraftale
partnership-investment = Investering
partnership-distribution = Distribution
visibility-public = Alle
visibility-members = Kun indloggede medlemmer
opportunity-state = Status
opportunity-state-draft = Kladde
opportunity-state-submitted = Afventer gennemgang
opportunity-state-returned = Sendt tilbage til rettelse
opportunity-state-published = Offentliggjort
opportunity-state-expired = Udløbet
opportunity-state-closed = Lukket
opportunity-state-draft-explained = Kun din organisation ser denne kladde. Indsend den, når den er klar; en moderator gennemgår den før offentliggørelse.
opportunity-state-submitted-explained = En moderator gennemgår den; du får en e-mail, når den offentliggøres eller sendes tilbage.
opportunity-state-returned-explained = En moderator sendte den tilbage. Ret den og indsend den igen.
opportunity-state-published-explained = Den er offentlig (eller synlig for medlemmer) indtil fristen, eller indtil du lukker den.
opportunity-state-expired-explained = Fristen er overskredet; der kan ikke længere vises interesse.
opportunity-state-closed-explained = Du har lukket den; der kan ikke længere vises interesse.
opportunity-title = Titel
opportunity-description = Beskrivelse
opportunity-description-hint = Hvad I tilbyder eller søger, for hvem, og hvad en partner skal bidrage med. På ethvert sprog.
opportunity-language = Tekstens sprog
opportunity-language-hint = Kode på to bogstaver, f.eks. en, de, fr, da.
opportunity-sectors = Brancher (NACE)
opportunity-target-countries = Mållande
opportunity-partnerships = Søgt partnerskabsform
opportunity-call = Indkaldelse eller topic
opportunity-call-hint = Skal udfyldes ved F&U-partnersøgning, f.eks. HORIZON-CL4-2025-01-DIGITAL-EMERGING-02.
opportunity-deadline = Frist
opportunity-deadline-hint = Sidste dag, hvor man kan vise interesse (højst to år frem).
opportunity-contact-name = Kontaktperson
opportunity-contact-email = Kontakt-e-mail
opportunity-contact = Kontakt
opportunity-visibility = Hvem må læse den
opportunity-organisation = Organisation
opportunity-about-organisation = Om { $name }
opportunity-new-title = Ny mulighed fra { $name }
opportunity-edit-title = Rediger “{ $title }”
opportunity-form-intro = Muligheder gemmes som kladder; en moderator gennemgår hver enkelt før offentliggørelse.
opportunity-save = Gem kladde
opportunity-back = Tilbage til muligheden
opportunity-publish-for = Offentliggør en mulighed for { $name }
opportunity-owner-heading = Jeres mulighed
opportunity-edit = Rediger
opportunity-submit = Indsend til gennemgang
opportunity-close = Luk den
opportunity-approve = Offentliggør
opportunity-return = Send tilbage til ejerne
opportunity-return-reason = Begrundelse (sendes til ejerne)
opportunity-returned-because = En moderator sendte den tilbage: { $reason }
opportunity-done-saved = Gemt.
opportunity-done-submitted = Indsendt: en moderator gennemgår den.
opportunity-done-closed = Lukket.
opportunity-done-interest = Din interesse er sendt.
opportunity-done-published = Offentliggjort; ejerne har fået besked.
opportunity-done-returned = Sendt tilbage; ejerne har fået besked.
opportunity-error-required = Feltet skal udfyldes.
opportunity-error-too-long = Teksten er for lang.
opportunity-error-too-short = Teksten er for kort til at sige, hvad der menes.
opportunity-error-call = Angiv den indkaldelse eller det topic, partnersøgningen gælder.
opportunity-error-email = Skriv en e-mailadresse som navn@example.eu.
opportunity-error-date = Skriv dagen som ÅÅÅÅ-MM-DD.
opportunity-error-deadline-past = Fristen skal ligge efter i dag.
opportunity-error-deadline-far = Fristen må højst ligge to år frem.
opportunity-error-not-editable = Kun kladder og tilbagesendte muligheder kan redigeres; luk en offentliggjort og offentliggør en ny.
opportunity-error-state = En anden har ændret muligheden i mellemtiden; genindlæs siden.
opportunity-error-reason = Giv ejerne en begrundelse (højst 1.000 tegn).
moderation-opportunities-title = Muligheder til gennemgang
moderation-opportunities-none = Ingen muligheder afventer gennemgang.
interest-heading = Vis interesse
interest-organisation = På vegne af
interest-message = Din besked til ejerne
interest-message-hint = Kun ejerne ser den; de svarer dig på en privat side.
interest-submit = Send
interest-needs-organisation = For at vise interesse skal du først tilknyttes din organisations profil (gør krav på den eller bed om en invitation).
interest-closed = Der kan ikke længere vises interesse for denne mulighed.
interest-login = Log ind for at se kontakten og vise interesse.
interest-own = Din organisation har offentliggjort denne mulighed.
interest-twice = Din organisation har allerede vist interesse; fortsæt i samtalen.
interests-received = { $count ->
    [one] Én interessetilkendegivelse
   *[other] { $count } interessetilkendegivelser
}
interests-messages = { $count ->
    [one] én besked
   *[other] { $count } beskeder
}
conversation-title = Samtale med { $name }
conversation-private = Kun personerne i de to organisationer ser denne samtale.
conversation-message = Besked
conversation-send = Send
conversation-sent = Sendt; den anden part har fået besked pr. e-mail.
marketplace-mine = Jeres markedsplads
marketplace-no-organisation = Du har endnu ingen rolle i en organisation. Gør krav på din organisations profil eller bed om en invitation.
marketplace-opportunities = Muligheder
marketplace-no-opportunities = Ingen endnu.
marketplace-conversations = Interessetilkendegivelser
marketplace-no-conversations = Ingen endnu.
recommended-heading = Anbefalede partnere
recommended-none = Intet passer endnu: tilføj teknologier, økosystemer og en beskrivelse.
recommended-preparing = Anbefalingerne forberedes; genindlæs om et øjeblik.
recommended-opportunity = mulighed
reason-provides = tilbyder { $tags }, som dette har brug for
reason-needs = har brug for { $tags }, som dette tilbyder
reason-shares = deler { $tags }
reason-words = skriver om { $words }
reason-worked-with = { $count ->
    [one] har arbejdet sammen med { $names }
   *[other] har arbejdet sammen med { $count } af partnerne: { $names }
}
reason-target-country = i { $country }, et målland
reason-cross-border = på tværs af grænser: { $from } → { $to }
reason-track-record = { $coordinated ->
    [0] { $projects ->
        [one] ét EU-projekt
       *[other] { $projects } EU-projekter
    }
   *[other] { $projects ->
        [one] ét EU-projekt, som den koordinerede
       *[other] { $projects } EU-projekter, { $coordinated } koordineret
    }
}
reason-answers = { $type }, som besvarer den slags forespørgsler
reason-label = har { $label }
reason-member-of-labelled = medlem af en klynge med { $label }
mail-opportunity-submitted-subject = En mulighed afventer gennemgang på clusterhub
mail-opportunity-submitted-body = “{ $title }” er indsendt. Gennemgå den her:

    { $link }
mail-opportunity-published-subject = Jeres mulighed er offentliggjort på clusterhub
mail-opportunity-published-body = “{ $title }” er offentliggjort:

    { $link }
mail-opportunity-returned-subject = Jeres mulighed er sendt tilbage til rettelse
mail-opportunity-returned-body = En moderator sendte “{ $title }” tilbage: { $reason }

    Ret den og indsend den igen: { $link }
mail-interest-subject = Interesse for “{ $title }”
mail-interest-body = { $organisation } er interesseret i “{ $title }”:

    { $message }

    Svar her: { $link }
mail-message-subject = Ny besked om “{ $title }”
mail-message-body = { $name } skrev:

    { $message }

    Svar her: { $link }
alerts-title = Påmindelser
alerts-intro = Gemte søgninger og anbefalingslister. Én gang om dagen får du en e-mail med det nye.
alerts-none = Ingen påmindelser endnu. Gem en søgning, eller vælg “Giv mig besked” under anbefalinger.
alerts-saved = Gemt: du får en e-mail, når der kommer noget nyt.
alerts-deleted = Påmindelsen er slettet.
alerts-delete = Slet
alerts-last-sent = sidste e-mail { $date }
alerts-never-sent = intet nyt endnu
alerts-watch-recommendations = Giv mig besked om nye match
alerts-watch-search = Giv mig besked om nye resultater
alerts-recommendations-for = Anbefalinger til { $name }
alerts-too-many = Du har det højeste antal påmindelser; slet en først.
alerts-unsubscribe-title = Stop denne påmindelse
alerts-unsubscribe-intro = Du får ikke flere e-mails for denne påmindelse.
alerts-unsubscribe = Stop påmindelsen
alerts-unsubscribed = Påmindelsen er stoppet
alerts-unsubscribed-detail = Du får ikke flere e-mails for “{ $name }”.
alerts-unknown-link = Linket gælder ikke længere: brug linket i den seneste e-mail, eller administrer dine påmindelser fra din konto.
mail-digest-subject = { $count ->
    [one] Ét nyt match
   *[other] { $count } nye match
} for “{ $name }”
mail-digest-intro = Nyt i “{ $name }” siden sidste e-mail:
mail-digest-unsubscribe = Få ikke flere e-mails for denne påmindelse: { $link }
account-alerts = Påmindelser

## Events
nav-events = Arrangementer
events-title = Arrangementer
events-intro = Oplæg og webinarer, konferencer, B2B-matchmaking, workshops og erhvervsfremstød fra Europas klynger.
events-count = { $count ->
    [one] Ét arrangement
   *[other] { $count } arrangementer
}
events-empty = Intet arrangement passer til disse filtre.
events-any = Alle
events-online = Online eller hybrid
events-on-site = Med et sted
events-from = Fra
events-to = Til
events-views = Kalendervisninger
events-view-list = Liste
events-view-month = Måned
events-subscribe = Abonnér (iCalendar)
events-feed-name = clusterhub-arrangementer
events-prev-month = Forrige måned
events-next-month = Næste måned
events-mine = Dine arrangementer
events-mine-registered = Tilmeldt
events-mine-organised = Arrangeret af dine organisationer
events-mine-none = Du er endnu ikke tilmeldt noget arrangement.
events-back = Tilbage til arrangementerne
event-organise-for = Opret et arrangement for { $name }
event-kind = Type arrangement
event-kind-talk = Oplæg eller webinar
event-kind-conference = Konference
event-kind-matchmaking = Matchmaking
event-kind-workshop = Workshop
event-kind-mission = Erhvervsfremstød
event-state = Status
event-state-draft = Kladde
event-state-submitted = Afventer gennemsyn
event-state-returned = Sendt tilbage
event-state-published = Offentliggjort
event-state-cancelled = Aflyst
event-state-draft-explained = Kun din organisation ser denne kladde. Indsend den, når den er klar; en moderator gennemser den før offentliggørelse.
event-state-submitted-explained = En moderator gennemser den; du får en e-mail, når den er offentliggjort eller sendt tilbage.
event-state-returned-explained = En moderator sendte den tilbage. Ret den og indsend den igen.
event-state-published-explained = Den står i kalenderen og er åben for tilmelding.
event-state-cancelled-explained = Du har aflyst den; alle tilmeldte har fået besked.
attendance = Deltagelse
attendance-on-site = På stedet
attendance-online = Online
attendance-hybrid = På stedet og online
event-title = Titel
event-description = Beskrivelse
event-starts = Starter
event-ends = Slutter
event-timezone = Tidszone
event-timezone-hint = Stedets tidszone (eller arrangørens ved onlinearrangementer); tiderne indtastes i den.
event-venue = Sted
event-venue-hint = Navn og adresse, for arrangementer på stedet.
event-online-url = Onlineadgang
event-online-url-hint = Adressen man deltager fra, for online- og hybridarrangementer; kun tilmeldte ser den.
event-online-url-hidden = Sendes til de tilmeldte.
event-capacity = Pladser
event-capacity-hint = Lad stå tomt for ingen grænse; derudover kommer man på venteliste.
event-agenda = Program
event-agenda-hint = Ét punkt pr. linje, med tidspunktet først: “09:30 Velkomst”, “Dag 2: Besøg på havnen”.
event-itinerary = Rejseplan
event-speakers = Talere
event-speakers-hint = Én taler pr. linje: “Navn, Organisation”.
event-destinations = Destinationer
event-destinations-hint = For erhvervsfremstød: de besøgte lande som landekoder adskilt af kommaer (US, CA).
event-b2b = B2B-møder
event-b2b-yes = Deltagerne aftaler enkeltmøder med hinanden.
event-b2b-field = Deltagerne booker B2B-møder
event-b2b-hint = Altid ved matchmaking-arrangementer.
event-form-intro = En moderator gennemser arrangementet, før det kommer i kalenderen.
event-save = Gem arrangementet
event-new-title = Nyt arrangement fra { $name }
event-edit-title = Ret “{ $title }”
event-back = Tilbage til arrangementet
event-when = Hvornår
event-when-yours = I din tidszone
event-topics = Teknologier og økosystemer
event-organiser = Arrangør
event-download-ics = Føj til din kalender (.ics)
event-registration = Tilmelding
event-register-heading = Tilmeld dig
event-register-for = Tilmelding for
event-register-myself = Kun mig
event-register = Tilmeld
event-join-waitlist = Kom på ventelisten
event-places = { $left } af { $capacity } pladser ledige
event-you-are-registered = Du er tilmeldt.
event-you-are-waiting = Du er nummer { $position } på ventelisten; du får en e-mail, når en plads bliver ledig.
event-unregister = Afmeld mig
event-login-to-register = Log ind for at tilmelde dig
event-registration-closed = Tilmeldingen er lukket.
event-registered = tilmeldt
event-waiting = på ventelisten
event-organiser-heading = For arrangøren
event-registered-count = { $confirmed } tilmeldt, { $waiting } på venteliste
event-edit = Ret
event-manage = Deltagere, møder og statistik
event-submit = Indsend til gennemsyn
event-cancel = Aflys arrangementet
event-done-saved = Arrangementet er gemt.
event-done-submitted = Arrangementet er indsendt; en moderator gennemser det.
event-done-registered = Du er tilmeldt; en bekræftelse er på vej pr. e-mail.
event-done-waitlisted = Arrangementet er fuldt; du er på ventelisten.
event-done-unregistered = Din tilmelding er annulleret.
event-done-cancelled = Arrangementet er aflyst, og alle tilmeldte har fået besked.
event-done-published = Arrangementet er offentliggjort.
event-done-returned = Arrangementet er sendt tilbage til arrangøren.
event-error-not-editable = Arrangementet kan ikke længere ændres: det er begyndt, afventer gennemsyn eller er aflyst.
event-error-state = En anden har ændret arrangementet imens; genindlæs siden.
event-error-past = Arrangementet er allerede begyndt.
event-error-far = Arrangementet begynder mere end tre år ude i fremtiden.
event-error-datetime = Angiv dato og klokkeslæt.
event-error-order = Slutningen skal ligge efter starten.
event-error-long = Et arrangement varer højst 31 dage.
event-error-timezone = Vælg en tidszone fra listen.
event-error-venue = Påkrævet for arrangementer på stedet.
event-error-online = Påkrævet for online- og hybridarrangementer.
event-error-url = Angiv en adresse, der begynder med https://.
event-error-capacity = Et helt tal fra 1 til 100000, eller tomt for ingen grænse.
event-error-lines = Tjek denne linje:
event-error-closed = Der er ikke åbent for tilmelding til dette arrangement.
event-error-registered = Du er allerede tilmeldt dette arrangement.
event-error-not-registered = Du er ikke tilmeldt dette arrangement.
moderation-events-title = Arrangementer til gennemsyn
moderation-events-none = Intet arrangement afventer gennemsyn.
month-1 = januar
month-2 = februar
month-3 = marts
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
weekday-1 = man
weekday-2 = tir
weekday-3 = ons
weekday-4 = tor
weekday-5 = fre
weekday-6 = lør
weekday-7 = søn
mail-event-submitted-subject = Et arrangement afventer gennemsyn
mail-event-submitted-body = “{ $title }” er indsendt til gennemsyn: { $link }
mail-event-published-subject = Dit arrangement er offentliggjort
mail-event-published-body = “{ $title }” står i kalenderen: { $link }
mail-event-returned-subject = Dit arrangement er sendt tilbage
mail-event-returned-body = En moderator sendte “{ $title }” tilbage: { $reason }

    Ret det og indsend det igen: { $link }
mail-event-registered-subject = Du er tilmeldt: { $title }
mail-event-registered-body = Du er tilmeldt “{ $title }”, { $when }.

    Arrangementets side, med kalenderfilen: { $link }
mail-event-waitlisted-subject = Venteliste: { $title }
mail-event-waitlisted-body = “{ $title }” er fuldt; du er nummer { $position } på ventelisten. Vi skriver, når en plads bliver ledig.

    { $link }
mail-event-promoted-subject = En plads til dig: { $title }
mail-event-promoted-body = En plads er blevet ledig, og du er nu tilmeldt “{ $title }”.

    { $link }
mail-event-cancelled-subject = Aflyst: { $title }
mail-event-cancelled-body = Arrangøren har aflyst “{ $title }”.

    { $link }
account-timezone = Tidszone
account-timezone-hint = Tider for arrangementer og mødeplaner vises i den.
account-timezone-event = Det enkelte arrangements
account-language = Sprog
account-language-hint = Siderne åbner på det, når du logger ind, og hver mail, platformen sender dig, er skrevet på det.

## B2B matchmaking
b2b-participants = Deltagere
b2b-participants-count = { $count ->
    [one] Én deltager
   *[other] { $count } deltagere
}
b2b-my-meetings = Dine møder
b2b-my-agenda = Din mødeplan
b2b-search = Søg blandt deltagerne
b2b-organisation-type = Type organisation
b2b-offer = Tilbyder
b2b-seek = Søger
b2b-offer-hint = Hvad du bringer: produkter, teknologier, ydelser, kapacitet.
b2b-seek-hint = Hvem du vil møde, og hvorfor.
b2b-profile-heading = Din profil ved dette arrangement
b2b-save-profile = Gem profilen
b2b-request = Bed om et møde
b2b-request-message = En besked til { $name } (valgfri)
b2b-between-sent = Du har spurgt
b2b-between-received = Du er blevet spurgt
b2b-request-pending = afventer svar
b2b-request-accepted = accepteret
b2b-request-declined = afslået
b2b-request-withdrawn = trukket tilbage
b2b-received = Modtagne forespørgsler
b2b-sent = Sendte forespørgsler
b2b-none = Ingen forespørgsler endnu.
b2b-none-sent = Du har ikke spurgt nogen endnu; se deltagerne.
b2b-with = Med
b2b-message = Besked
b2b-actions = Handlinger
b2b-accept = Accepter
b2b-decline = Afslå
b2b-withdraw = Træk tilbage
b2b-availability = Hvornår du kan mødes
b2b-availability-hint = Fjern fluebenet ved de tidsrum, hvor du er væk; møder placeres kun i dem med flueben.
b2b-save-availability = Gem tilgængeligheden
b2b-no-sessions-yet = Arrangøren har endnu ikke fastlagt mødeblokkene.
b2b-agenda-title = Mødeplan: { $title }
b2b-agenda-zone = tider i { $zone }
b2b-agenda-not-published = Arrangøren har endnu ikke offentliggjort mødeplanen; du får en e-mail, når det sker.
b2b-agenda-empty = Du har ingen bekræftede møder.
b2b-agenda-ics = Føj møderne til din kalender (.ics)
b2b-agenda-print = Udskriv siden for en papirudgave.
b2b-where = Hvor
b2b-table = Bord { $number }
b2b-online-room = Onlinerum { $number }
b2b-online = online
b2b-ics-summary = Møde med { $name }
b2b-statistics = Statistik
b2b-stat-registered = Deltagere
b2b-stat-waiting = Venteliste
b2b-stat-sent = Sendte forespørgsler
b2b-stat-accepted = Accepteret
b2b-stat-declined = Afslået
b2b-stat-pending = Ubesvaret
b2b-stat-scheduled = Planlagte møder
b2b-stat-unscheduled = Accepteret, men ikke planlagt
b2b-stat-none = Ikke oplyst
b2b-by-country = Efter land
b2b-by-type = Efter type organisation
b2b-csv-registrations = Tilmeldinger (CSV)
b2b-csv-meetings = Møder og forespørgsler (CSV)
b2b-csv-statistics = Statistik (CSV)
b2b-sessions = Mødeblokke
b2b-no-sessions = Ingen blok endnu: tilføj en, så deltagerne kan angive deres tilgængelighed.
b2b-sessions-fixed = Blokkene ligger fast, når møder er låst, eller planen er offentliggjort.
b2b-add-session = Tilføj en blok
b2b-session-starts = Starter
b2b-session-starts-hint = Lokal tid i { $zone }.
b2b-session-slots = Møder i træk
b2b-session-minutes = Minutter pr. møde
b2b-session-tables = Borde
b2b-session-tables-hint = 0 for onlinemøder (ingen grænse).
b2b-remove-session = Fjern
b2b-schedule = Mødeplan
b2b-schedule-explained = Planlæggeren placerer hvert accepteret møde, den kan, i et tidsrum og ved et bord, så ingen er to steder på én gang, og alle kun mødes, når de er ledige. Låste møder bliver, hvor de er; offentliggørelse låser alle placerede møder og sender hver deltager sin mødeplan.
b2b-run = Kør planlæggeren
b2b-rerun = Kør igen for sene forespørgsler
b2b-publish = Offentliggør planen
b2b-published-note = Planen er offentliggjort: dens møder er låst. En ny kørsel placerer kun det nye.
b2b-meetings-count = { $count ->
    [one] Ét møde placeret
   *[other] { $count } møder placeret
}
b2b-unscheduled-count = { $count ->
    [one] Én accepteret forespørgsel ikke placeret
   *[other] { $count } accepterede forespørgsler ikke placeret
}
b2b-requester = Spurgt af
b2b-invitee = Spurgt
b2b-locked = Lås
b2b-lock = Lås
b2b-unlock = Lås op
b2b-reason = Hvorfor
b2b-reason-not-run = Planlæggeren har ikke kørt, siden den blev accepteret.
b2b-reason-no-common-time = De to er aldrig ledige på samme tid.
b2b-reason-agenda-full = { $name } har ikke flere ledige tidsrum.
b2b-reason-busy = Hver gang begge er ledige, har den ene et andet møde.
b2b-reason-no-table = Der er intet ledigt bord, når begge er ledige.
b2b-reason-locked-conflict = Det kolliderer med et andet låst møde.
b2b-registrations = Tilmeldinger
b2b-name = Navn
b2b-done-requested = Din forespørgsel er sendt.
b2b-done-profile = Din profil er gemt.
b2b-done-availability = Din tilgængelighed er gemt.
b2b-done-accepted = Du har accepteret mødet.
b2b-done-declined = Du har afslået mødet.
b2b-done-withdrawn = Du har trukket forespørgslen tilbage.
b2b-done-session = Blokkene er ændret; kør planlæggeren igen.
b2b-done-scheduled = Planlæggeren har kørt; tjek resultatet, og offentliggør det.
b2b-done-published = Planen er offentliggjort, og deltagerne har deres mødeplaner.
b2b-done-locked = Gemt.
b2b-error-not-participant = Kun bekræftede deltagere i arrangementet deltager i dets B2B-møder.
b2b-error-requested = En af jer har allerede spurgt den anden.
b2b-error-request-state = Forespørgslen er ændret imens; genindlæs siden.
b2b-error-message = En besked på højst 1000 tegn, uden kontroltegn.
b2b-error-profile = Højst 2000 tegn, uden kontroltegn.
b2b-error-no-b2b = Dette arrangement har ingen B2B-møder.
b2b-error-no-sessions = Tilføj først en mødeblok.
b2b-error-not-placed = Kun placerede møder kan låses.
b2b-error-sessions-locked = Blokkene ligger fast, når møder er låst eller offentliggjort.
b2b-error-overlap = Den overlapper en anden blok.
b2b-error-outside = Blokken skal ligge inden for arrangementet.
b2b-error-too-many-slots = Et arrangement har højst 128 mødetidsrum i alt.
b2b-error-slots = Et helt tal fra 1 til 48.
b2b-error-minutes = Et helt antal minutter fra 10 til 120.
b2b-error-tables = Et helt tal fra 0 til 5000.
mail-b2b-request-subject = En mødeforespørgsel ved { $title }
mail-b2b-request-body = { $name } vil gerne mødes med dig ved “{ $title }”:

    { $message }

    Accepter eller afslå: { $link }
mail-b2b-accepted-subject = Møde accepteret ved { $title }
mail-b2b-accepted-body = { $name } har accepteret din mødeforespørgsel. Arrangøren placerer mødet i planen: { $link }
mail-b2b-agenda-subject = Din mødeplan for { $title }
mail-b2b-agenda-body = Mødeplanen er offentliggjort: du har { $count } møder. Din plan, til udskrift eller til din kalender: { $link }
event-error-starts-past = Tidspunktet er passeret; vælg et i fremtiden.

## Business missions
mission-call = Indkaldelse til deltagelse
mission-call-intro = Ansøgerne besvarer dine spørgsmål; bedømmerne giver hver ansøgning point efter dine vægtede kriterier; du udvælger op til antallet af pladser, og alle ansøgere får besked om resultatet.
mission-call-line = { $places } pladser; ansøgning senest { $deadline }.
mission-questions = Spørgsmål til ansøgerne
mission-questions-hint = Ét spørgsmål pr. linje.
mission-criteria = Kriterier
mission-criteria-hint = Ét kriterium pr. linje med vægten først: “40 Eksportparathed”.
mission-places = Pladser
mission-deadline = Sidste ansøgningsdag
mission-save-call = Gem indkaldelsen
mission-evaluators = Bedømmere
mission-evaluators-intro = Bedømmerne giver ansøgningerne point. De ser først de andres point, når de har givet deres egne, og bedømmer aldrig en organisation, de selv hører til.
mission-no-evaluators = Ingen bedømmere endnu.
mission-evaluator-email = E-mailadresse på en konto
mission-add-evaluator = Tilføj som bedømmer
mission-apply = Søg om deltagelse
mission-login-to-apply = Log ind for at søge
mission-closed = Ansøgningsfristen er udløbet.
mission-applying-for = Ansøgning for
mission-submit-application = Send ansøgningen
mission-applied-as = { $name } har søgt: { $state }.
mission-applications = Ansøgninger
mission-application-of = Ansøgning fra { $name }
mission-ranking = Rangorden efter vægtet score
mission-weighted-score = Vægtet score (0–10)
mission-evaluations = Bedømmelser
mission-you = Dig
mission-scored = bedømt
mission-to-score = skal bedømmes
mission-conflict = din organisation: ikke din at bedømme
mission-conflict-explained = Du hører til denne organisation og bedømmer derfor ikke dens ansøgning.
mission-evaluator-rules = Bedøm hver ansøgning. Indtil du har bedømt alle dem, du må bedømme, står de i den rækkefølge, de kom ind, uden placering; ranglisten og de andres bedømmelser vises, når du har givet dine.
mission-no-applications = Ingen ansøgninger endnu.
mission-state-submitted = indsendt
mission-state-selected = udvalgt
mission-state-rejected = ikke udvalgt
mission-state-withdrawn = trukket tilbage
mission-select = Udvælg
mission-reject = Afvis
mission-decision = Udvælgelse
mission-decision-state = { $selected } af { $places } pladser givet; { $undecided } ansøgninger uafgjort.
mission-select-top = Udvælg de { $places } bedste, og afvis resten
mission-notify = Giv alle ansøgere besked om resultatet
mission-notified = Ansøgerne kender resultatet; udvælgelsen er endelig.
mission-your-score = Dine point
mission-criterion = { $name } (vægt { $weight })
mission-score-hint = 0 (slet ikke) til 10 (fuldt ud).
mission-comment = Kommentar
mission-save-score = Gem mine point
mission-scores = Point
mission-no-scores = Ingen point endnu.
mission-scores-hidden = Bedømmernes point vises, når du har givet dine.
mission-evaluator = Bedømmer
mission-done-call = Indkaldelsen er gemt.
mission-done-evaluators = Bedømmerne er opdateret.
mission-done-applied = Din ansøgning er sendt; en bekræftelse er på vej pr. e-mail.
mission-done-scored = Dine point er gemt.
mission-done-decided = Beslutningen er gemt.
mission-done-notified = Alle ansøgere har fået besked om resultatet.
mission-error-no-call = Dette erhvervsfremstød har endnu ingen indkaldelse.
mission-error-closed = Der er lukket for ansøgninger til dette fremstød.
mission-error-no-organisation = Man søger for en organisation: bliv medlem af eller registrér din først.
mission-error-applied = Din organisation har allerede søgt.
mission-error-answer = Påkrævet, højst 5000 tegn.
mission-error-questions = Ét spørgsmål pr. linje, 3 til 500 tegn; højst 20.
mission-error-criteria = Ét kriterium pr. linje med vægten først (1 til 100): “40 Eksportparathed”; højst 12.
mission-error-places = Et helt tal fra 1 til 500.
mission-error-score = Et helt tal fra 0 til 10.
mission-error-evaluator = Ingen konto har denne adresse; personen skal registrere sig først.
mission-error-fixed = Spørgsmålene kan ikke ændres efter første ansøgning, og kriterierne ikke efter første bedømmelse.
mission-error-decided = Ansøgerne kender resultatet; udvælgelsen er endelig.
mission-error-full = Alle pladser er givet; afvis først en anden ansøgning.
mission-error-undecided = Tag først stilling til hver ansøgning.
mission-error-withdrawn = Denne ansøgning er trukket tilbage.
mail-mission-evaluator-subject = Du bedømmer ansøgninger til { $title }
mail-mission-evaluator-body = Du er udpeget som bedømmer af ansøgningerne til “{ $title }”: { $link }
mail-mission-applied-subject = Ansøgning modtaget: { $title }
mail-mission-applied-body = Ansøgningen fra { $organisation } til “{ $title }” er modtaget. Fristen er { $deadline }; du får resultatet pr. e-mail.

    { $link }
mail-mission-selected-subject = Udvalgt til { $title }
mail-mission-selected-body = { $organisation } er udvalgt til “{ $title }”. Arrangøren kontakter jer om de næste skridt.

    { $link }
mail-mission-rejected-subject = Jeres ansøgning til { $title }
mail-mission-rejected-body = Tak for ansøgningen fra { $organisation } til “{ $title }”. Den blev ikke udvalgt denne gang.

    { $link }
event-error-capacity-below = { $count } er allerede tilmeldt; der kan ikke blive færre pladser.
event-error-sessions-outside = B2B-mødeblokkene skal ligge inden for arrangementet: ret dem først.
mail-event-changed-subject = Ændret: { $title }
mail-event-changed-body = Arrangøren har ændret tid eller sted for “{ $title }”. Det foregår nu { $when }.

    { $link }
event-error-apply-instead = Deltagerne i et erhvervsfremstød udvælges blandt ansøgningerne: søg i stedet.
mission-withdraw = Træk ansøgningen tilbage
mission-done-withdrawn = Ansøgningen er trukket tilbage.

## Funding
nav-funding = Finansiering
funding-title = Finansieringsmuligheder
funding-intro = Indkaldelser fra EU-programmerne og de kaskadeopslag, som Euroclusters og andre projekter åbner for SMV'er, med fristerne i Bruxelles-tid og din.
funding-count = { $count ->
    [one] Én indkaldelse
   *[other] { $count } indkaldelser
}
funding-empty = Ingen indkaldelse passer til disse filtre.
funding-status = Status
funding-status-open = Åben
funding-status-forthcoming = Kommende
funding-status-closed = Lukket
funding-status-all = Alle
funding-programme = Program
funding-kind = Type indkaldelse
funding-eu-calls = EU-indkaldelser
funding-cascade-calls = Kaskadeopslag (åbne opslag for SMV'er)
funding-cascade = Kaskadeopslag
funding-closing-soon = Frist inden for 30 dage
funding-deadline = Frist
funding-deadlines = Frister
funding-opens = Åbner
funding-budget = Budget pr. bevilling
funding-grants = Forventede bevillinger
funding-action = Aktionstype
funding-grant-type = Bevilling
funding-procedure = Indsendelse
funding-portal = Indkaldelsen på EU's Funding & Tenders-portal
mail-event-reminder-subject = I morgen: { $title }
mail-event-reminder-body = En påmindelse: du er tilmeldt “{ $title }”, { $when }{ $where }.

    { $link }
mail-event-reminder-online = Deltag online: { $link }
mail-event-reminder-agenda = Din mødeplan: { $link }

## Cascade-funding programmes
programme-list-title = Støtteprogrammer
programme-list-intro = Kaskadefinansieringsprogrammer drevet af klynger og konsortier på platformen: små tilskud til SMV’er, der hver arbejder med et teknologicenter.
programme-count = { $count ->
    [one] Ét program
   *[other] { $count } programmer
}
programme-empty = Endnu intet program.
programme-all = Alle støtteprogrammer
programme-new = Kør et støtteprogram
programme-edit = Rediger “{ $title }”
programme-edit-link = Rediger programmet
programme-intro = Ansøgere ser budgettet, det maksimale tilskud, hvem der kan søge, spørgsmålene og de vægtede kriterier. Spørgsmål ligger fast, når nogen har søgt, og kriterier, når nogen har vurderet.
programme-owner = Drevet af
programme-title = Titel
programme-summary = Hvad programmet støtter
programme-summary-hint = Ren tekst; adskil afsnit med en tom linje.
programme-budget = Budget
programme-max-grant = Maksimalt tilskud
programme-amount-hint = I euro, fx 60000 eller 60000.50.
programme-countries = Støtteberettigede lande
programme-countries-hint = Landekoder på to bogstaver adskilt af mellemrum (DE DK FR); lad feltet stå tomt for alle lande.
programme-types = Hvem kan søge
programme-types-hint = Sæt ingen flueben for alle slags organisationer.
programme-deadline = Frist
programme-save = Gem programmet
programme-run-by = Drevet af
programme-committed = Bevilget
programme-remaining = Tilbage
programme-funded = Støttede projekter:
programme-applications = Ansøgninger
programme-anywhere = Alle lande
programme-any-type = Alle slags organisationer
programme-apply = Søg
programme-login-to-apply = Log ind for at søge
programme-yours = Dine organisationers ansøgninger
programme-confirm-needed = din bekræftelse som teknologicenter afventes
programme-funded-projects = Støttede projekter
programme-none-funded = Endnu intet projekt støttet.
programme-project-title = Projekt
programme-project-summary = Projektresumé
programme-applicant = Ansøger
programme-centre = Teknologicenter
programme-centre-hint = Det teknologicenter eller den forskningsorganisation, I vil arbejde med; skriv for at vælge fra kataloget. Det bliver bedt om at bekræfte.
programme-grant = Tilskud
programme-reports-of = Fremdrift i { $project }
programme-reports = Statusrapporter
programme-no-reports = Endnu ingen statusrapport.
programme-report-new = Ny statusrapport
programme-report-hint = Hvad er gjort, hvad kommer nu, ændrede planer (20 til 5000 tegn).
programme-report-submit = Offentliggør rapporten
programme-requested = Ansøgt
programme-requested-hint = Højst { $max }.
programme-apply-title = Søg { $title }
programme-apply-intro = Ansøgningsfristen er { $deadline }. Det maksimale tilskud er { $max }.
programme-apply-submit = Indsend ansøgningen
programme-submitted = Indsendt
programme-state-submitted = Afventer afgørelse
programme-state-awaiting-centre = Afventer teknologicentrets bekræftelse
programme-state-awarded = Støttet
programme-state-rejected = Ikke støttet
programme-state-withdrawn = Trukket tilbage
programme-confirm = Bekræft vores deltagelse
programme-confirm-text = { $centre } er angivet som projektets teknologicenter. Bekræft, at I arbejder med ansøgeren; først da kan programmet støtte det.
programme-withdraw = Træk ansøgningen tilbage
programme-award = Bevilg
programme-money-line = Budget { $budget }: { $committed } bevilget, { $remaining } tilbage.
programme-done-created = Programmet modtager ansøgninger.
programme-done-saved = Programmet er gemt.
programme-done-applied = Din ansøgning er indsendt; det angivne teknologicenter bliver bedt om at bekræfte.
programme-done-awarded = Tilskuddet er bevilget.
programme-done-rejected = Ansøgningen er afslået.
programme-done-confirmed = Jeres deltagelse er bekræftet.
programme-done-withdrawn = Ansøgningen er trukket tilbage.
programme-done-reported = Statusrapporten er offentliggjort.
programme-error-title = Mellem 3 og 200 tegn.
programme-error-summary = Mellem 20 og 10000 tegn.
programme-error-amount = Et beløb i euro over nul med højst to decimaler (60000 eller 60000.50).
programme-error-max-grant-over = Det maksimale tilskud kan ikke være større end budgettet.
programme-error-requested-over = Det er mere end det maksimale tilskud.
programme-error-below-committed = Budgettet kan ikke komme under det, der allerede er bevilget: { $committed }.
programme-error-owner = Vælg en af dine organisationer.
programme-error-country = Organisationer i { $country } kan ikke søge dette program.
programme-error-type = En { $type } kan ikke søge dette program.
programme-error-centre = Vælg et teknologicenter eller en forskningsorganisation fra kataloget.
programme-error-centre-self = Teknologicentret skal være en anden organisation end ansøgeren.
programme-error-closed = Programmets frist er overskredet: der modtages ikke flere ansøgninger.
programme-error-decided = Der er allerede truffet afgørelse om denne ansøgning.
programme-error-budget = Der er ikke budget nok tilbage til dette tilskud; bevilg mindre eller afslå en anden ansøgning.
programme-error-over-max = Et tilskud skal være over nul og højst programmets maksimale tilskud.
programme-error-not-awardable = Kun en ansøgning, der afventer afgørelse og er bekræftet af sit teknologicenter, kan støttes.
programme-error-not-funded = Statusrapporter skrives for støttede projekter.
programme-error-report = Skriv 20 til 5000 tegn.
mail-programme-confirm-subject = Bekræft venligst: et projekt i { $title }
mail-programme-confirm-body = { $organisation } har søgt “{ $title }” med projektet “{ $project }” og angivet { $centre } som teknologicenter. Bekræft venligst jeres deltagelse:

    { $link }
mail-programme-applied-subject = Ansøgning modtaget: { $title }
mail-programme-applied-body = Ansøgningen fra { $organisation } til “{ $title }” er modtaget. { $centre } bliver bedt om at bekræfte sin deltagelse; I får afgørelsen pr. e-mail.

    { $link }
mail-programme-confirmed-subject = Teknologicenter bekræftet: { $title }
mail-programme-confirmed-body = { $centre } har bekræftet sin deltagelse i “{ $project }”.

    { $link }
mail-programme-evaluator-subject = Du vurderer ansøgninger til { $title }
mail-programme-evaluator-body = Du er bedømmer for “{ $title }”. Ansøgningerne og vurderingsformularen findes her:

    { $link }
mail-programme-awarded-subject = Støttet: { $title }
mail-programme-awarded-body = Tillykke: “{ $project }” modtager { $amount } fra “{ $title }”. Rapportér jeres fremdrift på programmets side:

    { $link }
mail-programme-rejected-subject = Afgørelse på jeres ansøgning til { $title }
mail-programme-rejected-body = Desværre støttes “{ $project }” ikke af “{ $title }”.

## Following funding calls
funding-mine-title = Min finansiering
funding-follow-heading = Følg denne indkaldelse
funding-follow = Følg og påmind mig
funding-follow-update = Ændr påmindelsen
funding-unfollow = Følg ikke længere
funding-following = Du følger denne indkaldelse.
funding-remind-label = Påmind mig pr. e-mail
funding-remind-days = { $days ->
    [one] 1 dag før hver frist
   *[other] { $days } dage før hver frist
}
funding-login-to-follow = Log ind for at følge denne indkaldelse og blive påmindet om dens frister
funding-done-followed = Du følger denne indkaldelse; påmindelser kommer pr. e-mail før hver frist.
funding-done-unfollowed = Du følger ikke længere denne indkaldelse.
funding-done-calendar = Din kalenderadresse er klar; en tidligere virker ikke længere.
funding-followed = Indkaldelser du følger
funding-followed-none = Du følger endnu ingen indkaldelse: åbn en indkaldelse og vælg “Følg”.
funding-call = Indkaldelse
funding-next-deadline = Næste frist
funding-reminder = Påmindelse
funding-calendar-heading = Frister i din kalender
funding-calendar-intro = Abonnér på denne adresse i dit kalenderprogram for at se fristerne for de indkaldelser, du følger. Hold den for dig selv: den, der har den, ser hvilke indkaldelser du følger.
funding-calendar-address = Kalenderadresse
funding-calendar-create = Opret min kalenderadresse
funding-calendar-reset = Erstat adressen (den gamle holder op med at virke)
funding-fit-heading = Indkaldelser der passer til dine organisationer
funding-fit-none = Endnu passer ingen åben indkaldelse til denne profil; teknologier, økosystemer og en beskrivelse i profilen hjælper.
funding-fit-no-organisation = Bliv medlem af eller registrér din organisation for at se de indkaldelser, der passer til den.
funding-ics-name = Finansieringsfrister
funding-ics-summary = Frist: { $title }
funding-ics-summary-nth = Frist { $n } af { $count }: { $title }
call-reason-taxonomy = Nævner { $words } ({ $tag })
call-reason-track = Jeres projekter blev støttet under { $part }
call-reason-words = Fælles ord med jeres profil: { $words }
call-reason-smes = Henvender sig til SMV’er
call-reason-clusters = Henvender sig til klyngeorganisationer
call-reason-research = En forskningsaktivitet
call-reason-eligible = Åben for organisationer i EU og EØS
call-reason-check = Undersøg om organisationer i { $country } kan deltage (associering til programmet)
mail-call-reminder-subject = Frist nærmer sig: { $title }
mail-call-reminder-body = Indkaldelsen “{ $title }” ({ $identifier }) har frist { $when }, om { $days } dage.

    { $link }

    På portalen: { $portal }

## Project pages kept by their consortium
project-add = Tilføj et projekt
project-new = Nyt projekt for { $name }
project-edit = Rediger { $acronym }
project-edit-link = Rediger projektet
project-save = Gem projektet
project-your-role = Din organisations rolle
project-acronym-cordis = Projekter fra CORDIS beholder deres akronym.
project-programme-hint = Fx Horizon Europe, Interreg, Et digitalt Europa, national finansiering.
project-summary = Resumé
project-starts = Start
project-ends = Slut
project-dates = Varighed
project-budget = Samlet budget
project-markets = Målmarkeder
project-website = Hjemmeside
project-error-acronym = Fra 1 til 60 tegn, uden / \ < eller >.
project-error-taken = Et andet projekt har dette akronym; tilføj år eller program for at skelne dem.
project-error-partner = Ingen organisation i kataloget har denne adresse.
project-error-news = Fra 10 til 5000 tegn.
project-add-partner = Tilføj en partner
project-partner-address = Partnerens adresse i kataloget
project-partner-hint = Slutningen af sidens adresse, f.eks. fraunhofer-iwu, eller hele adressen. En organisation, du administrerer, kommer med med det samme; alle andre inviteres og kommer med, når en af deres administratorer accepterer.
project-remove-partner = Fjern
project-news = Nyheder
project-no-news = Endnu ingen nyheder.
project-post-news = Udgiv en nyhed
project-news-for = På vegne af
project-news-title = Titel
project-news-body = Tekst
project-delete-news = Slet
project-events = Arrangementer
project-no-events = Intet arrangement er knyttet til dette projekt.
project-link-event = Knyt et arrangement fra en partner
project-unlink-event = Fjern tilknytning
project-done-created = Projektet er oprettet; tilføj dets partnere nedenfor.
project-done-saved = Projektet er gemt.
project-done-partners = Konsortiet er opdateret.
project-done-news = Nyhederne er opdateret.
project-done-events = Arrangementerne er opdateret.
funding-audience = Henvender sig til
funding-audience-smes = SMV’er og start-ups
funding-audience-clusters = Klyngeorganisationer
funding-audience-research = Forskningsorganisationer (en forskningsaktivitet)
funding-audience-any = Organisationer der er støtteberettigede efter indkaldelsens betingelser
funding-eligible-countries = Støtteberettigede lande
funding-eligible-eu = EU-medlemsstater, EØS-lande og lande associeret med { $programme }; se indkaldelsens betingelser
funding-eligible-cascade = Som kaskadeindkaldelsen fastsætter dem; se dens beskrivelse
event-projects = Del af projektet
funding-programmes-open = Åbne kaskadefinansieringsprogrammer på clusterhub
funding-programme-line = Drevet af { $owner } · tilskud op til { $max } · ansøg senest { $deadline }
countries-present = Lande, der er med her
countries-other = Andre lande
opportunities-q = Søgeord
opportunities-sort-newest = Nyeste først
opportunities-sort-deadline = Nærmeste frist først
opportunities-sort-title = Titel (A–Å)
interest-error-message-empty = Skriv en besked: hvem I er, og hvad der interesserer jer.
interest-error-message-long = Beskeden er { $count } tegn lang; forkort den til højst { $max }.
interest-error-message-characters = Beskeden indeholder kontroltegn; fjern dem.
nav-dashboard = Mit clusterhub
search-page-label = Søg på platformen
funding-opens-on = Åbner { $date }
conversation-with = med { $name }
conversation-profile = Profil for { $name }
programme-error-centre-ambiguous = { $count } centre har dette navn; skriv adressen på det, I mener: { $addresses }.
claims-done-approved = Anmodningen er godkendt: personen administrerer nu organisationen og har fået besked pr. e-mail.
claims-done-rejected = Anmodningen er afvist; personen har fået besked pr. e-mail med jeres begrundelse.
event-cancel-title = Aflys “{ $title }”?
event-cancel-when = Arrangementet er planlagt til { $when }. Aflysningen kan ikke fortrydes; det vises fortsat som aflyst.
event-cancel-told = { $count ->
    [0] Ingen er tilmeldt endnu.
    [one] Den ene tilmeldte eller ventende person får besked pr. e-mail.
   *[other] De { $count } tilmeldte eller ventende personer får besked pr. e-mail.
}
event-cancel-keep = Nej, behold arrangementet
dashboard-heading = Velkommen, { $name }
dashboard-waiting = Venter på jeres beslutning
dashboard-waiting-none = Intet venter på jer lige nu.
dashboard-wait-meetings = { $count ->
    [one] En mødeanmodning at besvare
   *[other] { $count } mødeanmodninger at besvare
}
dashboard-wait-centre = En ansøgning nævner jeres center: bekræft den
dashboard-wait-mission = { $count ->
    [one] En missionsansøgning at vurdere
   *[other] { $count } missionsansøgninger at vurdere
}
dashboard-wait-programme = { $count ->
    [one] En programansøgning at vurdere
   *[other] { $count } programansøgninger at vurdere
}
dashboard-wait-opportunity = En mulighed blev sendt tilbage af moderationen: ret den og indsend den igen
dashboard-wait-event = Et arrangement blev sendt tilbage af moderationen: ret det og indsend det igen
dashboard-wait-claims = { $count ->
    [one] En anmodning eller foreslået organisation at gennemgå
   *[other] { $count } anmodninger eller foreslåede organisationer at gennemgå
}
dashboard-wait-opportunities = { $count ->
    [one] En mulighed at gennemgå
   *[other] { $count } muligheder at gennemgå
}
dashboard-wait-events = { $count ->
    [one] Et arrangement at gennemgå
   *[other] { $count } arrangementer at gennemgå
}
dashboard-events = Jeres næste arrangementer
dashboard-events-none = I er ikke tilmeldt et kommende arrangement.
dashboard-waiting-list = på ventelisten
dashboard-find-events = Find arrangementer
dashboard-calls = Indkaldelser, I følger
dashboard-calls-none = I følger ingen åben indkaldelse. Følg en for at blive mindet om fristen.
dashboard-profile = Profil
dashboard-edit-profile = Redigér profilen
dashboard-people = Personer
dashboard-new-event = Opret et arrangement
dashboard-new-opportunity = Offentliggør en mulighed
dashboard-partners = Anbefalede partnere
dashboard-published = { $count ->
    [0] Ingen offentliggjort mulighed
    [one] Én offentliggjort mulighed
   *[other] { $count } offentliggjorte muligheder
}
dashboard-no-organisation-heading = Jeres organisation
dashboard-no-organisation = I handler endnu ikke for en organisation. Find jeres i kataloget og gør krav på profilen, eller foreslå den, hvis den mangler; moderationen bekræfter.
dashboard-find-yours = Find jeres organisation
dashboard-propose = Foreslå en ny organisation
home-to-dashboard = Gå til Mit clusterhub
home-search-placeholder = Navn, by eller emne
home-events = Kommende arrangementer
home-all-events = Alle arrangementer
home-calls = Indkaldelser med snarlig frist
home-calls-none = Ingen åben indkaldelse lukker inden for de næste 30 dage.
home-all-calls = Alle finansieringsindkaldelser
home-opportunities = Nyeste muligheder
home-all-opportunities = Hele markedspladsen
recommended-why = Hvorfor? Flere grunde
recommended-organisation = Organisation
logo-title = Logo for { $name }
logo-alt = Logo for { $name }
logo-none = Intet logo endnu: kort og profil viser organisationens initialer.
logo-file = Billedfil
logo-hint = PNG, JPEG, GIF eller WebP, højst 2 MB. Det vises i højst 256 × 256 pixel; et kvadratisk billede på ensfarvet baggrund virker bedst.
logo-upload = Upload logoet
logo-remove = Fjern logoet
logo-done-saved = Det nye logo er gemt og vises på profilen og på kort.
logo-done-removed = Logoet er fjernet.
logo-error = Logoet blev ikke gemt: { $reason }
logo-error-missing = vælg først en billedfil.
logo-error-too-large = filen er større end 2 MB.
logo-error-format = filen er ikke et PNG-, JPEG-, GIF- eller WebP-billede (SVG accepteres ikke).
logo-error-dimensions = billedet er for stort: højst 16 megapixel og 8.000 pixel i hver retning.
profile-logo-link = Logo
dashboard-wait-programme-decisions = { $count ->
    [one] En ansøgning bekræftet af centret venter på tildeling eller afslag
   *[other] { $count } ansøgninger bekræftet af centrene venter på tildeling eller afslag
}
dashboard-wait-mission-selection = { $count ->
    [one] Indkaldelsen er lukket: en ansøgning venter på jeres udvælgelse
   *[other] Indkaldelsen er lukket: { $count } ansøgninger venter på jeres udvælgelse
}
dashboard-organised = Arrangementer, I arrangerer
table-word = tabel
notice-password-changed-tokens = Din adgangskode er ændret; dine andre sessioner er afsluttet, tidligere tilsendte links virker ikke længere, og dine API-tokens er tilbagekaldt.
account-revoke-tokens = Tilbagekald også alle mine API-tokens
reset-intro = En ny adgangskode afslutter også dine sessioner, gør tidligere tilsendte links ugyldige og tilbagekalder dine API-tokens.
mail-email-changed-subject = Adressen på din clusterhub-konto er ændret
mail-email-changed-body = Adressen på din clusterhub-konto er netop ændret til { $email }, bekræftet fra den adresse. Denne adresse åbner ikke længere kontoen. Hvis det ikke var dig, så giv straks platformens administratorer besked og videresend denne mail til dem.
error-own-request = Du kan ikke afgøre din egen anmodning eller en anmodning fra en organisation, du hører til: en anden moderator eller en platformsadministrator afgør den.
programme-error-own-programme = En organisation kan ikke søge sit eget program: vælg en anden af dine organisationer.
programme-error-own-only = Din eneste organisation driver dette program, og en organisation kan ikke søge sit eget program.
programme-error-own-award = Denne ansøgning kommer fra programmets egen organisation, som ikke kan få tilskud fra sit eget program.
error-own-application = Du kan ikke afgøre en ansøgning, du selv har indsendt, eller som kommer fra en organisation, du hører til: en anden arrangør afgør den.
evaluator-erased = En tidligere bedømmer (konto slettet)
mail-invited-member-subject = Invitation til { $organisation } på clusterhub
mail-invited-member-body = Du er inviteret til at arbejde med { $organisation } på clusterhub som { $role }. Intet ændres, før du accepterer: log ind, og accepter eller afslå invitationen her (den gælder i { $days } dage):

    { $link }
invitations-title = Invitationer
invitations-intro = Organisationer har inviteret dig til at arbejde med deres profil, muligheder og arrangementer. Intet ændres, før du accepterer.
invitations-none = Ingen invitationer venter på dig.
invitations-line = { $organisation } inviterer dig som { $role }
invitations-by = inviteret af { $name } den { $date }
invitations-on = inviteret den { $date }
invitations-accept = Accepter
invitations-decline = Afslå
invitations-accepted = Invitationen er accepteret: organisationen er nu blandt dine.
invitations-declined = Invitationen er afslået. Intet andet er ændret.
dashboard-wait-invitations = { $count ->
    [one] En invitation fra en organisation at svare på
   *[other] { $count } invitationer fra organisationer at svare på
}
event-contact-email-hint = Vises for alle på arrangementets offentlige side og i dets kalenderfil: brug en fælles adresse for organisationen, f.eks. events@…, frem for en personlig.
mail-event-revision-review-subject = En ændring af et offentliggjort arrangement venter på gennemgang
mail-event-revision-review-body = Arrangørerne af “{ $title }” har ændret mere end tid, sted eller pladser; arrangementet forbliver som offentliggjort, indtil du beslutter: { $link }
event-done-revision = Gemt. Ny tid, nyt sted eller nye pladser gælder med det samme; de øvrige ændringer venter på en moderator, og indtil da vises arrangementet som offentliggjort.
event-revision-pending = Ændringer af dette arrangement venter på en moderator; indtil de er godkendt, ser alle det som offentliggjort.
event-error-revision-decided = En anden moderator har allerede besluttet om denne ændring.
event-done-revision-approved = Ændringen er godkendt; de tilmeldte får besked om, hvad der er ændret.
event-done-revision-returned = Ændringen er sendt tilbage; arrangementet forbliver som offentliggjort, og arrangørerne får at vide hvorfor.
moderation-event-revision = Ændring af et offentliggjort arrangement.
moderation-event-revision-fields = Ændret: { $fields }.
moderation-event-revision-was = Offentliggjort titel: { $title }
mail-event-revised-subject = “{ $title }” er ændret
mail-event-revised-body = Arrangørerne har ændret “{ $title }”, som du er tilmeldt. Ændret: { $changed }.

    { $link }
mail-event-revision-approved-subject = Ændringen af dit arrangement er godkendt
mail-event-revision-approved-body = Ændringen af “{ $title }” er godkendt og vises for alle: { $link }
mail-event-revision-returned-subject = Ændringen af dit arrangement er sendt tilbage
mail-event-revision-returned-body = En moderator har sendt ændringen af “{ $title }” tilbage: { $reason }
    Arrangementet forbliver som offentliggjort; du kan redigere det igen.

    { $link }
account-error-password-common = Denne adgangskode er blandt de 10.000 mest brugte og bliver derfor gættet først: vælg en anden, for eksempel nogle ord uden sammenhæng.
account-error-password-guessable = Denne adgangskode består af sidens navn eller din e-mailadresse og ikke meget andet: vælg en, som ingen kan gætte, selv om de kender dem.
project-invited-heading = Inviteret i konsortiet
project-invited-waiting = venter på, at organisationen accepterer
project-partner-accept = Accepter: vi deltager
project-partner-decline = Afslå
project-done-partner-invited = Organisationen er inviteret; den kommer med i konsortiet, når en af dens administratorer accepterer.
project-done-partner-accepted = Din organisation er nu partner i dette projekt.
project-done-partner-declined = Invitationen er afslået.
mail-partner-invited-subject = En invitation til konsortiet bag { $project }
mail-partner-invited-body = Siden for projektet { $project } viser { $organisation } som partner, så snart en af dens administratorer siger ja. Accepter eller afslå her:

    { $link }
dashboard-wait-partner = Et projekt inviterer din organisation i sit konsortium
notice-code-expired = Login tog for lang tid, eller for mange koder var forkerte: indtast din adgangskode igen.
notice-two-factor-on = Totrinsgodkendelse er slået til.
notice-two-factor-off = Totrinsgodkendelse er slået fra: login kræver kun din adgangskode.
login-code-title = Kode fra din godkendelsesapp
login-code-intro = Din adgangskode var rigtig. Din konto beder også om den kode, din godkendelsesapp viser nu.
login-code = Kode
login-code-hint = Seks cifre fra appen, eller en af dine gendannelseskoder, hvis du ikke har appen ved hånden.
login-code-submit = Log ind
login-code-start-again = Start forfra med adgangskoden
login-code-wrong = Denne kode er ikke rigtig eller er allerede brugt: indtast den kode, appen viser nu.
two-factor-title = Totrinsgodkendelse
two-factor-is-on = Login kræver din adgangskode og en kode fra din godkendelsesapp.
two-factor-is-off = Login kræver kun din adgangskode.
two-factor-set-up = Opsæt en godkendelsesapp
two-factor-manage = Gendannelseskoder og indstillinger
two-factor-required = Platformadministratorer og moderatorer træffer beslutninger for alle, så deres konti kræver et ekstra trin: opsæt en godkendelsesapp for at fortsætte.
two-factor-intro = Med en godkendelsesapp kan ingen logge ind med kun din adgangskode: de skal også have din telefon.
two-factor-step-app = Åbn en godkendelsesapp på din telefon (for eksempel FreeOTP, Aegis, Google Authenticator eller Microsoft Authenticator).
two-factor-step-scan = Scan denne kode med den:
two-factor-qr-alt = QR-kode til at tilføje clusterhub i din godkendelsesapp
two-factor-step-type = Eller indtast denne nøgle i appen:
two-factor-step-confirm = Indtast din adgangskode og de seks cifre, appen viser, for at bekræfte, at det virker.
two-factor-code-hint = De seks cifre, din godkendelsesapp viser nu.
two-factor-turn-on = Slå totrinsgodkendelse til
two-factor-done-on = Totrinsgodkendelse er slået til. Opbevar gendannelseskoderne nedenfor et sikkert sted: hver kode logger dig ind én gang, hvis du mister din telefon.
two-factor-codes-heading = Dine gendannelseskoder
two-factor-codes-intro = De vises kun denne ene gang. Hver kode virker én gang i stedet for en kode fra appen.
two-factor-codes-left = { $count ->
    [one] Der er én gendannelseskode tilbage.
   *[other] Der er { $count } gendannelseskoder tilbage.
}
two-factor-renew-heading = Nye gendannelseskoder
two-factor-renew = Lav ti nye gendannelseskoder
two-factor-done-renewed = Ti nye gendannelseskoder; de gamle virker ikke længere.
two-factor-off-heading = Slå fra
two-factor-turn-off = Slå totrinsgodkendelse fra
two-factor-required-role-note = Som platformadministrator eller moderator beholder du den slået til.
two-factor-back = Tilbage til din konto
two-factor-already-on = Totrinsgodkendelse er allerede slået til.
two-factor-not-on = Totrinsgodkendelse er ikke slået til.
two-factor-required-role = Platformadministratorer og moderatorer beholder totrinsgodkendelse slået til.

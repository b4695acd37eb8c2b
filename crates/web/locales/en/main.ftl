## Page frame
skip-to-content = Skip to content
nav-main = Main
nav-directory = Directory
nav-projects = Projects
nav-search = Search
nav-api = API
nav-language = Language
search-label = Search clusterhub
search-placeholder = Organisations, projects, topics…
search-button = Search
footer-about = clusterhub — the open platform on which Europe's clusters, SMEs and technology centres find partners.
footer-data = Project data: CORDIS, © European Union, CC BY 4.0. Machine-readable:
breadcrumbs = Breadcrumbs
pagination = Pages
page-previous = Previous
page-next = Next
page-n = Page { $page }
yes = Yes
no = No

## Errors
error-back-to-directory = Back to the directory
error-not-found-heading = Page not found
error-not-found = There is no page at this address. It may have moved, or the link may be mistyped.
error-organisation-not-found = There is no organisation "{ $slug }" in the directory.
error-project-not-found = There is no project with the number { $id }.
error-bad-request-heading = The request could not be understood
error-internal-heading = Something went wrong
error-internal = The server could not complete this request. It has been logged; please try again in a moment.
error-unavailable-heading = Temporarily unavailable
error-unavailable = The database is not reachable right now. Please try again in a moment.
error-filter = The filter “{ $parameter }” is not valid: { $message }

## Home
home-title = Europe's cluster collaboration platform
home-heading = Find partners across Europe's clusters
home-lead = Clusters, SMEs, technology centres and research organisations in one open directory: find who works on your technology, in your region or abroad, and who they have worked with.
home-search-label = Search the directory
home-stats-heading = The directory at a glance
home-stats-summary = { $organisations } organisations from { $countries } countries.
home-stats-projects = { $projects ->
    [one] One collaboration project.
   *[other] { $projects } collaboration projects.
}
home-explore-heading = Explore
home-explore-clusters = The largest clusters
home-explore-centres = Technology centres
home-explore-smes = SMEs
home-explore-projects = Collaboration projects and their consortia

## Directory
directory-title = Organisation directory
directory-heading = Organisation directory
directory-count = { $count ->
    [0] No organisations match
    [one] One organisation
   *[other] { $count } organisations
}
directory-empty = No organisation matches these filters. Remove a filter or search for another word.
directory-as-json = This list as JSON
filters-heading = Filters
filter-q = Name or city
filter-any = Any
filter-type = Type
filter-country = Country
filter-nuts = Region (NUTS)
filter-nuts-hint = A NUTS code such as DED (Saxony) or DK01 (Capital Region of Denmark); includes the regions inside it.
filter-ecosystem = Industrial ecosystem
filter-ket = Key enabling technology
filter-cta = Critical technology area
filter-nace = Sector (NACE section)
filter-label = Cluster label
filter-sme = SME
filter-sort = Sort by
filter-apply = Apply filters
filter-clear = Clear all
active-filters = Active filters
chip-remove = Remove filter: { $filter }
sme-yes = SMEs only
sme-no = Not SMEs

sort-name = Name (A–Z)
sort-name-desc = Name (Z–A)
sort-country = Country
sort-founded = Newest first
sort-members = Most members
sort-updated = Recently updated

## Organisation types
type-cluster = Cluster
type-company = Company
type-technology-centre = Technology centre
type-research-education = Research & education
type-support-network = Support network partner
type-public-authority = Public authority
type-other = Other organisation

type-plural-cluster = Clusters
type-plural-company = Companies
type-plural-technology-centre = Technology centres
type-plural-research-education = Research & education
type-plural-support-network = Support network partners
type-plural-public-authority = Public authorities
type-plural-other = Other organisations

label-bronze = Bronze label
label-silver = Silver label
label-gold = Gold label

## Profile
profile-facts = Key facts
profile-no-description = This organisation has not written a description yet.
profile-description-in = Description ({ $language })
profile-ecosystems = Industrial ecosystems
profile-technologies = Key enabling technologies
profile-critical = Critical technology areas
profile-sectors = Sectors (NACE)
profile-markets = Target markets
profile-languages = Working languages
profile-members = { $count ->
    [one] One member in the directory
   *[other] { $count } members in the directory
}
profile-member-of = Member of
profile-partners = Partner organisations
profile-projects = { $count ->
    [one] One project
   *[other] { $count } projects
}
badge-sme = SME
field-legal-name = Legal name
field-type = Type
field-country = Country
field-region = Region
field-city = City
field-website = Website
field-founded = Founded
field-label = Cluster label
field-sme = SME
field-members = Members
field-members-detail = { $total } ({ $smes } SMEs, { $large } large companies, { $research } research organisations)
field-coordinates = Location
field-map-link = { $lat }, { $lon } (OpenStreetMap)
field-cordis-id = CORDIS participant id

## Projects
projects-title = Collaboration projects
projects-heading = Collaboration projects
projects-filter = Acronym
projects-empty = No project matches.
projects-count = { $count ->
    [one] One project
   *[other] { $count } projects
}
project-acronym = Acronym
project-title = Title
project-role = Role
project-contribution = EU contribution
project-participants = Participants
project-programme = Programme
project-on-cordis = Project page on CORDIS
project-countries = Countries
project-consortium = Consortium
project-topics = Call topics
project-keywords = Fields of science
project-organisation = Organisation

role-coordinator = Coordinator
role-participant = Participant
role-associated-partner = Associated partner
role-third-party = Third party

## API
api-title = JSON API
api-lead = Everything in the directory is available as JSON under /api/v1, with the same filters as the pages. Lists answer {"{"}"items": […], "total": N, "limit": …, "offset": …{"}"}.
api-openapi = OpenAPI 3 description
api-endpoints = Endpoints
api-endpoint = Endpoint
api-description = Description
api-list-organisations = Organisations, filtered, sorted and paged like the directory page
api-get-organisation = One organisation with members, memberships, partners and projects
api-list-projects = Collaboration projects
api-get-project = One project with its consortium
api-example = Example

## Industrial ecosystems
ecosystem-aerospace-defence = Aerospace & defence
ecosystem-agri-food = Agri-food
ecosystem-construction = Construction
ecosystem-cultural-creative = Cultural and creative industries
ecosystem-digital = Digital
ecosystem-electronics = Electronics
ecosystem-energy-intensive = Energy-intensive industries
ecosystem-energy-renewables = Energy – renewables
ecosystem-health = Health
ecosystem-mobility-transport-automotive = Mobility – transport – automotive
ecosystem-proximity-social-economy = Proximity, social economy and civil security
ecosystem-retail = Retail
ecosystem-textiles = Textiles
ecosystem-tourism = Tourism

## Key enabling technologies
ket-micro-nanoelectronics = Micro- and nanoelectronics
ket-nanotechnology = Nanotechnology
ket-photonics = Photonics
ket-advanced-materials = Advanced materials
ket-industrial-biotechnology = Industrial biotechnology
ket-advanced-manufacturing = Advanced manufacturing technologies

## Critical technology areas
cta-semiconductors = Advanced semiconductor technologies
cta-artificial-intelligence = Artificial intelligence technologies
cta-quantum = Quantum technologies
cta-biotechnologies = Biotechnologies
cta-connectivity-navigation-digital = Advanced connectivity, navigation and digital technologies
cta-sensing = Advanced sensing technologies
cta-space-propulsion = Space and propulsion technologies
cta-energy = Energy technologies
cta-robotics-autonomous-systems = Robotics and autonomous systems
cta-materials-manufacturing-recycling = Advanced materials, manufacturing and recycling technologies

## NACE Rev. 2 sections
nace-A = A – Agriculture, forestry and fishing
nace-B = B – Mining and quarrying
nace-C = C – Manufacturing
nace-D = D – Electricity, gas, steam and air conditioning supply
nace-E = E – Water supply, sewerage, waste management and remediation
nace-F = F – Construction
nace-G = G – Wholesale and retail trade; repair of motor vehicles
nace-H = H – Transportation and storage
nace-I = I – Accommodation and food service activities
nace-J = J – Information and communication
nace-K = K – Financial and insurance activities
nace-L = L – Real estate activities
nace-M = M – Professional, scientific and technical activities
nace-N = N – Administrative and support service activities
nace-O = O – Public administration and defence; compulsory social security
nace-P = P – Education
nace-Q = Q – Human health and social work activities
nace-R = R – Arts, entertainment and recreation
nace-S = S – Other service activities
nace-T = T – Activities of households as employers
nace-U = U – Activities of extraterritorial organisations and bodies

## Languages
language-ar = Arabic
language-bg = Bulgarian
language-ca = Catalan
language-cs = Czech
language-da = Danish
language-de = German
language-el = Greek
language-en = English
language-es = Spanish
language-et = Estonian
language-eu = Basque
language-fi = Finnish
language-fr = French
language-ga = Irish
language-gl = Galician
language-he = Hebrew
language-hr = Croatian
language-hu = Hungarian
language-is = Icelandic
language-it = Italian
language-ja = Japanese
language-ko = Korean
language-lt = Lithuanian
language-lv = Latvian
language-mk = Macedonian
language-mt = Maltese
language-nb = Norwegian Bokmål
language-nl = Dutch
language-no = Norwegian
language-pl = Polish
language-pt = Portuguese
language-ro = Romanian
language-ru = Russian
language-sk = Slovak
language-sl = Slovenian
language-sq = Albanian
language-sr = Serbian
language-sv = Swedish
language-tr = Turkish
language-uk = Ukrainian
language-zh = Chinese

## Search
search-title = Search
search-title-for = “{ $q }” – search
search-heading = Search organisations and projects
search-q-label = What are you looking for?
search-q-hint = Names, topics, technologies or places, in any of our languages. Use "quotes" for an exact phrase and -word to leave a word out.
search-near-label = Near (city or region)
search-km-label = Within
search-km = { $km } km
search-facets-heading = Narrow down
search-count = { $count ->
    [one] One result
   *[other] { $count } results
}
search-no-results = Nothing found. Check the spelling, use fewer words or remove a filter.
search-relaxed = No result contains all your words; these contain some of them.
search-truncated = Only the first { $chars } characters and { $words } words of your query were used.
search-unknown-value = Nothing has { $facet } “{ $value }”.
search-unknown-place = no organisation is located in “{ $place }”; give a city or region from the directory
search-remove-filter = Remove filter: { $filter }
search-near-chip = Within { $km } km of { $place }
search-all-results = All results ({ $count })
search-as-json = These results as JSON
search-participants = { $count ->
    [one] one participant
   *[other] { $count } participants
}
search-coordinator = coordinated by { $name }
search-distance = { $km } km away
search-kind-organisation = Organisation
search-kind-project = Project
search-facet-kind = Content
search-facet-type = Type
search-facet-country = Country
search-facet-region = Region
search-facet-ecosystem = Industrial ecosystem
search-facet-technology = Key enabling technology
search-facet-critical = Critical technology area
search-facet-label = Cluster label

## Seitenrahmen
skip-to-content = Zum Inhalt springen
nav-main = Hauptnavigation
nav-directory = Verzeichnis
nav-projects = Projekte
nav-search = Suche
nav-api = API
nav-language = Sprache
search-label = clusterhub durchsuchen
search-placeholder = Organisationen, Projekte, Themen…
search-button = Suchen
footer-about = clusterhub – die offene Plattform, auf der Europas Cluster, KMU und Technologiezentren Partner finden.
footer-data = Projektdaten: CORDIS, © Europäische Union, CC BY 4.0. Maschinenlesbar:
breadcrumbs = Brotkrumennavigation
pagination = Seiten
page-previous = Zurück
page-next = Weiter
page-n = Seite { $page }
yes = Ja
no = Nein

## Fehler
error-back-to-directory = Zurück zum Verzeichnis
error-not-found-heading = Seite nicht gefunden
error-not-found = Unter dieser Adresse gibt es keine Seite. Vielleicht wurde sie verschoben oder der Link ist falsch geschrieben.
error-organisation-not-found = Im Verzeichnis gibt es keine Organisation „{ $slug }“.
error-project-not-found = Es gibt kein Projekt mit der Nummer { $id }.
error-bad-request-heading = Die Anfrage ist ungültig
error-internal-heading = Etwas ist schiefgegangen
error-internal = Der Server konnte diese Anfrage nicht ausführen. Der Fehler wurde protokolliert; bitte versuchen Sie es gleich noch einmal.
error-unavailable-heading = Vorübergehend nicht verfügbar
error-unavailable = Die Datenbank ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.
error-filter = Der Filter „{ $parameter }“ ist ungültig: { $message }

## Startseite
home-title = Europas Plattform für Cluster-Zusammenarbeit
home-heading = Partner in Europas Clustern finden
home-lead = Cluster, KMU, Technologiezentren und Forschungseinrichtungen in einem offenen Verzeichnis: Finden Sie, wer an Ihrer Technologie arbeitet, in Ihrer Region oder im Ausland, und mit wem sie zusammengearbeitet haben.
home-search-label = Im Verzeichnis suchen
home-stats-heading = Das Verzeichnis auf einen Blick
home-stats-summary = { $organisations } Organisationen aus { $countries } Ländern.
home-stats-projects = { $projects ->
    [one] Ein Kooperationsprojekt.
   *[other] { $projects } Kooperationsprojekte.
}
home-explore-heading = Entdecken
home-explore-clusters = Die größten Cluster
home-explore-centres = Technologiezentren
home-explore-smes = KMU
home-explore-projects = Kooperationsprojekte und ihre Konsortien

## Verzeichnis
directory-title = Organisationsverzeichnis
directory-heading = Organisationsverzeichnis
directory-count = { $count ->
    [0] Keine Organisation passt
    [one] Eine Organisation
   *[other] { $count } Organisationen
}
directory-empty = Keine Organisation passt zu diesen Filtern. Entfernen Sie einen Filter oder suchen Sie nach einem anderen Wort.
directory-as-json = Diese Liste als JSON
filters-heading = Filter
filter-q = Name oder Ort
filter-any = Alle
filter-type = Art
filter-country = Land
filter-nuts = Region (NUTS)
filter-nuts-hint = Ein NUTS-Code wie DED (Sachsen) oder DK01 (Hauptstadtregion Dänemark); schließt die darin liegenden Regionen ein.
filter-ecosystem = Industrielles Ökosystem
filter-ket = Schlüsseltechnologie
filter-cta = Kritischer Technologiebereich
filter-nace = Branche (NACE-Abschnitt)
filter-label = Cluster-Label
filter-sme = KMU
filter-sort = Sortieren nach
filter-apply = Filter anwenden
filter-clear = Alle zurücksetzen
active-filters = Aktive Filter
chip-remove = Filter entfernen: { $filter }
sme-yes = Nur KMU
sme-no = Keine KMU

sort-name = Name (A–Z)
sort-name-desc = Name (Z–A)
sort-country = Land
sort-founded = Neueste zuerst
sort-members = Meiste Mitglieder
sort-updated = Zuletzt geändert

## Organisationsarten
type-cluster = Cluster
type-company = Unternehmen
type-technology-centre = Technologiezentrum
type-research-education = Forschung & Bildung
type-support-network = Partner eines Unterstützungsnetzwerks
type-public-authority = Behörde
type-other = Sonstige Organisation

type-plural-cluster = Cluster
type-plural-company = Unternehmen
type-plural-technology-centre = Technologiezentren
type-plural-research-education = Forschung & Bildung
type-plural-support-network = Partner von Unterstützungsnetzwerken
type-plural-public-authority = Behörden
type-plural-other = Sonstige Organisationen

label-bronze = Bronze-Label
label-silver = Silber-Label
label-gold = Gold-Label

## Profil
profile-facts = Eckdaten
profile-no-description = Diese Organisation hat noch keine Beschreibung verfasst.
profile-description-in = Beschreibung ({ $language })
profile-ecosystems = Industrielle Ökosysteme
profile-technologies = Schlüsseltechnologien
profile-critical = Kritische Technologiebereiche
profile-sectors = Branchen (NACE)
profile-markets = Zielmärkte
profile-languages = Arbeitssprachen
profile-members = { $count ->
    [one] Ein Mitglied im Verzeichnis
   *[other] { $count } Mitglieder im Verzeichnis
}
profile-member-of = Mitglied von
profile-partners = Partnerorganisationen
profile-projects = { $count ->
    [one] Ein Projekt
   *[other] { $count } Projekte
}
badge-sme = KMU
field-legal-name = Rechtlicher Name
field-type = Art
field-country = Land
field-region = Region
field-city = Ort
field-website = Website
field-founded = Gegründet
field-label = Cluster-Label
field-sme = KMU
field-members = Mitglieder
field-members-detail = { $total } ({ $smes } KMU, { $large } Großunternehmen, { $research } Forschungseinrichtungen)
field-coordinates = Lage
field-map-link = { $lat }, { $lon } (OpenStreetMap)
field-cordis-id = CORDIS-Teilnehmerkennung

## Projekte
projects-title = Kooperationsprojekte
projects-heading = Kooperationsprojekte
projects-filter = Akronym
projects-empty = Kein Projekt passt.
projects-count = { $count ->
    [one] Ein Projekt
   *[other] { $count } Projekte
}
project-acronym = Akronym
project-title = Titel
project-role = Rolle
project-contribution = EU-Beitrag
project-participants = Teilnehmende
project-programme = Programm
project-on-cordis = Projektseite bei CORDIS
project-countries = Länder
project-consortium = Konsortium
project-topics = Ausschreibungsthemen
project-keywords = Wissenschaftsgebiete
project-organisation = Organisation

role-coordinator = Koordination
role-participant = Partner
role-associated-partner = Assoziierter Partner
role-third-party = Dritter

## API
api-title = JSON-API
api-lead = Alles im Verzeichnis ist als JSON unter /api/v1 verfügbar, mit denselben Filtern wie die Seiten. Listen antworten mit {"{"}"items": […], "total": N, "limit": …, "offset": …{"}"}.
api-openapi = OpenAPI-3-Beschreibung
api-endpoints = Endpunkte
api-endpoint = Endpunkt
api-description = Beschreibung
api-list-organisations = Organisationen, gefiltert, sortiert und seitenweise wie auf der Verzeichnisseite
api-get-organisation = Eine Organisation mit Mitgliedern, Mitgliedschaften, Partnern und Projekten
api-list-projects = Kooperationsprojekte
api-get-project = Ein Projekt mit seinem Konsortium
api-example = Beispiel

## Industrielle Ökosysteme
ecosystem-aerospace-defence = Luft- und Raumfahrt & Verteidigung
ecosystem-agri-food = Agrar- und Lebensmittelwirtschaft
ecosystem-construction = Bauwirtschaft
ecosystem-cultural-creative = Kultur- und Kreativwirtschaft
ecosystem-digital = Digitales
ecosystem-electronics = Elektronik
ecosystem-energy-intensive = Energieintensive Industrien
ecosystem-energy-renewables = Energie – erneuerbare Energien
ecosystem-health = Gesundheit
ecosystem-mobility-transport-automotive = Mobilität – Verkehr – Automobil
ecosystem-proximity-social-economy = Nahversorgung, Sozialwirtschaft und zivile Sicherheit
ecosystem-retail = Einzelhandel
ecosystem-textiles = Textilien
ecosystem-tourism = Tourismus

## Schlüsseltechnologien
ket-micro-nanoelectronics = Mikro- und Nanoelektronik
ket-nanotechnology = Nanotechnologie
ket-photonics = Photonik
ket-advanced-materials = Fortgeschrittene Werkstoffe
ket-industrial-biotechnology = Industrielle Biotechnologie
ket-advanced-manufacturing = Fortgeschrittene Fertigungstechnologien

## Kritische Technologiebereiche
cta-semiconductors = Fortgeschrittene Halbleitertechnologien
cta-artificial-intelligence = Technologien der künstlichen Intelligenz
cta-quantum = Quantentechnologien
cta-biotechnologies = Biotechnologien
cta-connectivity-navigation-digital = Fortgeschrittene Konnektivitäts-, Navigations- und Digitaltechnologien
cta-sensing = Fortgeschrittene Sensortechnologien
cta-space-propulsion = Weltraum- und Antriebstechnologien
cta-energy = Energietechnologien
cta-robotics-autonomous-systems = Robotik und autonome Systeme
cta-materials-manufacturing-recycling = Fortgeschrittene Werkstoff-, Fertigungs- und Recyclingtechnologien

## NACE-Abschnitte (WZ 2008)
nace-A = A – Land- und Forstwirtschaft, Fischerei
nace-B = B – Bergbau und Gewinnung von Steinen und Erden
nace-C = C – Verarbeitendes Gewerbe
nace-D = D – Energieversorgung
nace-E = E – Wasserversorgung, Abwasser- und Abfallentsorgung
nace-F = F – Baugewerbe
nace-G = G – Handel; Instandhaltung und Reparatur von Kraftfahrzeugen
nace-H = H – Verkehr und Lagerei
nace-I = I – Gastgewerbe
nace-J = J – Information und Kommunikation
nace-K = K – Finanz- und Versicherungsdienstleistungen
nace-L = L – Grundstücks- und Wohnungswesen
nace-M = M – Freiberufliche, wissenschaftliche und technische Dienstleistungen
nace-N = N – Sonstige wirtschaftliche Dienstleistungen
nace-O = O – Öffentliche Verwaltung, Verteidigung; Sozialversicherung
nace-P = P – Erziehung und Unterricht
nace-Q = Q – Gesundheits- und Sozialwesen
nace-R = R – Kunst, Unterhaltung und Erholung
nace-S = S – Sonstige Dienstleistungen
nace-T = T – Private Haushalte mit Hauspersonal
nace-U = U – Exterritoriale Organisationen und Körperschaften

## Sprachen
language-ar = Arabisch
language-bg = Bulgarisch
language-ca = Katalanisch
language-cs = Tschechisch
language-da = Dänisch
language-de = Deutsch
language-el = Griechisch
language-en = Englisch
language-es = Spanisch
language-et = Estnisch
language-eu = Baskisch
language-fi = Finnisch
language-fr = Französisch
language-ga = Irisch
language-gl = Galicisch
language-he = Hebräisch
language-hr = Kroatisch
language-hu = Ungarisch
language-is = Isländisch
language-it = Italienisch
language-ja = Japanisch
language-ko = Koreanisch
language-lt = Litauisch
language-lv = Lettisch
language-mk = Mazedonisch
language-mt = Maltesisch
language-nb = Norwegisch (Bokmål)
language-nl = Niederländisch
language-no = Norwegisch
language-pl = Polnisch
language-pt = Portugiesisch
language-ro = Rumänisch
language-ru = Russisch
language-sk = Slowakisch
language-sl = Slowenisch
language-sq = Albanisch
language-sr = Serbisch
language-sv = Schwedisch
language-tr = Türkisch
language-uk = Ukrainisch
language-zh = Chinesisch

## Suche
search-title = Suche
search-title-for = „{ $q }“ – Suche
search-heading = Organisationen und Projekte suchen
search-q-label = Wonach suchen Sie?
search-q-hint = Namen, Themen, Technologien oder Orte, in jeder unserer Sprachen. "Anführungszeichen" für eine genaue Wortfolge, -Wort schließt ein Wort aus.
search-near-label = In der Nähe von (Stadt oder Region)
search-km-label = Umkreis
search-km = { $km } km
search-facets-heading = Eingrenzen
search-count = { $count ->
    [one] Ein Treffer
   *[other] { $count } Treffer
}
search-no-results = Nichts gefunden. Prüfen Sie die Schreibweise, verwenden Sie weniger Wörter oder entfernen Sie einen Filter.
search-relaxed = Kein Treffer enthält alle Ihre Wörter; diese enthalten einige davon.
search-truncated = Nur die ersten { $chars } Zeichen und { $words } Wörter Ihrer Suche wurden verwendet.
search-unknown-value = Nichts hat { $facet } „{ $value }“.
search-unknown-place = in „{ $place }“ ist keine Organisation ansässig; geben Sie eine Stadt oder Region aus dem Verzeichnis an
search-remove-filter = Filter entfernen: { $filter }
search-near-chip = Im Umkreis von { $km } km um { $place }
search-all-results = Alle Treffer ({ $count })
search-as-json = Diese Treffer als JSON
search-participants = { $count ->
    [one] ein Partner
   *[other] { $count } Partner
}
search-coordinator = koordiniert von { $name }
search-distance = { $km } km entfernt
search-kind-organisation = Organisation
search-kind-project = Projekt
search-facet-kind = Inhalt
search-facet-type = Art
search-facet-country = Land
search-facet-region = Region
search-facet-ecosystem = Industrielles Ökosystem
search-facet-technology = Schlüsseltechnologie
search-facet-critical = Kritischer Technologiebereich
search-facet-label = Cluster-Label

## Seitenrahmen
skip-to-content = Zum Inhalt springen
nav-main = Hauptnavigation
nav-directory = Verzeichnis
nav-projects = Projekte
nav-search = Suche
nav-api = API
nav-language = Sprache
search-label = clusterhub durchsuchen
search-placeholder = Organisationen, Termine…
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
filter-left-out = Der Filter „{ $parameter }“ wurde nicht angewendet: „{ $value }“ ist kein gültiger Wert. Die übrigen Filter gelten.

## Startseite
home-title = Europas Plattform für Cluster-Zusammenarbeit
home-heading = Wo Europas Cluster zusammenarbeiten
home-lead = Cluster, KMU, Technologiezentren und Forschungseinrichtungen finden grenzüberschreitend Partner, treffen sich auf Veranstaltungen und B2B-Tagen, antworten auf Angebote und Gesuche und verfolgen passende Förderaufrufe.
home-search-label = Im Verzeichnis suchen
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
search-kind-call = Ausschreibung
search-kind-event = Veranstaltung
search-kind-opportunity = Kooperationsangebot
search-deadline = bis { $date }
search-facet-kind = Inhalt
search-facet-type = Art
search-facet-country = Land
search-facet-region = Region
search-facet-ecosystem = Industrielles Ökosystem
search-facet-technology = Schlüsseltechnologie
search-facet-critical = Kritischer Technologiebereich
search-facet-label = Cluster-Label

## Accounts
nav-account = Ihr Konto
nav-login = Anmelden
nav-register = Registrieren
nav-logout = Abmelden
nav-moderation = Moderation
nav-admin = Verwaltung
form-required = Pflichtfeld
form-error-summary = Bitte korrigieren Sie Folgendes:
form-choose = – auswählen –
form-none = keines
form-error-number = muss eine Zahl sein, z. B. 51,05
form-error-whole-number = muss eine ganze Zahl sein
form-error-choice = wählen Sie eine der Möglichkeiten
form-error-too-long = ist zu lang; höchstens { $max } Zeichen sind erlaubt
account-title = Ihr Konto
account-display-name = Name
account-email = E-Mail-Adresse
account-password = Passwort
account-new-password = Neues Passwort
account-current-password = Aktuelles Passwort
account-password-hint = Mindestens { $min } Zeichen. Ein Satz aus mehreren Wörtern ist leicht zu merken und schwer zu erraten.
account-new-email = Neue E-Mail-Adresse
account-email-hint = Derzeit { $email }. Wir senden einen Link an die neue Adresse; die Änderung gilt, sobald Sie ihm folgen.
account-error-display-name = Geben Sie Ihren Namen ein (höchstens 100 Zeichen).
account-error-email = Geben Sie eine E-Mail-Adresse wie name@beispiel.eu ein.
account-error-password = Wählen Sie ein Passwort mit mindestens { $min } Zeichen, das nicht Ihre E-Mail-Adresse ist.
account-error-current-password = Das Passwort ist nicht richtig.
account-error-same-email = Das ist bereits Ihre Adresse.
account-error-email-taken = Ein anderes Konto verwendet diese Adresse bereits.
account-error-delete-confirm = Kreuzen Sie das Kästchen an, um zu bestätigen, dass Sie Ihr Konto löschen möchten.
account-error-last-admin = Sie sind die einzige Plattform-Administratorin bzw. der einzige Plattform-Administrator; ernennen Sie zuerst jemand anderen.
account-save = Speichern
account-profile-heading = Ihr Name
account-password-heading = Passwort
account-change-password = Passwort ändern
account-email-heading = E-Mail-Adresse
account-change-email = E-Mail-Adresse ändern
account-signed-in-as = Angemeldet als { $name } ({ $email })
account-organisations-heading = Ihre Organisationen
account-no-organisations = Sie verwalten noch keine Organisation. Beanspruchen Sie das Profil Ihrer Organisation im Verzeichnis oder schlagen Sie ein neues vor.
account-organisation = Organisation
account-role = Rolle
account-actions = Aktionen
account-find-to-claim = Ihre Organisation finden und beanspruchen
account-propose-new = Neue Organisation vorschlagen
account-claims-heading = Ihre Anträge
account-data-heading = Ihre Daten
account-data-intro = Laden Sie alles, was wir über Sie speichern, als JSON-Datei herunter, oder löschen Sie Ihr Konto. Beim Löschen werden Name, Adresse, Passwort, Sitzungen und Tokens entfernt; von Ihnen bearbeitete Organisationsprofile bleiben erhalten.
account-export = Meine Daten herunterladen (JSON)
account-delete-heading = Konto löschen
account-delete-intro = Dies kann nicht rückgängig gemacht werden.
account-delete-confirm = Mir ist bewusst, dass mein Konto endgültig gelöscht wird.
account-delete-submit = Mein Konto löschen
platform-role-user = Nutzer/in
platform-role-moderator = Moderator/in
platform-role-admin = Plattform-Administrator/in
org-role-member = Mitglied
org-role-admin = Administrator/in
register-title = Konto anlegen
register-intro = Mit einem Konto können Sie das Profil Ihrer Organisation beanspruchen und bearbeiten und die API nutzen. Wir senden Ihnen eine E-Mail zur Bestätigung Ihrer Adresse.
register-submit = Konto anlegen
register-have-account = Schon registriert? Anmelden
register-sent-title = Sehen Sie in Ihr Postfach
register-sent = Wir haben eine Nachricht an { $email } gesendet. Folgen Sie dem Link darin, um Ihre Adresse zu bestätigen, und melden Sie sich dann an.
confirm-title = E-Mail-Adresse bestätigen
confirm-intro = Drücken Sie die Schaltfläche, um Ihre Adresse zu bestätigen und Ihr Konto zu aktivieren.
confirm-submit = Meine Adresse bestätigen
link-invalid-title = Dieser Link funktioniert nicht mehr
link-invalid = Der Link ist falsch, abgelaufen oder wurde bereits verwendet. Melden Sie sich an, um einen neuen Bestätigungslink zu erhalten, oder fordern Sie erneut ein neues Passwort an.
login-title = Anmelden
login-submit = Anmelden
login-forgot = Passwort vergessen?
login-register = Noch kein Konto? Registrieren
login-failed = E-Mail-Adresse oder Passwort ist falsch.
login-unconfirmed = Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse. Wir haben Ihnen einen neuen Link gesendet.
forgot-title = Passwort zurücksetzen
forgot-intro = Geben Sie die Adresse Ihres Kontos ein; wir senden Ihnen einen Link, mit dem Sie ein neues Passwort wählen.
forgot-submit = Link senden
forgot-sent-title = Sehen Sie in Ihr Postfach
forgot-sent = Falls ein Konto { $email } verwendet, haben wir einen Link dorthin gesendet. Der Link gilt eine Stunde.
reset-title = Neues Passwort wählen
reset-submit = Neues Passwort speichern
change-email-title = Neue Adresse bestätigen
change-email-intro = Drücken Sie die Schaltfläche, um diese Adresse für Ihr Konto zu verwenden.
change-email-submit = Diese Adresse verwenden
notice-confirmed = Ihre Adresse ist bestätigt. Sie können sich jetzt anmelden.
notice-password-reset = Ihr Passwort wurde geändert. Früher gesendete Links und Ihre API-Tokens gelten nicht mehr. Melden Sie sich mit dem neuen Passwort an.
notice-password-changed = Ihr Passwort wurde geändert; Ihre anderen Sitzungen wurden beendet, und früher gesendete Links gelten nicht mehr.
notice-email-sent = Wir haben einen Link an Ihre neue Adresse gesendet. Folgen Sie ihm, um die Änderung abzuschließen.
notice-email-changed = Ihre E-Mail-Adresse wurde geändert; Ihre anderen Sitzungen wurden beendet, und früher gesendete Links gelten nicht mehr.
notice-profile-saved = Gespeichert.
notice-token-revoked = Das Token wurde widerrufen.
notice-logged-out = Sie haben sich abgemeldet.
notice-account-erased = Ihr Konto wurde gelöscht.
notice-claim-filed = Vielen Dank. Eine Moderatorin oder ein Moderator prüft Ihren Antrag; den Stand sehen Sie hier.
token-heading = API-Tokens
token-intro = Mit persönlichen Tokens nutzen Programme die JSON-API in Ihrem Namen. Ein Lese-Token liest; ein Schreib-Token kann auch die von Ihnen verwalteten Profile ändern.
token-create-heading = Token erstellen
token-name = Name
token-name-hint = Wofür das Token ist, z. B. „CRM-Abgleich“.
token-scope = Zugriff
token-scope-read = Lesen
token-scope-write = Lesen und schreiben
token-create = Token erstellen
token-created-heading = Ihr neues Token
token-created = Kopieren Sie es jetzt: Es wird nur dieses eine Mal angezeigt. Senden Sie es als „Authorization: Bearer TOKEN“.
token-created-at = Erstellt
token-last-used = Zuletzt verwendet
token-revoke = Widerrufen
token-revoked = Widerrufen
token-error-name = Geben Sie dem Token einen Namen (höchstens 100 Zeichen).
token-error-scope = Wählen Sie den Zugriff, den das Token gewährt.
claim-title = { $name } beanspruchen
claim-intro = Sagen Sie der Moderation, wer Sie in dieser Organisation sind. Wird Ihr Antrag genehmigt, werden Sie Administrator/in des Profils.
claim-message = Ihre Rolle und wie wir sie überprüfen können
claim-message-hint = Zum Beispiel: „Ich bin Clustermanagerin; Sie erreichen mich über die Zentrale auf der Website.“
claim-submit = Antrag senden
claim-back = Zurück zum Profil
claim-pending = Ihr Antrag auf diese Organisation wartet auf die Moderation.
claim-error-message = Sagen Sie der Moderation, wer Sie in der Organisation sind.
claim-status-pending = wartet auf die Moderation
claim-status-approved = genehmigt
claim-status-rejected = abgelehnt
propose-title = Neue Organisation vorschlagen
propose-intro = Fehlt Ihre Organisation im Verzeichnis? Beschreiben Sie sie hier; die Moderation prüft sie vor der Veröffentlichung, und Sie werden ihr/e Administrator/in.
propose-submit = Zur Prüfung senden
profile-name = Name
profile-short-name = Kurzname oder Akronym
profile-nuts = NUTS-Regionscode
profile-nuts-hint = Zum Beispiel DED21 für Dresden; siehe die Regionscodes von Eurostat.
profile-city = Ort
profile-lat = Breitengrad
profile-lon = Längengrad
profile-coordinates-hint = Dezimalgrad, z. B. 51,05 und 13,74; beide oder keinen angeben.
profile-website = Website
profile-description = Beschreibung ({ $language })
profile-nace = NACE-Codes
profile-nace-hint = Wirtschaftstätigkeiten, durch Kommas getrennt, z. B. 26.11, 72.19.
profile-members-smes = Mitglieder: KMU
profile-members-large = Mitglieder: Großunternehmen
profile-members-research = Mitglieder: Forschungseinrichtungen
profile-founded = Gründungsjahr
profile-label-hint = Nur Cluster tragen ein Clustermanagement-Label.
profile-is-sme = Diese Organisation ist ein KMU
profile-target-markets = Zielmärkte
profile-codes-hint = Zweibuchstabige Codes, durch Kommas getrennt, z. B. DE, DK, FR.
edit-title = { $name } bearbeiten
manage-edit = Profil bearbeiten
manage-members = Personen
manage-claim = Dieses Profil beanspruchen
manage-claim-visitor = Ist das Ihre Organisation? Melden Sie sich an, um ihr Profil zu beanspruchen.
members-title = Personen von { $name }
members-you = Sie
members-remove = Entfernen
members-withdraw = Zurückziehen
members-pending = eingeladen, noch kein Konto
members-invite-heading = Jemanden einladen
members-invite-hint = Alle erhalten eine Einladung per E-Mail und bekommen die Rolle erst, wenn sie sie angemeldet annehmen.
members-invite = Einladen
members-invited = Wir haben { $email } eine Einladung geschickt. Die Rolle gilt, sobald die Person sie angemeldet annimmt (innerhalb von { $days } Tagen).
members-error-last-admin = Die letzte Administratorin bzw. der letzte Administrator kann nicht entfernt werden; ernennen Sie zuerst jemand anderen.
claims-title = Zu prüfende Anträge
claims-none = Nichts zu prüfen.
claims-count = { $count ->
    [one] Ein Antrag wartet auf eine Entscheidung.
   *[other] { $count } Anträge warten auf eine Entscheidung.
}
claims-existing = Antrag auf
claims-new = Neue Organisation
claims-by = Von { $name } ({ $email })
claims-approve = Genehmigen
claims-reject = Ablehnen
claims-reason = Begründung (wird der Person gesendet)
users-title = Personen
users-search = Nach Name oder Adresse suchen
users-count = { $count ->
    [one] Ein Konto
   *[other] { $count } Konten
}
users-since = Registriert
users-unconfirmed = nicht bestätigt
users-role-of = Rolle von { $name }
users-set-role = Rolle setzen
audit-title = Protokoll
audit-action = Aktion
audit-all = alle Aktionen
audit-count = { $count ->
    [one] Ein Eintrag
   *[other] { $count } Einträge
}
audit-when = Wann
audit-who = Wer
audit-subject = Betreff
audit-detail = Detail
audit-from = Von
error-unauthorized-heading = Anmeldung erforderlich
error-unauthorized = Senden Sie ein gültiges persönliches API-Token als „Authorization: Bearer TOKEN“. Tokens erstellen Sie auf Ihrer Kontoseite.
error-forbidden-heading = Nicht erlaubt
error-forbidden = Dazu sind Sie nicht berechtigt.
error-insufficient-scope = Dieses Token darf nur lesen; erstellen Sie ein Token mit Schreibzugriff.
error-csrf = Dieses Formular ist abgelaufen oder wurde von einer anderen Website gesendet. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.
error-too-large = Die Anfrage ist größer als { $kib } KiB.
error-throttled-heading = Zu viele Versuche
error-throttled = Zu viele Versuche. Bitte warten Sie { $minutes } Minuten und versuchen Sie es dann erneut.
error-conflict-heading = Nicht möglich
error-mail = Die E-Mail konnte nicht gesendet werden. Bitte versuchen Sie es später erneut.
mail-confirm-subject = Bestätigen Sie Ihr clusterhub-Konto
mail-confirm-body = Hallo { $name },

    bitte bestätigen Sie Ihre E-Mail-Adresse, indem Sie innerhalb von 48 Stunden diesen Link öffnen:

    { $link }

    Falls Sie sich nicht bei clusterhub registriert haben, ignorieren Sie diese Nachricht.
mail-reset-subject = clusterhub-Passwort zurücksetzen
mail-reset-body = Hallo { $name },

    um ein neues Passwort zu wählen, öffnen Sie innerhalb einer Stunde diesen Link:

    { $link }

    Falls Sie das nicht angefordert haben, ignorieren Sie diese Nachricht; Ihr Passwort bleibt unverändert.
mail-change-email-subject = Bestätigen Sie Ihre neue Adresse für clusterhub
mail-change-email-body = Hallo { $name },

    um diese Adresse für Ihr clusterhub-Konto zu verwenden, öffnen Sie innerhalb von 48 Stunden diesen Link:

    { $link }
mail-exists-subject = Ihr clusterhub-Konto
mail-exists-body = Jemand hat versucht, sich mit dieser Adresse bei clusterhub zu registrieren, für die bereits ein Konto besteht. Wenn Sie das waren, melden Sie sich an oder wählen Sie hier ein neues Passwort:

    { $link }
mail-password-changed-subject = Ihr clusterhub-Passwort wurde geändert
mail-password-changed-body = Das Passwort Ihres clusterhub-Kontos wurde soeben geändert. Falls Sie das nicht waren, wählen Sie sofort ein neues Passwort:

    { $link }
mail-invited-subject = Einladung zu { $organisation } auf clusterhub
mail-invited-body = Sie wurden eingeladen, bei { $organisation } auf clusterhub als { $role } mitzuwirken. Registrieren Sie sich mit dieser Adresse, melden Sie sich an und nehmen Sie die Einladung auf Ihrer Einladungsseite an (sie gilt { $days } Tage):

    { $link }
mail-claim-approved-subject = Ihr Antrag auf clusterhub wurde genehmigt
mail-claim-approved-body = Die Moderation hat Ihren Antrag genehmigt. Sie können das Profil jetzt bearbeiten:

    { $link }
mail-claim-rejected-subject = Ihr Antrag auf clusterhub wurde nicht genehmigt
mail-claim-rejected-body = Die Moderation hat Ihren Antrag nicht genehmigt. Angegebener Grund: { $reason }
form-error-both-coordinates = geben Sie Breiten- und Längengrad an oder keinen von beiden
mail-claim-waiting-subject = Ein Antrag wartet auf clusterhub auf Prüfung
mail-claim-waiting-body = Jemand hat { $organisation } beansprucht oder vorgeschlagen. Hier prüfen:

    { $link }
mail-email-change-notice-subject = Ihre clusterhub-Adresse wird geändert
mail-email-change-notice-body = Jemand, der in Ihrem clusterhub-Konto angemeldet ist, möchte dessen Adresse in { $email } ändern. Falls Sie das nicht waren, wählen Sie sofort ein neues Passwort:

    { $link }
profile-error-name = Geben Sie den Namen ein (höchstens 300 Zeichen).
profile-error-short-name = Höchstens 200 Zeichen, ohne Steuerzeichen.
profile-error-kind = Wählen Sie die Art der Organisation.
profile-error-country = Wählen Sie ein Land.
profile-error-nuts-code = Geben Sie einen NUTS-Code wie DED21 ein, oder lassen Sie das Feld leer.
profile-error-city = Höchstens 120 Zeichen, ohne Steuerzeichen.
profile-error-coordinates = Der Breitengrad muss zwischen −90 und 90 liegen, der Längengrad zwischen −180 und 180.
profile-error-website = Geben Sie eine Webadresse wie https://beispiel.eu ein.
profile-error-description = Höchstens 20.000 Zeichen, ohne Steuerzeichen.
profile-error-nace-codes = Geben Sie NACE-Codes wie 26.11 oder C ein, durch Kommas getrennt.
profile-error-codes = Verwenden Sie zweibuchstabige Codes, durch Kommas getrennt, z. B. DE, DK.
profile-error-members = Geben Sie eine ganze Zahl bis 1.000.000 ein.
profile-error-founded = Geben Sie ein Jahr zwischen 1800 und 2100 ein.
profile-error-label = Nur Cluster tragen ein Clustermanagement-Label.

## The marketplace
nav-marketplace = Marktplatz
list-and = { $first } und { $last }
opportunities-title = Kooperationsangebote
opportunities-intro = Angebote, Gesuche, Partnersuchen und Technologie-Herausforderungen von Organisationen des Verzeichnisses. Zu jedem werden passende Partner mit Begründung vorgeschlagen.
opportunities-count = { $count ->
    [one] Ein Angebot
   *[other] { $count } Angebote
}
opportunities-empty = Mit diesen Filtern ist nichts veröffentlicht.
opportunities-all-kinds = Alle Arten
opportunities-filter = Anzeigen
opportunity-kind = Art
opportunity-kind-business-offer = Geschäftsangebot
opportunity-kind-business-request = Geschäftsgesuch
opportunity-kind-technology-offer = Technologieangebot
opportunity-kind-technology-request = Technologiegesuch
opportunity-kind-rd-partner-search = F&E-Partnersuche
opportunity-kind-technology-challenge = Technologie-Herausforderung eines KMU
opportunity-kind-cluster-partnership = Cluster-Partnerschaftsgesuch
partnership-commercial = Handelsvereinbarung
partnership-technical-cooperation = Technische Zusammenarbeit
partnership-research-cooperation = Forschungskooperation
partnership-licence = Lizenzvereinbarung
partnership-joint-venture = Joint Venture
partnership-subcontracting = Unterauftrag
partnership-supplier = Liefervereinbarung
partnership-investment = Beteiligung
partnership-distribution = Vertrieb
visibility-public = Alle
visibility-members = Nur angemeldete Mitglieder
opportunity-state = Stand
opportunity-state-draft = Entwurf
opportunity-state-submitted = Wartet auf Prüfung
opportunity-state-returned = Zur Überarbeitung zurückgegeben
opportunity-state-published = Veröffentlicht
opportunity-state-expired = Abgelaufen
opportunity-state-closed = Geschlossen
opportunity-state-draft-explained = Nur Ihre Organisation sieht diesen Entwurf. Reichen Sie ihn ein, wenn er fertig ist; die Moderation prüft ihn vor der Veröffentlichung.
opportunity-state-submitted-explained = Die Moderation prüft es; Sie erhalten eine E-Mail, wenn es veröffentlicht oder zurückgegeben wird.
opportunity-state-returned-explained = Die Moderation hat es zurückgegeben. Ändern Sie es und reichen Sie es erneut ein.
opportunity-state-published-explained = Es ist öffentlich (oder für Mitglieder sichtbar) bis zur Frist oder bis Sie es schließen.
opportunity-state-expired-explained = Die Frist ist abgelaufen; Interesse kann nicht mehr bekundet werden.
opportunity-state-closed-explained = Sie haben es geschlossen; Interesse kann nicht mehr bekundet werden.
opportunity-title = Titel
opportunity-description = Beschreibung
opportunity-description-hint = Was Sie anbieten oder suchen, für wen, und was ein Partner mitbringen sollte. In jeder Sprache.
opportunity-language = Sprache des Textes
opportunity-language-hint = Zweibuchstabiger Code, z. B. en, de, fr, da.
opportunity-sectors = Branchen (NACE)
opportunity-target-countries = Zielländer
opportunity-partnerships = Gesuchte Art der Partnerschaft
opportunity-call = Förderaufruf oder Topic
opportunity-call-hint = Pflicht bei F&E-Partnersuchen, z. B. HORIZON-CL4-2025-01-DIGITAL-EMERGING-02.
opportunity-deadline = Frist
opportunity-deadline-hint = Der letzte Tag, an dem Interesse bekundet werden kann (höchstens zwei Jahre im Voraus).
opportunity-contact-name = Ansprechperson
opportunity-contact-email = Kontakt-E-Mail
opportunity-contact = Kontakt
opportunity-visibility = Wer darf es lesen
opportunity-organisation = Organisation
opportunity-about-organisation = Über { $name }
opportunity-new-title = Neues Angebot von { $name }
opportunity-edit-title = „{ $title }“ bearbeiten
opportunity-form-intro = Angebote werden als Entwurf gespeichert; die Moderation prüft jedes vor der Veröffentlichung.
opportunity-save = Entwurf speichern
opportunity-back = Zurück zum Angebot
opportunity-publish-for = Angebot für { $name } veröffentlichen
opportunity-owner-heading = Ihr Angebot
opportunity-edit = Bearbeiten
opportunity-submit = Zur Prüfung einreichen
opportunity-close = Schließen
opportunity-approve = Veröffentlichen
opportunity-return = An die Verantwortlichen zurückgeben
opportunity-return-reason = Begründung (geht an die Verantwortlichen)
opportunity-returned-because = Die Moderation hat es zurückgegeben: { $reason }
opportunity-done-saved = Gespeichert.
opportunity-done-submitted = Eingereicht: die Moderation prüft es.
opportunity-done-closed = Geschlossen.
opportunity-done-interest = Ihr Interesse wurde übermittelt.
opportunity-done-published = Veröffentlicht; die Verantwortlichen wurden benachrichtigt.
opportunity-done-returned = Zurückgegeben; die Verantwortlichen wurden benachrichtigt.
opportunity-error-required = Dieses Feld ist erforderlich.
opportunity-error-too-long = Dieser Text ist zu lang.
opportunity-error-too-short = Dieser Text ist zu kurz, um das Anliegen zu beschreiben.
opportunity-error-call = Nennen Sie den Förderaufruf oder das Topic dieser Partnersuche.
opportunity-error-email = Geben Sie eine E-Mail-Adresse wie name@example.eu ein.
opportunity-error-date = Geben Sie den Tag als JJJJ-MM-TT ein.
opportunity-error-deadline-past = Die Frist muss nach dem heutigen Tag liegen.
opportunity-error-deadline-far = Die Frist darf höchstens zwei Jahre im Voraus liegen.
opportunity-error-not-editable = Nur Entwürfe und zurückgegebene Angebote können bearbeitet werden; schließen Sie ein veröffentlichtes und veröffentlichen Sie ein neues.
opportunity-error-state = Jemand anderes hat dieses Angebot inzwischen geändert; laden Sie die Seite neu.
opportunity-error-reason = Geben Sie eine Begründung an (höchstens 1.000 Zeichen).
moderation-opportunities-title = Zu prüfende Angebote
moderation-opportunities-none = Kein Angebot wartet auf Prüfung.
interest-heading = Interesse bekunden
interest-organisation = Im Namen von
interest-message = Ihre Nachricht an die Verantwortlichen
interest-message-hint = Nur die Verantwortlichen sehen sie; sie antworten Ihnen auf einer privaten Seite.
interest-submit = Senden
interest-needs-organisation = Um Interesse zu bekunden, treten Sie zuerst dem Profil Ihrer Organisation bei (beanspruchen Sie es oder lassen Sie sich einladen).
interest-closed = Für dieses Angebot kann kein Interesse mehr bekundet werden.
interest-login = Melden Sie sich an, um den Kontakt zu sehen und Interesse zu bekunden.
interest-own = Ihre Organisation hat dieses Angebot veröffentlicht.
interest-twice = Ihre Organisation hat bereits Interesse bekundet; setzen Sie das Gespräch dort fort.
interests-received = { $count ->
    [one] Eine Interessensbekundung
   *[other] { $count } Interessensbekundungen
}
interests-messages = { $count ->
    [one] eine Nachricht
   *[other] { $count } Nachrichten
}
conversation-title = Gespräch mit { $name }
conversation-private = Nur die Personen der beiden Organisationen sehen dieses Gespräch.
conversation-message = Nachricht
conversation-send = Senden
conversation-sent = Gesendet; die andere Seite wurde per E-Mail benachrichtigt.
marketplace-mine = Ihr Marktplatz
marketplace-no-organisation = Sie haben noch keine Rolle in einer Organisation. Beanspruchen Sie das Profil Ihrer Organisation oder lassen Sie sich einladen.
marketplace-opportunities = Angebote
marketplace-no-opportunities = Noch keine.
marketplace-conversations = Interessensbekundungen
marketplace-no-conversations = Noch keine.
recommended-heading = Empfohlene Partner
recommended-none = Noch passt nichts: ergänzen Sie Technologien, Ökosysteme und eine Beschreibung.
recommended-preparing = Die Empfehlungen werden vorbereitet; laden Sie die Seite gleich neu.
recommended-opportunity = Angebot
reason-provides = bietet { $tags }, was hier gebraucht wird
reason-needs = braucht { $tags }, was hier angeboten wird
reason-shares = teilt { $tags }
reason-words = schreibt über { $words }
reason-worked-with = { $count ->
    [one] hat mit { $names } zusammengearbeitet
   *[other] hat mit { $count } der Partner zusammengearbeitet: { $names }
}
reason-target-country = in { $country }, einem Zielland
reason-cross-border = grenzüberschreitend: { $from } → { $to }
reason-track-record = { $coordinated ->
    [0] { $projects ->
        [one] ein EU-Projekt
       *[other] { $projects } EU-Projekte
    }
   *[other] { $projects ->
        [one] ein EU-Projekt, selbst koordiniert
       *[other] { $projects } EU-Projekte, { $coordinated } koordiniert
    }
}
reason-answers = { $type }, die solche Anfragen beantworten
reason-label = trägt das { $label }
reason-member-of-labelled = Mitglied eines Clusters mit { $label }
mail-opportunity-submitted-subject = Ein Angebot wartet auf Prüfung auf clusterhub
mail-opportunity-submitted-body = „{ $title }“ wurde eingereicht. Hier prüfen:

    { $link }
mail-opportunity-published-subject = Ihr Angebot ist auf clusterhub veröffentlicht
mail-opportunity-published-body = „{ $title }“ ist veröffentlicht:

    { $link }
mail-opportunity-returned-subject = Ihr Angebot wurde zur Überarbeitung zurückgegeben
mail-opportunity-returned-body = Die Moderation hat „{ $title }“ zurückgegeben: { $reason }

    Ändern und erneut einreichen: { $link }
mail-interest-subject = Interesse an „{ $title }“
mail-interest-body = { $organisation } interessiert sich für „{ $title }“:

    { $message }

    Hier antworten: { $link }
mail-message-subject = Neue Nachricht zu „{ $title }“
mail-message-body = { $name } schreibt:

    { $message }

    Hier antworten: { $link }
alerts-title = Benachrichtigungen
alerts-intro = Gespeicherte Suchen und Empfehlungslisten. Einmal am Tag erhalten Sie eine E-Mail mit dem, was neu ist.
alerts-none = Noch keine Benachrichtigungen. Speichern Sie eine Suche oder wählen Sie „Benachrichtigen“ unter Empfehlungen.
alerts-saved = Gespeichert: Sie erhalten eine E-Mail, wenn etwas Neues erscheint.
alerts-deleted = Benachrichtigung gelöscht.
alerts-delete = Löschen
alerts-last-sent = letzte E-Mail { $date }
alerts-never-sent = noch nichts Neues
alerts-watch-recommendations = Über neue Treffer benachrichtigen
alerts-watch-search = Über neue Ergebnisse benachrichtigen
alerts-recommendations-for = Empfehlungen für { $name }
alerts-too-many = Sie haben die Höchstzahl an Benachrichtigungen; löschen Sie zuerst eine.
alerts-unsubscribe-title = Benachrichtigung beenden
alerts-unsubscribe-intro = Sie erhalten keine E-Mails mehr für diese Benachrichtigung.
alerts-unsubscribe = Beenden
alerts-unsubscribed = Benachrichtigung beendet
alerts-unsubscribed-detail = Sie erhalten keine E-Mails mehr für „{ $name }“.
alerts-unknown-link = Dieser Link ist nicht mehr gültig: verwenden Sie den aus der neuesten E-Mail oder verwalten Sie Ihre Benachrichtigungen in Ihrem Konto.
mail-digest-subject = { $count ->
    [one] Ein neuer Treffer
   *[other] { $count } neue Treffer
} für „{ $name }“
mail-digest-intro = Neu in „{ $name }“ seit der letzten E-Mail:
mail-digest-unsubscribe = Keine E-Mails mehr für diese Benachrichtigung: { $link }
account-alerts = Benachrichtigungen

## Events
nav-events = Veranstaltungen
events-title = Veranstaltungen
events-intro = Vorträge und Webinare, Konferenzen, B2B-Matchmaking, Workshops und Geschäftsreisen der europäischen Cluster.
events-count = { $count ->
    [one] Eine Veranstaltung
   *[other] { $count } Veranstaltungen
}
events-empty = Keine Veranstaltung passt zu diesen Filtern.
events-any = Alle
events-online = Online oder hybrid
events-on-site = Mit Veranstaltungsort
events-from = Von
events-to = Bis
events-views = Kalenderansichten
events-view-list = Liste
events-view-month = Monat
events-subscribe = Abonnieren (iCalendar)
events-feed-name = clusterhub-Veranstaltungen
events-prev-month = Vorheriger Monat
events-next-month = Nächster Monat
events-mine = Ihre Veranstaltungen
events-mine-registered = Angemeldet
events-mine-organised = Von Ihren Organisationen veranstaltet
events-mine-none = Sie haben sich noch für keine Veranstaltung angemeldet.
events-back = Zurück zu den Veranstaltungen
event-organise-for = Veranstaltung für { $name } anlegen
event-kind = Art der Veranstaltung
event-kind-talk = Vortrag oder Webinar
event-kind-conference = Konferenz
event-kind-matchmaking = Matchmaking-Veranstaltung
event-kind-workshop = Workshop
event-kind-mission = Geschäftsreise
event-state = Status
event-state-draft = Entwurf
event-state-submitted = Wartet auf Prüfung
event-state-returned = Zurückgegeben
event-state-published = Veröffentlicht
event-state-cancelled = Abgesagt
event-state-draft-explained = Nur Ihre Organisation sieht diesen Entwurf. Reichen Sie ihn ein, wenn er fertig ist; eine Moderatorin prüft ihn vor der Veröffentlichung.
event-state-submitted-explained = Eine Moderatorin prüft ihn; Sie erhalten eine E-Mail, sobald er veröffentlicht oder zurückgegeben wird.
event-state-returned-explained = Eine Moderatorin hat ihn zurückgegeben. Ändern Sie ihn und reichen Sie ihn erneut ein.
event-state-published-explained = Sie steht im Kalender und ist zur Anmeldung offen.
event-state-cancelled-explained = Sie haben sie abgesagt; alle Angemeldeten wurden benachrichtigt.
attendance = Teilnahme
attendance-on-site = Vor Ort
attendance-online = Online
attendance-hybrid = Vor Ort und online
event-title = Titel
event-description = Beschreibung
event-starts = Beginn
event-ends = Ende
event-timezone = Zeitzone
event-timezone-hint = Die Zeitzone des Veranstaltungsorts (bei Online-Veranstaltungen die des Veranstalters); die Zeiten werden in ihr eingegeben.
event-venue = Veranstaltungsort
event-venue-hint = Name und Anschrift, für Veranstaltungen vor Ort.
event-online-url = Online-Zugang
event-online-url-hint = Die Adresse zur Teilnahme, für Online- und Hybridveranstaltungen; nur Angemeldete sehen sie.
event-online-url-hidden = Wird den Angemeldeten geschickt.
event-capacity = Plätze
event-capacity-hint = Leer lassen für unbegrenzt; darüber hinaus kommen Anmeldungen auf die Warteliste.
event-agenda = Programm
event-agenda-hint = Ein Punkt pro Zeile, mit der Uhrzeit vorne: „09:30 Begrüßung“, „Tag 2: Besuch im Hafen“.
event-itinerary = Reiseplan
event-speakers = Sprecherinnen und Sprecher
event-speakers-hint = Eine Person pro Zeile: „Name, Organisation“.
event-destinations = Ziele
event-destinations-hint = Für Geschäftsreisen: die besuchten Länder als Ländercodes, durch Kommas getrennt (US, CA).
event-b2b = B2B-Gespräche
event-b2b-yes = Teilnehmende vereinbaren Einzelgespräche miteinander.
event-b2b-field = Teilnehmende vereinbaren B2B-Gespräche
event-b2b-hint = Bei Matchmaking-Veranstaltungen immer.
event-form-intro = Eine Moderatorin prüft die Veranstaltung, bevor sie im Kalender erscheint.
event-save = Veranstaltung speichern
event-new-title = Neue Veranstaltung von { $name }
event-edit-title = „{ $title }“ ändern
event-back = Zurück zur Veranstaltung
event-when = Wann
event-when-yours = In Ihrer Zeitzone
event-topics = Technologien und Ökosysteme
event-organiser = Veranstalter
event-download-ics = In den Kalender übernehmen (.ics)
event-registration = Anmeldung
event-register-heading = Anmelden
event-register-for = Anmeldung für
event-register-myself = Nur mich
event-register = Anmelden
event-join-waitlist = Auf die Warteliste
event-places = { $left } von { $capacity } Plätzen frei
event-you-are-registered = Sie sind angemeldet.
event-you-are-waiting = Sie sind Nummer { $position } auf der Warteliste; Sie erhalten eine E-Mail, sobald ein Platz frei wird.
event-unregister = Anmeldung zurückziehen
event-login-to-register = Zum Anmelden einloggen
event-registration-closed = Die Anmeldung ist geschlossen.
event-registered = angemeldet
event-waiting = auf der Warteliste
event-organiser-heading = Für den Veranstalter
event-registered-count = { $confirmed } angemeldet, { $waiting } auf der Warteliste
event-edit = Ändern
event-manage = Teilnehmende, Gespräche und Statistik
event-submit = Zur Prüfung einreichen
event-cancel = Veranstaltung absagen
event-done-saved = Die Veranstaltung ist gespeichert.
event-done-submitted = Die Veranstaltung ist eingereicht; eine Moderatorin prüft sie.
event-done-registered = Sie sind angemeldet; eine Bestätigung ist per E-Mail unterwegs.
event-done-waitlisted = Die Veranstaltung ist voll; Sie stehen auf der Warteliste.
event-done-unregistered = Ihre Anmeldung ist zurückgezogen.
event-done-cancelled = Die Veranstaltung ist abgesagt und alle Angemeldeten sind benachrichtigt.
event-done-published = Die Veranstaltung ist veröffentlicht.
event-done-returned = Die Veranstaltung ist an den Veranstalter zurückgegeben.
event-error-not-editable = Diese Veranstaltung lässt sich nicht mehr ändern: Sie hat begonnen, wartet auf Prüfung oder wurde abgesagt.
event-error-state = Jemand anderes hat die Veranstaltung inzwischen geändert; laden Sie die Seite neu.
event-error-past = Die Veranstaltung hat schon begonnen.
event-error-far = Die Veranstaltung beginnt mehr als drei Jahre im Voraus.
event-error-datetime = Geben Sie Datum und Uhrzeit ein.
event-error-order = Das Ende muss nach dem Beginn liegen.
event-error-long = Eine Veranstaltung dauert höchstens 31 Tage.
event-error-timezone = Wählen Sie eine Zeitzone aus der Liste.
event-error-venue = Für Veranstaltungen vor Ort erforderlich.
event-error-online = Für Online- und Hybridveranstaltungen erforderlich.
event-error-url = Geben Sie eine Adresse an, die mit https:// beginnt.
event-error-capacity = Eine ganze Zahl von 1 bis 100000 oder leer für unbegrenzt.
event-error-lines = Prüfen Sie diese Zeile:
event-error-closed = Für diese Veranstaltung ist keine Anmeldung möglich.
event-error-registered = Sie sind für diese Veranstaltung bereits angemeldet.
event-error-not-registered = Sie sind für diese Veranstaltung nicht angemeldet.
moderation-events-title = Zu prüfende Veranstaltungen
moderation-events-none = Keine Veranstaltung wartet auf Prüfung.
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
weekday-1 = Mo
weekday-2 = Di
weekday-3 = Mi
weekday-4 = Do
weekday-5 = Fr
weekday-6 = Sa
weekday-7 = So
mail-event-submitted-subject = Eine Veranstaltung wartet auf Prüfung
mail-event-submitted-body = „{ $title }“ wurde zur Prüfung eingereicht: { $link }
mail-event-published-subject = Ihre Veranstaltung ist veröffentlicht
mail-event-published-body = „{ $title }“ steht im Kalender: { $link }
mail-event-returned-subject = Ihre Veranstaltung wurde zurückgegeben
mail-event-returned-body = Eine Moderatorin hat „{ $title }“ zurückgegeben: { $reason }

    Ändern Sie sie und reichen Sie sie erneut ein: { $link }
mail-event-registered-subject = Sie sind angemeldet: { $title }
mail-event-registered-body = Sie sind für „{ $title }“ angemeldet, { $when }.

    Die Seite der Veranstaltung, mit der Kalenderdatei: { $link }
mail-event-waitlisted-subject = Warteliste: { $title }
mail-event-waitlisted-body = „{ $title }“ ist voll; Sie sind Nummer { $position } auf der Warteliste. Wir schreiben Ihnen, sobald ein Platz frei wird.

    { $link }
mail-event-promoted-subject = Ein Platz für Sie: { $title }
mail-event-promoted-body = Ein Platz ist frei geworden und Sie sind jetzt für „{ $title }“ angemeldet.

    { $link }
mail-event-cancelled-subject = Abgesagt: { $title }
mail-event-cancelled-body = Der Veranstalter hat „{ $title }“ abgesagt.

    { $link }
account-timezone = Zeitzone
account-timezone-hint = Zeiten von Veranstaltungen und Gesprächsplänen werden in ihr angezeigt.
account-timezone-event = Die der jeweiligen Veranstaltung
account-language = Sprache
account-language-hint = Seiten öffnen sich in ihr, sobald Sie sich anmelden, und jede E-Mail der Plattform an Sie ist in ihr geschrieben.

## B2B matchmaking
b2b-participants = Teilnehmende
b2b-participants-count = { $count ->
    [one] Eine Person
   *[other] { $count } Personen
}
b2b-my-meetings = Ihre Gespräche
b2b-my-agenda = Ihr Gesprächsplan
b2b-search = Teilnehmende durchsuchen
b2b-organisation-type = Art der Organisation
b2b-offer = Bietet
b2b-seek = Sucht
b2b-offer-hint = Was Sie mitbringen: Produkte, Technologien, Dienstleistungen, Kapazitäten.
b2b-seek-hint = Wen Sie treffen möchten und warum.
b2b-profile-heading = Ihr Profil bei dieser Veranstaltung
b2b-save-profile = Profil speichern
b2b-request = Gespräch anfragen
b2b-request-message = Eine Nachricht an { $name } (freiwillig)
b2b-between-sent = Sie haben angefragt
b2b-between-received = Sie wurden angefragt
b2b-request-pending = wartet auf Antwort
b2b-request-accepted = angenommen
b2b-request-declined = abgelehnt
b2b-request-withdrawn = zurückgezogen
b2b-received = Erhaltene Anfragen
b2b-sent = Gesendete Anfragen
b2b-none = Noch keine Anfrage.
b2b-none-sent = Sie haben noch niemanden angefragt; sehen Sie sich die Teilnehmenden an.
b2b-with = Mit
b2b-message = Nachricht
b2b-actions = Aktionen
b2b-accept = Annehmen
b2b-decline = Ablehnen
b2b-withdraw = Zurückziehen
b2b-availability = Wann Sie Zeit haben
b2b-availability-hint = Entfernen Sie die Haken bei den Zeitfenstern, in denen Sie verhindert sind; Gespräche werden nur in die angehakten gelegt.
b2b-save-availability = Verfügbarkeit speichern
b2b-no-sessions-yet = Der Veranstalter hat die Gesprächsblöcke noch nicht festgelegt.
b2b-agenda-title = Gesprächsplan: { $title }
b2b-agenda-zone = Zeiten in { $zone }
b2b-agenda-not-published = Der Veranstalter hat den Gesprächsplan noch nicht veröffentlicht; Sie erhalten dann eine E-Mail.
b2b-agenda-empty = Sie haben kein bestätigtes Gespräch.
b2b-agenda-ics = Gespräche in den Kalender übernehmen (.ics)
b2b-agenda-print = Drucken Sie diese Seite für eine Papierfassung.
b2b-where = Wo
b2b-table = Tisch { $number }
b2b-online-room = Online-Raum { $number }
b2b-online = online
b2b-ics-summary = Gespräch mit { $name }
b2b-statistics = Statistik
b2b-stat-registered = Teilnehmende
b2b-stat-waiting = Warteliste
b2b-stat-sent = Gesendete Anfragen
b2b-stat-accepted = Angenommen
b2b-stat-declined = Abgelehnt
b2b-stat-pending = Unbeantwortet
b2b-stat-scheduled = Eingeplante Gespräche
b2b-stat-unscheduled = Angenommen, aber nicht eingeplant
b2b-stat-none = Keine Angabe
b2b-by-country = Nach Land
b2b-by-type = Nach Art der Organisation
b2b-csv-registrations = Anmeldungen (CSV)
b2b-csv-meetings = Gespräche und Anfragen (CSV)
b2b-csv-statistics = Statistik (CSV)
b2b-sessions = Gesprächsblöcke
b2b-no-sessions = Noch kein Block: Legen Sie einen an, damit Teilnehmende ihre Verfügbarkeit angeben können.
b2b-sessions-fixed = Die Blöcke stehen fest, sobald Gespräche gesperrt sind oder der Plan veröffentlicht ist.
b2b-add-session = Block hinzufügen
b2b-session-starts = Beginn
b2b-session-starts-hint = Ortszeit in { $zone }.
b2b-session-slots = Gespräche nacheinander
b2b-session-minutes = Minuten pro Gespräch
b2b-session-tables = Tische
b2b-session-tables-hint = 0 für Online-Gespräche (unbegrenzt).
b2b-remove-session = Entfernen
b2b-schedule = Gesprächsplan
b2b-schedule-explained = Der Planer legt jedes angenommene Gespräch, das er unterbringen kann, in ein Zeitfenster und an einen Tisch, sodass niemand an zwei Orten zugleich ist und alle nur dann sprechen, wenn sie Zeit haben. Gesperrte Gespräche bleiben, wo sie sind; das Veröffentlichen sperrt alle eingeplanten Gespräche und schickt allen ihren Plan.
b2b-run = Planer starten
b2b-rerun = Erneut für späte Anfragen planen
b2b-publish = Plan veröffentlichen
b2b-published-note = Der Plan ist veröffentlicht: seine Gespräche sind gesperrt. Ein neuer Lauf plant nur Neues ein.
b2b-meetings-count = { $count ->
    [one] Ein Gespräch eingeplant
   *[other] { $count } Gespräche eingeplant
}
b2b-unscheduled-count = { $count ->
    [one] Eine angenommene Anfrage nicht eingeplant
   *[other] { $count } angenommene Anfragen nicht eingeplant
}
b2b-requester = Angefragt von
b2b-invitee = Angefragt
b2b-locked = Sperre
b2b-lock = Sperren
b2b-unlock = Entsperren
b2b-reason = Grund
b2b-reason-not-run = Der Planer lief seit der Annahme noch nicht.
b2b-reason-no-common-time = Die beiden haben nie zur selben Zeit Zeit.
b2b-reason-agenda-full = { $name } hat kein freies Zeitfenster mehr.
b2b-reason-busy = Zu jeder gemeinsamen freien Zeit hat eine der beiden Personen ein anderes Gespräch.
b2b-reason-no-table = Zu den Zeiten, in denen beide frei sind, ist kein Tisch mehr frei.
b2b-reason-locked-conflict = Es kollidiert mit einem anderen gesperrten Gespräch.
b2b-registrations = Anmeldungen
b2b-name = Name
b2b-done-requested = Ihre Anfrage ist gesendet.
b2b-done-profile = Ihr Profil ist gespeichert.
b2b-done-availability = Ihre Verfügbarkeit ist gespeichert.
b2b-done-accepted = Sie haben das Gespräch angenommen.
b2b-done-declined = Sie haben das Gespräch abgelehnt.
b2b-done-withdrawn = Sie haben die Anfrage zurückgezogen.
b2b-done-session = Die Blöcke sind geändert; starten Sie den Planer erneut.
b2b-done-scheduled = Der Planer ist gelaufen; prüfen Sie das Ergebnis und veröffentlichen Sie es.
b2b-done-published = Der Plan ist veröffentlicht und die Teilnehmenden haben ihre Gesprächspläne.
b2b-done-locked = Gespeichert.
b2b-error-not-participant = Nur bestätigte Teilnehmende dieser Veranstaltung nehmen an ihren B2B-Gesprächen teil.
b2b-error-requested = Eine von Ihnen hat die andere Person bereits angefragt.
b2b-error-request-state = Die Anfrage hat sich inzwischen geändert; laden Sie die Seite neu.
b2b-error-message = Eine Nachricht von höchstens 1000 Zeichen, ohne Steuerzeichen.
b2b-error-profile = Höchstens 2000 Zeichen, ohne Steuerzeichen.
b2b-error-no-b2b = Diese Veranstaltung hat keine B2B-Gespräche.
b2b-error-no-sessions = Legen Sie zuerst einen Gesprächsblock an.
b2b-error-not-placed = Nur eingeplante Gespräche lassen sich sperren.
b2b-error-sessions-locked = Die Blöcke stehen fest, sobald Gespräche gesperrt oder veröffentlicht sind.
b2b-error-overlap = Er überschneidet sich mit einem anderen Block.
b2b-error-outside = Der Block muss innerhalb der Veranstaltung liegen.
b2b-error-too-many-slots = Eine Veranstaltung hat höchstens 128 Zeitfenster.
b2b-error-slots = Eine ganze Zahl von 1 bis 48.
b2b-error-minutes = Eine ganze Zahl von 10 bis 120 Minuten.
b2b-error-tables = Eine ganze Zahl von 0 bis 5000.
mail-b2b-request-subject = Eine Gesprächsanfrage bei { $title }
mail-b2b-request-body = { $name } möchte Sie bei „{ $title }“ treffen:

    { $message }

    Annehmen oder ablehnen: { $link }
mail-b2b-accepted-subject = Gespräch angenommen bei { $title }
mail-b2b-accepted-body = { $name } hat Ihre Gesprächsanfrage angenommen. Der Veranstalter plant das Gespräch ein: { $link }
mail-b2b-agenda-subject = Ihr Gesprächsplan für { $title }
mail-b2b-agenda-body = Der Gesprächsplan ist veröffentlicht: Sie haben { $count } Gespräche. Ihr Plan, zum Drucken oder für Ihren Kalender: { $link }
event-error-starts-past = Dieser Zeitpunkt ist vorbei; wählen Sie einen in der Zukunft.

## Business missions
mission-call = Aufruf zur Teilnahme
mission-call-intro = Bewerbende beantworten Ihre Fragen; Gutachtende bewerten jede Bewerbung nach Ihren gewichteten Kriterien; Sie wählen bis zur Zahl der Plätze aus, und alle Bewerbenden erfahren das Ergebnis.
mission-call-line = { $places } Plätze; Bewerbungen bis { $deadline }.
mission-questions = Fragen an die Bewerbenden
mission-questions-hint = Eine Frage pro Zeile.
mission-criteria = Kriterien
mission-criteria-hint = Ein Kriterium pro Zeile, mit dem Gewicht vorne: „40 Exportreife“.
mission-places = Plätze
mission-deadline = Letzter Bewerbungstag
mission-save-call = Aufruf speichern
mission-evaluators = Gutachtende
mission-evaluators-intro = Gutachtende bewerten die Bewerbungen. Sie sehen die Bewertungen der anderen erst nach ihrer eigenen und bewerten nie eine Organisation, der sie angehören.
mission-no-evaluators = Noch niemand.
mission-evaluator-email = E-Mail-Adresse eines Kontos
mission-add-evaluator = Als Gutachter hinzufügen
mission-apply = Für die Geschäftsreise bewerben
mission-login-to-apply = Zum Bewerben einloggen
mission-closed = Die Bewerbungsfrist ist abgelaufen.
mission-applying-for = Bewerbung für
mission-submit-application = Bewerbung absenden
mission-applied-as = { $name } hat sich beworben: { $state }.
mission-applications = Bewerbungen
mission-application-of = Bewerbung von { $name }
mission-ranking = Rangfolge nach gewichteter Bewertung
mission-weighted-score = Gewichtete Bewertung (0–10)
mission-evaluations = Bewertungen
mission-you = Sie
mission-scored = bewertet
mission-to-score = zu bewerten
mission-conflict = Ihre Organisation: nicht von Ihnen zu bewerten
mission-conflict-explained = Sie gehören dieser Organisation an und bewerten ihre Bewerbung daher nicht.
mission-evaluator-rules = Bewerten Sie jede Bewerbung. Bis Sie alle bewertet haben, die Sie bewerten dürfen, stehen sie in der Reihenfolge ihres Eingangs und ohne Rang; die Rangliste und die Bewertungen der anderen erscheinen, sobald Sie Ihre abgegeben haben.
mission-no-applications = Noch keine Bewerbung.
mission-state-submitted = eingereicht
mission-state-selected = ausgewählt
mission-state-rejected = nicht ausgewählt
mission-state-withdrawn = zurückgezogen
mission-select = Auswählen
mission-reject = Ablehnen
mission-decision = Auswahl
mission-decision-state = { $selected } von { $places } Plätzen vergeben; { $undecided } Bewerbungen offen.
mission-select-top = Die besten { $places } auswählen und die übrigen ablehnen
mission-notify = Allen Bewerbenden das Ergebnis mitteilen
mission-notified = Die Bewerbenden kennen das Ergebnis; die Auswahl ist endgültig.
mission-your-score = Ihre Bewertung
mission-criterion = { $name } (Gewicht { $weight })
mission-score-hint = 0 (gar nicht) bis 10 (voll).
mission-comment = Kommentar
mission-save-score = Bewertung speichern
mission-scores = Bewertungen
mission-no-scores = Noch keine Bewertung.
mission-scores-hidden = Die Bewertungen der anderen erscheinen nach Ihrer eigenen.
mission-evaluator = Gutachter
mission-done-call = Der Aufruf ist gespeichert.
mission-done-evaluators = Die Gutachtenden sind aktualisiert.
mission-done-applied = Ihre Bewerbung ist eingereicht; eine Bestätigung ist per E-Mail unterwegs.
mission-done-scored = Ihre Bewertung ist gespeichert.
mission-done-decided = Die Entscheidung ist gespeichert.
mission-done-notified = Alle Bewerbenden kennen das Ergebnis.
mission-error-no-call = Diese Geschäftsreise hat noch keinen Aufruf.
mission-error-closed = Bewerbungen für diese Geschäftsreise sind geschlossen.
mission-error-no-organisation = Man bewirbt sich für eine Organisation: Treten Sie Ihrer zuerst bei oder legen Sie sie an.
mission-error-applied = Ihre Organisation hat sich bereits beworben.
mission-error-answer = Erforderlich, höchstens 5000 Zeichen.
mission-error-questions = Eine Frage pro Zeile, 3 bis 500 Zeichen; höchstens 20.
mission-error-criteria = Ein Kriterium pro Zeile mit dem Gewicht vorne (1 bis 100): „40 Exportreife“; höchstens 12.
mission-error-places = Eine ganze Zahl von 1 bis 500.
mission-error-score = Eine ganze Zahl von 0 bis 10.
mission-error-evaluator = Kein Konto hat diese Adresse; die Person registriert sich zuerst.
mission-error-fixed = Fragen lassen sich nach der ersten Bewerbung nicht mehr ändern, Kriterien nicht nach der ersten Bewertung.
mission-error-decided = Die Bewerbenden kennen das Ergebnis; die Auswahl ist endgültig.
mission-error-full = Alle Plätze sind vergeben; lehnen Sie zuerst eine andere Bewerbung ab.
mission-error-undecided = Entscheiden Sie zuerst über jede Bewerbung.
mission-error-withdrawn = Diese Bewerbung wurde zurückgezogen.
mail-mission-evaluator-subject = Sie begutachten Bewerbungen für { $title }
mail-mission-evaluator-body = Sie wurden als Gutachter für die Bewerbungen zu „{ $title }“ benannt: { $link }
mail-mission-applied-subject = Bewerbung eingegangen: { $title }
mail-mission-applied-body = Die Bewerbung von { $organisation } für „{ $title }“ ist eingegangen. Bewerbungsschluss ist am { $deadline }; Sie erfahren das Ergebnis per E-Mail.

    { $link }
mail-mission-selected-subject = Ausgewählt für { $title }
mail-mission-selected-body = { $organisation } ist für „{ $title }“ ausgewählt. Der Veranstalter meldet sich mit den nächsten Schritten.

    { $link }
mail-mission-rejected-subject = Ihre Bewerbung für { $title }
mail-mission-rejected-body = Danke für die Bewerbung von { $organisation } für „{ $title }“. Sie wurde dieses Mal nicht ausgewählt.

    { $link }
event-error-capacity-below = { $count } Personen sind bereits angemeldet; es können nicht weniger Plätze werden.
event-error-sessions-outside = Die B2B-Gesprächsblöcke müssen innerhalb der Veranstaltung bleiben: Ändern Sie sie zuerst.
mail-event-changed-subject = Geändert: { $title }
mail-event-changed-body = Der Veranstalter hat Zeit oder Ort von „{ $title }“ geändert. Sie findet jetzt statt: { $when }.

    { $link }
event-error-apply-instead = Die Teilnehmenden einer Geschäftsreise werden aus den Bewerbungen ausgewählt: Bewerben Sie sich.
mission-withdraw = Bewerbung zurückziehen
mission-done-withdrawn = Die Bewerbung ist zurückgezogen.

## Funding
nav-funding = Förderung
funding-title = Fördermöglichkeiten
funding-intro = Ausschreibungen der EU-Programme und die Kaskadenaufrufe, die Eurocluster und andere Projekte für KMU öffnen, mit ihren Fristen in Brüsseler Zeit und in Ihrer.
funding-count = { $count ->
    [one] Eine Ausschreibung
   *[other] { $count } Ausschreibungen
}
funding-empty = Keine Ausschreibung passt zu diesen Filtern.
funding-status = Status
funding-status-open = Offen
funding-status-forthcoming = Demnächst
funding-status-closed = Geschlossen
funding-status-all = Alle
funding-programme = Programm
funding-kind = Art der Ausschreibung
funding-eu-calls = EU-Ausschreibungen
funding-cascade-calls = Kaskadenaufrufe (offene Aufrufe für KMU)
funding-cascade = Kaskadenaufruf
funding-closing-soon = Frist in den nächsten 30 Tagen
funding-deadline = Frist
funding-deadlines = Fristen
funding-opens = Öffnet
funding-budget = Budget pro Förderung
funding-grants = Erwartete Förderungen
funding-action = Maßnahmenart
funding-grant-type = Förderform
funding-procedure = Einreichung
funding-portal = Die Ausschreibung im EU-Portal Funding & Tenders
mail-event-reminder-subject = Morgen: { $title }
mail-event-reminder-body = Zur Erinnerung: Sie sind für „{ $title }“ angemeldet, { $when }{ $where }.

    { $link }
mail-event-reminder-online = Online teilnehmen: { $link }
mail-event-reminder-agenda = Ihr Gesprächsplan: { $link }

## Cascade-funding programmes
programme-list-title = Förderprogramme
programme-list-intro = Kaskadenförderprogramme von Clustern und Konsortien auf dieser Plattform: kleine Zuschüsse für KMU, die jeweils mit einem Technologiezentrum arbeiten.
programme-count = { $count ->
    [one] Ein Programm
   *[other] { $count } Programme
}
programme-empty = Noch kein Programm.
programme-all = Alle Förderprogramme
programme-new = Ein Förderprogramm durchführen
programme-edit = „{ $title }“ bearbeiten
programme-edit-link = Programm bearbeiten
programme-intro = Antragsteller sehen das Budget, den Höchstzuschuss, wer antragsberechtigt ist, die Fragen und die gewichteten Kriterien. Fragen stehen fest, sobald jemand beantragt hat, Kriterien, sobald jemand bewertet hat.
programme-owner = Durchgeführt von
programme-title = Titel
programme-summary = Was das Programm fördert
programme-summary-hint = Reiner Text; Absätze durch eine Leerzeile trennen.
programme-budget = Budget
programme-max-grant = Höchstzuschuss
programme-amount-hint = In Euro, z. B. 60000 oder 60000.50.
programme-countries = Förderfähige Länder
programme-countries-hint = Zweibuchstabige Codes, durch Leerzeichen getrennt (DE DK FR); leer lassen für alle Länder.
programme-types = Wer beantragen darf
programme-types-hint = Nichts ankreuzen für alle Arten von Organisationen.
programme-deadline = Frist
programme-save = Programm speichern
programme-run-by = Durchgeführt von
programme-committed = Gebunden
programme-remaining = Verbleibend
programme-funded = Geförderte Projekte:
programme-applications = Anträge
programme-anywhere = Alle Länder
programme-any-type = Alle Arten von Organisationen
programme-apply = Beantragen
programme-login-to-apply = Zum Beantragen anmelden
programme-yours = Anträge Ihrer Organisationen
programme-confirm-needed = Ihre Bestätigung als Technologiezentrum steht aus
programme-funded-projects = Geförderte Projekte
programme-none-funded = Noch kein Projekt gefördert.
programme-project-title = Projekt
programme-project-summary = Projektbeschreibung
programme-applicant = Antragsteller
programme-centre = Technologiezentrum
programme-centre-hint = Das Technologiezentrum oder die Forschungseinrichtung, mit der Sie arbeiten; tippen, um aus dem Verzeichnis zu wählen. Es wird um Bestätigung gebeten.
programme-grant = Zuschuss
programme-reports-of = Fortschritt von { $project }
programme-reports = Fortschrittsberichte
programme-no-reports = Noch kein Fortschrittsbericht.
programme-report-new = Neuer Fortschrittsbericht
programme-report-hint = Was getan wurde, was als Nächstes kommt, geänderte Pläne (20 bis 5000 Zeichen).
programme-report-submit = Bericht veröffentlichen
programme-requested = Beantragt
programme-requested-hint = Höchstens { $max }.
programme-apply-title = Antrag für { $title }
programme-apply-intro = Anträge bis { $deadline }. Der Höchstzuschuss beträgt { $max }.
programme-apply-submit = Antrag einreichen
programme-submitted = Eingereicht
programme-state-submitted = Wartet auf Entscheidung
programme-state-awaiting-centre = Wartet auf Bestätigung des Technologiezentrums
programme-state-awarded = Gefördert
programme-state-rejected = Nicht gefördert
programme-state-withdrawn = Zurückgezogen
programme-confirm = Unsere Teilnahme bestätigen
programme-confirm-text = { $centre } ist als Technologiezentrum dieses Projekts genannt. Bestätigen Sie, dass Sie mit dem Antragsteller arbeiten; erst dann kann das Programm es fördern.
programme-withdraw = Antrag zurückziehen
programme-award = Bewilligen
programme-money-line = Budget { $budget }: { $committed } gebunden, { $remaining } verbleibend.
programme-done-created = Das Programm nimmt Anträge entgegen.
programme-done-saved = Das Programm ist gespeichert.
programme-done-applied = Ihr Antrag ist eingereicht; das genannte Technologiezentrum wird um Bestätigung gebeten.
programme-done-awarded = Der Zuschuss ist bewilligt.
programme-done-rejected = Der Antrag ist abgelehnt.
programme-done-confirmed = Ihre Teilnahme ist bestätigt.
programme-done-withdrawn = Der Antrag ist zurückgezogen.
programme-done-reported = Der Fortschrittsbericht ist veröffentlicht.
programme-error-title = Zwischen 3 und 200 Zeichen.
programme-error-summary = Zwischen 20 und 10000 Zeichen.
programme-error-amount = Ein Betrag in Euro über null mit höchstens zwei Nachkommastellen (60000 oder 60000.50).
programme-error-max-grant-over = Der Höchstzuschuss darf das Budget nicht übersteigen.
programme-error-requested-over = Das ist mehr als der Höchstzuschuss.
programme-error-below-committed = Das Budget darf nicht unter die bereits bewilligte Summe fallen: { $committed }.
programme-error-owner = Wählen Sie eine Ihrer Organisationen.
programme-error-country = Organisationen in { $country } sind für dieses Programm nicht förderfähig.
programme-error-type = Ein(e) { $type } ist für dieses Programm nicht förderfähig.
programme-error-centre = Wählen Sie ein Technologiezentrum oder eine Forschungseinrichtung aus dem Verzeichnis.
programme-error-centre-self = Das Technologiezentrum muss eine andere Organisation als der Antragsteller sein.
programme-error-closed = Die Frist dieses Programms ist abgelaufen: Anträge werden nicht mehr angenommen.
programme-error-decided = Über diesen Antrag wurde bereits entschieden.
programme-error-budget = Für diesen Zuschuss ist nicht genug Budget übrig; bewilligen Sie weniger oder lehnen Sie einen anderen Antrag ab.
programme-error-over-max = Ein Zuschuss muss über null und höchstens so hoch wie der Höchstzuschuss sein.
programme-error-not-awardable = Nur ein Antrag, der auf Entscheidung wartet und vom Technologiezentrum bestätigt ist, kann gefördert werden.
programme-error-not-funded = Fortschrittsberichte gibt es für geförderte Projekte.
programme-error-report = Schreiben Sie 20 bis 5000 Zeichen.
mail-programme-confirm-subject = Bitte bestätigen: ein Projekt in { $title }
mail-programme-confirm-body = { $organisation } hat sich bei „{ $title }“ mit dem Projekt „{ $project }“ beworben und { $centre } als Technologiezentrum genannt. Bitte bestätigen Sie Ihre Teilnahme:

    { $link }
mail-programme-applied-subject = Antrag eingegangen: { $title }
mail-programme-applied-body = Der Antrag von { $organisation } für „{ $title }“ ist eingegangen. { $centre } wird um Bestätigung gebeten; das Ergebnis erhalten Sie per E-Mail.

    { $link }
mail-programme-confirmed-subject = Technologiezentrum bestätigt: { $title }
mail-programme-confirmed-body = { $centre } hat die Teilnahme an „{ $project }“ bestätigt.

    { $link }
mail-programme-evaluator-subject = Sie bewerten Anträge für { $title }
mail-programme-evaluator-body = Sie sind Gutachter(in) für „{ $title }“. Die Anträge und das Bewertungsformular finden Sie hier:

    { $link }
mail-programme-awarded-subject = Gefördert: { $title }
mail-programme-awarded-body = Herzlichen Glückwunsch: „{ $project }“ erhält { $amount } aus „{ $title }“. Berichten Sie Ihren Fortschritt auf der Seite des Programms:

    { $link }
mail-programme-rejected-subject = Ergebnis Ihres Antrags für { $title }
mail-programme-rejected-body = Leider wird „{ $project }“ von „{ $title }“ nicht gefördert.

## Following funding calls
funding-mine-title = Meine Förderung
funding-follow-heading = Diesem Aufruf folgen
funding-follow = Folgen und erinnern
funding-follow-update = Erinnerung ändern
funding-unfollow = Nicht mehr folgen
funding-following = Sie folgen diesem Aufruf.
funding-remind-label = Erinnerung per E-Mail
funding-remind-days = { $days ->
    [one] 1 Tag vor jeder Frist
   *[other] { $days } Tage vor jeder Frist
}
funding-login-to-follow = Anmelden, um diesem Aufruf zu folgen und an seine Fristen erinnert zu werden
funding-done-followed = Sie folgen diesem Aufruf; Erinnerungen kommen vor jeder Frist per E-Mail.
funding-done-unfollowed = Sie folgen diesem Aufruf nicht mehr.
funding-done-calendar = Ihre Kalenderadresse ist bereit; eine frühere funktioniert nicht mehr.
funding-followed = Aufrufe, denen Sie folgen
funding-followed-none = Sie folgen noch keinem Aufruf: Öffnen Sie einen Aufruf und wählen Sie „Folgen“.
funding-call = Aufruf
funding-next-deadline = Nächste Frist
funding-reminder = Erinnerung
funding-calendar-heading = Fristen in Ihrem Kalender
funding-calendar-intro = Abonnieren Sie diese Adresse in Ihrer Kalenderanwendung, um die Fristen der Aufrufe zu sehen, denen Sie folgen. Behalten Sie sie für sich: Wer sie hat, sieht, welchen Aufrufen Sie folgen.
funding-calendar-address = Kalenderadresse
funding-calendar-create = Meine Kalenderadresse erstellen
funding-calendar-reset = Adresse ersetzen (die alte funktioniert dann nicht mehr)
funding-fit-heading = Aufrufe, die zu Ihren Organisationen passen
funding-fit-none = Noch passt kein offener Aufruf zu diesem Profil; Technologien, Ökosysteme und eine Beschreibung im Profil helfen.
funding-fit-no-organisation = Treten Sie Ihrer Organisation bei oder registrieren Sie sie, um passende Aufrufe zu sehen.
funding-ics-name = Förderfristen
funding-ics-summary = Frist: { $title }
funding-ics-summary-nth = Frist { $n } von { $count }: { $title }
call-reason-taxonomy = Erwähnt { $words } ({ $tag })
call-reason-track = Ihre Projekte wurden in { $part } gefördert
call-reason-words = Gemeinsame Begriffe mit Ihrem Profil: { $words }
call-reason-smes = Richtet sich an KMU
call-reason-clusters = Richtet sich an Clusterorganisationen
call-reason-research = Eine Forschungsmaßnahme
call-reason-eligible = Offen für Organisationen in der EU und im EWR
call-reason-check = Prüfen Sie, ob Organisationen in { $country } teilnehmen können (Assoziierung zum Programm)
mail-call-reminder-subject = Frist naht: { $title }
mail-call-reminder-body = Der Aufruf „{ $title }“ ({ $identifier }) hat eine Frist am { $when }, in { $days } Tagen.

    { $link }

    Im Portal: { $portal }

## Project pages kept by their consortium
project-add = Ein Projekt hinzufügen
project-new = Neues Projekt von { $name }
project-edit = { $acronym } bearbeiten
project-edit-link = Projekt bearbeiten
project-save = Projekt speichern
project-your-role = Rolle Ihrer Organisation
project-acronym-cordis = Projekte aus CORDIS behalten ihr Akronym.
project-programme-hint = Z. B. Horizont Europa, Interreg, Digitales Europa, nationale Förderung.
project-summary = Zusammenfassung
project-starts = Beginn
project-ends = Ende
project-dates = Laufzeit
project-budget = Gesamtbudget
project-markets = Zielmärkte
project-website = Website
project-error-acronym = 1 bis 60 Zeichen, ohne / \ < oder >.
project-error-taken = Ein anderes Projekt hat dieses Akronym; fügen Sie Jahr oder Programm zur Unterscheidung hinzu.
project-error-partner = Keine Organisation des Verzeichnisses hat diese Adresse.
project-error-news = 10 bis 5000 Zeichen.
project-add-partner = Partner hinzufügen
project-partner-address = Die Adresse des Partners im Verzeichnis
project-partner-hint = Das Ende der Adresse ihrer Seite, z. B. fraunhofer-iwu, oder die ganze Adresse. Eine Organisation, die Sie verwalten, kommt sofort hinzu; jede andere wird eingeladen und kommt hinzu, wenn eine ihrer Admins zustimmt.
project-remove-partner = Entfernen
project-news = Neuigkeiten
project-no-news = Noch keine Neuigkeiten.
project-post-news = Neuigkeit veröffentlichen
project-news-for = Im Namen von
project-news-title = Titel
project-news-body = Text
project-delete-news = Löschen
project-events = Veranstaltungen
project-no-events = Mit diesem Projekt ist keine Veranstaltung verknüpft.
project-link-event = Veranstaltung eines Partners verknüpfen
project-unlink-event = Verknüpfung lösen
project-done-created = Das Projekt ist angelegt; fügen Sie unten seine Partner hinzu.
project-done-saved = Das Projekt ist gespeichert.
project-done-partners = Das Konsortium ist aktualisiert.
project-done-news = Die Neuigkeiten sind aktualisiert.
project-done-events = Die Veranstaltungen sind aktualisiert.
funding-audience = Richtet sich an
funding-audience-smes = KMU und Start-ups
funding-audience-clusters = Clusterorganisationen
funding-audience-research = Forschungseinrichtungen (eine Forschungsmaßnahme)
funding-audience-any = Organisationen, die nach den Bedingungen des Aufrufs förderfähig sind
funding-eligible-countries = Förderfähige Länder
funding-eligible-eu = EU-Mitgliedstaaten, EWR-Länder und mit { $programme } assoziierte Länder; siehe die Bedingungen des Aufrufs
funding-eligible-cascade = Wie der Kaskadenaufruf sie festlegt; siehe seine Beschreibung
event-projects = Teil des Projekts
funding-programmes-open = Offene Kaskadenförderprogramme auf clusterhub
funding-programme-line = Durchgeführt von { $owner } · Zuschüsse bis { $max } · Anträge bis { $deadline }
countries-present = Hier vertretene Länder
countries-other = Weitere Länder
opportunities-q = Suchbegriffe
opportunities-sort-newest = Neueste zuerst
opportunities-sort-deadline = Frist zuerst ablaufend
opportunities-sort-title = Titel (A–Z)
interest-error-message-empty = Schreiben Sie eine Nachricht: wer Sie sind und was Sie interessiert.
interest-error-message-long = Die Nachricht ist { $count } Zeichen lang; kürzen Sie sie auf höchstens { $max }.
interest-error-message-characters = Die Nachricht enthält Steuerzeichen; entfernen Sie sie.
nav-dashboard = Mein clusterhub
search-page-label = Plattform durchsuchen
funding-opens-on = Öffnet am { $date }
conversation-with = mit { $name }
conversation-profile = Profil von { $name }
programme-error-centre-ambiguous = { $count } Zentren tragen diesen Namen; geben Sie die Adresse des gemeinten an: { $addresses }.
claims-done-approved = Der Anspruch ist bestätigt: Die Person verwaltet nun die Organisation und wurde per E-Mail informiert.
claims-done-rejected = Der Anspruch ist abgelehnt; die Person wurde per E-Mail mit Ihrer Begründung informiert.
event-cancel-title = „{ $title }“ absagen?
event-cancel-when = Die Veranstaltung ist für { $when } geplant. Die Absage kann nicht rückgängig gemacht werden; sie bleibt als abgesagt aufgeführt.
event-cancel-told = { $count ->
    [0] Es hat sich noch niemand angemeldet.
    [one] Die eine angemeldete oder wartende Person wird per E-Mail informiert.
   *[other] Die { $count } angemeldeten oder wartenden Personen werden per E-Mail informiert.
}
event-cancel-keep = Nein, Veranstaltung beibehalten
dashboard-heading = Willkommen, { $name }
dashboard-waiting = Wartet auf Ihre Entscheidung
dashboard-waiting-none = Im Moment wartet nichts auf Sie.
dashboard-wait-meetings = { $count ->
    [one] Eine Terminanfrage zu beantworten
   *[other] { $count } Terminanfragen zu beantworten
}
dashboard-wait-centre = Ein Antrag nennt Ihr Zentrum: bitte bestätigen
dashboard-wait-mission = { $count ->
    [one] Eine Bewerbung für eine Delegationsreise zu bewerten
   *[other] { $count } Bewerbungen für eine Delegationsreise zu bewerten
}
dashboard-wait-programme = { $count ->
    [one] Ein Programmantrag zu bewerten
   *[other] { $count } Programmanträge zu bewerten
}
dashboard-wait-opportunity = Ein Angebot wurde von der Moderation zurückgegeben: ändern und erneut einreichen
dashboard-wait-event = Eine Veranstaltung wurde von der Moderation zurückgegeben: ändern und erneut einreichen
dashboard-wait-claims = { $count ->
    [one] Ein Anspruch oder Organisationsvorschlag zu prüfen
   *[other] { $count } Ansprüche oder Organisationsvorschläge zu prüfen
}
dashboard-wait-opportunities = { $count ->
    [one] Ein Angebot zu prüfen
   *[other] { $count } Angebote zu prüfen
}
dashboard-wait-events = { $count ->
    [one] Eine Veranstaltung zu prüfen
   *[other] { $count } Veranstaltungen zu prüfen
}
dashboard-events = Ihre nächsten Veranstaltungen
dashboard-events-none = Sie sind für keine kommende Veranstaltung angemeldet.
dashboard-waiting-list = auf der Warteliste
dashboard-find-events = Veranstaltungen finden
dashboard-calls = Ausschreibungen, denen Sie folgen
dashboard-calls-none = Sie folgen keiner offenen Ausschreibung. Folgen Sie einer, um an die Frist erinnert zu werden.
dashboard-profile = Profil
dashboard-edit-profile = Profil bearbeiten
dashboard-people = Personen
dashboard-new-event = Veranstaltung anlegen
dashboard-new-opportunity = Angebot veröffentlichen
dashboard-partners = Empfohlene Partner
dashboard-published = { $count ->
    [0] Kein veröffentlichtes Angebot
    [one] Ein veröffentlichtes Angebot
   *[other] { $count } veröffentlichte Angebote
}
dashboard-no-organisation-heading = Ihre Organisation
dashboard-no-organisation = Sie handeln noch für keine Organisation. Suchen Sie Ihre im Verzeichnis und beanspruchen Sie das Profil, oder schlagen Sie sie vor, falls sie fehlt; die Moderation bestätigt es.
dashboard-find-yours = Ihre Organisation finden
dashboard-propose = Neue Organisation vorschlagen
home-to-dashboard = Zu Mein clusterhub
home-search-placeholder = Name, Ort oder Thema
home-events = Kommende Veranstaltungen
home-all-events = Alle Veranstaltungen
home-calls = Bald endende Ausschreibungen
home-calls-none = In den nächsten 30 Tagen endet keine offene Ausschreibung.
home-all-calls = Alle Förderaufrufe
home-opportunities = Neueste Angebote und Gesuche
home-all-opportunities = Der ganze Marktplatz
recommended-why = Warum? Weitere Gründe
recommended-organisation = Organisation
logo-title = Logo von { $name }
logo-alt = Logo von { $name }
logo-none = Noch kein Logo: Karten und Profil zeigen die Initialen der Organisation.
logo-file = Bilddatei
logo-hint = PNG, JPEG, GIF oder WebP, höchstens 2 MB. Es wird höchstens 256 × 256 Pixel groß gezeigt; ein quadratisches Bild auf schlichtem Grund wirkt am besten.
logo-upload = Logo hochladen
logo-remove = Logo entfernen
logo-done-saved = Das neue Logo ist gespeichert und erscheint im Profil und auf Karten.
logo-done-removed = Das Logo ist entfernt.
logo-error = Das Logo wurde nicht gespeichert: { $reason }
logo-error-missing = Wählen Sie zuerst eine Bilddatei.
logo-error-too-large = Die Datei ist größer als 2 MB.
logo-error-format = Die Datei ist kein PNG-, JPEG-, GIF- oder WebP-Bild (SVG wird nicht angenommen).
logo-error-dimensions = Das Bild ist zu groß: höchstens 16 Megapixel und 8.000 Pixel in jeder Richtung.
profile-logo-link = Logo
dashboard-wait-programme-decisions = { $count ->
    [one] Ein vom Zentrum bestätigter Antrag wartet auf Bewilligung oder Ablehnung
   *[other] { $count } von den Zentren bestätigte Anträge warten auf Bewilligung oder Ablehnung
}
dashboard-wait-mission-selection = { $count ->
    [one] Die Ausschreibung ist beendet: eine Bewerbung wartet auf Ihre Auswahl
   *[other] Die Ausschreibung ist beendet: { $count } Bewerbungen warten auf Ihre Auswahl
}
dashboard-organised = Von Ihnen organisierte Veranstaltungen
table-word = Tabelle
notice-password-changed-tokens = Ihr Passwort wurde geändert; Ihre anderen Sitzungen wurden beendet, früher gesendete Links gelten nicht mehr, und Ihre API-Tokens wurden widerrufen.
account-revoke-tokens = Auch alle meine API-Tokens widerrufen
reset-intro = Ein neues Passwort beendet auch Ihre Sitzungen, macht früher gesendete Links wertlos und widerruft Ihre API-Tokens.
mail-email-changed-subject = Die Adresse Ihres clusterhub-Kontos wurde geändert
mail-email-changed-body = Die Adresse Ihres clusterhub-Kontos wurde soeben in { $email } geändert, bestätigt von dieser Adresse aus. Diese Adresse öffnet das Konto nicht mehr. Falls Sie das nicht waren, benachrichtigen Sie sofort die Administratoren der Plattform und leiten Sie ihnen diese E-Mail weiter.
error-own-request = Über Ihre eigene Anfrage oder die einer Organisation, der Sie angehören, können Sie nicht entscheiden: Das tut eine andere Moderatorin, ein anderer Moderator oder ein Plattform-Admin.
programme-error-own-programme = Eine Organisation kann sich nicht bei ihrem eigenen Programm bewerben: Wählen Sie eine andere Ihrer Organisationen.
programme-error-own-only = Ihre einzige Organisation betreibt dieses Programm, und eine Organisation kann sich nicht bei ihrem eigenen Programm bewerben.
programme-error-own-award = Dieser Antrag stammt von der Organisation, die das Programm betreibt; sie kann nicht von ihrem eigenen Programm gefördert werden.
error-own-application = Über einen Antrag, den Sie gestellt haben oder der von einer Organisation stammt, der Sie angehören, können Sie nicht entscheiden: Das tut eine andere Person aus dem Organisationsteam.
evaluator-erased = Eine ehemalige Gutachterin / ein ehemaliger Gutachter (Konto gelöscht)
mail-invited-member-subject = Einladung zu { $organisation } auf clusterhub
mail-invited-member-body = Sie wurden eingeladen, auf clusterhub bei { $organisation } als { $role } mitzuwirken. Nichts ändert sich, bevor Sie annehmen: Melden Sie sich an und nehmen Sie die Einladung hier an oder lehnen Sie sie ab (sie gilt { $days } Tage):

    { $link }
invitations-title = Einladungen
invitations-intro = Organisationen haben Sie eingeladen, an ihrem Profil, ihren Angeboten und Veranstaltungen mitzuwirken. Nichts ändert sich, bevor Sie annehmen.
invitations-none = Keine Einladung wartet auf Sie.
invitations-line = { $organisation } lädt Sie als { $role } ein
invitations-by = eingeladen von { $name } am { $date }
invitations-on = eingeladen am { $date }
invitations-accept = Annehmen
invitations-decline = Ablehnen
invitations-accepted = Einladung angenommen: Die Organisation gehört jetzt zu Ihren.
invitations-declined = Einladung abgelehnt. Sonst hat sich nichts geändert.
dashboard-wait-invitations = { $count ->
    [one] Eine Einladung zu einer Organisation zu beantworten
   *[other] { $count } Einladungen zu Organisationen zu beantworten
}
event-contact-email-hint = Wird allen auf der öffentlichen Seite der Veranstaltung und in ihrer Kalenderdatei gezeigt: Verwenden Sie eine gemeinsame Adresse der Organisation wie events@… statt einer persönlichen.
mail-event-revision-review-subject = Eine Änderung an einer veröffentlichten Veranstaltung wartet auf Prüfung
mail-event-revision-review-body = Die Veranstaltenden von „{ $title }“ haben mehr als Zeit, Ort oder Plätze geändert; die Veranstaltung bleibt wie veröffentlicht, bis Sie entscheiden: { $link }
event-done-revision = Gespeichert. Neue Zeit, neuer Ort oder neue Plätze gelten sofort; die übrigen Änderungen warten auf eine Moderation, bis dahin wird die Veranstaltung wie veröffentlicht gezeigt.
event-revision-pending = Änderungen an dieser Veranstaltung warten auf eine Moderation; bis zur Freigabe sehen alle sie wie veröffentlicht.
event-error-revision-decided = Über diese Änderung hat bereits eine andere Moderation entschieden.
event-done-revision-approved = Die Änderung ist freigegeben; die Angemeldeten erfahren, was sich geändert hat.
event-done-revision-returned = Die Änderung ist zurückgeschickt; die Veranstaltung bleibt wie veröffentlicht, und die Veranstaltenden erfahren den Grund.
moderation-event-revision = Änderung an einer veröffentlichten Veranstaltung.
moderation-event-revision-fields = Geändert: { $fields }.
moderation-event-revision-was = Veröffentlichter Titel: { $title }
mail-event-revised-subject = „{ $title }“ wurde geändert
mail-event-revised-body = Die Veranstaltenden haben „{ $title }“ geändert, wofür Sie angemeldet sind. Geändert: { $changed }.

    { $link }
mail-event-revision-approved-subject = Die Änderung an Ihrer Veranstaltung ist freigegeben
mail-event-revision-approved-body = Die Änderung an „{ $title }“ ist freigegeben und für alle sichtbar: { $link }
mail-event-revision-returned-subject = Die Änderung an Ihrer Veranstaltung wurde zurückgeschickt
mail-event-revision-returned-body = Eine Moderation hat die Änderung an „{ $title }“ zurückgeschickt: { $reason }
    Die Veranstaltung bleibt wie veröffentlicht; Sie können sie erneut bearbeiten.

    { $link }
account-error-password-common = Dieses Passwort gehört zu den 10.000 meistgenutzten und wird daher zuerst erraten: Wählen Sie ein anderes, zum Beispiel einige Wörter ohne Zusammenhang.
account-error-password-guessable = Dieses Passwort besteht aus dem Namen der Website oder Ihrer E-Mail-Adresse und wenig mehr: Wählen Sie eines, das niemand erraten kann, der diese kennt.
project-invited-heading = In das Konsortium eingeladen
project-invited-waiting = wartet auf die Zustimmung der Organisation
project-partner-accept = Annehmen: Wir sind dabei
project-partner-decline = Ablehnen
project-done-partner-invited = Die Organisation ist eingeladen; sie kommt ins Konsortium, wenn eine ihrer Admins zustimmt.
project-done-partner-accepted = Ihre Organisation ist jetzt Partner dieses Projekts.
project-done-partner-declined = Die Einladung ist abgelehnt.
mail-partner-invited-subject = Eine Einladung in das Konsortium von { $project }
mail-partner-invited-body = Die Seite des Projekts { $project } führt { $organisation } als Partner, sobald eine ihrer Admins zustimmt. Hier annehmen oder ablehnen:

    { $link }
dashboard-wait-partner = Ein Projekt lädt Ihre Organisation in sein Konsortium ein
notice-code-expired = Die Anmeldung hat zu lange gedauert oder zu viele Codes waren falsch: Geben Sie Ihr Passwort erneut ein.
notice-two-factor-on = Die Zwei-Faktor-Authentifizierung ist eingeschaltet.
notice-two-factor-off = Die Zwei-Faktor-Authentifizierung ist ausgeschaltet: Bei der Anmeldung wird nur noch Ihr Passwort verlangt.
login-code-title = Code aus Ihrer Authenticator-App
login-code-intro = Ihr Passwort war richtig. Ihr Konto verlangt außerdem den Code, den Ihre Authenticator-App gerade zeigt.
login-code = Code
login-code-hint = Sechs Ziffern aus der App oder einer Ihrer Wiederherstellungscodes, wenn Sie die App nicht dabeihaben.
login-code-submit = Anmelden
login-code-start-again = Mit dem Passwort neu beginnen
login-code-wrong = Dieser Code stimmt nicht oder wurde schon verwendet: Geben Sie den Code ein, den die App jetzt zeigt.
two-factor-title = Zwei-Faktor-Authentifizierung
two-factor-is-on = Die Anmeldung verlangt Ihr Passwort und einen Code aus Ihrer Authenticator-App.
two-factor-is-off = Die Anmeldung verlangt nur Ihr Passwort.
two-factor-set-up = Authenticator-App einrichten
two-factor-manage = Wiederherstellungscodes und Einstellungen
two-factor-required = Plattform-Admins und Moderationen entscheiden für alle, daher brauchen ihre Konten einen zweiten Faktor: Richten Sie eine Authenticator-App ein, um fortzufahren.
two-factor-intro = Mit einer Authenticator-App kann sich niemand anmelden, der nur Ihr Passwort kennt: Es braucht auch Ihr Telefon.
two-factor-step-app = Öffnen Sie eine Authenticator-App auf Ihrem Telefon (zum Beispiel FreeOTP, Aegis, Google Authenticator oder Microsoft Authenticator).
two-factor-step-scan = Scannen Sie damit diesen Code:
two-factor-qr-alt = QR-Code, um clusterhub zu Ihrer Authenticator-App hinzuzufügen
two-factor-step-type = Oder geben Sie diesen Schlüssel in die App ein:
two-factor-step-confirm = Geben Sie Ihr Passwort und die sechs Ziffern ein, die die App zeigt, um zu bestätigen, dass es funktioniert.
two-factor-code-hint = Die sechs Ziffern, die Ihre Authenticator-App gerade zeigt.
two-factor-turn-on = Zwei-Faktor-Authentifizierung einschalten
two-factor-done-on = Die Zwei-Faktor-Authentifizierung ist eingeschaltet. Bewahren Sie die Wiederherstellungscodes unten sicher auf: Jeder meldet Sie einmal an, falls Sie Ihr Telefon verlieren.
two-factor-codes-heading = Ihre Wiederherstellungscodes
two-factor-codes-intro = Sie werden nur dieses eine Mal gezeigt. Jeder funktioniert einmal anstelle eines Codes aus der App.
two-factor-codes-left = { $count ->
    [one] Ein Wiederherstellungscode ist übrig.
   *[other] { $count } Wiederherstellungscodes sind übrig.
}
two-factor-renew-heading = Neue Wiederherstellungscodes
two-factor-renew = Zehn neue Wiederherstellungscodes erstellen
two-factor-done-renewed = Zehn neue Wiederherstellungscodes; die alten funktionieren nicht mehr.
two-factor-off-heading = Ausschalten
two-factor-turn-off = Zwei-Faktor-Authentifizierung ausschalten
two-factor-required-role-note = Als Plattform-Admin oder Moderation behalten Sie sie eingeschaltet.
two-factor-back = Zurück zu Ihrem Konto
two-factor-already-on = Die Zwei-Faktor-Authentifizierung ist bereits eingeschaltet.
two-factor-not-on = Die Zwei-Faktor-Authentifizierung ist nicht eingeschaltet.
two-factor-required-role = Plattform-Admins und Moderationen behalten die Zwei-Faktor-Authentifizierung eingeschaltet.

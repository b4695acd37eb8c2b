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
countries-present = Hier vertretene Länder
countries-other = Weitere Länder
nav-dashboard = Mein clusterhub
search-page-label = Plattform durchsuchen
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
error-own-request = Über Ihre eigene Anfrage oder die einer Organisation, der Sie angehören, können Sie nicht entscheiden: Das tut eine andere Moderatorin, ein anderer Moderator oder ein Plattform-Admin.
error-own-application = Über einen Antrag, den Sie gestellt haben oder der von einer Organisation stammt, der Sie angehören, können Sie nicht entscheiden: Das tut eine andere Person aus dem Organisationsteam.
evaluator-erased = Eine ehemalige Gutachterin / ein ehemaliger Gutachter (Konto gelöscht)
dashboard-wait-invitations = { $count ->
    [one] Eine Einladung zu einer Organisation zu beantworten
   *[other] { $count } Einladungen zu Organisationen zu beantworten
}
moderation-event-revision = Änderung an einer veröffentlichten Veranstaltung.
moderation-event-revision-fields = Geändert: { $fields }.
moderation-event-revision-was = Veröffentlichter Titel: { $title }
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

nav-news = Nachrichten
news-title-page = Nachrichten
news-intro = Nachrichten der Cluster, Unternehmen und Technologiezentren auf clusterhub: Projekte, Missionen, Ausschreibungen und was auf Veranstaltungen gesagt wurde.
news-write-for = Nachricht für { $name } schreiben
news-language = Sprache
news-tag = Schlagwort
news-organisation = Organisation
news-offset = Seite
news-empty = Keine Nachricht passt zu diesen Filtern.
news-count = { $count ->
    [one] Eine Nachricht
   *[other] { $count } Nachrichten
}
news-feed-rss = Nachrichten als RSS
news-feed-atom = Nachrichten als Atom
news-feed-title = clusterhub-Nachrichten
news-feed-description = Nachrichten der Cluster, Unternehmen und Technologiezentren auf clusterhub.
news-kind = Art der Nachricht
news-kind-article = Artikel
news-kind-talk-summary = Zusammenfassung eines Vortrags oder einer Veranstaltung
news-kind-press-release = Pressemitteilung
news-state-draft = Entwurf
news-state-submitted = Wartet auf Prüfung
news-state-returned = Zur Überarbeitung zurückgegeben
news-state-published = Veröffentlicht
news-state-withdrawn = Zurückgezogen
news-state-draft-explained = Nur Ihre Organisation sieht diesen Entwurf. Reichen Sie ihn ein, wenn er fertig ist; die Moderation prüft ihn vor der Veröffentlichung.
news-state-submitted-explained = Die Moderation prüft sie. Bis dahin können Sie sie zurücknehmen, um sie zu ändern.
news-state-returned-explained = Die Moderation hat ihn zurückgegeben. Ändern Sie ihn und reichen Sie ihn erneut ein.
news-state-published-explained = Alle können ihn lesen, auf den Nachrichtenseiten und in den Feeds.
news-state-withdrawn-explained = Er ist zurückgezogen: Nur Ihre Organisation sieht ihn.
news-title = Titel
news-lead = Vorspann
news-lead-hint = Ein oder zwei Sätze für Listen, Feeds und die Vorschau beim Teilen.
news-body = Text
news-body-hint = Markdown: eine Leerzeile zwischen Absätzen, ## für eine Überschrift, - für eine Liste, **fett**, *kursiv*, [Text](https://adresse) für einen Link, ![Beschreibung](https://adresse) für ein Bild. HTML wird so gezeigt, wie es geschrieben ist, nicht ausgeführt.
news-tags = Schlagwörter
news-tags-hint = Durch Kommas getrennt, z. B. raumfahrt, mikro-zuschüsse.
news-cover = Titelbild
news-cover-hint = Die https-Adresse eines Bildes, über dem Text und beim Teilen gezeigt.
news-about = Betrifft
news-about-hint = Weitere Organisationen des Verzeichnisses, um die es geht, eine pro Zeile: die Adresse ihres Profils oder deren letzter Teil (z. B. censec).
news-project = Projekt
news-project-hint = Die Adresse der Projektseite auf clusterhub oder ihre Nummer, wenn es um ein Projekt geht.
news-error-tags = Ein Schlagwort darf Buchstaben, Ziffern, Bindestriche, Punkte und Pluszeichen enthalten, bis zu 40 Zeichen.
news-error-tags-many = Höchstens 10 Schlagwörter.
news-error-cover = Geben Sie die Adresse des Bildes mit https:// an.
news-error-about = Geben Sie jede Organisation als Adresse ihres Profils auf clusterhub oder deren letzten Teil an.
news-error-about-many = Höchstens 20 Organisationen.
news-error-about-unknown = Nicht im Verzeichnis: { $names }.
news-error-project = Keine Projektseite hat diese Adresse oder Nummer.
news-error-state = Jemand anderes hat diese Nachricht zuerst geändert; laden Sie die Seite neu.
news-error-not-editable = Diese Nachricht kann nicht mehr geändert werden.
news-form-intro = Schreiben Sie in der Sprache Ihrer Leserinnen und Leser; die Moderation prüft die Nachricht vor der Veröffentlichung. Mit „Vorschau“ sehen Sie den Text so, wie er erscheinen wird.
news-save = Entwurf speichern
news-preview = Vorschau
news-preview-heading = Vorschau
news-preview-unsaved = Diese Vorschau ist noch nicht gespeichert: Speichern Sie den Entwurf unten.
news-new-title = Nachricht von { $name }
news-edit-title = „{ $title }“ ändern
news-back = Zurück zu den Nachrichten
news-back-item = Zurück zur Nachricht
news-done-saved = Entwurf gespeichert.
news-done-submitted = Eingereicht: Die Moderation prüft die Nachricht.
news-done-taken-back = Zurückgenommen: Sie ist wieder ein Entwurf, den Sie ändern und erneut einreichen können.
news-done-withdrawn = Zurückgezogen.
news-done-published = Veröffentlicht.
news-done-returned = An die Verfasser zurückgegeben.
news-returned-because = Die Moderation hat sie zurückgegeben: { $reason }
news-published-by = Veröffentlicht von
news-more-from = Weitere Nachrichten über { $name }
news-owner-heading = Nachricht Ihrer Organisation
news-edit = Ändern
news-submit = Zur Prüfung einreichen
news-take-back = Zurücknehmen und ändern
news-withdraw = Zurückziehen
news-approve = Veröffentlichen
moderation-news-title = Zu prüfende Nachrichten
moderation-news-none = Keine Nachricht wartet auf Prüfung.
mail-news-submitted-subject = Eine Nachricht wartet auf Prüfung auf clusterhub
mail-news-submitted-body = „{ $title }“ wurde eingereicht. Hier prüfen:

    { $link }
mail-news-published-subject = Ihre Nachricht ist auf clusterhub veröffentlicht
mail-news-published-body = „{ $title }“ ist veröffentlicht:

    { $link }
mail-news-returned-subject = Ihre Nachricht wurde zur Überarbeitung zurückgegeben
mail-news-returned-body = Die Moderation hat „{ $title }“ zurückgegeben: { $reason }

    Ändern und erneut einreichen: { $link }
news-error-mentions-undecided = Bevor Sie einreichen: Prüfen Sie unten, was der Text erwähnt, entfernen Sie das Häkchen bei allem, was falsch ist, und klicken Sie auf „Erwähnungen speichern“. Angekreuzte Erwähnungen werden zu Links, denen Leser folgen.
news-error-mention-unknown = Eine der gesendeten Erwähnungen steht nicht mehr im Text. Öffnen Sie den Beitrag erneut und entscheiden Sie über die jetzigen Erwähnungen.
news-done-mentions = Erwähnungen gespeichert.
news-mentioned = Erwähnt
news-mentions-heading = Was der Text erwähnt
news-mentions-explained = Die Plattform hat dies in Titel, Vorspann und Text gefunden. Angekreuzte Erwähnungen werden im Beitrag verlinkt, und der Beitrag erscheint auf deren Seiten unter „In den Nachrichten“. Entfernen Sie das Häkchen bei allem, was falsch ist: Ein falscher Link ist schlimmer als ein fehlender.
news-mentions-undecided = Kreuzen Sie an, was stimmt, entfernen Sie den Rest und speichern Sie, bevor Sie einreichen.
news-mentions-legend = Diese Erwähnungen verlinken
news-mention-new = neu
news-mention-open = öffnen
news-mentions-save = Erwähnungen speichern
news-mention-choice = { $kind }: { $name }
news-mention-kind-organisation = Organisation
news-mention-kind-project = Projekt
news-mention-kind-event = Veranstaltung
news-mention-kind-call = Förderaufruf
news-mention-kind-country = Land
news-mention-kind-city = Stadt
news-mention-kind-technology = Technologie
news-mention-kind-ecosystem = Industrielles Ökosystem
news-candidates-heading = Organisationen, die nicht im Verzeichnis sind
news-candidates-explained = Der Text nennt diese, und das Verzeichnis hat kein Profil für sie. Angemeldete Nutzer können eines vorschlagen; Beiträge, die danach geschrieben oder geändert werden, verlinken es.
news-candidate-propose = Profil vorschlagen
news-in-the-news = In den Nachrichten
news-in-the-news-more = Alle Nachrichten, die es erwähnen
news-country = Erwähntes Land
news-technology = Erwähnte Technologie
news-ecosystem = Erwähntes industrielles Ökosystem
news-mention-written = { $name } (im Text „{ $words }“)
moderation-news-candidates = Eingereichte und veröffentlichte Nachrichten nennen diese Organisationen, und das Verzeichnis hat kein Profil für sie. Schlagen Sie eines vor, wo es sich lohnt; Beiträge, die danach geschrieben oder geändert werden, verlinken es.
moderation-news-candidate-items = { $count ->
    [one] ein Beitrag
   *[other] { $count } Beiträge
}
news-event = Zusammengefasste Veranstaltung
news-event-hint = Für eine Zusammenfassung: Adresse oder Nummer der Veranstaltungsseite, etwa /events/12. Die Veranstaltungsseite zeigt dann die Zusammenfassung.
news-error-event = Geben Sie Adresse oder Nummer der Seite einer veröffentlichten Veranstaltung an, etwa /events/12.
news-summary-of = Zusammenfassung von
news-translation-of = Übersetzung von
news-translation-of-hint = Wenn dieser Beitrag einen veröffentlichten übersetzt: dessen Adresse oder Nummer, etwa /news/7. Leser finden dann jede Sprachfassung von den anderen aus.
news-error-translation = Geben Sie Adresse oder Nummer eines veröffentlichten Beitrags an, etwa /news/7.
news-error-translation-language = Dieser Beitrag hat schon eine Fassung in dieser Sprache (oder dies ist seine erste Fassung). Wählen Sie eine andere Sprache oder einen anderen Beitrag.
news-also-in = Auch auf
news-in-your-language = Dieser Artikel ist auch auf Deutsch verfügbar.
news-unpublished-heading = Unveröffentlichte Beiträge Ihrer Organisationen
news-changed = geändert am { $date }
news-error-event-kind = Nur eine Zusammenfassung nennt die Veranstaltung, die sie zusammenfasst: Wählen Sie diese Art oder lassen Sie das Feld leer.
news-error-event-future = Diese Veranstaltung hat noch nicht stattgefunden; eine Zusammenfassung gilt einer begonnenen Veranstaltung.
news-error-language = Geben Sie die Sprache des Beitrags als Code aus zwei Buchstaben an, etwa de, en, fr oder da.

## Eigene Nachrichten-Feeds einer Organisation

feeds-heading = Nachrichten-Feeds
feeds-title = Nachrichten-Feeds von { $name }
feeds-intro = Tragen Sie den RSS-, Atom- oder JSON-Feed Ihrer Website ein: Die Plattform liest ihn alle 15 Minuten und macht aus jedem neuen Eintrag eine Nachricht Ihrer Organisation – einmal; ein bereits gelesener Eintrag kommt nie erneut hinzu.
feeds-trusted = Eine Moderatorin oder ein Moderator vertraut diesen Feeds: Neue Einträge werden sofort veröffentlicht. Ein weiterer eingetragener Feed beendet das Vertrauen, bis es erneut gegeben wird.
feeds-untrusted = Neue Einträge werden Entwürfe: Prüfen Sie sie, bestätigen Sie, was sie erwähnen, und reichen Sie sie zur Veröffentlichung ein.
feeds-none = Noch kein Feed eingetragen.
feeds-read = Gelesen am { $date } UTC · { $count ->
    [one] ein Eintrag übernommen
   *[other] { $count } Einträge übernommen
}
feeds-not-read = Noch nicht gelesen: Das geschieht innerhalb einer Minute.
feeds-problem = Letztes Problem: { $reason }
feeds-read-now = Jetzt lesen
feeds-remove = Entfernen
feeds-add-heading = Feed hinzufügen
feeds-add = Feed hinzufügen
feeds-url = Adresse des Feeds
feeds-url-hint = Die Adresse des RSS-, Atom- oder JSON-Feeds, beginnend mit https:// (oder http://).
feeds-too-many = Eine Organisation kann { $count } Feeds eintragen; entfernen Sie zuerst einen.
feeds-already = Dieser Feed ist bereits eingetragen.
feeds-added = Feed hinzugefügt: Er wird innerhalb einer Minute gelesen.
feeds-removed = Feed entfernt. Die übernommenen Nachrichten bleiben.
feeds-soon = Der Feed wird innerhalb einer Minute gelesen.
feeds-trust-heading = Moderation der Feed-Einträge
feeds-trust = Diesen Feeds vertrauen: neue Einträge ohne Moderation veröffentlichen
feeds-untrust = Diesen Feeds nicht mehr vertrauen: neue Einträge werden wieder Entwürfe
feeds-trusted-now = Die Feed-Einträge der Organisation werden jetzt ohne Moderation veröffentlicht.
feeds-untrusted-now = Die Feed-Einträge der Organisation werden wieder Entwürfe.
feeds-tried = Zuletzt versucht am { $date } UTC · { $count ->
    [one] ein Eintrag übernommen
   *[other] { $count } Einträge übernommen
}
feeds-url-missing = Geben Sie die Adresse des Feeds ein.
feeds-error-address = Das ist keine vollständige Webadresse: Sie muss mit https:// (oder http://) beginnen.
feeds-error-too-long = Die Adresse ist länger als { $detail } Zeichen.
feeds-error-scheme = Nur http- und https-Adressen können gelesen werden, nicht „{ $detail }“.
feeds-error-private = Die Adresse führt zu einer privaten oder lokalen Netzwerkadresse, die Feeds nicht nutzen dürfen.
feeds-error-dns = Der Servername „{ $detail }“ wurde nicht gefunden.
feeds-error-connect = Der Server war nicht erreichbar.
feeds-error-timeout = Der Feed kam nicht innerhalb von { $detail } Sekunden: Der Server ist zu langsam oder antwortet nicht.
feeds-error-redirects = Der Server hat mehr als { $detail }-mal weitergeleitet, ohne den Feed zu liefern.
feeds-error-bad-redirect = Der Server leitet an eine Adresse weiter, die nicht genutzt werden kann.
feeds-error-status = Der Server antwortete mit dem HTTP-Status { $detail } statt mit dem Feed.
feeds-error-too-large = Der Feed ist größer als { $detail } MB, das Höchstmaß für einen Feed.
feeds-error-transfer = Das Lesen des Feeds brach ab.
feeds-error-empty = Die Adresse liefert ein leeres Dokument.
feeds-error-html = Die Adresse liefert eine Webseite, keinen Feed: Nutzen Sie die Adresse des RSS- oder Atom-Feeds der Website (oft als „RSS“ oder mit einem Feed-Symbol verlinkt).
feeds-error-not-a-feed = Die Adresse liefert weder einen RSS-, Atom- noch JSON-Feed.
feeds-error-malformed = Der Feed ist fehlerhaft.
feeds-error-calendar = Das ist ein Kalender (iCalendar) mit Veranstaltungen; hier werden nur Nachrichten-Feeds (RSS, Atom, JSON Feed) gelesen.
feeds-error-entries = Einträge ohne Titel oder mit zu wenig Text ausgelassen: { $detail }.
feeds-error-store = Das Gelesene konnte nicht gespeichert werden; der Feed wird erneut gelesen.
feeds-error-credentials = Die Adresse darf keinen Benutzernamen und kein Passwort enthalten.
feeds-error-port = Feeds werden über die Ports des Webs gelesen (80, 443, 8000, 8080, 8443), nicht über Port { $detail }.

search-title = Suche
search-title-for = „{ $q }“ – Suche
search-heading = Die Plattform durchsuchen
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
search-kind-news = Nachrichten
search-deadline = bis { $date }
search-facet-kind = Inhalt
search-facet-type = Art
search-facet-country = Land
search-facet-region = Region
search-facet-ecosystem = Industrielles Ökosystem
search-facet-technology = Schlüsseltechnologie
search-facet-critical = Kritischer Technologiebereich
search-facet-label = Cluster-Label

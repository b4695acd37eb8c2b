search-title = Søg
search-title-for = “{ $q }” – søgning
search-heading = Søg på platformen
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
search-kind-news = Nyheder
search-deadline = til { $date }
search-facet-kind = Indhold
search-facet-type = Type
search-facet-country = Land
search-facet-region = Region
search-facet-ecosystem = Industrielt økosystem
search-facet-technology = Nøgleteknologi
search-facet-critical = Kritisk teknologiområde
search-facet-label = Klyngemærke

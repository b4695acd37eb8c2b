search-title = Search
search-title-for = “{ $q }” – search
search-heading = Search the platform
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
search-kind-call = Funding call
search-kind-event = Event
search-kind-opportunity = Opportunity
search-kind-news = News
search-deadline = until { $date }
search-facet-kind = Content
search-facet-type = Type
search-facet-country = Country
search-facet-region = Region
search-facet-ecosystem = Industrial ecosystem
search-facet-technology = Key enabling technology
search-facet-critical = Critical technology area
search-facet-label = Cluster label

search-title = Recherche
search-title-for = « { $q } » – recherche
search-heading = Rechercher sur la plateforme
search-q-label = Que cherchez-vous ?
search-q-hint = Noms, thèmes, technologies ou lieux, dans chacune de nos langues. Des "guillemets" pour une expression exacte, -mot pour exclure un mot.
search-near-label = Près de (ville ou région)
search-km-label = Dans un rayon de
search-km = { $km } km
search-facets-heading = Affiner
search-count = { $count ->
    [1] Un résultat
   *[other] { $count } résultats
}
search-no-results = Aucun résultat. Vérifiez l’orthographe, utilisez moins de mots ou retirez un filtre.
search-relaxed = Aucun résultat ne contient tous vos mots ; ceux-ci en contiennent une partie.
search-truncated = Seuls les { $chars } premiers caractères et { $words } premiers mots de votre recherche ont été utilisés.
search-unknown-value = Aucun contenu n’a { $facet } « { $value } ».
search-unknown-place = aucune organisation n’est située à « { $place } » ; indiquez une ville ou une région de l’annuaire
search-remove-filter = Retirer le filtre : { $filter }
search-near-chip = À moins de { $km } km de { $place }
search-all-results = Tous les résultats ({ $count })
search-as-json = Ces résultats en JSON
search-participants = { $count ->
    [1] un participant
   *[other] { $count } participants
}
search-coordinator = coordonné par { $name }
search-distance = à { $km } km
search-kind-organisation = Organisation
search-kind-project = Projet
search-kind-call = Appel
search-kind-event = Événement
search-kind-opportunity = Opportunité
search-kind-news = Actualités
search-deadline = jusqu’au { $date }
search-facet-kind = Contenu
search-facet-type = Type
search-facet-country = Pays
search-facet-region = Région
search-facet-ecosystem = Écosystème industriel
search-facet-technology = Technologie clé générique
search-facet-critical = Domaine technologique critique
search-facet-label = Label de cluster

//! Running a search against the index, for the page and the API.

use super::*;

/// Runs a search off the async threads (it is CPU work), for the page and the API alike.
pub async fn run(st: &AppState, request: SearchRequest) -> Result<SearchResults, WebError> {
    // A repeated query is answered without waiting for a turn.
    if let Some(kept) = st.search.answered(&request) {
        return Ok(kept);
    }
    let permit = tokio::time::timeout(SEARCH_WAIT, st.searches.clone().acquire_owned())
        .await
        .map_err(|_| WebError::Unavailable)?
        .map_err(|_| WebError::Unavailable)?;
    let index = st.search.clone();
    tokio::task::spawn_blocking(move || {
        let _permit = permit;
        index.search(&request)
    })
    .await
    .map_err(|_| WebError::Internal)?
    .map_err(|e| {
        tracing::error!(error = %e, "search failed");
        WebError::Unavailable
    })
}

pub(super) fn fragment_response(html: Html<String>) -> Response {
    ([(header::CACHE_CONTROL, "no-store")], html).into_response()
}

pub(super) fn results_fragment(
    tr: &Tr,
    regions: &HashMap<String, String>,
    params: &SearchParams,
    results: &SearchResults,
    scope: Scope,
) -> ResultsFragment {
    let base = params.pairs();
    let mut notices: Vec<String> = results.notices.iter().map(|n| notice_text(tr, regions, n)).collect();
    if results.relaxed {
        notices.push(tr.t("search-relaxed"));
    }
    let count_text = if results.total == 0 {
        tr.t("search-no-results")
    } else {
        tr.t1("search-count", "count", results.total as i64)
    };
    let offset = (params.page.saturating_sub(1) as usize * PAGE_SIZE) as u32;
    let total = (results.total as i64).min(i64::from(MAX_PAGE) * PAGE_SIZE as i64);
    ResultsFragment {
        chrome: Translations { tr: *tr },
        count_text,
        notices,
        hits: results.hits.iter().map(|h| hit_view(tr, h)).collect(),
        pages: pagination(tr, total, PAGE_SIZE as u32, offset, |o| {
            let mut pairs = base.clone();
            let page = o as usize / PAGE_SIZE + 1;
            if page > 1 {
                pairs.push(("page", page.to_string()));
            }
            url(scope.path(), &pairs)
        }),
        api_href: url(scope.api(), &base),
    }
}

pub(super) fn facet_groups(
    tr: &Tr,
    regions: &HashMap<String, String>,
    params: &SearchParams,
    results: &SearchResults,
    scope: Scope,
) -> Vec<FacetGroup> {
    let base = params.pairs();
    let mut groups = Vec::new();
    // A scoped page keeps to one kind: offering the others would lead nowhere.
    for facet in FACETS.iter().filter(|f| scope.kind().is_none() || **f != "kind") {
        let Some(values) = results.facets.get(*facet) else {
            continue;
        };
        let selected = |v: &str| params.filters.iter().any(|(f, x)| f == facet && x == v);
        let mut links = Vec::new();
        for (i, v) in values.iter().enumerate() {
            let on = selected(&v.value);
            if i >= FACET_VALUES_SHOWN && !on {
                continue;
            }
            let pairs: Vec<(&str, String)> = if on {
                base.iter()
                    .filter(|(k, x)| !(*k == *facet && *x == v.value))
                    .cloned()
                    .collect()
            } else {
                let mut p = base.clone();
                p.push((facet, v.value.clone()));
                p
            };
            links.push(FacetLink {
                label: facet_value_label(tr, regions, facet, &v.value),
                count: tr.number(v.count as i64),
                href: url(scope.path(), &pairs),
                selected: on,
            });
        }
        // A facet with one value that is not chosen narrows nothing.
        if links.len() < 2 && !links.iter().any(|l| l.selected) {
            continue;
        }
        groups.push(FacetGroup {
            name: facet,
            legend: tr.t(format!("search-facet-{facet}")),
            links,
        });
    }
    groups
}

pub(super) fn chips(tr: &Tr, regions: &HashMap<String, String>, params: &SearchParams, scope: Scope) -> Vec<Chip> {
    let base = params.pairs();
    let mut out: Vec<Chip> = params
        .filters
        .iter()
        .map(|(f, v)| {
            let label = format!(
                "{}: {}",
                tr.t(format!("search-facet-{f}")),
                facet_value_label(tr, regions, f, v)
            );
            Chip {
                remove_label: tr.t1("search-remove-filter", "filter", label.as_str()),
                remove_href: url(
                    scope.path(),
                    &base
                        .iter()
                        .filter(|(k, x)| !(*k == f.as_str() && x == v))
                        .cloned()
                        .collect::<Vec<_>>(),
                ),
                label,
            }
        })
        .collect();
    if params.near.is_some() || params.at.is_some() {
        let (lat, lon) = params.at.unwrap_or_default();
        let place = params.near.clone().unwrap_or_else(|| format!("{lat:.3}, {lon:.3}"));
        let label = tr.t2("search-near-chip", "km", params.km().round() as i64, "place", place);
        out.push(Chip {
            remove_label: tr.t1("search-remove-filter", "filter", label.as_str()),
            remove_href: url(
                scope.path(),
                &base
                    .iter()
                    .filter(|(k, _)| !matches!(*k, "near" | "at" | "km"))
                    .cloned()
                    .collect::<Vec<_>>(),
            ),
            label,
        });
    }
    out
}

//! The search page.

use super::*;

/// What a search page searches: everything (`/search`), or the technology services' catalogue
/// (`/services`: the same engine, facets and results, kept to services).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    All,
    Services,
}

impl Scope {
    pub fn path(self) -> &'static str {
        match self {
            Scope::All => "/search",
            Scope::Services => "/services",
        }
    }

    pub fn api(self) -> &'static str {
        match self {
            Scope::All => "/api/v1/search",
            Scope::Services => "/api/v1/services",
        }
    }

    /// The filter the scope always applies, which its links do not repeat.
    pub fn kind(self) -> Option<&'static str> {
        match self {
            Scope::All => None,
            Scope::Services => Some("service"),
        }
    }
}

pub async fn page(st: State<AppState>, ctx: Ctx, raw: RawQuery) -> Result<Response, WebError> {
    scoped(st, ctx, raw, Scope::All).await
}

/// `/services`: the catalogue of technology services.
pub async fn services(st: State<AppState>, ctx: Ctx, raw: RawQuery) -> Result<Response, WebError> {
    scoped(st, ctx, raw, Scope::Services).await
}

async fn scoped(
    State(st): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
    scope: Scope,
) -> Result<Response, WebError> {
    let tr = ctx.tr;
    let pairs = query_pairs(raw.as_deref());
    let (mut params, refused) = SearchParams::from_pairs_lenient(&pairs, PAGE_SIZE);
    if let Some(kind) = scope.kind() {
        params.filters.retain(|(f, _)| f != "kind");
        params.scope = Some(kind);
    }
    let limit = if params.fragment == Some(Fragment::Suggest) {
        SUGGESTIONS
    } else {
        PAGE_SIZE
    };
    let mut request = params.request(&st, &tr, limit).await?;
    // Suggestions show neither facets nor passages.
    if params.fragment == Some(Fragment::Suggest) {
        request.facets = false;
        request.passages = false;
    }
    let results = run(&st, request).await?;
    let base = params.pairs();
    if params.fragment == Some(Fragment::Suggest) {
        let html = render(&SuggestFragment {
            hits: results.hits.iter().map(|h| hit_view(&tr, h)).collect(),
            all_href: url(scope.path(), &base),
            all_text: tr.t1("search-all-results", "count", tr.number(results.total as i64)),
        })?;
        return Ok(fragment_response(html));
    }
    let regions = st.cache.region_names(&st.store).await?;
    let fragment = results_fragment(&tr, &regions, &params, &results, scope);
    if params.fragment == Some(Fragment::Results) {
        return Ok(fragment_response(render(&fragment)?));
    }
    let (chrome, heading) = match scope {
        Scope::All => (ctx.chrome("search"), tr.t("search-heading")),
        Scope::Services => (ctx.chrome("services"), tr.t("services-heading")),
    };
    let title = if params.q.trim().is_empty() {
        heading.clone()
    } else {
        tr.t1("search-title-for", "q", params.q.chars().take(80).collect::<String>())
    };
    let watch_query = serde_urlencoded::to_string(&base).unwrap_or_default();
    let page = SearchPage {
        path: scope.path(),
        heading,
        services: scope == Scope::Services,
        watch_query,
        chrome,
        title,
        q: params.q.clone(),
        near: params.near.clone().unwrap_or_default(),
        radii: RADII
            .iter()
            .map(|r| Choice {
                value: r.to_string(),
                label: tr.t1("search-km", "km", i64::from(*r)),
                selected: (params.km() - f64::from(*r)).abs() < 0.5,
            })
            .collect(),
        hidden: base
            .iter()
            .filter(|(k, _)| !matches!(*k, "q" | "near" | "km"))
            .map(|(name, value)| Hidden {
                name,
                value: value.clone(),
            })
            .collect(),
        facets: facet_groups(&tr, &regions, &params, &results, scope),
        chips: chips(&tr, &regions, &params, scope),
        api_href: fragment.api_href.clone(),
        results_html: render(&fragment)?.0,
        refusals: refusal_notices(&tr, &refused, |p| {
            Some(match p {
                "near" => "search-near-label",
                "km" => "search-km-label",
                "country" => "search-facet-country",
                _ => return None,
            })
        }),
    };
    render_list_page(&page, &refused)
}

/// How long a search waits for its turn before the client is told to come back.
pub(super) const SEARCH_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

//! The directory: the list of organisations with its filters.

use super::*;

/// `GET /organisations`: a filter that cannot be read is left out and named; the others apply.
pub async fn directory(State(st): State<AppState>, ctx: Ctx, RawQuery(q): RawQuery) -> Result<Response, WebError> {
    let pairs = query_pairs(q.as_deref());
    let (filter, refused) = DirectoryFilter::from_pairs_lenient(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let page = st.cache.directory(&st.store, &filter).await?;
    let present = st.cache.countries_in_use(&st.store, CountriesOf::Organisations).await?;
    let sources = vec![Source::of(&page), Source::of(&present)];
    if let Some(kept) = st.cache.page(&ctx, &sources) {
        return Ok(kept);
    }
    let notices = refusal_notices(&ctx.tr, &refused, parameter_label);
    let html = render(&directory_page(&ctx, &filter, &page, &present, notices))?.0;
    Ok(st.cache.keep_page(&ctx, sources, list_status(&refused), html))
}

pub struct Fact {
    pub label: String,
    pub value: String,
    pub href: Option<String>,
}

pub struct Description {
    pub lang: String,
    pub label: String,
    pub paragraphs: Vec<String>,
}

pub struct TagLink {
    pub label: String,
    pub href: String,
}

pub struct TaxonomyGroup {
    pub id: &'static str,
    pub heading: String,
    pub items: Vec<TagLink>,
}

pub struct RelationItem {
    pub slug: String,
    pub name: String,
    pub place: String,
}

pub struct RelationList {
    pub id: &'static str,
    pub heading: String,
    pub items: Vec<RelationItem>,
}

pub struct ProjectRow {
    pub id: i64,
    pub acronym: String,
    pub role: String,
    pub contribution: String,
}

pub(super) fn relation_items(tr: &Tr, refs: &[OrganisationRef]) -> Vec<RelationItem> {
    refs.iter()
        .map(|r| RelationItem {
            slug: r.slug.clone(),
            name: title_case_if_shouting(&r.name),
            place: place(tr, r.city.as_deref(), &r.country),
        })
        .collect()
}

pub(super) fn fact(label: String, value: String) -> Fact {
    Fact {
        label,
        value,
        href: None,
    }
}

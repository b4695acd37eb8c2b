//! `/regions/{code}`: a country's or a NUTS region's page: its organisations by type,
//! technology and ecosystem, its clusters, its projects and EU contribution over the years, the
//! regions it works with most, its open opportunities and upcoming events.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::statistics::{iso_country, Measure};
use domain::taxonomy::Taxonomy;
use domain::{Ecosystem, KeyEnablingTechnology, NutsCode, OrganisationType};
use maps::svg::{self, Bar, Column};

use super::{figure, region_name};
use crate::ctx::Ctx;
use crate::i18n::{Labels, Tr};
use crate::views::{render, url, Chrome};
use crate::{AppState, WebError};

/// A chart with the table of its figures.
pub struct Chart {
    pub id: String,
    pub heading: String,
    pub svg: String,
    pub label_heading: String,
    pub value_heading: String,
    pub rows: Vec<ChartRow>,
    /// The heading of the rows' second figure.
    pub extra_heading: Option<String>,
    /// CSV and JSON of the figures.
    pub downloads: Option<(String, String)>,
}

pub struct ChartRow {
    pub label: String,
    pub href: Option<String>,
    pub value: String,
    /// A second figure (e.g. the EU contribution beside the projects).
    pub extra: Option<String>,
}

pub struct Item {
    pub href: String,
    pub title: String,
    pub detail: String,
}

#[derive(Template)]
#[template(path = "maps/region.html")]
struct RegionPage {
    chrome: Chrome,
    code: String,
    name: String,
    /// The country a region belongs to, with its page.
    country: Option<(String, String)>,
    facts: Vec<(String, String)>,
    map_svg: String,
    charts: Vec<Chart>,
    years: Option<Chart>,
    clusters: Vec<Item>,
    partners: Vec<Item>,
    opportunities: Vec<Item>,
    events: Vec<Item>,
    map_href: String,
    directory_href: String,
    network_href: String,
    embed_href: String,
}

/// Bars of counts keyed by a value, labelled and linked by the caller.
#[allow(clippy::too_many_arguments)]
pub(crate) fn bar_chart(
    id: &str,
    heading: String,
    label_heading: String,
    value_heading: String,
    counts: &[(String, i64)],
    label: impl Fn(&str) -> String,
    href: impl Fn(&str) -> Option<String>,
    format: impl Fn(i64) -> String,
) -> Chart {
    let rows: Vec<ChartRow> = counts
        .iter()
        .map(|(k, n)| ChartRow {
            label: label(k),
            href: href(k),
            value: format(*n),
            extra: None,
        })
        .collect();
    let bars: Vec<Bar> = counts
        .iter()
        .zip(&rows)
        .map(|((_, n), r)| Bar {
            label: &r.label,
            value: *n as f64,
            value_text: &r.value,
            href: r.href.as_deref(),
        })
        .collect();
    Chart {
        svg: svg::bar_chart(id, &heading, &value_heading, &bars),
        id: id.to_owned(),
        heading,
        label_heading,
        value_heading,
        rows,
        extra_heading: None,
        downloads: None,
    }
}

pub(crate) fn kind_label(tr: &Tr, kind: &str) -> String {
    kind.parse::<OrganisationType>()
        .map(|k| tr.t(k.message_id()))
        .unwrap_or_else(|_| kind.to_owned())
}

pub(crate) fn technology_label(tr: &Tr, slug: &str) -> String {
    KeyEnablingTechnology::from_slug(slug)
        .map_or_else(|| slug.to_owned(), |t| Labels::of(tr.locale).technology(t).to_owned())
}

pub(crate) fn ecosystem_label(tr: &Tr, slug: &str) -> String {
    Ecosystem::from_slug(slug).map_or_else(|| slug.to_owned(), |t| Labels::of(tr.locale).ecosystem(t).to_owned())
}

/// `GET /regions/{code}`: 404 for a code that is no region the platform knows.
pub async fn region(State(st): State<AppState>, ctx: Ctx, Path(code): Path<String>) -> Result<Response, WebError> {
    let code = NutsCode::parse(&code).map_err(|_| WebError::NotFound)?.to_string();
    let shape = st.store.map_shape(&code).await?;
    let names = st.cache.region_names(&st.store).await?;
    let known = shape.is_some()
        || names.contains_key(&code)
        || (code.len() == 2 && domain::CountryCode::parse(iso_country(&code)).is_ok());
    if !known {
        return Err(WebError::NotFound);
    }
    let tr = &ctx.tr;
    let summary = st.cache.region_summary(&st.store, &code).await?;
    let name = region_name(tr, &code, shape.as_ref(), names.get(&code).map(String::as_str));
    let in_region = |k: &'static str, v: &str| {
        let mut p = vec![(k, v.to_owned())];
        p.push(if code.len() == 2 {
            ("country", iso_country(&code).to_owned())
        } else {
            ("nuts", code.clone())
        });
        Some(url("/organisations", &p))
    };
    let count = |n: i64| tr.number(n);
    let mut charts = vec![];
    let organisations_heading = tr.t("map-measure-organisations");
    if !summary.by_type.is_empty() {
        charts.push(bar_chart(
            "r-type",
            tr.t("region-by-type"),
            tr.t("field-type"),
            organisations_heading.clone(),
            &summary.by_type,
            |k| kind_label(tr, k),
            |k| in_region("type", k),
            count,
        ));
    }
    if !summary.by_technology.is_empty() {
        charts.push(bar_chart(
            "r-ket",
            tr.t("region-by-technology"),
            tr.t("filter-ket"),
            organisations_heading.clone(),
            &summary.by_technology,
            |k| technology_label(tr, k),
            |k| in_region("ket", k),
            count,
        ));
    }
    if !summary.by_ecosystem.is_empty() {
        charts.push(bar_chart(
            "r-eco",
            tr.t("region-by-ecosystem"),
            tr.t("filter-ecosystem"),
            organisations_heading,
            &summary.by_ecosystem,
            |k| ecosystem_label(tr, k),
            |k| in_region("ecosystem", k),
            count,
        ));
    }
    let years = (!summary.years.is_empty()).then(|| {
        let rows: Vec<ChartRow> = summary
            .years
            .iter()
            .map(|y| ChartRow {
                label: y.year.to_string(),
                href: None,
                value: tr.number(y.projects),
                extra: Some(figure(tr, Measure::Contribution, y.contribution)),
            })
            .collect();
        let columns: Vec<Column> = summary
            .years
            .iter()
            .zip(&rows)
            .map(|(y, r)| Column {
                label: &r.label,
                value: y.projects as f64,
                value_text: &r.value,
            })
            .collect();
        let heading = tr.t("region-projects-by-year");
        Chart {
            svg: svg::column_chart(
                "r-years",
                &heading,
                &tr.t("region-projects-by-year-desc"),
                &columns,
                &|v| tr.number(v.round() as i64),
            ),
            id: "r-years".into(),
            heading,
            label_heading: tr.t("region-year"),
            value_heading: tr.t("map-measure-projects"),
            rows,
            extra_heading: Some(tr.t("map-measure-contribution")),
            downloads: None,
        }
    });
    let mut facts = vec![
        (tr.t("map-measure-organisations"), tr.number(summary.organisations)),
        (tr.t("map-measure-projects"), tr.number(summary.projects)),
        (
            tr.t("map-measure-contribution"),
            figure(tr, Measure::Contribution, summary.contribution),
        ),
    ];
    facts.retain(|(_, v)| v != "0" && !v.is_empty());
    let partner_shapes = &summary.partners;
    let mut partners = vec![];
    for (c, n) in partner_shapes {
        let s = if names.contains_key(c) {
            None
        } else {
            st.store.map_shape(c).await?
        };
        partners.push(Item {
            href: format!("/regions/{c}"),
            title: region_name(tr, c, s.as_ref(), names.get(c).map(String::as_str)),
            detail: tr.t1("region-shared-projects", "count", *n),
        });
    }
    let map_query: Vec<(&str, String)> = if code.len() == 2 {
        vec![("country", iso_country(&code).to_owned())]
    } else {
        vec![("nuts", code.clone())]
    };
    let map_svg = match &shape {
        Some(_) => {
            let view =
                super::MapView::read(&st, Some(&serde_urlencoded::to_string(&map_query).unwrap_or_default())).await?;
            view.drawn(&st, tr, "r").await?.0
        }
        None => String::new(),
    };
    let page = RegionPage {
        country: (code.len() > 2).then(|| {
            let c = code[..2].to_owned();
            (tr.country(iso_country(&c)), format!("/regions/{c}"))
        }),
        facts,
        map_svg,
        charts,
        years,
        clusters: summary
            .clusters
            .iter()
            .map(|c| Item {
                href: format!("/organisations/{}", c.slug),
                title: crate::views::title_case_if_shouting(&c.name),
                detail: crate::views::place(tr, c.city.as_deref(), &c.country),
            })
            .collect(),
        partners,
        opportunities: summary
            .opportunities
            .iter()
            .map(|o| Item {
                href: format!("/opportunities/{}", o.id),
                title: o.title.clone(),
                detail: format!(
                    "{} · {} · {}",
                    o.kind
                        .parse::<domain::OpportunityKind>()
                        .map(|k| tr.t(k.message_id()))
                        .unwrap_or_default(),
                    o.organisation,
                    tr.t1(
                        "region-deadline",
                        "date",
                        chrono::NaiveDate::parse_from_str(&o.when, "%Y-%m-%d")
                            .map(|d| tr.date(d))
                            .unwrap_or_else(|_| o.when.clone())
                    )
                ),
            })
            .collect(),
        events: summary
            .events
            .iter()
            .map(|e| Item {
                href: format!("/events/{}", e.id),
                title: e.title.clone(),
                detail: format!(
                    "{} · {}",
                    chrono::DateTime::parse_from_rfc3339(&e.when)
                        .map(|t| tr.date(t.date_naive()))
                        .unwrap_or_default(),
                    e.organisation
                ),
            })
            .collect(),
        map_href: url("/map", &map_query),
        directory_href: url("/organisations", &map_query),
        network_href: format!("/regions/{code}/network"),
        embed_href: url("/embed/map", &map_query),
        name,
        code,
        chrome: ctx.chrome("map"),
    };
    Ok(axum::response::IntoResponse::into_response(render(&page)?))
}

//! `/map`: a choropleth of Europe by country, NUTS 1 or NUTS 2 of what the directory's filter
//! finds, zoomed to a region (with its organisations as markers) when the filter names one
//! region or one country; `/map.svg`, `/map.csv`, `/map.json` and `/embed/map` for the same
//! query.

use std::sync::Arc;

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::response::{IntoResponse, Response};
use domain::statistics::{gisco_country, iso_country, MapChoice, MapLevel, Measure};
use domain::{DirectoryFilter, Refusals};
use maps::geo::{self, FRAME_HEIGHT, FRAME_WIDTH};
use maps::svg::{self, MapArea, Marker};
use store::statistics::{MapShape, RegionFigures};

use super::{figure, region_name, Classes};
use crate::ctx::Ctx;
use crate::forms::query_pairs;
use crate::i18n::Tr;
use crate::views::{refusal_notices, url, Chrome};
use crate::{AppState, WebError};

/// The most organisations drawn as markers on a zoomed map (the largest first).
const MAX_MARKERS: i64 = 400;

/// What one map query asks and finds.
pub(crate) struct MapView {
    pub filter: DirectoryFilter,
    pub choice: MapChoice,
    pub refused: Refusals,
    /// The region or country the map is zoomed to.
    pub zoom: Option<MapShape>,
    pub shapes: Arc<Vec<MapShape>>,
    /// Countries drawn around a zoomed map.
    pub countries: Arc<Vec<MapShape>>,
    pub figures: Arc<RegionFigures>,
    pub markers: Arc<Vec<store::statistics::Marker>>,
    /// NUTS names, for regions with figures but no boundary (none imported, or a code of
    /// another NUTS release).
    pub names: Arc<std::collections::HashMap<String, String>>,
}

/// One region of the map's table (regions with a figure, largest first).
pub struct MapRow {
    pub code: String,
    pub name: String,
    pub value: i64,
    pub figure: String,
    pub region_href: String,
    pub directory_href: String,
}

impl MapView {
    pub(crate) async fn read(st: &AppState, query: Option<&str>) -> Result<Self, WebError> {
        let pairs = query_pairs(query);
        let pairs = || pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()));
        let (mut filter, mut refused) = DirectoryFilter::from_pairs_lenient(pairs());
        filter.sort = Default::default();
        filter.page = Default::default();
        let mut choice = MapChoice::from_pairs_lenient(pairs(), &mut refused);
        let level_given = pairs().any(|(k, v)| k == "level" && !v.trim().is_empty());
        let zoom_code = match (filter.nuts.as_slice(), filter.countries.as_slice()) {
            ([n], _) => Some(n.as_str().chars().take(4).collect::<String>()),
            ([], [c]) => Some(gisco_country(c.as_str()).to_owned()),
            _ => None,
        };
        let zoom = match &zoom_code {
            Some(code) => st.store.map_shape(code).await?.filter(|s| !s.path.is_empty()),
            None => None,
        };
        if zoom.is_some() && (!level_given || choice.level == MapLevel::Country) {
            // Zoomed in, countries would be one blot: show the regions.
            choice.level = MapLevel::Nuts2;
        }
        let shapes = st.cache.map_shapes(&st.store, choice.level.nuts_level()).await?;
        let countries = if zoom.is_some() {
            st.cache.map_shapes(&st.store, 0).await?
        } else {
            Arc::new(vec![])
        };
        let figures = st
            .cache
            .region_figures(&st.store, &filter, choice.measure, choice.level)
            .await?;
        let markers = if zoom.is_some() {
            st.cache.map_markers(&st.store, &filter, MAX_MARKERS).await?
        } else {
            Arc::new(vec![])
        };
        let names = st.cache.region_names(&st.store).await?;
        Ok(Self {
            filter,
            choice,
            refused,
            zoom,
            shapes,
            countries,
            figures,
            markers,
            names,
        })
    }

    /// Whether a region is among what the filter asks for (others are drawn as background).
    fn in_scope(&self, s: &MapShape) -> bool {
        let countries_ok = self.filter.countries.is_empty()
            || self
                .filter
                .countries
                .iter()
                .any(|c| gisco_country(c.as_str()) == s.country);
        let nuts_ok = self.filter.nuts.is_empty()
            || self
                .filter
                .nuts
                .iter()
                .any(|n| s.code.starts_with(n.as_str()) || n.as_str().starts_with(&s.code));
        countries_ok && nuts_ok
    }

    fn value(&self, code: &str) -> i64 {
        self.figures.by_region.get(code).copied().unwrap_or(0)
    }

    /// The query string of this map (the directory's filter and the map's choice).
    pub(crate) fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut p = self.filter.to_pairs(false);
        p.push(("measure", self.choice.measure.as_str().to_owned()));
        p.push(("level", self.choice.level.as_str().to_owned()));
        p
    }

    /// The directory, or this map, narrowed to one region.
    fn narrowed(&self, code: &str) -> Vec<(&'static str, String)> {
        let mut p: Vec<(&'static str, String)> = self
            .filter
            .to_pairs(false)
            .into_iter()
            .filter(|(k, _)| *k != "nuts" && (code.len() > 2 || *k != "country"))
            .collect();
        if code.len() == 2 {
            p.push(("country", iso_country(code).to_owned()));
        } else {
            p.push(("nuts", code.to_owned()));
        }
        p
    }

    /// (code, name, figure) of every region in scope: those with a boundary (with `zeros`, also
    /// those at 0), then those with a figure but no boundary, so that the table and downloads
    /// hold every figure even before boundaries are imported.
    fn entries(&self, tr: &Tr, zeros: bool) -> Vec<(String, String, i64)> {
        let mut out: Vec<(String, String, i64)> = self
            .shapes
            .iter()
            .filter(|s| self.in_scope(s) && (zeros || self.value(&s.code) > 0))
            .map(|s| {
                (
                    s.code.clone(),
                    region_name(tr, &s.code, Some(s), None),
                    self.value(&s.code),
                )
            })
            .collect();
        let drawn: std::collections::HashSet<&str> = self.shapes.iter().map(|s| s.code.as_str()).collect();
        out.extend(
            self.figures
                .by_region
                .iter()
                .filter(|(code, v)| **v > 0 && !drawn.contains(code.as_str()))
                .map(|(code, v)| {
                    let name = region_name(tr, code, None, self.names.get(code).map(String::as_str));
                    (code.clone(), name, *v)
                }),
        );
        out
    }

    pub(crate) fn rows(&self, tr: &Tr) -> Vec<MapRow> {
        let mut rows: Vec<MapRow> = self
            .entries(tr, false)
            .into_iter()
            .map(|(code, name, value)| MapRow {
                figure: figure(tr, self.choice.measure, value),
                region_href: format!("/regions/{code}"),
                directory_href: url("/organisations", &self.narrowed(&code)),
                code,
                name,
                value,
            })
            .collect();
        rows.sort_by(|a, b| b.value.cmp(&a.value).then_with(|| a.code.cmp(&b.code)));
        rows
    }

    /// The frame part drawn: all of Europe, or the zoomed region with a margin.
    fn view_box(&self) -> (f64, f64, f64, f64) {
        match &self.zoom {
            Some(z) => svg::zoom([z.min_x, z.min_y, z.max_x, z.max_y], 0.05),
            None => (0.0, 0.0, FRAME_WIDTH, FRAME_HEIGHT),
        }
    }

    /// The map and its legend as SVG, drawn once per language and query while the data stays.
    pub(crate) async fn drawn(&self, st: &AppState, tr: &Tr, id: &str) -> Result<(String, String), WebError> {
        let key = format!(
            "{}/{id}/{}",
            tr.locale.code(),
            serde_urlencoded::to_string(self.pairs()).unwrap_or_default()
        );
        let d = st.cache.drawn_map(key, || self.draw(tr, id)).await?;
        Ok((d.0.clone(), d.1.clone()))
    }

    /// The map and its legend as SVG; `id` makes the SVGs' ids unique on a page.
    pub(crate) fn draw(&self, tr: &Tr, id: &str) -> (String, String) {
        let measure = self.choice.measure;
        let drawn: Vec<&MapShape> = self
            .shapes
            .iter()
            .filter(|s| !s.path.is_empty() && self.in_scope(s))
            .collect();
        let values: Vec<i64> = drawn.iter().map(|s| self.value(&s.code)).collect();
        let classes = Classes::of(&values);
        let titles: Vec<String> = drawn
            .iter()
            .zip(&values)
            .map(|(s, v)| {
                format!(
                    "{}: {}",
                    region_name(tr, &s.code, Some(s), None),
                    figure(tr, measure, *v)
                )
            })
            .collect();
        let hrefs: Vec<String> = drawn.iter().map(|s| format!("/regions/{}", s.code)).collect();
        let areas: Vec<MapArea> = drawn
            .iter()
            .enumerate()
            .map(|(i, s)| MapArea {
                path: &s.path,
                class: classes.shade(values[i]),
                href: Some(&hrefs[i]),
                title: &titles[i],
            })
            .collect();
        // Around a zoomed map, and outside the filter's countries, the land is drawn plain.
        let mut background: Vec<&str> = self
            .shapes
            .iter()
            .filter(|s| !s.path.is_empty() && !self.in_scope(s))
            .map(|s| s.path.as_str())
            .collect();
        background.extend(
            self.countries
                .iter()
                .filter(|c| self.zoom.as_ref().is_some_and(|z| !z.code.starts_with(&c.code)))
                .map(|c| c.path.as_str()),
        );
        let marker_hrefs: Vec<String> = self
            .markers
            .iter()
            .map(|m| format!("/organisations/{}", m.slug))
            .collect();
        let markers: Vec<Marker> = self
            .markers
            .iter()
            .zip(&marker_hrefs)
            .map(|(m, href)| {
                let (x, y) = geo::project(m.lon, m.lat);
                Marker {
                    x,
                    y,
                    href,
                    title: &m.name,
                }
            })
            .collect();
        let title = self.title(tr);
        let desc = tr.t1("map-desc", "total", figure(tr, measure, self.figures.total));
        let map = svg::choropleth(
            &format!("{id}-map"),
            &title,
            &desc,
            self.view_box(),
            &background,
            &areas,
            &markers,
            &[],
        );
        let min = values.iter().copied().min().unwrap_or(0);
        let swatches = classes.swatches(tr, measure, min);
        let swatch_refs: Vec<(usize, &str)> = swatches.iter().map(|(c, t)| (*c, t.as_str())).collect();
        let legend = svg::legend(&format!("{id}-legend"), &tr.t(measure.message_id()), &swatch_refs, None);
        (map, legend)
    }

    /// "Organisations by NUTS 2 region", naming the zoomed region.
    pub(crate) fn title(&self, tr: &Tr) -> String {
        let base = tr.t1(
            &format!("map-title-{}", self.choice.level),
            "measure",
            tr.t(self.choice.measure.message_id()),
        );
        match &self.zoom {
            Some(z) => format!("{base} — {}", region_name(tr, &z.code, Some(z), None)),
            None => base,
        }
    }
}

#[derive(Template)]
#[template(path = "maps/map.html")]
struct MapPage {
    chrome: Chrome,
    title: String,
    svg: String,
    legend: String,
    has_shapes: bool,
    summary: String,
    unplaced: Option<String>,
    refusals: Vec<String>,
    measures: Vec<(&'static str, String, bool)>,
    levels: Vec<(&'static str, String, bool)>,
    /// The directory's filters that the form does not show, kept on resubmit.
    hidden: Vec<(&'static str, String)>,
    q: String,
    country_options: String,
    rows: Vec<MapRow>,
    value_heading: String,
    directory_href: String,
    csv_href: String,
    json_href: String,
    svg_href: String,
    embed_href: String,
    /// The embed page's address as other sites write it.
    embed_url: String,
    zoom_out_href: Option<String>,
}

fn parameter_label(p: &str) -> Option<&'static str> {
    match p {
        "measure" => Some("map-measure"),
        "level" => Some("map-level"),
        _ => crate::views::directory_parameter_label(p),
    }
}

/// `GET /map`
pub async fn map_page(State(st): State<AppState>, ctx: Ctx, RawQuery(q): RawQuery) -> Result<Response, WebError> {
    let view = MapView::read(&st, q.as_deref()).await?;
    let tr = &ctx.tr;
    let (svg, legend) = view.drawn(&st, tr, "m").await?;
    let pairs = view.pairs();
    let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
    let present = st
        .cache
        .countries_in_use(&st.store, store::organisations::CountriesOf::Organisations)
        .await?;
    let countries: Vec<&str> = view.filter.countries.iter().map(|c| c.as_str()).collect();
    let shown = ["q", "country", "measure", "level"];
    let measure = view.choice.measure;
    let page = MapPage {
        title: view.title(tr),
        has_shapes: !view.shapes.is_empty(),
        summary: tr.t2(
            "map-summary",
            "total",
            figure(tr, measure, view.figures.total),
            "measure",
            tr.t(measure.message_id()),
        ),
        unplaced: (view.figures.unplaced > 0).then(|| tr.t1("map-unplaced", "count", view.figures.unplaced)),
        refusals: refusal_notices(tr, &view.refused, parameter_label),
        measures: Measure::ALL
            .iter()
            .map(|m| (m.as_str(), tr.t(m.message_id()), *m == measure))
            .collect(),
        levels: MapLevel::ALL
            .iter()
            .map(|l| (l.as_str(), tr.t(l.message_id()), *l == view.choice.level))
            .collect(),
        hidden: pairs.iter().filter(|(k, _)| !shown.contains(k)).cloned().collect(),
        // Only the first country is in the select; the others stay as hidden values.
        q: view.filter.q.clone().unwrap_or_default(),
        country_options: crate::i18n::country_filter_options(tr, &present, &countries[..countries.len().min(1)]),
        rows: view.rows(tr),
        value_heading: tr.t(measure.message_id()),
        directory_href: url("/organisations", &view.filter.to_pairs(false)),
        csv_href: format!("/map.csv?{query}"),
        json_href: format!("/map.json?{query}"),
        svg_href: format!("/map.svg?{query}"),
        embed_href: format!("/embed/map?{query}"),
        embed_url: st.settings.link(&format!("/embed/map?{query}")),
        zoom_out_href: view.zoom.as_ref().map(|_| {
            let p: Vec<(&'static str, String)> = pairs
                .iter()
                .filter(|(k, _)| !matches!(*k, "nuts" | "country" | "level"))
                .cloned()
                .collect();
            url("/map", &p)
        }),
        svg,
        legend,
        chrome: ctx.chrome("map"),
    };
    let mut page = page;
    for c in countries.iter().skip(1) {
        page.hidden.push(("country", (*c).to_owned()));
    }
    crate::views::render_list_page(&page, &view.refused)
}

/// `GET /map.svg`: the map alone, for `<img>` on other sites.
pub async fn map_svg(State(st): State<AppState>, ctx: Ctx, RawQuery(q): RawQuery) -> Result<Response, WebError> {
    let view = MapView::read(&st, q.as_deref()).await?;
    let (svg, _) = view.drawn(&st, &ctx.tr, "m").await?;
    Ok(super::svg_response(svg))
}

/// The rows of the CSV and JSON downloads: every region in scope, zeros included.
fn download_rows(view: &MapView, tr: &Tr) -> Vec<(String, String, i64)> {
    view.entries(tr, true)
}

/// `GET /map.csv`
pub async fn map_csv(State(st): State<AppState>, ctx: Ctx, RawQuery(q): RawQuery) -> Result<Response, WebError> {
    let view = MapView::read(&st, q.as_deref()).await?;
    let unit = if view.choice.measure.is_money() { "EUR" } else { "count" };
    let mut rows = vec![vec![
        "code".to_owned(),
        "name".to_owned(),
        format!("{} ({unit})", view.choice.measure),
    ]];
    for (code, name, value) in download_rows(&view, &ctx.tr) {
        let v = if view.choice.measure.is_money() {
            format!("{:.2}", value as f64 / 100.0)
        } else {
            value.to_string()
        };
        rows.push(vec![code, name, v]);
    }
    crate::views::csv::csv_response(&format!("map-{}-{}.csv", view.choice.measure, view.choice.level), rows)
}

/// The JSON form of a map (the download and the API).
pub(crate) fn map_json(view: &MapView, tr: &Tr) -> serde_json::Value {
    let money = view.choice.measure.is_money();
    serde_json::json!({
        "measure": view.choice.measure,
        "level": view.choice.level,
        "unit": if money { "EUR" } else { "count" },
        "total": if money { serde_json::json!(view.figures.total as f64 / 100.0) } else { serde_json::json!(view.figures.total) },
        "unplaced": view.figures.unplaced,
        "regions": download_rows(view, tr).into_iter().map(|(code, name, value)| serde_json::json!({
            "code": code,
            "name": name,
            "value": if money { serde_json::json!(value as f64 / 100.0) } else { serde_json::json!(value) },
        })).collect::<Vec<_>>(),
    })
}

/// `GET /map.json`
pub async fn map_download(State(st): State<AppState>, ctx: Ctx, RawQuery(q): RawQuery) -> Result<Response, WebError> {
    let view = MapView::read(&st, q.as_deref()).await?;
    Ok(super::json_download(
        &format!("map-{}-{}.json", view.choice.measure, view.choice.level),
        &map_json(&view, &ctx.tr),
    ))
}

#[derive(Template)]
#[template(path = "maps/embed.html")]
struct EmbedPage {
    lang: &'static str,
    title: String,
    svg: String,
    legend: String,
    link_href: String,
    link_text: String,
    credit: String,
    asset_version: &'static str,
}

/// `GET /embed/map`: the map with its legend and a link back, for an `<iframe>` on a cluster's
/// own website (the only pages other sites may frame).
pub async fn embed_map(State(st): State<AppState>, ctx: Ctx, RawQuery(q): RawQuery) -> Result<Response, WebError> {
    let view = MapView::read(&st, q.as_deref()).await?;
    let tr = &ctx.tr;
    let (svg, legend) = view.drawn(&st, tr, "e").await?;
    let query = serde_urlencoded::to_string(view.pairs()).unwrap_or_default();
    embed_response(
        tr,
        ctx.chrome("").asset_version,
        view.title(tr),
        svg,
        legend,
        format!("/map?{query}"),
        tr.t("embed-open-map"),
    )
}

/// The embeddable page around a drawing.
pub(crate) fn embed_response(
    tr: &Tr,
    asset_version: &'static str,
    title: String,
    svg: String,
    legend: String,
    link_href: String,
    link_text: String,
) -> Result<Response, WebError> {
    // Links in the drawing open the platform in the whole window: its pages refuse frames.
    let svg = svg.replace("<a href=", "<a target=\"_top\" href=");
    let page = EmbedPage {
        lang: tr.locale.code(),
        title,
        svg,
        legend,
        link_href,
        link_text,
        credit: tr.t("map-credit"),
        asset_version,
    };
    let mut res = crate::views::render(&page)?.into_response();
    super::allow_framing(&mut res);
    Ok(res)
}

//! The search page (`/search`), its as-you-type fragments, the reading of search parameters
//! shared with `GET /api/v1/search`, and saved searches with their digests (`alerts`).

pub mod alerts;
mod engine;
mod page;

pub use engine::*;
pub use page::*;

use std::collections::HashMap;

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use domain::taxonomy::Taxonomy;
use domain::{
    ClusterLabel, CriticalTechnology, Ecosystem, FilterError, KeyEnablingTechnology, OrganisationType, Refusals,
};
use search::{Hit, Near, Notice, SearchRequest, SearchResults, FACETS};

use crate::ctx::Ctx;
use crate::forms::query_pairs;
use crate::i18n::{Labels, Tr};
use crate::views::{pagination, place, refusal_notices, render, render_list_page, url, Choice, Chrome, PageLink};
use crate::{AppState, WebError};

pub const PAGE_SIZE: usize = 20;
const SUGGESTIONS: usize = 6;
pub const DEFAULT_KM: f64 = 100.0;
pub const MAX_KM: f64 = 2_000.0;
const MAX_PAGE: u32 = 500;
const MAX_VALUE: usize = crate::openapi::MAX_FACET_VALUE;
/// Values one facet filter takes (the directory's limit too).
const MAX_VALUES_PER_FACET: usize = 30;
/// Facet values listed per facet (selected ones are always listed).
const FACET_VALUES_SHOWN: usize = 12;
pub const RADII: &[u32] = &[10, 25, 50, 100, 250, 500];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fragment {
    /// The results region of the search page.
    Results,
    /// A short list of suggestions under the search box of every page.
    Suggest,
}

/// A search as asked in a query string.
#[derive(Debug, Clone, Default)]
pub struct SearchParams {
    pub q: String,
    pub typing: bool,
    pub filters: Vec<(String, String)>,
    /// A city or region name to search around.
    pub near: Option<String>,
    /// A position to search around, `lat,lon` (one parameter, so half a position cannot be sent).
    pub at: Option<(f64, f64)>,
    pub km: Option<f64>,
    /// 1-based.
    pub page: u32,
    pub limit: Option<usize>,
    pub fragment: Option<Fragment>,
    /// The kind a scoped page keeps to (`service` on `/services`), not repeated in its links.
    pub scope: Option<&'static str>,
}

fn invalid(parameter: &str, message: impl Into<String>) -> FilterError {
    FilterError {
        parameter: parameter.to_owned(),
        message: message.into(),
    }
}

fn number(parameter: &str, v: &str, range: std::ops::RangeInclusive<f64>) -> Result<f64, FilterError> {
    v.trim()
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite() && range.contains(n))
        .ok_or_else(|| {
            invalid(
                parameter,
                format!(
                    "\"{}\" is not a number from {} to {}",
                    v.chars().take(30).collect::<String>(),
                    range.start(),
                    range.end()
                ),
            )
        })
}

impl SearchParams {
    /// Reads the parameters strictly (the API): unknown ones are ignored, the first wrong value
    /// is the error.
    pub fn from_pairs(pairs: &[(String, String)], max_limit: usize) -> Result<Self, FilterError> {
        let (p, refused) = Self::from_pairs_lenient(pairs, max_limit);
        refused.strict(p)
    }

    /// Reads the parameters, leaving out each wrong value and saying so (the page). Empty values
    /// mean "any".
    pub fn from_pairs_lenient(pairs: &[(String, String)], max_limit: usize) -> (Self, Refusals) {
        let mut p = SearchParams {
            page: 1,
            ..SearchParams::default()
        };
        let mut refused = Refusals::default();
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for (k, v) in pairs {
            let v_trim = v.trim();
            if k != "q" && v_trim.is_empty() {
                continue;
            }
            let outcome = match k.as_str() {
                "q" => {
                    p.q = v.clone();
                    Ok(())
                }
                "typing" => match v_trim {
                    "1" | "true" | "0" | "false" => {
                        p.typing = matches!(v_trim, "1" | "true");
                        Ok(())
                    }
                    _ => Err(invalid("typing", "must be true or false")),
                },
                "near" => {
                    if v_trim.chars().count() > MAX_VALUE {
                        Err(invalid("near", format!("is longer than {MAX_VALUE} characters")))
                    } else {
                        p.near = Some(v_trim.to_owned());
                        Ok(())
                    }
                }
                "at" => v_trim
                    .split_once(',')
                    .ok_or_else(|| invalid("at", "must be latitude,longitude, e.g. 51.05,13.74"))
                    .and_then(|(lat, lon)| Ok((number("at", lat, -90.0..=90.0)?, number("at", lon, -180.0..=180.0)?)))
                    .map(|at| p.at = Some(at)),
                "km" => number("km", v, 1.0..=MAX_KM).map(|km| p.km = Some(km)),
                "page" => v_trim
                    .parse::<u32>()
                    .ok()
                    .filter(|n| (1..=MAX_PAGE).contains(n))
                    .map(|n| p.page = n)
                    .ok_or_else(|| invalid("page", format!("must be a whole number from 1 to {MAX_PAGE}"))),
                "limit" => v_trim
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=max_limit).contains(n))
                    .map(|n| p.limit = Some(n))
                    .ok_or_else(|| invalid("limit", format!("must be a whole number from 1 to {max_limit}"))),
                "fragment" => {
                    p.fragment = match v_trim {
                        "results" => Some(Fragment::Results),
                        "suggest" => Some(Fragment::Suggest),
                        _ => None,
                    };
                    Ok(())
                }
                facet if FACETS.contains(&facet) => {
                    let n = counts.entry(facet).or_default();
                    *n += 1;
                    if *n > MAX_VALUES_PER_FACET {
                        Err(invalid(facet, format!("takes at most {MAX_VALUES_PER_FACET} values")))
                    } else if v_trim.chars().count() > MAX_VALUE || v_trim.chars().any(char::is_control) {
                        Err(invalid(facet, "is not a value of this facet"))
                    } else if facet == "country" {
                        // As the directory reads it: a code that is not ISO 3166 is named and
                        // left out, not searched for (it could never match).
                        domain::CountryCode::parse(v_trim)
                            .map(|c| {
                                let c = c.to_string();
                                if !p.filters.iter().any(|(f, x)| f == facet && *x == c) {
                                    p.filters.push((facet.to_owned(), c));
                                }
                            })
                            .map_err(|e| invalid(facet, e.to_string()))
                    } else {
                        if !p.filters.iter().any(|(f, x)| f == facet && x == v_trim) {
                            p.filters.push((facet.to_owned(), v_trim.to_owned()));
                        }
                        Ok(())
                    }
                }
                _ => Ok(()),
            };
            refused.keep(v_trim, outcome);
        }
        (p, refused)
    }

    fn km(&self) -> f64 {
        self.km.unwrap_or(DEFAULT_KM)
    }

    /// The engine's request; a place name is looked up among the directory's cities and regions.
    pub async fn request(&self, st: &AppState, tr: &Tr, limit: usize) -> Result<SearchRequest, WebError> {
        let near = match (self.at, &self.near) {
            (Some((lat, lon)), _) => Some(Near {
                lat,
                lon,
                km: self.km(),
            }),
            (None, Some(place)) => match st.store.place_position(place).await? {
                Some((lat, lon)) => Some(Near {
                    lat,
                    lon,
                    km: self.km(),
                }),
                None => return Err(WebError::PlaceNotFound(place.clone())),
            },
            (None, None) => None,
        };
        let mut r = SearchRequest::new(self.q.clone(), tr.locale.search_lang());
        r.typing = self.typing;
        r.filters = self.filters.clone();
        if let Some(kind) = self.scope {
            r.filters.push(("kind".to_owned(), kind.to_owned()));
        }
        r.near = near;
        r.limit = limit;
        r.offset = (self.page.saturating_sub(1) as usize) * limit;
        Ok(r)
    }

    /// The query string of this search, without paging and fragments; for links.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut out: Vec<(&'static str, String)> = Vec::new();
        if !self.q.trim().is_empty() {
            out.push(("q", self.q.clone()));
        }
        for (f, v) in &self.filters {
            if let Some(name) = FACETS.iter().find(|n| **n == f.as_str()) {
                out.push((name, v.clone()));
            }
        }
        if let Some(n) = &self.near {
            out.push(("near", n.clone()));
        }
        if let Some((lat, lon)) = self.at {
            out.push(("at", format!("{lat},{lon}")));
        }
        if self.near.is_some() || self.at.is_some() {
            if let Some(km) = self.km {
                out.push(("km", km.to_string()));
            }
        }
        out
    }
}

/// A facet value's name in the reader's language.
pub fn facet_value_label(tr: &Tr, regions: &HashMap<String, String>, facet: &str, value: &str) -> String {
    let labels = Labels::of(tr.locale);
    let named = match facet {
        "kind" => tr.plain(&format!("search-kind-{value}")).map(str::to_owned),
        "type" => value
            .parse::<OrganisationType>()
            .ok()
            .map(|v| labels.kind(v).to_owned()),
        "country" => Some(tr.country(value)),
        "region" => regions.get(value).map(|n| format!("{n} ({value})")),
        "ecosystem" => Ecosystem::from_slug(value).map(|v| labels.ecosystem(v).to_owned()),
        "technology" => KeyEnablingTechnology::from_slug(value).map(|v| labels.technology(v).to_owned()),
        "critical" => CriticalTechnology::from_slug(value).map(|v| labels.critical(v).to_owned()),
        "label" => value
            .parse::<ClusterLabel>()
            .ok()
            .map(|v| labels.cluster_label(v).to_owned()),
        "service" => value
            .parse::<domain::service::ServiceKind>()
            .ok()
            .map(|v| tr.t(v.message_id())),
        "delivery" => value
            .parse::<domain::service::Delivery>()
            .ok()
            .map(|v| tr.t(v.message_id())),
        "price" => value
            .parse::<domain::service::PriceModel>()
            .ok()
            .map(|v| tr.t(v.message_id())),
        "language" => domain::LanguageCode::parse(value).ok().map(|l| tr.t(l.message_id())),
        _ => None,
    };
    named.unwrap_or_else(|| value.to_owned())
}

/// A day the index keeps as `YYYY-MM-DD`, as the reader's language writes it.
fn day(tr: &Tr, iso: &str) -> String {
    chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d")
        .map(|d| tr.date(d))
        .unwrap_or_else(|_| iso.to_owned())
}

pub struct HitView {
    pub href: String,
    pub title_html: String,
    pub kind_label: String,
    pub details: String,
    pub snippet_html: String,
}

fn hit_view(tr: &Tr, hit: &Hit) -> HitView {
    let meta = &hit.meta;
    let s = |k: &str| meta.get(k).and_then(|v| v.as_str());
    let mut details: Vec<String> = Vec::new();
    match hit.kind.as_str() {
        "organisation" => {
            if let Some(kind) = s("type").and_then(|t| t.parse::<OrganisationType>().ok()) {
                details.push(Labels::of(tr.locale).kind(kind).to_owned());
            }
            if let Some(country) = s("country") {
                details.push(place(tr, s("city"), country));
            }
        }
        "opportunity" => {
            if let Some(kind) = s("opportunity").and_then(|k| k.parse::<domain::OpportunityKind>().ok()) {
                details.push(tr.t(kind.message_id()));
            }
            if let Some(o) = s("organisation") {
                details.push(crate::views::title_case_if_shouting(o));
            }
            if let Some(d) = s("deadline") {
                details.push(tr.t1("search-deadline", "date", day(tr, d)));
            }
        }
        "call" => {
            if let Some(p) = s("programme") {
                details.push(p.to_owned());
            }
            if let Some(i) = s("identifier") {
                details.push(i.to_owned());
            }
            if let Some(d) = s("deadline") {
                details.push(tr.t1("search-deadline", "date", day(tr, d)));
            }
        }
        "event" => {
            if let Some(kind) = s("event").and_then(|k| k.parse::<domain::EventKind>().ok()) {
                details.push(tr.t(kind.message_id()));
            }
            if let Some(d) = s("starts") {
                details.push(day(tr, d));
            }
            if let Some(country) = s("country") {
                details.push(place(tr, s("city"), country));
            } else if meta.get("online").and_then(|v| v.as_bool()) == Some(true) {
                details.push(tr.t("attendance-online"));
            }
        }
        "news" => {
            if let Some(kind) = s("news").and_then(|k| k.parse::<domain::NewsKind>().ok()) {
                details.push(tr.t(kind.message_id()));
            }
            if let Some(o) = s("organisation") {
                details.push(crate::views::title_case_if_shouting(o));
            }
            if let Some(d) = s("published") {
                details.push(day(tr, d));
            }
        }
        "project" => {
            let n = meta.get("participants").and_then(|v| v.as_i64()).unwrap_or(0);
            details.push(tr.t1("search-participants", "count", n));
            if let Some(c) = s("coordinator") {
                details.push(tr.t1("search-coordinator", "name", crate::views::title_case_if_shouting(c)));
            }
        }
        _ => {}
    }
    if let Some(km) = hit.distance_km {
        details.push(tr.t1("search-distance", "km", tr.number(km.round() as i64)));
    }
    HitView {
        href: hit.url.clone(),
        title_html: hit.title_html.clone(),
        kind_label: tr.t(format!("search-kind-{}", hit.kind)),
        details: details.join(" · "),
        snippet_html: hit.snippet_html.clone(),
    }
}

pub struct FacetLink {
    pub label: String,
    pub count: String,
    pub href: String,
    pub selected: bool,
}

pub struct FacetGroup {
    pub name: &'static str,
    pub legend: String,
    pub links: Vec<FacetLink>,
}

pub struct Chip {
    pub label: String,
    pub remove_label: String,
    pub remove_href: String,
}

pub struct Translations {
    pub tr: Tr,
}

#[derive(Template)]
#[template(path = "search/results.html")]
pub struct ResultsFragment {
    /// Named as on whole pages, so the shared pagination template reads it the same way.
    pub chrome: Translations,
    pub count_text: String,
    pub notices: Vec<String>,
    pub hits: Vec<HitView>,
    pub pages: Vec<PageLink>,
    pub api_href: String,
}

#[derive(Template)]
#[template(path = "search/suggest.html")]
struct SuggestFragment {
    hits: Vec<HitView>,
    all_href: String,
    all_text: String,
}

/// A parameter of the search that the form carries unseen, so that a new query keeps it.
pub struct Hidden {
    pub name: &'static str,
    pub value: String,
}

#[derive(Template)]
#[template(path = "search/search.html")]
struct SearchPage {
    chrome: Chrome,
    path: &'static str,
    heading: String,
    /// The services' catalogue, which leads to describing a challenge.
    services: bool,
    title: String,
    q: String,
    near: String,
    radii: Vec<Choice>,
    hidden: Vec<Hidden>,
    facets: Vec<FacetGroup>,
    chips: Vec<Chip>,
    results_html: String,
    api_href: String,
    /// The query string a saved search of this page keeps.
    watch_query: String,
    refusals: Vec<String>,
}

fn notice_text(tr: &Tr, regions: &HashMap<String, String>, n: &Notice) -> String {
    match n {
        Notice::Truncated { max_chars, max_words } => tr.t2(
            "search-truncated",
            "chars",
            *max_chars as i64,
            "words",
            *max_words as i64,
        ),
        Notice::UnknownFacetValue { facet, value } => tr.t2(
            "search-unknown-value",
            "facet",
            tr.t(format!("search-facet-{facet}")),
            "value",
            facet_value_label(tr, regions, facet, value),
        ),
    }
}

//! News: members of an organisation write articles, talk summaries and press releases in
//! Markdown, with a preview that needs no JavaScript; moderators publish them or return them with
//! a reason (the one moderated workflow, `crate::moderation`); everyone reads them on `/news`,
//! filtered by language, kind, tag and organisation, and follows any filtered list as an RSS or
//! Atom feed. Organisations' own feeds come in through `sources` (their registration) and
//! `crate::feeds_in` (the polling).

mod feeds;
mod reading;
pub mod sources;
mod writing;

pub use feeds::*;
pub use reading::*;
pub use writing::*;

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::{NewsInput, NewsKind, NewsState, Refusals, Slug};
use store::news::{News, NewsFilter};

use crate::access;
use crate::auth::extract::{Moderator, SignedIn};
use crate::ctx::Ctx;
use crate::forms::{done_param, options, query_pairs, split, text_error_id, Errors, Field, Form, FormData};
use crate::i18n::Tr;
use crate::moderation;
use crate::routes::path_id;
use crate::views::{pagination, refusal_notices, render, url, Chrome, Link, PageLink};
use crate::{AppState, WebError};

/// Items per page of the list, and in a feed.
const PAGE: u32 = 20;

async fn load(state: &AppState, id: &str) -> Result<News, WebError> {
    state.store.news(path_id(id)?).await?.ok_or(WebError::NotFound)
}

/// The list's filters as read from a query string, leniently: a value that names nothing is
/// refused with a notice and the rest still applies.
pub fn news_filter(pairs: &[(String, String)]) -> (NewsFilter, Refusals) {
    let mut f = NewsFilter::default();
    let mut refused = Refusals::default();
    for (k, v) in pairs {
        let wrong = |m: String| domain::FilterError {
            parameter: k.clone(),
            message: m,
        };
        let v = v.trim();
        if v.is_empty() {
            continue;
        }
        match k.as_str() {
            "language" => {
                f.language = refused.keep(
                    v,
                    domain::LanguageCode::parse(v)
                        .map(|l| l.as_str().to_owned())
                        .map_err(|e| wrong(e.to_string())),
                )
            }
            "kind" => f.kind = refused.keep(v, v.parse::<NewsKind>().map_err(wrong)),
            // Read as tags are kept ("Micro Grants" finds "micro-grants"); a value no tag can
            // be finds nothing rather than being refused, so any text is a valid filter.
            "tag" => {
                f.tag = Some(
                    v.split_whitespace()
                        .map(str::to_lowercase)
                        .collect::<Vec<_>>()
                        .join("-")
                        .chars()
                        .filter(|c| !c.is_control())
                        .collect(),
                )
            }
            "organisation" => f.organisation = refused.keep(v, Slug::parse(v).map_err(|e| wrong(e.to_string()))),
            "country" => {
                f.country = refused.keep(
                    v,
                    domain::CountryCode::parse(v)
                        .map(|c| c.to_string())
                        .map_err(|e| wrong(e.to_string())),
                )
            }
            "technology" => {
                f.technology = refused.keep(
                    v,
                    technology_id(v).ok_or_else(|| wrong("names no technology".to_owned())),
                )
            }
            "ecosystem" => {
                f.ecosystem = refused.keep(
                    v,
                    v.parse::<domain::Ecosystem>()
                        .map(domain::Taxonomy::message_id)
                        .map_err(wrong),
                )
            }
            "offset" => {
                f.offset = refused
                    .keep(
                        v,
                        v.parse::<u32>()
                            .ok()
                            .filter(|n| *n <= domain::Page::MAX_OFFSET)
                            .ok_or_else(|| {
                                wrong(format!(
                                    "must be a whole number of items to skip, at most {}",
                                    domain::Page::MAX_OFFSET
                                ))
                            }),
                    )
                    .map_or(0, i64::from)
            }
            _ => {}
        }
    }
    (f, refused)
}

/// The mention id of a technology by its slug ("photonics" → "ket-photonics"): Key Enabling
/// Technologies and critical technology areas share no slug.
fn technology_id(slug: &str) -> Option<String> {
    use domain::Taxonomy;
    domain::KeyEnablingTechnology::from_slug(slug)
        .map(|t| t.message_id())
        .or_else(|| domain::CriticalTechnology::from_slug(slug).map(|t| t.message_id()))
}

/// The slug of a mention id ("ecosystem-health" → "health").
fn slug_of(id: &str) -> String {
    id.split_once('-').map_or(id, |(_, s)| s).to_owned()
}

/// The query pairs that reproduce a filter, without the offset.
pub fn news_pairs(f: &NewsFilter) -> Vec<(&'static str, String)> {
    let mut p: Vec<(&'static str, String)> = Vec::new();
    if let Some(l) = &f.language {
        p.push(("language", l.clone()));
    }
    if let Some(k) = f.kind {
        p.push(("kind", k.as_str().to_owned()));
    }
    if let Some(t) = &f.tag {
        p.push(("tag", t.clone()));
    }
    if let Some(o) = &f.organisation {
        p.push(("organisation", o.as_str().to_owned()));
    }
    if let Some(c) = &f.country {
        p.push(("country", c.clone()));
    }
    if let Some(t) = &f.technology {
        p.push(("technology", slug_of(t)));
    }
    if let Some(e) = &f.ecosystem {
        p.push(("ecosystem", slug_of(e)));
    }
    p
}

/// Every parameter the list and its feeds read (the API refuses others).
pub const NEWS_PARAMETERS: &[&str] = &[
    "language",
    "kind",
    "tag",
    "organisation",
    "country",
    "technology",
    "ecosystem",
    "offset",
];

/// The label of a list parameter, for messages about it.
fn parameter_label(parameter: &str) -> Option<&'static str> {
    Some(match parameter {
        "language" => "news-language",
        "kind" => "news-kind",
        "organisation" => "news-organisation",
        "country" => "news-country",
        "technology" => "news-technology",
        "ecosystem" => "news-ecosystem",
        "offset" => "news-offset",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(q: &str) -> Vec<(String, String)> {
        query_pairs(Some(q))
    }

    #[test]
    fn filters_are_read_and_written_back_alike() {
        let (f, refused) = news_filter(&pairs(
            "language=DA&kind=press-release&tag=Micro%20Grants&organisation=censec&country=dk&technology=quantum&ecosystem=health&offset=20",
        ));
        assert!(refused.is_empty());
        assert_eq!(f.language.as_deref(), Some("da"));
        assert_eq!(f.tag.as_deref(), Some("micro-grants"));
        assert_eq!(f.offset, 20);
        let again = url("/news", &news_pairs(&f));
        assert_eq!(
            again,
            "/news?language=da&kind=press-release&tag=micro-grants&organisation=censec&country=DK&technology=quantum&ecosystem=health"
        );
    }

    #[test]
    fn values_that_name_nothing_are_refused_one_by_one() {
        let (f, refused) = news_filter(&pairs(
            "language=klingon&kind=gossip&organisation=..&offset=-1&tag=space&technology=steam&ecosystem=x&country=XX",
        ));
        assert_eq!(refused.0.len(), 7);
        let (f2, refused) = news_filter(&pairs("tag=%00x%C2%AF"));
        assert!(
            refused.is_empty() && f2.tag.as_deref() == Some("x¯"),
            "any text is a tag filter, without control characters"
        );
        assert_eq!(f.tag.as_deref(), Some("space"));
        assert!(f.language.is_none() && f.kind.is_none() && f.organisation.is_none() && f.offset == 0);
    }
}

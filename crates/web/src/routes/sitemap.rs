//! `/robots.txt` and `/sitemap.xml` for search engines: the sitemap is an index of files of at
//! most 50,000 addresses each (the protocol's limit), one series per kind of public page, so a
//! directory of any size is listed whole.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::SecondsFormat;
use store::sitemap::{Source, SOURCES};

use crate::{AppState, WebError};

/// Addresses per file, the sitemap protocol's limit.
pub const PER_FILE: i64 = 50_000;

/// Lists and pages that are not one record's.
const PAGES: &[&str] = &[
    "/",
    "/organisations",
    "/opportunities",
    "/events",
    "/news",
    "/funding",
    "/projects",
    "/programmes",
];

fn xml(body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/xml; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
        .into_response()
}

fn escape(s: &str) -> String {
    domain::html::escape_text(s)
}

pub async fn robots(State(state): State<AppState>) -> Response {
    // Pages of one person or one search are not for indexing; everything public is in the
    // sitemap.
    let body = format!(
        "User-agent: *\n\
         Disallow: /account\n\
         Disallow: /dashboard\n\
         Disallow: /moderation\n\
         Disallow: /admin\n\
         Disallow: /login\n\
         Disallow: /register\n\
         Disallow: /password\n\
         Disallow: /language\n\
         Disallow: /search\n\
         Disallow: /api/\n\
         Disallow: /*/mine\n\
         \n\
         Sitemap: {}\n",
        state.settings.link("/sitemap.xml")
    );
    (
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
        .into_response()
}

/// The index: the file of lists, then each kind's files.
pub async fn index(State(state): State<AppState>) -> Result<Response, WebError> {
    let mut files = vec![state.settings.link("/sitemaps/pages.xml")];
    let counts = state.cache.sitemap_counts(&state.store).await?;
    for (source, &count) in SOURCES.iter().zip(counts.iter()) {
        let parts = (count + PER_FILE - 1) / PER_FILE;
        files.extend((1..=parts).map(|n| state.settings.link(&format!("/sitemaps/{}-{n}.xml", source.name))));
    }
    let mut body = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for f in files {
        body.push_str(&format!("  <sitemap><loc>{}</loc></sitemap>\n", escape(&f)));
    }
    body.push_str("</sitemapindex>\n");
    Ok(xml(body))
}

/// `pages.xml`, or `{kind}-{n}.xml`: the n-th 50,000 pages of a kind.
fn part(file: &str) -> Option<(Option<&'static Source>, i64)> {
    let stem = file.strip_suffix(".xml")?;
    if stem == "pages" {
        return Some((None, 1));
    }
    let (name, n) = stem.rsplit_once('-')?;
    let n: i64 = n.parse().ok().filter(|n| (1..=10_000).contains(n))?;
    SOURCES.iter().find(|s| s.name == name).map(|s| (Some(s), n))
}

pub async fn file(State(state): State<AppState>, Path(file): Path<String>) -> Result<Response, WebError> {
    let (source, n) = part(&file).ok_or(WebError::NotFound)?;
    let mut body = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    match source {
        None => {
            for p in PAGES {
                body.push_str(&format!(
                    "  <url><loc>{}</loc></url>\n",
                    escape(&state.settings.link(p))
                ));
            }
        }
        Some(source) => {
            let rows = state.store.sitemap_page(source, (n - 1) * PER_FILE, PER_FILE).await?;
            if rows.is_empty() {
                return Err(WebError::NotFound);
            }
            for (key, changed) in rows {
                body.push_str(&format!(
                    "  <url><loc>{}</loc><lastmod>{}</lastmod></url>\n",
                    escape(&state.settings.link(&format!("{}{key}", source.prefix))),
                    changed.to_rfc3339_opts(SecondsFormat::Secs, true)
                ));
            }
        }
    }
    body.push_str("</urlset>\n");
    Ok(xml(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_name_a_kind_and_a_part() {
        assert!(matches!(part("pages.xml"), Some((None, 1))));
        assert!(matches!(part("organisations-2.xml"), Some((Some(s), 2)) if s.name == "organisations"));
        for bad in [
            "organisations-0.xml",
            "organisations.xml",
            "users-1.xml",
            "news-1",
            "../news-1.xml",
            "news-x.xml",
        ] {
            assert!(part(bad).is_none(), "{bad}");
        }
    }
}

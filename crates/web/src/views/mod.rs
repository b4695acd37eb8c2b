//! Pieces shared by several pages: the page frame, pagination and small formatting helpers;
//! `time` (dates and time zones as the reader reads them), `calendar` (iCalendar files and
//! responses) and `csv` (spreadsheet downloads).

pub mod calendar;
pub mod cards;
pub mod csv;
pub mod follow;
pub mod time;

use askama::Template;
use axum::response::Html;

use crate::i18n::Tr;
use crate::WebError;

/// One option of a select or one box of a group of checkboxes: the value sent, what it reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

impl Choice {
    pub fn new(value: impl Into<String>, label: impl Into<String>, selected: bool) -> Self {
        Self {
            value: value.into(),
            label: label.into(),
            selected,
        }
    }
}

/// A link: where it goes and what it reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub href: String,
    pub label: String,
}

impl Link {
    pub fn new(href: impl Into<String>, label: impl Into<String>) -> Self {
        Self {
            href: href.into(),
            label: label.into(),
        }
    }
}

/// A labelled value of a fact list (`<dl>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

impl Fact {
    pub fn new(label: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            label: label.into(),
            value: value.into(),
        }
    }
}

/// A programme as its one-line teaser shows it (on the home page and the funding page).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgrammeLine {
    pub id: i64,
    pub title: String,
    pub line: String,
}

pub struct LanguageLink {
    pub code: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

/// The signed-in person, as the page header shows them.
pub struct UserChip {
    pub name: String,
    pub moderates: bool,
    pub admin: bool,
}

/// What the frame around every page needs.
pub struct Chrome {
    pub tr: Tr,
    pub active: &'static str,
    pub csrf: String,
    pub user: Option<UserChip>,
    /// The login link, returning to this page.
    pub login_href: String,
    /// The zone the reader chose on their account, if any.
    pub zone: Option<chrono_tz::Tz>,
    pub asset_version: &'static str,
    pub languages: Vec<LanguageLink>,
}

impl Chrome {
    /// A moment as the reader reads it: in their zone when they chose one (named), else in UTC.
    pub fn moment(&self, t: &chrono::DateTime<chrono::Utc>) -> String {
        match self.zone {
            Some(z) => format!(
                "{} ({})",
                self.tr.date_time(t.with_timezone(&z).naive_local()),
                z.name()
            ),
            None => format!("{} UTC", self.tr.date_time(t.naive_utc())),
        }
    }
}

/// One entry of a pagination bar; `href: None` is a gap ("…").
pub struct PageLink {
    pub label: String,
    pub href: Option<String>,
    pub current: bool,
    pub aria_label: Option<String>,
}

/// Pagination links for `total` items shown `limit` at a time from `offset`; `href(offset)`
/// builds a link. Shows first, last, and two pages around the current one.
pub fn pagination(tr: &Tr, total: i64, limit: u32, offset: u32, href: impl Fn(u32) -> String) -> Vec<PageLink> {
    let limit = i64::from(limit.max(1));
    let pages = (total + limit - 1) / limit;
    if pages <= 1 {
        return vec![];
    }
    let current = i64::from(offset) / limit;
    let to_offset = |p: i64| u32::try_from(p * limit).unwrap_or(u32::MAX);
    let mut out = Vec::new();
    if current > 0 {
        out.push(PageLink {
            label: tr.t("page-previous"),
            href: Some(href(to_offset(current - 1))),
            current: false,
            aria_label: None,
        });
    }
    let mut last_shown = -1;
    for p in 0..pages {
        let near = (p - current).abs() <= 2;
        if p == 0 || p == pages - 1 || near {
            if last_shown >= 0 && p - last_shown > 1 {
                out.push(PageLink {
                    label: "…".into(),
                    href: None,
                    current: false,
                    aria_label: None,
                });
            }
            out.push(PageLink {
                label: tr.number(p + 1),
                href: Some(href(to_offset(p))),
                current: p == current,
                aria_label: Some(tr.t1("page-n", "page", p + 1)),
            });
            last_shown = p;
        }
    }
    if current < pages - 1 {
        out.push(PageLink {
            label: tr.t("page-next"),
            href: Some(href(to_offset(current + 1))),
            current: false,
            aria_label: None,
        });
    }
    out
}

/// Builds `path?query` from pairs, or just `path` when there are none.
pub fn url(path: &str, pairs: &[(&str, String)]) -> String {
    if pairs.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", serde_urlencoded::to_string(pairs).unwrap_or_default())
    }
}

pub fn render(t: &impl Template) -> Result<Html<String>, WebError> {
    Ok(Html(t.render()?))
}

/// A page that only says something (a link was sent, a link is no longer valid, a digest
/// stopped), with its status.
pub fn message_page(
    ctx: &crate::ctx::Ctx,
    status: axum::http::StatusCode,
    title: String,
    lines: Vec<String>,
) -> Result<axum::response::Response, WebError> {
    use axum::response::IntoResponse;
    #[derive(Template)]
    #[template(path = "shared/message.html")]
    struct MessagePage {
        chrome: Chrome,
        title: String,
        lines: Vec<String>,
    }
    let page = MessagePage {
        chrome: ctx.chrome(""),
        title,
        lines,
    };
    Ok((status, render(&page)?).into_response())
}

/// A page drawn again with what was sent: 422 when something in it was refused, else 200.
pub fn render_form_page(t: &impl Template, refused: bool) -> Result<axum::response::Response, WebError> {
    use axum::response::IntoResponse;
    let status = if refused {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    } else {
        axum::http::StatusCode::OK
    };
    Ok((status, render(t)?).into_response())
}

/// What a page says about the filters it left out, in the reader's language: the filter's label
/// (the message `label_id(parameter)` gives, or the parameter's own name) and the value sent.
pub fn refusal_notices(
    tr: &Tr,
    refused: &domain::Refusals,
    label_id: impl Fn(&str) -> Option<&'static str>,
) -> Vec<String> {
    refused
        .0
        .iter()
        .map(|r| {
            let parameter = r.error.parameter.as_str();
            let label = label_id(parameter).map_or_else(|| parameter.to_owned(), |id| tr.t(id));
            tr.t2("filter-left-out", "parameter", label, "value", r.value.as_str())
        })
        .collect()
}

/// A filtered list page: 400 when a filter was left out (the page still shows what the others
/// find), else 200.
pub fn render_list_page(t: &impl Template, refused: &domain::Refusals) -> Result<axum::response::Response, WebError> {
    use axum::response::IntoResponse;
    Ok((list_status(refused), render(t)?).into_response())
}

/// A list page's status: 400 when a filter was refused (the page still shows the others).
pub fn list_status(refused: &domain::Refusals) -> axum::http::StatusCode {
    if refused.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::BAD_REQUEST
    }
}

/// Plain text as paragraphs: blocks separated by an empty line, trimmed, empty ones dropped.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

/// The zone a signed-in reader chose on their account, if any.
pub fn reader_zone(user: Option<&store::accounts::User>) -> Option<chrono_tz::Tz> {
    user.and_then(|u| u.timezone.as_deref())
        .and_then(|z| domain::event::parse_timezone(z).ok())
}

/// A filter in use, with the address of the list without it.
pub struct Chip {
    pub label: String,
    pub remove_label: String,
    pub remove_href: String,
}

/// The chips of a filtered list at `path` whose query is `pairs`: one per pair except those of
/// the parameters in `silent` (words and order are shown in their own fields), each removing
/// its own pair and keeping the others; `label` names a value in the reader's language.
pub fn chips(
    tr: &Tr,
    path: &str,
    pairs: &[(&str, String)],
    silent: &[&str],
    label: impl Fn(&str, &str) -> String,
) -> Vec<Chip> {
    pairs
        .iter()
        .enumerate()
        .filter(|(_, (k, _))| !silent.contains(k))
        .map(|(i, (k, v))| {
            let rest: Vec<(&str, String)> = pairs
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, (k, v))| (*k, v.clone()))
                .collect();
            let label = label(k, v);
            Chip {
                remove_label: tr.t1("chip-remove", "filter", label.as_str()),
                label,
                remove_href: url(path, &rest),
            }
        })
        .collect()
}

/// JSON for a `<script type="application/ld+json">` element: inside it "</" would end the
/// element, so the characters that could are written as JSON escapes.
pub fn script_json(v: &serde_json::Value) -> String {
    v.to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// "Dresden, Germany" or just "Germany".
pub fn place(tr: &Tr, city: Option<&str>, country: &str) -> String {
    match city {
        Some(c) if !c.is_empty() => format!("{}, {}", title_case_if_shouting(c), tr.country(country)),
        _ => tr.country(country),
    }
}

/// Where an event is held, as its cards and reminders say it: city and country of its venue,
/// and "online" when one can follow it from afar.
pub fn event_place(tr: &Tr, e: &store::events::Event) -> String {
    let d = &e.draft;
    let mut parts = Vec::new();
    if d.attendance.has_venue() {
        if let Some(c) = &d.city {
            parts.push(c.clone());
        }
        if let Some(c) = d.country {
            parts.push(tr.country(c.as_str()));
        }
    }
    if d.attendance.is_online() {
        parts.push(tr.t(d.attendance.message_id()));
    }
    parts.join(", ")
}

/// Up to two initials of a name for a badge standing in for a logo ("Silicon Saxony" → "SS";
/// words like "of", "und", "de" are skipped).
pub fn initials(name: &str) -> String {
    const SMALL: &[&str] = &[
        "of", "the", "and", "und", "der", "die", "das", "de", "des", "du", "la", "le", "et", "og", "for", "für",
    ];
    let words: Vec<&str> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !SMALL.contains(&w.to_lowercase().as_str()))
        .collect();
    let mut out: String = words.iter().take(2).filter_map(|w| w.chars().next()).collect();
    if out.chars().count() == 1 {
        out = words[0].chars().take(2).collect();
    }
    out.to_uppercase()
}

/// CORDIS writes many names in capitals ("TUEBINGEN"); show those in title case, leave others.
pub fn title_case_if_shouting(s: &str) -> String {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 4 || letters.iter().any(|c| c.is_lowercase()) {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if c.is_alphabetic() {
            if start {
                out.push(c);
            } else {
                out.extend(c.to_lowercase());
            }
            start = false;
        } else {
            out.push(c);
            start = matches!(c, ' ' | '-' | '(' | '/' | '.');
        }
    }
    out
}

/// The address of an organisation's logo, when it has one.
pub fn logo_href(o: &domain::Organisation) -> Option<String> {
    o.logo
        .as_ref()
        .map(|v| format!("/organisations/{}/logo.png?v={v}", o.slug))
}

/// The directory's label for one of its query parameters (the directory and the map read the
/// same ones), for messages about a value left out.
pub fn directory_parameter_label(parameter: &str) -> Option<&'static str> {
    Some(match parameter {
        "q" => "filter-q",
        "type" => "filter-type",
        "country" => "filter-country",
        "nuts" => "filter-nuts",
        "ecosystem" => "filter-ecosystem",
        "ket" => "filter-ket",
        "cta" => "filter-cta",
        "nace" => "filter-nace",
        "label" => "filter-label",
        "sme" => "filter-sme",
        "sort" => "filter-sort",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pagination_shows_ends_and_neighbours() {
        let tr = Tr::default();
        let p = pagination(&tr, 1000, 20, 400, |o| format!("?offset={o}"));
        let labels: Vec<_> = p.iter().map(|l| l.label.as_str()).collect();
        assert_eq!(
            labels,
            ["Previous", "1", "…", "19", "20", "21", "22", "23", "…", "50", "Next"]
        );
        assert!(p.iter().any(|l| l.current && l.label == "21"));
        assert!(pagination(&tr, 20, 20, 0, |o| o.to_string()).is_empty());
    }

    #[test]
    fn initials_stand_in_for_logos() {
        assert_eq!(initials("Silicon Saxony"), "SS");
        assert_eq!(initials("Cluster of Excellence for Photonics"), "CE");
        assert_eq!(initials("CenSec"), "CE");
        assert_eq!(initials("Ørsted"), "ØR");
        assert_eq!(initials("…"), "");
    }

    #[test]
    fn shouting_names_are_softened() {
        assert_eq!(
            title_case_if_shouting("DONOSTIA SAN SEBASTIAN"),
            "Donostia San Sebastian"
        );
        assert_eq!(title_case_if_shouting("Cluj Napoca"), "Cluj Napoca");
        assert_eq!(title_case_if_shouting("NRW"), "NRW");
    }
}

//! News that members of an organisation write for everyone to read: articles, summaries of talks
//! and events, and press releases. The body is Markdown, stored as written and turned into
//! sanitised HTML for reading ([`render_body`]); the workflow is moderated publication, as for
//! opportunities.

use std::fmt;

use crate::error::{Code, ValidationErrors};
use crate::opportunity::{sorted, text};
use crate::organisation::{string_enum, LanguageCode, Website};
use crate::slug::{fold, Slug};

string_enum!(
    /// What a news item is.
    NewsKind, "news-kind", {
    Article => "article",
    TalkSummary => "talk-summary",
    PressRelease => "press-release",
});

string_enum!(
    /// Where a news item is in its life. Only `Published` ones are shown to others; a withdrawn
    /// one is kept for its owners.
    NewsState, "news-state", {
    Draft => "draft",
    Submitted => "submitted",
    Returned => "returned",
    Published => "published",
    Withdrawn => "withdrawn",
});

impl NewsState {
    /// Whether its owners may change the text (a published item is withdrawn to change it).
    pub fn editable(self) -> bool {
        matches!(self, Self::Draft | Self::Returned)
    }
}

pub const MIN_TITLE: usize = 5;
pub const MAX_TITLE: usize = 200;
pub const MIN_LEAD: usize = 20;
pub const MAX_LEAD: usize = 600;
pub const MIN_BODY: usize = 50;
pub const MAX_BODY: usize = 50_000;
pub const MAX_TAGS: usize = 10;
pub const MAX_TAG: usize = 40;
/// Other organisations an item may be about, besides the one publishing it.
pub const MAX_ABOUT: usize = 20;

/// The content of a news item, valid by construction (see [`NewsInput::validate`]).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NewsDraft {
    pub kind: NewsKind,
    pub title: String,
    /// One or two sentences shown in lists, feeds and previews.
    pub lead: String,
    /// Markdown, as the author wrote it.
    pub body: String,
    pub language: LanguageCode,
    /// Free tags, lower case, sorted ("space", "micro-grants").
    pub tags: Vec<String>,
    pub cover_url: Option<Website>,
    /// Organisations of the directory the item is about, besides the publisher, by slug.
    pub about: Vec<Slug>,
    /// The project page it is about.
    pub project_id: Option<i64>,
    /// The event it summarises (a talk or event summary), by id.
    #[serde(default)]
    pub event_id: Option<i64>,
    /// The item this one translates, by id: the versions of one story in several languages.
    #[serde(default)]
    pub translation_of: Option<i64>,
}

/// A news item as people and programs send it: strings, checked all at once.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewsInput {
    pub kind: String,
    pub title: String,
    pub lead: String,
    pub body: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub cover_url: String,
    /// Slugs or profile addresses (`https://…/organisations/censec`).
    #[serde(default)]
    pub about: Vec<String>,
    /// A project page's number or address (`/projects/101`).
    #[serde(default)]
    pub project: String,
    /// The page of the event it summarises: a number or address (`/events/12`).
    #[serde(default)]
    pub event: String,
    /// The news item it translates: a number or address (`/news/7`).
    #[serde(default)]
    pub translation_of: String,
}

/// A tag as kept: trimmed, lower case, inner spaces as single hyphens.
fn tag(s: &str) -> Result<String, String> {
    let words: Vec<String> = s.split_whitespace().map(str::to_lowercase).collect();
    let t = words.join("-");
    let n = t.chars().count();
    if n == 0 {
        Err("is empty".into())
    } else if n > MAX_TAG {
        Err(format!(
            "\"{}…\" is longer than {MAX_TAG} characters",
            t.chars().take(20).collect::<String>()
        ))
    } else if !t
        .chars()
        .all(|c| c.is_alphanumeric() || c == '-' || c == '.' || c == '+')
    {
        Err(format!(
            "\"{t}\" may hold letters, digits, hyphens, dots and plus signs only"
        ))
    } else {
        Ok(t)
    }
}

/// The last non-empty path segment of an address, or the text itself.
fn last_segment(s: &str) -> &str {
    let t = s.trim().trim_end_matches('/');
    let t = t.split(['?', '#']).next().unwrap_or(t);
    t.rsplit('/').next().unwrap_or(t)
}

impl NewsInput {
    pub fn validate(&self) -> Result<NewsDraft, ValidationErrors> {
        let mut e = ValidationErrors::default();
        let kind = if self.kind.trim().is_empty() {
            Some(NewsKind::Article)
        } else {
            e.check("kind", self.kind.parse::<NewsKind>())
        };
        let title = text(&mut e, "title", &self.title, MIN_TITLE, MAX_TITLE);
        let lead = text(&mut e, "lead", &self.lead, MIN_LEAD, MAX_LEAD);
        let body = text(&mut e, "body", &self.body, MIN_BODY, MAX_BODY);
        let language = if self.language.trim().is_empty() {
            LanguageCode::parse("en").ok()
        } else {
            e.check(
                "language",
                LanguageCode::parse(&self.language).map_err(|l| l.to_string()),
            )
        };
        let mut tags = Vec::new();
        for raw in self.tags.iter().filter(|t| !t.trim().is_empty()) {
            if let Some(t) = e.check("tags", tag(raw)) {
                tags.push(t);
            }
        }
        let tags = sorted(tags);
        if tags.len() > MAX_TAGS {
            e.add(
                "tags",
                Code::TooMany,
                format!("{} tags; at most {MAX_TAGS}", tags.len()),
            );
        }
        let cover_url = match self.cover_url.trim() {
            "" => None,
            // Pages allow pictures from https addresses only (their content security policy).
            u => e.check(
                "cover_url",
                Website::parse(u).map_err(|x| x.to_string()).and_then(|w| {
                    if w.as_str().starts_with("https://") {
                        Ok(w)
                    } else {
                        Err("must be an https address".to_owned())
                    }
                }),
            ),
        };
        let mut about = Vec::new();
        for raw in self.about.iter().filter(|a| !a.trim().is_empty()) {
            let slug = last_segment(raw);
            if let Some(s) = e.check(
                "about",
                Slug::parse(slug).map_err(|_| format!("\"{}\" names no profile", fold(raw))),
            ) {
                about.push(s);
            }
        }
        let about = sorted(about);
        if about.len() > MAX_ABOUT {
            e.add(
                "about",
                Code::TooMany,
                format!("{} organisations; at most {MAX_ABOUT}", about.len()),
            );
        }
        let project_id = match self.project.trim() {
            "" => None,
            p => e.check(
                "project",
                last_segment(p).parse::<i64>().ok().filter(|n| *n > 0).ok_or_else(|| {
                    format!(
                        "\"{}\" is not a project page's number or address",
                        p.chars().take(80).collect::<String>()
                    )
                }),
            ),
        };
        let event_id = match self.event.trim() {
            "" => None,
            p => e.check(
                "event",
                last_segment(p).parse::<i64>().ok().filter(|n| *n > 0).ok_or_else(|| {
                    format!(
                        "\"{}\" is not an event page's number or address",
                        p.chars().take(80).collect::<String>()
                    )
                }),
            ),
        };
        if event_id.is_some() && kind.is_some_and(|k| k != NewsKind::TalkSummary) {
            e.add(
                "event",
                Code::Outside,
                "only a talk or event summary names the event it summarises",
            );
        }
        let translation_of = match self.translation_of.trim() {
            "" => None,
            p => e.check(
                "translation_of",
                last_segment(p).parse::<i64>().ok().filter(|n| *n > 0).ok_or_else(|| {
                    format!(
                        "\"{}\" is not a news item's number or address",
                        p.chars().take(80).collect::<String>()
                    )
                }),
            ),
        };
        match (kind, language) {
            (Some(kind), Some(language)) if e.is_empty() => Ok(NewsDraft {
                kind,
                title,
                lead,
                body,
                language,
                tags,
                cover_url,
                about,
                project_id,
                event_id,
                translation_of,
            }),
            _ => Err(e),
        }
    }

    /// The input that reproduces a stored draft, to fill a form for editing.
    pub fn from_draft(d: &NewsDraft) -> Self {
        Self {
            kind: d.kind.to_string(),
            title: d.title.clone(),
            lead: d.lead.clone(),
            body: d.body.clone(),
            language: d.language.as_str().to_owned(),
            tags: d.tags.clone(),
            cover_url: d.cover_url.as_ref().map(|w| w.as_str().to_owned()).unwrap_or_default(),
            about: d.about.iter().map(|s| s.as_str().to_owned()).collect(),
            project: d.project_id.map(|p| p.to_string()).unwrap_or_default(),
            event: d.event_id.map(|p| p.to_string()).unwrap_or_default(),
            translation_of: d.translation_of.map(|p| p.to_string()).unwrap_or_default(),
        }
    }
}

/// The Markdown of a body as sanitised HTML: headings, paragraphs, lists, quotes, emphasis, code,
/// links and images by http(s) address. HTML written into the Markdown is shown as text, never
/// interpreted; the result goes through ammonia all the same. A top-level heading becomes a
/// second-level one (the page's title is the first).
pub fn render_body(markdown: &str) -> String {
    use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
    // Lists and quotes deeper than this are flattened: a text of thousands of nested list
    // markers ("- - - - …") would otherwise become HTML the sanitiser reads in seconds.
    const MAX_DEPTH: usize = 12;
    let mut depth = 0usize;
    let mut kept: Vec<bool> = Vec::new();
    let events = Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH).filter(move |ev| {
        let container = |t: &Tag| matches!(t, Tag::List(_) | Tag::Item | Tag::BlockQuote(_));
        match ev {
            Event::Start(t) if container(t) => {
                depth += 1;
                kept.push(depth <= MAX_DEPTH);
                depth <= MAX_DEPTH
            }
            Event::End(TagEnd::List(_) | TagEnd::Item | TagEnd::BlockQuote(_)) => {
                depth = depth.saturating_sub(1);
                kept.pop().unwrap_or(true)
            }
            _ => true,
        }
    });
    let events = events.map(|ev| match ev {
        Event::Html(h) | Event::InlineHtml(h) => Event::Text(h),
        Event::Start(Tag::Heading {
            level: HeadingLevel::H1,
            id,
            classes,
            attrs,
        }) => Event::Start(Tag::Heading {
            level: HeadingLevel::H2,
            id,
            classes,
            attrs,
        }),
        Event::End(TagEnd::Heading(HeadingLevel::H1)) => Event::End(TagEnd::Heading(HeadingLevel::H2)),
        other => other,
    });
    let mut html = String::with_capacity(markdown.len() * 5 / 4);
    pulldown_cmark::html::push_html(&mut html, events);
    ammonia::Builder::default()
        .tags(
            [
                "h2",
                "h3",
                "h4",
                "h5",
                "h6",
                "p",
                "br",
                "hr",
                "ul",
                "ol",
                "li",
                "blockquote",
                "em",
                "strong",
                "del",
                "code",
                "pre",
                "a",
                "img",
            ]
            .into_iter()
            .collect(),
        )
        .tag_attributes(
            [
                ("a", ["href", "title"].into_iter().collect()),
                ("img", ["src", "alt", "title"].into_iter().collect()),
            ]
            .into_iter()
            .collect(),
        )
        .generic_attributes(std::collections::HashSet::new())
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .url_relative(ammonia::UrlRelative::Deny)
        .link_rel(Some("noopener noreferrer nofollow"))
        .set_tag_attribute_value("img", "loading", "lazy")
        .set_tag_attribute_value("img", "referrerpolicy", "no-referrer")
        .clean(&html)
        .to_string()
}

string_enum!(
    /// What the writers of an item decided about something the platform found it mentions.
    MentionState, "mention-state", {
    Suggested => "suggested",
    Confirmed => "confirmed",
    Removed => "removed",
});

/// A confirmed mention as the reader's page links it: the words as the text writes them, where
/// they lead, and what the link's title says.
#[derive(Debug, Clone, PartialEq)]
pub struct MentionLink {
    /// Every way the text writes it ("UAE", "United Arab Emirates"), the first one linked.
    pub surfaces: Vec<String>,
    pub href: String,
    pub title: String,
}

/// Links the first occurrence of each mention in sanitised HTML (from [`render_body`]): only in
/// text, never inside a link, code or an attribute, and only as whole words.
pub fn link_mentions(html: &str, links: &[MentionLink]) -> String {
    let mut pending: Vec<(String, &MentionLink)> = links
        .iter()
        .flat_map(|l| l.surfaces.iter().map(move |s| (s, l)))
        .filter(|(s, _)| !s.trim().is_empty())
        .map(|(s, l)| (crate::html::escape_text(s), l))
        .collect();
    // The longer first, so that "Silicon Saxony Days" is linked before "Silicon Saxony" in it.
    pending.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
    let mut out = String::with_capacity(html.len() + links.len() * 64);
    // Inside which elements the scanner is: a, code and pre keep their text as it is.
    let mut closed_to_links = 0usize;
    let mut rest = html;
    while !rest.is_empty() {
        if rest.starts_with('<') {
            let end = tag_end(rest).unwrap_or(rest.len());
            let tag = &rest[..end];
            let name: String = tag
                .trim_start_matches(['<', '/'])
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            if matches!(name.as_str(), "a" | "code" | "pre") {
                if tag.starts_with("</") {
                    closed_to_links = closed_to_links.saturating_sub(1);
                } else {
                    closed_to_links += 1;
                }
            }
            out.push_str(tag);
            rest = &rest[end..];
            continue;
        }
        let text_end = rest.find('<').unwrap_or(rest.len());
        let text = &rest[..text_end];
        if closed_to_links > 0 || pending.is_empty() {
            out.push_str(text);
        } else {
            out.push_str(&link_text(text, &mut pending));
        }
        rest = &rest[text_end..];
    }
    out
}

/// Where the tag that starts `s` ends, past any quoted attribute value.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i + 1),
            _ => {}
        }
    }
    None
}

fn link_text(text: &str, pending: &mut Vec<(String, &MentionLink)>) -> String {
    // Where each pending mention first occurs as whole words; the earliest is linked first.
    let mut out = String::new();
    let mut rest = text;
    loop {
        let first = pending
            .iter()
            .enumerate()
            .filter_map(|(i, (escaped, _))| whole_word(rest, escaped).map(|at| (at, i)))
            .min();
        let Some((at, i)) = first else { break };
        let (escaped, link) = pending.remove(i);
        // Its other spellings are linked no more.
        pending.retain(|(_, other)| !std::ptr::eq(*other, link));
        out.push_str(&rest[..at]);
        out.push_str(&format!(
            "<a href=\"{}\" class=\"mention\" title=\"{}\">{}</a>",
            crate::html::escape_attribute(&link.href),
            crate::html::escape_attribute(&link.title),
            &rest[at..at + escaped.len()]
        ));
        rest = &rest[at + escaped.len()..];
    }
    out.push_str(rest);
    out
}

fn whole_word(text: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = text[from..].find(word) {
        let at = from + i;
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return Some(at);
        }
        from = at + word.chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// A web page as Markdown: the article's headings, paragraphs, lists, links and emphasis; its
/// navigation, header, footer, forms, scripts and styles left out. Relative links are resolved
/// against `base` (the page's own address) when it is given, and dropped otherwise.
pub fn html_to_markdown(html: &str, base: Option<&str>) -> String {
    if crate::html::nesting(html) > crate::html::MAX_NESTING {
        // Too deep to parse in reasonable time: the words alone, as paragraphs of text.
        return markdown_text(&crate::html::strip_tags(html));
    }
    let clean = ammonia::Builder::default()
        .tags(
            [
                "h1",
                "h2",
                "h3",
                "h4",
                "h5",
                "h6",
                "p",
                "br",
                "ul",
                "ol",
                "li",
                "blockquote",
                "strong",
                "b",
                "em",
                "i",
                "a",
            ]
            .into_iter()
            .collect(),
        )
        .clean_content_tags(
            [
                "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "button",
                "select", "svg", "title",
            ]
            .into_iter()
            .collect(),
        )
        .tag_attributes([("a", ["href"].into_iter().collect())].into_iter().collect())
        .generic_attributes(std::collections::HashSet::new())
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .url_relative(match base.and_then(|b| ammonia::Url::parse(b).ok()) {
            Some(url) => ammonia::UrlRelative::RewriteWithBase(url),
            None => ammonia::UrlRelative::Deny,
        })
        .link_rel(None)
        .clean(html)
        .to_string();
    let mut out = String::with_capacity(clean.len());
    let mut links: Vec<Option<String>> = Vec::new();
    let mut rest = clean.as_str();
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            out.push_str(&markdown_text(rest));
            break;
        };
        out.push_str(&markdown_text(&rest[..lt]));
        let Some(gt) = rest[lt..].find('>') else { break };
        let tag = &rest[lt + 1..lt + gt];
        rest = &rest[lt + gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        match (name.as_str(), closing) {
            ("h1" | "h2" | "h3" | "h4" | "h5" | "h6", false) => {
                let level = name[1..].parse::<usize>().unwrap_or(2);
                out.push_str(&format!("\n\n{} ", "#".repeat(level)));
            }
            ("h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "p" | "ul" | "ol" | "blockquote", _) => out.push_str("\n\n"),
            ("li", false) => out.push_str("\n- "),
            ("br", _) => out.push('\n'),
            ("strong" | "b", _) => out.push_str("**"),
            ("em" | "i", _) => out.push('*'),
            ("a", false) => {
                let href = tag
                    .split_once("href=\"")
                    .and_then(|(_, h)| h.split_once('"'))
                    .map(|(h, _)| h.replace("&amp;", "&"));
                if href.is_some() {
                    out.push('[');
                }
                links.push(href);
            }
            ("a", true) => {
                if let Some(Some(h)) = links.pop() {
                    // Written as the parsed address in angle brackets: a `)`, a space or a line
                    // break in the page's href cannot end the link and start other Markdown.
                    match ammonia::Url::parse(&h) {
                        Ok(url) => out.push_str(&format!(
                            "](<{}>)",
                            url.as_str().replace('<', "%3C").replace('>', "%3E")
                        )),
                        Err(_) => out.push(']'),
                    }
                }
            }
            _ => {}
        }
    }
    // Runs of blank lines to one, lines trimmed.
    let mut tidy = String::new();
    for block in out.split("\n\n") {
        let b: Vec<&str> = block.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        if !b.is_empty() {
            tidy.push_str(&b.join("\n"));
            tidy.push_str("\n\n");
        }
    }
    tidy
}

/// Text between tags as Markdown text: entities decoded, white space collapsed, characters
/// Markdown would read as markup escaped.
fn markdown_text(s: &str) -> String {
    let decoded = s
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    let mut out = String::with_capacity(decoded.len());
    let mut space = false;
    for c in decoded.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            out.push(' ');
        }
        space = false;
        if matches!(c, '*' | '_' | '[' | ']' | '`' | '\\' | '<' | '>') {
            out.push('\\');
        }
        out.push(c);
    }
    if space {
        out.push(' ');
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn deeply_nested_markdown_is_flattened() {
        let deep = format!("{}x", "- ".repeat(24_000));
        let started = std::time::Instant::now();
        let html = super::render_body(&deep);
        eprintln!("24,000 nested list markers rendered in {:?}", started.elapsed());
        assert!(html.matches("<ul>").count() <= 12, "{}", &html[..200.min(html.len())]);
        let quotes = format!("{}x", "> ".repeat(50_000));
        assert!(super::render_body(&quotes).matches("<blockquote>").count() <= 12);
    }

    #[test]
    fn a_page_link_cannot_start_other_markdown() {
        let md = super::html_to_markdown(
            r#"<p><a href="https://ok.example/a) ![t](https://tracker.example/p.png) [Log in](https://phish.example/">our post</a></p>"#,
            None,
        );
        let html = super::render_body(&md);
        assert!(
            !html.contains("<img") && !html.contains("href=\"https://phish.example"),
            "{md} → {html}"
        );
        let deep = super::html_to_markdown(&format!("{}text", "<div>".repeat(40_000)), None);
        assert!(deep.contains("text"));
    }

    use super::*;

    fn input() -> NewsInput {
        NewsInput {
            kind: "talk-summary".into(),
            title: "CenSec becomes the national cluster for defence, space and security".into(),
            lead: "The Danish Ministry of Higher Education and Science has appointed CenSec.".into(),
            body: "# Appointed\n\nWith **150 members**, CenSec now leads the national cluster. See [the ministry](https://ufm.dk).".into(),
            language: "da".into(),
            tags: vec!["Defence".into(), "space ".into(), "defence".into()],
            about: vec!["https://clusterhub.eu/organisations/censec/".into()],
            project: "/projects/101".into(),
            event: "https://clusterhub.eu/events/12".into(),
            translation_of: "/news/7".into(),
            ..NewsInput::default()
        }
    }

    #[test]
    fn a_complete_input_is_valid_and_round_trips() {
        let d = input().validate().expect("valid");
        assert_eq!(d.kind, NewsKind::TalkSummary);
        let article = NewsInput {
            kind: "article".into(),
            ..input()
        };
        assert_eq!(
            article.validate().expect_err("an article summarises no event").0[0].field,
            "event"
        );
        assert_eq!(d.tags, ["defence", "space"]);
        assert_eq!(d.about.iter().map(Slug::as_str).collect::<Vec<_>>(), ["censec"]);
        assert_eq!(d.project_id, Some(101));
        assert_eq!(d.event_id, Some(12));
        assert_eq!(d.translation_of, Some(7));
        assert_eq!(NewsInput::from_draft(&d).validate(), Ok(d));
    }

    #[test]
    fn every_problem_is_named() {
        let i = NewsInput {
            kind: "gossip".into(),
            title: "Hi".into(),
            lead: String::new(),
            body: "short".into(),
            language: "xx".into(),
            tags: vec!["<b>".into()],
            cover_url: "javascript:alert(1)".into(),
            about: vec!["..".into()],
            project: "next one".into(),
            event: "the talk".into(),
            translation_of: "the German one".into(),
        };
        let e = i.validate().expect_err("invalid");
        let fields: Vec<_> = e.0.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "kind",
                "title",
                "lead",
                "body",
                "language",
                "tags",
                "cover_url",
                "about",
                "project",
                "event",
                "translation_of"
            ]
        );
    }

    #[test]
    fn markdown_is_rendered_and_nothing_else_survives() {
        let html = render_body(
            "# Key messages\n\n- one <script>alert(1)</script>\n- [two](javascript:alert(1))\n\n\
             <img src=x onerror=alert(1)>\n\n![Panel](https://example.eu/panel.jpg \"Panel\")\n\n[rel](/x)",
        );
        assert!(html.starts_with("<h2>Key messages</h2>"), "{html}");
        assert!(!html.contains("<script") && !html.contains("javascript:"), "{html}");
        // HTML written into the Markdown is shown as text, never as an element.
        assert!(
            html.contains("&lt;script&gt;") && html.contains("&lt;img src=x onerror=alert(1)&gt;"),
            "{html}"
        );
        assert_eq!(html.matches("<img").count(), 1, "{html}");
        assert!(
            html.contains(r#"<img src="https://example.eu/panel.jpg" alt="Panel" title="Panel" "#)
                && html.contains(r#"loading="lazy""#)
                && html.contains(r#"referrerpolicy="no-referrer""#),
            "{html}"
        );
        assert!(!html.contains("href=\"/x\""), "{html}");
    }

    #[test]
    fn mentions_are_linked_once_in_text_only() {
        let html = render_body(
            "CenSec and [CenSec](https://censec.dk) met `CenSec`.\n\nSpace & Security, CenSecs, CenSec again.",
        );
        let link = |s: &str, h: &str| MentionLink {
            surfaces: vec![s.into()],
            href: h.into(),
            title: "T\"<".into(),
        };
        let out = link_mentions(
            &html,
            &[link("CenSec", "/organisations/censec"), link("Space & Security", "/x")],
        );
        assert_eq!(out.matches("class=\"mention\"").count(), 2, "{out}");
        assert!(out.starts_with(
            "<p><a href=\"/organisations/censec\" class=\"mention\" title=\"T&quot;&lt;\">CenSec</a> and"
        ));
        assert!(out.contains("<a href=\"/x\" class=\"mention\" title=\"T&quot;&lt;\">Space &amp; Security</a>"));
        assert!(out.contains("<code>CenSec</code>"));
        // Text inside links and attributes is left alone, whatever it holds.
        let tricky = "<p><img src=\"https://x/CenSec.png\" alt=\"a > CenSec\"> CenSecs</p>";
        assert_eq!(link_mentions(tricky, &[link("CenSec", "/o")]), tricky);
        // Any of its spellings, the first occurrence only.
        let uae = MentionLink {
            surfaces: vec!["UAE".into(), "United Arab Emirates".into()],
            href: "/news?country=AE".into(),
            title: "United Arab Emirates".into(),
        };
        let out = link_mentions("<p>To the United Arab Emirates, then the UAE.</p>", &[uae]);
        assert_eq!(out.matches("class=\"mention\"").count(), 1);
        assert!(out.contains(">United Arab Emirates</a>"), "{out}");
    }
}

//! RSS 2.0 and Atom feeds of the news list, for any filter the list takes (`/news/rss.xml?tag=space`,
//! `/news/atom.xml?organisation=censec`). Feeds are read by programs, so a filter value that names
//! nothing is refused (400, naming the parameter) rather than dropped. Titles are in the reader's
//! interface language; items keep their own (`xml:lang` in Atom).

use std::fmt::Write as _;

use chrono::{DateTime, Utc};

use super::*;

/// Text for XML character data and attribute values.
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 does not allow at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            '\u{FFFE}' | '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// What a feed holds: its items, its title and its addresses.
struct Feed {
    title: String,
    /// The list page the feed follows.
    page: String,
    /// The feed's own address.
    me: String,
    items: Vec<News>,
}

async fn feed(state: &AppState, ctx: &Ctx, raw: Option<&str>, path: &str) -> Result<Feed, WebError> {
    let pairs = query_pairs(raw);
    let (filter, refused) = news_filter(&pairs);
    let mut filter = refused.strict(filter)?;
    filter.limit = i64::from(PAGE);
    filter.offset = 0;
    let (items, _) = state.store.published_news(&filter).await?;
    let base = news_pairs(&filter);
    let mut title = ctx.tr.t("news-feed-title");
    if let Some(slug) = &filter.organisation {
        let name = state
            .store
            .organisation_by_slug(slug.as_str())
            .await?
            .map(|o| o.profile.name)
            .unwrap_or_else(|| slug.as_str().to_owned());
        title = format!("{title} · {name}");
    }
    if let Some(t) = &filter.tag {
        title = format!("{title} · #{t}");
    }
    Ok(Feed {
        title,
        page: state.settings.link(&url("/news", &base)),
        me: state.settings.link(&url(path, &base)),
        items,
    })
}

fn updated(items: &[News]) -> DateTime<Utc> {
    items
        .iter()
        .map(|n| n.published_at.unwrap_or(n.updated_at).max(n.updated_at))
        .max()
        .unwrap_or(DateTime::UNIX_EPOCH)
}

fn xml_response(content_type: &'static str, body: String) -> Response {
    (
        [
            (axum::http::header::CONTENT_TYPE, content_type),
            (axum::http::header::CACHE_CONTROL, "public, max-age=300"),
        ],
        body,
    )
        .into_response()
}

pub async fn rss(State(state): State<AppState>, ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let f = feed(&state, &ctx, raw.as_deref(), "/news/rss.xml").await?;
    let mut x = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n",
    );
    // Writing to a String cannot fail.
    let _ = write!(
        x,
        "<title>{}</title>\n<link>{}</link>\n<description>{}</description>\n<language>{}</language>\n\
         <lastBuildDate>{}</lastBuildDate>\n<atom:link href=\"{}\" rel=\"self\" type=\"application/rss+xml\"/>\n",
        xml(&f.title),
        xml(&f.page),
        xml(&ctx.tr.t("news-feed-description")),
        ctx.tr.locale.code(),
        updated(&f.items).to_rfc2822(),
        xml(&f.me),
    );
    for n in &f.items {
        let link = state.settings.link(&format!("/news/{}", n.id));
        let _ = write!(
            x,
            "<item>\n<title>{}</title>\n<link>{}</link>\n<guid isPermaLink=\"true\">{}</guid>\n<description>{}</description>\n<pubDate>{}</pubDate>\n",
            xml(&n.draft.title),
            xml(&link),
            xml(&link),
            // An RSS description is HTML, which readers render: the lead is plain text, so it is
            // escaped as HTML first, then as XML (`<b>` arrives as the text "<b>").
            xml(&domain::html::escape_attribute(&n.draft.lead)),
            n.published_at.unwrap_or(n.updated_at).to_rfc2822(),
        );
        for t in &n.draft.tags {
            let _ = writeln!(x, "<category>{}</category>", xml(t));
        }
        x.push_str("</item>\n");
    }
    x.push_str("</channel>\n</rss>\n");
    Ok(xml_response("application/rss+xml; charset=utf-8", x))
}

pub async fn atom(State(state): State<AppState>, ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let f = feed(&state, &ctx, raw.as_deref(), "/news/atom.xml").await?;
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    let _ = write!(
        x,
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n<id>{}</id>\n<title>{}</title>\n<updated>{}</updated>\n\
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n\
         <generator>clusterhub</generator>\n",
        ctx.tr.locale.code(),
        xml(&f.me),
        xml(&f.title),
        updated(&f.items).to_rfc3339(),
        xml(&f.me),
        xml(&f.page),
    );
    for n in &f.items {
        let link = state.settings.link(&format!("/news/{}", n.id));
        let _ = write!(
            x,
            "<entry xml:lang=\"{}\">\n<id>{}</id>\n<title>{}</title>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n\
             <published>{}</published>\n<updated>{}</updated>\n<author><name>{}</name><uri>{}</uri></author>\n\
             <summary>{}</summary>\n<content type=\"html\">{}</content>\n",
            n.draft.language.as_str(),
            xml(&link),
            xml(&n.draft.title),
            xml(&link),
            n.published_at.unwrap_or(n.updated_at).to_rfc3339(),
            n.updated_at.max(n.published_at.unwrap_or(n.updated_at)).to_rfc3339(),
            xml(&n.organisation_name),
            xml(&state.settings.link(&format!("/organisations/{}", n.organisation_slug))),
            xml(&n.draft.lead),
            xml(&domain::news::render_body(&n.draft.body)),
        );
        for t in &n.draft.tags {
            let _ = writeln!(x, "<category term=\"{}\"/>", xml(t));
        }
        x.push_str("</entry>\n");
    }
    x.push_str("</feed>\n");
    Ok(xml_response("application/atom+xml; charset=utf-8", x))
}

#[cfg(test)]
mod tests {
    #[test]
    fn text_is_escaped_and_forbidden_characters_dropped() {
        assert_eq!(
            super::xml("R&D <b>\"x\" 'y'\u{1}\u{FFFF}ø"),
            "R&amp;D &lt;b&gt;&quot;x&quot; &apos;y&apos;ø"
        );
    }
}

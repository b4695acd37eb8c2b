//! Text out of what feeds carry: HTML read down to plain text, whitespace collapsed, lengths
//! bounded at a word.

use std::sync::LazyLock;

/// Elements that end a run of text: a word before them and a word after them are two words.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

/// Keeps no element at all, only text; the content of `script` and `style` goes with them.
static TEXT_ONLY: LazyLock<ammonia::Builder<'static>> = LazyLock::new(ammonia::Builder::empty);

/// The plain text of an HTML fragment (or of text that may hold HTML, as feed titles often do):
/// tags dropped, every entity decoded, whitespace collapsed to single spaces.
pub fn html_to_text(html: &str) -> String {
    if !html.contains(['<', '&']) {
        return collapse(html);
    }
    if domain::html::nesting(html) > domain::html::MAX_NESTING {
        // Too deep for the HTML parser to read in reasonable time: the words alone.
        return collapse(&domain::html::strip_tags(html));
    }
    // The HTML parser does the reading (malformed markup, every named entity); the sanitiser
    // writes back only text, with `&`, `<`, `>` and no-break spaces escaped.
    let cleaned = TEXT_ONLY.clean(&space_blocks(html)).to_string();
    let decoded = cleaned
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    collapse(&decoded)
}

/// A space before each block element's tags, so that `<p>a</p><p>b</p>` reads "a b", not "ab".
fn space_blocks(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + 16);
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let tag = &rest[at + 1..];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if BLOCKS.contains(&name.as_str()) {
            out.push(' ');
        }
        out.push('<');
        rest = tag;
    }
    out.push_str(rest);
    out
}

/// Runs of whitespace (no-break spaces and line breaks included) as one space, none at the ends.
pub fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| c.is_whitespace() || c.is_control()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// At most `max` characters, cut at a word when there is one in the last fifth, ending in "…"
/// when cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let keep = max.saturating_sub(1);
    let end = text.char_indices().nth(keep).map_or(text.len(), |(i, _)| i);
    let head = &text[..end];
    let cut = match head.rfind(' ') {
        Some(space) if head[..space].chars().count() >= keep * 4 / 5 => &head[..space],
        _ => head,
    };
    format!("{}…", cut.trim_end())
}

/// Plain text as HTML: escaped, a paragraph per blank-line-separated block, line breaks kept.
pub fn text_to_html(text: &str) -> String {
    let mut html = String::new();
    for paragraph in text.replace("\r\n", "\n").split("\n\n") {
        let lines: Vec<&str> = paragraph.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        if lines.is_empty() {
            continue;
        }
        let escaped: Vec<String> = lines.iter().map(|l| domain::html::escape_text(l)).collect();
        html.push_str("<p>");
        html.push_str(&escaped.join("<br>"));
        html.push_str("</p>");
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_reads_as_text() {
        assert_eq!(
            html_to_text("<p>Grøn omstilling i K&oslash;benhavn &amp; M&uuml;nchen</p><p>næste&nbsp;skridt</p>"),
            "Grøn omstilling i København & München næste skridt"
        );
        assert_eq!(html_to_text("Line<br/>break<h2>Head</h2>para"), "Line break Head para");
        assert_eq!(html_to_text("a <script>alert(1)</script>b<style>p{}</style>"), "a b");
        assert_eq!(html_to_text("Fish & Chips < 5 €"), "Fish & Chips < 5 €");
        assert_eq!(html_to_text("<b>bold</b>face"), "boldface");
        assert_eq!(html_to_text("  plain\n\ttext  "), "plain text");
    }

    #[test]
    fn long_text_is_cut_at_a_word() {
        assert_eq!(shorten("short", 10), "short");
        assert_eq!(shorten("alpha beta gamma delta epsilon", 20), "alpha beta gamma…");
        assert_eq!(shorten("one two three four five", 12), "one two thr…");
        let cut = shorten(&"ø".repeat(400), 300);
        assert_eq!(cut.chars().count(), 300);
        assert!(cut.ends_with('…'));
    }

    #[test]
    fn plain_text_becomes_paragraphs() {
        assert_eq!(
            text_to_html("a < b\nnext\n\nsecond"),
            "<p>a &lt; b<br>next</p><p>second</p>"
        );
    }
}

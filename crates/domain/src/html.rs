//! Rich text from outside (the funding portal's descriptions) is kept as HTML only after
//! sanitising: a fixed list of harmless elements and attributes, links that open no doors.

/// Keeps paragraphs, lists, emphasis, headings, tables and links; drops scripts, styles, event
/// handlers, images and anything else. Links get `rel="noopener noreferrer nofollow"`.
/// Text as the sanitiser writes it between tags (`&`, `<`, `>` and no-break spaces escaped), so
/// that words can be found in its output.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            c => out.push(c),
        }
    }
    out
}

/// A value safe inside a double-quoted attribute.
pub fn escape_attribute(s: &str) -> String {
    escape_text(s).replace('"', "&quot;").replace('\'', "&#39;")
}

pub fn sanitise(html: &str) -> String {
    ammonia::Builder::default()
        .rm_tags(&["img"])
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean(html)
        .to_string()
}

/// The text of sanitised HTML, for indexing and plain-text mail: tags dropped, block ends as
/// line breaks, the common entities decoded.
pub fn text(html: &str) -> String {
    let spaced = html
        .replace("</p>", "</p>\n")
        .replace("<br>", "\n")
        .replace("</li>", "</li>\n");
    let stripped = ammonia::Builder::empty().clean(&spaced).to_string();
    stripped
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Elements deeper than this are not given to the HTML parser: html5ever's tree building takes
/// time growing with the square of the nesting (40,000 nested `<div>` take seconds), and real
/// articles nest a few dozen deep at most.
pub const MAX_NESTING: usize = 100;

/// How deep the elements of `html` nest, counted cheaply from its tags: elements that never
/// hold others (`br`, `img`, …) or are often left open (`p`, `li`), self-closing tags, comments
/// and declarations do not count, and any other end tag closes one level whatever its name.
pub fn nesting(html: &str) -> usize {
    const VOID: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p", "li",
    ];
    let (mut now, mut most) = (0usize, 0usize);
    let bytes = html.as_bytes();
    let mut i = 0;
    while let Some(at) = bytes[i..].iter().position(|b| *b == b'<') {
        let start = i + at + 1;
        let end = bytes[start..]
            .iter()
            .position(|b| *b == b'>')
            .map_or(bytes.len(), |e| start + e);
        let tag = &html[start..end];
        i = end.min(bytes.len());
        let name = |t: &str| {
            t.chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect::<String>()
                .to_ascii_lowercase()
        };
        if let Some(rest) = tag.strip_prefix('/') {
            if rest.starts_with(|c: char| c.is_ascii_alphabetic()) && !VOID.contains(&name(rest).as_str()) {
                now = now.saturating_sub(1);
            }
        } else if tag.starts_with(|c: char| c.is_ascii_alphabetic())
            && !tag.ends_with('/')
            && !VOID.contains(&name(tag).as_str())
        {
            now += 1;
            most = most.max(now);
        }
        if i >= bytes.len() {
            break;
        }
    }
    most
}

/// The text of `html` with every tag dropped, for markup nested too deep to parse.
pub fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut inside = false;
    for c in html.chars() {
        match c {
            '<' => {
                inside = true;
                out.push(' ');
            }
            '>' if inside => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn nesting_is_counted_from_tags() {
        assert_eq!(super::nesting("<div><p>a<br>b</p><ul><li>x</li></ul></div>"), 2);
        assert_eq!(super::nesting(&"<div>".repeat(40_000)), 40_000);
        assert_eq!(super::nesting("a < b and <!-- c --> <img src=x/>"), 0);
        assert_eq!(
            super::strip_tags("<p>a <b>b</b></p>")
                .split_whitespace()
                .collect::<Vec<_>>(),
            ["a", "b"]
        );
    }

    #[test]
    fn scripts_handlers_and_javascript_links_go() {
        let clean = super::sanitise(
            r#"<p onclick="x()">Hi <script>alert(1)</script><a href="javascript:alert(1)">a</a> <a href="https://ec.europa.eu">b</a><img src=x onerror=y></p>"#,
        );
        assert!(
            !clean.contains("script")
                && !clean.contains("onclick")
                && !clean.contains("javascript")
                && !clean.contains("img")
        );
        assert!(
            clean.contains(r#"<a href="https://ec.europa.eu" rel="noopener noreferrer nofollow">b</a>"#),
            "{clean}"
        );
    }

    #[test]
    fn text_keeps_words_and_paragraphs() {
        assert_eq!(
            super::text("<p>R&amp;D <strong>grants</strong></p><p>SMEs</p>"),
            "R&D grants\nSMEs\n"
        );
    }
}

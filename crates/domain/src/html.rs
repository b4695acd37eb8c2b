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

#[cfg(test)]
mod tests {
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

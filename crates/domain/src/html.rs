//! Rich text from outside (the funding portal's descriptions) is kept as HTML only after
//! sanitising: a fixed list of harmless elements and attributes, links that open no doors.

/// Keeps paragraphs, lists, emphasis, headings, tables and links; drops scripts, styles, event
/// handlers, images and anything else. Links get `rel="noopener noreferrer nofollow"`.
pub fn sanitise(html: &str) -> String {
    ammonia::Builder::default()
        .rm_tags(&["img"])
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean(html)
        .to_string()
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
}

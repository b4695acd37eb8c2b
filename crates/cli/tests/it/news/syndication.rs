//! The news feeds against the rules the W3C feed validator documents
//! (validator.w3.org/feed/docs): for RSS 2.0 a channel with title, link and description, an
//! `atom:link rel="self"` that is the feed's own address, RFC 822 dates with four-digit years,
//! and items with a title, an absolute permalink guid and a date; for Atom a feed with an id,
//! title, updated and self link, and entries with an absolute unique id, a title, an updated
//! date (RFC 3339), an author and an alternate link. Text that needs escaping (`&`, `<`, accents)
//! goes through both.

use std::collections::HashSet;

use domain::NewsInput;

use crate::agent::organisation;
use crate::helpers::TestApp;

/// An RFC 822 date as RSS wants it: "Fri, 04 Dec 2026 22:41:04 +0000".
fn rfc822(s: &str) -> bool {
    let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let parts: Vec<&str> = s.split(' ').collect();
    parts.len() == 6
        && days.contains(&parts[0].trim_end_matches(','))
        && parts[0].ends_with(',')
        && parts[1].len() <= 2
        && parts[1].parse::<u8>().is_ok()
        && months.contains(&parts[2])
        && parts[3].len() == 4
        && parts[3].parse::<u16>().is_ok()
        && chrono::NaiveTime::parse_from_str(parts[4], "%H:%M:%S").is_ok()
        && (parts[5].starts_with('+') || parts[5].starts_with('-'))
        && parts[5].len() == 5
}

/// The text of every element `name` in `xml` (simple elements without attributes).
fn all(xml: &str, name: &str) -> Vec<String> {
    let (open, close) = (format!("<{name}>"), format!("</{name}>"));
    xml.split(&open)
        .skip(1)
        .filter_map(|rest| rest.split_once(&close).map(|(v, _)| v.to_owned()))
        .collect()
}

#[tokio::test]
async fn news_feeds_follow_the_feed_validators_rules() {
    let app = TestApp::spawn().await;
    let org = organisation(&app, "nordic-space", "Nordic Space & Défense <Cluster>").await;
    let item = |title: &str, language: &str| {
        NewsInput {
            kind: "article".into(),
            title: title.into(),
            lead: "R&D in <space> for SMEs, with accents: København, Île-de-France.".into(),
            body: "A body with **emphasis**, a [link](https://example.eu/a?b=1&c=2) and enough words.".into(),
            language: language.into(),
            tags: vec!["space".into(), "r-and-d".into()],
            ..NewsInput::default()
        }
        .validate()
        .expect("a valid item")
    };
    app.db
        .store
        .import_news(
            org,
            &[
                (item("Satellites & antennas: the <new> test bed", "en"), None),
                (item("Neues Testfeld für Satelliten in Köln", "de"), None),
            ],
            true,
        )
        .await
        .expect("news");

    // RSS 2.0.
    let address = format!("{}/news/rss.xml?tag=space", app.base);
    let rss = app.text("/news/rss.xml?tag=space").await.1;
    assert!(rss.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>"));
    let channel = rss.split("<item>").next().expect("channel");
    for required in ["title", "link", "description"] {
        assert_eq!(all(channel, required).len(), 1, "the channel has one {required}");
    }
    assert!(all(channel, "link")[0].starts_with("http"), "an absolute channel link");
    assert!(
        rss.contains(&format!(
            "<atom:link href=\"{}\" rel=\"self\"",
            address.replace('&', "&amp;")
        )),
        "the self link is the feed's own address"
    );
    for date in all(&rss, "lastBuildDate").iter().chain(&all(&rss, "pubDate")) {
        assert!(rfc822(date), "an RFC 822 date: {date}");
    }
    let items: Vec<&str> = rss.split("<item>").skip(1).collect();
    assert_eq!(items.len(), 2);
    let mut guids = HashSet::new();
    for i in &items {
        assert_eq!(all(i, "title").len(), 1);
        assert_eq!(all(i, "pubDate").len(), 1);
        let guid = i
            .split("<guid isPermaLink=\"true\">")
            .nth(1)
            .and_then(|g| g.split_once("</guid>"))
            .map(|(g, _)| g)
            .expect("guid");
        assert!(guid.starts_with("http"), "a permalink guid is absolute");
        assert!(guids.insert(guid.to_owned()), "guids are unique");
    }
    // It also reads as a feed, the escaped text intact.
    let parsed = feed_rs::parser::parse(rss.as_bytes()).expect("RSS parses");
    assert!(parsed.entries.iter().any(|e| e
        .title
        .as_ref()
        .is_some_and(|t| t.content.contains("Satellites & antennas: the <new> test bed"))));

    // Atom.
    let address = format!("{}/news/atom.xml?tag=space", app.base);
    let atom = app.text("/news/atom.xml?tag=space").await.1;
    let head = atom.split("<entry").next().expect("feed head");
    for required in ["id", "title", "updated"] {
        assert_eq!(all(head, required).len(), 1, "the feed has one {required}");
    }
    assert!(
        head.contains(&format!(
            "<link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>",
            address.replace('&', "&amp;")
        )),
        "the self link is the feed's own address"
    );
    let parsed = feed_rs::parser::parse(atom.as_bytes()).expect("Atom parses");
    assert_eq!(parsed.entries.len(), 2);
    let mut ids = HashSet::new();
    for e in &parsed.entries {
        assert!(e.id.starts_with("http"), "an absolute entry id");
        assert!(ids.insert(e.id.clone()), "entry ids are unique");
        assert!(e.title.is_some() && e.updated.is_some() && !e.authors.is_empty());
        assert!(e.links.iter().any(|l| l.rel.as_deref() == Some("alternate")));
    }
    for date in all(&atom, "updated").iter().chain(&all(&atom, "published")) {
        assert!(
            chrono::DateTime::parse_from_rfc3339(date).is_ok(),
            "an RFC 3339 date: {date}"
        );
    }
    assert!(
        parsed.entries.iter().any(|e| e
            .authors
            .iter()
            .any(|a| a.name.as_deref() == Some("Nordic Space & Défense <Cluster>"))),
        "the author's name escaped and read back"
    );
}

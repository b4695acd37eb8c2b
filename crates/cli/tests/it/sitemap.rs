//! `/robots.txt` points to `/sitemap.xml`, an index of files that list every public page with
//! its last change; drafts and members-only pages are not in it.

use crate::agent::organisation;
use crate::helpers::TestApp;

#[tokio::test]
async fn the_sitemap_lists_public_pages_only() {
    let app = TestApp::spawn().await;
    let acme = organisation(&app, "acme-robotics", "Acme Robotics").await;
    let store = &app.db.store;
    let item = |title: &str| {
        domain::NewsInput {
            title: title.into(),
            lead: "A lead of at least twenty characters.".into(),
            body: "A body long enough to be a news item, and then some more words.".into(),
            ..domain::NewsInput::default()
        }
        .validate()
        .expect("valid")
    };
    let draft = store
        .create_news(acme, None, &item("A draft nobody sees"))
        .await
        .expect("news");
    let published = store
        .create_news(acme, None, &item("Published for all"))
        .await
        .expect("news");
    for (from, to) in [
        (domain::NewsState::Draft, domain::NewsState::Submitted),
        (domain::NewsState::Submitted, domain::NewsState::Published),
    ] {
        assert!(store.transition(published, &[from], to, None).await.expect("move"));
    }

    let (status, robots) = app.text("/robots.txt").await;
    assert_eq!(status, 200);
    assert!(robots.contains("User-agent: *") && robots.contains("Disallow: /account"));
    let sitemap_line = robots
        .lines()
        .find(|l| l.starts_with("Sitemap: "))
        .expect("sitemap line");
    assert!(sitemap_line.ends_with("/sitemap.xml"), "absolute address of the index");

    let (status, index) = app.text("/sitemap.xml").await;
    assert_eq!(status, 200);
    assert!(index.starts_with("<?xml") && index.contains("<sitemapindex"));
    for file in [
        "/sitemaps/pages.xml",
        "/sitemaps/organisations-1.xml",
        "/sitemaps/news-1.xml",
    ] {
        assert!(index.contains(file), "{file} is listed");
    }
    assert!(
        !index.contains("/sitemaps/organisations-2.xml"),
        "one file holds 50,000"
    );
    let (_, organisations) = app.text("/sitemaps/organisations-1.xml").await;
    assert!(organisations.contains("/organisations/acme-robotics</loc><lastmod>"));
    let (_, news) = app.text("/sitemaps/news-1.xml").await;
    assert!(news.contains(&format!("/news/{published}</loc>")));
    assert!(!news.contains(&format!("/news/{draft}</loc>")), "drafts are not listed");
    let (_, pages) = app.text("/sitemaps/pages.xml").await;
    assert!(pages.contains("/organisations</loc>") && pages.contains("/news</loc>"));
    for missing in [
        "/sitemaps/organisations-2.xml",
        "/sitemaps/users-1.xml",
        "/sitemaps/%2e%2e-1.xml",
    ] {
        assert_eq!(app.get(missing).await.status(), 404, "{missing}");
    }
}

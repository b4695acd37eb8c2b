//! Feeds in: an organisation's admin registers its website's feed through the page; 200 feeds on
//! a loopback server are polled twice with no item imported twice (the second poll is answered
//! "not modified" through the ETag, and an edited feed brings only its new item); a feed that
//! answers too slowly and one that answers with 50 MB are cut off without holding up the others,
//! and their admins read why (as does one who registered a calendar, which is not news); a
//! moderator's trust makes new items publish at once.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::Duration;
use domain::{NewsState, OrgRole, PlatformRole};

use crate::agent::{account, organisation, Agent, PASSWORD};
use crate::helpers::TestApp;

const FEEDS: usize = 200;

#[derive(Default)]
struct Site {
    /// Feed 0 has a fourth item (and so another ETag).
    grown: AtomicBool,
    /// Feed 1 has a fifth item, after the organisation became trusted.
    trusted_item: AtomicBool,
    answers: AtomicUsize,
}

fn rss(n: usize, site: &Site) -> (String, String) {
    let mut count = 3;
    if n == 0 && site.grown.load(Ordering::SeqCst) {
        count = 4;
    }
    if n == 1 && site.trusted_item.load(Ordering::SeqCst) {
        count = 5;
    }
    let items: String = (1..=count)
        .map(|i| {
            format!(
                "<item><title>Cluster {n} news number {i}</title><link>/news/{n}-{i}</link>\
                 <guid isPermaLink=\"false\">item-{n}-{i}</guid><pubDate>Tue, 01 Dec 2026 09:0{i}:00 GMT</pubDate>\
                 <description>&lt;p&gt;The cluster tells its members about the new test bed for satellite antennas, item {i}.&lt;/p&gt;</description></item>"
            )
        })
        .collect();
    (
        format!(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Cluster {n}</title>\
             <link>https://cluster{n}.example.eu/</link><description>News</description><language>en</language>{items}</channel></rss>"
        ),
        format!("\"v{count}-{n}\""),
    )
}

async fn feed(State(site): State<Arc<Site>>, Path(name): Path<String>, headers: HeaderMap) -> Response {
    site.answers.fetch_add(1, Ordering::SeqCst);
    let Some(n) = name.strip_suffix(".xml").and_then(|n| n.parse::<usize>().ok()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let (body, etag) = rss(n, &site);
    if headers.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()) == Some(etag.as_str()) {
        return (StatusCode::NOT_MODIFIED, [(header::ETAG, etag)]).into_response();
    }
    (
        [
            (header::CONTENT_TYPE, "application/rss+xml".to_owned()),
            (header::ETAG, etag),
        ],
        body,
    )
        .into_response()
}

async fn slow() -> Response {
    tokio::time::sleep(std::time::Duration::from_secs(30)).await;
    "<rss/>".into_response()
}

async fn calendar() -> Response {
    (
        [(header::CONTENT_TYPE, "text/calendar")],
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\nUID:1@x\r\nDTSTAMP:20261201T090000Z\r\n\
         DTSTART:20270301T090000Z\r\nDTEND:20270301T170000Z\r\nSUMMARY:Space B2B Day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    )
        .into_response()
}

async fn huge() -> Response {
    // 50 MB of one endless feed, sent as fast as it is read.
    let chunk = bytes_of("<item><title>x</title></item>".repeat(2_000));
    let stream = futures_util::stream::iter((0..1_000).map(move |_| Ok::<_, std::io::Error>(chunk.clone())));
    (
        [(header::CONTENT_TYPE, "application/rss+xml")],
        axum::body::Body::from_stream(stream),
    )
        .into_response()
}

fn bytes_of(s: String) -> axum::body::Bytes {
    axum::body::Bytes::from(s)
}

async fn serve(site: Arc<Site>) -> String {
    let app = axum::Router::new()
        .route("/feeds/{name}", axum::routing::get(feed))
        .route("/slow.xml", axum::routing::get(slow))
        .route("/huge.xml", axum::routing::get(huge))
        .route("/calendar.ics", axum::routing::get(calendar))
        .with_state(site);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}")
}

#[tokio::test]
async fn feeds_are_polled_without_duplicates_and_bad_feeds_harm_only_themselves() {
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let site = Arc::new(Site::default());
    let base = serve(site.clone()).await;
    let admin = account(&app, "web@cluster.eu", PlatformRole::User).await;
    account(&app, "moderator@hub.eu", PlatformRole::Moderator).await;
    let mut orgs = Vec::new();
    for n in 0..FEEDS {
        orgs.push(organisation(&app, &format!("cluster-{n}"), &format!("Cluster {n}")).await);
    }
    store.set_org_role(admin, orgs[0], OrgRole::Admin).await.expect("role");

    // The admin registers the first feed through the page; what is not a feed address is refused.
    let mut agent = Agent::new(&app);
    agent.login("web@cluster.eu", PASSWORD).await;
    assert!(agent
        .get("/organisations/cluster-0")
        .await
        .body
        .contains("/organisations/cluster-0/feeds"));
    let page = agent.get("/organisations/cluster-0/feeds").await;
    assert_eq!(page.status, 200);
    for bad in [
        "ftp://example.eu/feed",
        "not an address",
        "javascript:alert(1)",
        "https://user:secret@example.eu/feed",
        "",
    ] {
        let refused = agent.post("/organisations/cluster-0/feeds", &[("url", bad)]).await;
        assert_eq!(refused.status, 422, "{bad}");
        assert!(refused.body.contains("id=\"url-error\""), "{bad}: the field is named");
    }
    let added = agent
        .post(
            "/organisations/cluster-0/feeds",
            &[("url", &format!("{base}/feeds/0.xml"))],
        )
        .await;
    assert_eq!(added.status, 303, "{}", added.body);
    let twice = agent
        .post(
            "/organisations/cluster-0/feeds",
            &[("url", &format!("{base}/feeds/0.xml"))],
        )
        .await;
    assert_eq!(twice.status, 422, "registered once");
    let now = chrono::Utc::now();
    for (n, org) in orgs.iter().enumerate().skip(1) {
        store
            .add_feed(*org, &format!("{base}/feeds/{n}.xml"), admin, now)
            .await
            .expect("feed");
    }
    let slow_feed = store
        .add_feed(orgs[2], &format!("{base}/slow.xml"), admin, now)
        .await
        .expect("slow");
    let huge_feed = store
        .add_feed(orgs[3], &format!("{base}/huge.xml"), admin, now)
        .await
        .expect("huge");
    let calendar_feed = store
        .add_feed(orgs[4], &format!("{base}/calendar.ics"), admin, now)
        .await
        .expect("ics");
    assert!(slow_feed.is_some() && huge_feed.is_some() && calendar_feed.is_some());

    // First poll: every item of every good feed, as drafts; the two bad feeds fail alone.
    let fetcher = web::feeds_in::poll::fetcher(&app.state).expect("fetcher");
    let first = web::feeds_in::poll::poll_due(&app.state, &fetcher, now + Duration::seconds(1))
        .await
        .expect("poll");
    assert_eq!(first.feeds, FEEDS + 3);
    assert_eq!(first.imported, FEEDS * 3, "{first:?}");
    assert_eq!(first.failed, 3, "{first:?}");
    let news0 = store.news_of(orgs[0]).await.expect("news");
    assert_eq!(news0.len(), 3);
    assert!(news0.iter().all(|n| n.state == NewsState::Draft));
    assert!(
        news0[0].draft.body.contains(&format!("<{base}/news/0-")),
        "the original is linked: {}",
        news0[0].draft.body
    );
    let feeds2 = store.feeds_of(orgs[2]).await.expect("feeds");
    let slow_error = feeds2
        .iter()
        .find(|f| f.url.ends_with("slow.xml"))
        .and_then(|f| f.last_error.clone());
    assert!(
        slow_error
            .as_deref()
            .is_some_and(|e| e.starts_with("feeds-error-timeout")),
        "the slow feed says why: {slow_error:?}"
    );
    let feeds3 = store.feeds_of(orgs[3]).await.expect("feeds");
    let huge_error = feeds3
        .iter()
        .find(|f| f.url.ends_with("huge.xml"))
        .and_then(|f| f.last_error.clone())
        .unwrap_or_default();
    assert!(huge_error.starts_with("feeds-error-too-large"), "{huge_error}");
    // Said in the reader's language when the page is drawn.
    let german = web::feeds_in::problem::Problem::say_stored(&web::i18n::Tr::new(web::i18n::Locale::De), &huge_error);
    assert!(german.contains("größer als 5 MB"), "{german}");

    let feeds4 = store.feeds_of(orgs[4]).await.expect("feeds");
    assert!(
        feeds4.iter().any(|f| f
            .last_error
            .as_deref()
            .is_some_and(|e| e.starts_with("feeds-error-calendar"))),
        "a calendar is not taken for news"
    );

    // Second poll a period later: unchanged feeds answer "not modified"; feed 0 grew by one item.
    site.grown.store(true, Ordering::SeqCst);
    let later = now + Duration::minutes(16);
    let second = web::feeds_in::poll::poll_due(&app.state, &fetcher, later)
        .await
        .expect("poll");
    assert_eq!(second.feeds, FEEDS, "the failed feeds wait longer: {second:?}");
    assert_eq!(second.not_modified, FEEDS - 1, "{second:?}");
    assert_eq!(second.imported, 1, "{second:?}");
    let mut total = 0;
    for org in &orgs {
        let items = store.news_of(*org).await.expect("news");
        let mut titles: Vec<&str> = items.iter().map(|n| n.draft.title.as_str()).collect();
        titles.sort_unstable();
        let before = titles.len();
        titles.dedup();
        assert_eq!(before, titles.len(), "no item twice");
        total += before;
    }
    assert_eq!(total, FEEDS * 3 + 1);
    // The admin sees how the feed goes.
    let page = agent.get("/organisations/cluster-0/feeds").await;
    assert!(page.body.contains("4 items imported"), "{}", page.body);

    // A moderator who holds no role in the organisation trusts its feeds: new items publish.
    let mut moderator = Agent::new(&app);
    moderator.login("moderator@hub.eu", PASSWORD).await;
    let trusted = moderator
        .post("/organisations/cluster-1/feeds/trust", &[("on", "1")])
        .await;
    assert_eq!(trusted.status, 303, "{}", trusted.body);
    site.trusted_item.store(true, Ordering::SeqCst);
    let third = web::feeds_in::poll::poll_due(&app.state, &fetcher, later + Duration::minutes(16))
        .await
        .expect("poll");
    assert_eq!(third.imported, 2, "{third:?}");
    let published: Vec<_> = store
        .news_of(orgs[1])
        .await
        .expect("news")
        .into_iter()
        .filter(|n| n.state == NewsState::Published)
        .collect();
    assert_eq!(published.len(), 2, "the new items of a trusted feed are published");
    // Removed and registered again, a feed brings nothing twice; registering ends the trust.
    let feed1 = store.feeds_of(orgs[1]).await.expect("feeds")[0].clone();
    assert!(store.delete_feed(orgs[1], feed1.id).await.expect("remove"));
    assert!(store.feeds_of(orgs[1]).await.expect("feeds").is_empty());
    let again = store.add_feed(orgs[1], &feed1.url, admin, now).await.expect("again");
    assert_eq!(again, Some(feed1.id));
    assert!(
        !store.feeds_trusted(orgs[1]).await.expect("trust"),
        "trust ends with a new feed"
    );
    let fourth = web::feeds_in::poll::poll_due(&app.state, &fetcher, later + Duration::minutes(48))
        .await
        .expect("poll");
    assert_eq!(fourth.imported, 0, "{fourth:?}");
    // The organisation's own admin cannot trust its own feeds.
    let own = agent.post("/organisations/cluster-0/feeds/trust", &[("on", "1")]).await;
    assert!(
        own.status == 403 || own.status == 303 && own.location.starts_with("/login"),
        "{}",
        own.status
    );
    assert!(site.answers.load(Ordering::SeqCst) >= FEEDS * 3);
}

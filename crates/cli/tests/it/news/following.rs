//! Following and the weekly digest over HTTP: a reader follows an organisation from its profile
//! and a technology from their account, gets on Monday morning one mail in their language with
//! what is new in what they follow (and nothing else), and leaves it with their mail program's
//! one-click unsubscribe (RFC 8058), which needs no session.

use chrono::Duration;
use domain::{NewsInput, PlatformRole};

use crate::agent::{account, organisation, Agent, PASSWORD};
use crate::helpers::TestApp;

fn item(title: &str, about: &[&str]) -> domain::NewsDraft {
    NewsInput {
        kind: "article".into(),
        title: title.into(),
        lead: "A lead long enough to be a lead.".into(),
        body: "The body of the item, with enough words to be one.".into(),
        language: "en".into(),
        about: about.iter().map(|s| (*s).to_owned()).collect(),
        ..NewsInput::default()
    }
    .validate()
    .expect("a valid item")
}

#[tokio::test]
async fn followers_get_a_weekly_digest_in_their_language_and_leave_it_in_one_click() {
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let reader = account(&app, "leser@sme.de", PlatformRole::User).await;
    store.set_language(reader, "de").await.expect("language");
    let space = organisation(&app, "nordic-space", "Nordic Space Cluster").await;
    let laser = organisation(&app, "laser-centre", "Laser Centre").await;

    let mut agent = Agent::new(&app);
    agent.login("leser@sme.de", PASSWORD).await;
    // The profile offers to follow; the button brings the reader back to it.
    let profile = agent.get("/organisations/nordic-space").await;
    assert!(profile.body.contains("action=\"/follow\""), "a follow button");
    let followed = agent
        .post(
            "/follow",
            &[
                ("kind", "organisation"),
                ("target", "nordic-space"),
                ("back", "/organisations/nordic-space"),
            ],
        )
        .await;
    assert_eq!(followed.status, 303, "{}", followed.body);
    assert_eq!(
        followed.location,
        "/organisations/nordic-space?done=followed&what=organisation%3Anordic-space"
    );
    let back = agent.get(&followed.location).await;
    assert!(back.body.contains("action=\"/unfollow\""));
    assert!(back.body.contains("role=\"status\""), "what was done is said");
    // A technology from the account page; a hostile return address goes nowhere else.
    let tech = agent
        .post(
            "/follow",
            &[
                ("kind", "technology"),
                ("target", "ket-photonics"),
                ("back", "//evil.example/x"),
            ],
        )
        .await;
    assert!(
        tech.location.starts_with("/account/following?done=followed"),
        "{}",
        tech.location
    );
    // What does not exist is refused, naming the field.
    for (kind, target) in [
        ("organisation", "no-such"),
        ("technology", "ket-nothing"),
        ("country", "XX"),
        ("planet", "mars"),
    ] {
        let bad = agent.post("/follow", &[("kind", kind), ("target", target)]).await;
        assert_eq!(bad.status, 400, "{kind} {target}");
        assert!(
            bad.body.contains(if kind == "planet" { "kind" } else { "target" }),
            "{}",
            bad.body
        );
    }
    let page = agent.get("/account/following").await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("Nordic Space Cluster") && page.body.contains("Wöchentlicher Überblick"),
        "the list, in German"
    );
    let digest = store
        .digest_of(reader)
        .await
        .expect("digest")
        .expect("started by the first follow");
    assert!(digest.stopped_at.is_none());

    // A week of news: one about the followed cluster (and its German translation), one from a
    // cluster the reader does not follow.
    let ids = store
        .import_news(
            space,
            &[(item("Nordic Space Cluster opens a test bed", &[]), None)],
            true,
        )
        .await
        .expect("news");
    let mut german = item("Nordic Space Cluster eröffnet ein Testfeld", &[]);
    german.language = domain::LanguageCode::parse("de").expect("language");
    german.translation_of = Some(ids[0]);
    store
        .import_news(space, &[(german, None)], true)
        .await
        .expect("translation");
    store
        .import_news(laser, &[(item("Laser Centre hires", &[]), None)], true)
        .await
        .expect("news");

    let monday = digest.next_at + Duration::minutes(1);
    let sent = web::digest::send_due(&app.state, monday).await.expect("digest");
    assert_eq!(sent, 1);
    let (head, body) = app.mails_with_headers_to("leser@sme.de").pop().expect("the digest");
    assert!(head.contains("Ihre Woche auf clusterhub"), "{head}");
    assert!(
        body.contains("eröffnet ein Testfeld"),
        "the reader's language version: {body}"
    );
    assert!(!body.contains("opens a test bed"), "one version per story: {body}");
    assert!(!body.contains("Laser Centre hires"), "only what is followed: {body}");
    assert!(body.contains("Weil Sie verfolgen: Nordic Space Cluster"), "{body}");
    let link_line = head
        .lines()
        .find(|l| l.to_lowercase().starts_with("list-unsubscribe:"))
        .expect("List-Unsubscribe");
    assert!(
        head.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"),
        "{head}"
    );
    let link = link_line[link_line.find('<').expect("<") + 1..link_line.find('>').expect(">")].to_owned();
    assert!(link.starts_with(&app.base) && link.contains("/digest/unsubscribe?token="));
    assert!(body.contains(&link), "the same link in the text");
    assert_eq!(
        web::digest::send_due(&app.state, monday).await.expect("digest"),
        0,
        "one digest a week"
    );

    // The link opened in a browser asks first (mail scanners follow links).
    let mut visitor = Agent::new(&app);
    let ask = visitor.get(link.trim_start_matches(&app.base)).await;
    assert_eq!(ask.status, 200);
    assert!(store
        .digest_of(reader)
        .await
        .expect("digest")
        .expect("row")
        .stopped_at
        .is_none());
    // The mail program's one-click POST: no cookie, no CSRF token, just the link.
    let plain = reqwest::Client::new();
    let forged = plain
        .post(format!("{}/digest/unsubscribe?token=not-a-token", app.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .expect("post");
    assert_eq!(forged.status(), 409);
    let one_click = plain
        .post(&link)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .expect("post");
    assert_eq!(one_click.status(), 200);
    let stopped = store.digest_of(reader).await.expect("digest").expect("row");
    assert!(stopped.stopped_at.is_some(), "stopped");
    assert_eq!(
        store.follows_of(reader).await.expect("follows").len(),
        2,
        "follows stay"
    );
    let export = store.personal_data(reader).await.expect("export");
    assert_eq!(export.follows.len(), 2, "what one follows is in one's data export");
    assert!(export.digest.is_some_and(|d| d.stopped_at.is_some()));
    // Started again from the account.
    let again = agent.post("/account/digest", &[("on", "1")]).await;
    assert_eq!(again.status, 303);
    assert!(store
        .digest_of(reader)
        .await
        .expect("digest")
        .expect("row")
        .stopped_at
        .is_none());
    // Other forms still need their CSRF token.
    let no_token = plain
        .post(format!("{}/follow", app.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("kind=country&target=DK")
        .send()
        .await
        .expect("post");
    assert_eq!(no_token.status(), 403);
}

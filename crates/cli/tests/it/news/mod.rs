//! News end to end over HTTP: a member writes an item in Markdown with a preview, bad input is
//! named field by field, a moderator returns and publishes it through the moderated workflow,
//! readers filter the list, and the RSS and Atom feeds of a filtered list parse as feeds. What
//! the text mentions is found on save, decided on by its writers before they submit it, linked in
//! the article and listed on the pages of what it mentions.

mod feeds_in;
mod following;
mod syndication;

use domain::{NewsState, OrgRole, PlatformRole};

use crate::agent::{account, organisation, Agent, PASSWORD};
use crate::helpers::TestApp;
use crate::opportunities::id_after;

fn item_form() -> Vec<(&'static str, String)> {
    vec![
        ("kind", "press-release".into()),
        ("title", "Nordic Space Cluster becomes the national cluster for space".into()),
        (
            "lead",
            "The ministry appointed the cluster, which now gathers 150 members & partners.".into(),
        ),
        (
            "body",
            "# Appointed\n\nWith **150 members** the cluster leads the national effort with Laser Centre in Denmark on photonics.\n\n- test beds\n- <script>alert(1)</script>\n\n![Launch](https://example.eu/launch.jpg)".into(),
        ),
        ("language", "da".into()),
        ("tags", "Space, defence".into()),
        ("cover_url", "https://example.eu/cover.jpg".into()),
        ("about", "https://clusterhub.example/organisations/laser-centre/".into()),
        ("project", String::new()),
    ]
}

fn pairs<'a>(v: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    v.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

#[tokio::test]
async fn news_is_written_previewed_moderated_read_and_syndicated() {
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let writer_id = account(&app, "writer@space.dk", PlatformRole::User).await;
    account(&app, "moderator@hub.eu", PlatformRole::Moderator).await;
    account(&app, "outsider@example.org", PlatformRole::User).await;
    let cluster = organisation(&app, "nordic-space", "Nordic Space Cluster").await;
    organisation(&app, "laser-centre", "Laser Centre").await;
    store
        .set_org_role(writer_id, cluster, OrgRole::Member)
        .await
        .expect("role");

    let mut writer = Agent::new(&app);
    writer.login("writer@space.dk", PASSWORD).await;
    let list = writer.get("/news").await;
    assert!(
        list.body.contains("/organisations/nordic-space/news/new"),
        "members are offered to write"
    );
    let form = writer.get("/organisations/nordic-space/news/new").await;
    assert_eq!(form.status, 200);

    // Bad input: every problem named next to its field, what was typed kept, nothing stored.
    let mut bad = item_form();
    bad[1].1 = "Hi".into();
    bad[5].1 = "<b>".into();
    bad[6].1 = "javascript:alert(1)".into();
    bad[7].1 = "no-such-organisation".into();
    let refused = writer.post("/organisations/nordic-space/news/new", &pairs(&bad)).await;
    assert_eq!(refused.status, 422);
    for field in ["title", "tags", "cover_url"] {
        assert!(
            refused.body.contains(&format!("id=\"{field}-error\"")),
            "{field} is named"
        );
    }
    assert!(refused.body.contains("value=\"Hi\""));
    bad[1].1 = item_form()[1].1.clone();
    bad[5].1 = "space".into();
    bad[6].1 = String::new();
    let unknown = writer.post("/organisations/nordic-space/news/new", &pairs(&bad)).await;
    assert_eq!(unknown.status, 422);
    assert!(
        unknown.body.contains("no-such-organisation"),
        "the unknown organisation is named"
    );
    assert!(store.news_of(cluster).await.expect("list").is_empty());

    // The preview shows the rendered Markdown and stores nothing; HTML stays text.
    let mut preview = item_form();
    preview.push(("preview", "1".into()));
    let shown = writer
        .post("/organisations/nordic-space/news/new", &pairs(&preview))
        .await;
    assert_eq!(shown.status, 200);
    assert!(shown.body.contains("<h2>Appointed</h2>") && shown.body.contains("<strong>150 members</strong>"));
    assert!(shown.body.contains("&lt;script&gt;") && !shown.body.contains("<script>alert"));
    assert!(store.news_of(cluster).await.expect("list").is_empty());

    let saved = writer
        .post("/organisations/nordic-space/news/new", &pairs(&item_form()))
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let id = id_after(&saved.location, "/news/");
    let path = format!("/news/{id}");

    // A draft is its organisation's alone.
    assert_eq!(Agent::new(&app).get(&path).await.status, 404);
    let mut outsider = Agent::new(&app);
    outsider.login("outsider@example.org", PASSWORD).await;
    assert_eq!(outsider.get(&path).await.status, 404);
    outsider.get("/news").await;
    assert_eq!(outsider.post(&format!("{path}/submit"), &[]).await.status, 403);

    // What the text mentions is suggested to its writers, who decide before they submit.
    let draft = writer.get(&path).await;
    for value in [
        "organisation:nordic-space",
        "organisation:laser-centre",
        "country:DK",
        "technology:ket-photonics",
    ] {
        assert!(
            draft
                .body
                .contains(&format!("name=\"mention\" value=\"{value}\" checked")),
            "{value} is suggested"
        );
    }
    let early = writer.post(&format!("{path}/submit"), &[]).await;
    assert_eq!(early.status, 303);
    assert!(early.location.contains("done=mentions-first"), "back to the mentions");
    assert!(writer.get(&early.location).await.body.contains("Before you submit"));
    assert_eq!(
        store.news(id).await.expect("read").expect("there").state,
        NewsState::Draft
    );
    assert_eq!(
        writer
            .post(&format!("{path}/mentions"), &[("mention", "organisation:no-such")])
            .await
            .status,
        409,
        "only what the text mentions can be confirmed"
    );
    let decided = writer
        .post(
            &format!("{path}/mentions"),
            &[
                ("mention", "organisation:nordic-space"),
                ("mention", "organisation:laser-centre"),
                ("mention", "technology:ket-photonics"),
            ],
        )
        .await;
    assert_eq!(decided.status, 303);
    assert!(
        !writer.get(&path).await.body.contains("value=\"country:DK\" checked"),
        "Denmark was removed"
    );
    assert_eq!(writer.post(&format!("{path}/submit"), &[]).await.status, 303);
    assert!(app
        .link_in_mail("moderator@hub.eu", "/moderation/news", 0)
        .await
        .contains("/moderation/news"));

    // Returned with a reason, changed, submitted again, published.
    let mut moderator = Agent::new(&app);
    moderator.login("moderator@hub.eu", PASSWORD).await;
    assert!(moderator
        .get("/moderation/news")
        .await
        .body
        .contains("national cluster for space"));
    assert_eq!(
        moderator
            .post(&format!("{path}/return"), &[("reason", "Name the ministry.")])
            .await
            .status,
        303
    );
    assert!(app.link_in_mail("writer@space.dk", &path, 0).await.ends_with(&path));
    assert!(writer.get(&path).await.body.contains("Name the ministry."));
    let mut changed = item_form();
    changed[2].1 = "The Ministry of Higher Education and Science appointed the cluster, now <i>150</i> members.".into();
    writer.get(&format!("{path}/edit")).await;
    assert_eq!(writer.post(&format!("{path}/edit"), &pairs(&changed)).await.status, 303);
    assert_eq!(writer.post(&format!("{path}/submit"), &[]).await.status, 303);
    // Taken back while it waits, it is a draft again, changed and submitted anew.
    writer.get(&path).await;
    assert_eq!(writer.post(&format!("{path}/withdraw"), &[]).await.status, 303);
    assert_eq!(
        store.news(id).await.expect("read").expect("there").state,
        NewsState::Draft
    );
    assert_eq!(writer.get(&format!("{path}/edit")).await.status, 200);
    assert_eq!(writer.post(&format!("{path}/submit"), &[]).await.status, 303);
    moderator.get("/moderation/news").await;
    assert_eq!(moderator.post(&format!("{path}/approve"), &[]).await.status, 303);
    assert_eq!(moderator.post(&format!("{path}/approve"), &[]).await.status, 409);
    assert_eq!(
        store.news(id).await.expect("read").expect("there").state,
        NewsState::Published
    );

    // Everyone reads it: the rendered body, what it is about, schema.org and Open Graph.
    let public = Agent::new(&app).get(&path).await;
    assert_eq!(public.status, 200);
    let body = &public.body;
    assert!(body.contains("Ministry of Higher Education"));
    assert!(body.contains("href=\"/organisations/laser-centre\">Laser Centre</a>"));
    assert!(body.contains("\"@type\":\"NewsArticle\"") && body.contains("property=\"og:title\""));
    assert!(body.contains("<img src=\"https://example.eu/launch.jpg\""));
    assert!(!body.contains("<script>alert"));
    // Confirmed mentions are links in the text; the removed one is not.
    assert!(
        body.contains("<a href=\"/organisations/laser-centre\" class=\"mention\""),
        "{body}"
    );
    assert!(body.contains("class=\"mention\" title=\"Photonics\">photonics</a>"));
    assert!(!body.contains("country=DK\" class=\"mention\""));
    // The organisations' pages list it under "In the news"; the API shows what it mentions.
    let profile = Agent::new(&app).get("/organisations/laser-centre").await;
    assert!(profile.body.contains("In the news") && profile.body.contains(&format!("href=\"{path}\"")));
    let (_, api) = app.text(&format!("/api/v1/news/{id}")).await;
    let api: serde_json::Value = serde_json::from_str(&api).expect("json");
    let kinds: Vec<&str> = api["mentions"]
        .as_array()
        .expect("mentions")
        .iter()
        .filter_map(|m| m["key"].as_str())
        .collect();
    assert_eq!(kinds, ["laser-centre", "nordic-space", "ket-photonics"]);

    // The site search finds it by the words of its text, stemmed in its language.
    crate::search::wait_until_found(
        &app.client,
        &app.base,
        "leads+national+efforts",
        "Nordic Space Cluster becomes the national cluster for space",
        std::time::Duration::from_secs(10),
    )
    .await;

    // The list filters by language, kind, tag and organisation (publisher or subject).
    for (query, found) in [
        ("", true),
        ("?language=da", true),
        ("?language=de", false),
        ("?kind=press-release", true),
        ("?kind=article", false),
        ("?tag=space", true),
        ("?organisation=laser-centre", true),
        ("?organisation=nordic-space", true),
        ("?technology=photonics", true),
        ("?technology=quantum", false),
        ("?country=DK", false),
    ] {
        let page = Agent::new(&app).get(&format!("/news{query}")).await;
        assert_eq!(page.status, 200, "{query}");
        assert_eq!(page.body.contains(&path), found, "{query}");
    }
    let refused = Agent::new(&app).get("/news?language=klingon&tag=space").await;
    assert_eq!(refused.status, 400, "a value that names nothing is said to be wrong");
    assert!(refused.body.contains(&path), "the other filters still apply");

    // Feeds of a filtered list parse as RSS 2.0 and Atom, with the item and its language.
    let (status, rss) = app.text("/news/rss.xml?tag=space").await;
    assert_eq!(status, 200);
    let feed = feed_rs::parser::parse(rss.as_bytes()).expect("RSS parses");
    assert_eq!(feed.entries.len(), 1);
    let entry = &feed.entries[0];
    assert!(entry
        .title
        .as_ref()
        .expect("title")
        .content
        .contains("national cluster for space"));
    assert!(entry.links.iter().any(|l| l.href.ends_with(&path)));
    // The lead is text, also where a feed's description is HTML.
    assert!(
        rss.contains("now &amp;lt;i&amp;gt;150&amp;lt;/i&amp;gt; members"),
        "escaped twice in RSS: {rss}"
    );
    let (_, atom) = app.text("/news/atom.xml?organisation=nordic-space").await;
    let feed = feed_rs::parser::parse(atom.as_bytes()).expect("Atom parses");
    assert_eq!(feed.entries.len(), 1);
    assert!(feed.entries[0]
        .summary
        .as_ref()
        .expect("summary")
        .content
        .contains("Ministry of Higher Education"));
    assert!(atom.contains("<entry xml:lang=\"da\">"), "each entry says its language");
    let (_, empty) = app.text("/news/atom.xml?tag=nothing-here").await;
    assert!(feed_rs::parser::parse(empty.as_bytes())
        .expect("parses")
        .entries
        .is_empty());
    assert_eq!(app.get("/news/rss.xml?kind=gossip").await.status(), 400);

    // A German version of the story, linked to it: each version offers the others, and a
    // German reader of the English one is pointed to theirs. One version per language.
    let mut german = item_form();
    german[1].1 = "Nordic Space Cluster wird nationales Raumfahrtcluster".into();
    german[2].1 = "Das Ministerium hat das Cluster ernannt, das nun 150 Mitglieder zählt.".into();
    german[4].1 = "de".into();
    german.push(("translation_of", format!("https://clusterhub.example{path}")));
    let saved = writer
        .post("/organisations/nordic-space/news/new", &pairs(&german))
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let translation = id_after(&saved.location, "/news/");
    assert_eq!(
        store
            .news(translation)
            .await
            .expect("read")
            .expect("there")
            .draft
            .translation_of,
        Some(id)
    );
    let tpath = format!("/news/{translation}");
    writer.get(&tpath).await;
    writer
        .post(
            &format!("{tpath}/mentions"),
            &[("mention", "organisation:nordic-space")],
        )
        .await;
    assert_eq!(writer.post(&format!("{tpath}/submit"), &[]).await.status, 303);
    moderator.get("/moderation/news").await;
    assert_eq!(moderator.post(&format!("{tpath}/approve"), &[]).await.status, 303);
    let english = Agent::new(&app).get(&path).await.body;
    assert!(
        english.contains(&format!("hreflang=\"de\" href=\"{tpath}\"")),
        "versions are alternates"
    );
    assert!(english.contains("Also in"));
    let for_germans = app.text_with(&path, "Accept-Language", "de").await;
    assert!(for_germans.contains("Dieser Artikel ist auch auf Deutsch verfügbar."));
    assert!(Agent::new(&app)
        .get(&tpath)
        .await
        .body
        .contains(&format!("href=\"{path}\" hreflang=\"da\"")));
    let mut second = german.clone();
    second[1].1 = "Noch eine deutsche Fassung derselben Meldung".into();
    let refused = writer
        .post("/organisations/nordic-space/news/new", &pairs(&second))
        .await;
    assert_eq!(refused.status, 422, "one version per language");
    assert!(refused.body.contains("id=\"translation_of-error\""));

    // Withdrawn: gone for readers and from the feeds, kept for its writers.
    writer.get(&path).await;
    assert_eq!(writer.post(&format!("{path}/withdraw"), &[]).await.status, 303);
    assert_eq!(Agent::new(&app).get(&path).await.status, 404);
    assert_eq!(writer.get(&path).await.status, 200);
    let (_, rss) = app.text("/news/rss.xml").await;
    let left = feed_rs::parser::parse(rss.as_bytes()).expect("parses").entries;
    assert_eq!(left.len(), 1, "the German version stays");
    assert!(left[0].links.iter().all(|l| !l.href.ends_with(&path)));
    assert!(
        !Agent::new(&app).get(&tpath).await.body.contains("Also in"),
        "a withdrawn version is not offered"
    );
}

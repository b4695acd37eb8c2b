//! The front door as people meet it: filters that a form sends with empty values, a filter that
//! cannot be read, the marketplace's search, calls in the order of their next cut-off, the front
//! page, the dashboard, conversations, logos and dates in the reader's language.

use domain::{OrgRole, OrganisationType, PlatformRole};

use crate::agent::{account, Agent, PASSWORD};
use crate::helpers::{organisation_of, TestApp};

#[tokio::test]
async fn empty_filter_values_mean_any_on_pages_and_in_the_api() {
    let app = TestApp::with_demo(60).await;
    let store = &app.db.store;
    clusterhub::demo::seed_accounts(store).await.expect("accounts");
    clusterhub::demo::seed_opportunities(store, 42)
        .await
        .expect("opportunities");
    clusterhub::demo::seed_events(store, 42).await.expect("events");
    clusterhub::demo::seed_calls(store, 42).await.expect("calls");
    // What each page's filter form sends when the reader leaves everything on "Any".
    for path in [
        "/organisations?q=&nuts=&country=&nace=&sme=&type=cluster&sort=-members",
        "/opportunities?q=&kind=&country=&ket=&ecosystem=&sort=deadline",
        "/events?kind=&country=&technology=&attendance=&from=&to=",
        "/funding?status=&programme=&cascade=",
        "/search?q=&near=&km=100",
        "/projects?q=",
    ] {
        let (status, body) = app.text(path).await;
        assert_eq!(status, 200, "{path}: {body}");
        assert!(!body.contains("notice error"), "{path} says nothing is wrong");
    }
    let (_, clusters) = app.text("/organisations?q=&sme=&type=cluster").await;
    assert!(clusters.contains(r#"value="cluster" checked"#) && clusters.contains("badge kind-cluster"));
    for path in [
        "/api/v1/organisations?sme=&limit=&offset=&country=",
        "/api/v1/events?from=&to=&kind=&limit=",
        "/api/v1/opportunities?kind=&q=&country=&sort=",
        "/api/v1/calls?status=&programme=&cascade=",
        "/api/v1/search?q=&type=&km=",
    ] {
        let (status, body) = app.json(path).await;
        assert_eq!(status, 200, "{path}: {body}");
    }
    // A value that cannot be read is left out and named; the other choices stay.
    let (status, events) = app.text("/events?kind=party&country=DE").await;
    assert_eq!(status, 400);
    assert!(
        events.contains("The filter “Type of event” was left out: “party”"),
        "{events}"
    );
    assert!(
        events.contains(r#"<option value="DE" selected>"#),
        "the country stays chosen"
    );
    let (status, calls) = app.text("/funding?status=soon&cascade=yes").await;
    assert_eq!(status, 400);
    assert!(calls.contains("“soon”") && calls.contains(r#"<option value="yes" selected>"#));
    let (status, body) = app.json("/api/v1/opportunities?sort=cheapest").await;
    assert_eq!((status, body["error"]["parameter"].as_str()), (400, Some("sort")));
}

#[tokio::test]
async fn the_marketplace_is_searched_and_filtered_like_the_directory() {
    let app = TestApp::with_demo(120).await;
    let store = &app.db.store;
    clusterhub::demo::seed_accounts(store).await.expect("accounts");
    clusterhub::demo::seed_opportunities(store, 42)
        .await
        .expect("opportunities");
    let (_, all) = app.json("/api/v1/opportunities?limit=100").await;
    let total = all["total"].as_i64().expect("total");
    let first = &all["items"][0];
    let ket = first["technologies"][0].as_str().expect("a technology").to_owned();
    let country = first["organisation_country"].as_str().expect("a country").to_owned();
    let (_, filtered) = app
        .json(&format!("/api/v1/opportunities?ket={ket}&country={country}&limit=100"))
        .await;
    let n = filtered["total"].as_i64().expect("total");
    assert!(n >= 1 && n < total, "{n} of {total}");
    for item in filtered["items"].as_array().expect("items") {
        assert_eq!(item["organisation_country"], country.as_str());
        assert!(item["technologies"]
            .as_array()
            .expect("list")
            .iter()
            .any(|t| t == ket.as_str()));
    }
    // Words of the title find it; the page shows the same filter chosen.
    let word = first["title"]
        .as_str()
        .expect("title")
        .split(' ')
        .next_back()
        .expect("word")
        .to_owned();
    let (_, by_word) = app.json(&format!("/api/v1/opportunities?q={word}")).await;
    assert!(by_word["items"]
        .as_array()
        .expect("items")
        .iter()
        .any(|i| i["id"] == first["id"]));
    let (status, page) = app
        .text(&format!("/opportunities?ket={ket}&country={country}&sort=deadline"))
        .await;
    assert_eq!(status, 200);
    assert!(page.contains(&format!(r#"<option value="{ket}" selected>"#)));
    assert!(page.contains(r#"<option value="deadline" selected>"#));
    // Soonest deadline first.
    let (_, by_deadline) = app.json("/api/v1/opportunities?sort=deadline&limit=100").await;
    let deadlines: Vec<&str> = by_deadline["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["deadline"].as_str())
        .collect();
    assert!(deadlines.windows(2).all(|w| w[0] <= w[1]), "{deadlines:?}");
}

#[tokio::test]
async fn calls_are_listed_by_their_next_cut_off() {
    let app = TestApp::spawn().await;
    clusterhub::demo::seed_calls(&app.db.store, 42).await.expect("calls");
    let (_, open) = app.json("/api/v1/calls?limit=100").await;
    let next: Vec<&str> = open["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|c| c["next_deadline"]["at"].as_str().expect("next cut-off"))
        .collect();
    assert!(next.len() > 5);
    assert!(next.windows(2).all(|w| w[0] <= w[1]), "{next:?}");
    let (_, page) = app.text("/funding").await;
    assert!(page.contains("Closing within 30 days"), "the closing-soon list");
}

#[tokio::test]
async fn the_front_page_shows_what_is_alive_and_people_land_on_their_dashboard() {
    let app = TestApp::with_demo(120).await;
    let store = &app.db.store;
    clusterhub::demo::seed_accounts(store).await.expect("accounts");
    clusterhub::demo::seed_opportunities(store, 42)
        .await
        .expect("opportunities");
    clusterhub::demo::seed_calls(store, 42).await.expect("calls");
    clusterhub::demo::seed_programmes(store, 42).await.expect("programme");
    clusterhub::demo::seed_events(store, 42).await.expect("events");
    let (_, home) = app.text("/").await;
    for part in [
        "Upcoming events",
        "Calls closing soon",
        "Newest opportunities",
        "date-chip",
        "Smart manufacturing pilots",
    ] {
        assert!(home.contains(part), "{part}");
    }
    let mut manager = Agent::new(&app);
    manager.get("/login").await;
    let login = manager
        .post(
            "/login",
            &[
                ("email", "manager@demo.clusterhub.eu"),
                ("password", clusterhub::demo::DEMO_PASSWORD),
            ],
        )
        .await;
    assert_eq!(login.location, "/dashboard", "signed-in people land on their dashboard");
    let dashboard = manager.get("/dashboard").await.body;
    assert!(dashboard.contains("Needs your decision") && dashboard.contains("Your next events"));
    assert!(
        dashboard.contains("/organisations/"),
        "their organisation with its links"
    );
    let mut moderator = Agent::new(&app);
    moderator
        .login("moderator@demo.clusterhub.eu", clusterhub::demo::DEMO_PASSWORD)
        .await;
    let queue = moderator.get("/dashboard").await.body;
    assert!(
        queue.contains("/moderation/opportunities"),
        "the opportunity waiting for review"
    );
    assert_eq!(app.get("/dashboard").await.status(), 303, "visitors are sent to log in");
}

#[tokio::test]
async fn a_conversation_names_the_other_side_for_each_side() {
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let owner_org = organisation_of(
        &app,
        "laser-zentrum",
        "Laser Zentrum",
        OrganisationType::TechnologyCentre,
        "DE",
    )
    .await;
    let sme = organisation_of(
        &app,
        "nordic-sensors",
        "Nordic Sensors ApS",
        OrganisationType::Company,
        "DK",
    )
    .await;
    let owner = account(&app, "owner@example.eu", PlatformRole::User).await;
    let anna = account(&app, "anna@example.eu", PlatformRole::User).await;
    store
        .set_org_role(owner, owner_org, OrgRole::Admin)
        .await
        .expect("role");
    store.set_org_role(anna, sme, OrgRole::Member).await.expect("role");
    let today = domain::Day::new(chrono::Utc::now().date_naive());
    let draft = domain::OpportunityInput {
        kind: "technology-offer".into(),
        title: "Femtosecond laser drilling".into(),
        description: "Holes of 20 µm in glass and ceramics, from prototypes to series.".into(),
        deadline: (chrono::Utc::now().date_naive() + chrono::Duration::days(60)).to_string(),
        contact_name: "Owner".into(),
        contact_email: "owner@example.eu".into(),
        ..Default::default()
    }
    .validate(today)
    .expect("valid");
    let id = store
        .create_opportunity(owner_org, Some(owner), &draft)
        .await
        .expect("create");
    use domain::OpportunityState as S;
    store
        .transition(id, &[S::Draft], S::Published, None)
        .await
        .expect("publish");

    let mut a = Agent::new(&app);
    a.login("anna@example.eu", PASSWORD).await;
    a.get(&format!("/opportunities/{id}")).await;
    let empty = a
        .post(
            &format!("/opportunities/{id}/interest"),
            &[("organisation", "nordic-sensors"), ("message", "  ")],
        )
        .await;
    assert_eq!(empty.status, 422);
    assert!(empty.body.contains("Write a message") && !empty.body.contains("at most 5000"));
    assert!(empty
        .body
        .contains(r#"class="error-summary" role="alert" tabindex="-1" autofocus"#));
    let sent = a
        .post(
            &format!("/opportunities/{id}/interest"),
            &[
                ("organisation", "nordic-sensors"),
                ("message", "We need 500 holes a day."),
            ],
        )
        .await;
    let conversation = sent.location.split('?').next().expect("path").to_owned();
    let mine = a.get(&conversation).await.body;
    assert!(
        mine.contains("Conversation with Laser Zentrum"),
        "the sender sees the owner: {mine}"
    );
    assert!(a.get("/marketplace/mine").await.body.contains("with Laser Zentrum"));
    let mut o = Agent::new(&app);
    o.login("owner@example.eu", PASSWORD).await;
    assert!(o
        .get(&conversation)
        .await
        .body
        .contains("Conversation with Nordic Sensors ApS"));
    assert!(o
        .get("/marketplace/mine")
        .await
        .body
        .contains("with Nordic Sensors ApS"));
}

#[tokio::test]
async fn logos_are_uploaded_by_admins_and_served_as_fresh_pngs() {
    let app = TestApp::spawn().await;
    let org = organisation_of(
        &app,
        "silicon-saxony",
        "Silicon Saxony",
        OrganisationType::Cluster,
        "DE",
    )
    .await;
    let admin = account(&app, "admin@example.eu", PlatformRole::User).await;
    account(&app, "other@example.eu", PlatformRole::User).await;
    app.db
        .store
        .set_org_role(admin, org, OrgRole::Admin)
        .await
        .expect("role");
    let (_, before) = app.text("/organisations/silicon-saxony").await;
    assert!(before.contains(r#"class="profile-logo initials" aria-hidden="true">SS<"#));

    let mut picture = Vec::new();
    image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(800, 400, image::Rgb([18, 63, 140])))
        .write_to(&mut std::io::Cursor::new(&mut picture), image::ImageFormat::Jpeg)
        .expect("jpeg");
    let upload = |agent: &Agent, bytes: Vec<u8>, name: &str| {
        let form = reqwest::multipart::Form::new().text("csrf", agent.csrf.clone()).part(
            "logo",
            reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()),
        );
        let cookies = agent
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ");
        app.client
            .post(format!("{}/organisations/silicon-saxony/logo", app.base))
            .header("cookie", cookies)
            .multipart(form)
            .send()
    };
    let mut other = Agent::new(&app);
    other.login("other@example.eu", PASSWORD).await;
    assert_eq!(
        upload(&other, picture.clone(), "logo.jpg")
            .await
            .expect("sent")
            .status(),
        403
    );
    let mut a = Agent::new(&app);
    a.login("admin@example.eu", PASSWORD).await;
    a.get("/organisations/silicon-saxony/logo").await;
    let svg = upload(
        &a,
        br#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#.to_vec(),
        "x.svg",
    )
    .await
    .expect("sent");
    assert_eq!(svg.status(), 422);
    assert!(svg.text().await.expect("body").contains("SVG is not accepted"));
    let mut no_token = Agent::new(&app);
    no_token.cookies = a.cookies.clone();
    assert_eq!(
        upload(&no_token, picture.clone(), "logo.jpg")
            .await
            .expect("sent")
            .status(),
        403,
        "CSRF"
    );
    // Near the limit: a picture of 1.8 MB is taken (the CSRF check reads such bodies too), a
    // file over 2 MB is named as such.
    let mut seed = 7u32;
    let noise = image::RgbImage::from_fn(780, 780, |_, _| {
        seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        image::Rgb([(seed >> 24) as u8, (seed >> 16) as u8, (seed >> 8) as u8])
    });
    let mut large = Vec::new();
    image::DynamicImage::ImageRgb8(noise)
        .write_to(&mut std::io::Cursor::new(&mut large), image::ImageFormat::Png)
        .expect("png");
    assert!(
        large.len() > 1_700_000 && large.len() < 2 * 1024 * 1024,
        "{}",
        large.len()
    );
    assert_eq!(upload(&a, large, "large.png").await.expect("sent").status(), 303);
    let too_large = upload(&a, vec![0u8; 2_100_000], "huge.png").await.expect("sent");
    assert_eq!(too_large.status(), 422);
    assert!(too_large.text().await.expect("body").contains("larger than 2 MB"));
    let ok = upload(&a, picture, "logo.jpg").await.expect("sent");
    assert_eq!(ok.status(), 303);
    let (_, after) = app.text("/organisations/silicon-saxony").await;
    let start = after
        .find("/organisations/silicon-saxony/logo.png?v=")
        .expect("the logo is shown");
    let src = &after[start..start + after[start..].find('"').expect("end")];
    let served = app.get(src).await;
    assert_eq!(served.headers()["content-type"], "image/png");
    let png = image::load_from_memory(&served.bytes().await.expect("bytes")).expect("a PNG");
    assert_eq!((png.width(), png.height()), (256, 128));
    let (_, list) = app.text("/organisations?q=silicon").await;
    assert!(list.contains(r#"class="card-logo" src="/organisations/silicon-saxony/logo.png?v="#));
}

#[tokio::test]
async fn dates_are_written_as_the_reader_s_language_writes_them() {
    let app = TestApp::with_demo(30).await;
    clusterhub::demo::seed_accounts(&app.db.store).await.expect("accounts");
    clusterhub::demo::seed_opportunities(&app.db.store, 42)
        .await
        .expect("opportunities");
    let (_, api) = app.json("/api/v1/opportunities?limit=1").await;
    let iso = api["items"][0]["deadline"].as_str().expect("ISO in the API").to_owned();
    let day = chrono::NaiveDate::parse_from_str(&iso, "%Y-%m-%d").expect("ISO date");
    let id = api["items"][0]["id"].as_i64().expect("id");
    for (lang, written) in [
        ("en", day.format("%-d %b %Y").to_string().replace("Sep ", "Sept ")),
        ("de", day.format("%d.%m.%Y").to_string()),
    ] {
        let page = app
            .text_with(&format!("/opportunities/{id}"), "accept-language", lang)
            .await;
        assert!(page.contains(&written), "{lang}: {written}");
        assert!(!page.contains(&format!(">{iso}<")), "{lang}: no ISO date on the page");
    }
}

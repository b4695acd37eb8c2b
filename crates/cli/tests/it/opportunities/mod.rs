//! The cooperation marketplace end to end over HTTP: an opportunity's lifecycle with moderation,
//! expressions of interest and the private conversation, expiry, recommendations with reasons,
//! and alerts that mail new matches and end with one click.

use domain::{OpportunityInput, OpportunityState, OrgRole, OrganisationDraft, OrganisationType, PlatformRole};
use store::organisations::{OrgKey, SaveMode};

use crate::agent::{account, organisation, Agent, PASSWORD};
use crate::helpers::TestApp;

pub fn future(days: u64) -> String {
    domain::Day::new(web::views::time::today().date() + domain::opportunity::days(days)).to_string()
}

pub fn request_form(deadline: &str) -> Vec<(&'static str, String)> {
    vec![
        ("kind", "technology-request".into()),
        ("title", "Laser micro-machining of ceramic substrates".into()),
        (
            "description",
            "We need a partner able to drill 50 µm holes in alumina substrates at volume, for sensors.".into(),
        ),
        ("language", "en".into()),
        ("technologies", "photonics".into()),
        ("technologies", "advanced-manufacturing".into()),
        ("ecosystems", "electronics".into()),
        ("target_countries", "de, se".into()),
        ("partnerships", "technical-cooperation".into()),
        ("deadline", deadline.to_owned()),
        ("contact_name", "Anna Berg".into()),
        ("contact_email", "anna@example.dk".into()),
        ("visibility", "public".into()),
    ]
}

pub fn as_pairs<'a>(v: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    v.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

pub fn id_after(location: &str, prefix: &str) -> i64 {
    location
        .strip_prefix(prefix)
        .and_then(|r| r.split(['?', '/']).next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no id in {location}"))
}

#[tokio::test]
async fn an_opportunity_is_moderated_published_answered_and_expires() {
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let owner_id = account(&app, "owner@sme.dk", PlatformRole::User).await;
    let other_id = account(&app, "other@centre.de", PlatformRole::User).await;
    account(&app, "moderator@hub.eu", PlatformRole::Moderator).await;
    account(&app, "outsider@example.org", PlatformRole::User).await;
    let sme = organisation(&app, "nordic-sme", "Nordic SME").await;
    let centre = organisation(&app, "laser-centre", "Laser Centre").await;
    store.set_org_role(owner_id, sme, OrgRole::Member).await.expect("role");
    store
        .set_org_role(other_id, centre, OrgRole::Member)
        .await
        .expect("role");

    let mut owner = Agent::new(&app);
    owner.login("owner@sme.dk", PASSWORD).await;
    let form = owner.get("/organisations/nordic-sme/opportunities/new").await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("type=\"date\""), "the deadline has a date picker");

    // Bad input: every problem named next to its field, nothing stored.
    let mut bad = request_form("2020-01-01");
    bad[0].1 = "rd-partner-search".into();
    bad[1].1 = "Hi".into();
    bad[11].1 = "anna@".into();
    let refused = owner
        .post("/organisations/nordic-sme/opportunities/new", &as_pairs(&bad))
        .await;
    assert_eq!(refused.status, 422);
    for field in ["title", "call", "deadline", "contact_email"] {
        assert!(
            refused.body.contains(&format!("id=\"{field}-error\"")),
            "{field} is named: {}",
            refused.body
        );
    }
    assert!(refused.body.contains("value=\"Hi\""), "what was typed is kept");
    assert!(store.opportunities_of(sme).await.expect("list").is_empty());

    let good = request_form(&future(60));
    let saved = owner
        .post("/organisations/nordic-sme/opportunities/new", &as_pairs(&good))
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let id = id_after(&saved.location, "/opportunities/");
    let path = format!("/opportunities/{id}");

    // A draft is its owners' alone.
    assert_eq!(Agent::new(&app).get(&path).await.status, 404);
    let mut other = Agent::new(&app);
    other.login("other@centre.de", PASSWORD).await;
    assert_eq!(other.get(&path).await.status, 404);
    other.get("/opportunities").await;
    let not_theirs = other.post(&format!("{path}/submit"), &[]).await;
    assert_eq!(
        not_theirs.status, 403,
        "someone outside the organisation cannot submit it"
    );
    assert_eq!(
        store.opportunity(id).await.expect("read").expect("there").state,
        OpportunityState::Draft
    );

    let page = owner.get(&path).await;
    assert!(page.body.contains("Submit for review"), "{} {}", page.status, page.body);
    assert_eq!(owner.post(&format!("{path}/submit"), &[]).await.status, 303);

    // The audit log holds what happened and nothing that did not: the creation names the new
    // opportunity, the refused submission left no entry, the accepted one left one.
    let entries = |action| async move {
        let (rows, _) = store.audit_entries(Some(action), 10, 0).await.expect("audit");
        rows.into_iter().map(|e| (e.actor, e.subject)).collect::<Vec<_>>()
    };
    use store::audit::Action;
    let mine = ("owner@sme.dk".to_owned(), id.to_string());
    assert_eq!(
        entries(Action::OpportunityCreated).await,
        entries(Action::OpportunitySubmitted).await
    );
    assert_eq!(entries(Action::OpportunityCreated).await, [mine]);
    assert!(app
        .link_in_mail("moderator@hub.eu", "/moderation/opportunities", 0)
        .await
        .contains("/moderation/opportunities"));

    // The moderator returns it with a reason; the owners are told and change it.
    let mut moderator = Agent::new(&app);
    moderator.login("moderator@hub.eu", PASSWORD).await;
    let queue = moderator.get("/moderation/opportunities").await;
    assert!(queue.body.contains("Laser micro-machining"));
    let no_reason = moderator.post(&format!("{path}/return"), &[("reason", " ")]).await;
    assert_eq!(no_reason.status, 422);
    let returned = moderator
        .post(
            &format!("{path}/return"),
            &[("reason", "Say which tolerances you need.")],
        )
        .await;
    assert_eq!(returned.status, 303);
    assert!(app.link_in_mail("owner@sme.dk", &path, 0).await.ends_with(&path));
    let shown = owner.get(&path).await;
    assert!(shown.body.contains("Say which tolerances you need."));
    let mut changed = good.clone();
    changed[2].1 = "We need ±5 µm holes in alumina substrates at volume, for pressure sensors.".into();
    owner.get(&format!("{path}/edit")).await;
    assert_eq!(
        owner.post(&format!("{path}/edit"), &as_pairs(&changed)).await.status,
        303
    );
    assert_eq!(owner.post(&format!("{path}/submit"), &[]).await.status, 303);
    moderator.get("/moderation/opportunities").await;
    assert_eq!(moderator.post(&format!("{path}/approve"), &[]).await.status, 303);
    // A second decision on the same opportunity finds it moved already.
    assert_eq!(moderator.post(&format!("{path}/approve"), &[]).await.status, 409);

    // Published: everyone reads it; the API leaves the contact out.
    let public = Agent::new(&app).get(&path).await;
    assert_eq!(public.status, 200);
    assert!(public.body.contains("±5 µm") && !public.body.contains("anna@example.dk"));
    let api: serde_json::Value = app
        .client
        .get(format!("{}/api/v1{path}", app.base))
        .send()
        .await
        .expect("api")
        .json()
        .await
        .expect("json");
    assert_eq!(api["state"], "published");
    assert!(api.get("contact_email").is_none());
    assert_eq!(
        owner.get(&format!("{path}/edit")).await.status,
        409,
        "a published one is not edited"
    );

    // Someone without an organisation is told how to take part, and cannot.
    let mut outsider = Agent::new(&app);
    outsider.login("outsider@example.org", PASSWORD).await;
    assert!(outsider
        .get(&path)
        .await
        .body
        .contains("join the profile of your organisation"));
    let refused = outsider
        .post(
            &format!("{path}/interest"),
            &[("organisation", "laser-centre"), ("message", "Hello")],
        )
        .await;
    assert_eq!(refused.status, 403);

    // The centre expresses interest; the owners are mailed; the two talk in private.
    other.get(&path).await;
    let empty = other
        .post(
            &format!("{path}/interest"),
            &[("organisation", "laser-centre"), ("message", "  ")],
        )
        .await;
    assert_eq!(empty.status, 422);
    let sent = other
        .post(
            &format!("{path}/interest"),
            &[
                ("organisation", "laser-centre"),
                ("message", "We drill 20 µm holes in alumina daily."),
            ],
        )
        .await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let conversation = sent.location.split('?').next().unwrap_or("").to_owned();
    assert!(app
        .link_in_mail("owner@sme.dk", &conversation, 0)
        .await
        .ends_with(&conversation));
    let thread = owner.get(&conversation).await;
    assert!(thread.body.contains("We drill 20 µm holes"));
    assert_eq!(
        outsider.get(&conversation).await.status,
        404,
        "conversations are private"
    );
    assert_eq!(
        Agent::new(&app).get(&conversation).await.status,
        303,
        "visitors are sent to log in"
    );
    let reply = owner
        .post(&conversation, &[("message", "Great: can you send a sample by March?")])
        .await;
    assert_eq!(reply.status, 303);
    assert!(app
        .link_in_mail("other@centre.de", &conversation, 0)
        .await
        .ends_with(&conversation));
    other.get(&path).await;
    let twice = other
        .post(
            &format!("{path}/interest"),
            &[("organisation", "laser-centre"), ("message", "Again")],
        )
        .await;
    assert_eq!(twice.status, 409);
    let mine = owner.get("/marketplace/mine").await;
    assert!(mine.body.contains("Laser Centre") && mine.body.contains("Published"));

    // Closed by its owner: no more interest.
    owner.get(&path).await;
    assert_eq!(owner.post(&format!("{path}/close"), &[]).await.status, 303);
    assert_eq!(
        store.opportunity(id).await.expect("read").expect("there").state,
        OpportunityState::Closed
    );

    // Expiry: a published opportunity whose deadline has passed is expired by the job.
    let input = OpportunityInput {
        kind: "business-offer".into(),
        title: "Sensor housings from stock".into(),
        description: "Machined aluminium housings for industrial sensors, from stock.".into(),
        deadline: future(10),
        contact_name: "Anna".into(),
        contact_email: "anna@example.dk".into(),
        ..OpportunityInput::default()
    };
    let draft = input.validate(web::views::time::today()).expect("valid");
    let second = store
        .create_opportunity(sme, Some(owner_id), &draft)
        .await
        .expect("create");
    for (from, to) in [
        (OpportunityState::Draft, OpportunityState::Submitted),
        (OpportunityState::Submitted, OpportunityState::Published),
    ] {
        assert!(store.transition(second, &[from], to, None).await.expect("move"));
    }
    let later = domain::Day::new(web::views::time::today().date() + domain::opportunity::days(11));
    assert_eq!(store.expire_opportunities(later).await.expect("expire"), [second]);
    let expired = store.opportunity(second).await.expect("read").expect("there");
    assert_eq!(expired.state, OpportunityState::Expired);
    other.get(&format!("/opportunities/{second}")).await;
    assert_eq!(
        other
            .post(
                &format!("/opportunities/{second}/interest"),
                &[("organisation", "laser-centre"), ("message", "Still available?")]
            )
            .await
            .status,
        404,
        "an expired opportunity is no longer public and receives no interest"
    );
    assert!(store.interests_in(second).await.expect("interests").is_empty());
}

async fn centre(app: &TestApp, slug: &str, name: &str, country: &str, description: &str) -> i64 {
    let mut draft = OrganisationDraft::new(
        name,
        OrganisationType::TechnologyCentre,
        domain::CountryCode::parse(country).expect("country"),
    );
    draft.technologies = vec![domain::KeyEnablingTechnology::Photonics];
    draft.ecosystems = vec![domain::Ecosystem::Electronics];
    draft
        .descriptions
        .insert(domain::LanguageCode::parse("en").expect("en"), description.to_owned());
    let draft = draft.validate().expect("draft");
    let mut tx = app.db.store.begin().await.expect("tx");
    let slug = domain::Slug::parse(slug).expect("slug");
    let (id, _) = store::organisations::save(&mut tx, OrgKey::Slug(&slug), SaveMode::Replace, &draft)
        .await
        .expect("save");
    tx.commit().await.expect("commit");
    id
}

#[tokio::test]
async fn recommendations_explain_themselves_and_alerts_mail_new_matches() {
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let user = account(&app, "anna@sme.dk", PlatformRole::User).await;
    let sme = organisation(&app, "nordic-sme", "Nordic SME").await;
    store.set_org_role(user, sme, OrgRole::Admin).await.expect("role");
    centre(
        &app,
        "laser-zentrum",
        "Laser Zentrum Hannover",
        "DE",
        "Laser micro-machining and drilling of ceramics.",
    )
    .await;
    organisation(&app, "bakery", "Bakery").await;

    let input = OpportunityInput {
        kind: "technology-challenge".into(),
        title: "Drilling micro holes in ceramic substrates".into(),
        description: "Our sensors need laser drilling of alumina ceramics with tight tolerances.".into(),
        technologies: vec!["photonics".into()],
        ecosystems: vec!["electronics".into()],
        target_countries: vec!["DE".into()],
        deadline: future(90),
        contact_name: "Anna".into(),
        contact_email: "anna@sme.dk".into(),
        ..OpportunityInput::default()
    };
    let draft = input.validate(web::views::time::today()).expect("valid");
    let id = store.create_opportunity(sme, Some(user), &draft).await.expect("create");
    for (from, to) in [
        (OpportunityState::Draft, OpportunityState::Submitted),
        (OpportunityState::Submitted, OpportunityState::Published),
    ] {
        store.transition(id, &[from], to, None).await.expect("move");
    }
    app.state.matchmaker.rebuild(store).await.expect("index");

    let list: serde_json::Value = app
        .client
        .get(format!(
            "{}/api/v1/opportunities/{id}/recommendations?limit=5",
            app.base
        ))
        .send()
        .await
        .expect("request")
        .json()
        .await
        .expect("json");
    assert_eq!(list["ready"], true);
    let first = &list["items"][0];
    assert_eq!(first["name"], "Laser Zentrum Hannover", "{list}");
    let reasons: Vec<&str> = first["reasons"]
        .as_array()
        .expect("reasons")
        .iter()
        .filter_map(|r| r.as_str())
        .collect();
    assert!(
        reasons.iter().any(|r| r.contains("offers Photonics, which this needs")),
        "{reasons:?}"
    );
    assert!(
        reasons.iter().any(|r| r.contains("Germany, a target country")),
        "{reasons:?}"
    );
    assert!(
        !list["items"]
            .as_array()
            .expect("items")
            .iter()
            .any(|i| i["name"] == "Bakery"),
        "what shares nothing is never recommended"
    );
    // The centre's profile shows the challenge among its recommendations, in German too.
    let profile = app
        .client
        .get(format!("{}/organisations/laser-zentrum", app.base))
        .header("accept-language", "de")
        .send()
        .await
        .expect("profile")
        .text()
        .await
        .expect("html");
    assert!(profile.contains("Empfohlene Partner") && profile.contains("Drilling micro holes"));
    let bad = app
        .client
        .get(format!(
            "{}/api/v1/opportunities/{id}/recommendations?limit=9999",
            app.base
        ))
        .send()
        .await
        .expect("request");
    assert_eq!(bad.status(), 400);

    // Anna asks to be told of new matches; the first digest holds only what is new.
    let mut anna = Agent::new(&app);
    anna.login("anna@sme.dk", PASSWORD).await;
    anna.get(&format!("/opportunities/{id}")).await;
    let watch = anna
        .post(
            "/alerts",
            &[("kind", "recommendations"), ("query", &format!("opportunity:{id}"))],
        )
        .await;
    assert_eq!(watch.status, 303, "{}", watch.body);
    assert!(anna.get("/account/alerts").await.body.contains("Drilling micro holes"));
    // Saved again, it is not saved twice (it would mail the same news twice).
    let again = anna
        .post(
            "/alerts",
            &[("kind", "recommendations"), ("query", &format!("opportunity:{id}"))],
        )
        .await;
    assert_eq!(again.location, "/account/alerts?done=exists");
    assert_eq!(store.saved_searches_of(user).await.expect("alerts").len(), 1);
    assert_eq!(
        web::routes::search::alerts::send_digests(&app.state)
            .await
            .expect("digest"),
        0
    );
    centre(
        &app,
        "photonics-lund",
        "Photonics Lund",
        "SE",
        "Laser drilling of alumina for sensor makers.",
    )
    .await;
    app.state.matchmaker.rebuild(store).await.expect("index");
    assert_eq!(
        web::routes::search::alerts::send_digests(&app.state)
            .await
            .expect("digest"),
        1
    );
    let mail = app.mails_to("anna@sme.dk").pop().expect("digest mail");
    assert!(
        mail.contains("Photonics Lund") && !mail.contains("Laser Zentrum"),
        "{mail}"
    );
    assert_eq!(
        web::routes::search::alerts::send_digests(&app.state)
            .await
            .expect("digest"),
        0,
        "nothing new twice"
    );

    // One click from the mail ends it, without logging in.
    let link = app.link_in_mail("anna@sme.dk", "/alerts/unsubscribe", 0).await;
    let mut visitor = Agent::new(&app);
    let page = visitor.get(link.trim_start_matches(&app.base)).await;
    assert_eq!(page.status, 200);
    let token = link.split("token=").nth(1).expect("token").to_owned();
    let done = visitor.post("/alerts/unsubscribe", &[("token", &token)]).await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(store.saved_searches_of(user).await.expect("alerts").is_empty());
    assert_eq!(
        visitor.post("/alerts/unsubscribe", &[("token", &token)]).await.status,
        409
    );
}

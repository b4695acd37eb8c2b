//! Cascade-funding programmes over HTTP: a cluster defines one, an SME applies naming a
//! technology centre that confirms, an evaluator scores blind, the owner awards within the budget,
//! the funded project reports progress; and concurrent awards never exceed the budget (this runs
//! on SQLite and, in CI, on PostgreSQL).

use domain::programme::ApplicationDraft;
use domain::{Cents, OrgRole, OrganisationType, PlatformRole};

use crate::agent::{account, Agent, PASSWORD};
use crate::api::{assert_conforms, response_schema};
use crate::helpers::{organisation_of as org, TestApp};

fn days_ahead(days: i64) -> String {
    (chrono::Utc::now() + chrono::Duration::days(days))
        .format("%Y-%m-%dT17:00")
        .to_string()
}

/// The owner (admin of "saxony-cluster") and the id of a programme made through the form.
pub async fn programme<'a>(app: &'a TestApp, budget: &str, max_grant: &str) -> (Agent<'a>, i64) {
    let owner = account(app, "owner@cluster.de", PlatformRole::User).await;
    let cluster = org(
        app,
        "saxony-cluster",
        "Saxony Manufacturing Cluster",
        OrganisationType::Cluster,
        "DE",
    )
    .await;
    app.db
        .store
        .set_org_role(owner, cluster, OrgRole::Admin)
        .await
        .expect("role");
    let mut o = Agent::new(app);
    o.login("owner@cluster.de", PASSWORD).await;
    let form = o.get("/programmes/new").await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("<label for=\"programme-budget\">"));
    let deadline = days_ahead(30);
    let mut fields = vec![
        ("organisation", "saxony-cluster"),
        ("title", "Smart manufacturing pilots"),
        (
            "summary",
            "Twenty SME innovation projects, each pairing a manufacturer with a technology centre.",
        ),
        ("budget", budget),
        ("max_grant", max_grant),
        ("countries", "DE DK"),
        ("types", "company"),
        ("questions", "What will you build?"),
        ("criteria", "60 Innovation\n40 Feasibility"),
        ("deadline", deadline.as_str()),
        ("timezone", "Europe/Berlin"),
    ];
    // Bad input first: each fault named, nothing stored.
    let mut bad = fields.clone();
    bad[4] = ("max_grant", "2000000");
    bad[8] = ("criteria", "heavy");
    let refused = o.post("/programmes/new", &bad).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(refused
        .body
        .contains("The maximum grant cannot be more than the budget."));
    assert!(refused.body.contains("One criterion a line with its weight first"));
    assert_eq!(
        app.db
            .store
            .programmes(chrono::Utc::now(), 10, 0)
            .await
            .expect("list")
            .1,
        0
    );
    fields.retain(|_| true);
    let created = o.post("/programmes/new", &fields).await;
    assert_eq!(created.status, 303, "{}", created.body);
    let id: i64 = created
        .location
        .strip_prefix("/programmes/")
        .and_then(|r| r.split('?').next())
        .and_then(|n| n.parse().ok())
        .expect("programme id");
    (o, id)
}

#[tokio::test]
async fn an_sme_applies_with_a_centre_is_scored_blind_funded_and_reports() {
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let (mut owner, id) = programme(&app, "1200000", "60000").await;

    let sme_user = account(&app, "ceo@robotics.dk", PlatformRole::User).await;
    let sme = org(
        &app,
        "aarhus-robotics",
        "Aarhus Robotics ApS",
        OrganisationType::Company,
        "DK",
    )
    .await;
    store.set_org_role(sme_user, sme, OrgRole::Admin).await.expect("role");
    let french_user = account(&app, "ceo@lyon.fr", PlatformRole::User).await;
    let french = org(
        &app,
        "lyon-composites",
        "Lyon Composites SAS",
        OrganisationType::Company,
        "FR",
    )
    .await;
    store
        .set_org_role(french_user, french, OrgRole::Admin)
        .await
        .expect("role");
    let centre_user = account(&app, "pm@iwu.de", PlatformRole::User).await;
    let centre = org(
        &app,
        "fraunhofer-iwu",
        "Fraunhofer IWU",
        OrganisationType::TechnologyCentre,
        "DE",
    )
    .await;
    store
        .set_org_role(centre_user, centre, OrgRole::Member)
        .await
        .expect("role");
    let evaluator_user = account(&app, "expert@evaluators.eu", PlatformRole::User).await;
    let conflicted = account(&app, "colleague@iwu.de", PlatformRole::User).await;
    store
        .set_org_role(conflicted, centre, OrgRole::Member)
        .await
        .expect("role");

    // The public page shows the budget and nothing committed yet.
    let (status, page) = app.text(&format!("/programmes/{id}")).await;
    assert_eq!(status, 200);
    assert!(page.contains("Smart manufacturing pilots") && page.contains("€1,200,000"));
    assert!(page.contains("No project is funded yet."));
    let (_, funding) = app.text("/funding").await;
    assert!(
        funding.contains(&format!("<a href=\"/programmes/{id}\">Smart manufacturing pilots</a>")),
        "open programmes are shown with the calls"
    );

    // A French company is not eligible; an amount beyond the maximum grant is refused.
    let mut fr = Agent::new(&app);
    fr.login("ceo@lyon.fr", PASSWORD).await;
    fr.get(&format!("/programmes/{id}/apply")).await;
    let refused = fr
        .post(
            &format!("/programmes/{id}/apply"),
            &[
                ("organisation", "lyon-composites"),
                ("centre", "fraunhofer-iwu"),
                ("project_title", "Composite gripper"),
                ("summary", "A lightweight gripper made of recycled carbon fibre."),
                ("requested", "70000"),
                ("answer-0", "A gripper"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("are not eligible for this programme"));
    assert!(refused.body.contains("This is more than the maximum grant."));

    let mut s = Agent::new(&app);
    s.login("ceo@robotics.dk", PASSWORD).await;
    let form = s.get(&format!("/programmes/{id}/apply")).await;
    assert!(
        form.body.contains("<datalist id=\"apply-centre-list\">"),
        "centres are suggested"
    );
    let applied = s
        .post(
            &format!("/programmes/{id}/apply"),
            &[
                ("organisation", "aarhus-robotics"),
                ("centre", "Fraunhofer IWU"),
                ("project_title", "Cobot welding cell"),
                (
                    "summary",
                    "A collaborative welding cell for small series of steel parts.",
                ),
                ("requested", "45000.50"),
                ("answer-0", "A cobot cell with seam tracking."),
            ],
        )
        .await;
    assert_eq!(applied.status, 303, "{}", applied.body);
    let a = store.programme_applications(id).await.expect("apps");
    assert_eq!(a.len(), 1);
    let app_id = a[0].id;
    assert_eq!(a[0].draft.requested, Cents(4_500_050));
    let again = s
        .post(
            &format!("/programmes/{id}/apply"),
            &[("organisation", "aarhus-robotics")],
        )
        .await;
    assert!(again.status == 409 || again.status == 422, "{}", again.status);

    // Not awardable before the centre confirms.
    owner.get(&format!("/programmes/{id}/applications")).await;
    let early = owner
        .post(
            &format!("/programme-applications/{app_id}/decision"),
            &[("decision", "award"), ("amount", "45000.50")],
        )
        .await;
    assert_eq!(early.status, 409);
    assert!(early.body.contains("confirmed by its technology centre"));

    // The centre confirms from its page.
    let mut c = Agent::new(&app);
    c.login("pm@iwu.de", PASSWORD).await;
    let view = c.get(&format!("/programme-applications/{app_id}")).await;
    assert!(view.body.contains("Confirm our participation"));
    assert!(!view.body.contains("Your score"), "a centre does not score");
    assert_eq!(
        c.post(&format!("/programme-applications/{app_id}/confirm"), &[])
            .await
            .status,
        303
    );

    // Evaluators: one independent, one from the centre (a conflict of interest).
    owner.get(&format!("/programmes/{id}/applications")).await;
    for email in ["expert@evaluators.eu", "colleague@iwu.de"] {
        let added = owner
            .post(&format!("/programmes/{id}/evaluators"), &[("email", email)])
            .await;
        assert_eq!(added.status, 303);
    }
    let _ = evaluator_user;
    let mut x = Agent::new(&app);
    x.login("colleague@iwu.de", PASSWORD).await;
    x.get(&format!("/programmes/{id}/applications")).await;
    let conflict = x
        .post(
            &format!("/programme-applications/{app_id}/score"),
            &[("score-0", "10"), ("score-1", "10")],
        )
        .await;
    assert_eq!(conflict.status, 403, "a centre's colleague cannot score its project");

    let mut e = Agent::new(&app);
    e.login("expert@evaluators.eu", PASSWORD).await;
    let before = e.get(&format!("/programme-applications/{app_id}")).await;
    assert!(before.body.contains("Your score") && !before.body.contains("mission-scores"));
    let bad = e
        .post(
            &format!("/programme-applications/{app_id}/score"),
            &[("score-0", "11"), ("score-1", "x")],
        )
        .await;
    assert_eq!(bad.status, 422);
    let scored = e
        .post(
            &format!("/programme-applications/{app_id}/score"),
            &[("score-0", "8"), ("score-1", "6"), ("comment", "Solid plan")],
        )
        .await;
    assert_eq!(scored.status, 303);
    let ranking = e.get(&format!("/programmes/{id}/applications")).await;
    assert!(ranking.body.contains("7.20"), "60% of 8 and 40% of 6");

    // Award, then the page shows the money committed and the funded project.
    owner.get(&format!("/programmes/{id}/applications")).await;
    let over = owner
        .post(
            &format!("/programme-applications/{app_id}/decision"),
            &[("decision", "award"), ("amount", "60000.01")],
        )
        .await;
    assert_eq!(over.status, 409);
    let awarded = owner
        .post(
            &format!("/programme-applications/{app_id}/decision"),
            &[("decision", "award"), ("amount", "45000.50")],
        )
        .await;
    assert_eq!(awarded.status, 303, "{}", awarded.body);
    let p = store.programme(id).await.expect("read").expect("programme");
    assert_eq!(p.committed, Cents(4_500_050));
    assert_eq!(p.remaining(), Cents(120_000_000 - 4_500_050));

    // The funded SME reports progress; it shows on the public page.
    s.get(&format!("/programme-applications/{app_id}")).await;
    let short = s
        .post(
            &format!("/programme-applications/{app_id}/reports"),
            &[("body", "Done.")],
        )
        .await;
    assert_eq!(short.status, 422);
    let reported = s
        .post(
            &format!("/programme-applications/{app_id}/reports"),
            &[(
                "body",
                "The cell welds its first series of brackets; seam tracking is next.",
            )],
        )
        .await;
    assert_eq!(reported.status, 303);
    let (_, page) = app.text(&format!("/programmes/{id}")).await;
    assert!(page.contains("Cobot welding cell") && page.contains("Aarhus Robotics ApS"));
    assert!(page.contains("€45,000.50") && page.contains("seam tracking is next"));

    // The API shows the programme with its money and funded projects, as documented.
    let (_, doc) = app.json("/api/openapi.json").await;
    let (status, json) = app.json(&format!("/api/v1/programmes/{id}")).await;
    assert_eq!(status, 200);
    assert_conforms(
        &doc,
        response_schema(&doc, "/api/v1/programmes/{id}", "200"),
        &json,
        "programme",
    );
    assert_eq!(json["committed"], 4_500_050);
    assert_eq!(json["remaining"], 120_000_000 - 4_500_050);
    assert_eq!(json["funded"][0]["centre"]["slug"], "fraunhofer-iwu");
    assert!(json["funded"][0]["reports"][0]["body"]
        .as_str()
        .expect("report")
        .contains("seam tracking"));
    let (_, list) = app.json("/api/v1/programmes").await;
    assert_conforms(
        &doc,
        response_schema(&doc, "/api/v1/programmes", "200"),
        &list,
        "programmes",
    );
    assert_eq!(list["total"], 1);
    assert_eq!(app.json("/api/v1/programmes/999").await.0, 404);
    assert_eq!(app.json("/api/v1/programmes?limit=500").await.0, 400);

    // Someone unrelated sees none of the application.
    let _stranger = account(&app, "someone@else.eu", PlatformRole::User).await;
    let mut z = Agent::new(&app);
    z.login("someone@else.eu", PASSWORD).await;
    assert_eq!(z.get(&format!("/programme-applications/{app_id}")).await.status, 403);
    assert_eq!(z.get(&format!("/programmes/{id}/applications")).await.status, 403);
    assert_eq!(z.get(&format!("/programmes/{id}/edit")).await.status, 403);
}

#[tokio::test]
async fn applications_after_the_deadline_are_refused_with_a_clear_message() {
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let (_owner, id) = programme(&app, "100000", "10000").await;
    // Move the deadline a minute into the past, as time would.
    let mut p = store.programme(id).await.expect("read").expect("programme");
    p.draft.deadline.at = chrono::Utc::now() - chrono::Duration::minutes(1);
    store.update_programme(id, &p.draft).await.expect("update");
    let user = account(&app, "late@sme.dk", PlatformRole::User).await;
    let sme = org(&app, "late-sme", "Late SME", OrganisationType::Company, "DK").await;
    store.set_org_role(user, sme, OrgRole::Admin).await.expect("role");
    let mut s = Agent::new(&app);
    s.login("late@sme.dk", PASSWORD).await;
    let page = s.get(&format!("/programmes/{id}/apply")).await;
    assert_eq!(page.status, 409);
    assert!(page.body.contains("The deadline of this programme has passed"));
    let posted = s
        .post(&format!("/programmes/{id}/apply"), &[("organisation", "late-sme")])
        .await;
    assert_eq!(posted.status, 409);
    assert!(store.programme_applications(id).await.expect("apps").is_empty());
}

/// Sixty award requests at once for more than the budget holds: each is served after the one
/// before it committed, so the sum awarded never exceeds the budget and every refused amount is
/// more than what was left.
#[tokio::test]
async fn concurrent_awards_never_exceed_the_budget() {
    const REQUESTS: usize = 60;
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let (owner, id) = programme(&app, "100000", "10000").await;
    let owner_id = store
        .user_by_email(&domain::Email::parse("owner@cluster.de").expect("email"))
        .await
        .expect("read")
        .expect("owner")
        .0
        .id;
    let centre = org(
        &app,
        "tech-centre",
        "Technology Centre",
        OrganisationType::TechnologyCentre,
        "DE",
    )
    .await;
    // The owner never decides on an application they made: someone else applies.
    let applicant = account(&app, "applicant@sme.de", PlatformRole::User).await;
    let mut applications = Vec::new();
    for i in 0..REQUESTS {
        let sme = org(
            &app,
            &format!("sme-{i}"),
            &format!("SME {i}"),
            OrganisationType::Company,
            "DE",
        )
        .await;
        // 5,000 to 9,000 euros: 60 of them ask for far more than the 100,000 there are.
        let amount = Cents(500_000 + (i as i64 % 5) * 100_000);
        let draft = ApplicationDraft {
            project_title: format!("Project {i}"),
            summary: "A small innovation project with the technology centre.".into(),
            requested: amount,
            answers: vec!["An answer".into()],
        };
        let a = store
            .apply_to_programme(id, sme, centre, applicant, &draft)
            .await
            .expect("apply");
        assert!(store.confirm_centre(a, owner_id).await.expect("confirm"));
        applications.push((a, amount));
    }
    let requests = applications.iter().map(|(a, amount)| {
        let body = serde_urlencoded::to_string([
            ("csrf", owner.csrf.as_str()),
            ("decision", "award"),
            ("amount", amount.to_string().as_str()),
        ])
        .expect("form");
        let cookies = owner
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ");
        let request = app
            .client
            .post(format!("{}/programme-applications/{a}/decision", app.base))
            .header("cookie", cookies)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body);
        async move {
            let r = request.send().await.expect("request");
            let status = r.status().as_u16();
            (status, r.text().await.unwrap_or_default())
        }
    });
    let answers = futures_util::future::join_all(requests).await;
    let p = store.programme(id).await.expect("read").expect("programme");
    let awarded: Vec<Cents> = applications
        .iter()
        .zip(&answers)
        .filter(|(_, (status, _))| *status == 303)
        .map(|((_, amount), _)| *amount)
        .collect();
    let refused: Vec<Cents> = applications
        .iter()
        .zip(&answers)
        .filter(|(_, (status, _))| *status == 409)
        .map(|((_, amount), _)| *amount)
        .collect();
    assert_eq!(
        awarded.len() + refused.len(),
        REQUESTS,
        "every request is either awarded or refused: {:?}",
        answers.iter().map(|(s, _)| s).collect::<Vec<_>>()
    );
    let sum: i64 = awarded.iter().map(|c| c.0).sum();
    assert_eq!(p.committed, Cents(sum), "the store agrees with the answers");
    assert!(
        sum <= p.draft.budget.0,
        "awarded {sum} of a budget of {}",
        p.draft.budget.0
    );
    assert!(!awarded.is_empty() && !refused.is_empty());
    for r in &refused {
        assert!(*r > p.remaining(), "{r} was refused while {} is left", p.remaining());
    }
    for (status, body) in &answers {
        if *status == 409 {
            assert!(body.contains("Not enough of the budget is left for this grant"));
        }
    }
    println!(
        "{REQUESTS} concurrent awards on {:?}: {} awarded for {}, {} refused, {} left of {}",
        store.backend(),
        awarded.len(),
        Cents(sum),
        refused.len(),
        p.remaining(),
        p.draft.budget
    );
}

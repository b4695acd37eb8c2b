//! Business missions: applications, evaluators, weighted scores, selection.

use super::*;

#[tokio::test]
async fn a_business_mission_selects_applicants_by_weighted_scores() {
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let id = published_event_of_kind(&app, "mission").await;
    let mut o = Agent::new(&app);
    o.login("organiser@cluster.dk", PASSWORD).await;

    // The call: a bad one is named field by field, then a good one.
    o.get(&format!("/events/{id}/call")).await;
    let bad = o
        .post(
            &format!("/events/{id}/call"),
            &[
                ("questions", ""),
                ("criteria", "heavy Export"),
                ("places", "0"),
                ("deadline", "2020-01-01"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    for field in ["questions", "criteria", "places", "deadline"] {
        assert!(
            bad.body.contains(&format!("href=\"#call-{field}\"")),
            "{field} not named"
        );
    }
    let deadline = day_ahead(10);
    let saved = o
        .post(
            &format!("/events/{id}/call"),
            &[
                (
                    "questions",
                    "Which markets do you export to?\nWhat do you expect from the mission?",
                ),
                ("criteria", "1 Export readiness\n3 Fit with the US market"),
                ("places", "1"),
                ("deadline", &deadline),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);

    // Two organisations apply; the evaluator from one of them may not score it.
    let mut applicants = Vec::new();
    for (email, slug, name, country) in [
        ("a@alpha.de", "alpha", "Alpha Optics", "DE"),
        ("b@beta.fr", "beta", "Beta Satellites", "FR"),
    ] {
        let user = account(&app, email, PlatformRole::User).await;
        let org = organisation_in(&app, slug, name, country).await;
        store.set_org_role(user, org, OrgRole::Member).await.expect("role");
        let mut a = Agent::new(&app);
        a.login(email, PASSWORD).await;
        let page = a.get(&format!("/events/{id}")).await;
        assert!(
            page.body.contains(&format!("/events/{id}/apply")) && !page.body.contains("/register\""),
            "missions take applications"
        );
        assert_eq!(
            a.post(&format!("/events/{id}/register"), &[("organisation", "")])
                .await
                .status,
            409
        );
        a.get(&format!("/events/{id}/apply")).await;
        let empty = a
            .post(
                &format!("/events/{id}/apply"),
                &[("organisation", slug), ("answer-0", "US, Canada")],
            )
            .await;
        assert_eq!(empty.status, 422, "every question is answered");
        assert!(empty.body.contains("US, Canada"), "what was typed is kept");
        let sent = a
            .post(
                &format!("/events/{id}/apply"),
                &[
                    ("organisation", slug),
                    ("answer-0", "US, Canada"),
                    ("answer-1", "Distributors"),
                ],
            )
            .await;
        assert_eq!(sent.status, 303, "{}", sent.body);
        assert_eq!(
            a.post(
                &format!("/events/{id}/apply"),
                &[("organisation", slug), ("answer-0", "x"), ("answer-1", "y")]
            )
            .await
            .status,
            409
        );
        applicants.push(a);
    }
    assert!(app.mails_to("a@alpha.de").iter().any(|m| m.contains("is received")));
    // A third applies and withdraws; only its own people may, and it leaves the ranking.
    let g = account(&app, "g@gamma.it", PlatformRole::User).await;
    let gamma = organisation_in(&app, "gamma", "Gamma Robotics", "IT").await;
    store.set_org_role(g, gamma, OrgRole::Member).await.expect("role");
    let withdrawn = store
        .apply(id, gamma, g, &["Italy".into(), "Buyers".into()])
        .await
        .expect("apply");
    applicants[0].get(&format!("/events/{id}")).await;
    assert_eq!(
        applicants[0]
            .post(&format!("/applications/{withdrawn}/withdraw"), &[])
            .await
            .status,
        403
    );
    let mut gino = Agent::new(&app);
    gino.login("g@gamma.it", PASSWORD).await;
    let page = gino.get(&format!("/events/{id}")).await;
    assert!(page.body.contains(&format!("/applications/{withdrawn}/withdraw")));
    assert_eq!(
        gino.post(&format!("/applications/{withdrawn}/withdraw"), &[])
            .await
            .status,
        303
    );
    assert!(gino
        .get(&format!("/events/{id}"))
        .await
        .body
        .contains("Gamma Robotics applied: withdrawn"));
    let apps = store.applications(id).await.expect("applications");
    let (alpha, beta) = (apps[0].id, apps[1].id);

    account(&app, "eva@agency.eu", PlatformRole::User).await;
    let e2 = account(&app, "bob@beta.fr", PlatformRole::User).await;
    let beta_org = apps[1].organisation_id;
    store.set_org_role(e2, beta_org, OrgRole::Member).await.expect("role");
    o.get(&format!("/events/{id}/call")).await;
    assert_eq!(
        o.post(&format!("/events/{id}/evaluators"), &[("email", "nobody@nowhere.eu")])
            .await
            .status,
        422
    );
    for email in ["eva@agency.eu", "bob@beta.fr"] {
        assert_eq!(
            o.post(&format!("/events/{id}/evaluators"), &[("email", email)])
                .await
                .status,
            303
        );
    }
    assert!(app.mails_to("eva@agency.eu").iter().any(|m| m.contains("evaluator")));

    // Bob: conflict of interest on beta, scores alpha; he sees no one else's scores until then.
    let mut bob = Agent::new(&app);
    bob.login("bob@beta.fr", PASSWORD).await;
    let list = bob.get(&format!("/events/{id}/applications")).await;
    assert!(list.body.contains("not yours to score"));
    assert_eq!(bob.get(&format!("/applications/{beta}")).await.status, 403);
    let mut eva = Agent::new(&app);
    eva.login("eva@agency.eu", PASSWORD).await;
    eva.get(&format!("/applications/{alpha}")).await;
    assert_eq!(
        eva.post(
            &format!("/applications/{alpha}/score"),
            &[("score-0", "11"), ("score-1", "x")]
        )
        .await
        .status,
        422
    );
    assert_eq!(
        eva.post(
            &format!("/applications/{alpha}/score"),
            &[("score-0", "6"), ("score-1", "6"), ("comment", "Solid")]
        )
        .await
        .status,
        303
    );
    assert_eq!(
        eva.post(
            &format!("/applications/{beta}/score"),
            &[("score-0", "10"), ("score-1", "9"), ("comment", "Ready")]
        )
        .await
        .status,
        303
    );
    let before = bob.get(&format!("/applications/{alpha}")).await;
    assert!(
        before.body.contains("appear once you have given yours") && !before.body.contains("Solid"),
        "hidden before his own"
    );
    assert_eq!(
        bob.post(
            &format!("/applications/{beta}/score"),
            &[("score-0", "10"), ("score-1", "10")]
        )
        .await
        .status,
        403
    );
    assert_eq!(
        bob.post(
            &format!("/applications/{alpha}/score"),
            &[("score-0", "2"), ("score-1", "4")]
        )
        .await
        .status,
        303
    );
    let after = bob.get(&format!("/applications/{alpha}")).await;
    assert!(after.body.contains("Solid"), "visible once he scored");
    assert_eq!(
        applicants[0].get(&format!("/applications/{alpha}")).await.status,
        403,
        "applicants do not read evaluations"
    );

    // Ranking: beta 9.25 (only Eva), alpha (6·1 + 6·3)/4 and (2·1 + 4·3)/4 averaged per criterion = 4.75 + …
    let ranking = o.get(&format!("/events/{id}/applications")).await;
    let beta_at = ranking.body.find("Beta Satellites").expect("beta listed");
    let alpha_at = ranking.body.find("Alpha Optics").expect("alpha listed");
    assert!(beta_at < alpha_at, "the better score ranks first");
    assert!(
        ranking.body.contains("9.25") && ranking.body.contains("4.75"),
        "weighted means per criterion"
    );
    assert_eq!(
        o.post(&format!("/events/{id}/applications/notify"), &[]).await.status,
        409,
        "decide first"
    );
    assert_eq!(
        o.post(&format!("/events/{id}/applications/select-top"), &[])
            .await
            .status,
        303
    );
    assert_eq!(
        o.post(&format!("/applications/{alpha}/decision"), &[("decision", "selected")])
            .await
            .status,
        409,
        "one place"
    );
    assert_eq!(
        o.post(&format!("/events/{id}/applications/notify"), &[]).await.status,
        303
    );
    assert!(app.mails_to("b@beta.fr").iter().any(|m| m.contains("is selected")));
    assert!(app.mails_to("a@alpha.de").iter().any(|m| m.contains("not selected")));
    assert_eq!(
        o.post(&format!("/applications/{alpha}/decision"), &[("decision", "selected")])
            .await
            .status,
        409,
        "final"
    );
    let page = applicants[1].get(&format!("/events/{id}")).await;
    assert!(page.body.contains("Beta Satellites applied: selected"));
    let export: serde_json::Value = serde_json::from_str(&eva.get("/account/export").await.body).expect("JSON");
    assert_eq!(
        export["events"]["mission_scores_given"].as_array().map(Vec::len),
        Some(2)
    );
    let export: serde_json::Value =
        serde_json::from_str(&applicants[0].get("/account/export").await.body).expect("JSON");
    assert_eq!(
        export["events"]["mission_applications"][0]["answers"][1],
        "Distributors"
    );
}

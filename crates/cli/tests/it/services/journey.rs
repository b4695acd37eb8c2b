//! A centre offers a service, a moderator publishes it, an SME finds it in the catalogue, asks,
//! gets a quote, accepts it paying with a voucher, both mark delivery done, the SME rates and the
//! centre replies; the request stays private to the two; the network it went through sees its
//! state and answer time. And sixty acceptances at once never spend more than a voucher holds.

use domain::programme::{ApplicationDraft, ProgrammeForm};
use domain::service::{Quote, RequestInput, ServiceInput, ServiceState, ServiceTextInput};
use domain::{Cents, OrgRole, OrganisationType, PlatformRole};
use store::services::Challenged;

use crate::agent::{account, Agent, PASSWORD};
use crate::helpers::{organisation_of as org, TestApp};

struct World<'a> {
    centre: Agent<'a>,
    sme: Agent<'a>,
    moderator: Agent<'a>,
    centre_id: i64,
    sme_id: i64,
    cluster_id: i64,
}

async fn world(app: &TestApp) -> World<'_> {
    let store = &app.db.store;
    let centre_id = org(
        app,
        "fraunhofer-iws",
        "Fraunhofer IWS",
        OrganisationType::TechnologyCentre,
        "DE",
    )
    .await;
    let sme_id = org(
        app,
        "nordic-sensors",
        "Nordic Sensors ApS",
        OrganisationType::Company,
        "DK",
    )
    .await;
    let cluster_id = org(
        app,
        "space-cluster",
        "Danish Space Cluster",
        OrganisationType::Cluster,
        "DK",
    )
    .await;
    let mut tx = store.begin().await.expect("tx");
    store::organisations::set_memberships(&mut tx, sme_id, &[cluster_id])
        .await
        .expect("member");
    tx.commit().await.expect("commit");
    let c = account(app, "lab@iws.example", PlatformRole::User).await;
    store.set_org_role(c, centre_id, OrgRole::Admin).await.expect("role");
    store.set_language(c, "de").await.expect("language");
    let s = account(app, "cto@nordic.example", PlatformRole::User).await;
    store.set_org_role(s, sme_id, OrgRole::Member).await.expect("role");
    let n = account(app, "manager@space.example", PlatformRole::User).await;
    store.set_org_role(n, cluster_id, OrgRole::Admin).await.expect("role");
    account(app, "mod@example.eu", PlatformRole::Moderator).await;
    let mut centre = Agent::new(app);
    centre.login("lab@iws.example", PASSWORD).await;
    let mut sme = Agent::new(app);
    sme.login("cto@nordic.example", PASSWORD).await;
    let mut moderator = Agent::new(app);
    moderator.login("mod@example.eu", PASSWORD).await;
    World {
        centre,
        sme,
        moderator,
        centre_id,
        sme_id,
        cluster_id,
    }
}

const SERVICE: &[(&str, &str)] = &[
    ("kind", "pilot-production"),
    ("language", "en"),
    ("name", "Metal additive manufacturing pilot line"),
    (
        "description",
        "Laser powder bed fusion and directed energy deposition of titanium, nickel alloys and steel: \
         small series of functional parts, with CT inspection and process qualification.",
    ),
    ("name_de", "Pilotlinie für additive Fertigung von Metallen"),
    (
        "description_de",
        "Laserstrahlschmelzen und Auftragschweißen von Titan, Nickellegierungen und Stahl: Kleinserien \
         funktionaler Bauteile mit CT-Prüfung und Prozessqualifizierung.",
    ),
    ("technologies", "advanced-manufacturing"),
    ("critical_technologies", "materials-manufacturing-recycling"),
    ("ecosystems", "aerospace-defence"),
    ("trl_from", "4"),
    ("trl_to", "7"),
    ("equipment", "EOS M 400-4, DED cell, Zeiss CT"),
    ("accreditations", "ISO 9001\nEN 9100"),
    ("price_model", "day-rate"),
    ("price", "1800"),
    ("lead_time_days", "30"),
    ("answer_days", "3"),
    ("languages", "de, en"),
    ("delivery", "on-site"),
    ("countries", ""),
];

#[tokio::test]
async fn a_service_goes_from_offer_to_rated_delivery_and_stays_between_the_two() {
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let mut w = world(&app).await;

    // Offer: a field error is named next to its field and keeps what was typed.
    let mut wrong: Vec<(&str, &str)> = SERVICE.iter().filter(|(k, _)| *k != "price").copied().collect();
    wrong.push(("price", "12,5,0"));
    let refused = w
        .centre
        .post("/organisations/fraunhofer-iws/services/new", &wrong)
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(refused.body.contains("Metal additive manufacturing pilot line"));
    assert!(refused.body.contains("id=\"price-error\""), "{}", refused.body);
    let created = w
        .centre
        .post("/organisations/fraunhofer-iws/services/new", SERVICE)
        .await;
    assert_eq!(created.status, 303, "{}", created.body);
    let path = created.location.split('?').next().expect("path").to_owned();
    let id: i64 = path.trim_start_matches("/services/").parse().expect("id");
    // A draft is its centre's alone.
    assert_eq!(app.get(&path).await.status(), 404);
    assert_eq!(w.sme.get(&path).await.status, 404);
    assert_eq!(w.centre.post(&format!("{path}/submit"), &[]).await.status, 303);
    let published = w.moderator.post(&format!("{path}/approve"), &[]).await;
    assert_eq!(published.status, 303);
    assert!(app
        .mails_to("lab@iws.example")
        .iter()
        .any(|m| m.contains("veröffentlicht") || m.contains("published")));

    // The catalogue and the API find it, in German words too.
    let found = app
        .search_until("q=Pilotlinie&kind=service", |b| b["total"].as_u64() == Some(1))
        .await
        .expect("the service is searchable");
    assert_eq!(found["hits"][0]["url"], path.as_str());
    let (status, page) = app.text("/services?q=titanium").await;
    assert_eq!(status, 200);
    assert!(page.contains("Metal additive manufacturing pilot line"), "{page}");
    let (status, list) = app.json("/api/v1/services?service=pilot-production").await;
    assert_eq!(status, 200);
    assert_eq!(list["items"][0]["id"], id);
    assert_eq!(list["items"][0]["price_cents"], 180_000);
    let (status, one) = app.json(&format!("/api/v1/services/{id}")).await;
    assert_eq!(status, 200);
    assert_eq!(
        one["texts"]["de"]["name"],
        "Pilotlinie für additive Fertigung von Metallen"
    );
    let (status, _) = app.text("/api/v1/services?kind=organisation").await;
    assert_eq!(status, 400);

    // Ask, through the cluster.
    let service_page = w.sme.get(&path).await;
    assert!(service_page.body.contains("id=\"request\""), "{}", service_page.body);
    let cluster = w.cluster_id.to_string();
    let asked = w
        .sme
        .post(
            &format!("{path}/request"),
            &[
                ("organisation", "nordic-sensors"),
                ("network", cluster.as_str()),
                (
                    "need",
                    "Twenty titanium brackets for a satellite antenna, qualified for launch loads.",
                ),
                ("language", "en"),
                ("trl", "5"),
                ("budget_from", "20000"),
                ("budget_to", "40000"),
                ("sharing", "CAD files after an NDA"),
            ],
        )
        .await;
    assert_eq!(asked.status, 303, "{}", asked.body);
    let request = asked.location.split('?').next().expect("path").to_owned();
    // The centre is told in its language (German), with the need.
    let mail = app.mails_to("lab@iws.example").join("\n");
    assert!(
        mail.contains("Nordic Sensors ApS") && mail.contains("titanium brackets"),
        "{mail}"
    );

    // Private to the two organisations: 404 for everyone else, platform admins included.
    account(&app, "admin@example.eu", PlatformRole::Admin).await;
    let mut admin = Agent::new(&app);
    admin.login("admin@example.eu", PASSWORD).await;
    assert_eq!(admin.get(&request).await.status, 404);
    assert_eq!(w.moderator.get(&request).await.status, 404);
    assert_eq!(app.get(&request).await.status().as_u16(), 303);
    // Each side sees its own steps only.
    assert_eq!(
        w.sme
            .post(&format!("{request}/quote"), &[("price", "1"), ("duration_days", "1")])
            .await
            .status,
        403
    );

    // Quote, with the form's errors named.
    let bad = w
        .centre
        .post(
            &format!("{request}/quote"),
            &[("price", "lots"), ("duration_days", "20")],
        )
        .await;
    assert_eq!(bad.status, 422);
    let quoted = w
        .centre
        .post(
            &format!("{request}/quote"),
            &[
                ("price", "28500"),
                ("duration_days", "25"),
                ("conditions", "Powder at cost"),
            ],
        )
        .await;
    assert_eq!(quoted.status, 303, "{}", quoted.body);
    assert!(app.mails_to("cto@nordic.example").iter().any(|m| m.contains("quote")));
    // Quoting twice is refused: the step is taken.
    assert_eq!(
        w.centre
            .post(&format!("{request}/quote"), &[("price", "1"), ("duration_days", "1")])
            .await
            .status,
        409
    );
    let accepted = w.sme.post(&format!("{request}/accept"), &[]).await;
    assert_eq!(accepted.status, 303, "{}", accepted.body);
    assert_eq!(w.centre.post(&format!("{request}/delivered"), &[]).await.status, 303);
    let rid: i64 = request.trim_start_matches("/service-requests/").parse().expect("id");
    assert_eq!(
        store.service_request(rid).await.expect("read").expect("request").state,
        domain::service::RequestState::Accepted
    );
    assert_eq!(w.sme.post(&format!("{request}/delivered"), &[]).await.status, 303);
    let rated = w
        .sme
        .post(
            &format!("{request}/rate"),
            &[("stars", "5"), ("comment", "On time, well documented")],
        )
        .await;
    assert_eq!(rated.status, 303);
    assert_eq!(
        w.sme.post(&format!("{request}/rate"), &[("stars", "1")]).await.status,
        409
    );
    let replied = w
        .centre
        .post(
            &format!("{request}/reply"),
            &[("reply", "Thank you, see you at the next launch")],
        )
        .await;
    assert_eq!(replied.status, 303);
    let shown = w.sme.get(&request).await;
    assert!(shown.body.contains("Thank you, see you at the next launch"));

    // Public figures on the profile and the service page.
    let (_, profile) = app.text("/organisations/fraunhofer-iws").await;
    assert!(profile.contains("Answered 1 of 1 requests"), "{profile}");
    assert!(profile.contains("Rated 5.0 out of 5 by one client"), "{profile}");

    // The network sees states and times, not the content; so does its CSV.
    let mut manager = Agent::new(&app);
    manager.login("manager@space.example", PASSWORD).await;
    let routed = manager.get("/organisations/space-cluster/routed-requests").await;
    assert_eq!(routed.status, 200);
    assert!(routed.body.contains("Metal additive manufacturing pilot line") && routed.body.contains("Delivered"));
    assert!(!routed.body.contains("titanium brackets"));
    let csv = manager.get("/organisations/space-cluster/routed-requests.csv").await;
    assert_eq!(csv.status, 200);
    assert!(
        csv.body.starts_with("request,service,client,provider,state"),
        "{}",
        csv.body
    );
    assert!(csv.body.contains(",delivered,"));
    assert_eq!(
        w.sme.get("/organisations/space-cluster/routed-requests").await.status,
        403
    );
    let _ = (w.centre_id, w.sme_id);
}

#[tokio::test]
async fn a_challenge_in_danish_reaches_services_described_in_other_languages() {
    let app = TestApp::spawn().await;
    let mut w = world(&app).await;
    let created = w
        .centre
        .post("/organisations/fraunhofer-iws/services/new", SERVICE)
        .await;
    let path = created.location.split('?').next().expect("path").to_owned();
    assert_eq!(w.centre.post(&format!("{path}/submit"), &[]).await.status, 303);
    assert_eq!(w.moderator.post(&format!("{path}/approve"), &[]).await.status, 303);

    let form = w.sme.get("/services/challenge").await;
    assert_eq!(form.status, 200);
    let challenge = [
        ("organisation", "nordic-sensors"),
        (
            "need",
            "Vi skal have 3D-printet små serier af beslag i titanium til en satellit, og vi mangler en pilotlinje.",
        ),
        ("language", "da"),
        ("trl", "5"),
    ];
    let proposals = w.sme.post("/services/challenge", &challenge).await;
    assert_eq!(proposals.status, 200, "{}", proposals.body);
    assert!(
        proposals.body.contains("Pilotlinie") || proposals.body.contains("pilot line"),
        "{}",
        proposals.body
    );
    assert!(
        proposals.body.contains("TRL 4"),
        "a reason names the TRL range: {}",
        proposals.body
    );
    let id = {
        let at = proposals.body.find("name=\"service\" value=\"").expect("a proposal") + 22;
        proposals.body[at..].split('"').next().expect("id").to_owned()
    };
    // More than five, or a service not proposed, is refused.
    let mut too_many: Vec<(&str, &str)> = challenge.to_vec();
    too_many.push(("send", "1"));
    too_many.push(("service", "999999"));
    assert_eq!(w.sme.post("/services/challenge", &too_many).await.status, 422);
    let mut send: Vec<(&str, &str)> = challenge.to_vec();
    send.push(("send", "1"));
    send.push(("service", id.as_str()));
    let sent = w.sme.post("/services/challenge", &send).await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    assert!(sent.location.starts_with("/service-challenges/"));
    let page = w.sme.get(sent.location.split('?').next().expect("path")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Fraunhofer IWS"));
    // Someone of another organisation does not see the challenge.
    assert_eq!(
        w.centre
            .get(sent.location.split('?').next().expect("path"))
            .await
            .status,
        404
    );
    let mail = app.mails_to("lab@iws.example").join("\n");
    assert!(mail.contains("3D-printet"), "the centre receives the challenge: {mail}");
}

/// Sixty acceptances at once, each paying 1,000 € from one award of 20,000 €: the programme is
/// locked for each, so exactly twenty go through and the others are told what is left.
#[tokio::test]
async fn concurrent_voucher_acceptances_never_spend_more_than_the_award() {
    const REQUESTS: usize = 60;
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let w = world(&app).await;
    let owner = account(&app, "owner@cluster.dk", PlatformRole::User).await;
    let deadline = (chrono::Utc::now() + chrono::Duration::days(30))
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    let programme = ProgrammeForm {
        title: "Space technology vouchers".into(),
        summary: "Vouchers for SMEs of the cluster to buy tests and prototypes.".into(),
        budget: "100000".into(),
        max_grant: "20000".into(),
        questions: "What do you want to test?".into(),
        criteria: "100 Fit with the cluster".into(),
        deadline,
        timezone: "Europe/Copenhagen".into(),
        voucher: true,
        ..ProgrammeForm::default()
    }
    .validate(chrono::Utc::now(), None)
    .expect("programme");
    let pid = store
        .create_programme(w.cluster_id, owner, &programme)
        .await
        .expect("create");
    let application = store
        .apply_to_programme(
            pid,
            w.sme_id,
            w.centre_id,
            owner,
            &ApplicationDraft {
                project_title: "Antenna bracket".into(),
                summary: "Qualify a printed bracket.".into(),
                requested: Cents(2_000_000),
                answers: vec!["Launch loads".into()],
            },
        )
        .await
        .expect("apply");
    assert!(store.confirm_centre(application, owner).await.expect("confirm"));
    store.award(pid, application, Cents(2_000_000)).await.expect("award");

    let mut input = ServiceInput {
        kind: "testing-validation".into(),
        language: "en".into(),
        texts: [(
            "en".to_owned(),
            ServiceTextInput {
                name: "Vibration testing".into(),
                description: "Sine and random vibration tests of space hardware up to 80 kN.".into(),
            },
        )]
        .into(),
        price_model: "on-quote".into(),
        delivery: vec!["on-site".into()],
        programmes: vec![pid.to_string()],
        ..ServiceInput::default()
    };
    input.languages = vec!["en".into()];
    let service = input.validate().expect("service");
    let sid = store.create_service(w.centre_id, None, &service).await.expect("create");
    store
        .transition(sid, &[ServiceState::Draft], ServiceState::Submitted, None)
        .await
        .expect("move");
    store
        .transition(sid, &[ServiceState::Submitted], ServiceState::Published, None)
        .await
        .expect("move");
    let need = RequestInput {
        need: "Vibration test of one bracket to the launcher's profile.".into(),
        ..RequestInput::default()
    }
    .validate(web::views::time::today())
    .expect("need");
    let client = store
        .user_by_email(&domain::Email::parse("cto@nordic.example").expect("email"))
        .await
        .expect("read")
        .expect("user")
        .0
        .id;
    let targets: Vec<(i64, i64, u16)> = (0..REQUESTS).map(|_| (sid, w.centre_id, 5)).collect();
    let ids = store
        .send_requests(w.sme_id, client, None, Challenged::No, &targets, &need)
        .await
        .expect("requests");
    let quote = Quote::parse("1000", "5", "").expect("quote");
    for id in &ids {
        assert!(store.quote_request(*id, &quote).await.expect("quote"));
    }
    // What a service accepts counts once a moderator published it: a withdrawn (draft) service
    // takes no voucher, in the page and in the store.
    assert!(store.withdraw_service(sid).await.expect("withdraw"));
    let mut sme = w.sme;
    let app_id = application.to_string();
    let refused = sme
        .post(
            &format!("/service-requests/{}/accept", ids[0]),
            &[("voucher", app_id.as_str()), ("voucher_amount", "1000")],
        )
        .await;
    assert_eq!(refused.status, 403);
    assert!(matches!(
        store.accept_request(ids[0], Some((application, Cents(100_000)))).await,
        Err(store::services::AcceptError::Voucher(
            store::services::VoucherRefusal::NotAVoucher
        ))
    ));
    store
        .transition(sid, &[ServiceState::Draft], ServiceState::Submitted, None)
        .await
        .expect("move");
    store
        .transition(sid, &[ServiceState::Submitted], ServiceState::Published, None)
        .await
        .expect("move");
    // Nor more than the quote.
    assert!(matches!(
        store.accept_request(ids[0], Some((application, Cents(100_001)))).await,
        Err(store::services::AcceptError::Voucher(
            store::services::VoucherRefusal::NotAVoucher
        ))
    ));
    let w = World { sme, ..w };
    let cookies = w
        .sme
        .cookies
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ");
    let requests = ids.iter().map(|id| {
        let body = serde_urlencoded::to_string([
            ("csrf", w.sme.csrf.as_str()),
            ("voucher", app_id.as_str()),
            ("voucher_amount", "1000"),
        ])
        .expect("form");
        let request = app
            .client
            .post(format!("{}/service-requests/{id}/accept", app.base))
            .header("cookie", cookies.clone())
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body);
        async move { request.send().await.expect("request").status().as_u16() }
    });
    let answers = futures_util::future::join_all(requests).await;
    let accepted = answers.iter().filter(|s| **s == 303).count();
    let refused = answers.iter().filter(|s| **s == 422).count();
    assert_eq!(accepted + refused, REQUESTS, "{answers:?}");
    assert_eq!(accepted, 20, "20,000 € pays twenty quotes of 1,000 €: {answers:?}");
    let uses = store.voucher_uses(pid).await.expect("uses");
    assert_eq!(uses[0].committed, Cents(2_000_000));
    let awards = store.voucher_awards(w.sme_id).await.expect("awards");
    assert_eq!(awards[0].left, Cents(0));
    let p = store.programme(pid).await.expect("read").expect("programme");
    assert!(p.committed <= p.draft.budget);
    println!(
        "{REQUESTS} concurrent voucher acceptances on {:?}: {accepted} accepted, {refused} refused, {} committed of an award of {}",
        store.backend(),
        uses[0].committed,
        uses[0].awarded
    );
}

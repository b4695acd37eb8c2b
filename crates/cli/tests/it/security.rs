//! Regression tests of the security review (issue 16): each test names the finding it proves
//! closed. They run on SQLite and, in CI, on PostgreSQL.

use domain::PlatformRole;

use crate::agent::{account, token_of, Agent, PASSWORD};
use crate::helpers::TestApp;

/// The status of `GET /api/v1/me` with a bearer token.
async fn me_status(app: &TestApp, token: &str) -> u16 {
    app.client
        .get(format!("{}/api/v1/me", app.base))
        .bearer_auth(token)
        .send()
        .await
        .expect("request")
        .status()
        .as_u16()
}

fn token_in(link: &str) -> String {
    link.split("token=").nth(1).expect("token").to_owned()
}

/// Finding 1 and 12: a pending address change, and every other mailed link and API token, does
/// not survive a password reset.
#[tokio::test]
async fn a_password_reset_makes_earlier_links_and_api_tokens_worthless() {
    let app = TestApp::spawn().await;
    account(&app, "owner@example.dk", PlatformRole::User).await;

    // Someone who knows the password asks to move the account to their own address.
    let mut intruder = Agent::new(&app);
    intruder.login("owner@example.dk", PASSWORD).await;
    let api = intruder
        .post("/account/tokens", &[("name", "kept"), ("scope", "read")])
        .await;
    let api = token_of(&api.body);
    assert_eq!(me_status(&app, &api).await, 200);
    let asked = intruder
        .post(
            "/account/email",
            &[("new_email", "intruder@example.org"), ("current_password", PASSWORD)],
        )
        .await;
    assert_eq!(asked.status, 303);
    let change = app
        .link_in_mail("intruder@example.org", "/account/email/confirm?token=", 0)
        .await;

    // The owner resets the password as the notice tells them.
    let mut owner = Agent::new(&app);
    owner.get("/password/forgot").await;
    owner.post("/password/forgot", &[("email", "owner@example.dk")]).await;
    let reset = app.link_in_mail("owner@example.dk", "/password/reset?token=", 0).await;
    let page = owner.get(&reset[reset.find("/password/reset").expect("path")..]).await;
    assert!(page.body.contains("API"), "the reset page says tokens are revoked");
    let done = owner
        .post(
            "/password/reset",
            &[("token", &token_in(&reset)), ("password", "a brand new passphrase")],
        )
        .await;
    assert_eq!(done.status, 303);

    // The pending change, opened or posted without any session, is gone.
    let mut nobody = Agent::new(&app);
    let path = &change[change.find("/account/email/confirm").expect("path")..];
    assert_eq!(nobody.get(path).await.status, 410);
    nobody.get("/login").await;
    let used = nobody
        .post("/account/email/confirm", &[("token", &token_in(&change))])
        .await;
    assert_eq!(used.status, 410);
    owner.login("owner@example.dk", "a brand new passphrase").await;
    assert!(owner.get("/account").await.body.contains("owner@example.dk"));
    assert_eq!(me_status(&app, &api).await, 401, "API tokens are revoked by a reset");
}

/// Finding 1 and 12: a password change ends links mailed before it and, when asked, API tokens.
#[tokio::test]
async fn a_password_change_ends_earlier_links_and_offers_to_revoke_api_tokens() {
    let app = TestApp::spawn().await;
    account(&app, "mette@example.dk", PlatformRole::User).await;
    let mut mette = Agent::new(&app);
    mette.login("mette@example.dk", PASSWORD).await;
    let api = mette
        .post("/account/tokens", &[("name", "crm"), ("scope", "read")])
        .await;
    let api = token_of(&api.body);
    mette
        .post(
            "/account/email",
            &[("new_email", "mette@example.org"), ("current_password", PASSWORD)],
        )
        .await;
    let change = app
        .link_in_mail("mette@example.org", "/account/email/confirm?token=", 0)
        .await;
    assert!(mette.get("/account").await.body.contains("name=\"revoke_tokens\""));
    let changed = mette
        .post(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "second passphrase here"),
            ],
        )
        .await;
    assert_eq!(changed.location, "/account?done=password-changed");
    assert_eq!(me_status(&app, &api).await, 200, "tokens stay unless asked");
    mette.get("/account").await;
    assert_eq!(
        mette
            .post("/account/email/confirm", &[("token", &token_in(&change))])
            .await
            .status,
        410
    );
    let changed = mette
        .post(
            "/account/password",
            &[
                ("current_password", "second passphrase here"),
                ("new_password", "third passphrase here"),
                ("revoke_tokens", "on"),
            ],
        )
        .await;
    assert_eq!(changed.location, "/account?done=password-changed-tokens");
    assert_eq!(me_status(&app, &api).await, 401);
}

/// Finding 1: a completed address change tells the old address, ends the other sessions and
/// makes links mailed before it worthless.
#[tokio::test]
async fn a_completed_address_change_tells_the_old_address_and_ends_other_sessions() {
    let app = TestApp::spawn().await;
    account(&app, "lars@example.dk", PlatformRole::User).await;
    let mut phone = Agent::new(&app);
    phone.login("lars@example.dk", PASSWORD).await;
    let mut laptop = Agent::new(&app);
    laptop.login("lars@example.dk", PASSWORD).await;
    laptop
        .post(
            "/account/email",
            &[("new_email", "lars@example.org"), ("current_password", PASSWORD)],
        )
        .await;
    let change = app
        .link_in_mail("lars@example.org", "/account/email/confirm?token=", 0)
        .await;
    // A reset link asked for before the change.
    let mut other = Agent::new(&app);
    other.get("/password/forgot").await;
    other.post("/password/forgot", &[("email", "lars@example.dk")]).await;
    let reset = app.link_in_mail("lars@example.dk", "/password/reset?token=", 0).await;

    let done = laptop
        .post("/account/email/confirm", &[("token", &token_in(&change))])
        .await;
    assert_eq!(done.status, 303);
    assert_eq!(laptop.get("/account").await.status, 200, "this session stays");
    assert_eq!(phone.get("/account").await.status, 303, "the other is over");
    let told = app.mails_to("lars@example.dk");
    assert!(
        told.iter()
            .any(|m| m.contains("lars@example.org") && m.contains("no longer opens")),
        "the old address hears of the change: {told:?}"
    );
    let reset_path = &reset[reset.find("/password/reset").expect("path")..];
    assert_eq!(other.get(reset_path).await.status, 410);
}

/// Finding 3: searches beyond the node's limit wait briefly, then are told to come back, and a
/// query whose one "word" is many words is cut at the word cap as the index reads it.
#[tokio::test]
async fn searches_beyond_the_limit_are_told_to_come_back() {
    let app = TestApp::spawn().await;
    let all = app.state.searches.available_permits() as u32;
    let held = app
        .state
        .searches
        .clone()
        .acquire_many_owned(all)
        .await
        .expect("permits");
    let busy = app.get("/search?q=cluster").await;
    assert_eq!(busy.status().as_u16(), 503);
    assert!(busy.headers().get("retry-after").is_some());
    drop(held);
    assert_eq!(app.get("/search?q=cluster").await.status().as_u16(), 200);
    let dotted = (0..60).map(|i| format!("w{i}")).collect::<Vec<_>>().join(".");
    let (status, body) = app.json(&format!("/api/v1/search?q={dotted}")).await;
    assert_eq!(status, 200);
    assert!(body.to_string().contains("truncated"), "{body}");
}

/// Posts a login form as a browser at `ip` would through the proxy.
async fn login_from(agent: &mut Agent<'_>, ip: &str, email: &str, password: &str) -> u16 {
    agent.get("/login").await;
    let body = serde_urlencoded::to_string([("csrf", agent.csrf.as_str()), ("email", email), ("password", password)])
        .expect("form");
    agent.post_raw("/login", body, &[("x-forwarded-for", ip)]).await.status
}

/// Finding 4: the address behind a trusted proxy is the right-most one it added, not one the
/// client wrote; and a burst of concurrent wrong passwords gets no more tries than the limit.
#[tokio::test]
async fn a_burst_of_wrong_passwords_gets_no_more_tries_than_the_limit() {
    let app = TestApp::spawn_behind_proxy().await;
    account(&app, "target@example.dk", PlatformRole::User).await;
    let mut first = Agent::new(&app);
    first.get("/login").await;
    let (cookies, csrf) = (
        first
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; "),
        first.csrf.clone(),
    );
    let mut tasks = Vec::new();
    for i in 0..50 {
        let client = app.client.clone();
        let url = format!("{}/login", app.base);
        let (cookies, csrf) = (cookies.clone(), csrf.clone());
        tasks.push(tokio::spawn(async move {
            let body = serde_urlencoded::to_string([
                ("csrf", csrf.as_str()),
                ("email", "target@example.dk"),
                ("password", &format!("wrong guess {i}")),
            ])
            .expect("form");
            client
                .post(url)
                .header("cookie", cookies)
                .header("content-type", "application/x-www-form-urlencoded")
                // The client claims to be someone new every time; the proxy adds the truth.
                .header("x-forwarded-for", format!("10.9.{i}.1, 203.0.113.5"))
                .body(body)
                .send()
                .await
                .expect("request")
                .status()
                .as_u16()
        }));
    }
    let mut checked = 0;
    for t in tasks {
        match t.await.expect("task") {
            401 => checked += 1,
            429 => {}
            other => panic!("unexpected status {other}"),
        }
    }
    assert!(checked <= 5, "{checked} wrong passwords were checked, the limit is 5");
    let rows = app
        .db
        .store
        .recent_audit_count(
            store::audit::Action::LoginFailed,
            "203.0.113.5",
            true,
            chrono::Utc::now() - chrono::Duration::hours(1),
        )
        .await
        .expect("count");
    assert_eq!(rows, checked, "the address recorded is the one the proxy saw");
    let throttled = app
        .db
        .store
        .recent_audit_count(
            store::audit::Action::LoginThrottled,
            "target@example.dk",
            false,
            chrono::Utc::now() - chrono::Duration::hours(1),
        )
        .await
        .expect("count");
    assert_eq!(throttled, 1, "throttled attempts are noted once per window");
}

/// Finding 13: someone guessing at an account does not lock its owner out: a correct password
/// from an address that has not failed still works (after a short delay); the guesser's address
/// stays locked.
#[tokio::test]
async fn guesses_at_an_account_do_not_lock_its_owner_out() {
    let app = TestApp::spawn_behind_proxy().await;
    account(&app, "owner@example.de", PlatformRole::User).await;
    let mut guesser = Agent::new(&app);
    for i in 0..5 {
        let status = login_from(&mut guesser, "198.51.100.66", "owner@example.de", &format!("guess {i}")).await;
        assert_eq!(status, 401);
    }
    assert_eq!(
        login_from(&mut guesser, "198.51.100.66", "owner@example.de", "guess 6").await,
        429
    );
    assert_eq!(
        login_from(&mut guesser, "198.51.100.66", "owner@example.de", PASSWORD).await,
        429,
        "the guessing address stays locked even with the right password"
    );
    let mut owner = Agent::new(&app);
    assert_eq!(
        login_from(&mut owner, "192.0.2.10", "owner@example.de", PASSWORD).await,
        303
    );
    // A second guesser address gets its one slow try, then no more.
    let mut other = Agent::new(&app);
    assert_eq!(
        login_from(&mut other, "192.0.2.99", "owner@example.de", "guess 7").await,
        401
    );
    assert_eq!(
        login_from(&mut other, "192.0.2.99", "owner@example.de", "guess 8").await,
        429
    );
}

/// Finding 9: registrations are throttled per address mailed and per client; a password reset
/// with a dead link is refused before any hashing; and finding 14: the reset request answers the
/// same whether an account exists, the mail following the answer.
#[tokio::test]
async fn registrations_are_throttled_and_dead_reset_links_are_refused_first() {
    let app = TestApp::spawn_behind_proxy().await;
    let register = |agent: &mut Agent<'_>, ip: &'static str, name: String, email: &'static str| {
        let body = serde_urlencoded::to_string([
            ("csrf", agent.csrf.clone()),
            ("display_name", name),
            ("email", email.to_owned()),
            ("password", "a long enough passphrase".to_owned()),
        ])
        .expect("form");
        (body, ip)
    };
    let mut a = Agent::new(&app);
    a.get("/register").await;
    for i in 0..3 {
        let (body, ip) = register(&mut a, "198.51.100.1", format!("Spam {i}"), "victim@example.org");
        assert_eq!(
            a.post_raw("/register", body, &[("x-forwarded-for", ip)]).await.status,
            200
        );
    }
    let (body, ip) = register(&mut a, "198.51.100.2", "Spam 4".into(), "victim@example.org");
    let refused = a.post_raw("/register", body, &[("x-forwarded-for", ip)]).await;
    assert_eq!(refused.status, 429, "per address mailed, whatever the client");
    assert!(app.mails_to("victim@example.org").len() <= 3);

    let mut r = Agent::new(&app);
    r.get("/password/reset?token=nothing").await;
    r.get("/login").await;
    let dead = r
        .post(
            "/password/reset",
            &[("token", "nothing"), ("password", "a brand new passphrase")],
        )
        .await;
    assert_eq!(dead.status, 410);

    account(&app, "known@example.org", PlatformRole::User).await;
    r.get("/password/forgot").await;
    let known = r.post("/password/forgot", &[("email", "known@example.org")]).await;
    let unknown = r.post("/password/forgot", &[("email", "unknown@example.org")]).await;
    assert_eq!(known.status, 200);
    assert_eq!(
        known.body.replace("known@example.org", "X"),
        unknown.body.replace("unknown@example.org", "X")
    );
    app.link_in_mail("known@example.org", "/password/reset?token=", 0).await;
}

/// Finding 5: nobody decides on their own request: a moderator's own claim, or an opportunity
/// of an organisation the moderator belongs to, waits for a platform admin or another moderator.
#[tokio::test]
async fn moderators_do_not_decide_on_their_own_requests() {
    use crate::opportunities::{as_pairs, future, id_after, request_form};
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let sme = crate::agent::organisation(&app, "nordic-sme", "Nordic SME").await;
    let prime = crate::agent::organisation(&app, "big-prime", "Big Prime").await;
    let moderator_id = account(&app, "mod@hub.eu", PlatformRole::Moderator).await;
    account(&app, "second@hub.eu", PlatformRole::Moderator).await;
    account(&app, "admin@hub.eu", PlatformRole::Admin).await;
    store
        .set_org_role(moderator_id, sme, domain::OrgRole::Member)
        .await
        .expect("role");

    let mut moderator = Agent::new(&app);
    moderator.login("mod@hub.eu", PASSWORD).await;
    moderator.get("/organisations/big-prime/claim").await;
    let filed = moderator
        .post("/organisations/big-prime/claim", &[("message", "Make me admin.")])
        .await;
    assert_eq!(filed.status, 303);
    let claim = store.pending_claims().await.expect("claims")[0].id;
    moderator.get("/moderation/claims").await;
    let own = moderator
        .post(&format!("/moderation/claims/{claim}/approve"), &[])
        .await;
    assert_eq!(own.status, 409);
    assert!(own.body.contains("another moderator"), "{}", own.body);
    assert!(store.org_role(moderator_id, prime).await.expect("role").is_none());
    let mut admin = Agent::new(&app);
    admin.login("admin@hub.eu", PASSWORD).await;
    admin.get("/moderation/claims").await;
    assert_eq!(
        admin
            .post(&format!("/moderation/claims/{claim}/reject"), &[("reason", "no")])
            .await
            .status,
        303
    );

    // An opportunity of the moderator's own organisation.
    moderator.get("/organisations/nordic-sme/opportunities/new").await;
    let saved = moderator
        .post(
            "/organisations/nordic-sme/opportunities/new",
            &as_pairs(&request_form(&future(60))),
        )
        .await;
    let id = id_after(&saved.location, "/opportunities/");
    assert_eq!(
        moderator.post(&format!("/opportunities/{id}/submit"), &[]).await.status,
        303
    );
    let own = moderator.post(&format!("/opportunities/{id}/approve"), &[]).await;
    assert_eq!(own.status, 409);
    let mut second = Agent::new(&app);
    second.login("second@hub.eu", PASSWORD).await;
    second.get("/moderation/opportunities").await;
    assert_eq!(
        second.post(&format!("/opportunities/{id}/approve"), &[]).await.status,
        303
    );
}

/// Finding 16: dates at the edge of what the calendar can hold are refused with the parameter
/// named, never a server error, on the page and in the API.
#[tokio::test]
async fn out_of_range_dates_are_refused_by_name() {
    let app = TestApp::spawn().await;
    for value in [
        "%2B262142-12-31",
        "-262143-01-01",
        "%2B10000-01-01",
        "-0001-12-31",
        "262142-12-31",
    ] {
        for param in ["from", "to"] {
            let (status, body) = app.json(&format!("/api/v1/events?{param}={value}")).await;
            assert_eq!(status, 400, "{param}={value}: {body}");
            assert!(body.to_string().contains(param), "{body}");
            let (status, _) = app.text(&format!("/events?{param}={value}")).await;
            assert!(status < 500, "{param}={value} on the page: {status}");
        }
    }
    assert_eq!(app.json("/api/v1/events?from=0000-01-01&to=9999-12-31").await.0, 200);
}

/// Finding 21: the demo's published admin password is never served on an address other machines
/// reach unless the operator says so with --demo-public; a refused start seeds nothing.
#[test]
fn the_demo_refuses_addresses_others_can_reach() {
    let dir = tempfile::tempdir().expect("temp dir");
    let database = format!("sqlite:{}", dir.path().join("demo.db").display());
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_clusterhub"))
        .args(["--database", &database, "--data-dir"])
        .arg(dir.path())
        .args(["serve", "--demo", "--listen", "0.0.0.0:0"])
        .env("CLUSTERHUB_LOG", "warn")
        .output()
        .expect("run clusterhub serve");
    assert!(!output.status.success(), "--demo on 0.0.0.0 must not start");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("--demo-public"),
        "the refusal names the way out: {stderr}"
    );
    assert!(
        !stderr.contains("seeding"),
        "nothing is seeded before the refusal: {stderr}"
    );
}

/// Finding 19: served over https, browsers are told to stay on https and the platform's cookies
/// carry the `__Host-` prefix; pages for a signed-in person are never stored by a cache.
#[tokio::test]
async fn https_installations_pin_https_and_personal_pages_are_not_stored() {
    let app = TestApp::spawn_served_as("https://hub.example.eu").await;
    let r = app.get("/").await;
    let hsts = r.headers().get("strict-transport-security").expect("HSTS over https");
    assert!(hsts.to_str().unwrap().contains("includeSubDomains"), "{hsts:?}");
    let cookie = r
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .expect("a CSRF cookie")
        .to_owned();
    assert!(cookie.starts_with("__Host-clusterhub_csrf="), "{cookie}");
    assert!(
        cookie.contains("; Secure") && cookie.contains("Path=/") && !cookie.contains("Domain"),
        "{cookie}"
    );
    assert!(app
        .get("/api/v1/organisations")
        .await
        .headers()
        .contains_key("strict-transport-security"));

    let app = TestApp::spawn().await;
    let r = app.get("/").await;
    assert!(
        !r.headers().contains_key("strict-transport-security"),
        "no HSTS over plain http"
    );
    let anonymous = r
        .headers()
        .get("cache-control")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    assert!(
        !anonymous.contains("no-store"),
        "public pages may be revalidated: {anonymous}"
    );
    account(&app, "person@example.dk", PlatformRole::User).await;
    let mut person = Agent::new(&app);
    person.login("person@example.dk", PASSWORD).await;
    for page in ["/account", "/", "/dashboard", "/organisations"] {
        let a = person.get(page).await;
        let cache = a
            .headers
            .get("cache-control")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        assert!(cache.contains("no-store"), "{page} for a signed-in person: {cache:?}");
    }
    person.get("/account").await;
    let token = token_of(
        &person
            .post("/account/tokens", &[("name", "cache test"), ("scope", "read")])
            .await
            .body,
    );
    let r = app
        .client
        .get(format!("{}/api/v1/me", app.base))
        .bearer_auth(&token)
        .send()
        .await
        .expect("request");
    let cache = r
        .headers()
        .get("cache-control")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    assert!(cache.contains("no-store"), "API answers to a token: {cache:?}");
}

/// Findings 18 and 5: a programme's owner organisation can neither apply to its own programme
/// nor be awarded by it, and no organiser decides on an application of an organisation they
/// belong to; another organiser of the programme does.
#[tokio::test]
async fn programmes_never_fund_their_owner_and_organisers_do_not_decide_their_own_applications() {
    use domain::programme::ApplicationDraft;
    use domain::{Cents, OrgRole, OrganisationType};
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let (mut owner, id) = crate::programmes::programme(&app, "100000", "10000").await;
    let owner_id = store
        .user_by_email(&domain::Email::parse("owner@cluster.de").expect("email"))
        .await
        .expect("read")
        .expect("owner")
        .0
        .id;
    let cluster = store
        .organisation_by_slug("saxony-cluster")
        .await
        .expect("read")
        .expect("cluster")
        .id;
    let centre =
        crate::helpers::organisation_of(&app, "iwu", "Fraunhofer IWU", OrganisationType::TechnologyCentre, "DE").await;

    // The owner's only organisation runs the programme: there is nothing to apply with.
    let form = owner.get(&format!("/programmes/{id}/apply")).await;
    assert_eq!(form.status, 409, "{}", form.body);
    assert!(
        form.body.contains("an organisation cannot apply to its own programme"),
        "{}",
        form.body
    );

    // With a company of their own as well, the form offers only that one and refuses the owner.
    let company = crate::helpers::organisation_of(
        &app,
        "saxony-tools",
        "Saxony Tools GmbH",
        OrganisationType::Company,
        "DE",
    )
    .await;
    store
        .set_org_role(owner_id, company, OrgRole::Admin)
        .await
        .expect("role");
    let form = owner.get(&format!("/programmes/{id}/apply")).await;
    assert_eq!(form.status, 200);
    assert!(
        !form.body.contains("value=\"saxony-cluster\""),
        "the owner is not offered"
    );
    let refused = owner
        .post(
            &format!("/programmes/{id}/apply"),
            &[
                ("organisation", "saxony-cluster"),
                ("centre", "iwu"),
                ("project_title", "Our own pilot"),
                ("summary", "A pilot of the programme's owner itself."),
                ("requested", "5000"),
                ("answer-0", "Something"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .body
            .contains("An organisation cannot apply to its own programme"),
        "{}",
        refused.body
    );

    // Applications that reach the store another way are still never awarded to the owner, and
    // the company the owner belongs to is decided on by another admin of the cluster.
    let applicant = account(&app, "staff@saxony-tools.de", PlatformRole::User).await;
    let draft = ApplicationDraft {
        project_title: "Tooling pilot".into(),
        summary: "A pilot project.".into(),
        requested: Cents(500_000),
        answers: vec!["An answer".into()],
    };
    let own = store
        .apply_to_programme(id, cluster, centre, applicant, &draft)
        .await
        .expect("apply");
    let related = store
        .apply_to_programme(id, company, centre, applicant, &draft)
        .await
        .expect("apply");
    for a in [own, related] {
        assert!(store.confirm_centre(a, applicant).await.expect("confirm"));
    }
    owner.get(&format!("/programmes/{id}/applications")).await;
    let award = [("decision", "award"), ("amount", "5000")];
    let by_owner = owner
        .post(&format!("/programme-applications/{related}/decision"), &award)
        .await;
    assert_eq!(by_owner.status, 409, "{}", by_owner.body);
    assert!(by_owner.body.contains("another organiser decides"), "{}", by_owner.body);

    let second_id = account(&app, "second@cluster.de", PlatformRole::User).await;
    store
        .set_org_role(second_id, cluster, OrgRole::Admin)
        .await
        .expect("role");
    let mut second = Agent::new(&app);
    second.login("second@cluster.de", PASSWORD).await;
    second.get(&format!("/programmes/{id}/applications")).await;
    let to_owner = second
        .post(&format!("/programme-applications/{own}/decision"), &award)
        .await;
    assert_eq!(to_owner.status, 409, "{}", to_owner.body);
    assert!(
        to_owner.body.contains("cannot be awarded by its own programme"),
        "{}",
        to_owner.body
    );
    let fair = second
        .post(&format!("/programme-applications/{related}/decision"), &award)
        .await;
    assert_eq!(fair.status, 303, "{}", fair.body);
    let p = store.programme(id).await.expect("read").expect("programme");
    assert_eq!(p.committed, Cents(500_000));
}

/// Finding 15: clients that send their headers a byte at a time cannot hold the server. With
/// 200 such connections open, other clients are answered, and the server closes the slow ones
/// once the header-read timeout passes (two seconds here, ten in production). `examples/slow_clients.rs`
/// is the drill with the production timeout that prints the latencies.
#[tokio::test]
async fn slow_header_senders_are_cut_off_and_others_are_served() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let db = store::testing::TestDb::new().await.expect("test database");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let mail = tempfile::tempdir().expect("mail directory");
    let settings = web::Settings {
        public_url: "http://127.0.0.1".into(),
        trusted_proxies: vec![],
        mailer: web::mail::Mailer::folder(mail.path().to_owned(), "hub <noreply@hub.localhost>").expect("mailer"),
        require_two_factor: false,
        feeds: Default::default(),
    };
    let addr = clusterhub::serve::spawn_with_header_timeout(
        db.store.clone(),
        listener,
        settings,
        std::time::Duration::from_secs(2),
    )
    .await
    .expect("serve");

    let mut slow = Vec::new();
    for _ in 0..200 {
        let mut s = tokio::net::TcpStream::connect(addr).await.expect("connect");
        s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n")
            .await
            .expect("first bytes");
        slow.push(s);
    }
    let client = reqwest::Client::new();
    for _ in 0..5 {
        // Each slow client sends one more header byte, as a slow-loris attack does.
        for s in &mut slow {
            let _ = s.write_all(b"X").await;
        }
        let r = client
            .get(format!("http://{addr}/healthz"))
            .send()
            .await
            .expect("other client");
        assert_eq!(r.status(), 200);
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
    // The headers never completed: every slow connection is closed by the server (a read
    // answers end of file or an error instead of waiting for ever).
    let closed = futures_util::future::join_all(slow.iter_mut().map(|s| async move {
        let mut buf = [0u8; 512];
        loop {
            match tokio::time::timeout(std::time::Duration::from_secs(30), s.read(&mut buf)).await {
                Err(_) => return false,
                Ok(Ok(0) | Err(_)) => return true,
                Ok(Ok(_)) => continue,
            }
        }
    }))
    .await;
    assert!(
        closed.iter().all(|c| *c),
        "{} slow connections stayed open",
        closed.iter().filter(|c| !**c).count()
    );

    // A connection that asks nothing at all is closed as well.
    let mut idle = tokio::net::TcpStream::connect(addr).await.expect("connect");
    let mut buf = [0u8; 16];
    let read = tokio::time::timeout(std::time::Duration::from_secs(30), idle.read(&mut buf)).await;
    assert!(
        matches!(read, Ok(Ok(0) | Err(_))),
        "an idle connection stays open: {read:?}"
    );
}

/// Finding 22: erasing an evaluator's account keeps the scores a decision rested on, with
/// nobody named; the owner sees them from "a former evaluator".
#[tokio::test]
async fn an_erased_evaluator_leaves_anonymous_scores_behind() {
    use domain::programme::ApplicationDraft;
    use domain::{Cents, OrganisationType};
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let (mut owner, id) = crate::programmes::programme(&app, "100000", "10000").await;
    let centre =
        crate::helpers::organisation_of(&app, "iwu", "Fraunhofer IWU", OrganisationType::TechnologyCentre, "DE").await;
    let sme =
        crate::helpers::organisation_of(&app, "sme", "Dresden Sensors GmbH", OrganisationType::Company, "DE").await;
    let applicant = account(&app, "ceo@sensors.de", PlatformRole::User).await;
    let draft = ApplicationDraft {
        project_title: "Sensor retrofit".into(),
        summary: "Retrofitting presses with vibration sensors.".into(),
        requested: Cents(500_000),
        answers: vec!["A kit".into()],
    };
    let a = store
        .apply_to_programme(id, sme, centre, applicant, &draft)
        .await
        .expect("apply");
    assert!(store.confirm_centre(a, applicant).await.expect("confirm"));
    let evaluator = account(&app, "erika.expert@evaluators.eu", PlatformRole::User).await;
    store
        .add_evaluator(store::evaluation::Round::Programme(id), evaluator)
        .await
        .expect("evaluator");
    store
        .score(
            store::evaluation::Round::Programme(id),
            a,
            evaluator,
            &[8, 6],
            "Strong team, clear plan.",
        )
        .await
        .expect("score");
    owner.get(&format!("/programmes/{id}/applications")).await;
    let awarded = owner
        .post(
            &format!("/programme-applications/{a}/decision"),
            &[("decision", "award"), ("amount", "5000")],
        )
        .await;
    assert_eq!(awarded.status, 303, "{}", awarded.body);

    let mut e = Agent::new(&app);
    e.login("erika.expert@evaluators.eu", PASSWORD).await;
    let erased = e
        .post("/account/delete", &[("current_password", PASSWORD), ("confirm", "on")])
        .await;
    assert_eq!(erased.status, 303, "{}", erased.body);

    let scores = store
        .scores(store::evaluation::Round::Programme(id))
        .await
        .expect("scores");
    assert_eq!(scores.len(), 1, "the score the award rested on is kept");
    assert_eq!(scores[0].scores, vec![8, 6]);
    assert_eq!(scores[0].evaluator_id, None);
    assert_eq!(scores[0].evaluator_name, None);
    let page = owner.get(&format!("/programme-applications/{a}")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("A former evaluator"), "{}", page.body);
    assert!(!page.body.contains("erika"), "the evaluator is not named any more");
}

/// The status notice of a page.
fn notice_of(body: &str) -> String {
    let start = body.find("<p class=\"notice\" role=\"status\">").expect("a notice");
    let rest = &body[start..];
    rest[..rest.find("</p>").expect("end of notice")].to_owned()
}

/// Finding 7: adding a person to an organisation is an invitation they accept while signed in;
/// the inviter learns nothing of whether an account exists; nobody else can accept it; and an
/// organisation's last admin can neither be removed nor demote themselves.
#[tokio::test]
async fn people_join_organisations_only_by_accepting_an_invitation() {
    use domain::OrgRole;
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let org = crate::agent::organisation(&app, "nordic-space", "Nordic Space").await;
    let sofie = account(&app, "sofie@nordic-space.dk", PlatformRole::User).await;
    store.set_org_role(sofie, org, OrgRole::Admin).await.expect("role");
    let ole = account(&app, "ole@example.dk", PlatformRole::User).await;
    account(&app, "eve@example.org", PlatformRole::User).await;

    let mut admin = Agent::new(&app);
    admin.login("sofie@nordic-space.dk", PASSWORD).await;
    admin.get("/organisations/nordic-space/members").await;
    let existing = admin
        .post(
            "/organisations/nordic-space/members",
            &[("email", "ole@example.dk"), ("role", "admin")],
        )
        .await;
    let unknown = admin
        .post(
            "/organisations/nordic-space/members",
            &[("email", "nobody@example.dk"), ("role", "admin")],
        )
        .await;
    assert_eq!((existing.status, unknown.status), (200, 200));
    assert_eq!(
        notice_of(&existing.body).replace("ole@example.dk", "ADDRESS"),
        notice_of(&unknown.body).replace("nobody@example.dk", "ADDRESS"),
        "the inviter cannot tell who has an account"
    );
    assert_eq!(
        store.org_role(ole, org).await.expect("role"),
        None,
        "no role without consent"
    );

    // Ole is told by mail and answers while signed in; someone else cannot take his invitation.
    let link = app.link_in_mail("ole@example.dk", "/invitations", 0).await;
    assert!(link.ends_with("/invitations"), "{link}");
    let id = store.invitations_for(ole).await.expect("invitations")[0].id;
    let mut eve = Agent::new(&app);
    eve.login("eve@example.org", PASSWORD).await;
    assert!(!eve.get("/invitations").await.body.contains("Nordic Space"));
    assert_eq!(eve.post(&format!("/invitations/{id}/accept"), &[]).await.status, 404);
    let mut o = Agent::new(&app);
    o.login("ole@example.dk", PASSWORD).await;
    assert!(o.get("/dashboard").await.body.contains("href=\"/invitations\""));
    let page = o.get("/invitations").await;
    assert!(page.body.contains("Nordic Space invites you as"), "{}", page.body);
    let accepted = o.post(&format!("/invitations/{id}/accept"), &[]).await;
    assert_eq!(accepted.status, 303, "{}", accepted.body);
    assert_eq!(store.org_role(ole, org).await.expect("role"), Some(OrgRole::Admin));
    assert_eq!(
        o.post(&format!("/invitations/{id}/accept"), &[]).await.status,
        404,
        "used once"
    );

    // An address that registers later is not attached by registering: it accepts like anyone.
    let nobody = account(&app, "nobody@example.dk", PlatformRole::User).await;
    assert_eq!(store.org_role(nobody, org).await.expect("role"), None);
    assert_eq!(store.invitations_for(nobody).await.expect("invitations").len(), 1);

    // The last admin stays: Ole leaves; Sofie can neither remove herself nor accept a demotion.
    let removed = admin
        .post(&format!("/organisations/nordic-space/members/{ole}/remove"), &[])
        .await;
    assert_eq!(removed.status, 303, "{}", removed.body);
    let refused = admin
        .post(&format!("/organisations/nordic-space/members/{sofie}/remove"), &[])
        .await;
    assert_eq!(refused.status, 409, "{}", refused.body);
    admin.get("/organisations/nordic-space/members").await;
    admin
        .post(
            "/organisations/nordic-space/members",
            &[("email", "sofie@nordic-space.dk"), ("role", "member")],
        )
        .await;
    let demotion = store.invitations_for(sofie).await.expect("invitations")[0].id;
    admin.get("/invitations").await;
    let refused = admin.post(&format!("/invitations/{demotion}/accept"), &[]).await;
    assert_eq!(refused.status, 409, "{}", refused.body);
    assert_eq!(store.org_role(sofie, org).await.expect("role"), Some(OrgRole::Admin));
}

/// Finding 11: after erasure no table of the database holds the person's address or name (the
/// rows that stay, such as audit entries, conversations and an opportunity's contact, are
/// anonymised), and the personal data export holds no one else's address or IP address.
#[tokio::test]
async fn erasure_leaves_neither_address_nor_name_and_the_export_shows_no_one_else() {
    use domain::{OpportunityInput, OrgRole};
    const EMAIL: &str = "ole.vestergaard@example.dk";
    const NAME: &str = "Ole Kjærgaard-Vestergaard";
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let acme = crate::agent::organisation(&app, "acme", "Acme Robotics").await;
    let other = crate::agent::organisation(&app, "beta", "Beta Sensors").await;
    let ole = account(&app, EMAIL, PlatformRole::User).await;
    store.set_display_name(ole, NAME).await.expect("name");
    store.set_org_role(ole, acme, OrgRole::Admin).await.expect("role");
    let boss = account(&app, "boss@beta.example", PlatformRole::Admin).await;
    store.set_org_role(boss, other, OrgRole::Admin).await.expect("role");
    // An admin's action on Ole's account, from the admin's own address.
    store
        .audit(store::audit::AuditEvent {
            actor_id: Some(boss),
            actor: "boss@beta.example",
            action: store::audit::Action::RoleChanged,
            subject: EMAIL,
            detail: "user → moderator",
            ip: Some("198.51.100.7"),
        })
        .await
        .expect("audit");

    // Ole's own traces: a session, an opportunity with him as contact, a message signed with his
    // name and address in another organisation's conversation.
    let mut o = Agent::new(&app);
    o.login(EMAIL, PASSWORD).await;
    let today = web::views::time::today();
    let deadline = (today.date() + domain::opportunity::days(30)).to_string();
    let mine = OpportunityInput {
        kind: "business-offer".into(),
        title: "Grippers for small series".into(),
        description: "Adaptive grippers for small-series assembly.".into(),
        deadline: deadline.clone(),
        contact_name: NAME.into(),
        contact_email: EMAIL.into(),
        ..OpportunityInput::default()
    }
    .validate(today)
    .expect("valid");
    let mine = store.create_opportunity(acme, Some(ole), &mine).await.expect("create");
    let theirs = OpportunityInput {
        kind: "technology-request".into(),
        title: "Vision inspection wanted".into(),
        description: "We look for a partner for camera inspection of castings.".into(),
        deadline,
        contact_name: "Boss".into(),
        contact_email: "boss@beta.example".into(),
        ..OpportunityInput::default()
    }
    .validate(today)
    .expect("valid");
    let theirs = store
        .create_opportunity(other, Some(boss), &theirs)
        .await
        .expect("create");
    store
        .express_interest(
            theirs,
            acme,
            ole,
            NAME,
            &format!("Hello, this is {NAME} ({EMAIL}); we can help."),
        )
        .await
        .expect("interest");

    let export = o.get("/account/export").await;
    assert_eq!(export.status, 200);
    assert!(export.body.contains(EMAIL), "the export is the person's own data");
    assert!(
        !export.body.contains("boss@beta.example"),
        "nobody else's address: {}",
        export.body
    );
    assert!(
        !export.body.contains("198.51.100.7"),
        "nobody else's IP address: {}",
        export.body
    );

    let erased = o
        .post("/account/delete", &[("current_password", PASSWORD), ("confirm", "on")])
        .await;
    assert_eq!(erased.status, 303, "{}", erased.body);

    let mut hits = Vec::new();
    for (table, column) in store.schema_columns().await.expect("schema") {
        for needle in [EMAIL, NAME] {
            let (n,): (i64,) = store
                .pool()
                .fetch_one(&store::Sql::with(
                    &format!("SELECT COUNT(*) FROM \"{table}\" WHERE CAST(\"{column}\" AS TEXT) LIKE $1"),
                    vec![format!("%{needle}%").into()],
                ))
                .await
                .expect("grep");
            if n > 0 {
                hits.push(format!("{table}.{column}: {n} × {needle}"));
            }
        }
    }
    assert!(hits.is_empty(), "the erased person is still in {hits:?}");
    // What stays still reads back: the opportunity and the conversation.
    assert!(app.get(&format!("/opportunities/{mine}")).await.status().as_u16() < 500);
    assert!(store.interests_in(theirs).await.expect("interests").len() == 1);
}

/// Query parameter names the pages read, beside those the OpenAPI document lists for the API.
const PAGE_PARAMETERS: &[&str] = &[
    "q",
    "type",
    "country",
    "nuts",
    "nace",
    "ecosystem",
    "technology",
    "critical",
    "label",
    "sort",
    "page",
    "limit",
    "offset",
    "from",
    "to",
    "kind",
    "tag",
    "online",
    "lang",
    "return",
    "done",
    "token",
    "status",
    "state",
    "call",
    "event",
    "programme",
    "deadline",
    "language",
    "format",
    "scope",
    "visibility",
    "organisation",
    "size",
];

/// Finding 16: no request can cause a server error. Arbitrary strings (any Unicode, dates near
/// the calendar's ends, numbers beyond every integer type, percent-escapes) in every query
/// parameter, and in every path parameter, of every GET route: every answer is below 500.
#[test]
fn arbitrary_query_and_path_values_never_cause_a_server_error() {
    use proptest::prelude::*;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let app = rt.block_on(TestApp::with_demo(40));
    let (_, openapi) = rt.block_on(app.json("/api/openapi.json"));
    let mut names: Vec<String> = PAGE_PARAMETERS.iter().map(|s| (*s).to_owned()).collect();
    for path in openapi["paths"].as_object().expect("paths").values() {
        for p in path["get"]["parameters"].as_array().into_iter().flatten() {
            if p["in"] == "query" {
                names.push(p["name"].as_str().expect("name").to_owned());
            }
        }
    }
    names.sort();
    names.dedup();
    let routes = web::reading_routes();
    let value = prop_oneof![
        any::<String>(),
        "[-+0-9:T.eE ]{0,40}",
        "[+-]?[0-9]{5,25}(-[0-9]{2}){0,2}",
        "(%[0-9A-Fa-f]{0,2}|[a-z/\\\\.]){0,20}",
        Just(String::new()),
    ];
    let case = (
        0..routes.len(),
        proptest::collection::vec((0..names.len(), value.clone()), 0..4),
        value,
    );
    let mut runner = proptest::test_runner::TestRunner::new(proptest::test_runner::Config {
        cases: 400,
        failure_persistence: None,
        ..Default::default()
    });
    let result = runner.run(&case, |(route, params, segment)| {
        let encoded: String = url_escape(&segment);
        let path: String = routes[route]
            .split('/')
            .map(|part| if part.starts_with('{') { encoded.as_str() } else { part })
            .collect::<Vec<_>>()
            .join("/");
        let query: Vec<(String, String)> = params.iter().map(|(n, v)| (names[*n].clone(), v.clone())).collect();
        let status = rt.block_on(async {
            app.client
                .get(format!("{}{path}", app.base))
                .query(&query)
                .send()
                .await
                .map(|r| r.status().as_u16())
        });
        let status = status.map_err(|e| TestCaseError::fail(format!("{path} {query:?}: {e}")))?;
        prop_assert!(status < 500, "{} {:?} answered {}", path, query, status);
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

/// Percent-encodes everything but unreserved characters, as a path segment.
fn url_escape(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// Finding 24: a new event's contact address, which everyone sees, is not filled in with the
/// organiser's personal address, and the form says it will be public.
#[tokio::test]
async fn an_event_form_does_not_publish_the_organisers_own_address() {
    use domain::OrgRole;
    let app = TestApp::spawn().await;
    let org = crate::agent::organisation(&app, "space-cluster", "Space Cluster").await;
    let clara = account(&app, "clara.private@example.dk", PlatformRole::User).await;
    app.db
        .store
        .set_org_role(clara, org, OrgRole::Admin)
        .await
        .expect("role");
    let mut c = Agent::new(&app);
    c.login("clara.private@example.dk", PASSWORD).await;
    let form = c.get("/organisations/space-cluster/events/new").await;
    assert_eq!(form.status, 200);
    assert!(
        !form.body.contains("clara.private@example.dk"),
        "the personal address is not offered"
    );
    assert!(
        form.body.contains("Shown to everyone on the event"),
        "the form says it is public"
    );
}

/// Finding 8: after publication only time, place and capacity change without review. A new
/// title goes to the moderators while everyone still sees the event as published; once approved
/// the people registered are told what changed; sent back, nothing changes.
#[tokio::test]
async fn published_events_change_their_content_only_through_moderation() {
    use crate::events::{as_pairs, day_ahead, event_form, published_event};
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let id = published_event(&app, "matchmaking", "50").await;
    account(&app, "rasmus@sme.dk", PlatformRole::User).await;
    let mut rasmus = Agent::new(&app);
    rasmus.login("rasmus@sme.dk", PASSWORD).await;
    rasmus.get(&format!("/events/{id}")).await;
    assert_eq!(
        rasmus
            .post(&format!("/events/{id}/register"), &[("organisation", "")])
            .await
            .status,
        303
    );

    let mut o = Agent::new(&app);
    o.login("organiser@cluster.dk", PASSWORD).await;
    o.get(&format!("/events/{id}/edit")).await;
    let mut changed = event_form(&day_ahead(30), "matchmaking", "80");
    changed[1].1 = "Free drinks at our B2B day".into();
    changed[4].1 = format!("{}T10:00", day_ahead(30));
    let saved = o.post(&format!("/events/{id}/edit"), &as_pairs(&changed)).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert!(saved.location.ends_with("done=revision"), "{}", saved.location);

    // Everyone sees the published title; the new time and capacity apply at once.
    let (_, public) = app.text(&format!("/events/{id}")).await;
    assert!(!public.contains("Free drinks"), "{public}");
    assert!(public.contains("Defence B2B Day"), "{public}");
    let e = store.event(id).await.expect("read").expect("event");
    assert_eq!(e.draft.capacity, Some(80));
    assert_eq!(e.draft.title, "Space & Defence B2B Day");
    assert_eq!(
        e.revision.as_ref().map(|r| r.title.as_str()),
        Some("Free drinks at our B2B day")
    );
    assert!(app
        .mails_to("rasmus@sme.dk")
        .iter()
        .any(|m| m.contains("changed the time or place")));
    assert!(o
        .get(&format!("/events/{id}"))
        .await
        .body
        .contains("Changes to this event wait for a moderator"));

    // The moderator sees what changed and approves; Rasmus is told.
    let mut m = Agent::new(&app);
    m.login("moderator@hub.eu", PASSWORD).await;
    let queue = m.get("/moderation/events").await;
    assert!(queue.body.contains("Change to a published event."), "{}", queue.body);
    assert!(queue.body.contains("Free drinks at our B2B day"));
    let approved = m.post(&format!("/events/{id}/approve"), &[]).await;
    assert_eq!(approved.status, 303, "{}", approved.body);
    let e = store.event(id).await.expect("read").expect("event");
    assert_eq!(
        (e.draft.title.as_str(), e.revision.is_none()),
        ("Free drinks at our B2B day", true)
    );
    assert!(app
        .mails_to("rasmus@sme.dk")
        .iter()
        .any(|m| m.contains("What changed") && m.contains("Title")));
    assert_eq!(
        m.post(&format!("/events/{id}/approve"), &[]).await.status,
        409,
        "decided once"
    );

    // A second change is sent back: nothing of it shows.
    o.get(&format!("/events/{id}/edit")).await;
    changed[2].1 = "A description the moderators will not accept.".into();
    changed[1].1 = "Free drinks at our B2B day".into();
    assert_eq!(
        o.post(&format!("/events/{id}/edit"), &as_pairs(&changed)).await.status,
        303
    );
    m.get("/moderation/events").await;
    let back = m
        .post(
            &format!("/events/{id}/return"),
            &[("reason", "Please keep the description factual.")],
        )
        .await;
    assert_eq!(back.status, 303, "{}", back.body);
    let e = store.event(id).await.expect("read").expect("event");
    assert!(e.revision.is_none());
    assert!(!e.draft.description.contains("will not accept"));
    assert!(app
        .mails_to("organiser@cluster.dk")
        .iter()
        .any(|m| m.contains("Please keep the description factual.")));
}

/// Finding 10 (first half): the most used passwords, and ones made of the site's name or the
/// address, are refused on registration, reset and change, with a message that says why.
#[tokio::test]
async fn common_and_guessable_passwords_are_refused_everywhere() {
    let app = TestApp::spawn().await;
    let mut visitor = Agent::new(&app);
    visitor.get("/register").await;
    for (password, says) in [
        ("1234567890", "one of the 10,000 that people use most"),
        ("clusterhub2026!", "or your e-mail address with little else"),
        ("sofie.hansen1990", "or your e-mail address with little else"),
    ] {
        let refused = visitor
            .post(
                "/register",
                &[
                    ("display_name", "Sofie Hansen"),
                    ("email", "sofie.hansen@nordic-space.dk"),
                    ("password", password),
                ],
            )
            .await;
        assert_eq!(refused.status, 422, "{password}");
        assert!(refused.body.contains(says), "{password}: {}", refused.body);
    }
    account(&app, "ole@example.dk", PlatformRole::User).await;
    let mut ole = Agent::new(&app);
    ole.login("ole@example.dk", PASSWORD).await;
    let refused = ole
        .post(
            "/account/password",
            &[("current_password", PASSWORD), ("new_password", "qwertyuiop")],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("one of the 10,000"), "{}", refused.body);
}

/// A published event of `organisation`, for the project page test.
async fn published_event_of(app: &TestApp, organisation: i64, title: &str) -> i64 {
    let day = (chrono::Utc::now() + chrono::Duration::days(20)).format("%Y-%m-%d");
    let event = domain::EventInput {
        kind: "workshop".into(),
        title: title.into(),
        description: "A workshop of one of the project's partners.".into(),
        starts: format!("{day}T09:00"),
        ends: format!("{day}T13:00"),
        timezone: "Europe/Berlin".into(),
        attendance: "on-site".into(),
        venue: "Main hall".into(),
        city: "Chemnitz".into(),
        country: "DE".into(),
        contact_email: "events@partner.example".into(),
        ..domain::EventInput::default()
    }
    .validate(chrono::Utc::now())
    .expect("valid");
    let id = app
        .db
        .store
        .create_event(organisation, None, &event)
        .await
        .expect("event");
    app.db
        .store
        .transition(id, &[domain::EventState::Draft], domain::EventState::Published, None)
        .await
        .expect("publish");
    id
}

/// Finding 17: on a project page each partner speaks only for itself (its news, the links to
/// its events; not even the coordinator removes another's), and an organisation joins the
/// consortium only when one of its own admins accepts.
#[tokio::test]
async fn project_partners_speak_only_for_themselves_and_join_by_consent() {
    use domain::{OrgRole, OrganisationType as T};
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let org = |slug: &'static str, kind| crate::helpers::organisation_of(&app, slug, slug, kind, "DE");
    let (cluster, centre, sme, other) = (
        org("cluster", T::Cluster).await,
        org("centre", T::TechnologyCentre).await,
        org("sme", T::Company).await,
        org("other", T::Company).await,
    );
    let mut people = Vec::new();
    for (email, organisation) in [
        ("lead@cluster.de", cluster),
        ("pm@centre.de", centre),
        ("ceo@sme.de", sme),
        ("boss@other.de", other),
    ] {
        let u = account(&app, email, PlatformRole::User).await;
        store.set_org_role(u, organisation, OrgRole::Admin).await.expect("role");
        people.push(u);
    }
    let id = crate::helpers::project(&app, "TWINNING", "Twinning of two clusters", cluster, &[centre, sme]).await;
    let centre_news = store
        .add_project_news(id, centre, people[1], "Centre news", "News of the technology centre.")
        .await
        .expect("news");
    let sme_news = store
        .add_project_news(id, sme, people[2], "SME news", "News of the small company.")
        .await
        .expect("news");
    let sme_event = published_event_of(&app, sme, "SME open day").await;
    store.link_event(id, sme_event).await.expect("link");
    let centre_event = published_event_of(&app, centre, "Centre workshop").await;

    // The centre's admin cannot remove the SME's news or event, nor link in its name.
    let mut pm = Agent::new(&app);
    pm.login("pm@centre.de", PASSWORD).await;
    let page = pm.get(&format!("/projects/{id}")).await;
    assert_eq!(
        page.body.matches("Delete</button>").count(),
        1,
        "only its own news offers deletion"
    );
    assert_eq!(
        pm.post(&format!("/projects/{id}/news/{sme_news}/delete"), &[])
            .await
            .status,
        403
    );
    assert_eq!(
        pm.post(&format!("/projects/{id}/events/{sme_event}/unlink"), &[])
            .await
            .status,
        403
    );
    assert_eq!(
        pm.post(&format!("/projects/{id}/events"), &[("event", &sme_event.to_string())])
            .await
            .status,
        400
    );
    assert_eq!(
        pm.post(
            &format!("/projects/{id}/events"),
            &[("event", &centre_event.to_string())]
        )
        .await
        .status,
        303
    );
    assert_eq!(
        pm.post(&format!("/projects/{id}/news/{centre_news}/delete"), &[])
            .await
            .status,
        303
    );
    // The coordinator edits the page but does not remove what a partner said.
    let mut lead = Agent::new(&app);
    lead.login("lead@cluster.de", PASSWORD).await;
    lead.get(&format!("/projects/{id}")).await;
    assert_eq!(
        lead.post(&format!("/projects/{id}/news/{sme_news}/delete"), &[])
            .await
            .status,
        403
    );
    assert_eq!(store.project_news(id).await.expect("news").len(), 1);

    // Another organisation is invited, not added; only its own admins answer.
    let invited = lead
        .post(
            &format!("/projects/{id}/partners"),
            &[("organisation", "other"), ("role", "participant")],
        )
        .await;
    assert_eq!(invited.status, 303, "{}", invited.body);
    assert!(!store
        .consortium(id)
        .await
        .expect("consortium")
        .iter()
        .any(|(o, _)| *o == other));
    pm.get(&format!("/projects/{id}")).await;
    assert_eq!(
        pm.post(&format!("/projects/{id}/partners/other/accept"), &[])
            .await
            .status,
        403
    );
    let mut boss = Agent::new(&app);
    boss.login("boss@other.de", PASSWORD).await;
    assert!(boss
        .get(&format!("/projects/{id}"))
        .await
        .body
        .contains("Accept: we take part"));
    assert_eq!(
        boss.post(&format!("/projects/{id}/partners/other/accept"), &[])
            .await
            .status,
        303
    );
    assert!(store
        .consortium(id)
        .await
        .expect("consortium")
        .iter()
        .any(|(o, _)| *o == other));
}

/// The value of the hidden field `name` in a page.
fn hidden_value(body: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = body.find(&marker).unwrap_or_else(|| panic!("no field {name}")) + marker.len();
    body[start..start + body[start..].find('"').expect("end")].to_owned()
}

/// Finding 10 (second half): two-factor authentication with an authenticator app. Moderators
/// and platform admins are sent to turn it on before they act; enrolment takes the password and
/// a code of the new secret (QR code shown); signing in then asks for a code, each code and each
/// recovery code works once; moderators cannot turn it off.
#[tokio::test]
async fn moderators_act_only_with_a_second_factor_and_codes_work_once() {
    use web::auth::two_factor::{now, Authenticator};
    let app = TestApp::spawn_requiring_two_factor().await;
    account(&app, "mo@hub.eu", PlatformRole::Moderator).await;
    let mut mo = Agent::new(&app);
    mo.login("mo@hub.eu", PASSWORD).await;
    let gated = mo.get("/moderation/claims").await;
    assert_eq!(
        (gated.status, gated.location.as_str()),
        (303, "/account/two-factor?done=required")
    );
    let setup = mo.get(&gated.location).await;
    assert!(setup.body.contains("need a second factor"), "{}", setup.body);
    assert!(setup.body.contains("src=\"data:image/png;base64,"), "a QR code to scan");
    let secret = hidden_value(&setup.body, "secret");
    let app_code = |at: u64| Authenticator::new(&secret, "mo@hub.eu").expect("secret").code_at(at);

    let wrong = mo
        .post(
            "/account/two-factor",
            &[("current_password", PASSWORD), ("code", "000000"), ("secret", &secret)],
        )
        .await;
    assert_eq!(wrong.status, 422);
    let t = now();
    let on = mo
        .post(
            "/account/two-factor",
            &[
                ("current_password", PASSWORD),
                ("code", &app_code(t)),
                ("secret", &secret),
            ],
        )
        .await;
    assert_eq!(on.status, 200, "{}", on.body);
    let codes: Vec<String> = on
        .body
        .split("<code>")
        .skip(1)
        .filter_map(|s| s.split("</code>").next())
        .filter(|c| c.len() == 11 && c.as_bytes()[5] == b'-')
        .map(str::to_owned)
        .collect();
    assert_eq!(codes.len(), 10, "ten recovery codes shown once");
    assert_eq!(
        mo.get("/moderation/claims").await.status,
        200,
        "with the second factor on, moderation opens"
    );

    // Signing in again asks for the code; the code already used does not work twice.
    mo.get("/").await;
    mo.post("/logout", &[]).await;
    mo.get("/login").await;
    let asked = mo
        .post("/login", &[("email", "mo@hub.eu"), ("password", PASSWORD)])
        .await;
    assert_eq!((asked.status, asked.location.as_str()), (303, "/login/code"));
    let form = mo.get("/login/code").await;
    assert!(form.body.contains("autocomplete=\"one-time-code\""));
    let replay = mo.post("/login/code", &[("code", &app_code(t))]).await;
    assert_eq!(replay.status, 422, "a code works once");
    let next = mo.post("/login/code", &[("code", &app_code(t + 30))]).await;
    assert_eq!(next.status, 303, "{}", next.body);
    assert_eq!(mo.get("/moderation/claims").await.status, 200);

    // A recovery code signs in once.
    for expected in [303, 422] {
        let mut other = Agent::new(&app);
        other.get("/login").await;
        other
            .post("/login", &[("email", "mo@hub.eu"), ("password", PASSWORD)])
            .await;
        other.get("/login/code").await;
        let r = other.post("/login/code", &[("code", &codes[0].to_uppercase())]).await;
        assert_eq!(r.status, expected, "{}", r.body);
    }
    // Five wrong codes and the login starts again from the password.
    let mut guesser = Agent::new(&app);
    guesser.get("/login").await;
    guesser
        .post("/login", &[("email", "mo@hub.eu"), ("password", PASSWORD)])
        .await;
    guesser.get("/login/code").await;
    for _ in 0..5 {
        assert_eq!(guesser.post("/login/code", &[("code", "123456")]).await.status, 422);
    }
    let out = guesser.post("/login/code", &[("code", &app_code(now() + 30))]).await;
    assert_eq!(out.location, "/login?done=code-expired");

    // A moderator keeps it on.
    let page = mo.get("/account/two-factor").await;
    assert!(!page.body.contains("/account/two-factor/off"));
    let off = mo
        .post(
            "/account/two-factor/off",
            &[("current_password", PASSWORD), ("code", &codes[1])],
        )
        .await;
    assert_eq!(off.status, 409);
}

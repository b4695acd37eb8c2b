//! Accounts end to end over HTTP, as a browser would use them: registration confirmed through a
//! link received by a real SMTP server, login, throttling, CSRF, password reset, claims and
//! moderation, profile editing, API tokens, personal data export and erasure.

use domain::{Email, OrgRole, PlatformRole};

use crate::agent::*;
use crate::helpers::TestApp;

#[tokio::test]
async fn registration_is_confirmed_through_a_mailed_link_then_login_works() {
    let app = TestApp::spawn_with_smtp().await;
    let mut anna = Agent::new(&app);
    let page = anna.get("/register").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<label for=\"register-email\">"));

    // Bad input: every field named, what was typed kept (but never the password).
    let bad = anna
        .post(
            "/register",
            &[("display_name", "Anna Berg"), ("email", "anna@"), ("password", "short")],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("aria-invalid=\"true\""));
    assert!(bad.body.contains("id=\"email-error\""), "{}", bad.body);
    assert!(bad.body.contains("id=\"password-error\""));
    assert!(bad.body.contains("value=\"Anna Berg\""));
    assert!(bad.body.contains("value=\"anna@\""));
    assert!(!bad.body.contains("value=\"short\""));

    let ok = anna
        .post(
            "/register",
            &[
                ("display_name", "Anna Berg"),
                ("email", "Anna@Example.EU"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(ok.status, 200, "{}", ok.body);
    assert!(ok.body.contains("anna@example.eu"));

    // Unconfirmed accounts cannot log in yet.
    anna.get("/login").await;
    let early = anna
        .post("/login", &[("email", "anna@example.eu"), ("password", PASSWORD)])
        .await;
    assert_eq!(early.status, 403);

    let link = app.link_in_mail("anna@example.eu", "/confirm?token=", 0).await;
    eprintln!(
        "confirmation link received over {}: {link}",
        if app.smtp { "SMTP" } else { "the mail folder" }
    );
    let path = &link[link.find("/confirm").expect("path")..];
    let page = anna.get(path).await;
    assert_eq!(page.status, 200);
    let confirmed = anna.post("/confirm", &[("token", &path[15..])]).await;
    assert_eq!(confirmed.status, 303, "{}", confirmed.body);
    assert_eq!(confirmed.location, "/login?done=confirmed");
    // A link works once.
    assert_eq!(anna.post("/confirm", &[("token", &path[15..])]).await.status, 410);

    // Login gives a new session id in a safe cookie.
    anna.get("/login").await;
    let before = anna.cookies.clone();
    let login = anna
        .post(
            "/login",
            &[
                ("email", "anna@example.eu"),
                ("password", PASSWORD),
                ("return", "/organisations"),
            ],
        )
        .await;
    assert_eq!(login.status, 303);
    assert_eq!(login.location, "/organisations");
    let cookie = login
        .set_cookies
        .iter()
        .find(|c| c.starts_with("clusterhub_session="))
        .expect("session cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert_ne!(before.get("clusterhub_session"), anna.cookies.get("clusterhub_session"));
    let account = anna.get("/account").await;
    assert_eq!(account.status, 200);
    assert!(account.body.contains("Anna Berg"));

    // A return address on another site is not followed.
    let mut other = Agent::new(&app);
    other.get("/login").await;
    let evil = other
        .post(
            "/login",
            &[
                ("email", "anna@example.eu"),
                ("password", PASSWORD),
                ("return", "//evil.example/"),
            ],
        )
        .await;
    assert_eq!(evil.location, "/dashboard");

    // Logging out ends the session on the server, not only in the browser.
    let stolen = anna.cookies.clone();
    anna.post("/logout", &[]).await;
    let mut thief = Agent::new(&app);
    thief.cookies = stolen;
    assert_eq!(thief.get("/account").await.status, 303);

    // Registering an address that has an account says the same, and mails its owner.
    let mut again = Agent::new(&app);
    again.get("/register").await;
    let dup = again
        .post(
            "/register",
            &[
                ("display_name", "Someone"),
                ("email", "anna@example.eu"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(dup.status, 200);
    app.link_in_mail("anna@example.eu", "/password/forgot", 0).await;
}

#[tokio::test]
async fn forms_without_a_valid_token_or_from_another_site_are_refused() {
    let app = TestApp::spawn().await;
    account(&app, "kim@example.dk", PlatformRole::User).await;
    let mut kim = Agent::new(&app);
    kim.login("kim@example.dk", PASSWORD).await;
    let no_token = kim
        .post_raw("/account/profile", "display_name=Mallory".into(), &[])
        .await;
    assert_eq!(no_token.status, 403);
    assert!(no_token.body.contains("another site"));
    let wrong = kim
        .post_raw("/account/profile", "csrf=00ff&display_name=Mallory".into(), &[])
        .await;
    assert_eq!(wrong.status, 403);
    let body = format!("csrf={}&display_name=Mallory", kim.csrf);
    let cross = kim
        .post_raw("/account/profile", body.clone(), &[("origin", "https://evil.example")])
        .await;
    assert_eq!(cross.status, 403);
    let ok = kim.post_raw("/account/profile", body, &[]).await;
    assert_eq!(ok.status, 303);
    // Oversized forms are refused with a clear answer, not a crash.
    let huge = format!("csrf={}&display_name={}", kim.csrf, "x".repeat(600 * 1024));
    let big = kim.post_raw("/account/profile", huge, &[]).await;
    assert_eq!(big.status, 413);
}

#[tokio::test]
async fn logins_are_throttled_per_account_and_failures_are_audited() {
    let app = TestApp::spawn().await;
    account(&app, "lars@example.dk", PlatformRole::User).await;
    let mut eve = Agent::new(&app);
    eve.get("/login").await;
    for _ in 0..5 {
        let a = eve
            .post(
                "/login",
                &[("email", "lars@example.dk"), ("password", "wrong password!")],
            )
            .await;
        assert_eq!(a.status, 401);
        assert!(a.body.contains("wrong"));
        assert!(a.body.contains("value=\"lars@example.dk\""));
    }
    let blocked = eve
        .post("/login", &[("email", "lars@example.dk"), ("password", PASSWORD)])
        .await;
    assert_eq!(blocked.status, 429, "even the right password waits");
    assert!(blocked.body.contains("15 minutes"));
    let (entries, _) = app
        .db
        .store
        .audit_entries(Some(store::audit::Action::LoginFailed), 50, 0)
        .await
        .expect("audit");
    assert_eq!(entries.len(), 5);
    assert!(entries
        .iter()
        .all(|e| e.subject == "lars@example.dk" && e.ip.as_deref() == Some("127.0.0.1")));
    // Other accounts are not affected.
    account(&app, "mette@example.dk", PlatformRole::User).await;
    Agent::new(&app).login("mette@example.dk", PASSWORD).await;
}

#[tokio::test]
async fn a_forgotten_password_is_reset_through_a_mailed_link() {
    let app = TestApp::spawn_with_smtp().await;
    account(&app, "jens@example.dk", PlatformRole::User).await;
    let mut old_session = Agent::new(&app);
    old_session.login("jens@example.dk", PASSWORD).await;

    let mut jens = Agent::new(&app);
    jens.get("/password/forgot").await;
    let sent = jens.post("/password/forgot", &[("email", "jens@example.dk")]).await;
    assert_eq!(sent.status, 200);
    // Unknown addresses get the same answer.
    let unknown = jens.post("/password/forgot", &[("email", "nobody@example.dk")]).await;
    assert_eq!(unknown.status, 200);
    let link = app.link_in_mail("jens@example.dk", "/password/reset?token=", 0).await;
    let path = &link[link.find("/password/reset").expect("path")..];
    let token = &path["/password/reset?token=".len()..];
    assert_eq!(jens.get(path).await.status, 200);
    let weak = jens
        .post("/password/reset", &[("token", token), ("password", "123")])
        .await;
    assert_eq!(weak.status, 422);
    let done = jens
        .post(
            "/password/reset",
            &[("token", token), ("password", "a brand new passphrase")],
        )
        .await;
    assert_eq!(done.status, 303);
    assert_eq!(
        jens.post(
            "/password/reset",
            &[("token", token), ("password", "another new phrase")]
        )
        .await
        .status,
        410
    );
    // Sessions from before the reset are over; the new password works, the old does not.
    assert_eq!(old_session.get("/account").await.status, 303);
    jens.login("jens@example.dk", "a brand new passphrase").await;
    let mut again = Agent::new(&app);
    again.get("/login").await;
    assert_eq!(
        again
            .post("/login", &[("email", "jens@example.dk"), ("password", PASSWORD)])
            .await
            .status,
        401
    );
}

#[tokio::test]
async fn a_claim_approved_by_a_moderator_lets_its_author_edit_the_profile() {
    let app = TestApp::spawn().await;
    organisation(&app, "nordic-space", "Nordic Space Cluster").await;
    account(&app, "sofie@example.dk", PlatformRole::User).await;
    account(&app, "mod@example.eu", PlatformRole::Moderator).await;
    let mut sofie = Agent::new(&app);
    sofie.login("sofie@example.dk", PASSWORD).await;

    // Before approval: no editing.
    assert_eq!(sofie.get("/organisations/nordic-space/edit").await.status, 403);
    let page = sofie.get("/organisations/nordic-space/claim").await;
    assert_eq!(page.status, 200);
    assert_eq!(
        sofie
            .post("/organisations/nordic-space/claim", &[("message", "  ")])
            .await
            .status,
        422
    );
    let filed = sofie
        .post(
            "/organisations/nordic-space/claim",
            &[("message", "I manage the cluster.")],
        )
        .await;
    assert_eq!(filed.status, 303);
    assert_eq!(sofie.get("/organisations/nordic-space/claim").await.status, 409);
    // Moderators are told that a claim waits.
    app.link_in_mail("mod@example.eu", "/moderation/claims", 0).await;

    let mut moderator = Agent::new(&app);
    moderator.login("mod@example.eu", PASSWORD).await;
    let queue = moderator.get("/moderation/claims").await;
    assert!(queue.body.contains("I manage the cluster."));
    let id = app.db.store.pending_claims().await.expect("claims")[0].id;
    let approved = moderator.post(&format!("/moderation/claims/{id}/approve"), &[]).await;
    assert_eq!(approved.status, 303);

    // Now Sofie edits; bad input is named per field and keeps what she typed.
    let form = sofie.get("/organisations/nordic-space/edit").await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("value=\"Nordic Space Cluster\""));
    let bad = sofie
        .post(
            "/organisations/nordic-space/edit",
            &[
                ("name", "Nordic Space Cluster"),
                ("kind", "cluster"),
                ("country", "DK"),
                ("lat", "north"),
                ("founded", "1200"),
                ("website", "javascript:alert(1)"),
                ("description_en", "Space & defence <b>SMEs</b>"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    for field in ["lat-error", "founded-error", "website-error"] {
        assert!(bad.body.contains(&format!("id=\"{field}\"")), "{field}");
    }
    // The messages come in the reader's language.
    sofie.cookies.insert("lang".into(), "de".into());
    let german = sofie
        .post(
            "/organisations/nordic-space/edit",
            &[
                ("name", "Nordic Space Cluster"),
                ("kind", "company"),
                ("country", "DK"),
                ("website", "x y"),
                ("label", "gold"),
            ],
        )
        .await;
    assert_eq!(german.status, 422);
    assert!(
        german.body.contains("Webadresse") && german.body.contains("Nur Cluster"),
        "{}",
        german.body
    );
    sofie.cookies.remove("lang");
    assert!(
        bad.body.contains("Space &#38; defence &#60;b&#62;SMEs") && !bad.body.contains("<b>SMEs"),
        "what was typed is kept, escaped"
    );
    let ok = sofie
        .post(
            "/organisations/nordic-space/edit",
            &[
                ("name", "Nordic Space Cluster"),
                ("kind", "cluster"),
                ("country", "DK"),
                ("city", "Odense"),
                ("lat", "55,40"),
                ("lon", "10.39"),
                ("founded", "2012"),
                ("label", "gold"),
                ("ecosystems", "aerospace-defence"),
                ("ecosystems", "digital"),
                ("nace_codes", "30.30, 72.19"),
                ("description_en", "Space & defence SMEs of Denmark"),
            ],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.body);
    let (_, json) = app.json("/api/v1/organisations/nordic-space").await;
    assert_eq!(json["city"], "Odense");
    assert_eq!(json["kind"], "cluster");
    assert_eq!(json["founded"], 2012);
    assert_eq!(json["ecosystems"], serde_json::json!(["aerospace-defence", "digital"]));
    let profile = Agent::new(&app).get("/organisations/nordic-space").await;
    assert!(profile.body.contains("defence SMEs of Denmark"));

    // Sofie invites a colleague without an account; registering gives them the role.
    let invited = sofie
        .post(
            "/organisations/nordic-space/members",
            &[("email", "ole@example.dk"), ("role", "member")],
        )
        .await;
    assert_eq!(invited.status, 200);
    assert!(invited.body.contains("ole@example.dk"));
    let (entries, _) = app.db.store.audit_entries(None, 100, 0).await.expect("audit");
    let actions: Vec<&str> = entries.iter().map(|e| e.action.as_str()).collect();
    for a in [
        "claim_filed",
        "claim_approved",
        "profile_edited",
        "member_invited",
        "login",
    ] {
        assert!(actions.contains(&a), "{a} missing from {actions:?}");
    }
}

#[tokio::test]
async fn api_tokens_are_shown_once_scoped_and_revocable() {
    let app = TestApp::spawn().await;
    let org = organisation(&app, "biosaxony", "biosaxony").await;
    let uid = account(&app, "admin@biosaxony.de", PlatformRole::User).await;
    app.db.store.set_org_role(uid, org, OrgRole::Admin).await.expect("role");
    let mut a = Agent::new(&app);
    a.login("admin@biosaxony.de", PASSWORD).await;

    let read = a
        .post("/account/tokens", &[("name", "reader"), ("scope", "read")])
        .await;
    assert_eq!(read.status, 201);
    let read = token_of(&read.body);
    let write = a
        .post("/account/tokens", &[("name", "CRM sync"), ("scope", "write")])
        .await;
    let write = token_of(&write.body);
    assert!(write.starts_with("chub_"));
    assert!(!a.get("/account").await.body.contains(&write), "shown only once");
    assert_eq!(
        a.post("/account/tokens", &[("name", ""), ("scope", "read")])
            .await
            .status,
        422
    );

    let put = |token: Option<String>, body: serde_json::Value| {
        let mut req = app
            .client
            .put(format!("{}/api/v1/organisations/biosaxony", app.base))
            .json(&body);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        async move {
            let r = req.send().await.expect("request");
            (
                r.status().as_u16(),
                r.json::<serde_json::Value>().await.unwrap_or_default(),
            )
        }
    };
    let profile = serde_json::json!({"name": "biosaxony e.V.", "kind": "cluster", "country": "DE", "city": "Dresden"});
    let (status, body) = put(None, profile.clone()).await;
    assert_eq!((status, body["error"]["code"].as_str()), (401, Some("unauthorized")));
    let (status, body) = put(Some(read.clone()), profile.clone()).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (403, Some("insufficient_scope"))
    );
    let (status, body) = put(
        Some(write.clone()),
        serde_json::json!({"name": "x", "kind": "rocket", "country": "DE", "colour": 1}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    let (status, body) = put(
        Some(write.clone()),
        serde_json::json!({"name": "", "kind": "rocket", "country": "XX"}),
    )
    .await;
    assert_eq!(status, 422);
    let fields: Vec<&str> = body["error"]["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .filter_map(|f| f["field"].as_str())
        .collect();
    assert_eq!(fields, ["kind", "country"]);
    let (status, body) = put(Some(write.clone()), profile).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["name"], "biosaxony e.V.");
    assert_eq!(body["city"], "Dresden");

    let me = app
        .client
        .get(format!("{}/api/v1/me", app.base))
        .bearer_auth(&read)
        .send()
        .await
        .expect("me");
    let me: serde_json::Value = me.json().await.expect("json");
    assert_eq!(me["email"], "admin@biosaxony.de");
    assert_eq!(me["scope"], "read");
    assert_eq!(me["organisations"][0]["slug"], "biosaxony");

    // Revoked tokens stop working at once.
    let id = app.db.store.api_tokens_of(uid).await.expect("tokens")[0].id;
    assert_eq!(a.post(&format!("/account/tokens/{id}/revoke"), &[]).await.status, 303);
    let (status, _) = put(
        Some(write),
        serde_json::json!({"name": "y", "kind": "cluster", "country": "DE"}),
    )
    .await;
    assert_eq!(status, 401);
}

#[tokio::test]
async fn people_can_download_their_data_and_erase_their_account() {
    let app = TestApp::spawn().await;
    let org = organisation(&app, "dtu-space", "DTU Space").await;
    let uid = account(&app, "birgit@example.dk", PlatformRole::User).await;
    app.db.store.set_org_role(uid, org, OrgRole::Admin).await.expect("role");
    let mut b = Agent::new(&app);
    b.login("birgit@example.dk", PASSWORD).await;
    b.post("/account/tokens", &[("name", "script"), ("scope", "read")])
        .await;

    let export = b.get("/account/export").await;
    assert_eq!(export.status, 200);
    let data: serde_json::Value = serde_json::from_str(&export.body).expect("JSON");
    assert_eq!(data["account"]["email"], "birgit@example.dk");
    assert_eq!(data["organisations"][0]["slug"], "dtu-space");
    assert_eq!(data["api_tokens"][0]["name"], "script");
    assert!(data["audit_log"]
        .as_array()
        .expect("log")
        .iter()
        .any(|e| e["action"] == "login"));
    assert!(!export.body.contains("argon2"), "no password hash in the export");

    let refused = b.post("/account/delete", &[("current_password", PASSWORD)]).await;
    assert_eq!(refused.status, 422, "the box must be ticked");
    let erased = b
        .post("/account/delete", &[("current_password", PASSWORD), ("confirm", "on")])
        .await;
    assert_eq!(erased.status, 303);

    let store = &app.db.store;
    assert!(store
        .user_by_email(&Email::parse("birgit@example.dk").expect("valid"))
        .await
        .expect("valid")
        .is_none());
    assert!(
        store.organisation_by_slug("dtu-space").await.expect("valid").is_some(),
        "organisation content stays"
    );
    let (entries, _) = store.audit_entries(None, 100, 0).await.expect("audit");
    assert!(!entries.is_empty());
    assert!(entries
        .iter()
        .all(|e| !e.actor.contains("birgit") && !e.subject.contains("birgit")));
    let mut again = Agent::new(&app);
    again.get("/login").await;
    assert_eq!(
        again
            .post("/login", &[("email", "birgit@example.dk"), ("password", PASSWORD)])
            .await
            .status,
        401
    );
}

#[tokio::test]
async fn an_address_change_is_confirmed_from_the_new_address() {
    let app = TestApp::spawn().await;
    account(&app, "old@example.fr", PlatformRole::User).await;
    account(&app, "taken@example.fr", PlatformRole::User).await;
    let mut p = Agent::new(&app);
    p.login("old@example.fr", PASSWORD).await;
    let wrong = p
        .post(
            "/account/email",
            &[("new_email", "new@example.fr"), ("current_password", "nope")],
        )
        .await;
    assert_eq!(wrong.status, 422);
    assert!(
        wrong.body.contains("value=\"new@example.fr\""),
        "what was typed is kept"
    );
    let sent = p
        .post(
            "/account/email",
            &[("new_email", "New@Example.fr"), ("current_password", PASSWORD)],
        )
        .await;
    assert_eq!(sent.status, 303);
    app.link_in_mail("old@example.fr", "/password/forgot", 0).await;
    let link = app
        .link_in_mail("new@example.fr", "/account/email/confirm?token=", 0)
        .await;
    let path = &link[link.find("/account/email/confirm").expect("path")..];
    let token = &path["/account/email/confirm?token=".len()..];
    assert_eq!(p.get(path).await.status, 200);
    assert_eq!(p.post("/account/email/confirm", &[("token", token)]).await.status, 303);
    assert!(p.get("/account").await.body.contains("new@example.fr"));
    Agent::new(&app).login("new@example.fr", PASSWORD).await;

    // An address that another account took meanwhile is refused at confirmation.
    p.post(
        "/account/email",
        &[("new_email", "later@example.fr"), ("current_password", PASSWORD)],
    )
    .await;
    let link = app
        .link_in_mail("later@example.fr", "/account/email/confirm?token=", 0)
        .await;
    let token = link.split("token=").nth(1).expect("token").to_owned();
    let mut other = Agent::new(&app);
    other.login("taken@example.fr", PASSWORD).await;
    other
        .post(
            "/account/email",
            &[("new_email", "later@example.fr"), ("current_password", PASSWORD)],
        )
        .await;
    let link2 = app
        .link_in_mail("later@example.fr", "/account/email/confirm?token=", 1)
        .await;
    let token2 = link2.split("token=").nth(1).expect("token").to_owned();
    assert_eq!(
        other.post("/account/email/confirm", &[("token", &token2)]).await.status,
        303
    );
    p.get("/account").await;
    assert_eq!(p.post("/account/email/confirm", &[("token", &token)]).await.status, 409);
}

//! People read in their language: an account keeps the language it registered in (changeable on
//! `/account`), its pages open in it, and every mail to it is written in it, whoever's action
//! sends the mail and whatever language that person's page is in.

use domain::{Email, PlatformRole};

use crate::agent::{account, organisation, Agent, PASSWORD};
use crate::helpers::TestApp;

#[tokio::test]
async fn mail_to_another_person_is_written_in_the_recipients_language() {
    let app = TestApp::spawn().await;
    organisation(&app, "nordic-space", "Nordic Space Cluster").await;
    account(&app, "mod@example.eu", PlatformRole::Moderator).await;

    // Klara registers on the German interface: her account reads German from the start, and
    // pages open in German on any device once she signs in.
    let mut klara = Agent::new(&app);
    klara.cookies.insert("lang".into(), "de".into());
    klara.get("/register").await;
    let registered = klara
        .post(
            "/register",
            &[
                ("display_name", "Klara Vogel"),
                ("email", "klara@example.de"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(registered.status, 200, "{}", registered.body);
    assert!(app.mails_to("klara@example.de")[0].contains("bitte bestätigen Sie Ihre E-Mail-Adresse"));
    let email = Email::parse("klara@example.de").expect("address");
    let (user, _) = app
        .db
        .store
        .user_by_email(&email)
        .await
        .expect("store")
        .expect("account");
    assert_eq!(user.language.as_deref(), Some("de"));
    app.db.store.confirm_email(user.id).await.expect("confirm");
    let mut klara = Agent::new(&app);
    klara.login("klara@example.de", PASSWORD).await;
    let page = klara.get("/account").await;
    assert!(
        page.body.contains("<html lang=\"de\""),
        "the account's language without a cookie"
    );
    assert!(
        page.body.contains(r#"<option value="da" lang="da">Dansk</option>"#),
        "each language is offered in itself, and says so"
    );

    // The moderator chooses Danish on the account page; the pages follow at once.
    let mut moderator = Agent::new(&app);
    moderator.login("mod@example.eu", PASSWORD).await;
    let hostile = moderator
        .post(
            "/account/profile",
            &[
                ("display_name", "Mads"),
                ("timezone", ""),
                ("language", "xx\"><script>"),
            ],
        )
        .await;
    assert_eq!(hostile.status, 422, "an unknown language is named, not stored");
    assert!(!hostile.body.contains("<script>"));
    moderator.get("/account").await;
    let saved = moderator
        .post(
            "/account/profile",
            &[("display_name", "Mads"), ("timezone", ""), ("language", "da")],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert!(saved.set_cookies.iter().any(|c| c.starts_with("lang=da")));

    // Klara (German) files a claim: the moderator is told in Danish.
    klara.get("/organisations/nordic-space/claim").await;
    let filed = klara
        .post(
            "/organisations/nordic-space/claim",
            &[("message", "Ich leite den Cluster.")],
        )
        .await;
    assert_eq!(filed.status, 303);
    let told = app.mails_to("mod@example.eu");
    assert!(told.iter().any(|m| m.contains("Nogen har gjort krav på")), "{told:?}");

    // The moderator decides on an English page; Klara hears of it in German.
    moderator.cookies.insert("lang".into(), "en".into());
    moderator.get("/moderation/claims").await;
    let id = app.db.store.pending_claims().await.expect("claims")[0].id;
    let approved = moderator.post(&format!("/moderation/claims/{id}/approve"), &[]).await;
    assert_eq!(approved.status, 303);
    let heard = app.mails_to("klara@example.de");
    assert!(
        heard
            .iter()
            .any(|m| m.contains("Die Moderation hat Ihren Antrag genehmigt")),
        "{heard:?}"
    );
}

#[tokio::test]
async fn an_account_that_never_chose_takes_the_language_it_signs_in_with() {
    let app = TestApp::spawn().await;
    let id = account(&app, "lea@example.fr", PlatformRole::User).await;
    let language = |app: &TestApp| {
        let store = app.db.store.clone();
        async move { store.user_by_id(id).await.expect("read").expect("user").0.language }
    };
    assert_eq!(language(&app).await, None, "made before languages were kept");
    let mut lea = Agent::new(&app);
    lea.cookies.insert("lang".into(), "fr".into());
    lea.login("lea@example.fr", PASSWORD).await;
    assert_eq!(language(&app).await.as_deref(), Some("fr"));
    // A choice once made is kept, whatever page the next sign-in comes from.
    let mut again = Agent::new(&app);
    again.cookies.insert("lang".into(), "da".into());
    again.login("lea@example.fr", PASSWORD).await;
    assert_eq!(language(&app).await.as_deref(), Some("fr"));
}

//! Steps several journeys share, taken through the pages as a person takes them.

use super::harness::Page;
use crate::helpers::TestApp;

/// The password of the accounts `crate::agent::account` makes.
pub use crate::agent::PASSWORD;
/// The password of the demo accounts.
pub const DEMO: &str = clusterhub::demo::DEMO_PASSWORD;

/// Runs a journey at desktop and at phone width, as two tests.
macro_rules! at_both_widths {
    ($journey:ident) => {
        mod $journey {
            use super::super::harness::Viewport;

            #[tokio::test]
            async fn desktop() {
                super::$journey(Viewport::Desktop).await;
            }

            #[tokio::test]
            async fn phone() {
                super::$journey(Viewport::Phone).await;
            }
        }
    };
}
pub(crate) use at_both_widths;

/// Logs in through the header's "Log in" link and the form.
pub async fn log_in(b: &Page, email: &str, password: &str) {
    b.goto("/").await;
    b.click_text("link", "Log in").await;
    b.fill("E-mail address", email).await;
    b.fill("Password", password).await;
    b.click_text("button", "Log in").await;
    b.not_see("The e-mail address or the password is wrong").await;
    b.see("Log out").await;
}

/// Logs out with the header's button.
pub async fn log_out(b: &Page) {
    b.click_text("button", "Log out").await;
    b.see("You have logged out").await;
}

/// Follows a link of the main navigation, opening the menu first where a narrow screen folds it.
pub async fn nav(b: &Page, text: &str) {
    let shown = b.eval(&format!("byText('header a', {text:?}).some(shown)")).await;
    if shown != serde_json::json!(true) {
        // A folded menu: its toggle is a button or a disclosure in the header.
        b.click_text("header button, header summary", "Menu").await;
    }
    b.click_text("header a", text).await;
}

/// Checks that focus moved to the error summary of a refused form (so screen reader and
/// keyboard users learn what to correct) and that it names `field`.
pub async fn error_summary_has_focus(b: &Page, field: &str) {
    b.see("Please correct the following:").await;
    let summary = b.text_of(".error-summary").await;
    b.expect(
        summary.contains(field),
        &format!("the error summary names “{field}”; it reads: {summary}"),
    )
    .await;
    // The page moves focus once it has loaded; give it a moment.
    for _ in 0..20 {
        let inside = b
            .eval("!!(document.activeElement && document.activeElement.closest('.error-summary'))")
            .await;
        if inside == serde_json::json!(true) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let f = b.focused().await;
    b.problem(&format!(
        "after the refused form, the keyboard focus is on <{}{}{}{}> “{}”, not on the error summary",
        f.tag,
        if f.role.is_empty() {
            String::new()
        } else {
            format!(" role={}", f.role)
        },
        if f.id.is_empty() {
            String::new()
        } else {
            format!(" id={}", f.id)
        },
        if f.class.is_empty() {
            String::new()
        } else {
            format!(" class={}", f.class)
        },
        f.text.chars().take(80).collect::<String>()
    ))
    .await;
}

/// Opens the disclosure (`<details>`) whose summary reads `text`, when there is one and it is
/// closed: on a narrow screen, for instance, the directory folds its filters under "Filters".
pub async fn unfold(b: &Page, text: &str) {
    let closed = b
        .eval(&format!(
            "byText('summary', {text:?}).some(s => shown(s) && s.parentElement && !s.parentElement.open)"
        ))
        .await;
    if closed == serde_json::json!(true) {
        b.click_text("summary", text).await;
    }
}

/// A confirmed account named `name` with the password `PASSWORD`, made directly in the store
/// (the journeys that are not about registering start from there).
pub async fn account_named(app: &TestApp, email: &str, name: &str) -> i64 {
    let hash = std::sync::Arc::new(web::auth::Passwords::new())
        .hash(&domain::Password::parse(PASSWORD, None).expect("password"))
        .await
        .expect("hash");
    let email = domain::Email::parse(email).expect("email");
    let user = app
        .db
        .store
        .create_user(&email, name, Some(&hash), domain::PlatformRole::User)
        .await
        .expect("user");
    app.db.store.confirm_email(user.id).await.expect("confirm");
    user.id
}

/// Gives `user` a role in `organisation`.
pub async fn join(app: &TestApp, user: i64, organisation: i64, role: domain::OrgRole) {
    app.db.store.set_org_role(user, organisation, role).await.expect("role");
}

/// The demo organisations of a kind, in the directory's order.
pub async fn organisations_of(app: &TestApp, kind: domain::OrganisationType) -> Vec<domain::Organisation> {
    let mut all = app.db.store.all_organisations().await.expect("organisations");
    all.retain(|o| o.profile.kind == kind);
    all
}

/// The cluster the demo manager (manager@demo.clusterhub.eu) administers.
pub async fn demo_cluster(app: &TestApp) -> store::accounts::Membership {
    let email = domain::Email::parse("manager@demo.clusterhub.eu").expect("email");
    let (manager, _) = app
        .db
        .store
        .user_by_email(&email)
        .await
        .expect("user")
        .expect("the demo accounts are seeded");
    app.db
        .store
        .memberships_of(manager.id)
        .await
        .expect("memberships")
        .into_iter()
        .next()
        .expect("the manager administers a cluster")
}

/// A day `days` ahead, as a date field takes it.
pub fn days_ahead(days: i64) -> String {
    (chrono::Utc::now() + chrono::Duration::days(days))
        .format("%Y-%m-%d")
        .to_string()
}

//! Someone registers, confirms the address from the mail, claims their organisation's profile; a
//! moderator approves the claim; the new administrator edits the profile.

use super::harness::{Journey, Viewport};
use super::steps::{at_both_widths, error_summary_has_focus, log_in, log_out, nav, unfold, DEMO, PASSWORD};
use crate::helpers::TestApp;

at_both_widths!(someone_registers_claims_their_organisation_and_edits_it_once_approved);

async fn someone_registers_claims_their_organisation_and_edits_it_once_approved(v: Viewport) {
    let Some(j) = Journey::start("claim", v).await else {
        return;
    };
    // Mail goes through a real SMTP server (aiosmtpd) when it is installed.
    let app = TestApp::spawn_with_smtp().await;
    clusterhub::demo::seed(&app.db.store, 60, 42).await.expect("demo data");
    clusterhub::demo::seed_accounts(&app.db.store)
        .await
        .expect("demo accounts");
    // A company nobody manages yet.
    let company = super::steps::organisations_of(&app, domain::OrganisationType::Company)
        .await
        .into_iter()
        .nth(3)
        .expect("a company");
    let name = company.profile.name.clone();
    let email = "anna.berg@example.eu";

    let anna = j.person("anna", &app.base).await;
    anna.goto("/").await;
    anna.click_text("link", "Register").await;
    anna.see("Create an account").await;
    anna.fill("Name", "Anna Berg").await;
    anna.fill("E-mail address", email).await;
    anna.fill("Password", PASSWORD).await;
    anna.screenshot("register").await;
    anna.click_text("button", "Create account").await;
    anna.see("Check your inbox").await;
    anna.see(email).await;

    let link = app.link_in_mail(email, "/confirm", 0).await;
    anna.goto(&link).await;
    anna.see("Confirm your e-mail address").await;
    anna.click_text("button", "Confirm my address").await;
    anna.see("Your address is confirmed. You can log in now.").await;
    anna.fill("E-mail address", email).await;
    anna.fill("Password", PASSWORD).await;
    anna.press("Enter").await;
    anna.see("Log out").await;
    anna.screenshot("logged-in").await;

    // She finds her company in the directory and claims it.
    nav(&anna, "Directory").await;
    unfold(&anna, "Filters").await;
    anna.fill("Name or city", &name).await;
    anna.press("Enter").await;
    anna.click_text(".cards a", &name).await;
    anna.click_text("link", "Claim this profile").await;
    anna.see(&format!("Claim {name}")).await;
    // Sent without a word: refused, and told what to correct.
    anna.click_text("button", "Send claim").await;
    error_summary_has_focus(&anna, "Your role and how we can verify it").await;
    anna.screenshot("claim-refused").await;
    anna.fill(
        "Your role and how we can verify it",
        "I am the managing director; the switchboard on our website puts you through to me.",
    )
    .await;
    anna.click_text("button", "Send claim").await;
    anna.see("A moderator will look at your request").await;
    anna.see("waiting for a moderator").await;
    anna.screenshot("claim-sent").await;

    // The moderator, in a browser profile of their own.
    let mo = j.person("moderator", &app.base).await;
    log_in(&mo, "moderator@demo.clusterhub.eu", DEMO).await;
    nav(&mo, "Moderation").await;
    mo.click_text("link", "Claims to review").await;
    mo.see("the switchboard on our website").await;
    mo.see("Anna Berg").await;
    mo.screenshot("claims-to-review").await;
    mo.click_text("button", "Approve").await;
    mo.see("Nothing to review.").await;

    // Anna is told by mail and edits the profile.
    let profile = format!("/organisations/{}", company.slug);
    let link = app.link_in_mail(email, &profile, 0).await;
    anna.goto(&link).await;
    if !anna.path().await.ends_with("/edit") {
        anna.click_text("link", "Edit profile").await;
    }
    anna.see(&format!("Edit {name}")).await;
    anna.fill("Year founded", "1200").await;
    anna.click_text("button", "Save").await;
    error_summary_has_focus(&anna, "Year founded").await;
    anna.see("Enter a year between 1800 and 2100.").await;
    anna.screenshot("edit-refused").await;
    anna.fill("Year founded", "2012").await;
    anna.fill("City", "Odense").await;
    anna.fill(
        "Description (English)",
        "Precision sensors for wind turbines, made in Odense.",
    )
    .await;
    anna.click_text("button", "Save").await;
    anna.not_see("Please correct the following").await;
    if !anna.path().await.starts_with(&profile) || anna.path().await.contains("/edit") {
        anna.goto(&profile).await;
    }
    // What she saved is what the profile shows, at once.
    if !anna.shows("Odense").await {
        anna.problem("right after saving, the profile still shows the old values (they appear after a reload)")
            .await;
        tokio::time::sleep(std::time::Duration::from_millis(1000)).await;
        anna.reload().await;
    }
    anna.see("Odense").await;
    anna.see("Precision sensors for wind turbines").await;
    anna.see("2012").await;
    anna.screenshot("profile-edited").await;
    log_out(&anna).await;
    anna.not_see("Edit profile").await;
    j.finish();
}

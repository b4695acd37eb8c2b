//! A cluster's manager invites a colleague who has an account; nothing changes until the
//! colleague, signed in, finds the invitation on the dashboard and accepts it.

use super::harness::{Journey, Viewport};
use super::steps::{account_named, at_both_widths, demo_cluster, log_in, DEMO, PASSWORD};
use crate::helpers::TestApp;

at_both_widths!(a_colleague_joins_an_organisation_by_accepting_its_invitation);

async fn a_colleague_joins_an_organisation_by_accepting_its_invitation(v: Viewport) {
    let Some(j) = Journey::start("invitations", v).await else {
        return;
    };
    let app = TestApp::with_demo(30).await;
    clusterhub::demo::seed_accounts(&app.db.store)
        .await
        .expect("demo accounts");
    let cluster = demo_cluster(&app).await;
    let lena = account_named(&app, "lena@centre.example.eu", "Lena Laser").await;

    let manager = j.person("manager", &app.base).await;
    log_in(&manager, "manager@demo.clusterhub.eu", DEMO).await;
    manager.goto(&format!("/organisations/{}/members", cluster.slug)).await;
    manager.see("Invite someone").await;
    manager.fill("E-mail address", "lena@centre.example.eu").await;
    manager.select("Role", "Member").await;
    manager.click_text("button", "Invite").await;
    manager
        .see("We have sent an invitation to lena@centre.example.eu")
        .await;
    manager.screenshot("invited").await;
    assert_eq!(
        app.db
            .store
            .org_role(lena, cluster.organisation_id)
            .await
            .expect("role"),
        None,
        "no role before Lena accepts"
    );

    let colleague = j.person("colleague", &app.base).await;
    log_in(&colleague, "lena@centre.example.eu", PASSWORD).await;
    colleague.goto("/dashboard").await;
    colleague
        .click_text("link", "An invitation to an organisation to answer")
        .await;
    colleague.see(&format!("{} invites you as Member", cluster.name)).await;
    colleague.screenshot("invitation").await;
    colleague.click_text("button", "Accept").await;
    colleague.see("Invitation accepted").await;
    colleague.see("No invitation is waiting for you.").await;
    colleague.screenshot("accepted").await;
    assert_eq!(
        app.db
            .store
            .org_role(lena, cluster.organisation_id)
            .await
            .expect("role"),
        Some(domain::OrgRole::Member)
    );
    j.finish();
}

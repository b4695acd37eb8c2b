//! A member turns on two-factor authentication with the QR page (the key typed from the page,
//! as an app would read it), keeps the recovery codes, and signs in again with a code.

use super::harness::{Journey, Viewport};
use super::steps::{account_named, at_both_widths, log_in, log_out, PASSWORD};
use crate::helpers::TestApp;

at_both_widths!(a_member_turns_on_two_factor_authentication_and_signs_in_with_a_code);

async fn a_member_turns_on_two_factor_authentication_and_signs_in_with_a_code(v: Viewport) {
    use web::auth::two_factor::{now, Authenticator};
    let Some(j) = Journey::start("two-factor", v).await else {
        return;
    };
    let app = TestApp::spawn().await;
    account_named(&app, "lena@centre.example.eu", "Lena Laser").await;
    let b = j.person("member", &app.base).await;
    log_in(&b, "lena@centre.example.eu", PASSWORD).await;
    b.goto("/account").await;
    b.click_text("link", "Set up an authenticator app").await;
    b.see("Scan this code with it").await;
    b.screenshot("enrol").await;
    let secret = b.text_of("code.secret").await;
    let authenticator = Authenticator::new(secret.trim(), "lena@centre.example.eu").expect("the key shown");
    let t = now();
    b.fill("Current password", PASSWORD).await;
    b.fill("Code", &authenticator.code_at(t)).await;
    b.click_text("button", "Turn on two-factor authentication").await;
    b.see("Your recovery codes").await;
    b.screenshot("recovery-codes").await;

    log_out(&b).await;
    b.click_text("link", "Log in").await;
    b.fill("E-mail address", "lena@centre.example.eu").await;
    b.fill("Password", PASSWORD).await;
    b.click_text("button", "Log in").await;
    b.see("Your password was right.").await;
    b.screenshot("code").await;
    b.fill("Code", &authenticator.code_at(t + 30)).await;
    b.click_text("button", "Sign in").await;
    b.see("Log out").await;
    j.finish();
}

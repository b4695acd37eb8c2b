//! A B2B matchmaking day as its people live it: a participant marks whom they must meet before
//! the coming day; at the day that is over, the check-in desk takes a typed code, the participant
//! says a meeting took place and what came of another one, and the organiser reads the figures
//! on the dashboard and takes the funder's report as a CSV file.

use super::events::{demo_with_events, open_mine};
use super::harness::{Journey, Viewport};
use super::steps::{at_both_widths, log_in, DEMO};

const COMING: &str = "B2B Matchmaking Day";
const EARLIER: &str = "B2B Spring Meetings";

at_both_widths!(a_b2b_day_is_prepared_checked_in_confirmed_and_reported);

async fn a_b2b_day_is_prepared_checked_in_confirmed_and_reported(v: Viewport) {
    let Some(j) = Journey::start("b2b-day", v).await else {
        return;
    };
    let app = demo_with_events().await;

    // Sam marks the first participant of the coming day as someone he must meet.
    let sam = j.person("member", &app.base).await;
    log_in(&sam, "member@demo.clusterhub.eu", DEMO).await;
    open_mine(&sam, COMING).await;
    sam.click_text("link", "Participants").await;
    let label = sam.text_of("main label[for^=mark-]").await;
    sam.select(&label, "Must meet").await;
    sam.click_text("button", "Save preference").await;
    sam.see("Your preference is saved.").await;
    sam.screenshot("marked").await;

    // At the earlier day, his agenda shows his check-in code; he confirms a meeting took place.
    open_mine(&sam, EARLIER).await;
    sam.click_text("link", "Your meetings").await;
    sam.click_text("link", "Your agenda").await;
    sam.see("Your check-in code").await;
    let code = sam.text_of(".checkin-code").await;
    sam.expect(
        code.len() == 6,
        &format!("the check-in code has six characters: {code:?}"),
    )
    .await;
    sam.click_text("button", "We met").await;
    sam.see("Thank you, your answer is recorded.").await;
    sam.screenshot("confirmed").await;

    // Ninety days on, he says where one of his meetings stands.
    sam.click_text("link", "Your meetings").await;
    sam.click_text("link", "What came of your meetings").await;
    sam.check("We are negotiating").await;
    sam.click_text("button", "Save the answer").await;
    sam.see("Thank you: your answer is saved.").await;
    sam.screenshot("outcome").await;

    // The organiser's desk takes Sam's code typed in, then the dashboard sums the day up.
    let manager = j.person("manager", &app.base).await;
    log_in(&manager, "manager@demo.clusterhub.eu", DEMO).await;
    open_mine(&manager, EARLIER).await;
    manager
        .click_text("link", "Participants, meetings and statistics")
        .await;
    manager.click_text("link", "Check-in desk").await;
    manager.fill("QR code or check-in code", &code.to_lowercase()).await;
    manager.click_text("button", "Record").await;
    manager.see("Sam SME").await;
    manager.screenshot("checked-in").await;
    manager.click_text("link", "Attendance").await;
    manager.see("meetings held").await;
    manager.click_text("main a", EARLIER).await;
    manager.click_text("link", "Dashboard").await;
    manager.see("Checked in").await;
    manager.see("Answers by stage").await;
    manager.screenshot("dashboard").await;
    let csv = manager.href_of("Report of everything (CSV)").await;
    let (status, content_type, body) = manager.fetch(&csv).await;
    manager
        .expect(
            status == 200 && content_type.starts_with("text/csv") && body.contains("Sam SME"),
            &format!("the report answers {status} {content_type} and names the participants"),
        )
        .await;
    j.finish();
}

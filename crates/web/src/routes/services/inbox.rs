//! The requests the viewer's organisations sent and received, and the job that reminds centres
//! of unanswered requests and then tells their clients.

use super::*;
use crate::notify::services::Step;

#[derive(Template)]
#[template(path = "services/requests.html")]
struct RequestsPage {
    chrome: Chrome,
    received: Vec<(ServiceRequest, String)>,
    sent: Vec<(ServiceRequest, String)>,
    offering: Vec<store::accounts::Membership>,
}

/// `/service-requests`: what the viewer's organisations asked and were asked.
pub async fn mine(State(state): State<AppState>, ctx: Ctx, me: SignedIn) -> Result<Response, WebError> {
    let orgs = state.store.memberships_of(me.user().id).await?;
    let (mut received, mut sent) = (Vec::new(), Vec::new());
    let mut seen = std::collections::HashSet::new();
    for m in &orgs {
        for r in state.store.service_requests_of(m.organisation_id).await? {
            if !seen.insert(r.id) {
                continue;
            }
            let st = ctx.tr.t(r.state.message_id());
            if orgs.iter().any(|o| o.organisation_id == r.provider_id) {
                received.push((r, st));
            } else {
                sent.push((r, st));
            }
        }
    }
    let mut offering = Vec::new();
    for m in orgs {
        if let Some(o) = state.store.organisations_by_ids(&[m.organisation_id]).await?.pop() {
            if domain::service::may_offer(Some(o.profile.kind)) {
                offering.push(m);
            }
        }
    }
    let page = RequestsPage {
        chrome: ctx.chrome("services"),
        received,
        sent,
        offering,
    };
    Ok(render(&page)?.into_response())
}

/// The reminders job: centres past their answer time are reminded, clients whose centre did not
/// answer after that are told and offered the next proposals (their challenge's page, or the
/// catalogue for a request to one centre). Answers how many mails went out.
pub async fn send_reminders(state: &AppState) -> Result<usize, WebError> {
    let (reminded, lapsed) = state.store.overdue_requests(chrono::Utc::now()).await?;
    let mut sent = 0;
    for (ids, step) in [(reminded, Step::Reminder), (lapsed, Step::Lapsed)] {
        for id in ids {
            let Some(r) = state.store.service_request(id).await? else {
                continue;
            };
            let (to, by, path) = match step {
                Step::Reminder => (
                    r.provider_id,
                    r.client_name.as_str(),
                    format!("/service-requests/{}", r.id),
                ),
                _ => (
                    r.client_id,
                    r.provider_name.as_str(),
                    match r.challenge_id {
                        Some(c) => format!("/service-challenges/{c}"),
                        None => format!("/service-requests/{}", r.id),
                    },
                ),
            };
            let link = state.settings.link(&path);
            crate::notify::tell_organisation(
                state,
                to,
                crate::notify::Audience::Members,
                crate::notify::services::step(step, &r.service_name, by, &link),
            )
            .await?;
            sent += 1;
        }
    }
    Ok(sent)
}

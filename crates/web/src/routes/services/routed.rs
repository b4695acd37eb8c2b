//! What a network (a cluster, an EEN partner) sees of the requests its members asked through
//! it: states and answer times, not their content, and the same as CSV for the reports its
//! funders ask for.

use super::*;
use crate::views::csv::csv_response;

#[derive(Template)]
#[template(path = "services/routed.html")]
struct RoutedPage {
    chrome: Chrome,
    organisation: domain::Organisation,
    rows: Vec<RoutedRow>,
    answered: usize,
    median: Option<String>,
}

struct RoutedRow {
    service: String,
    client: String,
    provider: String,
    state: String,
    sent: String,
    answer: String,
    rating: String,
}

async fn routed_requests(
    state: &AppState,
    me: &User,
    slug: &str,
) -> Result<(domain::Organisation, Vec<ServiceRequest>), WebError> {
    let org = crate::routes::organisation(state, slug).await?;
    // The network's own people only: the requests are its members' business, not the platform's.
    if !access::belongs_to(state, me, org.id).await? {
        return Err(WebError::Forbidden);
    }
    let list = state.store.routed_requests(org.id).await?;
    Ok((org, list))
}

/// `/organisations/{slug}/routed-requests`
pub async fn routed(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let (org, list) = routed_requests(&state, me.user(), &slug).await?;
    let tr = &ctx.tr;
    let hours: Vec<i64> = list.iter().filter_map(ServiceRequest::answer_hours).collect();
    let answered = hours.len();
    let median = domain::service::median(hours).map(|h| crate::matchmaking::services::answer_time(tr, h));
    let rows = list
        .iter()
        .map(|r| RoutedRow {
            service: r.service_name.clone(),
            client: r.client_name.clone(),
            provider: r.provider_name.clone(),
            state: tr.t(r.state.message_id()),
            sent: tr.date(r.created_at.date_naive()),
            answer: r
                .answer_hours()
                .map(|h| crate::matchmaking::services::answer_time(tr, h))
                .unwrap_or_default(),
            rating: r.stars.map(|s| tr.t1("service-stars", "count", s)).unwrap_or_default(),
        })
        .collect();
    let page = RoutedPage {
        chrome: ctx.chrome("services"),
        organisation: org,
        rows,
        answered,
        median,
    };
    Ok(render(&page)?.into_response())
}

/// `/organisations/{slug}/routed-requests.csv`: one row per request, times in UTC (RFC 3339)
/// and hours, for spreadsheets.
pub async fn routed_csv(
    State(state): State<AppState>,
    me: SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let (org, list) = routed_requests(&state, me.user(), &slug).await?;
    let mut rows = vec![[
        "request",
        "service",
        "client",
        "provider",
        "state",
        "sent_at",
        "first_answer_at",
        "answer_hours",
        "accepted_at",
        "delivered_at",
        "stars",
    ]
    .map(str::to_owned)
    .to_vec()];
    let time = |t: Option<chrono::DateTime<chrono::Utc>>| t.map(|t| t.to_rfc3339()).unwrap_or_default();
    for r in &list {
        rows.push(vec![
            r.id.to_string(),
            r.service_name.clone(),
            r.client_name.clone(),
            r.provider_name.clone(),
            r.state.as_str().to_owned(),
            r.created_at.to_rfc3339(),
            time(r.answered_at),
            r.answer_hours().map(|h| h.to_string()).unwrap_or_default(),
            time(r.accepted_at),
            time(r.delivered_at),
            r.stars.map(|s| s.to_string()).unwrap_or_default(),
        ]);
    }
    csv_response(&format!("{}-routed-requests.csv", org.slug), rows)
}

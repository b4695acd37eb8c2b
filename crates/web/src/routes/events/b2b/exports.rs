//! Spreadsheet downloads for the organiser.

use super::*;

/// Every accepted, declined or pending request with its two sides, state, place or reason.
pub async fn meetings_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    let tr = ctx.tr;
    let regs = state.store.registrations(e.id).await?;
    let requests = state.store.meeting_requests(e.id).await?;
    let tally = Tally::new(&regs, &requests);
    let tz = e.draft.tz();
    let mut rows = vec![[
        "request",
        "requester",
        "requester_organisation",
        "requester_country",
        "invitee",
        "invitee_organisation",
        "invitee_country",
        "state",
        "starts",
        "table",
        "locked",
        "unscheduled_reason",
    ]
    .map(str::to_owned)
    .to_vec()];
    for x in tally.live() {
        let (Some(a), Some(b)) = (tally.by_id.get(&x.requester_id), tally.by_id.get(&x.invitee_id)) else {
            continue;
        };
        let starts = x
            .slot
            .and_then(|s| slot_span(&e, s as usize))
            .map(|(st, _)| st.with_timezone(&tz).to_rfc3339())
            .unwrap_or_default();
        rows.push(vec![
            x.id.to_string(),
            a.user_name.clone(),
            a.organisation_name.clone().unwrap_or_default(),
            a.organisation_country.clone().unwrap_or_default(),
            b.user_name.clone(),
            b.organisation_name.clone().unwrap_or_default(),
            b.organisation_country.clone().unwrap_or_default(),
            x.state.as_str().to_owned(),
            starts,
            x.table.map(|t| (t + 1).to_string()).unwrap_or_default(),
            x.locked.to_string(),
            if x.state == RequestState::Accepted && x.slot.is_none() {
                x.unscheduled
                    .as_deref()
                    .map(|c| reason_text(&tr, c, &tally.by_id))
                    .unwrap_or_default()
            } else {
                String::new()
            },
        ]);
    }
    // Group meetings follow, one line each: its host as requester, its guests as invitees.
    rows.extend(super::groups::group_csv_rows(&state, &tr, &e, &regs).await?);
    csv_response(&format!("event-{}-meetings.csv", e.id), rows)
}

/// The statistics by country and by type of organisation.
pub async fn statistics_csv(
    State(state): State<AppState>,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    let regs = state.store.registrations(e.id).await?;
    let requests = state.store.meeting_requests(e.id).await?;
    let tally = Tally::new(&regs, &requests);
    let mut rows = vec![[
        "group",
        "value",
        "participants",
        "requests_sent",
        "requests_accepted",
        "meetings_scheduled",
    ]
    .map(str::to_owned)
    .to_vec()];
    for (group, grouped) in [
        ("country", tally.grouped(country_key)),
        ("organisation_type", tally.grouped(kind_key)),
    ] {
        for (value, v) in grouped {
            let mut row = vec![group.to_owned(), value];
            row.extend(v.iter().map(ToString::to_string));
            rows.push(row);
        }
    }
    csv_response(&format!("event-{}-statistics.csv", e.id), rows)
}

/// The registrations, for badges and lists at the door.
pub async fn registrations_csv(
    State(state): State<AppState>,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    let mut rows = vec![[
        "name",
        "email",
        "organisation",
        "country",
        "organisation_type",
        "state",
        "registered_at",
        "offer",
        "seek",
    ]
    .map(str::to_owned)
    .to_vec()];
    for r in state.store.registrations(e.id).await? {
        rows.push(vec![
            r.user_name.clone(),
            r.user_email.clone(),
            r.organisation_name.clone().unwrap_or_default(),
            r.organisation_country.clone().unwrap_or_default(),
            r.organisation_kind.clone().unwrap_or_default(),
            r.state.as_str().to_owned(),
            r.created_at.to_rfc3339(),
            r.offer.clone(),
            r.seek.clone(),
        ]);
    }
    csv_response(&format!("event-{}-registrations.csv", e.id), rows)
}

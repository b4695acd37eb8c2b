//! Personal agendas, on the page and as iCalendar.

use super::*;

pub struct AgendaRow {
    pub when: String,
    pub minutes: u32,
    pub place: String,
    pub with: String,
    pub with_slug: Option<String>,
    pub offer: String,
}

#[derive(Template)]
#[template(path = "events/agenda.html")]
pub(super) struct AgendaPage {
    chrome: Chrome,
    e: Event,
    name: String,
    zone: String,
    rows: Vec<AgendaRow>,
    published: bool,
    /// The check-in code and "did it happen?" buttons (`attendance.rs`).
    attendance: super::attendance::AgendaAttendance,
}

/// A participant's confirmed meetings in time order, with the other side.
pub(super) fn agenda_of<'a>(
    e: &Event,
    mine: &Registration,
    requests: &'a [MeetingRequest],
    by_id: &HashMap<i64, &'a Registration>,
) -> Vec<(usize, u32, &'a MeetingRequest, Registration)> {
    let mut out: Vec<(usize, u32, &MeetingRequest, Registration)> = requests
        .iter()
        .filter(|x| {
            x.state == RequestState::Accepted && x.locked && (x.requester_id == mine.id || x.invitee_id == mine.id)
        })
        .filter_map(|x| {
            let other = if x.requester_id == mine.id {
                x.invitee_id
            } else {
                x.requester_id
            };
            let o = by_id.get(&other)?;
            let slot = x.slot? as usize;
            if slot >= e.slot_count() {
                return None;
            }
            Some((slot, x.table?, x, (*o).clone()))
        })
        .collect();
    out.sort_by_key(|(slot, table, _, _)| (*slot, *table));
    out
}

pub async fn agenda(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let e = load_readable(&state, &ctx, &id).await?;
    let mine = my_registration(&state, &e, me.user()).await?;
    let tr = ctx.tr;
    let (requests, regs) = mine_and_others(&state, &e, &mine).await?;
    let by_id: HashMap<i64, &Registration> = regs.iter().map(|r| (r.id, r)).collect();
    let tz = viewer_zone(Some(me.user()), &e);
    let mut attendance = super::attendance::agenda_attendance(&state, &tr, &e, &mine, tz, &requests, &by_id).await?;
    attendance.notice =
        (done_param(raw.as_deref()).as_deref() == Some("reported")).then(|| tr.t("b2b-agenda-done-reported"));
    let mut rows: Vec<(usize, AgendaRow)> = agenda_of(&e, &mine, &requests, &by_id)
        .into_iter()
        .filter_map(|(slot, table, _, other)| {
            let (starts, ends) = slot_span(&e, slot)?;
            Some((
                slot,
                AgendaRow {
                    when: tr.date_time_range(
                        starts.with_timezone(&tz).naive_local(),
                        ends.with_timezone(&tz).naive_local(),
                    ),
                    minutes: slot_minutes(&e, slot),
                    place: table_label(&tr, &e, slot, table),
                    with: who(&other),
                    with_slug: other.organisation_slug.clone(),
                    offer: other.offer.clone(),
                },
            ))
        })
        .collect();
    // Group meetings sit among the pairs, in time order.
    rows.extend(super::groups::group_agenda_rows(&state, &tr, &e, &mine, tz).await?);
    rows.sort_by_key(|(slot, _)| *slot);
    let rows = rows.into_iter().map(|(_, row)| row).collect();
    let page = AgendaPage {
        chrome: ctx.chrome("events"),
        name: who(&mine),
        zone: tz.name().to_owned(),
        rows,
        published: e.schedule_published_at.is_some(),
        attendance,
        e,
    };
    Ok(render(&page)?.into_response())
}

pub async fn agenda_ics(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = load_readable(&state, &ctx, &id).await?;
    let mine = my_registration(&state, &e, me.user()).await?;
    let tr = ctx.tr;
    let (requests, regs) = mine_and_others(&state, &e, &mine).await?;
    let by_id: HashMap<i64, &Registration> = regs.iter().map(|r| (r.id, r)).collect();
    let location = e.draft.venue.clone().or_else(|| e.draft.city.clone());
    // The typed check-in code travels with every meeting, for a desk reached without the page.
    let checkin = super::signing::Key::of(&state).await?;
    // So does the QR code the desk scans, as a picture in every meeting, drawn once for all.
    let qr = super::signing::qr_png_compressed(&checkin.token(e.id, mine.id), super::signing::PngCompression::Fast)
        .and_then(|png| ics::Inline::new(&format!("check-in-{}.png", e.id), "image/png", &png))
        .map(std::sync::Arc::new);
    let checkin = tr.t1("b2b-ics-checkin-code", "code", checkin.code(e.id, mine.id));
    let entries: Vec<ics::Entry> = agenda_of(&e, &mine, &requests, &by_id)
        .into_iter()
        .filter_map(|(slot, table, x, other)| {
            let (starts, ends) = slot_span(&e, slot)?;
            let place = table_label(&tr, &e, slot, table);
            Some(ics::Entry {
                uid: format!("meeting-{}-{}@{}", x.id, mine.id, host(&state)),
                starts,
                ends,
                summary: tr.t1("b2b-ics-summary", "name", who(&other)),
                description: format!("{}\n{}\n{}\n{checkin}", e.draft.title, place, other.offer),
                location: Some(match &location {
                    Some(l) => format!("{place}, {l}"),
                    None => place,
                }),
                url: Some(state.settings.link(&format!("/events/{}/agenda", e.id))),
                cancelled: false,
                categories: vec![tr.t("event-b2b")],
                organizer: None,
                updated: e.schedule_published_at.unwrap_or(e.updated_at),
                attachments: Vec::new(),
            })
        })
        .collect();
    let mut entries = entries;
    entries.extend(super::groups::group_ics_entries(&state, &tr, &e, &mine).await?);
    for entry in &mut entries {
        entry.attachments.extend(qr.clone());
    }
    Ok(ics_response(
        &format!("agenda-{}.ics", e.id),
        ics::calendar(&tr.t1("b2b-agenda-title", "title", e.draft.title.as_str()), &entries),
    ))
}

//! Group meetings: the organiser brings a host and up to six guests (from one organisation or
//! several) to one table in one slot. The scheduler places them with the pairs; a placed group
//! is on every member's agenda once the schedule is published, and in the meetings export.

use std::collections::HashSet;

use store::b2b_preferences::GroupMeeting;

use super::*;

/// At most this many guests beside the host: a meeting table seats seven.
pub const MAX_GUESTS: usize = 6;

/// A group meeting as the organiser's list shows it.
pub(super) struct GroupLine {
    pub(super) id: i64,
    pub(super) title: String,
    pub(super) host: String,
    pub(super) guests: String,
    /// When and where, or why the last run could not place it.
    pub(super) placed: String,
}

pub(super) fn group_lines(tr: &Tr, e: &Event, groups: &[GroupMeeting], regs: &[Registration]) -> Vec<GroupLine> {
    let by_id: HashMap<i64, &Registration> = regs.iter().map(|r| (r.id, r)).collect();
    let name = |id: &i64| by_id.get(id).map(|r| who(r)).unwrap_or_default();
    groups
        .iter()
        .map(|g| GroupLine {
            id: g.id,
            title: g.title.clone(),
            host: name(&g.host_id),
            guests: g.guests.iter().map(name).collect::<Vec<_>>().join(", "),
            placed: match (g.slot, g.table) {
                (Some(s), Some(t)) if (s as usize) < e.slot_count() => slot_span(e, s as usize)
                    .map(|(st, _)| {
                        format!(
                            "{} · {}",
                            tr.date_time(st.with_timezone(&e.draft.tz()).naive_local()),
                            table_label(tr, e, s as usize, t)
                        )
                    })
                    .unwrap_or_default(),
                _ => g
                    .unscheduled
                    .as_deref()
                    .map(|c| reason_text(tr, c, &by_id))
                    .unwrap_or_else(|| tr.t("b2b-reason-not-run")),
            },
        })
        .collect()
}

/// The form to create a group meeting, or to change `editing`.
pub(super) fn group_form(ctx: &Ctx, e: &Event, regs: &[Registration], editing: Option<&GroupMeeting>) -> Form {
    let tr = ctx.tr;
    let people: Vec<(String, String)> = regs.iter().map(|r| (r.id.to_string(), who(r))).collect();
    let (action, submit, heading) = match editing {
        Some(g) => (
            format!("/events/{}/groups/{}", e.id, g.id),
            tr.t("b2b-save-group"),
            tr.t("b2b-edit-group"),
        ),
        None => (
            format!("/events/{}/groups", e.id),
            tr.t("b2b-add-group"),
            tr.t("b2b-add-group"),
        ),
    };
    let host = editing.map(|g| g.host_id.to_string()).unwrap_or_default();
    let guests: Vec<String> = editing
        .map(|g| g.guests.iter().map(ToString::to_string).collect())
        .unwrap_or_default();
    let mut hosts = vec![(String::new(), tr.t("b2b-choose-host"))];
    hosts.extend(people.iter().cloned());
    Form::new("group", action, ctx.csrf(), submit)
        .heading(heading)
        .field(
            Field::text("title", tr.t("b2b-group-title"))
                .value(editing.map(|g| g.title.clone()).unwrap_or_default())
                .required()
                .max(200),
        )
        .field(Field::select("host", tr.t("b2b-group-host"), hosts, &host).required())
        .field(
            Field::checkboxes("guests", tr.t("b2b-group-guests"), people, &guests).hint(tr.t1(
                "b2b-group-guests-hint",
                "max",
                MAX_GUESTS as i64,
            )),
        )
}

/// A group as submitted: a title, a host and one to six other guests, all confirmed
/// participants of the event. Refusals name the field.
async fn read_group(
    state: &AppState,
    tr: &Tr,
    e: &Event,
    form: &FormData,
) -> Result<(String, i64, Vec<i64>), WebError> {
    let title = form.get("title").trim().to_owned();
    if title.is_empty() || title.chars().count() > 200 || title.chars().any(char::is_control) {
        return Err(invalid("title", tr.t("b2b-error-group-title")));
    }
    let host: i64 = form
        .get("host")
        .trim()
        .parse()
        .map_err(|_| invalid("host", tr.t("b2b-error-unknown-participant")))?;
    let mut guests = Vec::new();
    for g in form.all("guests") {
        let g: i64 = g
            .trim()
            .parse()
            .map_err(|_| invalid("guests", tr.t("b2b-error-unknown-participant")))?;
        if g != host && !guests.contains(&g) {
            guests.push(g);
        }
    }
    if guests.is_empty() {
        return Err(invalid("guests", tr.t("b2b-error-no-guests")));
    }
    if guests.len() > MAX_GUESTS {
        return Err(invalid(
            "guests",
            tr.t1("b2b-error-too-many-guests", "max", MAX_GUESTS as i64),
        ));
    }
    let mut ids = guests.clone();
    ids.push(host);
    let confirmed: HashSet<i64> = state
        .store
        .registrations_by_ids(e.id, &ids)
        .await?
        .into_iter()
        .filter(|r| r.state == RegistrationState::Confirmed)
        .map(|r| r.id)
        .collect();
    if !confirmed.contains(&host) {
        return Err(invalid("host", tr.t("b2b-error-unknown-participant")));
    }
    if guests.iter().any(|g| !confirmed.contains(g)) {
        return Err(invalid("guests", tr.t("b2b-error-unknown-participant")));
    }
    Ok((title, host, guests))
}

pub async fn add_group(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = organised_b2b(&state, &me, &id).await?;
    let (title, host, guests) = read_group(&state, &ctx.tr, &e, &form).await?;
    Actor::of(&state, &ctx, me.user())?
        .creating(Action::B2bGroupCreated, &title)
        .create_group_meeting(e.id, host, &guests, &title)
        .await?;
    Ok(Redirect::to(&format!("/events/{}/manage/matchmaking?done=group#groups", e.id)).into_response())
}

pub async fn edit_group(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((id, gid)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = organised_b2b(&state, &me, &id).await?;
    let gid = path_id(&gid)?;
    let (title, host, guests) = read_group(&state, &ctx.tr, &e, &form).await?;
    let changed = Actor::of(&state, &ctx, me.user())?
        .audited(Action::B2bGroupEdited, &gid.to_string(), &title)
        .update_group_meeting(e.id, gid, host, &guests, &title)
        .await?;
    if !changed {
        return Err(WebError::NotFound);
    }
    Ok(Redirect::to(&format!("/events/{}/manage/matchmaking?done=group#groups", e.id)).into_response())
}

pub async fn remove_group(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((id, gid)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let e = organised_b2b(&state, &me, &id).await?;
    let gid = path_id(&gid)?;
    let removed = Actor::of(&state, &ctx, me.user())?
        .audited(Action::B2bGroupRemoved, &gid.to_string(), &e.draft.title)
        .delete_group_meeting(e.id, gid)
        .await?;
    if !removed {
        return Err(WebError::NotFound);
    }
    Ok(Redirect::to(&format!(
        "/events/{}/manage/matchmaking?done=group-removed#groups",
        e.id
    ))
    .into_response())
}

/// A participant's confirmed group meetings (placed and locked, as published), in slot order:
/// (slot, table, group).
pub(super) fn groups_of<'a>(
    e: &Event,
    mine: &Registration,
    groups: &'a [GroupMeeting],
) -> Vec<(usize, u32, &'a GroupMeeting)> {
    let mut out: Vec<(usize, u32, &GroupMeeting)> = groups
        .iter()
        .filter(|g| g.locked && g.members().any(|m| m == mine.id))
        .filter_map(|g| {
            let slot = g.slot? as usize;
            (slot < e.slot_count()).then_some((slot, g.table?, g))
        })
        .collect();
    out.sort_by_key(|(s, t, _)| (*s, *t));
    out
}

/// The agenda's words for whom one meets in a group: its title and the other members.
pub(super) async fn group_with(
    state: &AppState,
    e: &Event,
    mine: &Registration,
    g: &GroupMeeting,
) -> Result<String, WebError> {
    let others: Vec<i64> = g.members().filter(|m| *m != mine.id).collect();
    let names: Vec<String> = state
        .store
        .registrations_by_ids(e.id, &others)
        .await?
        .iter()
        .map(who)
        .collect();
    Ok(format!("{}: {}", g.title, names.join(", ")))
}

/// A participant's group meetings as agenda rows, by slot.
pub(super) async fn group_agenda_rows(
    state: &AppState,
    tr: &Tr,
    e: &Event,
    mine: &Registration,
    tz: Tz,
) -> Result<Vec<(usize, AgendaRow)>, WebError> {
    let groups = state.store.group_meetings_of(e.id, mine.id).await?;
    let mut rows = Vec::new();
    for (slot, table, g) in groups_of(e, mine, &groups) {
        let Some((starts, ends)) = slot_span(e, slot) else {
            continue;
        };
        rows.push((
            slot,
            AgendaRow {
                when: tr.date_time_range(
                    starts.with_timezone(&tz).naive_local(),
                    ends.with_timezone(&tz).naive_local(),
                ),
                minutes: slot_minutes(e, slot),
                place: table_label(tr, e, slot, table),
                with: group_with(state, e, mine, g).await?,
                with_slug: None,
                offer: String::new(),
            },
        ));
    }
    Ok(rows)
}

/// A participant's group meetings as calendar entries.
pub(super) async fn group_ics_entries(
    state: &AppState,
    tr: &Tr,
    e: &Event,
    mine: &Registration,
) -> Result<Vec<ics::Entry>, WebError> {
    let groups = state.store.group_meetings_of(e.id, mine.id).await?;
    let location = e.draft.venue.clone().or_else(|| e.draft.city.clone());
    let mut entries = Vec::new();
    for (slot, table, g) in groups_of(e, mine, &groups) {
        let Some((starts, ends)) = slot_span(e, slot) else {
            continue;
        };
        let place = table_label(tr, e, slot, table);
        let with = group_with(state, e, mine, g).await?;
        entries.push(ics::Entry {
            uid: format!("group-{}-{}@{}", g.id, mine.id, host(state)),
            starts,
            ends,
            summary: tr.t1("b2b-ics-summary", "name", with.clone()),
            description: format!("{}\n{}\n{}", e.draft.title, place, with),
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
        });
    }
    Ok(entries)
}

/// The meetings export's lines for group meetings: the host as requester, the guests (joined
/// with "; ") as invitees, state `group`.
pub(super) async fn group_csv_rows(
    state: &AppState,
    tr: &Tr,
    e: &Event,
    regs: &[Registration],
) -> Result<Vec<Vec<String>>, WebError> {
    let by_id: HashMap<i64, &Registration> = regs.iter().map(|r| (r.id, r)).collect();
    let tz = e.draft.tz();
    let field = |ids: &[i64], f: &dyn Fn(&Registration) -> String| {
        ids.iter()
            .filter_map(|id| by_id.get(id))
            .map(|r| f(r))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let name = |r: &Registration| r.user_name.clone();
    let org = |r: &Registration| r.organisation_name.clone().unwrap_or_default();
    let country = |r: &Registration| r.organisation_country.clone().unwrap_or_default();
    Ok(state
        .store
        .group_meetings(e.id)
        .await?
        .iter()
        .map(|g| {
            let host = [g.host_id];
            let placed = g.slot.filter(|s| (*s as usize) < e.slot_count());
            vec![
                format!("group-{}", g.id),
                field(&host, &name),
                field(&host, &org),
                field(&host, &country),
                field(&g.guests, &name),
                field(&g.guests, &org),
                field(&g.guests, &country),
                "group".to_owned(),
                placed
                    .and_then(|s| slot_span(e, s as usize))
                    .map(|(st, _)| st.with_timezone(&tz).to_rfc3339())
                    .unwrap_or_default(),
                placed.and(g.table).map(|t| (t + 1).to_string()).unwrap_or_default(),
                g.locked.to_string(),
                if placed.is_none() {
                    g.unscheduled
                        .as_deref()
                        .map(|c| reason_text(tr, c, &by_id))
                        .unwrap_or_default()
                } else {
                    String::new()
                },
            ]
        })
        .collect())
}

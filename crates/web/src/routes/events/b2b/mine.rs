//! A participant's meetings: profile, availability, answering requests.

use super::*;

pub struct RequestRow {
    pub id: i64,
    pub other: String,
    pub other_slug: Option<String>,
    pub message: String,
    pub state: String,
    pub state_code: &'static str,
    pub when: Option<String>,
}

pub struct SlotChoice {
    pub value: String,
    pub label: String,
    pub available: bool,
}

/// A session's heading and the slots one may mark as free.
pub(super) struct SessionSlots {
    heading: String,
    slots: Vec<SlotChoice>,
}

#[derive(Template)]
#[template(path = "events/b2b/meetings.html")]
pub(super) struct MeetingsPage {
    chrome: Chrome,
    e: Event,
    notice: Option<String>,
    form: Form,
    sessions: Vec<SessionSlots>,
    received: Vec<RequestRow>,
    sent: Vec<RequestRow>,
    published: bool,
}

pub(super) fn request_rows(
    tr: &Tr,
    e: &Event,
    tz: Tz,
    requests: &[&MeetingRequest],
    by_id: &HashMap<i64, &Registration>,
    other: impl Fn(&MeetingRequest) -> i64,
) -> Vec<RequestRow> {
    requests
        .iter()
        .filter_map(|x| {
            let o = by_id.get(&other(x))?;
            let when = match (x.slot, x.table, x.locked) {
                (Some(s), Some(t), true) => slot_span(e, s as usize).map(|(a, _)| {
                    format!(
                        "{} · {}",
                        tr.date_time(a.with_timezone(&tz).naive_local()),
                        table_label(tr, e, s as usize, t)
                    )
                }),
                _ => None,
            };
            Some(RequestRow {
                id: x.id,
                other: who(o),
                other_slug: o.organisation_slug.clone(),
                message: x.message.clone(),
                state: tr.t(format!("b2b-request-{}", x.state.as_str())),
                state_code: x.state.as_str(),
                when,
            })
        })
        .collect()
}

pub async fn meetings(
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
    let received: Vec<&MeetingRequest> = requests
        .iter()
        .filter(|x| x.invitee_id == mine.id && x.state != RequestState::Withdrawn)
        .collect();
    let sent: Vec<&MeetingRequest> = requests
        .iter()
        .filter(|x| x.requester_id == mine.id && x.state != RequestState::Withdrawn)
        .collect();
    let profile = Form::new(
        "b2b-profile",
        format!("/events/{}/profile", e.id),
        ctx.csrf(),
        tr.t("b2b-save-profile"),
    )
    .heading(tr.t("b2b-profile-heading"))
    .field(
        Field::textarea("offer", tr.t("b2b-offer"))
            .value(mine.offer.clone())
            .hint(tr.t("b2b-offer-hint"))
            .max(2_000),
    )
    .field(
        Field::textarea("seek", tr.t("b2b-seek"))
            .value(mine.seek.clone())
            .hint(tr.t("b2b-seek-hint"))
            .max(2_000),
    );
    let sessions = e
        .sessions
        .iter()
        .map(|s| {
            let heading = format!("{} ({})", tr.date_time_range(s.starts, s.ends()), e.draft.timezone);
            let slots = (0..s.slots)
                .map(|i| {
                    let start = s.slot_start(i);
                    let value = start.format(SLOT_FORMAT).to_string();
                    SlotChoice {
                        available: !mine.unavailable.contains(&value),
                        label: format!(
                            "{}–{}",
                            tr.time(start.time()),
                            tr.time((start + chrono::Duration::minutes(i64::from(s.minutes))).time())
                        ),
                        value,
                    }
                })
                .collect();
            SessionSlots { heading, slots }
        })
        .collect();
    let page = MeetingsPage {
        chrome: ctx.chrome("events"),
        notice: match done_param(raw.as_deref()).as_deref() {
            Some("profile") => Some(tr.t("b2b-done-profile")),
            Some("availability") => Some(tr.t("b2b-done-availability")),
            Some("accepted") => Some(tr.t("b2b-done-accepted")),
            Some("declined") => Some(tr.t("b2b-done-declined")),
            Some("withdrawn") => Some(tr.t("b2b-done-withdrawn")),
            _ => None,
        },
        form: profile,
        sessions,
        received: request_rows(&tr, &e, tz, &received, &by_id, |x| x.requester_id),
        sent: request_rows(&tr, &e, tz, &sent, &by_id, |x| x.invitee_id),
        published: e.schedule_published_at.is_some(),
        e,
    };
    Ok(render(&page)?.into_response())
}

pub async fn save_profile(
    State(state): State<AppState>,
    me: SignedIn,
    Path(id): Path<String>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    let mine = my_registration(&state, &e, me.user()).await?;
    let (offer, seek) = validate_profile(form.get("offer"), form.get("seek")).map_err(|v| {
        WebError::Invalid(ValidationErrors(
            v.0.into_iter()
                .map(|f| FieldError {
                    message: ctx.tr.t("b2b-error-profile"),
                    ..f
                })
                .collect(),
        ))
    })?;
    state.store.set_profile(mine.id, &offer, &seek).await?;
    Ok(Redirect::to(&format!("/events/{}/meetings?done=profile", e.id)).into_response())
}

pub async fn save_availability(
    State(state): State<AppState>,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    let mine = my_registration(&state, &e, me.user()).await?;
    let starts: Vec<String> = slot_starts(&e)
        .iter()
        .map(|s| s.format(SLOT_FORMAT).to_string())
        .collect();
    let available = form.all("available");
    if let Some(bad) = available.iter().find(|a| !starts.contains(a)) {
        return Err(bad_parameter(
            "available",
            format!(
                "\"{}\" is not a meeting slot of this event",
                bad.chars().take(40).collect::<String>()
            ),
        ));
    }
    let away: Vec<String> = starts.into_iter().filter(|s| !available.contains(s)).collect();
    state.store.set_unavailable(mine.id, &away).await?;
    Ok(Redirect::to(&format!("/events/{}/meetings?done=availability", e.id)).into_response())
}

/// Accept, decline (by the invitee) or withdraw (by the requester) a meeting request.
pub async fn answer(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((rid, action)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let x = state
        .store
        .meeting_request(path_id(&rid)?)
        .await?
        .ok_or(WebError::NotFound)?;
    let e = state.store.event(x.event_id).await?.ok_or(WebError::NotFound)?;
    let mine = my_registration(&state, &e, me.user()).await?;
    let (from, to, must_be): (&[RequestState], RequestState, i64) = match action.as_str() {
        "accept" => (
            &[RequestState::Pending, RequestState::Declined],
            RequestState::Accepted,
            x.invitee_id,
        ),
        "decline" => (
            &[RequestState::Pending, RequestState::Accepted],
            RequestState::Declined,
            x.invitee_id,
        ),
        "withdraw" => (
            &[RequestState::Pending, RequestState::Accepted],
            RequestState::Withdrawn,
            x.requester_id,
        ),
        _ => return Err(WebError::NotFound),
    };
    if must_be != mine.id {
        return Err(WebError::Forbidden);
    }
    let action = match to {
        RequestState::Accepted => Action::MeetingAccepted,
        RequestState::Declined => Action::MeetingDeclined,
        RequestState::Withdrawn | RequestState::Pending => Action::MeetingWithdrawn,
    };
    let actor = Actor::of(&state, &ctx, me.user())?;
    let store = actor.audited(action, &x.id.to_string(), &e.draft.title);
    if !store.set_request_state(x.id, from, to).await? {
        return Err(WebError::Conflict("b2b-error-request-state"));
    }
    if to == RequestState::Accepted {
        if let Some(requester) = state
            .store
            .registrations_by_ids(e.id, &[x.requester_id])
            .await?
            .into_iter()
            .next()
        {
            let meetings_link = state.settings.link(&format!("/events/{}/meetings", e.id));
            crate::notify::tell(
                &state,
                &requester.user_email,
                ctx.tr.locale,
                crate::notify::events::b2b_accepted(&e.draft.title, &who(&mine), &meetings_link),
            )
            .await;
        }
    }
    let done = match to {
        RequestState::Accepted => "accepted",
        RequestState::Declined => "declined",
        _ => "withdrawn",
    };
    Ok(Redirect::to(&format!("/events/{}/meetings?done={done}", e.id)).into_response())
}

//! Requests that do not rot: the organiser's follow-up settings, the expiry of requests left
//! unanswered, and reminders to participants who have something to do.
//!
//! Both jobs take the moment they run at (`now`), so tests drive the clock without waiting.

use std::collections::HashMap as Map;

use domain::b2b_followup::FollowUpSettings;
use store::b2b_followup::Nudge;

use super::*;
use crate::i18n::Locale;
use crate::notify;

fn settings_form(ctx: &Ctx, e: &Event, values: [String; 3], errors: Errors) -> Form {
    let tr = ctx.tr;
    Form::new(
        "follow-up",
        format!("/events/{}/follow-up", e.id),
        ctx.csrf(),
        tr.t("b2b-followup-save"),
    )
    .field(
        Field::number("request_days", tr.t("b2b-followup-request-days"))
            .value(values[0].clone())
            .required()
            .hint(tr.t("b2b-followup-request-days-hint")),
    )
    .field(
        Field::number("nudge_every_days", tr.t("b2b-followup-nudge-every"))
            .value(values[1].clone())
            .required()
            .hint(tr.t("b2b-followup-nudge-every-hint")),
    )
    .field(
        Field::number("nudge_cap", tr.t("b2b-followup-nudge-cap"))
            .value(values[2].clone())
            .required()
            .hint(tr.t("b2b-followup-nudge-cap-hint")),
    )
    .errors(errors)
}

fn settings_page(ctx: &Ctx, e: &Event, form: Form, notice: Option<String>) -> Result<Response, WebError> {
    let tr = ctx.tr;
    let refused = form.fields.iter().any(|f| f.error.is_some());
    let page = crate::forms::FormPage {
        chrome: ctx.chrome("events"),
        title: tr.t("b2b-followup-title"),
        intro: vec![tr.t("b2b-followup-intro")],
        notice,
        form,
        links: vec![
            crate::views::Link::new(format!("/events/{}/dashboard", e.id), tr.t("b2b-dashboard")),
            crate::views::Link::new(format!("/events/{}/manage", e.id), tr.t("event-manage")),
        ],
    };
    crate::views::render_form_page(&page, refused)
}

/// `GET /events/{id}/follow-up`: how long requests wait, how often and how many reminders.
pub async fn follow_up(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let e = organised_b2b(&state, &me, &id).await?;
    let s = state.store.follow_up_settings(e.id).await?;
    let values = [s.request_days, s.nudge_every_days, s.nudge_cap].map(|n| n.to_string());
    let notice = (done_param(raw.as_deref()).as_deref() == Some("saved")).then(|| ctx.tr.t("b2b-followup-saved"));
    settings_page(&ctx, &e, settings_form(&ctx, &e, values, Errors::default()), notice)
}

/// `POST /events/{id}/follow-up`: saves the settings; each field out of range is named.
pub async fn save_follow_up(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = organised_b2b(&state, &me, &id).await?;
    let values = [
        form.get("request_days"),
        form.get("nudge_every_days"),
        form.get("nudge_cap"),
    ]
    .map(str::to_owned);
    match FollowUpSettings::parse(&values[0], &values[1], &values[2]) {
        Ok(s) => {
            let detail = format!("{}/{}/{}", s.request_days, s.nudge_every_days, s.nudge_cap);
            Actor::of(&state, &ctx, me.user())?
                .audited(Action::B2bFollowUpSaved, &e.id.to_string(), &detail)
                .set_follow_up_settings(e.id, &s)
                .await?;
            Ok(Redirect::to(&format!("/events/{}/follow-up?done=saved", e.id)).into_response())
        }
        Err(v) => {
            let mut errors = Errors::default();
            for f in v.0 {
                let message = match f.field.as_str() {
                    "request_days" => "b2b-followup-error-request-days",
                    "nudge_every_days" => "b2b-followup-error-nudge-every",
                    _ => "b2b-followup-error-nudge-cap",
                };
                errors.add(&f.field, ctx.tr.t(message));
            }
            settings_page(&ctx, &e, settings_form(&ctx, &e, values, errors), None)
        }
    }
}

/// Expires the requests left unanswered longer than their event allows at `now`, and tells
/// each requester once (the expiry is claimed in the store; see `Store::expire_requests`).
/// Answers how many expired.
pub async fn expire_requests(state: &AppState, now: DateTime<Utc>) -> Result<usize, WebError> {
    let expired = state.store.expire_requests(now).await?;
    let mut events: Map<i64, Option<(Event, FollowUpSettings)>> = Map::new();
    for x in &expired {
        if let std::collections::hash_map::Entry::Vacant(slot) = events.entry(x.event_id) {
            let loaded = match state.store.event(x.event_id).await? {
                Some(e) => Some((e, state.store.follow_up_settings(x.event_id).await?)),
                None => None,
            };
            slot.insert(loaded);
        }
        let Some(Some((e, s))) = events.get(&x.event_id) else {
            continue;
        };
        let link = state.settings.link(&format!("/events/{}/participants", e.id));
        notify::tell(
            state,
            &x.requester_email,
            Locale::En,
            notify::b2b_followup::request_expired(&e.draft.title, &x.invitee_name, i64::from(s.request_days), &link),
        )
        .await;
    }
    Ok(expired.len())
}

/// What a participant has to do: requests waiting for their answer, and their meetings.
pub(super) fn to_do(requests: &[MeetingRequest], registration_id: i64) -> (i64, i64) {
    let waiting = requests
        .iter()
        .filter(|x| x.invitee_id == registration_id && x.state == RequestState::Pending)
        .count() as i64;
    let meetings = requests
        .iter()
        .filter(|x| {
            x.state == RequestState::Accepted && (x.invitee_id == registration_id || x.requester_id == registration_id)
        })
        .count() as i64;
    (waiting, meetings)
}

/// Reminds the participants of upcoming B2B events who have requests waiting for their answer
/// or no meetings yet, at most every `nudge_every_days` (counted from their registration, then
/// from their last reminder) and `nudge_cap` times, in their language. Someone with meetings
/// and nothing waiting has nothing to do and hears nothing. Each reminder is claimed before it
/// is sent, so several nodes send it once. Answers how many went out.
pub async fn send_nudges(state: &AppState, now: DateTime<Utc>) -> Result<usize, WebError> {
    let mut sent = 0;
    for event_id in state.store.events_ahead(now).await? {
        let Some(e) = state.store.event(event_id).await? else {
            continue;
        };
        if !e.draft.b2b {
            continue;
        }
        let s = state.store.follow_up_settings(e.id).await?;
        if s.nudge_cap == 0 {
            continue;
        }
        let requests = state.store.meeting_requests(e.id).await?;
        let mut nudged: Map<i64, (i64, DateTime<Utc>)> = Map::new();
        for n in state.store.nudges(e.id).await? {
            let entry = nudged.entry(n.registration_id).or_insert((0, n.sent_at));
            entry.0 += 1;
            entry.1 = entry.1.max(n.sent_at);
        }
        let every = chrono::Duration::days(i64::from(s.nudge_every_days));
        for r in state.store.registrations(e.id).await? {
            if r.state != RegistrationState::Confirmed {
                continue;
            }
            let (waiting, meetings) = to_do(&requests, r.id);
            if waiting == 0 && meetings > 0 {
                continue;
            }
            let (count, last) = nudged.get(&r.id).copied().unwrap_or((0, r.created_at));
            if count >= i64::from(s.nudge_cap) || now < last + every {
                continue;
            }
            let claim = Nudge {
                registration_id: r.id,
                round: count + 1,
                waiting,
                meetings,
                sent_at: now,
            };
            if !state.store.claim_nudge(e.id, &claim).await? {
                continue;
            }
            let path = if waiting > 0 { "meetings" } else { "participants" };
            let link = state.settings.link(&format!("/events/{}/{path}", e.id));
            notify::tell(
                state,
                &r.user_email,
                Locale::En,
                notify::b2b_followup::nudge(&e.draft.title, waiting, &link),
            )
            .await;
            sent += 1;
        }
    }
    Ok(sent)
}

//! Table stewards: people the organisers of a B2B event name, by the address of their account,
//! to run the check-in desk and record whether meetings took place on the day. A steward sees
//! the desk and the attendance page and nothing else of the organisers' (the rule is
//! `access::desk_role`); the organisers name and remove them here, and the one named is told by
//! mail, in their language, where the desk and the attendance page are.

use axum::http::{header, StatusCode};

use super::*;
use crate::access::DeskRole;
use crate::auth::throttle::Limit;

/// The event, if `me` runs its desk (an organiser or a steward), and in which role.
pub(super) async fn desk_b2b(state: &AppState, me: &SignedIn, id: &str) -> Result<(Event, DeskRole), WebError> {
    let e = load(state, id).await?;
    let role = access::require_desk(state, me.user(), &e).await?;
    if !e.draft.b2b {
        return Err(WebError::Conflict("b2b-error-no-b2b"));
    }
    Ok((e, role))
}

/// Refuses (422, saying why) a steward's word on a meeting they take part in, as a side or as a
/// colleague of a side (`access::steward_may_settle`), and on a meeting a side of which cannot be
/// found: whose meeting it is cannot be told then, and the organisers decide.
pub(super) async fn refuse_own_meeting(
    state: &AppState,
    ctx: &Ctx,
    steward: &User,
    x: &MeetingRequest,
) -> Result<(), WebError> {
    let sides = state
        .store
        .registrations_by_ids(x.event_id, &[x.requester_id, x.invitee_id])
        .await?;
    let side = |id: i64| sides.iter().find(|r| r.id == id);
    let (a, b) = (side(x.requester_id), side(x.invitee_id));
    if a.is_none() || b.is_none() {
        return Err(invalid("outcome", ctx.tr.t("b2b-steward-error-side-missing")));
    }
    let colleagues = access::colleagues(state, steward).await?;
    if access::steward_may_settle(&colleagues, [a, b]) {
        Ok(())
    } else {
        Err(invalid("outcome", ctx.tr.t("b2b-steward-error-own-meeting")))
    }
}

/// A steward as the organisers' list shows them.
pub(super) struct StewardLine {
    user_id: i64,
    name: String,
    email: String,
    /// When, and by whom, they were named.
    named: String,
}

#[derive(Template)]
#[template(path = "events/b2b/stewards.html")]
pub(super) struct StewardsPage {
    chrome: Chrome,
    e: Event,
    notice: Option<String>,
    stewards: Vec<StewardLine>,
    /// What was typed, kept when it is refused.
    email: String,
    error: Option<String>,
}

async fn page(
    state: &AppState,
    ctx: &Ctx,
    e: Event,
    raw: Option<&str>,
    refused: Option<(String, String)>,
) -> Result<Response, WebError> {
    let tr = ctx.tr;
    let tz = e.draft.tz();
    let stewards = state
        .store
        .stewards(e.id)
        .await?
        .into_iter()
        .map(|s| {
            let at = tr.date_time(s.named_at.with_timezone(&tz).naive_local());
            StewardLine {
                user_id: s.user_id,
                name: s.display_name,
                email: s.email,
                named: match s.named_by_name {
                    Some(by) => tr.t2("b2b-stewards-named-by", "date", at, "name", by),
                    None => tr.t1("b2b-stewards-named", "date", at),
                },
            }
        })
        .collect();
    let notice = match done_param(raw).as_deref() {
        Some("named") => Some(tr.t("b2b-stewards-done-named")),
        Some("removed") => Some(tr.t("b2b-stewards-done-removed")),
        _ => None,
    };
    let failed = refused.is_some();
    let (email, error) = refused.map_or((String::new(), None), |(email, error)| (email, Some(error)));
    let page = StewardsPage {
        chrome: ctx.chrome("events"),
        e,
        notice,
        stewards,
        email,
        error,
    };
    crate::views::render_form_page(&page, failed)
}

/// `GET /events/{id}/stewards`: the organisers' list of stewards, and the form to name one.
pub async fn stewards(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let e = organised_b2b(&state, &me, &id).await?;
    page(&state, &ctx, e, raw.as_deref(), None).await
}

/// How many addresses one organiser may look up to name stewards: each answer says whether an
/// account has the address, so the form must not serve to sweep through addresses.
const LOOKUPS_PER_ORGANISER: Limit = Limit {
    action: Action::B2bStewardLookup,
    max: 20,
    window: chrono::Duration::hours(1),
};

/// Counts one address looked up by `me` (recorded before it is looked up, so a burst cannot
/// pass the count); the minutes to wait when over [`LOOKUPS_PER_ORGANISER`]. The refusal is
/// recorded once per window.
async fn lookup_refused(state: &AppState, ctx: &Ctx, me: &User, e: &Event) -> Result<Option<i64>, WebError> {
    let organiser = me.id.to_string();
    let event = e.id.to_string();
    let ip = ctx.viewer()?.ip.clone();
    let now = chrono::Utc::now();
    let entry = |action| store::audit::AuditEvent {
        actor_id: Some(me.id),
        actor: &me.email,
        action,
        subject: &organiser,
        detail: &event,
        ip: Some(&ip),
    };
    let limit = |action, max, window: chrono::Duration| store::audit::AuditLimit {
        action,
        subject: Some(&organiser),
        ip: None,
        max,
        since: now - window,
    };
    let l = &LOOKUPS_PER_ORGANISER;
    if state
        .store
        .audit_within(entry(l.action), &[limit(l.action, l.max, l.window)])
        .await?
        .is_ok()
    {
        return Ok(None);
    }
    let throttled = Action::B2bStewardLookupThrottled;
    // Already noted in this window: nothing more to write.
    let _ = state
        .store
        .audit_within(entry(throttled), &[limit(throttled, 1, l.window)])
        .await?;
    Ok(Some(l.window.num_minutes()))
}

/// `POST /events/{id}/stewards`: names the person whose account has the address `email`. An
/// address without an account, or of one of the admins of the event's organisation (who run
/// the desk already), is refused and said why; naming someone twice changes nothing. The one
/// named is told by mail the first time only, not again after a removal. Each organiser looks
/// up at most [`LOOKUPS_PER_ORGANISER`] addresses an hour (429 past that).
pub async fn add_steward(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = organised_b2b(&state, &me, &id).await?;
    let typed = form.get("email").trim().to_owned();
    let tr = ctx.tr;
    let email = match domain::Email::parse(&typed) {
        _ if typed.is_empty() => Err("b2b-stewards-error-empty"),
        Err(_) => Err("b2b-stewards-error-address"),
        Ok(email) => Ok(email),
    };
    let email = match email {
        Ok(email) => email,
        Err(refusal) => return page(&state, &ctx, e, None, Some((typed, tr.t(refusal)))).await,
    };
    if let Some(minutes) = lookup_refused(&state, &ctx, me.user(), &e).await? {
        let message = tr.t1("b2b-stewards-error-throttled", "minutes", minutes);
        let mut res = page(&state, &ctx, e, None, Some((typed, message))).await?;
        *res.status_mut() = StatusCode::TOO_MANY_REQUESTS;
        res.headers_mut()
            .insert(header::RETRY_AFTER, header::HeaderValue::from(minutes * 60));
        return Ok(res);
    }
    let (steward, refusal) = match state.store.user_by_email(&email).await?.map(|(u, _)| u) {
        None => (None, Some("b2b-stewards-error-no-account")),
        Some(u) => {
            // The organisation's own admins run the desk already; naming them would change
            // nothing. A platform role is not asked: the answer would single out the
            // platform's admins to whoever types their address.
            let organises = access::own_admin(&state, &u, e.organisation_id).await?;
            (Some(u), organises.then_some("b2b-stewards-error-organiser"))
        }
    };
    let steward = match (steward, refusal) {
        (Some(u), None) => u,
        (_, refusal) => {
            let message = tr.t(refusal.unwrap_or("b2b-stewards-error-no-account"));
            return page(&state, &ctx, e, None, Some((typed, message))).await;
        }
    };
    let actor = Actor::of(&state, &ctx, me.user())?;
    let named = actor
        .audited(Action::B2bStewardNamed, &e.id.to_string(), &steward.email)
        .add_steward(e.id, steward.id, me.user().id)
        .await?;
    if named && state.store.first_steward_notice(e.id, steward.id).await? {
        let desk = state.settings.link(&format!("/events/{}/checkin", e.id));
        let attendance = state.settings.link(&format!("/events/{}/attendance", e.id));
        crate::notify::tell(
            &state,
            &steward.email,
            tr.locale,
            crate::notify::b2b_attendance::steward_named(&e.draft.title, &me.user().display_name, &desk, &attendance),
        )
        .await;
    }
    Ok(Redirect::to(&format!("/events/{}/stewards?done=named", e.id)).into_response())
}

/// `POST /events/{id}/stewards/{user}/remove`: the person is no longer a steward of the event
/// (what they recorded stays); not found when they were not one.
pub async fn remove_steward(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((id, user)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let e = organised_b2b(&state, &me, &id).await?;
    let user_id = path_id(&user)?;
    let actor = Actor::of(&state, &ctx, me.user())?;
    if !actor
        .audited(Action::B2bStewardRemoved, &e.id.to_string(), &user_id.to_string())
        .remove_steward(e.id, user_id)
        .await?
    {
        return Err(WebError::NotFound);
    }
    Ok(Redirect::to(&format!("/events/{}/stewards?done=removed", e.id)).into_response())
}

#[cfg(test)]
mod tests {
    use store::b2b_attendance::Outcome;

    use super::super::attendance::{Answers, Settled};

    #[test]
    fn a_meeting_whose_side_cannot_be_found_is_left_to_the_organisers() {
        let nobody = crate::access::Colleagues::default();
        assert!(!crate::access::steward_may_settle(&nobody, [None, None]));
    }

    #[test]
    fn the_organiser_overrides_a_steward_who_overrides_the_sides() {
        let sides = Answers {
            requester: Some(Outcome::Held),
            invitee: Some(Outcome::RequesterAbsent),
            ..Answers::default()
        };
        assert_eq!(sides.settled(), Settled::Conflict);
        let steward = Answers {
            steward: Some(Outcome::Held),
            ..sides
        };
        assert_eq!(steward.settled(), Settled::Is(Outcome::Held));
        assert!(steward.conflicting(), "the sides' disagreement stays visible");
        let organiser = Answers {
            organiser: Some(Outcome::BothAbsent),
            ..steward
        };
        assert_eq!(organiser.settled(), Settled::Is(Outcome::BothAbsent));
        let alone = Answers {
            steward: Some(Outcome::InviteeAbsent),
            ..Answers::default()
        };
        assert_eq!(alone.settled(), Settled::Is(Outcome::InviteeAbsent));
    }
}

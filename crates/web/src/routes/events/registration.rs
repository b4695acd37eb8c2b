//! Registering, the waiting list, reminders and one's own events.

use super::*;
use crate::audit::{Action, Actor};
use crate::views::cards::{event_card, EventCard};

pub async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    if e.state != EventState::Published || e.ends_at <= now() {
        return Err(WebError::Conflict("event-error-closed"));
    }
    if e.draft.kind == EventKind::Mission {
        return Err(WebError::Conflict("event-error-apply-instead"));
    }
    let slug = form.get("organisation").trim();
    let organisation_id = if slug.is_empty() {
        None
    } else {
        let m = state
            .store
            .memberships_of(me.user().id)
            .await?
            .into_iter()
            .find(|m| m.slug == slug)
            .ok_or_else(|| bad_parameter("organisation", "is not an organisation you belong to"))?;
        Some(m.organisation_id)
    };
    // Registered already answers 409 through the store's conflict.
    let actor = Actor::of(&state, &ctx, me.user())?;
    let seat = actor
        .audited(Action::EventRegistered, &e.id.to_string(), &e.draft.title)
        .register(e.id, me.user().id, organisation_id, e.draft.capacity)
        .await?;
    let link = state.settings.link(&format!("/events/{}", e.id));
    let zone = viewer_zone(Some(me.user()), &e);
    // A B2B participant learns at once how they will check in, with the QR code their agenda
    // shows as a picture to show from the mail.
    let pass = match &seat {
        Seat::Confirmed(r) if e.draft.b2b => Some(CheckInPass::of(&state, e.id, r.id).await?),
        _ => None,
    };
    let checkin = pass.as_ref().map(CheckInPass::mail);
    crate::notify::tell(
        &state,
        &me.user().email,
        ctx.tr.locale,
        match &seat {
            Seat::Confirmed(_) => crate::notify::events::registered(&e, zone, &link, checkin),
            Seat::Waitlisted { position, .. } => crate::notify::events::waitlisted(&e.draft.title, *position, &link),
        },
    )
    .await;
    let done = match &seat {
        Seat::Confirmed(_) => "registered",
        Seat::Waitlisted { .. } => "waitlisted",
    };
    Ok(Redirect::to(&format!("/events/{}?done={done}", e.id)).into_response())
}

pub async fn unregister(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    let actor = Actor::of(&state, &ctx, me.user())?;
    let promoted = match actor
        .audited(Action::EventUnregistered, &e.id.to_string(), &e.draft.title)
        .cancel_registration(e.id, me.user().id, e.draft.capacity)
        .await
    {
        Ok(p) => p,
        Err(store::StoreError::NotFound) => return Err(WebError::Conflict("event-error-not-registered")),
        Err(err) => return Err(err.into()),
    };
    if let Some(p) = promoted {
        let link = state.settings.link(&format!("/events/{}", e.id));
        let pass = CheckInPass::for_mail(&state, e.id, e.draft.b2b, p.id).await;
        crate::notify::tell(
            &state,
            &p.user_email,
            ctx.tr.locale,
            crate::notify::events::promoted(e.id, &e.draft.title, &link, pass.as_ref().map(CheckInPass::mail)),
        )
        .await;
    }
    Ok(Redirect::to(&format!("/events/{}?done=unregistered", e.id)).into_response())
}

/// What a confirmed participant of a B2B event is told in mail to check in: their typed code,
/// their agenda's address and the QR code the agenda shows, drawn as a PNG picture.
pub(super) struct CheckInPass {
    code: String,
    agenda: String,
    qr_png: Option<Vec<u8>>,
}

impl CheckInPass {
    /// The pass of the registration `registration` at the event `event`.
    pub(super) async fn of(state: &AppState, event: i64, registration: i64) -> Result<Self, WebError> {
        let (token, code) = super::b2b::checkin_credentials(state, event, registration).await?;
        Ok(CheckInPass {
            code,
            agenda: state.settings.link(&format!("/events/{event}/agenda")),
            qr_png: super::b2b::signing::qr_png(&token),
        })
    }

    /// The pass of a participant `registration` of `event` for a mail that goes out whatever
    /// happens (a promotion, a reminder): none at an event without B2B meetings (`b2b`), and
    /// none, logged, when the platform's key cannot be read, so the mail still leaves without it.
    pub(super) async fn for_mail(state: &AppState, event: i64, b2b: bool, registration: i64) -> Option<Self> {
        if !b2b {
            return None;
        }
        CheckInPass::of(state, event, registration)
            .await
            .inspect_err(|err| tracing::warn!(error = ?err, event, "the check-in code could not be made for a mail"))
            .ok()
    }

    pub(super) fn mail(&self) -> crate::notify::events::CheckIn<'_> {
        crate::notify::events::CheckIn {
            code: &self.code,
            agenda: &self.agenda,
            qr_png: self.qr_png.as_deref(),
        }
    }
}

/// Mails everyone confirmed for an event that starts within a day, once: when and where, the
/// online access, and the agenda for B2B events. Answers how many were sent.
pub async fn send_reminders(state: &AppState) -> Result<usize, WebError> {
    let now = now();
    let mut sent = 0;
    for (r, e) in state
        .store
        .due_reminders(now, now + chrono::Duration::hours(24))
        .await?
    {
        // Claimed first, so that two nodes running the job do not both mail.
        if !state.store.mark_reminded(r.id).await? {
            continue;
        }
        let zone = r
            .user_timezone
            .as_deref()
            .and_then(|z| parse_timezone(z).ok())
            .unwrap_or_else(|| e.draft.tz());
        let link = state.settings.link(&format!("/events/{}", e.id));
        let agenda = (e.draft.b2b && e.schedule_published_at.is_some())
            .then(|| state.settings.link(&format!("/events/{}/agenda", e.id)));
        // What they show at the desk tomorrow, as the confirmation gave it.
        let pass = CheckInPass::for_mail(state, e.id, e.draft.b2b, r.id).await;
        crate::notify::tell(
            state,
            &r.user_email,
            crate::i18n::Locale::En,
            crate::notify::events::reminder(&e, zone, &link, agenda.as_deref(), pass.as_ref().map(CheckInPass::mail)),
        )
        .await;
        sent += 1;
    }
    Ok(sent)
}

#[derive(Template)]
#[template(path = "events/mine.html")]
pub(super) struct MinePage {
    chrome: Chrome,
    registered: Vec<Registered>,
    organised: Vec<Organised>,
}

/// An event one registered for; unconfirmed while on the waiting list.
pub(super) struct Registered {
    row: EventCard,
    confirmed: bool,
}

/// An event one's organisation organises, with its state.
pub(super) struct Organised {
    row: EventCard,
    state: String,
}

/// The events a person registered for and those their organisations organise.
pub async fn mine(State(state): State<AppState>, ctx: Ctx, me: SignedIn) -> Result<Response, WebError> {
    let tr = ctx.tr;
    let user = me.user();
    let registered = state
        .store
        .events_of_user(user.id)
        .await?
        .iter()
        .map(|(e, s)| Registered {
            row: event_card(&tr, Some(user), e),
            confirmed: *s == RegistrationState::Confirmed,
        })
        .collect();
    let mut organised = Vec::new();
    for m in state.store.memberships_of(user.id).await? {
        if m.role != "admin" {
            continue;
        }
        for e in state.store.events_of(m.organisation_id).await? {
            organised.push(Organised {
                row: event_card(&tr, Some(user), &e),
                state: tr.t(e.state.message_id()),
            });
        }
    }
    let page = MinePage {
        chrome: ctx.chrome("events"),
        registered,
        organised,
    };
    Ok(render(&page)?.into_response())
}

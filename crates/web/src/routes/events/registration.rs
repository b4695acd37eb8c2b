//! Registering, the waiting list, reminders and one's own events.

use super::*;
use crate::audit::{Action, Actor};

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
    crate::notify::tell(&state, &me.user().email, ctx.tr.locale, |tr| match &seat {
        Seat::Confirmed(_) => Mail::new(
            tr.t1("mail-event-registered-subject", "title", e.draft.title.as_str()),
            tr.tn(
                "mail-event-registered-body",
                vec![
                    ("title", e.draft.title.as_str().into()),
                    ("when", span(tr, e.starts_at, e.ends_at, zone).into()),
                    ("link", link.as_str().into()),
                ],
            ),
        ),
        Seat::Waitlisted { position, .. } => Mail::new(
            tr.t1("mail-event-waitlisted-subject", "title", e.draft.title.as_str()),
            tr.tn(
                "mail-event-waitlisted-body",
                vec![
                    ("title", e.draft.title.as_str().into()),
                    ("position", (*position).into()),
                    ("link", link.as_str().into()),
                ],
            ),
        ),
    })
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
        crate::notify::tell(&state, &p.user_email, ctx.tr.locale, |tr| {
            crate::notify::Mail::new(
                tr.t1("mail-event-promoted-subject", "title", e.draft.title.as_str()),
                tr.t2(
                    "mail-event-promoted-body",
                    "title",
                    e.draft.title.as_str(),
                    "link",
                    state.settings.link(&format!("/events/{}", e.id)),
                ),
            )
        })
        .await;
    }
    Ok(Redirect::to(&format!("/events/{}?done=unregistered", e.id)).into_response())
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
        crate::notify::tell(state, &r.user_email, crate::i18n::Locale::En, |tr| {
            let mut body = tr.tn(
                "mail-event-reminder-body",
                vec![
                    ("title", e.draft.title.as_str().into()),
                    ("when", span(tr, e.starts_at, e.ends_at, zone).into()),
                    (
                        "where",
                        Some(place(tr, &e))
                            .filter(|p| !p.is_empty())
                            .map(|p| format!(" · {p}"))
                            .unwrap_or_default()
                            .into(),
                    ),
                    ("link", state.settings.link(&format!("/events/{}", e.id)).into()),
                ],
            );
            if let Some(url) = e.draft.online_url.as_ref().filter(|_| e.draft.attendance.is_online()) {
                body.push_str(&format!(
                    "\n\n{}",
                    tr.t1("mail-event-reminder-online", "link", url.as_str())
                ));
            }
            if e.draft.b2b && e.schedule_published_at.is_some() {
                body.push_str(&format!(
                    "\n\n{}",
                    tr.t1(
                        "mail-event-reminder-agenda",
                        "link",
                        state.settings.link(&format!("/events/{}/agenda", e.id))
                    )
                ));
            }
            crate::notify::Mail::new(
                tr.t1("mail-event-reminder-subject", "title", e.draft.title.as_str()),
                body,
            )
        })
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
    row: Row,
    confirmed: bool,
}

/// An event one's organisation organises, with its state.
pub(super) struct Organised {
    row: Row,
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
            row: row(&tr, Some(user), e),
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
                row: row(&tr, Some(user), &e),
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

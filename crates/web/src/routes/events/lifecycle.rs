//! Review by moderators (of new events and of changes to published ones), and cancelling.

use super::*;
use crate::audit::{Action, Actor};
use crate::notify::events::field_label;
use crate::views::Link;

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    moderation::submit(&state, &ctx, me.user(), &e).await?;
    Ok(Redirect::to(&format!("/events/{}?done=submitted", e.id)).into_response())
}

pub async fn approve(
    State(state): State<AppState>,
    ctx: Ctx,
    me: Moderator,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    crate::access::not_own_request(&state, &me.0.user, e.revision_by, Some(e.organisation_id)).await?;
    if e.state == EventState::Published && e.revision.is_some() {
        return decide_revision(&state, &ctx, &me.0.user, &e, None).await;
    }
    moderation::publish(&state, &ctx, &me.0.user, &e).await?;
    Ok(Redirect::to("/moderation/events?done=published").into_response())
}

pub async fn send_back(
    State(state): State<AppState>,
    ctx: Ctx,
    me: Moderator,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    crate::access::not_own_request(&state, &me.0.user, e.revision_by, Some(e.organisation_id)).await?;
    let reason = crate::routes::return_reason(&ctx, &form)?;
    if e.state == EventState::Published && e.revision.is_some() {
        return decide_revision(&state, &ctx, &me.0.user, &e, Some(&reason)).await;
    }
    moderation::send_back(&state, &ctx, &me.0.user, &e, &reason).await?;
    Ok(Redirect::to("/moderation/events?done=returned").into_response())
}

/// A moderator's decision on a change to a published event: approved (`reason` None), the
/// change replaces the event and the people registered are told what changed; sent back, it is
/// dropped and the organisers hear why.
pub(super) async fn decide_revision(
    state: &AppState,
    ctx: &Ctx,
    moderator: &store::accounts::User,
    e: &Event,
    reason: Option<&str>,
) -> Result<Response, WebError> {
    // What changed is known from the waiting revision before it is decided.
    let (action, detail) = match (reason, &e.revision) {
        (None, Some(after)) => (Action::EventRevisionApproved, e.draft.changed_fields(after).join(", ")),
        (None, None) => (Action::EventRevisionApproved, String::new()),
        (Some(r), _) => (Action::EventRevisionReturned, r.to_owned()),
    };
    let actor = Actor::of(state, ctx, moderator)?;
    let Some((before, after)) = actor
        .audited(action, &e.id.to_string(), &detail)
        .resolve_event_revision(e.id, reason.is_none())
        .await?
    else {
        return Err(WebError::Conflict("event-error-revision-decided"));
    };
    let link = state.settings.link(&format!("/events/{}", e.id));
    match reason {
        None => {
            let fields = before.changed_fields(&after);
            let to = state.store.registrations(e.id).await?.into_iter().map(|r| r.user_email);
            crate::notify::tell_each(
                state,
                to,
                crate::i18n::Locale::En,
                crate::notify::events::revised(&after.title, &fields, &link),
            )
            .await;
            crate::notify::tell_organisation(
                state,
                e.organisation_id,
                Audience::Admins,
                crate::notify::events::revision_approved(&after.title, &link),
            )
            .await?;
            Ok(Redirect::to("/moderation/events?done=revision-approved").into_response())
        }
        Some(reason) => {
            crate::notify::tell_organisation(
                state,
                e.organisation_id,
                Audience::Admins,
                crate::notify::events::revision_returned(&before.title, reason, &link),
            )
            .await?;
            Ok(Redirect::to("/moderation/events?done=revision-returned").into_response())
        }
    }
}

/// `GET /events/{id}/cancel`: calling an event off is asked once more, saying who will be told.
pub async fn cancel_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    if e.state != EventState::Published {
        return Err(WebError::Conflict("event-error-state"));
    }
    let (confirmed, waiting) = state.store.registration_counts(e.id).await?;
    let tr = &ctx.tr;
    let page = FormPage {
        chrome: ctx.chrome("events"),
        title: tr.t1("event-cancel-title", "title", e.draft.title.as_str()),
        intro: vec![
            tr.t1(
                "event-cancel-when",
                "when",
                span(tr, e.starts_at, e.ends_at, e.draft.tz()),
            ),
            tr.t1("event-cancel-told", "count", confirmed + waiting),
        ],
        notice: None,
        form: Form::new(
            "cancel",
            format!("/events/{}/cancel", e.id),
            ctx.csrf(),
            tr.t("event-cancel"),
        )
        .field(Field::hidden("confirm", "yes"))
        .danger(),
        links: vec![Link::new(format!("/events/{}", e.id), tr.t("event-cancel-keep"))],
    };
    Ok(render(&page)?.into_response())
}

/// The organiser calls a published event off; everyone registered is told.
pub async fn cancel(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    // Only the confirmation page's form calls it off; anything else is asked there first.
    if form.get("confirm") != "yes" {
        return Ok(Redirect::to(&format!("/events/{}/cancel", e.id)).into_response());
    }
    let actor = Actor::of(&state, &ctx, me.user())?;
    let store = actor.audited(Action::EventCancelled, &e.id.to_string(), &e.draft.title);
    moderation::transition(&store, &e, &[EventState::Published], EventState::Cancelled, None).await?;
    let link = state.settings.link(&format!("/events/{}", e.id));
    for r in state.store.registrations(e.id).await? {
        crate::notify::tell(
            &state,
            &r.user_email,
            ctx.tr.locale,
            crate::notify::events::cancelled(&e.draft.title, &link),
        )
        .await;
    }
    Ok(Redirect::to(&format!("/events/{}?done=cancelled", e.id)).into_response())
}

#[derive(Template)]
#[template(path = "events/moderation.html")]
pub(super) struct QueuePage {
    chrome: Chrome,
    notice: Option<String>,
    items: Vec<QueueItem>,
}

/// An event to review: a new one, or a change to a published one.
pub(super) struct QueueItem {
    e: Event,
    /// What the moderator decides on: the submitted event, or the proposed change.
    shown: domain::EventDraft,
    when: String,
    /// For a change: the labels of the fields it changes (empty for a new event).
    changes: Vec<String>,
}

pub async fn queue(
    State(state): State<AppState>,
    ctx: Ctx,
    _me: Moderator,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let notice = match done_param(raw.as_deref()).as_deref() {
        Some("published") => Some(ctx.tr.t("event-done-published")),
        Some("returned") => Some(ctx.tr.t("event-done-returned")),
        Some("revision-approved") => Some(ctx.tr.t("event-done-revision-approved")),
        Some("revision-returned") => Some(ctx.tr.t("event-done-revision-returned")),
        _ => None,
    };
    let mut items = Vec::new();
    for e in state
        .store
        .submitted_events()
        .await?
        .into_iter()
        .chain(state.store.event_revisions().await?)
    {
        let shown = e.revision.clone().unwrap_or_else(|| e.draft.clone());
        let changes = match &e.revision {
            Some(r) => e
                .draft
                .changed_fields(r)
                .iter()
                .map(|f| ctx.tr.t(field_label(f)))
                .collect(),
            None => vec![],
        };
        items.push(QueueItem {
            when: span(&ctx.tr, shown.starts_utc(), shown.ends_utc(), shown.tz()),
            shown,
            changes,
            e,
        });
    }
    let page = QueuePage {
        chrome: ctx.chrome("moderation"),
        notice,
        items,
    };
    Ok(render(&page)?.into_response())
}

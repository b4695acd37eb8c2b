//! Moderated publication, written once for every kind that has it (events, opportunities,
//! news and services): its owners submit it, moderators are told; a moderator publishes it
//! or returns it with a reason, its owners are told in their language. Each step is one
//! conditional state change (`store::moderation`) with its audit row, then the mails. Who may take a
//! step is the handler's to check, in `access.rs` terms, before it calls here.

use domain::moderation::ModeratedState;
use store::accounts::User;
use store::events::Event;
use store::moderation::Moderated;
use store::news::News;
use store::opportunities::Opportunity;
use store::services::Service;
use store::Store;

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};

use crate::audit::{Action, Actor};
use crate::auth::extract::Moderator;
use crate::ctx::Ctx;
use crate::forms::FormData;
use crate::notify::Audience;
use crate::{AppState, WebError};

/// Something moderated. `KIND` names its mails (`mail-{KIND}-submitted-subject` …); `AUDIT`
/// its audit actions for submitted, published and returned.
pub trait Publication {
    type State: Moderated;
    const KIND: &'static str;
    const AUDIT: [Action; 3];
    /// The moderators' queue it waits in.
    const QUEUE: &'static str;
    /// The refusal when someone else moved it first.
    const CONFLICT: &'static str;
    const OWNERS: Audience;

    fn id(&self) -> i64;
    fn title(&self) -> &str;
    fn organisation_id(&self) -> i64;
    /// Its page, for the links in mails.
    fn path(&self) -> String;
    /// The refusal when it can no longer be published (its start or its deadline has passed).
    fn too_late(&self) -> Option<&'static str>;
}

impl Publication for Event {
    type State = domain::EventState;
    const KIND: &'static str = "event";
    const AUDIT: [Action; 3] = [Action::EventSubmitted, Action::EventPublished, Action::EventReturned];
    const QUEUE: &'static str = "/moderation/events";
    const CONFLICT: &'static str = "event-error-state";
    const OWNERS: Audience = Audience::Admins;

    fn id(&self) -> i64 {
        self.id
    }
    fn title(&self) -> &str {
        &self.draft.title
    }
    fn organisation_id(&self) -> i64 {
        self.organisation_id
    }
    fn path(&self) -> String {
        format!("/events/{}", self.id)
    }
    fn too_late(&self) -> Option<&'static str> {
        (self.starts_at <= chrono::Utc::now()).then_some("event-error-past")
    }
}

impl Publication for Opportunity {
    type State = domain::OpportunityState;
    const KIND: &'static str = "opportunity";
    const AUDIT: [Action; 3] = [
        Action::OpportunitySubmitted,
        Action::OpportunityPublished,
        Action::OpportunityReturned,
    ];
    const QUEUE: &'static str = "/moderation/opportunities";
    const CONFLICT: &'static str = "opportunity-error-state";
    const OWNERS: Audience = Audience::Members;

    fn id(&self) -> i64 {
        self.id
    }
    fn title(&self) -> &str {
        &self.draft.title
    }
    fn organisation_id(&self) -> i64 {
        self.organisation_id
    }
    fn path(&self) -> String {
        format!("/opportunities/{}", self.id)
    }
    fn too_late(&self) -> Option<&'static str> {
        (self.draft.deadline <= crate::views::time::today()).then_some("opportunity-error-deadline-past")
    }
}

impl Publication for News {
    type State = domain::NewsState;
    const KIND: &'static str = "news";
    const AUDIT: [Action; 3] = [Action::NewsSubmitted, Action::NewsPublished, Action::NewsReturned];
    const QUEUE: &'static str = "/moderation/news";
    const CONFLICT: &'static str = "news-error-state";
    const OWNERS: Audience = Audience::Members;

    fn id(&self) -> i64 {
        self.id
    }
    fn title(&self) -> &str {
        &self.draft.title
    }
    fn organisation_id(&self) -> i64 {
        self.organisation_id
    }
    fn path(&self) -> String {
        format!("/news/{}", self.id)
    }
    fn too_late(&self) -> Option<&'static str> {
        None
    }
}

impl Publication for Service {
    type State = domain::service::ServiceState;
    const KIND: &'static str = "service";
    const AUDIT: [Action; 3] = [
        Action::ServiceSubmitted,
        Action::ServicePublished,
        Action::ServiceReturned,
    ];
    const QUEUE: &'static str = "/moderation/services";
    const CONFLICT: &'static str = "service-error-state";
    const OWNERS: Audience = Audience::Members;

    fn id(&self) -> i64 {
        self.id
    }
    fn title(&self) -> &str {
        self.draft.name()
    }
    fn organisation_id(&self) -> i64 {
        self.organisation_id
    }
    fn path(&self) -> String {
        format!("/services/{}", self.id)
    }
    fn too_late(&self) -> Option<&'static str> {
        None
    }
}

/// Moves `item` from one of `from` to `to` through `store` (an audited one, so that the entry
/// is written with the change), or says someone else moved it first.
pub async fn transition<P: Publication>(
    store: &Store,
    item: &P,
    from: &[P::State],
    to: P::State,
    reason: Option<&str>,
) -> Result<(), WebError> {
    if store.transition(item.id(), from, to, reason).await? {
        Ok(())
    } else {
        Err(WebError::Conflict(P::CONFLICT))
    }
}

/// Its owners submit a draft or a returned item for review; the moderators are told.
pub async fn submit<P: Publication>(state: &AppState, ctx: &Ctx, owner: &User, item: &P) -> Result<(), WebError> {
    if let Some(refusal) = item.too_late() {
        return Err(WebError::Conflict(refusal));
    }
    let from = P::State::submittable();
    let actor = Actor::of(state, ctx, owner)?;
    let store = actor.audited(P::AUDIT[0], &item.id().to_string(), item.title());
    transition(&store, item, &from, P::State::SUBMITTED, None).await?;
    let kind = P::KIND;
    let link = state.settings.link(P::QUEUE);
    crate::notify::tell_moderators(state, crate::notify::moderation::submitted(kind, item.title(), &link)).await
}

/// A moderator publishes a submitted item; its owners are told.
pub async fn publish<P: Publication>(state: &AppState, ctx: &Ctx, moderator: &User, item: &P) -> Result<(), WebError> {
    if let Some(refusal) = item.too_late() {
        return Err(WebError::Conflict(refusal));
    }
    let actor = Actor::of(state, ctx, moderator)?;
    let store = actor.audited(P::AUDIT[1], &item.id().to_string(), item.title());
    transition(&store, item, &[P::State::SUBMITTED], P::State::PUBLISHED, None).await?;
    let kind = P::KIND;
    let link = state.settings.link(&item.path());
    crate::notify::tell_organisation(
        state,
        item.organisation_id(),
        P::OWNERS,
        crate::notify::moderation::published(kind, item.title(), &link),
    )
    .await
}

/// A moderator returns a submitted item with a reason; its owners are told why.
pub async fn send_back<P: Publication>(
    state: &AppState,
    ctx: &Ctx,
    moderator: &User,
    item: &P,
    reason: &str,
) -> Result<(), WebError> {
    let actor = Actor::of(state, ctx, moderator)?;
    let store = actor.audited(P::AUDIT[2], &item.id().to_string(), reason);
    transition(&store, item, &[P::State::SUBMITTED], P::State::RETURNED, Some(reason)).await?;
    let kind = P::KIND;
    let link = state.settings.link(&item.path());
    crate::notify::tell_organisation(
        state,
        item.organisation_id(),
        P::OWNERS,
        crate::notify::moderation::returned(kind, item.title(), reason, &link),
    )
    .await
}

/// A publication whose moderator decisions need nothing of its own (opportunities and news; an
/// event's decisions also cover changes to a published event, so events have their own
/// handlers): the routes `…/{id}/approve` and `…/{id}/return` are [`approve`] and [`return_it`].
pub trait Reviewed: Publication + Sized {
    fn load(
        state: &AppState,
        id: i64,
    ) -> impl std::future::Future<Output = Result<Option<Self>, store::StoreError>> + Send;
}

impl Reviewed for Opportunity {
    fn load(
        state: &AppState,
        id: i64,
    ) -> impl std::future::Future<Output = Result<Option<Self>, store::StoreError>> + Send {
        state.store.opportunity(id)
    }
}

impl Reviewed for News {
    fn load(
        state: &AppState,
        id: i64,
    ) -> impl std::future::Future<Output = Result<Option<Self>, store::StoreError>> + Send {
        state.store.news(id)
    }
}

impl Reviewed for Service {
    fn load(
        state: &AppState,
        id: i64,
    ) -> impl std::future::Future<Output = Result<Option<Self>, store::StoreError>> + Send {
        state.store.service(id)
    }
}

/// The item the path names, for a moderator who may decide on it: not their own organisation's.
async fn reviewed<P: Reviewed>(state: &AppState, moderator: &User, id: &str) -> Result<P, WebError> {
    let item = P::load(state, crate::routes::path_id(id)?)
        .await?
        .ok_or(WebError::NotFound)?;
    crate::access::not_own_request(state, moderator, None, Some(item.organisation_id())).await?;
    Ok(item)
}

/// `POST …/{id}/approve`: a moderator publishes it, back to the queue.
pub async fn approve<P: Reviewed>(
    State(state): State<AppState>,
    ctx: Ctx,
    me: Moderator,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let item: P = reviewed(&state, &me.0.user, &id).await?;
    publish(&state, &ctx, &me.0.user, &item).await?;
    Ok(Redirect::to(&format!("{}?done=published", P::QUEUE)).into_response())
}

/// `POST …/{id}/return`: a moderator returns it with the reason given, back to the queue.
pub async fn return_it<P: Reviewed>(
    State(state): State<AppState>,
    ctx: Ctx,
    me: Moderator,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let item: P = reviewed(&state, &me.0.user, &id).await?;
    let reason = crate::routes::return_reason(&ctx, &form)?;
    send_back(&state, &ctx, &me.0.user, &item, &reason).await?;
    Ok(Redirect::to(&format!("{}?done=returned", P::QUEUE)).into_response())
}

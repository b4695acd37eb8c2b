//! News and linked events on a project page.

use super::*;
use crate::audit::{Action, Actor};

pub async fn post_news(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(raw): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let p = load(&state, &raw).await?;
    let r = access::project_rights(&state, Some(me.user()), p.id).await?;
    let partner = posting_partner(&r, &form)?;
    let title = form.get("title").trim();
    let body = form.get("body").trim();
    let mut e = ValidationErrors::default();
    let bad = |s: &str| s.chars().any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t');
    if !(3..=200).contains(&title.chars().count()) || bad(title) {
        e.push("title", ctx.tr.t("programme-error-title"));
    }
    if !(10..=MAX_NEWS).contains(&body.chars().count()) || bad(body) {
        e.push("body", ctx.tr.t("project-error-news"));
    }
    if !e.is_empty() {
        return Err(WebError::Invalid(e));
    }
    let actor = Actor::of(&state, &ctx, me.user())?;
    actor
        .audited(Action::ProjectNews, &p.id.to_string(), title)
        .add_project_news(p.id, partner.organisation_id, me.user().id, title, body)
        .await?;
    Ok(Redirect::to(&format!("/projects/{}?done=news#news", p.id)).into_response())
}

pub async fn delete_news(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((raw, news)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let (p, r) = contributable(&state, &me, &raw).await?;
    let news_id = path_id(&news)?;
    let Some(posted_for) = state.store.news_organisation(p.id, news_id).await? else {
        return Err(WebError::NotFound);
    };
    if !r.speaks_for(posted_for) {
        return Err(WebError::Forbidden);
    }
    let actor = Actor::of(&state, &ctx, me.user())?;
    // Nothing to remove records nothing.
    actor
        .audited(Action::ProjectNewsDeleted, &p.id.to_string(), &news)
        .delete_project_news(p.id, news_id)
        .await?;
    Ok(Redirect::to(&format!("/projects/{}?done=news#news", p.id)).into_response())
}

/// Links one of the partners' published events to the project.
pub async fn link_event(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(raw): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let (p, r) = contributable(&state, &me, &raw).await?;
    let event_id = form
        .get("event")
        .trim()
        .parse::<i64>()
        .map_err(|_| bad_parameter("event", "is not an event"))?;
    let event = state
        .store
        .event(event_id)
        .await?
        .filter(|e| {
            e.state.public() && r.consortium.contains(&e.organisation_id) && r.speaks_for(Some(e.organisation_id))
        })
        .ok_or_else(|| bad_parameter("event", "is not a published event of a partner you administer"))?;
    let actor = Actor::of(&state, &ctx, me.user())?;
    actor
        .audited(Action::ProjectEventLinked, &p.id.to_string(), &event.draft.title)
        .link_event(p.id, event.id)
        .await?;
    Ok(Redirect::to(&format!("/projects/{}?done=events#events", p.id)).into_response())
}

pub async fn unlink_event(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((raw, event)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let (p, r) = contributable(&state, &me, &raw).await?;
    let event_id = path_id(&event)?;
    let Some(linked) = state.store.event(event_id).await? else {
        return Err(WebError::NotFound);
    };
    if !r.speaks_for(Some(linked.organisation_id)) {
        return Err(WebError::Forbidden);
    }
    let actor = Actor::of(&state, &ctx, me.user())?;
    // Nothing to remove records nothing.
    actor
        .audited(Action::ProjectEventUnlinked, &p.id.to_string(), &event)
        .unlink_event(p.id, event_id)
        .await?;
    Ok(Redirect::to(&format!("/projects/{}?done=events#events", p.id)).into_response())
}

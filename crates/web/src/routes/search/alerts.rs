//! Saved searches and "notify me": a signed-in person keeps a search or a list of
//! recommendations and gets a daily e-mail with what is new in it; every mail carries a link that
//! ends the alert without logging in.

use crate::audit::{Action, Actor};
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::OpportunityState;
use store::opportunities::{SavedSearch, WatchKind};

use crate::auth::extract::SignedIn;
use crate::auth::{hash_token, random_token};
use crate::ctx::Ctx;
use crate::forms::{done_param, query_pairs};
use crate::forms::{FormData, FormPage};
use crate::i18n::{Locale, Tr};
use crate::routes::{bad_parameter, path_id, search};
use crate::views::{render, Chrome};
use crate::{AppState, WebError};

/// Saved searches one person may keep.
pub const MAX_PER_USER: usize = 50;
const MAX_QUERY: usize = 1_000;
/// Results a digest looks at per saved search.
const WATCHED: usize = 50;

/// A result of a watched search or list: its key (stable across runs), name and link.
struct Item {
    key: String,
    name: String,
    href: String,
}

/// What a saved search shows now, read as a visitor would see it (plus members-only
/// opportunities, since alerts belong to signed-in people).
/// What a saved search finds now, read as `tr`'s language reads (search analysis, names).
async fn current(state: &AppState, tr: &Tr, kind: WatchKind, query: &str) -> Result<(String, Vec<Item>), WebError> {
    match kind {
        WatchKind::Search => {
            let pairs = query_pairs(Some(query));
            let params = search::SearchParams::from_pairs(&pairs, WATCHED).map_err(WebError::from)?;
            let mut request = params.request(state, tr, WATCHED).await?;
            request.facets = false;
            request.passages = false;
            let results = search::run(state, request).await?;
            let name = if params.q.trim().is_empty() {
                tr.t("search-title")
            } else {
                tr.t1("search-title-for", "q", params.q.chars().take(80).collect::<String>())
            };
            let items = results
                .hits
                .into_iter()
                .map(|h| Item {
                    key: h.key,
                    name: h.title,
                    href: h.url,
                })
                .collect();
            Ok((name, items))
        }
        WatchKind::Recommendations => {
            let (subject, id) = query.split_once(':').ok_or(WebError::NotFound)?;
            let list = match subject {
                "organisation" => {
                    let org = state.store.organisation_by_slug(id).await?.ok_or(WebError::NotFound)?;
                    let list = state.matchmaker.current_for_organisation(tr, &org, true, WATCHED);
                    (
                        tr.t1("alerts-recommendations-for", "name", org.profile.name.as_str()),
                        list,
                    )
                }
                "opportunity" => {
                    let o = state.store.opportunity(path_id(id)?).await?.ok_or(WebError::NotFound)?;
                    if o.state != OpportunityState::Published {
                        return Err(WebError::NotFound);
                    }
                    let org = state
                        .store
                        .organisation_by_slug(o.organisation_slug.as_str())
                        .await?
                        .ok_or(WebError::NotFound)?;
                    let list = state.matchmaker.current_for_opportunity(tr, &o, &org, true, WATCHED);
                    (
                        tr.t1("alerts-recommendations-for", "name", o.draft.title.as_str()),
                        list,
                    )
                }
                _ => return Err(WebError::NotFound),
            };
            let (name, shown) = list;
            let items = shown
                .iter()
                .flat_map(|list| list.iter())
                .map(|s| Item {
                    key: format!("{}:{}", s.kind, s.id),
                    name: s.name.clone(),
                    href: s.href.clone(),
                })
                .collect();
            Ok((name, items))
        }
    }
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    form: FormData,
) -> Result<Response, WebError> {
    let kind = match form.get("kind") {
        "search" => WatchKind::Search,
        "recommendations" => WatchKind::Recommendations,
        other => {
            return Err(bad_parameter(
                "kind",
                format!(
                    "\"{}\" is not search or recommendations",
                    other.chars().take(40).collect::<String>()
                ),
            ))
        }
    };
    let query = form.get("query").trim().to_owned();
    if query.chars().count() > MAX_QUERY {
        return Err(bad_parameter("query", format!("is longer than {MAX_QUERY} characters")));
    }
    let mine = state.store.saved_searches_of(me.user().id).await?;
    // The same search saved twice would mail the same news twice.
    if mine.iter().any(|s| s.kind == kind && s.query == query) {
        return Ok(Redirect::to("/account/alerts?done=exists").into_response());
    }
    if mine.len() >= MAX_PER_USER {
        return Err(WebError::Conflict("alerts-too-many"));
    }
    // `current` answers 404 for what is gone or not published; alerts belong to signed-in
    // people, who may read members-only opportunities.
    let (name, items) = current(&state, &ctx.tr, kind, &query).await?;
    let seen: Vec<String> = items.into_iter().map(|i| i.key).collect();
    let token = random_token();
    let actor = Actor::of(&state, &ctx, me.user())?;
    actor
        .audited(Action::AlertCreated, &name, kind.as_str())
        .save_search(me.user().id, &name, kind, &query, &hash_token(&token), &seen)
        .await?;
    Ok(Redirect::to("/account/alerts?done=saved").into_response())
}

#[derive(Template)]
#[template(path = "search/alerts.html")]
struct AlertsPage {
    chrome: Chrome,
    notice: Option<String>,
    alerts: Vec<SavedSearch>,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let done = done_param(raw.as_deref());
    let notice = match done.as_deref() {
        Some("saved") => Some(ctx.tr.t("alerts-saved")),
        Some("deleted") => Some(ctx.tr.t("alerts-deleted")),
        Some("frequency") => Some(ctx.tr.t("alerts-frequency-changed")),
        Some("exists") => Some(ctx.tr.t("alerts-exists")),
        _ => None,
    };
    let page = AlertsPage {
        chrome: ctx.chrome("account"),
        notice,
        alerts: state.store.saved_searches_of(me.user().id).await?,
    };
    Ok(render(&page)?.into_response())
}

pub async fn delete(State(state): State<AppState>, me: SignedIn, Path(id): Path<String>) -> Result<Response, WebError> {
    if !state.store.delete_saved_search(path_id(&id)?, me.user().id).await? {
        return Err(WebError::NotFound);
    }
    Ok(Redirect::to("/account/alerts?done=deleted").into_response())
}

fn unsubscribe_page(ctx: &Ctx, token: &str) -> FormPage {
    let tr = &ctx.tr;
    FormPage {
        chrome: ctx.chrome(""),
        title: tr.t("alerts-unsubscribe-title"),
        intro: vec![tr.t("alerts-unsubscribe-intro")],
        notice: None,
        form: crate::forms::Form::new(
            "unsubscribe",
            "/alerts/unsubscribe",
            ctx.csrf(),
            tr.t("alerts-unsubscribe"),
        )
        .field(crate::forms::Field::hidden("token", token)),
        links: vec![],
    }
}

/// The page a digest links to: one button, so mail scanners that follow links end nothing.
pub async fn unsubscribe_form(ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let token = query_pairs(raw.as_deref())
        .into_iter()
        .find(|(k, _)| k == "token")
        .map(|(_, v)| v)
        .unwrap_or_default();
    Ok(render(&unsubscribe_page(&ctx, &token))?.into_response())
}

pub async fn unsubscribe(State(state): State<AppState>, ctx: Ctx, form: FormData) -> Result<Response, WebError> {
    let token = form.get("token");
    let found = match token.len() {
        1..=200 => state.store.saved_search_by_unsubscribe(&hash_token(token)).await?,
        _ => None,
    };
    let Some(s) = found else {
        return Err(WebError::Conflict("alerts-unknown-link"));
    };
    state.store.delete_saved_search(s.id, s.user_id).await?;
    crate::views::message_page(
        &ctx,
        StatusCode::OK,
        ctx.tr.t("alerts-unsubscribed"),
        vec![ctx.tr.t1("alerts-unsubscribed-detail", "name", s.name.as_str())],
    )
}

/// What saved search `s` finds now that it never sent, as names and links, recorded as sent;
/// None when it finds nothing new or what it watched is gone. Searched as `reader` reads.
pub(crate) async fn fresh_results(
    state: &AppState,
    reader: &Tr,
    s: &SavedSearch,
) -> Result<Option<Vec<(String, String)>>, WebError> {
    let items = match current(state, reader, s.kind, &s.query).await {
        Ok((_, items)) => items,
        // What it watched is gone (an opportunity closed, a profile removed): nothing to send.
        Err(WebError::NotFound) => return Ok(None),
        Err(e) => {
            tracing::warn!(error = ?e, alert = s.id, "cannot run a saved search");
            return Ok(None);
        }
    };
    let fresh: Vec<Item> = items.into_iter().filter(|i| !s.seen.contains(&i.key)).collect();
    if fresh.is_empty() {
        return Ok(None);
    }
    let mut seen = s.seen.clone();
    seen.extend(fresh.iter().map(|i| i.key.clone()));
    state.store.mark_digest_sent(s.id, &seen).await?;
    Ok(Some(fresh.into_iter().map(|i| (i.name, i.href)).collect()))
}

/// Sends the new results of every saved search with a daily mail to its owner; returns how
/// many mails went out. (Weekly ones go into the weekly digest.)
pub async fn send_digests(state: &AppState) -> Result<usize, WebError> {
    let mut sent = 0;
    for s in state.store.daily_saved_searches().await? {
        let Some((user, _)) = state.store.user_by_id(s.user_id).await? else {
            continue;
        };
        // Searched as the owner reads, as the digest is written.
        let locale = user.language.as_deref().and_then(Locale::from_code).unwrap_or_default();
        let Some(fresh) = fresh_results(state, &Tr::new(locale), &s).await? else {
            continue;
        };
        // Only the token's hash is stored, so each digest carries a fresh one; the links of
        // older digests then no longer work, and the page they reach says to use the newest.
        let token = random_token();
        state.store.set_unsubscribe(s.id, &hash_token(&token)).await?;
        let unsubscribe = state.settings.link(&format!("/alerts/unsubscribe?token={token}"));
        let digest: Vec<(String, String)> = fresh
            .into_iter()
            .map(|(name, href)| (name, state.settings.link(&href)))
            .collect();
        crate::notify::tell(
            state,
            &user.email,
            locale,
            crate::notify::opportunities::digest(&s.name, &digest, &unsubscribe),
        )
        .await;
        sent += 1;
    }
    Ok(sent)
}

/// Sends a saved search's news weekly in the digest, or daily in a mail of its own.
pub async fn frequency(
    State(state): State<AppState>,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let weekly = match form.get("frequency") {
        "weekly" => true,
        "daily" => false,
        _ => return Err(bad_parameter("frequency", "must be daily or weekly")),
    };
    if !state
        .store
        .set_saved_search_weekly(path_id(&id)?, me.user().id, weekly)
        .await?
    {
        return Err(WebError::NotFound);
    }
    Ok(Redirect::to("/account/alerts?done=frequency").into_response())
}

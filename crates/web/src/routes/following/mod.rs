//! Following: people follow organisations, technologies, ecosystems and countries (and get
//! saved searches weekly), and a weekly digest tells them what is new in it (`digest`). The
//! follow button sits on profiles and on filtered news lists; `/account/following` lists what
//! one follows and starts or stops the digest; the digest's link stops it in one click. The
//! digest itself is a job (`crate::digest`); the button is a view (`crate::views::follow`).

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::taxonomy::Taxonomy;
use domain::{CountryCode, CriticalTechnology, Ecosystem, KeyEnablingTechnology};
use store::follows::{Follow, FollowKind};

use crate::auth::extract::SignedIn;
use crate::auth::hash_token;
use crate::ctx::Ctx;
use crate::forms::{done_param, query_pairs, FormData};
use crate::i18n::Tr;
use crate::notify::following::label;
use crate::routes::bad_parameter;
use crate::views::{render, Chrome};
use crate::{AppState, WebError};

/// What one person may follow at most.
pub const MAX_FOLLOWS: usize = 200;

/// A follow named by a form: its kind and a target that exists.
async fn named(state: &AppState, form: &FormData) -> Result<Follow, WebError> {
    let kind = FollowKind::parse(form.get("kind"))
        .ok_or_else(|| bad_parameter("kind", "must be organisation, technology, ecosystem or country"))?;
    let raw = form.get("target").trim();
    let target = match kind {
        FollowKind::Organisation => {
            if raw.len() > 200 || state.store.organisation_by_slug(raw).await?.is_none() {
                return Err(bad_parameter("target", "names no organisation of the directory"));
            }
            raw.to_owned()
        }
        FollowKind::Technology => {
            let known = KeyEnablingTechnology::ALL
                .iter()
                .map(|t| t.message_id())
                .chain(CriticalTechnology::ALL.iter().map(|t| t.message_id()))
                .any(|id| id == raw);
            if !known {
                return Err(bad_parameter("target", "is not a technology id such as ket-photonics"));
            }
            raw.to_owned()
        }
        FollowKind::Ecosystem => {
            if !Ecosystem::ALL.iter().any(|e| e.message_id() == raw) {
                return Err(bad_parameter(
                    "target",
                    "is not an ecosystem id such as ecosystem-health",
                ));
            }
            raw.to_owned()
        }
        FollowKind::Country => CountryCode::parse(raw)
            .map_err(|e| bad_parameter("target", e.to_string()))?
            .as_str()
            .to_owned(),
    };
    Ok(Follow { kind, target })
}

/// Where to go after a follow button: the page it was on (a path of this site), else the list,
/// saying what was done to which follow.
fn back_to(form: &FormData, done: &str, f: &Follow) -> String {
    let base = crate::forms::safe_return(form.get("back")).unwrap_or_else(|| "/account/following".to_owned());
    let sep = if base.contains('?') { '&' } else { '?' };
    let what = crate::views::url("", &[("what", format!("{}:{}", f.kind.as_str(), f.target))]);
    format!("{base}{sep}done={done}&{}", what.trim_start_matches('?'))
}

/// `POST /follow`.
pub async fn follow(State(state): State<AppState>, me: SignedIn, form: FormData) -> Result<Response, WebError> {
    let f = named(&state, &form).await?;
    if state.store.follows_of(me.user().id).await?.len() >= MAX_FOLLOWS {
        return Err(WebError::Conflict("following-too-many"));
    }
    state
        .store
        .follow(me.user().id, f.kind, &f.target, crate::views::time::now())
        .await?;
    Ok(Redirect::to(&back_to(&form, "followed", &f)).into_response())
}

/// `POST /unfollow`: the target need not exist any more (an organisation that left).
pub async fn unfollow(State(state): State<AppState>, me: SignedIn, form: FormData) -> Result<Response, WebError> {
    let kind = FollowKind::parse(form.get("kind")).ok_or_else(|| bad_parameter("kind", "is not a kind of follow"))?;
    let f = Follow {
        kind,
        target: form.get("target").trim().to_owned(),
    };
    state.store.unfollow(me.user().id, f.kind, &f.target).await?;
    Ok(Redirect::to(&back_to(&form, "unfollowed", &f)).into_response())
}

/// `POST /account/digest`: starts (`on=1`) or stops the weekly digest.
pub async fn set_digest(State(state): State<AppState>, me: SignedIn, form: FormData) -> Result<Response, WebError> {
    let on = match form.get("on") {
        "1" => true,
        "0" => false,
        _ => return Err(bad_parameter("on", "must be 1 or 0")),
    };
    state
        .store
        .set_digest(me.user().id, on, crate::views::time::now())
        .await?;
    let done = if on { "digest-on" } else { "digest-off" };
    Ok(Redirect::to(&format!("/account/following?done={done}")).into_response())
}

/// A followed thing as the list shows it.
struct Row {
    kind: &'static str,
    target: String,
    name: String,
    href: Option<String>,
}

#[derive(Template)]
#[template(path = "following/following.html")]
struct FollowingPage {
    chrome: Chrome,
    notice: Option<String>,
    groups: Vec<(String, Vec<Row>)>,
    /// The digest's state in words, and whether it runs.
    digest: String,
    digest_on: bool,
    technologies: Vec<(String, String)>,
    ecosystems: Vec<(String, String)>,
    countries: Vec<(String, String)>,
    weekly_searches: i64,
}

/// A taxonomy's values as (id, name) in the reader's language, sorted as they read.
fn options<T: Taxonomy>(tr: &Tr) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = T::ALL.iter().map(|t| (t.message_id(), tr.t(t.message_id()))).collect();
    v.sort_by_cached_key(|(_, name)| domain::fold(name));
    v
}

/// The choices less what is followed already.
fn not_followed(choices: Vec<(String, String)>, follows: &[store::follows::Followed]) -> Vec<(String, String)> {
    choices
        .into_iter()
        .filter(|(id, _)| !follows.iter().any(|f| &f.follow.target == id))
        .collect()
}

/// `GET /account/following`.
pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let tr = &ctx.tr;
    let notice = done_param(raw.as_deref()).and_then(|d| match d.as_str() {
        "followed" => Some(tr.t("following-followed")),
        "unfollowed" => Some(tr.t("following-unfollowed")),
        "digest-on" => Some(tr.t("following-digest-started")),
        "digest-off" => Some(tr.t("following-digest-stopped")),
        _ => None,
    });
    let user = me.user().id;
    let follows = state.store.follows_of(user).await?;
    let names = follows
        .iter()
        .filter_map(|f| Some((f.follow.target.clone(), f.name.clone()?)))
        .collect();
    let mut groups = Vec::new();
    for kind in FollowKind::ALL {
        let mut rows: Vec<Row> = follows
            .iter()
            .filter(|f| f.follow.kind == kind)
            .map(|f| Row {
                kind: kind.as_str(),
                target: f.follow.target.clone(),
                name: label(tr, &f.follow, &names),
                // Where mentions of the same kind and key link: the profile, or the news about it.
                href: crate::mentions::href(kind.as_str(), &f.follow.target),
            })
            .collect();
        rows.sort_by_cached_key(|r| domain::fold(&r.name));
        if !rows.is_empty() {
            groups.push((tr.t(format!("following-kind-{}", kind.as_str())), rows));
        }
    }
    let digest = state.store.digest_of(user).await?;
    let digest_on = digest.as_ref().is_some_and(|d| d.stopped_at.is_none());
    let digest_text = match &digest {
        Some(d) if d.stopped_at.is_none() => tr.t1("following-digest-next", "date", tr.date(d.next_at.date_naive())),
        Some(_) => tr.t("following-digest-off"),
        None => tr.t("following-digest-none"),
    };
    let weekly_searches = state
        .store
        .saved_searches_of(user)
        .await?
        .iter()
        .filter(|s| s.weekly)
        .count() as i64;
    let page = FollowingPage {
        chrome: ctx.chrome("account"),
        notice,
        groups,
        digest: digest_text,
        digest_on,
        technologies: {
            let mut t = options::<KeyEnablingTechnology>(tr);
            t.extend(options::<CriticalTechnology>(tr));
            t.sort_by_cached_key(|(_, name)| domain::fold(name));
            not_followed(t, &follows)
        },
        ecosystems: not_followed(options::<Ecosystem>(tr), &follows),
        countries: not_followed(crate::i18n::countries_by_name(ctx.tr.locale).to_vec(), &follows),
        weekly_searches,
    };
    Ok(render(&page)?.into_response())
}

/// The token of an unsubscribe link, from its address or its form.
fn token_of(raw: Option<&str>, form: Option<&FormData>) -> String {
    form.map(|f| f.get("token").to_owned())
        .filter(|t| !t.is_empty())
        .or_else(|| query_pairs(raw).into_iter().find(|(k, _)| k == "token").map(|(_, v)| v))
        .unwrap_or_default()
}

/// `GET /digest/unsubscribe?token=…`: one button, so mail scanners that follow links stop nothing.
pub async fn unsubscribe_form(ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let tr = &ctx.tr;
    let token = token_of(raw.as_deref(), None);
    let page = crate::forms::FormPage {
        chrome: ctx.chrome(""),
        title: tr.t("following-unsubscribe-title"),
        intro: vec![tr.t("following-unsubscribe-intro")],
        notice: None,
        form: crate::forms::Form::new(
            "unsubscribe",
            "/digest/unsubscribe",
            ctx.csrf(),
            tr.t("following-unsubscribe"),
        )
        .field(crate::forms::Field::hidden("token", &token)),
        links: vec![],
    };
    Ok(render(&page)?.into_response())
}

/// `POST /digest/unsubscribe`: from the page's button, or straight from a mail program's own
/// unsubscribe button (RFC 8058 one-click, the token in the address, no session nor CSRF
/// token: the link's secret is the authority, and whoever holds it could stop the digest anyway).
pub async fn unsubscribe(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
    form: FormData,
) -> Result<Response, WebError> {
    let token = token_of(raw.as_deref(), Some(&form));
    let stopped = match token.len() {
        1..=200 => {
            state
                .store
                .stop_digest_by_link(&hash_token(&token), crate::views::time::now())
                .await?
        }
        _ => None,
    };
    if stopped.is_none() {
        return Err(WebError::Conflict("following-unknown-link"));
    }
    crate::views::message_page(
        &ctx,
        axum::http::StatusCode::OK,
        ctx.tr.t("following-unsubscribed"),
        vec![ctx.tr.t("following-unsubscribed-detail")],
    )
}

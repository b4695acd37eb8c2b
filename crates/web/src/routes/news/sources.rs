//! An organisation's own news feeds (`/organisations/{slug}/feeds`): its admins register the
//! RSS, Atom or JSON Feed of their website, see how its polling goes, read it now or remove it;
//! moderators trust an organisation's feeds to publish without moderation (never their own).

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::Organisation;
use store::feeds::{Feed, MAX_FEEDS};

use crate::audit::{Action, Actor};
use crate::auth::extract::{Moderator, SignedIn};
use crate::ctx::Ctx;
use crate::feeds_in::problem::Problem;
use crate::forms::{done_param, Errors, Field, Form, FormData};
use crate::routes::{organisation, path_id};
use crate::views::{render, render_form_page, Chrome};
use crate::{access, AppState, WebError};

/// A feed as its row in the list.
struct Row {
    id: i64,
    url: String,
    /// "Read 4 Dec 2026, 21:15 · 12 items" or "Not read yet".
    status: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "news/sources.html")]
struct SourcesPage {
    chrome: Chrome,
    org: Organisation,
    notice: Option<String>,
    rows: Vec<Row>,
    add: Form,
    trusted: bool,
    /// The reader administers the organisation (moderators see the page to decide on trust).
    admin: bool,
    /// The reader may trust or stop trusting its feeds.
    may_trust: bool,
}

async fn page(
    state: &AppState,
    ctx: &Ctx,
    org: Organisation,
    admin: bool,
    url: &str,
    errors: Errors,
    notice: Option<String>,
) -> Result<SourcesPage, WebError> {
    let tr = &ctx.tr;
    let rows = state
        .store
        .feeds_of(org.id)
        .await?
        .into_iter()
        .map(|f: Feed| Row {
            id: f.id,
            status: match f.polled_at {
                Some(at) => tr.t2("feeds-read", "date", tr.date_time(at.naive_utc()), "count", f.items),
                None => tr.t("feeds-not-read"),
            },
            error: f.last_error.map(|e| Problem::say_stored(tr, &e)),
            url: f.url,
        })
        .collect();
    let add = Form::new(
        "add-feed",
        format!("/organisations/{}/feeds", org.slug),
        ctx.csrf(),
        tr.t("feeds-add"),
    )
    .heading(tr.t("feeds-add-heading"))
    .field(
        Field::text("url", tr.t("feeds-url"))
            .value(url)
            .required()
            .max(crate::feeds_in::fetch::MAX_URL_LEN)
            .autocomplete("url")
            .hint(tr.t("feeds-url-hint")),
    )
    .errors(errors);
    let may_trust = match ctx.user() {
        Some(u) => u.role.moderates() && !access::belongs_to(state, u, org.id).await?,
        None => false,
    };
    Ok(SourcesPage {
        chrome: ctx.chrome("organisations"),
        trusted: state.store.feeds_trusted(org.id).await?,
        org,
        notice,
        rows,
        add,
        admin,
        may_trust,
    })
}

/// `GET /organisations/{slug}/feeds`: for its admins, and for moderators (who decide on trust).
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let org = organisation(&state, &slug).await?;
    let admin = access::administers(&state, me.user(), org.id).await?;
    if !admin && !me.user().role.moderates() {
        return Err(WebError::Forbidden);
    }
    let tr = &ctx.tr;
    let notice = done_param(raw.as_deref()).and_then(|d| match d.as_str() {
        "added" => Some(tr.t("feeds-added")),
        "removed" => Some(tr.t("feeds-removed")),
        "soon" => Some(tr.t("feeds-soon")),
        "trusted" => Some(tr.t("feeds-trusted-now")),
        "untrusted" => Some(tr.t("feeds-untrusted-now")),
        _ => None,
    });
    let page = page(&state, &ctx, org, admin, "", Errors::default(), notice).await?;
    Ok(render(&page)?.into_response())
}

/// `POST /organisations/{slug}/feeds`: registers a feed, read within the minute.
pub async fn add(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let org = organisation(&state, &slug).await?;
    access::require_admin(&state, me.user(), org.id).await?;
    let url = form.get("url").trim().to_owned();
    let mut errors = Errors::default();
    let allow_private = state.settings.feeds.allow_private;
    let checked = match crate::feeds_in::check_url(&url, allow_private) {
        Ok(u) if !allow_private => local_host(&u)
            .await
            .map(|ip| Err(crate::feeds_in::FetchError::PrivateAddress(ip)))
            .unwrap_or(Ok(u)),
        other => other,
    };
    match checked {
        Err(_) if url.is_empty() => errors.add("url", ctx.tr.t("feeds-url-missing")),
        Err(e) => errors.add("url", Problem::of_fetch(&e).say(&ctx.tr)),
        Ok(_) if state.store.feeds_of(org.id).await?.len() as i64 >= MAX_FEEDS => {
            errors.add("url", ctx.tr.t1("feeds-too-many", "count", MAX_FEEDS));
        }
        Ok(checked) => {
            let now = crate::views::time::now();
            let added = Actor::of(&state, &ctx, me.user())?
                .audited(Action::FeedAdded, org.slug.as_str(), checked.as_str())
                .add_feed(org.id, checked.as_str(), me.user().id, now)
                .await?;
            if added.is_none() {
                errors.add("url", ctx.tr.t("feeds-already"));
            }
        }
    }
    if !errors.is_empty() {
        let page = page(&state, &ctx, org, true, &url, errors, None).await?;
        return render_form_page(&page, true);
    }
    Ok(Redirect::to(&format!("/organisations/{}/feeds?done=added", org.slug)).into_response())
}

/// A private or local address the host of `url` names (`localhost`, a name that resolves only to
/// private addresses), so that the form refuses what every poll would; a name that cannot be
/// resolved now is left to the polls, which say so.
async fn local_host(url: &reqwest::Url) -> Option<std::net::IpAddr> {
    let host = url.host_str()?.trim_end_matches('.').to_ascii_lowercase();
    if host == "localhost" || host.ends_with(".localhost") {
        return Some(std::net::IpAddr::V6(std::net::Ipv6Addr::LOCALHOST));
    }
    let port = url.port_or_known_default().unwrap_or(443);
    let lookup = tokio::time::timeout(
        std::time::Duration::from_secs(3),
        tokio::net::lookup_host((host.as_str(), port)),
    );
    let addresses: Vec<std::net::IpAddr> = lookup.await.ok()?.ok()?.map(|a| a.ip()).collect();
    let first = *addresses.first()?;
    addresses
        .iter()
        .all(|ip| !crate::feeds_in::fetch::is_public(*ip))
        .then_some(first)
}

/// `POST /organisations/{slug}/feeds/{id}/delete`.
pub async fn remove(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let org = organisation(&state, &slug).await?;
    access::require_admin(&state, me.user(), org.id).await?;
    let removed = Actor::of(&state, &ctx, me.user())?
        .audited(Action::FeedRemoved, org.slug.as_str(), &id)
        .delete_feed(org.id, path_id(&id)?)
        .await?;
    if !removed {
        return Err(WebError::NotFound);
    }
    Ok(Redirect::to(&format!("/organisations/{}/feeds?done=removed", org.slug)).into_response())
}

/// `POST /organisations/{slug}/feeds/{id}/poll`: read at the next round (within the minute).
pub async fn poll_soon(
    State(state): State<AppState>,
    me: SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let org = organisation(&state, &slug).await?;
    access::require_admin(&state, me.user(), org.id).await?;
    if !state
        .store
        .poll_feed_soon(org.id, path_id(&id)?, crate::views::time::now())
        .await?
    {
        return Err(WebError::NotFound);
    }
    Ok(Redirect::to(&format!("/organisations/{}/feeds?done=soon", org.slug)).into_response())
}

/// `POST /organisations/{slug}/feeds/trust`: a moderator who holds no role in the organisation
/// lets its feed items publish without moderation (`on=1`), or stops that (`on=0`).
pub async fn trust(
    State(state): State<AppState>,
    ctx: Ctx,
    me: Moderator,
    Path(slug): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let org = organisation(&state, &slug).await?;
    let user = &me.0.user;
    access::not_own_request(&state, user, None, Some(org.id)).await?;
    let on = match form.get("on") {
        "1" => true,
        "0" => false,
        _ => return Err(crate::routes::bad_parameter("on", "must be 1 or 0")),
    };
    let action = if on {
        Action::FeedsTrusted
    } else {
        Action::FeedsUntrusted
    };
    Actor::of(&state, &ctx, user)?
        .audited(action, org.slug.as_str(), "")
        .set_feeds_trusted(org.id, on, user.id, crate::views::time::now())
        .await?;
    let done = if on { "trusted" } else { "untrusted" };
    Ok(Redirect::to(&format!("/organisations/{}/feeds?done={done}", org.slug)).into_response())
}

//! `GET /api/v1/organisations`, `GET /api/v1/organisations/{slug}` and, with a write token,
//! `PUT /api/v1/organisations/{slug}`.

use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use domain::{Code, DirectoryFilter, Organisation, ProfileInput, ValidationErrors};

use super::ListBody;
use crate::access;
use crate::auth::extract::ApiCaller;
use crate::forms::query_pairs;
use crate::views::url;
use crate::{AppState, WebError};

pub async fn list(State(st): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let pairs = query_pairs(raw.as_deref());
    let filter = DirectoryFilter::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))?;
    let page = st.cache.directory(&st.store, &filter).await?;
    Ok(ListBody::<Organisation>::new(&page, |offset| {
        let mut next = filter.clone();
        next.page.offset = offset;
        let mut pairs = next.to_pairs(true);
        if !pairs.iter().any(|(k, _)| *k == "limit") {
            pairs.push(("limit", next.page.limit.to_string()));
        }
        url("/api/v1/organisations", &pairs)
    })
    .into_response())
}

pub async fn get(State(st): State<AppState>, Path(slug): Path<String>) -> Result<Response, WebError> {
    let cached = st.cache.profile(&st.store, &slug).await?;
    // Serialised from the shared entry; the profile is not copied.
    match cached.as_ref() {
        Some(details) => Ok(Json(details).into_response()),
        None => Err(WebError::OrganisationNotFound(slug)),
    }
}

/// `PUT /api/v1/organisations/{slug}`: replaces the profile (not its memberships, partnerships or
/// projects). Needs a write token of one of the organisation's admins (or a platform admin).
pub async fn replace(
    State(st): State<AppState>,
    caller: ApiCaller,
    Path(slug): Path<String>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    caller.require_write()?;
    let org = crate::routes::organisation(&st, &slug).await?;
    if !access::administers(&st, &caller.user, org.id).await? {
        return Err(WebError::Forbidden);
    }
    let json = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim_start().to_ascii_lowercase().starts_with("application/json"));
    if !json {
        return Err(WebError::UnsupportedMediaType("application/json"));
    }
    let mut input = profile_input(&body)?;
    // The CORDIS identifier links the profile to CORDIS data; it is not the editors' to change.
    input.cordis_id = org.profile.cordis_id.clone();
    let draft = input.validate().map_err(WebError::Invalid)?;
    st.store
        .audited(store::audit::AuditEvent {
            actor_id: Some(caller.user.id),
            actor: &caller.user.email,
            subject: org.slug.as_str(),
            detail: "api",
            ..store::audit::AuditEvent::of(store::audit::Action::ProfileEdited)
        })
        .update_organisation(&org.slug, &draft)
        .await?;
    let details = st
        .store
        .organisation_details(org.slug.as_str())
        .await?
        .ok_or(WebError::NotFound)?;
    Ok(Json(details).into_response())
}

/// The profile a `PUT` body holds: a body that is not JSON at all is a bad request (400, saying
/// where it goes wrong); JSON that is not a profile names the field at fault (422).
fn profile_input(body: &[u8]) -> Result<ProfileInput, WebError> {
    if let Err(e) = serde_json::from_slice::<serde::de::IgnoredAny>(body) {
        if !e.is_data() {
            return Err(WebError::InvalidJson(e.to_string()));
        }
    }
    match Json::<ProfileInput>::from_bytes(body) {
        Ok(Json(input)) => Ok(input),
        Err(rejection) => {
            // axum names the path to the value at fault: "…target type: names.en: invalid type…".
            let text = rejection.body_text();
            let detail = text.split_once("target type: ").map_or(text.as_str(), |(_, d)| d);
            let (field, code) = match detail.split_once(": ") {
                Some((path, _)) if !path.is_empty() && path != "." && !path.contains(' ') => {
                    (path.to_owned(), Code::Invalid)
                }
                _ => match detail
                    .split_once("missing field `")
                    .and_then(|(_, r)| r.split_once('`'))
                {
                    Some((name, _)) => (name.to_owned(), Code::Required),
                    None => ("body".to_owned(), Code::Invalid),
                },
            };
            let mut e = ValidationErrors::default();
            e.add(
                field.chars().take(100).collect::<String>(),
                code,
                detail.chars().take(300).collect::<String>(),
            );
            Err(WebError::Invalid(e))
        }
    }
}

/// `GET /api/v1/organisations/{slug}/recommendations`: partners and requests ranked for a profile.
pub async fn recommendations(
    State(st): State<AppState>,
    ctx: crate::ctx::Ctx,
    Path(slug): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Json<super::opportunities::Recommendations>, WebError> {
    let limit = super::opportunities::recommendation_limit(query.as_deref())?;
    let org = st
        .store
        .organisation_by_slug(&slug)
        .await?
        .ok_or(WebError::OrganisationNotFound(slug))?;
    Ok(Json(super::opportunities::Recommendations::of(
        st.matchmaker.for_organisation(&ctx.tr, &org, false, limit),
    )))
}

//! `GET /api/v1/organisations`, `GET /api/v1/organisations/{slug}` and, with a write token,
//! `PUT /api/v1/organisations/{slug}`.

use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use domain::{DirectoryFilter, Organisation, ProfileInput, ValidationErrors};

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
        .is_some_and(|v| v.starts_with("application/json"));
    let invalid = |field: &str, message: String| {
        let mut e = ValidationErrors::default();
        e.push(field, message);
        WebError::Invalid(e)
    };
    if !json {
        return Err(invalid("body", "must be JSON (Content-Type: application/json)".into()));
    }
    let mut input: ProfileInput = serde_json::from_slice(&body).map_err(|e| invalid("body", e.to_string()))?;
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

//! Extractors that state what a handler needs: a signed-in person ([`SignedIn`]), a moderator
//! ([`Moderator`]), a platform admin ([`PlatformAdmin`]), or an API caller with a token
//! ([`ApiCaller`]). Pages send visitors to the login form; the API answers 401 or 403.

use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, Method};
use axum::response::{IntoResponse, Redirect, Response};
use domain::{PlatformRole, TokenScope};
use store::accounts::{Session, User};

use super::{hash_token, Viewer};
use crate::{AppState, WebError};

fn viewer(parts: &Parts) -> Result<&Viewer, WebError> {
    parts.extensions.get::<Viewer>().ok_or(WebError::Internal)
}

/// Where to come back to after logging in: this page for a GET, else the page the form was on.
fn return_to(parts: &Parts) -> String {
    if parts.method == Method::GET {
        parts
            .uri
            .path_and_query()
            .map(|p| p.as_str().to_owned())
            .unwrap_or_default()
    } else {
        parts
            .headers
            .get(header::REFERER)
            .and_then(|v| v.to_str().ok())
            .and_then(|r| {
                r.find("://")
                    .and_then(|i| r[i + 3..].find('/').map(|j| r[i + 3 + j..].to_owned()))
            })
            .unwrap_or_else(|| "/account".into())
    }
}

/// A person who is logged in.
pub struct SignedIn(pub Arc<Session>);

impl SignedIn {
    pub fn user(&self) -> &User {
        &self.0.user
    }
}

/// A request that needs a login it does not have.
pub struct LoginRequired(String);

impl IntoResponse for LoginRequired {
    fn into_response(self) -> Response {
        let q = serde_urlencoded::to_string([("return", self.0.as_str())]).unwrap_or_default();
        Redirect::to(&format!("/login?{q}")).into_response()
    }
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, Self::Rejection> {
        match viewer(parts).map_err(IntoResponse::into_response)?.session.clone() {
            Some(s) => Ok(SignedIn(s)),
            None => Err(LoginRequired(return_to(parts)).into_response()),
        }
    }
}

/// Moderators and platform admins act only with two-factor authentication on: until then they
/// are sent to turn it on.
fn second_factor_on(state: &AppState, s: &Session) -> Result<(), Redirect> {
    if state.settings.require_two_factor && !s.user.two_factor {
        return Err(Redirect::to("/account/two-factor?done=required"));
    }
    Ok(())
}

/// A moderator or platform admin.
pub struct Moderator(pub Arc<Session>);

impl FromRequestParts<AppState> for Moderator {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let SignedIn(s) = SignedIn::from_request_parts(parts, state).await?;
        if !s.user.role.moderates() {
            return Err(WebError::Forbidden.into_response());
        }
        second_factor_on(state, &s).map_err(IntoResponse::into_response)?;
        Ok(Moderator(s))
    }
}

/// A platform admin.
pub struct PlatformAdmin(pub Arc<Session>);

impl FromRequestParts<AppState> for PlatformAdmin {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let SignedIn(s) = SignedIn::from_request_parts(parts, state).await?;
        if s.user.role != PlatformRole::Admin {
            return Err(WebError::Forbidden.into_response());
        }
        second_factor_on(state, &s).map_err(IntoResponse::into_response)?;
        Ok(PlatformAdmin(s))
    }
}

/// The holder of a personal API token (`Authorization: Bearer …`).
pub struct ApiCaller {
    pub user: User,
    pub scope: TokenScope,
}

impl ApiCaller {
    /// Writing needs a token with the write scope.
    pub fn require_write(&self) -> Result<(), WebError> {
        if self.scope == TokenScope::Write {
            Ok(())
        } else {
            Err(WebError::InsufficientScope)
        }
    }
}

impl FromRequestParts<AppState> for ApiCaller {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
            .map(str::trim)
            .filter(|t| !t.is_empty() && t.len() <= 200)
            .ok_or(WebError::Unauthorized)?;
        let (user, scope) = state
            .store
            .api_token_user(&hash_token(token))
            .await?
            .ok_or(WebError::Unauthorized)?;
        Ok(ApiCaller { user, scope })
    }
}

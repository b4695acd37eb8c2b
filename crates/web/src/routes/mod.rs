//! Request handlers, one module per resource; `api` holds the JSON API.

pub mod account;
pub mod admin;
pub mod api;
pub mod assets;
pub mod dashboard;
pub mod events;
pub mod following;
pub mod funding;
pub mod health;
pub mod home;
pub mod language;
pub mod logos;
pub mod manage;
pub mod maps;
pub mod news;
pub mod opportunities;
pub mod organisations;
pub mod programmes;
pub mod projects;
pub mod search;
pub mod services;
pub mod sitemap;

use crate::WebError;

/// Anything not routed.
pub async fn not_found() -> WebError {
    WebError::NotFound
}

/// A request parameter (query or form) that is not what it must be.
pub fn bad_parameter(parameter: impl Into<String>, message: impl Into<String>) -> WebError {
    WebError::InvalidParameter(domain::FilterError {
        parameter: parameter.into(),
        message: message.into(),
    })
}

/// The reason a moderator gives when returning something to its owners: required, at most
/// 1,000 characters.
pub fn return_reason(ctx: &crate::ctx::Ctx, form: &crate::forms::FormData) -> Result<String, WebError> {
    let reason = form.get("reason").trim().to_owned();
    if reason.is_empty() || reason.chars().count() > 1_000 {
        return Err(WebError::Invalid(domain::ValidationErrors(vec![
            domain::FieldError::new("reason", domain::Code::Invalid, ctx.tr.t("opportunity-error-reason")),
        ])));
    }
    Ok(reason)
}

/// A numeric id from the path; anything that is not one names nothing, so it is not found.
pub fn path_id(raw: &str) -> Result<i64, WebError> {
    raw.parse().map_err(|_| WebError::NotFound)
}

/// The organisation a page's address names, or the directory's "not found" page.
pub async fn organisation(state: &crate::AppState, slug: &str) -> Result<domain::Organisation, WebError> {
    state
        .store
        .organisation_by_slug(slug)
        .await?
        .ok_or_else(|| WebError::OrganisationNotFound(slug.to_owned()))
}

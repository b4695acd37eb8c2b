//! The JSON API under `/api/v1`, its OpenAPI document and a short page about it. Lists answer
//! `{"items": […], "total": N, "limit": L, "offset": O, "next": URL|null}`.

pub mod events;
pub mod funding;
pub mod maps;
pub mod me;
pub mod news;
pub mod opportunities;
pub mod organisations;
pub mod projects;
pub mod search;
pub mod services;

use askama::Template;
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use serde::Serialize;
use store::organisations::ListPage;

use crate::ctx::Ctx;
use crate::views::{render, Chrome};
use crate::WebError;

/// A list answer with a link to the next page.
#[derive(Serialize)]
pub struct ListBody<'a, T> {
    pub items: &'a [T],
    pub total: i64,
    pub limit: u32,
    pub offset: u32,
    pub next: Option<String>,
}

impl<'a, T> ListBody<'a, T> {
    /// `next_href(offset)` builds the URL of the page starting at `offset`.
    pub fn new(page: &'a ListPage<T>, next_href: impl Fn(u32) -> String) -> Self {
        let end = i64::from(page.offset) + i64::from(page.limit);
        let next = (end < page.total).then(|| next_href(u32::try_from(end).unwrap_or(u32::MAX)));
        Self {
            items: &page.items,
            total: page.total,
            limit: page.limit,
            offset: page.offset,
            next,
        }
    }
}

impl<T: Serialize> IntoResponse for ListBody<'_, T> {
    fn into_response(self) -> Response {
        axum::Json(self).into_response()
    }
}

pub async fn openapi() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
        ],
        crate::openapi::document().to_string(),
    )
}

#[derive(Template)]
#[template(path = "api/api.html")]
struct ApiPage {
    chrome: Chrome,
    example: String,
}

pub async fn docs_page(ctx: Ctx) -> Result<Html<String>, WebError> {
    render(&ApiPage {
        chrome: ctx.chrome("api"),
        example: "http://127.0.0.1:8080/api/v1/organisations?type=cluster&country=DE&limit=5".into(),
    })
}

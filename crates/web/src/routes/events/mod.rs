//! Events: the calendar (list and month views with filters, iCalendar feeds), event pages with
//! schema.org data, organisers' drafts that moderators publish, and registration with a
//! capacity and a waiting list. B2B matchmaking (`b2b`) and business missions (`missions`) live here too: their pages are
//! under `/events/{id}/…`.

pub mod b2b;
mod detail;
mod lifecycle;
mod listing;
pub mod missions;
mod organising;
mod registration;

pub use detail::*;
pub use lifecycle::*;
pub use listing::*;
pub use organising::*;
pub use registration::*;

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use domain::event::{month_grid, parse_timezone};
use domain::{
    Attendance, Ecosystem, EventInput, EventKind, EventState, FilterError, KeyEnablingTechnology, Refusals, Taxonomy,
    ValidationErrors,
};
use store::accounts::{Membership, User};
use store::events::{Event, EventFilter, RegistrationState, Seat};

use crate::access;
use crate::auth::extract::{Moderator, SignedIn};
use crate::ctx::Ctx;
use crate::forms::{done_param, query_pairs};
use crate::forms::{options, split};
use crate::forms::{text_error_id, Errors, Field, Form, FormData, FormPage};
use crate::i18n::Tr;
use crate::moderation;
use crate::notify::Audience;
use crate::routes::{bad_parameter, path_id};
use crate::views::calendar as ics;
use crate::views::calendar::{host, ics_response};
use crate::views::time::{now, span, viewer_zone, zone_options};
use crate::views::{pagination, refusal_notices, render, render_list_page, url, Chrome, PageLink};
use crate::{AppState, WebError};
use domain::Code;

pub(super) const PAGE: u32 = 20;

pub async fn load(state: &AppState, id: &str) -> Result<Event, WebError> {
    state.store.event(path_id(id)?).await?.ok_or(WebError::NotFound)
}

/// An event the viewer may read, or not found (drafts are not revealed to others).
pub async fn load_readable(state: &AppState, ctx: &Ctx, id: &str) -> Result<Event, WebError> {
    let e = load(state, id).await?;
    if access::event_readable(state, ctx.user(), &e).await? {
        Ok(e)
    } else {
        Err(WebError::NotFound)
    }
}

//! B2B matchmaking at an event: participants describe what they offer and seek, browse each
//! other, send meeting requests and answer them, and say when they are away; the organiser sets
//! the meeting sessions and tables, runs the scheduler (`matching::schedule`), locks meetings,
//! publishes, and reads the statistics. Everyone gets a personal agenda as a page (printable)
//! and an iCalendar file.
//!
//! Participants see only confirmed (locked) meetings: a schedule run is a proposal to the
//! organiser until it is published, and later runs for late requests never move what was
//! published.

mod agendas;
mod asks;
mod attendance;
mod checkin;
mod dashboard;
mod exports;
mod groups;
mod mine;
mod nudges;
mod organiser;
mod outcomes;
mod participants;
mod preferences;
mod refill;
pub(super) mod signing;
mod stewards;

pub use agendas::*;
pub use asks::*;
pub use attendance::*;
pub use checkin::*;
pub use dashboard::*;
pub use exports::*;
pub use groups::*;
pub use mine::*;
pub use nudges::*;
pub use organiser::*;
pub use outcomes::*;
pub use participants::*;
pub use preferences::*;
pub use refill::*;
pub use stewards::*;

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use domain::event::{local_to_utc, validate_profile, validate_session};
use domain::{fold, EventState, FieldError, ValidationErrors};
use store::accounts::User;
use store::events::{Event, MeetingRequest, Placed, Registration, RegistrationState, RequestState, Seat};

use crate::access;
use crate::audit::{Action, Actor};
use crate::auth::extract::SignedIn;
use crate::ctx::Ctx;
use crate::forms::{done_param, query_pairs};
use crate::forms::{Errors, Field, Form, FormData};
use crate::i18n::Tr;
use crate::matchmaking::meetings::{self, slot_starts, SLOT_FORMAT};
use crate::routes::events::{load, load_readable};
use crate::routes::{bad_parameter, path_id};
use crate::views::calendar as ics;
use crate::views::calendar::{host, ics_response};
use crate::views::csv::csv_response;
use crate::views::time::viewer_zone;
use crate::views::Choice;
use crate::views::{render, Chrome};
use crate::{AppState, WebError};
use domain::Code;

/// The viewer's confirmed registration at a B2B event, or why they cannot take part.
async fn my_registration(state: &AppState, e: &Event, user: &User) -> Result<Registration, WebError> {
    if !e.draft.b2b {
        return Err(WebError::NotFound);
    }
    match state.store.registration(e.id, user.id).await? {
        Some(Seat::Confirmed(r)) => Ok(r),
        _ => Err(WebError::Conflict("b2b-error-not-participant")),
    }
}

fn invalid(field: &str, message: String) -> WebError {
    WebError::Invalid(ValidationErrors(vec![FieldError::new(field, Code::Invalid, message)]))
}

fn slot_minutes(e: &Event, slot: usize) -> u32 {
    e.slot(slot).map(|(s, _)| s.minutes).unwrap_or(0)
}

/// Start and end instants of a slot.
fn slot_span(e: &Event, slot: usize) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    let (session, start) = e.slot(slot)?;
    let starts = local_to_utc(e.draft.tz(), start);
    Some((starts, starts + chrono::Duration::minutes(i64::from(session.minutes))))
}

fn table_label(tr: &Tr, e: &Event, slot: usize, table: u32) -> String {
    match e.slot(slot) {
        Some((s, _)) if s.tables == 0 => tr.t1("b2b-online-room", "number", i64::from(table) + 1),
        _ => tr.t1("b2b-table", "number", i64::from(table) + 1),
    }
}

fn who(r: &Registration) -> String {
    match &r.organisation_name {
        Some(o) => format!("{} ({o})", r.user_name),
        None => r.user_name.clone(),
    }
}

//! Business missions: the organiser opens a call for participation (questions, weighted criteria,
//! places, deadline) and names evaluators; organisations apply; evaluators score each application
//! against the criteria, seeing the others' scores only once they have given their own and never
//! scoring their own organisation; the organiser ranks, selects up to the places and tells every
//! applicant the outcome.

mod applying;
mod call;
mod ranking;

pub use applying::*;
pub use call::*;
pub use ranking::*;

use std::collections::HashSet;

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::mission::{validate_call, MissionApplicationState as MS};
use domain::{EventKind, EventState};
use store::accounts::User;
use store::evaluation::{Round, Score};
use store::events::Event;
use store::missions::{Application, StoredCall};

use crate::access;
use crate::auth::extract::SignedIn;
use crate::ctx::Ctx;
use crate::evaluation::{self, ScoresGiven};
use crate::forms::done_param;
use crate::forms::{Errors, Field, Form, FormData};
use crate::i18n::Tr;
use crate::routes::events::load;
use crate::routes::{bad_parameter, path_id};
use crate::views::time::today;
use crate::views::{render, Chrome, Fact};
use crate::{AppState, WebError};
use domain::Code;

async fn mission(state: &AppState, id: &str) -> Result<Event, WebError> {
    let e = load(state, id).await?;
    if e.draft.kind != EventKind::Mission {
        return Err(WebError::NotFound);
    }
    Ok(e)
}

async fn call_of(state: &AppState, e: &Event) -> Result<StoredCall, WebError> {
    state
        .store
        .call(e.id)
        .await?
        .ok_or(WebError::Conflict("mission-error-no-call"))
}

//! Cascade-funding programmes: an organisation's admins define a programme (budget, maximum
//! grant, eligibility, questions, weighted criteria, deadline) and name evaluators; SMEs apply
//! naming the technology centre they will work with, which confirms; evaluators score under the
//! rules of mission selection (others' scores hidden until one's own is given, never one's own
//! organisation); the owner awards within the budget; funded projects report progress on the
//! programme's page.

mod application;
mod applying;
mod defining;
mod evaluating;
mod listing;

pub use application::*;
pub use applying::*;
pub use defining::*;
pub use evaluating::*;
pub use listing::*;

use std::collections::{HashMap, HashSet};

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use domain::programme::{
    validate_application, AwardRefusal, Ineligible, ProgrammeApplicationState as PS, ProgrammeDraft, ProgrammeForm,
};
use domain::{Cents, OrganisationType, ValidationErrors};
use store::accounts::User;
use store::evaluation::{Round, Score};
use store::programmes::{AwardError, Programme, ProgrammeApplication, Report};

use crate::access;
use crate::auth::extract::SignedIn;
use crate::ctx::Ctx;
use crate::evaluation::{self, ScoresGiven};
use crate::forms::{done_param, query_pairs};
use crate::forms::{Errors, Field, Form, FormData, FormPage};
use crate::i18n::Tr;
use crate::notify::Mail;
use crate::routes::path_id;
use crate::views::time::when;
use crate::views::{pagination, paragraphs, reader_zone, render, render_form_page, url, Chrome, Fact, PageLink};
use crate::{AppState, WebError};
use domain::Code;

/// A progress report as pages show it: its day, its author, its text in paragraphs.
pub struct ReportView {
    pub day: String,
    pub author: String,
    pub paragraphs: Vec<String>,
}

impl ReportView {
    fn of(tr: &Tr, r: &Report) -> Self {
        Self {
            day: tr.date(r.created_at.date_naive()),
            author: r.author.clone().unwrap_or_default(),
            paragraphs: paragraphs(&r.body),
        }
    }
}

const PAGE: i64 = 20;
pub const MAX_REPORT: usize = 5_000;

async fn load(state: &AppState, id: &str) -> Result<Programme, WebError> {
    state.store.programme(path_id(id)?).await?.ok_or(WebError::NotFound)
}

fn deadline_text(tr: &Tr, p: &ProgrammeDraft, user: Option<&User>) -> String {
    when(tr, p.deadline.at, &p.deadline.timezone, reader_zone(user))
}

//! Funding opportunities: calls for proposals and cascade calls, open, forthcoming or closed as
//! of now, closing soon first; each call's page with its cut-offs in Brussels time and the
//! reader's, its budget and the portal's (sanitised) description.

mod following;
mod listing;

pub use following::*;
pub use listing::*;

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use domain::event::parse_timezone;
use domain::funding::{CallStatus, FundingCall, PORTAL_ZONE};
use domain::{FilterError, Refusals};
use matching::calls::{CallReason, OrgProfile};
use store::funding::{CallFilter, StoredCall};

use crate::auth::extract::SignedIn;
use crate::ctx::Ctx;
use crate::forms::FormData;
use crate::forms::{done_param, query_pairs};
use crate::i18n::Tr;
use crate::routes::{bad_parameter, path_id};
use crate::views::calendar as ics;
use crate::views::time::when;
use crate::views::{pagination, reader_zone, refusal_notices, render, render_list_page, url, Chrome, PageLink};
use crate::{AppState, WebError};

const PAGE: u32 = 20;
/// "Closing soon": open calls whose next cut-off is this close.
pub const CLOSING_SOON_DAYS: i64 = 30;

fn budget(tr: &Tr, c: &StoredCall) -> Option<String> {
    match (c.call.budget_min, c.call.budget_max) {
        (Some(lo), Some(hi)) if lo != hi => Some(format!("{} – {}", tr.money(&lo), tr.money(&hi))),
        (_, Some(hi)) => Some(tr.money(&hi)),
        (Some(lo), None) => Some(tr.money(&lo)),
        (None, None) => None,
    }
}

pub struct Row {
    pub id: i64,
    pub title: String,
    pub identifier: String,
    pub programme: String,
    pub cascade: bool,
    pub status: &'static str,
    pub status_label: String,
    pub deadline: String,
    pub budget: Option<String>,
}

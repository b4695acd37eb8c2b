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
use chrono::Utc;
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

//! Technology services, the one-stop shop: technology centres offer services (draft → submitted
//! → published by a moderator or returned, withdrawn to change), SMEs ask one centre or describe
//! a challenge and send it to up to five of the services proposed for it; the centre quotes or
//! declines, the SME accepts (with a voucher or not), both mark delivery done, the SME rates and
//! the centre may reply. A request is private to the two organisations; a network that routed it
//! sees its state and answer times. The catalogue itself (`/services`) is the search page kept
//! to services (`routes/search`).

mod inbox;
mod offering;
mod proposals;
mod requests;
mod routed;
mod showing;

pub use inbox::*;
pub use offering::*;
pub use proposals::*;
pub use requests::*;
pub use routed::*;
pub use showing::*;

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::service::{Delivery, PriceModel, RequestInput, RequestState, ServiceInput, ServiceKind, ServiceState};
use domain::{Code, CriticalTechnology, Ecosystem, KeyEnablingTechnology, Taxonomy, ValidationErrors};
use store::accounts::User;
use store::services::{Service, ServiceRequest};

use crate::access;
use crate::audit::{Action, Actor};
use crate::auth::extract::{Moderator, SignedIn};
use crate::ctx::Ctx;
use crate::forms::{done_param, options, split, text_error_id, Errors, Field, Form, FormData, FormPage};
use crate::i18n::Tr;
use crate::moderation;
use crate::routes::path_id;
use crate::views::{render, Chrome, Fact, Link};
use crate::{AppState, WebError};

async fn load(state: &AppState, id: &str) -> Result<Service, WebError> {
    state.store.service(path_id(id)?).await?.ok_or(WebError::NotFound)
}

/// Whether the viewer may read a service: everyone when it is published, its organisation's
/// people and moderators otherwise (404 for anyone else, so drafts are not revealed).
async fn readable(state: &AppState, user: Option<&User>, s: &Service) -> Result<bool, WebError> {
    if s.state == ServiceState::Published {
        return Ok(true);
    }
    match user {
        Some(u) => Ok(u.role.moderates() || access::member_of(state, u, s.organisation_id).await?),
        None => Ok(false),
    }
}

/// A price as the reader's language writes it, with its model ("€1,200.00 per day", "on quote").
fn price_text(tr: &Tr, model: PriceModel, price: Option<domain::Cents>) -> String {
    match (model, price) {
        (PriceModel::Free, _) => tr.t("price-model-free"),
        (PriceModel::OnQuote, None) => tr.t("price-model-on-quote"),
        (PriceModel::OnQuote, Some(p)) => tr.t1("service-price-from", "price", tr.money(&p)),
        (PriceModel::DayRate, Some(p)) => tr.t1("service-price-day", "price", tr.money(&p)),
        (_, Some(p)) => tr.money(&p),
        (_, None) => tr.t(model.message_id()),
    }
}

//! The cooperation marketplace: organisations publish opportunities (draft → submitted →
//! published by a moderator or returned with a reason → expired or closed), members of other
//! organisations express interest and talk with the owners in private, and every opportunity
//! shows the partners the matching ranks for it.

mod interest;
mod listing;
mod organising;

pub use interest::*;
pub use listing::*;
pub use organising::*;

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::opportunity::{validate_message, MAX_MESSAGE};
use domain::{
    CriticalTechnology, Ecosystem, KeyEnablingTechnology, NaceSection, OpportunityInput, OpportunityKind,
    OpportunityState, PartnershipKind, Refusals, Taxonomy, ValidationErrors, Visibility,
};
use store::accounts::{Membership, User};
use store::opportunities::{Interest, Message, Opportunity, OpportunityFilter, OpportunitySort};

use crate::access;
use crate::auth::extract::{Moderator, SignedIn};
use crate::ctx::Ctx;
use crate::forms::{done_param, query_pairs};
use crate::forms::{options, split};
use crate::forms::{text_error_id, Errors, Field, Form, FormData, FormPage};
use crate::i18n::Tr;
use crate::matchmaking::{tag_name, Shown, SHOWN};
use crate::moderation;
use crate::notify::Audience;
use crate::routes::path_id;
use crate::views::time::today;
use crate::views::{pagination, refusal_notices, render, render_list_page, url, Chrome, PageLink};
use crate::{AppState, WebError};
use domain::Code;

const PAGE: u32 = 20;

async fn load(state: &AppState, id: &str) -> Result<Opportunity, WebError> {
    state.store.opportunity(path_id(id)?).await?.ok_or(WebError::NotFound)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_lists_are_read_in_any_separator() {
        assert_eq!(split(&"dk, de;se\nno".to_uppercase()), ["DK", "DE", "SE", "NO"]);
    }

    #[test]
    fn every_domain_finding_gets_a_translated_message() {
        let tr = Tr::new(crate::i18n::Locale::De);
        let input = OpportunityInput {
            kind: "rd-partner-search".into(),
            title: "x".into(),
            deadline: "2020-01-01".into(),
            contact_email: "no".into(),
            target_countries: vec!["XX".into()],
            ..OpportunityInput::default()
        };
        let errors = field_errors(&tr, input.validate(today()).expect_err("invalid"));
        for (field, message) in &errors.0 {
            assert!(!message.contains("must") && !message.is_empty(), "{field}: {message}");
        }
        assert!(errors.0.contains_key("call") && errors.0.contains_key("deadline"));
    }
}

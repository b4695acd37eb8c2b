//! Project pages kept by their consortium: an organisation's admins create a project (their
//! organisation takes part with the role they give); the coordinator's admins (every partner's,
//! while there is no coordinator) edit it and its partners; every partner's admins post news and
//! link the partners' events. CORDIS projects are kept the same way, their acronym and CORDIS
//! facts staying as imported.

mod editing;
mod news;
mod partners;

pub use editing::*;
pub use news::*;
pub use partners::*;

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::{
    CriticalTechnology, Ecosystem, KeyEnablingTechnology, ParticipationRole, Project, ProjectForm, Taxonomy,
    ValidationErrors,
};
use store::accounts::Membership;

use crate::access::{self, ProjectRights};
use crate::auth::extract::SignedIn;
use crate::ctx::Ctx;
use crate::forms::{Errors, Field, Form, FormData, FormPage};
use crate::i18n::Tr;
use crate::routes::{bad_parameter, path_id};
use crate::views::render_form_page;
use crate::views::Link;
use crate::{AppState, WebError};
use domain::Code;

pub const MAX_NEWS: usize = 5_000;

async fn load(state: &AppState, raw: &str) -> Result<Project, WebError> {
    let id = crate::routes::projects::project_id(raw)?;
    state
        .store
        .project(id)
        .await?
        .ok_or_else(|| WebError::ProjectNotFound(raw.to_owned()))
}

fn read_form(form: &FormData) -> ProjectForm {
    ProjectForm {
        acronym: form.get("acronym").to_owned(),
        title: form.get("title").to_owned(),
        programme: form.get("programme").to_owned(),
        summary: form.get("summary").to_owned(),
        starts: form.get("starts").to_owned(),
        ends: form.get("ends").to_owned(),
        budget: form.get("budget").to_owned(),
        technologies: form.all("technologies"),
        critical_technologies: form.all("critical_technologies"),
        ecosystems: form.all("ecosystems"),
        target_markets: form.get("target_markets").to_owned(),
        website: form.get("website").to_owned(),
    }
}

fn project_errors(tr: &Tr, v: ValidationErrors) -> Errors {
    let mut errors = Errors::default();
    for f in v.0 {
        let message = match (f.field.as_str(), f.code) {
            ("acronym", _) => tr.t("project-error-acronym"),
            ("title", _) => tr.t("programme-error-title"),
            ("programme" | "summary", _) => tr.t1(
                "form-error-too-long",
                "max",
                if f.field == "programme" { 100i64 } else { 10_000 },
            ),
            ("starts" | "ends", Code::Order) => tr.t("event-error-order"),
            ("starts" | "ends", _) => tr.t("opportunity-error-date"),
            ("budget", _) => tr.t("programme-error-amount"),
            ("target_markets", _) => tr.t("profile-error-codes"),
            ("website", _) => tr.t("profile-error-website"),
            _ => tr.t("form-error-choice"),
        };
        errors.add(&f.field, message);
    }
    errors
}

fn taxonomy_options<T: Taxonomy>(tr: &Tr) -> Vec<(String, String)> {
    T::ALL
        .iter()
        .map(|t| (t.slug().to_owned(), tr.t(t.message_id())))
        .collect()
}

fn project_form(
    tr: &Tr,
    ctx: &Ctx,
    action: String,
    head: Vec<Field>,
    v: &ProjectForm,
    cordis: bool,
    errors: Errors,
) -> Form {
    let mut acronym = Field::text("acronym", tr.t("project-acronym"))
        .value(&v.acronym)
        .required()
        .max(60);
    if cordis {
        acronym = acronym.hint(tr.t("project-acronym-cordis"));
    }
    Form::new("project", action, ctx.csrf(), tr.t("project-save"))
        .fields(head)
        .fields([
            acronym,
            Field::text("title", tr.t("project-title"))
                .value(&v.title)
                .required()
                .max(500),
            Field::text("programme", tr.t("project-programme"))
                .value(&v.programme)
                .hint(tr.t("project-programme-hint"))
                .max(100),
            Field::textarea("summary", tr.t("project-summary"))
                .value(&v.summary)
                .max(10_000),
            Field::date("starts", tr.t("project-starts")).value(&v.starts),
            Field::date("ends", tr.t("project-ends")).value(&v.ends),
            Field::text("budget", tr.t("project-budget"))
                .value(&v.budget)
                .hint(tr.t("programme-amount-hint")),
            Field::checkboxes(
                "technologies",
                tr.t("profile-technologies"),
                taxonomy_options::<KeyEnablingTechnology>(tr),
                &v.technologies,
            ),
            Field::checkboxes(
                "critical_technologies",
                tr.t("profile-critical"),
                taxonomy_options::<CriticalTechnology>(tr),
                &v.critical_technologies,
            ),
            Field::checkboxes(
                "ecosystems",
                tr.t("profile-ecosystems"),
                taxonomy_options::<Ecosystem>(tr),
                &v.ecosystems,
            ),
            Field::text("target_markets", tr.t("project-markets"))
                .value(&v.target_markets)
                .hint(tr.t("programme-countries-hint"))
                .max(1_000),
            Field::text("website", tr.t("project-website"))
                .value(&v.website)
                .max(480),
        ])
        .errors(errors)
}

fn page(ctx: &Ctx, title: String, back: Link, form: Form) -> FormPage {
    FormPage {
        chrome: ctx.chrome("projects"),
        title,
        intro: vec![],
        notice: None,
        form,
        links: vec![back],
    }
}

fn role_choices(tr: &Tr) -> Vec<(String, String)> {
    ParticipationRole::ALL
        .iter()
        .map(|r| (r.as_str().to_owned(), tr.t(r.message_id())))
        .collect()
}

async fn organisation_admin(state: &AppState, me: &SignedIn, slug: &str) -> Result<domain::Organisation, WebError> {
    let org = crate::routes::organisation(state, slug).await?;
    if !crate::access::administers(state, me.user(), org.id).await? {
        return Err(WebError::Forbidden);
    }
    Ok(org)
}

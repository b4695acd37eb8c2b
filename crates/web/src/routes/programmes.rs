//! Cascade-funding programmes: an organisation's admins define a programme (budget, maximum
//! grant, eligibility, questions, weighted criteria, deadline) and name evaluators; SMEs apply
//! naming the technology centre they will work with, which confirms; evaluators score under the
//! rules of mission selection (others' scores hidden until one's own is given, never one's own
//! organisation); the owner awards within the budget; funded projects report progress on the
//! programme's page.

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
use crate::auth::audit;
use crate::auth::extract::SignedIn;
use crate::ctx::Ctx;
use crate::evaluation;
use crate::forms::{Errors, Field, Form, FormData, FormPage};
use crate::i18n::Tr;
use crate::notify::Mail;
use crate::routes::{done_param, path_id, query_pairs};
use crate::views::time::when;
use crate::views::{pagination, paragraphs, reader_zone, render, render_form_page, url, Chrome, PageLink};
use crate::{AppState, WebError};
use domain::Code;

const PAGE: i64 = 20;
pub const MAX_REPORT: usize = 5_000;

async fn load(state: &AppState, id: &str) -> Result<Programme, WebError> {
    state.store.programme(path_id(id)?).await?.ok_or(WebError::NotFound)
}

fn deadline_text(tr: &Tr, p: &ProgrammeDraft, user: Option<&User>) -> String {
    when(tr, p.deadline.at, &p.deadline.timezone, reader_zone(user))
}

// ---- the list ----

pub struct ListRow {
    pub id: i64,
    pub title: String,
    pub owner: String,
    pub owner_slug: String,
    pub budget: String,
    pub remaining: String,
    pub max_grant: String,
    pub deadline: String,
    pub open: bool,
    pub funded: String,
}

#[derive(Template)]
#[template(path = "programmes.html")]
struct ListPage {
    chrome: Chrome,
    rows: Vec<ListRow>,
    count_text: String,
    pages: Vec<PageLink>,
    can_create: bool,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let mut offset = 0i64;
    for (k, v) in query_pairs(raw.as_deref()) {
        if k == "offset" {
            offset = v
                .parse::<i64>()
                .ok()
                .filter(|o| (0..=1_000_000).contains(o))
                .ok_or_else(|| crate::routes::bad_parameter("offset", "must be a whole number from 0 to 1000000"))?;
        }
    }
    let now = Utc::now();
    let (items, total) = state.store.programmes(now, PAGE, offset).await?;
    let tr = ctx.tr;
    let rows = items
        .iter()
        .map(|p| ListRow {
            id: p.id,
            title: p.draft.title.clone(),
            owner: p.organisation_name.clone(),
            owner_slug: p.organisation_slug.clone(),
            budget: tr.money(&p.draft.budget),
            remaining: tr.money(&p.remaining()),
            max_grant: tr.money(&p.draft.max_grant),
            deadline: deadline_text(&tr, &p.draft, ctx.user()),
            open: p.draft.is_open(now),
            funded: tr.number(p.awarded_count),
        })
        .collect();
    let can_create = match ctx.user() {
        Some(u) => !access::administered(&state, u).await?.is_empty(),
        None => false,
    };
    let pages = pagination(&tr, total, PAGE as u32, offset as u32, |o| {
        url("/programmes", &[("offset", o.to_string())])
    });
    Ok(render(&ListPage {
        chrome: ctx.chrome("funding"),
        count_text: tr.t1("programme-count", "count", total),
        rows,
        pages,
        can_create,
    })?
    .into_response())
}

// ---- defining a programme ----

const TYPES: [OrganisationType; 7] = [
    OrganisationType::Company,
    OrganisationType::TechnologyCentre,
    OrganisationType::ResearchEducation,
    OrganisationType::Cluster,
    OrganisationType::SupportNetwork,
    OrganisationType::PublicAuthority,
    OrganisationType::Other,
];

fn read_form(form: &FormData) -> ProgrammeForm {
    ProgrammeForm {
        title: form.get("title").to_owned(),
        summary: form.get("summary").to_owned(),
        budget: form.get("budget").to_owned(),
        max_grant: form.get("max_grant").to_owned(),
        countries: form
            .get("countries")
            .split([',', ';', ' ', '\n', '\t'])
            .filter(|c| !c.trim().is_empty())
            .take(300)
            .map(str::to_owned)
            .collect(),
        types: form.all("types"),
        questions: form.get("questions").to_owned(),
        criteria: form.get("criteria").to_owned(),
        deadline: form.get("deadline").to_owned(),
        timezone: form.get("timezone").to_owned(),
    }
}

/// The domain's findings next to their fields, in the reader's language.
fn programme_errors(tr: &Tr, v: ValidationErrors) -> Errors {
    let mut errors = Errors::default();
    for f in v.0 {
        let message = match (f.field.as_str(), f.code) {
            ("title", _) => tr.t("programme-error-title"),
            ("summary", _) => tr.t("programme-error-summary"),
            ("max_grant", Code::OverLimit) => tr.t("programme-error-max-grant-over"),
            ("requested", Code::OverLimit) => tr.t("programme-error-requested-over"),
            ("budget" | "max_grant" | "requested", _) => tr.t("programme-error-amount"),
            ("countries", _) => tr.t("profile-error-codes"),
            ("types", _) => tr.t("form-error-choice"),
            ("questions", _) => tr.t("mission-error-questions"),
            ("criteria", _) => tr.t("mission-error-criteria"),
            ("timezone", _) => tr.t("event-error-timezone"),
            ("deadline", Code::Past) => tr.t("event-error-starts-past"),
            ("deadline", _) => tr.t("event-error-datetime"),
            ("project_title", _) => tr.t("programme-error-title"),
            _ => tr.t("mission-error-answer"),
        };
        errors.add(&f.field, message);
    }
    errors
}

fn programme_form(
    tr: &Tr,
    ctx: &Ctx,
    action: String,
    owners: Option<(&[store::accounts::Membership], &str)>,
    v: &ProgrammeForm,
    errors: Errors,
) -> Form {
    let mut form = Form::new("programme", action, ctx.csrf(), tr.t("programme-save"));
    if let Some((orgs, selected)) = owners {
        form = form.field(
            Field::select(
                "organisation",
                tr.t("programme-owner"),
                orgs.iter().map(|m| (m.slug.clone(), m.name.clone())).collect(),
                selected,
            )
            .required(),
        );
    }
    let zones: Vec<(String, String)> = crate::views::time::zone_options(tr);
    form.fields([
        Field::text("title", tr.t("programme-title"))
            .value(&v.title)
            .required()
            .max(200),
        Field::textarea("summary", tr.t("programme-summary"))
            .value(&v.summary)
            .required()
            .hint(tr.t("programme-summary-hint"))
            .max(10_000),
        Field::text("budget", tr.t("programme-budget"))
            .value(&v.budget)
            .required()
            .hint(tr.t("programme-amount-hint")),
        Field::text("max_grant", tr.t("programme-max-grant"))
            .value(&v.max_grant)
            .required()
            .hint(tr.t("programme-amount-hint")),
        Field::text("countries", tr.t("programme-countries"))
            .value(v.countries.join(" "))
            .hint(tr.t("programme-countries-hint"))
            .max(1_000),
        Field::checkboxes(
            "types",
            tr.t("programme-types"),
            TYPES
                .iter()
                .map(|t| (t.as_str().to_owned(), tr.t(format!("type-{}", t.as_str()))))
                .collect(),
            &v.types,
        )
        .hint(tr.t("programme-types-hint")),
        Field::textarea("questions", tr.t("mission-questions"))
            .value(&v.questions)
            .required()
            .hint(tr.t("mission-questions-hint"))
            .max(12_000),
        Field::textarea("criteria", tr.t("mission-criteria"))
            .value(&v.criteria)
            .required()
            .hint(tr.t("mission-criteria-hint"))
            .max(3_000),
        Field::datetime("deadline", tr.t("programme-deadline"))
            .value(&v.deadline)
            .required(),
        Field::select("timezone", tr.t("event-timezone"), zones, &v.timezone).required(),
    ])
    .errors(errors)
}

fn form_page(ctx: &Ctx, title: String, form: Form) -> FormPage {
    FormPage {
        chrome: ctx.chrome("funding"),
        title,
        intro: vec![ctx.tr.t("programme-intro")],
        notice: None,
        form,
        links: vec![("/programmes".into(), ctx.tr.t("programme-all"))],
    }
}

pub async fn new_form(State(state): State<AppState>, ctx: Ctx, me: SignedIn) -> Result<Response, WebError> {
    let orgs = access::administered(&state, me.user()).await?;
    if orgs.is_empty() {
        return Err(WebError::Forbidden);
    }
    let v = ProgrammeForm {
        timezone: me.user().timezone.clone().unwrap_or_else(|| "Europe/Brussels".into()),
        ..ProgrammeForm::default()
    };
    let form = programme_form(
        &ctx.tr,
        &ctx,
        "/programmes/new".into(),
        Some((&orgs, "")),
        &v,
        Errors::default(),
    );
    render_form_page(&form_page(&ctx, ctx.tr.t("programme-new"), form), false)
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    form: FormData,
) -> Result<Response, WebError> {
    let orgs = access::administered(&state, me.user()).await?;
    let owner = orgs.iter().find(|m| m.slug == form.get("organisation"));
    let v = read_form(&form);
    let tr = ctx.tr;
    let result = v.validate(Utc::now(), None);
    let (owner, draft) = match (owner, result) {
        (Some(o), Ok(d)) => (o, d),
        (owner, result) => {
            if orgs.is_empty() {
                return Err(WebError::Forbidden);
            }
            let mut errors = result.err().map(|e| programme_errors(&tr, e)).unwrap_or_default();
            if owner.is_none() {
                errors.add("organisation", tr.t("programme-error-owner"));
            }
            let f = programme_form(
                &tr,
                &ctx,
                "/programmes/new".into(),
                Some((&orgs, form.get("organisation"))),
                &v,
                errors,
            );
            return render_form_page(&form_page(&ctx, tr.t("programme-new"), f), true);
        }
    };
    let id = state
        .store
        .create_programme(owner.organisation_id, me.user().id, &draft)
        .await?;
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "programme_created",
        &id.to_string(),
        &draft.title,
    )
    .await?;
    Ok(Redirect::to(&format!("/programmes/{id}?done=created")).into_response())
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let p = load(&state, &id).await?;
    access::require_admin(&state, me.user(), p.organisation_id).await?;
    let form = programme_form(
        &ctx.tr,
        &ctx,
        format!("/programmes/{}/edit", p.id),
        None,
        &ProgrammeForm::from_draft(&p.draft),
        Errors::default(),
    );
    render_form_page(
        &form_page(&ctx, ctx.tr.t1("programme-edit", "title", p.draft.title.as_str()), form),
        false,
    )
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let p = load(&state, &id).await?;
    access::require_admin(&state, me.user(), p.organisation_id).await?;
    let v = read_form(&form);
    let tr = ctx.tr;
    let refuse = |errors: Errors| {
        let f = programme_form(&tr, &ctx, format!("/programmes/{}/edit", p.id), None, &v, errors);
        render_form_page(
            &form_page(&ctx, tr.t1("programme-edit", "title", p.draft.title.as_str()), f),
            true,
        )
    };
    let draft = match v.validate(Utc::now(), Some(&p.draft.deadline)) {
        Ok(d) => d,
        Err(e) => return refuse(programme_errors(&tr, e)),
    };
    // Questions and criteria are fixed once answered and scored: changing them would reinterpret
    // what applicants wrote and evaluators gave.
    let answered = p.application_count > 0 && draft.questions != p.draft.questions;
    let scored = draft.criteria != p.draft.criteria && !state.store.scores(Round::Programme(p.id)).await?.is_empty();
    if answered || scored {
        let mut errors = Errors::default();
        errors.add(
            if answered { "questions" } else { "criteria" },
            tr.t("mission-error-fixed"),
        );
        return refuse(errors);
    }
    match state.store.update_programme(p.id, &draft).await {
        Ok(()) => {}
        Err(store::StoreError::Conflict(store::Conflict::Budget)) => {
            let mut errors = Errors::default();
            errors.add(
                "budget",
                tr.t1("programme-error-below-committed", "committed", tr.money(&p.committed)),
            );
            return refuse(errors);
        }
        Err(e) => return Err(e.into()),
    }
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "programme_updated",
        &p.id.to_string(),
        &draft.title,
    )
    .await?;
    Ok(Redirect::to(&format!("/programmes/{}?done=saved", p.id)).into_response())
}

// ---- the programme's page ----

pub struct FundedRow {
    pub application_id: i64,
    pub project_title: String,
    pub sme: String,
    pub sme_slug: String,
    pub country: String,
    pub centre: String,
    pub centre_slug: String,
    pub grant: String,
    pub reports: Vec<(String, String, Vec<String>)>,
}

pub struct MineRow {
    pub id: i64,
    pub title: String,
    pub organisation: String,
    pub state: String,
    pub action: Option<String>,
}

#[derive(Template)]
#[template(path = "programme.html")]
struct ProgrammePage {
    chrome: Chrome,
    p: Programme,
    notice: Option<String>,
    paragraphs: Vec<String>,
    facts: Vec<(String, String)>,
    criteria: String,
    open: bool,
    owner: bool,
    evaluator: bool,
    signed_in: bool,
    committed_pct: u32,
    funded: Vec<FundedRow>,
    mine: Vec<MineRow>,
}

fn eligibility_text(tr: &Tr, d: &ProgrammeDraft) -> (String, String) {
    let countries = if d.eligible_countries.is_empty() {
        tr.t("programme-anywhere")
    } else {
        d.eligible_countries
            .iter()
            .map(|c| tr.country(c.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let types = if d.eligible_types.is_empty() {
        tr.t("programme-any-type")
    } else {
        d.eligible_types
            .iter()
            .map(|t| tr.t(format!("type-{}", t.as_str())))
            .collect::<Vec<_>>()
            .join(", ")
    };
    (countries, types)
}

fn state_label(tr: &Tr, a: &ProgrammeApplication) -> String {
    if a.state == PS::Submitted && a.centre_confirmed_at.is_none() {
        tr.t("programme-state-awaiting-centre")
    } else {
        tr.t(format!("programme-state-{}", a.state))
    }
}

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let p = load(&state, &id).await?;
    let tr = ctx.tr;
    let now = Utc::now();
    let (owner, evaluator, own) = match ctx.user() {
        Some(u) => (
            access::administers(&state, u, p.organisation_id).await?,
            access::evaluates(&state, Round::Programme(p.id), u).await?,
            access::own_organisations(&state, u).await?,
        ),
        None => (false, false, HashSet::new()),
    };
    let apps = state.store.programme_applications(p.id).await?;
    let reports = state.store.programme_reports(p.id).await?;
    let mut by_app: HashMap<i64, Vec<&Report>> = HashMap::new();
    for r in &reports {
        by_app.entry(r.application_id).or_default().push(r);
    }
    let funded = apps
        .iter()
        .filter(|a| a.state == PS::Awarded)
        .map(|a| FundedRow {
            application_id: a.id,
            project_title: a.draft.project_title.clone(),
            sme: a.organisation_name.clone(),
            sme_slug: a.organisation_slug.clone(),
            country: tr.country(&a.organisation_country),
            centre: a.centre_name.clone(),
            centre_slug: a.centre_slug.clone(),
            grant: a.awarded.map(|c| tr.money(&c)).unwrap_or_default(),
            reports: by_app
                .get(&a.id)
                .map(|rs| {
                    rs.iter()
                        .map(|r| {
                            (
                                tr.date(r.created_at.date_naive()),
                                r.author.clone().unwrap_or_default(),
                                paragraphs(&r.body),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default(),
        })
        .collect();
    let mine = apps
        .iter()
        .filter(|a| own.contains(&a.organisation_id) || own.contains(&a.centre_id))
        .map(|a| MineRow {
            id: a.id,
            title: a.draft.project_title.clone(),
            organisation: a.organisation_name.clone(),
            state: state_label(&tr, a),
            action: (own.contains(&a.centre_id) && a.centre_confirmed_at.is_none() && a.state == PS::Submitted)
                .then(|| tr.t("programme-confirm-needed")),
        })
        .collect();
    let (countries, types) = eligibility_text(&tr, &p.draft);
    let facts = vec![
        (tr.t("programme-budget"), tr.money(&p.draft.budget)),
        (tr.t("programme-committed"), tr.money(&p.committed)),
        (tr.t("programme-remaining"), tr.money(&p.remaining())),
        (tr.t("programme-max-grant"), tr.money(&p.draft.max_grant)),
        (tr.t("programme-deadline"), deadline_text(&tr, &p.draft, ctx.user())),
        (tr.t("programme-countries"), countries),
        (tr.t("programme-types"), types),
        (tr.t("programme-applications"), tr.number(p.application_count)),
    ];
    let notice = match done_param(raw.as_deref()).as_deref() {
        Some("created") => Some(tr.t("programme-done-created")),
        Some("saved") => Some(tr.t("programme-done-saved")),
        Some("applied") => Some(tr.t("programme-done-applied")),
        Some("reported") => Some(tr.t("programme-done-reported")),
        _ => None,
    };
    let committed_pct = ((p.committed.0 as f64 / p.draft.budget.0.max(1) as f64) * 100.0)
        .round()
        .clamp(0.0, 100.0) as u32;
    let page = ProgrammePage {
        chrome: ctx.chrome("funding"),
        notice,
        paragraphs: paragraphs(&p.draft.summary),
        facts,
        criteria: p
            .draft
            .criteria
            .iter()
            .map(|c| format!("{} ({})", c.name, c.weight))
            .collect::<Vec<_>>()
            .join(" · "),
        open: p.draft.is_open(now),
        owner,
        evaluator,
        signed_in: ctx.user().is_some(),
        committed_pct,
        funded,
        mine,
        p,
    };
    Ok(render(&page)?.into_response())
}

// ---- applying ----

/// The technology centres and research organisations an SME can name: (id, address, name).
async fn centres(state: &AppState) -> Result<Vec<(i64, String, String)>, WebError> {
    Ok(state
        .store
        .organisation_names_of_kinds(
            &[OrganisationType::TechnologyCentre, OrganisationType::ResearchEducation],
            5_000,
        )
        .await?)
}

#[allow(clippy::too_many_arguments)]
fn apply_form(
    tr: &Tr,
    ctx: &Ctx,
    p: &Programme,
    orgs: &[store::accounts::Membership],
    centres: &[(i64, String, String)],
    posted: Option<&FormData>,
    errors: Errors,
) -> Form {
    let get = |n: &str| posted.map(|f| f.get(n).to_owned()).unwrap_or_default();
    let form = Form::new(
        "apply",
        format!("/programmes/{}/apply", p.id),
        ctx.csrf(),
        tr.t("programme-apply-submit"),
    )
    .fields([
        Field::select(
            "organisation",
            tr.t("programme-applicant"),
            orgs.iter().map(|m| (m.slug.clone(), m.name.clone())).collect(),
            &get("organisation"),
        )
        .required(),
        Field::text("centre", tr.t("programme-centre"))
            .value(get("centre"))
            .required()
            .hint(tr.t("programme-centre-hint"))
            // The name is what a person reads and types; the address decides between namesakes.
            .suggestions(
                centres
                    .iter()
                    .map(|(_, _, name)| (name.clone(), String::new()))
                    .collect(),
            )
            .max(200),
        Field::text("project_title", tr.t("programme-project-title"))
            .value(get("project_title"))
            .required()
            .max(200),
        Field::textarea("summary", tr.t("programme-project-summary"))
            .value(get("summary"))
            .required()
            .max(5_000),
        Field::text("requested", tr.t("programme-requested"))
            .value(get("requested"))
            .required()
            .hint(tr.t1("programme-requested-hint", "max", tr.money(&p.draft.max_grant))),
    ]);
    form.fields(crate::evaluation::answer_fields(&p.draft.questions, posted))
        .errors(errors)
}

/// The organisations the person may apply for, or why they cannot apply at all.
async fn can_apply(state: &AppState, p: &Programme, user: &User) -> Result<Vec<store::accounts::Membership>, WebError> {
    if !p.draft.is_open(Utc::now()) {
        return Err(WebError::Conflict("programme-error-closed"));
    }
    let orgs = state.store.memberships_of(user.id).await?;
    if orgs.is_empty() {
        return Err(WebError::Conflict("mission-error-no-organisation"));
    }
    // A programme never funds the organisation that runs it.
    let orgs: Vec<_> = orgs
        .into_iter()
        .filter(|m| m.organisation_id != p.organisation_id)
        .collect();
    if orgs.is_empty() {
        return Err(WebError::Conflict("programme-error-own-only"));
    }
    Ok(orgs)
}

fn apply_page(ctx: &Ctx, p: &Programme, form: Form) -> FormPage {
    let tr = ctx.tr;
    FormPage {
        chrome: ctx.chrome("funding"),
        title: tr.t1("programme-apply-title", "title", p.draft.title.as_str()),
        intro: vec![tr.t2(
            "programme-apply-intro",
            "deadline",
            deadline_text(&tr, &p.draft, ctx.user()),
            "max",
            tr.money(&p.draft.max_grant),
        )],
        notice: None,
        form,
        links: vec![(format!("/programmes/{}", p.id), p.draft.title.clone())],
    }
}

pub async fn apply_form_page(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let p = load(&state, &id).await?;
    let orgs = can_apply(&state, &p, me.user()).await?;
    let centres = centres(&state).await?;
    let form = apply_form(&ctx.tr, &ctx, &p, &orgs, &centres, None, Errors::default());
    render_form_page(&apply_page(&ctx, &p, form), false)
}

pub async fn apply(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let p = load(&state, &id).await?;
    let orgs = can_apply(&state, &p, me.user()).await?;
    let tr = ctx.tr;
    let answers = crate::evaluation::read_answers(&p.draft.questions, &form);
    let (draft, mut errors) = match validate_application(
        &p.draft,
        form.get("project_title"),
        form.get("summary"),
        form.get("requested"),
        &answers,
    ) {
        Ok(d) => (Some(d), Errors::default()),
        Err(e) => (None, programme_errors(&tr, e)),
    };
    let member = orgs.iter().find(|m| m.slug == form.get("organisation"));
    let applicant = match member {
        Some(m) => state.store.organisation_by_slug(&m.slug).await?,
        None => None,
    };
    match &applicant {
        None if form.get("organisation") == p.organisation_slug => {
            errors.add("organisation", tr.t("programme-error-own-programme"))
        }
        None => errors.add("organisation", tr.t("programme-error-owner")),
        Some(o) => match p.draft.eligibility(o.profile.country, o.profile.kind) {
            Ok(()) => {}
            Err(Ineligible::Country) => errors.add(
                "organisation",
                tr.t1(
                    "programme-error-country",
                    "country",
                    tr.country(o.profile.country.as_str()),
                ),
            ),
            Err(Ineligible::Type) => errors.add(
                "organisation",
                tr.t1(
                    "programme-error-type",
                    "type",
                    tr.t(format!("type-{}", o.profile.kind.as_str())),
                ),
            ),
        },
    }
    let centre_key = form.get("centre").trim();
    let centres = centres(&state).await?;
    let by_name: Vec<&(i64, String, String)> = centres
        .iter()
        .filter(|(_, _, name)| name.eq_ignore_ascii_case(centre_key))
        .collect();
    let centre = match centres.iter().find(|(_, slug, _)| slug == centre_key) {
        Some(c) => Some(c),
        None if by_name.len() == 1 => Some(by_name[0]),
        None => None,
    };
    match centre {
        None if by_name.len() > 1 => errors.add(
            "centre",
            tr.t2(
                "programme-error-centre-ambiguous",
                "count",
                by_name.len() as i64,
                "addresses",
                by_name
                    .iter()
                    .map(|(_, slug, _)| slug.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        ),
        None => errors.add("centre", tr.t("programme-error-centre")),
        Some((id, _, _)) if applicant.as_ref().is_some_and(|a| a.id == *id) => {
            errors.add("centre", tr.t("programme-error-centre-self"))
        }
        Some(_) => {}
    }
    let (Some(draft), Some(applicant), Some(centre), true) = (draft, applicant, centre, errors.is_empty()) else {
        let f = apply_form(&tr, &ctx, &p, &orgs, &centres, Some(&form), errors);
        return render_form_page(&apply_page(&ctx, &p, f), true);
    };
    // Applied already answers 409 through the store's conflict.
    let app_id = state
        .store
        .apply_to_programme(p.id, applicant.id, centre.0, me.user().id, &draft)
        .await?;
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "programme_applied",
        &app_id.to_string(),
        &applicant.profile.name,
    )
    .await?;
    // The centre's people are asked to confirm; the applicant gets a receipt.
    let link = state.settings.link(&format!("/programme-applications/{app_id}"));
    for m in state.store.org_members(centre.0).await? {
        crate::notify::tell(&state, &m.email, ctx.tr.locale, |tr| {
            crate::notify::Mail::new(
                tr.t1("mail-programme-confirm-subject", "title", p.draft.title.as_str()),
                tr.tn(
                    "mail-programme-confirm-body",
                    vec![
                        ("organisation", applicant.profile.name.as_str().into()),
                        ("centre", centre.2.as_str().into()),
                        ("title", p.draft.title.as_str().into()),
                        ("project", draft.project_title.as_str().into()),
                        ("link", link.as_str().into()),
                    ],
                ),
            )
        })
        .await;
    }
    crate::notify::tell(&state, &me.user().email, ctx.tr.locale, |tr| {
        crate::notify::Mail::new(
            tr.t1("mail-programme-applied-subject", "title", p.draft.title.as_str()),
            tr.tn(
                "mail-programme-applied-body",
                vec![
                    ("organisation", applicant.profile.name.as_str().into()),
                    ("title", p.draft.title.as_str().into()),
                    ("centre", centre.2.as_str().into()),
                    ("link", link.as_str().into()),
                ],
            ),
        )
    })
    .await;
    Ok(Redirect::to(&format!("/programmes/{}?done=applied", p.id)).into_response())
}

// ---- evaluating, ranking, awarding ----

pub struct RankRow {
    pub id: i64,
    pub rank: Option<usize>,
    pub organisation: String,
    pub centre: String,
    pub project_title: String,
    pub requested: String,
    pub requested_plain: String,
    pub score: Option<String>,
    pub evaluations: usize,
    pub state: String,
    pub awardable: bool,
    pub waiting: bool,
    pub mine: Option<&'static str>,
}

#[derive(Template)]
#[template(path = "programme_applications.html")]
struct ApplicationsPage {
    chrome: Chrome,
    p: Programme,
    notice: Option<String>,
    rows: Vec<RankRow>,
    owner: bool,
    evaluator: bool,
    criteria: String,
    money_line: String,
    evaluators: Vec<store::evaluation::Evaluator>,
    evaluator_error: Option<String>,
}

async fn applications_page(
    state: &AppState,
    ctx: &Ctx,
    me: &SignedIn,
    p: Programme,
    notice: Option<String>,
    evaluator_error: Option<String>,
) -> Result<Response, WebError> {
    let (owner, evaluator) =
        access::organiser_or_evaluator(state, me.user(), p.organisation_id, Round::Programme(p.id)).await?;
    let tr = ctx.tr;
    let scores = state.store.scores(Round::Programme(p.id)).await?;
    let mine: HashSet<i64> = scores
        .iter()
        .filter(|s| s.evaluator_id == Some(me.user().id))
        .map(|s| s.application_id)
        .collect();
    let own = access::own_organisations(state, me.user()).await?;
    let rows = crate::evaluation::ranked(
        &p.draft.criteria,
        state.store.programme_applications(p.id).await?,
        |a| a.id,
        |a| a.state != PS::Withdrawn,
        scores.iter().map(|s| (s.application_id, s.scores.clone())),
    );
    let rows = crate::evaluation::as_seen(
        rows,
        |a| a.id,
        evaluator && !owner,
        |a| own.contains(&a.organisation_id) || own.contains(&a.centre_id),
        |a| mine.contains(&a.id),
    )
    .into_iter()
    .map(|(a, w, n, rank)| {
        let conflict = evaluator && (own.contains(&a.organisation_id) || own.contains(&a.centre_id));
        let visible = !evaluator || mine.contains(&a.id);
        RankRow {
            id: a.id,
            rank,
            organisation: a.organisation_name.clone(),
            centre: a.centre_name.clone(),
            project_title: a.draft.project_title.clone(),
            requested: tr.money(&a.draft.requested),
            requested_plain: a.draft.requested.to_string(),
            score: w.filter(|_| visible && !conflict).map(|w| format!("{w:.2}")),
            evaluations: n,
            state: match a.awarded {
                Some(c) => format!("{} · {}", state_label(&tr, &a), tr.money(&c)),
                None => state_label(&tr, &a),
            },
            awardable: a.state == PS::Submitted && a.centre_confirmed_at.is_some(),
            waiting: a.state == PS::Submitted,
            mine: evaluator.then_some(if conflict {
                "mission-conflict"
            } else if mine.contains(&a.id) {
                "mission-scored"
            } else {
                "mission-to-score"
            }),
        }
    })
    .collect();
    let page = ApplicationsPage {
        chrome: ctx.chrome("funding"),
        notice,
        rows,
        owner,
        evaluator,
        criteria: p
            .draft
            .criteria
            .iter()
            .map(|c| format!("{} ({})", c.name, c.weight))
            .collect::<Vec<_>>()
            .join(" · "),
        money_line: tr.tn(
            "programme-money-line",
            vec![
                ("budget", tr.money(&p.draft.budget).into()),
                ("committed", tr.money(&p.committed).into()),
                ("remaining", tr.money(&p.remaining()).into()),
            ],
        ),
        evaluators: if owner {
            state.store.evaluators(Round::Programme(p.id)).await?
        } else {
            vec![]
        },
        evaluator_error: evaluator_error.clone(),
        p,
    };
    render_form_page(&page, evaluator_error.is_some())
}

pub async fn applications(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let p = load(&state, &id).await?;
    let tr = ctx.tr;
    let notice = match done_param(raw.as_deref()).as_deref() {
        Some("scored") => Some(tr.t("mission-done-scored")),
        Some("awarded") => Some(tr.t("programme-done-awarded")),
        Some("rejected") => Some(tr.t("programme-done-rejected")),
        Some("evaluators") => Some(tr.t("mission-done-evaluators")),
        _ => None,
    };
    applications_page(&state, &ctx, &me, p, notice, None).await
}

pub async fn add_evaluator(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let p = load(&state, &id).await?;
    access::require_admin(&state, me.user(), p.organisation_id).await?;
    let call = evaluation::Call {
        round: Round::Programme(p.id),
        title: &p.draft.title,
    };
    if !evaluation::add_evaluator(&state, &ctx, me.user(), &call, &form).await? {
        let message = ctx.tr.t("mission-error-evaluator");
        return applications_page(&state, &ctx, &me, p, None, Some(message)).await;
    }
    Ok(Redirect::to(&format!("/programmes/{}/applications?done=evaluators", p.id)).into_response())
}

pub async fn remove_evaluator(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((id, user)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let p = load(&state, &id).await?;
    access::require_admin(&state, me.user(), p.organisation_id).await?;
    let call = evaluation::Call {
        round: Round::Programme(p.id),
        title: &p.draft.title,
    };
    evaluation::remove_evaluator(&state, &ctx, me.user(), &call, &user).await?;
    Ok(Redirect::to(&format!("/programmes/{}/applications?done=evaluators", p.id)).into_response())
}

// ---- one application ----

#[derive(Template)]
#[template(path = "programme_application.html")]
struct ApplicationPage {
    chrome: Chrome,
    p: Programme,
    a: ProgrammeApplication,
    notice: Option<String>,
    state: String,
    requested: String,
    summary: Vec<String>,
    answers: Vec<(String, String)>,
    score_form: Option<Form>,
    conflict: bool,
    scores: Option<Vec<(String, Vec<u8>, String)>>,
    owner: bool,
    may_confirm: bool,
    may_withdraw: bool,
    may_report: bool,
    award_default: String,
    reports: Vec<(String, String, Vec<String>)>,
    report_error: Option<String>,
}

async fn load_application(state: &AppState, id: &str) -> Result<(ProgrammeApplication, Programme), WebError> {
    let a = state
        .store
        .programme_application(path_id(id)?)
        .await?
        .ok_or(WebError::NotFound)?;
    let p = state.store.programme(a.programme_id).await?.ok_or(WebError::NotFound)?;
    Ok((a, p))
}

struct Posted<'a> {
    score: Option<(&'a FormData, Errors)>,
    report_error: Option<String>,
    notice: Option<String>,
}

async fn application_page(
    state: &AppState,
    ctx: &Ctx,
    me: &SignedIn,
    a: ProgrammeApplication,
    p: Programme,
    posted: Posted<'_>,
) -> Result<Response, WebError> {
    let r = access::programme_roles(state, me.user(), &p, &a).await?;
    if !(r.owner || r.evaluator || r.applicant || r.centre) {
        return Err(WebError::Forbidden);
    }
    if r.conflict && !r.owner && !r.applicant && !r.centre {
        return Err(WebError::Forbidden);
    }
    let tr = ctx.tr;
    let scores: Vec<Score> = state
        .store
        .scores(Round::Programme(p.id))
        .await?
        .into_iter()
        .filter(|s| s.application_id == a.id)
        .collect();
    let own = scores.iter().find(|s| s.evaluator_id == Some(me.user().id));
    // Applicants and centres never see scores; evaluators once they gave their own.
    let may_see = if r.evaluator && !r.owner {
        !r.conflict && own.is_some()
    } else {
        r.owner && !r.conflict
    };
    let invalid = posted.score.as_ref().is_some_and(|(_, e)| !e.is_empty()) || posted.report_error.is_some();
    let score_form = (r.evaluator && !r.conflict && a.state == PS::Submitted).then(|| {
        let (f, errors) = match posted.score {
            Some((f, errors)) => (Some(f), errors),
            None => (None, Errors::default()),
        };
        crate::evaluation::score_form(
            &tr,
            ctx,
            format!("/programme-applications/{}/score", a.id),
            &p.draft.criteria,
            own.map(|s| (s.scores.as_slice(), s.comment.as_str())),
            f,
            errors,
        )
    });
    let reports = state
        .store
        .programme_reports(p.id)
        .await?
        .into_iter()
        .filter(|x| x.application_id == a.id)
        .map(|x| {
            (
                tr.date(x.created_at.date_naive()),
                x.author.unwrap_or_default(),
                paragraphs(&x.body),
            )
        })
        .collect();
    let page = ApplicationPage {
        chrome: ctx.chrome("funding"),
        notice: posted.notice,
        state: state_label(&tr, &a),
        requested: tr.money(&a.draft.requested),
        summary: paragraphs(&a.draft.summary),
        answers: p
            .draft
            .questions
            .iter()
            .cloned()
            .zip(a.draft.answers.iter().cloned())
            .collect(),
        score_form,
        conflict: r.conflict,
        scores: may_see.then(|| {
            scores
                .iter()
                .map(|s| {
                    let name = s.evaluator_name.clone().unwrap_or_else(|| tr.t("evaluator-erased"));
                    (name, s.scores.clone(), s.comment.clone())
                })
                .collect()
        }),
        owner: r.owner,
        may_confirm: r.centre && a.centre_confirmed_at.is_none() && a.state == PS::Submitted,
        may_withdraw: r.applicant && a.state == PS::Submitted,
        may_report: r.applicant && a.state == PS::Awarded,
        award_default: a.draft.requested.min(p.remaining()).to_string(),
        reports,
        report_error: posted.report_error,
        a,
        p,
    };
    render_form_page(&page, invalid)
}

pub async fn application(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let (a, p) = load_application(&state, &id).await?;
    let tr = ctx.tr;
    let notice = match done_param(raw.as_deref()).as_deref() {
        Some("confirmed") => Some(tr.t("programme-done-confirmed")),
        Some("withdrawn") => Some(tr.t("programme-done-withdrawn")),
        Some("reported") => Some(tr.t("programme-done-reported")),
        _ => None,
    };
    application_page(
        &state,
        &ctx,
        &me,
        a,
        p,
        Posted {
            score: None,
            report_error: None,
            notice,
        },
    )
    .await
}

pub async fn score(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let (a, p) = load_application(&state, &id).await?;
    let r = access::programme_roles(&state, me.user(), &p, &a).await?;
    if !r.evaluator || r.conflict {
        return Err(WebError::Forbidden);
    }
    if a.state != PS::Submitted {
        return Err(WebError::Conflict("programme-error-decided"));
    }
    let scored = match crate::evaluation::read_scores(&ctx.tr, &p.draft.criteria, &form) {
        Ok(x) => x,
        Err(errors) => {
            return application_page(
                &state,
                &ctx,
                &me,
                a,
                p,
                Posted {
                    score: Some((&form, errors)),
                    report_error: None,
                    notice: None,
                },
            )
            .await
        }
    };
    let call = evaluation::Call {
        round: Round::Programme(p.id),
        title: &p.draft.title,
    };
    evaluation::record_score(&state, &ctx, me.user(), &call, a.id, &a.organisation_name, scored).await?;
    Ok(Redirect::to(&format!("/programmes/{}/applications?done=scored", p.id)).into_response())
}

pub async fn confirm(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let (a, p) = load_application(&state, &id).await?;
    if !access::programme_roles(&state, me.user(), &p, &a).await?.centre {
        return Err(WebError::Forbidden);
    }
    if state.store.confirm_centre(a.id, me.user().id).await? {
        audit(
            &state,
            ctx.viewer()?,
            Some(me.user()),
            "programme_centre_confirmed",
            &a.id.to_string(),
            &a.centre_name,
        )
        .await?;
        tell_applicant(&state, &a, |tr| {
            Mail::new(
                tr.t1("mail-programme-confirmed-subject", "title", p.draft.title.as_str()),
                tr.tn(
                    "mail-programme-confirmed-body",
                    vec![
                        ("centre", a.centre_name.as_str().into()),
                        ("project", a.draft.project_title.as_str().into()),
                        (
                            "link",
                            state.settings.link(&format!("/programme-applications/{}", a.id)).into(),
                        ),
                    ],
                ),
            )
        })
        .await?;
    }
    Ok(Redirect::to(&format!("/programme-applications/{}?done=confirmed", a.id)).into_response())
}

pub async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let (a, p) = load_application(&state, &id).await?;
    if !access::programme_roles(&state, me.user(), &p, &a).await?.applicant {
        return Err(WebError::Forbidden);
    }
    if !state.store.close_programme_application(a.id, PS::Withdrawn).await? {
        return Err(WebError::Conflict("programme-error-decided"));
    }
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "programme_withdrawn",
        &a.id.to_string(),
        &a.organisation_name,
    )
    .await?;
    Ok(Redirect::to(&format!("/programme-applications/{}?done=withdrawn", a.id)).into_response())
}

/// Mails the person who applied, in their language, if their account still exists.
async fn tell_applicant(
    state: &AppState,
    a: &ProgrammeApplication,
    write: impl Fn(&Tr) -> Mail,
) -> Result<(), WebError> {
    if let Some(uid) = a.user_id {
        if let Some((u, _)) = state.store.user_by_id(uid).await? {
            crate::notify::tell(state, &u.email, crate::i18n::Locale::En, write).await;
        }
    }
    Ok(())
}

/// The owner's decision: `award` with an amount, or `reject`.
pub async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let (a, p) = load_application(&state, &id).await?;
    access::require_admin(&state, me.user(), p.organisation_id).await?;
    if form.get("decision") == "award" && a.organisation_id == p.organisation_id {
        return Err(WebError::Conflict("programme-error-own-award"));
    }
    access::not_own_application(&state, me.user(), a.user_id, a.organisation_id).await?;
    let tr = ctx.tr;
    let link = state.settings.link(&format!("/programmes/{}", p.id));
    match form.get("decision") {
        "award" => {
            let amount = Cents::parse(form.get("amount").trim()).map_err(|e| {
                WebError::Invalid(ValidationErrors(vec![domain::FieldError::new(
                    "amount",
                    Code::Invalid,
                    format!("{} {e}", tr.t("programme-error-amount")),
                )]))
            })?;
            match state.store.award(p.id, a.id, amount).await {
                Ok(_) => {}
                Err(AwardError::Refused(AwardRefusal::Budget { .. })) => {
                    return Err(WebError::Conflict("programme-error-budget"))
                }
                Err(AwardError::Refused(AwardRefusal::Amount)) => {
                    return Err(WebError::Conflict("programme-error-over-max"))
                }
                Err(AwardError::NotAwardable) => return Err(WebError::Conflict("programme-error-not-awardable")),
                Err(AwardError::Store(e)) => return Err(e.into()),
            }
            audit(
                &state,
                ctx.viewer()?,
                Some(me.user()),
                "programme_awarded",
                &a.id.to_string(),
                &amount.to_string(),
            )
            .await?;
            tell_applicant(&state, &a, |tr| {
                Mail::new(
                    tr.t1("mail-programme-awarded-subject", "title", p.draft.title.as_str()),
                    tr.tn(
                        "mail-programme-awarded-body",
                        vec![
                            ("project", a.draft.project_title.as_str().into()),
                            ("amount", tr.money(&amount).into()),
                            ("title", p.draft.title.as_str().into()),
                            ("link", link.as_str().into()),
                        ],
                    ),
                )
            })
            .await?;
            Ok(Redirect::to(&format!("/programmes/{}/applications?done=awarded", p.id)).into_response())
        }
        "reject" => {
            if !state.store.close_programme_application(a.id, PS::Rejected).await? {
                return Err(WebError::Conflict("programme-error-decided"));
            }
            audit(
                &state,
                ctx.viewer()?,
                Some(me.user()),
                "programme_rejected",
                &a.id.to_string(),
                &a.organisation_name,
            )
            .await?;
            tell_applicant(&state, &a, |tr| {
                Mail::new(
                    tr.t1("mail-programme-rejected-subject", "title", p.draft.title.as_str()),
                    tr.t2(
                        "mail-programme-rejected-body",
                        "project",
                        a.draft.project_title.as_str(),
                        "title",
                        p.draft.title.as_str(),
                    ),
                )
            })
            .await?;
            Ok(Redirect::to(&format!("/programmes/{}/applications?done=rejected", p.id)).into_response())
        }
        _ => Err(crate::routes::bad_parameter("decision", "must be award or reject")),
    }
}

pub async fn report(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let (a, p) = load_application(&state, &id).await?;
    if !access::programme_roles(&state, me.user(), &p, &a).await?.applicant {
        return Err(WebError::Forbidden);
    }
    if a.state != PS::Awarded {
        return Err(WebError::Conflict("programme-error-not-funded"));
    }
    let body = form.get("body").trim().to_owned();
    let n = body.chars().count();
    if !(20..=MAX_REPORT).contains(&n)
        || body
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        let message = ctx.tr.t("programme-error-report");
        return application_page(
            &state,
            &ctx,
            &me,
            a,
            p,
            Posted {
                score: None,
                report_error: Some(message),
                notice: None,
            },
        )
        .await;
    }
    state.store.add_report(a.id, me.user().id, &body).await?;
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "programme_reported",
        &a.id.to_string(),
        &a.organisation_name,
    )
    .await?;
    Ok(Redirect::to(&format!("/programme-applications/{}?done=reported", a.id)).into_response())
}

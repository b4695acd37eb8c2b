//! The cooperation marketplace: organisations publish opportunities (draft → submitted →
//! published by a moderator or returned with a reason → expired or closed), members of other
//! organisations express interest and talk with the owners in private, and every opportunity
//! shows the partners the matching ranks for it.

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::opportunity::{validate_message, MAX_MESSAGE};
use domain::{
    CriticalTechnology, Day, Ecosystem, KeyEnablingTechnology, NaceSection, OpportunityInput, OpportunityKind,
    OpportunityState, Organisation, PartnershipKind, PlatformRole, Taxonomy, ValidationErrors, Visibility,
};
use store::accounts::{Membership, User};
use store::opportunities::{Interest, Message, Opportunity, OpportunityFilter};

use crate::auth::audit;
use crate::auth::extract::{Moderator, SignedIn};
use crate::ctx::Ctx;
use crate::forms::{Errors, Field, Form, FormData, FormPage};
use crate::i18n::Tr;
use crate::matchmaking::{tag_name, Shown, SHOWN};
use crate::routes::manage::{options, split};
use crate::routes::{bad_parameter, done_param, path_id, query_pairs};
use crate::views::{pagination, render, url, Chrome, PageLink};
use crate::{AppState, WebError};

const PAGE: u32 = 20;

pub fn today() -> Day {
    Day::new(chrono::Utc::now().date_naive())
}

/// Whether the user may act for the organisation that owns an opportunity.
async fn is_owner(state: &AppState, user: &User, organisation_id: i64) -> Result<bool, WebError> {
    Ok(user.role == PlatformRole::Admin || state.store.org_role(user.id, organisation_id).await?.is_some())
}

async fn load(state: &AppState, id: &str) -> Result<Opportunity, WebError> {
    state.store.opportunity(path_id(id)?).await?.ok_or(WebError::NotFound)
}

/// Whether this viewer may read the opportunity: published ones by anyone (members-only ones
/// once signed in), others by its owners and moderators only.
async fn readable(state: &AppState, user: Option<&User>, o: &Opportunity) -> Result<bool, WebError> {
    if o.state == OpportunityState::Published {
        return Ok(o.draft.visibility == Visibility::Public || user.is_some());
    }
    match user {
        Some(u) => Ok(u.role.moderates() || is_owner(state, u, o.organisation_id).await?),
        None => Ok(false),
    }
}

fn fields(tr: &Tr, i: &OpportunityInput) -> Vec<Field> {
    let mut kinds = vec![(String::new(), tr.t("form-choose"))];
    kinds.extend(options(
        OpportunityKind::ALL,
        |v| v.to_string(),
        |v| tr.t(v.message_id()),
    ));
    vec![
        Field::select("kind", tr.t("opportunity-kind"), kinds, &i.kind).required(),
        Field::text("title", tr.t("opportunity-title"))
            .value(i.title.clone())
            .required()
            .max(domain::opportunity::MAX_TITLE),
        Field::textarea("description", tr.t("opportunity-description"))
            .value(i.description.clone())
            .required()
            .hint(tr.t("opportunity-description-hint"))
            .max(domain::opportunity::MAX_DESCRIPTION),
        Field::text("language", tr.t("opportunity-language"))
            .value(if i.language.is_empty() {
                "en".to_owned()
            } else {
                i.language.clone()
            })
            .hint(tr.t("opportunity-language-hint"))
            .max(2),
        Field::checkboxes(
            "technologies",
            tr.t("search-facet-technology"),
            options(KeyEnablingTechnology::ALL, |v| v.to_string(), |v| tr.t(v.message_id())),
            &i.technologies,
        ),
        Field::checkboxes(
            "critical_technologies",
            tr.t("search-facet-critical"),
            options(CriticalTechnology::ALL, |v| v.to_string(), |v| tr.t(v.message_id())),
            &i.critical_technologies,
        ),
        Field::checkboxes(
            "ecosystems",
            tr.t("search-facet-ecosystem"),
            options(Ecosystem::ALL, |v| v.to_string(), |v| tr.t(v.message_id())),
            &i.ecosystems,
        ),
        Field::checkboxes(
            "sectors",
            tr.t("opportunity-sectors"),
            NaceSection::all()
                .map(|s| (s.to_string(), tr.t(s.message_id())))
                .collect(),
            &i.sectors,
        ),
        Field::text("target_countries", tr.t("opportunity-target-countries"))
            .value(i.target_countries.join(", "))
            .hint(tr.t("profile-codes-hint")),
        Field::checkboxes(
            "partnerships",
            tr.t("opportunity-partnerships"),
            options(PartnershipKind::ALL, |v| v.to_string(), |v| tr.t(v.message_id())),
            &i.partnerships,
        ),
        Field::text("call", tr.t("opportunity-call"))
            .value(i.call.clone().unwrap_or_default())
            .hint(tr.t("opportunity-call-hint"))
            .max(domain::opportunity::MAX_CALL),
        Field::date("deadline", tr.t("opportunity-deadline"))
            .value(i.deadline.clone())
            .required()
            .hint(tr.t("opportunity-deadline-hint")),
        Field::text("contact_name", tr.t("opportunity-contact-name"))
            .value(i.contact_name.clone())
            .required()
            .autocomplete("name")
            .max(domain::opportunity::MAX_CONTACT),
        Field::email("contact_email", tr.t("opportunity-contact-email"))
            .value(i.contact_email.clone())
            .required(),
        Field::select(
            "visibility",
            tr.t("opportunity-visibility"),
            options(Visibility::ALL, |v| v.to_string(), |v| tr.t(v.message_id())),
            if i.visibility.is_empty() {
                "public"
            } else {
                &i.visibility
            },
        ),
    ]
}

fn read(form: &FormData) -> OpportunityInput {
    let call = form.get("call").trim();
    OpportunityInput {
        kind: form.get("kind").to_owned(),
        title: form.get("title").to_owned(),
        description: form.get("description").to_owned(),
        language: form.get("language").trim().to_lowercase(),
        technologies: form.all("technologies"),
        critical_technologies: form.all("critical_technologies"),
        ecosystems: form.all("ecosystems"),
        sectors: form.all("sectors"),
        target_countries: split(&form.get("target_countries").to_uppercase()),
        partnerships: form.all("partnerships"),
        call: (!call.is_empty()).then(|| call.to_owned()),
        deadline: form.get("deadline").to_owned(),
        contact_name: form.get("contact_name").to_owned(),
        contact_email: form.get("contact_email").to_owned(),
        visibility: form.get("visibility").to_owned(),
    }
}

/// The domain's findings as translated messages next to their fields.
fn field_errors(tr: &Tr, v: ValidationErrors) -> Errors {
    let mut errors = Errors::default();
    for e in v.0 {
        let id = match e.field.as_str() {
            "technologies"
            | "critical_technologies"
            | "ecosystems"
            | "sectors"
            | "partnerships"
            | "visibility"
            | "kind" => "form-error-choice".to_owned(),
            "target_countries" => "profile-error-codes".to_owned(),
            "contact_email" => "opportunity-error-email".to_owned(),
            "deadline" if e.message.contains("YYYY") => "opportunity-error-date".to_owned(),
            "deadline" if e.message.contains("two years") => "opportunity-error-deadline-far".to_owned(),
            "deadline" => "opportunity-error-deadline-past".to_owned(),
            "title" | "description" | "contact_name" | "call" | "language" => {
                if e.message.contains("at most") {
                    "opportunity-error-too-long".to_owned()
                } else if e.message.contains("at least") {
                    "opportunity-error-too-short".to_owned()
                } else if e.field == "call" && e.message.contains("partner search") {
                    "opportunity-error-call".to_owned()
                } else if e.field == "language" {
                    "profile-error-codes".to_owned()
                } else {
                    "opportunity-error-required".to_owned()
                }
            }
            _ => {
                errors.add(&e.field, e.message);
                continue;
            }
        };
        errors.add(&e.field, tr.t(id));
    }
    errors
}

fn form_page(
    ctx: &Ctx,
    title: String,
    action: String,
    input: &OpportunityInput,
    errors: Errors,
    back: (String, String),
) -> FormPage {
    let tr = &ctx.tr;
    FormPage {
        chrome: ctx.chrome("marketplace"),
        title,
        intro: vec![tr.t("opportunity-form-intro")],
        notice: None,
        form: Form::new("opportunity", action, ctx.csrf(), tr.t("opportunity-save"))
            .fields(fields(tr, input))
            .errors(errors),
        links: vec![back],
    }
}

async fn organisation(state: &AppState, slug: &str) -> Result<Organisation, WebError> {
    state
        .store
        .organisation_by_slug(slug)
        .await?
        .ok_or_else(|| WebError::OrganisationNotFound(slug.to_owned()))
}

async fn require_owner(state: &AppState, me: &SignedIn, organisation_id: i64) -> Result<(), WebError> {
    if is_owner(state, me.user(), organisation_id).await? {
        Ok(())
    } else {
        Err(WebError::Forbidden)
    }
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let org = organisation(&state, &slug).await?;
    require_owner(&state, &me, org.id).await?;
    let input = OpportunityInput {
        contact_name: me.user().display_name.clone(),
        contact_email: me.user().email.clone(),
        ..OpportunityInput::default()
    };
    let page = form_page(
        &ctx,
        ctx.tr.t1("opportunity-new-title", "name", org.profile.name.as_str()),
        format!("/organisations/{}/opportunities/new", org.slug),
        &input,
        Errors::default(),
        (format!("/organisations/{}", org.slug), ctx.tr.t("claim-back")),
    );
    Ok(render(&page)?.into_response())
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let org = organisation(&state, &slug).await?;
    require_owner(&state, &me, org.id).await?;
    let input = read(&form);
    let draft = match input.validate(today()) {
        Ok(d) => d,
        Err(v) => {
            let page = form_page(
                &ctx,
                ctx.tr.t1("opportunity-new-title", "name", org.profile.name.as_str()),
                format!("/organisations/{}/opportunities/new", org.slug),
                &input,
                field_errors(&ctx.tr, v),
                (format!("/organisations/{}", org.slug), ctx.tr.t("claim-back")),
            );
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
        }
    };
    let id = state
        .store
        .create_opportunity(org.id, Some(me.user().id), &draft)
        .await?;
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "opportunity_created",
        &id.to_string(),
        &draft.title,
    )
    .await?;
    Ok(Redirect::to(&format!("/opportunities/{id}?done=saved")).into_response())
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let o = load(&state, &id).await?;
    require_owner(&state, &me, o.organisation_id).await?;
    if !o.state.editable() {
        return Err(WebError::Conflict("opportunity-error-not-editable"));
    }
    let page = form_page(
        &ctx,
        ctx.tr.t1("opportunity-edit-title", "title", o.draft.title.as_str()),
        format!("/opportunities/{}/edit", o.id),
        &OpportunityInput::from_draft(&o.draft),
        Errors::default(),
        (format!("/opportunities/{}", o.id), ctx.tr.t("opportunity-back")),
    );
    Ok(render(&page)?.into_response())
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let o = load(&state, &id).await?;
    require_owner(&state, &me, o.organisation_id).await?;
    if !o.state.editable() {
        return Err(WebError::Conflict("opportunity-error-not-editable"));
    }
    let input = read(&form);
    let draft = match input.validate(today()) {
        Ok(d) => d,
        Err(v) => {
            let page = form_page(
                &ctx,
                ctx.tr.t1("opportunity-edit-title", "title", o.draft.title.as_str()),
                format!("/opportunities/{}/edit", o.id),
                &input,
                field_errors(&ctx.tr, v),
                (format!("/opportunities/{}", o.id), ctx.tr.t("opportunity-back")),
            );
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
        }
    };
    if !state.store.update_opportunity(o.id, &draft).await? {
        return Err(WebError::Conflict("opportunity-error-not-editable"));
    }
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "opportunity_edited",
        &o.id.to_string(),
        &draft.title,
    )
    .await?;
    Ok(Redirect::to(&format!("/opportunities/{}?done=saved", o.id)).into_response())
}

/// Moves an opportunity along its lifecycle, or says why it cannot move.
async fn transition(
    state: &AppState,
    o: &Opportunity,
    from: &[OpportunityState],
    to: OpportunityState,
    reason: Option<&str>,
) -> Result<(), WebError> {
    if state.store.transition_opportunity(o.id, from, to, reason).await? {
        Ok(())
    } else {
        Err(WebError::Conflict("opportunity-error-state"))
    }
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let o = load(&state, &id).await?;
    require_owner(&state, &me, o.organisation_id).await?;
    if o.draft.deadline <= today() {
        return Err(WebError::Conflict("opportunity-error-deadline-past"));
    }
    transition(
        &state,
        &o,
        &[OpportunityState::Draft, OpportunityState::Returned],
        OpportunityState::Submitted,
        None,
    )
    .await?;
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "opportunity_submitted",
        &o.id.to_string(),
        &o.draft.title,
    )
    .await?;
    crate::routes::tell_moderators(
        &state,
        "mail-opportunity-submitted-subject",
        "mail-opportunity-submitted-body",
        &o.draft.title,
        "/moderation/opportunities",
    )
    .await?;
    Ok(Redirect::to(&format!("/opportunities/{}?done=submitted", o.id)).into_response())
}

pub async fn close(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let o = load(&state, &id).await?;
    require_owner(&state, &me, o.organisation_id).await?;
    transition(
        &state,
        &o,
        &[
            OpportunityState::Draft,
            OpportunityState::Submitted,
            OpportunityState::Returned,
            OpportunityState::Published,
        ],
        OpportunityState::Closed,
        None,
    )
    .await?;
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "opportunity_closed",
        &o.id.to_string(),
        &o.draft.title,
    )
    .await?;
    Ok(Redirect::to(&format!("/opportunities/{}?done=closed", o.id)).into_response())
}

/// Mails the people of the organisation that owns an opportunity.
async fn tell_owners(state: &AppState, organisation_id: i64, subject: &str, body: String) -> Result<(), WebError> {
    for m in state.store.org_members(organisation_id).await? {
        state.settings.mailer.notify(&m.email, subject, body.clone()).await;
    }
    Ok(())
}

pub async fn approve(
    State(state): State<AppState>,
    ctx: Ctx,
    me: Moderator,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let o = load(&state, &id).await?;
    if o.draft.deadline <= today() {
        return Err(WebError::Conflict("opportunity-error-deadline-past"));
    }
    transition(
        &state,
        &o,
        &[OpportunityState::Submitted],
        OpportunityState::Published,
        None,
    )
    .await?;
    audit(
        &state,
        ctx.viewer()?,
        Some(&me.0.user),
        "opportunity_published",
        &o.id.to_string(),
        &o.draft.title,
    )
    .await?;
    let tr = Tr::new(crate::i18n::Locale::En);
    tell_owners(
        &state,
        o.organisation_id,
        &tr.t("mail-opportunity-published-subject"),
        tr.t2(
            "mail-opportunity-published-body",
            "title",
            o.draft.title.as_str(),
            "link",
            state.settings.link(&format!("/opportunities/{}", o.id)),
        ),
    )
    .await?;
    Ok(Redirect::to("/moderation/opportunities?done=published").into_response())
}

pub async fn send_back(
    State(state): State<AppState>,
    ctx: Ctx,
    me: Moderator,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let o = load(&state, &id).await?;
    let reason = crate::routes::return_reason(&ctx, &form)?;
    transition(
        &state,
        &o,
        &[OpportunityState::Submitted],
        OpportunityState::Returned,
        Some(&reason),
    )
    .await?;
    audit(
        &state,
        ctx.viewer()?,
        Some(&me.0.user),
        "opportunity_returned",
        &o.id.to_string(),
        &reason,
    )
    .await?;
    let tr = Tr::new(crate::i18n::Locale::En);
    tell_owners(
        &state,
        o.organisation_id,
        &tr.t("mail-opportunity-returned-subject"),
        tr.tn(
            "mail-opportunity-returned-body",
            vec![
                ("title", o.draft.title.as_str().into()),
                ("reason", reason.as_str().into()),
                ("link", state.settings.link(&format!("/opportunities/{}", o.id)).into()),
            ],
        ),
    )
    .await?;
    Ok(Redirect::to("/moderation/opportunities?done=returned").into_response())
}

#[derive(Template)]
#[template(path = "moderation_opportunities.html")]
struct QueuePage {
    chrome: Chrome,
    notice: Option<String>,
    items: Vec<Opportunity>,
}

pub async fn queue(
    State(state): State<AppState>,
    ctx: Ctx,
    _me: Moderator,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let done = done_param(raw.as_deref());
    let notice = match done.as_deref() {
        Some("published") => Some(ctx.tr.t("opportunity-done-published")),
        Some("returned") => Some(ctx.tr.t("opportunity-done-returned")),
        _ => None,
    };
    let page = QueuePage {
        chrome: ctx.chrome("moderation"),
        notice,
        items: state.store.submitted_opportunities().await?,
    };
    Ok(render(&page)?.into_response())
}

// ---- reading ----

/// A line of a list of opportunities.
pub struct Row {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub organisation: String,
    pub organisation_slug: String,
    pub deadline: String,
    pub state: String,
    pub state_code: &'static str,
}

fn row(tr: &Tr, o: &Opportunity) -> Row {
    Row {
        id: o.id,
        title: o.draft.title.clone(),
        kind: tr.t(o.draft.kind.message_id()),
        organisation: crate::views::title_case_if_shouting(&o.organisation_name),
        organisation_slug: o.organisation_slug.to_string(),
        deadline: o.draft.deadline.to_string(),
        state: tr.t(o.state.message_id()),
        state_code: o.state.as_str(),
    }
}

#[derive(Template)]
#[template(path = "opportunities.html")]
struct ListPage {
    chrome: Chrome,
    rows: Vec<Row>,
    kinds: Vec<(String, String, bool)>,
    count_text: String,
    pages: Vec<PageLink>,
    /// Organisations the viewer can publish for.
    publish_for: Vec<Membership>,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let pairs = query_pairs(raw.as_deref());
    let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.trim().to_owned());
    let kind = match get("kind").filter(|k| !k.is_empty()) {
        Some(k) => Some(k.parse::<OpportunityKind>().map_err(|e| bad_parameter("kind", e))?),
        None => None,
    };
    let offset: u32 = match get("offset").filter(|v| !v.is_empty()) {
        Some(v) => v
            .parse()
            .ok()
            .filter(|o| *o <= 100_000)
            .ok_or_else(|| bad_parameter("offset", "must be a whole number up to 100000"))?,
        None => 0,
    };
    let tr = ctx.tr;
    let signed_in = ctx.user().is_some();
    let (items, total) = state
        .store
        .published_opportunities(&OpportunityFilter {
            kind,
            members_only: signed_in,
            limit: i64::from(PAGE),
            offset: i64::from(offset),
        })
        .await?;
    let publish_for = match ctx.user() {
        Some(u) => state.store.memberships_of(u.id).await?,
        None => vec![],
    };
    let kind_param = kind.map(|k| k.to_string()).unwrap_or_default();
    let page = ListPage {
        chrome: ctx.chrome("marketplace"),
        rows: items.iter().map(|o| row(&tr, o)).collect(),
        kinds: OpportunityKind::ALL
            .iter()
            .map(|k| (k.to_string(), tr.t(k.message_id()), Some(*k) == kind))
            .collect(),
        count_text: tr.t1("opportunities-count", "count", total),
        pages: pagination(&tr, total, PAGE, offset, |o| {
            url(
                "/opportunities",
                &[("kind", kind_param.clone()), ("offset", o.to_string())],
            )
        }),
        publish_for,
    };
    Ok(render(&page)?.into_response())
}

/// One line of the facts of an opportunity.
pub struct Fact {
    pub label: String,
    pub value: String,
}

#[derive(Template)]
#[template(path = "opportunity.html")]
struct DetailPage {
    chrome: Chrome,
    notice: Option<String>,
    o: Opportunity,
    kind: String,
    state: String,
    facts: Vec<Fact>,
    owner: bool,
    moderator: bool,
    editable: bool,
    can_submit: bool,
    can_close: bool,
    /// The form to express interest, when the viewer may.
    interest_form: Option<Form>,
    /// Why the viewer cannot express interest, when signed in but not allowed.
    interest_note: Option<String>,
    interests: Vec<Interest>,
    recommendations: Option<Vec<Shown>>,
    watch_query: String,
}

fn facts(tr: &Tr, o: &Opportunity) -> Vec<Fact> {
    let d = &o.draft;
    let tags = |v: Vec<String>| v.iter().map(|t| tag_name(tr, t)).collect::<Vec<_>>().join(", ");
    let mut out = vec![
        Fact {
            label: tr.t("opportunity-organisation"),
            value: crate::views::title_case_if_shouting(&o.organisation_name),
        },
        Fact {
            label: tr.t("opportunity-deadline"),
            value: d.deadline.to_string(),
        },
    ];
    let lists = [
        (
            "search-facet-technology",
            tags(d.technologies.iter().map(|t| format!("ket:{}", t.slug())).collect()),
        ),
        (
            "search-facet-critical",
            tags(
                d.critical_technologies
                    .iter()
                    .map(|t| format!("cta:{}", t.slug()))
                    .collect(),
            ),
        ),
        (
            "search-facet-ecosystem",
            tags(d.ecosystems.iter().map(|t| format!("eco:{}", t.slug())).collect()),
        ),
        (
            "opportunity-sectors",
            tags(d.sectors.iter().map(|s| format!("nace:{}", s.as_str())).collect()),
        ),
        (
            "opportunity-target-countries",
            d.target_countries
                .iter()
                .map(|c| tr.country(c.as_str()))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        (
            "opportunity-partnerships",
            d.partnerships
                .iter()
                .map(|p| tr.t(p.message_id()))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ("opportunity-call", d.call.clone().unwrap_or_default()),
    ];
    for (label, value) in lists {
        if !value.is_empty() {
            out.push(Fact {
                label: tr.t(label),
                value,
            });
        }
    }
    out
}

/// The organisations the viewer may express interest for: those they belong to, other than the owner.
async fn interested_organisations(state: &AppState, user: &User, o: &Opportunity) -> Result<Vec<Membership>, WebError> {
    Ok(state
        .store
        .memberships_of(user.id)
        .await?
        .into_iter()
        .filter(|m| m.organisation_id != o.organisation_id)
        .collect())
}

fn interest_form(ctx: &Ctx, o: &Opportunity, orgs: &[Membership], message: &str, errors: Errors) -> Form {
    let tr = &ctx.tr;
    let mut form = Form::new(
        "interest",
        format!("/opportunities/{}/interest", o.id),
        ctx.csrf(),
        tr.t("interest-submit"),
    )
    .heading(tr.t("interest-heading"));
    if orgs.len() > 1 {
        form = form.field(
            Field::select(
                "organisation",
                tr.t("interest-organisation"),
                orgs.iter().map(|m| (m.slug.clone(), m.name.clone())).collect(),
                "",
            )
            .required(),
        );
    } else if let Some(m) = orgs.first() {
        form = form.field(Field::hidden("organisation", m.slug.clone()));
    }
    form.field(
        Field::textarea("message", tr.t("interest-message"))
            .value(message)
            .required()
            .hint(tr.t("interest-message-hint"))
            .max(MAX_MESSAGE),
    )
    .errors(errors)
}

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let o = load(&state, &id).await?;
    let user = ctx.user().cloned();
    if !readable(&state, user.as_ref(), &o).await? {
        return Err(if user.is_none() && o.state == OpportunityState::Published {
            WebError::Unauthorized
        } else {
            WebError::NotFound
        });
    }
    detail(&state, &ctx, o, raw.as_deref(), None).await
}

async fn detail(
    state: &AppState,
    ctx: &Ctx,
    o: Opportunity,
    raw: Option<&str>,
    interest: Option<(String, Errors)>,
) -> Result<Response, WebError> {
    let tr = ctx.tr;
    let user = ctx.user();
    let owner = match user {
        Some(u) => is_owner(state, u, o.organisation_id).await?,
        None => false,
    };
    let moderator = user.is_some_and(|u| u.role.moderates());
    let done = done_param(raw);
    let notice = match done.as_deref() {
        Some(d @ ("saved" | "submitted" | "closed" | "interest")) => Some(tr.t(format!("opportunity-done-{d}"))),
        _ => None,
    };
    let published = o.state == OpportunityState::Published;
    let open = published && o.draft.deadline >= today();
    let (mut interest_form_shown, mut interest_note) = (None, None);
    let failed = interest.is_some();
    if let (Some(u), false) = (user, owner) {
        if open {
            let orgs = interested_organisations(state, u, &o).await?;
            if orgs.is_empty() {
                interest_note = Some(tr.t("interest-needs-organisation"));
            } else {
                let (message, errors) = interest.unwrap_or_default();
                interest_form_shown = Some(interest_form(ctx, &o, &orgs, &message, errors));
            }
        } else if published {
            interest_note = Some(tr.t("interest-closed"));
        }
    }
    // Who expressed interest is for the organisation's own people (not platform admins).
    let member = match user {
        Some(u) => state.store.org_role(u.id, o.organisation_id).await?.is_some(),
        None => false,
    };
    let interests = if member {
        state.store.interests_in(o.id).await?
    } else {
        vec![]
    };
    let recommendations = if published || owner {
        let org = state.store.organisation_by_slug(o.organisation_slug.as_str()).await?;
        org.and_then(|org| state.matchmaker.for_opportunity(&tr, &o, &org, user.is_some(), SHOWN))
    } else {
        None
    };
    let page = DetailPage {
        chrome: ctx.chrome("marketplace"),
        notice,
        kind: tr.t(o.draft.kind.message_id()),
        state: tr.t(o.state.message_id()),
        facts: facts(&tr, &o),
        owner,
        moderator,
        editable: owner && o.state.editable(),
        can_submit: owner && o.state.editable(),
        can_close: owner && !matches!(o.state, OpportunityState::Closed | OpportunityState::Expired),
        interest_form: interest_form_shown,
        interest_note,
        interests,
        recommendations,
        watch_query: format!("opportunity:{}", o.id),
        o,
    };
    crate::views::render_form_page(&page, failed)
}

// ---- interest and conversation ----

pub async fn express_interest(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let o = load(&state, &id).await?;
    if !readable(&state, Some(me.user()), &o).await? {
        return Err(WebError::NotFound);
    }
    if o.state != OpportunityState::Published || o.draft.deadline < today() {
        return Err(WebError::Conflict("interest-closed"));
    }
    let orgs = interested_organisations(&state, me.user(), &o).await?;
    let slug = form.get("organisation");
    let Some(org) = orgs.iter().find(|m| m.slug == slug) else {
        return Err(
            if orgs.is_empty() && is_owner(&state, me.user(), o.organisation_id).await? {
                WebError::Conflict("interest-own")
            } else {
                WebError::Forbidden
            },
        );
    };
    let message = match validate_message(form.get("message")) {
        Ok(m) => m,
        Err(_) => {
            let mut errors = Errors::default();
            errors.add(
                "message",
                ctx.tr.t1("interest-error-message", "max", MAX_MESSAGE as i64),
            );
            return detail(&state, &ctx, o, None, Some((form.get("message").to_owned(), errors))).await;
        }
    };
    let interest = match state
        .store
        .express_interest(
            o.id,
            org.organisation_id,
            me.user().id,
            &me.user().display_name,
            &message,
        )
        .await
    {
        Ok(id) => id,
        Err(store::StoreError::Conflict(_)) => return Err(WebError::Conflict("interest-twice")),
        Err(e) => return Err(e.into()),
    };
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "interest_expressed",
        &o.id.to_string(),
        &org.name,
    )
    .await?;
    let tr = Tr::new(crate::i18n::Locale::En);
    tell_owners(
        &state,
        o.organisation_id,
        &tr.t1("mail-interest-subject", "title", o.draft.title.as_str()),
        tr.tn(
            "mail-interest-body",
            vec![
                ("organisation", org.name.as_str().into()),
                ("title", o.draft.title.as_str().into()),
                ("message", message.as_str().into()),
                ("link", state.settings.link(&format!("/interests/{interest}")).into()),
            ],
        ),
    )
    .await?;
    Ok(Redirect::to(&format!("/interests/{interest}?done=sent")).into_response())
}

/// Whether the user is on one of the two sides of a conversation: a person of either
/// organisation. Platform admins are not, unless they belong to one; the talk stays between the two.
async fn party(state: &AppState, user: &User, i: &Interest) -> Result<bool, WebError> {
    Ok(state.store.org_role(user.id, i.owner_id).await?.is_some()
        || state.store.org_role(user.id, i.organisation_id).await?.is_some())
}

#[derive(Template)]
#[template(path = "conversation.html")]
struct ConversationPage {
    chrome: Chrome,
    notice: Option<String>,
    interest: Interest,
    messages: Vec<Message>,
    form: Form,
}

fn reply_form(ctx: &Ctx, id: i64, value: &str, errors: Errors) -> Form {
    Form::new(
        "reply",
        format!("/interests/{id}"),
        ctx.csrf(),
        ctx.tr.t("conversation-send"),
    )
    .field(
        Field::textarea("message", ctx.tr.t("conversation-message"))
            .value(value)
            .required()
            .max(MAX_MESSAGE),
    )
    .errors(errors)
}

async fn conversation_page(
    state: &AppState,
    ctx: &Ctx,
    interest: Interest,
    notice: Option<String>,
    form: Form,
    status: StatusCode,
) -> Result<Response, WebError> {
    let page = ConversationPage {
        chrome: ctx.chrome("marketplace"),
        notice,
        messages: state.store.messages(interest.id).await?,
        interest,
        form,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn conversation(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let interest = state.store.interest(path_id(&id)?).await?.ok_or(WebError::NotFound)?;
    if !party(&state, me.user(), &interest).await? {
        // Conversations are private: to anyone else they do not exist.
        return Err(WebError::NotFound);
    }
    let done = done_param(raw.as_deref()).as_deref() == Some("sent");
    let notice = done.then(|| ctx.tr.t("conversation-sent"));
    let form = reply_form(&ctx, interest.id, "", Errors::default());
    conversation_page(&state, &ctx, interest, notice, form, StatusCode::OK).await
}

pub async fn reply(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let interest = state.store.interest(path_id(&id)?).await?.ok_or(WebError::NotFound)?;
    if !party(&state, me.user(), &interest).await? {
        return Err(WebError::NotFound);
    }
    let message = match validate_message(form.get("message")) {
        Ok(m) => m,
        Err(_) => {
            let mut errors = Errors::default();
            errors.add(
                "message",
                ctx.tr.t1("interest-error-message", "max", MAX_MESSAGE as i64),
            );
            let f = reply_form(&ctx, interest.id, form.get("message"), errors);
            return conversation_page(&state, &ctx, interest, None, f, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    state
        .store
        .add_message(interest.id, me.user().id, &me.user().display_name, &message)
        .await?;
    // The other side is told: the owners when the interested organisation writes, and the other way round.
    let other = if state.store.org_role(me.user().id, interest.owner_id).await?.is_some() {
        interest.organisation_id
    } else {
        interest.owner_id
    };
    let tr = Tr::new(crate::i18n::Locale::En);
    tell_owners(
        &state,
        other,
        &tr.t1("mail-message-subject", "title", interest.opportunity_title.as_str()),
        tr.tn(
            "mail-message-body",
            vec![
                ("name", me.user().display_name.as_str().into()),
                ("message", message.as_str().into()),
                (
                    "link",
                    state.settings.link(&format!("/interests/{}", interest.id)).into(),
                ),
            ],
        ),
    )
    .await?;
    Ok(Redirect::to(&format!("/interests/{}?done=sent", interest.id)).into_response())
}

// ---- the viewer's own marketplace ----

pub struct OrgMarket {
    pub slug: String,
    pub name: String,
    pub opportunities: Vec<Row>,
    pub interests: Vec<Interest>,
}

#[derive(Template)]
#[template(path = "marketplace_mine.html")]
struct MinePage {
    chrome: Chrome,
    organisations: Vec<OrgMarket>,
}

pub async fn mine(State(state): State<AppState>, ctx: Ctx, me: SignedIn) -> Result<Response, WebError> {
    let tr = ctx.tr;
    let mut organisations = vec![];
    for m in state.store.memberships_of(me.user().id).await? {
        let opportunities = state.store.opportunities_of(m.organisation_id).await?;
        organisations.push(OrgMarket {
            opportunities: opportunities.iter().map(|o| row(&tr, o)).collect(),
            interests: state.store.interests_of(m.organisation_id).await?,
            slug: m.slug,
            name: m.name,
        });
    }
    let page = MinePage {
        chrome: ctx.chrome("marketplace"),
        organisations,
    };
    Ok(render(&page)?.into_response())
}

/// Expires published opportunities whose deadline has passed, every `every`.
pub fn expire_regularly(store: store::Store, every: std::time::Duration) {
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(every);
        interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            interval.tick().await;
            match store.expire_opportunities(today()).await {
                Ok(ids) if !ids.is_empty() => tracing::info!(count = ids.len(), "opportunities expired"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "cannot expire opportunities"),
            }
        }
    });
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

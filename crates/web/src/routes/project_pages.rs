//! Project pages kept by their consortium: an organisation's admins create a project (their
//! organisation takes part with the role they give); the coordinator's admins (every partner's,
//! while there is no coordinator) edit it and its partners; every partner's admins post news and
//! link the partners' events. CORDIS projects are kept the same way, their acronym and CORDIS
//! facts staying as imported.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::{
    CriticalTechnology, Ecosystem, KeyEnablingTechnology, ParticipationRole, Project, ProjectForm, Taxonomy,
    ValidationErrors,
};
use store::accounts::Membership;

use crate::access::{self, ProjectRights};
use crate::auth::audit;
use crate::auth::extract::SignedIn;
use crate::ctx::Ctx;
use crate::forms::{Errors, Field, Form, FormData, FormPage};
use crate::i18n::Tr;
use crate::routes::{bad_parameter, path_id};
use crate::views::render_form_page;
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

fn page(ctx: &Ctx, title: String, back: (String, String), form: Form) -> FormPage {
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
    let org = state
        .store
        .organisation_by_slug(slug)
        .await?
        .ok_or_else(|| WebError::OrganisationNotFound(slug.to_owned()))?;
    if !crate::access::administers(state, me.user(), org.id).await? {
        return Err(WebError::Forbidden);
    }
    Ok(org)
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let org = organisation_admin(&state, &me, &slug).await?;
    let tr = ctx.tr;
    let head = vec![Field::select("role", tr.t("project-your-role"), role_choices(&tr), "coordinator").required()];
    let form = project_form(
        &tr,
        &ctx,
        format!("/organisations/{slug}/projects/new"),
        head,
        &ProjectForm::default(),
        false,
        Errors::default(),
    );
    let back = (format!("/organisations/{slug}"), org.profile.name.clone());
    render_form_page(
        &page(
            &ctx,
            tr.t1("project-new", "name", org.profile.name.as_str()),
            back,
            form,
        ),
        false,
    )
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let org = organisation_admin(&state, &me, &slug).await?;
    let tr = ctx.tr;
    let v = read_form(&form);
    let role = ParticipationRole::parse(form.get("role"));
    let refuse = |errors: Errors| {
        let head =
            vec![Field::select("role", tr.t("project-your-role"), role_choices(&tr), form.get("role")).required()];
        let f = project_form(
            &tr,
            &ctx,
            format!("/organisations/{slug}/projects/new"),
            head,
            &v,
            false,
            errors,
        );
        let back = (format!("/organisations/{slug}"), org.profile.name.clone());
        render_form_page(
            &page(&ctx, tr.t1("project-new", "name", org.profile.name.as_str()), back, f),
            true,
        )
    };
    let (draft, details) = match (v.validate(None), &role) {
        (Ok(x), Ok(_)) => x,
        (result, _) => {
            let mut errors = result.err().map(|e| project_errors(&tr, e)).unwrap_or_default();
            if role.is_err() {
                errors.add("role", tr.t("form-error-choice"));
            }
            return refuse(errors);
        }
    };
    let role = role.map_err(|m| bad_parameter("role", m))?;
    let id = match state.store.create_project(org.id, role, &draft, &details).await {
        Ok(id) => id,
        Err(store::StoreError::Conflict(store::Conflict::Acronym)) => {
            let mut errors = Errors::default();
            errors.add("acronym", tr.t("project-error-taken"));
            return refuse(errors);
        }
        Err(e) => return Err(e.into()),
    };
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "project_created",
        &id.to_string(),
        &draft.acronym,
    )
    .await?;
    Ok(Redirect::to(&format!("/projects/{id}?done=created")).into_response())
}

async fn editable(state: &AppState, me: &SignedIn, raw: &str) -> Result<Project, WebError> {
    let p = load(state, raw).await?;
    if !access::project_rights(state, Some(me.user()), p.id).await?.edit {
        return Err(WebError::Forbidden);
    }
    Ok(p)
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(raw): Path<String>,
) -> Result<Response, WebError> {
    let p = editable(&state, &me, &raw).await?;
    let tr = ctx.tr;
    let form = project_form(
        &tr,
        &ctx,
        format!("/projects/{}/edit", p.id),
        vec![],
        &ProjectForm::from_project(&p),
        p.draft.cordis_id.is_some(),
        Errors::default(),
    );
    let back = (format!("/projects/{}", p.id), p.draft.acronym.clone());
    render_form_page(
        &page(
            &ctx,
            tr.t1("project-edit", "acronym", p.draft.acronym.as_str()),
            back,
            form,
        ),
        false,
    )
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(raw): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let p = editable(&state, &me, &raw).await?;
    let tr = ctx.tr;
    let v = read_form(&form);
    let cordis = p.draft.cordis_id.is_some().then_some(&p.draft);
    let refuse = |errors: Errors| {
        let f = project_form(
            &tr,
            &ctx,
            format!("/projects/{}/edit", p.id),
            vec![],
            &v,
            cordis.is_some(),
            errors,
        );
        let back = (format!("/projects/{}", p.id), p.draft.acronym.clone());
        render_form_page(
            &page(
                &ctx,
                tr.t1("project-edit", "acronym", p.draft.acronym.as_str()),
                back,
                f,
            ),
            true,
        )
    };
    let (draft, details) = match v.validate(cordis) {
        Ok(x) => x,
        Err(e) => return refuse(project_errors(&tr, e)),
    };
    match state.store.update_project(p.id, &draft, &details).await {
        Ok(()) => {}
        Err(store::StoreError::Conflict(store::Conflict::Acronym)) => {
            let mut errors = Errors::default();
            errors.add("acronym", tr.t("project-error-taken"));
            return refuse(errors);
        }
        Err(e) => return Err(e.into()),
    }
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "project_updated",
        &p.id.to_string(),
        &draft.acronym,
    )
    .await?;
    Ok(Redirect::to(&format!("/projects/{}?done=saved", p.id)).into_response())
}

/// An organisation named in a form by its directory address (or the page's full address).
async fn named_organisation(state: &AppState, raw: &str) -> Result<Option<domain::Organisation>, WebError> {
    let t = raw.trim().trim_end_matches('/');
    let slug = t.rsplit("/organisations/").next().unwrap_or(t);
    if slug.is_empty() || slug.len() > 200 {
        return Ok(None);
    }
    Ok(state.store.organisation_by_slug(slug).await?)
}

pub async fn add_partner(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(raw): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let p = editable(&state, &me, &raw).await?;
    let Some(org) = named_organisation(&state, form.get("organisation")).await? else {
        return Err(WebError::Invalid(ValidationErrors(vec![domain::FieldError::new(
            "organisation",
            Code::Invalid,
            ctx.tr.t("project-error-partner"),
        )])));
    };
    let role = ParticipationRole::parse(form.get("role")).map_err(|m| bad_parameter("role", m))?;
    // An organisation joins a consortium by its own admins' consent: the editor's own
    // organisations join at once, any other is invited and joins when one of its admins accepts.
    if access::own_admin(&state, me.user(), org.id).await? {
        state.store.add_partner(p.id, org.id, role).await?;
        audit(
            &state,
            ctx.viewer()?,
            Some(me.user()),
            "project_partner_added",
            &p.id.to_string(),
            org.slug.as_str(),
        )
        .await?;
        return Ok(Redirect::to(&format!("/projects/{}?done=partners", p.id)).into_response());
    }
    state.store.invite_partner(p.id, org.id, role, me.user().id).await?;
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "project_partner_invited",
        &p.id.to_string(),
        org.slug.as_str(),
    )
    .await?;
    let link = state.settings.link(&format!("/projects/{}#partner-invitations", p.id));
    // The invited organisation consents through its admins, each told in their language.
    crate::notify::tell_organisation(&state, org.id, crate::notify::Audience::Admins, |tr| {
        crate::notify::Mail::new(
            tr.t1("mail-partner-invited-subject", "project", p.draft.acronym.as_str()),
            tr.tn(
                "mail-partner-invited-body",
                vec![
                    ("organisation", org.profile.name.as_str().into()),
                    ("project", p.draft.acronym.as_str().into()),
                    ("link", link.as_str().into()),
                ],
            ),
        )
    })
    .await?;
    Ok(Redirect::to(&format!("/projects/{}?done=partner-invited", p.id)).into_response())
}

/// `POST /projects/{id}/partners/{slug}/accept`: an admin of the invited organisation agrees
/// that it takes part.
pub async fn accept_partner(
    state: State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    path: Path<(String, String)>,
) -> Result<Response, WebError> {
    answer_partner(state, ctx, me, path, true).await
}

/// `POST /projects/{id}/partners/{slug}/decline`: the invitation goes; nothing else changes.
pub async fn decline_partner(
    state: State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    path: Path<(String, String)>,
) -> Result<Response, WebError> {
    answer_partner(state, ctx, me, path, false).await
}

async fn answer_partner(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((raw, slug)): Path<(String, String)>,
    accept: bool,
) -> Result<Response, WebError> {
    let p = load(&state, &raw).await?;
    let org = state
        .store
        .organisation_by_slug(&slug)
        .await?
        .ok_or_else(|| WebError::OrganisationNotFound(slug.clone()))?;
    // Only the invited organisation's own admins answer for it.
    if !access::own_admin(&state, me.user(), org.id).await? {
        return Err(WebError::Forbidden);
    }
    if !state.store.answer_partner_invitation(p.id, org.id, accept).await? {
        return Err(WebError::NotFound);
    }
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        if accept {
            "project_partner_accepted"
        } else {
            "project_partner_declined"
        },
        &p.id.to_string(),
        org.slug.as_str(),
    )
    .await?;
    let done = if accept { "partner-accepted" } else { "partner-declined" };
    Ok(Redirect::to(&format!("/projects/{}?done={done}", p.id)).into_response())
}

pub async fn remove_partner(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((raw, slug)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let p = editable(&state, &me, &raw).await?;
    let org = state
        .store
        .organisation_by_slug(&slug)
        .await?
        .ok_or_else(|| WebError::OrganisationNotFound(slug.clone()))?;
    if state.store.remove_partner(p.id, org.id).await? {
        audit(
            &state,
            ctx.viewer()?,
            Some(me.user()),
            "project_partner_removed",
            &p.id.to_string(),
            &slug,
        )
        .await?;
    }
    Ok(Redirect::to(&format!("/projects/{}?done=partners", p.id)).into_response())
}

/// A project the person may add to (news, events, unlinking), as a partner's admin or an
/// editor, with their rights.
async fn contributable(state: &AppState, me: &SignedIn, raw: &str) -> Result<(Project, ProjectRights), WebError> {
    let p = load(state, raw).await?;
    let r = access::project_rights(state, Some(me.user()), p.id).await?;
    if r.partners.is_empty() && !r.edit {
        return Err(WebError::Forbidden);
    }
    Ok((p, r))
}

/// The partner a person posts for: one of the partner organisations they administer.
fn posting_partner<'a>(rights: &'a ProjectRights, form: &FormData) -> Result<&'a Membership, WebError> {
    if rights.partners.is_empty() {
        return Err(WebError::Forbidden);
    }
    rights
        .partners
        .iter()
        .find(|m| m.slug == form.get("organisation"))
        .ok_or_else(|| bad_parameter("organisation", "is not a partner organisation you administer"))
}

pub async fn post_news(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(raw): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let p = load(&state, &raw).await?;
    let r = access::project_rights(&state, Some(me.user()), p.id).await?;
    let partner = posting_partner(&r, &form)?;
    let title = form.get("title").trim();
    let body = form.get("body").trim();
    let mut e = ValidationErrors::default();
    let bad = |s: &str| s.chars().any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t');
    if !(3..=200).contains(&title.chars().count()) || bad(title) {
        e.push("title", ctx.tr.t("programme-error-title"));
    }
    if !(10..=MAX_NEWS).contains(&body.chars().count()) || bad(body) {
        e.push("body", ctx.tr.t("project-error-news"));
    }
    if !e.is_empty() {
        return Err(WebError::Invalid(e));
    }
    state
        .store
        .add_project_news(p.id, partner.organisation_id, me.user().id, title, body)
        .await?;
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "project_news",
        &p.id.to_string(),
        title,
    )
    .await?;
    Ok(Redirect::to(&format!("/projects/{}?done=news#news", p.id)).into_response())
}

pub async fn delete_news(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((raw, news)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let (p, r) = contributable(&state, &me, &raw).await?;
    let news_id = path_id(&news)?;
    let Some(posted_for) = state.store.news_organisation(p.id, news_id).await? else {
        return Err(WebError::NotFound);
    };
    if !r.speaks_for(posted_for) {
        return Err(WebError::Forbidden);
    }
    if state.store.delete_project_news(p.id, news_id).await? {
        audit(
            &state,
            ctx.viewer()?,
            Some(me.user()),
            "project_news_deleted",
            &p.id.to_string(),
            &news,
        )
        .await?;
    }
    Ok(Redirect::to(&format!("/projects/{}?done=news#news", p.id)).into_response())
}

/// Links one of the partners' published events to the project.
pub async fn link_event(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(raw): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let (p, r) = contributable(&state, &me, &raw).await?;
    let event_id = form
        .get("event")
        .trim()
        .parse::<i64>()
        .map_err(|_| bad_parameter("event", "is not an event"))?;
    let event = state
        .store
        .event(event_id)
        .await?
        .filter(|e| {
            e.state.public() && r.consortium.contains(&e.organisation_id) && r.speaks_for(Some(e.organisation_id))
        })
        .ok_or_else(|| bad_parameter("event", "is not a published event of a partner you administer"))?;
    state.store.link_event(p.id, event.id).await?;
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "project_event_linked",
        &p.id.to_string(),
        &event.draft.title,
    )
    .await?;
    Ok(Redirect::to(&format!("/projects/{}?done=events#events", p.id)).into_response())
}

pub async fn unlink_event(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((raw, event)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let (p, r) = contributable(&state, &me, &raw).await?;
    let event_id = path_id(&event)?;
    let Some(linked) = state.store.event(event_id).await? else {
        return Err(WebError::NotFound);
    };
    if !r.speaks_for(Some(linked.organisation_id)) {
        return Err(WebError::Forbidden);
    }
    if state.store.unlink_event(p.id, event_id).await? {
        audit(
            &state,
            ctx.viewer()?,
            Some(me.user()),
            "project_event_unlinked",
            &p.id.to_string(),
            &event,
        )
        .await?;
    }
    Ok(Redirect::to(&format!("/projects/{}?done=events#events", p.id)).into_response())
}

//! Creating and editing a project page.

use super::*;
use crate::audit::{Action, Actor};
use crate::views::Link;

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
    let back = Link::new(format!("/organisations/{slug}"), org.profile.name.clone());
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
        let back = Link::new(format!("/organisations/{slug}"), org.profile.name.clone());
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
    let actor = Actor::of(&state, &ctx, me.user())?;
    let id = match actor
        .creating(Action::ProjectCreated, &draft.acronym)
        .create_project(org.id, role, &draft, &details)
        .await
    {
        Ok(id) => id,
        Err(store::StoreError::Conflict(store::Conflict::Acronym)) => {
            let mut errors = Errors::default();
            errors.add("acronym", tr.t("project-error-taken"));
            return refuse(errors);
        }
        Err(e) => return Err(e.into()),
    };
    Ok(Redirect::to(&format!("/projects/{id}?done=created")).into_response())
}

pub(super) async fn editable(state: &AppState, me: &SignedIn, raw: &str) -> Result<Project, WebError> {
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
    let back = Link::new(format!("/projects/{}", p.id), p.draft.acronym.clone());
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
        let back = Link::new(format!("/projects/{}", p.id), p.draft.acronym.clone());
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
    let actor = Actor::of(&state, &ctx, me.user())?;
    match actor
        .audited(Action::ProjectUpdated, &p.id.to_string(), &draft.acronym)
        .update_project(p.id, &draft, &details)
        .await
    {
        Ok(()) => {}
        Err(store::StoreError::Conflict(store::Conflict::Acronym)) => {
            let mut errors = Errors::default();
            errors.add("acronym", tr.t("project-error-taken"));
            return refuse(errors);
        }
        Err(e) => return Err(e.into()),
    }
    Ok(Redirect::to(&format!("/projects/{}?done=saved", p.id)).into_response())
}

/// An organisation named in a form by its directory address (or the page's full address).
pub(super) async fn named_organisation(state: &AppState, raw: &str) -> Result<Option<domain::Organisation>, WebError> {
    let t = raw.trim().trim_end_matches('/');
    let slug = t.rsplit("/organisations/").next().unwrap_or(t);
    if slug.is_empty() || slug.len() > 200 {
        return Ok(None);
    }
    Ok(state.store.organisation_by_slug(slug).await?)
}

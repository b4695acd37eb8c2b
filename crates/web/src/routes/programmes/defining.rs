//! Owners define and change a programme.

use super::*;
use crate::audit::{Action, Actor};
use crate::views::Link;

pub(super) const TYPES: [OrganisationType; 7] = [
    OrganisationType::Company,
    OrganisationType::TechnologyCentre,
    OrganisationType::ResearchEducation,
    OrganisationType::Cluster,
    OrganisationType::SupportNetwork,
    OrganisationType::PublicAuthority,
    OrganisationType::Other,
];

pub(super) fn read_form(form: &FormData) -> ProgrammeForm {
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
        voucher: form.checked("voucher"),
    }
}

/// The domain's findings next to their fields, in the reader's language.
pub(super) fn programme_errors(tr: &Tr, v: ValidationErrors) -> Errors {
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

pub(super) fn programme_form(
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
        Field::checkbox("voucher", tr.t("programme-voucher"), v.voucher).hint(tr.t("programme-voucher-hint")),
    ])
    .errors(errors)
}

pub(super) fn form_page(ctx: &Ctx, title: String, form: Form) -> FormPage {
    FormPage {
        chrome: ctx.chrome("funding"),
        title,
        intro: vec![ctx.tr.t("programme-intro")],
        notice: None,
        form,
        links: vec![Link::new("/programmes", ctx.tr.t("programme-all"))],
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
    let actor = Actor::of(&state, &ctx, me.user())?;
    let id = actor
        .creating(Action::ProgrammeCreated, &draft.title)
        .create_programme(owner.organisation_id, me.user().id, &draft)
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
    let actor = Actor::of(&state, &ctx, me.user())?;
    match actor
        .audited(Action::ProgrammeUpdated, &p.id.to_string(), &draft.title)
        .update_programme(p.id, &draft)
        .await
    {
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
    Ok(Redirect::to(&format!("/programmes/{}?done=saved", p.id)).into_response())
}

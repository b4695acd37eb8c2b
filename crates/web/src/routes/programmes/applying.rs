//! SMEs apply with a technology centre.

use super::*;
use crate::audit::{Action, Actor};
use crate::views::Link;

/// The technology centres and research organisations an SME can name: (id, address, name).
pub(super) async fn centres(state: &AppState) -> Result<Vec<(i64, String, String)>, WebError> {
    Ok(state
        .store
        .organisation_names_of_kinds(
            &[OrganisationType::TechnologyCentre, OrganisationType::ResearchEducation],
            5_000,
        )
        .await?)
}

#[allow(clippy::too_many_arguments)]
pub(super) fn apply_form(
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
pub(super) async fn can_apply(
    state: &AppState,
    p: &Programme,
    user: &User,
) -> Result<Vec<store::accounts::Membership>, WebError> {
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

pub(super) fn apply_page(ctx: &Ctx, p: &Programme, form: Form) -> FormPage {
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
        links: vec![Link::new(format!("/programmes/{}", p.id), p.draft.title.clone())],
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
    let actor = Actor::of(&state, &ctx, me.user())?;
    let app_id = actor
        .creating(Action::ProgrammeApplied, &applicant.profile.name)
        .apply_to_programme(p.id, applicant.id, centre.0, me.user().id, &draft)
        .await?;
    // The centre's people are asked to confirm; the applicant gets a receipt.
    let link = state.settings.link(&format!("/programme-applications/{app_id}"));
    for m in state.store.org_members(centre.0).await? {
        crate::notify::tell(
            &state,
            &m.email,
            ctx.tr.locale,
            crate::notify::programmes::confirm(
                &p.draft.title,
                &applicant.profile.name,
                &centre.2,
                &draft.project_title,
                &link,
            ),
        )
        .await;
    }
    crate::notify::tell(
        &state,
        &me.user().email,
        ctx.tr.locale,
        crate::notify::programmes::applied(&p.draft.title, &applicant.profile.name, &centre.2, &link),
    )
    .await;
    Ok(Redirect::to(&format!("/programmes/{}?done=applied", p.id)).into_response())
}

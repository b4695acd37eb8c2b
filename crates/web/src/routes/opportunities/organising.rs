//! Owners write, change, submit and close their opportunities; moderators publish or return them.

use super::*;
use crate::audit::{Action, Actor};
use crate::views::Link;

pub(super) fn fields(tr: &Tr, i: &OpportunityInput) -> Vec<Field> {
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

pub(super) fn read(form: &FormData) -> OpportunityInput {
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
pub(super) fn field_errors(tr: &Tr, v: ValidationErrors) -> Errors {
    let mut errors = Errors::default();
    for e in v.0 {
        let id = match (e.field.as_str(), e.code) {
            (
                "technologies"
                | "critical_technologies"
                | "ecosystems"
                | "sectors"
                | "partnerships"
                | "visibility"
                | "kind",
                _,
            ) => "form-error-choice".to_owned(),
            ("target_countries", _) => "profile-error-codes".to_owned(),
            ("contact_email", _) => "opportunity-error-email".to_owned(),
            ("deadline", Code::Past) => "opportunity-error-deadline-past".to_owned(),
            ("deadline", Code::TooFar) => "opportunity-error-deadline-far".to_owned(),
            ("deadline", _) => "opportunity-error-date".to_owned(),
            ("call", Code::Required) => "opportunity-error-call".to_owned(),
            ("language", _) => "profile-error-codes".to_owned(),
            ("title" | "description" | "contact_name" | "call", code) => text_error_id(code).to_owned(),
            _ => {
                errors.add(&e.field, e.message);
                continue;
            }
        };
        errors.add(&e.field, tr.t(id));
    }
    errors
}

pub(super) fn form_page(
    ctx: &Ctx,
    title: String,
    action: String,
    input: &OpportunityInput,
    errors: Errors,
    back: Link,
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

pub async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let org = crate::routes::organisation(&state, &slug).await?;
    access::require_member(&state, me.user(), org.id).await?;
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
        Link::new(format!("/organisations/{}", org.slug), ctx.tr.t("claim-back")),
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
    let org = crate::routes::organisation(&state, &slug).await?;
    access::require_member(&state, me.user(), org.id).await?;
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
                Link::new(format!("/organisations/{}", org.slug), ctx.tr.t("claim-back")),
            );
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
        }
    };
    let actor = Actor::of(&state, &ctx, me.user())?;
    let id = actor
        .creating(Action::OpportunityCreated, &draft.title)
        .create_opportunity(org.id, Some(me.user().id), &draft)
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
    access::require_member(&state, me.user(), o.organisation_id).await?;
    if !o.state.editable() {
        return Err(WebError::Conflict("opportunity-error-not-editable"));
    }
    let page = form_page(
        &ctx,
        ctx.tr.t1("opportunity-edit-title", "title", o.draft.title.as_str()),
        format!("/opportunities/{}/edit", o.id),
        &OpportunityInput::from_draft(&o.draft),
        Errors::default(),
        Link::new(format!("/opportunities/{}", o.id), ctx.tr.t("opportunity-back")),
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
    access::require_member(&state, me.user(), o.organisation_id).await?;
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
                Link::new(format!("/opportunities/{}", o.id), ctx.tr.t("opportunity-back")),
            );
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
        }
    };
    let actor = Actor::of(&state, &ctx, me.user())?;
    if !actor
        .audited(Action::OpportunityEdited, &o.id.to_string(), &draft.title)
        .update_opportunity(o.id, &draft)
        .await?
    {
        return Err(WebError::Conflict("opportunity-error-not-editable"));
    }
    Ok(Redirect::to(&format!("/opportunities/{}?done=saved", o.id)).into_response())
}

/// Moves an opportunity along its lifecycle, or says why it cannot move.
pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let o = load(&state, &id).await?;
    access::require_member(&state, me.user(), o.organisation_id).await?;
    moderation::submit(&state, &ctx, me.user(), &o).await?;
    Ok(Redirect::to(&format!("/opportunities/{}?done=submitted", o.id)).into_response())
}

pub async fn close(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let o = load(&state, &id).await?;
    access::require_member(&state, me.user(), o.organisation_id).await?;
    let actor = Actor::of(&state, &ctx, me.user())?;
    moderation::transition(
        &actor.audited(Action::OpportunityClosed, &o.id.to_string(), &o.draft.title),
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
    Ok(Redirect::to(&format!("/opportunities/{}?done=closed", o.id)).into_response())
}

#[derive(Template)]
#[template(path = "opportunities/moderation.html")]
pub(super) struct QueuePage {
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

/// What is wrong with a message that `validate_message` refused, in the reader's language.
pub(super) fn message_error(tr: &Tr, sent: &str) -> String {
    let length = sent.trim().chars().count();
    if length == 0 {
        tr.t("interest-error-message-empty")
    } else if length > MAX_MESSAGE {
        tr.t2(
            "interest-error-message-long",
            "count",
            length as i64,
            "max",
            MAX_MESSAGE as i64,
        )
    } else {
        tr.t("interest-error-message-characters")
    }
}

//! A centre's people write, change, submit and withdraw its services; moderators publish or
//! return them (the shared steps of `moderation.rs`).

use super::*;
use domain::service::ServiceTextInput;

/// The languages a service's text may be given in besides its main one: the interface's.
const TRANSLATIONS: &[&str] = &["en", "de", "fr", "da"];

fn main_language(i: &ServiceInput) -> String {
    if i.language.trim().is_empty() {
        "en".to_owned()
    } else {
        i.language.trim().to_lowercase()
    }
}

pub(super) fn fields(tr: &Tr, i: &ServiceInput, programmes: &[(i64, String)]) -> Vec<Field> {
    let main = main_language(i);
    let text = |lang: &str| i.texts.get(lang).cloned().unwrap_or_default();
    let mut kinds = vec![(String::new(), tr.t("form-choose"))];
    kinds.extend(options(ServiceKind::ALL, |v| v.to_string(), |v| tr.t(v.message_id())));
    let mut f = vec![
        Field::select("kind", tr.t("service-kind"), kinds, &i.kind).required(),
        Field::text("name", tr.t("service-name"))
            .value(text(&main).name)
            .required()
            .max(domain::service::MAX_NAME),
        Field::textarea("description", tr.t("service-description"))
            .value(text(&main).description)
            .required()
            .hint(tr.t("service-description-hint"))
            .max(domain::service::MAX_DESCRIPTION),
        Field::text("language", tr.t("service-language"))
            .value(main.clone())
            .hint(tr.t("opportunity-language-hint"))
            .max(2),
    ];
    for lang in TRANSLATIONS.iter().filter(|l| **l != main) {
        let t = text(lang);
        let language = tr.t(format!("language-{lang}"));
        f.push(
            Field::text(
                name_field(lang),
                tr.t1("service-name-in", "language", language.as_str()),
            )
            .value(t.name)
            .max(domain::service::MAX_NAME),
        );
        f.push(
            Field::textarea(
                description_field(lang),
                tr.t1("service-description-in", "language", language.as_str()),
            )
            .value(t.description)
            .max(domain::service::MAX_DESCRIPTION),
        );
    }
    f.extend([
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
        Field::number("trl_from", tr.t("service-trl-from"))
            .value(if i.trl_from.is_empty() {
                "1".to_owned()
            } else {
                i.trl_from.clone()
            })
            .hint(tr.t("service-trl-hint")),
        Field::number("trl_to", tr.t("service-trl-to")).value(if i.trl_to.is_empty() {
            "9".to_owned()
        } else {
            i.trl_to.clone()
        }),
        Field::textarea("equipment", tr.t("service-equipment"))
            .value(i.equipment.clone())
            .max(domain::service::MAX_EQUIPMENT),
        Field::textarea("accreditations", tr.t("service-accreditations"))
            .value(i.accreditations.join("\n"))
            .hint(tr.t("service-accreditations-hint")),
        Field::select(
            "price_model",
            tr.t("service-price-model"),
            options(PriceModel::ALL, |v| v.to_string(), |v| tr.t(v.message_id())),
            if i.price_model.is_empty() {
                "on-quote"
            } else {
                &i.price_model
            },
        ),
        Field::text("price", tr.t("service-price"))
            .value(i.price.clone())
            .hint(tr.t("service-price-hint"))
            .max(20),
    ]);
    if !programmes.is_empty() {
        f.push(Field::checkboxes(
            "programmes",
            tr.t("service-programmes"),
            programmes.iter().map(|(id, t)| (id.to_string(), t.clone())).collect(),
            &i.programmes,
        ));
    }
    f.extend([
        Field::number("lead_time_days", tr.t("service-lead-time")).value(if i.lead_time_days.is_empty() {
            "20".to_owned()
        } else {
            i.lead_time_days.clone()
        }),
        Field::number("answer_days", tr.t("service-answer-days"))
            .value(if i.answer_days.is_empty() {
                "5".to_owned()
            } else {
                i.answer_days.clone()
            })
            .hint(tr.t("service-answer-days-hint")),
        Field::text("languages", tr.t("service-languages"))
            .value(i.languages.join(", "))
            .hint(tr.t("service-languages-hint")),
        Field::checkboxes(
            "delivery",
            tr.t("service-delivery"),
            options(Delivery::ALL, |v| v.to_string(), |v| tr.t(v.message_id())),
            &i.delivery,
        ),
        Field::text("countries", tr.t("service-countries"))
            .value(i.countries.join(", "))
            .hint(tr.t("service-countries-hint")),
        Field::text("regions", tr.t("service-regions"))
            .value(i.regions.join(", "))
            .hint(tr.t("service-regions-hint")),
        Field::text("reference", tr.t("service-reference"))
            .value(i.reference.clone().unwrap_or_default())
            .hint(tr.t("service-reference-hint"))
            .max(domain::service::MAX_REFERENCE),
    ]);
    f
}

fn name_field(lang: &str) -> &'static str {
    match lang {
        "de" => "name_de",
        "fr" => "name_fr",
        "da" => "name_da",
        _ => "name_en",
    }
}

fn description_field(lang: &str) -> &'static str {
    match lang {
        "de" => "description_de",
        "fr" => "description_fr",
        "da" => "description_da",
        _ => "description_en",
    }
}

pub(super) fn read(form: &FormData) -> ServiceInput {
    let language = form.get("language").trim().to_lowercase();
    let main = if language.is_empty() {
        "en".to_owned()
    } else {
        language.clone()
    };
    let mut texts = std::collections::BTreeMap::new();
    texts.insert(
        main.clone(),
        ServiceTextInput {
            name: form.get("name").to_owned(),
            description: form.get("description").to_owned(),
        },
    );
    for lang in TRANSLATIONS.iter().filter(|l| **l != main) {
        let t = ServiceTextInput {
            name: form.get(name_field(lang)).to_owned(),
            description: form.get(description_field(lang)).to_owned(),
        };
        if !t.name.trim().is_empty() || !t.description.trim().is_empty() {
            texts.insert((*lang).to_owned(), t);
        }
    }
    let reference = form.get("reference").trim();
    ServiceInput {
        reference: (!reference.is_empty()).then(|| reference.to_owned()),
        kind: form.get("kind").to_owned(),
        language: main,
        texts,
        technologies: form.all("technologies"),
        critical_technologies: form.all("critical_technologies"),
        ecosystems: form.all("ecosystems"),
        trl_from: form.get("trl_from").to_owned(),
        trl_to: form.get("trl_to").to_owned(),
        equipment: form.get("equipment").to_owned(),
        accreditations: vec![form.get("accreditations").to_owned()],
        price_model: form.get("price_model").to_owned(),
        price: form.get("price").to_owned(),
        programmes: form.all("programmes"),
        lead_time_days: form.get("lead_time_days").to_owned(),
        answer_days: form.get("answer_days").to_owned(),
        languages: split(&form.get("languages").to_lowercase()),
        delivery: form.all("delivery"),
        countries: split(&form.get("countries").to_uppercase()),
        regions: split(&form.get("regions").to_uppercase()),
    }
}

/// The domain's findings as translated messages next to their fields; the main language's
/// text is the form's `name` and `description`.
pub(super) fn field_errors(tr: &Tr, input: &ServiceInput, v: ValidationErrors) -> Errors {
    let main = main_language(input);
    let mut errors = Errors::default();
    for e in v.0 {
        let field = match e.field.split_once('_') {
            Some((f @ ("name" | "description"), lang)) if lang == main => f.to_owned(),
            _ => e.field.clone(),
        };
        let id = match (field.as_str(), e.code) {
            ("technologies" | "critical_technologies" | "ecosystems" | "delivery" | "programmes", Code::Required) => {
                "service-error-delivery"
            }
            (
                "technologies"
                | "critical_technologies"
                | "ecosystems"
                | "delivery"
                | "programmes"
                | "kind"
                | "price_model",
                _,
            ) => "form-error-choice",
            ("countries" | "regions" | "languages" | "language", _) => "profile-error-codes",
            ("price", Code::Required) => "service-error-price-required",
            ("price", _) => "service-error-price",
            ("trl_from" | "trl_to", _) => "service-error-trl",
            ("lead_time_days" | "answer_days", _) => "service-error-days",
            (f, code) if f.starts_with("name") || f.starts_with("description") || f == "equipment" => {
                text_error_id(code)
            }
            ("accreditations" | "reference", code) => text_error_id(code),
            _ => {
                errors.add(&field, e.message);
                continue;
            }
        };
        errors.add(&field, tr.t(id));
    }
    errors
}

/// The voucher programmes a service may name as accepting it.
pub(super) async fn voucher_programmes(state: &AppState) -> Result<Vec<(i64, String)>, WebError> {
    let (list, _) = state.store.programmes(chrono::Utc::now(), 200, 0).await?;
    Ok(list
        .into_iter()
        .filter(|p| p.draft.voucher)
        .map(|p| (p.id, p.draft.title))
        .collect())
}

fn form_page(
    ctx: &Ctx,
    title: String,
    action: String,
    input: &ServiceInput,
    programmes: &[(i64, String)],
    errors: Errors,
    back: Link,
) -> FormPage {
    let tr = &ctx.tr;
    FormPage {
        chrome: ctx.chrome("services"),
        title,
        intro: vec![tr.t("service-form-intro")],
        notice: None,
        form: Form::new("service", action, ctx.csrf(), tr.t("service-save"))
            .fields(fields(tr, input, programmes))
            .errors(errors),
        links: vec![back],
    }
}

/// The organisation the path names, when the viewer may offer services for it.
async fn offering_organisation(state: &AppState, me: &User, slug: &str) -> Result<domain::Organisation, WebError> {
    let org = crate::routes::organisation(state, slug).await?;
    access::require_member(state, me, org.id).await?;
    if !domain::service::may_offer(Some(org.profile.kind)) {
        return Err(WebError::Conflict("service-error-not-a-centre"));
    }
    Ok(org)
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let org = offering_organisation(&state, me.user(), &slug).await?;
    let input = ServiceInput {
        language: ctx.tr.locale.code().to_owned(),
        languages: org.profile.languages.iter().map(|l| l.to_string()).collect(),
        ..ServiceInput::default()
    };
    let page = form_page(
        &ctx,
        ctx.tr.t1("service-new-title", "name", org.profile.name.as_str()),
        format!("/organisations/{}/services/new", org.slug),
        &input,
        &voucher_programmes(&state).await?,
        Errors::default(),
        Link::new(format!("/organisations/{}/services", org.slug), ctx.tr.t("claim-back")),
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
    let org = offering_organisation(&state, me.user(), &slug).await?;
    let input = read(&form);
    let programmes = voucher_programmes(&state).await?;
    let draft = match validated(&input, &programmes) {
        Ok(d) => d,
        Err(v) => {
            let page = form_page(
                &ctx,
                ctx.tr.t1("service-new-title", "name", org.profile.name.as_str()),
                format!("/organisations/{}/services/new", org.slug),
                &input,
                &programmes,
                field_errors(&ctx.tr, &input, v),
                Link::new(format!("/organisations/{}/services", org.slug), ctx.tr.t("claim-back")),
            );
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
        }
    };
    let actor = Actor::of(&state, &ctx, me.user())?;
    let id = actor
        .creating(Action::ServiceCreated, draft.name())
        .create_service(org.id, Some(me.user().id), &draft)
        .await?;
    Ok(Redirect::to(&format!("/services/{id}?done=saved")).into_response())
}

/// The draft, when the input is valid and names only voucher programmes that exist.
fn validated(
    input: &ServiceInput,
    programmes: &[(i64, String)],
) -> Result<domain::service::ServiceDraft, ValidationErrors> {
    let d = input.validate()?;
    if d.programmes.iter().any(|p| !programmes.iter().any(|(id, _)| id == p)) {
        let mut e = ValidationErrors::default();
        e.push("programmes", "names a programme that is not a voucher programme");
        return Err(e);
    }
    Ok(d)
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let s = load(&state, &id).await?;
    if !readable(&state, Some(me.user()), &s).await? {
        return Err(WebError::NotFound);
    }
    access::require_member(&state, me.user(), s.organisation_id).await?;
    if !s.state.editable() {
        return Err(WebError::Conflict("service-error-not-editable"));
    }
    let page = form_page(
        &ctx,
        ctx.tr.t1("service-edit-title", "name", s.draft.name()),
        format!("/services/{}/edit", s.id),
        &ServiceInput::from_draft(&s.draft),
        &voucher_programmes(&state).await?,
        Errors::default(),
        Link::new(format!("/services/{}", s.id), ctx.tr.t("service-back")),
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
    let s = load(&state, &id).await?;
    if !readable(&state, Some(me.user()), &s).await? {
        return Err(WebError::NotFound);
    }
    access::require_member(&state, me.user(), s.organisation_id).await?;
    if !s.state.editable() {
        return Err(WebError::Conflict("service-error-not-editable"));
    }
    let input = read(&form);
    let programmes = voucher_programmes(&state).await?;
    let draft = match validated(&input, &programmes) {
        Ok(d) => d,
        Err(v) => {
            let page = form_page(
                &ctx,
                ctx.tr.t1("service-edit-title", "name", s.draft.name()),
                format!("/services/{}/edit", s.id),
                &input,
                &programmes,
                field_errors(&ctx.tr, &input, v),
                Link::new(format!("/services/{}", s.id), ctx.tr.t("service-back")),
            );
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
        }
    };
    let actor = Actor::of(&state, &ctx, me.user())?;
    if !actor
        .audited(Action::ServiceEdited, &s.id.to_string(), draft.name())
        .update_service(s.id, &draft)
        .await?
    {
        return Err(WebError::Conflict("service-error-not-editable"));
    }
    Ok(Redirect::to(&format!("/services/{}?done=saved", s.id)).into_response())
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let s = load(&state, &id).await?;
    if !readable(&state, Some(me.user()), &s).await? {
        return Err(WebError::NotFound);
    }
    access::require_member(&state, me.user(), s.organisation_id).await?;
    moderation::submit(&state, &ctx, me.user(), &s).await?;
    Ok(Redirect::to(&format!("/services/{}?done=submitted", s.id)).into_response())
}

/// Takes a published service off the catalogue to change it; requests already sent go on.
pub async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let s = load(&state, &id).await?;
    if !readable(&state, Some(me.user()), &s).await? {
        return Err(WebError::NotFound);
    }
    access::require_member(&state, me.user(), s.organisation_id).await?;
    let actor = Actor::of(&state, &ctx, me.user())?;
    if !actor
        .audited(Action::ServiceWithdrawn, &s.id.to_string(), s.draft.name())
        .withdraw_service(s.id)
        .await?
    {
        return Err(WebError::Conflict("service-error-state"));
    }
    Ok(Redirect::to(&format!("/services/{}?done=withdrawn", s.id)).into_response())
}

#[derive(Template)]
#[template(path = "services/moderation.html")]
struct QueuePage {
    chrome: Chrome,
    notice: Option<String>,
    items: Vec<(Service, String)>,
}

pub async fn queue(
    State(state): State<AppState>,
    ctx: Ctx,
    _me: Moderator,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let notice = match done_param(raw.as_deref()).as_deref() {
        Some("published") => Some(ctx.tr.t("service-done-published")),
        Some("returned") => Some(ctx.tr.t("service-done-returned")),
        _ => None,
    };
    let items = state
        .store
        .submitted_services()
        .await?
        .into_iter()
        .map(|s| {
            let kind = ctx.tr.t(s.draft.kind.message_id());
            (s, kind)
        })
        .collect();
    let page = QueuePage {
        chrome: ctx.chrome("moderation"),
        notice,
        items,
    };
    Ok(render(&page)?.into_response())
}

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
    CriticalTechnology, Ecosystem, KeyEnablingTechnology, NaceSection, OpportunityInput, OpportunityKind,
    OpportunityState, Organisation, PartnershipKind, Refusals, Taxonomy, ValidationErrors, Visibility,
};
use store::accounts::{Membership, User};
use store::opportunities::{Interest, Message, Opportunity, OpportunityFilter, OpportunitySort};

use crate::access;
use crate::auth::audit;
use crate::auth::extract::{Moderator, SignedIn};
use crate::ctx::Ctx;
use crate::forms::{options, split};
use crate::forms::{text_error_id, Errors, Field, Form, FormData, FormPage};
use crate::i18n::Tr;
use crate::matchmaking::{tag_name, Shown, SHOWN};
use crate::moderation;
use crate::notify::{Audience, Mail};
use crate::routes::{done_param, path_id, query_pairs};
use crate::views::time::today;
use crate::views::{pagination, refusal_notices, render, render_list_page, url, Chrome, PageLink};
use crate::{AppState, WebError};
use domain::Code;

const PAGE: u32 = 20;

async fn load(state: &AppState, id: &str) -> Result<Opportunity, WebError> {
    state.store.opportunity(path_id(id)?).await?.ok_or(WebError::NotFound)
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

pub async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let org = organisation(&state, &slug).await?;
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
    moderation::transition(
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

pub async fn approve(
    State(state): State<AppState>,
    ctx: Ctx,
    me: Moderator,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let o = load(&state, &id).await?;
    crate::access::not_own_request(&state, &me.0.user, None, Some(o.organisation_id)).await?;
    moderation::publish(&state, &ctx, &me.0.user, &o).await?;
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
    crate::access::not_own_request(&state, &me.0.user, None, Some(o.organisation_id)).await?;
    let reason = crate::routes::return_reason(&ctx, &form)?;
    moderation::send_back(&state, &ctx, &me.0.user, &o, &reason).await?;
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

/// What is wrong with a message that `validate_message` refused, in the reader's language.
fn message_error(tr: &Tr, sent: &str) -> String {
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

// ---- reading ----

/// A line of a list of opportunities (a card in the marketplace, a row on "my marketplace").
pub struct Row {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub kind_code: &'static str,
    pub organisation: String,
    pub organisation_slug: String,
    /// The publisher's country, in the reader's language.
    pub place: String,
    pub deadline: String,
    /// The deadline as ISO 8601, for `<time datetime>`.
    pub deadline_iso: String,
    pub state: String,
    pub state_code: &'static str,
    /// A few of its technologies and ecosystems.
    pub tags: Vec<String>,
}

pub(crate) fn row(tr: &Tr, o: &Opportunity) -> Row {
    let d = &o.draft;
    Row {
        id: o.id,
        title: d.title.clone(),
        kind: tr.t(d.kind.message_id()),
        kind_code: d.kind.as_str(),
        organisation: crate::views::title_case_if_shouting(&o.organisation_name),
        organisation_slug: o.organisation_slug.to_string(),
        place: tr.country(&o.organisation_country),
        deadline: tr.date(d.deadline.date()),
        deadline_iso: d.deadline.to_string(),
        state: tr.t(o.state.message_id()),
        state_code: o.state.as_str(),
        tags: d
            .technologies
            .iter()
            .map(|t| tr.t(t.message_id()))
            .chain(d.ecosystems.iter().map(|e| tr.t(e.message_id())))
            .take(4)
            .collect(),
    }
}

/// The marketplace's filters as read from a query string, by the page (leniently) and the API
/// (strictly) alike: words, kind, the publisher's country, technologies, ecosystems, critical
/// technologies, order and offset. Values of one filter are alternatives; filters combine.
pub fn market_filter(pairs: &[(String, String)]) -> (OpportunityFilter, Refusals) {
    let (directory, mut refused) = domain::DirectoryFilter::from_pairs_lenient(
        pairs
            .iter()
            .filter(|(k, _)| MARKET_DIRECTORY_PARAMETERS.contains(&k.as_str()))
            .map(|(k, v)| (k.as_str(), v.as_str())),
    );
    let mut f = OpportunityFilter {
        q: directory.q,
        countries: directory.countries,
        technologies: directory.technologies,
        ecosystems: directory.ecosystems,
        critical_technologies: directory.critical_technologies,
        offset: i64::from(directory.page.offset),
        ..OpportunityFilter::default()
    };
    for (k, v) in pairs {
        let wrong = |m: String| domain::FilterError {
            parameter: k.clone(),
            message: m,
        };
        match k.as_str() {
            "kind" => f.kind = refused.keep(v, v.trim().parse::<OpportunityKind>().map_err(wrong)),
            "sort" => {
                if let Some(s) = refused.keep(v, v.trim().parse::<OpportunitySort>().map_err(wrong)) {
                    f.sort = s;
                }
            }
            _ => {}
        }
    }
    (f, refused)
}

/// The directory's parameters the marketplace reads the same way.
const MARKET_DIRECTORY_PARAMETERS: &[&str] = &["q", "country", "ket", "ecosystem", "cta", "offset"];

/// Every parameter the marketplace list reads (the API refuses others).
pub const MARKET_PARAMETERS: &[&str] = &["q", "kind", "country", "ket", "ecosystem", "cta", "sort", "offset"];

/// The query pairs that reproduce a marketplace filter, without the offset.
pub fn market_pairs(f: &OpportunityFilter) -> Vec<(&'static str, String)> {
    let mut p: Vec<(&'static str, String)> = Vec::new();
    if let Some(q) = &f.q {
        p.push(("q", q.clone()));
    }
    if let Some(k) = f.kind {
        p.push(("kind", k.as_str().to_owned()));
    }
    p.extend(f.countries.iter().map(|c| ("country", c.as_str().to_owned())));
    p.extend(f.technologies.iter().map(|t| ("ket", t.slug().to_owned())));
    p.extend(f.ecosystems.iter().map(|e| ("ecosystem", e.slug().to_owned())));
    p.extend(f.critical_technologies.iter().map(|c| ("cta", c.slug().to_owned())));
    if f.sort != OpportunitySort::default() {
        p.push(("sort", f.sort.as_str().to_owned()));
    }
    p
}

/// A choice of a select: (value, label, selected).
type Choice = (String, String, bool);

/// A filter in use, with the address of the list without it.
pub struct Chip {
    pub label: String,
    pub remove_label: String,
    pub remove_href: String,
}

#[derive(Template)]
#[template(path = "opportunities.html")]
struct ListPage {
    chrome: Chrome,
    rows: Vec<Row>,
    q: String,
    kinds: Vec<Choice>,
    country_options: String,
    technologies: Vec<Choice>,
    ecosystems: Vec<Choice>,
    sorts: Vec<Choice>,
    chips: Vec<Chip>,
    count_text: String,
    pages: Vec<PageLink>,
    /// Organisations the viewer can publish for.
    publish_for: Vec<Membership>,
    refusals: Vec<String>,
    api_href: String,
}

/// The label of a marketplace parameter, for messages about it.
fn market_parameter_label(parameter: &str) -> Option<&'static str> {
    Some(match parameter {
        "q" => "opportunities-q",
        "kind" => "opportunity-kind",
        "country" => "filter-country",
        "ket" => "filter-ket",
        "ecosystem" => "filter-ecosystem",
        "cta" => "filter-cta",
        "sort" => "filter-sort",
        _ => return None,
    })
}

/// A filter value in the reader's language.
fn market_value_label(tr: &Tr, parameter: &str, v: &str) -> String {
    match parameter {
        "kind" => v.parse::<OpportunityKind>().map(|x| tr.t(x.message_id())),
        "country" => Ok(tr.country(v)),
        "ket" => v.parse::<KeyEnablingTechnology>().map(|x| tr.t(x.message_id())),
        "ecosystem" => v.parse::<Ecosystem>().map(|x| tr.t(x.message_id())),
        _ => v.parse::<CriticalTechnology>().map(|x| tr.t(x.message_id())),
    }
    .unwrap_or_else(|_| v.to_owned())
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let pairs = query_pairs(raw.as_deref());
    let (mut filter, refused) = market_filter(&pairs);
    let tr = ctx.tr;
    filter.members_only = ctx.user().is_some();
    filter.limit = i64::from(PAGE);
    let (items, total) = state.store.published_opportunities(&filter).await?;
    let publish_for = match ctx.user() {
        Some(u) => state.store.memberships_of(u.id).await?,
        None => vec![],
    };
    let present = state
        .cache
        .countries_in_use(&state.store, store::organisations::CountriesOf::Opportunities)
        .await?;
    let base = market_pairs(&filter);
    let chips = base
        .iter()
        .enumerate()
        .filter(|(_, (k, _))| *k != "sort" && *k != "q")
        .map(|(i, (k, v))| {
            let label = market_value_label(&tr, k, v);
            let rest: Vec<(&str, String)> = base
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, p)| p.clone())
                .collect();
            Chip {
                remove_label: tr.t1("chip-remove", "filter", label.as_str()),
                label,
                remove_href: url("/opportunities", &rest),
            }
        })
        .collect();
    let offset = u32::try_from(filter.offset).unwrap_or(0);
    let selected = |first: Option<&str>, value: &str| first == Some(value);
    let page = ListPage {
        chrome: ctx.chrome("marketplace"),
        rows: items.iter().map(|o| row(&tr, o)).collect(),
        q: filter.q.clone().unwrap_or_default(),
        kinds: OpportunityKind::ALL
            .iter()
            .map(|k| (k.to_string(), tr.t(k.message_id()), Some(*k) == filter.kind))
            .collect(),
        country_options: crate::i18n::country_filter_options(
            &tr,
            &present,
            &filter.countries.iter().take(1).map(|c| c.as_str()).collect::<Vec<_>>(),
        ),
        technologies: KeyEnablingTechnology::ALL
            .iter()
            .map(|t| {
                let first = filter.technologies.first().map(|x| x.slug());
                (t.slug().to_owned(), tr.t(t.message_id()), selected(first, t.slug()))
            })
            .collect(),
        ecosystems: Ecosystem::ALL
            .iter()
            .map(|e| {
                let first = filter.ecosystems.first().map(|x| x.slug());
                (e.slug().to_owned(), tr.t(e.message_id()), selected(first, e.slug()))
            })
            .collect(),
        sorts: OpportunitySort::ALL
            .iter()
            .map(|s| {
                (
                    s.as_str().to_owned(),
                    tr.t(format!("opportunities-sort-{}", s.as_str())),
                    *s == filter.sort,
                )
            })
            .collect(),
        chips,
        count_text: tr.t1("opportunities-count", "count", total),
        pages: pagination(&tr, total, PAGE, offset, |o| {
            let mut p = base.clone();
            p.push(("offset", o.to_string()));
            url("/opportunities", &p)
        }),
        publish_for,
        refusals: refusal_notices(&tr, &refused, market_parameter_label),
        api_href: url("/api/v1/opportunities", &base),
    };
    render_list_page(&page, &refused)
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
            value: tr.date(d.deadline.date()),
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
    if !access::opportunity_readable(&state, user.as_ref(), &o).await? {
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
        Some(u) => access::member_of(state, u, o.organisation_id).await?,
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
        Some(u) => access::belongs_to(state, u, o.organisation_id).await?,
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
    if !access::opportunity_readable(&state, Some(me.user()), &o).await? {
        return Err(WebError::NotFound);
    }
    if o.state != OpportunityState::Published || o.draft.deadline < today() {
        return Err(WebError::Conflict("interest-closed"));
    }
    let orgs = interested_organisations(&state, me.user(), &o).await?;
    let slug = form.get("organisation");
    let Some(org) = orgs.iter().find(|m| m.slug == slug) else {
        return Err(
            if orgs.is_empty() && access::member_of(&state, me.user(), o.organisation_id).await? {
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
            errors.add("message", message_error(&ctx.tr, form.get("message")));
            return detail(&state, &ctx, o, None, Some((form.get("message").to_owned(), errors))).await;
        }
    };
    // Interest expressed already answers 409 through the store's conflict.
    let interest = state
        .store
        .express_interest(
            o.id,
            org.organisation_id,
            me.user().id,
            &me.user().display_name,
            &message,
        )
        .await?;
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "interest_expressed",
        &o.id.to_string(),
        &org.name,
    )
    .await?;
    crate::notify::tell_organisation(&state, o.organisation_id, Audience::Members, |tr| {
        Mail::new(
            tr.t1("mail-interest-subject", "title", o.draft.title.as_str()),
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
    })
    .await?;
    Ok(Redirect::to(&format!("/interests/{interest}?done=sent")).into_response())
}

#[derive(Template)]
#[template(path = "conversation.html")]
struct ConversationPage {
    chrome: Chrome,
    notice: Option<String>,
    interest: Interest,
    /// The organisation the reader talks with: (slug, name).
    with: (String, String),
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
    // The reader speaks for the owner when they belong to it, else for the interested side.
    let owner_side = match ctx.user() {
        Some(u) => access::belongs_to(state, u, interest.owner_id).await?,
        None => false,
    };
    let speaking_for = if owner_side {
        interest.owner_id
    } else {
        interest.organisation_id
    };
    let (slug, name) = interest.other_side(speaking_for);
    let page = ConversationPage {
        chrome: ctx.chrome("marketplace"),
        notice,
        messages: state.store.messages(interest.id).await?,
        with: (slug.to_owned(), crate::views::title_case_if_shouting(name)),
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
    if !access::in_conversation(&state, me.user(), &interest).await? {
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
    if !access::in_conversation(&state, me.user(), &interest).await? {
        return Err(WebError::NotFound);
    }
    let message = match validate_message(form.get("message")) {
        Ok(m) => m,
        Err(_) => {
            let mut errors = Errors::default();
            errors.add("message", message_error(&ctx.tr, form.get("message")));
            let f = reply_form(&ctx, interest.id, form.get("message"), errors);
            return conversation_page(&state, &ctx, interest, None, f, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    state
        .store
        .add_message(interest.id, me.user().id, &me.user().display_name, &message)
        .await?;
    // The other side is told: the owners when the interested organisation writes, and the other way round.
    let other = if access::belongs_to(&state, me.user(), interest.owner_id).await? {
        interest.organisation_id
    } else {
        interest.owner_id
    };
    crate::notify::tell_organisation(&state, other, Audience::Members, |tr| {
        Mail::new(
            tr.t1("mail-message-subject", "title", interest.opportunity_title.as_str()),
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
    })
    .await?;
    Ok(Redirect::to(&format!("/interests/{}?done=sent", interest.id)).into_response())
}

// ---- the viewer's own marketplace ----

pub struct OrgMarket {
    pub id: i64,
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
            id: m.organisation_id,
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

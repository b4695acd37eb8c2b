//! Organisations people manage: proposing a new profile, claiming an existing one, editing a
//! profile (its admins, and platform admins) and the people who hold roles in it.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::{
    ClusterLabel, CriticalTechnology, Ecosystem, Email, KeyEnablingTechnology, OrgRole, Organisation, OrganisationType,
    ProfileInput, Taxonomy, ValidationErrors,
};
use store::accounts::{Invitation, OrgMember};

use crate::access;
use crate::auth::audit;
use crate::auth::extract::SignedIn;
use crate::ctx::Ctx;
use crate::forms::{options, split, Errors, Field, Form, FormData, FormPage};
use crate::i18n::{countries_by_name, Locale, Tr};
use crate::notify::Mail;
use crate::views::{render, Chrome};
use crate::{AppState, WebError};

/// Languages a profile form always offers a description field for.
const DESCRIPTION_LANGUAGES: &[&str] = &["en", "de", "fr", "da"];
pub const MAX_CLAIM_MESSAGE: usize = 2_000;

fn join(v: &[String]) -> String {
    v.join(", ")
}

/// The profile's fields, filled from `p`.
fn profile_fields(tr: &Tr, p: &ProfileInput) -> Vec<Field> {
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let num = |v: Option<u32>| v.map(|n| n.to_string()).unwrap_or_default();
    let mut kinds = vec![(String::new(), tr.t("form-choose"))];
    kinds.extend(options(
        OrganisationType::ALL,
        |v| v.to_string(),
        |v| tr.t(v.message_id()),
    ));
    let mut countries = vec![(String::new(), tr.t("form-choose"))];
    countries.extend(countries_by_name(tr.locale).iter().cloned());
    let mut labels = vec![(String::new(), tr.t("form-none"))];
    labels.extend(options(ClusterLabel::ALL, |v| v.to_string(), |v| tr.t(v.message_id())));
    let mut fields = vec![
        Field::text("name", tr.t("profile-name"))
            .value(p.name.clone())
            .required()
            .max(300),
        Field::text("short_name", tr.t("profile-short-name"))
            .value(opt(&p.short_name))
            .max(200),
        Field::select("kind", tr.t("field-type"), kinds, &p.kind).required(),
        Field::select("country", tr.t("field-country"), countries, &p.country).required(),
        Field::text("nuts_code", tr.t("profile-nuts"))
            .value(opt(&p.nuts_code))
            .hint(tr.t("profile-nuts-hint"))
            .max(5),
        Field::text("city", tr.t("profile-city")).value(opt(&p.city)).max(120),
        Field::text("lat", tr.t("profile-lat"))
            .value(p.coordinates.map(|c| c.lat.to_string()).unwrap_or_default())
            .hint(tr.t("profile-coordinates-hint")),
        Field::text("lon", tr.t("profile-lon")).value(p.coordinates.map(|c| c.lon.to_string()).unwrap_or_default()),
        Field::text("website", tr.t("profile-website"))
            .value(opt(&p.website))
            .autocomplete("url")
            .max(500),
    ];
    let mut langs: Vec<String> = DESCRIPTION_LANGUAGES.iter().map(|l| (*l).to_owned()).collect();
    langs.extend(
        p.descriptions
            .keys()
            .filter(|l| !langs.contains(l))
            .cloned()
            .collect::<Vec<_>>(),
    );
    for lang in langs {
        let name: &'static str = match lang.as_str() {
            "en" => "description_en",
            "de" => "description_de",
            "fr" => "description_fr",
            "da" => "description_da",
            // Other languages' descriptions are kept as they are (edited through the API or an import).
            _ => continue,
        };
        fields.push(
            Field::textarea(
                name,
                tr.t1("profile-description", "language", tr.t(format!("language-{lang}"))),
            )
            .value(p.descriptions.get(&lang).cloned().unwrap_or_default())
            .max(domain::organisation::MAX_DESCRIPTION),
        );
    }
    fields.extend([
        Field::text("nace_codes", tr.t("profile-nace"))
            .value(join(&p.nace_codes))
            .hint(tr.t("profile-nace-hint")),
        Field::checkboxes(
            "ecosystems",
            tr.t("search-facet-ecosystem"),
            options(Ecosystem::ALL, |v| v.to_string(), |v| tr.t(v.message_id())),
            &p.ecosystems,
        ),
        Field::checkboxes(
            "technologies",
            tr.t("search-facet-technology"),
            options(KeyEnablingTechnology::ALL, |v| v.to_string(), |v| tr.t(v.message_id())),
            &p.technologies,
        ),
        Field::checkboxes(
            "critical_technologies",
            tr.t("search-facet-critical"),
            options(CriticalTechnology::ALL, |v| v.to_string(), |v| tr.t(v.message_id())),
            &p.critical_technologies,
        ),
        Field::number("members_smes", tr.t("profile-members-smes")).value(num(p.members_smes)),
        Field::number("members_large", tr.t("profile-members-large")).value(num(p.members_large)),
        Field::number("members_research", tr.t("profile-members-research")).value(num(p.members_research)),
        Field::number("founded", tr.t("profile-founded")).value(p.founded.map(|v| v.to_string()).unwrap_or_default()),
        Field::select("label", tr.t("field-label"), labels, p.label.as_deref().unwrap_or(""))
            .hint(tr.t("profile-label-hint")),
        Field::checkbox("is_sme", tr.t("profile-is-sme"), p.is_sme),
        Field::text("target_markets", tr.t("profile-target-markets"))
            .value(join(&p.target_markets))
            .hint(tr.t("profile-codes-hint")),
        Field::text("languages", tr.t("profile-languages"))
            .value(join(&p.languages))
            .hint(tr.t("profile-codes-hint")),
    ]);
    fields
}

/// Reads the profile form; numbers that do not parse are reported under their field. The
/// descriptions in languages the form does not show are taken from `keep`.
fn read_profile(tr: &Tr, form: &FormData, keep: Option<&ProfileInput>) -> (ProfileInput, Errors) {
    let mut errors = Errors::default();
    let text = |name: &str| Some(form.get(name).trim().to_owned()).filter(|s| !s.is_empty());
    let number = |name: &str| -> Option<String> {
        let t = form.get(name).trim();
        (!t.is_empty()).then(|| t.to_owned())
    };
    let parse_u32 = |name: &'static str, errors: &mut Errors| match number(name) {
        Some(t) => t
            .parse::<u32>()
            .map_err(|_| errors.add(name, tr.t("form-error-whole-number")))
            .ok(),
        None => None,
    };
    let members_smes = parse_u32("members_smes", &mut errors);
    let members_large = parse_u32("members_large", &mut errors);
    let members_research = parse_u32("members_research", &mut errors);
    let founded = parse_u32("founded", &mut errors).and_then(|y| {
        u16::try_from(y)
            .map_err(|_| errors.add("founded", tr.t("form-error-whole-number")))
            .ok()
    });
    let mut coordinate = |name: &'static str| match text(name) {
        Some(t) => t
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .or_else(|| {
                errors.add(name, tr.t("form-error-number"));
                None
            }),
        None => None,
    };
    let lat = coordinate("lat");
    let lon = coordinate("lon");
    let coordinates = match (lat, lon) {
        (Some(lat), Some(lon)) => Some(domain::profile::Position { lat, lon }),
        (None, None) => None,
        _ => {
            errors.add(
                if lat.is_none() { "lat" } else { "lon" },
                tr.t("form-error-both-coordinates"),
            );
            None
        }
    };
    let mut descriptions = keep.map(|k| k.descriptions.clone()).unwrap_or_default();
    for lang in DESCRIPTION_LANGUAGES {
        let v = form.get(&format!("description_{lang}")).trim().to_owned();
        if v.is_empty() {
            descriptions.remove(*lang);
        } else {
            descriptions.insert((*lang).to_owned(), v);
        }
    }
    let input = ProfileInput {
        name: form.get("name").to_owned(),
        short_name: text("short_name"),
        kind: form.get("kind").to_owned(),
        country: form.get("country").to_owned(),
        nuts_code: text("nuts_code"),
        city: text("city"),
        coordinates,
        website: text("website"),
        descriptions,
        nace_codes: split(form.get("nace_codes")),
        ecosystems: form.all("ecosystems"),
        technologies: form.all("technologies"),
        critical_technologies: form.all("critical_technologies"),
        members_smes,
        members_large,
        members_research,
        founded,
        label: text("label"),
        is_sme: form.checked("is_sme"),
        target_markets: split(&form.get("target_markets").to_uppercase()),
        languages: split(&form.get("languages").to_lowercase()),
        cordis_id: keep.and_then(|k| k.cordis_id.clone()),
    };
    (input, errors)
}

/// The domain's field names, as the form names them.
/// The domain's findings, as the form names its fields and in the reader's language (the domain
/// speaks English for imports and the API; the form says what each field needs instead).
fn add_validation_errors(tr: &Tr, errors: &mut Errors, v: ValidationErrors) {
    for e in v.0 {
        let (field, message) = match e.field.as_str() {
            "coordinates" => ("lat", "profile-error-coordinates"),
            f if f.starts_with("description_") => (f, "profile-error-description"),
            f @ ("ecosystems" | "technologies" | "critical_technologies") => (f, "form-error-choice"),
            f @ ("target_markets" | "languages") => (f, "profile-error-codes"),
            f @ ("members_smes" | "members_large" | "members_research") => (f, "profile-error-members"),
            f @ ("name" | "short_name" | "kind" | "country" | "nuts_code" | "city" | "website" | "nace_codes"
            | "founded" | "label") => (f, f),
            f => {
                errors.add(f, e.message);
                continue;
            }
        };
        let id = if message.starts_with("profile-") || message.starts_with("form-") {
            message.to_owned()
        } else {
            format!("profile-error-{}", message.replace('_', "-"))
        };
        errors.add(field, tr.t(id));
    }
}

async fn organisation(state: &AppState, slug: &str) -> Result<Organisation, WebError> {
    state
        .store
        .organisation_by_slug(slug)
        .await?
        .ok_or_else(|| WebError::OrganisationNotFound(slug.to_owned()))
}

// ---- proposing and claiming ----

fn message_field(tr: &Tr, value: &str) -> Field {
    Field::textarea("message", tr.t("claim-message"))
        .value(value)
        .required()
        .hint(tr.t("claim-message-hint"))
        .max(MAX_CLAIM_MESSAGE)
}

fn read_message(tr: &Tr, form: &FormData, errors: &mut Errors) -> String {
    let m = form.get("message").trim().to_owned();
    if m.is_empty() {
        errors.add("message", tr.t("claim-error-message"));
    } else if m.chars().count() > MAX_CLAIM_MESSAGE {
        errors.add("message", tr.t1("form-error-too-long", "max", MAX_CLAIM_MESSAGE as i64));
    }
    m
}

fn propose_page(ctx: &Ctx, input: &ProfileInput, message: &str, errors: Errors) -> FormPage {
    let tr = &ctx.tr;
    FormPage {
        chrome: ctx.chrome("account"),
        title: tr.t("propose-title"),
        intro: vec![tr.t("propose-intro")],
        notice: None,
        form: Form::new("profile", "/organisations/new", ctx.csrf(), tr.t("propose-submit"))
            .field(message_field(tr, message))
            .fields(profile_fields(tr, input))
            .errors(errors),
        links: vec![],
    }
}

pub async fn new_form(ctx: Ctx, _me: SignedIn) -> Result<Response, WebError> {
    Ok(render(&propose_page(&ctx, &ProfileInput::default(), "", Errors::default()))?.into_response())
}

pub async fn propose(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    form: FormData,
) -> Result<Response, WebError> {
    let tr = ctx.tr;
    let (input, mut errors) = read_profile(&tr, &form, None);
    let message = read_message(&tr, &form, &mut errors);
    let draft = input.validate();
    let draft = match draft {
        Ok(d) if errors.is_empty() => d,
        other => {
            if let Err(v) = other {
                add_validation_errors(&tr, &mut errors, v);
            }
            let page = propose_page(&ctx, &input, &message, errors);
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
        }
    };
    let id = state
        .store
        .create_claim(me.user().id, None, Some(&draft), &message)
        .await?;
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "claim_filed",
        &format!("new: {}", draft.name),
        &id.to_string(),
    )
    .await?;
    tell_moderators(&state, &draft.name).await?;
    Ok(Redirect::to("/account?done=claim-filed").into_response())
}

fn claim_page(ctx: &Ctx, org: &Organisation, message: &str, errors: Errors) -> FormPage {
    let tr = &ctx.tr;
    FormPage {
        chrome: ctx.chrome("organisations"),
        title: tr.t1("claim-title", "name", org.profile.name.as_str()),
        intro: vec![tr.t("claim-intro")],
        notice: None,
        form: Form::new(
            "claim",
            format!("/organisations/{}/claim", org.slug),
            ctx.csrf(),
            tr.t("claim-submit"),
        )
        .field(message_field(tr, message))
        .errors(errors),
        links: vec![(format!("/organisations/{}", org.slug), tr.t("claim-back"))],
    }
}

/// Sends the person to the profile's edit form when they already administer it, or says that
/// their claim is waiting.
async fn claim_state(
    state: &AppState,
    ctx: &Ctx,
    me: &SignedIn,
    org: &Organisation,
) -> Result<Option<Response>, WebError> {
    if access::own_admin(state, me.user(), org.id).await? {
        return Ok(Some(
            Redirect::to(&format!("/organisations/{}/edit", org.slug)).into_response(),
        ));
    }
    if state.store.has_pending_claim(me.user().id, org.id).await? {
        let mut page = claim_page(ctx, org, "", Errors::default());
        page.notice = Some(ctx.tr.t("claim-pending"));
        return Ok(Some((StatusCode::CONFLICT, render(&page)?).into_response()));
    }
    Ok(None)
}

pub async fn claim_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let org = organisation(&state, &slug).await?;
    if let Some(r) = claim_state(&state, &ctx, &me, &org).await? {
        return Ok(r);
    }
    Ok(render(&claim_page(&ctx, &org, "", Errors::default()))?.into_response())
}

pub async fn claim(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let org = organisation(&state, &slug).await?;
    if let Some(r) = claim_state(&state, &ctx, &me, &org).await? {
        return Ok(r);
    }
    let mut errors = Errors::default();
    let message = read_message(&ctx.tr, &form, &mut errors);
    if !errors.is_empty() {
        let page = claim_page(&ctx, &org, &message, errors);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
    }
    let id = match state
        .store
        .create_claim(me.user().id, Some(org.id), None, &message)
        .await
    {
        Ok(id) => id,
        // Another request of the same person filed it a moment ago.
        Err(store::StoreError::Conflict(store::Conflict::PendingClaim)) => {
            let mut page = claim_page(&ctx, &org, "", Errors::default());
            page.notice = Some(ctx.tr.t("claim-pending"));
            return Ok((StatusCode::CONFLICT, render(&page)?).into_response());
        }
        Err(e) => return Err(e.into()),
    };
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "claim_filed",
        org.slug.as_str(),
        &id.to_string(),
    )
    .await?;
    tell_moderators(&state, &org.profile.name).await?;
    Ok(Redirect::to("/account?done=claim-filed").into_response())
}

/// Mails the moderators, each in their language, that a claim waits; a mail that fails is
/// logged, the claim stands.
async fn tell_moderators(state: &AppState, organisation: &str) -> Result<(), WebError> {
    let link = state.settings.link("/moderation/claims");
    crate::notify::tell_each(state, state.store.moderator_emails().await?, Locale::En, |tr| {
        Mail::new(
            tr.t("mail-claim-waiting-subject"),
            tr.tn(
                "mail-claim-waiting-body",
                vec![("organisation", organisation.into()), ("link", link.as_str().into())],
            ),
        )
    })
    .await;
    Ok(())
}

// ---- editing ----

fn edit_page(ctx: &Ctx, org: &Organisation, input: &ProfileInput, errors: Errors) -> FormPage {
    let tr = &ctx.tr;
    FormPage {
        chrome: ctx.chrome("organisations"),
        title: tr.t1("edit-title", "name", org.profile.name.as_str()),
        intro: vec![],
        notice: None,
        form: Form::new(
            "profile",
            format!("/organisations/{}/edit", org.slug),
            ctx.csrf(),
            tr.t("account-save"),
        )
        .fields(profile_fields(tr, input))
        .errors(errors),
        links: vec![
            (format!("/organisations/{}", org.slug), tr.t("claim-back")),
            (format!("/organisations/{}/members", org.slug), tr.t("manage-members")),
        ],
    }
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let org = organisation(&state, &slug).await?;
    access::require_admin(&state, me.user(), org.id).await?;
    let input = ProfileInput::from_draft(&org.profile);
    Ok(render(&edit_page(&ctx, &org, &input, Errors::default()))?.into_response())
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let org = organisation(&state, &slug).await?;
    access::require_admin(&state, me.user(), org.id).await?;
    let stored = ProfileInput::from_draft(&org.profile);
    let tr = ctx.tr;
    let (input, mut errors) = read_profile(&tr, &form, Some(&stored));
    let draft = match input.validate() {
        Ok(d) if errors.is_empty() => d,
        other => {
            if let Err(v) = other {
                add_validation_errors(&tr, &mut errors, v);
            }
            let page = edit_page(&ctx, &org, &input, errors);
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
        }
    };
    state.store.update_organisation(&org.slug, &draft).await?;
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "profile_edited",
        org.slug.as_str(),
        "web",
    )
    .await?;
    Ok(Redirect::to(&format!("/organisations/{}", org.slug)).into_response())
}

// ---- members ----

#[derive(Template)]
#[template(path = "members.html")]
struct MembersPage {
    chrome: Chrome,
    org: Organisation,
    members: Vec<OrgMember>,
    invitations: Vec<Invitation>,
    me: i64,
    invite: Form,
    notice: Option<String>,
}

impl MembersPage {
    fn role_label(&self, role: &str) -> String {
        self.chrome.tr.t(format!("org-role-{role}"))
    }
}

async fn members_page(
    state: &AppState,
    ctx: &Ctx,
    me: &SignedIn,
    org: Organisation,
    email: &str,
    errors: Errors,
    notice: Option<String>,
) -> Result<MembersPage, WebError> {
    let tr = &ctx.tr;
    let roles = options(OrgRole::ALL, |r| r.to_string(), |r| tr.t(r.message_id()));
    let invite = Form::new(
        "invite",
        format!("/organisations/{}/members", org.slug),
        ctx.csrf(),
        tr.t("members-invite"),
    )
    .heading(tr.t("members-invite-heading"))
    .field(
        Field::email("email", tr.t("account-email"))
            .value(email)
            .required()
            .hint(tr.t("members-invite-hint")),
    )
    .field(Field::select("role", tr.t("account-role"), roles, "member"))
    .errors(errors);
    Ok(MembersPage {
        chrome: ctx.chrome("organisations"),
        members: state.store.org_members(org.id).await?,
        invitations: state.store.invitations_of(org.id).await?,
        me: me.user().id,
        org,
        invite,
        notice,
    })
}

pub async fn members(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let org = organisation(&state, &slug).await?;
    access::require_admin(&state, me.user(), org.id).await?;
    let page = members_page(&state, &ctx, &me, org, "", Errors::default(), None).await?;
    Ok(render(&page)?.into_response())
}

pub async fn invite(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let tr = ctx.tr;
    let org = organisation(&state, &slug).await?;
    access::require_admin(&state, me.user(), org.id).await?;
    let email = Email::parse(form.get("email"));
    let role = form.get("role").parse::<OrgRole>();
    let (Ok(email), Ok(role)) = (&email, role) else {
        let mut errors = Errors::default();
        if email.is_err() {
            errors.add("email", tr.t("account-error-email"));
        } else {
            errors.add("role", tr.t("form-error-choice"));
        }
        let page = members_page(&state, &ctx, &me, org, form.get("email"), errors, None).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
    };
    // Nobody is attached without consent: everyone invited receives an invitation and holds the
    // role only once they accept it while signed in. The answer is the same whether the address
    // has an account, and the lookup and the mail happen after it, so neither the words nor the
    // time taken tell the inviter who has one.
    state.store.invite(org.id, email, role, me.user().id).await?;
    let (background, address, name) = (state.clone(), email.clone(), org.profile.name.clone());
    let locale = tr.locale;
    tokio::spawn(async move {
        let has_account = match background.store.user_by_email(&address).await {
            Ok(found) => found.is_some_and(|(u, _)| u.email_confirmed),
            Err(e) => {
                tracing::error!(error = %e, "invitation lookup failed");
                return;
            }
        };
        let (kind, path) = if has_account {
            ("mail-invited-member", "/invitations")
        } else {
            ("mail-invited", "/register")
        };
        if let Err(e) = send_invitation(&background, locale, address.as_str(), kind, &name, role, path).await {
            tracing::error!(error = ?e, "invitation mail failed");
        }
    });
    let notice = tr.t2(
        "members-invited",
        "email",
        email.as_str(),
        "days",
        store::accounts::INVITATION_DAYS,
    );
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "member_invited",
        org.slug.as_str(),
        &format!("{email} as {role}"),
    )
    .await?;
    let page = members_page(&state, &ctx, &me, org, "", Errors::default(), Some(notice)).await?;
    Ok(render(&page)?.into_response())
}

/// The invitation, in the invitee's language when they have an account, else in the inviter's.
async fn send_invitation(
    state: &AppState,
    inviter: Locale,
    to: &str,
    kind: &str,
    org: &str,
    role: OrgRole,
    path: &str,
) -> Result<(), WebError> {
    let link = state.settings.link(path);
    crate::notify::send_or_fail(state, to, inviter, |tr| {
        Mail::new(
            tr.t1(&format!("{kind}-subject"), "organisation", org),
            tr.tn(
                &format!("{kind}-body"),
                vec![
                    ("organisation", org.into()),
                    ("role", tr.t(role.message_id()).into()),
                    ("days", store::accounts::INVITATION_DAYS.into()),
                    ("link", link.as_str().into()),
                ],
            ),
        )
    })
    .await
}

pub async fn remove_member(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((slug, user)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let org = organisation(&state, &slug).await?;
    access::require_admin(&state, me.user(), org.id).await?;
    let user = crate::routes::path_id(&user)?;
    let members = state.store.org_members(org.id).await?;
    let Some(target) = members.iter().find(|m| m.user_id == user) else {
        return Err(WebError::NotFound);
    };
    // The store refuses to remove the last admin (members-error-last-admin).
    state.store.remove_org_role(user, org.id).await?;
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "member_removed",
        org.slug.as_str(),
        &target.email,
    )
    .await?;
    Ok(Redirect::to(&format!("/organisations/{}/members", org.slug)).into_response())
}

pub async fn withdraw_invitation(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let org = organisation(&state, &slug).await?;
    access::require_admin(&state, me.user(), org.id).await?;
    let id = crate::routes::path_id(&id)?;
    if !state.store.withdraw_invitation(org.id, id).await? {
        return Err(WebError::NotFound);
    }
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "invitation_withdrawn",
        org.slug.as_str(),
        &id.to_string(),
    )
    .await?;
    Ok(Redirect::to(&format!("/organisations/{}/members", org.slug)).into_response())
}

// ---- invitations, as the invited person answers them ----

#[derive(Template)]
#[template(path = "invitations.html")]
struct InvitationsPage {
    chrome: Chrome,
    invitations: Vec<InvitationLine>,
    notice: Option<String>,
}

struct InvitationLine {
    id: i64,
    organisation_slug: String,
    organisation_name: String,
    /// "Aarhus Space Cluster invites you as admin".
    text: String,
    /// Who invited, and when.
    detail: String,
}

/// `GET /invitations`: what organisations invited the signed-in person to, to accept or decline.
pub async fn invitations(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    axum::extract::RawQuery(raw): axum::extract::RawQuery,
) -> Result<Response, WebError> {
    let notice = match crate::routes::done_param(raw.as_deref()).as_deref() {
        Some("accepted") => Some(ctx.tr.t("invitations-accepted")),
        Some("declined") => Some(ctx.tr.t("invitations-declined")),
        _ => None,
    };
    let tr = ctx.tr;
    let zone = crate::views::reader_zone(Some(me.user()));
    let invitations = state
        .store
        .invitations_for(me.user().id)
        .await?
        .into_iter()
        .map(|i| {
            let role = i
                .role
                .parse::<OrgRole>()
                .map(|r| tr.t(r.message_id()))
                .unwrap_or_default();
            let date = tr.date(match zone {
                Some(z) => i.created_at.with_timezone(&z).date_naive(),
                None => i.created_at.date_naive(),
            });
            InvitationLine {
                id: i.id,
                text: tr.t2(
                    "invitations-line",
                    "organisation",
                    i.organisation_name.as_str(),
                    "role",
                    role,
                ),
                detail: match &i.invited_by {
                    Some(by) => tr.t2("invitations-by", "name", by.as_str(), "date", date),
                    None => tr.t1("invitations-on", "date", date),
                },
                organisation_slug: i.organisation_slug,
                organisation_name: i.organisation_name,
            }
        })
        .collect();
    let page = InvitationsPage {
        chrome: ctx.chrome("account"),
        invitations,
        notice,
    };
    Ok(render(&page)?.into_response())
}

/// `POST /invitations/{id}/accept`: the invited person takes the role.
pub async fn accept_invitation(
    state: State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    id: Path<String>,
) -> Result<Response, WebError> {
    answer_invitation(state, ctx, me, id, true).await
}

/// `POST /invitations/{id}/decline`: the invitation goes, nothing else changes.
pub async fn decline_invitation(
    state: State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    id: Path<String>,
) -> Result<Response, WebError> {
    answer_invitation(state, ctx, me, id, false).await
}

async fn answer_invitation(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    accept: bool,
) -> Result<Response, WebError> {
    let id = crate::routes::path_id(&id)?;
    // Only invitations to the person's own confirmed address are found: anyone else's answer 404.
    let Some(org) = state.store.answer_invitation(me.user().id, id, accept).await? else {
        return Err(WebError::NotFound);
    };
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        if accept {
            "invitation_accepted"
        } else {
            "invitation_declined"
        },
        &org.to_string(),
        &id.to_string(),
    )
    .await?;
    let done = if accept { "accepted" } else { "declined" };
    Ok(Redirect::to(&format!("/invitations?done={done}")).into_response())
}

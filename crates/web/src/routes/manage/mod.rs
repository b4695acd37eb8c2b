//! Organisations people manage: proposing a new profile, claiming an existing one, editing a
//! profile (its admins, and platform admins) and the people who hold roles in it.

mod claiming;
mod editing;
mod invitations;
mod members;

pub use claiming::*;
pub use editing::*;
pub use invitations::*;
pub use members::*;

use crate::routes::organisation;
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
use crate::audit::{Action, Actor};
use crate::auth::extract::SignedIn;
use crate::ctx::Ctx;
use crate::forms::{options, split, Errors, Field, Form, FormData, FormPage};
use crate::i18n::{countries_by_name, Locale, Tr};
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

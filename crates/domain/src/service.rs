//! Technology services: what technology centres, research organisations, universities and
//! innovation hubs offer SMEs (testing, prototyping, pilot production, access to equipment,
//! training, consulting, certification support, software), and the requests that follow: an SME
//! asks, the centre quotes or declines, the SME accepts, both mark delivery done, the SME rates.

use std::collections::BTreeMap;
use std::fmt;

use crate::error::{Code, ValidationErrors};
use crate::opportunity::{sorted, text, Day};
use crate::organisation::{string_enum, LanguageCode, NutsCode, OrganisationType};
use crate::profile::parse_list;
use crate::taxonomy::{CriticalTechnology, Ecosystem, KeyEnablingTechnology};
use crate::{Cents, CountryCode};

string_enum!(
    /// What a service is.
    ServiceKind, "service-kind", {
    TestingValidation => "testing-validation",
    Prototyping => "prototyping",
    PilotProduction => "pilot-production",
    EquipmentAccess => "equipment-access",
    Training => "training",
    Consulting => "consulting",
    CertificationSupport => "certification-support",
    Software => "software",
});

string_enum!(
    /// How a service is priced; the indicative price is per unit of the model.
    PriceModel, "price-model", {
    Free => "free",
    Fixed => "fixed",
    DayRate => "day-rate",
    OnQuote => "on-quote",
});

string_enum!(
    /// Where a service is delivered.
    Delivery, "delivery", {
    OnSite => "on-site",
    AtClient => "at-client",
    Remote => "remote",
});

string_enum!(
    /// Where a service is in its life. Only `Published` ones are shown to others.
    ServiceState, "service-state", {
    Draft => "draft",
    Submitted => "submitted",
    Returned => "returned",
    Published => "published",
});

impl ServiceState {
    /// Whether its owners may change it: a published service is withdrawn first (it becomes a
    /// draft again, and returns to the catalogue through a review).
    pub fn editable(self) -> bool {
        matches!(self, Self::Draft | Self::Returned)
    }
}

/// The kinds of organisation that may offer services: technology centres, research
/// organisations and universities, and support networks (innovation hubs and EDIHs are
/// support networks in the directory).
pub fn may_offer(kind: Option<OrganisationType>) -> bool {
    matches!(
        kind,
        Some(
            OrganisationType::TechnologyCentre | OrganisationType::ResearchEducation | OrganisationType::SupportNetwork
        )
    )
}

pub const MAX_NAME: usize = 160;
pub const MIN_NAME: usize = 3;
pub const MAX_DESCRIPTION: usize = 6_000;
pub const MIN_DESCRIPTION: usize = 20;
pub const MAX_EQUIPMENT: usize = 2_000;
pub const MAX_ACCREDITATIONS: usize = 20;
pub const MAX_ACCREDITATION: usize = 120;
pub const MAX_REFERENCE: usize = 80;
pub const MAX_LEAD_DAYS: i64 = 365;
pub const MAX_ANSWER_DAYS: i64 = 30;
/// A price above this (ten million euro) is a typing mistake, not a service.
pub const MAX_PRICE: Cents = Cents(1_000_000_000);
pub const MAX_PROGRAMMES: usize = 20;
pub const MAX_REGIONS: usize = 50;

/// A name and description in one language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ServiceText {
    pub name: String,
    pub description: String,
}

/// The content of a service, valid by construction (see [`ServiceInput::validate`]).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ServiceDraft {
    /// The centre's own reference, by which a re-import finds the service again.
    pub reference: Option<String>,
    pub kind: ServiceKind,
    /// The language of the main text; `texts` always holds it.
    pub language: LanguageCode,
    pub texts: BTreeMap<LanguageCode, ServiceText>,
    pub technologies: Vec<KeyEnablingTechnology>,
    pub critical_technologies: Vec<CriticalTechnology>,
    pub ecosystems: Vec<Ecosystem>,
    /// The technology readiness levels it serves, from ≤ to, both within 1–9.
    pub trl_from: u8,
    pub trl_to: u8,
    pub equipment: String,
    pub accreditations: Vec<String>,
    pub price_model: PriceModel,
    /// Indicative, per unit of the price model; none when free, optional on quote.
    pub price: Option<Cents>,
    /// Cascade-funding programmes whose vouchers pay for it (their ids).
    pub programmes: Vec<i64>,
    pub lead_time_days: u16,
    /// How soon the centre promises a first answer to a request, in days.
    pub answer_days: u16,
    pub languages: Vec<LanguageCode>,
    pub delivery: Vec<Delivery>,
    /// Countries served; empty means everywhere.
    pub countries: Vec<CountryCode>,
    /// Regions served within them (NUTS codes); empty means the whole countries.
    pub regions: Vec<NutsCode>,
}

impl ServiceDraft {
    /// The text in `lang`, or the main text.
    pub fn text(&self, lang: &str) -> &ServiceText {
        self.texts
            .iter()
            .find(|(l, _)| l.as_str() == lang)
            .or_else(|| self.texts.get_key_value(&self.language))
            .or_else(|| self.texts.iter().next())
            .map(|(_, t)| t)
            .expect("a service has its main text")
    }

    pub fn name(&self) -> &str {
        &self.text(self.language.as_str()).name
    }

    /// Whether it serves a client in `country` (in `region`, when the service names regions).
    pub fn serves(&self, country: Option<CountryCode>, region: Option<&NutsCode>) -> bool {
        // NUTS codes name Greece EL and the United Kingdom UK, unlike ISO.
        let nuts_prefix = |c: CountryCode| {
            match c.as_str() {
                "GR" => "EL",
                "GB" => "UK",
                other => other,
            }
            .to_owned()
        };
        let country_ok = self.countries.is_empty() || country.is_some_and(|c| self.countries.contains(&c));
        let region_ok = self.regions.is_empty()
            || region.is_some_and(|r| self.regions.iter().any(|s| r.as_str().starts_with(s.as_str())))
            || country.is_some_and(|c| {
                let prefix = nuts_prefix(c);
                !self.regions.iter().any(|s| s.as_str().starts_with(&prefix))
            });
        country_ok && region_ok
    }

    /// Whether the TRL `trl` lies in the range it serves.
    pub fn covers_trl(&self, trl: u8) -> bool {
        (self.trl_from..=self.trl_to).contains(&trl)
    }
}

/// A service as people and programs send it: strings, checked all at once.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceInput {
    #[serde(default)]
    pub reference: Option<String>,
    pub kind: String,
    #[serde(default)]
    pub language: String,
    /// Name and description per language code; the main language's are required.
    pub texts: BTreeMap<String, ServiceTextInput>,
    #[serde(default)]
    pub technologies: Vec<String>,
    #[serde(default)]
    pub critical_technologies: Vec<String>,
    #[serde(default)]
    pub ecosystems: Vec<String>,
    #[serde(default)]
    pub trl_from: String,
    #[serde(default)]
    pub trl_to: String,
    #[serde(default)]
    pub equipment: String,
    #[serde(default)]
    pub accreditations: Vec<String>,
    pub price_model: String,
    #[serde(default)]
    pub price: String,
    #[serde(default)]
    pub programmes: Vec<String>,
    #[serde(default)]
    pub lead_time_days: String,
    #[serde(default)]
    pub answer_days: String,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub delivery: Vec<String>,
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub regions: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceTextInput {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub description: String,
}

fn failed(e: &ValidationErrors, field: &str) -> bool {
    e.0.iter().any(|x| x.field == field)
}

/// A whole number within `range`, or the default when left empty.
fn number(e: &mut ValidationErrors, field: &str, s: &str, range: (i64, i64), default: Option<i64>) -> Option<i64> {
    let t = s.trim();
    if t.is_empty() {
        if default.is_none() {
            e.add(field, Code::Required, "is required");
        }
        return default;
    }
    match t.parse::<i64>() {
        Ok(n) if (range.0..=range.1).contains(&n) => Some(n),
        Ok(n) => {
            e.push(field, format!("{n} is outside {}–{}", range.0, range.1));
            None
        }
        Err(_) => {
            e.push(
                field,
                format!("\"{}\" is not a whole number", t.chars().take(40).collect::<String>()),
            );
            None
        }
    }
}

/// An amount of money in euro, at most [`MAX_PRICE`].
pub fn amount(e: &mut ValidationErrors, field: &str, s: &str) -> Option<Cents> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    match Cents::parse(t) {
        Ok(c) if c.0 < 0 => {
            e.push(field, "must not be negative");
            None
        }
        Ok(c) if c > MAX_PRICE => {
            e.push(field, format!("{c} is more than {MAX_PRICE}"));
            None
        }
        Ok(c) => Some(c),
        Err(x) => {
            e.push(field, x.to_string());
            None
        }
    }
}

impl ServiceInput {
    /// Checks every field against the rules and names every problem at once.
    pub fn validate(&self) -> Result<ServiceDraft, ValidationErrors> {
        let mut e = ValidationErrors::default();
        let reference = self
            .reference
            .as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .map(|r| text(&mut e, "reference", r, 1, MAX_REFERENCE));
        let kind = e.check("kind", self.kind.parse::<ServiceKind>());
        let language = if self.language.trim().is_empty() {
            LanguageCode::parse("en").ok()
        } else {
            e.check(
                "language",
                LanguageCode::parse(&self.language).map_err(|l| l.to_string()),
            )
        };
        let mut texts = BTreeMap::new();
        for (lang, t) in &self.texts {
            let given = !t.name.trim().is_empty() || !t.description.trim().is_empty();
            let main = language.is_some_and(|l| l.as_str().eq_ignore_ascii_case(lang.trim()));
            if !given && !main {
                continue;
            }
            let Some(code) = e.check(
                &format!("texts.{lang}"),
                LanguageCode::parse(lang).map_err(|l| l.to_string()),
            ) else {
                continue;
            };
            let name = text(&mut e, &format!("name_{code}"), &t.name, MIN_NAME, MAX_NAME);
            let description = text(
                &mut e,
                &format!("description_{code}"),
                &t.description,
                MIN_DESCRIPTION,
                MAX_DESCRIPTION,
            );
            texts.insert(code, ServiceText { name, description });
        }
        if let Some(l) = language {
            if !texts.contains_key(&l) {
                e.add(
                    format!("name_{l}"),
                    Code::Required,
                    format!("is required: the main text is in {l}"),
                );
            }
        }
        let technologies = sorted(parse_list(&mut e, "technologies", &self.technologies, str::parse));
        let critical_technologies = sorted(parse_list(
            &mut e,
            "critical_technologies",
            &self.critical_technologies,
            str::parse,
        ));
        let ecosystems = sorted(parse_list(&mut e, "ecosystems", &self.ecosystems, str::parse));
        let trl_from = number(&mut e, "trl_from", &self.trl_from, (1, 9), Some(1));
        let trl_to = number(&mut e, "trl_to", &self.trl_to, (1, 9), Some(9));
        if let (Some(f), Some(t)) = (trl_from, trl_to) {
            if f > t {
                e.push("trl_to", format!("{t} is below the lowest level, {f}"));
            }
        }
        let equipment = self.equipment.trim();
        let equipment = if equipment.is_empty() {
            String::new()
        } else {
            text(&mut e, "equipment", equipment, 1, MAX_EQUIPMENT)
        };
        let accreditations: Vec<String> = self
            .accreditations
            .iter()
            .flat_map(|a| a.lines())
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(|a| text(&mut e, "accreditations", a, 1, MAX_ACCREDITATION))
            .collect();
        if accreditations.len() > MAX_ACCREDITATIONS {
            e.push(
                "accreditations",
                format!("name at most {MAX_ACCREDITATIONS}, one per line"),
            );
        }
        let price_model = e.check("price_model", self.price_model.parse::<PriceModel>());
        let price = amount(&mut e, "price", &self.price);
        match (price_model, price) {
            (Some(PriceModel::Fixed | PriceModel::DayRate), None) if !failed(&e, "price") => {
                e.add("price", Code::Required, "is required for a fixed price or a day rate");
            }
            (Some(PriceModel::Free), Some(p)) if p.0 > 0 => {
                e.push("price", "must be empty for a free service");
            }
            _ => {}
        }
        let price = if price_model == Some(PriceModel::Free) {
            None
        } else {
            price
        };
        let mut programmes = sorted(parse_list(&mut e, "programmes", &self.programmes, |s| {
            s.trim()
                .parse::<i64>()
                .ok()
                .filter(|n| *n > 0)
                .ok_or_else(|| format!("\"{}\" is not a programme", s.chars().take(40).collect::<String>()))
        }));
        if programmes.len() > MAX_PROGRAMMES {
            e.push("programmes", format!("name at most {MAX_PROGRAMMES}"));
            programmes.truncate(MAX_PROGRAMMES);
        }
        let lead_time_days = number(
            &mut e,
            "lead_time_days",
            &self.lead_time_days,
            (1, MAX_LEAD_DAYS),
            Some(20),
        );
        let answer_days = number(&mut e, "answer_days", &self.answer_days, (1, MAX_ANSWER_DAYS), Some(5));
        let mut languages = sorted(parse_list(&mut e, "languages", &self.languages, |s| {
            LanguageCode::parse(s).map_err(|l| l.to_string())
        }));
        if languages.is_empty() {
            languages.extend(language);
        }
        let delivery = sorted(parse_list(&mut e, "delivery", &self.delivery, str::parse));
        if delivery.is_empty() && !failed(&e, "delivery") {
            e.add("delivery", Code::Required, "name at least one way it is delivered");
        }
        let countries = sorted(parse_list(&mut e, "countries", &self.countries, |s| {
            CountryCode::parse(s).map_err(|x| x.to_string())
        }));
        let regions = sorted(parse_list(&mut e, "regions", &self.regions, |s| {
            NutsCode::parse(s).map_err(|x| x.to_string())
        }));
        if regions.len() > MAX_REGIONS {
            e.push("regions", format!("name at most {MAX_REGIONS}"));
        }
        match (
            kind,
            language,
            trl_from,
            trl_to,
            price_model,
            lead_time_days,
            answer_days,
        ) {
            (Some(kind), Some(language), Some(f), Some(t), Some(price_model), Some(lead), Some(answer))
                if e.is_empty() =>
            {
                Ok(ServiceDraft {
                    reference,
                    kind,
                    language,
                    texts,
                    technologies,
                    critical_technologies,
                    ecosystems,
                    trl_from: f as u8,
                    trl_to: t as u8,
                    equipment,
                    accreditations,
                    price_model,
                    price,
                    programmes,
                    lead_time_days: lead as u16,
                    answer_days: answer as u16,
                    languages,
                    delivery,
                    countries,
                    regions,
                })
            }
            _ => Err(e),
        }
    }

    /// The input that reproduces a stored draft, to fill a form for editing.
    pub fn from_draft(d: &ServiceDraft) -> Self {
        fn strings<T: fmt::Display>(v: &[T]) -> Vec<String> {
            v.iter().map(ToString::to_string).collect()
        }
        Self {
            reference: d.reference.clone(),
            kind: d.kind.to_string(),
            language: d.language.to_string(),
            texts: d
                .texts
                .iter()
                .map(|(l, t)| {
                    (
                        l.to_string(),
                        ServiceTextInput {
                            name: t.name.clone(),
                            description: t.description.clone(),
                        },
                    )
                })
                .collect(),
            technologies: strings(&d.technologies),
            critical_technologies: strings(&d.critical_technologies),
            ecosystems: strings(&d.ecosystems),
            trl_from: d.trl_from.to_string(),
            trl_to: d.trl_to.to_string(),
            equipment: d.equipment.clone(),
            accreditations: d.accreditations.clone(),
            price_model: d.price_model.to_string(),
            price: d.price.map(|p| p.to_string()).unwrap_or_default(),
            programmes: strings(&d.programmes),
            lead_time_days: d.lead_time_days.to_string(),
            answer_days: d.answer_days.to_string(),
            languages: strings(&d.languages),
            delivery: strings(&d.delivery),
            countries: strings(&d.countries),
            regions: strings(&d.regions),
        }
    }
}

string_enum!(
    /// Where a request for a service is in its life.
    RequestState, "service-request-state", {
    // Sent to the centre, waiting for its answer.
    Requested => "requested",
    Quoted => "quoted",
    Declined => "declined",
    Accepted => "accepted",
    Delivered => "delivered",
    // The client withdrew it before it was accepted.
    Withdrawn => "withdrawn",
    // Not answered in the centre's time and after a reminder: the client moved on.
    Lapsed => "lapsed",
});

impl RequestState {
    /// Whether the centre may still quote or decline.
    pub fn open_to_centre(self) -> bool {
        matches!(self, Self::Requested | Self::Lapsed)
    }

    /// Whether the request's business is over.
    pub fn finished(self) -> bool {
        matches!(self, Self::Declined | Self::Delivered | Self::Withdrawn)
    }
}

pub const MAX_NEED: usize = 5_000;
pub const MIN_NEED: usize = 20;
pub const MAX_SHORT: usize = 1_000;
pub const MAX_PROPOSALS_CHOSEN: usize = 5;

/// What an SME asks a centre for, valid by construction.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RequestDraft {
    pub need: String,
    pub language: LanguageCode,
    pub budget_from: Option<Cents>,
    pub budget_to: Option<Cents>,
    /// When the work should be done by, if it matters.
    pub wanted_by: Option<Day>,
    /// What the client may share with the centre (drawings, samples, data) and under which terms.
    pub sharing: String,
    /// The client's technology readiness level, when given.
    pub trl: Option<u8>,
}

#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestInput {
    pub need: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub budget_from: String,
    #[serde(default)]
    pub budget_to: String,
    #[serde(default)]
    pub wanted_by: String,
    #[serde(default)]
    pub sharing: String,
    #[serde(default)]
    pub trl: String,
}

impl RequestInput {
    pub fn validate(&self, today: Day) -> Result<RequestDraft, ValidationErrors> {
        let mut e = ValidationErrors::default();
        let need = text(&mut e, "need", &self.need, MIN_NEED, MAX_NEED);
        let language = if self.language.trim().is_empty() {
            LanguageCode::parse("en").ok()
        } else {
            e.check(
                "language",
                LanguageCode::parse(&self.language).map_err(|l| l.to_string()),
            )
        };
        let budget_from = amount(&mut e, "budget_from", &self.budget_from);
        let budget_to = amount(&mut e, "budget_to", &self.budget_to);
        if let (Some(f), Some(t)) = (budget_from, budget_to) {
            if f > t {
                e.push("budget_to", format!("{t} is below the lower end, {f}"));
            }
        }
        let wanted_by = match self.wanted_by.trim() {
            "" => None,
            s => e.check("wanted_by", Day::parse(s)),
        };
        if let Some(d) = wanted_by {
            if today.days_until(d) < 1 {
                e.add(
                    "wanted_by",
                    Code::Past,
                    format!("{d} has passed; choose a day after {today}"),
                );
            }
        }
        let sharing = match self.sharing.trim() {
            "" => String::new(),
            s => text(&mut e, "sharing", s, 1, MAX_SHORT),
        };
        let trl = number(&mut e, "trl", &self.trl, (1, 9), Some(0));
        match language {
            Some(language) if e.is_empty() => Ok(RequestDraft {
                need,
                language,
                budget_from,
                budget_to,
                wanted_by,
                sharing,
                trl: trl.filter(|t| *t > 0).map(|t| t as u8),
            }),
            _ => Err(e),
        }
    }
}

/// A centre's quote, valid by construction.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Quote {
    pub price: Cents,
    pub duration_days: u16,
    pub conditions: String,
}

impl Quote {
    pub fn parse(price: &str, duration_days: &str, conditions: &str) -> Result<Quote, ValidationErrors> {
        let mut e = ValidationErrors::default();
        let p = amount(&mut e, "price", price);
        if p.is_none() && !failed(&e, "price") {
            e.add("price", Code::Required, "is required (0 for a free service)");
        }
        let d = number(&mut e, "duration_days", duration_days, (1, MAX_LEAD_DAYS), None);
        let conditions = match conditions.trim() {
            "" => String::new(),
            s => text(&mut e, "conditions", s, 1, MAX_SHORT),
        };
        match (p, d) {
            (Some(price), Some(d)) if e.is_empty() => Ok(Quote {
                price,
                duration_days: d as u16,
                conditions,
            }),
            _ => Err(e),
        }
    }
}

/// A rating of a delivered service: 1–5 and an optional comment.
pub fn validate_rating(stars: &str, comment: &str) -> Result<(u8, String), ValidationErrors> {
    let mut e = ValidationErrors::default();
    let stars = number(&mut e, "stars", stars, (1, 5), None);
    let comment = match comment.trim() {
        "" => String::new(),
        s => text(&mut e, "comment", s, 1, MAX_SHORT),
    };
    match stars {
        Some(s) if e.is_empty() => Ok((s as u8, comment)),
        _ => Err(e),
    }
}

/// A short text (a reason to decline, a reply to a rating): required, at most [`MAX_SHORT`].
pub fn validate_short(field: &str, s: &str) -> Result<String, ValidationErrors> {
    let mut e = ValidationErrors::default();
    let t = text(&mut e, field, s, 1, MAX_SHORT);
    if e.is_empty() {
        Ok(t)
    } else {
        Err(e)
    }
}

/// The median of some durations in hours (the lower middle of an even count), none when empty.
pub fn median(mut hours: Vec<i64>) -> Option<i64> {
    if hours.is_empty() {
        return None;
    }
    hours.sort_unstable();
    Some(hours[(hours.len() - 1) / 2])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ServiceInput {
        ServiceInput {
            kind: "testing-validation".into(),
            language: "de".into(),
            texts: [(
                "de".to_owned(),
                ServiceTextInput {
                    name: "EMV-Prüfung".into(),
                    description: "Messungen der Störaussendung und Störfestigkeit nach EN 55032.".into(),
                },
            )]
            .into(),
            price_model: "day-rate".into(),
            price: "1200".into(),
            delivery: vec!["on-site".into()],
            trl_from: "4".into(),
            trl_to: "8".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_complete_input_is_valid_and_round_trips() {
        let d = input().validate().expect("valid");
        assert_eq!(d.kind, ServiceKind::TestingValidation);
        assert_eq!(d.price, Some(Cents(120_000)));
        assert_eq!(d.languages, [LanguageCode::parse("de").expect("de")]);
        assert_eq!((d.answer_days, d.lead_time_days), (5, 20));
        assert_eq!(d.name(), "EMV-Prüfung");
        assert_eq!(ServiceInput::from_draft(&d).validate(), Ok(d));
    }

    #[test]
    fn every_problem_is_named() {
        let mut i = input();
        i.language = "fr".into();
        i.trl_from = "7".into();
        i.trl_to = "3".into();
        i.price = String::new();
        i.delivery = vec![];
        i.countries = vec!["XX".into()];
        let e = i.validate().expect_err("invalid");
        let fields: Vec<_> = e.0.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["name_fr", "trl_to", "price", "delivery", "countries"]);
    }

    #[test]
    fn free_services_have_no_price_and_hostile_numbers_are_named() {
        let mut i = input();
        i.price_model = "free".into();
        i.price = "12".into();
        assert!(i.validate().is_err());
        i.price = String::new();
        assert_eq!(i.validate().expect("valid").price, None);
        i.lead_time_days = "99999999999999999999".into();
        let e = i.validate().expect_err("invalid");
        assert_eq!(e.0[0].field, "lead_time_days");
    }

    #[test]
    fn regions_narrow_the_countries_served() {
        let mut i = input();
        i.countries = vec!["DE".into(), "AT".into()];
        i.regions = vec!["DED".into()];
        let d = i.validate().expect("valid");
        let de = CountryCode::parse("DE").ok();
        let at = CountryCode::parse("AT").ok();
        let dk = CountryCode::parse("DK").ok();
        let saxony = NutsCode::parse("DED2").ok();
        let bavaria = NutsCode::parse("DE2").ok();
        assert!(d.serves(de, saxony.as_ref()));
        assert!(!d.serves(de, bavaria.as_ref()));
        assert!(d.serves(at, None));
        assert!(!d.serves(dk, None));
        i.countries = vec![];
        i.regions = vec!["EL3".into()];
        let d = i.validate().expect("valid");
        let gr = CountryCode::parse("GR").ok();
        assert!(d.serves(gr, NutsCode::parse("EL30").ok().as_ref()));
        assert!(!d.serves(gr, NutsCode::parse("EL41").ok().as_ref()));
        assert!(d.serves(de, None), "a region elsewhere does not narrow Germany");
    }

    #[test]
    fn requests_quotes_and_ratings_are_checked() {
        let today = Day::parse("2026-12-05").expect("day");
        let r = RequestInput {
            need: "Climatic testing of a sensor housing, -40 to 85 °C".into(),
            budget_from: "5000".into(),
            budget_to: "2000".into(),
            wanted_by: "2026-12-01".into(),
            trl: "12".into(),
            ..Default::default()
        };
        let e = r.validate(today).expect_err("invalid");
        let fields: Vec<_> = e.0.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["budget_to", "wanted_by", "trl"]);
        assert!(Quote::parse("", "10", "").is_err());
        assert_eq!(Quote::parse("4500.50", "10", "").expect("quote").price, Cents(450_050));
        assert!(validate_rating("6", "").is_err());
        assert_eq!(validate_rating("4", " good ").expect("rating"), (4, "good".into()));
        assert_eq!(median(vec![5, 1, 9, 3]), Some(3));
    }
}

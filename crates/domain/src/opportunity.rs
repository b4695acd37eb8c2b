//! Cooperation opportunities of the marketplace: offers, requests, partner searches, technology
//! challenges and cluster partnership requests that an organisation publishes, with the rules of
//! their lifecycle and of what may be sent for one.

use std::fmt;

use crate::account::Email;
use crate::error::{Code, ValidationErrors};
use crate::organisation::{string_enum, LanguageCode, OrganisationType};
use crate::profile::parse_list;
use crate::taxonomy::{CriticalTechnology, Ecosystem, KeyEnablingTechnology};
use crate::{CountryCode, NaceSection};

string_enum!(
    /// What an opportunity offers or asks for.
    OpportunityKind, "opportunity-kind", {
    BusinessOffer => "business-offer",
    BusinessRequest => "business-request",
    TechnologyOffer => "technology-offer",
    TechnologyRequest => "technology-request",
    RdPartnerSearch => "rd-partner-search",
    TechnologyChallenge => "technology-challenge",
    ClusterPartnership => "cluster-partnership",
});

impl OpportunityKind {
    /// The kinds of opportunity that answer this one: an offer meets a request of the same trade
    /// and the other way round; partner searches and partnership requests meet their own kind.
    pub fn complements(self) -> &'static [OpportunityKind] {
        use OpportunityKind::*;
        match self {
            BusinessOffer => &[BusinessRequest],
            BusinessRequest => &[BusinessOffer],
            TechnologyOffer => &[TechnologyRequest, TechnologyChallenge],
            TechnologyRequest | TechnologyChallenge => &[TechnologyOffer],
            RdPartnerSearch => &[RdPartnerSearch],
            ClusterPartnership => &[ClusterPartnership],
        }
    }

    /// The kinds of organisation that can answer this opportunity; empty means any.
    pub fn answered_by(self) -> &'static [OrganisationType] {
        use OpportunityKind::*;
        match self {
            TechnologyChallenge | TechnologyRequest => {
                &[OrganisationType::TechnologyCentre, OrganisationType::ResearchEducation]
            }
            ClusterPartnership => &[OrganisationType::Cluster],
            _ => &[],
        }
    }

    /// Whether the opportunity asks for something (its technologies are needs) rather than
    /// offering it (its technologies are capabilities).
    pub fn is_request(self) -> bool {
        use OpportunityKind::*;
        matches!(
            self,
            BusinessRequest | TechnologyRequest | TechnologyChallenge | RdPartnerSearch
        )
    }

    /// Whether a partner search must name the funding call or topic it is for.
    pub fn needs_call(self) -> bool {
        self == OpportunityKind::RdPartnerSearch
    }
}

string_enum!(
    /// The kind of partnership an opportunity seeks (the Enterprise Europe Network's agreement types).
    PartnershipKind, "partnership", {
    Commercial => "commercial",
    TechnicalCooperation => "technical-cooperation",
    ResearchCooperation => "research-cooperation",
    Licence => "licence",
    JointVenture => "joint-venture",
    Subcontracting => "subcontracting",
    Supplier => "supplier",
    Investment => "investment",
    Distribution => "distribution",
});

string_enum!(
    /// Where an opportunity is in its life. Only `Published` ones are shown to others.
    OpportunityState, "opportunity-state", {
    Draft => "draft",
    Submitted => "submitted",
    Returned => "returned",
    Published => "published",
    Expired => "expired",
    Closed => "closed",
});

impl OpportunityState {
    /// Whether its owners may still change the text (a published one is withdrawn to change it).
    pub fn editable(self) -> bool {
        matches!(self, Self::Draft | Self::Returned)
    }
}

string_enum!(
    /// Who may read a published opportunity.
    Visibility, "visibility", {
    Public => "public",
    Members => "members",
});

pub const MAX_TITLE: usize = 200;
pub const MIN_TITLE: usize = 5;
pub const MAX_DESCRIPTION: usize = 10_000;
pub const MIN_DESCRIPTION: usize = 20;
pub const MAX_CALL: usize = 200;
pub const MAX_CONTACT: usize = 200;
pub const MAX_MESSAGE: usize = 5_000;
/// How far ahead a deadline may be set, in days.
pub const MAX_DEADLINE_DAYS: i64 = 730;

/// A span of whole days, to move a [`Day`]'s date.
pub fn days(n: u64) -> chrono::Days {
    chrono::Days::new(n)
}

/// A day as `YYYY-MM-DD`, the form of every deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub struct Day(chrono::NaiveDate);

impl Day {
    pub fn parse(s: &str) -> Result<Self, String> {
        chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
            .map(Day)
            .map_err(|_| {
                format!(
                    "\"{}\" is not a date written as YYYY-MM-DD",
                    s.chars().take(40).collect::<String>()
                )
            })
    }

    pub fn new(date: chrono::NaiveDate) -> Self {
        Day(date)
    }

    pub fn date(self) -> chrono::NaiveDate {
        self.0
    }

    /// Days from `self` to `other` (negative when `other` is earlier).
    pub fn days_until(self, other: Day) -> i64 {
        (other.0 - self.0).num_days()
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

/// The content of an opportunity, valid by construction (see [`OpportunityInput::validate`]).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OpportunityDraft {
    pub kind: OpportunityKind,
    pub title: String,
    pub description: String,
    /// The language the text is written in.
    pub language: LanguageCode,
    pub technologies: Vec<KeyEnablingTechnology>,
    pub critical_technologies: Vec<CriticalTechnology>,
    pub ecosystems: Vec<Ecosystem>,
    pub sectors: Vec<NaceSection>,
    pub target_countries: Vec<CountryCode>,
    pub partnerships: Vec<PartnershipKind>,
    /// The funding call or topic a partner search is for ("HORIZON-CL4-2025-01-DIGITAL-EMERGING-02").
    pub call: Option<String>,
    pub deadline: Day,
    pub contact_name: String,
    pub contact_email: Email,
    pub visibility: Visibility,
}

/// An opportunity as people and programs send it: strings, checked all at once.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpportunityInput {
    pub kind: String,
    pub title: String,
    pub description: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub technologies: Vec<String>,
    #[serde(default)]
    pub critical_technologies: Vec<String>,
    #[serde(default)]
    pub ecosystems: Vec<String>,
    #[serde(default)]
    pub sectors: Vec<String>,
    #[serde(default)]
    pub target_countries: Vec<String>,
    #[serde(default)]
    pub partnerships: Vec<String>,
    #[serde(default)]
    pub call: Option<String>,
    pub deadline: String,
    pub contact_name: String,
    pub contact_email: String,
    #[serde(default)]
    pub visibility: String,
}

pub(crate) fn text(e: &mut ValidationErrors, field: &str, s: &str, min: usize, max: usize) -> String {
    let t = s.trim();
    let n = t.chars().count();
    if t.chars().any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t') {
        e.push(field, "must not contain control characters");
    } else if n == 0 {
        e.add(field, Code::Required, "is required");
    } else if n < min {
        e.add(
            field,
            Code::TooShort,
            format!("is {n} characters long; at least {min} are needed"),
        );
    } else if n > max {
        e.add(
            field,
            Code::TooLong,
            format!("is {n} characters long; at most {max} are allowed"),
        );
    }
    t.to_owned()
}

pub(crate) fn sorted<T: Ord>(mut v: Vec<T>) -> Vec<T> {
    v.sort();
    v.dedup();
    v
}

impl OpportunityInput {
    /// Checks every field against the rules, `today` being the day deadlines are measured from.
    pub fn validate(&self, today: Day) -> Result<OpportunityDraft, ValidationErrors> {
        let mut e = ValidationErrors::default();
        let kind = e.check("kind", self.kind.parse::<OpportunityKind>());
        let title = text(&mut e, "title", &self.title, MIN_TITLE, MAX_TITLE);
        let description = text(
            &mut e,
            "description",
            &self.description,
            MIN_DESCRIPTION,
            MAX_DESCRIPTION,
        );
        let language = if self.language.trim().is_empty() {
            LanguageCode::parse("en").ok()
        } else {
            e.check(
                "language",
                LanguageCode::parse(&self.language).map_err(|l| l.to_string()),
            )
        };
        let technologies = sorted(parse_list(&mut e, "technologies", &self.technologies, str::parse));
        let critical_technologies = sorted(parse_list(
            &mut e,
            "critical_technologies",
            &self.critical_technologies,
            str::parse,
        ));
        let ecosystems = sorted(parse_list(&mut e, "ecosystems", &self.ecosystems, str::parse));
        let sectors = sorted(parse_list(&mut e, "sectors", &self.sectors, |s| {
            NaceSection::parse(s).map_err(|x| x.to_string())
        }));
        let target_countries = sorted(parse_list(&mut e, "target_countries", &self.target_countries, |s| {
            CountryCode::parse(s).map_err(|x| x.to_string())
        }));
        let partnerships = sorted(parse_list(&mut e, "partnerships", &self.partnerships, str::parse));
        let call = self.call.as_deref().map(str::trim).filter(|c| !c.is_empty());
        let call = match call {
            Some(c) => Some(text(&mut e, "call", c, 1, MAX_CALL)),
            None => {
                if kind.is_some_and(OpportunityKind::needs_call) {
                    e.add(
                        "call",
                        Code::Required,
                        "is required for a partner search: name the funding call or topic",
                    );
                }
                None
            }
        };
        let deadline = e.check("deadline", Day::parse(&self.deadline));
        if let Some(d) = deadline {
            let ahead = today.days_until(d);
            if ahead < 1 {
                e.add(
                    "deadline",
                    Code::Past,
                    format!("{d} has passed; choose a day after {today}"),
                );
            } else if ahead > MAX_DEADLINE_DAYS {
                e.add(
                    "deadline",
                    Code::TooFar,
                    format!("{d} is more than two years ahead; choose an earlier day"),
                );
            }
        }
        let contact_name = text(&mut e, "contact_name", &self.contact_name, 1, MAX_CONTACT);
        let contact_email = e.check(
            "contact_email",
            Email::parse(&self.contact_email).map_err(|x| x.to_string()),
        );
        let visibility = if self.visibility.trim().is_empty() {
            Some(Visibility::Public)
        } else {
            e.check("visibility", self.visibility.parse::<Visibility>())
        };
        match (kind, language, deadline, contact_email, visibility) {
            (Some(kind), Some(language), Some(deadline), Some(contact_email), Some(visibility)) if e.is_empty() => {
                Ok(OpportunityDraft {
                    kind,
                    title,
                    description,
                    language,
                    technologies,
                    critical_technologies,
                    ecosystems,
                    sectors,
                    target_countries,
                    partnerships,
                    call,
                    deadline,
                    contact_name,
                    contact_email,
                    visibility,
                })
            }
            _ => Err(e),
        }
    }
}

impl OpportunityInput {
    /// The input that reproduces a stored draft, to fill a form for editing.
    pub fn from_draft(d: &OpportunityDraft) -> Self {
        fn strings<T: std::fmt::Display>(v: &[T]) -> Vec<String> {
            v.iter().map(ToString::to_string).collect()
        }
        Self {
            kind: d.kind.to_string(),
            title: d.title.clone(),
            description: d.description.clone(),
            language: d.language.as_str().to_owned(),
            technologies: strings(&d.technologies),
            critical_technologies: strings(&d.critical_technologies),
            ecosystems: strings(&d.ecosystems),
            sectors: strings(&d.sectors),
            target_countries: strings(&d.target_countries),
            partnerships: strings(&d.partnerships),
            call: d.call.clone(),
            deadline: d.deadline.to_string(),
            contact_name: d.contact_name.clone(),
            contact_email: d.contact_email.to_string(),
            visibility: d.visibility.to_string(),
        }
    }
}

/// Checks a message of an expression of interest or of the conversation that follows it.
pub fn validate_message(s: &str) -> Result<String, ValidationErrors> {
    let mut e = ValidationErrors::default();
    let t = text(&mut e, "message", s, 1, MAX_MESSAGE);
    if e.is_empty() {
        Ok(t)
    } else {
        Err(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Day {
        Day::parse("2026-11-23").expect("date")
    }

    fn input() -> OpportunityInput {
        OpportunityInput {
            kind: "technology-request".into(),
            title: "Laser micro-machining of ceramic substrates".into(),
            description: "We need a partner able to drill 50 µm holes in alumina at volume.".into(),
            technologies: vec!["advanced-manufacturing".into()],
            deadline: "2027-03-01".into(),
            contact_name: "Anna Berg".into(),
            contact_email: "anna@example.dk".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_complete_input_is_valid_and_defaults_apply() {
        let d = input().validate(today()).expect("valid");
        assert_eq!(d.kind, OpportunityKind::TechnologyRequest);
        assert_eq!(d.visibility, Visibility::Public);
        assert_eq!(d.language.as_str(), "en");
        assert_eq!(OpportunityInput::from_draft(&d).validate(today()), Ok(d));
    }

    #[test]
    fn every_problem_is_named() {
        let mut i = input();
        i.kind = "rd-partner-search".into();
        i.title = "Hi".into();
        i.deadline = "2026-11-01".into();
        i.contact_email = "nobody".into();
        i.target_countries = vec!["XX".into()];
        let e = i.validate(today()).expect_err("invalid");
        let fields: Vec<_> = e.0.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(
            fields,
            ["title", "target_countries", "call", "deadline", "contact_email"]
        );
    }

    #[test]
    fn deadlines_are_bounded() {
        let mut i = input();
        i.deadline = "2029-01-01".into();
        assert!(i.validate(today()).is_err());
        i.deadline = "1 March".into();
        assert!(i.validate(today()).is_err());
    }

    #[test]
    fn offers_meet_requests() {
        assert!(OpportunityKind::TechnologyOffer
            .complements()
            .contains(&OpportunityKind::TechnologyChallenge));
        assert!(OpportunityKind::TechnologyChallenge
            .answered_by()
            .contains(&OrganisationType::TechnologyCentre));
        assert!(OpportunityKind::TechnologyChallenge.is_request());
        assert!(!OpportunityKind::BusinessOffer.is_request());
    }
}

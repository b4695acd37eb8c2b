//! Collaboration projects and who took part in them.

use std::fmt;

use crate::error::{Code, ValidationErrors};
use crate::opportunity::{text, Day};
use crate::slug::Slug;
use crate::{Cents, CountryCode, CriticalTechnology, Ecosystem, KeyEnablingTechnology, Taxonomy};

/// The role of an organisation in a project, as CORDIS names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ParticipationRole {
    Coordinator,
    Participant,
    AssociatedPartner,
    ThirdParty,
}

impl ParticipationRole {
    pub const ALL: &'static [Self] = &[
        Self::Coordinator,
        Self::Participant,
        Self::AssociatedPartner,
        Self::ThirdParty,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Coordinator => "coordinator",
            Self::Participant => "participant",
            Self::AssociatedPartner => "associated-partner",
            Self::ThirdParty => "third-party",
        }
    }

    pub fn message_id(self) -> String {
        format!("role-{}", self.as_str())
    }

    /// Accepts both this product's names and CORDIS' camel case ("associatedPartner").
    pub fn parse(s: &str) -> Result<Self, String> {
        let norm: String = s
            .trim()
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        Self::ALL
            .iter()
            .copied()
            .find(|r| r.as_str().replace('-', "") == norm)
            .ok_or_else(|| {
                format!(
                    "\"{}\" is not a role (coordinator, participant, associated-partner, third-party)",
                    s.chars().take(40).collect::<String>()
                )
            })
    }
}

impl fmt::Display for ParticipationRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ParticipationRole {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ParticipationRole {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Self::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// A project as entered or imported; `cordis_id` identifies CORDIS projects, the acronym the rest.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ProjectDraft {
    pub acronym: String,
    #[serde(default)]
    pub cordis_id: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub programme: Option<String>,
}

impl ProjectDraft {
    pub fn validate(mut self) -> Result<Self, String> {
        self.acronym = self.acronym.trim().to_owned();
        if self.acronym.is_empty() || self.acronym.chars().count() > 60 {
            return Err("a project acronym of 1–60 characters is required".into());
        }
        if let Some(id) = &self.cordis_id {
            if id.is_empty() || id.len() > 20 || !id.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!(
                    "project id \"{}\" must be numeric",
                    id.chars().take(30).collect::<String>()
                ));
            }
        }
        self.title = self.title.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty());
        self.programme = self.programme.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty());
        Ok(self)
    }

    /// The key a project is matched by on import.
    pub fn key(&self) -> String {
        match &self.cordis_id {
            Some(id) => format!("cordis:{id}"),
            None => format!("acronym:{}", self.acronym),
        }
    }
}

/// What a project's page tells beyond CORDIS' facts: entered by the consortium.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ProjectDetails {
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub starts: Option<Day>,
    #[serde(default)]
    pub ends: Option<Day>,
    /// The total budget in euro cents.
    #[serde(default)]
    pub budget: Option<Cents>,
    #[serde(default)]
    pub technologies: Vec<KeyEnablingTechnology>,
    #[serde(default)]
    pub critical_technologies: Vec<CriticalTechnology>,
    #[serde(default)]
    pub ecosystems: Vec<Ecosystem>,
    #[serde(default)]
    pub target_markets: Vec<CountryCode>,
    #[serde(default)]
    pub website: Option<String>,
}

/// A project's form, as strings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProjectForm {
    pub acronym: String,
    pub title: String,
    pub programme: String,
    pub summary: String,
    pub starts: String,
    pub ends: String,
    pub budget: String,
    pub technologies: Vec<String>,
    pub critical_technologies: Vec<String>,
    pub ecosystems: Vec<String>,
    pub target_markets: String,
    pub website: String,
}

fn taxonomy_values<T: crate::Taxonomy + std::str::FromStr<Err = String> + Ord>(
    e: &mut ValidationErrors,
    field: &str,
    values: &[String],
) -> Vec<T> {
    let mut out: Vec<T> = values.iter().filter_map(|v| e.check(field, v.parse::<T>())).collect();
    out.sort();
    out.dedup();
    out
}

impl ProjectForm {
    /// Checks every field; a CORDIS project keeps its acronym (`cordis_acronym`).
    pub fn validate(&self, cordis: Option<&ProjectDraft>) -> Result<(ProjectDraft, ProjectDetails), ValidationErrors> {
        let mut e = ValidationErrors::default();
        let acronym = match cordis {
            Some(d) => d.acronym.clone(),
            None => {
                let a = text(&mut e, "acronym", &self.acronym, 1, 60);
                if a.contains(['/', '\\', '<', '>']) {
                    e.push("acronym", "must not contain / \\ < or >");
                }
                a
            }
        };
        let title = text(&mut e, "title", &self.title, 3, 500);
        let programme = self.programme.trim();
        if programme.chars().count() > 100 {
            e.add("programme", Code::TooLong, "is longer than 100 characters");
        }
        let summary = self.summary.trim();
        if summary.chars().count() > 10_000 {
            e.add("summary", Code::TooLong, "is longer than 10000 characters");
        }
        let day = |e: &mut ValidationErrors, field: &str, s: &str| {
            if s.trim().is_empty() {
                None
            } else {
                e.check(field, Day::parse(s))
            }
        };
        let starts = day(&mut e, "starts", &self.starts);
        let ends = day(&mut e, "ends", &self.ends);
        if let (Some(s), Some(x)) = (starts, ends) {
            if x < s {
                e.add("ends", Code::Order, "is before the start");
            }
        }
        let budget = if self.budget.trim().is_empty() {
            None
        } else {
            match Cents::parse(&self.budget.replace([' ', '\u{a0}'], "")) {
                Ok(c) if c.0 > 0 => Some(c),
                Ok(_) => {
                    e.push("budget", "must be more than zero");
                    None
                }
                Err(err) => {
                    e.push("budget", err.to_string());
                    None
                }
            }
        };
        let mut markets = Vec::new();
        for c in self
            .target_markets
            .split([',', ';', ' ', '\n'])
            .filter(|c| !c.trim().is_empty())
            .take(300)
        {
            if let Some(code) = e.check("target_markets", CountryCode::parse(c)) {
                markets.push(code);
            }
        }
        markets.sort();
        markets.dedup();
        let website = if self.website.trim().is_empty() {
            None
        } else {
            e.check("website", crate::organisation::Website::parse(&self.website))
                .map(|w| w.as_str().to_owned())
        };
        let details = ProjectDetails {
            summary: (!summary.is_empty()).then(|| summary.to_owned()),
            starts,
            ends,
            budget,
            technologies: taxonomy_values(&mut e, "technologies", &self.technologies),
            critical_technologies: taxonomy_values(&mut e, "critical_technologies", &self.critical_technologies),
            ecosystems: taxonomy_values(&mut e, "ecosystems", &self.ecosystems),
            target_markets: markets,
            website,
        };
        if !e.is_empty() {
            return Err(e);
        }
        let draft = ProjectDraft {
            acronym,
            cordis_id: cordis.and_then(|d| d.cordis_id.clone()),
            title: Some(title),
            programme: (!programme.is_empty()).then(|| programme.to_owned()),
        };
        Ok((draft, details))
    }

    /// The form as it shows a stored project.
    pub fn from_project(p: &Project) -> Self {
        let d = &p.details;
        Self {
            acronym: p.draft.acronym.clone(),
            title: p.draft.title.clone().unwrap_or_default(),
            programme: p.draft.programme.clone().unwrap_or_default(),
            summary: d.summary.clone().unwrap_or_default(),
            starts: d.starts.map(|x| x.to_string()).unwrap_or_default(),
            ends: d.ends.map(|x| x.to_string()).unwrap_or_default(),
            budget: d.budget.map(|c| c.to_string()).unwrap_or_default(),
            technologies: d.technologies.iter().map(|t| t.slug().to_owned()).collect(),
            critical_technologies: d.critical_technologies.iter().map(|t| t.slug().to_owned()).collect(),
            ecosystems: d.ecosystems.iter().map(|t| t.slug().to_owned()).collect(),
            target_markets: d
                .target_markets
                .iter()
                .map(|c| c.as_str())
                .collect::<Vec<_>>()
                .join(" "),
            website: d.website.clone().unwrap_or_default(),
        }
    }
}

/// A call topic a project was funded under.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ProjectTopic {
    /// E.g. "HORIZON-CL4-2022-DIGITAL-EMERGING-01-01".
    pub code: String,
    pub title: String,
}

/// A stored project.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Project {
    pub id: i64,
    #[serde(flatten)]
    pub draft: ProjectDraft,
    pub participant_count: i64,
    /// Call topics, from CORDIS.
    pub topics: Vec<ProjectTopic>,
    /// Fields of science (EuroSciVoc), from CORDIS.
    pub keywords: Vec<String>,
    /// What the consortium entered.
    pub details: ProjectDetails,
}

impl Project {
    /// The project's page on CORDIS, for CORDIS projects.
    pub fn cordis_url(&self) -> Option<String> {
        self.draft
            .cordis_id
            .as_ref()
            .map(|id| format!("https://cordis.europa.eu/project/id/{id}"))
    }
}

/// One organisation's part in one project.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Participation {
    pub project_id: i64,
    pub project_acronym: String,
    pub project_cordis_id: Option<String>,
    pub organisation_slug: Slug,
    pub organisation_name: String,
    pub organisation_country: String,
    pub role: ParticipationRole,
    pub ec_contribution: Option<crate::Cents>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_project_form_is_read_whole_and_its_faults_named() {
        let form = ProjectForm {
            acronym: " SMALLSAT ".into(),
            title: "Smallsat supply chain".into(),
            starts: "2026-01-01".into(),
            ends: "2028-12-31".into(),
            budget: "2 400 000".into(),
            critical_technologies: vec!["space-propulsion".into(), "7".into()],
            target_markets: "us, jp".into(),
            website: "smallsat.example.eu".into(),
            ..ProjectForm::default()
        };
        let (draft, details) = form.validate(None).expect("valid");
        assert_eq!(draft.acronym, "SMALLSAT");
        assert_eq!(details.budget, Some(Cents(240_000_000)));
        assert_eq!(
            details.critical_technologies,
            vec![CriticalTechnology::Space],
            "by slug or number, once"
        );
        assert_eq!(details.target_markets.len(), 2);
        assert_eq!(details.website.as_deref(), Some("https://smallsat.example.eu"));
        let bad = ProjectForm {
            acronym: "A/B".into(),
            title: "x".into(),
            starts: "2027-01-01".into(),
            ends: "2026-01-01".into(),
            budget: "-5".into(),
            technologies: vec!["warp-drive".into()],
            ..ProjectForm::default()
        };
        let fields: Vec<String> = bad
            .validate(None)
            .expect_err("invalid")
            .0
            .into_iter()
            .map(|f| f.field)
            .collect();
        for f in ["acronym", "title", "ends", "budget", "technologies"] {
            assert!(fields.contains(&f.to_owned()), "{f} in {fields:?}");
        }
        // A CORDIS project keeps its acronym and id whatever the form says.
        let cordis = ProjectDraft {
            acronym: "CORDIS-ACR".into(),
            cordis_id: Some("101057528".into()),
            title: None,
            programme: None,
        };
        let (kept, _) = ProjectForm {
            acronym: "OTHER".into(),
            title: "A title".into(),
            ..ProjectForm::default()
        }
        .validate(Some(&cordis))
        .expect("valid");
        assert_eq!(
            (kept.acronym.as_str(), kept.cordis_id.as_deref()),
            ("CORDIS-ACR", Some("101057528"))
        );
    }

    #[test]
    fn roles_parse_cordis_spelling() {
        assert_eq!(
            ParticipationRole::parse("associatedPartner"),
            Ok(ParticipationRole::AssociatedPartner)
        );
        assert_eq!(
            ParticipationRole::parse("third-party"),
            Ok(ParticipationRole::ThirdParty)
        );
        assert!(ParticipationRole::parse("17").is_err());
    }
}

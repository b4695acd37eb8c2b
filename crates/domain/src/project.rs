//! Collaboration projects and who took part in them.

use std::fmt;

use crate::slug::Slug;

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

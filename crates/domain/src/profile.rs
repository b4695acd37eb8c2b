//! An organisation profile as people and programs send it: plain strings and numbers, checked
//! against the domain's rules all at once by [`ProfileInput::validate`]. The profile form, the
//! API's write endpoint and the exchange files all go through it, so each rule is written once.

use std::collections::BTreeMap;

use crate::error::ValidationErrors;
use crate::organisation::{
    ClusterLabel, Coordinates, LanguageCode, MemberCounts, NutsCode, OrganisationDraft, OrganisationType, Website,
};
use crate::taxonomy::{CriticalTechnology, Ecosystem, KeyEnablingTechnology};
use crate::{CountryCode, NaceCode};

/// A position as sent: both numbers or none, so half a position cannot be sent.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Position {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileInput {
    pub name: String,
    #[serde(default)]
    pub short_name: Option<String>,
    pub kind: String,
    pub country: String,
    #[serde(default)]
    pub nuts_code: Option<String>,
    #[serde(default)]
    pub city: Option<String>,
    #[serde(default)]
    pub coordinates: Option<Position>,
    #[serde(default)]
    pub website: Option<String>,
    /// Descriptions by two-letter language code.
    #[serde(default)]
    pub descriptions: BTreeMap<String, String>,
    #[serde(default)]
    pub nace_codes: Vec<String>,
    #[serde(default)]
    pub ecosystems: Vec<String>,
    #[serde(default)]
    pub technologies: Vec<String>,
    #[serde(default)]
    pub critical_technologies: Vec<String>,
    #[serde(default)]
    pub members_smes: Option<u32>,
    #[serde(default)]
    pub members_large: Option<u32>,
    #[serde(default)]
    pub members_research: Option<u32>,
    #[serde(default)]
    pub founded: Option<u16>,
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub is_sme: bool,
    #[serde(default)]
    pub target_markets: Vec<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub cordis_id: Option<String>,
}

/// Parses each non-empty value of a list, recording the failures under `field`.
pub fn parse_list<T>(
    e: &mut ValidationErrors,
    field: &str,
    values: &[String],
    parse: impl Fn(&str) -> Result<T, String>,
) -> Vec<T> {
    values
        .iter()
        .filter(|v| !v.trim().is_empty())
        .filter_map(|v| e.check(field, parse(v)))
        .collect()
}

fn non_empty(s: &Option<String>) -> Option<&str> {
    s.as_deref().filter(|s| !s.trim().is_empty())
}

impl ProfileInput {
    /// The valid draft, or every problem at once, each naming its field.
    pub fn validate(&self) -> Result<OrganisationDraft, ValidationErrors> {
        let mut e = ValidationErrors::default();
        let kind = e.check("kind", self.kind.parse::<OrganisationType>());
        let country = e.check("country", CountryCode::parse(&self.country));
        let nuts_code = non_empty(&self.nuts_code).and_then(|s| e.check("nuts_code", NutsCode::parse(s)));
        let coordinates = self
            .coordinates
            .and_then(|p| e.check("coordinates", Coordinates::new(p.lat, p.lon)));
        let website = non_empty(&self.website).and_then(|s| e.check("website", Website::parse(s)));
        let mut descriptions = BTreeMap::new();
        for (lang, text) in &self.descriptions {
            if let Some(l) = e.check(&format!("description_{lang}"), LanguageCode::parse(lang)) {
                descriptions.insert(l, text.clone());
            }
        }
        let nace_codes = parse_list(&mut e, "nace_codes", &self.nace_codes, |s| {
            NaceCode::parse(s).map_err(|x| x.to_string())
        });
        let ecosystems = parse_list(&mut e, "ecosystems", &self.ecosystems, |s| s.parse::<Ecosystem>());
        let technologies = parse_list(&mut e, "technologies", &self.technologies, |s| {
            s.parse::<KeyEnablingTechnology>()
        });
        let critical = parse_list(&mut e, "critical_technologies", &self.critical_technologies, |s| {
            s.parse::<CriticalTechnology>()
        });
        let markets = parse_list(&mut e, "target_markets", &self.target_markets, |s| {
            CountryCode::parse(s).map_err(|x| x.to_string())
        });
        let languages = parse_list(&mut e, "languages", &self.languages, |s| {
            LanguageCode::parse(s).map_err(|x| x.to_string())
        });
        let label = non_empty(&self.label).and_then(|s| e.check("label", s.parse::<ClusterLabel>()));
        let (Some(kind), Some(country)) = (kind, country) else {
            return Err(e);
        };
        let draft = OrganisationDraft {
            name: self.name.clone(),
            short_name: self.short_name.clone(),
            kind,
            country,
            nuts_code,
            city: self.city.clone(),
            coordinates,
            website,
            descriptions,
            nace_codes,
            ecosystems,
            technologies,
            critical_technologies: critical,
            members: MemberCounts {
                smes: self.members_smes,
                large: self.members_large,
                research: self.members_research,
            },
            founded: self.founded,
            label,
            is_sme: self.is_sme,
            target_markets: markets,
            languages,
            cordis_id: non_empty(&self.cordis_id).map(str::to_owned),
        };
        match draft.validate() {
            Ok(d) if e.is_empty() => Ok(d),
            Ok(_) => Err(e),
            Err(more) => {
                e.0.extend(more.0);
                Err(e)
            }
        }
    }

    /// The input that gives back this draft.
    pub fn from_draft(p: &OrganisationDraft) -> Self {
        fn strings<T: ToString>(v: &[T]) -> Vec<String> {
            v.iter().map(ToString::to_string).collect()
        }
        Self {
            name: p.name.clone(),
            short_name: p.short_name.clone(),
            kind: p.kind.to_string(),
            country: p.country.to_string(),
            nuts_code: p.nuts_code.as_ref().map(|n| n.to_string()),
            city: p.city.clone(),
            coordinates: p.coordinates.map(|c| Position { lat: c.lat, lon: c.lon }),
            website: p.website.as_ref().map(|w| w.as_str().to_owned()),
            descriptions: p.descriptions.iter().map(|(l, t)| (l.to_string(), t.clone())).collect(),
            nace_codes: strings(&p.nace_codes),
            ecosystems: strings(&p.ecosystems),
            technologies: strings(&p.technologies),
            critical_technologies: strings(&p.critical_technologies),
            members_smes: p.members.smes,
            members_large: p.members.large,
            members_research: p.members.research,
            founded: p.founded,
            label: p.label.map(|l| l.to_string()),
            is_sme: p.is_sme,
            target_markets: strings(&p.target_markets),
            languages: strings(&p.languages),
            cordis_id: p.cordis_id.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_survives_the_round_trip() {
        let input = ProfileInput {
            name: "Silicon Saxony".into(),
            kind: "cluster".into(),
            country: "DE".into(),
            nuts_code: Some("DED21".into()),
            coordinates: Some(Position { lat: 51.05, lon: 13.74 }),
            website: Some("silicon-saxony.de".into()),
            descriptions: [("de".to_owned(), "Halbleiter".to_owned())].into(),
            ecosystems: vec!["electronics".into()],
            label: Some("gold".into()),
            ..Default::default()
        };
        let d = input.validate().unwrap();
        assert_eq!(ProfileInput::from_draft(&d).validate().unwrap(), d);
    }

    #[test]
    fn every_problem_is_named() {
        let input = ProfileInput {
            name: "".into(),
            kind: "spaceship".into(),
            country: "XX".into(),
            coordinates: Some(Position { lat: 91.0, lon: 0.0 }),
            ..Default::default()
        };
        let e = input.validate().unwrap_err();
        let fields: Vec<_> = e.0.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["kind", "country", "coordinates"]);
        let input = ProfileInput {
            name: "".into(),
            kind: "company".into(),
            country: "DK".into(),
            ecosystems: vec!["nope".into()],
            ..Default::default()
        };
        let fields: Vec<_> = input.validate().unwrap_err().0.into_iter().map(|f| f.field).collect();
        assert_eq!(fields, ["ecosystems", "name"]);
    }
}

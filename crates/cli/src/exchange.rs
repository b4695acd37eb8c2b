//! The organisation exchange format of `import organisations` and `export organisations`, as
//! JSON (an array of records) or CSV (one row per organisation, lists joined with `|`). Both
//! carry the whole directory: profiles, memberships, partnerships and project participations, so
//! an export imported into an empty database gives the same directory.

use std::collections::BTreeMap;

use domain::{
    Cents, Organisation, OrganisationDraft, ParticipationRole, ProfileInput, ProjectDraft, Slug, ValidationErrors,
};
use serde::{Deserialize, Serialize};

/// One organisation as written in an exchange file. Fields that are absent keep what the
/// database has; relation lists that are present replace the stored ones.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
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
    pub lat: Option<f64>,
    #[serde(default)]
    pub lon: Option<f64>,
    #[serde(default)]
    pub website: Option<String>,
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
    /// Slugs of the clusters this organisation is a member of.
    #[serde(default)]
    pub member_of: Option<Vec<String>>,
    /// Slugs of partner organisations.
    #[serde(default)]
    pub partners: Option<Vec<String>>,
    #[serde(default)]
    pub projects: Option<Vec<ProjectLink>>,
}

/// One participation of the organisation in a project.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectLink {
    pub acronym: String,
    #[serde(default)]
    pub cordis_id: Option<String>,
    pub role: String,
    /// EU contribution in euro cents.
    #[serde(default)]
    pub ec_contribution_cents: Option<i64>,
}

/// A record checked against the domain's rules.
#[derive(Debug, Clone)]
pub struct ValidRecord {
    pub slug: Option<Slug>,
    pub draft: OrganisationDraft,
    pub member_of: Option<Vec<Slug>>,
    pub partners: Option<Vec<Slug>>,
    pub projects: Option<Vec<(ProjectDraft, ParticipationRole, Option<Cents>)>>,
}

fn slugs(e: &mut ValidationErrors, field: &str, values: &Option<Vec<String>>) -> Option<Vec<Slug>> {
    values.as_ref().map(|v| {
        domain::profile::parse_list(e, field, v, |s| {
            Slug::parse(s.trim()).map_err(|err| format!("\"{s}\" {err}"))
        })
    })
}

impl Record {
    /// The profile part of the record.
    pub fn profile(&self) -> ProfileInput {
        ProfileInput {
            name: self.name.clone(),
            short_name: self.short_name.clone(),
            kind: self.kind.clone(),
            country: self.country.clone(),
            nuts_code: self.nuts_code.clone(),
            city: self.city.clone(),
            coordinates: match (self.lat, self.lon) {
                (Some(lat), Some(lon)) => Some(domain::profile::Position { lat, lon }),
                _ => None,
            },
            website: self.website.clone(),
            descriptions: self.descriptions.clone(),
            nace_codes: self.nace_codes.clone(),
            ecosystems: self.ecosystems.clone(),
            technologies: self.technologies.clone(),
            critical_technologies: self.critical_technologies.clone(),
            members_smes: self.members_smes,
            members_large: self.members_large,
            members_research: self.members_research,
            founded: self.founded,
            label: self.label.clone(),
            is_sme: self.is_sme,
            target_markets: self.target_markets.clone(),
            languages: self.languages.clone(),
            cordis_id: self.cordis_id.clone(),
        }
    }

    pub fn validate(&self) -> Result<ValidRecord, ValidationErrors> {
        let mut e = ValidationErrors::default();
        let slug = self
            .slug
            .as_deref()
            .and_then(|s| e.check("slug", Slug::parse(s.trim())));
        if self.lat.is_some() != self.lon.is_some() {
            e.push("lat/lon", "give both latitude and longitude, or neither");
        }
        let draft = match self.profile().validate() {
            Ok(d) => Some(d),
            Err(more) => {
                e.0.extend(more.0);
                None
            }
        };
        let member_of = slugs(&mut e, "member_of", &self.member_of);
        let partners = slugs(&mut e, "partners", &self.partners);
        let projects = self.projects.as_ref().map(|links| {
            links
                .iter()
                .filter_map(|p| {
                    let draft = e.check(
                        "projects",
                        ProjectDraft {
                            acronym: p.acronym.clone(),
                            cordis_id: p.cordis_id.clone(),
                            title: None,
                            programme: None,
                        }
                        .validate(),
                    )?;
                    let role = e.check("projects", ParticipationRole::parse(&p.role))?;
                    Some((draft, role, p.ec_contribution_cents.map(Cents)))
                })
                .collect()
        });
        match draft {
            Some(draft) if e.is_empty() => Ok(ValidRecord {
                slug,
                draft,
                member_of,
                partners,
                projects,
            }),
            _ => Err(e),
        }
    }

    /// The record of a stored organisation, with its relations.
    pub fn from_organisation(
        o: &Organisation,
        member_of: Vec<String>,
        partners: Vec<String>,
        projects: Vec<ProjectLink>,
    ) -> Self {
        let p = ProfileInput::from_draft(&o.profile);
        Record {
            slug: Some(o.slug.to_string()),
            name: p.name,
            short_name: p.short_name,
            kind: p.kind,
            country: p.country,
            nuts_code: p.nuts_code,
            city: p.city,
            lat: p.coordinates.map(|c| c.lat),
            lon: p.coordinates.map(|c| c.lon),
            website: p.website,
            descriptions: p.descriptions,
            nace_codes: p.nace_codes,
            ecosystems: p.ecosystems,
            technologies: p.technologies,
            critical_technologies: p.critical_technologies,
            members_smes: p.members_smes,
            members_large: p.members_large,
            members_research: p.members_research,
            founded: p.founded,
            label: p.label,
            is_sme: p.is_sme,
            target_markets: p.target_markets,
            languages: p.languages,
            cordis_id: p.cordis_id,
            member_of: Some(member_of),
            partners: Some(partners),
            projects: Some(projects),
        }
    }
}

/// The fixed CSV columns; `description_<lang>` columns follow for each language in the file.
pub const CSV_COLUMNS: &[&str] = &[
    "slug",
    "name",
    "short_name",
    "kind",
    "country",
    "nuts_code",
    "city",
    "lat",
    "lon",
    "website",
    "nace_codes",
    "ecosystems",
    "technologies",
    "critical_technologies",
    "members_smes",
    "members_large",
    "members_research",
    "founded",
    "label",
    "is_sme",
    "target_markets",
    "languages",
    "cordis_id",
    "member_of",
    "partners",
    "projects",
];

const LIST_SEP: char = '|';
const PROJECT_FIELD_SEP: char = ';';

fn join(v: &[String]) -> String {
    v.join(&LIST_SEP.to_string())
}

fn split(s: &str) -> Vec<String> {
    s.split(LIST_SEP)
        .map(|x| x.trim().to_owned())
        .filter(|x| !x.is_empty())
        .collect()
}

fn opt(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

impl Record {
    /// The CSV cells of this record for the given description languages.
    pub fn to_csv_row(&self, description_langs: &[String]) -> Vec<String> {
        let o = |v: &Option<String>| v.clone().unwrap_or_default();
        let n = |v: Option<u32>| v.map(|x| x.to_string()).unwrap_or_default();
        let mut row = vec![
            o(&self.slug),
            self.name.clone(),
            o(&self.short_name),
            self.kind.clone(),
            self.country.clone(),
            o(&self.nuts_code),
            o(&self.city),
            self.lat.map(|v| v.to_string()).unwrap_or_default(),
            self.lon.map(|v| v.to_string()).unwrap_or_default(),
            o(&self.website),
            join(&self.nace_codes),
            join(&self.ecosystems),
            join(&self.technologies),
            join(&self.critical_technologies),
            n(self.members_smes),
            n(self.members_large),
            n(self.members_research),
            self.founded.map(|v| v.to_string()).unwrap_or_default(),
            o(&self.label),
            self.is_sme.to_string(),
            join(&self.target_markets),
            join(&self.languages),
            o(&self.cordis_id),
            join(self.member_of.as_deref().unwrap_or_default()),
            join(self.partners.as_deref().unwrap_or_default()),
            self.projects
                .as_deref()
                .unwrap_or_default()
                .iter()
                .map(|p| {
                    format!(
                        "{}{PROJECT_FIELD_SEP}{}{PROJECT_FIELD_SEP}{}{PROJECT_FIELD_SEP}{}",
                        p.acronym,
                        p.cordis_id.clone().unwrap_or_default(),
                        p.role,
                        p.ec_contribution_cents.map(|c| c.to_string()).unwrap_or_default()
                    )
                })
                .collect::<Vec<_>>()
                .join(&LIST_SEP.to_string()),
        ];
        row.extend(
            description_langs
                .iter()
                .map(|l| self.descriptions.get(l).cloned().unwrap_or_default()),
        );
        row
    }

    /// Reads one CSV row given the header. Errors name the column.
    pub fn from_csv_row(header: &[String], row: &csv::StringRecord) -> Result<Self, ValidationErrors> {
        let mut e = ValidationErrors::default();
        // Cells written by `export` carry the spreadsheet formula guard; take it off again.
        let get = |name: &str| {
            header
                .iter()
                .position(|h| h == name)
                .and_then(|i| row.get(i))
                .map(domain::spreadsheet::restore)
        };
        let has = |name: &str| header.iter().any(|h| h == name);
        let text = |name: &str| get(name).map(str::to_owned).unwrap_or_default();
        fn number<T: std::str::FromStr>(
            e: &mut ValidationErrors,
            name: &str,
            v: Option<&str>,
            what: &str,
        ) -> Option<T> {
            let t = v.map(str::trim).filter(|t| !t.is_empty())?;
            e.check(
                name,
                t.parse::<T>()
                    .map_err(|_| format!("\"{}\" is not {what}", t.chars().take(30).collect::<String>())),
            )
        }
        let lat = number::<f64>(&mut e, "lat", get("lat"), "a number");
        let lon = number::<f64>(&mut e, "lon", get("lon"), "a number");
        let members_smes = number::<u32>(&mut e, "members_smes", get("members_smes"), "a whole number");
        let members_large = number::<u32>(&mut e, "members_large", get("members_large"), "a whole number");
        let members_research = number::<u32>(&mut e, "members_research", get("members_research"), "a whole number");
        let founded = number::<u16>(&mut e, "founded", get("founded"), "a year");
        let is_sme = match get("is_sme").map(|s| s.trim().to_ascii_lowercase()).as_deref() {
            None | Some("") | Some("false") | Some("0") | Some("no") => false,
            Some("true") | Some("1") | Some("yes") => true,
            Some(other) => {
                e.push("is_sme", format!("\"{other}\" is not true or false"));
                false
            }
        };
        let projects = if has("projects") {
            let mut links = vec![];
            for entry in split(&text("projects")) {
                let parts: Vec<&str> = entry.split(PROJECT_FIELD_SEP).collect();
                if parts.len() != 4 {
                    e.push("projects", format!("\"{entry}\" is not ACRONYM;PROJECT_ID;ROLE;CENTS"));
                    continue;
                }
                let cents = match parts[3].trim() {
                    "" => None,
                    c => match c.parse::<i64>() {
                        Ok(v) => Some(v),
                        Err(_) => {
                            e.push("projects", format!("\"{c}\" is not an amount in cents"));
                            continue;
                        }
                    },
                };
                links.push(ProjectLink {
                    acronym: parts[0].trim().to_owned(),
                    cordis_id: opt(parts[1]),
                    role: parts[2].trim().to_owned(),
                    ec_contribution_cents: cents,
                });
            }
            Some(links)
        } else {
            None
        };
        let descriptions = header
            .iter()
            .enumerate()
            .filter_map(|(i, h)| {
                let lang = h.strip_prefix("description_")?;
                let v = row.get(i)?.trim();
                (!v.is_empty()).then(|| (lang.to_owned(), v.to_owned()))
            })
            .collect();
        for required in ["name", "kind", "country"] {
            if !has(required) {
                e.push(required, "the column is missing");
            }
        }
        if !e.is_empty() {
            return Err(e);
        }
        Ok(Record {
            slug: opt(&text("slug")),
            name: text("name"),
            short_name: opt(&text("short_name")),
            kind: text("kind"),
            country: text("country"),
            nuts_code: opt(&text("nuts_code")),
            city: opt(&text("city")),
            lat,
            lon,
            website: opt(&text("website")),
            descriptions,
            nace_codes: split(&text("nace_codes")),
            ecosystems: split(&text("ecosystems")),
            technologies: split(&text("technologies")),
            critical_technologies: split(&text("critical_technologies")),
            members_smes,
            members_large,
            members_research,
            founded,
            label: opt(&text("label")),
            is_sme,
            target_markets: split(&text("target_markets")),
            languages: split(&text("languages")),
            cordis_id: opt(&text("cordis_id")),
            member_of: has("member_of").then(|| split(&text("member_of"))),
            partners: has("partners").then(|| split(&text("partners"))),
            projects,
        })
    }
}

//! `clusterhub import cordis FILE`: CORDIS open data. Four layouts are recognised by their
//! header (columns by name, in any order, `;` or `,` between them):
//!
//! * CORDIS' `organization.csv` (projectID, projectAcronym, organisationID, name, … country, …
//!   role, ecContribution …): organisations (one per organisationID), projects (one per
//!   projectID) and participations with role and EU contribution;
//! * CORDIS' `project.csv` (id, acronym, status, title, startDate, endDate, totalCost,
//!   ecMaxContribution, … topics, frameworkProgramme, masterCall, subCall, fundingScheme,
//!   objective …): what a project is, completing projects imported from `organization.csv`
//!   (matched by CORDIS id) and creating the others;
//! * a participant list without organisation ids (projectID, name, shortName, SME,
//!   activityType, city, country, organizationURL, order, role, ecContribution): participants
//!   are matched to stored organisations by name (accents, case and punctuation aside) and
//!   country, the others created;
//! * a list of cluster organisations (organisationID, name, … country, geolocation …), whose
//!   rows become organisations of type cluster with coordinates.
//!
//! CORDIS writes EL for Greece and UK for the United Kingdom; they become GR and GB. Imports
//! merge with what is stored: curated fields (descriptions, taxonomies, a cluster's type) stay.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::time::Instant;

use domain::{
    Cents, Coordinates, CountryCode, Day, NutsCode, OrganisationDraft, OrganisationType, ParticipationRole,
    ProjectDraft, Website,
};
use store::organisations::{self, OrgKey, SaveMode};
use store::projects::{CordisFunding, CordisProject};
use store::{projects, Store};

use super::table::{self, Layout, Table};
use super::{progress, ImportError, RowError, Summary};

/// What a CORDIS file holds once read and checked.
#[derive(Debug, Default)]
pub struct CordisData {
    /// By organisationID, in first-seen order.
    pub organisations: Vec<OrganisationDraft>,
    pub projects: Vec<ProjectDraft>,
    /// (projectID, organisationID, role) → summed EU contribution.
    pub participations: BTreeMap<(String, String, ParticipationRole), Option<Cents>>,
    /// What `project.csv` says of each project.
    pub project_facts: Vec<CordisProject>,
    /// Participants of a list without organisation ids, one per name and country.
    pub unidentified: Vec<OrganisationDraft>,
    /// (projectID, index in `unidentified`, role) → summed EU contribution.
    pub unidentified_participations: BTreeMap<(String, usize, ParticipationRole), Option<Cents>>,
    /// Values that were dropped without failing the row (e.g. a malformed web address).
    pub notes: Vec<RowError>,
}

const ORGANIZATION_CSV: Layout = Layout {
    name: "a CORDIS organization.csv",
    required: &[
        "projectID",
        "projectAcronym",
        "organisationID",
        "name",
        "country",
        "role",
    ],
};
const PARTICIPANT_LIST: Layout = Layout {
    name: "a participant list",
    required: &["projectID", "name", "country", "role"],
};
const PROJECT_CSV: Layout = Layout {
    name: "a CORDIS project.csv",
    required: &["id", "acronym", "title"],
};
const CLUSTER_LIST: Layout = Layout {
    name: "a list of cluster organisations",
    required: &["organisationID", "name", "country"],
};
/// In the order they are tried: the first whose columns are all there is the file's.
const LAYOUTS: [Layout; 4] = [ORGANIZATION_CSV, PARTICIPANT_LIST, PROJECT_CSV, CLUSTER_LIST];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Organisations,
    Participants,
    Projects,
    Clusters,
}

fn is_numeric_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 20 && s.bytes().all(|b| b.is_ascii_digit())
}

/// A name as participants are matched by: letters and digits only, accents and case aside
/// ("Société Lumière S.A.S." and "SOCIETE LUMIERE SAS" are one name).
pub fn name_key(name: &str) -> String {
    domain::fold(name).chars().filter(char::is_ascii_alphanumeric).collect()
}

/// An amount in euros as CORDIS writes it ("1496205", "1499860.5", "1499860,5", sometimes more
/// decimals), rounded to cents.
fn euros(v: &str) -> Result<Cents, String> {
    Cents::parse(v).or_else(|e| {
        v.trim()
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|x| x.is_finite() && x.abs() < 1e13)
            .map(|x| Cents((x * 100.0).round() as i64))
            .ok_or_else(|| e.to_string())
    })
}

/// The programme as projects show it.
fn programme(framework: &str) -> Option<String> {
    match framework.trim() {
        "" => None,
        "HORIZON" | "HE" => Some("Horizon Europe".into()),
        "H2020" => Some("Horizon 2020".into()),
        other => Some(other.to_owned()),
    }
}

struct Row<'a> {
    row: table::Row<'a>,
    errors: Vec<String>,
}

impl<'a> Row<'a> {
    fn get(&self, col: &str) -> &'a str {
        self.row.get(col)
    }

    fn fail(&mut self, col: &str, message: impl std::fmt::Display) {
        self.errors.push(format!("{col}: {message}"));
    }

    fn id(&mut self, col: &str) -> String {
        let v = self.get(col);
        if !is_numeric_id(v) {
            self.fail(
                col,
                format!(
                    "\"{}\" is not a numeric identifier",
                    v.chars().take(30).collect::<String>()
                ),
            );
        }
        v.to_owned()
    }

    fn text(&mut self, col: &str, max: usize) -> Option<String> {
        let v = self.get(col);
        if v.chars().count() > max {
            self.fail(col, format!("is longer than {max} characters"));
            return None;
        }
        (!v.is_empty()).then(|| v.to_owned())
    }

    fn day(&mut self, col: &str) -> Option<Day> {
        // CORDIS writes days, some extracts a time after them.
        match self.get(col).split([' ', 'T']).next().unwrap_or("") {
            "" => None,
            v => match Day::parse(v) {
                Ok(d) => Some(d),
                Err(e) => {
                    self.fail(col, e);
                    None
                }
            },
        }
    }

    fn money(&mut self, col: &str) -> Option<Cents> {
        match self.get(col) {
            "" => None,
            v => match euros(v) {
                Ok(c) if c.0 >= 0 => Some(c),
                Ok(_) => {
                    self.fail(col, "is negative");
                    None
                }
                Err(e) => {
                    self.fail(col, e);
                    None
                }
            },
        }
    }

    /// The organisation fields every layout of organisations shares; `cordis_id` when the file
    /// has organisation ids.
    fn organisation(
        &mut self,
        kind: OrganisationType,
        with_id: bool,
        notes: &mut Vec<RowError>,
    ) -> Option<OrganisationDraft> {
        let cordis_id = with_id.then(|| self.id("organisationID"));
        let country = match CountryCode::from_cordis(self.get("country")) {
            Ok(c) => Some(c),
            Err(e) => {
                self.fail("country", e);
                None
            }
        };
        let nuts = match self.get("nutsCode") {
            "" => None,
            v => match NutsCode::parse(v) {
                Ok(n) => Some(n),
                Err(e) => {
                    self.fail("nutsCode", e);
                    None
                }
            },
        };
        let coordinates = match self.get("geolocation") {
            "" => None,
            v => match Coordinates::parse(v) {
                Ok(c) => Some(c),
                Err(e) => {
                    self.fail("geolocation", e);
                    None
                }
            },
        };
        let website = match self.get("organizationURL") {
            "" => None,
            v => match Website::parse(v) {
                Ok(w) => Some(w),
                Err(e) => {
                    notes.push(RowError {
                        location: self.row.location(),
                        message: format!("organizationURL ignored: {e}"),
                    });
                    None
                }
            },
        };
        let sme = self.get("SME");
        let is_sme = if ["true", "1", "yes"].iter().any(|t| sme.eq_ignore_ascii_case(t)) {
            true
        } else if sme.is_empty() || ["false", "0", "no"].iter().any(|t| sme.eq_ignore_ascii_case(t)) {
            false
        } else {
            self.fail("SME", format!("\"{sme}\" is not true or false"));
            false
        };
        let mut d = OrganisationDraft::new(self.get("name"), kind, country?);
        d.short_name = Some(self.get("shortName").to_owned());
        d.city = Some(self.get("city").to_owned());
        d.nuts_code = nuts;
        d.coordinates = coordinates;
        d.website = website;
        d.is_sme = is_sme;
        d.cordis_id = cordis_id;
        match d.validate() {
            Ok(d) => Some(d),
            Err(e) => {
                for f in e.0 {
                    self.fail(&f.field, f.message);
                }
                None
            }
        }
    }

    /// Role and EU contribution of a participation.
    fn participation(&mut self) -> Option<(ParticipationRole, Option<Cents>)> {
        let role = match ParticipationRole::parse(self.get("role")) {
            Ok(r) => Some(r),
            Err(e) => {
                self.fail("role", e);
                None
            }
        };
        let cents = match self.get("ecContribution") {
            "" => Some(None),
            v => match euros(v) {
                Ok(c) => Some(Some(c)),
                Err(e) => {
                    self.fail("ecContribution", e);
                    None
                }
            },
        };
        Some((role?, cents?))
    }

    /// A row of `project.csv`.
    fn project(&mut self) -> Option<CordisProject> {
        let cordis_id = self.id("id");
        let title = self.text("title", 1000);
        let summary = self.text("objective", 20_000);
        let starts = self.day("startDate");
        let ends = self.day("endDate");
        if let (Some(s), Some(e)) = (starts, ends) {
            if e < s {
                self.fail("endDate", "is before startDate");
            }
        }
        let total_cost = self.money("totalCost");
        let ec_contribution = self.money("ecMaxContribution");
        let status = self.text("status", 40);
        let call = match self.text("subCall", 200) {
            Some(c) => Some(c),
            None => self.text("masterCall", 200),
        };
        let funding_scheme = self.text("fundingScheme", 200);
        let topics: Vec<String> = self
            .get("topics")
            .split([';', ',', '|'])
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect();
        if topics.iter().any(|t| t.chars().count() > 100) {
            self.fail("topics", "a topic code is longer than 100 characters");
        }
        let draft = ProjectDraft {
            acronym: self.get("acronym").to_owned(),
            cordis_id: Some(cordis_id),
            title,
            programme: programme(self.get("frameworkProgramme")),
        }
        .validate();
        let draft = match draft {
            Ok(d) => d,
            Err(e) => {
                self.fail("acronym", e);
                return None;
            }
        };
        Some(CordisProject {
            draft,
            summary,
            starts,
            ends,
            total_cost,
            funding: CordisFunding {
                status,
                ec_contribution,
                call,
                funding_scheme,
            },
            topics,
        })
    }
}

/// Reads and checks a CORDIS file. Returns the data of the valid rows and the invalid rows.
pub fn read(path: &Path) -> Result<(CordisData, Vec<RowError>), ImportError> {
    let table = Table::read(path)?;
    let kind = match table.layout(&LAYOUTS)? {
        0 => Kind::Organisations,
        1 => Kind::Participants,
        2 => Kind::Projects,
        _ => Kind::Clusters,
    };
    let mut data = CordisData::default();
    let mut errors = vec![];
    // organisationID → (index in data.organisations, contentUpdateDate of the row it came from)
    let mut org_index: HashMap<String, (usize, String)> = HashMap::new();
    let mut project_index: HashMap<String, usize> = HashMap::new();
    // (name key, country) → index in data.unidentified
    let mut unidentified_index: HashMap<(String, String), usize> = HashMap::new();
    let mut facts_index: HashMap<String, String> = HashMap::new();
    for result in table.rows() {
        let mut row = match result {
            Ok(r) => Row { row: r, errors: vec![] },
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let location = row.row.location();
        if kind == Kind::Projects {
            let project = row.project();
            match (project, row.errors.is_empty()) {
                (Some(p), true) => {
                    let id = p.draft.cordis_id.clone().unwrap_or_default();
                    if let Some(first) = facts_index.insert(id.clone(), location.clone()) {
                        errors.push(RowError {
                            location,
                            message: format!("id: project {id} appears again (first at {first})"),
                        });
                    } else {
                        data.project_facts.push(p);
                    }
                }
                _ => errors.push(RowError {
                    location,
                    message: row.errors.join("; "),
                }),
            }
            continue;
        }
        let org_kind = if kind == Kind::Clusters {
            OrganisationType::Cluster
        } else {
            OrganisationType::from_cordis_activity(row.get("activityType"))
        };
        let org = row.organisation(org_kind, kind != Kind::Participants, &mut data.notes);
        let mut participation = None;
        if kind != Kind::Clusters {
            let project_id = row.id("projectID");
            // A participant list may lack the acronym: the project's id stands in for it until
            // its project.csv is imported.
            let acronym = match row.get("projectAcronym") {
                "" if kind == Kind::Participants => project_id.clone(),
                a => a.to_owned(),
            };
            let project = ProjectDraft {
                acronym,
                cordis_id: Some(project_id),
                title: None,
                programme: Some("Horizon Europe".into()),
            }
            .validate();
            let project = match project {
                Ok(p) => Some(p),
                Err(e) => {
                    row.fail("projectAcronym", e);
                    None
                }
            };
            if let (Some(p), Some((r, c))) = (project, row.participation()) {
                participation = Some((p, r, c));
            }
        }
        let row_errors = std::mem::take(&mut row.errors);
        let (Some(org), true) = (org, row_errors.is_empty()) else {
            errors.push(RowError {
                location,
                message: row_errors.join("; "),
            });
            continue;
        };
        let mut add_project = |data: &mut CordisData, project: ProjectDraft| {
            let pid = project.cordis_id.clone().unwrap_or_default();
            if !project_index.contains_key(&pid) {
                project_index.insert(pid.clone(), data.projects.len());
                data.projects.push(project);
            }
            pid
        };
        if kind == Kind::Participants {
            let key = (name_key(&org.name), org.country.as_str().to_owned());
            let i = *unidentified_index.entry(key).or_insert_with(|| {
                data.unidentified.push(org);
                data.unidentified.len() - 1
            });
            if let Some((project, role, cents)) = participation {
                let pid = add_project(&mut data, project);
                let entry = data.unidentified_participations.entry((pid, i, role)).or_insert(None);
                if let Some(c) = cents {
                    *entry = Some(Cents(entry.map(|e| e.0).unwrap_or(0) + c.0));
                }
            }
            continue;
        }
        let org_id = org.cordis_id.clone().unwrap_or_default();
        let updated = row.get("contentUpdateDate").to_owned();
        match org_index.get_mut(&org_id) {
            // The most recently updated row describes the organisation best.
            Some((i, seen)) if updated > *seen => {
                data.organisations[*i] = org;
                *seen = updated;
            }
            Some(_) => {}
            None => {
                org_index.insert(org_id.clone(), (data.organisations.len(), updated));
                data.organisations.push(org);
            }
        }
        if let Some((project, role, cents)) = participation {
            let pid = add_project(&mut data, project);
            let entry = data.participations.entry((pid, org_id, role)).or_insert(None);
            if let Some(c) = cents {
                *entry = Some(Cents(entry.map(|e| e.0).unwrap_or(0) + c.0));
            }
        }
    }
    Ok((data, errors))
}

pub async fn run(store: &Store, path: &Path, skip_invalid: bool) -> Result<Summary, ImportError> {
    let started = Instant::now();
    let (data, errors) = read(path)?;
    let errors = ImportError::unless_skipping(path, errors, skip_invalid)?;
    let mut summary = write(store, &data).await?;
    summary.skipped = errors;
    summary.ignored = data.notes;
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// Writes the data in one transaction.
pub async fn write(store: &Store, data: &CordisData) -> Result<Summary, ImportError> {
    let mut summary = Summary::default();
    let total = data.organisations.len()
        + data.projects.len()
        + data.participations.len()
        + data.project_facts.len()
        + data.unidentified.len()
        + data.unidentified_participations.len();
    let bar = progress(total as u64, "CORDIS");
    let mut tx = store.begin().await?;
    let mut org_ids: HashMap<&str, i64> = HashMap::new();
    for d in &data.organisations {
        let cordis_id = d.cordis_id.as_deref().unwrap_or_default();
        let key = OrgKey::Cordis(cordis_id);
        if organisations::find_id(&mut tx, &key).await?.is_some() {
            summary.organisations_updated += 1;
        } else {
            summary.organisations_created += 1;
        }
        let (id, _) = organisations::save(&mut tx, key, SaveMode::MergeCordis, d).await?;
        org_ids.insert(cordis_id, id);
        bar.inc(1);
    }
    // Participants without ids: the stored organisation of the same name and country (the
    // oldest if several), else a new one.
    let mut unidentified_ids = Vec::with_capacity(data.unidentified.len());
    if !data.unidentified.is_empty() {
        let mut countries: Vec<&str> = data.unidentified.iter().map(|d| d.country.as_str()).collect();
        countries.sort_unstable();
        countries.dedup();
        let mut known: HashMap<(String, String), i64> = HashMap::new();
        for c in projects::participant_candidates(&mut tx, &countries).await? {
            known.entry((name_key(&c.name), c.country)).or_insert(c.id);
        }
        for d in &data.unidentified {
            let key = (name_key(&d.name), d.country.as_str().to_owned());
            let id = match known.get(&key) {
                Some(id) => {
                    summary.organisations_matched += 1;
                    *id
                }
                None => {
                    let (id, _) = organisations::save(&mut tx, OrgKey::New, SaveMode::MergeCordis, d).await?;
                    summary.organisations_created += 1;
                    known.insert(key, id);
                    id
                }
            };
            unidentified_ids.push(id);
            bar.inc(1);
        }
    }
    let mut project_ids: HashMap<&str, i64> = HashMap::new();
    for p in &data.projects {
        let cordis_id = p.cordis_id.as_deref().unwrap_or_default();
        // A participant list names projects by id only: a stored project keeps its acronym.
        let stored = if data.unidentified.is_empty() {
            None
        } else {
            projects::find_by_cordis_id(&mut tx, cordis_id).await?
        };
        let id = match stored {
            Some(id) => id,
            None => projects::save(&mut tx, p).await?,
        };
        project_ids.insert(cordis_id, id);
        bar.inc(1);
    }
    for p in &data.project_facts {
        let (_, created) = projects::save_cordis(&mut tx, p).await?;
        if created {
            summary.projects_created += 1;
        } else {
            summary.projects_updated += 1;
        }
        bar.inc(1);
    }
    for ((project, org, role), cents) in &data.participations {
        if let (Some(p), Some(o)) = (project_ids.get(project.as_str()), org_ids.get(org.as_str())) {
            projects::save_participation(&mut tx, *p, *o, *role, *cents).await?;
            summary.participations += 1;
        }
        bar.inc(1);
    }
    for ((project, org, role), cents) in &data.unidentified_participations {
        if let (Some(p), Some(o)) = (project_ids.get(project.as_str()), unidentified_ids.get(*org)) {
            projects::save_participation(&mut tx, *p, *o, *role, *cents).await?;
            summary.participations += 1;
        }
        bar.inc(1);
    }
    tx.commit().await?;
    bar.finish_and_clear();
    summary.projects = data.projects.len() + data.project_facts.len();
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_whatever_their_accents_case_and_punctuation() {
        assert_eq!(name_key("Pôle  Mer Bretagne-Atlantique"), "polemerbretagneatlantique");
        assert_eq!(name_key("Société Lumière S.A.S."), name_key("SOCIETE LUMIERE SAS"));
        assert_eq!(
            name_key("FRAUNHOFER GESELLSCHAFT ZUR FOERDERUNG DER ANGEWANDTEN FORSCHUNG E.V."),
            name_key("Fraunhofer-Gesellschaft zur Foerderung der angewandten Forschung e. V.")
        );
    }

    #[test]
    fn cordis_amounts_become_cents() {
        assert_eq!(euros("1496205"), Ok(Cents(149_620_500)));
        assert_eq!(euros("1499860,5"), Ok(Cents(149_986_050)));
        assert_eq!(euros("1499860.125"), Ok(Cents(149_986_013)));
        assert!(euros("lots").is_err());
    }
}

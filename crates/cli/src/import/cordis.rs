//! `clusterhub import cordis FILE`: CORDIS open data. Two layouts are recognised by their header:
//!
//! * CORDIS' `organization.csv` (`;`-separated, 25 columns: projectID, projectAcronym,
//!   organisationID, … role, ecContribution …): organisations (one per organisationID),
//!   projects (one per projectID) and participations with role and EU contribution;
//! * a list of cluster organisations (`,`-separated: organisationID, name, … geolocation, …,
//!   n_participations …), whose rows become organisations of type cluster with coordinates.
//!
//! CORDIS writes EL for Greece and UK for the United Kingdom; they become GR and GB. Imports
//! merge with what is stored: curated fields (descriptions, taxonomies, a cluster's type) stay.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::time::Instant;

use domain::{
    Cents, Coordinates, CountryCode, NutsCode, OrganisationDraft, OrganisationType, ParticipationRole, ProjectDraft,
    Website,
};
use store::organisations::{self, OrgKey, SaveMode};
use store::{projects, Store};

use super::{csv_with_header, progress, read_file, rows, ImportError, RowError, Summary};

/// What a CORDIS file holds once read and checked.
#[derive(Debug, Default)]
pub struct CordisData {
    /// By organisationID, in first-seen order.
    pub organisations: Vec<OrganisationDraft>,
    pub projects: Vec<ProjectDraft>,
    /// (projectID, organisationID, role) → summed EU contribution.
    pub participations: BTreeMap<(String, String, ParticipationRole), Option<Cents>>,
    /// Values that were dropped without failing the row (e.g. a malformed web address).
    pub notes: Vec<RowError>,
}

const ORG_COLUMNS: &[&str] = &[
    "projectID",
    "projectAcronym",
    "organisationID",
    "name",
    "shortName",
    "SME",
    "activityType",
    "city",
    "country",
    "nutsCode",
    "geolocation",
    "organizationURL",
    "contentUpdateDate",
    "role",
    "ecContribution",
];
const CLUSTER_COLUMNS: &[&str] = &[
    "organisationID",
    "name",
    "shortName",
    "SME",
    "city",
    "country",
    "nutsCode",
    "geolocation",
    "organizationURL",
];

fn is_numeric_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 20 && s.bytes().all(|b| b.is_ascii_digit())
}

struct Row<'a> {
    header: &'a HashMap<String, usize>,
    record: &'a csv::StringRecord,
    errors: Vec<String>,
}

impl<'a> Row<'a> {
    fn get(&self, col: &str) -> &'a str {
        self.header
            .get(col)
            .and_then(|i| self.record.get(*i))
            .map(str::trim)
            .unwrap_or("")
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

    /// The organisation fields both layouts share.
    fn organisation(
        &mut self,
        kind: OrganisationType,
        location: &str,
        notes: &mut Vec<RowError>,
    ) -> Option<OrganisationDraft> {
        let cordis_id = self.id("organisationID");
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
                        location: location.to_owned(),
                        message: format!("organizationURL ignored: {e}"),
                    });
                    None
                }
            },
        };
        let is_sme = match self.get("SME") {
            "true" | "TRUE" | "1" => true,
            "false" | "FALSE" | "0" | "" => false,
            v => {
                self.fail("SME", format!("\"{v}\" is not true or false"));
                false
            }
        };
        let mut d = OrganisationDraft::new(self.get("name"), kind, country?);
        d.short_name = Some(self.get("shortName").to_owned());
        d.city = Some(self.get("city").to_owned());
        d.nuts_code = nuts;
        d.coordinates = coordinates;
        d.website = website;
        d.is_sme = is_sme;
        d.cordis_id = Some(cordis_id);
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
}

/// Reads and checks a CORDIS file. Returns the data of the valid rows and the invalid rows.
pub fn read(path: &Path) -> Result<(CordisData, Vec<RowError>), ImportError> {
    let text = read_file(path)?;
    let file = path.display().to_string();
    let first_line = text.lines().next().unwrap_or("");
    let delimiter = if first_line.contains(';') { b';' } else { b',' };
    let (mut reader, header_row) = csv_with_header(&text, delimiter, &file)?;
    let header: HashMap<String, usize> = header_row
        .iter()
        .enumerate()
        .map(|(i, h)| (h.trim().to_owned(), i))
        .collect();
    let is_participants = ORG_COLUMNS.iter().all(|c| header.contains_key(*c));
    let is_clusters = !is_participants && CLUSTER_COLUMNS.iter().all(|c| header.contains_key(*c));
    if !is_participants && !is_clusters {
        let missing: Vec<&str> = ORG_COLUMNS
            .iter()
            .copied()
            .filter(|c| !header.contains_key(*c))
            .collect();
        return Err(ImportError::Unreadable {
            file,
            message: format!(
                "not a CORDIS organization.csv (missing columns: {}) nor a list of cluster organisations",
                missing.join(", ")
            ),
        });
    }

    let mut data = CordisData::default();
    let mut errors = vec![];
    // organisationID → (index in data.organisations, contentUpdateDate of the row it came from)
    let mut org_index: HashMap<String, (usize, String)> = HashMap::new();
    let mut project_index: HashMap<String, usize> = HashMap::new();
    for result in rows(&mut reader, header_row.len()) {
        let (location, record) = match result {
            Ok(r) => r,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let mut row = Row {
            header: &header,
            record: &record,
            errors: vec![],
        };
        let kind = if is_clusters {
            OrganisationType::Cluster
        } else {
            OrganisationType::from_cordis_activity(row.get("activityType"))
        };
        let org = row.organisation(kind, &location, &mut data.notes);
        let mut participation = None;
        if is_participants {
            let project_id = row.id("projectID");
            let acronym = row.get("projectAcronym").to_owned();
            let project = ProjectDraft {
                acronym,
                cordis_id: Some(project_id.clone()),
                title: None,
                programme: Some("Horizon Europe".into()),
            }
            .validate();
            let role = ParticipationRole::parse(row.get("role"));
            let cents = match row.get("ecContribution") {
                "" => Ok(None),
                v => Cents::parse(v).map(Some),
            };
            match (project, role, cents) {
                (Ok(p), Ok(r), Ok(c)) => participation = Some((p, r, c)),
                (p, r, c) => {
                    if let Err(e) = p {
                        row.fail("projectAcronym", e);
                    }
                    if let Err(e) = r {
                        row.fail("role", e);
                    }
                    if let Err(e) = c {
                        row.fail("ecContribution", e);
                    }
                }
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
            let pid = project.cordis_id.clone().unwrap_or_default();
            if !project_index.contains_key(&pid) {
                project_index.insert(pid.clone(), data.projects.len());
                data.projects.push(project);
            }
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
    let total = data.organisations.len() + data.projects.len() + data.participations.len();
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
    let mut project_ids: HashMap<&str, i64> = HashMap::new();
    for p in &data.projects {
        let id = projects::save(&mut tx, p).await?;
        project_ids.insert(p.cordis_id.as_deref().unwrap_or_default(), id);
        bar.inc(1);
    }
    for ((project, org, role), cents) in &data.participations {
        if let (Some(p), Some(o)) = (project_ids.get(project.as_str()), org_ids.get(org.as_str())) {
            projects::save_participation(&mut tx, *p, *o, *role, *cents).await?;
            summary.participations += 1;
        }
        bar.inc(1);
    }
    tx.commit().await?;
    bar.finish_and_clear();
    summary.projects = data.projects.len();
    Ok(summary)
}

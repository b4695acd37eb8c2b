//! Leave-one-out evaluation on real Horizon Europe consortia (CORDIS): for each of the 463
//! projects of `cordis/he_organizations_subset.csv`, one participant is hidden (chosen by a seeded
//! random draw) and every organisation of the file is ranked for the project, the query being the
//! other participants and the project's topic. The project itself is removed from what anyone is
//! known to have done, so no method sees the answer. Shared by the `consortia` example (which
//! prints the table) and the quality test.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use domain::{CountryCode, OrganisationType};
use matching::metrics::Quality;
use matching::{Accept, Entity, Index, Key, Query, Subject, Weights};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

pub const SEED: u64 = 20_261_123;

/// Where the shared open data lives: `CLUSTERHUB_DATA` or `../shared/data` beside the checkout.
pub fn data_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("CLUSTERHUB_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    dir.join("cordis/he_organizations_subset.csv").exists().then_some(dir)
}

struct Member {
    org: u32,
    coordinator: bool,
}

struct Org {
    name: String,
    kind: OrganisationType,
    country: Option<CountryCode>,
}

struct ProjectData {
    members: Vec<Member>,
    topic_tags: Vec<String>,
    topic_text: String,
    /// EuroSciVoc fields: part of what participants are known for, never of the query.
    field_tags: Vec<String>,
    field_text: String,
}

pub struct Data {
    orgs: Vec<Org>,
    projects: Vec<ProjectData>,
    /// Per organisation, the projects it is in.
    org_projects: Vec<Vec<u32>>,
}

fn reader(path: &Path, delimiter: u8) -> Result<csv::Reader<std::fs::File>, String> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_path(path)
        .map_err(|e| format!("{}: {e}", path.display()))
}

impl Data {
    pub fn load(dir: &Path) -> Result<Self, String> {
        let mut org_ids: HashMap<String, u32> = HashMap::new();
        let mut orgs = Vec::new();
        let mut by_project: BTreeMap<String, Vec<Member>> = BTreeMap::new();
        let path = dir.join("cordis/he_organizations_subset.csv");
        let mut r = reader(&path, b';')?;
        let headers = r.headers().map_err(|e| e.to_string())?.clone();
        let col = |name: &str| {
            headers
                .iter()
                .position(|h| h == name)
                .ok_or_else(|| format!("{}: no column {name}", path.display()))
        };
        let (c_project, c_org, c_name, c_type, c_country, c_role) = (
            col("projectID")?,
            col("organisationID")?,
            col("name")?,
            col("activityType")?,
            col("country")?,
            col("role")?,
        );
        for row in r.records() {
            let row = row.map_err(|e| e.to_string())?;
            let get = |i: usize| row.get(i).unwrap_or("").trim();
            let org = *org_ids.entry(get(c_org).to_owned()).or_insert_with(|| {
                orgs.push(Org {
                    name: get(c_name).to_owned(),
                    kind: OrganisationType::from_cordis_activity(get(c_type)),
                    country: CountryCode::from_cordis(get(c_country)).ok(),
                });
                (orgs.len() - 1) as u32
            });
            let members = by_project.entry(get(c_project).to_owned()).or_default();
            if !members.iter().any(|m| m.org == org) {
                members.push(Member {
                    org,
                    coordinator: get(c_role) == "coordinator",
                });
            }
        }
        let mut topics: HashMap<String, (String, String)> = HashMap::new();
        for row in reader(&dir.join("cordis/he_project_topics.csv"), b',')?.records() {
            let row = row.map_err(|e| e.to_string())?;
            let id = row.get(0).unwrap_or("").to_owned();
            if by_project.contains_key(&id) {
                topics.insert(
                    id,
                    (row.get(1).unwrap_or("").to_owned(), row.get(2).unwrap_or("").to_owned()),
                );
            }
        }
        let mut fields: HashMap<String, (Vec<String>, String)> = HashMap::new();
        for row in reader(&dir.join("cordis/he_project_euroscivoc_subset.csv"), b',')?.records() {
            let row = row.map_err(|e| e.to_string())?;
            let id = row.get(0).unwrap_or("").to_owned();
            let entry = fields.entry(id).or_default();
            let code = row.get(1).unwrap_or("");
            // Each level of the field's path is a tag: /21/33/123 → /21, /21/33, /21/33/123.
            let mut prefix = String::new();
            for part in code.split('/').filter(|p| !p.is_empty()) {
                prefix.push('/');
                prefix.push_str(part);
                entry.0.push(format!("field:{prefix}"));
            }
            entry.1.push_str(row.get(3).unwrap_or(""));
            entry.1.push(' ');
        }
        let mut org_projects = vec![Vec::new(); orgs.len()];
        let mut projects = Vec::new();
        for (id, members) in by_project {
            let (code, title) = topics.remove(&id).unwrap_or_default();
            let (field_tags, field_text) = fields.remove(&id).unwrap_or_default();
            for m in &members {
                org_projects[m.org as usize].push(projects.len() as u32);
            }
            projects.push(ProjectData {
                members,
                topic_tags: matching::topic_tags(&code),
                topic_text: title,
                field_tags,
                field_text,
            });
        }
        Ok(Self {
            orgs,
            projects,
            org_projects,
        })
    }

    pub fn projects(&self) -> usize {
        self.projects.len()
    }

    pub fn organisations(&self) -> usize {
        self.orgs.len()
    }

    /// Every organisation as known from every project.
    pub fn all_entities(&self) -> Vec<Entity> {
        self.entities(u32::MAX)
    }

    /// A project's topic, as a query asks with it: its tags and its text.
    pub fn topic(&self, p: usize) -> (Vec<String>, String) {
        let project = &self.projects[p];
        (project.topic_tags.clone(), project.topic_text.clone())
    }

    /// Every organisation as known without project `held_out`.
    fn entities(&self, held_out: u32) -> Vec<Entity> {
        self.orgs
            .iter()
            .enumerate()
            .map(|(o, org)| {
                let mut e = Entity::new(
                    Key::Organisation(o as i64),
                    org.name.clone(),
                    Subject::Organisation(org.kind),
                );
                e.country = org.country;
                let mut partners: HashMap<u32, u32> = HashMap::new();
                for &p in self.org_projects[o].iter().filter(|&&p| p != held_out) {
                    let project = &self.projects[p as usize];
                    e.projects += 1;
                    e.tags.extend(project.topic_tags.iter().cloned());
                    e.tags.extend(project.field_tags.iter().cloned());
                    e.text.push_str(&project.topic_text);
                    e.text.push(' ');
                    e.text.push_str(&project.field_text);
                    e.text.push(' ');
                    for m in &project.members {
                        if m.org as usize == o {
                            e.coordinated += u32::from(m.coordinator);
                        } else {
                            *partners.entry(m.org).or_default() += 1;
                        }
                    }
                }
                e.partners = partners
                    .into_iter()
                    .map(|(p, n)| (Key::Organisation(p as i64), n))
                    .collect();
                e
            })
            .collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Clusterhub,
    Random,
    MostActive,
    TextOnly,
}

impl Method {
    pub const ALL: [Method; 4] = [Method::Clusterhub, Method::Random, Method::MostActive, Method::TextOnly];

    pub fn name(self) -> &'static str {
        match self {
            Method::Clusterhub => "clusterhub",
            Method::Random => "random",
            Method::MostActive => "most active first",
            Method::TextOnly => "text similarity alone",
        }
    }
}

/// The results of every method over the same held-out partners.
pub struct Report {
    pub quality: Vec<(Method, Quality)>,
    /// Queries whose hidden partner is in at least one other project (the findable ones).
    pub findable: usize,
}

/// Where `hidden` lands: among the ranked list, or else at a random place among the rest (a method
/// that retrieves fewer candidates is not thereby favoured).
fn place(ranked: &[u32], hidden: u32, candidates: usize, rng: &mut ChaCha8Rng) -> Option<usize> {
    if let Some(i) = ranked.iter().position(|&c| c == hidden) {
        return Some(i + 1);
    }
    let rest = candidates - ranked.len();
    (rest > 0).then(|| ranked.len() + rng.gen_range(1..=rest))
}

/// Which partners are hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    /// One partner per consortium, drawn at random (seeded): the measure the issue asks for.
    OnePerConsortium,
    /// Each partner of each consortium in turn: ten times the queries, so less chance in the figures.
    EveryPartner,
}

pub fn evaluate(data: &Data, weights: &Weights, protocol: Protocol) -> Report {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunks: Vec<Vec<(Method, Quality, usize)>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                s.spawn(move || {
                    let mut quality: Vec<(Method, Quality, usize)> =
                        Method::ALL.iter().map(|m| (*m, Quality::default(), 0)).collect();
                    for p in (t..data.projects.len()).step_by(threads) {
                        evaluate_one(data, weights, protocol, p as u32, &mut quality);
                    }
                    quality
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("evaluation thread"))
            .collect()
    });
    let mut quality: Vec<(Method, Quality)> = Method::ALL.iter().map(|m| (*m, Quality::default())).collect();
    let mut findable = 0;
    for chunk in chunks {
        for (i, (_, q, f)) in chunk.into_iter().enumerate() {
            quality[i].1.merge(&q);
            if i == 0 {
                findable += f;
            }
        }
    }
    Report { quality, findable }
}

/// Ranks for one held-out project; each project draws from its own seeded generator, so the
/// outcome does not depend on how projects are spread over threads.
fn evaluate_one(data: &Data, weights: &Weights, protocol: Protocol, p: u32, quality: &mut [(Method, Quality, usize)]) {
    let project = &data.projects[p as usize];
    let mut rng = ChaCha8Rng::seed_from_u64(SEED ^ u64::from(p));
    let hidden_ones: Vec<u32> = match protocol {
        Protocol::OnePerConsortium => vec![project.members[rng.gen_range(0..project.members.len())].org],
        Protocol::EveryPartner => project.members.iter().map(|m| m.org).collect(),
    };
    let entities = data.entities(p);
    let activity: Vec<u32> = entities.iter().map(|e| e.projects).collect();
    let index = Index::build(entities);
    for hidden in hidden_ones {
        let findable = usize::from(data.org_projects[hidden as usize].len() > 1);
        let visible: Vec<u32> = project.members.iter().map(|m| m.org).filter(|&o| o != hidden).collect();
        let candidates: Vec<u32> = (0..data.orgs.len() as u32).filter(|o| !visible.contains(o)).collect();
        let query = Query {
            exclude: visible.iter().map(|&o| Key::Organisation(o as i64)).collect(),
            partners: visible.iter().map(|&o| Key::Organisation(o as i64)).collect(),
            tags: project.topic_tags.clone(),
            text: project.topic_text.clone(),
            accept: Accept::organisations(),
            limit: candidates.len(),
            ..Query::default()
        };
        let ranked = |w: &Weights| -> Vec<u32> {
            index
                .recommend(&query, w)
                .iter()
                .filter_map(|r| match r.key {
                    Key::Organisation(o) => Some(o as u32),
                    Key::Opportunity(_) => None,
                })
                .collect()
        };
        for (method, q, f) in quality.iter_mut() {
            *f += findable;
            let list = match method {
                Method::Clusterhub => ranked(weights),
                Method::TextOnly => ranked(&Weights::text_only()),
                Method::Random => {
                    let mut all = candidates.clone();
                    all.shuffle(&mut rng);
                    all
                }
                Method::MostActive => {
                    let mut all = candidates.clone();
                    all.shuffle(&mut rng);
                    all.sort_by_key(|&o| std::cmp::Reverse(activity[o as usize]));
                    all
                }
            };
            q.add(place(&list, hidden, candidates.len(), &mut rng));
        }
    }
}

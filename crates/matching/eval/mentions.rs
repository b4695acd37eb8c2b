//! The evaluation of mention recognition: the labelled texts of `eval/mentions/`, the fixture
//! directory next to them, the real CORDIS organisations, projects and funding calls of
//! `../shared/data` as the rest of a large directory, and the country, technology and ecosystem
//! names of the interface's locale files, built into one gazetteer the way the platform builds it.
//! Shared by the example that prints the figures and the test that holds them.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use matching::mentions::{Context, Entity, Gazetteer, MentionKind};

pub fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn shared_data() -> PathBuf {
    manifest().join("../../../shared/data")
}

pub struct Text {
    pub file: String,
    pub language: String,
    pub body: String,
    /// (kind, key) labelled as mentioned.
    pub labels: HashSet<(MentionKind, String)>,
    /// Organisations named that the directory does not have, folded.
    pub candidates: HashSet<String>,
}

fn fold(s: &str) -> String {
    deunicode::deunicode(s).to_lowercase()
}

pub fn texts() -> Vec<Text> {
    let dir = manifest().join("eval/mentions/texts");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    files.iter().map(|p| parse_text(p)).collect()
}

fn parse_text(path: &Path) -> Text {
    let file = path.file_name().expect("file name").to_string_lossy().into_owned();
    let raw = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{file}: {e}"));
    let rest = raw
        .strip_prefix("---\n")
        .unwrap_or_else(|| panic!("{file}: no front matter"));
    let (head, body) = rest
        .split_once("\n---\n")
        .unwrap_or_else(|| panic!("{file}: front matter not closed"));
    let mut text = Text {
        file: file.clone(),
        language: String::new(),
        body: body.to_owned(),
        labels: HashSet::new(),
        candidates: HashSet::new(),
    };
    for line in head.lines() {
        let (field, value) = line.split_once(':').unwrap_or_else(|| panic!("{file}: line {line:?}"));
        let values = value.split(',').map(str::trim).filter(|v| !v.is_empty());
        match field.trim() {
            "language" => text.language = value.trim().to_owned(),
            "kind" | "source" => {}
            "candidate" => text.candidates.extend(values.map(fold)),
            other => {
                let kind = MentionKind::parse(other).unwrap_or_else(|| panic!("{file}: unknown label {other:?}"));
                text.labels.extend(values.map(|v| (kind, v.to_owned())));
            }
        }
    }
    assert!(!text.language.is_empty(), "{file}: no language");
    text
}

fn csv_rows(path: &Path, delimiter: u8) -> Vec<HashMap<String, String>> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_path(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let headers = reader.headers().expect("headers").clone();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_owned(), v.to_owned()))
                .collect()
        })
        .collect()
}

/// `id = value` lines of a Fluent file with the given prefix, by id without it.
fn messages(path: &Path, prefix: &str) -> Vec<(String, String)> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .filter_map(|l| l.split_once(" = "))
        .filter_map(|(id, v)| id.strip_prefix(prefix).map(|id| (id.to_owned(), v.to_owned())))
        .collect()
}

pub const LANGUAGES: &[&str] = &["en", "de", "fr", "da"];

/// The directory of the evaluation: the fixture, and the CORDIS data when it is there (`None`
/// when `../shared/data` is missing).
pub fn entities() -> Option<Vec<Entity>> {
    let data = shared_data();
    if !data.join("cordis/he_organizations_subset.csv").exists() {
        return None;
    }
    let mut out = Vec::new();
    let organisation = |out: &mut Vec<Entity>, key: &str, name: &str, short: &str, country: &str, city: &str| {
        let country = match country {
            "EL" => "GR",
            "UK" => "GB",
            c => c,
        };
        out.push(Entity::organisation(key, name, Some(short), country, Some(city)));
    };
    let dir = manifest().join("eval/mentions");
    // Cities are those of the fixture directory, as the labels are.
    let mut cities: BTreeMap<String, (String, String)> = BTreeMap::new();
    for r in csv_rows(&dir.join("organisations.csv"), b',') {
        organisation(
            &mut out,
            &r["key"],
            &r["name"],
            &r["short_name"],
            &r["country"],
            &r["city"],
        );
        let city = r["city"].trim();
        if !city.is_empty() {
            cities
                .entry(fold(city))
                .or_insert_with(|| (city.to_owned(), r["country"].clone()));
        }
    }
    for r in csv_rows(&dir.join("events.csv"), b',') {
        out.push(Entity::event(&r["key"], &r["title"]));
    }
    let mut seen = HashSet::new();
    let mut projects = HashSet::new();
    for r in csv_rows(&data.join("cordis/he_organizations_subset.csv"), b';') {
        if seen.insert(r["organisationID"].clone()) {
            let key = format!("cordis-{}", r["organisationID"]);
            organisation(&mut out, &key, &r["name"], &r["shortName"], &r["country"], &r["city"]);
        }
        if projects.insert(r["projectID"].clone()) {
            out.push(Entity::project(&r["projectID"], &r["projectAcronym"], None));
        }
    }
    for r in csv_rows(&data.join("clusters/cordis_he_cluster_organisations.csv"), b',') {
        if seen.insert(r["organisationID"].clone()) {
            let key = format!("cordis-{}", r["organisationID"]);
            organisation(&mut out, &key, &r["name"], &r["shortName"], &r["country"], &r["city"]);
        }
    }
    for r in csv_rows(&data.join("funding_calls/ft_calls_open_2024-10-26.csv"), b',') {
        out.push(Entity::call(&r["identifier"], &r["identifier"], &r["title"]));
    }
    for (name, country) in cities.into_values() {
        out.push(Entity::city(&name, &country));
    }
    let locales = manifest().join("../web/locales");
    let mut countries: BTreeMap<String, Vec<(&str, String)>> = BTreeMap::new();
    let mut terms: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for &language in LANGUAGES {
        for (code, name) in messages(&locales.join(language).join("countries.ftl"), "country-") {
            countries.entry(code).or_default().push((language, name));
        }
        for (key, list) in messages(&locales.join(language).join("mentions.ftl"), "mentions-") {
            match key.strip_prefix("country-") {
                Some(code) => countries
                    .entry(code.to_owned())
                    .or_default()
                    .extend(list.split(',').map(|n| (language, n.trim().to_owned()))),
                None => terms.entry(key).or_default().push(list),
            }
        }
    }
    for (code, names) in &countries {
        out.push(Entity::country(code, names.iter().map(|(l, n)| (*l, n.as_str()))));
    }
    for (key, lists) in &terms {
        let kind = if key.starts_with("ecosystem-") {
            MentionKind::Ecosystem
        } else {
            MentionKind::Technology
        };
        out.push(Entity::terms(kind, key, lists.iter().map(String::as_str)));
    }
    Some(out)
}

#[derive(Default, Clone, Copy)]
pub struct Count {
    pub true_positives: usize,
    pub false_positives: usize,
    pub false_negatives: usize,
}

impl Count {
    pub fn precision(&self) -> f64 {
        let found = self.true_positives + self.false_positives;
        if found == 0 {
            1.0
        } else {
            self.true_positives as f64 / found as f64
        }
    }

    pub fn recall(&self) -> f64 {
        let labelled = self.true_positives + self.false_negatives;
        if labelled == 0 {
            1.0
        } else {
            self.true_positives as f64 / labelled as f64
        }
    }
}

pub struct Outcome {
    pub per_kind: BTreeMap<MentionKind, Count>,
    pub candidates: Count,
    /// One line per wrong or missing mention: file, kind, key.
    pub errors: Vec<String>,
}

/// Document-level precision and recall: each text's set of recognised entities against its labels.
pub fn evaluate(gazetteer: &Gazetteer, texts: &[Text]) -> Outcome {
    let mut per_kind: BTreeMap<MentionKind, Count> = MentionKind::ALL.iter().map(|k| (*k, Count::default())).collect();
    let mut candidates = Count::default();
    let mut errors = Vec::new();
    for t in texts {
        let r = gazetteer.recognise(
            &t.body,
            &Context {
                language: t.language.clone(),
                countries: vec![],
            },
        );
        let found: HashSet<(MentionKind, String)> =
            r.entities().into_iter().map(|(k, key)| (k, key.to_owned())).collect();
        for m in &found {
            let c = per_kind.get_mut(&m.0).expect("every kind counted");
            if t.labels.contains(m) {
                c.true_positives += 1;
            } else {
                c.false_positives += 1;
                let at = r
                    .mentions
                    .iter()
                    .find(|x| x.kind == m.0 && x.key == m.1)
                    .expect("found");
                errors.push(format!(
                    "{}: wrong {} {} ({:?})",
                    t.file,
                    m.0.as_str(),
                    m.1,
                    &t.body[at.start..at.end]
                ));
            }
        }
        for m in t.labels.difference(&found) {
            per_kind.get_mut(&m.0).expect("every kind counted").false_negatives += 1;
            errors.push(format!("{}: missed {} {}", t.file, m.0.as_str(), m.1));
        }
        let named: HashSet<String> = r.candidates.iter().map(|c| fold(&c.name)).collect();
        for c in named.difference(&t.candidates) {
            errors.push(format!("{}: wrong candidate {c:?}", t.file));
        }
        for c in t.candidates.difference(&named) {
            errors.push(format!("{}: missed candidate {c:?}", t.file));
        }
        candidates.true_positives += named.intersection(&t.candidates).count();
        candidates.false_positives += named.difference(&t.candidates).count();
        candidates.false_negatives += t.candidates.difference(&named).count();
    }
    Outcome {
        per_kind,
        candidates,
        errors,
    }
}

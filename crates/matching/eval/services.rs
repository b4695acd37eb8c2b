//! The evaluation of service proposals: the catalogue and the labelled SME challenges of
//! `eval/services/` (see its README), turned into the ranking's entities and challenges the way
//! the platform turns stored services and organisations into them. Shared by the example that
//! prints the figures and the test that holds them.

use std::path::PathBuf;

use domain::service::ServiceKind;
use domain::CountryCode;
use matching::services::{Challenge, Figures, Mode, ServiceEntity, ServiceIndex};

#[derive(Debug, Clone, serde::Deserialize)]
pub struct Entry {
    #[serde(rename = "ref")]
    pub reference: String,
    pub centre: String,
    pub country: String,
    pub lat: f64,
    pub lon: f64,
    pub language: String,
    pub name: String,
    pub description: String,
    pub kind: String,
    #[serde(default)]
    pub technologies: Vec<String>,
    #[serde(default)]
    pub critical_technologies: Vec<String>,
    #[serde(default)]
    pub ecosystems: Vec<String>,
    pub trl_from: u8,
    pub trl_to: u8,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub countries_served: Vec<String>,
}

#[derive(Debug, Clone, serde::Deserialize)]
pub struct Case {
    pub id: String,
    pub language: String,
    pub country: String,
    pub lat: f64,
    pub lon: f64,
    pub trl: Option<u8>,
    pub text: String,
    pub fits: Vec<String>,
}

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("eval/services")
}

fn read<T: serde::de::DeserializeOwned>(file: &str) -> T {
    let path = dir().join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn catalogue() -> Vec<Entry> {
    read("catalogue.json")
}

pub fn challenges() -> Vec<Case> {
    read("challenges.json")
}

/// The catalogue's services as the platform indexes them: ids from 1 in file order, one
/// provider per centre.
pub fn entities(catalogue: &[Entry]) -> Vec<ServiceEntity> {
    let mut centres: Vec<&str> = Vec::new();
    catalogue
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let provider = match centres.iter().position(|c| *c == e.centre) {
                Some(p) => p,
                None => {
                    centres.push(&e.centre);
                    centres.len() - 1
                }
            };
            entity(i as i64 + 1, provider as i64 + 1, e)
        })
        .collect()
}

pub fn entity(id: i64, provider: i64, e: &Entry) -> ServiceEntity {
    let mut tags: Vec<String> = e.technologies.iter().map(|t| format!("ket:{t}")).collect();
    tags.extend(e.critical_technologies.iter().map(|t| format!("cta:{t}")));
    tags.extend(e.ecosystems.iter().map(|t| format!("ecosystem:{t}")));
    ServiceEntity {
        id,
        provider,
        kind: e
            .kind
            .parse::<ServiceKind>()
            .unwrap_or_else(|m| panic!("{}: {m}", e.reference)),
        tags,
        trl: (e.trl_from, e.trl_to),
        languages: if e.languages.is_empty() {
            vec![e.language.clone()]
        } else {
            e.languages.clone()
        },
        programmes: Vec::new(),
        countries: e
            .countries_served
            .iter()
            .map(|c| CountryCode::parse(c).unwrap_or_else(|m| panic!("{}: {m}", e.reference)))
            .collect(),
        country: CountryCode::parse(&e.country).ok(),
        position: Some((e.lat, e.lon)),
        texts: vec![(e.language.clone(), format!("{}\n{}", e.name, e.description))],
        figures: Figures::default(),
    }
}

pub fn challenge(c: &Case) -> Challenge {
    Challenge {
        text: c.text.clone(),
        language: c.language.clone(),
        trl: c.trl,
        country: CountryCode::parse(&c.country).ok(),
        position: Some((c.lat, c.lon)),
        ..Challenge::default()
    }
}

/// How a mode does on the labelled challenges.
#[derive(Debug, Clone, Default)]
pub struct Score {
    pub cases: usize,
    /// Challenges with a fitting service in the top 5.
    pub hits: usize,
    /// Mean reciprocal rank of the first fitting service (0 when none in the top 10).
    pub mrr: f64,
    /// Per language: (cases, hits).
    pub by_language: std::collections::BTreeMap<String, (usize, usize)>,
    /// The ids of the challenges without a fitting service in the top 5.
    pub misses: Vec<String>,
}

impl Score {
    pub fn rate(&self) -> f64 {
        self.hits as f64 / self.cases.max(1) as f64
    }
}

pub fn evaluate(index: &ServiceIndex, catalogue: &[Entry], cases: &[Case], mode: Mode) -> Score {
    let mut s = Score::default();
    for c in cases {
        let fits: Vec<i64> = c
            .fits
            .iter()
            .map(|r| {
                catalogue
                    .iter()
                    .position(|e| e.reference == *r)
                    .unwrap_or_else(|| panic!("{}: no service {r}", c.id)) as i64
                    + 1
            })
            .collect();
        let top = index.propose(&challenge(c), mode, 10);
        let first = top.iter().position(|p| fits.contains(&p.service));
        let hit = first.is_some_and(|r| r < 5);
        s.cases += 1;
        s.hits += usize::from(hit);
        s.mrr += first.map_or(0.0, |r| 1.0 / (r + 1) as f64);
        let l = s.by_language.entry(c.language.clone()).or_default();
        l.0 += 1;
        l.1 += usize::from(hit);
        if !hit {
            s.misses.push(c.id.clone());
        }
    }
    s.mrr /= s.cases.max(1) as f64;
    s
}

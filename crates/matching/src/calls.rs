//! Which funding calls fit an organisation, and why.
//!
//! A call is a text (title and description) with a topic code; an organisation brings its
//! technologies and ecosystems (the EU taxonomies), its descriptions, its kind, its country and
//! the topics of the projects it took part in. Five features, each with the reason it gives:
//!
//! | feature | weight | reason |
//! |---|---:|---|
//! | taxonomy: share of the organisation's technologies and ecosystems whose terms the call uses | 3.0 | the terms found, per tag |
//! | track record: the call's topic shares a programme part with one of its past projects' topics | 2.0 | the shared part |
//! | text: tf-idf cosine of the call and the organisation's descriptions (English stems) | 2.0 | the strongest shared words |
//! | kind: the call addresses SMEs (a company), cluster organisations (a cluster) or research (a centre) | 1.0 | who it addresses |
//! | country: EU Member States and EEA countries take part in every EU programme | ×1, else ×0.5 | eligible, or "check" |
//!
//! Only calls open or forthcoming at the instant asked about are ranked, and only those with a
//! taxonomy, track-record or text signal: a call is never recommended for the kind or country alone.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use domain::funding::{CallStatus, FundingCall};
use domain::{CountryCode, CriticalTechnology, Ecosystem, KeyEnablingTechnology, OrganisationType, Taxonomy};

use crate::text::words;

pub const WEIGHT_TAXONOMY: f64 = 3.0;
pub const WEIGHT_TRACK_RECORD: f64 = 2.0;
pub const WEIGHT_TEXT: f64 = 2.0;
pub const WEIGHT_KIND: f64 = 1.0;
/// Cosine below this is noise (shared boilerplate words).
const MIN_COSINE: f64 = 0.04;
/// Words in more than this share of the calls ("organisations", "project") say nothing about
/// fit; they are left out of the text feature and its reasons.
const MAX_DOC_SHARE: f64 = 0.25;
const MAX_WORDS: usize = 20_000;

/// English terms that show a call is about a taxonomy value. Single words match their stem
/// anywhere in the call; phrases need every word.
fn terms(facet: &str, slug: &str) -> &'static [&'static str] {
    match (facet, slug) {
        ("ket", "micro-nanoelectronics") => &["microelectronics", "nanoelectronics", "semiconductor", "chips"],
        ("ket", "nanotechnology") => &["nanotechnology", "nanomaterials", "nanoscale"],
        ("ket", "photonics") => &["photonics", "laser", "optical"],
        ("ket", "advanced-materials") => &["advanced materials", "composites", "nanomaterials"],
        ("ket", "industrial-biotechnology") => &["biotechnology", "bio-based", "enzymes", "biomanufacturing"],
        ("ket", "advanced-manufacturing") => &["manufacturing", "industry 4.0", "production processes"],
        ("cta", "semiconductors") => &["semiconductor", "chips", "microelectronics"],
        ("cta", "artificial-intelligence") => &["artificial intelligence", "machine learning", "AI"],
        ("cta", "quantum") => &["quantum"],
        ("cta", "biotechnologies") => &["biotechnology", "genomics", "biotech"],
        ("cta", "connectivity-navigation-digital") => {
            &["connectivity", "5G", "6G", "navigation", "cybersecurity", "networks"]
        }
        ("cta", "sensing") => &["sensors", "sensing", "imaging"],
        ("cta", "space-propulsion") => &["space", "satellite", "propulsion", "launcher"],
        ("cta", "energy") => &["energy", "hydrogen", "batteries", "fusion", "photovoltaic"],
        ("cta", "robotics-autonomous-systems") => &["robotics", "robots", "autonomous", "drones"],
        ("cta", "materials-manufacturing-recycling") => {
            &["advanced materials", "recycling", "circular", "manufacturing"]
        }
        ("ecosystem", "aerospace-defence") => &["aerospace", "defence", "defense", "aviation", "space"],
        ("ecosystem", "agri-food") => &["agriculture", "agri-food", "food", "farming"],
        ("ecosystem", "construction") => &["construction", "buildings"],
        ("ecosystem", "cultural-creative") => &["cultural", "creative", "media"],
        ("ecosystem", "digital") => &["digital", "data", "software", "cloud"],
        ("ecosystem", "electronics") => &["electronics", "electronic components"],
        ("ecosystem", "energy-intensive") => &["steel", "chemicals", "cement", "energy-intensive"],
        ("ecosystem", "energy-renewables") => &["renewable", "solar", "wind", "hydrogen"],
        ("ecosystem", "health") => &["health", "medical", "clinical", "pharmaceutical"],
        ("ecosystem", "mobility-transport-automotive") => &["mobility", "transport", "automotive", "vehicles"],
        ("ecosystem", "proximity-social-economy") => &["social economy", "proximity"],
        ("ecosystem", "retail") => &["retail"],
        ("ecosystem", "textiles") => &["textiles", "fashion", "apparel"],
        ("ecosystem", "tourism") => &["tourism"],
        _ => &[],
    }
}

const EU: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV",
    "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];
const EEA: &[&str] = &["IS", "LI", "NO"];

/// What the ranking knows of an organisation.
#[derive(Debug, Clone, Default)]
pub struct OrgProfile {
    pub kind: Option<OrganisationType>,
    pub is_sme: bool,
    pub country: Option<CountryCode>,
    pub ecosystems: Vec<Ecosystem>,
    pub technologies: Vec<KeyEnablingTechnology>,
    pub critical_technologies: Vec<CriticalTechnology>,
    /// Its descriptions, in any language.
    pub text: String,
    /// The topic codes of the projects it took part in.
    pub past_topics: Vec<String>,
}

/// Why a call fits, as data for the interface to word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallReason {
    /// The call uses terms of one of the organisation's taxonomy values (its message id).
    Taxonomy {
        message_id: String,
        words: Vec<String>,
    },
    /// The call's topic belongs to a programme part the organisation had projects in.
    TrackRecord {
        part: String,
    },
    /// The strongest words the call and the organisation's descriptions share.
    Words {
        words: Vec<String>,
    },
    ForSmes,
    ForClusters,
    ForResearch,
    /// EU or EEA: eligible in every EU programme.
    Eligible,
    /// Elsewhere: eligibility depends on the programme's association agreements.
    CheckEligibility {
        country: String,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct CallMatch {
    /// The position of the call in the index.
    pub call: usize,
    pub score: f64,
    pub reasons: Vec<CallReason>,
}

struct Doc {
    stems: HashMap<String, f64>,
    first_word: HashMap<String, String>,
    norm: f64,
    topic_parts: Vec<String>,
    smes: bool,
    clusters: bool,
    research: bool,
}

/// The calls, analysed once (their stems, tf-idf vectors and topic parts).
pub struct CallIndex {
    calls: Vec<FundingCall>,
    docs: Vec<Doc>,
    idf: HashMap<String, f64>,
}

/// Programme parts of a topic code without the year: "HORIZON-CL4-2024-DIGITAL-EMERGING-01-05"
/// gives "HORIZON-CL4-DIGITAL-EMERGING-01", "HORIZON-CL4-DIGITAL-EMERGING", "HORIZON-CL4-DIGITAL";
/// the programme alone ("HORIZON-CL4") is too broad to count as a track record.
fn topic_parts(code: &str) -> Vec<String> {
    let parts: Vec<String> = code
        .split(['-', '_', ' ', '/'])
        .map(|p| p.trim().to_ascii_uppercase())
        .filter(|p| !p.is_empty() && !crate::is_year(p))
        .take(8)
        .collect();
    (3..parts.len()).map(|n| parts[..n].join("-")).collect()
}

impl CallIndex {
    pub fn new(calls: Vec<FundingCall>) -> Self {
        let mut df: HashMap<String, usize> = HashMap::new();
        let mut raw = Vec::with_capacity(calls.len());
        for c in &calls {
            let text = format!("{} {}", c.title, domain::html::text(&c.description_html));
            let mut tf: HashMap<String, f64> = HashMap::new();
            let mut first_word = HashMap::new();
            for (stem, word) in words(&text, MAX_WORDS) {
                *tf.entry(stem.clone()).or_default() += 1.0;
                first_word.entry(stem).or_insert(word);
            }
            for s in tf.keys() {
                *df.entry(s.clone()).or_default() += 1;
            }
            let a = c.audience();
            let (smes, clusters, research) = (a.smes, a.clusters, a.research);
            raw.push((tf, first_word, smes, clusters, research));
        }
        let n = calls.len().max(1) as f64;
        // With few calls every share is coarse; the cut applies from a dozen on.
        let common = |d: usize| calls.len() >= 12 && d as f64 / n > MAX_DOC_SHARE;
        let idf: HashMap<String, f64> = df
            .into_iter()
            .filter(|(_, d)| !common(*d))
            .map(|(s, d)| (s, (n / d as f64).ln() + 1.0))
            .collect();
        let docs = raw
            .into_iter()
            .zip(&calls)
            .map(|((tf, first_word, smes, clusters, research), c)| {
                // Taxonomy terms match against every stem; the text feature only against
                // those that are not common (zero weight).
                let stems: HashMap<String, f64> = tf
                    .into_iter()
                    .map(|(s, f)| {
                        let w = idf.get(&s).map(|idf| (1.0 + f64::ln(f)) * idf).unwrap_or(0.0);
                        (s, w)
                    })
                    .collect();
                let norm = stems.values().map(|w| w * w).sum::<f64>().sqrt();
                Doc {
                    stems,
                    first_word,
                    norm,
                    topic_parts: topic_parts(&c.identifier),
                    smes,
                    clusters,
                    research,
                }
            })
            .collect();
        Self { calls, docs, idf }
    }

    pub fn calls(&self) -> &[FundingCall] {
        &self.calls
    }

    /// The technologies and ecosystems (their message ids, such as `ket-photonics` or
    /// `ecosystem-health`) whose terms call `i` uses: what a call is about, for those who follow
    /// a technology rather than rank calls for a profile.
    pub fn taxonomy_of(&self, i: usize) -> Vec<String> {
        let Some(doc) = self.docs.get(i) else {
            return vec![];
        };
        let uses = |facet: &str, slug: &str| {
            terms(facet, slug).iter().any(|phrase| {
                let stems: Vec<String> = words(phrase, 10).into_iter().map(|(s, _)| s).collect();
                !stems.is_empty() && stems.iter().all(|s| doc.stems.contains_key(s))
            })
        };
        let mut found = Vec::new();
        found.extend(
            KeyEnablingTechnology::ALL
                .iter()
                .filter(|t| uses("ket", t.slug()))
                .map(|t| t.message_id()),
        );
        found.extend(
            CriticalTechnology::ALL
                .iter()
                .filter(|t| uses("cta", t.slug()))
                .map(|t| t.message_id()),
        );
        found.extend(
            Ecosystem::ALL
                .iter()
                .filter(|t| uses("ecosystem", t.slug()))
                .map(|t| t.message_id()),
        );
        found
    }

    /// The calls open or forthcoming at `now` that fit `org`, best first, at most `limit`.
    pub fn recommend(&self, org: &OrgProfile, now: DateTime<Utc>, limit: usize) -> Vec<CallMatch> {
        // The organisation's tags with the stemmed terms of each.
        let mut tags: Vec<(String, Vec<Vec<String>>, Vec<String>)> = Vec::new();
        let mut add = |facet: &str, slug: &str, message_id: String| {
            let phrases = terms(facet, slug);
            let stemmed: Vec<Vec<String>> = phrases
                .iter()
                .map(|p| words(p, 10).into_iter().map(|(s, _)| s).collect::<Vec<_>>())
                .filter(|v| !v.is_empty())
                .collect();
            let shown: Vec<String> = phrases.iter().map(|p| (*p).to_owned()).collect();
            tags.push((message_id, stemmed, shown));
        };
        for t in &org.technologies {
            add("ket", t.slug(), t.message_id());
        }
        for t in &org.critical_technologies {
            add("cta", t.slug(), t.message_id());
        }
        for e in &org.ecosystems {
            add("ecosystem", e.slug(), e.message_id());
        }
        // The organisation's text as a tf-idf vector over the calls' vocabulary.
        let mut tf: HashMap<String, f64> = HashMap::new();
        for (stem, _) in words(&org.text, MAX_WORDS) {
            *tf.entry(stem).or_default() += 1.0;
        }
        let org_vec: HashMap<String, f64> = tf
            .into_iter()
            .filter_map(|(s, f)| self.idf.get(&s).map(|idf| (s, (1.0 + f64::ln(f)) * idf)))
            .collect();
        let org_norm = org_vec.values().map(|w| w * w).sum::<f64>().sqrt();
        let past: HashSet<String> = org.past_topics.iter().flat_map(|t| topic_parts(t)).collect();
        let country = org.country.map(|c| c.as_str().to_owned());
        let eligible = country.as_deref().is_none_or(|c| EU.contains(&c) || EEA.contains(&c));

        let mut out = Vec::new();
        for (i, (call, doc)) in self.calls.iter().zip(&self.docs).enumerate() {
            if call.status(now) == CallStatus::Closed {
                continue;
            }
            let mut reasons = Vec::new();
            // Taxonomy.
            let mut matched_tags = 0usize;
            for (message_id, phrases, shown) in &tags {
                let found: Vec<String> = phrases
                    .iter()
                    .zip(shown)
                    .filter(|(stems, _)| stems.iter().all(|s| doc.stems.contains_key(s)))
                    .map(|(_, w)| w.clone())
                    .take(3)
                    .collect();
                if !found.is_empty() {
                    matched_tags += 1;
                    reasons.push(CallReason::Taxonomy {
                        message_id: message_id.clone(),
                        words: found,
                    });
                }
            }
            let taxonomy = if tags.is_empty() {
                0.0
            } else {
                matched_tags as f64 / tags.len() as f64
            };
            // Track record: the longest programme part shared.
            let shared = doc.topic_parts.iter().rev().find(|p| past.contains(*p)).cloned();
            let track = match &shared {
                Some(part) => {
                    reasons.push(CallReason::TrackRecord { part: part.clone() });
                    1.0
                }
                None => 0.0,
            };
            // Text.
            let mut cosine = 0.0;
            if org_norm > 0.0 && doc.norm > 0.0 {
                let mut shared_words: Vec<(f64, &String)> = Vec::new();
                let mut dot = 0.0;
                for (s, w) in &org_vec {
                    if let Some(v) = doc.stems.get(s).filter(|v| **v > 0.0) {
                        dot += w * v;
                        shared_words.push((w * v, s));
                    }
                }
                cosine = dot / (org_norm * doc.norm);
                if cosine >= MIN_COSINE {
                    shared_words.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
                    reasons.push(CallReason::Words {
                        words: shared_words
                            .iter()
                            .take(5)
                            .filter_map(|(_, s)| doc.first_word.get(*s).cloned())
                            .collect(),
                    });
                } else {
                    cosine = 0.0;
                }
            }
            if taxonomy == 0.0 && track == 0.0 && cosine == 0.0 {
                continue;
            }
            // Who the call addresses.
            let kind = match org.kind {
                Some(OrganisationType::Company) if doc.smes && org.is_sme => {
                    reasons.push(CallReason::ForSmes);
                    1.0
                }
                Some(OrganisationType::Cluster) if doc.clusters => {
                    reasons.push(CallReason::ForClusters);
                    1.0
                }
                Some(OrganisationType::TechnologyCentre | OrganisationType::ResearchEducation) if doc.research => {
                    reasons.push(CallReason::ForResearch);
                    1.0
                }
                _ => 0.0,
            };
            let mut score =
                WEIGHT_TAXONOMY * taxonomy + WEIGHT_TRACK_RECORD * track + WEIGHT_TEXT * cosine + WEIGHT_KIND * kind;
            if eligible {
                reasons.push(CallReason::Eligible);
            } else {
                score *= 0.5;
                reasons.push(CallReason::CheckEligibility {
                    country: country.clone().unwrap_or_default(),
                });
            }
            out.push(CallMatch {
                call: i,
                score,
                reasons,
            });
        }
        out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.call.cmp(&b.call)));
        out.truncate(limit);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use domain::funding::Deadline;

    fn call(identifier: &str, title: &str, description: &str) -> FundingCall {
        FundingCall {
            reference: identifier.into(),
            identifier: identifier.into(),
            programme: identifier.split('-').next().unwrap_or("").into(),
            title: title.into(),
            action_type: None,
            grant_type: None,
            submission_procedure: None,
            opens: None,
            deadlines: vec![Deadline {
                at: Utc.with_ymd_and_hms(2027, 3, 1, 16, 0, 0).unwrap(),
                timezone: "Europe/Brussels".into(),
            }],
            budget_min: None,
            budget_max: None,
            currency: "EUR".into(),
            expected_grants: None,
            description_html: format!("<p>{description}</p>"),
            cascade: false,
            url: String::new(),
        }
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap()
    }

    fn index() -> CallIndex {
        CallIndex::new(vec![
            call(
                "HORIZON-CL4-2025-DIGITAL-EMERGING-01-05",
                "Robotics for flexible manufacturing",
                "Autonomous robots and AI for SMEs in manufacturing lines.",
            ),
            call(
                "SMP-COSME-2025-CLUSTER-01",
                "Euroclusters for Europe's recovery",
                "Cluster organisations support SMEs in the green and digital transition.",
            ),
            call(
                "EU4H-2025-PJ-03",
                "Clinical trials networks",
                "Health research on rare diseases.",
            ),
        ])
    }

    fn robot_maker() -> OrgProfile {
        OrgProfile {
            kind: Some(OrganisationType::Company),
            is_sme: true,
            country: Some(CountryCode::parse("DK").unwrap()),
            critical_technologies: vec![CriticalTechnology::Robotics],
            text: "We build collaborative robots for welding in small manufacturing series.".into(),
            past_topics: vec!["HORIZON-CL4-2022-DIGITAL-EMERGING-01-02".into()],
            ..OrgProfile::default()
        }
    }

    #[test]
    fn a_robot_maker_gets_the_robotics_call_first_with_its_reasons() {
        let m = index().recommend(&robot_maker(), now(), 10);
        assert_eq!(m[0].call, 0);
        let r = &m[0].reasons;
        assert!(r
            .iter()
            .any(|x| matches!(x, CallReason::Taxonomy { words, .. } if words.contains(&"robotics".to_owned()))));
        assert!(r.contains(&CallReason::TrackRecord {
            part: "HORIZON-CL4-DIGITAL-EMERGING-01".into()
        }));
        assert!(r.contains(&CallReason::ForSmes));
        assert!(r.contains(&CallReason::Eligible));
        assert!(!m.iter().any(|x| x.call == 2), "nothing shared with the health call");
    }

    #[test]
    fn a_cluster_is_pointed_to_cluster_calls_and_outsiders_are_told_to_check() {
        let cluster = OrgProfile {
            kind: Some(OrganisationType::Cluster),
            country: Some(CountryCode::parse("CH").unwrap()),
            ecosystems: vec![Ecosystem::Digital],
            text: "A cluster organisation of 150 digital SMEs.".into(),
            ..OrgProfile::default()
        };
        let m = index().recommend(&cluster, now(), 10);
        let top = m.iter().find(|x| x.call == 1).expect("the cluster call");
        assert!(top.reasons.contains(&CallReason::ForClusters));
        assert!(top
            .reasons
            .contains(&CallReason::CheckEligibility { country: "CH".into() }));
    }

    #[test]
    fn closed_calls_and_empty_profiles_get_nothing() {
        let late = Utc.with_ymd_and_hms(2027, 3, 2, 0, 0, 0).unwrap();
        assert!(index().recommend(&robot_maker(), late, 10).is_empty());
        assert!(index().recommend(&OrgProfile::default(), now(), 10).is_empty());
    }
}

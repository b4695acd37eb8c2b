//! Which technology services answer an SME's challenge, and why.
//!
//! The SME writes its challenge in its own words and language; services are described by their
//! centres in theirs. Three signals reach across that gap, and each gives its reason:
//!
//! | signal | weight | reason |
//! |---|---:|---|
//! | concepts: the share of the challenge's [`concepts`] (a multilingual lexicon: "Leiterplatte", "PCB", "circuit imprimé") the service's text also names, rarer concepts counting more | 3.0 | the concepts, with the kind of service when it is the one asked for |
//! | words: BM25 of the challenge's words against the service's texts, each stemmed in its own language, scaled to the best candidate | 2.0 | the strongest shared words |
//! | taxonomy: the share of the technologies, critical technologies and ecosystems the challenge's concepts imply that the service is tagged with | 1.0 | (folded into the concepts' reason) |
//! | kind: the challenge asks for the service's kind (testing, prototyping, …) | 1.0 | the kind |
//!
//! Then what makes a fitting service easier to use, each small next to the fit itself: the TRL
//! the SME is at lies in the service's range (+0.3, −0.6 outside), a voucher programme the SME
//! was awarded pays for it (+0.3), the centre speaks the challenge's language (+0.2), it answers
//! within three days (+0.1), its rating (±0.15 around 3.5 stars), nearness (up to +0.2 within
//! 2,000 km). A service that does not serve the SME's country is never proposed, and a service
//! is never proposed for these alone: it needs a concept, taxonomy or word in common.
//!
//! Retrieval walks inverted lists (stem → services, concept → services, taxonomy value →
//! services) into flat per-service sums, so a challenge only touches the services that share
//! something with it, and only the best are ordered.

pub mod concepts;

use std::collections::{HashMap, HashSet};

use domain::service::ServiceKind;
use domain::{CountryCode, Taxonomy};

use crate::text::for_each_word_in;

pub const WEIGHT_CONCEPTS: f64 = 3.0;
pub const WEIGHT_WORDS: f64 = 2.0;
pub const WEIGHT_TAXONOMY: f64 = 1.0;
pub const WEIGHT_KIND: f64 = 1.0;
const BM25_K1: f64 = 1.2;
const BM25_B: f64 = 0.75;
/// Words read of a challenge (pasted text can be long) and of a service's texts.
const MAX_CHALLENGE_WORDS: usize = 600;
const MAX_SERVICE_WORDS: usize = 3_000;
const MAX_CHALLENGE_CHARS: usize = 20_000;

/// A centre's public figures, as the ranking uses them.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Figures {
    pub median_answer_hours: Option<i64>,
    /// Mean rating in tenths of a star (46 = 4.6) and how many ratings.
    pub rating_tenths: Option<i64>,
    pub ratings: i64,
}

/// What the ranking knows of a published service.
#[derive(Debug, Clone)]
pub struct ServiceEntity {
    pub id: i64,
    pub provider: i64,
    pub kind: ServiceKind,
    /// Taxonomy values as `facet:slug` (`ket:photonics`, `cta:sensing`, `ecosystem:health`).
    pub tags: Vec<String>,
    pub trl: (u8, u8),
    /// Languages the centre works in (ISO 639-1).
    pub languages: Vec<String>,
    /// Programmes whose vouchers pay for it.
    pub programmes: Vec<i64>,
    /// Countries served; empty means all.
    pub countries: Vec<CountryCode>,
    pub country: Option<CountryCode>,
    pub position: Option<(f64, f64)>,
    /// Its texts with their language codes.
    pub texts: Vec<(String, String)>,
    pub figures: Figures,
}

/// An SME's challenge as the ranking reads it.
#[derive(Debug, Clone, Default)]
pub struct Challenge {
    pub text: String,
    pub language: String,
    pub trl: Option<u8>,
    pub country: Option<CountryCode>,
    pub position: Option<(f64, f64)>,
    /// Voucher programmes the SME holds an award of.
    pub programmes: Vec<i64>,
    /// Services not to propose (asked already).
    pub exclude: HashSet<i64>,
}

/// Which signals to rank by: all of them, or one alone (the baselines of the evaluation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Full,
    /// BM25 of the words alone.
    Words,
    /// Concepts, taxonomy and kind alone.
    Concepts,
}

/// Why a service fits, as data for the interface to word.
#[derive(Debug, Clone, PartialEq)]
pub enum ServiceReason {
    /// It offers `kind` (when the challenge asks for that kind) for these concepts the challenge
    /// needs (their English labels, the words of the challenge that named them).
    Offers {
        kind: Option<ServiceKind>,
        concepts: Vec<(&'static str, String)>,
    },
    /// The challenge asks for this kind of service.
    Kind(ServiceKind),
    /// The strongest words the challenge and the service share, as the challenge writes them.
    Words(Vec<String>),
    /// The TRL range covers the SME's.
    Trl {
        trl: u8,
        from: u8,
        to: u8,
    },
    /// A voucher programme the SME holds pays for it.
    Voucher(i64),
    /// The centre's median first answer, in hours.
    Answers {
        hours: i64,
    },
    Rated {
        tenths: i64,
        count: i64,
    },
    /// The centre works in the challenge's language.
    Speaks(String),
    /// How far the centre is, and whether it is in another country.
    Distance {
        km: f64,
        across_border: bool,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    pub service: i64,
    pub provider: i64,
    pub score: f64,
    pub reasons: Vec<ServiceReason>,
}

struct Indexed {
    entity: ServiceEntity,
    len: f64,
}

/// Published services, indexed for proposals.
pub struct ServiceIndex {
    services: Vec<Indexed>,
    /// stem → (service, term frequency)
    postings: HashMap<String, Vec<(u32, u32)>>,
    concepts: Vec<Vec<u32>>,
    tags: HashMap<String, Vec<u32>>,
    avg_len: f64,
}

fn idf(n: usize, df: usize) -> f64 {
    let (n, df) = (n as f64, df as f64);
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

/// Great-circle distance in kilometres.
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lon1) = (a.0.to_radians(), a.1.to_radians());
    let (lat2, lon2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

/// The taxonomy values a concept implies, as `facet:slug`.
fn concept_tags(c: &concepts::Concept) -> impl Iterator<Item = String> + '_ {
    c.kets
        .iter()
        .map(|k| format!("ket:{}", k.slug()))
        .chain(c.critical.iter().map(|k| format!("cta:{}", k.slug())))
        .chain(c.ecosystems.iter().map(|k| format!("ecosystem:{}", k.slug())))
}

/// What one service scored, kept flat (no allocation per candidate: a challenge may touch most
/// of 20,000 services).
#[derive(Default, Clone, Copy)]
struct Acc {
    touched: bool,
    words: f64,
    /// The three strongest words: (stem index in the challenge, contribution).
    top: [(u32, f32); 3],
    concepts: f64,
    /// Bit i: the challenge's i-th concept found (the first 64).
    concept_mask: u64,
    tags: f64,
}

impl Acc {
    fn add_word(&mut self, stem: usize, v: f64) {
        self.words += v;
        let v = v as f32;
        if let Some(weakest) = (0..3).min_by(|a, b| self.top[*a].1.total_cmp(&self.top[*b].1)) {
            if v > self.top[weakest].1 {
                self.top[weakest] = (stem as u32, v);
            }
        }
    }
}

impl ServiceIndex {
    pub fn build(entities: Vec<ServiceEntity>) -> Self {
        let mut services = Vec::with_capacity(entities.len());
        let mut postings: HashMap<String, Vec<(u32, u32)>> = HashMap::new();
        let all = concepts::all();
        let mut concept_lists: Vec<Vec<u32>> = vec![Vec::new(); all.len()];
        let mut tags: HashMap<String, Vec<u32>> = HashMap::new();
        let mut total_len = 0.0;
        for (i, e) in entities.into_iter().enumerate() {
            let i = i as u32;
            let mut tf: HashMap<String, u32> = HashMap::new();
            let mut len = 0usize;
            let mut found = HashSet::new();
            for (lang, text) in &e.texts {
                for_each_word_in(text, lang, MAX_SERVICE_WORDS, |stem, _| {
                    *tf.entry(stem.to_owned()).or_default() += 1;
                    len += 1;
                });
                found.extend(concepts::find(text).into_iter().map(|f| f.concept));
            }
            for (stem, n) in tf {
                postings.entry(stem).or_default().push((i, n));
            }
            for c in &found {
                concept_lists[*c].push(i);
            }
            let mut own: HashSet<String> = e.tags.iter().cloned().collect();
            for c in &found {
                own.extend(concept_tags(&all[*c]));
            }
            for t in own {
                tags.entry(t).or_default().push(i);
            }
            total_len += len as f64;
            services.push(Indexed {
                entity: e,
                len: len as f64,
            });
        }
        let avg_len = if services.is_empty() {
            1.0
        } else {
            (total_len / services.len() as f64).max(1.0)
        };
        Self {
            services,
            postings,
            concepts: concept_lists,
            tags,
            avg_len,
        }
    }

    pub fn len(&self) -> usize {
        self.services.len()
    }

    pub fn is_empty(&self) -> bool {
        self.services.is_empty()
    }

    /// The `n` services that best answer the challenge under `mode`, best first, with reasons.
    pub fn propose(&self, c: &Challenge, mode: Mode, n: usize) -> Vec<Proposal> {
        let total = self.services.len();
        if total == 0 || n == 0 {
            return Vec::new();
        }
        let all = concepts::all();
        let text = match c.text.char_indices().nth(MAX_CHALLENGE_CHARS) {
            Some((i, _)) => &c.text[..i],
            None => c.text.as_str(),
        };
        let mut acc: Vec<Acc> = vec![Acc::default(); total];
        let mut touched: Vec<u32> = Vec::new();
        let mut touch = |acc: &mut Vec<Acc>, s: u32| -> usize {
            let a = &mut acc[s as usize];
            if !a.touched {
                a.touched = true;
                touched.push(s);
            }
            s as usize
        };

        // Words: each stem of the challenge once, with the first word it came from.
        let mut stems: Vec<(String, String)> = Vec::new();
        let mut seen = HashSet::new();
        for_each_word_in(text, &c.language, MAX_CHALLENGE_WORDS, |stem, word| {
            if seen.insert(stem.to_owned()) {
                stems.push((stem.to_owned(), word.to_owned()));
            }
        });
        if mode != Mode::Concepts {
            for (si, (stem, _)) in stems.iter().enumerate() {
                let Some(list) = self.postings.get(stem) else {
                    continue;
                };
                let w = idf(total, list.len());
                for &(s, tf) in list {
                    let tf = f64::from(tf);
                    let norm = 1.0 - BM25_B + BM25_B * self.services[s as usize].len / self.avg_len;
                    let v = w * tf * (BM25_K1 + 1.0) / (tf + BM25_K1 * norm);
                    let i = touch(&mut acc, s);
                    acc[i].add_word(si, v);
                }
            }
        }

        // Concepts, the taxonomy they imply, and the kinds they name.
        let found = concepts::find(text);
        let mut concept_mass = 0.0;
        let mut tag_weights: HashMap<String, f64> = HashMap::new();
        let mut wanted_kinds: HashSet<ServiceKind> = HashSet::new();
        if mode != Mode::Words {
            for (fi, f) in found.iter().enumerate() {
                let concept = &all[f.concept];
                let list = &self.concepts[f.concept];
                let w = idf(total, list.len().max(1));
                concept_mass += w;
                let bit = if fi < 64 { 1u64 << fi } else { 0 };
                for &s in list {
                    let i = touch(&mut acc, s);
                    acc[i].concepts += w;
                    acc[i].concept_mask |= bit;
                }
                for t in concept_tags(concept) {
                    let df = self.tags.get(&t).map_or(0, Vec::len);
                    tag_weights.entry(t).or_insert_with(|| idf(total, df.max(1)));
                }
                wanted_kinds.extend(concept.kinds.iter().filter_map(|k| k.parse::<ServiceKind>().ok()));
            }
            for (t, w) in &tag_weights {
                for &s in self.tags.get(t).map(Vec::as_slice).unwrap_or_default() {
                    let i = touch(&mut acc, s);
                    acc[i].tags += w;
                }
            }
        }
        let tag_mass: f64 = tag_weights.values().sum();
        let best_words = touched.iter().map(|s| acc[*s as usize].words).fold(0.0, f64::max);

        let mut scored: Vec<(f64, u32)> = touched
            .iter()
            .map(|s| (*s, &acc[*s as usize]))
            .filter(|(_, a)| a.words > 0.0 || a.concepts > 0.0 || a.tags > 0.0)
            .filter_map(|(s, a)| {
                let e = &self.services[s as usize].entity;
                if c.exclude.contains(&e.id) || !serves(e, c.country) {
                    return None;
                }
                let words = if best_words > 0.0 { a.words / best_words } else { 0.0 };
                let concepts = if concept_mass > 0.0 {
                    (a.concepts / concept_mass).min(1.0)
                } else {
                    0.0
                };
                let tags = if tag_mass > 0.0 {
                    (a.tags / tag_mass).min(1.0)
                } else {
                    0.0
                };
                // The kind alone proposes nothing: it counts for services found otherwise.
                let kind = if wanted_kinds.contains(&e.kind) { 1.0 } else { 0.0 };
                let score = match mode {
                    Mode::Words => words,
                    Mode::Concepts => WEIGHT_CONCEPTS * concepts + WEIGHT_TAXONOMY * tags + WEIGHT_KIND * kind,
                    Mode::Full => {
                        WEIGHT_WORDS * words
                            + WEIGHT_CONCEPTS * concepts
                            + WEIGHT_TAXONOMY * tags
                            + WEIGHT_KIND * kind
                            + practical(e, c)
                    }
                };
                Some((score, s))
            })
            .collect();
        let order = |a: &(f64, u32), b: &(f64, u32)| {
            b.0.total_cmp(&a.0).then_with(|| {
                self.services[a.1 as usize]
                    .entity
                    .id
                    .cmp(&self.services[b.1 as usize].entity.id)
            })
        };
        // Only the best n are ordered: a challenge may touch most of the catalogue.
        if scored.len() > n {
            scored.select_nth_unstable_by(n - 1, order);
            scored.truncate(n);
        }
        scored.sort_by(order);
        scored
            .into_iter()
            .map(|(score, s)| {
                let e = &self.services[s as usize].entity;
                Proposal {
                    service: e.id,
                    provider: e.provider,
                    score,
                    reasons: reasons(e, c, &acc[s as usize], &found, &stems, &wanted_kinds),
                }
            })
            .collect()
    }
}

fn serves(e: &ServiceEntity, country: Option<CountryCode>) -> bool {
    e.countries.is_empty() || country.is_some_and(|c| e.countries.contains(&c))
}

/// What makes a fitting service easier to use: small next to the fit itself.
fn practical(e: &ServiceEntity, c: &Challenge) -> f64 {
    let mut v = 0.0;
    if let Some(trl) = c.trl {
        v += if (e.trl.0..=e.trl.1).contains(&trl) { 0.3 } else { -0.6 };
    }
    if e.programmes.iter().any(|p| c.programmes.contains(p)) {
        v += 0.3;
    }
    if e.languages.contains(&c.language) {
        v += 0.2;
    }
    if e.figures.median_answer_hours.is_some_and(|h| h <= 72) {
        v += 0.1;
    }
    if let Some(t) = e.figures.rating_tenths.filter(|_| e.figures.ratings >= 3) {
        v += ((t - 35) as f64 / 15.0).clamp(-1.0, 1.0) * 0.15;
    }
    if let (Some(a), Some(b)) = (e.position, c.position) {
        v += 0.2 * (1.0 - distance_km(a, b) / 2_000.0).max(0.0);
    }
    v
}

fn reasons(
    e: &ServiceEntity,
    c: &Challenge,
    a: &Acc,
    found: &[concepts::Found],
    stems: &[(String, String)],
    wanted: &HashSet<ServiceKind>,
) -> Vec<ServiceReason> {
    let all = concepts::all();
    let mut out = Vec::new();
    let kind_asked = wanted.contains(&e.kind);
    // The concepts in common that are not the kind itself, in the challenge's order.
    let shared: Vec<(&'static str, String)> = found
        .iter()
        .enumerate()
        .filter(|(i, _)| *i < 64 && a.concept_mask & (1u64 << i) != 0)
        .map(|(_, f)| f)
        .filter(|f| all[f.concept].kinds.is_empty())
        .take(4)
        .map(|f| (all[f.concept].label, f.words.clone()))
        .collect();
    if !shared.is_empty() {
        out.push(ServiceReason::Offers {
            kind: kind_asked.then_some(e.kind),
            concepts: shared,
        });
    } else if kind_asked {
        out.push(ServiceReason::Kind(e.kind));
    }
    let mut hits: Vec<(u32, f32)> = a.top.iter().copied().filter(|(_, v)| *v > 0.0).collect();
    hits.sort_by(|x, y| y.1.total_cmp(&x.1));
    let words: Vec<String> = hits.iter().map(|(i, _)| stems[*i as usize].1.clone()).collect();
    if !words.is_empty() {
        out.push(ServiceReason::Words(words));
    }
    if let Some(trl) = c.trl.filter(|t| (e.trl.0..=e.trl.1).contains(t)) {
        out.push(ServiceReason::Trl {
            trl,
            from: e.trl.0,
            to: e.trl.1,
        });
    }
    if let Some(p) = e.programmes.iter().find(|p| c.programmes.contains(p)) {
        out.push(ServiceReason::Voucher(*p));
    }
    if let Some(h) = e.figures.median_answer_hours {
        out.push(ServiceReason::Answers { hours: h });
    }
    if let Some(t) = e.figures.rating_tenths.filter(|_| e.figures.ratings > 0) {
        out.push(ServiceReason::Rated {
            tenths: t,
            count: e.figures.ratings,
        });
    }
    if e.languages.contains(&c.language) {
        out.push(ServiceReason::Speaks(c.language.clone()));
    }
    if let (Some(p), Some(q)) = (e.position, c.position) {
        out.push(ServiceReason::Distance {
            km: distance_km(p, q),
            across_border: e.country.is_some() && c.country.is_some() && e.country != c.country,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service(id: i64, kind: ServiceKind, lang: &str, text: &str) -> ServiceEntity {
        ServiceEntity {
            id,
            provider: id * 10,
            kind,
            tags: Vec::new(),
            trl: (3, 7),
            languages: vec![lang.to_owned()],
            programmes: Vec::new(),
            countries: Vec::new(),
            country: CountryCode::parse("DE").ok(),
            position: Some((51.05, 13.74)),
            texts: vec![(lang.to_owned(), text.to_owned())],
            figures: Figures::default(),
        }
    }

    fn index() -> ServiceIndex {
        ServiceIndex::build(vec![
            service(
                1,
                ServiceKind::TestingValidation,
                "en",
                "EMC testing of electronic products: emission and immunity measurements for CE marking.",
            ),
            service(
                2,
                ServiceKind::PilotProduction,
                "de",
                "Pilotfertigung additiv gefertigter Metallbauteile: 3D-Druck von Titan und Aluminium.",
            ),
            service(
                3,
                ServiceKind::Training,
                "fr",
                "Formation à l'intelligence artificielle et à l'apprentissage automatique pour PME.",
            ),
        ])
    }

    #[test]
    fn a_challenge_in_another_language_reaches_the_service_that_fits() {
        let idx = index();
        let c = Challenge {
            text: "We must print small series of titanium parts with additive manufacturing for a pilot.".into(),
            language: "en".into(),
            trl: Some(5),
            country: CountryCode::parse("AT").ok(),
            position: Some((48.2, 16.37)),
            ..Default::default()
        };
        let p = idx.propose(&c, Mode::Full, 5);
        assert_eq!(p.first().map(|p| p.service), Some(2), "{p:?}");
        let r = &p[0].reasons;
        assert!(r.iter().any(|r| matches!(r, ServiceReason::Offers { .. })), "{r:?}");
        assert!(r.contains(&ServiceReason::Trl { trl: 5, from: 3, to: 7 }));
        assert!(r.iter().any(|r| matches!(
            r,
            ServiceReason::Distance {
                across_border: true,
                ..
            }
        )));
    }

    #[test]
    fn excluded_unserved_and_unrelated_services_are_not_proposed() {
        let mut services = vec![service(
            1,
            ServiceKind::TestingValidation,
            "en",
            "EMC testing of electronic products for CE marking.",
        )];
        services[0].countries = vec![CountryCode::parse("DK").expect("DK")];
        let idx = ServiceIndex::build(services);
        let mut c = Challenge {
            text: "Our device needs EMC testing before CE marking.".into(),
            language: "en".into(),
            country: CountryCode::parse("DK").ok(),
            ..Default::default()
        };
        assert_eq!(idx.propose(&c, Mode::Full, 5).len(), 1);
        c.country = CountryCode::parse("SE").ok();
        assert!(idx.propose(&c, Mode::Full, 5).is_empty());
        c.country = CountryCode::parse("DK").ok();
        c.exclude.insert(1);
        assert!(idx.propose(&c, Mode::Full, 5).is_empty());
        c.exclude.clear();
        c.text = "Bonjour".into();
        assert!(idx.propose(&c, Mode::Full, 5).is_empty());
    }

    #[test]
    fn hostile_challenges_are_harmless() {
        let idx = index();
        for text in ["", "\u{0}\u{1}\u{202e}", &"Prüfung ".repeat(200_000), "😀😀😀"] {
            let c = Challenge {
                text: text.to_owned(),
                language: "xx".into(),
                ..Default::default()
            };
            assert!(idx.propose(&c, Mode::Full, 5).len() <= 5);
        }
        assert!(ServiceIndex::build(Vec::new())
            .propose(&Challenge::default(), Mode::Full, 5)
            .is_empty());
    }
}

//! What a technology service offers or an SME's challenge needs, as concepts named in many
//! languages: the eight kinds of service, the Commission's taxonomies (Key Enabling
//! Technologies, critical technology areas, industrial ecosystems) and the finer things
//! technology centres offer (additive manufacturing, EMC testing, cleanrooms, fermentation …).
//! A challenge written in Danish and a service described in German meet through the concepts
//! both name.
//!
//! How a text names a term (text and terms are folded alike: accents and ligatures to ASCII,
//! lower case, words split at anything that is not a letter or digit):
//! - A term of one word of five letters or more names any word that starts with it, so terms are
//!   written as the common start of their inflections ("prototyp" names "prototypes",
//!   "prototyping", "Prototypen"). Shorter terms (abbreviations such as "EMC", "PCB", "KI") name
//!   only the whole word.
//! - A term of several words names those words in sequence, each by the same rule.
//! - A one-word term of six letters or more from a compounding language (German, Danish, Dutch,
//!   Swedish, Norwegian, Finnish) also names the middle or the end of a longer word:
//!   "Leiterplattenbestückung" names "leiterplatte", "materialeprøvning" names "prøvning".
//!
//! Only the first [`MAX_CHARS`] characters of a text are read, so hostile input costs little.

mod kinds;
mod technical;

use std::collections::HashMap;
use std::sync::OnceLock;

use domain::{CriticalTechnology, Ecosystem, KeyEnablingTechnology};

/// A thing a service offers or a challenge needs, named in many languages.
#[derive(Debug, Clone, Copy)]
pub struct Concept {
    /// Stable id, kebab case: "additive-manufacturing".
    pub id: &'static str,
    /// English label for reasons shown to people ("additive manufacturing").
    pub label: &'static str,
    pub kets: &'static [KeyEnablingTechnology],
    pub critical: &'static [CriticalTechnology],
    pub ecosystems: &'static [Ecosystem],
    /// Service kinds this concept names, as slugs ("testing-validation", "prototyping", …).
    pub kinds: &'static [&'static str],
    /// Terms per language code (ISO 639-1).
    pub terms: &'static [(&'static str, &'static [&'static str])],
}

/// A concept found in a text, with the words of the text that named it (as written).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub concept: usize,
    pub words: String,
}

/// Characters of a text read at most.
pub const MAX_CHARS: usize = 20_000;
/// Terms shorter than this name whole words only.
const PREFIX_FROM: usize = 5;
/// One-word terms of compounding languages at least this long also name parts of words.
const INFIX_FROM: usize = 6;
/// The key terms are filed under: their first letters.
const KEY: usize = 4;
const COMPOUNDING: &[&str] = &["de", "da", "nl", "sv", "nb", "no", "fi"];

/// One term, folded into words.
struct Term {
    concept: usize,
    words: Vec<String>,
}

struct Lexicon {
    concepts: Vec<Concept>,
    terms: Vec<Term>,
    /// Whole short words → terms starting with them.
    exact: HashMap<String, Vec<usize>>,
    /// The first [`KEY`] letters of a long first word → terms.
    prefix: HashMap<String, Vec<usize>>,
    /// The first [`KEY`] letters of one-word terms that may stand inside a word → terms.
    infix: HashMap<String, Vec<usize>>,
}

fn fold(s: &str) -> String {
    deunicode::deunicode(s).to_lowercase()
}

fn split(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty())
}

fn key(w: &str) -> &str {
    &w[..w.len().min(KEY)]
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let concepts: Vec<Concept> = kinds::CONCEPTS.iter().chain(technical::CONCEPTS).copied().collect();
        let mut l = Lexicon {
            concepts,
            terms: Vec::new(),
            exact: HashMap::new(),
            prefix: HashMap::new(),
            infix: HashMap::new(),
        };
        for (ci, c) in l.concepts.iter().enumerate() {
            for (lang, terms) in c.terms {
                for t in *terms {
                    let folded = fold(t);
                    let words: Vec<String> = split(&folded).map(str::to_owned).collect();
                    let Some(first) = words.first() else { continue };
                    let ti = l.terms.len();
                    if first.len() >= PREFIX_FROM {
                        l.prefix.entry(key(first).to_owned()).or_default().push(ti);
                    } else {
                        l.exact.entry(first.clone()).or_default().push(ti);
                    }
                    let infix = words.len() == 1 && first.len() >= INFIX_FROM && COMPOUNDING.contains(lang);
                    if infix {
                        l.infix.entry(key(first).to_owned()).or_default().push(ti);
                    }
                    l.terms.push(Term { concept: ci, words });
                }
            }
        }
        l
    })
}

pub fn all() -> &'static [Concept] {
    &lexicon().concepts
}

/// The index in `all()` of a concept id.
pub fn by_id(id: &str) -> Option<usize> {
    all().iter().position(|c| c.id == id)
}

/// Whether the text word `w` is named by the term word `t`.
fn names(t: &str, w: &str) -> bool {
    if t.len() >= PREFIX_FROM {
        w.starts_with(t)
    } else {
        w == t
    }
}

/// Every concept a text names, each once, in order of first occurrence.
pub fn find(text: &str) -> Vec<Found> {
    let text = match text.char_indices().nth(MAX_CHARS) {
        Some((i, _)) => &text[..i],
        None => text,
    };
    let l = lexicon();
    // The words as written and folded; a word that folds into several (a ligature, "3D-Druck"
    // stays two) keeps its written form on each part.
    let mut written: Vec<&str> = Vec::new();
    let mut folded: Vec<String> = Vec::new();
    for w in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        for part in split(&fold(w)) {
            written.push(w);
            folded.push(part.to_owned());
        }
    }
    let mut found: Vec<Found> = Vec::new();
    let mut seen = vec![false; l.concepts.len()];
    let mut hit = |ti: usize, start: usize, end: usize, found: &mut Vec<Found>| {
        let c = l.terms[ti].concept;
        if !seen[c] {
            seen[c] = true;
            let mut words: Vec<&str> = written[start..end].to_vec();
            words.dedup();
            found.push(Found {
                concept: c,
                words: words.join(" "),
            });
        }
    };
    for i in 0..folded.len() {
        let w = folded[i].as_str();
        let candidates = l
            .exact
            .get(w)
            .into_iter()
            .flatten()
            .chain(l.prefix.get(key(w)).into_iter().flatten());
        for &ti in candidates {
            let t = &l.terms[ti];
            let n = t.words.len();
            if i + n <= folded.len() && t.words.iter().zip(&folded[i..i + n]).all(|(tw, fw)| names(tw, fw)) {
                hit(ti, i, i + n, &mut found);
            }
        }
        // Parts of compounds: a long term inside the word, not at its start (that is a prefix).
        if w.len() > INFIX_FROM {
            for at in 1..=w.len() - INFIX_FROM {
                if !w.is_char_boundary(at) {
                    continue;
                }
                let rest = &w[at..];
                for &ti in l.infix.get(key(rest)).into_iter().flatten() {
                    if rest.starts_with(l.terms[ti].words[0].as_str()) {
                        hit(ti, i, i + 1, &mut found);
                    }
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::Taxonomy;

    const KINDS: &[&str] = &[
        "testing-validation",
        "prototyping",
        "pilot-production",
        "equipment-access",
        "training",
        "consulting",
        "certification-support",
        "software",
    ];

    fn ids(text: &str) -> Vec<&'static str> {
        find(text).iter().map(|f| all()[f.concept].id).collect()
    }

    #[test]
    fn the_lexicon_is_complete_in_the_interface_languages() {
        let mut seen = std::collections::HashSet::new();
        for c in all() {
            assert!(seen.insert(c.id), "{} twice", c.id);
            for lang in ["en", "de", "fr", "da"] {
                assert!(
                    c.terms.iter().any(|(l, t)| *l == lang && !t.is_empty()),
                    "{} has no {lang} terms",
                    c.id
                );
            }
            for k in c.kinds {
                assert!(KINDS.contains(k), "{}: kind {k}", c.id);
            }
        }
        for k in KINDS {
            assert!(all().iter().any(|c| c.kinds == [*k]), "no concept for the kind {k}");
        }
        for t in KeyEnablingTechnology::ALL {
            assert!(all().iter().any(|c| c.kets == [*t]), "no concept for {t:?}");
        }
        for t in CriticalTechnology::ALL {
            assert!(all().iter().any(|c| c.critical == [*t]), "no concept for {t:?}");
        }
        for t in Ecosystem::ALL {
            assert!(all().iter().any(|c| c.ecosystems == [*t]), "no concept for {t:?}");
        }
        assert!(all().len() >= 100, "{} concepts", all().len());
    }

    #[test]
    fn the_same_need_in_four_languages_names_the_same_concepts() {
        let en = ids("We need a prototype of our sensor and tests before we start a pilot line.");
        for text in [
            "Wir brauchen einen Prototyp unseres Sensors und Tests, bevor wir eine Pilotlinie starten.",
            "Nous avons besoin d'un prototype de notre capteur et d'essais avant une ligne pilote.",
            "Vi har brug for en prototype af vores sensor og test, før vi starter en pilotlinje.",
        ] {
            let other = ids(text);
            for id in ["prototyping", "testing-validation", "pilot-production"] {
                assert_eq!(
                    en.contains(&id),
                    other.contains(&id),
                    "{id} in {text}: {other:?} vs {en:?}"
                );
            }
        }
        assert!(en.contains(&"prototyping"), "{en:?}");
    }

    #[test]
    fn compounds_and_inflections_are_read_and_articles_are_not() {
        let found = find("Leiterplattenbestückung und Werkstoffprüfung für Prototypen");
        assert!(!found.is_empty());
        assert!(
            found.iter().any(|f| f.words.contains("Leiterplattenbestückung")),
            "{found:?}"
        );
        assert!(ids("die der das und oder mit").is_empty());
        assert!(ids("an art of the data")
            .iter()
            .all(|id| *id != "artificial-intelligence"));
    }

    #[test]
    fn hostile_text_is_cheap_and_harmless() {
        let junk = "\u{0}\u{202e}😀 prüf-PCB\t".repeat(100_000);
        assert!(find(&junk).len() <= all().len());
        assert!(find("😀😀😀").is_empty());
        assert!(find("").is_empty());
    }
}

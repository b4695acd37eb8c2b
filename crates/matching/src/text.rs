//! Words of free text as the ranking compares them: folded to ASCII lower case, common words of
//! the platform's languages dropped, English words reduced to their Snowball stem (most cooperation
//! texts in European programmes are written in English; other languages still match on their
//! folded words). Each stem remembers the first word it came from, so reasons show real words.

use std::sync::OnceLock;

use frostem::{Algorithm, Stemmer};

const STOPWORDS: &[&str] = &[
    // English
    "a", "about", "above", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "being",
    "between", "both", "but", "by", "can", "could", "do", "does", "each", "for", "from", "had", "has", "have", "how",
    "in", "into", "is", "it", "its", "may", "more", "most", "new", "no", "not", "of", "on", "one", "or", "other",
    "our", "out", "over", "per", "should", "so", "such", "than", "that", "the", "their", "them", "then", "there",
    "these", "they", "this", "those", "through", "to", "under", "up", "use", "used", "using", "very", "via", "was",
    "we", "well", "were", "what", "when", "where", "which", "while", "who", "will", "with", "within", "would", "you",
    "your", // German
    "auf", "aus", "bei", "das", "dem", "den", "der", "des", "die", "ein", "eine", "einer", "eines", "fur", "im", "ist",
    "mit", "nach", "oder", "sich", "sind", "und", "von", "vom", "wir", "zu", "zum", "zur", // French
    "au", "aux", "ce", "dans", "de", "du", "en", "est", "et", "la", "le", "les", "nous", "par", "pour", "qui", "sur",
    "un", "une", // Danish
    "af", "det", "er", "et", "for", "med", "og", "om", "paa", "som", "til", "vi",
];

fn stopwords() -> &'static std::collections::HashSet<&'static str> {
    static SET: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| STOPWORDS.iter().copied().collect())
}

thread_local! {
    /// Stems already computed: a platform's vocabulary is small next to the words it reads, and
    /// stemming is most of the cost of indexing. Bounded so hostile text cannot grow it forever.
    static STEMS: std::cell::RefCell<std::collections::HashMap<String, String>> = Default::default();
}

const MAX_CACHED_STEMS: usize = 200_000;

/// Calls `f(stem, word)` for each word of a text, in order, at most `limit` times.
pub fn for_each_word(text: &str, limit: usize, f: impl FnMut(&str, &str)) {
    for_each_word_in(text, "en", limit, f)
}

/// The Snowball stemmer of a language code (English for a language without one).
fn algorithm(lang: &str) -> Algorithm {
    match lang {
        "da" => Algorithm::Danish,
        "de" => Algorithm::German,
        "es" => Algorithm::Spanish,
        "fi" => Algorithm::Finnish,
        "fr" => Algorithm::French,
        "it" => Algorithm::Italian,
        "nb" | "nn" | "no" => Algorithm::Norwegian,
        "nl" => Algorithm::Dutch,
        "pl" => Algorithm::Polish,
        "pt" => Algorithm::Portuguese,
        "sv" => Algorithm::Swedish,
        _ => Algorithm::English,
    }
}

/// Like [`for_each_word`], with the words of `lang` (an ISO 639-1 code) reduced to their stems
/// in that language.
pub fn for_each_word_in(text: &str, lang: &str, limit: usize, mut f: impl FnMut(&str, &str)) {
    let folded = deunicode::deunicode(text).to_ascii_lowercase();
    let stop = stopwords();
    let algorithm = algorithm(lang);
    let stemmer = Stemmer::new(algorithm);
    // English stems are cached under the word itself, other languages' under "lang:word".
    let prefix = if algorithm == Algorithm::English { "" } else { lang };
    STEMS.with(|cache| {
        let mut cache = cache.borrow_mut();
        let mut key = String::new();
        for w in folded
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| w.len() >= 2 && w.len() <= 40 && !stop.contains(w) && !w.bytes().all(|b| b.is_ascii_digit()))
            .take(limit)
        {
            key.clear();
            if !prefix.is_empty() {
                key.push_str(prefix);
                key.push(':');
            }
            key.push_str(w);
            match cache.get(key.as_str()) {
                Some(s) => f(s, w),
                None => {
                    let s = stemmer.stem(w).into_owned();
                    f(&s, w);
                    if cache.len() < MAX_CACHED_STEMS {
                        cache.insert(key.clone(), s);
                    }
                }
            }
        }
    });
}

/// The (stem, word) pairs of a text, in order, at most `limit` of them.
pub fn words(text: &str, limit: usize) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for_each_word(text, limit, |s, w| out.push((s.to_owned(), w.to_owned())));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_folded_stemmed_and_filtered() {
        let w = words(
            "Laser micro-machining of ceramic Substrates for the Großindustrie 2026",
            100,
        );
        let stems: Vec<_> = w.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            stems,
            ["laser", "micro", "machin", "ceram", "substrat", "grossindustri"]
        );
        assert_eq!(w[2].1, "machining");
        assert_eq!(words("a b c", 10), vec![]);
        assert_eq!(words(&"word ".repeat(100), 5).len(), 5);
    }
}

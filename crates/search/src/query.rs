//! Reading what a user typed: words, "exact phrases", -excluded words and the word still being
//! typed. Anything is accepted: control characters are spaces, an unbalanced quote is text, and
//! overlong input is cut (the caller is told), so no input can fail or run away.

use tantivy::tokenizer::{LowerCaser, SimpleTokenizer, StopWordFilter, TextAnalyzer};

use crate::analysis;
use crate::lang::Lang;

/// At most this many characters of a query are read.
pub const MAX_QUERY_CHARS: usize = 300;
/// At most this many words (beyond them a query is a document, not a query). Words are counted
/// as the index reads them, phrase words included: "a.b.c.d" is four words, not one.
pub const MAX_WORDS: usize = 12;
/// Of those, at most this many stop words and single letters are searched for.
pub const MAX_OPTIONAL_WORDS: usize = 3;

/// One word of the query, in the forms it is looked up in.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// Lower-cased, accent-folded form.
    pub plain: String,
    /// Stemmed forms in the languages the query is read in.
    pub stems: Vec<(Lang, String)>,
    /// A stop word or a single letter: it ranks but is not required.
    pub optional: bool,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParsedQuery {
    pub words: Vec<Word>,
    pub phrases: Vec<Vec<String>>,
    pub excluded: Vec<String>,
    /// The last word is unfinished: it also matches as a prefix.
    pub prefix_last: bool,
    /// The input was longer than what was read.
    pub truncated: bool,
}

impl ParsedQuery {
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.phrases.is_empty()
    }

    /// Every plain term the query looks for, for highlighting.
    pub fn plain_terms(&self) -> impl Iterator<Item = &str> {
        self.words
            .iter()
            .map(|w| w.plain.as_str())
            .chain(self.phrases.iter().flatten().map(String::as_str))
    }
}

/// Reads `raw` for a user reading `lang`; `typing` says the last word may be unfinished.
pub fn parse(raw: &str, lang: Lang, typing: bool) -> ParsedQuery {
    let mut q = ParsedQuery::default();
    let cleaned: String = raw.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let text: String = cleaned.chars().take(MAX_QUERY_CHARS).collect();
    q.truncated = cleaned.chars().count() > MAX_QUERY_CHARS;
    let langs: Vec<Lang> = if lang == Lang::En {
        vec![Lang::En]
    } else {
        vec![lang, Lang::En]
    };
    let mut plain = analysis::plain();
    let mut stemmers: Vec<(Lang, TextAnalyzer)> = langs.iter().map(|l| (*l, analysis::stemmed(*l))).collect();
    let mut stops: Vec<TextAnalyzer> = langs
        .iter()
        .filter_map(|l| StopWordFilter::new(l.stemmer()))
        .map(|f| {
            TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(LowerCaser)
                .filter(f)
                .build()
        })
        .collect();

    // Quotes pair up left to right; a last, unpaired quote is ignored.
    let quotes = text.matches('"').count();
    let mut segments: Vec<(bool, &str)> = Vec::new();
    let mut in_phrase = false;
    let mut seen = 0;
    for part in text.split('"') {
        segments.push((in_phrase, part));
        seen += 1;
        if seen <= quotes - quotes % 2 {
            in_phrase = !in_phrase;
        }
    }
    let last_is_word = !text.ends_with(char::is_whitespace) && !text.ends_with('"');
    // Words read so far, phrase words included: what the cap counts.
    let mut read = 0;
    'segments: for (phrase, part) in segments {
        if phrase {
            let mut terms = analysis::terms(&mut plain, part);
            if terms.len() > 1 {
                if read + terms.len() > MAX_WORDS {
                    terms.truncate(MAX_WORDS - read);
                    q.truncated = true;
                }
                read += terms.len();
                if terms.len() > 1 {
                    q.phrases.push(terms);
                }
                if read >= MAX_WORDS {
                    break;
                }
                continue;
            }
        }
        for raw_word in part.split_whitespace() {
            if read >= MAX_WORDS {
                q.truncated = true;
                break 'segments;
            }
            if let Some(rest) = raw_word.strip_prefix('-').filter(|r| !r.is_empty() && !phrase) {
                let terms = analysis::terms(&mut plain, rest);
                let room = (MAX_WORDS - read).min(terms.len());
                q.truncated |= room < terms.len();
                read += room;
                q.excluded.extend(terms.into_iter().take(room));
                continue;
            }
            let plains = analysis::terms(&mut plain, raw_word);
            let stemmed: Vec<(Lang, Vec<String>)> = stemmers
                .iter_mut()
                .map(|(l, a)| (*l, analysis::terms(a, raw_word)))
                .collect();
            for (i, p) in plains.iter().enumerate() {
                if read >= MAX_WORDS {
                    q.truncated = true;
                    break 'segments;
                }
                read += 1;
                let stop = plains.len() == 1 && stops.iter_mut().any(|s| analysis::terms(s, raw_word).is_empty());
                let mut stems: Vec<(Lang, String)> = Vec::new();
                for (l, s) in &stemmed {
                    if let Some(s) = s.get(i) {
                        stems.push((*l, s.clone()));
                    }
                }
                let optional = stop || p.chars().count() < 2;
                // Stop words and single letters add little to a ranking and cost a walk over
                // long posting lists each: a few of them are kept, the rest dropped.
                if optional && q.words.iter().filter(|w| w.optional).count() >= MAX_OPTIONAL_WORDS {
                    q.truncated = true;
                    continue;
                }
                q.words.push(Word {
                    plain: p.clone(),
                    stems,
                    optional,
                });
            }
        }
    }
    q.prefix_last = typing
        && last_is_word
        && q.words
            .last()
            .is_some_and(|w| w.plain.chars().count() >= analysis::MIN_PREFIX);
    q
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plains(q: &ParsedQuery) -> Vec<&str> {
        q.words.iter().map(|w| w.plain.as_str()).collect()
    }

    #[test]
    fn words_phrases_and_exclusions() {
        let q = parse("Halbleiter \"silicon saxony\" -Dresden Cluster", Lang::De, false);
        assert_eq!(plains(&q), ["halbleiter", "cluster"]);
        assert_eq!(q.phrases, [vec!["silicon".to_owned(), "saxony".to_owned()]]);
        assert_eq!(q.excluded, ["dresden"]);
        assert!(q.words[0].stems.iter().any(|(l, _)| *l == Lang::De));
        assert!(q.words[0].stems.iter().any(|(l, _)| *l == Lang::En));
    }

    #[test]
    fn unbalanced_quotes_are_text() {
        let q = parse("\"silicon saxony", Lang::En, false);
        assert_eq!(plains(&q), ["silicon", "saxony"]);
        assert!(q.phrases.is_empty());
        let q = parse("a \"b c\" \"d", Lang::En, false);
        assert_eq!(q.phrases.len(), 1);
        assert_eq!(plains(&q), ["a", "d"]);
    }

    #[test]
    fn stop_words_and_letters_are_optional() {
        let q = parse("Cluster in Sachsen", Lang::De, false);
        assert_eq!(
            q.words.iter().map(|w| w.optional).collect::<Vec<_>>(),
            [false, true, false]
        );
        let q = parse("R&D", Lang::En, false);
        assert!(q.words.iter().all(|w| w.optional));
    }

    #[test]
    fn typing_marks_the_last_word_as_a_prefix() {
        assert!(parse("silicon sax", Lang::En, true).prefix_last);
        assert!(!parse("silicon sax ", Lang::En, true).prefix_last);
        assert!(!parse("silicon sax", Lang::En, false).prefix_last);
    }

    #[test]
    fn hostile_input_is_bounded() {
        let long = "x ".repeat(5_000);
        let q = parse(&long, Lang::En, false);
        assert!(q.truncated);
        assert!(q.words.len() <= MAX_WORDS);
        let q = parse("a\u{0}b\u{7}c\r\n\"", Lang::Fr, true);
        assert_eq!(plains(&q), ["a", "b", "c"]);
        assert!(parse("\"\"\"\"", Lang::En, false).is_empty());
        // Words are counted as the index reads them: one dotted "word" is many.
        let dotted = (0..150).map(|i| format!("w{i}")).collect::<Vec<_>>().join(".");
        let q = parse(&dotted, Lang::En, false);
        assert!(q.truncated);
        assert_eq!(q.words.len(), MAX_WORDS);
        // A run of single letters or stop words keeps only a few of them.
        let letters = ('a'..='z').map(String::from).collect::<Vec<_>>().join(" ");
        let q = parse(&letters, Lang::En, false);
        assert!(q.truncated);
        assert_eq!(q.words.len(), MAX_OPTIONAL_WORDS);
        let q = parse("the a of photonics in cluster and or", Lang::En, false);
        assert_eq!(q.words.iter().filter(|w| w.optional).count(), MAX_OPTIONAL_WORDS);
        assert!(plains(&q).contains(&"photonics") && plains(&q).contains(&"cluster"));
        let phrase = format!(
            "\"{}\" more words",
            (0..14).map(|i| format!("term{i}")).collect::<Vec<_>>().join(" ")
        );
        let q = parse(&phrase, Lang::En, false);
        assert_eq!(q.phrases[0].len() + q.words.len() + q.excluded.len(), MAX_WORDS);
        let q = parse(&format!("-{dotted}"), Lang::En, false);
        assert_eq!(q.excluded.len(), MAX_WORDS);
        assert!(parse("", Lang::En, true).is_empty());
    }
}

//! Why a result matched: the passage of its text with the most query words, the words marked.
//! The text is read with the same analyzers as the index, so a stem, a prefix, a near miss or
//! part of a compound is marked where it stands.

use std::collections::HashSet;

use tantivy::tokenizer::TextAnalyzer;

use crate::analysis;
use crate::lang::Lang;

/// What the query looks for, in the forms a word of a text is compared with.
#[derive(Debug, Default)]
pub struct Matcher {
    pub plain: HashSet<String>,
    pub stems: HashSet<(Lang, String)>,
    pub prefixes: Vec<String>,
    /// Words the index does not know, matched with this many edits.
    pub fuzzy: Vec<(String, u32)>,
    /// Parts of compounds ("halbleiter" in "halbleitercluster").
    pub parts: Vec<String>,
}

impl Matcher {
    fn matches(&self, plain: &str, stem: Option<(Lang, &str)>) -> bool {
        self.plain.contains(plain)
            || stem.is_some_and(|(l, s)| self.stems.contains(&(l, s.to_owned())))
            || self.prefixes.iter().any(|p| plain.starts_with(p.as_str()))
            || self.parts.iter().any(|p| plain.contains(p.as_str()))
            || self.fuzzy.iter().any(|(t, d)| edit_distance_at_most(plain, t, *d))
    }

    pub fn is_empty(&self) -> bool {
        self.plain.is_empty() && self.stems.is_empty() && self.prefixes.is_empty() && self.fuzzy.is_empty()
    }
}

/// A highlighted passage as HTML: the text escaped, matched words in `<mark>`.
pub struct Highlighted {
    pub html: String,
    pub matched: usize,
}

/// Marks the matches in a short text (a title), whole.
pub fn whole(text: &str, lang: Option<Lang>, m: &Matcher) -> Highlighted {
    passage(text, lang, m, usize::MAX)
}

/// The passage of about `width` characters with the most distinct matches, marked; the start of
/// the text when nothing matches.
pub fn passage(text: &str, lang: Option<Lang>, m: &Matcher, width: usize) -> Highlighted {
    let mut plain = analysis::plain();
    let tokens = analysis::tokens(&mut plain, text);
    let stems: Option<(Lang, Vec<String>)> = lang.map(|l| {
        let mut a: TextAnalyzer = analysis::stemmed(l);
        (l, analysis::terms(&mut a, text))
    });
    // The stemmer sees the same words as the plain analyzer, so the i-th stem is the i-th token's.
    let hits: Vec<(usize, usize, String)> = tokens
        .iter()
        .enumerate()
        .filter(|(i, t)| {
            let stem = stems
                .as_ref()
                .filter(|(_, s)| s.len() == tokens.len())
                .map(|(l, s)| (*l, s[*i].as_str()));
            m.matches(&t.text, stem)
        })
        .map(|(_, t)| (t.offset_from, t.offset_to, t.text.clone()))
        .collect();

    let (start, end) = if text.len() <= width {
        (0, text.len())
    } else {
        best_window(text, &hits, width)
    };
    let mut html = String::new();
    if start > 0 {
        html.push('…');
    }
    let mut at = start;
    let mut matched = HashSet::new();
    for (from, to, word) in hits.iter().filter(|(f, t, _)| *f >= start && *t <= end) {
        escape_into(&mut html, &text[at..*from]);
        html.push_str("<mark>");
        escape_into(&mut html, &text[*from..*to]);
        html.push_str("</mark>");
        matched.insert(word.as_str());
        at = *to;
    }
    escape_into(&mut html, &text[at..end]);
    if end < text.len() {
        html.push('…');
    }
    Highlighted {
        html,
        matched: matched.len(),
    }
}

/// The window of `width` bytes (cut at spaces) holding the most distinct matched words.
fn best_window(text: &str, hits: &[(usize, usize, String)], width: usize) -> (usize, usize) {
    let mut best = (0usize, 0usize);
    for (i, (from, _, _)) in hits.iter().enumerate() {
        let limit = from + width;
        let distinct: HashSet<&str> = hits[i..]
            .iter()
            .take_while(|(_, to, _)| *to <= limit)
            .map(|(_, _, w)| w.as_str())
            .collect();
        if distinct.len() > best.0 {
            best = (distinct.len(), *from);
        }
    }
    // Start a little before the first match, at a word boundary, so it reads as a sentence.
    let mut start = best.1.saturating_sub(width / 5);
    if best.0 == 0 {
        start = 0;
    }
    while start > 0 && !text.is_char_boundary(start) {
        start -= 1;
    }
    if start > 0 {
        if let Some(space) = text[start..best.1.max(start)].find(char::is_whitespace) {
            start += space + 1;
        }
    }
    let mut end = (start + width).min(text.len());
    while end < text.len() && !text.is_char_boundary(end) {
        end += 1;
    }
    if end < text.len() {
        if let Some(space) = text[start..end].rfind(char::is_whitespace) {
            end = start + space;
        }
    }
    (start, end)
}

pub fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// Whether `a` and `b` are at most `max` edits apart (insertions, deletions, substitutions,
/// transpositions of neighbours).
pub fn edit_distance_at_most(a: &str, b: &str, max: u32) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max as usize {
        return false;
    }
    let mut prev2 = vec![0u32; b.len() + 1];
    let mut prev: Vec<u32> = (0..=b.len() as u32).collect();
    let mut cur = vec![0u32; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i as u32;
        for j in 1..=b.len() {
            let cost = u32::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()] <= max
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher(words: &[&str]) -> Matcher {
        Matcher {
            plain: words.iter().map(|w| (*w).to_owned()).collect(),
            ..Matcher::default()
        }
    }

    #[test]
    fn marks_words_and_escapes_the_rest() {
        let h = whole("<b>Silicon</b> Saxony & friends", None, &matcher(&["saxony"]));
        assert_eq!(h.html, "&lt;b&gt;Silicon&lt;/b&gt; <mark>Saxony</mark> &amp; friends");
        assert_eq!(h.matched, 1);
    }

    #[test]
    fn marks_stems_prefixes_and_near_misses() {
        let m = Matcher {
            stems: [(Lang::En, "semiconductor".to_owned())].into(),
            prefixes: vec!["bio".into()],
            fuzzy: vec![("steinbis".into(), 1)],
            ..Matcher::default()
        };
        let h = whole("Steinbeis works on semiconductors and biotech", Some(Lang::En), &m);
        assert_eq!(
            h.html,
            "<mark>Steinbeis</mark> works on <mark>semiconductors</mark> and <mark>biotech</mark>"
        );
    }

    #[test]
    fn picks_the_passage_with_the_matches() {
        let text = format!(
            "{} the cluster for defence and space {}",
            "filler ".repeat(60),
            "more ".repeat(60)
        );
        let h = passage(&text, None, &matcher(&["defence", "space"]), 80);
        assert!(h.html.starts_with('…'), "{}", h.html);
        assert!(h.html.contains("<mark>defence</mark> and <mark>space</mark>"));
        assert!(h.html.len() < 200);
    }

    #[test]
    fn edit_distance() {
        assert!(edit_distance_at_most("steinbis", "steinbeis", 1));
        assert!(edit_distance_at_most("biosaxonie", "biosaxony", 2));
        assert!(!edit_distance_at_most("biosaxonie", "biosaxony", 1));
        assert!(edit_distance_at_most("form", "from", 1));
        assert!(!edit_distance_at_most("cluster", "semiconductor", 2));
    }
}

//! Text analysis: how text becomes index terms, the same way at indexing and at query time.
//!
//! - `plain`: words, lower-cased, accents folded ("Großunternehmen" → "grossunternehmen"). Exact
//!   words, phrases, typo tolerance and compound splitting work on these terms in every language.
//! - `stem_xx`: the same words reduced to their stem by the language's Snowball stemmer, so
//!   "semiconductors" meets "semiconductor" and "forsvarsindustrien" meets "forsvarsindustri".
//!   Folding comes after stemming because the Danish, German and French stemmers read æ, ø, ä, é.
//! - `edge`: every prefix (2–20 characters) of the words of names, so the last word typed is
//!   completed with one term lookup instead of a scan of the term dictionary.

use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer, Token, TokenStream,
    Tokenizer, TokenizerManager,
};

use crate::lang::Lang;

pub const PLAIN: &str = "plain";
pub const EDGE: &str = "edge";
/// Words longer than this are not words (hashes, URLs run together) and are dropped.
const MAX_WORD: usize = 48;
pub const MIN_PREFIX: usize = 2;
const MAX_PREFIX: usize = 20;

pub fn plain() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_WORD))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

pub fn stemmed(lang: Lang) -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_WORD))
        .filter(LowerCaser)
        .filter(Stemmer::new(lang.stemmer()))
        .filter(AsciiFoldingFilter)
        .build()
}

/// Registers every analyzer the schema names.
pub fn register(manager: &TokenizerManager) {
    manager.register(PLAIN, plain());
    manager.register(EDGE, TextAnalyzer::from(EdgeTokenizer { plain: plain() }));
    for lang in Lang::ALL {
        manager.register(&lang.analyzer(), stemmed(*lang));
    }
}

/// The terms of `text` under an analyzer, in order.
pub fn terms(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// The tokens of `text` with their byte offsets in it, for highlighting.
pub fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while stream.advance() {
        out.push(stream.token().clone());
    }
    out
}

/// Emits every prefix of every plain word, at the word's position.
#[derive(Clone)]
struct EdgeTokenizer {
    plain: TextAnalyzer,
}

struct VecTokenStream {
    tokens: Vec<Token>,
    next: usize,
}

impl TokenStream for VecTokenStream {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

impl Tokenizer for EdgeTokenizer {
    type TokenStream<'a> = VecTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream {
        let mut tokens = Vec::new();
        for word in self::tokens(&mut self.plain, text) {
            let chars: Vec<char> = word.text.chars().collect();
            for n in MIN_PREFIX..=chars.len().min(MAX_PREFIX) {
                let mut t = word.clone();
                t.text = chars[..n].iter().collect();
                tokens.push(t);
            }
        }
        VecTokenStream { tokens, next: 0 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_folds_case_and_accents() {
        assert_eq!(
            terms(&mut plain(), "Großunternehmen, Électronique & R&D"),
            ["grossunternehmen", "electronique", "r", "d"]
        );
    }

    #[test]
    fn stemming_meets_other_forms_of_a_word() {
        assert_eq!(
            terms(&mut stemmed(Lang::En), "semiconductors"),
            terms(&mut stemmed(Lang::En), "semiconductor")
        );
        assert_eq!(
            terms(&mut stemmed(Lang::Da), "forsvarsindustrien"),
            terms(&mut stemmed(Lang::Da), "forsvarsindustri")
        );
        assert_eq!(
            terms(&mut stemmed(Lang::De), "Unternehmen"),
            terms(&mut stemmed(Lang::De), "unternehmens")
        );
        assert_eq!(
            terms(&mut stemmed(Lang::Fr), "entreprises"),
            terms(&mut stemmed(Lang::Fr), "entreprise")
        );
    }

    #[test]
    fn edge_emits_prefixes() {
        let mut edge = TextAnalyzer::from(EdgeTokenizer { plain: plain() });
        assert_eq!(terms(&mut edge, "Saxony"), ["sa", "sax", "saxo", "saxon", "saxony"]);
    }
}

//! The languages text is analysed in, and detection of a text's language.

use tantivy::tokenizer::Language;
use whatlang::Lang as Detected;

macro_rules! languages {
    ($($variant:ident = $code:literal, $stemmer:ident, $detected:ident;)*) => {
        /// A language with its own stemmed field in the index.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Lang { $($variant),* }

        impl Lang {
            pub const ALL: &'static [Lang] = &[$(Lang::$variant),*];

            /// ISO 639-1 code.
            pub fn code(self) -> &'static str {
                match self { $(Lang::$variant => $code),* }
            }

            pub fn from_code(code: &str) -> Option<Lang> {
                match code.trim().to_ascii_lowercase().as_str() {
                    $($code => Some(Lang::$variant),)*
                    "no" => Some(Lang::Nb),
                    _ => None,
                }
            }

            pub(crate) fn stemmer(self) -> Language {
                match self { $(Lang::$variant => Language::$stemmer),* }
            }

            fn from_detected(d: Detected) -> Option<Lang> {
                match d { $(Detected::$detected => Some(Lang::$variant),)* _ => None }
            }

            fn detectable() -> Vec<Detected> {
                vec![$(Detected::$detected),*]
            }
        }
    };
}

languages! {
    En = "en", English, Eng;
    De = "de", German, Deu;
    Fr = "fr", French, Fra;
    Da = "da", Danish, Dan;
    Nl = "nl", Dutch, Nld;
    It = "it", Italian, Ita;
    Es = "es", Spanish, Spa;
    Pt = "pt", Portuguese, Por;
    Sv = "sv", Swedish, Swe;
    Nb = "nb", Norwegian, Nob;
    Fi = "fi", Finnish, Fin;
    Ro = "ro", Romanian, Ron;
    Hu = "hu", Hungarian, Hun;
    El = "el", Greek, Ell;
}

impl Lang {
    /// The tokenizer name of this language's stemmed analysis.
    pub(crate) fn analyzer(self) -> String {
        format!("stem_{}", self.code())
    }

    /// The field holding text stemmed in this language.
    pub(crate) fn field(self) -> String {
        format!("text_{}", self.code())
    }
}

/// The language of a text, among those the index analyses; `hint` (a language the author declared
/// or the country's) breaks ties when detection is unsure, as it is on short texts.
pub fn detect(text: &str, hint: Option<Lang>) -> Option<Lang> {
    thread_local! {
        static DETECTOR: whatlang::Detector = whatlang::Detector::with_allowlist(Lang::detectable());
    }
    // Detection reads trigrams; a few hundred characters are plenty and keep it cheap.
    let sample: String = text.chars().take(600).collect();
    let info = DETECTOR.with(|d| d.detect(&sample));
    match info {
        Some(i) if i.is_reliable() || hint.is_none() => Lang::from_detected(i.lang()).or(hint),
        _ => hint,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_the_platforms_languages() {
        assert_eq!(
            detect(
                "Der Cluster vernetzt Unternehmen und Forschungseinrichtungen in ganz Sachsen.",
                None
            ),
            Some(Lang::De)
        );
        assert_eq!(
            detect(
                "Le pôle réunit des entreprises et des laboratoires de recherche autour de la santé.",
                None
            ),
            Some(Lang::Fr)
        );
        assert_eq!(
            detect(
                "Klyngen samler virksomheder og forskningsinstitutioner inden for forsvarsindustrien.",
                None
            ),
            Some(Lang::Da)
        );
        assert_eq!(
            detect(
                "The cluster brings together companies and research organisations.",
                None
            ),
            Some(Lang::En)
        );
    }

    #[test]
    fn codes_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(*l));
        }
        assert_eq!(Lang::from_code("xx"), None);
    }
}

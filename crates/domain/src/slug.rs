//! URL-safe identifiers of organisations, derived from their names.

use std::fmt;

/// Lower-case ASCII letters, digits and single hyphens, 1–80 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct Slug(String);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("must be 1–80 characters of a–z, 0–9 and single hyphens, not starting or ending with a hyphen")]
pub struct InvalidSlug;

impl Slug {
    pub const MAX_LEN: usize = 80;

    pub fn parse(s: &str) -> Result<Self, InvalidSlug> {
        let ok = !s.is_empty()
            && s.len() <= Self::MAX_LEN
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !s.starts_with('-')
            && !s.ends_with('-')
            && !s.contains("--");
        if ok {
            Ok(Self(s.to_owned()))
        } else {
            Err(InvalidSlug)
        }
    }

    /// Derives a slug from any name: transliterates to ASCII ("Königsberg" → "konigsberg"), keeps
    /// letters and digits, joins words with hyphens. A name without any letter or digit gives "org".
    pub fn from_name(name: &str) -> Self {
        let ascii = deunicode::deunicode(name).to_ascii_lowercase();
        let mut out = String::with_capacity(ascii.len());
        for c in ascii.chars() {
            if c.is_ascii_alphanumeric() {
                out.push(c);
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
        // Cut at a word boundary so long legal names stay readable.
        if out.len() > Self::MAX_LEN - 8 {
            out.truncate(Self::MAX_LEN - 8);
            if let Some(i) = out.rfind('-') {
                if i > 20 {
                    out.truncate(i);
                }
            }
        }
        let out = out.trim_matches('-').to_owned();
        if out.is_empty() {
            Self("org".to_owned())
        } else {
            Self(out)
        }
    }

    /// The same slug with a numeric suffix, to make it unique ("acme" → "acme-2").
    pub fn with_suffix(&self, n: u64) -> Self {
        Self(format!("{}-{n}", self.0))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for Slug {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Slug::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// Lower-case ASCII form of a text, for sorting and accent-insensitive matching
/// ("Pôle Mer" → "pole mer", "Ørsted" → "orsted").
pub fn fold(s: &str) -> String {
    deunicode::deunicode(s).to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn names_become_readable_slugs() {
        assert_eq!(Slug::from_name("Silicon Saxony e.V.").as_str(), "silicon-saxony-e-v");
        assert_eq!(
            Slug::from_name("Pôle Mer Bretagne Atlantique").as_str(),
            "pole-mer-bretagne-atlantique"
        );
        assert_eq!(Slug::from_name("  ***  ").as_str(), "org");
        assert_eq!(Slug::from_name("Münchner Kreis").as_str(), "munchner-kreis");
    }

    proptest! {
        #[test]
        fn any_name_gives_a_valid_slug(name in ".{0,200}") {
            let s = Slug::from_name(&name);
            prop_assert!(Slug::parse(s.as_str()).is_ok(), "{:?} -> {:?}", name, s);
            prop_assert!(Slug::parse(s.with_suffix(12345).as_str()).is_ok());
        }
    }
}

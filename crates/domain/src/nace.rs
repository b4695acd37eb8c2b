//! NACE Rev. 2 activity codes. Codes are validated by shape and mapped to their section (A–U) by
//! the division ranges of the classification; the full code list with names is reference data
//! that users may import, so it is not written in here.

use std::fmt;

/// The 21 sections of NACE Rev. 2 with the divisions each spans.
const SECTIONS: &[(char, u8, u8)] = &[
    ('A', 1, 3),
    ('B', 5, 9),
    ('C', 10, 33),
    ('D', 35, 35),
    ('E', 36, 39),
    ('F', 41, 43),
    ('G', 45, 47),
    ('H', 49, 53),
    ('I', 55, 56),
    ('J', 58, 63),
    ('K', 64, 66),
    ('L', 68, 68),
    ('M', 69, 75),
    ('N', 77, 82),
    ('O', 84, 84),
    ('P', 85, 85),
    ('Q', 86, 88),
    ('R', 90, 93),
    ('S', 94, 96),
    ('T', 97, 98),
    ('U', 99, 99),
];

/// A NACE Rev. 2 section, "A" to "U".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NaceSection(char);

/// A NACE Rev. 2 code: a section letter ("C"), a division ("26"), a group ("26.1") or a class
/// ("26.11").
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NaceCode(String);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("\"{0}\" is not a NACE Rev. 2 code (a section A–U, or a division, group or class such as 26, 26.1, 26.11)")]
pub struct InvalidNace(pub String);

impl NaceSection {
    pub fn all() -> impl Iterator<Item = NaceSection> {
        SECTIONS.iter().map(|(c, _, _)| NaceSection(*c))
    }

    pub fn parse(s: &str) -> Result<Self, InvalidNace> {
        let t = s.trim().to_ascii_uppercase();
        let mut chars = t.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if SECTIONS.iter().any(|(l, _, _)| *l == c) => Ok(Self(c)),
            _ => Err(InvalidNace(s.chars().take(40).collect())),
        }
    }

    pub fn letter(self) -> char {
        self.0
    }

    /// The letter as a string ("C").
    pub fn as_str(self) -> &'static str {
        const LETTERS: &str = "ABCDEFGHIJKLMNOPQRSTU";
        let i = (self.0 as usize).saturating_sub('A' as usize).min(LETTERS.len() - 1);
        &LETTERS[i..=i]
    }

    pub fn message_id(self) -> String {
        format!("nace-{}", self.0)
    }
}

impl fmt::Display for NaceSection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl NaceCode {
    pub fn parse(s: &str) -> Result<Self, InvalidNace> {
        let t = s.trim().to_ascii_uppercase();
        let bad = || InvalidNace(s.chars().take(40).collect());
        if NaceSection::parse(&t).is_ok() {
            return Ok(Self(t));
        }
        // Accept an optional leading section letter ("C26.11"), common in exports.
        let digits = t.trim_start_matches(|c: char| c.is_ascii_alphabetic());
        let valid_shape = match digits.len() {
            2 => digits.bytes().all(|b| b.is_ascii_digit()),
            4 | 5 => {
                digits.as_bytes()[2] == b'.' && digits.bytes().enumerate().all(|(i, b)| i == 2 || b.is_ascii_digit())
            }
            _ => false,
        };
        if !valid_shape {
            return Err(bad());
        }
        let code = Self(digits.to_owned());
        if code.division().and_then(section_of_division).is_none() {
            return Err(bad());
        }
        Ok(code)
    }

    fn division(&self) -> Option<u8> {
        self.0.get(..2).and_then(|d| d.parse().ok())
    }

    pub fn section(&self) -> NaceSection {
        match self.division() {
            Some(d) => section_of_division(d).unwrap_or(NaceSection('S')),
            // A bare section letter.
            None => NaceSection(self.0.chars().next().unwrap_or('S')),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn section_of_division(d: u8) -> Option<NaceSection> {
    SECTIONS
        .iter()
        .find(|(_, lo, hi)| (*lo..=*hi).contains(&d))
        .map(|(c, _, _)| NaceSection(*c))
}

impl fmt::Display for NaceCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl serde::Serialize for NaceCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for NaceCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        NaceCode::parse(&s).map_err(serde::de::Error::custom)
    }
}

impl<'de> serde::Deserialize<'de> for NaceSection {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        NaceSection::parse(&s).map_err(serde::de::Error::custom)
    }
}

impl serde::Serialize for NaceSection {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_map_to_sections() {
        assert_eq!(NaceCode::parse("26.11").unwrap().section().letter(), 'C');
        assert_eq!(NaceCode::parse("C26.1").unwrap().as_str(), "26.1");
        assert_eq!(NaceCode::parse("72").unwrap().section().letter(), 'M');
        assert_eq!(NaceCode::parse("j").unwrap().section().letter(), 'J');
        assert!(NaceCode::parse("04").is_err(), "division 04 does not exist");
        assert!(NaceCode::parse("26.111").is_err());
        assert!(NaceCode::parse("Z").is_err());
        assert_eq!(NaceSection::all().count(), 21);
        assert!(NaceSection::all().all(|s| s.as_str() == s.letter().to_string()));
    }
}

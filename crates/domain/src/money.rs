//! Money as integer cents, never floating point.

use std::fmt;

/// An amount in euro cents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Cents(pub i64);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("\"{0}\" is not an amount (digits with at most two decimals, e.g. 1496205 or 82478.75)")]
pub struct InvalidAmount(pub String);

impl Cents {
    /// Parses "1496205", "82478.75" or "82478,75" (CORDIS writes both) without going through f64.
    pub fn parse(s: &str) -> Result<Self, InvalidAmount> {
        let t = s.trim();
        let bad = || InvalidAmount(s.chars().take(40).collect());
        let (neg, t) = match t.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, t),
        };
        let (whole, frac) = match t.find(['.', ',']) {
            Some(i) => (&t[..i], &t[i + 1..]),
            None => (t, ""),
        };
        if whole.is_empty() || whole.len() > 15 || !whole.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        if frac.len() > 2 || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let whole: i64 = whole.parse().map_err(|_| bad())?;
        let frac: i64 = match frac.len() {
            0 => 0,
            1 => frac.parse::<i64>().map_err(|_| bad())? * 10,
            _ => frac.parse().map_err(|_| bad())?,
        };
        let v = whole * 100 + frac;
        Ok(Cents(if neg { -v } else { v }))
    }
}

impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let a = self.0.unsigned_abs();
        write!(f, "{sign}{}.{:02}", a / 100, a % 100)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_cordis_amounts() {
        assert_eq!(Cents::parse("1496205"), Ok(Cents(149_620_500)));
        assert_eq!(Cents::parse("82478,75"), Ok(Cents(8_247_875)));
        assert_eq!(Cents::parse("996734.4"), Ok(Cents(99_673_440)));
        assert!(Cents::parse("1e5").is_err());
        assert!(Cents::parse("").is_err());
        assert!(Cents::parse("1.234").is_err());
    }

    proptest! {
        #[test]
        fn display_round_trips(v in -1_000_000_000_000i64..1_000_000_000_000) {
            prop_assert_eq!(Cents::parse(&Cents(v).to_string()), Ok(Cents(v)));
        }
    }
}

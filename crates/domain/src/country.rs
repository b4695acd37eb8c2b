//! ISO 3166-1 alpha-2 country codes. Display names are translations (`country-XX` messages), so
//! this module only knows which codes exist.

use std::fmt;

/// The officially assigned ISO 3166-1 alpha-2 codes plus XK (Kosovo), which the EU uses.
const CODES: &[&str] = &[
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB", "BD",
    "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY", "BZ", "CA",
    "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE",
    "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA",
    "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK",
    "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP",
    "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT",
    "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS",
    "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ",
    "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS",
    "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST",
    "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW",
    "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "XK", "YE", "YT",
    "ZA", "ZM", "ZW",
];

/// A valid ISO 3166-1 alpha-2 code, stored upper-case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("\"{0}\" is not an ISO 3166-1 alpha-2 country code")]
pub struct InvalidCountry(pub String);

impl CountryCode {
    /// Parses an ISO code in any case. Use [`CountryCode::from_cordis`] for CORDIS data.
    pub fn parse(s: &str) -> Result<Self, InvalidCountry> {
        let up = s.trim().to_ascii_uppercase();
        if up.len() == 2 && CODES.binary_search(&up.as_str()).is_ok() {
            let b = up.as_bytes();
            Ok(Self([b[0], b[1]]))
        } else {
            Err(InvalidCountry(s.chars().take(40).collect()))
        }
    }

    /// CORDIS and Eurostat write EL for Greece and UK for the United Kingdom.
    pub fn from_cordis(s: &str) -> Result<Self, InvalidCountry> {
        match s.trim().to_ascii_uppercase().as_str() {
            "EL" => Self::parse("GR"),
            "UK" => Self::parse("GB"),
            _ => Self::parse(s),
        }
    }

    pub fn as_str(&self) -> &str {
        // The bytes come from the ASCII list above.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    pub fn all() -> impl Iterator<Item = CountryCode> {
        CODES.iter().map(|c| {
            let b = c.as_bytes();
            CountryCode([b[0], b[1]])
        })
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CountryCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CountryCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        CountryCode::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_sorted_for_binary_search() {
        assert!(CODES.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(CODES.len(), 250);
    }

    #[test]
    fn cordis_codes_map_to_iso() {
        assert_eq!(CountryCode::from_cordis("EL").unwrap().as_str(), "GR");
        assert_eq!(CountryCode::from_cordis("UK").unwrap().as_str(), "GB");
        assert_eq!(CountryCode::parse("de").unwrap().as_str(), "DE");
        assert!(CountryCode::parse("EL").is_err());
        assert!(CountryCode::parse("Cluj Napoca").is_err());
    }
}

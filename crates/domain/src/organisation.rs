//! Organisations of the directory: clusters, companies, technology centres, research and education,
//! support-network partners and public authorities, with the values that make up their profile.

use std::collections::BTreeMap;
use std::fmt;

use crate::error::{Code, ValidationErrors};
use crate::nace::NaceCode;
use crate::slug::Slug;
use crate::taxonomy::{CriticalTechnology, Ecosystem, KeyEnablingTechnology};
use crate::CountryCode;

macro_rules! string_enum {
    ($(#[$m:meta])* $name:ident, $prefix:literal, { $($variant:ident => $s:literal),* $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),* }

        impl $name {
            pub const ALL: &'static [Self] = &[$(Self::$variant),*];
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $s),* }
            }
            pub fn message_id(self) -> String {
                format!("{}-{}", $prefix, self.as_str())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                let t = s.trim();
                Self::ALL.iter().copied().find(|v| v.as_str().eq_ignore_ascii_case(t)).ok_or_else(|| {
                    format!(
                        "\"{}\" is not one of: {}",
                        t.chars().take(40).collect::<String>(),
                        Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
                    )
                })
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}
pub(crate) use string_enum;

string_enum!(
    /// What kind of organisation a profile describes.
    OrganisationType, "type", {
    Cluster => "cluster",
    Company => "company",
    TechnologyCentre => "technology-centre",
    ResearchEducation => "research-education",
    SupportNetwork => "support-network",
    PublicAuthority => "public-authority",
    Other => "other",
});

impl OrganisationType {
    /// Maps the CORDIS `activityType`: PRC private companies, REC research organisations (RTOs,
    /// the technology centres of the platform), HES higher education, PUB public bodies, OTH the rest.
    pub fn from_cordis_activity(code: &str) -> Self {
        match code.trim() {
            "PRC" => Self::Company,
            "REC" => Self::TechnologyCentre,
            "HES" => Self::ResearchEducation,
            "PUB" => Self::PublicAuthority,
            _ => Self::Other,
        }
    }
}

string_enum!(
    /// Cluster management excellence label (European Secretariat for Cluster Analysis).
    ClusterLabel, "label", {
    Bronze => "bronze",
    Silver => "silver",
    Gold => "gold",
});

/// The languages content and interfaces are offered in: the 24 official EU languages and the other
/// languages of the countries clusters most often work with.
/// The language codes a description may be written in.
pub const LANGUAGES: &[&str] = &[
    "ar", "bg", "ca", "cs", "da", "de", "el", "en", "es", "et", "eu", "fi", "fr", "ga", "gl", "he", "hr", "hu", "is",
    "it", "ja", "ko", "lt", "lv", "mk", "mt", "nb", "nl", "no", "pl", "pt", "ro", "ru", "sk", "sl", "sq", "sr", "sv",
    "tr", "uk", "zh",
];

/// An ISO 639-1 language code from the list above.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LanguageCode([u8; 2]);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("\"{0}\" is not a supported ISO 639-1 language code (e.g. en, de, fr, da)")]
pub struct InvalidLanguage(pub String);

impl LanguageCode {
    pub fn parse(s: &str) -> Result<Self, InvalidLanguage> {
        let t = s.trim().to_ascii_lowercase();
        if LANGUAGES.contains(&t.as_str()) {
            let b = t.as_bytes();
            Ok(Self([b[0], b[1]]))
        } else {
            Err(InvalidLanguage(s.chars().take(40).collect()))
        }
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("en")
    }

    pub fn message_id(&self) -> String {
        format!("language-{}", self.as_str())
    }
}

impl fmt::Display for LanguageCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for LanguageCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for LanguageCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        LanguageCode::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// A NUTS region code (2021 or 2024 classification): two country letters then up to three
/// characters, e.g. DE (country), DED (level 1), DED2 (level 2), DED21 (level 3). Greece is EL
/// in NUTS, unlike ISO.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NutsCode(String);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("\"{0}\" is not a NUTS code (two country letters and up to three letters or digits, e.g. DED21)")]
pub struct InvalidNuts(pub String);

impl NutsCode {
    pub fn parse(s: &str) -> Result<Self, InvalidNuts> {
        let t = s.trim().to_ascii_uppercase();
        let b = t.as_bytes();
        let ok = (2..=5).contains(&b.len())
            && b[..2].iter().all(u8::is_ascii_uppercase)
            && b[2..].iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        if ok {
            Ok(Self(t))
        } else {
            Err(InvalidNuts(s.chars().take(40).collect()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// 0 for a country, 1–3 for the NUTS levels.
    pub fn level(&self) -> usize {
        self.0.len() - 2
    }
}

impl fmt::Display for NutsCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl serde::Serialize for NutsCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for NutsCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        NutsCode::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// WGS 84 latitude and longitude in degrees.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Coordinates {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("\"{0}\" is not a position: give \"latitude,longitude\" in degrees, latitude −90…90, longitude −180…180")]
pub struct InvalidCoordinates(pub String);

impl Coordinates {
    pub fn new(lat: f64, lon: f64) -> Result<Self, InvalidCoordinates> {
        if lat.is_finite() && lon.is_finite() && (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) {
            Ok(Self { lat, lon })
        } else {
            Err(InvalidCoordinates(format!("{lat},{lon}")))
        }
    }

    /// Parses CORDIS' "lat,lon" form.
    pub fn parse(s: &str) -> Result<Self, InvalidCoordinates> {
        let bad = || InvalidCoordinates(s.chars().take(60).collect());
        let (a, b) = s.split_once(',').ok_or_else(bad)?;
        let lat = a.trim().parse::<f64>().map_err(|_| bad())?;
        let lon = b.trim().parse::<f64>().map_err(|_| bad())?;
        Self::new(lat, lon).map_err(|_| bad())
    }
}

/// An http(s) address of an organisation's site.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Website(String);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("\"{0}\" is not a web address: give http:// or https:// followed by a host name, e.g. https://example.eu")]
pub struct InvalidWebsite(pub String);

impl Website {
    /// Accepts "https://x.eu/…", "http://x.eu" and, as CORDIS often has it, a bare "www.x.eu".
    pub fn parse(s: &str) -> Result<Self, InvalidWebsite> {
        let t = s.trim();
        let bad = || InvalidWebsite(s.chars().take(80).collect());
        let lower = t.to_ascii_lowercase();
        let with_scheme = if lower.starts_with("http://") || lower.starts_with("https://") {
            t.to_owned()
        } else if !lower.contains("://") && lower.contains('.') {
            format!("https://{t}")
        } else {
            return Err(bad());
        };
        let rest = with_scheme.split_once("://").map(|(_, r)| r).ok_or_else(bad)?;
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        let host_ok = !host.is_empty()
            && host.contains('.')
            && host
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | ':' | '_'));
        if !host_ok
            || with_scheme.len() > 500
            || with_scheme
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
        {
            return Err(bad());
        }
        // A web address is ASCII: letters beyond it in the path or query are sent percent-encoded,
        // so they are stored that way (the API promises a URI).
        let (head, tail) = with_scheme.split_at(with_scheme.find("://").map(|i| i + 3 + host.len()).unwrap_or(0));
        let mut encoded = head.to_owned();
        for c in tail.chars() {
            if c.is_ascii() {
                encoded.push(c);
            } else {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    encoded.push_str(&format!("%{b:02X}"));
                }
            }
        }
        if encoded.len() > 500 {
            return Err(bad());
        }
        Ok(Self(encoded))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl serde::Serialize for Website {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for Website {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Website::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// How many members of each kind a cluster has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MemberCounts {
    pub smes: Option<u32>,
    pub large: Option<u32>,
    pub research: Option<u32>,
}

impl MemberCounts {
    pub fn is_empty(&self) -> bool {
        self.smes.is_none() && self.large.is_none() && self.research.is_none()
    }

    pub fn total(&self) -> Option<u32> {
        if self.is_empty() {
            None
        } else {
            Some(self.smes.unwrap_or(0) + self.large.unwrap_or(0) + self.research.unwrap_or(0))
        }
    }
}

/// The content of a profile, valid by construction: build it with [`OrganisationDraft::validate`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrganisationDraft {
    pub name: String,
    pub short_name: Option<String>,
    pub kind: OrganisationType,
    pub country: CountryCode,
    pub nuts_code: Option<NutsCode>,
    pub city: Option<String>,
    pub coordinates: Option<Coordinates>,
    pub website: Option<Website>,
    /// Descriptions by language.
    pub descriptions: BTreeMap<LanguageCode, String>,
    pub nace_codes: Vec<NaceCode>,
    pub ecosystems: Vec<Ecosystem>,
    pub technologies: Vec<KeyEnablingTechnology>,
    pub critical_technologies: Vec<CriticalTechnology>,
    pub members: MemberCounts,
    pub founded: Option<u16>,
    pub label: Option<ClusterLabel>,
    pub is_sme: bool,
    pub target_markets: Vec<CountryCode>,
    pub languages: Vec<LanguageCode>,
    /// The CORDIS/Funding & Tenders participant identifier (PIC), when known.
    pub cordis_id: Option<String>,
}

pub const MAX_NAME: usize = 300;
pub const MAX_SHORT_NAME: usize = 200;
pub const MAX_CITY: usize = 120;
pub const MAX_DESCRIPTION: usize = 20_000;
pub const MAX_MEMBERS: u32 = 1_000_000;

fn clean_text(field: &str, s: &str, max: usize, errors: &mut ValidationErrors) -> Option<String> {
    let t = s.trim();
    if t.chars().any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t') {
        errors.push(field, "must not contain control characters");
        return None;
    }
    let n = t.chars().count();
    if n > max {
        errors.add(
            field,
            Code::TooLong,
            format!("is {n} characters long; at most {max} are allowed"),
        );
        return None;
    }
    Some(t.to_owned())
}

fn sorted_unique<T: Ord>(mut v: Vec<T>) -> Vec<T> {
    v.sort();
    v.dedup();
    v
}

impl OrganisationDraft {
    /// Checks a draft built from raw parts and normalises it (trimmed text, sorted unique lists).
    /// Returns every problem at once, each naming its field.
    pub fn validate(mut self) -> Result<Self, ValidationErrors> {
        let mut e = ValidationErrors::default();
        match clean_text("name", &self.name, MAX_NAME, &mut e) {
            Some(n) if n.is_empty() => e.add("name", Code::Required, "is required"),
            Some(n) => self.name = n,
            None => {}
        }
        self.short_name = self
            .short_name
            .as_deref()
            .and_then(|s| clean_text("short_name", s, MAX_SHORT_NAME, &mut e))
            .filter(|s| !s.is_empty());
        self.city = self
            .city
            .as_deref()
            .and_then(|s| clean_text("city", s, MAX_CITY, &mut e))
            .filter(|s| !s.is_empty());
        let mut descriptions = BTreeMap::new();
        for (lang, text) in &self.descriptions {
            let field = format!("description_{lang}");
            if let Some(t) = clean_text(&field, text, MAX_DESCRIPTION, &mut e) {
                if !t.is_empty() {
                    descriptions.insert(*lang, t);
                }
            }
        }
        self.descriptions = descriptions;
        if let Some(year) = self.founded {
            if !(1800..=2100).contains(&year) {
                e.push(
                    "founded",
                    format!("{year} is not a plausible founding year (1800–2100)"),
                );
            }
        }
        for (field, v) in [
            ("members_smes", self.members.smes),
            ("members_large", self.members.large),
            ("members_research", self.members.research),
        ] {
            if v.is_some_and(|n| n > MAX_MEMBERS) {
                e.push(field, format!("must be at most {MAX_MEMBERS}"));
            }
        }
        if self.label.is_some() && self.kind != OrganisationType::Cluster {
            e.push("label", "only clusters carry a cluster-management label");
        }
        if let Some(c) = self.coordinates {
            if Coordinates::new(c.lat, c.lon).is_err() {
                e.push(
                    "coordinates",
                    "latitude must be within −90…90 and longitude within −180…180",
                );
            }
        }
        if let Some(id) = &self.cordis_id {
            if id.is_empty() || id.len() > 20 || !id.bytes().all(|b| b.is_ascii_digit()) {
                e.push("cordis_id", "must be the numeric CORDIS organisation identifier");
            }
        }
        self.nace_codes = sorted_unique(std::mem::take(&mut self.nace_codes));
        self.ecosystems = sorted_unique(std::mem::take(&mut self.ecosystems));
        self.technologies = sorted_unique(std::mem::take(&mut self.technologies));
        self.critical_technologies = sorted_unique(std::mem::take(&mut self.critical_technologies));
        self.target_markets = sorted_unique(std::mem::take(&mut self.target_markets));
        self.languages = sorted_unique(std::mem::take(&mut self.languages));
        if e.is_empty() {
            Ok(self)
        } else {
            Err(e)
        }
    }

    /// A minimal valid draft, for builders and tests.
    pub fn new(name: impl Into<String>, kind: OrganisationType, country: CountryCode) -> Self {
        Self {
            name: name.into(),
            short_name: None,
            kind,
            country,
            nuts_code: None,
            city: None,
            coordinates: None,
            website: None,
            descriptions: BTreeMap::new(),
            nace_codes: vec![],
            ecosystems: vec![],
            technologies: vec![],
            critical_technologies: vec![],
            members: MemberCounts::default(),
            founded: None,
            label: None,
            is_sme: false,
            target_markets: vec![],
            languages: vec![],
            cordis_id: None,
        }
    }

    pub fn sections(&self) -> Vec<crate::NaceSection> {
        sorted_unique(self.nace_codes.iter().map(NaceCode::section).collect())
    }
}

/// A stored organisation.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Organisation {
    pub id: i64,
    pub slug: Slug,
    #[serde(flatten)]
    pub profile: OrganisationDraft,
    pub updated_at: String,
    /// The version of the organisation's logo, when it has one (its address carries it, so a
    /// new logo is never hidden by a cached old one).
    #[serde(skip)]
    pub logo: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn de() -> CountryCode {
        CountryCode::parse("DE").unwrap()
    }

    #[test]
    fn validation_reports_every_field() {
        let mut d = OrganisationDraft::new("  ", OrganisationType::Company, de());
        d.label = Some(ClusterLabel::Gold);
        d.founded = Some(1200);
        d.members.smes = Some(5_000_000);
        let e = d.validate().unwrap_err();
        let fields: Vec<_> = e.0.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["name", "founded", "members_smes", "label"]);
    }

    #[test]
    fn validation_normalises() {
        let mut d = OrganisationDraft::new(" Silicon Saxony ", OrganisationType::Cluster, de());
        d.ecosystems = vec![Ecosystem::Electronics, Ecosystem::Digital, Ecosystem::Electronics];
        d.short_name = Some("  ".into());
        let v = d.validate().unwrap();
        assert_eq!(v.name, "Silicon Saxony");
        assert_eq!(v.ecosystems, [Ecosystem::Digital, Ecosystem::Electronics]);
        assert_eq!(v.short_name, None);
    }

    #[test]
    fn values_parse() {
        assert_eq!(
            Website::parse("www.dipc.ehu.es").unwrap().as_str(),
            "https://www.dipc.ehu.es"
        );
        assert!(Website::parse("javascript:alert(1)").is_err());
        assert_eq!(
            Website::parse("https://x.eu/über?q=Ķ").unwrap().as_str(),
            "https://x.eu/%C3%BCber?q=%C4%B6"
        );
        assert!(Website::parse("http://<script>.eu").is_err());
        assert_eq!(NutsCode::parse("ded21").unwrap().level(), 3);
        assert!(NutsCode::parse("DE-1").is_err());
        let c = Coordinates::parse("43.3045255,-2.0108734").unwrap();
        assert!((c.lat - 43.3045255).abs() < 1e-9);
        assert!(Coordinates::parse("91,0").is_err());
        assert!(LanguageCode::parse("xx").is_err());
    }
}

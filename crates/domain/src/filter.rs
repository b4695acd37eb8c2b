//! The directory's filters, sort orders and paging, parsed from a query string. Both the HTML
//! directory and the JSON API read them from here, so a shared URL means the same in both.

use crate::organisation::{ClusterLabel, NutsCode, OrganisationType};
use crate::taxonomy::{CriticalTechnology, Ecosystem, KeyEnablingTechnology, Taxonomy};
use crate::{CountryCode, NaceSection};

/// A query parameter that could not be understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, serde::Serialize)]
#[error("{parameter}: {message}")]
pub struct FilterError {
    pub parameter: String,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    #[default]
    Name,
    NameDesc,
    Country,
    FoundedDesc,
    MembersDesc,
    UpdatedDesc,
}

impl SortOrder {
    pub const ALL: &'static [Self] = &[
        Self::Name,
        Self::NameDesc,
        Self::Country,
        Self::FoundedDesc,
        Self::MembersDesc,
        Self::UpdatedDesc,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::NameDesc => "-name",
            Self::Country => "country",
            Self::FoundedDesc => "-founded",
            Self::MembersDesc => "-members",
            Self::UpdatedDesc => "-updated",
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Self::Name => "sort-name",
            Self::NameDesc => "sort-name-desc",
            Self::Country => "sort-country",
            Self::FoundedDesc => "sort-founded",
            Self::MembersDesc => "sort-members",
            Self::UpdatedDesc => "sort-updated",
        }
    }
}

/// Limit and offset of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub limit: u32,
    pub offset: u32,
}

impl Page {
    pub const MAX_LIMIT: u32 = 100;
    pub const MAX_OFFSET: u32 = 1_000_000;
    pub const DEFAULT_LIMIT: u32 = 20;
}

impl Default for Page {
    fn default() -> Self {
        Self {
            limit: Self::DEFAULT_LIMIT,
            offset: 0,
        }
    }
}

/// Filters combine with AND across parameters and OR among repeated values of one parameter
/// (`country=DE&country=DK` is "in Germany or Denmark").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DirectoryFilter {
    /// Words that must all appear in the name or short name.
    pub q: Option<String>,
    pub kinds: Vec<OrganisationType>,
    pub countries: Vec<CountryCode>,
    /// Matches the region and every region inside it.
    pub nuts: Vec<NutsCode>,
    pub ecosystems: Vec<Ecosystem>,
    pub technologies: Vec<KeyEnablingTechnology>,
    pub critical_technologies: Vec<CriticalTechnology>,
    pub nace_sections: Vec<NaceSection>,
    pub labels: Vec<ClusterLabel>,
    pub sme: Option<bool>,
    pub sort: SortOrder,
    pub page: Page,
}

/// The query parameters the directory understands, in the order they are written back to URLs.
pub const PARAMETERS: &[&str] = &[
    "q",
    "type",
    "country",
    "nuts",
    "ecosystem",
    "ket",
    "cta",
    "nace",
    "label",
    "sme",
    "sort",
    "limit",
    "offset",
];

const MAX_VALUES: usize = 30;
const MAX_Q: usize = 200;

fn err(parameter: &str, message: impl Into<String>) -> FilterError {
    FilterError {
        parameter: parameter.to_owned(),
        message: message.into(),
    }
}

fn push_unique<T: PartialEq>(v: &mut Vec<T>, x: T, name: &str) -> Result<(), FilterError> {
    if !v.contains(&x) {
        if v.len() >= MAX_VALUES {
            return Err(err(name, format!("at most {MAX_VALUES} values are allowed")));
        }
        v.push(x);
    }
    Ok(())
}

impl DirectoryFilter {
    /// Parses query pairs. Empty values mean "no filter" (what an HTML form sends for "any");
    /// parameters this filter does not know are left to others (e.g. `lang`).
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Self, FilterError> {
        let mut f = DirectoryFilter::default();
        let mut limit = None;
        let pairs: Vec<(&str, &str)> = pairs.into_iter().collect();
        // Counted as sent (repeats and empty values too), as the API document states.
        for name in ["type", "country", "nuts", "ecosystem", "ket", "cta", "nace", "label"] {
            if pairs.iter().filter(|(k, _)| *k == name).count() > MAX_VALUES {
                return Err(err(name, format!("at most {MAX_VALUES} values are allowed")));
            }
        }
        for (k, v) in pairs {
            let v = v.trim();
            if v.is_empty() {
                // No form sends these empty; an empty number is a mistake worth naming.
                if matches!(k, "limit" | "offset" | "sme") {
                    return Err(err(k, "must not be empty"));
                }
                continue;
            }
            match k {
                "q" => {
                    if v.chars().count() > MAX_Q {
                        return Err(err("q", format!("at most {MAX_Q} characters are allowed")));
                    }
                    let cleaned: String = v.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
                    let cleaned = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
                    f.q = (!cleaned.is_empty()).then_some(cleaned);
                }
                "type" => push_unique(&mut f.kinds, v.parse().map_err(|m| err(k, m))?, k)?,
                "country" => push_unique(
                    &mut f.countries,
                    CountryCode::parse(v).map_err(|e| err(k, e.to_string()))?,
                    k,
                )?,
                "nuts" => push_unique(&mut f.nuts, NutsCode::parse(v).map_err(|e| err(k, e.to_string()))?, k)?,
                "ecosystem" => push_unique(&mut f.ecosystems, v.parse().map_err(|m| err(k, m))?, k)?,
                "ket" => push_unique(&mut f.technologies, v.parse().map_err(|m| err(k, m))?, k)?,
                "cta" => push_unique(&mut f.critical_technologies, v.parse().map_err(|m| err(k, m))?, k)?,
                "nace" => push_unique(
                    &mut f.nace_sections,
                    NaceSection::parse(v).map_err(|e| err(k, e.to_string()))?,
                    k,
                )?,
                "label" => push_unique(&mut f.labels, v.parse().map_err(|m| err(k, m))?, k)?,
                "sme" => {
                    f.sme = Some(match v {
                        "true" | "1" | "yes" => true,
                        "false" | "0" | "no" => false,
                        _ => {
                            return Err(err(
                                k,
                                format!("\"{}\" is not true or false", v.chars().take(20).collect::<String>()),
                            ))
                        }
                    })
                }
                "sort" => {
                    f.sort = SortOrder::ALL
                        .iter()
                        .copied()
                        .find(|s| s.as_str() == v)
                        .ok_or_else(|| {
                            err(
                                k,
                                format!(
                                    "\"{}\" is not one of: {}",
                                    v.chars().take(20).collect::<String>(),
                                    SortOrder::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
                                ),
                            )
                        })?
                }
                "limit" => {
                    let n: u32 = v
                        .parse()
                        .map_err(|_| err(k, format!("must be a whole number from 1 to {}", Page::MAX_LIMIT)))?;
                    if !(1..=Page::MAX_LIMIT).contains(&n) {
                        return Err(err(k, format!("must be a whole number from 1 to {}", Page::MAX_LIMIT)));
                    }
                    limit = Some(n);
                }
                "offset" => {
                    let n: u32 = v
                        .parse()
                        .map_err(|_| err(k, format!("must be a whole number from 0 to {}", Page::MAX_OFFSET)))?;
                    if n > Page::MAX_OFFSET {
                        return Err(err(k, format!("must be a whole number from 0 to {}", Page::MAX_OFFSET)));
                    }
                    f.page.offset = n;
                }
                _ => {}
            }
        }
        if let Some(l) = limit {
            f.page.limit = l;
        }
        Ok(f)
    }

    /// The query pairs that reproduce this filter, without paging (`limit`/`offset`) unless asked.
    pub fn to_pairs(&self, with_paging: bool) -> Vec<(&'static str, String)> {
        let mut p: Vec<(&'static str, String)> = Vec::new();
        if let Some(q) = &self.q {
            p.push(("q", q.clone()));
        }
        p.extend(self.kinds.iter().map(|v| ("type", v.as_str().to_owned())));
        p.extend(self.countries.iter().map(|v| ("country", v.as_str().to_owned())));
        p.extend(self.nuts.iter().map(|v| ("nuts", v.as_str().to_owned())));
        p.extend(self.ecosystems.iter().map(|v| ("ecosystem", v.slug().to_owned())));
        p.extend(self.technologies.iter().map(|v| ("ket", v.slug().to_owned())));
        p.extend(self.critical_technologies.iter().map(|v| ("cta", v.slug().to_owned())));
        p.extend(self.nace_sections.iter().map(|v| ("nace", v.to_string())));
        p.extend(self.labels.iter().map(|v| ("label", v.as_str().to_owned())));
        if let Some(s) = self.sme {
            p.push(("sme", s.to_string()));
        }
        if self.sort != SortOrder::default() {
            p.push(("sort", self.sort.as_str().to_owned()));
        }
        if with_paging {
            if self.page.limit != Page::DEFAULT_LIMIT {
                p.push(("limit", self.page.limit.to_string()));
            }
            if self.page.offset != 0 {
                p.push(("offset", self.page.offset.to_string()));
            }
        }
        p
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_combined_filters() {
        let f = DirectoryFilter::from_pairs([
            ("type", "cluster"),
            ("country", "de"),
            ("country", "DK"),
            ("ket", "photonics"),
            ("sme", "true"),
            ("limit", "50"),
            ("lang", "de"),
            ("label", ""),
        ])
        .unwrap();
        assert_eq!(f.kinds, [OrganisationType::Cluster]);
        assert_eq!(f.countries.len(), 2);
        assert_eq!(f.sme, Some(true));
        assert_eq!(f.page.limit, 50);
        assert!(f.labels.is_empty());
        let again = DirectoryFilter::from_pairs(f.to_pairs(true).iter().map(|(k, v)| (*k, v.as_str()))).unwrap();
        assert_eq!(again, f);
    }

    #[test]
    fn errors_name_the_parameter() {
        let e = DirectoryFilter::from_pairs([("country", "Atlantis")]).unwrap_err();
        assert_eq!(e.parameter, "country");
        assert_eq!(
            DirectoryFilter::from_pairs([("limit", "0")]).unwrap_err().parameter,
            "limit"
        );
        assert_eq!(
            DirectoryFilter::from_pairs([("limit", "-1")]).unwrap_err().parameter,
            "limit"
        );
        assert_eq!(
            DirectoryFilter::from_pairs([("sort", "name; DROP TABLE")])
                .unwrap_err()
                .parameter,
            "sort"
        );
        assert_eq!(
            DirectoryFilter::from_pairs([("ecosystem", "x")]).unwrap_err().parameter,
            "ecosystem"
        );
    }

    proptest! {
        #[test]
        fn never_panics(k in "(q|type|country|nuts|ecosystem|ket|cta|nace|label|sme|sort|limit|offset|x)", v in "\\PC{0,300}") {
            let _ = DirectoryFilter::from_pairs([(k.as_str(), v.as_str())]);
        }
    }
}

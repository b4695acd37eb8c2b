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

fn push_unique<T: PartialEq>(v: &mut Vec<T>, x: T) {
    if !v.contains(&x) {
        v.push(x);
    }
}

/// A query value a lenient reading left out: why (naming the parameter) and what was sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub error: FilterError,
    /// The value as sent, cut to 60 characters, for the page to show.
    pub value: String,
}

/// What a lenient reading of query parameters refused. Pages read their filters leniently (a
/// bad value is left out, the user's other choices kept, and the page says which one is wrong);
/// the API reads the same parameters strictly and answers the first refusal.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Refusals(pub Vec<Refusal>);

impl Refusals {
    /// The value when `r` is Ok; otherwise records the error with the `sent` value and gives None.
    pub fn keep<T>(&mut self, sent: &str, r: Result<T, FilterError>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(error) => {
                // One message per parameter is enough to act on.
                if !self.0.iter().any(|x| x.error.parameter == error.parameter) {
                    self.0.push(Refusal {
                        error,
                        value: sent.chars().take(60).collect(),
                    });
                }
                None
            }
        }
    }

    pub fn refuse(&mut self, parameter: &str, sent: &str, message: impl Into<String>) {
        self.keep::<()>(sent, Err(err(parameter, message)));
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `value` when nothing was refused, else the first refusal (the API's strict reading).
    pub fn strict<T>(self, value: T) -> Result<T, FilterError> {
        match self.0.into_iter().next() {
            None => Ok(value),
            Some(r) => Err(r.error),
        }
    }
}

impl DirectoryFilter {
    /// Parses query pairs strictly: the first value that is wrong is the error. Empty values
    /// mean "no filter", as an HTML form's "any" and client libraries send them.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Self, FilterError> {
        let (f, refusals) = Self::from_pairs_lenient(pairs);
        refusals.strict(f)
    }

    /// Parses query pairs, dropping each value that is wrong and saying so; everything else
    /// applies. Parameters this filter does not know are left to others (e.g. `lang`).
    pub fn from_pairs_lenient<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> (Self, Refusals) {
        let mut f = DirectoryFilter::default();
        let mut refused = Refusals::default();
        let mut limit = None;
        let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (k, v) in pairs {
            let v = v.trim();
            if v.is_empty() {
                continue;
            }
            if matches!(
                k,
                "type" | "country" | "nuts" | "ecosystem" | "ket" | "cta" | "nace" | "label"
            ) {
                let n = counts.entry(k).or_default();
                *n += 1;
                if *n > MAX_VALUES {
                    refused.refuse(k, v, format!("at most {MAX_VALUES} values are allowed"));
                    continue;
                }
            }
            let outcome = match k {
                "q" => {
                    if v.chars().count() > MAX_Q {
                        Err(err("q", format!("at most {MAX_Q} characters are allowed")))
                    } else {
                        let cleaned: String = v.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
                        let cleaned = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
                        f.q = (!cleaned.is_empty()).then_some(cleaned);
                        Ok(())
                    }
                }
                "type" => v.parse().map_err(|m| err(k, m)).map(|x| push_unique(&mut f.kinds, x)),
                "country" => CountryCode::parse(v)
                    .map_err(|e| err(k, e.to_string()))
                    .map(|x| push_unique(&mut f.countries, x)),
                "nuts" => NutsCode::parse(v)
                    .map_err(|e| err(k, e.to_string()))
                    .map(|x| push_unique(&mut f.nuts, x)),
                "ecosystem" => v
                    .parse()
                    .map_err(|m| err(k, m))
                    .map(|x| push_unique(&mut f.ecosystems, x)),
                "ket" => v
                    .parse()
                    .map_err(|m| err(k, m))
                    .map(|x| push_unique(&mut f.technologies, x)),
                "cta" => v
                    .parse()
                    .map_err(|m| err(k, m))
                    .map(|x| push_unique(&mut f.critical_technologies, x)),
                "nace" => NaceSection::parse(v)
                    .map_err(|e| err(k, e.to_string()))
                    .map(|x| push_unique(&mut f.nace_sections, x)),
                "label" => v.parse().map_err(|m| err(k, m)).map(|x| push_unique(&mut f.labels, x)),
                "sme" => match v {
                    "true" | "1" | "yes" => Some(true),
                    "false" | "0" | "no" => Some(false),
                    _ => None,
                }
                .map(|b| f.sme = Some(b))
                .ok_or_else(|| {
                    err(
                        k,
                        format!("\"{}\" is not true or false", v.chars().take(20).collect::<String>()),
                    )
                }),
                "sort" => SortOrder::ALL
                    .iter()
                    .copied()
                    .find(|s| s.as_str() == v)
                    .map(|s| f.sort = s)
                    .ok_or_else(|| {
                        err(
                            k,
                            format!(
                                "\"{}\" is not one of: {}",
                                v.chars().take(20).collect::<String>(),
                                SortOrder::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
                            ),
                        )
                    }),
                "limit" => v
                    .parse::<u32>()
                    .ok()
                    .filter(|n| (1..=Page::MAX_LIMIT).contains(n))
                    .map(|n| limit = Some(n))
                    .ok_or_else(|| err(k, format!("must be a whole number from 1 to {}", Page::MAX_LIMIT))),
                "offset" => v
                    .parse::<u32>()
                    .ok()
                    .filter(|n| *n <= Page::MAX_OFFSET)
                    .map(|n| f.page.offset = n)
                    .ok_or_else(|| err(k, format!("must be a whole number from 0 to {}", Page::MAX_OFFSET))),
                _ => Ok(()),
            };
            refused.keep(v, outcome);
        }
        if let Some(l) = limit {
            f.page.limit = l;
        }
        (f, refused)
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

    #[test]
    fn empty_values_mean_any_and_a_bad_value_leaves_the_others() {
        let f = DirectoryFilter::from_pairs([("sme", ""), ("limit", " "), ("offset", ""), ("sort", ""), ("q", "")])
            .unwrap();
        assert_eq!(f, DirectoryFilter::default());
        let (f, refused) = DirectoryFilter::from_pairs_lenient([
            ("type", "cluster"),
            ("country", "Atlantis"),
            ("country", "DE"),
            ("sme", "maybe"),
            ("sort", "-founded"),
        ]);
        assert_eq!(f.kinds, [OrganisationType::Cluster]);
        assert_eq!(f.countries.len(), 1);
        assert_eq!(f.sort, SortOrder::FoundedDesc);
        let named: Vec<(&str, &str)> = refused
            .0
            .iter()
            .map(|r| (r.error.parameter.as_str(), r.value.as_str()))
            .collect();
        assert_eq!(named, [("country", "Atlantis"), ("sme", "maybe")]);
        assert_eq!(refused.strict(()).unwrap_err().parameter, "country");
    }

    proptest! {
        #[test]
        fn never_panics(k in "(q|type|country|nuts|ecosystem|ket|cta|nace|label|sme|sort|limit|offset|x)", v in "\\PC{0,300}") {
            let _ = DirectoryFilter::from_pairs([(k.as_str(), v.as_str())]);
        }
    }
}

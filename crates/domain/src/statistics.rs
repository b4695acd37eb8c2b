//! What a map or a statistic counts and at which level of regions: read from the same query
//! string as the directory's filters, so that every directory view has its map and back.

use std::fmt;

use crate::filter::{FilterError, Refusals};
use crate::organisation::string_enum;

string_enum!(
    /// The figure a map colours its regions by.
    Measure, "map-measure", {
        Organisations => "organisations",
        Clusters => "clusters",
        Projects => "projects",
        Contribution => "contribution",
        Opportunities => "opportunities",
        Events => "events",
    }
);

string_enum!(
    /// Countries, NUTS 1 or NUTS 2 regions.
    MapLevel, "map-level", {
        Country => "country",
        Nuts1 => "nuts1",
        Nuts2 => "nuts2",
    }
);

impl MapLevel {
    /// The NUTS level of the regions drawn.
    pub fn nuts_level(self) -> u8 {
        match self {
            Self::Country => 0,
            Self::Nuts1 => 1,
            Self::Nuts2 => 2,
        }
    }

    /// The length of a NUTS code of this level (DE, DE2, DE21).
    pub fn code_len(self) -> usize {
        usize::from(self.nuts_level()) + 2
    }
}

impl Measure {
    /// Whether the figure is money (cents), shown in euros.
    pub fn is_money(self) -> bool {
        self == Self::Contribution
    }
}

/// The map's own parameters; the rest of the query string is the directory's filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MapChoice {
    pub measure: Measure,
    pub level: MapLevel,
}

impl Default for MapChoice {
    fn default() -> Self {
        Self {
            measure: Measure::Organisations,
            level: MapLevel::Country,
        }
    }
}

/// The query parameters the map reads besides the directory's.
pub const MAP_PARAMETERS: &[&str] = &["measure", "level"];

impl MapChoice {
    /// Reads `measure` and `level`, leaving every other parameter to the directory's filter;
    /// a wrong value is left out and recorded in `refused`.
    pub fn from_pairs_lenient<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>, refused: &mut Refusals) -> Self {
        let mut c = Self::default();
        for (k, v) in pairs {
            let v = v.trim();
            if v.is_empty() {
                continue;
            }
            match k {
                "measure" => {
                    if let Some(m) = refused.keep(v, v.parse().map_err(|m| err(k, m))) {
                        c.measure = m;
                    }
                }
                "level" => {
                    if let Some(l) = refused.keep(v, v.parse().map_err(|m| err(k, m))) {
                        c.level = l;
                    }
                }
                _ => {}
            }
        }
        c
    }
}

fn err(parameter: &str, message: String) -> FilterError {
    FilterError {
        parameter: parameter.to_owned(),
        message,
    }
}

/// GISCO writes Greece and the United Kingdom as EL and UK where ISO 3166 has GR and GB; the
/// directory stores ISO codes, the maps' shapes GISCO's.
pub fn gisco_country(iso: &str) -> &str {
    match iso {
        "GR" => "EL",
        "GB" => "UK",
        other => other,
    }
}

/// The ISO 3166 code of a GISCO country code.
pub fn iso_country(gisco: &str) -> &str {
    match gisco {
        "EL" => "GR",
        "UK" => "GB",
        other => other,
    }
}

impl fmt::Display for MapChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} by {}", self.measure, self.level)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_its_parameters_and_refuses_wrong_ones() {
        let mut r = Refusals::default();
        let c = MapChoice::from_pairs_lenient([("measure", "projects"), ("level", "nuts2"), ("country", "DE")], &mut r);
        assert_eq!(c.measure, Measure::Projects);
        assert_eq!(c.level, MapLevel::Nuts2);
        assert!(r.is_empty());
        let c = MapChoice::from_pairs_lenient([("measure", "<script>"), ("level", "nuts9")], &mut r);
        assert_eq!(c, MapChoice::default());
        assert_eq!(r.0.len(), 2);
        assert_eq!(r.0[0].error.parameter, "measure");
    }

    #[test]
    fn country_codes_translate_both_ways() {
        for iso in ["GR", "GB", "DE", "DK"] {
            assert_eq!(iso_country(gisco_country(iso)), iso);
        }
        assert_eq!(gisco_country("GR"), "EL");
        assert_eq!(MapLevel::Nuts2.code_len(), 4);
    }
}

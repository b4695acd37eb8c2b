//! The European Commission's policy taxonomies that profiles are tagged with: the 14 industrial
//! ecosystems (EU Industrial Strategy 2020/2021), the 6 Key Enabling Technologies (COM(2012) 341)
//! and the 10 critical technology areas (Recommendation (EU) 2023/2113). They are short, stable
//! lists of facts, so they are written in here; their display names are translations whose message
//! id is `{prefix}-{slug}`.

use std::fmt;

/// What every taxonomy offers to forms, filters, storage and translation.
pub trait Taxonomy: Sized + Copy + 'static {
    /// Facet name used in URLs, storage and the API.
    const FACET: &'static str;
    const ALL: &'static [Self];
    fn slug(self) -> &'static str;
    /// The official number in the source list.
    fn number(self) -> u8;
    fn from_slug(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.slug() == s)
    }
    /// The Fluent message id of the display name.
    fn message_id(self) -> String {
        format!("{}-{}", Self::FACET, self.slug())
    }
}

macro_rules! taxonomy {
    ($(#[$m:meta])* $name:ident, $facet:literal, { $($variant:ident = $num:literal, $slug:literal;)* }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),* }

        impl Taxonomy for $name {
            const FACET: &'static str = $facet;
            const ALL: &'static [Self] = &[$(Self::$variant),*];
            fn slug(self) -> &'static str {
                match self { $(Self::$variant => $slug),* }
            }
            fn number(self) -> u8 {
                match self { $(Self::$variant => $num),* }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.slug())
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                let t = s.trim();
                Self::from_slug(t)
                    .or_else(|| t.parse::<u8>().ok().and_then(|n| Self::ALL.iter().copied().find(|v| v.number() == n)))
                    .ok_or_else(|| format!(
                        "\"{}\" is not one of: {}",
                        t.chars().take(40).collect::<String>(),
                        Self::ALL.iter().map(|v| v.slug()).collect::<Vec<_>>().join(", ")
                    ))
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.slug())
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

taxonomy!(
    /// The 14 industrial ecosystems of the EU Industrial Strategy.
    Ecosystem, "ecosystem", {
    AerospaceDefence = 1, "aerospace-defence";
    AgriFood = 2, "agri-food";
    Construction = 3, "construction";
    CulturalCreative = 4, "cultural-creative";
    Digital = 5, "digital";
    Electronics = 6, "electronics";
    EnergyIntensive = 7, "energy-intensive";
    EnergyRenewables = 8, "energy-renewables";
    Health = 9, "health";
    Mobility = 10, "mobility-transport-automotive";
    Proximity = 11, "proximity-social-economy";
    Retail = 12, "retail";
    Textiles = 13, "textiles";
    Tourism = 14, "tourism";
});

taxonomy!(
    /// The 6 Key Enabling Technologies.
    KeyEnablingTechnology, "ket", {
    MicroNanoelectronics = 1, "micro-nanoelectronics";
    Nanotechnology = 2, "nanotechnology";
    Photonics = 3, "photonics";
    AdvancedMaterials = 4, "advanced-materials";
    IndustrialBiotechnology = 5, "industrial-biotechnology";
    AdvancedManufacturing = 6, "advanced-manufacturing";
});

taxonomy!(
    /// The 10 critical technology areas for the EU's economic security.
    CriticalTechnology, "cta", {
    Semiconductors = 1, "semiconductors";
    ArtificialIntelligence = 2, "artificial-intelligence";
    Quantum = 3, "quantum";
    Biotechnologies = 4, "biotechnologies";
    Connectivity = 5, "connectivity-navigation-digital";
    Sensing = 6, "sensing";
    Space = 7, "space-propulsion";
    Energy = 8, "energy";
    Robotics = 9, "robotics-autonomous-systems";
    MaterialsManufacturing = 10, "materials-manufacturing-recycling";
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_have_their_official_length_and_numbers() {
        assert_eq!(Ecosystem::ALL.len(), 14);
        assert_eq!(KeyEnablingTechnology::ALL.len(), 6);
        assert_eq!(CriticalTechnology::ALL.len(), 10);
        for (i, e) in Ecosystem::ALL.iter().enumerate() {
            assert_eq!(e.number() as usize, i + 1);
        }
    }

    #[test]
    fn parse_by_slug_or_number() {
        assert_eq!(
            "photonics".parse::<KeyEnablingTechnology>(),
            Ok(KeyEnablingTechnology::Photonics)
        );
        assert_eq!("3".parse::<CriticalTechnology>(), Ok(CriticalTechnology::Quantum));
        assert!("warp-drive"
            .parse::<Ecosystem>()
            .unwrap_err()
            .contains("aerospace-defence"));
        assert_eq!(Ecosystem::Health.message_id(), "ecosystem-health");
    }
}

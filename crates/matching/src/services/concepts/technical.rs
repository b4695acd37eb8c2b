//! The finer things technology centres offer and SMEs ask for, each tied to its taxonomies.

use super::Concept;
use domain::{CriticalTechnology as C, Ecosystem as E, KeyEnablingTechnology as K};

pub(super) const CONCEPTS: &[Concept] = &[Concept {
    id: "additive-manufacturing",
    label: "additive manufacturing",
    kets: &[K::AdvancedManufacturing],
    critical: &[C::MaterialsManufacturing],
    ecosystems: &[],
    kinds: &[],
    terms: &[
        (
            "en",
            &[
                "additive manufactur",
                "3d print",
                "3d-print",
                "laser powder bed fusion",
                "selective laser melting",
            ],
        ),
        (
            "de",
            &[
                "additive fertigung",
                "additiv gefertigt",
                "3d-druck",
                "3d druck",
                "laserstrahlschmelz",
            ],
        ),
        (
            "fr",
            &[
                "fabrication additive",
                "impression 3d",
                "imprimé en 3d",
                "fusion laser sur lit de poudre",
            ],
        ),
        ("da", &["additiv fremstilling", "3d-print", "3d print"]),
    ],
}];

#[allow(dead_code)]
const _USES: (Option<E>,) = (None,);

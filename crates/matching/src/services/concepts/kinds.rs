//! The concepts of the eight kinds of service and of the Commission's taxonomies.

use super::Concept;
use domain::{CriticalTechnology as C, Ecosystem as E, KeyEnablingTechnology as K};

pub(super) const CONCEPTS: &[Concept] = &[
    Concept {
        id: "prototyping",
        label: "prototyping",
        kets: &[],
        critical: &[],
        ecosystems: &[],
        kinds: &["prototyping"],
        terms: &[
            ("en", &["prototyp", "demonstrator", "proof of concept", "mock-up"]),
            ("de", &["prototyp", "funktionsmuster", "demonstrator", "musterbau"]),
            ("fr", &["prototyp", "démonstrateur", "preuve de concept", "maquette"]),
            ("da", &["prototype", "demonstrator", "proof of concept"]),
        ],
    },
    Concept {
        id: "photonics",
        label: "photonics",
        kets: &[K::Photonics],
        critical: &[],
        ecosystems: &[],
        kinds: &[],
        terms: &[
            ("en", &["photonic", "optoelectronic"]),
            ("de", &["photonik", "optoelektronik"]),
            ("fr", &["photoniq", "optoélectroniq"]),
            ("da", &["fotonik", "optoelektronik"]),
        ],
    },
];

#[allow(dead_code)]
const _USES: (Option<C>, Option<E>) = (None, None);

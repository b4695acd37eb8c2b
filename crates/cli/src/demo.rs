//! `clusterhub demo --organisations N` and `serve --demo`: a realistic, reproducible demo
//! directory. The same seed always gives the same data. Places are real NUTS 2 regions with a
//! main city and its coordinates; themes tie together the real taxonomies (ecosystems, KETs,
//! critical technologies, NACE) with descriptions in the organisation's language. Names and web
//! addresses are invented (`.example.eu`), so no real organisation is misrepresented.

use std::collections::{BTreeMap, HashSet};

use domain::Slug;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::exchange::{ProjectLink, Record};

struct Place {
    country: &'static str,
    nuts: &'static str,
    region: &'static str,
    city: &'static str,
    lat: f64,
    lon: f64,
    lang: &'static str,
}

const fn place(
    country: &'static str,
    nuts: &'static str,
    region: &'static str,
    city: &'static str,
    lat: f64,
    lon: f64,
    lang: &'static str,
) -> Place {
    Place {
        country,
        nuts,
        region,
        city,
        lat,
        lon,
        lang,
    }
}

/// NUTS 2 regions (2024 codes) with their main city.
const PLACES: &[Place] = &[
    place("DE", "DE11", "Stuttgart", "Stuttgart", 48.7758, 9.1829, "de"),
    place("DE", "DE21", "Oberbayern", "München", 48.1351, 11.5820, "de"),
    place("DE", "DE30", "Berlin", "Berlin", 52.5200, 13.4050, "de"),
    place("DE", "DED2", "Dresden", "Dresden", 51.0504, 13.7373, "de"),
    place("DE", "DED5", "Leipzig", "Leipzig", 51.3397, 12.3731, "de"),
    place("DE", "DEA2", "Köln", "Köln", 50.9375, 6.9603, "de"),
    place("DE", "DE71", "Darmstadt", "Frankfurt am Main", 50.1109, 8.6821, "de"),
    place("DE", "DE60", "Hamburg", "Hamburg", 53.5511, 9.9937, "de"),
    place("DE", "DE92", "Hannover", "Hannover", 52.3759, 9.7320, "de"),
    place("DE", "DE50", "Bremen", "Bremen", 53.0793, 8.8017, "de"),
    place("DK", "DK01", "Hovedstaden", "København", 55.6761, 12.5683, "da"),
    place("DK", "DK04", "Midtjylland", "Aarhus", 56.1629, 10.2039, "da"),
    place("DK", "DK05", "Nordjylland", "Aalborg", 57.0488, 9.9217, "da"),
    place("DK", "DK03", "Syddanmark", "Odense", 55.4038, 10.4024, "da"),
    place("FR", "FR10", "Île-de-France", "Paris", 48.8566, 2.3522, "fr"),
    place("FR", "FRK2", "Rhône-Alpes", "Grenoble", 45.1885, 5.7245, "fr"),
    place("FR", "FRI1", "Aquitaine", "Bordeaux", 44.8378, -0.5792, "fr"),
    place("FR", "FRJ2", "Midi-Pyrénées", "Toulouse", 43.6047, 1.4442, "fr"),
    place(
        "FR",
        "FRL0",
        "Provence-Alpes-Côte d'Azur",
        "Marseille",
        43.2965,
        5.3698,
        "fr",
    ),
    place("FR", "FRF1", "Alsace", "Strasbourg", 48.5734, 7.7521, "fr"),
    place("NL", "NL41", "Noord-Brabant", "Eindhoven", 51.4416, 5.4697, "nl"),
    place("NL", "NL32", "Noord-Holland", "Amsterdam", 52.3676, 4.9041, "nl"),
    place("NL", "NL36", "Zuid-Holland", "Delft", 52.0116, 4.3571, "nl"),
    place("BE", "BE10", "Brussels", "Brussels", 50.8503, 4.3517, "fr"),
    place("BE", "BE21", "Antwerpen", "Antwerpen", 51.2194, 4.4025, "nl"),
    place("BE", "BE23", "Oost-Vlaanderen", "Gent", 51.0543, 3.7174, "nl"),
    place("AT", "AT13", "Wien", "Wien", 48.2082, 16.3738, "de"),
    place("AT", "AT22", "Steiermark", "Graz", 47.0707, 15.4395, "de"),
    place("AT", "AT31", "Oberösterreich", "Linz", 48.3069, 14.2858, "de"),
    place("ES", "ES51", "Cataluña", "Barcelona", 41.3874, 2.1686, "es"),
    place("ES", "ES30", "Comunidad de Madrid", "Madrid", 40.4168, -3.7038, "es"),
    place("ES", "ES21", "País Vasco", "Bilbao", 43.2630, -2.9350, "es"),
    place("ES", "ES52", "Comunitat Valenciana", "València", 39.4699, -0.3763, "es"),
    place("IT", "ITC4", "Lombardia", "Milano", 45.4642, 9.1900, "it"),
    place("IT", "ITH5", "Emilia-Romagna", "Bologna", 44.4949, 11.3426, "it"),
    place("IT", "ITC1", "Piemonte", "Torino", 45.0703, 7.6869, "it"),
    place("PL", "PL91", "Warszawski stołeczny", "Warszawa", 52.2297, 21.0122, "pl"),
    place("PL", "PL21", "Małopolskie", "Kraków", 50.0647, 19.9450, "pl"),
    place("CZ", "CZ01", "Praha", "Praha", 50.0755, 14.4378, "cs"),
    place("CZ", "CZ06", "Jihovýchod", "Brno", 49.1951, 16.6068, "cs"),
    place("SE", "SE11", "Stockholm", "Stockholm", 59.3293, 18.0686, "sv"),
    place("SE", "SE22", "Sydsverige", "Malmö", 55.6050, 13.0038, "sv"),
    place("SE", "SE23", "Västsverige", "Göteborg", 57.7089, 11.9746, "sv"),
    place("FI", "FI1B", "Helsinki-Uusimaa", "Helsinki", 60.1699, 24.9384, "fi"),
    place("FI", "FI1D", "Pohjois- ja Itä-Suomi", "Oulu", 65.0121, 25.4651, "fi"),
    place("PT", "PT11", "Norte", "Porto", 41.1579, -8.6291, "pt"),
    place("PT", "PT1A", "Grande Lisboa", "Lisboa", 38.7223, -9.1393, "pt"),
    place("IE", "IE06", "Eastern and Midland", "Dublin", 53.3498, -6.2603, "en"),
    place("GR", "EL30", "Attiki", "Athina", 37.9838, 23.7275, "el"),
    place(
        "GR",
        "EL52",
        "Kentriki Makedonia",
        "Thessaloniki",
        40.6401,
        22.9444,
        "el",
    ),
    place("RO", "RO11", "Nord-Vest", "Cluj-Napoca", 46.7712, 23.6236, "ro"),
    place("RO", "RO32", "Bucureşti-Ilfov", "București", 44.4268, 26.1025, "ro"),
    place("HU", "HU11", "Budapest", "Budapest", 47.4979, 19.0402, "hu"),
    place("SK", "SK01", "Bratislavský kraj", "Bratislava", 48.1486, 17.1077, "sk"),
    place("SI", "SI04", "Zahodna Slovenija", "Ljubljana", 46.0569, 14.5058, "sl"),
    place("LT", "LT01", "Sostinės regionas", "Vilnius", 54.6872, 25.2797, "lt"),
    place("EE", "EE00", "Eesti", "Tallinn", 59.4370, 24.7536, "et"),
    place("HR", "HR05", "Grad Zagreb", "Zagreb", 45.8150, 15.9819, "hr"),
    place("NO", "NO08", "Oslo og Viken", "Oslo", 59.9139, 10.7522, "nb"),
];

/// A field of activity tying the taxonomies together, with phrases in the demo's languages.
struct Theme {
    ecosystems: &'static [&'static str],
    kets: &'static [&'static str],
    ctas: &'static [&'static str],
    nace: &'static [&'static str],
    /// Short name: en, de, fr.
    short: [&'static str; 3],
    /// What organisations do: en, de, fr, da.
    activity: [&'static str; 4],
    words: &'static [&'static str],
}

const THEMES: &[Theme] = &[
    Theme {
        ecosystems: &["electronics"],
        kets: &["micro-nanoelectronics"],
        ctas: &["semiconductors"],
        nace: &["26.11", "26.12"],
        short: ["Semiconductor", "Halbleiter", "Semi-conducteurs"],
        activity: [
            "semiconductor design, wafer processing and chip packaging",
            "Halbleiterdesign, Waferprozesse und Chip-Packaging",
            "la conception de semi-conducteurs, le traitement des plaquettes et le packaging de puces",
            "halvlederdesign, waferprocesser og chippakning",
        ],
        words: &["Semicon", "Chip", "Wafer", "Micro"],
    },
    Theme {
        ecosystems: &["electronics", "digital"],
        kets: &["photonics"],
        ctas: &["sensing"],
        nace: &["26.70", "27.31"],
        short: ["Photonics", "Photonik", "Photonique"],
        activity: [
            "laser micro-machining and optical sensors",
            "Lasermikrobearbeitung und optische Sensoren",
            "le micro-usinage laser et les capteurs optiques",
            "lasermikrobearbejdning og optiske sensorer",
        ],
        words: &["Photonics", "Optics", "Laser", "Lumen"],
    },
    Theme {
        ecosystems: &["digital"],
        kets: &["advanced-manufacturing"],
        ctas: &["artificial-intelligence"],
        nace: &["62.01", "63.11"],
        short: ["AI", "KI", "IA"],
        activity: [
            "machine learning for industrial quality inspection",
            "maschinelles Lernen für die industrielle Qualitätsprüfung",
            "l'apprentissage automatique pour le contrôle qualité industriel",
            "maskinlæring til industriel kvalitetskontrol",
        ],
        words: &["Analytics", "Data", "Vision", "Mind"],
    },
    Theme {
        ecosystems: &["digital"],
        kets: &["nanotechnology"],
        ctas: &["quantum"],
        nace: &["72.19", "26.51"],
        short: ["Quantum", "Quanten", "Quantique"],
        activity: [
            "quantum sensing and quantum-safe communication",
            "Quantensensorik und quantensichere Kommunikation",
            "les capteurs quantiques et les communications sécurisées",
            "kvantesensorer og kvantesikker kommunikation",
        ],
        words: &["Quantum", "Qubit", "Photon"],
    },
    Theme {
        ecosystems: &["health"],
        kets: &["industrial-biotechnology"],
        ctas: &["biotechnologies"],
        nace: &["21.20", "72.11"],
        short: ["Biotech", "Biotechnologie", "Biotech"],
        activity: [
            "biopharmaceutical process development and cell therapies",
            "biopharmazeutische Prozessentwicklung und Zelltherapien",
            "le développement de procédés biopharmaceutiques et les thérapies cellulaires",
            "biofarmaceutisk procesudvikling og celleterapi",
        ],
        words: &["Bio", "Gen", "Cell", "Pharma"],
    },
    Theme {
        ecosystems: &["health"],
        kets: &["advanced-materials"],
        ctas: &["sensing"],
        nace: &["32.50", "26.60"],
        short: ["Medtech", "Medizintechnik", "Medtech"],
        activity: [
            "medical devices and point-of-care diagnostics",
            "Medizinprodukte und patientennahe Diagnostik",
            "les dispositifs médicaux et le diagnostic au point de soin",
            "medicinsk udstyr og patientnær diagnostik",
        ],
        words: &["Med", "Diagnostics", "Care", "Devices"],
    },
    Theme {
        ecosystems: &["aerospace-defence"],
        kets: &["advanced-materials"],
        ctas: &["space-propulsion"],
        nace: &["30.30", "51.22"],
        short: ["Space", "Raumfahrt", "Spatial"],
        activity: [
            "satellite components, small launchers and ground systems",
            "Satellitenkomponenten, Kleinträger und Bodensysteme",
            "les composants de satellites, les petits lanceurs et les segments sol",
            "satellitkomponenter, små løfteraketter og jordsystemer",
        ],
        words: &["Space", "Orbit", "Astro", "Sat"],
    },
    Theme {
        ecosystems: &["aerospace-defence"],
        kets: &["micro-nanoelectronics"],
        ctas: &["connectivity-navigation-digital", "sensing"],
        nace: &["30.40", "26.51"],
        short: ["Defence", "Verteidigung", "Défense"],
        activity: [
            "secure communications, radar and drones for defence and security",
            "sichere Kommunikation, Radar und Drohnen für Verteidigung und Sicherheit",
            "les communications sécurisées, les radars et les drones pour la défense",
            "sikker kommunikation, radar og droner til forsvar og sikkerhed",
        ],
        words: &["Defence", "Secure", "Radar", "Shield"],
    },
    Theme {
        ecosystems: &["energy-intensive", "mobility-transport-automotive"],
        kets: &["advanced-manufacturing"],
        ctas: &["robotics-autonomous-systems"],
        nace: &["28.99", "28.41"],
        short: ["Robotics", "Robotik", "Robotique"],
        activity: [
            "collaborative robots and factory automation",
            "kollaborative Roboter und Fabrikautomation",
            "les robots collaboratifs et l'automatisation d'usine",
            "samarbejdende robotter og fabriksautomation",
        ],
        words: &["Robotics", "Automation", "Motion", "Cobot"],
    },
    Theme {
        ecosystems: &["energy-renewables"],
        kets: &["advanced-materials"],
        ctas: &["energy"],
        nace: &["27.20", "27.90"],
        short: ["Battery", "Batterie", "Batteries"],
        activity: [
            "battery cells, recycling and energy storage",
            "Batteriezellen, Recycling und Energiespeicher",
            "les cellules de batterie, le recyclage et le stockage d'énergie",
            "battericeller, genanvendelse og energilagring",
        ],
        words: &["Volt", "Cell", "Energy", "Storage"],
    },
    Theme {
        ecosystems: &["energy-renewables"],
        kets: &["advanced-manufacturing"],
        ctas: &["energy"],
        nace: &["35.11", "28.11"],
        short: ["Energy", "Energie", "Énergie"],
        activity: [
            "offshore wind and green hydrogen",
            "Offshore-Wind und grünen Wasserstoff",
            "l'éolien en mer et l'hydrogène vert",
            "havvind og grøn brint",
        ],
        words: &["Wind", "Hydrogen", "Power", "Green"],
    },
    Theme {
        ecosystems: &["agri-food"],
        kets: &["industrial-biotechnology"],
        ctas: &["biotechnologies"],
        nace: &["10.89", "01.13"],
        short: ["Food", "Lebensmittel", "Agroalimentaire"],
        activity: [
            "sustainable food processing and alternative proteins",
            "nachhaltige Lebensmittelverarbeitung und alternative Proteine",
            "la transformation alimentaire durable et les protéines alternatives",
            "bæredygtig fødevareforarbejdning og alternative proteiner",
        ],
        words: &["Foods", "Agri", "Harvest", "Protein"],
    },
    Theme {
        ecosystems: &["textiles"],
        kets: &["advanced-materials"],
        ctas: &["materials-manufacturing-recycling"],
        nace: &["13.96", "13.20"],
        short: ["Textile", "Textil", "Textile"],
        activity: [
            "technical textiles and fibre recycling",
            "technische Textilien und Faserrecycling",
            "les textiles techniques et le recyclage des fibres",
            "tekniske tekstiler og fibergenanvendelse",
        ],
        words: &["Textiles", "Fibre", "Weave"],
    },
    Theme {
        ecosystems: &["mobility-transport-automotive"],
        kets: &["advanced-materials"],
        ctas: &["materials-manufacturing-recycling"],
        nace: &["29.32", "22.29"],
        short: ["Automotive", "Automobil", "Automobile"],
        activity: [
            "lightweight components for electric vehicles",
            "Leichtbaukomponenten für Elektrofahrzeuge",
            "les composants légers pour véhicules électriques",
            "letvægtskomponenter til elbiler",
        ],
        words: &["Mobility", "Drive", "Motion", "Auto"],
    },
    Theme {
        ecosystems: &["construction"],
        kets: &["advanced-materials"],
        ctas: &["materials-manufacturing-recycling"],
        nace: &["23.61", "43.99"],
        short: ["Construction", "Bau", "Construction"],
        activity: [
            "low-carbon building materials and prefabrication",
            "CO₂-arme Baustoffe und Vorfertigung",
            "les matériaux de construction bas carbone et la préfabrication",
            "klimavenlige byggematerialer og præfabrikation",
        ],
        words: &["Build", "Timber", "Concrete"],
    },
    Theme {
        ecosystems: &["cultural-creative", "digital"],
        kets: &[],
        ctas: &["connectivity-navigation-digital"],
        nace: &["58.21", "59.11"],
        short: ["Creative", "Kreativ", "Créatif"],
        activity: [
            "immersive media and game technology",
            "immersive Medien und Spieletechnologie",
            "les médias immersifs et les technologies du jeu",
            "immersive medier og spilteknologi",
        ],
        words: &["Studio", "Media", "Play", "Pixel"],
    },
];

const PREFIXES: &[&str] = &[
    "Nord", "Sud", "Alp", "Rhen", "Balt", "Hansa", "Lumi", "Opti", "Terra", "Helio", "Cryo", "Flux", "Vita", "Astra",
    "Neo", "Aqua", "Ferro", "Silva", "Boreal", "Danu", "Iber", "Celt", "Adria", "Carpa", "Vista", "Nova", "Prima",
];
const MIDDLES: &[&str] = &["", "", "a", "o", "ix", "en", "ra", "li", "tec", "ion", "us"];
const MARKETS: &[&str] = &[
    "US", "CA", "SG", "AE", "JP", "KR", "IN", "BR", "CN", "GB", "CH", "NO", "AU", "ZA", "MX",
];

fn legal_form(country: &str, rng: &mut ChaCha8Rng) -> &'static str {
    let forms: &[&str] = match country {
        "DE" => &["GmbH", "GmbH", "AG", "GmbH & Co. KG"],
        "AT" => &["GmbH", "AG"],
        "DK" => &["ApS", "A/S"],
        "NO" => &["AS"],
        "SE" => &["AB"],
        "FI" => &["Oy"],
        "FR" => &["SAS", "SA", "SARL"],
        "BE" => &["SA", "NV", "BV"],
        "NL" => &["B.V.", "N.V."],
        "ES" => &["S.L.", "S.A."],
        "IT" => &["S.r.l.", "S.p.A."],
        "PT" => &["Lda.", "S.A."],
        "PL" => &["Sp. z o.o.", "S.A."],
        "CZ" | "SK" => &["s.r.o.", "a.s."],
        "IE" => &["Ltd", "DAC"],
        "GR" => &["S.A.", "IKE"],
        "RO" => &["S.R.L.", "S.A."],
        "HU" => &["Kft.", "Zrt."],
        "SI" | "HR" => &["d.o.o.", "d.d."],
        "LT" => &["UAB"],
        "EE" => &["OÜ", "AS"],
        _ => &["Ltd"],
    };
    forms.choose(rng).copied().unwrap_or("Ltd")
}

fn pick<'a, T>(rng: &mut ChaCha8Rng, items: &'a [T]) -> &'a T {
    &items[rng.gen_range(0..items.len())]
}

/// Text in the place's language where the demo has one (de, fr, da), and always in English.
fn describe(
    kind: &str,
    name: &str,
    p: &Place,
    t: &Theme,
    counts: (u32, u32, u32),
    markets: &[String],
) -> BTreeMap<String, String> {
    let (smes, large, research) = counts;
    let markets_en = if markets.is_empty() {
        "new markets".to_owned()
    } else {
        markets.join(", ")
    };
    let mut d = BTreeMap::new();
    let en = match kind {
        "cluster" => format!(
            "{name} brings together {smes} SMEs, {large} large companies and {research} research organisations in {} working on {}.\n\
             The cluster organises B2B matchmaking, joint R&D projects and business missions to {markets_en}, and helps its members find partners across Europe.",
            p.region, t.activity[0]
        ),
        "company" => format!(
            "{name} is a company in {} specialised in {}.\nWe are looking for technology partners and customers for joint development, pilot lines and EU-funded projects.",
            p.city, t.activity[0]
        ),
        "technology-centre" => format!(
            "{name} offers applied research, testing and pilot facilities in {} to SMEs from {} and across Europe.\nOur engineers solve production problems in short projects, often funded by innovation vouchers.",
            t.activity[0], p.region
        ),
        "research-education" => format!(
            "{name} in {} carries out research and teaching in {}, and transfers results to industry through joint projects and spin-offs.",
            p.city, t.activity[0]
        ),
        "support-network" => format!(
            "{name} helps companies in {} to innovate and grow internationally: partner search, funding advice and brokerage events, with a focus on {}.",
            p.region, t.activity[0]
        ),
        _ => format!("{name} supports regional innovation in {}, with programmes for {}.", p.region, t.activity[0]),
    };
    d.insert("en".to_owned(), en);
    let local = match (p.lang, kind) {
        ("de", "cluster") => Some(format!(
            "{name} vernetzt {smes} KMU, {large} Großunternehmen und {research} Forschungseinrichtungen in {} rund um {}.\n\
             Der Cluster organisiert B2B-Matchmaking, gemeinsame FuE-Projekte und Unternehmerreisen und hilft seinen Mitgliedern, Partner in ganz Europa zu finden.",
            p.region, t.activity[1]
        )),
        ("de", "company") => Some(format!(
            "{name} ist ein Unternehmen in {} mit Schwerpunkt auf {}.\nWir suchen Technologiepartner und Kunden für gemeinsame Entwicklungen, Pilotlinien und EU-geförderte Projekte.",
            p.city, t.activity[1]
        )),
        ("de", "technology-centre") => Some(format!(
            "{name} bietet KMU angewandte Forschung, Prüf- und Pilotanlagen für {}.\nUnsere Ingenieurinnen und Ingenieure lösen Produktionsprobleme in kurzen Projekten, oft über Innovationsgutscheine gefördert.",
            t.activity[1]
        )),
        ("de", _) => Some(format!("{name} in {} arbeitet an {} und bringt Ergebnisse in die Industrie.", p.city, t.activity[1])),
        ("fr", "cluster") => Some(format!(
            "{name} réunit {smes} PME, {large} grandes entreprises et {research} organismes de recherche en {} autour de {}.\n\
             Le pôle organise des rendez-vous d'affaires, des projets de R&D collaboratifs et des missions à l'international.",
            p.region, t.activity[2]
        )),
        ("fr", "company") => Some(format!(
            "{name} est une entreprise de {} spécialisée dans {}.\nNous recherchons des partenaires technologiques et des clients pour des développements communs et des projets européens.",
            p.city, t.activity[2]
        )),
        ("fr", _) => Some(format!("{name} ({}) travaille sur {} et transfère ses résultats vers l'industrie.", p.city, t.activity[2])),
        ("da", "cluster") => Some(format!(
            "{name} samler {smes} SMV'er, {large} store virksomheder og {research} forskningsinstitutioner i {} inden for {}.\n\
             Klyngen arrangerer matchmaking, fælles forsknings- og udviklingsprojekter og erhvervsfremstød til udlandet.",
            p.region, t.activity[3]
        )),
        ("da", "company") => Some(format!(
            "{name} er en virksomhed i {} med speciale i {}.\nVi søger teknologipartnere og kunder til fælles udvikling og EU-finansierede projekter.",
            p.city, t.activity[3]
        )),
        ("da", _) => Some(format!("{name} i {} arbejder med {} og overfører resultater til erhvervslivet.", p.city, t.activity[3])),
        _ => None,
    };
    if let Some(text) = local {
        d.insert(p.lang.to_owned(), text);
    }
    d
}

fn name_for(kind: &str, p: &Place, t: &Theme, rng: &mut ChaCha8Rng) -> String {
    match kind {
        "cluster" => match p.lang {
            "de" => format!("Cluster {} {}", t.short[1], p.region),
            "fr" => format!("Pôle {} {}", t.short[2], p.region),
            _ => format!("{} {} Cluster", p.region, t.short[0]),
        },
        "technology-centre" => match p.lang {
            "de" => format!("Technologiezentrum {} {}", t.short[1], p.city),
            "fr" => format!("Centre technologique {} {}", t.short[2], p.city),
            _ => format!("{} {} Technology Centre", p.city, t.short[0]),
        },
        "research-education" => {
            let variants = match p.lang {
                "de" => vec![
                    format!("Technische Hochschule {}", p.city),
                    format!("Institut für {}forschung {}", t.short[1], p.city),
                ],
                "fr" => vec![
                    format!("Université de {}", p.city),
                    format!("Institut de recherche {} {}", t.short[2], p.city),
                ],
                _ => vec![
                    format!("{} University of Technology", p.city),
                    format!("{} Institute for {} Research", p.city, t.short[0]),
                ],
            };
            pick(rng, &variants).clone()
        }
        "support-network" => {
            let variants = [
                format!("Enterprise Europe Network {}", p.region),
                format!("{} Business Development Agency", p.region),
                format!("{} Chamber of Commerce and Industry", p.city),
            ];
            pick(rng, &variants).clone()
        }
        "public-authority" => format!("{} Regional Innovation Agency", p.region),
        _ => {
            let stem = format!("{}{}", pick(rng, PREFIXES), pick(rng, MIDDLES));
            format!("{stem} {} {}", pick(rng, t.words), legal_form(p.country, rng))
        }
    }
}

/// The NUTS 1 regions of the demo's places (Eurostat NUTS 2024, Latin names), so that a search
/// for "Sachsen" or "Bayern" finds the demo organisations there without an import.
const NUTS1: &[(&str, &str)] = &[
    ("AT1", "Ostösterreich"),
    ("AT2", "Südösterreich"),
    ("AT3", "Westösterreich"),
    ("BE1", "Région de Bruxelles-Capitale/Brussels Hoofdstedelijk Gewest"),
    ("BE2", "Vlaams Gewest"),
    ("CZ0", "Česko"),
    ("DE1", "Baden-Württemberg"),
    ("DE2", "Bayern"),
    ("DE3", "Berlin"),
    ("DE5", "Bremen"),
    ("DE6", "Hamburg"),
    ("DE7", "Hessen"),
    ("DE9", "Niedersachsen"),
    ("DEA", "Nordrhein-Westfalen"),
    ("DED", "Sachsen"),
    ("DK0", "Danmark"),
    ("EE0", "Eesti"),
    ("EL3", "Attiki"),
    ("EL5", "Voreia Elláda"),
    ("ES2", "Noreste"),
    ("ES3", "Comunidad de Madrid"),
    ("ES5", "Este"),
    ("FI1", "Manner-Suomi"),
    ("FR1", "Ile-de-France"),
    ("FRF", "Grand Est"),
    ("FRI", "Nouvelle-Aquitaine"),
    ("FRJ", "Occitanie"),
    ("FRK", "Auvergne-Rhône-Alpes"),
    ("FRL", "Provence-Alpes-Côte d’Azur"),
    ("HR0", "Hrvatska"),
    ("HU1", "Közép-Magyarország"),
    ("IE0", "Ireland"),
    ("ITC", "Nord-Ovest"),
    ("ITH", "Nord-Est"),
    ("LT0", "Lietuva"),
    ("NL3", "West-Nederland"),
    ("NL4", "Zuid-Nederland"),
    ("NO0", "Norge"),
    ("PL2", "Makroregion południowy"),
    ("PL9", "Makroregion województwo mazowieckie"),
    ("PT1", "Continente"),
    ("RO1", "Macroregiunea Unu"),
    ("RO3", "Macroregiunea Trei"),
    ("SE1", "Östra Sverige"),
    ("SE2", "Södra Sverige"),
    ("SI0", "Slovenija"),
    ("SK0", "Slovensko"),
];

/// The demo's NUTS 1 and 2 regions, so profiles show region names and search finds them.
pub fn regions() -> Vec<store::regions::Region> {
    let mut out: Vec<store::regions::Region> = PLACES
        .iter()
        .map(|p| store::regions::Region {
            code: p.nuts.to_owned(),
            level: 2,
            name: p.region.to_owned(),
        })
        .chain(NUTS1.iter().map(|(code, name)| store::regions::Region {
            code: (*code).to_owned(),
            level: 1,
            name: (*name).to_owned(),
        }))
        .collect();
    out.sort_by(|a, b| a.code.cmp(&b.code));
    out.dedup_by(|a, b| a.code == b.code);
    out
}

/// Fills the store with `n` demo organisations (and the demo regions) in one transaction.
pub async fn seed(
    store: &store::Store,
    n: usize,
    seed: u64,
) -> Result<crate::import::Summary, crate::import::ImportError> {
    let started = std::time::Instant::now();
    let records = generate(n, seed);
    let mut valid = Vec::with_capacity(records.len());
    for (i, r) in records.iter().enumerate() {
        let v = r.validate().map_err(|e| crate::import::ImportError::Invalid {
            file: "demo".into(),
            errors: vec![crate::import::RowError {
                location: format!("item {}", i + 1),
                message: e.to_string(),
            }],
        })?;
        valid.push((format!("item {}", i + 1), v));
    }
    let mut tx = store.begin().await?;
    store::regions::save_all(&mut tx, &regions()).await?;
    tx.commit().await?;
    let mut summary = crate::import::organisations::write(store, valid, false).await?;
    summary.regions = regions().len();
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// A reproducible demo directory of `n` organisations.
pub fn generate(n: usize, seed: u64) -> Vec<Record> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut used = HashSet::new();
    let mut records: Vec<Record> = Vec::with_capacity(n);
    for i in 0..n {
        // Roughly the mix of a real ecosystem: one cluster per ~20 organisations.
        let kind = match rng.gen_range(0..100) {
            0..=5 => "cluster",
            6..=13 => "technology-centre",
            14..=20 => "research-education",
            21..=23 => "support-network",
            24..=25 => "public-authority",
            _ => "company",
        };
        let kind = if i < 3 {
            ["cluster", "technology-centre", "company"][i]
        } else {
            kind
        };
        // Institutions are named after their place and theme; another place or theme is tried
        // before a name is reused with a number.
        let mut attempt = 0;
        let (p, t, name, slug) = loop {
            let p = pick(&mut rng, PLACES);
            let t = pick(&mut rng, THEMES);
            let name = name_for(kind, p, t, &mut rng);
            let slug = Slug::from_name(&name);
            attempt += 1;
            if !used.contains(&slug) || attempt >= 8 {
                break (p, t, name, slug);
            }
        };
        let (name, slug) = if used.contains(&slug) {
            let mut k = 2;
            while used.contains(&slug.with_suffix(k)) {
                k += 1;
            }
            let numbered = if kind == "company" { name } else { format!("{name} {k}") };
            (numbered, slug.with_suffix(k))
        } else {
            (name, slug)
        };
        used.insert(slug.clone());
        let is_cluster = kind == "cluster";
        let counts = if is_cluster {
            (rng.gen_range(20..400), rng.gen_range(2..40), rng.gen_range(2..25))
        } else {
            (0, 0, 0)
        };
        let mut markets: Vec<String> = vec![];
        if is_cluster || (kind == "company" && rng.gen_bool(0.3)) {
            let mut m: Vec<&str> = MARKETS.to_vec();
            m.shuffle(&mut rng);
            markets = m.into_iter().take(rng.gen_range(1..4)).map(str::to_owned).collect();
        }
        // Real positions spread around the city (a few kilometres).
        let lat = ((p.lat + rng.gen_range(-0.08..0.08)) * 1e5).round() / 1e5;
        let lon = ((p.lon + rng.gen_range(-0.12..0.12)) * 1e5).round() / 1e5;
        let mut ctas: Vec<String> = t.ctas.iter().map(|s| (*s).to_owned()).collect();
        if rng.gen_bool(0.15) {
            ctas.push(
                pick(&mut rng, THEMES)
                    .ctas
                    .first()
                    .copied()
                    .unwrap_or("energy")
                    .to_owned(),
            );
        }
        let label = if is_cluster {
            match rng.gen_range(0..100) {
                0..=29 => None,
                30..=64 => Some("bronze"),
                65..=89 => Some("silver"),
                _ => Some("gold"),
            }
        } else {
            None
        };
        records.push(Record {
            slug: Some(slug.to_string()),
            descriptions: describe(kind, &name, p, t, counts, &markets),
            name,
            short_name: None,
            kind: kind.to_owned(),
            country: p.country.to_owned(),
            nuts_code: Some(p.nuts.to_owned()),
            city: Some(p.city.to_owned()),
            lat: Some(lat),
            lon: Some(lon),
            website: Some(format!("https://{slug}.example.eu")),
            nace_codes: t
                .nace
                .iter()
                .take(rng.gen_range(1..=t.nace.len()))
                .map(|s| (*s).to_owned())
                .collect(),
            ecosystems: t.ecosystems.iter().map(|s| (*s).to_owned()).collect(),
            technologies: t.kets.iter().map(|s| (*s).to_owned()).collect(),
            critical_technologies: ctas,
            members_smes: is_cluster.then_some(counts.0),
            members_large: is_cluster.then_some(counts.1),
            members_research: is_cluster.then_some(counts.2),
            founded: Some(if is_cluster {
                rng.gen_range(1995..2023)
            } else {
                rng.gen_range(1950..2024)
            }),
            label: label.map(str::to_owned),
            is_sme: kind == "company" && rng.gen_bool(0.85),
            target_markets: markets,
            languages: {
                let mut l = vec!["en".to_owned()];
                if p.lang != "en" {
                    l.push(p.lang.to_owned());
                }
                l
            },
            cordis_id: None,
            member_of: Some(vec![]),
            partners: Some(vec![]),
            projects: Some(vec![]),
        });
    }
    link(&mut records, &mut rng);
    records
}

/// Memberships (companies and centres join clusters of their country, preferring their theme),
/// partnerships between clusters across borders, and collaboration projects with consortia.
fn link(records: &mut [Record], rng: &mut ChaCha8Rng) {
    let clusters: Vec<usize> = (0..records.len()).filter(|i| records[*i].kind == "cluster").collect();
    if clusters.is_empty() {
        return;
    }
    for i in 0..records.len() {
        if records[i].kind == "cluster" || records[i].kind == "public-authority" || !rng.gen_bool(0.7) {
            continue;
        }
        let country = records[i].country.clone();
        let eco = records[i].ecosystems.first().cloned();
        let local: Vec<usize> = clusters
            .iter()
            .copied()
            .filter(|c| records[*c].country == country)
            .collect();
        let themed: Vec<usize> = local
            .iter()
            .copied()
            .filter(|c| records[*c].ecosystems.first() == eco.as_ref())
            .collect();
        let pool = if !themed.is_empty() && rng.gen_bool(0.8) {
            themed
        } else {
            local
        };
        if pool.is_empty() {
            continue;
        }
        let mut chosen: Vec<String> = vec![];
        for _ in 0..rng.gen_range(1..=2) {
            let c = &records[*pick(rng, &pool)];
            if let Some(s) = &c.slug {
                if !chosen.contains(s) {
                    chosen.push(s.clone());
                }
            }
        }
        chosen.sort();
        records[i].member_of = Some(chosen);
    }
    for &c in &clusters {
        for _ in 0..rng.gen_range(0..3) {
            let other = *pick(rng, &clusters);
            if other == c || records[other].country == records[c].country {
                continue;
            }
            let (a, b) = (
                records[c].slug.clone().unwrap_or_default(),
                records[other].slug.clone().unwrap_or_default(),
            );
            for (x, y) in [(c, b), (other, a)] {
                let list = records[x].partners.get_or_insert_with(Vec::new);
                if !list.contains(&y) {
                    list.push(y);
                    list.sort();
                }
            }
        }
    }
    let n_projects = (records.len() / 12).max(1);
    for k in 0..n_projects {
        let acronym = format!(
            "{}{}",
            pick(rng, PREFIXES).to_uppercase(),
            pick(rng, &["NET", "LAB", "HUB", "PATH", "SCALE", "TWIN", "LINK", "CIRC"])
        );
        let size = rng.gen_range(4..12).min(records.len());
        let mut members: Vec<usize> = (0..size).map(|_| rng.gen_range(0..records.len())).collect();
        members.sort_unstable();
        members.dedup();
        let cordis_id = format!("{}", 101_900_000 + k);
        for (j, m) in members.iter().enumerate() {
            let role = if j == 0 {
                "coordinator"
            } else if rng.gen_bool(0.1) {
                "associated-partner"
            } else {
                "participant"
            };
            let cents = (role != "associated-partner").then(|| rng.gen_range(50_000..1_500_000i64) * 100);
            records[*m].projects.get_or_insert_with(Vec::new).push(ProjectLink {
                acronym: acronym.clone(),
                cordis_id: Some(cordis_id.clone()),
                role: role.to_owned(),
                ec_contribution_cents: cents,
            });
        }
    }
}

/// The password of the demo accounts (printed when `serve --demo` creates them).
pub const DEMO_PASSWORD: &str = "clusterhub-demo";

/// Demo accounts, one per role, so every part of the platform can be tried at once: a platform
/// admin, a moderator, and the admin and a member of the first cluster. Only into a database
/// without accounts. Gives the lines to print.
pub async fn seed_accounts(store: &store::Store) -> anyhow::Result<Vec<String>> {
    if store.user_count().await? > 0 {
        return Ok(vec![]);
    }
    let passwords = std::sync::Arc::new(web::auth::Passwords::new());
    let password = domain::Password::parse(DEMO_PASSWORD, None).map_err(anyhow::Error::msg)?;
    let hash = passwords
        .hash(&password)
        .await
        .map_err(|_| anyhow::anyhow!("hashing failed"))?;
    let cluster = store
        .list_organisations(&domain::DirectoryFilter::from_pairs([
            ("type", "cluster"),
            ("limit", "1"),
        ])?)
        .await?
        .items
        .into_iter()
        .next();
    let mut lines = vec![];
    for (email, name, role, org_role) in [
        (
            "admin@demo.clusterhub.eu",
            "Ada Admin",
            domain::PlatformRole::Admin,
            None,
        ),
        (
            "moderator@demo.clusterhub.eu",
            "Mo Moderator",
            domain::PlatformRole::Moderator,
            None,
        ),
        (
            "manager@demo.clusterhub.eu",
            "Clara Clustermanager",
            domain::PlatformRole::User,
            Some(domain::OrgRole::Admin),
        ),
        (
            "member@demo.clusterhub.eu",
            "Sam SME",
            domain::PlatformRole::User,
            Some(domain::OrgRole::Member),
        ),
    ] {
        let email = domain::Email::parse(email).map_err(anyhow::Error::msg)?;
        let user = store.create_user(&email, name, Some(&hash), role).await?;
        store.confirm_email(user.id).await?;
        let mut what = role.to_string();
        if let (Some(r), Some(c)) = (org_role, &cluster) {
            store.set_org_role(user.id, c.id, r).await?;
            what = format!("{r} of {}", c.profile.name);
        }
        lines.push(format!("  {email} ({what})"));
    }
    Ok(lines)
}

/// Published cooperation opportunities from about one demo organisation in four, the kind fitting
/// the organisation (companies request technology, centres offer it, clusters seek partner
/// clusters), plus one draft and one submitted opportunity of the demo cluster for its manager and
/// the moderator to try. Does nothing when opportunities exist already.
pub async fn seed_opportunities(store: &store::Store, seed: u64) -> anyhow::Result<usize> {
    use domain::{OpportunityInput, OpportunityKind, OpportunityState, OrganisationType, Taxonomy};
    let (_, existing) = store
        .published_opportunities(&store::opportunities::OpportunityFilter {
            members_only: true,
            limit: 1,
            ..Default::default()
        })
        .await?;
    if existing > 0 {
        return Ok(0);
    }
    let tr = web::i18n::Tr::new(web::i18n::Locale::En);
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let today = web::views::time::today();
    let organisations = store.all_organisations().await?;
    let owner = store
        .memberships_of(
            store
                .user_by_email(&domain::Email::parse("manager@demo.clusterhub.eu").map_err(anyhow::Error::msg)?)
                .await?
                .map(|(u, _)| u.id)
                .unwrap_or(0),
        )
        .await?;
    let mut created = 0;
    for (i, o) in organisations.iter().enumerate() {
        let p = &o.profile;
        let managed = owner.first().is_some_and(|m| m.organisation_id == o.id);
        if !managed && rng.gen_range(0..4) != 0 {
            continue;
        }
        let kind = match p.kind {
            OrganisationType::Company => *pick(
                &mut rng,
                &[
                    OpportunityKind::TechnologyRequest,
                    OpportunityKind::TechnologyChallenge,
                    OpportunityKind::BusinessOffer,
                    OpportunityKind::BusinessRequest,
                ],
            ),
            OrganisationType::TechnologyCentre => OpportunityKind::TechnologyOffer,
            OrganisationType::ResearchEducation => *pick(
                &mut rng,
                &[OpportunityKind::RdPartnerSearch, OpportunityKind::TechnologyOffer],
            ),
            OrganisationType::Cluster => *pick(
                &mut rng,
                &[OpportunityKind::ClusterPartnership, OpportunityKind::RdPartnerSearch],
            ),
            _ => OpportunityKind::BusinessRequest,
        };
        let tech = p
            .technologies
            .first()
            .map(|t| tr.t(t.message_id()))
            .unwrap_or_else(|| tr.t("opportunity-kind-technology-offer"));
        let ecosystem = p
            .ecosystems
            .first()
            .map(|e| tr.t(e.message_id()))
            .unwrap_or_else(|| "industry".to_owned());
        let name = web::views::title_case_if_shouting(&p.name);
        let (title, text) = match kind {
            OpportunityKind::TechnologyRequest => (
                format!("{tech} expertise wanted for new products in {ecosystem}"),
                format!("{name} needs a partner with proven {tech} know-how to industrialise a new product for {ecosystem}. We offer a paid development contract and a share in follow-up sales."),
            ),
            OpportunityKind::TechnologyChallenge => (
                format!("Challenge: cut scrap in our {ecosystem} line with {tech}"),
                format!("{name} invites technology centres to propose a solution: our {ecosystem} production loses too much material, and we believe {tech} can help. Innovation vouchers can fund a first study."),
            ),
            OpportunityKind::BusinessOffer => (
                format!("Distribution partners sought for {ecosystem} components"),
                format!("{name} offers its {tech} based components to distributors and system integrators in {ecosystem}, with training and technical support."),
            ),
            OpportunityKind::BusinessRequest => (
                format!("Supplier wanted: {tech} parts for {ecosystem}"),
                format!("{name} is looking for a reliable supplier of {tech} parts for {ecosystem} applications, for volumes from prototypes to series."),
            ),
            OpportunityKind::TechnologyOffer => (
                format!("Pilot line and testing in {tech}"),
                format!("{name} offers SMEs access to its {tech} pilot line, testing and engineering support for {ecosystem}, in short projects or as a partner in funded projects."),
            ),
            OpportunityKind::RdPartnerSearch => (
                format!("Consortium partners for a Horizon Europe proposal on {tech}"),
                format!("{name} is building a consortium on {tech} for {ecosystem} and seeks industrial partners and a technology centre for demonstration and exploitation."),
            ),
            OpportunityKind::ClusterPartnership => (
                format!("Partner clusters sought in {ecosystem}"),
                format!("{name} seeks partner clusters abroad for joint business missions, B2B matchmaking and an application to the European Cluster Collaboration programme in {ecosystem}."),
            ),
        };
        let input = OpportunityInput {
            kind: kind.to_string(),
            title,
            description: text,
            language: "en".into(),
            technologies: p.technologies.iter().map(|t| t.to_string()).collect(),
            critical_technologies: p.critical_technologies.iter().map(|t| t.to_string()).collect(),
            ecosystems: p.ecosystems.iter().map(|t| t.to_string()).collect(),
            sectors: p.sections().iter().map(|t| t.to_string()).collect(),
            target_countries: p.target_markets.iter().map(|t| t.to_string()).collect(),
            partnerships: vec![match kind {
                OpportunityKind::RdPartnerSearch => "research-cooperation".into(),
                OpportunityKind::BusinessOffer => "distribution".into(),
                OpportunityKind::BusinessRequest => "supplier".into(),
                _ => "technical-cooperation".into(),
            }],
            call: (kind == OpportunityKind::RdPartnerSearch)
                .then(|| "HORIZON-CL4-2026-01-DIGITAL-EMERGING-02".to_owned()),
            deadline: domain::Day::new(today.date() + domain::opportunity::days(rng.gen_range(30..300))).to_string(),
            contact_name: "Partnering desk".into(),
            contact_email: format!("partnering+{}@demo.clusterhub.eu", i),
            visibility: "public".into(),
        };
        let draft = input
            .validate(today)
            .map_err(|e| anyhow::anyhow!("demo opportunity of {}: {e}", p.name))?;
        let id = store.create_opportunity(o.id, None, &draft).await?;
        let target = if managed {
            OpportunityState::Submitted
        } else {
            OpportunityState::Published
        };
        store
            .transition(id, &[OpportunityState::Draft], OpportunityState::Submitted, None)
            .await?;
        if target == OpportunityState::Published {
            store
                .transition(id, &[OpportunityState::Submitted], OpportunityState::Published, None)
                .await?;
        }
        created += 1;
    }
    Ok(created)
}

/// What the consortia of the demo projects would have entered: a title and summary from what the
/// coordinator does, dates around today, a budget from the partners' EU contributions, and the
/// technologies and ecosystems the partners share. Only projects without a title (the demo's);
/// gives how many were filled.
pub async fn seed_project_details(store: &store::Store, seed: u64) -> anyhow::Result<usize> {
    use domain::{Cents, Day, ProjectDetails, Taxonomy};
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x9e37);
    let tr = web::i18n::Tr::new(web::i18n::Locale::En);
    let today = chrono::Utc::now().date_naive();
    let mut filled = 0;
    let mut after = 0;
    loop {
        let page = store.projects_after(after, 500).await?;
        let Some(last) = page.last() else { break };
        after = last.id;
        for p in page.into_iter().filter(|p| p.draft.title.is_none()) {
            let partners = store.participants_of(p.id).await?;
            let Some(coordinator) = partners.first() else { continue };
            let Some(lead) = store
                .organisation_by_slug(coordinator.organisation_slug.as_str())
                .await?
            else {
                continue;
            };
            let profile = &lead.profile;
            let technologies = profile.technologies.clone();
            let ecosystems = profile.ecosystems.clone();
            let topic = technologies
                .first()
                .map(|t| tr.t(t.message_id()))
                .or_else(|| ecosystems.first().map(|e| tr.t(e.message_id())))
                .unwrap_or_else(|| "industrial innovation".into());
            let sector = ecosystems
                .first()
                .map(|e| tr.t(e.message_id()))
                .unwrap_or_else(|| "manufacturing".into());
            let aim = pick(
                &mut rng,
                &[
                    "Pilot lines for",
                    "Cross-border value chains in",
                    "SME uptake of",
                    "Open testbeds for",
                    "Skills and demonstrators for",
                ],
            );
            let title = format!("{aim} {} in {}", topic.to_lowercase(), sector.to_lowercase());
            let countries: std::collections::BTreeSet<String> =
                partners.iter().map(|x| x.organisation_country.clone()).collect();
            let summary = format!(
                "{acronym} brings {n} partners from {c} countries together around {topic}. Coordinated by {lead}, \
                 the consortium builds demonstrators with industrial users in {sector}, opens its facilities \
                 to SMEs through calls for pilot projects, and shares its results across the partners' clusters.\n\n\
                 Work packages cover requirements and use cases, technology development, pilots at the \
                 partners' sites, and exploitation with business support for start-ups and SMEs.",
                acronym = p.draft.acronym,
                n = partners.len(),
                c = countries.len(),
                lead = profile.name,
                topic = topic.to_lowercase(),
                sector = sector.to_lowercase(),
            );
            let starts = today - chrono::Duration::days(rng.gen_range(60..900));
            let ends = starts + chrono::Duration::days(30 * [24, 36, 48][rng.gen_range(0..3)]);
            let contributions: i64 = partners.iter().filter_map(|x| x.ec_contribution.map(|c| c.0)).sum();
            let details = ProjectDetails {
                summary: Some(summary),
                starts: Some(Day::new(starts)),
                ends: Some(Day::new(ends)),
                // EU grants cover most, not all, of a project's costs.
                budget: Some(Cents(contributions / 100 * 125)),
                technologies,
                critical_technologies: profile.critical_technologies.clone(),
                ecosystems,
                target_markets: profile.target_markets.iter().take(3).copied().collect(),
                website: None,
            };
            let mut draft = p.draft.clone();
            draft.title = Some(title);
            draft.programme = draft.programme.or_else(|| Some("HORIZON".into()));
            store.update_project(p.id, &draft, &details).await?;
            filled += 1;
        }
    }
    Ok(filled)
}

/// About two dozen funding calls around today: open ones (some closing within days, some with
/// two cut-offs), forthcoming and recently closed ones, EU calls and Euroclusters' cascade calls.
/// Nothing when calls exist already (for instance imported from the portal).
pub async fn seed_calls(store: &store::Store, seed: u64) -> anyhow::Result<usize> {
    use domain::funding::CallRow;
    if store.call_count().await? > 0 {
        return Ok(0);
    }
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let today = chrono::Utc::now().date_naive();
    let topics: &[(&str, &str, &str, u32, bool)] = &[
        (
            "HORIZON-CL4-{y}-DIGITAL-EMERGING-01-02",
            "Next-generation semiconductor pilot lines",
            "HORIZON Research and Innovation Actions",
            8_000_000,
            false,
        ),
        (
            "HORIZON-CL5-{y}-D3-01-05",
            "Renewable energy integration in industrial clusters",
            "HORIZON Innovation Actions",
            5_000_000,
            false,
        ),
        (
            "HORIZON-CL3-{y}-BM-01-03",
            "Border management technologies for SMEs",
            "HORIZON Innovation Actions",
            4_000_000,
            false,
        ),
        (
            "HORIZON-EIC-{y}-ACCELERATOR-01",
            "EIC Accelerator",
            "HORIZON EIC Grants",
            2_500_000,
            false,
        ),
        (
            "HORIZON-EIT-{y}-JUMPSTARTER",
            "EIT Jumpstarter: from idea to start-up",
            "HORIZON Coordination and Support Actions",
            10_000,
            false,
        ),
        (
            "DIGITAL-{y}-AI-01-FACILITIES",
            "Testing and experimentation facilities for AI in manufacturing",
            "DIGITAL Simple Grants",
            15_000_000,
            false,
        ),
        (
            "DIGITAL-ECCC-{y}-CYBER-05-SME",
            "Cybersecurity uptake by SMEs",
            "DIGITAL SME Support Actions",
            1_000_000,
            false,
        ),
        (
            "SMP-COSME-{y}-CLUSTER-01",
            "Euroclusters for Europe's recovery",
            "SMP Grants for Financial Support",
            1_500_000,
            false,
        ),
        (
            "SMP-COSME-{y}-CLUSTER-01",
            "Open call for SMEs: digital twins in aerospace manufacturing",
            "Cascade funding",
            60_000,
            true,
        ),
        (
            "SMP-COSME-{y}-CLUSTER-01",
            "Innovation vouchers for biotech SMEs",
            "Cascade funding",
            30_000,
            true,
        ),
        (
            "SMP-COSME-{y}-CLUSTER-01",
            "Internationalisation vouchers: trade missions to North America",
            "Cascade funding",
            10_000,
            true,
        ),
        (
            "SMP-COSME-{y}-CLUSTER-01",
            "Green transition vouchers for construction SMEs",
            "Cascade funding",
            20_000,
            true,
        ),
        (
            "HORIZON-CL6-{y}-CIRCBIO-02-01",
            "Circular bio-based value chains in regions",
            "HORIZON Innovation Actions",
            6_000_000,
            false,
        ),
        (
            "LIFE-{y}-SAP-ENV",
            "LIFE standard action projects: environment",
            "LIFE Action Grants",
            3_000_000,
            false,
        ),
        (
            "EDF-{y}-DA-SPACE-SSA",
            "Space situational awareness",
            "EDF Development Actions",
            20_000_000,
            false,
        ),
        (
            "HORIZON-JU-CHIPS-{y}-2-RIA",
            "Chips JU: advanced packaging",
            "HORIZON JU Research and Innovation Actions",
            10_000_000,
            false,
        ),
        (
            "I3-{y}-INV1",
            "Interregional innovation investments",
            "I3 Grants",
            5_000_000,
            false,
        ),
        (
            "SMP-COSME-{y}-SEE-01",
            "Single Market Programme: SME internationalisation",
            "SMP Grants",
            2_000_000,
            false,
        ),
        (
            "HORIZON-CL4-{y}-RESILIENCE-01-07",
            "Advanced materials for the twin transition",
            "HORIZON Research and Innovation Actions",
            7_000_000,
            false,
        ),
        (
            "DIGITAL-{y}-EDIH-AC-01",
            "European Digital Innovation Hubs: new hubs",
            "DIGITAL Grants for Procurement",
            1_000_000,
            false,
        ),
        (
            "HORIZON-CL5-{y}-D5-01-12",
            "Zero-emission waterborne transport",
            "HORIZON Innovation Actions",
            9_000_000,
            false,
        ),
        (
            "SMP-COSME-{y}-CLUSTER-01",
            "Open call: robotics adoption by manufacturing SMEs",
            "Cascade funding",
            50_000,
            true,
        ),
    ];
    let mut created = 0;
    let mut calls = Vec::new();
    for (i, (id, title, action, budget, cascade)) in topics.iter().enumerate() {
        // Spread around today: a third closing within a month, others later, a few already
        // closed or not yet open.
        let (opens, first, second): (i64, i64, Option<i64>) = match i % 6 {
            0 => (-60, rng.gen_range(3..30), None),
            1 => (-30, rng.gen_range(30..120), Some(rng.gen_range(150..300))),
            2 => (rng.gen_range(10..60), rng.gen_range(90..200), None),
            3 => (-200, -rng.gen_range(5..60), None),
            4 => (-10, rng.gen_range(10..28), None),
            _ => (-90, rng.gen_range(60..240), None),
        };
        let day = |d: i64| (today + chrono::Duration::days(d)).format("%Y-%m-%d").to_string();
        let year = (today + chrono::Duration::days(first)).format("%Y").to_string();
        let identifier = id.replace("{y}", &year);
        let row = CallRow {
            identifier: identifier.clone(),
            title: (*title).to_owned(),
            action_type: (*action).to_owned(),
            grant_type: String::new(),
            submission_procedure: if second.is_some() {
                "multiple cut-off".into()
            } else {
                "single-stage".into()
            },
            start_date: format!("{}T00:00:00", day(opens)),
            deadline: format!("{}T17:00:00", day(first)),
            deadline2: second.map(|s| format!("{}T17:00:00", day(s))).unwrap_or_default(),
            budget_min: if *cascade { "0".into() } else { (budget / 2).to_string() },
            budget_max: budget.to_string(),
            project_number: if *cascade {
                rng.gen_range(10..40).to_string()
            } else {
                rng.gen_range(2..12).to_string()
            },
            reference: if *cascade {
                format!("{}COMPETITIVE_CALLen", 9000 + i)
            } else {
                format!("demo-{identifier}")
            },
            description: format!(
                "<p><strong>{title}</strong>: a demo call of clusterhub, written in the portal's way.</p>\
                 <p>Eligible: organisations established in an EU Member State or associated country{}.</p>",
                if *cascade {
                    "; SMEs working with a technology centre of the consortium"
                } else {
                    ""
                }
            ),
        };
        calls.push(
            row.validate(domain::html::sanitise)
                .map_err(|e| anyhow::anyhow!("demo call {identifier}: {e}"))?,
        );
        created += 1;
    }
    let mut tx = store.begin().await?;
    store::funding::save_calls(&mut tx, &calls).await?;
    tx.commit().await?;
    Ok(created)
}

/// The time zone of a country's capital, for demo events held there.
fn zone_of(country: &str) -> &'static str {
    match country {
        "PT" => "Europe/Lisbon",
        "IE" => "Europe/Dublin",
        "GB" | "UK" => "Europe/London",
        "FI" => "Europe/Helsinki",
        "EE" => "Europe/Tallinn",
        "LV" => "Europe/Riga",
        "LT" => "Europe/Vilnius",
        "GR" | "EL" => "Europe/Athens",
        "BG" => "Europe/Sofia",
        "RO" => "Europe/Bucharest",
        "CY" => "Asia/Nicosia",
        "DK" => "Europe/Copenhagen",
        "SE" => "Europe/Stockholm",
        "NO" => "Europe/Oslo",
        "DE" => "Europe/Berlin",
        "FR" => "Europe/Paris",
        "ES" => "Europe/Madrid",
        "IT" => "Europe/Rome",
        "NL" => "Europe/Amsterdam",
        "AT" => "Europe/Vienna",
        "PL" => "Europe/Warsaw",
        "CZ" => "Europe/Prague",
        _ => "Europe/Brussels",
    }
}

const FIRST_NAMES: &[&str] = &[
    "Anna", "Lars", "Sofie", "Jonas", "Marie", "Paul", "Inès", "Luca", "Eva", "Mikkel", "Clara", "Tomás", "Ida", "Jan",
    "Elena", "Niels", "Sara", "Pieter", "Laura", "Matteo",
];
const LAST_NAMES: &[&str] = &[
    "Berg", "Schmidt", "Dubois", "Rossi", "Jensen", "Novak", "García", "Virtanen", "de Vries", "Kowalski", "Müller",
    "Nielsen", "Lefèvre", "Costa", "Horvát",
];

/// About forty published events over the coming months, and a B2B matchmaking day of the
/// manager's cluster with sixty participants (accounts without a password), their profiles,
/// availability and meeting requests, ready for the organiser to run the scheduler. Nothing when
/// events exist already.
pub async fn seed_events(store: &store::Store, seed: u64) -> anyhow::Result<usize> {
    use domain::{EventInput, EventKind, EventState, OrganisationType, Taxonomy};
    let (_, existing) = store
        .public_events(&store::events::EventFilter {
            limit: 1,
            ..Default::default()
        })
        .await?;
    if existing > 0 {
        return Ok(0);
    }
    let tr = web::i18n::Tr::new(web::i18n::Locale::En);
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let now = chrono::Utc::now();
    let organisations = store.all_organisations().await?;
    let hosts: Vec<_> = organisations
        .iter()
        .filter(|o| {
            matches!(
                o.profile.kind,
                OrganisationType::Cluster | OrganisationType::TechnologyCentre
            )
        })
        .collect();
    let mut created = 0;
    let publish = |id: i64| async move {
        store
            .transition(id, &[EventState::Draft], EventState::Submitted, None)
            .await?;
        store
            .transition(id, &[EventState::Submitted], EventState::Published, None)
            .await
    };
    for (i, o) in hosts.iter().take(40).enumerate() {
        let p = &o.profile;
        let kind = *pick(
            &mut rng,
            &[
                EventKind::Talk,
                EventKind::Conference,
                EventKind::Workshop,
                EventKind::Matchmaking,
                EventKind::Mission,
                EventKind::Talk,
            ],
        );
        let tech = p
            .technologies
            .first()
            .map(|t| tr.t(t.message_id()))
            .unwrap_or_else(|| "digital technologies".into());
        let ecosystem = p
            .ecosystems
            .first()
            .map(|e| tr.t(e.message_id()))
            .unwrap_or_else(|| "industry".into());
        let name = web::views::title_case_if_shouting(&p.name);
        let day = (now + chrono::Duration::days(rng.gen_range(3..180))).date_naive();
        let (title, description, hours, attendance) = match kind {
            EventKind::Talk => (
                format!("Webinar: {tech} in practice"),
                format!("{name} invites SMEs to a one-hour webinar on what {tech} brings to {ecosystem}, with two case studies and time for questions."),
                (14, 15),
                "online",
            ),
            EventKind::Conference => (
                format!("{ecosystem} Innovation Days"),
                format!("Two days of talks, exhibition and networking on {tech} for {ecosystem}, hosted by {name}."),
                (9, 18),
                "hybrid",
            ),
            EventKind::Workshop => (
                format!("Hands-on workshop: {tech} for SMEs"),
                format!("A practical half-day at {name}: bring your use case, leave with a first plan for {tech} in your production."),
                (9, 13),
                "on-site",
            ),
            EventKind::Matchmaking => (
                format!("B2B matchmaking: {ecosystem}"),
                format!("Pre-arranged one-to-one meetings of 20 minutes between companies, research and clusters active in {ecosystem}, organised by {name}."),
                (9, 17),
                "on-site",
            ),
            _ => (
                format!("Business mission to North America: {ecosystem}"),
                format!("{name} leads a delegation of European SMEs to meet buyers, investors and partner clusters in {ecosystem}. Participants are selected on their application."),
                (8, 18),
                "on-site",
            ),
        };
        let ends_day = if matches!(kind, EventKind::Conference) {
            day + chrono::Duration::days(1)
        } else if kind == EventKind::Mission {
            day + chrono::Duration::days(4)
        } else {
            day
        };
        let input = EventInput {
            kind: kind.to_string(),
            title,
            description,
            language: "en".into(),
            starts: format!("{day}T{:02}:00", hours.0),
            ends: format!("{ends_day}T{:02}:00", hours.1),
            timezone: zone_of(p.country.as_str()).into(),
            attendance: attendance.into(),
            venue: format!("{name}, conference centre"),
            city: p.city.clone().unwrap_or_else(|| "Brussels".into()),
            country: p.country.to_string(),
            online_url: format!("https://meet.demo.clusterhub.eu/event-{i}"),
            capacity: if rng.gen_bool(0.5) {
                rng.gen_range(20..200).to_string()
            } else {
                String::new()
            },
            technologies: p.technologies.iter().map(|t| t.to_string()).collect(),
            ecosystems: p.ecosystems.iter().map(|t| t.to_string()).collect(),
            agenda: format!(
                "{:02}:00 Welcome by {name}\n{:02}:30 Keynote: {tech} in {ecosystem}\n{:02}:30 Networking",
                hours.0,
                hours.0,
                hours.1 - 1
            ),
            speakers: format!("{} {}, {name}", pick(&mut rng, FIRST_NAMES), pick(&mut rng, LAST_NAMES)),
            destinations: if kind == EventKind::Mission {
                vec!["US".into(), "CA".into()]
            } else {
                vec![]
            },
            b2b: kind == EventKind::Matchmaking,
            contact_email: format!("events+{i}@demo.clusterhub.eu"),
        };
        let draft = input
            .validate(now)
            .map_err(|e| anyhow::anyhow!("demo event of {}: {e}", p.name))?;
        let id = store.create_event(o.id, None, &draft).await?;
        publish(id).await?;
        if kind == EventKind::Mission {
            // Missions take applications: a call closing a week before departure.
            let today = web::views::time::today();
            let closes = domain::Day::new((day - chrono::Duration::days(7)).max(today.date()));
            let call = domain::mission::validate_call(
                "Which markets in North America do you target, and why now?\nWhat do you offer buyers and partners there?\nWho would travel, and in which role?",
                "40 Export readiness\n40 Fit with the target market\n20 Capacity to follow up",
                &rng.gen_range(8..20).to_string(),
                &closes.to_string(),
                today,
            )
            .map_err(|e| anyhow::anyhow!("demo mission call: {e}"))?;
            store.save_call(id, &call).await?;
        }
        created += 1;
    }

    // The manager's B2B matchmaking day, three weeks ahead, with its participants.
    let manager = store
        .user_by_email(&domain::Email::parse("manager@demo.clusterhub.eu").map_err(anyhow::Error::msg)?)
        .await?
        .map(|(u, _)| u);
    let member = store
        .user_by_email(&domain::Email::parse("member@demo.clusterhub.eu").map_err(anyhow::Error::msg)?)
        .await?
        .map(|(u, _)| u);
    let Some(manager) = manager else { return Ok(created) };
    let Some(cluster) = store.memberships_of(manager.id).await?.into_iter().next() else {
        return Ok(created);
    };
    let Some(home) = organisations.iter().find(|o| o.id == cluster.organisation_id) else {
        return Ok(created);
    };
    let day = (now + chrono::Duration::days(21)).date_naive();
    let input = EventInput {
        kind: "matchmaking".into(),
        title: format!("{} B2B Matchmaking Day", web::views::title_case_if_shouting(&cluster.name)),
        description: "Pre-arranged meetings of 20 minutes between the cluster's members and visitors from across Europe: suppliers meet integrators, start-ups meet investors, SMEs meet the technology centres that can help them.".into(),
        language: "en".into(),
        starts: format!("{day}T09:00"),
        ends: format!("{day}T17:00"),
        timezone: zone_of(home.profile.country.as_str()).into(),
        attendance: "on-site".into(),
        venue: "Cluster House, Innovation Park".into(),
        city: home.profile.city.clone().unwrap_or_else(|| "Brussels".into()),
        country: home.profile.country.to_string(),
        capacity: "120".into(),
        agenda: "09:00 Registration and coffee\n09:30–12:50 B2B meetings (session 1)\n12:50 Lunch\n13:30–16:10 B2B meetings (session 2)\n16:15 Networking".into(),
        contact_email: "b2b@demo.clusterhub.eu".into(),
        ..EventInput::default()
    };
    let draft = input
        .validate(now)
        .map_err(|e| anyhow::anyhow!("demo matchmaking day: {e}"))?;
    let event = store
        .create_event(cluster.organisation_id, Some(manager.id), &draft)
        .await?;
    publish(event).await?;
    let at = |h: u32, m: u32| day.and_hms_opt(h, m, 0).ok_or_else(|| anyhow::anyhow!("time"));
    let sessions = [
        domain::MeetingSession {
            starts: at(9, 30)?,
            slots: 10,
            minutes: 20,
            tables: 25,
        },
        domain::MeetingSession {
            starts: at(13, 30)?,
            slots: 8,
            minutes: 20,
            tables: 25,
        },
    ];
    store.set_sessions(event, &sessions).await?;
    let slot_starts: Vec<String> = sessions
        .iter()
        .flat_map(|s| (0..s.slots).map(move |i| s.slot_start(i).format("%Y-%m-%dT%H:%M").to_string()))
        .collect();
    let mut registrations = Vec::new();
    let companies: Vec<_> = organisations
        .iter()
        .filter(|o| o.profile.kind != OrganisationType::Cluster)
        .collect();
    for n in 0..60 {
        let org = companies[rng.gen_range(0..companies.len())];
        let name = format!("{} {}", pick(&mut rng, FIRST_NAMES), pick(&mut rng, LAST_NAMES));
        let email = domain::Email::parse(&format!("participant{n}@demo.clusterhub.eu")).map_err(anyhow::Error::msg)?;
        let user = store
            .create_user(&email, &name, None, domain::PlatformRole::User)
            .await?;
        store.set_org_role(user.id, org.id, domain::OrgRole::Member).await?;
        let store::events::Seat::Confirmed(r) = store.register(event, user.id, Some(org.id), draft.capacity).await?
        else {
            continue;
        };
        let tech = org
            .profile
            .technologies
            .first()
            .map(|t| tr.t(t.message_id()))
            .unwrap_or_else(|| "engineering services".into());
        let ecosystem = org
            .profile
            .ecosystems
            .first()
            .map(|e| tr.t(e.message_id()))
            .unwrap_or_else(|| "industry".into());
        store
            .set_profile(
                r.id,
                &format!("{tech} for {ecosystem}: development, pilots and supply."),
                &format!("Partners in {ecosystem} who need {tech}; distributors abroad."),
            )
            .await?;
        if rng.gen_bool(0.2) {
            let from = rng.gen_range(0..slot_starts.len() - 4);
            store.set_unavailable(r.id, &slot_starts[from..from + 4]).await?;
        }
        registrations.push(r.id);
    }
    if let Some(member) = member {
        let org = store
            .memberships_of(member.id)
            .await?
            .into_iter()
            .next()
            .map(|m| m.organisation_id);
        if let store::events::Seat::Confirmed(r) = store.register(event, member.id, org, draft.capacity).await? {
            store
                .set_profile(
                    r.id,
                    "Demo member: sensors and embedded software.",
                    "Integrators and test partners.",
                )
                .await?;
            registrations.push(r.id);
        }
    }
    let mut asked = HashSet::new();
    for &a in &registrations {
        for _ in 0..rng.gen_range(0..6) {
            let b = registrations[rng.gen_range(0..registrations.len())];
            if a == b || !asked.insert((a.min(b), a.max(b))) {
                continue;
            }
            let id = store
                .request_meeting(event, a, b, "Would you have 20 minutes for us?")
                .await?;
            let to = match rng.gen_range(0..10) {
                0..=6 => store::events::RequestState::Accepted,
                7 => store::events::RequestState::Declined,
                _ => continue,
            };
            store
                .set_request_state(id, &[store::events::RequestState::Pending], to)
                .await?;
        }
    }
    Ok(created + 1)
}

/// The demo cluster's cascade-funding programme: smart-manufacturing pilots of SMEs with
/// technology centres, open for six more weeks, with applications at every stage (waiting for
/// the centre, scored, funded with a progress report). Does nothing when a programme exists.
pub async fn seed_programmes(store: &store::Store, seed: u64) -> anyhow::Result<usize> {
    use domain::programme::{ApplicationDraft, ProgrammeForm};
    use domain::OrganisationType;
    if store.programmes(chrono::Utc::now(), 1, 0).await?.1 > 0 {
        return Ok(0);
    }
    let email = |e: &str| domain::Email::parse(e).map_err(anyhow::Error::msg);
    let Some((manager, _)) = store.user_by_email(&email("manager@demo.clusterhub.eu")?).await? else {
        return Ok(0);
    };
    let Some(cluster) = store.memberships_of(manager.id).await?.into_iter().next() else {
        return Ok(0);
    };
    let organisations = store.all_organisations().await?;
    let Some(home) = organisations.iter().find(|o| o.id == cluster.organisation_id) else {
        return Ok(0);
    };
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let now = chrono::Utc::now();
    let deadline = (now + chrono::Duration::days(45)).date_naive();
    let form = ProgrammeForm {
        title: "Smart manufacturing pilots".into(),
        summary: "Twenty innovation projects of manufacturing SMEs, each carried out with a technology centre: a digital twin of a line, a cobot cell, predictive maintenance, a new material in production.\n\nGrants of up to €60,000 cover the SME's costs and the centre's services for up to twelve months. Projects report their progress every quarter on this page.".into(),
        budget: "1200000".into(),
        max_grant: "60000".into(),
        countries: vec![],
        types: vec!["company".into()],
        questions: "What will you build or change in your production?\nWhat does the technology centre bring, and how will you work together?\nWhat will the result be worth to your company in two years?".into(),
        criteria: "40 Innovation\n35 Impact on the company\n25 Feasibility and the centre's role".into(),
        deadline: format!("{deadline}T17:00"),
        timezone: zone_of(home.profile.country.as_str()).into(),
    };
    let draft = form
        .validate(now, None)
        .map_err(|e| anyhow::anyhow!("demo programme: {e}"))?;
    let id = store
        .create_programme(cluster.organisation_id, manager.id, &draft)
        .await?;
    let evaluator = store
        .user_by_email(&email("member@demo.clusterhub.eu")?)
        .await?
        .map(|(u, _)| u);
    if let Some(member) = &evaluator {
        store
            .add_evaluator(store::evaluation::Round::Programme(id), member.id)
            .await?;
    }
    let companies: Vec<_> = organisations
        .iter()
        .filter(|o| o.profile.kind == OrganisationType::Company && o.id != cluster.organisation_id)
        .take(6)
        .collect();
    let centres: Vec<_> = organisations
        .iter()
        .filter(|o| o.profile.kind == OrganisationType::TechnologyCentre)
        .collect();
    if centres.is_empty() {
        return Ok(1);
    }
    let ideas = [
        (
            "Digital twin of the assembly line",
            "A digital twin of our assembly line to test changes before they reach the shop floor.",
        ),
        (
            "Cobot welding cell",
            "A collaborative welding cell for small series, with seam tracking.",
        ),
        (
            "Predictive maintenance for presses",
            "Vibration sensors and a model that warns a week before a press fails.",
        ),
        (
            "Recycled carbon fibre brackets",
            "Brackets of recycled carbon fibre replacing machined aluminium parts.",
        ),
        (
            "Vision inspection of castings",
            "Camera inspection of castings that finds porosity before machining.",
        ),
        (
            "Energy monitoring of compressed air",
            "Metering and leak detection across the compressed-air network.",
        ),
    ];
    let mut applied = Vec::new();
    for (i, company) in companies.iter().enumerate() {
        let centre = centres[rng.gen_range(0..centres.len())];
        let (title, summary) = ideas[i % ideas.len()];
        let a = ApplicationDraft {
            project_title: title.into(),
            summary: summary.into(),
            requested: domain::Cents(rng.gen_range(25..=60) * 1_000 * 100),
            answers: vec![
                summary.into(),
                format!(
                    "{} brings its test lab and two engineers for the integration.",
                    centre.profile.name
                ),
                "Shorter set-up times and fewer rejects: about a tenth of our production costs.".into(),
            ],
        };
        // Each company applies through a person of its own (without a password, like the B2B
        // participants): the manager who decides must not be the one who applied.
        let name = format!("{} {}", pick(&mut rng, FIRST_NAMES), pick(&mut rng, LAST_NAMES));
        let email = email(&format!("applicant{i}@demo.clusterhub.eu"))?;
        let applicant = store
            .create_user(&email, &name, None, domain::PlatformRole::User)
            .await?;
        store
            .set_org_role(applicant.id, company.id, domain::OrgRole::Admin)
            .await?;
        let app = store
            .apply_to_programme(id, company.id, centre.id, applicant.id, &a)
            .await?;
        applied.push((app, a.requested));
    }
    // Two funded with a report, two confirmed and waiting for a decision, the rest waiting for
    // their centre.
    for (n, (app, requested)) in applied.iter().enumerate() {
        if n < 4 {
            store.confirm_centre(*app, manager.id).await?;
            if let Some(member) = &evaluator {
                let scores: Vec<u8> = (0..3).map(|_| rng.gen_range(5..=10)).collect();
                store
                    .score(
                        store::evaluation::Round::Programme(id),
                        *app,
                        member.id,
                        &scores,
                        "Clear plan; the centre's role is well defined.",
                    )
                    .await?;
            }
        }
        if n < 2 {
            store
                .award(id, *app, *requested)
                .await
                .map_err(|e| anyhow::anyhow!("demo award: {e:?}"))?;
            store
                .add_report(
                    *app,
                    manager.id,
                    "Kick-off held with the technology centre; the requirements are written and the first prototype is planned for next quarter.",
                )
                .await?;
        }
    }
    Ok(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_data_is_reproducible_and_valid() {
        let a = generate(300, 7);
        assert_eq!(a, generate(300, 7));
        assert_ne!(a, generate(300, 8));
        for r in &a {
            r.validate().unwrap_or_else(|e| panic!("{}: {e}", r.name));
        }
        assert!(a.iter().any(|r| r.kind == "cluster" && r.label.is_some()));
        assert!(a.iter().any(|r| r.member_of.as_ref().is_some_and(|m| !m.is_empty())));
        assert!(a.iter().any(|r| r.projects.as_ref().is_some_and(|p| !p.is_empty())));
        let slugs: HashSet<_> = a.iter().map(|r| r.slug.clone()).collect();
        assert_eq!(slugs.len(), a.len());
    }

    #[test]
    fn places_are_real_nuts_codes() {
        for p in PLACES {
            assert!(
                domain::NutsCode::parse(p.nuts).is_ok_and(|n| n.level() == 2),
                "{}",
                p.nuts
            );
            assert!(domain::CountryCode::parse(p.country).is_ok());
            assert!(
                NUTS1.iter().any(|(code, _)| p.nuts.starts_with(code)),
                "{} has its NUTS 1 region named",
                p.nuts
            );
        }
    }
}

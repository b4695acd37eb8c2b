//! The demo's technology services: a catalogue for every technology centre, research
//! organisation and support network of the directory, a voucher programme of the demo cluster
//! with awarded SMEs, and requests at every step between SMEs and centres.

use super::*;

use std::collections::HashMap;

use domain::service::{
    Delivery, Quote, RequestInput, ServiceDraft, ServiceInput, ServiceKind, ServiceState, ServiceTextInput,
};
use domain::{KeyEnablingTechnology, OrganisationDraft, OrganisationType, Taxonomy};
use store::services::{Challenged, Side};

/// How a demo service is priced, in euros: a range the seed picks from.
#[derive(Clone, Copy)]
enum Price {
    Free,
    Fixed(i64, i64),
    DayRate(i64, i64),
    /// On quote, with an indicative "from" price or none.
    OnQuote(Option<(i64, i64)>),
}

/// A service as a kind of centre offers it: texts in English, German, French and Danish (in that
/// order), and what is realistic for its equipment, accreditations, TRLs, price and lead time.
struct Offer {
    kind: ServiceKind,
    /// Who offers it: T technology centres, R research and education, S support networks.
    by: &'static str,
    texts: [(&'static str, &'static str); 4],
    equipment: &'static str,
    accreditations: &'static [&'static str],
    trl: (u8, u8),
    price: Price,
    lead: (u16, u16),
    delivery: &'static [Delivery],
}

const LANGUAGES: [&str; 4] = ["en", "de", "fr", "da"];
const LAB_17025: &[&str] = &["ISO/IEC 17025:2017"];
const ISO_9001: &[&str] = &["ISO 9001:2015"];

use Delivery::{AtClient, OnSite, Remote};
use ServiceKind::*;

const MICRO_NANOELECTRONICS: &[Offer] = &[
    Offer {
        kind: TestingValidation,
        by: "T",
        texts: [
            (
                "EMC pre-compliance testing",
                "Emission and immunity measurements of electronic assemblies in our semi-anechoic chamber before formal certification, with a test report and advice on fixes.",
            ),
            (
                "EMV-Vorprüfung",
                "Messungen der Störaussendung und Störfestigkeit elektronischer Baugruppen in unserer Absorberhalle vor der formalen Zertifizierung, mit Prüfbericht und Hinweisen zur Abhilfe.",
            ),
            (
                "Pré-essais de compatibilité électromagnétique",
                "Mesures d'émission et d'immunité de cartes électroniques dans notre chambre semi-anéchoïque avant la certification, avec rapport d'essai et conseils de correction.",
            ),
            (
                "EMC-fortest",
                "Målinger af udstråling og immunitet for elektroniske enheder i vores semi-ekkofri kammer før den formelle certificering, med testrapport og råd om udbedring.",
            ),
        ],
        equipment: "3 m semi-anechoic chamber, EMI receiver up to 18 GHz, ESD, burst and surge generators",
        accreditations: LAB_17025,
        trl: (5, 8),
        price: Price::DayRate(1_100, 1_600),
        lead: (10, 30),
        delivery: &[OnSite],
    },
    Offer {
        kind: Prototyping,
        by: "TR",
        texts: [
            (
                "Electronics prototyping and small series",
                "Design review, PCB assembly and chip-on-board prototypes from one to a few hundred pieces, with X-ray and functional testing.",
            ),
            (
                "Elektronik-Prototypen und Kleinserien",
                "Design-Review, Leiterplattenbestückung und Chip-on-Board-Prototypen von einem bis zu einigen hundert Stück, mit Röntgen- und Funktionsprüfung.",
            ),
            (
                "Prototypage électronique et petites séries",
                "Revue de conception, assemblage de cartes et prototypes chip-on-board de une à quelques centaines de pièces, avec contrôle aux rayons X et tests fonctionnels.",
            ),
            (
                "Elektronikprototyper og små serier",
                "Designgennemgang, printmontage og chip-on-board-prototyper fra ét til nogle hundrede styk, med røntgen- og funktionstest.",
            ),
        ],
        equipment: "SMT pick-and-place line, wire bonder, 3D X-ray inspection, reflow and vapour-phase soldering",
        accreditations: ISO_9001,
        trl: (3, 6),
        price: Price::Fixed(3_500, 9_000),
        lead: (15, 45),
        delivery: &[OnSite],
    },
    Offer {
        kind: EquipmentAccess,
        by: "TR",
        texts: [
            (
                "Cleanroom access for micro- and nanofabrication",
                "Time in our ISO class 5 cleanroom with lithography, thin-film deposition and dicing, with a trained operator or after an induction for your own staff.",
            ),
            (
                "Reinraumzugang für Mikro- und Nanofertigung",
                "Nutzungszeit in unserem Reinraum der ISO-Klasse 5 mit Lithografie, Dünnschichtabscheidung und Wafersägen, mit geschultem Personal oder nach Einweisung Ihrer eigenen Fachleute.",
            ),
            (
                "Accès à la salle blanche de micro- et nanofabrication",
                "Du temps dans notre salle blanche ISO 5 avec lithographie, dépôt de couches minces et découpe, avec un opérateur formé ou après une formation de votre personnel.",
            ),
            (
                "Adgang til renrum for mikro- og nanofremstilling",
                "Tid i vores renrum i ISO-klasse 5 med litografi, tyndfilmsdeponering og udskæring, med en uddannet operatør eller efter introduktion af jeres egne medarbejdere.",
            ),
        ],
        equipment: "400 m² ISO 5 cleanroom, mask aligner, e-beam lithography, PVD and CVD, wafer dicing saw",
        accreditations: &[],
        trl: (2, 6),
        price: Price::DayRate(900, 1_400),
        lead: (10, 30),
        delivery: &[OnSite],
    },
    Offer {
        kind: Training,
        by: "R",
        texts: [
            (
                "Chip design course with open-source tools",
                "A five-day course on digital chip design from RTL to layout with open process design kits, ending with a design submitted to a shuttle run.",
            ),
            (
                "Chipdesign-Kurs mit Open-Source-Werkzeugen",
                "Ein fünftägiger Kurs zum digitalen Chipdesign vom RTL bis zum Layout mit offenen Prozessdesign-Kits, am Ende mit einem Entwurf für einen Shuttle-Lauf.",
            ),
            (
                "Formation à la conception de puces avec des outils libres",
                "Une formation de cinq jours à la conception numérique de puces, du RTL au layout avec des kits de conception ouverts, qui se termine par un circuit soumis à un run multi-projets.",
            ),
            (
                "Kursus i chipdesign med open source-værktøjer",
                "Et femdageskursus i digitalt chipdesign fra RTL til layout med åbne procesdesignkit, der slutter med et design indsendt til en shuttle-kørsel.",
            ),
        ],
        equipment: "Training room with 16 workstations, open process design kits (SKY130, IHP SG13G2)",
        accreditations: &[],
        trl: (1, 4),
        price: Price::Fixed(900, 1_800),
        lead: (20, 60),
        delivery: &[OnSite, Remote],
    },
];

const NANOTECHNOLOGY: &[Offer] = &[
    Offer {
        kind: TestingValidation,
        by: "TR",
        texts: [
            (
                "Nanomaterial characterisation",
                "Particle size, shape, surface area and composition of powders, coatings and dispersions, measured to standard methods and reported within days.",
            ),
            (
                "Charakterisierung von Nanomaterialien",
                "Partikelgröße, Form, Oberfläche und Zusammensetzung von Pulvern, Beschichtungen und Dispersionen, nach Normverfahren gemessen und binnen Tagen berichtet.",
            ),
            (
                "Caractérisation de nanomatériaux",
                "Taille, forme, surface spécifique et composition de poudres, revêtements et dispersions, mesurées selon des méthodes normalisées et rapportées en quelques jours.",
            ),
            (
                "Karakterisering af nanomaterialer",
                "Partikelstørrelse, form, overfladeareal og sammensætning af pulvere, belægninger og dispersioner, målt efter standardmetoder og rapporteret inden for få dage.",
            ),
        ],
        equipment: "SEM with EDX, TEM, dynamic light scattering, BET surface analyser, X-ray diffraction",
        accreditations: LAB_17025,
        trl: (3, 7),
        price: Price::Fixed(800, 2_500),
        lead: (5, 20),
        delivery: &[OnSite],
    },
    Offer {
        kind: Consulting,
        by: "TR",
        texts: [
            (
                "Safe-by-design assessment for nanomaterials",
                "An assessment of exposure and hazards of your nanomaterial along its life cycle, with the data REACH registration asks for and measures to reduce risk.",
            ),
            (
                "Safe-by-Design-Bewertung für Nanomaterialien",
                "Eine Bewertung von Exposition und Gefährdung Ihres Nanomaterials über den Lebenszyklus, mit den Daten für die REACH-Registrierung und Maßnahmen zur Risikominderung.",
            ),
            (
                "Évaluation « safe-by-design » des nanomatériaux",
                "Une évaluation de l'exposition et des dangers de votre nanomatériau sur son cycle de vie, avec les données demandées par l'enregistrement REACH et des mesures de réduction des risques.",
            ),
            (
                "Safe-by-design-vurdering af nanomaterialer",
                "En vurdering af eksponering og fare ved jeres nanomateriale gennem hele livscyklussen, med de data REACH-registreringen kræver, og tiltag der mindsker risikoen.",
            ),
        ],
        equipment: "Portable particle counters (SMPS, CPC), aerosol sampling, in-vitro toxicology laboratory",
        accreditations: &[],
        trl: (4, 8),
        price: Price::OnQuote(Some((4_000, 8_000))),
        lead: (20, 60),
        delivery: &[AtClient, Remote],
    },
    Offer {
        kind: EquipmentAccess,
        by: "R",
        texts: [
            (
                "Scanning probe microscopy sessions",
                "Hands-on sessions on atomic force and scanning tunnelling microscopes for surfaces, thin films and quantum devices, with a scientist to guide the measurement.",
            ),
            (
                "Rastersondenmikroskopie-Sitzungen",
                "Praktische Messsitzungen an Rasterkraft- und Rastertunnelmikroskopen für Oberflächen, Dünnschichten und Quantenbauelemente, begleitet von unseren Wissenschaftlerinnen und Wissenschaftlern.",
            ),
            (
                "Séances de microscopie à sonde locale",
                "Séances pratiques sur microscopes à force atomique et à effet tunnel pour surfaces, couches minces et composants quantiques, avec un chercheur pour guider la mesure.",
            ),
            (
                "Sessioner med scanning probe-mikroskopi",
                "Praktiske sessioner på atomic force- og scanning tunneling-mikroskoper til overflader, tynde film og kvantekomponenter, med en forsker der guider målingen.",
            ),
        ],
        equipment: "AFM with conductive and magnetic modes, low-temperature STM, cryostat down to 4 K",
        accreditations: &[],
        trl: (1, 5),
        price: Price::DayRate(600, 1_100),
        lead: (10, 30),
        delivery: &[OnSite],
    },
    Offer {
        kind: Prototyping,
        by: "T",
        texts: [
            (
                "Functional nano-coating trials",
                "Trials of anti-scratch, anti-fouling or conductive nano-coatings on your parts, from sample coupons to a first batch, with adhesion and wear tests.",
            ),
            (
                "Versuche mit funktionalen Nanobeschichtungen",
                "Versuche mit kratzfesten, schmutzabweisenden oder leitfähigen Nanobeschichtungen auf Ihren Bauteilen, von Probenplättchen bis zur ersten Charge, mit Haftungs- und Verschleißprüfung.",
            ),
            (
                "Essais de nano-revêtements fonctionnels",
                "Essais de nano-revêtements anti-rayures, antisalissures ou conducteurs sur vos pièces, des échantillons à un premier lot, avec tests d'adhérence et d'usure.",
            ),
            (
                "Forsøg med funktionelle nanobelægninger",
                "Forsøg med ridsefaste, smudsafvisende eller ledende nanobelægninger på jeres emner, fra prøveplader til en første batch, med test af vedhæftning og slid.",
            ),
        ],
        equipment: "Sol-gel and spray coating line, plasma pre-treatment, Taber abraser, cross-cut adhesion tester",
        accreditations: &[],
        trl: (3, 6),
        price: Price::Fixed(2_500, 7_000),
        lead: (20, 45),
        delivery: &[OnSite],
    },
];

const PHOTONICS: &[Offer] = &[
    Offer {
        kind: Prototyping,
        by: "T",
        texts: [
            (
                "Laser micro-machining trials",
                "Feasibility trials for cutting, drilling, structuring and welding with ultrashort-pulse lasers on your material, with a process window and a cost estimate for production.",
            ),
            (
                "Versuche zur Lasermikrobearbeitung",
                "Machbarkeitsversuche zum Schneiden, Bohren, Strukturieren und Schweißen mit Ultrakurzpulslasern an Ihrem Werkstoff, mit Prozessfenster und Kostenschätzung für die Fertigung.",
            ),
            (
                "Essais de micro-usinage laser",
                "Essais de faisabilité de découpe, perçage, texturation et soudage par lasers à impulsions ultracourtes sur votre matériau, avec fenêtre de procédé et estimation des coûts de production.",
            ),
            (
                "Forsøg med lasermikrobearbejdning",
                "Forsøg med skæring, boring, strukturering og svejsning med ultrakortpulslasere på jeres materiale, med procesvindue og omkostningsoverslag for produktion.",
            ),
        ],
        equipment: "Femtosecond and picosecond lasers, 5-axis galvo scanner stations, confocal microscope",
        accreditations: &[],
        trl: (3, 7),
        price: Price::Fixed(1_800, 5_000),
        lead: (10, 30),
        delivery: &[OnSite],
    },
    Offer {
        kind: TestingValidation,
        by: "TR",
        texts: [
            (
                "Optical measurement and calibration",
                "Calibration of light sources, detectors and optical sensors, and measurement of spectra, beam quality and luminous intensity with traceable results.",
            ),
            (
                "Optische Messtechnik und Kalibrierung",
                "Kalibrierung von Lichtquellen, Detektoren und optischen Sensoren sowie Messung von Spektren, Strahlqualität und Lichtstärke mit rückführbaren Ergebnissen.",
            ),
            (
                "Mesures optiques et étalonnage",
                "Étalonnage de sources lumineuses, détecteurs et capteurs optiques, et mesure de spectres, qualité de faisceau et intensité lumineuse avec des résultats traçables.",
            ),
            (
                "Optisk måling og kalibrering",
                "Kalibrering af lyskilder, detektorer og optiske sensorer samt måling af spektre, strålekvalitet og lysstyrke med sporbare resultater.",
            ),
        ],
        equipment: "Spectroradiometers 200–2500 nm, goniophotometer, integrating spheres, beam profilers",
        accreditations: LAB_17025,
        trl: (4, 9),
        price: Price::DayRate(1_000, 1_400),
        lead: (5, 20),
        delivery: &[OnSite],
    },
    Offer {
        kind: Training,
        by: "TRS",
        texts: [
            (
                "Laser safety officer course",
                "A two-day course for laser safety officers: hazards, laser classes, protective measures and the legal duties of employers, with a certificate.",
            ),
            (
                "Lehrgang für Laserschutzbeauftragte",
                "Ein zweitägiger Lehrgang für Laserschutzbeauftragte: Gefährdungen, Laserklassen, Schutzmaßnahmen und Pflichten der Arbeitgeber, mit Zertifikat.",
            ),
            (
                "Formation de référent sécurité laser",
                "Une formation de deux jours pour les référents sécurité laser : dangers, classes de lasers, mesures de protection et obligations de l'employeur, avec attestation.",
            ),
            (
                "Kursus for laser-sikkerhedsansvarlige",
                "Et todageskursus for laser-sikkerhedsansvarlige: farer, laserklasser, beskyttelse og arbejdsgiverens pligter, med certifikat.",
            ),
        ],
        equipment: "Laser demonstration laboratory with class 4 lasers and protective eyewear",
        accreditations: &[],
        trl: (1, 9),
        price: Price::Fixed(450, 750),
        lead: (14, 60),
        delivery: &[OnSite, Remote],
    },
    Offer {
        kind: PilotProduction,
        by: "T",
        texts: [
            (
                "Photonic integrated circuit pilot runs",
                "Multi-project wafer runs for photonic integrated circuits, with fibre attach, packaging and wafer-level testing, so a design reaches customers' first samples.",
            ),
            (
                "Pilotfertigung photonisch integrierter Schaltungen",
                "Multi-Projekt-Wafer-Läufe für photonisch integrierte Schaltungen mit Faserankopplung, Packaging und Test auf Waferebene, damit ein Entwurf die ersten Kundenmuster erreicht.",
            ),
            (
                "Pré-séries de circuits photoniques intégrés",
                "Runs multi-projets de circuits photoniques intégrés, avec couplage de fibres, mise en boîtier et test sur plaquette, pour qu'une conception atteigne les premiers échantillons clients.",
            ),
            (
                "Pilotproduktion af fotoniske integrerede kredsløb",
                "Multiprojekt-waferkørsler for fotoniske integrerede kredsløb med fiberkobling, pakning og test på waferniveau, så et design når de første kundeprøver.",
            ),
        ],
        equipment: "Silicon nitride and InP process lines, active fibre alignment, wafer prober",
        accreditations: ISO_9001,
        trl: (5, 7),
        price: Price::OnQuote(Some((25_000, 60_000))),
        lead: (90, 180),
        delivery: &[OnSite],
    },
];

const ADVANCED_MATERIALS: &[Offer] = &[
    Offer {
        kind: TestingValidation,
        by: "TR",
        texts: [
            (
                "Mechanical and climatic testing of materials",
                "Tensile, fatigue and impact tests of metals, polymers and composites, and ageing in temperature and humidity cycles from -70 to +180 °C.",
            ),
            (
                "Mechanische und klimatische Werkstoffprüfung",
                "Zug-, Ermüdungs- und Schlagprüfungen an Metallen, Kunststoffen und Verbundwerkstoffen sowie Alterung in Temperatur- und Feuchtezyklen von -70 bis +180 °C.",
            ),
            (
                "Essais mécaniques et climatiques de matériaux",
                "Essais de traction, de fatigue et de choc sur métaux, polymères et composites, et vieillissement en cycles de température et d'humidité de -70 à +180 °C.",
            ),
            (
                "Mekanisk og klimatisk materialeprøvning",
                "Træk-, udmattelses- og slagprøvning af metaller, plast og kompositter samt ældning i temperatur- og fugtcyklusser fra -70 til +180 °C.",
            ),
        ],
        equipment: "Universal testing machines up to 250 kN, servo-hydraulic fatigue rigs, climatic chambers from -70 to +180 °C",
        accreditations: LAB_17025,
        trl: (4, 9),
        price: Price::Fixed(900, 3_000),
        lead: (10, 30),
        delivery: &[OnSite],
    },
    Offer {
        kind: Prototyping,
        by: "TR",
        texts: [
            (
                "Metal additive manufacturing of prototypes",
                "Design for additive manufacturing and printing of metal prototypes in titanium, aluminium and steel, with heat treatment and CT inspection.",
            ),
            (
                "Additive Fertigung von Metallprototypen",
                "Konstruktion für die additive Fertigung und Druck von Metallprototypen aus Titan, Aluminium und Stahl, mit Wärmebehandlung und CT-Prüfung.",
            ),
            (
                "Fabrication additive de prototypes métalliques",
                "Conception pour la fabrication additive et impression de prototypes en titane, aluminium et acier, avec traitement thermique et contrôle par tomographie.",
            ),
            (
                "Additiv fremstilling af metalprototyper",
                "Design til additiv fremstilling og print af metalprototyper i titanium, aluminium og stål, med varmebehandling og CT-inspektion.",
            ),
        ],
        equipment: "Laser powder bed fusion (build volume 400 × 400 × 400 mm), vacuum furnace, industrial CT scanner",
        accreditations: ISO_9001,
        trl: (4, 7),
        price: Price::Fixed(2_500, 8_000),
        lead: (15, 40),
        delivery: &[OnSite],
    },
    Offer {
        kind: CertificationSupport,
        by: "T",
        texts: [
            (
                "Material qualification for certification",
                "Test plans and qualification of materials and parts for CE marking, EN 9100 aerospace supply or railway fire safety (EN 45545), together with your notified body.",
            ),
            (
                "Werkstoffqualifizierung für die Zertifizierung",
                "Prüfpläne und Qualifizierung von Werkstoffen und Bauteilen für die CE-Kennzeichnung, Luftfahrtzulieferungen nach EN 9100 oder den Brandschutz im Schienenfahrzeugbau (EN 45545), gemeinsam mit Ihrer benannten Stelle.",
            ),
            (
                "Qualification de matériaux pour la certification",
                "Plans d'essais et qualification de matériaux et pièces pour le marquage CE, la fourniture aéronautique EN 9100 ou la sécurité incendie ferroviaire (EN 45545), avec votre organisme notifié.",
            ),
            (
                "Materialekvalificering til certificering",
                "Testplaner og kvalificering af materialer og emner til CE-mærkning, luftfartsleverancer efter EN 9100 eller brandsikkerhed i jernbanekøretøjer (EN 45545), sammen med jeres bemyndigede organ.",
            ),
        ],
        equipment: "Cone calorimeter, smoke density chamber, salt-spray cabinets",
        accreditations: &["ISO/IEC 17025:2017", "ISO 9001:2015"],
        trl: (6, 9),
        price: Price::OnQuote(Some((5_000, 15_000))),
        lead: (30, 90),
        delivery: &[OnSite, AtClient],
    },
    Offer {
        kind: Consulting,
        by: "RS",
        texts: [
            (
                "Materials selection and recyclability study",
                "Which material fits your part best for cost, weight, carbon footprint and recycling: a study with alternatives, suppliers and a life-cycle comparison.",
            ),
            (
                "Werkstoffauswahl und Recyclingfähigkeit",
                "Welcher Werkstoff passt am besten zu Ihrem Bauteil nach Kosten, Gewicht, CO₂-Fußabdruck und Recycling: eine Studie mit Alternativen, Lieferanten und Lebenszyklusvergleich.",
            ),
            (
                "Choix de matériaux et recyclabilité",
                "Quel matériau convient le mieux à votre pièce en coût, masse, empreinte carbone et recyclage : une étude avec alternatives, fournisseurs et comparaison du cycle de vie.",
            ),
            (
                "Materialevalg og genanvendelighed",
                "Hvilket materiale passer bedst til jeres emne med hensyn til pris, vægt, CO₂-aftryk og genanvendelse: en undersøgelse med alternativer, leverandører og livscyklussammenligning.",
            ),
        ],
        equipment: "",
        accreditations: &[],
        trl: (2, 6),
        price: Price::DayRate(700, 1_100),
        lead: (10, 30),
        delivery: &[AtClient, Remote],
    },
];

const INDUSTRIAL_BIOTECHNOLOGY: &[Offer] = &[
    Offer {
        kind: PilotProduction,
        by: "T",
        texts: [
            (
                "Fermentation scale-up to 300 litres",
                "Scale-up of microbial fermentation processes from the bench to 300 litres, with downstream processing and material for your first customer samples.",
            ),
            (
                "Fermentations-Scale-up bis 300 Liter",
                "Maßstabsvergrößerung mikrobieller Fermentationsprozesse vom Labor bis 300 Liter, mit Aufarbeitung und Material für Ihre ersten Kundenmuster.",
            ),
            (
                "Montée en échelle de fermentation jusqu'à 300 litres",
                "Montée en échelle de procédés de fermentation microbienne du laboratoire à 300 litres, avec purification et matière pour vos premiers échantillons clients.",
            ),
            (
                "Opskalering af fermentering til 300 liter",
                "Opskalering af mikrobielle fermenteringsprocesser fra laboratoriet til 300 liter, med oprensning og materiale til jeres første kundeprøver.",
            ),
        ],
        equipment: "Bioreactors from 2 to 300 L, centrifuges, cross-flow filtration, spray and freeze dryers",
        accreditations: ISO_9001,
        trl: (4, 7),
        price: Price::OnQuote(Some((15_000, 40_000))),
        lead: (30, 90),
        delivery: &[OnSite],
    },
    Offer {
        kind: TestingValidation,
        by: "T",
        texts: [
            (
                "Microbiological and shelf-life testing",
                "Accredited microbiological analyses and shelf-life studies of food, feed and cosmetic products, with challenge tests on request.",
            ),
            (
                "Mikrobiologische Prüfungen und Haltbarkeitsstudien",
                "Akkreditierte mikrobiologische Analysen und Haltbarkeitsstudien für Lebensmittel, Futtermittel und Kosmetik, auf Wunsch mit Belastungstests.",
            ),
            (
                "Analyses microbiologiques et durée de conservation",
                "Analyses microbiologiques accréditées et études de durée de vie des aliments, aliments pour animaux et cosmétiques, avec tests de croissance sur demande.",
            ),
            (
                "Mikrobiologiske analyser og holdbarhedstest",
                "Akkrediterede mikrobiologiske analyser og holdbarhedsstudier af fødevarer, foder og kosmetik, med challenge-test efter ønske.",
            ),
        ],
        equipment: "Biosafety level 2 laboratory, incubators and climate cabinets, PCR, MALDI-TOF identification",
        accreditations: LAB_17025,
        trl: (5, 9),
        price: Price::Fixed(300, 1_200),
        lead: (7, 28),
        delivery: &[OnSite],
    },
    Offer {
        kind: Prototyping,
        by: "R",
        texts: [
            (
                "Enzyme and strain screening",
                "High-throughput screening of enzymes and production strains for your process, from the literature search to a short list tested in the laboratory.",
            ),
            (
                "Screening von Enzymen und Produktionsstämmen",
                "Hochdurchsatz-Screening von Enzymen und Produktionsstämmen für Ihren Prozess, von der Literaturrecherche bis zur im Labor geprüften Auswahlliste.",
            ),
            (
                "Criblage d'enzymes et de souches",
                "Criblage à haut débit d'enzymes et de souches de production pour votre procédé, de la recherche bibliographique à une liste courte testée au laboratoire.",
            ),
            (
                "Screening af enzymer og stammer",
                "High-throughput-screening af enzymer og produktionsstammer til jeres proces, fra litteratursøgning til en kortliste testet i laboratoriet.",
            ),
        ],
        equipment: "Liquid-handling robots, microplate readers, anaerobic chambers",
        accreditations: &[],
        trl: (2, 5),
        price: Price::OnQuote(None),
        lead: (30, 90),
        delivery: &[OnSite, Remote],
    },
    Offer {
        kind: Training,
        by: "TS",
        texts: [
            (
                "Good manufacturing practice training",
                "A practical course on GMP for production and quality staff of food, feed and biotech companies, with hygiene zoning, documentation and audits.",
            ),
            (
                "Schulung zur Guten Herstellungspraxis (GMP)",
                "Ein Praxiskurs zur GMP für Produktions- und Qualitätsfachleute in Lebensmittel-, Futtermittel- und Biotech-Unternehmen, mit Hygienezonen, Dokumentation und Audits.",
            ),
            (
                "Formation aux bonnes pratiques de fabrication",
                "Une formation pratique aux BPF pour le personnel de production et de qualité des entreprises agroalimentaires et biotech : zonage d'hygiène, documentation et audits.",
            ),
            (
                "Kursus i god fremstillingspraksis (GMP)",
                "Et praktisk GMP-kursus for produktions- og kvalitetsmedarbejdere i fødevare-, foder- og biotekvirksomheder, med hygiejnezoner, dokumentation og audits.",
            ),
        ],
        equipment: "",
        accreditations: &[],
        trl: (1, 9),
        price: Price::Fixed(350, 650),
        lead: (14, 45),
        delivery: &[OnSite, AtClient, Remote],
    },
];

const ADVANCED_MANUFACTURING: &[Offer] = &[
    Offer {
        kind: EquipmentAccess,
        by: "TR",
        texts: [
            (
                "Robotics and automation test bed",
                "Try collaborative robots, mobile robots and grippers on your own parts in our pilot factory before you invest, with an engineer at your side.",
            ),
            (
                "Testfeld für Robotik und Automatisierung",
                "Testen Sie kollaborative und mobile Roboter sowie Greifer an Ihren eigenen Bauteilen in unserer Pilotfabrik, bevor Sie investieren, mit unseren Ingenieurinnen und Ingenieuren an Ihrer Seite.",
            ),
            (
                "Plateforme d'essais robotique et automatisation",
                "Essayez robots collaboratifs, robots mobiles et préhenseurs sur vos propres pièces dans notre usine pilote avant d'investir, accompagné d'un ingénieur.",
            ),
            (
                "Testfacilitet for robotter og automation",
                "Afprøv samarbejdende robotter, mobile robotter og gribere på jeres egne emner i vores pilotfabrik, før I investerer, med en ingeniør ved jeres side.",
            ),
        ],
        equipment: "Four cobot cells, two autonomous mobile robots, gripper library, private 5G network",
        accreditations: &[],
        trl: (4, 7),
        price: Price::DayRate(800, 1_200),
        lead: (10, 30),
        delivery: &[OnSite],
    },
    Offer {
        kind: Consulting,
        by: "TR",
        texts: [
            (
                "Digital twin feasibility study",
                "Do you need a digital twin of your line? We map the data sources, simulate a first critical process and estimate the benefit in a two-week study.",
            ),
            (
                "Machbarkeitsstudie digitaler Zwilling",
                "Brauchen Sie einen digitalen Zwilling Ihrer Linie? Wir erfassen die Datenquellen, simulieren einen ersten kritischen Prozess und schätzen den Nutzen in einer zweiwöchigen Studie.",
            ),
            (
                "Étude de faisabilité de jumeau numérique",
                "Avez-vous besoin d'un jumeau numérique de votre ligne ? Nous recensons les sources de données, simulons un premier procédé critique et estimons le gain en une étude de deux semaines.",
            ),
            (
                "Forundersøgelse af digital tvilling",
                "Har I brug for en digital tvilling af jeres linje? Vi kortlægger datakilderne, simulerer en første kritisk proces og vurderer gevinsten i et tougers studie.",
            ),
        ],
        equipment: "Simulation and PLM software licences, edge data loggers for the shop floor",
        accreditations: &[],
        trl: (3, 6),
        price: Price::Fixed(4_000, 9_000),
        lead: (20, 45),
        delivery: &[AtClient, Remote],
    },
    Offer {
        kind: Software,
        by: "TS",
        texts: [
            (
                "Machine-vision quality inspection pilot",
                "A pilot of AI-based visual inspection on your line: cameras, lighting and a model trained on your images, measured against your current reject rate.",
            ),
            (
                "Pilotprojekt KI-gestützte Sichtprüfung",
                "Ein Pilot der KI-gestützten Sichtprüfung an Ihrer Linie: Kameras, Beleuchtung und ein mit Ihren Bildern trainiertes Modell, gemessen an Ihrer heutigen Ausschussquote.",
            ),
            (
                "Pilote de contrôle qualité par vision artificielle",
                "Un pilote d'inspection visuelle par IA sur votre ligne : caméras, éclairage et modèle entraîné sur vos images, évalué par rapport à votre taux de rebut actuel.",
            ),
            (
                "Pilotprojekt med maskinsyn til kvalitetskontrol",
                "En pilot med AI-baseret visuel inspektion på jeres linje: kameraer, belysning og en model trænet på jeres billeder, vurderet mod jeres nuværende kassationsrate.",
            ),
        ],
        equipment: "Industrial camera kits, GPU edge computers, labelling and training platform",
        accreditations: &[],
        trl: (5, 8),
        price: Price::Fixed(6_000, 12_000),
        lead: (30, 60),
        delivery: &[AtClient, Remote],
    },
    Offer {
        kind: CertificationSupport,
        by: "T",
        texts: [
            (
                "CE marking of machines and robot cells",
                "Risk assessment, safety concept and technical file for machines and robot cells under the Machinery Regulation (EU) 2023/1230, ready for the declaration of conformity.",
            ),
            (
                "CE-Kennzeichnung von Maschinen und Roboterzellen",
                "Risikobeurteilung, Sicherheitskonzept und technische Dokumentation für Maschinen und Roboterzellen nach der Maschinenverordnung (EU) 2023/1230, bereit für die Konformitätserklärung.",
            ),
            (
                "Marquage CE de machines et cellules robotisées",
                "Analyse des risques, concept de sécurité et dossier technique de machines et cellules robotisées selon le règlement Machines (UE) 2023/1230, prêts pour la déclaration de conformité.",
            ),
            (
                "CE-mærkning af maskiner og robotceller",
                "Risikovurdering, sikkerhedskoncept og teknisk dossier for maskiner og robotceller efter maskinforordningen (EU) 2023/1230, klar til overensstemmelseserklæringen.",
            ),
        ],
        equipment: "Safety laser scanners and force measurement for collaborative applications (ISO/TS 15066)",
        accreditations: &["ISO/IEC 17020:2012"],
        trl: (7, 9),
        price: Price::DayRate(950, 1_300),
        lead: (15, 45),
        delivery: &[AtClient, OnSite],
    },
    Offer {
        kind: Training,
        by: "RS",
        texts: [
            (
                "Industry 4.0 training for SME staff",
                "Hands-on training for operators and managers of SMEs on sensors, data and automation in production, in a learning factory.",
            ),
            (
                "Industrie-4.0-Schulung für Beschäftigte von KMU",
                "Praxisschulung für Beschäftigte und Führungskräfte von KMU zu Sensorik, Daten und Automatisierung in der Produktion, in einer Lernfabrik.",
            ),
            (
                "Formation Industrie 4.0 pour les salariés de PME",
                "Formation pratique des opérateurs et cadres de PME aux capteurs, aux données et à l'automatisation en production, dans une usine-école.",
            ),
            (
                "Industri 4.0-kursus for SMV-medarbejdere",
                "Praktisk træning for operatører og ledere i SMV'er i sensorer, data og automation i produktionen, i en læringsfabrik.",
            ),
        ],
        equipment: "Learning factory with a modular assembly line, PLCs and a manufacturing execution system",
        accreditations: &[],
        trl: (1, 9),
        price: Price::Fixed(200, 450),
        lead: (14, 45),
        delivery: &[OnSite, Remote],
    },
];

/// For the centres of the digital and creative industries, which name no KET.
const DIGITAL_MEDIA: &[Offer] = &[
    Offer {
        kind: EquipmentAccess,
        by: "TR",
        texts: [
            (
                "Motion-capture and XR studio",
                "Days in our motion-capture and extended-reality studio to record, prototype and test immersive content and training applications.",
            ),
            (
                "Motion-Capture- und XR-Studio",
                "Studiotage in unserem Motion-Capture- und XR-Studio, um immersive Inhalte und Trainingsanwendungen aufzunehmen, zu prototypisieren und zu testen.",
            ),
            (
                "Studio de capture de mouvement et de réalité étendue",
                "Des journées dans notre studio de capture de mouvement et de réalité étendue pour enregistrer, prototyper et tester contenus immersifs et applications de formation.",
            ),
            (
                "Motion capture- og XR-studie",
                "Dage i vores motion capture- og XR-studie til at optage, prototype og teste immersivt indhold og træningsapplikationer.",
            ),
        ],
        equipment: "Optical motion capture with 24 cameras, LED volume, VR and AR headsets",
        accreditations: &[],
        trl: (3, 8),
        price: Price::DayRate(700, 1_200),
        lead: (7, 30),
        delivery: &[OnSite],
    },
    Offer {
        kind: Prototyping,
        by: "TR",
        texts: [
            (
                "Extended-reality prototyping",
                "A clickable augmented- or virtual-reality prototype for training, maintenance or sales, built with your team in four to six weeks.",
            ),
            (
                "Prototypen für erweiterte Realität",
                "Ein bedienbarer Prototyp in erweiterter oder virtueller Realität für Schulung, Wartung oder Vertrieb, in vier bis sechs Wochen mit Ihrem Team entwickelt.",
            ),
            (
                "Prototypage en réalité étendue",
                "Un prototype interactif en réalité augmentée ou virtuelle pour la formation, la maintenance ou la vente, construit avec votre équipe en quatre à six semaines.",
            ),
            (
                "Prototyper i udvidet virkelighed",
                "En klikbar prototype i augmented eller virtual reality til træning, vedligehold eller salg, bygget sammen med jeres team på fire til seks uger.",
            ),
        ],
        equipment: "Game engines, 3D scanning, VR and AR headsets",
        accreditations: &[],
        trl: (3, 6),
        price: Price::Fixed(5_000, 15_000),
        lead: (30, 60),
        delivery: &[OnSite, Remote],
    },
];

/// What support networks (innovation agencies, EEN partners, digital innovation hubs) offer
/// whatever their technology; `{tech}` is the organisation's technology or ecosystem.
const SUPPORT: &[Offer] = &[
    Offer {
        kind: Consulting,
        by: "S",
        texts: [
            (
                "Innovation check: {tech}",
                "A free half-day visit by an innovation adviser who looks at your products and processes, finds where new technology pays, and introduces you to the technology centres that can help.",
            ),
            (
                "Innovations-Check: {tech}",
                "Ein kostenloser halbtägiger Besuch unserer Innovationsberatung: Wir sehen uns Produkte und Prozesse an, zeigen, wo sich neue Technologie lohnt, und bringen Sie mit passenden Technologiezentren zusammen.",
            ),
            (
                "Diagnostic innovation : {tech}",
                "Une visite gratuite d'une demi-journée par un conseiller en innovation qui examine vos produits et procédés, repère où une nouvelle technologie est rentable et vous met en relation avec les centres technologiques qui peuvent aider.",
            ),
            (
                "Innovationstjek: {tech}",
                "Et gratis halvdagsbesøg af en innovationsrådgiver, der ser på jeres produkter og processer, finder hvor ny teknologi betaler sig, og bringer jer i kontakt med de teknologicentre, der kan hjælpe.",
            ),
        ],
        equipment: "",
        accreditations: &[],
        trl: (1, 9),
        price: Price::Free,
        lead: (5, 20),
        delivery: &[AtClient, Remote],
    },
    Offer {
        kind: Consulting,
        by: "S",
        texts: [
            (
                "Funding and innovation voucher advice",
                "Which grants, loans and innovation vouchers fit your project: we check eligibility, help with the application and find partners abroad through our network.",
            ),
            (
                "Beratung zu Förderung und Innovationsgutscheinen",
                "Welche Zuschüsse, Darlehen und Innovationsgutscheine zu Ihrem Vorhaben passen: Wir prüfen die Förderfähigkeit, helfen beim Antrag und finden über unser Netzwerk Partner im Ausland.",
            ),
            (
                "Conseil en financement et chèques innovation",
                "Quelles subventions, prêts et chèques innovation conviennent à votre projet : nous vérifions l'éligibilité, aidons à la candidature et trouvons des partenaires à l'étranger grâce à notre réseau.",
            ),
            (
                "Rådgivning om finansiering og innovationsvouchere",
                "Hvilke tilskud, lån og innovationsvouchere passer til jeres projekt: vi tjekker betingelserne, hjælper med ansøgningen og finder partnere i udlandet gennem vores netværk.",
            ),
        ],
        equipment: "",
        accreditations: &[],
        trl: (1, 9),
        price: Price::Free,
        lead: (3, 15),
        delivery: &[Remote, AtClient],
    },
    Offer {
        kind: Consulting,
        by: "S",
        texts: [
            (
                "Digital maturity assessment (test before invest)",
                "A structured assessment of your company's digital maturity with the method of the European Digital Innovation Hubs, and a roadmap of the next steps and who can deliver them.",
            ),
            (
                "Digitaler Reifegrad-Check (Test before invest)",
                "Eine strukturierte Bewertung des digitalen Reifegrads Ihres Unternehmens nach der Methode der Europäischen Digitalen Innovationszentren, mit einem Fahrplan der nächsten Schritte und wer sie umsetzen kann.",
            ),
            (
                "Diagnostic de maturité numérique (tester avant d'investir)",
                "Une évaluation structurée de la maturité numérique de votre entreprise selon la méthode des pôles européens d'innovation numérique, avec une feuille de route des prochaines étapes et de qui peut les réaliser.",
            ),
            (
                "Digital modenhedsvurdering (test før I investerer)",
                "En struktureret vurdering af virksomhedens digitale modenhed efter de europæiske digitale innovationsknudepunkters metode, med en køreplan for de næste skridt og hvem der kan levere dem.",
            ),
        ],
        equipment: "",
        accreditations: &[],
        trl: (1, 9),
        price: Price::Free,
        lead: (10, 30),
        delivery: &[AtClient, Remote],
    },
    Offer {
        kind: CertificationSupport,
        by: "S",
        texts: [
            (
                "CE marking and standards guidance",
                "Which EU directives and harmonised standards apply to your product, which tests you need and how to build the technical file: a guided workshop with our experts.",
            ),
            (
                "Orientierung zu CE-Kennzeichnung und Normen",
                "Welche EU-Richtlinien und harmonisierten Normen für Ihr Produkt gelten, welche Prüfungen Sie brauchen und wie Sie die technische Dokumentation aufbauen: ein begleiteter Workshop mit unseren Fachleuten.",
            ),
            (
                "Accompagnement au marquage CE et aux normes",
                "Quelles directives européennes et normes harmonisées s'appliquent à votre produit, quels essais sont nécessaires et comment constituer le dossier technique : un atelier accompagné par nos experts.",
            ),
            (
                "Vejledning om CE-mærkning og standarder",
                "Hvilke EU-direktiver og harmoniserede standarder der gælder for jeres produkt, hvilke test I skal bruge, og hvordan I opbygger det tekniske dossier: en vejledt workshop med vores eksperter.",
            ),
        ],
        equipment: "",
        accreditations: &[],
        trl: (5, 9),
        price: Price::Fixed(600, 1_500),
        lead: (10, 30),
        delivery: &[AtClient, Remote],
    },
    Offer {
        kind: Consulting,
        by: "S",
        texts: [
            (
                "Intellectual property pre-diagnosis",
                "An IP expert reviews your innovations, your freedom to operate and the ways to protect them, and writes a short report with recommendations.",
            ),
            (
                "Schutzrechts-Vorprüfung",
                "Unsere Patentfachleute prüfen Ihre Innovationen, Ihre Handlungsfreiheit und die Möglichkeiten, sie zu schützen, und fassen ihre Empfehlungen in einem kurzen Bericht zusammen.",
            ),
            (
                "Pré-diagnostic propriété intellectuelle",
                "Un expert en propriété intellectuelle examine vos innovations, votre liberté d'exploitation et les moyens de les protéger, et rédige un court rapport de recommandations.",
            ),
            (
                "Forundersøgelse af immaterielle rettigheder",
                "En IP-ekspert gennemgår jeres innovationer, jeres frihed til at operere og mulighederne for beskyttelse og skriver en kort rapport med anbefalinger.",
            ),
        ],
        equipment: "",
        accreditations: &[],
        trl: (2, 8),
        price: Price::Free,
        lead: (10, 30),
        delivery: &[Remote, AtClient],
    },
];

fn offers_for(ket: Option<KeyEnablingTechnology>) -> &'static [Offer] {
    match ket {
        Some(KeyEnablingTechnology::MicroNanoelectronics) => MICRO_NANOELECTRONICS,
        Some(KeyEnablingTechnology::Nanotechnology) => NANOTECHNOLOGY,
        Some(KeyEnablingTechnology::Photonics) => PHOTONICS,
        Some(KeyEnablingTechnology::AdvancedMaterials) => ADVANCED_MATERIALS,
        Some(KeyEnablingTechnology::IndustrialBiotechnology) => INDUSTRIAL_BIOTECHNOLOGY,
        Some(KeyEnablingTechnology::AdvancedManufacturing) => ADVANCED_MANUFACTURING,
        None => DIGITAL_MEDIA,
    }
}

fn letter(kind: OrganisationType) -> Option<char> {
    match kind {
        OrganisationType::TechnologyCentre => Some('T'),
        OrganisationType::ResearchEducation => Some('R'),
        OrganisationType::SupportNetwork => Some('S'),
        _ => None,
    }
}

/// The language a centre writes its catalogue in: its own where the interface speaks it, English
/// otherwise (with English always as the translation).
fn main_language(o: &OrganisationDraft) -> usize {
    o.languages
        .iter()
        .find_map(|l| LANGUAGES.iter().skip(1).position(|x| *x == l.as_str()).map(|i| i + 1))
        .unwrap_or(0)
}

fn reference_prefix(kind: ServiceKind) -> &'static str {
    match kind {
        TestingValidation => "TST",
        Prototyping => "PRO",
        PilotProduction => "PIL",
        EquipmentAccess => "EQP",
        Training => "TRN",
        Consulting => "CON",
        CertificationSupport => "CRT",
        Software => "SW",
    }
}

fn euros(rng: &mut ChaCha8Rng, (lo, hi): (i64, i64)) -> String {
    // Prices as centres set them: in steps of 50 euros.
    (rng.gen_range(lo..=hi) / 50 * 50).to_string()
}

/// The catalogue of each organisation that may offer services (id and profile, in a stable
/// order): 1–4 services by its technologies and kind, reproducible from `seed`. Services of
/// paid kinds list the voucher programme `voucher` now and then.
pub(super) fn catalogue(
    offerers: &[(i64, &OrganisationDraft)],
    voucher: Option<i64>,
    seed: u64,
) -> anyhow::Result<Vec<(i64, ServiceDraft)>> {
    use web::i18n::{Locale, Tr};
    let tr = [Locale::En, Locale::De, Locale::Fr, Locale::Da].map(Tr::new);
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x5e41_1ce5);
    let mut out = Vec::new();
    for (id, o) in offerers {
        let Some(by) = letter(o.kind) else { continue };
        let mut candidates: Vec<&Offer> = Vec::new();
        if o.technologies.is_empty() {
            candidates.extend(offers_for(None));
        }
        for ket in &o.technologies {
            candidates.extend(offers_for(Some(*ket)));
        }
        if by == 'S' {
            candidates.extend(SUPPORT);
        }
        candidates.retain(|c| c.by.contains(by));
        candidates.shuffle(&mut rng);
        let count = rng.gen_range(1..=4).min(candidates.len());
        let main = main_language(o);
        for (k, offer) in candidates.into_iter().take(count).enumerate() {
            // The support offers name the organisation's field after a colon, in each language.
            let topic = |l: usize| {
                o.technologies
                    .first()
                    .map(|t| tr[l].t(t.message_id()))
                    .or_else(|| o.ecosystems.first().map(|e| tr[l].t(e.message_id())))
            };
            let text = |l: usize| {
                let (name, description) = offer.texts[l];
                let name = match (name.contains("{tech}"), topic(l)) {
                    (false, _) => name.to_owned(),
                    (true, Some(t)) => name.replace("{tech}", &t),
                    (true, None) => name.split(':').next().unwrap_or(name).to_owned(),
                };
                ServiceTextInput {
                    name,
                    description: description.to_owned(),
                }
            };
            let mut texts = std::collections::BTreeMap::new();
            texts.insert(LANGUAGES[main].to_owned(), text(main));
            texts.insert("en".to_owned(), text(0));
            let (price_model, price) = match offer.price {
                Price::Free => ("free", String::new()),
                Price::Fixed(lo, hi) => ("fixed", euros(&mut rng, (lo, hi))),
                Price::DayRate(lo, hi) => ("day-rate", euros(&mut rng, (lo, hi))),
                Price::OnQuote(Some(r)) => ("on-quote", euros(&mut rng, r)),
                Price::OnQuote(None) => ("on-quote", String::new()),
            };
            let paid = !matches!(offer.price, Price::Free) && offer.kind != Training;
            let programmes = match voucher {
                Some(v) if paid && by != 'S' && rng.gen_bool(0.4) => vec![v.to_string()],
                _ => vec![],
            };
            // Regional agencies and EEN partners serve their own region; a few centres serve
            // only their own country.
            let (countries, regions) = if by == 'S' {
                (
                    vec![o.country.to_string()],
                    o.nuts_code.iter().map(ToString::to_string).collect(),
                )
            } else if rng.gen_bool(0.2) {
                (vec![o.country.to_string()], vec![])
            } else {
                (vec![], vec![])
            };
            let input = ServiceInput {
                reference: Some(format!("{}-{:02}", reference_prefix(offer.kind), k + 1)),
                kind: offer.kind.to_string(),
                language: LANGUAGES[main].to_owned(),
                texts,
                technologies: o.technologies.iter().map(ToString::to_string).collect(),
                critical_technologies: o.critical_technologies.iter().map(ToString::to_string).collect(),
                ecosystems: o.ecosystems.iter().map(ToString::to_string).collect(),
                trl_from: offer.trl.0.to_string(),
                trl_to: offer.trl.1.to_string(),
                equipment: offer.equipment.to_owned(),
                accreditations: offer.accreditations.iter().map(|a| (*a).to_owned()).collect(),
                price_model: price_model.to_owned(),
                price,
                programmes,
                lead_time_days: rng.gen_range(offer.lead.0..=offer.lead.1).to_string(),
                answer_days: rng.gen_range(2..=7).to_string(),
                languages: {
                    let mut l = vec!["en".to_owned(), LANGUAGES[main].to_owned()];
                    l.extend(o.languages.iter().map(ToString::to_string));
                    l
                },
                delivery: offer.delivery.iter().map(ToString::to_string).collect(),
                countries,
                regions,
            };
            let draft = input
                .validate()
                .map_err(|e| anyhow::anyhow!("demo service {:?} of {}: {e}", offer.texts[0].0, o.name))?;
            out.push((*id, draft));
        }
    }
    Ok(out)
}

/// What the demo's services part made, for the start-up message.
#[derive(Debug, Default)]
pub struct SeededServices {
    pub services: usize,
    pub requests: usize,
    /// The SME the demo member speaks for, and the cluster its requests are routed through.
    pub sme: Option<(String, String)>,
    pub voucher_programme: bool,
    pub seconds: f64,
}

impl std::fmt::Display for SeededServices {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} demo technology services and {} service requests in {:.1} s",
            self.services, self.requests, self.seconds
        )?;
        if self.voucher_programme {
            write!(f, "; a technology voucher programme with awarded SMEs")?;
        }
        if let Some((sme, cluster)) = &self.sme {
            write!(
                f,
                "\nmember@demo.clusterhub.eu also speaks for {sme}, an SME of {cluster}: its service requests are at \
                 /service-requests, those routed through the cluster on its page's routed requests"
            )?;
        }
        Ok(())
    }
}

/// What the demo SMEs ask for, by kind of service: (need, sharing, TRL, budget from, to).
fn need(kind: ServiceKind) -> (&'static str, &'static str, &'static str, &'static str, &'static str) {
    match kind {
        TestingValidation => (
            "Our sensor housing cracks after a few hundred temperature cycles. We need tests to find out whether the new glass-fibre grade holds, and a report our customer accepts.",
            "Ten sample housings and the material data sheets, under a mutual NDA.",
            "6",
            "2000",
            "8000",
        ),
        Prototyping => (
            "We want to replace a machined aluminium bracket by a lighter part and need five prototypes to test in our assembly before the customer's design freeze.",
            "CAD model and load cases, under NDA.",
            "4",
            "3000",
            "12000",
        ),
        PilotProduction => (
            "Our process works in the lab; a customer asks for a first batch of samples at pilot scale. We need a partner to run it and tell us what production would cost.",
            "Process description and analytical methods, under NDA.",
            "5",
            "15000",
            "40000",
        ),
        EquipmentAccess => (
            "We would like to try automation on our own parts for three days before we invest, with someone who knows the equipment.",
            "Sample parts and a short description of the current manual process.",
            "5",
            "2000",
            "5000",
        ),
        Training => (
            "Four of our production staff need training before we start the new line next quarter; a course in our language would help.",
            "",
            "",
            "500",
            "3000",
        ),
        Consulting => (
            "We are not sure which technology fits our problem best and would like an independent study with options, costs and the partners who could implement them.",
            "Production data of the last year, anonymised.",
            "3",
            "3000",
            "10000",
        ),
        CertificationSupport => (
            "We must put the CE mark on our new machine before the trade fair in spring and need help with the risk assessment and the technical file.",
            "Drawings, circuit diagrams and the operating manual draft, under NDA.",
            "7",
            "4000",
            "12000",
        ),
        Software => (
            "Manual inspection misses scratches on our painted parts; we would like a pilot of camera inspection on one line.",
            "Images of good and bad parts from our line.",
            "6",
            "5000",
            "15000",
        ),
    }
}

/// A quote for a service as its centre would write it, from its indicative price.
fn quote_for(s: &store::services::Service, rng: &mut ChaCha8Rng) -> anyhow::Result<Quote> {
    use domain::service::PriceModel;
    let d = &s.draft;
    let euros = match (d.price_model, d.price) {
        (PriceModel::DayRate, Some(p)) => p.0 / 100 * rng.gen_range(2..=5),
        (_, Some(p)) => p.0 / 100 + rng.gen_range(0..=4) * 250,
        (_, None) => rng.gen_range(8..=20) * 500,
    };
    Quote::parse(
        &euros.to_string(),
        &d.lead_time_days.to_string(),
        "Payment on delivery of the report; samples are returned or disposed of at your choice.",
    )
    .map_err(|e| anyhow::anyhow!("demo quote: {e}"))
}

/// The demo's services: every organisation that may offer gets 1–4 published services; the demo
/// cluster runs a voucher programme ("Technology voucher 2027") with SMEs awarded; and SMEs'
/// requests stand at every step (requested, quoted, declined, accepted with and without a
/// voucher, delivered and rated with a reply, withdrawn). The demo member also speaks for an SME
/// of the demo cluster, whose requests they see, some routed through the cluster so that its
/// people see them too. Lapsed requests are left out: only time lapses them (the overdue job),
/// and faking it would date reminders in the future. Does nothing when services exist.
pub async fn seed_services(store: &store::Store, seed: u64) -> anyhow::Result<SeededServices> {
    let started = std::time::Instant::now();
    if !store.services_after(0, 1).await?.is_empty() {
        return Ok(SeededServices::default());
    }
    let organisations = store.all_organisations().await?;
    let by_id: HashMap<i64, &domain::Organisation> = organisations.iter().map(|o| (o.id, o)).collect();
    let email = |e: &str| domain::Email::parse(e).map_err(anyhow::Error::msg);
    let manager = store
        .user_by_email(&email("manager@demo.clusterhub.eu")?)
        .await?
        .map(|(u, _)| u);
    let member = store
        .user_by_email(&email("member@demo.clusterhub.eu")?)
        .await?
        .map(|(u, _)| u);
    let cluster = match &manager {
        Some(m) => store
            .memberships_of(m.id)
            .await?
            .into_iter()
            .next()
            .and_then(|c| by_id.get(&c.organisation_id).copied()),
        None => None,
    };
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x0de5_e4ce);

    let voucher = match (&manager, cluster) {
        (Some(manager), Some(cluster)) => Some(voucher_programme(store, manager.id, cluster).await?),
        _ => None,
    };
    let offerers: Vec<(i64, &OrganisationDraft)> = organisations
        .iter()
        .filter(|o| domain::service::may_offer(Some(o.profile.kind)))
        .map(|o| (o.id, &o.profile))
        .collect();
    let drafts = catalogue(&offerers, voucher, seed)?;
    // One transaction for the whole catalogue, so the demo starts as fast as before.
    store.import_services(&drafts, ServiceState::Published).await?;
    let mut seeded = SeededServices {
        services: drafts.len(),
        voucher_programme: voucher.is_some(),
        ..Default::default()
    };

    // The SMEs that ask: companies of the demo cluster first (the member's among them), then
    // any others.
    let cluster_members: HashSet<String> = match cluster {
        Some(c) => store
            .all_memberships()
            .await?
            .into_iter()
            .filter(|(_, cl)| cl == c.slug.as_str())
            .map(|(m, _)| m)
            .collect(),
        None => HashSet::new(),
    };
    let in_cluster = |o: &domain::Organisation| cluster_members.contains(o.slug.as_str());
    let mut smes: Vec<&domain::Organisation> = organisations
        .iter()
        .filter(|o| o.profile.kind == OrganisationType::Company && o.profile.is_sme)
        .collect();
    smes.sort_by_key(|o| !in_cluster(o));
    if smes.len() < 4 {
        seeded.seconds = started.elapsed().as_secs_f64();
        return Ok(seeded);
    }
    let (a, b, d, e) = (smes[0], smes[1], smes[2], smes[3]);

    // The services they ask for: paid ones that serve the SME's country, each asked once, in an
    // order of the seed's choosing (the catalogue's own order would favour the first slugs).
    let services = store.published_services().await?;
    let mut picker = Picker::new(&services, voucher, &mut rng);
    let picked = (|| {
        Some([
            picker.take(a, false)?,
            picker.take(a, true)?,
            picker.take(a, false)?,
            picker.take(a, false)?,
            picker.take(a, true)?,
            picker.take(a, false)?,
            picker.take(a, false)?,
            picker.take(b, true)?,
            picker.take(b, false)?,
            picker.take(d, true)?,
            picker.take(d, false)?,
            picker.take(d, false)?,
            picker.take(e, false)?,
            picker.take(e, true)?,
        ])
    })();
    let Some(
        [open, quoted, declined, proposed, with_voucher, rated, withdrawn, spent, accepted, waiting, asked, answered, refused, e_centre],
    ) = picked
    else {
        seeded.seconds = started.elapsed().as_secs_f64();
        return Ok(seeded);
    };

    // Who speaks for the SMEs: the demo member for the first, a person of their own (without a
    // password, like the programme's applicants) for the others.
    let mut people = Vec::new();
    for (i, sme) in [a, b, d, e].into_iter().enumerate() {
        let user = match (&member, i) {
            (Some(m), 0) => {
                store.set_org_role(m.id, sme.id, domain::OrgRole::Member).await?;
                m.id
            }
            _ => {
                let name = format!("{} {}", pick(&mut rng, FIRST_NAMES), pick(&mut rng, LAST_NAMES));
                let u = store
                    .create_user(
                        &email(&format!("sme{i}@demo.clusterhub.eu"))?,
                        &name,
                        None,
                        domain::PlatformRole::User,
                    )
                    .await?;
                store.set_org_role(u.id, sme.id, domain::OrgRole::Admin).await?;
                u.id
            }
        };
        people.push(user);
    }
    let network = |o: &domain::Organisation| cluster.filter(|_| in_cluster(o)).map(|c| c.id);
    if let (Some(c), true, true) = (cluster, member.is_some(), in_cluster(a)) {
        seeded.sme = Some((a.profile.name.clone(), c.profile.name.clone()));
    }

    // Voucher awards to three of them, each applying with the centre it pays with the voucher;
    // a fourth application waits for its centre.
    let accepts = |s: &store::services::Service| voucher.is_some_and(|v| s.draft.programmes.contains(&v));
    let mut awards: HashMap<i64, i64> = HashMap::new();
    if let (Some(programme), Some(manager)) = (voucher, &manager) {
        let plan = [
            (a, with_voucher, 15_000),
            (b, spent, 12_000),
            (d, waiting, 9_500),
            (e, e_centre, 10_000),
        ];
        for (i, (sme, centre, grant)) in plan.into_iter().enumerate() {
            if !accepts(centre) {
                continue;
            }
            let application = domain::programme::ApplicationDraft {
                project_title: format!("{}: {}", centre.organisation_name, centre.draft.text("en").name),
                summary: format!(
                    "{} for our next product generation, paid with a technology voucher.",
                    centre.draft.text("en").name
                ),
                requested: domain::Cents(grant * 100),
                answers: vec![
                    need(centre.draft.kind).0.to_owned(),
                    format!(
                        "{} has the equipment and the experience we lack.",
                        centre.organisation_name
                    ),
                ],
            };
            let app = store
                .apply_to_programme(programme, sme.id, centre.organisation_id, people[i], &application)
                .await?;
            if i < 3 {
                store.confirm_centre(app, manager.id).await?;
                store
                    .award(programme, app, application.requested)
                    .await
                    .map_err(|e| anyhow::anyhow!("demo voucher award: {e:?}"))?;
                awards.insert(sme.id, app);
            }
        }
    }
    // Pays up to `most` euros of the quote with the client's award, when it has one and the
    // service accepts the programme.
    let voucher_pay = |client: i64, s: &store::services::Service, quote: &Quote, most: i64| {
        awards
            .get(&client)
            .filter(|_| accepts(s))
            .map(|app| (*app, domain::Cents(quote.price.0.min(most * 100))))
    };
    let today = web::views::time::today();
    let ask = Asker { store, today };

    // The member's SME: an open request routed through the cluster, a challenge sent to two of
    // its three proposals (one quoted, one declined), an accepted request paid with its voucher
    // and delivered on the centre's side, one delivered, rated and answered, one withdrawn.
    ask.send(a, people[0], network(a), Challenged::No, &[open], &mut rng)
        .await?;
    let proposals = [quoted.id, declined.id, proposed.id];
    let ids = ask
        .send(
            a,
            people[0],
            None,
            Challenged::New(&proposals),
            &[quoted, declined],
            &mut rng,
        )
        .await?;
    store.quote_request(ids[0], &quote_for(quoted, &mut rng)?).await?;
    store
        .decline_request(
            ids[1],
            "Our team is booked until the end of the quarter; the next centre proposed for your challenge can start sooner.",
        )
        .await?;
    let id = ask
        .send(a, people[0], None, Challenged::No, &[with_voucher], &mut rng)
        .await?[0];
    let q = quote_for(with_voucher, &mut rng)?;
    store.quote_request(id, &q).await?;
    accept(store, id, voucher_pay(a.id, with_voucher, &q, 6_000)).await?;
    store.mark_delivered(id, Side::Provider).await?;
    let id = ask.send(a, people[0], None, Challenged::No, &[rated], &mut rng).await?[0];
    store.quote_request(id, &quote_for(rated, &mut rng)?).await?;
    accept(store, id, None).await?;
    delivered(store, id).await?;
    store
        .rate_request(id, 5, "Fast, precise, and a report our customer accepted at once.")
        .await?;
    store
        .reply_to_rating(id, "Thank you! We look forward to working on your next generation.")
        .await?;
    let id = ask
        .send(a, people[0], None, Challenged::No, &[withdrawn], &mut rng)
        .await?[0];
    store.quote_request(id, &quote_for(withdrawn, &mut rng)?).await?;
    store.withdraw_request(id).await?;

    // Another SME of the cluster: a service paid with its voucher, delivered and rated (routed
    // through the cluster), and an accepted quote paid without a voucher.
    let id = ask
        .send(b, people[1], network(b), Challenged::No, &[spent], &mut rng)
        .await?[0];
    let q = quote_for(spent, &mut rng)?;
    store.quote_request(id, &q).await?;
    accept(store, id, voucher_pay(b.id, spent, &q, 12_000)).await?;
    delivered(store, id).await?;
    store
        .rate_request(id, 4, "Good results; the report came a week later than promised.")
        .await?;
    let id = ask
        .send(b, people[1], None, Challenged::No, &[accepted], &mut rng)
        .await?[0];
    store.quote_request(id, &quote_for(accepted, &mut rng)?).await?;
    accept(store, id, None).await?;

    // A third: a quote waiting for its answer (routed), a request still open, and a delivered
    // service rated with a reply; the fourth SME's request was declined.
    let id = ask
        .send(d, people[2], network(d), Challenged::No, &[waiting], &mut rng)
        .await?[0];
    store.quote_request(id, &quote_for(waiting, &mut rng)?).await?;
    ask.send(d, people[2], None, Challenged::No, &[asked], &mut rng).await?;
    let id = ask
        .send(d, people[2], None, Challenged::No, &[answered], &mut rng)
        .await?[0];
    store.quote_request(id, &quote_for(answered, &mut rng)?).await?;
    accept(store, id, None).await?;
    delivered(store, id).await?;
    store
        .rate_request(id, 3, "The tests were fine, but we had to ask twice for the raw data.")
        .await?;
    store
        .reply_to_rating(id, "Sorry about that: the raw data now comes with every report.")
        .await?;
    let id = ask
        .send(e, people[3], network(e), Challenged::No, &[refused], &mut rng)
        .await?[0];
    store
        .decline_request(
            id,
            "What you describe is beyond the range of our equipment; the regional innovation agency can point you to a centre that fits.",
        )
        .await?;

    for sme in [a, b, d, e] {
        seeded.requests += store
            .service_requests_of(sme.id)
            .await?
            .iter()
            .filter(|r| r.client_id == sme.id)
            .count();
    }
    seeded.seconds = started.elapsed().as_secs_f64();
    Ok(seeded)
}

/// Chooses the services the demo SMEs ask for.
struct Picker<'a> {
    paid: Vec<&'a store::services::Service>,
    vouchered: Vec<&'a store::services::Service>,
    used: HashSet<i64>,
}

impl<'a> Picker<'a> {
    fn new(services: &'a [store::services::Service], voucher: Option<i64>, rng: &mut ChaCha8Rng) -> Self {
        let (mut vouchered, mut paid): (Vec<_>, Vec<_>) = services
            .iter()
            .filter(|s| s.draft.price_model != domain::service::PriceModel::Free)
            .partition(|s| voucher.is_some_and(|v| s.draft.programmes.contains(&v)));
        vouchered.shuffle(rng);
        paid.shuffle(rng);
        Picker {
            paid,
            vouchered,
            used: HashSet::new(),
        }
    }

    /// A service not asked for yet that serves `client`, of another organisation: one its voucher
    /// pays for when `voucher` (another when none is left).
    fn take(&mut self, client: &domain::Organisation, voucher: bool) -> Option<&'a store::services::Service> {
        let fits = |s: &&&store::services::Service| {
            s.organisation_id != client.id
                && !self.used.contains(&s.id)
                && s.draft
                    .serves(Some(client.profile.country), client.profile.nuts_code.as_ref())
        };
        let vouchered = if voucher {
            self.vouchered.iter().find(fits)
        } else {
            None
        };
        let found = *vouchered.or_else(|| self.paid.iter().find(fits))?;
        self.used.insert(found.id);
        Some(found)
    }
}

/// Sends the demo's requests, each in the words an SME would use for that kind of service.
struct Asker<'a> {
    store: &'a store::Store,
    today: domain::Day,
}

impl Asker<'_> {
    async fn send(
        &self,
        client: &domain::Organisation,
        user: i64,
        network: Option<i64>,
        challenge: Challenged<'_>,
        to: &[&store::services::Service],
        rng: &mut ChaCha8Rng,
    ) -> anyhow::Result<Vec<i64>> {
        let (need, sharing, trl, from, upto) = need(to[0].draft.kind);
        let draft = RequestInput {
            need: need.into(),
            language: "en".into(),
            budget_from: from.into(),
            budget_to: upto.into(),
            wanted_by: domain::Day::new(self.today.date() + chrono::Duration::days(rng.gen_range(45..120))).to_string(),
            sharing: sharing.into(),
            trl: trl.into(),
        }
        .validate(self.today)
        .map_err(|e| anyhow::anyhow!("demo request: {e}"))?;
        let targets: Vec<(i64, i64, u16)> = to
            .iter()
            .map(|s| (s.id, s.organisation_id, s.draft.answer_days))
            .collect();
        Ok(self
            .store
            .send_requests(client.id, user, network, challenge, &targets, &draft)
            .await?)
    }
}

async fn accept(store: &store::Store, id: i64, voucher: Option<(i64, domain::Cents)>) -> anyhow::Result<()> {
    store
        .accept_request(id, voucher)
        .await
        .map_err(|e| anyhow::anyhow!("demo acceptance of request {id}: {e:?}"))
}

async fn delivered(store: &store::Store, id: i64) -> anyhow::Result<()> {
    store.mark_delivered(id, Side::Provider).await?;
    store.mark_delivered(id, Side::Client).await?;
    Ok(())
}

/// The demo cluster's voucher programme: SMEs spend its awards on the services that accept it.
async fn voucher_programme(store: &store::Store, manager: i64, cluster: &domain::Organisation) -> anyhow::Result<i64> {
    let now = chrono::Utc::now();
    let form = domain::programme::ProgrammeForm {
        title: "Technology voucher 2027".into(),
        summary: "Vouchers of up to €15,000 for SMEs to buy testing, prototyping, equipment time and expert advice from technology centres listed in the service catalogue.\n\nApply with the centre you want to work with; once awarded, pay its quotes with the voucher.".into(),
        budget: "400000".into(),
        max_grant: "15000".into(),
        types: vec!["company".into()],
        questions: "What problem should the technology centre solve?\nWhy this centre, and what will you do with the result?".into(),
        criteria: "50 Need and fit of the service\n50 Benefit to the company".into(),
        deadline: format!("{}T17:00", (now + chrono::Duration::days(120)).date_naive()),
        timezone: zone_of(cluster.profile.country.as_str()).into(),
        voucher: true,
        ..Default::default()
    };
    let draft = form
        .validate(now, None)
        .map_err(|e| anyhow::anyhow!("demo voucher programme: {e}"))?;
    Ok(store.create_programme(cluster.id, manager, &draft).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offerers(n: usize, seed: u64) -> Vec<(i64, OrganisationDraft)> {
        generate(n, seed)
            .iter()
            .enumerate()
            .map(|(i, r)| (i as i64 + 1, r.validate().expect("valid record").draft))
            .collect()
    }

    #[test]
    fn the_catalogue_is_reproducible_and_every_service_valid() {
        let orgs = offerers(300, 7);
        let refs: Vec<(i64, &OrganisationDraft)> = orgs.iter().map(|(i, o)| (*i, o)).collect();
        let a = catalogue(&refs, Some(99), 42).expect("catalogue");
        assert_eq!(a, catalogue(&refs, Some(99), 42).expect("catalogue"));
        assert_ne!(a, catalogue(&refs, Some(99), 43).expect("catalogue"));
        for (_, d) in &a {
            assert_eq!(ServiceInput::from_draft(d).validate().as_ref(), Ok(d), "{}", d.name());
        }
        // Every organisation that may offer has 1–4 services, with distinct references.
        let offering: Vec<i64> = orgs
            .iter()
            .filter(|(_, o)| domain::service::may_offer(Some(o.kind)))
            .map(|(i, _)| *i)
            .collect();
        assert!(offering.len() > 30);
        for id in &offering {
            let mine: Vec<_> = a.iter().filter(|(o, _)| o == id).map(|(_, d)| d).collect();
            assert!((1..=4).contains(&mine.len()), "{id}: {}", mine.len());
            let refs: HashSet<_> = mine.iter().map(|d| d.reference.clone()).collect();
            assert_eq!(refs.len(), mine.len());
        }
        assert!(a.iter().all(|(o, _)| offering.contains(o)));
        // Written in the centre's language with English beside it; accredited test labs; the
        // voucher programme listed by some.
        let (_, de) = a
            .iter()
            .find(|(_, d)| d.language.as_str() == "de")
            .expect("a German centre");
        assert!(de.texts.keys().any(|l| l.as_str() == "en") && de.texts.len() == 2);
        assert!(a.iter().any(|(_, d)| d.language.as_str() == "fr"));
        assert!(a.iter().any(|(_, d)| d.language.as_str() == "da"));
        assert!(a
            .iter()
            .any(|(_, d)| d.kind == TestingValidation && d.accreditations.iter().any(|x| x.contains("17025"))));
        assert!(a.iter().any(|(_, d)| d.programmes == [99]));
        assert!(a.iter().all(|(_, d)| !d.name().contains("{tech}")));
        let kinds: HashSet<_> = a.iter().map(|(_, d)| d.kind).collect();
        assert_eq!(kinds.len(), ServiceKind::ALL.len(), "every kind of service appears");
    }
}

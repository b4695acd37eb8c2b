//! Mentions in free text: which organisations of the directory, projects, events, funding calls,
//! countries, cities, technologies and ecosystems a news item names.
//!
//! A [`Gazetteer`] holds every name the platform knows, folded (lower case, accents and ligatures
//! spelled out in ASCII) and split into words, in a word trie. [`Gazetteer::recognise`] walks the
//! text's words once, takes at each place the longest name that fits, and then keeps only what it
//! can stand behind: a wrong link on a profile is worse than a missing one, so a short name that
//! could be a common word, an acronym two organisations share, or a capitalised word at the start
//! of a sentence is kept only with support elsewhere in the text (the organisation's country or
//! city, its full name, the publisher's country, for a project the word "project").
//! `docs/MENTIONS.md` describes the rules and the evaluation that measures them.

use std::collections::{HashMap, HashSet};

/// What a mention names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MentionKind {
    Organisation,
    Project,
    Event,
    Call,
    Country,
    City,
    Technology,
    Ecosystem,
}

impl MentionKind {
    pub const ALL: &'static [Self] = &[
        Self::Organisation,
        Self::Project,
        Self::Event,
        Self::Call,
        Self::Country,
        Self::City,
        Self::Technology,
        Self::Ecosystem,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Organisation => "organisation",
            Self::Project => "project",
            Self::Event => "event",
            Self::Call => "call",
            Self::Country => "country",
            Self::City => "city",
            Self::Technology => "technology",
            Self::Ecosystem => "ecosystem",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|k| k.as_str() == s)
    }

    /// Names of these kinds are proper nouns: written with a capital in every language the
    /// platform serves, so a lower-case occurrence is the common word.
    fn proper(self) -> bool {
        !matches!(self, Self::Technology | Self::Ecosystem | Self::Call)
    }
}

/// How a name is written, which decides how strictly it is matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A full name: any case, accents optional (a proper noun still needs its capital).
    Name,
    /// A short name or acronym: only as its owner writes it or in capitals.
    Short,
    /// An identifier such as a call code: any case, never ambiguous.
    Code,
}

/// One name of an entity, optionally only for texts in one language.
#[derive(Debug, Clone)]
pub struct Name {
    pub text: String,
    pub form: Form,
    /// ISO 639-1 code; `None` for every language.
    pub language: Option<String>,
}

impl Name {
    pub fn new(text: impl Into<String>, form: Form) -> Self {
        Self {
            text: text.into(),
            form,
            language: None,
        }
    }

    pub fn in_language(text: impl Into<String>, form: Form, language: &str) -> Self {
        Self {
            text: text.into(),
            form,
            language: Some(language.to_owned()),
        }
    }
}

/// Something a text may mention.
#[derive(Debug, Clone)]
pub struct Entity {
    pub kind: MentionKind,
    /// What the platform calls it: a slug, an id, a call identifier, a country code.
    pub key: String,
    /// Its country, if it has one (ISO 3166-1 alpha-2): support for its short name.
    pub country: Option<String>,
    /// Its city, likewise.
    pub city: Option<String>,
    pub names: Vec<Name>,
}

/// Legal forms that end organisation names and that news leave out: "Holzcluster Steiermark
/// GmbH" is written "Holzcluster Steiermark".
const LEGAL_FORMS: &[&str] = &[
    "gmbh", "ag", "ev", "e", "v", "kg", "mbh", "ug", "a", "s", "as", "aps", "sas", "sa", "sarl", "srl", "sl", "spa",
    "ltd", "limited", "plc", "bv", "nv", "oy", "ab", "asbl", "vzw", "zs", "sro", "doo", "kft", "eg", "scarl", "i", "o",
    "l", "n", "co", "inc",
];

impl Entity {
    /// An organisation of the directory, by its name and short name; the name without its legal
    /// form is a name too.
    pub fn organisation(key: &str, name: &str, short_name: Option<&str>, country: &str, city: Option<&str>) -> Self {
        let mut names = vec![Name::new(name, Form::Name)];
        // "CenSec – Center for Defence, Space & Security", "Pôle Optitec (OPTITEC)": each part is a
        // name by itself.
        // Only when one part is a single word, the short name: "Technical University - Gabrovo"
        // is one name.
        let parts: Vec<&str> = name
            .split([' ', '(', ')'])
            .collect::<Vec<_>>()
            .first()
            .map(|_| {
                name.split(['–', '—', '(', ')'])
                    .flat_map(|p| p.split(" - "))
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        if parts.len() == 2 && parts.iter().any(|p| words(p).len() == 1) && parts.iter().any(|p| words(p).len() >= 3) {
            for part in parts {
                names.push(Name::new(
                    part,
                    if words(part).len() == 1 {
                        Form::Short
                    } else {
                        Form::Name
                    },
                ));
            }
        }
        for n in names.clone() {
            let ws = words(&n.text);
            let kept = ws.iter().rposition(|w| !LEGAL.has(&w.folded)).map_or(0, |i| i + 1);
            if kept >= 2 && kept < ws.len() {
                names.push(Name::new(&n.text[..ws[kept - 1].end], Form::Name));
            }
        }
        if let Some(short) = short_name.map(str::trim).filter(|s| !s.is_empty()) {
            let ws = words(short);
            if ws.len() >= 3 && ws[ws.len() - 1].original.chars().all(|c| c.is_uppercase()) {
                // "TECHNICAL UNIVERSITY OF DENMARK DTU": a name followed by its acronym.
                let last = &ws[ws.len() - 1];
                names.push(Name::new(&short[..ws[ws.len() - 2].end], Form::Name));
                names.push(Name::new(last.original, Form::Short));
            }
            // A short name of several words is a name ("DANISH TECHNOLOGICAL INSTITUTE").
            names.push(Name::new(short, if ws.len() >= 2 { Form::Name } else { Form::Short }));
        }
        Self {
            kind: MentionKind::Organisation,
            key: key.to_owned(),
            country: Some(country.to_owned()),
            city: city.map(str::trim).filter(|c| !c.is_empty()).map(str::to_owned),
            names,
        }
    }

    /// A project by its acronym, and by its title when that is specific enough to be a name.
    pub fn project(key: &str, acronym: &str, title: Option<&str>) -> Self {
        let mut names = vec![Name::new(acronym, Form::Short)];
        names.extend(title.filter(|t| specific(t)).map(|t| Name::new(t, Form::Name)));
        Self {
            kind: MentionKind::Project,
            key: key.to_owned(),
            country: None,
            city: None,
            names,
        }
    }

    pub fn event(key: &str, title: &str) -> Self {
        Self {
            kind: MentionKind::Event,
            key: key.to_owned(),
            country: None,
            city: None,
            names: specific(title)
                .then(|| Name::new(title, Form::Name))
                .into_iter()
                .collect(),
        }
    }

    /// A funding call by its identifier, and by its title when that is specific enough.
    pub fn call(key: &str, identifier: &str, title: &str) -> Self {
        let mut names = vec![Name::new(identifier, Form::Code)];
        names.extend(specific(title).then(|| Name::new(title, Form::Name)));
        Self {
            kind: MentionKind::Call,
            key: key.to_owned(),
            country: None,
            city: None,
            names,
        }
    }

    /// A country by its names, each read in texts of its language (and English ones everywhere).
    pub fn country<'a>(code: &str, names: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        Self {
            kind: MentionKind::Country,
            key: code.to_owned(),
            country: None,
            city: None,
            names: names
                .into_iter()
                .map(|(language, n)| Name::in_language(n, Form::Name, language))
                .collect(),
        }
    }

    /// A city where organisations of the directory are, by the name they write.
    pub fn city(name: &str, country: &str) -> Self {
        Self {
            kind: MentionKind::City,
            key: name.to_owned(),
            country: Some(country.to_owned()),
            city: None,
            names: vec![Name::new(name, Form::Name)],
        }
    }

    /// A technology or ecosystem by the comma-separated terms news use for it; a term in
    /// capitals ("AI", "KI") is matched only in capitals.
    pub fn terms<'a>(kind: MentionKind, key: &str, lists: impl IntoIterator<Item = &'a str>) -> Self {
        let names = lists
            .into_iter()
            .flat_map(|l| l.split(','))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(|t| {
                Name::new(
                    t,
                    if t.chars().any(char::is_lowercase) {
                        Form::Name
                    } else {
                        Form::Short
                    },
                )
            })
            .collect();
        Self {
            kind,
            key: key.to_owned(),
            country: None,
            city: None,
            names,
        }
    }
}

/// Whether a title says enough to be recognised as a name: three words and twenty letters, so
/// "Topic 1" or "Kick-off" are not.
fn specific(title: &str) -> bool {
    let ws = words(title);
    ws.len() >= 3 && ws.iter().map(|w| w.folded.len()).sum::<usize>() >= 20
}

/// What the text is known to be about besides its words.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The text's language (ISO 639-1).
    pub language: String,
    /// Countries the text is related to without naming them, such as the publisher's.
    pub countries: Vec<String>,
}

/// A name found in a text: byte offsets into the text as given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub kind: MentionKind,
    pub key: String,
    pub start: usize,
    pub end: usize,
}

/// A name that looks like an organisation the directory does not have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub name: String,
    pub start: usize,
    pub end: usize,
}

/// What [`Gazetteer::recognise`] found.
#[derive(Debug, Clone, Default)]
pub struct Recognised {
    /// Every occurrence, in text order.
    pub mentions: Vec<Mention>,
    /// Organisation-like names that matched nothing, first occurrences, in text order.
    pub candidates: Vec<Candidate>,
}

impl Recognised {
    /// Each entity once, in order of first occurrence.
    pub fn entities(&self) -> Vec<(MentionKind, &str)> {
        let mut seen = HashSet::new();
        self.mentions
            .iter()
            .filter(|m| seen.insert((m.kind, m.key.as_str())))
            .map(|m| (m.kind, m.key.as_str()))
            .collect()
    }
}

/// The separator between two words, as far as it matters for matching names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gap {
    /// White space, a hyphen, a slash or an ampersand: "Silicon-Saxony" is "Silicon Saxony".
    Soft,
    /// Anything else ("." "," "(" a paragraph break), which a name spans only if it has it too.
    Hard(char),
}

impl Gap {
    fn of(between: &str) -> Self {
        if between.matches('\n').count() >= 2 {
            return Self::Hard('\n');
        }
        match between
            .chars()
            .find(|c| !c.is_whitespace() && !matches!(c, '-' | '‐' | '/' | '&' | '+'))
        {
            Some(c) => Self::Hard(c),
            None => Self::Soft,
        }
    }
}

struct Word<'t> {
    start: usize,
    end: usize,
    folded: String,
    original: &'t str,
    gap_before: Gap,
}

const MAX_WORDS: usize = 20_000;

fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut last_end = 0;
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        let inside = c.is_alphanumeric() && i < text.len();
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let original = &text[s..i];
                out.push(Word {
                    start: s,
                    end: i,
                    folded: fold(original),
                    original,
                    gap_before: if out.is_empty() {
                        Gap::Hard('\n')
                    } else {
                        Gap::of(&text[last_end..s])
                    },
                });
                last_end = i;
                start = None;
                if out.len() >= MAX_WORDS {
                    break;
                }
            }
            _ => {}
        }
    }
    out
}

/// A word as names are compared: lower case, accents and ligatures spelled out, and the ways
/// German and Danish write umlauts and "å" without them made one ("München", "Muenchen" and
/// "MUNCHEN"; "Århus" and "Aarhus").
fn fold(s: &str) -> String {
    let ascii = deunicode::deunicode(s).to_lowercase();
    if !["ae", "oe", "ue", "aa"].iter().any(|p| ascii.contains(p)) {
        return ascii;
    }
    ascii
        .replace("ae", "a")
        .replace("oe", "o")
        .replace("ue", "u")
        .replace("aa", "a")
}

/// A list of words, folded as text is, for lookups.
struct Folded(std::sync::LazyLock<HashSet<String>>);

impl Folded {
    fn has(&self, folded: &str) -> bool {
        self.0.contains(folded)
    }
}

macro_rules! folded {
    ($name:ident, $list:ident) => {
        static $name: Folded = Folded(std::sync::LazyLock::new(|| {
            $list.iter().map(|w| fold(w)).collect()
        }));
    };
}
folded!(COMMON_WORDS, COMMON);
folded!(PROJECT_KEYWORDS, PROJECT_WORDS);
folded!(HEADS, ORGANISATION_HEADS);
folded!(CONNECTOR_WORDS, CONNECTORS);
folded!(LEGAL, LEGAL_FORMS);
folded!(LEADING_WORDS, LEADING);
folded!(AND_WORDS, AND);

/// A word as its owner writes it with accents spelled out, case kept: "Pôle" → "Pole".
fn unaccented(s: &str) -> String {
    deunicode::deunicode(s)
}

#[derive(Debug)]
struct Terminal {
    entity: u32,
    form: Form,
    language: Option<Box<str>>,
    /// The name's words as written, for the case rules.
    written: Vec<Box<str>>,
    gaps: Vec<Gap>,
}

/// Every name the platform knows, ready to be found in text.
#[derive(Default)]
pub struct Gazetteer {
    entities: Vec<Entity>,
    /// Word → id.
    vocabulary: HashMap<Box<str>, u32>,
    /// (node, word id) → child node; node 0 is the root.
    edges: HashMap<(u32, u32), u32>,
    nodes: u32,
    terminals: HashMap<u32, Vec<Terminal>>,
    /// Folded short names per kind shared by more than one entity.
    shared: HashSet<(MentionKind, String)>,
    /// How many entities have each word in a name of several words: "Enterprise" or
    /// "Commission" are in many, "Optitec" only in its own.
    word_use: HashMap<u32, u32>,
    /// Folded city names, for support.
    cities: HashMap<String, Vec<u32>>,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer")
            .field("entities", &self.entities.len())
            .field("nodes", &self.nodes)
            .finish()
    }
}

/// The longest name, in words, the trie holds; longer runs are not walked.
const MAX_NAME_WORDS: usize = 24;

/// Words that start sentences or are common enough in the platform's languages that, written
/// alone with a capital, they say nothing about an organisation of that name.
const COMMON: &[&str] = &[
    "a",
    "alpha",
    "alliance",
    "an",
    "and",
    "base",
    "bio",
    "blue",
    "care",
    "center",
    "centre",
    "change",
    "circle",
    "cluster",
    "connect",
    "core",
    "data",
    "delta",
    "digital",
    "east",
    "eco",
    "energy",
    "europe",
    "first",
    "food",
    "forum",
    "future",
    "green",
    "grow",
    "health",
    "hub",
    "impact",
    "innovation",
    "lab",
    "labs",
    "life",
    "link",
    "match",
    "mission",
    "move",
    "net",
    "network",
    "new",
    "next",
    "north",
    "nova",
    "one",
    "open",
    "plus",
    "prime",
    "smart",
    "solar",
    "south",
    "space",
    "spark",
    "star",
    "tech",
    "the",
    "unity",
    "vision",
    "water",
    "west",
    "wind",
    "zero",
    "nice",
    "split",
    "bath",
    "reading",
    "mons",
    "como",
    "tours",
    "essen",
    "halle",
    "hof",
    "weil", // German
    "bau",
    "das",
    "der",
    "die",
    "forschung",
    "haus",
    "netz",
    "neu",
    "und",
    "wissen",
    "zukunft", // French
    "avenir",
    "le",
    "la",
    "les",
    "pole",
    "reseau",
    "mer",
    "terre", // Danish
    "by",
    "og",
    "land",
    "hav",
    "fremtid",
    "vind",
];

/// Words near a project's acronym that say it is a project.
const PROJECT_WORDS: &[&str] = &[
    "project",
    "projects",
    "projekt",
    "projekts",
    "projekte",
    "projektes",
    "projet",
    "projets",
    "projektet",
    "projektets",
    "projekter",
    "consortium",
    "konsortium",
    "horizon",
    "h2020",
];

/// Words that end (or start) an organisation's name in the platform's languages, for candidates.
const ORGANISATION_HEADS: &[&str] = &[
    "cluster",
    "clusters",
    "klynge",
    "klyngen",
    "pole",
    "gmbh",
    "ag",
    "aps",
    "sas",
    "sarl",
    "ev",
    "association",
    "network",
    "netzwerk",
    "reseau",
    "institute",
    "institut",
    "instituttet",
    "university",
    "universitat",
    "universite",
    "universitet",
    "centre",
    "center",
    "zentrum",
    "centret",
    "agency",
    "agentur",
    "agence",
    "styrelsen",
    "ministry",
    "ministerium",
    "ministere",
    "ministeriet",
    "chamber",
    "kammer",
    "foundation",
    "stiftung",
    "fondation",
    "fonden",
    "council",
    "verband",
    "alliance",
    "consortium",
    "commission",
    "kommission",
    "kommissionen",
    "styrelse",
    "styrelsen",
    "bestyrelse",
    "bestyrelsen",
    "handelskammer",
    "ltd",
    "oy",
    "ab",
    "bv",
    "srl",
    "lda",
    "spa",
    "nv",
    "plc",
    "inc",
];

const CONNECTORS: &[&str] = &[
    "of", "for", "and", "de", "du", "des", "la", "le", "et", "fur", "und", "der", "og", "for", "i", "&",
];

impl Gazetteer {
    pub fn new(entities: impl IntoIterator<Item = Entity>) -> Self {
        let mut g = Self {
            nodes: 1,
            ..Self::default()
        };
        let mut short_owners: HashMap<(MentionKind, String), HashSet<u32>> = HashMap::new();
        for entity in entities {
            let id = g.entities.len() as u32;
            let mut seen = HashSet::new();
            let mut used = HashSet::new();
            for name in &entity.names {
                let ws = words(&name.text);
                if ws.is_empty() || ws.len() > MAX_NAME_WORDS {
                    continue;
                }
                let folded: Vec<&str> = ws.iter().map(|w| w.folded.as_str()).collect();
                let key = (folded.join(" "), name.language.clone());
                if !seen.insert(key) {
                    continue;
                }
                if name.form == Form::Short || ws.len() == 1 {
                    short_owners
                        .entry((entity.kind, folded.join(" ")))
                        .or_default()
                        .insert(id);
                }
                let mut node = 0;
                for w in &ws {
                    let next_word = g.vocabulary.len() as u32;
                    let word = *g
                        .vocabulary
                        .entry(w.folded.clone().into_boxed_str())
                        .or_insert(next_word);
                    if ws.len() > 1 && used.insert(word) {
                        *g.word_use.entry(word).or_default() += 1;
                    }
                    node = match g.edges.get(&(node, word)) {
                        Some(&n) => n,
                        None => {
                            let n = g.nodes;
                            g.nodes += 1;
                            g.edges.insert((node, word), n);
                            n
                        }
                    };
                }
                g.terminals.entry(node).or_default().push(Terminal {
                    entity: id,
                    form: name.form,
                    language: name.language.as_deref().map(Into::into),
                    written: ws.iter().map(|w| unaccented(w.original).into_boxed_str()).collect(),
                    gaps: ws.iter().skip(1).map(|w| w.gap_before).collect(),
                });
            }
            if let Some(city) = &entity.city {
                g.cities.entry(fold(city)).or_default().push(id);
            }
            g.entities.push(entity);
        }
        g.shared = short_owners
            .into_iter()
            .filter(|(_, owners)| owners.len() > 1)
            .map(|(k, _)| k)
            .collect();
        g
    }

    fn common_word(&self, folded: &str) -> bool {
        self.vocabulary
            .get(folded)
            .and_then(|id| self.word_use.get(id))
            .is_some_and(|&n| n > 1)
    }

    pub fn len(&self) -> usize {
        self.entities.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    /// The mentions of known entities in `text`, and organisation-like names it does not know.
    pub fn recognise(&self, text: &str, context: &Context) -> Recognised {
        let german = context.language == "de";
        let ws = words(text);
        let lowercase_words: HashSet<&str> = ws
            .iter()
            .filter(|w| w.original.chars().next().is_some_and(char::is_lowercase))
            .map(|w| w.folded.as_str())
            .collect();

        // First pass: at each place the longest name that its case and language rules allow.
        let mut found: Vec<Found> = Vec::new();
        let mut i = 0;
        while i < ws.len() {
            match self.longest_at(&ws, i, &context.language, german) {
                Some(f) => {
                    i = f.last + 1;
                    found.push(f);
                }
                None => i += 1,
            }
        }

        // What the text says for sure: support for the doubtful ones.
        let mut countries: HashSet<&str> = context.countries.iter().map(String::as_str).collect();
        let mut sure: HashSet<u32> = HashSet::new();
        for f in &found {
            if f.doubt.is_none() && f.entities.len() == 1 {
                let e = &self.entities[f.entities[0] as usize];
                if e.kind == MentionKind::Country {
                    countries.insert(e.key.as_str());
                }
                sure.insert(f.entities[0]);
            }
        }
        let cities_named: HashSet<&str> = ws
            .iter()
            .filter(|w| self.cities.contains_key(&w.folded))
            .map(|w| w.folded.as_str())
            .collect();
        let named_city = |id: u32| {
            let e = &self.entities[id as usize];
            e.city
                .as_deref()
                .is_some_and(|c| cities_named.contains(fold(c).as_str()))
        };
        let supported = |id: u32| {
            let e = &self.entities[id as usize];
            sure.contains(&id) || e.country.as_deref().is_some_and(|c| countries.contains(c)) || named_city(id)
        };

        let mut mentions = Vec::new();
        for f in &found {
            let surface_folded: Vec<&str> = ws[f.first..=f.last].iter().map(|w| w.folded.as_str()).collect();
            let kind = self.entities[f.entities[0] as usize].kind;
            // A proper name that the text also uses as a common word, or that is one.
            let one_word_common = kind.proper()
                && f.first == f.last
                && (lowercase_words.contains(surface_folded[0]) || COMMON_WORDS.has(surface_folded[0]));
            let chosen = if f.entities.len() == 1 && f.doubt.is_none() && !one_word_common {
                Some(f.entities[0])
            } else {
                let backed: Vec<u32> = f
                    .entities
                    .iter()
                    .copied()
                    .filter(|&id| match kind {
                        MentionKind::Project => sure.contains(&id) || near(&ws, f, &PROJECT_KEYWORDS, 4),
                        // A capitalised common word is not a place; "USA" and "UK" are.
                        MentionKind::City | MentionKind::Country => !one_word_common,
                        MentionKind::Organisation if one_word_common || f.doubt == Some(Doubt::Word) => {
                            sure.contains(&id) || named_city(id)
                        }
                        MentionKind::Organisation => supported(id),
                        _ => f.entities.len() == 1,
                    })
                    .collect();
                match backed.as_slice() {
                    [one] => Some(*one),
                    _ => None,
                }
            };
            if let Some(id) = chosen {
                let e = &self.entities[id as usize];
                mentions.push(Mention {
                    kind: e.kind,
                    key: e.key.clone(),
                    start: ws[f.first].start,
                    end: ws[f.last].end,
                });
            }
        }
        // Names the directory does not have, around words no other mention took; a place inside
        // one ("Innovation Centre Denmark") is part of its name, not a mention of the place.
        let mut taken = vec![false; ws.len()];
        for f in &found {
            let kind = self.entities[f.entities[0] as usize].kind;
            if !matches!(kind, MentionKind::Country | MentionKind::City) {
                taken[f.first..=f.last].iter_mut().for_each(|t| *t = true);
            }
        }
        let candidates = candidates(&ws, text, &taken);
        mentions.retain(|m| {
            !matches!(m.kind, MentionKind::Country | MentionKind::City)
                || !candidates.iter().any(|c| c.start <= m.start && m.end <= c.end)
        });
        Recognised { mentions, candidates }
    }

    fn longest_at(&self, ws: &[Word<'_>], i: usize, language: &str, german: bool) -> Option<Found> {
        let mut node = 0u32;
        let mut best: Option<Found> = None;
        for (j, w) in ws.iter().enumerate().skip(i).take(MAX_NAME_WORDS) {
            let step = |word: &str| {
                self.vocabulary
                    .get(word)
                    .and_then(|id| self.edges.get(&(node, *id)).copied())
            };
            // A genitive or plural "s" ends a name too: "CenSecs", "Danmarks".
            let stripped = (w.folded.len() > 3 && w.folded.ends_with('s'))
                .then(|| step(&w.folded[..w.folded.len() - 1]))
                .flatten();
            if let Some(n) = stripped {
                if let Some(f) = self.accept(ws, i, j, n, (language, german), true) {
                    if best.as_ref().is_none_or(|b| f.last >= b.last) {
                        best = Some(f);
                    }
                }
            }
            let Some(next) = step(&w.folded) else { break };
            node = next;
            if let Some(f) = self.accept(ws, i, j, node, (language, german), false) {
                best = Some(f);
            }
        }
        best
    }

    /// The entities whose names end at `node` and fit the words `ws[first..=last]`.
    fn accept(
        &self,
        ws: &[Word<'_>],
        first: usize,
        last: usize,
        node: u32,
        (language, german): (&str, bool),
        stripped_s: bool,
    ) -> Option<Found> {
        let terminals = self.terminals.get(&node)?;
        let span = &ws[first..=last];
        // The same words naming a place and something else ("France", "Hamburg" as an
        // organisation's short name) name the place: the other needs its full name.
        let place = |t: &&Terminal| {
            matches!(
                self.entities[t.entity as usize].kind,
                MentionKind::Country | MentionKind::City
            )
        };
        let first_kind = terminals
            .iter()
            .find(place)
            .or(terminals.first())
            .map(|t| self.entities[t.entity as usize].kind);
        let mut entities = Vec::new();
        let mut doubt: Option<Doubt> = None;
        for t in terminals {
            // English names are read in every language: news quote English names everywhere.
            if t.language.as_deref().is_some_and(|l| l != language && l != "en") {
                continue;
            }
            if t.gaps.iter().zip(span.iter().skip(1)).any(|(g, w)| *g != w.gap_before) {
                continue;
            }
            let kind = self.entities[t.entity as usize].kind;
            if Some(kind) != first_kind {
                continue;
            }
            let Some(strength) = written_as(t, span, kind, stripped_s, german) else {
                continue;
            };
            let e = &self.entities[t.entity as usize];
            let shared = (t.form == Form::Short || span.len() == 1)
                && self.shared.contains(&(
                    e.kind,
                    span.iter().map(|w| w.folded.as_str()).collect::<Vec<_>>().join(" "),
                ));
            let this = match strength {
                Strength::Title if kind == MentionKind::Organisation && !self.common_word(&span[0].folded) => None,
                Strength::Title => Some(Doubt::Word),
                Strength::Word => Some(Doubt::Word),
                Strength::Acronym => Some(Doubt::Acronym),
                Strength::Sure if shared || headline(ws, first, last) => Some(Doubt::Acronym),
                Strength::Sure => None,
            };
            doubt = doubt.max(this);
            if !entities.contains(&t.entity) {
                entities.push(t.entity);
            }
        }
        if entities.is_empty() {
            return None;
        }
        Some(Found {
            first,
            last,
            entities,
            doubt,
        })
    }
}

#[derive(Debug)]
struct Found {
    first: usize,
    last: usize,
    /// The entities the name may be (more than one for a shared name).
    entities: Vec<u32>,
    /// Why the name alone is not enough to link it, if it is not.
    doubt: Option<Doubt>,
}

/// Why a name found is not enough by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Doubt {
    /// A short acronym, one several entities share, or one in a headline in capitals: the
    /// entity's country or city in the text settles it.
    Acronym,
    /// A single word that may be an ordinary one ("Impuls", "Move"): only the entity's full name
    /// or its city in the text settles it.
    Word,
}

#[derive(Debug, PartialEq)]
enum Strength {
    Sure,
    /// An acronym of one word written with only its first capital, which is sure unless the
    /// word is common in the platform's own names.
    Title,
    Acronym,
    Word,
}

/// Whether the words are written as the name allows, and how sure that makes the match.
fn written_as(t: &Terminal, span: &[Word<'_>], kind: MentionKind, stripped_s: bool, german: bool) -> Option<Strength> {
    let surface: Vec<String> = span.iter().map(|w| unaccented(w.original)).collect();
    let short_like = t.form == Form::Short || (t.form == Form::Name && span.len() == 1 && kind.proper());
    if t.form == Form::Code {
        return Some(Strength::Sure);
    }
    if short_like {
        // As its owner writes it, or in capitals.
        let mut as_written = true;
        let mut capitals = true;
        for (i, (s, w)) in surface.iter().zip(&t.written).enumerate() {
            let s = if stripped_s && i + 1 == surface.len() {
                &s[..s.len() - 1]
            } else {
                s.as_str()
            };
            as_written &= s == &**w;
            capitals &= s == w.to_uppercase();
        }
        let letters: String = t
            .written
            .iter()
            .flat_map(|w| w.chars())
            .filter(|c| c.is_alphanumeric())
            .collect();
        let len = letters.chars().count();
        if !kind.proper() {
            // Terms such as "AI" or "5G" are what they are wherever they stand in capitals.
            return (as_written || capitals).then_some(Strength::Sure);
        }
        if len <= 2 && kind != MentionKind::Country {
            return None;
        }
        if !(as_written || capitals) {
            // A longer acronym written with only its first letter capitalised: "Optitec", but in
            // German, where every noun has its capital, "Impuls" may be the word.
            let title = surface.len() == 1
                && len >= 5
                && t.written[0].chars().any(char::is_uppercase)
                && surface[0].chars().next().is_some_and(char::is_uppercase)
                && surface[0].chars().skip(1).all(|c| !c.is_uppercase());
            let common = COMMON_WORDS.has(&span[0].folded);
            return title.then_some(if german || common {
                Strength::Word
            } else {
                Strength::Title
            });
        }
        let inner_capital = letters.chars().skip(1).any(char::is_uppercase) && letters.chars().any(char::is_lowercase);
        let acronym = letters.chars().all(|c| !c.is_lowercase());
        return Some(
            if (inner_capital || acronym) && len >= 4 || span.len() > 1 && !acronym {
                Strength::Sure
            } else if acronym || inner_capital {
                Strength::Acronym
            } else if !COMMON_WORDS.has(&span[0].folded) {
                // A one-word name as its owner writes it: "Fraunhofer", "ecoplus".
                Strength::Sure
            } else {
                Strength::Word
            },
        );
    }
    if kind.proper() && !capitalised_as_written(t, &surface) {
        return None;
    }
    Some(Strength::Sure)
}

/// Whether the words of a proper name have their capitals where its owner writes them ("Danish
/// Defence Cluster", not "Danish defence cluster"); a name written all in capitals, as CORDIS
/// does, asks only for the first.
fn capitalised_as_written(t: &Terminal, surface: &[String]) -> bool {
    let initial_upper = |w: &str| w.chars().next().is_some_and(|c| !c.is_lowercase());
    if !initial_upper(&surface[0]) {
        return false;
    }
    if t.written.iter().all(|w| w.chars().all(|c| !c.is_lowercase())) {
        return true;
    }
    t.written
        .iter()
        .zip(surface)
        .all(|(w, s)| !initial_upper(w) || initial_upper(s))
}

/// Whether the words around a match are capitals too, as in a headline, where case says nothing.
fn headline(ws: &[Word<'_>], first: usize, last: usize) -> bool {
    let capitals =
        |w: &Word<'_>| w.original.chars().any(char::is_alphabetic) && w.original.chars().all(|c| !c.is_lowercase());
    let before = ws[first.saturating_sub(2)..first]
        .iter()
        .filter(|w| capitals(w))
        .count();
    let after = ws[(last + 1).min(ws.len())..(last + 3).min(ws.len())]
        .iter()
        .filter(|w| capitals(w))
        .count();
    before + after >= 2
}

fn near(ws: &[Word<'_>], f: &Found, keywords: &Folded, distance: usize) -> bool {
    let from = f.first.saturating_sub(distance);
    let to = (f.last + 1 + distance).min(ws.len());
    ws[from..to].iter().any(|w| keywords.has(&w.folded))
}

/// Connectors that join two names as well as words of one.
const AND: &[&str] = &["and", "und", "et", "og", "&"];

/// Words that start a sentence before a name ("When Nordpack ApS …", "Das Deutsche Zentrum …").
const LEADING: &[&str] = &[
    "a", "an", "the", "when", "with", "as", "at", "for", "from", "by", "to", "in", "and", "das", "der", "die", "des",
    "dem", "den", "ein", "eine", "einer", "mit", "bei", "le", "la", "les", "l", "un", "une", "avec", "pour", "et",
    "det", "en", "et", "med", "og", "i", "hos", "ogsa", "auch", "aussi", "also",
];

/// Runs of capitalised words ending in (or starting with) a word such as "Cluster", "GmbH",
/// "Institut" or "Kommission" that matched nothing known: organisations a moderator may want in
/// the directory. Places may be inside ("Handwerkskammer Dresden"); `taken` marks the words of
/// other mentions.
fn candidates(ws: &[Word<'_>], text: &str, taken: &[bool]) -> Vec<Candidate> {
    let capitalised = |w: &Word<'_>| {
        w.original
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
    };
    // "Handwerkskammer", "Photonik-Netzwerk": German compounds end in the head word.
    let head = |w: &Word<'_>| {
        HEADS.has(&w.folded)
            || ORGANISATION_HEADS
                .iter()
                .any(|h| h.len() >= 6 && w.folded.len() > h.len() + 3 && w.folded.ends_with(h))
    };
    let mut out: Vec<Candidate> = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        if taken[i] || !capitalised(&ws[i]) {
            i += 1;
            continue;
        }
        // A run of capitalised words, with connectors inside, on one line of text.
        let mut j = i;
        let mut end = i;
        while j + 1 < ws.len() && ws[j + 1].gap_before == Gap::Soft && !taken[j + 1] && j + 1 - i < 10 {
            let w = &ws[j + 1];
            if capitalised(w) {
                j += 1;
                end = j;
            } else if CONNECTOR_WORDS.has(&w.folded) {
                // "… Ministeriet og Danmarks …": "and" after a complete name starts another.
                if AND_WORDS.has(&w.folded) && head(&ws[j]) && end == j {
                    break;
                }
                j += 1;
            } else {
                break;
            }
        }
        let mut first = i;
        while first < end && LEADING_WORDS.has(&ws[first].folded) {
            first += 1;
        }
        let run = &ws[first..=end];
        // The head ends the name ("Danish Life Science Cluster", "Nordpack ApS") or starts it
        // ("Handwerkskammer Dresden", "Ministry of Defence"), and something besides heads and
        // connectors names it.
        let headed = run.len() >= 2
            && (head(&run[run.len() - 1]) || head(&run[0]))
            && run.iter().any(|w| !head(w) && !CONNECTOR_WORDS.has(&w.folded));
        if headed {
            let name = text[run[0].start..run[run.len() - 1].end].to_owned();
            if !out.iter().any(|c| fold(&c.name) == fold(&name)) {
                out.push(Candidate {
                    name,
                    start: run[0].start,
                    end: run[run.len() - 1].end,
                });
            }
        }
        i = end + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(key: &str, name: &str, short: Option<&str>, country: &str) -> Entity {
        let mut names = vec![Name::new(name, Form::Name)];
        if let Some(s) = short {
            names.push(Name::new(s, Form::Short));
        }
        Entity {
            kind: MentionKind::Organisation,
            key: key.into(),
            country: Some(country.into()),
            city: None,
            names,
        }
    }

    fn country(code: &str, names: &[(&str, &str)]) -> Entity {
        Entity {
            kind: MentionKind::Country,
            key: code.into(),
            country: None,
            city: None,
            names: names
                .iter()
                .map(|(l, n)| Name::in_language(*n, Form::Name, l))
                .collect(),
        }
    }

    fn gazetteer() -> Gazetteer {
        Gazetteer::new([
            org("censec", "Center for Defence, Space & Security", Some("CenSec"), "DK"),
            org("optitec", "Pôle Optitec", Some("OPTITEC"), "FR"),
            org("silicon-saxony", "Silicon Saxony", None, "DE"),
            org("move-fr", "Move Mobility", Some("Move"), "FR"),
            org("ami-fr", "Association Mécanique Industrie", Some("AMI"), "FR"),
            org("ami-es", "Asociación de Movilidad Inteligente", Some("AMI"), "ES"),
            country("DK", &[("en", "Denmark"), ("da", "Danmark"), ("de", "Dänemark")]),
            country("FR", &[("en", "France"), ("de", "Frankreich")]),
            country(
                "AE",
                &[("en", "United Arab Emirates"), ("da", "De Forenede Arabiske Emirater")],
            ),
            Entity {
                kind: MentionKind::Technology,
                key: "ket-photonics".into(),
                country: None,
                city: None,
                names: vec![Name::new("photonics", Form::Name), Name::new("Photonik", Form::Name)],
            },
            Entity {
                kind: MentionKind::Call,
                key: "HORIZON-CL4-2024-DIGITAL-EMERGING-01-01".into(),
                country: None,
                city: None,
                names: vec![Name::new("HORIZON-CL4-2024-DIGITAL-EMERGING-01-01", Form::Code)],
            },
        ])
    }

    fn keys(text: &str, language: &str) -> Vec<String> {
        gazetteer()
            .recognise(
                text,
                &Context {
                    language: language.into(),
                    countries: vec![],
                },
            )
            .entities()
            .into_iter()
            .map(|(k, key)| format!("{}:{key}", k.as_str()))
            .collect()
    }

    #[test]
    fn names_short_names_and_possessives() {
        assert_eq!(
            keys(
                "CenSec's members met Pole Optitec and the Silicon-Saxony-Mitglieder.",
                "en"
            ),
            [
                "organisation:censec",
                "organisation:optitec",
                "organisation:silicon-saxony"
            ]
        );
        assert_eq!(
            keys("CenSecs medlemmer i Danmark", "da"),
            ["organisation:censec", "country:DK"]
        );
        assert_eq!(
            keys("censec and optitec in lower case are not names", "en"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn the_longest_name_wins_and_countries_follow_the_language() {
        assert_eq!(
            keys("Missionen går til De Forenede Arabiske Emirater.", "da"),
            ["country:AE"]
        );
        assert_eq!(keys("Danmark", "en"), Vec::<String>::new());
        assert_eq!(keys("Denmark and Frankreich", "de"), ["country:DK", "country:FR"]);
    }

    #[test]
    fn doubtful_short_names_need_support() {
        // A common word, capitalised at the start of a sentence.
        assert_eq!(keys("Move fast. We move on.", "en"), Vec::<String>::new());
        // A shared acronym: the country decides, and without one nothing is linked.
        assert_eq!(
            keys("AMI hosted the meeting in France.", "en"),
            ["organisation:ami-fr", "country:FR"]
        );
        assert_eq!(keys("AMI hosted the meeting.", "en"), Vec::<String>::new());
        let g = gazetteer();
        let r = g.recognise(
            "AMI hosted the meeting.",
            &Context {
                language: "en".into(),
                countries: vec!["ES".into()],
            },
        );
        assert_eq!(r.entities(), [(MentionKind::Organisation, "ami-es")]);
    }

    #[test]
    fn technologies_any_case_codes_any_case_and_offsets() {
        let text = "Die Photonik und photonics; call horizon-cl4-2024-digital-emerging-01-01.";
        let g = gazetteer();
        let r = g.recognise(
            text,
            &Context {
                language: "de".into(),
                countries: vec![],
            },
        );
        assert_eq!(r.mentions.len(), 3);
        assert_eq!(&text[r.mentions[0].start..r.mentions[0].end], "Photonik");
        assert_eq!(r.mentions[2].kind, MentionKind::Call);
    }

    #[test]
    fn names_do_not_run_across_punctuation() {
        assert_eq!(keys("Silicon. Saxony", "en"), Vec::<String>::new());
        assert_eq!(
            keys("Center for Defence, Space & Security", "en"),
            ["organisation:censec"]
        );
        assert_eq!(keys("Center for Defence Space Security", "en"), Vec::<String>::new());
    }

    #[test]
    fn organisation_like_names_become_candidates() {
        let g = gazetteer();
        let r = g.recognise(
            "Together with the Estonian Defence Industry Association and CenSec, the Ministry of Defence of Canada…",
            &Context {
                language: "en".into(),
                countries: vec![],
            },
        );
        let names: Vec<_> = r.candidates.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names,
            ["Estonian Defence Industry Association", "Ministry of Defence of Canada"]
        );
    }

    #[test]
    fn hostile_text_is_bounded() {
        let text = "CenSec ".repeat(50_000);
        let r = gazetteer().recognise(&text, &Context::default());
        assert_eq!(r.mentions.len(), MAX_WORDS);
        let _ = gazetteer().recognise("\u{0}\u{202e}ü̈̈ 𝔘 ", &Context::default());
    }
}

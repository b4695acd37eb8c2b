//! The translation layer: Fluent bundles compiled into the binary, one per interface language
//! (each from one file per feature), and the choice of language for a request (the `lang`
//! cookie, else the account's language, else the browser's Accept-Language, else English).

use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// Interface languages, each complete (a test compares every file with English); a message
/// missing at run time falls back to English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    En,
    De,
    Fr,
    Da,
}

impl Locale {
    pub const ALL: &'static [Locale] = &[Locale::En, Locale::De, Locale::Fr, Locale::Da];

    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::De => "de",
            Locale::Fr => "fr",
            Locale::Da => "da",
        }
    }

    /// The language's own name, shown in the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::De => "Deutsch",
            Locale::Fr => "Français",
            Locale::Da => "Dansk",
        }
    }

    pub fn from_code(s: &str) -> Option<Locale> {
        let primary = s.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        Locale::ALL.iter().copied().find(|l| l.code() == primary)
    }

    /// Picks the best supported language from an Accept-Language header, by quality.
    pub fn from_accept_language(header: &str) -> Option<Locale> {
        let mut best: Option<(Locale, f32)> = None;
        for part in header.split(',').take(20) {
            let mut it = part.split(';');
            let tag = it.next().unwrap_or("").trim();
            let q = it
                .find_map(|p| p.trim().strip_prefix("q=").and_then(|v| v.parse::<f32>().ok()))
                .unwrap_or(1.0);
            if let Some(l) = Locale::from_code(tag) {
                if q > 0.0 && best.is_none_or(|(_, bq)| q > bq) {
                    best = Some((l, q));
                }
            }
        }
        best.map(|(l, _)| l)
    }
}

/// One translation file per feature (its pages, forms and mails), plus the country names; the
/// message ids are global, so a file only groups them.
macro_rules! sources {
    ($lang:literal) => {
        &[
            include_str!(concat!("../locales/", $lang, "/frame.ftl")),
            include_str!(concat!("../locales/", $lang, "/account.ftl")),
            include_str!(concat!("../locales/", $lang, "/organisations.ftl")),
            include_str!(concat!("../locales/", $lang, "/projects.ftl")),
            include_str!(concat!("../locales/", $lang, "/search.ftl")),
            include_str!(concat!("../locales/", $lang, "/opportunities.ftl")),
            include_str!(concat!("../locales/", $lang, "/events.ftl")),
            include_str!(concat!("../locales/", $lang, "/funding.ftl")),
            include_str!(concat!("../locales/", $lang, "/programmes.ftl")),
            include_str!(concat!("../locales/", $lang, "/taxonomies.ftl")),
            include_str!(concat!("../locales/", $lang, "/news.ftl")),
            include_str!(concat!("../locales/", $lang, "/countries.ftl")),
            include_str!(concat!("../locales/", $lang, "/mentions.ftl")),
            include_str!(concat!("../locales/", $lang, "/following.ftl")),
            include_str!(concat!("../locales/", $lang, "/services.ftl")),
            include_str!(concat!("../locales/", $lang, "/maps.ftl")),
            include_str!(concat!("../locales/", $lang, "/b2b_followup.ftl")),
            include_str!(concat!("../locales/", $lang, "/b2b-preferences.ftl")),
            include_str!(concat!("../locales/", $lang, "/b2b_attendance.ftl")),
            include_str!(concat!("../locales/", $lang, "/b2b_stewards.ftl")),
        ]
    };
}

const SOURCES: &[(Locale, &[&str])] = &[
    (Locale::En, sources!("en")),
    (Locale::De, sources!("de")),
    (Locale::Fr, sources!("fr")),
    (Locale::Da, sources!("da")),
];

static BUNDLES: LazyLock<HashMap<Locale, FluentBundle<FluentResource>>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .map(|(locale, sources)| {
            let id: LanguageIdentifier = locale.code().parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Numbers are inserted as given; Unicode isolation marks would show up in attributes.
            bundle.set_use_isolating(false);
            for src in *sources {
                match FluentResource::try_new((*src).to_owned()) {
                    Ok(res) => {
                        if let Err(errs) = bundle.add_resource(res) {
                            tracing::error!(locale = locale.code(), ?errs, "duplicate translation messages");
                        }
                    }
                    Err((res, errs)) => {
                        tracing::error!(locale = locale.code(), ?errs, "translation file has syntax errors");
                        let _ = bundle.add_resource(res);
                    }
                }
            }
            (*locale, bundle)
        })
        .collect()
});

/// Every message without arguments, formatted once per language: most strings on a page are such
/// labels, and a lookup here costs far less than formatting them again on every request.
static PLAIN: LazyLock<HashMap<Locale, HashMap<String, String>>> = LazyLock::new(|| {
    Locale::ALL
        .iter()
        .map(|l| {
            let mut map = HashMap::new();
            if let Some(bundle) = BUNDLES.get(l) {
                for id in message_ids(*l) {
                    if let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) {
                        let mut errors = vec![];
                        let text = bundle.format_pattern(pattern, None, &mut errors);
                        // Messages that need arguments report errors without them; they are formatted per call.
                        if errors.is_empty() {
                            map.insert(id, text.into_owned());
                        }
                    }
                }
            }
            (*l, map)
        })
        .collect()
});

/// The names of every value of the directory's enumerations in one language, by position, so a
/// page full of them needs neither formatting nor hashing.
pub struct Labels {
    kinds: Vec<&'static str>,
    ecosystems: Vec<&'static str>,
    technologies: Vec<&'static str>,
    critical: Vec<&'static str>,
    cluster_labels: Vec<&'static str>,
    nace: Vec<&'static str>,
    sorts: Vec<&'static str>,
}

fn position<T: PartialEq>(all: &[T], v: &T) -> usize {
    all.iter().position(|x| x == v).unwrap_or(0)
}

impl Labels {
    pub fn of(locale: Locale) -> &'static Labels {
        use domain::taxonomy::Taxonomy;
        static ALL: LazyLock<HashMap<Locale, Labels>> = LazyLock::new(|| {
            Locale::ALL
                .iter()
                .map(|l| {
                    let tr = Tr::new(*l);
                    let labels = Labels {
                        kinds: domain::OrganisationType::ALL
                            .iter()
                            .map(|v| tr.label(&v.message_id()))
                            .collect(),
                        ecosystems: domain::Ecosystem::ALL
                            .iter()
                            .map(|v| tr.label(&v.message_id()))
                            .collect(),
                        technologies: domain::KeyEnablingTechnology::ALL
                            .iter()
                            .map(|v| tr.label(&v.message_id()))
                            .collect(),
                        critical: domain::CriticalTechnology::ALL
                            .iter()
                            .map(|v| tr.label(&v.message_id()))
                            .collect(),
                        cluster_labels: domain::ClusterLabel::ALL
                            .iter()
                            .map(|v| tr.label(&v.message_id()))
                            .collect(),
                        nace: domain::NaceSection::all().map(|v| tr.label(&v.message_id())).collect(),
                        sorts: domain::SortOrder::ALL
                            .iter()
                            .map(|v| tr.label(v.message_id()))
                            .collect(),
                    };
                    (*l, labels)
                })
                .collect()
        });
        &ALL[&locale]
    }

    pub fn kind(&self, v: domain::OrganisationType) -> &'static str {
        self.kinds[position(domain::OrganisationType::ALL, &v)]
    }

    pub fn ecosystem(&self, v: domain::Ecosystem) -> &'static str {
        use domain::taxonomy::Taxonomy;
        self.ecosystems[position(domain::Ecosystem::ALL, &v)]
    }

    pub fn technology(&self, v: domain::KeyEnablingTechnology) -> &'static str {
        use domain::taxonomy::Taxonomy;
        self.technologies[position(domain::KeyEnablingTechnology::ALL, &v)]
    }

    pub fn critical(&self, v: domain::CriticalTechnology) -> &'static str {
        use domain::taxonomy::Taxonomy;
        self.critical[position(domain::CriticalTechnology::ALL, &v)]
    }

    pub fn cluster_label(&self, v: domain::ClusterLabel) -> &'static str {
        self.cluster_labels[position(domain::ClusterLabel::ALL, &v)]
    }

    pub fn nace(&self, v: domain::NaceSection) -> &'static str {
        self.nace[(v.letter() as usize)
            .saturating_sub('A' as usize)
            .min(self.nace.len() - 1)]
    }

    pub fn sort(&self, v: domain::SortOrder) -> &'static str {
        self.sorts[position(domain::SortOrder::ALL, &v)]
    }
}

/// Every country as (code, name), sorted by name as readers of each language expect to find it.
/// Built once per language: the directory's country filter needs it on every page.
pub fn countries_by_name(locale: Locale) -> &'static [(String, String)] {
    static LISTS: LazyLock<HashMap<Locale, Vec<(String, String)>>> = LazyLock::new(|| {
        Locale::ALL
            .iter()
            .map(|l| {
                let tr = Tr::new(*l);
                let mut list: Vec<(String, String)> = domain::CountryCode::all()
                    .map(|c| (c.to_string(), tr.country(c.as_str())))
                    .collect();
                list.sort_by_cached_key(|(_, name)| domain::fold(name));
                (*l, list)
            })
            .collect()
    });
    LISTS.get(&locale).map(Vec::as_slice).unwrap_or_default()
}

/// The `<option>` elements of a country filter: the countries that occur in the listing
/// (`present`) first, then every other country, each group sorted by name in the reader's
/// language; `selected` marks the chosen ones. The list is the largest part of a filter page, so
/// it is built once per language and set of present countries, not per request.
pub fn country_filter_options(tr: &Tr, present: &[String], selected: &[&str]) -> String {
    type Built = HashMap<(Locale, String), std::sync::Arc<String>>;
    static BUILT: LazyLock<std::sync::Mutex<Built>> = LazyLock::new(Default::default);
    let key = (tr.locale, present.join(","));
    let cached = BUILT.lock().ok().and_then(|m| m.get(&key).cloned());
    let base = match cached {
        Some(html) => html,
        None => {
            let html = std::sync::Arc::new(build_country_options(tr, present));
            if let Ok(mut m) = BUILT.lock() {
                // The sets change rarely; a bound keeps a changing directory from growing it.
                if m.len() > 64 {
                    m.clear();
                }
                m.insert(key, html.clone());
            }
            html
        }
    };
    let mut html = base.as_str().to_owned();
    for code in selected
        .iter()
        .filter(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()))
    {
        html = html.replacen(&format!("value=\"{code}\">"), &format!("value=\"{code}\" selected>"), 1);
    }
    html
}

fn build_country_options(tr: &Tr, present: &[String]) -> String {
    let mut first = String::new();
    let mut rest = String::new();
    for (code, name) in countries_by_name(tr.locale) {
        let into = if present.iter().any(|c| c == code) {
            &mut first
        } else {
            &mut rest
        };
        // Codes are two ASCII letters; names need escaping.
        into.push_str(&format!("<option value=\"{code}\">{}</option>", escape_html(name)));
    }
    if first.is_empty() {
        return rest;
    }
    format!(
        "<optgroup label=\"{}\">{first}</optgroup><optgroup label=\"{}\">{rest}</optgroup>",
        escape_html(&tr.t("countries-present")),
        escape_html(&tr.t("countries-other")),
    )
}

fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The source text of message `id` in a language, for tests that look at its arguments.
pub fn message_source(locale: Locale, id: &str) -> Option<String> {
    for (l, sources) in SOURCES {
        if *l != locale {
            continue;
        }
        for src in *sources {
            let mut lines = src.lines().skip_while(|l| !l.starts_with(&format!("{id} =")));
            if let Some(first) = lines.next() {
                let mut text = first.to_owned();
                for l in lines.take_while(|l| l.is_empty() || l.starts_with(' ')) {
                    text.push('\n');
                    text.push_str(l);
                }
                return Some(text);
            }
        }
    }
    None
}

/// The message ids a language defines, for completeness tests.
pub fn message_ids(locale: Locale) -> Vec<String> {
    let mut ids = Vec::new();
    for (l, sources) in SOURCES {
        if *l != locale {
            continue;
        }
        for src in *sources {
            if let Ok(res) = FluentResource::try_new((*src).to_owned()) {
                for entry in res.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        ids.push(m.id.name.to_owned());
                    }
                }
            }
        }
    }
    ids
}

/// Translations for one request's language.
#[derive(Debug, Clone, Copy, Default)]
pub struct Tr {
    pub locale: Locale,
}

impl Tr {
    pub fn new(locale: Locale) -> Self {
        Self { locale }
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for locale in [self.locale, Locale::En] {
            let Some(bundle) = BUNDLES.get(&locale) else { continue };
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = vec![];
                let s = bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(id = ?id.chars().take(80).collect::<String>(), ?errors, "translation formatting error");
                }
                return s.into_owned();
            }
        }
        // Ids can carry a caller's text (`country-…`): logged bounded and escaped.
        tracing::warn!(id = ?id.chars().take(80).collect::<String>(), "missing translation");
        id.to_owned()
    }

    /// The message `id` in this language.
    pub fn t(&self, id: impl AsRef<str>) -> String {
        match self.plain(id.as_ref()) {
            Some(s) => s.to_owned(),
            None => self.format(id.as_ref(), None),
        }
    }

    /// A message without arguments, borrowed from the per-language table (falling back to
    /// English); `None` when the message needs arguments or does not exist.
    pub fn plain(&self, id: &str) -> Option<&'static str> {
        [self.locale, Locale::En]
            .iter()
            .find_map(|l| PLAIN.get(l).and_then(|m| m.get(id)).map(String::as_str))
    }

    /// Like [`Tr::t`] for labels shown many times on a page; borrowed, so nothing is allocated.
    pub fn label(&self, id: &str) -> &'static str {
        self.plain(id).unwrap_or("")
    }

    /// The message `id` with named arguments.
    pub fn tn(&self, id: &str, args: Vec<(&str, Arg)>) -> String {
        let mut a = FluentArgs::new();
        for (name, value) in args {
            a.set(name.to_owned(), value.0);
        }
        self.format(id, Some(&a))
    }

    /// The message `id` with one named argument.
    pub fn t1(&self, id: &str, name: &str, value: impl Into<Arg>) -> String {
        self.tn(id, vec![(name, value.into())])
    }

    /// The message `id` with two named arguments.
    pub fn t2(&self, id: &str, n1: &str, v1: impl Into<Arg>, n2: &str, v2: impl Into<Arg>) -> String {
        self.tn(id, vec![(n1, v1.into()), (n2, v2.into())])
    }

    /// A country's name in this language.
    pub fn country(&self, code: impl AsRef<str>) -> String {
        self.t(format!("country-{}", code.as_ref()))
    }

    /// The thousands separator of this language (French uses a narrow no-break space).
    fn thousands(&self) -> char {
        match self.locale {
            Locale::En => ',',
            Locale::De | Locale::Da => '.',
            Locale::Fr => '\u{202f}',
        }
    }

    /// A whole number with this language's thousands separator.
    pub fn number(&self, n: i64) -> String {
        group(n.unsigned_abs(), self.thousands(), if n < 0 { "-" } else { "" })
    }

    /// Euro cents as "€1,496,205.00" (en), "1.496.205,00 €" (de, da), "1 496 205,00 €" (fr).
    pub fn money(&self, cents: &domain::Cents) -> String {
        let c = cents.0;
        let sign = if c < 0 { "-" } else { "" };
        let (whole, frac) = (c.unsigned_abs() / 100, c.unsigned_abs() % 100);
        let whole = group(whole, self.thousands(), sign);
        // Whole euros (budgets, grants) read better without ",00"; cents are shown when there are any.
        match (self.locale, frac) {
            (Locale::En, 0) => format!("€{whole}"),
            (Locale::En, _) => format!("€{whole}.{frac:02}"),
            (_, 0) => format!("{whole}\u{a0}€"),
            (_, _) => format!("{whole},{frac:02}\u{a0}€"),
        }
    }
}

fn group(n: u64, sep: char, sign: &str) -> String {
    let digits = n.to_string();
    let mut out = String::from(sign);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// A value for a message argument.
pub struct Arg(FluentValue<'static>);

impl From<i64> for Arg {
    fn from(v: i64) -> Self {
        Arg(FluentValue::from(v))
    }
}
impl From<u32> for Arg {
    fn from(v: u32) -> Self {
        Arg(FluentValue::from(v))
    }
}
impl From<usize> for Arg {
    fn from(v: usize) -> Self {
        Arg(FluentValue::from(v))
    }
}
impl From<&usize> for Arg {
    fn from(v: &usize) -> Self {
        Arg(FluentValue::from(*v))
    }
}
impl From<u8> for Arg {
    fn from(v: u8) -> Self {
        Arg(FluentValue::from(v))
    }
}
impl From<i32> for Arg {
    fn from(v: i32) -> Self {
        Arg(FluentValue::from(v))
    }
}
impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg(FluentValue::from(v))
    }
}
impl From<&String> for Arg {
    fn from(v: &String) -> Self {
        Arg(FluentValue::from(v.clone()))
    }
}
impl From<&i64> for Arg {
    fn from(v: &i64) -> Self {
        Arg(FluentValue::from(*v))
    }
}
impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg(FluentValue::from(v.to_owned()))
    }
}

impl Locale {
    /// The language search analyses this reader's queries in.
    pub fn search_lang(self) -> search::Lang {
        match self {
            Locale::En => search::Lang::En,
            Locale::De => search::Lang::De,
            Locale::Fr => search::Lang::Fr,
            Locale::Da => search::Lang::Da,
        }
    }
}

/// The interface's translations as search vocabulary: a profile tagged "semiconductors" is also
/// found as "Halbleiter", "semi-conducteurs" and "halvledere", and a country by its name in each
/// interface language.
pub struct SearchVocabulary;

impl search::Vocabulary for SearchVocabulary {
    fn names(&self, message_id: &str) -> Vec<(search::Lang, String)> {
        Locale::ALL
            .iter()
            .filter_map(|l| {
                PLAIN
                    .get(l)
                    .and_then(|m| m.get(message_id))
                    .map(|s| (l.search_lang(), s.clone()))
            })
            .collect()
    }

    fn country_names(&self, code: &str) -> Vec<(search::Lang, String)> {
        self.names(&format!("country-{code}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_best_supported() {
        assert_eq!(
            Locale::from_accept_language("de-DE,de;q=0.9,en;q=0.8"),
            Some(Locale::De)
        );
        assert_eq!(
            Locale::from_accept_language("fr-FR,fr;q=0.9,en;q=0.5,de;q=0.7"),
            Some(Locale::Fr)
        );
        assert_eq!(Locale::from_accept_language("pl,de;q=0.7,en;q=0.5"), Some(Locale::De));
        assert_eq!(Locale::from_accept_language("da"), Some(Locale::Da));
        assert_eq!(Locale::from_accept_language("it-IT,fr;q=0.4"), Some(Locale::Fr));
        assert_eq!(Locale::from_accept_language("it"), None);
        assert_eq!(Locale::from_accept_language(";;;,q=,"), None);
    }

    #[test]
    fn numbers_and_money_follow_the_language() {
        let en = Tr::new(Locale::En);
        let de = Tr::new(Locale::De);
        assert_eq!(en.number(1234567), "1,234,567");
        assert_eq!(de.number(1234567), "1.234.567");
        assert_eq!(en.money(&domain::Cents(149_620_575)), "€1,496,205.75");
        assert_eq!(de.money(&domain::Cents(8_247_875)), "82.478,75\u{a0}€");
        assert_eq!(
            Tr::new(Locale::Fr).money(&domain::Cents(149_620_500)),
            "1\u{202f}496\u{202f}205\u{a0}€"
        );
        assert_eq!(Tr::new(Locale::Da).country("DE"), "Tyskland");
        assert_eq!(de.country("DE"), "Deutschland");
    }

    #[test]
    fn every_enumeration_value_has_a_label() {
        for l in Locale::ALL {
            let labels = Labels::of(*l);
            for list in [
                &labels.kinds,
                &labels.ecosystems,
                &labels.technologies,
                &labels.critical,
                &labels.cluster_labels,
                &labels.nace,
                &labels.sorts,
            ] {
                assert!(list.iter().all(|s| !s.is_empty()), "{l:?}: {list:?}");
            }
        }
        assert_eq!(
            Labels::of(Locale::De).nace(domain::NaceSection::parse("C").unwrap()),
            "C – Verarbeitendes Gewerbe"
        );
    }

    #[test]
    fn country_options_mark_the_selection() {
        let html = country_filter_options(&Tr::new(Locale::De), &[], &["DK"]);
        assert!(html.contains(r#"<option value="DK" selected>Dänemark</option>"#));
        assert_eq!(html.matches("selected").count(), 1);
        assert!(!country_filter_options(&Tr::default(), &[], &["\"><script>"]).contains("<script>"));
        assert_eq!(
            country_filter_options(&Tr::default(), &[], &[])
                .matches("<option")
                .count(),
            250
        );
        let present = country_filter_options(&Tr::default(), &["DK".into(), "DE".into()], &["DE"]);
        assert!(present.starts_with("<optgroup label=\"Countries listed here\"><option value=\"DK\">Denmark</option><option value=\"DE\" selected>Germany"), "{present}");
        assert_eq!(present.matches("<option").count(), 250, "each country once");
    }

    #[test]
    fn every_translation_file_is_loaded_and_each_language_has_the_same_files() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let files = |l: &str| {
            let mut names: Vec<String> = std::fs::read_dir(dir.join(l))
                .expect("locale folder")
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|n| n.ends_with(".ftl"))
                .collect();
            names.sort();
            names
        };
        let en = files("en");
        for (locale, sources) in SOURCES {
            assert_eq!(files(locale.code()), en, "{locale:?} has other files than English");
            assert_eq!(
                sources.len(),
                en.len(),
                "{locale:?}: a file in the folder is not loaded"
            );
        }
    }

    #[test]
    fn no_message_is_defined_twice() {
        for l in Locale::ALL {
            let mut ids = message_ids(*l);
            ids.sort();
            let twice: Vec<_> = ids.windows(2).filter(|w| w[0] == w[1]).map(|w| &w[0]).collect();
            assert!(twice.is_empty(), "{l:?} defines these more than once: {twice:?}");
        }
    }

    #[test]
    fn every_language_defines_the_same_messages_as_english() {
        let mut en = message_ids(Locale::En);
        en.sort();
        for l in &Locale::ALL[1..] {
            let mut other = message_ids(*l);
            other.sort();
            let missing: Vec<_> = en.iter().filter(|id| other.binary_search(id).is_err()).collect();
            let extra: Vec<_> = other.iter().filter(|id| en.binary_search(id).is_err()).collect();
            assert!(missing.is_empty(), "missing in {l:?}: {missing:?}");
            assert!(extra.is_empty(), "only in {l:?}: {extra:?}");
        }
    }

    #[test]
    fn every_taxonomy_value_has_a_name() {
        use domain::taxonomy::Taxonomy;
        let en = message_ids(Locale::En);
        let mut wanted: Vec<String> = vec![];
        wanted.extend(domain::Ecosystem::ALL.iter().map(|v| v.message_id()));
        wanted.extend(domain::KeyEnablingTechnology::ALL.iter().map(|v| v.message_id()));
        wanted.extend(domain::CriticalTechnology::ALL.iter().map(|v| v.message_id()));
        wanted.extend(domain::OrganisationType::ALL.iter().map(|v| v.message_id()));
        wanted.extend(domain::OrganisationType::ALL.iter().map(|v| format!("type-plural-{v}")));
        wanted.extend(domain::ClusterLabel::ALL.iter().map(|v| v.message_id()));
        wanted.extend(domain::ParticipationRole::ALL.iter().map(|v| v.message_id()));
        wanted.extend(domain::SortOrder::ALL.iter().map(|v| v.message_id().to_owned()));
        wanted.extend(domain::NaceSection::all().map(|v| v.message_id()));
        wanted.extend(domain::CountryCode::all().map(|c| format!("country-{c}")));
        let missing: Vec<_> = wanted.iter().filter(|id| !en.contains(id)).collect();
        assert!(missing.is_empty(), "no translation for {missing:?}");
    }
}

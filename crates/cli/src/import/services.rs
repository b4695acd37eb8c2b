//! `clusterhub import services FILE.csv|FILE.json`: a technology centre's or a network's whole
//! catalogue of technology services, each row naming the centre that offers it by its directory
//! slug (`organisation`).
//!
//! JSON is an array of objects with the fields of [`ServiceInput`] plus `organisation`; texts
//! per language under `texts` (`{"de": {"name": …, "description": …}}`), lists as arrays, and
//! numbers and prices as JSON numbers or strings. CSV has a header row: `organisation`, `name`
//! and `description` (in the row's `language`), `name_xx`/`description_xx` for translations,
//! list cells separated by `;` or `|`, and the scalar columns. A column or field the format does
//! not know refuses the file, naming it: a misspelt column would otherwise lose its data quietly.
//!
//! Every row is checked by the domain's rules; besides, its organisation must be in the directory
//! and of a kind that offers services, the voucher programmes it names must exist and be voucher
//! programmes, and a reference appears once per organisation. Re-importing replaces services by
//! the centre's own reference (keeping their state); rows without a reference are added anew
//! each time. New services are published at once: the operator who runs the import vouches for
//! the catalogue, as a moderator would.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::time::Instant;

use domain::service::{may_offer, ServiceDraft, ServiceInput, ServiceState, ServiceTextInput};
use domain::LanguageCode;
use serde_json::Value;
use store::Store;

use super::table::Table;
use super::{read_file, ImportError, RowError, Summary};

/// More rows than any catalogue has; a bigger file is a mistake (or an export of something
/// else), and is refused before it fills memory with errors.
pub const MAX_ROWS: usize = 100_000;
/// Files larger than this are refused unread.
const MAX_FILE: u64 = 256 * 1024 * 1024;
/// The longest value a cell or field may hold: above the domain's longest text (a description
/// of 6,000 characters), so the domain's own limits speak first, and far below what would make
/// the error report unreadable.
const MAX_CELL: usize = 10_000;
/// The most entries a list may hold (the domain allows far fewer of most; this keeps one bad
/// cell from producing thousands of messages).
const MAX_LIST: usize = 100;

/// Columns a CSV file must have: without them no row can be valid.
const REQUIRED_COLUMNS: [&str; 6] = ["organisation", "kind", "name", "description", "price_model", "delivery"];

/// What is wrong with a row, each problem with the field it concerns (named as the domain names
/// it, so that the domain's own check of that field is not reported a second time; empty for
/// the row as a whole).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Problems(pub Vec<(String, String)>);

impl Problems {
    fn push(&mut self, field: &str, message: impl Into<String>) {
        self.0.push((field.to_owned(), message.into()));
    }

    fn names(&self, field: &str) -> bool {
        self.0.iter().any(|(f, _)| f == field)
    }

    /// "field: message; field: message", as the report shows them.
    pub fn text(&self) -> String {
        self.0
            .iter()
            .map(|(f, m)| if f.is_empty() { m.clone() } else { format!("{f}: {m}") })
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// A row as read.
#[derive(Debug, Clone, PartialEq)]
pub struct Read {
    /// The slug of the organisation that offers it.
    pub organisation: String,
    /// The service's fields; none when the row is not a record at all (a JSON item that is not
    /// an object, a CSV line with too few fields).
    pub input: Option<ServiceInput>,
    pub problems: Problems,
}

impl Read {
    fn broken(message: impl Into<String>) -> Self {
        let mut problems = Problems::default();
        problems.push("", message);
        Read {
            organisation: String::new(),
            input: None,
            problems,
        }
    }
}

/// A row with its location ("line 7", "item 3").
pub type ReadRow = (String, Read);

/// Where a field of a record goes in the input.
enum Slot<'a> {
    Text(&'a mut String),
    List(&'a mut Vec<String>),
}

/// The scalar and list fields a record may give, besides `organisation`, `reference` and the texts.
fn slot<'a>(i: &'a mut ServiceInput, field: &str) -> Option<Slot<'a>> {
    Some(match field {
        "kind" => Slot::Text(&mut i.kind),
        "language" => Slot::Text(&mut i.language),
        "trl_from" => Slot::Text(&mut i.trl_from),
        "trl_to" => Slot::Text(&mut i.trl_to),
        "equipment" => Slot::Text(&mut i.equipment),
        "price_model" => Slot::Text(&mut i.price_model),
        "price" => Slot::Text(&mut i.price),
        "lead_time_days" => Slot::Text(&mut i.lead_time_days),
        "answer_days" => Slot::Text(&mut i.answer_days),
        "technologies" => Slot::List(&mut i.technologies),
        "critical_technologies" => Slot::List(&mut i.critical_technologies),
        "ecosystems" => Slot::List(&mut i.ecosystems),
        "accreditations" => Slot::List(&mut i.accreditations),
        "programmes" => Slot::List(&mut i.programmes),
        "languages" => Slot::List(&mut i.languages),
        "delivery" => Slot::List(&mut i.delivery),
        "countries" => Slot::List(&mut i.countries),
        "regions" => Slot::List(&mut i.regions),
        _ => return None,
    })
}

const FIELDS: &str = "organisation, reference, kind, language, texts, technologies, critical_technologies, \
     ecosystems, trl_from, trl_to, equipment, accreditations, price_model, price, programmes, lead_time_days, \
     answer_days, languages, delivery, countries, regions";

/// A value too long for any field is reported as such and not looked at further.
fn bounded(field: &str, s: String, problems: &mut Problems) -> String {
    let n = s.chars().count();
    if n > MAX_CELL {
        problems.push(field, format!("is {n} characters long; at most {MAX_CELL} are allowed"));
        String::new()
    } else {
        s
    }
}

/// A list cell: entries separated by `;` or `|`.
fn split_list(field: &str, s: &str, problems: &mut Problems) -> Vec<String> {
    let items: Vec<String> = s
        .split([';', '|'])
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_owned)
        .collect();
    capped(field, items, problems)
}

fn capped(field: &str, items: Vec<String>, problems: &mut Problems) -> Vec<String> {
    if items.len() > MAX_LIST {
        problems.push(
            field,
            format!("names {} entries; at most {MAX_LIST} are read", items.len()),
        );
        Vec::new()
    } else {
        items
    }
}

/// Reads the catalogue: JSON by the extension `.json` or, without a known extension, when the
/// text starts with `[` or `{`; CSV otherwise.
pub fn read(path: &Path) -> Result<Vec<ReadRow>, ImportError> {
    let file = path.display().to_string();
    let unreadable = |message: String| ImportError::Unreadable {
        file: file.clone(),
        message,
    };
    let size = std::fs::metadata(path).map_err(|e| unreadable(e.to_string()))?.len();
    if size > MAX_FILE {
        return Err(unreadable(format!(
            "is {size} bytes; a catalogue of services is at most {MAX_FILE}"
        )));
    }
    let text = read_file(path)?;
    let extension = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    let json = match extension.as_deref() {
        Some("json") => true,
        Some("csv") => false,
        _ => text.trim_start().starts_with(['[', '{']),
    };
    if json {
        read_json(&text, &file)
    } else {
        read_csv(&text, &file)
    }
}

fn too_many(file: &str) -> ImportError {
    ImportError::Unreadable {
        file: file.to_owned(),
        message: format!("holds more than {MAX_ROWS} services; split it into several files"),
    }
}

fn read_json(text: &str, file: &str) -> Result<Vec<ReadRow>, ImportError> {
    let unreadable = |message: String| ImportError::Unreadable {
        file: file.to_owned(),
        message,
    };
    let value: Value = serde_json::from_str(text).map_err(|e| unreadable(format!("is not valid JSON: {e}")))?;
    let Value::Array(items) = value else {
        return Err(unreadable(format!(
            "holds {}, not an array: a catalogue is a JSON array of services, [{{\"organisation\": …, \"kind\": …}}, …]",
            json_kind(&value)
        )));
    };
    if items.len() > MAX_ROWS {
        return Err(too_many(file));
    }
    Ok(items
        .into_iter()
        .enumerate()
        .map(|(i, v)| (format!("item {}", i + 1), json_record(v)))
        .collect())
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// A JSON scalar as the text the domain reads: strings as they are, numbers as written, null as
/// nothing.
fn json_text(field: &str, v: Value, problems: &mut Problems) -> String {
    match v {
        Value::String(s) => bounded(field, s, problems),
        Value::Number(n) => n.to_string(),
        Value::Null => String::new(),
        other => {
            problems.push(field, format!("expected text or a number, found {}", json_kind(&other)));
            String::new()
        }
    }
}

/// A JSON list: an array of strings or numbers; a string is read as a CSV cell would be.
fn json_list(field: &str, v: Value, problems: &mut Problems) -> Vec<String> {
    match v {
        Value::Array(items) => {
            if items.len() > MAX_LIST {
                problems.push(
                    field,
                    format!("names {} entries; at most {MAX_LIST} are read", items.len()),
                );
                return Vec::new();
            }
            items
                .into_iter()
                .map(|x| json_text(field, x, problems))
                .filter(|x| !x.trim().is_empty())
                .collect()
        }
        Value::String(s) => {
            let s = bounded(field, s, problems);
            split_list(field, &s, problems)
        }
        Value::Null => Vec::new(),
        other => {
            problems.push(field, format!("expected a list, found {}", json_kind(&other)));
            Vec::new()
        }
    }
}

fn json_record(v: Value) -> Read {
    let Value::Object(map) = v else {
        return Read::broken(format!(
            "is {}, not an object with the fields of a service",
            json_kind(&v)
        ));
    };
    let mut problems = Problems::default();
    let mut organisation = String::new();
    let mut input = ServiceInput::default();
    for (key, value) in map {
        match key.as_str() {
            "organisation" => organisation = json_text(&key, value, &mut problems),
            "reference" => input.reference = Some(json_text(&key, value, &mut problems)),
            "texts" => input.texts = json_texts(value, &mut problems),
            _ => match slot(&mut input, &key) {
                Some(Slot::Text(t)) => *t = json_text(&key, value, &mut problems),
                Some(Slot::List(l)) => *l = json_list(&key, value, &mut problems),
                None => problems.push(
                    &key.chars().take(60).collect::<String>(),
                    format!("is not a field of a service (they are: {FIELDS})"),
                ),
            },
        }
    }
    Read {
        organisation,
        input: Some(input),
        problems,
    }
}

fn json_texts(v: Value, problems: &mut Problems) -> BTreeMap<String, ServiceTextInput> {
    let mut out = BTreeMap::new();
    let map = match v {
        Value::Object(m) => m,
        Value::Null => return out,
        other => {
            problems.push(
                "texts",
                format!(
                    "expected an object of languages, {{\"de\": {{\"name\": …, \"description\": …}}}}, found {}",
                    json_kind(&other)
                ),
            );
            return out;
        }
    };
    for (lang, t) in map {
        let short: String = lang.chars().take(10).collect();
        let field = format!("texts.{short}");
        let Value::Object(fields) = t else {
            problems.push(&field, "expected {\"name\": …, \"description\": …}");
            continue;
        };
        let mut text = ServiceTextInput::default();
        for (key, value) in fields {
            // Named as the domain names them (name_de), which is also how CSV columns are named.
            match key.as_str() {
                "name" => text.name = json_text(&format!("name_{short}"), value, problems),
                "description" => text.description = json_text(&format!("description_{short}"), value, problems),
                other => problems.push(
                    &format!("{field}.{}", other.chars().take(60).collect::<String>()),
                    "is not a field of a text (they are: name, description)",
                ),
            }
        }
        out.insert(lang, text);
    }
    out
}

/// What a CSV column holds.
#[derive(Debug, Clone)]
enum Column {
    Organisation,
    Reference,
    /// The main text, in the row's language.
    Name,
    Description,
    NameIn(String),
    DescriptionIn(String),
    /// A scalar or list field of the input.
    Field(String),
}

fn column(header: &str) -> Result<Column, String> {
    let h = header.trim().to_ascii_lowercase();
    let translated = |rest: &str| -> Result<String, String> {
        LanguageCode::parse(rest)
            .map(|l| l.to_string())
            .map_err(|e| format!("the column \"{header}\" names a language that is not supported: {e}"))
    };
    Ok(match h.as_str() {
        "organisation" => Column::Organisation,
        "reference" => Column::Reference,
        "name" => Column::Name,
        "description" => Column::Description,
        _ => {
            if let Some(rest) = h.strip_prefix("name_") {
                Column::NameIn(translated(rest)?)
            } else if let Some(rest) = h.strip_prefix("description_") {
                Column::DescriptionIn(translated(rest)?)
            } else if slot(&mut ServiceInput::default(), &h).is_some() {
                Column::Field(h)
            } else {
                return Err(format!(
                    "the column \"{}\" is not a field of a service (the columns are organisation, reference, kind, \
                     language, name, description, name_xx and description_xx for other languages, technologies, \
                     critical_technologies, ecosystems, trl_from, trl_to, equipment, accreditations, price_model, \
                     price, programmes, lead_time_days, answer_days, languages, delivery, countries, regions)",
                    header.chars().take(60).collect::<String>()
                ));
            }
        }
    })
}

fn read_csv(text: &str, file: &str) -> Result<Vec<ReadRow>, ImportError> {
    let unreadable = |message: String| ImportError::Unreadable {
        file: file.to_owned(),
        message,
    };
    let table = Table::parse(text, file)?;
    let header = table.header();
    if header.is_empty() {
        return Err(unreadable(format!(
            "the file is empty; expected a header with the columns {} and others",
            REQUIRED_COLUMNS.join(", ")
        )));
    }
    let mut columns = Vec::with_capacity(header.len());
    for h in header {
        columns.push(column(h).map_err(&unreadable)?);
    }
    let mut seen = std::collections::HashSet::new();
    for h in header {
        if !seen.insert(h.to_ascii_lowercase()) {
            return Err(unreadable(format!("the column \"{h}\" appears twice")));
        }
    }
    if let Some(missing) = REQUIRED_COLUMNS.iter().find(|c| !seen.contains(**c)) {
        return Err(unreadable(format!(
            "the column \"{missing}\" is missing (every service needs {}); found the columns {}",
            REQUIRED_COLUMNS.join(", "),
            header.join(", ")
        )));
    }
    if table.is_empty() {
        return Err(unreadable(format!(
            "has a header but no rows; expected services under the columns {}",
            header.join(", ")
        )));
    }
    if table.len() > MAX_ROWS {
        return Err(too_many(file));
    }
    Ok(table
        .rows()
        .map(|r| match r {
            Ok(row) => (row.location(), csv_record(&columns, row.record())),
            Err(e) => (e.location, Read::broken(e.message)),
        })
        .collect())
}

fn csv_record(columns: &[Column], record: &csv::StringRecord) -> Read {
    let mut problems = Problems::default();
    let mut organisation = String::new();
    let mut input = ServiceInput::default();
    let (mut name, mut description) = (String::new(), String::new());
    let mut texts: BTreeMap<String, ServiceTextInput> = BTreeMap::new();
    // `name` and `description` are the main text, in the row's language (English unless it
    // says otherwise).
    let main = columns
        .iter()
        .zip(record.iter())
        .find(|(c, _)| matches!(c, Column::Field(f) if f == "language"))
        .map(|(_, v)| v.trim().to_ascii_lowercase())
        .filter(|l| !l.is_empty())
        .unwrap_or_else(|| "en".to_owned());
    for (c, cell) in columns.iter().zip(record.iter()) {
        let field = match c {
            Column::Organisation => "organisation".to_owned(),
            Column::Reference => "reference".to_owned(),
            Column::Name => format!("name_{main}"),
            Column::Description => format!("description_{main}"),
            Column::NameIn(l) => format!("name_{l}"),
            Column::DescriptionIn(l) => format!("description_{l}"),
            Column::Field(f) => f.clone(),
        };
        let value = bounded(&field, cell.trim().to_owned(), &mut problems);
        match c {
            Column::Organisation => organisation = value,
            Column::Reference => input.reference = Some(value),
            Column::Name => name = value,
            Column::Description => description = value,
            Column::NameIn(l) => texts.entry(l.clone()).or_default().name = value,
            Column::DescriptionIn(l) => texts.entry(l.clone()).or_default().description = value,
            Column::Field(f) => match slot(&mut input, f) {
                Some(Slot::Text(t)) => *t = value,
                Some(Slot::List(l)) => *l = split_list(f, &value, &mut problems),
                None => {}
            },
        }
    }
    // A `name_xx` column of the main language may repeat the main text, but must not say
    // something else.
    let entry = texts.entry(main.clone()).or_default();
    for (field, given, other) in [
        ("name", name, &mut entry.name),
        ("description", description, &mut entry.description),
    ] {
        if given.is_empty() {
            continue;
        }
        if !other.is_empty() && *other != given {
            problems.push(
                &format!("{field}_{main}"),
                format!("differs from {field}, which holds the main text in {main}; give it once"),
            );
        }
        *other = given;
    }
    input.texts = texts;
    Read {
        organisation,
        input: Some(input),
        problems,
    }
}

/// An organisation a row names, as far as the import needs it.
#[derive(Clone)]
enum Offerer {
    Offers(i64),
    Missing,
    /// Of a kind that does not offer services (its kind's name).
    Cannot(String),
}

/// Checks every row against the domain's rules and the database; gives the services to store
/// (organisation id and draft) and every bad row.
pub async fn check(
    store: &Store,
    rows: Vec<ReadRow>,
) -> Result<(Vec<(i64, ServiceDraft)>, Vec<RowError>), ImportError> {
    let mut organisations: HashMap<String, Offerer> = HashMap::new();
    let mut programmes: HashMap<i64, Option<String>> = HashMap::new();
    let mut references: HashMap<(String, String), String> = HashMap::new();
    let mut valid = Vec::new();
    let mut errors = Vec::new();
    for (location, read) in rows {
        let Read {
            organisation,
            input,
            mut problems,
        } = read;
        let Some(input) = input else {
            errors.push(RowError {
                location,
                message: problems.text(),
            });
            continue;
        };
        let slug = organisation.trim().to_ascii_lowercase();
        let offerer = if slug.is_empty() {
            if !problems.names("organisation") {
                problems.push(
                    "organisation",
                    "is required (the directory slug of the centre that offers it)",
                );
            }
            None
        } else {
            if !organisations.contains_key(&slug) {
                let found = match store.organisation_by_slug(&slug).await? {
                    None => Offerer::Missing,
                    Some(o) if may_offer(Some(o.profile.kind)) => Offerer::Offers(o.id),
                    Some(o) => Offerer::Cannot(o.profile.kind.to_string()),
                };
                organisations.insert(slug.clone(), found);
            }
            match &organisations[&slug] {
                Offerer::Offers(id) => Some(*id),
                Offerer::Missing => {
                    problems.push(
                        "organisation",
                        format!(
                            "there is no organisation \"{}\" in the directory",
                            slug.chars().take(80).collect::<String>()
                        ),
                    );
                    None
                }
                Offerer::Cannot(kind) => {
                    problems.push(
                        "organisation",
                        format!(
                            "\"{slug}\" is a {kind}; services are offered by technology centres, research and \
                             education organisations and support networks"
                        ),
                    );
                    None
                }
            }
        };
        if let Some(r) = input.reference.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
            if let Some(first) = references.get(&(slug.clone(), r.to_owned())) {
                problems.push(
                    "reference",
                    format!(
                        "\"{}\" of {slug} appears again (first at {first})",
                        r.chars().take(80).collect::<String>()
                    ),
                );
            } else {
                references.insert((slug.clone(), r.to_owned()), location.clone());
            }
        }
        let draft = match input.validate() {
            Ok(d) => Some(d),
            Err(v) => {
                for f in v.0 {
                    if !problems.names(&f.field) {
                        problems.push(&f.field, f.message);
                    }
                }
                None
            }
        };
        for id in draft.iter().flat_map(|d| &d.programmes) {
            if !programmes.contains_key(id) {
                let refusal = match store.programme(*id).await? {
                    None => Some(format!("there is no programme {id}")),
                    Some(p) if !p.draft.voucher => {
                        Some(format!("{id} (\"{}\") is not a voucher programme", p.draft.title))
                    }
                    Some(_) => None,
                };
                programmes.insert(*id, refusal);
            }
            if let Some(refusal) = &programmes[id] {
                problems.push("programmes", refusal.clone());
            }
        }
        match (offerer, draft) {
            (Some(id), Some(d)) if problems.0.is_empty() => valid.push((id, d)),
            _ => errors.push(RowError {
                location,
                message: problems.text(),
            }),
        }
    }
    Ok((valid, errors))
}

pub async fn run(store: &Store, path: &Path, skip_invalid: bool) -> Result<Summary, ImportError> {
    let started = Instant::now();
    let (services, errors) = check(store, read(path)?).await?;
    let errors = ImportError::unless_skipping(path, errors, skip_invalid)?;
    let counts = store.import_services(&services, ServiceState::Published).await?;
    Ok(Summary {
        services_created: counts.created,
        services_updated: counts.updated,
        skipped: errors,
        elapsed: started.elapsed(),
        ..Summary::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows_of(name: &str, content: &str) -> Vec<ReadRow> {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(name);
        std::fs::write(&path, content).expect("write");
        read(&path).expect("readable")
    }

    fn problems(rows: &[ReadRow]) -> Vec<String> {
        rows.iter()
            .filter(|(_, r)| !r.problems.0.is_empty())
            .map(|(l, r)| format!("{l}: {}", r.problems.text()))
            .collect()
    }

    #[test]
    fn csv_rows_carry_their_texts_lists_and_lines() {
        let rows = rows_of(
            "catalogue.csv",
            "organisation,reference,kind,language,name,description,name_en,description_en,technologies,delivery,price_model,price\n\
             fraunhofer-x,EMV-1,testing-validation,de,EMV-Prüfung,Messungen nach EN 55032 im Absorberraum.,EMC testing,Emission and immunity measurements to EN 55032.,micro-nanoelectronics | photonics,on-site;remote,day-rate,1200.50\n",
        );
        let (location, row) = &rows[0];
        assert_eq!(location, "line 2");
        assert_eq!(row.organisation, "fraunhofer-x");
        let input = row.input.as_ref().expect("read");
        assert_eq!(input.texts["de"].name, "EMV-Prüfung");
        assert_eq!(input.texts["en"].name, "EMC testing");
        assert_eq!(input.technologies, ["micro-nanoelectronics", "photonics"]);
        assert_eq!(input.delivery, ["on-site", "remote"]);
        let d = input.validate().expect("valid");
        assert_eq!(d.price, Some(domain::Cents(120_050)));
    }

    #[test]
    fn json_takes_numbers_and_strings_and_names_unknown_fields() {
        let rows = rows_of(
            "catalogue",
            r#"  [{"organisation": "x", "kind": "training", "texts": {"en": {"name": "Laser safety", "description": "A day of laser safety training for operators."}},
                  "trl_from": 3, "trl_to": "7", "price_model": "fixed", "price": 450.5, "programmes": [4, "5"], "delivery": ["remote"]},
                 {"organisation": "x", "colour": "red", "texts": {"en": {"name": "x", "title": "y"}}},
                 "oops"]"#,
        );
        let input = rows[0].1.input.as_ref().expect("read");
        assert_eq!((input.trl_from.as_str(), input.price.as_str()), ("3", "450.5"));
        assert_eq!(input.programmes, ["4", "5"]);
        assert_eq!(
            problems(&rows),
            [
                format!(
                    "item 2: colour: is not a field of a service (they are: {FIELDS}); texts.en.title: is not a field of a text (they are: name, description)"
                ),
                "item 3: is a string, not an object with the fields of a service".to_owned(),
            ]
        );
    }

    #[test]
    fn files_that_are_not_catalogues_are_refused_with_the_reason() {
        let dir = tempfile::tempdir().expect("tempdir");
        let refused = |name: &str, content: &str| {
            let path = dir.path().join(name);
            std::fs::write(&path, content).expect("write");
            read(&path).err().map(|e| e.to_string()).unwrap_or_default()
        };
        assert!(refused("a.json", "{\"organisation\": \"x\"}").contains("not an array"));
        assert!(refused("b.json", "[{\"organisation\": ").contains("not valid JSON"));
        assert!(refused(
            "c.csv",
            "organisation,kind,name,description,price_model,delivery,colour\n"
        )
        .contains("\"colour\" is not a field"));
        assert!(
            refused("d.csv", "organisation,kind,name,description,price_model\n").contains("\"delivery\" is missing")
        );
        // Semicolons between columns are read like commas: the missing column is named.
        assert!(refused("e.csv", "organisation;kind;name\n").contains("\"description\" is missing"));
        assert!(refused("f.csv", "organisation,name_xx\n").contains("not supported"));
        let broken = "organisation,kind,name,description,price_model,delivery\nx,training,\"Laser,safety,fixed,remote\ny,training,a,b,fixed,remote\n";
        let rows = rows_of("g.csv", broken);
        assert!(problems(&rows)[0].contains("quote"), "{:?}", problems(&rows));
    }

    #[test]
    fn the_main_text_is_given_once() {
        let rows = rows_of(
            "h.csv",
            "organisation,kind,language,name,description,name_fr,price_model,delivery\n\
             x,training,fr,Formation laser,Une journée de formation à la sécurité laser.,Autre nom,free,remote\n\
             x,training,fr,Formation laser,Une journée de formation à la sécurité laser.,Formation laser,free,remote\n",
        );
        assert_eq!(
            problems(&rows),
            ["line 2: name_fr: differs from name, which holds the main text in fr; give it once"]
        );
    }
}

//! The one CSV reader of every import. Files come from spreadsheets, portals and scripts, so it
//! takes their real variants: columns recognised by name (case, spaces, `_` and `-` ignored) in
//! any order; `,`, `;` or tab between them (sniffed from the header); with or without a UTF-8 byte
//! order mark; CRLF or LF line ends; quoted fields over several lines. Every row is named by the
//! line of the file where it starts, whatever its line ends, and a row holding a NUL byte or another
//! control character (other than tab, CR and LF) is refused with the line and column of the
//! character: databases refuse them, PostgreSQL with an error that would fail the whole import.

use std::fmt;
use std::path::Path;

use super::{read_file, ImportError, RowError};

/// A CSV file as read: its header and its records, each with the line it starts on.
#[derive(Debug)]
pub struct Table {
    file: String,
    delimiter: u8,
    /// The header's cells, trimmed, as written.
    header: Vec<String>,
    /// The header's cells as looked up (see [`key`]).
    keys: Vec<String>,
    records: Vec<Result<(usize, csv::StringRecord), RowError>>,
}

/// One way a file may be laid out: what it is, for messages, and the columns it must have.
#[derive(Debug, Clone, Copy)]
pub struct Layout {
    pub name: &'static str,
    pub required: &'static [&'static str],
}

/// A column name as looked up: lower case, without spaces, `_` and `-` ("Project ID",
/// "project_id" and "projectID" are one column).
pub fn key(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '_' | '-'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The first control character of `s` that text must not hold (tab, CR and LF are allowed),
/// with its byte offset.
fn forbidden_control(s: &str) -> Option<(usize, char)> {
    s.char_indices()
        .find(|(_, c)| c.is_control() && !matches!(c, '\t' | '\r' | '\n'))
}

/// The delimiter the header line uses most, outside quotes: `,` unless `;` or tab is commoner.
fn sniff(text: &str) -> u8 {
    let (mut comma, mut semicolon, mut tab) = (0, 0, 0);
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            ',' if !quoted => comma += 1,
            ';' if !quoted => semicolon += 1,
            '\t' if !quoted => tab += 1,
            _ => {}
        }
    }
    if semicolon > comma && semicolon >= tab {
        b';'
    } else if tab > comma && tab > semicolon {
        b'\t'
    } else {
        b','
    }
}

impl Table {
    /// Reads the file at `path` (UTF-8, a byte order mark is dropped).
    pub fn read(path: &Path) -> Result<Self, ImportError> {
        let text = read_file(path)?;
        Self::parse(&text, &path.display().to_string())
    }

    /// Reads `text`, the content of `file`.
    pub fn parse(text: &str, file: &str) -> Result<Self, ImportError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let delimiter = sniff(text);
        // Where each line starts, to name the line of a record by its first byte.
        let newlines: Vec<usize> = text
            .bytes()
            .enumerate()
            .filter(|(_, b)| *b == b'\n')
            .map(|(i, _)| i)
            .collect();
        let line_of = |byte: usize| {
            // csv may place a record just before the LF of the CRLF ending the previous one.
            let skipped = text.as_bytes()[byte.min(text.len())..]
                .iter()
                .take_while(|b| matches!(b, b'\r' | b'\n'))
                .count();
            1 + newlines.partition_point(|&n| n < byte + skipped)
        };
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .has_headers(false)
            .from_reader(text.as_bytes());
        let mut header = None;
        let mut records = vec![];
        for result in reader.records() {
            let (record, line) = match result {
                Ok(r) => {
                    let line = r.position().map(|p| line_of(p.byte() as usize)).unwrap_or(0);
                    (r, line)
                }
                Err(e) => {
                    let line = e.position().map(|p| line_of(p.byte() as usize)).unwrap_or(0);
                    if header.is_none() {
                        return Err(ImportError::Unreadable {
                            file: file.to_owned(),
                            message: format!("line {line}: the header cannot be read: {e}"),
                        });
                    }
                    records.push(Err(RowError {
                        location: format!("line {line}"),
                        message: e.to_string(),
                    }));
                    continue;
                }
            };
            if header.is_none() {
                if let Some((i, (_, c))) = record
                    .iter()
                    .enumerate()
                    .find_map(|(i, f)| forbidden_control(f).map(|x| (i, x)))
                {
                    return Err(ImportError::Unreadable {
                        file: file.to_owned(),
                        message: format!(
                            "line {line}, column {}: the header holds the control character {}",
                            i + 1,
                            Codepoint(c)
                        ),
                    });
                }
                header = Some(record.iter().map(|h| h.trim().to_owned()).collect::<Vec<_>>());
                continue;
            }
            // A quoted field keeps the file's line ends: CRLF and LF files give the same text.
            let record = if record.iter().any(|f| f.contains('\r')) {
                record.iter().map(|f| f.replace("\r\n", "\n")).collect()
            } else {
                record
            };
            records.push(Ok((line, record)));
        }
        let header = header.unwrap_or_default();
        Ok(Table {
            file: file.to_owned(),
            delimiter,
            keys: header.iter().map(|h| key(h)).collect(),
            header,
            records,
        })
    }

    pub fn file(&self) -> &str {
        &self.file
    }

    pub fn delimiter(&self) -> u8 {
        self.delimiter
    }

    /// The header's cells, trimmed, as written.
    pub fn header(&self) -> &[String] {
        &self.header
    }

    /// The index of the column `name` (by [`key`]).
    pub fn column(&self, name: &str) -> Option<usize> {
        let k = key(name);
        self.keys.iter().position(|h| *h == k)
    }

    pub fn has(&self, name: &str) -> bool {
        self.column(name).is_some()
    }

    /// The records under the header, read or not.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// An error about the whole file.
    pub fn unreadable(&self, message: impl Into<String>) -> ImportError {
        ImportError::Unreadable {
            file: self.file.clone(),
            message: message.into(),
        }
    }

    fn found(&self) -> String {
        if self.header.iter().all(String::is_empty) {
            "none".into()
        } else {
            self.header
                .iter()
                .map(|h| h.chars().take(60).collect::<String>())
                .collect::<Vec<_>>()
                .join(", ")
        }
    }

    /// Which of `layouts` the header is: the first whose required columns are all there. An empty
    /// file, a header lacking columns or a header without rows is refused, naming the columns
    /// expected, those missing and those found.
    pub fn layout(&self, layouts: &[Layout]) -> Result<usize, ImportError> {
        let expected = |l: &Layout| format!("{} (columns {})", l.name, l.required.join(", "));
        let all = || layouts.iter().map(expected).collect::<Vec<_>>().join("; or ");
        if self.header.is_empty() {
            return Err(self.unreadable(format!("the file is empty; expected {}", all())));
        }
        let missing = |l: &Layout| -> Vec<&str> { l.required.iter().copied().filter(|c| !self.has(c)).collect() };
        let Some(found) = layouts.iter().position(|l| missing(l).is_empty()) else {
            let message = match layouts {
                [one] => format!(
                    "not {}: the columns {} are missing; found the columns {}",
                    one.name,
                    missing(one).join(", "),
                    self.found()
                ),
                _ => {
                    let each = layouts
                        .iter()
                        .map(|l| format!("{} (missing columns: {})", l.name, missing(l).join(", ")))
                        .collect::<Vec<_>>()
                        .join("; nor ");
                    format!("neither {each}; found the columns {}", self.found())
                }
            };
            return Err(self.unreadable(message));
        };
        if self.records.is_empty() {
            return Err(self.unreadable(format!(
                "has a header but no rows; expected rows of {}",
                expected(&layouts[found])
            )));
        }
        Ok(found)
    }

    /// The rows, in the file's order. A record whose number of fields differs from the header's,
    /// or that holds a forbidden control character, comes as an error naming its line.
    pub fn rows(&self) -> impl Iterator<Item = Result<Row<'_>, RowError>> + '_ {
        let fields = self.header.len();
        self.records.iter().map(move |r| {
            let (line, record) = r.as_ref().map_err(Clone::clone)?;
            if record.len() != fields {
                // An unclosed quote runs on into the following lines, which then hold fewer fields.
                let hint = if record.iter().any(|f| f.contains('\n')) {
                    "; is a quote opened in it not closed?"
                } else {
                    ""
                };
                return Err(RowError {
                    location: format!("line {line}"),
                    message: format!("has {} fields, the header has {fields}{hint}", record.len()),
                });
            }
            // The line of the character: a quoted field before it may span lines.
            let mut at = *line;
            for (i, f) in record.iter().enumerate() {
                if let Some((offset, c)) = forbidden_control(f) {
                    at += f[..offset].matches('\n').count();
                    return Err(RowError {
                        location: format!("line {at}"),
                        message: format!(
                            "{}: holds the control character {}, which text must not contain",
                            self.column_name(i),
                            Codepoint(c)
                        ),
                    });
                }
                at += f.matches('\n').count();
            }
            Ok(Row {
                table: self,
                line: *line,
                record,
            })
        })
    }

    /// A column's name for messages: its header, or its number when the header cell is blank.
    fn column_name(&self, i: usize) -> String {
        match self.header.get(i).filter(|h| !h.is_empty()) {
            Some(h) => h.chars().take(60).collect(),
            None => format!("column {}", i + 1),
        }
    }
}

/// One record of a [`Table`].
#[derive(Debug, Clone, Copy)]
pub struct Row<'t> {
    table: &'t Table,
    line: usize,
    record: &'t csv::StringRecord,
}

impl<'t> Row<'t> {
    /// "line N": where the record starts in the file.
    pub fn location(&self) -> String {
        format!("line {}", self.line)
    }

    pub fn line(&self) -> usize {
        self.line
    }

    /// The cell of the column `name`, trimmed; empty when the file has no such column.
    pub fn get(&self, name: &str) -> &'t str {
        self.table
            .column(name)
            .and_then(|i| self.record.get(i))
            .map(str::trim)
            .unwrap_or("")
    }

    /// The first of `names` the file has, trimmed; empty when it has none of them.
    pub fn first_of(&self, names: &[&str]) -> &'t str {
        names
            .iter()
            .find_map(|n| self.table.column(n))
            .and_then(|i| self.record.get(i))
            .map(str::trim)
            .unwrap_or("")
    }

    /// The record as read, cells untrimmed.
    pub fn record(&self) -> &'t csv::StringRecord {
        self.record
    }
}

/// A character as U+XXXX, for messages (control characters do not print).
struct Codepoint(char);

impl fmt::Display for Codepoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "U+{:04X}", self.0 as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(t: &Table) -> Vec<Result<usize, String>> {
        t.rows()
            .map(|r| r.map(|r| r.line()).map_err(|e| format!("{e}")))
            .collect()
    }

    #[test]
    fn columns_are_found_by_name_whatever_their_order_case_and_spacing() {
        let t = Table::parse("Title; PROJECT ID ;start_date\nA;1;2024-01-01\n", "f.csv").expect("read");
        assert_eq!(t.delimiter(), b';');
        let row = t.rows().next().expect("row").expect("valid");
        assert_eq!(row.get("projectID"), "1");
        assert_eq!(row.get("project_id"), "1");
        assert_eq!(row.get("startDate"), "2024-01-01");
        assert_eq!(row.get("title"), "A");
        assert_eq!(row.get("nothing"), "");
    }

    #[test]
    fn line_numbers_are_the_same_for_lf_and_crlf_and_name_where_a_record_starts() {
        let lf = "a,b\n1,2\n\"x\ny\nz\",3\n4,5\n";
        let crlf = lf.replace('\n', "\r\n");
        for text in [lf.to_owned(), crlf, format!("\u{feff}{lf}")] {
            let t = Table::parse(&text, "f.csv").expect("read");
            assert_eq!(lines(&t), [Ok(2), Ok(3), Ok(6)], "{text:?}");
        }
    }

    #[test]
    fn control_characters_are_refused_with_their_line_and_column() {
        let t = Table::parse("a,b\n1,2\n\"x\ny\",bad\0\n3,4\n", "f.csv").expect("read");
        let got = lines(&t);
        assert_eq!(got[0], Ok(2));
        let err = got[1].as_ref().expect_err("refused");
        assert!(err.starts_with("line 4: b: ") && err.contains("U+0000"), "{err}");
        assert_eq!(got[2], Ok(5));
        let t = Table::parse("a,b\r\n1,\"x\r\ny\u{7}\"\r\n", "f.csv").expect("read");
        let err = lines(&t)[0].clone().expect_err("refused");
        assert!(err.starts_with("line 3: b: ") && err.contains("U+0007"), "{err}");
        // Tabs, CR and LF are text; CRLF in a field reads as LF.
        let t = Table::parse("a,b\n\"x\ty\",\"1\r\n2\"\n", "f.csv").expect("read");
        assert_eq!(lines(&t), [Ok(2)]);
        let row = t.rows().next().expect("row").expect("valid");
        assert_eq!((row.get("a"), row.get("b")), ("x\ty", "1\n2"));
    }

    #[test]
    fn an_empty_file_a_bare_header_and_missing_columns_say_what_was_expected() {
        let layouts = [Layout {
            name: "a list of things",
            required: &["id", "name"],
        }];
        for (text, words) in [
            ("", vec!["empty", "id, name"]),
            ("\u{feff}", vec!["empty", "id, name"]),
            ("id,name\n", vec!["no rows", "id, name"]),
            ("ID;Nom\n1;x\n", vec!["name are missing", "found the columns ID, Nom"]),
        ] {
            let err = Table::parse(text, "f.csv")
                .and_then(|t| t.layout(&layouts))
                .expect_err("refused")
                .to_string();
            assert!(words.iter().all(|w| err.contains(w)), "{text:?}: {err}");
        }
        let t = Table::parse("Name,ID\r\nx,1\r\n", "f.csv").expect("read");
        assert_eq!(t.layout(&layouts).expect("layout"), 0);
    }

    #[test]
    fn rows_of_another_width_are_named() {
        let t = Table::parse("a;b;c\n1;2;3\n1;2\n", "f.csv").expect("read");
        let err = lines(&t)[1].clone().expect_err("short");
        assert!(err.starts_with("line 3") && err.contains("2 fields"), "{err}");
    }

    mod prop {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn any_text_reads_without_panicking(text in "\\PC{0,200}") {
                if let Ok(t) = Table::parse(&text, "f.csv") {
                    let _ = t.rows().count();
                    let _ = t.layout(&[Layout { name: "x", required: &["a"] }]);
                }
            }

            #[test]
            fn every_record_is_named_by_its_first_line(
                cells in proptest::collection::vec(("[a-z]{0,5}", 0usize..3), 1..20),
                crlf in any::<bool>(),
            ) {
                let end = if crlf { "\r\n" } else { "\n" };
                let mut text = format!("k,v{end}");
                let mut expected = vec![];
                let mut line = 2;
                for (word, breaks) in &cells {
                    expected.push(line);
                    let value = vec![word.as_str(); breaks + 1].join(end);
                    text.push_str(&format!("{word},\"{value}\"{end}"));
                    line += breaks + 1;
                }
                let t = Table::parse(&text, "f.csv").expect("read");
                let got: Vec<usize> = t.rows().map(|r| r.expect("valid").line()).collect();
                prop_assert_eq!(got, expected);
            }
        }
    }
}

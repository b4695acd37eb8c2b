//! CSV cells that a spreadsheet opens safely, and back. Spreadsheet programs run a cell that
//! starts with `=`, `+`, `-` or `@` (and some with a tab or carriage return first) as a formula,
//! which can fetch data from the network or start programs ("CSV injection"). Every CSV the
//! platform writes, on the web and from the command line, passes its cells through
//! [`neutralise`]; the importer of the platform's own exchange format reads them back with
//! [`restore`], so an export imports unchanged.

use std::borrow::Cow;

/// The first characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The cell as a spreadsheet shows it literally: a leading apostrophe (which spreadsheets hide
/// and read as "text") before a formula start, and before an apostrophe already there, so that
/// [`restore`] can tell the two apart.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(FORMULA_STARTS) || cell.starts_with('\'') {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// The value [`neutralise`] was given. A cell written by hand that starts with one apostrophe
/// followed by anything else keeps it.
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) || rest.starts_with('\'') => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_every_value_comes_back() {
        for (value, written) in [
            (
                "=HYPERLINK(\"http://evil.example\")",
                "'=HYPERLINK(\"http://evil.example\")",
            ),
            ("+49 30 1234", "'+49 30 1234"),
            ("-33.87", "'-33.87"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("'=1", "''=1"),
            ("'quoted'", "''quoted'"),
            ("Aalborg", "Aalborg"),
            ("", ""),
            ("12.5", "12.5"),
        ] {
            assert_eq!(neutralise(value), written, "{value:?}");
            assert_eq!(restore(&neutralise(value)), value, "{value:?}");
        }
        assert_eq!(restore("'Tis the season"), "'Tis the season");
    }
}

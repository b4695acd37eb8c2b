//! Maps, region pages, statistics and collaboration networks: pictures drawn on the server as SVG
//! (so they work without JavaScript and print), each with a table of the same figures and its
//! CSV and JSON. The map reads the directory's filters from the same query parameters, so every
//! directory view has its map and back.

mod map;
mod network;
mod regions;
mod statistics;

pub use map::*;
pub use network::*;
pub use regions::*;
pub use statistics::*;

use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use domain::statistics::{gisco_country, iso_country, Measure};
use domain::Cents;
use maps::classes;
use store::statistics::MapShape;

use crate::i18n::Tr;

/// A figure as the reader reads it: money in euros, counts with their thousands separator.
pub(crate) fn figure(tr: &Tr, measure: Measure, value: i64) -> String {
    if measure.is_money() {
        tr.money(&Cents(whole_euros(value)))
    } else {
        tr.number(value)
    }
}

/// Cents rounded to whole euros: maps and charts compare sums of grants, not cents.
fn whole_euros(cents: i64) -> i64 {
    (cents + 50).div_euclid(100) * 100
}

/// A region's name for the reader: countries in the reader's language, NUTS regions in their
/// own (GISCO names them only so), with the Latin spelling when it differs (Αττική / Attiki).
pub(crate) fn region_name(tr: &Tr, code: &str, shape: Option<&MapShape>, fallback: Option<&str>) -> String {
    if code.len() == 2 {
        return tr.country(iso_country(code));
    }
    match shape {
        Some(s) if s.name != s.name_latn && !s.name_latn.is_empty() => format!("{} ({})", s.name, s.name_latn),
        Some(s) => s.name.clone(),
        None => fallback.map_or_else(|| code.to_owned(), str::to_owned),
    }
}

/// The NUTS code of a country in the directory (ISO) or on the map (GISCO) form.
pub(crate) fn country_region(iso: &str) -> String {
    gisco_country(iso).to_owned()
}

/// Class bounds and palette index per value, and the legend's swatches.
pub(crate) struct Classes {
    breaks: Vec<f64>,
}

impl Classes {
    pub(crate) fn of(values: &[i64]) -> Self {
        let values: Vec<f64> = values.iter().map(|v| *v as f64).collect();
        Self {
            breaks: classes::breaks(&values, classes::PALETTE.len()),
        }
    }

    /// The palette index of a value.
    pub(crate) fn shade(&self, value: i64) -> Option<usize> {
        if self.breaks.is_empty() {
            return None;
        }
        Some(classes::shade(
            classes::class_of(value as f64, &self.breaks),
            self.breaks.len(),
        ))
    }

    /// (palette index, "from–to") for each class, figures formatted for the reader.
    pub(crate) fn swatches(&self, tr: &Tr, measure: Measure, min: i64) -> Vec<(usize, String)> {
        classes::ranges(&self.breaks, min as f64)
            .into_iter()
            .enumerate()
            .map(|(i, (from, to))| {
                // Above the first class a range starts after the previous bound (exclusive):
                // counts start at the next whole number, money at the next euro.
                let step = if measure.is_money() { 100 } else { 1 };
                let from = if i > 0 {
                    from.round() as i64 + step
                } else {
                    from.round() as i64
                };
                let to = to.round() as i64;
                let text = if from == to {
                    figure(tr, measure, from)
                } else {
                    format!("{}–{}", figure(tr, measure, from), figure(tr, measure, to))
                };
                (classes::shade(i, self.breaks.len()), text)
            })
            .collect()
    }
}

/// An SVG drawing served alone (for `<img>` and embedding on other sites).
pub(crate) fn svg_response(svg: String) -> Response {
    let mut res = (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("image/svg+xml; charset=utf-8"),
        )],
        format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}", with_namespace(&svg)),
    )
        .into_response();
    allow_framing(&mut res);
    res
}

/// Inline SVG in HTML needs no namespace; a standalone file does.
fn with_namespace(svg: &str) -> String {
    if svg.contains("xmlns=") {
        svg.to_owned()
    } else {
        svg.replacen("<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" ", 1)
    }
}

/// Marks a response that other sites may show in a frame; the router sends X-Frame-Options DENY
/// with every response without it.
#[derive(Debug, Clone, Copy)]
pub struct Framable;

/// Lets any site show this response in a frame (embedded maps and networks); every other page
/// refuses framing (`frame-ancestors 'none'`, X-Frame-Options DENY, set in the router).
pub(crate) fn allow_framing(res: &mut Response) {
    res.extensions_mut().insert(Framable);
    res.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors *",
        ),
    );
    // The language follows the reader's cookie and browser.
    res.headers_mut()
        .insert(header::VARY, HeaderValue::from_static("Cookie, Accept-Language"));
}

/// A JSON download.
pub(crate) fn json_download(filename: &str, value: &serde_json::Value) -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/json".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        value.to_string(),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_rounds_to_whole_euros() {
        assert_eq!(whole_euros(149), 100);
        assert_eq!(whole_euros(150), 200);
        assert_eq!(whole_euros(0), 0);
    }

    #[test]
    fn a_standalone_svg_has_its_namespace_once() {
        assert!(with_namespace("<svg viewBox=\"0 0 1 1\"></svg>").starts_with("<svg xmlns="));
        let s = "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>";
        assert_eq!(with_namespace(s), s);
    }
}

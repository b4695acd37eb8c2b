//! Spreadsheet downloads: CSV with every cell that a spreadsheet would run as a formula
//! neutralised.

use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::WebError;

pub fn csv_response(filename: &str, rows: Vec<Vec<String>>) -> Result<Response, WebError> {
    let mut w = csv::Writer::from_writer(Vec::new());
    for r in rows {
        w.write_record(r.iter().map(|c| domain::spreadsheet::neutralise(c).into_owned()))
            .map_err(|_| WebError::Internal)?;
    }
    let body = w.into_inner().map_err(|_| WebError::Internal)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        body,
    )
        .into_response())
}

//! `/statistics`: the platform in figures (organisations by type, technology, ecosystem and
//! country; projects and EU contribution by country and programme; events per month;
//! opportunities by kind and state; B2B matchmaking), each an accessible chart with its table,
//! CSV and JSON; the same figures in the API.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use domain::statistics::Measure;
use maps::svg::{self, Column};
use store::statistics::Statistics;

use super::figure;
use super::regions::{bar_chart, ecosystem_label, kind_label, technology_label, Chart, ChartRow};
use crate::ctx::Ctx;
use crate::i18n::Tr;
use crate::views::{render, url, Chrome};
use crate::{AppState, WebError};

/// The figures, in the order of the page; their slugs name the downloads and API paths.
pub const FIGURES: &[&str] = &[
    "organisations-by-type",
    "organisations-by-technology",
    "organisations-by-ecosystem",
    "organisations-by-country",
    "projects-by-country",
    "contribution-by-country",
    "projects-by-programme",
    "events-by-month",
    "opportunities-by-kind",
    "opportunities-by-state",
    "meetings",
];

/// One figure's rows: key, label, link, value and, for projects, the EU contribution.
pub(crate) struct FigureData {
    pub money: bool,
    pub rows: Vec<FigureRow>,
}

pub(crate) struct FigureRow {
    pub key: String,
    pub label: String,
    pub href: Option<String>,
    pub value: i64,
    /// EU contribution (cents) beside a count of projects.
    pub contribution: Option<i64>,
}

fn rows(
    counts: &[(String, i64)],
    label: impl Fn(&str) -> String,
    href: impl Fn(&str) -> Option<String>,
) -> Vec<FigureRow> {
    counts
        .iter()
        .map(|(k, n)| FigureRow {
            key: k.clone(),
            label: label(k),
            href: href(k),
            value: *n,
            contribution: None,
        })
        .collect()
}

fn directory(key: &'static str) -> impl Fn(&str) -> Option<String> {
    move |v| Some(url("/organisations", &[(key, v.to_owned())]))
}

/// The rows of a figure, or None for a slug that is no figure.
pub(crate) fn figure_data(s: &Statistics, slug: &str, tr: &Tr) -> Option<FigureData> {
    let none = |_: &str| None;
    let counts = |money, rows| Some(FigureData { money, rows });
    let programme = |k: &str| {
        if k.is_empty() {
            tr.t("statistics-no-programme")
        } else {
            k.to_owned()
        }
    };
    let with_contribution =
        |projects: &[(String, i64)], contribution: &[(String, i64)], label: &dyn Fn(&str) -> String| {
            projects
                .iter()
                .map(|(k, n)| FigureRow {
                    key: k.clone(),
                    label: label(k),
                    href: None,
                    value: *n,
                    contribution: Some(contribution.iter().find(|(c, _)| c == k).map_or(0, |(_, v)| *v)),
                })
                .collect::<Vec<_>>()
        };
    match slug {
        "organisations-by-type" => counts(
            false,
            rows(&s.organisations_by_type, |k| kind_label(tr, k), directory("type")),
        ),
        "organisations-by-technology" => counts(
            false,
            rows(
                &s.organisations_by_technology,
                |k| technology_label(tr, k),
                directory("ket"),
            ),
        ),
        "organisations-by-ecosystem" => counts(
            false,
            rows(
                &s.organisations_by_ecosystem,
                |k| ecosystem_label(tr, k),
                directory("ecosystem"),
            ),
        ),
        "organisations-by-country" => counts(
            false,
            rows(
                &s.organisations_by_country,
                |k| tr.country(k),
                |k| Some(format!("/regions/{}", super::country_region(k))),
            ),
        ),
        "projects-by-country" => {
            let mut r = with_contribution(&s.projects_by_country, &s.contribution_by_country, &|k| tr.country(k));
            for row in &mut r {
                row.href = Some(format!("/regions/{}", super::country_region(&row.key)));
            }
            counts(false, r)
        }
        "contribution-by-country" => counts(true, rows(&s.contribution_by_country, |k| tr.country(k), none)),
        "projects-by-programme" => counts(
            false,
            with_contribution(&s.projects_by_programme, &s.contribution_by_programme, &programme),
        ),
        "events-by-month" => counts(false, rows(&s.events_by_month, |k| month_label(tr, k), none)),
        "opportunities-by-kind" => counts(
            false,
            rows(
                &s.opportunities_by_kind,
                |k| {
                    k.parse::<domain::OpportunityKind>()
                        .map(|v| tr.t(v.message_id()))
                        .unwrap_or_else(|_| k.to_owned())
                },
                |k| Some(url("/opportunities", &[("kind", k.to_owned())])),
            ),
        ),
        "opportunities-by-state" => counts(
            false,
            rows(
                &s.opportunities_by_state,
                |k| {
                    k.parse::<domain::OpportunityState>()
                        .map(|v| tr.t(v.message_id()))
                        .unwrap_or_else(|_| k.to_owned())
                },
                none,
            ),
        ),
        "meetings" => counts(
            false,
            vec![
                ("requested", s.meetings.requested),
                ("accepted", s.meetings.accepted),
                ("scheduled", s.meetings.scheduled),
            ]
            .into_iter()
            .map(|(k, n)| FigureRow {
                key: k.to_owned(),
                label: tr.t(format!("statistics-meetings-{k}")),
                href: None,
                value: n,
                contribution: None,
            })
            .collect(),
        ),
        _ => None,
    }
}

/// "March 2026" for `2026-03`.
fn month_label(tr: &Tr, key: &str) -> String {
    match key.split_once('-') {
        Some((y, m)) => format!("{} {y}", tr.t(format!("month-{}", m.trim_start_matches('0')))),
        None => key.to_owned(),
    }
}

/// A figure's chart and table, for the page.
fn chart(tr: &Tr, s: &Statistics, slug: &'static str) -> Option<Chart> {
    let data = figure_data(s, slug, tr)?;
    let measure = if data.money {
        Measure::Contribution
    } else {
        Measure::Organisations
    };
    let heading = tr.t(format!("statistics-{slug}"));
    let value_heading = tr.t(format!("statistics-{slug}-value"));
    let id = format!("s-{slug}");
    let downloads = Some((format!("/statistics/{slug}.csv"), format!("/statistics/{slug}.json")));
    if slug == "events-by-month" {
        let rows: Vec<ChartRow> = data
            .rows
            .iter()
            .map(|r| ChartRow {
                label: r.label.clone(),
                href: None,
                value: tr.number(r.value),
                extra: None,
            })
            .collect();
        let columns: Vec<Column> = data
            .rows
            .iter()
            .zip(&rows)
            .map(|(r, c)| Column {
                label: &c.label,
                value: r.value as f64,
                value_text: &c.value,
            })
            .collect();
        return Some(Chart {
            svg: svg::column_chart(&id, &heading, &value_heading, &columns, &|v| {
                tr.number(v.round() as i64)
            }),
            id,
            heading,
            label_heading: tr.t("statistics-month"),
            value_heading,
            rows,
            extra_heading: None,
            downloads,
        });
    }
    // Long lists (countries) are drawn to their 25 largest; the table has them all.
    let counts: Vec<(String, i64)> = data.rows.iter().map(|r| (r.key.clone(), r.value)).collect();
    let mut c = bar_chart(
        &id,
        heading,
        tr.t(format!("statistics-{slug}-label")),
        value_heading,
        &counts[..counts.len().min(25)],
        |k| {
            data.rows
                .iter()
                .find(|r| r.key == k)
                .map(|r| r.label.clone())
                .unwrap_or_default()
        },
        |k| data.rows.iter().find(|r| r.key == k).and_then(|r| r.href.clone()),
        |n| figure(tr, measure, n),
    );
    c.rows = data
        .rows
        .iter()
        .map(|r| ChartRow {
            label: r.label.clone(),
            href: r.href.clone(),
            value: figure(tr, measure, r.value),
            extra: r.contribution.map(|v| figure(tr, Measure::Contribution, v)),
        })
        .collect();
    if data.rows.iter().any(|r| r.contribution.is_some()) {
        c.extra_heading = Some(tr.t("map-measure-contribution"));
    }
    c.downloads = downloads;
    Some(c)
}

#[derive(Template)]
#[template(path = "maps/statistics.html")]
struct StatisticsPage {
    chrome: Chrome,
    charts: Vec<Chart>,
    json_href: &'static str,
}

/// `GET /statistics`
pub async fn statistics_page(State(st): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let s = st.cache.statistics(&st.store).await?;
    let charts = FIGURES.iter().filter_map(|f| chart(&ctx.tr, &s, f)).collect();
    Ok(render(&StatisticsPage {
        chrome: ctx.chrome("map"),
        charts,
        json_href: "/api/v1/statistics",
    })?
    .into_response())
}

/// The JSON of one figure (the download and the API).
pub(crate) fn figure_json(slug: &str, data: &FigureData) -> serde_json::Value {
    let money = |v: i64| serde_json::json!(v as f64 / 100.0);
    serde_json::json!({
        "figure": slug,
        "unit": if data.money { "EUR" } else { "count" },
        "rows": data.rows.iter().map(|r| {
            let mut o = serde_json::json!({
                "key": r.key,
                "label": r.label,
                "value": if data.money { money(r.value) } else { serde_json::json!(r.value) },
            });
            if let Some(c) = r.contribution {
                o["contribution_eur"] = money(c);
            }
            o
        }).collect::<Vec<_>>(),
    })
}

/// `GET /statistics/{figure}.csv` and `.json`
pub async fn statistics_download(
    State(st): State<AppState>,
    ctx: Ctx,
    Path(file): Path<String>,
) -> Result<Response, WebError> {
    let (slug, ext) = file.rsplit_once('.').ok_or(WebError::NotFound)?;
    let s = st.cache.statistics(&st.store).await?;
    let data = figure_data(&s, slug, &ctx.tr).ok_or(WebError::NotFound)?;
    match ext {
        "json" => Ok(super::json_download(&file, &figure_json(slug, &data))),
        "csv" => {
            let unit = if data.money { "EUR" } else { "count" };
            let mut header = vec!["key".to_owned(), "label".to_owned(), format!("value ({unit})")];
            let contribution = data.rows.iter().any(|r| r.contribution.is_some());
            if contribution {
                header.push("contribution (EUR)".into());
            }
            let mut out = vec![header];
            for r in &data.rows {
                let mut row = vec![
                    r.key.clone(),
                    r.label.clone(),
                    if data.money {
                        format!("{:.2}", r.value as f64 / 100.0)
                    } else {
                        r.value.to_string()
                    },
                ];
                if contribution {
                    row.push(format!("{:.2}", r.contribution.unwrap_or(0) as f64 / 100.0));
                }
                out.push(row);
            }
            crate::views::csv::csv_response(&file, out)
        }
        _ => Err(WebError::NotFound),
    }
}

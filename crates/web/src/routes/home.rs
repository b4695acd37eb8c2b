//! The front page: what the platform is, the directory in numbers, ways in.

use askama::Template;
use axum::extract::State;
use axum::response::Html;
use domain::OrganisationType;

use crate::ctx::Ctx;
use crate::views::{render, Chrome};
use crate::{AppState, WebError};

struct Tile {
    kind: &'static str,
    label: String,
    count: String,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    chrome: Chrome,
    total: String,
    countries: String,
    projects: i64,
    tiles: Vec<Tile>,
}

pub async fn page(State(st): State<AppState>, ctx: Ctx) -> Result<Html<String>, WebError> {
    let counts = st.store.organisation_counts_by_kind().await?;
    let total: i64 = counts.iter().map(|(_, n)| n).sum();
    let tr = ctx.tr;
    let tiles = OrganisationType::ALL
        .iter()
        .filter_map(|k| {
            let n = counts.iter().find(|(kind, _)| kind == k.as_str()).map(|(_, n)| *n)?;
            Some(Tile {
                kind: k.as_str(),
                label: tr.t(format!("type-plural-{}", k.as_str())),
                count: tr.number(n),
            })
        })
        .collect();
    render(&HomePage {
        chrome: ctx.chrome("home"),
        total: tr.number(total),
        countries: tr.number(st.store.country_count().await?),
        projects: st.store.project_count().await?,
        tiles,
    })
}

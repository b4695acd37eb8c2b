//! The front page: what the platform is, what is alive on it (upcoming events, calls closing
//! soon, the newest opportunities, open cascade-funding programmes) and the directory at a
//! glance. Signed-in people are pointed to their dashboard.

use askama::Template;
use axum::extract::State;
use axum::response::Html;
use chrono::Utc;
use domain::funding::CallStatus;
use domain::OrganisationType;
use store::events::EventFilter;
use store::funding::CallFilter;
use store::opportunities::OpportunityFilter;

use crate::ctx::Ctx;
use crate::views::cards::{
    call_card, event_card, open_programme_lines, opportunity_card, CallCard, EventCard, OpportunityCard,
    CLOSING_SOON_DAYS,
};
use crate::views::{reader_zone, render, Chrome, ProgrammeLine};
use crate::{AppState, WebError};

/// Cards per section of the front page.
const CARDS: i64 = 4;

struct Tile {
    kind: &'static str,
    label: String,
    count: String,
}

#[derive(Template)]
#[template(path = "home/home.html")]
struct HomePage {
    chrome: Chrome,
    total: String,
    countries: String,
    projects: i64,
    tiles: Vec<Tile>,
    events: Vec<EventCard>,
    calls: Vec<CallCard>,
    opportunities: Vec<OpportunityCard>,
    /// Open cascade-funding programmes.
    programmes: Vec<ProgrammeLine>,
}

pub async fn page(State(st): State<AppState>, ctx: Ctx) -> Result<Html<String>, WebError> {
    let counts = st.store.organisation_counts_by_kind().await?;
    let total: i64 = counts.iter().map(|(_, n)| n).sum();
    let tr = ctx.tr;
    let user = ctx.user();
    let now = Utc::now();
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
    let (events, _) = st
        .store
        .public_events(&EventFilter {
            from: Some(now),
            limit: CARDS,
            ..EventFilter::default()
        })
        .await?;
    let (calls, _) = st
        .store
        .calls(&CallFilter {
            now,
            status: Some(CallStatus::Open),
            programmes: vec![],
            cascade: None,
            closing_within_days: Some(CLOSING_SOON_DAYS),
            limit: CARDS,
            offset: 0,
        })
        .await?;
    let (opportunities, _) = st
        .store
        .published_opportunities(&OpportunityFilter {
            members_only: user.is_some(),
            limit: CARDS,
            ..OpportunityFilter::default()
        })
        .await?;
    let reader = reader_zone(user);
    let programmes = open_programme_lines(&st, &tr, now, reader).await?;
    render(&HomePage {
        chrome: ctx.chrome("home"),
        total: tr.number(total),
        countries: tr.number(st.store.country_count().await?),
        projects: st.store.project_count().await?,
        tiles,
        events: events
            .iter()
            .filter(|e| e.state == domain::EventState::Published)
            .map(|e| event_card(&tr, user, e))
            .collect(),
        calls: calls.iter().map(|c| call_card(&tr, c, now, reader)).collect(),
        opportunities: opportunities.iter().map(|o| opportunity_card(&tr, o)).collect(),
        programmes,
    })
}

//! `GET /api/v1/news` and `GET /api/v1/news/{id}`: published news, as everyone reads it, with the
//! body both as written (Markdown) and as the sanitised HTML the pages show.

use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use domain::NewsState;
use store::news::News;
use store::organisations::ListPage;

use super::opportunities::MAX_LIMIT;
use super::ListBody;
use crate::forms::query_pairs;
use crate::routes::news::{news_filter, news_pairs, NEWS_PARAMETERS};
use crate::routes::{bad_parameter, path_id};
use crate::views::url;
use crate::{AppState, WebError};

/// Items as the API shows them: without a moderator's note to their writers, with the body's
/// HTML (mentions linked) and what each mentions.
async fn shown(st: &AppState, items: Vec<News>) -> Result<Vec<serde_json::Value>, WebError> {
    let ids: Vec<i64> = items.iter().map(|n| n.id).collect();
    let mentions = st.store.confirmed_mentions(&ids).await?;
    Ok(items
        .into_iter()
        .map(|n| {
            let mine: Vec<&store::mentions::NewsMention> =
                mentions.iter().filter(|(id, _)| *id == n.id).map(|(_, m)| m).collect();
            let links: Vec<domain::MentionLink> = mine
                .iter()
                .filter_map(|m| {
                    Some(domain::MentionLink {
                        surfaces: m.surface.lines().map(str::to_owned).collect(),
                        href: crate::mentions::href(&m.kind, &m.key)?,
                        title: m.label.clone(),
                    })
                })
                .collect();
            let html = domain::news::link_mentions(&domain::news::render_body(&n.draft.body), &links);
            let listed: Vec<serde_json::Value> = mine
                .iter()
                .map(|m| {
                    serde_json::json!({
                        "kind": m.kind,
                        "key": m.key,
                        "name": m.label,
                        "text": m.surface.lines().next().unwrap_or_default(),
                        "url": crate::mentions::href(&m.kind, &m.key).map(|h| st.settings.link(&h)),
                    })
                })
                .collect();
            let mut v = serde_json::to_value(n).unwrap_or_default();
            if let Some(map) = v.as_object_mut() {
                map.remove("return_reason");
                map.insert("body_html".into(), html.into());
                map.insert("mentions".into(), listed.into());
            }
            v
        })
        .collect())
}

pub async fn list(State(st): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let pairs = query_pairs(raw.as_deref());
    let mut limit = 20;
    for (k, v) in &pairs {
        match k.as_str() {
            "limit" => {
                limit = v
                    .trim()
                    .parse::<u32>()
                    .ok()
                    .filter(|n| *n <= MAX_LIMIT)
                    .ok_or_else(|| bad_parameter("limit", format!("must be a whole number from 0 to {MAX_LIMIT}")))?
                    .max(1)
            }
            k if NEWS_PARAMETERS.contains(&k) => {}
            other => {
                return Err(bad_parameter(
                    other,
                    format!(
                        "is not a parameter of this list ({}, limit)",
                        NEWS_PARAMETERS.join(", ")
                    ),
                ))
            }
        }
    }
    let (filter, refused) = news_filter(&pairs);
    let mut filter = refused.strict(filter)?;
    filter.limit = i64::from(limit);
    let offset = u32::try_from(filter.offset).unwrap_or(0);
    let (items, total) = st.store.published_news(&filter).await?;
    let page = ListPage {
        items: shown(&st, items).await?,
        total,
        limit,
        offset,
    };
    Ok(ListBody::<serde_json::Value>::new(&page, |o| {
        let mut pairs = news_pairs(&filter);
        pairs.push(("limit", limit.to_string()));
        pairs.push(("offset", o.to_string()));
        url("/api/v1/news", &pairs)
    })
    .into_response())
}

pub async fn get(State(st): State<AppState>, Path(raw): Path<String>) -> Result<Json<serde_json::Value>, WebError> {
    let n = st
        .store
        .news(path_id(&raw)?)
        .await?
        .filter(|n| n.state == NewsState::Published)
        .ok_or(WebError::NotFound)?;
    Ok(Json(shown(&st, vec![n]).await?.pop().ok_or(WebError::NotFound)?))
}

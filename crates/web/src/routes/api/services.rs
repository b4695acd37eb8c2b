//! `GET /api/v1/services/{id}` and the record the catalogue's list (`api/search.rs`) shows.
//! Only published services are shown, as to a visitor.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, Utc};
use domain::service::{ServiceState, ServiceText};
use serde::Serialize;
use store::services::Service;

use crate::routes::path_id;
use crate::{AppState, WebError};

/// A published service as the API shows it.
#[derive(Serialize)]
pub struct ServiceOut {
    id: i64,
    url: String,
    organisation_slug: String,
    organisation_name: String,
    organisation_country: String,
    kind: &'static str,
    language: String,
    texts: BTreeMap<String, ServiceText>,
    technologies: Vec<&'static str>,
    critical_technologies: Vec<&'static str>,
    ecosystems: Vec<&'static str>,
    trl_from: u8,
    trl_to: u8,
    equipment: String,
    accreditations: Vec<String>,
    price_model: &'static str,
    price_cents: Option<i64>,
    programmes: Vec<i64>,
    lead_time_days: u16,
    answer_days: u16,
    languages: Vec<String>,
    delivery: Vec<&'static str>,
    countries: Vec<String>,
    regions: Vec<String>,
    published_at: Option<DateTime<Utc>>,
}

impl ServiceOut {
    pub fn of(s: &Service) -> Self {
        use domain::Taxonomy;
        let d = &s.draft;
        Self {
            id: s.id,
            url: format!("/services/{}", s.id),
            organisation_slug: s.organisation_slug.to_string(),
            organisation_name: s.organisation_name.clone(),
            organisation_country: s.organisation_country.clone(),
            kind: d.kind.as_str(),
            language: d.language.to_string(),
            texts: d.texts.iter().map(|(l, t)| (l.to_string(), t.clone())).collect(),
            technologies: d.technologies.iter().map(|t| t.slug()).collect(),
            critical_technologies: d.critical_technologies.iter().map(|t| t.slug()).collect(),
            ecosystems: d.ecosystems.iter().map(|t| t.slug()).collect(),
            trl_from: d.trl_from,
            trl_to: d.trl_to,
            equipment: d.equipment.clone(),
            accreditations: d.accreditations.clone(),
            price_model: d.price_model.as_str(),
            price_cents: d.price.map(|p| p.0),
            programmes: d.programmes.clone(),
            lead_time_days: d.lead_time_days,
            answer_days: d.answer_days,
            languages: d.languages.iter().map(|l| l.to_string()).collect(),
            delivery: d.delivery.iter().map(|v| v.as_str()).collect(),
            countries: d.countries.iter().map(|c| c.to_string()).collect(),
            regions: d.regions.iter().map(|r| r.to_string()).collect(),
            published_at: s.published_at,
        }
    }
}

pub async fn get(State(st): State<AppState>, Path(id): Path<String>) -> Result<Response, WebError> {
    let s = st.store.service(path_id(&id)?).await?.ok_or(WebError::NotFound)?;
    if s.state != ServiceState::Published {
        return Err(WebError::NotFound);
    }
    Ok(Json(ServiceOut::of(&s)).into_response())
}

//! The node's index of published technology services for proposals ([`matching::services`]):
//! built when first asked, and again when the change feed has moved and the index is older than
//! [`FRESH_FOR`] (a new service shows in proposals within seconds; a burst of writes does not
//! rebuild it for every challenge). Proposals are worded here in the reader's language.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use domain::{CountryCode, Taxonomy};
use matching::services::{Challenge, Figures, Mode, Proposal, ServiceEntity, ServiceIndex, ServiceReason};
use store::services::Service;
use store::Store;

use crate::i18n::Tr;

/// How long an index is used after the data changed before it is built again.
pub const FRESH_FOR: Duration = Duration::from_secs(5);

pub struct ServiceSnapshot {
    pub index: ServiceIndex,
    pub version: i64,
    built: Instant,
    pub services: HashMap<i64, Service>,
    /// Each provider's position and country.
    places: HashMap<i64, (Option<(f64, f64)>, CountryCode)>,
}

#[derive(Default)]
pub struct ServiceProposer {
    current: RwLock<Option<Arc<ServiceSnapshot>>>,
    building: tokio::sync::Mutex<()>,
}

/// A proposal as a page shows it.
#[derive(Debug, Clone)]
pub struct ShownProposal {
    pub service: Service,
    pub name: String,
    pub kind: String,
    pub reasons: Vec<String>,
}

/// The service as the ranking knows it.
pub fn entity(
    s: &Service,
    place: Option<&(Option<(f64, f64)>, CountryCode)>,
    figures: Option<&store::services::ProviderFigures>,
) -> ServiceEntity {
    let d = &s.draft;
    let mut tags: Vec<String> = d.technologies.iter().map(|t| format!("ket:{}", t.slug())).collect();
    tags.extend(d.critical_technologies.iter().map(|t| format!("cta:{}", t.slug())));
    tags.extend(d.ecosystems.iter().map(|t| format!("ecosystem:{}", t.slug())));
    ServiceEntity {
        id: s.id,
        provider: s.organisation_id,
        kind: d.kind,
        tags,
        trl: (d.trl_from, d.trl_to),
        languages: d.languages.iter().map(|l| l.to_string()).collect(),
        programmes: d.programmes.clone(),
        countries: d.countries.clone(),
        country: place.map(|p| p.1),
        position: place.and_then(|p| p.0),
        texts: d
            .texts
            .iter()
            .map(|(l, t)| (l.to_string(), format!("{}\n{}", t.name, t.description)))
            .collect(),
        figures: figures
            .map(|f| Figures {
                median_answer_hours: f.median_answer_hours,
                rating_tenths: f.rating_tenths,
                ratings: f.ratings,
            })
            .unwrap_or_default(),
    }
}

async fn load(store: &Store, version: i64) -> Result<ServiceSnapshot, store::StoreError> {
    let services = store.published_services().await?;
    let mut providers: Vec<i64> = services.iter().map(|s| s.organisation_id).collect();
    providers.sort_unstable();
    providers.dedup();
    let mut places = HashMap::new();
    for chunk in providers.chunks(5_000) {
        for o in store.organisations_by_ids(chunk).await? {
            let position = o.profile.coordinates.map(|c| (c.lat, c.lon));
            places.insert(o.id, (position, o.profile.country));
        }
    }
    let figures = store.provider_figures(&[]).await?;
    let entities: Vec<ServiceEntity> = services
        .iter()
        .map(|s| entity(s, places.get(&s.organisation_id), figures.get(&s.organisation_id)))
        .collect();
    let index = tokio::task::spawn_blocking(move || ServiceIndex::build(entities))
        .await
        .map_err(|e| store::StoreError::Corrupt {
            column: "service index",
            message: e.to_string(),
        })?;
    Ok(ServiceSnapshot {
        index,
        version,
        built: Instant::now(),
        services: services.into_iter().map(|s| (s.id, s)).collect(),
        places,
    })
}

impl ServiceProposer {
    /// The current index, built or rebuilt first when it is missing or stale.
    pub async fn snapshot(&self, store: &Store, version: i64) -> Result<Arc<ServiceSnapshot>, store::StoreError> {
        let fresh = |s: &ServiceSnapshot| s.version == version || s.built.elapsed() < FRESH_FOR;
        if let Some(s) = self.current.read().unwrap_or_else(|p| p.into_inner()).clone() {
            if fresh(&s) {
                return Ok(s);
            }
        }
        // One build at a time; whoever waited finds it built.
        let _guard = self.building.lock().await;
        if let Some(s) = self.current.read().unwrap_or_else(|p| p.into_inner()).clone() {
            if fresh(&s) {
                return Ok(s);
            }
        }
        let s = Arc::new(load(store, version).await?);
        *self.current.write().unwrap_or_else(|p| p.into_inner()) = Some(s.clone());
        Ok(s)
    }
}

impl ServiceSnapshot {
    /// The client's place, for distances and the countries a service serves.
    pub fn challenge(
        &self,
        text: &str,
        language: &str,
        trl: Option<u8>,
        client: &domain::Organisation,
        programmes: Vec<i64>,
        exclude: HashSet<i64>,
    ) -> Challenge {
        Challenge {
            text: text.to_owned(),
            language: language.to_owned(),
            trl,
            country: Some(client.profile.country),
            position: client.profile.coordinates.map(|c| (c.lat, c.lon)),
            programmes,
            exclude,
        }
    }

    /// The `n` best proposals, worded for the reader; the client's own services are left out.
    pub fn propose(&self, tr: &Tr, c: &Challenge, client: i64, n: usize) -> Vec<ShownProposal> {
        self.index
            .propose(c, Mode::Full, n + 20)
            .into_iter()
            .filter(|p| p.provider != client)
            .take(n)
            .filter_map(|p| self.shown(tr, &p))
            .collect()
    }

    fn shown(&self, tr: &Tr, p: &Proposal) -> Option<ShownProposal> {
        let s = self.services.get(&p.service)?;
        let text = s.draft.text(tr.locale.code());
        Some(ShownProposal {
            name: text.name.clone(),
            kind: tr.t(s.draft.kind.message_id()),
            reasons: p.reasons.iter().map(|r| reason(tr, r)).collect(),
            service: s.clone(),
        })
    }

    pub fn provider_country(&self, provider: i64) -> Option<CountryCode> {
        self.places.get(&provider).map(|p| p.1)
    }
}

/// A reason as a sentence in the reader's language.
fn reason(tr: &Tr, r: &ServiceReason) -> String {
    match r {
        ServiceReason::Offers { kind, concepts } => {
            let names = concepts
                .iter()
                .map(|(label, words)| format!("{words} ({label})"))
                .collect::<Vec<_>>()
                .join(", ");
            match kind {
                Some(k) => tr.t2("proposal-offers", "kind", tr.t(k.message_id()), "concepts", names),
                None => tr.t1("proposal-knows", "concepts", names),
            }
        }
        ServiceReason::Kind(k) => tr.t1("proposal-kind", "kind", tr.t(k.message_id())),
        ServiceReason::Words(w) => tr.t1("proposal-words", "words", w.join(", ")),
        ServiceReason::Trl { trl, from, to } => tr.tn(
            "proposal-trl",
            vec![("trl", (*trl).into()), ("from", (*from).into()), ("to", (*to).into())],
        ),
        ServiceReason::Voucher(_) => tr.t("proposal-voucher"),
        ServiceReason::Answers { hours } => tr.t1("proposal-answers", "time", answer_time(tr, *hours)),
        ServiceReason::Rated { tenths, count } => {
            tr.t2("proposal-rated", "rating", rating(tr, *tenths), "count", *count)
        }
        ServiceReason::Speaks(lang) => tr.t1("proposal-speaks", "language", tr.t(format!("language-{lang}"))),
        ServiceReason::Distance { km, across_border } => {
            let km = tr.number(km.round() as i64);
            if *across_border {
                tr.t1("proposal-across-border", "km", km)
            } else {
                tr.t1("proposal-distance", "km", km)
            }
        }
    }
}

/// A rating in tenths of a star ("4.6") as the reader's language writes decimals.
pub fn rating(tr: &Tr, tenths: i64) -> String {
    let sep = if tr.locale.code() == "en" { "." } else { "," };
    format!("{}{sep}{}", tenths / 10, tenths % 10)
}

/// A first-answer time: hours under two days, days above ("3 days").
pub fn answer_time(tr: &Tr, hours: i64) -> String {
    if hours < 1 {
        tr.t("service-under-an-hour")
    } else if hours < 48 {
        tr.t1("service-hours", "hours", hours)
    } else {
        tr.t1("service-days", "days", (hours + 12) / 24)
    }
}

/// A centre's public figures as sentences in the reader's language.
pub fn figure_lines(tr: &Tr, f: &store::services::ProviderFigures) -> Vec<String> {
    let mut out = Vec::new();
    if f.requests > 0 {
        out.push(tr.t2(
            "service-figure-answered",
            "answered",
            f.answered,
            "requests",
            f.requests,
        ));
    }
    if let Some(h) = f.median_answer_hours {
        out.push(tr.t1("service-figure-answer", "time", answer_time(tr, h)));
    }
    if let Some(t) = f.rating_tenths {
        out.push(tr.t2("service-figure-rating", "rating", rating(tr, t), "count", f.ratings));
    }
    out
}

//! Mentions in news: the node's gazetteer of everything the platform knows by name (the
//! directory's organisations and their cities, projects, published events, funding calls, and
//! the countries, technologies and ecosystems in every interface language), the recognition of an
//! item's text on each save, and where a confirmed mention leads.
//!
//! The gazetteer is built on first use and again when an organisation, project or event changed
//! or funding calls were imported (`Store::mention_names_version`); a news item's own save does
//! not rebuild it. Building it for 100,000 organisations takes about a second, on a blocking
//! thread.

use std::sync::{Arc, RwLock};

use domain::Taxonomy;
use matching::mentions::{Context, Entity, Gazetteer, MentionKind};
use store::mentions::{Found, CANDIDATE};
use store::news::News;
use store::Store;

use crate::i18n::{Locale, Tr};
use crate::WebError;

type Version = (i64, i64, i64);

struct Built {
    version: Version,
    gazetteer: Gazetteer,
    /// The platform's name of each entity, by index in the order they were given.
    labels: std::collections::HashMap<(MentionKind, String), String>,
}

#[derive(Default)]
pub struct Directory {
    current: RwLock<Option<Arc<Built>>>,
    /// One build at a time: saves that find the gazetteer stale together wait for one build.
    building: tokio::sync::Mutex<()>,
}

impl Directory {
    async fn current(&self, store: &Store) -> Result<Arc<Built>, WebError> {
        let version = store.mention_names_version().await?;
        let fresh = |d: &Self| {
            d.current
                .read()
                .ok()
                .and_then(|c| c.as_ref().filter(|b| b.version == version).cloned())
        };
        if let Some(b) = fresh(self) {
            return Ok(b);
        }
        let _building = self.building.lock().await;
        if let Some(b) = fresh(self) {
            return Ok(b);
        }
        let names = store.mention_names().await?;
        let built = tokio::task::spawn_blocking(move || build(version, names))
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "building the gazetteer failed");
                WebError::Internal
            })?;
        let built = Arc::new(built);
        if let Ok(mut c) = self.current.write() {
            *c = Some(built.clone());
        }
        Ok(built)
    }
}

/// The names of a taxonomy's entries as news write them, in every interface language.
fn terms(kind: MentionKind, id: &str) -> Entity {
    let lists: Vec<String> = Locale::ALL
        .iter()
        .filter_map(|l| Tr::new(*l).plain(&format!("mentions-{id}")).map(str::to_owned))
        .collect();
    Entity::terms(kind, id, lists.iter().map(String::as_str))
}

fn build(version: Version, names: store::mentions::Names) -> Built {
    let mut entities = Vec::new();
    let mut labels = std::collections::HashMap::new();
    let mut cities: std::collections::BTreeMap<String, (String, String)> = Default::default();
    for o in &names.organisations {
        entities.push(Entity::organisation(
            &o.slug,
            &o.name,
            o.short_name.as_deref(),
            &o.country,
            o.city.as_deref(),
        ));
        labels.insert((MentionKind::Organisation, o.slug.clone()), o.name.clone());
        if let Some(c) = o.city.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
            cities
                .entry(domain::fold(c))
                .or_insert_with(|| (c.to_owned(), o.country.clone()));
        }
    }
    for (name, country) in cities.into_values() {
        labels.insert((MentionKind::City, name.clone()), name.clone());
        entities.push(Entity::city(&name, &country));
    }
    for (id, acronym, title) in &names.projects {
        entities.push(Entity::project(&id.to_string(), acronym, title.as_deref()));
        labels.insert((MentionKind::Project, id.to_string()), acronym.clone());
    }
    for (id, title) in &names.events {
        entities.push(Entity::event(&id.to_string(), title));
        labels.insert((MentionKind::Event, id.to_string()), title.clone());
    }
    for (id, identifier, title) in &names.calls {
        entities.push(Entity::call(&id.to_string(), identifier, title));
        labels.insert((MentionKind::Call, id.to_string()), format!("{identifier} — {title}"));
    }
    for code in domain::CountryCode::all() {
        let mut names: Vec<(&str, String)> = Vec::new();
        for l in Locale::ALL {
            let tr = Tr::new(*l);
            names.push((l.code(), tr.country(code.as_str())));
            if let Some(more) = tr.plain(&format!("mentions-country-{}", code.as_str())) {
                names.extend(more.split(',').map(|n| (l.code(), n.trim().to_owned())));
            }
        }
        entities.push(Entity::country(
            code.as_str(),
            names.iter().map(|(l, n)| (*l, n.as_str())),
        ));
    }
    for e in domain::Ecosystem::ALL {
        entities.push(terms(MentionKind::Ecosystem, &e.message_id()));
    }
    for t in domain::KeyEnablingTechnology::ALL {
        entities.push(terms(MentionKind::Technology, &t.message_id()));
    }
    for t in domain::CriticalTechnology::ALL {
        entities.push(terms(MentionKind::Technology, &t.message_id()));
    }
    Built {
        version,
        gazetteer: Gazetteer::new(entities),
        labels,
    }
}

/// The text of an item the recogniser reads: its title, lead and body.
fn text_of(n: &News) -> String {
    format!("{}\n\n{}\n\n{}", n.draft.title, n.draft.lead, n.draft.body)
}

/// Reads an item's text for mentions and records them (after every save of its text).
pub async fn refresh(state: &crate::AppState, news_id: i64) -> Result<(), WebError> {
    state.mentions.refresh(&state.store, news_id).await
}

/// Confirms every mention found in an item, as its writers would after checking them: for items
/// written by the platform itself (the demo) or imported from a trusted source.
pub async fn confirm_all(store: &Store, news_id: i64) -> Result<(), WebError> {
    let all: Vec<(String, String)> = store
        .news_mentions(news_id)
        .await?
        .into_iter()
        .filter(|m| m.kind != CANDIDATE)
        .map(|m| (m.kind, m.key))
        .collect();
    store.decide_mentions(news_id, &all).await?;
    Ok(())
}

impl Directory {
    /// Reads an item's text for mentions and records them.
    pub async fn refresh(&self, store: &Store, news_id: i64) -> Result<(), WebError> {
        let Some(n) = store.news(news_id).await? else {
            return Ok(());
        };
        refresh_item(self, store, &n).await
    }
}

async fn refresh_item(directory: &Directory, store: &Store, n: &News) -> Result<(), WebError> {
    let news_id = n.id;
    let built = directory.current(store).await?;
    let publisher_country = store
        .organisation_by_slug(n.organisation_slug.as_str())
        .await?
        .map(|o| o.profile.country.to_string());
    let text = text_of(n);
    let context = Context {
        language: n.draft.language.as_str().to_owned(),
        countries: publisher_country.into_iter().collect(),
    };
    let found = tokio::task::spawn_blocking(move || {
        let r = built.gazetteer.recognise(&text, &context);
        let mut found: Vec<Found> = Vec::new();
        for m in &r.mentions {
            let words = &text[m.start..m.end];
            // Each spelling once, in the order the text uses them ("UAE" then "United Arab
            // Emirates"): the article links whichever its body uses first.
            if let Some(f) = found.iter_mut().find(|f| f.kind == m.kind.as_str() && f.key == m.key) {
                if !f.surface.split('\n').any(|s| s == words) {
                    f.surface.push('\n');
                    f.surface.push_str(words);
                }
                continue;
            }
            let label = built
                .labels
                .get(&(m.kind, m.key.clone()))
                .cloned()
                .unwrap_or_else(|| m.key.clone());
            found.push(Found {
                kind: m.kind.as_str().to_owned(),
                key: m.key.clone(),
                label,
                surface: text[m.start..m.end].to_owned(),
            });
        }
        for c in &r.candidates {
            let key = domain::fold(&c.name);
            if !found.iter().any(|f| f.kind == CANDIDATE && f.key == key) {
                found.push(Found {
                    kind: CANDIDATE.to_owned(),
                    key,
                    label: c.name.clone(),
                    surface: c.name.clone(),
                });
            }
        }
        found
    })
    .await
    .map_err(|e| {
        tracing::error!(error = %e, "recognising mentions failed");
        WebError::Internal
    })?;
    store.set_found_mentions(news_id, &found).await?;
    Ok(())
}

/// Where a mention leads: the page of what it names, or the news filtered by it.
pub fn href(kind: &str, key: &str) -> Option<String> {
    Some(match MentionKind::parse(kind)? {
        MentionKind::Organisation => format!("/organisations/{key}"),
        MentionKind::Project => format!("/projects/{key}"),
        MentionKind::Event => format!("/events/{key}"),
        MentionKind::Call => format!("/funding/{key}"),
        // The news that mention them too: a country's or technology's directory may be empty.
        MentionKind::Country => crate::views::url("/news", &[("country", key.to_owned())]),
        MentionKind::City => crate::views::url("/organisations", &[("q", key.to_owned())]),
        MentionKind::Technology => {
            let (_, slug) = key.split_once('-')?;
            crate::views::url("/news", &[("technology", slug.to_owned())])
        }
        MentionKind::Ecosystem => {
            let slug = key.strip_prefix("ecosystem-")?;
            crate::views::url("/news", &[("ecosystem", slug.to_owned())])
        }
    })
}

/// The name a reader sees for a mention: countries, technologies and ecosystems in their language.
pub fn label(tr: &Tr, kind: &str, key: &str, stored: &str) -> String {
    match kind {
        "country" => tr.country(key),
        "technology" | "ecosystem" => tr.t(key),
        _ => stored.to_owned(),
    }
}

/// A published item that mentions what a page is about.
pub struct InTheNews {
    pub href: String,
    pub title: String,
    pub language: String,
    pub date: String,
}

/// Items shown under "In the news" on a page.
const IN_THE_NEWS: i64 = 5;

/// The latest published items that mention it (confirmed by their writers), for its page.
pub async fn in_the_news(
    state: &crate::AppState,
    tr: &Tr,
    kind: MentionKind,
    key: &str,
) -> Result<Vec<InTheNews>, WebError> {
    Ok(shown(tr, &mentioning(state, kind, key).await?))
}

/// The latest news that mention it, as the read cache keeps them.
pub async fn mentioning(
    state: &crate::AppState,
    kind: MentionKind,
    key: &str,
) -> Result<std::sync::Arc<Vec<store::mentions::Mentioning>>, WebError> {
    Ok(state
        .cache
        .news_mentioning(&state.store, kind.as_str(), key, IN_THE_NEWS)
        .await?)
}

/// The news of [`mentioning`] as a page's "In the news" shows them.
pub fn shown(tr: &Tr, news: &[store::mentions::Mentioning]) -> Vec<InTheNews> {
    news.iter().map(|m| InTheNews::of(tr, m)).collect()
}

impl InTheNews {
    pub fn of(tr: &Tr, m: &store::mentions::Mentioning) -> Self {
        Self {
            href: format!("/news/{}", m.news_id),
            title: m.title.clone(),
            language: m.language.clone(),
            date: m.published_at.map(|t| tr.date(t.date_naive())).unwrap_or_default(),
        }
    }
}

//! Each kind of content as search documents. A new kind (offers, events, calls, news) adds a
//! [`Kind`] with its loader here; the engine does not change.

use std::collections::{BTreeSet, HashMap};

use domain::taxonomy::Taxonomy;
use domain::{EventState, NewsState, OpportunityState, Organisation, Participation, Project, Visibility};
use store::events::Event;
use store::funding::StoredCall;
use store::news::News;
use store::opportunities::Opportunity;
use store::services::Service;
use store::{Store, StoreError};

use crate::document::{Document, Text};
use crate::lang::Lang;

/// Display names of the platform's vocabulary in the languages it has them in, so that a
/// document is found by its taxonomy terms and country in any of them ("Halbleiter",
/// "Tyskland"). The web layer's translations provide them.
pub trait Vocabulary: Send + Sync {
    /// The names of a translation message id, per language.
    fn names(&self, message_id: &str) -> Vec<(Lang, String)>;
    /// The names of a country, per language.
    fn country_names(&self, code: &str) -> Vec<(Lang, String)>;
}

/// Vocabulary that knows no names: documents carry codes only.
pub struct NoVocabulary;

impl Vocabulary for NoVocabulary {
    fn names(&self, _: &str) -> Vec<(Lang, String)> {
        Vec::new()
    }
    fn country_names(&self, _: &str) -> Vec<(Lang, String)> {
        Vec::new()
    }
}

/// The kinds of content in the index, by the entity name the change feed uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Organisation,
    Project,
    Opportunity,
    Event,
    Call,
    News,
    Service,
}

impl Kind {
    pub const ALL: &'static [Kind] = &[
        Kind::Organisation,
        Kind::Project,
        Kind::Opportunity,
        Kind::Event,
        Kind::Call,
        Kind::News,
        Kind::Service,
    ];

    pub fn entity(self) -> &'static str {
        match self {
            Kind::Organisation => "organisation",
            Kind::Project => "project",
            Kind::Opportunity => "opportunity",
            Kind::Event => "event",
            Kind::Call => "call",
            Kind::News => "news",
            Kind::Service => "service",
        }
    }

    pub fn from_entity(s: &str) -> Option<Kind> {
        Self::ALL.iter().copied().find(|k| k.entity() == s)
    }

    /// The documents of these records; records that no longer exist have none.
    pub async fn load(self, store: &Store, ctx: &Context<'_>, ids: &[i64]) -> Result<Vec<Document>, StoreError> {
        Ok(match self {
            Kind::Organisation => {
                let orgs = store.organisations_by_ids(ids).await?;
                orgs.iter().map(|o| organisation(o, ctx)).collect()
            }
            Kind::Project => {
                let projects = store.projects_by_ids(ids).await?;
                projects_with_participants(store, ctx, projects).await?
            }
            Kind::Opportunity => store
                .opportunities_by_ids(ids)
                .await?
                .iter()
                .filter_map(|o| opportunity(o, ctx))
                .collect(),
            Kind::Event => store
                .events_by_ids(ids)
                .await?
                .iter()
                .filter_map(|e| event(e, ctx))
                .collect(),
            Kind::Call => store.calls_by_ids(ids).await?.iter().map(|c| call(c, ctx)).collect(),
            Kind::News => store
                .news_by_ids(ids)
                .await?
                .iter()
                .filter_map(|n| news(n, ctx))
                .collect(),
            Kind::Service => store
                .services_by_ids(ids)
                .await?
                .iter()
                .filter_map(|s| service(s, ctx))
                .collect(),
        })
    }

    /// Up to `limit` documents of records with ids above `after`, and the last id read.
    pub async fn page(
        self,
        store: &Store,
        ctx: &Context<'_>,
        after: i64,
        limit: i64,
    ) -> Result<(Vec<Document>, Option<i64>), StoreError> {
        Ok(match self {
            Kind::Organisation => {
                let orgs = store.organisations_after(after, limit).await?;
                let last = orgs.last().map(|o| o.id);
                (orgs.iter().map(|o| organisation(o, ctx)).collect(), last)
            }
            Kind::Project => {
                let projects = store.projects_after(after, limit).await?;
                let last = projects.last().map(|p| p.id);
                (projects_with_participants(store, ctx, projects).await?, last)
            }
            Kind::Opportunity => {
                let list = store.opportunities_after(after, limit).await?;
                let last = list.last().map(|o| o.id);
                (list.iter().filter_map(|o| opportunity(o, ctx)).collect(), last)
            }
            Kind::Call => {
                let list = store.calls_after(after, limit).await?;
                let last = list.last().map(|c| c.id);
                (list.iter().map(|c| call(c, ctx)).collect(), last)
            }
            Kind::Event => {
                let list = store.events_after(after, limit).await?;
                let last = list.last().map(|e| e.id);
                (list.iter().filter_map(|e| event(e, ctx)).collect(), last)
            }
            Kind::News => {
                let list = store.news_after(after, limit).await?;
                let last = list.last().map(|n| n.id);
                (list.iter().filter_map(|n| news(n, ctx)).collect(), last)
            }
            Kind::Service => {
                let list = store.services_after(after, limit).await?;
                let last = list.last().map(|s| s.id);
                (list.iter().filter_map(|s| service(s, ctx)).collect(), last)
            }
        })
    }
}

/// What documents are written with: names of regions and of the vocabulary.
pub struct Context<'a> {
    pub regions: HashMap<String, String>,
    pub vocabulary: &'a dyn Vocabulary,
}

impl<'a> Context<'a> {
    pub async fn load(store: &Store, vocabulary: &'a dyn Vocabulary) -> Result<Self, StoreError> {
        let regions = store
            .all_regions()
            .await?
            .into_iter()
            .map(|r| (r.code, r.name))
            .collect();
        Ok(Self { regions, vocabulary })
    }

    fn names(&self, message_id: &str) -> impl Iterator<Item = Text> {
        self.vocabulary
            .names(message_id)
            .into_iter()
            .map(|(l, n)| Text::new(Some(l), n))
    }
}

/// The language most text from a country is written in, to fall back on when detection is unsure.
pub fn country_language(code: &str) -> Option<Lang> {
    Some(match code {
        "DE" | "AT" | "LI" => Lang::De,
        "FR" | "LU" => Lang::Fr,
        "DK" => Lang::Da,
        "NL" | "BE" => Lang::Nl,
        "IT" => Lang::It,
        "ES" => Lang::Es,
        "PT" => Lang::Pt,
        "SE" => Lang::Sv,
        "NO" => Lang::Nb,
        "FI" => Lang::Fi,
        "RO" => Lang::Ro,
        "HU" => Lang::Hu,
        "GR" | "CY" => Lang::El,
        "IE" | "GB" | "MT" => Lang::En,
        _ => return None,
    })
}

pub fn organisation(o: &Organisation, ctx: &Context<'_>) -> Document {
    let p = &o.profile;
    let country = p.country.as_str();
    let mut keywords: Vec<Text> = Vec::new();
    if let Some(city) = &p.city {
        keywords.push(Text::new(None, city.clone()));
    }
    keywords.extend(
        ctx.vocabulary
            .country_names(country)
            .into_iter()
            .map(|(l, n)| Text::new(Some(l), n)),
    );
    let mut facets = vec![
        ("type".to_owned(), p.kind.as_str().to_owned()),
        ("country".to_owned(), country.to_owned()),
    ];
    if let Some(nuts) = &p.nuts_code {
        let code = nuts.as_str();
        for len in 3..=code.len() {
            if let Some(name) = ctx.regions.get(&code[..len]) {
                keywords.push(Text::new(None, name.clone()));
            }
        }
        if code.len() >= 4 {
            facets.push(("region".to_owned(), code[..4].to_owned()));
        }
    }
    keywords.extend(ctx.names(&p.kind.message_id()));
    for e in &p.ecosystems {
        facets.push(("ecosystem".to_owned(), e.slug().to_owned()));
        keywords.extend(ctx.names(&e.message_id()));
    }
    for t in &p.technologies {
        facets.push(("technology".to_owned(), t.slug().to_owned()));
        keywords.extend(ctx.names(&t.message_id()));
    }
    for t in &p.critical_technologies {
        facets.push(("critical".to_owned(), t.slug().to_owned()));
        keywords.extend(ctx.names(&t.message_id()));
    }
    if let Some(l) = p.label {
        facets.push(("label".to_owned(), l.as_str().to_owned()));
    }
    Document {
        kind: Kind::Organisation.entity().to_owned(),
        id: o.id.to_string(),
        url: format!("/organisations/{}", o.slug.as_str()),
        title: p.name.clone(),
        aliases: p.short_name.iter().cloned().collect(),
        texts: p
            .descriptions
            .iter()
            .map(|(l, t)| Text::new(Lang::from_code(l.as_str()), t.clone()))
            .collect(),
        keywords,
        facets,
        position: p.coordinates.map(|c| (c.lat, c.lon)),
        language_hint: country_language(country),
        meta: serde_json::json!({
            "type": p.kind.as_str(),
            "country": country,
            "city": p.city,
        }),
    }
}

async fn projects_with_participants(
    store: &Store,
    ctx: &Context<'_>,
    projects: Vec<Project>,
) -> Result<Vec<Document>, StoreError> {
    let ids: Vec<i64> = projects.iter().map(|p| p.id).collect();
    let mut by_project: HashMap<i64, Vec<Participation>> = HashMap::new();
    for x in store.participants_of_projects(&ids).await? {
        by_project.entry(x.project_id).or_default().push(x);
    }
    Ok(projects
        .iter()
        .map(|p| project(p, by_project.get(&p.id).map(Vec::as_slice).unwrap_or_default(), ctx))
        .collect())
}

pub fn project(p: &Project, participants: &[Participation], ctx: &Context<'_>) -> Document {
    let countries: BTreeSet<&str> = participants.iter().map(|x| x.organisation_country.as_str()).collect();
    let mut keywords: Vec<Text> = participants
        .iter()
        .map(|x| Text::new(None, x.organisation_name.clone()))
        .collect();
    keywords.extend(p.draft.programme.iter().map(|t| Text::new(None, t.clone())));
    keywords.extend(p.topics.iter().map(|t| Text::new(None, t.code.clone())));
    keywords.extend(ctx.names("search-kind-project"));
    let coordinator = participants
        .iter()
        .find(|x| x.role == domain::ParticipationRole::Coordinator)
        .map(|x| x.organisation_name.clone());
    Document {
        kind: Kind::Project.entity().to_owned(),
        id: p.id.to_string(),
        url: format!("/projects/{}", p.id),
        title: p.draft.acronym.clone(),
        aliases: p.draft.title.iter().cloned().collect(),
        // CORDIS publishes topics and fields of science in English.
        texts: p
            .topics
            .iter()
            .map(|t| Text::new(Some(Lang::En), t.title.clone()))
            .chain(std::iter::once(Text::new(Some(Lang::En), p.keywords.join(", "))).filter(|t| !t.text.is_empty()))
            .collect(),
        keywords,
        facets: countries
            .iter()
            .map(|c| ("country".to_owned(), (*c).to_owned()))
            .collect(),
        position: None,
        language_hint: Some(Lang::En),
        meta: serde_json::json!({
            "programme": p.draft.programme,
            "participants": p.participant_count,
            "coordinator": coordinator,
            "countries": countries,
        }),
    }
}

/// A published opportunity open to everyone; others (drafts, closed, expired, members-only) have
/// no document, so the search shows only what a visitor may read.
pub fn opportunity(o: &Opportunity, ctx: &Context<'_>) -> Option<Document> {
    let d = &o.draft;
    if o.state != OpportunityState::Published || d.visibility != Visibility::Public {
        return None;
    }
    let mut facets = vec![];
    let mut keywords: Vec<Text> = ctx.names(&d.kind.message_id()).collect();
    keywords.extend(ctx.names("search-kind-opportunity"));
    for e in &d.ecosystems {
        facets.push(("ecosystem".to_owned(), e.slug().to_owned()));
        keywords.extend(ctx.names(&e.message_id()));
    }
    for t in &d.technologies {
        facets.push(("technology".to_owned(), t.slug().to_owned()));
        keywords.extend(ctx.names(&t.message_id()));
    }
    for t in &d.critical_technologies {
        facets.push(("critical".to_owned(), t.slug().to_owned()));
        keywords.extend(ctx.names(&t.message_id()));
    }
    for c in &d.target_countries {
        facets.push(("country".to_owned(), c.as_str().to_owned()));
    }
    keywords.extend(d.call.iter().map(|c| Text::new(None, c.clone())));
    keywords.push(Text::new(None, o.organisation_name.clone()));
    Some(Document {
        kind: Kind::Opportunity.entity().to_owned(),
        id: o.id.to_string(),
        url: format!("/opportunities/{}", o.id),
        title: d.title.clone(),
        aliases: vec![],
        texts: vec![Text::new(Lang::from_code(d.language.as_str()), d.description.clone())],
        keywords,
        facets,
        position: None,
        language_hint: Lang::from_code(d.language.as_str()),
        meta: serde_json::json!({
            "opportunity": d.kind.as_str(),
            "organisation": o.organisation_name,
            "deadline": d.deadline.to_string(),
        }),
    })
}

/// A published technology service, found in every language it is described in: its kind,
/// taxonomy, delivery, price model and the centre's languages and country are facets.
pub fn service(s: &Service, ctx: &Context<'_>) -> Option<Document> {
    let d = &s.draft;
    if s.state != domain::service::ServiceState::Published {
        return None;
    }
    let mut facets = vec![("service".to_owned(), d.kind.as_str().to_owned())];
    let mut keywords: Vec<Text> = ctx.names(&d.kind.message_id()).collect();
    keywords.extend(ctx.names("search-kind-service"));
    for e in &d.ecosystems {
        facets.push(("ecosystem".to_owned(), e.slug().to_owned()));
        keywords.extend(ctx.names(&e.message_id()));
    }
    for t in &d.technologies {
        facets.push(("technology".to_owned(), t.slug().to_owned()));
        keywords.extend(ctx.names(&t.message_id()));
    }
    for t in &d.critical_technologies {
        facets.push(("critical".to_owned(), t.slug().to_owned()));
        keywords.extend(ctx.names(&t.message_id()));
    }
    facets.push(("country".to_owned(), s.organisation_country.clone()));
    facets.extend(
        d.delivery
            .iter()
            .map(|v| ("delivery".to_owned(), v.as_str().to_owned())),
    );
    facets.push(("price".to_owned(), d.price_model.as_str().to_owned()));
    facets.extend(
        d.languages
            .iter()
            .map(|l| ("language".to_owned(), l.as_str().to_owned())),
    );
    keywords.push(Text::new(None, s.organisation_name.clone()));
    keywords.extend(d.accreditations.iter().map(|a| Text::new(None, a.clone())));
    if !d.equipment.is_empty() {
        keywords.push(Text::new(Lang::from_code(d.language.as_str()), d.equipment.clone()));
    }
    let main = d.text(d.language.as_str());
    let mut texts = vec![Text::new(
        Lang::from_code(d.language.as_str()),
        main.description.clone(),
    )];
    let mut aliases = Vec::new();
    for (lang, t) in d.texts.iter().filter(|(l, _)| **l != d.language) {
        texts.push(Text::new(Lang::from_code(lang.as_str()), t.description.clone()));
        aliases.push(t.name.clone());
    }
    Some(Document {
        kind: Kind::Service.entity().to_owned(),
        id: s.id.to_string(),
        url: format!("/services/{}", s.id),
        title: main.name.clone(),
        aliases,
        texts,
        keywords,
        facets,
        position: None,
        language_hint: Lang::from_code(d.language.as_str()),
        meta: serde_json::json!({
            "service": d.kind.as_str(),
            "organisation": s.organisation_name,
            "price_model": d.price_model.as_str(),
            "price": d.price.map(|p| p.0),
            "trl": [d.trl_from, d.trl_to],
        }),
    })
}

/// A published event (drafts, events under review and called-off ones have no document). Its
/// venue's country is its `country` facet; its technologies and ecosystems are facets too.
pub fn event(e: &Event, ctx: &Context<'_>) -> Option<Document> {
    let d = &e.draft;
    if e.state != EventState::Published {
        return None;
    }
    let mut facets = vec![];
    let mut keywords: Vec<Text> = ctx.names(&d.kind.message_id()).collect();
    keywords.extend(ctx.names("search-kind-event"));
    for x in &d.ecosystems {
        facets.push(("ecosystem".to_owned(), x.slug().to_owned()));
        keywords.extend(ctx.names(&x.message_id()));
    }
    for t in &d.technologies {
        facets.push(("technology".to_owned(), t.slug().to_owned()));
        keywords.extend(ctx.names(&t.message_id()));
    }
    if let Some(c) = d.country {
        facets.push(("country".to_owned(), c.as_str().to_owned()));
    }
    for c in &d.destinations {
        keywords.push(Text::new(None, c.as_str().to_owned()));
    }
    keywords.push(Text::new(None, e.organisation_name.clone()));
    keywords.extend(d.city.iter().map(|c| Text::new(None, c.clone())));
    keywords.extend(d.speakers.iter().map(|s| Text::new(None, s.name.clone())));
    let lang = Lang::from_code(d.language.as_str());
    let agenda: Vec<String> = d.agenda.iter().map(|a| a.what.clone()).collect();
    Some(Document {
        kind: Kind::Event.entity().to_owned(),
        id: e.id.to_string(),
        url: format!("/events/{}", e.id),
        title: d.title.clone(),
        aliases: vec![],
        texts: vec![
            Text::new(lang, d.description.clone()),
            Text::new(lang, agenda.join("\n")),
        ],
        keywords,
        facets,
        position: None,
        language_hint: lang,
        meta: serde_json::json!({
            "event": d.kind.as_str(),
            "organisation": e.organisation_name,
            "starts": d.starts.format("%Y-%m-%d").to_string(),
            "city": d.city,
            "country": d.country.map(|c| c.to_string()),
            "online": d.attendance.is_online(),
        }),
    })
}

/// A funding call: its title, topic identifier and the text of its description. Open or closed,
/// it is found; the page says which.
pub fn call(c: &StoredCall, ctx: &Context<'_>) -> Document {
    let d = &c.call;
    let mut keywords: Vec<Text> = ctx.names("search-kind-call").collect();
    keywords.push(Text::new(None, d.identifier.clone()));
    keywords.push(Text::new(None, d.programme.clone()));
    Document {
        kind: Kind::Call.entity().to_owned(),
        id: c.id.to_string(),
        url: format!("/funding/{}", c.id),
        title: d.title.clone(),
        aliases: vec![],
        texts: vec![Text::new(Some(Lang::En), domain::html::text(&d.description_html))],
        keywords,
        facets: vec![("programme".to_owned(), d.programme.clone())],
        position: None,
        language_hint: Some(Lang::En),
        meta: serde_json::json!({
            "programme": d.programme,
            "identifier": d.identifier,
            "deadline": d.deadlines.last().map(|x| x.at.format("%Y-%m-%d").to_string()),
            "cascade": d.cascade,
        }),
    }
}

/// A published news item (drafts, items under review and withdrawn ones have no document), found
/// by its title, lead and text in its own language, its tags and its publisher.
pub fn news(n: &News, ctx: &Context<'_>) -> Option<Document> {
    let d = &n.draft;
    if n.state != NewsState::Published {
        return None;
    }
    let lang = Lang::from_code(d.language.as_str());
    let mut keywords: Vec<Text> = ctx.names(&d.kind.message_id()).collect();
    keywords.extend(ctx.names("search-kind-news"));
    keywords.push(Text::new(None, n.organisation_name.clone()));
    keywords.extend(d.tags.iter().map(|t| Text::new(None, t.replace('-', " "))));
    Some(Document {
        kind: Kind::News.entity().to_owned(),
        id: n.id.to_string(),
        url: format!("/news/{}", n.id),
        title: d.title.clone(),
        aliases: vec![],
        texts: vec![
            Text::new(lang, d.lead.clone()),
            Text::new(lang, domain::html::text(&domain::news::render_body(&d.body))),
        ],
        keywords,
        facets: vec![],
        position: None,
        language_hint: lang,
        meta: serde_json::json!({
            "news": d.kind.as_str(),
            "organisation": n.organisation_name,
            "published": n.published_at.map(|t| t.format("%Y-%m-%d").to_string()),
        }),
    })
}

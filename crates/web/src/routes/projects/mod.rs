//! Collaboration projects: the list and one project's consortium.

pub mod pages;

use std::collections::BTreeSet;

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::Html;
use domain::{DirectoryFilter, Page, Project, Taxonomy};

use crate::ctx::Ctx;
use crate::forms::query_pairs;
use crate::views::{pagination, paragraphs, render, title_case_if_shouting, url, Choice, Chrome, Fact, PageLink};
use crate::{AppState, WebError};

/// The text filter and paging of a project list (`q`, `limit`, `offset`), validated like the
/// directory's.
pub fn project_query(raw: Option<&str>) -> Result<(Option<String>, Page), WebError> {
    let pairs = query_pairs(raw);
    let f = DirectoryFilter::from_pairs(
        pairs
            .iter()
            .filter(|(k, _)| matches!(k.as_str(), "q" | "limit" | "offset"))
            .map(|(k, v)| (k.as_str(), v.as_str())),
    )?;
    Ok((f.q, f.page))
}

/// A project id from the path; anything that is not one is simply not found.
pub fn project_id(raw: &str) -> Result<i64, WebError> {
    raw.parse::<i64>()
        .map_err(|_| WebError::ProjectNotFound(raw.to_owned()))
}

pub struct Row {
    pub id: i64,
    pub acronym: String,
    pub title: String,
    pub participants: String,
}

#[derive(Template)]
#[template(path = "projects/projects.html")]
struct ProjectsPage {
    chrome: Chrome,
    q: String,
    count_text: String,
    rows: Vec<Row>,
    pages: Vec<PageLink>,
}

pub async fn list(State(st): State<AppState>, ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Html<String>, WebError> {
    let (q, page) = project_query(raw.as_deref())?;
    let result = st.store.list_projects(q.as_deref(), page).await?;
    let tr = ctx.tr;
    let pages = pagination(&tr, result.total, page.limit, page.offset, |offset| {
        let mut pairs: Vec<(&str, String)> = vec![];
        if let Some(q) = &q {
            pairs.push(("q", q.clone()));
        }
        if page.limit != Page::DEFAULT_LIMIT {
            pairs.push(("limit", page.limit.to_string()));
        }
        pairs.push(("offset", offset.to_string()));
        url("/projects", &pairs)
    });
    render(&ProjectsPage {
        chrome: ctx.chrome("projects"),
        q: q.clone().unwrap_or_default(),
        count_text: tr.t1("projects-count", "count", result.total),
        rows: result
            .items
            .iter()
            .map(|p: &Project| Row {
                id: p.id,
                acronym: p.draft.acronym.clone(),
                title: p.draft.title.clone().unwrap_or_default(),
                participants: tr.number(p.participant_count),
            })
            .collect(),
        pages,
    })
}

pub struct Member {
    pub slug: String,
    pub name: String,
    pub country: String,
    pub role: String,
    pub contribution: String,
}

/// A news item as the page shows it.
pub struct NewsItem {
    pub id: i64,
    pub title: String,
    pub day: String,
    pub by: Option<(String, String)>,
    pub paragraphs: Vec<String>,
    /// The reader speaks for the organisation that posted it, and may take it off.
    pub removable: bool,
}

/// A linked event as the page shows it.
pub struct LinkedEvent {
    pub id: i64,
    pub title: String,
    pub when: String,
    pub by: String,
    /// The reader speaks for the organisation of the event, and may unlink it.
    pub removable: bool,
}

/// An organisation invited into the consortium: (slug, name, role); `answer` when the reader is
/// one of its admins.
pub struct InvitedPartner {
    pub slug: String,
    pub name: String,
    pub role: String,
    pub answer: bool,
}

#[derive(Template)]
#[template(path = "projects/project.html")]
struct ProjectPage {
    chrome: Chrome,
    p: Project,
    notice: Option<String>,
    cordis_url: Option<String>,
    rows: Vec<Member>,
    country_count: usize,
    facts: Vec<Fact>,
    tags: Vec<String>,
    summary: Vec<String>,
    news: Vec<NewsItem>,
    events: Vec<LinkedEvent>,
    edit: bool,
    /// The partner organisations the reader administers (by slug), to post news for.
    partners: Vec<Choice>,
    /// Published events of the partners the reader speaks for, not linked yet (by id).
    linkable: Vec<Choice>,
    roles: Vec<Choice>,
    /// Invitations into the consortium, shown to the editors and to the invited organisations.
    invited: Vec<InvitedPartner>,
    in_the_news: Vec<crate::mentions::InTheNews>,
    in_the_news_more: Option<String>,
}

pub async fn page(
    State(st): State<AppState>,
    ctx: Ctx,
    Path(raw): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Html<String>, WebError> {
    let id = project_id(&raw)?;
    let p = st
        .store
        .project(id)
        .await?
        .ok_or_else(|| WebError::ProjectNotFound(raw.clone()))?;
    let team = st.store.participants_of(id).await?;
    let tr = ctx.tr;
    let country_count = team
        .iter()
        .map(|m| m.organisation_country.as_str())
        .collect::<BTreeSet<_>>()
        .len();
    let d = &p.details;
    let mut facts = Vec::new();
    if d.starts.is_some() || d.ends.is_some() {
        let show = |x: Option<domain::Day>| x.map(|x| x.to_string()).unwrap_or_else(|| "…".into());
        facts.push(Fact::new(
            tr.t("project-dates"),
            format!("{} – {}", show(d.starts), show(d.ends)),
        ));
    }
    if let Some(b) = d.budget {
        facts.push(Fact::new(tr.t("project-budget"), tr.money(&b)));
    }
    if !d.target_markets.is_empty() {
        facts.push(Fact::new(
            tr.t("profile-markets"),
            d.target_markets
                .iter()
                .map(|c| tr.country(c.as_str()))
                .collect::<Vec<_>>()
                .join(", "),
        ));
    }
    let tags = d
        .technologies
        .iter()
        .map(|t| tr.t(t.message_id()))
        .chain(d.critical_technologies.iter().map(|t| tr.t(t.message_id())))
        .chain(d.ecosystems.iter().map(|t| tr.t(t.message_id())))
        .collect();
    let rights = crate::access::project_rights(&st, ctx.user(), id).await?;
    let news = st
        .store
        .project_news(id)
        .await?
        .into_iter()
        .map(|n| NewsItem {
            removable: ctx.user().is_some() && rights.speaks_for(n.organisation_id),
            id: n.id,
            day: tr.date(n.created_at.date_naive()),
            by: n.organisation_slug.zip(n.organisation_name),
            paragraphs: paragraphs(&n.body),
            title: n.title,
        })
        .collect();
    let linked_ids = st.store.project_event_ids(id).await?;
    let events = st
        .store
        .events_by_ids(&linked_ids)
        .await?
        .into_iter()
        .filter(|e| e.state.public())
        .map(|e| LinkedEvent {
            removable: ctx.user().is_some() && rights.speaks_for(Some(e.organisation_id)),
            id: e.id,
            when: tr.date_time(e.starts_at.with_timezone(&e.draft.tz()).naive_local()),
            title: e.draft.title,
            by: e.organisation_name,
        })
        .collect();
    let mut linkable = Vec::new();
    if rights.edit || !rights.partners.is_empty() {
        for &org in rights.consortium.iter().filter(|o| rights.speaks_for(Some(**o))) {
            for e in st.store.events_of(org).await? {
                if e.state.public() && !linked_ids.contains(&e.id) {
                    linkable.push(Choice::new(
                        e.id.to_string(),
                        format!(
                            "{} · {}",
                            tr.date(e.starts_at.with_timezone(&e.draft.tz()).date_naive()),
                            e.draft.title
                        ),
                        false,
                    ));
                }
            }
        }
        linkable.sort_by(|a, b| b.label.cmp(&a.label));
        linkable.truncate(200);
    }
    let mut invited = Vec::new();
    if let Some(user) = ctx.user() {
        let mine: std::collections::HashSet<i64> = crate::access::administered(&st, user)
            .await?
            .into_iter()
            .map(|m| m.organisation_id)
            .collect();
        for i in st.store.partner_invitations(id).await? {
            let answer = mine.contains(&i.organisation_id);
            if answer || rights.edit {
                invited.push(InvitedPartner {
                    slug: i.slug,
                    name: i.name,
                    role: tr.t(i.role.message_id()),
                    answer,
                });
            }
        }
    }
    let notice = match crate::forms::done_param(query.as_deref()).as_deref() {
        Some("partner-invited") => Some(tr.t("project-done-partner-invited")),
        Some("partner-accepted") => Some(tr.t("project-done-partner-accepted")),
        Some("partner-declined") => Some(tr.t("project-done-partner-declined")),
        Some("created") => Some(tr.t("project-done-created")),
        Some("saved") => Some(tr.t("project-done-saved")),
        Some("partners") => Some(tr.t("project-done-partners")),
        Some("news") => Some(tr.t("project-done-news")),
        Some("events") => Some(tr.t("project-done-events")),
        _ => None,
    };
    render(&ProjectPage {
        chrome: ctx.chrome("projects"),
        notice,
        cordis_url: p.cordis_url(),
        rows: team
            .iter()
            .map(|m| Member {
                slug: m.organisation_slug.to_string(),
                name: title_case_if_shouting(&m.organisation_name),
                country: tr.country(&m.organisation_country),
                role: tr.t(m.role.message_id()),
                contribution: m.ec_contribution.map(|c| tr.money(&c)).unwrap_or_default(),
            })
            .collect(),
        country_count,
        facts,
        tags,
        summary: d.summary.as_deref().map(paragraphs).unwrap_or_default(),
        news,
        events,
        edit: rights.edit,
        partners: rights
            .partners
            .into_iter()
            .map(|m| Choice::new(m.slug, m.name, false))
            .collect(),
        linkable,
        roles: domain::ParticipationRole::ALL
            .iter()
            .map(|r| {
                Choice::new(
                    r.as_str(),
                    tr.t(r.message_id()),
                    *r == domain::ParticipationRole::Participant,
                )
            })
            .collect(),
        invited,
        in_the_news: crate::mentions::in_the_news(
            &st,
            &tr,
            matching::mentions::MentionKind::Project,
            &p.id.to_string(),
        )
        .await?,
        in_the_news_more: None,
        p,
    })
}

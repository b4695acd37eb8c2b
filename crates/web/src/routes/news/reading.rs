//! Reading news: the list with its filters, and an item's page with what it is about, its
//! schema.org `NewsArticle` and its Open Graph preview.

use super::*;
use crate::views::Choice;

/// A filter by what published items mention.
pub struct FacetSelect {
    pub name: &'static str,
    pub label: String,
    pub choices: Vec<Choice>,
}

/// One item of the list.
pub struct NewsCard {
    pub href: String,
    pub title: String,
    pub lead: String,
    pub language: String,
    /// "Press release · CenSec · 3 December 2026".
    pub meta: String,
}

fn card(tr: &Tr, n: &News) -> NewsCard {
    let when = n.published_at.map(|t| tr.date(t.date_naive())).unwrap_or_default();
    NewsCard {
        href: format!("/news/{}", n.id),
        title: n.draft.title.clone(),
        lead: n.draft.lead.clone(),
        language: n.draft.language.as_str().to_owned(),
        meta: [tr.t(n.draft.kind.message_id()), n.organisation_name.clone(), when]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" · "),
    }
}

#[derive(Template)]
#[template(path = "news/list.html")]
pub(super) struct ListPage {
    chrome: Chrome,
    rows: Vec<NewsCard>,
    languages: Vec<Choice>,
    kinds: Vec<Choice>,
    tags: Vec<Choice>,
    /// Countries, technologies and ecosystems that published items mention.
    facets: Vec<FacetSelect>,
    organisation: String,
    chips: Vec<crate::views::Chip>,
    count_text: String,
    pages: Vec<PageLink>,
    refusals: Vec<String>,
    rss_href: String,
    atom_href: String,
    /// Organisations the viewer can write for.
    write_for: Vec<store::accounts::Membership>,
    /// Their items not (or no longer) published: drafts, returned, waiting, withdrawn.
    unpublished: Vec<Unpublished>,
    /// Follow what the list is filtered by (an organisation, country, technology, ecosystem).
    follows: Vec<crate::views::follow::FollowButton>,
}

/// An item of the viewer's organisations that readers do not see, for its writers to find again.
pub struct Unpublished {
    pub href: String,
    pub title: String,
    pub language: String,
    /// "Draft · Nordic Space Cluster · changed 3 Dec 2026".
    pub meta: String,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let pairs = query_pairs(raw.as_deref());
    let (mut filter, refused) = news_filter(&pairs);
    let tr = ctx.tr;
    filter.limit = i64::from(PAGE);
    let (items, total) = state.store.published_news(&filter).await?;
    let base = news_pairs(&filter);
    let organisation_name = match &filter.organisation {
        Some(slug) => state
            .store
            .organisation_by_slug(slug.as_str())
            .await?
            .map(|o| o.profile.name)
            .unwrap_or_else(|| slug.as_str().to_owned()),
        None => String::new(),
    };
    let chips = crate::views::chips(&tr, "/news", &base, &[], |k, v| match k {
        "language" => tr.t(format!("language-{v}")),
        "kind" => v
            .parse::<NewsKind>()
            .map(|x| tr.t(x.message_id()))
            .unwrap_or_else(|_| v.to_owned()),
        "organisation" => organisation_name.clone(),
        "country" => tr.country(v),
        "technology" => technology_id(v).map(|id| tr.t(id)).unwrap_or_else(|| v.to_owned()),
        "ecosystem" => tr.t(format!("ecosystem-{v}")),
        _ => format!("#{v}"),
    });
    let offered = state.cache.news_filters(&state.store).await?;
    let languages = &offered.languages;
    let facet = |values: &[String], chosen: &Option<String>, label: &dyn Fn(&str) -> String| {
        let mut c: Vec<Choice> = values
            .iter()
            .map(|v| Choice::new(slug_of(v).as_str(), label(v), chosen.as_ref() == Some(v)))
            .collect();
        // A value chosen by a link (a followed technology no item mentions yet) stays chosen
        // in the form, so that applying other filters keeps it.
        if let Some(v) = chosen.as_ref().filter(|v| !values.contains(v)) {
            c.push(Choice::new(slug_of(v).as_str(), label(v), true));
        }
        c.sort_by_cached_key(|c| domain::fold(&c.label));
        c
    };
    let mut facets = Vec::new();
    for (name, chosen, values) in [
        ("country", &filter.country, &offered.countries),
        ("technology", &filter.technology, &offered.technologies),
        ("ecosystem", &filter.ecosystem, &offered.ecosystems),
    ] {
        let label = |v: &str| if name == "country" { tr.country(v) } else { tr.t(v) };
        let choices = facet(values, chosen, &label);
        if !choices.is_empty() {
            facets.push(FacetSelect {
                name,
                label: tr.t(format!("news-{name}")),
                choices,
            });
        }
    }
    let tags = &offered.tags;
    let offset = u32::try_from(filter.offset).unwrap_or(0);
    let write_for = match ctx.user() {
        Some(u) => state.store.memberships_of(u.id).await?,
        None => vec![],
    };
    let mut unpublished = Vec::new();
    for m in &write_for {
        for n in state.store.news_of(m.organisation_id).await? {
            if n.state != NewsState::Published {
                unpublished.push(Unpublished {
                    href: format!("/news/{}", n.id),
                    meta: [
                        tr.t(n.state.message_id()),
                        m.name.clone(),
                        tr.t1("news-changed", "date", tr.date(n.updated_at.date_naive())),
                    ]
                    .join(" · "),
                    title: n.draft.title,
                    language: n.draft.language.as_str().to_owned(),
                });
            }
        }
    }
    let mut follows = Vec::new();
    {
        use store::follows::{Follow, FollowKind};
        let here = url("/news", &base);
        for (kind, value, name) in [
            (
                FollowKind::Organisation,
                filter.organisation.as_ref().map(|s| s.as_str().to_owned()),
                organisation_name.clone(),
            ),
            (
                FollowKind::Country,
                filter.country.clone(),
                filter.country.as_deref().map(|c| tr.country(c)).unwrap_or_default(),
            ),
            (
                FollowKind::Technology,
                filter.technology.clone(),
                filter.technology.as_deref().map(|t| tr.t(t)).unwrap_or_default(),
            ),
            (
                FollowKind::Ecosystem,
                filter.ecosystem.clone(),
                filter.ecosystem.as_deref().map(|e| tr.t(e)).unwrap_or_default(),
            ),
        ] {
            if let Some(target) = value {
                let follow = Follow { kind, target };
                follows.push(
                    crate::views::follow::FollowButton::of(&state, &ctx, follow, name, here.clone(), raw.as_deref())
                        .await?,
                );
            }
        }
    }
    let page = ListPage {
        chrome: ctx.chrome("news"),
        rows: items.iter().map(|n| card(&tr, n)).collect(),
        languages: languages
            .iter()
            .map(|l| {
                Choice::new(
                    l.as_str(),
                    tr.t(format!("language-{l}")),
                    filter.language.as_ref() == Some(l),
                )
            })
            .collect(),
        kinds: NewsKind::ALL
            .iter()
            .map(|k| Choice::new(k.as_str(), tr.t(k.message_id()), filter.kind == Some(*k)))
            .collect(),
        tags: tags
            .iter()
            .map(|(t, n)| Choice::new(t.as_str(), format!("{t} ({n})"), filter.tag.as_ref() == Some(t)))
            .collect(),
        facets,
        organisation: filter
            .organisation
            .as_ref()
            .map(|s| s.as_str().to_owned())
            .unwrap_or_default(),
        chips,
        count_text: tr.t1("news-count", "count", total),
        pages: pagination(&tr, total, PAGE, offset, |o| {
            let mut p = base.clone();
            p.push(("offset", o.to_string()));
            url("/news", &p)
        }),
        refusals: refusal_notices(&tr, &refused, parameter_label),
        rss_href: url("/news/rss.xml", &base),
        atom_href: url("/news/atom.xml", &base),
        write_for,
        unpublished,
        follows,
    };
    crate::views::render_list_page(&page, &refused)
}

#[derive(Template)]
#[template(path = "news/article.html")]
pub(super) struct ArticlePage {
    chrome: Chrome,
    notice: Option<String>,
    n: News,
    kind: String,
    state: String,
    published: String,
    body_html: String,
    about: Vec<Link>,
    project: Option<Link>,
    /// The event it summarises.
    event: Option<Link>,
    /// The story in other languages: (link to the version, its language code).
    versions: Vec<(Link, String)>,
    /// The version in the reader's language, when this one is in another.
    in_your_language: Option<Link>,
    tags: Vec<Link>,
    owner: bool,
    moderator: bool,
    editable: bool,
    can_submit: bool,
    can_withdraw: bool,
    json_ld: String,
    canonical: String,
    cover: Option<String>,
    /// Confirmed mentions of pages on the platform, for the facts.
    mentioned: Vec<Link>,
    /// What its writers decide on, while they may.
    mentions: Vec<MentionChoice>,
    undecided: bool,
    /// Organisation-like names the directory does not have, for writers and moderators.
    candidates: Vec<Link>,
}

/// One found mention on the writers' form.
pub struct MentionChoice {
    /// `kind:key`, as the form sends it back.
    pub value: String,
    /// "Organisation: CenSec (written “CenSec's”)".
    pub text: String,
    pub href: Option<String>,
    pub checked: bool,
    pub new: bool,
}

/// schema.org `NewsArticle` of a published item, for search engines and aggregators.
fn json_ld(state: &AppState, n: &News) -> String {
    let mut v = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": n.draft.title,
        "description": n.draft.lead,
        "inLanguage": n.draft.language.as_str(),
        "url": state.settings.link(&format!("/news/{}", n.id)),
        "dateModified": n.updated_at.to_rfc3339(),
        "keywords": n.draft.tags,
        "publisher": {"@type": "Organization", "name": n.organisation_name, "url": state.settings.link(&format!("/organisations/{}", n.organisation_slug))},
        "author": {"@type": "Organization", "name": n.organisation_name},
    });
    if let Some(p) = n.published_at {
        v["datePublished"] = p.to_rfc3339().into();
    }
    if let Some(c) = &n.draft.cover_url {
        v["image"] = c.as_str().into();
    }
    crate::views::script_json(&v)
}

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let n = load(&state, &id).await?;
    let user = ctx.user();
    if !access::news_readable(&state, user, &n).await? {
        return Err(WebError::NotFound);
    }
    let tr = ctx.tr;
    let owner = match user {
        Some(u) => access::member_of(&state, u, n.organisation_id).await?,
        None => false,
    };
    let moderator = user.is_some_and(|u| u.role.moderates());
    let mut about = Vec::new();
    for slug in &n.draft.about {
        if let Some(o) = state.store.organisation_by_slug(slug.as_str()).await? {
            about.push(Link::new(format!("/organisations/{}", o.slug), o.profile.name));
        }
    }
    let project = match n.draft.project_id {
        Some(p) => state.store.project(p).await?.map(|p| {
            let label = match &p.draft.title {
                Some(t) => format!("{} — {t}", p.draft.acronym),
                None => p.draft.acronym.clone(),
            };
            Link::new(format!("/projects/{}", p.id), label)
        }),
        None => None,
    };
    let found = state.store.news_mentions(n.id).await?;
    let (candidates, found): (Vec<_>, Vec<_>) = found.into_iter().partition(|m| m.kind == store::mentions::CANDIDATE);
    let confirmed: Vec<&store::mentions::NewsMention> = found
        .iter()
        .filter(|m| m.state == domain::MentionState::Confirmed)
        .collect();
    let body_links: Vec<domain::MentionLink> = confirmed
        .iter()
        .filter_map(|m| {
            Some(domain::MentionLink {
                surfaces: m.surface.lines().map(str::to_owned).collect(),
                href: crate::mentions::href(&m.kind, &m.key)?,
                title: crate::mentions::label(&tr, &m.kind, &m.key, &m.label),
            })
        })
        .collect();
    let mentioned = confirmed
        .iter()
        .filter(|m| matches!(m.kind.as_str(), "organisation" | "project" | "event" | "call"))
        .filter_map(|m| Some(Link::new(crate::mentions::href(&m.kind, &m.key)?, m.label.clone())))
        .collect();
    let mentions = found
        .iter()
        .map(|m| MentionChoice {
            value: format!("{}:{}", m.kind, m.key),
            text: tr.t2(
                "news-mention-choice",
                "kind",
                tr.t(format!("news-mention-kind-{}", m.kind)),
                "name",
                {
                    let name = crate::mentions::label(&tr, &m.kind, &m.key, &m.label);
                    let words = m.surface.lines().next().unwrap_or_default();
                    if domain::fold(&name) == domain::fold(words) {
                        name
                    } else {
                        tr.t2("news-mention-written", "name", name, "words", words)
                    }
                },
            ),
            href: crate::mentions::href(&m.kind, &m.key),
            checked: m.state != domain::MentionState::Removed,
            new: m.state == domain::MentionState::Suggested,
        })
        .collect::<Vec<_>>();
    let undecided = mentions.iter().any(|m| m.new);
    let candidates = candidates
        .iter()
        .map(|c| Link::new(url("/organisations/new", &[("name", c.label.clone())]), c.label.clone()))
        .collect();
    let event = match n.draft.event_id {
        Some(id) => state
            .store
            .event(id)
            .await?
            .filter(|e| e.state.public())
            .map(|e| Link::new(format!("/events/{}", e.id), e.draft.title)),
        None => None,
    };
    let root = n.draft.translation_of.unwrap_or(n.id);
    let versions: Vec<(Link, String)> = state
        .store
        .news_versions(root)
        .await?
        .into_iter()
        .filter(|v| v.id != n.id)
        .map(|v| {
            (
                Link::new(format!("/news/{}", v.id), tr.t(format!("language-{}", v.language))),
                v.language,
            )
        })
        .collect();
    let in_your_language = versions
        .iter()
        .find(|(_, l)| l == tr.locale.code() && n.draft.language.as_str() != tr.locale.code())
        .map(|(link, _)| Link::new(link.href.clone(), tr.t("news-in-your-language")));
    let notice = match done_param(raw.as_deref()).as_deref() {
        Some("saved") => Some(tr.t("news-done-saved")),
        Some("mentions") => Some(tr.t("news-done-mentions")),
        Some("mentions-first") => Some(tr.t("news-error-mentions-undecided")),
        Some("submitted") => Some(tr.t("news-done-submitted")),
        Some("withdrawn") => Some(tr.t("news-done-withdrawn")),
        Some("taken-back") => Some(tr.t("news-done-taken-back")),
        _ => None,
    };
    let published = n
        .published_at
        .map(|t| {
            let zone = crate::views::reader_zone(user).unwrap_or(chrono_tz::Europe::Brussels);
            tr.date(t.with_timezone(&zone).date_naive())
        })
        .unwrap_or_default();
    let page = ArticlePage {
        chrome: ctx.chrome("news"),
        notice,
        kind: tr.t(n.draft.kind.message_id()),
        state: tr.t(n.state.message_id()),
        published,
        body_html: domain::news::link_mentions(&domain::news::render_body(&n.draft.body), &body_links),
        about,
        project,
        event,
        versions,
        in_your_language,
        tags: n
            .draft
            .tags
            .iter()
            .map(|t| Link::new(url("/news", &[("tag", t.clone())]), format!("#{t}")))
            .collect(),
        owner,
        moderator,
        editable: owner && n.state.editable(),
        can_submit: owner && matches!(n.state, NewsState::Draft | NewsState::Returned),
        can_withdraw: owner && matches!(n.state, NewsState::Submitted | NewsState::Published),
        json_ld: json_ld(&state, &n),
        canonical: state.settings.link(&format!("/news/{}", n.id)),
        cover: n.draft.cover_url.as_ref().map(|c| c.as_str().to_owned()),
        mentioned,
        mentions: if owner && n.state.editable() { mentions } else { vec![] },
        undecided,
        candidates: if owner || moderator { candidates } else { vec![] },
        n,
    };
    Ok(render(&page)?.into_response())
}

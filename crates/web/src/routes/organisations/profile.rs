//! An organisation's profile page.

use super::*;
use std::sync::Arc;

use crate::views::Link;

#[derive(Template)]
#[template(path = "organisations/organisation.html")]
pub(super) struct ProfilePage<'a> {
    chrome: Chrome,
    o: &'a Organisation,
    short_name: Option<String>,
    /// The name as shown: CORDIS' all-capitals legal names in title case.
    display_name: String,
    kind_label: String,
    badges: Vec<String>,
    facts: Vec<Fact>,
    descriptions: Vec<Description>,
    taxonomies: Vec<TaxonomyGroup>,
    relations: Vec<RelationList>,
    projects: Vec<ProjectRow>,
    /// What the reader may do with the profile: (link, label).
    manage: Vec<Link>,
    /// The technology services it offers, and its record answering requests.
    services: Vec<Link>,
    service_figures: Vec<String>,
    recommendations: Option<Arc<Vec<crate::matchmaking::Shown>>>,
    watch_query: String,
    logo: Option<String>,
    initials: String,
    in_the_news: Vec<crate::mentions::InTheNews>,
    in_the_news_more: Option<String>,
    /// Follow the organisation (its news, opportunities and events in the weekly digest).
    button: crate::views::follow::FollowButton,
}

/// `GET /organisations/{slug}`.
pub async fn profile(
    State(st): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    axum::extract::RawQuery(raw): axum::extract::RawQuery,
) -> Result<Response, WebError> {
    let cached = st.cache.profile(&st.store, &slug).await?;
    let details = cached
        .as_ref()
        .as_ref()
        .ok_or_else(|| WebError::OrganisationNotFound(slug.clone()))?;
    let tr = ctx.tr;
    let o = &details.organisation;
    let p = &o.profile;
    let news = crate::mentions::mentioning(&st, matching::mentions::MentionKind::Organisation, o.slug.as_str()).await?;
    let recommendations = st
        .matchmaker
        .for_organisation(&tr, o, ctx.user().is_some(), crate::matchmaking::SHOWN);
    // What a visitor sees is drawn from these alone (the page is not kept while the
    // recommendations are still being worked out).
    let sources = recommendations
        .as_ref()
        .map(|r| vec![Source::of(&cached), Source::of(&news), Source::of(r)]);
    if let Some(kept) = sources.as_ref().and_then(|s| st.cache.page(&ctx, s)) {
        return Ok(kept);
    }

    let mut badges = Vec::new();
    if p.is_sme {
        badges.push(tr.t("badge-sme"));
    }
    if let Some(l) = p.label {
        badges.push(tr.t(l.message_id()));
    }

    let display_name = title_case_if_shouting(&p.name);
    let mut facts = vec![];
    if display_name != p.name {
        facts.push(fact(tr.t("field-legal-name"), p.name.clone()));
    }
    facts.extend([
        fact(tr.t("field-type"), tr.t(p.kind.message_id())),
        Fact {
            label: tr.t("field-country"),
            value: tr.country(p.country.as_str()),
            href: Some(url("/organisations", &[("country", p.country.to_string())])),
        },
    ]);
    if let Some(code) = &p.nuts_code {
        let value = match &details.region_name {
            Some(name) => format!("{name} ({code})"),
            None => code.to_string(),
        };
        // The region's page (its figures, clusters and projects); NUTS 3 codes lead to their
        // NUTS 2 region, the finest level the maps draw.
        let region: String = code.as_str().chars().take(4).collect();
        facts.push(Fact {
            label: tr.t("field-region"),
            value,
            href: Some(format!("/regions/{region}")),
        });
    }
    if let Some(city) = &p.city {
        facts.push(fact(tr.t("field-city"), title_case_if_shouting(city)));
    }
    if let Some(w) = &p.website {
        facts.push(Fact {
            label: tr.t("field-website"),
            value: w
                .as_str()
                .trim_start_matches("https://")
                .trim_start_matches("http://")
                .trim_end_matches('/')
                .to_owned(),
            href: Some(w.as_str().to_owned()),
        });
    }
    if let Some(y) = p.founded {
        facts.push(fact(tr.t("field-founded"), y.to_string()));
    }
    if let Some(l) = p.label {
        facts.push(fact(tr.t("field-label"), tr.t(l.message_id())));
    }
    facts.push(fact(tr.t("field-sme"), tr.t(if p.is_sme { "yes" } else { "no" })));
    if let Some(total) = p.members.total() {
        let n = |v: Option<u32>| tr.number(i64::from(v.unwrap_or(0)));
        facts.push(fact(
            tr.t("field-members"),
            tr.tn(
                "field-members-detail",
                vec![
                    ("total", tr.number(i64::from(total)).into()),
                    ("smes", n(p.members.smes).into()),
                    ("large", n(p.members.large).into()),
                    ("research", n(p.members.research).into()),
                ],
            ),
        ));
    }
    if let Some(c) = p.coordinates {
        facts.push(Fact {
            label: tr.t("field-coordinates"),
            value: tr.t2(
                "field-map-link",
                "lat",
                format!("{:.4}", c.lat),
                "lon",
                format!("{:.4}", c.lon),
            ),
            href: Some(format!(
                "https://www.openstreetmap.org/?mlat={:.5}&mlon={:.5}#map=12/{:.5}/{:.5}",
                c.lat, c.lon, c.lat, c.lon
            )),
        });
    }
    if let Some(id) = &p.cordis_id {
        facts.push(fact(tr.t("field-cordis-id"), id.clone()));
    }

    // The reader's language first, then English, then the rest.
    let mut descriptions: Vec<Description> = p
        .descriptions
        .iter()
        .map(|(lang, text)| Description {
            lang: lang.to_string(),
            label: tr.t1("profile-description-in", "language", tr.t(lang.message_id())),
            paragraphs: text
                .split('\n')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
        })
        .collect();
    let reader = tr.locale.code();
    descriptions.sort_by_key(|d| (d.lang != reader, d.lang != "en"));

    let link = |param: &str, value: String| url("/organisations", &[(param, value)]);
    let mut taxonomies = vec![
        TaxonomyGroup {
            id: "ecosystems",
            heading: tr.t("profile-ecosystems"),
            items: p
                .ecosystems
                .iter()
                .map(|v| TagLink {
                    label: tr.t(v.message_id()),
                    href: link("ecosystem", v.slug().into()),
                })
                .collect(),
        },
        TaxonomyGroup {
            id: "technologies",
            heading: tr.t("profile-technologies"),
            items: p
                .technologies
                .iter()
                .map(|v| TagLink {
                    label: tr.t(v.message_id()),
                    href: link("ket", v.slug().into()),
                })
                .collect(),
        },
        TaxonomyGroup {
            id: "critical",
            heading: tr.t("profile-critical"),
            items: p
                .critical_technologies
                .iter()
                .map(|v| TagLink {
                    label: tr.t(v.message_id()),
                    href: link("cta", v.slug().into()),
                })
                .collect(),
        },
        TaxonomyGroup {
            id: "sectors",
            heading: tr.t("profile-sectors"),
            items: p
                .nace_codes
                .iter()
                .map(|c| TagLink {
                    label: format!("{c} · {}", tr.t(c.section().message_id())),
                    href: link("nace", c.section().to_string()),
                })
                .collect(),
        },
        TaxonomyGroup {
            id: "markets",
            heading: tr.t("profile-markets"),
            items: p
                .target_markets
                .iter()
                .map(|c| TagLink {
                    label: tr.country(c.as_str()),
                    href: link("country", c.to_string()),
                })
                .collect(),
        },
    ];
    if !p.languages.is_empty() {
        let langs = p
            .languages
            .iter()
            .map(|l| tr.t(l.message_id()))
            .collect::<Vec<_>>()
            .join(", ");
        facts.push(fact(tr.t("profile-languages"), langs));
    }
    taxonomies.retain(|g| !g.items.is_empty());

    let mut relations = vec![
        RelationList {
            id: "members",
            heading: tr.t1("profile-members", "count", details.member_organisations.len()),
            items: relation_items(&tr, &details.member_organisations),
        },
        RelationList {
            id: "member-of",
            heading: tr.t("profile-member-of"),
            items: relation_items(&tr, &details.member_of),
        },
        RelationList {
            id: "partners",
            heading: tr.t("profile-partners"),
            items: relation_items(&tr, &details.partners),
        },
    ];
    relations.retain(|r| !r.items.is_empty());

    let projects = details
        .participations
        .iter()
        .map(|x| ProjectRow {
            id: x.project_id,
            acronym: x.project_acronym.clone(),
            role: tr.t(x.role.message_id()),
            contribution: x.ec_contribution.map(|c| tr.money(&c)).unwrap_or_default(),
        })
        .collect();

    let slug_path = format!("/organisations/{}", o.slug);
    let manage = match ctx.user() {
        None => vec![Link::new(
            format!("/login?return={}/claim", slug_path.replace('/', "%2F")),
            tr.t("manage-claim-visitor"),
        )],
        Some(user) => {
            let mut links = if crate::access::administers(&st, user, o.id).await? {
                vec![
                    Link::new(format!("{slug_path}/edit"), tr.t("manage-edit")),
                    Link::new(format!("{slug_path}/members"), tr.t("manage-members")),
                    Link::new(format!("{slug_path}/logo"), tr.t("profile-logo-link")),
                    Link::new(format!("{slug_path}/projects/new"), tr.t("project-add")),
                    Link::new(format!("{slug_path}/feeds"), tr.t("feeds-heading")),
                    Link::new("/funding/mine", tr.t("funding-fit-heading")),
                ]
            } else {
                vec![Link::new(format!("{slug_path}/claim"), tr.t("manage-claim"))]
            };
            if crate::access::member_of(&st, user, o.id).await? {
                links.push(Link::new(
                    format!("{slug_path}/opportunities/new"),
                    tr.t1("opportunity-publish-for", "name", display_name.as_str()),
                ));
                if domain::service::may_offer(Some(p.kind)) {
                    links.push(Link::new(
                        format!("{slug_path}/services"),
                        tr.t("profile-services-manage"),
                    ));
                }
                if !details.member_organisations.is_empty() {
                    links.push(Link::new(
                        format!("{slug_path}/routed-requests"),
                        tr.t("service-routed-title-short"),
                    ));
                }
            }
            links
        }
    };
    let services = details
        .services
        .iter()
        .map(|s| {
            Link::new(
                format!("/services/{}", s.id),
                format!("{} · {}", s.name, tr.t(format!("service-kind-{}", s.kind))),
            )
        })
        .collect();
    let service_figures = crate::matchmaking::services::figure_lines(&tr, &details.service_figures);
    let page = ProfilePage {
        services,
        service_figures,
        manage,
        chrome: ctx.chrome("organisations"),
        kind_label: tr.t(p.kind.message_id()),
        badges,
        facts,
        descriptions,
        taxonomies,
        relations,
        projects,
        short_name: distinct_short_name(p),
        recommendations,
        watch_query: format!("organisation:{}", o.slug),
        logo: crate::views::logo_href(o),
        initials: crate::views::initials(p.short_name.as_deref().unwrap_or(&p.name)),
        in_the_news: crate::mentions::shown(&tr, &news),
        in_the_news_more: Some(url("/news", &[("organisation", o.slug.to_string())])),
        button: crate::views::follow::FollowButton::of(
            &st,
            &ctx,
            store::follows::Follow {
                kind: store::follows::FollowKind::Organisation,
                target: o.slug.to_string(),
            },
            display_name.clone(),
            slug_path.clone(),
            raw.as_deref(),
        )
        .await?,
        o,
        display_name,
    };
    let html = render(&page)?.0;
    Ok(match sources {
        Some(sources) => st.cache.keep_page(&ctx, sources, axum::http::StatusCode::OK, html),
        None => axum::response::Html(html).into_response(),
    })
}

//! The directory page (filters, sorting, paging) and the organisation profile page.

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use domain::taxonomy::Taxonomy;
use domain::{
    ClusterLabel, CriticalTechnology, DirectoryFilter, Ecosystem, KeyEnablingTechnology, NaceSection, Organisation,
    OrganisationType, SortOrder,
};
use store::organisations::{CountriesOf, ListPage, OrganisationRef};

use crate::ctx::Ctx;
use crate::i18n::{Labels, Tr};
use crate::routes::query_pairs;
use crate::views::{
    pagination, place, refusal_notices, render, render_list_page, title_case_if_shouting, url, Chrome, PageLink,
};
use crate::{AppState, WebError};

pub struct Choice<'a> {
    pub value: &'a str,
    pub label: &'a str,
    pub checked: bool,
}

pub struct SelectGroup {
    pub param: &'static str,
    pub legend: String,
    pub choices: Vec<Choice<'static>>,
    /// Values of a repeated parameter beyond the one the select shows, kept on resubmit.
    pub extra_values: Vec<String>,
}

pub struct CheckboxGroup {
    pub param: &'static str,
    pub legend: String,
    pub choices: Vec<Choice<'static>>,
    pub open: bool,
    pub checked_count: usize,
}

pub struct Chip {
    pub label: String,
    pub remove_label: String,
    pub remove_href: String,
}

pub struct Card {
    pub slug: String,
    pub name: String,
    pub short_name: Option<String>,
    pub kind: &'static str,
    pub kind_label: &'static str,
    pub badges: Vec<&'static str>,
    pub place: String,
    pub tags: Vec<&'static str>,
    /// The logo's address, or the initials shown instead.
    pub logo: Option<String>,
    pub initials: String,
}

#[derive(Template)]
#[template(path = "directory.html")]
struct DirectoryPage {
    chrome: Chrome,
    q: String,
    /// Pre-rendered, escaped `<option>`s of the country filter.
    country_options: String,
    country_extra: Vec<String>,
    nuts: String,
    nuts_extra: Vec<String>,
    selects: Vec<SelectGroup>,
    checkboxes: Vec<CheckboxGroup>,
    sorts: Vec<Choice<'static>>,
    chips: Vec<Chip>,
    refusals: Vec<String>,
    count_text: String,
    cards: Vec<Card>,
    pages: Vec<PageLink>,
    api_href: String,
}

fn checkbox_group<T: Copy + PartialEq>(
    tr: &Tr,
    param: &'static str,
    legend: &str,
    all: &[T],
    selected: &[T],
    value: impl Fn(T) -> &'static str,
    label: impl Fn(T) -> &'static str,
) -> CheckboxGroup {
    CheckboxGroup {
        param,
        legend: tr.t(legend),
        choices: all
            .iter()
            .map(|v| Choice {
                value: value(*v),
                label: label(*v),
                checked: selected.contains(v),
            })
            .collect(),
        open: !selected.is_empty(),
        checked_count: selected.len(),
    }
}

/// A human label for one query pair of the filter, for the "active filters" chips.
fn chip_label(tr: &Tr, key: &str, value: &str) -> String {
    let v = match key {
        "type" => value.parse::<OrganisationType>().map(|t| tr.t(t.message_id())).ok(),
        "country" => Some(tr.country(value)),
        "nuts" => Some(value.to_owned()),
        "ecosystem" => Ecosystem::from_slug(value).map(|t| tr.t(t.message_id())),
        "ket" => KeyEnablingTechnology::from_slug(value).map(|t| tr.t(t.message_id())),
        "cta" => CriticalTechnology::from_slug(value).map(|t| tr.t(t.message_id())),
        "nace" => NaceSection::parse(value).ok().map(|s| tr.t(s.message_id())),
        "label" => value.parse::<ClusterLabel>().map(|l| tr.t(l.message_id())).ok(),
        "sme" => Some(tr.t(if value == "true" { "sme-yes" } else { "sme-no" })),
        _ => None,
    }
    .unwrap_or_else(|| value.to_owned());
    format!("{}: {v}", tr.t(format!("filter-{key}")))
}

/// The short name, unless it only repeats the name (CORDIS often has both in capitals).
fn distinct_short_name(p: &domain::OrganisationDraft) -> Option<String> {
    p.short_name
        .clone()
        .filter(|s| domain::fold(s) != domain::fold(&p.name))
}

fn card(tr: &Tr, o: &Organisation) -> Card {
    let labels = Labels::of(tr.locale);
    let p = &o.profile;
    let mut badges = Vec::new();
    if p.is_sme {
        badges.push(tr.label("badge-sme"));
    }
    if let Some(l) = p.label {
        badges.push(labels.cluster_label(l));
    }
    let mut tags: Vec<&'static str> = p.ecosystems.iter().map(|e| labels.ecosystem(*e)).collect();
    tags.extend(p.technologies.iter().map(|t| labels.technology(*t)));
    tags.extend(p.critical_technologies.iter().map(|t| labels.critical(*t)));
    tags.truncate(5);
    Card {
        slug: o.slug.to_string(),
        name: title_case_if_shouting(&p.name),
        short_name: distinct_short_name(p),
        kind: p.kind.as_str(),
        kind_label: labels.kind(p.kind),
        badges,
        place: place(tr, p.city.as_deref(), p.country.as_str()),
        tags,
        logo: crate::views::logo_href(o),
        initials: crate::views::initials(p.short_name.as_deref().unwrap_or(&p.name)),
    }
}

fn directory_page(
    ctx: &Ctx,
    filter: &DirectoryFilter,
    page: &ListPage<Organisation>,
    present_countries: &[String],
    refusals: Vec<String>,
) -> DirectoryPage {
    let tr = ctx.tr;
    let labels = Labels::of(tr.locale);
    let pairs = filter.to_pairs(false);

    let country_values: Vec<&str> = filter.countries.iter().map(|c| c.as_str()).collect();
    let nace_values: Vec<&str> = filter.nace_sections.iter().map(|c| c.as_str()).collect();
    let sme_values: Vec<&str> = filter
        .sme
        .map(|b| if b { "true" } else { "false" })
        .into_iter()
        .collect();
    let select = |param: &'static str,
                  legend: &str,
                  options: &mut dyn Iterator<Item = (&'static str, &'static str)>,
                  values: &[&str]| SelectGroup {
        param,
        legend: tr.t(legend),
        choices: options
            .map(|(value, label)| Choice {
                checked: values.first() == Some(&value),
                value,
                label,
            })
            .collect(),
        extra_values: values.iter().skip(1).map(|v| (*v).to_owned()).collect(),
    };
    let selects = vec![
        select(
            "nace",
            "filter-nace",
            &mut NaceSection::all().map(|s| (s.as_str(), labels.nace(s))),
            &nace_values,
        ),
        select(
            "sme",
            "filter-sme",
            &mut [("true", tr.label("sme-yes")), ("false", tr.label("sme-no"))].into_iter(),
            &sme_values,
        ),
    ];
    let checkboxes = vec![
        checkbox_group(
            &tr,
            "type",
            "filter-type",
            OrganisationType::ALL,
            &filter.kinds,
            |v| v.as_str(),
            |v| labels.kind(v),
        ),
        checkbox_group(
            &tr,
            "ecosystem",
            "filter-ecosystem",
            Ecosystem::ALL,
            &filter.ecosystems,
            |v| v.slug(),
            |v| labels.ecosystem(v),
        ),
        checkbox_group(
            &tr,
            "ket",
            "filter-ket",
            KeyEnablingTechnology::ALL,
            &filter.technologies,
            |v| v.slug(),
            |v| labels.technology(v),
        ),
        checkbox_group(
            &tr,
            "cta",
            "filter-cta",
            CriticalTechnology::ALL,
            &filter.critical_technologies,
            |v| v.slug(),
            |v| labels.critical(v),
        ),
        checkbox_group(
            &tr,
            "label",
            "filter-label",
            ClusterLabel::ALL,
            &filter.labels,
            |v| v.as_str(),
            |v| labels.cluster_label(v),
        ),
    ];
    let sorts = SortOrder::ALL
        .iter()
        .map(|s| Choice {
            value: s.as_str(),
            label: labels.sort(*s),
            checked: *s == filter.sort,
        })
        .collect();
    let chips = pairs
        .iter()
        .enumerate()
        .filter(|(_, (k, _))| *k != "sort" && *k != "q")
        .map(|(i, (k, v))| {
            let rest: Vec<(&str, String)> = pairs
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, (k, v))| (*k, v.clone()))
                .collect();
            let label = chip_label(&tr, k, v);
            Chip {
                remove_label: tr.t1("chip-remove", "filter", label.as_str()),
                label,
                remove_href: url("/organisations", &rest),
            }
        })
        .collect();
    let pages = pagination(&tr, page.total, page.limit, page.offset, |offset| {
        let mut with_paging = filter.clone();
        with_paging.page.offset = offset;
        url("/organisations", &with_paging.to_pairs(true))
    });
    DirectoryPage {
        chrome: ctx.chrome("organisations"),
        q: filter.q.clone().unwrap_or_default(),
        selects,
        checkboxes,
        country_options: crate::i18n::country_filter_options(
            &tr,
            present_countries,
            &country_values[..country_values.len().min(1)],
        ),
        country_extra: country_values.iter().skip(1).map(|c| (*c).to_owned()).collect(),
        nuts: filter.nuts.first().map(|n| n.to_string()).unwrap_or_default(),
        nuts_extra: filter.nuts.iter().skip(1).map(|n| n.to_string()).collect(),
        sorts,
        chips,
        refusals,
        count_text: tr.t1("directory-count", "count", page.total),
        cards: page.items.iter().map(|o| card(&tr, o)).collect(),
        pages,
        api_href: url("/api/v1/organisations", &filter.to_pairs(true)),
    }
}

/// The directory's label for a query parameter, for messages about it.
fn parameter_label(parameter: &str) -> Option<&'static str> {
    Some(match parameter {
        "q" => "filter-q",
        "type" => "filter-type",
        "country" => "filter-country",
        "nuts" => "filter-nuts",
        "ecosystem" => "filter-ecosystem",
        "ket" => "filter-ket",
        "cta" => "filter-cta",
        "nace" => "filter-nace",
        "label" => "filter-label",
        "sme" => "filter-sme",
        "sort" => "filter-sort",
        _ => return None,
    })
}

/// `GET /organisations`: a filter that cannot be read is left out and named; the others apply.
pub async fn directory(State(st): State<AppState>, ctx: Ctx, RawQuery(q): RawQuery) -> Result<Response, WebError> {
    let pairs = query_pairs(q.as_deref());
    let (filter, refused) = DirectoryFilter::from_pairs_lenient(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let page = st.cache.directory(&st.store, &filter).await?;
    let present = st.cache.countries_in_use(&st.store, CountriesOf::Organisations).await?;
    let notices = refusal_notices(&ctx.tr, &refused, parameter_label);
    render_list_page(&directory_page(&ctx, &filter, &page, &present, notices), &refused)
}

pub struct Fact {
    pub label: String,
    pub value: String,
    pub href: Option<String>,
}

pub struct Description {
    pub lang: String,
    pub label: String,
    pub paragraphs: Vec<String>,
}

pub struct TagLink {
    pub label: String,
    pub href: String,
}

pub struct TaxonomyGroup {
    pub id: &'static str,
    pub heading: String,
    pub items: Vec<TagLink>,
}

pub struct RelationItem {
    pub slug: String,
    pub name: String,
    pub place: String,
}

pub struct RelationList {
    pub id: &'static str,
    pub heading: String,
    pub items: Vec<RelationItem>,
}

pub struct ProjectRow {
    pub id: i64,
    pub acronym: String,
    pub role: String,
    pub contribution: String,
}

#[derive(Template)]
#[template(path = "organisation.html")]
struct ProfilePage<'a> {
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
    manage: Vec<(String, String)>,
    recommendations: Option<Vec<crate::matchmaking::Shown>>,
    watch_query: String,
    logo: Option<String>,
    initials: String,
}

fn relation_items(tr: &Tr, refs: &[OrganisationRef]) -> Vec<RelationItem> {
    refs.iter()
        .map(|r| RelationItem {
            slug: r.slug.clone(),
            name: title_case_if_shouting(&r.name),
            place: place(tr, r.city.as_deref(), &r.country),
        })
        .collect()
}

fn fact(label: String, value: String) -> Fact {
    Fact {
        label,
        value,
        href: None,
    }
}

/// `GET /organisations/{slug}`.
pub async fn profile(State(st): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, WebError> {
    let cached = st.cache.profile(&st.store, &slug).await?;
    let details = cached
        .as_ref()
        .as_ref()
        .ok_or_else(|| WebError::OrganisationNotFound(slug.clone()))?;
    let tr = ctx.tr;
    let o = &details.organisation;
    let p = &o.profile;

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
        facts.push(Fact {
            label: tr.t("field-region"),
            value,
            href: Some(url("/organisations", &[("nuts", code.to_string())])),
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
        None => vec![(
            format!("/login?return={}/claim", slug_path.replace('/', "%2F")),
            tr.t("manage-claim-visitor"),
        )],
        Some(user) => {
            let mut links = if crate::access::administers(&st, user, o.id).await? {
                vec![
                    (format!("{slug_path}/edit"), tr.t("manage-edit")),
                    (format!("{slug_path}/members"), tr.t("manage-members")),
                    (format!("{slug_path}/logo"), tr.t("profile-logo-link")),
                    (format!("{slug_path}/projects/new"), tr.t("project-add")),
                    ("/funding/mine".to_owned(), tr.t("funding-fit-heading")),
                ]
            } else {
                vec![(format!("{slug_path}/claim"), tr.t("manage-claim"))]
            };
            if crate::access::member_of(&st, user, o.id).await? {
                links.push((
                    format!("{slug_path}/opportunities/new"),
                    tr.t1("opportunity-publish-for", "name", display_name.as_str()),
                ));
            }
            links
        }
    };
    let page = ProfilePage {
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
        recommendations: st
            .matchmaker
            .for_organisation(&tr, o, ctx.user().is_some(), crate::matchmaking::SHOWN),
        watch_query: format!("organisation:{}", o.slug),
        logo: crate::views::logo_href(o),
        initials: crate::views::initials(p.short_name.as_deref().unwrap_or(&p.name)),
        o,
        display_name,
    };
    Ok(render(&page)?.into_response())
}

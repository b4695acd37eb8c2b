//! The directory page (filters, sorting, paging) and the organisation profile page.

mod directory;
mod profile;

pub use directory::*;
pub use profile::*;

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
use crate::forms::query_pairs;
use crate::i18n::{Labels, Tr};
use crate::pages::Source;
use crate::views::{
    list_status, pagination, place, refusal_notices, render, title_case_if_shouting, url, Chrome, PageLink,
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
#[template(path = "organisations/directory.html")]
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
    chips: Vec<crate::views::Chip>,
    refusals: Vec<String>,
    count_text: String,
    cards: Vec<Card>,
    pages: Vec<PageLink>,
    api_href: String,
    /// The same filter on the map.
    map_href: String,
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
    let chips = crate::views::chips(&tr, "/organisations", &pairs, &["sort", "q"], |k, v| {
        chip_label(&tr, k, v)
    });
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
        map_href: url("/map", &filter.to_pairs(false)),
    }
}

/// The directory's label for a query parameter, for messages about it.
pub(crate) fn parameter_label(parameter: &str) -> Option<&'static str> {
    crate::views::directory_parameter_label(parameter)
}

//! Reading the marketplace: the list with its filters, an opportunity page, and the viewer's own.

use super::*;
use crate::views::cards::{opportunity_card, OpportunityCard};
use crate::views::Choice;

/// The marketplace's filters as read from a query string, by the page (leniently) and the API
/// (strictly) alike: words, kind, the publisher's country, technologies, ecosystems, critical
/// technologies, order and offset. Values of one filter are alternatives; filters combine.
pub fn market_filter(pairs: &[(String, String)]) -> (OpportunityFilter, Refusals) {
    let (directory, mut refused) = domain::DirectoryFilter::from_pairs_lenient(
        pairs
            .iter()
            .filter(|(k, _)| MARKET_DIRECTORY_PARAMETERS.contains(&k.as_str()))
            .map(|(k, v)| (k.as_str(), v.as_str())),
    );
    let mut f = OpportunityFilter {
        q: directory.q,
        countries: directory.countries,
        technologies: directory.technologies,
        ecosystems: directory.ecosystems,
        critical_technologies: directory.critical_technologies,
        offset: i64::from(directory.page.offset),
        ..OpportunityFilter::default()
    };
    for (k, v) in pairs {
        let wrong = |m: String| domain::FilterError {
            parameter: k.clone(),
            message: m,
        };
        match k.as_str() {
            "kind" => f.kind = refused.keep(v, v.trim().parse::<OpportunityKind>().map_err(wrong)),
            "sort" => {
                if let Some(s) = refused.keep(v, v.trim().parse::<OpportunitySort>().map_err(wrong)) {
                    f.sort = s;
                }
            }
            _ => {}
        }
    }
    (f, refused)
}

/// The directory's parameters the marketplace reads the same way.
pub(super) const MARKET_DIRECTORY_PARAMETERS: &[&str] = &["q", "country", "ket", "ecosystem", "cta", "offset"];

/// Every parameter the marketplace list reads (the API refuses others).
pub const MARKET_PARAMETERS: &[&str] = &["q", "kind", "country", "ket", "ecosystem", "cta", "sort", "offset"];

/// The query pairs that reproduce a marketplace filter, without the offset.
pub fn market_pairs(f: &OpportunityFilter) -> Vec<(&'static str, String)> {
    let mut p: Vec<(&'static str, String)> = Vec::new();
    if let Some(q) = &f.q {
        p.push(("q", q.clone()));
    }
    if let Some(k) = f.kind {
        p.push(("kind", k.as_str().to_owned()));
    }
    p.extend(f.countries.iter().map(|c| ("country", c.as_str().to_owned())));
    p.extend(f.technologies.iter().map(|t| ("ket", t.slug().to_owned())));
    p.extend(f.ecosystems.iter().map(|e| ("ecosystem", e.slug().to_owned())));
    p.extend(f.critical_technologies.iter().map(|c| ("cta", c.slug().to_owned())));
    if f.sort != OpportunitySort::default() {
        p.push(("sort", f.sort.as_str().to_owned()));
    }
    p
}

#[derive(Template)]
#[template(path = "opportunities/opportunities.html")]
pub(super) struct ListPage {
    chrome: Chrome,
    rows: Vec<OpportunityCard>,
    q: String,
    kinds: Vec<Choice>,
    country_options: String,
    technologies: Vec<Choice>,
    ecosystems: Vec<Choice>,
    sorts: Vec<Choice>,
    chips: Vec<crate::views::Chip>,
    count_text: String,
    pages: Vec<PageLink>,
    /// Organisations the viewer can publish for.
    publish_for: Vec<Membership>,
    refusals: Vec<String>,
    api_href: String,
}

/// The label of a marketplace parameter, for messages about it.
pub(super) fn market_parameter_label(parameter: &str) -> Option<&'static str> {
    Some(match parameter {
        "q" => "opportunities-q",
        "kind" => "opportunity-kind",
        "country" => "filter-country",
        "ket" => "filter-ket",
        "ecosystem" => "filter-ecosystem",
        "cta" => "filter-cta",
        "sort" => "filter-sort",
        _ => return None,
    })
}

/// A filter value in the reader's language.
pub(super) fn market_value_label(tr: &Tr, parameter: &str, v: &str) -> String {
    match parameter {
        "kind" => v.parse::<OpportunityKind>().map(|x| tr.t(x.message_id())),
        "country" => Ok(tr.country(v)),
        "ket" => v.parse::<KeyEnablingTechnology>().map(|x| tr.t(x.message_id())),
        "ecosystem" => v.parse::<Ecosystem>().map(|x| tr.t(x.message_id())),
        _ => v.parse::<CriticalTechnology>().map(|x| tr.t(x.message_id())),
    }
    .unwrap_or_else(|_| v.to_owned())
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let pairs = query_pairs(raw.as_deref());
    let (mut filter, refused) = market_filter(&pairs);
    let tr = ctx.tr;
    filter.members_only = ctx.user().is_some();
    filter.limit = i64::from(PAGE);
    let (items, total) = state.store.published_opportunities(&filter).await?;
    let publish_for = match ctx.user() {
        Some(u) => state.store.memberships_of(u.id).await?,
        None => vec![],
    };
    let present = state
        .cache
        .countries_in_use(&state.store, store::organisations::CountriesOf::Opportunities)
        .await?;
    let base = market_pairs(&filter);
    let chips = crate::views::chips(&tr, "/opportunities", &base, &["sort", "q"], |k, v| {
        market_value_label(&tr, k, v)
    });
    let offset = u32::try_from(filter.offset).unwrap_or(0);
    let selected = |first: Option<&str>, value: &str| first == Some(value);
    let page = ListPage {
        chrome: ctx.chrome("marketplace"),
        rows: items.iter().map(|o| opportunity_card(&tr, o)).collect(),
        q: filter.q.clone().unwrap_or_default(),
        kinds: OpportunityKind::ALL
            .iter()
            .map(|k| Choice::new(k.to_string(), tr.t(k.message_id()), Some(*k) == filter.kind))
            .collect(),
        country_options: crate::i18n::country_filter_options(
            &tr,
            &present,
            &filter.countries.iter().take(1).map(|c| c.as_str()).collect::<Vec<_>>(),
        ),
        technologies: KeyEnablingTechnology::ALL
            .iter()
            .map(|t| {
                let first = filter.technologies.first().map(|x| x.slug());
                Choice::new(t.slug(), tr.t(t.message_id()), selected(first, t.slug()))
            })
            .collect(),
        ecosystems: Ecosystem::ALL
            .iter()
            .map(|e| {
                let first = filter.ecosystems.first().map(|x| x.slug());
                Choice::new(e.slug(), tr.t(e.message_id()), selected(first, e.slug()))
            })
            .collect(),
        sorts: OpportunitySort::ALL
            .iter()
            .map(|s| {
                Choice::new(
                    s.as_str(),
                    tr.t(format!("opportunities-sort-{}", s.as_str())),
                    *s == filter.sort,
                )
            })
            .collect(),
        chips,
        count_text: tr.t1("opportunities-count", "count", total),
        pages: pagination(&tr, total, PAGE, offset, |o| {
            let mut p = base.clone();
            p.push(("offset", o.to_string()));
            url("/opportunities", &p)
        }),
        publish_for,
        refusals: refusal_notices(&tr, &refused, market_parameter_label),
        api_href: url("/api/v1/opportunities", &base),
    };
    render_list_page(&page, &refused)
}

/// One line of the facts of an opportunity.
pub struct Fact {
    pub label: String,
    pub value: String,
}

#[derive(Template)]
#[template(path = "opportunities/opportunity.html")]
pub(super) struct DetailPage {
    chrome: Chrome,
    notice: Option<String>,
    o: Opportunity,
    kind: String,
    state: String,
    facts: Vec<Fact>,
    owner: bool,
    moderator: bool,
    editable: bool,
    can_submit: bool,
    can_close: bool,
    /// The form to express interest, when the viewer may.
    interest_form: Option<Form>,
    /// Why the viewer cannot express interest, when signed in but not allowed.
    interest_note: Option<String>,
    interests: Vec<Interest>,
    recommendations: Option<std::sync::Arc<Vec<Shown>>>,
    watch_query: String,
}

pub(super) fn facts(tr: &Tr, o: &Opportunity) -> Vec<Fact> {
    let d = &o.draft;
    let tags = |v: Vec<String>| v.iter().map(|t| tag_name(tr, t)).collect::<Vec<_>>().join(", ");
    let mut out = vec![
        Fact {
            label: tr.t("opportunity-organisation"),
            value: crate::views::title_case_if_shouting(&o.organisation_name),
        },
        Fact {
            label: tr.t("opportunity-deadline"),
            value: tr.date(d.deadline.date()),
        },
    ];
    let lists = [
        (
            "search-facet-technology",
            tags(d.technologies.iter().map(|t| format!("ket:{}", t.slug())).collect()),
        ),
        (
            "search-facet-critical",
            tags(
                d.critical_technologies
                    .iter()
                    .map(|t| format!("cta:{}", t.slug()))
                    .collect(),
            ),
        ),
        (
            "search-facet-ecosystem",
            tags(d.ecosystems.iter().map(|t| format!("eco:{}", t.slug())).collect()),
        ),
        (
            "opportunity-sectors",
            tags(d.sectors.iter().map(|s| format!("nace:{}", s.as_str())).collect()),
        ),
        (
            "opportunity-target-countries",
            d.target_countries
                .iter()
                .map(|c| tr.country(c.as_str()))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        (
            "opportunity-partnerships",
            d.partnerships
                .iter()
                .map(|p| tr.t(p.message_id()))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ("opportunity-call", d.call.clone().unwrap_or_default()),
    ];
    for (label, value) in lists {
        if !value.is_empty() {
            out.push(Fact {
                label: tr.t(label),
                value,
            });
        }
    }
    out
}

/// The organisations the viewer may express interest for: those they belong to, other than the owner.
pub(super) async fn interested_organisations(
    state: &AppState,
    user: &User,
    o: &Opportunity,
) -> Result<Vec<Membership>, WebError> {
    Ok(state
        .store
        .memberships_of(user.id)
        .await?
        .into_iter()
        .filter(|m| m.organisation_id != o.organisation_id)
        .collect())
}

pub(super) fn interest_form(ctx: &Ctx, o: &Opportunity, orgs: &[Membership], message: &str, errors: Errors) -> Form {
    let tr = &ctx.tr;
    let mut form = Form::new(
        "interest",
        format!("/opportunities/{}/interest", o.id),
        ctx.csrf(),
        tr.t("interest-submit"),
    )
    .heading(tr.t("interest-heading"));
    if orgs.len() > 1 {
        form = form.field(
            Field::select(
                "organisation",
                tr.t("interest-organisation"),
                orgs.iter().map(|m| (m.slug.clone(), m.name.clone())).collect(),
                "",
            )
            .required(),
        );
    } else if let Some(m) = orgs.first() {
        form = form.field(Field::hidden("organisation", m.slug.clone()));
    }
    form.field(
        Field::textarea("message", tr.t("interest-message"))
            .value(message)
            .required()
            .hint(tr.t("interest-message-hint"))
            .max(MAX_MESSAGE),
    )
    .errors(errors)
}

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let o = load(&state, &id).await?;
    let user = ctx.user().cloned();
    if !access::opportunity_readable(&state, user.as_ref(), &o).await? {
        return Err(if user.is_none() && o.state == OpportunityState::Published {
            WebError::Unauthorized
        } else {
            WebError::NotFound
        });
    }
    detail(&state, &ctx, o, raw.as_deref(), None).await
}

pub(super) async fn detail(
    state: &AppState,
    ctx: &Ctx,
    o: Opportunity,
    raw: Option<&str>,
    interest: Option<(String, Errors)>,
) -> Result<Response, WebError> {
    let tr = ctx.tr;
    let user = ctx.user();
    let owner = match user {
        Some(u) => access::member_of(state, u, o.organisation_id).await?,
        None => false,
    };
    let moderator = user.is_some_and(|u| u.role.moderates());
    let done = done_param(raw);
    let notice = match done.as_deref() {
        Some(d @ ("saved" | "submitted" | "closed" | "interest")) => Some(tr.t(format!("opportunity-done-{d}"))),
        _ => None,
    };
    let published = o.state == OpportunityState::Published;
    let open = published && o.draft.deadline >= today();
    let (mut interest_form_shown, mut interest_note) = (None, None);
    let failed = interest.is_some();
    if let (Some(u), false) = (user, owner) {
        if open {
            let orgs = interested_organisations(state, u, &o).await?;
            if orgs.is_empty() {
                interest_note = Some(tr.t("interest-needs-organisation"));
            } else {
                let (message, errors) = interest.unwrap_or_default();
                interest_form_shown = Some(interest_form(ctx, &o, &orgs, &message, errors));
            }
        } else if published {
            interest_note = Some(tr.t("interest-closed"));
        }
    }
    // Who expressed interest is for the organisation's own people (not platform admins).
    let member = match user {
        Some(u) => access::belongs_to(state, u, o.organisation_id).await?,
        None => false,
    };
    let interests = if member {
        state.store.interests_in(o.id).await?
    } else {
        vec![]
    };
    let recommendations = if published || owner {
        let org = state.store.organisation_by_slug(o.organisation_slug.as_str()).await?;
        org.and_then(|org| state.matchmaker.for_opportunity(&tr, &o, &org, user.is_some(), SHOWN))
    } else {
        None
    };
    let page = DetailPage {
        chrome: ctx.chrome("marketplace"),
        notice,
        kind: tr.t(o.draft.kind.message_id()),
        state: tr.t(o.state.message_id()),
        facts: facts(&tr, &o),
        owner,
        moderator,
        editable: owner && o.state.editable(),
        can_submit: owner && o.state.editable(),
        can_close: owner && !matches!(o.state, OpportunityState::Closed | OpportunityState::Expired),
        interest_form: interest_form_shown,
        interest_note,
        interests,
        recommendations,
        watch_query: format!("opportunity:{}", o.id),
        o,
    };
    crate::views::render_form_page(&page, failed)
}

pub struct OrgMarket {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub opportunities: Vec<OpportunityCard>,
    pub interests: Vec<Interest>,
}

#[derive(Template)]
#[template(path = "opportunities/mine.html")]
pub(super) struct MinePage {
    chrome: Chrome,
    organisations: Vec<OrgMarket>,
}

pub async fn mine(State(state): State<AppState>, ctx: Ctx, me: SignedIn) -> Result<Response, WebError> {
    let tr = ctx.tr;
    let mut organisations = vec![];
    for m in state.store.memberships_of(me.user().id).await? {
        let opportunities = state.store.opportunities_of(m.organisation_id).await?;
        organisations.push(OrgMarket {
            opportunities: opportunities.iter().map(|o| opportunity_card(&tr, o)).collect(),
            interests: state.store.interests_of(m.organisation_id).await?,
            id: m.organisation_id,
            slug: m.slug,
            name: m.name,
        });
    }
    let page = MinePage {
        chrome: ctx.chrome("marketplace"),
        organisations,
    };
    Ok(render(&page)?.into_response())
}

//! The list of programmes and a programme's page.

use super::*;

pub struct ListRow {
    pub id: i64,
    pub title: String,
    pub owner: String,
    pub owner_slug: String,
    pub budget: String,
    pub remaining: String,
    pub max_grant: String,
    pub deadline: String,
    pub open: bool,
    pub funded: String,
}

#[derive(Template)]
#[template(path = "programmes/programmes.html")]
pub(super) struct ListPage {
    chrome: Chrome,
    rows: Vec<ListRow>,
    count_text: String,
    pages: Vec<PageLink>,
    can_create: bool,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let mut offset = 0i64;
    for (k, v) in query_pairs(raw.as_deref()) {
        if k == "offset" {
            offset = v
                .parse::<i64>()
                .ok()
                .filter(|o| (0..=1_000_000).contains(o))
                .ok_or_else(|| crate::routes::bad_parameter("offset", "must be a whole number from 0 to 1000000"))?;
        }
    }
    let now = Utc::now();
    let (items, total) = state.store.programmes(now, PAGE, offset).await?;
    let tr = ctx.tr;
    let rows = items
        .iter()
        .map(|p| ListRow {
            id: p.id,
            title: p.draft.title.clone(),
            owner: p.organisation_name.clone(),
            owner_slug: p.organisation_slug.clone(),
            budget: tr.money(&p.draft.budget),
            remaining: tr.money(&p.remaining()),
            max_grant: tr.money(&p.draft.max_grant),
            deadline: deadline_text(&tr, &p.draft, ctx.user()),
            open: p.draft.is_open(now),
            funded: tr.number(p.awarded_count),
        })
        .collect();
    let can_create = match ctx.user() {
        Some(u) => !access::administered(&state, u).await?.is_empty(),
        None => false,
    };
    let pages = pagination(&tr, total, PAGE as u32, offset as u32, |o| {
        url("/programmes", &[("offset", o.to_string())])
    });
    Ok(render(&ListPage {
        chrome: ctx.chrome("funding"),
        count_text: tr.t1("programme-count", "count", total),
        rows,
        pages,
        can_create,
    })?
    .into_response())
}

pub struct FundedRow {
    pub application_id: i64,
    pub project_title: String,
    pub sme: String,
    pub sme_slug: String,
    pub country: String,
    pub centre: String,
    pub centre_slug: String,
    pub grant: String,
    pub reports: Vec<ReportView>,
}

pub struct MineRow {
    pub id: i64,
    pub title: String,
    pub organisation: String,
    pub state: String,
    pub action: Option<String>,
}

#[derive(Template)]
#[template(path = "programmes/programme.html")]
pub(super) struct ProgrammePage {
    chrome: Chrome,
    p: Programme,
    notice: Option<String>,
    paragraphs: Vec<String>,
    facts: Vec<Fact>,
    criteria: String,
    open: bool,
    owner: bool,
    evaluator: bool,
    signed_in: bool,
    committed_pct: u32,
    funded: Vec<FundedRow>,
    mine: Vec<MineRow>,
    /// What the awards of a voucher programme bought: (SME, awarded, committed, spent, services).
    vouchers: Vec<VoucherRow>,
}

pub(super) struct VoucherRow {
    sme: String,
    sme_slug: String,
    awarded: String,
    committed: String,
    spent: String,
    services: String,
}

pub(super) fn eligibility_text(tr: &Tr, d: &ProgrammeDraft) -> (String, String) {
    let countries = if d.eligible_countries.is_empty() {
        tr.t("programme-anywhere")
    } else {
        d.eligible_countries
            .iter()
            .map(|c| tr.country(c.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let types = if d.eligible_types.is_empty() {
        tr.t("programme-any-type")
    } else {
        d.eligible_types
            .iter()
            .map(|t| tr.t(format!("type-{}", t.as_str())))
            .collect::<Vec<_>>()
            .join(", ")
    };
    (countries, types)
}

pub(super) fn state_label(tr: &Tr, a: &ProgrammeApplication) -> String {
    if a.state == PS::Submitted && a.centre_confirmed_at.is_none() {
        tr.t("programme-state-awaiting-centre")
    } else {
        tr.t(format!("programme-state-{}", a.state))
    }
}

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let p = load(&state, &id).await?;
    let tr = ctx.tr;
    let now = Utc::now();
    let (owner, evaluator, own) = match ctx.user() {
        Some(u) => (
            access::administers(&state, u, p.organisation_id).await?,
            access::evaluates(&state, Round::Programme(p.id), u).await?,
            access::own_organisations(&state, u).await?,
        ),
        None => (false, false, HashSet::new()),
    };
    let apps = state.store.programme_applications(p.id).await?;
    let reports = state.store.programme_reports(p.id).await?;
    let mut by_app: HashMap<i64, Vec<&Report>> = HashMap::new();
    for r in &reports {
        by_app.entry(r.application_id).or_default().push(r);
    }
    let funded = apps
        .iter()
        .filter(|a| a.state == PS::Awarded)
        .map(|a| FundedRow {
            application_id: a.id,
            project_title: a.draft.project_title.clone(),
            sme: a.organisation_name.clone(),
            sme_slug: a.organisation_slug.clone(),
            country: tr.country(&a.organisation_country),
            centre: a.centre_name.clone(),
            centre_slug: a.centre_slug.clone(),
            grant: a.awarded.map(|c| tr.money(&c)).unwrap_or_default(),
            reports: by_app
                .get(&a.id)
                .map(|rs| rs.iter().map(|r| ReportView::of(&tr, r)).collect())
                .unwrap_or_default(),
        })
        .collect();
    let mine = apps
        .iter()
        .filter(|a| own.contains(&a.organisation_id) || own.contains(&a.centre_id))
        .map(|a| MineRow {
            id: a.id,
            title: a.draft.project_title.clone(),
            organisation: a.organisation_name.clone(),
            state: state_label(&tr, a),
            action: (own.contains(&a.centre_id) && a.centre_confirmed_at.is_none() && a.state == PS::Submitted)
                .then(|| tr.t("programme-confirm-needed")),
        })
        .collect();
    let (countries, types) = eligibility_text(&tr, &p.draft);
    let facts = vec![
        Fact::new(tr.t("programme-budget"), tr.money(&p.draft.budget)),
        Fact::new(tr.t("programme-committed"), tr.money(&p.committed)),
        Fact::new(tr.t("programme-remaining"), tr.money(&p.remaining())),
        Fact::new(tr.t("programme-max-grant"), tr.money(&p.draft.max_grant)),
        Fact::new(tr.t("programme-deadline"), deadline_text(&tr, &p.draft, ctx.user())),
        Fact::new(tr.t("programme-countries"), countries),
        Fact::new(tr.t("programme-types"), types),
        Fact::new(tr.t("programme-applications"), tr.number(p.application_count)),
    ];
    let notice = match done_param(raw.as_deref()).as_deref() {
        Some("created") => Some(tr.t("programme-done-created")),
        Some("saved") => Some(tr.t("programme-done-saved")),
        Some("applied") => Some(tr.t("programme-done-applied")),
        Some("reported") => Some(tr.t("programme-done-reported")),
        _ => None,
    };
    let committed_pct = ((p.committed.0 as f64 / p.draft.budget.0.max(1) as f64) * 100.0)
        .round()
        .clamp(0.0, 100.0) as u32;
    // What each voucher bought is the programme owner's to see (the requests are private to
    // the SME and the centre); everyone sees the money awarded, committed and spent.
    let vouchers = if p.draft.voucher {
        state
            .store
            .voucher_uses(p.id)
            .await?
            .into_iter()
            .map(|u| VoucherRow {
                services: if !owner {
                    String::new()
                } else {
                    u.services
                        .iter()
                        .map(|(name, cents, delivered)| {
                            let id = if *delivered {
                                "programme-voucher-spent-on"
                            } else {
                                "programme-voucher-committed-to"
                            };
                            ctx.tr.t2(id, "service", name.as_str(), "amount", ctx.tr.money(cents))
                        })
                        .collect::<Vec<_>>()
                        .join("; ")
                },
                sme: u.organisation_name,
                sme_slug: u.organisation_slug,
                awarded: ctx.tr.money(&u.awarded),
                committed: ctx.tr.money(&u.committed),
                spent: ctx.tr.money(&u.spent),
            })
            .collect()
    } else {
        Vec::new()
    };
    let page = ProgrammePage {
        vouchers,
        chrome: ctx.chrome("funding"),
        notice,
        paragraphs: paragraphs(&p.draft.summary),
        facts,
        criteria: p
            .draft
            .criteria
            .iter()
            .map(|c| format!("{} ({})", c.name, c.weight))
            .collect::<Vec<_>>()
            .join(" · "),
        open: p.draft.is_open(now),
        owner,
        evaluator,
        signed_in: ctx.user().is_some(),
        committed_pct,
        funded,
        mine,
        p,
    };
    Ok(render(&page)?.into_response())
}

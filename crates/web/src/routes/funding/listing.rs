//! The calls: the list with its filters, a call's page, and the programmes open now.

use super::*;
use crate::views::cards::{budget, call_card, open_programme_lines, CallCard, CLOSING_SOON_DAYS};
use crate::views::{Choice, ProgrammeLine};

#[derive(Template)]
#[template(path = "funding/funding.html")]
pub(super) struct ListPage {
    chrome: Chrome,
    rows: Vec<CallCard>,
    closing_soon: Vec<CallCard>,
    count_text: String,
    pages: Vec<PageLink>,
    statuses: Vec<Choice>,
    programmes: Vec<Choice>,
    cascade: String,
    /// Cascade-funding programmes run on the platform that take applications.
    open_programmes: Vec<ProgrammeLine>,
    refusals: Vec<String>,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let mut status = Some(CallStatus::Open);
    let mut status_param = "open".to_owned();
    let mut programmes = Vec::new();
    let mut cascade = None;
    let mut offset = 0u32;
    // A value that cannot be read is left out and named; empty values mean "any".
    let mut refused = Refusals::default();
    for (k, v) in query_pairs(raw.as_deref()) {
        let v = v.trim().to_owned();
        if v.is_empty() {
            continue;
        }
        let wrong = |m: &str| FilterError {
            parameter: k.clone(),
            message: m.to_owned(),
        };
        let outcome = match k.as_str() {
            "status" => match v.as_str() {
                "open" => Ok(Some(CallStatus::Open)),
                "forthcoming" => Ok(Some(CallStatus::Forthcoming)),
                "closed" => Ok(Some(CallStatus::Closed)),
                "all" => Ok(None),
                _ => Err(wrong("must be open, forthcoming, closed or all")),
            }
            .map(|s| {
                status = s;
                status_param = v.clone();
            }),
            "programme" => {
                if v.len() > 20 || !v.chars().all(|c| c.is_ascii_alphanumeric()) {
                    Err(wrong("is not a programme code (letters and digits)"))
                } else {
                    programmes.push(v.to_ascii_uppercase());
                    Ok(())
                }
            }
            "cascade" => match v.as_str() {
                "yes" | "no" => {
                    cascade = Some(v == "yes");
                    Ok(())
                }
                _ => Err(wrong("must be yes or no")),
            },
            "offset" => v
                .parse()
                .ok()
                .filter(|o| *o <= 100_000)
                .map(|o| offset = o)
                .ok_or_else(|| wrong("must be a whole number up to 100000")),
            _ => Ok(()),
        };
        refused.keep(&v, outcome);
    }
    let now = Utc::now();
    let tr = ctx.tr;
    let reader = reader_zone(ctx.user());
    let filter = CallFilter {
        now,
        status,
        programmes: programmes.clone(),
        cascade,
        closing_within_days: None,
        limit: i64::from(PAGE),
        offset: i64::from(offset),
    };
    let (calls, total) = state.store.calls(&filter).await?;
    let closing_soon = if offset == 0 && status == Some(CallStatus::Open) {
        let soon = CallFilter {
            closing_within_days: Some(CLOSING_SOON_DAYS),
            limit: 5,
            offset: 0,
            ..filter.clone()
        };
        state
            .store
            .calls(&soon)
            .await?
            .0
            .iter()
            .map(|c| call_card(&tr, c, now, reader))
            .collect()
    } else {
        Vec::new()
    };
    let mut pairs: Vec<(&str, String)> = vec![("status", status_param.clone())];
    pairs.extend(programmes.iter().map(|p| ("programme", p.clone())));
    let cascade_param = match cascade {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    };
    if !cascade_param.is_empty() {
        pairs.push(("cascade", cascade_param.into()));
    }
    let page = ListPage {
        chrome: ctx.chrome("funding"),
        rows: calls.iter().map(|c| call_card(&tr, c, now, reader)).collect(),
        closing_soon,
        count_text: tr.t1("funding-count", "count", total),
        pages: pagination(&tr, total, PAGE, offset, |o| {
            let mut p = pairs.clone();
            p.push(("offset", o.to_string()));
            url("/funding", &p)
        }),
        statuses: ["open", "forthcoming", "closed", "all"]
            .into_iter()
            .map(|s| Choice::new(s, tr.t(format!("funding-status-{s}")), s == status_param))
            .collect(),
        programmes: state
            .store
            .call_programmes()
            .await?
            .into_iter()
            .map(|(p, n)| {
                let selected = programmes.contains(&p);
                Choice::new(p.clone(), format!("{p} ({n})"), selected)
            })
            .collect(),
        cascade: cascade_param.to_owned(),
        open_programmes: open_programme_lines(&state, &tr, now, reader).await?,
        refusals: refusal_notices(&tr, &refused, |p| {
            Some(match p {
                "status" => "funding-status",
                "programme" => "funding-programme",
                "cascade" => "funding-kind",
                _ => return None,
            })
        }),
    };
    render_list_page(&page, &refused)
}

/// The follow form of a call's page: (days, label, chosen) and whether the reader follows it.
pub(super) struct Follow {
    choices: Vec<Choice>,
    following: bool,
}

#[derive(Template)]
#[template(path = "funding/call.html")]
pub(super) struct CallPage {
    chrome: Chrome,
    c: StoredCall,
    notice: Option<String>,
    /// For a signed-in reader: the reminder choices, and whether they follow it.
    follow: Option<Follow>,
    /// Whom the call addresses, and where applicants may be established.
    audience: String,
    eligibility: String,
    status: &'static str,
    status_label: String,
    opens: Option<String>,
    deadlines: Vec<String>,
    budget: Option<String>,
    in_the_news: Vec<crate::mentions::InTheNews>,
    in_the_news_more: Option<String>,
}

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let c = state
        .store
        .funding_call(path_id(&id)?)
        .await?
        .ok_or(WebError::NotFound)?;
    let tr = ctx.tr;
    let now = Utc::now();
    let reader = reader_zone(ctx.user());
    let status = c.call.status(now);
    let follow = match ctx.user() {
        Some(u) => {
            let days = state.store.following_call(u.id, c.id).await?;
            let chosen = days.unwrap_or(DEFAULT_REMIND_DAYS);
            Some(Follow {
                choices: REMIND_DAYS
                    .iter()
                    .map(|d| Choice::new(d.to_string(), tr.t1("funding-remind-days", "days", *d), *d == chosen))
                    .collect(),
                following: days.is_some(),
            })
        }
        None => None,
    };
    let notice = match done_param(raw.as_deref()).as_deref() {
        Some("followed") => Some(tr.t("funding-done-followed")),
        Some("unfollowed") => Some(tr.t("funding-done-unfollowed")),
        _ => None,
    };
    let a = c.call.audience();
    let audience = [
        (a.smes, "funding-audience-smes"),
        (a.clusters, "funding-audience-clusters"),
        (a.research, "funding-audience-research"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, id)| tr.t(id))
    .collect::<Vec<_>>();
    let audience = if audience.is_empty() {
        tr.t("funding-audience-any")
    } else {
        audience.join(", ")
    };
    let eligibility = if c.call.cascade {
        tr.t("funding-eligible-cascade")
    } else {
        tr.t1("funding-eligible-eu", "programme", c.call.programme.as_str())
    };
    let page = CallPage {
        chrome: ctx.chrome("funding"),
        notice,
        follow,
        audience,
        eligibility,
        status: status.as_str(),
        status_label: tr.t(format!("funding-status-{}", status.as_str())),
        opens: c.call.opens.map(|o| when(&tr, o, PORTAL_ZONE.name(), reader)),
        deadlines: c
            .call
            .deadlines
            .iter()
            .map(|d| when(&tr, d.at, &d.timezone, reader))
            .collect(),
        budget: budget(&tr, &c),
        in_the_news: crate::mentions::in_the_news(
            &state,
            &tr,
            matching::mentions::MentionKind::Call,
            &c.id.to_string(),
        )
        .await?,
        in_the_news_more: None,
        c,
    };
    Ok(render(&page)?.into_response())
}

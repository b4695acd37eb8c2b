//! Following calls: reminders, one's followed and fitting calls, and a calendar of deadlines.

use super::*;

/// The choices of how many days before each cut-off a reminder comes.
pub const REMIND_DAYS: [i64; 5] = [1, 3, 7, 14, 30];
pub const DEFAULT_REMIND_DAYS: i64 = 7;

pub(super) async fn call_of(state: &AppState, id: &str) -> Result<StoredCall, WebError> {
    state.store.funding_call(path_id(id)?).await?.ok_or(WebError::NotFound)
}

pub async fn follow(
    State(state): State<AppState>,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let c = call_of(&state, &id).await?;
    let days = form
        .get("days")
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|d| REMIND_DAYS.contains(d))
        .ok_or_else(|| bad_parameter("days", "must be 1, 3, 7, 14 or 30"))?;
    state.store.follow_call(me.user().id, c.id, days).await?;
    Ok(Redirect::to(&format!("/funding/{}?done=followed", c.id)).into_response())
}

pub async fn unfollow(
    State(state): State<AppState>,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let c = call_of(&state, &id).await?;
    state.store.unfollow_call(me.user().id, c.id).await?;
    Ok(Redirect::to(&format!("/funding/{}?done=unfollowed", c.id)).into_response())
}

pub struct Followed {
    pub id: i64,
    pub title: String,
    pub identifier: String,
    pub status: &'static str,
    pub status_label: String,
    pub next: String,
    pub remind: String,
}

pub struct Suggestion {
    pub id: i64,
    /// Open or forthcoming (a call that fits may not take proposals yet).
    pub status: &'static str,
    pub status_label: String,
    pub title: String,
    pub identifier: String,
    pub deadline: String,
    pub reasons: Vec<String>,
}

/// The calls that fit one of the reader's organisations.
pub(super) struct Suggested {
    organisation: String,
    rows: Vec<Suggestion>,
}

#[derive(Template)]
#[template(path = "funding/mine.html")]
pub(super) struct MinePage {
    chrome: Chrome,
    notice: Option<String>,
    followed: Vec<Followed>,
    /// Per organisation of the reader, the calls that fit it.
    suggestions: Vec<Suggested>,
    calendar_url: Option<String>,
}

/// A recommendation's reasons in the reader's words.
pub fn reason_texts(tr: &Tr, reasons: &[CallReason]) -> Vec<String> {
    reasons
        .iter()
        .map(|r| match r {
            CallReason::Taxonomy { message_id, words } => tr.t2(
                "call-reason-taxonomy",
                "words",
                words.join(", "),
                "tag",
                tr.t(message_id),
            ),
            CallReason::TrackRecord { part } => tr.t1("call-reason-track", "part", part.as_str()),
            CallReason::Words { words } => tr.t1("call-reason-words", "words", words.join(", ")),
            CallReason::ForSmes => tr.t("call-reason-smes"),
            CallReason::ForClusters => tr.t("call-reason-clusters"),
            CallReason::ForResearch => tr.t("call-reason-research"),
            CallReason::Eligible => tr.t("call-reason-eligible"),
            CallReason::CheckEligibility { country } => tr.t1("call-reason-check", "country", tr.country(country)),
        })
        .collect()
}

/// What the call ranking knows of an organisation: its profile and its projects' topics.
pub async fn call_profile(state: &AppState, slug: &str) -> Result<Option<OrgProfile>, WebError> {
    let Some(details) = state.store.organisation_details(slug).await? else {
        return Ok(None);
    };
    let ids: Vec<i64> = details.participations.iter().map(|p| p.project_id).collect();
    let past_topics = state
        .store
        .projects_by_ids(&ids)
        .await?
        .into_iter()
        .flat_map(|p| p.topics.into_iter().map(|t| t.code))
        .collect();
    let o = &details.organisation.profile;
    Ok(Some(OrgProfile {
        kind: Some(o.kind),
        is_sme: o.is_sme,
        country: Some(o.country),
        ecosystems: o.ecosystems.clone(),
        technologies: o.technologies.clone(),
        critical_technologies: o.critical_technologies.clone(),
        text: o.descriptions.values().cloned().collect::<Vec<_>>().join("\n"),
        past_topics,
    }))
}

/// A call that fits an organisation.
pub struct CallFit {
    pub id: i64,
    pub call: FundingCall,
    pub reasons: Vec<CallReason>,
    pub score: f64,
}

/// The calls that fit an organisation now, best first, at most `limit`; `None` for an unknown
/// organisation.
pub async fn recommended_calls(state: &AppState, slug: &str, limit: usize) -> Result<Option<Vec<CallFit>>, WebError> {
    let Some(profile) = call_profile(state, slug).await? else {
        return Ok(None);
    };
    let index = state.cache.call_index(&state.store).await?;
    let (ids, calls) = (&index.0, &index.1);
    Ok(Some(
        calls
            .recommend(&profile, Utc::now(), limit)
            .into_iter()
            .map(|m| CallFit {
                id: ids[m.call],
                call: calls.calls()[m.call].clone(),
                reasons: m.reasons,
                score: m.score,
            })
            .collect(),
    ))
}

pub async fn mine(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let tr = ctx.tr;
    let now = Utc::now();
    let reader = reader_zone(ctx.user());
    let followed = state
        .store
        .followed_calls(me.user().id)
        .await?
        .into_iter()
        .map(|(c, days)| {
            let status = c.call.status(now);
            Followed {
                id: c.id,
                next: c
                    .call
                    .next_deadline(now)
                    .map(|d| when(&tr, d.at, &d.timezone, reader))
                    .unwrap_or_else(|| tr.t("funding-status-closed")),
                title: c.call.title,
                identifier: c.call.identifier,
                status: status.as_str(),
                status_label: tr.t(format!("funding-status-{}", status.as_str())),
                remind: tr.t1("funding-remind-days", "days", days),
            }
        })
        .collect();
    let mut suggestions = Vec::new();
    for m in state.store.memberships_of(me.user().id).await? {
        let Some(list) = recommended_calls(&state, &m.slug, 8).await? else {
            continue;
        };
        let rows = list
            .into_iter()
            .map(|f| Suggestion {
                id: f.id,
                status: f.call.status(now).as_str(),
                status_label: match (f.call.status(now), f.call.opens) {
                    (CallStatus::Forthcoming, Some(opens)) => {
                        tr.t1("funding-opens-on", "date", when(&tr, opens, PORTAL_ZONE.name(), reader))
                    }
                    (s, _) => tr.t(format!("funding-status-{}", s.as_str())),
                },
                deadline: f
                    .call
                    .next_deadline(now)
                    .map(|d| when(&tr, d.at, &d.timezone, reader))
                    .unwrap_or_default(),
                reasons: reason_texts(&tr, &f.reasons),
                title: f.call.title,
                identifier: f.call.identifier,
            })
            .collect();
        suggestions.push(Suggested {
            organisation: m.name,
            rows,
        });
    }
    let calendar_url = state
        .store
        .calendar_key(me.user().id)
        .await?
        .map(|k| state.settings.link(&format!("/calendars/{k}/deadlines.ics")));
    let notice = match done_param(raw.as_deref()).as_deref() {
        Some("calendar") => Some(tr.t("funding-done-calendar")),
        _ => None,
    };
    Ok(render(&MinePage {
        chrome: ctx.chrome("funding"),
        notice,
        followed,
        suggestions,
        calendar_url,
    })?
    .into_response())
}

/// Creates the secret address of the reader's deadline calendar, or replaces it (the old one
/// stops working).
pub async fn new_calendar(State(state): State<AppState>, me: SignedIn) -> Result<Response, WebError> {
    state
        .store
        .set_calendar_key(me.user().id, &crate::auth::random_token())
        .await?;
    Ok(Redirect::to("/funding/mine?done=calendar").into_response())
}

/// The deadlines of the calls a person follows, as an iCalendar feed at a secret address that
/// calendar applications subscribe to (they cannot log in).
pub async fn calendar(State(state): State<AppState>, Path(key): Path<String>) -> Result<Response, WebError> {
    if key.len() != 64 || !key.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(WebError::NotFound);
    }
    let user = state
        .store
        .user_of_calendar_key(&key)
        .await?
        .ok_or(WebError::NotFound)?;
    let tr = Tr::new(crate::i18n::Locale::En);
    let host = crate::views::calendar::host(&state);
    let mut entries = Vec::new();
    for (c, _) in state.store.followed_calls(user).await? {
        let n = c.call.deadlines.len();
        for (i, d) in c.call.deadlines.iter().enumerate() {
            let zone: Tz = d.timezone.parse().unwrap_or(PORTAL_ZONE);
            let local = d.at.with_timezone(&zone).format("%Y-%m-%d %H:%M");
            entries.push(ics::Entry {
                uid: format!("call-{}-deadline-{}@{host}", c.id, d.at.timestamp()),
                // A cut-off is an instant; the entry is the hour before it.
                starts: d.at - chrono::Duration::hours(1),
                ends: d.at,
                summary: if n > 1 {
                    tr.tn(
                        "funding-ics-summary-nth",
                        vec![
                            ("n", ((i + 1) as i64).into()),
                            ("count", (n as i64).into()),
                            ("title", c.call.title.as_str().into()),
                        ],
                    )
                } else {
                    tr.t1("funding-ics-summary", "title", c.call.title.as_str())
                },
                description: format!("{} · {local} ({})\n{}", c.call.identifier, zone.name(), c.call.url),
                location: None,
                url: Some(state.settings.link(&format!("/funding/{}", c.id))),
                cancelled: false,
                categories: vec![c.call.programme.clone()],
                organizer: None,
                updated: c.updated_at,
                attachments: Vec::new(),
            });
        }
    }
    Ok(crate::views::calendar::ics_response(
        "deadlines.ics",
        ics::calendar(&tr.t("funding-ics-name"), &entries),
    ))
}

/// Mails each reminder that is due: a followed call's cut-off is no further away than the
/// follower asked. Answers how many were sent.
pub async fn send_call_reminders(state: &AppState) -> Result<usize, WebError> {
    let now = Utc::now();
    let mut sent = 0;
    for r in state.store.due_call_reminders(now).await? {
        // Claimed first, so that two nodes running the job do not both mail.
        if !state
            .store
            .mark_call_reminded(r.user_id, r.call.id, r.deadline.at)
            .await?
        {
            continue;
        }
        let reader = r.timezone.as_deref().and_then(|z| parse_timezone(z).ok());
        let days = (r.deadline.at - now).num_days();
        let link = state.settings.link(&format!("/funding/{}", r.call.id));
        crate::notify::tell(
            state,
            &r.email,
            crate::i18n::Locale::En,
            crate::notify::funding::call_reminder(crate::notify::funding::CallReminder {
                title: &r.call.call.title,
                identifier: &r.call.call.identifier,
                at: r.deadline.at,
                zone: &r.deadline.timezone,
                reader,
                days,
                link: &link,
                portal: &r.call.call.url,
            }),
        )
        .await;
        sent += 1;
    }
    Ok(sent)
}

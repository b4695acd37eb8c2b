//! The organiser's desk: sessions, the scheduler, locks and publishing.

use super::*;
use crate::audit::{Action, Actor};

pub struct MeetingRow {
    pub id: i64,
    pub when: String,
    pub place: String,
    pub a: String,
    pub b: String,
    pub locked: bool,
}

pub struct Stat {
    pub label: String,
    pub participants: i64,
    pub sent: i64,
    pub accepted: i64,
    pub scheduled: i64,
}

#[derive(Template)]
#[template(path = "events/b2b/manage.html")]
pub(super) struct ManagePage {
    chrome: Chrome,
    e: Event,
    notice: Option<String>,
    registrations: Vec<Registration>,
    sessions: Vec<SessionLine>,
    session_form: Option<Form>,
    meetings: Vec<MeetingRow>,
    unscheduled: Vec<Unscheduled>,
    totals: Vec<Total>,
    /// Statistics by country and by type of organisation.
    stat_tables: Vec<StatTable>,
    published: bool,
    can_change_sessions: bool,
    /// Preferences and compact schedules: the run's figures and the group meetings.
    compact: super::preferences::Compact,
}

/// A session of meetings as the organiser's table lists it.
pub(super) struct SessionLine {
    /// Its position, which its remove button names.
    index: usize,
    when: String,
    slots: u32,
    minutes: u32,
    /// The number of tables, or that it is held online.
    tables: String,
}

/// A request the scheduler could not place, and why.
pub(super) struct Unscheduled {
    requester: String,
    invitee: String,
    reason: String,
}

/// One of the totals above the statistics.
pub(super) struct Total {
    label: String,
    count: i64,
}

/// A table of statistics with its caption.
pub(super) struct StatTable {
    title: String,
    stats: Vec<Stat>,
}

/// Everything the statistics count, from the stored registrations and requests.
pub(super) struct Tally<'a> {
    pub(super) confirmed: Vec<&'a Registration>,
    pub(super) waiting: usize,
    pub(super) requests: &'a [MeetingRequest],
    pub(super) by_id: HashMap<i64, &'a Registration>,
}

impl<'a> Tally<'a> {
    pub(super) fn new(regs: &'a [Registration], requests: &'a [MeetingRequest]) -> Self {
        Self {
            confirmed: regs
                .iter()
                .filter(|r| r.state == RegistrationState::Confirmed)
                .collect(),
            waiting: regs.iter().filter(|r| r.state == RegistrationState::Waitlisted).count(),
            requests,
            by_id: regs.iter().map(|r| (r.id, r)).collect(),
        }
    }

    pub(super) fn live(&self) -> impl Iterator<Item = &'a MeetingRequest> + '_ {
        self.requests.iter().filter(|x| x.state != RequestState::Withdrawn)
    }

    /// Participants, requests sent, accepted, meetings scheduled, grouped by `key`.
    pub(super) fn grouped(&self, key: impl Fn(&Registration) -> String) -> Vec<(String, [i64; 4])> {
        let mut groups: BTreeMap<String, [i64; 4]> = BTreeMap::new();
        for r in &self.confirmed {
            groups.entry(key(r)).or_default()[0] += 1;
        }
        for x in self.live() {
            if let Some(r) = self.by_id.get(&x.requester_id) {
                let g = groups.entry(key(r)).or_default();
                g[1] += 1;
                if x.state == RequestState::Accepted {
                    g[2] += 1;
                }
            }
            if x.state == RequestState::Accepted && x.slot.is_some() {
                for side in [x.requester_id, x.invitee_id] {
                    if let Some(r) = self.by_id.get(&side) {
                        groups.entry(key(r)).or_default()[3] += 1;
                    }
                }
            }
        }
        groups.into_iter().collect()
    }
}

pub(super) fn country_key(r: &Registration) -> String {
    r.organisation_country.clone().unwrap_or_default()
}

pub(super) fn kind_key(r: &Registration) -> String {
    r.organisation_kind.clone().unwrap_or_default()
}

/// Why a meeting was left out, in words, naming the participant whose agenda is full.
pub(super) fn reason_text(tr: &Tr, code: &str, by_id: &HashMap<i64, &Registration>) -> String {
    match code.split_once(':') {
        Some((named @ ("agenda-full" | "maximum" | "member-busy"), reg)) => {
            let name = reg
                .parse::<i64>()
                .ok()
                .and_then(|id| by_id.get(&id))
                .map(|r| r.user_name.clone())
                .unwrap_or_default();
            tr.t1(&format!("b2b-reason-{named}"), "name", name)
        }
        _ => tr.t(format!("b2b-reason-{code}")),
    }
}

pub async fn manage(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    manage_page(&state, &ctx, e, raw.as_deref(), None).await
}

pub(super) async fn manage_page(
    state: &AppState,
    ctx: &Ctx,
    e: Event,
    raw: Option<&str>,
    session_errors: Option<(Errors, [String; 4])>,
) -> Result<Response, WebError> {
    let tr = ctx.tr;
    let regs = state.store.registrations(e.id).await?;
    let requests = state.store.meeting_requests(e.id).await?;
    let tally = Tally::new(&regs, &requests);
    let compact = super::preferences::compact(state, &tr, &e, &regs, &requests).await?;
    let tz = e.draft.tz();
    let mut meetings: Vec<(usize, u32, MeetingRow)> = Vec::new();
    let mut unscheduled = Vec::new();
    for x in tally.live().filter(|x| x.state == RequestState::Accepted) {
        let (Some(a), Some(b)) = (tally.by_id.get(&x.requester_id), tally.by_id.get(&x.invitee_id)) else {
            continue;
        };
        match (x.slot, x.table) {
            (Some(s), Some(t)) if (s as usize) < e.slot_count() => {
                let when = slot_span(&e, s as usize)
                    .map(|(st, _)| tr.date_time(st.with_timezone(&tz).naive_local()))
                    .unwrap_or_default();
                meetings.push((
                    s as usize,
                    t,
                    MeetingRow {
                        id: x.id,
                        when,
                        place: table_label(&tr, &e, s as usize, t),
                        a: who(a),
                        b: who(b),
                        locked: x.locked,
                    },
                ));
            }
            _ => unscheduled.push(Unscheduled {
                requester: who(a),
                invitee: who(b),
                reason: x
                    .unscheduled
                    .as_deref()
                    .map(|c| reason_text(&tr, c, &tally.by_id))
                    .unwrap_or_else(|| tr.t("b2b-reason-not-run")),
            }),
        }
    }
    meetings.sort_by_key(|(s, t, _)| (*s, *t));
    let sent = tally.live().count() as i64;
    let accepted = tally.live().filter(|x| x.state == RequestState::Accepted).count() as i64;
    let totals = vec![
        Total {
            label: tr.t("b2b-stat-registered"),
            count: tally.confirmed.len() as i64,
        },
        Total {
            label: tr.t("b2b-stat-waiting"),
            count: tally.waiting as i64,
        },
        Total {
            label: tr.t("b2b-stat-sent"),
            count: sent,
        },
        Total {
            label: tr.t("b2b-stat-accepted"),
            count: accepted,
        },
        Total {
            label: tr.t("b2b-stat-declined"),
            count: tally.live().filter(|x| x.state == RequestState::Declined).count() as i64,
        },
        Total {
            label: tr.t("b2b-stat-pending"),
            count: tally.live().filter(|x| x.state == RequestState::Pending).count() as i64,
        },
        Total {
            label: tr.t("b2b-stat-scheduled"),
            count: meetings.len() as i64,
        },
        Total {
            label: tr.t("b2b-stat-unscheduled"),
            count: unscheduled.len() as i64,
        },
    ];
    let stat = |label: String, v: [i64; 4]| Stat {
        label,
        participants: v[0],
        sent: v[1],
        accepted: v[2],
        scheduled: v[3],
    };
    let by_country: Vec<Stat> = tally
        .grouped(country_key)
        .into_iter()
        .map(|(c, v)| {
            stat(
                if c.is_empty() {
                    tr.t("b2b-stat-none")
                } else {
                    tr.country(&c)
                },
                v,
            )
        })
        .collect();
    let by_kind: Vec<Stat> = tally
        .grouped(kind_key)
        .into_iter()
        .map(|(k, v)| {
            let label = k
                .parse::<domain::OrganisationType>()
                .map(|t| tr.t(t.message_id()))
                .unwrap_or_else(|_| tr.t("b2b-stat-none"));
            stat(label, v)
        })
        .collect();
    let locked_any = requests.iter().any(|x| x.locked);
    let can_change_sessions = e.draft.b2b && e.schedule_published_at.is_none() && !locked_any;
    let sessions = e
        .sessions
        .iter()
        .enumerate()
        .map(|(index, s)| SessionLine {
            index,
            when: tr.date_time_range(s.starts, s.ends()),
            slots: s.slots,
            minutes: s.minutes,
            tables: if s.tables == 0 {
                tr.t("b2b-online")
            } else {
                s.tables.to_string()
            },
        })
        .collect();
    let session_form = can_change_sessions.then(|| {
        let (errors, values) = session_errors.unwrap_or_else(|| {
            let start = e.sessions.last().map(|s| s.ends()).unwrap_or(e.draft.starts);
            (
                Errors::default(),
                [
                    start.format(SLOT_FORMAT).to_string(),
                    "10".into(),
                    "20".into(),
                    "20".into(),
                ],
            )
        });
        Form::new(
            "session",
            format!("/events/{}/sessions", e.id),
            ctx.csrf(),
            tr.t("b2b-add-session"),
        )
        .heading(tr.t("b2b-add-session"))
        .field(
            Field::datetime("starts", tr.t("b2b-session-starts"))
                .value(values[0].clone())
                .required()
                .hint(tr.t1("b2b-session-starts-hint", "zone", e.draft.timezone.as_str())),
        )
        .field(
            Field::number("slots", tr.t("b2b-session-slots"))
                .value(values[1].clone())
                .required(),
        )
        .field(
            Field::number("minutes", tr.t("b2b-session-minutes"))
                .value(values[2].clone())
                .required(),
        )
        .field(
            Field::number("tables", tr.t("b2b-session-tables"))
                .value(values[3].clone())
                .required()
                .hint(tr.t("b2b-session-tables-hint")),
        )
        .errors(errors)
    });
    let page = ManagePage {
        chrome: ctx.chrome("events"),
        notice: match done_param(raw).as_deref() {
            Some("session") => Some(tr.t("b2b-done-session")),
            Some("scheduled") => Some(tr.t("b2b-done-scheduled")),
            Some("published") => Some(tr.t("b2b-done-published")),
            Some("locked") => Some(tr.t("b2b-done-locked")),
            _ => None,
        },
        registrations: regs.clone(),
        sessions,
        session_form,
        meetings: meetings.into_iter().map(|(_, _, m)| m).collect(),
        unscheduled,
        totals,
        stat_tables: vec![
            StatTable {
                title: tr.t("b2b-by-country"),
                stats: by_country,
            },
            StatTable {
                title: tr.t("b2b-by-type"),
                stats: by_kind,
            },
        ],
        published: e.schedule_published_at.is_some(),
        can_change_sessions,
        compact,
        e,
    };
    let refused = page
        .session_form
        .as_ref()
        .is_some_and(|f| f.fields.iter().any(|f| f.error.is_some()));
    crate::views::render_form_page(&page, refused)
}

pub(super) async fn organised_b2b(state: &AppState, me: &SignedIn, id: &str) -> Result<Event, WebError> {
    let e = load(state, id).await?;
    access::require_admin(state, me.user(), e.organisation_id).await?;
    if !e.draft.b2b {
        return Err(WebError::Conflict("b2b-error-no-b2b"));
    }
    Ok(e)
}

/// Sessions can change only while nothing is locked or published: slots are counted across
/// sessions, so adding or removing one moves every later slot.
pub(super) async fn require_sessions_open(state: &AppState, e: &Event) -> Result<(), WebError> {
    let locked = state.store.meeting_requests(e.id).await?.iter().any(|x| x.locked);
    if e.schedule_published_at.is_some() || locked {
        return Err(WebError::Conflict("b2b-error-sessions-locked"));
    }
    Ok(())
}

/// Clears every (unlocked) placement after the sessions changed.
pub(super) async fn clear_schedule(state: &AppState, e: &Event) -> Result<(), WebError> {
    let placed: Vec<Placed> = state
        .store
        .meeting_requests(e.id)
        .await?
        .iter()
        .filter(|x| x.state == RequestState::Accepted)
        .map(|x| Placed {
            request_id: x.id,
            at: None,
            unscheduled: None,
        })
        .collect();
    state.store.save_schedule(e.id, &placed).await?;
    state.store.clear_group_schedule(e.id).await?;
    Ok(())
}

pub async fn add_session(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = organised_b2b(&state, &me, &id).await?;
    require_sessions_open(&state, &e).await?;
    let values = [
        form.get("starts"),
        form.get("slots"),
        form.get("minutes"),
        form.get("tables"),
    ]
    .map(str::to_owned);
    match validate_session(&values[0], &values[1], &values[2], &values[3], &e.draft, &e.sessions) {
        Ok(session) => {
            let mut sessions = e.sessions.clone();
            sessions.push(session);
            sessions.sort_by_key(|s| s.starts);
            let actor = Actor::of(&state, &ctx, me.user())?;
            actor
                .audited(Action::B2bSessionAdded, &e.id.to_string(), &values[0])
                .set_sessions(e.id, &sessions)
                .await?;
            clear_schedule(&state, &e).await?;
            Ok(Redirect::to(&format!("/events/{}/manage?done=session", e.id)).into_response())
        }
        Err(v) => {
            let tr = ctx.tr;
            let mut errors = Errors::default();
            for f in v.0 {
                let id = match (f.field.as_str(), f.code) {
                    ("starts", Code::Overlap) => "b2b-error-overlap",
                    ("starts", Code::Outside) => "b2b-error-outside",
                    ("starts", _) => "event-error-datetime",
                    ("slots", Code::TooMany) => "b2b-error-too-many-slots",
                    ("slots", _) => "b2b-error-slots",
                    ("minutes", _) => "b2b-error-minutes",
                    _ => "b2b-error-tables",
                };
                errors.add(&f.field, tr.t(id));
            }
            manage_page(&state, &ctx, e, None, Some((errors, values))).await
        }
    }
}

pub async fn remove_session(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((id, n)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let e = organised_b2b(&state, &me, &id).await?;
    require_sessions_open(&state, &e).await?;
    let n: usize = n.parse().map_err(|_| WebError::NotFound)?;
    if n >= e.sessions.len() {
        return Err(WebError::NotFound);
    }
    let mut sessions = e.sessions.clone();
    sessions.remove(n);
    let actor = Actor::of(&state, &ctx, me.user())?;
    actor
        .audited(Action::B2bSessionRemoved, &e.id.to_string(), &n.to_string())
        .set_sessions(e.id, &sessions)
        .await?;
    clear_schedule(&state, &e).await?;
    Ok(Redirect::to(&format!("/events/{}/manage?done=session", e.id)).into_response())
}

pub async fn run_scheduler(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = organised_b2b(&state, &me, &id).await?;
    if e.sessions.is_empty() {
        return Err(WebError::Conflict("b2b-error-no-sessions"));
    }
    let regs = state.store.registrations(e.id).await?;
    // Hosted-buyer mode first turns preferences into the meetings to schedule.
    let (requests, inputs) = super::preferences::run_inputs(&state, &e, &regs).await?;
    let run = meetings::schedule(&e, &regs, &requests, &inputs).await?;
    let placed = run.placed;
    let detail = format!("{} of {}", run.scheduled, run.requests);
    let actor = Actor::of(&state, &ctx, me.user())?;
    actor
        .audited(Action::B2bScheduled, &e.id.to_string(), &detail)
        .save_schedule(e.id, &placed)
        .await?;
    state.store.save_group_schedule(e.id, &run.groups).await?;
    Ok(Redirect::to(&format!("/events/{}/manage?done=scheduled", e.id)).into_response())
}

pub async fn toggle_lock(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((id, rid)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = organised_b2b(&state, &me, &id).await?;
    let lock = match form.get("lock") {
        "1" => true,
        "0" => false,
        _ => return Err(bad_parameter("lock", "must be 1 or 0")),
    };
    let action = if lock { Action::B2bLocked } else { Action::B2bUnlocked };
    let actor = Actor::of(&state, &ctx, me.user())?;
    let store = actor.audited(action, &rid, &e.draft.title);
    if !store.set_locked(e.id, path_id(&rid)?, lock).await? {
        return Err(WebError::Conflict("b2b-error-not-placed"));
    }
    Ok(Redirect::to(&format!("/events/{}/manage?done=locked#meetings", e.id)).into_response())
}

pub async fn publish(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = organised_b2b(&state, &me, &id).await?;
    let actor = Actor::of(&state, &ctx, me.user())?;
    actor
        .audited(Action::B2bPublished, &e.id.to_string(), &e.draft.title)
        .publish_schedule(e.id)
        .await?;
    state.store.lock_group_meetings(e.id).await?;
    let requests = state.store.meeting_requests(e.id).await?;
    for r in state.store.registrations(e.id).await? {
        let meets = requests
            .iter()
            .filter(|x| {
                x.state == RequestState::Accepted
                    && x.slot.is_some()
                    && (x.requester_id == r.id || x.invitee_id == r.id)
            })
            .count() as i64;
        if r.state != RegistrationState::Confirmed || meets == 0 {
            continue;
        }
        let agenda_link = state.settings.link(&format!("/events/{}/agenda", e.id));
        crate::notify::tell(
            &state,
            &r.user_email,
            ctx.tr.locale,
            crate::notify::events::b2b_agenda(&e.draft.title, meets, &agenda_link),
        )
        .await;
    }
    Ok(Redirect::to(&format!("/events/{}/manage?done=published", e.id)).into_response())
}

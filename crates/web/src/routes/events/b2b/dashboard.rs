//! The organiser's dashboard of a B2B event and its CSV: requests sent, answered and expired,
//! reminders and who answered since, idle time between meetings, and the outcomes of held
//! meetings counted by stage, country and type of organisation (never one person's answer).

use std::collections::BTreeMap;

use domain::b2b_followup::{idle_slots, OutcomeStage, OUTCOME_ROUNDS};
use store::b2b_followup::Outcome;

use super::*;
use crate::notify::b2b_followup::stage_message;

/// One figure with its label.
pub(super) struct Figure {
    label: String,
    value: String,
}

/// A person's reminders.
pub(super) struct NudgeLine {
    name: String,
    count: String,
    last: String,
    answered: String,
}

/// A person's idle time between meetings.
pub(super) struct IdleLine {
    name: String,
    meetings: String,
    slots: String,
    minutes: String,
}

/// A table of counts: a row label and one value per column.
pub(super) struct CountTable {
    caption: String,
    corner: String,
    columns: Vec<String>,
    rows: Vec<(String, Vec<String>)>,
}

#[derive(Template)]
#[template(path = "events/b2b/dashboard.html")]
pub(super) struct DashboardPage {
    chrome: Chrome,
    e: Event,
    /// Check-in and whether meetings happened, from the attendance records.
    day: Vec<Figure>,
    requests: Vec<Figure>,
    reminders: Vec<Figure>,
    nudged: Vec<NudgeLine>,
    idle: Vec<IdleLine>,
    idle_total: Vec<Figure>,
    outcomes: Vec<CountTable>,
}

/// Everything the page and the CSV count, read once.
struct Figures {
    regs: Vec<Registration>,
    requests: Vec<MeetingRequest>,
    expired: usize,
    /// Per reminded registration: reminders, last sent, answers given since the first.
    nudged: Vec<(i64, i64, DateTime<Utc>, i64)>,
    held: Vec<MeetingRequest>,
    /// Per registration with placed meetings: meetings, idle slots, idle minutes.
    idle: BTreeMap<i64, (i64, u32, u32)>,
    outcomes: Vec<Outcome>,
    asked: Vec<(i64, i64)>,
    checked_in: usize,
    /// Started meetings settled as held, and as a no-show (the attendance page's rule).
    held_on_the_day: usize,
    no_shows: usize,
    /// Meetings placed in slots that a re-fill on the day handed on.
    refilled: usize,
    /// Started meetings settled as a no-show.
    missed: std::collections::HashSet<i64>,
}

impl Figures {
    async fn read(state: &AppState, e: &Event) -> Result<Self, WebError> {
        let now = crate::views::time::now();
        let regs = state.store.registrations(e.id).await?;
        let requests = state.store.meeting_requests(e.id).await?;
        let expired = state.store.request_expiries(e.id).await?.len();
        let mut firsts: BTreeMap<i64, (i64, DateTime<Utc>, DateTime<Utc>)> = BTreeMap::new();
        for n in state.store.nudges(e.id).await? {
            let f = firsts.entry(n.registration_id).or_insert((0, n.sent_at, n.sent_at));
            f.0 += 1;
            f.1 = f.1.min(n.sent_at);
            f.2 = f.2.max(n.sent_at);
        }
        let since: Vec<(i64, DateTime<Utc>)> = firsts.iter().map(|(r, f)| (*r, f.1)).collect();
        let answered: HashMap<i64, i64> = state.store.answers_since(e.id, &since).await?.into_iter().collect();
        let nudged = firsts
            .iter()
            .map(|(r, f)| (*r, f.0, f.2, answered.get(r).copied().unwrap_or(0)))
            .collect();
        let answers = answers_by_meeting(&state.store.meeting_reports(e.id).await?);
        let (mut held_on_the_day, mut no_shows) = (0, 0);
        let mut missed = std::collections::HashSet::new();
        for x in requests.iter().filter(|x| started(e, x, now)) {
            match answers.get(&x.id).map(|a| a.settled()) {
                Some(Settled::Is(o)) if o.is_no_show() => {
                    no_shows += 1;
                    missed.insert(x.id);
                }
                Some(Settled::Is(_)) => held_on_the_day += 1,
                _ => {}
            }
        }
        Ok(Self {
            checked_in: state.store.presence(e.id).await?.len(),
            refilled: state.store.refilled_meetings(e.id).await?,
            missed,
            held_on_the_day,
            no_shows,
            idle: idle_per_person(e, &requests, &state.store.group_meetings(e.id).await?),
            held: state.store.held_meetings(e.id, now).await?,
            outcomes: state.store.outcomes(e.id).await?,
            asked: state.store.outcome_asks(e.id).await?,
            regs,
            requests,
            expired,
            nudged,
        })
    }

    fn count(&self, s: RequestState) -> usize {
        self.requests.iter().filter(|x| x.state == s).count()
    }

    /// Where each (meeting, participant) stands: their answer of the latest round.
    fn latest(&self) -> Vec<&Outcome> {
        let mut latest: BTreeMap<(i64, i64), &Outcome> = BTreeMap::new();
        for o in &self.outcomes {
            let slot = latest.entry((o.request_id, o.registration_id)).or_insert(o);
            if o.round > slot.round {
                *slot = o;
            }
        }
        latest.into_values().collect()
    }
}

/// Idle slots and minutes of every participant with placed meetings (pairs and group meetings),
/// session by session (a session is a block of consecutive slots; the time between sessions is
/// a break, not idle).
fn idle_per_person(
    e: &Event,
    requests: &[MeetingRequest],
    groups: &[store::b2b_preferences::GroupMeeting],
) -> BTreeMap<i64, (i64, u32, u32)> {
    let mut slots: BTreeMap<i64, Vec<u16>> = BTreeMap::new();
    for x in requests.iter().filter(|x| x.state == RequestState::Accepted) {
        if let Some(s) = x.slot {
            slots.entry(x.requester_id).or_default().push(s);
            slots.entry(x.invitee_id).or_default().push(s);
        }
    }
    for g in groups {
        if let Some(s) = g.slot {
            for member in g.members() {
                slots.entry(member).or_default().push(s);
            }
        }
    }
    slots
        .into_iter()
        .map(|(r, mine)| {
            let (mut idle, mut minutes, mut start) = (0, 0, 0u32);
            for s in &e.sessions {
                let inside: Vec<u16> = mine
                    .iter()
                    .filter(|&&m| (start..start + s.slots).contains(&u32::from(m)))
                    .map(|&m| m - start as u16)
                    .collect();
                let n = idle_slots(&[s.slots], &inside);
                idle += n;
                minutes += n * s.minutes;
                start += s.slots;
            }
            (r, (mine.len() as i64, idle, minutes))
        })
        .collect()
}

fn stage_columns(tr: &Tr) -> Vec<String> {
    OutcomeStage::ALL.iter().map(|s| tr.t(stage_message(*s))).collect()
}

/// Groups whose answers come from fewer people than this are counted together: otherwise the
/// one participant of a country or a type would have their answer read off the table.
const SMALLEST_GROUP: usize = 3;

/// The key of the groups too small to show on their own (no country code or organisation type).
const SMALL_GROUPS: &str = "small-groups";

/// Answers counted per group (country, type) and stage, from where each stands now; groups of
/// fewer than [`SMALLEST_GROUP`] people are merged into [`SMALL_GROUPS`].
fn by_group(f: &Figures, key: impl Fn(&Registration) -> String) -> BTreeMap<String, [i64; 7]> {
    let by_id: HashMap<i64, &Registration> = f.regs.iter().map(|r| (r.id, r)).collect();
    let mut groups: BTreeMap<String, ([i64; 7], std::collections::HashSet<i64>)> = BTreeMap::new();
    for o in f.latest() {
        if let Some(r) = by_id.get(&o.registration_id) {
            let i = OutcomeStage::ALL.iter().position(|s| *s == o.stage).unwrap_or(0);
            let g = groups.entry(key(r)).or_default();
            g.0[i] += 1;
            g.1.insert(r.id);
        }
    }
    let mut shown: BTreeMap<String, [i64; 7]> = BTreeMap::new();
    let (mut small, mut people) = ([0i64; 7], std::collections::HashSet::new());
    for (k, (counts, who)) in groups {
        if who.len() >= SMALLEST_GROUP {
            shown.insert(k, counts);
        } else {
            small.iter_mut().zip(counts).for_each(|(a, c)| *a += c);
            people.extend(who);
        }
    }
    // Merged, the small groups may still be too few people to show at all.
    if people.len() >= SMALLEST_GROUP {
        shown.insert(SMALL_GROUPS.into(), small);
    }
    shown
}

fn outcome_tables(tr: &Tr, f: &Figures) -> Vec<CountTable> {
    let n = |v: i64| tr.number(v);
    let mut by_stage = CountTable {
        caption: tr.t("b2b-dash-outcomes-by-stage"),
        corner: tr.t("b2b-dash-stage"),
        columns: OUTCOME_ROUNDS
            .iter()
            .map(|d| tr.t1("b2b-dash-after-days", "days", i64::from(*d)))
            .collect(),
        rows: vec![],
    };
    by_stage.rows.push((
        tr.t("b2b-dash-questions-sent"),
        OUTCOME_ROUNDS
            .iter()
            .map(|d| n(f.asked.iter().find(|(r, _)| *r == i64::from(*d)).map_or(0, |(_, c)| *c)))
            .collect(),
    ));
    for s in OutcomeStage::ALL {
        by_stage.rows.push((
            tr.t(stage_message(s)),
            OUTCOME_ROUNDS
                .iter()
                .map(|d| n(f.outcomes.iter().filter(|o| o.round == *d && o.stage == s).count() as i64))
                .collect(),
        ));
    }
    let group_table =
        |caption: &str, corner: &str, groups: BTreeMap<String, [i64; 7]>, label: &dyn Fn(&str) -> String| CountTable {
            caption: tr.t(caption),
            corner: tr.t(corner),
            columns: stage_columns(tr),
            rows: groups
                .into_iter()
                .map(|(k, v)| (label(&k), v.iter().map(|c| n(*c)).collect()))
                .collect(),
        };
    let none = tr.t("b2b-stat-none");
    let small = tr.t1("b2b-dash-small-groups", "count", SMALLEST_GROUP as i64);
    vec![
        by_stage,
        group_table(
            "b2b-dash-outcomes-by-country",
            "b2b-dash-country",
            by_group(f, country_key),
            &|c| match c {
                "" => none.clone(),
                SMALL_GROUPS => small.clone(),
                c => tr.country(c),
            },
        ),
        group_table(
            "b2b-dash-outcomes-by-type",
            "b2b-dash-type",
            by_group(f, kind_key),
            &|k| match k {
                SMALL_GROUPS => small.clone(),
                k => k
                    .parse::<domain::OrganisationType>()
                    .map(|t| tr.t(t.message_id()))
                    .unwrap_or_else(|_| none.clone()),
            },
        ),
    ]
}

/// `GET /events/{id}/dashboard`: the organisers' figures of a B2B event.
pub async fn dashboard(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = organised_b2b(&state, &me, &id).await?;
    let tr = ctx.tr;
    let f = Figures::read(&state, &e).await?;
    let n = |v: usize| tr.number(v as i64);
    let fig = |id: &str, value: String| Figure { label: tr.t(id), value };
    let answered = f.count(RequestState::Accepted) + f.count(RequestState::Declined);
    let settled = f.held_on_the_day + f.no_shows;
    let mut day = vec![
        fig("b2b-dash-checked-in", n(f.checked_in)),
        fig("b2b-dash-held", n(f.held_on_the_day)),
        fig("b2b-dash-no-shows", n(f.no_shows)),
    ];
    if let Some(rate) = (f.no_shows * 100 + settled / 2).checked_div(settled) {
        day.push(fig(
            "b2b-dash-no-show-rate",
            tr.t1("b2b-dash-percent", "value", rate as i64),
        ));
    }
    day.push(fig("b2b-dash-refilled", n(f.refilled)));
    let requests = vec![
        fig("b2b-dash-sent", n(f.requests.len())),
        fig("b2b-dash-answered", n(answered)),
        fig("b2b-stat-accepted", n(f.count(RequestState::Accepted))),
        fig("b2b-stat-declined", n(f.count(RequestState::Declined))),
        fig("b2b-dash-expired", n(f.expired)),
        fig("b2b-stat-pending", n(f.count(RequestState::Pending))),
    ];
    let by_id: HashMap<i64, &Registration> = f.regs.iter().map(|r| (r.id, r)).collect();
    let name = |r: i64| by_id.get(&r).map(|r| who(r)).unwrap_or_default();
    let tz = e.draft.tz();
    let reminders = vec![
        fig(
            "b2b-dash-reminders-sent",
            tr.number(f.nudged.iter().map(|x| x.1).sum::<i64>()),
        ),
        fig("b2b-dash-people-reminded", n(f.nudged.len())),
        fig(
            "b2b-dash-answered-since",
            n(f.nudged.iter().filter(|x| x.3 > 0).count()),
        ),
    ];
    let nudged = f
        .nudged
        .iter()
        .map(|(r, count, last, answers)| NudgeLine {
            name: name(*r),
            count: tr.number(*count),
            last: tr.date_time(last.with_timezone(&tz).naive_local()),
            answered: tr.number(*answers),
        })
        .collect();
    let idle: Vec<IdleLine> = f
        .idle
        .iter()
        .map(|(r, (meetings, slots, minutes))| IdleLine {
            name: name(*r),
            meetings: tr.number(*meetings),
            slots: tr.number(i64::from(*slots)),
            minutes: tr.number(i64::from(*minutes)),
        })
        .collect();
    let people = f.idle.len().max(1) as i64;
    let total_minutes: i64 = f.idle.values().map(|x| i64::from(x.2)).sum();
    let idle_total = vec![
        fig("b2b-dash-idle-total", tr.number(total_minutes)),
        fig(
            "b2b-dash-idle-average",
            tr.number((total_minutes + people / 2) / people),
        ),
    ];
    let page = DashboardPage {
        chrome: ctx.chrome("events"),
        day,
        requests,
        reminders,
        nudged,
        idle,
        idle_total,
        outcomes: outcome_tables(&tr, &f),
        e,
    };
    Ok(render(&page)?.into_response())
}

/// The columns of the report; each record fills those that apply to it.
const CSV_COLUMNS: [&str; 22] = [
    "record",
    "id",
    "starts",
    "table",
    "participant",
    "organisation",
    "country",
    "organisation_type",
    "other_participant",
    "other_organisation",
    "other_country",
    "other_organisation_type",
    "state",
    "requests_sent",
    "requests_received",
    "meetings_placed",
    "idle_slots",
    "idle_minutes",
    "reminders",
    "round_days",
    "stage",
    "count",
];

fn csv_record(cells: &[(&str, String)]) -> Vec<String> {
    let mut row = vec![String::new(); CSV_COLUMNS.len()];
    for (column, value) in cells {
        if let Some(i) = CSV_COLUMNS.iter().position(|c| c == column) {
            row[i] = value.clone();
        }
    }
    row
}

/// `GET /events/{id}/dashboard.csv`: the report a network sends its funder. One row per
/// meeting, one per participant, then the outcome counts (by round and stage, and where each
/// answer stands by country and type); a `record` column says which. Answers are counted, never
/// listed per person.
pub async fn dashboard_csv(
    State(state): State<AppState>,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = organised_b2b(&state, &me, &id).await?;
    let f = Figures::read(&state, &e).await?;
    let mut rows = vec![CSV_COLUMNS.map(str::to_owned).to_vec()];
    let by_id: HashMap<i64, &Registration> = f.regs.iter().map(|r| (r.id, r)).collect();
    let held: std::collections::HashSet<i64> = f.held.iter().map(|m| m.id).collect();
    let tz = e.draft.tz();
    for x in f.requests.iter().filter(|x| x.state == RequestState::Accepted) {
        let (Some(a), Some(b)) = (by_id.get(&x.requester_id), by_id.get(&x.invitee_id)) else {
            continue;
        };
        let starts = x
            .slot
            .and_then(|s| slot_span(&e, s as usize))
            .map(|(st, _)| st.with_timezone(&tz).to_rfc3339())
            .unwrap_or_default();
        let state = if held.contains(&x.id) {
            "held"
        } else if f.missed.contains(&x.id) {
            "no_show"
        } else if x.slot.is_some() {
            "placed"
        } else {
            "not_placed"
        };
        rows.push(csv_record(&[
            ("record", "meeting".into()),
            ("id", x.id.to_string()),
            ("starts", starts),
            ("table", x.table.map(|t| (t + 1).to_string()).unwrap_or_default()),
            ("participant", a.user_name.clone()),
            ("organisation", a.organisation_name.clone().unwrap_or_default()),
            ("country", a.organisation_country.clone().unwrap_or_default()),
            ("organisation_type", a.organisation_kind.clone().unwrap_or_default()),
            ("other_participant", b.user_name.clone()),
            ("other_organisation", b.organisation_name.clone().unwrap_or_default()),
            ("other_country", b.organisation_country.clone().unwrap_or_default()),
            (
                "other_organisation_type",
                b.organisation_kind.clone().unwrap_or_default(),
            ),
            ("state", state.into()),
        ]));
    }
    let nudges: HashMap<i64, i64> = f.nudged.iter().map(|x| (x.0, x.1)).collect();
    for r in f.regs.iter().filter(|r| r.state == RegistrationState::Confirmed) {
        let (meetings, idle, minutes) = f.idle.get(&r.id).copied().unwrap_or((0, 0, 0));
        let sent = f.requests.iter().filter(|x| x.requester_id == r.id).count();
        let received = f.requests.iter().filter(|x| x.invitee_id == r.id).count();
        rows.push(csv_record(&[
            ("record", "participant".into()),
            ("id", r.id.to_string()),
            ("participant", r.user_name.clone()),
            ("organisation", r.organisation_name.clone().unwrap_or_default()),
            ("country", r.organisation_country.clone().unwrap_or_default()),
            ("organisation_type", r.organisation_kind.clone().unwrap_or_default()),
            ("requests_sent", sent.to_string()),
            ("requests_received", received.to_string()),
            ("meetings_placed", meetings.to_string()),
            ("idle_slots", idle.to_string()),
            ("idle_minutes", minutes.to_string()),
            ("reminders", nudges.get(&r.id).copied().unwrap_or(0).to_string()),
        ]));
    }
    for d in OUTCOME_ROUNDS {
        for s in OutcomeStage::ALL {
            let c = f.outcomes.iter().filter(|o| o.round == d && o.stage == s).count();
            rows.push(csv_record(&[
                ("record", "outcome".into()),
                ("round_days", d.to_string()),
                ("stage", s.as_str().into()),
                ("count", c.to_string()),
            ]));
        }
    }
    for (record, column, groups) in [
        ("outcome_by_country", "country", by_group(&f, country_key)),
        (
            "outcome_by_organisation_type",
            "organisation_type",
            by_group(&f, kind_key),
        ),
    ] {
        for (g, counts) in groups {
            for (s, c) in OutcomeStage::ALL.into_iter().zip(counts) {
                if c > 0 {
                    rows.push(csv_record(&[
                        ("record", record.into()),
                        (column, g.clone()),
                        ("stage", s.as_str().into()),
                        ("count", c.to_string()),
                    ]));
                }
            }
        }
    }
    csv_response(&format!("b2b-report-{}.csv", e.id), rows)
}

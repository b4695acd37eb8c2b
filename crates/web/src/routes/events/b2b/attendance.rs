//! "Did it happen?": from a meeting's start each side says in one tap that they met or that the
//! other did not come (on their agenda, or through the signed link of the one mail that asks
//! afterwards); the organiser sees every answer, the conflicting ones first, and records the
//! word that settles a meeting.
//!
//! Table stewards (named by the organisers) record a meeting's outcome too, on the same page. A
//! steward's word is its own side: it settles a meeting as the organiser's would, unless the
//! organiser gave theirs, which overrides it; the two sides' answers count only when neither
//! gave a word. A steward never records a meeting they take part in (`access::steward_may_settle`).

use store::b2b_attendance::{Outcome, Report, Side};

use super::signing::Key;
use super::*;

/// What is known of a meeting from its answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Settled {
    /// Nobody answered.
    Unknown,
    /// The two sides answered differently and neither the organiser nor a steward has decided.
    Conflict,
    Is(Outcome),
}

/// The answers about one meeting, by side.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Answers {
    pub requester: Option<Outcome>,
    pub invitee: Option<Outcome>,
    pub organiser: Option<Outcome>,
    pub steward: Option<Outcome>,
}

impl Answers {
    /// The organiser's word settles; else a steward's; else the two sides when they agree, or
    /// the one who answered.
    pub(crate) fn settled(&self) -> Settled {
        if let Some(o) = self.organiser.or(self.steward) {
            return Settled::Is(o);
        }
        match (self.requester, self.invitee) {
            (Some(a), Some(b)) if a == b => Settled::Is(a),
            (Some(_), Some(_)) => Settled::Conflict,
            (Some(a), None) | (None, Some(a)) => Settled::Is(a),
            (None, None) => Settled::Unknown,
        }
    }

    /// Both sides answered and disagree (shown to the organiser even after they decided).
    pub(crate) fn conflicting(&self) -> bool {
        matches!((self.requester, self.invitee), (Some(a), Some(b)) if a != b)
    }
}

/// Every meeting's answers, by request.
pub(crate) fn answers_by_meeting(reports: &[Report]) -> HashMap<i64, Answers> {
    let mut out: HashMap<i64, Answers> = HashMap::new();
    for r in reports {
        let a = out.entry(r.request_id).or_default();
        match r.side {
            Side::Requester => a.requester = Some(r.outcome),
            Side::Invitee => a.invitee = Some(r.outcome),
            Side::Organiser => a.organiser = Some(r.outcome),
            Side::Steward => a.steward = Some(r.outcome),
        }
    }
    out
}

/// A placed, confirmed meeting whose slot has begun at `now`.
pub(crate) fn started(e: &Event, x: &MeetingRequest, now: DateTime<Utc>) -> bool {
    x.state == RequestState::Accepted
        && x.locked
        && x.slot
            .and_then(|s| slot_span(e, s as usize))
            .is_some_and(|(starts, _)| starts <= now)
}

/// A participant's answer (`held`, or `absent` for the other side) as the outcome it records.
pub(crate) fn participant_outcome(side: Side, answer: &str) -> Option<Outcome> {
    match answer {
        "held" => Some(Outcome::Held),
        "absent" => Some(Outcome::other_absent(side)),
        _ => None,
    }
}

fn outcome_text(tr: &Tr, o: Option<Outcome>) -> String {
    tr.t(match o {
        None => "b2b-attendance-no-answer",
        Some(Outcome::Held) => "b2b-attendance-held",
        Some(Outcome::RequesterAbsent) => "b2b-attendance-requester-absent",
        Some(Outcome::InviteeAbsent) => "b2b-attendance-invitee-absent",
        Some(Outcome::BothAbsent) => "b2b-attendance-both-absent",
    })
}

fn side_of(x: &MeetingRequest, registration: i64) -> Option<Side> {
    if x.requester_id == registration {
        Some(Side::Requester)
    } else if x.invitee_id == registration {
        Some(Side::Invitee)
    } else {
        None
    }
}

/// `POST /events/{id}/meetings/{rid}/report`: a participant's one tap on their agenda.
pub async fn report_meeting(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((id, rid)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    let mine = my_registration(&state, &e, me.user()).await?;
    let x = state
        .store
        .meeting_request(path_id(&rid)?)
        .await?
        .filter(|x| x.event_id == e.id)
        .ok_or(WebError::NotFound)?;
    let side = side_of(&x, mine.id).ok_or(WebError::Forbidden)?;
    let outcome = participant_outcome(side, form.get("answer"))
        .ok_or_else(|| bad_parameter("answer", "must be held or absent"))?;
    if !started(&e, &x, crate::views::time::now()) {
        return Err(WebError::Conflict("b2b-attendance-error-not-started"));
    }
    let actor = Actor::of(&state, &ctx, me.user())?;
    actor
        .audited(Action::B2bMeetingReported, &x.id.to_string(), side.as_str())
        .report_meeting(x.id, side, outcome, Some(me.user().id))
        .await?;
    Ok(Redirect::to(&format!("/events/{}/agenda?done=reported#meeting-{}", e.id, x.id)).into_response())
}

pub(super) struct AttendanceRow {
    id: i64,
    when: String,
    place: String,
    a: String,
    b: String,
    requester: String,
    invitee: String,
    settled: String,
    conflict: bool,
    /// The organiser's and the steward's words, with who gave them.
    words: Vec<String>,
    /// The outcome the viewer recorded before (their form starts on it).
    chosen: Option<&'static str>,
    /// A steward's own meeting: no form, the organisers decide.
    own: bool,
}

#[derive(Template)]
#[template(path = "events/b2b/attendance.html")]
pub(super) struct AttendancePage {
    chrome: Chrome,
    e: Event,
    notice: Option<String>,
    rows: Vec<AttendanceRow>,
    all: bool,
    totals: Vec<(String, usize)>,
    /// The viewer organises the event (a steward sees no organiser's links nor the re-fill).
    organiser: bool,
    /// The event is on: the re-fill is offered.
    running: bool,
}

/// The choices of outcome of the organiser and the stewards, as (value, message id).
const OUTCOMES: [(&str, &str); 4] = [
    ("held", "b2b-attendance-held"),
    ("requester-absent", "b2b-attendance-requester-absent"),
    ("invitee-absent", "b2b-attendance-invitee-absent"),
    ("both-absent", "b2b-attendance-both-absent"),
];

fn outcome_value(o: Outcome) -> &'static str {
    match o {
        Outcome::Held => "held",
        Outcome::RequesterAbsent => "requester-absent",
        Outcome::InviteeAbsent => "invitee-absent",
        Outcome::BothAbsent => "both-absent",
    }
}

fn parse_outcome(v: &str) -> Option<Outcome> {
    Some(match v {
        "held" => Outcome::Held,
        "requester-absent" => Outcome::RequesterAbsent,
        "invitee-absent" => Outcome::InviteeAbsent,
        "both-absent" => Outcome::BothAbsent,
        _ => return None,
    })
}

/// `GET /events/{id}/attendance`: the meetings that have begun, those that need the organiser
/// or a steward (conflicting or unanswered) first, or all of them with `?all=1`.
pub async fn attendance(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let (e, role) = super::stewards::desk_b2b(&state, &me, &id).await?;
    let steward = role == access::DeskRole::Steward;
    let colleagues = if steward {
        access::colleagues(&state, me.user()).await?
    } else {
        Default::default()
    };
    let tr = ctx.tr;
    let pairs = query_pairs(raw.as_deref());
    let all = pairs.iter().any(|(k, v)| k == "all" && v == "1");
    let regs = state.store.registrations(e.id).await?;
    let by_id: HashMap<i64, &Registration> = regs.iter().map(|r| (r.id, r)).collect();
    let requests = state.store.meeting_requests(e.id).await?;
    let answers = answers_by_meeting(&state.store.meeting_reports(e.id).await?);
    let authors: HashMap<(i64, Side), Option<String>> = state
        .store
        .meeting_report_authors(e.id)
        .await?
        .into_iter()
        .map(|(rid, side, name)| ((rid, side), name))
        .collect();
    let word = |rid: i64, side: Side, o: Option<Outcome>| {
        let o = o?;
        let name = authors
            .get(&(rid, side))
            .cloned()
            .flatten()
            .unwrap_or_else(|| tr.t("b2b-attendance-erased"));
        let id = if side == Side::Organiser {
            "b2b-attendance-word-organiser"
        } else {
            "b2b-attendance-word-steward"
        };
        Some(tr.t2(id, "name", name, "outcome", outcome_text(&tr, Some(o))))
    };
    let now = crate::views::time::now();
    let tz = e.draft.tz();
    let (mut held, mut no_show, mut conflict, mut unknown) = (0, 0, 0, 0);
    let mut rows: Vec<(bool, usize, u32, AttendanceRow)> = Vec::new();
    for x in requests.iter().filter(|x| started(&e, x, now)) {
        let (Some(a), Some(b), Some(slot), Some(table)) =
            (by_id.get(&x.requester_id), by_id.get(&x.invitee_id), x.slot, x.table)
        else {
            continue;
        };
        let ans = answers.get(&x.id).copied().unwrap_or_default();
        let settled = ans.settled();
        match settled {
            Settled::Is(Outcome::Held) => held += 1,
            Settled::Is(_) => no_show += 1,
            Settled::Conflict => conflict += 1,
            Settled::Unknown => unknown += 1,
        }
        let needs = matches!(settled, Settled::Conflict | Settled::Unknown);
        if !all && !needs {
            continue;
        }
        let when = slot_span(&e, slot as usize)
            .map(|(st, _)| tr.date_time(st.with_timezone(&tz).naive_local()))
            .unwrap_or_default();
        rows.push((
            !needs,
            slot as usize,
            table,
            AttendanceRow {
                id: x.id,
                when,
                place: table_label(&tr, &e, slot as usize, table),
                a: who(a),
                b: who(b),
                requester: outcome_text(&tr, ans.requester),
                invitee: outcome_text(&tr, ans.invitee),
                settled: match settled {
                    Settled::Is(o) => outcome_text(&tr, Some(o)),
                    Settled::Conflict => tr.t("b2b-attendance-conflict"),
                    Settled::Unknown => tr.t("b2b-attendance-no-answer"),
                },
                conflict: ans.conflicting(),
                words: [
                    word(x.id, Side::Organiser, ans.organiser),
                    word(x.id, Side::Steward, ans.steward),
                ]
                .into_iter()
                .flatten()
                .collect(),
                chosen: if steward { ans.steward } else { ans.organiser }.map(outcome_value),
                own: steward && !access::steward_may_settle(&colleagues, [Some(*a), Some(*b)]),
            },
        ));
    }
    rows.sort_by_key(|(done, s, t, _)| (*done, *s, *t));
    let presence = state.store.presence(e.id).await?;
    let totals = vec![
        (
            tr.t("b2b-attendance-present"),
            presence.iter().filter(|(_, p)| p.present()).count(),
        ),
        (
            tr.t("b2b-attendance-left"),
            presence.iter().filter(|(_, p)| !p.present()).count(),
        ),
        (tr.t("b2b-attendance-total-held"), held),
        (tr.t("b2b-attendance-total-no-show"), no_show),
        (tr.t("b2b-attendance-total-conflict"), conflict),
        (tr.t("b2b-attendance-total-unknown"), unknown),
    ];
    let notice = match done_param(raw.as_deref()).as_deref() {
        Some("recorded") => Some(tr.t("b2b-attendance-done-recorded")),
        Some("refilled") => {
            let n = |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| k == name)
                    .and_then(|(_, v)| v.parse::<i64>().ok())
                    .unwrap_or(0)
            };
            Some(format!(
                "{} {}",
                tr.t1("b2b-refill-released", "count", n("released")),
                tr.t1("b2b-refill-done", "count", n("placed"))
            ))
        }
        _ => None,
    };
    let page = AttendancePage {
        chrome: ctx.chrome("events"),
        notice,
        rows: rows.into_iter().map(|(_, _, _, r)| r).collect(),
        all,
        totals,
        organiser: !steward,
        running: super::refill::running(&e, crate::views::time::now()),
        e,
    };
    Ok(render(&page)?.into_response())
}

impl AttendancePage {
    fn outcomes(&self) -> Vec<(&'static str, String)> {
        OUTCOMES.iter().map(|(v, id)| (*v, self.chrome.tr.t(*id))).collect()
    }
}

/// `POST /events/{id}/attendance/{rid}`: the organiser's or a steward's word on a meeting.
pub async fn settle_meeting(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((id, rid)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, WebError> {
    let (e, role) = super::stewards::desk_b2b(&state, &me, &id).await?;
    let outcome = parse_outcome(form.get("outcome")).ok_or_else(|| {
        bad_parameter(
            "outcome",
            "must be held, requester-absent, invitee-absent or both-absent",
        )
    })?;
    let x = state
        .store
        .meeting_request(path_id(&rid)?)
        .await?
        .filter(|x| x.event_id == e.id)
        .ok_or(WebError::NotFound)?;
    if !started(&e, &x, crate::views::time::now()) {
        return Err(WebError::Conflict("b2b-attendance-error-not-started"));
    }
    let side = match role {
        access::DeskRole::Organiser => Side::Organiser,
        access::DeskRole::Steward => {
            super::stewards::refuse_own_meeting(&state, &ctx, me.user(), &x).await?;
            Side::Steward
        }
    };
    let actor = Actor::of(&state, &ctx, me.user())?;
    actor
        .audited(
            Action::B2bMeetingSettled,
            &x.id.to_string(),
            &format!("{} ({})", outcome_value(outcome), side.as_str()),
        )
        .report_meeting(x.id, side, outcome, Some(me.user().id))
        .await?;
    Ok(Redirect::to(&format!("/events/{}/attendance?done=recorded", e.id)).into_response())
}

/// The fields of an answer link, checked: the meeting, the side answering and the outcome.
async fn checked_link(
    state: &AppState,
    m: &str,
    r: &str,
    a: &str,
    x: &str,
    s: &str,
) -> Result<(Event, MeetingRequest, Registration, Side, Outcome), WebError> {
    let broken = || WebError::Conflict("b2b-answer-error-link");
    let (Ok(m), Ok(r), Ok(expires)) = (m.parse::<i64>(), r.parse::<i64>(), x.parse::<i64>()) else {
        return Err(broken());
    };
    let key = Key::of(state).await?;
    if !crate::auth::same_secret(&key.answer_signature(m, r, a, expires), s) {
        return Err(broken());
    }
    if crate::views::time::now().timestamp() > expires {
        return Err(WebError::Conflict("b2b-answer-error-expired"));
    }
    let req = state.store.meeting_request(m).await?.ok_or_else(broken)?;
    let e = state.store.event(req.event_id).await?.ok_or_else(broken)?;
    let reg = state
        .store
        .registrations_by_ids(e.id, &[r])
        .await?
        .into_iter()
        .find(|x| x.state == RegistrationState::Confirmed)
        .ok_or_else(broken)?;
    let side = side_of(&req, reg.id).ok_or_else(broken)?;
    let outcome = participant_outcome(side, a).ok_or_else(broken)?;
    Ok((e, req, reg, side, outcome))
}

fn link_fields(raw: Option<&str>, form: Option<&FormData>) -> [String; 5] {
    let pairs = query_pairs(raw);
    ["m", "r", "a", "x", "s"].map(|k| {
        form.map(|f| f.get(k).to_owned())
            .filter(|v| !v.is_empty())
            .or_else(|| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()))
            .unwrap_or_default()
    })
}

/// `GET /b2b/answer?…`: the page of a one-tap link, with its one button (mail scanners follow
/// links; only a person presses the button).
pub async fn answer_form(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let [m, r, a, x, s] = link_fields(raw.as_deref(), None);
    let (e, req, reg, _, outcome) = checked_link(&state, &m, &r, &a, &x, &s).await?;
    let tr = &ctx.tr;
    let other = if req.requester_id == reg.id {
        req.invitee_id
    } else {
        req.requester_id
    };
    let other = state
        .store
        .registrations_by_ids(e.id, &[other])
        .await?
        .first()
        .map(who)
        .unwrap_or_default();
    let question = if outcome == Outcome::Held {
        tr.t1("b2b-answer-held-question", "name", other)
    } else {
        tr.t1("b2b-answer-absent-question", "name", other)
    };
    let mut form = Form::new("answer", "/b2b/answer", ctx.csrf(), tr.t("b2b-answer-confirm"));
    for (k, v) in [("m", &m), ("r", &r), ("a", &a), ("x", &x), ("s", &s)] {
        form = form.field(Field::hidden(k, v));
    }
    let page = crate::forms::FormPage {
        chrome: ctx.chrome("events"),
        title: tr.t1("b2b-answer-title", "title", e.draft.title.as_str()),
        intro: vec![question],
        notice: None,
        form,
        links: vec![],
    };
    Ok(render(&page)?.into_response())
}

/// `POST /b2b/answer`: records the answer a signed link names; the link is the authority.
pub async fn answer_by_link(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
    form: FormData,
) -> Result<Response, WebError> {
    let [m, r, a, x, s] = link_fields(raw.as_deref(), Some(&form));
    let (e, req, reg, side, outcome) = checked_link(&state, &m, &r, &a, &x, &s).await?;
    if !started(&e, &req, crate::views::time::now()) {
        return Err(WebError::Conflict("b2b-attendance-error-not-started"));
    }
    Actor::anyone(&state, &ctx)?
        .audited(Action::B2bMeetingReported, &req.id.to_string(), side.as_str())
        .report_meeting(req.id, side, outcome, Some(reg.user_id))
        .await?;
    crate::views::message_page(
        &ctx,
        axum::http::StatusCode::OK,
        ctx.tr.t("b2b-answer-thanks"),
        vec![ctx.tr.t1("b2b-answer-thanks-detail", "title", e.draft.title.as_str())],
    )
}

/// A meeting on the participant's agenda that has begun, with their answer so far.
pub(super) struct AgendaMeeting {
    pub(super) id: i64,
    pub(super) when: String,
    pub(super) with: String,
    pub(super) answer: Option<String>,
}

/// What the agenda shows of attendance: the personal check-in QR code and fallback code, and
/// the meetings that have begun, to say in one tap whether they took place.
pub(super) struct AgendaAttendance {
    pub(super) qr: Option<String>,
    pub(super) code: String,
    pub(super) meetings: Vec<AgendaMeeting>,
    pub(super) notice: Option<String>,
}

pub(super) async fn agenda_attendance(
    state: &AppState,
    tr: &Tr,
    e: &Event,
    mine: &Registration,
    tz: Tz,
    // The participant's requests and the registrations on their other side, as the agenda read
    // them: not read again here.
    requests: &[MeetingRequest],
    others: &HashMap<i64, &Registration>,
) -> Result<AgendaAttendance, WebError> {
    let key = Key::of(state).await?;
    let now = crate::views::time::now();
    let begun: Vec<&MeetingRequest> = requests
        .iter()
        .filter(|x| x.event_id == e.id && started(e, x, now))
        .collect();
    let answers = if begun.is_empty() {
        HashMap::new()
    } else {
        answers_by_meeting(&state.store.meeting_reports_of(mine.id).await?)
    };
    let mut meetings: Vec<(u16, AgendaMeeting)> = begun
        .iter()
        .filter_map(|x| {
            let side = side_of(x, mine.id)?;
            let other = if side == Side::Requester {
                x.invitee_id
            } else {
                x.requester_id
            };
            let slot = x.slot?;
            let (starts, _) = slot_span(e, slot as usize)?;
            let a = answers.get(&x.id).copied().unwrap_or_default();
            let said = if side == Side::Requester {
                a.requester
            } else {
                a.invitee
            };
            Some((
                slot,
                AgendaMeeting {
                    id: x.id,
                    when: tr.date_time(starts.with_timezone(&tz).naive_local()),
                    with: others.get(&other).map(|r| who(r)).unwrap_or_default(),
                    answer: said.map(|o| {
                        tr.t(if o == Outcome::Held {
                            "b2b-agenda-you-met"
                        } else {
                            "b2b-agenda-you-reported-absent"
                        })
                    }),
                },
            ))
        })
        .collect();
    meetings.sort_by_key(|(slot, _)| *slot);
    let token = key.token(e.id, mine.id);
    Ok(AgendaAttendance {
        qr: super::signing::qr_svg(&token, &tr.t("b2b-agenda-qr")),
        code: key.code(e.id, mine.id),
        meetings: meetings.into_iter().map(|(_, m)| m).collect(),
        // Set by the agenda page, which reads the query it was reached with.
        notice: None,
    })
}

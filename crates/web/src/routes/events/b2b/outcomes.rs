//! Outcomes months later: 90 and 180 days after a B2B event each participant is asked, once a
//! round, what became of each meeting they held. They answer with one tap in the mail (a link
//! with a random token kept hashed, which expires; the page it opens has the tapped answer
//! chosen and one button, since mail scanners follow links and must not answer) or on the
//! platform. Answers are private: a participant sees only their own, organisers only counts.

use domain::b2b_followup::{OutcomeStage, OUTCOME_ROUNDS};
use store::b2b_followup::Outcome;

use super::*;
use crate::auth::{hash_token, random_token};
use crate::i18n::Locale;
use crate::notify;
use crate::notify::b2b_followup::{stage_message, OutcomeQuestion};

/// How long the links of an outcome mail work.
const LINK_DAYS: i64 = 60;
/// A round is asked within this many days after it is due: a node that was stopped for a while
/// still asks, while a first start does not ask about events of years ago.
const WINDOW_DAYS: i64 = 30;

/// The round open at `now`: the latest whose day after the event has come.
pub(super) fn open_round(e: &Event, now: DateTime<Utc>) -> Option<u32> {
    OUTCOME_ROUNDS
        .into_iter()
        .rev()
        .find(|&d| now >= e.ends_at + chrono::Duration::days(i64::from(d)))
}

/// The held meetings of one registration.
fn held_by(held: &[MeetingRequest], registration_id: i64) -> Vec<&MeetingRequest> {
    held.iter()
        .filter(|m| m.requester_id == registration_id || m.invitee_id == registration_id)
        .collect()
}

/// Sends each round of outcome questions that is due at `now`: to every participant of a held
/// meeting, one mail per round, each claimed before it is sent. Answers how many went out.
pub async fn send_outcome_questions(state: &AppState, now: DateTime<Utc>) -> Result<usize, WebError> {
    let mut sent = 0;
    for round in OUTCOME_ROUNDS {
        let due = now - chrono::Duration::days(i64::from(round));
        for event_id in state
            .store
            .events_ended_between(due - chrono::Duration::days(WINDOW_DAYS), due)
            .await?
        {
            let Some(e) = state.store.event(event_id).await? else {
                continue;
            };
            if !e.draft.b2b {
                continue;
            }
            let held = state.store.held_meetings(e.id, now).await?;
            if held.is_empty() {
                continue;
            }
            let regs = state.store.registrations(e.id).await?;
            let by_id: HashMap<i64, &Registration> = regs.iter().map(|r| (r.id, r)).collect();
            for r in &regs {
                let mine = held_by(&held, r.id);
                if mine.is_empty() {
                    continue;
                }
                let token = random_token();
                let until = now + chrono::Duration::days(LINK_DAYS);
                if !state
                    .store
                    .claim_outcome_ask(e.id, r.id, round, &hash_token(&token), now, until)
                    .await?
                {
                    continue;
                }
                let questions: Vec<OutcomeQuestion> = mine
                    .iter()
                    .map(|m| {
                        let other = if m.requester_id == r.id {
                            m.invitee_id
                        } else {
                            m.requester_id
                        };
                        OutcomeQuestion {
                            with: by_id.get(&other).map(|o| who(o)).unwrap_or_default(),
                            links: OutcomeStage::ALL
                                .into_iter()
                                .map(|s| {
                                    let path =
                                        format!("/b2b/outcome?token={token}&meeting={}&stage={}", m.id, s.as_str());
                                    (s, state.settings.link(&path))
                                })
                                .collect(),
                        }
                    })
                    .collect();
                let page = state.settings.link(&format!("/events/{}/outcomes", e.id));
                let until_day = until.with_timezone(&e.draft.tz()).date_naive();
                notify::tell(
                    state,
                    &r.user_email,
                    Locale::En,
                    notify::b2b_followup::outcome_questions(
                        &e.draft.title,
                        i64::from(round),
                        &questions,
                        &page,
                        until_day,
                    ),
                )
                .await;
                sent += 1;
            }
        }
    }
    Ok(sent)
}

/// One answer to choose on a meeting's form.
pub(super) struct StageChoice {
    value: &'static str,
    label: String,
    checked: bool,
}

/// A held meeting's question.
pub(super) struct MeetingQuestion {
    id: i64,
    legend: String,
    choices: Vec<StageChoice>,
}

#[derive(Template)]
#[template(path = "events/b2b/outcomes.html")]
pub(super) struct OutcomesPage {
    chrome: Chrome,
    e: Event,
    notice: Option<String>,
    intro: String,
    /// Where the forms post: the platform's address, or the link's.
    action: String,
    meetings: Vec<MeetingQuestion>,
}

/// The page of a participant's questions of `round`, their own answers (or `preselect`ed one)
/// chosen.
#[allow(clippy::too_many_arguments)]
async fn questions_page(
    state: &AppState,
    ctx: &Ctx,
    e: Event,
    registration_id: i64,
    round: Option<u32>,
    action: String,
    preselect: Option<(i64, OutcomeStage)>,
    notice: Option<String>,
) -> Result<Response, WebError> {
    let tr = ctx.tr;
    let now = crate::views::time::now();
    let Some(round) = round else {
        let opens = (e.ends_at + chrono::Duration::days(i64::from(OUTCOME_ROUNDS[0]))).with_timezone(&e.draft.tz());
        let page = OutcomesPage {
            chrome: ctx.chrome("events"),
            notice,
            intro: tr.t1("b2b-outcome-not-yet", "date", tr.date(opens.date_naive())),
            action,
            meetings: vec![],
            e,
        };
        return Ok(render(&page)?.into_response());
    };
    let held = state.store.held_meetings(e.id, now).await?;
    let regs = state.store.registrations(e.id).await?;
    let by_id: HashMap<i64, &Registration> = regs.iter().map(|r| (r.id, r)).collect();
    // Only the reader's own answers are read out.
    let answers: HashMap<i64, OutcomeStage> = state
        .store
        .outcomes(e.id)
        .await?
        .into_iter()
        .filter(|o| o.registration_id == registration_id && o.round == round)
        .map(|o| (o.request_id, o.stage))
        .collect();
    let meetings = held_by(&held, registration_id)
        .into_iter()
        .map(|m| {
            let other = if m.requester_id == registration_id {
                m.invitee_id
            } else {
                m.requester_id
            };
            let chosen = match preselect {
                Some((id, s)) if id == m.id => Some(s),
                _ => answers.get(&m.id).copied(),
            };
            MeetingQuestion {
                id: m.id,
                legend: tr.t1(
                    "b2b-outcome-question",
                    "name",
                    by_id.get(&other).map(|o| who(o)).unwrap_or_default(),
                ),
                choices: OutcomeStage::ALL
                    .into_iter()
                    .map(|s| StageChoice {
                        value: s.as_str(),
                        label: tr.t(stage_message(s)),
                        checked: chosen == Some(s),
                    })
                    .collect(),
            }
        })
        .collect::<Vec<_>>();
    let intro = if meetings.is_empty() {
        tr.t("b2b-outcome-none")
    } else {
        tr.t1("b2b-outcome-intro", "days", i64::from(round))
    };
    let page = OutcomesPage {
        chrome: ctx.chrome("events"),
        notice,
        intro,
        action,
        meetings,
        e,
    };
    Ok(render(&page)?.into_response())
}

/// The meeting and answer a form or link names; each bad one is named.
fn read_answer(meeting: &str, stage: &str) -> Result<(i64, OutcomeStage), WebError> {
    let meeting = meeting
        .parse::<i64>()
        .map_err(|_| bad_parameter("meeting", "must name one of your held meetings"))?;
    let stage = OutcomeStage::parse(stage).ok_or_else(|| {
        let names: Vec<&str> = OutcomeStage::ALL.iter().map(|s| s.as_str()).collect();
        bad_parameter("stage", format!("must be one of {}", names.join(", ")))
    })?;
    Ok((meeting, stage))
}

/// Records a participant's answer about one of their held meetings in the open round.
async fn answer(
    state: &AppState,
    actor: &Actor,
    e: &Event,
    registration_id: i64,
    round: u32,
    (meeting, stage): (i64, OutcomeStage),
) -> Result<(), WebError> {
    let now = crate::views::time::now();
    let held = state.store.held_meetings(e.id, now).await?;
    let m = held.iter().find(|m| m.id == meeting).ok_or(WebError::NotFound)?;
    access::require_meeting_side(m, registration_id)?;
    let outcome = Outcome {
        request_id: m.id,
        registration_id,
        round,
        stage,
    };
    actor
        .audited(
            Action::B2bOutcomeAnswered,
            &m.id.to_string(),
            &format!("{round} days: {}", stage.as_str()),
        )
        .record_outcome(e.id, &outcome, now)
        .await?;
    Ok(())
}

/// `GET /events/{id}/outcomes`: the signed-in participant's questions.
pub async fn outcomes(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let e = load_readable(&state, &ctx, &id).await?;
    let mine = my_registration(&state, &e, me.user()).await?;
    let round = open_round(&e, crate::views::time::now());
    let notice = (done_param(raw.as_deref()).as_deref() == Some("saved")).then(|| ctx.tr.t("b2b-outcome-saved"));
    let action = format!("/events/{}/outcomes", e.id);
    questions_page(&state, &ctx, e, mine.id, round, action, None, notice).await
}

/// `POST /events/{id}/outcomes`: a participant answers about one of their held meetings.
pub async fn save_outcome(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = load_readable(&state, &ctx, &id).await?;
    let mine = my_registration(&state, &e, me.user()).await?;
    let round = open_round(&e, crate::views::time::now()).ok_or(WebError::Conflict("b2b-outcome-closed"))?;
    let read = read_answer(form.get("meeting"), form.get("stage"))?;
    let actor = Actor::of(&state, &ctx, me.user())?;
    answer(&state, &actor, &e, mine.id, round, read).await?;
    Ok(Redirect::to(&format!("/events/{}/outcomes?done=saved", e.id)).into_response())
}

fn query_value(raw: Option<&str>, name: &str) -> String {
    query_pairs(raw)
        .into_iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
        .unwrap_or_default()
}

/// The event and registration an outcome link's token opens, or 409 for an unknown or expired one.
async fn by_link(state: &AppState, token: &str) -> Result<(Event, i64, u32), WebError> {
    let unknown = WebError::Conflict("b2b-outcome-unknown-link");
    if token.is_empty() || token.len() > 200 {
        return Err(unknown);
    }
    let link = state
        .store
        .outcome_link(&hash_token(token), crate::views::time::now())
        .await?
        .ok_or(unknown)?;
    let e = state.store.event(link.event_id).await?.ok_or(WebError::NotFound)?;
    let round = u32::try_from(link.round).map_err(|_| WebError::NotFound)?;
    Ok((e, link.registration_id, round))
}

/// `GET /b2b/outcome?token=…&meeting=…&stage=…`: the tapped answer chosen, one button to save.
pub async fn outcome_link(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let token = query_value(raw.as_deref(), "token");
    let (e, registration_id, round) = by_link(&state, &token).await?;
    let preselect = read_answer(
        &query_value(raw.as_deref(), "meeting"),
        &query_value(raw.as_deref(), "stage"),
    )
    .ok();
    let action = format!("/b2b/outcome?token={token}");
    let notice = (done_param(raw.as_deref()).as_deref() == Some("saved")).then(|| ctx.tr.t("b2b-outcome-saved"));
    questions_page(&state, &ctx, e, registration_id, Some(round), action, preselect, notice).await
}

/// `POST /b2b/outcome?token=…`: the link's secret is the authority (no session, no CSRF token:
/// whoever holds the link could answer anyway).
pub async fn save_outcome_by_link(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
    form: FormData,
) -> Result<Response, WebError> {
    let token = query_value(raw.as_deref(), "token");
    let (e, registration_id, round) = by_link(&state, &token).await?;
    let read = read_answer(form.get("meeting"), form.get("stage"))?;
    let actor = Actor::anyone(&state, &ctx)?;
    answer(&state, &actor, &e, registration_id, round, read).await?;
    Ok(Redirect::to(&format!("/b2b/outcome?token={token}&done=saved")).into_response())
}

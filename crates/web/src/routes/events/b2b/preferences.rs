//! Preferences and compact schedules: a participant's marks on others (must meet,
//! would like to meet, no thanks), and the organiser's matchmaking settings — the mode (requests
//! or hosted-buyer), the event-wide meeting limits and each participant's own — on one page with
//! the group meetings (`groups.rs`).

use store::b2b_preferences::{Limits, Mark, Mode, Settings};

use super::groups::{group_form, group_lines, GroupLine};
use super::*;

/// The most meetings a limit may ask for: one a slot, and an event has at most 128 slots.
const LIMIT_MAX: u16 = matching::schedule::MAX_SLOTS as u16;

/// A participant's choices of marks on another one, as the card's control offers them.
pub(super) fn mark_choices(tr: &Tr, current: Option<Mark>) -> Vec<Choice> {
    std::iter::once(Choice::new("", tr.t("b2b-mark-none"), current.is_none()))
        .chain(
            Mark::ALL
                .into_iter()
                .map(|m| Choice::new(m.as_str(), tr.t(format!("b2b-mark-{}", m.as_str())), current == Some(m))),
        )
        .collect()
}

/// The marks the viewer made, by the registration they are on.
pub(super) async fn my_marks(state: &AppState, mine: Option<&Registration>) -> Result<HashMap<i64, Mark>, WebError> {
    let Some(m) = mine else { return Ok(HashMap::new()) };
    Ok(state
        .store
        .preferences_of(m.id)
        .await?
        .into_iter()
        .map(|p| (p.to_id, p.mark))
        .collect())
}

/// Marks another participant (or clears the mark): for oneself only, at an event where one is a
/// confirmed participant.
pub async fn mark(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    // As for requests: a called-off event takes no more marks.
    if e.state != EventState::Published {
        return Err(WebError::Conflict("event-error-closed"));
    }
    let mine = my_registration(&state, &e, me.user()).await?;
    let other: i64 = form
        .get("other")
        .trim()
        .parse()
        .map_err(|_| invalid("other", ctx.tr.t("b2b-error-unknown-participant")))?;
    let other = state
        .store
        .registrations_by_ids(e.id, &[other])
        .await?
        .into_iter()
        .find(|r| r.state == RegistrationState::Confirmed && r.id != mine.id)
        .ok_or_else(|| invalid("other", ctx.tr.t("b2b-error-unknown-participant")))?;
    let mark = match form.get("mark").trim() {
        "" => None,
        m => Some(Mark::parse(m).ok_or_else(|| invalid("mark", ctx.tr.t("b2b-error-mark")))?),
    };
    let detail = format!("{}: {}", other.id, mark.map_or("none", Mark::as_str));
    Actor::of(&state, &ctx, me.user())?
        .audited(Action::B2bPreferenceMarked, &e.id.to_string(), &detail)
        .set_preference(e.id, mine.id, other.id, mark)
        .await?;
    Ok(Redirect::to(&format!(
        "/events/{}/participants?done=marked#participant-{}",
        e.id, other.id
    ))
    .into_response())
}

/// One participant's line in the organiser's limits table.
pub(super) struct LimitLine {
    pub(super) id: i64,
    pub(super) name: String,
    pub(super) min: String,
    pub(super) max: String,
}

/// A mark as the organiser reads it: who marked whom, and how.
pub(super) struct MarkLine {
    pub(super) from: String,
    pub(super) to: String,
    pub(super) mark: String,
}

#[derive(Template)]
#[template(path = "events/b2b/matchmaking.html")]
pub(super) struct MatchmakingPage {
    chrome: Chrome,
    e: Event,
    notice: Option<String>,
    settings_form: Form,
    limits: Vec<LimitLine>,
    /// The participants' marks, which only the organiser sees besides the one who marked.
    marks: Vec<MarkLine>,
    groups: Vec<GroupLine>,
    group_form: Form,
}

fn number_text(n: Option<u16>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

pub async fn matchmaking(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let e = organised_b2b(&state, &me, &id).await?;
    let tr = ctx.tr;
    let settings = state.store.b2b_settings(e.id).await?;
    let regs: Vec<Registration> = state
        .store
        .registrations(e.id)
        .await?
        .into_iter()
        .filter(|r| r.state == RegistrationState::Confirmed)
        .collect();
    let own: HashMap<i64, Limits> = state.store.meeting_limits(e.id).await?.into_iter().collect();
    let groups = state.store.group_meetings(e.id).await?;
    let editing = query_pairs(raw.as_deref())
        .into_iter()
        .find(|(k, _)| k == "group")
        .and_then(|(_, v)| v.parse::<i64>().ok())
        .and_then(|g| groups.iter().find(|x| x.id == g));
    let settings_form = Form::new(
        "matchmaking",
        format!("/events/{}/manage/matchmaking", e.id),
        ctx.csrf(),
        tr.t("b2b-save-matchmaking"),
    )
    .heading(tr.t("b2b-matchmaking-settings"))
    .field(Field::select(
        "mode",
        tr.t("b2b-mode"),
        [Mode::Requests, Mode::Hosted]
            .into_iter()
            .map(|m| (m.as_str().to_owned(), tr.t(format!("b2b-mode-{}", m.as_str()))))
            .collect(),
        settings.mode.as_str(),
    ))
    .field(
        Field::number("min", tr.t("b2b-min-meetings"))
            .value(number_text(settings.limits.min))
            .hint(tr.t("b2b-limit-hint")),
    )
    .field(
        Field::number("max", tr.t("b2b-max-meetings"))
            .value(number_text(settings.limits.max))
            .hint(tr.t("b2b-limit-hint")),
    )
    .field(Field::checkbox("skip_met", tr.t("b2b-skip-met"), settings.skip_met).hint(tr.t("b2b-skip-met-hint")));
    let limits = regs
        .iter()
        .map(|r| {
            let l = own.get(&r.id).copied().unwrap_or_default();
            LimitLine {
                id: r.id,
                name: who(r),
                min: number_text(l.min),
                max: number_text(l.max),
            }
        })
        .collect();
    let by_id: HashMap<i64, &Registration> = regs.iter().map(|r| (r.id, r)).collect();
    let marks = state
        .store
        .preferences(e.id)
        .await?
        .into_iter()
        .filter_map(|p| {
            Some(MarkLine {
                from: who(by_id.get(&p.from_id)?),
                to: who(by_id.get(&p.to_id)?),
                mark: tr.t(format!("b2b-mark-{}", p.mark.as_str())),
            })
        })
        .collect();
    let page = MatchmakingPage {
        chrome: ctx.chrome("events"),
        notice: match done_param(raw.as_deref()).as_deref() {
            Some("settings") => Some(tr.t("b2b-done-matchmaking")),
            Some("limits") => Some(tr.t("b2b-done-limits")),
            Some("group") => Some(tr.t("b2b-done-group")),
            Some("group-removed") => Some(tr.t("b2b-done-group-removed")),
            _ => None,
        },
        settings_form,
        limits,
        marks,
        groups: group_lines(&tr, &e, &groups, &regs),
        group_form: group_form(&ctx, &e, &regs, editing),
        e,
    };
    Ok(render(&page)?.into_response())
}

/// A limit as typed: empty is none; otherwise a whole number from `lowest` to [`LIMIT_MAX`]
/// (a maximum is at least 1: the scheduler reads 0 as no maximum).
fn limit_value(tr: &Tr, form: &FormData, field: &str, lowest: u16) -> Result<Option<u16>, WebError> {
    let raw = form.get(field).trim();
    if raw.is_empty() {
        return Ok(None);
    }
    raw.parse::<u16>()
        .ok()
        .filter(|n| (lowest..=LIMIT_MAX).contains(n))
        .map(Some)
        .ok_or_else(|| {
            invalid(
                field,
                tr.t2("b2b-error-limit", "min", i64::from(lowest), "max", i64::from(LIMIT_MAX)),
            )
        })
}

/// Both limits, the maximum not below the minimum.
fn limits_of(tr: &Tr, form: &FormData) -> Result<Limits, WebError> {
    let l = Limits {
        min: limit_value(tr, form, "min", 0)?,
        max: limit_value(tr, form, "max", 1)?,
    };
    if let (Some(min), Some(max)) = (l.min, l.max) {
        if max < min {
            return Err(invalid("max", tr.t("b2b-error-max-below-min")));
        }
    }
    Ok(l)
}

pub async fn save_matchmaking(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = organised_b2b(&state, &me, &id).await?;
    let tr = ctx.tr;
    let mode = Mode::parse(form.get("mode").trim()).ok_or_else(|| invalid("mode", tr.t("b2b-error-mode")))?;
    let settings = Settings {
        mode,
        limits: limits_of(&tr, &form)?,
        skip_met: form.checked("skip_met"),
    };
    let detail = format!(
        "{} min {} max {}{}",
        mode.as_str(),
        number_text(settings.limits.min),
        number_text(settings.limits.max),
        if settings.skip_met { " skip met" } else { "" }
    );
    Actor::of(&state, &ctx, me.user())?
        .audited(Action::B2bMatchmakingSet, &e.id.to_string(), &detail)
        .set_b2b_settings(e.id, &settings)
        .await?;
    Ok(Redirect::to(&format!("/events/{}/manage/matchmaking?done=settings", e.id)).into_response())
}

/// One participant's own limits (both empty: the event's apply).
pub async fn save_limits(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = organised_b2b(&state, &me, &id).await?;
    let tr = ctx.tr;
    let participant = form
        .get("participant")
        .trim()
        .parse::<i64>()
        .ok()
        .ok_or_else(|| invalid("participant", tr.t("b2b-error-unknown-participant")))?;
    let r = state
        .store
        .registrations_by_ids(e.id, &[participant])
        .await?
        .into_iter()
        .find(|r| r.state == RegistrationState::Confirmed)
        .ok_or_else(|| invalid("participant", tr.t("b2b-error-unknown-participant")))?;
    let limits = limits_of(&tr, &form)?;
    let detail = format!(
        "{}: min {} max {}",
        r.id,
        number_text(limits.min),
        number_text(limits.max)
    );
    Actor::of(&state, &ctx, me.user())?
        .audited(Action::B2bLimitsSet, &e.id.to_string(), &detail)
        .set_meeting_limits(r.id, limits)
        .await?;
    Ok(Redirect::to(&format!("/events/{}/manage/matchmaking?done=limits#limits", e.id)).into_response())
}

/// The requests to schedule and what preferences add to them. In hosted-buyer mode the pairs
/// from preferences first become accepted meetings (and those no longer wanted are taken back);
/// in requests mode, meetings paired in an earlier hosted run are taken back.
pub(super) async fn run_inputs(
    state: &AppState,
    e: &Event,
    regs: &[Registration],
) -> Result<(Vec<MeetingRequest>, meetings::Inputs), WebError> {
    let settings = state.store.b2b_settings(e.id).await?;
    let pairs = match settings.mode {
        Mode::Hosted => {
            let met = if settings.skip_met {
                state.store.met_before(e.id).await?
            } else {
                Default::default()
            };
            let prefs = state.store.preferences(e.id).await?;
            meetings::hosted_pairs(regs, &prefs, settings.skip_met, &met)
        }
        Mode::Requests => Vec::new(),
    };
    state.store.sync_hosted_meetings(e.id, &pairs).await?;
    let requests = state.store.meeting_requests(e.id).await?;
    let inputs = meetings::Inputs::load(&state.store, e.id).await?;
    Ok((requests, inputs))
}

/// A figure of the stored schedule.
pub(super) struct Figure {
    pub(super) label: String,
    pub(super) value: String,
}

/// What the organiser's desk shows of preferences and compact schedules.
pub(super) struct Compact {
    pub(super) mode: String,
    pub(super) figures: Vec<Figure>,
    pub(super) groups: Vec<GroupLine>,
}

pub(super) async fn compact(
    state: &AppState,
    tr: &Tr,
    e: &Event,
    regs: &[Registration],
    requests: &[MeetingRequest],
) -> Result<Compact, WebError> {
    if !e.draft.b2b {
        return Ok(Compact {
            mode: String::new(),
            figures: Vec::new(),
            groups: Vec::new(),
        });
    }
    let inputs = meetings::Inputs::load(&state.store, e.id).await?;
    let (score, must_asked) = meetings::figures(e, regs, requests, &inputs);
    let number = |n: usize| tr.number(n as i64);
    let figures = vec![
        Figure {
            label: tr.t("b2b-figure-must"),
            value: tr.t2(
                "b2b-figure-of",
                "placed",
                number(score.must),
                "asked",
                number(must_asked),
            ),
        },
        Figure {
            label: tr.t("b2b-figure-meetings"),
            value: number(score.meetings),
        },
        Figure {
            label: tr.t("b2b-figure-below-minimum"),
            value: number(score.below_minimum),
        },
        Figure {
            label: tr.t("b2b-figure-idle-gaps"),
            value: number(score.idle_gaps),
        },
        Figure {
            label: tr.t("b2b-figure-table-changes"),
            value: number(score.table_changes),
        },
    ];
    Ok(Compact {
        mode: tr.t(format!("b2b-mode-{}", inputs.settings.mode.as_str())),
        figures,
        groups: group_lines(tr, e, &inputs.groups, regs),
    })
}

//! Evaluating and ranking applications, the decisions, telling the applicants, withdrawing.

use super::*;
use crate::audit::{Action, Actor};

pub struct RankRow {
    pub id: i64,
    /// None while the reader may not see the ranking (see `scoring::as_seen`).
    pub rank: Option<usize>,
    pub organisation: String,
    pub organisation_slug: String,
    pub country: String,
    pub score: Option<String>,
    pub evaluations: usize,
    pub state: String,
    pub state_code: String,
    /// For an evaluator: whether they scored it, or may not (conflict of interest).
    pub mine: Option<&'static str>,
}

#[derive(Template)]
#[template(path = "events/missions/applications.html")]
pub(super) struct ApplicationsPage {
    chrome: Chrome,
    e: Event,
    call: StoredCall,
    notice: Option<String>,
    rows: Vec<RankRow>,
    organiser: bool,
    evaluator: bool,
    call_line: String,
    decision_text: String,
    select_top: String,
}

/// Applications in ranking order (weighted score, best first; unscored last), with their scores.
pub(super) fn ranked(
    call: &StoredCall,
    apps: Vec<Application>,
    scores: &[Score],
) -> Vec<evaluation::Ranked<Application>> {
    crate::evaluation::ranked(
        &call.call.criteria,
        apps,
        |a| a.id,
        |a| a.state != MS::Withdrawn,
        scores.iter().map(|s| (s.application_id, s.scores.clone())),
    )
}

pub async fn applications(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let e = mission(&state, &id).await?;
    let (organiser, evaluator) =
        access::organiser_or_evaluator(&state, me.user(), e.organisation_id, Round::Mission(e.id)).await?;
    let call = call_of(&state, &e).await?;
    let tr = ctx.tr;
    let scores = state.store.scores(Round::Mission(e.id)).await?;
    let mine: HashSet<i64> = scores
        .iter()
        .filter(|s| s.evaluator_id == Some(me.user().id))
        .map(|s| s.application_id)
        .collect();
    let own = access::own_organisations(&state, me.user()).await?;
    let list = ranked(&call, state.store.applications(e.id).await?, &scores);
    let selected = list.iter().filter(|r| r.item.state == MS::Selected).count();
    let undecided = list.iter().filter(|r| r.item.state == MS::Submitted).count();
    let rows = crate::evaluation::as_seen(
        list,
        |a| a.id,
        evaluator && !organiser,
        |a| own.contains(&a.organisation_id),
        |a| mine.contains(&a.id),
    )
    .into_iter()
    .map(|r| {
        let a = r.item;
        let conflict = evaluator && own.contains(&a.organisation_id);
        let seen = evaluation::standing(evaluator, conflict, mine.contains(&a.id), r.score);
        RankRow {
            id: a.id,
            rank: r.rank,
            score: seen.score,
            evaluations: r.evaluations,
            country: tr.country(&a.organisation_country),
            state: tr.t(a.state.message_id()),
            mine: seen.mine,
            organisation: a.organisation_name,
            organisation_slug: a.organisation_slug,
            state_code: a.state.as_str().to_owned(),
        }
    })
    .collect();
    let notice = match done_param(raw.as_deref()).as_deref() {
        Some("scored") => Some(tr.t("mission-done-scored")),
        Some("decided") => Some(tr.t("mission-done-decided")),
        Some("notified") => Some(tr.t("mission-done-notified")),
        _ => None,
    };
    let page = ApplicationsPage {
        chrome: ctx.chrome("events"),
        call_line: call_line(&tr, &call),
        decision_text: tr.tn(
            "mission-decision-state",
            vec![
                ("selected", (selected as i64).into()),
                ("places", i64::from(call.call.places).into()),
                ("undecided", (undecided as i64).into()),
            ],
        ),
        select_top: tr.t1("mission-select-top", "places", i64::from(call.call.places)),
        e,
        call,
        notice,
        rows,
        organiser,
        evaluator,
    };
    Ok(render(&page)?.into_response())
}

#[derive(Template)]
#[template(path = "events/missions/application.html")]
pub(super) struct ApplicationPage {
    chrome: Chrome,
    e: Event,
    call: StoredCall,
    a: Application,
    answers: Vec<Fact>,
    form: Option<Form>,
    conflict: bool,
    /// Others' scores, once the viewer may see them.
    scores: Option<Vec<ScoresGiven>>,
}

pub(super) async fn load_application(state: &AppState, id: &str) -> Result<(Application, Event), WebError> {
    let a = state.store.application(path_id(id)?).await?.ok_or(WebError::NotFound)?;
    let e = state.store.event(a.event_id).await?.ok_or(WebError::NotFound)?;
    Ok((a, e))
}

pub(super) async fn application_page(
    state: &AppState,
    ctx: &Ctx,
    me: &SignedIn,
    a: Application,
    e: Event,
    posted: Option<(&FormData, Errors)>,
) -> Result<Response, WebError> {
    let (organiser, evaluator) =
        access::organiser_or_evaluator(state, me.user(), e.organisation_id, Round::Mission(e.id)).await?;
    let call = call_of(state, &e).await?;
    let conflict = evaluator
        && access::own_organisations(state, me.user())
            .await?
            .contains(&a.organisation_id);
    if conflict && !organiser {
        return Err(WebError::Forbidden);
    }
    let tr = ctx.tr;
    let scores: Vec<Score> = state
        .store
        .scores(Round::Mission(e.id))
        .await?
        .into_iter()
        .filter(|s| s.application_id == a.id)
        .collect();
    let own = scores.iter().find(|s| s.evaluator_id == Some(me.user().id));
    let may_see = !conflict && (!evaluator || own.is_some());
    let invalid = posted.as_ref().is_some_and(|(_, e)| !e.is_empty());
    let form = (evaluator && !conflict && call.notified_at.is_none()).then(|| {
        let (f, errors) = match posted {
            Some((f, errors)) => (Some(f), errors),
            None => (None, Errors::default()),
        };
        crate::evaluation::score_form(
            &tr,
            ctx,
            format!("/applications/{}/score", a.id),
            &call.call.criteria,
            own.map(|s| (s.scores.as_slice(), s.comment.as_str())),
            f,
            errors,
        )
    });
    let page = ApplicationPage {
        chrome: ctx.chrome("events"),
        answers: evaluation::answered(&call.call.questions, &a.answers),
        scores: may_see.then(|| evaluation::scores_given(&tr, &scores)),
        form,
        conflict,
        call,
        a,
        e,
    };
    crate::views::render_form_page(&page, invalid)
}

pub async fn application(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let (a, e) = load_application(&state, &id).await?;
    application_page(&state, &ctx, &me, a, e, None).await
}

pub async fn score(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let (a, e) = load_application(&state, &id).await?;
    if !access::may_score(&state, Round::Mission(e.id), me.user(), &[a.organisation_id]).await? {
        return Err(WebError::Forbidden);
    }
    let call = call_of(&state, &e).await?;
    if call.notified_at.is_some() {
        return Err(WebError::Conflict("mission-error-decided"));
    }
    let scored = match crate::evaluation::read_scores(&ctx.tr, &call.call.criteria, &form) {
        Ok(x) => x,
        Err(errors) => return application_page(&state, &ctx, &me, a, e, Some((&form, errors))).await,
    };
    let round = evaluation::Call {
        round: Round::Mission(e.id),
        title: &e.draft.title,
    };
    evaluation::record_score(&state, &ctx, me.user(), &round, a.id, &a.organisation_name, scored).await?;
    // Back to the ranking, as for programmes, which says the score is saved and shows what is left.
    Ok(Redirect::to(&format!("/events/{}/applications?done=scored", e.id)).into_response())
}

pub async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let (a, e) = load_application(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    access::not_own_application(&state, me.user(), a.user_id, a.organisation_id).await?;
    let decision = match form.get("decision").parse::<MS>() {
        Ok(d @ (MS::Selected | MS::Rejected | MS::Submitted)) => d,
        _ => return Err(bad_parameter("decision", "must be selected, rejected or submitted")),
    };
    let call = call_of(&state, &e).await?;
    if call.notified_at.is_some() {
        return Err(WebError::Conflict("mission-error-decided"));
    }
    let action = match decision {
        MS::Selected => Action::MissionSelected,
        MS::Rejected => Action::MissionRejected,
        _ => Action::MissionSubmitted,
    };
    let actor = Actor::of(&state, &ctx, me.user())?;
    match actor
        .audited(action, &a.id.to_string(), &a.organisation_name)
        .decide_within_places(e.id, a.id, decision, call.call.places)
        .await?
    {
        store::missions::Decided::Done => {}
        store::missions::Decided::Full => return Err(WebError::Conflict("mission-error-full")),
        store::missions::Decided::Withdrawn => return Err(WebError::Conflict("mission-error-withdrawn")),
    }
    Ok(Redirect::to(&format!("/events/{}/applications?done=decided", e.id)).into_response())
}

/// Selects the best-ranked applications up to the places and declines the others.
pub async fn select_top(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = mission(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    let call = call_of(&state, &e).await?;
    if call.notified_at.is_some() {
        return Err(WebError::Conflict("mission-error-decided"));
    }
    let list = ranked(
        &call,
        state.store.applications(e.id).await?,
        &state.store.scores(Round::Mission(e.id)).await?,
    );
    // One entry for the whole step, written with its first decision.
    let actor = Actor::of(&state, &ctx, me.user())?;
    let store = actor.audited(
        Action::MissionSelectedTop,
        &e.id.to_string(),
        &call.call.places.to_string(),
    );
    for (i, r) in list.iter().enumerate() {
        let decision = if i < call.call.places as usize {
            MS::Selected
        } else {
            MS::Rejected
        };
        store.decide(e.id, r.item.id, decision).await?;
    }
    Ok(Redirect::to(&format!("/events/{}/applications?done=decided", e.id)).into_response())
}

/// Tells every applicant the outcome, once every application is decided; decisions are final
/// from then on.
pub async fn notify(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = mission(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    let call = call_of(&state, &e).await?;
    if call.notified_at.is_some() {
        return Err(WebError::Conflict("mission-error-decided"));
    }
    let apps: Vec<Application> = state
        .store
        .applications(e.id)
        .await?
        .into_iter()
        .filter(|a| a.state != MS::Withdrawn)
        .collect();
    if apps.iter().any(|a| a.state == MS::Submitted) {
        return Err(WebError::Conflict("mission-error-undecided"));
    }
    Actor::of(&state, &ctx, me.user())?
        .audited(Action::MissionNotified, &e.id.to_string(), &apps.len().to_string())
        .mark_notified(e.id)
        .await?;
    let link = state.settings.link(&format!("/events/{}", e.id));
    for a in &apps {
        let Some(user) = a.user_id else { continue };
        let Some((u, _)) = state.store.user_by_id(user).await? else {
            continue;
        };
        crate::notify::tell(
            &state,
            &u.email,
            ctx.tr.locale,
            crate::notify::events::mission_decided(
                a.state == MS::Selected,
                &e.draft.title,
                &a.organisation_name,
                &link,
            ),
        )
        .await;
    }
    Ok(Redirect::to(&format!("/events/{}/applications?done=notified", e.id)).into_response())
}

/// An applicant's people withdraw its application, until the outcome is told.
pub async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let (a, e) = load_application(&state, &id).await?;
    if !access::own_organisations(&state, me.user())
        .await?
        .contains(&a.organisation_id)
    {
        return Err(WebError::Forbidden);
    }
    if call_of(&state, &e).await?.notified_at.is_some() {
        return Err(WebError::Conflict("mission-error-decided"));
    }
    let actor = Actor::of(&state, &ctx, me.user())?;
    if !actor
        .audited(Action::MissionWithdrawn, &a.id.to_string(), &a.organisation_name)
        .withdraw_application(a.id)
        .await?
    {
        return Err(WebError::Conflict("mission-error-withdrawn"));
    }
    Ok(Redirect::to(&format!("/events/{}?done=withdrawn", e.id)).into_response())
}

/// One of the viewer's organisations' applications, as the event page shows it.
pub struct Applied {
    pub id: i64,
    pub organisation: String,
    /// The state as the applicant may know it (a decision shows once everyone is told).
    pub state: String,
    pub may_withdraw: bool,
}

/// What an event page says of a mission's call, for the viewer.
pub struct CallSummary {
    pub line: String,
    pub open: bool,
    /// The viewer's organisations' applications.
    pub applied: Vec<Applied>,
    pub evaluator: bool,
}

pub async fn summary(
    state: &AppState,
    tr: &Tr,
    e: &Event,
    user: Option<&User>,
) -> Result<Option<CallSummary>, WebError> {
    if e.draft.kind != EventKind::Mission {
        return Ok(None);
    }
    let Some(call) = state.store.call(e.id).await? else {
        return Ok(None);
    };
    let (applied, evaluator) = match user {
        Some(u) => {
            let own = access::own_organisations(state, u).await?;
            let applied = state
                .store
                .applications(e.id)
                .await?
                .into_iter()
                .filter(|a| own.contains(&a.organisation_id))
                .map(|a| {
                    // Decisions are told at once, when the organiser notifies everyone.
                    let shown = if call.notified_at.is_some() || a.state == MS::Withdrawn {
                        a.state
                    } else {
                        MS::Submitted
                    };
                    let may_withdraw = call.notified_at.is_none() && a.state != MS::Withdrawn;
                    Applied {
                        id: a.id,
                        organisation: a.organisation_name,
                        state: tr.t(shown.message_id()),
                        may_withdraw,
                    }
                })
                .collect();
            (applied, access::evaluates(state, Round::Mission(e.id), u).await?)
        }
        None => (Vec::new(), false),
    };
    Ok(Some(CallSummary {
        line: call_line(tr, &call),
        open: e.state == EventState::Published && call.call.deadline >= today() && call.notified_at.is_none(),
        applied,
        evaluator,
    }))
}

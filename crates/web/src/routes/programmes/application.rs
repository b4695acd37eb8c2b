//! One application: its page, scores, the centre's confirmation, withdrawal, the decision and progress reports.

use super::*;
use crate::audit::{Action, Actor};

#[derive(Template)]
#[template(path = "programmes/application.html")]
pub(super) struct ApplicationPage {
    chrome: Chrome,
    p: Programme,
    a: ProgrammeApplication,
    notice: Option<String>,
    state: String,
    requested: String,
    summary: Vec<String>,
    answers: Vec<Fact>,
    score_form: Option<Form>,
    conflict: bool,
    scores: Option<Vec<ScoresGiven>>,
    owner: bool,
    may_confirm: bool,
    may_withdraw: bool,
    may_report: bool,
    award_default: String,
    reports: Vec<ReportView>,
    report_error: Option<String>,
}

pub(super) async fn load_application(
    state: &AppState,
    id: &str,
) -> Result<(ProgrammeApplication, Programme), WebError> {
    let a = state
        .store
        .programme_application(path_id(id)?)
        .await?
        .ok_or(WebError::NotFound)?;
    let p = state.store.programme(a.programme_id).await?.ok_or(WebError::NotFound)?;
    Ok((a, p))
}

pub(super) struct Posted<'a> {
    score: Option<(&'a FormData, Errors)>,
    report_error: Option<String>,
    notice: Option<String>,
}

pub(super) async fn application_page(
    state: &AppState,
    ctx: &Ctx,
    me: &SignedIn,
    a: ProgrammeApplication,
    p: Programme,
    posted: Posted<'_>,
) -> Result<Response, WebError> {
    let r = access::programme_roles(state, me.user(), &p, &a).await?;
    if !(r.owner || r.evaluator || r.applicant || r.centre) {
        return Err(WebError::Forbidden);
    }
    if r.conflict && !r.owner && !r.applicant && !r.centre {
        return Err(WebError::Forbidden);
    }
    let tr = ctx.tr;
    let scores: Vec<Score> = state
        .store
        .scores(Round::Programme(p.id))
        .await?
        .into_iter()
        .filter(|s| s.application_id == a.id)
        .collect();
    let own = scores.iter().find(|s| s.evaluator_id == Some(me.user().id));
    // Applicants and centres never see scores; evaluators once they gave their own.
    let may_see = if r.evaluator && !r.owner {
        !r.conflict && own.is_some()
    } else {
        r.owner && !r.conflict
    };
    let invalid = posted.score.as_ref().is_some_and(|(_, e)| !e.is_empty()) || posted.report_error.is_some();
    let score_form = (r.evaluator && !r.conflict && a.state == PS::Submitted).then(|| {
        let (f, errors) = match posted.score {
            Some((f, errors)) => (Some(f), errors),
            None => (None, Errors::default()),
        };
        crate::evaluation::score_form(
            &tr,
            ctx,
            format!("/programme-applications/{}/score", a.id),
            &p.draft.criteria,
            own.map(|s| (s.scores.as_slice(), s.comment.as_str())),
            f,
            errors,
        )
    });
    let reports = state
        .store
        .programme_reports(p.id)
        .await?
        .into_iter()
        .filter(|x| x.application_id == a.id)
        .map(|x| ReportView::of(&tr, &x))
        .collect();
    let page = ApplicationPage {
        chrome: ctx.chrome("funding"),
        notice: posted.notice,
        state: state_label(&tr, &a),
        requested: tr.money(&a.draft.requested),
        summary: paragraphs(&a.draft.summary),
        answers: evaluation::answered(&p.draft.questions, &a.draft.answers),
        score_form,
        conflict: r.conflict,
        scores: may_see.then(|| evaluation::scores_given(&tr, &scores)),
        owner: r.owner,
        may_confirm: r.centre && a.centre_confirmed_at.is_none() && a.state == PS::Submitted,
        may_withdraw: r.applicant && a.state == PS::Submitted,
        may_report: r.applicant && a.state == PS::Awarded,
        award_default: a.draft.requested.min(p.remaining()).to_string(),
        reports,
        report_error: posted.report_error,
        a,
        p,
    };
    render_form_page(&page, invalid)
}

pub async fn application(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let (a, p) = load_application(&state, &id).await?;
    let tr = ctx.tr;
    let notice = match done_param(raw.as_deref()).as_deref() {
        Some("confirmed") => Some(tr.t("programme-done-confirmed")),
        Some("withdrawn") => Some(tr.t("programme-done-withdrawn")),
        Some("reported") => Some(tr.t("programme-done-reported")),
        _ => None,
    };
    application_page(
        &state,
        &ctx,
        &me,
        a,
        p,
        Posted {
            score: None,
            report_error: None,
            notice,
        },
    )
    .await
}

pub async fn score(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let (a, p) = load_application(&state, &id).await?;
    let r = access::programme_roles(&state, me.user(), &p, &a).await?;
    if !r.evaluator || r.conflict {
        return Err(WebError::Forbidden);
    }
    if a.state != PS::Submitted {
        return Err(WebError::Conflict("programme-error-decided"));
    }
    let scored = match crate::evaluation::read_scores(&ctx.tr, &p.draft.criteria, &form) {
        Ok(x) => x,
        Err(errors) => {
            return application_page(
                &state,
                &ctx,
                &me,
                a,
                p,
                Posted {
                    score: Some((&form, errors)),
                    report_error: None,
                    notice: None,
                },
            )
            .await
        }
    };
    let call = evaluation::Call {
        round: Round::Programme(p.id),
        title: &p.draft.title,
    };
    evaluation::record_score(&state, &ctx, me.user(), &call, a.id, &a.organisation_name, scored).await?;
    Ok(Redirect::to(&format!("/programmes/{}/applications?done=scored", p.id)).into_response())
}

pub async fn confirm(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let (a, p) = load_application(&state, &id).await?;
    if !access::programme_roles(&state, me.user(), &p, &a).await?.centre {
        return Err(WebError::Forbidden);
    }
    let actor = Actor::of(&state, &ctx, me.user())?;
    if actor
        .audited(Action::ProgrammeCentreConfirmed, &a.id.to_string(), &a.centre_name)
        .confirm_centre(a.id, me.user().id)
        .await?
    {
        let link = state.settings.link(&format!("/programme-applications/{}", a.id));
        tell_applicant(
            &state,
            &a,
            crate::notify::programmes::confirmed(&p.draft.title, &a.centre_name, &a.draft.project_title, &link),
        )
        .await?;
    }
    Ok(Redirect::to(&format!("/programme-applications/{}?done=confirmed", a.id)).into_response())
}

pub async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let (a, p) = load_application(&state, &id).await?;
    if !access::programme_roles(&state, me.user(), &p, &a).await?.applicant {
        return Err(WebError::Forbidden);
    }
    let actor = Actor::of(&state, &ctx, me.user())?;
    if !actor
        .audited(Action::ProgrammeWithdrawn, &a.id.to_string(), &a.organisation_name)
        .close_programme_application(a.id, PS::Withdrawn)
        .await?
    {
        return Err(WebError::Conflict("programme-error-decided"));
    }
    Ok(Redirect::to(&format!("/programme-applications/{}?done=withdrawn", a.id)).into_response())
}

/// Mails the person who applied, in their language, if their account still exists.
pub(super) async fn tell_applicant(
    state: &AppState,
    a: &ProgrammeApplication,
    write: impl Fn(&Tr) -> Mail,
) -> Result<(), WebError> {
    if let Some(uid) = a.user_id {
        if let Some((u, _)) = state.store.user_by_id(uid).await? {
            crate::notify::tell(state, &u.email, crate::i18n::Locale::En, write).await;
        }
    }
    Ok(())
}

/// The owner's decision: `award` with an amount, or `reject`.
pub async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let (a, p) = load_application(&state, &id).await?;
    access::require_admin(&state, me.user(), p.organisation_id).await?;
    if form.get("decision") == "award" && a.organisation_id == p.organisation_id {
        return Err(WebError::Conflict("programme-error-own-award"));
    }
    access::not_own_application(&state, me.user(), a.user_id, a.organisation_id).await?;
    let tr = ctx.tr;
    let link = state.settings.link(&format!("/programmes/{}", p.id));
    match form.get("decision") {
        "award" => {
            let amount = Cents::parse(form.get("amount").trim()).map_err(|e| {
                WebError::Invalid(ValidationErrors(vec![domain::FieldError::new(
                    "amount",
                    Code::Invalid,
                    format!("{} {e}", tr.t("programme-error-amount")),
                )]))
            })?;
            let actor = Actor::of(&state, &ctx, me.user())?;
            match actor
                .audited(Action::ProgrammeAwarded, &a.id.to_string(), &amount.to_string())
                .award(p.id, a.id, amount)
                .await
            {
                Ok(_) => {}
                Err(AwardError::Refused(AwardRefusal::Budget { .. })) => {
                    return Err(WebError::Conflict("programme-error-budget"))
                }
                Err(AwardError::Refused(AwardRefusal::Amount)) => {
                    return Err(WebError::Conflict("programme-error-over-max"))
                }
                Err(AwardError::NotAwardable) => return Err(WebError::Conflict("programme-error-not-awardable")),
                Err(AwardError::Store(e)) => return Err(e.into()),
            }
            tell_applicant(
                &state,
                &a,
                crate::notify::programmes::awarded(&p.draft.title, &a.draft.project_title, amount, &link),
            )
            .await?;
            Ok(Redirect::to(&format!("/programmes/{}/applications?done=awarded", p.id)).into_response())
        }
        "reject" => {
            let actor = Actor::of(&state, &ctx, me.user())?;
            if !actor
                .audited(Action::ProgrammeRejected, &a.id.to_string(), &a.organisation_name)
                .close_programme_application(a.id, PS::Rejected)
                .await?
            {
                return Err(WebError::Conflict("programme-error-decided"));
            }
            tell_applicant(
                &state,
                &a,
                crate::notify::programmes::rejected(&p.draft.title, &a.draft.project_title),
            )
            .await?;
            Ok(Redirect::to(&format!("/programmes/{}/applications?done=rejected", p.id)).into_response())
        }
        _ => Err(crate::routes::bad_parameter("decision", "must be award or reject")),
    }
}

pub async fn report(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let (a, p) = load_application(&state, &id).await?;
    if !access::programme_roles(&state, me.user(), &p, &a).await?.applicant {
        return Err(WebError::Forbidden);
    }
    if a.state != PS::Awarded {
        return Err(WebError::Conflict("programme-error-not-funded"));
    }
    let body = form.get("body").trim().to_owned();
    let n = body.chars().count();
    if !(20..=MAX_REPORT).contains(&n)
        || body
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        let message = ctx.tr.t("programme-error-report");
        return application_page(
            &state,
            &ctx,
            &me,
            a,
            p,
            Posted {
                score: None,
                report_error: Some(message),
                notice: None,
            },
        )
        .await;
    }
    let actor = Actor::of(&state, &ctx, me.user())?;
    actor
        .audited(Action::ProgrammeReported, &a.id.to_string(), &a.organisation_name)
        .add_report(a.id, me.user().id, &body)
        .await?;
    Ok(Redirect::to(&format!("/programme-applications/{}?done=reported", a.id)).into_response())
}

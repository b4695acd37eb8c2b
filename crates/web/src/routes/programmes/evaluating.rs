//! Evaluators, the ranking of applications, and what they see.

use super::*;

pub struct RankRow {
    pub id: i64,
    pub rank: Option<usize>,
    pub organisation: String,
    pub centre: String,
    pub project_title: String,
    pub requested: String,
    pub requested_plain: String,
    pub score: Option<String>,
    pub evaluations: usize,
    pub state: String,
    pub awardable: bool,
    pub waiting: bool,
    pub mine: Option<&'static str>,
}

#[derive(Template)]
#[template(path = "programmes/applications.html")]
pub(super) struct ApplicationsPage {
    chrome: Chrome,
    p: Programme,
    notice: Option<String>,
    rows: Vec<RankRow>,
    owner: bool,
    evaluator: bool,
    criteria: String,
    money_line: String,
    evaluators: Vec<store::evaluation::Evaluator>,
    evaluator_error: Option<String>,
}

pub(super) async fn applications_page(
    state: &AppState,
    ctx: &Ctx,
    me: &SignedIn,
    p: Programme,
    notice: Option<String>,
    evaluator_error: Option<String>,
) -> Result<Response, WebError> {
    let (owner, evaluator) =
        access::organiser_or_evaluator(state, me.user(), p.organisation_id, Round::Programme(p.id)).await?;
    let tr = ctx.tr;
    let scores = state.store.scores(Round::Programme(p.id)).await?;
    let mine: HashSet<i64> = scores
        .iter()
        .filter(|s| s.evaluator_id == Some(me.user().id))
        .map(|s| s.application_id)
        .collect();
    let own = access::own_organisations(state, me.user()).await?;
    let rows = crate::evaluation::ranked(
        &p.draft.criteria,
        state.store.programme_applications(p.id).await?,
        |a| a.id,
        |a| a.state != PS::Withdrawn,
        scores.iter().map(|s| (s.application_id, s.scores.clone())),
    );
    let rows = crate::evaluation::as_seen(
        rows,
        |a| a.id,
        evaluator && !owner,
        |a| own.contains(&a.organisation_id) || own.contains(&a.centre_id),
        |a| mine.contains(&a.id),
    )
    .into_iter()
    .map(|r| {
        let a = r.item;
        let conflict = evaluator && (own.contains(&a.organisation_id) || own.contains(&a.centre_id));
        let seen = evaluation::standing(evaluator, conflict, mine.contains(&a.id), r.score);
        RankRow {
            id: a.id,
            rank: r.rank,
            organisation: a.organisation_name.clone(),
            centre: a.centre_name.clone(),
            project_title: a.draft.project_title.clone(),
            requested: tr.money(&a.draft.requested),
            requested_plain: a.draft.requested.to_string(),
            score: seen.score,
            evaluations: r.evaluations,
            state: match a.awarded {
                Some(c) => format!("{} · {}", state_label(&tr, &a), tr.money(&c)),
                None => state_label(&tr, &a),
            },
            awardable: a.state == PS::Submitted && a.centre_confirmed_at.is_some(),
            waiting: a.state == PS::Submitted,
            mine: seen.mine,
        }
    })
    .collect();
    let page = ApplicationsPage {
        chrome: ctx.chrome("funding"),
        notice,
        rows,
        owner,
        evaluator,
        criteria: p
            .draft
            .criteria
            .iter()
            .map(|c| format!("{} ({})", c.name, c.weight))
            .collect::<Vec<_>>()
            .join(" · "),
        money_line: tr.tn(
            "programme-money-line",
            vec![
                ("budget", tr.money(&p.draft.budget).into()),
                ("committed", tr.money(&p.committed).into()),
                ("remaining", tr.money(&p.remaining()).into()),
            ],
        ),
        evaluators: if owner {
            state.store.evaluators(Round::Programme(p.id)).await?
        } else {
            vec![]
        },
        evaluator_error: evaluator_error.clone(),
        p,
    };
    render_form_page(&page, evaluator_error.is_some())
}

pub async fn applications(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let p = load(&state, &id).await?;
    let tr = ctx.tr;
    let notice = match done_param(raw.as_deref()).as_deref() {
        Some("scored") => Some(tr.t("mission-done-scored")),
        Some("awarded") => Some(tr.t("programme-done-awarded")),
        Some("rejected") => Some(tr.t("programme-done-rejected")),
        Some("evaluators") => Some(tr.t("mission-done-evaluators")),
        _ => None,
    };
    applications_page(&state, &ctx, &me, p, notice, None).await
}

pub async fn add_evaluator(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let p = load(&state, &id).await?;
    access::require_admin(&state, me.user(), p.organisation_id).await?;
    let call = evaluation::Call {
        round: Round::Programme(p.id),
        title: &p.draft.title,
    };
    if !evaluation::add_evaluator(&state, &ctx, me.user(), &call, &form).await? {
        let message = ctx.tr.t("mission-error-evaluator");
        return applications_page(&state, &ctx, &me, p, None, Some(message)).await;
    }
    Ok(Redirect::to(&format!("/programmes/{}/applications?done=evaluators", p.id)).into_response())
}

pub async fn remove_evaluator(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((id, user)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let p = load(&state, &id).await?;
    access::require_admin(&state, me.user(), p.organisation_id).await?;
    let call = evaluation::Call {
        round: Round::Programme(p.id),
        title: &p.draft.title,
    };
    evaluation::remove_evaluator(&state, &ctx, me.user(), &call, &user).await?;
    Ok(Redirect::to(&format!("/programmes/{}/applications?done=evaluators", p.id)).into_response())
}

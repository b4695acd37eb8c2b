//! Asking: one centre for one of its services, or a challenge described in the SME's own words
//! and sent to up to five of the services the platform proposes for it (and, when centres do
//! not answer or decline, to the next ones).

use std::collections::HashSet;

use super::*;
use domain::service::{RequestDraft, MAX_PROPOSALS_CHOSEN};
use store::accounts::Membership;
use store::services::Challenged;

use super::showing::{networks, request_form};
use crate::matchmaking::services::ShownProposal;
use crate::views::time::today;

/// Proposals shown for a challenge.
const PROPOSED: usize = 10;
/// Requests an organisation may send in a day.
const MAX_REQUESTS_A_DAY: i64 = 30;

/// The request as sent. Its language is the one its text is written in (an SME writes in its
/// own, whatever the interface's), the form's when the text is too short to tell.
fn read_request(form: &FormData) -> RequestInput {
    let hint = search::Lang::from_code(form.get("language").trim());
    let language = match search::lang::detect(form.get("need"), hint).or(hint) {
        Some(l) => l.code().to_owned(),
        None => form.get("language").trim().to_lowercase(),
    };
    RequestInput {
        need: form.get("need").to_owned(),
        language,
        budget_from: form.get("budget_from").to_owned(),
        budget_to: form.get("budget_to").to_owned(),
        wanted_by: form.get("wanted_by").to_owned(),
        sharing: form.get("sharing").to_owned(),
        trl: form.get("trl").to_owned(),
    }
}

fn request_errors(tr: &Tr, v: ValidationErrors) -> Errors {
    let mut errors = Errors::default();
    for e in v.0 {
        let id = match (e.field.as_str(), e.code) {
            ("need" | "sharing", code) => text_error_id(code),
            ("budget_from" | "budget_to", _) => "service-error-price",
            ("wanted_by", Code::Past) => "opportunity-error-deadline-past",
            ("wanted_by", _) => "opportunity-error-date",
            ("trl", _) => "service-error-trl",
            _ => "form-error-choice",
        };
        errors.add(&e.field, tr.t(id));
    }
    errors
}

/// Who asks: the organisation chosen (one the viewer belongs to, not `provider`) and the
/// network chosen (one of that organisation's, or none).
struct Asker {
    organisation: Membership,
    network: Option<i64>,
}

async fn asker(
    state: &AppState,
    me: &User,
    form: &FormData,
    provider: Option<i64>,
) -> Result<(Vec<Membership>, Result<Asker, Errors>), WebError> {
    let orgs: Vec<Membership> = state
        .store
        .memberships_of(me.id)
        .await?
        .into_iter()
        .filter(|m| Some(m.organisation_id) != provider)
        .collect();
    let Some(org) = orgs.iter().find(|m| m.slug == form.get("organisation")).cloned() else {
        return Err(WebError::Forbidden);
    };
    let network = match form.get("network").trim() {
        "" => None,
        n => {
            let id: i64 = n.parse().map_err(|_| WebError::Forbidden)?;
            if !state
                .store
                .networks_of(org.organisation_id)
                .await?
                .iter()
                .any(|(x, _)| *x == id)
            {
                return Err(WebError::Forbidden);
            }
            Some(id)
        }
    };
    Ok((
        orgs,
        Ok(Asker {
            organisation: org,
            network,
        }),
    ))
}

/// `POST /services/{id}/request`: asks the centre for this service.
pub async fn request(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let s = load(&state, &id).await?;
    if s.state != ServiceState::Published {
        return Err(WebError::NotFound);
    }
    let (_, asked) = asker(&state, me.user(), &form, Some(s.organisation_id)).await?;
    let who = asked.map_err(|_| WebError::Forbidden)?;
    let input = read_request(&form);
    let draft = match input.validate(today()) {
        Ok(d) => d,
        Err(v) => {
            let chosen = (who.organisation.slug.clone(), form.get("network").to_owned());
            return super::showing::show(&state, &ctx, s, Some((input, chosen, request_errors(&ctx.tr, v))), None)
                .await;
        }
    };
    let ids = send(&state, &ctx, me.user(), &who, Challenged::No, &[&s], &draft).await?;
    Ok(Redirect::to(&format!("/service-requests/{}?done=sent", ids[0])).into_response())
}

/// Sends the request to each service, records it, and tells each centre in its people's
/// languages.
async fn send(
    state: &AppState,
    ctx: &Ctx,
    me: &User,
    who: &Asker,
    challenge: Challenged<'_>,
    services: &[&Service],
    draft: &RequestDraft,
) -> Result<Vec<i64>, WebError> {
    // Each request mails every person of a centre: a client asks a bounded number a day.
    let since = chrono::Utc::now() - chrono::Duration::days(1);
    if state
        .store
        .requests_sent_since(who.organisation.organisation_id, since)
        .await?
        + services.len() as i64
        > MAX_REQUESTS_A_DAY
    {
        return Err(WebError::Conflict("service-error-too-many-requests"));
    }
    // Only what is published now: the proposals may be a few seconds old.
    let ids: Vec<i64> = services.iter().map(|s| s.id).collect();
    let published: Vec<Service> = state
        .store
        .services_by_ids(&ids)
        .await?
        .into_iter()
        .filter(|s| s.state == ServiceState::Published)
        .collect();
    if published.len() != services.len() {
        return Err(WebError::Conflict("service-error-state"));
    }
    let actor = Actor::of(state, ctx, me)?;
    let targets: Vec<(i64, i64, u16)> = services
        .iter()
        .map(|s| (s.id, s.organisation_id, s.draft.answer_days))
        .collect();
    let names: Vec<&str> = services.iter().map(|s| s.draft.name()).collect();
    let ids = actor
        .audited(Action::ServiceRequested, &names.join(", "), &who.organisation.name)
        .send_requests(
            who.organisation.organisation_id,
            me.id,
            who.network,
            challenge,
            &targets,
            draft,
        )
        .await?;
    for (s, id) in services.iter().zip(&ids) {
        let link = state.settings.link(&format!("/service-requests/{id}"));
        crate::notify::tell_organisation(
            state,
            s.organisation_id,
            crate::notify::Audience::Members,
            crate::notify::services::requested(s.draft.name(), &who.organisation.name, &draft.need, &link),
        )
        .await?;
    }
    Ok(ids)
}

#[derive(Template)]
#[template(path = "services/challenge.html")]
struct ChallengePage {
    chrome: Chrome,
    form: Form,
}

/// `GET /services/challenge`: describe a challenge in one's own words.
pub async fn challenge_form(State(state): State<AppState>, ctx: Ctx, me: SignedIn) -> Result<Response, WebError> {
    let orgs = state.store.memberships_of(me.user().id).await?;
    if orgs.is_empty() {
        return Err(WebError::Conflict("service-request-no-organisation"));
    }
    let networks = networks(&state, &orgs).await?;
    let form = request_form(
        &ctx,
        "/services/challenge".into(),
        &orgs,
        &networks,
        &RequestInput::default(),
        ("", ""),
        Errors::default(),
    )
    .heading(ctx.tr.t("service-challenge-heading"));
    let form = Form {
        submit: ctx.tr.t("service-challenge-propose"),
        ..form
    };
    render_challenge(&ctx, form, StatusCode::OK)
}

fn render_challenge(ctx: &Ctx, form: Form, status: StatusCode) -> Result<Response, WebError> {
    let page = ChallengePage {
        chrome: ctx.chrome("services"),
        form,
    };
    Ok((status, render(&page)?).into_response())
}

#[derive(Template)]
#[template(path = "services/proposals.html")]
struct ProposalsPage {
    chrome: Chrome,
    /// The challenge's fields, carried to the sending form.
    carried: Vec<(&'static str, String)>,
    proposals: Vec<ShownProposal>,
    action: String,
    error: Option<String>,
    max: usize,
}

/// The challenge as it was sent, and the proposals for it (without `exclude`).
async fn proposals_for(
    state: &AppState,
    ctx: &Ctx,
    who: &Asker,
    draft: &RequestDraft,
    exclude: HashSet<i64>,
) -> Result<(Arc<crate::matchmaking::services::ServiceSnapshot>, Vec<ShownProposal>), WebError> {
    let client = state
        .store
        .organisation_by_slug(&who.organisation.slug)
        .await?
        .ok_or(WebError::NotFound)?;
    let snapshot = state.proposer.snapshot(&state.store, state.cache.version()).await?;
    let programmes = state.store.voucher_programmes_awarded(client.id).await?;
    let c = snapshot.challenge(
        &draft.need,
        draft.language.as_str(),
        draft.trl,
        &client,
        programmes,
        exclude,
    );
    let list = snapshot.propose(&ctx.tr, &c, client.id, PROPOSED);
    Ok((snapshot, list))
}

use std::sync::Arc;

/// `POST /services/challenge`: the proposals for the challenge; with `send`, the chosen ones
/// (at most five, among the proposals) are asked.
pub async fn challenge(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    form: FormData,
) -> Result<Response, WebError> {
    let (orgs, asked) = asker(&state, me.user(), &form, None).await?;
    let who = asked.map_err(|_| WebError::Forbidden)?;
    let input = read_request(&form);
    let draft = match input.validate(today()) {
        Ok(d) => d,
        Err(v) => {
            let networks = networks(&state, &orgs).await?;
            let f = request_form(
                &ctx,
                "/services/challenge".into(),
                &orgs,
                &networks,
                &input,
                (&who.organisation.slug, form.get("network")),
                request_errors(&ctx.tr, v),
            )
            .heading(ctx.tr.t("service-challenge-heading"));
            let f = Form {
                submit: ctx.tr.t("service-challenge-propose"),
                ..f
            };
            return render_challenge(&ctx, f, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    let (_, proposals) = proposals_for(&state, &ctx, &who, &draft, HashSet::new()).await?;
    let chosen: Vec<i64> = form.all("service").iter().filter_map(|s| s.parse().ok()).collect();
    if form.checked("send") {
        let error = if chosen.is_empty() {
            Some("service-challenge-choose")
        } else if chosen.len() > MAX_PROPOSALS_CHOSEN {
            Some("service-challenge-too-many")
        } else if chosen.iter().any(|c| !proposals.iter().any(|p| p.service.id == *c)) {
            Some("service-challenge-not-proposed")
        } else {
            None
        };
        if error.is_none() {
            let services: Vec<&Service> = proposals
                .iter()
                .filter(|p| chosen.contains(&p.service.id))
                .map(|p| &p.service)
                .collect();
            let ranked: Vec<i64> = proposals.iter().map(|p| p.service.id).collect();
            let ids = send(
                &state,
                &ctx,
                me.user(),
                &who,
                Challenged::New(&ranked),
                &services,
                &draft,
            )
            .await?;
            let request = state.store.service_request(ids[0]).await?.ok_or(WebError::NotFound)?;
            let challenge = request.challenge_id.ok_or(WebError::Internal)?;
            return Ok(Redirect::to(&format!("/service-challenges/{challenge}?done=sent")).into_response());
        }
        return proposals_page(
            &ctx,
            &form,
            proposals,
            "/services/challenge".into(),
            error,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    proposals_page(
        &ctx,
        &form,
        proposals,
        "/services/challenge".into(),
        None,
        StatusCode::OK,
    )
}

fn proposals_page(
    ctx: &Ctx,
    form: &FormData,
    proposals: Vec<ShownProposal>,
    action: String,
    error: Option<&str>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let carried = [
        "organisation",
        "network",
        "need",
        "language",
        "trl",
        "budget_from",
        "budget_to",
        "wanted_by",
        "sharing",
    ]
    .into_iter()
    .map(|k| (k, form.get(k).to_owned()))
    .collect();
    let page = ProposalsPage {
        chrome: ctx.chrome("services"),
        carried,
        proposals,
        action,
        error: error.map(|e| ctx.tr.t1(e, "max", MAX_PROPOSALS_CHOSEN)),
        max: MAX_PROPOSALS_CHOSEN,
    };
    Ok((status, render(&page)?).into_response())
}

#[derive(Template)]
#[template(path = "services/challenge_page.html")]
struct ChallengeView {
    chrome: Chrome,
    notice: Option<String>,
    need: String,
    requests: Vec<(ServiceRequest, String)>,
    /// The next proposals, when every request so far was declined, lapsed or withdrawn.
    next: Vec<ShownProposal>,
    max: usize,
    id: i64,
}

/// The challenge the path names, for a person of the organisation that described it.
async fn own_challenge(state: &AppState, me: &User, id: &str) -> Result<store::services::Challenge, WebError> {
    let c = state.store.challenge(path_id(id)?).await?.ok_or(WebError::NotFound)?;
    if !access::belongs_to(state, me, c.organisation_id).await? {
        return Err(WebError::NotFound);
    }
    Ok(c)
}

/// The next proposals for a challenge: its ranking again, without the services asked already.
async fn next_proposals(
    state: &AppState,
    ctx: &Ctx,
    c: &store::services::Challenge,
    asked: &[ServiceRequest],
) -> Result<Vec<ShownProposal>, WebError> {
    let client = state
        .store
        .organisations_by_ids(&[c.organisation_id])
        .await?
        .pop()
        .ok_or(WebError::NotFound)?;
    let snapshot = state.proposer.snapshot(&state.store, state.cache.version()).await?;
    let programmes = state.store.voucher_programmes_awarded(client.id).await?;
    let exclude: HashSet<i64> = asked.iter().map(|r| r.service_id).collect();
    let ch = snapshot.challenge(
        &c.draft.need,
        c.draft.language.as_str(),
        c.draft.trl,
        &client,
        programmes,
        exclude,
    );
    Ok(snapshot.propose(&ctx.tr, &ch, client.id, PROPOSED))
}

/// Whether the client may ask further centres: nothing asked is under way any more.
fn stalled(requests: &[ServiceRequest]) -> bool {
    requests.iter().all(|r| {
        matches!(
            r.state,
            RequestState::Declined | RequestState::Lapsed | RequestState::Withdrawn
        )
    })
}

pub async fn challenge_page(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let c = own_challenge(&state, me.user(), &id).await?;
    let requests = state.store.challenge_requests(c.id).await?;
    let next = if stalled(&requests) {
        next_proposals(&state, &ctx, &c, &requests).await?
    } else {
        Vec::new()
    };
    let notice = match done_param(raw.as_deref()).as_deref() {
        Some("sent") => Some(ctx.tr.t("service-done-sent")),
        _ => None,
    };
    let page = ChallengeView {
        chrome: ctx.chrome("services"),
        notice,
        need: c.draft.need.clone(),
        requests: requests
            .into_iter()
            .map(|r| {
                let st = ctx.tr.t(r.state.message_id());
                (r, st)
            })
            .collect(),
        next,
        max: MAX_PROPOSALS_CHOSEN,
        id: c.id,
    };
    Ok(render(&page)?.into_response())
}

/// `POST /service-challenges/{id}/send`: asks the next proposals chosen.
pub async fn challenge_send(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let c = own_challenge(&state, me.user(), &id).await?;
    let requests = state.store.challenge_requests(c.id).await?;
    if !stalled(&requests) {
        return Err(WebError::Conflict("service-challenge-under-way"));
    }
    let proposals = next_proposals(&state, &ctx, &c, &requests).await?;
    let chosen: Vec<i64> = form.all("service").iter().filter_map(|s| s.parse().ok()).collect();
    if chosen.is_empty()
        || chosen.len() > MAX_PROPOSALS_CHOSEN
        || chosen.iter().any(|x| !proposals.iter().any(|p| p.service.id == *x))
    {
        return Err(WebError::Conflict("service-challenge-choose"));
    }
    let org = state
        .store
        .organisations_by_ids(&[c.organisation_id])
        .await?
        .pop()
        .ok_or(WebError::NotFound)?;
    let first = requests.first();
    let who = Asker {
        organisation: Membership {
            organisation_id: org.id,
            slug: org.slug.to_string(),
            name: org.profile.name.clone(),
            role: String::new(),
        },
        network: first.and_then(|r| r.network_id),
    };
    let services: Vec<&Service> = proposals
        .iter()
        .filter(|p| chosen.contains(&p.service.id))
        .map(|p| &p.service)
        .collect();
    send(&state, &ctx, me.user(), &who, Challenged::To(c.id), &services, &c.draft).await?;
    Ok(Redirect::to(&format!("/service-challenges/{}?done=sent", c.id)).into_response())
}

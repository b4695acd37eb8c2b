//! A request between an SME and a centre, private to the two organisations: the centre quotes or
//! declines, the client accepts (paying with a voucher or not) or withdraws, both mark delivery
//! done, the client rates and the centre may reply. Each step is one conditional change in the
//! store, so two people cannot both take it; the other side is told in its people's languages.

use super::*;
use domain::service::{validate_rating, validate_short, Quote};
use store::services::{AcceptError, Side, VoucherAward, VoucherRefusal};

use crate::notify::services::Step;

/// The request the path names and the viewer's side of it; 404 for anyone of neither
/// organisation (platform admins included), as conversations are.
async fn load_request(state: &AppState, me: &User, id: &str) -> Result<(ServiceRequest, Side), WebError> {
    let r = state
        .store
        .service_request(path_id(id)?)
        .await?
        .ok_or(WebError::NotFound)?;
    let side = access::service_request_side(state, me, &r)
        .await?
        .ok_or(WebError::NotFound)?;
    Ok((r, side))
}

/// The request and the viewer's side, for a step only `side` takes: 403 for the other side.
async fn load_request_on(
    state: &AppState,
    me: &User,
    id: &str,
    side: Side,
) -> Result<(ServiceRequest, Side), WebError> {
    let (r, viewer) = load_request(state, me, id).await?;
    if viewer != side {
        return Err(WebError::Forbidden);
    }
    Ok((r, viewer))
}

#[derive(Template)]
#[template(path = "services/request.html")]
struct RequestPage {
    chrome: Chrome,
    r: ServiceRequest,
    /// The service's name in the reader's language, when the centre gave one.
    service: String,
    provider: bool,
    state: String,
    notice: Option<String>,
    facts: Vec<Fact>,
    quote: Vec<Fact>,
    forms: Vec<Form>,
    rating: Option<String>,
}

fn request_facts(tr: &Tr, r: &ServiceRequest, chrome: &Chrome) -> Vec<Fact> {
    let d = &r.draft;
    let mut f = vec![Fact::new(tr.t("service-request-sent"), chrome.moment(&r.created_at))];
    if let Some(n) = &r.network_name {
        f.push(Fact::new(tr.t("service-request-network"), n.clone()));
    }
    if let Some(t) = d.trl {
        f.push(Fact::new(tr.t("service-request-trl-shown"), t.to_string()));
    }
    match (d.budget_from, d.budget_to) {
        (Some(a), Some(b)) => f.push(Fact::new(
            tr.t("service-request-budget"),
            format!("{} – {}", tr.money(&a), tr.money(&b)),
        )),
        (Some(a), None) => f.push(Fact::new(tr.t("service-request-budget-from"), tr.money(&a))),
        (None, Some(b)) => f.push(Fact::new(tr.t("service-request-budget-to"), tr.money(&b))),
        (None, None) => {}
    }
    if let Some(w) = d.wanted_by {
        f.push(Fact::new(tr.t("service-request-wanted-by"), tr.date(w.date())));
    }
    if !d.sharing.is_empty() {
        f.push(Fact::new(tr.t("service-request-sharing-shown"), d.sharing.clone()));
    }
    if r.state.open_to_centre() {
        f.push(Fact::new(tr.t("service-request-due"), chrome.moment(&r.due_at)));
    }
    f
}

/// The awards of the client that may pay for this request's service (those with money left to
/// offer in the form; whether enough is left is the store's to decide, under the programme's lock).
async fn usable_awards(state: &AppState, r: &ServiceRequest) -> Result<Vec<VoucherAward>, WebError> {
    let service = state.store.service(r.service_id).await?.ok_or(WebError::NotFound)?;
    // What a service accepts counts once a moderator published it.
    if service.state != ServiceState::Published {
        return Ok(Vec::new());
    }
    Ok(state
        .store
        .voucher_awards(r.client_id)
        .await?
        .into_iter()
        .filter(|a| service.draft.programmes.contains(&a.programme_id))
        .collect())
}

fn post(ctx: &Ctx, r: &ServiceRequest, step: &str, submit: String) -> Form {
    Form::new(
        "request-step",
        format!("/service-requests/{}/{step}", r.id),
        ctx.csrf(),
        submit,
    )
}

async fn forms(
    state: &AppState,
    ctx: &Ctx,
    r: &ServiceRequest,
    side: Side,
    errors: Option<(&str, Errors)>,
) -> Result<Vec<Form>, WebError> {
    let tr = &ctx.tr;
    let errs = |which: &str| match &errors {
        Some((w, e)) if *w == which => e.clone(),
        _ => Errors::default(),
    };
    let mut out = Vec::new();
    match (side, r.state) {
        (Side::Provider, s) if s.open_to_centre() => {
            out.push(
                post(ctx, r, "quote", tr.t("service-quote-submit"))
                    .heading(tr.t("service-quote-heading"))
                    .fields([
                        Field::text("price", tr.t("service-quote-price"))
                            .required()
                            .hint(tr.t("service-price-hint"))
                            .max(20),
                        Field::number("duration_days", tr.t("service-quote-duration")).required(),
                        Field::textarea("conditions", tr.t("service-quote-conditions")).max(domain::service::MAX_SHORT),
                    ])
                    .errors(errs("quote")),
            );
            out.push(
                post(ctx, r, "decline", tr.t("service-decline-submit"))
                    .heading(tr.t("service-decline-heading"))
                    .field(
                        Field::textarea("reason", tr.t("service-decline-reason"))
                            .required()
                            .max(domain::service::MAX_SHORT),
                    )
                    .danger()
                    .errors(errs("decline")),
            );
        }
        (Side::Client, RequestState::Quoted) => {
            let mut accept =
                post(ctx, r, "accept", tr.t("service-accept-submit")).heading(tr.t("service-accept-heading"));
            let awards: Vec<VoucherAward> = usable_awards(state, r)
                .await?
                .into_iter()
                .filter(|a| a.left.0 > 0)
                .collect();
            if !awards.is_empty() {
                let mut choices = vec![(String::new(), tr.t("service-accept-no-voucher"))];
                choices.extend(awards.iter().map(|a| {
                    (
                        a.application_id.to_string(),
                        tr.t2(
                            "service-accept-voucher-option",
                            "programme",
                            a.programme_title.as_str(),
                            "left",
                            tr.money(&a.left),
                        ),
                    )
                }));
                accept = accept.fields([
                    Field::select("voucher", tr.t("service-accept-voucher"), choices, ""),
                    Field::text("voucher_amount", tr.t("service-accept-voucher-amount"))
                        .hint(tr.t("service-accept-voucher-amount-hint"))
                        .max(20),
                ]);
            }
            out.push(accept.errors(errs("accept")));
        }
        (Side::Client, RequestState::Accepted) if r.client_delivered_at.is_none() => {
            out.push(post(ctx, r, "delivered", tr.t("service-delivered-submit")));
        }
        (Side::Provider, RequestState::Accepted) if r.provider_delivered_at.is_none() => {
            out.push(post(ctx, r, "delivered", tr.t("service-delivered-submit")));
        }
        (Side::Client, RequestState::Delivered) if r.stars.is_none() => {
            let stars = (1..=5)
                .rev()
                .map(|n| (n.to_string(), tr.t1("service-stars", "count", n)))
                .collect();
            out.push(
                post(ctx, r, "rate", tr.t("service-rate-submit"))
                    .heading(tr.t("service-rate-heading"))
                    .fields([
                        Field::select("stars", tr.t("service-rate-stars"), stars, "5").required(),
                        Field::textarea("comment", tr.t("service-rate-comment")).max(domain::service::MAX_SHORT),
                    ])
                    .errors(errs("rate")),
            );
        }
        (Side::Provider, RequestState::Delivered) if r.stars.is_some() && r.rating_reply.is_none() => {
            out.push(
                post(ctx, r, "reply", tr.t("service-reply-submit"))
                    .heading(tr.t("service-reply-heading"))
                    .field(
                        Field::textarea("reply", tr.t("service-reply-text"))
                            .required()
                            .max(domain::service::MAX_SHORT),
                    )
                    .errors(errs("reply")),
            );
        }
        _ => {}
    }
    if side == Side::Client
        && matches!(
            r.state,
            RequestState::Requested | RequestState::Quoted | RequestState::Lapsed
        )
    {
        out.push(post(ctx, r, "withdraw", tr.t("service-withdraw-submit")).danger());
    }
    Ok(out)
}

async fn show(
    state: &AppState,
    ctx: &Ctx,
    r: ServiceRequest,
    side: Side,
    notice: Option<String>,
    errors: Option<(&str, Errors)>,
) -> Result<Response, WebError> {
    let tr = &ctx.tr;
    let chrome = ctx.chrome("services");
    let quote = r
        .quote
        .as_ref()
        .map(|q| {
            let mut f = vec![
                Fact::new(tr.t("service-quote-price-shown"), tr.money(&q.price)),
                Fact::new(
                    tr.t("service-quote-duration-shown"),
                    tr.t1("service-days", "days", i64::from(q.duration_days)),
                ),
            ];
            if !q.conditions.is_empty() {
                f.push(Fact::new(tr.t("service-quote-conditions"), q.conditions.clone()));
            }
            if let Some(v) = r.voucher {
                f.push(Fact::new(tr.t("service-accept-voucher"), tr.money(&v)));
            }
            f
        })
        .unwrap_or_default();
    let status = if errors.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let service = match state.store.service(r.service_id).await? {
        Some(s) => s.draft.text(tr.locale.code()).name.clone(),
        None => r.service_name.clone(),
    };
    let page = RequestPage {
        service,
        facts: request_facts(tr, &r, &chrome),
        forms: forms(state, ctx, &r, side, errors).await?,
        state: tr.t(r.state.message_id()),
        rating: r.stars.map(|s| tr.t1("service-stars", "count", s)),
        provider: side == Side::Provider,
        chrome,
        notice,
        quote,
        r,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn request_page(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let (r, side) = load_request(&state, me.user(), &id).await?;
    const DONE: &[&str] = &[
        "sent",
        "quoted",
        "declined",
        "accepted",
        "withdrawn-request",
        "delivered",
        "rated",
        "replied",
    ];
    let notice = done_param(raw.as_deref())
        .filter(|d| DONE.contains(&d.as_str()))
        .map(|d| ctx.tr.t(format!("service-done-{d}")));
    show(&state, &ctx, r, side, notice, None).await
}

/// After a step: the other side is told, the viewer returns to the request.
async fn stepped(
    state: &AppState,
    r: &ServiceRequest,
    side: Side,
    step: Step,
    done: &str,
) -> Result<Response, WebError> {
    let link = state.settings.link(&format!("/service-requests/{}", r.id));
    let (to, by) = match side {
        Side::Provider => (r.client_id, r.provider_name.as_str()),
        Side::Client => (r.provider_id, r.client_name.as_str()),
    };
    crate::notify::tell_organisation(
        state,
        to,
        crate::notify::Audience::Members,
        crate::notify::services::step(step, &r.service_name, by, &link),
    )
    .await?;
    Ok(Redirect::to(&format!("/service-requests/{}?done={done}", r.id)).into_response())
}

fn conflict(moved: bool) -> Result<(), WebError> {
    if moved {
        Ok(())
    } else {
        Err(WebError::Conflict("service-request-error-state"))
    }
}

pub async fn quote(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let (r, side) = load_request_on(&state, me.user(), &id, Side::Provider).await?;
    let q = match Quote::parse(form.get("price"), form.get("duration_days"), form.get("conditions")) {
        Ok(q) => q,
        Err(v) => return show(&state, &ctx, r, side, None, Some(("quote", step_errors(&ctx.tr, v)))).await,
    };
    let actor = Actor::of(&state, &ctx, me.user())?;
    conflict(
        actor
            .audited(Action::ServiceQuoted, &r.id.to_string(), &q.price.to_string())
            .quote_request(r.id, &q)
            .await?,
    )?;
    stepped(&state, &r, side, Step::Quoted, "quoted").await
}

pub async fn decline(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let (r, side) = load_request_on(&state, me.user(), &id, Side::Provider).await?;
    let reason = match validate_short("reason", form.get("reason")) {
        Ok(t) => t,
        Err(v) => return show(&state, &ctx, r, side, None, Some(("decline", step_errors(&ctx.tr, v)))).await,
    };
    let actor = Actor::of(&state, &ctx, me.user())?;
    conflict(
        actor
            .audited(Action::ServiceDeclined, &r.id.to_string(), &reason)
            .decline_request(r.id, &reason)
            .await?,
    )?;
    stepped(&state, &r, side, Step::Declined, "declined").await
}

pub async fn accept(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let (r, side) = load_request_on(&state, me.user(), &id, Side::Client).await?;
    let price = r
        .quote
        .as_ref()
        .map(|q| q.price)
        .ok_or(WebError::Conflict("service-request-error-state"))?;
    let voucher = match form.get("voucher").trim() {
        "" => None,
        v => {
            let application: i64 = v.parse().map_err(|_| WebError::Forbidden)?;
            let award = usable_awards(&state, &r)
                .await?
                .into_iter()
                .find(|a| a.application_id == application)
                .ok_or(WebError::Forbidden)?;
            let mut e = ValidationErrors::default();
            let asked = domain::service::amount(&mut e, "voucher_amount", form.get("voucher_amount"));
            // Without an amount the voucher pays what it can of the quote.
            let amount = asked.unwrap_or(domain::Cents(price.0.min(award.left.0.max(1))));
            if amount.0 <= 0 || amount > price {
                e.push("voucher_amount", "must be more than 0 and at most the quoted price");
            }
            if !e.is_empty() {
                let mut errors = Errors::default();
                errors.add(
                    "voucher_amount",
                    ctx.tr.t1("service-error-voucher-amount", "price", ctx.tr.money(&price)),
                );
                return show(&state, &ctx, r, side, None, Some(("accept", errors))).await;
            }
            Some((application, amount))
        }
    };
    let actor = Actor::of(&state, &ctx, me.user())?;
    let detail = voucher.map(|(_, a)| a.to_string()).unwrap_or_default();
    match actor
        .audited(Action::ServiceAccepted, &r.id.to_string(), &detail)
        .accept_request(r.id, voucher)
        .await
    {
        Ok(()) => stepped(&state, &r, side, Step::Accepted, "accepted").await,
        Err(AcceptError::State) => Err(WebError::Conflict("service-request-error-state")),
        Err(AcceptError::Voucher(VoucherRefusal::Exhausted { left })) => {
            let mut errors = Errors::default();
            errors.add(
                "voucher_amount",
                ctx.tr.t1("service-error-voucher-left", "left", ctx.tr.money(&left)),
            );
            show(&state, &ctx, r, side, None, Some(("accept", errors))).await
        }
        Err(AcceptError::Voucher(VoucherRefusal::NotAVoucher)) => Err(WebError::Forbidden),
        Err(AcceptError::Store(e)) => Err(e.into()),
    }
}

pub async fn withdraw_request(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let (r, side) = load_request_on(&state, me.user(), &id, Side::Client).await?;
    let actor = Actor::of(&state, &ctx, me.user())?;
    conflict(
        actor
            .audited(Action::ServiceRequestWithdrawn, &r.id.to_string(), &r.service_name)
            .withdraw_request(r.id)
            .await?,
    )?;
    stepped(&state, &r, side, Step::Withdrawn, "withdrawn-request").await
}

pub async fn delivered(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let (r, side) = load_request(&state, me.user(), &id).await?;
    let actor = Actor::of(&state, &ctx, me.user())?;
    let after = actor
        .audited(Action::ServiceDelivered, &r.id.to_string(), &r.service_name)
        .mark_delivered(r.id, side)
        .await?
        .ok_or(WebError::Conflict("service-request-error-state"))?;
    let step = if after == RequestState::Delivered {
        Step::Delivered
    } else {
        Step::DeliveryMarked
    };
    stepped(&state, &r, side, step, "delivered").await
}

pub async fn rate(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let (r, side) = load_request_on(&state, me.user(), &id, Side::Client).await?;
    let (stars, comment) = match validate_rating(form.get("stars"), form.get("comment")) {
        Ok(v) => v,
        Err(v) => return show(&state, &ctx, r, side, None, Some(("rate", step_errors(&ctx.tr, v)))).await,
    };
    let actor = Actor::of(&state, &ctx, me.user())?;
    conflict(
        actor
            .audited(Action::ServiceRated, &r.id.to_string(), &stars.to_string())
            .rate_request(r.id, stars, &comment)
            .await?,
    )?;
    stepped(&state, &r, side, Step::Rated, "rated").await
}

pub async fn reply(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let (r, side) = load_request_on(&state, me.user(), &id, Side::Provider).await?;
    let text = match validate_short("reply", form.get("reply")) {
        Ok(t) => t,
        Err(v) => return show(&state, &ctx, r, side, None, Some(("reply", step_errors(&ctx.tr, v)))).await,
    };
    let actor = Actor::of(&state, &ctx, me.user())?;
    conflict(
        actor
            .audited(Action::ServiceRatingReplied, &r.id.to_string(), &text)
            .reply_to_rating(r.id, &text)
            .await?,
    )?;
    stepped(&state, &r, side, Step::Replied, "replied").await
}

fn step_errors(tr: &Tr, v: ValidationErrors) -> Errors {
    let mut errors = Errors::default();
    for e in v.0 {
        let id = match (e.field.as_str(), e.code) {
            ("price", Code::Required) => "service-error-price-required",
            ("price", _) => "service-error-price",
            ("duration_days", _) => "service-error-days",
            ("stars", _) => "form-error-choice",
            (_, code) => text_error_id(code),
        };
        errors.add(&e.field, tr.t(id));
    }
    errors
}

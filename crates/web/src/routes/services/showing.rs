//! A service's page (with the form to ask for it) and a centre's own list of its services.

use super::*;
use domain::service::ServiceDraft;
use store::accounts::Membership;

use crate::matchmaking::services::figure_lines;

#[derive(Template)]
#[template(path = "services/service.html")]
struct ServicePage {
    chrome: Chrome,
    s: Service,
    name: String,
    /// The language of the text shown.
    lang: String,
    paragraphs: Vec<String>,
    kind: String,
    state: String,
    notice: Option<String>,
    facts: Vec<Fact>,
    figures: Vec<String>,
    owner: bool,
    moderator: bool,
    request_form: Option<Form>,
    request_note: Option<String>,
}

fn facts(tr: &Tr, d: &ServiceDraft, programmes: &[(i64, String)]) -> Vec<Fact> {
    let list = |v: Vec<String>| v.join(", ");
    let mut f = vec![
        Fact::new(
            tr.t("service-trl"),
            tr.t2("service-trl-range", "from", d.trl_from, "to", d.trl_to),
        ),
        Fact::new(tr.t("service-price-shown"), price_text(tr, d.price_model, d.price)),
        Fact::new(
            tr.t("service-lead-time"),
            tr.t1("service-days", "days", i64::from(d.lead_time_days)),
        ),
        Fact::new(
            tr.t("service-answer-days"),
            tr.t1("service-days", "days", i64::from(d.answer_days)),
        ),
        Fact::new(
            tr.t("service-delivery"),
            list(d.delivery.iter().map(|v| tr.t(v.message_id())).collect()),
        ),
        Fact::new(
            tr.t("service-languages-spoken"),
            list(d.languages.iter().map(|l| tr.t(l.message_id())).collect()),
        ),
        Fact::new(
            tr.t("service-countries"),
            if d.countries.is_empty() {
                tr.t("service-countries-all")
            } else {
                list(d.countries.iter().map(|c| tr.country(c.as_str())).collect())
            },
        ),
    ];
    if !d.regions.is_empty() {
        f.push(Fact::new(
            tr.t("service-regions"),
            list(d.regions.iter().map(|r| r.to_string()).collect()),
        ));
    }
    let mut tags: Vec<String> = d.technologies.iter().map(|t| tr.t(t.message_id())).collect();
    tags.extend(d.critical_technologies.iter().map(|t| tr.t(t.message_id())));
    tags.extend(d.ecosystems.iter().map(|t| tr.t(t.message_id())));
    if !tags.is_empty() {
        f.push(Fact::new(tr.t("service-topics"), list(tags)));
    }
    if !d.equipment.is_empty() {
        f.push(Fact::new(tr.t("service-equipment"), d.equipment.clone()));
    }
    if !d.accreditations.is_empty() {
        f.push(Fact::new(
            tr.t("service-accreditations"),
            list(d.accreditations.clone()),
        ));
    }
    let accepted: Vec<String> = programmes
        .iter()
        .filter(|(id, _)| d.programmes.contains(id))
        .map(|(_, t)| t.clone())
        .collect();
    if !accepted.is_empty() {
        f.push(Fact::new(tr.t("service-programmes"), list(accepted)));
    }
    f
}

/// The form to ask for a service (or to send a challenge): for which of the viewer's
/// organisations, through which network, what is needed, budget, timing, what may be shared.
pub(super) fn request_form(
    ctx: &Ctx,
    action: String,
    orgs: &[Membership],
    networks: &[(i64, String)],
    input: &RequestInput,
    chosen: (&str, &str),
    errors: Errors,
) -> Form {
    let tr = &ctx.tr;
    let mut form = Form::new("request", action, ctx.csrf(), tr.t("service-request-submit"));
    if orgs.len() > 1 {
        form = form.field(
            Field::select(
                "organisation",
                tr.t("interest-organisation"),
                orgs.iter().map(|m| (m.slug.clone(), m.name.clone())).collect(),
                chosen.0,
            )
            .required(),
        );
    } else if let Some(m) = orgs.first() {
        form = form.field(Field::hidden("organisation", m.slug.clone()));
    }
    if !networks.is_empty() {
        let mut choices = vec![(String::new(), tr.t("service-request-no-network"))];
        choices.extend(networks.iter().map(|(id, n)| (id.to_string(), n.clone())));
        form = form.field(
            Field::select("network", tr.t("service-request-network"), choices, chosen.1)
                .hint(tr.t("service-request-network-hint")),
        );
    }
    form.fields([
        Field::textarea("need", tr.t("service-request-need"))
            .value(input.need.clone())
            .required()
            .hint(tr.t("service-request-need-hint"))
            .max(domain::service::MAX_NEED),
        Field::hidden(
            "language",
            if input.language.is_empty() {
                tr.locale.code().to_owned()
            } else {
                input.language.clone()
            },
        ),
        Field::number("trl", tr.t("service-request-trl"))
            .value(input.trl.clone())
            .hint(tr.t("service-trl-hint")),
        Field::text("budget_from", tr.t("service-request-budget-from"))
            .value(input.budget_from.clone())
            .max(20),
        Field::text("budget_to", tr.t("service-request-budget-to"))
            .value(input.budget_to.clone())
            .hint(tr.t("service-price-hint"))
            .max(20),
        Field::date("wanted_by", tr.t("service-request-wanted-by")).value(input.wanted_by.clone()),
        Field::textarea("sharing", tr.t("service-request-sharing"))
            .value(input.sharing.clone())
            .hint(tr.t("service-request-sharing-hint"))
            .max(domain::service::MAX_SHORT),
    ])
    .errors(errors)
}

/// The networks of all the viewer's organisations, each once.
pub(super) async fn networks(state: &AppState, orgs: &[Membership]) -> Result<Vec<(i64, String)>, WebError> {
    let mut out: Vec<(i64, String)> = Vec::new();
    for m in orgs {
        for n in state.store.networks_of(m.organisation_id).await? {
            if !out.iter().any(|(id, _)| *id == n.0) && !orgs.iter().any(|o| o.organisation_id == n.0) {
                out.push(n);
            }
        }
    }
    Ok(out)
}

pub(super) async fn show(
    state: &AppState,
    ctx: &Ctx,
    s: Service,
    form: Option<(RequestInput, (String, String), Errors)>,
    done: Option<String>,
) -> Result<Response, WebError> {
    let user = ctx.user();
    if !readable(state, user, &s).await? {
        return Err(WebError::NotFound);
    }
    let tr = &ctx.tr;
    let owner = match user {
        Some(u) => access::member_of(state, u, s.organisation_id).await?,
        None => false,
    };
    let moderator = user.is_some_and(|u| u.role.moderates());
    let text = s.draft.text(tr.locale.code());
    let lang = s
        .draft
        .texts
        .iter()
        .find(|(_, t)| std::ptr::eq(*t, text))
        .map(|(l, _)| l.to_string())
        .unwrap_or_else(|| s.draft.language.to_string());
    let figures = state.store.provider_figures(&[s.organisation_id]).await?;
    let figures = figures
        .get(&s.organisation_id)
        .map(|f| figure_lines(tr, f))
        .unwrap_or_default();
    let (mut request_form_shown, mut request_note) = (None, None);
    if let Some(u) = user.filter(|_| s.state == ServiceState::Published) {
        let orgs: Vec<Membership> = state
            .store
            .memberships_of(u.id)
            .await?
            .into_iter()
            .filter(|m| m.organisation_id != s.organisation_id)
            .collect();
        if orgs.is_empty() {
            request_note = Some(tr.t(if owner {
                "service-request-own"
            } else {
                "service-request-no-organisation"
            }));
        } else {
            let networks = networks(state, &orgs).await?;
            let (input, chosen, errors) = form.unwrap_or_default();
            request_form_shown = Some(
                request_form(
                    ctx,
                    format!("/services/{}/request", s.id),
                    &orgs,
                    &networks,
                    &input,
                    (&chosen.0, &chosen.1),
                    errors,
                )
                .heading(tr.t("service-request-heading")),
            );
        }
    }
    let notice = match done.as_deref() {
        Some("saved") => Some(tr.t("service-done-saved")),
        Some("submitted") => Some(tr.t("service-done-submitted")),
        Some("withdrawn") => Some(tr.t("service-done-withdrawn")),
        _ => None,
    };
    let programmes = offering::voucher_programmes(state).await?;
    let page = ServicePage {
        chrome: ctx.chrome("services"),
        name: text.name.clone(),
        paragraphs: crate::views::paragraphs(&text.description),
        lang,
        kind: tr.t(s.draft.kind.message_id()),
        state: tr.t(s.state.message_id()),
        notice,
        facts: facts(tr, &s.draft, &programmes),
        figures,
        owner,
        moderator,
        request_form: request_form_shown,
        request_note,
        s,
    };
    let refused = |f: &Form| !f.summary.is_empty() || f.general_error.is_some();
    let status = if page.request_form.as_ref().is_some_and(refused) {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let s = load(&state, &id).await?;
    show(&state, &ctx, s, None, done_param(raw.as_deref())).await
}

#[derive(Template)]
#[template(path = "services/offered.html")]
struct OfferedPage {
    chrome: Chrome,
    organisation: domain::Organisation,
    services: Vec<(Service, String, String)>,
    figures: Vec<String>,
    may_offer: bool,
}

/// `/organisations/{slug}/services`: what a centre offers, in every state for its own people.
pub async fn offered(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let org = crate::routes::organisation(&state, &slug).await?;
    access::require_member(&state, me.user(), org.id).await?;
    let tr = &ctx.tr;
    let services = state
        .store
        .services_of(org.id)
        .await?
        .into_iter()
        .map(|s| {
            let kind = tr.t(s.draft.kind.message_id());
            let st = tr.t(s.state.message_id());
            (s, kind, st)
        })
        .collect();
    let figures = state.store.provider_figures(&[org.id]).await?;
    let page = OfferedPage {
        chrome: ctx.chrome("services"),
        figures: figures.get(&org.id).map(|f| figure_lines(tr, f)).unwrap_or_default(),
        may_offer: domain::service::may_offer(Some(org.profile.kind)),
        organisation: org,
        services,
    };
    Ok(render(&page)?.into_response())
}

//! The participants list and meeting requests.

use super::*;
use crate::audit::{Action, Actor};

pub struct ParticipantRow {
    pub id: i64,
    pub name: String,
    pub organisation: Option<(String, String)>,
    pub country: String,
    pub kind: String,
    pub offer: String,
    pub seek: String,
    /// What is between the viewer and them: a request's state, or none.
    pub between: Option<String>,
    pub can_request: bool,
    /// The viewer's choices of a mark on them (empty for the organiser, who marks nobody).
    pub marks: Vec<Choice>,
}

#[derive(Template)]
#[template(path = "events/b2b/participants.html")]
pub(super) struct ParticipantsPage {
    chrome: Chrome,
    e: Event,
    rows: Vec<ParticipantRow>,
    q: String,
    countries: Vec<Choice>,
    kinds: Vec<Choice>,
    count_text: String,
    participant: bool,
    notice: Option<String>,
}

pub async fn participants(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let e = load_readable(&state, &ctx, &id).await?;
    if !e.draft.b2b {
        return Err(WebError::NotFound);
    }
    let organiser = access::administers(&state, me.user(), e.organisation_id).await?;
    let mine = match state.store.registration(e.id, me.user().id).await? {
        Some(Seat::Confirmed(r)) => Some(r),
        _ => None,
    };
    if mine.is_none() && !organiser {
        return Err(WebError::Conflict("b2b-error-not-participant"));
    }
    let pairs = query_pairs(raw.as_deref());
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.trim().to_owned())
            .unwrap_or_default()
    };
    let q = get("q");
    if q.chars().count() > 200 {
        return Err(bad_parameter("q", "is longer than 200 characters"));
    }
    let country = get("country").to_uppercase();
    let kind = get("type");
    if !kind.is_empty() {
        kind.parse::<domain::OrganisationType>()
            .map_err(|e| bad_parameter("type", e))?;
    }
    let tr = ctx.tr;
    let all: Vec<Registration> = state
        .store
        .registrations(e.id)
        .await?
        .into_iter()
        .filter(|r| r.state == RegistrationState::Confirmed)
        .collect();
    let requests = match &mine {
        Some(m) => state.store.meeting_requests_of(m.id).await?,
        None => Vec::new(),
    };
    let my_marks = super::preferences::my_marks(&state, mine.as_ref()).await?;
    let words: Vec<String> = fold(&q).split_whitespace().map(str::to_owned).collect();
    let mut countries: BTreeMap<String, String> = BTreeMap::new();
    let mut rows = Vec::new();
    for r in &all {
        if let Some(c) = &r.organisation_country {
            countries.insert(c.clone(), tr.country(c));
        }
        if mine.as_ref().is_some_and(|m| m.id == r.id) {
            continue;
        }
        let haystack = fold(&format!(
            "{} {} {} {}",
            r.user_name,
            r.organisation_name.as_deref().unwrap_or(""),
            r.offer,
            r.seek
        ));
        if !words.iter().all(|w| haystack.contains(w.as_str()))
            || (!country.is_empty() && r.organisation_country.as_deref() != Some(country.as_str()))
            || (!kind.is_empty() && r.organisation_kind.as_deref() != Some(kind.as_str()))
        {
            continue;
        }
        let between = mine.as_ref().and_then(|m| {
            requests
                .iter()
                .filter(|x| x.state != RequestState::Withdrawn)
                .find(|x| {
                    (x.requester_id == m.id && x.invitee_id == r.id) || (x.requester_id == r.id && x.invitee_id == m.id)
                })
                .map(|x| {
                    let key = if x.requester_id == m.id {
                        "b2b-between-sent"
                    } else {
                        "b2b-between-received"
                    };
                    format!("{} · {}", tr.t(key), tr.t(format!("b2b-request-{}", x.state.as_str())))
                })
        });
        rows.push(ParticipantRow {
            id: r.id,
            name: r.user_name.clone(),
            organisation: r.organisation_slug.clone().zip(r.organisation_name.clone()),
            country: r
                .organisation_country
                .as_deref()
                .map(|c| tr.country(c))
                .unwrap_or_default(),
            kind: r
                .organisation_kind
                .as_deref()
                .and_then(|k| k.parse::<domain::OrganisationType>().ok())
                .map(|k| tr.t(k.message_id()))
                .unwrap_or_default(),
            offer: r.offer.clone(),
            seek: r.seek.clone(),
            can_request: mine.is_some() && between.is_none(),
            marks: if mine.is_some() {
                super::preferences::mark_choices(&tr, my_marks.get(&r.id).copied())
            } else {
                Vec::new()
            },
            between,
        });
    }
    let page = ParticipantsPage {
        chrome: ctx.chrome("events"),
        count_text: tr.t1("b2b-participants-count", "count", rows.len() as i64),
        rows,
        countries: countries
            .into_iter()
            .map(|(code, name)| Choice::new(code.clone(), name, code == country))
            .collect(),
        kinds: domain::OrganisationType::ALL
            .iter()
            .map(|k| Choice::new(k.to_string(), tr.t(k.message_id()), k.as_str() == kind))
            .collect(),
        q,
        participant: mine.is_some(),
        notice: match done_param(raw.as_deref()).as_deref() {
            Some("requested") => Some(tr.t("b2b-done-requested")),
            Some("marked") => Some(tr.t("b2b-done-marked")),
            _ => None,
        },
        e,
    };
    Ok(render(&page)?.into_response())
}

pub async fn request(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    if e.state != EventState::Published {
        return Err(WebError::Conflict("event-error-closed"));
    }
    let mine = my_registration(&state, &e, me.user()).await?;
    let invitee_id: i64 = form
        .get("invitee")
        .trim()
        .parse()
        .map_err(|_| bad_parameter("invitee", "is not a participant"))?;
    let invitee = state
        .store
        .registrations_by_ids(e.id, &[invitee_id])
        .await?
        .into_iter()
        .find(|r| r.state == RegistrationState::Confirmed && r.id != mine.id)
        .ok_or_else(|| bad_parameter("invitee", "is not another participant of this event"))?;
    let message = form.get("message").trim().to_owned();
    if message.chars().count() > 1_000 || message.chars().any(|c| c.is_control() && c != '\n' && c != '\r') {
        return Err(invalid("message", ctx.tr.t("b2b-error-message")));
    }
    // Asked twice (by either side) answers 409 through the store's conflict.
    let actor = Actor::of(&state, &ctx, me.user())?;
    actor
        .audited(Action::MeetingRequested, &e.id.to_string(), &invitee.user_name)
        .request_meeting(e.id, mine.id, invitee.id, &message)
        .await?;
    let meetings_link = state.settings.link(&format!("/events/{}/meetings", e.id));
    crate::notify::tell(
        &state,
        &invitee.user_email,
        ctx.tr.locale,
        crate::notify::events::b2b_request(&e.draft.title, &who(&mine), &message, &meetings_link),
    )
    .await;
    Ok(Redirect::to(&format!("/events/{}/participants?done=requested", e.id)).into_response())
}

/// A participant's own requests and the registrations of the people on their other side: what
/// their pages need, read without loading the whole event.
pub(super) async fn mine_and_others(
    state: &AppState,
    e: &Event,
    mine: &Registration,
) -> Result<(Vec<MeetingRequest>, Vec<Registration>), WebError> {
    let requests = state.store.meeting_requests_of(mine.id).await?;
    let mut others: Vec<i64> = requests
        .iter()
        .map(|x| {
            if x.requester_id == mine.id {
                x.invitee_id
            } else {
                x.requester_id
            }
        })
        .collect();
    others.sort_unstable();
    others.dedup();
    let regs = state.store.registrations_by_ids(e.id, &others).await?;
    Ok((requests, regs))
}

//! One event's page, with its schema.org data.

use super::missions::Applied;
use super::*;
use crate::views::Fact;

/// A project the event belongs to, as the event page links it.
pub(super) struct ProjectLink {
    id: i64,
    acronym: String,
}

#[derive(Template)]
#[template(path = "events/event.html")]
pub(super) struct EventPage {
    chrome: Chrome,
    notice: Option<String>,
    e: Event,
    kind: String,
    state_label: String,
    facts: Vec<Fact>,
    json_ld: String,
    organiser: bool,
    /// A table steward of this B2B event (not one of its organisers): the way to the desk.
    steward: bool,
    moderator: bool,
    editable: bool,
    can_submit: bool,
    can_cancel: bool,
    /// The viewer's place: confirmed, or waiting at a position.
    seat: Option<(bool, i64)>,
    register_form: Option<Form>,
    show_online_link: bool,
    places_text: Option<String>,
    registrations: i64,
    waiting: i64,
    /// A business mission's call for participation.
    mission: Option<super::missions::CallSummary>,
    projects: Vec<ProjectLink>,
    in_the_news: Vec<crate::mentions::InTheNews>,
    in_the_news_more: Option<String>,
}

pub(super) fn json_ld(state: &AppState, e: &Event) -> String {
    let d = &e.draft;
    let tz = d.tz();
    let mode = match d.attendance {
        Attendance::OnSite => "https://schema.org/OfflineEventAttendanceMode",
        Attendance::Online => "https://schema.org/OnlineEventAttendanceMode",
        Attendance::Hybrid => "https://schema.org/MixedEventAttendanceMode",
    };
    let mut locations = Vec::new();
    if d.attendance.has_venue() {
        locations.push(serde_json::json!({
            "@type": "Place",
            "name": d.venue,
            "address": {"@type": "PostalAddress", "addressLocality": d.city, "addressCountry": d.country.map(|c| c.to_string())},
        }));
    }
    if d.attendance.is_online() {
        locations.push(
            serde_json::json!({"@type": "VirtualLocation", "url": state.settings.link(&format!("/events/{}", e.id))}),
        );
    }
    let mut v = serde_json::json!({
        "@context": "https://schema.org",
        "@type": if d.kind == EventKind::Conference { "BusinessEvent" } else { "Event" },
        "name": d.title,
        "description": d.description,
        "startDate": e.starts_at.with_timezone(&tz).to_rfc3339(),
        "endDate": e.ends_at.with_timezone(&tz).to_rfc3339(),
        "eventStatus": if e.state == EventState::Cancelled { "https://schema.org/EventCancelled" } else { "https://schema.org/EventScheduled" },
        "eventAttendanceMode": mode,
        "location": locations,
        "inLanguage": d.language.as_str(),
        "url": state.settings.link(&format!("/events/{}", e.id)),
        "organizer": {"@type": "Organization", "name": e.organisation_name, "url": state.settings.link(&format!("/organisations/{}", e.organisation_slug))},
        "performer": d.speakers.iter().map(|s| serde_json::json!({"@type": "Person", "name": s.name})).collect::<Vec<_>>(),
    });
    if let Some(c) = d.capacity {
        v["maximumAttendeeCapacity"] = c.into();
    }
    crate::views::script_json(&v)
}

pub(super) fn facts(tr: &Tr, user: Option<&User>, e: &Event) -> Vec<Fact> {
    let d = &e.draft;
    let mut out = vec![Fact {
        label: tr.t("event-when"),
        value: span(tr, e.starts_at, e.ends_at, d.tz()),
    }];
    let mine = viewer_zone(user, e);
    if mine != d.tz() {
        out.push(Fact {
            label: tr.t("event-when-yours"),
            value: span(tr, e.starts_at, e.ends_at, mine),
        });
    }
    out.push(Fact {
        label: tr.t("attendance"),
        value: tr.t(d.attendance.message_id()),
    });
    if d.attendance.has_venue() {
        let mut where_ = Vec::new();
        where_.extend(d.venue.clone());
        where_.extend(d.city.clone());
        where_.extend(d.country.map(|c| tr.country(c.as_str())));
        out.push(Fact {
            label: tr.t("event-venue"),
            value: where_.join(", "),
        });
    }
    if !d.destinations.is_empty() {
        out.push(Fact {
            label: tr.t("event-destinations"),
            value: d
                .destinations
                .iter()
                .map(|c| tr.country(c.as_str()))
                .collect::<Vec<_>>()
                .join(", "),
        });
    }
    let topics: Vec<String> = d
        .technologies
        .iter()
        .map(|t| tr.t(t.message_id()))
        .chain(d.ecosystems.iter().map(|x| tr.t(x.message_id())))
        .collect();
    if !topics.is_empty() {
        out.push(Fact {
            label: tr.t("event-topics"),
            value: topics.join(", "),
        });
    }
    if d.b2b {
        out.push(Fact {
            label: tr.t("event-b2b"),
            value: tr.t("event-b2b-yes"),
        });
    }
    out
}

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let e = load_readable(&state, &ctx, &id).await?;
    let tr = ctx.tr;
    let user = ctx.user();
    let organiser = match user {
        Some(u) => access::administers(&state, u, e.organisation_id).await?,
        None => false,
    };
    let steward = match user {
        Some(u) if e.draft.b2b && !organiser => {
            access::desk_role(&state, u, &e).await? == Some(access::DeskRole::Steward)
        }
        _ => false,
    };
    let moderator = user.is_some_and(|u| u.role.moderates());
    let seat = match user {
        Some(u) => state.store.registration(e.id, u.id).await?,
        None => None,
    };
    let (confirmed, waiting) = state.store.registration_counts(e.id).await?;
    let open = e.state == EventState::Published && e.ends_at > now();
    let mission = super::missions::summary(&state, &tr, &e, user).await?;
    // A mission's participants are selected from applications, not registered.
    let register_form = match (user, &seat) {
        (Some(u), None) if open && e.draft.kind != EventKind::Mission => {
            let orgs = state.store.memberships_of(u.id).await?;
            let mut choices = vec![(String::new(), tr.t("event-register-myself"))];
            choices.extend(orgs.iter().map(|m| (m.slug.clone(), m.name.clone())));
            let first = orgs.first().map(|m| m.slug.clone()).unwrap_or_default();
            let full = e.draft.capacity.is_some_and(|c| confirmed >= i64::from(c));
            Some(
                Form::new(
                    "register",
                    format!("/events/{}/register", e.id),
                    ctx.csrf(),
                    tr.t(if full { "event-join-waitlist" } else { "event-register" }),
                )
                .heading(tr.t("event-register-heading"))
                .field(Field::select(
                    "organisation",
                    tr.t("event-register-for"),
                    choices,
                    &first,
                )),
            )
        }
        _ => None,
    };
    let notice = match done_param(raw.as_deref()).as_deref() {
        Some("saved") => Some(tr.t("event-done-saved")),
        Some("submitted") => Some(tr.t("event-done-submitted")),
        Some("registered") => Some(tr.t("event-done-registered")),
        Some("waitlisted") => Some(tr.t("event-done-waitlisted")),
        Some("unregistered") => Some(tr.t("event-done-unregistered")),
        Some("cancelled") => Some(tr.t("event-done-cancelled")),
        Some("applied") => Some(tr.t("mission-done-applied")),
        Some("withdrawn") => Some(tr.t("mission-done-withdrawn")),
        Some("revision") => Some(tr.t("event-done-revision")),
        // The organisers (and moderators) see that a change waits, on every visit.
        _ if e.revision.is_some() && (organiser || moderator) => Some(tr.t("event-revision-pending")),
        _ => None,
    };
    let seat_view = seat.as_ref().map(|s| match s {
        Seat::Confirmed(_) => (true, 0),
        Seat::Waitlisted { position, .. } => (false, *position),
    });
    let places_text = e.draft.capacity.map(|c| {
        let left = (i64::from(c) - confirmed).max(0);
        tr.t2("event-places", "left", left, "capacity", i64::from(c))
    });
    let page = EventPage {
        projects: state
            .store
            .projects_of_event(e.id)
            .await?
            .into_iter()
            .map(|(id, acronym)| ProjectLink { id, acronym })
            .collect(),
        chrome: ctx.chrome("events"),
        notice,
        kind: tr.t(e.draft.kind.message_id()),
        state_label: tr.t(e.state.message_id()),
        facts: facts(&tr, user, &e),
        json_ld: json_ld(&state, &e),
        organiser,
        steward,
        moderator,
        editable: organiser && e.state.changeable() && e.starts_at > now(),
        can_submit: organiser && e.state.editable(),
        can_cancel: organiser && e.state == EventState::Published && e.ends_at > now(),
        show_online_link: organiser || seat_view.is_some_and(|(c, _)| c),
        seat: seat_view,
        register_form,
        places_text,
        registrations: confirmed,
        waiting,
        mission,
        in_the_news: {
            // Its summaries first, then the other news that mention it.
            let mut items: Vec<crate::mentions::InTheNews> = state
                .cache
                .news_summarising(&state.store, e.id, 5)
                .await?
                .iter()
                .map(|m| crate::mentions::InTheNews::of(&tr, m))
                .collect();
            for m in
                crate::mentions::in_the_news(&state, &tr, matching::mentions::MentionKind::Event, &e.id.to_string())
                    .await?
            {
                if !items.iter().any(|i| i.href == m.href) {
                    items.push(m);
                }
            }
            items
        },
        in_the_news_more: None,
        e,
    };
    let mut response = render(&page)?.into_response();
    if !page.e.state.public() {
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            header::HeaderValue::from_static("private, no-store"),
        );
    }
    Ok(response)
}

//! Organisers create and change their events; people registered hear of what changed.

use super::*;
use crate::audit::{Action, Actor};
use crate::views::Link;

pub(super) fn fields(tr: &Tr, i: &EventInput) -> Vec<Field> {
    let mut kinds = vec![(String::new(), tr.t("form-choose"))];
    kinds.extend(options(EventKind::ALL, |v| v.to_string(), |v| tr.t(v.message_id())));
    let zones = zone_options(tr).split_off(1);
    vec![
        Field::select("kind", tr.t("event-kind"), kinds, &i.kind).required(),
        Field::text("title", tr.t("event-title"))
            .value(i.title.clone())
            .required()
            .max(200),
        Field::textarea("description", tr.t("event-description"))
            .value(i.description.clone())
            .required()
            .max(20_000),
        Field::text("language", tr.t("opportunity-language"))
            .value(if i.language.is_empty() {
                "en".to_owned()
            } else {
                i.language.clone()
            })
            .hint(tr.t("opportunity-language-hint"))
            .max(2),
        Field::datetime("starts", tr.t("event-starts"))
            .value(i.starts.clone())
            .required(),
        Field::datetime("ends", tr.t("event-ends"))
            .value(i.ends.clone())
            .required(),
        Field::select(
            "timezone",
            tr.t("event-timezone"),
            zones,
            if i.timezone.is_empty() {
                "Europe/Brussels"
            } else {
                &i.timezone
            },
        )
        .required()
        .hint(tr.t("event-timezone-hint")),
        Field::select(
            "attendance",
            tr.t("attendance"),
            options(Attendance::ALL, |v| v.to_string(), |v| tr.t(v.message_id())),
            if i.attendance.is_empty() {
                "on-site"
            } else {
                &i.attendance
            },
        ),
        Field::text("venue", tr.t("event-venue"))
            .value(i.venue.clone())
            .hint(tr.t("event-venue-hint"))
            .max(200),
        Field::text("city", tr.t("profile-city")).value(i.city.clone()).max(120),
        Field::text("country", tr.t("field-country"))
            .value(i.country.clone())
            .hint(tr.t("profile-codes-hint"))
            .max(2),
        Field::text("online_url", tr.t("event-online-url"))
            .value(i.online_url.clone())
            .hint(tr.t("event-online-url-hint"))
            .max(500),
        Field::number("capacity", tr.t("event-capacity"))
            .value(i.capacity.clone())
            .hint(tr.t("event-capacity-hint")),
        Field::checkboxes(
            "technologies",
            tr.t("search-facet-technology"),
            options(KeyEnablingTechnology::ALL, |v| v.to_string(), |v| tr.t(v.message_id())),
            &i.technologies,
        ),
        Field::checkboxes(
            "ecosystems",
            tr.t("search-facet-ecosystem"),
            options(Ecosystem::ALL, |v| v.to_string(), |v| tr.t(v.message_id())),
            &i.ecosystems,
        ),
        Field::textarea("agenda", tr.t("event-agenda"))
            .value(i.agenda.clone())
            .hint(tr.t("event-agenda-hint"))
            .max(20_000),
        Field::textarea("speakers", tr.t("event-speakers"))
            .value(i.speakers.clone())
            .hint(tr.t("event-speakers-hint"))
            .max(10_000),
        Field::text("destinations", tr.t("event-destinations"))
            .value(i.destinations.join(", "))
            .hint(tr.t("event-destinations-hint")),
        Field::checkbox("b2b", tr.t("event-b2b-field"), i.b2b).hint(tr.t("event-b2b-hint")),
        Field::email("contact_email", tr.t("opportunity-contact-email"))
            .value(i.contact_email.clone())
            .hint(tr.t("event-contact-email-hint"))
            .required(),
    ]
}

pub(super) fn read(form: &FormData) -> EventInput {
    EventInput {
        kind: form.get("kind").to_owned(),
        title: form.get("title").to_owned(),
        description: form.get("description").to_owned(),
        language: form.get("language").trim().to_lowercase(),
        starts: form.get("starts").to_owned(),
        ends: form.get("ends").to_owned(),
        timezone: form.get("timezone").to_owned(),
        attendance: form.get("attendance").to_owned(),
        venue: form.get("venue").to_owned(),
        city: form.get("city").to_owned(),
        country: form.get("country").trim().to_uppercase(),
        online_url: form.get("online_url").to_owned(),
        capacity: form.get("capacity").to_owned(),
        technologies: form.all("technologies"),
        ecosystems: form.all("ecosystems"),
        agenda: form.get("agenda").to_owned(),
        speakers: form.get("speakers").to_owned(),
        destinations: split(&form.get("destinations").to_uppercase()),
        b2b: form.checked("b2b"),
        contact_email: form.get("contact_email").to_owned(),
    }
}

/// The domain's findings, translated, next to their fields. Messages that name a line or a
/// limit are kept as the domain words them after a translated lead.
pub(super) fn field_errors(tr: &Tr, v: ValidationErrors) -> Errors {
    let mut errors = Errors::default();
    for e in v.0 {
        let id = match (e.field.as_str(), e.code) {
            ("kind" | "technologies" | "ecosystems" | "attendance", _) => "form-error-choice",
            ("country" | "destinations" | "language", _) => "profile-error-codes",
            ("contact_email", _) => "opportunity-error-email",
            ("timezone", _) => "event-error-timezone",
            ("starts", Code::Past) => "event-error-starts-past",
            ("starts", Code::TooFar) => "event-error-far",
            ("ends", Code::Order) => "event-error-order",
            ("ends", Code::TooLong) => "event-error-long",
            ("starts" | "ends", _) => "event-error-datetime",
            ("venue" | "city", Code::Required) => "event-error-venue",
            ("online_url", Code::Required) => "event-error-online",
            ("online_url", _) => "event-error-url",
            ("capacity", _) => "event-error-capacity",
            ("title" | "description" | "venue" | "city", code) => text_error_id(code),
            _ => {
                // Agenda and speaker lines: the domain names the line.
                errors.add(&e.field, format!("{} {}", tr.t("event-error-lines"), e.message));
                continue;
            }
        };
        errors.add(&e.field, tr.t(id));
    }
    errors
}

pub(super) fn form_page(
    ctx: &Ctx,
    title: String,
    action: String,
    input: &EventInput,
    errors: Errors,
    back: Link,
) -> FormPage {
    let tr = &ctx.tr;
    FormPage {
        chrome: ctx.chrome("events"),
        title,
        intro: vec![tr.t("event-form-intro")],
        notice: None,
        form: Form::new("event", action, ctx.csrf(), tr.t("event-save"))
            .fields(fields(tr, input))
            .errors(errors),
        links: vec![back],
    }
}

pub(super) fn invalid_form(page: &FormPage) -> Result<Response, WebError> {
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(page)?).into_response())
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let org = crate::routes::organisation(&state, &slug).await?;
    access::require_admin(&state, me.user(), org.id).await?;
    // The contact is shown to everyone on the event's page: it is never filled in with the
    // organiser's personal address; the form asks for the organisation's shared one.
    let input = EventInput::default();
    let page = form_page(
        &ctx,
        ctx.tr.t1("event-new-title", "name", org.profile.name.as_str()),
        format!("/organisations/{}/events/new", org.slug),
        &input,
        Errors::default(),
        Link::new("/events", ctx.tr.t("events-back")),
    );
    Ok(render(&page)?.into_response())
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let org = crate::routes::organisation(&state, &slug).await?;
    access::require_admin(&state, me.user(), org.id).await?;
    let input = read(&form);
    let draft = match input.validate(now()) {
        Ok(d) => d,
        Err(v) => {
            return invalid_form(&form_page(
                &ctx,
                ctx.tr.t1("event-new-title", "name", org.profile.name.as_str()),
                format!("/organisations/{}/events/new", org.slug),
                &input,
                field_errors(&ctx.tr, v),
                Link::new("/events", ctx.tr.t("events-back")),
            ))
        }
    };
    let actor = Actor::of(&state, &ctx, me.user())?;
    let id = actor
        .creating(Action::EventCreated, &draft.title)
        .create_event(org.id, Some(me.user().id), &draft)
        .await?;
    Ok(Redirect::to(&format!("/events/{id}?done=saved")).into_response())
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    require_changeable(&e)?;
    let page = form_page(
        &ctx,
        ctx.tr.t1("event-edit-title", "title", e.draft.title.as_str()),
        format!("/events/{}/edit", e.id),
        // A change waiting for a moderator is what the organiser last wrote: they go on from it.
        &EventInput::from_draft(e.revision.as_ref().unwrap_or(&e.draft)),
        Errors::default(),
        Link::new(format!("/events/{}", e.id), ctx.tr.t("event-back")),
    );
    Ok(render(&page)?.into_response())
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    require_changeable(&e)?;
    let input = read(&form);
    let (confirmed, _) = state.store.registration_counts(e.id).await?;
    let checked = input.validate(now()).and_then(|d| {
        // A published event keeps what people rely on: the places already given, and the B2B
        // sessions inside the event's hours.
        let mut v = ValidationErrors::default();
        if d.capacity.is_some_and(|c| i64::from(c) < confirmed) {
            v.add("capacity", Code::Conflict, "fewer places than people registered");
        }
        if e.sessions.iter().any(|s| s.starts < d.starts || s.ends() > d.ends) {
            v.add("starts", Code::Conflict, "B2B sessions would lie outside the event");
        }
        if v.is_empty() {
            Ok(d)
        } else {
            Err(v)
        }
    });
    let draft = match checked {
        Ok(d) => d,
        Err(v) => {
            let mut errors = Errors::default();
            let mut rest = ValidationErrors::default();
            for f in v.0 {
                match (f.field.as_str(), f.code) {
                    ("capacity", Code::Conflict) => {
                        errors.add("capacity", ctx.tr.t1("event-error-capacity-below", "count", confirmed))
                    }
                    ("starts", Code::Conflict) => errors.add("starts", ctx.tr.t("event-error-sessions-outside")),
                    _ => rest.0.push(f),
                }
            }
            for (field, message) in field_errors(&ctx.tr, rest).0 {
                errors.add(&field, message);
            }
            return invalid_form(&form_page(
                &ctx,
                ctx.tr.t1("event-edit-title", "title", e.draft.title.as_str()),
                format!("/events/{}/edit", e.id),
                &input,
                errors,
                Link::new(format!("/events/{}", e.id), ctx.tr.t("event-back")),
            ));
        }
    };
    if e.state == EventState::Published && e.draft.needs_review(&draft) {
        // Title, description, online address, kind or programme changed: the time, place and
        // capacity apply at once, the rest waits for a moderator while the event stays as it was.
        let live = e.draft.with_logistics_of(&draft);
        let changed = e.draft.changed_fields(&draft).join(", ");
        let actor = Actor::of(&state, &ctx, me.user())?;
        if !actor
            .audited(Action::EventRevisionProposed, &e.id.to_string(), &changed)
            .propose_event_revision(e.id, &live, &draft, me.user().id)
            .await?
        {
            return Err(WebError::Conflict("event-error-not-editable"));
        }
        tell_of_changes(&state, &e, &live).await?;
        let queue = state.settings.link("/moderation/events");
        crate::notify::tell_moderators(
            &state,
            crate::notify::moderation::event_revision_review(&draft.title, &queue),
        )
        .await?;
        return Ok(Redirect::to(&format!("/events/{}?done=revision", e.id)).into_response());
    }
    let actor = Actor::of(&state, &ctx, me.user())?;
    if !actor
        .audited(Action::EventEdited, &e.id.to_string(), &draft.title)
        .update_event(e.id, &draft)
        .await?
    {
        return Err(WebError::Conflict("event-error-not-editable"));
    }
    if e.state == EventState::Published {
        tell_of_changes(&state, &e, &draft).await?;
    }
    Ok(Redirect::to(&format!("/events/{}?done=saved", e.id)).into_response())
}

/// Organisers change an event before review and while it is published, until it starts.
pub(super) fn require_changeable(e: &Event) -> Result<(), WebError> {
    if !e.state.changeable() || (e.state == EventState::Published && e.starts_at <= now()) {
        return Err(WebError::Conflict("event-error-not-editable"));
    }
    Ok(())
}

/// After a published event changed: people registered hear of a new time or place, and when
/// places were added, the first on the waiting list move up and are told.
pub(super) async fn tell_of_changes(
    state: &AppState,
    before: &Event,
    after: &domain::EventDraft,
) -> Result<(), WebError> {
    let link = state.settings.link(&format!("/events/{}", before.id));
    let d = &before.draft;
    let moved = d.starts != after.starts
        || d.ends != after.ends
        || d.timezone != after.timezone
        || d.attendance != after.attendance
        || d.venue != after.venue
        || d.city != after.city
        || d.online_url != after.online_url;
    if moved {
        for r in state.store.registrations(before.id).await? {
            // In the reader's language and time zone (the event's own when they chose none).
            let zone = r
                .user_timezone
                .as_deref()
                .and_then(|z| parse_timezone(z).ok())
                .unwrap_or_else(|| after.tz());
            crate::notify::tell(
                state,
                &r.user_email,
                crate::i18n::Locale::En,
                crate::notify::events::changed(&after.title, after.starts_utc(), after.ends_utc(), zone, &link),
            )
            .await;
        }
    }
    let more_places = match (d.capacity, after.capacity) {
        (Some(old), Some(new)) => new > old,
        (Some(_), None) => true,
        _ => false,
    };
    if more_places {
        for p in state.store.fill_places(before.id, after.capacity).await? {
            let pass = super::registration::CheckInPass::for_mail(state, before.id, after.b2b, p.id).await;
            crate::notify::tell(
                state,
                &p.user_email,
                crate::i18n::Locale::En,
                crate::notify::events::promoted(
                    before.id,
                    &after.title,
                    &link,
                    pass.as_ref().map(super::registration::CheckInPass::mail),
                ),
            )
            .await;
        }
    }
    Ok(())
}

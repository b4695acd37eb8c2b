//! The demo events and a B2B matchmaking day ready to schedule.

use super::*;

/// About forty published events over the coming months, and a B2B matchmaking day of the
/// manager's cluster with sixty participants (accounts without a password), their profiles,
/// availability and meeting requests, ready for the organiser to run the scheduler. Nothing when
/// events exist already.
pub async fn seed_events(store: &store::Store, seed: u64) -> anyhow::Result<usize> {
    use domain::{EventInput, EventKind, EventState, OrganisationType, Taxonomy};
    let (_, existing) = store
        .public_events(&store::events::EventFilter {
            limit: 1,
            ..Default::default()
        })
        .await?;
    if existing > 0 {
        return Ok(0);
    }
    let tr = web::i18n::Tr::new(web::i18n::Locale::En);
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let now = chrono::Utc::now();
    let organisations = store.all_organisations().await?;
    let hosts: Vec<_> = organisations
        .iter()
        .filter(|o| {
            matches!(
                o.profile.kind,
                OrganisationType::Cluster | OrganisationType::TechnologyCentre
            )
        })
        .collect();
    let mut created = 0;
    let publish = |id: i64| async move {
        store
            .transition(id, &[EventState::Draft], EventState::Submitted, None)
            .await?;
        store
            .transition(id, &[EventState::Submitted], EventState::Published, None)
            .await
    };
    for (i, o) in hosts.iter().take(40).enumerate() {
        let p = &o.profile;
        let kind = *pick(
            &mut rng,
            &[
                EventKind::Talk,
                EventKind::Conference,
                EventKind::Workshop,
                EventKind::Matchmaking,
                EventKind::Mission,
                EventKind::Talk,
            ],
        );
        let tech = p
            .technologies
            .first()
            .map(|t| tr.t(t.message_id()))
            .unwrap_or_else(|| "digital technologies".into());
        let ecosystem = p
            .ecosystems
            .first()
            .map(|e| tr.t(e.message_id()))
            .unwrap_or_else(|| "industry".into());
        let name = web::views::title_case_if_shouting(&p.name);
        let day = (now + chrono::Duration::days(rng.gen_range(3..180))).date_naive();
        let (title, description, hours, attendance) = match kind {
            EventKind::Talk => (
                format!("Webinar: {tech} in practice"),
                format!("{name} invites SMEs to a one-hour webinar on what {tech} brings to {ecosystem}, with two case studies and time for questions."),
                (14, 15),
                "online",
            ),
            EventKind::Conference => (
                format!("{ecosystem} Innovation Days"),
                format!("Two days of talks, exhibition and networking on {tech} for {ecosystem}, hosted by {name}."),
                (9, 18),
                "hybrid",
            ),
            EventKind::Workshop => (
                format!("Hands-on workshop: {tech} for SMEs"),
                format!("A practical half-day at {name}: bring your use case, leave with a first plan for {tech} in your production."),
                (9, 13),
                "on-site",
            ),
            EventKind::Matchmaking => (
                format!("B2B matchmaking: {ecosystem}"),
                format!("Pre-arranged one-to-one meetings of 20 minutes between companies, research and clusters active in {ecosystem}, organised by {name}."),
                (9, 17),
                "on-site",
            ),
            _ => (
                format!("Business mission to North America: {ecosystem}"),
                format!("{name} leads a delegation of European SMEs to meet buyers, investors and partner clusters in {ecosystem}. Participants are selected on their application."),
                (8, 18),
                "on-site",
            ),
        };
        let ends_day = if matches!(kind, EventKind::Conference) {
            day + chrono::Duration::days(1)
        } else if kind == EventKind::Mission {
            day + chrono::Duration::days(4)
        } else {
            day
        };
        let input = EventInput {
            kind: kind.to_string(),
            title,
            description,
            language: "en".into(),
            starts: format!("{day}T{:02}:00", hours.0),
            ends: format!("{ends_day}T{:02}:00", hours.1),
            timezone: zone_of(p.country.as_str()).into(),
            attendance: attendance.into(),
            venue: format!("{name}, conference centre"),
            city: p.city.clone().unwrap_or_else(|| "Brussels".into()),
            country: p.country.to_string(),
            online_url: format!("https://meet.demo.clusterhub.eu/event-{i}"),
            capacity: if rng.gen_bool(0.5) {
                rng.gen_range(20..200).to_string()
            } else {
                String::new()
            },
            technologies: p.technologies.iter().map(|t| t.to_string()).collect(),
            ecosystems: p.ecosystems.iter().map(|t| t.to_string()).collect(),
            agenda: format!(
                "{:02}:00 Welcome by {name}\n{:02}:30 Keynote: {tech} in {ecosystem}\n{:02}:30 Networking",
                hours.0,
                hours.0,
                hours.1 - 1
            ),
            speakers: format!("{} {}, {name}", pick(&mut rng, FIRST_NAMES), pick(&mut rng, LAST_NAMES)),
            destinations: if kind == EventKind::Mission {
                vec!["US".into(), "CA".into()]
            } else {
                vec![]
            },
            b2b: kind == EventKind::Matchmaking,
            contact_email: format!("events+{i}@demo.clusterhub.eu"),
        };
        let draft = input
            .validate(now)
            .map_err(|e| anyhow::anyhow!("demo event of {}: {e}", p.name))?;
        let id = store.create_event(o.id, None, &draft).await?;
        publish(id).await?;
        if kind == EventKind::Mission {
            // Missions take applications: a call closing a week before departure.
            let today = web::views::time::today();
            let closes = domain::Day::new((day - chrono::Duration::days(7)).max(today.date()));
            let call = domain::mission::validate_call(
                "Which markets in North America do you target, and why now?\nWhat do you offer buyers and partners there?\nWho would travel, and in which role?",
                "40 Export readiness\n40 Fit with the target market\n20 Capacity to follow up",
                &rng.gen_range(8..20).to_string(),
                &closes.to_string(),
                today,
            )
            .map_err(|e| anyhow::anyhow!("demo mission call: {e}"))?;
            store.save_call(id, &call).await?;
        }
        created += 1;
    }

    // The manager's B2B matchmaking day, three weeks ahead, with its participants.
    let manager = store
        .user_by_email(&domain::Email::parse("manager@demo.clusterhub.eu").map_err(anyhow::Error::msg)?)
        .await?
        .map(|(u, _)| u);
    let member = store
        .user_by_email(&domain::Email::parse("member@demo.clusterhub.eu").map_err(anyhow::Error::msg)?)
        .await?
        .map(|(u, _)| u);
    let Some(manager) = manager else { return Ok(created) };
    let Some(cluster) = store.memberships_of(manager.id).await?.into_iter().next() else {
        return Ok(created);
    };
    let Some(home) = organisations.iter().find(|o| o.id == cluster.organisation_id) else {
        return Ok(created);
    };
    let day = (now + chrono::Duration::days(21)).date_naive();
    let input = EventInput {
        kind: "matchmaking".into(),
        title: format!("{} B2B Matchmaking Day", web::views::title_case_if_shouting(&cluster.name)),
        description: "Pre-arranged meetings of 20 minutes between the cluster's members and visitors from across Europe: suppliers meet integrators, start-ups meet investors, SMEs meet the technology centres that can help them.".into(),
        language: "en".into(),
        starts: format!("{day}T09:00"),
        ends: format!("{day}T17:00"),
        timezone: zone_of(home.profile.country.as_str()).into(),
        attendance: "on-site".into(),
        venue: "Cluster House, Innovation Park".into(),
        city: home.profile.city.clone().unwrap_or_else(|| "Brussels".into()),
        country: home.profile.country.to_string(),
        capacity: "120".into(),
        agenda: "09:00 Registration and coffee\n09:30–12:50 B2B meetings (session 1)\n12:50 Lunch\n13:30–16:10 B2B meetings (session 2)\n16:15 Networking".into(),
        contact_email: "b2b@demo.clusterhub.eu".into(),
        ..EventInput::default()
    };
    let draft = input
        .validate(now)
        .map_err(|e| anyhow::anyhow!("demo matchmaking day: {e}"))?;
    let event = store
        .create_event(cluster.organisation_id, Some(manager.id), &draft)
        .await?;
    publish(event).await?;
    let at = |h: u32, m: u32| day.and_hms_opt(h, m, 0).ok_or_else(|| anyhow::anyhow!("time"));
    let sessions = [
        domain::MeetingSession {
            starts: at(9, 30)?,
            slots: 10,
            minutes: 20,
            tables: 25,
        },
        domain::MeetingSession {
            starts: at(13, 30)?,
            slots: 8,
            minutes: 20,
            tables: 25,
        },
    ];
    store.set_sessions(event, &sessions).await?;
    let slot_starts: Vec<String> = sessions
        .iter()
        .flat_map(|s| (0..s.slots).map(move |i| s.slot_start(i).format("%Y-%m-%dT%H:%M").to_string()))
        .collect();
    let mut registrations = Vec::new();
    let companies: Vec<_> = organisations
        .iter()
        .filter(|o| o.profile.kind != OrganisationType::Cluster)
        .collect();
    for n in 0..60 {
        let org = companies[rng.gen_range(0..companies.len())];
        let name = format!("{} {}", pick(&mut rng, FIRST_NAMES), pick(&mut rng, LAST_NAMES));
        let email = domain::Email::parse(&format!("participant{n}@demo.clusterhub.eu")).map_err(anyhow::Error::msg)?;
        let user = store
            .create_user(&email, &name, None, domain::PlatformRole::User)
            .await?;
        store.set_org_role(user.id, org.id, domain::OrgRole::Member).await?;
        let store::events::Seat::Confirmed(r) = store.register(event, user.id, Some(org.id), draft.capacity).await?
        else {
            continue;
        };
        let tech = org
            .profile
            .technologies
            .first()
            .map(|t| tr.t(t.message_id()))
            .unwrap_or_else(|| "engineering services".into());
        let ecosystem = org
            .profile
            .ecosystems
            .first()
            .map(|e| tr.t(e.message_id()))
            .unwrap_or_else(|| "industry".into());
        store
            .set_profile(
                r.id,
                &format!("{tech} for {ecosystem}: development, pilots and supply."),
                &format!("Partners in {ecosystem} who need {tech}; distributors abroad."),
            )
            .await?;
        if rng.gen_bool(0.2) {
            let from = rng.gen_range(0..slot_starts.len() - 4);
            store.set_unavailable(r.id, &slot_starts[from..from + 4]).await?;
        }
        registrations.push(r.id);
    }
    if let Some(member) = member {
        b2b_day::name_steward(store, event, member.id, manager.id).await?;
        let org = store
            .memberships_of(member.id)
            .await?
            .into_iter()
            .next()
            .map(|m| m.organisation_id);
        if let store::events::Seat::Confirmed(r) = store.register(event, member.id, org, draft.capacity).await? {
            store
                .set_profile(
                    r.id,
                    "Demo member: sensors and embedded software.",
                    "Integrators and test partners.",
                )
                .await?;
            registrations.push(r.id);
        }
    }
    let mut asked = HashSet::new();
    for &a in &registrations {
        for _ in 0..rng.gen_range(0..6) {
            let b = registrations[rng.gen_range(0..registrations.len())];
            if a == b || !asked.insert((a.min(b), a.max(b))) {
                continue;
            }
            let id = store
                .request_meeting(event, a, b, "Would you have 20 minutes for us?")
                .await?;
            let to = match rng.gen_range(0..10) {
                0..=6 => store::events::RequestState::Accepted,
                7 => store::events::RequestState::Declined,
                _ => continue,
            };
            store
                .set_request_state(id, &[store::events::RequestState::Pending], to)
                .await?;
        }
    }
    b2b_day::mark_preferences(store, &mut rng, event, &registrations).await?;
    let people: Vec<b2b_day::Person> = store
        .registrations(event)
        .await?
        .into_iter()
        .filter(|r| registrations.contains(&r.id))
        .map(|r| b2b_day::Person {
            user: r.user_id,
            organisation: r.organisation_id,
            offer: r.offer,
            seek: r.seek,
        })
        .collect();
    b2b_day::seed_past_day(
        store,
        &mut rng,
        (cluster.organisation_id, manager.id),
        &format!(
            "{} B2B Spring Meetings",
            web::views::title_case_if_shouting(&cluster.name)
        ),
        &input,
        &people,
    )
    .await?;
    Ok(created + 2)
}

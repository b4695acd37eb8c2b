//! Demo news: the kinds of item cluster managers publish (a press release of a national
//! appointment, a consortium announcing business missions, a technology network's micro-grants, a
//! talk summary, a delegation), written in the publishing organisation's language where the demo
//! has one, plus a draft and a submitted item of the demo manager's cluster for the manager and
//! the moderator to try. Names are the demo directory's, so no real organisation is quoted.

/// One item: kind, language, title, lead, body and tags, with `{name}` standing for the
/// publisher, `{other}` for another demo organisation it is about and `{event}` for a published
/// demo talk the summary is of.
struct Item {
    kind: &'static str,
    language: &'static str,
    title: &'static str,
    lead: &'static str,
    body: &'static str,
    tags: &'static [&'static str],
}

const ITEMS: &[Item] = &[
    Item {
        kind: "press-release",
        language: "da",
        title: "{name} er udpeget som national klynge for forsvar, rumfart og sikkerhed",
        lead: "Uddannelses- og Forskningsministeriet har udpeget {name} som national klynge. Klyngen samler nu 150 medlemmer.",
        body: "## En national klynge\n\n{name} skal de næste fire år samle virksomheder, forskere og myndigheder inden for forsvar, rumfart og sikkerhed.\n\n- 150 medlemmer, heraf 120 små og mellemstore virksomheder\n- Samarbejde med {other} om test og certificering\n- Nye matchmaking-dage for leverandører\n\nLæs mere på [ministeriets side](https://ufm.dk).",
        tags: &["defence", "space", "national-cluster"],
    },
    Item {
        kind: "article",
        language: "en",
        title: "Five clusters prepare business missions to Canada, Singapore and the UAE",
        lead: "{name} and four partner clusters from France, Denmark and Estonia start a joint programme of business missions for their SMEs.",
        body: "## A joint internationalisation strategy\n\nThe partnership, led by {name} with {other}, will take SMEs on three business missions over the next two years.\n\n1. **Canada**: advanced manufacturing and aerospace\n2. **Singapore**: digital health and smart cities\n3. **United Arab Emirates**: renewable energy and water\n\nEach mission combines B2B meetings, site visits and a pitch session. SMEs of the partner clusters can apply from the spring.",
        tags: &["internationalisation", "business-missions"],
    },
    Item {
        kind: "press-release",
        language: "de",
        title: "Technologiezentren öffnen KMU den Zugang zu Schlüsseltechnologien mit Mikrozuschüssen",
        lead: "Ein Netzwerk von Technologiezentren um {name} bietet kleinen und mittleren Unternehmen Machbarkeitsstudien und Tests mit Zuschüssen bis 10.000 Euro.",
        body: "## Worum es geht\n\nKMU erhalten Zugang zu Pilotlinien und Laboren für **Photonik**, **fortgeschrittene Werkstoffe** und **künstliche Intelligenz**.\n\n- Zuschüsse bis 10.000 Euro je Unternehmen\n- Beratung durch {other}\n- Antrag in zwei Seiten, Entscheidung in vier Wochen\n\nDie erste Runde endet am 31. März.",
        tags: &["micro-grants", "key-enabling-technologies", "sme"],
    },
    Item {
        kind: "talk-summary",
        language: "en",
        title: "EU Clusters Talk: how clusters bring SMEs into the green transition",
        lead: "A summary of the online talk hosted by {name}: three speakers, four key messages and the funding calls they pointed to.",
        body: "This is a summary of {event}.\n\n## Agenda\n\n- Welcome and moderation: the managing director of {name}\n- Decarbonising supply chains: a technology centre's view, {other}\n- Questions from the audience\n\n## Key messages\n\n- SMEs need concrete first steps, not strategies.\n- Clusters are trusted intermediaries for energy audits.\n- Cross-border partnerships shorten the path to pilots.\n- Cascade funding reaches firms that never apply to Horizon Europe.\n\n## Funding mentioned\n\nThe speakers pointed to the Single Market Programme's cluster calls and to open calls for third parties.",
        tags: &["eu-clusters-talk", "green-transition"],
    },
    Item {
        kind: "article",
        language: "fr",
        title: "Deux clusters sélectionnés pour une délégation aux États-Unis",
        lead: "{name} et {other} représenteront leurs membres lors d’une mission d’affaires à Boston consacrée aux biotechnologies.",
        body: "## Une délégation de dix PME\n\nLa mission comprend des rendez-vous B2B, la visite de deux incubateurs et une session de présentation devant des investisseurs.\n\n*Les candidatures des PME sont ouvertes jusqu’à la fin du mois.*",
        tags: &["biotech", "business-missions"],
    },
];

/// Publishes the items from demo clusters and technology centres, and gives the demo manager's
/// cluster a draft and a submitted item. Does nothing when news exists already.
pub async fn seed_news(store: &store::Store) -> anyhow::Result<usize> {
    use domain::{NewsInput, NewsState, OrganisationType};
    let (_, existing) = store
        .published_news(&store::news::NewsFilter {
            limit: 1,
            ..Default::default()
        })
        .await?;
    if existing > 0 {
        return Ok(0);
    }
    let organisations = store.all_organisations().await?;
    let publishers: Vec<_> = organisations
        .iter()
        .filter(|o| {
            matches!(
                o.profile.kind,
                OrganisationType::Cluster | OrganisationType::TechnologyCentre
            )
        })
        .collect();
    if publishers.len() < 2 {
        return Ok(0);
    }
    let manager = store
        .user_by_email(&domain::Email::parse("manager@demo.clusterhub.eu").map_err(anyhow::Error::msg)?)
        .await?
        .map(|(u, _)| u.id);
    let managed = match manager {
        Some(id) => store.memberships_of(id).await?.first().map(|m| m.organisation_id),
        None => None,
    };
    // One gazetteer for all items; the platform's writers checked what the demo items mention.
    let mentions = web::mentions::Directory::default();
    let mut created = 0;
    for (i, item) in ITEMS.iter().enumerate() {
        // Written by an organisation of a country that speaks the item's language, where the
        // demo has one (a Danish press release from a Danish cluster).
        let countries: &[&str] = match item.language {
            "da" => &["DK"],
            "de" => &["DE", "AT"],
            "fr" => &["FR", "BE", "LU"],
            _ => &[],
        };
        let publisher = publishers
            .iter()
            .copied()
            .filter(|o| countries.contains(&o.profile.country.as_str()))
            .nth(i)
            .or_else(|| {
                publishers
                    .iter()
                    .copied()
                    .find(|o| countries.contains(&o.profile.country.as_str()))
            })
            .unwrap_or(publishers[i % publishers.len()]);
        let other = publishers
            .iter()
            .copied()
            .find(|o| o.id != publisher.id && (countries.is_empty() || countries.contains(&o.profile.country.as_str())))
            .unwrap_or(publishers[(i + 1) % publishers.len()]);
        // The talk a summary is of: held online by its publisher ten days ago.
        let (talk_id, talk) = if item.kind == "talk-summary" {
            let (id, title) = past_talk(store, publisher.id, &publisher.profile.name).await?;
            (Some(id), title)
        } else {
            (None, String::new())
        };
        let fill = |s: &str| {
            s.replace("{name}", &publisher.profile.name)
                .replace("{other}", &other.profile.name)
                .replace("{event}", &talk)
        };
        let input = NewsInput {
            kind: item.kind.into(),
            title: fill(item.title),
            lead: fill(item.lead),
            body: fill(item.body),
            language: item.language.into(),
            tags: item.tags.iter().map(|t| (*t).to_owned()).collect(),
            about: vec![other.slug.to_string()],
            event: match (item.kind, talk_id) {
                ("talk-summary", Some(id)) => id.to_string(),
                _ => String::new(),
            },
            ..NewsInput::default()
        };
        let draft = input
            .validate()
            .map_err(|e| anyhow::anyhow!("demo news \"{}\": {e}", item.title))?;
        let id = store.create_news(publisher.id, None, &draft).await?;
        mentions
            .refresh(store, id)
            .await
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        web::mentions::confirm_all(store, id)
            .await
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        store
            .transition(id, &[NewsState::Draft], NewsState::Submitted, None)
            .await?;
        store
            .transition(id, &[NewsState::Submitted], NewsState::Published, None)
            .await?;
        created += 1;
    }
    if let Some(org) = managed.and_then(|id| organisations.iter().find(|o| o.id == id)) {
        for (state, title) in [
            (NewsState::Draft, "Our members at the space industry days"),
            (NewsState::Submitted, "New members join the cluster this autumn"),
        ] {
            let draft = NewsInput {
                kind: "article".into(),
                title: title.into(),
                lead: format!("{} reports on what its members have been doing this season.", org.profile.name),
                body: "## What happened\n\nTwelve members presented their products, and three signed cooperation agreements.\n\n- Two joint proposals started\n- One new supplier agreement"
                    .into(),
                language: "en".into(),
                tags: vec!["members".into()],
                ..NewsInput::default()
            }
            .validate()
            .map_err(|e| anyhow::anyhow!("demo news \"{title}\": {e}"))?;
            let id = store.create_news(org.id, manager, &draft).await?;
            // The draft keeps its suggestions for the manager to decide on.
            mentions
                .refresh(store, id)
                .await
                .map_err(|e| anyhow::anyhow!("{e:?}"))?;
            if state == NewsState::Submitted {
                web::mentions::confirm_all(store, id)
                    .await
                    .map_err(|e| anyhow::anyhow!("{e:?}"))?;
                store
                    .transition(id, &[NewsState::Draft], NewsState::Submitted, None)
                    .await?;
            }
            created += 1;
        }
    }
    Ok(created)
}

/// A published online talk of `host` that took place ten days ago, for the demo summary of it.
async fn past_talk(store: &store::Store, host: i64, name: &str) -> anyhow::Result<(i64, String)> {
    use domain::EventState;
    let starts = chrono::Utc::now() - chrono::Duration::days(10);
    let day = starts.date_naive();
    let title = "EU Clusters Talk: how clusters bring SMEs into the green transition".to_owned();
    let input = domain::EventInput {
        kind: "talk".into(),
        title: title.clone(),
        description: format!("An online talk hosted by {name}: how clusters help small firms take their first steps towards climate neutrality, with a technology centre's view and questions from the audience."),
        language: "en".into(),
        starts: format!("{day}T14:00"),
        ends: format!("{day}T15:30"),
        timezone: "Europe/Brussels".into(),
        attendance: "online".into(),
        online_url: "https://meet.demo.clusterhub.eu/eu-clusters-talk".into(),
        agenda: "14:00 Welcome and moderation\n14:10 Decarbonising supply chains: a technology centre's view\n15:00 Questions from the audience".into(),
        speakers: format!("Anna Berg, managing director, {name}"),
        contact_email: "talks@demo.clusterhub.eu".into(),
        ..domain::EventInput::default()
    };
    // Validated as on the day it was announced, a month before it took place.
    let draft = input
        .validate(starts - chrono::Duration::days(30))
        .map_err(|e| anyhow::anyhow!("demo talk: {e}"))?;
    let id = store.create_event(host, None, &draft).await?;
    store
        .transition(id, &[EventState::Draft], EventState::Submitted, None)
        .await?;
    store
        .transition(id, &[EventState::Submitted], EventState::Published, None)
        .await?;
    Ok((id, title))
}

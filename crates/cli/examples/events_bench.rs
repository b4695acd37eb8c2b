//! Events under load: the calendar, its iCalendar feed, an event page, and a participant's agenda
//! (page and .ics) at a B2B event of 1,000 participants with about 5,000 accepted meetings,
//! scheduled and published through the organiser's pages. Each endpoint is hammered by
//! concurrent clients for a while; the figures are also given as a ratio to a bare axum handler
//! returning a constant page of the agenda page's size, measured in the same run (the machine is
//! shared: compare ratios, not absolute numbers).
//!
//! Usage: `cargo run --release -p clusterhub --example events_bench -- [SECONDS] [CLIENTS]`

#[allow(dead_code)]
#[path = "../../matching/eval/meetings.rs"]
mod meetings;

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use domain::{Email, EventInput, EventState, MeetingSession, OrgRole, Password, PlatformRole};
use store::events::{RequestState, Seat};

const PASSWORD: &str = "correct horse battery staple";
const PARTICIPANTS: usize = 1_000;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let seconds: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(10);
    let clients: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(32);
    let dir = tempfile::tempdir()?;
    let store = store::Store::connect(&format!("sqlite:{}", dir.path().join("bench.db").display())).await?;
    store.migrate().await?;

    let started = Instant::now();
    clusterhub::demo::seed(&store, 2_000, 42).await?;
    clusterhub::demo::seed_accounts(&store).await?;
    clusterhub::demo::seed_events(&store, 42).await?;
    let passwords = Arc::new(web::auth::Passwords::new());
    let hash = passwords
        .hash(&Password::parse(PASSWORD, None).map_err(anyhow::Error::msg)?)
        .await
        .map_err(|_| anyhow::anyhow!("hash"))?;
    let organiser = store
        .create_user(
            &Email::parse("organiser@bench.example.eu").map_err(anyhow::Error::msg)?,
            "Organiser",
            Some(&hash),
            PlatformRole::User,
        )
        .await?;
    store.confirm_email(organiser.id).await?;
    let organisations = store.all_organisations().await?;
    let host = &organisations[0];
    store.set_org_role(organiser.id, host.id, OrgRole::Admin).await?;

    // The event: three sessions of 10 slots, 200 tables each.
    let day = (chrono::Utc::now() + chrono::Duration::days(20)).date_naive();
    let draft = EventInput {
        kind: "matchmaking".into(),
        title: "Bench B2B Day".into(),
        description: "A matchmaking day of a thousand participants for the load benchmark.".into(),
        starts: format!("{day}T08:00"),
        ends: format!("{day}T20:00"),
        timezone: "Europe/Berlin".into(),
        attendance: "on-site".into(),
        venue: "Messe".into(),
        city: "Leipzig".into(),
        country: "DE".into(),
        contact_email: "bench@bench.example.eu".into(),
        ..EventInput::default()
    }
    .validate(chrono::Utc::now())
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    let event = store.create_event(host.id, Some(organiser.id), &draft).await?;
    store
        .transition(event, &[EventState::Draft], EventState::Published, None)
        .await?;
    let at = |h: u32| day.and_hms_opt(h, 0, 0).context("time");
    store
        .set_sessions(
            event,
            &[
                MeetingSession {
                    starts: at(9)?,
                    slots: 10,
                    minutes: 20,
                    tables: 200,
                },
                MeetingSession {
                    starts: at(13)?,
                    slots: 10,
                    minutes: 20,
                    tables: 200,
                },
                MeetingSession {
                    starts: at(17)?,
                    slots: 8,
                    minutes: 20,
                    tables: 200,
                },
            ],
        )
        .await?;
    // Participants and their accepted meetings, shaped like the scheduler benchmark's events.
    let shape = meetings::event(PARTICIPANTS, 1);
    let mut registrations = Vec::with_capacity(PARTICIPANTS);
    for i in 0..PARTICIPANTS {
        let email = Email::parse(&format!("p{i}@bench.example.eu")).map_err(anyhow::Error::msg)?;
        let user = store
            .create_user(&email, &format!("Participant {i}"), Some(&hash), PlatformRole::User)
            .await?;
        store.confirm_email(user.id).await?;
        let org = &organisations[1 + i % (organisations.len() - 1)];
        let Seat::Confirmed(r) = store.register(event, user.id, Some(org.id), None).await? else {
            anyhow::bail!("no capacity limit, yet waitlisted");
        };
        registrations.push(r.id);
    }
    for m in &shape.meetings {
        let id = store
            .request_meeting(event, registrations[m.a as usize], registrations[m.b as usize], "")
            .await?;
        store
            .set_request_state(id, &[RequestState::Pending], RequestState::Accepted)
            .await?;
    }
    // The participant with the most meetings reads their agenda.
    let mut degree = vec![0; PARTICIPANTS];
    for m in &shape.meetings {
        degree[m.a as usize] += 1;
        degree[m.b as usize] += 1;
    }
    let heavy = (0..PARTICIPANTS).max_by_key(|&i| degree[i]).unwrap_or(0);
    println!(
        "data: 2,000 organisations, {} events, a B2B event of {PARTICIPANTS} participants and {} accepted meetings ({:.0} s to prepare)",
        store.public_events(&store::events::EventFilter { limit: 1, ..Default::default() }).await?.1,
        shape.meetings.len(),
        started.elapsed().as_secs_f64()
    );

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let settings = web::Settings {
        public_url: format!("http://{addr}"),
        trusted_proxies: vec![],
        mailer: web::mail::Mailer::folder(dir.path().join("outbox"), "bench <noreply@bench.localhost>")?,
        require_two_factor: false,
        feeds: Default::default(),
    };
    clusterhub::serve::spawn(store.clone(), listener, settings).await?;
    let base = format!("http://{addr}");
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;

    // The organiser schedules and publishes through the pages.
    let org_cookie = login(&client, &base, "organiser@bench.example.eu").await?;
    let csrf = csrf_of(&client, &base, &format!("/events/{event}/manage"), &org_cookie).await?;
    for (label, path) in [
        ("scheduler run", "schedule"),
        ("publishing (mails to every participant)", "schedule/publish"),
    ] {
        let t = Instant::now();
        let r = client
            .post(format!("{base}/events/{event}/{path}"))
            .header("cookie", &org_cookie)
            .form(&[("csrf", csrf.as_str())])
            .send()
            .await?;
        anyhow::ensure!(r.status().as_u16() == 303, "{label}: {}", r.status());
        println!("{label} over HTTP: {:.2} s", t.elapsed().as_secs_f64());
    }
    let placed = store
        .meeting_requests(event)
        .await?
        .iter()
        .filter(|x| x.slot.is_some())
        .count();
    println!("meetings placed: {placed} of {}", shape.meetings.len());

    let cookie = login(&client, &base, &format!("p{heavy}@bench.example.eu")).await?;
    let agenda = client
        .get(format!("{base}/events/{event}/agenda"))
        .header("cookie", &cookie)
        .send()
        .await?
        .text()
        .await?;
    let rows = agenda.matches("<tr><th scope=\"row\">").count();
    println!(
        "agenda of participant {heavy}: {rows} meetings, {} KB",
        agenda.len() / 1024
    );

    // The ceiling: a bare axum handler with a constant page of the agenda page's size.
    let page: &'static str = Box::leak(agenda.clone().into_boxed_str());
    let ceiling = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let ceiling_addr = ceiling.local_addr()?;
    tokio::spawn(async move {
        let app = axum::Router::new().fallback(axum::routing::get(move || async move { axum::response::Html(page) }));
        let _ = axum::serve(ceiling, app).await;
    });

    println!("{clients} clients, {seconds} s per endpoint");
    println!(
        "{:<44} {:>9} {:>8} {:>8} {:>10} {:>7}",
        "endpoint", "req/s", "p50 ms", "p99 ms", "× ceiling", "failed"
    );
    let ceiling_rps = load(&format!("http://{ceiling_addr}/"), None, clients, seconds).await?;
    let mut results = vec![];
    for (label, path, auth) in [
        ("calendar list (/events)", "/events".to_owned(), None),
        ("calendar month view", "/events?view=month".to_owned(), None),
        ("calendar feed (/events.ics)", "/events.ics".to_owned(), None),
        ("event page", format!("/events/{event}"), None),
        (
            "agenda page (heaviest participant)",
            format!("/events/{event}/agenda"),
            Some(cookie.clone()),
        ),
        (
            "agenda .ics",
            format!("/events/{event}/agenda.ics"),
            Some(cookie.clone()),
        ),
    ] {
        let r = load(&format!("{base}{path}"), auth, clients, seconds).await?;
        results.push((label, r));
    }
    for (label, r) in results.iter().chain(std::iter::once(&(
        "ceiling: bare axum constant page",
        ceiling_rps.clone(),
    ))) {
        println!(
            "{:<44} {:>9.0} {:>8.2} {:>8.2} {:>9.1}% {:>7}",
            label,
            r.rps,
            r.p50,
            r.p99,
            100.0 * r.rps / ceiling_rps.rps,
            r.failed
        );
    }
    Ok(())
}

#[derive(Clone)]
struct Figures {
    rps: f64,
    p50: f64,
    p99: f64,
    failed: u64,
}

/// `clients` concurrent loops of GET `url` for `seconds`.
async fn load(url: &str, cookie: Option<String>, clients: usize, seconds: u64) -> anyhow::Result<Figures> {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(clients)
        .build()?;
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let url = Arc::new(url.to_owned());
    let mut tasks = vec![];
    for _ in 0..clients {
        let (client, url, cookie) = (client.clone(), url.clone(), cookie.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = vec![];
            let mut failed = 0u64;
            while Instant::now() < deadline {
                let t = Instant::now();
                let mut req = client.get(url.as_str());
                if let Some(c) = &cookie {
                    req = req.header("cookie", c);
                }
                match req.send().await {
                    Ok(r) if r.status().is_success() => {
                        let _ = r.bytes().await;
                        latencies.push(t.elapsed());
                    }
                    _ => failed += 1,
                }
            }
            (latencies, failed)
        }));
    }
    let started = Instant::now();
    let mut all = vec![];
    let mut failed = 0;
    for t in tasks {
        let (l, f) = t.await?;
        all.extend(l);
        failed += f;
    }
    let elapsed = started.elapsed().as_secs_f64();
    all.sort();
    let pct = |p: f64| {
        all.get(((all.len() as f64 * p) as usize).min(all.len().saturating_sub(1)))
            .map(|d| d.as_secs_f64() * 1e3)
            .unwrap_or(0.0)
    };
    Ok(Figures {
        rps: all.len() as f64 / elapsed,
        p50: pct(0.5),
        p99: pct(0.99),
        failed,
    })
}

/// Logs in through the form and answers the cookies of the session.
async fn login(client: &reqwest::Client, base: &str, email: &str) -> anyhow::Result<String> {
    let form = client.get(format!("{base}/login")).send().await?;
    let cookies = cookies_of(&form);
    let body = form.text().await?;
    let token = body
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap_or("")
        .to_owned();
    let r = client
        .post(format!("{base}/login"))
        .header("cookie", &cookies)
        .form(&[("csrf", token.as_str()), ("email", email), ("password", PASSWORD)])
        .send()
        .await?;
    anyhow::ensure!(r.status().as_u16() == 303, "login of {email}: {}", r.status());
    Ok(cookies_of(&r))
}

fn cookies_of(r: &reqwest::Response) -> String {
    r.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|c| c.split(';').next())
        .collect::<Vec<_>>()
        .join("; ")
}

async fn csrf_of(client: &reqwest::Client, base: &str, path: &str, cookie: &str) -> anyhow::Result<String> {
    let body = client
        .get(format!("{base}{path}"))
        .header("cookie", cookie)
        .send()
        .await?
        .text()
        .await?;
    body.split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .map(str::to_owned)
        .context("no form on the page")
}

//! A simulated B2B matchmaking day of 1,000 participants, against the real server on
//! a fresh SQLite database: the schedule is run and published through the organiser's pages; a
//! fifth of the participants never come (the simulation knows who came and so which meetings
//! happened); arrivals are scanned at the desk at 10 scans/s while participants read their
//! agendas concurrently (the check-in latency under load), the rest arrive through offline
//! batches; some leave early. Participants answer "did it happen?" as a realistic share would
//! (most of them, truthfully, a few in contradiction), the organiser settles what is disputed or
//! unanswered from the floor's word; then the counts on the organiser's page are compared with
//! the truth, and the re-fill is run once the absences are known and checked: no meeting that
//! began or was placed moves, freed slots are filled only with people who are here.
//!
//! Usage: `cargo run --release -p clusterhub --example b2b_day_bench -- [SCAN_SECONDS] [READERS]`

#[allow(dead_code)]
#[path = "../../matching/eval/meetings.rs"]
mod meetings;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use chrono::Timelike;
use domain::{Email, EventInput, EventState, MeetingSession, OrgRole, Password, PlatformRole};
use rand::{Rng, SeedableRng};
use store::b2b_attendance::{Outcome, Side};
use store::events::{RequestState, Seat};

const PASSWORD: &str = "correct horse battery staple";
const PARTICIPANTS: usize = 1_000;
const NO_SHOW: f64 = 0.20;
/// Of those who came, the share who leave before the re-fill.
const LEAVE_EARLY: f64 = 0.03;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let scan_seconds: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(30);
    let readers: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(16);
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(22);
    let dir = tempfile::tempdir()?;
    let store = store::Store::connect(&format!("sqlite:{}", dir.path().join("bench.db").display())).await?;
    store.migrate().await?;
    let started = Instant::now();
    clusterhub::demo::seed(&store, 200, 42).await?;
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

    // Today: one session of 30 twenty-minute slots with 150 tables, begun 2 h ago (slots 0–5
    // have begun; the rest of the day is 24 slots).
    // Kept in UTC, so that the wall clock of the slots is the server's clock.
    let now_local = chrono::Utc::now().naive_utc();
    let start = (now_local - chrono::Duration::minutes(110))
        .with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .context("a minute")?;
    let draft = EventInput {
        kind: "matchmaking".into(),
        title: "Bench B2B Day".into(),
        description: "A matchmaking day of a thousand participants for the attendance benchmark.".into(),
        starts: (start - chrono::Duration::minutes(30))
            .format("%Y-%m-%dT%H:%M")
            .to_string(),
        ends: (start + chrono::Duration::hours(11))
            .format("%Y-%m-%dT%H:%M")
            .to_string(),
        timezone: "UTC".into(),
        attendance: "on-site".into(),
        venue: "Messe".into(),
        city: "Leipzig".into(),
        country: "DE".into(),
        contact_email: "bench@bench.example.eu".into(),
        b2b: true,
        ..EventInput::default()
    }
    // Validated as of yesterday: the event has begun.
    .validate(chrono::Utc::now() - chrono::Duration::days(1))
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    let tz = draft.tz();
    let event = store.create_event(host.id, Some(organiser.id), &draft).await?;
    store
        .transition(event, &[EventState::Draft], EventState::Published, None)
        .await?;
    store
        .set_sessions(
            event,
            &[MeetingSession {
                starts: start,
                slots: 30,
                minutes: 20,
                tables: 150,
            }],
        )
        .await?;
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
    let index: HashMap<i64, usize> = registrations.iter().enumerate().map(|(i, r)| (*r, i)).collect();
    for m in &shape.meetings {
        let id = store
            .request_meeting(event, registrations[m.a as usize], registrations[m.b as usize], "")
            .await?;
        store
            .set_request_state(id, &[RequestState::Pending], RequestState::Accepted)
            .await?;
    }

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let settings = || -> anyhow::Result<web::Settings> {
        Ok(web::Settings {
            public_url: format!("http://{addr}"),
            trusted_proxies: vec![],
            mailer: web::mail::Mailer::folder(dir.path().join("outbox"), "bench <noreply@bench.localhost>")?,
            require_two_factor: false,
            feeds: Default::default(),
        })
    };
    clusterhub::serve::spawn(store.clone(), listener, settings()?).await?;
    // A state of its own only to read the participants' codes, as their agendas show them.
    let codes_state =
        web::AppState::without_cache(store.clone(), Arc::new(search::SearchIndex::in_memory()?), settings()?);
    let base = format!("http://{addr}");
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let org_cookie = login(&client, &base, "organiser@bench.example.eu").await?;
    let csrf = csrf_of(&client, &base, &format!("/events/{event}/manage"), &org_cookie).await?;
    for path in ["schedule", "schedule/publish"] {
        let r = client
            .post(format!("{base}/events/{event}/{path}"))
            .header("cookie", &org_cookie)
            .form(&[("csrf", csrf.as_str())])
            .send()
            .await?;
        anyhow::ensure!(r.status().as_u16() == 303, "{path}: {}", r.status());
    }
    let requests = store.meeting_requests(event).await?;
    let placed = requests.iter().filter(|x| x.slot.is_some()).count();
    println!(
        "data: {PARTICIPANTS} participants, {} accepted meetings, {placed} placed and published in 30 slots × 150 tables ({:.0} s to prepare)",
        shape.meetings.len(),
        started.elapsed().as_secs_f64()
    );

    // The truth: who comes, who leaves early.
    let came: Vec<bool> = (0..PARTICIPANTS).map(|_| !rng.gen_bool(NO_SHOW)).collect();
    let leaves: Vec<bool> = came.iter().map(|&c| c && rng.gen_bool(LEAVE_EARLY)).collect();
    let mut order: Vec<usize> = (0..PARTICIPANTS).filter(|&i| came[i]).collect();
    rand::seq::SliceRandom::shuffle(order.as_mut_slice(), &mut rng);
    let mut codes = Vec::with_capacity(PARTICIPANTS);
    for &r in &registrations {
        codes.push(
            web::routes::events::b2b::checkin_credentials(&codes_state, event, r)
                .await
                .map_err(|e| anyhow::anyhow!("{e:?}"))?
                .1,
        );
    }

    // Agenda readers, each a participant signed in, reading their agenda in a loop.
    let mut reader_cookies = vec![];
    for i in 0..readers {
        reader_cookies.push(login(&client, &base, &format!("p{i}@bench.example.eu")).await?);
    }
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut reading = vec![];
    for cookie in reader_cookies {
        let (client, url, stop) = (client.clone(), format!("{base}/events/{event}/agenda"), stop.clone());
        reading.push(tokio::spawn(async move {
            let (mut n, mut failed) = (0u64, 0u64);
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                match client.get(&url).header("cookie", &cookie).send().await {
                    Ok(r) if r.status().is_success() => {
                        let _ = r.bytes().await;
                        n += 1;
                    }
                    _ => failed += 1,
                }
            }
            (n, failed)
        }));
    }

    // Arrivals at the desk, 10 scans a second, each on its own task so a slow answer does not
    // delay the next scan.
    let desk_csrf = csrf_of(&client, &base, &format!("/events/{event}/checkin"), &org_cookie).await?;
    let scanned = (scan_seconds as usize * 10).min(order.len());
    let mut ticker = tokio::time::interval(Duration::from_millis(100));
    let mut scans = vec![];
    let load_started = Instant::now();
    for &p in &order[..scanned] {
        ticker.tick().await;
        let (client, url, cookie, csrf, code) = (
            client.clone(),
            format!("{base}/events/{event}/checkin"),
            org_cookie.clone(),
            desk_csrf.clone(),
            codes[p].clone(),
        );
        scans.push(tokio::spawn(async move {
            let t = Instant::now();
            let r = client
                .post(&url)
                .header("cookie", &cookie)
                .form(&[("csrf", csrf.as_str()), ("code", code.as_str()), ("kind", "in")])
                .send()
                .await;
            let ok = match r {
                Ok(r) => r.status().is_success() && r.text().await.is_ok_and(|b| b.contains("Checked in")),
                Err(_) => false,
            };
            (t.elapsed(), ok)
        }));
    }
    let mut latencies = vec![];
    let mut scan_failures = 0;
    for s in scans {
        let (d, ok) = s.await?;
        latencies.push(d);
        if !ok {
            scan_failures += 1;
        }
    }
    let load_time = load_started.elapsed().as_secs_f64();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let (mut reads, mut read_failures) = (0, 0);
    for r in reading {
        let (n, f) = r.await?;
        reads += n;
        read_failures += f;
    }
    latencies.sort();
    let pct = |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)].as_secs_f64() * 1e3;
    println!(
        "check-in at 10 scans/s for {load_time:.0} s with {readers} agenda readers ({:.0} agenda reads/s): {} scans, p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms, {scan_failures} failed, {read_failures} reads failed",
        reads as f64 / load_time,
        latencies.len(),
        pct(0.5),
        pct(0.99),
        latencies.last().map(|d| d.as_secs_f64() * 1e3).unwrap_or(0.0),
    );

    // The others arrive through offline batches of 100 (each sent twice: the second counts nothing).
    let at = chrono::Utc::now().timestamp_millis();
    let mut replayed = 0;
    for (b, chunk) in order[scanned..].chunks(100).enumerate() {
        let batch: Vec<serde_json::Value> = chunk
            .iter()
            .enumerate()
            .map(|(i, &p)| serde_json::json!({"key": format!("bench-{b}-{i}-in"), "value": codes[p], "kind": "in", "at": at - 60_000}))
            .collect();
        let body = serde_json::to_string(&batch)?;
        for round in 0..2 {
            let r = client
                .post(format!("{base}/events/{event}/checkin/sync"))
                .header("cookie", &org_cookie)
                .form(&[("csrf", desk_csrf.as_str()), ("scans", body.as_str())])
                .send()
                .await?;
            anyhow::ensure!(r.status().is_success(), "sync: {}", r.status());
            let v: serde_json::Value = r.json().await?;
            if round == 1 {
                replayed += v["results"]
                    .as_array()
                    .map(|a| a.iter().filter(|x| x["outcome"] == "replayed").count())
                    .unwrap_or(0);
            }
        }
    }
    // Those who leave early check out.
    let out: Vec<usize> = (0..PARTICIPANTS).filter(|&i| leaves[i]).collect();
    for &p in &out {
        let r = client
            .post(format!("{base}/events/{event}/checkin"))
            .header("cookie", &org_cookie)
            .form(&[
                ("csrf", desk_csrf.as_str()),
                ("code", codes[p].as_str()),
                ("kind", "out"),
            ])
            .send()
            .await?;
        anyhow::ensure!(r.status().is_success(), "check-out: {}", r.status());
    }
    let presence = store.presence(event).await?;
    let present = presence.iter().filter(|(_, p)| p.present()).count();
    println!(
        "presence: {} came (truth {}), {} checked out, {present} here; offline batches replayed: {replayed} of {} counted once",
        presence.len(),
        came.iter().filter(|&&c| c).count(),
        out.len(),
        order.len() - scanned
    );

    // "Did it happen?" for the meetings that have begun: the truth, the answers, the organiser.
    let now = chrono::Utc::now();
    let e = store.event(event).await?.context("event")?;
    let begun: Vec<&store::events::MeetingRequest> = requests
        .iter()
        .filter(|x| {
            x.slot.is_some_and(|s| {
                let (_, st) = e.slot(s as usize).expect("slot");
                domain::event::local_to_utc(tz, st) <= now
            })
        })
        .collect();
    let (mut true_held, mut true_no_show) = (0, 0);
    let (mut answered, mut conflicts_made, mut settled_by_organiser) = (0, 0, 0);
    for x in &begun {
        let (a, b) = (index[&x.requester_id], index[&x.invitee_id]);
        let truth = match (came[a], came[b]) {
            (true, true) => Outcome::Held,
            (false, true) => Outcome::RequesterAbsent,
            (true, false) => Outcome::InviteeAbsent,
            (false, false) => Outcome::BothAbsent,
        };
        if truth == Outcome::Held {
            true_held += 1;
        } else {
            true_no_show += 1;
        }
        let mut said = 0;
        if truth == Outcome::Held && rng.gen_bool(0.01) {
            // A dispute: one says they met, the other that nobody came.
            store.report_meeting(x.id, Side::Requester, Outcome::Held, None).await?;
            store
                .report_meeting(x.id, Side::Invitee, Outcome::RequesterAbsent, None)
                .await?;
            conflicts_made += 1;
            said = 2;
        } else {
            for (side, here) in [(Side::Requester, came[a]), (Side::Invitee, came[b])] {
                // Those who met confirm 60% of the time; one stood up reports it 70% of the time.
                let share = if truth == Outcome::Held { 0.6 } else { 0.7 };
                if here && rng.gen_bool(share) {
                    store.report_meeting(x.id, side, truth, None).await?;
                    said += 1;
                }
            }
        }
        if said > 0 {
            answered += 1;
        }
    }
    // The organiser's page lists the meetings that need their word; the floor's stewards know.
    let reports = store.meeting_reports(event).await?;
    let mut by_meeting: HashMap<i64, Vec<&store::b2b_attendance::Report>> = HashMap::new();
    for r in &reports {
        by_meeting.entry(r.request_id).or_default().push(r);
    }
    for x in &begun {
        let answers = by_meeting.get(&x.id).map(Vec::as_slice).unwrap_or(&[]);
        let agree = answers.windows(2).all(|w| w[0].outcome == w[1].outcome);
        if answers.is_empty() || !agree {
            let (a, b) = (index[&x.requester_id], index[&x.invitee_id]);
            let truth = match (came[a], came[b]) {
                (true, true) => Outcome::Held,
                (false, true) => Outcome::RequesterAbsent,
                (true, false) => Outcome::InviteeAbsent,
                (false, false) => Outcome::BothAbsent,
            };
            store.report_meeting(x.id, Side::Organiser, truth, None).await?;
            settled_by_organiser += 1;
        }
    }
    let page = client
        .get(format!("{base}/events/{event}/attendance"))
        .header("cookie", &org_cookie)
        .send()
        .await?
        .text()
        .await?;
    let total = |label: &str| -> Option<usize> {
        let i = page.find(&format!("</strong> {label}</li>"))?;
        page[..i].rsplit("<strong>").next()?.parse().ok()
    };
    let (held, no_show) = (
        total("meetings held").context("held")?,
        total("no-shows").context("no-shows")?,
    );
    println!(
        "did it happen: {} meetings begun; {answered} answered by participants ({conflicts_made} disputed), {settled_by_organiser} settled by the organiser; held {held} (truth {true_held}) {}, no-shows {no_show} (truth {true_no_show}) {}",
        begun.len(),
        if held == true_held { "EQUAL" } else { "DIFFERENT" },
        if no_show == true_no_show { "EQUAL" } else { "DIFFERENT" },
    );

    // The re-fill once the absences are known.
    let before = store.meeting_requests(event).await?;
    let refill_csrf = csrf_of(&client, &base, &format!("/events/{event}/attendance"), &org_cookie).await?;
    let t = Instant::now();
    let r = client
        .post(format!("{base}/events/{event}/refill"))
        .header("cookie", &org_cookie)
        .form(&[("csrf", refill_csrf.as_str())])
        .send()
        .await?;
    let refill_time = t.elapsed().as_secs_f64();
    anyhow::ensure!(r.status().as_u16() == 303, "refill: {}", r.status());
    let after = store.meeting_requests(event).await?;
    let here: HashSet<i64> = store
        .presence(event)
        .await?
        .into_iter()
        .filter(|(_, p)| p.present())
        .map(|(r, _)| r)
        .collect();
    let (mut moved, mut released, mut filled, mut bad_fill) = (0, 0, 0, 0);
    let first_open = (0..e.slot_count())
        .find(|&s| {
            e.slot(s)
                .is_some_and(|(_, st)| domain::event::local_to_utc(tz, st) > now)
        })
        .unwrap_or(e.slot_count());
    for (b, a) in before.iter().zip(&after) {
        anyhow::ensure!(a.id == b.id, "requests in the same order");
        match (b.slot, a.slot) {
            (Some(_), Some(_)) if (b.slot, b.table) != (a.slot, a.table) => moved += 1,
            (Some(s), None) => {
                released += 1;
                if (s as usize) < first_open {
                    moved += 1;
                }
            }
            (None, Some(s)) => {
                filled += 1;
                if (s as usize) < first_open || !here.contains(&a.requester_id) || !here.contains(&a.invitee_id) {
                    bad_fill += 1;
                }
            }
            _ => {}
        }
    }
    println!(
        "re-fill: {refill_time:.3} s over HTTP (scheduler, store and mails); {released} meetings to come given up (someone absent), {filled} placed in freed slots ({bad_fill} with someone not here or in a past slot), {moved} begun or placed meetings moved"
    );
    Ok(())
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

//! Mail to people, each written in the language its recipient reads: the one their account
//! chose (English for an account that never chose), whoever's action sends it, and for an address
//! without an account the language of the page that sends it.
//!
//! Every mail is one function in this folder's file of its feature (`account`, `organisations`,
//! `events`, `opportunities`, `programmes`, `funding`, `projects`, `moderation`): given what the
//! mail says, it gives how to write it in any language ([`Write`]): its subject and body message
//! ids and their arguments, formatted for the reader. The functions here find each recipient's
//! language and send.

pub mod account;
pub mod b2b_attendance;
pub mod b2b_followup;
pub mod events;
pub mod following;
pub mod funding;
pub mod moderation;
pub mod opportunities;
pub mod organisations;
pub mod programmes;
pub mod projects;
pub mod services;

use std::collections::HashMap;

use crate::i18n::{Locale, Tr};
pub use crate::mail::Attachment;
use crate::{AppState, WebError};

/// How to write one mail in a reader's language.
pub type Write<'a> = Box<dyn Fn(&Tr) -> Mail + Send + Sync + 'a>;

/// A mail's subject and plain-text body, and the files that go along after the text (none for
/// most mails).
pub struct Mail {
    pub subject: String,
    pub body: String,
    pub attachments: Vec<Attachment>,
}

impl Mail {
    pub fn new(subject: impl Into<String>, body: impl Into<String>) -> Self {
        Mail {
            subject: subject.into(),
            body: body.into(),
            attachments: Vec::new(),
        }
    }

    /// The mail with `file` after its text; the text should say what the file is.
    pub fn attach(mut self, file: Attachment) -> Self {
        self.attachments.push(file);
        self
    }
}

/// The language mail to `email` is written in. `fallback` is used for an address that has no
/// account (an invitation to a newcomer); a lookup that fails falls back too, so the mail still
/// goes out. An account that never chose a language reads English, unless `unset` says
/// otherwise (the page language of the person who asked for the mail themself).
async fn language(state: &AppState, email: &str, fallback: Locale, unset: Locale) -> Locale {
    match state.store.language_of(email).await {
        Ok(Some(chosen)) => chosen.as_deref().and_then(Locale::from_code).unwrap_or(unset),
        Ok(None) => fallback,
        Err(e) => {
            tracing::warn!(error = %e, "the recipient's language could not be read");
            fallback
        }
    }
}

/// Informs `to`: what was done stands whether or not the mail leaves, so a failure is logged.
pub async fn tell(state: &AppState, to: &str, fallback: Locale, write: impl Fn(&Tr) -> Mail) {
    let tr = Tr::new(language(state, to, fallback, Locale::En).await);
    let mail = write(&tr);
    state
        .settings
        .mailer
        .notify_with(to, &mail.subject, mail.body, &mail.attachments)
        .await;
}

/// Informs each of `to`, each in their language; a mail is written once per language.
pub async fn tell_each(
    state: &AppState,
    to: impl IntoIterator<Item = String>,
    fallback: Locale,
    write: impl Fn(&Tr) -> Mail,
) {
    let mut written: HashMap<Locale, Mail> = HashMap::new();
    for address in to {
        let locale = language(state, &address, fallback, Locale::En).await;
        let mail = written.entry(locale).or_insert_with(|| write(&Tr::new(locale)));
        state
            .settings
            .mailer
            .notify_with(&address, &mail.subject, mail.body.clone(), &mail.attachments)
            .await;
    }
}

/// Sends a mail the person must receive for what they asked to work (a confirmation or reset
/// link): a failure becomes the page that says mail could not be sent. `asked_in` is the
/// language of the page they asked on: it writes the mail when their account never chose one,
/// and for an address without an account.
pub async fn send_or_fail(
    state: &AppState,
    to: &str,
    asked_in: Locale,
    write: impl Fn(&Tr) -> Mail,
) -> Result<(), WebError> {
    let tr = Tr::new(language(state, to, asked_in, asked_in).await);
    let mail = write(&tr);
    state
        .settings
        .mailer
        .send_or_fail_with(to, &mail.subject, mail.body, &mail.attachments)
        .await
}

/// Informs every moderator (confirmed moderators and platform admins), each in their language.
pub async fn tell_moderators(state: &AppState, write: impl Fn(&Tr) -> Mail) -> Result<(), WebError> {
    tell_each(state, state.store.moderator_emails().await?, Locale::En, write).await;
    Ok(())
}

/// Who of an organisation hears of something that concerns it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Its admins (who organise its events and programmes).
    Admins,
    /// Everyone of it (who keep its marketplace entries and answer interest in them).
    Members,
}

/// Informs the people of an organisation, each in their language.
pub async fn tell_organisation(
    state: &AppState,
    organisation_id: i64,
    audience: Audience,
    write: impl Fn(&Tr) -> Mail,
) -> Result<(), WebError> {
    let to = state
        .store
        .org_members(organisation_id)
        .await?
        .into_iter()
        .filter(|m| audience == Audience::Members || m.role == domain::OrgRole::Admin.as_str())
        .map(|m| m.email);
    tell_each(state, to, Locale::En, write).await;
    Ok(())
}

#[cfg(test)]
mod tests {
    //! Every mail the platform writes, in English and German, as a reader gets it, compared with
    //! the snapshot in `crates/web/snapshots/mails.txt`. A change of wording, a lost argument or
    //! a mail missing in one language shows as a difference; after a deliberate change, run the
    //! test with `UPDATE_SNAPSHOTS=1` and review the new file like code.

    use std::collections::BTreeSet;

    use crate::i18n::{message_ids, message_source, Arg, Locale, Tr};

    /// A sample for each argument a mail names, the same every run.
    fn sample(name: &str) -> Arg {
        const NUMBERS: &[&str] = &[
            "count",
            "days",
            "position",
            "places",
            "selected",
            "undecided",
            "total",
            "remaining",
            "waiting",
            "minutes",
            "max",
            "min",
            "km",
            "number",
            "weight",
            "smes",
            "research",
            "coordinated",
        ];
        if NUMBERS.contains(&name) {
            return 3i64.into();
        }
        let text = match name {
            "title" => "Space & Defence B2B Day",
            "link" => "https://hub.example.eu/events/42",
            "portal" => "https://ec.europa.eu/info/funding-tenders/opportunities/portal",
            "name" => "Anna Berg",
            "organisation" => "Nordic Space Cluster",
            "centre" => "Fraunhofer IWS",
            "project" => "SPACEWAVE",
            "email" => "anna@sme.dk",
            "reason" => "Please add the agenda.",
            "message" => "We would like to meet about satellite antennas.",
            "when" => "4 Mar 2027, 09:00–17:00 (Europe/Copenhagen)",
            "deadline" | "date" => "31 Mar 2027",
            "amount" => "€60,000.00",
            "role" => "Member",
            "identifier" => "HORIZON-CL4-2027-SPACE-01-11",
            "changed" => "Starts, Venue",
            "where" => " · DGI Byen, Copenhagen",
            "what" => "Nordic Space Cluster, Photonics",
            "from" => "30 Nov 2026",
            "to" => "7 Dec 2026",
            "following" => "https://hub.example.eu/account/following",
            "unsubscribe" => "https://hub.example.eu/digest/unsubscribe?token=…",
            "service" => "Metal additive manufacturing pilot line",
            "need" => "Twenty titanium brackets for a satellite antenna, qualified for launch loads.",
            "changes" => "New: 4 Mar 2027, 10:20, Table 3, with Anna Berg (Nordic SME).",
            "meetings" => {
                "4 Mar 2027, 10:20 with Anna Berg (Nordic SME)\nWe met: https://hub.example.eu/b2b/answer?m=7"
            }
            "held" | "absent" => "https://hub.example.eu/b2b/answer?m=7",
            "place" => "Table 3",
            "agenda" => "https://hub.example.eu/events/42/agenda",
            "code" => "PR4PX9",
            "desk" => "https://hub.example.eu/events/42/checkin",
            "attendance" => "https://hub.example.eu/events/42/attendance",
            other => return format!("‹{other}›").into(),
        };
        text.into()
    }

    /// The arguments a message names, from its English source.
    fn arguments(id: &str) -> BTreeSet<String> {
        let src = message_source(Locale::En, id).unwrap_or_default();
        let mut names = BTreeSet::new();
        let mut rest = src.as_str();
        while let Some(i) = rest.find('$') {
            rest = &rest[i + 1..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            if !name.is_empty() {
                names.insert(name);
            }
        }
        names
    }

    fn render(tr: &Tr, id: &str) -> String {
        let names = arguments(id);
        tr.tn(id, names.iter().map(|n| (n.as_str(), sample(n))).collect())
    }

    fn snapshot() -> String {
        let ids: BTreeSet<String> = message_ids(Locale::En)
            .into_iter()
            .filter(|i| i.starts_with("mail-"))
            .collect();
        let mails: Vec<&str> = ids.iter().filter_map(|i| i.strip_suffix("-subject")).collect();
        let mut out = String::new();
        for mail in &mails {
            // The mail's parts: every message under its name that is not another mail's.
            let parts: Vec<&String> = ids
                .iter()
                .filter(|i| i.starts_with(&format!("{mail}-")) && !i.ends_with("-subject"))
                .filter(|i| {
                    !mails
                        .iter()
                        .any(|m| m.len() > mail.len() && i.starts_with(&format!("{m}-")))
                })
                .collect();
            for locale in [Locale::En, Locale::De] {
                let tr = Tr::new(locale);
                out.push_str(&format!(
                    "== {mail} ({})\nSubject: {}\n",
                    locale.code(),
                    render(&tr, &format!("{mail}-subject"))
                ));
                for part in &parts {
                    out.push_str(&format!("-- {}\n{}\n", &part[mail.len() + 1..], render(&tr, part)));
                }
                out.push('\n');
            }
        }
        out
    }

    #[test]
    fn every_mail_reads_as_its_snapshot_in_english_and_german() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("snapshots/mails.txt");
        let now = snapshot();
        assert!(now.matches("== ").count() >= 80, "every mail is in the snapshot");
        assert!(
            !now.contains("‹"),
            "a mail names an argument without a sample: {}",
            &now[now.find('‹').unwrap_or(0)..][..80]
        );
        if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
            std::fs::create_dir_all(path.parent().expect("folder")).expect("snapshot folder");
            std::fs::write(&path, &now).expect("write the snapshot");
            return;
        }
        let stored = std::fs::read_to_string(&path).unwrap_or_default();
        if stored != now {
            let line = stored.lines().zip(now.lines()).position(|(a, b)| a != b).unwrap_or(0);
            panic!(
                "mails differ from {} from line {} on:\n  stored: {:?}\n  now:    {:?}\nrun with UPDATE_SNAPSHOTS=1 after a deliberate change",
                path.display(),
                line + 1,
                stored.lines().nth(line),
                now.lines().nth(line)
            );
        }
    }

    /// A published hybrid B2B event a month from now, for the event mails.
    fn event() -> store::events::Event {
        let now = chrono::Utc::now();
        let day = (now + chrono::Duration::days(30)).format("%Y-%m-%d").to_string();
        let draft = domain::EventInput {
            kind: "matchmaking".into(),
            title: "Space & Defence B2B Day".into(),
            description: "Meet primes and SMEs.".into(),
            starts: format!("{day}T09:00"),
            ends: format!("{day}T17:00"),
            timezone: "Europe/Copenhagen".into(),
            attendance: "hybrid".into(),
            venue: "DGI Byen".into(),
            city: "Copenhagen".into(),
            country: "DK".into(),
            online_url: "https://meet.example.dk/b2b".into(),
            contact_email: "events@cluster.dk".into(),
            ..domain::EventInput::default()
        }
        .validate(now)
        .expect("a valid event");
        store::events::Event {
            id: 42,
            organisation_id: 1,
            organisation_slug: domain::Slug::parse("nordic-space").expect("slug"),
            organisation_name: "Nordic Space Cluster".into(),
            state: domain::EventState::Published,
            starts_at: draft.starts_utc(),
            ends_at: draft.ends_utc(),
            draft,
            sessions: vec![],
            schedule_published_at: Some(now),
            return_reason: None,
            created_at: now,
            updated_at: now,
            published_at: Some(now),
            revision: None,
            revision_by: None,
        }
    }

    /// A stand-in for a PNG picture: mail functions carry its bytes without reading them.
    const QR_PNG: [u8; 8] = [0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1a, b'\n'];

    /// Every mail function, written in English and German with sample arguments: each names
    /// messages that exist in both and fills every argument they ask for (a missing one would
    /// read `{$name}`, a missing message its id).
    #[test]
    fn every_mail_function_fills_its_messages_in_both_languages() {
        use super::*;
        let e = event();
        let (when, zone) = (chrono::Utc::now(), chrono_tz::Europe::Copenhagen);
        let day = when.date_naive();
        let items = vec![(
            "Laser micro-machining partner".to_owned(),
            "https://hub.example.eu/opportunities/7".to_owned(),
        )];
        let link = "https://hub.example.eu/x";
        let role = domain::OrgRole::Member;
        let outcome_questions = vec![b2b_followup::OutcomeQuestion {
            with: "Anna Berg (Nordic SME)".into(),
            links: vec![(domain::b2b_followup::OutcomeStage::InNegotiation, link.to_owned())],
        }];
        let refill_changes = vec![b2b_attendance::Change {
            starts: Some(when),
            slot: 0,
            table: 2,
            with: "Anna Berg (Nordic SME)".into(),
        }];
        let attendance_questions = vec![b2b_attendance::Question {
            starts: Some(when),
            with: "Anna Berg (Nordic SME)".into(),
            held_link: link.to_owned(),
            absent_link: link.to_owned(),
        }];
        let mails: Vec<(&str, Write<'_>)> = vec![
            ("confirm", account::confirm("Anna", link)),
            ("reset", account::reset("Anna", link)),
            ("change_email", account::change_email("Anna", link)),
            ("exists", account::exists(link)),
            ("password_changed", account::password_changed(link)),
            ("email_change_notice", account::email_change_notice("anna@sme.dk", link)),
            ("email_changed", account::email_changed("anna@sme.dk")),
            ("claim_approved", organisations::claim_approved(link)),
            ("claim_rejected", organisations::claim_rejected("Not yours.")),
            ("claim_waiting", organisations::claim_waiting("Nordic SME", link)),
            ("invited", organisations::invited(false, "Nordic SME", role, link)),
            ("invited_member", organisations::invited(true, "Nordic SME", role, link)),
            ("event_submitted", moderation::submitted("event", "B2B Day", link)),
            (
                "opportunity_submitted",
                moderation::submitted("opportunity", "Partner", link),
            ),
            (
                "event_revision_review",
                moderation::event_revision_review("B2B Day", link),
            ),
            ("event_published", moderation::published("event", "B2B Day", link)),
            (
                "opportunity_published",
                moderation::published("opportunity", "Partner", link),
            ),
            (
                "event_returned",
                moderation::returned("event", "B2B Day", "Add the agenda.", link),
            ),
            (
                "opportunity_returned",
                moderation::returned("opportunity", "Partner", "Too vague.", link),
            ),
            (
                "news_submitted",
                moderation::submitted("news", "CenSec appointed", link),
            ),
            (
                "news_published",
                moderation::published("news", "CenSec appointed", link),
            ),
            (
                "news_returned",
                moderation::returned("news", "CenSec appointed", "Name the ministry.", link),
            ),
            (
                "mission_evaluator",
                moderation::evaluator_added("mission", "Mission to Canada", link),
            ),
            (
                "programme_evaluator",
                moderation::evaluator_added("programme", "KET vouchers", link),
            ),
            ("event_cancelled", events::cancelled("B2B Day", link)),
            ("event_revised", events::revised("B2B Day", &["starts", "venue"], link)),
            ("event_revision_approved", events::revision_approved("B2B Day", link)),
            (
                "event_revision_returned",
                events::revision_returned("B2B Day", "Why?", link),
            ),
            ("event_changed", events::changed("B2B Day", when, when, zone, link)),
            ("event_promoted", events::promoted(42, "B2B Day", link, None)),
            (
                "event_promoted_b2b_qr",
                events::promoted(
                    42,
                    "B2B Day",
                    link,
                    Some(events::CheckIn {
                        code: "PR4PX9",
                        agenda: link,
                        qr_png: Some(&QR_PNG),
                    }),
                ),
            ),
            ("event_registered", events::registered(&e, zone, link, None)),
            (
                "event_registered_b2b",
                events::registered(
                    &e,
                    zone,
                    link,
                    Some(events::CheckIn {
                        code: "PR4PX9",
                        agenda: link,
                        qr_png: None,
                    }),
                ),
            ),
            (
                "event_registered_b2b_qr",
                events::registered(
                    &e,
                    zone,
                    link,
                    Some(events::CheckIn {
                        code: "PR4PX9",
                        agenda: link,
                        qr_png: Some(&QR_PNG),
                    }),
                ),
            ),
            ("event_waitlisted", events::waitlisted("B2B Day", 3, link)),
            ("event_reminder", events::reminder(&e, zone, link, Some(link), None)),
            (
                "event_reminder_b2b_qr",
                events::reminder(
                    &e,
                    zone,
                    link,
                    Some(link),
                    Some(events::CheckIn {
                        code: "PR4PX9",
                        agenda: link,
                        qr_png: Some(&QR_PNG),
                    }),
                ),
            ),
            (
                "b2b_request",
                events::b2b_request("B2B Day", "Anna Berg", "Let us meet.", link),
            ),
            ("b2b_accepted", events::b2b_accepted("B2B Day", "Anna Berg", link)),
            ("b2b_agenda", events::b2b_agenda("B2B Day", 4, link)),
            (
                "b2b_refill",
                b2b_attendance::agenda_changed(&e, zone, &refill_changes, &refill_changes, link),
            ),
            ("b2b_ask", b2b_attendance::ask(&e, zone, &attendance_questions)),
            (
                "b2b_steward",
                b2b_attendance::steward_named("B2B Day", "Anna Berg", link, link),
            ),
            (
                "b2b_expired",
                b2b_followup::request_expired("B2B Day", "Anna Berg", 7, link),
            ),
            ("b2b_nudge_waiting", b2b_followup::nudge("B2B Day", 2, link)),
            ("b2b_nudge_none", b2b_followup::nudge("B2B Day", 0, link)),
            (
                "b2b_outcome",
                b2b_followup::outcome_questions("B2B Day", 90, &outcome_questions, link, day),
            ),
            (
                "mission_applied",
                events::mission_applied("Mission to Canada", "Nordic SME", day, link),
            ),
            (
                "mission_selected",
                events::mission_decided(true, "Mission to Canada", "Nordic SME", link),
            ),
            (
                "mission_rejected",
                events::mission_decided(false, "Mission to Canada", "Nordic SME", link),
            ),
            (
                "interest",
                opportunities::interest("Partner", "Laser Centre", "Hello.", link),
            ),
            (
                "message",
                opportunities::message("Partner", "Anna Berg", "Hello.", link),
            ),
            ("digest", opportunities::digest("Laser", &items, link)),
            (
                "programme_confirm",
                programmes::confirm("KET vouchers", "Nordic SME", "Fraunhofer IWS", "SPACEWAVE", link),
            ),
            (
                "programme_applied",
                programmes::applied("KET vouchers", "Nordic SME", "Fraunhofer IWS", link),
            ),
            (
                "programme_confirmed",
                programmes::confirmed("KET vouchers", "Fraunhofer IWS", "SPACEWAVE", link),
            ),
            (
                "programme_awarded",
                programmes::awarded("KET vouchers", "SPACEWAVE", domain::Cents(6_000_000), link),
            ),
            ("programme_rejected", programmes::rejected("KET vouchers", "SPACEWAVE")),
            (
                "call_reminder",
                funding::call_reminder(funding::CallReminder {
                    title: "Space data",
                    identifier: "HORIZON-CL4-2027-SPACE-01-11",
                    at: when,
                    zone: "Europe/Brussels",
                    reader: Some(zone),
                    days: 7,
                    link,
                    portal: link,
                }),
            ),
            (
                "partner_invited",
                projects::partner_invited("Nordic SME", "SPACEWAVE", link),
            ),
            (
                "service_submitted",
                moderation::submitted("service", "Pilot line", link),
            ),
            (
                "service_published",
                moderation::published("service", "Pilot line", link),
            ),
            (
                "service_returned",
                moderation::returned("service", "Pilot line", "Name the alloys.", link),
            ),
            (
                "service_requested",
                services::requested("Pilot line", "Nordic SME", "Twenty brackets.", link),
            ),
        ];
        let steps = [
            services::Step::Quoted,
            services::Step::Declined,
            services::Step::Accepted,
            services::Step::Withdrawn,
            services::Step::DeliveryMarked,
            services::Step::Delivered,
            services::Step::Rated,
            services::Step::Replied,
            services::Step::Reminder,
            services::Step::Lapsed,
        ];
        let mails: Vec<(&str, Write<'_>)> = mails
            .into_iter()
            .chain(
                steps
                    .into_iter()
                    .map(|s| ("service_step", services::step(s, "Pilot line", "Nordic SME", link))),
            )
            .collect();
        for (name, write) in &mails {
            let mut texts = Vec::new();
            for locale in [Locale::En, Locale::De] {
                let mail = write(&Tr::new(locale));
                // Only the mails that tell a B2B participant how to check in, given the QR
                // code, carry a file, and say so in the same words.
                if name.ends_with("_b2b_qr") {
                    assert_eq!(
                        mail.attachments,
                        vec![Attachment {
                            name: "check-in-42.png".into(),
                            content_type: "image/png".into(),
                            bytes: QR_PNG.to_vec(),
                        }]
                    );
                    let image =
                        Tr::new(locale).t2("mail-event-registered-checkin-image", "code", "PR4PX9", "agenda", link);
                    assert!(
                        mail.body.ends_with(&image),
                        "{name} ({locale:?}) says what the image is"
                    );
                } else {
                    assert!(mail.attachments.is_empty(), "{name} ({locale:?}) carries a file");
                }
                for text in [&mail.subject, &mail.body] {
                    assert!(!text.trim().is_empty(), "{name} ({locale:?}) has an empty part");
                    assert!(
                        !text.contains("{$") && !text.contains("{ $"),
                        "{name} ({locale:?}) misses an argument: {text}"
                    );
                    assert!(
                        !text.starts_with("mail-"),
                        "{name} ({locale:?}) names a missing message: {text}"
                    );
                }
                texts.push(mail.subject);
            }
            assert_ne!(texts[0], texts[1], "{name} reads the same in English and German");
        }
    }
}

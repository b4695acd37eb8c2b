//! Mail to people, each written in the language its recipient reads: the one their account
//! chose (English for an account that never chose), whoever's action sends it, and for an address
//! without an account the language of the page that sends it. Callers hand over how to write the
//! mail in a given language; this module finds the language and sends it.

use std::collections::HashMap;

use crate::i18n::{Locale, Tr};
use crate::{AppState, WebError};

/// A mail's subject and plain-text body.
pub struct Mail {
    pub subject: String,
    pub body: String,
}

impl Mail {
    pub fn new(subject: impl Into<String>, body: impl Into<String>) -> Self {
        Mail {
            subject: subject.into(),
            body: body.into(),
        }
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
    state.settings.mailer.notify(to, &mail.subject, mail.body).await;
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
            .notify(&address, &mail.subject, mail.body.clone())
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
    state.settings.mailer.send_or_fail(to, &mail.subject, mail.body).await
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
}

//! Throttling of logins, password-reset requests and registrations, per account and per client
//! address. It counts the audit log's own entries, so every node of a cluster sees the same count
//! without a separate store, and what is throttled is exactly what an admin can read back. An
//! attempt is counted and recorded in one step before it runs (see `Store::audit_within`), so a
//! burst of concurrent requests cannot all pass the count before the first is written.

use chrono::{Duration, Utc};
use store::audit::{Action, AuditEvent, AuditLimit};

use crate::{AppState, WebError};

/// A limit: at most `max` events of `action` within `window`.
pub struct Limit {
    pub action: Action,
    pub max: i64,
    pub window: Duration,
}

pub const LOGIN_PER_ACCOUNT: Limit = Limit {
    action: Action::LoginFailed,
    max: 5,
    window: Duration::minutes(15),
};
pub const LOGIN_PER_IP: Limit = Limit {
    action: Action::LoginFailed,
    max: 30,
    window: Duration::minutes(15),
};
pub const RESET_PER_ACCOUNT: Limit = Limit {
    action: Action::PasswordResetRequested,
    max: 3,
    window: Duration::hours(1),
};
pub const RESET_PER_IP: Limit = Limit {
    action: Action::PasswordResetRequested,
    max: 10,
    window: Duration::hours(1),
};
pub const REGISTER_PER_ADDRESS: Limit = Limit {
    action: Action::RegistrationRequested,
    max: 3,
    window: Duration::hours(1),
};
pub const REGISTER_PER_IP: Limit = Limit {
    action: Action::RegistrationRequested,
    max: 10,
    window: Duration::hours(1),
};

/// After an account has used up its limit, a login from an address that has not failed on it
/// waits this long and is then checked as usual: someone else's guesses never lock the owner out,
/// and every new address buys a guesser one slow try.
pub const LOCKED_ACCOUNT_DELAY: std::time::Duration = std::time::Duration::from_secs(2);

/// Whether an attempt may run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gate {
    /// It may; `entry` is its audit entry, to settle with the outcome. `delayed`: it is the one
    /// try of a new address on a locked account, to run after [`LOCKED_ACCOUNT_DELAY`].
    Go { entry: i64, delayed: bool },
    /// Over a limit: try again in this many minutes.
    Refused { minutes: i64 },
}

/// Counts and records one attempt at `per_account.action` for `account` from `ip`. With
/// `new_address_may_try`, an address that has not failed on a locked account still gets one try.
/// A refusal is recorded as `throttled` once per window, not once per request.
pub async fn attempt(
    state: &AppState,
    per_account: &Limit,
    account: &str,
    per_ip: &Limit,
    ip: &str,
    new_address_may_try: bool,
    throttled: Action,
) -> Result<Gate, WebError> {
    let now = Utc::now();
    let event = AuditEvent {
        actor_id: None,
        actor: "-",
        action: per_account.action,
        subject: account,
        detail: "",
        ip: Some(ip),
    };
    let by_ip = AuditLimit {
        action: per_ip.action,
        subject: None,
        ip: Some(ip),
        max: per_ip.max,
        since: now - per_ip.window,
    };
    let by_account = AuditLimit {
        action: per_account.action,
        subject: Some(account),
        ip: None,
        max: per_account.max,
        since: now - per_account.window,
    };
    let refused = match state
        .store
        .audit_within(event.clone(), &[by_ip.clone(), by_account])
        .await?
    {
        Ok(entry) => return Ok(Gate::Go { entry, delayed: false }),
        Err(0) => per_ip,
        Err(_) if new_address_may_try => {
            let this_pair = AuditLimit {
                action: per_account.action,
                subject: Some(account),
                ip: Some(ip),
                max: 1,
                since: now - per_account.window,
            };
            match state.store.audit_within(event.clone(), &[by_ip, this_pair]).await? {
                Ok(entry) => return Ok(Gate::Go { entry, delayed: true }),
                Err(_) => per_account,
            }
        }
        Err(_) => per_account,
    };
    let once = AuditLimit {
        action: throttled,
        subject: Some(account),
        ip: None,
        max: 1,
        since: now - refused.window,
    };
    let note = AuditEvent {
        action: throttled,
        ..event
    };
    // Already noted in this window: nothing more to write.
    let _ = state.store.audit_within(note, &[once]).await?;
    Ok(Gate::Refused {
        minutes: refused.window.num_minutes(),
    })
}

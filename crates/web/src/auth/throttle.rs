//! Throttling of logins and password-reset requests, per account and per client address. It
//! counts the audit log's own entries, so every node of a cluster sees the same count without a
//! separate store, and what is throttled is exactly what an admin can read back.

use chrono::{Duration, Utc};

use crate::{AppState, WebError};

/// A limit: at most `max` events of `action` within `window`.
pub struct Limit {
    pub action: &'static str,
    pub max: i64,
    pub window: Duration,
}

pub const LOGIN_PER_ACCOUNT: Limit = Limit {
    action: "login_failed",
    max: 5,
    window: Duration::minutes(15),
};
pub const LOGIN_PER_IP: Limit = Limit {
    action: "login_failed",
    max: 30,
    window: Duration::minutes(15),
};
pub const RESET_PER_ACCOUNT: Limit = Limit {
    action: "password_reset_requested",
    max: 3,
    window: Duration::hours(1),
};
pub const RESET_PER_IP: Limit = Limit {
    action: "password_reset_requested",
    max: 10,
    window: Duration::hours(1),
};

/// `Err(TooManyAttempts)` when either the account or the address has used up its limit.
pub async fn check(
    state: &AppState,
    per_account: &Limit,
    account: &str,
    per_ip: &Limit,
    ip: &str,
) -> Result<(), WebError> {
    let now = Utc::now();
    let by_account = state
        .store
        .recent_audit_count(per_account.action, account, false, now - per_account.window)
        .await?;
    let by_ip = state
        .store
        .recent_audit_count(per_ip.action, ip, true, now - per_ip.window)
        .await?;
    if by_account >= per_account.max {
        return Err(WebError::TooManyAttempts(per_account.window.num_minutes()));
    }
    if by_ip >= per_ip.max {
        return Err(WebError::TooManyAttempts(per_ip.window.num_minutes()));
    }
    Ok(())
}

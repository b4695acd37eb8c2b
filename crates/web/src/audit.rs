//! Who acts, and the audit entry each security-relevant step leaves. An [`Actor`] is the person
//! a request acts for (or nobody yet, on the sign-in forms) and the address it came from, read
//! off the request's context.
//!
//! A step that changes something is recorded with the change, in the same transaction: the
//! change is made through [`Actor::audited`] (or [`Actor::creating`]), whose store writes the
//! entry with its first write. Steps that change nothing else use [`Actor::audit`].

use store::accounts::User;
pub use store::audit::Action;
use store::audit::AuditEvent;
use store::Store;

use crate::auth::Viewer;
use crate::ctx::Ctx;
use crate::{AppState, WebError};

/// The person a request acts for and where it came from.
#[derive(Debug, Clone)]
pub struct Actor {
    store: Store,
    id: Option<i64>,
    /// The address of the account, or `-` before anyone is signed in.
    name: String,
    ip: String,
}

impl Actor {
    /// `user`, acting through the request `ctx` describes.
    pub fn of(state: &AppState, ctx: &Ctx, user: &User) -> Result<Self, WebError> {
        Ok(Self::from_viewer(state, ctx.viewer()?, Some(user)))
    }

    /// Whoever sent the request: the signed-in person, or nobody yet.
    pub fn anyone(state: &AppState, ctx: &Ctx) -> Result<Self, WebError> {
        let viewer = ctx.viewer()?;
        Ok(Self::from_viewer(state, viewer, viewer.user()))
    }

    fn from_viewer(state: &AppState, viewer: &Viewer, user: Option<&User>) -> Self {
        Self {
            store: state.store.clone(),
            id: user.map(|u| u.id),
            name: user.map_or_else(|| "-".to_owned(), |u| u.email.clone()),
            ip: viewer.ip.clone(),
        }
    }

    fn entry<'a>(&'a self, action: Action, subject: &'a str, detail: &'a str) -> AuditEvent<'a> {
        AuditEvent {
            actor_id: self.id,
            actor: &self.name,
            action,
            subject,
            detail,
            ip: Some(&self.ip),
        }
    }

    /// Records a step that changes nothing else: a sign-in, an export, an attempt counted
    /// against a limit.
    pub async fn audit(&self, action: Action, subject: &str, detail: &str) -> Result<(), WebError> {
        self.store.audit(self.entry(action, subject, detail)).await?;
        Ok(())
    }

    /// The store to make a change through: its first write also writes this entry, in the same
    /// transaction, and a change that fails leaves no entry.
    pub fn audited(&self, action: Action, subject: &str, detail: &str) -> Store {
        self.store.audited(self.entry(action, subject, detail))
    }

    /// As [`Actor::audited`] for a change that creates something: the entry's subject is the
    /// new row's id.
    pub fn creating(&self, action: Action, detail: &str) -> Store {
        self.store.audited_creation(self.entry(action, "", detail))
    }
}

//! The follow button: a form for a signed-in reader (follow, or stop following), a link to sign
//! in for a visitor. Profiles and filtered news lists show it (`templates/shared/follow.html`).

use store::follows::Follow;

use crate::ctx::Ctx;
use crate::{AppState, WebError};

/// A follow button: a form for a signed-in reader, a link to sign in for a visitor.
pub struct FollowButton {
    pub kind: &'static str,
    pub target: String,
    /// What is followed, in the reader's words ("CenSec", "Photonics", "Denmark").
    pub name: String,
    /// None for a visitor.
    pub following: Option<bool>,
    /// The page to come back to.
    pub back: String,
}

impl FollowButton {
    /// The button for `follow` as `ctx`'s reader sees it on page `back`.
    pub async fn of(state: &AppState, ctx: &Ctx, follow: Follow, name: String, back: String) -> Result<Self, WebError> {
        let following = match ctx.user() {
            Some(u) => Some(state.store.is_following(u.id, follow.kind, &follow.target).await?),
            None => None,
        };
        Ok(FollowButton {
            kind: follow.kind.as_str(),
            target: follow.target,
            name,
            following,
            back,
        })
    }

    /// Where a visitor signs in to follow, coming back to the page.
    pub fn sign_in(&self) -> String {
        crate::views::url("/login", &[("return", self.back.clone())])
    }
}

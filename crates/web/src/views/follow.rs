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
    /// What the reader just did with this button, said once they are back.
    pub notice: Option<String>,
}

impl FollowButton {
    /// The button for `follow` as `ctx`'s reader sees it on page `back`, whose query (`raw`)
    /// says what the reader just did with it (`done=followed&what=kind:target`).
    pub async fn of(
        state: &AppState,
        ctx: &Ctx,
        follow: Follow,
        name: String,
        back: String,
        raw: Option<&str>,
    ) -> Result<Self, WebError> {
        let following = match ctx.user() {
            Some(u) => Some(state.store.is_following(u.id, follow.kind, &follow.target).await?),
            None => None,
        };
        let pairs = crate::forms::query_pairs(raw);
        let said = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
        let this = format!("{}:{}", follow.kind.as_str(), follow.target);
        let notice = match (said("done"), said("what") == Some(this.as_str()), following) {
            (Some("followed"), true, Some(true)) => Some(ctx.tr.t1("following-followed-named", "name", name.as_str())),
            (Some("unfollowed"), true, Some(false)) => {
                Some(ctx.tr.t1("following-unfollowed-named", "name", name.as_str()))
            }
            _ => None,
        };
        Ok(FollowButton {
            kind: follow.kind.as_str(),
            target: follow.target,
            name,
            following,
            back,
            notice,
        })
    }

    /// Where a visitor signs in to follow, coming back to the page.
    pub fn sign_in(&self) -> String {
        crate::views::url("/login", &[("return", self.back.clone())])
    }
}

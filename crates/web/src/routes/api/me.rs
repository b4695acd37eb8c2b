//! `GET /api/v1/me`: who a token belongs to, what it may do, and the organisations its owner
//! holds roles in (so a client knows which profiles it may write).

use axum::extract::State;
use axum::Json;
use serde::Serialize;
use store::accounts::{Membership, User};

use crate::auth::extract::ApiCaller;
use crate::{AppState, WebError};

#[derive(Serialize)]
pub struct Me {
    #[serde(flatten)]
    user: User,
    scope: String,
    organisations: Vec<Membership>,
}

pub async fn get(State(st): State<AppState>, caller: ApiCaller) -> Result<Json<Me>, WebError> {
    Ok(Json(Me {
        organisations: st.store.memberships_of(caller.user.id).await?,
        scope: caller.scope.to_string(),
        user: caller.user,
    }))
}

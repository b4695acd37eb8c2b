//! Accounts and what hangs off them: users, server-side sessions, one-time e-mail tokens,
//! organisation roles and invitations, claims on profiles, personal API tokens and the audit log.
//! Secrets arrive here already hashed (see the web layer's `auth`); nothing stored opens an account.

use chrono::{DateTime, Utc};
use domain::{Email, OrgRole, OrganisationDraft, PlatformRole, TokenScope};

use crate::audit::AuditEntry;
use crate::organisations::SaveMode;
use crate::Conflict;
use crate::{corrupt, is_unique_violation};
use crate::{Sql, Store, StoreError, Tx};

/// A person with an account.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: PlatformRole,
    pub email_confirmed: bool,
    pub created_at: DateTime<Utc>,
    /// The IANA time zone agendas are shown in; the event's own when unset.
    pub timezone: Option<String>,
    /// The language they read in (a code the interface offers); `None` until chosen.
    pub language: Option<String>,
    /// Whether signing in asks for a code from an authenticator app as well.
    pub two_factor: bool,
}

row! {
    struct UserRow {
        id: i64,
        email: String,
        display_name: String,
        password_hash: Option<String>,
        role: String,
        email_confirmed_at: Option<DateTime<Utc>>,
        created_at: DateTime<Utc>,
        timezone: Option<String>,
        language: Option<String>,
        two_factor: bool,
    }
}

const USER_COLUMNS: &str = "u.id, u.email, u.display_name, u.password_hash, u.role, u.email_confirmed_at, \
     u.created_at, u.timezone, u.language, (u.totp_secret IS NOT NULL) AS two_factor";

impl UserRow {
    fn into_user(self) -> Result<(User, Option<String>), StoreError> {
        Ok((
            User {
                id: self.id,
                email: self.email,
                display_name: self.display_name,
                role: self.role.parse().map_err(|e| corrupt("users.role", e))?,
                email_confirmed: self.email_confirmed_at.is_some(),
                created_at: self.created_at,
                timezone: self.timezone,
                language: self.language,
                two_factor: self.two_factor,
            },
            self.password_hash,
        ))
    }
}

/// A signed-in browser.
#[derive(Debug, Clone)]
pub struct Session {
    pub user: User,
    pub csrf_token: String,
    pub expires_at: DateTime<Utc>,
}

/// What a one-time e-mail token is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    ConfirmEmail,
    ResetPassword,
    ChangeEmail,
}

impl TokenPurpose {
    fn as_str(self) -> &'static str {
        match self {
            TokenPurpose::ConfirmEmail => "confirm",
            TokenPurpose::ResetPassword => "reset",
            TokenPurpose::ChangeEmail => "change_email",
        }
    }
}

row! {
    /// An organisation a user holds a role in.
    #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
    pub struct Membership {
        pub organisation_id: i64,
        pub slug: String,
        pub name: String,
        pub role: String,
    }
}

row! {
    /// A person holding a role in an organisation.
    #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
    pub struct OrgMember {
        pub user_id: i64,
        pub display_name: String,
        pub email: String,
        pub role: String,
    }
}

row! {
    /// An invitation to an organisation, waiting for the invited person to accept it.
    #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
    pub struct Invitation {
        pub id: i64,
        pub email: String,
        pub role: String,
    }
}

/// How long an invitation can be accepted.
pub const INVITATION_DAYS: i64 = 30;

row! {
    /// An invitation as the invited person sees it.
    #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
    pub struct PendingInvitation {
        pub id: i64,
        pub organisation_slug: String,
        pub organisation_name: String,
        pub role: String,
        pub invited_by: Option<String>,
        pub created_at: DateTime<Utc>,
    }
}

/// Where a claim stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimStatus {
    Pending,
    Approved,
    Rejected,
}

impl ClaimStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimStatus::Pending => "pending",
            ClaimStatus::Approved => "approved",
            ClaimStatus::Rejected => "rejected",
        }
    }

    fn parse(s: &str) -> Result<Self, StoreError> {
        match s {
            "pending" => Ok(Self::Pending),
            "approved" => Ok(Self::Approved),
            "rejected" => Ok(Self::Rejected),
            other => Err(corrupt("claims.status", other)),
        }
    }
}

/// A request to administer an existing profile, or to publish a new one.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Claim {
    pub id: i64,
    pub user_id: i64,
    pub user_email: String,
    pub user_name: String,
    /// The profile claimed; `None` when the claim proposes `draft` as a new organisation.
    pub organisation: Option<(String, String)>,
    pub draft: Option<OrganisationDraft>,
    pub message: String,
    pub status: ClaimStatus,
    pub reason: Option<String>,
    pub created_at: DateTime<Utc>,
}

row! {
    struct ClaimRow {
        id: i64,
        user_id: i64,
        user_email: String,
        user_name: String,
        slug: Option<String>,
        org_name: Option<String>,
        draft: Option<String>,
        message: String,
        status: String,
        reason: Option<String>,
        created_at: DateTime<Utc>,
    }
}

impl ClaimRow {
    fn into_claim(self) -> Result<Claim, StoreError> {
        Ok(Claim {
            id: self.id,
            user_id: self.user_id,
            user_email: self.user_email,
            user_name: self.user_name,
            organisation: self.slug.zip(self.org_name),
            draft: self
                .draft
                .map(|d| serde_json::from_str(&d).map_err(|e| corrupt("claims.draft", e)))
                .transpose()?,
            message: self.message,
            status: ClaimStatus::parse(&self.status)?,
            reason: self.reason,
            created_at: self.created_at,
        })
    }
}

const CLAIM_SELECT: &str = "SELECT c.id, c.user_id, u.email AS user_email, u.display_name AS user_name, \
     o.slug, o.name AS org_name, c.draft, c.message, c.status, c.reason, c.created_at \
     FROM claims c JOIN users u ON u.id = c.user_id LEFT JOIN organisations o ON o.id = c.organisation_id";

row! {
    /// A personal API token as listed to its owner (never the secret itself).
    #[derive(Debug, Clone, PartialEq, serde::Serialize)]
    pub struct ApiToken {
        pub id: i64,
        pub name: String,
        pub prefix: String,
        pub scope: String,
        pub created_at: DateTime<Utc>,
        pub last_used_at: Option<DateTime<Utc>>,
        pub revoked_at: Option<DateTime<Utc>>,
    }
}

/// Everything stored about one person, for a GDPR access request (articles 15 and 20).
#[derive(Debug, Clone, serde::Serialize)]
pub struct PersonalData {
    pub account: User,
    pub organisations: Vec<Membership>,
    pub claims: Vec<Claim>,
    pub api_tokens: Vec<ApiToken>,
    pub sessions: Vec<SessionInfo>,
    pub audit_log: Vec<AuditEntry>,
    /// What they follow, their weekly digest, and their saved searches.
    pub follows: Vec<crate::follows::Follow>,
    pub digest: Option<crate::follows::Digest>,
    pub saved_searches: Vec<crate::opportunities::SavedSearch>,
}

row! {
    /// A session as shown to its owner.
    #[derive(Debug, Clone, PartialEq, serde::Serialize)]
    pub struct SessionInfo {
        pub ip: Option<String>,
        pub user_agent: Option<String>,
        pub created_at: DateTime<Utc>,
        pub expires_at: DateTime<Utc>,
    }
}

impl Store {
    // ---- users ----

    /// Creates an unconfirmed account; `Conflict` when the address is taken.
    pub async fn create_user(
        &self,
        email: &Email,
        display_name: &str,
        password_hash: Option<&str>,
        role: PlatformRole,
    ) -> Result<User, StoreError> {
        self.create_user_reading(email, display_name, password_hash, role, None)
            .await
    }

    /// Like [`Store::create_user`], with the language the person reads in, stored in the same
    /// statement (a registration).
    pub async fn create_user_reading(
        &self,
        email: &Email,
        display_name: &str,
        password_hash: Option<&str>,
        role: PlatformRole,
        language: Option<&str>,
    ) -> Result<User, StoreError> {
        let now = Utc::now();
        let r = self
            .pool()
            .fetch_one::<(i64,)>(&Sql::with(
                "INSERT INTO users (email, display_name, password_hash, role, created_at, updated_at, language) \
                 VALUES ($1, $2, $3, $4, $5, $5, $6) RETURNING id",
                vec![
                    email.as_str().into(),
                    display_name.into(),
                    password_hash.into(),
                    role.as_str().into(),
                    now.into(),
                    language.map(str::to_owned).into(),
                ],
            ))
            .await;
        match r {
            Ok((id,)) => Ok(User {
                id,
                email: email.as_str().to_owned(),
                display_name: display_name.to_owned(),
                role,
                email_confirmed: false,
                created_at: now,
                timezone: None,
                language: language.map(str::to_owned),
                two_factor: false,
            }),
            Err(e) if is_unique_violation(&e) => Err(StoreError::Conflict(Conflict::Email)),
            Err(e) => Err(e),
        }
    }

    /// The account with this address and its password hash.
    pub async fn user_by_email(&self, email: &Email) -> Result<Option<(User, Option<String>)>, StoreError> {
        self.pool()
            .fetch_optional::<UserRow>(&Sql::with(
                &format!("SELECT {USER_COLUMNS} FROM users u WHERE u.email = $1"),
                vec![email.as_str().into()],
            ))
            .await?
            .map(UserRow::into_user)
            .transpose()
    }

    pub async fn user_by_id(&self, id: i64) -> Result<Option<(User, Option<String>)>, StoreError> {
        self.pool()
            .fetch_optional::<UserRow>(&Sql::with(
                &format!("SELECT {USER_COLUMNS} FROM users u WHERE u.id = $1"),
                vec![id.into()],
            ))
            .await?
            .map(UserRow::into_user)
            .transpose()
    }

    /// Accounts matching `q` (in address or name), newest first, with their total.
    pub async fn list_users(&self, q: &str, limit: u32, offset: u32) -> Result<(Vec<User>, i64), StoreError> {
        let pattern = format!("%{}%", crate::db::like_escape(&q.to_lowercase()));
        let filter = "WHERE LOWER(u.email) LIKE $1 ESCAPE '\\' OR LOWER(u.display_name) LIKE $1 ESCAPE '\\'";
        let rows = self
            .pool()
            .fetch_all::<UserRow>(&Sql::with(
                &format!("SELECT {USER_COLUMNS} FROM users u {filter} ORDER BY u.id DESC LIMIT $2 OFFSET $3"),
                vec![
                    pattern.clone().into(),
                    i64::from(limit).into(),
                    i64::from(offset).into(),
                ],
            ))
            .await?;
        let (total,): (i64,) = self
            .pool()
            .fetch_one(&Sql::with(
                &format!("SELECT COUNT(*) FROM users u {filter}"),
                vec![pattern.into()],
            ))
            .await?;
        let users = rows
            .into_iter()
            .map(|r| r.into_user().map(|(u, _)| u))
            .collect::<Result<_, _>>()?;
        Ok((users, total))
    }

    /// The addresses of confirmed moderators and platform admins (to tell them of new claims).
    pub async fn moderator_emails(&self) -> Result<Vec<String>, StoreError> {
        Ok(self
            .pool()
            .fetch_all::<(String,)>(&Sql::new(
                "SELECT email FROM users WHERE role IN ('moderator', 'admin') AND email_confirmed_at IS NOT NULL ORDER BY id",
            ))
            .await?
            .into_iter()
            .map(|(e,)| e)
            .collect())
    }

    pub async fn user_count(&self) -> Result<i64, StoreError> {
        let (n,): (i64,) = self.pool().fetch_one(&Sql::new("SELECT COUNT(*) FROM users")).await?;
        Ok(n)
    }

    /// Marks the address confirmed. Invitations waiting for it are not taken up here: the
    /// person accepts each one while signed in.
    pub async fn confirm_email(&self, user_id: i64) -> Result<(), StoreError> {
        self.pool()
            .execute(&Sql::with(
                "UPDATE users SET email_confirmed_at = COALESCE(email_confirmed_at, $1), updated_at = $1 WHERE id = $2",
                vec![Utc::now().into(), user_id.into()],
            ))
            .await?;
        Ok(())
    }

    /// Sets a new password (reset or change). Every link mailed before it stops working, and with
    /// `revoke_api_tokens` every API token of the person too; gives how many tokens were revoked.
    pub async fn set_password_hash(
        &self,
        user_id: i64,
        hash: &str,
        revoke_api_tokens: bool,
    ) -> Result<u64, StoreError> {
        let now = Utc::now();
        let mut tx = self.begin().await?;
        tx.execute(&Sql::with(
            "UPDATE users SET password_hash = $1, security_stamp = security_stamp + 1, updated_at = $2 WHERE id = $3",
            vec![hash.into(), now.into(), user_id.into()],
        ))
        .await?;
        let revoked = if revoke_api_tokens {
            tx.execute(&Sql::with(
                "UPDATE api_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL",
                vec![now.into(), user_id.into()],
            ))
            .await?
        } else {
            0
        };
        tx.commit().await?;
        Ok(revoked)
    }

    /// Changes the address (already confirmed through a link sent to it); `Conflict` when taken.
    /// Links mailed before it, to either address, stop working.
    pub async fn set_email(&self, user_id: i64, email: &Email) -> Result<(), StoreError> {
        let mut tx = self.begin().await?;
        let r = tx
            .execute(&Sql::with(
                "UPDATE users SET email = $1, email_confirmed_at = $2, security_stamp = security_stamp + 1, \
                 updated_at = $2 WHERE id = $3",
                vec![email.as_str().into(), Utc::now().into(), user_id.into()],
            ))
            .await;
        match r {
            Err(e) if is_unique_violation(&e) => return Err(StoreError::Conflict(Conflict::Email)),
            r => r?,
        };
        tx.commit().await
    }

    pub async fn set_display_name(&self, user_id: i64, name: &str) -> Result<(), StoreError> {
        self.pool()
            .execute(&Sql::with(
                "UPDATE users SET display_name = $1, updated_at = $2 WHERE id = $3",
                vec![name.into(), Utc::now().into(), user_id.into()],
            ))
            .await?;
        Ok(())
    }

    /// The time zone agendas are shown in (an IANA name, checked by the caller); `None` for
    /// each event's own.
    pub async fn set_timezone(&self, user_id: i64, timezone: Option<&str>) -> Result<(), StoreError> {
        self.pool()
            .execute(&Sql::with(
                "UPDATE users SET timezone = $1, updated_at = $2 WHERE id = $3",
                vec![timezone.into(), Utc::now().into(), user_id.into()],
            ))
            .await?;
        Ok(())
    }

    /// The language the person reads pages and mail in (a code checked by the caller).
    pub async fn set_language(&self, user_id: i64, language: &str) -> Result<(), StoreError> {
        self.pool()
            .execute(&Sql::with(
                "UPDATE users SET language = $1, updated_at = $2 WHERE id = $3",
                vec![language.into(), Utc::now().into(), user_id.into()],
            ))
            .await?;
        Ok(())
    }

    /// Gives an account that never chose a language this one; one that chose keeps its choice.
    pub async fn set_language_if_unset(&self, user_id: i64, language: &str) -> Result<(), StoreError> {
        self.pool()
            .execute(&Sql::with(
                "UPDATE users SET language = $1 WHERE id = $2 AND language IS NULL",
                vec![language.into(), user_id.into()],
            ))
            .await?;
        Ok(())
    }

    /// Whether an account has this address (the outer `Some`) and the language it chose, if
    /// any: mail to an address is written in it.
    pub async fn language_of(&self, email: &str) -> Result<Option<Option<String>>, StoreError> {
        Ok(self
            .pool()
            .fetch_optional::<(Option<String>,)>(&Sql::with(
                "SELECT language FROM users WHERE email = $1",
                vec![email.into()],
            ))
            .await?
            .map(|(l,)| l))
    }

    /// Gives an account a platform role; refused with [`StoreError::LastPlatformAdmin`] when it
    /// would leave no admin (checked and changed in one serialised step).
    pub async fn set_platform_role(&self, user_id: i64, role: PlatformRole) -> Result<(), StoreError> {
        let mut tx = self.begin().await?;
        if role != PlatformRole::Admin {
            keep_a_platform_admin(&mut tx, user_id).await?;
        }
        let n = tx
            .execute(&Sql::with(
                "UPDATE users SET role = $1, updated_at = $2 WHERE id = $3",
                vec![role.as_str().into(), Utc::now().into(), user_id.into()],
            ))
            .await?;
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        tx.commit().await
    }

    /// Erases an account (GDPR article 17): the person's row, sessions, tokens, roles and claims
    /// go. What stays as evidence or as others' records (audit entries, messages in
    /// conversations, opportunities, scores) keeps no address, name or IP address of the person:
    /// the address is replaced in every text column of every table by a placeholder address, the
    /// name in every row the person wrote, and the audit log names them `anonymised`.
    pub async fn erase_user(&self, user_id: i64, anonymised: &str) -> Result<(), StoreError> {
        let columns = self.text_columns().await?;
        let mut tx = self.begin().await?;
        keep_a_platform_admin(&mut tx, user_id).await?;
        let Some((email, name)) = tx
            .fetch_optional::<(String, String)>(&Sql::with(
                "SELECT email, display_name FROM users WHERE id = $1",
                vec![user_id.into()],
            ))
            .await?
        else {
            return Err(StoreError::NotFound);
        };
        // A valid address, so that stored drafts (an opportunity's contact) still read back.
        let placeholder = format!("erased-account-{user_id}@clusterhub.invalid");
        let json = |s: &str| serde_json::to_string(s).map_err(|e| corrupt("users.display_name", e));
        let (name_json, anonymised_json) = (json(&name)?, json(anonymised)?);
        // The rows the person wrote, which stay: their name goes from them.
        tx.execute(&Sql::with(
            "UPDATE audit_log SET actor = $1, ip = NULL, detail = REPLACE(detail, $2, $1) WHERE actor_id = $3 OR actor = $4",
            vec![anonymised.into(), name.as_str().into(), user_id.into(), email.as_str().into()],
        ))
        .await?;
        tx.execute(&Sql::with(
            "UPDATE audit_log SET subject = $1, ip = NULL WHERE subject = $2",
            vec![anonymised.into(), email.as_str().into()],
        ))
        .await?;
        tx.execute(&Sql::with(
            "UPDATE interest_messages SET author_name = $1, body = REPLACE(body, $2, $1) WHERE author_id = $3",
            vec![anonymised.into(), name.as_str().into(), user_id.into()],
        ))
        .await?;
        tx.execute(&Sql::with(
            "UPDATE opportunities SET details = REPLACE(details, $1, $2) WHERE created_by = $3 OR details LIKE $4",
            vec![
                format!("\"contact_name\":{name_json}").into(),
                format!("\"contact_name\":{anonymised_json}").into(),
                user_id.into(),
                format!("%{email}%").into(),
            ],
        ))
        .await?;
        // Invitations waiting for the address go; then the address, wherever it was copied
        // (contacts, message texts, audit details).
        tx.execute(&Sql::with(
            "DELETE FROM invitations WHERE email = $1",
            vec![email.as_str().into()],
        ))
        .await?;
        for (table, column) in &columns {
            if table == "users" {
                continue;
            }
            tx.execute(&Sql::with(
                &format!(
                    "UPDATE \"{table}\" SET \"{column}\" = REPLACE(\"{column}\", $1, $2) WHERE \"{column}\" LIKE $3"
                ),
                vec![
                    email.as_str().into(),
                    placeholder.as_str().into(),
                    format!("%{email}%").into(),
                ],
            ))
            .await?;
        }
        tx.execute(&Sql::with("DELETE FROM users WHERE id = $1", vec![user_id.into()]))
            .await?;
        tx.commit().await
    }

    // ---- sessions ----

    pub async fn create_session(
        &self,
        id_hash: &str,
        user_id: i64,
        csrf_token: &str,
        ip: Option<&str>,
        user_agent: Option<&str>,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let now = Utc::now();
        // Expired sessions are swept here rather than by a timer: logins are frequent enough.
        self.pool()
            .execute(&Sql::with(
                "DELETE FROM sessions WHERE expires_at < $1",
                vec![now.into()],
            ))
            .await?;
        self.pool()
            .execute(&Sql::with(
                "INSERT INTO sessions (id_hash, user_id, csrf_token, ip, user_agent, created_at, expires_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
                vec![
                    id_hash.into(),
                    user_id.into(),
                    csrf_token.into(),
                    ip.into(),
                    user_agent.map(|s| s.chars().take(300).collect::<String>()).into(),
                    now.into(),
                    expires_at.into(),
                ],
            ))
            .await?;
        Ok(())
    }

    /// The live session with this id hash, with its user.
    pub async fn session(&self, id_hash: &str) -> Result<Option<Session>, StoreError> {
        row! {
            struct Row {
                csrf_token: String,
                expires_at: DateTime<Utc>,
            }
            flatten {
                user: UserRow,
            }
        }
        let row = self
            .pool()
            .fetch_optional::<Row>(&Sql::with(
                &format!(
                    "SELECT {USER_COLUMNS}, s.csrf_token, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id \
                     WHERE s.id_hash = $1"
                ),
                vec![id_hash.into()],
            ))
            .await?;
        match row {
            Some(r) if r.expires_at > Utc::now() => Ok(Some(Session {
                user: r.user.into_user()?.0,
                csrf_token: r.csrf_token,
                expires_at: r.expires_at,
            })),
            _ => Ok(None),
        }
    }

    pub async fn delete_session(&self, id_hash: &str) -> Result<(), StoreError> {
        self.pool()
            .execute(&Sql::with(
                "DELETE FROM sessions WHERE id_hash = $1",
                vec![id_hash.into()],
            ))
            .await?;
        Ok(())
    }

    /// Ends every session of a user but the one given (after a password change, say).
    pub async fn delete_other_sessions(&self, user_id: i64, keep: Option<&str>) -> Result<(), StoreError> {
        self.pool()
            .execute(&Sql::with(
                "DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2",
                vec![user_id.into(), keep.unwrap_or("").into()],
            ))
            .await?;
        Ok(())
    }

    // ---- one-time e-mail tokens ----

    pub async fn create_email_token(
        &self,
        token_hash: &str,
        user_id: i64,
        purpose: TokenPurpose,
        new_email: Option<&Email>,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.pool()
            .execute(&Sql::with(
                "INSERT INTO email_tokens (token_hash, user_id, purpose, new_email, created_at, expires_at, stamp) \
                 SELECT $1, $2, $3, $4, $5, $6, security_stamp FROM users WHERE id = $2",
                vec![
                    token_hash.into(),
                    user_id.into(),
                    purpose.as_str().into(),
                    new_email.map(Email::as_str).into(),
                    Utc::now().into(),
                    expires_at.into(),
                ],
            ))
            .await?;
        Ok(())
    }

    /// Whether a token is live, without using it (to show the form that will use it).
    pub async fn email_token_is_live(&self, token_hash: &str, purpose: TokenPurpose) -> Result<bool, StoreError> {
        Ok(self
            .pool()
            .fetch_optional::<(i64,)>(&Sql::with(
                "SELECT t.user_id FROM email_tokens t JOIN users u ON u.id = t.user_id \
                 WHERE t.token_hash = $1 AND t.purpose = $2 AND t.used_at IS NULL AND t.expires_at > $3 \
                 AND t.stamp = u.security_stamp",
                vec![token_hash.into(), purpose.as_str().into(), Utc::now().into()],
            ))
            .await?
            .is_some())
    }

    /// Uses a live token once: its user and, for an address change, the new address. A second
    /// use, an expired token, one for another purpose or one mailed before the account's last
    /// credential change gives `None`.
    pub async fn use_email_token(
        &self,
        token_hash: &str,
        purpose: TokenPurpose,
    ) -> Result<Option<(i64, Option<String>)>, StoreError> {
        let now = Utc::now();
        let mut tx = self.begin().await?;
        let row = tx
            .fetch_optional::<(i64, Option<String>)>(&Sql::with(
                "UPDATE email_tokens SET used_at = $1 WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL \
                 AND expires_at > $1 \
                 AND stamp = (SELECT u.security_stamp FROM users u WHERE u.id = email_tokens.user_id) \
                 RETURNING user_id, new_email",
                vec![now.into(), token_hash.into(), purpose.as_str().into()],
            ))
            .await?;
        if row.is_some() && purpose == TokenPurpose::ResetPassword {
            // One reset link used makes the others of the same person worthless.
            tx.execute(&Sql::with(
                "UPDATE email_tokens SET used_at = $1 WHERE user_id = (SELECT user_id FROM email_tokens WHERE token_hash = $2) \
                 AND purpose = $3 AND used_at IS NULL",
                vec![now.into(), token_hash.into(), purpose.as_str().into()],
            ))
            .await?;
        }
        tx.commit().await?;
        Ok(row)
    }

    // ---- organisation roles and invitations ----

    pub async fn memberships_of(&self, user_id: i64) -> Result<Vec<Membership>, StoreError> {
        self.pool()
            .fetch_all(&Sql::with(
                "SELECT o.id AS organisation_id, o.slug, o.name, r.role FROM organisation_roles r \
                 JOIN organisations o ON o.id = r.organisation_id WHERE r.user_id = $1 ORDER BY o.sort_key",
                vec![user_id.into()],
            ))
            .await
    }

    pub async fn org_role(&self, user_id: i64, organisation_id: i64) -> Result<Option<OrgRole>, StoreError> {
        self.pool()
            .fetch_optional::<(String,)>(&Sql::with(
                "SELECT role FROM organisation_roles WHERE user_id = $1 AND organisation_id = $2",
                vec![user_id.into(), organisation_id.into()],
            ))
            .await?
            .map(|(r,)| r.parse().map_err(|e| corrupt("organisation_roles.role", e)))
            .transpose()
    }

    pub async fn org_members(&self, organisation_id: i64) -> Result<Vec<OrgMember>, StoreError> {
        self.pool()
            .fetch_all(&Sql::with(
                "SELECT u.id AS user_id, u.display_name, u.email, r.role FROM organisation_roles r \
                 JOIN users u ON u.id = r.user_id WHERE r.organisation_id = $1 ORDER BY r.role, u.display_name",
                vec![organisation_id.into()],
            ))
            .await
    }

    pub async fn set_org_role(&self, user_id: i64, organisation_id: i64, role: OrgRole) -> Result<(), StoreError> {
        let mut tx = self.begin().await?;
        set_org_role(&mut tx, user_id, organisation_id, role).await?;
        tx.commit().await
    }

    /// Takes a person's role in an organisation away; refused with
    /// [`StoreError::LastOrganisationAdmin`] when they are its last admin.
    pub async fn remove_org_role(&self, user_id: i64, organisation_id: i64) -> Result<bool, StoreError> {
        let mut tx = self.begin().await?;
        keep_an_organisation_admin(&mut tx, user_id, organisation_id).await?;
        let removed = tx
            .execute(&Sql::with(
                "DELETE FROM organisation_roles WHERE user_id = $1 AND organisation_id = $2",
                vec![user_id.into(), organisation_id.into()],
            ))
            .await?
            > 0;
        tx.commit().await?;
        Ok(removed)
    }

    /// Invites an address to an organisation with a role; the role is granted only when the
    /// person with that (confirmed) address accepts while signed in. Inviting again renews it.
    pub async fn invite(
        &self,
        organisation_id: i64,
        email: &Email,
        role: OrgRole,
        invited_by: i64,
    ) -> Result<(), StoreError> {
        self.pool()
            .execute(&Sql::with(
                "INSERT INTO invitations (organisation_id, email, role, invited_by, created_at) VALUES ($1, $2, $3, $4, $5) \
                 ON CONFLICT (organisation_id, email) DO UPDATE SET role = excluded.role, \
                 invited_by = excluded.invited_by, created_at = excluded.created_at",
                vec![
                    organisation_id.into(),
                    email.as_str().into(),
                    role.as_str().into(),
                    invited_by.into(),
                    Utc::now().into(),
                ],
            ))
            .await?;
        Ok(())
    }

    pub async fn invitations_of(&self, organisation_id: i64) -> Result<Vec<Invitation>, StoreError> {
        self.pool()
            .fetch_all(&Sql::with(
                "SELECT id, email, role FROM invitations WHERE organisation_id = $1 ORDER BY email",
                vec![organisation_id.into()],
            ))
            .await
    }

    /// The live invitations to the person's confirmed address, newest first.
    pub async fn invitations_for(&self, user_id: i64) -> Result<Vec<PendingInvitation>, StoreError> {
        self.pool()
            .fetch_all(&Sql::with(
                "SELECT i.id, o.slug AS organisation_slug, o.name AS organisation_name, i.role, \
                 b.display_name AS invited_by, i.created_at \
                 FROM invitations i JOIN users u ON u.email = i.email AND u.email_confirmed_at IS NOT NULL \
                 JOIN organisations o ON o.id = i.organisation_id LEFT JOIN users b ON b.id = i.invited_by \
                 WHERE u.id = $1 AND i.created_at > $2 ORDER BY i.created_at DESC, i.id DESC",
                vec![
                    user_id.into(),
                    (Utc::now() - chrono::Duration::days(INVITATION_DAYS)).into(),
                ],
            ))
            .await
    }

    /// Accepts (the role is granted) or declines one live invitation to the person's confirmed
    /// address; either way it is gone. None when there is no such invitation for them; the
    /// organisation's id otherwise. Accepting a lower role than one held is refused for an
    /// organisation's last admin.
    pub async fn answer_invitation(&self, user_id: i64, id: i64, accept: bool) -> Result<Option<i64>, StoreError> {
        let mut tx = self.begin().await?;
        let found = tx
            .fetch_optional::<(i64, String)>(&Sql::with(
                "SELECT i.organisation_id, i.role FROM invitations i \
                 JOIN users u ON u.email = i.email AND u.email_confirmed_at IS NOT NULL \
                 WHERE i.id = $1 AND u.id = $2 AND i.created_at > $3",
                vec![
                    id.into(),
                    user_id.into(),
                    (Utc::now() - chrono::Duration::days(INVITATION_DAYS)).into(),
                ],
            ))
            .await?;
        let Some((organisation_id, role)) = found else {
            return Ok(None);
        };
        if accept {
            let role: OrgRole = role.parse().map_err(|e| corrupt("invitations.role", e))?;
            set_org_role(&mut tx, user_id, organisation_id, role).await?;
        }
        tx.execute(&Sql::with("DELETE FROM invitations WHERE id = $1", vec![id.into()]))
            .await?;
        tx.commit().await?;
        Ok(Some(organisation_id))
    }

    pub async fn withdraw_invitation(&self, organisation_id: i64, id: i64) -> Result<bool, StoreError> {
        Ok(self
            .pool()
            .execute(&Sql::with(
                "DELETE FROM invitations WHERE organisation_id = $1 AND id = $2",
                vec![organisation_id.into(), id.into()],
            ))
            .await?
            > 0)
    }

    // ---- claims ----

    /// Files a claim on a profile (`organisation_id`) or for a new one (`draft`).
    pub async fn create_claim(
        &self,
        user_id: i64,
        organisation_id: Option<i64>,
        draft: Option<&OrganisationDraft>,
        message: &str,
    ) -> Result<i64, StoreError> {
        let draft = draft
            .map(serde_json::to_string)
            .transpose()
            .map_err(|e| corrupt("claims.draft", e))?;
        // One pending claim per person and organisation: the check and the insert are one
        // serialised step, so a double-click or two tabs file one claim.
        let mut tx = self.begin().await?;
        if let Some(org) = organisation_id {
            tx.lock(&format!("claim:{user_id}:{org}")).await?;
            let pending = tx
                .fetch_optional::<(i64,)>(&Sql::with(
                    "SELECT id FROM claims WHERE user_id = $1 AND organisation_id = $2 AND status = 'pending'",
                    vec![user_id.into(), org.into()],
                ))
                .await?;
            if pending.is_some() {
                return Err(StoreError::Conflict(Conflict::PendingClaim));
            }
        }
        let (id,): (i64,) = tx
            .fetch_one(&Sql::with(
                "INSERT INTO claims (user_id, organisation_id, draft, message, status, created_at) \
                 VALUES ($1, $2, $3, $4, 'pending', $5) RETURNING id",
                vec![
                    user_id.into(),
                    organisation_id.into(),
                    draft.into(),
                    message.into(),
                    Utc::now().into(),
                ],
            ))
            .await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn claim(&self, id: i64) -> Result<Option<Claim>, StoreError> {
        self.pool()
            .fetch_optional::<ClaimRow>(&Sql::with(&format!("{CLAIM_SELECT} WHERE c.id = $1"), vec![id.into()]))
            .await?
            .map(ClaimRow::into_claim)
            .transpose()
    }

    pub async fn pending_claims(&self) -> Result<Vec<Claim>, StoreError> {
        self.pool()
            .fetch_all::<ClaimRow>(&Sql::new(&format!(
                "{CLAIM_SELECT} WHERE c.status = 'pending' ORDER BY c.created_at, c.id"
            )))
            .await?
            .into_iter()
            .map(ClaimRow::into_claim)
            .collect()
    }

    pub async fn claims_of(&self, user_id: i64) -> Result<Vec<Claim>, StoreError> {
        self.pool()
            .fetch_all::<ClaimRow>(&Sql::with(
                &format!("{CLAIM_SELECT} WHERE c.user_id = $1 ORDER BY c.created_at DESC, c.id DESC"),
                vec![user_id.into()],
            ))
            .await?
            .into_iter()
            .map(ClaimRow::into_claim)
            .collect()
    }

    /// Whether the user has a pending claim on this organisation already.
    pub async fn has_pending_claim(&self, user_id: i64, organisation_id: i64) -> Result<bool, StoreError> {
        Ok(self
            .pool()
            .fetch_optional::<(i64,)>(&Sql::with(
                "SELECT id FROM claims WHERE user_id = $1 AND organisation_id = $2 AND status = 'pending'",
                vec![user_id.into(), organisation_id.into()],
            ))
            .await?
            .is_some())
    }

    /// Approves a pending claim: the claimant becomes the organisation's admin, and a proposed
    /// organisation is created first. Gives the organisation's slug.
    pub async fn approve_claim(&self, id: i64, decided_by: i64) -> Result<String, StoreError> {
        let mut tx = self.begin().await?;
        let row = tx
            .fetch_optional::<ClaimRow>(&Sql::with(
                &format!("{CLAIM_SELECT} WHERE c.id = $1 AND c.status = 'pending'"),
                vec![id.into()],
            ))
            .await?
            .ok_or(StoreError::NotFound)?
            .into_claim()?;
        let (org_id, slug) = match (&row.organisation, &row.draft) {
            (Some((slug, _)), _) => {
                let (org_id,): (i64,) = tx
                    .fetch_one(&Sql::with(
                        "SELECT id FROM organisations WHERE slug = $1",
                        vec![slug.as_str().into()],
                    ))
                    .await?;
                (org_id, slug.clone())
            }
            (None, Some(draft)) => {
                let (org_id, slug) =
                    crate::organisations::save(&mut tx, crate::organisations::OrgKey::New, SaveMode::Replace, draft)
                        .await?;
                tx.execute(&Sql::with(
                    "UPDATE claims SET organisation_id = $1 WHERE id = $2",
                    vec![org_id.into(), id.into()],
                ))
                .await?;
                (org_id, slug.as_str().to_owned())
            }
            (None, None) => return Err(corrupt("claims", "neither organisation nor draft")),
        };
        set_org_role(&mut tx, row.user_id, org_id, OrgRole::Admin).await?;
        decide(&mut tx, id, ClaimStatus::Approved, decided_by, None).await?;
        tx.commit().await?;
        Ok(slug)
    }

    pub async fn reject_claim(&self, id: i64, decided_by: i64, reason: &str) -> Result<(), StoreError> {
        let mut tx = self.begin().await?;
        decide(&mut tx, id, ClaimStatus::Rejected, decided_by, Some(reason)).await?;
        tx.commit().await
    }

    // ---- API tokens ----

    pub async fn create_api_token(
        &self,
        user_id: i64,
        name: &str,
        token_hash: &str,
        prefix: &str,
        scope: TokenScope,
    ) -> Result<i64, StoreError> {
        let (id,): (i64,) = self
            .pool()
            .fetch_one(&Sql::with(
                "INSERT INTO api_tokens (user_id, name, token_hash, prefix, scope, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                vec![
                    user_id.into(),
                    name.into(),
                    token_hash.into(),
                    prefix.into(),
                    scope.as_str().into(),
                    Utc::now().into(),
                ],
            ))
            .await?;
        Ok(id)
    }

    pub async fn api_tokens_of(&self, user_id: i64) -> Result<Vec<ApiToken>, StoreError> {
        self.pool()
            .fetch_all(&Sql::with(
                "SELECT id, name, prefix, scope, created_at, last_used_at, revoked_at FROM api_tokens \
                 WHERE user_id = $1 ORDER BY id DESC",
                vec![user_id.into()],
            ))
            .await
    }

    /// Revokes one of the user's tokens; false when it is not theirs or already revoked.
    pub async fn revoke_api_token(&self, user_id: i64, id: i64) -> Result<bool, StoreError> {
        Ok(self
            .pool()
            .execute(&Sql::with(
                "UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL",
                vec![Utc::now().into(), id.into(), user_id.into()],
            ))
            .await?
            > 0)
    }

    /// The owner and scope of a live token, noting its use.
    pub async fn api_token_user(&self, token_hash: &str) -> Result<Option<(User, TokenScope)>, StoreError> {
        row! {
            struct Row {
                token_id: i64,
                scope: String,
                last_used_at: Option<DateTime<Utc>>,
            }
            flatten {
                user: UserRow,
            }
        }
        let Some(row) = self
            .pool()
            .fetch_optional::<Row>(&Sql::with(
                &format!(
                    "SELECT {USER_COLUMNS}, t.id AS token_id, t.scope, t.last_used_at FROM api_tokens t \
                     JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1 AND t.revoked_at IS NULL"
                ),
                vec![token_hash.into()],
            ))
            .await?
        else {
            return Ok(None);
        };
        let now = Utc::now();
        // Noted at most once a minute so that a busy client does not write on every request.
        if row.last_used_at.is_none_or(|t| now - t > chrono::Duration::minutes(1)) {
            self.pool()
                .execute(&Sql::with(
                    "UPDATE api_tokens SET last_used_at = $1 WHERE id = $2",
                    vec![now.into(), row.token_id.into()],
                ))
                .await?;
        }
        let scope = row.scope.parse().map_err(|e| corrupt("api_tokens.scope", e))?;
        Ok(Some((row.user.into_user()?.0, scope)))
    }

    /// Every text column of every table (from the database's catalogue, so tables added later
    /// are covered), for erasure.
    async fn text_columns(&self) -> Result<Vec<(String, String)>, StoreError> {
        let sql = match self.backend() {
            crate::Backend::Sqlite => Sql::new(
                "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p \
                 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%' \
                 AND UPPER(p.type) = 'TEXT' ORDER BY m.name, p.name",
            ),
            crate::Backend::Postgres => Sql::new(
                "SELECT table_name::text, column_name::text FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND table_name NOT LIKE '_sqlx%' \
                 AND data_type IN ('text', 'character varying') ORDER BY table_name, column_name",
            ),
        };
        self.pool().fetch_all(&sql).await
    }

    // ---- two-factor authentication ----

    /// The person's TOTP secret (base32) and the last time step accepted, while two-factor
    /// authentication is on.
    pub async fn totp(&self, user_id: i64) -> Result<Option<(String, Option<i64>)>, StoreError> {
        Ok(self
            .pool()
            .fetch_optional::<(Option<String>, Option<i64>)>(&Sql::with(
                "SELECT totp_secret, totp_last_step FROM users WHERE id = $1",
                vec![user_id.into()],
            ))
            .await?
            .and_then(|(secret, step)| secret.map(|s| (s, step))))
    }

    /// Turns two-factor authentication on with `secret`, the step of the code that confirmed it
    /// (used up) and fresh recovery codes (their hashes), replacing any earlier ones.
    pub async fn enable_totp(
        &self,
        user_id: i64,
        secret: &str,
        step: i64,
        recovery_hashes: &[String],
    ) -> Result<(), StoreError> {
        let mut tx = self.begin().await?;
        tx.execute(&Sql::with(
            "UPDATE users SET totp_secret = $1, totp_last_step = $2, updated_at = $3 WHERE id = $4",
            vec![secret.into(), step.into(), Utc::now().into(), user_id.into()],
        ))
        .await?;
        replace_recovery_codes(&mut tx, user_id, recovery_hashes).await?;
        tx.commit().await
    }

    /// Turns two-factor authentication off and drops the recovery codes.
    pub async fn disable_totp(&self, user_id: i64) -> Result<(), StoreError> {
        let mut tx = self.begin().await?;
        tx.execute(&Sql::with(
            "UPDATE users SET totp_secret = NULL, totp_last_step = NULL, updated_at = $1 WHERE id = $2",
            vec![Utc::now().into(), user_id.into()],
        ))
        .await?;
        replace_recovery_codes(&mut tx, user_id, &[]).await?;
        tx.commit().await
    }

    /// Uses up a time step: true when it is later than every step accepted before (in one
    /// statement, so one code cannot open two sessions).
    pub async fn use_totp_step(&self, user_id: i64, step: i64) -> Result<bool, StoreError> {
        Ok(self
            .pool()
            .execute(&Sql::with(
                "UPDATE users SET totp_last_step = $1 WHERE id = $2 AND totp_secret IS NOT NULL \
                 AND (totp_last_step IS NULL OR totp_last_step < $1)",
                vec![step.into(), user_id.into()],
            ))
            .await?
            == 1)
    }

    /// Uses up a recovery code (by its hash); false when it is not one of the person's unused ones.
    pub async fn use_recovery_code(&self, user_id: i64, code_hash: &str) -> Result<bool, StoreError> {
        Ok(self
            .pool()
            .execute(&Sql::with(
                "UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL",
                vec![Utc::now().into(), user_id.into(), code_hash.into()],
            ))
            .await?
            == 1)
    }

    /// New recovery codes (their hashes) in place of the old ones.
    pub async fn replace_recovery_codes(&self, user_id: i64, hashes: &[String]) -> Result<(), StoreError> {
        let mut tx = self.begin().await?;
        replace_recovery_codes(&mut tx, user_id, hashes).await?;
        tx.commit().await
    }

    /// How many of the person's recovery codes are unused.
    pub async fn recovery_codes_left(&self, user_id: i64) -> Result<i64, StoreError> {
        let (n,): (i64,) = self
            .pool()
            .fetch_one(&Sql::with(
                "SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL",
                vec![user_id.into()],
            ))
            .await?;
        Ok(n)
    }

    /// Keeps a correct password's login waiting for the second factor.
    pub async fn create_login_challenge(
        &self,
        id_hash: &str,
        user_id: i64,
        return_to: &str,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.pool()
            .execute(&Sql::with(
                "DELETE FROM login_challenges WHERE expires_at < $1",
                vec![Utc::now().into()],
            ))
            .await?;
        self.pool()
            .execute(&Sql::with(
                "INSERT INTO login_challenges (id_hash, user_id, return_to, attempts, expires_at) VALUES ($1, $2, $3, 0, $4)",
                vec![id_hash.into(), user_id.into(), return_to.into(), expires_at.into()],
            ))
            .await?;
        Ok(())
    }

    /// Counts one attempt at a live challenge and gives its person, where they were going and
    /// the attempts made so far (this one included); None when there is no live challenge.
    pub async fn attempt_login_challenge(&self, id_hash: &str) -> Result<Option<(i64, String, i64)>, StoreError> {
        let mut tx = self.begin().await?;
        let n = tx
            .execute(&Sql::with(
                "UPDATE login_challenges SET attempts = attempts + 1 WHERE id_hash = $1 AND expires_at > $2",
                vec![id_hash.into(), Utc::now().into()],
            ))
            .await?;
        if n == 0 {
            return Ok(None);
        }
        let row = tx
            .fetch_optional::<(i64, String, i64)>(&Sql::with(
                "SELECT user_id, return_to, CAST(attempts AS BIGINT) FROM login_challenges WHERE id_hash = $1",
                vec![id_hash.into()],
            ))
            .await?;
        tx.commit().await?;
        Ok(row)
    }

    pub async fn delete_login_challenge(&self, id_hash: &str) -> Result<(), StoreError> {
        self.pool()
            .execute(&Sql::with(
                "DELETE FROM login_challenges WHERE id_hash = $1",
                vec![id_hash.into()],
            ))
            .await?;
        Ok(())
    }

    // ---- personal data ----

    pub async fn personal_data(&self, user_id: i64) -> Result<PersonalData, StoreError> {
        let (account, _) = self.user_by_id(user_id).await?.ok_or(StoreError::NotFound)?;
        let sessions = self
            .pool()
            .fetch_all(&Sql::with(
                "SELECT ip, user_agent, created_at, expires_at FROM sessions WHERE user_id = $1 ORDER BY created_at",
                vec![user_id.into()],
            ))
            .await?;
        let mut audit_log: Vec<AuditEntry> = self
            .pool()
            .fetch_all(&Sql::with(
                "SELECT id, at, actor_id, actor, action, subject, detail, ip FROM audit_log \
                 WHERE actor_id = $1 OR subject = $2 ORDER BY id",
                vec![user_id.into(), account.email.as_str().into()],
            ))
            .await?;
        // Entries about the person made by someone else (an admin changing their role) belong in
        // the export, but not that other person's address or IP address.
        for entry in &mut audit_log {
            if entry.actor_id != Some(user_id) {
                entry.actor_id = None;
                entry.actor = "-".into();
                entry.ip = None;
            }
        }
        Ok(PersonalData {
            organisations: self.memberships_of(user_id).await?,
            claims: self.claims_of(user_id).await?,
            api_tokens: self.api_tokens_of(user_id).await?,
            sessions,
            audit_log,
            follows: self.follows_of(user_id).await?.into_iter().map(|f| f.follow).collect(),
            digest: self.digest_of(user_id).await?,
            saved_searches: self.saved_searches_of(user_id).await?,
            account,
        })
    }
}

async fn replace_recovery_codes(tx: &mut Tx, user_id: i64, hashes: &[String]) -> Result<(), StoreError> {
    tx.execute(&Sql::with(
        "DELETE FROM recovery_codes WHERE user_id = $1",
        vec![user_id.into()],
    ))
    .await?;
    for h in hashes {
        tx.execute(&Sql::with(
            "INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)",
            vec![user_id.into(), h.as_str().into()],
        ))
        .await?;
    }
    Ok(())
}

/// Refuses to go on when `user_id` is the platform's only admin. The lock makes two admins
/// demoting or erasing each other at once take turns, so the second sees the first's change.
async fn keep_a_platform_admin(tx: &mut Tx, user_id: i64) -> Result<(), StoreError> {
    tx.lock("platform-admins").await?;
    let (is_admin, others): (i64, i64) = tx
        .fetch_optional(&Sql::with(
            "SELECT COALESCE(SUM(CASE WHEN id = $1 THEN 1 ELSE 0 END), 0), \
                    COALESCE(SUM(CASE WHEN id <> $1 THEN 1 ELSE 0 END), 0) \
             FROM users WHERE role = 'admin'",
            vec![user_id.into()],
        ))
        .await?
        .unwrap_or((0, 0));
    if is_admin > 0 && others == 0 {
        return Err(StoreError::LastPlatformAdmin);
    }
    Ok(())
}

/// Refuses to go on when `user_id` is the only admin of the organisation (serialised per
/// organisation, like [`keep_a_platform_admin`]).
async fn keep_an_organisation_admin(tx: &mut Tx, user_id: i64, organisation_id: i64) -> Result<(), StoreError> {
    tx.lock(&format!("organisation-admins:{organisation_id}")).await?;
    let (is_admin, others): (i64, i64) = tx
        .fetch_optional(&Sql::with(
            "SELECT COALESCE(SUM(CASE WHEN user_id = $1 THEN 1 ELSE 0 END), 0), \
                    COALESCE(SUM(CASE WHEN user_id <> $1 THEN 1 ELSE 0 END), 0) \
             FROM organisation_roles WHERE organisation_id = $2 AND role = 'admin'",
            vec![user_id.into(), organisation_id.into()],
        ))
        .await?
        .unwrap_or((0, 0));
    if is_admin > 0 && others == 0 {
        return Err(StoreError::LastOrganisationAdmin);
    }
    Ok(())
}

/// Gives a person a role in an organisation; a demotion of its last admin is refused.
async fn set_org_role(tx: &mut Tx, user_id: i64, organisation_id: i64, role: OrgRole) -> Result<(), StoreError> {
    if role != OrgRole::Admin {
        keep_an_organisation_admin(tx, user_id, organisation_id).await?;
    }
    tx.execute(&Sql::with(
        "INSERT INTO organisation_roles (user_id, organisation_id, role, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (user_id, organisation_id) DO UPDATE SET role = excluded.role",
        vec![
            user_id.into(),
            organisation_id.into(),
            role.as_str().into(),
            Utc::now().into(),
        ],
    ))
    .await?;
    Ok(())
}

async fn decide(
    tx: &mut Tx,
    id: i64,
    status: ClaimStatus,
    decided_by: i64,
    reason: Option<&str>,
) -> Result<(), StoreError> {
    let n = tx
        .execute(&Sql::with(
            "UPDATE claims SET status = $1, decided_by = $2, decided_at = $3, reason = $4 WHERE id = $5 AND status = 'pending'",
            vec![
                status.as_str().into(),
                decided_by.into(),
                Utc::now().into(),
                reason.into(),
                id.into(),
            ],
        ))
        .await?;
    if n == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

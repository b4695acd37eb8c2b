//! The check-in desk of a B2B event, for its organisers and stewards on a phone: a participant's QR code
//! (through the browser's `BarcodeDetector`, `static/checkin.js`) or typed fallback code checks
//! them in or out and answers at once who they are, for which organisation, and whether they
//! were in already. Without JavaScript the typed-code form works alone. Scans made while the
//! network is down wait in the browser and are sent later in one batch; each carries the key
//! the page gave it and the time it was made, so a batch sent twice counts once and keeps the
//! scan's own time.

use serde::{Deserialize, Serialize};
use store::b2b_attendance::{Presence, ScanKind, ScanOutcome};

use super::signing::{normalise_code, Key};
use super::*;

/// At most this many scans in one offline batch (the page sends no more at once).
const MAX_BATCH: usize = 500;

/// The longest value a scan may carry: far above any token or code. A longer one names nobody
/// and is answered so, alone, without refusing the batch it came in (a refused batch would stay
/// queued on the phone and be refused again on every retry).
const MAX_VALUE: usize = 200;

/// The answer to one scan, as the page shows it.
#[derive(Serialize)]
pub(super) struct ScanAnswer {
    pub key: String,
    pub ok: bool,
    pub outcome: Option<ScanOutcome>,
    pub name: String,
    pub organisation: String,
    /// In the viewer's language.
    pub message: String,
}

#[derive(Template)]
#[template(path = "events/b2b/checkin.html")]
pub(super) struct CheckinPage {
    chrome: Chrome,
    e: Event,
    answer: Option<ScanAnswer>,
    /// How many are here, came, and are expected.
    counts: String,
    script_version: &'static str,
    /// Whose scans the page's offline queue holds: a queue left on a shared phone is never
    /// sent under another staff member's name.
    desk: i64,
    /// The viewer organises the event (a steward sees no organiser's links).
    organiser: bool,
}

/// A scan as the page sends it.
#[derive(Deserialize)]
struct Scan {
    key: String,
    value: String,
    kind: String,
    /// Milliseconds since 1970 on the scanning device.
    at: i64,
}

/// Why a scanned or typed value names nobody (a message id).
enum Refused {
    Unknown,
    Forged,
    Revoked,
    Ambiguous,
}

impl Refused {
    fn message(&self) -> &'static str {
        match self {
            Refused::Unknown => "b2b-checkin-error-unknown",
            Refused::Forged => "b2b-checkin-error-token",
            Refused::Revoked => "b2b-checkin-error-revoked",
            Refused::Ambiguous => "b2b-checkin-error-ambiguous",
        }
    }
}

/// The event's confirmed participants as the desk finds them: by id for a QR token, and by
/// fallback code for a typed one, from a table made once per request on the first typed code
/// (a batch of typed codes would otherwise derive every participant's code once per scan).
struct Roster {
    regs: Vec<Registration>,
    /// Code to participant; None where two participants share a code.
    codes: std::sync::OnceLock<HashMap<String, Option<usize>>>,
}

impl Roster {
    fn new(regs: Vec<Registration>) -> Self {
        Self {
            regs,
            codes: std::sync::OnceLock::new(),
        }
    }

    fn by_code(&self, key: &Key, event: i64, code: &str) -> Result<&Registration, Refused> {
        let codes = self.codes.get_or_init(|| {
            let mut codes: HashMap<String, Option<usize>> = HashMap::with_capacity(self.regs.len());
            for (i, r) in self.regs.iter().enumerate() {
                codes
                    .entry(key.code(event, r.id))
                    .and_modify(|found| *found = None)
                    .or_insert(Some(i));
            }
            codes
        });
        match codes.get(code) {
            Some(Some(i)) => Ok(&self.regs[*i]),
            Some(None) => Err(Refused::Ambiguous),
            None => Err(Refused::Unknown),
        }
    }
}

/// The confirmed participant a QR token or typed code names.
fn resolve<'a>(key: &Key, e: &Event, roster: &'a Roster, value: &str) -> Result<&'a Registration, Refused> {
    let value = value.trim();
    if value.len() > MAX_VALUE {
        return Err(Refused::Unknown);
    }
    // `get`, not slicing: a value is anything a camera read, and may split a character there.
    if value.len() > 3 && value.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("CH-")) {
        let id = key.check_token(e.id, value).ok_or(Refused::Forged)?;
        // A genuine token of a registration no longer confirmed was revoked with it.
        return roster.regs.iter().find(|r| r.id == id).ok_or(Refused::Revoked);
    }
    let code = normalise_code(value).ok_or(Refused::Unknown)?;
    roster.by_code(key, e.id, &code)
}

fn outcome_message(tr: &Tr, outcome: ScanOutcome, presence: Option<&Presence>, tz: Tz) -> String {
    let at = |t: DateTime<Utc>| tr.time(t.with_timezone(&tz).time());
    match (outcome, presence) {
        (ScanOutcome::CheckedIn, _) => tr.t("b2b-checkin-in"),
        (ScanOutcome::AlreadyIn, Some(p)) => tr.t1("b2b-checkin-already-in", "time", at(p.checked_in_at)),
        (ScanOutcome::CheckedOut, _) => tr.t("b2b-checkin-out"),
        (ScanOutcome::AlreadyOut, Some(p)) => tr.t1(
            "b2b-checkin-already-out",
            "time",
            p.checked_out_at.map(at).unwrap_or_default(),
        ),
        (ScanOutcome::NotIn, _) => tr.t("b2b-checkin-not-in"),
        _ => tr.t("b2b-checkin-replayed"),
    }
}

/// Records one scan; answers what the desk shows.
#[allow(clippy::too_many_arguments)]
async fn scan(
    actor: &Actor,
    tr: &Tr,
    key: &Key,
    e: &Event,
    confirmed: &Roster,
    by: i64,
    scan_key: &str,
    value: &str,
    kind: ScanKind,
    at: DateTime<Utc>,
) -> Result<ScanAnswer, WebError> {
    let tz = e.draft.tz();
    let r = match resolve(key, e, confirmed, value) {
        Ok(r) => r,
        Err(why) => {
            return Ok(ScanAnswer {
                key: scan_key.to_owned(),
                ok: false,
                outcome: None,
                name: String::new(),
                organisation: String::new(),
                message: tr.t(why.message()),
            })
        }
    };
    let (outcome, presence) = actor
        .audited(Action::B2bScanned, &r.id.to_string(), kind.as_str())
        .record_scan(e.id, r.id, kind, at, scan_key, Some(by))
        .await?;
    Ok(ScanAnswer {
        key: scan_key.to_owned(),
        ok: outcome != ScanOutcome::NotIn,
        outcome: Some(outcome),
        name: r.user_name.clone(),
        organisation: r.organisation_name.clone().unwrap_or_default(),
        message: outcome_message(tr, outcome, presence.as_ref(), tz),
    })
}

fn kind_of(s: &str) -> Result<ScanKind, WebError> {
    match s {
        "in" | "" => Ok(ScanKind::In),
        "out" => Ok(ScanKind::Out),
        _ => Err(bad_parameter("kind", "must be in or out")),
    }
}

async fn confirmed_of(state: &AppState, e: &Event) -> Result<Roster, WebError> {
    Ok(Roster::new(
        state
            .store
            .registrations(e.id)
            .await?
            .into_iter()
            .filter(|r| r.state == RegistrationState::Confirmed)
            .collect(),
    ))
}

async fn page(
    state: &AppState,
    ctx: &Ctx,
    (desk, role): (i64, access::DeskRole),
    e: Event,
    answer: Option<ScanAnswer>,
    status: axum::http::StatusCode,
) -> Result<Response, WebError> {
    let confirmed = state.store.registration_counts(e.id).await?.0;
    let presence = state.store.presence(e.id).await?;
    let present = presence.iter().filter(|(_, p)| p.present()).count() as i64;
    let page = CheckinPage {
        chrome: ctx.chrome("events"),
        counts: ctx.tr.tn(
            "b2b-checkin-counts",
            vec![
                ("present", present.into()),
                ("arrived", (presence.len() as i64).into()),
                ("confirmed", confirmed.into()),
            ],
        ),
        script_version: script_version(),
        desk,
        organiser: role == access::DeskRole::Organiser,
        answer,
        e,
    };
    Ok((status, render(&page)?).into_response())
}

/// `GET /events/{id}/checkin`: the desk, for the event's organisers and stewards.
pub async fn checkin(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let (e, role) = super::stewards::desk_b2b(&state, &me, &id).await?;
    page(&state, &ctx, (me.user().id, role), e, None, axum::http::StatusCode::OK).await
}

/// `POST /events/{id}/checkin`: a typed code or token, from the form (with or without the script).
pub async fn checkin_scan(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let (e, role) = super::stewards::desk_b2b(&state, &me, &id).await?;
    let kind = kind_of(form.get("kind"))?;
    let value = form.get("code");
    if value.trim().is_empty() || value.len() > MAX_VALUE {
        return Err(invalid("code", ctx.tr.t("b2b-checkin-error-empty")));
    }
    // Without the script a scan has no key of its own: a fresh one; a second submission is
    // then a second scan, which the presence rules still count once.
    let scan_key = match form.get("key") {
        k if (8..=64).contains(&k.len()) => k.to_owned(),
        _ => crate::auth::random_token(),
    };
    let key = Key::of(&state).await?;
    let confirmed = confirmed_of(&state, &e).await?;
    let actor = Actor::of(&state, &ctx, me.user())?;
    let answer = scan(
        &actor,
        &ctx.tr,
        &key,
        &e,
        &confirmed,
        me.user().id,
        &scan_key,
        value,
        kind,
        crate::views::time::now(),
    )
    .await?;
    let status = match (&answer.ok, &answer.outcome) {
        (true, _) => axum::http::StatusCode::OK,
        (false, Some(_)) => axum::http::StatusCode::CONFLICT,
        (false, None) => axum::http::StatusCode::UNPROCESSABLE_ENTITY,
    };
    page(&state, &ctx, (me.user().id, role), e, Some(answer), status).await
}

/// `POST /events/{id}/checkin/sync`: a batch of scans from the page (`scans`, JSON), made online
/// one at a time or offline and sent when the network came back. Answers each scan as JSON.
pub async fn checkin_sync(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let (e, _) = super::stewards::desk_b2b(&state, &me, &id).await?;
    let mut scans: Vec<Scan> = serde_json::from_str(form.get("scans"))
        .map_err(|err| bad_parameter("scans", format!("not a list of scans: {err}")))?;
    if scans.len() > MAX_BATCH {
        return Err(bad_parameter("scans", format!("at most {MAX_BATCH} scans at once")));
    }
    // In the order they were made, so that an offline check-in comes before its check-out.
    scans.sort_by_key(|s| s.at);
    let now = crate::views::time::now();
    // A device's clock is believed from the day before the event until a little after now.
    let earliest = e.starts_at - chrono::Duration::days(1);
    let key = Key::of(&state).await?;
    let confirmed = confirmed_of(&state, &e).await?;
    let actor = Actor::of(&state, &ctx, me.user())?;
    // The whole batch's form is checked before any scan is recorded: a refused batch changes
    // nothing. The page makes keys and kinds itself, so only a forged batch is refused; what a
    // camera read is answered scan by scan.
    let mut kinds = Vec::with_capacity(scans.len());
    for s in &scans {
        if !(8..=64).contains(&s.key.len()) {
            return Err(bad_parameter("scans", "each scan needs a key of 8 to 64 characters"));
        }
        kinds.push(kind_of(&s.kind)?);
    }
    let mut answers = Vec::with_capacity(scans.len());
    for (s, kind) in scans.iter().zip(kinds) {
        let at = DateTime::<Utc>::from_timestamp_millis(s.at)
            .filter(|t| *t >= earliest && *t <= now + chrono::Duration::minutes(5))
            .unwrap_or(now);
        answers.push(
            scan(
                &actor,
                &ctx.tr,
                &key,
                &e,
                &confirmed,
                me.user().id,
                &s.key,
                &s.value,
                kind,
                at,
            )
            .await?,
        );
    }
    Ok(axum::Json(serde_json::json!({ "results": answers })).into_response())
}

const CHECKIN_SCRIPT: &str = include_str!("../../../../static/checkin.js");

/// A digest of the script, for its address: browsers keep it long and never a stale one.
pub(super) fn script_version() -> &'static str {
    static VERSION: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        use sha2::{Digest, Sha256};
        Sha256::digest(CHECKIN_SCRIPT)
            .iter()
            .take(6)
            .map(|b| format!("{b:02x}"))
            .collect()
    });
    &VERSION
}

/// `GET /static/checkin.js`: the desk's camera, offline queue and instant answers.
pub async fn checkin_script() -> impl IntoResponse {
    (
        [
            (axum::http::header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (axum::http::header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        CHECKIN_SCRIPT,
    )
}

/// The token a participant's QR code carries and their typed code, as the agenda shows them:
/// for the tests and the benchmark, which scan without a camera.
pub async fn checkin_credentials(
    state: &AppState,
    event: i64,
    registration: i64,
) -> Result<(String, String), WebError> {
    let key = Key::of(state).await?;
    Ok((key.token(event, registration), key.code(event, registration)))
}

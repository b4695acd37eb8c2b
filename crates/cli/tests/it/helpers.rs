use std::path::PathBuf;

use store::testing::TestDb;

pub struct TestApp {
    pub base: String,
    pub db: TestDb,
    /// The running application's state, to run its background jobs on demand.
    pub state: web::AppState,
    pub client: reqwest::Client,
    /// Where the app's mail lands: files written by the app, or the maildir of a real local SMTP
    /// server (aiosmtpd) the app sends to.
    pub mail_dir: tempfile::TempDir,
    /// Whether mail goes through SMTP (false: aiosmtpd is not installed; mail goes to files).
    pub smtp: bool,
    _smtp_server: Option<tokio::process::Child>,
}

/// Starts Python's aiosmtpd on a free port, storing what it receives in `dir` (a maildir).
async fn start_smtp_server(dir: &std::path::Path) -> Option<(tokio::process::Child, u16)> {
    let probe = std::process::Command::new("python3")
        .args(["-c", "import aiosmtpd"])
        .output()
        .ok()?;
    if !probe.status.success() {
        eprintln!("note: aiosmtpd is not installed (pip install aiosmtpd); mail goes to files instead of SMTP");
        return None;
    }
    // aiosmtpd's Mailbox handler writes into an existing maildir.
    for sub in ["tmp", "new", "cur"] {
        std::fs::create_dir_all(dir.join(sub)).ok()?;
    }
    for _ in 0..5 {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .ok()?
            .local_addr()
            .ok()?
            .port();
        let child = tokio::process::Command::new("python3")
            .args([
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                &format!("127.0.0.1:{port}"),
                "-c",
                "aiosmtpd.handlers.Mailbox",
            ])
            .arg(dir)
            .kill_on_drop(true)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .ok()?;
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
                return Some((child, port));
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }
    None
}

impl TestApp {
    /// A running app on an empty, migrated database; its mail is written to files.
    pub async fn spawn() -> Self {
        Self::start(false, vec![], None).await
    }

    /// A running app whose public address is `public_url` (e.g. https behind a TLS proxy), while
    /// the test still talks to it over plain http.
    pub async fn spawn_served_as(public_url: &str) -> Self {
        Self::start(false, vec![], Some(public_url)).await
    }

    /// A running app behind a reverse proxy on this machine: requests name their client in
    /// `X-Forwarded-For`.
    pub async fn spawn_behind_proxy() -> Self {
        Self::start(false, web::auth::proxy::Network::loopback(), None).await
    }

    /// A running app that sends mail through a real local SMTP server.
    pub async fn spawn_with_smtp() -> Self {
        Self::start(true, vec![], None).await
    }

    async fn start(smtp: bool, trusted_proxies: Vec<web::auth::proxy::Network>, public_url: Option<&str>) -> Self {
        Self::start_with(smtp, trusted_proxies, public_url, false).await
    }

    /// A running app where platform admins and moderators must use two-factor authentication.
    pub async fn spawn_requiring_two_factor() -> Self {
        Self::start_with(false, vec![], None, true).await
    }

    async fn start_with(
        smtp: bool,
        trusted_proxies: Vec<web::auth::proxy::Network>,
        public_url: Option<&str>,
        require_two_factor: bool,
    ) -> Self {
        let db = TestDb::new().await.expect("test database");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("address");
        let mail_dir = tempfile::tempdir().expect("mail directory");
        let server = if smtp {
            start_smtp_server(mail_dir.path()).await
        } else {
            None
        };
        let from = "clusterhub <noreply@clusterhub.localhost>";
        let mailer = match &server {
            Some((_, port)) => web::mail::Mailer::smtp(&format!("smtp://127.0.0.1:{port}"), from),
            None => web::mail::Mailer::folder(mail_dir.path().to_owned(), from),
        }
        .expect("mailer");
        let settings = web::Settings {
            public_url: public_url.map_or_else(|| format!("http://{addr}"), str::to_owned),
            trusted_proxies,
            mailer,
            // The tests sign moderators and admins in with a password alone; the requirement
            // itself is proved in security.rs.
            require_two_factor,
            // The feeds of the tests are served on loopback; the refusal of private addresses
            // is proved in the fetcher's own tests. Short limits keep the slow-feed test short.
            feeds: web::feeds_in::FetchLimits {
                allow_private: true,
                timeout: std::time::Duration::from_secs(3),
                ..Default::default()
            },
        };
        let (addr, state) = clusterhub::serve::spawn_app(db.store.clone(), listener, settings)
            .await
            .expect("serve");
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        Self {
            base: format!("http://{addr}"),
            db,
            state,
            client,
            smtp: server.is_some(),
            _smtp_server: server.map(|(c, _)| c),
            mail_dir,
        }
    }

    /// The decoded bodies of the mails sent to `to`, oldest first.
    pub fn mails_to(&self, to: &str) -> Vec<String> {
        self.mails_with_headers_to(to)
            .into_iter()
            .map(|(_, body)| body)
            .collect()
    }

    /// The mails to `to` as (headers, decoded body), oldest first. The body of a mail with files
    /// is its text part.
    pub fn mails_with_headers_to(&self, to: &str) -> Vec<(String, String)> {
        self.raw_mails_to(to)
            .iter()
            .filter_map(|raw| mail_to(raw, to))
            .map(|m| (m.head, m.text))
            .collect()
    }

    /// The files each mail to `to` carries after its text (none for most), oldest mail first.
    pub fn mail_files_to(&self, to: &str) -> Vec<Vec<MailFile>> {
        self.raw_mails_to(to)
            .iter()
            .filter_map(|raw| mail_to(raw, to))
            .map(|m| m.files)
            .collect()
    }

    /// The raw messages in the mail folder, oldest first.
    fn raw_mails_to(&self, to: &str) -> Vec<String> {
        let mut found = vec![];
        let mut dirs = vec![self.mail_dir.path().to_owned()];
        while let Some(d) = dirs.pop() {
            for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_none_or(|e| e != "json") {
                    let raw = std::fs::read_to_string(&path).unwrap_or_default();
                    let modified = entry.metadata().and_then(|m| m.modified()).ok();
                    if mail_to(&raw, to).is_some() {
                        found.push((modified, raw));
                    }
                }
            }
        }
        found.sort_by_key(|(t, _)| *t);
        found.into_iter().map(|(_, m)| m).collect()
    }

    /// Waits for the `nth` mail to `to` with a link containing `path` (SMTP delivery is
    /// asynchronous) and gives that link.
    pub async fn link_in_mail(&self, to: &str, path: &str, nth: usize) -> String {
        for _ in 0..100 {
            let mails: Vec<String> = self.mails_to(to).into_iter().filter(|m| m.contains(path)).collect();
            if let Some(body) = mails.get(nth) {
                let start = body.find(path).expect("link in mail");
                let start = body[..start].rfind("http").expect("absolute link");
                let end = body[start..]
                    .find(char::is_whitespace)
                    .map(|e| start + e)
                    .unwrap_or(body.len());
                return body[start..end].to_owned();
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("no mail number {nth} to {to} with {path} arrived");
    }

    /// A running app with `n` demo organisations.
    pub async fn with_demo(n: usize) -> Self {
        let app = Self::spawn().await;
        clusterhub::demo::seed(&app.db.store, n, 42).await.expect("demo data");
        app
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("request")
    }

    /// The body of `path` requested with one extra header (a language cookie or preference).
    pub async fn text_with(&self, path: &str, header: &str, value: &str) -> String {
        self.client
            .get(format!("{}{path}", self.base))
            .header(header, value)
            .send()
            .await
            .expect("request")
            .text()
            .await
            .expect("body")
    }

    pub async fn text(&self, path: &str) -> (u16, String) {
        let r = self.get(path).await;
        (r.status().as_u16(), r.text().await.expect("body"))
    }

    /// Asks `/api/v1/search?{query}` until `done` holds for the answer (the index follows the
    /// change feed in the background); that answer, or None after 10 seconds.
    pub async fn search_until(
        &self,
        query: &str,
        done: impl Fn(&serde_json::Value) -> bool,
    ) -> Option<serde_json::Value> {
        for _ in 0..200 {
            let (_, body) = self.json(&format!("/api/v1/search?{query}")).await;
            if done(&body) {
                return Some(body);
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        None
    }

    pub async fn json(&self, path: &str) -> (u16, serde_json::Value) {
        let r = self.get(path).await;
        let status = r.status().as_u16();
        assert_eq!(
            r.headers().get("content-type").and_then(|v| v.to_str().ok()),
            Some("application/json"),
            "{path} must answer JSON"
        );
        (status, r.json().await.expect("JSON body"))
    }
}

/// A file of the shared open data, or None (with a note) when the data is not there.
pub fn shared_data(relative: &str) -> Option<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    let path = root.join(relative);
    if path.exists() {
        Some(path)
    } else {
        eprintln!(
            "skipped: {} is missing (the shared open data is expected beside the repository)",
            path.display()
        );
        None
    }
}

/// A file a mail carries after its text: its part's headers (unfolded) and its decoded bytes.
pub struct MailFile {
    pub headers: String,
    pub bytes: Vec<u8>,
}

/// A message as the tests read it: its headers, its text with the transfer encoding undone, and
/// the files after the text.
struct ReadMail {
    head: String,
    text: String,
    files: Vec<MailFile>,
}

/// A raw message when it is addressed to `to`. A `multipart` message's text is its first
/// `text/plain` part, and its other parts are its files.
fn mail_to(raw: &str, to: &str) -> Option<ReadMail> {
    let raw = raw.replace("\r\n", "\n");
    let (head, body) = raw.split_once("\n\n")?;
    let head_lower = head.to_lowercase();
    let addressed = head_lower
        .lines()
        .any(|l| l.starts_with("to:") && l.contains(&to.to_lowercase()));
    if !addressed {
        return None;
    }
    let Some(boundary) = boundary(head) else {
        return Some(ReadMail {
            head: head.to_owned(),
            text: String::from_utf8_lossy(&decode_part(&head_lower, body)).into_owned(),
            files: vec![],
        });
    };
    let mut text = None;
    let mut files = vec![];
    let delimiter = format!("--{boundary}");
    // Before the first delimiter is the preamble, after the closing one the epilogue.
    for part in body.split(&delimiter).skip(1) {
        if part.starts_with("--") {
            break;
        }
        let part = part.strip_prefix('\n').unwrap_or(part);
        let (part_head, part_body) = part.split_once("\n\n").unwrap_or((part, ""));
        let part_head = unfold(part_head);
        let part_lower = part_head.to_lowercase();
        let bytes = decode_part(&part_lower, part_body.strip_suffix('\n').unwrap_or(part_body));
        if text.is_none() && part_lower.contains("content-type: text/plain") {
            text = Some(String::from_utf8_lossy(&bytes).into_owned());
        } else {
            files.push(MailFile {
                headers: part_head,
                bytes,
            });
        }
    }
    Some(ReadMail {
        head: head.to_owned(),
        text: text.unwrap_or_default(),
        files,
    })
}

/// Header lines continued on the next line (RFC 5322 folding) joined into one.
fn unfold(head: &str) -> String {
    head.replace("\n ", " ").replace("\n\t", " ")
}

/// The boundary of a multipart message's parts, from its headers.
fn boundary(head: &str) -> Option<String> {
    let head = unfold(head);
    let line = head
        .lines()
        .find(|l| l.to_lowercase().starts_with("content-type: multipart/"))?;
    let at = line.to_lowercase().find("boundary=")? + "boundary=".len();
    let value = &line[at..];
    let value = value.split(';').next().unwrap_or(value).trim();
    Some(value.trim_matches('"').to_owned())
}

/// A body with its transfer encoding (named in `head_lower`) undone.
fn decode_part(head_lower: &str, body: &str) -> Vec<u8> {
    if head_lower.contains("content-transfer-encoding: quoted-printable") {
        decode_quoted_printable(body).into_bytes()
    } else if head_lower.contains("content-transfer-encoding: base64") {
        decode_base64(body)
    } else {
        body.as_bytes().to_vec()
    }
}

fn decode_quoted_printable(s: &str) -> String {
    let s = s.replace("=\n", "");
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'=' && i + 2 < b.len() + 1 {
            if let Some(v) = std::str::from_utf8(&b[i + 1..(i + 3).min(b.len())])
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn decode_base64(s: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut bits = 0u32;
    let mut n = 0;
    let mut out = vec![];
    for c in s.bytes() {
        let Some(v) = ALPHABET.iter().position(|a| *a == c) else {
            continue;
        };
        bits = (bits << 6) | v as u32;
        n += 6;
        if n >= 8 {
            n -= 8;
            out.push((bits >> n) as u8);
            bits &= (1 << n) - 1;
        }
    }
    out
}

/// An organisation of `kind` in `country` with slug `slug`, made directly in the store.
pub async fn organisation_of(
    app: &TestApp,
    slug: &str,
    name: &str,
    kind: domain::OrganisationType,
    country: &str,
) -> i64 {
    use store::organisations::{OrgKey, SaveMode};
    let mut tx = app.db.store.begin().await.expect("tx");
    let draft = domain::OrganisationDraft::new(name, kind, domain::CountryCode::parse(country).expect("country"))
        .validate()
        .expect("draft");
    let slug = domain::Slug::parse(slug).expect("slug");
    let (id, _) = store::organisations::save(&mut tx, OrgKey::Slug(&slug), SaveMode::Replace, &draft)
        .await
        .expect("save");
    tx.commit().await.expect("commit");
    id
}

/// A project made directly in the store: `coordinator` coordinates it, each of `partners` takes
/// part.
pub async fn project(app: &TestApp, acronym: &str, title: &str, coordinator: i64, partners: &[i64]) -> i64 {
    use domain::ParticipationRole as R;
    let (draft, details) = domain::ProjectForm {
        acronym: acronym.into(),
        title: title.into(),
        ..Default::default()
    }
    .validate(None)
    .expect("project");
    let store = &app.db.store;
    let id = store
        .create_project(coordinator, R::Coordinator, &draft, &details)
        .await
        .expect("project");
    for &partner in partners {
        store.add_partner(id, partner, R::Participant).await.expect("partner");
    }
    id
}

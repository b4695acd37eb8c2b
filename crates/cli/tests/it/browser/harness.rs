//! A small browser harness: headless Chromium driven over the DevTools protocol (one websocket,
//! one flattened session per page), used the way a person uses a browser. Elements are found by
//! the text a person reads (labels, button and link texts), clicked with real mouse events at
//! their centre after checking that they can be seen and are not covered, and typed into with
//! real input events; Enter is a key press, so forms submit as they do for people.
//!
//! Checks that concern the whole page (axe-core's WCAG 2.1 A/AA and best-practice rules, no
//! sideways scrolling at phone width, legible buttons) run on each new kind of page a journey
//! visits. Their findings are collected and reported together when the journey ends, so one run
//! shows every defect on the way; whatever stops a person (a missing or hidden button, an error
//! page, a page that never loads) stops the journey at once. Each failure leaves a screenshot.
//!
//! Without Chromium or axe-core (`npm ci --prefix crates/cli/tests/browser`) the journeys say
//! they are skipped, unless `CLUSTERHUB_REQUIRE_BROWSER=1`, as in CI, makes that a failure.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};

/// How many Chromium instances run at once: the tests of the `it` binary run in parallel, and
/// two browsers already keep two cores busy.
static SLOTS: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(2);

/// Rules of lesser impact that are enforced all the same: landmarks of one kind (two search
/// forms, two navigations) must be told apart by their names.
const ENFORCED: &[&str] = &["landmark-unique"];

/// How long a page may take to load, or a text to appear, before the journey fails.
const PATIENCE: Duration = Duration::from_secs(20);

/// A place among the Chromium instances allowed at once.
pub async fn slot() -> tokio::sync::SemaphorePermit<'static> {
    SLOTS.acquire().await.expect("the semaphore stays open")
}

/// Whether to print how long each check takes (`CLUSTERHUB_BROWSER_TRACE=1`).
fn tracing() -> bool {
    std::env::var("CLUSTERHUB_BROWSER_TRACE").is_ok_and(|v| v == "1")
}

/// Whether a missing browser or axe-core fails the tests instead of skipping them.
pub fn required() -> bool {
    std::env::var("CLUSTERHUB_REQUIRE_BROWSER").is_ok_and(|v| v == "1")
}

/// Says why a browser test cannot run: a failure under `CLUSTERHUB_REQUIRE_BROWSER=1`, a note
/// otherwise.
pub fn skip(why: &str) {
    if required() {
        panic!("{why}, and CLUSTERHUB_REQUIRE_BROWSER=1 asks for the browser tests to run");
    }
    eprintln!("skipped: {why}");
}

/// Debian's Chromium, or None (saying the test is skipped) where it is not installed.
pub fn chromium() -> Option<&'static str> {
    let found = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .find(|p| Path::new(p).exists());
    if found.is_none() {
        skip("Chromium is not installed (apt-get install chromium)");
    }
    found
}

/// axe-core's script, read once from the npm package beside the tests.
fn axe_source() -> Option<&'static str> {
    static AXE: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    AXE.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/node_modules/axe-core/axe.min.js");
        std::fs::read_to_string(path).ok()
    })
    .as_deref()
}

/// The window a journey is seen in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Viewport {
    /// 1280 × 800.
    Desktop,
    /// 390 × 844, a phone held upright (mobile emulation: the viewport meta tag applies).
    Phone,
}

impl Viewport {
    pub fn name(self) -> &'static str {
        match self {
            Viewport::Desktop => "desktop",
            Viewport::Phone => "phone",
        }
    }

    /// The window's width in CSS pixels.
    pub fn width(self) -> u32 {
        match self {
            Viewport::Desktop => 1280,
            Viewport::Phone => 390,
        }
    }

    fn metrics(self) -> Value {
        match self {
            Viewport::Desktop => json!({ "width": 1280, "height": 800, "deviceScaleFactor": 1, "mobile": false }),
            Viewport::Phone => json!({ "width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": true }),
        }
    }
}

/// What one page (tab) has been told by Chromium since it opened.
#[derive(Default)]
struct PageEvents {
    /// Main-frame navigations begun and finished.
    started: u64,
    finished: u64,
    /// The status and address of the last document loaded in the main frame.
    status: Option<(u16, String)>,
    /// Script errors and console errors, drained after each navigation.
    errors: Vec<String>,
}

type Pending = HashMap<u64, tokio::sync::oneshot::Sender<Value>>;
type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;
/// Each page's session: its main frame's id and what it has been told.
type Sessions = Arc<Mutex<HashMap<String, (String, Arc<Mutex<PageEvents>>)>>>;

/// The DevTools connection: a writer, the answers awaited by id, the events by session.
struct Connection {
    sink: tokio::sync::Mutex<futures_util::stream::SplitSink<Socket, tokio_tungstenite::tungstenite::Message>>,
    next_id: AtomicU64,
    pending: Arc<Mutex<Pending>>,
    sessions: Sessions,
}

impl Connection {
    /// Sends one command (to the browser, or to a page's session) and waits for its answer.
    async fn call(&self, session: Option<&str>, method: &str, params: Value) -> Result<Value, String> {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let (tx, rx) = tokio::sync::oneshot::channel();
        self.pending.lock().expect("pending").insert(id, tx);
        let mut msg = json!({ "id": id, "method": method, "params": params });
        if let Some(s) = session {
            msg["sessionId"] = json!(s);
        }
        self.sink
            .lock()
            .await
            .send(msg.to_string().into())
            .await
            .map_err(|e| format!("{method}: the DevTools socket is gone ({e})"))?;
        let answer = tokio::time::timeout(Duration::from_secs(60), rx)
            .await
            .map_err(|_| format!("{method}: Chromium did not answer within 60 s"))?
            .map_err(|_| format!("{method}: Chromium closed the connection"))?;
        if let Some(err) = answer.get("error") {
            return Err(format!("{method}: {err}"));
        }
        Ok(answer["result"].clone())
    }
}

/// Routes what Chromium sends: answers to their callers, events to their page.
async fn read_loop(
    mut stream: futures_util::stream::SplitStream<Socket>,
    pending: Arc<Mutex<Pending>>,
    sessions: Sessions,
) {
    while let Some(Ok(frame)) = stream.next().await {
        let Ok(text) = frame.to_text() else { continue };
        let Ok(v) = serde_json::from_str::<Value>(text) else {
            continue;
        };
        if let Some(id) = v["id"].as_u64() {
            if let Some(tx) = pending.lock().expect("pending").remove(&id) {
                let _ = tx.send(v);
            }
            continue;
        }
        let Some(session) = v["sessionId"].as_str() else {
            continue;
        };
        let Some((frame_id, events)) = sessions.lock().expect("sessions").get(session).cloned() else {
            continue;
        };
        let p = &v["params"];
        let main = p["frameId"].as_str() == Some(frame_id.as_str());
        let mut e = events.lock().expect("events");
        match v["method"].as_str().unwrap_or("") {
            // Both come for one navigation; count it once, when nothing is in flight.
            "Page.frameRequestedNavigation" | "Page.frameStartedLoading" if main && e.started == e.finished => {
                e.started += 1;
            }
            "Page.frameStoppedLoading" if main => e.finished = e.started,
            "Network.responseReceived" if p["type"] == "Document" && main => {
                let status = p["response"]["status"].as_u64().unwrap_or(0) as u16;
                e.status = Some((status, p["response"]["url"].as_str().unwrap_or("").to_owned()));
            }
            "Runtime.exceptionThrown" => {
                let d = &p["exceptionDetails"];
                let text = d["exception"]["description"]
                    .as_str()
                    .or(d["text"].as_str())
                    .unwrap_or("an exception");
                e.errors.push(format!("script error: {text}"));
            }
            "Log.entryAdded" if p["entry"]["level"] == "error" => {
                let entry = &p["entry"];
                // A refused form answers 422, and the browser logs that; the page says the rest.
                if entry["source"] != "network" {
                    e.errors.push(format!(
                        "console ({}): {}",
                        entry["source"].as_str().unwrap_or("?"),
                        entry["text"].as_str().unwrap_or("")
                    ));
                }
            }
            _ => {}
        }
    }
}

/// What a journey shares among its pages: where screenshots go, the problems found so far and
/// the kinds of page already checked.
struct Shared {
    test: String,
    viewport: Viewport,
    dir: PathBuf,
    shots: AtomicUsize,
    problems: Mutex<Vec<String>>,
    checked: Mutex<HashSet<String>>,
    /// Accessibility violations reported already (rule and element), with their problem's index.
    reported: Mutex<HashMap<String, usize>>,
    /// Time spent in axe-core and in screenshots, in milliseconds, and how many of each.
    axe_ms: AtomicU64,
    axe_runs: AtomicU64,
    shot_ms: AtomicU64,
}

/// One journey: a Chromium of its own, in which each person has a separate profile (a browser
/// context: cookies and storage of their own).
pub struct Journey {
    shared: Arc<Shared>,
    conn: Arc<Connection>,
    started: Instant,
    finished: bool,
    child: tokio::process::Child,
    _profile: tempfile::TempDir,
    _slot: tokio::sync::SemaphorePermit<'static>,
}

impl Journey {
    /// Starts Chromium for the journey `test` seen in `viewport`; None (saying so) when Chromium
    /// or axe-core is missing and the browser tests are not required.
    pub async fn start(test: &str, viewport: Viewport) -> Option<Journey> {
        let chromium = chromium()?;
        if axe_source().is_none() {
            skip("axe-core is not installed (npm ci --prefix crates/cli/tests/browser)");
            return None;
        }
        let slot = slot().await;
        let profile = tempfile::tempdir().expect("profile dir");
        let mut child = tokio::process::Command::new(chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--disable-dev-shm-usage",
                "--hide-scrollbars",
                "--mute-audio",
                "--remote-debugging-port=0",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stderr(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("chromium starts");
        use tokio::io::AsyncBufReadExt;
        let mut lines = tokio::io::BufReader::new(child.stderr.take().expect("stderr")).lines();
        let endpoint = tokio::time::timeout(Duration::from_secs(30), async {
            while let Ok(Some(line)) = lines.next_line().await {
                if let Some(i) = line.find("ws://") {
                    return Some(line[i..].trim().to_owned());
                }
            }
            None
        })
        .await
        .ok()
        .flatten()
        .expect("chromium announces its DevTools address");
        // Keep draining stderr so Chromium never blocks on it.
        tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
        let (ws, _) = tokio_tungstenite::connect_async(endpoint.as_str())
            .await
            .expect("DevTools socket");
        let (sink, stream) = ws.split();
        let pending = Arc::new(Mutex::new(HashMap::new()));
        let sessions = Arc::new(Mutex::new(HashMap::new()));
        tokio::spawn(read_loop(stream, pending.clone(), sessions.clone()));
        let conn = Arc::new(Connection {
            sink: tokio::sync::Mutex::new(sink),
            next_id: AtomicU64::new(1),
            pending,
            sessions,
        });
        let dir = artefacts_dir().join(format!("{test}-{}", viewport.name()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("screenshot folder");
        eprintln!("journey {test} ({}): screenshots in {}", viewport.name(), dir.display());
        Some(Journey {
            shared: Arc::new(Shared {
                test: test.to_owned(),
                viewport,
                dir,
                shots: AtomicUsize::new(0),
                problems: Mutex::new(vec![]),
                checked: Mutex::new(HashSet::new()),
                reported: Mutex::new(HashMap::new()),
                axe_ms: AtomicU64::new(0),
                axe_runs: AtomicU64::new(0),
                shot_ms: AtomicU64::new(0),
            }),
            conn,
            started: Instant::now(),
            finished: false,
            child,
            _profile: profile,
            _slot: slot,
        })
    }

    /// A person with a browser profile of their own (no cookies shared with the others), whose
    /// addresses starting with `/` are relative to `base`.
    pub async fn person(&self, who: &str, base: &str) -> Page {
        let call = |m: &'static str, p: Value| {
            let conn = self.conn.clone();
            async move { conn.call(None, m, p).await.unwrap_or_else(|e| panic!("{e}")) }
        };
        let context = call("Target.createBrowserContext", json!({ "disposeOnDetach": true })).await;
        let context = context["browserContextId"].as_str().expect("a context").to_owned();
        let target = call(
            "Target.createTarget",
            json!({ "url": "about:blank", "browserContextId": context }),
        )
        .await;
        let target = target["targetId"].as_str().expect("a target").to_owned();
        let attached = call("Target.attachToTarget", json!({ "targetId": target, "flatten": true })).await;
        let session = attached["sessionId"].as_str().expect("a session").to_owned();
        let events = Arc::new(Mutex::new(PageEvents::default()));
        self.conn
            .sessions
            .lock()
            .expect("sessions")
            .insert(session.clone(), (target.clone(), events.clone()));
        let page = Page {
            who: who.to_owned(),
            base: base.trim_end_matches('/').to_owned(),
            conn: self.conn.clone(),
            session,
            events,
            shared: self.shared.clone(),
            marks: AtomicU64::new(0),
        };
        for (method, params) in [
            ("Page.enable", json!({})),
            ("Network.enable", json!({})),
            ("Runtime.enable", json!({})),
            ("Log.enable", json!({})),
            ("Emulation.setDeviceMetricsOverride", self.shared.viewport.metrics()),
        ] {
            page.cdp(method, params).await;
        }
        page
    }

    /// The problems found so far, taken out of the journey (for the harness's own tests).
    pub fn take_problems(&self) -> Vec<String> {
        self.shared.reported.lock().expect("reported").clear();
        std::mem::take(&mut *self.shared.problems.lock().expect("problems"))
    }

    /// Ends the journey: prints how long it took and fails with every problem found on the way.
    pub fn finish(mut self) {
        self.finished = true;
        let took = self.started.elapsed();
        let sh = &self.shared;
        eprintln!(
            "journey {} ({}) took {:.1} s (axe-core {:.1} s in {} runs, screenshots {:.1} s)",
            sh.test,
            sh.viewport.name(),
            took.as_secs_f64(),
            sh.axe_ms.load(Ordering::Relaxed) as f64 / 1000.0,
            sh.axe_runs.load(Ordering::Relaxed),
            sh.shot_ms.load(Ordering::Relaxed) as f64 / 1000.0,
        );
        let problems = std::mem::take(&mut *self.shared.problems.lock().expect("problems"));
        if !problems.is_empty() {
            panic!(
                "journey {} ({}) found {} problem(s):\n\n{}",
                self.shared.test,
                self.shared.viewport.name(),
                problems.len(),
                problems.join("\n\n")
            );
        }
    }
}

impl Drop for Journey {
    fn drop(&mut self) {
        let _ = self.child.start_kill();
        if !self.finished {
            eprintln!(
                "journey {} ({}) stopped after {:.1} s",
                self.shared.test,
                self.shared.viewport.name(),
                self.started.elapsed().as_secs_f64()
            );
        }
        if !self.finished && !std::thread::panicking() {
            let problems = self.shared.problems.lock().map(|p| p.join("\n\n")).unwrap_or_default();
            if !problems.is_empty() {
                panic!("the journey ended without finish(); problems found:\n\n{problems}");
            }
        }
    }
}

/// Where screenshots go: `$CLUSTERHUB_SCREENSHOTS`, else `browser-artifacts` in the target
/// directory (`$CARGO_TARGET_DIR`, or the one holding this test binary).
fn artefacts_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("CLUSTERHUB_SCREENSHOTS") {
        return PathBuf::from(dir);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .or_else(|| {
            // target/debug/deps/it-…
            std::env::current_exe()
                .ok()
                .and_then(|p| p.ancestors().nth(3).map(Path::to_owned))
        })
        .unwrap_or_else(std::env::temp_dir);
    target.join("browser-artifacts")
}

/// What the page says about an element found for an action.
#[derive(Debug)]
struct Target {
    /// The element, marked with `data-ch-mark` so the next calls find it again.
    mark: String,
    /// Its centre in the window, when it can be clicked there.
    x: f64,
    y: f64,
    /// Why a person could not click it, if so.
    blocked: Option<String>,
    /// How it reads, for messages.
    describe: String,
}

/// One tab, as one person uses it.
pub struct Page {
    who: String,
    base: String,
    conn: Arc<Connection>,
    session: String,
    events: Arc<Mutex<PageEvents>>,
    shared: Arc<Shared>,
    marks: AtomicU64,
}

/// Functions every query into the page uses: normalised text, visibility, finding elements by
/// the text a person reads, and describing what is where.
const JS_LIB: &str = r#"
const norm = s => (s || '').replace(/\s+/g, ' ').trim();
const describe = el => {
  if (!el) return 'nothing';
  let d = el.tagName.toLowerCase();
  if (el.id) d += '#' + el.id;
  if (typeof el.className === 'string' && el.className.trim()) d += '.' + el.className.trim().split(/\s+/).join('.');
  const t = norm(el.innerText || el.value || el.getAttribute('aria-label') || '').slice(0, 60);
  return t ? d + ' "' + t + '"' : d;
};
const shown = el => {
  if (!el || !el.isConnected) return false;
  const r = el.getBoundingClientRect();
  if (r.width < 1 || r.height < 1) return false;
  // Inside a closed <details>, for instance: laid out, never drawn.
  if (el.checkVisibility && !el.checkVisibility({ contentVisibilityAuto: true, opacityProperty: true, visibilityProperty: true })) return false;
  for (let e = el; e; e = e.parentElement) {
    const cs = getComputedStyle(e);
    if (cs.display === 'none' || cs.visibility === 'hidden' || cs.opacity === '0') return false;
  }
  return true;
};
const textOf = el => {
  if (el.tagName === 'INPUT') return norm(el.value || el.getAttribute('aria-label'));
  return norm(el.innerText || el.textContent) || norm(el.getAttribute('aria-label') || el.title);
};
const ROLES = {
  button: 'button, input[type=submit], input[type=button], input[type=reset], [role=button]',
  link: 'a[href], [role=link]',
  'button or link': 'button, input[type=submit], [role=button], a[href], [role=link]',
};
const byText = (kind, text, scope) => {
  const root = scope ? document.querySelector(scope) : document;
  if (!root) return [];
  const all = [...root.querySelectorAll(ROLES[kind] || kind)];
  const want = norm(text);
  let found = all.filter(el => textOf(el) === want);
  if (!found.length) found = all.filter(el => textOf(el).includes(want));
  if (!found.length) found = all.filter(el => norm(el.getAttribute('aria-label')) === want);
  return found.filter(shown).concat(found.filter(el => !shown(el)));
};
const labelText = l => {
  const c = l.cloneNode(true);
  c.querySelectorAll('input, select, textarea, .required').forEach(x => x.remove());
  return norm(c.textContent);
};
const byLabel = (q) => {
  const want = norm(q);
  const labels = [...document.querySelectorAll('label')];
  const controlOf = l => l.control || l.querySelector('input, select, textarea');
  for (const test of [t => t === want, t => t.startsWith(want), t => t.includes(want)]) {
    const found = labels.filter(l => test(labelText(l)) && controlOf(l)).map(controlOf);
    const aria = [...document.querySelectorAll('input, select, textarea')]
      .filter(e => test(norm(e.getAttribute('aria-label'))) || test(norm(e.placeholder)));
    const all = found.concat(aria);
    if (all.length) return all.filter(shown).concat(all.filter(e => !shown(e)));
  }
  try { return [...document.querySelectorAll(q)]; } catch (e) { return []; }
};
const visibleLabels = () => [...document.querySelectorAll('label')].filter(shown).map(labelText).filter(t => t).slice(0, 40);
const visibleTexts = kind => [...document.querySelectorAll(ROLES[kind] || kind)].filter(shown).map(textOf).filter(t => t).slice(0, 60);
const rgba = s => { const m = (s || '').match(/[\d.]+/g) || []; return m.length >= 3 ? [+m[0], +m[1], +m[2], m.length > 3 ? +m[3] : 1] : null; };
const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
const contrast = el => {
  const fg = rgba(getComputedStyle(el).color);
  let bg = null;
  for (let e = el; e; e = e.parentElement) {
    const cs = getComputedStyle(e);
    if (cs.backgroundImage && cs.backgroundImage !== 'none') return null;
    const c = rgba(cs.backgroundColor);
    if (c && c[3] > 0.5) { bg = c; break; }
  }
  if (!fg || !bg) bg = bg || [255, 255, 255, 1];
  if (!fg) return null;
  const [a, b] = [lum(fg), lum(bg)];
  return { ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), fg: getComputedStyle(el).color, bg: 'rgb(' + bg.slice(0, 3).join(', ') + ')' };
};
const mark = (el, m) => { el.setAttribute('data-ch-mark', m); return el; };
const target = (el, m) => {
  mark(el, m);
  el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  // A link wrapped over two lines is clicked on its first line, not between them.
  const r = [...el.getClientRects()].find(q => q.width >= 1 && q.height >= 1) || el.getBoundingClientRect();
  const x = r.left + r.width / 2, y = r.top + r.height / 2;
  // Mouse events are placed in the visual viewport (a phone may be zoomed out).
  const vv = window.visualViewport || { offsetLeft: 0, offsetTop: 0, scale: 1, width: innerWidth, height: innerHeight };
  const out = { mark: m, x: (x - vv.offsetLeft) * vv.scale, y: (y - vv.offsetTop) * vv.scale, blocked: null, describe: describe(el) };
  if (!shown(el)) {
    out.blocked = r.width < 1 || r.height < 1 ? 'has no size (is it hidden?)' : 'is not drawn (hidden, transparent or in a closed disclosure)';
  } else if (x < vv.offsetLeft || y < vv.offsetTop || x >= vv.offsetLeft + vv.width || y >= vv.offsetTop + vv.height) {
    out.blocked = 'lies outside the window (centre at ' + Math.round(x) + ', ' + Math.round(y) + ' in a window of ' + Math.round(vv.width) + ' × ' + Math.round(vv.height) + ')';
  } else {
    const hit = document.elementFromPoint(x, y);
    const ok = hit && (hit === el || el.contains(hit) || (el.labels && [...el.labels].some(l => l === hit || l.contains(hit))));
    if (!ok) out.blocked = 'is covered by ' + describe(hit) + ' at its centre';
  }
  return out;
};
"#;

impl Page {
    // ---- the protocol ----

    async fn cdp(&self, method: &str, params: Value) -> Value {
        match self.conn.call(Some(&self.session), method, params).await {
            Ok(v) => v,
            Err(e) => panic!("{}", self.context(&e)),
        }
    }

    /// Evaluates `expression` in the page (with the helper functions in scope) and gives its
    /// value; a rejected promise or thrown error fails the journey.
    pub async fn eval(&self, expression: &str) -> Value {
        let expression = format!("(async () => {{ {JS_LIB}\n return ({expression}); }})()");
        let v = self
            .cdp(
                "Runtime.evaluate",
                json!({ "expression": expression, "returnByValue": true, "awaitPromise": true }),
            )
            .await;
        if let Some(ex) = v.get("exceptionDetails") {
            let msg = ex["exception"]["description"]
                .as_str()
                .or(ex["text"].as_str())
                .unwrap_or("an exception")
                .to_owned();
            panic!("{}", self.fail(&format!("evaluating in the page failed: {msg}")).await);
        }
        v["result"]["value"].clone()
    }

    /// Evaluates without failing when the page is replaced meanwhile (None then).
    async fn try_eval(&self, expression: &str) -> Option<Value> {
        let expression = format!("(() => {{ {JS_LIB}\n return ({expression}); }})()");
        let v = self
            .conn
            .call(
                Some(&self.session),
                "Runtime.evaluate",
                json!({ "expression": expression, "returnByValue": true }),
            )
            .await
            .ok()?;
        if v.get("exceptionDetails").is_some() {
            return None;
        }
        Some(v["result"]["value"].clone())
    }

    fn context(&self, msg: &str) -> String {
        format!(
            "[{} · {} · {}] {msg}",
            self.shared.test,
            self.shared.viewport.name(),
            self.who
        )
    }

    /// The message of a failure that stops the journey: what went wrong, where, what the person
    /// sees, and a screenshot.
    async fn fail(&self, msg: &str) -> String {
        let shot = self.screenshot_file("FAILED").await;
        let mut url = self
            .try_eval("location.href")
            .await
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        if url.len() > 160 {
            let cut = (0..=160).rev().find(|i| url.is_char_boundary(*i)).unwrap_or(0);
            url.truncate(cut);
            url.push('…');
        }
        let mut text = self
            .try_eval("document.body ? document.body.innerText : ''")
            .await
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        if text.len() > 4000 {
            let cut = (0..=4000).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
            text.truncate(cut);
            text.push_str(" …");
        }
        self.context(&format!(
            "{msg}\n  at {url}\n  screenshot: {}\n  the page shows:\n{}",
            shot.map(|p| p.display().to_string()).unwrap_or_else(|| "none".into()),
            text.lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| format!("    | {l}"))
                .collect::<Vec<_>>()
                .join("\n")
        ))
    }

    /// A problem that does not stop the journey but fails it at the end.
    pub async fn problem(&self, msg: &str) -> usize {
        let url = self.url().await;
        let shot = self
            .screenshot_file("problem")
            .await
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let full = self.context(&format!("{msg}\n  at {url}\n  screenshot: {shot}"));
        eprintln!("problem: {full}");
        let mut problems = self.shared.problems.lock().expect("problems");
        problems.push(full);
        problems.len() - 1
    }

    // ---- navigation ----

    fn counts(&self) -> (u64, u64) {
        let e = self.events.lock().expect("events");
        (e.started, e.finished)
    }

    /// Opens an address (a path is relative to the application) and waits for it to load.
    pub async fn goto(&self, address: &str) {
        let url = if address.starts_with('/') {
            format!("{}{address}", self.base)
        } else {
            address.to_owned()
        };
        let before = self.counts().0;
        let answer = self.cdp("Page.navigate", json!({ "url": url })).await;
        if let Some(err) = answer["errorText"].as_str() {
            panic!("{}", self.fail(&format!("opening {url} failed: {err}")).await);
        }
        self.await_navigation(before, Duration::from_secs(5)).await;
    }

    /// Loads the page again, as the browser's reload button does.
    pub async fn reload(&self) {
        let before = self.counts().0;
        self.cdp("Page.reload", json!({})).await;
        self.await_navigation(before, Duration::from_secs(5)).await;
    }

    /// After an action: when it started a navigation within a moment, waits for the new
    /// document to load and checks it; otherwise returns (the page changed in place, or not).
    async fn await_navigation(&self, before: u64, start_within: Duration) {
        let deadline = Instant::now() + start_within;
        loop {
            if self.counts().0 > before {
                break;
            }
            if Instant::now() >= deadline {
                return;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let deadline = Instant::now() + PATIENCE;
        loop {
            let (started, finished) = self.counts();
            if finished >= started && self.try_eval("document.readyState").await == Some(json!("complete")) {
                break;
            }
            if Instant::now() >= deadline {
                panic!(
                    "{}",
                    self.fail(&format!(
                        "the page did not finish loading within {} s",
                        PATIENCE.as_secs()
                    ))
                    .await
                );
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        self.after_load().await;
    }

    /// What every new document is checked for: an error status, script errors, and (once per
    /// kind of page) accessibility and, on a phone, sideways scrolling.
    async fn after_load(&self) {
        let (status, url, errors) = {
            let mut e = self.events.lock().expect("events");
            let (status, url) = e.status.clone().unwrap_or((200, String::new()));
            (status, url, std::mem::take(&mut e.errors))
        };
        for error in errors {
            self.problem(&format!("the browser reported {error}")).await;
        }
        // 422 is a refused form shown again with its messages: the person can go on.
        if status >= 400 && status != 422 {
            panic!(
                "{}",
                self.fail(&format!("the server answered {status} for {url}")).await
            );
        }
        // A kind of page is checked again when it shows a kind of control it did not show
        // before (the event page once registered offers a link-styled button, a list its delete
        // buttons), not for every change of its content.
        let actions = self
            .try_eval("[...new Set([...document.querySelectorAll('main button, main input, main select, main textarea, main a.button')].map(e => e.tagName + '.' + [...e.classList].sort().join('.') + (e.type ? ':' + e.type : '')))].sort().join('|')")
            .await
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        let key = format!(
            "{} {} {actions}",
            if status == 422 { "refused" } else { "ok" },
            page_kind(&url)
        );
        let first = self.shared.checked.lock().expect("checked").insert(key);
        if first {
            self.axe().await;
            if self.shared.viewport == Viewport::Phone {
                self.no_sideways_scroll().await;
            }
        }
    }

    /// The address shown.
    pub async fn url(&self) -> String {
        self.try_eval("location.href")
            .await
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    /// The address's path and query.
    pub async fn path(&self) -> String {
        self.try_eval("location.pathname + location.search")
            .await
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    // ---- finding and acting ----

    fn next_mark(&self) -> String {
        format!("m{}", self.marks.fetch_add(1, Ordering::Relaxed))
    }

    async fn locate(&self, finder: &str, what: &str, available: &str) -> Target {
        let m = self.next_mark();
        let v = self
            .eval(&format!(
                "(() => {{ const el = ({finder})[0]; if (!el) return {{ missing: {available} }}; return target(el, {m:?}); }})()"
            ))
            .await;
        if let Some(missing) = v.get("missing") {
            let list: Vec<String> = missing
                .as_array()
                .map(|a| a.iter().filter_map(|s| s.as_str().map(|s| format!("“{s}”"))).collect())
                .unwrap_or_default();
            panic!(
                "{}",
                self.fail(&format!("there is no {what}; the page offers: {}", list.join(", ")))
                    .await
            );
        }
        Target {
            mark: v["mark"].as_str().unwrap_or_default().to_owned(),
            x: v["x"].as_f64().unwrap_or(0.0),
            y: v["y"].as_f64().unwrap_or(0.0),
            blocked: v["blocked"].as_str().map(str::to_owned),
            describe: v["describe"].as_str().unwrap_or_default().to_owned(),
        }
    }

    /// A real click (mouse moved, pressed and released) at the element's centre, failing when
    /// a person could not click it there.
    async fn press_on(&self, t: &Target, what: &str) {
        if let Some(why) = &t.blocked {
            panic!(
                "{}",
                self.fail(&format!("a person cannot click the {what} ({}): it {why}", t.describe))
                    .await
            );
        }
        for (kind, buttons) in [("mouseMoved", 0), ("mousePressed", 1), ("mouseReleased", 0)] {
            self.cdp(
                "Input.dispatchMouseEvent",
                json!({ "type": kind, "x": t.x, "y": t.y, "button": "left", "buttons": buttons, "clickCount": 1 }),
            )
            .await;
        }
    }

    /// Records a problem when the element's text can hardly be told from its background.
    async fn legible(&self, t: &Target, what: &str) {
        let v = self
            .try_eval(&format!(
                "(() => {{ const el = document.querySelector('[data-ch-mark={:?}]'); return el && contrast(el); }})()",
                t.mark
            ))
            .await
            .unwrap_or(Value::Null);
        if let Some(ratio) = v["ratio"].as_f64() {
            if ratio < 3.0 {
                self.problem(&format!(
                    "the {what} ({}) can hardly be seen: text {} on {} (contrast {ratio:.2}:1, at least 3:1 needed)",
                    t.describe, v["fg"], v["bg"]
                ))
                .await;
            }
        }
    }

    async fn click_target(&self, t: Target, what: &str) {
        self.legible(&t, what).await;
        let before = self.counts().0;
        self.press_on(&t, what).await;
        self.await_navigation(before, Duration::from_millis(600)).await;
    }

    /// Fails unless what reads `text` can be seen (drawn, in the window once scrolled to, not
    /// covered), and records a problem when it can hardly be read; nothing is clicked.
    pub async fn can_see(&self, kind: &str, text: &str) {
        let what = format!("{kind} “{text}”");
        let t = self
            .locate(
                &format!("byText({kind:?}, {text:?}, null)"),
                &what,
                &format!("visibleTexts({kind:?})"),
            )
            .await;
        if let Some(why) = &t.blocked {
            panic!(
                "{}",
                self.fail(&format!("a person cannot see the {what} ({}): it {why}", t.describe))
                    .await
            );
        }
        self.legible(&t, &what).await;
    }

    /// Why a person could not click what reads `text` (`kind` as for `click_text`), or None
    /// when they could: what `click_text` checks before it clicks.
    pub async fn why_not_clickable(&self, kind: &str, text: &str) -> Option<String> {
        let t = self
            .locate(
                &format!("byText({kind:?}, {text:?}, null)"),
                &format!("{kind} “{text}”"),
                &format!("visibleTexts({kind:?})"),
            )
            .await;
        t.blocked
    }

    /// Clicks the element matching a CSS selector (the first visible one).
    pub async fn click(&self, selector: &str) {
        let t = self
            .locate(
                &format!("[...document.querySelectorAll({selector:?})].filter(shown).concat([...document.querySelectorAll({selector:?})])"),
                &format!("element {selector}"),
                "[]",
            )
            .await;
        self.click_target(t, &format!("element {selector}")).await;
    }

    /// Clicks what reads `text`: `kind` is "button", "link", "button or link" or a CSS selector.
    /// The exact text is preferred, then one containing it; visible ones first.
    pub async fn click_text(&self, kind: &str, text: &str) {
        self.click_text_in(None, kind, text).await;
    }

    /// As `click_text`, among the descendants of the first element matching `scope`.
    pub async fn click_text_in(&self, scope: Option<&str>, kind: &str, text: &str) {
        let what = format!("{kind} “{text}”");
        let scope_js = serde_json::to_string(&scope).unwrap_or_default();
        let t = self
            .locate(
                &format!("byText({kind:?}, {text:?}, {scope_js})"),
                &what,
                &format!("visibleTexts({kind:?})"),
            )
            .await;
        self.click_target(t, &what).await;
    }

    /// Clicks a form field found by its label (or placeholder, aria-label, CSS selector).
    async fn locate_field(&self, label: &str) -> Target {
        self.locate(
            &format!("byLabel({label:?})"),
            &format!("field labelled “{label}”"),
            "visibleLabels()",
        )
        .await
    }

    /// Types `text` into the field labelled `label`, replacing what it held: clicks it, then
    /// inserts the text as typing does (date and time fields are set as their pickers do).
    pub async fn fill(&self, label: &str, text: &str) {
        let t = self.locate_field(label).await;
        let what = format!("field “{label}”");
        let kind = self
            .eval(&format!(
                "(() => {{ const el = document.querySelector('[data-ch-mark={:?}]'); return el.tagName === 'SELECT' ? 'select' : (el.type || 'text'); }})()",
                t.mark
            ))
            .await;
        let kind = kind.as_str().unwrap_or("text").to_owned();
        if matches!(kind.as_str(), "select" | "checkbox" | "radio") {
            panic!(
                "{}",
                self.fail(&format!("the {what} is a {kind}: use select() or check()"))
                    .await
            );
        }
        self.press_on(&t, &what).await;
        let mark = format!("{:?}", t.mark);
        if matches!(kind.as_str(), "date" | "time" | "datetime-local" | "month" | "week") {
            self.eval(&format!(
                "(() => {{ const el = document.querySelector('[data-ch-mark={mark}]'); el.value = {text:?}; \
                 el.dispatchEvent(new Event('input', {{ bubbles: true }})); el.dispatchEvent(new Event('change', {{ bubbles: true }})); \
                 return el.value; }})()"
            ))
            .await;
        } else {
            self.eval(&format!(
                "(() => {{ const el = document.querySelector('[data-ch-mark={mark}]'); el.focus(); if (el.value) {{ el.select(); if (el.value && el.selectionStart === el.selectionEnd && el.type !== 'email' && el.type !== 'number') el.value = ''; }} return true; }})()"
            ))
            .await;
            if text.is_empty() {
                self.key("Backspace").await;
            } else {
                self.cdp("Input.insertText", json!({ "text": text })).await;
            }
        }
        let value = self
            .eval(&format!("document.querySelector('[data-ch-mark={mark}]').value"))
            .await;
        if value.as_str() != Some(text) {
            panic!(
                "{}",
                self.fail(&format!("after typing “{text}” into the {what}, it holds {value}"))
                    .await
            );
        }
    }

    /// Types `text` at the caret, one character at a time (as-you-type features see each).
    pub async fn type_text(&self, text: &str) {
        for c in text.chars() {
            self.cdp("Input.insertText", json!({ "text": c.to_string() })).await;
        }
    }

    /// Chooses the option reading `option` in the drop-down labelled `label`.
    pub async fn select(&self, label: &str, option: &str) {
        let t = self.locate_field(label).await;
        let what = format!("drop-down “{label}”");
        if let Some(why) = &t.blocked {
            panic!(
                "{}",
                self.fail(&format!("a person cannot use the {what} ({}): it {why}", t.describe))
                    .await
            );
        }
        let v = self
            .eval(&format!(
                "(() => {{ const el = document.querySelector('[data-ch-mark={:?}]'); if (el.tagName !== 'SELECT') return {{ error: 'it is not a drop-down but ' + describe(el) }}; \
                 const opts = [...el.options]; const want = norm({option:?}); \
                 const o = opts.find(o => norm(o.text) === want) || opts.find(o => norm(o.text).startsWith(want)) || opts.find(o => norm(o.text).includes(want)); \
                 if (!o) return {{ error: 'it has no option “' + want + '”; its options: ' + opts.map(o => norm(o.text)).slice(0, 40).join(' | ') }}; \
                 el.focus(); el.value = o.value; o.selected = true; \
                 el.dispatchEvent(new Event('input', {{ bubbles: true }})); el.dispatchEvent(new Event('change', {{ bubbles: true }})); \
                 return {{ ok: true }}; }})()",
                t.mark
            ))
            .await;
        if let Some(err) = v["error"].as_str() {
            panic!("{}", self.fail(&format!("choosing in the {what}: {err}")).await);
        }
    }

    /// Ticks the checkbox (or radio button) labelled `label` by clicking it, or its label when
    /// the box itself is drawn by the label.
    pub async fn check(&self, label: &str) {
        self.set_checked(label, true).await;
    }

    /// Unticks the checkbox labelled `label`.
    pub async fn uncheck(&self, label: &str) {
        self.set_checked(label, false).await;
    }

    async fn set_checked(&self, label: &str, on: bool) {
        let t = self.locate_field(label).await;
        let what = format!("checkbox “{label}”");
        let state = format!("document.querySelector('[data-ch-mark={:?}]').checked", t.mark);
        if self.eval(&state).await == json!(on) {
            return;
        }
        if t.blocked.is_some() {
            // A box drawn by its label: the label is what a person clicks.
            let m = self.next_mark();
            let label_target: Value = self
                .eval(&format!(
                    "(() => {{ const el = document.querySelector('[data-ch-mark={:?}]'); const l = el.labels && [...el.labels].find(shown); return l ? target(l, {m:?}) : null; }})()",
                    t.mark
                ))
                .await;
            if label_target["blocked"].is_null() && label_target["x"].is_f64() {
                let lt = Target {
                    mark: m,
                    x: label_target["x"].as_f64().unwrap_or(0.0),
                    y: label_target["y"].as_f64().unwrap_or(0.0),
                    blocked: None,
                    describe: label_target["describe"].as_str().unwrap_or_default().to_owned(),
                };
                self.press_on(&lt, &what).await;
            } else {
                self.press_on(&t, &what).await;
            }
        } else {
            self.press_on(&t, &what).await;
        }
        if self.eval(&state).await != json!(on) {
            panic!(
                "{}",
                self.fail(&format!(
                    "clicking the {what} did not {}tick it",
                    if on { "" } else { "un" }
                ))
                .await
            );
        }
    }

    async fn key(&self, key: &str) {
        let (code, key_code, text) = match key {
            "Enter" => ("Enter", 13, "\r"),
            "Escape" => ("Escape", 27, ""),
            "Tab" => ("Tab", 9, ""),
            "Backspace" => ("Backspace", 8, ""),
            "ArrowDown" => ("ArrowDown", 40, ""),
            "ArrowUp" => ("ArrowUp", 38, ""),
            " " => ("Space", 32, " "),
            other => panic!("no key {other} in the harness"),
        };
        let mut down = json!({ "type": if text.is_empty() { "rawKeyDown" } else { "keyDown" }, "key": key, "code": code,
            "windowsVirtualKeyCode": key_code, "nativeVirtualKeyCode": key_code });
        if !text.is_empty() {
            down["text"] = json!(text);
            down["unmodifiedText"] = json!(text);
        }
        self.cdp("Input.dispatchKeyEvent", down).await;
        self.cdp(
            "Input.dispatchKeyEvent",
            json!({ "type": "keyUp", "key": key, "code": code, "windowsVirtualKeyCode": key_code, "nativeVirtualKeyCode": key_code }),
        )
        .await;
    }

    /// Presses a key where the focus is (Enter in a field submits its form, as in any browser)
    /// and waits for the page it leads to, if any.
    pub async fn press(&self, key: &str) {
        let before = self.counts().0;
        self.key(key).await;
        self.await_navigation(before, Duration::from_millis(600)).await;
    }

    // ---- what the person sees ----

    /// What the person sees: the page's text as rendered.
    pub async fn text(&self) -> String {
        self.eval("document.body.innerText")
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Waits until the page shows `text` (whitespace-insensitive); fails after a while.
    pub async fn see(&self, text: &str) {
        let want = serde_json::to_string(text).unwrap_or_default();
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            if self
                .try_eval(&format!("norm(document.body.innerText).includes(norm({want}))"))
                .await
                == Some(json!(true))
            {
                return;
            }
            if Instant::now() >= deadline {
                panic!("{}", self.fail(&format!("the page does not show “{text}”")).await);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the JavaScript `condition` holds in the page (it updates on its own time);
    /// fails after a while, saying what was awaited.
    pub async fn wait_until(&self, condition: &str, what: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if self.try_eval(condition).await == Some(json!(true)) {
                return;
            }
            if Instant::now() >= deadline {
                panic!("{}", self.fail(&format!("{what} never happened ({condition})")).await);
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Fails when the page shows `text`.
    pub async fn not_see(&self, text: &str) {
        let want = serde_json::to_string(text).unwrap_or_default();
        if self
            .eval(&format!("norm(document.body.innerText).includes(norm({want}))"))
            .await
            == json!(true)
        {
            panic!(
                "{}",
                self.fail(&format!("the page shows “{text}”, and should not")).await
            );
        }
    }

    /// Whether the page shows `text` now.
    pub async fn shows(&self, text: &str) -> bool {
        let want = serde_json::to_string(text).unwrap_or_default();
        self.eval(&format!("norm(document.body.innerText).includes(norm({want}))"))
            .await
            == json!(true)
    }

    /// The visible text of the first element matching `selector` ("" when there is none).
    pub async fn text_of(&self, selector: &str) -> String {
        self.eval(&format!(
            "(() => {{ const el = document.querySelector({selector:?}); return el ? norm(el.innerText) : ''; }})()"
        ))
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
    }

    /// The element that has the keyboard focus: its tag, id, class and text.
    pub async fn focused(&self) -> Focused {
        let v = self
            .eval(
                "(() => { const el = document.activeElement; return { tag: el ? el.tagName.toLowerCase() : '', id: (el && el.id) || '', \
                 class: (el && typeof el.className === 'string') ? el.className : '', role: (el && el.getAttribute('role')) || '', text: el ? norm(el.innerText || el.value || '').slice(0, 300) : '' }; })()",
            )
            .await;
        let s = |k: &str| v[k].as_str().unwrap_or_default().to_owned();
        Focused {
            tag: s("tag"),
            id: s("id"),
            class: s("class"),
            role: s("role"),
            text: s("text"),
        }
    }

    /// Records a problem unless what reads `text` (a call to action) is drawn as a button: a
    /// filled background that stands out from what is around it, or a border.
    pub async fn looks_like_a_button(&self, kind: &str, text: &str) {
        let v = self
            .eval(&format!(
                "(() => {{ const el = byText({kind:?}, {text:?})[0]; if (!el) return null; const cs = getComputedStyle(el); \
                 const own = rgba(cs.backgroundColor); let around = null; \
                 for (let e = el.parentElement; e; e = e.parentElement) {{ const c = rgba(getComputedStyle(e).backgroundColor); if (c && c[3] > 0.5) {{ around = c; break; }} }} \
                 around = around || [255, 255, 255, 1]; \
                 const filled = own && own[3] > 0.5 && own.slice(0, 3).some((v, i) => Math.abs(v - around[i]) > 24); \
                 const bordered = parseFloat(cs.borderTopWidth) >= 1 && cs.borderTopStyle !== 'none'; \
                 return {{ ok: filled || bordered, describe: describe(el), background: cs.backgroundColor, padding: cs.padding }}; }})()"
            ))
            .await;
        if v.is_null() {
            panic!("{}", self.fail(&format!("there is no {kind} “{text}”")).await);
        }
        if v["ok"] != json!(true) {
            self.problem(&format!(
                "the call to action {} is not drawn as a button (background {}, padding {}): it reads as plain text",
                v["describe"].as_str().unwrap_or_default(),
                v["background"],
                v["padding"]
            ))
            .await;
        }
    }

    /// Records a problem (the journey goes on) unless `ok`.
    pub async fn verify(&self, ok: bool, msg: &str) {
        if !ok {
            self.problem(msg).await;
        }
    }

    /// Records a problem (the journey goes on) when the page does not come to show `text`: for
    /// confirmations whose outcome the journey checks otherwise.
    pub async fn should_see(&self, text: &str) {
        let want = serde_json::to_string(text).unwrap_or_default();
        let deadline = Instant::now() + Duration::from_secs(2);
        while Instant::now() < deadline {
            if self
                .try_eval(&format!("norm(document.body.innerText).includes(norm({want}))"))
                .await
                == Some(json!(true))
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        self.problem(&format!("the page does not show “{text}”")).await;
    }

    /// Fails the journey with `msg` (and what the page shows) unless `ok`.
    pub async fn expect(&self, ok: bool, msg: &str) {
        if !ok {
            panic!("{}", self.fail(msg).await);
        }
    }

    /// The address of the first link reading `text`.
    pub async fn href_of(&self, text: &str) -> String {
        let v = self
            .eval(&format!(
                "(() => {{ const a = byText('link', {text:?})[0]; return a ? a.href : null; }})()"
            ))
            .await;
        match v.as_str() {
            Some(h) => h.to_owned(),
            None => panic!("{}", self.fail(&format!("there is no link “{text}”")).await),
        }
    }

    /// Fetches `url` with this person's cookies, from the page: (status, content type, body).
    pub async fn fetch(&self, url: &str) -> (u16, String, String) {
        let v = self
            .eval(&format!(
                "fetch({url:?}, {{ credentials: 'same-origin' }}).then(async r => ({{ status: r.status, type: r.headers.get('content-type') || '', body: await r.text() }}))"
            ))
            .await;
        (
            v["status"].as_u64().unwrap_or(0) as u16,
            v["type"].as_str().unwrap_or_default().to_owned(),
            v["body"].as_str().unwrap_or_default().to_owned(),
        )
    }

    // ---- evidence and page-wide checks ----

    async fn screenshot_file(&self, step: &str) -> Option<PathBuf> {
        let started = Instant::now();
        let path = self.capture(step).await;
        self.shared
            .shot_ms
            .fetch_add(started.elapsed().as_millis() as u64, Ordering::Relaxed);
        path
    }

    async fn capture(&self, step: &str) -> Option<PathBuf> {
        let n = self.shared.shots.fetch_add(1, Ordering::Relaxed) + 1;
        // The whole page, down to a length that still makes a useful picture.
        let metrics = self
            .conn
            .call(Some(&self.session), "Page.getLayoutMetrics", json!({}))
            .await
            .ok()?;
        let height = metrics["cssContentSize"]["height"]
            .as_f64()
            .unwrap_or(800.0)
            .clamp(100.0, 4000.0);
        let width = self.shared.viewport.width();
        let v = self
            .conn
            .call(
                Some(&self.session),
                "Page.captureScreenshot",
                json!({ "format": "png", "captureBeyondViewport": true, "fromSurface": true,
                        "clip": { "x": 0, "y": 0, "width": width, "height": height, "scale": 1 } }),
            )
            .await
            .ok()?;
        let bytes = decode_base64(v["data"].as_str()?);
        let step: String = step
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        let path = self.shared.dir.join(format!(
            "{n:02}-{}-{step}-{}.png",
            self.who,
            self.shared.viewport.name()
        ));
        std::fs::write(&path, bytes).ok()?;
        Some(path)
    }

    /// A screenshot of the whole page for this step of the journey.
    pub async fn screenshot(&self, step: &str) {
        self.screenshot_file(step).await;
    }

    /// Records a problem when the page scrolls sideways (wider than the window), naming the
    /// elements that stick out.
    pub async fn no_sideways_scroll(&self) {
        let v = self
            .eval(&format!(
                "(() => {{ const w = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth), iw = {}; if (w <= iw) return null; \
                 const out = [...document.body.querySelectorAll('*')].filter(e => {{ const r = e.getBoundingClientRect(); return r.width > 0 && r.right > iw + 1; }}); \
                 const inner = out.filter(e => !out.some(o => o !== e && e.contains(o))); \
                 return {{ w, iw, what: inner.slice(0, 8).map(e => describe(e) + ' (right edge at ' + Math.round(e.getBoundingClientRect().right) + ')') }}; }})()",
                self.shared.viewport.width()
            ))
            .await;
        if !v.is_null() {
            let what: Vec<String> = v["what"]
                .as_array()
                .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_owned)).collect())
                .unwrap_or_default();
            let key = format!("sideways {}", what.first().cloned().unwrap_or_default());
            let seen = self.shared.reported.lock().expect("reported").get(&key).copied();
            if let Some(i) = seen {
                let path = self.path().await;
                if let Some(p) = self.shared.problems.lock().expect("problems").get_mut(i) {
                    p.push_str(&format!("\n  the same on {path}"));
                }
                return;
            }
            let i = self
                .problem(&format!(
                    "the page scrolls sideways: {} px wide in a window of {} px; sticking out: {}",
                    v["w"],
                    v["iw"],
                    what.join("; ")
                ))
                .await;
            self.shared.reported.lock().expect("reported").insert(key, i);
        }
    }

    /// Runs axe-core (WCAG 2.0/2.1 A and AA, and best practices) on the page as it is now and
    /// records a problem for each critical or serious violation.
    pub async fn axe(&self) {
        let started = Instant::now();
        self.run_axe().await;
        let took = started.elapsed();
        self.shared.axe_ms.fetch_add(took.as_millis() as u64, Ordering::Relaxed);
        self.shared.axe_runs.fetch_add(1, Ordering::Relaxed);
        if tracing() {
            eprintln!("trace: axe-core on {} took {} ms", self.path().await, took.as_millis());
        }
    }

    async fn run_axe(&self) {
        let Some(source) = axe_source() else { return };
        // Evaluated through DevTools, so the page's Content-Security-Policy does not apply.
        let loaded = self
            .cdp(
                "Runtime.evaluate",
                json!({ "expression": format!("if (!window.axe) {{ {source}\n }} true"), "returnByValue": true }),
            )
            .await;
        if loaded.get("exceptionDetails").is_some() {
            self.problem(&format!("axe-core could not be loaded: {}", loaded["exceptionDetails"]))
                .await;
            return;
        }
        let v = self
            .eval(
                "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] })\
                 .then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, \
                 nodes: v.nodes.slice(0, 50).map(n => ({ target: n.target.join(' '), html: n.html.slice(0, 200), summary: (n.failureSummary || '').slice(0, 300) })) })))",
            )
            .await;
        let path = self.path().await;
        let mut serious = vec![];
        let mut keys = vec![];
        let mut minor = vec![];
        for violation in v.as_array().into_iter().flatten() {
            let impact = violation["impact"].as_str().unwrap_or("?");
            let id = violation["id"].as_str().unwrap_or("?");
            if !matches!(impact, "critical" | "serious") && !ENFORCED.contains(&id) {
                minor.push(format!("{id} ({impact})"));
                continue;
            }
            // The page frame repeats on every page: elements already reported for a rule are
            // only noted again; the report is about the others.
            let mut fresh = vec![];
            for n in violation["nodes"].as_array().into_iter().flatten() {
                let key = format!("{id} {}", n["target"].as_str().unwrap_or_default());
                let seen = self.shared.reported.lock().expect("reported").get(&key).copied();
                match seen {
                    Some(i) => {
                        if let Some(p) = self.shared.problems.lock().expect("problems").get_mut(i) {
                            let note = format!("\n  the same on {path}");
                            if !p.ends_with(&note) {
                                p.push_str(&note);
                            }
                        }
                    }
                    None => {
                        keys.push(key);
                        fresh.push(n);
                    }
                }
            }
            if fresh.is_empty() {
                continue;
            }
            let nodes: Vec<String> = fresh
                .iter()
                .take(4)
                .map(|n| {
                    format!(
                        "      {}\n        {}\n        {}",
                        n["target"].as_str().unwrap_or(""),
                        n["html"].as_str().unwrap_or(""),
                        n["summary"].as_str().unwrap_or("").replace('\n', " ")
                    )
                })
                .collect();
            serious.push(format!(
                "    {id} ({impact}, {} element(s)): {}\n{}",
                fresh.len(),
                violation["help"].as_str().unwrap_or(""),
                nodes.join("\n")
            ));
        }
        if !minor.is_empty() {
            eprintln!(
                "note: axe on {path} ({}): {}",
                self.shared.viewport.name(),
                minor.join(", ")
            );
        }
        if !serious.is_empty() {
            let i = self
                .problem(&format!(
                    "axe-core finds {} violation(s):\n{}",
                    serious.len(),
                    serious.join("\n")
                ))
                .await;
            let mut reported = self.shared.reported.lock().expect("reported");
            for key in keys {
                reported.insert(key, i);
            }
        }
    }
}

/// The element with the keyboard focus.
#[derive(Debug)]
pub struct Focused {
    pub tag: String,
    pub id: String,
    pub class: String,
    pub role: String,
    pub text: String,
}

/// The kind of page an address shows: the path with ids and slugs replaced, so each kind is
/// checked once per journey.
fn page_kind(url: &str) -> String {
    let path = url
        .split("://")
        .nth(1)
        .and_then(|r| r.find('/').map(|i| &r[i..]))
        .unwrap_or(url);
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let mut out = vec![];
    let mut previous = "";
    for segment in path.split('/') {
        let generic = segment.chars().any(|c| c.is_ascii_digit())
            || (previous == "organisations" && !matches!(segment, "new" | ""))
            || previous == "calendars";
        out.push(if generic { "*" } else { segment });
        previous = segment;
    }
    out.join("/")
}

fn decode_base64(s: &str) -> Vec<u8> {
    let mut table = [255u8; 256];
    for (i, c) in b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        .iter()
        .enumerate()
    {
        table[*c as usize] = i as u8;
    }
    let mut bits = 0u32;
    let mut n = 0;
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    for c in s.bytes() {
        let v = table[c as usize];
        if v == 255 {
            continue;
        }
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

#[test]
fn kinds_of_page_leave_out_ids_and_slugs() {
    assert_eq!(
        page_kind("http://127.0.0.1:5/organisations/acme-gmbh/edit?x=1"),
        "/organisations/*/edit"
    );
    assert_eq!(page_kind("http://127.0.0.1:5/events/12/agenda"), "/events/*/agenda");
    assert_eq!(page_kind("http://127.0.0.1:5/organisations/new"), "/organisations/new");
    assert_eq!(decode_base64("aGVsbG8="), b"hello");
}

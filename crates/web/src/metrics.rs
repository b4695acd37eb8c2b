//! `/metrics`: what an operator watches, in the Prometheus text format (version 0.0.4): requests
//! by route, method and status with a latency histogram, how far this node's copies of the
//! database (read cache, search index, matching index) are behind the change feed, and the runs of
//! background jobs. Counted in memory per node since it started; a scraper adds up the nodes.
//!
//! The figures say which routes are used and how often: they are answered only to clients on
//! this machine or a private network (after trusted proxies are taken into account), and 404 to
//! anyone else.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::auth::Viewer;
use crate::{AppState, WebError};

/// Upper bounds of the latency histogram's buckets, in seconds.
const BUCKETS: [f64; 11] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];

#[derive(Default)]
struct Latencies {
    count: u64,
    sum: f64,
    /// Requests at most each bound (not yet cumulative).
    within: [u64; BUCKETS.len()],
}

#[derive(Default, Clone)]
struct JobRuns {
    succeeded: u64,
    failed: u64,
    items: u64,
    last_success: Option<SystemTime>,
    last_seconds: f64,
}

/// The node's counters.
pub struct Metrics {
    started: Instant,
    /// By (route pattern, method, status).
    requests: Mutex<HashMap<(&'static str, String, u16), Latencies>>,
    jobs: Mutex<BTreeMap<&'static str, JobRuns>>,
}

impl Default for Metrics {
    fn default() -> Self {
        Self {
            started: Instant::now(),
            requests: Mutex::new(HashMap::new()),
            jobs: Mutex::new(BTreeMap::new()),
        }
    }
}

/// The route pattern a response was routed by (set by [`label`]); absent for unknown paths.
#[derive(Clone, Copy)]
struct Route(&'static str);

impl Metrics {
    fn request(&self, route: &'static str, method: &str, status: u16, took: Duration) {
        let seconds = took.as_secs_f64();
        let mut requests = self.requests.lock().unwrap_or_else(|p| p.into_inner());
        let l = requests.entry((route, method.to_owned(), status)).or_default();
        l.count += 1;
        l.sum += seconds;
        if let Some(i) = BUCKETS.iter().position(|b| seconds <= *b) {
            l.within[i] += 1;
        }
    }

    /// Records a run of the background job `name`: how many things it did, or that it failed.
    pub fn job_run(&self, name: &'static str, outcome: Result<usize, ()>, took: Duration) {
        let mut jobs = self.jobs.lock().unwrap_or_else(|p| p.into_inner());
        let j = jobs.entry(name).or_default();
        j.last_seconds = took.as_secs_f64();
        match outcome {
            Ok(n) => {
                j.succeeded += 1;
                j.items += n as u64;
                j.last_success = Some(SystemTime::now());
            }
            Err(()) => j.failed += 1,
        }
    }

    fn render(&self, feed: &Feed) -> String {
        let mut out = String::with_capacity(16 * 1024);
        let family = |out: &mut String, name: &str, kind: &str, help: &str| {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}");
        };
        family(
            &mut out,
            "clusterhub_uptime_seconds",
            "gauge",
            "Seconds since this node started.",
        );
        let _ = writeln!(
            out,
            "clusterhub_uptime_seconds {:.3}",
            self.started.elapsed().as_secs_f64()
        );

        family(
            &mut out,
            "clusterhub_http_request_duration_seconds",
            "histogram",
            "Requests answered, by route pattern, method and status, with the time to answer.",
        );
        {
            let requests = self.requests.lock().unwrap_or_else(|p| p.into_inner());
            let mut keys: Vec<_> = requests.keys().collect();
            keys.sort();
            for key in keys {
                let (route, method, status) = key;
                let l = &requests[key];
                let labels = format!(
                    "route=\"{}\",method=\"{}\",status=\"{status}\"",
                    label_value(route),
                    label_value(method)
                );
                let mut cumulative = 0;
                for (bound, n) in BUCKETS.iter().zip(l.within) {
                    cumulative += n;
                    let _ = writeln!(
                        out,
                        "clusterhub_http_request_duration_seconds_bucket{{{labels},le=\"{bound}\"}} {cumulative}"
                    );
                }
                let _ = writeln!(
                    out,
                    "clusterhub_http_request_duration_seconds_bucket{{{labels},le=\"+Inf\"}} {}\n\
                     clusterhub_http_request_duration_seconds_sum{{{labels}}} {:.6}\n\
                     clusterhub_http_request_duration_seconds_count{{{labels}}} {}",
                    l.count, l.sum, l.count
                );
            }
        }

        family(
            &mut out,
            "clusterhub_change_feed_position",
            "gauge",
            "The newest change in the database's change feed.",
        );
        if let Some(db) = feed.database {
            let _ = writeln!(out, "clusterhub_change_feed_position {db}");
        }
        family(
            &mut out,
            "clusterhub_feed_lag_changes",
            "gauge",
            "Changes this node's copy has not taken in yet (0 when current; -1 before its first build).",
        );
        for (copy, at) in [
            ("read_cache", feed.read_cache),
            ("search_index", feed.search_index),
            ("matching_index", feed.matching_index),
        ] {
            let lag = match (feed.database, at) {
                (Some(db), Some(at)) => (db - at).max(0),
                _ => -1,
            };
            let _ = writeln!(out, "clusterhub_feed_lag_changes{{copy=\"{copy}\"}} {lag}");
        }

        let jobs = self.jobs.lock().unwrap_or_else(|p| p.into_inner()).clone();
        family(
            &mut out,
            "clusterhub_job_runs_total",
            "counter",
            "Runs of each background job, by outcome.",
        );
        for (name, j) in &jobs {
            let name = label_value(name);
            let _ = writeln!(
                out,
                "clusterhub_job_runs_total{{job=\"{name}\",outcome=\"success\"}} {}\n\
                 clusterhub_job_runs_total{{job=\"{name}\",outcome=\"failure\"}} {}",
                j.succeeded, j.failed
            );
        }
        family(
            &mut out,
            "clusterhub_job_items_total",
            "counter",
            "Things background jobs did (mails sent, items expired).",
        );
        for (name, j) in &jobs {
            let _ = writeln!(
                out,
                "clusterhub_job_items_total{{job=\"{}\"}} {}",
                label_value(name),
                j.items
            );
        }
        family(
            &mut out,
            "clusterhub_job_last_success_timestamp_seconds",
            "gauge",
            "When each job last ran without failing.",
        );
        for (name, j) in &jobs {
            if let Some(at) = j.last_success.and_then(|t| t.duration_since(UNIX_EPOCH).ok()) {
                let _ = writeln!(
                    out,
                    "clusterhub_job_last_success_timestamp_seconds{{job=\"{}\"}} {}",
                    label_value(name),
                    at.as_secs()
                );
            }
        }
        family(
            &mut out,
            "clusterhub_job_last_run_seconds",
            "gauge",
            "How long each job's last run took.",
        );
        for (name, j) in &jobs {
            let _ = writeln!(
                out,
                "clusterhub_job_last_run_seconds{{job=\"{}\"}} {:.3}",
                label_value(name),
                j.last_seconds
            );
        }
        out
    }
}

/// Where the database's feed and this node's copies of it stand.
struct Feed {
    database: Option<i64>,
    read_cache: Option<i64>,
    search_index: Option<i64>,
    matching_index: Option<i64>,
}

/// A label value as the text format wants it: backslash, quote and newline escaped.
fn label_value(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

/// Middleware around every route: remembers the route pattern on the response, for [`record`].
pub async fn label(req: Request, next: Next) -> Response {
    let path = req.extensions().get::<MatchedPath>().cloned();
    let mut res = next.run(req).await;
    if let Some(p) = path {
        // Patterns come from the route table, a fixed set: leaking each once keeps the counters'
        // keys free of allocation per request.
        res.extensions_mut().insert(Route(intern(p.as_str())));
    }
    res
}

fn intern(pattern: &str) -> &'static str {
    static PATTERNS: std::sync::LazyLock<Mutex<std::collections::HashSet<&'static str>>> =
        std::sync::LazyLock::new(Mutex::default);
    let mut patterns = PATTERNS.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(p) = patterns.get(pattern) {
        return p;
    }
    let p: &'static str = Box::leak(pattern.to_owned().into_boxed_str());
    patterns.insert(p);
    p
}

/// Middleware outside the others: counts each request with its time to answer.
pub async fn record(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().clone();
    let res = next.run(req).await;
    let route = res.extensions().get::<Route>().map_or("unmatched", |r| r.0);
    state
        .metrics
        .request(route, method.as_str(), res.status().as_u16(), started.elapsed());
    res
}

/// Whether `ip` may read the metrics: this machine or a private network.
fn may_read(ip: &str) -> bool {
    match ip.parse::<IpAddr>() {
        Ok(IpAddr::V4(a)) => a.is_loopback() || a.is_private(),
        Ok(IpAddr::V6(a)) => {
            a.is_loopback()
                || (a.segments()[0] & 0xfe00) == 0xfc00
                || a.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback() || v4.is_private())
        }
        Err(_) => false,
    }
}

/// GET /metrics
pub async fn metrics(
    State(st): State<AppState>,
    axum::Extension(viewer): axum::Extension<Viewer>,
) -> Result<Response, WebError> {
    if !may_read(&viewer.ip) {
        return Err(WebError::NotFound);
    }
    let feed = Feed {
        database: st.store.latest_change_id().await.ok(),
        read_cache: st.cache.change(),
        search_index: st.search.commit_state().map(|c| c.cursor),
        matching_index: st.matchmaker.snapshot().map(|s| s.seen()),
    };
    let body = st.metrics.render(&feed);
    Ok((
        StatusCode::OK,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
        )],
        body,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_format_counts_cumulatively_and_escapes_labels() {
        let m = Metrics::default();
        m.request("/organisations/{slug}", "GET", 200, Duration::from_millis(3));
        m.request("/organisations/{slug}", "GET", 200, Duration::from_millis(30));
        m.request("/organisations/{slug}", "GET", 200, Duration::from_secs(20));
        m.job_run("alert \"digests\"", Ok(4), Duration::from_millis(12));
        m.job_run("alert \"digests\"", Err(()), Duration::from_millis(1));
        let text = m.render(&Feed {
            database: Some(10),
            read_cache: Some(10),
            search_index: Some(7),
            matching_index: None,
        });
        let labels = "route=\"/organisations/{slug}\",method=\"GET\",status=\"200\"";
        assert!(
            text.contains(&format!("_bucket{{{labels},le=\"0.005\"}} 1\n")),
            "{text}"
        );
        assert!(text.contains(&format!("_bucket{{{labels},le=\"0.05\"}} 2\n")));
        assert!(text.contains(&format!("_bucket{{{labels},le=\"10\"}} 2\n")));
        assert!(text.contains(&format!("_bucket{{{labels},le=\"+Inf\"}} 3\n")));
        assert!(text.contains(&format!("_count{{{labels}}} 3\n")));
        assert!(text.contains("clusterhub_feed_lag_changes{copy=\"read_cache\"} 0\n"));
        assert!(text.contains("clusterhub_feed_lag_changes{copy=\"search_index\"} 3\n"));
        assert!(text.contains("clusterhub_feed_lag_changes{copy=\"matching_index\"} -1\n"));
        assert!(text.contains("clusterhub_job_runs_total{job=\"alert \\\"digests\\\"\",outcome=\"failure\"} 1\n"));
        assert!(text.contains("clusterhub_job_items_total{job=\"alert \\\"digests\\\"\"} 4\n"));
    }

    #[test]
    fn only_this_machine_and_private_networks_read_them() {
        for ip in [
            "127.0.0.1",
            "::1",
            "10.1.2.3",
            "192.168.0.9",
            "172.16.5.5",
            "fd00::1",
            "::ffff:10.0.0.1",
        ] {
            assert!(may_read(ip), "{ip}");
        }
        for ip in ["8.8.8.8", "2001:db8::1", "unknown", "", "172.32.0.1"] {
            assert!(!may_read(ip), "{ip}");
        }
    }
}

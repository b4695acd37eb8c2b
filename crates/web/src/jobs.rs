//! The platform's work on a clock: each [`Job`] runs every so often, in the background, until the
//! server stops. A run that has started finishes (each job claims its items one at a time, so
//! two nodes never mail twice and a stopped run resumes where it was); no new run starts after
//! the stop. The followers of the change feed (read cache, search index, matchmaking) live next
//! to what they keep current (`cache.rs`, `search`, `matchmaking/`) and end at the same [`Stop`].

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::{AppState, WebError};

/// The server's stop, as background work hears it: a stopped follower or job starts nothing new.
#[derive(Clone)]
pub struct Stop {
    rx: watch::Receiver<bool>,
    /// Kept by a stop that never comes, so that its channel stays open.
    _never: Option<std::sync::Arc<watch::Sender<bool>>>,
}

impl Stop {
    /// A stop and the sender that gives it (`send(true)`; dropping the sender stops too).
    pub fn new() -> (watch::Sender<bool>, Stop) {
        let (tx, rx) = watch::channel(false);
        (tx, Stop { rx, _never: None })
    }

    /// A stop that never comes: for tests and benchmarks that run until their runtime ends.
    pub fn never() -> Stop {
        let (tx, rx) = watch::channel(false);
        Stop {
            rx,
            _never: Some(std::sync::Arc::new(tx)),
        }
    }

    /// Resolves once the stop was given or its sender is gone.
    pub async fn stopped(&mut self) {
        while !*self.rx.borrow_and_update() {
            if self.rx.changed().await.is_err() {
                return;
            }
        }
    }

    /// The stop as a future of its own, for work that cannot know this type (the search crate).
    pub fn signal(&self) -> impl Future<Output = ()> + Send + 'static {
        let mut stop = self.clone();
        async move { stop.stopped().await }
    }
}

/// One run of a job: how many things it did (mails sent, opportunities expired).
pub type Run = for<'a> fn(&'a AppState) -> Pin<Box<dyn Future<Output = Result<usize, WebError>> + Send + 'a>>;

pub struct Job {
    /// For the log.
    pub name: &'static str,
    pub every: Duration,
    /// Whether the first run waits a whole period instead of running at start-up (a daily
    /// digest sent at each start would repeat after every restart).
    pub first_after_a_period: bool,
    pub run: Run,
}

/// The jobs of a running platform.
pub fn platform_jobs() -> Vec<Job> {
    vec![
        Job {
            name: "opportunity expiry",
            every: Duration::from_secs(600),
            first_after_a_period: false,
            run: |s| {
                Box::pin(async move {
                    let today = crate::views::time::today();
                    Ok(s.store.expire_opportunities(today).await?.len())
                })
            },
        },
        Job {
            name: "alert digests",
            every: Duration::from_secs(24 * 3600),
            first_after_a_period: true,
            run: |s| Box::pin(crate::routes::search::alerts::send_digests(s)),
        },
        Job {
            name: "event reminders",
            every: Duration::from_secs(15 * 60),
            first_after_a_period: false,
            run: |s| Box::pin(crate::routes::events::send_reminders(s)),
        },
        Job {
            // Each digest is due at its own time (Monday morning after a person's first follow);
            // an hourly look sends those that are due, and a start-up sends none twice.
            name: "weekly digests",
            every: Duration::from_secs(3600),
            first_after_a_period: false,
            run: |s| Box::pin(crate::digest::send_weekly(s)),
        },
        Job {
            // Each feed is due every 15 minutes (later after failures); a look every minute
            // reads those that are due, so a newly registered feed is read within the minute.
            name: "feed polling",
            every: Duration::from_secs(60),
            first_after_a_period: false,
            run: |s| Box::pin(crate::feeds_in::poll::run(s)),
        },
        Job {
            // A request past its centre's answer time reminds the centre; past it again, the
            // client is offered the next proposals.
            name: "service request reminders",
            every: Duration::from_secs(15 * 60),
            first_after_a_period: false,
            run: |s| Box::pin(crate::routes::services::send_reminders(s)),
        },
        Job {
            // Each B2B event's meetings nobody answered for are asked about once, after it ends.
            name: "b2b attendance questions",
            every: Duration::from_secs(15 * 60),
            first_after_a_period: false,
            run: |s| Box::pin(crate::routes::events::b2b::send_attendance_asks(s)),
        },
        Job {
            name: "call deadline reminders",
            every: Duration::from_secs(15 * 60),
            first_after_a_period: false,
            run: |s| Box::pin(crate::routes::funding::send_call_reminders(s)),
        },
        Job {
            // A request is due to expire at its own time; a look every 15 minutes frees both
            // sides within a quarter of an hour of it.
            name: "b2b request expiry",
            every: Duration::from_secs(15 * 60),
            first_after_a_period: false,
            run: |s| {
                Box::pin(crate::routes::events::b2b::expire_requests(
                    s,
                    crate::views::time::now(),
                ))
            },
        },
        Job {
            // Reminders are days apart; an hourly look sends each within the hour it is due.
            name: "b2b reminders",
            every: Duration::from_secs(3600),
            first_after_a_period: false,
            run: |s| Box::pin(crate::routes::events::b2b::send_nudges(s, crate::views::time::now())),
        },
        Job {
            name: "b2b outcome questions",
            every: Duration::from_secs(3600),
            first_after_a_period: false,
            run: |s| {
                Box::pin(crate::routes::events::b2b::send_outcome_questions(
                    s,
                    crate::views::time::now(),
                ))
            },
        },
    ]
}

/// Starts each job on its own task; they end at `stop`. Await the handles to know that no run
/// is still going.
pub fn spawn(state: &AppState, jobs: Vec<Job>, stop: &Stop) -> Vec<JoinHandle<()>> {
    jobs.into_iter()
        .map(|job| {
            let state = state.clone();
            let mut stop = stop.clone();
            tokio::spawn(async move {
                let mut interval = tokio::time::interval(job.every);
                interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
                if job.first_after_a_period {
                    // The first tick of an interval completes at once.
                    interval.tick().await;
                }
                loop {
                    tokio::select! {
                        _ = interval.tick() => {}
                        _ = stop.stopped() => break,
                    }
                    let started = std::time::Instant::now();
                    let outcome = (job.run)(&state).await;
                    state.metrics.job_run(
                        job.name,
                        outcome.as_ref().map(|n| *n).map_err(|_| ()),
                        started.elapsed(),
                    );
                    match outcome {
                        Ok(0) => {}
                        Ok(n) => tracing::info!(job = job.name, count = n, "background job done"),
                        Err(e) => tracing::warn!(job = job.name, error = ?e, "background job failed"),
                    }
                }
                tracing::debug!(job = job.name, "background job stopped");
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_job_has_a_name_and_a_period() {
        let jobs = platform_jobs();
        assert_eq!(jobs.len(), 11);
        for j in &jobs {
            assert!(!j.name.is_empty() && j.every >= Duration::from_secs(60), "{}", j.name);
        }
        // Only the daily digest waits a period: the others are due work that must not wait.
        assert_eq!(
            jobs.iter()
                .filter(|j| j.first_after_a_period)
                .map(|j| j.name)
                .collect::<Vec<_>>(),
            ["alert digests"]
        );
    }
}

//! The background jobs: each runs on its clock until the server stops, and none starts a run
//! after the stop.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use web::jobs::Job;

use crate::helpers::TestApp;

static RUNS: AtomicUsize = AtomicUsize::new(0);

#[tokio::test]
async fn jobs_run_on_their_clock_and_stop_with_the_server() {
    let app = TestApp::spawn().await;
    let (stop, stopped) = web::jobs::Stop::new();
    let counting = Job {
        name: "count",
        every: Duration::from_millis(20),
        first_after_a_period: false,
        run: |_| {
            Box::pin(async {
                RUNS.fetch_add(1, Ordering::SeqCst);
                Ok(1)
            })
        },
    };
    let handles = web::jobs::spawn(&app.state, vec![counting], &stopped);
    for _ in 0..500 {
        if RUNS.load(Ordering::SeqCst) >= 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(RUNS.load(Ordering::SeqCst) >= 3, "the job runs again and again");
    stop.send(true).expect("stop");
    for h in handles {
        tokio::time::timeout(Duration::from_secs(10), h)
            .await
            .expect("the job stops")
            .expect("without a panic");
    }
    let after = RUNS.load(Ordering::SeqCst);
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(RUNS.load(Ordering::SeqCst), after, "no run after the stop");

    // The platform's own jobs run against the real store without failing.
    for job in web::jobs::platform_jobs() {
        (job.run)(&app.state)
            .await
            .unwrap_or_else(|e| panic!("{}: {e:?}", job.name));
    }
}

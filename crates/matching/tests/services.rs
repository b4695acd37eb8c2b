//! Holds the figures of service proposals on the labelled challenges of `eval/services/`: a
//! fitting service in the top 5 for at least 80% of them, better than either baseline.

#[path = "../eval/services.rs"]
mod eval;

use matching::services::{Mode, ServiceIndex};

#[test]
fn a_fitting_service_is_proposed_for_most_challenges_and_both_signals_count() {
    let catalogue = eval::catalogue();
    let cases = eval::challenges();
    assert!(cases.len() >= 50, "{} challenges", cases.len());
    let index = ServiceIndex::build(eval::entities(&catalogue));
    let full = eval::evaluate(&index, &catalogue, &cases, Mode::Full);
    let words = eval::evaluate(&index, &catalogue, &cases, Mode::Words);
    let concepts = eval::evaluate(&index, &catalogue, &cases, Mode::Concepts);
    assert!(
        full.rate() >= 0.80,
        "top-5 {:.3}; missed {:?}",
        full.rate(),
        full.misses
    );
    assert!(full.hits > words.hits, "full {} vs words {}", full.hits, words.hits);
    assert!(
        full.hits > concepts.hits,
        "full {} vs concepts {}",
        full.hits,
        concepts.hits
    );
}

//! The ranking's quality on real consortia stays ahead of every baseline (see the `consortia`
//! example for the figures). Skipped, with a message, when the shared data is missing.

// The example uses the parts this test does not.
#[allow(dead_code)]
#[path = "../eval/consortia.rs"]
mod consortia;

use matching::Weights;

#[test]
fn clusterhub_ranks_hidden_partners_better_than_every_baseline() {
    let Some(dir) = consortia::data_dir() else {
        eprintln!("skipped: the shared data (cordis/he_organizations_subset.csv) was not found");
        return;
    };
    let data = consortia::Data::load(&dir).expect("the CORDIS files load");
    assert_eq!(data.projects(), 463);
    let report = consortia::evaluate(&data, &Weights::default(), consortia::Protocol::OnePerConsortium);
    let (_, ours) = report.quality[0];
    for (method, q) in &report.quality[1..] {
        assert!(
            ours.recall_10() > q.recall_10(),
            "recall@10 not above {}",
            method.name()
        );
        assert!(
            ours.recall_50() > q.recall_50(),
            "recall@50 not above {}",
            method.name()
        );
        assert!(ours.mrr() > q.mrr(), "MRR not above {}", method.name());
    }
}

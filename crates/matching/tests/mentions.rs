//! Mention recognition holds its quality on the labelled set (`eval/mentions/`): precision before
//! recall, as a wrong link on a profile is worse than a missing one.

#[path = "../eval/mentions.rs"]
mod eval;

use matching::mentions::{Gazetteer, MentionKind};

#[test]
fn organisations_are_recognised_with_precision_first() {
    let Some(entities) = eval::entities() else {
        eprintln!(
            "skipped: {} is missing (the CORDIS data is the rest of the directory)",
            eval::shared_data().display()
        );
        return;
    };
    let texts = eval::texts();
    assert!(texts.len() >= 40, "the labelled set has {} texts", texts.len());
    for language in eval::LANGUAGES {
        assert!(
            texts.iter().filter(|t| t.language == *language).count() >= 10,
            "too few texts in {language}"
        );
    }
    let outcome = eval::evaluate(&Gazetteer::new(entities), &texts);
    let organisations = outcome.per_kind[&MentionKind::Organisation];
    eprintln!(
        "organisations: precision {:.3}, recall {:.3}; candidates: precision {:.3}, recall {:.3}",
        organisations.precision(),
        organisations.recall(),
        outcome.candidates.precision(),
        outcome.candidates.recall()
    );
    assert!(
        organisations.precision() >= 0.95 && organisations.recall() >= 0.85,
        "organisations: precision {:.3}, recall {:.3}\n{}",
        organisations.precision(),
        organisations.recall(),
        outcome.errors.join("\n")
    );
    for (kind, count) in &outcome.per_kind {
        assert!(
            count.precision() >= 0.85,
            "{}: precision {:.3}\n{}",
            kind.as_str(),
            count.precision(),
            outcome.errors.join("\n")
        );
    }
}

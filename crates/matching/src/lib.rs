//! Partner matchmaking of clusterhub: who should work with whom, and why.
//!
//! Pure and in memory: the caller describes organisations and opportunities as [`Entity`]s (tags,
//! offers, needs, text, partners, track record), builds an [`Index`] and asks it for
//! recommendations for a [`Query`]. The score is an explicit weighted sum of [`Features`] under
//! [`Weights`], and each recommendation carries its [`Reason`]s as data for the interface to word.
//! `docs/MATCHING.md` documents the features, the weights and how they were measured.
//!
//! [`schedule`] places the accepted meetings of a B2B matchmaking event in time slots and at
//! tables (`docs/SCHEDULER.md`).

pub mod calls;
mod lists;
pub mod mentions;
pub mod metrics;
mod rank;
pub mod schedule;
pub mod services;
pub mod text;

pub use rank::{
    Accept, Entity, Features, Index, IndexBuilder, IndexSize, Key, Query, Reason, Recommendation, Subject, Unlayerable,
    Weights,
};

/// Tags for a funding-programme topic or call code such as `HORIZON-CL5-2022-D3-01-05`: the code
/// without its year and each shorter prefix of it (`HORIZON-CL5-D3-01`, `HORIZON-CL5-D3`,
/// `HORIZON-CL5`), so the same topic in another year and the topics of one destination or
/// programme part meet, the rarer (longer) ones counting more.
pub fn topic_tags(code: &str) -> Vec<String> {
    let parts: Vec<String> = code
        .split(['-', '_', ' ', '/'])
        .map(|p| p.trim().to_ascii_uppercase())
        .filter(|p| !p.is_empty() && !is_year(p))
        .take(8)
        .collect();
    (1..=parts.len())
        .filter(|&n| n >= 2 || parts.len() == 1)
        .map(|n| format!("topic:{}", parts[..n].join("-")))
        .collect()
}

fn is_year(part: &str) -> bool {
    part.len() == 4 && part.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    #[test]
    fn topic_codes_become_prefix_tags_without_the_year() {
        assert_eq!(
            super::topic_tags("HORIZON-CL5-2022-D3-01-05"),
            [
                "topic:HORIZON-CL5",
                "topic:HORIZON-CL5-D3",
                "topic:HORIZON-CL5-D3-01",
                "topic:HORIZON-CL5-D3-01-05"
            ]
        );
        assert_eq!(super::topic_tags("ERC-2022-STG"), ["topic:ERC-STG"]);
        assert_eq!(super::topic_tags("EIC"), ["topic:EIC"]);
        assert!(super::topic_tags("").is_empty());
    }
}

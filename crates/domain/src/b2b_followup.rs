//! The follow-up of a B2B matchmaking event: how long a meeting request waits for its answer,
//! how often and how many times participants with something to do are reminded, what became
//! of a held meeting months later, and how much idle time a schedule leaves a person.

use crate::{Code, FieldError, ValidationErrors};

/// An event's follow-up settings, as its organiser chose them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct FollowUpSettings {
    /// A pending request expires this many days after it was asked (1–14).
    pub request_days: u32,
    /// Days between two reminders to the same person (2–4).
    pub nudge_every_days: u32,
    /// Reminders a person gets at most for the event (0–10; 0 sends none).
    pub nudge_cap: u32,
}

impl Default for FollowUpSettings {
    /// A week to answer (most B2B platforms give a few days to a week), a reminder every three
    /// days, three at most: enough to bring back who forgot, few enough not to be spam.
    fn default() -> Self {
        Self {
            request_days: 7,
            nudge_every_days: 3,
            nudge_cap: 3,
        }
    }
}

pub const REQUEST_DAYS: std::ops::RangeInclusive<u32> = 1..=14;
pub const NUDGE_EVERY_DAYS: std::ops::RangeInclusive<u32> = 2..=4;
pub const NUDGE_CAP: std::ops::RangeInclusive<u32> = 0..=10;

impl FollowUpSettings {
    /// Reads the settings form; every field out of its range is named.
    pub fn parse(request_days: &str, nudge_every_days: &str, nudge_cap: &str) -> Result<Self, ValidationErrors> {
        let mut errors = Vec::new();
        let mut read = |field: &str, value: &str, range: std::ops::RangeInclusive<u32>| -> u32 {
            match value.trim().parse::<u32>() {
                Ok(n) if range.contains(&n) => n,
                Ok(_) => {
                    errors.push(FieldError::new(
                        field,
                        Code::Invalid,
                        format!("must be from {} to {}", range.start(), range.end()),
                    ));
                    0
                }
                Err(_) if value.trim().is_empty() => {
                    errors.push(FieldError::new(field, Code::Required, "is required"));
                    0
                }
                Err(_) => {
                    errors.push(FieldError::new(field, Code::Invalid, "must be a whole number"));
                    0
                }
            }
        };
        let s = Self {
            request_days: read("request_days", request_days, REQUEST_DAYS),
            nudge_every_days: read("nudge_every_days", nudge_every_days, NUDGE_EVERY_DAYS),
            nudge_cap: read("nudge_cap", nudge_cap, NUDGE_CAP),
        };
        if errors.is_empty() {
            Ok(s)
        } else {
            Err(ValidationErrors(errors))
        }
    }
}

/// The rounds of outcome questions: days after the event's end.
pub const OUTCOME_ROUNDS: [u32; 2] = [90, 180];

/// What became of a held meeting, as one of its participants says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OutcomeStage {
    NoFurtherContact,
    ExchangedInformation,
    InNegotiation,
    CommercialAgreement,
    TechnicalAgreement,
    ResearchAgreement,
    JointFundingApplication,
}

impl OutcomeStage {
    /// In the order of the question: from nothing to an agreement signed.
    pub const ALL: [OutcomeStage; 7] = [
        OutcomeStage::NoFurtherContact,
        OutcomeStage::ExchangedInformation,
        OutcomeStage::InNegotiation,
        OutcomeStage::CommercialAgreement,
        OutcomeStage::TechnicalAgreement,
        OutcomeStage::ResearchAgreement,
        OutcomeStage::JointFundingApplication,
    ];

    /// The name stored, in links, forms and the CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            OutcomeStage::NoFurtherContact => "no_further_contact",
            OutcomeStage::ExchangedInformation => "exchanged_information",
            OutcomeStage::InNegotiation => "in_negotiation",
            OutcomeStage::CommercialAgreement => "commercial_agreement",
            OutcomeStage::TechnicalAgreement => "technical_agreement",
            OutcomeStage::ResearchAgreement => "research_agreement",
            OutcomeStage::JointFundingApplication => "joint_funding_application",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Whether an agreement was signed (any of the four kinds).
    pub fn signed(self) -> bool {
        !matches!(
            self,
            OutcomeStage::NoFurtherContact | OutcomeStage::ExchangedInformation | OutcomeStage::InNegotiation
        )
    }
}

/// Idle slots of one person: in each block of consecutive slots (a session), the free slots
/// between their first and last meeting. `blocks` are the blocks' lengths in order (slots are
/// counted across them); `meetings` the slots of the person's meetings, in any order.
pub fn idle_slots(blocks: &[u32], meetings: &[u16]) -> u32 {
    let mut idle = 0;
    let mut start = 0u32;
    for &len in blocks {
        let end = start + len;
        let mut inside: Vec<u32> = meetings
            .iter()
            .map(|&s| u32::from(s))
            .filter(|s| (start..end).contains(s))
            .collect();
        inside.sort_unstable();
        inside.dedup();
        if let (Some(first), Some(last)) = (inside.first(), inside.last()) {
            idle += last - first + 1 - inside.len() as u32;
        }
        start = end;
    }
    idle
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_read_within_their_ranges_and_each_bad_field_is_named() {
        assert_eq!(
            FollowUpSettings::parse("5", "2", "4"),
            Ok(FollowUpSettings {
                request_days: 5,
                nudge_every_days: 2,
                nudge_cap: 4
            })
        );
        let e = FollowUpSettings::parse("0", "5", "x").unwrap_err();
        let fields: Vec<&str> = e.0.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["request_days", "nudge_every_days", "nudge_cap"]);
        let e = FollowUpSettings::parse("", "3", "-1").unwrap_err();
        assert_eq!(e.0[0].code, Code::Required);
        assert_eq!(e.0.len(), 2);
        let d = FollowUpSettings::default();
        assert!(REQUEST_DAYS.contains(&d.request_days) && NUDGE_EVERY_DAYS.contains(&d.nudge_every_days));
    }

    #[test]
    fn stages_read_back_their_names() {
        for s in OutcomeStage::ALL {
            assert_eq!(OutcomeStage::parse(s.as_str()), Some(s));
        }
        assert_eq!(OutcomeStage::parse("signed"), None);
        assert_eq!(OutcomeStage::ALL.iter().filter(|s| s.signed()).count(), 4);
    }

    #[test]
    fn idle_slots_count_the_gaps_inside_each_block_only() {
        // Two blocks of 5: meetings at 0, 3 (two idle) and 6, 9 in the second (two idle); the
        // slots before the first and after the last meeting of a block are not idle.
        assert_eq!(idle_slots(&[5, 5], &[3, 0, 6, 9]), 2 + 2);
        assert_eq!(idle_slots(&[5, 5], &[4, 5]), 0, "the gap between blocks is a break");
        assert_eq!(idle_slots(&[10], &[]), 0);
        assert_eq!(idle_slots(&[10], &[2, 2, 3]), 0, "a slot twice counts once");
        assert_eq!(idle_slots(&[3], &[7]), 0, "outside every block");
    }
}

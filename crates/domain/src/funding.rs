//! Funding opportunities: calls for proposals of EU programmes and cascade ("competitive") calls,
//! as the EU Funding & Tenders portal exports them, with their deadlines in Brussels time and a
//! status computed from the instant asked about.

use chrono::{DateTime, NaiveDateTime, Utc};
use chrono_tz::Tz;

use crate::error::{Code, ValidationErrors};
use crate::event::local_to_utc;
use crate::money::Cents;

/// The portal gives dates without a zone: they are Brussels time.
pub const PORTAL_ZONE: Tz = chrono_tz::Europe::Brussels;

/// Whether a call can be applied to at a given instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CallStatus {
    Forthcoming,
    Open,
    Closed,
}

impl CallStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Forthcoming => "forthcoming",
            Self::Open => "open",
            Self::Closed => "closed",
        }
    }
}

/// One cut-off: the instant and the zone it was announced in.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Deadline {
    pub at: DateTime<Utc>,
    pub timezone: String,
}

/// A call for proposals, valid by construction (see [`CallRow::validate`]).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FundingCall {
    /// The portal's reference, unique: re-imports update by it.
    pub reference: String,
    /// The topic identifier ("SMP-COSME-2021-CLUSTER-01"); the cascade calls published under one
    /// topic (each Eurocluster's open call) share it.
    pub identifier: String,
    /// The programme, from the identifier's first part ("HORIZON", "SMP", "DIGITAL").
    pub programme: String,
    pub title: String,
    pub action_type: Option<String>,
    pub grant_type: Option<String>,
    pub submission_procedure: Option<String>,
    pub opens: Option<DateTime<Utc>>,
    /// One or more cut-offs, earliest first.
    pub deadlines: Vec<Deadline>,
    pub budget_min: Option<Cents>,
    pub budget_max: Option<Cents>,
    pub currency: String,
    pub expected_grants: Option<u32>,
    /// Sanitised HTML.
    pub description_html: String,
    /// A cascade-funding call published by a beneficiary of EU funds (a Eurocluster's open call).
    pub cascade: bool,
    pub url: String,
}

impl FundingCall {
    /// Open from its opening to its last cut-off (inclusive of the instant of the cut-off), before
    /// that forthcoming, after it closed. A call without a cut-off yet (a forthcoming topic of the
    /// portal) is forthcoming.
    pub fn status(&self, now: DateTime<Utc>) -> CallStatus {
        match (self.opens, self.deadlines.last()) {
            (Some(o), _) if now < o => CallStatus::Forthcoming,
            (_, None) => CallStatus::Forthcoming,
            (_, Some(d)) if now > d.at => CallStatus::Closed,
            _ => CallStatus::Open,
        }
    }

    /// Whom the call addresses, as its text says: the portal's export has no eligibility
    /// fields, so SMEs, cluster organisations and research actions are recognised by their words.
    pub fn audience(&self) -> Audience {
        let text = format!("{} {}", self.title, crate::html::text(&self.description_html)).to_lowercase();
        let words: std::collections::HashSet<&str> = text.split(|c: char| !c.is_alphanumeric()).collect();
        Audience {
            smes: words.contains("sme")
                || words.contains("smes")
                || text.contains("start-up")
                || text.contains("startup"),
            clusters: text.contains("cluster organisation")
                || text.contains("cluster organization")
                || self.title.to_lowercase().contains("cluster"),
            research: self.identifier.starts_with("ERC")
                || self.identifier.contains("MSCA")
                || self
                    .action_type
                    .as_deref()
                    .is_some_and(|a| a.contains("RIA") || a.contains("Research and Innovation")),
        }
    }

    /// The next cut-off after `now`, if any.
    pub fn next_deadline(&self, now: DateTime<Utc>) -> Option<&Deadline> {
        self.deadlines.iter().find(|d| d.at >= now)
    }
}

/// Whom a call addresses (see [`FundingCall::audience`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Audience {
    pub smes: bool,
    pub clusters: bool,
    pub research: bool,
}

/// A row of the portal's export, as strings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallRow {
    pub identifier: String,
    pub title: String,
    pub action_type: String,
    pub grant_type: String,
    pub submission_procedure: String,
    pub start_date: String,
    pub deadline: String,
    pub deadline2: String,
    pub budget_min: String,
    pub budget_max: String,
    pub project_number: String,
    pub reference: String,
    pub description: String,
}

fn portal_time(e: &mut ValidationErrors, field: &str, s: &str) -> Option<DateTime<Utc>> {
    let t = s.trim();
    let parsed = NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S")
        .or_else(|_| NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M:%S"))
        .or_else(|_| {
            chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d").map(|d| d.and_hms_opt(0, 0, 0).unwrap_or_default())
        });
    match parsed {
        Ok(local) => Some(local_to_utc(PORTAL_ZONE, local)),
        Err(_) => {
            e.push(
                field,
                format!(
                    "\"{}\" is not a date and time (YYYY-MM-DDTHH:MM:SS)",
                    t.chars().take(40).collect::<String>()
                ),
            );
            None
        }
    }
}

fn money(e: &mut ValidationErrors, field: &str, s: &str) -> Option<Cents> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    // The portal writes whole euros, sometimes as "14000000.0".
    match Cents::parse(t) {
        Ok(c) if c.0 >= 0 => Some(c),
        _ => {
            e.push(
                field,
                format!(
                    "\"{}\" is not an amount in euros",
                    t.chars().take(40).collect::<String>()
                ),
            );
            None
        }
    }
}

impl CallRow {
    /// Checks the row; every problem is named by its column. `sanitise` cleans the HTML.
    pub fn validate(&self, sanitise: impl Fn(&str) -> String) -> Result<FundingCall, ValidationErrors> {
        let mut e = ValidationErrors::default();
        let identifier = self.identifier.trim().to_owned();
        if identifier.is_empty()
            || identifier.len() > 200
            || !identifier
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
        {
            e.add(
                "identifier",
                if identifier.is_empty() {
                    Code::Required
                } else {
                    Code::Invalid
                },
                "is required: letters, digits and - _ . / only",
            );
        }
        let reference = self.reference.trim().to_owned();
        if reference.is_empty() || reference.len() > 300 || reference.chars().any(char::is_control) {
            e.push(
                "reference",
                "is required (the portal's unique reference), at most 300 characters",
            );
        }
        let title = self.title.trim().to_owned();
        if title.is_empty() || title.chars().count() > 500 {
            e.add(
                "title",
                if title.is_empty() {
                    Code::Required
                } else {
                    Code::TooLong
                },
                "is required, at most 500 characters",
            );
        }
        let opens = if self.start_date.trim().is_empty() {
            None
        } else {
            portal_time(&mut e, "start_date", &self.start_date)
        };
        let mut deadlines = Vec::new();
        for (field, value) in [("deadline", &self.deadline), ("deadline2", &self.deadline2)] {
            if value.trim().is_empty() {
                continue;
            }
            if let Some(at) = portal_time(&mut e, field, value) {
                deadlines.push(Deadline {
                    at,
                    timezone: PORTAL_ZONE.name().to_owned(),
                });
            }
        }
        // Blank deadlines are those of a forthcoming topic whose cut-off is not set yet: the call
        // is kept without one (see `FundingCall::status`).
        deadlines.sort_by_key(|d| d.at);
        let budget_min = money(&mut e, "budget_min", &self.budget_min);
        let budget_max = money(&mut e, "budget_max", &self.budget_max);
        if let (Some(lo), Some(hi)) = (budget_min, budget_max) {
            if lo.0 > hi.0 && hi.0 > 0 {
                e.push("budget_min", "is above budget_max");
            }
        }
        let expected_grants = match self.project_number.trim() {
            "" => None,
            n => match n.split('.').next().unwrap_or("").parse::<u32>() {
                Ok(v) => Some(v),
                Err(_) => {
                    e.push(
                        "project_number",
                        format!("\"{}\" is not a whole number", n.chars().take(20).collect::<String>()),
                    );
                    None
                }
            },
        };
        let text = |s: &str| Some(s.trim().to_owned()).filter(|t| !t.is_empty());
        if !e.is_empty() {
            return Err(e);
        }
        let cascade = reference.ends_with("COMPETITIVE_CALLen");
        let portal = "https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities";
        let url = if cascade {
            let number: String = reference.chars().take_while(char::is_ascii_digit).collect();
            format!("{portal}/competitive-calls-cs/{number}")
        } else {
            format!("{portal}/topic-details/{}", identifier.to_ascii_lowercase())
        };
        Ok(FundingCall {
            programme: identifier.split(['-', '_']).next().unwrap_or("").to_ascii_uppercase(),
            url,
            reference,
            identifier,
            title,
            action_type: text(&self.action_type),
            grant_type: text(&self.grant_type),
            submission_procedure: text(&self.submission_procedure),
            opens,
            deadlines,
            budget_min: budget_min.filter(|c| c.0 > 0),
            budget_max: budget_max.filter(|c| c.0 > 0),
            currency: "EUR".into(),
            expected_grants: expected_grants.filter(|n| *n > 0),
            description_html: sanitise(&self.description),
            cascade,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row() -> CallRow {
        CallRow {
            identifier: "SMP-COSME-2021-CLUSTER-01".into(),
            title: "Euroclusters open call for SMEs".into(),
            start_date: "2027-03-01T00:00:00".into(),
            deadline: "2027-03-26T17:00:00".into(),
            deadline2: "2027-10-29T17:00:00".into(),
            budget_min: "0".into(),
            budget_max: "60000".into(),
            project_number: "20".into(),
            reference: "123COMPETITIVE_CALLen".into(),
            description: "<p>Vouchers</p><script>x</script>".into(),
            ..CallRow::default()
        }
    }

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).expect("instant").with_timezone(&Utc)
    }

    #[test]
    fn a_row_becomes_a_call_with_brussels_deadlines() {
        let c = row().validate(|h| h.replace("<script>x</script>", "")).expect("valid");
        assert_eq!(c.programme, "SMP");
        assert!(c.cascade);
        assert!(c.url.ends_with("/competitive-calls-cs/123"), "{}", c.url);
        assert_eq!(c.description_html, "<p>Vouchers</p>");
        assert_eq!(c.budget_max, Some(Cents(6_000_000)));
        assert_eq!(c.budget_min, None);
        // 17:00 in Brussels is 16:00 UTC in March (before the change to summer time on the 28th)
        // and 15:00 UTC in October (before the change back on the 31st).
        assert_eq!(c.deadlines[0].at, at("2027-03-26T16:00:00Z"));
        assert_eq!(c.deadlines[1].at, at("2027-10-29T15:00:00Z"));
    }

    #[test]
    fn the_status_changes_at_the_instant_of_the_cut_off() {
        let c = row().validate(str::to_owned).expect("valid");
        let last = c.deadlines[1].at;
        assert_eq!(c.status(at("2027-02-28T22:59:59Z")), CallStatus::Forthcoming);
        assert_eq!(
            c.status(at("2027-02-28T23:00:00Z")),
            CallStatus::Open,
            "midnight in Brussels"
        );
        assert_eq!(c.status(last), CallStatus::Open);
        assert_eq!(c.status(last + chrono::Duration::seconds(1)), CallStatus::Closed);
        // Seen from Helsinki and Lisbon the same instant is 18:00 and 16:00 local.
        let helsinki: Tz = "Europe/Helsinki".parse().expect("zone");
        let lisbon: Tz = "Europe/Lisbon".parse().expect("zone");
        assert_eq!(last.with_timezone(&helsinki).format("%H:%M").to_string(), "18:00");
        assert_eq!(last.with_timezone(&lisbon).format("%H:%M").to_string(), "16:00");
        assert_eq!(c.next_deadline(at("2027-05-01T00:00:00Z")), c.deadlines.get(1));
    }

    #[test]
    fn bad_rows_name_their_columns() {
        let bad = CallRow {
            identifier: "bad id!".into(),
            title: String::new(),
            deadline: "soon".into(),
            budget_max: "lots".into(),
            project_number: "x".into(),
            ..row()
        };
        let e = bad.validate(str::to_owned).expect_err("invalid");
        let fields: Vec<&str> = e.0.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(
            fields,
            ["identifier", "title", "deadline", "budget_max", "project_number"]
        );
    }

    #[test]
    fn a_forthcoming_topic_without_a_deadline_is_kept_and_forthcoming() {
        let c = CallRow {
            deadline: String::new(),
            deadline2: "  ".into(),
            start_date: String::new(),
            ..row()
        }
        .validate(str::to_owned)
        .expect("valid without a deadline");
        assert!(c.deadlines.is_empty());
        assert_eq!(c.status(at("2030-01-01T00:00:00Z")), CallStatus::Forthcoming);
        assert_eq!(c.next_deadline(at("2030-01-01T00:00:00Z")), None);
    }
}

//! Cascade-funding programmes: a cluster or consortium re-grants money to SMEs (each pairing with
//! a technology centre) under its own call: budget, maximum grant, eligibility, questions,
//! weighted criteria and a deadline. Applications are scored under the rules of mission
//! selection; awards are bounded by the budget.

use std::fmt;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::error::{Code, ValidationErrors};
use crate::event::{local_to_utc, parse_local, parse_timezone};
use crate::funding::Deadline;
use crate::mission::{parse_criteria, parse_questions, Criterion};
use crate::money::Cents;
use crate::opportunity::text;
use crate::organisation::{string_enum, OrganisationType};
use crate::CountryCode;

string_enum!(
    /// Where an application to a cascade-funding programme is: the owner awards or rejects it
    /// once its technology centre confirmed, the applicant may withdraw it while it waits.
    ProgrammeApplicationState, "programme-state", {
    Submitted => "submitted",
    Awarded => "awarded",
    Rejected => "rejected",
    Withdrawn => "withdrawn",
});

/// The largest budget a programme can hold: €1 billion, far beyond any cascade call, and far from
/// overflowing sums of cents.
pub const MAX_BUDGET: Cents = Cents(100_000_000_000);

/// A programme as its owner defines it, valid by construction (see [`ProgrammeForm::validate`]).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ProgrammeDraft {
    pub title: String,
    /// Plain text; paragraphs separated by blank lines.
    pub summary: String,
    pub currency: String,
    pub budget: Cents,
    pub max_grant: Cents,
    /// Where applicants may be based; empty means anywhere.
    pub eligible_countries: Vec<CountryCode>,
    /// Which kinds of organisation may apply; empty means any.
    pub eligible_types: Vec<OrganisationType>,
    pub questions: Vec<String>,
    pub criteria: Vec<Criterion>,
    /// The instant applications close, and the zone it was announced in.
    pub deadline: Deadline,
    /// A voucher programme: its awards are spent on quotes of the technology services that
    /// accept it, instead of being paid out.
    #[serde(default)]
    pub voucher: bool,
}

/// The owner's form, as strings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProgrammeForm {
    pub title: String,
    pub summary: String,
    pub budget: String,
    pub max_grant: String,
    pub countries: Vec<String>,
    pub types: Vec<String>,
    pub questions: String,
    pub criteria: String,
    /// A wall-clock time ("2027-03-04T17:00") in `timezone`.
    pub deadline: String,
    pub timezone: String,
    pub voucher: bool,
}

fn amount(e: &mut ValidationErrors, field: &str, s: &str) -> Option<Cents> {
    let cleaned: String = s
        .trim()
        .trim_start_matches('€')
        .chars()
        .filter(|c| *c != ' ' && *c != '\u{a0}')
        .collect();
    if cleaned.is_empty() {
        e.add(field, Code::Required, "is required: an amount in euros, e.g. 60000");
        return None;
    }
    match Cents::parse(&cleaned) {
        Ok(c) if c.0 <= 0 => {
            e.push(field, "must be more than zero");
            None
        }
        Ok(c) if c > MAX_BUDGET => {
            e.push(field, "is beyond €1,000,000,000");
            None
        }
        Ok(c) => Some(c),
        Err(err) => {
            e.push(field, err.to_string());
            None
        }
    }
}

impl ProgrammeForm {
    /// Checks every field; the deadline must lie after `now`, unless it is unchanged from
    /// `keep_deadline` (a programme being edited after it closed keeps its deadline).
    pub fn validate(
        &self,
        now: DateTime<Utc>,
        keep_deadline: Option<&Deadline>,
    ) -> Result<ProgrammeDraft, ValidationErrors> {
        let mut e = ValidationErrors::default();
        let title = text(&mut e, "title", &self.title, 3, 200);
        let summary = text(&mut e, "summary", &self.summary, 20, 10_000);
        let budget = amount(&mut e, "budget", &self.budget);
        let max_grant = amount(&mut e, "max_grant", &self.max_grant);
        if let (Some(b), Some(m)) = (budget, max_grant) {
            if m > b {
                e.add(
                    "max_grant",
                    Code::OverLimit,
                    format!("€{m} is more than the budget of €{b}"),
                );
            }
        }
        let mut countries = Vec::new();
        for c in &self.countries {
            match CountryCode::parse(c) {
                Ok(code) => countries.push(code),
                Err(err) => e.push("countries", err.to_string()),
            }
        }
        countries.sort();
        countries.dedup();
        let mut types = Vec::new();
        for t in &self.types {
            match t.parse::<OrganisationType>() {
                Ok(k) => types.push(k),
                Err(err) => e.push("types", err.to_string()),
            }
        }
        types.sort();
        types.dedup();
        let questions = parse_questions(&mut e, &self.questions);
        let criteria = parse_criteria(&mut e, &self.criteria);
        let zone: Option<Tz> = e.check("timezone", parse_timezone(&self.timezone));
        let local = e.check("deadline", parse_local(&self.deadline));
        let deadline = match (zone, local) {
            (Some(z), Some(l)) => {
                let d = Deadline {
                    at: local_to_utc(z, l),
                    timezone: z.name().to_owned(),
                };
                let unchanged = keep_deadline.is_some_and(|k| k.at == d.at);
                if d.at <= now && !unchanged {
                    e.add("deadline", Code::Past, "has passed; choose a time in the future");
                }
                Some(d)
            }
            _ => None,
        };
        match (budget, max_grant, deadline) {
            (Some(budget), Some(max_grant), Some(deadline)) if e.is_empty() => Ok(ProgrammeDraft {
                title,
                summary,
                currency: "EUR".into(),
                budget,
                max_grant,
                eligible_countries: countries,
                eligible_types: types,
                questions,
                criteria,
                deadline,
                voucher: self.voucher,
            }),
            _ => Err(e),
        }
    }

    /// The form as it shows a stored programme, the deadline in its own zone.
    pub fn from_draft(d: &ProgrammeDraft) -> Self {
        let zone: Tz = d.deadline.timezone.parse().unwrap_or(chrono_tz::Europe::Brussels);
        Self {
            title: d.title.clone(),
            summary: d.summary.clone(),
            budget: d.budget.to_string(),
            max_grant: d.max_grant.to_string(),
            countries: d.eligible_countries.iter().map(|c| c.as_str().to_owned()).collect(),
            types: d.eligible_types.iter().map(|t| t.as_str().to_owned()).collect(),
            questions: d.questions.join("\n"),
            criteria: crate::mission::criteria_lines(&d.criteria),
            deadline: d.deadline.at.with_timezone(&zone).format("%Y-%m-%dT%H:%M").to_string(),
            timezone: d.deadline.timezone.clone(),
            voucher: d.voucher,
        }
    }
}

/// Why an organisation may not apply to a programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ineligible {
    Country,
    Type,
}

impl ProgrammeDraft {
    /// Applications are taken up to and including the instant of the deadline.
    pub fn is_open(&self, now: DateTime<Utc>) -> bool {
        now <= self.deadline.at
    }

    pub fn eligibility(&self, country: CountryCode, kind: OrganisationType) -> Result<(), Ineligible> {
        if !self.eligible_countries.is_empty() && !self.eligible_countries.contains(&country) {
            return Err(Ineligible::Country);
        }
        if !self.eligible_types.is_empty() && !self.eligible_types.contains(&kind) {
            return Err(Ineligible::Type);
        }
        Ok(())
    }
}

/// What an SME writes when it applies.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ApplicationDraft {
    pub project_title: String,
    pub summary: String,
    pub requested: Cents,
    pub answers: Vec<String>,
}

/// Checks an application against the programme: a title, a summary, an amount up to the
/// maximum grant, and an answer to every question (fields "answer-N").
pub fn validate_application(
    p: &ProgrammeDraft,
    project_title: &str,
    summary: &str,
    requested: &str,
    answers: &[String],
) -> Result<ApplicationDraft, ValidationErrors> {
    let mut e = ValidationErrors::default();
    let project_title = text(&mut e, "project_title", project_title, 3, 200);
    let summary = text(&mut e, "summary", summary, 20, 5_000);
    let requested = amount(&mut e, "requested", requested);
    if let Some(r) = requested {
        if r > p.max_grant {
            e.add(
                "requested",
                Code::OverLimit,
                format!("€{r} is more than the maximum grant of €{}", p.max_grant),
            );
        }
    }
    let answers = match crate::mission::validate_answers(&p.questions, answers) {
        Ok(a) => a,
        Err(more) => {
            e.0.extend(more.0);
            vec![]
        }
    };
    match requested {
        Some(requested) if e.is_empty() => Ok(ApplicationDraft {
            project_title,
            summary,
            requested,
            answers,
        }),
        _ => Err(e),
    }
}

/// Why an award is refused; checked again inside the awarding transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AwardRefusal {
    /// More than the maximum grant or nothing at all.
    Amount,
    /// The money left is less than the amount.
    Budget { remaining: Cents },
}

/// Whether `amount` can be awarded with `committed` already awarded.
pub fn check_award(p: &ProgrammeDraft, committed: Cents, amount: Cents) -> Result<(), AwardRefusal> {
    if amount.0 <= 0 || amount > p.max_grant {
        return Err(AwardRefusal::Amount);
    }
    let remaining = Cents(p.budget.0 - committed.0);
    if amount > remaining {
        return Err(AwardRefusal::Budget { remaining });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap()
    }

    fn form() -> ProgrammeForm {
        ProgrammeForm {
            title: "Smart manufacturing pilots".into(),
            summary: "Twenty SME innovation projects, each with a technology centre.".into(),
            budget: "1 200 000".into(),
            max_grant: "60000".into(),
            countries: vec!["de".into(), "DK".into()],
            types: vec!["company".into()],
            questions: "What will you build?\nWhich centre, and why?".into(),
            criteria: "50 Innovation\n30 Impact\n20 Feasibility".into(),
            deadline: "2027-03-31T17:00".into(),
            timezone: "Europe/Brussels".into(),
            voucher: true,
        }
    }

    #[test]
    fn a_programme_is_read_from_its_form() {
        let p = form().validate(now(), None).expect("valid");
        assert_eq!(p.budget, Cents(120_000_000));
        assert!(p.voucher);
        assert!(ProgrammeForm::from_draft(&p).voucher);
        assert_eq!(p.max_grant, Cents(6_000_000));
        assert_eq!(p.eligible_countries.len(), 2);
        assert_eq!(p.criteria.len(), 3);
        // 17:00 in Brussels on 31 March 2027 is summer time: 15:00 UTC.
        assert_eq!(p.deadline.at, Utc.with_ymd_and_hms(2027, 3, 31, 15, 0, 0).unwrap());
        assert_eq!(ProgrammeForm::from_draft(&p).deadline, "2027-03-31T17:00");
        assert!(p.is_open(p.deadline.at));
        assert!(!p.is_open(p.deadline.at + chrono::Duration::seconds(1)));
    }

    #[test]
    fn every_fault_is_named() {
        let mut f = form();
        f.budget = "50000".into();
        f.max_grant = "60000".into();
        f.countries = vec!["XX".into()];
        f.deadline = "2026-01-01T10:00".into();
        f.criteria = "heavy".into();
        let e = f.validate(now(), None).expect_err("invalid");
        let fields: Vec<&str> = e.0.iter().map(|f| f.field.as_str()).collect();
        for want in ["max_grant", "countries", "deadline", "criteria"] {
            assert!(fields.contains(&want), "{want} in {fields:?}");
        }
    }

    #[test]
    fn eligibility_and_awards_follow_the_rules() {
        let p = form().validate(now(), None).expect("valid");
        let de = CountryCode::parse("DE").unwrap();
        let fr = CountryCode::parse("FR").unwrap();
        assert_eq!(p.eligibility(de, OrganisationType::Company), Ok(()));
        assert_eq!(p.eligibility(fr, OrganisationType::Company), Err(Ineligible::Country));
        assert_eq!(p.eligibility(de, OrganisationType::Cluster), Err(Ineligible::Type));
        assert_eq!(check_award(&p, Cents(0), Cents(6_000_000)), Ok(()));
        assert_eq!(check_award(&p, Cents(0), Cents(6_000_001)), Err(AwardRefusal::Amount));
        assert_eq!(
            check_award(&p, Cents(119_000_000), Cents(2_000_000)),
            Err(AwardRefusal::Budget {
                remaining: Cents(1_000_000)
            })
        );
    }

    #[test]
    fn applications_stay_within_the_maximum_grant() {
        let p = form().validate(now(), None).expect("valid");
        let answers = vec!["A robot cell".to_owned(), "Fraunhofer IWU".to_owned()];
        let a = validate_application(
            &p,
            "Cobot welding",
            "A collaborative welding cell for small series.",
            "45000.50",
            &answers,
        )
        .expect("valid");
        assert_eq!(a.requested, Cents(4_500_050));
        let e = validate_application(&p, "Cobot welding", "too short", "70000", &answers[..1]).expect_err("invalid");
        let fields: Vec<&str> = e.0.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["summary", "requested", "answer-1"]);
    }
}

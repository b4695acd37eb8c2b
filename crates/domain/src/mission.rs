//! Business missions' calls for participation: the organiser's questions, weighted criteria and
//! places; applicants' answers; evaluators' scores and the ranking they make.

use std::fmt;

use crate::error::{Code, ValidationErrors};
use crate::opportunity::{text, Day};
use crate::organisation::string_enum;

string_enum!(
    /// Where an application to a business mission's call is: the organiser selects or rejects
    /// it (and may undo that until the applicants are told), the applicant may withdraw it.
    MissionApplicationState, "mission-state", {
    Submitted => "submitted",
    Selected => "selected",
    Rejected => "rejected",
    Withdrawn => "withdrawn",
});

pub const MAX_QUESTIONS: usize = 20;
pub const MAX_CRITERIA: usize = 12;
pub const MAX_ANSWER: usize = 5_000;
pub const MAX_SCORE: u8 = 10;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Criterion {
    pub name: String,
    /// Relative weight, 1–100.
    pub weight: u32,
}

/// A call for participation, valid by construction (see [`validate_call`]).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MissionCall {
    pub questions: Vec<String>,
    pub criteria: Vec<Criterion>,
    pub places: u32,
    pub deadline: Day,
}

/// Checks a call as the organiser writes it: one question a line; one criterion a line as
/// "weight name" ("40 Export readiness"); places 1–500; a deadline from today on.
pub fn validate_call(
    questions: &str,
    criteria: &str,
    places: &str,
    deadline: &str,
    today: Day,
) -> Result<MissionCall, ValidationErrors> {
    let mut e = ValidationErrors::default();
    let qs = parse_questions(&mut e, questions);
    let cs = parse_criteria(&mut e, criteria);
    let places = match places.trim().parse::<u32>() {
        Ok(n) if (1..=500).contains(&n) => Some(n),
        _ => {
            e.push("places", "must be a whole number from 1 to 500");
            None
        }
    };
    let deadline = e.check("deadline", Day::parse(deadline));
    if let Some(d) = deadline {
        if d < today {
            e.add(
                "deadline",
                Code::Past,
                format!("{d} has passed; choose {today} or later"),
            );
        }
    }
    match (places, deadline) {
        (Some(places), Some(deadline)) if e.is_empty() => Ok(MissionCall {
            questions: qs,
            criteria: cs,
            places,
            deadline,
        }),
        _ => Err(e),
    }
}

/// Reads questions, one a line (blank lines skipped), into `e`'s field "questions".
pub fn parse_questions(e: &mut ValidationErrors, questions: &str) -> Vec<String> {
    let mut qs = Vec::new();
    for (n, line) in questions.lines().map(str::trim).filter(|l| !l.is_empty()).enumerate() {
        if n == MAX_QUESTIONS {
            e.add(
                "questions",
                Code::TooMany,
                format!("has more than {MAX_QUESTIONS} questions"),
            );
            break;
        }
        qs.push(text(e, "questions", line, 3, 500));
    }
    if qs.is_empty() && !e.0.iter().any(|f| f.field == "questions") {
        e.add("questions", Code::Required, "is required: one question a line");
    }
    qs
}

/// Reads weighted criteria, one a line as "weight name" ("40 Export readiness").
pub fn parse_criteria(e: &mut ValidationErrors, criteria: &str) -> Vec<Criterion> {
    let mut cs = Vec::new();
    let mut faulty = false;
    for (n, line) in criteria.lines().map(str::trim).filter(|l| !l.is_empty()).enumerate() {
        if n == MAX_CRITERIA {
            e.add(
                "criteria",
                Code::TooMany,
                format!("has more than {MAX_CRITERIA} criteria"),
            );
            faulty = true;
            break;
        }
        let parsed = line
            .split_once(char::is_whitespace)
            .and_then(|(w, name)| Some((w.trim_end_matches('%').parse::<u32>().ok()?, name.trim())))
            .filter(|(w, name)| (1..=100).contains(w) && !name.is_empty() && name.chars().count() <= 200);
        match parsed {
            Some((weight, name)) => cs.push(Criterion {
                name: name.to_owned(),
                weight,
            }),
            None => {
                faulty = true;
                e.push(
                    "criteria",
                    format!(
                        "line {}: write a weight from 1 to 100, then the criterion (\"40 Export readiness\")",
                        n + 1
                    ),
                )
            }
        }
    }
    if cs.is_empty() && !faulty {
        e.add("criteria", Code::Required, "is required: one weighted criterion a line");
    }
    cs
}

/// The criteria as the organiser's form shows them, one "weight name" a line.
pub fn criteria_lines(criteria: &[Criterion]) -> String {
    criteria
        .iter()
        .map(|c| format!("{} {}", c.weight, c.name))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Checks an application's answers, one per question, all required (fields "answer-N").
pub fn validate_answers(questions: &[String], answers: &[String]) -> Result<Vec<String>, ValidationErrors> {
    let mut e = ValidationErrors::default();
    let mut out = Vec::new();
    for i in 0..questions.len() {
        let field = format!("answer-{i}");
        out.push(text(
            &mut e,
            &field,
            answers.get(i).map(String::as_str).unwrap_or(""),
            1,
            MAX_ANSWER,
        ));
    }
    if e.is_empty() {
        Ok(out)
    } else {
        Err(e)
    }
}

/// Checks an evaluator's scores, one whole number 0–10 per criterion (fields "score-N").
pub fn validate_scores(criteria: &[Criterion], scores: &[String]) -> Result<Vec<u8>, ValidationErrors> {
    let mut e = ValidationErrors::default();
    let mut out = Vec::new();
    for i in 0..criteria.len() {
        match scores.get(i).map(|s| s.trim().parse::<u8>()) {
            Some(Ok(n)) if n <= MAX_SCORE => out.push(n),
            _ => e.push(
                format!("score-{i}"),
                format!("must be a whole number from 0 to {MAX_SCORE}"),
            ),
        }
    }
    if e.is_empty() {
        Ok(out)
    } else {
        Err(e)
    }
}

/// The weighted score of an application (0–10): each criterion's mean over the evaluators,
/// weighted; `None` before anyone scored it.
pub fn weighted(criteria: &[Criterion], evaluations: &[Vec<u8>]) -> Option<f64> {
    let valid: Vec<&Vec<u8>> = evaluations.iter().filter(|s| s.len() == criteria.len()).collect();
    if valid.is_empty() {
        return None;
    }
    let total: u32 = criteria.iter().map(|c| c.weight).sum();
    let sum: f64 = criteria
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let mean = valid.iter().map(|s| f64::from(s[i])).sum::<f64>() / valid.len() as f64;
            mean * f64::from(c.weight)
        })
        .sum();
    Some(sum / f64::from(total.max(1)))
}

impl MissionCall {
    /// The text the organiser's form shows for this call.
    pub fn criteria_lines(&self) -> String {
        criteria_lines(&self.criteria)
    }

    pub fn validate_answers(&self, answers: &[String]) -> Result<Vec<String>, ValidationErrors> {
        validate_answers(&self.questions, answers)
    }

    pub fn validate_scores(&self, scores: &[String]) -> Result<Vec<u8>, ValidationErrors> {
        validate_scores(&self.criteria, scores)
    }

    pub fn weighted(&self, evaluations: &[Vec<u8>]) -> Option<f64> {
        weighted(&self.criteria, evaluations)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Day {
        Day::parse("2026-11-30").expect("day")
    }

    #[test]
    fn a_call_is_read_from_lines_and_its_faults_are_named() {
        let call = validate_call(
            "Which markets do you export to?\n\nWhat do you want from the mission?",
            "40 Export readiness\n60% Fit with the target market",
            "12",
            "2027-01-15",
            today(),
        )
        .expect("valid");
        assert_eq!(call.questions.len(), 2);
        assert_eq!(
            call.criteria[1],
            Criterion {
                name: "Fit with the target market".into(),
                weight: 60
            }
        );
        assert_eq!(
            call.criteria_lines(),
            "40 Export readiness\n60 Fit with the target market"
        );
        let e = validate_call("", "heavy Export", "0", "2020-01-01", today()).expect_err("invalid");
        let fields: Vec<&str> = e.0.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["questions", "criteria", "places", "deadline"]);
    }

    #[test]
    fn the_ranking_weights_each_criterions_mean() {
        let call = validate_call("Why?", "1 Readiness\n3 Fit", "2", "2027-01-15", today()).expect("valid");
        assert_eq!(call.weighted(&[]), None);
        // Readiness mean 6, fit mean 9: (6·1 + 9·3) / 4.
        let w = call.weighted(&[vec![4, 8], vec![8, 10]]).expect("scored");
        assert!((w - 8.25).abs() < 1e-9);
        assert!(call.validate_scores(&["11".into(), "3".into()]).is_err());
        assert_eq!(
            call.validate_scores(&["0".into(), "10".into()]).expect("valid"),
            [0, 10]
        );
        assert!(call.validate_answers(&[String::new()]).is_err());
    }
}

//! Validation errors that name the field at fault, so a form, an API answer and an import report
//! can all say exactly what is wrong and where.

use std::fmt;

/// What kind of fault a field has, stable across rewordings of the message: interfaces pick
/// their translation by this code and the field, never by the English words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Code {
    /// Not a value the field accepts (format, choice or range); the field says which.
    #[default]
    Invalid,
    Required,
    TooShort,
    TooLong,
    /// A date or time that has already passed.
    Past,
    /// A date or time further ahead than the platform allows.
    TooFar,
    /// An end that is not after its start.
    Order,
    /// A time span that overlaps another one.
    Overlap,
    /// A time span outside the one it must lie in.
    Outside,
    /// More items than allowed in all.
    TooMany,
    /// An amount above the limit it is bound by (a budget, a maximum grant).
    OverLimit,
    /// A change that clashes with what already stands on it (fewer places than people
    /// registered, hours that leave planned sessions outside).
    Conflict,
}

impl Code {
    pub const ALL: [Code; 12] = [
        Code::Invalid,
        Code::Required,
        Code::TooShort,
        Code::TooLong,
        Code::Past,
        Code::TooFar,
        Code::Order,
        Code::Overlap,
        Code::Outside,
        Code::TooMany,
        Code::OverLimit,
        Code::Conflict,
    ];
}

/// One field that failed validation.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FieldError {
    pub field: String,
    pub code: Code,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: Code, message: impl Into<String>) -> Self {
        FieldError {
            field: field.into(),
            code,
            message: message.into(),
        }
    }
}

/// Every field error of one record; empty means valid.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ValidationErrors(pub Vec<FieldError>);

impl ValidationErrors {
    /// A value the field does not accept; the message says why.
    pub fn push(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.add(field, Code::Invalid, message);
    }

    pub fn add(&mut self, field: impl Into<String>, code: Code, message: impl Into<String>) {
        self.0.push(FieldError::new(field, code, message));
    }

    /// Whether `field` failed with `code`.
    pub fn has(&self, field: &str, code: Code) -> bool {
        self.0.iter().any(|e| e.field == field && e.code == code)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Keeps the value when it parsed, records the error under `field` when it did not.
    pub fn check<T, E: fmt::Display>(&mut self, field: &str, r: Result<T, E>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.push(field, e.to_string());
                None
            }
        }
    }
}

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{}: {}", e.field, e.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_finding_carries_its_code_into_the_api_answer() {
        let mut e = ValidationErrors::default();
        e.add("deadline", Code::TooFar, "is more than two years ahead");
        e.push("email", "is not an address");
        assert!(e.has("deadline", Code::TooFar) && e.has("email", Code::Invalid));
        let json = serde_json::to_value(&e.0).unwrap();
        assert_eq!(json[0]["code"], "too_far");
        assert_eq!(json[1]["code"], "invalid");
    }
}

//! HTML forms described as data: a [`Form`] of [`Field`]s drawn by one template (`form.html`) so
//! that every form has labels, hints, required markers, per-field errors tied to their field
//! (`aria-describedby`, `aria-invalid`), an error summary linking to each field, and the CSRF
//! token; handlers only say which fields there are and what went wrong. Also how pages read
//! what a browser sends: form bodies ([`FormData`]) and query strings ([`query_pairs`],
//! [`done_param`]), decoded leniently, and the helpers that build choices ([`options`], [`split`]).

use std::collections::BTreeMap;

use askama::Template;

use crate::views::{Chrome, Link};

/// One choice of a select or checkbox list.
pub use crate::views::Choice;

pub struct Field {
    pub name: &'static str,
    pub label: String,
    /// text, email, password, number, date, datetime-local, textarea, select, checkboxes, checkbox
    /// or hidden.
    pub kind: &'static str,
    pub value: String,
    pub hint: Option<String>,
    pub error: Option<String>,
    pub required: bool,
    pub autocomplete: &'static str,
    pub options: Vec<Choice>,
    /// The options' values are language codes and their labels are written in those languages
    /// (a language chooser): each option says so, for screen readers to pronounce it.
    pub options_in_own_language: bool,
    pub maxlength: usize,
}

impl Field {
    fn new(kind: &'static str, name: &'static str, label: String) -> Self {
        Self {
            name,
            label,
            kind,
            value: String::new(),
            hint: None,
            error: None,
            required: false,
            autocomplete: "off",
            options: vec![],
            options_in_own_language: false,
            maxlength: 0,
        }
    }

    pub fn text(name: &'static str, label: String) -> Self {
        Self::new("text", name, label)
    }
    pub fn email(name: &'static str, label: String) -> Self {
        Self::new("email", name, label).autocomplete("email").max(254)
    }
    pub fn password(name: &'static str, label: String, autocomplete: &'static str) -> Self {
        Self::new("password", name, label).autocomplete(autocomplete).max(1000)
    }
    /// A day, entered with the browser's date picker (sent as YYYY-MM-DD).
    pub fn date(name: &'static str, label: String) -> Self {
        Self::new("date", name, label)
    }
    /// A wall-clock date and time, with the browser's picker (sent as YYYY-MM-DDTHH:MM).
    pub fn datetime(name: &'static str, label: String) -> Self {
        Self::new("datetime-local", name, label)
    }
    pub fn number(name: &'static str, label: String) -> Self {
        Self::new("number", name, label)
    }
    pub fn textarea(name: &'static str, label: String) -> Self {
        Self::new("textarea", name, label)
    }
    pub fn checkbox(name: &'static str, label: String, checked: bool) -> Self {
        let mut f = Self::new("checkbox", name, label);
        f.value = if checked { "on".into() } else { String::new() };
        f
    }
    pub fn hidden(name: &'static str, value: impl Into<String>) -> Self {
        Self::new("hidden", name, String::new()).value(value)
    }
    /// A single choice; `options` are (value, label), the empty value meaning "none".
    pub fn select(name: &'static str, label: String, options: Vec<(String, String)>, selected: &str) -> Self {
        let mut f = Self::new("select", name, label);
        f.options = options
            .into_iter()
            .map(|(value, label)| Choice {
                selected: value == selected,
                value,
                label,
            })
            .collect();
        f
    }
    /// Marks a select's options as languages named in themselves (values are language codes).
    pub fn options_in_own_language(mut self) -> Self {
        self.options_in_own_language = true;
        self
    }
    /// Any number of choices.
    pub fn checkboxes(name: &'static str, label: String, options: Vec<(String, String)>, selected: &[String]) -> Self {
        let mut f = Self::new("checkboxes", name, label);
        f.options = options
            .into_iter()
            .map(|(value, label)| Choice {
                selected: selected.contains(&value),
                value,
                label,
            })
            .collect();
        f
    }

    /// Suggestions for a text field (a datalist): (value, label).
    pub fn suggestions(mut self, options: Vec<(String, String)>) -> Self {
        self.options = options
            .into_iter()
            .map(|(value, label)| Choice {
                value,
                label,
                selected: false,
            })
            .collect();
        self
    }

    pub fn value(mut self, v: impl Into<String>) -> Self {
        self.value = v.into();
        self
    }
    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }
    pub fn hint(mut self, h: String) -> Self {
        self.hint = Some(h);
        self
    }
    pub fn autocomplete(mut self, a: &'static str) -> Self {
        self.autocomplete = a;
        self
    }
    pub fn max(mut self, n: usize) -> Self {
        self.maxlength = n;
        self
    }

    pub fn checked(&self) -> bool {
        !self.value.is_empty()
    }

    /// The id of the element that describes this field (hint and error).
    pub fn described_by(&self) -> String {
        let mut ids = vec![];
        if self.hint.is_some() {
            ids.push(format!("{}-hint", self.name));
        }
        if self.error.is_some() {
            ids.push(format!("{}-error", self.name));
        }
        ids.join(" ")
    }
}

/// Messages for fields by name, in the reader's language.
#[derive(Default, Clone)]
pub struct Errors(pub BTreeMap<String, String>);

/// The message id for a finding on a free-text field, by the domain's code.
pub fn text_error_id(code: domain::Code) -> &'static str {
    match code {
        domain::Code::TooLong => "opportunity-error-too-long",
        domain::Code::TooShort => "opportunity-error-too-short",
        _ => "opportunity-error-required",
    }
}

impl Errors {
    pub fn add(&mut self, field: &str, message: String) {
        self.0.entry(field.to_owned()).or_insert(message);
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

pub struct Form {
    pub id: &'static str,
    pub heading: Option<String>,
    pub action: String,
    pub csrf: String,
    pub fields: Vec<Field>,
    pub submit: String,
    /// A destructive action (drawn in the warning colour).
    pub danger: bool,
    /// Problems not tied to one field.
    pub general_error: Option<String>,
    /// Each field error, for the summary at the top.
    pub summary: Vec<Summary>,
    /// A second button that sends the form with its name set (a preview), after the main one
    /// so that Enter in a field still saves.
    pub secondary: Option<Button>,
}

/// A named submit button: the form arrives with `name=1` when it was pressed.
pub struct Button {
    pub name: &'static str,
    pub label: String,
}

impl Form {
    pub fn new(id: &'static str, action: impl Into<String>, csrf: String, submit: String) -> Self {
        Self {
            id,
            heading: None,
            action: action.into(),
            csrf,
            fields: vec![],
            submit,
            danger: false,
            general_error: None,
            summary: vec![],
            secondary: None,
        }
    }

    pub fn secondary(mut self, name: &'static str, label: String) -> Self {
        self.secondary = Some(Button { name, label });
        self
    }

    pub fn heading(mut self, h: String) -> Self {
        self.heading = Some(h);
        self
    }

    pub fn field(mut self, f: Field) -> Self {
        self.fields.push(f);
        self
    }

    pub fn fields(mut self, fs: impl IntoIterator<Item = Field>) -> Self {
        self.fields.extend(fs);
        self
    }

    pub fn danger(mut self) -> Self {
        self.danger = true;
        self
    }

    /// Puts each message next to its field (and in the summary); a message for a field the form
    /// does not have becomes the general error.
    pub fn errors(mut self, errors: Errors) -> Self {
        for (name, message) in errors.0 {
            match self.fields.iter_mut().find(|f| f.name == name) {
                Some(f) => {
                    self.summary.push(Summary {
                        field: name.clone(),
                        label: f.label.clone(),
                        message: message.clone(),
                    });
                    f.error = Some(message);
                }
                None => {
                    self.general_error = Some(match self.general_error.take() {
                        Some(g) => format!("{g} {message}"),
                        None => message,
                    })
                }
            }
        }
        self
    }
}

/// One line of a form's error summary: the field it links to, its label, what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub field: String,
    pub label: String,
    pub message: String,
}

/// A page that is one form, with optional text above and links below.
#[derive(Template)]
#[template(path = "shared/form_page.html")]
pub struct FormPage {
    pub chrome: Chrome,
    pub title: String,
    pub intro: Vec<String>,
    pub notice: Option<String>,
    pub form: Form,
    pub links: Vec<Link>,
}

/// A submitted URL-encoded form, read leniently: malformed encodings are decoded as far as they
/// go (the fields are validated afterwards anyway), repeated names keep every value.
pub struct FormData(pub Vec<(String, String)>);

impl FormData {
    pub fn parse(body: &[u8]) -> Self {
        let text = String::from_utf8_lossy(body);
        Self(crate::forms::urlencoded_pairs(&text))
    }

    /// The first value of `name`, or "".
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    /// Every non-empty value of `name`.
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, v)| k == name && !v.trim().is_empty())
            .map(|(_, v)| v.clone())
            .collect()
    }

    pub fn checked(&self, name: &str) -> bool {
        !self.get(name).is_empty()
    }
}

impl<S: Send + Sync> axum::extract::FromRequest<S> for FormData {
    type Rejection = crate::WebError;

    async fn from_request(req: axum::extract::Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(|_| crate::WebError::TooLarge(crate::auth::MAX_FORM_BYTES))?;
        Ok(Self::parse(&bytes))
    }
}

/// The one check of every address the application redirects to on a client's word (after a
/// login, a language switch, a form): a path on this site, never another host. It must start with
/// a single `/` not followed by `/` or `\`, and hold no backslash, control character or white
/// space, as written and after each round of percent-decoding (browsers drop tabs and newlines
/// and read `\` as `/`, so `/<TAB>/evil.example` leads to evil.example).
pub fn safe_return(r: &str) -> Option<String> {
    fn local(p: &str) -> bool {
        let mut chars = p.chars();
        chars.next() == Some('/')
            && !matches!(chars.next(), Some('/' | '\\'))
            && !p.chars().any(|c| c == '\\' || c.is_control() || c.is_whitespace())
    }
    if r.len() > 2000 {
        return None;
    }
    let mut seen = r.to_owned();
    // Three rounds catch double and triple encoding; what still decodes further is refused.
    for _ in 0..3 {
        if !local(&seen) {
            return None;
        }
        let next = percent_decode(&seen);
        if next == seen {
            return Some(r.to_owned());
        }
        seen = next;
    }
    None
}

/// `%XX` sequences decoded (not `+`, which is a plus in a path); malformed ones kept as written.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = (bytes[i] == b'%')
            .then(|| bytes.get(i + 1..i + 3))
            .flatten()
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match hex {
            Some(b) => {
                out.push(b);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The items of a list typed into one field, separated by commas, spaces, semicolons or lines.
pub fn split(s: &str) -> Vec<String> {
    s.split([',', ' ', ';', '|', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// (value, label) pairs of a select or checkbox list.
pub fn options<T: Copy>(all: &[T], value: impl Fn(T) -> String, label: impl Fn(T) -> String) -> Vec<(String, String)> {
    all.iter().map(|v| (value(*v), label(*v))).collect()
}

/// The `done` parameter a redirect after a change carries, naming what was done.
pub fn done_param(raw: Option<&str>) -> Option<String> {
    query_pairs(raw).into_iter().find(|(k, _)| k == "done").map(|(_, v)| v)
}

/// Query pairs of a raw query string; malformed encodings are decoded leniently, never rejected.
/// A parameter sent empty (or blank) is left out, as if not sent: it is what a form sends for
/// "any", and client libraries send unset parameters the same way, so pages and API alike read
/// an empty value as "any" without each handler saying so.
pub fn query_pairs(raw: Option<&str>) -> Vec<(String, String)> {
    let mut pairs = raw.map(urlencoded_pairs).unwrap_or_default();
    pairs.retain(|(_, v)| !v.trim().is_empty());
    pairs
}

/// Every pair of `application/x-www-form-urlencoded` text (empty values too: a form field
/// cleared on purpose), decoded leniently; at most 200.
pub fn urlencoded_pairs(text: &str) -> Vec<(String, String)> {
    text.split('&')
        .filter(|p| !p.is_empty())
        .take(200)
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_returns_are_followed() {
        for good in [
            "/account?x=1",
            "/",
            "/organisations?country=DE&sort=name",
            "/search?q=K%C3%B8benhavn",
            "/events/12#register",
            "/organisations/a-b%C3%B8",
        ] {
            assert_eq!(safe_return(good).as_deref(), Some(good), "{good}");
        }
        // Known bypass forms of open-redirect checks, as they arrive after form decoding.
        for bad in [
            "",
            "evil.example",
            "//evil.example",
            "///evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r/evil.example",
            "\t//evil.example",
            " /evil.example",
            "/ /evil.example",
            "/%2Fevil.example",
            "/%2fevil.example",
            "/%5Cevil.example",
            "/%5cevil.example",
            "/%09/evil.example",
            "/%0A/evil.example",
            "/%0d%0a/evil.example",
            "/%252Fevil.example",
            "/%25252Fevil.example",
            "/%2525252Fevil.example",
            "/%E3%80%80/evil.example",
            "/\u{3000}/evil.example",
            "/\u{0}/evil.example",
            "/\u{7f}/evil.example",
            "/\u{85}/evil.example",
            "/\u{a0}/evil.example",
            "https://evil.example",
            "http:evil.example",
            "https:/evil.example",
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,x",
            "/a\\..\\..\\evil",
            "/account\r\nSet-Cookie: x=1",
            "/account%0d%0aSet-Cookie:%20x=1",
        ] {
            assert_eq!(safe_return(bad), None, "{bad:?}");
        }
        assert_eq!(safe_return(&format!("/{}", "a".repeat(2000))), None);
    }

    #[test]
    fn forms_keep_every_value() {
        let f = FormData::parse(b"a=1&b=x+y&a=2&a=&c=%ZZ");
        assert_eq!(f.get("a"), "1");
        assert_eq!(f.all("a"), ["1", "2"]);
        assert_eq!(f.get("b"), "x y");
        assert_eq!(f.get("missing"), "");
        assert_eq!(f.get("c"), "%ZZ");
    }

    #[test]
    fn query_strings_decode_leniently() {
        assert_eq!(
            query_pairs(Some("q=caf%C3%A9+lab&country=DE&&x&sme=&limit=+")),
            [("q".into(), "café lab".into()), ("country".into(), "DE".into())],
            "empty values are as if not sent"
        );
        assert_eq!(query_pairs(Some("q=%ZZ%")), [("q".into(), "%ZZ%".into())]);
        assert_eq!(query_pairs(Some("q=%FF")), [("q".into(), "\u{FFFD}".into())]);
        assert_eq!(query_pairs(Some("q=%4")), [("q".into(), "%4".into())]);
    }
}

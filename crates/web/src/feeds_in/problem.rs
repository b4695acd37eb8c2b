//! What went wrong with a feed, in the words of whoever reads it: a message id and one
//! language-neutral detail (a number, an address, a host name), stored as such with the feed and
//! said in the reader's language when the page is drawn. The English `Display` texts of
//! [`FetchError`] and [`ParseError`] stay for the log.

use super::{FetchError, ParseError};
use crate::i18n::Tr;

/// A problem as stored and shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// A `feeds-error-…` message id; its message takes `$detail`.
    pub id: &'static str,
    pub detail: String,
}

/// Between the id and the detail in the stored text; never part of either.
const SEPARATOR: char = '\u{1f}';

impl Problem {
    fn new(id: &'static str, detail: impl Into<String>) -> Self {
        Problem {
            id,
            detail: detail.into(),
        }
    }

    /// What a fetch error means for the organisation.
    pub fn of_fetch(e: &FetchError) -> Self {
        match e {
            FetchError::InvalidUrl(_) | FetchError::NoHost => Problem::new("feeds-error-address", ""),
            FetchError::UrlTooLong { limit } => Problem::new("feeds-error-too-long", limit.to_string()),
            FetchError::UnsupportedScheme { scheme, .. } => Problem::new("feeds-error-scheme", scheme.clone()),
            // Which internal address a name resolved to is not told: it would map the network.
            FetchError::PrivateAddress(_) => Problem::new("feeds-error-private", ""),
            FetchError::Dns { host, .. } => Problem::new("feeds-error-dns", host.clone()),
            FetchError::Connect(_) => Problem::new("feeds-error-connect", ""),
            FetchError::Timeout { limit } => Problem::new("feeds-error-timeout", limit.as_secs().to_string()),
            FetchError::TooManyRedirects { limit } => Problem::new("feeds-error-redirects", limit.to_string()),
            FetchError::BadRedirect(_) => Problem::new("feeds-error-bad-redirect", ""),
            FetchError::Credentials => Problem::new("feeds-error-credentials", ""),
            FetchError::Port(port) => Problem::new("feeds-error-port", port.to_string()),
            FetchError::Status(code) => Problem::new("feeds-error-status", code.to_string()),
            FetchError::TooLarge { limit } => {
                Problem::new("feeds-error-too-large", (limit.div_ceil(1024 * 1024)).to_string())
            }
            FetchError::Transfer(_) | FetchError::Setup(_) => Problem::new("feeds-error-transfer", ""),
        }
    }

    /// What a parse error means for the organisation; a malformed document's detail is the
    /// parser's own (technical) words.
    pub fn of_parse(e: &ParseError) -> Self {
        match e {
            ParseError::Empty => Problem::new("feeds-error-empty", ""),
            ParseError::HtmlPage => Problem::new("feeds-error-html", ""),
            ParseError::NotAFeed => Problem::new("feeds-error-not-a-feed", ""),
            ParseError::Malformed(m) | ParseError::Calendar(m) => {
                Problem::new("feeds-error-malformed", m.chars().take(300).collect::<String>())
            }
        }
    }

    /// A calendar of events registered where news feeds go.
    pub fn calendar() -> Self {
        Problem::new("feeds-error-calendar", "")
    }

    /// `count` entries that could not become news (no title, too little text).
    pub fn refused_entries(count: usize) -> Self {
        Problem::new("feeds-error-entries", count.to_string())
    }

    /// The platform could not store what it read; it reads the feed again.
    pub fn not_stored() -> Self {
        Problem::new("feeds-error-store", "")
    }

    /// The text kept with the feed.
    pub fn encode(&self) -> String {
        format!("{}{SEPARATOR}{}", self.id, self.detail.replace(SEPARATOR, " "))
    }

    /// The problem a stored text holds; older texts (plain English) are said as they are.
    pub fn say_stored(tr: &Tr, stored: &str) -> String {
        match stored.split_once(SEPARATOR) {
            Some((id, detail)) if id.starts_with("feeds-error-") => tr.t1(id, "detail", detail),
            _ => stored.to_owned(),
        }
    }

    /// The problem in `tr`'s language.
    pub fn say(&self, tr: &Tr) -> String {
        tr.t1(self.id, "detail", self.detail.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    #[test]
    fn problems_are_stored_and_said_in_each_language() {
        let p = Problem::of_fetch(&FetchError::Status(404));
        let stored = p.encode();
        for locale in Locale::ALL {
            let said = Problem::say_stored(&Tr::new(*locale), &stored);
            assert!(
                said.contains("404") && !said.contains("feeds-error"),
                "{locale:?}: {said}"
            );
        }
        assert_eq!(
            Problem::say_stored(&Tr::new(Locale::En), "an old message"),
            "an old message"
        );
    }

    #[test]
    fn every_problem_has_its_message() {
        let all = [
            Problem::of_fetch(&FetchError::NoHost),
            Problem::of_fetch(&FetchError::UrlTooLong { limit: 2000 }),
            Problem::of_fetch(&FetchError::UnsupportedScheme {
                scheme: "ftp".into(),
                redirected: false,
            }),
            Problem::of_fetch(&FetchError::PrivateAddress("10.0.0.5".parse().expect("ip"))),
            Problem::of_fetch(&FetchError::Dns {
                host: "example".into(),
                reason: "no".into(),
            }),
            Problem::of_fetch(&FetchError::Connect("x".into())),
            Problem::of_fetch(&FetchError::Timeout {
                limit: std::time::Duration::from_secs(20),
            }),
            Problem::of_fetch(&FetchError::TooManyRedirects { limit: 5 }),
            Problem::of_fetch(&FetchError::BadRedirect("x".into())),
            Problem::of_fetch(&FetchError::Credentials),
            Problem::of_fetch(&FetchError::Port(22)),
            Problem::of_fetch(&FetchError::TooLarge { limit: 5 << 20 }),
            Problem::of_fetch(&FetchError::Transfer("x".into())),
            Problem::of_parse(&ParseError::Empty),
            Problem::of_parse(&ParseError::HtmlPage),
            Problem::of_parse(&ParseError::NotAFeed),
            Problem::of_parse(&ParseError::Malformed("x".into())),
            Problem::calendar(),
            Problem::refused_entries(2),
            Problem::not_stored(),
        ];
        for locale in Locale::ALL {
            let tr = Tr::new(*locale);
            for p in &all {
                assert!(!p.say(&tr).contains(p.id), "{locale:?} {}", p.id);
            }
        }
    }
}

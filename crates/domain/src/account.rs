//! People and what they may do: e-mail addresses, display names and passwords that can only be
//! built valid, the platform roles (user, moderator, platform admin), the roles a person holds in an
//! organisation (member, admin) and the scopes of personal API tokens.

use std::fmt;

use crate::organisation::string_enum;

/// A normalised e-mail address: trimmed, with the domain in lower case (and the local part too,
/// since no mail provider our users meet treats case as significant, and one person must not own
/// two accounts that differ only in case).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub struct Email(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InvalidEmail(pub String);

pub const MAX_EMAIL: usize = 254;

impl Email {
    pub fn parse(s: &str) -> Result<Self, InvalidEmail> {
        let t = s.trim();
        if t.is_empty() {
            return Err(InvalidEmail("is required".into()));
        }
        if t.len() > MAX_EMAIL {
            return Err(InvalidEmail(format!("is longer than {MAX_EMAIL} characters")));
        }
        let Some((local, domain)) = t.rsplit_once('@') else {
            return Err(InvalidEmail("must contain an @, like name@example.eu".into()));
        };
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local
                .chars()
                .all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
        if !local_ok {
            return Err(InvalidEmail("has an invalid part before the @".into()));
        }
        let labels: Vec<&str> = domain.split('.').collect();
        let domain_ok = labels.len() >= 2
            && labels.iter().all(|l| {
                !l.is_empty()
                    && l.len() <= 63
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.chars().all(|c| c.is_alphanumeric() || c == '-')
            })
            && labels
                .last()
                .is_some_and(|tld| tld.chars().all(char::is_alphabetic) && tld.len() >= 2);
        if !domain_ok {
            return Err(InvalidEmail("has an invalid domain after the @".into()));
        }
        Ok(Self(t.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> serde::Deserialize<'de> for Email {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Email::parse(&s).map_err(serde::de::Error::custom)
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// How a person is shown to others: 1 to 100 characters, no control characters.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DisplayName(String);

pub const MAX_DISPLAY_NAME: usize = 100;

impl DisplayName {
    pub fn parse(s: &str) -> Result<Self, String> {
        let t = s.trim();
        if t.is_empty() {
            return Err("is required".into());
        }
        if t.chars().any(char::is_control) {
            return Err("must not contain control characters".into());
        }
        let n = t.chars().count();
        if n > MAX_DISPLAY_NAME {
            return Err(format!(
                "is {n} characters long; at most {MAX_DISPLAY_NAME} are allowed"
            ));
        }
        Ok(Self(t.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A password good enough to be accepted: long rather than complicated (NIST SP 800-63B), not
/// one of the 10,000 passwords people use most, and not made of the site's name or the e-mail
/// address it protects. Never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

pub const MIN_PASSWORD: usize = 10;
/// Long enough for any passphrase, short enough that hashing it costs nothing extra.
pub const MAX_PASSWORD: usize = 1_000;
/// The platform's name, which people put into passwords for it.
const SITE_NAME: &str = "clusterhub";

/// Why a password is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum WeakPassword {
    #[error("must be at least {MIN_PASSWORD} characters long")]
    TooShort,
    #[error("must be at most {MAX_PASSWORD} characters long")]
    TooLong,
    #[error("must not repeat one character")]
    Repeated,
    #[error("must not be your e-mail address")]
    IsEmail,
    #[error("is one of the 10,000 passwords people use most")]
    Common,
    #[error("is made of the site's name or your e-mail address and little else")]
    Guessable,
}

/// The 10,000 passwords people use most (see `data/README.md`), unpacked on first use.
fn common_passwords() -> &'static std::collections::HashSet<&'static str> {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        let packed = include_bytes!("../data/common-passwords.zlib");
        let text = miniz_oxide::inflate::decompress_to_vec_zlib(packed)
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .unwrap_or_default();
        let text: &'static str = Box::leak(text.into_boxed_str());
        text.lines().collect()
    })
}

/// Whether `password` is little more than the site's name or parts of the address (its local
/// part's words and its domain's first label) with digits and signs around them: fewer than four
/// letters are left once those are taken out.
fn built_from_site_or_address(password: &str, email: Option<&Email>) -> bool {
    let lower = password.to_lowercase();
    let mut parts: Vec<String> = vec![SITE_NAME.to_owned()];
    if let Some((local, domain)) = email.and_then(|e| e.as_str().rsplit_once('@')) {
        parts.push(local.to_lowercase());
        parts.extend(local.split(['.', '+', '_', '-']).map(str::to_lowercase));
        parts.extend(domain.split('.').next().map(str::to_lowercase));
    }
    parts.retain(|p| p.chars().count() >= 3);
    parts.sort_by_key(|p| std::cmp::Reverse(p.len()));
    let mut rest = lower.clone();
    for p in &parts {
        rest = rest.replace(p.as_str(), " ");
    }
    rest != lower && rest.chars().filter(|c| c.is_alphabetic()).count() < 4
}

impl Password {
    pub fn parse(s: &str, email: Option<&Email>) -> Result<Self, WeakPassword> {
        let n = s.chars().count();
        if n < MIN_PASSWORD {
            return Err(WeakPassword::TooShort);
        }
        if n > MAX_PASSWORD {
            return Err(WeakPassword::TooLong);
        }
        if s.chars().all(|c| c == s.chars().next().unwrap_or(' ')) {
            return Err(WeakPassword::Repeated);
        }
        if email.is_some_and(|e| s.trim().eq_ignore_ascii_case(e.as_str())) {
            return Err(WeakPassword::IsEmail);
        }
        if common_passwords().contains(s.trim().to_lowercase().as_str()) {
            return Err(WeakPassword::Common);
        }
        if built_from_site_or_address(s, email) {
            return Err(WeakPassword::Guessable);
        }
        Ok(Self(s.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(…)")
    }
}

string_enum!(
    /// What a person may do on the whole platform.
    PlatformRole, "platform-role", {
    User => "user",
    Moderator => "moderator",
    Admin => "admin",
});

impl PlatformRole {
    /// Moderators and platform admins decide claims and moderate content.
    pub fn moderates(self) -> bool {
        matches!(self, Self::Moderator | Self::Admin)
    }
}

string_enum!(
    /// What a person may do for one organisation.
    OrgRole, "org-role", {
    Member => "member",
    Admin => "admin",
});

string_enum!(
    /// What a personal API token allows: reading only, or reading and writing.
    TokenScope, "token-scope", {
    Read => "read",
    Write => "write",
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(
            Email::parse("  Anna.Berg@Example.EU ").unwrap().as_str(),
            "anna.berg@example.eu"
        );
        assert_eq!(
            Email::parse("jørgen@væksthus.dk").unwrap().as_str(),
            "jørgen@væksthus.dk"
        );
        for bad in [
            "",
            "anna",
            "anna@",
            "@example.eu",
            "anna@example",
            "a..b@example.eu",
            "anna@exa mple.eu",
            "<script>@x.eu",
            "anna@-x.eu",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
        assert!(Email::parse(&format!("{}@example.eu", "a".repeat(300))).is_err());
    }

    #[test]
    fn passwords_are_long_and_not_the_address() {
        let e = Email::parse("anna@example.eu").unwrap();
        assert!(Password::parse("short", None).is_err());
        assert!(Password::parse("aaaaaaaaaaaa", None).is_err());
        assert!(Password::parse("anna@example.eu", Some(&e)).is_err());
        assert!(Password::parse("correct horse battery", Some(&e)).is_ok());
        assert_eq!(
            format!("{:?}", Password::parse("correct horse battery", None).unwrap()),
            "Password(…)"
        );
    }

    #[test]
    fn common_passwords_and_ones_built_from_the_site_or_address_are_refused() {
        use super::WeakPassword as W;
        assert_eq!(common_passwords().len(), 10_000);
        for common in ["1234567890", "qwertyuiop", "PASSWORD123", "1q2w3e4r5t", "Manchester"] {
            assert_eq!(Password::parse(common, None), Err(W::Common), "{common}");
        }
        let e = Email::parse("sofie.hansen@nordic-space.dk").unwrap();
        for guessable in [
            "clusterhub2026!",
            "ClusterHub#1234",
            "sofie.hansen1990",
            "Hansen!Sofie!99",
            "nordic-space-2027",
            "2024clusterhub2024",
        ] {
            assert_eq!(Password::parse(guessable, Some(&e)), Err(W::Guessable), "{guessable}");
        }
        for fine in [
            "clusterhub-purple-elephant-42",
            "sofie likes green tea",
            "correct horse battery staple",
            "Tårnby-Fyrtårn-1987",
        ] {
            assert!(Password::parse(fine, Some(&e)).is_ok(), "{fine}");
        }
        // The demo's published password stays valid: "demo" is a word of its own.
        assert!(Password::parse(DEMO, None).is_ok());
    }

    const DEMO: &str = "clusterhub-demo";

    #[test]
    fn roles_parse() {
        assert_eq!("moderator".parse::<PlatformRole>().unwrap(), PlatformRole::Moderator);
        assert!("root".parse::<PlatformRole>().is_err());
        assert!(PlatformRole::Admin.moderates() && !PlatformRole::User.moderates());
        assert_eq!("write".parse::<TokenScope>().unwrap(), TokenScope::Write);
    }
}

//! Two-factor authentication with an authenticator app: TOTP (RFC 6238: HMAC-SHA1, six digits,
//! 30-second steps, one step of clock drift either way), enrolled by a QR code, with ten
//! single-use recovery codes stored hashed. Each accepted code uses up its time step, so a code
//! seen over someone's shoulder cannot be replayed.

use totp_rs::{Algorithm, Secret, TOTP};

/// The name authenticator apps show above the code.
pub const ISSUER: &str = "clusterhub";
/// How many recovery codes a person receives.
pub const RECOVERY_CODES: usize = 10;
/// Seconds per code.
const STEP: u64 = 30;

/// One person's authenticator.
pub struct Authenticator {
    totp: TOTP,
}

impl Authenticator {
    /// A new random secret (160 bits, as RFC 4226 recommends), base32 as apps show it.
    pub fn new_secret() -> String {
        use rand::RngCore;
        let mut bytes = [0u8; 20];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        Secret::Raw(bytes.to_vec()).to_encoded().to_string()
    }

    /// The authenticator of a base32 secret for `account` (the person's address); None when the
    /// secret is not valid base32 of at least 128 bits.
    pub fn new(secret: &str, account: &str) -> Option<Self> {
        let bytes = Secret::Encoded(secret.trim().to_uppercase()).to_bytes().ok()?;
        let account = account.replace(':', " ");
        TOTP::new(Algorithm::SHA1, 6, 1, STEP, bytes, Some(ISSUER.to_owned()), account)
            .ok()
            .map(|totp| Self { totp })
    }

    /// The `otpauth://` address the QR code holds.
    pub fn uri(&self) -> String {
        self.totp.get_url()
    }

    /// The QR code of [`Self::uri`] as a base64 PNG, for a `data:` image.
    pub fn qr_png_base64(&self) -> Option<String> {
        self.totp.get_qr_base64().ok()
    }

    /// The code for a Unix time (for tests and the test helpers that sign in).
    pub fn code_at(&self, unix: u64) -> String {
        self.totp.generate(unix)
    }

    /// The time step a code belongs to when it is right at `unix` (the current step or one
    /// either side); None otherwise. Whether the step was used already is the store's check.
    pub fn verify(&self, code: &str, unix: u64) -> Option<i64> {
        let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let now = unix / STEP;
        [now.saturating_sub(1), now, now + 1]
            .into_iter()
            .find(|step| super::same_secret(&self.totp.generate(step * STEP), &code))
            .and_then(|step| i64::try_from(step).ok())
    }
}

/// Ten fresh recovery codes, each "xxxxx-xxxxx" of lower-case letters and digits (50 bits).
pub fn recovery_codes() -> Vec<String> {
    use rand::Rng;
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut rng = rand::rngs::OsRng;
    (0..RECOVERY_CODES)
        .map(|_| {
            let mut code = String::with_capacity(11);
            for i in 0..10 {
                if i == 5 {
                    code.push('-');
                }
                code.push(ALPHABET[rng.gen_range(0..ALPHABET.len())] as char);
            }
            code
        })
        .collect()
}

/// What the store keeps of a recovery code as typed: lower case, without spaces or dashes,
/// hashed.
pub fn recovery_hash(typed: &str) -> String {
    let plain: String = typed
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    super::hash_token(&plain)
}

/// The current Unix time in seconds.
pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The secret of RFC 6238's test vectors ("12345678901234567890" in ASCII), base32.
    const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    #[test]
    fn codes_follow_rfc_6238_at_a_fixed_clock() {
        let a = Authenticator::new(RFC_SECRET, "anna@example.eu").expect("valid secret");
        // RFC 6238 appendix B (SHA-1), last six of the eight digits.
        assert_eq!(a.code_at(59), "287082");
        assert_eq!(a.code_at(1_111_111_109), "081804");
        assert_eq!(a.code_at(1_234_567_890), "005924");
        assert_eq!(a.code_at(2_000_000_000), "279037");
        // Right now, one step late or early; not two.
        let t = 1_111_111_109;
        assert_eq!(a.verify("081804", t), Some((t / 30) as i64));
        assert_eq!(a.verify("081 804", t + 30), Some((t / 30) as i64));
        assert_eq!(a.verify("081804", t + 60), None);
        assert_eq!(a.verify("000000", t), None);
        assert_eq!(a.verify("08180", t), None);
        assert_eq!(a.verify("0818040", t), None);
        assert_eq!(a.verify("abcdef", t), None);
        assert!(
            a.uri().starts_with("otpauth://totp/clusterhub:anna%40example.eu?"),
            "{}",
            a.uri()
        );
        assert!(a.qr_png_base64().is_some_and(|png| png.len() > 100));
    }

    #[test]
    fn secrets_and_recovery_codes_are_fresh_and_normalised() {
        let s = Authenticator::new_secret();
        assert_eq!(s.len(), 32, "160 bits in base32");
        assert_ne!(s, Authenticator::new_secret());
        assert!(Authenticator::new(&s, "x@example.eu").is_some());
        assert!(Authenticator::new("short", "x@example.eu").is_none());
        assert!(Authenticator::new("not base32!", "x@example.eu").is_none());
        let codes = recovery_codes();
        assert_eq!(codes.len(), 10);
        assert!(codes.iter().all(|c| c.len() == 11 && c.as_bytes()[5] == b'-'));
        let unique: std::collections::HashSet<_> = codes.iter().collect();
        assert_eq!(unique.len(), 10);
        assert_eq!(
            recovery_hash(&codes[0]),
            recovery_hash(&codes[0].to_uppercase().replace('-', " "))
        );
    }
}

//! What participants carry to the check-in desk and what attendance mails link to, signed with
//! the platform's key (kept in the database, so every node checks what any node signed):
//!
//! - a check-in token, `CH-<event>-<registration>-<mac>`, shown as a QR code: it names its
//!   event, so it is refused at any other, and it stands only while the registration is
//!   confirmed, so cancelling revokes it;
//! - a six-character fallback code for typing, from an alphabet without 0/O/1/I, derived from
//!   the same key (nothing to store; two participants of one event sharing a code, about one
//!   event in two thousand at 1,000 participants, makes the code ambiguous and the desk asks for
//!   the QR code or the name instead);
//! - one-tap answer links ("we met", "they did not come") that need no sign-in, expire, and
//!   name their meeting, participant and answer.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::{AppState, WebError};

type HmacSha256 = Hmac<Sha256>;

const KEY_NAME: &str = "b2b-attendance";

/// The fallback codes' alphabet: no 0/O, 1/I, so nothing read aloud or typed is mistaken.
pub(crate) const CODE_ALPHABET: &[u8; 32] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

use crate::notify::b2b_attendance::ANSWER_LINK_DAYS;

/// The platform's key for attendance, made on first use.
#[derive(Clone)]
pub(crate) struct Key(Vec<u8>);

impl Key {
    pub(crate) async fn of(state: &AppState) -> Result<Key, WebError> {
        let secret = state
            .checkin_key
            .get_or_try_init(|| async {
                let secret = state.store.signing_key(KEY_NAME, &crate::auth::random_token()).await?;
                Ok::<_, WebError>(secret.into_bytes())
            })
            .await?;
        Ok(Key(secret.clone()))
    }

    fn mac(&self, message: &str) -> [u8; 32] {
        // HMAC takes keys of any length, so this cannot fail.
        let mut mac = HmacSha256::new_from_slice(&self.0).unwrap_or_else(|_| unreachable!("HMAC takes any key"));
        mac.update(message.as_bytes());
        mac.finalize().into_bytes().into()
    }

    /// The QR code's token of a registration at an event.
    pub(crate) fn token(&self, event: i64, registration: i64) -> String {
        let mac = self.mac(&format!("checkin|{event}|{registration}"));
        format!("CH-{event}-{registration}-{}", upper_hex(&mac[..12]))
    }

    /// The registration a token names, when it is genuine and of `event`.
    pub(crate) fn check_token(&self, event: i64, token: &str) -> Option<i64> {
        let token = token.trim().to_ascii_uppercase();
        let mut parts = token.splitn(4, '-');
        let (Some("CH"), Some(e), Some(r), Some(_)) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
            return None;
        };
        let (e, r) = (e.parse::<i64>().ok()?, r.parse::<i64>().ok()?);
        let expected = self.token(e, r);
        (e == event && crate::auth::same_secret(&expected, &token)).then_some(r)
    }

    /// The typed fallback code of a registration at an event.
    pub(crate) fn code(&self, event: i64, registration: i64) -> String {
        let mac = self.mac(&format!("code|{event}|{registration}"));
        mac[..6]
            .iter()
            .map(|b| CODE_ALPHABET[usize::from(b % 32)] as char)
            .collect()
    }

    /// The signature of an answer link.
    pub(crate) fn answer_signature(&self, request: i64, registration: i64, answer: &str, expires: i64) -> String {
        let mac = self.mac(&format!("answer|{request}|{registration}|{answer}|{expires}"));
        upper_hex(&mac[..16]).to_ascii_lowercase()
    }

    /// The address of a one-tap answer, valid for [`ANSWER_LINK_DAYS`] from `now`.
    pub(crate) fn answer_link(
        &self,
        state: &AppState,
        request: i64,
        registration: i64,
        answer: &str,
        now: chrono::DateTime<chrono::Utc>,
    ) -> String {
        let expires = (now + chrono::Duration::days(ANSWER_LINK_DAYS)).timestamp();
        let sig = self.answer_signature(request, registration, answer, expires);
        state.settings.link(&format!(
            "/b2b/answer?m={request}&r={registration}&a={answer}&x={expires}&s={sig}"
        ))
    }
}

/// A typed code as the desk reads it: spaces and dashes dropped, upper case. A character outside
/// the alphabet (an O typed for a 0, say) is not guessed at: the code is then not one.
pub(crate) fn normalise_code(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (code.len() == 6 && code.bytes().all(|b| CODE_ALPHABET.contains(&b))).then_some(code)
}

fn upper_hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
        let _ = write!(s, "{b:02X}");
        s
    })
}

/// A QR code of `text` as an SVG picture, black on white with the standard quiet zone, scaled
/// by the page (crisp in print at any size). None when the text is too long for a QR code.
pub(crate) fn qr_svg(text: &str, label: &str) -> Option<String> {
    let (full, path) = qr_path(text)?;
    // Four pixels a module at least: about 5 cm wide on paper, read by any phone camera.
    let px = full * 4;
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {full} {full}\" width=\"{px}\" height=\"{px}\" class=\"qr\" role=\"img\" \
         aria-label=\"{}\" shape-rendering=\"crispEdges\"><rect width=\"{full}\" height=\"{full}\" fill=\"#fff\"/>\
         <path d=\"{path}\" fill=\"#000\"/></svg>",
        domain::html::escape_attribute(label)
    ))
}

/// The most QR drawings kept; beyond it the memory starts afresh (about 3 MB at most).
const QR_KEPT: usize = 1_000;

/// The width in modules (quiet zone included) and the SVG path of the QR code of `text`. The
/// code of a token never changes and the agenda page shows it on every view, so a drawing is
/// made once per node and kept (by the text itself: a token names its event, registration and
/// key, so no two installations share one by mistake).
fn qr_path(text: &str) -> Option<(i32, std::sync::Arc<str>)> {
    use qrcodegen::{QrCode, QrCodeEcc};
    use std::collections::HashMap;
    use std::sync::{Arc, LazyLock, Mutex};
    type Drawings = Mutex<HashMap<String, (i32, Arc<str>)>>;
    static KEPT: LazyLock<Drawings> = LazyLock::new(Drawings::default);
    if let Some(found) = KEPT.lock().ok()?.get(text) {
        return Some(found.clone());
    }
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let quiet = 4;
    // One rectangle per run of dark modules in a row: a third of the bytes of one per module.
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !qr.get_module(x, y) {
                x += 1;
                continue;
            }
            let run = (x..size).take_while(|&i| qr.get_module(i, y)).count() as i32;
            path.push_str(&format!("M{},{}h{run}v1h-{run}z", x + quiet, y + quiet));
            x += run;
        }
    }
    let drawn = (size + 2 * quiet, Arc::<str>::from(path));
    let mut kept = KEPT.lock().ok()?;
    if kept.len() >= QR_KEPT {
        kept.clear();
    }
    kept.insert(text.to_owned(), drawn.clone());
    Some(drawn)
}

/// A QR code of `text` as a PNG picture for mail, where no SVG is shown: black modules on white
/// with the standard four-module quiet zone, about 330 pixels wide (a whole number of pixels a
/// module, so every edge stays sharp), 8-bit grey and compressed hard (about a kilobyte). None
/// when the text is too long for a QR code.
pub(crate) fn qr_png(text: &str) -> Option<Vec<u8>> {
    qr_png_compressed(text, PngCompression::Small)
}

/// How hard a QR picture is compressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PngCompression {
    /// The smallest file (about a kilobyte), for mail, where it is drawn once per message.
    Small,
    /// A quick one (a tenth of the time, under 3 KB), where a picture is drawn on every
    /// download (the agenda's calendar file).
    Fast,
}

/// [`qr_png`], compressed as `compression` says.
pub(crate) fn qr_png_compressed(text: &str, compression: PngCompression) -> Option<Vec<u8>> {
    use image::codecs::png::{CompressionType, FilterType, PngEncoder};
    use image::{ExtendedColorType, ImageEncoder};
    use qrcodegen::{QrCode, QrCodeEcc};
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let quiet = 4;
    let full = qr.size() + 2 * quiet;
    // Whole pixels a module, aiming at 360 px; never under 4, which phones still read on paper.
    let scale = (360 / full).max(4);
    let side = usize::try_from(full * scale).ok()?;
    // Each row of modules drawn once and repeated `scale` times: a tenth of the work of asking
    // the code about every pixel.
    let (module, modules) = (usize::try_from(scale).ok()?, usize::try_from(full).ok()?);
    let mut pixels = Vec::with_capacity(side * side);
    let mut row = vec![255u8; side];
    for y in 0..full {
        for (x, run) in row.chunks_mut(module).enumerate().take(modules) {
            let dark = qr.get_module(x as i32 - quiet, y - quiet);
            run.fill(if dark { 0 } else { 255 });
        }
        for _ in 0..scale {
            pixels.extend_from_slice(&row);
        }
    }
    let mut png = Vec::new();
    let side = u32::try_from(side).ok()?;
    let (level, filter) = match compression {
        PngCompression::Small => (CompressionType::Best, FilterType::Adaptive),
        PngCompression::Fast => (CompressionType::Fast, FilterType::Adaptive),
    };
    PngEncoder::new_with_quality(&mut png, level, filter)
        .write_image(&pixels, side, side, ExtendedColorType::L8)
        .ok()?;
    Some(png)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_name_their_event_and_cannot_be_forged() {
        let k = Key(b"secret".to_vec());
        let t = k.token(7, 42);
        assert_eq!(k.check_token(7, &t), Some(42));
        assert_eq!(k.check_token(7, &t.to_ascii_lowercase()), Some(42));
        assert_eq!(k.check_token(8, &t), None, "another event");
        assert_eq!(
            k.check_token(7, &t.replace("-42-", "-43-")),
            None,
            "another registration"
        );
        assert_eq!(Key(b"other".to_vec()).check_token(7, &t), None, "another key");
        assert_eq!(k.check_token(7, "CH-7-42-00"), None);
        assert_eq!(k.check_token(7, ""), None);
    }

    #[test]
    fn codes_use_the_unambiguous_alphabet() {
        let k = Key(b"secret".to_vec());
        for r in 0..500 {
            let c = k.code(1, r);
            assert_eq!(c.len(), 6);
            assert!(!c.contains(['0', 'O', '1', 'I']), "{c}");
            assert_eq!(
                normalise_code(&format!(" {}-{} ", &c[..3], c[3..].to_lowercase())),
                Some(c)
            );
        }
        assert_eq!(normalise_code("ABC0EF"), None);
        assert_eq!(normalise_code("ABCDE"), None);
    }

    #[test]
    fn qr_pictures_are_small_sharp_black_on_white_pngs() {
        let token = "CH-12345-678901-ABCDEF0123456789ABCDEF01";
        let png = qr_png(token).expect("fits");
        assert!(png.len() < 4096, "{} bytes", png.len());
        let img = image::load_from_memory_with_format(&png, image::ImageFormat::Png)
            .expect("a PNG")
            .to_luma8();
        assert_eq!(img.width(), img.height());
        assert!((300..=400).contains(&img.width()), "{} px", img.width());
        assert!(
            img.pixels().all(|p| p.0[0] == 0 || p.0[0] == 255),
            "black and white only"
        );
        let qr = qrcodegen::QrCode::encode_text(token, qrcodegen::QrCodeEcc::Medium).expect("fits");
        let scale = img.width() / (qr.size() as u32 + 8);
        // The quiet zone is white all round; each module's centre has the module's colour.
        let (border, far) = (4 * scale, img.width() - 4 * scale);
        for (x, y, p) in img.enumerate_pixels() {
            if x < border || y < border || x >= far || y >= far {
                assert_eq!(p.0[0], 255, "quiet zone at {x},{y}");
            }
        }
        for y in 0..qr.size() {
            for x in 0..qr.size() {
                let centre = |m: i32| (m as u32 + 4) * scale + scale / 2;
                let black = img.get_pixel(centre(x), centre(y)).0[0] == 0;
                assert_eq!(black, qr.get_module(x, y), "module {x},{y}");
            }
        }
    }

    /// What a QR picture costs to draw, each way (figures, not a limit: run with --nocapture).
    #[test]
    fn qr_picture_cost() {
        let token = "CH-12345-678901-ABCDEF0123456789ABCDEF01";
        for compression in [PngCompression::Small, PngCompression::Fast] {
            let png = qr_png_compressed(token, compression).expect("fits");
            let runs = 200;
            let started = std::time::Instant::now();
            for _ in 0..runs {
                std::hint::black_box(qr_png_compressed(std::hint::black_box(token), compression));
            }
            let each = started.elapsed().as_secs_f64() * 1000.0 / f64::from(runs);
            eprintln!("qr_png {compression:?}: {each:.3} ms a picture, {} bytes", png.len());
        }
    }

    #[test]
    fn qr_codes_are_svg() {
        let svg = qr_svg("CH-1-2-ABCDEF0123456789ABCDEF01", "QR <code>").expect("fits");
        assert!(svg.starts_with("<svg") && svg.contains("QR &lt;code&gt;"));
    }
}

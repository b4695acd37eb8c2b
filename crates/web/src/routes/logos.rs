//! Organisation logos: an organisation's admins upload one (PNG, JPEG, GIF or WebP of at most
//! 2 MiB), which is decoded with limits, scaled to fit 256×256 and written again as a PNG, so
//! nothing but pixels is stored or served (no scripts in SVG, no metadata, no polyglot files).
//! Pages show it on the profile and on cards; `GET /organisations/{slug}/logo.png` serves it
//! with a version in the address, so it can be cached for long.

use crate::audit::{Action, Actor};
use std::io::Cursor;

use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use domain::Organisation;

use crate::access;
use crate::auth::extract::SignedIn;
use crate::ctx::Ctx;
use crate::views::logo_href;
use crate::views::{render, Chrome};
use crate::{AppState, WebError};

/// The largest file accepted.
pub const MAX_LOGO_BYTES: usize = 2 * 1024 * 1024;
/// Stored logos fit in a square of this side.
pub const LOGO_SIDE: u32 = 256;
/// Pictures larger than this (in either direction, or in pixels) are refused before decoding,
/// against decompression bombs: a 16-megapixel picture decodes into at most 64 MiB.
const MAX_SOURCE_SIDE: u32 = 8_000;
const MAX_SOURCE_PIXELS: u64 = 16_000_000;
/// Uploads an organisation may try per hour (each decodes a picture).
const UPLOADS_PER_HOUR: i64 = 20;

/// One picture is decoded at a time on a node: decoding is the costly part of an upload, and a
/// few at once must not take the memory or the cores of the pages.
static DECODING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(1);

/// Whether `path` is a route that takes a file (and so a body of up to `MAX_UPLOAD_BYTES`).
pub fn is_upload_path(path: &str) -> bool {
    path.strip_prefix("/organisations/")
        .and_then(|rest| rest.strip_suffix("/logo"))
        .is_some_and(|slug| !slug.is_empty() && !slug.contains('/'))
}

/// Why an upload was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogoError {
    Missing,
    TooLarge,
    NotAPicture,
    TooManyPixels,
}

impl LogoError {
    fn message_id(self) -> &'static str {
        match self {
            LogoError::Missing => "logo-error-missing",
            LogoError::TooLarge => "logo-error-too-large",
            LogoError::NotAPicture => "logo-error-format",
            LogoError::TooManyPixels => "logo-error-dimensions",
        }
    }
}

/// Decodes an uploaded picture and writes it again as a PNG that fits [`LOGO_SIDE`].
pub fn normalise(bytes: &[u8]) -> Result<Vec<u8>, LogoError> {
    use image::{ImageFormat, ImageReader, Limits};
    if bytes.is_empty() {
        return Err(LogoError::Missing);
    }
    if bytes.len() > MAX_LOGO_BYTES {
        return Err(LogoError::TooLarge);
    }
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| LogoError::NotAPicture)?;
    match reader.format() {
        Some(ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::Gif | ImageFormat::WebP) => {}
        _ => return Err(LogoError::NotAPicture),
    }
    // The header says how large the picture is; refuse a bomb before decoding any of it.
    let (width, height) = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| LogoError::NotAPicture)?
        .into_dimensions()
        .map_err(|_| LogoError::NotAPicture)?;
    if width > MAX_SOURCE_SIDE || height > MAX_SOURCE_SIDE || u64::from(width) * u64::from(height) > MAX_SOURCE_PIXELS {
        return Err(LogoError::TooManyPixels);
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SOURCE_SIDE);
    limits.max_image_height = Some(MAX_SOURCE_SIDE);
    limits.max_alloc = Some(96 * 1024 * 1024);
    reader.limits(limits);
    let picture = reader.decode().map_err(|e| match e {
        image::ImageError::Limits(_) => LogoError::TooManyPixels,
        _ => LogoError::NotAPicture,
    })?;
    let fitted = if picture.width() > LOGO_SIDE || picture.height() > LOGO_SIDE {
        // A box-like filter: a fraction of Lanczos' cost on large sources, and at most 256 pixels
        // out, nobody sees the difference.
        picture.resize(LOGO_SIDE, LOGO_SIDE, image::imageops::FilterType::Triangle)
    } else {
        picture
    };
    let mut out = Vec::new();
    fitted
        .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
        .map_err(|_| LogoError::NotAPicture)?;
    Ok(out)
}

#[derive(Template)]
#[template(path = "logos/logo.html")]
struct LogoPage {
    chrome: Chrome,
    name: String,
    slug: String,
    logo: Option<String>,
    notice: Option<String>,
    error: Option<String>,
}

#[derive(serde::Deserialize, Default)]
pub struct Done {
    #[serde(default)]
    done: Option<String>,
}

async fn admin_of(state: &AppState, me: &SignedIn, slug: &str) -> Result<Organisation, WebError> {
    let org = crate::routes::organisation(state, slug).await?;
    if access::administers(state, me.user(), org.id).await? {
        Ok(org)
    } else {
        Err(WebError::Forbidden)
    }
}

fn page(ctx: &Ctx, org: &Organisation, notice: Option<String>, error: Option<String>) -> LogoPage {
    LogoPage {
        chrome: ctx.chrome("organisations"),
        name: crate::views::title_case_if_shouting(&org.profile.name),
        slug: org.slug.to_string(),
        logo: logo_href(org),
        notice,
        error,
    }
}

/// `GET /organisations/{slug}/logo`: the current logo and the form to change it.
pub async fn form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
    Query(q): Query<Done>,
) -> Result<Response, WebError> {
    let org = admin_of(&state, &me, &slug).await?;
    let notice = match q.done.as_deref() {
        Some("saved") => Some(ctx.tr.t("logo-done-saved")),
        Some("removed") => Some(ctx.tr.t("logo-done-removed")),
        _ => None,
    };
    Ok(render(&page(&ctx, &org, notice, None))?.into_response())
}

/// `POST /organisations/{slug}/logo`: a new logo from the form's file.
pub async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
    request: axum::extract::Request,
) -> Result<Response, WebError> {
    use axum::extract::FromRequest;
    // Who may comes first; then how often (every attempt decodes a picture).
    let org = admin_of(&state, &me, &slug).await?;
    let since = chrono::Utc::now() - chrono::Duration::hours(1);
    if state
        .store
        .recent_audit_count(Action::LogoUpload, org.slug.as_str(), false, since)
        .await?
        >= UPLOADS_PER_HOUR
    {
        return Err(WebError::TooManyAttempts(60));
    }
    Actor::of(&state, &ctx, me.user())?
        .audit(Action::LogoUpload, org.slug.as_str(), "")
        .await?;
    let mut file = None;
    if let Ok(mut form) = Multipart::from_request(request, &state).await {
        while let Ok(Some(field)) = form.next_field().await {
            if field.name() == Some("logo") {
                file = Some(field.bytes().await.map_err(|_| WebError::TooLarge(MAX_LOGO_BYTES))?);
            }
        }
    }
    // A form sent without its file (or not as multipart) is an upload of nothing.
    let bytes = file.unwrap_or_default();
    let permit = DECODING.acquire().await.map_err(|_| WebError::Unavailable)?;
    let result = tokio::task::spawn_blocking(move || normalise(&bytes))
        .await
        .map_err(|_| WebError::Internal)?;
    drop(permit);
    match result {
        Ok(png) => {
            let actor = Actor::of(&state, &ctx, me.user())?;
            actor
                .audited(Action::LogoChanged, org.slug.as_str(), "")
                .set_logo(org.id, png)
                .await?;
            Ok(Redirect::to(&format!("/organisations/{}/logo?done=saved", org.slug)).into_response())
        }
        Err(e) => {
            let message = ctx.tr.t1("logo-error", "reason", ctx.tr.t(e.message_id()));
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                render(&page(&ctx, &org, None, Some(message)))?,
            )
                .into_response())
        }
    }
}

/// `POST /organisations/{slug}/logo/remove`.
pub async fn remove(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let org = admin_of(&state, &me, &slug).await?;
    let actor = Actor::of(&state, &ctx, me.user())?;
    actor
        .audited(Action::LogoRemoved, org.slug.as_str(), "")
        .remove_logo(org.id)
        .await?;
    Ok(Redirect::to(&format!("/organisations/{}/logo?done=removed", org.slug)).into_response())
}

#[derive(serde::Deserialize, Default)]
pub struct Version {
    #[serde(default)]
    v: Option<String>,
}

/// `GET /organisations/{slug}/logo.png`: the stored PNG. Its address carries the version, and
/// only that address is cached for good; any other (no version, an older one) is checked again,
/// so a removed or replaced logo does not live on in caches.
pub async fn picture(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<Version>,
) -> Result<Response, WebError> {
    let (png, version) = state.store.logo(&slug).await?.ok_or(WebError::NotFound)?;
    let cache = if q.v.as_deref() == Some(version.as_str()) {
        "public, max-age=31536000, immutable"
    } else {
        "public, no-cache"
    };
    Ok((
        [
            (header::CONTENT_TYPE, "image/png".to_owned()),
            (header::CACHE_CONTROL, cache.to_owned()),
            (header::ETAG, format!("\"{version}\"")),
            (header::CONTENT_DISPOSITION, "inline".to_owned()),
        ],
        png,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbaImage::from_pixel(w, h, image::Rgba([18, 63, 140, 255]));
        let mut out = Vec::new();
        image::DynamicImage::ImageRgba8(img)
            .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
            .expect("encode");
        out
    }

    #[test]
    fn logos_are_rewritten_as_small_pngs_and_anything_else_is_refused() {
        let big = normalise(&png(1200, 600)).expect("a picture");
        let decoded = image::load_from_memory(&big).expect("a PNG");
        assert_eq!(
            (decoded.width(), decoded.height()),
            (256, 128),
            "fits 256 and keeps its shape"
        );
        let small = image::load_from_memory(&normalise(&png(40, 40)).expect("ok")).expect("png");
        assert_eq!(small.width(), 40, "small ones are not blown up");
        assert_eq!(normalise(b""), Err(LogoError::Missing));
        assert_eq!(
            normalise(br#"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>"#),
            Err(LogoError::NotAPicture)
        );
        assert_eq!(normalise(b"GIF89a\x01\x00\x01\x00garbage"), Err(LogoError::NotAPicture));
        assert_eq!(normalise(&vec![0u8; MAX_LOGO_BYTES + 1]), Err(LogoError::TooLarge));
        assert_eq!(
            normalise(&png(5_000, 4_000)),
            Err(LogoError::TooManyPixels),
            "20 megapixels"
        );
        assert!(is_upload_path("/organisations/silicon-saxony/logo"));
        assert!(!is_upload_path("/organisations/silicon-saxony/logo/remove"));
        assert!(!is_upload_path("/login"));
        // A PNG header that claims 100,000 × 100,000 pixels is refused before decoding.
        let mut bomb = png(1, 1);
        bomb[16..20].copy_from_slice(&100_000u32.to_be_bytes());
        bomb[20..24].copy_from_slice(&100_000u32.to_be_bytes());
        assert!(matches!(
            normalise(&bomb),
            Err(LogoError::TooManyPixels | LogoError::NotAPicture)
        ));
    }
}

//! Reads a feed from an address an organisation gave, without letting that address reach inside
//! the platform's own network.
//!
//! The guard against internal addresses sits where the connection is made: the client resolves
//! host names only through `GuardedResolver`, which drops private, loopback, link-local and
//! other non-public addresses. A check of the host name before the request would not do: the DNS
//! answer can change between that check and the connection (DNS rebinding), and a redirect can
//! name another host. Addresses written as IP literals never reach a resolver (the HTTP client
//! connects to them directly), so [`check_url`] refuses those itself, for the first address and
//! for every redirect, which this module follows one by one instead of leaving them to reqwest.

use std::error::Error as StdError;
use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use reqwest::header::{
    HeaderMap, HeaderValue, ACCEPT, CONTENT_TYPE, ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED, LOCATION,
};
use reqwest::{StatusCode, Url};

/// The longest feed address accepted, in bytes.
pub const MAX_URL_LEN: usize = 2000;

/// Validators longer than this are not kept: they are stored with the feed, and no honest server
/// needs more.
const MAX_VALIDATOR_LEN: usize = 1000;

/// What a feed reader prefers, most specific first; anything else is still read (many sites serve
/// their feeds as `text/xml` or even `text/html`).
const ACCEPT_FEEDS: &str = "application/rss+xml, application/atom+xml, application/feed+json, text/calendar, \
                            application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

/// How much one fetch may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FetchLimits {
    /// The whole fetch: resolving, connecting, every redirect and the body.
    pub timeout: Duration,
    /// Connecting to one server (resolving included).
    pub connect_timeout: Duration,
    /// The body, in bytes; reading stops as soon as it is passed.
    pub max_bytes: usize,
    /// Redirects followed before giving up.
    pub max_redirects: usize,
    /// Whether private, loopback and other internal addresses may be read: only for tests and
    /// for installations whose organisations' websites live on the same private network.
    pub allow_private: bool,
}

impl Default for FetchLimits {
    fn default() -> Self {
        FetchLimits {
            timeout: Duration::from_secs(20),
            connect_timeout: Duration::from_secs(5),
            max_bytes: 5 * 1024 * 1024,
            max_redirects: 5,
            allow_private: false,
        }
    }
}

/// The HTTP validators of the last copy read: sent back so that an unchanged feed costs a `304`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    /// The `ETag` the server gave, sent as `If-None-Match`.
    pub etag: Option<String>,
    /// The `Last-Modified` the server gave, sent as `If-Modified-Since`.
    pub last_modified: Option<String>,
}

/// The outcome of a successful fetch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    /// The server says the feed has not changed since the copy the validators describe.
    NotModified,
    /// A new copy of the feed.
    Body {
        bytes: Vec<u8>,
        /// The `Content-Type` header as sent, parameters included.
        content_type: Option<String>,
        /// To send with the next fetch.
        validators: Validators,
        /// The address the body came from, after redirects: the base of its relative links.
        final_url: String,
    },
}

/// Why a feed could not be read. The `Display` text is written for the organisation's admin, who
/// sees it next to the feed, and for the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// The address does not parse as a URL; the text says why.
    InvalidUrl(String),
    /// The address is longer than [`MAX_URL_LEN`].
    UrlTooLong { limit: usize },
    /// An address (given, or redirected to) that is not http or https.
    UnsupportedScheme { scheme: String, redirected: bool },
    /// An address without a host (`file:`-like forms).
    NoHost,
    /// The address is, or its host resolves only to, an address inside a private or special network.
    PrivateAddress(IpAddr),
    /// The host name could not be resolved.
    Dns { host: String, reason: String },
    /// No connection could be made (refused, unreachable, TLS failure while connecting…).
    Connect(String),
    /// The fetch took longer than the limit that applied (connecting, or the whole fetch).
    Timeout { limit: Duration },
    /// More redirects than [`FetchLimits::max_redirects`].
    TooManyRedirects { limit: usize },
    /// A redirect without a usable `Location`.
    BadRedirect(String),
    /// The address carries a user name or password.
    Credentials,
    /// The address names a port feeds are not read from.
    Port(u16),
    /// The server answered with a status other than 2xx or 304.
    Status(u16),
    /// The body is larger than [`FetchLimits::max_bytes`].
    TooLarge { limit: usize },
    /// The transfer broke off after the connection was made.
    Transfer(String),
    /// The HTTP client could not be built (an invalid user agent, a TLS set-up failure).
    Setup(String),
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::InvalidUrl(reason) => write!(f, "the feed address is not a valid web address: {reason}"),
            FetchError::UrlTooLong { limit } => {
                write!(
                    f,
                    "the feed address is longer than {limit} characters, the most an address may have"
                )
            }
            FetchError::UnsupportedScheme {
                scheme,
                redirected: false,
            } => write!(
                f,
                "the feed address starts with \"{scheme}:\", but only http and https addresses can be read"
            ),
            FetchError::UnsupportedScheme {
                scheme,
                redirected: true,
            } => write!(
                f,
                "the server redirects to a \"{scheme}:\" address, but only http and https addresses can be read"
            ),
            FetchError::NoHost => f.write_str("the feed address names no server"),
            FetchError::PrivateAddress(ip) => write!(
                f,
                "the address resolves to a private or local network address ({ip}), which feeds may not use"
            ),
            FetchError::Dns { host, reason } => write!(f, "the server name {host} could not be found ({reason})"),
            FetchError::Connect(reason) => write!(f, "the server could not be reached: {reason}"),
            FetchError::Timeout { limit } => write!(
                f,
                "the feed did not arrive within {} (the server is too slow or does not answer)",
                seconds(*limit)
            ),
            FetchError::TooManyRedirects { limit } => write!(
                f,
                "the server redirected more than {limit} times without delivering the feed (a redirect loop?)"
            ),
            FetchError::Credentials => write!(f, "the feed address contains a user name or password"),
            FetchError::Port(port) => write!(
                f,
                "the feed address names port {port}; feeds are read from the web's ports (80, 443, 8000, 8080, 8443)"
            ),
            FetchError::BadRedirect(reason) => {
                write!(f, "the server redirects to an address that cannot be used: {reason}")
            }
            FetchError::Status(code) => {
                let reason = StatusCode::from_u16(*code).ok().and_then(|s| s.canonical_reason());
                match reason {
                    Some(reason) => write!(
                        f,
                        "the server answered with HTTP status {code} ({reason}) instead of the feed"
                    ),
                    None => write!(f, "the server answered with HTTP status {code} instead of the feed"),
                }
            }
            FetchError::TooLarge { limit } => {
                write!(f, "the feed is larger than {}, the most a feed may be", size(*limit))
            }
            FetchError::Transfer(reason) => write!(f, "reading the feed broke off: {reason}"),
            FetchError::Setup(reason) => write!(f, "the feed reader could not be set up: {reason}"),
        }
    }
}

impl StdError for FetchError {}

fn seconds(d: Duration) -> String {
    if d.subsec_millis() == 0 {
        let s = d.as_secs();
        if s == 1 {
            "1 second".to_owned()
        } else {
            format!("{s} seconds")
        }
    } else {
        format!("{:.1} seconds", d.as_secs_f64())
    }
}

fn size(bytes: usize) -> String {
    const MIB: usize = 1024 * 1024;
    const KIB: usize = 1024;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else if bytes >= KIB && bytes.is_multiple_of(KIB) {
        format!("{} KiB", bytes / KIB)
    } else {
        format!("{bytes} bytes")
    }
}

/// Checks an address an admin registers as a feed: at most [`MAX_URL_LEN`] bytes, http or https,
/// with a host, and unless `allow_private` not an IP address inside a private or special network.
/// Host names are not resolved here — what they resolve to is checked at each fetch, when it
/// matters.
pub fn check_url(url: &str, allow_private: bool) -> Result<Url, FetchError> {
    let url = url.trim();
    if url.len() > MAX_URL_LEN {
        return Err(FetchError::UrlTooLong { limit: MAX_URL_LEN });
    }
    let parsed = Url::parse(url).map_err(|e| match e {
        url::ParseError::RelativeUrlWithoutBase => {
            FetchError::InvalidUrl("it must be a full address, starting with https://".to_owned())
        }
        e => FetchError::InvalidUrl(e.to_string()),
    })?;
    check_target(&parsed, allow_private, false)?;
    Ok(parsed)
}

/// The ports a feed may be read from (besides each scheme's default).
pub const ALLOWED_PORTS: &[u16] = &[80, 443, 8000, 8080, 8443];

/// The checks every address passes before a request goes to it, redirects included.
fn check_target(url: &Url, allow_private: bool, redirected: bool) -> Result<(), FetchError> {
    if !matches!(url.scheme(), "http" | "https") {
        return Err(FetchError::UnsupportedScheme {
            scheme: url.scheme().to_owned(),
            redirected,
        });
    }
    // A feed is public: credentials in its address would be stored, shown and logged.
    if !url.username().is_empty() || url.password().is_some() {
        return Err(FetchError::Credentials);
    }
    let ip = match url.host() {
        None => return Err(FetchError::NoHost),
        Some(url::Host::Domain("")) => return Err(FetchError::NoHost),
        Some(url::Host::Domain(_)) => None,
        Some(url::Host::Ipv4(ip)) => Some(IpAddr::V4(ip)),
        Some(url::Host::Ipv6(ip)) => Some(IpAddr::V6(ip)),
    };
    if let Some(ip) = ip.filter(|ip| !allow_private && !is_public(*ip)) {
        return Err(FetchError::PrivateAddress(ip));
    }
    // The web's ports only, so that a feed address cannot knock on the other services of a
    // public host (the platform's own among them).
    match url.port().filter(|p| !allow_private && !ALLOWED_PORTS.contains(p)) {
        Some(port) => Err(FetchError::Port(port)),
        None => Ok(()),
    }
}

/// Whether an address belongs to the public internet: not private (RFC 1918), loopback,
/// link-local, unique-local, multicast, unspecified, carrier-grade NAT (100.64/10),
/// documentation, benchmarking, reserved or otherwise special (the IANA special-purpose
/// registries), and for IPv6 forms that embed an IPv4 address (mapped, NAT64, 6to4) the embedded
/// address is judged.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => is_public_v6(v6),
    }
}

/// IPv4 blocks that are not the public internet, as (network, prefix length).
const V4_SPECIAL: &[(Ipv4Addr, u8)] = &[
    (Ipv4Addr::new(0, 0, 0, 0), 8),       // "this network", unspecified
    (Ipv4Addr::new(10, 0, 0, 0), 8),      // private
    (Ipv4Addr::new(100, 64, 0, 0), 10),   // carrier-grade NAT (shared address space)
    (Ipv4Addr::new(127, 0, 0, 0), 8),     // loopback
    (Ipv4Addr::new(169, 254, 0, 0), 16),  // link-local (cloud metadata services live here)
    (Ipv4Addr::new(172, 16, 0, 0), 12),   // private
    (Ipv4Addr::new(192, 0, 0, 0), 24),    // IETF protocol assignments
    (Ipv4Addr::new(192, 0, 2, 0), 24),    // documentation (TEST-NET-1)
    (Ipv4Addr::new(192, 88, 99, 0), 24),  // 6to4 relay anycast (deprecated)
    (Ipv4Addr::new(192, 168, 0, 0), 16),  // private
    (Ipv4Addr::new(198, 18, 0, 0), 15),   // benchmarking
    (Ipv4Addr::new(198, 51, 100, 0), 24), // documentation (TEST-NET-2)
    (Ipv4Addr::new(203, 0, 113, 0), 24),  // documentation (TEST-NET-3)
    (Ipv4Addr::new(224, 0, 0, 0), 4),     // multicast
    (Ipv4Addr::new(240, 0, 0, 0), 4),     // reserved, and the broadcast address
];

/// IPv6 blocks inside global unicast (2000::/3) that are not the public internet.
const V6_SPECIAL: &[(Ipv6Addr, u8)] = &[
    (Ipv6Addr::new(0x2001, 0, 0, 0, 0, 0, 0, 0), 23), // IETF protocol assignments (Teredo, ORCHID…)
    (Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 0), 32), // documentation
    (Ipv6Addr::new(0x3fff, 0, 0, 0, 0, 0, 0, 0), 20), // documentation
];

const V6_NAT64: (Ipv6Addr, u8) = (Ipv6Addr::new(0x64, 0xff9b, 0, 0, 0, 0, 0, 0), 96);
const V6_6TO4: (Ipv6Addr, u8) = (Ipv6Addr::new(0x2002, 0, 0, 0, 0, 0, 0, 0), 16);
const V6_GLOBAL: (Ipv6Addr, u8) = (Ipv6Addr::new(0x2000, 0, 0, 0, 0, 0, 0, 0), 3);

fn in_v4(ip: Ipv4Addr, (net, len): (Ipv4Addr, u8)) -> bool {
    let mask = u32::MAX.checked_shl(32 - u32::from(len)).unwrap_or(0);
    u32::from(ip) & mask == u32::from(net) & mask
}

fn in_v6(ip: Ipv6Addr, (net, len): (Ipv6Addr, u8)) -> bool {
    let mask = u128::MAX.checked_shl(128 - u32::from(len)).unwrap_or(0);
    u128::from(ip) & mask == u128::from(net) & mask
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    !V4_SPECIAL.iter().any(|&block| in_v4(ip, block))
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    // An IPv4 address in IPv6 clothing reaches that IPv4 address.
    if let Some(v4) = ip.to_ipv4_mapped() {
        return is_public_v4(v4);
    }
    let bits = u128::from(ip);
    if in_v6(ip, V6_NAT64) {
        // The low 32 bits; the truncation is the point.
        return is_public_v4(Ipv4Addr::from(bits as u32));
    }
    if in_v6(ip, V6_6TO4) {
        return is_public_v4(Ipv4Addr::from((bits >> 80) as u32));
    }
    // Outside 2000::/3 everything is special: unspecified, loopback, the deprecated
    // IPv4-compatible block, discard-only, unique-local, link-local, site-local, multicast, or
    // not allocated at all.
    in_v6(ip, V6_GLOBAL) && !V6_SPECIAL.iter().any(|&block| in_v6(ip, block))
}

/// Why the resolver refused a name; found again in the error reqwest returns, to say it plainly.
#[derive(Debug)]
enum Refusal {
    Private(IpAddr),
    Lookup { host: String, reason: String },
    NoAddress { host: String },
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::Private(ip) => write!(f, "{ip} is not a public address"),
            Refusal::Lookup { host, reason } => write!(f, "{host}: {reason}"),
            Refusal::NoAddress { host } => write!(f, "{host} has no address"),
        }
    }
}

impl StdError for Refusal {}

impl Refusal {
    fn to_fetch_error(&self) -> FetchError {
        match self {
            Refusal::Private(ip) => FetchError::PrivateAddress(*ip),
            Refusal::Lookup { host, reason } => FetchError::Dns {
                host: host.clone(),
                reason: reason.clone(),
            },
            Refusal::NoAddress { host } => FetchError::Dns {
                host: host.clone(),
                reason: "it has no address".to_owned(),
            },
        }
    }
}

/// Resolves host names with the system resolver and keeps only public addresses, so that the
/// client can connect nowhere else. A name with public and private addresses keeps its public
/// ones; a name with only private ones is refused with the first of them.
#[derive(Debug, Clone, Copy)]
struct GuardedResolver {
    allow_private: bool,
}

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let allow_private = self.allow_private;
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let found: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0))
                .await
                .map_err(|e| Refusal::Lookup {
                    host: host.clone(),
                    reason: e.to_string(),
                })?
                .collect();
            let kept = screen(&host, found, allow_private)?;
            Ok(Box::new(kept.into_iter()) as Addrs)
        })
    }
}

fn screen(host: &str, found: Vec<SocketAddr>, allow_private: bool) -> Result<Vec<SocketAddr>, Refusal> {
    if found.is_empty() {
        return Err(Refusal::NoAddress { host: host.to_owned() });
    }
    if allow_private {
        return Ok(found);
    }
    let first = found[0].ip();
    let kept: Vec<SocketAddr> = found.into_iter().filter(|a| is_public(a.ip())).collect();
    if kept.is_empty() {
        Err(Refusal::Private(first))
    } else {
        Ok(kept)
    }
}

/// The user agent feed readers send: names the platform and where to learn about it, as site
/// owners expect of a bot that polls them.
pub fn user_agent(public_url: &str) -> String {
    format!("clusterhub feed reader (+{public_url})")
}

/// A feed reader: one HTTP client with the guards of this module, cheap to clone and share.
#[derive(Debug, Clone)]
pub struct Fetcher {
    client: reqwest::Client,
    limits: FetchLimits,
}

impl Fetcher {
    /// Builds the client once; `user_agent` is sent with every request (see [`user_agent`]).
    pub fn new(limits: FetchLimits, user_agent: &str) -> Result<Fetcher, FetchError> {
        let client = reqwest::Client::builder()
            .user_agent(user_agent)
            // Every hop is checked here (scheme, IP literal) before it is requested.
            .redirect(reqwest::redirect::Policy::none())
            // A proxy would resolve the names itself, out of the guard's reach.
            .no_proxy()
            .dns_resolver(Arc::new(GuardedResolver {
                allow_private: limits.allow_private,
            }))
            .connect_timeout(limits.connect_timeout)
            // Feeds are polled every quarter of an hour: an idle connection is of no use for long.
            .pool_idle_timeout(Duration::from_secs(30))
            .referer(false)
            .build()
            .map_err(|e| FetchError::Setup(root_cause(&e)))?;
        Ok(Fetcher { client, limits })
    }

    /// The limits this reader applies.
    pub fn limits(&self) -> &FetchLimits {
        &self.limits
    }

    /// Fetches `url`, sending `validators` so that an unchanged feed answers
    /// [`Fetched::NotModified`]. The whole fetch, redirects and body included, ends within
    /// [`FetchLimits::timeout`].
    pub async fn fetch(&self, url: &str, validators: &Validators) -> Result<Fetched, FetchError> {
        let start = check_url(url, self.limits.allow_private)?;
        match tokio::time::timeout(self.limits.timeout, self.follow(start, validators)).await {
            Ok(result) => result,
            Err(_elapsed) => Err(FetchError::Timeout {
                limit: self.limits.timeout,
            }),
        }
    }

    async fn follow(&self, start: Url, validators: &Validators) -> Result<Fetched, FetchError> {
        let mut url = start;
        let mut redirects = 0;
        loop {
            let mut request = self.client.get(url.clone()).header(ACCEPT, ACCEPT_FEEDS);
            if let Some(etag) = validators.etag.as_deref().and_then(|v| HeaderValue::from_str(v).ok()) {
                request = request.header(IF_NONE_MATCH, etag);
            }
            if let Some(since) = validators
                .last_modified
                .as_deref()
                .and_then(|v| HeaderValue::from_str(v).ok())
            {
                request = request.header(IF_MODIFIED_SINCE, since);
            }
            let response = request.send().await.map_err(|e| self.classify(&e))?;
            let status = response.status();

            if is_redirect(status) {
                let location = response
                    .headers()
                    .get(LOCATION)
                    .ok_or_else(|| FetchError::BadRedirect(format!("the {} answer has no Location", status.as_u16())))?
                    .to_str()
                    .map_err(|_| FetchError::BadRedirect("the Location is not text".to_owned()))?;
                let next = url
                    .join(location)
                    .map_err(|e| FetchError::BadRedirect(format!("{location}: {e}")))?;
                redirects += 1;
                if redirects > self.limits.max_redirects {
                    return Err(FetchError::TooManyRedirects {
                        limit: self.limits.max_redirects,
                    });
                }
                check_target(&next, self.limits.allow_private, true)?;
                // What an organisation asked to be read over https is never read in clear.
                if url.scheme() == "https" && next.scheme() == "http" {
                    return Err(FetchError::BadRedirect("from https to plain http".to_owned()));
                }
                url = next;
                continue;
            }
            if status == StatusCode::NOT_MODIFIED {
                return Ok(Fetched::NotModified);
            }
            if !status.is_success() {
                return Err(FetchError::Status(status.as_u16()));
            }
            return self.read_body(response, url).await;
        }
    }

    async fn read_body(&self, mut response: reqwest::Response, url: Url) -> Result<Fetched, FetchError> {
        let limit = self.limits.max_bytes;
        // A declared length over the limit is refused before a byte of the body is read.
        let declared = response.content_length();
        if declared.is_some_and(|n| n > limit as u64) {
            return Err(FetchError::TooLarge { limit });
        }
        let headers = response.headers().clone();
        // The declared length only sizes the buffer up to the limit: it is the server's word.
        let capacity = declared.map_or(64 * 1024, |n| n as usize).min(limit);
        let mut bytes = Vec::with_capacity(capacity);
        while let Some(chunk) = response.chunk().await.map_err(|e| self.classify(&e))? {
            if bytes.len() + chunk.len() > limit {
                return Err(FetchError::TooLarge { limit });
            }
            bytes.extend_from_slice(&chunk);
        }
        Ok(Fetched::Body {
            bytes,
            content_type: header_text(&headers, CONTENT_TYPE),
            validators: Validators {
                etag: header_text(&headers, ETAG),
                last_modified: header_text(&headers, LAST_MODIFIED),
            },
            final_url: url.to_string(),
        })
    }

    /// Says what a reqwest error means, finding the resolver's refusal inside it when there is one.
    fn classify(&self, error: &reqwest::Error) -> FetchError {
        let mut source: Option<&(dyn StdError + 'static)> = Some(error);
        while let Some(e) = source {
            if let Some(refusal) = e.downcast_ref::<Refusal>() {
                return refusal.to_fetch_error();
            }
            source = e.source();
        }
        // The only timeout reqwest itself applies is the connect timeout; the whole fetch's is
        // applied around it.
        if error.is_timeout() {
            return FetchError::Timeout {
                limit: self.limits.connect_timeout,
            };
        }
        if error.is_connect() {
            FetchError::Connect(root_cause(error))
        } else {
            FetchError::Transfer(root_cause(error))
        }
    }
}

fn is_redirect(status: StatusCode) -> bool {
    matches!(
        status,
        StatusCode::MOVED_PERMANENTLY
            | StatusCode::FOUND
            | StatusCode::SEE_OTHER
            | StatusCode::TEMPORARY_REDIRECT
            | StatusCode::PERMANENT_REDIRECT
    )
}

fn header_text(headers: &HeaderMap, name: reqwest::header::HeaderName) -> Option<String> {
    let value = headers.get(name)?.to_str().ok()?.trim();
    (!value.is_empty() && value.len() <= MAX_VALIDATOR_LEN).then(|| value.to_owned())
}

/// The innermost cause of an error: "Connection refused (os error 111)" says more to an admin
/// than "error sending request for url (…)".
fn root_cause(error: &(dyn StdError + 'static)) -> String {
    let mut cause = error;
    while let Some(inner) = cause.source() {
        cause = inner;
    }
    cause.to_string()
}

#[cfg(test)]
mod tests {
    use std::convert::Infallible;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Instant;

    use axum::body::{Body, Bytes};
    use axum::http::{header, HeaderMap as AxumHeaders, StatusCode as AxumStatus};
    use axum::response::{IntoResponse, Response};
    use axum::routing::get;
    use axum::Router;
    use futures_util::StreamExt;

    use super::*;

    const FEED: &str = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>";
    const ETAG_VALUE: &str = "\"v1\"";
    /// 50 MiB in 64 KiB chunks.
    const HUGE_CHUNKS: usize = 800;
    const CHUNK: usize = 64 * 1024;

    /// A test server on 127.0.0.1 that counts the connections it accepts, the requests it
    /// serves and the bytes of its endless bodies.
    struct Server {
        base: String,
        connections: Arc<AtomicUsize>,
        requests: Arc<AtomicUsize>,
        streamed: Arc<AtomicUsize>,
    }

    async fn serve() -> Server {
        use axum::serve::{Listener, ListenerExt};

        let connections = Arc::new(AtomicUsize::new(0));
        let requests = Arc::new(AtomicUsize::new(0));
        let streamed = Arc::new(AtomicUsize::new(0));
        let (r, s) = (requests.clone(), streamed.clone());
        let app = Router::new()
            .route("/feed", get(feed))
            .route("/missing", get(|| async { AxumStatus::NOT_FOUND }))
            .route(
                "/slow",
                get(|| async {
                    tokio::time::sleep(Duration::from_secs(60)).await;
                    FEED
                }),
            )
            .route("/trickle", get(trickle))
            .route("/huge", get(move || huge(s.clone())))
            .route("/huge-declared", get(|| async { huge_declared() }))
            .route("/loop", get(|| async { redirect("/loop") }))
            .route("/to-ftp", get(|| async { redirect("ftp://example.org/feed.xml") }))
            .route("/to-file", get(|| async { redirect("file:///etc/passwd") }))
            .route("/to-feed", get(|| async { redirect("/feed") }))
            .layer(axum::middleware::from_fn(
                move |req: axum::extract::Request, next: axum::middleware::Next| {
                    r.fetch_add(1, Ordering::SeqCst);
                    async move { next.run(req).await }
                },
            ));
        let counter = connections.clone();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind")
            .tap_io(move |_| {
                counter.fetch_add(1, Ordering::SeqCst);
            });
        let addr = listener.local_addr().expect("address");
        tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
        Server {
            base: format!("http://{addr}"),
            connections,
            requests,
            streamed,
        }
    }

    async fn feed(headers: AxumHeaders) -> Response {
        if headers.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()) == Some(ETAG_VALUE) {
            return AxumStatus::NOT_MODIFIED.into_response();
        }
        (
            [
                (header::CONTENT_TYPE, "application/rss+xml; charset=utf-8"),
                (header::ETAG, ETAG_VALUE),
                (header::LAST_MODIFIED, "Mon, 03 Mar 2025 10:00:00 GMT"),
            ],
            FEED,
        )
            .into_response()
    }

    /// Headers at once, then one chunk, then nothing for a minute.
    async fn trickle() -> Response {
        let chunks = futures_util::stream::unfold(0, |n| async move {
            if n > 0 {
                tokio::time::sleep(Duration::from_secs(60)).await;
            }
            (n < 2).then(|| (Ok::<_, Infallible>(Bytes::from_static(b"<rss>")), n + 1))
        });
        Body::from_stream(chunks).into_response()
    }

    /// 50 MiB, produced as it is read (never held), without a declared length.
    async fn huge(streamed: Arc<AtomicUsize>) -> Response {
        let chunk = Bytes::from(vec![b'x'; CHUNK]);
        let chunks = futures_util::stream::repeat(chunk).take(HUGE_CHUNKS).map(move |c| {
            streamed.fetch_add(c.len(), Ordering::SeqCst);
            Ok::<_, Infallible>(c)
        });
        Body::from_stream(chunks).into_response()
    }

    fn huge_declared() -> Response {
        let chunk = Bytes::from(vec![b'x'; CHUNK]);
        let chunks = futures_util::stream::repeat(chunk)
            .take(HUGE_CHUNKS)
            .map(Ok::<_, Infallible>);
        let mut response = Body::from_stream(chunks).into_response();
        response
            .headers_mut()
            .insert(header::CONTENT_LENGTH, (HUGE_CHUNKS * CHUNK).into());
        response
    }

    fn redirect(to: &'static str) -> Response {
        (AxumStatus::FOUND, [(header::LOCATION, to)]).into_response()
    }

    fn fetcher(limits: FetchLimits) -> Fetcher {
        Fetcher::new(limits, &user_agent("https://clusterhub.example")).expect("client")
    }

    fn local() -> FetchLimits {
        FetchLimits {
            allow_private: true,
            ..FetchLimits::default()
        }
    }

    #[tokio::test]
    async fn a_feed_arrives_with_its_validators_and_an_unchanged_one_is_not_modified() {
        let server = serve().await;
        let reader = fetcher(local());
        let url = format!("{}/feed", server.base);

        let first = reader.fetch(&url, &Validators::default()).await.expect("first fetch");
        let Fetched::Body {
            bytes,
            content_type,
            validators,
            final_url,
        } = first
        else {
            panic!("expected a body, got {first:?}");
        };
        assert_eq!(bytes, FEED.as_bytes());
        assert_eq!(content_type.as_deref(), Some("application/rss+xml; charset=utf-8"));
        assert_eq!(validators.etag.as_deref(), Some(ETAG_VALUE));
        assert_eq!(
            validators.last_modified.as_deref(),
            Some("Mon, 03 Mar 2025 10:00:00 GMT")
        );
        assert_eq!(final_url, url);

        let second = reader.fetch(&url, &validators).await.expect("second fetch");
        assert_eq!(second, Fetched::NotModified);
    }

    #[tokio::test]
    async fn a_redirect_is_followed_and_the_final_address_reported() {
        let server = serve().await;
        let fetched = fetcher(local())
            .fetch(&format!("{}/to-feed", server.base), &Validators::default())
            .await
            .expect("fetch");
        let Fetched::Body { final_url, .. } = fetched else {
            panic!("expected a body");
        };
        assert_eq!(final_url, format!("{}/feed", server.base));
    }

    #[tokio::test]
    async fn a_missing_feed_is_its_status() {
        let server = serve().await;
        let err = fetcher(local())
            .fetch(&format!("{}/missing", server.base), &Validators::default())
            .await
            .expect_err("404");
        assert_eq!(err, FetchError::Status(404));
        assert!(err.to_string().contains("404 (Not Found)"), "{err}");
    }

    #[tokio::test]
    async fn an_endless_body_is_cut_off_at_the_limit_without_being_read_in_full() {
        let server = serve().await;
        let limit = 1024 * 1024;
        let reader = fetcher(FetchLimits {
            max_bytes: limit,
            ..local()
        });
        let started = Instant::now();
        let err = reader
            .fetch(&format!("{}/huge", server.base), &Validators::default())
            .await
            .expect_err("too large");
        assert_eq!(err, FetchError::TooLarge { limit });
        assert_eq!(err.to_string(), "the feed is larger than 1 MiB, the most a feed may be");
        assert!(started.elapsed() < Duration::from_secs(10));
        // The server produced the limit plus what the socket buffers took, far from 50 MiB.
        let streamed = server.streamed.load(Ordering::SeqCst);
        assert!(streamed < HUGE_CHUNKS * CHUNK / 2, "{streamed} bytes were produced");
    }

    #[tokio::test]
    async fn a_declared_length_over_the_limit_is_refused_before_reading() {
        let server = serve().await;
        let err = fetcher(local())
            .fetch(&format!("{}/huge-declared", server.base), &Validators::default())
            .await
            .expect_err("too large");
        assert_eq!(err, FetchError::TooLarge { limit: 5 * 1024 * 1024 });
    }

    #[tokio::test]
    async fn a_server_that_does_not_answer_times_out() {
        let server = serve().await;
        let reader = fetcher(FetchLimits {
            timeout: Duration::from_secs(1),
            ..local()
        });
        let started = Instant::now();
        let err = reader
            .fetch(&format!("{}/slow", server.base), &Validators::default())
            .await
            .expect_err("timeout");
        assert_eq!(
            err,
            FetchError::Timeout {
                limit: Duration::from_secs(1)
            }
        );
        assert!(
            err.to_string().starts_with("the feed did not arrive within 1 second "),
            "{err}"
        );
        assert!(started.elapsed() < Duration::from_secs(10));
    }

    #[tokio::test]
    async fn a_body_that_stops_flowing_times_out() {
        let server = serve().await;
        let reader = fetcher(FetchLimits {
            timeout: Duration::from_secs(1),
            ..local()
        });
        let err = reader
            .fetch(&format!("{}/trickle", server.base), &Validators::default())
            .await
            .expect_err("timeout");
        assert!(matches!(err, FetchError::Timeout { .. }), "{err:?}");
    }

    #[tokio::test]
    async fn a_redirect_loop_stops_at_the_limit() {
        let server = serve().await;
        let err = fetcher(FetchLimits {
            max_redirects: 3,
            ..local()
        })
        .fetch(&format!("{}/loop", server.base), &Validators::default())
        .await
        .expect_err("loop");
        assert_eq!(err, FetchError::TooManyRedirects { limit: 3 });
        // The first request and three redirects followed; the fourth is not.
        assert_eq!(server.requests.load(Ordering::SeqCst), 4);
    }

    #[tokio::test]
    async fn redirects_to_other_schemes_are_refused() {
        let server = serve().await;
        let reader = fetcher(local());
        for (path, scheme) in [("/to-ftp", "ftp"), ("/to-file", "file")] {
            let err = reader
                .fetch(&format!("{}{path}", server.base), &Validators::default())
                .await
                .expect_err("refused");
            assert_eq!(
                err,
                FetchError::UnsupportedScheme {
                    scheme: scheme.to_owned(),
                    redirected: true
                }
            );
            assert!(err.to_string().contains("only http and https"), "{err}");
        }
    }

    #[test]
    fn credentials_and_other_ports_are_refused() {
        assert_eq!(
            check_url("https://u:p@example.eu/feed", false),
            Err(FetchError::Credentials)
        );
        assert_eq!(
            check_url("https://example.eu:22/feed", false),
            Err(FetchError::Port(22))
        );
        assert!(check_url("https://example.eu:8443/feed", false).is_ok());
        assert!(
            check_url("http://example.eu:22/feed", true).is_ok(),
            "a closed network decides itself"
        );
    }

    #[tokio::test]
    async fn private_addresses_are_refused_without_connecting() {
        let server = serve().await;
        let port = server.base.rsplit(':').next().expect("port").to_owned();
        let reader = fetcher(FetchLimits::default());

        let err = reader
            .fetch(&format!("{}/feed", server.base), &Validators::default())
            .await
            .expect_err("IP literal");
        assert_eq!(err, FetchError::PrivateAddress(IpAddr::V4(Ipv4Addr::LOCALHOST)));
        assert_eq!(
            err.to_string(),
            "the address resolves to a private or local network address (127.0.0.1), which feeds may not use"
        );

        // A name is resolved, and refused by the resolver for what it resolves to (here the
        // test server's port, not one of the web's, is refused first; the resolver's own
        // refusal is the next test's).
        let err = reader
            .fetch(&format!("http://localhost:{port}/feed"), &Validators::default())
            .await
            .expect_err("localhost");
        match err {
            FetchError::PrivateAddress(ip) => assert!(ip.is_loopback(), "{ip}"),
            FetchError::Port(p) => assert_eq!(p.to_string(), port),
            other => panic!("expected a private address, got {other:?}"),
        }

        let err = reader
            .fetch(
                &format!("http://[::ffff:127.0.0.1]:{port}/feed"),
                &Validators::default(),
            )
            .await
            .expect_err("mapped");
        assert!(matches!(err, FetchError::PrivateAddress(_)), "{err:?}");

        assert_eq!(server.connections.load(Ordering::SeqCst), 0);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn one_slow_and_one_huge_feed_do_not_hold_up_the_others() {
        let server = serve().await;
        let reader = fetcher(FetchLimits {
            timeout: Duration::from_secs(4),
            max_bytes: 1024 * 1024,
            ..local()
        });
        let urls: Vec<String> = (0..20)
            .map(|i| match i {
                3 => format!("{}/slow", server.base),
                7 => format!("{}/huge", server.base),
                _ => format!("{}/feed", server.base),
            })
            .collect();
        let fetches = urls.iter().map(|url| {
            let reader = reader.clone();
            async move {
                let result = reader.fetch(url, &Validators::default()).await;
                (result, Instant::now())
            }
        });
        let results = futures_util::future::join_all(fetches).await;

        let (slow, slow_done) = &results[3];
        assert!(matches!(slow, Err(FetchError::Timeout { .. })), "{slow:?}");
        assert!(
            matches!(results[7].0, Err(FetchError::TooLarge { .. })),
            "{:?}",
            results[7].0
        );
        for (i, (result, done)) in results.iter().enumerate() {
            if i == 3 || i == 7 {
                continue;
            }
            assert!(matches!(result, Ok(Fetched::Body { .. })), "fetch {i}: {result:?}");
            // Finished while the slow one was still waiting.
            assert!(done < slow_done, "fetch {i} waited for the slow one");
        }
    }

    #[test]
    fn registered_addresses_are_checked() {
        assert!(check_url("https://cluster.example/feed.xml", false).is_ok());
        assert!(check_url("  http://cluster.example/rss  ", false).is_ok());
        assert_eq!(
            check_url("ftp://cluster.example/feed", false),
            Err(FetchError::UnsupportedScheme {
                scheme: "ftp".to_owned(),
                redirected: false
            })
        );
        assert!(matches!(
            check_url("file:///etc/passwd", false),
            Err(FetchError::UnsupportedScheme { .. })
        ));
        assert!(matches!(
            check_url("cluster.example/feed", false),
            Err(FetchError::InvalidUrl(_))
        ));
        assert!(matches!(check_url("http://", false), Err(FetchError::InvalidUrl(_))));
        let long = format!("https://cluster.example/{}", "a".repeat(MAX_URL_LEN));
        assert_eq!(
            check_url(&long, false),
            Err(FetchError::UrlTooLong { limit: MAX_URL_LEN })
        );
        for private in [
            "http://10.0.0.5/feed",
            "http://192.168.1.1/",
            "http://169.254.169.254/latest/meta-data/",
            "http://[::1]/",
            "http://[fd00::1]/",
            "http://0x7f.1/",
            "http://2130706433/",
            "http://100.64.1.1/",
        ] {
            assert!(
                matches!(check_url(private, false), Err(FetchError::PrivateAddress(_))),
                "{private} was accepted"
            );
            assert!(check_url(private, true).is_ok(), "{private} refused with allow_private");
        }
        assert_eq!(
            check_url("http://10.0.0.5/feed", false)
                .expect_err("private")
                .to_string(),
            "the address resolves to a private or local network address (10.0.0.5), which feeds may not use"
        );
        // Names are checked when they are resolved, at each fetch.
        assert!(check_url("http://localhost/feed", false).is_ok());
    }

    #[test]
    fn addresses_are_public_or_not() {
        let public = [
            "93.184.215.14",
            "8.8.8.8",
            "100.63.255.255",
            "100.128.0.0",
            "172.32.0.1",
            "2a00:1450:4001:81c::200e",
            "2606:4700::6810:84e5",
            "::ffff:8.8.8.8",
            "64:ff9b::808:808",
            "2002:808:808::1",
        ];
        let special = [
            "0.0.0.0",
            "10.1.2.3",
            "100.64.0.1",
            "100.127.255.255",
            "127.0.0.1",
            "169.254.169.254",
            "172.16.0.1",
            "172.31.255.255",
            "192.0.0.8",
            "192.0.2.1",
            "192.168.0.1",
            "198.18.0.1",
            "198.51.100.7",
            "203.0.113.9",
            "224.0.0.1",
            "240.0.0.1",
            "255.255.255.255",
            "::",
            "::1",
            "::127.0.0.1",
            "::ffff:10.0.0.5",
            "::ffff:127.0.0.1",
            "64:ff9b::a00:5",
            "64:ff9b:1::1",
            "100::1",
            "2001::1",
            "2001:db8::1",
            "2002:a00:5::1",
            "3fff::1",
            "fc00::1",
            "fd12:3456::1",
            "fe80::1",
            "fec0::1",
            "ff02::1",
        ];
        for ip in public {
            assert!(is_public(ip.parse().expect("address")), "{ip} should be public");
        }
        for ip in special {
            assert!(!is_public(ip.parse().expect("address")), "{ip} should not be public");
        }
    }

    #[tokio::test]
    async fn the_resolver_keeps_public_addresses_and_refuses_local_ones() {
        let resolver = GuardedResolver { allow_private: false };
        let name: Name = "localhost".parse().expect("name");
        let err = resolver.resolve(name).await.err().expect("refused");
        let refusal = err.downcast_ref::<Refusal>().expect("a refusal");
        assert!(
            matches!(refusal, Refusal::Private(ip) if ip.is_loopback()),
            "{refusal:?}"
        );

        let open = GuardedResolver { allow_private: true };
        let found: Vec<SocketAddr> = open
            .resolve("localhost".parse().expect("name"))
            .await
            .expect("resolved")
            .collect();
        assert!(found.iter().all(|a| a.ip().is_loopback()) && !found.is_empty());

        let mixed = vec![
            SocketAddr::from(([10, 0, 0, 1], 0)),
            SocketAddr::from(([93, 184, 215, 14], 0)),
        ];
        assert_eq!(
            screen("mixed.example", mixed, false).expect("kept"),
            vec![SocketAddr::from(([93, 184, 215, 14], 0))]
        );
    }

    #[test]
    fn messages_name_what_is_wrong() {
        assert_eq!(
            FetchError::Timeout {
                limit: Duration::from_secs(20)
            }
            .to_string(),
            "the feed did not arrive within 20 seconds (the server is too slow or does not answer)"
        );
        assert_eq!(
            FetchError::TooManyRedirects { limit: 5 }.to_string(),
            "the server redirected more than 5 times without delivering the feed (a redirect loop?)"
        );
        assert_eq!(
            FetchError::Status(503).to_string(),
            "the server answered with HTTP status 503 (Service Unavailable) instead of the feed"
        );
    }
}

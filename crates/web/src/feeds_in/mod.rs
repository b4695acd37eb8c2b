//! Feeds coming in: an organisation registers its own website's RSS, Atom or JSON Feed (and an
//! iCalendar feed for its events), and the platform polls each one and turns new items into news
//! drafts or events. This module holds the two building blocks of that polling; the storage, the
//! routes and the job that runs every 15 minutes use them.
//!
//! - [`fetch`] reads a feed from an address an organisation typed in, which makes the server a
//!   client of whatever that address names. So it only speaks http and https, refuses every
//!   private, local or otherwise internal address — checked when a connection is made, so that
//!   neither a redirect nor a DNS answer that changes between checks reaches the internal
//!   network — bounds the time, the size and the redirects, and answers "not modified" cheaply
//!   through `ETag` and `Last-Modified`.
//! - [`parse`] turns the document into [`parse::Entry`] values: plain-text titles and summaries,
//!   the body HTML as given (the caller sanitises), absolute http(s) links, and for each entry a
//!   `key` that stays the same across polls, so that an item is never imported twice.
//!
//! - [`poll`] is the job: it claims the feeds that are due, fetches a few at a time, and imports
//!   each new entry once (by its key) as a news draft of the organisation, or published when a
//!   moderator trusts the organisation's feeds.
//!
//! Both building blocks report what went wrong in sentences an organisation's admin can act on
//! ([`fetch::FetchError`], [`parse::ParseError`]); the feed's page shows the last of them.

pub mod fetch;
mod ical;
pub mod parse;
pub mod poll;
pub mod problem;
mod text;

pub use fetch::{check_url, FetchError, FetchLimits, Fetched, Fetcher, Validators};
pub use parse::{parse, Entry, EventTimes, FeedKind, ParseError, Parsed};

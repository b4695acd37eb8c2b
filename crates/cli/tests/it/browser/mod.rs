//! End-to-end in a real browser: headless Chromium (Debian's `chromium`) driven over the
//! DevTools protocol, clicking and typing as people do, with what they see asserted, every kind
//! of page checked with axe-core and, at phone width, for sideways scrolling.
//!
//! Each journey runs at desktop (1280 × 800) and phone (390 × 844) width and prints how long it
//! took; screenshots of each step land in `$CARGO_TARGET_DIR/browser-artifacts/` (or
//! `$CLUSTERHUB_SCREENSHOTS`). Without Chromium or axe-core (`npm ci --prefix
//! crates/cli/tests/browser`) the tests say they are skipped; `CLUSTERHUB_REQUIRE_BROWSER=1` (set
//! by `.ci/run`) makes that a failure.

mod b2b_day;
mod b2b_followup;
mod b2b_preferences;
mod b2b_stewards;
mod claim;
mod dom;
mod events;
mod funding;
mod harness;
mod invitations;
mod marketplace;
mod news;
mod project;
mod refusals;
mod steps;
mod two_factor;
mod typing;
mod visitor;

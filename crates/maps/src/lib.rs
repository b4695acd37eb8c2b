//! Maps, charts and network drawings, rendered as SVG on the server so that they work without
//! JavaScript, print, and come with the same figures as a table.
//!
//! - [`geo`]: GISCO boundaries read, projected (ETRS89 Lambert azimuthal equal-area) and
//!   simplified along shared borders, as compact SVG paths.
//! - [`network`]: a stress layout of a collaboration network.

pub mod geo;
pub mod network;

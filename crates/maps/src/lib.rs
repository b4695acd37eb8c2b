//! Maps, charts and network drawings, rendered as SVG on the server so that they work without
//! JavaScript, print, and come with the same figures as a table.
//!
//! - [`geo`]: GISCO boundaries read, projected (ETRS89 Lambert azimuthal equal-area) and
//!   simplified along shared borders, as compact SVG paths.
//! - [`network`]: a stress layout of a collaboration network.
//! - [`classes`]: choropleth classes (nice quantile breaks) and the colour-blind-safe palette.
//! - [`svg`]: choropleth maps, legends, bar, column and network charts written as accessible SVG.

pub mod classes;
pub mod geo;
pub mod network;
pub mod svg;

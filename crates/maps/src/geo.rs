//! Boundaries of European regions (Eurostat GISCO NUTS GeoJSON) turned into compact SVG paths.
//!
//! The pipeline is: [`read_regions`] and [`read_labels`] parse GeoJSON text (the caller reads the
//! files, this crate does no I/O), then [`build`] projects every ring into the map frame with the
//! ETRS89 Lambert azimuthal equal-area projection (EPSG:3035, the one Eurostat itself draws Europe
//! with, so areas compare fairly on a choropleth), clips it to the frame, simplifies the borders
//! once for both neighbours so that no gaps or slivers open between them, and writes relative SVG
//! path data rounded to a tenth of a frame unit.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Width of the frame (SVG `viewBox="0 0 FRAME_WIDTH FRAME_HEIGHT"`) in which all of Europe is
/// drawn: a round 1000 keeps path numbers short (at most four digits and one decimal) while a tenth
/// of a unit is still finer than a pixel at a 6× zoom.
pub const FRAME_WIDTH: f64 = 1000.0;

/// Height of the frame, following from the EPSG:3035 extent kept at the same scale as the width,
/// so that the equal-area projection is not stretched.
pub const FRAME_HEIGHT: f64 = (EXTENT_MAX_Y - EXTENT_MIN_Y) * FRAME_WIDTH / (EXTENT_MAX_X - EXTENT_MIN_X);

/// Douglas–Peucker tolerance in frame units (one unit is 5 km): a quarter of a pixel on a
/// 1000-wide map and still under a pixel zoomed 4×, so nothing visible is lost. GISCO's 1:20
/// million boundaries are already close to that resolution (level 2 shrinks from 86 to 79 KB);
/// more detailed boundary files lose far more points at the same tolerance.
pub const DEFAULT_TOLERANCE: f64 = 0.25;

/// The extent of EPSG:3035 that is drawn, in metres: the usual frame of Eurostat's maps, from
/// mainland Portugal and Iceland to Cyprus and all of Turkey, from Crete to the North Cape.
/// The Canaries, Azores, Madeira and the French overseas regions fall outside on purpose: they
/// would stretch the map to the Atlantic and the Caribbean; pages show them as insets or not at all.
const EXTENT_MIN_X: f64 = 2_500_000.0;
const EXTENT_MAX_X: f64 = 7_500_000.0;
const EXTENT_MIN_Y: f64 = 1_300_000.0;
const EXTENT_MAX_Y: f64 = 5_550_000.0;

/// Frame units per metre.
const SCALE: f64 = FRAME_WIDTH / (EXTENT_MAX_X - EXTENT_MIN_X);

/// Islands (rings that share no border with another region) smaller than this many squared
/// tolerances are left out: below that size they print as a dot or a speck that costs bytes but
/// shows nothing. Scaled with the tolerance so that a tolerance of 0 keeps every island.
const MIN_ISLAND_AREA_IN_TOLERANCES: f64 = 4.0;

/// A ring whose area is below this is a line or a point, not something that can be filled.
const DEGENERATE_AREA: f64 = 1e-9;

/// Path numbers are written in tenths of a frame unit: finer is invisible, coarser shows as
/// staircase borders when a map is zoomed.
const PATH_PRECISION: f64 = 10.0;

/// One NUTS region as read from GISCO GeoJSON, still in WGS84 longitude/latitude so that it can
/// be cached, compared and rebuilt at another tolerance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Region {
    /// NUTS code, e.g. `DE30`: the key that statistics and organisations' addresses are joined on.
    pub code: String,
    /// NUTS level 0 (country) to 3; only regions of one level tile the map without overlapping.
    pub level: u8,
    /// Country code as NUTS writes it (`EL` for Greece, `UK` for the United Kingdom).
    pub country: String,
    /// Name in the national language and script (`NUTS_NAME`), for pages in that language.
    pub name: String,
    /// Name in Latin script (`NAME_LATN`), for pages in other languages.
    pub name_latn: String,
    /// Polygons → rings (the first one outer, the others holes) → longitude/latitude points, each
    /// ring closed as GeoJSON writes it (its last point repeats the first).
    pub rings: Vec<Vec<Vec<(f64, f64)>>>,
}

/// One region ready to draw: SVG path data in frame coordinates plus where its label goes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shape {
    /// NUTS code, as in [`Region::code`].
    pub code: String,
    /// NUTS level, as in [`Region::level`].
    pub level: u8,
    /// Country code, as in [`Region::country`].
    pub country: String,
    /// Name in the national language, as in [`Region::name`].
    pub name: String,
    /// Name in Latin script, as in [`Region::name_latn`].
    pub name_latn: String,
    /// SVG path data in frame coordinates, compact: an absolute `M` per ring, then relative `l`
    /// steps in tenths, `z` closing each ring; holes are separate rings so that
    /// `fill-rule="evenodd"` cuts them out. Empty when the region lies wholly outside the frame,
    /// so a page can list it in its table instead of drawing it.
    pub path: String,
    /// Label point in frame coordinates: where a marker or a number is placed for the region.
    pub label: (f64, f64),
    /// `min_x, min_y, max_x, max_y` of the drawn path in frame coordinates (`[0, 0, 0, 0]` when
    /// nothing is drawn), for zooming onto a region or placing a tooltip.
    pub bbox: [f64; 4],
}

/// Why GeoJSON could not be read; the message names the feature (its index and `NUTS_ID`) and what
/// is wrong with it, because a broken boundary file must be fixable without a debugger.
#[derive(Debug, Clone, PartialEq)]
pub struct GeoError {
    /// Human-readable description, e.g. `feature 12 (NUTS_ID "DE30"): LEVL_CODE 7 is not 0 to 3`.
    pub message: String,
}

impl GeoError {
    fn new(message: impl Into<String>) -> Self {
        GeoError {
            message: message.into(),
        }
    }
}

impl fmt::Display for GeoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for GeoError {}

/// Reads the Polygon and MultiPolygon features of a GISCO NUTS FeatureCollection.
///
/// Features with a null geometry are skipped: they have nothing to draw.
/// Anything malformed is an error naming the feature, rather than a silently missing region: a
/// document that is not a FeatureCollection, a feature without `NUTS_ID` or `LEVL_CODE`, a level
/// outside 0..=3, another geometry type, coordinates that are not numbers, longitudes or latitudes
/// out of range, rings of fewer than 4 positions or not closed. A second feature with a `NUTS_ID`
/// already read is ignored (the first wins), so that a file listing a region twice still draws it
/// once. Empty polygons (GeoJSON's "empty geometry") are read as regions without rings.
pub fn read_regions(geojson: &str) -> Result<Vec<Region>, GeoError> {
    let root: Value = serde_json::from_str(geojson).map_err(|e| GeoError::new(format!("not valid JSON: {e}")))?;
    let features = feature_list(&root)?;
    let mut regions: Vec<Region> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for (index, feature) in features.iter().enumerate() {
        let who = || describe(index, feature);
        let Some(geometry) = geometry_of(feature).map_err(|e| GeoError::new(format!("{}: {e}", who())))? else {
            continue;
        };
        let properties = properties_of(feature).map_err(|e| GeoError::new(format!("{}: {e}", who())))?;
        let code = match properties.get("NUTS_ID") {
            Some(Value::String(code)) if !code.trim().is_empty() => code.trim().to_string(),
            _ => return Err(GeoError::new(format!("{}: NUTS_ID is missing or not a text", who()))),
        };
        let level = match properties.get("LEVL_CODE") {
            Some(value) => match value.as_u64() {
                Some(level @ 0..=3) => level as u8,
                _ => {
                    return Err(GeoError::new(format!(
                        "{}: LEVL_CODE {} is not a NUTS level 0 to 3",
                        who(),
                        excerpt(value)
                    )))
                }
            },
            None => return Err(GeoError::new(format!("{}: LEVL_CODE is missing", who()))),
        };
        let text = |key: &str| -> Result<Option<String>, GeoError> {
            match properties.get(key) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::String(s)) => Ok(Some(s.clone())),
                Some(other) => Err(GeoError::new(format!(
                    "{}: {key} {} is not a text",
                    who(),
                    excerpt(other)
                ))),
            }
        };
        // NUTS codes begin with the country code, so a missing CNTR_CODE can be recovered; a
        // missing name falls back to the other name, then to the code, so there is always a title.
        let country = text("CNTR_CODE")?.unwrap_or_else(|| code.chars().take(2).collect());
        let (latin, national) = (text("NAME_LATN")?, text("NUTS_NAME")?);
        let name = national
            .clone()
            .or_else(|| latin.clone())
            .unwrap_or_else(|| code.clone());
        let name_latn = latin.or(national).unwrap_or_else(|| code.clone());
        let rings = polygons_of(geometry).map_err(|e| GeoError::new(format!("{}: {e}", who())))?;
        if !seen.insert(code.clone()) {
            continue;
        }
        regions.push(Region {
            code,
            level,
            country,
            name,
            name_latn,
            rings,
        });
    }
    Ok(regions)
}

/// Reads GISCO label points (`NUTS_LB_*` files): `NUTS_ID` → longitude/latitude of each Point
/// feature. GISCO places these inside the region where a label reads well, which a computed
/// centre does not manage for crescent or archipelago regions.
///
/// Null geometries and features of other geometry types are skipped, so that a file mixing points
/// and polygons gives its points; a point whose coordinates are not numbers or out of range, or
/// one without `NUTS_ID`, is an error naming the feature. The first point of a code wins.
pub fn read_labels(geojson: &str) -> Result<HashMap<String, (f64, f64)>, GeoError> {
    let root: Value = serde_json::from_str(geojson).map_err(|e| GeoError::new(format!("not valid JSON: {e}")))?;
    let features = feature_list(&root)?;
    let mut labels = HashMap::new();
    for (index, feature) in features.iter().enumerate() {
        let who = || describe(index, feature);
        let Some(geometry) = geometry_of(feature).map_err(|e| GeoError::new(format!("{}: {e}", who())))? else {
            continue;
        };
        if geometry.get("type").and_then(Value::as_str) != Some("Point") {
            continue;
        }
        let properties = properties_of(feature).map_err(|e| GeoError::new(format!("{}: {e}", who())))?;
        let code = match properties.get("NUTS_ID") {
            Some(Value::String(code)) if !code.trim().is_empty() => code.trim().to_string(),
            _ => return Err(GeoError::new(format!("{}: NUTS_ID is missing or not a text", who()))),
        };
        let point = geometry
            .get("coordinates")
            .ok_or_else(|| "the Point has no coordinates".to_string())
            .and_then(|c| position(c, "the Point"))
            .map_err(|e| GeoError::new(format!("{}: {e}", who())))?;
        labels.entry(code).or_insert(point);
    }
    Ok(labels)
}

/// Projects WGS84 longitude/latitude into frame coordinates (x to the right, y downwards, as SVG
/// has them), for markers such as organisations' coordinates, so that they land on the boundaries
/// drawn by [`build`]. Points outside Europe's frame come out outside `0..FRAME_WIDTH` /
/// `0..FRAME_HEIGHT`; NaN comes out as NaN.
pub fn project(lon: f64, lat: f64) -> (f64, f64) {
    let (easting, northing) = laea(lon, lat);
    ((easting - EXTENT_MIN_X) * SCALE, (EXTENT_MAX_Y - northing) * SCALE)
}

/// Projects, clips to the frame and simplifies all regions together so that neighbours keep
/// sharing their borders (no gaps or slivers), then writes each as compact SVG path data.
///
/// Regions are simplified per NUTS level, since only regions of one level tile the map; any mix of
/// levels can be passed in one call. `tolerance` is the Douglas–Peucker distance in frame units
/// ([`DEFAULT_TOLERANCE`] suits a 1000-wide map); 0 keeps every point, a negative or NaN tolerance
/// is taken as 0. Islands too small to see are dropped, except that a region always keeps its
/// largest ring so that nothing inside the frame disappears. The shapes come in the order of
/// `regions`; a label comes from `labels` (by code, longitude/latitude) when that point is inside
/// the frame, otherwise from the middle of the widest span across the region's largest ring.
pub fn build(regions: &[Region], labels: &HashMap<String, (f64, f64)>, tolerance: f64) -> Vec<Shape> {
    // `>=` is false for NaN, which therefore also means "no simplification".
    let tolerance = if tolerance >= 0.0 { tolerance } else { 0.0 };
    let prepared = prepare(regions);

    let mut by_level: BTreeMap<u8, Vec<usize>> = BTreeMap::new();
    for (index, ring) in prepared.iter().enumerate() {
        by_level.entry(regions[ring.region].level).or_default().push(index);
    }
    let mut simplified: Vec<Option<Vec<Pt>>> = vec![None; prepared.len()];
    for members in by_level.values() {
        let group: Vec<&PreparedRing> = members.iter().map(|&i| &prepared[i]).collect();
        for (&index, ring) in members.iter().zip(simplify_group(&group, tolerance)) {
            simplified[index] = ring;
        }
    }

    let mut rings_of: Vec<Vec<usize>> = vec![Vec::new(); regions.len()];
    for (index, ring) in prepared.iter().enumerate() {
        rings_of[ring.region].push(index);
    }
    regions
        .iter()
        .enumerate()
        .map(|(index, region)| {
            let kept: Vec<(&PreparedRing, &[Pt])> = rings_of[index]
                .iter()
                .filter_map(|&r| simplified[r].as_deref().map(|points| (&prepared[r], points)))
                .collect();
            shape(region, &kept, labels)
        })
        .collect()
}

// ---- reading GeoJSON ----

fn feature_list(root: &Value) -> Result<&Vec<Value>, GeoError> {
    let object = root
        .as_object()
        .ok_or_else(|| GeoError::new("the GeoJSON is not an object, expected a FeatureCollection"))?;
    match object.get("type").and_then(Value::as_str) {
        Some("FeatureCollection") => {}
        Some(other) => {
            let other: String = other.chars().take(40).collect();
            return Err(GeoError::new(format!(
                "the GeoJSON is a {other}, expected a FeatureCollection"
            )));
        }
        None => return Err(GeoError::new("the GeoJSON has no type, expected a FeatureCollection")),
    }
    object
        .get("features")
        .and_then(Value::as_array)
        .ok_or_else(|| GeoError::new("the FeatureCollection has no features array"))
}

/// "feature 12 (NUTS_ID "DE30")": the index finds it in the file, the code in the data.
fn describe(index: usize, feature: &Value) -> String {
    match feature.get("properties").and_then(|p| p.get("NUTS_ID")) {
        Some(Value::String(code)) => {
            // A hostile file could put megabytes in a code; the message only needs to recognise it.
            let code: String = code.chars().take(40).collect();
            format!("feature {index} (NUTS_ID {code:?})")
        }
        _ => format!("feature {index} (without NUTS_ID)"),
    }
}

/// A value as JSON, cut short: a hostile file could put megabytes where a code belongs, and the
/// message only needs to show what it is.
fn excerpt(value: &Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(40) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text,
    }
}

fn geometry_of(feature: &Value) -> Result<Option<&serde_json::Map<String, Value>>, String> {
    if !feature.is_object() {
        return Err("is not an object".to_string());
    }
    match feature.get("geometry") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(geometry)) => Ok(Some(geometry)),
        Some(_) => Err("geometry is not an object".to_string()),
    }
}

fn properties_of(feature: &Value) -> Result<&serde_json::Map<String, Value>, String> {
    feature
        .get("properties")
        .and_then(Value::as_object)
        .ok_or_else(|| "has no properties".to_string())
}

/// Polygons → rings → longitude/latitude points, as in [`Region::rings`].
type Polygons = Vec<Vec<Vec<(f64, f64)>>>;

fn polygons_of(geometry: &serde_json::Map<String, Value>) -> Result<Polygons, String> {
    let coordinates = geometry
        .get("coordinates")
        .ok_or_else(|| "the geometry has no coordinates".to_string())?;
    match geometry.get("type").and_then(Value::as_str) {
        Some("Polygon") => {
            let polygon = polygon(coordinates, "the polygon")?;
            Ok(if polygon.is_empty() { Vec::new() } else { vec![polygon] })
        }
        Some("MultiPolygon") => {
            let list = coordinates
                .as_array()
                .ok_or_else(|| "the MultiPolygon's coordinates are not a list".to_string())?;
            let mut polygons = Vec::with_capacity(list.len());
            for (number, value) in list.iter().enumerate() {
                let polygon = polygon(value, &format!("polygon {number}"))?;
                if !polygon.is_empty() {
                    polygons.push(polygon);
                }
            }
            Ok(polygons)
        }
        Some(other) => {
            let other: String = other.chars().take(40).collect();
            Err(format!("geometry type {other} is not a Polygon or MultiPolygon"))
        }
        None => Err("the geometry has no type".to_string()),
    }
}

fn polygon(value: &Value, what: &str) -> Result<Vec<Vec<(f64, f64)>>, String> {
    let rings = value
        .as_array()
        .ok_or_else(|| format!("{what} is not a list of rings"))?;
    let mut out = Vec::with_capacity(rings.len());
    for (number, ring) in rings.iter().enumerate() {
        let what = format!("ring {number} of {what}");
        let positions = ring
            .as_array()
            .ok_or_else(|| format!("{what} is not a list of positions"))?;
        if positions.len() < 4 {
            return Err(format!(
                "{what} has {} positions, a closed ring needs at least 4",
                positions.len()
            ));
        }
        let points = positions
            .iter()
            .enumerate()
            .map(|(k, p)| position(p, &format!("position {k} of {what}")))
            .collect::<Result<Vec<_>, _>>()?;
        if points.first() != points.last() {
            return Err(format!(
                "{what} is not closed (its last position differs from its first)"
            ));
        }
        out.push(points);
    }
    Ok(out)
}

fn position(value: &Value, what: &str) -> Result<(f64, f64), String> {
    let numbers = value
        .as_array()
        .ok_or_else(|| format!("{what} is not a list of numbers"))?;
    let (Some(lon), Some(lat)) = (
        numbers.first().and_then(Value::as_f64),
        numbers.get(1).and_then(Value::as_f64),
    ) else {
        return Err(format!("{what}: coordinates are not numbers"));
    };
    if !(-180.0..=180.0).contains(&lon) || !(-90.0..=90.0).contains(&lat) {
        return Err(format!("{what}: longitude {lon} / latitude {lat} is out of range"));
    }
    Ok((lon, lat))
}

// ---- projection ----

/// ETRS89 Lambert azimuthal equal-area (EPSG:3035) on the GRS80 ellipsoid, in metres, after
/// EPSG Guidance Note 7-2: the ellipsoidal form rather than the spherical one so that coordinates
/// agree with Eurostat's own EPSG:3035 data to the centimetre (the sphere is off by up to 8 km
/// across Europe, more than a frame unit).
fn laea(lon: f64, lat: f64) -> (f64, f64) {
    const A: f64 = 6_378_137.0;
    const F: f64 = 1.0 / 298.257_222_101;
    const FALSE_EASTING: f64 = 4_321_000.0;
    const FALSE_NORTHING: f64 = 3_210_000.0;
    let e2 = F * (2.0 - F);
    let e = e2.sqrt();
    let q = |phi: f64| {
        let s = phi.sin();
        (1.0 - e2) * (s / (1.0 - e2 * s * s) - (1.0 / (2.0 * e)) * ((1.0 - e * s) / (1.0 + e * s)).ln())
    };
    let q_pole = q(std::f64::consts::FRAC_PI_2);
    let authalic_radius = A * (q_pole / 2.0).sqrt();
    // Rounding can push q/q_pole a hair past ±1 at the poles, where asin would give NaN.
    let beta = |phi: f64| (q(phi) / q_pole).clamp(-1.0, 1.0).asin();
    let (phi0, lambda0) = (52f64.to_radians(), 10f64.to_radians());
    let beta0 = beta(phi0);
    let d = A * (phi0.cos() / (1.0 - e2 * phi0.sin().powi(2)).sqrt()) / (authalic_radius * beta0.cos());
    let (b, dl) = (beta(lat.to_radians()), lon.to_radians() - lambda0);
    let denominator = 1.0 + beta0.sin() * b.sin() + beta0.cos() * b.cos() * dl.cos();
    if denominator <= 1e-12 {
        // The antipode of the centre (in the South Pacific) maps onto the whole circle of radius
        // 2R; any point of it will do, as long as it stays finite and far outside the frame.
        return (FALSE_EASTING, FALSE_NORTHING - 2.0 * authalic_radius);
    }
    let k = authalic_radius * (2.0 / denominator).sqrt();
    let easting = FALSE_EASTING + k * d * b.cos() * dl.sin();
    let northing = FALSE_NORTHING + (k / d) * (beta0.cos() * b.sin() - beta0.sin() * b.cos() * dl.cos());
    (easting, northing)
}

// ---- geometry helpers ----

#[derive(Debug, Clone, Copy, PartialEq)]
struct Pt {
    x: f64,
    y: f64,
}

impl Pt {
    /// Identity of a vertex: GISCO writes the vertices of a shared border with the very same
    /// coordinates on both sides, and projection is deterministic, so equal bits mean "shared".
    /// `+ 0.0` folds -0.0 into 0.0.
    fn key(self) -> (u64, u64) {
        ((self.x + 0.0).to_bits(), (self.y + 0.0).to_bits())
    }

    fn lexicographic(self, other: Pt) -> std::cmp::Ordering {
        self.x.total_cmp(&other.x).then(self.y.total_cmp(&other.y))
    }
}

/// Signed shoelace area (positive for counter-clockwise in x-right/y-up terms).
fn signed_area(points: &[Pt]) -> f64 {
    let n = points.len();
    if n < 3 {
        return 0.0;
    }
    let mut twice = 0.0;
    for i in 0..n {
        let (a, b) = (points[i], points[(i + 1) % n]);
        twice += a.x * b.y - b.x * a.y;
    }
    twice / 2.0
}

/// Distance from `p` to the segment `a`–`b` (to `a` when the segment is a point, as for the first
/// split of a closed ring).
fn segment_distance(p: Pt, a: Pt, b: Pt) -> f64 {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let length2 = dx * dx + dy * dy;
    let t = if length2 > 0.0 {
        (((p.x - a.x) * dx + (p.y - a.y) * dy) / length2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let (cx, cy) = (a.x + t * dx, a.y + t * dy);
    ((p.x - cx).powi(2) + (p.y - cy).powi(2)).sqrt()
}

/// Removes repeated consecutive points and the closing repeat of the first point, so that a ring
/// is a plain cycle of distinct neighbours.
fn dedupe(points: &mut Vec<Pt>) {
    points.dedup_by(|a, b| a.key() == b.key());
    while points.len() > 1 && points.first().map(|p| p.key()) == points.last().map(|p| p.key()) {
        points.pop();
    }
}

#[derive(Clone, Copy)]
enum Edge {
    Left,
    Right,
    Top,
    Bottom,
}

impl Edge {
    fn inside(self, p: Pt) -> bool {
        match self {
            Edge::Left => p.x >= 0.0,
            Edge::Right => p.x <= FRAME_WIDTH,
            Edge::Top => p.y >= 0.0,
            Edge::Bottom => p.y <= FRAME_HEIGHT,
        }
    }

    /// Where segment `a`–`b` crosses the edge. The endpoints are put in a fixed order first: the
    /// two neighbours along a border walk it in opposite directions, and only the same arithmetic
    /// in the same order gives both of them the very same crossing point.
    fn crossing(self, a: Pt, b: Pt) -> Pt {
        let (a, b) = if a.lexicographic(b).is_le() { (a, b) } else { (b, a) };
        match self {
            Edge::Left | Edge::Right => {
                let x = if matches!(self, Edge::Left) { 0.0 } else { FRAME_WIDTH };
                let t = (x - a.x) / (b.x - a.x);
                Pt {
                    x,
                    y: a.y + t * (b.y - a.y),
                }
            }
            Edge::Top | Edge::Bottom => {
                let y = if matches!(self, Edge::Top) { 0.0 } else { FRAME_HEIGHT };
                let t = (y - a.y) / (b.y - a.y);
                Pt {
                    x: a.x + t * (b.x - a.x),
                    y,
                }
            }
        }
    }
}

/// Sutherland–Hodgman clipping of a ring to the frame. Where a ring leaves and re-enters the frame
/// the result runs along the frame's edge, which fills nothing and is hidden at the border.
fn clip(points: Vec<Pt>) -> Vec<Pt> {
    let inside_frame = |p: &Pt| (0.0..=FRAME_WIDTH).contains(&p.x) && (0.0..=FRAME_HEIGHT).contains(&p.y);
    if points.iter().all(inside_frame) {
        return points;
    }
    let mut ring = points;
    for edge in [Edge::Left, Edge::Right, Edge::Top, Edge::Bottom] {
        let n = ring.len();
        if n == 0 {
            break;
        }
        let mut out = Vec::with_capacity(n + 4);
        for i in 0..n {
            let (previous, current) = (ring[(i + n - 1) % n], ring[i]);
            match (edge.inside(previous), edge.inside(current)) {
                (true, true) => out.push(current),
                (false, true) => {
                    out.push(edge.crossing(previous, current));
                    out.push(current);
                }
                (true, false) => out.push(edge.crossing(previous, current)),
                (false, false) => {}
            }
        }
        ring = out;
    }
    ring
}

// ---- preparation: projection and clipping ----

/// A ring of one region after projection and clipping, in frame units, as a cycle of distinct
/// consecutive points (not closed).
struct PreparedRing {
    region: usize,
    polygon: usize,
    hole: bool,
    points: Vec<Pt>,
    area: f64,
}

fn prepare(regions: &[Region]) -> Vec<PreparedRing> {
    let mut prepared = Vec::new();
    for (region_index, region) in regions.iter().enumerate() {
        for (polygon_index, polygon) in region.rings.iter().enumerate() {
            for (ring_index, ring) in polygon.iter().enumerate() {
                let mut points: Vec<Pt> = ring
                    .iter()
                    .map(|&(lon, lat)| {
                        let (x, y) = project(lon, lat);
                        Pt { x, y }
                    })
                    .filter(|p| p.x.is_finite() && p.y.is_finite())
                    .collect();
                dedupe(&mut points);
                let mut points = if points.len() >= 3 { clip(points) } else { Vec::new() };
                dedupe(&mut points);
                if points.len() < 3 {
                    // Without its outer ring a polygon's holes would be drawn as filled areas.
                    if ring_index == 0 {
                        break;
                    }
                    continue;
                }
                let area = signed_area(&points).abs();
                prepared.push(PreparedRing {
                    region: region_index,
                    polygon: polygon_index,
                    hole: ring_index > 0,
                    points,
                    area,
                });
            }
        }
    }
    prepared
}

// ---- topology: shared arcs ----

/// A stretch of boundary between two junctions, stored once in a canonical direction and
/// simplified once, so that every ring using it (from either side) gets the very same points.
struct Arc {
    vertices: Vec<usize>,
    /// Douglas–Peucker weight of each vertex: the largest tolerance at which it is still kept
    /// (infinite at the ends). Lets a ring's arcs be refined without recomputing anything.
    weights: Vec<f64>,
    threshold: f64,
    /// Number of distinct rings using the arc: above 1 it is a border between two regions.
    rings: usize,
    last_ring: Option<usize>,
}

impl Arc {
    fn selected(&self) -> impl DoubleEndedIterator<Item = usize> + '_ {
        let last = self.vertices.len().saturating_sub(1);
        self.vertices
            .iter()
            .zip(&self.weights)
            .enumerate()
            .filter(move |&(i, (_, &w))| i == 0 || i == last || w > self.threshold)
            .map(|(_, (&v, _))| v)
    }
}

struct Topology {
    coords: Vec<Pt>,
    arcs: Vec<Arc>,
    /// Per ring, the arcs it is made of in order, each with whether it is walked backwards.
    ring_arcs: Vec<Vec<(usize, bool)>>,
}

impl Topology {
    fn new(rings: &[&PreparedRing], tolerance: f64) -> Self {
        let mut ids: HashMap<(u64, u64), usize> = HashMap::new();
        let mut coords: Vec<Pt> = Vec::new();
        let id_rings: Vec<Vec<usize>> = rings
            .iter()
            .map(|ring| {
                ring.points
                    .iter()
                    .map(|&p| {
                        *ids.entry(p.key()).or_insert_with(|| {
                            coords.push(p);
                            coords.len() - 1
                        })
                    })
                    .collect()
            })
            .collect();

        // A vertex is a junction when it is met with different neighbours (in either order): there
        // a border between two regions begins or ends, so simplification must keep it in place.
        let mut neighbours: Vec<Option<(usize, usize)>> = vec![None; coords.len()];
        let mut junction = vec![false; coords.len()];
        for ring in &id_rings {
            let n = ring.len();
            for i in 0..n {
                let (previous, vertex, next) = (ring[(i + n - 1) % n], ring[i], ring[(i + 1) % n]);
                match neighbours[vertex] {
                    None => neighbours[vertex] = Some((previous, next)),
                    Some((a, b)) => {
                        if !((a == previous && b == next) || (a == next && b == previous)) {
                            junction[vertex] = true;
                        }
                    }
                }
            }
        }

        let mut arc_ids: HashMap<Vec<usize>, usize> = HashMap::new();
        let mut arcs: Vec<Arc> = Vec::new();
        let mut ring_arcs = Vec::with_capacity(id_rings.len());
        for (ring_index, ring) in id_rings.iter().enumerate() {
            let n = ring.len();
            let mut pieces: Vec<Vec<usize>> = Vec::new();
            match ring.iter().position(|&v| junction[v]) {
                None => {
                    // A ring without junctions is one closed arc, either an island or a border
                    // all around (an enclave and the hole it fills). Starting at the smallest
                    // vertex makes the two copies of such a border begin at the same place.
                    let start = (0..n).min_by_key(|&i| ring[i]).unwrap_or(0);
                    pieces.push((0..=n).map(|k| ring[(start + k) % n]).collect());
                }
                Some(start) => {
                    let mut current = vec![ring[start]];
                    for k in 1..=n {
                        let vertex = ring[(start + k) % n];
                        current.push(vertex);
                        if junction[vertex] {
                            pieces.push(std::mem::replace(&mut current, vec![vertex]));
                        }
                    }
                }
            }
            let mut uses = Vec::with_capacity(pieces.len());
            for piece in pieces {
                let reversed: Vec<usize> = piece.iter().rev().copied().collect();
                let (canonical, backwards) = if reversed < piece {
                    (reversed, true)
                } else {
                    (piece, false)
                };
                let arc = match arc_ids.get(&canonical) {
                    Some(&arc) => arc,
                    None => {
                        let points: Vec<Pt> = canonical.iter().map(|&v| coords[v]).collect();
                        arcs.push(Arc {
                            weights: douglas_peucker_weights(&points),
                            vertices: canonical.clone(),
                            threshold: tolerance,
                            rings: 0,
                            last_ring: None,
                        });
                        arc_ids.insert(canonical, arcs.len() - 1);
                        arcs.len() - 1
                    }
                };
                if arcs[arc].last_ring != Some(ring_index) {
                    arcs[arc].rings += 1;
                    arcs[arc].last_ring = Some(ring_index);
                }
                uses.push((arc, backwards));
            }
            ring_arcs.push(uses);
        }
        Topology {
            coords,
            arcs,
            ring_arcs,
        }
    }

    /// The ring rebuilt from its simplified arcs, as a cycle of distinct consecutive points.
    fn assemble(&self, ring: usize) -> Vec<Pt> {
        let mut ids: Vec<usize> = Vec::new();
        for &(arc, backwards) in &self.ring_arcs[ring] {
            let selected: Vec<usize> = if backwards {
                self.arcs[arc].selected().rev().collect()
            } else {
                self.arcs[arc].selected().collect()
            };
            // Consecutive arcs meet at a junction, which the previous arc already added.
            let skip = usize::from(!ids.is_empty());
            ids.extend(selected.into_iter().skip(skip));
        }
        let mut points: Vec<Pt> = ids.into_iter().map(|v| self.coords[v]).collect();
        dedupe(&mut points);
        points
    }

    /// Lowers the tolerance of a ring's arcs until the ring encloses an area again, for a region
    /// whose only ring simplification flattened. The arcs are shared, so the neighbours follow.
    fn refine(&mut self, ring: usize) {
        for _ in 0..80 {
            if signed_area(&self.assemble(ring)).abs() > DEGENERATE_AREA {
                return;
            }
            let mut lowered = false;
            for &(arc, _) in &self.ring_arcs[ring] {
                let arc = &mut self.arcs[arc];
                if arc.threshold > 0.0 {
                    arc.threshold = if !arc.threshold.is_finite() {
                        FRAME_WIDTH
                    } else if arc.threshold < 1e-9 {
                        0.0
                    } else {
                        arc.threshold / 2.0
                    };
                    lowered = true;
                }
            }
            if !lowered {
                return;
            }
        }
    }
}

/// Douglas–Peucker as weights: each vertex gets the distance at which the classic algorithm would
/// drop it, capped by its parent's so that "weight > tolerance" is exactly the classic result.
fn douglas_peucker_weights(points: &[Pt]) -> Vec<f64> {
    let n = points.len();
    let mut weights = vec![0.0; n];
    if n == 0 {
        return weights;
    }
    weights[0] = f64::INFINITY;
    weights[n - 1] = f64::INFINITY;
    let mut stack = vec![(0usize, n - 1, f64::INFINITY)];
    while let Some((first, last, parent)) = stack.pop() {
        if last <= first + 1 {
            continue;
        }
        let (mut farthest, mut distance) = (first + 1, f64::NEG_INFINITY);
        for (k, &p) in points.iter().enumerate().take(last).skip(first + 1) {
            let d = segment_distance(p, points[first], points[last]);
            if d > distance {
                farthest = k;
                distance = d;
            }
        }
        let weight = distance.min(parent);
        weights[farthest] = weight;
        stack.push((first, farthest, weight));
        stack.push((farthest, last, weight));
    }
    weights
}

/// Simplifies the rings of one NUTS level together and decides which are kept: `None` for a ring
/// that is dropped (a speck of an island, or one that simplification flattened).
fn simplify_group(rings: &[&PreparedRing], tolerance: f64) -> Vec<Option<Vec<Pt>>> {
    let mut topology = Topology::new(rings, tolerance);
    let min_island_area = MIN_ISLAND_AREA_IN_TOLERANCES * tolerance * tolerance;
    let mut outer_of: HashMap<(usize, usize), usize> = HashMap::new();
    let mut outers_of_region: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (index, ring) in rings.iter().enumerate() {
        if !ring.hole {
            outer_of.insert((ring.region, ring.polygon), index);
            outers_of_region.entry(ring.region).or_default().push(index);
        }
    }
    let shared: Vec<bool> = topology
        .ring_arcs
        .iter()
        .map(|uses| uses.iter().any(|&(arc, _)| topology.arcs[arc].rings > 1))
        .collect();
    let mut must_keep = vec![false; rings.len()];
    let mut result: Vec<Option<Vec<Pt>>> = Vec::new();
    // Forcing a region's largest ring changes arcs its neighbours share, so decisions are taken
    // again. A forced ring stays kept, so rounds after the second find next to nothing; the last
    // round only decides, so that what is returned matches the arcs as they are.
    const ROUNDS: usize = 8;
    for round in 0..ROUNDS {
        result = (0..rings.len())
            .map(|index| {
                let points = topology.assemble(index);
                let area = signed_area(&points).abs();
                let keep = area > DEGENERATE_AREA && (must_keep[index] || shared[index] || area >= min_island_area);
                keep.then_some(points)
            })
            .collect();
        for (index, ring) in rings.iter().enumerate() {
            let outer_kept = outer_of
                .get(&(ring.region, ring.polygon))
                .is_some_and(|&o| result[o].is_some());
            if ring.hole && !outer_kept {
                result[index] = None;
            }
        }
        if round + 1 == ROUNDS {
            break;
        }
        let mut forced = false;
        for outers in outers_of_region.values() {
            if outers.iter().any(|&o| result[o].is_some()) {
                continue;
            }
            let Some(&largest) = outers.iter().max_by(|&&a, &&b| rings[a].area.total_cmp(&rings[b].area)) else {
                continue;
            };
            if must_keep[largest] {
                // Already forced and still flat: the input ring itself encloses nothing.
                continue;
            }
            must_keep[largest] = true;
            topology.refine(largest);
            forced = true;
        }
        if !forced {
            break;
        }
    }
    result
}

// ---- writing ----

/// A point in tenths of a frame unit, as written into the path.
type Tenths = (i64, i64);

fn to_tenths(p: Pt) -> Tenths {
    let x = p.x.clamp(0.0, FRAME_WIDTH);
    let y = p.y.clamp(0.0, FRAME_HEIGHT);
    ((x * PATH_PRECISION).round() as i64, (y * PATH_PRECISION).round() as i64)
}

/// A ring rounded to tenths, or `None` when rounding leaves nothing to fill.
fn rounded(points: &[Pt]) -> Option<Vec<Tenths>> {
    let mut ring: Vec<Tenths> = points.iter().map(|&p| to_tenths(p)).collect();
    ring.dedup();
    while ring.len() > 1 && ring.first() == ring.last() {
        ring.pop();
    }
    (ring.len() >= 3 && twice_area(&ring) != 0).then_some(ring)
}

#[derive(Clone, Copy, PartialEq)]
enum Token {
    Command,
    Integer,
    Decimal,
}

/// Writes SVG path data with the fewest separators the path grammar allows: none after a command
/// or before a minus sign, none between "1.5" and ".5" (a second dot starts a new number).
struct PathWriter {
    data: String,
    previous: Token,
}

impl PathWriter {
    fn command(&mut self, command: char) {
        self.data.push(command);
        self.previous = Token::Command;
    }

    fn number(&mut self, tenths: i64) {
        let negative = tenths < 0;
        let magnitude = tenths.unsigned_abs();
        let (whole, tenth) = (magnitude / 10, magnitude % 10);
        let leading_dot = !negative && whole == 0 && tenth != 0;
        let separate = match self.previous {
            Token::Command => false,
            Token::Integer => !negative,
            Token::Decimal => !negative && !leading_dot,
        };
        if separate {
            self.data.push(' ');
        }
        if negative {
            self.data.push('-');
        }
        if whole != 0 || tenth == 0 {
            let _ = write!(self.data, "{whole}");
        }
        if tenth != 0 {
            let _ = write!(self.data, ".{tenth}");
        }
        self.previous = if tenth != 0 { Token::Decimal } else { Token::Integer };
    }

    /// One ring: absolute start, then relative steps between rounded absolute positions (so that
    /// rounding errors never add up along a long border), closed by `z`.
    fn ring(&mut self, ring: &[Tenths]) {
        let Some(&(x0, y0)) = ring.first() else {
            return;
        };
        self.command('M');
        self.number(x0);
        self.number(y0);
        self.command('l');
        for pair in ring.windows(2) {
            self.number(pair[1].0 - pair[0].0);
            self.number(pair[1].1 - pair[0].1);
        }
        self.command('z');
    }
}

/// Path data of rounded rings (see [`PathWriter::ring`]).
fn write_path(rings: &[Vec<Tenths>]) -> String {
    let mut writer = PathWriter {
        data: String::new(),
        previous: Token::Command,
    };
    for ring in rings {
        writer.ring(ring);
    }
    writer.data
}

fn shape(region: &Region, kept: &[(&PreparedRing, &[Pt])], labels: &HashMap<String, (f64, f64)>) -> Shape {
    // Rounding can flatten a ring; a polygon whose outer ring goes also loses its holes.
    let mut rings: Vec<Vec<Tenths>> = Vec::new();
    let mut polygons: Vec<(usize, Vec<usize>)> = Vec::new(); // outer ring index, its holes
                                                             // The polygon whose outer ring was written last: only its holes may follow.
    let mut open_polygon: Option<usize> = None;
    for &(prepared, points) in kept {
        if !prepared.hole {
            open_polygon = None;
        }
        let Some(ring) = rounded(points) else {
            continue;
        };
        if !prepared.hole {
            polygons.push((rings.len(), Vec::new()));
            open_polygon = Some(prepared.polygon);
        } else if open_polygon != Some(prepared.polygon) {
            continue;
        } else if let Some(last) = polygons.last_mut() {
            last.1.push(rings.len());
        }
        rings.push(ring);
    }

    let path = write_path(&rings);
    let bbox = rings.iter().flatten().fold(None, |bbox: Option<[i64; 4]>, &(x, y)| {
        Some(match bbox {
            None => [x, y, x, y],
            Some([a, b, c, d]) => [a.min(x), b.min(y), c.max(x), d.max(y)],
        })
    });
    let bbox = bbox.map_or([0.0; 4], |b| b.map(|v| v as f64 / PATH_PRECISION));

    let given = labels.get(&region.code).map(|&(lon, lat)| project(lon, lat));
    let inside = |p: &(f64, f64)| (0.0..=FRAME_WIDTH).contains(&p.0) && (0.0..=FRAME_HEIGHT).contains(&p.1);
    let label = match given.filter(inside) {
        Some(point) => point,
        None => {
            let largest = polygons
                .iter()
                .max_by_key(|(outer, _)| twice_area(&rings[*outer]).abs());
            match largest {
                Some((outer, holes)) => {
                    let members: Vec<&[Tenths]> = std::iter::once(*outer)
                        .chain(holes.iter().copied())
                        .map(|i| rings[i].as_slice())
                        .collect();
                    point_inside(&members)
                }
                // Not drawn: the given point, even outside the frame, or the middle of the
                // region's extent, so that a caller still has somewhere to say the region is.
                None => given
                    .filter(|p| p.0.is_finite() && p.1.is_finite())
                    .unwrap_or_else(|| extent_middle(region)),
            }
        }
    };

    Shape {
        code: region.code.clone(),
        level: region.level,
        country: region.country.clone(),
        name: region.name.clone(),
        name_latn: region.name_latn.clone(),
        path,
        label,
        bbox,
    }
}

fn twice_area(ring: &[Tenths]) -> i64 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            a.0 * b.1 - b.0 * a.1
        })
        .sum()
}

/// A point inside a polygon (outer ring and holes): the middle of the widest span of the
/// horizontal line through the middle of the outer ring's extent. The centre of the extent itself
/// falls outside crescents and bays (Croatia, Norway's coast).
fn point_inside(rings: &[&[Tenths]]) -> (f64, f64) {
    let outer = rings.first().copied().unwrap_or(&[]);
    let (mut min_y, mut max_y, mut min_x, mut max_x) = (i64::MAX, i64::MIN, i64::MAX, i64::MIN);
    for &(x, y) in outer {
        min_x = min_x.min(x);
        max_x = max_x.max(x);
        min_y = min_y.min(y);
        max_y = max_y.max(y);
    }
    if outer.is_empty() {
        return (0.0, 0.0);
    }
    let middle_y = (min_y + max_y) as f64 / 2.0;
    let centre = ((min_x + max_x) as f64 / 2.0 / PATH_PRECISION, middle_y / PATH_PRECISION);
    let mut crossings: Vec<f64> = Vec::new();
    for ring in rings {
        let n = ring.len();
        for i in 0..n {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            let (ay, by) = (a.1 as f64, b.1 as f64);
            // Half-open on y, so a vertex exactly on the line counts once.
            if (ay > middle_y) != (by > middle_y) {
                let t = (middle_y - ay) / (by - ay);
                crossings.push(a.0 as f64 + t * (b.0 - a.0) as f64);
            }
        }
    }
    crossings.sort_by(f64::total_cmp);
    crossings
        .chunks_exact(2)
        .max_by(|a, b| (a[1] - a[0]).total_cmp(&(b[1] - b[0])))
        .map_or(centre, |span| {
            ((span[0] + span[1]) / 2.0 / PATH_PRECISION, middle_y / PATH_PRECISION)
        })
}

/// The projected middle of a region's longitude/latitude extent, for regions that are not drawn.
fn extent_middle(region: &Region) -> (f64, f64) {
    let mut extent: Option<[f64; 4]> = None;
    for &(lon, lat) in region.rings.iter().flatten().flatten() {
        if !(lon.is_finite() && lat.is_finite()) {
            continue;
        }
        extent = Some(match extent {
            None => [lon, lat, lon, lat],
            Some([a, b, c, d]) => [a.min(lon), b.min(lat), c.max(lon), d.max(lat)],
        });
    }
    extent.map_or((0.0, 0.0), |[a, b, c, d]| project((a + c) / 2.0, (b + d) / 2.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;

    /// Absolute positions of each subpath of path data written by [`write_path`]: `M x y`, then
    /// `l` with relative pairs, `z`. Numbers follow SVG's grammar ("1.5.5" is 1.5 and .5).
    fn parse_path(data: &str) -> Vec<Vec<(f64, f64)>> {
        let bytes = data.as_bytes();
        let mut i = 0;
        let numbers = |i: &mut usize| -> Option<f64> {
            while *i < bytes.len() && bytes[*i] == b' ' {
                *i += 1;
            }
            let start = *i;
            if *i < bytes.len() && bytes[*i] == b'-' {
                *i += 1;
            }
            let mut seen_dot = false;
            while *i < bytes.len() && (bytes[*i].is_ascii_digit() || (bytes[*i] == b'.' && !seen_dot)) {
                seen_dot |= bytes[*i] == b'.';
                *i += 1;
            }
            (start != *i).then(|| data[start..*i].parse().expect("a number"))
        };
        let mut rings = Vec::new();
        let mut ring: Vec<(f64, f64)> = Vec::new();
        let mut command = b' ';
        while i < bytes.len() {
            match bytes[i] {
                c @ (b'M' | b'l') => {
                    command = c;
                    i += 1;
                }
                b'z' => {
                    rings.push(std::mem::take(&mut ring));
                    i += 1;
                }
                _ => {
                    let x = numbers(&mut i).expect("x");
                    let y = numbers(&mut i).expect("y");
                    match (command, ring.last()) {
                        (b'M', _) | (_, None) => ring.push((x, y)),
                        (_, Some(&(px, py))) => ring.push((px + x, py + y)),
                    }
                }
            }
        }
        assert!(ring.is_empty(), "a subpath was not closed in {data}");
        rings
    }

    fn tenths(point: (f64, f64)) -> (i64, i64) {
        ((point.0 * 10.0).round() as i64, (point.1 * 10.0).round() as i64)
    }

    fn region(code: &str, level: u8, rings: Polygons) -> Region {
        Region {
            code: code.to_string(),
            level,
            country: code.chars().take(2).collect(),
            name: code.to_string(),
            name_latn: code.to_string(),
            rings,
        }
    }

    fn closed(mut points: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
        if let Some(&first) = points.first() {
            points.push(first);
        }
        points
    }

    fn rectangle(west: f64, south: f64, east: f64, north: f64) -> Vec<(f64, f64)> {
        closed(vec![(west, south), (east, south), (east, north), (west, north)])
    }

    /// Checks what every shape must satisfy: rings of at least 3 distinct points inside the frame,
    /// and a bbox that is the extent of the path.
    fn assert_well_formed(shape: &Shape) {
        let rings = parse_path(&shape.path);
        if rings.is_empty() {
            assert_eq!(shape.bbox, [0.0; 4], "{}", shape.code);
            return;
        }
        let mut extent = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
        for ring in &rings {
            let mut distinct: Vec<(i64, i64)> = ring.iter().map(|&p| tenths(p)).collect();
            distinct.sort_unstable();
            distinct.dedup();
            assert!(
                distinct.len() >= 3,
                "{}: a ring of {} points in {}",
                shape.code,
                distinct.len(),
                shape.path
            );
            for &(x, y) in ring {
                assert!((-1e-9..=FRAME_WIDTH + 1e-9).contains(&x), "{}: x {x}", shape.code);
                assert!((-1e-9..=FRAME_HEIGHT + 1e-9).contains(&y), "{}: y {y}", shape.code);
                extent = [extent[0].min(x), extent[1].min(y), extent[2].max(x), extent[3].max(y)];
            }
        }
        for k in 0..4 {
            assert!(
                (extent[k] - shape.bbox[k]).abs() < 1e-6,
                "{}: bbox {:?} vs {extent:?}",
                shape.code,
                shape.bbox
            );
        }
    }

    #[test]
    fn projection_matches_the_epsg_example_and_the_origin() {
        // EPSG Guidance Note 7-2, ETRS89 / LAEA Europe: 50°N 5°E.
        let (e, n) = laea(5.0, 50.0);
        assert!((e - 3_962_799.45).abs() < 0.01, "{e}");
        assert!((n - 2_999_718.85).abs() < 0.01, "{n}");
        let (e, n) = laea(10.0, 52.0);
        assert!(
            (e - 4_321_000.0).abs() < 1e-6 && (n - 3_210_000.0).abs() < 1e-6,
            "{e} {n}"
        );
        let (x, y) = project(10.0, 52.0);
        assert!((x - (4_321_000.0 - EXTENT_MIN_X) * SCALE).abs() < 1e-9);
        assert!((y - (EXTENT_MAX_Y - 3_210_000.0) * SCALE).abs() < 1e-9);
        assert_eq!(FRAME_HEIGHT, 850.0);
    }

    #[test]
    fn projection_puts_north_up_and_europe_inside_the_frame() {
        let inside = |p: (f64, f64)| (0.0..=FRAME_WIDTH).contains(&p.0) && (0.0..=FRAME_HEIGHT).contains(&p.1);
        let lisbon = project(-9.14, 38.72);
        let helsinki = project(24.94, 60.17);
        assert!(lisbon.0 < helsinki.0, "Lisbon west of Helsinki");
        assert!(helsinki.1 < lisbon.1, "Helsinki above Lisbon");
        for (name, lon, lat) in [
            ("Lisbon", -9.14, 38.72),
            ("Reykjavik", -21.9, 64.1),
            ("Nicosia", 33.36, 35.17),
            ("Heraklion", 25.13, 35.34),
            ("Valletta", 14.51, 35.9),
            ("North Cape", 25.78, 71.17),
            ("Ankara", 32.85, 39.93),
        ] {
            assert!(inside(project(lon, lat)), "{name} {:?}", project(lon, lat));
        }
        for (name, lon, lat) in [
            ("Las Palmas", -15.43, 28.1),
            ("Ponta Delgada", -25.67, 37.74),
            ("Funchal", -16.9, 32.65),
        ] {
            assert!(!inside(project(lon, lat)), "{name} {:?}", project(lon, lat));
        }
        let antipode = project(-170.0, -52.0);
        assert!(antipode.0.is_finite() && antipode.1.is_finite() && !inside(antipode));
        assert!(project(f64::NAN, 50.0).0.is_nan());
    }

    const SAMPLE: &str = r#"{"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"NUTS_ID":"LU00","LEVL_CODE":2,"CNTR_CODE":"LU","NAME_LATN":"Luxembourg","NUTS_NAME":"Luxembourg"},
         "geometry":{"type":"Polygon","coordinates":[[[5.8,49.5],[6.4,49.5],[6.4,50.1],[5.8,50.1],[5.8,49.5]]]}},
        {"type":"Feature","properties":{"NUTS_ID":"XX00","LEVL_CODE":2},"geometry":null},
        {"type":"Feature","properties":{"NUTS_ID":"EL43","LEVL_CODE":2,"CNTR_CODE":"EL","NAME_LATN":"Kriti","NUTS_NAME":"Κρήτη"},
         "geometry":{"type":"MultiPolygon","coordinates":[[[[24,35],[25,35],[25,35.5],[24,35],[24,35]]],[],
           [[[23,35],[24,35],[24,36],[23,36],[23,35]],[[23.2,35.2],[23.4,35.2],[23.4,35.4],[23.2,35.2]]]]}},
        {"type":"Feature","properties":{"NUTS_ID":"LU00","LEVL_CODE":2},
         "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}
    ]}"#;

    #[test]
    fn reads_polygons_multipolygons_and_skips_null_geometry_and_duplicates() {
        let regions = read_regions(SAMPLE).expect("valid sample");
        assert_eq!(regions.len(), 2);
        let lu = &regions[0];
        assert_eq!((lu.code.as_str(), lu.level, lu.country.as_str()), ("LU00", 2, "LU"));
        assert_eq!(lu.rings.len(), 1);
        assert_eq!(lu.rings[0][0].len(), 5, "the first LU00 wins");
        assert_eq!(lu.rings[0][0][1], (6.4, 49.5));
        let kriti = &regions[1];
        assert_eq!((kriti.name.as_str(), kriti.name_latn.as_str()), ("Κρήτη", "Kriti"));
        assert_eq!(kriti.rings.len(), 2, "the empty polygon is left out");
        assert_eq!(kriti.rings[1].len(), 2, "outer ring and hole");
    }

    #[test]
    fn missing_names_fall_back_to_the_code() {
        let json = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"NUTS_ID":"DE3","LEVL_CODE":1},
            "geometry":{"type":"Polygon","coordinates":[[[13,52],[14,52],[14,53],[13,52]]]}}]}"#;
        let regions = read_regions(json).expect("valid");
        assert_eq!(
            (
                regions[0].country.as_str(),
                regions[0].name.as_str(),
                regions[0].name_latn.as_str()
            ),
            ("DE", "DE3", "DE3")
        );
    }

    #[test]
    fn errors_name_the_feature_and_the_problem() {
        let feature = |properties: &str, geometry: &str| {
            format!(
                r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","properties":{{"NUTS_ID":"OK00","LEVL_CODE":0}},"geometry":null}},
                {{"type":"Feature","properties":{properties},"geometry":{geometry}}}]}}"#
            )
        };
        let square = r#"{"type":"Polygon","coordinates":[[[1,1],[2,1],[2,2],[1,1]]]}"#;
        let good = r#"{"NUTS_ID":"DE30","LEVL_CODE":2}"#;
        let cases = [
            (
                feature(
                    good,
                    r#"{"type":"Polygon","coordinates":[[["a",1],[2,1],[2,2],["a",1]]]}"#,
                ),
                "not numbers",
            ),
            (
                feature(
                    good,
                    r#"{"type":"Polygon","coordinates":[[[200,1],[2,1],[2,2],[200,1]]]}"#,
                ),
                "out of range",
            ),
            (
                feature(
                    good,
                    r#"{"type":"Polygon","coordinates":[[[1,95],[2,1],[2,2],[1,95]]]}"#,
                ),
                "out of range",
            ),
            (
                feature(good, r#"{"type":"Polygon","coordinates":[[[1,1],[2,1],[1,1]]]}"#),
                "at least 4",
            ),
            (
                feature(good, r#"{"type":"Polygon","coordinates":[[[1,1],[2,1],[2,2],[3,3]]]}"#),
                "not closed",
            ),
            (
                feature(good, r#"{"type":"Point","coordinates":[1,1]}"#),
                "not a Polygon",
            ),
            (feature(good, r#"{"type":"Polygon","coordinates":7}"#), "not a list"),
            (feature(r#"{"NUTS_ID":"DE30","LEVL_CODE":7}"#, square), "LEVL_CODE 7"),
            (feature(r#"{"NUTS_ID":"DE30","LEVL_CODE":"2"}"#, square), "LEVL_CODE"),
            (feature(r#"{"NUTS_ID":"DE30"}"#, square), "LEVL_CODE is missing"),
            (
                feature(r#"{"NUTS_ID":"DE30","LEVL_CODE":2,"NAME_LATN":5}"#, square),
                "NAME_LATN 5",
            ),
        ];
        for (json, problem) in cases {
            let error = read_regions(&json).expect_err(problem);
            assert!(error.message.contains("feature 1 (NUTS_ID \"DE30\")"), "{error}");
            assert!(error.message.contains(problem), "{error} should mention {problem}");
        }
        let error = read_regions(&feature(r#"{"LEVL_CODE":2}"#, square)).expect_err("no NUTS_ID");
        assert!(error.to_string().contains("feature 1 (without NUTS_ID)"), "{error}");
        for (json, problem) in [
            ("", "not valid JSON"),
            ("[]", "not an object"),
            (r#"{"type":"Feature"}"#, "is a Feature"),
            (r#"{"type":"FeatureCollection"}"#, "no features"),
        ] {
            let error = read_regions(json).expect_err(problem);
            assert!(error.message.contains(problem), "{error}");
        }
    }

    #[test]
    fn reads_label_points() {
        let json = r#"{"type":"FeatureCollection","features":[
            {"type":"Feature","geometry":{"type":"Point","coordinates":[9.8212,54.0804]},"properties":{"NUTS_ID":"DEF0","LEVL_CODE":2}},
            {"type":"Feature","geometry":null,"properties":{"NUTS_ID":"DEF1"}},
            {"type":"Feature","geometry":{"type":"Polygon","coordinates":[]},"properties":{"NUTS_ID":"DEF2"}},
            {"type":"Feature","geometry":{"type":"Point","coordinates":[0,0]},"properties":{"NUTS_ID":"DEF0"}}]}"#;
        let labels = read_labels(json).expect("valid");
        assert_eq!(labels.len(), 1);
        assert_eq!(labels["DEF0"], (9.8212, 54.0804));
        let bad = r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1]},"properties":{"NUTS_ID":"AT13"}}]}"#;
        let error = read_labels(bad).expect_err("one number");
        assert!(
            error.message.contains("feature 0 (NUTS_ID \"AT13\")") && error.message.contains("not numbers"),
            "{error}"
        );
    }

    /// Two regions whose common border wiggles: the border must come out with the same points
    /// on both sides, simplified (fewer points than given) but still shared.
    #[test]
    fn neighbours_keep_sharing_their_simplified_border() {
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        let border: Vec<(f64, f64)> = (0..=100)
            .map(|i| (10.0 + rng.gen_range(-0.05..0.05), 50.0 + 2.0 * i as f64 / 100.0))
            .collect();
        let mut west = vec![(8.0, 50.0)];
        west.extend(border.iter().copied());
        west.push((8.0, 52.0));
        let mut east: Vec<(f64, f64)> = border.iter().rev().copied().collect();
        east.extend([(12.0, 50.0), (12.0, 52.0)].iter().rev());
        let regions = vec![
            region("AA", 2, vec![vec![closed(west)]]),
            region("BB", 2, vec![vec![closed(east)]]),
        ];
        for tolerance in [0.0, DEFAULT_TOLERANCE, 1.0, 5.0] {
            let shapes = build(&regions, &HashMap::new(), tolerance);
            let points = |shape: &Shape, corners: [(f64, f64); 2]| {
                let corners: Vec<(i64, i64)> = corners.iter().map(|&(lon, lat)| tenths(project(lon, lat))).collect();
                let mut points: Vec<(i64, i64)> = parse_path(&shape.path)
                    .concat()
                    .into_iter()
                    .map(tenths)
                    .filter(|p| !corners.contains(p))
                    .collect();
                points.sort_unstable();
                points
            };
            let a = points(&shapes[0], [(8.0, 50.0), (8.0, 52.0)]);
            let b = points(&shapes[1], [(12.0, 50.0), (12.0, 52.0)]);
            assert_eq!(a, b, "tolerance {tolerance}");
            assert!(a.len() >= 2, "the border keeps its ends");
            if tolerance >= DEFAULT_TOLERANCE {
                assert!(a.len() < 101, "tolerance {tolerance} simplified nothing");
            }
            shapes.iter().for_each(assert_well_formed);
        }
    }

    #[test]
    fn shared_borders_become_one_arc() {
        let a = PreparedRing {
            region: 0,
            polygon: 0,
            hole: false,
            points: [(0.0, 0.0), (1.0, 0.0), (1.0, 0.5), (1.0, 1.0), (0.0, 1.0)]
                .map(|(x, y)| Pt { x, y })
                .to_vec(),
            area: 1.0,
        };
        let b = PreparedRing {
            region: 1,
            polygon: 0,
            hole: false,
            points: [(1.0, 0.0), (2.0, 0.0), (2.0, 1.0), (1.0, 1.0), (1.0, 0.5)]
                .map(|(x, y)| Pt { x, y })
                .to_vec(),
            area: 1.0,
        };
        let topology = Topology::new(&[&a, &b], 0.0);
        assert_eq!(
            topology.arcs.len(),
            3,
            "the shared border, and each square's other three sides"
        );
        assert_eq!(topology.arcs.iter().filter(|arc| arc.rings == 2).count(), 1);
        let shared = topology.arcs.iter().find(|arc| arc.rings == 2).expect("a shared arc");
        assert_eq!(shared.vertices.len(), 3);
    }

    /// An enclave (Berlin in Brandenburg) has no junction: its ring and the hole must still be
    /// one arc, so that they stay identical whatever the tolerance.
    #[test]
    fn an_enclave_and_its_hole_stay_identical() {
        let mut rng = ChaCha8Rng::seed_from_u64(11);
        let inner: Vec<(f64, f64)> = (0..60)
            .map(|i| {
                let angle = i as f64 / 60.0 * std::f64::consts::TAU;
                let radius = 0.3 + rng.gen_range(0.0..0.05);
                (13.4 + radius * angle.cos(), 52.5 + radius * angle.sin() * 0.6)
            })
            .collect();
        let hole: Vec<(f64, f64)> = inner.iter().rev().copied().collect();
        let regions = vec![
            region("DE40", 2, vec![vec![rectangle(11.0, 51.0, 15.0, 54.0), closed(hole)]]),
            region("DE30", 2, vec![vec![closed(inner)]]),
        ];
        for tolerance in [0.0, DEFAULT_TOLERANCE, 2.0, 50.0] {
            let shapes = build(&regions, &HashMap::new(), tolerance);
            let rings = parse_path(&shapes[0].path);
            assert_eq!(rings.len(), 2, "outer ring and hole");
            let mut hole: Vec<(i64, i64)> = rings[1].iter().map(|&p| tenths(p)).collect();
            let mut berlin: Vec<(i64, i64)> = parse_path(&shapes[1].path).concat().into_iter().map(tenths).collect();
            hole.sort_unstable();
            berlin.sort_unstable();
            assert_eq!(hole, berlin, "tolerance {tolerance}");
            shapes.iter().for_each(assert_well_formed);
        }
    }

    #[test]
    fn specks_of_islands_are_dropped_but_never_a_regions_last_ring() {
        let speck = |lon: f64| rectangle(lon, 40.0, lon + 0.01, 40.01);
        let regions = vec![
            region(
                "MAIN",
                2,
                vec![vec![rectangle(10.0, 40.0, 12.0, 42.0)], vec![speck(13.0)]],
            ),
            region(
                "ROCK",
                2,
                vec![vec![speck(14.0)], vec![rectangle(15.0, 40.0, 15.005, 40.005)]],
            ),
        ];
        let shapes = build(&regions, &HashMap::new(), DEFAULT_TOLERANCE);
        assert_eq!(
            parse_path(&shapes[0].path).len(),
            1,
            "the speck beside the mainland goes"
        );
        assert_eq!(
            parse_path(&shapes[1].path).len(),
            1,
            "the larger speck stays as the region's only ring"
        );
        let rock = tenths(project(14.005, 40.005));
        let box_ = shapes[1].bbox;
        assert!(
            (box_[0] * 10.0 - 1.0..=box_[2] * 10.0 + 1.0).contains(&(rock.0 as f64)),
            "{box_:?} {rock:?}"
        );
        shapes.iter().for_each(assert_well_formed);
        // With a tolerance of zero nothing is dropped.
        let shapes = build(&regions, &HashMap::new(), 0.0);
        assert_eq!(parse_path(&shapes[0].path).len(), 2);
        assert_eq!(parse_path(&shapes[1].path).len(), 2);
    }

    #[test]
    fn a_region_flattened_by_simplification_is_refined_back() {
        // A thin triangle that a large tolerance would reduce to a line.
        let sliver = closed(vec![(10.0, 45.0), (14.0, 45.0), (12.0, 45.3)]);
        let regions = vec![region("THIN", 2, vec![vec![sliver]])];
        let shapes = build(&regions, &HashMap::new(), 100.0);
        assert_eq!(parse_path(&shapes[0].path).len(), 1);
        assert_well_formed(&shapes[0]);
    }

    #[test]
    fn regions_outside_the_frame_are_not_drawn_and_edges_are_clipped() {
        let regions = vec![
            region("FRY3", 2, vec![vec![rectangle(-54.0, 2.0, -52.0, 5.0)]]),
            region("CROSS", 2, vec![vec![rectangle(-40.0, 40.0, 20.0, 50.0)]]),
            region("NONE", 2, vec![]),
        ];
        let mut labels = HashMap::new();
        labels.insert("FRY3".to_string(), (-53.0, 4.0));
        let shapes = build(&regions, &labels, DEFAULT_TOLERANCE);
        assert_eq!(shapes[0].path, "");
        assert_eq!(shapes[0].bbox, [0.0; 4]);
        assert_eq!(
            shapes[0].label,
            project(-53.0, 4.0),
            "the given point, even outside the frame"
        );
        assert!(!shapes[1].path.is_empty());
        assert_eq!(shapes[1].bbox[0], 0.0, "cut at the left edge of the frame");
        assert_eq!(shapes[2].path, "");
        shapes.iter().for_each(assert_well_formed);
    }

    #[test]
    fn labels_come_from_the_given_points_or_fall_inside_the_region() {
        // A C shape open to the east: its extent's centre lies in the gap, outside the region.
        let c = closed(vec![
            (10.0, 40.0),
            (14.0, 40.0),
            (14.0, 41.0),
            (11.0, 41.0),
            (11.0, 43.0),
            (14.0, 43.0),
            (14.0, 44.0),
            (10.0, 44.0),
        ]);
        let regions = vec![
            region("CCCC", 2, vec![vec![c]]),
            region("SQ", 2, vec![vec![rectangle(20.0, 40.0, 22.0, 42.0)]]),
        ];
        let mut labels = HashMap::new();
        labels.insert("SQ".to_string(), (21.5, 41.5));
        let shapes = build(&regions, &labels, DEFAULT_TOLERANCE);
        let (x, y) = shapes[0].label;
        let left = project(11.0, 42.0).0;
        assert!(x < left, "label {x},{y} should be in the C's back, west of {left}");
        assert!(y > shapes[0].bbox[1] && y < shapes[0].bbox[3]);
        assert_eq!(shapes[1].label, project(21.5, 41.5));
    }

    #[test]
    fn levels_are_simplified_separately_in_one_call() {
        let regions = vec![
            region("AA", 0, vec![vec![rectangle(8.0, 48.0, 12.0, 52.0)]]),
            region("AA1", 1, vec![vec![rectangle(8.0, 48.0, 10.0, 52.0)]]),
            region("AA2", 1, vec![vec![rectangle(10.0, 48.0, 12.0, 52.0)]]),
        ];
        let together = build(&regions, &HashMap::new(), 1.0);
        let mut apart = build(&regions[..1], &HashMap::new(), 1.0);
        apart.extend(build(&regions[1..], &HashMap::new(), 1.0));
        assert_eq!(together, apart);
    }

    #[test]
    fn path_data_is_minimal_and_relative_steps_add_up() {
        let rings = vec![
            vec![(15, 20), (20, 25), (10, 25), (10, 5)],
            vec![(9990, 8500), (10000, 8500), (10000, 8490)],
        ];
        let data = write_path(&rings);
        assert_eq!(data, "M1.5 2l.5.5-1 0 0-2zM999 850l1 0 0-1z");
        let parsed = parse_path(&data);
        for (ring, written) in rings.iter().zip(&parsed) {
            assert_eq!(ring.len(), written.len());
            for (&(x, y), &(px, py)) in ring.iter().zip(written) {
                assert!((x as f64 / 10.0 - px).abs() < 0.1 && (y as f64 / 10.0 - py).abs() < 0.1);
            }
        }
    }

    #[test]
    fn long_paths_do_not_drift() {
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        let points: Vec<Pt> = (0..5000)
            .map(|_| Pt {
                x: rng.gen_range(0.0..FRAME_WIDTH),
                y: rng.gen_range(0.0..FRAME_HEIGHT),
            })
            .collect();
        let ring = rounded(&points).expect("a ring");
        let parsed = parse_path(&write_path(std::slice::from_ref(&ring)));
        assert_eq!(parsed[0].len(), ring.len());
        for (p, written) in points.iter().zip(&parsed[0]) {
            assert!((p.x - written.0).abs() <= 0.05 + 1e-9 && (p.y - written.1).abs() <= 0.05 + 1e-9);
        }
    }

    /// A tiling of cells with wiggly shared edges, reaching beyond the frame on every side: after
    /// simplification and clipping, every edge must be walked back by a neighbour, or lie on the
    /// frame's border. A gap or a sliver would leave an edge without its twin.
    #[test]
    fn a_tiling_stays_a_tiling() {
        let mut rng = ChaCha8Rng::seed_from_u64(2024);
        let (columns, rows) = (24usize, 16usize);
        let lon = |i: usize| -80.0 + 180.0 * i as f64 / columns as f64;
        let lat = |j: usize| 10.0 + 78.0 * j as f64 / rows as f64;
        let mut node = vec![vec![(0.0, 0.0); rows + 1]; columns + 1];
        for (i, column) in node.iter_mut().enumerate() {
            for (j, p) in column.iter_mut().enumerate() {
                *p = (lon(i) + rng.gen_range(-2.0..2.0), lat(j) + rng.gen_range(-1.0..1.0));
            }
        }
        // Wiggly polylines between nodes, stored once per edge so both cells use the same points.
        type Node = (usize, usize);
        let mut edges: HashMap<(Node, Node), Vec<(f64, f64)>> = HashMap::new();
        let mut edge = |a: (usize, usize), b: (usize, usize)| -> Vec<(f64, f64)> {
            let key = if a < b { (a, b) } else { (b, a) };
            let line = edges
                .entry(key)
                .or_insert_with(|| {
                    let (p, q) = (node[key.0 .0][key.0 .1], node[key.1 .0][key.1 .1]);
                    let mut line = vec![p];
                    for k in 1..12 {
                        let t = k as f64 / 12.0;
                        line.push((
                            p.0 + t * (q.0 - p.0) + rng.gen_range(-0.3..0.3),
                            p.1 + t * (q.1 - p.1) + rng.gen_range(-0.3..0.3),
                        ));
                    }
                    line.push(q);
                    line
                })
                .clone();
            if a < b {
                line
            } else {
                line.into_iter().rev().collect()
            }
        };
        let mut regions = Vec::new();
        for i in 0..columns {
            for j in 0..rows {
                let corners = [(i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1)];
                let mut ring = Vec::new();
                for k in 0..4 {
                    let line = edge(corners[k], corners[(k + 1) % 4]);
                    ring.extend_from_slice(&line[..line.len() - 1]);
                }
                regions.push(region(&format!("C{i}_{j}"), 2, vec![vec![closed(ring)]]));
            }
        }
        for tolerance in [0.0, DEFAULT_TOLERANCE, 3.0] {
            let shapes = build(&regions, &HashMap::new(), tolerance);
            type Vertex = (i64, i64);
            let mut directed: HashMap<(Vertex, Vertex), usize> = HashMap::new();
            for shape in &shapes {
                assert_well_formed(shape);
                for ring in parse_path(&shape.path) {
                    let ring: Vec<(i64, i64)> = ring.into_iter().map(tenths).collect();
                    for k in 0..ring.len() {
                        *directed.entry((ring[k], ring[(k + 1) % ring.len()])).or_default() += 1;
                    }
                }
            }
            let on_frame = |a: (i64, i64), b: (i64, i64)| {
                (a.0 == b.0 && (a.0 == 0 || a.0 == 10_000)) || (a.1 == b.1 && (a.1 == 0 || a.1 == 8_500))
            };
            let drawn = shapes.iter().filter(|s| !s.path.is_empty()).count();
            assert!(drawn > 50, "{drawn} cells drawn");
            for (&(a, b), &count) in &directed {
                assert!(
                    on_frame(a, b) || directed.get(&(b, a)) == Some(&count),
                    "tolerance {tolerance}: edge {a:?}→{b:?} has no twin"
                );
            }
        }
    }

    #[test]
    fn hostile_input_does_not_panic() {
        let nested = "[".repeat(100_000);
        let texts = [
            "",
            "null",
            "{}",
            "[]",
            "{\"type\":\"FeatureCollection\",\"features\":[]}",
            "{\"type\":\"FeatureCollection\",\"features\":[1,null,{},{\"geometry\":5}]}",
            "{\"type\":\"FeatureCollection\",\"features\":[{\"properties\":{\"NUTS_ID\":\"A\",\"LEVL_CODE\":0},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[]}}]}",
            "{\"type\":\"FeatureCollection\",\"features\":[{\"properties\":{\"NUTS_ID\":\"A\",\"LEVL_CODE\":0},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[[]]]}}]}",
            "{\"type\":\"FeatureCollection\",\"features\":[{\"properties\":{\"NUTS_ID\":\"A\",\"LEVL_CODE\":0},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[1e400,0],[1,0],[1,1],[1e400,0]]]}}]}",
            "{\"type\":\"FeatureCollection\",\"features\":[{\"properties\":{\"NUTS_ID\":\"A\",\"LEVL_CODE\":18446744073709551616},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[]}}]}",
            nested.as_str(),
        ];
        for text in texts {
            if let Ok(regions) = read_regions(text) {
                for shape in build(&regions, &HashMap::new(), DEFAULT_TOLERANCE) {
                    assert_well_formed(&shape);
                }
            }
            let _ = read_labels(text);
        }
        let multipolygon_without_polygons = read_regions(texts[6]).expect("an empty MultiPolygon is allowed");
        assert!(multipolygon_without_polygons[0].rings.is_empty());

        let odd = vec![
            region(
                "NAN",
                1,
                vec![vec![closed(vec![
                    (f64::NAN, 50.0),
                    (10.0, f64::INFINITY),
                    (11.0, 50.0),
                    (10.0, 51.0),
                ])]],
            ),
            region(
                "HUGE",
                1,
                vec![vec![closed(vec![
                    (1e308, 1e308),
                    (-1e308, 50.0),
                    (11.0, -1e308),
                    (10.0, 51.0),
                ])]],
            ),
            region("EMPTY", 1, vec![vec![], vec![vec![]], vec![vec![(10.0, 50.0)]]]),
            region("SAME", 1, vec![vec![vec![(10.0, 50.0); 8]]]),
            region(
                "LINE",
                1,
                vec![vec![closed(vec![(10.0, 50.0), (11.0, 50.0), (12.0, 50.0)])]],
            ),
            region(
                "SPIKE",
                1,
                vec![vec![closed(vec![
                    (10.0, 50.0),
                    (11.0, 50.0),
                    (10.0, 50.0),
                    (10.0, 51.0),
                ])]],
            ),
            region("ANTI", 1, vec![vec![rectangle(-171.0, -53.0, -169.0, -51.0)]]),
            region("POLE", 1, vec![vec![rectangle(-180.0, -90.0, 180.0, 90.0)]]),
            region("NAN", 1, vec![vec![rectangle(9.0, 49.0, 12.0, 52.0)]]),
        ];
        let mut labels = HashMap::new();
        labels.insert("NAN".to_string(), (f64::NAN, f64::NAN));
        labels.insert("HUGE".to_string(), (1e308, -1e308));
        for tolerance in [0.0, DEFAULT_TOLERANCE, 1e9, f64::INFINITY, f64::NAN, -1.0] {
            let shapes = build(&odd, &labels, tolerance);
            assert_eq!(shapes.len(), odd.len());
            shapes.iter().for_each(assert_well_formed);
        }
        assert!(build(&[], &labels, DEFAULT_TOLERANCE).is_empty());
    }

    #[test]
    fn random_regions_give_well_formed_shapes() {
        let mut rng = ChaCha8Rng::seed_from_u64(99);
        for round in 0..30 {
            let mut regions = Vec::new();
            for r in 0..12 {
                let mut polygons = Vec::new();
                for _ in 0..rng.gen_range(0..3) {
                    let mut rings = Vec::new();
                    for _ in 0..rng.gen_range(0..3) {
                        let (clon, clat) = (rng.gen_range(-40.0..60.0), rng.gen_range(20.0..80.0));
                        let size = rng.gen_range(0.001..20.0);
                        let ring: Vec<(f64, f64)> = (0..rng.gen_range(0..25))
                            .map(|_| (clon + rng.gen_range(-size..size), clat + rng.gen_range(-size..size)))
                            .collect();
                        rings.push(closed(ring));
                    }
                    polygons.push(rings);
                }
                regions.push(region(&format!("R{r}"), rng.gen_range(0..4), polygons));
            }
            let tolerance = [0.0, DEFAULT_TOLERANCE, 2.0, 40.0][round % 4];
            for shape in build(&regions, &HashMap::new(), tolerance) {
                assert_well_formed(&shape);
            }
        }
    }
}

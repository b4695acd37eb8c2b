//! Maps and charts written as SVG text, for inline use in HTML pages and as `.svg` files.
//!
//! Every drawing:
//! - works without JavaScript and prints: it is plain markup, coloured with presentation
//!   attributes only (`fill`, `stroke`, `font-size`, …), since the site's Content-Security-Policy
//!   forbids `style` attributes and elements; it sets no `font-family`, so inline SVG takes the
//!   page's font;
//! - is an image to assistive technology (a group when it holds links, which an image's
//!   presentational children could not be): `role="img"` and `aria-labelledby` naming its own
//!   `<title>` (and `<desc>` when one is given), with ids `{id}-title` and `{id}-desc` from the
//!   caller's prefix; the page puts the figures in a table beside it, so the drawing itself need
//!   not be navigable. What links somewhere is an `<a href>` whose first child is a `<title>`, so it
//!   can be reached with the keyboard and has a name;
//! - escapes every text it is given (see [`escape`]) and links only to relative, `http(s):` and
//!   `mailto:` addresses (another scheme such as `javascript:` draws the item without its link);
//! - writes numbers with at most one decimal, never `NaN`, `inf` or `-0`: non-finite and negative
//!   figures count as 0, non-finite coordinates drop the item or fall back to a default.
//!
//! Classes for the site's stylesheet (for `:hover` and `:focus` outlines; when an item links, the
//! focused element is the `<a>` around it, e.g. `a:focus-visible > .map-region`):
//! `map-region` (a region's `<path>`), `map-marker` (a marker's `<circle>`), `chart-bar` (a bar's or
//! column's `<rect>`), `net-node` (a node's `<circle>` or `<rect>`), `net-edge` (an edge's `<line>`).
//!
//! Maps and charts have a `viewBox` but no `width` or `height`, so they fill their container's
//! width and keep their proportions; the legend alone has a fixed size, being small.

use std::borrow::Cow;
use std::fmt::{self, Write as _};

use crate::classes::{BACKGROUND, NO_DATA, OUTLINE, PALETTE};
use crate::geo::{FRAME_HEIGHT, FRAME_WIDTH};

/// Text colour: 15.9:1 on white.
const TEXT: &str = "#222222";
/// Bars, columns and nodes: the fourth palette class, 4.3:1 on white, so that a bar's length reads
/// against the page (graphical objects need 3:1) and the charts match the maps.
const BAR: &str = PALETTE[3];
/// Gridlines only guide the eye; the tick texts carry the values, so they may be light.
const GRID: &str = "#dddddd";
/// The zero line of a column chart: 4.5:1 on white.
const AXIS: &str = "#767676";
/// Emphasised network node: orange, the colour that stays apart from blue for every kind of colour
/// blindness; 3.8:1 on white. It also gets a black ring and a bold label, so the emphasis does not
/// depend on colour alone.
const FOCUS: &str = "#d95f02";
/// Markers on a map: near-black with a white ring, visible on every class.
const MARKER: &str = "#1a1a1a";

/// Coordinates and sizes are clamped to ±this before they are written, so that a wild figure
/// cannot blow a number up to hundreds of digits.
const NUMBER_LIMIT: f64 = 1e9;

/// Labels longer than this many characters are cut with an ellipsis in bar charts and networks;
/// the full text stays in the item's `<title>`.
const LABEL_CHARS: usize = 28;
/// Value texts of bars are short figures; a longer one is cut the same way.
const VALUE_CHARS: usize = 20;

/// Width of the bar and column charts' viewBox. The drawings scale with their container, text
/// included, so this sets the text's share of the width: 14 units in 520 give 14-pixel text in a
/// 520-pixel column and still 9.6 pixels on a 390-pixel phone (358 pixels of content), while
/// leaving a bar chart with 28-character labels about 200 units for its bars. A page that shows
/// charts in a wide column may cap their width (e.g. `max-width: 40rem` on a wrapper) so that
/// the text does not grow beyond that.
const CHART_WIDTH: f64 = 520.0;
const CHART_FONT: f64 = 14.0;

const NETWORK_WIDTH: f64 = 1000.0;
const NETWORK_HEIGHT: f64 = 700.0;
/// Labels are drawn for the focus and this many of the heaviest other nodes.
const NETWORK_LABELS: usize = 25;

/// One region of a choropleth. `path` is SVG path data in frame coordinates ([`crate::geo::Shape`]
/// `path`); `class` a palette index (0 light to 4 dark, see [`crate::classes::shade`]), `None` for
/// no figure; `title` names the region (and its figure) for the tooltip and the link.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapArea<'a> {
    pub path: &'a str,
    pub class: Option<usize>,
    pub href: Option<&'a str>,
    pub title: &'a str,
}

/// A point on a map (an organisation, an event) in frame coordinates, e.g. from
/// [`crate::geo::project`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Marker<'a> {
    pub x: f64,
    pub y: f64,
    pub href: &'a str,
    pub title: &'a str,
}

/// A short text (a figure, a code) centred on a point in frame coordinates, e.g. a region's
/// [`crate::geo::Shape`] `label` point; meant for zoomed-in maps, where it has room.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapLabel<'a> {
    pub x: f64,
    pub y: f64,
    pub text: &'a str,
}

/// A choropleth map.
///
/// Regions are filled by class (no figure: [`NO_DATA`]) with a thin grey outline that stays thin
/// when zoomed (`vector-effect="non-scaling-stroke"`); `background` paths (neighbouring countries
/// without figures) come first, in a light neutral, without links; then the `areas` (a region with
/// an `href` is a link named by its title; one without has its title as tooltip), then `markers` as
/// small dark circles with a white ring, then `labels` with a white halo so they read on any class.
/// Markers and labels keep the same size on screen whatever the zoom: their radius and font size are
/// a fixed share of the viewBox width.
///
/// `view_box` is `(x, y, width, height)` in frame units (the whole frame is `(0, 0, FRAME_WIDTH,
/// FRAME_HEIGHT)`; [`zoom`] makes one around a region's bbox); a non-finite one or one less than a
/// unit wide or high is taken as the whole frame. Empty paths are skipped.
#[allow(clippy::too_many_arguments)]
pub fn choropleth(
    id: &str,
    title: &str,
    desc: &str,
    view_box: (f64, f64, f64, f64),
    background: &[&str],
    areas: &[MapArea],
    markers: &[Marker],
    labels: &[MapLabel],
) -> String {
    // Below one unit (5 km) a view shows nothing of a 1:20 million map, and would round to 0.
    let (x, y, w, h) = if [view_box.0, view_box.1, view_box.2, view_box.3]
        .iter()
        .all(|v| v.is_finite())
        && view_box.2 >= 1.0
        && view_box.3 >= 1.0
    {
        view_box
    } else {
        (0.0, 0.0, FRAME_WIDTH, FRAME_HEIGHT)
    };
    let paths: usize = background.iter().map(|p| p.len()).sum::<usize>()
        + areas.iter().map(|a| a.path.len() + a.title.len() + 120).sum::<usize>();
    let mut out = String::with_capacity(paths + markers.len() * 120 + labels.len() * 60 + 600);
    open(&mut out, id, title, desc, (x, y, w, h), None);

    if background.iter().any(|p| !p.is_empty()) {
        let _ = write!(
            out,
            r##"<g fill="{BACKGROUND}" stroke="#c4c4c4" stroke-width="0.5" stroke-linejoin="round" fill-rule="evenodd">"##
        );
        for path in background.iter().filter(|p| !p.is_empty()) {
            let _ = write!(
                out,
                r#"<path d="{}" vector-effect="non-scaling-stroke"/>"#,
                escape(path)
            );
        }
        out.push_str("</g>\n");
    }

    // Outline 0.6 screen pixels wide: separates neighbours without eating small regions; grey, so
    // that the lightest class still has an edge against the white page.
    let _ = write!(
        out,
        r#"<g stroke="{OUTLINE}" stroke-width="0.6" stroke-linejoin="round" fill-rule="evenodd">"#
    );
    for area in areas.iter().filter(|a| !a.path.is_empty()) {
        let fill = area.class.map_or(NO_DATA, |c| PALETTE[c.min(PALETTE.len() - 1)]);
        let title = escape(area.title);
        let path = escape(area.path);
        match area.href.and_then(safe_href) {
            Some(href) => {
                let _ = write!(
                    out,
                    r#"<a href="{}"><title>{title}</title><path class="map-region" fill="{fill}" d="{path}" vector-effect="non-scaling-stroke"/></a>"#,
                    escape(href)
                );
            }
            None => {
                let _ = write!(
                    out,
                    r#"<path class="map-region" fill="{fill}" d="{path}" vector-effect="non-scaling-stroke"><title>{title}</title></path>"#
                );
            }
        }
        out.push('\n');
    }
    out.push_str("</g>\n");

    let markers: Vec<&Marker> = markers.iter().filter(|m| m.x.is_finite() && m.y.is_finite()).collect();
    if !markers.is_empty() {
        // 0.6 % of the view's width: 6 pixels on a 1000-pixel map, 2 on a phone, whatever the zoom.
        let r = N(w * 0.006);
        let _ = write!(out, r##"<g fill="{MARKER}" stroke="#ffffff" stroke-width="1">"##);
        for m in markers {
            let title = escape(m.title);
            let circle = format!(
                r#"<circle class="map-marker" cx="{}" cy="{}" r="{r}" vector-effect="non-scaling-stroke""#,
                N(m.x),
                N(m.y)
            );
            match safe_href(m.href) {
                Some(href) => {
                    let _ = write!(
                        out,
                        r#"<a href="{}"><title>{title}</title>{circle}/></a>"#,
                        escape(href)
                    );
                }
                None => {
                    let _ = write!(out, "{circle}><title>{title}</title></circle>");
                }
            }
            out.push('\n');
        }
        out.push_str("</g>\n");
    }

    let labels: Vec<&MapLabel> = labels
        .iter()
        .filter(|l| l.x.is_finite() && l.y.is_finite() && !l.text.is_empty())
        .collect();
    if !labels.is_empty() {
        // 1.6 % of the view's width: 16 pixels on a 1000-pixel map, 6 on a phone (where the table
        // beside gives the figures); the white halo (drawn under the letters by paint-order) keeps
        // them readable on dark classes, borders and markers.
        let size = w * 0.016;
        let _ = write!(
            out,
            r##"<g font-size="{}" text-anchor="middle" fill="{TEXT}" stroke="#ffffff" stroke-width="{}" stroke-linejoin="round" paint-order="stroke" pointer-events="none">"##,
            N(size),
            N(size * 0.25)
        );
        for l in labels {
            // Baseline 0.35 em below the point centres the digits on it.
            let _ = write!(
                out,
                r#"<text x="{}" y="{}">{}</text>"#,
                N(l.x),
                N(l.y + size * 0.35),
                escape(l.text)
            );
        }
        out.push_str("</g>\n");
    }
    out.push_str("</svg>\n");
    with_role(out)
}

/// A `view_box` for [`choropleth`] that shows `bbox` (`min_x, min_y, max_x, max_y` in frame units,
/// e.g. a region's [`crate::geo::Shape`] `bbox`, or the union of several) with `margin` (a share of
/// its larger side, e.g. 0.05) around it, widened to the proportions of the whole frame so that a
/// tall country does not make a map taller than a screen, and at least 60 units (300 km) wide so
/// that a city region is shown with its surroundings. An empty or non-finite bbox gives the whole
/// frame.
pub fn zoom(bbox: [f64; 4], margin: f64) -> (f64, f64, f64, f64) {
    const MIN_WIDTH: f64 = 60.0;
    let [x0, y0, x1, y1] = bbox;
    if !bbox.iter().all(|v| v.is_finite()) || x1 <= x0 || y1 <= y0 {
        return (0.0, 0.0, FRAME_WIDTH, FRAME_HEIGHT);
    }
    let margin = if margin.is_finite() {
        margin.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let pad = margin * (x1 - x0).max(y1 - y0);
    let (mut w, mut h) = (x1 - x0 + 2.0 * pad, y1 - y0 + 2.0 * pad);
    let aspect = FRAME_WIDTH / FRAME_HEIGHT;
    if w / h < aspect {
        w = h * aspect;
    } else {
        h = w / aspect;
    }
    if w < MIN_WIDTH {
        (w, h) = (MIN_WIDTH, MIN_WIDTH / aspect);
    }
    ((x0 + x1 - w) / 2.0, (y0 + y1 - h) / 2.0, w, h)
}

/// The legend of a choropleth as its own small SVG: one row per swatch, a square of the class's
/// colour (a palette index, see [`MapArea`]) with its text (the caller formats the ranges in the
/// reader's language, e.g. "0", "1–10", "11–50"), and a last row for regions without figures when
/// `no_data` gives its text. Unlike the other drawings it has a fixed `width` and `height` (its
/// natural size in CSS pixels), being small enough for any screen; the width is estimated from the
/// texts' lengths, since the server cannot measure the page's font.
pub fn legend(id: &str, title: &str, swatches: &[(usize, &str)], no_data: Option<&str>) -> String {
    const ROW: f64 = 24.0;
    const SWATCH_W: f64 = 28.0;
    const SWATCH_H: f64 = 16.0;
    let rows: Vec<(&str, &str)> = swatches
        .iter()
        .map(|&(class, text)| (PALETTE[class.min(PALETTE.len() - 1)], text))
        .chain(no_data.map(|text| (NO_DATA, text)))
        .collect();
    let widest = rows
        .iter()
        .map(|(_, text)| text_width(text, CHART_FONT))
        .fold(0.0, f64::max);
    let width = (SWATCH_W + 10.0 + widest + 4.0).ceil();
    let height = (rows.len() as f64 * ROW).max(ROW);
    let mut out = String::with_capacity(400 + rows.len() * 160);
    open(
        &mut out,
        id,
        title,
        "",
        (0.0, 0.0, width, height),
        Some((width, height)),
    );
    let _ = writeln!(
        out,
        r#"<g font-size="{}" fill="{TEXT}" stroke="{OUTLINE}">"#,
        N(CHART_FONT)
    );
    for (i, (fill, text)) in rows.iter().enumerate() {
        let top = i as f64 * ROW + (ROW - SWATCH_H) / 2.0;
        // The half-unit offsets put the one-unit outline on whole pixels, crisp at 1:1.
        let _ = writeln!(
            out,
            r#"<rect x="0.5" y="{}" width="{SWATCH_W}" height="{SWATCH_H}" fill="{fill}"/><text x="{}" y="{}" stroke="none">{}</text>"#,
            N(top + 0.5),
            N(SWATCH_W + 10.0),
            N(top + SWATCH_H / 2.0 + CHART_FONT * 0.35),
            escape(text)
        );
    }
    out.push_str("</g>\n</svg>\n");
    with_role(out)
}

/// One bar of a [`bar_chart`]: `value` sets the length, `value_text` is what is written after the
/// bar (formatted by the caller for the reader's locale).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bar<'a> {
    pub label: &'a str,
    pub value: f64,
    pub value_text: &'a str,
    pub href: Option<&'a str>,
}

/// A horizontal bar chart, for categories with long names (organisation types, technologies,
/// countries): the label right-aligned on the left (cut with an ellipsis after 28 characters), the
/// bar, the value text after it; bars scaled to the largest value, in the input order; the height
/// grows with the number of bars (28 units each). Each row is one `<a>` (with an `href`) or `<g>`
/// whose `<title>` is "label: value_text" with the full label, so the label, the bar and the figure
/// are all one link.
pub fn bar_chart(id: &str, title: &str, desc: &str, bars: &[Bar]) -> String {
    const ROW: f64 = 28.0;
    const BAR_H: f64 = 18.0;
    const PAD: f64 = 6.0;
    let labels: Vec<Cow<str>> = bars.iter().map(|b| ellipsis(b.label, LABEL_CHARS)).collect();
    let values: Vec<Cow<str>> = bars.iter().map(|b| ellipsis(b.value_text, VALUE_CHARS)).collect();
    let label_w = labels
        .iter()
        .map(|l| text_width(l, CHART_FONT))
        .fold(0.0, f64::max)
        .ceil();
    let value_w = values
        .iter()
        .map(|v| text_width(v, CHART_FONT))
        .fold(0.0, f64::max)
        .ceil();
    let bar_x = label_w + 2.0 * PAD;
    // Bars get what the texts leave, but at least 80 units: with very wide texts (capitals, CJK)
    // the drawing widens instead of cutting the figures off.
    let bar_room = (CHART_WIDTH - bar_x - value_w - 2.0 * PAD).max(80.0);
    let width = (bar_x + bar_room + value_w + 2.0 * PAD).ceil();
    let max = bars.iter().map(|b| clean(b.value)).fold(0.0, f64::max);
    let height = (bars.len() as f64 * ROW + 2.0 * PAD).max(ROW);
    let mut out = String::with_capacity(500 + bars.len() * 260);
    open(&mut out, id, title, desc, (0.0, 0.0, width, height), None);
    let _ = writeln!(out, r#"<g font-size="{}" fill="{TEXT}">"#, N(CHART_FONT));
    for (i, bar) in bars.iter().enumerate() {
        let top = PAD + i as f64 * ROW + (ROW - BAR_H) / 2.0;
        let baseline = top + BAR_H / 2.0 + CHART_FONT * 0.35;
        let value = clean(bar.value);
        // A positive figure is never drawn as nothing: at least one unit, a visible sliver.
        let length = if max > 0.0 && value > 0.0 {
            (value / max * bar_room).max(1.0)
        } else {
            0.0
        };
        let name = format!("{}: {}", bar.label, bar.value_text);
        open_item(&mut out, bar.href, &name);
        let _ = writeln!(
            out,
            r#"<text x="{}" y="{}" text-anchor="end">{}</text><rect class="chart-bar" x="{}" y="{}" width="{}" height="{BAR_H}" fill="{BAR}"/><text x="{}" y="{}">{}</text>"#,
            N(label_w + PAD),
            N(baseline),
            escape(&labels[i]),
            N(bar_x),
            N(top),
            N(length),
            N(bar_x + length + PAD),
            N(baseline),
            escape(&values[i])
        );
        close_item(&mut out, bar.href);
    }
    out.push_str("</g>\n</svg>\n");
    with_role(out)
}

/// One column of a [`column_chart`]: a period's label (e.g. "2024" or "Mar 2025"), its value and
/// the value as the reader should see it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Column<'a> {
    pub label: &'a str,
    pub value: f64,
    pub value_text: &'a str,
}

/// A column chart over time: columns left to right in the input order, each with a `<title>`
/// "label: value_text"; x labels under them, only every n-th when they would overlap otherwise (n
/// from 1, 2, 3, 4, 6, 12 and multiples of 12, which suits months; the first is always shown); a
/// y axis with 3 to 5 gridlines above zero at nice steps (1, 2, 2.5 or 5 × 10ⁿ; whole numbers
/// only when every value is whole, so counts do not get "2.5" ticks, which leaves fewer lines for
/// counts below 3), their texts from `tick_text` (the caller formats numbers in the reader's
/// locale). All values 0 or none: the zero line alone.
pub fn column_chart(
    id: &str,
    title: &str,
    desc: &str,
    columns: &[Column],
    tick_text: &dyn Fn(f64) -> String,
) -> String {
    const PLOT_H: f64 = 240.0;
    const TOP: f64 = 12.0;
    const LABEL_ROW: f64 = 26.0;
    const GAP: f64 = 8.0;
    let values: Vec<f64> = columns.iter().map(|c| clean(c.value)).collect();
    let max = values.iter().copied().fold(0.0, f64::max);
    let integral = values.iter().all(|v| v.fract() == 0.0);
    let ticks = ticks(max, integral);
    let top_value = ticks.last().copied().unwrap_or(0.0);
    let tick_texts: Vec<String> = ticks
        .iter()
        .map(|&t| ellipsis(&tick_text(t), VALUE_CHARS).into_owned())
        .collect();
    let left = tick_texts
        .iter()
        .map(|t| text_width(t, CHART_FONT))
        .fold(0.0, f64::max)
        .ceil()
        + GAP * 1.5;
    let right = GAP;
    let plot_w = (CHART_WIDTH - left - right).max(40.0);
    let baseline_y = TOP + PLOT_H;
    let height = baseline_y + LABEL_ROW;
    let y_of = |v: f64| {
        if top_value > 0.0 {
            baseline_y - v / top_value * PLOT_H
        } else {
            baseline_y
        }
    };

    let mut out = String::with_capacity(900 + columns.len() * 200);
    open(&mut out, id, title, desc, (0.0, 0.0, CHART_WIDTH, height), None);

    // Gridlines and tick texts; the zero line is drawn after the columns, over their feet.
    let _ = write!(out, r#"<g stroke="{GRID}">"#);
    for &t in ticks.iter().filter(|&&t| t > 0.0) {
        let _ = write!(
            out,
            r#"<line x1="{}" x2="{}" y1="{y}" y2="{y}"/>"#,
            N(left),
            N(left + plot_w),
            y = N(y_of(t))
        );
    }
    out.push_str("</g>\n");
    let _ = write!(
        out,
        r#"<g font-size="{}" fill="{TEXT}" text-anchor="end">"#,
        N(CHART_FONT)
    );
    for (&t, text) in ticks.iter().zip(&tick_texts) {
        let _ = write!(
            out,
            r#"<text x="{}" y="{}">{}</text>"#,
            N(left - GAP),
            N(y_of(t) + CHART_FONT * 0.35),
            escape(text)
        );
    }
    out.push_str("</g>\n");

    let n = columns.len();
    if n > 0 {
        let slot = plot_w / n as f64;
        // A fifth of each slot as the gap between columns, none when columns get thinner than 3
        // units: then gaps would only flicker.
        let (inset, width) = if slot >= 3.0 {
            (slot * 0.1, slot * 0.8)
        } else {
            (0.0, slot)
        };
        let _ = writeln!(out, r#"<g fill="{BAR}">"#);
        for (i, (column, &value)) in columns.iter().zip(&values).enumerate() {
            let top = y_of(value);
            let _ = writeln!(
                out,
                r#"<rect class="chart-bar" x="{}" y="{}" width="{}" height="{}"><title>{}: {}</title></rect>"#,
                N(left + i as f64 * slot + inset),
                N(top),
                N(width),
                N(baseline_y - top),
                escape(column.label),
                escape(column.value_text)
            );
        }
        out.push_str("</g>\n");

        // Every n-th label, n the first of 1, 2, 3, 4, 6, 12, 24, 36… whose n slots hold the
        // widest label and a gap: monthly series then show quarters, half years or years rather
        // than every fifth or seventh month.
        let labels: Vec<Cow<str>> = columns.iter().map(|c| ellipsis(c.label, LABEL_CHARS)).collect();
        let widest = labels.iter().map(|l| text_width(l, CHART_FONT)).fold(0.0, f64::max);
        let needed = ((widest + GAP * 2.0) / slot).ceil().clamp(1.0, n as f64) as usize;
        let every = [1, 2, 3, 4, 6, 12]
            .into_iter()
            .find(|&e| e >= needed)
            .unwrap_or_else(|| needed.div_ceil(12) * 12);
        let _ = write!(
            out,
            r#"<g font-size="{}" fill="{TEXT}" text-anchor="middle">"#,
            N(CHART_FONT)
        );
        for (i, label) in labels.iter().enumerate().step_by(every) {
            // Centred under its column, but moved in so that the first and last stay inside.
            let half = text_width(label, CHART_FONT) / 2.0;
            let centre = (left + (i as f64 + 0.5) * slot).clamp(half, (CHART_WIDTH - half).max(half));
            let _ = write!(
                out,
                r#"<text x="{}" y="{}">{}</text>"#,
                N(centre),
                N(baseline_y + LABEL_ROW - 8.0),
                escape(label)
            );
        }
        out.push_str("</g>\n");
    }
    let _ = writeln!(
        out,
        r#"<line x1="{}" x2="{}" y1="{y}" y2="{y}" stroke="{AXIS}"/>"#,
        N(left),
        N(left + plot_w),
        y = N(baseline_y)
    );
    out.push_str("</svg>\n");
    with_role(out)
}

/// One node of a [`network`]: `x`, `y` in the unit square (as [`crate::network::layout`] gives
/// them), `weight` its size (e.g. projects), `group` for an aggregate node ("others in Germany"),
/// drawn as a dashed square; `focus` for the node the page is about, drawn in orange with a black
/// ring and a bold label; `label_left` puts the label on the node's left
/// ([`crate::network::label_sides`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NetNode<'a> {
    pub x: f64,
    pub y: f64,
    pub label: &'a str,
    pub weight: f64,
    pub href: Option<&'a str>,
    pub group: bool,
    pub focus: bool,
    pub label_left: bool,
}

/// An edge of a [`network`] between nodes `a` and `b` (indices into the nodes).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NetEdge {
    pub a: usize,
    pub b: usize,
    pub weight: f64,
}

/// A network drawing in a 1000 × 700 viewBox: edges as grey lines whose width and opacity grow with
/// their weight (relative to the heaviest; edges with an end out of range, a loop or a weight that
/// is not positive are skipped), lighter ones under heavier ones; nodes as circles whose area grows
/// with their weight, larger ones under smaller ones so that none hides another completely;
/// labels for the focus nodes and the 25 heaviest others only, each placed on its preferred side,
/// else the other, and left out when it would overlap a label already placed or leave the frame
/// (every node is named by its `<title>` anyway). A node with an `href` is a link. Non-finite
/// positions are taken as the centre.
pub fn network(id: &str, title: &str, desc: &str, nodes: &[NetNode], edges: &[NetEdge]) -> String {
    const MARGIN: f64 = 24.0;
    const FONT: f64 = 16.0;
    const R_MIN: f64 = 3.0;
    const R_MAX: f64 = 20.0;
    let inner = (NETWORK_WIDTH - 2.0 * MARGIN, NETWORK_HEIGHT - 2.0 * MARGIN);
    let unit = |v: f64| if v.is_finite() { v.clamp(0.0, 1.0) } else { 0.5 };
    let points: Vec<(f64, f64)> = nodes
        .iter()
        .map(|n| (MARGIN + unit(n.x) * inner.0, MARGIN + unit(n.y) * inner.1))
        .collect();
    let max_weight = nodes.iter().map(|n| clean(n.weight)).fold(0.0, f64::max);
    let radius: Vec<f64> = nodes
        .iter()
        .map(|n| {
            if max_weight > 0.0 {
                R_MIN + (R_MAX - R_MIN) * (clean(n.weight) / max_weight).sqrt()
            } else {
                R_MIN
            }
        })
        .collect();

    let mut out = String::with_capacity(600 + edges.len() * 90 + nodes.len() * 200);
    open(
        &mut out,
        id,
        title,
        desc,
        (0.0, 0.0, NETWORK_WIDTH, NETWORK_HEIGHT),
        None,
    );

    let mut kept: Vec<&NetEdge> = edges
        .iter()
        .filter(|e| e.a < nodes.len() && e.b < nodes.len() && e.a != e.b && clean(e.weight) > 0.0)
        .collect();
    kept.sort_by(|p, q| p.weight.total_cmp(&q.weight));
    let max_edge = kept.last().map_or(0.0, |e| clean(e.weight));
    if !kept.is_empty() {
        let _ = writeln!(out, r##"<g stroke="#707070" stroke-linecap="round">"##);
        for e in kept {
            let share = clean(e.weight) / max_edge;
            let ((x1, y1), (x2, y2)) = (points[e.a], points[e.b]);
            let _ = writeln!(
                out,
                r#"<line class="net-edge" x1="{}" y1="{}" x2="{}" y2="{}" stroke-width="{}" stroke-opacity="{}"/>"#,
                N(x1),
                N(y1),
                N(x2),
                N(y2),
                N(0.8 + 4.2 * share),
                // Opacity in tenths, seven steps from 0.3 to 0.9: enough to tell weights apart.
                N(0.3 + 0.6 * share)
            );
        }
        out.push_str("</g>\n");
    }

    // Heaviest first, so smaller nodes are drawn over larger ones; the focus last of all.
    let mut order: Vec<usize> = (0..nodes.len()).collect();
    order.sort_by(|&i, &j| {
        nodes[i]
            .focus
            .cmp(&nodes[j].focus)
            .then(clean(nodes[j].weight).total_cmp(&clean(nodes[i].weight)))
    });
    let _ = writeln!(out, r##"<g fill="{BAR}" stroke="#ffffff" stroke-width="1.5">"##);
    for &i in &order {
        let node = &nodes[i];
        let (x, y) = points[i];
        let r = radius[i];
        let mut shape = String::with_capacity(160);
        let extra = if node.focus {
            format!(r##" fill="{FOCUS}" stroke="#000000" stroke-width="2.5""##)
        } else if node.group {
            // Dashed dark outline on a light fill: an aggregate reads as "many, not one".
            format!(
                r##" fill="{}" stroke="{}" stroke-width="1.5" stroke-dasharray="3 2""##,
                PALETTE[1], PALETTE[4]
            )
        } else {
            String::new()
        };
        if node.group && !node.focus {
            // A square of the same area as the circle would have.
            let side = r * std::f64::consts::PI.sqrt();
            let _ = write!(
                shape,
                r#"<rect class="net-node" x="{}" y="{}" width="{s}" height="{s}"{extra}/>"#,
                N(x - side / 2.0),
                N(y - side / 2.0),
                s = N(side)
            );
        } else {
            let _ = write!(
                shape,
                r#"<circle class="net-node" cx="{}" cy="{}" r="{}"{extra}/>"#,
                N(x),
                N(y),
                N(r)
            );
        }
        open_item(&mut out, node.href, node.label);
        out.push_str(&shape);
        close_item(&mut out, node.href);
    }
    out.push_str("</g>\n");

    // Labels: focus first, then by weight. Each goes on its preferred side unless the other
    // covers fewer nodes; a label that would leave the frame or overlap a label already placed is
    // tried on the other side, and left out (its node keeps its <title>) when that fails too or
    // when it would cover more than two other nodes. The focus is always labelled.
    let node_boxes: Vec<[f64; 4]> = points
        .iter()
        .zip(&radius)
        .map(|(&(x, y), &r)| [x - r, y - r, x + r, y + r])
        .collect();
    let overlap = |a: &[f64; 4], b: &[f64; 4]| a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    let mut by_weight: Vec<usize> = (0..nodes.len()).filter(|&i| !nodes[i].focus).collect();
    by_weight.sort_by(|&i, &j| clean(nodes[j].weight).total_cmp(&clean(nodes[i].weight)));
    let candidates = (0..nodes.len())
        .filter(|&i| nodes[i].focus)
        .chain(by_weight.into_iter().take(NETWORK_LABELS));
    let mut placed: Vec<[f64; 4]> = Vec::new();
    let mut texts = String::new();
    for i in candidates {
        let node = &nodes[i];
        let label = ellipsis(node.label, LABEL_CHARS);
        if label.is_empty() {
            continue;
        }
        let (x, y) = points[i];
        // Bold text is about a tenth wider.
        let width = text_width(&label, FONT) * if node.focus { 1.1 } else { 1.0 };
        let gap = radius[i] + 4.0;
        let label_box = |left: bool| {
            let x0 = if left { x - gap - width } else { x + gap };
            [x0, y - FONT * 0.6, x0 + width, y + FONT * 0.6]
        };
        // (left, covered nodes) of a side where the label fits, or None.
        let try_side = |left: bool| {
            let b = label_box(left);
            let inside = b[0] >= 2.0 && b[2] <= NETWORK_WIDTH - 2.0 && b[1] >= 0.0 && b[3] <= NETWORK_HEIGHT;
            if !inside || placed.iter().any(|p| overlap(&b, p)) {
                return None;
            }
            let covered = node_boxes
                .iter()
                .enumerate()
                .filter(|&(j, n)| j != i && overlap(&b, n))
                .count();
            Some((left, covered))
        };
        let preferred = try_side(node.label_left);
        let other = try_side(!node.label_left);
        let choice = match (preferred, other) {
            (Some(p), Some(o)) => Some(if o.1 < p.1 { o } else { p }),
            (p, o) => p.or(o),
        };
        let left = match choice {
            Some((left, covered)) if covered <= 2 || node.focus => left,
            // The focus is named whatever it covers: towards the middle, where there is room.
            None if node.focus => x > NETWORK_WIDTH / 2.0,
            _ => continue,
        };
        let b = label_box(left);
        placed.push(b);
        let _ = writeln!(
            texts,
            r#"<text x="{}" y="{}"{}{}>{}</text>"#,
            N(if left { x - gap } else { x + gap }),
            N(y + FONT * 0.35),
            if left { r#" text-anchor="end""# } else { "" },
            if node.focus { r#" font-weight="bold""# } else { "" },
            escape(&label)
        );
    }
    if !texts.is_empty() {
        let _ = writeln!(
            out,
            r##"<g font-size="{}" fill="{TEXT}" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke" pointer-events="none">"##,
            N(FONT)
        );
        out.push_str(&texts);
        out.push_str("</g>\n");
    }
    out.push_str("</svg>\n");
    with_role(out)
}

/// Escapes text for XML text and attribute values: `&`, `<`, `>`, `"` and `'` become references,
/// and the control characters XML 1.0 forbids (all below U+0020 except tab, line feed and carriage
/// return, and U+FFFE, U+FFFF) are dropped, since a single one makes a standalone `.svg` unreadable.
/// Borrows when there is nothing to change.
pub fn escape(s: &str) -> Cow<'_, str> {
    let needs = |c: char| matches!(c, '&' | '<' | '>' | '"' | '\'') || forbidden(c);
    if !s.chars().any(needs) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // `&apos;` is not HTML 4; the numeric reference works in every parser.
            '\'' => out.push_str("&#39;"),
            c if forbidden(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn forbidden(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFE}' || c == '\u{FFFF}'
}

/// The link target when it is safe to link to: relative (path, query, fragment) or with the scheme
/// `http`, `https` or `mailto`. Browsers ignore tabs and newlines inside URLs and leading spaces
/// and control characters, so `" java\tscript:"` is read as `javascript:` and must be refused too.
fn safe_href(href: &str) -> Option<&str> {
    let cleaned: String = href
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .take(16)
        .collect();
    if cleaned.is_empty() {
        return None;
    }
    match cleaned.find([':', '/', '?', '#']) {
        Some(at) if cleaned[at..].starts_with(':') => {
            let scheme = cleaned[..at].to_ascii_lowercase();
            matches!(scheme.as_str(), "http" | "https" | "mailto").then_some(href)
        }
        // No colon before the first '/', '?' or '#' within the first 16 characters: relative.
        Some(_) => Some(href),
        // No delimiter at all in the first 16: relative only when no colon follows later.
        None if !href.contains(':') => Some(href),
        None => None,
    }
}

/// Opens a chart item: an `<a>` when it links, else a `<g>`, named by a `<title>`.
fn open_item(out: &mut String, href: Option<&str>, name: &str) {
    match href.and_then(safe_href) {
        Some(href) => {
            let _ = write!(out, r#"<a href="{}"><title>{}</title>"#, escape(href), escape(name));
        }
        None => {
            let _ = write!(out, "<g><title>{}</title>", escape(name));
        }
    }
}

fn close_item(out: &mut String, href: Option<&str>) {
    out.push_str(if href.and_then(safe_href).is_some() {
        "</a>\n"
    } else {
        "</g>\n"
    });
}

/// A drawing with links is a group of links to assistive technology, not an image: the children
/// of `role="img"` are presentational, so links inside it could not be reached (axe's
/// nested-interactive rule).
fn with_role(out: String) -> String {
    if out.contains("<a href=") {
        out.replacen(r#" role="img" aria-labelledby"#, r#" role="group" aria-labelledby"#, 1)
    } else {
        out
    }
}

/// Writes the opening `<svg>` with its accessible name and description.
fn open(out: &mut String, id: &str, title: &str, desc: &str, view_box: (f64, f64, f64, f64), size: Option<(f64, f64)>) {
    let id = escape(id);
    let (x, y, w, h) = view_box;
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="{} {} {} {}""#,
        N(x),
        N(y),
        N(w),
        N(h)
    );
    if let Some((width, height)) = size {
        let _ = write!(out, r#" width="{}" height="{}""#, N(width), N(height));
    }
    let labelled_by = if desc.is_empty() {
        format!("{id}-title")
    } else {
        format!("{id}-title {id}-desc")
    };
    let _ = writeln!(
        out,
        r#" role="img" aria-labelledby="{labelled_by}"><title id="{id}-title">{}</title>"#,
        escape(title)
    );
    if !desc.is_empty() {
        let _ = writeln!(out, r#"<desc id="{id}-desc">{}</desc>"#, escape(desc));
    }
}

/// A figure to draw: non-finite and negative values count as 0, and figures are capped at 10³⁰⁰
/// so that five gridline steps above the largest cannot overflow to infinity.
fn clean(v: f64) -> f64 {
    if v.is_finite() && v > 0.0 {
        v.min(1e300)
    } else {
        0.0
    }
}

/// Nice gridline values from 0 up to at least `max`: 0 and 3 to 5 steps of 1, 2, 2.5 or 5 × 10ⁿ
/// (whole steps only when `integral`, which can leave fewer than 3 for small counts); just `[0]`
/// when `max` is 0.
fn ticks(max: f64, integral: bool) -> Vec<f64> {
    if max <= 0.0 || !max.is_finite() {
        return vec![0.0];
    }
    // The smallest nice step that reaches max within 5 steps; the previous nice step is at most
    // 2.5 times smaller and needed more than 5, so this one needs at least 3.
    let exponent = (max / 5.0).log10().floor() as i32;
    let mut step = max;
    'search: for e in exponent..=exponent + 1 {
        for m in [1.0, 2.0, 2.5, 5.0] {
            let s = if e >= 0 { m * 10f64.powi(e) } else { m / 10f64.powi(-e) };
            if (integral && (s.fract() != 0.0 || s < 1.0)) || !s.is_finite() {
                continue;
            }
            if (max / s).ceil() <= 5.0 {
                step = s;
                break 'search;
            }
        }
    }
    let count = (max / step).ceil().clamp(1.0, 5.0) as usize;
    (0..=count).map(|i| i as f64 * step).collect()
}

/// `s` cut to `max` characters, the last of them an ellipsis, trailing spaces before it removed.
fn ellipsis(s: &str, max: usize) -> Cow<'_, str> {
    let s = s.trim();
    match s.char_indices().nth(max) {
        None => Cow::Borrowed(s),
        Some(_) => {
            let cut = s.char_indices().nth(max - 1).map_or(s.len(), |(at, _)| at);
            Cow::Owned(format!("{}…", s[..cut].trim_end()))
        }
    }
}

/// Estimated width of `s` in a proportional sans-serif at `size`: the server cannot measure the
/// page's font, so each character counts by its class (narrow, digit, capital, wide CJK…), with
/// the advance widths of DejaVu Sans, the widest of the usual system fonts (Linux's default;
/// Arial/Liberation, Segoe UI and Roboto are 5 to 12 % narrower). Generous on purpose: a label given
/// too much room wastes a little space, one given too little is cut off or overlaps its neighbour.
fn text_width(s: &str, size: f64) -> f64 {
    let ems: f64 = s
        .chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | 'I' | ' ' | '(' | ')' => 0.36,
            'f' | 't' | 'r' | '-' => 0.42,
            'm' | 'w' => 0.95,
            'M' | 'W' | '@' | '%' | '…' | '—' => 1.0,
            '0'..='9' => 0.64,
            'A'..='Z' => 0.74,
            'a'..='z' => 0.63,
            // CJK, Hangul and full-width forms take a whole em.
            '\u{1100}'..='\u{115F}'
            | '\u{2E80}'..='\u{A4CF}'
            | '\u{AC00}'..='\u{D7A3}'
            | '\u{F900}'..='\u{FAFF}'
            | '\u{FF00}'..='\u{FF60}' => 1.0,
            _ => 0.66,
        })
        .sum();
    ems * size
}

/// A number written compactly: at most one decimal, no trailing ".0", never "-0", "NaN" or "inf"
/// (non-finite is 0), within ±[`NUMBER_LIMIT`].
struct N(f64);

impl fmt::Display for N {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let v = if self.0.is_finite() {
            self.0.clamp(-NUMBER_LIMIT, NUMBER_LIMIT)
        } else {
            0.0
        };
        let tenths = (v * 10.0).round();
        if tenths == 0.0 {
            f.write_str("0")
        } else if tenths % 10.0 == 0.0 {
            write!(f, "{}", (tenths / 10.0) as i64)
        } else {
            write!(f, "{:.1}", tenths / 10.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: &str = "<script>alert(\"x\")</script> & 'quoted' \u{0}\u{1b}]]><!-- x";
    const HOSTILE_HREF: &str = "/x?a=1&b=\"><script>alert(1)</script>";

    /// A minimal XML well-formedness check: one root `<svg>`, balanced tags, quoted attributes
    /// without `<` or duplicates, only the five predefined or numeric entity references, no raw
    /// `<`, `>` or `&` in text, no forbidden control characters. Returns the attributes seen, as
    /// (element, name, value), for further checks.
    fn check_xml(xml: &str) -> Vec<(String, String, String)> {
        fn entity_ok(rest: &str) -> bool {
            let Some(end) = rest.find(';') else { return false };
            let name = &rest[1..end];
            matches!(name, "amp" | "lt" | "gt" | "quot" | "apos")
                || name
                    .strip_prefix("#x")
                    .is_some_and(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_hexdigit()))
                || name
                    .strip_prefix('#')
                    .is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
        }
        fn name_end(s: &str) -> usize {
            s.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':')))
                .unwrap_or(s.len())
        }
        assert!(!xml.chars().any(forbidden), "forbidden character in {xml}");
        let mut stack: Vec<String> = Vec::new();
        let mut attributes = Vec::new();
        let mut roots = 0;
        let mut rest = xml;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix("</") {
                let n = name_end(after);
                let name = &after[..n];
                assert_eq!(stack.pop().as_deref(), Some(name), "unbalanced </{name}> in {xml}");
                let after = after[n..].trim_start();
                assert!(after.starts_with('>'), "bad end tag {name} in {xml}");
                rest = &after[1..];
            } else if let Some(after) = rest.strip_prefix('<') {
                let n = name_end(after);
                assert!(n > 0, "bad tag start at {rest}");
                let name = after[..n].to_string();
                if stack.is_empty() {
                    roots += 1;
                    assert_eq!(name, "svg");
                }
                let mut tail = &after[n..];
                let mut seen = Vec::new();
                loop {
                    let trimmed = tail.trim_start();
                    if let Some(t) = trimmed.strip_prefix("/>") {
                        tail = t;
                        break;
                    }
                    if let Some(t) = trimmed.strip_prefix('>') {
                        stack.push(name.clone());
                        tail = t;
                        break;
                    }
                    assert!(
                        trimmed.len() < tail.len(),
                        "no space before attribute in <{name}: {xml}"
                    );
                    let an = name_end(trimmed);
                    assert!(an > 0, "bad attribute in <{name}: {trimmed}");
                    let attr = &trimmed[..an];
                    assert!(!seen.contains(&attr), "duplicate {attr} in <{name}");
                    seen.push(attr);
                    let t = trimmed[an..].strip_prefix("=\"").expect("attribute not quoted");
                    let end = t.find('"').expect("unterminated attribute");
                    let value = &t[..end];
                    assert!(!value.contains('<'), "< in attribute {attr}={value}");
                    for (i, _) in value.match_indices('&') {
                        assert!(entity_ok(&value[i..]), "bad reference in {attr}={value}");
                    }
                    attributes.push((name.clone(), attr.to_string(), value.to_string()));
                    tail = &t[end + 1..];
                }
                rest = tail;
            } else {
                let end = rest.find('<').unwrap_or(rest.len());
                let text = &rest[..end];
                assert!(!text.contains('>'), "raw > in text {text}");
                for (i, _) in text.match_indices('&') {
                    assert!(entity_ok(&text[i..]), "bad reference in text {text}");
                }
                if stack.is_empty() {
                    assert!(text.trim().is_empty(), "text outside the root: {text}");
                }
                rest = &rest[end..];
            }
        }
        assert!(stack.is_empty(), "unclosed {stack:?}");
        assert_eq!(roots, 1);
        attributes
    }

    /// Everything every drawing must satisfy; returns the attributes.
    fn check_drawing(svg: &str) -> Vec<(String, String, String)> {
        let attributes = check_xml(svg);
        assert!(!svg.contains("style"), "style in {svg}");
        assert!(!svg.contains("font-family"));
        for (element, name, value) in &attributes {
            assert!(!name.starts_with("on"), "event attribute {name} on {element}");
            assert!(
                !value.contains("NaN") && !value.contains("inf"),
                "{element} {name}={value}"
            );
            assert!(!value.split([' ', ',']).any(|v| v == "-0"), "{element} {name}={value}");
            if name == "href" {
                assert!(!value.to_ascii_lowercase().contains("javascript"), "{value}");
            }
        }
        let svg_attr = |n: &str| {
            attributes
                .iter()
                .find(|(e, a, _)| e == "svg" && a == n)
                .map(|(_, _, v)| v.clone())
        };
        let links = attributes.iter().any(|(e, a, _)| e == "a" && a == "href");
        let role = if links { "group" } else { "img" };
        assert_eq!(svg_attr("role").as_deref(), Some(role));
        let ids: Vec<&str> = attributes
            .iter()
            .filter(|(_, a, _)| a == "id")
            .map(|(_, _, v)| v.as_str())
            .collect();
        let labelled = svg_attr("aria-labelledby").expect("aria-labelledby");
        for id in labelled.split(' ') {
            assert!(ids.contains(&id), "aria-labelledby {id} missing in {svg}");
        }
        assert!(svg.contains(&format!("<title id=\"{}\">", labelled.split(' ').next().unwrap())));
        // Every link is named by a <title> as its first child.
        for (at, _) in svg.match_indices("<a ") {
            let tag_end = at + svg[at..].find('>').unwrap();
            assert!(
                svg[tag_end + 1..].starts_with("<title>"),
                "unnamed link at {}",
                &svg[at..]
            );
        }
        attributes
    }

    fn europe(areas: &[MapArea], markers: &[Marker], labels: &[MapLabel]) -> String {
        choropleth(
            "m",
            "Projects",
            "By region",
            (0.0, 0.0, 1000.0, 850.0),
            &["M0 0l10 0l0 10z"],
            areas,
            markers,
            labels,
        )
    }

    #[test]
    fn escape_covers_markup_and_drops_forbidden_characters() {
        assert_eq!(escape(r#"a&b<c>d"e'f"#), "a&amp;b&lt;c&gt;d&quot;e&#39;f");
        assert_eq!(escape("x\u{0}y\u{1f}z\tw\u{FFFF}"), "xyz\tw");
        assert!(matches!(escape("Île-de-France"), Cow::Borrowed(_)));
        assert_eq!(escape(""), "");
    }

    #[test]
    fn hostile_names_are_escaped_everywhere() {
        let areas = [
            MapArea {
                path: "M1 1l5 0l0 5z",
                class: Some(2),
                href: Some(HOSTILE_HREF),
                title: HOSTILE,
            },
            MapArea {
                path: "M9 9l5 0l0 5z",
                class: None,
                href: None,
                title: HOSTILE,
            },
        ];
        let markers = [Marker {
            x: 5.0,
            y: 5.0,
            href: HOSTILE_HREF,
            title: HOSTILE,
        }];
        let labels = [MapLabel {
            x: 5.0,
            y: 5.0,
            text: HOSTILE,
        }];
        let bars = [Bar {
            label: HOSTILE,
            value: 3.0,
            value_text: HOSTILE,
            href: Some(HOSTILE_HREF),
        }];
        let columns = [Column {
            label: HOSTILE,
            value: 3.0,
            value_text: HOSTILE,
        }];
        let nodes = [
            NetNode {
                x: 0.2,
                y: 0.2,
                label: HOSTILE,
                weight: 2.0,
                href: Some(HOSTILE_HREF),
                group: false,
                focus: true,
                label_left: false,
            },
            NetNode {
                x: 0.8,
                y: 0.8,
                label: HOSTILE,
                weight: 1.0,
                href: None,
                group: true,
                focus: false,
                label_left: true,
            },
        ];
        let edges = [NetEdge {
            a: 0,
            b: 1,
            weight: 1.0,
        }];
        let id = "x\"><script>";
        let outputs = [
            choropleth(
                id,
                HOSTILE,
                HOSTILE,
                (0.0, 0.0, 100.0, 100.0),
                &[HOSTILE],
                &areas,
                &markers,
                &labels,
            ),
            legend(id, HOSTILE, &[(0, HOSTILE), (7, HOSTILE)], Some(HOSTILE)),
            bar_chart(id, HOSTILE, HOSTILE, &bars),
            column_chart(id, HOSTILE, HOSTILE, &columns, &|_| HOSTILE.to_string()),
            network(id, HOSTILE, HOSTILE, &nodes, &edges),
        ];
        for svg in &outputs {
            check_drawing(svg);
            assert!(!svg.contains("<script"), "{svg}");
            assert!(svg.contains("&lt;script&gt;"), "{svg}");
        }
        // The escaped href still links, as the caller wrote it.
        assert!(
            outputs[0].contains(r#"<a href="/x?a=1&amp;b=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"><title>"#)
        );
    }

    #[test]
    fn dangerous_link_schemes_are_dropped() {
        for bad in [
            "javascript:alert(1)",
            " JavaScript:x",
            "java\tscript:x",
            "data:text/html,x",
            "vbscript:x",
            "",
        ] {
            assert_eq!(safe_href(bad), None, "{bad:?}");
            let bars = [Bar {
                label: "a",
                value: 1.0,
                value_text: "1",
                href: Some(bad),
            }];
            let svg = bar_chart("b", "t", "", &bars);
            assert!(!svg.contains("<a "), "{svg}");
            check_drawing(&svg);
        }
        for good in [
            "/org/12",
            "https://example.eu/x",
            "http://x",
            "mailto:a@b.eu",
            "?page=2",
            "#r",
            "org/1:2",
            "a/b",
        ] {
            assert_eq!(safe_href(good), Some(good), "{good:?}");
        }
    }

    #[test]
    fn hostile_numbers_never_reach_the_output() {
        let bad = [
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            -5.0,
            -0.0,
            f64::MAX,
            f64::MIN_POSITIVE,
        ];
        let markers: Vec<Marker> = bad
            .iter()
            .map(|&v| Marker {
                x: v,
                y: 3.0,
                href: "/m",
                title: "m",
            })
            .collect();
        let labels: Vec<MapLabel> = bad
            .iter()
            .map(|&v| MapLabel {
                x: 3.0,
                y: v,
                text: "7",
            })
            .collect();
        let areas = [MapArea {
            path: "M1 1l5 0l0 5z",
            class: Some(usize::MAX),
            href: Some("/r"),
            title: "r",
        }];
        let bars: Vec<Bar> = bad
            .iter()
            .map(|&v| Bar {
                label: "b",
                value: v,
                value_text: "v",
                href: None,
            })
            .collect();
        let columns: Vec<Column> = bad
            .iter()
            .map(|&v| Column {
                label: "c",
                value: v,
                value_text: "v",
            })
            .collect();
        let nodes: Vec<NetNode> = bad
            .iter()
            .map(|&v| NetNode {
                x: v,
                y: -v,
                label: "n",
                weight: v,
                href: Some("/n"),
                group: v < 0.0,
                focus: false,
                label_left: false,
            })
            .collect();
        let edges: Vec<NetEdge> = bad
            .iter()
            .enumerate()
            .map(|(i, &v)| NetEdge {
                a: i,
                b: (i + 1) % bad.len(),
                weight: v,
            })
            .chain([
                NetEdge {
                    a: 0,
                    b: 99,
                    weight: 1.0,
                },
                NetEdge {
                    a: 2,
                    b: 2,
                    weight: 1.0,
                },
            ])
            .collect();
        let outputs = [
            choropleth(
                "a",
                "t",
                "",
                (f64::NAN, 0.0, 10.0, 10.0),
                &[],
                &areas,
                &markers,
                &labels,
            ),
            choropleth("a", "t", "", (0.0, 0.0, -10.0, 10.0), &[], &areas, &markers, &labels),
            choropleth(
                "a",
                "t",
                "",
                (f64::MAX, f64::MAX, f64::MAX, f64::MAX),
                &[],
                &areas,
                &markers,
                &labels,
            ),
            legend("a", "t", &[(usize::MAX, "x")], None),
            bar_chart("a", "t", "", &bars),
            column_chart("a", "t", "", &columns, &|v| format!("{v}")),
            network("a", "t", "", &nodes, &edges),
        ];
        for svg in &outputs {
            check_drawing(svg);
            assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg}");
        }
        assert!(outputs[0].contains(r#"viewBox="0 0 1000 850""#));
        assert!(outputs[1].contains(r#"viewBox="0 0 1000 850""#));
        // An out-of-range class takes the darkest colour.
        assert!(outputs[0].contains(PALETTE[4]));
    }

    #[test]
    fn empty_inputs_give_valid_drawings_with_their_title() {
        let outputs = [
            choropleth("e", "Empty map", "", (0.0, 0.0, 1000.0, 850.0), &[], &[], &[], &[]),
            legend("e", "Empty legend", &[], None),
            bar_chart("e", "Empty bars", "", &[]),
            column_chart("e", "Empty columns", "", &[], &|v| format!("{v}")),
            network("e", "Empty network", "", &[], &[]),
        ];
        for svg in &outputs {
            check_drawing(svg);
            assert!(svg.contains(r#"<title id="e-title">Empty "#), "{svg}");
            assert!(!svg.contains("<desc"));
        }
    }

    #[test]
    fn choropleth_draws_classes_links_and_scaled_markers() {
        let areas = [
            MapArea {
                path: "M1 1l5 0l0 5z",
                class: Some(0),
                href: Some("/r/DE30"),
                title: "Berlin: 12",
            },
            MapArea {
                path: "M9 9l5 0l0 5z",
                class: None,
                href: None,
                title: "Brandenburg: no data",
            },
            MapArea {
                path: "",
                class: Some(1),
                href: None,
                title: "outside",
            },
        ];
        let markers = [Marker {
            x: 3.0,
            y: 4.0,
            href: "/o/1",
            title: "Org",
        }];
        let svg = europe(
            &areas,
            &markers,
            &[MapLabel {
                x: 3.0,
                y: 4.0,
                text: "12",
            }],
        );
        let attributes = check_drawing(&svg);
        assert!(!attributes
            .iter()
            .any(|(e, a, _)| e == "svg" && (a == "width" || a == "height")));
        assert!(svg.contains(r##"<a href="/r/DE30"><title>Berlin: 12</title><path class="map-region" fill="#ffffcc""##));
        assert!(svg.contains(&format!(
            r#"fill="{NO_DATA}" d="M9 9l5 0l0 5z" vector-effect="non-scaling-stroke"><title>Brandenburg"#
        )));
        assert!(!svg.contains("outside"));
        assert!(svg.contains(r#"<desc id="m-desc">By region</desc>"#));
        assert!(svg.contains(r#"aria-labelledby="m-title m-desc""#));
        assert!(svg.contains(r#"class="map-marker" cx="3" cy="4" r="6""#));
        // Zoomed in 10×: markers keep their size on screen, so shrink in frame units.
        let zoomed = choropleth("z", "t", "", (0.0, 0.0, 100.0, 85.0), &[], &areas, &markers, &[]);
        assert!(zoomed.contains(r#"r="0.6""#), "{zoomed}");
        assert_eq!(svg.matches("vector-effect").count(), 4);
    }

    #[test]
    fn zoom_keeps_the_frame_proportions() {
        let (x, y, w, h) = zoom([100.0, 100.0, 200.0, 400.0], 0.05);
        assert!((w / h - FRAME_WIDTH / FRAME_HEIGHT).abs() < 1e-9);
        assert!((h - 330.0).abs() < 1e-9, "{h}");
        assert!((x + w / 2.0 - 150.0).abs() < 1e-9 && (y + h / 2.0 - 250.0).abs() < 1e-9);
        let (_, _, w, _) = zoom([500.0, 500.0, 501.0, 501.0], 0.05);
        assert_eq!(w, 60.0);
        assert_eq!(zoom([0.0, 0.0, 0.0, 0.0], 0.1), (0.0, 0.0, FRAME_WIDTH, FRAME_HEIGHT));
        assert_eq!(
            zoom([f64::NAN, 0.0, 1.0, 1.0], 0.1),
            (0.0, 0.0, FRAME_WIDTH, FRAME_HEIGHT)
        );
    }

    #[test]
    fn bar_chart_truncates_long_labels_and_scales_to_the_max() {
        let long = "European Research Infrastructure Consortium (ERIC)";
        let bars = [
            Bar {
                label: long,
                value: 200.0,
                value_text: "200",
                href: Some("/t/eric"),
            },
            Bar {
                label: "SME",
                value: 50.0,
                value_text: "50",
                href: None,
            },
            Bar {
                label: "None",
                value: 0.0,
                value_text: "0",
                href: None,
            },
        ];
        let svg = bar_chart("b", "Types", "Organisations by type", &bars);
        check_drawing(&svg);
        assert!(svg.contains("European Research Infrastru…<"), "{svg}");
        assert!(svg.contains(&format!("<title>{long}: 200</title>")));
        let widths: Vec<f64> = check_xml(&svg)
            .iter()
            .filter(|(e, a, _)| e == "rect" && a == "width")
            .map(|(_, _, v)| v.parse().unwrap())
            .collect();
        assert_eq!(widths.len(), 3);
        assert!((widths[0] / widths[1] - 4.0).abs() < 0.01, "{widths:?}");
        assert_eq!(widths[2], 0.0);
        assert_eq!(svg.matches("class=\"chart-bar\"").count(), 3);
        let many: Vec<Bar> = (0..10_000)
            .map(|i| Bar {
                label: "x",
                value: f64::from(i),
                value_text: "x",
                href: None,
            })
            .collect();
        check_xml(&bar_chart("m", "t", "", &many));
        // Texts too wide for the usual width widen the drawing rather than lose the figures.
        let wide = [Bar {
            label: &"M".repeat(40),
            value: 1.0,
            value_text: &"W".repeat(40),
            href: None,
        }];
        let svg = bar_chart("w", "t", "", &wide);
        assert!(!svg.contains(r#"viewBox="0 0 520 "#), "{svg}");
    }

    #[test]
    fn column_chart_has_nice_ticks_and_thinned_labels() {
        let labels: Vec<String> = (0..120)
            .map(|i| format!("{:02}/{}", i % 12 + 1, 2015 + i / 12))
            .collect();
        let columns: Vec<Column> = labels
            .iter()
            .enumerate()
            .map(|(i, l)| Column {
                label: l,
                value: (i * 7 % 130) as f64,
                value_text: "v",
            })
            .collect();
        let svg = column_chart("c", "Per month", "", &columns, &|v| format!("<{v}>"));
        check_drawing(&svg);
        assert_eq!(svg.matches("class=\"chart-bar\"").count(), 120);
        let shown = labels.iter().filter(|l| svg.contains(&format!(">{l}<"))).count();
        assert!((4..30).contains(&shown), "{shown} labels shown");
        // Thinned to whole years: every shown label is a January.
        for l in labels.iter().filter(|l| svg.contains(&format!(">{l}<"))) {
            assert!(l.starts_with("01/"), "{l}");
        }
        assert!(svg.contains(">01/2015<"));
        assert!(svg.contains("&lt;0&gt;") && svg.contains("&lt;150&gt;"), "{svg}");
        for max in [0.7, 1.0, 3.0, 7.0, 10.0, 99.0, 130.0, 1234.0, 5e6] {
            for integral in [false, true] {
                let t = ticks(max, integral);
                assert_eq!(t[0], 0.0);
                assert!(*t.last().unwrap() >= max, "{max}: {t:?}");
                let steps = t.len() - 1;
                if !integral || max >= 3.0 {
                    assert!((3..=5).contains(&steps), "{max} {integral}: {t:?}");
                }
            }
        }
        assert_eq!(ticks(2.0, true), vec![0.0, 1.0, 2.0]);
        assert_eq!(ticks(0.0, true), vec![0.0]);
    }

    #[test]
    fn network_labels_only_the_heaviest_and_the_focus() {
        let nodes: Vec<NetNode> = (0..100)
            .map(|i| NetNode {
                x: f64::from(i % 10) / 9.0,
                y: f64::from(i / 10) / 9.0,
                label: "Node",
                weight: f64::from(i + 1),
                href: Some("/n"),
                group: i % 17 == 0,
                focus: i == 3,
                label_left: i % 10 > 4,
            })
            .collect();
        let edges: Vec<NetEdge> = (0..99)
            .map(|i| NetEdge {
                a: i,
                b: i + 1,
                weight: (i % 5 + 1) as f64,
            })
            .collect();
        let svg = network("n", "Partners", "", &nodes, &edges);
        check_drawing(&svg);
        let texts = svg.matches("<text").count();
        assert!((2..=NETWORK_LABELS + 1).contains(&texts), "{texts}");
        assert!(svg.contains(r#"font-weight="bold">Node<"#));
        assert_eq!(svg.matches("class=\"net-node\"").count(), 100);
        assert_eq!(svg.matches("class=\"net-edge\"").count(), 99);
        assert_eq!(svg.matches("<rect class=\"net-node\"").count(), 6);
        assert!(svg.contains(r#"viewBox="0 0 1000 700""#));
    }

    #[test]
    fn legend_has_a_swatch_per_class_and_no_data() {
        let svg = legend("l", "Projects", &[(0, "0"), (2, "1–10"), (4, "11–50")], Some("no data"));
        check_drawing(&svg);
        for colour in [PALETTE[0], PALETTE[2], PALETTE[4], NO_DATA] {
            assert!(svg.contains(&format!("fill=\"{colour}\"")), "{colour}");
        }
        assert!(svg.contains(">1–10<") && svg.contains(">no data<"));
        assert!(svg.contains(" width=\""));
    }

    #[test]
    fn numbers_are_compact() {
        let n = |v: f64| N(v).to_string();
        assert_eq!(n(0.0), "0");
        assert_eq!(n(-0.0), "0");
        assert_eq!(n(-0.04), "0");
        assert_eq!(n(3.0), "3");
        assert_eq!(n(2.96), "3");
        assert_eq!(n(1.26), "1.3");
        assert_eq!(n(-7.25), "-7.3");
        assert_eq!(n(f64::NAN), "0");
        assert_eq!(n(f64::INFINITY), "0");
        assert_eq!(n(1e300), "1000000000");
    }

    #[test]
    fn ellipsis_counts_characters() {
        assert_eq!(ellipsis("short", 28), "short");
        assert_eq!(
            ellipsis("Île-de-France et Provence-Alpes-Côte d'Azur", 10),
            "Île-de-Fr…"
        );
        assert_eq!(ellipsis("abcd efgh", 6), "abcd…");
        assert_eq!(ellipsis("ααααααααααα", 5).chars().count(), 5);
    }
}

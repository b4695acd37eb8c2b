//! Choropleth classes: which colour a region gets for its figure, and what the legend says.
//!
//! The palette is ColorBrewer's 5-class **YlGnBu** (Cynthia Brewer, colorbrewer2.org), chosen
//! because ColorBrewer rates it colour-blind safe and print friendly, because its lightness falls
//! monotonically from yellow to dark blue (so the order of the classes reads without colour vision,
//! and survives greyscale printing), and because its light end is light enough for dark text and its
//! dark end dark enough for white text. Viridis was the alternative; its dark end is a saturated
//! purple that dominates a map of 300 regions and its light end a saturated yellow.
//!
//! Typical use: `let b = breaks(&values, 5)`, then for each region
//! `shade(class_of(value, &b), b.len())` is the palette index to draw it with (it spreads fewer
//! classes over the whole palette), and [`ranges`] gives the bounds to write in the legend.

/// Colour-blind-safe sequential palette of 5 classes, light to dark: ColorBrewer YlGnBu (see the
/// module documentation for why). Neighbouring classes cannot all differ by 3:1 (that would need
/// 81:1 over five steps, beyond the 21:1 between white and black); the legend's text and the table
/// beside every map carry the figures, and region outlines separate the lightest class from the
/// page (see [`OUTLINE`]).
pub const PALETTE: [&str; 5] = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"];

/// Fill for regions with no figure (not zero: zero is the first class): a neutral light grey whose
/// lightness lies between the two lightest classes (1.28:1 against the first, 1.2:1 against the
/// second) and which has none of their hue, so it is told apart from them also with deuteranopia
/// (where YlGnBu's light green turns beige, not grey).
pub const NO_DATA: &str = "#e0e0e0";

/// Fill for areas drawn for orientation only (neighbouring countries outside the data set): lighter
/// than [`NO_DATA`], so that "no figure for a region we cover" and "not covered" differ.
pub const BACKGROUND: &str = "#f2f2f2";

/// Stroke around regions and legend swatches: 3.5:1 against white and 3.4:1 against the lightest
/// class, so that a region of the lightest class still has a visible edge on a white page.
pub const OUTLINE: &str = "#888888";

/// Text colour to put ON each palette colour for at least 4.5:1 contrast: black on the four
/// lighter classes (20.4, 13.2, 8.7 and 4.8:1), white on the darkest (10.5:1). White on the fourth
/// class would give only 4.3:1. Indices beyond the palette are taken as the darkest class.
pub fn text_on(class: usize) -> &'static str {
    if class >= PALETTE.len() - 1 {
        "#ffffff"
    } else {
        "#000000"
    }
}

/// The palette index for class `class` of `classes` classes, spreading fewer than five classes
/// over the whole palette (two classes take the lightest and the darkest colour, three the
/// lightest, the middle and the darkest) so that they differ as much as the palette allows. A
/// single class takes the middle colour. Out-of-range input is clamped.
pub fn shade(class: usize, classes: usize) -> usize {
    let last = PALETTE.len() - 1;
    match classes {
        0 | 1 => last / 2,
        n if n > last => class.min(last),
        n => {
            let class = class.min(n - 1);
            // Integer rounding of class·last/(n−1): exact, so 4 classes give 0, 1, 3, 4.
            (class * last * 2 + (n - 1)) / ((n - 1) * 2)
        }
    }
}

/// Class upper bounds for `values`: at most `k` classes (`k` is clamped to 1..=5), fewer when
/// there are few distinct values; empty for no (finite) values.
///
/// - Non-finite values are skipped; negative ones count as 0 (the figures are counts and sums).
/// - When zeros are present, zero gets a class of its own (the first bound is 0), so that "none"
///   never shares a colour with "some".
/// - The other bounds are "nice" (1, 2, 2.5 or 5 × 10ⁿ; without 2.5 when every value is a whole
///   number, since "1–2.5 projects" reads oddly), strictly increasing, the last one ≥ the maximum,
///   and chosen so that the classes hold counts of regions as equal as nice bounds allow
///   (quantile classes): with a skewed distribution, a few regions with thousands and most with
///   tens, the tens still spread over several classes instead of all sharing the lightest.
/// - Every class holds at least one value.
///
/// The bounds are picked by dynamic programming over the nice numbers between the smallest and
/// the largest value (about four per decade): the most classes possible up to `k`, then the least
/// sum of squared differences between each class's count and an equal share.
pub fn breaks(values: &[f64], k: usize) -> Vec<f64> {
    let mut sorted: Vec<f64> = values
        .iter()
        .filter(|v| v.is_finite())
        .map(|&v| if v > 0.0 { v } else { 0.0 })
        .collect();
    if sorted.is_empty() {
        return Vec::new();
    }
    sorted.sort_by(f64::total_cmp);
    let k = k.clamp(1, PALETTE.len());
    let zeros = sorted.partition_point(|&v| v <= 0.0);
    let positive = &sorted[zeros..];
    let mut bounds = Vec::with_capacity(k);
    if zeros > 0 && (k > 1 || positive.is_empty()) {
        bounds.push(0.0);
    }
    if positive.is_empty() {
        return bounds;
    }
    let integral = positive.iter().all(|v| v.fract() == 0.0);
    let classes = k - bounds.len();
    if classes == 0 {
        // k == 1 with zeros and positive values: one class for all.
        return vec![nice_ceil(positive[positive.len() - 1], integral)];
    }
    bounds.extend(balanced_bounds(positive, classes, integral));
    bounds
}

/// Nice bounds for sorted positive values, at most `classes` of them; see [`breaks`].
fn balanced_bounds(sorted: &[f64], classes: usize, integral: bool) -> Vec<f64> {
    let n = sorted.len();
    // Candidates: for each run of equal values, the nice number at or above it, if it stays below
    // the next larger value (otherwise no nice bound separates them). Each candidate is given with
    // the count of values at or below it.
    let mut candidates: Vec<(f64, usize)> = Vec::new();
    let mut i = 0;
    while i < n {
        let run_end = i + sorted[i..].partition_point(|&v| v <= sorted[i]);
        let bound = nice_ceil(sorted[i], integral);
        let separates = run_end == n || bound < sorted[run_end];
        if separates && candidates.last().is_none_or(|&(b, _)| b < bound) {
            let count = sorted.partition_point(|&v| v <= bound);
            candidates.push((bound, count));
        }
        i = run_end;
    }
    // The last candidate covers every value: nice_ceil(max) ≥ max, and it always separates.
    let c = candidates.len();
    let share = n as f64 / classes as f64;
    let cost = |from: usize, to: usize| {
        let d = (to - from) as f64 - share;
        d * d
    };
    // best[j][e]: least cost of covering the values up to candidate e with j + 1 classes whose
    // last bound is candidate e; `from` remembers the previous bound for the way back.
    let mut best = vec![vec![f64::INFINITY; c]; classes];
    let mut from = vec![vec![usize::MAX; c]; classes];
    for e in 0..c {
        best[0][e] = cost(0, candidates[e].1);
    }
    for j in 1..classes {
        for e in j..c {
            for p in (j - 1)..e {
                let total = best[j - 1][p] + cost(candidates[p].1, candidates[e].1);
                if total < best[j][e] {
                    best[j][e] = total;
                    from[j][e] = p;
                }
            }
        }
    }
    // The most classes that can be reached with the last candidate as the last bound.
    let last = c - 1;
    let Some(j) = (0..classes).rev().find(|&j| best[j][last].is_finite()) else {
        return vec![candidates[last].0];
    };
    let mut picked = Vec::with_capacity(j + 1);
    let (mut j, mut e) = (j, last);
    loop {
        picked.push(candidates[e].0);
        if j == 0 {
            break;
        }
        e = from[j][e];
        j -= 1;
    }
    picked.reverse();
    picked
}

/// The smallest of 1, 2, 2.5, 5 × 10ⁿ at or above `v` (> 0); without the 2.5 steps that are not
/// whole numbers when `integral`. Falls back to `v` itself when the nice number would overflow.
fn nice_ceil(v: f64, integral: bool) -> f64 {
    if v <= 0.0 || v.is_nan() {
        return 0.0;
    }
    let exponent = v.log10().floor() as i32;
    for e in (exponent - 1)..=(exponent + 1) {
        for m in [1.0, 2.0, 2.5, 5.0] {
            // Dividing by a power of ten for negative exponents gives the double nearest the
            // decimal (0.2, not 2 × 0.1 = 0.2000…04), so a value equal to a nice number stays in it.
            let candidate = if e >= 0 { m * 10f64.powi(e) } else { m / 10f64.powi(-e) };
            if integral && candidate.fract() != 0.0 {
                continue;
            }
            if candidate >= v {
                return if candidate.is_finite() { candidate } else { v };
            }
        }
    }
    v
}

/// The class index of `value` given `breaks`: the first bound ≥ value; values above the last
/// bound fall into the last class. NaN and negative values count as 0; empty breaks give 0.
pub fn class_of(value: f64, breaks: &[f64]) -> usize {
    let value = if value > 0.0 { value } else { 0.0 };
    breaks
        .iter()
        .position(|&b| b >= value)
        .unwrap_or(breaks.len().saturating_sub(1))
}

/// Lower and upper bound of each class for the legend, `(from, to)`: class 0 runs from `min` (the
/// smallest value; taken as 0 when not finite or negative, and never above the first bound) to the
/// first bound, class i > 0 from bound i − 1 (exclusive: its values are > from and ≤ to) to bound
/// i. For counts, write a class i > 0 as "from + 1 – to" ("1–10", "11–50"); the zero class of
/// [`breaks`] comes out as `(0, 0)`, written "0".
pub fn ranges(breaks: &[f64], min: f64) -> Vec<(f64, f64)> {
    let Some(&first) = breaks.first() else {
        return Vec::new();
    };
    let min = if min > 0.0 && min.is_finite() { min } else { 0.0 };
    let mut out = Vec::with_capacity(breaks.len());
    out.push((min.min(first), first));
    out.extend(breaks.windows(2).map(|w| (w[0], w[1])));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn luminance(hex: &str) -> f64 {
        let channel = |i: usize| {
            let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    }

    fn contrast(a: &str, b: &str) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    fn counts(values: &[f64], b: &[f64]) -> Vec<usize> {
        let mut counts = vec![0; b.len()];
        for &v in values {
            counts[class_of(v, b)] += 1;
        }
        counts
    }

    fn is_nice(b: f64) -> bool {
        if b == 0.0 {
            return true;
        }
        let e = b.log10().floor();
        let m = b / 10f64.powf(e);
        [1.0, 2.0, 2.5, 5.0, 10.0].iter().any(|n| (m - n).abs() < 1e-9)
    }

    #[test]
    fn text_on_palette_has_enough_contrast() {
        for (class, colour) in PALETTE.iter().enumerate() {
            let ratio = contrast(text_on(class), colour);
            assert!(ratio >= 4.5, "class {class} {colour}: {ratio:.2}");
        }
    }

    #[test]
    fn palette_is_light_to_dark_and_outline_separates_lightest_from_white() {
        let l: Vec<f64> = PALETTE.iter().map(|c| luminance(c)).collect();
        assert!(l.windows(2).all(|w| w[0] > w[1]), "{l:?}");
        assert!(contrast(OUTLINE, "#ffffff") >= 3.0);
        assert!(contrast(OUTLINE, PALETTE[0]) >= 3.0);
        assert!(luminance(NO_DATA) < l[0] && luminance(NO_DATA) > l[1]);
        assert!(luminance(BACKGROUND) > luminance(NO_DATA));
    }

    #[test]
    fn skewed_values_spread_over_all_classes() {
        // Most regions with tens, a few with thousands.
        let mut values: Vec<f64> = (0..200).map(|i| f64::from(5 + (i * 7) % 90)).collect();
        values.extend([1200.0, 3400.0, 8000.0, 15000.0]);
        let b = breaks(&values, 5);
        assert_eq!(b.len(), 5, "{b:?}");
        assert!(b.windows(2).all(|w| w[0] < w[1]), "{b:?}");
        assert!(b.iter().all(|&x| is_nice(x)), "{b:?}");
        assert!(*b.last().unwrap() >= 15000.0);
        let c = counts(&values, &b);
        assert!(c.iter().all(|&n| n > 0), "{b:?} {c:?}");
        // No class holds most of the regions.
        assert!(c.iter().all(|&n| n < values.len() / 2), "{b:?} {c:?}");
    }

    #[test]
    fn uniform_values_get_five_balanced_classes() {
        let values: Vec<f64> = (1..=100).map(f64::from).collect();
        let b = breaks(&values, 5);
        assert_eq!(b.len(), 5, "{b:?}");
        assert_eq!(*b.last().unwrap(), 100.0);
        assert!(counts(&values, &b).iter().all(|&n| n > 0));
    }

    #[test]
    fn zeros_get_their_own_class() {
        let values = [0.0, 0.0, 3.0, 7.0, 12.0, 40.0, 0.0, 95.0];
        let b = breaks(&values, 5);
        assert_eq!(b[0], 0.0);
        assert!(b.windows(2).all(|w| w[0] < w[1]), "{b:?}");
        assert_eq!(counts(&values, &b)[0], 3);
        assert!(counts(&values, &b).iter().all(|&n| n > 0));
        assert_eq!(breaks(&[0.0, 0.0], 5), vec![0.0]);
        assert_eq!(breaks(&[0.0, 4.0], 1), vec![5.0]);
        // Negative figures count as zero.
        assert_eq!(breaks(&[-3.0, 4.0], 5), vec![0.0, 5.0]);
    }

    #[test]
    fn single_and_few_values() {
        assert_eq!(breaks(&[7.0], 5), vec![10.0]);
        assert_eq!(breaks(&[7.0, 7.0, 7.0], 5), vec![10.0]);
        assert_eq!(breaks(&[10.0], 5), vec![10.0]);
        assert_eq!(breaks(&[0.3], 5), vec![0.5]);
        assert_eq!(breaks(&[0.2], 5), vec![0.2]);
        assert_eq!(breaks(&[2.2], 5), vec![2.5]);
        // Whole numbers skip 2.5.
        assert_eq!(breaks(&[1.0, 2.0, 3.0], 5), vec![1.0, 2.0, 5.0]);
        // 11 to 19: no nice number separates them, one class.
        let teens: Vec<f64> = (11..20).map(f64::from).collect();
        assert_eq!(breaks(&teens, 5), vec![20.0]);
        assert!(breaks(&[], 5).is_empty());
        assert!(breaks(&[f64::NAN, f64::INFINITY], 5).is_empty());
    }

    #[test]
    fn hostile_numbers_do_not_panic() {
        let values = [
            f64::NAN,
            f64::NEG_INFINITY,
            -0.0,
            f64::MAX,
            f64::MIN_POSITIVE,
            1e-300,
            5.0,
        ];
        let b = breaks(&values, 9);
        assert!(b.len() <= 5);
        assert!(b.iter().all(|x| x.is_finite()), "{b:?}");
        assert!(b.windows(2).all(|w| w[0] < w[1]), "{b:?}");
        assert!(*b.last().unwrap() >= f64::MAX);
        assert_eq!(class_of(f64::NAN, &b), 0);
        assert_eq!(class_of(f64::INFINITY, &b), b.len() - 1);
        assert_eq!(class_of(3.0, &[]), 0);
        assert_eq!(breaks(&[3.0, 9.0], 0).len(), 1);
    }

    #[test]
    fn class_of_and_ranges_agree() {
        let values: Vec<f64> = (0..300).map(|i| f64::from((i * i) % 1009)).collect();
        let b = breaks(&values, 5);
        let min = values.iter().copied().fold(f64::INFINITY, f64::min);
        let r = ranges(&b, min);
        assert_eq!(r.len(), b.len());
        assert_eq!(r[0], (0.0, 0.0));
        for &v in &values {
            let c = class_of(v, &b);
            let (from, to) = r[c];
            assert!(v <= to, "{v} in {c} {r:?}");
            assert!(if c == 0 { v >= from } else { v > from }, "{v} in {c} {r:?}");
        }
        assert!(ranges(&[], 3.0).is_empty());
        assert_eq!(ranges(&[10.0, 50.0], 4.0), vec![(4.0, 10.0), (10.0, 50.0)]);
        assert_eq!(ranges(&[10.0], f64::NAN), vec![(0.0, 10.0)]);
    }

    #[test]
    fn shade_spreads_classes_over_the_palette() {
        assert_eq!((0..2).map(|c| shade(c, 2)).collect::<Vec<_>>(), vec![0, 4]);
        assert_eq!((0..3).map(|c| shade(c, 3)).collect::<Vec<_>>(), vec![0, 2, 4]);
        assert_eq!((0..4).map(|c| shade(c, 4)).collect::<Vec<_>>(), vec![0, 1, 3, 4]);
        assert_eq!((0..5).map(|c| shade(c, 5)).collect::<Vec<_>>(), vec![0, 1, 2, 3, 4]);
        assert_eq!(shade(0, 1), 2);
        assert_eq!(shade(9, 3), 4);
        assert_eq!(shade(9, 9), 4);
    }
}

//! Builds the NUTS 2024 boundaries at levels 0, 1 and 2 and prints, per level, how many regions
//! there are, how many are drawn, the bytes of their paths and the build time, so that the size
//! budget of the map pages (≤ 300 KB of level-2 paths) and the speed can be checked on real data:
//!
//! `cargo run --release -p clusterhub-maps --example boundaries -- [--svg OUT.svg] [--level N]
//! [--tolerance T] [--viewbox "X Y W H"] [--no-stroke]`
//!
//! With `--svg`, a plain SVG of one level (2 unless `--level`) is written, each region a `<path>`
//! with a `<title>`, for a person to look at; `--viewbox` zooms onto part of the frame and
//! `--no-stroke` leaves borders undrawn so that any gap between neighbours shows as a dark line.
//! Reads `$CLUSTERHUB_DATA/geo` or `../shared/data/geo` beside the checkout.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use maps::geo::{self, Region, Shape};

fn data_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("CLUSTERHUB_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"))
        .join("geo");
    dir.join("NUTS_RG_20M_2024_4326.geojson").exists().then_some(dir)
}

struct Options {
    svg: Option<PathBuf>,
    level: u8,
    tolerance: f64,
    viewbox: Option<String>,
    stroke: bool,
}

fn options() -> Result<Options, String> {
    let mut options = Options {
        svg: None,
        level: 2,
        tolerance: geo::DEFAULT_TOLERANCE,
        viewbox: None,
        stroke: true,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--svg" => options.svg = Some(PathBuf::from(value()?)),
            "--level" => options.level = value()?.parse().map_err(|e| format!("--level: {e}"))?,
            "--tolerance" => options.tolerance = value()?.parse().map_err(|e| format!("--tolerance: {e}"))?,
            "--viewbox" => options.viewbox = Some(value()?),
            "--no-stroke" => options.stroke = false,
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(options)
}

fn main() {
    let options = match options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let Some(dir) = data_dir() else {
        eprintln!("the shared data (geo/NUTS_RG_20M_2024_4326.geojson) was not found; set CLUSTERHUB_DATA");
        std::process::exit(2);
    };
    let (regions, labels) = match load(&dir) {
        Ok(loaded) => loaded,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };

    println!(
        "tolerance {} (frame {} × {})",
        options.tolerance,
        geo::FRAME_WIDTH,
        geo::FRAME_HEIGHT
    );
    println!("level  regions  drawn  path bytes  build ms");
    let mut svg_shapes = Vec::new();
    for level in 0..=3u8 {
        let of_level: Vec<Region> = regions.iter().filter(|r| r.level == level).cloned().collect();
        let started = Instant::now();
        let shapes = geo::build(&of_level, &labels, options.tolerance);
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        let drawn = shapes.iter().filter(|s| !s.path.is_empty()).count();
        let bytes: usize = shapes.iter().map(|s| s.path.len()).sum();
        let missing: Vec<&str> = shapes
            .iter()
            .filter(|s| s.path.is_empty())
            .map(|s| s.code.as_str())
            .collect();
        println!(
            "{level:>5}  {:>7}  {drawn:>5}  {bytes:>10}  {ms:>8.1}  not drawn: {}",
            shapes.len(),
            missing.join(" ")
        );
        if level == options.level {
            svg_shapes = shapes;
        }
    }
    let started = Instant::now();
    let all = geo::build(&regions, &labels, options.tolerance);
    println!(
        "all levels in one call: {} regions in {:.1} ms",
        all.len(),
        started.elapsed().as_secs_f64() * 1000.0
    );

    if let Some(out) = &options.svg {
        let svg = svg(&svg_shapes, &options);
        if let Err(e) = std::fs::write(out, &svg) {
            eprintln!("{}: {e}", out.display());
            std::process::exit(1);
        }
        println!("wrote {} ({} bytes)", out.display(), svg.len());
    }
}

/// NUTS code → longitude/latitude of its label point.
type Labels = HashMap<String, (f64, f64)>;

fn load(dir: &Path) -> Result<(Vec<Region>, Labels), String> {
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).map_err(|e| format!("{name}: {e}"));
    let regions = geo::read_regions(&read("NUTS_RG_20M_2024_4326.geojson")?).map_err(|e| format!("NUTS 2024: {e}"))?;
    let mut labels = HashMap::new();
    for level in 0..=2 {
        let name = format!("NUTS_LB_2021_4326_LEVL_{level}.geojson");
        if dir.join(&name).exists() {
            labels.extend(geo::read_labels(&read(&name)?).map_err(|e| format!("{name}: {e}"))?);
        }
    }
    Ok((regions, labels))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Fill colours that differ between most neighbours, so that each region stands out.
fn colour(code: &str) -> String {
    let hash = code
        .bytes()
        .fold(2_166_136_261u32, |h, b| (h ^ u32::from(b)).wrapping_mul(16_777_619));
    format!(
        "hsl({},{}%,{}%)",
        hash % 360,
        45 + (hash >> 9) % 25,
        60 + (hash >> 17) % 20
    )
}

fn svg(shapes: &[Shape], options: &Options) -> String {
    let viewbox = options
        .viewbox
        .clone()
        .unwrap_or_else(|| format!("0 0 {} {}", geo::FRAME_WIDTH, geo::FRAME_HEIGHT));
    let stroke = if options.stroke {
        r##" stroke="#fff" stroke-width="0.3" stroke-linejoin="round""##
    } else {
        ""
    };
    let mut out = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="{viewbox}" width="{}" height="{}">
<rect x="-10000" y="-10000" width="30000" height="30000" fill="#223"/>
<g fill-rule="evenodd"{stroke}>
"##,
        geo::FRAME_WIDTH,
        geo::FRAME_HEIGHT
    );
    for shape in shapes.iter().filter(|s| !s.path.is_empty()) {
        out.push_str(&format!(
            "<path fill=\"{}\" d=\"{}\"><title>{} {}</title></path>\n",
            colour(&shape.code),
            shape.path,
            escape(&shape.code),
            escape(&shape.name_latn)
        ));
    }
    out.push_str("</g>\n<g fill=\"#000\">\n");
    for shape in shapes.iter().filter(|s| !s.path.is_empty()) {
        out.push_str(&format!(
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"1.2\"/>\n",
            shape.label.0, shape.label.1
        ));
    }
    out.push_str("</g>\n</svg>\n");
    out
}

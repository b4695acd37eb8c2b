//! Draws one of each drawing of [`maps::svg`] from the real NUTS boundaries and random figures,
//! for a person (or a headless browser) to look at:
//!
//! `cargo run -p clusterhub-maps --example charts -- [OUT_DIR]` (default `/tmp`), then e.g.
//! `chromium --headless --screenshot=/tmp/charts.png --window-size=1200,2400 file:///tmp/charts.html`.
//!
//! Writes `charts.html` (all drawings inline, each beside a caption, as a page would show them)
//! and each drawing as its own `.svg`. Reads `$CLUSTERHUB_DATA/geo` or `../shared/data/geo` beside
//! the checkout. The figures are seeded, so the drawings are the same on every run.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use maps::classes::{breaks, class_of, ranges, shade};
use maps::geo::{self, Shape};
use maps::network::{label_sides, layout, reduce, Edge, ReducedNode};
use maps::svg::{self, Bar, Column, MapArea, MapLabel, Marker, NetEdge, NetNode};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Countries drawn as background only, to show neighbours without figures.
const OUTSIDE: [&str; 11] = ["CH", "NO", "IS", "LI", "UK", "RS", "ME", "MK", "AL", "TR", "BA"];

fn data_dir() -> PathBuf {
    std::env::var_os("CLUSTERHUB_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"))
        .join("geo")
}

fn main() {
    let out_dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "/tmp".to_string()));
    if let Err(e) = run(&out_dir) {
        eprintln!("{e}");
        std::process::exit(1);
    }
}

fn run(out_dir: &Path) -> Result<(), String> {
    let dir = data_dir();
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).map_err(|e| format!("{name}: {e}"));
    let regions = geo::read_regions(&read("NUTS_RG_20M_2024_4326.geojson")?).map_err(|e| e.to_string())?;
    let mut labels = HashMap::new();
    for level in 0..=2 {
        let name = format!("NUTS_LB_2021_4326_LEVL_{level}.geojson");
        if let Ok(text) = read(&name) {
            labels.extend(geo::read_labels(&text).map_err(|e| format!("{name}: {e}"))?);
        }
    }
    let chosen: Vec<_> = regions
        .iter()
        .filter(|r| {
            (r.level == 2 && !OUTSIDE.contains(&r.country.as_str()))
                || (r.level == 0 && OUTSIDE.contains(&r.country.as_str()))
        })
        .cloned()
        .collect();
    let shapes = geo::build(&chosen, &labels, geo::DEFAULT_TOLERANCE);
    let (level2, outside): (Vec<&Shape>, Vec<&Shape>) = shapes.iter().partition(|s| s.level == 2);

    let mut rng = ChaCha8Rng::seed_from_u64(7);
    // Skewed figures: log-normal counts, a tenth zero, one in twenty unknown.
    let values: Vec<Option<f64>> = level2
        .iter()
        .map(|_| {
            let roll: f64 = rng.gen();
            if roll < 0.05 {
                None
            } else if roll < 0.15 {
                Some(0.0)
            } else {
                Some((normal(&mut rng) * 1.4 + 3.0).exp().round())
            }
        })
        .collect();
    let known: Vec<f64> = values.iter().flatten().copied().collect();
    let b = breaks(&known, 5);
    let min = known.iter().copied().fold(f64::INFINITY, f64::min);
    println!("breaks {b:?}, ranges {:?}", ranges(&b, min));
    let mut counts = vec![0; b.len()];
    for &v in &known {
        counts[class_of(v, &b)] += 1;
    }
    println!("regions per class {counts:?}");

    let titles: Vec<String> = level2
        .iter()
        .zip(&values)
        .map(|(s, v)| match v {
            Some(v) => format!("{} ({}): {} projects", s.name_latn, s.code, v),
            None => format!("{} ({}): no data", s.name_latn, s.code),
        })
        .collect();
    let hrefs: Vec<String> = level2.iter().map(|s| format!("/regions/{}", s.code)).collect();
    let areas: Vec<MapArea> = level2
        .iter()
        .enumerate()
        .map(|(i, s)| MapArea {
            path: &s.path,
            class: values[i].map(|v| shade(class_of(v, &b), b.len())),
            href: Some(&hrefs[i]),
            title: &titles[i],
        })
        .collect();
    let background: Vec<&str> = outside.iter().map(|s| s.path.as_str()).collect();
    let europe = svg::choropleth(
        "europe",
        "Projects per region (NUTS 2)",
        "Choropleth of random project counts per NUTS 2 region of the EU",
        (0.0, 0.0, geo::FRAME_WIDTH, geo::FRAME_HEIGHT),
        &background,
        &areas,
        &[],
        &[],
    );

    // Zoomed onto Germany, with figures at the label points and some markers.
    let de: Vec<usize> = (0..level2.len()).filter(|&i| level2[i].country == "DE").collect();
    let mut bbox = [f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY];
    for &i in &de {
        let r = level2[i].bbox;
        bbox = [
            bbox[0].min(r[0]),
            bbox[1].min(r[1]),
            bbox[2].max(r[2]),
            bbox[3].max(r[3]),
        ];
    }
    let view = svg::zoom(bbox, 0.03);
    let figures: Vec<String> = values
        .iter()
        .map(|v| v.map_or_else(|| "–".to_string(), |v| format!("{v}")))
        .collect();
    let map_labels: Vec<MapLabel> = de
        .iter()
        .map(|&i| MapLabel {
            x: level2[i].label.0,
            y: level2[i].label.1,
            text: &figures[i],
        })
        .collect();
    let markers: Vec<Marker> = (0..25)
        .map(|k| {
            let s = level2[de[k % de.len()]];
            Marker {
                x: s.label.0 + rng.gen_range(-8.0..8.0),
                y: s.label.1 + rng.gen_range(4.0..10.0),
                href: "/organisations/1",
                title: "An organisation <GmbH & Co. KG>",
            }
        })
        .collect();
    let germany = svg::choropleth(
        "germany",
        "Projects per region in Germany",
        "",
        view,
        &background,
        &areas,
        &markers,
        &map_labels,
    );

    let range_texts: Vec<String> = ranges(&b, min)
        .iter()
        .map(|&(from, to)| {
            if to == 0.0 {
                "0".to_string()
            } else if from == to {
                format!("{to}")
            } else if from == 0.0 && b[0] != 0.0 {
                format!("{from}–{to}")
            } else {
                format!("{}–{}", from + 1.0, to)
            }
        })
        .collect();
    let swatches: Vec<(usize, &str)> = range_texts
        .iter()
        .enumerate()
        .map(|(c, t)| (shade(c, b.len()), t.as_str()))
        .collect();
    let legend = svg::legend("legend", "Projects per region", &swatches, Some("no data"));

    let types = [
        ("Higher or secondary education establishments", 1834.0),
        (
            "Private for-profit entities (excluding higher or secondary education establishments)",
            1520.0,
        ),
        ("Research organisations", 1204.0),
        (
            "Public bodies (excluding research organisations and secondary or higher education)",
            512.0,
        ),
        ("Other", 230.0),
        ("Small and medium-sized enterprises", 199.0),
        ("<script>alert('x')</script> & Söhne", 42.0),
        ("Cluster organisations", 3.0),
        ("Unknown", 0.0),
    ];
    let type_texts: Vec<String> = types.iter().map(|(_, v)| thousands(*v)).collect();
    let bars: Vec<Bar> = types
        .iter()
        .zip(&type_texts)
        .enumerate()
        .map(|(i, ((label, value), text))| Bar {
            label,
            value: *value,
            value_text: text,
            href: (i % 2 == 0).then_some("/types/x"),
        })
        .collect();
    let bar_chart = svg::bar_chart("types", "Organisations by type", "", &bars);

    let months: Vec<(String, f64, String)> = (0..60)
        .map(|i| {
            let v = (40.0 + 30.0 * (f64::from(i) / 6.0).sin() + rng.gen_range(0.0..40.0) + f64::from(i) * 2.0).round();
            (format!("{}-{:02}", 2020 + i / 12, i % 12 + 1), v, thousands(v))
        })
        .collect();
    let columns: Vec<Column> = months
        .iter()
        .map(|(l, v, t)| Column {
            label: l,
            value: *v,
            value_text: t,
        })
        .collect();
    let column_chart = svg::column_chart("months", "New projects per month", "", &columns, &|v| thousands(v));
    let years: Vec<(String, f64, String)> = (2014..2026)
        .map(|y| {
            let v = f64::from(rng.gen_range(100..5000));
            (y.to_string(), v, thousands(v))
        })
        .collect();
    let year_columns: Vec<Column> = years
        .iter()
        .map(|(l, v, t)| Column {
            label: l,
            value: *v,
            value_text: t,
        })
        .collect();
    let year_chart = svg::column_chart("years", "Projects per year", "", &year_columns, &|v| thousands(v));

    let network = network_drawing(&mut rng);

    let drawings = [
        ("europe", "Projects per region", &europe),
        ("legend", "Legend", &legend),
        ("germany", "Germany, zoomed", &germany),
        ("types", "Organisations by type", &bar_chart),
        ("months", "New projects per month", &column_chart),
        ("years", "Projects per year", &year_chart),
        ("network", "Partners of an organisation", &network),
    ];
    let mut html = String::from(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>clusterhub charts</title>\
         <style>body{font-family:system-ui,sans-serif;margin:0 auto;max-width:1000px;padding:16px}\
         figure{margin:0 0 32px}figcaption{font-weight:bold;margin-bottom:4px}\
         .two{display:flex;gap:16px;flex-wrap:wrap}.two>svg{flex:1 1 300px}\
         .chart-bar:hover,.map-region:hover{opacity:.8}</style></head><body>\n",
    );
    for (name, caption, svg) in drawings {
        std::fs::write(out_dir.join(format!("{name}.svg")), svg).map_err(|e| format!("{name}.svg: {e}"))?;
        println!("{name}.svg: {} bytes", svg.len());
        let _ = writeln!(html, "<figure><figcaption>{caption}</figcaption>{svg}</figure>");
    }
    html.push_str("</body></html>\n");
    let path = out_dir.join("charts.html");
    std::fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("wrote {}", path.display());
    Ok(())
}

/// A collaboration network of 400 organisations in 12 countries, reduced to 60 nodes around one
/// focus organisation (the other countries' members merged into one node each), laid out.
fn network_drawing(rng: &mut ChaCha8Rng) -> String {
    let n = 400;
    let countries = 12;
    let country: Vec<usize> = (0..n)
        .map(|_| (rng.gen::<f64>().powi(2) * countries as f64) as usize)
        .collect();
    let activity: Vec<f64> = (0..n)
        .map(|_| (1.0 - rng.gen::<f64>()).powf(-1.0 / 1.5).min(60.0))
        .collect();
    let mut edges = Vec::new();
    while edges.len() < 1600 {
        let a = rng.gen_range(0..n);
        let b = rng.gen_range(0..n);
        if a == b || rng.gen::<f64>() * 60.0 > activity[a] + activity[b] {
            continue;
        }
        if country[a] != country[b] && rng.gen_bool(0.7) {
            continue;
        }
        let weight = (1.0 / (1.0 - 0.95 * rng.gen::<f64>())).floor().clamp(1.0, 20.0);
        edges.push(Edge { a, b, weight });
    }
    let focus = 5;
    let reduced = reduce(n, &edges, &country, &[focus], 60);
    // A group's ties sum over its members: per member, as the network bench draws them.
    let members: Vec<f64> = reduced
        .nodes
        .iter()
        .map(|node| match node {
            ReducedNode::Kept(_) => 1.0,
            ReducedNode::Group { members, .. } => *members as f64,
        })
        .collect();
    let drawn: Vec<Edge> = reduced
        .edges
        .iter()
        .map(|e| Edge {
            a: e.a,
            b: e.b,
            weight: e.weight / members[e.a].max(members[e.b]),
        })
        .collect();
    let positions = layout(reduced.nodes.len(), &drawn);
    let sides = label_sides(&positions);
    let mut degree = vec![0.0; reduced.nodes.len()];
    for e in &reduced.edges {
        degree[e.a] += e.weight;
        degree[e.b] += e.weight;
    }
    let names: Vec<String> = reduced
        .nodes
        .iter()
        .map(|node| match node {
            ReducedNode::Kept(i) => format!("{} {}", NAMES[i % NAMES.len()], i),
            ReducedNode::Group { group, members } => {
                format!("{members} others in {}", COUNTRIES[*group % COUNTRIES.len()])
            }
        })
        .collect();
    let nodes: Vec<NetNode> = reduced
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| NetNode {
            x: positions[i].0,
            y: positions[i].1,
            label: &names[i],
            weight: degree[i],
            href: matches!(node, ReducedNode::Kept(_)).then_some("/organisations/1"),
            group: matches!(node, ReducedNode::Group { .. }),
            focus: *node == ReducedNode::Kept(focus),
            label_left: sides[i],
        })
        .collect();
    let net_edges: Vec<NetEdge> = drawn
        .iter()
        .map(|e| NetEdge {
            a: e.a,
            b: e.b,
            weight: e.weight,
        })
        .collect();
    svg::network(
        "network",
        "Partners of Fraunhofer-Gesellschaft 5",
        "Collaboration network: organisations linked by shared projects",
        &nodes,
        &net_edges,
    )
}

const NAMES: [&str; 8] = [
    "Fraunhofer-Gesellschaft",
    "Université de Lorraine",
    "Politecnico di Milano",
    "Teknologian tutkimuskeskus VTT Oy",
    "Consejo Superior de Investigaciones Científicas",
    "Stichting Wageningen Research",
    "Kungliga Tekniska högskolan",
    "Siemens AG",
];

const COUNTRIES: [&str; 12] = ["DE", "FR", "IT", "ES", "NL", "BE", "SE", "AT", "PL", "FI", "DK", "PT"];

/// A standard normal deviate (Box–Muller).
fn normal(rng: &mut ChaCha8Rng) -> f64 {
    let (u, v): (f64, f64) = (1.0 - rng.gen::<f64>(), rng.gen());
    (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
}

/// English number format with thousands separators, as a page would pass it.
fn thousands(v: f64) -> String {
    let digits = format!("{}", v.round() as i64);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

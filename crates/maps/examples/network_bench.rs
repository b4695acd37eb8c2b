//! Time and quality of the collaboration-network layout:
//! `cargo run --release -p clusterhub-maps --example network_bench [-- --svg net.svg --svg-reduced reduced.svg]`.
//!
//! The networks are generated (seeded) with the shape of the platform's data: organisations in
//! countries of very different sizes, a few very active ones and many with one or two projects
//! (Pareto activity, so power-law degrees), most ties inside a country, weights (shared projects)
//! from 1 to 20 with many 1s. Prints the median and worst time of `layout` over 20 runs for
//! 100/1,000, 300/3,000 and 500/5,000 nodes/edges with the normalised stress of the result, the time
//! of `reduce` from 20,000 nodes and 100,000 edges to 300 nodes and of laying that out (merged
//! countries' weights per member), and writes
//! SVG drawings for a person to look at.

use std::time::Instant;

use maps::network::{label_sides, layout, reduce, stress, Edge, ReducedNode};
use rand::distributions::{Distribution, WeightedIndex};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const RUNS: usize = 20;

struct Network {
    nodes: usize,
    edges: Vec<Edge>,
    community: Vec<usize>,
    communities: usize,
}

fn generate(nodes: usize, edges: usize, seed: u64) -> Network {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let communities = (nodes / 12).clamp(3, 30);
    // Country sizes fall with rank (Zipf), like the number of participants per EU member state.
    let size = WeightedIndex::new((1..=communities).map(|r| 1.0 / r as f64)).expect("community weights");
    let community: Vec<usize> = (0..nodes).map(|_| size.sample(&mut rng)).collect();
    // Pareto(α = 1.5) activity: a few organisations take part in very many projects.
    let activity: Vec<f64> = (0..nodes)
        .map(|_| (1.0 - rng.gen::<f64>()).powf(-1.0 / 1.5).min(60.0))
        .collect();
    let mut members = vec![Vec::new(); communities];
    for (i, &c) in community.iter().enumerate() {
        members[c].push(i);
    }
    let within: Vec<Option<WeightedIndex<f64>>> = members
        .iter()
        .map(|m| WeightedIndex::new(m.iter().map(|&i| activity[i])).ok())
        .collect();
    let anyone = WeightedIndex::new(&activity).expect("activity weights");

    let mut out = Vec::with_capacity(edges);
    while out.len() < edges {
        let a = anyone.sample(&mut rng);
        let c = community[a];
        let b = match &within[c] {
            Some(pick) if members[c].len() > 1 && rng.gen_bool(0.85) => members[c][pick.sample(&mut rng)],
            _ => anyone.sample(&mut rng),
        };
        if a == b {
            continue;
        }
        // P(weight ≥ k) falls like 1/k: most pairs share one project, a few share twenty.
        let weight = (1.0 / (1.0 - 0.95 * rng.gen::<f64>())).floor().clamp(1.0, 20.0);
        out.push(Edge { a, b, weight });
    }
    Network {
        nodes,
        edges: out,
        community,
        communities,
    }
}

fn median_and_max(times: &mut [f64]) -> (f64, f64) {
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], times[times.len() - 1])
}

fn time_layout(network: &Network, runs: usize) -> (f64, f64, Vec<(f64, f64)>) {
    let mut times = Vec::with_capacity(runs);
    let mut positions = Vec::new();
    for _ in 0..runs {
        let start = Instant::now();
        positions = layout(network.nodes, &network.edges);
        times.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    let (median, max) = median_and_max(&mut times);
    (median, max, positions)
}

/// An SVG of the drawing: circles sized by weighted degree and coloured by community, lines
/// darker and wider with weight, the ten strongest nodes labelled on the side `label_sides` says.
fn svg(nodes: usize, edges: &[Edge], positions: &[(f64, f64)], colour: &[usize], names: &[String]) -> String {
    const SIDE: f64 = 900.0;
    let at = |p: (f64, f64)| (p.0 * SIDE, p.1 * SIDE);
    let mut strength = vec![0.0f64; nodes];
    for e in edges.iter().filter(|e| e.a < nodes && e.b < nodes && e.a != e.b) {
        strength[e.a] += e.weight;
        strength[e.b] += e.weight;
    }
    let max_weight = edges.iter().map(|e| e.weight).fold(1.0, f64::max);
    // Radius by the square root of the weighted degree, relative to the strongest node, so that a
    // merged country (thousands of shared projects) does not cover the drawing.
    let max_strength = strength.iter().copied().fold(1.0, f64::max);
    let radius = |s: f64| 2.5 + 14.0 * (s / max_strength).sqrt();
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{SIDE}\" height=\"{SIDE}\" viewBox=\"0 0 {SIDE} {SIDE}\">\n\
         <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n<g stroke=\"#334\" stroke-linecap=\"round\">\n"
    );
    for e in edges.iter().filter(|e| e.a < nodes && e.b < nodes && e.a != e.b) {
        let (x1, y1) = at(positions[e.a]);
        let (x2, y2) = at(positions[e.b]);
        let t = (e.weight / max_weight).sqrt();
        out.push_str(&format!(
            "<line x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\" stroke-opacity=\"{:.2}\" stroke-width=\"{:.1}\"/>\n",
            0.06 + 0.5 * t,
            0.5 + 2.0 * t
        ));
    }
    out.push_str("</g>\n<g stroke=\"white\" stroke-width=\"1\">\n");
    for (i, &p) in positions.iter().enumerate() {
        let (x, y) = at(p);
        // Golden-angle hues keep neighbouring community numbers apart in colour.
        let hue = (colour[i] as f64 * 137.508) % 360.0;
        out.push_str(&format!(
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{:.1}\" fill=\"hsl({hue:.0},65%,48%)\"/>\n",
            radius(strength[i])
        ));
    }
    out.push_str("</g>\n<g font-family=\"sans-serif\" font-size=\"12\" fill=\"#111\">\n");
    let mut ranked: Vec<usize> = (0..nodes).collect();
    ranked.sort_by(|&x, &y| strength[y].total_cmp(&strength[x]).then(x.cmp(&y)));
    let left = label_sides(positions);
    for &i in ranked.iter().take(10) {
        let (x, y) = at(positions[i]);
        let gap = 3.0 + radius(strength[i]);
        let (x, anchor) = if left[i] { (x - gap, "end") } else { (x + gap, "start") };
        out.push_str(&format!(
            "<text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\">{}</text>\n",
            y + 4.0,
            names[i]
        ));
    }
    out.push_str("</g>\n</svg>\n");
    out
}

fn write(path: &Option<String>, contents: &str) {
    if let Some(path) = path {
        std::fs::write(path, contents).expect("write the SVG");
        println!("wrote {path}");
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let option = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let (svg_path, svg_reduced_path) = (option("--svg"), option("--svg-reduced"));

    println!("layout                      runs   median ms     max ms   stress");
    // The last two are beyond what `reduce` leaves: the largest component laid out by stress
    // majorization, and one that is placed by pivot MDS alone.
    for (nodes, edges, runs) in [
        (100, 1_000, RUNS),
        (300, 3_000, RUNS),
        (500, 5_000, RUNS),
        (1_000, 10_000, 3),
        (3_000, 30_000, 3),
    ] {
        let network = generate(nodes, edges, 7);
        let (median, max, positions) = time_layout(&network, runs);
        let quality = stress(&network.edges, &positions);
        println!("{nodes:>5} nodes, {edges:>6} edges {runs:>4} {median:>11.2} {max:>10.2}   {quality:.4}");
        if nodes == 300 {
            // The yardstick for the stress figures: the same network at random positions.
            let mut rng = ChaCha8Rng::seed_from_u64(3);
            let random: Vec<(f64, f64)> = (0..nodes).map(|_| (rng.gen(), rng.gen())).collect();
            println!(
                "  (the same at random positions: stress {:.4})",
                stress(&network.edges, &random)
            );
            let names: Vec<String> = (0..nodes)
                .map(|i| format!("org {i} ({})", network.community[i]))
                .collect();
            write(
                &svg_path,
                &svg(nodes, &network.edges, &positions, &network.community, &names),
            );
        }
    }

    let big = generate(20_000, 100_000, 11);
    let focus = [0, 1, 2];
    let mut times = Vec::with_capacity(RUNS);
    let mut reduced = None;
    for _ in 0..RUNS {
        let start = Instant::now();
        reduced = Some(reduce(big.nodes, &big.edges, &big.community, &focus, 300));
        times.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    let (median, max) = median_and_max(&mut times);
    let reduced = reduced.expect("at least one run");
    let groups = reduced
        .nodes
        .iter()
        .filter(|n| matches!(n, ReducedNode::Group { .. }))
        .count();
    println!(
        "reduce 20,000 nodes, 100,000 edges to {} nodes ({groups} of {} groups), {} edges: median {median:.2} ms, max {max:.2} ms",
        reduced.nodes.len(),
        big.communities,
        reduced.edges.len()
    );
    // A merged country's edges sum over its thousands of members and would pull every country
    // into one knot in the middle; per member, they weigh like an organisation's and the drawing
    // shows the kept organisations' own structure, the countries at its edge.
    let members = |i: usize| match reduced.nodes[i] {
        ReducedNode::Group { members, .. } => members as f64,
        ReducedNode::Kept(_) => 1.0,
    };
    let network = Network {
        nodes: reduced.nodes.len(),
        edges: reduced
            .edges
            .iter()
            .map(|e| Edge {
                a: e.a,
                b: e.b,
                weight: e.weight / members(e.a) / members(e.b),
            })
            .collect(),
        community: reduced
            .nodes
            .iter()
            .map(|n| match *n {
                ReducedNode::Kept(i) => big.community[i],
                ReducedNode::Group { group, .. } => group,
            })
            .collect(),
        communities: big.communities,
    };
    let (median, max, positions) = time_layout(&network, RUNS);
    let quality = stress(&network.edges, &positions);
    println!("layout of the reduced network: median {median:.2} ms, max {max:.2} ms, stress {quality:.4}");
    let names: Vec<String> = reduced
        .nodes
        .iter()
        .map(|n| match *n {
            ReducedNode::Kept(i) => format!("org {i}"),
            ReducedNode::Group { group, members } => format!("country {group} ({members})"),
        })
        .collect();
    write(
        &svg_reduced_path,
        &svg(network.nodes, &network.edges, &positions, &network.community, &names),
    );
}

//! Randomised checks of the network layout and reduction: whatever the input (weights NaN,
//! infinite, negative or zero, ends out of range, self-loops, parallel edges, many components),
//! `layout` returns one finite position per node inside the unit square, the same each time, and
//! `reduce` keeps its promises.

use maps::network::{label_sides, layout, reduce, stress, Edge, ReducedNode};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

fn random_weight(rng: &mut ChaCha8Rng) -> f64 {
    match rng.gen_range(0..20) {
        0 => f64::NAN,
        1 => f64::INFINITY,
        2 => -1.0,
        3 => 0.0,
        4 => 1e-300,
        5 => 1e300,
        _ => rng.gen_range(1..=20) as f64,
    }
}

fn random_network(rng: &mut ChaCha8Rng) -> (usize, Vec<Edge>) {
    let nodes = rng.gen_range(0..60);
    let count = rng.gen_range(0..(3 * nodes + 1));
    let edges = (0..count)
        .map(|_| Edge {
            // A few ends out of range.
            a: rng.gen_range(0..nodes + 2),
            b: rng.gen_range(0..nodes + 2),
            weight: random_weight(rng),
        })
        .collect();
    (nodes, edges)
}

#[test]
fn layouts_of_random_hostile_networks_are_finite_framed_and_repeatable() {
    let mut rng = ChaCha8Rng::seed_from_u64(1);
    for _ in 0..300 {
        let (nodes, edges) = random_network(&mut rng);
        let positions = layout(nodes, &edges);
        assert_eq!(positions.len(), nodes);
        for &(x, y) in &positions {
            assert!(x.is_finite() && y.is_finite(), "{nodes} {edges:?}");
            assert!((0.0..=1.0).contains(&x) && (0.0..=1.0).contains(&y), "{x} {y}");
        }
        assert_eq!(positions, layout(nodes, &edges));
        assert_eq!(label_sides(&positions).len(), nodes);
        let s = stress(&edges, &positions);
        assert!((0.0..=1.0).contains(&s), "{s}");
    }
}

#[test]
fn reductions_of_random_networks_keep_their_promises() {
    let mut rng = ChaCha8Rng::seed_from_u64(2);
    for _ in 0..300 {
        let (nodes, edges) = random_network(&mut rng);
        let groups = rng.gen_range(1..8);
        let group: Vec<usize> = (0..nodes).map(|_| rng.gen_range(0..groups)).collect();
        let focus: Vec<usize> = (0..rng.gen_range(0..4)).map(|_| rng.gen_range(0..nodes + 1)).collect();
        let max_nodes = rng.gen_range(0..nodes + 3);
        let r = reduce(nodes, &edges, &group, &focus, max_nodes);

        let focus_in_range: std::collections::BTreeSet<usize> = focus.iter().copied().filter(|&f| f < nodes).collect();
        assert!(r.nodes.len() <= max_nodes.max(focus_in_range.len()));
        for f in &focus_in_range {
            assert!(r.nodes.contains(&ReducedNode::Kept(*f)));
        }
        let mut seen_groups = std::collections::BTreeSet::new();
        let mut covered = 0;
        for node in &r.nodes {
            match *node {
                ReducedNode::Kept(i) => {
                    assert!(i < nodes);
                    covered += 1;
                }
                ReducedNode::Group { group: g, members } => {
                    assert!(g < groups && members >= 2 && seen_groups.insert(g));
                    covered += members;
                }
            }
        }
        // Nobody is lost unless there was no room for every group.
        if max_nodes >= focus_in_range.len() + groups {
            assert_eq!(covered, nodes);
        }
        // One edge per pair, no self-loops, positive weights, no more weight than went in.
        for pair in r.edges.windows(2) {
            assert!((pair[0].a, pair[0].b) < (pair[1].a, pair[1].b));
        }
        let valid_in: f64 = edges
            .iter()
            .filter(|e| e.a < nodes && e.b < nodes && e.a != e.b && e.weight.is_finite() && e.weight > 0.0)
            .map(|e| e.weight)
            .sum();
        let out: f64 = r.edges.iter().map(|e| e.weight).sum();
        assert!(out <= valid_in * (1.0 + 1e-12));
        for e in &r.edges {
            assert!(e.a < e.b && e.b < r.nodes.len() && e.weight > 0.0);
        }
        assert_eq!(r, reduce(nodes, &edges, &group, &focus, max_nodes));
        // And the reduced network can be drawn.
        assert_eq!(layout(r.nodes.len(), &r.edges).len(), r.nodes.len());
    }
}

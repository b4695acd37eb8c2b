//! Collaboration networks (who works with whom through shared projects), drawn on the server.
//!
//! - [`reduce`] cuts a network of thousands of organisations down to the few hundred nodes a
//!   drawing can show: the nodes asked about, the best connected ones, and one node per group
//!   (country, region) for everybody else, so the drawing still says where the rest of the ties go.
//! - [`layout`] places the nodes by stress majorization (SMACOF): distances in the drawing follow
//!   distances in the network, so "close" reads as "works together, directly or through few
//!   partners". Unlike a force simulation it is deterministic without a seed, its stress falls
//!   monotonically, and it needs no cooling schedule to tune.
//! - [`label_sides`] tells on which side of its node a label fits inside the frame.
//! - [`stress`] measures how well a drawing keeps the network's distances, for tests and benches.
//!
//! Cost: a connected component of n nodes costs an n×n distance matrix, an n×n Cholesky factor
//! (n³/6 multiply-adds, once) and O(n²) per iteration. That is milliseconds for the few hundred
//! nodes [`reduce`] leaves; a component of more than [`SMACOF_LIMIT`] nodes is placed by pivot MDS
//! alone (O(n) memory per pivot) so that an unreduced network is slower and coarser but never
//! exhausts memory.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A tie between nodes `a` and `b`; `weight` is its strength, e.g. the number of shared projects.
/// Edges with a non-finite or non-positive weight, an end out of range or both ends on one node are
/// ignored by every function here, and parallel edges count as one edge with the summed weight.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    pub a: usize,
    pub b: usize,
    pub weight: f64,
}

/// A network reduced by [`reduce`]: node `i` of `edges` is `nodes[i]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reduced {
    pub nodes: Vec<ReducedNode>,
    /// Sorted by `(a, b)` with `a < b`, one edge per pair, weights summed.
    pub edges: Vec<Edge>,
}

/// What a node of a [`Reduced`] network stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReducedNode {
    /// An original node, by its index.
    Kept(usize),
    /// The `members` original nodes of group `group` that were not kept, merged into one.
    Group { group: usize, members: usize },
}

/// Components larger than this are placed by pivot MDS without the stress iterations: the
/// all-pairs matrix and its factor take 2·n²·8 bytes (16 MB at this size), the factorisation n³/6
/// operations and each iteration n²/2 pairs: about a third of a second at this size on the bench's
/// machine, as much as a page view should ever pay.
pub const SMACOF_LIMIT: usize = 1000;

/// Distance of every drawing from the border of the unit square, so that circles and the start of
/// labels are not cut off.
const MARGIN: f64 = 0.05;
/// Bounds of an edge's ideal length, in units of the length of an edge of median weight; see
/// [`edge_length`].
const MIN_LENGTH: f64 = 0.3;
const MAX_LENGTH: f64 = 2.0;
/// The stress iterations stop when an iteration lowers the stress by less than this fraction.
const TOLERANCE: f64 = 1e-4;
/// ... or after this many iterations; from a pivot MDS start, drawings of a few hundred nodes
/// converge in well under a hundred, and the cap bounds the time of a pathological one.
const MAX_ITERATIONS: usize = 300;
/// Pivots of the MDS start: 50 is Brandes & Pich's recommendation, beyond which the start does not
/// improve visibly.
const PIVOTS: usize = 50;
/// Space between packed components and between isolated nodes, in edge lengths.
const GAP: f64 = 1.5;
const SPACING: f64 = 1.0;
/// Amplitude, in edge lengths, of the deterministic nudge added to the start positions: nodes with
/// the same distances to everybody (the leaves of one hub) get the same MDS position, and the
/// stress iteration cannot separate two nodes that sit exactly on each other.
const NUDGE: f64 = 0.02;

/// Reduces a network of `nodes` nodes to at most `max_nodes` nodes, so that a drawing stays
/// readable and its layout fast.
///
/// The nodes in `focus` are always kept (the organisation or region the drawing is about), then
/// the nodes of greatest weighted degree (sum of their edges' weights; ties broken by the lower
/// index), as many as fit. Every other node is merged into one node per group (`group[i]`, e.g. the
/// index of the node's country), so the drawing still shows how strongly the kept nodes are tied
/// to the rest of each country; a group left with a single member is shown as that member instead.
/// Parallel edges are summed and edges inside a merged node dropped.
///
/// Result nodes are numbered 0..n: the kept nodes in the order of their original index, then the
/// groups in the order of their number. Deterministic for the same input.
///
/// A group's edges sum over all its members, so they outweigh the kept nodes' own ties by far; to
/// draw, divide a group's edge weights by its `members` (the network bench does), or [`layout`]
/// pulls every group into one knot in the middle.
///
/// Limits: a node with no entry in `group` (index ≥ `group.len()`) cannot be merged and is dropped
/// when it is not kept. When even the focus and one node per group exceed `max_nodes`, the groups of
/// greatest weighted degree are shown and the others dropped; when the focus alone exceeds it, the
/// result is the focus. Focus indices out of range are ignored.
pub fn reduce(nodes: usize, edges: &[Edge], group: &[usize], focus: &[usize], max_nodes: usize) -> Reduced {
    let clean = clean_edges(nodes, edges);
    let mut strength = vec![0.0f64; nodes];
    for &(a, b, w) in &clean {
        strength[a] += w;
        strength[b] += w;
    }
    let group_of = |i: usize| group.get(i).copied();

    let mut kept = vec![false; nodes];
    for &f in focus.iter().filter(|&&f| f < nodes) {
        kept[f] = true;
    }
    let mut count = kept.iter().filter(|&&k| k).count();
    // Members of each group that are not (yet) kept.
    let mut remaining: BTreeMap<usize, usize> = BTreeMap::new();
    for i in (0..nodes).filter(|&i| !kept[i]) {
        if let Some(g) = group_of(i) {
            *remaining.entry(g).or_default() += 1;
        }
    }

    // Keep the strongest nodes while kept nodes plus group nodes fit. Keeping a node adds one node
    // and removes at most one group node, so the total never falls and the first node that does not
    // fit ends the search.
    let mut order: Vec<usize> = (0..nodes).filter(|&i| !kept[i]).collect();
    order.sort_by(|&x, &y| strength[y].total_cmp(&strength[x]).then(x.cmp(&y)));
    for &i in &order {
        let empties_group = group_of(i).is_some_and(|g| remaining.get(&g) == Some(&1));
        if count + 1 + remaining.len() - usize::from(empties_group) > max_nodes {
            break;
        }
        kept[i] = true;
        count += 1;
        if let Some(g) = group_of(i) {
            take_member(&mut remaining, g);
        }
    }
    // Too many groups even for the focus alone: show the strongest groups.
    if count + remaining.len() > max_nodes {
        let mut group_strength: BTreeMap<usize, f64> = BTreeMap::new();
        for i in (0..nodes).filter(|&i| !kept[i]) {
            if let Some(g) = group_of(i) {
                *group_strength.entry(g).or_default() += strength[i];
            }
        }
        let mut ranked: Vec<(usize, f64)> = group_strength.into_iter().collect();
        ranked.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        for &(g, _) in ranked.iter().skip(max_nodes.saturating_sub(count)) {
            remaining.remove(&g);
        }
    }
    // A group of one is better shown as its member: same number of nodes, and a name.
    for (i, keep) in kept.iter_mut().enumerate() {
        if let Some(g) = group_of(i).filter(|_| !*keep) {
            if remaining.get(&g) == Some(&1) {
                *keep = true;
                count += 1;
                take_member(&mut remaining, g);
            }
        }
    }

    let mut out_nodes = Vec::with_capacity(count + remaining.len());
    let mut id: Vec<Option<usize>> = vec![None; nodes];
    for (i, slot) in id.iter_mut().enumerate().filter(|(i, _)| kept[*i]) {
        *slot = Some(out_nodes.len());
        out_nodes.push(ReducedNode::Kept(i));
    }
    let mut group_id: BTreeMap<usize, usize> = BTreeMap::new();
    for (&g, &members) in &remaining {
        group_id.insert(g, out_nodes.len());
        out_nodes.push(ReducedNode::Group { group: g, members });
    }
    for (i, slot) in id.iter_mut().enumerate().filter(|(i, _)| !kept[*i]) {
        *slot = group_of(i).and_then(|g| group_id.get(&g).copied());
    }

    let mapped: Vec<Edge> = clean
        .iter()
        .filter_map(|&(a, b, weight)| match (id[a], id[b]) {
            (Some(a), Some(b)) => Some(Edge { a, b, weight }),
            _ => None,
        })
        .collect();
    let edges = clean_edges(out_nodes.len(), &mapped)
        .into_iter()
        .map(|(a, b, weight)| Edge { a, b, weight })
        .collect();
    Reduced {
        nodes: out_nodes,
        edges,
    }
}

fn take_member(remaining: &mut BTreeMap<usize, usize>, g: usize) {
    if let Some(c) = remaining.get_mut(&g) {
        *c -= 1;
        if *c == 0 {
            remaining.remove(&g);
        }
    }
}

/// Positions of the nodes in the unit square, y growing downwards as in SVG, every node at least
/// 5 % of the side away from the border.
///
/// Each connected component is laid out by stress majorization (SMACOF, Gansner, Koren & North
/// 2004): the ideal distance of two nodes is their shortest-path distance (Dijkstra's algorithm in
/// Dinitz's bucket form) where an edge of weight w is `2 / (1 + sqrt(w / median weight))` long,
/// bounded to [0.3, 2]: a tie of median weight is 1 long, nine times as strong ½, and no tie
/// collapses its ends onto each other or drowns the others (`edge_length` says more); the stress Σ d⁻²(‖xᵢ − xⱼ‖ − dᵢⱼ)² is minimised by Guttman transforms,
/// each solved exactly with a Cholesky factor computed once, from a pivot MDS start (Brandes & Pich
/// 2006), until an iteration lowers the stress by less than 10⁻⁴ of itself (at most 300
/// iterations). The pivot MDS start puts the iterations near a good minimum at once, which makes
/// the result both fast and free of the random start a force layout needs.
///
/// Components are rotated so that their longer axis is horizontal and packed side by side in rows,
/// largest first, one scale for all so that lengths compare across them; isolated nodes sit in a
/// grid below; a single node sits in the centre. Deterministic for the same input; edges that
/// [`Edge`] says are ignored are ignored.
pub fn layout(nodes: usize, edges: &[Edge]) -> Vec<(f64, f64)> {
    if nodes == 0 {
        return Vec::new();
    }
    let adjacency = adjacency(nodes, &clean_edges(nodes, edges));
    let mut pieces = Vec::new();
    let mut isolated = Vec::new();
    for component in components(&adjacency) {
        if component.len() == 1 {
            isolated.push(component[0]);
        } else {
            let local = local_adjacency(&adjacency, &component);
            let mut coordinates = layout_component(&local);
            orient(&mut coordinates);
            pieces.push((component, coordinates));
        }
    }
    pack(nodes, &pieces, &isolated)
}

/// For each node, whether its label should go to its left: true for the nodes in the right half of
/// the drawing, so that labels run towards the middle and stay inside the frame.
pub fn label_sides(positions: &[(f64, f64)]) -> Vec<bool> {
    positions.iter().map(|&(x, _)| x > 0.5).collect()
}

/// Normalised stress of a drawing of the network: Σ (s‖xᵢ − xⱼ‖/dᵢⱼ − 1)² over the pairs of nodes
/// in one component, divided by the number of such pairs, with the scale s that minimises it (the
/// drawing's units are arbitrary). dᵢⱼ are the ideal distances of [`layout`]. 0 is perfect; the
/// bench's generated collaboration networks of a few hundred nodes score about 0.12 when laid out
/// and about 0.29 at random positions. The node count is `positions.len()`; costs one shortest-path
/// search per node and O(n²) pairs, O(n) memory.
pub fn stress(edges: &[Edge], positions: &[(f64, f64)]) -> f64 {
    let n = positions.len();
    let adjacency = adjacency(n, &clean_edges(n, edges));
    let (mut sum, mut sum_sq, mut pairs) = (0.0f64, 0.0f64, 0usize);
    let mut dist = vec![f64::INFINITY; n];
    let mut paths = ShortestPaths::new(&adjacency);
    for i in 0..n {
        paths.from(&adjacency, i, &mut dist);
        let (xi, yi) = positions[i];
        for (j, &d) in dist.iter().enumerate().skip(i + 1) {
            if d.is_finite() && d > 0.0 {
                let (xj, yj) = positions[j];
                let r = (xi - xj).hypot(yi - yj) / d;
                sum += r;
                sum_sq += r * r;
                pairs += 1;
            }
        }
    }
    if pairs == 0 {
        0.0
    } else if sum_sq.is_nan() || sum_sq <= 0.0 || sum_sq.is_infinite() {
        // Everything on one point, or non-finite positions: as bad as a drawing gets.
        1.0
    } else {
        // min over s of Σ (s r − 1)² is reached at s = Σr / Σr².
        (pairs as f64 - sum * sum / sum_sq).max(0.0) / pairs as f64
    }
}

/// The edges that count, as `(a, b, weight)` with `a < b`, sorted, parallel edges summed (more
/// shared projects, a stronger tie). A stable sort keeps the summation order, and so the last bit of
/// every weight, the same for the same input.
fn clean_edges(nodes: usize, edges: &[Edge]) -> Vec<(usize, usize, f64)> {
    let mut valid: Vec<(usize, usize, f64)> = edges
        .iter()
        .filter(|e| e.a < nodes && e.b < nodes && e.a != e.b && e.weight.is_finite() && e.weight > 0.0)
        .map(|e| (e.a.min(e.b), e.a.max(e.b), e.weight))
        .collect();
    valid.sort_by_key(|e| (e.0, e.1));
    let mut merged: Vec<(usize, usize, f64)> = Vec::with_capacity(valid.len());
    for (a, b, w) in valid {
        match merged.last_mut() {
            Some(last) if last.0 == a && last.1 == b => last.2 = (last.2 + w).min(f64::MAX),
            _ => merged.push((a, b, w)),
        }
    }
    merged
}

/// Ideal length of an edge of weight `w` in a network whose median edge weight is `median`:
/// `2 / (1 + sqrt(w / median))`, within [0.3, 2]. An edge of median weight is 1 long, four times
/// the median ⅔, nine times ½; a weaker tie is longer, up to 2. Relative to the median, so that the
/// drawing does not depend on whether weights count projects, euros or anything else. The square
/// root and the bounds keep the strongest pairs from collapsing onto each other and keep the stress
/// weights d⁻² of linked pairs within a factor of 45, so that a few very strong ties do not dominate
/// the layout.
fn edge_length(w: f64, median: f64) -> f64 {
    let length = 2.0 / (1.0 + (w / median).sqrt());
    if length.is_nan() {
        1.0
    } else {
        length.clamp(MIN_LENGTH, MAX_LENGTH)
    }
}

/// Neighbours of each node with the ideal length of the edge.
fn adjacency(nodes: usize, clean: &[(usize, usize, f64)]) -> Vec<Vec<(usize, f64)>> {
    let mut weights: Vec<f64> = clean.iter().map(|e| e.2).collect();
    weights.sort_by(f64::total_cmp);
    let median = weights.get(weights.len() / 2).copied().unwrap_or(1.0);
    let mut adjacency = vec![Vec::new(); nodes];
    for &(a, b, w) in clean {
        let length = edge_length(w, median);
        adjacency[a].push((b, length));
        adjacency[b].push((a, length));
    }
    adjacency
}

/// Connected components, each sorted by node index, the largest first (ties: lowest first node).
fn components(adjacency: &[Vec<(usize, f64)>]) -> Vec<Vec<usize>> {
    let mut seen = vec![false; adjacency.len()];
    let mut components = Vec::new();
    let mut stack = Vec::new();
    for start in 0..adjacency.len() {
        if seen[start] {
            continue;
        }
        seen[start] = true;
        stack.push(start);
        let mut component = Vec::new();
        while let Some(v) = stack.pop() {
            component.push(v);
            for &(u, _) in &adjacency[v] {
                if !seen[u] {
                    seen[u] = true;
                    stack.push(u);
                }
            }
        }
        component.sort_unstable();
        components.push(component);
    }
    // Stable: equal sizes keep the order of their first node.
    components.sort_by_key(|c| std::cmp::Reverse(c.len()));
    components
}

/// The adjacency of `component` with its nodes renumbered 0..len in the order given.
fn local_adjacency(adjacency: &[Vec<(usize, f64)>], component: &[usize]) -> Vec<Vec<(usize, f64)>> {
    let mut local = vec![usize::MAX; adjacency.len()];
    for (i, &v) in component.iter().enumerate() {
        local[v] = i;
    }
    component
        .iter()
        .map(|&v| adjacency[v].iter().map(|&(u, length)| (local[u], length)).collect())
        .collect()
}

/// Single-source shortest paths by Dinitz's bucket variant of Dijkstra's algorithm: tentative
/// distances are filed in buckets as wide as the shortest edge, and every node in the lowest
/// non-empty bucket is already final (any better path would run through another unsettled node and
/// one more edge, at least a bucket further). No heap and no ordering within a bucket: for the
/// all-pairs distances of a layout this is about twice as fast as with a binary heap.
struct ShortestPaths {
    width: f64,
    buckets: Vec<Vec<usize>>,
    settled: Vec<bool>,
}

impl ShortestPaths {
    fn new(adjacency: &[Vec<(usize, f64)>]) -> Self {
        let shortest = adjacency
            .iter()
            .flatten()
            .map(|&(_, length)| length)
            .fold(f64::INFINITY, f64::min);
        // Lengths are at least MIN_LENGTH; the fallback only serves graphs without edges.
        let width = if shortest.is_finite() {
            shortest.max(MIN_LENGTH)
        } else {
            1.0
        };
        ShortestPaths {
            width,
            buckets: Vec::new(),
            settled: vec![false; adjacency.len()],
        }
    }

    /// Distances from `source` into `dist` (infinite where unreachable).
    fn from(&mut self, adjacency: &[Vec<(usize, f64)>], source: usize, dist: &mut [f64]) {
        dist.fill(f64::INFINITY);
        self.settled.fill(false);
        dist[source] = 0.0;
        if self.buckets.is_empty() {
            self.buckets.push(Vec::new());
        }
        self.buckets[0].push(source);
        let (mut current, mut last) = (0, 0);
        while current <= last {
            let bucket = std::mem::take(&mut self.buckets[current]);
            for &node in &bucket {
                if std::mem::replace(&mut self.settled[node], true) {
                    continue;
                }
                let distance = dist[node];
                for &(next, length) in &adjacency[node] {
                    let through = distance + length;
                    if through < dist[next] {
                        dist[next] = through;
                        // Always a later bucket, even where rounding puts `through` a hair below
                        // the current bucket's end; settling it there is still exact.
                        let index = ((through / self.width) as usize).max(current + 1);
                        if index >= self.buckets.len() {
                            self.buckets.resize_with(index + 1, Vec::new);
                        }
                        self.buckets[index].push(next);
                        last = last.max(index);
                    }
                }
            }
            // Give the allocation back for the next source.
            self.buckets[current] = bucket;
            self.buckets[current].clear();
            current += 1;
        }
    }
}

/// Positions of one connected component (of at least two nodes), in edge-length units.
fn layout_component(adjacency: &[Vec<(usize, f64)>]) -> Vec<[f64; 2]> {
    let n = adjacency.len();
    let mut paths = ShortestPaths::new(adjacency);
    if n > SMACOF_LIMIT {
        let mut row = vec![0.0; n];
        return pivot_mds(n, |p| {
            paths.from(adjacency, p, &mut row);
            row.clone()
        });
    }
    let mut distances = vec![0.0; n * n];
    for (source, row) in distances.chunks_exact_mut(n).enumerate() {
        paths.from(adjacency, source, row);
    }
    let start = pivot_mds(n, |p| distances[p * n..(p + 1) * n].to_vec());
    smacof(distances, n, start)
}

/// Classical MDS restricted to distances from up to [`PIVOTS`] pivots chosen far apart (each the
/// node farthest from those before it, starting at node 0, ties to the lower index): the two
/// leading eigenvectors of the double-centred squared pivot distances give a drawing close to the
/// stress optimum at a cost of O(n·pivots²). `row(p)` returns the distances from node `p`. Scaled to
/// the best fit of the pivot distances and nudged (see [`NUDGE`]).
fn pivot_mds(n: usize, mut row: impl FnMut(usize) -> Vec<f64>) -> Vec<[f64; 2]> {
    let k = n.min(PIVOTS);
    let mut pivots = Vec::with_capacity(k);
    let mut rows: Vec<Vec<f64>> = Vec::with_capacity(k);
    let mut nearest = vec![f64::INFINITY; n];
    let mut pivot = 0;
    for _ in 0..k {
        let r = row(pivot);
        for (m, &d) in nearest.iter_mut().zip(&r) {
            *m = m.min(d);
        }
        pivots.push(pivot);
        rows.push(r);
        pivot = argmax(&nearest);
    }

    // Double centring of the k×n matrix of squared distances (stored pivot-major).
    let mut c: Vec<Vec<f64>> = rows.iter().map(|r| r.iter().map(|d| d * d).collect()).collect();
    let pivot_mean: Vec<f64> = c.iter().map(|r| r.iter().sum::<f64>() / n as f64).collect();
    let mut node_mean = vec![0.0; n];
    for r in &c {
        for (m, &v) in node_mean.iter_mut().zip(r) {
            *m += v / k as f64;
        }
    }
    let grand = pivot_mean.iter().sum::<f64>() / k as f64;
    for (r, &pm) in c.iter_mut().zip(&pivot_mean) {
        for (v, &nm) in r.iter_mut().zip(&node_mean) {
            *v = -0.5 * (*v - nm - pm + grand);
        }
    }
    let gram: Vec<Vec<f64>> = c.iter().map(|p| c.iter().map(|q| dot(p, q)).collect()).collect();
    let [v1, v2] = top_two_eigenvectors(&gram);
    let mut coordinates = vec![[0.0f64; 2]; n];
    for ((r, &a), &b) in c.iter().zip(&v1).zip(&v2) {
        for (xy, &v) in coordinates.iter_mut().zip(r) {
            xy[0] += v * a;
            xy[1] += v * b;
        }
    }

    // Eigenvectors have no scale; fit the pivot distances: s = Σ r / Σ r² with r = drawn / ideal.
    let (mut sum, mut sum_sq) = (0.0, 0.0);
    for (&p, r) in pivots.iter().zip(&rows) {
        for (xy, &d) in coordinates.iter().zip(r) {
            if d > 0.0 && d.is_finite() {
                let q = (xy[0] - coordinates[p][0]).hypot(xy[1] - coordinates[p][1]) / d;
                sum += q;
                sum_sq += q * q;
            }
        }
    }
    let scale = if sum_sq > 0.0 && sum_sq.is_finite() {
        sum / sum_sq
    } else {
        1.0
    };
    for (i, xy) in coordinates.iter_mut().enumerate() {
        xy[0] = xy[0] * scale + NUDGE * noise(2 * i as u64);
        xy[1] = xy[1] * scale + NUDGE * noise(2 * i as u64 + 1);
    }
    coordinates
}

/// Index of the greatest value, the first of equals; NaN never wins.
fn argmax(values: &[f64]) -> usize {
    let mut best = 0;
    for (i, &v) in values.iter().enumerate() {
        if v > values[best] {
            best = i;
        }
    }
    best
}

/// A fixed pseudo-random number in [-0.5, 0.5) for `i` (SplitMix64), so that start positions are
/// reproducible without a random generator.
fn noise(i: u64) -> f64 {
    let mut z = i.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    (z >> 11) as f64 / (1u64 << 53) as f64 - 0.5
}

/// The two leading eigenvectors of a symmetric positive semi-definite matrix (at least 2×2), by
/// subspace iteration from a fixed start: the matrix is at most 50×50, so a few hundred cheap
/// iterations beat writing a full eigensolver.
fn top_two_eigenvectors(m: &[Vec<f64>]) -> [Vec<f64>; 2] {
    let k = m.len();
    let mut v = [
        (0..k as u64).map(|i| 1.0 + noise(1000 + i)).collect::<Vec<f64>>(),
        (0..k as u64).map(|i| noise(5000 + i)).collect::<Vec<f64>>(),
    ];
    orthonormalise(&mut v);
    for _ in 0..500 {
        let mut w = [
            m.iter().map(|r| dot(r, &v[0])).collect::<Vec<f64>>(),
            m.iter().map(|r| dot(r, &v[1])).collect::<Vec<f64>>(),
        ];
        orthonormalise(&mut w);
        let change = (1.0 - dot(&w[0], &v[0]).abs()) + (1.0 - dot(&w[1], &v[1]).abs());
        v = w;
        if change < 1e-12 {
            break;
        }
    }
    v
}

/// Gram–Schmidt on two vectors; a vector that vanishes is replaced by a unit vector orthogonal to
/// the other, so that degenerate inputs (a rank-one matrix) still give a basis.
fn orthonormalise(v: &mut [Vec<f64>; 2]) {
    let k = v[0].len();
    let unit = |p: usize| (0..k).map(|i| if i == p { 1.0 } else { 0.0 }).collect::<Vec<f64>>();
    let norm = dot(&v[0], &v[0]).sqrt();
    if norm > 1e-150 && norm.is_finite() {
        v[0].iter_mut().for_each(|x| *x /= norm);
    } else {
        v[0] = unit(0);
    }
    for p in 0..=k {
        let along = dot(&v[0], &v[1]);
        let [first, second] = &mut *v;
        second.iter_mut().zip(first.iter()).for_each(|(x, &f)| *x -= along * f);
        let norm = dot(second, second).sqrt();
        if norm > 1e-150 && norm.is_finite() {
            second.iter_mut().for_each(|x| *x /= norm);
            return;
        }
        // Try the unit vectors in turn: they span the space, so one has a part orthogonal to the
        // first.
        *second = unit(p.min(k - 1));
    }
}

/// Dot product with four independent sums, which lets the processor overlap the additions (a
/// single running sum waits on each one) in the Cholesky factorisation and the solves.
fn dot(a: &[f64], b: &[f64]) -> f64 {
    let (chunks_a, chunks_b) = (a.chunks_exact(4), b.chunks_exact(4));
    let tail: f64 = chunks_a
        .remainder()
        .iter()
        .zip(chunks_b.remainder())
        .map(|(x, y)| x * y)
        .sum();
    let mut acc = [0.0f64; 4];
    for (x, y) in chunks_a.zip(chunks_b) {
        acc[0] += x[0] * y[0];
        acc[1] += x[1] * y[1];
        acc[2] += x[2] * y[2];
        acc[3] += x[3] * y[3];
    }
    (acc[0] + acc[1]) + (acc[2] + acc[3]) + tail
}

/// SMACOF with weights wᵢⱼ = dᵢⱼ⁻²: each step replaces the positions Z by the minimiser X of the
/// stress's majorising quadratic at Z, V X = B(Z) Z, which never raises the stress. V (the weighted
/// Laplacian) is singular along the all-ones vector; V + 11ᵀ is positive definite and, since the
/// columns of B(Z) Z sum to zero, gives the same, centred, solution. It is factorised once.
fn smacof(distances: Vec<f64>, n: usize, start: Vec<[f64; 2]>) -> Vec<[f64; 2]> {
    // 1/dᵢⱼ is all the iteration needs: wᵢⱼ = (1/dᵢⱼ)², wᵢⱼ dᵢⱼ = 1/dᵢⱼ. In place, to hold two n×n
    // matrices rather than three.
    let mut inverse = distances;
    for d in inverse.iter_mut() {
        *d = if *d > 0.0 { 1.0 / *d } else { 0.0 };
    }
    let mut factor = vec![0.0; n * n];
    for (i, (out, inv)) in factor.chunks_exact_mut(n).zip(inverse.chunks_exact(n)).enumerate() {
        let mut diagonal = 0.0;
        for (o, &s) in out.iter_mut().zip(inv) {
            *o = 1.0 - s * s;
            diagonal += s * s;
        }
        out[i] = 1.0 + diagonal;
    }
    if !cholesky(&mut factor, n) {
        return start;
    }

    let mut xs: Vec<f64> = start.iter().map(|p| p[0]).collect();
    let mut ys: Vec<f64> = start.iter().map(|p| p[1]).collect();
    let (mut bx, mut by) = (vec![0.0; n], vec![0.0; n]);
    let mut scratch = Scratch {
        pull_x: vec![0.0; n],
        pull_y: vec![0.0; n],
        misfit: vec![0.0; n],
    };
    let mut previous = f64::INFINITY;
    for _ in 0..MAX_ITERATIONS {
        let current = majorise(&inverse, n, [&xs, &ys], [&mut bx, &mut by], &mut scratch);
        if !current.is_finite() || current <= 0.0 || previous - current < TOLERANCE * previous {
            break;
        }
        previous = current;
        solve(&factor, n, &mut bx, &mut by);
        std::mem::swap(&mut xs, &mut bx);
        std::mem::swap(&mut ys, &mut by);
    }
    if xs.iter().chain(&ys).all(|v| v.is_finite()) {
        xs.into_iter().zip(ys).map(|(x, y)| [x, y]).collect()
    } else {
        start
    }
}

/// Per-pair terms of one row of [`majorise`], kept between iterations to avoid allocating.
struct Scratch {
    pull_x: Vec<f64>,
    pull_y: Vec<f64>,
    misfit: Vec<f64>,
}

/// B(Z) Z into (bx, by), and the stress of Z, in one pass over the pairs i < j: row i of B(Z) Z is
/// Σⱼ (1/(dᵢⱼ‖zᵢ − zⱼ‖)) (zᵢ − zⱼ), and each pair adds opposite terms to its two rows. The terms
/// of a row are first written out by a loop without running sums, which the compiler turns into
/// vector square roots and divisions (a running float sum would pin it to one pair at a time),
/// and summed afterwards by [`sum`].
fn majorise(inverse: &[f64], n: usize, z: [&[f64]; 2], b: [&mut [f64]; 2], scratch: &mut Scratch) -> f64 {
    let [xs, ys] = z;
    let [bx, by] = b;
    bx.fill(0.0);
    by.fill(0.0);
    let mut stress = 0.0;
    for i in 0..n {
        let (xi, yi) = (xs[i], ys[i]);
        let row = &inverse[i * n + i + 1..(i + 1) * n];
        let m = row.len();
        let (pull_x, pull_y, misfit) = (
            &mut scratch.pull_x[..m],
            &mut scratch.pull_y[..m],
            &mut scratch.misfit[..m],
        );
        for (((((px, py), e), &s), &xj), &yj) in pull_x
            .iter_mut()
            .zip(pull_y.iter_mut())
            .zip(misfit.iter_mut())
            .zip(row)
            .zip(&xs[i + 1..])
            .zip(&ys[i + 1..])
        {
            let (dx, dy) = (xi - xj, yi - yj);
            let drawn = (dx * dx + dy * dy).sqrt();
            let r = drawn * s - 1.0;
            *e = r * r;
            // Nodes on the same point pull on nobody: B's term is 0 there by definition.
            let c = if drawn > 0.0 { s / drawn } else { 0.0 };
            *px = c * dx;
            *py = c * dy;
        }
        for (bj, &p) in bx[i + 1..].iter_mut().zip(pull_x.iter()) {
            *bj -= p;
        }
        for (bj, &p) in by[i + 1..].iter_mut().zip(pull_y.iter()) {
            *bj -= p;
        }
        bx[i] += sum(pull_x);
        by[i] += sum(pull_y);
        stress += sum(misfit);
    }
    stress
}

/// Sum with four independent running sums (see [`dot`]).
fn sum(values: &[f64]) -> f64 {
    let chunks = values.chunks_exact(4);
    let tail: f64 = chunks.remainder().iter().sum();
    let mut acc = [0.0f64; 4];
    for x in chunks {
        acc[0] += x[0];
        acc[1] += x[1];
        acc[2] += x[2];
        acc[3] += x[3];
    }
    (acc[0] + acc[1]) + (acc[2] + acc[3]) + tail
}

/// In-place Cholesky factorisation of a symmetric positive definite n×n matrix (row-major, lower
/// triangle read and written); false if it is not positive definite.
fn cholesky(a: &mut [f64], n: usize) -> bool {
    for i in 0..n {
        let (done, rest) = a.split_at_mut(i * n);
        let row_i = &mut rest[..n];
        for j in 0..i {
            let row_j = &done[j * n..j * n + j + 1];
            row_i[j] = (row_i[j] - dot(&row_i[..j], &row_j[..j])) / row_j[j];
        }
        let pivot = row_i[i] - dot(&row_i[..i], &row_i[..i]);
        if pivot.is_nan() || pivot <= 0.0 {
            return false;
        }
        row_i[i] = pivot.sqrt();
    }
    true
}

/// Solves L Lᵀ x = b for both coordinates in place, L from [`cholesky`]. The backward pass runs by
/// columns of Lᵀ, i.e. rows of L, to read memory in order.
fn solve(factor: &[f64], n: usize, bx: &mut [f64], by: &mut [f64]) {
    for i in 0..n {
        let row = &factor[i * n..i * n + i + 1];
        bx[i] = (bx[i] - dot(&row[..i], &bx[..i])) / row[i];
        by[i] = (by[i] - dot(&row[..i], &by[..i])) / row[i];
    }
    for i in (0..n).rev() {
        let row = &factor[i * n..i * n + i + 1];
        let (x, y) = (bx[i] / row[i], by[i] / row[i]);
        bx[i] = x;
        by[i] = y;
        for ((bxj, byj), &l) in bx[..i].iter_mut().zip(by[..i].iter_mut()).zip(&row[..i]) {
            *bxj -= l * x;
            *byj -= l * y;
        }
    }
}

/// Rotates a component about its centre so that its principal axis is horizontal: packing wide
/// pieces in rows wastes less room, and the orientation no longer depends on the MDS eigenvectors'
/// arbitrary sign and angle.
fn orient(coordinates: &mut [[f64; 2]]) {
    let n = coordinates.len() as f64;
    let cx = coordinates.iter().map(|p| p[0]).sum::<f64>() / n;
    let cy = coordinates.iter().map(|p| p[1]).sum::<f64>() / n;
    let (mut sxx, mut syy, mut sxy) = (0.0, 0.0, 0.0);
    for p in coordinates.iter() {
        let (dx, dy) = (p[0] - cx, p[1] - cy);
        sxx += dx * dx;
        syy += dy * dy;
        sxy += dx * dy;
    }
    let angle = 0.5 * (2.0 * sxy).atan2(sxx - syy);
    let (sin, cos) = angle.sin_cos();
    for p in coordinates.iter_mut() {
        let (dx, dy) = (p[0] - cx, p[1] - cy);
        *p = [dx * cos + dy * sin, -dx * sin + dy * cos];
    }
}

/// Places the laid-out components (largest first) in rows of about the width of a square of their
/// total area, the isolated nodes in a grid below, and scales the whole into the unit square with
/// [`MARGIN`], keeping its aspect ratio and centring it.
fn pack(nodes: usize, pieces: &[(Vec<usize>, Vec<[f64; 2]>)], isolated: &[usize]) -> Vec<(f64, f64)> {
    let mut positions = vec![[0.0f64; 2]; nodes];
    let bounds: Vec<[f64; 4]> = pieces
        .iter()
        .map(|(_, c)| {
            c.iter().fold(
                [f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY],
                |b, p| [b[0].min(p[0]), b[1].min(p[1]), b[2].max(p[0]), b[3].max(p[1])],
            )
        })
        .collect();
    let area: f64 = bounds.iter().map(|b| (b[2] - b[0] + GAP) * (b[3] - b[1] + GAP)).sum();
    let widest = bounds.iter().map(|b| b[2] - b[0]).fold(0.0, f64::max);
    let limit = widest.max(area.sqrt());

    let (mut x, mut y, mut row_height, mut right) = (0.0f64, 0.0f64, 0.0f64, 0.0f64);
    for ((members, coordinates), b) in pieces.iter().zip(&bounds) {
        let (width, height) = (b[2] - b[0], b[3] - b[1]);
        if x > 0.0 && x + width > limit {
            y += row_height + GAP;
            x = 0.0;
            row_height = 0.0;
        }
        for (&v, p) in members.iter().zip(coordinates) {
            positions[v] = [p[0] - b[0] + x, p[1] - b[1] + y];
        }
        right = right.max(x + width);
        row_height = row_height.max(height);
        x += width + GAP;
    }

    if !isolated.is_empty() {
        let (columns, top) = if pieces.is_empty() {
            ((isolated.len() as f64).sqrt().ceil() as usize, 0.0)
        } else {
            ((right / SPACING) as usize + 1, y + row_height + GAP)
        };
        let columns = columns.clamp(1, isolated.len());
        // Centre the grid under the components.
        let left = (right - (columns - 1) as f64 * SPACING).max(0.0) / 2.0;
        for (k, &v) in isolated.iter().enumerate() {
            positions[v] = [
                left + (k % columns) as f64 * SPACING,
                top + (k / columns) as f64 * SPACING,
            ];
        }
    }

    let b = positions.iter().fold(
        [f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY],
        |b, p| [b[0].min(p[0]), b[1].min(p[1]), b[2].max(p[0]), b[3].max(p[1])],
    );
    let extent = (b[2] - b[0]).max(b[3] - b[1]);
    let scale = if extent > 0.0 && extent.is_finite() {
        (1.0 - 2.0 * MARGIN) / extent
    } else {
        0.0
    };
    let (cx, cy) = ((b[0] + b[2]) / 2.0, (b[1] + b[3]) / 2.0);
    let place = |v: f64, c: f64| {
        let u = 0.5 + (v - c) * scale;
        if u.is_finite() {
            u.clamp(0.0, 1.0)
        } else {
            0.5
        }
    };
    positions.iter().map(|p| (place(p[0], cx), place(p[1], cy))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edge(a: usize, b: usize, weight: f64) -> Edge {
        Edge { a, b, weight }
    }

    fn distance(p: (f64, f64), q: (f64, f64)) -> f64 {
        (p.0 - q.0).hypot(p.1 - q.1)
    }

    fn all_in_unit_square(positions: &[(f64, f64)]) -> bool {
        positions
            .iter()
            .all(|&(x, y)| x.is_finite() && y.is_finite() && (0.0..=1.0).contains(&x) && (0.0..=1.0).contains(&y))
    }

    /// A network with some structure: three communities of different sizes, a few bridges, a
    /// spread of weights, a duplicate edge and an isolated node.
    fn sample() -> (usize, Vec<Edge>) {
        let mut edges = Vec::new();
        let sizes = [14, 9, 5];
        let mut start = 0;
        for &size in &sizes {
            for i in 0..size {
                for j in i + 1..size {
                    if (i * 7 + j * 3) % 4 == 0 || j == i + 1 {
                        edges.push(edge(start + i, start + j, 1.0 + ((i + j) % 5) as f64));
                    }
                }
            }
            start += size;
        }
        edges.push(edge(0, 14, 1.0));
        edges.push(edge(15, 23, 2.0));
        edges.push(edge(15, 23, 1.0));
        (start + 1, edges)
    }

    #[test]
    fn layout_is_deterministic() {
        let (n, edges) = sample();
        let first = layout(n, &edges);
        assert_eq!(first, layout(n, &edges));
        assert_eq!(first.len(), n);
        assert!(all_in_unit_square(&first));
    }

    #[test]
    fn edge_order_does_not_matter() {
        let (n, mut edges) = sample();
        let first = layout(n, &edges);
        edges.reverse();
        for e in &mut edges {
            std::mem::swap(&mut e.a, &mut e.b);
        }
        let second = layout(n, &edges);
        for (p, q) in first.iter().zip(&second) {
            assert!(distance(*p, *q) < 1e-9, "{p:?} {q:?}");
        }
    }

    #[test]
    fn a_path_lies_on_a_line_with_its_weakest_links_longest() {
        // Weights fall along the path, so ideal lengths grow.
        let weights = [16.0, 8.0, 4.0, 2.0, 1.0];
        let edges: Vec<Edge> = weights.iter().enumerate().map(|(i, &w)| edge(i, i + 1, w)).collect();
        let p = layout(6, &edges);
        assert!(all_in_unit_square(&p));
        // Collinear: every point within a tiny distance of the line through the two ends.
        let (a, b) = (p[0], p[5]);
        let length = distance(a, b);
        for &q in &p {
            let off = ((b.0 - a.0) * (q.1 - a.1) - (b.1 - a.1) * (q.0 - a.0)).abs() / length;
            assert!(off < 0.01, "{off}");
        }
        let gaps: Vec<f64> = p.windows(2).map(|w| distance(w[0], w[1])).collect();
        for w in gaps.windows(2) {
            assert!(w[0] < w[1], "{gaps:?}");
        }
        // In order along the line: the gaps add up to the whole length.
        assert!((gaps.iter().sum::<f64>() - length).abs() < 1e-3 * length);
        // The longest side fills the frame within the margin.
        assert!((length - (1.0 - 2.0 * MARGIN)).abs() < 1e-3);
    }

    #[test]
    fn two_triangles_joined_by_an_edge_form_two_clusters() {
        let edges = [
            edge(0, 1, 1.0),
            edge(1, 2, 1.0),
            edge(0, 2, 1.0),
            edge(3, 4, 1.0),
            edge(4, 5, 1.0),
            edge(3, 5, 1.0),
            edge(2, 3, 1.0),
        ];
        let p = layout(6, &edges);
        let cluster = |i: usize| i / 3;
        let (mut intra, mut inter) = (Vec::new(), Vec::new());
        for i in 0..6 {
            for j in i + 1..6 {
                if cluster(i) == cluster(j) {
                    &mut intra
                } else {
                    &mut inter
                }
                .push(distance(p[i], p[j]));
            }
        }
        let max_intra = intra.iter().copied().fold(0.0, f64::max);
        let mean_inter = inter.iter().sum::<f64>() / inter.len() as f64;
        assert!(max_intra < mean_inter, "{intra:?} {inter:?}");
        // The bridge's far ends are the farthest pair.
        let far = distance(p[0], p[5]).max(distance(p[1], p[4]));
        assert!(far >= inter.iter().copied().fold(0.0, f64::max) - 1e-9);
    }

    #[test]
    fn components_do_not_overlap_and_isolated_nodes_sit_below() {
        let (n, edges) = sample();
        // Drop the bridges: three components and the isolated node 28.
        let edges: Vec<Edge> = edges
            .into_iter()
            .filter(|e| !(e.a == 0 && e.b == 14 || e.a == 15 && e.b == 23))
            .collect();
        let p = layout(n, &edges);
        assert!(all_in_unit_square(&p));
        let parts = [0..14, 14..23, 23..28];
        let boxes: Vec<[f64; 4]> = parts
            .iter()
            .map(|r| {
                p[r.clone()].iter().fold([1.0f64, 1.0, 0.0, 0.0], |b, q| {
                    [b[0].min(q.0), b[1].min(q.1), b[2].max(q.0), b[3].max(q.1)]
                })
            })
            .collect();
        for i in 0..boxes.len() {
            for j in i + 1..boxes.len() {
                let (a, b) = (boxes[i], boxes[j]);
                let apart = a[2] < b[0] || b[2] < a[0] || a[3] < b[1] || b[3] < a[1];
                assert!(apart, "{a:?} {b:?}");
            }
        }
        let lowest = boxes.iter().map(|b| b[3]).fold(0.0, f64::max);
        assert!(p[28].1 > lowest);
    }

    #[test]
    fn small_and_hostile_inputs_do_not_panic() {
        assert!(layout(0, &[]).is_empty());
        assert_eq!(layout(1, &[]), vec![(0.5, 0.5)]);
        assert_eq!(layout(1, &[edge(0, 0, 1.0), edge(0, 7, 1.0)]), vec![(0.5, 0.5)]);
        let two = layout(2, &[edge(0, 1, 3.0)]);
        assert!(all_in_unit_square(&two));
        assert!(distance(two[0], two[1]) > 0.5);
        let apart = layout(2, &[]);
        assert!(all_in_unit_square(&apart) && distance(apart[0], apart[1]) > 0.5);

        let hostile = [
            edge(0, 1, f64::NAN),
            edge(1, 2, -1.0),
            edge(2, 3, 0.0),
            edge(3, 4, f64::INFINITY),
            edge(4, 99, 1.0),
            edge(usize::MAX, 0, 1.0),
            edge(5, 5, 2.0),
            edge(5, 6, f64::MAX),
            edge(5, 6, f64::MAX),
            edge(6, 7, f64::MIN_POSITIVE),
            edge(7, 8, 1e-300),
            edge(8, 9, 1.0),
        ];
        let p = layout(10, &hostile);
        assert_eq!(p.len(), 10);
        assert!(all_in_unit_square(&p));
        assert!(stress(&hostile, &p).is_finite());
        let r = reduce(10, &hostile, &[0, 1], &[3, 42], 4);
        assert!(r.nodes.len() <= 4 && r.nodes.contains(&ReducedNode::Kept(3)));
        assert!(r
            .edges
            .iter()
            .all(|e| e.weight.is_finite() && e.a < e.b && e.b < r.nodes.len()));
        assert_eq!(
            reduce(0, &hostile, &[], &[1], 10),
            Reduced {
                nodes: vec![],
                edges: vec![]
            }
        );
        assert!(label_sides(&[]).is_empty());
        assert_eq!(stress(&[], &[]), 0.0);
    }

    #[test]
    fn a_star_spreads_its_leaves() {
        // Leaves of one hub have identical distances, hence identical MDS positions; the nudge must
        // separate them.
        let edges: Vec<Edge> = (1..12).map(|i| edge(0, i, 1.0)).collect();
        let p = layout(12, &edges);
        for i in 1..12 {
            for j in i + 1..12 {
                assert!(distance(p[i], p[j]) > 0.1, "{i} {j}");
            }
        }
    }

    #[test]
    fn the_layout_keeps_distances_much_better_than_chance() {
        let (n, edges) = sample();
        let p = layout(n, &edges);
        let good = stress(&edges, &p);
        let scrambled: Vec<(f64, f64)> = (0..n as u64).map(|i| (noise(2 * i), noise(2 * i + 1))).collect();
        let bad = stress(&edges, &scrambled);
        assert!(good < 0.15 && good * 3.0 < bad, "{good} {bad}");
    }

    #[test]
    fn bucket_shortest_paths_match_floyd_warshall() {
        let n = 40;
        let edges: Vec<Edge> = (0..160u64)
            .map(|k| {
                let a = ((noise(3 * k) + 0.5) * n as f64) as usize % n;
                let b = ((noise(3 * k + 1) + 0.5) * n as f64) as usize % n;
                // Weights over three orders of magnitude, so lengths cover [0.3, 2].
                edge(a, b, 10f64.powf(3.0 * (noise(3 * k + 2) + 0.5)))
            })
            .collect();
        let adjacency = adjacency(n, &clean_edges(n, &edges));
        let mut reference = vec![f64::INFINITY; n * n];
        for (v, neighbours) in adjacency.iter().enumerate() {
            reference[v * n + v] = 0.0;
            for &(u, length) in neighbours {
                reference[v * n + u] = reference[v * n + u].min(length);
            }
        }
        for k in 0..n {
            for i in 0..n {
                for j in 0..n {
                    let through = reference[i * n + k] + reference[k * n + j];
                    if through < reference[i * n + j] {
                        reference[i * n + j] = through;
                    }
                }
            }
        }
        let mut paths = ShortestPaths::new(&adjacency);
        let mut row = vec![0.0; n];
        for source in 0..n {
            paths.from(&adjacency, source, &mut row);
            for (j, &d) in row.iter().enumerate() {
                let expected = reference[source * n + j];
                assert!(
                    d == expected || (d - expected).abs() < 1e-9,
                    "{source} {j}: {d} {expected}"
                );
            }
        }
    }

    #[test]
    fn a_grid_comes_out_as_a_grid() {
        let side = 10;
        let mut edges = Vec::new();
        for r in 0..side {
            for c in 0..side {
                if c + 1 < side {
                    edges.push(edge(r * side + c, r * side + c + 1, 1.0));
                }
                if r + 1 < side {
                    edges.push(edge(r * side + c, (r + 1) * side + c, 1.0));
                }
            }
        }
        let p = layout(side * side, &edges);
        // Graph distance overstates the diagonals (|dx| + |dy| against the Euclidean distance), so
        // a perfect grid scores about 0.02.
        assert!(stress(&edges, &p) < 0.03, "{}", stress(&edges, &p));
    }

    #[test]
    fn a_component_beyond_the_smacof_limit_is_still_laid_out() {
        // A ring of rings: too large for the stress iterations, placed by pivot MDS alone.
        let (rings, size) = (40, 30);
        let n = rings * size;
        assert!(n > SMACOF_LIMIT);
        let mut edges = Vec::new();
        for r in 0..rings {
            for k in 0..size {
                edges.push(edge(r * size + k, r * size + (k + 1) % size, 2.0));
            }
            edges.push(edge(r * size, ((r + 1) % rings) * size, 1.0));
        }
        let p = layout(n, &edges);
        assert!(all_in_unit_square(&p));
        assert!(stress(&edges, &p) < 0.3, "{}", stress(&edges, &p));
    }

    #[test]
    fn label_sides_point_to_the_middle() {
        assert_eq!(
            label_sides(&[(0.1, 0.5), (0.9, 0.2), (f64::NAN, 0.0)]),
            vec![false, true, false]
        );
    }

    /// Two countries (groups 0 and 1) of five nodes each; node 0 is a hub.
    fn countries() -> (Vec<Edge>, Vec<usize>) {
        let edges = vec![
            edge(0, 1, 5.0),
            edge(0, 2, 4.0),
            edge(0, 3, 1.0),
            edge(0, 5, 2.0),
            edge(0, 6, 1.0),
            edge(1, 2, 1.0),
            edge(3, 4, 1.0),
            edge(5, 6, 3.0),
            edge(6, 7, 1.0),
            edge(8, 9, 1.0),
            edge(4, 9, 2.0),
            edge(4, 9, 1.0),
        ];
        (edges, vec![0, 0, 0, 0, 0, 1, 1, 1, 1, 1])
    }

    #[test]
    fn reduce_keeps_focus_and_strongest_and_merges_the_rest_by_group() {
        let (edges, group) = countries();
        let r = reduce(10, &edges, &group, &[9], 5);
        assert!(r.nodes.len() <= 5);
        // Strengths: 0: 13, 1: 6, 2: 5, 4: 4, 5: 5, 6: 5, 9: 4 (3 + 1) ...
        // Focus 9, then 0, then 1; then two groups: 3 + 2 = 5.
        assert_eq!(
            r.nodes,
            vec![
                ReducedNode::Kept(0),
                ReducedNode::Kept(1),
                ReducedNode::Kept(9),
                ReducedNode::Group { group: 0, members: 3 },
                ReducedNode::Group { group: 1, members: 4 },
            ]
        );
        let weight = |a: usize, b: usize| r.edges.iter().find(|e| e.a == a && e.b == b).map(|e| e.weight);
        // Kept to kept stays.
        assert_eq!(weight(0, 1), Some(5.0));
        // 0–2 (4) and 0–3 (1) into group 0; 0–5 (2) and 0–6 (1) into group 1.
        assert_eq!(weight(0, 3), Some(5.0));
        assert_eq!(weight(0, 4), Some(3.0));
        assert_eq!(weight(1, 3), Some(1.0));
        // 8–9 and the parallel 4–9 edges (2 + 1).
        assert_eq!(weight(2, 3), Some(3.0));
        assert_eq!(weight(2, 4), Some(1.0));
        // Edges inside group 1 (5–6, 6–7) and group 0 (3–4) are gone; no self-loops at all.
        assert!(r.edges.iter().all(|e| e.a < e.b));
        assert_eq!(r.edges.len(), 6);
        assert!(r.edges.windows(2).all(|w| (w[0].a, w[0].b) < (w[1].a, w[1].b)));
        assert_eq!(reduce(10, &edges, &group, &[9], 5), r);
    }

    #[test]
    fn reduce_keeps_everything_that_fits_and_never_makes_a_group_of_one() {
        let (edges, group) = countries();
        let all = reduce(10, &edges, &group, &[], 10);
        assert_eq!(all.nodes, (0..10).map(ReducedNode::Kept).collect::<Vec<_>>());
        // Parallel edges summed even so.
        assert_eq!(all.edges.len(), 11);
        for max in 0..12 {
            let r = reduce(10, &edges, &group, &[], max);
            assert!(r.nodes.len() <= max, "{max}: {:?}", r.nodes);
            assert!(r
                .nodes
                .iter()
                .all(|n| !matches!(n, ReducedNode::Group { members: 0 | 1, .. })));
            // Every original node is accounted for unless groups had to be dropped.
            let covered: usize = r
                .nodes
                .iter()
                .map(|n| {
                    if let ReducedNode::Group { members, .. } = n {
                        *members
                    } else {
                        1
                    }
                })
                .sum();
            assert!(covered == 10 || max < 3, "{max}");
            let total: f64 = r.edges.iter().map(|e| e.weight).sum();
            assert!(total <= 23.0 + 1e-9);
        }
    }

    #[test]
    fn reduce_keeps_the_focus_even_beyond_max_nodes() {
        let (edges, group) = countries();
        let r = reduce(10, &edges, &group, &[7, 3, 7, 1000], 1);
        assert_eq!(r.nodes, vec![ReducedNode::Kept(3), ReducedNode::Kept(7)]);
        assert!(r.edges.is_empty());
        // Room for the focus and one group: the stronger country stays.
        let r = reduce(10, &edges, &group, &[3], 2);
        assert_eq!(
            r.nodes,
            vec![ReducedNode::Kept(3), ReducedNode::Group { group: 0, members: 4 }]
        );
        assert_eq!(r.edges, vec![edge(0, 1, 2.0)]);
    }
}

//! The local search behind [`super::schedule`]. Pairs and group meetings are both "items": a set
//! of members who must all be free in one slot at one table. Items `0..pairs` are the pairs of
//! [`Problem::meetings`], the rest the groups of [`Problem::groups`].

use super::metrics::{block_masks, gaps_in};
use super::{slot_mask, Item, Placement, Priority, Problem, Reason, Schedule, Unscheduled};
use std::cmp::Reverse;
use std::collections::HashSet;
use std::time::Instant;

const NONE: u32 = u32::MAX;
const UNPLACED: u16 = u16::MAX;
/// Most members of one item (a host and six guests).
const MAX_MEMBERS: usize = 7;

/// A small deterministic generator (SplitMix64), enough for choosing kicks.
pub(super) struct SplitMix(pub(super) u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (((self.next() >> 32) * n as u64) >> 32) as usize
    }

    /// A random set bit of a non-empty mask.
    fn bit(&mut self, mask: u128) -> usize {
        let mut k = self.below(mask.count_ones() as usize);
        let mut m = mask;
        loop {
            let b = m.trailing_zeros() as usize;
            if k == 0 {
                return b;
            }
            k -= 1;
            m &= m - 1;
        }
    }
}

/// The items in slot `s` that stand in the way of item `m` there (its members' meetings).
struct Blockers {
    items: [u32; MAX_MEMBERS],
    len: usize,
}

impl Blockers {
    fn new() -> Self {
        Self {
            items: [NONE; MAX_MEMBERS],
            len: 0,
        }
    }

    fn push(&mut self, item: u32) {
        if item != NONE && !self.as_slice().contains(&item) {
            self.items[self.len] = item;
            self.len += 1;
        }
    }

    fn as_slice(&self) -> &[u32] {
        &self.items[..self.len]
    }
}

pub(super) struct State<'a> {
    problem: &'a Problem,
    slots: usize,
    all: u128,
    pairs: usize,
    /// Members of each item, laid end to end; item `m`'s are `members[start[m]..start[m + 1]]`.
    members: Vec<u32>,
    start: Vec<u32>,
    priority: Vec<Priority>,
    /// Per participant: most meetings (`u16::MAX` for none), least wanted, and how many now.
    max: Vec<u16>,
    min: Vec<u16>,
    count: Vec<u16>,
    /// The items of each participant.
    items_of: Vec<Vec<u32>>,
    /// Whether any participant has a maximum (the hot paths skip the counts otherwise).
    limited: bool,
    blocks: Vec<u128>,
    slot_of: Vec<u16>,
    locked: Vec<bool>,
    /// Slots in which each participant has a meeting.
    busy: Vec<u128>,
    /// The item each participant has in each slot (`NONE` when free).
    occupant: Vec<u32>,
    /// Items in each slot, and each item's position there (for O(1) removal).
    in_slot: Vec<Vec<u32>>,
    position: Vec<u32>,
    /// Slots whose tables are all taken, and those that have none at all.
    full: u128,
    closed: u128,
    placed: usize,
    must: usize,
    below: usize,
    /// Moves since the last commit: (item, its slot before the move).
    journal: Vec<(u32, u16)>,
    /// Items on the current ejection chain, which must not be ejected again.
    chain_mark: Vec<u32>,
    chain: u32,
    budget: u32,
}

impl<'a> State<'a> {
    pub(super) fn new(problem: &'a Problem) -> Self {
        let slots = problem.tables.len();
        let pairs = problem.meetings.len();
        let mut members = Vec::with_capacity(pairs * 2);
        let mut start = vec![0u32];
        let mut priority = Vec::with_capacity(pairs + problem.groups.len());
        for (m, p) in problem.meetings.iter().enumerate() {
            members.extend([p.a, p.b]);
            start.push(members.len() as u32);
            priority.push(problem.priority.get(m).copied().unwrap_or_default());
        }
        for g in &problem.groups {
            members.extend(g.members());
            start.push(members.len() as u32);
            priority.push(g.priority);
        }
        let n = priority.len();
        let mut full = 0u128;
        for (s, &t) in problem.tables.iter().enumerate() {
            if t == 0 {
                full |= 1 << s;
            }
        }
        let max: Vec<u16> = (0..problem.participants)
            .map(|p| match problem.max_meetings.get(p) {
                Some(&0) | None => u16::MAX,
                Some(&m) => m,
            })
            .collect();
        let min: Vec<u16> = (0..problem.participants)
            .map(|p| problem.min_meetings.get(p).copied().unwrap_or(0))
            .collect();
        let below = min.iter().filter(|&&m| m > 0).count();
        let mut items_of = vec![Vec::new(); problem.participants];
        for m in 0..n {
            for &p in &members[start[m] as usize..start[m + 1] as usize] {
                items_of[p as usize].push(m as u32);
            }
        }
        Self {
            problem,
            slots,
            all: slot_mask(slots),
            pairs,
            members,
            start,
            priority,
            limited: max.iter().any(|&m| m != u16::MAX),
            max,
            min,
            count: vec![0; problem.participants],
            items_of,
            blocks: block_masks(problem),
            slot_of: vec![UNPLACED; n],
            locked: vec![false; n],
            busy: vec![0; problem.participants],
            occupant: vec![NONE; problem.participants * slots],
            in_slot: vec![Vec::new(); slots],
            position: vec![NONE; n],
            full,
            closed: full,
            placed: 0,
            must: 0,
            below,
            journal: Vec::new(),
            chain_mark: vec![0; n],
            chain: 0,
            budget: 0,
        }
    }

    /// The state under the part of the objective the search optimises (larger is better).
    pub(super) fn key(&self) -> (usize, usize, Reverse<usize>) {
        (self.must, self.placed, Reverse(self.below))
    }

    /// Forgets the journal: the moves so far stay.
    pub(super) fn commit(&mut self) {
        self.journal.clear();
    }

    fn items(&self) -> usize {
        self.priority.len()
    }

    fn range(&self, m: usize) -> std::ops::Range<usize> {
        self.start[m] as usize..self.start[m + 1] as usize
    }

    fn member_list(&self, m: usize) -> &[u32] {
        &self.members[self.range(m)]
    }

    fn occupant(&self, p: usize, s: usize) -> u32 {
        self.occupant[p * self.slots + s]
    }

    /// Slots in which all members of `m` are available.
    fn common(&self, m: usize) -> u128 {
        let avail = &self.problem.available;
        self.member_list(m).iter().fold(self.all, |c, &p| c & avail[p as usize])
    }

    /// Slots in which some member of `m` is busy.
    fn busy_any(&self, m: usize) -> u128 {
        self.member_list(m).iter().fold(0, |b, &p| b | self.busy[p as usize])
    }

    fn assign(&mut self, m: usize, s: usize) {
        debug_assert_eq!(self.slot_of[m], UNPLACED);
        self.slot_of[m] = s as u16;
        for i in self.range(m) {
            let p = self.members[i] as usize;
            self.busy[p] |= 1 << s;
            self.occupant[p * self.slots + s] = m as u32;
            self.count[p] += 1;
            if self.count[p] == self.min[p] {
                self.below -= 1;
            }
        }
        self.position[m] = self.in_slot[s].len() as u32;
        self.in_slot[s].push(m as u32);
        if self.in_slot[s].len() as u64 >= u64::from(self.problem.tables[s]) {
            self.full |= 1 << s;
        }
        self.placed += 1;
        if self.priority[m] == Priority::Must {
            self.must += 1;
        }
        self.journal.push((m as u32, UNPLACED));
    }

    fn unassign(&mut self, m: usize) {
        let s = self.slot_of[m] as usize;
        self.slot_of[m] = UNPLACED;
        for i in self.range(m) {
            let p = self.members[i] as usize;
            self.busy[p] &= !(1 << s);
            self.occupant[p * self.slots + s] = NONE;
            if self.count[p] == self.min[p] {
                self.below += 1;
            }
            self.count[p] -= 1;
        }
        let at = self.position[m] as usize;
        self.in_slot[s].swap_remove(at);
        if let Some(&moved) = self.in_slot[s].get(at) {
            self.position[moved as usize] = at as u32;
        }
        self.position[m] = NONE;
        if (self.in_slot[s].len() as u64) < u64::from(self.problem.tables[s]) {
            self.full &= !(1 << s);
        }
        self.placed -= 1;
        if self.priority[m] == Priority::Must {
            self.must -= 1;
        }
        self.journal.push((m as u32, s as u16));
    }

    /// Undoes the moves after `mark` in the journal, newest first.
    fn rollback(&mut self, mark: usize) {
        while self.journal.len() > mark {
            let Some((m, before)) = self.journal.pop() else { break };
            let m = m as usize;
            if before == UNPLACED {
                self.unassign(m);
            } else {
                self.assign(m, before as usize);
            }
            // Undoing wrote its own entry; it is not part of the history.
            self.journal.pop();
        }
    }

    /// Places the locked pairs, then the locked groups; answers the items that collide with one
    /// placed before them.
    pub(super) fn place_locked(&mut self) -> Vec<bool> {
        let mut taken: HashSet<(u16, u32)> = HashSet::new();
        let mut conflicts = vec![false; self.items()];
        let locks = self.problem.locked.iter().map(|l| (l.meeting, l.at));
        let group_locks = self
            .problem
            .groups
            .iter()
            .enumerate()
            .filter_map(|(g, group)| group.locked.map(|at| (self.pairs + g, at)));
        let all: Vec<(usize, Placement)> = locks.chain(group_locks).collect();
        for (m, at) in all {
            let s = at.slot as usize;
            self.locked[m] = true;
            if self.busy_any(m) & (1 << s) != 0 || !taken.insert((at.slot, at.table)) {
                // Left out, not moved: the organiser decides where it goes.
                conflicts[m] = true;
                continue;
            }
            self.assign(m, s);
        }
        conflicts
    }

    /// Must-meets first; then the items with the fewest common free slots, ties by the busiest
    /// members; wishes after requests.
    pub(super) fn constrained_order(&self) -> Vec<usize> {
        let mut degree = vec![0u32; self.problem.participants];
        for &p in &self.members {
            degree[p as usize] += 1;
        }
        let mut order: Vec<usize> = (0..self.items()).collect();
        order.sort_by_cached_key(|&m| {
            let common = (self.common(m) & !self.closed).count_ones();
            let load: u32 = self.member_list(m).iter().map(|&p| degree[p as usize]).sum();
            (Reverse(self.priority[m]), common, Reverse(load), m)
        });
        order
    }

    /// Must-meets first, then requests, then wishes, each in the order given.
    pub(super) fn request_order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.items()).collect();
        order.sort_by_key(|&m| (Reverse(self.priority[m]), m));
        order
    }

    /// Slots where item `m` could go without moving anything.
    fn free_slots(&self, m: usize) -> u128 {
        let avail = &self.problem.available;
        let mut free = self.all & !self.full;
        for &p in self.member_list(m) {
            let p = p as usize;
            if self.limited && self.count[p] >= self.max[p] {
                return 0;
            }
            free &= avail[p] & !self.busy[p];
        }
        free
    }

    /// Each item in `order` to its free slot with the most tables left. With `first_fit`, to
    /// the earliest free slot instead.
    pub(super) fn greedy(&mut self, order: &[usize], first_fit: bool) {
        for &m in order {
            if self.slot_of[m] != UNPLACED || self.locked[m] {
                continue;
            }
            let free = self.free_slots(m);
            if free == 0 {
                continue;
            }
            let s = if first_fit {
                free.trailing_zeros() as usize
            } else {
                let mut best = free.trailing_zeros() as usize;
                let mut best_left = self.tables_left(best);
                let mut rest = free & (free - 1);
                while rest != 0 {
                    let s = rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    let left = self.tables_left(s);
                    if left > best_left {
                        best = s;
                        best_left = left;
                    }
                }
                best
            };
            self.assign(m, s);
        }
    }

    fn tables_left(&self, s: usize) -> u64 {
        u64::from(self.problem.tables[s]).saturating_sub(self.in_slot[s].len() as u64)
    }

    /// The items in the way of `m` in slot `s`: its members' meetings there, a random other
    /// meeting of each member who has reached their maximum, and, when none of these but all
    /// tables are taken, a random meeting of the slot. `None` when the slot has no tables.
    fn blockers(&self, m: usize, s: usize, rng: &mut SplitMix) -> Option<Blockers> {
        let mut eject = Blockers::new();
        let members = self.member_list(m);
        if let ([a, b], false) = (members, self.limited) {
            // Pairs without maximums, the common case, without the search for duplicates.
            let (oa, ob) = (self.occupant(*a as usize, s), self.occupant(*b as usize, s));
            if oa != NONE {
                eject.items[0] = oa;
                eject.len = 1;
            }
            if ob != NONE && ob != oa {
                eject.items[eject.len] = ob;
                eject.len += 1;
            }
        } else {
            for &p in members {
                let p = p as usize;
                let here = self.occupant(p, s);
                if here == NONE && self.limited && self.count[p] >= self.max[p] && self.busy[p] != 0 {
                    eject.push(self.occupant(p, rng.bit(self.busy[p])));
                } else {
                    eject.push(here);
                }
            }
        }
        if eject.len == 0 && self.full & (1 << s) != 0 {
            if self.problem.tables[s] == 0 || self.in_slot[s].is_empty() {
                return None;
            }
            eject.push(self.in_slot[s][rng.below(self.in_slot[s].len())]);
        }
        Some(eject)
    }

    /// Tries to place `m`, moving at most `depth` levels of other items out of the way. On
    /// failure the state is as before.
    fn place(&mut self, m: usize, depth: u32, rng: &mut SplitMix) -> bool {
        let free = self.free_slots(m);
        if free != 0 {
            self.assign(m, rng.bit(free));
            return true;
        }
        if depth == 0 {
            return false;
        }
        self.chain_mark[m] = self.chain;
        let common = self.common(m) & !self.closed;
        // Start at a random slot so that repeated searches explore differently.
        let start = if common == 0 { 0 } else { rng.bit(common) };
        let mut rest = common.rotate_right(start as u32);
        while rest != 0 {
            if self.budget == 0 {
                return false;
            }
            self.budget -= 1;
            let s = (rest.trailing_zeros() as usize + start) % 128;
            rest &= rest - 1;
            let Some(eject) = self.blockers(m, s, rng) else {
                continue;
            };
            let ejections = eject.len as u32;
            if ejections > depth
                || eject
                    .as_slice()
                    .iter()
                    .any(|&e| self.locked[e as usize] || self.chain_mark[e as usize] == self.chain)
            {
                continue;
            }
            let mark = self.journal.len();
            for &e in eject.as_slice() {
                self.unassign(e as usize);
            }
            if self.free_slots(m) & (1 << s) == 0 {
                self.rollback(mark);
                continue;
            }
            self.assign(m, s);
            let mut ok = true;
            for &e in eject.as_slice() {
                self.chain_mark[e as usize] = self.chain;
                if !self.place(e as usize, depth - ejections, rng) {
                    ok = false;
                    break;
                }
            }
            if ok {
                return true;
            }
            self.rollback(mark);
        }
        false
    }

    /// A fresh ejection-chain search for `m` with a node budget.
    fn search(&mut self, m: usize, depth: u32, budget: u32, rng: &mut SplitMix) -> bool {
        self.chain = self.chain.wrapping_add(1).max(1);
        self.budget = budget;
        self.place(m, depth, rng)
    }

    /// Items left out that could still be placed, must-meets first.
    fn unplaced(&self, conflicts: &[bool]) -> Vec<usize> {
        let mut out: Vec<usize> = (0..self.items())
            .filter(|&m| {
                self.slot_of[m] == UNPLACED && !self.locked[m] && !conflicts[m] && self.common(m) & !self.closed != 0
            })
            .collect();
        out.sort_by_key(|&m| (Reverse(self.priority[m]), m));
        out
    }

    pub(super) fn improve(
        &mut self,
        rng: &mut SplitMix,
        kicks_per: u32,
        deadline: Option<Instant>,
        conflicts: &[bool],
    ) {
        let out_of_time = |d: Option<Instant>| d.is_some_and(|d| Instant::now() >= d);
        // Ejection chains of growing depth over everything left. A chain never loses an item
        // (it succeeds only when everything it moved found a place), so must-meets placed stay.
        for depth in 1..=3 {
            for m in self.unplaced(conflicts) {
                if self.slot_of[m] == UNPLACED && self.search(m, depth, 64 << depth, rng) {
                    self.commit();
                }
                if out_of_time(deadline) {
                    return;
                }
            }
        }
        self.commit();
        // Kicks: force a left-out item into a random slot of its common time, re-place what it
        // pushed out, keep the result unless the objective got worse (fewer must-meets, fewer
        // meetings, more people below their minimum).
        let mut left = self.unplaced(conflicts);
        // At most four kicks per item in all (20,000 for small events): where thousands are left
        // out (requests to over-asked hosts) the kicks per item left out would take seconds for a
        // fraction of a per cent, and the time limit would cut the search at a point that
        // depends on the machine.
        let cap = (4 * self.items() as u64).max(20_000);
        let total = (left.len() as u64 * u64::from(kicks_per)).min(cap);
        let mut kick = 0u64;
        let mut best = (self.key(), self.slot_of.clone());
        while kick < total && !left.is_empty() {
            kick += 1;
            if kick.is_multiple_of(64) && out_of_time(deadline) {
                break;
            }
            let i = rng.below(left.len());
            let m = left[i];
            if self.slot_of[m] != UNPLACED {
                left.swap_remove(i);
                continue;
            }
            let common = self.common(m) & !self.closed;
            if common == 0 {
                left.swap_remove(i);
                continue;
            }
            let before = self.key();
            let mark = self.journal.len();
            let s = rng.bit(common);
            let Some(eject) = self.blockers(m, s, rng) else {
                continue;
            };
            if eject.as_slice().iter().any(|&e| self.locked[e as usize]) {
                continue;
            }
            for &e in eject.as_slice() {
                self.unassign(e as usize);
            }
            if self.free_slots(m) & (1 << s) == 0 {
                self.rollback(mark);
                continue;
            }
            self.assign(m, s);
            self.chain = self.chain.wrapping_add(1).max(1);
            self.chain_mark[m] = self.chain;
            let mut moved: Vec<u32> = eject.as_slice().to_vec();
            for &e in eject.as_slice() {
                self.budget = 256;
                self.chain_mark[e as usize] = self.chain;
                if !self.place(e as usize, 2, rng) && self.priority[e as usize] == Priority::Must {
                    // A second kick for a must-meet: it forces its own way into a random slot and
                    // what it pushes out gets a short chain (a must-meet can so change slots at
                    // the cost of a wish, which no chain allows; the kick is judged below). Only
                    // for must-meets: for all, it disturbs too much and places fewer meetings.
                    moved.extend(self.force(e as usize, m, rng));
                }
            }
            // What the ejected items freed (time, or room under a maximum) may let another item
            // of their members in; before judging the kick, which would otherwise undo it.
            for &e in &moved {
                for i in self.range(e as usize) {
                    let p = self.members[i] as usize;
                    for k in 0..self.items_of[p].len() {
                        let o = self.items_of[p][k] as usize;
                        if self.slot_of[o] == UNPLACED && !self.locked[o] && !conflicts[o] {
                            let free = self.free_slots(o);
                            if free != 0 {
                                self.assign(o, rng.bit(free));
                            }
                        }
                    }
                }
            }
            // Judged on must-meets and meetings only: a move that leaves someone below their
            // minimum may lead to more meetings; the best state seen is restored at the end.
            let after = self.key();
            if (after.0, after.1) < (before.0, before.1) {
                self.rollback(mark);
            } else {
                // The ejected items that found no place are now the ones left out.
                for &e in eject.as_slice() {
                    if self.slot_of[e as usize] == UNPLACED {
                        left.push(e as usize);
                    }
                }
                left.retain(|&x| self.slot_of[x] == UNPLACED);
                if self.placed > before.1 {
                    // More room may have opened for the others: all of them when few are left,
                    // else a random sample (at events where thousands are left out, mostly
                    // requests to over-asked hosts, trying all after each gain costs seconds).
                    let others: Vec<usize> = if left.len() <= 64 {
                        left.clone()
                    } else {
                        (0..32).map(|_| left[rng.below(left.len())]).collect()
                    };
                    for o in others {
                        if self.slot_of[o] == UNPLACED && self.search(o, 1, 64, rng) {
                            self.commit();
                        }
                    }
                    left.retain(|&x| self.slot_of[x] == UNPLACED);
                }
                if self.key() > best.0 {
                    best = (self.key(), self.slot_of.clone());
                }
            }
            self.commit();
        }
        if best.0 > self.key() {
            self.restore(&best.1);
        }
    }

    /// Puts every item that is not locked where `slots` says.
    fn restore(&mut self, slots: &[u16]) {
        for m in 0..self.items() {
            if !self.locked[m] && self.slot_of[m] != UNPLACED {
                self.unassign(m);
            }
        }
        for (m, &s) in slots.iter().enumerate() {
            if !self.locked[m] && s != UNPLACED {
                self.assign(m, s as usize);
            }
        }
        self.commit();
    }

    /// Forces unplaced `e` into a random slot of its common time, ejecting what is in the way
    /// (but nothing locked, nor `kicked`, the item whose kick ejected `e`), and gives those a
    /// chain of depth 1; answers the items it ejected (none when it could not force it).
    fn force(&mut self, e: usize, kicked: usize, rng: &mut SplitMix) -> Vec<u32> {
        // A fresh chain: the failed one marked items that may well move now.
        self.chain = self.chain.wrapping_add(1).max(1);
        self.chain_mark[kicked] = self.chain;
        self.chain_mark[e] = self.chain;
        let common = self.common(e) & !self.closed;
        if common == 0 {
            return Vec::new();
        }
        let t = rng.bit(common);
        let Some(way) = self.blockers(e, t, rng) else {
            return Vec::new();
        };
        if way
            .as_slice()
            .iter()
            .any(|&w| self.locked[w as usize] || self.chain_mark[w as usize] == self.chain)
        {
            return Vec::new();
        }
        let mark = self.journal.len();
        for &w in way.as_slice() {
            self.unassign(w as usize);
        }
        if self.free_slots(e) & (1 << t) == 0 {
            self.rollback(mark);
            return Vec::new();
        }
        self.assign(e, t);
        for &w in way.as_slice() {
            self.budget = 64;
            self.chain_mark[w as usize] = self.chain;
            self.place(w as usize, 1, rng);
        }
        way.as_slice().to_vec()
    }

    /// Idle gaps of the members of `m` (and of `also`, without counting anyone twice).
    fn gaps_of(&self, people: &[u32]) -> u32 {
        people
            .iter()
            .map(|&p| gaps_in(self.busy[p as usize], &self.blocks))
            .sum()
    }

    /// Compaction: moves placed items between slots to close idle gaps, never changing which
    /// items are placed (so must-meets, meetings and minimums stay as the search left them).
    /// A move takes an item to a slot where all its members are free; a swap exchanges the slots
    /// of two items when one member's meeting is in the way. Both are kept only when they close
    /// gaps, so the phase ends.
    pub(super) fn compact(&mut self, deadline: Option<Instant>) {
        let items: Vec<usize> = (0..self.items())
            .filter(|&m| self.slot_of[m] != UNPLACED && !self.locked[m])
            .collect();
        let mut people: Vec<u32> = Vec::with_capacity(2 * MAX_MEMBERS);
        for _round in 0..16 {
            let mut gained = false;
            for (k, &m) in items.iter().enumerate() {
                if k % 256 == 0 && deadline.is_some_and(|d| Instant::now() >= d) {
                    return;
                }
                let s = self.slot_of[m] as usize;
                let before = self.gaps_of(self.member_list(m));
                if before == 0 {
                    // Nobody in it has a gap: no move of it can close one.
                    continue;
                }
                // Moves.
                let free = self.common(m) & !self.busy_any(m) & !self.full;
                let mut best = (before, NONE as usize);
                let mut rest = free;
                while rest != 0 {
                    let t = rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    let after: u32 = self
                        .member_list(m)
                        .iter()
                        .map(|&p| {
                            let b = (self.busy[p as usize] & !(1 << s)) | (1 << t);
                            gaps_in(b, &self.blocks)
                        })
                        .sum();
                    if after < best.0 {
                        best = (after, t);
                    }
                }
                if best.1 != NONE as usize {
                    self.unassign(m);
                    self.assign(m, best.1);
                    self.commit();
                    gained = true;
                    continue;
                }
                // Swaps with the one item in the way in another common slot.
                let mut rest = self.common(m) & !(1 << s);
                while rest != 0 {
                    let t = rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    let mut way = Blockers::new();
                    for &p in self.member_list(m) {
                        way.push(self.occupant(p as usize, t));
                    }
                    if way.len != 1 {
                        continue;
                    }
                    let j = way.items[0] as usize;
                    if self.locked[j] || self.common(j) & (1 << s) == 0 {
                        continue;
                    }
                    people.clear();
                    for &p in self.member_list(m).iter().chain(self.member_list(j)) {
                        if !people.contains(&p) {
                            people.push(p);
                        }
                    }
                    let before = self.gaps_of(&people);
                    let mark = self.journal.len();
                    self.unassign(m);
                    self.unassign(j);
                    // `m` goes to t; then `j` must fit in s (its members free there now).
                    let fits = self.busy_any(m) & (1 << t) == 0 && {
                        self.assign(m, t);
                        self.busy_any(j) & (1 << s) == 0
                    };
                    if fits {
                        self.assign(j, s);
                        if self.gaps_of(&people) < before {
                            self.commit();
                            gained = true;
                            break;
                        }
                    }
                    self.rollback(mark);
                }
            }
            if !gained {
                break;
            }
        }
        self.commit();
    }

    /// Tables for the placed items (locked ones keep theirs) and reasons for the rest. With
    /// `steady`, each table goes first to the meeting whose anchor (a group's host; of a pair,
    /// the one with more meetings) sits at it all day or sat at it in the slot before, so that
    /// hosts change tables as little as possible; otherwise the lowest free table.
    pub(super) fn finish(&self, conflicts: &[bool], steady: bool) -> Schedule {
        let problem = self.problem;
        let n = self.items();
        let mut at: Vec<Option<Placement>> = vec![None; n];
        let mut used: Vec<HashSet<u32>> = vec![HashSet::new(); self.slots];
        for l in &problem.locked {
            if self.slot_of[l.meeting] != UNPLACED && !conflicts[l.meeting] {
                at[l.meeting] = Some(l.at);
                used[l.at.slot as usize].insert(l.at.table);
            }
        }
        for (g, group) in problem.groups.iter().enumerate() {
            let m = self.pairs + g;
            if let (Some(l), false) = (group.locked, conflicts[m]) {
                if self.slot_of[m] != UNPLACED {
                    at[m] = Some(l);
                    used[l.slot as usize].insert(l.table);
                }
            }
        }
        let anchor: Vec<u32> = (0..n)
            .map(|m| {
                let ms = self.member_list(m);
                if m < self.pairs && self.count[ms[1] as usize] > self.count[ms[0] as usize] {
                    ms[1]
                } else {
                    ms[0]
                }
            })
            .collect();
        // Home tables: the anchors with the most meetings to anchor get tables 0, 1, ...
        let mut home = vec![NONE; problem.participants];
        if steady {
            let mut anchored = vec![0u32; problem.participants];
            for m in 0..n {
                if self.slot_of[m] != UNPLACED {
                    anchored[anchor[m] as usize] += 1;
                }
            }
            let mut by_load: Vec<usize> = (0..problem.participants).filter(|&p| anchored[p] > 1).collect();
            by_load.sort_by_key(|&p| (Reverse(anchored[p]), p));
            for (h, p) in by_load.into_iter().enumerate() {
                home[p] = h as u32;
            }
        }
        let block_of = |s: usize| problem.block.get(s).copied().unwrap_or(0);
        // The table and slot of each participant's latest meeting so far.
        let mut last: Vec<(usize, u32)> = vec![(usize::MAX, NONE); problem.participants];
        for s in 0..self.slots {
            let mut here: Vec<usize> = self.in_slot[s].iter().map(|&m| m as usize).collect();
            here.sort_unstable();
            let tables = problem.tables[s];
            let fits = |t: u32, used: &HashSet<u32>| t != NONE && t < tables && !used.contains(&t);
            if steady {
                let previous = |p: u32, last: &[(usize, u32)]| {
                    let (ls, lt) = last[p as usize];
                    if ls != usize::MAX && block_of(ls) == block_of(s) {
                        lt
                    } else {
                        NONE
                    }
                };
                // Anchors at their home table, then anyone at their table of before.
                for m in &here {
                    let m = *m;
                    if at[m].is_none() && fits(home[anchor[m] as usize], &used[s]) {
                        let t = home[anchor[m] as usize];
                        used[s].insert(t);
                        at[m] = Some(Placement {
                            slot: s as u16,
                            table: t,
                        });
                    }
                }
                for m in &here {
                    let m = *m;
                    if at[m].is_some() {
                        continue;
                    }
                    let mut wanted = vec![previous(anchor[m], &last)];
                    wanted.extend(self.member_list(m).iter().map(|&p| previous(p, &last)));
                    if let Some(t) = wanted.into_iter().find(|&t| fits(t, &used[s])) {
                        used[s].insert(t);
                        at[m] = Some(Placement {
                            slot: s as u16,
                            table: t,
                        });
                    }
                }
            }
            let mut next = 0u32;
            for &m in &here {
                if at[m].is_some() {
                    continue;
                }
                while used[s].contains(&next) {
                    next += 1;
                }
                used[s].insert(next);
                at[m] = Some(Placement {
                    slot: s as u16,
                    table: next,
                });
            }
            for &m in &here {
                if let Some(a) = at[m] {
                    for &p in self.member_list(m) {
                        last[p as usize] = (s, a.table);
                    }
                }
            }
        }
        let mut reasons = Vec::new();
        for (m, placed) in at.iter().enumerate() {
            if placed.is_some() {
                continue;
            }
            let why = if conflicts[m] {
                Reason::Slots(Unscheduled::LockedConflict)
            } else {
                self.why(m)
            };
            let item = if m < self.pairs {
                Item::Pair(m)
            } else {
                Item::Group(m - self.pairs)
            };
            reasons.push((item, why));
        }
        let unscheduled = reasons
            .iter()
            .filter_map(|&(item, why)| match (item, why) {
                (Item::Pair(m), Reason::Slots(u)) => Some((m, u)),
                // The pairs' reasons before maximums existed: a maximum reached is a full agenda.
                (Item::Pair(m), Reason::MaximumReached(p) | Reason::MemberBusy(p)) => {
                    Some((m, Unscheduled::AgendaFull(p)))
                }
                (Item::Group(_), _) => None,
            })
            .collect();
        let group_placements = at.split_off(self.pairs);
        Schedule {
            placements: at,
            unscheduled,
            group_placements,
            reasons,
        }
    }

    fn why(&self, m: usize) -> Reason {
        let avail = &self.problem.available;
        let members = self.member_list(m);
        let common = self.common(m) & !self.closed;
        if common == 0 {
            return Reason::Slots(Unscheduled::NoCommonTime);
        }
        if let Some(&p) = members
            .iter()
            .find(|&&p| self.count[p as usize] >= self.max[p as usize])
        {
            return Reason::MaximumReached(p);
        }
        if common & !self.busy_any(m) != 0 {
            return Reason::Slots(Unscheduled::NoTable);
        }
        for &p in members {
            if avail[p as usize] & self.all & !self.busy[p as usize] == 0 {
                return Reason::Slots(Unscheduled::AgendaFull(p));
            }
        }
        if m < self.pairs {
            return Reason::Slots(Unscheduled::BusyAtCommonTimes);
        }
        // The member whose meetings block the group most often.
        let &p = members
            .iter()
            .max_by_key(|&&p| ((self.busy[p as usize] & common).count_ones(), Reverse(p)))
            .unwrap_or(&members[0]);
        Reason::MemberBusy(p)
    }
}

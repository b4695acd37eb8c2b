#!/usr/bin/env python3
"""The optimum of the scheduler's lexicographic objective, by integer programming stage by stage,
for the B2B days that
`cargo run --release -p clusterhub-matching --example schedule_objective -- --export DIR` wrote
to DIR (`agenda-N.json`).

    pip install highspy
    python3 crates/matching/eval/schedule_objective.py DIR [--time-limit SECONDS] [--gaps-up-to N]

One binary variable per item (a pair or a group meeting) and slot in which all its members are
available and there are tables; each item at most once, each participant at most one meeting per
slot and at most their maximum, each slot at most its tables. Stage 1 maximises the must-meets;
stage 2 fixes them at that value and maximises the meetings; stage 3 (events up to
--gaps-up-to participants) fixes both and minimises the idle gaps: for each participant and
slot, L >= (busy at or before, within the block), R >= (busy at or after), gap >= L + R - 1 -
busy. Minimums are not modelled (a target below the three stages). Where HiGHS cannot prove a
stage optimal within the time limit, the next stage is fixed at its best solution and the
fraction is of its bound (an upper bound for maxima, a lower bound for gaps), so the figures
understate the scheduler; the output says which.
"""
import argparse
import glob
import json
import os
import sys
import time

try:
    import highspy
    import numpy as np
except ImportError:
    sys.exit("needs highspy (pip install highspy)")


def items(event):
    """(members, is_must) for every pair, then every group."""
    out = []
    for (a, b), p in zip(event["meetings"], event["priority"] or ["requested"] * len(event["meetings"])):
        out.append(([a, b], p == "must"))
    for g in event["groups"]:
        out.append((g["members"], g["priority"] == "must"))
    return out


class Model:
    def __init__(self, event, time_limit):
        self.event = event
        self.time_limit = time_limit
        slots = len(event["tables"])
        available = [set(a) for a in event["available"]]
        self.items = items(event)
        self.columns = []  # (item, slot)
        for i, (members, _) in enumerate(self.items):
            common = set(range(slots))
            for p in members:
                common &= available[p]
            for s in sorted(common):
                if event["tables"][s] > 0:
                    self.columns.append((i, s))
        n = len(self.columns)
        self.n = n
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        h.setOptionValue("threads", 1)
        self.h = h
        inf = highspy.kHighsInf
        self.inf = inf
        h.addVars(n, np.zeros(n), np.ones(n))
        h.changeColsIntegrality(n, np.arange(n, dtype=np.int32), np.full(n, highspy.HighsVarType.kInteger))
        rows = {}
        for j, (i, s) in enumerate(self.columns):
            rows.setdefault(("i", i), []).append(j)
            rows.setdefault(("t", s), []).append(j)
            for p in self.items[i][0]:
                rows.setdefault(("p", p, s), []).append(j)
                rows.setdefault(("max", p), []).append(j)
        maxima = event.get("max_meetings") or []
        starts, index, upper = [], [], []
        for key, cols in rows.items():
            if key[0] == "t":
                cap = event["tables"][key[1]]
            elif key[0] == "max":
                cap = maxima[key[1]] if key[1] < len(maxima) and maxima[key[1]] > 0 else None
            else:
                cap = 1
            if cap is None or cap >= len(cols):
                continue
            starts.append(len(index))
            index.extend(cols)
            upper.append(float(cap))
        self.add_rows(starts, index, [1.0] * len(index), [-inf] * len(upper), upper)
        self.busy_cols = {}
        for j, (i, s) in enumerate(self.columns):
            for p in self.items[i][0]:
                self.busy_cols.setdefault((p, s), []).append(j)

    def add_rows(self, starts, index, values, lower, upper):
        k = len(upper)
        if k == 0:
            return
        self.h.addRows(k, np.array(lower, dtype=float), np.array(upper, dtype=float), len(index),
                       np.array(starts, dtype=np.int32), np.array(index, dtype=np.int32),
                       np.array(values, dtype=float))

    def solve(self, costs, sense_max, start=None):
        """Optimises sum(costs[j] x_j) (costs over all columns so far); answers (best, bound,
        optimal, seconds)."""
        h = self.h
        total = h.getNumCol()
        c = np.zeros(total)
        for j, v in costs.items():
            c[j] = -v if sense_max else v
        h.changeColsCost(total, np.arange(total, dtype=np.int32), c)
        if start is not None:
            # After the costs: changing them drops a solution given before.
            self.start_from(start)
        h.setOptionValue("time_limit", float(self.time_limit))
        started = time.time()
        h.run()
        seconds = time.time() - started
        info = h.getInfo()
        sign = -1 if sense_max else 1
        best = sign * info.objective_function_value
        bound = sign * info.mip_dual_bound
        optimal = h.getModelStatus() == highspy.HighsModelStatus.kOptimal
        return best, bound, optimal, seconds

    def start_from(self, slots_of_items):
        """Gives HiGHS the scheduler's schedule as a starting solution (with its L, R and gap
        values once those exist)."""
        h = self.h
        value = np.zeros(h.getNumCol())
        busy = set()
        for j, (i, s) in enumerate(self.columns):
            if slots_of_items[i] == s:
                value[j] = 1.0
                for p in self.items[i][0]:
                    busy.add((p, s))
        for p, in_block, base in getattr(self, "gap_blocks", []):
            k = len(in_block)
            b = [1.0 if (p, s) in busy else 0.0 for s in in_block]
            for t in range(k):
                left, right = max(b[: t + 1]), max(b[t:])
                value[base + t], value[base + k + t] = left, right
                value[base + 2 * k + t] = max(0.0, left + right - 1 - b[t])
        sol = highspy.HighsSolution()
        sol.col_value = list(value)
        sol.value_valid = True
        h.setSolution(sol)

    def fix(self, costs, at_least):
        cols = list(costs)
        self.add_rows([0], cols, [costs[j] for j in cols], [at_least], [self.inf])

    def add_gaps(self):
        """Gap variables; answers their cost vector."""
        h = self.h
        event = self.event
        slots = len(event["tables"])
        block = event.get("block") or [0] * slots
        first = h.getNumCol()
        gap_cols = {}
        self.gap_blocks = []
        starts, index, values, lower, upper = [], [], [], [], []
        people = sorted({p for (p, s) in self.busy_cols})
        for p in people:
            busy_slots = [s for s in range(slots) if (p, s) in self.busy_cols]
            if len(busy_slots) < 2:
                continue
            # Variables L, R, gap for every slot of each block p can be busy in.
            blocks = sorted({block[s] for s in busy_slots})
            for b in blocks:
                in_block = [s for s in range(slots) if block[s] == b]
                if sum(1 for s in in_block if (p, s) in self.busy_cols) < 2:
                    continue
                base = h.getNumCol()
                k = len(in_block)
                self.gap_blocks.append((p, in_block, base))
                h.addVars(3 * k, np.zeros(3 * k), np.ones(3 * k))
                L = {s: base + t for t, s in enumerate(in_block)}
                R = {s: base + k + t for t, s in enumerate(in_block)}
                G = {s: base + 2 * k + t for t, s in enumerate(in_block)}
                for t, s in enumerate(in_block):
                    busy = self.busy_cols.get((p, s), [])
                    # L_s - busy_s >= 0, L_s - L_{s-1} >= 0; likewise R to the right.
                    for var, prev in ((L, in_block[t - 1] if t > 0 else None), (R, in_block[t + 1] if t + 1 < k else None)):
                        starts.append(len(index)); index.extend([var[s]] + busy); values.extend([1.0] + [-1.0] * len(busy))
                        lower.append(0.0); upper.append(self.inf)
                        if prev is not None:
                            starts.append(len(index)); index.extend([var[s], var[prev]]); values.extend([1.0, -1.0])
                            lower.append(0.0); upper.append(self.inf)
                    # gap_s - L_s - R_s + busy_s >= -1
                    starts.append(len(index)); index.extend([G[s], L[s], R[s]] + busy)
                    values.extend([1.0, -1.0, -1.0] + [1.0] * len(busy)); lower.append(-1.0); upper.append(self.inf)
                    gap_cols[G[s]] = 1.0
        self.add_rows(starts, index, values, lower, upper)
        return gap_cols, h.getNumCol() - first


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dir")
    parser.add_argument("--time-limit", type=float, default=300, help="seconds per stage")
    parser.add_argument("--gaps-up-to", type=int, default=1000, help="largest event whose gaps are minimised")
    args = parser.parse_args()
    files = sorted(glob.glob(os.path.join(args.dir, "agenda-*.json")), key=lambda f: int(f.split("-")[-1][:-5]))
    if not files:
        sys.exit(f"no agenda-*.json in {args.dir}; run the schedule_objective example with --export first")
    for f in files:
        with open(f) as fh:
            event = json.load(fh)
        ours = event["figures"]["clusterhub"]
        counted = event["figures"]["count-only"]
        started = time.time()
        model = Model(event, args.time_limit)
        print(f"== {event['participants']} participants: {len(event['meetings'])} pairs, {len(event['groups'])} groups, "
              f"{model.n} variables (built in {time.time() - started:.0f}s)", flush=True)
        must_costs = {j: 1.0 for j, (i, s) in enumerate(model.columns) if model.items[i][1]}
        all_costs = {j: 1.0 for j in range(model.n)}
        best, bound, optimal, secs = model.solve(must_costs, True, event["clusterhub_slots"])
        ref = best if optimal else bound
        print(f"  must-meets: optimum {'%d' % round(best) if optimal else '<= %.1f (best found %d)' % (bound, round(best))} "
              f"in {secs:.0f}s; clusterhub {ours['must']} = {ours['must'] / max(ref, 1e-9):.2%}"
              f"{'' if optimal else ' of the bound'}", flush=True)
        model.fix(must_costs, round(best))
        best, bound, optimal, secs = model.solve(all_costs, True, event["clusterhub_slots"])
        ref = best if optimal else bound
        print(f"  meetings (must-meets fixed): optimum {'%d' % round(best) if optimal else '<= %.1f (best found %d)' % (bound, round(best))} "
              f"in {secs:.0f}s; clusterhub {ours['meetings']} = {ours['meetings'] / max(ref, 1e-9):.2%}"
              f"{'' if optimal else ' of the bound'}", flush=True)
        if event["participants"] > args.gaps_up_to:
            print(f"  idle gaps: not solved (over --gaps-up-to); clusterhub {ours['idle_gaps']}, "
                  f"count-only {counted['idle_gaps']}", flush=True)
            continue
        model.fix(all_costs, round(best))
        gap_costs, added = model.add_gaps()
        start = event["clusterhub_slots"] if ours["meetings"] >= round(best) else None
        best, bound, optimal, secs = model.solve(gap_costs, False, start)
        print(f"  idle gaps (both fixed, {added} more variables): optimum "
              f"{'%d' % round(best) if optimal else '>= %.1f (best found %s)' % (bound, round(best) if best < 1e20 else 'none')} "
              f"in {secs:.0f}s; clusterhub {ours['idle_gaps']}, count-only {counted['idle_gaps']}"
              f" (at clusterhub's meetings, which may be fewer than the optimum's)", flush=True)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The optimum of the meeting-scheduling problem, by integer programming, for the events that
`cargo run --release -p clusterhub-matching --example schedule -- --export DIR` wrote to DIR.

    pip install highspy
    python3 crates/matching/eval/schedule_optimum.py DIR [--time-limit SECONDS]

One binary variable per meeting and slot in which both are available; each meeting at most
once, each participant at most one meeting per slot, each slot at most its tables. Where HiGHS
cannot prove optimality within the time limit, the fractions are of its best bound (an upper
bound on the optimum), so they understate the scheduler.
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


def simple_bound(event):
    """An upper bound without a solver: no more meetings than can happen at all (the two share a
    slot with tables), than the tables hold, or than half the sum over participants of the
    meetings each can attend (at most one per available slot)."""
    available = [set(a) for a in event["available"]]
    open_slots = {s for s, t in enumerate(event["tables"]) if t > 0}
    possible = [(a, b) for a, b in event["meetings"] if available[a] & available[b] & open_slots]
    degree = [0] * event["participants"]
    for a, b in possible:
        degree[a] += 1
        degree[b] += 1
    per_person = sum(min(d, len(available[p] & open_slots)) for p, d in enumerate(degree)) // 2
    tables = sum(min(t, event["participants"] // 2) for t in event["tables"])
    return min(len(possible), tables, per_person)


def solve(event, time_limit):
    slots = len(event["tables"])
    available = [set(a) for a in event["available"]]
    columns = []  # (meeting, slot)
    for m, (a, b) in enumerate(event["meetings"]):
        for s in sorted(available[a] & available[b]):
            if event["tables"][s] > 0:
                columns.append((m, s))
    rows = {}

    def row(key):
        if key not in rows:
            rows[key] = []
        return rows[key]

    for j, (m, s) in enumerate(columns):
        a, b = event["meetings"][m]
        row(("m", m)).append(j)
        row(("p", a, s)).append(j)
        row(("p", b, s)).append(j)
        row(("t", s)).append(j)

    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("time_limit", float(time_limit))
    h.setOptionValue("threads", 1)
    n = len(columns)
    inf = highspy.kHighsInf
    h.addVars(n, np.zeros(n), np.ones(n))
    h.changeColsIntegrality(n, np.arange(n, dtype=np.int32), np.full(n, highspy.HighsVarType.kInteger))
    h.changeColsCost(n, np.arange(n, dtype=np.int32), np.full(n, -1.0))  # maximise the count
    starts, index, upper = [], [], []
    for key, cols in rows.items():
        cap = event["tables"][key[1]] if key[0] == "t" else 1
        if key[0] == "t" and cap >= len(cols):
            continue
        starts.append(len(index))
        index.extend(cols)
        upper.append(float(cap))
    k = len(upper)
    h.addRows(k, np.full(k, -inf), np.array(upper), len(index), np.array(starts, dtype=np.int32),
              np.array(index, dtype=np.int32), np.ones(len(index)))
    started = time.time()
    h.run()
    seconds = time.time() - started
    info = h.getInfo()
    best = -info.objective_function_value
    bound = -info.mip_dual_bound
    optimal = h.getModelStatus() == highspy.HighsModelStatus.kOptimal
    return (round(best) if best != float('-inf') and best != float('inf') else None), bound, optimal, seconds, n


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dir")
    parser.add_argument("--time-limit", type=float, default=300)
    parser.add_argument("--bound-only", action="store_true", help="skip the solver; only the simple bound")
    args = parser.parse_args()
    files = sorted(glob.glob(os.path.join(args.dir, "event-*.json")), key=lambda f: int(f.split("-")[-1][:-5]))
    if not files:
        sys.exit(f"no event-*.json in {args.dir}; run the schedule example with --export first")
    print(f"{'participants':>12} {'meetings':>8} | {'optimum':>9} {'proved':>6} {'time':>8} | "
          f"{'clusterhub':>10} {'of opt':>7} {'time':>8} | {'first-fit':>9} {'of opt':>7} | {'vs ff':>7}")
    print("(where HiGHS proves no optimum, the reference is the lower of its bound and the simple bound)")
    for f in files:
        with open(f) as fh:
            event = json.load(fh)
        simple = simple_bound(event)
        if args.bound_only:
            best, bound, optimal, seconds = None, float(simple), False, 0.0
        else:
            best, bound, optimal, seconds, _ = solve(event, args.time_limit)
        reference = best if optimal else min(bound, simple)
        ours, ff = event["clusterhub"], event["first_fit"]
        print(f"{event['participants']:>12} {len(event['meetings']):>8} | {reference:>9.1f} {'yes' if optimal else 'bound':>6} "
              f"{seconds:>7.1f}s | {ours:>10} {ours / reference:>7.2%} {event['clusterhub_seconds'] * 1e3:>6.0f}ms | "
              f"{ff:>9} {ff / reference:>7.2%} | {ours / ff:>6.3f}×"
              + ("" if optimal or args.bound_only else f"   (HiGHS best found {best}, time limit {args.time_limit:.0f}s)"), flush=True)


if __name__ == "__main__":
    main()

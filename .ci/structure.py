#!/usr/bin/env python3
"""Checks that keep the workspace's shape (docs/ARCHITECTURE.md, "Checks that keep it so"):

1. `domain` and `matching` stay pure: nothing they depend on, however indirectly, is sqlx, axum,
   tokio or another crate of the workspace's I/O layers.
2. Every dependency's licence is one the project accepts (an SPDX expression is accepted when
   one of its alternatives uses only accepted licences). The workspace's own crates are AGPL.
3. No declared dependency goes unused: each is named in the sources of the crate that declares it.
4. Route files stay small and separate: no file under crates/web/src/routes/ grows over 600 lines,
   and no page module imports another feature's page module (an `api/` module may import its page
   twin). What is over the line today is listed in .ci/structure-baseline.json with its size: an
   entry may shrink or go, never grow, and nothing new may join it.
5. Templates live in their feature's room: a template under crates/web/templates/<feature>/ is
   drawn by that feature's routes (crates/web/src/routes/<feature>) or included by that
   feature's templates; `shared/` holds the frame, the partials every feature uses and the
   cards (`shared/cards/`) that feature lists and the home page draw.

Run from the repository root; needs only cargo and python3. Prints each finding with where it is.
"""

import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASELINE = os.path.join(ROOT, ".ci", "structure-baseline.json")
MAX_ROUTE_LINES = 600
PURE = {"clusterhub-domain", "clusterhub-matching"}
IMPURE = {"sqlx", "axum", "tokio", "hyper", "tower", "clusterhub-store", "clusterhub-web", "clusterhub-search"}
ACCEPTED = {
    "MIT", "MIT-0", "Apache-2.0", "Apache-2.0 WITH LLVM-exception", "BSD-2-Clause", "BSD-3-Clause",
    "ISC", "Zlib", "zlib-acknowledgement", "Unicode-3.0", "Unicode-DFS-2016", "Unlicense", "0BSD",
    "CC0-1.0", "BSL-1.0", "MPL-2.0", "CDLA-Permissive-2.0",
}
OWN_LICENCE = "AGPL-3.0-or-later"

findings = []


def metadata():
    out = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--locked"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout
    return json.loads(out)


# ---- 1. pure crates ----

def check_purity(meta):
    by_id = {p["id"]: p for p in meta["packages"]}
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    for p in meta["packages"]:
        if p["name"] not in PURE:
            continue
        seen, stack, parent = set(), [p["id"]], {}
        while stack:
            cur = stack.pop()
            for d in nodes[cur]["deps"]:
                normal = any(k["kind"] is None for k in d["dep_kinds"])
                if not normal or d["pkg"] in seen:
                    continue
                seen.add(d["pkg"])
                parent[d["pkg"]] = cur
                stack.append(d["pkg"])
        for dep in seen:
            name = by_id[dep]["name"]
            if name in IMPURE:
                chain, c = [], dep
                while c != p["id"]:
                    chain.append(by_id[c]["name"])
                    c = parent[c]
                findings.append(f"{p['name']} depends on {name} (through {' <- '.join(chain)}); it must stay free of I/O crates")


# ---- 2. licences ----

def tokens(expr):
    return re.findall(r"\(|\)|[A-Za-z0-9.\-+]+", expr.replace("/", " OR "))


def satisfiable(expr):
    toks = tokens(expr)
    pos = 0

    def peek():
        return toks[pos] if pos < len(toks) else None

    def take():
        nonlocal pos
        pos += 1
        return toks[pos - 1]

    def atom():
        if peek() == "(":
            take()
            v = disj()
            take()
            return v
        lic = take()
        if peek() == "WITH":
            take()
            lic = f"{lic} WITH {take()}"
        return lic in ACCEPTED or lic.split(" WITH ")[0] in ACCEPTED and lic.endswith("LLVM-exception")

    def conj():
        v = atom()
        while peek() == "AND":
            take()
            v = atom() and v
        return v

    def disj():
        v = conj()
        while peek() == "OR":
            take()
            v = conj() or v
        return v

    try:
        return disj()
    except IndexError:
        return False


def check_licences(meta):
    members = set(meta["workspace_members"])
    for p in meta["packages"]:
        lic = p.get("license")
        if p["id"] in members:
            if lic != OWN_LICENCE:
                findings.append(f"{p['name']}: the workspace's crates are {OWN_LICENCE}, this one says {lic}")
            continue
        if not lic:
            findings.append(f"{p['name']} {p['version']}: no licence declared (license-file: {p.get('license_file')})")
        elif not satisfiable(lic):
            findings.append(f"{p['name']} {p['version']}: licence {lic!r} is not among the accepted ones")


# ---- 3. unused dependencies ----

def sources(pkg_dir):
    """Every Rust file of the package, and the files it pulls in with `#[path = "…"]`."""
    found, todo = set(), []
    for dirpath, dirs, files in os.walk(pkg_dir):
        dirs[:] = [d for d in dirs if d not in ("target", "node_modules")]
        todo += [os.path.join(dirpath, f) for f in files if f.endswith(".rs")]
    while todo:
        f = os.path.normpath(todo.pop())
        if f in found or not os.path.exists(f):
            continue
        found.add(f)
        for m in re.finditer(r'#\[path\s*=\s*"([^"]+)"\]', open(f, encoding="utf-8").read()):
            todo.append(os.path.join(os.path.dirname(f), m.group(1)))
    return sorted(found)


def check_unused(meta):
    by_name = {p["name"]: p for p in meta["packages"]}
    for p in meta["packages"]:
        if p["id"] not in meta["workspace_members"]:
            continue
        pkg_dir = os.path.dirname(p["manifest_path"])
        text = "\n".join(open(f, encoding="utf-8").read() for f in sources(pkg_dir))
        for d in p["dependencies"]:
            ident = d.get("rename") or d["name"]
            target = by_name.get(d["name"])
            if target and not d.get("rename"):
                libs = [t["name"] for t in target["targets"] if "lib" in t["kind"] or "proc-macro" in t["kind"]]
                ident = libs[0] if libs else ident
            ident = ident.replace("-", "_")
            if not re.search(rf"(?<![\w:]){re.escape(ident)}(::|\s*;|!|\s+as\b|\s*\{{|\s*,)", text):
                kind = d["kind"] or "normal"
                findings.append(f"{p['name']}: the {kind} dependency {d['name']} is not used in its sources (crates/{os.path.basename(pkg_dir)}/Cargo.toml)")


# ---- 4. route files ----

def route_facts():
    routes = os.path.join(ROOT, "crates", "web", "src", "routes")
    sizes, imports = {}, {}
    features = {f[:-3] for f in os.listdir(routes) if f.endswith(".rs") and f != "mod.rs"}
    features |= {d for d in os.listdir(routes) if os.path.isdir(os.path.join(routes, d))}
    for dirpath, _, files in os.walk(routes):
        for f in files:
            if not f.endswith(".rs"):
                continue
            path = os.path.join(dirpath, f)
            rel = os.path.relpath(path, ROOT)
            text = open(path, encoding="utf-8").read()
            sizes[rel] = text.count("\n")
            inner = os.path.relpath(path, routes)
            own = inner.split(os.sep)[0].removesuffix(".rs")
            twin = f.removesuffix(".rs") if inner.startswith("api" + os.sep) else None
            used = set()
            for m in re.finditer(r"crate::routes::(\w+)::", text):
                used.add(m.group(1))
            for m in re.finditer(r"crate::routes::\{([^}]*)\}", text):
                used |= {x.strip().split("::")[0] for x in m.group(1).split(",")}
            if "use super::" in text and os.path.dirname(inner):
                pass  # a sub-module reaching its own feature's parent
            others = sorted(u for u in used if u in features and u not in (own, twin, "mod"))
            if others and own != "mod":
                imports[rel] = others
    return sizes, imports


def check_routes():
    sizes, imports = route_facts()
    base = json.load(open(BASELINE)) if os.path.exists(BASELINE) else {"long_files": {}, "cross_imports": {}}
    for rel, n in sorted(sizes.items()):
        if n <= MAX_ROUTE_LINES:
            continue
        allowed = base["long_files"].get(rel)
        if allowed is None:
            findings.append(f"{rel}: {n} lines; a route file has at most {MAX_ROUTE_LINES} (split it by action)")
        elif n > allowed:
            findings.append(f"{rel}: {n} lines, more than the {allowed} it had when the limit came; it may only shrink")
    for rel, others in sorted(imports.items()):
        allowed = set(base["cross_imports"].get(rel, []))
        new = [o for o in others if o not in allowed]
        if new:
            findings.append(f"{rel}: imports the page module(s) {', '.join(new)}; shared code belongs in access.rs, audit.rs, views/, forms.rs or notify/")
    return sizes, imports


# ---- 5. templates per feature ----

def check_templates():
    web = os.path.join(ROOT, "crates", "web")
    tdir = os.path.join(web, "templates")
    users = {}  # template -> features (route folders, or template folders) that use it
    for dirpath, _, files in os.walk(os.path.join(web, "src")):
        for f in files:
            if not f.endswith(".rs"):
                continue
            path = os.path.join(dirpath, f)
            parts = os.path.relpath(path, os.path.join(web, "src")).split(os.sep)
            feature = parts[1].removesuffix(".rs") if parts[0] == "routes" and len(parts) > 1 else "shared"
            for m in re.finditer(r'path\s*=\s*"([^"]+\.html)"', open(path, encoding="utf-8").read()):
                users.setdefault(m.group(1), set()).add(feature)
    templates = []
    for dirpath, _, files in os.walk(tdir):
        for f in files:
            rel = os.path.relpath(os.path.join(dirpath, f), tdir).replace(os.sep, "/")
            templates.append(rel)
            feature = rel.split("/")[0] if "/" in rel else "shared"
            text = open(os.path.join(dirpath, f), encoding="utf-8").read()
            for m in re.finditer(r'\{%-?\s*(?:include|extends|import)\s+"([^"]+)"', text):
                users.setdefault(m.group(1), set()).add(feature)
    for rel in sorted(templates):
        if "/" not in rel:
            findings.append(f"crates/web/templates/{rel}: a template belongs in its feature's folder (or shared/)")
            continue
        home = rel.split("/")[0]
        if home == "shared":
            continue
        strangers = sorted(u for u in users.get(rel, set()) if u not in (home, "shared"))
        if strangers:
            findings.append(
                f"crates/web/templates/{rel}: used by {', '.join(strangers)}; a template features share belongs in shared/"
            )


def main():
    if sys.argv[1:] == ["--baseline"]:
        sizes, imports = route_facts()
        json.dump(
            {
                "long_files": {k: v for k, v in sorted(sizes.items()) if v > MAX_ROUTE_LINES},
                "cross_imports": dict(sorted(imports.items())),
            },
            open(BASELINE, "w"),
            indent=2,
        )
        print(f"wrote {BASELINE}")
        return 0
    meta = metadata()
    check_purity(meta)
    check_licences(meta)
    check_unused(meta)
    check_routes()
    check_templates()
    for f in findings:
        print(f"structure: {f}")
    if findings:
        print(f"structure: {len(findings)} finding(s)")
        return 1
    print("structure: domain and matching are pure, licences accepted, no unused dependency, route files within bounds, templates in their features' rooms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

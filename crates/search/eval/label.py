#!/usr/bin/env python3
"""Writes queries.json, the labelled evaluation set of clusterhub search, from rules over the
evaluation corpus (demo data, 600 organisations, seed 42; the CORDIS subset; the cluster list).

The relevant documents of a query are decided by what the records ARE, never by what any search
engine returns: a demo organisation's field of activity is known from its generator's theme
(visible in its taxonomy tags); a real organisation is relevant to a name query when it is that
organisation, and to a topic when its legal name says so. Build the corpus with
`cargo run --release -p clusterhub --example search_bench -- --corpus-only DIR` and run
`python3 label.py DIR/clusterhub.db > queries.json`.
"""
import json
import re
import sqlite3
import sys

db = sqlite3.connect(sys.argv[1])

# Demo themes by their taxonomy tags: (ecosystems, key enabling technology).
THEMES = {
    "semiconductor": ({"electronics"}, "micro-nanoelectronics"),
    "photonics": ({"electronics", "digital"}, "photonics"),
    "ai": ({"digital"}, "advanced-manufacturing"),
    "quantum": ({"digital"}, "nanotechnology"),
    "biotech": ({"health"}, "industrial-biotechnology"),
    "medtech": ({"health"}, "advanced-materials"),
    "space": ({"aerospace-defence"}, "advanced-materials"),
    "defence": ({"aerospace-defence"}, "micro-nanoelectronics"),
    "robotics": ({"energy-intensive", "mobility-transport-automotive"}, "advanced-manufacturing"),
    "battery": ({"energy-renewables"}, "advanced-materials"),
    "energy": ({"energy-renewables"}, "advanced-manufacturing"),
    "food": ({"agri-food"}, "industrial-biotechnology"),
    "textile": ({"textiles"}, "advanced-materials"),
    "automotive": ({"mobility-transport-automotive"}, "advanced-materials"),
    "construction": ({"construction"}, "advanced-materials"),
}

orgs = {}
for oid, slug, name, kind, country, city, cordis, details in db.execute(
    "SELECT id, slug, name, kind, country, city, cordis_id, details FROM organisations"
):
    orgs[oid] = dict(slug=slug, name=name.upper(), kind=kind, country=country, city=(city or "").lower(),
                     demo=cordis is None, text=json.dumps(json.loads(details).get("descriptions", {}), ensure_ascii=False),
                     eco=set(), ket=set())
for oid, facet, value in db.execute("SELECT organisation_id, facet, value FROM organisation_tags"):
    if facet == "ecosystem":
        orgs[oid]["eco"].add(value)
    elif facet == "ket":
        orgs[oid]["ket"].add(value)
projects = {acr for (acr,) in db.execute("SELECT acronym FROM projects")}


def theme(o):
    for t, (eco, ket) in THEMES.items():
        if o["demo"] and o["eco"] == eco and ket in o["ket"]:
            return t
    return None


def rel(themes=(), names=(), text=None, kinds=None, countries=None, cities=None, slugs=()):
    out = []
    for o in orgs.values():
        hit = (theme(o) in themes) or any(re.search(p, o["name"]) for p in names) or o["slug"] in slugs
        if text and re.search(text, o["text"], re.I):
            hit = True
        if kinds and o["kind"] not in kinds:
            hit = False
        if countries and o["country"] not in countries:
            hit = False
        if cities and o["city"] not in cities:
            hit = False
        if hit:
            out.append(o["slug"])
    return sorted(out)


def one(pattern):
    found = rel(names=[pattern])
    assert len(found) >= 1, pattern
    return found


def project(acronym):
    assert acronym in projects, acronym
    return ["project:" + acronym]


Q = []


def q(text, lang, group, relevant, filters=()):
    assert relevant, text
    Q.append(dict(q=text, lang=lang, group=group, filters=[list(f) for f in filters], relevant=relevant))


# Names of real organisations, as typed.
q("Holzcluster Steiermark", "de", "name", one(r"^HOLZCLUSTER STEIERMARK"))
q("Danish Life Science Cluster", "en", "name", one(r"DANISH LIFE SCIENCE CLUSTER"))
q("Pôle Mer Bretagne", "fr", "name", one(r"^POLE MER BRETAGNE"))
q("seafood innovation cluster", "en", "name", one(r"SEAFOOD INNOVATION CLUSTER"))
q("Health Cluster Portugal", "en", "name", one(r"^HEALTH CLUSTER PORTUGAL"))
q("Vitagora", "fr", "name", one(r"^VITAGORA"))
q("Silicon Alps", "en", "name", one(r"^SILICON ALPS"))
q("Fraunhofer", "de", "name", one(r"FRAUNHOFER"))
q("Steinbeis", "de", "name", one(r"STEINBEIS"))
q("Tecnalia", "en", "name", one(r"TECNALIA"))
q("TNO", "en", "name", one(r"TOEGEPAST NATUURWETENSCHAPPELIJK"))
q("Danmarks Tekniske Universitet", "da", "name", one(r"DANMARKS TEKNISKE UNIVERSITET"))
q("Aalborg Universitet", "da", "name", one(r"^AALBORG UNIVERSITET"))
q("Université Paul Sabatier", "fr", "name", one(r"PAUL SABATIER"))
q("Lombardy Energy Cleantech Cluster", "en", "name", one(r"LOMBARDY ENERGY CLEANTECH"))
q("Smart City Cluster Málaga", "en", "name", one(r"SMART CITY CLUSTER"))
q("Balkanski vodoroden klaster", "en", "name", one(r"BALKANSKI VODORODEN"))

# Names misspelt.
q("Steinbis", "de", "misspelling", one(r"STEINBEIS"))
q("Frauenhofer", "de", "misspelling", one(r"FRAUNHOFER"))
q("Holzkluster Steiermark", "de", "misspelling", one(r"^HOLZCLUSTER STEIERMARK"))
q("Vitagorra", "fr", "misspelling", one(r"^VITAGORA"))
q("Tecnallia", "en", "misspelling", one(r"TECNALIA"))
q("Silicon Alsp", "en", "misspelling", one(r"^SILICON ALPS"))
q("Aalborg Universitat", "da", "misspelling", one(r"^AALBORG UNIVERSITET"))
q("Danmarks Teknske Universitet", "da", "misspelling", one(r"DANMARKS TEKNISKE UNIVERSITET"))
q("seafod cluster", "en", "misspelling", one(r"SEAFOOD INNOVATION CLUSTER"))

# Projects by acronym.
q("LUMISCALE", "en", "project", project("LUMISCALE"))
q("TerraTwin", "en", "project", project("TERRATWIN"))
q("photodoctor", "fr", "project", project("PHOTODOCTOR"))
q("BIOcean5D", "en", "project", project("BIOcean5D"))
q("Terratwinn", "de", "project", project("TERRATWIN"))

# Topics, in each language: the organisations working in the field.
q("semiconductors", "en", "topic", rel(themes=["semiconductor"], names=[r"SEMICONDUCTOR", r"MICROELECTRONIC"]))
q("Halbleiter", "de", "topic", rel(themes=["semiconductor"], names=[r"SEMICONDUCTOR", r"HALBLEITER"]))
q("semi-conducteurs", "fr", "topic", rel(themes=["semiconductor"], names=[r"SEMICONDUCTOR", r"SEMI-CONDUCTEUR"]))
q("halvledere", "da", "topic", rel(themes=["semiconductor"], names=[r"SEMICONDUCTOR", r"HALVLEDER"]))
q("photonics", "en", "topic", rel(themes=["photonics"], names=[r"PHOTONI"]))
q("Photonik", "de", "topic", rel(themes=["photonics"], names=[r"PHOTONI"]))
q("biotechnology", "en", "topic", rel(themes=["biotech"], names=[r"BIOTECH"]))
q("Biotechnologie", "de", "topic", rel(themes=["biotech"], names=[r"BIOTECH"]))
q("medical devices", "en", "topic", rel(themes=["medtech"], names=[r"MEDTECH", r"MEDICAL DEVICE"]))
q("Medizintechnik", "de", "topic", rel(themes=["medtech"], names=[r"MEDTECH", r"MEDIZINTECHNIK"]))
q("space", "en", "topic", rel(themes=["space"], names=[r"\bSPACE\b", r"AEROSPACE"]))
q("Raumfahrt", "de", "topic", rel(themes=["space"], names=[r"RAUMFAHRT", r"AEROSPACE", r"\bSPACE\b"]))
q("défense", "fr", "topic", rel(themes=["defence"], names=[r"DEFEN[CS]E"]))
q("forsvar", "da", "topic", rel(themes=["defence"], names=[r"DEFEN[CS]E", r"FORSVAR"]))
q("robotics", "en", "topic", rel(themes=["robotics"], names=[r"ROBOT"]))
q("Robotik", "de", "topic", rel(themes=["robotics"], names=[r"ROBOT"]))
q("batteries", "en", "topic", rel(themes=["battery"], names=[r"BATTER"]))
q("hydrogen", "en", "topic", rel(themes=["energy"], names=[r"HYDROGEN", r"VODOROD", r"HIDROG", r"WASSERSTOFF"]))
q("Wasserstoff", "de", "topic", rel(themes=["energy"], names=[r"HYDROGEN", r"VODOROD", r"HIDROG", r"WASSERSTOFF"]))
q("artificial intelligence", "en", "topic", rel(themes=["ai"], names=[r"ARTIFICIAL INTELLIGENCE"]))
q("künstliche Intelligenz", "de", "topic", rel(themes=["ai"], names=[r"ARTIFICIAL INTELLIGENCE", r"KUENSTLICHE"]))
q("intelligence artificielle", "fr", "topic", rel(themes=["ai"], names=[r"INTELLIGENCE ARTIFICIELLE"]))
q("quantum", "en", "topic", rel(themes=["quantum"], names=[r"QUANTUM", r"QUANTEN"]))
q("Quantentechnologie", "de", "topic", rel(themes=["quantum"], names=[r"QUANTUM", r"QUANTEN"]))
q("food", "en", "topic", rel(themes=["food"], names=[r"\bFOODS?\b", r"AGRIFOOD", r"AGRO-FOOD"]))
q("Lebensmittel", "de", "topic", rel(themes=["food"], names=[r"LEBENSMITTEL", r"\bFOODS?\b"]))
q("agroalimentaire", "fr", "topic", rel(themes=["food"], names=[r"AGROALIMENTAIRE", r"AGRIFOOD", r"AGRO-FOOD"]))
q("fødevarer", "da", "topic", rel(themes=["food"], names=[r"FOEDEVARE", r"F.DEVARE", r"\bFOODS?\b"]))
q("textiles", "en", "topic", rel(themes=["textile"], names=[r"TEXTIL"]))
q("Faserrecycling", "de", "topic", rel(themes=["textile"]))
q("electric vehicles", "en", "topic", rel(themes=["automotive"], names=[r"ELECTRIC VEHICLE"]))
q("bâtiment bas carbone", "fr", "topic", rel(themes=["construction"]))

# Topics with facets.
q("semiconductor", "en", "facet", rel(themes=["semiconductor"], names=[r"SEMICONDUCTOR"], countries=["DE"]), [("country", "DE")])
q("space", "fr", "facet", rel(themes=["space"], names=[r"\bSPACE\b", r"AEROSPACE", r"ESPACE"], countries=["FR"]), [("country", "FR")])
q("energy", "en", "facet", rel(themes=["energy", "battery"], names=[r"ENERG"], kinds=["cluster"]), [("type", "cluster")])
q("klynge", "da", "facet", rel(names=[r"CLUSTER", r"KLYNGE", r"KLASTER"], kinds=["cluster"], countries=["DK"]), [("type", "cluster"), ("country", "DK")])
q("robotics", "de", "facet", rel(themes=["robotics"], names=[r"ROBOT"], kinds=["technology-centre"]), [("type", "technology-centre")])

# Exact phrases and places.
q('"life science"', "en", "phrase", rel(names=[r"LIFE SCIENCE"], text=r"life science"))
q('"green hydrogen"', "en", "phrase", rel(text=r"green hydrogen"))
q("forsvarsindustrien", "da", "topic", rel(themes=["defence"], names=[r"DEFEN[CS]E", r"FORSVAR"]))
q("Cluster Bilbao", "en", "place", rel(names=[r"CLUSTER"], kinds=["cluster"], cities=["bilbao"]))
q("klynge Aalborg", "da", "place", rel(names=[r"CLUSTER", r"KLYNGE"], kinds=["cluster"], cities=["aalborg"]))
q("Toulouse space", "en", "place", rel(themes=["space"], names=[r"SPACE", r"ESPACE"], cities=["toulouse"]))

json.dump(Q, sys.stdout, ensure_ascii=False, indent=1)
print()

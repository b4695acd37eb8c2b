//! The demo directory: organisations invented from the data tables (names, legal forms,
//! descriptions in their language), their memberships, partnerships and projects, and the
//! regions they lie in.

use super::*;

pub(super) fn legal_form(country: &str, rng: &mut ChaCha8Rng) -> &'static str {
    let forms: &[&str] = match country {
        "DE" => &["GmbH", "GmbH", "AG", "GmbH & Co. KG"],
        "AT" => &["GmbH", "AG"],
        "DK" => &["ApS", "A/S"],
        "NO" => &["AS"],
        "SE" => &["AB"],
        "FI" => &["Oy"],
        "FR" => &["SAS", "SA", "SARL"],
        "BE" => &["SA", "NV", "BV"],
        "NL" => &["B.V.", "N.V."],
        "ES" => &["S.L.", "S.A."],
        "IT" => &["S.r.l.", "S.p.A."],
        "PT" => &["Lda.", "S.A."],
        "PL" => &["Sp. z o.o.", "S.A."],
        "CZ" | "SK" => &["s.r.o.", "a.s."],
        "IE" => &["Ltd", "DAC"],
        "GR" => &["S.A.", "IKE"],
        "RO" => &["S.R.L.", "S.A."],
        "HU" => &["Kft.", "Zrt."],
        "SI" | "HR" => &["d.o.o.", "d.d."],
        "LT" => &["UAB"],
        "EE" => &["OÜ", "AS"],
        _ => &["Ltd"],
    };
    forms.choose(rng).copied().unwrap_or("Ltd")
}

pub(super) fn pick<'a, T>(rng: &mut ChaCha8Rng, items: &'a [T]) -> &'a T {
    &items[rng.gen_range(0..items.len())]
}

/// Text in the place's language where the demo has one (de, fr, da), and always in English.
pub(super) fn describe(
    kind: &str,
    name: &str,
    p: &Place,
    t: &Theme,
    counts: (u32, u32, u32),
    markets: &[String],
) -> BTreeMap<String, String> {
    let (smes, large, research) = counts;
    let markets_en = if markets.is_empty() {
        "new markets".to_owned()
    } else {
        markets.join(", ")
    };
    let mut d = BTreeMap::new();
    let en = match kind {
        "cluster" => format!(
            "{name} brings together {smes} SMEs, {large} large companies and {research} research organisations in {} working on {}.\n\
             The cluster organises B2B matchmaking, joint R&D projects and business missions to {markets_en}, and helps its members find partners across Europe.",
            p.region, t.activity[0]
        ),
        "company" => format!(
            "{name} is a company in {} specialised in {}.\nWe are looking for technology partners and customers for joint development, pilot lines and EU-funded projects.",
            p.city, t.activity[0]
        ),
        "technology-centre" => format!(
            "{name} offers applied research, testing and pilot facilities in {} to SMEs from {} and across Europe.\nOur engineers solve production problems in short projects, often funded by innovation vouchers.",
            t.activity[0], p.region
        ),
        "research-education" => format!(
            "{name} in {} carries out research and teaching in {}, and transfers results to industry through joint projects and spin-offs.",
            p.city, t.activity[0]
        ),
        "support-network" => format!(
            "{name} helps companies in {} to innovate and grow internationally: partner search, funding advice and brokerage events, with a focus on {}.",
            p.region, t.activity[0]
        ),
        _ => format!("{name} supports regional innovation in {}, with programmes for {}.", p.region, t.activity[0]),
    };
    d.insert("en".to_owned(), en);
    let local = match (p.lang, kind) {
        ("de", "cluster") => Some(format!(
            "{name} vernetzt {smes} KMU, {large} Großunternehmen und {research} Forschungseinrichtungen in {} rund um {}.\n\
             Der Cluster organisiert B2B-Matchmaking, gemeinsame FuE-Projekte und Unternehmerreisen und hilft seinen Mitgliedern, Partner in ganz Europa zu finden.",
            p.region, t.activity[1]
        )),
        ("de", "company") => Some(format!(
            "{name} ist ein Unternehmen in {} mit Schwerpunkt auf {}.\nWir suchen Technologiepartner und Kunden für gemeinsame Entwicklungen, Pilotlinien und EU-geförderte Projekte.",
            p.city, t.activity[1]
        )),
        ("de", "technology-centre") => Some(format!(
            "{name} bietet KMU angewandte Forschung, Prüf- und Pilotanlagen für {}.\nUnsere Ingenieurinnen und Ingenieure lösen Produktionsprobleme in kurzen Projekten, oft über Innovationsgutscheine gefördert.",
            t.activity[1]
        )),
        ("de", _) => Some(format!("{name} in {} arbeitet an {} und bringt Ergebnisse in die Industrie.", p.city, t.activity[1])),
        ("fr", "cluster") => Some(format!(
            "{name} réunit {smes} PME, {large} grandes entreprises et {research} organismes de recherche en {} autour de {}.\n\
             Le pôle organise des rendez-vous d'affaires, des projets de R&D collaboratifs et des missions à l'international.",
            p.region, t.activity[2]
        )),
        ("fr", "company") => Some(format!(
            "{name} est une entreprise de {} spécialisée dans {}.\nNous recherchons des partenaires technologiques et des clients pour des développements communs et des projets européens.",
            p.city, t.activity[2]
        )),
        ("fr", _) => Some(format!("{name} ({}) travaille sur {} et transfère ses résultats vers l'industrie.", p.city, t.activity[2])),
        ("da", "cluster") => Some(format!(
            "{name} samler {smes} SMV'er, {large} store virksomheder og {research} forskningsinstitutioner i {} inden for {}.\n\
             Klyngen arrangerer matchmaking, fælles forsknings- og udviklingsprojekter og erhvervsfremstød til udlandet.",
            p.region, t.activity[3]
        )),
        ("da", "company") => Some(format!(
            "{name} er en virksomhed i {} med speciale i {}.\nVi søger teknologipartnere og kunder til fælles udvikling og EU-finansierede projekter.",
            p.city, t.activity[3]
        )),
        ("da", _) => Some(format!("{name} i {} arbejder med {} og overfører resultater til erhvervslivet.", p.city, t.activity[3])),
        _ => None,
    };
    if let Some(text) = local {
        d.insert(p.lang.to_owned(), text);
    }
    d
}

pub(super) fn name_for(kind: &str, p: &Place, t: &Theme, rng: &mut ChaCha8Rng) -> String {
    match kind {
        "cluster" => match p.lang {
            "de" => format!("Cluster {} {}", t.short[1], p.region),
            "fr" => format!("Pôle {} {}", t.short[2], p.region),
            _ => format!("{} {} Cluster", p.region, t.short[0]),
        },
        "technology-centre" => match p.lang {
            "de" => format!("Technologiezentrum {} {}", t.short[1], p.city),
            "fr" => format!("Centre technologique {} {}", t.short[2], p.city),
            _ => format!("{} {} Technology Centre", p.city, t.short[0]),
        },
        "research-education" => {
            let variants = match p.lang {
                "de" => vec![
                    format!("Technische Hochschule {}", p.city),
                    format!("Institut für {}forschung {}", t.short[1], p.city),
                ],
                "fr" => vec![
                    format!("Université de {}", p.city),
                    format!("Institut de recherche {} {}", t.short[2], p.city),
                ],
                _ => vec![
                    format!("{} University of Technology", p.city),
                    format!("{} Institute for {} Research", p.city, t.short[0]),
                ],
            };
            pick(rng, &variants).clone()
        }
        "support-network" => {
            let variants = [
                format!("Enterprise Europe Network {}", p.region),
                format!("{} Business Development Agency", p.region),
                format!("{} Chamber of Commerce and Industry", p.city),
            ];
            pick(rng, &variants).clone()
        }
        "public-authority" => format!("{} Regional Innovation Agency", p.region),
        _ => {
            let stem = format!("{}{}", pick(rng, PREFIXES), pick(rng, MIDDLES));
            format!("{stem} {} {}", pick(rng, t.words), legal_form(p.country, rng))
        }
    }
}

/// The demo's NUTS 1 and 2 regions, so profiles show region names and search finds them.
pub fn regions() -> Vec<store::regions::Region> {
    let mut out: Vec<store::regions::Region> = PLACES
        .iter()
        .map(|p| store::regions::Region {
            code: p.nuts.to_owned(),
            level: 2,
            name: p.region.to_owned(),
        })
        .chain(NUTS1.iter().map(|(code, name)| store::regions::Region {
            code: (*code).to_owned(),
            level: 1,
            name: (*name).to_owned(),
        }))
        .collect();
    out.sort_by(|a, b| a.code.cmp(&b.code));
    out.dedup_by(|a, b| a.code == b.code);
    out
}

/// Fills the store with `n` demo organisations (and the demo regions) in one transaction.
pub async fn seed(
    store: &store::Store,
    n: usize,
    seed: u64,
) -> Result<crate::import::Summary, crate::import::ImportError> {
    let started = std::time::Instant::now();
    let records = generate(n, seed);
    let mut valid = Vec::with_capacity(records.len());
    for (i, r) in records.iter().enumerate() {
        let v = r.validate().map_err(|e| crate::import::ImportError::Invalid {
            file: "demo".into(),
            errors: vec![crate::import::RowError {
                location: format!("item {}", i + 1),
                message: e.to_string(),
            }],
        })?;
        valid.push((format!("item {}", i + 1), v));
    }
    let mut tx = store.begin().await?;
    store::regions::save_all(&mut tx, &regions()).await?;
    tx.commit().await?;
    let mut summary = crate::import::organisations::write(store, valid, false).await?;
    summary.regions = regions().len();
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// A reproducible demo directory of `n` organisations.
pub fn generate(n: usize, seed: u64) -> Vec<Record> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut used = HashSet::new();
    let mut records: Vec<Record> = Vec::with_capacity(n);
    for i in 0..n {
        // Roughly the mix of a real ecosystem: one cluster per ~20 organisations.
        let kind = match rng.gen_range(0..100) {
            0..=5 => "cluster",
            6..=13 => "technology-centre",
            14..=20 => "research-education",
            21..=23 => "support-network",
            24..=25 => "public-authority",
            _ => "company",
        };
        let kind = if i < 3 {
            ["cluster", "technology-centre", "company"][i]
        } else {
            kind
        };
        // Institutions are named after their place and theme; another place or theme is tried
        // before a name is reused with a number.
        let mut attempt = 0;
        let (p, t, name, slug) = loop {
            let p = pick(&mut rng, PLACES);
            let t = pick(&mut rng, THEMES);
            let name = name_for(kind, p, t, &mut rng);
            let slug = Slug::from_name(&name);
            attempt += 1;
            if !used.contains(&slug) || attempt >= 8 {
                break (p, t, name, slug);
            }
        };
        let (name, slug) = if used.contains(&slug) {
            let mut k = 2;
            while used.contains(&slug.with_suffix(k)) {
                k += 1;
            }
            let numbered = if kind == "company" { name } else { format!("{name} {k}") };
            (numbered, slug.with_suffix(k))
        } else {
            (name, slug)
        };
        used.insert(slug.clone());
        let is_cluster = kind == "cluster";
        let counts = if is_cluster {
            (rng.gen_range(20..400), rng.gen_range(2..40), rng.gen_range(2..25))
        } else {
            (0, 0, 0)
        };
        let mut markets: Vec<String> = vec![];
        if is_cluster || (kind == "company" && rng.gen_bool(0.3)) {
            let mut m: Vec<&str> = MARKETS.to_vec();
            m.shuffle(&mut rng);
            markets = m.into_iter().take(rng.gen_range(1..4)).map(str::to_owned).collect();
        }
        // Real positions spread around the city (a few kilometres).
        let lat = ((p.lat + rng.gen_range(-0.08..0.08)) * 1e5).round() / 1e5;
        let lon = ((p.lon + rng.gen_range(-0.12..0.12)) * 1e5).round() / 1e5;
        let mut ctas: Vec<String> = t.ctas.iter().map(|s| (*s).to_owned()).collect();
        if rng.gen_bool(0.15) {
            ctas.push(
                pick(&mut rng, THEMES)
                    .ctas
                    .first()
                    .copied()
                    .unwrap_or("energy")
                    .to_owned(),
            );
        }
        let label = if is_cluster {
            match rng.gen_range(0..100) {
                0..=29 => None,
                30..=64 => Some("bronze"),
                65..=89 => Some("silver"),
                _ => Some("gold"),
            }
        } else {
            None
        };
        records.push(Record {
            slug: Some(slug.to_string()),
            descriptions: describe(kind, &name, p, t, counts, &markets),
            name,
            short_name: None,
            kind: kind.to_owned(),
            country: p.country.to_owned(),
            nuts_code: Some(p.nuts.to_owned()),
            city: Some(p.city.to_owned()),
            lat: Some(lat),
            lon: Some(lon),
            website: Some(format!("https://{slug}.example.eu")),
            nace_codes: t
                .nace
                .iter()
                .take(rng.gen_range(1..=t.nace.len()))
                .map(|s| (*s).to_owned())
                .collect(),
            ecosystems: t.ecosystems.iter().map(|s| (*s).to_owned()).collect(),
            technologies: t.kets.iter().map(|s| (*s).to_owned()).collect(),
            critical_technologies: ctas,
            members_smes: is_cluster.then_some(counts.0),
            members_large: is_cluster.then_some(counts.1),
            members_research: is_cluster.then_some(counts.2),
            founded: Some(if is_cluster {
                rng.gen_range(1995..2023)
            } else {
                rng.gen_range(1950..2024)
            }),
            label: label.map(str::to_owned),
            is_sme: kind == "company" && rng.gen_bool(0.85),
            target_markets: markets,
            languages: {
                let mut l = vec!["en".to_owned()];
                if p.lang != "en" {
                    l.push(p.lang.to_owned());
                }
                l
            },
            cordis_id: None,
            member_of: Some(vec![]),
            partners: Some(vec![]),
            projects: Some(vec![]),
        });
    }
    link(&mut records, &mut rng);
    records
}

/// Memberships (companies and centres join clusters of their country, preferring their theme),
/// partnerships between clusters across borders, and collaboration projects with consortia.
pub(super) fn link(records: &mut [Record], rng: &mut ChaCha8Rng) {
    let clusters: Vec<usize> = (0..records.len()).filter(|i| records[*i].kind == "cluster").collect();
    if clusters.is_empty() {
        return;
    }
    for i in 0..records.len() {
        if records[i].kind == "cluster" || records[i].kind == "public-authority" || !rng.gen_bool(0.7) {
            continue;
        }
        let country = records[i].country.clone();
        let eco = records[i].ecosystems.first().cloned();
        let local: Vec<usize> = clusters
            .iter()
            .copied()
            .filter(|c| records[*c].country == country)
            .collect();
        let themed: Vec<usize> = local
            .iter()
            .copied()
            .filter(|c| records[*c].ecosystems.first() == eco.as_ref())
            .collect();
        let pool = if !themed.is_empty() && rng.gen_bool(0.8) {
            themed
        } else {
            local
        };
        if pool.is_empty() {
            continue;
        }
        let mut chosen: Vec<String> = vec![];
        for _ in 0..rng.gen_range(1..=2) {
            let c = &records[*pick(rng, &pool)];
            if let Some(s) = &c.slug {
                if !chosen.contains(s) {
                    chosen.push(s.clone());
                }
            }
        }
        chosen.sort();
        records[i].member_of = Some(chosen);
    }
    for &c in &clusters {
        for _ in 0..rng.gen_range(0..3) {
            let other = *pick(rng, &clusters);
            if other == c || records[other].country == records[c].country {
                continue;
            }
            let (a, b) = (
                records[c].slug.clone().unwrap_or_default(),
                records[other].slug.clone().unwrap_or_default(),
            );
            for (x, y) in [(c, b), (other, a)] {
                let list = records[x].partners.get_or_insert_with(Vec::new);
                if !list.contains(&y) {
                    list.push(y);
                    list.sort();
                }
            }
        }
    }
    let n_projects = (records.len() / 12).max(1);
    for k in 0..n_projects {
        let acronym = format!(
            "{}{}",
            pick(rng, PREFIXES).to_uppercase(),
            pick(rng, &["NET", "LAB", "HUB", "PATH", "SCALE", "TWIN", "LINK", "CIRC"])
        );
        let size = rng.gen_range(4..12).min(records.len());
        let mut members: Vec<usize> = (0..size).map(|_| rng.gen_range(0..records.len())).collect();
        members.sort_unstable();
        members.dedup();
        let cordis_id = format!("{}", 101_900_000 + k);
        for (j, m) in members.iter().enumerate() {
            let role = if j == 0 {
                "coordinator"
            } else if rng.gen_bool(0.1) {
                "associated-partner"
            } else {
                "participant"
            };
            let cents = (role != "associated-partner").then(|| rng.gen_range(50_000..1_500_000i64) * 100);
            records[*m].projects.get_or_insert_with(Vec::new).push(ProjectLink {
                acronym: acronym.clone(),
                cordis_id: Some(cordis_id.clone()),
                role: role.to_owned(),
                ec_contribution_cents: cents,
            });
        }
    }
}

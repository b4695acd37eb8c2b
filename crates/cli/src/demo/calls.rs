//! The demo funding calls.

use super::*;

/// About two dozen funding calls around today: open ones (some closing within days, some with
/// two cut-offs), forthcoming and recently closed ones, EU calls and Euroclusters' cascade calls.
/// Nothing when calls exist already (for instance imported from the portal).
pub async fn seed_calls(store: &store::Store, seed: u64) -> anyhow::Result<usize> {
    use domain::funding::CallRow;
    if store.call_count().await? > 0 {
        return Ok(0);
    }
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let today = chrono::Utc::now().date_naive();
    let topics: &[(&str, &str, &str, u32, bool)] = &[
        (
            "HORIZON-CL4-{y}-DIGITAL-EMERGING-01-02",
            "Next-generation semiconductor pilot lines",
            "HORIZON Research and Innovation Actions",
            8_000_000,
            false,
        ),
        (
            "HORIZON-CL5-{y}-D3-01-05",
            "Renewable energy integration in industrial clusters",
            "HORIZON Innovation Actions",
            5_000_000,
            false,
        ),
        (
            "HORIZON-CL3-{y}-BM-01-03",
            "Border management technologies for SMEs",
            "HORIZON Innovation Actions",
            4_000_000,
            false,
        ),
        (
            "HORIZON-EIC-{y}-ACCELERATOR-01",
            "EIC Accelerator",
            "HORIZON EIC Grants",
            2_500_000,
            false,
        ),
        (
            "HORIZON-EIT-{y}-JUMPSTARTER",
            "EIT Jumpstarter: from idea to start-up",
            "HORIZON Coordination and Support Actions",
            10_000,
            false,
        ),
        (
            "DIGITAL-{y}-AI-01-FACILITIES",
            "Testing and experimentation facilities for AI in manufacturing",
            "DIGITAL Simple Grants",
            15_000_000,
            false,
        ),
        (
            "DIGITAL-ECCC-{y}-CYBER-05-SME",
            "Cybersecurity uptake by SMEs",
            "DIGITAL SME Support Actions",
            1_000_000,
            false,
        ),
        (
            "SMP-COSME-{y}-CLUSTER-01",
            "Euroclusters for Europe's recovery",
            "SMP Grants for Financial Support",
            1_500_000,
            false,
        ),
        (
            "SMP-COSME-{y}-CLUSTER-01",
            "Open call for SMEs: digital twins in aerospace manufacturing",
            "Cascade funding",
            60_000,
            true,
        ),
        (
            "SMP-COSME-{y}-CLUSTER-01",
            "Innovation vouchers for biotech SMEs",
            "Cascade funding",
            30_000,
            true,
        ),
        (
            "SMP-COSME-{y}-CLUSTER-01",
            "Internationalisation vouchers: trade missions to North America",
            "Cascade funding",
            10_000,
            true,
        ),
        (
            "SMP-COSME-{y}-CLUSTER-01",
            "Green transition vouchers for construction SMEs",
            "Cascade funding",
            20_000,
            true,
        ),
        (
            "HORIZON-CL6-{y}-CIRCBIO-02-01",
            "Circular bio-based value chains in regions",
            "HORIZON Innovation Actions",
            6_000_000,
            false,
        ),
        (
            "LIFE-{y}-SAP-ENV",
            "LIFE standard action projects: environment",
            "LIFE Action Grants",
            3_000_000,
            false,
        ),
        (
            "EDF-{y}-DA-SPACE-SSA",
            "Space situational awareness",
            "EDF Development Actions",
            20_000_000,
            false,
        ),
        (
            "HORIZON-JU-CHIPS-{y}-2-RIA",
            "Chips JU: advanced packaging",
            "HORIZON JU Research and Innovation Actions",
            10_000_000,
            false,
        ),
        (
            "I3-{y}-INV1",
            "Interregional innovation investments",
            "I3 Grants",
            5_000_000,
            false,
        ),
        (
            "SMP-COSME-{y}-SEE-01",
            "Single Market Programme: SME internationalisation",
            "SMP Grants",
            2_000_000,
            false,
        ),
        (
            "HORIZON-CL4-{y}-RESILIENCE-01-07",
            "Advanced materials for the twin transition",
            "HORIZON Research and Innovation Actions",
            7_000_000,
            false,
        ),
        (
            "DIGITAL-{y}-EDIH-AC-01",
            "European Digital Innovation Hubs: new hubs",
            "DIGITAL Grants for Procurement",
            1_000_000,
            false,
        ),
        (
            "HORIZON-CL5-{y}-D5-01-12",
            "Zero-emission waterborne transport",
            "HORIZON Innovation Actions",
            9_000_000,
            false,
        ),
        (
            "SMP-COSME-{y}-CLUSTER-01",
            "Open call: robotics adoption by manufacturing SMEs",
            "Cascade funding",
            50_000,
            true,
        ),
    ];
    let mut created = 0;
    let mut calls = Vec::new();
    for (i, (id, title, action, budget, cascade)) in topics.iter().enumerate() {
        // Spread around today: a third closing within a month, others later, a few already
        // closed or not yet open.
        let (opens, first, second): (i64, i64, Option<i64>) = match i % 6 {
            0 => (-60, rng.gen_range(3..30), None),
            1 => (-30, rng.gen_range(30..120), Some(rng.gen_range(150..300))),
            2 => (rng.gen_range(10..60), rng.gen_range(90..200), None),
            3 => (-200, -rng.gen_range(5..60), None),
            4 => (-10, rng.gen_range(10..28), None),
            _ => (-90, rng.gen_range(60..240), None),
        };
        let day = |d: i64| (today + chrono::Duration::days(d)).format("%Y-%m-%d").to_string();
        let year = (today + chrono::Duration::days(first)).format("%Y").to_string();
        let identifier = id.replace("{y}", &year);
        let row = CallRow {
            identifier: identifier.clone(),
            title: (*title).to_owned(),
            action_type: (*action).to_owned(),
            grant_type: String::new(),
            submission_procedure: if second.is_some() {
                "multiple cut-off".into()
            } else {
                "single-stage".into()
            },
            start_date: format!("{}T00:00:00", day(opens)),
            deadline: format!("{}T17:00:00", day(first)),
            deadline2: second.map(|s| format!("{}T17:00:00", day(s))).unwrap_or_default(),
            budget_min: if *cascade { "0".into() } else { (budget / 2).to_string() },
            budget_max: budget.to_string(),
            project_number: if *cascade {
                rng.gen_range(10..40).to_string()
            } else {
                rng.gen_range(2..12).to_string()
            },
            reference: if *cascade {
                format!("{}COMPETITIVE_CALLen", 9000 + i)
            } else {
                format!("demo-{identifier}")
            },
            description: format!(
                "<p><strong>{title}</strong>: a demo call of clusterhub, written in the portal's way.</p>\
                 <p>Eligible: organisations established in an EU Member State or associated country{}.</p>",
                if *cascade {
                    "; SMEs working with a technology centre of the consortium"
                } else {
                    ""
                }
            ),
        };
        calls.push(
            row.validate(domain::html::sanitise)
                .map_err(|e| anyhow::anyhow!("demo call {identifier}: {e}"))?,
        );
        created += 1;
    }
    let mut tx = store.begin().await?;
    store::funding::save_calls(&mut tx, &calls).await?;
    tx.commit().await?;
    Ok(created)
}

//! The demo cascade-funding programme.

use super::*;

/// The demo cluster's cascade-funding programme: smart-manufacturing pilots of SMEs with
/// technology centres, open for six more weeks, with applications at every stage (waiting for
/// the centre, scored, funded with a progress report). Does nothing when a programme exists.
pub async fn seed_programmes(store: &store::Store, seed: u64) -> anyhow::Result<usize> {
    use domain::programme::{ApplicationDraft, ProgrammeForm};
    use domain::OrganisationType;
    if store.programmes(chrono::Utc::now(), 1, 0).await?.1 > 0 {
        return Ok(0);
    }
    let email = |e: &str| domain::Email::parse(e).map_err(anyhow::Error::msg);
    let Some((manager, _)) = store.user_by_email(&email("manager@demo.clusterhub.eu")?).await? else {
        return Ok(0);
    };
    let Some(cluster) = store.memberships_of(manager.id).await?.into_iter().next() else {
        return Ok(0);
    };
    let organisations = store.all_organisations().await?;
    let Some(home) = organisations.iter().find(|o| o.id == cluster.organisation_id) else {
        return Ok(0);
    };
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let now = chrono::Utc::now();
    let deadline = (now + chrono::Duration::days(45)).date_naive();
    let form = ProgrammeForm {
        title: "Smart manufacturing pilots".into(),
        summary: "Twenty innovation projects of manufacturing SMEs, each carried out with a technology centre: a digital twin of a line, a cobot cell, predictive maintenance, a new material in production.\n\nGrants of up to €60,000 cover the SME's costs and the centre's services for up to twelve months. Projects report their progress every quarter on this page.".into(),
        budget: "1200000".into(),
        max_grant: "60000".into(),
        countries: vec![],
        types: vec!["company".into()],
        questions: "What will you build or change in your production?\nWhat does the technology centre bring, and how will you work together?\nWhat will the result be worth to your company in two years?".into(),
        criteria: "40 Innovation\n35 Impact on the company\n25 Feasibility and the centre's role".into(),
        deadline: format!("{deadline}T17:00"),
        timezone: zone_of(home.profile.country.as_str()).into(),
        voucher: false,
    };
    let draft = form
        .validate(now, None)
        .map_err(|e| anyhow::anyhow!("demo programme: {e}"))?;
    let id = store
        .create_programme(cluster.organisation_id, manager.id, &draft)
        .await?;
    let evaluator = store
        .user_by_email(&email("member@demo.clusterhub.eu")?)
        .await?
        .map(|(u, _)| u);
    if let Some(member) = &evaluator {
        store
            .add_evaluator(store::evaluation::Round::Programme(id), member.id)
            .await?;
    }
    let companies: Vec<_> = organisations
        .iter()
        .filter(|o| o.profile.kind == OrganisationType::Company && o.id != cluster.organisation_id)
        .take(6)
        .collect();
    let centres: Vec<_> = organisations
        .iter()
        .filter(|o| o.profile.kind == OrganisationType::TechnologyCentre)
        .collect();
    if centres.is_empty() {
        return Ok(1);
    }
    let ideas = [
        (
            "Digital twin of the assembly line",
            "A digital twin of our assembly line to test changes before they reach the shop floor.",
        ),
        (
            "Cobot welding cell",
            "A collaborative welding cell for small series, with seam tracking.",
        ),
        (
            "Predictive maintenance for presses",
            "Vibration sensors and a model that warns a week before a press fails.",
        ),
        (
            "Recycled carbon fibre brackets",
            "Brackets of recycled carbon fibre replacing machined aluminium parts.",
        ),
        (
            "Vision inspection of castings",
            "Camera inspection of castings that finds porosity before machining.",
        ),
        (
            "Energy monitoring of compressed air",
            "Metering and leak detection across the compressed-air network.",
        ),
    ];
    let mut applied = Vec::new();
    for (i, company) in companies.iter().enumerate() {
        let centre = centres[rng.gen_range(0..centres.len())];
        let (title, summary) = ideas[i % ideas.len()];
        let a = ApplicationDraft {
            project_title: title.into(),
            summary: summary.into(),
            requested: domain::Cents(rng.gen_range(25..=60) * 1_000 * 100),
            answers: vec![
                summary.into(),
                format!(
                    "{} brings its test lab and two engineers for the integration.",
                    centre.profile.name
                ),
                "Shorter set-up times and fewer rejects: about a tenth of our production costs.".into(),
            ],
        };
        // Each company applies through a person of its own (without a password, like the B2B
        // participants): the manager who decides must not be the one who applied.
        let name = format!("{} {}", pick(&mut rng, FIRST_NAMES), pick(&mut rng, LAST_NAMES));
        let email = email(&format!("applicant{i}@demo.clusterhub.eu"))?;
        let applicant = store
            .create_user(&email, &name, None, domain::PlatformRole::User)
            .await?;
        store
            .set_org_role(applicant.id, company.id, domain::OrgRole::Admin)
            .await?;
        let app = store
            .apply_to_programme(id, company.id, centre.id, applicant.id, &a)
            .await?;
        applied.push((app, a.requested));
    }
    // Two funded with a report, two confirmed and waiting for a decision, the rest waiting for
    // their centre.
    for (n, (app, requested)) in applied.iter().enumerate() {
        if n < 4 {
            store.confirm_centre(*app, manager.id).await?;
            if let Some(member) = &evaluator {
                let scores: Vec<u8> = (0..3).map(|_| rng.gen_range(5..=10)).collect();
                store
                    .score(
                        store::evaluation::Round::Programme(id),
                        *app,
                        member.id,
                        &scores,
                        "Clear plan; the centre's role is well defined.",
                    )
                    .await?;
            }
        }
        if n < 2 {
            store
                .award(id, *app, *requested)
                .await
                .map_err(|e| anyhow::anyhow!("demo award: {e:?}"))?;
            store
                .add_report(
                    *app,
                    manager.id,
                    "Kick-off held with the technology centre; the requirements are written and the first prototype is planned for next quarter.",
                )
                .await?;
        }
    }
    Ok(1)
}

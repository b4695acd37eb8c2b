//! What the demo projects' consortia entered on their pages.

use super::*;

/// What the consortia of the demo projects would have entered: a title and summary from what the
/// coordinator does, dates around today, a budget from the partners' EU contributions, and the
/// technologies and ecosystems the partners share. Only projects without a title (the demo's);
/// gives how many were filled.
pub async fn seed_project_details(store: &store::Store, seed: u64) -> anyhow::Result<usize> {
    use domain::{Cents, Day, ProjectDetails, Taxonomy};
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x9e37);
    let tr = web::i18n::Tr::new(web::i18n::Locale::En);
    let today = chrono::Utc::now().date_naive();
    let mut filled = 0;
    let mut after = 0;
    loop {
        let page = store.projects_after(after, 500).await?;
        let Some(last) = page.last() else { break };
        after = last.id;
        for p in page.into_iter().filter(|p| p.draft.title.is_none()) {
            let partners = store.participants_of(p.id).await?;
            let Some(coordinator) = partners.first() else { continue };
            let Some(lead) = store
                .organisation_by_slug(coordinator.organisation_slug.as_str())
                .await?
            else {
                continue;
            };
            let profile = &lead.profile;
            let technologies = profile.technologies.clone();
            let ecosystems = profile.ecosystems.clone();
            let topic = technologies
                .first()
                .map(|t| tr.t(t.message_id()))
                .or_else(|| ecosystems.first().map(|e| tr.t(e.message_id())))
                .unwrap_or_else(|| "industrial innovation".into());
            let sector = ecosystems
                .first()
                .map(|e| tr.t(e.message_id()))
                .unwrap_or_else(|| "manufacturing".into());
            let aim = pick(
                &mut rng,
                &[
                    "Pilot lines for",
                    "Cross-border value chains in",
                    "SME uptake of",
                    "Open testbeds for",
                    "Skills and demonstrators for",
                ],
            );
            let title = format!("{aim} {} in {}", topic.to_lowercase(), sector.to_lowercase());
            let countries: std::collections::BTreeSet<String> =
                partners.iter().map(|x| x.organisation_country.clone()).collect();
            let summary = format!(
                "{acronym} brings {n} partners from {c} countries together around {topic}. Coordinated by {lead}, \
                 the consortium builds demonstrators with industrial users in {sector}, opens its facilities \
                 to SMEs through calls for pilot projects, and shares its results across the partners' clusters.\n\n\
                 Work packages cover requirements and use cases, technology development, pilots at the \
                 partners' sites, and exploitation with business support for start-ups and SMEs.",
                acronym = p.draft.acronym,
                n = partners.len(),
                c = countries.len(),
                lead = profile.name,
                topic = topic.to_lowercase(),
                sector = sector.to_lowercase(),
            );
            let starts = today - chrono::Duration::days(rng.gen_range(60..900));
            let ends = starts + chrono::Duration::days(30 * [24, 36, 48][rng.gen_range(0..3)]);
            let contributions: i64 = partners.iter().filter_map(|x| x.ec_contribution.map(|c| c.0)).sum();
            let details = ProjectDetails {
                summary: Some(summary),
                starts: Some(Day::new(starts)),
                ends: Some(Day::new(ends)),
                // EU grants cover most, not all, of a project's costs.
                budget: Some(Cents(contributions / 100 * 125)),
                technologies,
                critical_technologies: profile.critical_technologies.clone(),
                ecosystems,
                target_markets: profile.target_markets.iter().take(3).copied().collect(),
                website: None,
            };
            let mut draft = p.draft.clone();
            draft.title = Some(title);
            draft.programme = draft.programme.or_else(|| Some("HORIZON".into()));
            store.update_project(p.id, &draft, &details).await?;
            filled += 1;
        }
    }
    Ok(filled)
}

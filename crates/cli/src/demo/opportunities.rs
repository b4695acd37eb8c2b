//! The demo marketplace.

use super::*;

/// Published cooperation opportunities from about one demo organisation in four, the kind fitting
/// the organisation (companies request technology, centres offer it, clusters seek partner
/// clusters), plus one draft and one submitted opportunity of the demo cluster for its manager and
/// the moderator to try. Does nothing when opportunities exist already.
pub async fn seed_opportunities(store: &store::Store, seed: u64) -> anyhow::Result<usize> {
    use domain::{OpportunityInput, OpportunityKind, OpportunityState, OrganisationType, Taxonomy};
    let (_, existing) = store
        .published_opportunities(&store::opportunities::OpportunityFilter {
            members_only: true,
            limit: 1,
            ..Default::default()
        })
        .await?;
    if existing > 0 {
        return Ok(0);
    }
    let tr = web::i18n::Tr::new(web::i18n::Locale::En);
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let today = web::views::time::today();
    let organisations = store.all_organisations().await?;
    let owner = store
        .memberships_of(
            store
                .user_by_email(&domain::Email::parse("manager@demo.clusterhub.eu").map_err(anyhow::Error::msg)?)
                .await?
                .map(|(u, _)| u.id)
                .unwrap_or(0),
        )
        .await?;
    let mut created = 0;
    for (i, o) in organisations.iter().enumerate() {
        let p = &o.profile;
        let managed = owner.first().is_some_and(|m| m.organisation_id == o.id);
        if !managed && rng.gen_range(0..4) != 0 {
            continue;
        }
        let kind = match p.kind {
            OrganisationType::Company => *pick(
                &mut rng,
                &[
                    OpportunityKind::TechnologyRequest,
                    OpportunityKind::TechnologyChallenge,
                    OpportunityKind::BusinessOffer,
                    OpportunityKind::BusinessRequest,
                ],
            ),
            OrganisationType::TechnologyCentre => OpportunityKind::TechnologyOffer,
            OrganisationType::ResearchEducation => *pick(
                &mut rng,
                &[OpportunityKind::RdPartnerSearch, OpportunityKind::TechnologyOffer],
            ),
            OrganisationType::Cluster => *pick(
                &mut rng,
                &[OpportunityKind::ClusterPartnership, OpportunityKind::RdPartnerSearch],
            ),
            _ => OpportunityKind::BusinessRequest,
        };
        let tech = p
            .technologies
            .first()
            .map(|t| tr.t(t.message_id()))
            .unwrap_or_else(|| tr.t("opportunity-kind-technology-offer"));
        let ecosystem = p
            .ecosystems
            .first()
            .map(|e| tr.t(e.message_id()))
            .unwrap_or_else(|| "industry".to_owned());
        let name = web::views::title_case_if_shouting(&p.name);
        let (title, text) = match kind {
            OpportunityKind::TechnologyRequest => (
                format!("{tech} expertise wanted for new products in {ecosystem}"),
                format!("{name} needs a partner with proven {tech} know-how to industrialise a new product for {ecosystem}. We offer a paid development contract and a share in follow-up sales."),
            ),
            OpportunityKind::TechnologyChallenge => (
                format!("Challenge: cut scrap in our {ecosystem} line with {tech}"),
                format!("{name} invites technology centres to propose a solution: our {ecosystem} production loses too much material, and we believe {tech} can help. Innovation vouchers can fund a first study."),
            ),
            OpportunityKind::BusinessOffer => (
                format!("Distribution partners sought for {ecosystem} components"),
                format!("{name} offers its {tech} based components to distributors and system integrators in {ecosystem}, with training and technical support."),
            ),
            OpportunityKind::BusinessRequest => (
                format!("Supplier wanted: {tech} parts for {ecosystem}"),
                format!("{name} is looking for a reliable supplier of {tech} parts for {ecosystem} applications, for volumes from prototypes to series."),
            ),
            OpportunityKind::TechnologyOffer => (
                format!("Pilot line and testing in {tech}"),
                format!("{name} offers SMEs access to its {tech} pilot line, testing and engineering support for {ecosystem}, in short projects or as a partner in funded projects."),
            ),
            OpportunityKind::RdPartnerSearch => (
                format!("Consortium partners for a Horizon Europe proposal on {tech}"),
                format!("{name} is building a consortium on {tech} for {ecosystem} and seeks industrial partners and a technology centre for demonstration and exploitation."),
            ),
            OpportunityKind::ClusterPartnership => (
                format!("Partner clusters sought in {ecosystem}"),
                format!("{name} seeks partner clusters abroad for joint business missions, B2B matchmaking and an application to the European Cluster Collaboration programme in {ecosystem}."),
            ),
        };
        let input = OpportunityInput {
            kind: kind.to_string(),
            title,
            description: text,
            language: "en".into(),
            technologies: p.technologies.iter().map(|t| t.to_string()).collect(),
            critical_technologies: p.critical_technologies.iter().map(|t| t.to_string()).collect(),
            ecosystems: p.ecosystems.iter().map(|t| t.to_string()).collect(),
            sectors: p.sections().iter().map(|t| t.to_string()).collect(),
            target_countries: p.target_markets.iter().map(|t| t.to_string()).collect(),
            partnerships: vec![match kind {
                OpportunityKind::RdPartnerSearch => "research-cooperation".into(),
                OpportunityKind::BusinessOffer => "distribution".into(),
                OpportunityKind::BusinessRequest => "supplier".into(),
                _ => "technical-cooperation".into(),
            }],
            call: (kind == OpportunityKind::RdPartnerSearch)
                .then(|| "HORIZON-CL4-2026-01-DIGITAL-EMERGING-02".to_owned()),
            deadline: domain::Day::new(today.date() + domain::opportunity::days(rng.gen_range(30..300))).to_string(),
            contact_name: "Partnering desk".into(),
            contact_email: format!("partnering+{}@demo.clusterhub.eu", i),
            visibility: "public".into(),
        };
        let draft = input
            .validate(today)
            .map_err(|e| anyhow::anyhow!("demo opportunity of {}: {e}", p.name))?;
        let id = store.create_opportunity(o.id, None, &draft).await?;
        let target = if managed {
            OpportunityState::Submitted
        } else {
            OpportunityState::Published
        };
        store
            .transition(id, &[OpportunityState::Draft], OpportunityState::Submitted, None)
            .await?;
        if target == OpportunityState::Published {
            store
                .transition(id, &[OpportunityState::Submitted], OpportunityState::Published, None)
                .await?;
        }
        created += 1;
    }
    Ok(created)
}

//! The demo accounts, one per role.

/// The password of the demo accounts (printed when `serve --demo` creates them).
pub const DEMO_PASSWORD: &str = "clusterhub-demo";

/// Demo accounts, one per role, so every part of the platform can be tried at once: a platform
/// admin, a moderator, and the admin and a member of the first cluster. Only into a database
/// without accounts. Gives the lines to print.
pub async fn seed_accounts(store: &store::Store) -> anyhow::Result<Vec<String>> {
    if store.user_count().await? > 0 {
        return Ok(vec![]);
    }
    let passwords = std::sync::Arc::new(web::auth::Passwords::new());
    let password = domain::Password::parse(DEMO_PASSWORD, None).map_err(anyhow::Error::msg)?;
    let hash = passwords
        .hash(&password)
        .await
        .map_err(|_| anyhow::anyhow!("hashing failed"))?;
    let cluster = store
        .list_organisations(&domain::DirectoryFilter::from_pairs([
            ("type", "cluster"),
            ("limit", "1"),
        ])?)
        .await?
        .items
        .into_iter()
        .next();
    let mut lines = vec![];
    for (email, name, role, org_role) in [
        (
            "admin@demo.clusterhub.eu",
            "Ada Admin",
            domain::PlatformRole::Admin,
            None,
        ),
        (
            "moderator@demo.clusterhub.eu",
            "Mo Moderator",
            domain::PlatformRole::Moderator,
            None,
        ),
        (
            "manager@demo.clusterhub.eu",
            "Clara Clustermanager",
            domain::PlatformRole::User,
            Some(domain::OrgRole::Admin),
        ),
        (
            "member@demo.clusterhub.eu",
            "Sam SME",
            domain::PlatformRole::User,
            Some(domain::OrgRole::Member),
        ),
    ] {
        let email = domain::Email::parse(email).map_err(anyhow::Error::msg)?;
        let user = store.create_user(&email, name, Some(&hash), role).await?;
        store.confirm_email(user.id).await?;
        let mut what = role.to_string();
        if let (Some(r), Some(c)) = (org_role, &cluster) {
            store.set_org_role(user.id, c.id, r).await?;
            what = format!("{r} of {}", c.profile.name);
        }
        lines.push(format!("  {email} ({what})"));
        if org_role == Some(domain::OrgRole::Member) {
            // The SME follows its cluster, a technology, an ecosystem and a country, so that
            // "Following" and the weekly digest show something from the start.
            let now = chrono::Utc::now();
            use store::follows::FollowKind;
            let mut follows = vec![
                (FollowKind::Technology, "ket-advanced-manufacturing".to_owned()),
                (FollowKind::Ecosystem, "ecosystem-aerospace-defence".to_owned()),
                (FollowKind::Country, "DK".to_owned()),
            ];
            if let Some(c) = &cluster {
                follows.push((FollowKind::Organisation, c.slug.to_string()));
            }
            for (kind, target) in follows {
                store.follow(user.id, kind, &target, now).await?;
            }
        }
    }
    Ok(lines)
}

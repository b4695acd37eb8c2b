//! Repository tests. They run on a fresh SQLite file, or on a fresh PostgreSQL schema when
//! TEST_DATABASE_URL is set (CI runs them both ways).

use domain::{
    ClusterLabel, CountryCode, DirectoryFilter, Ecosystem, KeyEnablingTechnology, LanguageCode, NaceCode, NutsCode,
    OrganisationDraft, OrganisationType, ParticipationRole, ProjectDraft, Slug, SortOrder,
};
use store::organisations::{self, OrgKey, SaveMode};
use store::testing::TestDb;
use store::{projects, Backend, Store};

fn country(c: &str) -> CountryCode {
    CountryCode::parse(c).expect("valid country")
}

fn draft(name: &str, kind: OrganisationType, c: &str) -> OrganisationDraft {
    OrganisationDraft::new(name, kind, country(c))
        .validate()
        .expect("valid draft")
}

fn filter(pairs: &[(&str, &str)]) -> DirectoryFilter {
    DirectoryFilter::from_pairs(pairs.iter().copied()).expect("valid filter")
}

async fn save(store: &Store, d: &OrganisationDraft) -> (i64, Slug) {
    let mut tx = store.begin().await.expect("begin");
    let r = organisations::save(&mut tx, OrgKey::New, SaveMode::Replace, d)
        .await
        .expect("save");
    tx.commit().await.expect("commit");
    r
}

#[tokio::test]
async fn a_full_profile_round_trips() {
    let db = TestDb::new().await.expect("test database");
    db.store.ping().await.expect("the database answers");
    let mut d = OrganisationDraft::new("Silicon Saxony e.V.", OrganisationType::Cluster, country("DE"));
    d.short_name = Some("SiSax".into());
    d.nuts_code = Some(NutsCode::parse("DED21").expect("nuts"));
    d.city = Some("Dresden".into());
    d.coordinates = Some(domain::Coordinates::new(51.05, 13.74).expect("coords"));
    d.website = Some(domain::Website::parse("https://silicon-saxony.de").expect("url"));
    d.descriptions.insert(
        LanguageCode::parse("de").expect("de"),
        "Halbleitercluster in Sachsen".into(),
    );
    d.descriptions.insert(
        LanguageCode::parse("en").expect("en"),
        "Semiconductor cluster in Saxony".into(),
    );
    d.nace_codes = vec![NaceCode::parse("26.11").expect("nace")];
    d.ecosystems = vec![Ecosystem::Electronics, Ecosystem::Digital];
    d.technologies = vec![KeyEnablingTechnology::MicroNanoelectronics];
    d.members.smes = Some(300);
    d.members.large = Some(40);
    d.founded = Some(2000);
    d.label = Some(ClusterLabel::Gold);
    d.target_markets = vec![country("US"), country("SG")];
    d.languages = vec![LanguageCode::parse("de").expect("de")];
    let d = d.validate().expect("valid");
    let (_, slug) = save(&db.store, &d).await;
    assert_eq!(slug.as_str(), "silicon-saxony-e-v");
    let got = db
        .store
        .organisation_by_slug("silicon-saxony-e-v")
        .await
        .expect("query")
        .expect("found");
    assert_eq!(got.profile, d);
    let changes = db.store.changes_since(0, 100).await.expect("feed");
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].entity, "organisation");
}

#[tokio::test]
async fn filters_combine_and_sort() {
    let db = TestDb::new().await.expect("test database");
    let mut a = draft("Alpha Photonics GmbH", OrganisationType::Company, "DE");
    a.technologies = vec![KeyEnablingTechnology::Photonics];
    a.is_sme = true;
    a.nuts_code = Some(NutsCode::parse("DE111").expect("nuts"));
    a.nace_codes = vec![NaceCode::parse("26.70").expect("nace")];
    let mut b = draft("Beta Optics ApS", OrganisationType::Company, "DK");
    b.technologies = vec![KeyEnablingTechnology::Photonics];
    let mut c = draft("Gamma Cluster", OrganisationType::Cluster, "DE");
    c.label = Some(ClusterLabel::Silver);
    c.members.smes = Some(10);
    let c = c.validate().expect("valid");
    for d in [&a, &b, &c] {
        save(&db.store, d).await;
    }
    let s = &db.store;
    let names = |p: store::organisations::ListPage<domain::Organisation>| {
        p.items.into_iter().map(|o| o.profile.name).collect::<Vec<_>>()
    };
    assert_eq!(s.list_organisations(&filter(&[])).await.expect("list").total, 3);
    assert_eq!(
        names(
            s.list_organisations(&filter(&[("ket", "photonics"), ("country", "DE")]))
                .await
                .expect("list")
        ),
        ["Alpha Photonics GmbH"]
    );
    assert_eq!(
        names(
            s.list_organisations(&filter(&[("country", "DE"), ("country", "DK"), ("type", "company")]))
                .await
                .expect("list")
        ),
        ["Alpha Photonics GmbH", "Beta Optics ApS"]
    );
    assert_eq!(
        names(s.list_organisations(&filter(&[("nuts", "DE1")])).await.expect("list")),
        ["Alpha Photonics GmbH"]
    );
    assert_eq!(
        names(s.list_organisations(&filter(&[("nace", "C")])).await.expect("list")),
        ["Alpha Photonics GmbH"]
    );
    assert_eq!(
        names(s.list_organisations(&filter(&[("sme", "true")])).await.expect("list")),
        ["Alpha Photonics GmbH"]
    );
    assert_eq!(
        names(
            s.list_organisations(&filter(&[("label", "silver")]))
                .await
                .expect("list")
        ),
        ["Gamma Cluster"]
    );
    assert_eq!(
        names(
            s.list_organisations(&filter(&[("q", "optics aps")]))
                .await
                .expect("list")
        ),
        ["Beta Optics ApS"]
    );
    assert_eq!(
        s.list_organisations(&filter(&[("q", "100%_\\")]))
            .await
            .expect("list")
            .total,
        0
    );
    let desc = s
        .list_organisations(&filter(&[("sort", "-name"), ("limit", "2")]))
        .await
        .expect("list");
    assert_eq!(desc.total, 3);
    assert_eq!(names(desc), ["Gamma Cluster", "Beta Optics ApS"]);
    let second = s
        .list_organisations(&filter(&[("limit", "2"), ("offset", "2")]))
        .await
        .expect("list");
    assert_eq!(names(second), ["Gamma Cluster"]);
    let mut f = filter(&[]);
    f.sort = SortOrder::MembersDesc;
    assert_eq!(names(s.list_organisations(&f).await.expect("list"))[0], "Gamma Cluster");
}

#[tokio::test]
async fn relations_and_projects_show_on_profiles() {
    let db = TestDb::new().await.expect("test database");
    let s = &db.store;
    let (cluster, _) = save(s, &draft("Danish Defence Cluster", OrganisationType::Cluster, "DK")).await;
    let (other, _) = save(s, &draft("Saxon Biotech Cluster", OrganisationType::Cluster, "DE")).await;
    let (sme, sme_slug) = save(s, &draft("Nordic Sensors ApS", OrganisationType::Company, "DK")).await;
    let mut tx = s.begin().await.expect("begin");
    organisations::set_memberships(&mut tx, sme, &[cluster])
        .await
        .expect("membership");
    organisations::add_partnership(&mut tx, other, cluster)
        .await
        .expect("partnership");
    let p = projects::save(
        &mut tx,
        &ProjectDraft {
            acronym: "SENSE".into(),
            cordis_id: Some("101000001".into()),
            title: None,
            programme: None,
        },
    )
    .await
    .expect("project");
    projects::save_participation(
        &mut tx,
        p,
        sme,
        ParticipationRole::Coordinator,
        Some(domain::Cents(12_345)),
    )
    .await
    .expect("participation");
    projects::save_participation(&mut tx, p, cluster, ParticipationRole::Participant, None)
        .await
        .expect("participation");
    tx.commit().await.expect("commit");

    let d = s
        .organisation_details(sme_slug.as_str())
        .await
        .expect("query")
        .expect("found");
    assert_eq!(d.member_of.len(), 1);
    assert_eq!(d.member_of[0].name, "Danish Defence Cluster");
    assert_eq!(d.participations[0].role, ParticipationRole::Coordinator);
    assert_eq!(d.participations[0].ec_contribution, Some(domain::Cents(12_345)));
    let c = s
        .organisation_details("danish-defence-cluster")
        .await
        .expect("query")
        .expect("found");
    assert_eq!(c.member_organisations.len(), 1);
    assert_eq!(c.partners.len(), 1);
    let team = s.participants_of(p).await.expect("participants");
    assert_eq!(team[0].role, ParticipationRole::Coordinator);
    assert_eq!(
        s.project(p).await.expect("project").expect("found").participant_count,
        2
    );
    assert_eq!(
        s.list_projects(Some("sen"), domain::Page::default())
            .await
            .expect("projects")
            .total,
        1
    );
    // The same relations by id, as the matching index reads them.
    assert_eq!(s.membership_ids(None).await.expect("memberships"), vec![(sme, cluster)]);
    assert_eq!(
        s.membership_ids(Some(&[sme])).await.expect("memberships"),
        vec![(sme, cluster)]
    );
    assert_eq!(s.membership_ids(Some(&[cluster])).await.expect("memberships"), vec![]);
    let mut by_organisation = vec![
        (p, sme, ParticipationRole::Coordinator),
        (p, cluster, ParticipationRole::Participant),
    ];
    by_organisation.sort_by_key(|(_, o, _)| *o);
    use store::projects::ParticipationsOf;
    assert_eq!(
        s.participation_ids(ParticipationsOf::All)
            .await
            .expect("participations"),
        by_organisation
    );
    assert_eq!(
        s.participation_ids(ParticipationsOf::Projects(&[p]))
            .await
            .expect("participations"),
        by_organisation
    );
    assert_eq!(
        s.participation_ids(ParticipationsOf::Organisations(&[cluster]))
            .await
            .expect("participations"),
        vec![(p, cluster, ParticipationRole::Participant)]
    );
    assert_eq!(
        s.participation_ids(ParticipationsOf::Projects(&[p + 1_000]))
            .await
            .expect("participations"),
        vec![]
    );
}

#[tokio::test]
async fn an_uncommitted_transaction_leaves_nothing() {
    let db = TestDb::new().await.expect("test database");
    {
        let mut tx = db.store.begin().await.expect("begin");
        organisations::save(
            &mut tx,
            OrgKey::New,
            SaveMode::Replace,
            &draft("Ghost", OrganisationType::Other, "FR"),
        )
        .await
        .expect("save");
    }
    assert_eq!(db.store.organisation_count().await.expect("count"), 0);
    assert!(db.store.changes_since(0, 10).await.expect("feed").is_empty());
}

#[tokio::test]
async fn slugs_stay_unique_and_cordis_merges_keep_curation() {
    let db = TestDb::new().await.expect("test database");
    let s = &db.store;
    let (_, a) = save(s, &draft("Acme", OrganisationType::Company, "FR")).await;
    let (_, b) = save(s, &draft("ACME", OrganisationType::Company, "BE")).await;
    assert_eq!((a.as_str(), b.as_str()), ("acme", "acme-2"));

    let mut cluster = draft("Pole Mer", OrganisationType::Cluster, "FR");
    cluster.cordis_id = Some("999".into());
    cluster.ecosystems = vec![Ecosystem::Tourism];
    let cluster = cluster.validate().expect("valid");
    let mut tx = s.begin().await.expect("begin");
    organisations::save(&mut tx, OrgKey::Cordis("999"), SaveMode::Replace, &cluster)
        .await
        .expect("save");
    let mut from_cordis = draft("POLE MER BRETAGNE ATLANTIQUE", OrganisationType::Other, "FR");
    from_cordis.cordis_id = Some("999".into());
    organisations::save(&mut tx, OrgKey::Cordis("999"), SaveMode::MergeCordis, &from_cordis)
        .await
        .expect("merge");
    tx.commit().await.expect("commit");
    let got = s.organisation_by_slug("pole-mer").await.expect("query").expect("found");
    assert_eq!(got.profile.name, "POLE MER BRETAGNE ATLANTIQUE");
    assert_eq!(got.profile.kind, OrganisationType::Cluster);
    assert_eq!(got.profile.ecosystems, [Ecosystem::Tourism]);
}

/// Both back ends' migrations must produce the same tables and columns.
#[tokio::test]
async fn migrations_agree_between_back_ends() {
    let db = TestDb::new().await.expect("test database");
    if db.backend() != Backend::Postgres {
        eprintln!("skipped: set TEST_DATABASE_URL=postgres://… to compare the SQLite and PostgreSQL schemas");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let sqlite = Store::connect(&format!("sqlite:{}", dir.path().join("s.db").display()))
        .await
        .expect("sqlite");
    sqlite.migrate().await.expect("migrate");
    assert_eq!(
        sqlite.schema_columns().await.expect("sqlite"),
        db.store.schema_columns().await.expect("postgres")
    );
}

#[tokio::test]
async fn accounts_tokens_claims_and_erasure() {
    use chrono::{Duration, Utc};
    use domain::{Email, OrgRole, PlatformRole, TokenScope};
    use store::accounts::TokenPurpose;
    use store::audit::{Action, AuditEvent};

    let db = TestDb::new().await.expect("test database");
    let s = &db.store;
    let email = Email::parse("ana@example.pt").expect("email");
    let ana = s
        .create_user(&email, "Ana", Some("hash"), PlatformRole::User)
        .await
        .expect("user");
    assert!(matches!(
        s.create_user(&email, "Other", None, PlatformRole::User).await,
        Err(store::StoreError::Conflict(_))
    ));

    // The language mail is written in: unknown for an address without an account, unset until
    // chosen, then the choice.
    assert_eq!(s.language_of("nobody@example.pt").await.expect("lookup"), None);
    assert_eq!(s.language_of(email.as_str()).await.expect("lookup"), Some(None));
    s.set_language(ana.id, "fr").await.expect("language");
    assert_eq!(
        s.language_of(email.as_str()).await.expect("lookup"),
        Some(Some("fr".into()))
    );
    let (reread, _) = s.user_by_id(ana.id).await.expect("read").expect("user");
    assert_eq!(reread.language.as_deref(), Some("fr"));

    // One-time tokens: used once, not after expiry, not for another purpose.
    let later = Utc::now() + Duration::hours(1);
    s.create_email_token("t1", ana.id, TokenPurpose::ConfirmEmail, None, later)
        .await
        .expect("token");
    s.create_email_token(
        "t2",
        ana.id,
        TokenPurpose::ConfirmEmail,
        None,
        Utc::now() - Duration::seconds(1),
    )
    .await
    .expect("token");
    assert!(s
        .use_email_token("t1", TokenPurpose::ResetPassword)
        .await
        .expect("use")
        .is_none());
    assert_eq!(
        s.use_email_token("t1", TokenPurpose::ConfirmEmail).await.expect("use"),
        Some((ana.id, None))
    );
    assert!(s
        .use_email_token("t1", TokenPurpose::ConfirmEmail)
        .await
        .expect("use")
        .is_none());
    assert!(s
        .use_email_token("t2", TokenPurpose::ConfirmEmail)
        .await
        .expect("use")
        .is_none());

    // Sessions expire; API tokens stop at revocation.
    s.create_session("s1", ana.id, "csrf", Some("10.0.0.1"), None, later)
        .await
        .expect("session");
    assert_eq!(s.session("s1").await.expect("session").expect("live").user.id, ana.id);
    s.create_session("s0", ana.id, "csrf", None, None, Utc::now() - Duration::seconds(1))
        .await
        .expect("session");
    assert!(s.session("s0").await.expect("session").is_none());
    let tid = s
        .create_api_token(ana.id, "ci", "th", "chub_1234567", TokenScope::Write)
        .await
        .expect("token");
    assert_eq!(
        s.api_token_user("th").await.expect("lookup").expect("live").1,
        TokenScope::Write
    );
    assert!(s.revoke_api_token(ana.id, tid).await.expect("revoke"));
    assert!(s.api_token_user("th").await.expect("lookup").is_none());

    // A claim for a new organisation creates it on approval, with the claimant as its admin.
    let d = draft("Lisbon Blue Economy Cluster", OrganisationType::Cluster, "PT");
    let claim = s.create_claim(ana.id, None, Some(&d), "I run it").await.expect("claim");
    let moderator = s
        .create_user(
            &Email::parse("mod@example.eu").expect("email"),
            "Mo",
            None,
            PlatformRole::Moderator,
        )
        .await
        .expect("moderator");
    let slug = s.approve_claim(claim, moderator.id).await.expect("approve");
    let org = s.organisation_by_slug(&slug).await.expect("read").expect("created");
    assert_eq!(s.org_role(ana.id, org.id).await.expect("role"), Some(OrgRole::Admin));
    assert!(matches!(
        s.approve_claim(claim, moderator.id).await,
        Err(store::StoreError::NotFound)
    ));

    // Invitations wait for the address; the person accepts them once confirmed and signed in.
    let invited = Email::parse("joao@example.pt").expect("email");
    s.invite(org.id, &invited, OrgRole::Member, ana.id)
        .await
        .expect("invite");
    let joao = s
        .create_user(&invited, "João", None, PlatformRole::User)
        .await
        .expect("user");
    assert_eq!(s.org_role(joao.id, org.id).await.expect("role"), None);
    assert!(
        s.invitations_for(joao.id).await.expect("invitations").is_empty(),
        "not before the address is confirmed"
    );
    s.confirm_email(joao.id).await.expect("confirm");
    assert_eq!(
        s.org_role(joao.id, org.id).await.expect("role"),
        None,
        "confirming is not consenting"
    );
    let waiting = s.invitations_for(joao.id).await.expect("invitations");
    assert_eq!(waiting.len(), 1);
    assert_eq!(
        s.answer_invitation(ana.id, waiting[0].id, true).await.expect("answer"),
        None,
        "not hers"
    );
    assert_eq!(
        s.answer_invitation(joao.id, waiting[0].id, true).await.expect("answer"),
        Some(org.id)
    );
    assert_eq!(s.org_role(joao.id, org.id).await.expect("role"), Some(OrgRole::Member));
    assert!(s.invitations_for(joao.id).await.expect("invitations").is_empty());

    // Erasure removes the person and anonymises the audit log; the organisation stays.
    s.audit(AuditEvent {
        actor_id: Some(ana.id),
        actor: "ana@example.pt",
        subject: "ana@example.pt",
        ..AuditEvent::of(Action::Login)
    })
    .await
    .expect("audit");
    assert_eq!(
        s.recent_audit_count(
            Action::Login,
            "ana@example.pt",
            false,
            Utc::now() - Duration::minutes(1)
        )
        .await
        .expect("count"),
        1
    );
    let data = s.personal_data(ana.id).await.expect("export");
    assert_eq!(
        (data.organisations.len(), data.claims.len(), data.api_tokens.len()),
        (1, 1, 1)
    );
    s.erase_user(ana.id, "erased account").await.expect("erase");
    assert!(s.user_by_email(&email).await.expect("read").is_none());
    assert!(s.session("s1").await.expect("session").is_none());
    let (entries, _) = s.audit_entries(None, 10, 0).await.expect("audit");
    assert!(entries
        .iter()
        .all(|e| e.actor == "erased account" && e.subject == "erased account"));
    assert!(s.organisation_by_slug(&slug).await.expect("read").is_some());
}

#[tokio::test]
async fn opportunities_move_through_their_lifecycle_once() {
    use domain::{Day, OpportunityInput, OpportunityState as S};
    use store::opportunities::{OpportunityFilter, WatchKind};
    let db = TestDb::new().await.expect("test database");
    let s = &db.store;
    let (sme, _) = save(s, &draft("Nordic Sensors ApS", OrganisationType::Company, "DK")).await;
    let (centre, _) = save(s, &draft("Laser Zentrum", OrganisationType::TechnologyCentre, "DE")).await;
    let user = s
        .create_user(
            &domain::Email::parse("anna@sensors.dk").expect("email"),
            "Anna",
            None,
            domain::PlatformRole::User,
        )
        .await
        .expect("user");
    let today = Day::parse("2026-11-23").expect("day");
    let input = OpportunityInput {
        kind: "technology-request".into(),
        title: "Laser drilling of alumina".into(),
        description: "Holes of 50 µm in alumina substrates, at volume, for sensors.".into(),
        technologies: vec!["photonics".into()],
        target_countries: vec!["DE".into()],
        deadline: "2027-01-31".into(),
        contact_name: "Anna".into(),
        contact_email: "anna@sensors.dk".into(),
        ..OpportunityInput::default()
    };
    let d = input.validate(today).expect("valid");
    let id = s.create_opportunity(sme, Some(user.id), &d).await.expect("create");
    let stored = s.opportunity(id).await.expect("read").expect("there");
    assert_eq!((stored.state, &stored.draft), (S::Draft, &d), "the draft round-trips");
    assert_eq!(stored.organisation_name, "Nordic Sensors ApS");

    let mut changed = d.clone();
    changed.title = "Laser drilling of alumina substrates".into();
    assert!(s.update_opportunity(id, &changed).await.expect("update"));
    assert!(s.transition(id, &[S::Draft], S::Submitted, None).await.expect("submit"));
    assert!(
        !s.update_opportunity(id, &d).await.expect("update"),
        "a submitted one is not edited"
    );
    assert_eq!(s.submitted_opportunities().await.expect("queue").len(), 1);
    assert!(s
        .transition(id, &[S::Submitted], S::Returned, Some("Which tolerances?"))
        .await
        .expect("return"));
    assert_eq!(
        s.opportunity(id)
            .await
            .expect("read")
            .expect("there")
            .return_reason
            .as_deref(),
        Some("Which tolerances?")
    );
    assert!(s
        .transition(id, &[S::Returned], S::Submitted, None)
        .await
        .expect("again"));
    assert!(s
        .transition(id, &[S::Submitted], S::Published, None)
        .await
        .expect("publish"));
    assert!(
        !s.transition(id, &[S::Submitted], S::Published, None)
            .await
            .expect("twice"),
        "a transition happens once"
    );
    let published = s.opportunity(id).await.expect("read").expect("there");
    assert!(published.published_at.is_some() && published.return_reason.is_none());
    let filter = OpportunityFilter {
        limit: 10,
        ..Default::default()
    };
    let (list, total) = s.published_opportunities(&filter).await.expect("list");
    assert_eq!((list.len(), total), (1, 1));
    assert_eq!(list[0].organisation_country, "DK");
    // Found by its words (and its publisher's), technologies and the publisher's country.
    let country = |c: &str| vec![domain::CountryCode::parse(c).expect("code")];
    for (found, f) in [
        (
            1,
            OpportunityFilter {
                q: Some("LASER Alumina".into()),
                ..filter.clone()
            },
        ),
        (
            1,
            OpportunityFilter {
                q: Some("nordic sensors".into()),
                ..filter.clone()
            },
        ),
        (
            0,
            OpportunityFilter {
                q: Some("laser glass".into()),
                ..filter.clone()
            },
        ),
        (
            1,
            OpportunityFilter {
                countries: country("DK"),
                ..filter.clone()
            },
        ),
        (
            0,
            OpportunityFilter {
                countries: country("FR"),
                ..filter.clone()
            },
        ),
        (
            1,
            OpportunityFilter {
                technologies: vec![domain::KeyEnablingTechnology::Photonics],
                ..filter.clone()
            },
        ),
        (
            0,
            OpportunityFilter {
                ecosystems: vec![domain::Ecosystem::Health],
                ..filter.clone()
            },
        ),
    ] {
        assert_eq!(s.published_opportunities(&f).await.expect("list").1, found, "{f:?}");
    }

    // Interest once per organisation, with its conversation.
    let interest = s
        .express_interest(id, centre, user.id, "Anna", "We can drill 20 µm.")
        .await
        .expect("interest");
    assert!(matches!(
        s.express_interest(id, centre, user.id, "Anna", "Again").await,
        Err(store::StoreError::Conflict(_))
    ));
    s.add_message(interest, user.id, "Anna", "Samples by March?")
        .await
        .expect("message");
    let messages = s.messages(interest).await.expect("messages");
    assert_eq!(messages.len(), 2);
    let seen = s.interests_of(sme).await.expect("received");
    assert_eq!((seen.len(), seen[0].messages), (1, 2));
    assert_eq!(s.interests_of(centre).await.expect("sent").len(), 1);

    // Expiry moves only published ones past their deadline.
    assert!(s
        .expire_opportunities(Day::parse("2027-01-31").expect("day"))
        .await
        .expect("expire")
        .is_empty());
    assert_eq!(
        s.expire_opportunities(Day::parse("2027-02-01").expect("day"))
            .await
            .expect("expire"),
        [id]
    );
    assert_eq!(s.opportunity(id).await.expect("read").expect("there").state, S::Expired);
    assert_eq!(s.published_opportunities(&filter).await.expect("list").1, 0);

    // Saved searches remember what was sent, up to a bound.
    let alert = s
        .save_search(
            user.id,
            "Laser",
            WatchKind::Search,
            "q=laser",
            "hash-1",
            &["organisation:1".into()],
        )
        .await
        .expect("alert");
    let many: Vec<String> = (0..600).map(|i| format!("organisation:{i}")).collect();
    s.mark_digest_sent(alert, &many).await.expect("sent");
    let kept = s
        .saved_search_by_unsubscribe("hash-1")
        .await
        .expect("read")
        .expect("there");
    assert_eq!(kept.seen.len(), store::opportunities::MAX_SEEN);
    assert!(kept.seen.contains(&"organisation:599".to_owned()) && kept.last_sent_at.is_some());
    assert!(
        !s.delete_saved_search(alert, user.id + 1).await.expect("delete"),
        "only its owner deletes it"
    );
    assert!(s.delete_saved_search(alert, user.id).await.expect("delete"));
}

#[tokio::test]
async fn events_fill_their_places_then_a_waiting_list_and_keep_meetings() {
    use domain::{EventInput, EventKind, EventState as S, MeetingSession};
    use store::events::{EventFilter, Placed, RegistrationState, RequestState, Seat};
    let db = TestDb::new().await.expect("test database");
    let s = &db.store;
    let (cluster, _) = save(s, &draft("Space Cluster Denmark", OrganisationType::Cluster, "DK")).await;
    let mut users = Vec::new();
    for name in ["ole", "anna", "jens", "mette"] {
        let email = domain::Email::parse(&format!("{name}@example.dk")).expect("email");
        users.push(
            s.create_user(&email, name, None, domain::PlatformRole::User)
                .await
                .expect("user")
                .id,
        );
    }
    let now = chrono::Utc::now();
    let day = (now + chrono::Duration::days(30)).format("%Y-%m-%d").to_string();
    let input = EventInput {
        kind: "matchmaking".into(),
        title: "Space B2B Day".into(),
        description: "Meet primes, SMEs and research centres of the Nordic space industry.".into(),
        starts: format!("{day}T09:00"),
        ends: format!("{day}T17:00"),
        timezone: "Europe/Copenhagen".into(),
        attendance: "hybrid".into(),
        venue: "DGI Byen".into(),
        city: "Copenhagen".into(),
        country: "DK".into(),
        online_url: "https://meet.example.dk/b2b".into(),
        capacity: "2".into(),
        technologies: vec!["photonics".into()],
        contact_email: "events@cluster.dk".into(),
        ..EventInput::default()
    };
    let d = input.validate(now).expect("valid");
    let id = s.create_event(cluster, Some(users[0]), &d).await.expect("create");
    let stored = s.event(id).await.expect("read").expect("there");
    assert_eq!((stored.state, &stored.draft), (S::Draft, &d), "the draft round-trips");
    assert_eq!(stored.starts_at, d.starts_utc());
    assert!(s.transition(id, &[S::Draft], S::Submitted, None).await.expect("submit"));
    assert!(
        !s.update_event(id, &d).await.expect("update"),
        "a submitted event is not edited"
    );
    assert_eq!(s.submitted_events().await.expect("queue").len(), 1);
    assert!(s
        .transition(id, &[S::Submitted], S::Published, None)
        .await
        .expect("publish"));
    assert!(!s
        .transition(id, &[S::Submitted], S::Published, None)
        .await
        .expect("twice"));

    let f = |kinds: Vec<EventKind>, tags: Vec<String>, online: Option<bool>| EventFilter {
        kinds,
        tags,
        online,
        from: Some(now),
        limit: 10,
        ..EventFilter::default()
    };
    assert_eq!(s.public_events(&f(vec![], vec![], None)).await.expect("list").1, 1);
    assert_eq!(
        s.public_events(&f(vec![EventKind::Talk], vec![], None))
            .await
            .expect("list")
            .1,
        0
    );
    assert_eq!(
        s.public_events(&f(vec![], vec!["ket:photonics".into()], Some(true)))
            .await
            .expect("list")
            .1,
        1
    );
    assert_eq!(
        s.public_events(&f(vec![], vec!["ket:robotics".into()], None))
            .await
            .expect("list")
            .1,
        0
    );
    let later = EventFilter {
        from: Some(now + chrono::Duration::days(60)),
        limit: 10,
        ..EventFilter::default()
    };
    assert_eq!(
        s.public_events(&later).await.expect("list").1,
        0,
        "ended before the range"
    );

    // Two places: the third and fourth wait, in order; a cancellation moves the first up.
    let cap = d.capacity;
    let mut seats = Vec::new();
    for &u in &users {
        seats.push(s.register(id, u, Some(cluster), cap).await.expect("register"));
    }
    assert!(matches!(seats[1], Seat::Confirmed(_)));
    assert!(
        matches!(seats[3], Seat::Waitlisted { position: 2, .. }),
        "{:?}",
        seats[3]
    );
    assert!(matches!(
        s.register(id, users[0], None, cap).await,
        Err(store::StoreError::Conflict(_))
    ));
    let reg = |seat: &Seat| match seat {
        Seat::Confirmed(r) | Seat::Waitlisted { registration: r, .. } => r.id,
    };
    let (ole, anna) = (reg(&seats[0]), reg(&seats[1]));
    let m = s
        .request_meeting(id, ole, anna, "Let us talk about optics")
        .await
        .expect("request");
    assert!(matches!(
        s.request_meeting(id, anna, ole, "me too").await,
        Err(store::StoreError::Conflict(_))
    ));
    assert!(s
        .set_request_state(m, &[RequestState::Pending], RequestState::Accepted)
        .await
        .expect("accept"));
    s.set_sessions(
        id,
        &[MeetingSession {
            starts: d.starts,
            slots: 4,
            minutes: 30,
            tables: 10,
        }],
    )
    .await
    .expect("sessions");
    s.save_schedule(
        id,
        &[Placed {
            request_id: m,
            at: Some((2, 0)),
            unscheduled: None,
        }],
    )
    .await
    .expect("save");
    s.publish_schedule(id).await.expect("publish");
    let placed = s.meeting_request(m).await.expect("read").expect("there");
    assert_eq!((placed.slot, placed.table, placed.locked), (Some(2), Some(0), true));
    s.save_schedule(
        id,
        &[Placed {
            request_id: m,
            at: None,
            unscheduled: Some("no-table".into()),
        }],
    )
    .await
    .expect("save");
    assert_eq!(
        s.meeting_request(m).await.expect("read").expect("there").slot,
        Some(2),
        "a locked meeting stays"
    );
    s.set_unavailable(anna, &[format!("{day}T09:00")])
        .await
        .expect("availability");
    s.set_profile(anna, "Optics", "Satellite integrators")
        .await
        .expect("profile");

    let promoted = s
        .cancel_registration(id, users[1], cap)
        .await
        .expect("cancel")
        .expect("someone moves up");
    assert_eq!(promoted.user_id, users[2]);
    assert_eq!(
        s.meeting_request(m).await.expect("read").expect("there").state,
        RequestState::Withdrawn
    );
    let list = s.registrations(id).await.expect("list");
    let states: Vec<_> = list.iter().map(|r| (r.user_id, r.state)).collect();
    assert_eq!(
        states,
        vec![
            (users[0], RegistrationState::Confirmed),
            (users[2], RegistrationState::Confirmed),
            (users[3], RegistrationState::Waitlisted)
        ]
    );
    // Coming back after cancelling queues at the end.
    assert!(matches!(
        s.register(id, users[1], None, cap).await.expect("again"),
        Seat::Waitlisted { position: 2, .. }
    ));
    assert_eq!(s.fill_places(id, Some(4)).await.expect("fill").len(), 2);
    assert_eq!(
        s.events_of_user(users[3]).await.expect("mine")[0].1,
        RegistrationState::Confirmed
    );
}

/// Runs `n` copies of a step at once and gives their results.
async fn at_once<T, F, Fut>(n: usize, step: F) -> Vec<T>
where
    F: Fn(usize) -> Fut,
    Fut: std::future::Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    let handles: Vec<_> = (0..n).map(|i| tokio::spawn(step(i))).collect();
    let mut out = Vec::with_capacity(n);
    for h in handles {
        out.push(h.await.expect("task"));
    }
    out
}

/// Security finding 20: the check-then-act steps (mission places, the last platform admin, an
/// organisation's last admin, duplicate claims, crossed meeting requests) are serialised, so
/// requests fired at the same moment cannot get past the check together.
#[tokio::test]
async fn check_then_act_steps_hold_under_concurrent_requests() {
    use domain::{EventInput, OrgRole, PlatformRole};
    use store::events::Seat;
    use store::missions::Decided;
    let db = TestDb::new().await.expect("test database");
    let s = &db.store;
    let user = |name: &'static str, role: PlatformRole| async move {
        let email = domain::Email::parse(&format!("{name}@example.eu")).expect("email");
        s.create_user(&email, name, None, role).await.expect("user").id
    };

    // Two admins demote each other at once: one of them stays admin.
    let (ada, bob) = (
        user("ada", PlatformRole::Admin).await,
        user("bob", PlatformRole::Admin).await,
    );
    let results = at_once(2, |i| {
        let s = s.clone();
        async move {
            s.set_platform_role(if i == 0 { bob } else { ada }, PlatformRole::User)
                .await
        }
    })
    .await;
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "{results:?}");
    assert!(results
        .iter()
        .any(|r| matches!(r, Err(store::StoreError::LastPlatformAdmin))));
    let admins = s
        .list_users("", 100, 0)
        .await
        .expect("users")
        .0
        .into_iter()
        .filter(|u| u.role == PlatformRole::Admin)
        .count();
    assert_eq!(admins, 1);

    // Two admins of an organisation remove each other at once: one stays.
    let (org, _) = save(s, &draft("Nordic Space Cluster", OrganisationType::Cluster, "DK")).await;
    let (kim, lis) = (
        user("kim", PlatformRole::User).await,
        user("lis", PlatformRole::User).await,
    );
    for u in [kim, lis] {
        s.set_org_role(u, org, OrgRole::Admin).await.expect("role");
    }
    let results = at_once(2, |i| {
        let s = s.clone();
        async move { s.remove_org_role(if i == 0 { lis } else { kim }, org).await }
    })
    .await;
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "{results:?}");
    assert!(
        s.org_role(kim, org).await.expect("role") == Some(OrgRole::Admin)
            || s.org_role(lis, org).await.expect("role") == Some(OrgRole::Admin)
    );
    // Nor can the last one be demoted.
    let last = if s.org_role(kim, org).await.expect("role").is_some() {
        kim
    } else {
        lis
    };
    assert!(matches!(
        s.set_org_role(last, org, OrgRole::Member).await,
        Err(store::StoreError::LastOrganisationAdmin)
    ));

    // Ten claims of one person on one organisation at once: one is filed.
    let claimant = user("claimant", PlatformRole::User).await;
    let results = at_once(10, |_| {
        let s = s.clone();
        async move { s.create_claim(claimant, Some(org), None, "I run it").await }
    })
    .await;
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "{results:?}");
    assert_eq!(s.claims_of(claimant).await.expect("claims").len(), 1);

    // A mission with two places; eight organisers' clicks select eight applicants at once.
    let now = chrono::Utc::now();
    let day = (now + chrono::Duration::days(40)).format("%Y-%m-%d").to_string();
    let mission = EventInput {
        kind: "mission".into(),
        title: "Space mission to Toulouse".into(),
        description: "Meet the French space primes.".into(),
        starts: format!("{day}T09:00"),
        ends: format!("{day}T17:00"),
        timezone: "Europe/Paris".into(),
        attendance: "on-site".into(),
        venue: "Cité de l'espace".into(),
        city: "Toulouse".into(),
        country: "FR".into(),
        destinations: vec!["FR".into()],
        contact_email: "missions@cluster.dk".into(),
        ..EventInput::default()
    }
    .validate(now)
    .expect("valid mission");
    let event = s.create_event(org, None, &mission).await.expect("create");
    let today = domain::Day::new(now.date_naive());
    let deadline = (now.date_naive() + chrono::Duration::days(10))
        .format("%Y-%m-%d")
        .to_string();
    let call = domain::mission::validate_call("Why?", "100 Fit", "2", &deadline, today).expect("call");
    s.save_call(event, &call).await.expect("call");
    let mut applications = Vec::new();
    for i in 0..8 {
        let (company, _) = save(s, &draft(&format!("Space SME {i}"), OrganisationType::Company, "DK")).await;
        applications.push(
            s.apply(event, company, claimant, &["Because.".into()])
                .await
                .expect("apply"),
        );
    }
    let results = at_once(8, |i| {
        let s = s.clone();
        let a = applications[i];
        async move {
            s.decide_within_places(event, a, domain::mission::MissionApplicationState::Selected, 2)
                .await
                .expect("decide")
        }
    })
    .await;
    assert_eq!(
        results.iter().filter(|r| **r == Decided::Done).count(),
        2,
        "{results:?}"
    );
    let selected = s
        .applications(event)
        .await
        .expect("read")
        .iter()
        .filter(|a| a.state == domain::mission::MissionApplicationState::Selected)
        .count();
    assert_eq!(selected, 2);

    // Two participants ask each other for a meeting at the same moment, five times over: one
    // request between them.
    let mut registrations = Vec::new();
    for name in ["mia", "noa"] {
        let u = user(name, PlatformRole::User).await;
        match s.register(event, u, None, None).await.expect("register") {
            Seat::Confirmed(r) | Seat::Waitlisted { registration: r, .. } => registrations.push(r.id),
        }
    }
    let (mia, noa) = (registrations[0], registrations[1]);
    let results = at_once(10, |i| {
        let s = s.clone();
        async move {
            let (from, to) = if i % 2 == 0 { (mia, noa) } else { (noa, mia) };
            s.request_meeting(event, from, to, "Shall we meet?").await
        }
    })
    .await;
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "{results:?}");
    assert_eq!(s.meeting_requests(event).await.expect("requests").len(), 1);
}

#[tokio::test]
async fn audit_entries_are_written_with_the_change_they_record() {
    use domain::{Email, PlatformRole};
    use store::audit::{Action, AuditEvent};

    let db = TestDb::new().await.expect("test database");
    let s = &db.store;
    let entries = |action: Action| async move {
        let (rows, _) = s.audit_entries(Some(action), 10, 0).await.expect("entries");
        rows.into_iter().map(|e| (e.subject, e.detail)).collect::<Vec<_>>()
    };
    let event = |action: Action, subject: &'static str| AuditEvent {
        actor: "ana@example.pt",
        subject,
        detail: "detail",
        ip: Some("192.0.2.1"),
        ..AuditEvent::of(action)
    };

    // One statement: the entry and the new row are written together; the new row's id is the
    // subject of a creation.
    let ana = Email::parse("ana@example.pt").expect("email");
    let user = s
        .audited_creation(event(Action::Register, ""))
        .create_user(&ana, "Ana", None, PlatformRole::User)
        .await
        .expect("user");
    assert_eq!(
        entries(Action::Register).await,
        [(user.id.to_string(), "detail".to_owned())]
    );

    // A change that fails leaves no entry: the address is taken.
    let again = s.audited_creation(event(Action::Register, ""));
    assert!(again.create_user(&ana, "Ana", None, PlatformRole::User).await.is_err());
    assert_eq!(entries(Action::Register).await.len(), 1);
    // ... and the entry still waits for the handle's next write.
    let bo = Email::parse("bo@example.dk").expect("email");
    let second = again
        .create_user(&bo, "Bo", None, PlatformRole::User)
        .await
        .expect("user");
    assert_eq!(entries(Action::Register).await[0].0, second.id.to_string());

    // A transaction: written when it commits, not before; a read writes nothing; and a
    // transaction that rolls back (the organisation is not there) leaves nothing.
    let (org, _) = save(s, &draft("Silicon Saxony", OrganisationType::Cluster, "DE")).await;
    let logo = s.audited(event(Action::LogoChanged, "silicon-saxony"));
    logo.organisation_by_slug("silicon-saxony").await.expect("read");
    assert!(entries(Action::LogoChanged).await.is_empty());
    assert!(logo.set_logo(org + 1000, vec![1, 2, 3]).await.is_err());
    assert!(entries(Action::LogoChanged).await.is_empty());
    logo.set_logo(org, vec![1, 2, 3]).await.expect("logo");
    assert_eq!(entries(Action::LogoChanged).await.len(), 1);
    // Once written, the entry is not written again by the handle's later changes.
    logo.set_logo(org, vec![4, 5, 6]).await.expect("logo");
    assert_eq!(entries(Action::LogoChanged).await.len(), 1);

    // A creation in a transaction that writes more than one row names the first row.
    let now = chrono::Utc::now();
    let day = (now + chrono::Duration::days(30)).format("%Y-%m-%d").to_string();
    let d = domain::EventInput {
        kind: "conference".into(),
        title: "Space days".into(),
        description: "Two days of talks on earth observation.".into(),
        starts: format!("{day}T09:00"),
        ends: format!("{day}T17:00"),
        timezone: "Europe/Berlin".into(),
        attendance: "online".into(),
        online_url: "https://meet.example.de/space".into(),
        contact_email: "events@example.de".into(),
        ..domain::EventInput::default()
    }
    .validate(now)
    .expect("valid");
    let id = s
        .audited_creation(event(Action::EventCreated, ""))
        .create_event(org, Some(user.id), &d)
        .await
        .expect("event");
    assert_eq!(entries(Action::EventCreated).await[0].0, id.to_string());
}

#[tokio::test]
async fn news_moves_through_moderation_and_filters_by_tag_language_and_organisation() {
    use domain::{NewsInput, NewsState as S};
    use store::news::NewsFilter;
    let db = TestDb::new().await.expect("test database");
    let store = &db.store;
    let (publisher, _) = save(store, &draft("Nordic Space Cluster", OrganisationType::Cluster, "DK")).await;
    let (_, subject) = save(store, &draft("Laser Centre", OrganisationType::TechnologyCentre, "DE")).await;
    let input = |title: &str, language: &str, tags: &[&str]| {
        NewsInput {
            title: title.into(),
            lead: "A lead of at least twenty characters.".into(),
            body: "A body long enough to be a news item, with **Markdown** and a [link](https://example.eu).".into(),
            language: language.into(),
            tags: tags.iter().map(|t| (*t).to_owned()).collect(),
            about: vec![subject.as_str().to_owned()],
            ..NewsInput::default()
        }
        .validate()
        .expect("valid")
    };
    let first = store
        .create_news(publisher, None, &input("Appointed national cluster", "da", &["space"]))
        .await
        .expect("create");
    let second = store
        .create_news(
            publisher,
            None,
            &input("Missions to Canada", "en", &["missions", "space"]),
        )
        .await
        .expect("create");
    let published = |f: NewsFilter| async move {
        let (items, total) = store
            .published_news(&NewsFilter { limit: 10, ..f })
            .await
            .expect("list");
        assert_eq!(items.len() as i64, total);
        items.into_iter().map(|n| n.id).collect::<Vec<_>>()
    };
    assert!(
        published(NewsFilter::default()).await.is_empty(),
        "drafts are not listed"
    );
    for id in [first, second] {
        assert!(store
            .transition(id, &[S::Draft], S::Submitted, None)
            .await
            .expect("submit"));
        assert!(store
            .transition(id, &[S::Submitted], S::Published, None)
            .await
            .expect("publish"));
    }
    assert!(
        !store
            .transition(first, &[S::Submitted], S::Published, None)
            .await
            .expect("again"),
        "a second decision finds it moved"
    );
    assert!(!store
        .update_news(first, &input("Changed after publication", "da", &[]))
        .await
        .expect("update"));
    assert_eq!(published(NewsFilter::default()).await, [second, first], "newest first");
    let by = |language: Option<&str>, tag: Option<&str>, organisation: Option<&Slug>| NewsFilter {
        language: language.map(str::to_owned),
        tag: tag.map(str::to_owned),
        organisation: organisation.cloned(),
        ..NewsFilter::default()
    };
    assert_eq!(published(by(Some("da"), None, None)).await, [first]);
    assert_eq!(published(by(None, Some("missions"), None)).await, [second]);
    assert_eq!(
        published(by(None, None, Some(&subject))).await.len(),
        2,
        "about the subject"
    );
    assert!(published(by(Some("de"), None, None)).await.is_empty());
    assert_eq!(
        store.news_tags(10).await.expect("tags"),
        [("space".to_owned(), 2), ("missions".to_owned(), 1)]
    );
    assert_eq!(store.news_languages().await.expect("languages"), ["da", "en"]);
    let stored = store.news(second).await.expect("read").expect("there");
    assert_eq!(stored.state, S::Published);
    assert_eq!(stored.draft.about, [subject]);
    assert!(stored.published_at.is_some());
}

#[tokio::test]
async fn news_mentions_keep_decisions_across_saves_and_list_what_mentions_a_page() {
    use domain::{MentionState, NewsInput, NewsState as S};
    use store::mentions::Found;
    use store::news::NewsFilter;
    let db = TestDb::new().await.expect("test database");
    let store = &db.store;
    let (publisher, _) = save(store, &draft("Nordic Space Cluster", OrganisationType::Cluster, "DK")).await;
    let (_, subject) = save(store, &draft("Laser Centre", OrganisationType::TechnologyCentre, "DE")).await;
    let item = NewsInput {
        title: "Laser Centre joins the national cluster".into(),
        lead: "A lead of at least twenty characters.".into(),
        body: "A body long enough to be a news item, mentioning Laser Centre in Germany.".into(),
        ..NewsInput::default()
    }
    .validate()
    .expect("valid");
    let id = store.create_news(publisher, None, &item).await.expect("create");
    let found = |kind: &str, key: &str| Found {
        kind: kind.into(),
        key: key.into(),
        label: key.into(),
        surface: key.into(),
    };
    let organisation = found("organisation", subject.as_str());
    let germany = found("country", "DE");
    let candidate = found(store::mentions::CANDIDATE, "ministry of space");
    store
        .set_found_mentions(id, &[organisation.clone(), germany.clone(), candidate.clone()])
        .await
        .expect("found");
    assert_eq!(
        store.undecided_mentions(id).await.expect("count"),
        2,
        "candidates are not decided on"
    );
    store
        .decide_mentions(id, &[("organisation".into(), subject.as_str().into())])
        .await
        .expect("decide");
    let states = |m: Vec<store::mentions::NewsMention>| m.into_iter().map(|m| (m.kind, m.state)).collect::<Vec<_>>();
    assert_eq!(
        states(store.news_mentions(id).await.expect("read")),
        [
            ("candidate".to_owned(), MentionState::Suggested),
            ("country".to_owned(), MentionState::Removed),
            ("organisation".to_owned(), MentionState::Confirmed),
        ]
    );
    // Saved again with a new mention: the decisions stay, the new one is suggested, the one the
    // text no longer has is gone.
    let ket = found("technology", "ket-photonics");
    store
        .set_found_mentions(id, &[organisation.clone(), ket.clone()])
        .await
        .expect("found again");
    assert_eq!(
        states(store.news_mentions(id).await.expect("read")),
        [
            ("organisation".to_owned(), MentionState::Confirmed),
            ("technology".to_owned(), MentionState::Suggested),
        ]
    );
    store
        .decide_mentions(
            id,
            &[
                ("organisation".into(), subject.as_str().into()),
                ("technology".into(), "ket-photonics".into()),
            ],
        )
        .await
        .expect("decide");
    // Only published items are listed on the pages they mention, and filter the news list.
    assert!(store
        .news_mentioning("organisation", subject.as_str(), 5)
        .await
        .expect("list")
        .is_empty());
    for (from, to) in [(S::Draft, S::Submitted), (S::Submitted, S::Published)] {
        assert!(store.transition(id, &[from], to, None).await.expect("move"));
    }
    let mentioning = store
        .news_mentioning("organisation", subject.as_str(), 5)
        .await
        .expect("list");
    assert_eq!(mentioning.len(), 1);
    assert_eq!(mentioning[0].news_id, id);
    let filtered = |f: NewsFilter| async move {
        store
            .published_news(&NewsFilter { limit: 10, ..f })
            .await
            .expect("list")
            .1
    };
    assert_eq!(
        filtered(NewsFilter {
            technology: Some("ket-photonics".into()),
            ..NewsFilter::default()
        })
        .await,
        1
    );
    assert_eq!(
        filtered(NewsFilter {
            organisation: Some(subject.clone()),
            ..NewsFilter::default()
        })
        .await,
        1,
        "an organisation's news includes what mentions it"
    );
    assert_eq!(
        store.news_facet_values("technology").await.expect("values"),
        ["ket-photonics"]
    );
    let confirmed = store.confirmed_mentions(&[id]).await.expect("confirmed");
    assert_eq!(confirmed.len(), 2);
    assert!(store.mention_names().await.expect("names").organisations.len() >= 2);
}

/// Services: a catalogue import adds and then updates by the centre's reference; two services of
/// one centre cannot share a reference; a request goes through its steps once each; an
/// unanswered request is reminded, then lapses; a voucher pays no more than its award holds.
#[tokio::test]
async fn services_requests_and_their_steps() {
    use domain::service::{Quote, RequestInput, RequestState, ServiceInput, ServiceState, ServiceTextInput};
    use store::services::{AcceptError, Challenged, Side, VoucherRefusal};
    let db = TestDb::new().await.expect("test database");
    let s = &db.store;
    let (centre, _) = save(
        s,
        &draft("Teknologisk Institut", OrganisationType::TechnologyCentre, "DK"),
    )
    .await;
    let (sme, _) = save(s, &draft("Nordic Sensors", OrganisationType::Company, "DK")).await;
    let email = domain::Email::parse("cto@nordic.example").expect("email");
    let user = s
        .create_user(&email, "Ana", Some("hash"), domain::PlatformRole::User)
        .await
        .expect("user");
    let service = |reference: &str, name: &str| {
        ServiceInput {
            reference: Some(reference.into()),
            kind: "testing-validation".into(),
            language: "da".into(),
            texts: [(
                "da".to_owned(),
                ServiceTextInput {
                    name: name.into(),
                    description: "Afprøvning af elektronik efter EN 55032 og EN 61000-4.".into(),
                },
            )]
            .into(),
            price_model: "on-quote".into(),
            delivery: vec!["on-site".into()],
            ..ServiceInput::default()
        }
        .validate()
        .expect("valid")
    };
    let counts = s
        .import_services(
            &[
                (centre, service("EMC-1", "EMC-test")),
                (centre, service("CLIM-1", "Klimatest")),
            ],
            ServiceState::Published,
        )
        .await
        .expect("import");
    assert_eq!((counts.created, counts.updated), (2, 0));
    let counts = s
        .import_services(&[(centre, service("EMC-1", "EMC-prøvning"))], ServiceState::Published)
        .await
        .expect("re-import");
    assert_eq!((counts.created, counts.updated), (0, 1));
    let published = s.published_services().await.expect("list");
    assert_eq!(published.len(), 2);
    assert!(published.iter().any(|x| x.draft.name() == "EMC-prøvning"));
    let clash = s.create_service(centre, None, &service("EMC-1", "Twice")).await;
    assert!(matches!(
        clash,
        Err(store::StoreError::Conflict(store::Conflict::ServiceReference))
    ));
    assert_eq!(s.offered_services(centre).await.expect("offered").len(), 2);

    let id = published[0].id;
    let need = RequestInput {
        need: "Our sensor must pass EMC tests before the CE mark.".into(),
        ..RequestInput::default()
    }
    .validate(domain::Day::new(chrono::Utc::now().date_naive()))
    .expect("need");
    let ids = s
        .send_requests(
            sme,
            user.id,
            None,
            Challenged::No,
            &[(id, centre, 1), (id, centre, 1)],
            &need,
        )
        .await
        .expect("send");
    let quote = Quote::parse("4500", "10", "").expect("quote");
    assert!(s.quote_request(ids[0], &quote).await.expect("quote"));
    assert!(
        !s.quote_request(ids[0], &quote).await.expect("quote twice"),
        "a step is taken once"
    );
    assert!(!s.decline_request(ids[0], "busy").await.expect("decline"));
    // Paying with something that is no voucher of the client is refused; nothing is accepted.
    assert!(matches!(
        s.accept_request(ids[0], Some((999_999, domain::Cents(100)))).await,
        Err(AcceptError::Voucher(VoucherRefusal::NotAVoucher))
    ));
    s.accept_request(ids[0], None).await.expect("accept");
    assert!(matches!(s.accept_request(ids[0], None).await, Err(AcceptError::State)));
    assert_eq!(
        s.mark_delivered(ids[0], Side::Provider).await.expect("mark"),
        Some(RequestState::Accepted)
    );
    assert_eq!(
        s.mark_delivered(ids[0], Side::Client).await.expect("mark"),
        Some(RequestState::Delivered)
    );
    assert!(s.rate_request(ids[0], 4, "Good").await.expect("rate"));
    assert!(!s.rate_request(ids[0], 1, "Again").await.expect("rate twice"));
    assert!(s.reply_to_rating(ids[0], "Thanks").await.expect("reply"));
    let figures = s.provider_figures(&[centre]).await.expect("figures");
    assert_eq!(figures[&centre].answered, 1);
    assert_eq!(figures[&centre].rating_tenths, Some(40));

    // The second request is never answered: reminded once, then it lapses.
    let later = chrono::Utc::now() + chrono::Duration::days(2);
    let (reminded, lapsed) = s.overdue_requests(later).await.expect("overdue");
    assert_eq!((reminded, lapsed), (vec![ids[1]], vec![]));
    let (reminded, lapsed) = s.overdue_requests(later).await.expect("again");
    assert!(reminded.is_empty() && lapsed.is_empty(), "a reminder is sent once");
    let (_, lapsed) = s
        .overdue_requests(later + chrono::Duration::days(3))
        .await
        .expect("later");
    assert_eq!(lapsed, vec![ids[1]]);
    assert_eq!(
        s.service_request(ids[1]).await.expect("read").expect("request").state,
        RequestState::Lapsed
    );
    // A lapsed request can still be answered.
    assert!(s.decline_request(ids[1], "Too late, sorry").await.expect("decline"));
}

#[tokio::test]
async fn maps_statistics_and_networks_count_by_region_on_both_back_ends() {
    use domain::statistics::{MapLevel, Measure};
    use store::statistics::{self, MapShape, NetworkOf};
    let db = TestDb::new().await.expect("test database");
    let s = &db.store;
    let placed = |name: &str, kind, c: &str, nuts: &str| {
        let mut d = OrganisationDraft::new(name, kind, country(c));
        d.nuts_code = Some(NutsCode::parse(nuts).expect("nuts"));
        d.coordinates = Some(domain::Coordinates::new(51.0, 13.7).expect("coords"));
        d.technologies = vec![KeyEnablingTechnology::Photonics];
        d.validate().expect("valid")
    };
    let (dresden, _) = save(s, &placed("Saxon Cluster", OrganisationType::Cluster, "DE", "DED21")).await;
    let (leipzig, _) = save(
        s,
        &placed("Leipzig Lab", OrganisationType::ResearchEducation, "DE", "DED51"),
    )
    .await;
    let (athens, _) = save(s, &placed("Athens Photonics", OrganisationType::Company, "GR", "EL303")).await;
    save(s, &draft("Unplaced Ltd", OrganisationType::Company, "DE")).await;
    let mut tx = s.begin().await.expect("begin");
    for (i, members) in [vec![dresden, leipzig, athens], vec![dresden, athens]]
        .into_iter()
        .enumerate()
    {
        let p = projects::save(
            &mut tx,
            &ProjectDraft {
                acronym: format!("MAP{i}"),
                cordis_id: Some(format!("10100{i}")),
                title: None,
                programme: Some("HORIZON".into()),
            },
        )
        .await
        .expect("project");
        for m in members {
            projects::save_participation(&mut tx, p, m, ParticipationRole::Participant, Some(domain::Cents(100)))
                .await
                .expect("participation");
        }
    }
    statistics::replace_shapes(
        &mut tx,
        &[MapShape {
            code: "EL".into(),
            level: 0,
            country: "EL".into(),
            name: "Ελλάδα".into(),
            name_latn: "Elláda".into(),
            path: "M1 1l2 0 0 2z".into(),
            label_x: 1.5,
            label_y: 1.5,
            min_x: 1.0,
            min_y: 1.0,
            max_x: 3.0,
            max_y: 3.0,
        }],
    )
    .await
    .expect("shapes");
    tx.commit().await.expect("commit");

    let all = DirectoryFilter::default();
    let countries = s
        .region_figures(&all, Measure::Organisations, MapLevel::Country)
        .await
        .expect("figures");
    // Greece is EL on the map, as GISCO writes it.
    assert_eq!(countries.by_region.get("EL"), Some(&1));
    assert_eq!(countries.by_region.get("DE"), Some(&3));
    assert_eq!((countries.total, countries.unplaced), (4, 0));
    let nuts2 = s
        .region_figures(&all, Measure::Organisations, MapLevel::Nuts2)
        .await
        .expect("figures");
    assert_eq!(nuts2.by_region.get("DED2"), Some(&1));
    assert_eq!(nuts2.unplaced, 1);
    let projects = s
        .region_figures(&filter(&[("country", "DE")]), Measure::Projects, MapLevel::Nuts1)
        .await
        .expect("figures");
    assert_eq!(projects.by_region.get("DED"), Some(&2));
    assert_eq!(projects.total, 2);
    let money = s
        .region_figures(&all, Measure::Contribution, MapLevel::Country)
        .await
        .expect("figures");
    assert_eq!(money.by_region.get("EL"), Some(&200));
    assert_eq!(
        s.map_markers(&filter(&[("type", "cluster")]), 10)
            .await
            .expect("markers")
            .len(),
        1
    );
    assert_eq!(s.map_shapes(0).await.expect("shapes").len(), 1);

    let now = chrono::Utc::now();
    let stats = s.statistics(now).await.expect("statistics");
    assert_eq!(stats.organisations_by_country[0], ("DE".to_owned(), 3));
    assert_eq!(stats.organisations_by_technology, vec![("photonics".to_owned(), 3)]);
    assert_eq!(stats.projects_by_programme, vec![("HORIZON".to_owned(), 2)]);
    assert_eq!(stats.events_by_month.len(), 36);

    let region = s.region_summary("DED", now).await.expect("summary");
    assert_eq!(region.organisations, 2);
    assert_eq!(region.clusters.len(), 1);
    assert_eq!(region.projects, 2);
    assert_eq!(region.contribution, 300);
    assert_eq!(region.partners, vec![("EL3".to_owned(), 2)]);

    let net = s.network(&NetworkOf::Organisation(athens)).await.expect("network");
    assert_eq!(net.nodes.len(), 3);
    let strongest = net.links.iter().max_by_key(|l| l.2).expect("links");
    assert_eq!(strongest.2, 2);
    let net = s.network(&NetworkOf::Region("EL".into())).await.expect("network");
    assert_eq!(net.nodes.iter().filter(|n| n.inside).count(), 1);
    assert_eq!(net.links.len(), 2);
}

/// A follower reads the feed between two positions a page at a time, and is told when there is
/// more than it wants to read.
#[tokio::test]
async fn changes_are_read_between_two_positions() {
    let db = TestDb::new().await.expect("test database");
    let mut tx = db.store.begin().await.expect("tx");
    for id in 1..=2_500 {
        let entity = if id % 2 == 0 { "news" } else { "organisation" };
        store::change_feed::record(&mut tx, entity, id, store::change_feed::Op::Upsert)
            .await
            .expect("feed");
    }
    tx.commit().await.expect("commit");
    let all = db.store.changes_since(0, 3_000).await.expect("feed");
    assert_eq!(all.len(), 2_500);
    let (first, to) = (all[9].id, all[2_209].id);
    let read = db
        .store
        .changes_until(first, to, 5_000)
        .await
        .expect("feed")
        .expect("within the limit");
    // Past the first page, and nothing after `to`.
    assert_eq!(read.len(), 2_200);
    assert_eq!(read.first().map(|c| c.id), Some(all[10].id));
    assert_eq!(read.last().map(|c| c.id), Some(to));
    assert_eq!(read[1].entity, "news");
    assert!(db.store.changes_until(first, to, 1_500).await.expect("feed").is_none());
    assert_eq!(db.store.changes_until(to, to, 10).await.expect("feed"), Some(vec![]));
}

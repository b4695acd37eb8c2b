//! Changes laid over an index rank as a full build of the changed entities would, on the real
//! CORDIS consortia. Skipped, with a message, when the shared data is missing.

#[allow(dead_code)]
#[path = "../eval/consortia.rs"]
mod consortia;

use matching::{Accept, Entity, Index, Key, Query, Recommendation, Unlayerable, Weights};

fn query(tags: Vec<String>, text: String, partners: Vec<Key>) -> Query {
    Query {
        tags,
        text,
        partners,
        accept: Accept::organisations(),
        limit: 20,
        ..Query::default()
    }
}

fn keys(list: &[Recommendation]) -> Vec<Key> {
    list.iter().map(|r| r.key).collect()
}

/// The data, with every organisation as an entity; `None` (and a message) without the data.
fn entities() -> Option<(consortia::Data, Vec<Entity>)> {
    let Some(dir) = consortia::data_dir() else {
        eprintln!("skipped: the shared data (cordis/he_organizations_subset.csv) was not found");
        return None;
    };
    let data = consortia::Data::load(&dir).expect("the CORDIS files load");
    let entities = data.all_entities();
    Some((data, entities))
}

#[test]
fn changes_laid_over_an_index_rank_as_a_full_build_of_them() {
    let Some((data, before)) = entities() else { return };
    let base = Index::build(before.clone());
    // Forty organisations take another's text and tags (a rewritten profile) and ten are new:
    // the statistics move a little, as they do under real saves.
    let mut after = before.clone();
    let mut changes = Vec::new();
    for i in (0..before.len()).step_by(before.len() / 40).take(40) {
        let donor = &before[(i * 7 + 13) % before.len()];
        let e = &mut after[i];
        e.name = format!("{} (renamed)", e.name);
        e.text = donor.text.clone();
        e.tags = donor.tags.clone();
        changes.push((e.key, Some(e.clone())));
    }
    for n in 0..10 {
        let donor = &before[(n * 131 + 5) % before.len()];
        let mut e = Entity::new(
            Key::Organisation(1_000_000 + n as i64),
            format!("New {n}"),
            donor.subject,
        );
        e.text = donor.text.clone();
        e.tags = donor.tags.clone();
        e.country = donor.country;
        after.push(e.clone());
        changes.push((e.key, Some(e)));
    }
    let layered = base.with_changes(changes).expect("no partnership changed");
    let full = Index::build(after.clone());
    assert_eq!(layered.len(), full.len());
    assert_eq!(layered.layered(), 50);

    let (mut shared, mut compared) = (0, 0);
    for p in 0..data.projects() {
        let (tags, text) = data.topic(p);
        let partners = vec![after[p % after.len()].key];
        let q = query(tags, text, partners);
        let (a, b) = (
            layered.recommend(&q, &Weights::default()),
            full.recommend(&q, &Weights::default()),
        );
        compared += b.len();
        shared += keys(&a).iter().filter(|k| keys(&b).contains(k)).count();
        // Where both rank a candidate, they score it alike: only the idf of a few words moved.
        for x in &a {
            if let Some(y) = b.iter().find(|y| y.key == x.key) {
                assert!(
                    (x.score - y.score).abs() <= 0.02 * y.score.max(1.0),
                    "project {p}: {:?} scores {} layered, {} built",
                    x.key,
                    x.score,
                    y.score
                );
                assert_eq!(x.name, y.name);
            }
        }
    }
    let agreement = shared as f64 / compared as f64;
    eprintln!("top-20 agreement of layered and full build: {agreement:.4} over {compared} places");
    assert!(agreement > 0.97, "the lists agree in {agreement:.4} of their places");
}

#[test]
fn a_change_that_leaves_the_statistics_alone_ranks_exactly_as_a_full_build() {
    let Some((data, before)) = entities() else { return };
    let base = Index::build(before.clone());
    // Renamed, moved to another country, with another track record: no tag or word changes.
    let mut after = before.clone();
    let mut changes = Vec::new();
    for i in (0..before.len()).step_by(97) {
        let e = &mut after[i];
        e.name = format!("Renamed {i}");
        e.country = before[(i + 1) % before.len()].country;
        e.projects += 3;
        e.coordinated += 1;
        changes.push((e.key, Some(e.clone())));
    }
    let layered = base.with_changes(changes).expect("no partnership changed");
    let full = Index::build(after);
    for p in (0..data.projects()).step_by(5) {
        let (tags, text) = data.topic(p);
        let q = Query {
            target_countries: vec![domain::CountryCode::parse("DE").unwrap()],
            cross_border: true,
            country: Some(domain::CountryCode::parse("FR").unwrap()),
            ..query(tags, text, vec![Key::Organisation(p as i64)])
        };
        let (a, b) = (
            layered.recommend(&q, &Weights::default()),
            full.recommend(&q, &Weights::default()),
        );
        assert_eq!(keys(&a), keys(&b), "project {p}");
        for (x, y) in a.iter().zip(&b) {
            assert!(
                (x.score - y.score).abs() < 1e-4,
                "project {p}: {} / {}",
                x.score,
                y.score
            );
            assert_eq!((&x.name, &x.reasons), (&y.name, &y.reasons));
        }
    }
}

#[test]
fn only_changes_of_one_entity_are_laid_over() {
    let Some((_, before)) = entities() else { return };
    let base = Index::build(before.clone());
    let with_partners = before.iter().find(|e| !e.partners.is_empty()).expect("partners");
    // Another partner: the other side would change too.
    let mut e = with_partners.clone();
    e.partners.push((
        before
            .iter()
            .find(|o| o.key != e.key && !e.partners.iter().any(|p| p.0 == o.key))
            .unwrap()
            .key,
        1,
    ));
    assert_eq!(
        base.with_changes([(e.key, Some(e.clone()))]).err(),
        Some(Unlayerable::Partners(e.key))
    );
    // Removed while others list it as a partner.
    assert_eq!(
        base.with_changes([(e.key, None)]).err(),
        Some(Unlayerable::Partners(e.key))
    );
    // New, with partners.
    let mut new = Entity::new(Key::Organisation(-1), "New", with_partners.subject);
    new.partners = vec![(with_partners.key, 1)];
    assert_eq!(
        base.with_changes([(new.key, Some(new.clone()))]).err(),
        Some(Unlayerable::Partners(new.key))
    );
    // A new entity without partners, and an entity removed that has none, are laid over.
    let lonely = before
        .iter()
        .find(|e| e.partners.is_empty())
        .expect("an organisation without partners");
    new.partners.clear();
    let layered = base
        .with_changes([(new.key, Some(new.clone())), (lonely.key, None)])
        .expect("laid over");
    assert!(layered.contains(new.key) && !layered.contains(lonely.key));
    assert_eq!(layered.len(), before.len());
}

#[test]
fn a_changed_entity_is_found_by_what_it_says_now_and_by_its_partners() {
    let Some((_, before)) = entities() else { return };
    let base = Index::build(before.clone());
    let e = before
        .iter()
        .find(|e| e.partners.len() >= 2)
        .expect("an organisation with partners");
    let mut changed = e.clone();
    changed.name = "Quantum Loom Works".into();
    changed.text = "zyxwvutronics hyperloom filament weaving".into();
    changed.tags = vec!["ket:zyxwvu".into()];
    let layered = base.with_changes([(e.key, Some(changed.clone()))]).expect("laid over");
    // Found by its new words, with the words named as the reason, and by its new tag.
    let found = layered.recommend(
        &query(vec!["ket:zyxwvu".into()], "zyxwvutronics weaving".into(), vec![]),
        &Weights::default(),
    );
    assert_eq!(found.first().map(|r| r.key), Some(e.key));
    assert_eq!(found[0].name, "Quantum Loom Works");
    assert!(found[0]
        .reasons
        .iter()
        .any(|r| matches!(r, matching::Reason::Words(w) if w.contains(&"zyxwvutronics".to_string()))));
    // No longer found by the old text alone where the old text was unique to it.
    assert!(!base
        .recommend(&query(vec![], "zyxwvutronics".into(), vec![]), &Weights::default())
        .iter()
        .any(|r| r.key == e.key));
    // Its partners still lead to it, and it to them, under its new name.
    let partner = e.partners[0].0;
    let via = layered.recommend(&query(vec![], String::new(), vec![partner]), &Weights::default());
    let it = via
        .iter()
        .find(|r| r.key == e.key)
        .expect("recommended through a shared partner");
    assert!(it
        .reasons
        .iter()
        .any(|r| matches!(r, matching::Reason::WorkedWith { .. })));
    assert_eq!(layered.partners_of(e.key).len(), base.partners_of(e.key).len());
    let via_it = layered.recommend(&query(vec![], String::new(), vec![e.key]), &Weights::default());
    assert!(!via_it.is_empty());
    // Laid over again: the latest version counts, the earlier changes stay.
    let again = layered
        .with_changes([(
            Key::Organisation(-7),
            Some(Entity::new(Key::Organisation(-7), "Other", e.subject)),
        )])
        .expect("laid over");
    assert_eq!(again.layered(), 2);
    assert!(again.contains(Key::Organisation(-7)) && again.contains(e.key));
    let renamed = again.recommend(
        &query(vec!["ket:zyxwvu".into()], String::new(), vec![]),
        &Weights::default(),
    );
    assert_eq!(renamed[0].name, "Quantum Loom Works");
}

#[test]
fn entities_laid_over_an_empty_index_are_ranked() {
    // A new installation: the index is built empty and its first organisations are laid over it.
    let empty = Index::build(vec![]);
    let subject = matching::Subject::Organisation(domain::OrganisationType::Company);
    let entity = |id: i64, text: &str, tag: &str| {
        let mut e = Entity::new(Key::Organisation(id), format!("Organisation {id}"), subject);
        e.text = text.into();
        e.tags = vec![tag.into()];
        (e.key, Some(e))
    };
    let layered = empty
        .with_changes([
            entity(1, "laser welding of titanium implants", "ket:photonics"),
            entity(2, "software for hospitals", "eco:health"),
            entity(3, "beer brewing", "eco:agri-food"),
        ])
        .expect("laid over");
    let found = layered.recommend(
        &query(vec!["ket:photonics".into()], "titanium welding".into(), vec![]),
        &Weights::default(),
    );
    assert_eq!(keys(&found), [Key::Organisation(1)]);
    assert!(found[0].score > 0.0);
}

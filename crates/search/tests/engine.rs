//! The engine's promises, on a small index built in memory.

use search::{Document, Lang, Near, Notice, SearchIndex, SearchRequest, Text};

fn doc(
    id: &str,
    title: &str,
    lang: Option<Lang>,
    text: &str,
    facets: &[(&str, &str)],
    pos: Option<(f64, f64)>,
) -> Document {
    Document {
        kind: "organisation".into(),
        id: id.into(),
        url: format!("/organisations/{id}"),
        title: title.into(),
        texts: vec![Text::new(lang, text)],
        facets: facets.iter().map(|(f, v)| ((*f).to_owned(), (*v).to_owned())).collect(),
        position: pos,
        ..Document::default()
    }
}

fn index() -> SearchIndex {
    let idx = SearchIndex::in_memory().expect("index");
    idx.upsert(&[
        doc(
            "silicon-saxony",
            "Silicon Saxony",
            None,
            "Der Halbleitercluster in Sachsen vernetzt Unternehmen der Mikroelektronik in Dresden.",
            &[("type", "cluster"), ("country", "DE"), ("region", "DED2")],
            Some((51.05, 13.74)),
        ),
        doc(
            "steinbeis",
            "Steinbeis Innovation",
            None,
            "Steinbeis transfers technology from research to small companies in Stuttgart.",
            &[("type", "technology-centre"), ("country", "DE"), ("region", "DE11")],
            Some((48.78, 9.18)),
        ),
        doc(
            "biosaxony",
            "biosaxony",
            Some(Lang::En),
            "The biotechnology and life sciences cluster of Saxony.",
            &[("type", "cluster"), ("country", "DE"), ("region", "DED2")],
            Some((51.05, 13.74)),
        ),
        doc(
            "semi-dk",
            "Danish Semiconductor Association",
            None,
            "We represent companies designing a semiconductor for defence and space.",
            &[("type", "cluster"), ("country", "DK")],
            Some((55.68, 12.57)),
        ),
        doc(
            "cdds",
            "Center for Defence, Space & Security",
            None,
            "Klyngen samler virksomheder i forsvarsindustri og rumfart i hele Danmark.",
            &[("type", "cluster"), ("country", "DK")],
            Some((55.40, 10.39)),
        ),
        doc(
            "aerospace-valley",
            "Aerospace Valley",
            None,
            "Le pôle de compétitivité réunit les entreprises de l'aéronautique et de l'espace en Occitanie.",
            &[("type", "cluster"), ("country", "FR")],
            Some((43.60, 1.44)),
        ),
    ])
    .expect("upsert");
    idx.commit("test", 1).expect("commit");
    idx
}

fn ids(idx: &SearchIndex, req: &SearchRequest) -> Vec<String> {
    idx.search(req)
        .expect("search")
        .hits
        .into_iter()
        .map(|h| h.key.trim_start_matches("organisation:").to_owned())
        .collect()
}

fn q(text: &str, lang: Lang) -> SearchRequest {
    SearchRequest::new(text, lang)
}

#[test]
fn german_words_apart_find_the_compound() {
    let idx = index();
    assert_eq!(
        ids(&idx, &q("Halbleiter Cluster Sachsen", Lang::De))[0],
        "silicon-saxony"
    );
}

#[test]
fn a_compound_finds_its_parts_written_apart() {
    let idx = index();
    assert_eq!(ids(&idx, &q("Lifesciences", Lang::En))[0], "biosaxony");
}

#[test]
fn stems_meet_in_english_and_danish() {
    let idx = index();
    assert_eq!(ids(&idx, &q("semiconductors", Lang::En))[0], "semi-dk");
    assert_eq!(ids(&idx, &q("forsvarsindustrien", Lang::Da))[0], "cdds");
}

#[test]
fn misspelt_names_are_found() {
    let idx = index();
    assert_eq!(ids(&idx, &q("Steinbis", Lang::De))[0], "steinbeis");
    assert_eq!(ids(&idx, &q("biosaxonie", Lang::Fr))[0], "biosaxony");
}

#[test]
fn phrases_are_exact() {
    let idx = index();
    assert_eq!(ids(&idx, &q("\"defence and space\"", Lang::En)), ["semi-dk"]);
    assert!(ids(&idx, &q("\"space and defence\"", Lang::En)).is_empty());
}

#[test]
fn the_word_being_typed_is_a_prefix() {
    let idx = index();
    let mut r = q("aeros", Lang::En);
    r.typing = true;
    assert_eq!(ids(&idx, &r), ["aerospace-valley"]);
    r.typing = false;
    assert!(ids(&idx, &r).is_empty() || ids(&idx, &r)[0] == "aerospace-valley");
}

#[test]
fn facets_filter_and_count() {
    let idx = index();
    let mut r = q("", Lang::En);
    r.filters = vec![("country".into(), "DE".into())];
    let res = idx.search(&r).expect("search");
    assert_eq!(res.total, 3);
    assert!(res.hits.iter().all(|h| h.key != "organisation:cdds"));
    // The filtered facet still counts its other values.
    let countries = &res.facets["country"];
    assert!(
        countries.iter().any(|v| v.value == "DK" && v.count == 2),
        "{countries:?}"
    );
    let types = &res.facets["type"];
    assert_eq!(
        types.iter().map(|v| (v.value.as_str(), v.count)).collect::<Vec<_>>(),
        [("cluster", 2), ("technology-centre", 1)]
    );
}

#[test]
fn distance_filter() {
    let idx = index();
    let mut r = q("", Lang::En);
    // 100 km around Stuttgart.
    r.near = Some(Near {
        lat: 48.78,
        lon: 9.18,
        km: 100.0,
    });
    let res = idx.search(&r).expect("search");
    assert_eq!(res.hits.len(), 1);
    assert_eq!(res.hits[0].key, "organisation:steinbeis");
    assert_eq!(res.hits[0].distance_km, Some(0.0));
    r.near = Some(Near {
        lat: 48.78,
        lon: 9.18,
        km: 500.0,
    });
    assert_eq!(idx.search(&r).expect("search").total, 3);
}

#[test]
fn snippets_mark_what_matched() {
    let idx = index();
    let res = idx.search(&q("Mikroelektronik Dresden", Lang::De)).expect("search");
    assert!(
        res.hits[0].snippet_html.contains("<mark>Mikroelektronik</mark>"),
        "{}",
        res.hits[0].snippet_html
    );
    let res = idx.search(&q("<script>", Lang::En)).expect("search");
    assert!(res.hits.iter().all(|h| !h.snippet_html.contains("<script")));
}

#[test]
fn bad_queries_answer() {
    let idx = index();
    for raw in [
        "\"unbalanced",
        &"x".repeat(10_000),
        "\u{0}\u{1b}[31m",
        "((( ]]] ***",
        "-",
        "\"\"",
        " ",
    ] {
        idx.search(&q(raw, Lang::En)).expect("any query answers");
    }
    let long = idx.search(&q(&"word ".repeat(3_000), Lang::En)).expect("search");
    assert!(long.notices.iter().any(|n| matches!(n, Notice::Truncated { .. })));
    let mut r = q("cluster", Lang::En);
    r.filters = vec![("country".into(), "ZZ".into())];
    let res = idx.search(&r).expect("search");
    assert_eq!(res.total, 0);
    assert!(res.notices.contains(&Notice::UnknownFacetValue {
        facet: "country".into(),
        value: "ZZ".into()
    }));
}

#[test]
fn when_no_result_has_every_word_some_words_do() {
    let idx = index();
    let res = idx.search(&q("Steinbeis Aerospace", Lang::En)).expect("search");
    assert!(res.relaxed);
    assert_eq!(res.total, 2);
}

#[test]
fn a_long_query_with_no_full_match_ranks_by_the_words_each_result_has() {
    let idx = index();
    // Six words no document has all of: the relaxed result holds every document with any of
    // them, the one with the most of them first.
    let req = q(
        "Danish semiconductor designing Saxony biotechnology Stuttgart",
        Lang::En,
    );
    let res = idx.search(&req).expect("search");
    assert!(res.relaxed);
    assert_eq!(res.total, 4);
    assert_eq!(ids(&idx, &req)[0], "semi-dk");
}

#[test]
fn upserts_replace_and_deletes_remove() {
    let idx = index();
    idx.upsert(&[doc(
        "steinbeis",
        "Steinbeis Europa Zentrum",
        None,
        "Karlsruhe",
        &[],
        None,
    )])
    .expect("upsert");
    idx.commit("test", 2).expect("commit");
    assert_eq!(ids(&idx, &q("steinbeis", Lang::En)), ["steinbeis"]);
    assert_eq!(ids(&idx, &q("karlsruhe", Lang::En)), ["steinbeis"]);
    idx.delete(&["organisation:steinbeis".to_owned()]);
    idx.commit("test", 3).expect("commit");
    assert!(ids(&idx, &q("steinbeis", Lang::En)).is_empty());
}

#[test]
fn the_index_survives_reopening_with_its_position() {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let idx = SearchIndex::open(dir.path()).expect("open");
        assert!(idx.commit_state().is_none());
        idx.upsert(&[doc("a", "Alpha Cluster", None, "text", &[], None)])
            .expect("upsert");
        idx.commit("test", 42).expect("commit");
    }
    let idx = SearchIndex::open(dir.path()).expect("reopen");
    assert_eq!(idx.commit_state().map(|c| c.cursor), Some(42));
    assert_eq!(idx.num_docs(), 1);
    assert!(matches!(
        SearchIndex::open(dir.path()),
        Err(search::SearchError::Locked(_))
    ));
}

#[test]
fn an_unreadable_index_is_emptied_to_be_rebuilt() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("meta.json"), "not an index").expect("write");
    let idx = SearchIndex::open(dir.path()).expect("open");
    assert!(idx.commit_state().is_none(), "the caller rebuilds it from the store");
    assert_eq!(idx.num_docs(), 0);
}

#[test]
fn a_repeated_search_is_answered_again_after_each_commit() {
    let idx = index();
    let req = q("hydrogen electrolysers", Lang::En);
    assert!(ids(&idx, &req).is_empty());
    assert!(idx.answered(&req).is_some(), "kept until the next commit");
    idx.upsert(&[doc(
        "h2-valley",
        "H2 Valley",
        Some(Lang::En),
        "Hydrogen electrolysers built and tested in the valley.",
        &[("type", "cluster"), ("country", "DK")],
        None,
    )])
    .expect("upsert");
    assert!(
        idx.answered(&req).is_some(),
        "written, not yet committed: nothing changed"
    );
    idx.commit("db", 2).expect("commit");
    assert!(idx.answered(&req).is_none(), "a commit forgets every answer");
    assert_eq!(ids(&idx, &req), vec!["h2-valley".to_owned()]);
    idx.delete(&["organisation:h2-valley".to_owned()]);
    idx.commit("db", 3).expect("commit");
    assert!(ids(&idx, &req).is_empty(), "nor is a deleted document found again");
}

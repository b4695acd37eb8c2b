//! A visitor without an account: the directory's filters, its name search, a profile, and the
//! site search in German and in French.

use super::harness::{Journey, Viewport};
use super::steps::{at_both_widths, nav, unfold};
use crate::helpers::TestApp;

at_both_widths!(a_visitor_filters_the_directory_opens_a_profile_and_searches_in_german_and_french);

async fn a_visitor_filters_the_directory_opens_a_profile_and_searches_in_german_and_french(v: Viewport) {
    let Some(j) = Journey::start("visitor", v).await else {
        return;
    };
    let app = TestApp::with_demo(120).await;
    // A country with several clusters, as a person would pick one they know.
    let mut country = ("DE", "Germany");
    for c in [
        ("DE", "Germany"),
        ("FR", "France"),
        ("DK", "Denmark"),
        ("IT", "Italy"),
        ("ES", "Spain"),
    ] {
        let (_, list) = app
            .json(&format!("/api/v1/organisations?type=cluster&country={}", c.0))
            .await;
        if list["total"].as_u64().unwrap_or(0) >= 2 {
            country = c;
            break;
        }
    }
    // The search index fills from the change feed in the background.
    app.search_until("q=Unternehmen&limit=1", |b| b["total"].as_u64().unwrap_or(0) > 0)
        .await;
    let b = j.person("visitor", &app.base).await;

    b.goto("/").await;
    b.see("Search the directory").await;
    b.screenshot("home").await;

    nav(&b, "Directory").await;
    b.see("Organisation directory").await;
    // A narrow screen folds the filters under their heading; the type filter is folded under its
    // name: open them, tick "Cluster".
    unfold(&b, "Filters").await;
    unfold(&b, "Type").await;
    b.check("Cluster").await;
    b.select("Country", country.1).await;
    // SME stays on "Any".
    b.select("Sort by", "Name (Z–A)").await;
    b.screenshot("directory-filters-chosen").await;
    b.click_text("button", "Apply filters").await;
    b.not_see("could not be understood").await;
    b.not_see("is not valid").await;
    let path = b.path().await;
    b.expect(
        path.contains("type=cluster") && path.contains(&format!("country={}", country.0)),
        &format!("the address keeps the filters: {path}"),
    )
    .await;
    let count = b.text_of("#results-heading").await;
    b.expect(
        count.ends_with("organisations") || count == "One organisation",
        &format!("the results are counted: “{count}”"),
    )
    .await;
    let names: Vec<String> = serde_json::from_value(
        b.eval("[...document.querySelectorAll('.cards li h3 a')].map(a => norm(a.innerText))")
            .await,
    )
    .unwrap_or_default();
    b.expect(!names.is_empty(), "the filtered directory lists organisations")
        .await;
    let mut sorted = names.clone();
    sorted.sort_by_key(|n| std::cmp::Reverse(n.to_lowercase()));
    b.expect(
        names.iter().map(|n| n.to_lowercase()).collect::<Vec<_>>()
            == sorted.iter().map(|n| n.to_lowercase()).collect::<Vec<_>>(),
        &format!("the results are sorted Z–A: {names:?}"),
    )
    .await;
    let cards = b.text_of(".cards").await;
    b.expect(
        cards.matches("Cluster").count() >= names.len() && cards.contains(country.1),
        &format!("every result is a cluster in {}: {cards}", country.1),
    )
    .await;
    b.screenshot("directory-filtered").await;

    // The name field, submitted with Enter.
    let name = names.last().cloned().unwrap_or_default();
    unfold(&b, "Filters").await;
    b.fill("Name or city", &name).await;
    b.press("Enter").await;
    b.expect(
        b.path().await.contains("q="),
        "Enter in the name field submits the filters",
    )
    .await;
    b.see(&name).await;
    b.screenshot("directory-by-name").await;

    b.click_text(".cards a", &name).await;
    b.see("Key facts").await;
    let h1 = b.text_of("h1").await;
    b.expect(h1.starts_with(&name), &format!("the profile of {name} opens: “{h1}”"))
        .await;
    b.screenshot("profile").await;

    // In German: the switch in the header, then the header's search box.
    b.click_text("header a", "Deutsch").await;
    let text = b.text().await;
    b.expect(
        text.contains("Eckdaten") && text.contains("Verzeichnis"),
        "the profile and the header are in German",
    )
    .await;
    b.fill("clusterhub durchsuchen", "Unternehmen").await;
    b.press("Enter").await;
    b.see("Die Plattform durchsuchen").await;
    let count = b.text_of("#search-count").await;
    b.expect(
        count.ends_with("Treffer") && !count.starts_with('0'),
        &format!("the German search finds something: “{count}”"),
    )
    .await;
    b.not_see("Nichts gefunden").await;
    b.screenshot("search-german").await;

    // In French.
    b.click_text("header a", "Français").await;
    b.see("Rechercher sur la plateforme").await;
    b.fill("Rechercher dans clusterhub", "entreprises recherche").await;
    b.press("Enter").await;
    let count = b.text_of("#search-count").await;
    b.expect(
        count.ends_with("résultats") || count == "Un résultat",
        &format!("the French search finds something: “{count}”"),
    )
    .await;
    b.not_see("Aucun résultat").await;
    b.screenshot("search-french").await;
    j.finish();
}

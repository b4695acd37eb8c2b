//! The HTML pages: directory, filters, profiles, projects, languages, errors, headers.

use crate::helpers::TestApp;

#[tokio::test]
async fn the_directory_filters_combine_and_match_the_api() {
    let app = TestApp::with_demo(300).await;
    let (status, home) = app.text("/").await;
    assert_eq!(status, 200);
    assert!(home.contains("clusters work together"));

    let (status, page) = app.text("/organisations?type=cluster&country=DE&sort=-members").await;
    assert_eq!(status, 200);
    let (_, api) = app
        .json("/api/v1/organisations?type=cluster&country=DE&sort=-members&limit=100")
        .await;
    let total = api["total"].as_i64().expect("total");
    assert!(total > 0, "the demo has German clusters");
    for item in api["items"].as_array().expect("items") {
        assert_eq!(item["kind"], "cluster");
        assert_eq!(item["country"], "DE");
    }
    let first_slug = api["items"][0]["slug"].as_str().expect("slug");
    assert!(
        page.contains(&format!("/organisations/{first_slug}")),
        "the page lists the same first organisation"
    );
    assert!(
        page.contains(&format!("{total} organisations")) || total == 1,
        "the page shows the same count"
    );
    // Active filters can be removed one by one; the form keeps the choice.
    assert!(page.contains("Remove filter: Country: Germany"));
    assert!(page.contains(r#"value="cluster" checked"#));
}

#[tokio::test]
async fn a_cluster_profile_shows_members_partners_and_projects() {
    let app = TestApp::with_demo(400).await;
    let (_, api) = app
        .json("/api/v1/organisations?type=cluster&sort=-members&limit=100")
        .await;
    let items = api["items"].as_array().expect("items");
    let mut seen_members = false;
    for item in items {
        let slug = item["slug"].as_str().expect("slug");
        let (status, details) = app.json(&format!("/api/v1/organisations/{slug}")).await;
        assert_eq!(status, 200);
        let members = details["member_organisations"].as_array().expect("members");
        if members.is_empty() {
            continue;
        }
        seen_members = true;
        let (status, html) = app.text(&format!("/organisations/{slug}")).await;
        assert_eq!(status, 200);
        let member_name = members[0]["name"].as_str().expect("name");
        assert!(
            html.contains(&format!(
                "/organisations/{}",
                members[0]["slug"].as_str().expect("slug")
            )),
            "{member_name} is linked"
        );
        assert!(html.contains("Key facts"));
        assert!(html.contains(r#"lang="en""#));
        // The member's profile links back to the cluster.
        let (_, member) = app
            .json(&format!(
                "/api/v1/organisations/{}",
                members[0]["slug"].as_str().expect("slug")
            ))
            .await;
        assert!(member["member_of"]
            .as_array()
            .expect("member_of")
            .iter()
            .any(|c| c["slug"] == slug));
        break;
    }
    assert!(seen_members, "some demo cluster has members");

    let (_, projects) = app.json("/api/v1/projects?limit=1").await;
    let id = projects["items"][0]["id"].as_i64().expect("project id");
    let (status, html) = app.text(&format!("/projects/{id}")).await;
    assert_eq!(status, 200);
    assert!(html.contains("Coordinator"));
    let (_, p) = app.json(&format!("/api/v1/projects/{id}")).await;
    assert_eq!(p["participants"][0]["role"], "coordinator");
}

#[tokio::test]
async fn pages_follow_the_browser_language_and_the_switcher() {
    let app = TestApp::with_demo(50).await;
    let de = app
        .text_with("/organisations", "accept-language", "de-DE,de;q=0.9,en;q=0.5")
        .await;
    assert!(de.contains("Organisationsverzeichnis"));
    assert!(de.contains(r#"<html lang="de">"#));
    let r = app
        .get("/language?lang=de&return=%2Forganisations%3Fcountry%3DDK")
        .await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(r.headers()["location"], "/organisations?country=DK");
    let cookie = r.headers()["set-cookie"].to_str().expect("cookie").to_owned();
    assert!(cookie.starts_with("lang=de;") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));
    let page = app.text_with("/organisations?country=DK", "cookie", "lang=de").await;
    assert!(page.contains("Dänemark"));
    for (lang, heading) in [
        ("fr-FR,fr;q=0.9", "Annuaire des organisations"),
        ("da", "Organisationskatalog"),
    ] {
        let page = app.text_with("/organisations", "accept-language", lang).await;
        assert!(page.contains(heading), "{lang}");
    }
    let evil = app.get("/language?lang=de&return=//evil.example").await;
    assert_eq!(evil.headers()["location"], "/");
}

#[tokio::test]
async fn bad_input_gets_clear_answers_never_a_server_error() {
    let app = TestApp::with_demo(30).await;
    let long = "x".repeat(10_000);
    let cases: Vec<(String, u16)> = vec![
        ("/organisations?country=Atlantis".into(), 400),
        ("/organisations?limit=0".into(), 400),
        ("/organisations?offset=-5".into(), 400),
        ("/organisations?sort=name%3B%20DROP%20TABLE%20organisations".into(), 400),
        (format!("/organisations?q={long}"), 400),
        ("/organisations?q=%00%01%02%1b[31m".into(), 200),
        ("/organisations?q=%FF%FE".into(), 200),
        ("/organisations?q=%25%5F%5C".into(), 200),
        ("/organisations?q=\"unbalanced".into(), 200),
        ("/organisations?ecosystem=warp-drive".into(), 400),
        ("/organisations?nuts=DE-1".into(), 400),
        ("/organisations?sme=maybe".into(), 400),
        ("/organisations?%zz=%zz".into(), 200),
        ("/organisations/no-such-organisation".into(), 404),
        ("/organisations/%2e%2e%2fetc%2fpasswd".into(), 404),
        ("/projects/abc".into(), 404),
        ("/projects/99999999999999999999999".into(), 404),
        ("/no/such/page".into(), 404),
    ];
    for (path, expected) in cases {
        let (status, body) = app.text(&path).await;
        assert_eq!(status, expected, "{path}");
        assert!(body.contains("</html>"), "{path} answers a page");
    }
    let (_, page) = app.text("/organisations?country=Atlantis&type=cluster&sme=").await;
    assert!(
        page.contains("The filter “Country” was left out: “Atlantis” is not a valid value."),
        "the page names the filter and the value: {page}"
    );
    assert!(
        page.contains(r#"value="cluster" checked"#) && !page.contains("No organisation matches these filters"),
        "the other filters still apply; an empty one means any"
    );
    assert_eq!(
        page.matches("<script").count(),
        1,
        "nothing the user typed becomes markup; the one script is the page's own"
    );
    let (_, page) = app.text("/organisations?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").await;
    assert!(!page.contains("<script>alert(1)"));
    assert!(page.contains("&#60;script&#62;alert(1)"), "the query is shown escaped");
}

#[tokio::test]
async fn responses_carry_security_headers_and_probes_answer() {
    let app = TestApp::spawn().await;
    let r = app.get("/organisations").await;
    let h = r.headers();
    let csp = h["content-security-policy"].to_str().expect("csp");
    assert!(
        csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline")
    );
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["x-frame-options"], "DENY");
    assert!(h.contains_key("referrer-policy"));
    assert_eq!(app.get("/healthz").await.status().as_u16(), 200);
    let (status, ready) = app.json("/readyz").await;
    assert_eq!((status, ready["status"].as_str()), (200, Some("ready")));
    let css = app.get("/static/app.css").await;
    assert_eq!(css.headers()["content-type"], "text/css; charset=utf-8");
    for path in ["/api", "/projects", "/projects?q=x&limit=5&offset=5"] {
        let (status, body) = app.text(path).await;
        assert_eq!(status, 200, "{path}");
        assert!(body.contains("</html>"), "{path}");
    }
    let (status, empty_home) = app.text("/").await;
    assert_eq!(status, 200, "an empty directory still has a home page");
    assert!(empty_home.contains("0 organisations"));
}

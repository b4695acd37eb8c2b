//! The JSON API and its OpenAPI document.

use serde_json::{json, Value};

use crate::helpers::TestApp;

/// Checks that `value` has every property the schema requires (following `$ref`s one level
/// into `components`), recursively for objects and arrays.
pub fn assert_conforms(doc: &Value, schema: &Value, value: &Value, path: &str) {
    let schema = match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let name = r.trim_start_matches("#/components/schemas/");
            &doc["components"]["schemas"][name]
        }
        None => schema,
    };
    if value.is_null() {
        assert!(
            schema["nullable"] == Value::Bool(true),
            "{path} is null but not nullable"
        );
        return;
    }
    match schema["type"].as_str() {
        Some("object") => {
            let obj = value.as_object().unwrap_or_else(|| panic!("{path} is not an object"));
            for req in schema["required"].as_array().into_iter().flatten() {
                let key = req.as_str().expect("key");
                assert!(obj.contains_key(key), "{path} lacks required {key}");
            }
            if let Some(props) = schema["properties"].as_object() {
                for (k, s) in props {
                    if let Some(v) = obj.get(k) {
                        assert_conforms(doc, s, v, &format!("{path}.{k}"));
                    }
                }
                for k in obj.keys() {
                    assert!(
                        props.contains_key(k) || schema.get("additionalProperties").is_some(),
                        "{path}.{k} is not documented"
                    );
                }
            }
        }
        Some("array") => {
            for (i, v) in value
                .as_array()
                .unwrap_or_else(|| panic!("{path} is not an array"))
                .iter()
                .enumerate()
            {
                assert_conforms(doc, &schema["items"], v, &format!("{path}[{i}]"));
            }
        }
        Some("string") => {
            let s = value.as_str().unwrap_or_else(|| panic!("{path} is not a string"));
            if let Some(values) = schema["enum"].as_array() {
                assert!(values.iter().any(|v| v == s), "{path} = {s} is not in its enum");
            }
        }
        Some("integer") => assert!(value.is_i64(), "{path} is not an integer"),
        Some("number") => assert!(value.is_number(), "{path} is not a number"),
        Some("boolean") => assert!(value.is_boolean(), "{path} is not a boolean"),
        _ => {}
    }
}

pub fn response_schema<'a>(doc: &'a Value, path: &str, status: &str) -> &'a Value {
    &doc["paths"][path]["get"]["responses"][status]["content"]["application/json"]["schema"]
}

#[tokio::test]
async fn answers_match_the_openapi_document() {
    let app = TestApp::with_demo(200).await;
    let (status, doc) = app.json("/api/openapi.json").await;
    assert_eq!(status, 200);
    assert_eq!(doc["openapi"], "3.0.3");

    let (_, list) = app.json("/api/v1/organisations?limit=100").await;
    assert_conforms(
        &doc,
        response_schema(&doc, "/api/v1/organisations", "200"),
        &list,
        "list",
    );
    let cluster = list["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|o| o["kind"] == "cluster")
        .expect("a cluster");
    let (_, one) = app
        .json(&format!(
            "/api/v1/organisations/{}",
            cluster["slug"].as_str().expect("slug")
        ))
        .await;
    assert_conforms(
        &doc,
        response_schema(&doc, "/api/v1/organisations/{slug}", "200"),
        &one,
        "organisation",
    );
    let (_, projects) = app.json("/api/v1/projects").await;
    assert_conforms(
        &doc,
        response_schema(&doc, "/api/v1/projects", "200"),
        &projects,
        "projects",
    );
    // The index fills from the change feed in the background.
    let found = app
        .search_until("q=cluster&limit=50", |b| b["total"].as_u64().unwrap_or(0) > 0)
        .await
        .expect("search finds the demo clusters");
    assert_conforms(&doc, response_schema(&doc, "/api/v1/search", "200"), &found, "search");
    let id = projects["items"][0]["id"].as_i64().expect("id");
    let (_, project) = app.json(&format!("/api/v1/projects/{id}")).await;
    assert_conforms(
        &doc,
        response_schema(&doc, "/api/v1/projects/{id}", "200"),
        &project,
        "project",
    );
    let (status, err) = app.json("/api/v1/organisations?ket=warp").await;
    assert_eq!(status, 400);
    assert_conforms(
        &doc,
        response_schema(&doc, "/api/v1/organisations", "400"),
        &err,
        "error",
    );
}

#[tokio::test]
async fn lists_page_with_limit_offset_and_next() {
    let app = TestApp::with_demo(120).await;
    let (_, first) = app.json("/api/v1/organisations?limit=50").await;
    assert_eq!(first["total"], 120);
    assert_eq!(first["items"].as_array().expect("items").len(), 50);
    let next = first["next"].as_str().expect("next link");
    let (_, second) = app.json(next).await;
    assert_eq!(second["offset"], 50);
    let (_, last) = app.json("/api/v1/organisations?limit=50&offset=100").await;
    assert_eq!(last["items"].as_array().expect("items").len(), 20);
    assert!(last["next"].is_null());
    let mut all: Vec<String> = vec![];
    for page in [&first, &second, &last] {
        all.extend(
            page["items"]
                .as_array()
                .expect("items")
                .iter()
                .map(|o| o["slug"].as_str().expect("slug").to_owned()),
        );
    }
    all.sort();
    all.dedup();
    assert_eq!(all.len(), 120, "pages neither overlap nor skip");
}

#[tokio::test]
async fn bad_parameters_get_400_naming_the_parameter() {
    let app = TestApp::spawn().await;
    for (query, parameter) in [
        ("country=Atlantis", "country"),
        ("limit=1000", "limit"),
        ("limit=abc", "limit"),
        ("offset=99999999999", "offset"),
        ("type=castle", "type"),
        ("label=platinum", "label"),
        ("nace=Z", "nace"),
        ("cta=11", "cta"),
        ("sort=random()", "sort"),
    ] {
        let (status, body) = app.json(&format!("/api/v1/organisations?{query}")).await;
        assert_eq!(status, 400, "{query}");
        assert_eq!(body["error"]["code"], "invalid_parameter", "{query}");
        assert_eq!(body["error"]["parameter"], parameter, "{query}");
    }
    let (status, body) = app.json("/api/v1/organisations/nobody").await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (404, Some("organisation_not_found"))
    );
    let (status, body) = app.json("/api/v1/projects/x1").await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (404, Some("project_not_found"))
    );
    let (status, _) = app.json("/api/v1/nothing-here").await;
    assert_eq!(status, 404);
}

/// A write token of the admin of organisation `slug`, made through the account page.
pub(crate) async fn write_token(app: &TestApp, slug: &str) -> String {
    use crate::agent::{account, organisation, token_of, Agent, PASSWORD};
    let org = organisation(app, slug, slug).await;
    let email = format!("admin@{slug}.example");
    let uid = account(app, &email, domain::PlatformRole::User).await;
    app.db
        .store
        .set_org_role(uid, org, domain::OrgRole::Admin)
        .await
        .expect("role");
    let mut a = Agent::new(app);
    a.login(&email, PASSWORD).await;
    let made = a
        .post("/account/tokens", &[("name", "errors"), ("scope", "write")])
        .await;
    assert_eq!(made.status, 201);
    token_of(&made.body)
}

/// The status and JSON error of an answer, after checking it is the documented error.
async fn documented_error(doc: &Value, r: reqwest::Response) -> (u16, Value) {
    let status = r.status().as_u16();
    let content_type = r
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let text = r.text().await.expect("body");
    assert_eq!(content_type, "application/json", "{status}: {text}");
    let body: Value = serde_json::from_str(&text).expect("JSON");
    assert_conforms(doc, &json!({ "$ref": "#/components/schemas/Error" }), &body, "error");
    (status, body)
}

#[tokio::test]
async fn refusals_before_a_handler_reads_the_request_are_the_documented_json_error() {
    let app = TestApp::spawn().await;
    let (_, doc) = app.json("/api/openapi.json").await;
    let token = write_token(&app, "biosaxony").await;
    let put = |body: Vec<u8>, content_type: &'static str| {
        app.client
            .put(format!("{}/api/v1/organisations/biosaxony", app.base))
            .bearer_auth(&token)
            .header("content-type", content_type)
            .body(body)
            .send()
    };

    // Over the body limit (512 KiB).
    let big = format!(r#"{{"name": "{}"}}"#, "x".repeat(600 * 1024)).into_bytes();
    let (status, body) = documented_error(&doc, put(big, "application/json").await.expect("put")).await;
    assert_eq!((status, body["error"]["code"].as_str()), (413, Some("too_large")));
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("512 KiB"),
        "{body}"
    );

    // Not JSON at all: 400, saying where it goes wrong.
    let (status, body) = documented_error(
        &doc,
        put(b"{\"name\": ".to_vec(), "application/json").await.expect("put"),
    )
    .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (400, Some("invalid_json")),
        "{body}"
    );
    assert!(
        body["error"]["message"].as_str().unwrap_or_default().contains("line 1"),
        "{body}"
    );
    let (status, body) = documented_error(&doc, put(vec![], "application/json").await.expect("put")).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (400, Some("invalid_json")),
        "{body}"
    );

    // JSON, but not a profile: 422 naming the field.
    let (status, body) = documented_error(
        &doc,
        put(
            br#"{"name": 5, "kind": "cluster", "country": "DE"}"#.to_vec(),
            "application/json",
        )
        .await
        .expect("put"),
    )
    .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (422, Some("invalid")),
        "{body}"
    );
    assert_eq!(body["error"]["fields"][0]["field"], "name", "{body}");

    // Another media type.
    let (status, body) = documented_error(&doc, put(b"name=x".to_vec(), "text/plain").await.expect("put")).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (415, Some("unsupported_media_type"))
    );

    // A method the address does not take keeps its Allow header.
    let r = app
        .client
        .post(format!("{}/api/v1/organisations", app.base))
        .send()
        .await
        .expect("post");
    assert!(r.headers().get("allow").is_some(), "405 says what is allowed");
    let (status, body) = documented_error(&doc, r).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (405, Some("method_not_allowed"))
    );

    // An address the router cannot decode names the parameter, on every operation with one.
    let mut decoded = 0;
    for (path, item) in doc["paths"].as_object().expect("paths") {
        let Some((_, rest)) = path.split_once('{') else {
            continue;
        };
        let name = rest.split('}').next().expect("name");
        let address = path.replace(&format!("{{{name}}}"), "%FF");
        let (status, body) = documented_error(&doc, app.get(&address).await).await;
        assert_eq!(status, 400, "{address}: {body}");
        assert_eq!(body["error"]["parameter"], name, "{address}: {body}");
        assert!(item["get"]["responses"]["400"].is_object(), "{path} documents its 400");
        decoded += 1;
    }
    assert!(decoded >= 10, "{decoded} operations with a path parameter");

    // Pages keep their pages: a form over the limit is a page in the reader's language.
    let r = app
        .client
        .post(format!("{}/login", app.base))
        .header("accept-language", "de")
        .header("origin", &app.base)
        .form(&[("email", "x".repeat(600 * 1024))])
        .send()
        .await
        .expect("post");
    assert_eq!(r.status().as_u16(), 413);
    assert!(r
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html")));
    let page = r.text().await.expect("page");
    assert!(page.contains("Anfrage zu groß"), "{page}");
}

/// The list operations of the document (no path parameter) and their query parameters.
fn list_operations(doc: &Value) -> Vec<(String, Vec<Value>)> {
    doc["paths"]
        .as_object()
        .expect("paths")
        .iter()
        .filter(|(path, _)| path.starts_with("/api/v1/") && !path.contains('{'))
        .filter_map(|(path, item)| {
            let parameters: Vec<Value> = item["get"]["parameters"]
                .as_array()?
                .iter()
                .filter(|p| p["in"] == "query")
                .cloned()
                .collect();
            (!parameters.is_empty()).then(|| (path.clone(), parameters))
        })
        .collect()
}

#[tokio::test]
async fn wrong_query_types_get_400_naming_the_parameter_on_every_list() {
    let app = TestApp::with_demo(20).await;
    let (_, doc) = app.json("/api/openapi.json").await;
    let mut tried = 0;
    for (path, parameters) in list_operations(&doc) {
        for p in parameters {
            let name = p["name"].as_str().expect("name");
            let schema = if p["schema"]["type"] == "array" {
                &p["schema"]["items"]
            } else {
                &p["schema"]
            };
            // Strings outside an enumeration are free text (or, for the search's facets, find
            // nothing and say so): only typed and enumerated parameters have a wrong value.
            let typed = schema["anyOf"].as_array().map_or(schema, |a| &a[0]);
            if typed["type"] == "string" && typed.get("enum").is_none() {
                continue;
            }
            let r = app.get(&format!("{path}?{name}=not-a-value%0A")).await;
            let (status, body) = documented_error(&doc, r).await;
            assert_eq!(status, 400, "{path}?{name}: {body}");
            assert_eq!(body["error"]["code"], "invalid_parameter", "{path}?{name}: {body}");
            assert_eq!(body["error"]["parameter"], name, "{path}?{name}: {body}");
            tried += 1;
        }
    }
    assert!(tried > 30, "only {tried} typed parameters");
}

#[tokio::test]
async fn empty_values_mean_any_on_every_list() {
    let app = TestApp::with_demo(20).await;
    let (_, doc) = app.json("/api/openapi.json").await;
    let lists = list_operations(&doc);
    assert!(lists.len() >= 10, "{} lists", lists.len());
    // The search index fills from the change feed in the background: wait until it holds still.
    let mut last = 0;
    for _ in 0..100 {
        let (_, found) = app.json("/api/v1/search?limit=1").await;
        let total = found["total"].as_u64().unwrap_or(0);
        if total > 0 && total == last {
            break;
        }
        last = total;
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    for (path, parameters) in lists {
        let (status, plain) = app.json(&path).await;
        assert_eq!(status, 200, "{path}: {plain}");
        let mut all = vec![];
        for p in &parameters {
            let name = p["name"].as_str().expect("name");
            assert_eq!(p["allowEmptyValue"], true, "{path}?{name}");
            assert!(
                p["description"]
                    .as_str()
                    .is_some_and(|d| d.ends_with("An empty value means any.")),
                "{path}?{name} says what an empty value means"
            );
            for value in ["", "%20"] {
                let (status, body) = app.json(&format!("{path}?{name}={value}")).await;
                assert_eq!(status, 200, "{path}?{name}={value}: {body}");
            }
            all.push(format!("{name}="));
        }
        let (status, body) = app.json(&format!("{path}?{}", all.join("&"))).await;
        assert_eq!(status, 200, "{path} with every parameter empty: {body}");
        if let Some(total) = plain["total"].as_i64() {
            assert_eq!(body["total"].as_i64(), Some(total), "{path}: empty is no filter");
        }
    }
}

#[tokio::test]
async fn an_invalid_country_on_search_is_named_and_left_out_like_the_directory() {
    let app = TestApp::with_demo(30).await;
    app.search_until("q=cluster", |b| b["total"].as_u64().unwrap_or(0) > 0)
        .await
        .expect("the index is filled");
    let (_, everything) = app.json("/api/v1/search?q=cluster").await;

    // The page: 400 like the directory, the value named, the other filters applied.
    let (status, page) = app.text("/search?q=cluster&country=Atlantis%0Aforged").await;
    assert_eq!(status, 400);
    assert!(page.contains("Atlantis"), "the value is named");
    let (directory_status, _) = app.text("/organisations?country=Atlantis").await;
    assert_eq!(status, directory_status);
    let count = everything["total"].as_u64().expect("total");
    assert!(
        page.contains(&format!("{count} result")),
        "the search runs without the country ({count} results)"
    );
    let german = app.text_with("/search?country=Atlantis", "accept-language", "de").await;
    assert!(german.contains("Land"), "named in the reader's language");

    // A valid code, either case, filters.
    let (status, _) = app.text("/search?q=cluster&country=de").await;
    assert_eq!(status, 200);

    // The API refuses it, naming the parameter, as the directory's API does.
    let (status, body) = app.json("/api/v1/search?q=cluster&country=Atlantis").await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["parameter"], "country");
    let (status, body) = app.json("/api/v1/services?country=Atlantis").await;
    assert_eq!((status, body["error"]["parameter"].as_str()), (400, Some("country")));
}

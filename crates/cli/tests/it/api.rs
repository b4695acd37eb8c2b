//! The JSON API and its OpenAPI document.

use serde_json::Value;

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

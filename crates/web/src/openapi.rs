//! The OpenAPI 3 document of the JSON API. Enumerations are generated from the domain types, so
//! the document cannot drift from what the API accepts; tests check the rest against real answers.

use domain::taxonomy::Taxonomy;
use domain::{
    ClusterLabel, CriticalTechnology, Ecosystem, KeyEnablingTechnology, NaceSection, OrganisationType,
    ParticipationRole, SortOrder,
};
use serde_json::{json, Value};

/// The longest facet value or place name the search reads.
pub const MAX_FACET_VALUE: usize = 80;

fn strings<T>(items: impl IntoIterator<Item = T>, f: impl Fn(T) -> String) -> Value {
    Value::Array(items.into_iter().map(|v| Value::String(f(v))).collect())
}

fn nullable(mut schema: Value) -> Value {
    schema["nullable"] = json!(true);
    // OpenAPI 3.0.3: an enumeration allows null only when it lists null.
    if let Some(values) = schema.get_mut("enum").and_then(Value::as_array_mut) {
        values.push(Value::Null);
    }
    schema
}

/// Characters a profile's text may not contain: control characters other than tab and line breaks.
const CONTROL: &str = "\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f";

/// Profile text: at most `max` characters, no control characters but tab and line breaks.
fn free_text(max: usize) -> Value {
    json!({ "type": "string", "maxLength": max, "pattern": format!("^[^{CONTROL}]*$") })
}

/// Like [`free_text`], with at least one character that is not white space.
fn required_text(max: usize) -> Value {
    json!({ "type": "string", "maxLength": max,
            "pattern": format!("^[^{CONTROL}]*[^\\s{CONTROL}][^{CONTROL}]*$") })
}

/// Text without control characters (which the API refuses), at most `max` characters.
fn plain_text(max: usize) -> Value {
    json!({ "type": "string", "maxLength": max, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$" })
}

/// A repeatable query parameter (`country=DE&country=DK`).
fn multi(name: &str, description: &str, items: Value) -> Value {
    json!({
        "name": name, "in": "query", "required": false, "description": description,
        "style": "form", "explode": true,
        "schema": { "type": "array", "maxItems": 30, "items": items }
    })
}

fn paging(max_limit: u32) -> Vec<Value> {
    vec![
        json!({ "name": "limit", "in": "query", "required": false, "description": "Items per page.",
                "schema": { "type": "integer", "minimum": 1, "maximum": max_limit, "default": domain::Page::DEFAULT_LIMIT } }),
        json!({ "name": "offset", "in": "query", "required": false, "description": "Items to skip.",
                "schema": { "type": "integer", "minimum": 0, "maximum": domain::Page::MAX_OFFSET, "default": 0 } }),
    ]
}

fn list_of(item: &str) -> Value {
    json!({
        "type": "object",
        "required": ["items", "total", "limit", "offset", "next"],
        "properties": {
            "items": { "type": "array", "items": { "$ref": format!("#/components/schemas/{item}") } },
            "total": { "type": "integer", "minimum": 0, "description": "Items matching, over all pages." },
            "limit": { "type": "integer" },
            "offset": { "type": "integer" },
            "next": { "type": "string", "nullable": true, "description": "URL of the next page, null on the last." }
        }
    })
}

fn error_response(description: &str) -> Value {
    json!({ "description": description, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } })
}

fn ok(schema: &str) -> Value {
    json!({ "description": "OK", "content": { "application/json": { "schema": { "$ref": format!("#/components/schemas/{schema}") } } } })
}

fn search_parameters() -> Vec<Value> {
    // A value the index does not know finds nothing and says so in `notices` (it is not an
    // error), so the known values are listed in the description rather than as an enumeration.
    let facet = |name: &str, description: &str, known: Value| {
        let values = known["enum"]
            .as_array()
            .map(|v| v.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(", "))
            .unwrap_or_default();
        let description = if values.is_empty() {
            description.to_owned()
        } else {
            format!("{description} Known values: {values}.")
        };
        json!({
            "name": name, "in": "query", "required": false, "description": description,
            "style": "form", "explode": true,
            "schema": { "type": "array", "maxItems": 30, "items": plain_text(MAX_FACET_VALUE) }
        })
    };
    let mut p = vec![
        json!({ "name": "q", "in": "query", "required": false, "description": "The query; at most 300 characters and 12 words are read.",
                "schema": { "type": "string" } }),
        json!({ "name": "lang", "in": "query", "required": false, "description": "The reader's language; default from Accept-Language.",
                "schema": { "type": "string", "enum": ["en", "de", "fr", "da"] } }),
        json!({ "name": "typing", "in": "query", "required": false, "description": "The last word is unfinished: complete it.",
                "schema": { "type": "boolean", "default": false } }),
        facet(
            "kind",
            "Kind of content.",
            json!({ "type": "string", "enum": ["organisation", "project", "opportunity", "event", "call", "news", "service"] }),
        ),
        facet(
            "type",
            "Organisation type.",
            json!({ "type": "string", "enum": strings(OrganisationType::ALL.iter(), |v| v.as_str().to_owned()) }),
        ),
        // Read like the directory's filter: a value that is not an ISO code is refused (400).
        multi(
            "country",
            "ISO 3166-1 alpha-2 country code, either case (of a project: of any participant); \
             a value that is not one is refused.",
            json!({ "type": "string", "enum": domain::CountryCode::all()
                .flat_map(|c| [c.to_string(), c.to_string().to_lowercase()])
                .collect::<Vec<_>>() }),
        ),
        facet("region", "NUTS 2 region code.", json!({})),
        facet(
            "ecosystem",
            "Industrial ecosystem.",
            json!({ "type": "string", "enum": strings(Ecosystem::ALL.iter(), |v| v.slug().to_owned()) }),
        ),
        facet(
            "technology",
            "Key enabling technology.",
            json!({ "type": "string", "enum": strings(KeyEnablingTechnology::ALL.iter(), |v| v.slug().to_owned()) }),
        ),
        facet(
            "critical",
            "Critical technology area.",
            json!({ "type": "string", "enum": strings(CriticalTechnology::ALL.iter(), |v| v.slug().to_owned()) }),
        ),
        facet(
            "label",
            "Cluster-management label.",
            json!({ "type": "string", "enum": strings(ClusterLabel::ALL.iter(), |v| v.as_str().to_owned()) }),
        ),
        facet(
            "service",
            "Kind of technology service.",
            json!({ "type": "string", "enum": strings(domain::service::ServiceKind::ALL.iter(), |v| v.as_str().to_owned()) }),
        ),
        facet(
            "delivery",
            "Where a technology service is delivered.",
            json!({ "type": "string", "enum": strings(domain::service::Delivery::ALL.iter(), |v| v.as_str().to_owned()) }),
        ),
        facet(
            "price",
            "Price model of a technology service.",
            json!({ "type": "string", "enum": strings(domain::service::PriceModel::ALL.iter(), |v| v.as_str().to_owned()) }),
        ),
        facet(
            "language",
            "A language a technology centre works in, ISO 639-1.",
            json!({}),
        ),
        json!({ "name": "near", "in": "query", "required": false, "description": "A city or region of the directory to search around.",
                "schema": plain_text(MAX_FACET_VALUE) }),
        json!({ "name": "at", "in": "query", "required": false, "description": "A position to search around: latitude,longitude in decimal degrees.",
                "schema": { "type": "string", "pattern": "^(-?(90(\\.0+)?|[1-8]?[0-9](\\.[0-9]+)?),-?(180(\\.0+)?|(1[0-7][0-9]|[1-9]?[0-9])(\\.[0-9]+)?))?$",
                            "example": "51.05,13.74" } }),
        json!({ "name": "km", "in": "query", "required": false, "description": "Radius of the distance filter.",
                "schema": { "type": "number", "minimum": 1, "maximum": 2000, "default": 100 } }),
    ];
    p.push(
        json!({ "name": "limit", "in": "query", "required": false, "description": "Results per page.",
                   "schema": { "type": "integer", "minimum": 1, "maximum": 100, "default": 20 } }),
    );
    p.push(
        json!({ "name": "offset", "in": "query", "required": false, "description": "Results to skip.",
                   "schema": { "type": "integer", "minimum": 0, "maximum": 10000, "default": 0 } }),
    );
    p
}

/// The OpenAPI document of the JSON API.
pub fn document() -> Value {
    let mut doc = described();
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        for operation in paths
            .values_mut()
            .filter_map(Value::as_object_mut)
            .flat_map(|p| p.values_mut())
        {
            // The router refuses an address it cannot decode (not UTF-8) before the handler.
            let in_path = operation["parameters"]
                .as_array()
                .is_some_and(|ps| ps.iter().any(|p| p["in"] == "path"));
            if in_path && operation["responses"].get("400").is_none() {
                operation["responses"]["400"] =
                    error_response("The address cannot be read (e.g. not UTF-8); `parameter` names the part.");
            }
            for parameter in operation
                .get_mut("parameters")
                .and_then(Value::as_array_mut)
                .into_iter()
                .flatten()
                .filter(|p| p["in"] == "query")
            {
                accept_empty(parameter);
            }
        }
    }
    doc
}

/// Every query parameter may be sent empty and then means "any" (`routes::query_pairs`): the
/// document says so, and its schema admits the empty value.
fn accept_empty(parameter: &mut Value) {
    parameter["allowEmptyValue"] = json!(true);
    let said = parameter["description"].as_str().unwrap_or_default().trim().to_owned();
    parameter["description"] = json!(format!("{said} An empty value means any.").trim_start().to_owned());
    let schema = &mut parameter["schema"];
    let target = if schema["type"] == "array" {
        &mut schema["items"]
    } else {
        schema
    };
    if let Some(values) = target.get_mut("enum").and_then(Value::as_array_mut) {
        if !values.contains(&json!("")) {
            values.push(json!(""));
        }
    } else if target["type"] != "string" || target.get("format").is_some() {
        *target = json!({ "anyOf": [target.take(), { "type": "string", "maxLength": 0 }] });
    }
}

fn described() -> Value {
    let search_params = search_parameters();
    // The catalogue reads the search's parameters, kept to services.
    let service_params: Vec<Value> = search_params
        .iter()
        .filter(|p| {
            !matches!(
                p["name"].as_str(),
                Some("kind" | "type" | "label" | "region" | "typing")
            )
        })
        .cloned()
        .collect();
    let kinds = strings(OrganisationType::ALL.iter(), |v| v.as_str().into());
    let ecosystems = strings(Ecosystem::ALL.iter(), |v| v.slug().into());
    let kets = strings(KeyEnablingTechnology::ALL.iter(), |v| v.slug().into());
    let ctas = strings(CriticalTechnology::ALL.iter(), |v| v.slug().into());
    let labels = strings(ClusterLabel::ALL.iter(), |v| v.as_str().into());
    let sections = strings(NaceSection::all(), |v| v.to_string());
    let sorts = strings(SortOrder::ALL.iter(), |v| v.as_str().into());
    let roles = strings(ParticipationRole::ALL.iter(), |v| v.as_str().into());
    let country = json!({ "type": "string", "pattern": "^[A-Z]{2}$", "description": "ISO 3166-1 alpha-2 code" });
    let country_codes: Vec<String> = domain::CountryCode::all()
        .flat_map(|c| [c.to_string(), c.to_string().to_lowercase()])
        .collect();

    let mut org_params = vec![
        json!({ "name": "q", "in": "query", "required": false,
                "description": "Words that must all occur in the name, short name or city (accents and case ignored).",
                "schema": { "type": "string", "maxLength": 200 } }),
        multi(
            "type",
            "Organisation types (any of).",
            json!({ "type": "string", "enum": kinds }),
        ),
        multi(
            "country",
            "Countries (any of), ISO 3166-1 alpha-2 (either case).",
            json!({ "type": "string", "enum": country_codes }),
        ),
        multi(
            "nuts",
            "NUTS regions (any of); a region includes those inside it.",
            json!({ "type": "string", "pattern": "^([A-Za-z]{2}[A-Za-z0-9]{0,3})?$" }),
        ),
        multi(
            "ecosystem",
            "Industrial ecosystems (any of).",
            json!({ "type": "string", "enum": ecosystems }),
        ),
        multi(
            "ket",
            "Key enabling technologies (any of).",
            json!({ "type": "string", "enum": kets }),
        ),
        multi(
            "cta",
            "Critical technology areas (any of).",
            json!({ "type": "string", "enum": ctas }),
        ),
        multi(
            "nace",
            "NACE Rev. 2 sections (any of).",
            json!({ "type": "string", "enum": sections }),
        ),
        multi(
            "label",
            "Cluster-management labels (any of).",
            json!({ "type": "string", "enum": labels }),
        ),
        json!({ "name": "sme", "in": "query", "required": false, "description": "Only SMEs (true) or only non-SMEs (false).",
                "schema": { "type": "boolean" } }),
        json!({ "name": "sort", "in": "query", "required": false, "description": "Sort order; a leading minus sorts descending.",
                "schema": { "type": "string", "enum": sorts, "default": "name" } }),
    ];
    let lang_param = json!({ "name": "lang", "in": "query", "required": false,
                             "description": "The language of labels and names; default from Accept-Language.",
                             "schema": { "type": "string", "enum": ["en", "de", "fr", "da"] } });
    // The map counts what the directory's filter finds (sorting and paging do not change it).
    let mut map_params: Vec<Value> = org_params[..org_params.len() - 1].to_vec();
    map_params.extend([
        json!({ "name": "measure", "in": "query", "required": false, "description": "What is counted per region.",
                "schema": { "type": "string", "enum": strings(domain::statistics::Measure::ALL.iter(), |v| v.as_str().to_owned()), "default": "organisations" } }),
        json!({ "name": "level", "in": "query", "required": false,
                "description": "Countries or NUTS 1/2 regions; NUTS 2 by default when the filter names one country or region.",
                "schema": { "type": "string", "enum": strings(domain::statistics::MapLevel::ALL.iter(), |v| v.as_str().to_owned()) } }),
        lang_param.clone(),
    ]);
    org_params.extend(paging(domain::Page::MAX_LIMIT));
    let opportunity_kinds = strings(domain::OpportunityKind::ALL.iter(), |v| v.as_str().to_owned());
    let opportunity_params = json!([
        { "name": "q", "in": "query", "required": false, "description": "Words that must all appear in the title, description or publisher's name.",
          "schema": { "type": "string", "maxLength": 200 } },
        { "name": "kind", "in": "query", "required": false, "schema": { "type": "string", "enum": opportunity_kinds.clone() } },
        multi("country", "Countries of the publisher (any of), ISO 3166-1 alpha-2.", json!({ "type": "string", "enum": country_codes.clone() })),
        multi("ket", "Key enabling technologies (any of).", json!({ "type": "string", "enum": kets.clone() })),
        multi("ecosystem", "Industrial ecosystems (any of).", json!({ "type": "string", "enum": ecosystems.clone() })),
        multi("cta", "Critical technology areas (any of).", json!({ "type": "string", "enum": ctas.clone() })),
        { "name": "sort", "in": "query", "required": false, "description": "newest: newest published first; deadline: soonest deadline first; title.",
          "schema": { "type": "string", "enum": ["newest", "deadline", "title"], "default": "newest" } },
        { "name": "limit", "in": "query", "required": false, "schema": { "type": "integer", "minimum": 0, "maximum": 100, "default": 20 } },
        { "name": "offset", "in": "query", "required": false, "schema": { "type": "integer", "minimum": 0, "maximum": domain::Page::MAX_OFFSET, "default": 0 } }
    ]);
    let recommendation_limit = json!({ "name": "limit", "in": "query", "required": false,
        "schema": { "type": "integer", "minimum": 0, "maximum": 50, "default": 10 } });
    let string_list = |values: Value| json!({ "type": "array", "items": { "type": "string", "enum": values } });
    let opportunity_schema = json!({ "type": "object",
        "required": ["id", "organisation_id", "organisation_slug", "organisation_name", "organisation_country", "state", "kind", "title", "description",
                     "language", "technologies", "critical_technologies", "ecosystems", "sectors", "target_countries",
                     "partnerships", "call", "deadline", "visibility", "created_at", "updated_at", "published_at"],
        "properties": {
            "id": { "type": "integer" }, "organisation_id": { "type": "integer" },
            "organisation_slug": { "type": "string" }, "organisation_name": { "type": "string" },
            "organisation_country": { "type": "string", "description": "The publisher's country, ISO 3166-1 alpha-2." },
            "state": { "type": "string", "enum": strings(domain::OpportunityState::ALL.iter(), |v| v.as_str().to_owned()) },
            "kind": { "type": "string", "enum": opportunity_kinds },
            "title": { "type": "string" }, "description": { "type": "string" },
            "language": { "type": "string", "description": "ISO 639-1 code of the text's language." },
            "technologies": string_list(strings(KeyEnablingTechnology::ALL.iter(), |v| v.slug().to_owned())),
            "critical_technologies": string_list(strings(CriticalTechnology::ALL.iter(), |v| v.slug().to_owned())),
            "ecosystems": string_list(strings(Ecosystem::ALL.iter(), |v| v.slug().to_owned())),
            "sectors": { "type": "array", "items": { "type": "string", "description": "NACE section letter." } },
            "target_countries": { "type": "array", "items": { "type": "string" } },
            "partnerships": string_list(strings(domain::PartnershipKind::ALL.iter(), |v| v.as_str().to_owned())),
            "call": { "type": "string", "nullable": true, "description": "The funding call or topic of a partner search." },
            "deadline": { "type": "string", "format": "date" },
            "visibility": { "type": "string", "enum": ["public"] },
            "created_at": { "type": "string", "format": "date-time" },
            "updated_at": { "type": "string", "format": "date-time" },
            "published_at": { "type": "string", "format": "date-time", "nullable": true }
        } });
    let service_schema = json!({ "type": "object",
        "required": ["id", "url", "organisation_slug", "organisation_name", "organisation_country", "kind", "language", "texts",
                     "technologies", "critical_technologies", "ecosystems", "trl_from", "trl_to", "equipment", "accreditations",
                     "price_model", "price_cents", "programmes", "lead_time_days", "answer_days", "languages", "delivery",
                     "countries", "regions", "published_at"],
        "properties": {
            "id": { "type": "integer" }, "url": { "type": "string" },
            "organisation_slug": { "type": "string" }, "organisation_name": { "type": "string" },
            "organisation_country": { "type": "string", "description": "The centre's country, ISO 3166-1 alpha-2." },
            "kind": { "type": "string", "enum": strings(domain::service::ServiceKind::ALL.iter(), |v| v.as_str().to_owned()) },
            "language": { "type": "string", "description": "ISO 639-1 code of the main text's language." },
            "texts": { "type": "object", "description": "Name and description per ISO 639-1 language code.",
                       "additionalProperties": { "type": "object", "required": ["name", "description"],
                           "properties": { "name": { "type": "string" }, "description": { "type": "string" } } } },
            "technologies": string_list(strings(KeyEnablingTechnology::ALL.iter(), |v| v.slug().to_owned())),
            "critical_technologies": string_list(strings(CriticalTechnology::ALL.iter(), |v| v.slug().to_owned())),
            "ecosystems": string_list(strings(Ecosystem::ALL.iter(), |v| v.slug().to_owned())),
            "trl_from": { "type": "integer", "minimum": 1, "maximum": 9 },
            "trl_to": { "type": "integer", "minimum": 1, "maximum": 9 },
            "equipment": { "type": "string" },
            "accreditations": { "type": "array", "items": { "type": "string" } },
            "price_model": { "type": "string", "enum": strings(domain::service::PriceModel::ALL.iter(), |v| v.as_str().to_owned()) },
            "price_cents": { "type": "integer", "nullable": true, "description": "Indicative price in euro cents, per unit of the price model." },
            "programmes": { "type": "array", "items": { "type": "integer" }, "description": "Voucher programmes that pay for it." },
            "lead_time_days": { "type": "integer" },
            "answer_days": { "type": "integer", "description": "Days within which the centre promises a first answer." },
            "languages": { "type": "array", "items": { "type": "string" } },
            "delivery": string_list(strings(domain::service::Delivery::ALL.iter(), |v| v.as_str().to_owned())),
            "countries": { "type": "array", "items": { "type": "string" }, "description": "Countries served; empty means all." },
            "regions": { "type": "array", "items": { "type": "string" }, "description": "NUTS regions served within them." },
            "published_at": { "type": "string", "format": "date-time", "nullable": true }
        } });
    let news_kinds = strings(domain::NewsKind::ALL.iter(), |v| v.as_str().to_owned());
    let languages = strings(domain::organisation::LANGUAGES.iter(), |v| (*v).to_owned());
    let news_params = json!([
        { "name": "language", "in": "query", "required": false, "description": "The language items are written in, ISO 639-1.",
          "schema": { "type": "string", "enum": languages.clone() } },
        { "name": "kind", "in": "query", "required": false, "schema": { "type": "string", "enum": news_kinds.clone() } },
        { "name": "tag", "in": "query", "required": false,
          "description": "A tag, read as tags are kept (lower case, words joined by hyphens); a value no item carries finds nothing.",
          "schema": { "type": "string" } },
        { "name": "organisation", "in": "query", "required": false,
          "description": "The slug of an organisation: items it published, that are about it or that mention it.",
          "schema": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": 80 } },
        { "name": "country", "in": "query", "required": false, "description": "Items that mention this country (ISO 3166-1 alpha-2).",
          "schema": { "type": "string", "enum": strings(domain::CountryCode::all(), |c| c.to_string()) } },
        { "name": "technology", "in": "query", "required": false, "description": "Items that mention this Key Enabling Technology or critical technology area, by slug.",
          "schema": { "type": "string", "enum": strings(KeyEnablingTechnology::ALL.iter().map(|t| t.slug()).chain(domain::CriticalTechnology::ALL.iter().map(|t| t.slug())), |s| s.to_owned()) } },
        { "name": "ecosystem", "in": "query", "required": false, "description": "Items that mention this industrial ecosystem, by slug.",
          "schema": { "type": "string", "enum": strings(Ecosystem::ALL.iter(), |e| e.slug().to_owned()) } },
        { "name": "limit", "in": "query", "required": false, "schema": { "type": "integer", "minimum": 0, "maximum": 100, "default": 20 } },
        { "name": "offset", "in": "query", "required": false, "schema": { "type": "integer", "minimum": 0, "maximum": domain::Page::MAX_OFFSET, "default": 0 } }
    ]);
    let news_schema = json!({ "type": "object",
        "required": ["id", "organisation_id", "organisation_slug", "organisation_name", "state", "kind", "title", "lead", "body",
                     "body_html", "language", "tags", "cover_url", "about", "project_id", "event_id", "translation_of", "created_at", "updated_at", "published_at",
                     "mentions"],
        "properties": {
            "id": { "type": "integer" }, "organisation_id": { "type": "integer" },
            "organisation_slug": { "type": "string" }, "organisation_name": { "type": "string" },
            "state": { "type": "string", "enum": ["published"] },
            "kind": { "type": "string", "enum": news_kinds },
            "title": { "type": "string" },
            "lead": { "type": "string", "description": "One or two sentences for lists and previews." },
            "body": { "type": "string", "description": "The text as written, in Markdown." },
            "body_html": { "type": "string", "description": "The text as the pages show it: sanitised HTML." },
            "language": { "type": "string", "enum": languages },
            "tags": { "type": "array", "items": { "type": "string" } },
            "cover_url": { "type": "string", "nullable": true },
            "about": { "type": "array", "items": { "type": "string" }, "description": "Slugs of the other organisations the item is about." },
            "project_id": { "type": "integer", "nullable": true, "description": "The project page it is about." },
            "event_id": { "type": "integer", "nullable": true, "description": "The event it summarises." },
            "translation_of": { "type": "integer", "nullable": true, "description": "The item this one translates: the story's first version." },
            "mentions": { "type": "array", "description": "What the text mentions, as its writers confirmed it; linked in body_html.",
              "items": { "type": "object", "required": ["kind", "key", "name", "text", "url"], "properties": {
                "kind": { "type": "string", "enum": ["organisation", "project", "event", "call", "country", "city", "technology", "ecosystem"] },
                "key": { "type": "string", "description": "What the platform calls it: an organisation's slug, a project's, event's or call's id, a country code, a taxonomy id." },
                "name": { "type": "string" },
                "text": { "type": "string", "description": "The words the text uses for it first." },
                "url": { "type": "string", "nullable": true } } } },
            "created_at": { "type": "string", "format": "date-time" },
            "updated_at": { "type": "string", "format": "date-time" },
            "published_at": { "type": "string", "format": "date-time", "nullable": true }
        } });
    let event_kinds = strings(domain::EventKind::ALL.iter(), |v| v.as_str().to_owned());
    let event_tags: Vec<String> = KeyEnablingTechnology::ALL
        .iter()
        .map(|t| format!("ket:{}", t.slug()))
        .chain(Ecosystem::ALL.iter().map(|e| format!("eco:{}", e.slug())))
        .collect();
    let event_params = json!([
        { "name": "kind", "in": "query", "required": false, "description": "Types of event (any of).", "explode": true,
          "schema": { "type": "array", "items": { "type": "string", "enum": event_kinds } } },
        { "name": "country", "in": "query", "required": false, "description": "Countries of the venue (any of), ISO 3166-1 alpha-2.", "explode": true,
          "schema": { "type": "array", "items": { "type": "string", "enum": country_codes } } },
        { "name": "technology", "in": "query", "required": false, "description": "Key enabling technologies (ket:…) or ecosystems (eco:…), any of.", "explode": true,
          "schema": { "type": "array", "items": { "type": "string", "enum": event_tags } } },
        { "name": "attendance", "in": "query", "required": false, "description": "online: online or hybrid; on-site: with a venue.",
          "schema": { "type": "string", "enum": ["online", "on-site"] } },
        { "name": "from", "in": "query", "required": false, "description": "Events that end on or after this day (default today).",
          "schema": { "type": "string", "format": "date" } },
        { "name": "to", "in": "query", "required": false, "description": "Events that start on or before this day.",
          "schema": { "type": "string", "format": "date" } },
        { "name": "limit", "in": "query", "required": false, "schema": { "type": "integer", "minimum": 0, "maximum": 100, "default": 20 } },
        { "name": "offset", "in": "query", "required": false, "schema": { "type": "integer", "minimum": 0, "maximum": 100000, "default": 0 } }
    ]);
    let nullable_string = json!({ "type": "string", "nullable": true });
    let event_schema = json!({ "type": "object",
        "required": ["id", "organisation_slug", "organisation_name", "state", "kind", "title", "description", "language",
                     "starts", "ends", "timezone", "starts_at", "ends_at", "attendance", "venue", "city", "country", "capacity",
                     "technologies", "ecosystems", "agenda", "speakers", "destinations", "b2b", "contact_email",
                     "created_at", "updated_at", "published_at"],
        "properties": {
            "id": { "type": "integer" },
            "organisation_slug": { "type": "string" }, "organisation_name": { "type": "string" },
            "state": { "type": "string", "enum": ["published", "cancelled"] },
            "kind": { "type": "string", "enum": event_kinds },
            "title": { "type": "string" }, "description": { "type": "string" },
            "language": { "type": "string", "description": "ISO 639-1 code of the text's language." },
            "starts": { "type": "string", "description": "Wall-clock start in the event's time zone (YYYY-MM-DDTHH:MM:SS)." },
            "ends": { "type": "string", "description": "Wall-clock end in the event's time zone." },
            "timezone": { "type": "string", "description": "IANA time zone of the event." },
            "starts_at": { "type": "string", "format": "date-time" },
            "ends_at": { "type": "string", "format": "date-time" },
            "attendance": { "type": "string", "enum": strings(domain::Attendance::ALL.iter(), |v| v.as_str().to_owned()) },
            "venue": nullable_string, "city": nullable_string, "country": nullable_string,
            "capacity": { "type": "integer", "nullable": true, "description": "Places; null when unlimited." },
            "technologies": string_list(strings(KeyEnablingTechnology::ALL.iter(), |v| v.slug().to_owned())),
            "ecosystems": string_list(strings(Ecosystem::ALL.iter(), |v| v.slug().to_owned())),
            "agenda": { "type": "array", "items": { "type": "object", "required": ["when", "what"],
                "properties": { "when": { "type": "string" }, "what": { "type": "string" } } } },
            "speakers": { "type": "array", "items": { "type": "object", "required": ["name", "affiliation"],
                "properties": { "name": { "type": "string" }, "affiliation": nullable_string } } },
            "destinations": { "type": "array", "items": { "type": "string" }, "description": "A business mission's destination countries." },
            "b2b": { "type": "boolean", "description": "Participants book B2B meetings with each other." },
            "contact_email": { "type": "string" },
            "created_at": { "type": "string", "format": "date-time" },
            "updated_at": { "type": "string", "format": "date-time" },
            "published_at": { "type": "string", "format": "date-time", "nullable": true }
        } });
    let mut project_params = vec![json!({ "name": "q", "in": "query", "required": false,
        "description": "Part of the acronym.", "schema": { "type": "string", "maxLength": 200 } })];
    project_params.extend(paging(domain::Page::MAX_LIMIT));

    let org_ref = json!({
        "type": "object",
        "required": ["slug", "name", "kind", "country", "city"],
        "properties": {
            "slug": { "type": "string" }, "name": { "type": "string" },
            "kind": { "type": "string", "enum": kinds }, "country": country,
            "city": nullable(json!({ "type": "string" }))
        }
    });
    let count = nullable(json!({ "type": "integer", "minimum": 0 }));
    let organisation_properties = json!({
        "id": { "type": "integer" },
        "slug": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" },
        "name": { "type": "string" },
        "short_name": nullable(json!({ "type": "string" })),
        "kind": { "type": "string", "enum": kinds },
        "country": country,
        "nuts_code": nullable(json!({ "type": "string" })),
        "city": nullable(json!({ "type": "string" })),
        "coordinates": nullable(json!({ "type": "object", "required": ["lat", "lon"],
            "properties": { "lat": { "type": "number" }, "lon": { "type": "number" } } })),
        "website": nullable(json!({ "type": "string", "format": "uri" })),
        "descriptions": { "type": "object", "description": "Descriptions by ISO 639-1 language code.",
                          "additionalProperties": { "type": "string" } },
        "nace_codes": { "type": "array", "items": { "type": "string" } },
        "ecosystems": { "type": "array", "items": { "type": "string", "enum": ecosystems } },
        "technologies": { "type": "array", "items": { "type": "string", "enum": kets } },
        "critical_technologies": { "type": "array", "items": { "type": "string", "enum": ctas } },
        "members": { "type": "object", "required": ["smes", "large", "research"],
                     "properties": { "smes": count, "large": count, "research": count } },
        "founded": nullable(json!({ "type": "integer" })),
        "label": nullable(json!({ "type": "string", "enum": labels })),
        "is_sme": { "type": "boolean" },
        "target_markets": { "type": "array", "items": country },
        "languages": { "type": "array", "items": { "type": "string" } },
        "cordis_id": nullable(json!({ "type": "string" })),
        "updated_at": { "type": "string", "format": "date-time" }
    });
    let member_count =
        nullable(json!({ "type": "integer", "minimum": 0, "maximum": domain::organisation::MAX_MEMBERS }));
    // What the input accepts: known values (either case where the API ignores case), or empty
    // list entries, which are skipped.
    let with_empty = |values: &Value| {
        let mut v = values.as_array().cloned().unwrap_or_default();
        v.push(json!(""));
        Value::Array(v)
    };
    // A NACE section letter, or a class code of an existing division ("26", "26.1", "26.11"),
    // optionally after its section letter ("C26.11").
    let divisions: Vec<String> = (1..=99u8)
        .map(|d| format!("{d:02}"))
        .filter(|d| domain::NaceCode::parse(d).is_ok())
        .collect();
    let nace_pattern = format!("^([A-Ua-u]|[A-Za-z]*({})(\\.[0-9]{{1,2}})?)?$", divisions.join("|"));
    let country_input = json!({ "type": "string", "enum": country_codes.clone() });
    let language_codes: Vec<&str> = domain::organisation::LANGUAGES.to_vec();
    let input_properties = json!({
            "name": required_text(domain::organisation::MAX_NAME),
            "short_name": nullable(free_text(domain::organisation::MAX_SHORT_NAME)),
            "country": country_input,
            "nuts_code": nullable(json!({ "type": "string", "pattern": "^([A-Za-z]{2}[A-Za-z0-9]{0,3})?$" })),
            "city": nullable(free_text(domain::organisation::MAX_CITY)),
            "coordinates": nullable(json!({ "type": "object", "required": ["lat", "lon"], "additionalProperties": false,
                "properties": { "lat": { "type": "number", "minimum": -90, "maximum": 90 },
                                "lon": { "type": "number", "minimum": -180, "maximum": 180 } } })),
            "website": nullable(json!({ "type": "string", "maxLength": 480,
                "description": "http(s) address; a bare host name such as www.example.eu gets https://.",
                "pattern": "^(([Hh][Tt][Tt][Pp][Ss]?://)?[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+(:[0-9]{1,5})?([/?#][^\\s\"<>\\u0000-\\u001f\\u007f-\\u009f]*)?)?$" })),
            "descriptions": { "type": "object", "description": "Descriptions by ISO 639-1 language code.",
                              "additionalProperties": false,
                              "properties": domain::organisation::LANGUAGES.iter()
                                  .map(|l| ((*l).to_owned(), free_text(domain::organisation::MAX_DESCRIPTION)))
                                  .collect::<serde_json::Map<String, Value>>() },
            "nace_codes": { "type": "array", "items": { "type": "string", "pattern": nace_pattern } },
            "ecosystems": { "type": "array", "items": { "type": "string", "enum": with_empty(&ecosystems) } },
            "technologies": { "type": "array", "items": { "type": "string", "enum": with_empty(&kets) } },
            "critical_technologies": { "type": "array", "items": { "type": "string", "enum": with_empty(&ctas) } },
            "members_smes": member_count, "members_large": member_count, "members_research": member_count,
            "founded": nullable(json!({ "type": "integer", "minimum": 1800, "maximum": 2100 })),
            "is_sme": { "type": "boolean", "default": false },
            "target_markets": { "type": "array", "items": { "type": "string", "enum": with_empty(&json!(country_codes)) } },
            "languages": { "type": "array", "items": { "type": "string", "enum": with_empty(&json!(language_codes)) } },
            "cordis_id": nullable(json!({ "type": "string", "description": "Ignored: the CORDIS identifier is kept as stored." }))
    });
    // Only clusters carry a label: one schema for clusters, one for every other kind.
    let variant = |kinds: Vec<&str>, label: Value| {
        let mut properties = input_properties.clone();
        properties["kind"] = json!({ "type": "string", "enum": kinds });
        properties["label"] = label;
        json!({ "type": "object", "additionalProperties": false, "required": ["name", "kind", "country"], "properties": properties })
    };
    let other_kinds: Vec<&str> = OrganisationType::ALL
        .iter()
        .filter(|k| **k != OrganisationType::Cluster)
        .map(|k| k.as_str())
        .collect();
    let organisation_input = json!({ "oneOf": [
        variant(vec![OrganisationType::Cluster.as_str()], nullable(json!({ "type": "string", "enum": labels }))),
        variant(other_kinds, json!({ "type": "string", "nullable": true, "enum": [null], "description": "Only clusters carry a label." }))
    ] });
    let organisation_required: Vec<&str> = organisation_properties
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default();
    let mut details_properties = organisation_properties.clone();
    details_properties["region_name"] = nullable(json!({ "type": "string" }));
    details_properties["member_organisations"] = json!({ "type": "array", "description": "Members, when this is a cluster.",
                                            "items": { "$ref": "#/components/schemas/OrganisationRef" } });
    details_properties["member_of"] =
        json!({ "type": "array", "items": { "$ref": "#/components/schemas/OrganisationRef" } });
    details_properties["partners"] =
        json!({ "type": "array", "items": { "$ref": "#/components/schemas/OrganisationRef" } });
    details_properties["participations"] =
        json!({ "type": "array", "items": { "$ref": "#/components/schemas/Participation" } });
    let details_required: Vec<&str> = [
        organisation_required.clone(),
        vec![
            "region_name",
            "member_organisations",
            "member_of",
            "partners",
            "participations",
        ],
    ]
    .concat();
    let project_properties = json!({
        "id": { "type": "integer" },
        "acronym": { "type": "string" },
        "cordis_id": nullable(json!({ "type": "string" })),
        "title": nullable(json!({ "type": "string" })),
        "programme": nullable(json!({ "type": "string" })),
        "participant_count": { "type": "integer", "minimum": 0 },
        "topics": { "type": "array", "description": "Call topics the project was funded under (CORDIS).",
                    "items": { "type": "object", "required": ["code", "title"],
                               "properties": { "code": { "type": "string" }, "title": { "type": "string" } } } },
        "keywords": { "type": "array", "description": "Fields of science (EuroSciVoc, CORDIS).", "items": { "type": "string" } },
        "details": { "type": "object", "description": "What the consortium entered on the project's page.",
            "required": ["summary", "starts", "ends", "budget", "technologies", "critical_technologies", "ecosystems", "target_markets", "website"],
            "properties": {
                "summary": nullable(json!({ "type": "string" })),
                "starts": nullable(json!({ "type": "string", "format": "date" })),
                "ends": nullable(json!({ "type": "string", "format": "date" })),
                "budget": nullable(json!({ "type": "integer", "description": "Total budget in euro cents." })),
                "technologies": { "type": "array", "items": { "type": "string", "enum": kets } },
                "critical_technologies": { "type": "array", "items": { "type": "string", "enum": ctas } },
                "ecosystems": { "type": "array", "items": { "type": "string", "enum": ecosystems } },
                "target_markets": { "type": "array", "items": country },
                "website": nullable(json!({ "type": "string" }))
            } }
    });
    let mut project_details = project_properties.clone();
    project_details["cordis_url"] = nullable(json!({ "type": "string", "format": "uri" }));
    project_details["participants"] =
        json!({ "type": "array", "items": { "$ref": "#/components/schemas/Participation" } });
    project_details["news"] = json!({ "type": "array", "items": { "type": "object",
        "required": ["id", "title", "body", "created_at", "organisation_slug", "organisation_name"],
        "properties": { "id": { "type": "integer" }, "title": { "type": "string" }, "body": { "type": "string" },
                        "created_at": { "type": "string", "format": "date-time" },
                        "organisation_slug": nullable(json!({ "type": "string" })),
                        "organisation_name": nullable(json!({ "type": "string" })) } } });
    project_details["events"] = json!({ "type": "array", "items": { "type": "object",
        "required": ["id", "title", "starts_at", "href"],
        "properties": { "id": { "type": "integer" }, "title": { "type": "string" },
                        "starts_at": { "type": "string", "format": "date-time" }, "href": { "type": "string" } } } });

    let cents = |description: &str| json!({ "type": "integer", "description": description });
    let deadline = json!({ "type": "object", "required": ["at", "timezone"], "properties": {
        "at": { "type": "string", "format": "date-time", "description": "The instant, in UTC." },
        "timezone": { "type": "string", "description": "The IANA zone it was announced in (Europe/Brussels for the EU portal)." } } });
    let call_properties = json!({
        "id": { "type": "integer" },
        "reference": { "type": "string", "description": "The portal's reference, unique." },
        "identifier": { "type": "string", "description": "The topic identifier; cascade calls of one topic share it." },
        "programme": { "type": "string" },
        "title": { "type": "string" },
        "status": { "type": "string", "enum": ["forthcoming", "open", "closed"], "description": "At the time of the request." },
        "action_type": nullable(json!({ "type": "string" })),
        "grant_type": nullable(json!({ "type": "string" })),
        "submission_procedure": nullable(json!({ "type": "string" })),
        "opens": nullable(json!({ "type": "string", "format": "date-time" })),
        "deadlines": { "type": "array", "items": deadline.clone(), "description": "Cut-offs, earliest first." },
        "next_deadline": nullable(deadline.clone()),
        "budget_min": nullable(cents("Euro cents.")),
        "budget_max": nullable(cents("Euro cents.")),
        "currency": { "type": "string" },
        "expected_grants": nullable(json!({ "type": "integer", "minimum": 0 })),
        "cascade": { "type": "boolean", "description": "A cascade (competitive) call published by a beneficiary of EU funds." },
        "url": { "type": "string" },
        "href": { "type": "string", "description": "The call's page on this site." }
    });
    let call_required: Vec<String> = call_properties
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    let call_schema =
        json!({ "type": "object", "required": call_required.clone(), "properties": call_properties.clone() });
    let mut call_details_props = call_properties.clone();
    call_details_props["description_html"] = json!({ "type": "string", "description": "Sanitised HTML." });
    call_details_props["updated_at"] = json!({ "type": "string", "format": "date-time" });
    let mut call_details_required = call_required.clone();
    call_details_required.extend(["description_html".to_owned(), "updated_at".to_owned()]);
    let call_details = json!({ "type": "object", "required": call_details_required, "properties": call_details_props });
    let mut fit_props = call_properties.clone();
    fit_props["score"] = json!({ "type": "number", "description": "The weighted sum of the call ranking's features (docs/MATCHING.md)." });
    fit_props["reasons"] =
        json!({ "type": "array", "items": { "type": "string" }, "description": "Why, in the reader's language." });
    let mut fit_required = call_required.clone();
    fit_required.extend(["score".to_owned(), "reasons".to_owned()]);
    let call_fit = json!({ "type": "object", "required": fit_required, "properties": fit_props });
    let mut call_params = vec![
        json!({ "name": "status", "in": "query", "required": false,
                "schema": { "type": "string", "enum": ["open", "forthcoming", "closed", "all"], "default": "open" } }),
        multi(
            "programme",
            "Programme codes (any of), e.g. HORIZON, SMP, DIGITAL.",
            json!({ "type": "string", "pattern": "^[A-Za-z0-9]{1,20}$" }),
        ),
        json!({ "name": "cascade", "in": "query", "required": false,
                "description": "yes: only cascade calls; no: only calls of the EU programmes.",
                "schema": { "type": "string", "enum": ["yes", "no"] } }),
    ];
    call_params.extend(paging(crate::routes::api::funding::MAX_LIMIT));
    let recommendation_limit_calls = json!({ "name": "limit", "in": "query", "required": false,
        "schema": { "type": "integer", "minimum": 0, "maximum": 50, "default": 10 } });
    let programme_properties = json!({
        "id": { "type": "integer" },
        "title": { "type": "string" },
        "summary": { "type": "string" },
        "organisation": { "type": "object", "required": ["slug", "name"],
                          "properties": { "slug": { "type": "string" }, "name": { "type": "string" } } },
        "currency": { "type": "string" },
        "budget": cents("In cents of the currency."),
        "max_grant": cents("In cents of the currency."),
        "committed": cents("The sum of the grants awarded, in cents."),
        "remaining": cents("Budget minus committed, in cents."),
        "deadline": deadline,
        "open": { "type": "boolean", "description": "Applications are taken (until and including the deadline)." },
        "eligible_countries": { "type": "array", "items": country.clone(), "description": "Empty: any country." },
        "eligible_types": { "type": "array", "items": { "type": "string", "enum": kinds.clone() }, "description": "Empty: any kind." },
        "questions": { "type": "array", "items": { "type": "string" } },
        "criteria": { "type": "array", "items": { "type": "object", "required": ["name", "weight"],
                      "properties": { "name": { "type": "string" }, "weight": { "type": "integer", "minimum": 1, "maximum": 100 } } } },
        "application_count": { "type": "integer", "minimum": 0 },
        "funded_count": { "type": "integer", "minimum": 0 },
        "href": { "type": "string" }
    });
    let programme_required: Vec<String> = programme_properties
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    let programme_schema =
        json!({ "type": "object", "required": programme_required.clone(), "properties": programme_properties.clone() });
    let mut programme_details_props = programme_properties.clone();
    programme_details_props["funded"] = json!({ "type": "array", "items": { "type": "object",
        "required": ["project_title", "summary", "organisation", "centre", "grant", "awarded_at", "reports"],
        "properties": {
            "project_title": { "type": "string" }, "summary": { "type": "string" },
            "organisation": { "type": "object", "required": ["slug", "name", "country"], "properties": {
                "slug": { "type": "string" }, "name": { "type": "string" }, "country": { "type": "string" } } },
            "centre": { "type": "object", "required": ["slug", "name"], "properties": {
                "slug": { "type": "string" }, "name": { "type": "string" } } },
            "grant": nullable(cents("In cents.")),
            "awarded_at": nullable(json!({ "type": "string", "format": "date-time" })),
            "reports": { "type": "array", "items": { "type": "object", "required": ["created_at", "body"], "properties": {
                "created_at": { "type": "string", "format": "date-time" }, "body": { "type": "string" } } } }
        } } });
    let mut programme_details_required = programme_required.clone();
    programme_details_required.push("funded".to_owned());
    let programme_details =
        json!({ "type": "object", "required": programme_details_required, "properties": programme_details_props });

    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "clusterhub API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "The organisation directory and collaboration projects of a clusterhub platform. \
                            Errors answer {\"error\": {\"code\", \"message\", \"parameter\"?}} with a stable snake_case code, \
                            also those refused before the API reads a request (`too_large`, `invalid_json`, \
                            `unsupported_media_type`, `method_not_allowed`, `bad_request`). In a query, an empty value \
                            means any (as the pages' forms send it).",
            "license": { "name": "AGPL-3.0-or-later" }
        },
        "servers": [{ "url": "/" }],
        "paths": {
            "/api/v1/organisations": { "get": {
                "operationId": "listOrganisations", "summary": "List organisations of the directory",
                "tags": ["organisations"], "parameters": org_params,
                "responses": { "200": ok("OrganisationList"), "400": error_response("A parameter is invalid; `parameter` names it.") }
            } },
            "/api/v1/organisations/{slug}": {
                "get": {
                    "operationId": "getOrganisation", "summary": "One organisation with its relations and projects",
                    "tags": ["organisations"],
                    "parameters": [{ "name": "slug", "in": "path", "required": true, "schema": { "type": "string" } }],
                    "responses": { "200": ok("OrganisationDetails"), "404": error_response("No such organisation.") }
                },
                "put": {
                    "operationId": "replaceOrganisation", "summary": "Replace an organisation's profile",
                    "description": "Replaces every profile field (memberships, partnerships and projects stay; the CORDIS \
                                    identifier cannot be changed). Needs a token with the write scope whose owner administers \
                                    the organisation, or is a platform admin. Invalid bodies answer 422 with every field at \
                                    fault in `error.fields`.",
                    "tags": ["organisations"],
                    "security": [{ "bearerToken": ["write"] }],
                    "parameters": [{ "name": "slug", "in": "path", "required": true, "schema": { "type": "string" } }],
                    "requestBody": { "required": true, "content": { "application/json": {
                        "schema": { "$ref": "#/components/schemas/OrganisationInput" } } } },
                    "responses": {
                        "200": ok("OrganisationDetails"),
                        "401": error_response("No valid token."),
                        "403": error_response("The token lacks the write scope, or its owner does not administer the organisation."),
                        "400": error_response("The body is not JSON (`invalid_json`, saying where it goes wrong), or the address cannot be read."),
                        "404": error_response("No such organisation."),
                        "413": error_response("The body is too large (`too_large`)."),
                        "415": error_response("The body is not sent as application/json (`unsupported_media_type`)."),
                        "422": error_response("The body is not a valid profile; `error.fields` names each problem.")
                    }
                }
            },
            "/api/v1/me": { "get": {
                "operationId": "getMe", "summary": "The token's owner, its scope and their organisations",
                "tags": ["accounts"],
                "security": [{ "bearerToken": ["read"] }],
                "responses": { "200": ok("Me"), "401": error_response("No valid token.") }
            } },
            "/api/v1/projects": { "get": {
                "operationId": "listProjects", "summary": "List collaboration projects",
                "tags": ["projects"], "parameters": project_params,
                "responses": { "200": ok("ProjectList"), "400": error_response("A parameter is invalid.") }
            } },
            "/api/v1/projects/{id}": { "get": {
                "operationId": "getProject", "summary": "One project with its consortium",
                "tags": ["projects"],
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }],
                "responses": { "200": ok("ProjectDetails"), "404": error_response("No such project.") }
            } },
            "/api/v1/events": { "get": {
                "operationId": "listEvents", "summary": "The events calendar, soonest first, with the calendar's filters",
                "tags": ["events"], "parameters": event_params,
                "responses": { "200": ok("EventList"), "400": error_response("A parameter is invalid; `parameter` names it.") }
            } },
            "/api/v1/events/{id}": { "get": {
                "operationId": "getEvent", "summary": "One published (or called-off) event",
                "tags": ["events"],
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }],
                "responses": { "200": ok("Event"), "404": error_response("No such published event.") }
            } },
            "/api/v1/news": { "get": {
                "operationId": "listNews", "summary": "List published news, newest first",
                "tags": ["news"], "parameters": news_params,
                "responses": { "200": ok("NewsList"), "400": error_response("A parameter is invalid; `parameter` names it.") }
            } },
            "/api/v1/news/{id}": { "get": {
                "operationId": "getNews", "summary": "One published news item",
                "tags": ["news"],
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }],
                "responses": { "200": ok("News"), "404": error_response("No such published news item.") }
            } },
            "/api/v1/opportunities": { "get": {
                "operationId": "listOpportunities", "summary": "List published cooperation opportunities, newest first",
                "tags": ["marketplace"], "parameters": opportunity_params,
                "responses": { "200": ok("OpportunityList"), "400": error_response("A parameter is invalid; `parameter` names it.") }
            } },
            "/api/v1/opportunities/{id}": { "get": {
                "operationId": "getOpportunity", "summary": "One published opportunity",
                "tags": ["marketplace"],
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }],
                "responses": { "200": ok("Opportunity"), "404": error_response("No such published opportunity.") }
            } },
            "/api/v1/opportunities/{id}/recommendations": { "get": {
                "operationId": "recommendForOpportunity",
                "summary": "Organisations and opportunities ranked for an opportunity, with the reasons",
                "tags": ["marketplace"],
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }, recommendation_limit.clone()],
                "responses": { "200": ok("Recommendations"), "400": error_response("A parameter is invalid."),
                               "404": error_response("No such published opportunity.") }
            } },
            "/api/v1/organisations/{slug}/recommendations": { "get": {
                "operationId": "recommendForOrganisation",
                "summary": "Partners and open requests ranked for an organisation, with the reasons",
                "tags": ["marketplace"],
                "parameters": [{ "name": "slug", "in": "path", "required": true, "schema": { "type": "string" } }, recommendation_limit],
                "responses": { "200": ok("Recommendations"), "400": error_response("A parameter is invalid."),
                               "404": error_response("No such organisation.") }
            } },
            "/api/v1/services": { "get": {
                "operationId": "listServices", "summary": "Search the published technology services",
                "description": "The catalogue's search: words in any language, the facets of services (service kind, \
                                technology, critical, ecosystem, country of the centre, delivery, price, language) and \
                                a distance filter, best match first.",
                "tags": ["services"], "parameters": service_params,
                "responses": { "200": ok("ServiceList"), "400": error_response("A parameter is invalid; `parameter` names it."),
                               "404": error_response("No organisation of the directory is located in the place given as `near`.") }
            } },
            "/api/v1/services/{id}": { "get": {
                "operationId": "getService", "summary": "One published technology service",
                "tags": ["services"],
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }],
                "responses": { "200": ok("Service"), "404": error_response("No such published service.") }
            } },
            "/api/v1/statistics": { "get": {
                "operationId": "statistics", "summary": "The statistics page's figures, labelled in the reader's language",
                "tags": ["statistics"], "parameters": [lang_param.clone()],
                "responses": { "200": ok("StatisticsAll"), "400": error_response("A parameter is invalid; `parameter` names it.") }
            } },
            "/api/v1/statistics/map": { "get": {
                "operationId": "mapFigures", "summary": "A map's figure per country or NUTS region, for what the directory's filter finds",
                "tags": ["statistics"], "parameters": map_params,
                "responses": { "200": ok("MapFigures"), "400": error_response("A parameter is invalid; `parameter` names it.") }
            } },
            "/api/v1/statistics/{figure}": { "get": {
                "operationId": "statistic", "summary": "One figure of the statistics page",
                "tags": ["statistics"],
                "parameters": [{ "name": "figure", "in": "path", "required": true,
                                 "schema": { "type": "string", "enum": crate::routes::maps::FIGURES } }, lang_param.clone()],
                "responses": { "200": ok("Statistic"), "400": error_response("A parameter is invalid."), "404": error_response("No such figure.") }
            } },
            "/api/v1/search": { "get": {
                "operationId": "search", "summary": "Search organisations, projects, opportunities, events, calls and news",
                "description": "Full-text search in the reader's language and English, with typo tolerance, \"exact phrases\", \
                                -excluded words and, with typing=true, completion of the last word. Facet parameters narrow \
                                the results (values of one facet are alternatives); facet counts of a facet in use ignore \
                                its own filter. A distance filter takes near (a city or region of the directory) or at \
                                (latitude,longitude), with km. Overlong queries are cut and say so in notices.",
                "tags": ["search"], "parameters": search_params,
                "responses": { "200": ok("SearchResults"), "400": error_response("A parameter is invalid; `parameter` names it."),
                               "404": error_response("No organisation of the directory is located in the place given as `near`.") }
            } },
            "/api/v1/calls": { "get": {
                "operationId": "listCalls", "summary": "Funding calls: open ones by default, closing soonest first",
                "tags": ["funding"], "parameters": call_params,
                "responses": { "200": ok("CallList"), "400": error_response("A parameter is invalid; `parameter` names it.") }
            } },
            "/api/v1/calls/{id}": { "get": {
                "operationId": "getCall", "summary": "One funding call with its (sanitised) description",
                "tags": ["funding"],
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }],
                "responses": { "200": ok("CallDetails"), "404": error_response("No such call.") }
            } },
            "/api/v1/organisations/{slug}/calls": { "get": {
                "operationId": "callsForOrganisation",
                "summary": "Open and forthcoming calls that fit an organisation, with the reasons",
                "tags": ["funding"],
                "parameters": [{ "name": "slug", "in": "path", "required": true, "schema": { "type": "string" } }, recommendation_limit_calls],
                "responses": { "200": ok("CallFits"), "400": error_response("A parameter is invalid."),
                               "404": error_response("No such organisation.") }
            } },
            "/api/v1/programmes": { "get": {
                "operationId": "listProgrammes", "summary": "Cascade-funding programmes, open ones first",
                "tags": ["funding"], "parameters": paging(crate::routes::api::funding::MAX_LIMIT),
                "responses": { "200": ok("ProgrammeList"), "400": error_response("A parameter is invalid.") }
            } },
            "/api/v1/programmes/{id}": { "get": {
                "operationId": "getProgramme", "summary": "One programme with its funded projects, money committed and progress reports",
                "tags": ["funding"],
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }],
                "responses": { "200": ok("ProgrammeDetails"), "404": error_response("No such programme.") }
            } },
            "/healthz": { "get": {
                "operationId": "health", "summary": "Liveness", "tags": ["operations"],
                "responses": { "200": { "description": "The process answers." } }
            } },
            "/readyz": { "get": {
                "operationId": "ready", "summary": "Readiness: not stopping, and the database answers", "tags": ["operations"],
                "responses": { "200": { "description": "Ready." }, "503": { "description": "The server is stopping (`draining`) or the database is unavailable." } }
            } }
        },
        "components": {
          "securitySchemes": {
            "bearerToken": {
                "type": "http", "scheme": "bearer",
                "description": "A personal API token (`chub_…`), created on the account page, scoped read or read+write, \
                                revocable there. Reading public data needs no token."
            }
          },
          "schemas": {
            "OrganisationInput": organisation_input,
            "Me": { "type": "object", "required": ["id", "email", "display_name", "role", "email_confirmed", "created_at", "scope", "organisations"],
                "properties": {
                    "id": { "type": "integer" }, "email": { "type": "string" }, "display_name": { "type": "string" },
                    "role": { "type": "string", "enum": ["user", "moderator", "admin"] },
                    "email_confirmed": { "type": "boolean" },
                    "created_at": { "type": "string", "format": "date-time" },
                    "scope": { "type": "string", "enum": ["read", "write"] },
                    "organisations": { "type": "array", "items": { "type": "object",
                        "required": ["organisation_id", "slug", "name", "role"],
                        "properties": { "organisation_id": { "type": "integer" }, "slug": { "type": "string" },
                                        "name": { "type": "string" }, "role": { "type": "string", "enum": ["member", "admin"] } } } }
                } },
            "Organisation": { "type": "object", "required": organisation_required, "properties": organisation_properties },
            "OrganisationDetails": {
                "type": "object",
                "required": details_required,
                "properties": details_properties
            },
            "OrganisationRef": org_ref,
            "OrganisationList": list_of("Organisation"),
            "Participation": { "type": "object",
                "required": ["project_id", "project_acronym", "project_cordis_id", "organisation_slug", "organisation_name",
                             "organisation_country", "role", "ec_contribution"],
                "properties": {
                    "project_id": { "type": "integer" }, "project_acronym": { "type": "string" },
                    "project_cordis_id": nullable(json!({ "type": "string" })),
                    "organisation_slug": { "type": "string" }, "organisation_name": { "type": "string" },
                    "organisation_country": { "type": "string" },
                    "role": { "type": "string", "enum": roles },
                    "ec_contribution": nullable(json!({ "type": "integer", "description": "EU contribution in euro cents." }))
                } },
            "Project": { "type": "object", "required": ["id", "acronym", "cordis_id", "title", "programme", "participant_count", "topics", "keywords", "details"],
                         "properties": project_properties },
            "ProjectDetails": { "type": "object",
                "required": ["id", "acronym", "cordis_id", "title", "programme", "participant_count", "topics", "keywords", "details", "cordis_url", "participants", "news", "events"],
                "properties": project_details },
            "ProjectList": list_of("Project"),
            "Event": event_schema,
            "EventList": list_of("Event"),
            "News": news_schema,
            "NewsList": list_of("News"),
            "Opportunity": opportunity_schema,
            "OpportunityList": list_of("Opportunity"),
            "Service": service_schema,
            "ServiceList": list_of("Service"),
            "Statistic": { "type": "object", "required": ["figure", "unit", "rows"], "properties": {
                "figure": { "type": "string" }, "unit": { "type": "string", "enum": ["count", "EUR"] },
                "rows": { "type": "array", "items": { "type": "object", "required": ["key", "label", "value"], "properties": {
                    "key": { "type": "string" }, "label": { "type": "string" }, "value": { "type": "number" },
                    "contribution_eur": { "type": "number", "description": "EU contribution beside a count of projects." } } } } } },
            "StatisticsAll": { "type": "object", "required": ["figures"], "properties": {
                "figures": { "type": "object", "additionalProperties": { "$ref": "#/components/schemas/Statistic" } } } },
            "MapFigures": { "type": "object", "required": ["measure", "level", "unit", "total", "unplaced", "regions"], "properties": {
                "measure": { "type": "string" }, "level": { "type": "string" }, "unit": { "type": "string", "enum": ["count", "EUR"] },
                "total": { "type": "number" }, "unplaced": { "type": "integer", "description": "Organisations without a region of this level." },
                "regions": { "type": "array", "items": { "type": "object", "required": ["code", "name", "value"], "properties": {
                    "code": { "type": "string", "description": "NUTS code (GISCO's EL and UK for Greece and the United Kingdom)." },
                    "name": { "type": "string" }, "value": { "type": "number" } } } } } },
            "Recommendations": { "type": "object", "required": ["ready", "items"], "properties": {
                "ready": { "type": "boolean", "description": "False while the node builds its matching index after a start." },
                "items": { "type": "array", "items": { "type": "object",
                    "required": ["kind", "id", "name", "href", "country", "score", "reasons"],
                    "properties": {
                        "kind": { "type": "string", "enum": ["organisation", "opportunity"] },
                        "id": { "type": "integer" }, "name": { "type": "string" },
                        "href": { "type": "string", "description": "The page of the recommended organisation or opportunity." },
                        "country": { "type": "string", "nullable": true },
                        "score": { "type": "number", "description": "The weighted sum of the ranking's features (docs/MATCHING.md)." },
                        "reasons": { "type": "array", "items": { "type": "string" }, "description": "Why, in plain words of the reader's language, strongest first." }
                    } } }
            } },
            "Call": call_schema,
            "CallDetails": call_details,
            "CallList": list_of("Call"),
            "CallFits": { "type": "object", "required": ["items"], "properties": {
                "items": { "type": "array", "items": call_fit } } },
            "Programme": programme_schema,
            "ProgrammeDetails": programme_details,
            "ProgrammeList": list_of("Programme"),
            "SearchResults": { "type": "object",
                "required": ["query", "language", "total", "hits", "facets", "relaxed", "notices", "limit", "offset", "next"],
                "properties": {
                    "query": { "type": "string" },
                    "language": { "type": "string", "description": "The language the query was analysed in (besides English)." },
                    "total": { "type": "integer", "minimum": 0 },
                    "hits": { "type": "array", "items": { "$ref": "#/components/schemas/SearchHit" } },
                    "facets": { "type": "object", "description": "For each facet, its values with the number of results each gives.",
                                "additionalProperties": { "type": "array", "items": { "type": "object", "required": ["value", "count"],
                                    "properties": { "value": { "type": "string" }, "count": { "type": "integer" } } } } },
                    "relaxed": { "type": "boolean", "description": "No result had every word; results with some of them are given." },
                    "notices": { "type": "array", "items": { "type": "object", "required": ["code"], "properties": {
                        "code": { "type": "string", "enum": ["truncated", "unknown_facet_value"] },
                        "max_chars": { "type": "integer" }, "max_words": { "type": "integer" },
                        "facet": { "type": "string" }, "value": { "type": "string" } } } },
                    "limit": { "type": "integer" },
                    "offset": { "type": "integer" },
                    "next": { "type": "string", "nullable": true }
                } },
            "SearchHit": { "type": "object",
                "required": ["key", "kind", "url", "title", "title_html", "snippet_html", "meta", "score"],
                "properties": {
                    "key": { "type": "string", "description": "kind:id, unique in the index." },
                    "kind": { "type": "string", "enum": ["organisation", "project", "opportunity", "event", "call", "news", "service"] },
                    "url": { "type": "string", "description": "The page of the result on this site." },
                    "title": { "type": "string" },
                    "title_html": { "type": "string", "description": "The title, HTML-escaped, matched words in <mark>." },
                    "snippet_html": { "type": "string", "description": "The passage that matched, HTML-escaped, matched words in <mark>." },
                    "meta": { "type": "object", "description": "Display data by kind: type, country, city of an organisation; participants, coordinator, countries of a project." },
                    "score": { "type": "number" },
                    "distance_km": { "type": "number", "description": "With a distance filter: how far the result is." }
                } },
            "Error": { "type": "object", "required": ["error"], "properties": { "error": {
                "type": "object", "required": ["code", "message"],
                "properties": { "code": { "type": "string" }, "message": { "type": "string" }, "parameter": { "type": "string" },
                    "fields": { "type": "array", "items": { "type": "object", "required": ["field", "code", "message"],
                        "properties": { "field": { "type": "string" },
                            "code": { "type": "string", "description": "What is wrong, stable across wordings of the message.",
                                "enum": strings(domain::Code::ALL, |c| serde_json::to_value(c).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()) },
                            "message": { "type": "string" } } } } }
            } } }
          }
        }
    })
}

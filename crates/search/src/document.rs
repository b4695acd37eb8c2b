//! What the engine indexes: a kind-agnostic document. Each kind of content (organisations,
//! projects, and later offers, events, calls, news) maps its records to documents in
//! [`crate::sources`]; the engine never looks at a kind's own types.

use crate::lang::Lang;

/// A piece of text and the language it is written in, when known; unknown languages are detected.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub lang: Option<Lang>,
    pub text: String,
}

impl Text {
    pub fn new(lang: Option<Lang>, text: impl Into<String>) -> Self {
        Self {
            lang,
            text: text.into(),
        }
    }
}

/// One searchable thing.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    /// The kind of content, also offered as the `kind` facet: "organisation", "project", …
    pub kind: String,
    /// Unique within its kind; with the kind it makes the document's key.
    pub id: String,
    /// Where the result leads, relative to the site.
    pub url: String,
    pub title: String,
    /// Other names: short names, acronyms. Matched like the title.
    pub aliases: Vec<String>,
    /// Descriptions, each in its language.
    pub texts: Vec<Text>,
    /// Words a document should be found by without showing them: taxonomy labels, country and
    /// region names, each in its language.
    pub keywords: Vec<Text>,
    /// (facet, value) pairs such as ("country", "DE"); a facet may have several values.
    pub facets: Vec<(String, String)>,
    /// Latitude and longitude in degrees.
    pub position: Option<(f64, f64)>,
    /// The language to assume when detection is unsure (the country's language, say).
    pub language_hint: Option<Lang>,
    /// Small display data a result shows, by kind (type, city, country…), as JSON.
    pub meta: serde_json::Value,
}

impl Document {
    pub fn key(&self) -> String {
        key(&self.kind, &self.id)
    }

    /// The document's language: declared by its first text that declares one, else detected
    /// from its title and texts, else the hint.
    pub fn language(&self) -> Option<Lang> {
        if let Some(l) = self.texts.iter().find_map(|t| t.lang) {
            return Some(l);
        }
        let mut all = self.title.clone();
        for t in &self.texts {
            all.push('\n');
            all.push_str(&t.text);
        }
        crate::lang::detect(&all, self.language_hint).or(self.language_hint)
    }
}

pub fn key(kind: &str, id: &str) -> String {
    format!("{kind}:{id}")
}

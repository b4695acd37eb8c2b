use std::path::PathBuf;

use store::testing::TestDb;

pub struct TestApp {
    pub base: String,
    pub db: TestDb,
    pub client: reqwest::Client,
}

impl TestApp {
    /// A running app on an empty, migrated database.
    pub async fn spawn() -> Self {
        let db = TestDb::new().await.expect("test database");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = clusterhub::serve::spawn(db.store.clone(), listener)
            .await
            .expect("serve");
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        Self {
            base: format!("http://{addr}"),
            db,
            client,
        }
    }

    /// A running app with `n` demo organisations.
    pub async fn with_demo(n: usize) -> Self {
        let app = Self::spawn().await;
        clusterhub::demo::seed(&app.db.store, n, 42).await.expect("demo data");
        app
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("request")
    }

    /// The body of `path` requested with one extra header (a language cookie or preference).
    pub async fn text_with(&self, path: &str, header: &str, value: &str) -> String {
        self.client
            .get(format!("{}{path}", self.base))
            .header(header, value)
            .send()
            .await
            .expect("request")
            .text()
            .await
            .expect("body")
    }

    pub async fn text(&self, path: &str) -> (u16, String) {
        let r = self.get(path).await;
        (r.status().as_u16(), r.text().await.expect("body"))
    }

    /// Asks `/api/v1/search?{query}` until `done` holds for the answer (the index follows the
    /// change feed in the background); that answer, or None after 10 seconds.
    pub async fn search_until(
        &self,
        query: &str,
        done: impl Fn(&serde_json::Value) -> bool,
    ) -> Option<serde_json::Value> {
        for _ in 0..200 {
            let (_, body) = self.json(&format!("/api/v1/search?{query}")).await;
            if done(&body) {
                return Some(body);
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        None
    }

    pub async fn json(&self, path: &str) -> (u16, serde_json::Value) {
        let r = self.get(path).await;
        let status = r.status().as_u16();
        assert_eq!(
            r.headers().get("content-type").and_then(|v| v.to_str().ok()),
            Some("application/json"),
            "{path} must answer JSON"
        );
        (status, r.json().await.expect("JSON body"))
    }
}

/// A file of the shared open data, or None (with a note) when the data is not there.
pub fn shared_data(relative: &str) -> Option<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    let path = root.join(relative);
    if path.exists() {
        Some(path)
    } else {
        eprintln!(
            "skipped: {} is missing (the shared open data is expected beside the repository)",
            path.display()
        );
        None
    }
}

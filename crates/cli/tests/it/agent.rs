//! A browser-like client for the journeys: cookies, CSRF tokens, forms; and the accounts and
//! organisations the journeys start from.

use std::collections::BTreeMap;

use domain::{Email, OrganisationType, PlatformRole};

use crate::helpers::TestApp;

/// A browser: keeps cookies and the CSRF token of the last page it saw.
pub struct Agent<'a> {
    pub app: &'a TestApp,
    pub cookies: BTreeMap<String, String>,
    pub csrf: String,
}

pub struct Answer {
    pub status: u16,
    pub location: String,
    pub body: String,
    pub set_cookies: Vec<String>,
    pub headers: reqwest::header::HeaderMap,
}

impl<'a> Agent<'a> {
    pub fn new(app: &'a TestApp) -> Self {
        Self {
            app,
            cookies: BTreeMap::new(),
            csrf: String::new(),
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    async fn finish(&mut self, r: reqwest::Response) -> Answer {
        let status = r.status().as_u16();
        let location = r
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned();
        let set_cookies: Vec<String> = r
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok().map(str::to_owned))
            .collect();
        for c in &set_cookies {
            let pair = c.split(';').next().unwrap_or("");
            if let Some((k, v)) = pair.split_once('=') {
                if v.is_empty() || c.contains("Max-Age=0") {
                    self.cookies.remove(k);
                } else {
                    self.cookies.insert(k.to_owned(), v.to_owned());
                }
            }
        }
        let headers = r.headers().clone();
        let body = r.text().await.unwrap_or_default();
        if let Some(i) = body.find("name=\"csrf\" value=\"") {
            let rest = &body[i + 19..];
            self.csrf = rest[..rest.find('"').unwrap_or(0)].to_owned();
        }
        Answer {
            status,
            location,
            body,
            set_cookies,
            headers,
        }
    }

    pub async fn get(&mut self, path: &str) -> Answer {
        let r = self
            .app
            .client
            .get(format!("{}{path}", self.app.base))
            .header("cookie", self.cookie_header())
            .send()
            .await
            .expect("request");
        self.finish(r).await
    }

    /// Posts a form with the current CSRF token added.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Answer {
        let mut all: Vec<(&str, &str)> = vec![("csrf", self.csrf.as_str())];
        all.extend_from_slice(fields);
        let body = serde_urlencoded::to_string(&all).expect("form");
        self.post_raw(path, body, &[]).await
    }

    pub async fn post_raw(&mut self, path: &str, body: String, headers: &[(&str, &str)]) -> Answer {
        let mut req = self
            .app
            .client
            .post(format!("{}{path}", self.app.base))
            .header("cookie", self.cookie_header())
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let r = req.send().await.expect("request");
        self.finish(r).await
    }

    /// Logs in through the form; panics when that fails.
    pub async fn login(&mut self, email: &str, password: &str) {
        self.get("/login").await;
        let a = self.post("/login", &[("email", email), ("password", password)]).await;
        assert_eq!(a.status, 303, "login of {email}: {}", a.body);
        self.get("/account").await;
    }
}

pub const PASSWORD: &str = "correct horse battery staple";

/// The secret of a token just created, from the account page that shows it once.
pub fn token_of(body: &str) -> String {
    let i = body.find("id=\"new-token\">").expect("token shown") + 15;
    body[i..i + body[i..].find('<').expect("end")].to_owned()
}

/// A confirmed account with a platform role, made directly in the store.
pub async fn account(app: &TestApp, email: &str, role: PlatformRole) -> i64 {
    let passwords = std::sync::Arc::new(web::auth::Passwords::new());
    let hash = passwords
        .hash(&domain::Password::parse(PASSWORD, None).expect("password"))
        .await
        .expect("hash");
    let email = Email::parse(email).expect("email");
    let user = app
        .db
        .store
        .create_user(
            &email,
            email.as_str().split('@').next().unwrap_or("x"),
            Some(&hash),
            role,
        )
        .await
        .expect("user");
    app.db.store.confirm_email(user.id).await.expect("confirm");
    user.id
}

/// An organisation with slug `slug`.
pub async fn organisation(app: &TestApp, slug: &str, name: &str) -> i64 {
    crate::helpers::organisation_of(app, slug, name, OrganisationType::Company, "DK").await
}

//! Configuration: command-line flags, then `CLUSTERHUB_*` / `DATABASE_URL` environment variables
//! (clap reads both), then an optional TOML file (`--config`), then defaults.

use std::path::{Path, PathBuf};

use serde::Deserialize;

/// Settings from the TOML file; every key is optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub listen: Option<String>,
    pub database: Option<String>,
    pub data_dir: Option<PathBuf>,
    pub index_dir: Option<PathBuf>,
    pub log_format: Option<String>,
    pub public_url: Option<String>,
    pub smtp_url: Option<String>,
    pub mail_from: Option<String>,
    pub trust_proxy: Option<bool>,
    pub trusted_proxies: Option<Vec<String>>,
    pub feeds_allow_private: Option<bool>,
}

impl FileConfig {
    pub fn load(path: Option<&Path>) -> anyhow::Result<Self> {
        let Some(path) = path else { return Ok(Self::default()) };
        let text = std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("config file {}: {e}", path.display()))?;
        toml::from_str(&text).map_err(|e| anyhow::anyhow!("config file {}: {e}", path.display()))
    }
}

pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";

/// Whether a listen address (`host:port`) only accepts connections from this machine: a
/// loopback IP or `localhost`. Unspecified addresses (0.0.0.0, [::]) and other names are not.
pub fn is_loopback_listen(listen: &str) -> bool {
    if let Ok(addr) = listen.parse::<std::net::SocketAddr>() {
        return addr.ip().is_loopback();
    }
    let host = listen.rsplit_once(':').map_or(listen, |(host, _)| host);
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost") || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}
pub const DEFAULT_DATA_DIR: &str = "data";

/// The settings in force, after merging the sources.
#[derive(Debug, Clone)]
pub struct Config {
    pub data_dir: PathBuf,
    pub database: String,
    /// The node's search index; each node of a cluster has its own.
    pub index_dir: PathBuf,
}

impl Config {
    pub fn resolve(
        flag_database: Option<String>,
        flag_data_dir: Option<PathBuf>,
        flag_index_dir: Option<PathBuf>,
        file: &FileConfig,
    ) -> Self {
        let data_dir = flag_data_dir
            .or_else(|| file.data_dir.clone())
            .unwrap_or_else(|| PathBuf::from(DEFAULT_DATA_DIR));
        let database = flag_database
            .or_else(|| file.database.clone())
            .unwrap_or_else(|| format!("sqlite:{}", data_dir.join("clusterhub.db").display()));
        let index_dir = flag_index_dir
            .or_else(|| file.index_dir.clone())
            .unwrap_or_else(|| data_dir.join("search-index"));
        Self {
            data_dir,
            database,
            index_dir,
        }
    }

    /// Opens the database, creating the data directory for a SQLite file, and migrates it.
    pub async fn open_store(&self) -> anyhow::Result<store::Store> {
        if let Some(path) = self.database.strip_prefix("sqlite:") {
            let path = path.trim_start_matches("//");
            let path = path.split('?').next().unwrap_or(path);
            if let Some(parent) = Path::new(path).parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent)
                    .map_err(|e| anyhow::anyhow!("cannot create {}: {e}", parent.display()))?;
            }
        }
        let store = store::Store::connect(&self.database)
            .await
            .map_err(|e| anyhow::anyhow!("cannot open database {}: {e}", store::redact_url(&self.database)))?;
        store.migrate().await?;
        Ok(store)
    }
}

pub const DEFAULT_MAIL_FROM: &str = "clusterhub <noreply@clusterhub.localhost>";

/// The web layer's settings from flags, file and defaults.
pub fn web_settings(
    args: &crate::cli::WebArgs,
    file: &FileConfig,
    data_dir: &Path,
    listen: &str,
) -> anyhow::Result<web::Settings> {
    let public_url = args
        .public_url
        .clone()
        .or_else(|| file.public_url.clone())
        .unwrap_or_else(|| format!("http://{listen}"));
    if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
        anyhow::bail!("public URL {public_url:?} must start with http:// or https://");
    }
    let from = args
        .mail_from
        .clone()
        .or_else(|| file.mail_from.clone())
        .unwrap_or_else(|| DEFAULT_MAIL_FROM.to_owned());
    let mailer = match args.smtp_url.clone().or_else(|| file.smtp_url.clone()) {
        Some(url) => web::mail::Mailer::smtp(&url, &from),
        None => web::mail::Mailer::folder(data_dir.join("outbox"), &from),
    }
    .map_err(|e| anyhow::anyhow!("mail: {e}"))?;
    let mut trusted_proxies = Vec::new();
    if args.trust_proxy || file.trust_proxy.unwrap_or(false) {
        trusted_proxies.extend(web::auth::proxy::Network::loopback());
    }
    let listed = if args.trusted_proxies.is_empty() {
        file.trusted_proxies.clone().unwrap_or_default()
    } else {
        args.trusted_proxies.clone()
    };
    for n in listed.iter().filter(|n| !n.trim().is_empty()) {
        trusted_proxies.push(n.parse().map_err(|e| anyhow::anyhow!("trusted proxies: {e}"))?);
    }
    Ok(web::Settings {
        public_url: public_url.trim_end_matches('/').to_owned(),
        trusted_proxies,
        mailer,
        require_two_factor: true,
        feeds: web::feeds_in::FetchLimits {
            allow_private: args.feeds_allow_private || file.feeds_allow_private.unwrap_or(false),
            ..web::feeds_in::FetchLimits::default()
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_win_over_file_over_defaults() {
        let file = FileConfig {
            database: Some("postgres://x/db".into()),
            ..FileConfig::default()
        };
        assert_eq!(Config::resolve(None, None, None, &file).database, "postgres://x/db");
        assert_eq!(
            Config::resolve(Some("sqlite:a.db".into()), None, None, &file).database,
            "sqlite:a.db"
        );
        let c = Config::resolve(None, Some("/tmp/ch".into()), None, &FileConfig::default());
        assert_eq!(c.database, "sqlite:/tmp/ch/clusterhub.db");
        assert_eq!(c.index_dir, PathBuf::from("/tmp/ch/search-index"));
        let c = Config::resolve(None, None, Some("/srv/idx".into()), &FileConfig::default());
        assert_eq!(c.index_dir, PathBuf::from("/srv/idx"));
    }

    #[test]
    fn only_loopback_listen_addresses_count_as_private() {
        for private in [
            "127.0.0.1:8080",
            "127.1.2.3:80",
            "[::1]:8080",
            "localhost:8080",
            "LOCALHOST:1",
        ] {
            assert!(is_loopback_listen(private), "{private}");
        }
        for public in [
            "0.0.0.0:8080",
            "[::]:8080",
            "192.0.2.7:8080",
            "hub.example.eu:80",
            "10.0.0.1:8080",
        ] {
            assert!(!is_loopback_listen(public), "{public}");
        }
    }
}

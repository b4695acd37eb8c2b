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
}

impl FileConfig {
    pub fn load(path: Option<&Path>) -> anyhow::Result<Self> {
        let Some(path) = path else { return Ok(Self::default()) };
        let text = std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("config file {}: {e}", path.display()))?;
        toml::from_str(&text).map_err(|e| anyhow::anyhow!("config file {}: {e}", path.display()))
    }
}

pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";
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
}

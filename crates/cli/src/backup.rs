//! `clusterhub backup` and `clusterhub restore`: the whole database to one portable file and
//! back (the format and its promises are in `store::backup`).

use std::path::Path;

use crate::config::Config;

/// Writes a backup of the configured database to `file`, beside a running `serve`.
pub async fn backup(config: &Config, file: &Path) -> anyhow::Result<store::backup::Figures> {
    if let Some(path) = sqlite_path(&config.database) {
        // Connecting would create an empty database where there is none.
        if !Path::new(path).exists() {
            anyhow::bail!("no database at {path}: nothing to back up (is --database or --data-dir right?)");
        }
    }
    if file.is_dir() {
        anyhow::bail!("{} is a folder; name the backup file to write", file.display());
    }
    let store = store::Store::connect(&config.database)
        .await
        .map_err(|e| anyhow::anyhow!("cannot open database {}: {e}", store::redact_url(&config.database)))?;
    let figures = store
        .backup(file)
        .await
        .map_err(|e| anyhow::anyhow!("backup to {} failed: {e}", file.display()));
    store.close().await;
    figures
}

/// Restores `file` into the configured database, migrated first; refused when it holds data,
/// unless `replace`.
pub async fn restore(config: &Config, file: &Path, replace: bool) -> anyhow::Result<store::backup::Figures> {
    if !file.is_file() {
        anyhow::bail!("no backup file at {}", file.display());
    }
    let store = config.open_store().await?;
    let figures = store.restore(file, replace).await.map_err(|e| {
        anyhow::anyhow!(
            "restore from {} refused; the database is unchanged: {e}",
            file.display()
        )
    });
    store.close().await;
    figures
}

fn sqlite_path(url: &str) -> Option<&str> {
    let path = url.strip_prefix("sqlite:")?.trim_start_matches("//");
    Some(path.split('?').next().unwrap_or(path))
}

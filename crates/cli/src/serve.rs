//! `clusterhub serve`: the web server, with graceful shutdown on Ctrl-C or SIGTERM.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use search::{Indexer, SearchIndex};
use store::Store;
use tokio::net::TcpListener;

/// Opens the search index and brings it up to date with the change feed (a first start builds
/// it), then keeps following the feed in the background.
pub async fn start_search(store: &Store, index: SearchIndex) -> anyhow::Result<Arc<SearchIndex>> {
    let index = Arc::new(index);
    let indexer = Indexer::new(store.clone(), index.clone(), Arc::new(web::i18n::SearchVocabulary));
    let changes = indexer.catch_up().await?;
    tracing::info!(documents = index.num_docs(), changes, "search index is current");
    indexer.follow();
    Ok(index)
}

/// Binds `listen` and serves until a shutdown signal.
pub async fn run(
    store: Store,
    listen: &str,
    index_dir: &Path,
    read_cache: bool,
    settings: web::Settings,
) -> anyhow::Result<()> {
    let index = SearchIndex::open(index_dir)?;
    eprintln!("search index: {}", index_dir.display());
    let search = start_search(&store, index).await?;
    let listener = TcpListener::bind(listen)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {listen}: {e}"))?;
    let addr = listener.local_addr()?;
    tracing::info!(%addr, "clusterhub is listening on http://{addr}");
    eprintln!("clusterhub is running at http://{addr} (Ctrl-C to stop)");
    let state = if read_cache {
        web::AppState::new(store.clone(), search, settings)
    } else {
        tracing::warn!("read cache disabled: every request reads the database");
        web::AppState::without_cache(store.clone(), search, settings)
    };
    web::routes::market::expire_regularly(store.clone(), std::time::Duration::from_secs(600));
    web::routes::alerts::digest_daily(state.clone(), std::time::Duration::from_secs(24 * 3600));
    web::routes::events::remind_regularly(state.clone(), std::time::Duration::from_secs(15 * 60));
    web::routes::funding::remind_regularly(state.clone(), std::time::Duration::from_secs(15 * 60));
    // The peer address names the client in the audit log and keys login throttling.
    axum::serve(
        listener,
        web::app(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    store.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// Serves on an already bound listener in the background, with a search index in memory; for
/// tests and benchmarks.
pub async fn spawn(store: Store, listener: TcpListener, settings: web::Settings) -> anyhow::Result<SocketAddr> {
    Ok(spawn_app(store, listener, settings).await?.0)
}

/// Like [`spawn`], also giving the application's state, so tests can run its background jobs
/// (expiry, digests, the matching rebuild) when they choose.
pub async fn spawn_app(
    store: Store,
    listener: TcpListener,
    settings: web::Settings,
) -> anyhow::Result<(SocketAddr, web::AppState)> {
    let addr = listener.local_addr()?;
    let search = start_search(&store, SearchIndex::in_memory()?).await?;
    let state = web::AppState::new(store, search, settings);
    let app = web::app(state.clone());
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>()).await {
            tracing::error!(error = %e, "server stopped");
        }
    });
    Ok((addr, state))
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing open requests");
}

//! `clusterhub serve`: the web server, with graceful shutdown on Ctrl-C or SIGTERM.

use std::future::Future;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ConnectInfo;
use search::{Indexer, SearchIndex};
use store::Store;
use tokio::net::TcpListener;
use web::jobs::Stop;

/// How long a client may take to send a request's headers, and how long a kept-alive connection
/// may wait for its next request: a client that sends headers a byte at a time, or opens
/// connections and sends nothing, holds them no longer than this. (Reading a body and answering
/// are bounded by the application's own 30-second request timeout.)
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// How long open requests may take to finish once a shutdown signal arrived, unless
/// `serve --shutdown-grace` says otherwise.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(20);

/// Opens the search index and brings it up to date with the change feed (a first start builds
/// it), then keeps following the feed in the background until `stop`.
pub async fn start_search(store: &Store, index: SearchIndex, stop: &Stop) -> anyhow::Result<Arc<SearchIndex>> {
    let index = Arc::new(index);
    let indexer = Indexer::new(store.clone(), index.clone(), Arc::new(web::i18n::SearchVocabulary));
    let changes = indexer.catch_up().await?;
    tracing::info!(documents = index.num_docs(), changes, "search index is current");
    indexer.follow(stop.signal());
    Ok(index)
}

/// Binds `listen` and serves until a shutdown signal.
pub async fn run(
    store: Store,
    listen: &str,
    index_dir: &Path,
    read_cache: bool,
    settings: web::Settings,
    grace: Duration,
) -> anyhow::Result<()> {
    let index = SearchIndex::open(index_dir)?;
    eprintln!("search index: {}", index_dir.display());
    let (stop, stopping) = Stop::new();
    let search = start_search(&store, index, &stopping).await?;
    let listener = TcpListener::bind(listen)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {listen}: {e}"))?;
    let addr = listener.local_addr()?;
    tracing::info!(%addr, "clusterhub is listening on http://{addr}");
    eprintln!("clusterhub is running at http://{addr} (Ctrl-C to stop)");
    let state = if read_cache {
        web::AppState::new(store.clone(), search, settings, &stopping)
    } else {
        tracing::warn!("read cache disabled: every request reads the database");
        web::AppState::without_cache(store.clone(), search, settings)
    };
    let jobs = web::jobs::spawn(&state, web::jobs::platform_jobs(), &stopping);
    let draining = state.draining.clone();
    let signal = async move {
        shutdown_signal().await;
        // Not ready from now on, so a load balancer sends the next requests elsewhere.
        draining.store(true, std::sync::atomic::Ordering::Release);
    };
    serve_connections(listener, web::app(state), HEADER_READ_TIMEOUT, grace, signal).await;
    // No job or follower starts a run after this; one that is running finishes before the
    // database closes.
    let _ = stop.send(true);
    let finished = async {
        for job in jobs {
            let _ = job.await;
        }
    };
    if tokio::time::timeout(grace, finished).await.is_err() {
        tracing::warn!("a background job was still running at shutdown");
    }
    // A request cut off above may still hold a connection, which `close` would wait for.
    if tokio::time::timeout(Duration::from_secs(5), store.close())
        .await
        .is_err()
    {
        tracing::warn!("database connections still in use at shutdown; closing anyway");
    }
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
    let never = Stop::never();
    let search = start_search(&store, SearchIndex::in_memory()?, &never).await?;
    let state = web::AppState::new(store, search, settings, &never);
    let app = web::app(state.clone());
    tokio::spawn(serve_connections(
        listener,
        app,
        HEADER_READ_TIMEOUT,
        SHUTDOWN_GRACE,
        std::future::pending(),
    ));
    Ok((addr, state))
}

/// Like [`spawn`] with another header-read timeout, for the drill that holds connections open.
pub async fn spawn_with_header_timeout(
    store: Store,
    listener: TcpListener,
    settings: web::Settings,
    header_read: Duration,
) -> anyhow::Result<SocketAddr> {
    let addr = listener.local_addr()?;
    let never = Stop::never();
    let search = start_search(&store, SearchIndex::in_memory()?, &never).await?;
    let app = web::app(web::AppState::new(store, search, settings, &never));
    tokio::spawn(serve_connections(
        listener,
        app,
        header_read,
        SHUTDOWN_GRACE,
        std::future::pending(),
    ));
    Ok(addr)
}

/// Accepts connections until `shutdown`, serving each with HTTP/1.1 under a header-read timeout
/// (which also closes idle kept-alive connections), then stops: connections already waiting in
/// the listen queue are still taken and answered once (a client that connected before the signal
/// gets its answer), kept-alive connections close after their current request, and open
/// requests finish within `grace`; whatever is still open then is closed. The peer address
/// reaches the application as `ConnectInfo`: it names the client in the audit log and keys
/// throttling.
pub async fn serve_connections(
    listener: TcpListener,
    app: axum::Router,
    header_read: Duration,
    grace: Duration,
    shutdown: impl Future<Output = ()>,
) {
    use hyper_util::rt::TokioTimer;
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(header_read);
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(c) => c,
                Err(e) => {
                    // Out of file descriptors or a connection reset before it was accepted:
                    // wait a moment instead of spinning, and go on.
                    tracing::warn!(error = %e, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let connection = graceful.watch(http.serve_connection(io(stream), service(&app, peer)));
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!(error = %e, %peer, "connection ended");
            }
        });
    }
    // The listen queue: connections the kernel accepted before the signal. They are served once
    // without keep-alive and not through `graceful`, which would close them before their request
    // is read.
    let mut last = http.clone();
    last.keep_alive(false);
    let mut queued = tokio::task::JoinSet::new();
    while let Ok(Ok((stream, peer))) = tokio::time::timeout(Duration::from_millis(2), listener.accept()).await {
        let connection = last.serve_connection(io(stream), service(&app, peer));
        queued.spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!(error = %e, %peer, "connection ended");
            }
        });
    }
    drop(listener);
    if !queued.is_empty() {
        tracing::info!(
            connections = queued.len(),
            "answering connections that were waiting when the server was asked to stop"
        );
    }
    let finished = async {
        graceful.shutdown().await;
        while queued.join_next().await.is_some() {}
    };
    if tokio::time::timeout(grace, finished).await.is_err() {
        tracing::warn!("open requests did not finish within {grace:?}; closing them");
    }
}

fn io(stream: tokio::net::TcpStream) -> hyper_util::rt::TokioIo<tokio::net::TcpStream> {
    let _ = stream.set_nodelay(true);
    hyper_util::rt::TokioIo::new(stream)
}

/// The application as a hyper service for one connection from `peer`.
fn service(
    app: &axum::Router,
    peer: SocketAddr,
) -> impl hyper::service::Service<
    hyper::Request<hyper::body::Incoming>,
    Response = axum::response::Response,
    Error = std::convert::Infallible,
    Future = impl Future<Output = Result<axum::response::Response, std::convert::Infallible>> + Send,
> + Clone {
    use tower::Service;
    let app = app.clone();
    hyper::service::service_fn(move |mut req: hyper::Request<hyper::body::Incoming>| {
        req.extensions_mut().insert(ConnectInfo(peer));
        let mut app = app.clone();
        async move { app.call(req.map(axum::body::Body::new)).await }
    })
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

//! Keeping the index current. One writer task per node follows the store's change feed from the
//! position the index last committed: after a restart it catches up from there, and writes made
//! through any node sharing the database (or by an import) reach every node's index.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::time::{Duration, Instant};

use store::{Store, StoreError};

use crate::index::{SearchError, SearchIndex};
use crate::sources::{Context, Kind, Vocabulary};

/// How often the feed is read. Well under the one second a local write may take to be found.
pub const POLL: Duration = Duration::from_millis(200);
/// Changes read per round; more wait for the next round, which follows at once.
const BATCH: i64 = 2_000;
const PAGE: i64 = 2_000;
/// Documents a rebuild gives the writer before it waits for them to be written (see
/// [`SearchIndex::flush`]).
const FLUSH_EVERY: usize = 10_000;

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Search(#[from] SearchError),
    #[error("search indexing task failed: {0}")]
    Task(String),
}

/// What a full rebuild did.
#[derive(Debug, Clone, Copy)]
pub struct Rebuilt {
    pub documents: u64,
    pub seconds: f64,
    pub cursor: i64,
}

#[derive(Clone)]
pub struct Indexer {
    store: Store,
    index: Arc<SearchIndex>,
    vocabulary: Arc<dyn Vocabulary>,
}

impl Indexer {
    pub fn new(store: Store, index: Arc<SearchIndex>, vocabulary: Arc<dyn Vocabulary>) -> Self {
        Self {
            store,
            index,
            vocabulary,
        }
    }

    /// Rebuilds the index from the store. Changes made while it runs are after the recorded
    /// position, so following the feed afterwards applies them again (writes are idempotent).
    pub async fn rebuild(&self) -> Result<Rebuilt, SyncError> {
        let started = Instant::now();
        let at = self.store.position().await?;
        let cursor = at.change;
        let ctx = Context::load(&self.store, self.vocabulary.as_ref()).await?;
        self.blocking(|index| index.clear()).await?;
        let mut documents = 0u64;
        let mut unflushed = 0;
        for kind in Kind::ALL {
            let mut after = 0;
            loop {
                let (docs, last) = kind.page(&self.store, &ctx, after, PAGE).await?;
                let Some(last) = last else { break };
                after = last;
                documents += docs.len() as u64;
                unflushed += docs.len();
                self.blocking(move |index| index.upsert(&docs)).await?;
                if unflushed >= FLUSH_EVERY {
                    unflushed = 0;
                    self.blocking(|index| index.flush()).await?;
                }
            }
        }
        self.blocking(move |index| index.commit(&at.identity, cursor)).await?;
        Ok(Rebuilt {
            documents,
            seconds: started.elapsed().as_secs_f64(),
            cursor,
        })
    }

    /// Applies the changes after the index's position; returns how many were read. An index
    /// never built (new, or of an older format) is rebuilt first, and so is one made from
    /// another database or from a later point of this one's history (the database was restored
    /// from a backup): following the feed from there would keep what is gone and miss what is new.
    pub async fn catch_up(&self) -> Result<usize, SyncError> {
        let now = self.store.position().await?;
        let state = match self.index.commit_state() {
            None => None,
            Some(state) if state.position().superseded_by(&now) => {
                tracing::warn!(
                    index_cursor = state.cursor,
                    database_change = now.change,
                    "the search index was made from another database, or a later point of this one (restored from a backup?); rebuilding it"
                );
                None
            }
            Some(state) => Some(state),
        };
        let Some(state) = state else {
            let r = self.rebuild().await?;
            tracing::info!(documents = r.documents, seconds = r.seconds, "search index built");
            return Ok(0);
        };
        let identity = now.identity;
        let mut cursor = state.cursor;
        let mut read = 0;
        loop {
            let changes = self.store.changes_since(cursor, BATCH).await?;
            let Some(last) = changes.last().map(|c| c.id) else {
                break;
            };
            read += changes.len();
            let mut by_kind: BTreeMap<&str, BTreeSet<i64>> = BTreeMap::new();
            for c in &changes {
                by_kind.entry(c.entity.as_str()).or_default().insert(c.entity_id);
            }
            let ctx = Context::load(&self.store, self.vocabulary.as_ref()).await?;
            let mut upserts = Vec::new();
            let mut deletes = Vec::new();
            for (entity, ids) in by_kind {
                let Some(kind) = Kind::from_entity(entity) else {
                    continue;
                };
                let ids: Vec<i64> = ids.into_iter().collect();
                let docs = kind.load(&self.store, &ctx, &ids).await?;
                // A record that is gone has no document: remove what the index has of it.
                let present: BTreeSet<String> = docs.iter().map(|d| d.id.clone()).collect();
                deletes.extend(
                    ids.iter()
                        .map(i64::to_string)
                        .filter(|id| !present.contains(id))
                        .map(|id| crate::document::key(entity, &id)),
                );
                upserts.extend(docs);
            }
            let identity = identity.clone();
            self.blocking(move |index| {
                index.delete(&deletes);
                index.upsert(&upserts)?;
                index.commit(&identity, last)
            })
            .await?;
            cursor = last;
            if (changes.len() as i64) < BATCH {
                break;
            }
        }
        Ok(read)
    }

    /// Follows the feed until `stop` resolves. Errors (the database away for a moment) are
    /// logged and retried on the next round.
    pub fn follow(self, stop: impl std::future::Future<Output = ()> + Send + 'static) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            let mut failing = false;
            tokio::pin!(stop);
            loop {
                match self.catch_up().await {
                    Ok(n) => {
                        if failing {
                            tracing::info!("search index following the change feed again");
                        }
                        failing = false;
                        if n > 0 {
                            tracing::debug!(changes = n, "search index updated");
                        }
                    }
                    Err(e) => {
                        if !failing {
                            tracing::warn!(error = %e, "search index could not follow the change feed; retrying");
                        }
                        failing = true;
                    }
                }
                tokio::select! {
                    _ = tokio::time::sleep(POLL) => {}
                    _ = &mut stop => break,
                }
            }
        })
    }

    async fn blocking<T, F>(&self, work: F) -> Result<T, SyncError>
    where
        T: Send + 'static,
        F: FnOnce(&SearchIndex) -> Result<T, SearchError> + Send + 'static,
    {
        let index = self.index.clone();
        tokio::task::spawn_blocking(move || work(&index))
            .await
            .map_err(|e| SyncError::Task(e.to_string()))?
            .map_err(SyncError::from)
    }
}

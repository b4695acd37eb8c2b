//! What `/sitemap.xml` lists: every page anyone may read, by kind, with when it last changed.

use chrono::{DateTime, Utc};

use crate::{Sql, Store, StoreError};

/// One kind of public page: its name in the sitemap's file names, its path prefix, the query of
/// its keys (slug or id as text) and last change in a stable order, and the count of them (as a
/// plain count, which the databases answer from an index).
pub struct Source {
    pub name: &'static str,
    pub prefix: &'static str,
    select: &'static str,
    count: &'static str,
}

pub const SOURCES: &[Source] = &[
    Source {
        name: "organisations",
        prefix: "/organisations/",
        select: "SELECT slug, updated_at FROM organisations ORDER BY id",
        count: "SELECT COUNT(*) FROM organisations",
    },
    Source {
        name: "projects",
        prefix: "/projects/",
        select: "SELECT CAST(id AS TEXT), updated_at FROM projects ORDER BY id",
        count: "SELECT COUNT(*) FROM projects",
    },
    Source {
        name: "events",
        prefix: "/events/",
        select: "SELECT CAST(id AS TEXT), updated_at FROM events WHERE state IN ('published', 'cancelled') ORDER BY id",
        count: "SELECT COUNT(*) FROM events WHERE state IN ('published', 'cancelled')",
    },
    Source {
        name: "news",
        prefix: "/news/",
        select: "SELECT CAST(id AS TEXT), updated_at FROM news WHERE state = 'published' ORDER BY id",
        count: "SELECT COUNT(*) FROM news WHERE state = 'published'",
    },
    Source {
        name: "funding",
        prefix: "/funding/",
        select: "SELECT CAST(id AS TEXT), updated_at FROM funding_calls ORDER BY id",
        count: "SELECT COUNT(*) FROM funding_calls",
    },
    Source {
        name: "opportunities",
        prefix: "/opportunities/",
        select: "SELECT CAST(id AS TEXT), updated_at FROM opportunities \
                 WHERE state = 'published' AND visibility = 'public' ORDER BY id",
        count: "SELECT COUNT(*) FROM opportunities WHERE state = 'published' AND visibility = 'public'",
    },
];

impl Store {
    /// How many pages of a kind there are.
    pub async fn sitemap_count(&self, source: &Source) -> Result<i64, StoreError> {
        let (n,): (i64,) = self.pool().fetch_one(&Sql::new(source.count)).await?;
        Ok(n)
    }

    /// Keys and last changes of a kind's pages, `limit` from `offset`.
    pub async fn sitemap_page(
        &self,
        source: &Source,
        offset: i64,
        limit: i64,
    ) -> Result<Vec<(String, DateTime<Utc>)>, StoreError> {
        self.pool()
            .fetch_all(&Sql::with(
                &format!("{} LIMIT $1 OFFSET $2", source.select),
                vec![limit.into(), offset.into()],
            ))
            .await
    }
}

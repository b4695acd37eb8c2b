//! NUTS regions, reference data imported from Eurostat's lists (`clusterhub import nuts`), so that
//! profiles can show a region's name and not only its code.

use crate::{Sql, Store, StoreError, Tx};

row! {
    #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
    pub struct Region {
        pub code: String,
        pub level: i64,
        pub name: String,
    }
}

/// Creates or renames regions.
pub async fn save_all(tx: &mut Tx, regions: &[Region]) -> Result<(), StoreError> {
    for chunk in regions.chunks(300) {
        let mut sql = Sql::new("INSERT INTO nuts_regions (code, level, name) VALUES ");
        for (i, r) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push(", ");
            }
            sql.push("(")
                .bind(r.code.as_str())
                .push(", ")
                .bind(r.level)
                .push(", ")
                .bind(r.name.as_str())
                .push(")");
        }
        sql.push(" ON CONFLICT (code) DO UPDATE SET level = excluded.level, name = excluded.name");
        tx.execute(&sql).await?;
    }
    Ok(())
}

impl Store {
    /// Every region, for naming regions in bulk.
    pub async fn all_regions(&self) -> Result<Vec<Region>, StoreError> {
        self.pool()
            .fetch_all(&Sql::new("SELECT code, level, name FROM nuts_regions ORDER BY code"))
            .await
    }

    pub async fn region_name(&self, code: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .pool()
            .fetch_optional::<(String,)>(&Sql::with(
                "SELECT name FROM nuts_regions WHERE code = $1",
                vec![code.into()],
            ))
            .await?
            .map(|(n,)| n))
    }
}

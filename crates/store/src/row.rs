//! Rows read by column name. `row! { struct … }` declares a struct and reads it from a row of
//! either back end, each field from the column of its name; fields under `flatten { … }` are rows
//! of their own read from the same columns. It stands in for sqlx's `FromRow` derive, whose
//! proc-macro crate compiles both database drivers a second time for the compiler's host.

macro_rules! row {
    (
        $(#[$attr:meta])*
        $vis:vis struct $name:ident {
            $( $(#[$fattr:meta])* $fvis:vis $field:ident : $ty:ty ),* $(,)?
        }
        $( flatten { $( $(#[$gattr:meta])* $gvis:vis $flat:ident : $fty:ty ),* $(,)? } )?
    ) => {
        $(#[$attr])*
        $vis struct $name {
            $( $(#[$fattr])* $fvis $field: $ty, )*
            $($( $(#[$gattr])* $gvis $flat: $fty, )*)?
        }
        row!(@read sqlx::sqlite::SqliteRow, $name, [$($field)*], [$($($flat)*)?]);
        row!(@read sqlx::postgres::PgRow, $name, [$($field)*], [$($($flat)*)?]);
    };
    (@read $row:ty, $name:ident, [$($field:ident)*], [$($flat:ident)*]) => {
        impl<'r> sqlx::FromRow<'r, $row> for $name {
            fn from_row(row: &'r $row) -> Result<Self, sqlx::Error> {
                use sqlx::Row as _;
                Ok(Self {
                    $( $field: row.try_get(stringify!($field))?, )*
                    $( $flat: sqlx::FromRow::from_row(row)?, )*
                })
            }
        }
    };
}

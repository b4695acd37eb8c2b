//! Search: one tantivy index over every kind of content, beside the database. Text is analysed in
//! its own language (detected when not declared) and queries in the reader's language and English;
//! unknown words are split as compounds or matched with typos; results carry facet counts, an
//! optional distance filter and highlighted passages. [`sync`] keeps the index current from the
//! store's change feed; [`sources`] turns each kind of record into [`Document`]s.

pub mod analysis;
pub mod document;
pub mod highlight;
pub mod index;
pub mod lang;
pub mod query;

pub use document::{Document, Text};
pub use index::{FacetValue, Hit, Near, Notice, SearchError, SearchIndex, SearchRequest, SearchResults, FACETS};
pub use lang::Lang;
pub mod sources;
pub mod sync;

pub use sources::{NoVocabulary, Vocabulary};
pub use sync::Indexer;

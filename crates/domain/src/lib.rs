//! Pure types of clusterhub: taxonomies, validated values, the organisation directory's records and
//! the rules that keep them valid. No I/O happens here, so every layer above can trust a value it
//! receives from this crate without checking it again.

pub mod account;
pub mod audit;
pub mod b2b_followup;
pub mod country;
pub mod error;
pub mod event;
pub mod filter;
pub mod funding;
pub mod html;
pub mod mission;
pub mod moderation;
pub mod money;
pub mod nace;
pub mod news;
pub mod opportunity;
pub mod organisation;
pub mod profile;
pub mod programme;
pub mod project;
pub mod service;
pub mod slug;
pub mod spreadsheet;
pub mod statistics;
pub mod taxonomy;

pub use account::{DisplayName, Email, OrgRole, Password, PlatformRole, TokenScope};
pub use country::CountryCode;
pub use error::{Code, FieldError, ValidationErrors};
pub use event::{Attendance, EventDraft, EventInput, EventKind, EventState, MeetingSession};
pub use filter::{DirectoryFilter, FilterError, Page, Refusal, Refusals, SortOrder};
pub use money::Cents;
pub use nace::{NaceCode, NaceSection};
pub use news::{MentionLink, MentionState, NewsDraft, NewsInput, NewsKind, NewsState};
pub use opportunity::{
    Day, OpportunityDraft, OpportunityInput, OpportunityKind, OpportunityState, PartnershipKind, Visibility,
};
pub use organisation::{
    ClusterLabel, Coordinates, LanguageCode, MemberCounts, NutsCode, Organisation, OrganisationDraft, OrganisationType,
    Website,
};
pub use profile::ProfileInput;
pub use project::{Participation, ParticipationRole, Project, ProjectDetails, ProjectDraft, ProjectForm, ProjectTopic};
pub use slug::{fold, Slug};
pub use taxonomy::{CriticalTechnology, Ecosystem, KeyEnablingTechnology, Taxonomy};

//! Moderated publication, the one workflow of everything members publish for others to read
//! (events, opportunities, news; services later): a draft is submitted, a moderator publishes
//! it or returns it with a reason, a returned one is changed and submitted again.

/// The states such a thing passes through; each kind may have more of its own (an event is
/// cancelled, an opportunity expires or is closed).
pub trait ModeratedState: Copy + PartialEq + Eq + Send + Sync + 'static {
    const DRAFT: Self;
    const SUBMITTED: Self;
    const RETURNED: Self;
    const PUBLISHED: Self;

    fn as_str(self) -> &'static str;

    /// What may be submitted for review.
    fn submittable() -> [Self; 2] {
        [Self::DRAFT, Self::RETURNED]
    }
}

impl ModeratedState for crate::EventState {
    const DRAFT: Self = Self::Draft;
    const SUBMITTED: Self = Self::Submitted;
    const RETURNED: Self = Self::Returned;
    const PUBLISHED: Self = Self::Published;

    fn as_str(self) -> &'static str {
        crate::EventState::as_str(self)
    }
}

impl ModeratedState for crate::OpportunityState {
    const DRAFT: Self = Self::Draft;
    const SUBMITTED: Self = Self::Submitted;
    const RETURNED: Self = Self::Returned;
    const PUBLISHED: Self = Self::Published;

    fn as_str(self) -> &'static str {
        crate::OpportunityState::as_str(self)
    }
}

impl ModeratedState for crate::NewsState {
    const DRAFT: Self = Self::Draft;
    const SUBMITTED: Self = Self::Submitted;
    const RETURNED: Self = Self::Returned;
    const PUBLISHED: Self = Self::Published;

    fn as_str(self) -> &'static str {
        crate::NewsState::as_str(self)
    }
}

impl ModeratedState for crate::service::ServiceState {
    const DRAFT: Self = Self::Draft;
    const SUBMITTED: Self = Self::Submitted;
    const RETURNED: Self = Self::Returned;
    const PUBLISHED: Self = Self::Published;

    fn as_str(self) -> &'static str {
        crate::service::ServiceState::as_str(self)
    }
}

//! What the audit log records: one [`Action`] per kind of security-relevant step. The names are
//! what the log stores and what an admin filters by, so a variant's name never changes once
//! entries carry it; new steps get new variants.

use std::fmt;
use std::str::FromStr;

macro_rules! actions {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)*) => {
        /// One kind of step the audit log records.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Action {
            $($(#[$doc])* $variant,)*
        }

        impl Action {
            /// Every action, in the order the admin's filter lists them.
            pub const ALL: &'static [Action] = &[$(Action::$variant,)*];

            /// The name stored in the log.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Action::$variant => $name,)*
                }
            }
        }
    };
}

actions! {
    // Accounts and signing in.
    Register = "register",
    /// A registration form sent (counted against the registration limits).
    RegistrationRequested = "registration_requested",
    RegistrationThrottled = "registration_throttled",
    EmailConfirmed = "email_confirmed",
    Login = "login",
    /// The password was right and the second factor is asked next.
    LoginPassword = "login_password",
    LoginUnconfirmed = "login_unconfirmed",
    LoginFailed = "login_failed",
    LoginCodeFailed = "login_code_failed",
    LoginThrottled = "login_throttled",
    Logout = "logout",
    PasswordResetRequested = "password_reset_requested",
    PasswordResetThrottled = "password_reset_throttled",
    PasswordReset = "password_reset",
    PasswordChanged = "password_changed",
    EmailChangeRequested = "email_change_requested",
    EmailChanged = "email_changed",
    TwoFactorOn = "two_factor_on",
    TwoFactorOff = "two_factor_off",
    RecoveryCodesRenewed = "recovery_codes_renewed",
    TokenCreated = "token_created",
    TokenRevoked = "token_revoked",
    PersonalDataExported = "personal_data_exported",
    AlertCreated = "alert_created",
    AccountErased = "account_erased",
    RoleChanged = "role_changed",
    // Organisations.
    ProfileEdited = "profile_edited",
    /// An attempt to upload a logo (counted against the hourly limit), whatever came of it.
    LogoUpload = "logo_upload",
    LogoChanged = "logo_changed",
    LogoRemoved = "logo_removed",
    ClaimFiled = "claim_filed",
    ClaimApproved = "claim_approved",
    ClaimRejected = "claim_rejected",
    MemberInvited = "member_invited",
    MemberRemoved = "member_removed",
    InvitationWithdrawn = "invitation_withdrawn",
    InvitationAccepted = "invitation_accepted",
    InvitationDeclined = "invitation_declined",
    FeedAdded = "feed_added",
    FeedRemoved = "feed_removed",
    FeedsTrusted = "feeds_trusted",
    FeedsUntrusted = "feeds_untrusted",
    // Events.
    EventCreated = "event_created",
    EventEdited = "event_edited",
    EventSubmitted = "event_submitted",
    EventPublished = "event_published",
    EventReturned = "event_returned",
    EventRevisionProposed = "event_revision_proposed",
    EventRevisionApproved = "event_revision_approved",
    EventRevisionReturned = "event_revision_returned",
    EventCancelled = "event_cancelled",
    EventRegistered = "event_registered",
    EventUnregistered = "event_unregistered",
    // B2B matchmaking.
    B2bSessionAdded = "b2b_session_added",
    B2bSessionRemoved = "b2b_session_removed",
    B2bScheduled = "b2b_scheduled",
    B2bLocked = "b2b_locked",
    B2bUnlocked = "b2b_unlocked",
    B2bPublished = "b2b_published",
    /// A participant checked in or out at a B2B event's desk.
    B2bScanned = "b2b_scanned",
    /// A side said whether a meeting took place.
    B2bMeetingReported = "b2b_meeting_reported",
    /// The organiser settled whether a meeting took place.
    B2bMeetingSettled = "b2b_meeting_settled",
    /// The organiser re-filled the rest of the day's freed slots.
    B2bRefilled = "b2b_refilled",
    /// The follow-up settings of a B2B event (request expiry, reminders) changed.
    B2bFollowUpSaved = "b2b_follow_up_saved",
    /// A participant said what became of a held meeting.
    B2bOutcomeAnswered = "b2b_outcome_answered",
    /// An organiser named a table steward of a B2B event (who runs its desk and attendance).
    B2bStewardNamed = "b2b_steward_named",
    B2bStewardRemoved = "b2b_steward_removed",
    /// An organiser looked an address up to name a steward (counted against its limit).
    B2bStewardLookup = "b2b_steward_lookup",
    B2bStewardLookupThrottled = "b2b_steward_lookup_throttled",
    MeetingRequested = "meeting_requested",
    MeetingAccepted = "meeting_accepted",
    MeetingDeclined = "meeting_declined",
    MeetingWithdrawn = "meeting_withdrawn",
    // B2B preferences and compact schedules.
    B2bPreferenceMarked = "b2b_preference_marked",
    B2bMatchmakingSet = "b2b_matchmaking_set",
    B2bLimitsSet = "b2b_limits_set",
    B2bGroupCreated = "b2b_group_created",
    B2bGroupEdited = "b2b_group_edited",
    B2bGroupRemoved = "b2b_group_removed",
    // Business missions.
    MissionCallSaved = "mission_call_saved",
    MissionApplied = "mission_applied",
    MissionSelected = "mission_selected",
    MissionRejected = "mission_rejected",
    /// A decision taken back: the application is undecided again.
    MissionSubmitted = "mission_submitted",
    MissionSelectedTop = "mission_selected_top",
    MissionNotified = "mission_notified",
    MissionWithdrawn = "mission_withdrawn",
    MissionEvaluatorAdded = "mission_evaluator_added",
    MissionEvaluatorRemoved = "mission_evaluator_removed",
    MissionScored = "mission_scored",
    // Opportunities.
    OpportunityCreated = "opportunity_created",
    OpportunityEdited = "opportunity_edited",
    OpportunitySubmitted = "opportunity_submitted",
    OpportunityPublished = "opportunity_published",
    OpportunityReturned = "opportunity_returned",
    OpportunityClosed = "opportunity_closed",
    InterestExpressed = "interest_expressed",
    // News.
    NewsCreated = "news_created",
    NewsEdited = "news_edited",
    NewsSubmitted = "news_submitted",
    NewsPublished = "news_published",
    NewsReturned = "news_returned",
    NewsWithdrawn = "news_withdrawn",
    // Technology services.
    ServiceCreated = "service_created",
    ServiceEdited = "service_edited",
    ServiceSubmitted = "service_submitted",
    ServicePublished = "service_published",
    ServiceReturned = "service_returned",
    ServiceWithdrawn = "service_withdrawn",
    ServiceRequested = "service_requested",
    ServiceQuoted = "service_quoted",
    ServiceDeclined = "service_declined",
    ServiceAccepted = "service_accepted",
    ServiceRequestWithdrawn = "service_request_withdrawn",
    ServiceDelivered = "service_delivered",
    ServiceRated = "service_rated",
    ServiceRatingReplied = "service_rating_replied",
    // Cascade-funding programmes.
    ProgrammeCreated = "programme_created",
    ProgrammeUpdated = "programme_updated",
    ProgrammeApplied = "programme_applied",
    ProgrammeCentreConfirmed = "programme_centre_confirmed",
    ProgrammeWithdrawn = "programme_withdrawn",
    ProgrammeAwarded = "programme_awarded",
    ProgrammeRejected = "programme_rejected",
    ProgrammeReported = "programme_reported",
    ProgrammeEvaluatorAdded = "programme_evaluator_added",
    ProgrammeEvaluatorRemoved = "programme_evaluator_removed",
    ProgrammeScored = "programme_scored",
    // Project pages.
    ProjectCreated = "project_created",
    ProjectUpdated = "project_updated",
    ProjectNews = "project_news",
    ProjectNewsDeleted = "project_news_deleted",
    ProjectEventLinked = "project_event_linked",
    ProjectEventUnlinked = "project_event_unlinked",
    ProjectPartnerAdded = "project_partner_added",
    ProjectPartnerInvited = "project_partner_invited",
    ProjectPartnerAccepted = "project_partner_accepted",
    ProjectPartnerDeclined = "project_partner_declined",
    ProjectPartnerRemoved = "project_partner_removed",
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A name the log does not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownAction;

impl FromStr for Action {
    type Err = UnknownAction;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Action::ALL
            .iter()
            .copied()
            .find(|a| a.as_str() == s)
            .ok_or(UnknownAction)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_round_trip() {
        let mut seen = std::collections::HashSet::new();
        for a in Action::ALL {
            assert!(seen.insert(a.as_str()), "{a} twice");
            assert_eq!(a.as_str().parse::<Action>(), Ok(*a));
            assert!(a
                .as_str()
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'));
        }
        assert_eq!("".parse::<Action>(), Err(UnknownAction));
    }
}

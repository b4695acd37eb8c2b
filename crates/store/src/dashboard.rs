//! What waits for a person's decision across the platform, for their dashboard: meeting requests
//! to answer, applications to confirm or score, opportunities and events returned by a moderator,
//! and (for moderators) the review queues. Each is one query over the feature's own tables.

use chrono::{DateTime, Utc};

use crate::{Sql, Store, StoreError};

/// The kind of thing waiting, which says where to act on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitingKind {
    /// Invitations to organisations waiting for the person's answer.
    Invitations,
    /// A project page invites an organisation the person administers into its consortium
    /// (subject: the project).
    PartnerInvitation,
    /// Meeting requests to the person at a B2B event (subject: the event).
    MeetingRequests,
    /// A programme application naming the person's technology centre, to confirm (subject: the application).
    CentreConfirmation,
    /// Mission applications the person evaluates and has not scored (subject: the event).
    MissionScoring,
    /// Programme applications the person evaluates and has not scored (subject: the programme).
    ProgrammeScoring,
    /// Applications to a programme the person's organisation runs, confirmed by their centre and
    /// waiting for an award or a refusal (subject: the programme).
    ProgrammeDecisions,
    /// Applications to a mission the person's organisation organises, its call closed, waiting
    /// for selection (subject: the event).
    MissionSelection,
    /// An opportunity of the person's organisation returned by a moderator (subject: the opportunity).
    ReturnedOpportunity,
    /// An event of the person's organisation returned by a moderator (subject: the event).
    ReturnedEvent,
    /// Claims and proposals of organisations to review (moderators).
    ClaimsToReview,
    /// Opportunities submitted for review (moderators).
    OpportunitiesToReview,
    /// Events submitted for review (moderators).
    EventsToReview,
}

/// One line of "what needs your decision".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    pub kind: WaitingKind,
    /// The event, application, programme or opportunity it concerns (0 for a queue).
    pub subject_id: i64,
    pub title: String,
    pub count: i64,
}

impl Store {
    /// How many opportunities an organisation has published (and not closed).
    pub async fn published_opportunity_count(&self, organisation_id: i64) -> Result<i64, StoreError> {
        let (n,): (i64,) = self
            .pool()
            .fetch_one(&Sql::with(
                "SELECT COUNT(*) FROM opportunities WHERE organisation_id = $1 AND state = 'published'",
                vec![organisation_id.into()],
            ))
            .await?;
        Ok(n)
    }

    /// Everything waiting for `user_id`; `moderates` adds the review queues. Events already over
    /// leave the list.
    pub async fn waiting_for(
        &self,
        user_id: i64,
        moderates: bool,
        now: DateTime<Utc>,
    ) -> Result<Vec<Waiting>, StoreError> {
        use WaitingKind::*;
        let mut queries: Vec<(WaitingKind, Sql)> = vec![
            (
                Invitations,
                Sql::with(
                    "SELECT CAST(0 AS BIGINT), CAST('' AS TEXT), COUNT(*) FROM invitations i \
                     JOIN users u ON u.email = i.email AND u.email_confirmed_at IS NOT NULL \
                     WHERE u.id = $1 AND i.created_at > $2",
                    vec![
                        user_id.into(),
                        (now - chrono::Duration::days(crate::accounts::INVITATION_DAYS)).into(),
                    ],
                ),
            ),
            (
                PartnerInvitation,
                Sql::with(
                    "SELECT p.id, p.acronym, CAST(1 AS BIGINT) FROM partner_invitations i \
                     JOIN projects p ON p.id = i.project_id \
                     JOIN organisation_roles r ON r.organisation_id = i.organisation_id \
                     WHERE r.user_id = $1 AND r.role = 'admin' ORDER BY i.created_at, p.id",
                    vec![user_id.into()],
                ),
            ),
            (
                MeetingRequests,
                Sql::with(
                    "SELECT e.id, e.title, COUNT(*) FROM meeting_requests m \
                     JOIN registrations r ON r.id = m.invitee_id JOIN events e ON e.id = m.event_id \
                     WHERE r.user_id = $1 AND m.state = 'pending' AND r.state = 'confirmed' AND e.ends_at > $2 \
                     GROUP BY e.id, e.title ORDER BY MIN(e.starts_at), e.id",
                    vec![user_id.into(), now.into()],
                ),
            ),
            (
                CentreConfirmation,
                Sql::with(
                    "SELECT a.id, a.project_title, CAST(1 AS BIGINT) FROM programme_applications a \
                     JOIN organisation_roles r ON r.organisation_id = a.centre_id \
                     WHERE r.user_id = $1 AND a.state = 'submitted' AND a.centre_confirmed_at IS NULL ORDER BY a.id",
                    vec![user_id.into()],
                ),
            ),
            (
                MissionScoring,
                // Applications of the evaluator's own organisations are not theirs to score.
                Sql::with(
                    "SELECT e.id, e.title, COUNT(*) FROM mission_evaluators v JOIN events e ON e.id = v.event_id \
                     JOIN mission_applications a ON a.event_id = v.event_id \
                     WHERE v.user_id = $1 AND a.state = 'submitted' \
                     AND NOT EXISTS (SELECT 1 FROM mission_scores s WHERE s.application_id = a.id AND s.evaluator_id = $1) \
                     AND NOT EXISTS (SELECT 1 FROM organisation_roles o WHERE o.user_id = $1 AND o.organisation_id = a.organisation_id) \
                     GROUP BY e.id, e.title ORDER BY e.id",
                    vec![user_id.into()],
                ),
            ),
            (
                ProgrammeScoring,
                Sql::with(
                    "SELECT p.id, p.title, COUNT(*) FROM programme_evaluators v JOIN programmes p ON p.id = v.programme_id \
                     JOIN programme_applications a ON a.programme_id = v.programme_id \
                     WHERE v.user_id = $1 AND a.state = 'submitted' \
                     AND NOT EXISTS (SELECT 1 FROM programme_scores s WHERE s.application_id = a.id AND s.evaluator_id = $1) \
                     AND NOT EXISTS (SELECT 1 FROM organisation_roles o WHERE o.user_id = $1 \
                                     AND o.organisation_id IN (a.organisation_id, a.centre_id)) \
                     GROUP BY p.id, p.title ORDER BY p.id",
                    vec![user_id.into()],
                ),
            ),
            (
                ProgrammeDecisions,
                Sql::with(
                    "SELECT p.id, p.title, COUNT(*) FROM programme_applications a JOIN programmes p ON p.id = a.programme_id \
                     JOIN organisation_roles r ON r.organisation_id = p.organisation_id \
                     WHERE r.user_id = $1 AND r.role = 'admin' AND a.state = 'submitted' \
                     AND a.centre_confirmed_at IS NOT NULL GROUP BY p.id, p.title ORDER BY p.id",
                    vec![user_id.into()],
                ),
            ),
            (
                MissionSelection,
                Sql::with(
                    "SELECT e.id, e.title, COUNT(*) FROM mission_applications a JOIN events e ON e.id = a.event_id \
                     JOIN mission_calls c ON c.event_id = e.id \
                     JOIN organisation_roles r ON r.organisation_id = e.organisation_id \
                     WHERE r.user_id = $1 AND r.role = 'admin' AND a.state = 'submitted' AND c.deadline < $2 \
                     AND e.ends_at > $3 GROUP BY e.id, e.title ORDER BY e.id",
                    vec![user_id.into(), now.date_naive().to_string().into(), now.into()],
                ),
            ),
            (
                ReturnedOpportunity,
                Sql::with(
                    "SELECT p.id, p.title, CAST(1 AS BIGINT) FROM opportunities p JOIN organisation_roles r ON r.organisation_id = p.organisation_id \
                     WHERE r.user_id = $1 AND p.state = 'returned' ORDER BY p.id",
                    vec![user_id.into()],
                ),
            ),
            (
                ReturnedEvent,
                Sql::with(
                    "SELECT e.id, e.title, CAST(1 AS BIGINT) FROM events e JOIN organisation_roles r ON r.organisation_id = e.organisation_id \
                     WHERE r.user_id = $1 AND r.role = 'admin' AND e.state = 'returned' ORDER BY e.id",
                    vec![user_id.into()],
                ),
            ),
        ];
        if moderates {
            queries.extend([
                (
                    ClaimsToReview,
                    Sql::new("SELECT CAST(0 AS BIGINT), CAST('' AS TEXT), COUNT(*) FROM claims WHERE status = 'pending'"),
                ),
                (
                    OpportunitiesToReview,
                    Sql::new("SELECT CAST(0 AS BIGINT), CAST('' AS TEXT), COUNT(*) FROM opportunities WHERE state = 'submitted'"),
                ),
                (
                    EventsToReview,
                    Sql::new("SELECT CAST(0 AS BIGINT), CAST('' AS TEXT), COUNT(*) FROM events \
                         WHERE state = 'submitted' OR (state = 'published' AND revision IS NOT NULL)"),
                ),
            ]);
        }
        let mut out = Vec::new();
        for (kind, sql) in queries {
            let rows: Vec<(i64, String, i64)> = self.pool().fetch_all(&sql).await?;
            out.extend(
                rows.into_iter()
                    .filter(|(_, _, n)| *n > 0)
                    .map(|(subject_id, title, count)| Waiting {
                        kind,
                        subject_id,
                        title,
                        count,
                    }),
            );
        }
        Ok(out)
    }
}

//! The authorisation matrix: every route that changes state (HTML forms and the JSON API), asked
//! by every role, is allowed or denied exactly as this table says. The routes come from the
//! application's own list, so a new mutating route without a row here fails the test.

use axum::http::Method;
use domain::{OrgRole, PlatformRole};

use crate::agent::{account, organisation, Agent};
use crate::helpers::TestApp;

const ROLES: [&str; 6] = ["visitor", "user", "member", "org admin", "moderator", "platform admin"];

/// Who may: visitor, user, organisation member, organisation admin, moderator, platform admin.
type Allowed = [bool; 6];
const EVERYONE: Allowed = [true; 6];
const SIGNED_IN: Allowed = [false, true, true, true, true, true];
const ORG_ADMINS: Allowed = [false, false, false, true, false, true];
/// The people of the organisation (any role), and platform admins.
const ORG_MEMBERS: Allowed = [false, false, true, true, false, true];
const MODERATORS: Allowed = [false, false, false, false, true, true];
const PLATFORM_ADMINS: Allowed = [false, false, false, false, false, true];
/// Admins of an organisation of their own (a programme is run by an organisation the person
/// administers; a platform admin without one has nothing to run it for).
const OWN_ORG_ADMINS: Allowed = [false, false, false, true, false, false];
/// Only people named for the task (mission evaluators), none of the roles here.
const NOBODY: Allowed = [false; 6];

struct Row {
    method: Method,
    pattern: &'static str,
    allowed: Allowed,
    /// The concrete request: path and form fields. Fields are chosen to fail validation or name
    /// nothing, so that an allowed request changes nothing the next role depends on.
    path: &'static str,
    fields: &'static [(&'static str, &'static str)],
    /// The route hides what it guards: to those not allowed it answers 404, as if nothing were there.
    hides: bool,
}

fn row(
    method: Method,
    pattern: &'static str,
    allowed: Allowed,
    path: &'static str,
    fields: &'static [(&'static str, &'static str)],
) -> Row {
    Row {
        method,
        pattern,
        allowed,
        path,
        fields,
        hides: false,
    }
}

/// A row whose route answers 404 to those it does not allow (private conversations).
fn hiding(row: Row) -> Row {
    Row { hides: true, ..row }
}

fn matrix() -> Vec<Row> {
    use Method as M;
    vec![
        row(
            M::POST,
            "/register",
            EVERYONE,
            "/register",
            &[("email", "not an address")],
        ),
        row(M::POST, "/confirm", EVERYONE, "/confirm", &[("token", "unknown")]),
        row(M::POST, "/login", EVERYONE, "/login", &[("email", "nobody")]),
        // The second step of a login: without a login waiting for it, anyone is sent back.
        row(M::POST, "/login/code", EVERYONE, "/login/code", &[("code", "123456")]),
        row(M::POST, "/account/two-factor", SIGNED_IN, "/account/two-factor", &[]),
        row(
            M::POST,
            "/account/two-factor/recovery-codes",
            SIGNED_IN,
            "/account/two-factor/recovery-codes",
            &[],
        ),
        row(
            M::POST,
            "/account/two-factor/off",
            SIGNED_IN,
            "/account/two-factor/off",
            &[],
        ),
        row(
            M::POST,
            "/password/forgot",
            EVERYONE,
            "/password/forgot",
            &[("email", "x")],
        ),
        row(
            M::POST,
            "/password/reset",
            EVERYONE,
            "/password/reset",
            &[("token", "unknown"), ("password", "a long enough password")],
        ),
        row(
            M::POST,
            "/account/profile",
            SIGNED_IN,
            "/account/profile",
            &[("display_name", "")],
        ),
        row(
            M::POST,
            "/account/password",
            SIGNED_IN,
            "/account/password",
            &[("current_password", "wrong")],
        ),
        row(
            M::POST,
            "/account/email",
            SIGNED_IN,
            "/account/email",
            &[("new_email", "x")],
        ),
        row(
            M::POST,
            "/account/email/confirm",
            EVERYONE,
            "/account/email/confirm",
            &[("token", "unknown")],
        ),
        row(
            M::POST,
            "/account/delete",
            SIGNED_IN,
            "/account/delete",
            &[("current_password", "wrong")],
        ),
        row(
            M::POST,
            "/account/tokens",
            SIGNED_IN,
            "/account/tokens",
            &[("name", "")],
        ),
        row(
            M::POST,
            "/account/tokens/{id}/revoke",
            SIGNED_IN,
            "/account/tokens/999999/revoke",
            &[],
        ),
        row(
            M::POST,
            "/organisations/new",
            SIGNED_IN,
            "/organisations/new",
            &[("name", "")],
        ),
        row(
            M::POST,
            "/organisations/{slug}/claim",
            SIGNED_IN,
            "/organisations/acme/claim",
            &[("message", "")],
        ),
        row(
            M::POST,
            "/organisations/{slug}/edit",
            ORG_ADMINS,
            "/organisations/acme/edit",
            &[("name", "")],
        ),
        row(
            M::POST,
            "/organisations/{slug}/members",
            ORG_ADMINS,
            "/organisations/acme/members",
            &[("email", "x")],
        ),
        row(
            M::POST,
            "/organisations/{slug}/logo",
            ORG_ADMINS,
            "/organisations/acme/logo",
            &[],
        ),
        row(
            M::POST,
            "/organisations/{slug}/logo/remove",
            ORG_ADMINS,
            "/organisations/acme/logo/remove",
            &[],
        ),
        row(
            M::POST,
            "/organisations/{slug}/members/{user}/remove",
            ORG_ADMINS,
            "/organisations/acme/members/999999/remove",
            &[],
        ),
        // Invitations are answered by the invited person alone (a stranger's answer finds nothing).
        row(
            M::POST,
            "/invitations/{id}/accept",
            SIGNED_IN,
            "/invitations/999999/accept",
            &[],
        ),
        row(
            M::POST,
            "/invitations/{id}/decline",
            SIGNED_IN,
            "/invitations/999999/decline",
            &[],
        ),
        row(
            M::POST,
            "/organisations/{slug}/invitations/{id}/withdraw",
            ORG_ADMINS,
            "/organisations/acme/invitations/999999/withdraw",
            &[],
        ),
        row(
            M::POST,
            "/moderation/claims/{id}/approve",
            MODERATORS,
            "/moderation/claims/999999/approve",
            &[],
        ),
        row(
            M::POST,
            "/moderation/claims/{id}/reject",
            MODERATORS,
            "/moderation/claims/999999/reject",
            &[],
        ),
        row(
            M::POST,
            "/admin/users/{id}/role",
            PLATFORM_ADMINS,
            "/admin/users/999999/role",
            &[("role", "user")],
        ),
        row(
            M::PUT,
            "/api/v1/organisations/{slug}",
            ORG_ADMINS,
            "/api/v1/organisations/acme",
            &[],
        ),
        // The marketplace. Fixtures: opportunity 1 is a draft of acme, 2 is published, 3 closed;
        // interest 1 is beta's in opportunity 2.
        row(
            M::POST,
            "/organisations/{slug}/opportunities/new",
            ORG_MEMBERS,
            "/organisations/acme/opportunities/new",
            &[("title", "")],
        ),
        row(
            M::POST,
            "/opportunities/{id}/edit",
            ORG_MEMBERS,
            "/opportunities/1/edit",
            &[("title", "")],
        ),
        // Allowed: 409, as a published opportunity cannot be submitted again.
        row(
            M::POST,
            "/opportunities/{id}/submit",
            ORG_MEMBERS,
            "/opportunities/2/submit",
            &[],
        ),
        row(
            M::POST,
            "/opportunities/{id}/close",
            ORG_MEMBERS,
            "/opportunities/3/close",
            &[],
        ),
        row(
            M::POST,
            "/opportunities/{id}/approve",
            MODERATORS,
            "/opportunities/2/approve",
            &[],
        ),
        row(
            M::POST,
            "/opportunities/{id}/return",
            MODERATORS,
            "/opportunities/2/return",
            &[("reason", "")],
        ),
        // Only people of another organisation may express interest; acme's own people reach the
        // handler and are told it is their own (409), people without an organisation are refused.
        row(
            M::POST,
            "/opportunities/{id}/interest",
            ORG_MEMBERS,
            "/opportunities/2/interest",
            &[("organisation", "acme"), ("message", "")],
        ),
        // Technology services. Fixtures: service 1 is a draft of acme, 2 is published; request 1
        // is beta's for service 2 (acme is the centre, so acme's people are its provider side).
        // acme is a company: its people reach the offering form and are told only centres offer.
        row(
            M::POST,
            "/organisations/{slug}/services/new",
            ORG_MEMBERS,
            "/organisations/acme/services/new",
            &[("name", "")],
        ),
        hiding(row(
            M::POST,
            "/services/{id}/edit",
            ORG_MEMBERS,
            "/services/1/edit",
            &[("name", "")],
        )),
        // Allowed: 409, as a published service cannot be submitted again.
        row(M::POST, "/services/{id}/submit", ORG_MEMBERS, "/services/2/submit", &[]),
        // Allowed: 409, as a draft is not in the catalogue; a draft is hidden from others (404).
        hiding(row(
            M::POST,
            "/services/{id}/withdraw",
            ORG_MEMBERS,
            "/services/1/withdraw",
            &[],
        )),
        row(
            M::POST,
            "/services/{id}/approve",
            MODERATORS,
            "/services/2/approve",
            &[],
        ),
        row(
            M::POST,
            "/services/{id}/return",
            MODERATORS,
            "/services/2/return",
            &[("reason", "")],
        ),
        // Asking needs an organisation other than the centre's: acme's people ask nobody for
        // their own service, the others have no organisation.
        row(
            M::POST,
            "/services/{id}/request",
            NOBODY,
            "/services/2/request",
            &[("organisation", "acme"), ("need", "")],
        ),
        row(
            M::POST,
            "/services/challenge",
            [false, false, true, true, false, false],
            "/services/challenge",
            &[("organisation", "acme"), ("need", "")],
        ),
        hiding(row(
            M::POST,
            "/service-challenges/{id}/send",
            NOBODY,
            "/service-challenges/999999/send",
            &[],
        )),
        // A request is private to the two organisations: the centre's side quotes, declines,
        // marks delivery and replies; the client's side (beta, none of the roles here) accepts,
        // withdraws and rates. Everyone else is answered 404.
        hiding(row(
            M::POST,
            "/service-requests/{id}/quote",
            [false, false, true, true, false, false],
            "/service-requests/1/quote",
            &[("price", "")],
        )),
        hiding(row(
            M::POST,
            "/service-requests/{id}/decline",
            [false, false, true, true, false, false],
            "/service-requests/1/decline",
            &[("reason", "")],
        )),
        hiding(row(
            M::POST,
            "/service-requests/{id}/accept",
            NOBODY,
            "/service-requests/1/accept",
            &[],
        )),
        hiding(row(
            M::POST,
            "/service-requests/{id}/withdraw",
            NOBODY,
            "/service-requests/1/withdraw",
            &[],
        )),
        hiding(row(
            M::POST,
            "/service-requests/{id}/delivered",
            [false, false, true, true, false, false],
            "/service-requests/1/delivered",
            &[],
        )),
        hiding(row(
            M::POST,
            "/service-requests/{id}/rate",
            NOBODY,
            "/service-requests/1/rate",
            &[("stars", "")],
        )),
        hiding(row(
            M::POST,
            "/service-requests/{id}/reply",
            [false, false, true, true, false, false],
            "/service-requests/1/reply",
            &[("reply", "")],
        )),
        // News. Fixtures: news 1 is a draft of acme, 2 and 3 are published.
        row(
            M::POST,
            "/organisations/{slug}/news/new",
            ORG_MEMBERS,
            "/organisations/acme/news/new",
            &[("title", "")],
        ),
        row(
            M::POST,
            "/news/{id}/edit",
            ORG_MEMBERS,
            "/news/1/edit",
            &[("title", "")],
        ),
        row(M::POST, "/news/{id}/mentions", ORG_MEMBERS, "/news/1/mentions", &[]),
        // Allowed: 409, as a published item cannot be submitted again.
        row(M::POST, "/news/{id}/submit", ORG_MEMBERS, "/news/2/submit", &[]),
        // The first allowed role withdraws it; the others find it withdrawn (409).
        row(M::POST, "/news/{id}/withdraw", ORG_MEMBERS, "/news/3/withdraw", &[]),
        row(M::POST, "/news/{id}/approve", MODERATORS, "/news/2/approve", &[]),
        row(
            M::POST,
            "/news/{id}/return",
            MODERATORS,
            "/news/2/return",
            &[("reason", "")],
        ),
        // Conversations are the two organisations' alone: not even platform admins take part.
        hiding(row(
            M::POST,
            "/interests/{id}",
            [false, false, true, true, false, false],
            "/interests/1",
            &[("message", "")],
        )),
        row(M::POST, "/alerts", SIGNED_IN, "/alerts", &[("kind", "neither")]),
        row(M::POST, "/alerts/{id}/delete", SIGNED_IN, "/alerts/999999/delete", &[]),
        row(
            M::POST,
            "/alerts/unsubscribe",
            EVERYONE,
            "/alerts/unsubscribe",
            &[("token", "unknown")],
        ),
        row(
            M::POST,
            "/alerts/{id}/frequency",
            SIGNED_IN,
            "/alerts/999999/frequency",
            &[("frequency", "weekly")],
        ),
        row(
            M::POST,
            "/organisations/{slug}/feeds",
            ORG_ADMINS,
            "/organisations/acme/feeds",
            &[("url", "")],
        ),
        row(
            M::POST,
            "/organisations/{slug}/feeds/{id}/delete",
            ORG_ADMINS,
            "/organisations/acme/feeds/999999/delete",
            &[],
        ),
        row(
            M::POST,
            "/organisations/{slug}/feeds/{id}/poll",
            ORG_ADMINS,
            "/organisations/acme/feeds/999999/poll",
            &[],
        ),
        // Moderators decide on trust, never for an organisation of their own.
        row(
            M::POST,
            "/organisations/{slug}/feeds/trust",
            MODERATORS,
            "/organisations/acme/feeds/trust",
            &[("on", "maybe")],
        ),
        row(M::POST, "/follow", SIGNED_IN, "/follow", &[("kind", "planet")]),
        row(M::POST, "/unfollow", SIGNED_IN, "/unfollow", &[("kind", "planet")]),
        row(
            M::POST,
            "/account/digest",
            SIGNED_IN,
            "/account/digest",
            &[("on", "maybe")],
        ),
        // The link's secret is the only authority: anyone holding one may stop that digest.
        row(
            M::POST,
            "/digest/unsubscribe",
            EVERYONE,
            "/digest/unsubscribe",
            &[("token", "unknown")],
        ),
        // Events: 1 is acme's published B2B event, 2 its draft (see the fixtures).
        row(
            M::POST,
            "/organisations/{slug}/events/new",
            ORG_ADMINS,
            "/organisations/acme/events/new",
            &[("title", "")],
        ),
        row(
            M::POST,
            "/events/{id}/edit",
            ORG_ADMINS,
            "/events/1/edit",
            &[("title", "")],
        ),
        row(M::POST, "/events/{id}/submit", ORG_ADMINS, "/events/1/submit", &[]),
        row(M::POST, "/events/{id}/cancel", ORG_ADMINS, "/events/2/cancel", &[]),
        row(M::POST, "/events/{id}/approve", MODERATORS, "/events/1/approve", &[]),
        row(
            M::POST,
            "/events/{id}/return",
            MODERATORS,
            "/events/1/return",
            &[("reason", "")],
        ),
        row(
            M::POST,
            "/events/{id}/register",
            SIGNED_IN,
            "/events/1/register",
            &[("organisation", "not-a-member-of")],
        ),
        row(
            M::POST,
            "/events/{id}/unregister",
            SIGNED_IN,
            "/events/1/unregister",
            &[],
        ),
        // Participants' own actions: the roles here are not registered, so the handler answers
        // 409; who may answer which request is tested with the B2B flow.
        row(
            M::POST,
            "/events/{id}/meetings/request",
            SIGNED_IN,
            "/events/1/meetings/request",
            &[("invitee", "1")],
        ),
        row(
            M::POST,
            "/events/{id}/profile",
            SIGNED_IN,
            "/events/1/profile",
            &[("offer", "")],
        ),
        row(
            M::POST,
            "/events/{id}/availability",
            SIGNED_IN,
            "/events/1/availability",
            &[],
        ),
        row(
            M::POST,
            "/meeting-requests/{id}/{action}",
            SIGNED_IN,
            "/meeting-requests/1/accept",
            &[],
        ),
        row(
            M::POST,
            "/events/{id}/sessions",
            ORG_ADMINS,
            "/events/1/sessions",
            &[("starts", "")],
        ),
        row(
            M::POST,
            "/events/{id}/sessions/{n}/delete",
            ORG_ADMINS,
            "/events/1/sessions/99/delete",
            &[],
        ),
        row(M::POST, "/events/{id}/schedule", ORG_ADMINS, "/events/1/schedule", &[]),
        row(
            M::POST,
            "/events/{id}/meetings/{rid}/lock",
            ORG_ADMINS,
            "/events/1/meetings/1/lock",
            &[("lock", "maybe")],
        ),
        row(
            M::POST,
            "/events/{id}/schedule/publish",
            ORG_ADMINS,
            "/events/1/schedule/publish",
            &[],
        ),
        // Preferences and compact schedules: a mark is a participant's own (the roles here are
        // not registered: 409); the organiser's settings, limits and groups are refused as
        // invalid (422) or not found (404) to those allowed.
        row(
            M::POST,
            "/events/{id}/preferences",
            SIGNED_IN,
            "/events/1/preferences",
            &[("other", "1"), ("mark", "must")],
        ),
        row(
            M::POST,
            "/events/{id}/manage/matchmaking",
            ORG_ADMINS,
            "/events/1/manage/matchmaking",
            &[("mode", "auction")],
        ),
        row(
            M::POST,
            "/events/{id}/manage/limits",
            ORG_ADMINS,
            "/events/1/manage/limits",
            &[("participant", "none")],
        ),
        row(
            M::POST,
            "/events/{id}/groups",
            ORG_ADMINS,
            "/events/1/groups",
            &[("title", "")],
        ),
        row(
            M::POST,
            "/events/{id}/groups/{gid}",
            ORG_ADMINS,
            "/events/1/groups/999",
            &[("title", "")],
        ),
        row(
            M::POST,
            "/events/{id}/groups/{gid}/delete",
            ORG_ADMINS,
            "/events/1/groups/999/delete",
            &[],
        ),
        // B2B follow-up: the organiser's settings (an empty field is refused after the check);
        // outcome answers by participants of held meetings (the roles here are not registered:
        // 409), and by a mail's link (an unknown token: 409 for everyone).
        row(
            M::POST,
            "/events/{id}/follow-up",
            ORG_ADMINS,
            "/events/1/follow-up",
            &[("request_days", "")],
        ),
        row(
            M::POST,
            "/events/{id}/outcomes",
            SIGNED_IN,
            "/events/1/outcomes",
            &[("meeting", "1")],
        ),
        row(
            M::POST,
            "/b2b/outcome",
            EVERYONE,
            "/b2b/outcome?token=unknown",
            &[("meeting", "1"), ("stage", "in_negotiation")],
        ),
        // B2B attendance on the day: the check-in desk, the organiser's word and the re-fill are
        // the organiser's (refused as invalid to them); a meeting's answer is a participant's own
        // (the roles here are not registered: 409), and by a mail's link (a bad signature: 409).
        row(
            M::POST,
            "/events/{id}/checkin",
            ORG_ADMINS,
            "/events/1/checkin",
            &[("code", "")],
        ),
        row(
            M::POST,
            "/events/{id}/checkin/sync",
            ORG_ADMINS,
            "/events/1/checkin/sync",
            &[("scans", "not json")],
        ),
        row(
            M::POST,
            "/events/{id}/meetings/{rid}/report",
            SIGNED_IN,
            "/events/1/meetings/1/report",
            &[("answer", "held")],
        ),
        row(
            M::POST,
            "/events/{id}/attendance/{rid}",
            ORG_ADMINS,
            "/events/1/attendance/1",
            &[("outcome", "maybe")],
        ),
        row(M::POST, "/events/{id}/refill", ORG_ADMINS, "/events/1/refill", &[]),
        // Table stewards (who also run the desk and record outcomes, see events/b2b_stewards.rs;
        // none of the roles here is one) are named and removed by the organisers alone (an
        // address without an account is refused as invalid to them; removing someone who is
        // none is not found).
        row(
            M::POST,
            "/events/{id}/stewards",
            ORG_ADMINS,
            "/events/1/stewards",
            &[("email", "nobody@example.eu")],
        ),
        row(
            M::POST,
            "/events/{id}/stewards/{user}/remove",
            ORG_ADMINS,
            "/events/1/stewards/999999/remove",
            &[],
        ),
        row(
            M::POST,
            "/b2b/answer",
            EVERYONE,
            "/b2b/answer?m=1&r=1&a=held&x=0&s=forged",
            &[],
        ),
        // Business missions: event 3 is acme's mission with a call; application 1 is beta's.
        row(
            M::POST,
            "/events/{id}/call",
            ORG_ADMINS,
            "/events/3/call",
            &[("questions", "")],
        ),
        row(
            M::POST,
            "/events/{id}/evaluators",
            ORG_ADMINS,
            "/events/3/evaluators",
            &[("email", "nobody@example.eu")],
        ),
        row(
            M::POST,
            "/events/{id}/evaluators/{user}/remove",
            ORG_ADMINS,
            "/events/3/evaluators/999999/remove",
            &[],
        ),
        row(
            M::POST,
            "/events/{id}/apply",
            SIGNED_IN,
            "/events/3/apply",
            &[("organisation", "")],
        ),
        row(
            M::POST,
            "/applications/{id}/score",
            NOBODY,
            "/applications/1/score",
            &[("score-0", "11")],
        ),
        // Only the applicant's people (beta's, none of the roles here) withdraw its application.
        row(
            M::POST,
            "/applications/{id}/withdraw",
            NOBODY,
            "/applications/1/withdraw",
            &[],
        ),
        row(
            M::POST,
            "/applications/{id}/decision",
            ORG_ADMINS,
            "/applications/1/decision",
            &[("decision", "maybe")],
        ),
        row(
            M::POST,
            "/events/{id}/applications/select-top",
            ORG_ADMINS,
            "/events/3/applications/select-top",
            &[],
        ),
        row(
            M::POST,
            "/events/{id}/applications/notify",
            ORG_ADMINS,
            "/events/3/applications/notify",
            &[],
        ),
        // Project pages: project 1 is coordinated by acme.
        row(
            M::POST,
            "/organisations/{slug}/projects/new",
            ORG_ADMINS,
            "/organisations/acme/projects/new",
            &[("acronym", "")],
        ),
        row(
            M::POST,
            "/projects/{id}/edit",
            ORG_ADMINS,
            "/projects/1/edit",
            &[("title", "")],
        ),
        row(
            M::POST,
            "/projects/{id}/partners",
            ORG_ADMINS,
            "/projects/1/partners",
            &[("organisation", "nobody")],
        ),
        row(
            M::POST,
            "/projects/{id}/partners/{slug}/remove",
            ORG_ADMINS,
            "/projects/1/partners/nobody/remove",
            &[],
        ),
        // An invitation into a consortium is answered by the invited organisation's own admins.
        row(
            M::POST,
            "/projects/{id}/partners/{slug}/accept",
            OWN_ORG_ADMINS,
            "/projects/1/partners/acme/accept",
            &[],
        ),
        row(
            M::POST,
            "/projects/{id}/partners/{slug}/decline",
            OWN_ORG_ADMINS,
            "/projects/1/partners/acme/decline",
            &[],
        ),
        // News are posted for a partner the person administers, which a platform admin is not.
        row(
            M::POST,
            "/projects/{id}/news",
            OWN_ORG_ADMINS,
            "/projects/1/news",
            &[("organisation", "")],
        ),
        row(
            M::POST,
            "/projects/{id}/news/{news}/delete",
            ORG_ADMINS,
            "/projects/1/news/999999/delete",
            &[],
        ),
        row(
            M::POST,
            "/projects/{id}/events",
            ORG_ADMINS,
            "/projects/1/events",
            &[("event", "x")],
        ),
        row(
            M::POST,
            "/projects/{id}/events/{event}/unlink",
            ORG_ADMINS,
            "/projects/1/events/999999/unlink",
            &[],
        ),
        // Following funding calls (there is no call 1: signed-in people get 404, others the login).
        row(
            M::POST,
            "/funding/{id}/follow",
            SIGNED_IN,
            "/funding/1/follow",
            &[("days", "2")],
        ),
        row(M::POST, "/funding/{id}/unfollow", SIGNED_IN, "/funding/1/unfollow", &[]),
        row(M::POST, "/funding/calendar", SIGNED_IN, "/funding/calendar", &[]),
        // Funding programmes: programme 1 is acme's; application 1 is beta's, naming gamma as its
        // technology centre.
        row(
            M::POST,
            "/programmes/new",
            OWN_ORG_ADMINS,
            "/programmes/new",
            &[("organisation", "")],
        ),
        row(
            M::POST,
            "/programmes/{id}/edit",
            ORG_ADMINS,
            "/programmes/1/edit",
            &[("title", "")],
        ),
        row(
            M::POST,
            "/programmes/{id}/apply",
            SIGNED_IN,
            "/programmes/1/apply",
            &[("organisation", "")],
        ),
        row(
            M::POST,
            "/programmes/{id}/evaluators",
            ORG_ADMINS,
            "/programmes/1/evaluators",
            &[("email", "nobody@example.eu")],
        ),
        row(
            M::POST,
            "/programmes/{id}/evaluators/{user}/remove",
            ORG_ADMINS,
            "/programmes/1/evaluators/999999/remove",
            &[],
        ),
        row(
            M::POST,
            "/programme-applications/{id}/score",
            NOBODY,
            "/programme-applications/1/score",
            &[("score-0", "11")],
        ),
        // Only the technology centre's people (gamma's) confirm, only the applicant's (beta's)
        // withdraw and report.
        row(
            M::POST,
            "/programme-applications/{id}/confirm",
            NOBODY,
            "/programme-applications/1/confirm",
            &[],
        ),
        row(
            M::POST,
            "/programme-applications/{id}/withdraw",
            NOBODY,
            "/programme-applications/1/withdraw",
            &[],
        ),
        row(
            M::POST,
            "/programme-applications/{id}/reports",
            NOBODY,
            "/programme-applications/1/reports",
            &[("body", "")],
        ),
        row(
            M::POST,
            "/programme-applications/{id}/decision",
            ORG_ADMINS,
            "/programme-applications/1/decision",
            &[("decision", "maybe")],
        ),
        // Last: it ends the sessions the rows above use.
        row(M::POST, "/logout", EVERYONE, "/logout", &[]),
    ]
}

/// Denied means: the API says 401 or 403, a page says 403 or sends the visitor to log in.
fn denied(status: u16, location: &str) -> bool {
    status == 401 || status == 403 || (status == 303 && location.starts_with("/login?return="))
}

#[tokio::test]
async fn every_mutating_route_allows_exactly_the_roles_it_should() {
    let rows = matrix();
    let mut listed: Vec<(Method, &str)> = rows.iter().map(|r| (r.method.clone(), r.pattern)).collect();
    let mut routes = web::mutating_routes();
    listed.sort_by_key(|(m, p)| (m.to_string(), *p));
    routes.sort_by_key(|(m, p)| (m.to_string(), *p));
    let missing: Vec<_> = routes.iter().filter(|r| !listed.contains(r)).collect();
    let extra: Vec<_> = listed.iter().filter(|r| !routes.contains(r)).collect();
    assert!(
        missing.is_empty(),
        "mutating routes without a row in the authorisation matrix: {missing:?}"
    );
    assert!(extra.is_empty(), "rows for routes that do not exist: {extra:?}");

    let app = TestApp::spawn().await;
    let org = organisation(&app, "acme", "Acme Robotics").await;
    marketplace_fixtures(&app, org).await;
    let mut agents = vec![Agent::new(&app)];
    let mut tokens = vec![None];
    for (email, role, org_role) in [
        ("user@example.eu", PlatformRole::User, None),
        ("member@example.eu", PlatformRole::User, Some(OrgRole::Member)),
        ("orgadmin@example.eu", PlatformRole::User, Some(OrgRole::Admin)),
        ("moderator@example.eu", PlatformRole::Moderator, None),
        ("admin@example.eu", PlatformRole::Admin, None),
    ] {
        let id = account(&app, email, role).await;
        if let Some(r) = org_role {
            app.db.store.set_org_role(id, org, r).await.expect("role");
        }
        let mut agent = Agent::new(&app);
        agent.login(email, crate::agent::PASSWORD).await;
        let created = agent
            .post("/account/tokens", &[("name", "matrix"), ("scope", "write")])
            .await;
        tokens.push(Some(crate::agent::token_of(&created.body)));
        agents.push(agent);
    }

    let mut failures = vec![];
    let mut table = String::new();
    table.push_str(&format!("{:<58}", "route"));
    for r in ROLES {
        table.push_str(&format!("{r:>16}"));
    }
    table.push('\n');
    for row in &rows {
        table.push_str(&format!("{:<58}", format!("{} {}", row.method, row.pattern)));
        for (i, agent) in agents.iter_mut().enumerate() {
            let (status, location) = if row.method == Method::PUT {
                let mut req = app
                    .client
                    .put(format!("{}{}", app.base, row.path))
                    .json(&serde_json::json!({"name": "", "kind": "?", "country": "?"}));
                if let Some(t) = &tokens[i] {
                    req = req.bearer_auth(t);
                }
                let r = req.send().await.expect("request");
                (r.status().as_u16(), String::new())
            } else {
                // A page with a form, for a fresh token (visitors get theirs with the login form).
                agent.get("/login").await;
                let a = agent.post(row.path, row.fields).await;
                (a.status, a.location)
            };
            let hidden = row.hides && status == 404;
            let allowed = !(denied(status, &location) || hidden);
            let ok = allowed == row.allowed[i];
            table.push_str(&format!(
                "{:>16}",
                format!(
                    "{} {status}{}",
                    if allowed { "allow" } else { "deny" },
                    if ok { "" } else { " ✗" }
                )
            ));
            if !ok {
                failures.push(format!(
                    "{} {} as {}: got {status} {location}",
                    row.method, row.path, ROLES[i]
                ));
            }
        }
        table.push('\n');
    }
    eprintln!(
        "authorisation matrix ({} routes × {} roles):\n{table}",
        rows.len(),
        ROLES.len()
    );
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Opportunities 1 (draft), 2 (published) and 3 (closed) of acme, and interest 1 of beta in 2.
async fn marketplace_fixtures(app: &TestApp, acme: i64) {
    use domain::{OpportunityInput, OpportunityState as S};
    let store = &app.db.store;
    let today = web::views::time::today();
    let draft = OpportunityInput {
        kind: "technology-offer".into(),
        title: "Robot cells for small batches".into(),
        description: "Flexible robot cells that SMEs can rent for small batch production.".into(),
        deadline: domain::Day::new(today.date() + domain::opportunity::days(30)).to_string(),
        contact_name: "Acme".into(),
        contact_email: "sales@acme.example".into(),
        ..OpportunityInput::default()
    }
    .validate(today)
    .expect("valid");
    for (id, path) in [(1, vec![]), (2, vec![S::Submitted, S::Published]), (3, vec![S::Closed])] {
        assert_eq!(store.create_opportunity(acme, None, &draft).await.expect("create"), id);
        let mut from = S::Draft;
        for to in path {
            assert!(store.transition(id, &[from], to, None).await.expect("move"));
            from = to;
        }
    }
    let beta = organisation(app, "beta", "Beta Sensors").await;
    let someone = account(app, "someone@beta.example", PlatformRole::User).await;
    store.set_org_role(someone, beta, OrgRole::Member).await.expect("role");
    let interest = store
        .express_interest(2, beta, someone, "Someone", "Interested")
        .await
        .expect("interest");
    assert_eq!(interest, 1);
    news_fixtures(app, acme).await;
    service_fixtures(app, acme, beta, someone).await;
    event_fixtures(app, acme, beta, someone).await;
}

/// News 1 (draft), 2 and 3 (published) of acme.
async fn news_fixtures(app: &TestApp, acme: i64) {
    use domain::{NewsInput, NewsState as S};
    let store = &app.db.store;
    let draft = NewsInput {
        title: "Acme opens a robot test bed".into(),
        lead: "SMEs can now test robot cells before they buy them.".into(),
        body: "The test bed in the Acme hall is open to SMEs of the cluster on two days a week.".into(),
        ..NewsInput::default()
    }
    .validate()
    .expect("valid");
    for (id, publish) in [(1, false), (2, true), (3, true)] {
        assert_eq!(store.create_news(acme, None, &draft).await.expect("create"), id);
        if publish {
            assert!(store
                .transition(id, &[S::Draft], S::Submitted, None)
                .await
                .expect("move"));
            assert!(store
                .transition(id, &[S::Submitted], S::Published, None)
                .await
                .expect("move"));
        }
    }
}

/// Services 1 (draft) and 2 (published) of acme; request 1 of beta for service 2.
async fn service_fixtures(app: &TestApp, acme: i64, beta: i64, someone: i64) {
    use domain::service::{RequestInput, ServiceInput, ServiceState as S, ServiceTextInput};
    let store = &app.db.store;
    let draft = ServiceInput {
        kind: "testing-validation".into(),
        language: "en".into(),
        texts: [(
            "en".to_owned(),
            ServiceTextInput {
                name: "Robot cell validation".into(),
                description: "We validate robot cells against ISO 10218 before they go into production.".into(),
            },
        )]
        .into(),
        price_model: "on-quote".into(),
        delivery: vec!["on-site".into()],
        ..ServiceInput::default()
    }
    .validate()
    .expect("valid");
    for (id, publish) in [(1, false), (2, true)] {
        assert_eq!(store.create_service(acme, None, &draft).await.expect("create"), id);
        if publish {
            assert!(store
                .transition(id, &[S::Draft], S::Submitted, None)
                .await
                .expect("move"));
            assert!(store
                .transition(id, &[S::Submitted], S::Published, None)
                .await
                .expect("move"));
        }
    }
    let need = RequestInput {
        need: "Validate our gripper on your robot cell before the fair.".into(),
        ..RequestInput::default()
    }
    .validate(web::views::time::today())
    .expect("valid");
    let ids = store
        .send_requests(
            beta,
            someone,
            None,
            store::services::Challenged::No,
            &[(2, acme, 5)],
            &need,
        )
        .await
        .expect("request");
    assert_eq!(ids, [1]);
}

/// Events 1 (published, with B2B meetings) and 2 (draft) of acme; two people of beta registered
/// for 1, one of whom asked the other for a meeting (request 1).
async fn event_fixtures(app: &TestApp, acme: i64, beta: i64, someone: i64) {
    use domain::{EventInput, EventState as S};
    let store = &app.db.store;
    let day = (chrono::Utc::now() + chrono::Duration::days(40)).format("%Y-%m-%d");
    let event = EventInput {
        kind: "matchmaking".into(),
        title: "Robotics B2B Day".into(),
        description: "One-to-one meetings between robot makers and the factories that need them.".into(),
        starts: format!("{day}T09:00"),
        ends: format!("{day}T17:00"),
        timezone: "Europe/Berlin".into(),
        attendance: "on-site".into(),
        venue: "Messe".into(),
        city: "Munich".into(),
        country: "DE".into(),
        contact_email: "events@acme.example".into(),
        ..EventInput::default()
    }
    .validate(chrono::Utc::now())
    .expect("valid");
    assert_eq!(store.create_event(acme, None, &event).await.expect("create"), 1);
    assert!(store
        .transition(1, &[S::Draft], S::Submitted, None)
        .await
        .expect("submit"));
    assert!(store
        .transition(1, &[S::Submitted], S::Published, None)
        .await
        .expect("publish"));
    assert_eq!(store.create_event(acme, None, &event).await.expect("create"), 2);
    let other = account(app, "other@beta.example", PlatformRole::User).await;
    store.set_org_role(other, beta, OrgRole::Member).await.expect("role");
    let seat = |s: store::events::Seat| match s {
        store::events::Seat::Confirmed(r) => r.id,
        store::events::Seat::Waitlisted { registration, .. } => registration.id,
    };
    let a = seat(store.register(1, someone, Some(beta), None).await.expect("register"));
    let b = seat(store.register(1, other, Some(beta), None).await.expect("register"));
    assert_eq!(
        store.request_meeting(1, a, b, "Shall we meet?").await.expect("request"),
        1
    );
    let mission = EventInput {
        kind: "mission".into(),
        destinations: vec!["US".into()],
        ..EventInput::from_draft(&event)
    }
    .validate(chrono::Utc::now())
    .expect("valid");
    assert_eq!(store.create_event(acme, None, &mission).await.expect("create"), 3);
    assert!(store
        .transition(3, &[S::Draft], S::Published, None)
        .await
        .expect("publish"));
    let today = web::views::time::today();
    let deadline = (today.date() + domain::opportunity::days(10)).to_string();
    let call = domain::mission::validate_call("Why?", "100 Fit", "2", &deadline, today).expect("call");
    store.save_call(3, &call).await.expect("call");
    assert_eq!(
        store
            .apply(3, beta, someone, &["Because.".into()])
            .await
            .expect("apply"),
        1
    );
    programme_fixtures(app, acme, beta, someone).await;
}

/// Programme 1 of acme, open for a month; application 1 of beta with gamma as its centre.
async fn programme_fixtures(app: &TestApp, acme: i64, beta: i64, someone: i64) {
    let store = &app.db.store;
    let deadline = (chrono::Utc::now() + chrono::Duration::days(30)).format("%Y-%m-%dT17:00");
    let programme = domain::programme::ProgrammeForm {
        title: "Pilot projects".into(),
        summary: "Small grants for SMEs working with a technology centre.".into(),
        budget: "100000".into(),
        max_grant: "10000".into(),
        questions: "What will you build?".into(),
        criteria: "100 Fit".into(),
        deadline: deadline.to_string(),
        timezone: "Europe/Berlin".into(),
        ..Default::default()
    }
    .validate(chrono::Utc::now(), None)
    .expect("valid");
    assert_eq!(
        store.create_programme(acme, someone, &programme).await.expect("create"),
        1
    );
    assert_eq!(
        crate::helpers::project(app, "ROBO", "Robots for small batches", acme, &[]).await,
        1
    );
    let gamma = organisation(app, "gamma", "Gamma Institute").await;
    let application = domain::programme::ApplicationDraft {
        project_title: "Sensor retrofit".into(),
        summary: "Retrofitting old presses with vibration sensors.".into(),
        requested: domain::Cents(500_000),
        answers: vec!["A retrofit kit".into()],
    };
    assert_eq!(
        store
            .apply_to_programme(1, beta, gamma, someone, &application)
            .await
            .expect("apply"),
        1
    );
}

//! Every authorisation rule of the platform, in one place: who administers or belongs to an
//! organisation (and so organises its events and programmes, and keeps its marketplace entries),
//! who may read what is not public yet, who evaluates a call, and what a consortium partner may do
//! on a project's page. Handlers ask here and nowhere else; the authorisation matrix test
//! (`tests/it/authorisation.rs`) checks that every mutating route refuses whoever these rules
//! leave out.

use std::collections::HashSet;

use domain::{NewsState, OpportunityState, OrgRole, ParticipationRole, PlatformRole, Visibility};
use store::accounts::{Membership, User};
use store::evaluation::Round;
use store::events::{Event, Registration};
use store::news::News;
use store::opportunities::{Interest, Opportunity};
use store::programmes::{Programme, ProgrammeApplication};

use crate::{AppState, WebError};

fn allowed(yes: bool) -> Result<(), WebError> {
    if yes {
        Ok(())
    } else {
        Err(WebError::Forbidden)
    }
}

// ---- organisations ----

/// Whether `user` administers the organisation: its admins and platform admins. An
/// organisation's admins also organise its events, missions and programmes.
pub async fn administers(state: &AppState, user: &User, organisation_id: i64) -> Result<bool, WebError> {
    Ok(user.role == PlatformRole::Admin
        || state.store.org_role(user.id, organisation_id).await? == Some(OrgRole::Admin))
}

pub async fn require_admin(state: &AppState, user: &User, organisation_id: i64) -> Result<(), WebError> {
    allowed(administers(state, user, organisation_id).await?)
}

/// Whether `user` acts for the organisation in the marketplace: any of its members, and
/// platform admins.
pub async fn member_of(state: &AppState, user: &User, organisation_id: i64) -> Result<bool, WebError> {
    Ok(user.role == PlatformRole::Admin || state.store.org_role(user.id, organisation_id).await?.is_some())
}

/// Whether `user` holds a role in the organisation themself; a platform admin's role does not
/// count. Who speaks for an organisation in a conversation, and who must not decide on its
/// requests, is decided by this.
pub async fn belongs_to(state: &AppState, user: &User, organisation_id: i64) -> Result<bool, WebError> {
    Ok(state.store.org_role(user.id, organisation_id).await?.is_some())
}

/// Whether `user` is one of the organisation's own admins; a platform admin's role does not
/// count. An organisation consents through them (to join a consortium, say).
pub async fn own_admin(state: &AppState, user: &User, organisation_id: i64) -> Result<bool, WebError> {
    Ok(state.store.org_role(user.id, organisation_id).await? == Some(OrgRole::Admin))
}

pub async fn require_member(state: &AppState, user: &User, organisation_id: i64) -> Result<(), WebError> {
    allowed(member_of(state, user, organisation_id).await?)
}

/// The organisations a person belongs to, in any role: they apply for them, and an evaluator
/// from one of them has a conflict of interest with its application.
pub async fn own_organisations(state: &AppState, user: &User) -> Result<HashSet<i64>, WebError> {
    Ok(state
        .store
        .memberships_of(user.id)
        .await?
        .into_iter()
        .map(|m| m.organisation_id)
        .collect())
}

/// The organisations a person administers (the owners they may choose for a programme).
pub async fn administered(state: &AppState, user: &User) -> Result<Vec<Membership>, WebError> {
    Ok(state
        .store
        .memberships_of(user.id)
        .await?
        .into_iter()
        .filter(|m| m.role == OrgRole::Admin.as_str())
        .collect())
}

/// Whether the user is on one of the two sides of a conversation about an opportunity: a
/// person of either organisation. Platform admins are not, unless they belong to one; the talk
/// stays between the two.
pub async fn in_conversation(state: &AppState, user: &User, i: &Interest) -> Result<bool, WebError> {
    Ok(belongs_to(state, user, i.owner_id).await? || belongs_to(state, user, i.organisation_id).await?)
}

/// Which side of a technology-service request the user is on: a person of the centre that
/// offers the service, or of the client that asked. Platform admins are on neither unless
/// they belong to one: the request stays between the two.
pub async fn service_request_side(
    state: &AppState,
    user: &User,
    r: &store::services::ServiceRequest,
) -> Result<Option<store::services::Side>, WebError> {
    Ok(if belongs_to(state, user, r.provider_id).await? {
        Some(store::services::Side::Provider)
    } else if belongs_to(state, user, r.client_id).await? {
        Some(store::services::Side::Client)
    } else {
        None
    })
}

// ---- deciding ----

/// The one rule of every moderation decision: nobody decides on their own request. The person
/// deciding must not be the one who asked (`asker`), nor hold a role in the organisation that
/// asked (`organisation`): a platform admin or another moderator decides instead.
pub async fn not_own_request(
    state: &AppState,
    decider: &User,
    asker: Option<i64>,
    organisation: Option<i64>,
) -> Result<(), WebError> {
    not_own(state, decider, asker, organisation, "error-own-request").await
}

/// The same rule for the organisers' decisions on applications (programme awards, mission
/// places): another organiser decides on an application of one's own organisation.
pub async fn not_own_application(
    state: &AppState,
    decider: &User,
    applicant: Option<i64>,
    organisation: i64,
) -> Result<(), WebError> {
    not_own(state, decider, applicant, Some(organisation), "error-own-application").await
}

async fn not_own(
    state: &AppState,
    decider: &User,
    asker: Option<i64>,
    organisation: Option<i64>,
    refusal: &'static str,
) -> Result<(), WebError> {
    if asker == Some(decider.id) {
        return Err(WebError::Conflict(refusal));
    }
    if let Some(org) = organisation {
        if belongs_to(state, decider, org).await? {
            return Err(WebError::Conflict(refusal));
        }
    }
    Ok(())
}

// ---- B2B meetings ----

/// A participant speaks only of a meeting they were one of the two sides of (its outcome, for
/// one); to anyone else it is not there (404), so no one learns of others' meetings or answers.
pub fn require_meeting_side(m: &store::events::MeetingRequest, registration_id: i64) -> Result<(), WebError> {
    if m.requester_id == registration_id || m.invitee_id == registration_id {
        Ok(())
    } else {
        Err(WebError::NotFound)
    }
}

/// In what role someone runs a B2B event's day (its check-in desk and attendance).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeskRole {
    /// One of the event's organisers (its organisation's admins, and platform admins).
    Organiser,
    /// A table steward the organisers named for the event, who runs the desk and records
    /// whether meetings took place, and nothing else of the event.
    Steward,
}

/// Who runs a B2B event's check-in desk and records whether its meetings took place: its
/// organisers and its stewards. Everything else of the event (dashboard, scheduler, re-fill,
/// settings, naming stewards) stays the organisers' (`require_admin`).
pub async fn desk_role(state: &AppState, user: &User, e: &Event) -> Result<Option<DeskRole>, WebError> {
    if administers(state, user, e.organisation_id).await? {
        return Ok(Some(DeskRole::Organiser));
    }
    Ok(state
        .store
        .is_steward(e.id, user.id)
        .await?
        .then_some(DeskRole::Steward))
}

pub async fn require_desk(state: &AppState, user: &User, e: &Event) -> Result<DeskRole, WebError> {
    desk_role(state, user, e).await?.ok_or(WebError::Forbidden)
}

/// The people a steward must not decide for: the organisations the steward belongs to, and
/// everyone with a role in one of them (the steward included).
#[derive(Debug, Default)]
pub struct Colleagues {
    organisations: HashSet<i64>,
    people: HashSet<i64>,
}

/// The steward's [`Colleagues`], read once for a whole page of meetings.
pub async fn colleagues(state: &AppState, steward: &User) -> Result<Colleagues, WebError> {
    let organisations = own_organisations(state, steward).await?;
    let mut people = HashSet::from([steward.id]);
    for o in &organisations {
        people.extend(state.store.org_members(*o).await?.into_iter().map(|m| m.user_id));
    }
    Ok(Colleagues { organisations, people })
}

/// Nobody decides on their own case: a steward may not record the outcome of a meeting they
/// take part in, as one of its two sides (`sides`: the registrations of the requester and the
/// invitee) or as a colleague of either side: its registration names one of the steward's
/// organisations, or its person belongs to one of them (registered without naming it, say).
/// A side that cannot be found refuses: whose meeting it is cannot be told, so the organisers
/// decide.
pub fn steward_may_settle(colleagues: &Colleagues, sides: [Option<&Registration>; 2]) -> bool {
    sides.into_iter().all(|side| {
        side.is_some_and(|r| {
            !colleagues.people.contains(&r.user_id)
                && !r.organisation_id.is_some_and(|o| colleagues.organisations.contains(&o))
        })
    })
}

// ---- reading what is not public ----

/// Published and cancelled events are public; drafts only for their organisers and moderators.
pub async fn event_readable(state: &AppState, user: Option<&User>, e: &Event) -> Result<bool, WebError> {
    if e.state.public() {
        return Ok(true);
    }
    match user {
        Some(u) => Ok(u.role.moderates() || administers(state, u, e.organisation_id).await?),
        None => Ok(false),
    }
}

/// Published opportunities by anyone (members-only ones once signed in), others by the
/// owning organisation's members and moderators only.
pub async fn opportunity_readable(state: &AppState, user: Option<&User>, o: &Opportunity) -> Result<bool, WebError> {
    if o.state == OpportunityState::Published {
        return Ok(o.draft.visibility == Visibility::Public || user.is_some());
    }
    match user {
        Some(u) => Ok(u.role.moderates() || member_of(state, u, o.organisation_id).await?),
        None => Ok(false),
    }
}

/// Published news by anyone; other states by the publishing organisation's members and moderators.
pub async fn news_readable(state: &AppState, user: Option<&User>, n: &News) -> Result<bool, WebError> {
    if n.state == NewsState::Published {
        return Ok(true);
    }
    match user {
        Some(u) => Ok(u.role.moderates() || member_of(state, u, n.organisation_id).await?),
        None => Ok(false),
    }
}

// ---- evaluation ----

/// Whether the organiser named `user` an evaluator of the call.
pub async fn evaluates(state: &AppState, round: Round, user: &User) -> Result<bool, WebError> {
    Ok(state
        .store
        .evaluators(round)
        .await?
        .iter()
        .any(|v| v.user_id == user.id))
}

/// Whether `user` may score an application whose `parties` are these organisations (the
/// applicant, and for a programme the technology centre): a named evaluator who belongs to none
/// of them (that would be a conflict of interest).
pub async fn may_score(state: &AppState, round: Round, user: &User, parties: &[i64]) -> Result<bool, WebError> {
    if !evaluates(state, round, user).await? {
        return Ok(false);
    }
    let own = own_organisations(state, user).await?;
    Ok(!parties.iter().any(|p| own.contains(p)))
}

/// Who sees a call's applications: its organisers (the organisation's admins) and its
/// evaluators; anyone else is refused. Says which of the two the person is.
pub async fn organiser_or_evaluator(
    state: &AppState,
    user: &User,
    organisation_id: i64,
    round: Round,
) -> Result<(bool, bool), WebError> {
    let organiser = administers(state, user, organisation_id).await?;
    let evaluator = evaluates(state, round, user).await?;
    if !organiser && !evaluator {
        return Err(WebError::Forbidden);
    }
    Ok((organiser, evaluator))
}

/// Who is looking at a programme application: the programme's owner (its organisation's
/// admins), an evaluator, a person of the applicant or of its technology centre; an evaluator
/// of either of the two has a conflict and does not score it.
pub struct ProgrammeRoles {
    pub owner: bool,
    pub evaluator: bool,
    pub applicant: bool,
    pub centre: bool,
    pub conflict: bool,
}

pub async fn programme_roles(
    state: &AppState,
    user: &User,
    p: &Programme,
    a: &ProgrammeApplication,
) -> Result<ProgrammeRoles, WebError> {
    let own = own_organisations(state, user).await?;
    let owner = administers(state, user, p.organisation_id).await?;
    let evaluator = evaluates(state, Round::Programme(p.id), user).await?;
    let applicant = own.contains(&a.organisation_id);
    let centre = own.contains(&a.centre_id);
    Ok(ProgrammeRoles {
        owner,
        evaluator,
        applicant,
        centre,
        conflict: evaluator && (applicant || centre),
    })
}

// ---- project consortia ----

/// What a person may do on a project's page.
#[derive(Default)]
pub struct ProjectRights {
    /// Edit the facts and the partners.
    pub edit: bool,
    /// The partner organisations they administer, for whom they post news and link events.
    pub partners: Vec<Membership>,
    /// Every organisation of the consortium (known once the reader is signed in).
    pub consortium: HashSet<i64>,
    /// A platform admin, who may take anything off the page.
    pub platform_admin: bool,
}

impl ProjectRights {
    /// Whether the person administers `organisation` as one of the partners.
    fn administers(&self, organisation: i64) -> bool {
        self.partners.iter().any(|m| m.organisation_id == organisation)
    }

    /// The one rule for what partners put on a project's page (news, links to events): only
    /// the organisation that put it there (its admins) and platform admins take it off or
    /// link in its name. Another partner, even the coordinator, cannot.
    pub fn speaks_for(&self, organisation: Option<i64>) -> bool {
        self.platform_admin || organisation.is_some_and(|o| self.administers(o))
    }
}

/// The coordinator's admins (every partner's, while there is no coordinator) edit a project;
/// every partner's admins post for their organisation.
pub async fn project_rights(state: &AppState, user: Option<&User>, project_id: i64) -> Result<ProjectRights, WebError> {
    let Some(user) = user else {
        return Ok(ProjectRights::default());
    };
    let roles = state.store.consortium(project_id).await?;
    let ids: HashSet<i64> = roles.iter().map(|(id, _)| *id).collect();
    let coordinators: HashSet<i64> = roles
        .iter()
        .filter(|(_, r)| *r == ParticipationRole::Coordinator)
        .map(|(id, _)| *id)
        .collect();
    let partners: Vec<Membership> = administered(state, user)
        .await?
        .into_iter()
        .filter(|m| ids.contains(&m.organisation_id))
        .collect();
    let edit = user.role == PlatformRole::Admin
        || partners
            .iter()
            .any(|m| coordinators.is_empty() || coordinators.contains(&m.organisation_id));
    Ok(ProjectRights {
        edit,
        partners,
        consortium: ids,
        platform_admin: user.role == PlatformRole::Admin,
    })
}

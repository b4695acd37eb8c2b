//! Collaboration projects and the participations of organisations in them.

use chrono::DateTime;
use chrono::Utc;
use domain::{
    Cents, Day, Page, Participation, ParticipationRole, Project, ProjectDetails, ProjectDraft, ProjectTopic, Slug,
};

use crate::change_feed::{self, Op};
use crate::organisations::ListPage;
use crate::Conflict;
use crate::{corrupt, is_unique_violation, Sql, Store, StoreError, Tx};

row! {
    struct ProjectRow {
        id: i64,
        cordis_id: Option<String>,
        acronym: String,
        title: Option<String>,
        programme: Option<String>,
        participant_count: i64,
        topics: String,
        keywords: String,
        details: String,
    }
}

impl From<ProjectRow> for Project {
    fn from(r: ProjectRow) -> Self {
        // Both lists are written by this module only; an unreadable one reads as empty.
        Project {
            topics: serde_json::from_str(&r.topics).unwrap_or_default(),
            keywords: serde_json::from_str(&r.keywords).unwrap_or_default(),
            details: serde_json::from_str(&r.details).unwrap_or_default(),
            id: r.id,
            draft: ProjectDraft {
                acronym: r.acronym,
                cordis_id: r.cordis_id,
                title: r.title,
                programme: r.programme,
            },
            participant_count: r.participant_count,
        }
    }
}

row! {
    struct ParticipationRow {
        project_id: i64,
        acronym: String,
        project_cordis_id: Option<String>,
        slug: String,
        name: String,
        country: String,
        role: String,
        ec_contribution_cents: Option<i64>,
    }
}

impl TryFrom<ParticipationRow> for Participation {
    type Error = StoreError;
    fn try_from(r: ParticipationRow) -> Result<Self, StoreError> {
        Ok(Participation {
            project_id: r.project_id,
            project_acronym: r.acronym,
            project_cordis_id: r.project_cordis_id,
            organisation_slug: Slug::parse(&r.slug).map_err(|e| StoreError::Corrupt {
                column: "slug",
                message: e.to_string(),
            })?,
            organisation_name: r.name,
            organisation_country: r.country,
            role: ParticipationRole::parse(&r.role).map_err(|message| StoreError::Corrupt {
                column: "role",
                message,
            })?,
            ec_contribution: r.ec_contribution_cents.map(Cents),
        })
    }
}

const PROJECT_SELECT: &str =
    "SELECT p.id, p.cordis_id, p.acronym, p.title, p.programme, p.topics, p.keywords, p.details, \
     (SELECT COUNT(DISTINCT x.organisation_id) FROM participations x WHERE x.project_id = p.id) AS participant_count \
     FROM projects p";

const PARTICIPATION_SELECT: &str =
    "SELECT p.id AS project_id, p.acronym, p.cordis_id AS project_cordis_id, o.slug, o.name, \
     o.country, x.role, x.ec_contribution_cents FROM participations x JOIN projects p ON p.id = x.project_id \
     JOIN organisations o ON o.id = x.organisation_id";

/// Creates or updates a project, matched by its CORDIS id or, without one, by its acronym.
pub async fn save(tx: &mut Tx, d: &ProjectDraft) -> Result<i64, StoreError> {
    let now = Utc::now();
    let existing: Option<(i64,)> = match &d.cordis_id {
        Some(id) => {
            tx.fetch_optional(&Sql::with(
                "SELECT id FROM projects WHERE cordis_id = $1",
                vec![id.as_str().into()],
            ))
            .await?
        }
        None => {
            tx.fetch_optional(&Sql::with(
                "SELECT id FROM projects WHERE cordis_id IS NULL AND acronym = $1",
                vec![d.acronym.as_str().into()],
            ))
            .await?
        }
    };
    let id = match existing {
        Some((id,)) => {
            tx.execute(&Sql::with(
                "UPDATE projects SET acronym = $1, title = COALESCE($2, title), programme = COALESCE($3, programme), \
                 updated_at = $4 WHERE id = $5",
                vec![
                    d.acronym.as_str().into(),
                    d.title.as_deref().into(),
                    d.programme.as_deref().into(),
                    now.into(),
                    id.into(),
                ],
            ))
            .await?;
            id
        }
        None => {
            let (id,): (i64,) = tx
                .fetch_one(&Sql::with(
                    "INSERT INTO projects (cordis_id, acronym, title, programme, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
                    vec![
                        d.cordis_id.as_deref().into(),
                        d.acronym.as_str().into(),
                        d.title.as_deref().into(),
                        d.programme.as_deref().into(),
                        now.into(),
                    ],
                ))
                .await?;
            id
        }
    };
    change_feed::record(tx, "project", id, Op::Upsert).await?;
    Ok(id)
}

/// Records that an organisation took part in a project with a role (replacing the contribution if
/// the pair and role exist).
pub async fn save_participation(
    tx: &mut Tx,
    project_id: i64,
    organisation_id: i64,
    role: ParticipationRole,
    contribution: Option<Cents>,
) -> Result<(), StoreError> {
    tx.execute(&Sql::with(
        "INSERT INTO participations (project_id, organisation_id, role, ec_contribution_cents) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (project_id, organisation_id, role) DO UPDATE SET ec_contribution_cents = excluded.ec_contribution_cents",
        vec![
            project_id.into(),
            organisation_id.into(),
            role.as_str().into(),
            contribution.map(|c| c.0).into(),
        ],
    ))
    .await?;
    // The project's consortium changed, so its search document does too.
    change_feed::record(tx, "project", project_id, Op::Upsert).await
}

/// Sets the call topics of the CORDIS project `cordis_id`; false when no such project is stored.
pub async fn set_topics(tx: &mut Tx, cordis_id: &str, topics: &[ProjectTopic]) -> Result<bool, StoreError> {
    set_list(
        tx,
        "topics",
        cordis_id,
        serde_json::to_string(topics).unwrap_or_else(|_| "[]".into()),
    )
    .await
}

/// Sets the fields of science of the CORDIS project `cordis_id`; false when no such project is stored.
pub async fn set_keywords(tx: &mut Tx, cordis_id: &str, keywords: &[String]) -> Result<bool, StoreError> {
    set_list(
        tx,
        "keywords",
        cordis_id,
        serde_json::to_string(keywords).unwrap_or_else(|_| "[]".into()),
    )
    .await
}

async fn set_list(tx: &mut Tx, column: &'static str, cordis_id: &str, json: String) -> Result<bool, StoreError> {
    let row: Option<(i64,)> = tx
        .fetch_optional(&Sql::with(
            &format!("UPDATE projects SET {column} = $1 WHERE cordis_id = $2 RETURNING id"),
            vec![json.into(), cordis_id.into()],
        ))
        .await?;
    match row {
        Some((id,)) => {
            change_feed::record(tx, "project", id, Op::Upsert).await?;
            Ok(true)
        }
        None => Ok(false),
    }
}

/// The project of CORDIS id `cordis_id`, if stored.
pub async fn find_by_cordis_id(tx: &mut Tx, cordis_id: &str) -> Result<Option<i64>, StoreError> {
    let row: Option<(i64,)> = tx
        .fetch_optional(&Sql::with(
            "SELECT id FROM projects WHERE cordis_id = $1",
            vec![cordis_id.into()],
        ))
        .await?;
    Ok(row.map(|(id,)| id))
}

/// What CORDIS' `project.csv` says of a project.
#[derive(Debug, Clone, PartialEq)]
pub struct CordisProject {
    /// Acronym, CORDIS id, title and programme.
    pub draft: ProjectDraft,
    /// The objective.
    pub summary: Option<String>,
    pub starts: Option<Day>,
    pub ends: Option<Day>,
    pub total_cost: Option<Cents>,
    pub funding: CordisFunding,
    /// Call topic codes.
    pub topics: Vec<String>,
}

/// How the EU funds a CORDIS project.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct CordisFunding {
    /// CORDIS' status: SIGNED, CLOSED, TERMINATED…
    pub status: Option<String>,
    pub ec_contribution: Option<Cents>,
    /// The call (sub-call, else master call), e.g. "HORIZON-CL5-2021-D3-01".
    pub call: Option<String>,
    /// E.g. "HORIZON-RIA".
    pub funding_scheme: Option<String>,
}

/// Creates or completes a project from CORDIS' `project.csv` (matched as [`save`] matches).
/// CORDIS' facts (title, dates, total cost, funding) replace what is stored; the objective
/// becomes the summary and the topics the project's topics only where the project has none, so
/// that a consortium's own summary and `import cordis-topics`' titled topics stay. Answers the
/// project's id and whether it was created.
pub async fn save_cordis(tx: &mut Tx, p: &CordisProject) -> Result<(i64, bool), StoreError> {
    let before = match &p.draft.cordis_id {
        Some(id) => find_by_cordis_id(tx, id).await?,
        None => None,
    };
    let id = save(tx, &p.draft).await?;
    let (details, topics): (String, String) = tx
        .fetch_one(&Sql::with(
            "SELECT details, topics FROM projects WHERE id = $1",
            vec![id.into()],
        ))
        .await?;
    // Written by this module only; an unreadable value reads as empty, as in `Project`.
    let mut d: ProjectDetails = serde_json::from_str(&details).unwrap_or_default();
    if d.summary.is_none() {
        d.summary.clone_from(&p.summary);
    }
    d.starts = p.starts.or(d.starts);
    d.ends = p.ends.or(d.ends);
    d.budget = p.total_cost.or(d.budget);
    let mut stored_topics: Vec<ProjectTopic> = serde_json::from_str(&topics).unwrap_or_default();
    if stored_topics.is_empty() {
        stored_topics = p
            .topics
            .iter()
            .map(|code| ProjectTopic {
                code: code.clone(),
                title: String::new(),
            })
            .collect();
    }
    let f = &p.funding;
    tx.execute(&Sql::with(
        "UPDATE projects SET details = $1, topics = $2, status = COALESCE($3, status), \
         ec_contribution_cents = COALESCE($4, ec_contribution_cents), call_identifier = COALESCE($5, call_identifier), \
         funding_scheme = COALESCE($6, funding_scheme) WHERE id = $7",
        vec![
            serde_json::to_string(&d)
                .map_err(|e| corrupt("projects.details", e))?
                .into(),
            serde_json::to_string(&stored_topics)
                .map_err(|e| corrupt("projects.topics", e))?
                .into(),
            f.status.as_deref().into(),
            f.ec_contribution.map(|c| c.0).into(),
            f.call.as_deref().into(),
            f.funding_scheme.as_deref().into(),
            id.into(),
        ],
    ))
    .await?;
    Ok((id, before.is_none()))
}

/// An organisation a participant list without organisation ids may mean.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub id: i64,
    pub name: String,
    pub country: String,
}

/// The organisations of `countries`, for matching participants by name and country.
pub async fn participant_candidates(tx: &mut Tx, countries: &[&str]) -> Result<Vec<Candidate>, StoreError> {
    if countries.is_empty() {
        return Ok(vec![]);
    }
    let mut sql = Sql::new("SELECT id, name, country FROM organisations WHERE country IN ");
    sql.bind_list(countries.iter().copied()).push(" ORDER BY id");
    let rows: Vec<(i64, String, String)> = tx.fetch_all(&sql).await?;
    Ok(rows
        .into_iter()
        .map(|(id, name, country)| Candidate { id, name, country })
        .collect())
}

/// Removes an organisation's participations (before its list is written anew).
pub async fn clear_participations(tx: &mut Tx, organisation_id: i64) -> Result<(), StoreError> {
    tx.execute(&Sql::with(
        "DELETE FROM participations WHERE organisation_id = $1",
        vec![organisation_id.into()],
    ))
    .await?;
    Ok(())
}

/// Whose participations [`Store::participation_ids`] reads.
#[derive(Debug, Clone, Copy)]
pub enum ParticipationsOf<'a> {
    All,
    Organisations(&'a [i64]),
    Projects(&'a [i64]),
}

impl Store {
    pub async fn participations_of(&self, organisation_id: i64) -> Result<Vec<Participation>, StoreError> {
        let rows: Vec<ParticipationRow> = self
            .pool()
            .fetch_all(&Sql::with(
                &format!("{PARTICIPATION_SELECT} WHERE x.organisation_id = $1 ORDER BY p.acronym, x.role"),
                vec![organisation_id.into()],
            ))
            .await?;
        rows.into_iter().map(Participation::try_from).collect()
    }

    /// The consortium of a project, coordinator first.
    pub async fn participants_of(&self, project_id: i64) -> Result<Vec<Participation>, StoreError> {
        let rows: Vec<ParticipationRow> = self
            .pool()
            .fetch_all(&Sql::with(
                &format!(
                    "{PARTICIPATION_SELECT} WHERE x.project_id = $1 ORDER BY CASE x.role WHEN 'coordinator' THEN 0 \
                     WHEN 'participant' THEN 1 WHEN 'associated-partner' THEN 2 ELSE 3 END, o.sort_key"
                ),
                vec![project_id.into()],
            ))
            .await?;
        rows.into_iter().map(Participation::try_from).collect()
    }

    /// Every participation, ordered by organisation then project, for export.
    pub async fn all_participations(&self) -> Result<Vec<Participation>, StoreError> {
        let rows: Vec<ParticipationRow> = self
            .pool()
            .fetch_all(&Sql::new(&format!(
                "{PARTICIPATION_SELECT} ORDER BY o.slug, p.acronym, p.cordis_id, x.role"
            )))
            .await?;
        rows.into_iter().map(Participation::try_from).collect()
    }

    /// Participations as (project, organisation, role), by organisation and project: for an
    /// index that knows organisations by id (the rows of `all_participations` hold names and
    /// slugs, several times the memory at 100,000 organisations).
    pub async fn participation_ids(
        &self,
        of: ParticipationsOf<'_>,
    ) -> Result<Vec<(i64, i64, ParticipationRole)>, StoreError> {
        let (column, ids) = match of {
            ParticipationsOf::All => ("", None),
            ParticipationsOf::Organisations(ids) => ("organisation_id", Some(ids)),
            ParticipationsOf::Projects(ids) => ("project_id", Some(ids)),
        };
        let mut out = Vec::new();
        for chunk in crate::db::id_chunks(ids) {
            let mut sql = Sql::new("SELECT project_id, organisation_id, role FROM participations");
            if let Some(ids) = chunk {
                sql.push(&format!(" WHERE {column} IN ")).bind_list(ids.iter().copied());
            }
            sql.push(" ORDER BY organisation_id, project_id, role");
            let rows: Vec<(i64, i64, String)> = self.pool().fetch_all(&sql).await?;
            for (project, organisation, role) in rows {
                let role = ParticipationRole::parse(&role).map_err(|m| corrupt("participations.role", m))?;
                out.push((project, organisation, role));
            }
        }
        Ok(out)
    }

    pub async fn project(&self, id: i64) -> Result<Option<Project>, StoreError> {
        let row: Option<ProjectRow> = self
            .pool()
            .fetch_optional(&Sql::with(
                &format!("{PROJECT_SELECT} WHERE p.id = $1"),
                vec![id.into()],
            ))
            .await?;
        Ok(row.map(Project::from))
    }

    /// Projects by acronym, optionally those whose acronym contains `q`.
    pub async fn list_projects(&self, q: Option<&str>, page: Page) -> Result<ListPage<Project>, StoreError> {
        let mut filter = Sql::new(" WHERE 1 = 1");
        if let Some(q) = q {
            filter
                .push(" AND LOWER(p.acronym) LIKE ")
                .bind(format!("%{}%", crate::db::like_escape(&q.to_lowercase())))
                .push(" ESCAPE '\\'");
        }
        let mut count = Sql::new("SELECT COUNT(*) FROM projects p");
        count.text.push_str(&filter.text);
        count.args = filter.args.clone();
        let (total,): (i64,) = self.pool().fetch_one(&count).await?;
        let mut sql = Sql::new(PROJECT_SELECT);
        sql.text.push_str(&filter.text);
        sql.args = filter.args;
        sql.push(" ORDER BY LOWER(p.acronym), p.id LIMIT ")
            .bind(i64::from(page.limit))
            .push(" OFFSET ")
            .bind(i64::from(page.offset));
        let rows: Vec<ProjectRow> = self.pool().fetch_all(&sql).await?;
        Ok(ListPage {
            items: rows.into_iter().map(Project::from).collect(),
            total,
            limit: page.limit,
            offset: page.offset,
        })
    }

    /// Projects with these ids (those that exist), for keeping the search index current.
    pub async fn projects_by_ids(&self, ids: &[i64]) -> Result<Vec<Project>, StoreError> {
        let mut out = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(500) {
            let mut sql = Sql::new(&format!("{PROJECT_SELECT} WHERE p.id IN "));
            sql.bind_list(chunk.iter().copied());
            let rows: Vec<ProjectRow> = self.pool().fetch_all(&sql).await?;
            out.extend(rows.into_iter().map(Project::from));
        }
        Ok(out)
    }

    /// Up to `limit` projects with ids above `after`, in id order.
    pub async fn projects_after(&self, after: i64, limit: i64) -> Result<Vec<Project>, StoreError> {
        let rows: Vec<ProjectRow> = self
            .pool()
            .fetch_all(&Sql::with(
                &format!("{PROJECT_SELECT} WHERE p.id > $1 ORDER BY p.id LIMIT $2"),
                vec![after.into(), limit.into()],
            ))
            .await?;
        Ok(rows.into_iter().map(Project::from).collect())
    }

    /// The participations in these projects.
    pub async fn participants_of_projects(&self, ids: &[i64]) -> Result<Vec<Participation>, StoreError> {
        let mut out = Vec::new();
        for chunk in ids.chunks(500) {
            let mut sql = Sql::new(&format!("{PARTICIPATION_SELECT} WHERE x.project_id IN "));
            sql.bind_list(chunk.iter().copied())
                .push(" ORDER BY x.project_id, CASE x.role WHEN 'coordinator' THEN 0 ELSE 1 END, o.sort_key");
            let rows: Vec<ParticipationRow> = self.pool().fetch_all(&sql).await?;
            for r in rows {
                out.push(Participation::try_from(r)?);
            }
        }
        Ok(out)
    }

    pub async fn project_count(&self) -> Result<i64, StoreError> {
        let (n,): (i64,) = self
            .pool()
            .fetch_one(&Sql::new("SELECT COUNT(*) FROM projects"))
            .await?;
        Ok(n)
    }

    // --- project pages: created and kept by the consortium ----------------------------------

    /// Creates a project entered by an organisation, which takes part with `role`;
    /// `Conflict("acronym")` when a project without CORDIS id has this acronym already.
    pub async fn create_project(
        &self,
        organisation_id: i64,
        role: ParticipationRole,
        d: &ProjectDraft,
        details: &ProjectDetails,
    ) -> Result<i64, StoreError> {
        let json = serde_json::to_string(details).map_err(|e| corrupt("projects.details", e))?;
        let now = Utc::now();
        let mut tx = self.begin().await?;
        let r = tx
            .fetch_one::<(i64,)>(&Sql::with(
                "INSERT INTO projects (cordis_id, acronym, title, programme, details, created_at, updated_at) \
                 VALUES (NULL, $1, $2, $3, $4, $5, $5) RETURNING id",
                vec![
                    d.acronym.as_str().into(),
                    d.title.as_deref().into(),
                    d.programme.as_deref().into(),
                    json.into(),
                    now.into(),
                ],
            ))
            .await;
        let (id,) = match r {
            Ok(row) => row,
            Err(e) if is_unique_violation(&e) => return Err(StoreError::Conflict(Conflict::Acronym)),
            Err(e) => return Err(e),
        };
        save_participation(&mut tx, id, organisation_id, role, None).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Replaces what the consortium entered; the acronym only of projects without CORDIS id.
    pub async fn update_project(&self, id: i64, d: &ProjectDraft, details: &ProjectDetails) -> Result<(), StoreError> {
        let json = serde_json::to_string(details).map_err(|e| corrupt("projects.details", e))?;
        let mut tx = self.begin().await?;
        let r = tx
            .execute(&Sql::with(
                "UPDATE projects SET acronym = CASE WHEN cordis_id IS NULL THEN $1 ELSE acronym END, title = $2, \
                 programme = $3, details = $4, updated_at = $5 WHERE id = $6",
                vec![
                    d.acronym.as_str().into(),
                    d.title.as_deref().into(),
                    d.programme.as_deref().into(),
                    json.into(),
                    Utc::now().into(),
                    id.into(),
                ],
            ))
            .await;
        match r {
            Ok(0) => return Err(StoreError::NotFound),
            Ok(_) => {}
            Err(e) if is_unique_violation(&e) => return Err(StoreError::Conflict(Conflict::Acronym)),
            Err(e) => return Err(e),
        }
        change_feed::record(&mut tx, "project", id, Op::Upsert).await?;
        tx.commit().await
    }

    /// How the EU funds project `id`, as CORDIS' project.csv said (all empty for a project
    /// entered by hand); None when there is no such project.
    pub async fn project_funding(&self, id: i64) -> Result<Option<CordisFunding>, StoreError> {
        row! {
            struct FundingRow {
                status: Option<String>,
                ec_contribution_cents: Option<i64>,
                call_identifier: Option<String>,
                funding_scheme: Option<String>,
            }
        }
        let row: Option<FundingRow> = self
            .pool()
            .fetch_optional(&Sql::with(
                "SELECT status, ec_contribution_cents, call_identifier, funding_scheme FROM projects WHERE id = $1",
                vec![id.into()],
            ))
            .await?;
        Ok(row.map(|r| CordisFunding {
            status: r.status,
            ec_contribution: r.ec_contribution_cents.map(Cents),
            call: r.call_identifier,
            funding_scheme: r.funding_scheme,
        }))
    }

    /// Adds a partner (or gives it another role).
    pub async fn add_partner(
        &self,
        project_id: i64,
        organisation_id: i64,
        role: ParticipationRole,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin().await?;
        save_participation(&mut tx, project_id, organisation_id, role, None).await?;
        tx.commit().await
    }

    /// Invites an organisation into a project's consortium with a role; it joins when one of its
    /// admins accepts ([`Store::answer_partner_invitation`]). Inviting again renews the invitation.
    pub async fn invite_partner(
        &self,
        project_id: i64,
        organisation_id: i64,
        role: ParticipationRole,
        invited_by: i64,
    ) -> Result<(), StoreError> {
        self.pool()
            .execute(&Sql::with(
                "INSERT INTO partner_invitations (project_id, organisation_id, role, invited_by, created_at) \
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (project_id, organisation_id) DO UPDATE SET \
                 role = excluded.role, invited_by = excluded.invited_by, created_at = excluded.created_at",
                vec![
                    project_id.into(),
                    organisation_id.into(),
                    role.as_str().into(),
                    invited_by.into(),
                    Utc::now().into(),
                ],
            ))
            .await?;
        Ok(())
    }

    /// The organisations invited into a project's consortium and not answered yet.
    pub async fn partner_invitations(&self, project_id: i64) -> Result<Vec<PartnerInvitation>, StoreError> {
        let rows: Vec<(i64, String, String, String)> = self
            .pool()
            .fetch_all(&Sql::with(
                "SELECT o.id, o.slug, o.name, i.role FROM partner_invitations i \
                 JOIN organisations o ON o.id = i.organisation_id WHERE i.project_id = $1 ORDER BY o.name",
                vec![project_id.into()],
            ))
            .await?;
        rows.into_iter()
            .map(|(organisation_id, slug, name, role)| {
                Ok(PartnerInvitation {
                    organisation_id,
                    slug,
                    name,
                    role: ParticipationRole::parse(&role).map_err(|m| corrupt("partner_invitations.role", m))?,
                })
            })
            .collect()
    }

    /// Accepts (the organisation joins with the invited role) or declines an invitation; false
    /// when there was none.
    pub async fn answer_partner_invitation(
        &self,
        project_id: i64,
        organisation_id: i64,
        accept: bool,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin().await?;
        let Some((role,)) = tx
            .fetch_optional::<(String,)>(&Sql::with(
                "SELECT role FROM partner_invitations WHERE project_id = $1 AND organisation_id = $2",
                vec![project_id.into(), organisation_id.into()],
            ))
            .await?
        else {
            return Ok(false);
        };
        tx.execute(&Sql::with(
            "DELETE FROM partner_invitations WHERE project_id = $1 AND organisation_id = $2",
            vec![project_id.into(), organisation_id.into()],
        ))
        .await?;
        if accept {
            let role = ParticipationRole::parse(&role).map_err(|m| corrupt("partner_invitations.role", m))?;
            save_participation(&mut tx, project_id, organisation_id, role, None).await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    /// The organisation a project's news item was posted for: None when there is no such item,
    /// Some(None) when its organisation is gone.
    pub async fn news_organisation(&self, project_id: i64, news_id: i64) -> Result<Option<Option<i64>>, StoreError> {
        Ok(self
            .pool()
            .fetch_optional::<(Option<i64>,)>(&Sql::with(
                "SELECT organisation_id FROM project_news WHERE id = $1 AND project_id = $2",
                vec![news_id.into(), project_id.into()],
            ))
            .await?
            .map(|(o,)| o))
    }

    /// Removes an organisation from a project's consortium; false when it was not in it.
    pub async fn remove_partner(&self, project_id: i64, organisation_id: i64) -> Result<bool, StoreError> {
        let mut tx = self.begin().await?;
        let n = tx
            .execute(&Sql::with(
                "DELETE FROM participations WHERE project_id = $1 AND organisation_id = $2",
                vec![project_id.into(), organisation_id.into()],
            ))
            .await?;
        change_feed::record(&mut tx, "project", project_id, Op::Upsert).await?;
        tx.commit().await?;
        Ok(n > 0)
    }

    /// The organisations of a project's consortium with their roles (an organisation may hold
    /// several).
    pub async fn consortium(&self, project_id: i64) -> Result<Vec<(i64, ParticipationRole)>, StoreError> {
        let rows: Vec<(i64, String)> = self
            .pool()
            .fetch_all(&Sql::with(
                "SELECT organisation_id, role FROM participations WHERE project_id = $1",
                vec![project_id.into()],
            ))
            .await?;
        rows.into_iter()
            .map(|(id, role)| {
                ParticipationRole::parse(&role)
                    .map(|r| (id, r))
                    .map_err(|m| corrupt("participations.role", m))
            })
            .collect()
    }

    pub async fn add_project_news(
        &self,
        project_id: i64,
        organisation_id: i64,
        user_id: i64,
        title: &str,
        body: &str,
    ) -> Result<i64, StoreError> {
        let (id,): (i64,) = self
            .pool()
            .fetch_one(&Sql::with(
                "INSERT INTO project_news (project_id, organisation_id, user_id, title, body, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                vec![
                    project_id.into(),
                    organisation_id.into(),
                    user_id.into(),
                    title.into(),
                    body.into(),
                    Utc::now().into(),
                ],
            ))
            .await?;
        Ok(id)
    }

    /// A project's news, newest first.
    pub async fn project_news(&self, project_id: i64) -> Result<Vec<ProjectNews>, StoreError> {
        self.pool()
            .fetch_all(&Sql::with(
                "SELECT n.id, n.organisation_id, n.title, n.body, n.created_at, o.slug AS organisation_slug, \
                 o.name AS organisation_name \
                 FROM project_news n LEFT JOIN organisations o ON o.id = n.organisation_id \
                 WHERE n.project_id = $1 ORDER BY n.created_at DESC, n.id DESC LIMIT 200",
                vec![project_id.into()],
            ))
            .await
    }

    pub async fn delete_project_news(&self, project_id: i64, news_id: i64) -> Result<bool, StoreError> {
        Ok(self
            .pool()
            .execute(&Sql::with(
                "DELETE FROM project_news WHERE id = $1 AND project_id = $2",
                vec![news_id.into(), project_id.into()],
            ))
            .await?
            == 1)
    }

    /// Links an event to a project (linking twice changes nothing).
    pub async fn link_event(&self, project_id: i64, event_id: i64) -> Result<(), StoreError> {
        let r = self
            .pool()
            .execute(&Sql::with(
                "INSERT INTO project_events (project_id, event_id) VALUES ($1, $2)",
                vec![project_id.into(), event_id.into()],
            ))
            .await;
        match r {
            Ok(_) => Ok(()),
            Err(e) if is_unique_violation(&e) => Ok(()),
            Err(e) => Err(e),
        }
    }

    pub async fn unlink_event(&self, project_id: i64, event_id: i64) -> Result<bool, StoreError> {
        Ok(self
            .pool()
            .execute(&Sql::with(
                "DELETE FROM project_events WHERE project_id = $1 AND event_id = $2",
                vec![project_id.into(), event_id.into()],
            ))
            .await?
            == 1)
    }

    /// The ids of the events linked to a project.
    pub async fn project_event_ids(&self, project_id: i64) -> Result<Vec<i64>, StoreError> {
        Ok(self
            .pool()
            .fetch_all::<(i64,)>(&Sql::with(
                "SELECT event_id FROM project_events WHERE project_id = $1 ORDER BY event_id",
                vec![project_id.into()],
            ))
            .await?
            .into_iter()
            .map(|(id,)| id)
            .collect())
    }

    /// The projects an event is linked to: (id, acronym).
    pub async fn projects_of_event(&self, event_id: i64) -> Result<Vec<(i64, String)>, StoreError> {
        self.pool()
            .fetch_all(&Sql::with(
                "SELECT p.id, p.acronym FROM project_events x JOIN projects p ON p.id = x.project_id \
                 WHERE x.event_id = $1 ORDER BY p.acronym",
                vec![event_id.into()],
            ))
            .await
    }
}

row! {
    /// A news item of a project.
    #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
    pub struct ProjectNews {
        pub id: i64,
        /// Whom it speaks for (the page's rights use it; the API shows the slug).
        #[serde(skip)]
        pub organisation_id: Option<i64>,
        pub title: String,
        pub body: String,
        pub created_at: DateTime<Utc>,
        pub organisation_slug: Option<String>,
        pub organisation_name: Option<String>,
    }
}

/// An organisation invited into a project's consortium.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerInvitation {
    pub organisation_id: i64,
    pub slug: String,
    pub name: String,
    pub role: ParticipationRole,
}

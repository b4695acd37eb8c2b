//! B2B preferences and compact schedules: participants' marks on each other (must
//! meet, would like to meet, no thanks), the event's matchmaking mode and meeting limits, the
//! organiser's per-person limits, group meetings, and the meetings the organiser pairs from
//! preferences in hosted-buyer mode (accepted requests marked `hosted`).

use std::collections::HashSet;

use chrono::{DateTime, Utc};

use crate::corrupt;
use crate::{Sql, Store, StoreError};

/// What a participant thinks of meeting another one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    Must,
    Wish,
    No,
}

impl Mark {
    pub const ALL: [Mark; 3] = [Mark::Must, Mark::Wish, Mark::No];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Must => "must",
            Self::Wish => "wish",
            Self::No => "no",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str() == s)
    }
}

/// One mark, from one registration on another.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Preference {
    pub from_id: i64,
    pub to_id: i64,
    pub mark: Mark,
}

/// How an event's matchmaking runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Participants ask for meetings and accept them; preferences only raise priorities.
    #[default]
    Requests,
    /// The organiser pairs people from their preferences (hosted-buyer programmes).
    Hosted,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Requests => "requests",
            Self::Hosted => "hosted",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "requests" => Some(Self::Requests),
            "hosted" => Some(Self::Hosted),
            _ => None,
        }
    }
}

/// At least and at most this many meetings (None: no limit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct Limits {
    pub min: Option<u16>,
    pub max: Option<u16>,
}

/// The organiser's settings of an event's matchmaking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct Settings {
    pub mode: Mode,
    /// Event-wide limits, which a participant's own ones override.
    pub limits: Limits,
    /// Leave out pairs from preferences who met at an earlier event of the same organiser.
    pub skip_met: bool,
}

/// A group meeting: a host and guests in one slot at one table.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct GroupMeeting {
    pub id: i64,
    pub event_id: i64,
    pub host_id: i64,
    pub guests: Vec<i64>,
    pub title: String,
    pub slot: Option<u16>,
    pub table: Option<u32>,
    pub locked: bool,
    /// Why the last run left it out (a reason code, as for meeting requests).
    pub unscheduled: Option<String>,
}

impl GroupMeeting {
    /// The host, then the guests.
    pub fn members(&self) -> impl Iterator<Item = i64> + '_ {
        std::iter::once(self.host_id).chain(self.guests.iter().copied())
    }
}

/// A group meeting's place in a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupPlaced {
    pub group_id: i64,
    pub at: Option<(u16, u32)>,
    pub unscheduled: Option<String>,
}

fn limit(v: Option<i64>, column: &'static str) -> Result<Option<u16>, StoreError> {
    v.map(|n| u16::try_from(n).map_err(|e| corrupt(column, e))).transpose()
}

row! {
    struct GroupRow {
        id: i64,
        event_id: i64,
        host_id: i64,
        title: String,
        slot: Option<i64>,
        table_no: Option<i64>,
        locked: bool,
        unscheduled: Option<String>,
        /// One guest per row (none for a group without guests yet).
        guest: Option<i64>,
    }
}

/// Makes `a` and `b` (registrations) an accepted meeting the organiser paired from preferences:
/// a request withdrawn earlier between the two (either way) is taken up again, as the pair is
/// unique per direction; else a new one is made, unless a request of the two came first.
pub(crate) async fn take_up_pair(
    tx: &mut crate::db::Tx,
    event_id: i64,
    a: i64,
    b: i64,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let n = tx
        .execute(&Sql::with(
            "UPDATE meeting_requests SET state = 'accepted', hosted = $1, locked = $2, slot = NULL, \
             table_no = NULL, unscheduled = NULL, updated_at = $3 WHERE id = (SELECT id FROM meeting_requests \
             WHERE event_id = $4 AND state = 'withdrawn' AND ((requester_id = $5 AND invitee_id = $6) \
             OR (requester_id = $6 AND invitee_id = $5)) ORDER BY id LIMIT 1)",
            vec![
                true.into(),
                false.into(),
                now.into(),
                event_id.into(),
                a.into(),
                b.into(),
            ],
        ))
        .await?;
    if n == 0 {
        tx.execute(&Sql::with(
            "INSERT INTO meeting_requests (event_id, requester_id, invitee_id, message, state, hosted, \
             created_at, updated_at) VALUES ($1, $2, $3, '', 'accepted', $4, $5, $5) ON CONFLICT DO NOTHING",
            vec![event_id.into(), a.into(), b.into(), true.into(), now.into()],
        ))
        .await?;
    }
    Ok(())
}

impl Store {
    /// Sets (or, with None, clears) the mark of `from` on `to`.
    pub async fn set_preference(
        &self,
        event_id: i64,
        from: i64,
        to: i64,
        mark: Option<Mark>,
    ) -> Result<(), StoreError> {
        let sql = match mark {
            Some(m) => Sql::with(
                "INSERT INTO meeting_preferences (event_id, from_id, to_id, mark, updated_at) \
                 VALUES ($1, $2, $3, $4, $5) \
                 ON CONFLICT (from_id, to_id) DO UPDATE SET mark = excluded.mark, updated_at = excluded.updated_at",
                vec![
                    event_id.into(),
                    from.into(),
                    to.into(),
                    m.as_str().into(),
                    Utc::now().into(),
                ],
            ),
            None => Sql::with(
                "DELETE FROM meeting_preferences WHERE event_id = $1 AND from_id = $2 AND to_id = $3",
                vec![event_id.into(), from.into(), to.into()],
            ),
        };
        self.pool().execute(&sql).await?;
        Ok(())
    }

    /// The marks one registration made.
    pub async fn preferences_of(&self, from: i64) -> Result<Vec<Preference>, StoreError> {
        self.preferences_where(Sql::with(
            "SELECT from_id, to_id, mark FROM meeting_preferences WHERE from_id = $1 ORDER BY to_id",
            vec![from.into()],
        ))
        .await
    }

    /// Every mark made at an event.
    pub async fn preferences(&self, event_id: i64) -> Result<Vec<Preference>, StoreError> {
        self.preferences_where(Sql::with(
            "SELECT from_id, to_id, mark FROM meeting_preferences WHERE event_id = $1 ORDER BY from_id, to_id",
            vec![event_id.into()],
        ))
        .await
    }

    async fn preferences_where(&self, sql: Sql) -> Result<Vec<Preference>, StoreError> {
        let rows: Vec<(i64, i64, String)> = self.pool().fetch_all(&sql).await?;
        rows.into_iter()
            .map(|(from_id, to_id, mark)| {
                Ok(Preference {
                    from_id,
                    to_id,
                    mark: Mark::parse(&mark).ok_or_else(|| corrupt("meeting_preferences.mark", mark))?,
                })
            })
            .collect()
    }

    /// An event's matchmaking settings (the defaults until the organiser saved some).
    pub async fn b2b_settings(&self, event_id: i64) -> Result<Settings, StoreError> {
        let row: Option<(String, Option<i64>, Option<i64>, bool)> = self
            .pool()
            .fetch_optional(&Sql::with(
                "SELECT mode, min_meetings, max_meetings, skip_met FROM b2b_settings WHERE event_id = $1",
                vec![event_id.into()],
            ))
            .await?;
        let Some((mode, min, max, skip_met)) = row else {
            return Ok(Settings::default());
        };
        Ok(Settings {
            mode: Mode::parse(&mode).ok_or_else(|| corrupt("b2b_settings.mode", mode))?,
            limits: Limits {
                min: limit(min, "b2b_settings.min_meetings")?,
                max: limit(max, "b2b_settings.max_meetings")?,
            },
            skip_met,
        })
    }

    pub async fn set_b2b_settings(&self, event_id: i64, s: &Settings) -> Result<(), StoreError> {
        self.pool()
            .execute(&Sql::with(
                "INSERT INTO b2b_settings (event_id, mode, min_meetings, max_meetings, skip_met, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (event_id) DO UPDATE SET mode = excluded.mode, \
                 min_meetings = excluded.min_meetings, max_meetings = excluded.max_meetings, \
                 skip_met = excluded.skip_met, updated_at = excluded.updated_at",
                vec![
                    event_id.into(),
                    s.mode.as_str().into(),
                    s.limits.min.map(i64::from).into(),
                    s.limits.max.map(i64::from).into(),
                    s.skip_met.into(),
                    Utc::now().into(),
                ],
            ))
            .await?;
        Ok(())
    }

    /// Sets (or, with no limits at all, clears) a participant's own limits.
    pub async fn set_meeting_limits(&self, registration_id: i64, l: Limits) -> Result<(), StoreError> {
        let sql = if l == Limits::default() {
            Sql::with(
                "DELETE FROM meeting_limits WHERE registration_id = $1",
                vec![registration_id.into()],
            )
        } else {
            Sql::with(
                "INSERT INTO meeting_limits (registration_id, min_meetings, max_meetings, updated_at) \
                 VALUES ($1, $2, $3, $4) ON CONFLICT (registration_id) DO UPDATE SET \
                 min_meetings = excluded.min_meetings, max_meetings = excluded.max_meetings, \
                 updated_at = excluded.updated_at",
                vec![
                    registration_id.into(),
                    l.min.map(i64::from).into(),
                    l.max.map(i64::from).into(),
                    Utc::now().into(),
                ],
            )
        };
        self.pool().execute(&sql).await?;
        Ok(())
    }

    /// The participants of an event with limits of their own.
    pub async fn meeting_limits(&self, event_id: i64) -> Result<Vec<(i64, Limits)>, StoreError> {
        let rows: Vec<(i64, Option<i64>, Option<i64>)> = self
            .pool()
            .fetch_all(&Sql::with(
                "SELECT l.registration_id, l.min_meetings, l.max_meetings FROM meeting_limits l \
                 JOIN registrations r ON r.id = l.registration_id WHERE r.event_id = $1 ORDER BY l.registration_id",
                vec![event_id.into()],
            ))
            .await?;
        rows.into_iter()
            .map(|(id, min, max)| {
                Ok((
                    id,
                    Limits {
                        min: limit(min, "meeting_limits.min_meetings")?,
                        max: limit(max, "meeting_limits.max_meetings")?,
                    },
                ))
            })
            .collect()
    }

    /// Pairs of people (user ids, the smaller first) who met at an earlier B2B event of the same
    /// organisation.
    ///
    /// "Met" is a meeting accepted by both, placed in a slot and published (the event's schedule
    /// was published), at an event of the organisation that started before this one, unless the
    /// attendance reports (migration 0030) say it did not happen: the organiser's report settles
    /// it, else a table steward's (migration 0032); without either, a no-show reported by either
    /// side counts. A meeting nobody reported on
    /// is taken as held, since its place in the published schedule is all that is known of it.
    /// People are compared by account, as their registrations differ from one event to the next.
    pub async fn met_before(&self, event_id: i64) -> Result<HashSet<(i64, i64)>, StoreError> {
        let rows: Vec<(i64, i64)> = self
            .pool()
            .fetch_all(&Sql::with(
                "SELECT ra.user_id, rb.user_id FROM meeting_requests m \
                 JOIN events past ON past.id = m.event_id \
                 JOIN events cur ON cur.id = $1 \
                 JOIN registrations ra ON ra.id = m.requester_id \
                 JOIN registrations rb ON rb.id = m.invitee_id \
                 WHERE past.organisation_id = cur.organisation_id AND past.id <> cur.id \
                 AND past.starts_at < cur.starts_at AND past.schedule_published_at IS NOT NULL \
                 AND m.state = 'accepted' AND m.slot IS NOT NULL AND m.locked = $2 \
                 AND NOT EXISTS (SELECT 1 FROM b2b_meeting_reports r WHERE r.request_id = m.id \
                 AND r.outcome = 'no-show' AND NOT EXISTS \
                 (SELECT 1 FROM b2b_meeting_reports o WHERE o.request_id = m.id \
                 AND ((o.side = 'organiser' AND r.side <> 'organiser') \
                 OR (o.side = 'steward' AND r.side IN ('requester', 'invitee')))))",
                vec![event_id.into(), true.into()],
            ))
            .await?;
        Ok(rows.into_iter().map(|(a, b)| (a.min(b), a.max(b))).collect())
    }

    /// Makes the meetings paired from preferences exactly `pairs` (registration ids): each pair
    /// without a live request between them gets an accepted, hosted one; hosted meetings not in
    /// `pairs` that are not locked are withdrawn. A request the two made themselves, in any
    /// live state (pending or declined too), is their own decision and is left as it is. Answers
    /// how many were added and withdrawn.
    pub async fn sync_hosted_meetings(
        &self,
        event_id: i64,
        pairs: &[(i64, i64)],
    ) -> Result<(usize, usize), StoreError> {
        let now = Utc::now();
        let mut tx = self.begin().await?;
        tx.execute(&Sql::with(
            "UPDATE events SET id = id WHERE id = $1",
            vec![event_id.into()],
        ))
        .await?;
        let live: Vec<(i64, i64, i64, bool, bool)> = tx
            .fetch_all(&Sql::with(
                "SELECT id, requester_id, invitee_id, hosted, locked FROM meeting_requests \
                 WHERE event_id = $1 AND state <> 'withdrawn'",
                vec![event_id.into()],
            ))
            .await?;
        let wanted: HashSet<(i64, i64)> = pairs.iter().map(|&(a, b)| (a.min(b), a.max(b))).collect();
        let mut have = HashSet::new();
        let mut withdrawn = 0;
        for (id, a, b, hosted, locked) in live {
            let key = (a.min(b), a.max(b));
            if hosted && !locked && !wanted.contains(&key) {
                tx.execute(&Sql::with(
                    "UPDATE meeting_requests SET state = 'withdrawn', slot = NULL, table_no = NULL, \
                     unscheduled = NULL, updated_at = $1 WHERE id = $2",
                    vec![now.into(), id.into()],
                ))
                .await?;
                withdrawn += 1;
            } else {
                have.insert(key);
            }
        }
        let mut added = 0;
        let mut todo: Vec<&(i64, i64)> = wanted.iter().filter(|k| !have.contains(k)).collect();
        todo.sort_unstable();
        for &(a, b) in todo {
            take_up_pair(&mut tx, event_id, a, b, now).await?;
            added += 1;
        }
        tx.commit().await?;
        Ok((added, withdrawn))
    }

    /// The ids of an event's live requests the organiser paired from preferences.
    pub async fn hosted_request_ids(&self, event_id: i64) -> Result<HashSet<i64>, StoreError> {
        let rows: Vec<(i64,)> = self
            .pool()
            .fetch_all(&Sql::with(
                "SELECT id FROM meeting_requests WHERE event_id = $1 AND hosted = $2 AND state <> 'withdrawn'",
                vec![event_id.into(), true.into()],
            ))
            .await?;
        Ok(rows.into_iter().map(|(id,)| id).collect())
    }

    // --- group meetings ----------------------------------------------------------------

    /// Creates a group meeting; answers its id.
    pub async fn create_group_meeting(
        &self,
        event_id: i64,
        host: i64,
        guests: &[i64],
        title: &str,
    ) -> Result<i64, StoreError> {
        let now = Utc::now();
        let mut tx = self.begin().await?;
        let (id,): (i64,) = tx
            .fetch_one(&Sql::with(
                "INSERT INTO group_meetings (event_id, host_id, title, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $4) RETURNING id",
                vec![event_id.into(), host.into(), title.into(), now.into()],
            ))
            .await?;
        for &g in guests {
            tx.execute(&Sql::with(
                "INSERT INTO group_meeting_guests (group_id, registration_id) VALUES ($1, $2)",
                vec![id.into(), g.into()],
            ))
            .await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    /// Changes a group meeting's members and title; a group that changed is scheduled afresh.
    /// False when the event has no such group.
    pub async fn update_group_meeting(
        &self,
        event_id: i64,
        id: i64,
        host: i64,
        guests: &[i64],
        title: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin().await?;
        let n = tx
            .execute(&Sql::with(
                "UPDATE group_meetings SET host_id = $1, title = $2, slot = NULL, table_no = NULL, locked = $3, \
                 unscheduled = NULL, updated_at = $4 WHERE id = $5 AND event_id = $6",
                vec![
                    host.into(),
                    title.into(),
                    false.into(),
                    Utc::now().into(),
                    id.into(),
                    event_id.into(),
                ],
            ))
            .await?;
        if n == 0 {
            return Ok(false);
        }
        tx.execute(&Sql::with(
            "DELETE FROM group_meeting_guests WHERE group_id = $1",
            vec![id.into()],
        ))
        .await?;
        for &g in guests {
            tx.execute(&Sql::with(
                "INSERT INTO group_meeting_guests (group_id, registration_id) VALUES ($1, $2)",
                vec![id.into(), g.into()],
            ))
            .await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    /// Removes a group meeting; false when the event has no such group.
    pub async fn delete_group_meeting(&self, event_id: i64, id: i64) -> Result<bool, StoreError> {
        let n = self
            .pool()
            .execute(&Sql::with(
                "DELETE FROM group_meetings WHERE id = $1 AND event_id = $2",
                vec![id.into(), event_id.into()],
            ))
            .await?;
        Ok(n == 1)
    }

    /// An event's group meetings with their guests, oldest first.
    pub async fn group_meetings(&self, event_id: i64) -> Result<Vec<GroupMeeting>, StoreError> {
        self.groups_where("m.event_id = $1", vec![event_id.into()]).await
    }

    /// The group meetings of an event that `registration_id` hosts or is a guest of.
    pub async fn group_meetings_of(
        &self,
        event_id: i64,
        registration_id: i64,
    ) -> Result<Vec<GroupMeeting>, StoreError> {
        self.groups_where(
            "m.event_id = $1 AND (m.host_id = $2 OR m.id IN \
             (SELECT group_id FROM group_meeting_guests WHERE registration_id = $2))",
            vec![event_id.into(), registration_id.into()],
        )
        .await
    }

    async fn groups_where(&self, filter: &str, args: Vec<crate::Arg>) -> Result<Vec<GroupMeeting>, StoreError> {
        // One read, a row per guest, in guest order within each group.
        let rows: Vec<GroupRow> = self
            .pool()
            .fetch_all(&Sql::with(
                &format!(
                    "SELECT m.id, m.event_id, m.host_id, m.title, m.slot, m.table_no, m.locked, m.unscheduled, \
                     g.registration_id AS guest FROM group_meetings m \
                     LEFT JOIN group_meeting_guests g ON g.group_id = m.id WHERE {filter} \
                     ORDER BY m.id, g.registration_id"
                ),
                args,
            ))
            .await?;
        let mut out: Vec<GroupMeeting> = Vec::new();
        for r in rows {
            if out.last().is_none_or(|g| g.id != r.id) {
                out.push(GroupMeeting {
                    id: r.id,
                    event_id: r.event_id,
                    host_id: r.host_id,
                    guests: Vec::new(),
                    title: r.title,
                    slot: limit(r.slot, "group_meetings.slot")?,
                    table: r
                        .table_no
                        .map(|t| u32::try_from(t).map_err(|e| corrupt("group_meetings.table_no", e)))
                        .transpose()?,
                    locked: r.locked,
                    unscheduled: r.unscheduled,
                });
            }
            if let (Some(guest), Some(g)) = (r.guest, out.last_mut()) {
                g.guests.push(guest);
            }
        }
        Ok(out)
    }

    /// Stores a run's places and reasons of the unlocked group meetings.
    pub async fn save_group_schedule(&self, event_id: i64, placed: &[GroupPlaced]) -> Result<(), StoreError> {
        let now: DateTime<Utc> = Utc::now();
        let mut tx = self.begin().await?;
        for p in placed {
            tx.execute(&Sql::with(
                "UPDATE group_meetings SET slot = $1, table_no = $2, unscheduled = $3, updated_at = $4 \
                 WHERE id = $5 AND event_id = $6 AND locked = $7",
                vec![
                    p.at.map(|(s, _)| i64::from(s)).into(),
                    p.at.map(|(_, t)| i64::from(t)).into(),
                    p.unscheduled.clone().into(),
                    now.into(),
                    p.group_id.into(),
                    event_id.into(),
                    false.into(),
                ],
            ))
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Takes every unlocked group meeting out of the schedule (the sessions changed, so its
    /// slot means another time now).
    pub async fn clear_group_schedule(&self, event_id: i64) -> Result<(), StoreError> {
        self.pool()
            .execute(&Sql::with(
                "UPDATE group_meetings SET slot = NULL, table_no = NULL, unscheduled = NULL, updated_at = $1 \
                 WHERE event_id = $2 AND locked = $3",
                vec![Utc::now().into(), event_id.into(), false.into()],
            ))
            .await?;
        Ok(())
    }

    /// Confirms every placed group meeting when the schedule is published, as for pairs.
    pub async fn lock_group_meetings(&self, event_id: i64) -> Result<(), StoreError> {
        self.pool()
            .execute(&Sql::with(
                "UPDATE group_meetings SET locked = $1, updated_at = $2 WHERE event_id = $3 AND slot IS NOT NULL",
                vec![true.into(), Utc::now().into(), event_id.into()],
            ))
            .await?;
        Ok(())
    }
}

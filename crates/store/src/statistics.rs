//! Figures for the maps, the region pages and the statistics: counts and sums grouped by region,
//! country, kind or month, read with the directory's filter, and the collaboration network of
//! shared projects. Every figure counts public things only (published opportunities and events,
//! the directory's public profiles), since maps and statistics are shown to visitors.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Datelike, Utc};
use domain::statistics::{gisco_country, MapLevel, Measure};
use domain::DirectoryFilter;

use crate::organisations::push_filter;
use crate::{Sql, Store, StoreError, Tx};

row! {
    /// A region's boundary, projected and simplified at import (`clusterhub import boundaries`).
    #[derive(Debug, Clone, PartialEq, serde::Serialize)]
    pub struct MapShape {
        pub code: String,
        pub level: i64,
        pub country: String,
        pub name: String,
        pub name_latn: String,
        pub path: String,
        pub label_x: f64,
        pub label_y: f64,
        pub min_x: f64,
        pub min_y: f64,
        pub max_x: f64,
        pub max_y: f64,
    }
}

/// Replaces every boundary: a newer GISCO release may rename or split regions. The change feed
/// records it, so every node's cached maps are drawn again.
pub async fn replace_shapes(tx: &mut Tx, shapes: &[MapShape]) -> Result<(), StoreError> {
    tx.execute(&Sql::new("DELETE FROM map_shapes")).await?;
    crate::change_feed::record(tx, "map_shapes", 0, crate::change_feed::Op::Upsert).await?;
    for chunk in shapes.chunks(200) {
        let mut sql = Sql::new(
            "INSERT INTO map_shapes (code, level, country, name, name_latn, path, label_x, label_y, \
             min_x, min_y, max_x, max_y) VALUES ",
        );
        for (i, s) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push(", ");
            }
            sql.push("(")
                .bind(s.code.as_str())
                .push(", ")
                .bind(s.level)
                .push(", ")
                .bind(s.country.as_str())
                .push(", ")
                .bind(s.name.as_str())
                .push(", ")
                .bind(s.name_latn.as_str())
                .push(", ")
                .bind(s.path.as_str());
            for v in [s.label_x, s.label_y, s.min_x, s.min_y, s.max_x, s.max_y] {
                sql.push(", ").bind(Some(v));
            }
            sql.push(")");
        }
        tx.execute(&sql).await?;
    }
    Ok(())
}

/// The figure of each region of a map, and the total over all of them.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct RegionFigures {
    /// Region code (GISCO's: EL, UK for countries) → figure (cents for money).
    pub by_region: BTreeMap<String, i64>,
    /// The figure over everything the filter finds, placed in a region or not.
    pub total: i64,
    /// Organisations the filter finds that have no region of the map's level.
    pub unplaced: i64,
}

/// An organisation drawn as a marker on a zoomed map.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Marker {
    pub slug: String,
    pub name: String,
    pub kind: String,
    pub lat: f64,
    pub lon: f64,
}

/// Counts by a key (a kind, a country, a month…), largest first unless said otherwise.
pub type Counts = Vec<(String, i64)>;

/// The platform's statistics page.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Statistics {
    pub organisations_by_type: Counts,
    pub organisations_by_technology: Counts,
    pub organisations_by_ecosystem: Counts,
    pub organisations_by_country: Counts,
    pub projects_by_country: Counts,
    /// EU contribution (cents) to the organisations of each country.
    pub contribution_by_country: Counts,
    pub projects_by_programme: Counts,
    pub contribution_by_programme: Counts,
    /// `YYYY-MM` → published events starting that month, in month order.
    pub events_by_month: Counts,
    pub opportunities_by_kind: Counts,
    pub opportunities_by_state: Counts,
    pub meetings: Meetings,
}

/// B2B matchmaking at the platform's events.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Meetings {
    pub requested: i64,
    pub accepted: i64,
    pub scheduled: i64,
}

/// A year of a region's projects.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct ProjectYear {
    pub year: i32,
    pub projects: i64,
    /// EU contribution (cents) to the region's organisations in the projects starting that year.
    pub contribution: i64,
}

/// An open opportunity or upcoming event listed on a region's page.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Listed {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub organisation: String,
    /// The deadline of an opportunity, the start of an event.
    pub when: String,
}

/// A region's page.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct RegionSummary {
    pub organisations: i64,
    pub by_type: Counts,
    pub by_technology: Counts,
    pub by_ecosystem: Counts,
    pub clusters: Vec<crate::organisations::OrganisationRef>,
    pub years: Vec<ProjectYear>,
    pub projects: i64,
    pub contribution: i64,
    /// Regions of the same level sharing the most projects with this one: (code, projects).
    pub partners: Counts,
    pub opportunities: Vec<Listed>,
    pub events: Vec<Listed>,
}

/// Whose collaboration network to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NetworkOf {
    Organisation(i64),
    /// A NUTS region or a country, as the prefix of the organisations' NUTS codes (GISCO's
    /// country codes) or, for countries without NUTS codes, the ISO country.
    Region(String),
}

/// An organisation of a network.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct NetworkNode {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub country: String,
    /// Inside the region (or the organisation itself): the others are its partners.
    pub inside: bool,
}

/// Organisations and how many projects each pair shares.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Network {
    pub nodes: Vec<NetworkNode>,
    /// (index, index, shared projects)
    pub links: Vec<(usize, usize, i64)>,
    /// Pairs left out beyond [`MAX_PAIRS`], weakest first.
    pub truncated: bool,
}

/// The most pairs a network reads; the drawing keeps a few hundred nodes anyway.
pub const MAX_PAIRS: i64 = 20_000;

/// The region key of `organisations o` at a map level, and the condition that it exists.
fn region_key(level: MapLevel) -> (String, String) {
    match level {
        MapLevel::Country => ("o.country".into(), String::new()),
        l => {
            let n = l.code_len();
            (
                format!("substr(o.nuts_code, 1, {n})"),
                format!(" AND o.nuts_code IS NOT NULL AND length(o.nuts_code) >= {n}"),
            )
        }
    }
}

/// `FROM … WHERE 1 = 1 AND …` of a measure, and the figure's expression.
fn measure_source(measure: Measure) -> (&'static str, &'static str) {
    match measure {
        Measure::Organisations => ("FROM organisations o WHERE 1 = 1", "COUNT(*)"),
        Measure::Clusters => ("FROM organisations o WHERE o.kind = 'cluster'", "COUNT(*)"),
        Measure::Projects => (
            "FROM participations p JOIN organisations o ON o.id = p.organisation_id WHERE 1 = 1",
            "COUNT(DISTINCT p.project_id)",
        ),
        Measure::Contribution => (
            "FROM participations p JOIN organisations o ON o.id = p.organisation_id WHERE 1 = 1",
            "CAST(COALESCE(SUM(p.ec_contribution_cents), 0) AS BIGINT)",
        ),
        Measure::Opportunities => (
            "FROM opportunities x JOIN organisations o ON o.id = x.organisation_id \
             WHERE x.state = 'published' AND x.visibility = 'public'",
            "COUNT(*)",
        ),
        Measure::Events => (
            "FROM events x JOIN organisations o ON o.id = x.organisation_id WHERE x.state = 'published'",
            "COUNT(*)",
        ),
    }
}

fn sorted(mut counts: Counts) -> Counts {
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    counts
}

/// The year a project started: its start date, else the year in its call topic's code
/// (HORIZON-CL4-2022-…), which CORDIS projects always have.
pub fn project_year(details: &str, topics: &str) -> Option<i32> {
    let details: serde_json::Value = serde_json::from_str(details).unwrap_or_default();
    if let Some(y) = details
        .get("starts")
        .and_then(|s| s.as_str())
        .and_then(|s| s.get(..4))
        .and_then(|y| y.parse().ok())
    {
        return Some(y);
    }
    let topics: serde_json::Value = serde_json::from_str(topics).unwrap_or_default();
    topics.as_array()?.iter().find_map(|t| {
        let code = t.get("code")?.as_str()?;
        code.split(['-', '_'])
            .filter(|p| p.len() == 4)
            .filter_map(|p| p.parse::<i32>().ok())
            .find(|y| (2000..2100).contains(y))
    })
}

impl Store {
    pub async fn map_shapes(&self, level: u8) -> Result<Vec<MapShape>, StoreError> {
        self.pool()
            .fetch_all(&Sql::with(
                "SELECT code, level, country, name, name_latn, path, label_x, label_y, min_x, min_y, max_x, max_y \
                 FROM map_shapes WHERE level = $1 ORDER BY code",
                vec![i64::from(level).into()],
            ))
            .await
    }

    pub async fn map_shape(&self, code: &str) -> Result<Option<MapShape>, StoreError> {
        self.pool()
            .fetch_optional(&Sql::with(
                "SELECT code, level, country, name, name_latn, path, label_x, label_y, min_x, min_y, max_x, max_y \
                 FROM map_shapes WHERE code = $1",
                vec![code.into()],
            ))
            .await
    }

    /// The figure of a measure in every region of a level, for what the directory's filter finds.
    pub async fn region_figures(
        &self,
        f: &DirectoryFilter,
        measure: Measure,
        level: MapLevel,
    ) -> Result<RegionFigures, StoreError> {
        let (from, figure) = measure_source(measure);
        let (key, exists) = region_key(level);
        let mut sql = Sql::new(&format!("SELECT {key}, {figure} {from}{exists}"));
        push_filter(&mut sql, f);
        sql.push(" GROUP BY 1");
        let rows: Vec<(Option<String>, i64)> = self.pool().fetch_all(&sql).await?;
        let mut by_region = BTreeMap::new();
        for (code, n) in rows {
            if let Some(code) = code {
                *by_region.entry(gisco_country(&code).to_owned()).or_insert(0) += n;
            }
        }
        let mut sql = Sql::new(&format!("SELECT {figure} {from}"));
        push_filter(&mut sql, f);
        let (total,): (i64,) = self.pool().fetch_one(&sql).await?;
        let unplaced = match measure {
            Measure::Organisations | Measure::Clusters => total - by_region.values().sum::<i64>(),
            _ => 0,
        };
        Ok(RegionFigures {
            by_region,
            total,
            unplaced: unplaced.max(0),
        })
    }

    /// Organisations with coordinates that the filter finds, at most `limit`, largest clusters
    /// first so that a capped map still shows the hubs.
    pub async fn map_markers(&self, f: &DirectoryFilter, limit: i64) -> Result<Vec<Marker>, StoreError> {
        let mut sql = Sql::new(
            "SELECT o.slug, o.name, o.kind, o.lat, o.lon FROM organisations o \
             WHERE o.lat IS NOT NULL AND o.lon IS NOT NULL",
        );
        push_filter(&mut sql, f);
        sql.push(" ORDER BY o.members_total DESC NULLS LAST, o.sort_key, o.id LIMIT ")
            .bind(limit);
        let rows: Vec<(String, String, String, f64, f64)> = self.pool().fetch_all(&sql).await?;
        Ok(rows
            .into_iter()
            .map(|(slug, name, kind, lat, lon)| Marker {
                slug,
                name,
                kind,
                lat,
                lon,
            })
            .collect())
    }

    async fn counts(&self, sql: &str) -> Result<Counts, StoreError> {
        let rows: Vec<(Option<String>, i64)> = self.pool().fetch_all(&Sql::new(sql)).await?;
        Ok(sorted(
            rows.into_iter().map(|(k, n)| (k.unwrap_or_default(), n)).collect(),
        ))
    }

    async fn counts_with(&self, sql: Sql) -> Result<Counts, StoreError> {
        let rows: Vec<(Option<String>, i64)> = self.pool().fetch_all(&sql).await?;
        Ok(sorted(
            rows.into_iter().map(|(k, n)| (k.unwrap_or_default(), n)).collect(),
        ))
    }

    /// Everything the statistics page shows.
    pub async fn statistics(&self, now: DateTime<Utc>) -> Result<Statistics, StoreError> {
        let contribution = "CAST(COALESCE(SUM(p.ec_contribution_cents), 0) AS BIGINT)";
        let meetings: (i64, i64, i64) = self
            .pool()
            .fetch_one(&Sql::new(
                "SELECT COUNT(*), \
                 COALESCE(SUM(CASE WHEN m.state = 'accepted' THEN 1 ELSE 0 END), 0), \
                 COALESCE(SUM(CASE WHEN m.state = 'accepted' AND m.slot IS NOT NULL \
                   AND e.schedule_published_at IS NOT NULL THEN 1 ELSE 0 END), 0) \
                 FROM meeting_requests m JOIN events e ON e.id = m.event_id WHERE e.state = 'published'",
            ))
            .await?;
        Ok(Statistics {
            organisations_by_type: self
                .counts("SELECT kind, COUNT(*) FROM organisations GROUP BY kind")
                .await?,
            organisations_by_technology: self
                .counts("SELECT value, COUNT(*) FROM organisation_tags WHERE facet = 'ket' GROUP BY value")
                .await?,
            organisations_by_ecosystem: self
                .counts("SELECT value, COUNT(*) FROM organisation_tags WHERE facet = 'ecosystem' GROUP BY value")
                .await?,
            organisations_by_country: self
                .counts("SELECT country, COUNT(*) FROM organisations GROUP BY country")
                .await?,
            projects_by_country: self
                .counts(
                    "SELECT o.country, COUNT(DISTINCT p.project_id) FROM participations p \
                     JOIN organisations o ON o.id = p.organisation_id GROUP BY o.country",
                )
                .await?,
            contribution_by_country: self
                .counts(&format!(
                    "SELECT o.country, {contribution} FROM participations p \
                     JOIN organisations o ON o.id = p.organisation_id GROUP BY o.country"
                ))
                .await?,
            projects_by_programme: self
                .counts("SELECT programme, COUNT(*) FROM projects GROUP BY programme")
                .await?,
            contribution_by_programme: self
                .counts(&format!(
                    "SELECT pr.programme, {contribution} FROM participations p \
                     JOIN projects pr ON pr.id = p.project_id GROUP BY pr.programme"
                ))
                .await?,
            events_by_month: self.events_by_month(now).await?,
            opportunities_by_kind: self
                .counts(
                    "SELECT kind, COUNT(*) FROM opportunities \
                     WHERE state = 'published' AND visibility = 'public' GROUP BY kind",
                )
                .await?,
            opportunities_by_state: self
                .counts(
                    "SELECT state, COUNT(*) FROM opportunities \
                     WHERE state IN ('published', 'expired', 'closed') AND visibility = 'public' GROUP BY state",
                )
                .await?,
            meetings: Meetings {
                requested: meetings.0,
                accepted: meetings.1,
                scheduled: meetings.2,
            },
        })
    }

    /// Published events per month over the two years before `now` and the year after; months
    /// without events are there with 0, so the chart's time axis has no holes.
    async fn events_by_month(&self, now: DateTime<Utc>) -> Result<Counts, StoreError> {
        let first = month_index(now) - 24;
        let last = month_index(now) + 11;
        let rows: Vec<(DateTime<Utc>,)> = self
            .pool()
            .fetch_all(&Sql::with(
                "SELECT starts_at FROM events WHERE state = 'published' AND starts_at >= $1 AND starts_at < $2",
                vec![month_start(first).into(), month_start(last + 1).into()],
            ))
            .await?;
        let mut months: BTreeMap<i32, i64> = (first..=last).map(|m| (m, 0)).collect();
        for (at,) in rows {
            if let Some(n) = months.get_mut(&month_index(at)) {
                *n += 1;
            }
        }
        Ok(months
            .into_iter()
            .map(|(m, n)| (format!("{:04}-{:02}", m.div_euclid(12), m.rem_euclid(12) + 1), n))
            .collect())
    }

    /// A region's (or a country's) page: `code` is a NUTS code of any level.
    pub async fn region_summary(&self, code: &str, now: DateTime<Utc>) -> Result<RegionSummary, StoreError> {
        let prefix = format!("{code}%");
        let inside = "o.nuts_code LIKE $1";
        let tags = |facet: &str| {
            Sql::with(
                &format!(
                    "SELECT t.value, COUNT(*) FROM organisation_tags t JOIN organisations o ON o.id = t.organisation_id \
                     WHERE {inside} AND t.facet = $2 GROUP BY t.value"
                ),
                vec![prefix.as_str().into(), facet.into()],
            )
        };
        let by_type = self
            .counts_with(Sql::with(
                &format!("SELECT o.kind, COUNT(*) FROM organisations o WHERE {inside} GROUP BY o.kind"),
                vec![prefix.as_str().into()],
            ))
            .await?;
        let clusters = self
            .pool()
            .fetch_all(&Sql::with(
                &format!(
                    "SELECT o.id, o.slug, o.name, o.kind, o.country, o.city FROM organisations o \
                     WHERE {inside} AND o.kind = 'cluster' ORDER BY o.sort_key, o.id LIMIT 100"
                ),
                vec![prefix.as_str().into()],
            ))
            .await?;
        // One row per participation of the region's organisations: the project's year comes
        // from its details, which only Rust reads the same on both back ends.
        let rows: Vec<(i64, String, String, Option<i64>)> = self
            .pool()
            .fetch_all(&Sql::with(
                &format!(
                    "SELECT pr.id, pr.details, pr.topics, p.ec_contribution_cents FROM participations p \
                     JOIN organisations o ON o.id = p.organisation_id JOIN projects pr ON pr.id = p.project_id \
                     WHERE {inside}"
                ),
                vec![prefix.as_str().into()],
            ))
            .await?;
        let mut years: BTreeMap<i32, (std::collections::HashSet<i64>, i64)> = BTreeMap::new();
        let mut projects = std::collections::HashSet::new();
        let mut contribution = 0i64;
        for (id, details, topics, cents) in rows {
            projects.insert(id);
            contribution = contribution.saturating_add(cents.unwrap_or(0));
            if let Some(y) = project_year(&details, &topics) {
                let e = years.entry(y).or_default();
                e.0.insert(id);
                e.1 = e.1.saturating_add(cents.unwrap_or(0));
            }
        }
        let partners = self
            .counts_with(Sql::with(
                &format!(
                    "SELECT substr(o2.nuts_code, 1, {len}), COUNT(DISTINCT a.project_id) FROM participations a \
                     JOIN organisations o ON o.id = a.organisation_id \
                     JOIN participations b ON b.project_id = a.project_id \
                     JOIN organisations o2 ON o2.id = b.organisation_id \
                     WHERE {inside} AND o2.nuts_code IS NOT NULL AND length(o2.nuts_code) >= {len} \
                     AND o2.nuts_code NOT LIKE $1 GROUP BY 1",
                    len = code.len()
                ),
                vec![prefix.as_str().into()],
            ))
            .await?;
        let today = now.format("%Y-%m-%d").to_string();
        let opportunities: Vec<(i64, String, String, String, String)> = self
            .pool()
            .fetch_all(&Sql::with(
                &format!(
                    "SELECT x.id, x.title, x.kind, o.name, x.deadline FROM opportunities x \
                     JOIN organisations o ON o.id = x.organisation_id \
                     WHERE {inside} AND x.state = 'published' AND x.visibility = 'public' AND x.deadline >= $2 \
                     ORDER BY x.deadline, x.id LIMIT 10"
                ),
                vec![prefix.as_str().into(), today.into()],
            ))
            .await?;
        let events: Vec<(i64, String, String, String, DateTime<Utc>)> = self
            .pool()
            .fetch_all(&Sql::with(
                &format!(
                    "SELECT x.id, x.title, x.kind, o.name, x.starts_at FROM events x \
                     JOIN organisations o ON o.id = x.organisation_id \
                     WHERE {inside} AND x.state = 'published' AND x.starts_at >= $2 \
                     ORDER BY x.starts_at, x.id LIMIT 10"
                ),
                vec![prefix.as_str().into(), now.into()],
            ))
            .await?;
        Ok(RegionSummary {
            organisations: by_type.iter().map(|(_, n)| n).sum(),
            by_type,
            by_technology: self.counts_with(tags("ket")).await?,
            by_ecosystem: self.counts_with(tags("ecosystem")).await?,
            clusters,
            years: years
                .into_iter()
                .map(|(year, (p, c))| ProjectYear {
                    year,
                    projects: p.len() as i64,
                    contribution: c,
                })
                .collect(),
            projects: projects.len() as i64,
            contribution,
            partners: partners.into_iter().take(10).collect(),
            opportunities: opportunities
                .into_iter()
                .map(|(id, title, kind, organisation, when)| Listed {
                    id,
                    title,
                    kind,
                    organisation,
                    when,
                })
                .collect(),
            events: events
                .into_iter()
                .map(|(id, title, kind, organisation, at)| Listed {
                    id,
                    title,
                    kind,
                    organisation,
                    when: at.to_rfc3339(),
                })
                .collect(),
        })
    }

    /// Who works with whom through shared projects: the organisation and its partners, or the
    /// region's organisations and their partners anywhere, with the number of projects each
    /// pair shares (the strongest [`MAX_PAIRS`] pairs).
    pub async fn network(&self, of: &NetworkOf) -> Result<Network, StoreError> {
        let (members, arg): (&str, crate::Arg) = match of {
            NetworkOf::Organisation(id) => ("SELECT id FROM organisations WHERE id = $1", (*id).into()),
            NetworkOf::Region(prefix) => (
                "SELECT id FROM organisations WHERE nuts_code LIKE $1",
                format!("{prefix}%").into(),
            ),
        };
        // Pairs in a project where at least one side is a member (for an organisation: pairs of
        // it and its partners, and among its partners).
        let pair_filter = match of {
            NetworkOf::Organisation(_) => {
                let ego = "SELECT q.organisation_id FROM participations q WHERE q.project_id IN \
                           (SELECT project_id FROM participations WHERE organisation_id = $1)";
                format!("a.organisation_id IN ({ego}) AND b.organisation_id IN ({ego})")
            }
            // Only the projects of the region's organisations are read (an index seek per
            // member), then the pairs in them that involve a member.
            NetworkOf::Region(_) => format!(
                "a.project_id IN (SELECT p.project_id FROM participations p WHERE p.organisation_id IN ({members})) \
                 AND (a.organisation_id IN ({members}) OR b.organisation_id IN ({members}))"
            ),
        };
        let limit = MAX_PAIRS + 1;
        let mut pairs: Vec<(i64, i64, i64)> = self
            .pool()
            .fetch_all(&Sql::with(
                &format!(
                    "SELECT a.organisation_id, b.organisation_id, COUNT(DISTINCT a.project_id) AS n \
                     FROM participations a JOIN participations b \
                     ON b.project_id = a.project_id AND a.organisation_id < b.organisation_id \
                     WHERE {pair_filter} GROUP BY a.organisation_id, b.organisation_id \
                     ORDER BY n DESC, a.organisation_id, b.organisation_id LIMIT {limit}"
                ),
                vec![arg.clone()],
            ))
            .await?;
        let truncated = pairs.len() as i64 > MAX_PAIRS;
        pairs.truncate(MAX_PAIRS as usize);
        let inside: std::collections::HashSet<i64> = self
            .pool()
            .fetch_all::<(i64,)>(&Sql::with(members, vec![arg]))
            .await?
            .into_iter()
            .map(|(id,)| id)
            .collect();
        let mut ids: Vec<i64> = pairs.iter().flat_map(|&(a, b, _)| [a, b]).collect();
        ids.extend(inside.iter().copied().take(2_000));
        ids.sort_unstable();
        ids.dedup();
        let mut nodes = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(500) {
            let mut sql = Sql::new("SELECT id, slug, name, country FROM organisations WHERE id IN ");
            sql.bind_list(chunk.iter().copied());
            let rows: Vec<(i64, String, String, String)> = self.pool().fetch_all(&sql).await?;
            nodes.extend(rows.into_iter().map(|(id, slug, name, country)| NetworkNode {
                inside: inside.contains(&id),
                id,
                slug,
                name,
                country,
            }));
        }
        nodes.sort_by_key(|n| n.id);
        let index: HashMap<i64, usize> = nodes.iter().enumerate().map(|(i, n)| (n.id, i)).collect();
        let links = pairs
            .into_iter()
            .filter_map(|(a, b, n)| Some((*index.get(&a)?, *index.get(&b)?, n)))
            .collect();
        Ok(Network {
            nodes,
            links,
            truncated,
        })
    }
}

fn month_index(at: DateTime<Utc>) -> i32 {
    at.year() * 12 + at.month0() as i32
}

fn month_start(index: i32) -> DateTime<Utc> {
    let (y, m) = (index.div_euclid(12), index.rem_euclid(12) as u32 + 1);
    chrono::NaiveDate::from_ymd_opt(y, m, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|d| d.and_utc())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_project_year_comes_from_its_start_or_its_topic() {
        assert_eq!(project_year(r#"{"starts":"2023-05-01"}"#, "[]"), Some(2023));
        assert_eq!(
            project_year(
                "{}",
                r#"[{"code":"HORIZON-CL4-2022-DIGITAL-EMERGING-01-01","title":"x"}]"#
            ),
            Some(2022)
        );
        assert_eq!(project_year("not json", "[]"), None);
        assert_eq!(project_year("{}", r#"[{"code":"HORIZON-MSCA-SE","title":"x"}]"#), None);
    }

    #[test]
    fn months_count_from_their_start() {
        let at = chrono::NaiveDate::from_ymd_opt(2026, 1, 15)
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .map(|d| d.and_utc())
            .unwrap();
        let m = month_index(at);
        assert_eq!(month_start(m).to_rfc3339(), "2026-01-01T00:00:00+00:00");
        assert_eq!(month_start(m - 1).to_rfc3339(), "2025-12-01T00:00:00+00:00");
    }
}

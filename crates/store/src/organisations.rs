//! The organisation directory: profiles (with taxonomy tags for filtering), memberships
//! (member ↔ cluster) and partnerships (organisation ↔ organisation).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use domain::taxonomy::Taxonomy;
use domain::{
    fold, ClusterLabel, Coordinates, CountryCode, DirectoryFilter, LanguageCode, MemberCounts, NaceCode, NutsCode,
    Organisation, OrganisationDraft, OrganisationType, Slug, SortOrder, Website,
};

use crate::change_feed::{self, Op};
use crate::corrupt;
use crate::db::like_escape;
use crate::Conflict;
use crate::{Sql, Store, StoreError, Tx};

/// One page of a list, the shape of every list the API answers.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListPage<T> {
    pub items: Vec<T>,
    pub total: i64,
    pub limit: u32,
    pub offset: u32,
}

row! {
    /// The few fields shown when one organisation is listed on another's profile.
    #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
    pub struct OrganisationRef {
        /// Not shown; the read cache drops a profile when an organisation it lists changes.
        #[serde(skip)]
        pub id: i64,
        pub slug: String,
        pub name: String,
        pub kind: String,
        pub country: String,
        pub city: Option<String>,
    }
}

/// A profile with everything it links to.
#[derive(Debug, Clone, serde::Serialize)]
pub struct OrganisationDetails {
    #[serde(flatten)]
    pub organisation: Organisation,
    pub region_name: Option<String>,
    /// Members, when this is a cluster.
    pub member_organisations: Vec<OrganisationRef>,
    pub member_of: Vec<OrganisationRef>,
    pub partners: Vec<OrganisationRef>,
    pub participations: Vec<domain::Participation>,
    /// The technology services it offers (published), with its public figures as a provider;
    /// empty for organisations that do not offer services. Not part of the API's profile.
    #[serde(skip)]
    pub services: Vec<crate::services::Offered>,
    #[serde(skip)]
    pub service_figures: crate::services::ProviderFigures,
}

impl OrganisationDetails {
    /// The organisations the profile shows: itself and those it lists.
    pub fn organisation_ids(&self) -> Vec<i64> {
        std::iter::once(self.organisation.id)
            .chain(
                self.member_organisations
                    .iter()
                    .chain(&self.member_of)
                    .chain(&self.partners)
                    .map(|r| r.id),
            )
            .collect()
    }
}

/// How a write treats an organisation that exists already.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveMode {
    /// The draft is the whole profile: every field, tag and description is replaced.
    Replace,
    /// The draft comes from CORDIS, which knows only the legal and address data: tags,
    /// descriptions and other curated fields stay; a cluster stays a cluster.
    MergeCordis,
}

/// Which existing organisation a write refers to.
#[derive(Debug, Clone)]
pub enum OrgKey<'a> {
    Slug(&'a Slug),
    Cordis(&'a str),
    New,
}

row! {
    struct OrgRow {
        id: i64,
        slug: String,
        name: String,
        short_name: Option<String>,
        kind: String,
        country: String,
        nuts_code: Option<String>,
        city: Option<String>,
        lat: Option<f64>,
        lon: Option<f64>,
        website: Option<String>,
        members_smes: Option<i64>,
        members_large: Option<i64>,
        members_research: Option<i64>,
        founded: Option<i64>,
        label: Option<String>,
        is_sme: bool,
        cordis_id: Option<String>,
        details: String,
        updated_at: DateTime<Utc>,
        logo_version: Option<String>,
    }
}

/// The multi-valued parts of a profile, stored as one JSON document in `organisations.details`.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
struct Details {
    #[serde(default)]
    descriptions: BTreeMap<LanguageCode, String>,
    #[serde(default)]
    nace_codes: Vec<NaceCode>,
    #[serde(default)]
    ecosystems: Vec<domain::Ecosystem>,
    #[serde(default)]
    technologies: Vec<domain::KeyEnablingTechnology>,
    #[serde(default)]
    critical_technologies: Vec<domain::CriticalTechnology>,
    #[serde(default)]
    target_markets: Vec<CountryCode>,
    #[serde(default)]
    languages: Vec<LanguageCode>,
}

impl Details {
    fn of(d: &OrganisationDraft) -> String {
        serde_json::json!({
            "descriptions": d.descriptions,
            "nace_codes": d.nace_codes,
            "ecosystems": d.ecosystems,
            "technologies": d.technologies,
            "critical_technologies": d.critical_technologies,
            "target_markets": d.target_markets,
            "languages": d.languages,
        })
        .to_string()
    }
}

const ORG_COLUMNS: &str = "o.id, o.slug, o.name, o.short_name, o.kind, o.country, o.nuts_code, o.city, o.lat, o.lon, \
     o.website, o.members_smes, o.members_large, o.members_research, o.founded, o.label, o.is_sme, o.cordis_id, o.details, o.updated_at, o.logo_version";

fn count(v: Option<i64>) -> Option<u32> {
    v.and_then(|n| u32::try_from(n).ok())
}

impl OrgRow {
    fn into_organisation(self) -> Result<Organisation, StoreError> {
        let mut d = OrganisationDraft::new(
            self.name,
            self.kind.parse::<OrganisationType>().map_err(|e| corrupt("kind", e))?,
            CountryCode::parse(&self.country).map_err(|e| corrupt("country", e))?,
        );
        d.short_name = self.short_name;
        d.nuts_code = self.nuts_code.as_deref().and_then(|n| NutsCode::parse(n).ok());
        d.city = self.city;
        d.coordinates = match (self.lat, self.lon) {
            (Some(lat), Some(lon)) => Coordinates::new(lat, lon).ok(),
            _ => None,
        };
        d.website = self.website.as_deref().and_then(|w| Website::parse(w).ok());
        d.members = MemberCounts {
            smes: count(self.members_smes),
            large: count(self.members_large),
            research: count(self.members_research),
        };
        d.founded = self.founded.and_then(|y| u16::try_from(y).ok());
        d.label = match self.label {
            Some(l) => Some(l.parse::<ClusterLabel>().map_err(|e| corrupt("label", e))?),
            None => None,
        };
        d.is_sme = self.is_sme;
        d.cordis_id = self.cordis_id;
        let details: Details = serde_json::from_str(&self.details).map_err(|e| corrupt("details", e))?;
        d.descriptions = details.descriptions;
        d.nace_codes = details.nace_codes;
        d.ecosystems = details.ecosystems;
        d.technologies = details.technologies;
        d.critical_technologies = details.critical_technologies;
        d.target_markets = details.target_markets;
        d.languages = details.languages;
        Ok(Organisation {
            id: self.id,
            slug: Slug::parse(&self.slug).map_err(|e| corrupt("slug", e))?,
            profile: d,
            updated_at: self.updated_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            logo: self.logo_version,
        })
    }
}

/// The tag rows that represent a profile's multi-valued fields.
fn tags_of(d: &OrganisationDraft) -> Vec<(&'static str, String)> {
    let mut t: Vec<(&'static str, String)> = Vec::new();
    t.extend(d.ecosystems.iter().map(|v| ("ecosystem", v.slug().to_owned())));
    t.extend(d.technologies.iter().map(|v| ("ket", v.slug().to_owned())));
    t.extend(d.critical_technologies.iter().map(|v| ("cta", v.slug().to_owned())));
    t.extend(d.nace_codes.iter().map(|v| ("nace", v.as_str().to_owned())));
    t.extend(d.sections().iter().map(|s| ("nace_section", s.to_string())));
    t.extend(d.target_markets.iter().map(|v| ("market", v.as_str().to_owned())));
    t.extend(d.languages.iter().map(|v| ("language", v.as_str().to_owned())));
    t
}

fn search_text(d: &OrganisationDraft) -> String {
    let mut s = fold(&d.name);
    for extra in [&d.short_name, &d.city].into_iter().flatten() {
        s.push(' ');
        s.push_str(&fold(extra));
    }
    s
}

/// Listings whose countries a filter offers first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CountriesOf {
    /// Organisations of the directory.
    Organisations,
    /// Publishers of published opportunities.
    Opportunities,
    /// Venues of public events.
    Events,
}

/// Adds `AND …` conditions for a filter on `organisations o`.
pub(crate) fn push_filter(sql: &mut Sql, f: &DirectoryFilter) {
    if let Some(q) = &f.q {
        for word in fold(q).split_whitespace().take(8) {
            sql.push(" AND o.search_text LIKE ")
                .bind(format!("%{}%", like_escape(word)))
                .push(" ESCAPE '\\'");
        }
    }
    if !f.kinds.is_empty() {
        sql.push(" AND o.kind IN ")
            .bind_list(f.kinds.iter().map(|k| k.as_str()));
    }
    if !f.countries.is_empty() {
        sql.push(" AND o.country IN ")
            .bind_list(f.countries.iter().map(|c| c.as_str()));
    }
    if !f.nuts.is_empty() {
        sql.push(" AND (");
        for (i, n) in f.nuts.iter().enumerate() {
            if i > 0 {
                sql.push(" OR ");
            }
            // NUTS codes are letters and digits only, so the prefix needs no escaping.
            sql.push("o.nuts_code LIKE ").bind(format!("{}%", n.as_str()));
        }
        sql.push(")");
    }
    if !f.labels.is_empty() {
        sql.push(" AND o.label IN ")
            .bind_list(f.labels.iter().map(|l| l.as_str()));
    }
    if let Some(sme) = f.sme {
        sql.push(" AND o.is_sme = ").bind(sme);
    }
    let facets: [(&str, Vec<String>); 4] = [
        ("ecosystem", f.ecosystems.iter().map(|v| v.slug().to_owned()).collect()),
        ("ket", f.technologies.iter().map(|v| v.slug().to_owned()).collect()),
        (
            "cta",
            f.critical_technologies.iter().map(|v| v.slug().to_owned()).collect(),
        ),
        ("nace_section", f.nace_sections.iter().map(|v| v.to_string()).collect()),
    ];
    for (facet, values) in facets {
        if values.is_empty() {
            continue;
        }
        sql.push(" AND o.id IN (SELECT t.organisation_id FROM organisation_tags t WHERE t.facet = ")
            .bind(facet)
            .push(" AND t.value IN ")
            .bind_list(values)
            .push(")");
    }
}

fn order_by(s: SortOrder) -> &'static str {
    match s {
        SortOrder::Name => " ORDER BY o.sort_key, o.id",
        SortOrder::NameDesc => " ORDER BY o.sort_key DESC, o.id DESC",
        SortOrder::Country => " ORDER BY o.country, o.sort_key, o.id",
        SortOrder::FoundedDesc => " ORDER BY o.founded DESC NULLS LAST, o.sort_key, o.id",
        SortOrder::MembersDesc => " ORDER BY o.members_total DESC NULLS LAST, o.sort_key, o.id",
        SortOrder::UpdatedDesc => " ORDER BY o.updated_at DESC, o.id DESC",
    }
}

impl Store {
    /// The countries that occur in `listing` (ISO codes, sorted): what a country filter offers
    /// first, since a list of every country of the world finds mostly nothing.
    pub async fn countries_in_use(&self, listing: CountriesOf) -> Result<Vec<String>, StoreError> {
        let sql = match listing {
            // A loose index scan: one index seek per country (a few dozen), not a pass over every
            // organisation, which is what DISTINCT costs on both back ends.
            CountriesOf::Organisations => {
                "WITH RECURSIVE c(country) AS ( \
                   SELECT MIN(country) FROM organisations \
                   UNION ALL \
                   SELECT (SELECT MIN(o.country) FROM organisations o WHERE o.country > c.country) FROM c \
                   WHERE c.country IS NOT NULL) \
                 SELECT country FROM c WHERE country IS NOT NULL ORDER BY country"
            }
            // Public ones only: the list is shared by every reader, visitors too.
            CountriesOf::Opportunities => {
                "SELECT DISTINCT o.country FROM opportunities p JOIN organisations o ON o.id = p.organisation_id \
                 WHERE p.state = 'published' AND p.visibility = 'public' ORDER BY o.country"
            }
            CountriesOf::Events => {
                "SELECT DISTINCT country FROM events WHERE state IN ('published', 'cancelled') \
                 AND country IS NOT NULL ORDER BY country"
            }
        };
        let rows: Vec<(String,)> = self.pool().fetch_all(&Sql::new(sql)).await?;
        Ok(rows.into_iter().map(|(c,)| c).collect())
    }

    /// One page of the directory and the number of organisations matching the filter.
    pub async fn list_organisations(&self, f: &DirectoryFilter) -> Result<ListPage<Organisation>, StoreError> {
        let mut count_sql = Sql::new("SELECT COUNT(*) FROM organisations o WHERE 1 = 1");
        push_filter(&mut count_sql, f);
        let (total,): (i64,) = self.pool().fetch_one(&count_sql).await?;

        let mut sql = Sql::new(&format!("SELECT {ORG_COLUMNS} FROM organisations o WHERE 1 = 1"));
        push_filter(&mut sql, f);
        sql.push(order_by(f.sort));
        sql.push(" LIMIT ")
            .bind(i64::from(f.page.limit))
            .push(" OFFSET ")
            .bind(i64::from(f.page.offset));
        let rows: Vec<OrgRow> = self.pool().fetch_all(&sql).await?;
        Ok(ListPage {
            items: Self::complete(rows)?,
            total,
            limit: f.page.limit,
            offset: f.page.offset,
        })
    }

    fn complete(rows: Vec<OrgRow>) -> Result<Vec<Organisation>, StoreError> {
        rows.into_iter().map(OrgRow::into_organisation).collect()
    }

    /// Id, address and name of every organisation of the given kinds, by name (at most
    /// `limit`): the choices of a picker such as an application's technology centre.
    pub async fn organisation_names_of_kinds(
        &self,
        kinds: &[domain::OrganisationType],
        limit: i64,
    ) -> Result<Vec<(i64, String, String)>, StoreError> {
        if kinds.is_empty() {
            return Ok(vec![]);
        }
        let mut sql = Sql::new("SELECT id, slug, name FROM organisations WHERE kind IN ");
        sql.bind_list(kinds.iter().map(|k| k.as_str().to_owned()))
            .push(" ORDER BY name, id LIMIT ")
            .bind(limit);
        self.pool().fetch_all(&sql).await
    }

    pub async fn organisation_by_slug(&self, slug: &str) -> Result<Option<Organisation>, StoreError> {
        let mut sql = Sql::new(&format!("SELECT {ORG_COLUMNS} FROM organisations o WHERE o.slug = "));
        sql.bind(slug);
        let rows: Vec<OrgRow> = self.pool().fetch_all(&sql).await?;
        Ok(Self::complete(rows)?.pop())
    }

    /// A profile with its region name, members, clusters, partners and projects.
    pub async fn organisation_details(&self, slug: &str) -> Result<Option<OrganisationDetails>, StoreError> {
        let Some(org) = self.organisation_by_slug(slug).await? else {
            return Ok(None);
        };
        let id = org.id;
        let region_name = match &org.profile.nuts_code {
            Some(code) => self.region_name(code.as_str()).await?,
            None => None,
        };
        const REF: &str = "SELECT o.id, o.slug, o.name, o.kind, o.country, o.city FROM organisations o";
        let members = self
            .pool()
            .fetch_all(&Sql::with(
                &format!("{REF} JOIN memberships m ON m.member_id = o.id WHERE m.cluster_id = $1 ORDER BY o.sort_key LIMIT 1000"),
                vec![id.into()],
            ))
            .await?;
        let member_of = self
            .pool()
            .fetch_all(&Sql::with(
                &format!("{REF} JOIN memberships m ON m.cluster_id = o.id WHERE m.member_id = $1 ORDER BY o.sort_key"),
                vec![id.into()],
            ))
            .await?;
        let partners = self
            .pool()
            .fetch_all(&Sql::with(
                &format!(
                    "{REF} JOIN partnerships p ON (p.first_id = o.id AND p.second_id = $1) OR (p.second_id = o.id AND p.first_id = $1) \
                     ORDER BY o.sort_key"
                ),
                vec![id.into()],
            ))
            .await?;
        let participations = self.participations_of(id).await?;
        let (services, service_figures) = if domain::service::may_offer(Some(org.profile.kind)) {
            let figures = self.provider_figures(&[id]).await?.remove(&id).unwrap_or_default();
            (self.offered_services(id).await?, figures)
        } else {
            (Vec::new(), Default::default())
        };
        Ok(Some(OrganisationDetails {
            services,
            service_figures,
            organisation: org,
            region_name,
            member_organisations: members,
            member_of,
            partners,
            participations,
        }))
    }

    pub async fn organisation_count(&self) -> Result<i64, StoreError> {
        let (n,): (i64,) = self
            .pool()
            .fetch_one(&Sql::new("SELECT COUNT(*) FROM organisations"))
            .await?;
        Ok(n)
    }

    /// How many organisations of each type there are.
    pub async fn organisation_counts_by_kind(&self) -> Result<Vec<(String, i64)>, StoreError> {
        self.pool()
            .fetch_all(&Sql::new(
                "SELECT kind, COUNT(*) FROM organisations GROUP BY kind ORDER BY kind",
            ))
            .await
    }

    /// The number of distinct countries in the directory.
    pub async fn country_count(&self) -> Result<i64, StoreError> {
        let (n,): (i64,) = self
            .pool()
            .fetch_one(&Sql::new("SELECT COUNT(DISTINCT country) FROM organisations"))
            .await?;
        Ok(n)
    }

    /// Every organisation in slug order, with relations, for export.
    pub async fn all_organisations(&self) -> Result<Vec<Organisation>, StoreError> {
        let rows: Vec<OrgRow> = self
            .pool()
            .fetch_all(&Sql::new(&format!(
                "SELECT {ORG_COLUMNS} FROM organisations o ORDER BY o.slug"
            )))
            .await?;
        Self::complete(rows)
    }

    /// Organisations with these ids (those that exist), for keeping the search index current.
    pub async fn organisations_by_ids(&self, ids: &[i64]) -> Result<Vec<Organisation>, StoreError> {
        let mut out = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(500) {
            let mut sql = Sql::new(&format!("SELECT {ORG_COLUMNS} FROM organisations o WHERE o.id IN "));
            sql.bind_list(chunk.iter().copied());
            out.extend(Self::complete(self.pool().fetch_all(&sql).await?)?);
        }
        Ok(out)
    }

    /// Up to `limit` organisations with ids above `after`, in id order: a whole-table walk in pages.
    pub async fn organisations_after(&self, after: i64, limit: i64) -> Result<Vec<Organisation>, StoreError> {
        let rows: Vec<OrgRow> = self
            .pool()
            .fetch_all(&Sql::with(
                &format!("SELECT {ORG_COLUMNS} FROM organisations o WHERE o.id > $1 ORDER BY o.id LIMIT $2"),
                vec![after.into(), limit.into()],
            ))
            .await?;
        Self::complete(rows)
    }

    /// Where a place is, as the mean position of the organisations in it: a city, else a NUTS
    /// region by name. Lets a reader search "within 100 km of Stuttgart" without a gazetteer.
    pub async fn place_position(&self, place: &str) -> Result<Option<(f64, f64)>, StoreError> {
        let name = place.trim();
        let (lat, lon): (Option<f64>, Option<f64>) = self
            .pool()
            .fetch_one(&Sql::with(
                "SELECT AVG(lat), AVG(lon) FROM organisations WHERE LOWER(city) = LOWER($1) AND lat IS NOT NULL",
                vec![name.into()],
            ))
            .await?;
        if let (Some(lat), Some(lon)) = (lat, lon) {
            return Ok(Some((lat, lon)));
        }
        let (lat, lon): (Option<f64>, Option<f64>) = self
            .pool()
            .fetch_one(&Sql::with(
                "SELECT AVG(o.lat), AVG(o.lon) FROM organisations o JOIN nuts_regions r ON o.nuts_code LIKE r.code || '%' \
                 WHERE LOWER(r.name) = LOWER($1) AND o.lat IS NOT NULL",
                vec![name.into()],
            ))
            .await?;
        Ok(lat.zip(lon))
    }

    /// (member slug, cluster slug) pairs.
    pub async fn all_memberships(&self) -> Result<Vec<(String, String)>, StoreError> {
        self.pool()
            .fetch_all(&Sql::new(
                "SELECT m.slug, c.slug FROM memberships x JOIN organisations m ON m.id = x.member_id \
                 JOIN organisations c ON c.id = x.cluster_id ORDER BY m.slug, c.slug",
            ))
            .await
    }

    /// (member, cluster) ids of the memberships of the given members (of every member with
    /// `None`), by member.
    pub async fn membership_ids(&self, members: Option<&[i64]>) -> Result<Vec<(i64, i64)>, StoreError> {
        let mut out = Vec::new();
        for chunk in crate::db::id_chunks(members) {
            let mut sql = Sql::new("SELECT member_id, cluster_id FROM memberships");
            if let Some(ids) = chunk {
                sql.push(" WHERE member_id IN ").bind_list(ids.iter().copied());
            }
            sql.push(" ORDER BY member_id, cluster_id");
            out.extend(self.pool().fetch_all::<(i64, i64)>(&sql).await?);
        }
        Ok(out)
    }

    /// Every organisation's id and slug, with its cluster label: for an index that resolves
    /// slugs and labels before it reads profiles a page at a time.
    pub async fn organisation_keys(&self) -> Result<Vec<(i64, String, Option<ClusterLabel>)>, StoreError> {
        let rows: Vec<(i64, String, Option<String>)> = self
            .pool()
            .fetch_all(&Sql::new("SELECT id, slug, label FROM organisations ORDER BY id"))
            .await?;
        rows.into_iter()
            .map(|(id, slug, label)| {
                let label = label
                    .map(|l| l.parse::<ClusterLabel>().map_err(|e| corrupt("label", e)))
                    .transpose()?;
                Ok((id, slug, label))
            })
            .collect()
    }

    /// (slug, slug) pairs, each partnership once.
    pub async fn all_partnerships(&self) -> Result<Vec<(String, String)>, StoreError> {
        self.pool()
            .fetch_all(&Sql::new(
                "SELECT a.slug, b.slug FROM partnerships p JOIN organisations a ON a.id = p.first_id \
                 JOIN organisations b ON b.id = p.second_id ORDER BY a.slug, b.slug",
            ))
            .await
    }
}

impl Store {
    /// Replaces an existing profile (an edit by its admins); memberships, partnerships and
    /// participations stay.
    pub async fn update_organisation(&self, slug: &Slug, d: &OrganisationDraft) -> Result<(), StoreError> {
        let mut tx = self.begin().await?;
        if find_id(&mut tx, &OrgKey::Slug(slug)).await?.is_none() {
            return Err(StoreError::NotFound);
        }
        save(&mut tx, OrgKey::Slug(slug), SaveMode::Replace, d).await?;
        tx.commit().await
    }
}

/// Finds the organisation a key refers to.
pub async fn find_id(tx: &mut Tx, key: &OrgKey<'_>) -> Result<Option<(i64, Slug)>, StoreError> {
    let sql = match key {
        OrgKey::Slug(s) => Sql::with(
            "SELECT id, slug FROM organisations WHERE slug = $1",
            vec![s.as_str().into()],
        ),
        OrgKey::Cordis(c) => Sql::with(
            "SELECT id, slug FROM organisations WHERE cordis_id = $1",
            vec![(*c).into()],
        ),
        OrgKey::New => return Ok(None),
    };
    match tx.fetch_optional::<(i64, String)>(&sql).await? {
        Some((id, slug)) => Ok(Some((id, Slug::parse(&slug).map_err(|e| corrupt("slug", e))?))),
        None => Ok(None),
    }
}

/// The first of `base`, `base-2`, `base-3`… that no organisation uses.
async fn free_slug(tx: &mut Tx, base: &Slug) -> Result<Slug, StoreError> {
    let mut candidate = base.clone();
    for n in 2u64.. {
        let taken = tx
            .fetch_optional::<(i64,)>(&Sql::with(
                "SELECT id FROM organisations WHERE slug = $1",
                vec![candidate.as_str().into()],
            ))
            .await?
            .is_some();
        if !taken {
            break;
        }
        candidate = base.with_suffix(n);
    }
    Ok(candidate)
}

/// The columns a full profile write sets, in the order of [`profile_args`].
const PROFILE_COLUMNS: &[&str] = &[
    "name",
    "short_name",
    "sort_key",
    "search_text",
    "kind",
    "country",
    "nuts_code",
    "city",
    "lat",
    "lon",
    "website",
    "members_smes",
    "members_large",
    "members_research",
    "members_total",
    "founded",
    "label",
    "is_sme",
    "cordis_id",
    "details",
];

/// The arguments of the first eleven profile columns, `name` … `website`: what CORDIS knows.
fn identity_args(d: &OrganisationDraft) -> Vec<crate::Arg> {
    vec![
        d.name.as_str().into(),
        d.short_name.as_deref().into(),
        fold(&d.name).into(),
        search_text(d).into(),
        d.kind.as_str().into(),
        d.country.as_str().into(),
        d.nuts_code.as_ref().map(|n| n.as_str()).into(),
        d.city.as_deref().into(),
        d.coordinates.map(|c| c.lat).into(),
        d.coordinates.map(|c| c.lon).into(),
        d.website.as_ref().map(|w| w.as_str()).into(),
    ]
}

fn profile_args(d: &OrganisationDraft) -> Vec<crate::Arg> {
    let mut args = identity_args(d);
    args.extend([
        d.members.smes.map(i64::from).into(),
        d.members.large.map(i64::from).into(),
        d.members.research.map(i64::from).into(),
        d.members.total().map(i64::from).into(),
        d.founded.map(i64::from).into(),
        d.label.map(|l| l.as_str()).into(),
        d.is_sme.into(),
        d.cordis_id.as_deref().into(),
        Details::of(d).into(),
    ]);
    args
}

/// Creates or updates one organisation and records the change. With [`OrgKey::Slug`] a new
/// organisation gets exactly that slug; otherwise one is derived from its name.
pub async fn save(
    tx: &mut Tx,
    key: OrgKey<'_>,
    mode: SaveMode,
    d: &OrganisationDraft,
) -> Result<(i64, Slug), StoreError> {
    let now = Utc::now();
    let existing = find_id(tx, &key).await?;
    let (id, slug) = match (existing, mode) {
        (Some((id, slug)), SaveMode::Replace) => {
            let set: Vec<String> = PROFILE_COLUMNS
                .iter()
                .enumerate()
                .map(|(i, c)| format!("{c} = ${}", i + 1))
                .collect();
            let n = PROFILE_COLUMNS.len();
            let mut args = profile_args(d);
            args.push(now.into());
            args.push(id.into());
            tx.execute(&Sql::with(
                &format!(
                    "UPDATE organisations SET {}, updated_at = ${} WHERE id = ${}",
                    set.join(", "),
                    n + 1,
                    n + 2
                ),
                args,
            ))
            .await?;
            replace_tags(tx, id, d).await?;
            (id, slug)
        }
        (Some((id, slug)), SaveMode::MergeCordis) => {
            // COALESCE keeps what a curator entered where CORDIS has nothing.
            tx.execute(&Sql::with(
                "UPDATE organisations SET name = $1, short_name = COALESCE($2, short_name), sort_key = $3, \
                 search_text = $4, kind = CASE WHEN kind = 'cluster' THEN kind ELSE $5 END, country = $6, \
                 nuts_code = COALESCE($7, nuts_code), city = COALESCE($8, city), lat = COALESCE($9, lat), \
                 lon = COALESCE($10, lon), website = COALESCE($11, website), is_sme = $12, updated_at = $13 \
                 WHERE id = $14",
                {
                    let mut args = identity_args(d);
                    args.extend([d.is_sme.into(), now.into(), id.into()]);
                    args
                },
            ))
            .await?;
            (id, slug)
        }
        (None, _) => {
            let slug = match key {
                OrgKey::Slug(s) => s.clone(),
                _ => free_slug(tx, &Slug::from_name(&d.name)).await?,
            };
            let n = PROFILE_COLUMNS.len();
            let placeholders: Vec<String> = (1..=n).map(|i| format!("${i}")).collect();
            let mut args = profile_args(d);
            args.push(now.into());
            args.push(slug.as_str().into());
            let (id,): (i64,) = tx
                .fetch_one(&Sql::with(
                    &format!(
                        "INSERT INTO organisations ({}, created_at, updated_at, slug) VALUES ({}, ${now}, ${now}, ${slug}) \
                         RETURNING id",
                        PROFILE_COLUMNS.join(", "),
                        placeholders.join(", "),
                        now = n + 1,
                        slug = n + 2
                    ),
                    args,
                ))
                .await?;
            replace_tags(tx, id, d).await?;
            (id, slug)
        }
    };
    change_feed::record(tx, "organisation", id, Op::Upsert).await?;
    Ok((id, slug))
}

async fn replace_tags(tx: &mut Tx, id: i64, d: &OrganisationDraft) -> Result<(), StoreError> {
    crate::db::replace_tags(tx, "organisation_tags", "organisation_id", id, tags_of(d)).await
}

/// Makes `member_id` a member of exactly these clusters.
pub async fn set_memberships(tx: &mut Tx, member_id: i64, cluster_ids: &[i64]) -> Result<(), StoreError> {
    // The clusters it leaves and joins list their members: they change too.
    let left: Vec<(i64,)> = tx
        .fetch_all(&Sql::with(
            "SELECT cluster_id FROM memberships WHERE member_id = $1",
            vec![member_id.into()],
        ))
        .await?;
    tx.execute(&Sql::with(
        "DELETE FROM memberships WHERE member_id = $1",
        vec![member_id.into()],
    ))
    .await?;
    for c in cluster_ids {
        tx.execute(&Sql::with(
            "INSERT INTO memberships (cluster_id, member_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            vec![(*c).into(), member_id.into()],
        ))
        .await?;
    }
    let mut changed: Vec<i64> = left
        .into_iter()
        .map(|(c,)| c)
        .chain(cluster_ids.iter().copied())
        .collect();
    changed.sort_unstable();
    changed.dedup();
    for c in changed {
        change_feed::record(tx, "organisation", c, Op::Upsert).await?;
    }
    change_feed::record(tx, "organisation", member_id, Op::Upsert).await
}

/// Adds a partnership between two organisations (in either order; a pair is stored once).
pub async fn add_partnership(tx: &mut Tx, a: i64, b: i64) -> Result<(), StoreError> {
    if a == b {
        return Err(StoreError::Conflict(Conflict::SelfPartnership));
    }
    let (first, second) = if a < b { (a, b) } else { (b, a) };
    tx.execute(&Sql::with(
        "INSERT INTO partnerships (first_id, second_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        vec![first.into(), second.into()],
    ))
    .await?;
    change_feed::record(tx, "organisation", a, Op::Upsert).await?;
    change_feed::record(tx, "organisation", b, Op::Upsert).await
}

/// Removes every partnership of an organisation (before its list is written anew).
pub async fn clear_partnerships(tx: &mut Tx, id: i64) -> Result<(), StoreError> {
    tx.execute(&Sql::with(
        "DELETE FROM partnerships WHERE first_id = $1 OR second_id = $1",
        vec![id.into()],
    ))
    .await?;
    Ok(())
}

impl Store {
    /// Stores an organisation's logo (a PNG the web layer has written) and gives its version;
    /// the profile row carries the version so pages link the new picture at once.
    pub async fn set_logo(&self, organisation_id: i64, png: Vec<u8>) -> Result<String, StoreError> {
        let now = Utc::now();
        let version = format!("{:x}", now.timestamp_micros());
        let mut tx = self.begin().await?;
        tx.execute(&Sql::with(
            "DELETE FROM organisation_logos WHERE organisation_id = $1",
            vec![organisation_id.into()],
        ))
        .await?;
        tx.execute(&Sql::with(
            "INSERT INTO organisation_logos (organisation_id, png, updated_at) VALUES ($1, $2, $3)",
            vec![organisation_id.into(), png.into(), now.into()],
        ))
        .await?;
        let n = tx
            .execute(&Sql::with(
                "UPDATE organisations SET logo_version = $1, updated_at = $2 WHERE id = $3",
                vec![version.as_str().into(), now.into(), organisation_id.into()],
            ))
            .await?;
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        change_feed::record(&mut tx, "organisation", organisation_id, Op::Upsert).await?;
        tx.commit().await?;
        Ok(version)
    }

    /// Removes an organisation's logo; false (and nothing written) when it had none.
    pub async fn remove_logo(&self, organisation_id: i64) -> Result<bool, StoreError> {
        let mut tx = self.begin().await?;
        let n = tx
            .execute(&Sql::with(
                "DELETE FROM organisation_logos WHERE organisation_id = $1",
                vec![organisation_id.into()],
            ))
            .await?;
        if n == 0 {
            return Ok(false);
        }
        tx.execute(&Sql::with(
            "UPDATE organisations SET logo_version = NULL, updated_at = $1 WHERE id = $2",
            vec![Utc::now().into(), organisation_id.into()],
        ))
        .await?;
        change_feed::record(&mut tx, "organisation", organisation_id, Op::Upsert).await?;
        tx.commit().await?;
        Ok(n > 0)
    }

    /// The logo of the organisation at `slug`: its PNG and version.
    pub async fn logo(&self, slug: &str) -> Result<Option<(Vec<u8>, String)>, StoreError> {
        self.pool()
            .fetch_optional(&Sql::with(
                "SELECT l.png, o.logo_version FROM organisation_logos l JOIN organisations o ON o.id = l.organisation_id \
                 WHERE o.slug = $1 AND o.logo_version IS NOT NULL",
                vec![slug.into()],
            ))
            .await
    }
}

//! Collaboration networks: who works with whom through shared projects, for an organisation
//! (`/organisations/{slug}/network`) or a region or country (`/regions/{code}/network`), drawn
//! with a stress layout computed on the server; at most [`MAX_NODES`] nodes, the rest merged
//! into one node per country; the strongest links listed as text.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use domain::NutsCode;
use maps::network::{self, Edge, ReducedNode};
use maps::svg::{self, NetEdge, NetNode};
use store::statistics::{Network, NetworkOf};

use crate::ctx::Ctx;
use crate::i18n::Tr;
use crate::views::{render, Chrome};
use crate::{AppState, WebError};

/// The most nodes a drawing keeps.
pub const MAX_NODES: usize = 300;
/// The strongest links listed as text.
const LISTED: usize = 25;

pub struct LinkItem {
    pub a: String,
    pub a_href: Option<String>,
    pub b: String,
    pub b_href: Option<String>,
    pub projects: String,
}

/// A network reduced, laid out and drawn, with its strongest links.
pub struct NetworkDrawing {
    pub svg: String,
    pub links: Vec<LinkItem>,
    pub organisations: usize,
    pub pairs: usize,
    pub truncated: bool,
}

fn draw(tr: &Tr, net: &Network, title: &str, id: &str) -> NetworkDrawing {
    let countries: Vec<String> = {
        let mut c: Vec<String> = net.nodes.iter().map(|n| n.country.clone()).collect();
        c.sort();
        c.dedup();
        c
    };
    let group: Vec<usize> = net
        .nodes
        .iter()
        .map(|n| countries.binary_search(&n.country).unwrap_or(0))
        .collect();
    let edges: Vec<Edge> = net
        .links
        .iter()
        .map(|&(a, b, n)| Edge { a, b, weight: n as f64 })
        .collect();
    // The organisations inside the region (or the organisation itself) are always kept, up to
    // half the drawing; their partners fill the rest by strength.
    let focus: Vec<usize> = net
        .nodes
        .iter()
        .enumerate()
        .filter(|(_, n)| n.inside)
        .map(|(i, _)| i)
        .take(MAX_NODES / 2)
        .collect();
    let reduced = network::reduce(net.nodes.len(), &edges, &group, &focus, MAX_NODES);
    // A country node's weights are sums over its members: divided by them, it is drawn as
    // close as a typical member, not in the middle of everything.
    let members: Vec<f64> = reduced
        .nodes
        .iter()
        .map(|n| match n {
            ReducedNode::Group { members, .. } => (*members).max(1) as f64,
            ReducedNode::Kept(_) => 1.0,
        })
        .collect();
    let layout_edges: Vec<Edge> = reduced
        .edges
        .iter()
        .map(|e| Edge {
            a: e.a,
            b: e.b,
            weight: e.weight / members[e.a].max(members[e.b]),
        })
        .collect();
    let positions = network::layout(reduced.nodes.len(), &layout_edges);
    let sides = network::label_sides(&positions);
    let mut weight = vec![0.0; reduced.nodes.len()];
    for e in &reduced.edges {
        weight[e.a] += e.weight;
        weight[e.b] += e.weight;
    }
    let labels: Vec<String> = reduced
        .nodes
        .iter()
        .map(|n| match n {
            ReducedNode::Kept(i) => crate::views::title_case_if_shouting(&net.nodes[*i].name),
            ReducedNode::Group { group, members } => tr.t2(
                "network-group",
                "country",
                tr.country(countries.get(*group).map_or("", String::as_str)),
                "count",
                *members as i64,
            ),
        })
        .collect();
    let hrefs: Vec<Option<String>> = reduced
        .nodes
        .iter()
        .map(|n| match n {
            ReducedNode::Kept(i) => Some(format!("/organisations/{}", net.nodes[*i].slug)),
            ReducedNode::Group { group, .. } => countries
                .get(*group)
                .map(|c| format!("/regions/{}", super::country_region(c))),
        })
        .collect();
    let nodes: Vec<NetNode> = reduced
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| NetNode {
            x: positions[i].0,
            y: positions[i].1,
            label: &labels[i],
            weight: weight[i],
            href: hrefs[i].as_deref(),
            group: matches!(n, ReducedNode::Group { .. }),
            focus: matches!(n, ReducedNode::Kept(k) if net.nodes[*k].inside) && focus.len() <= 3,
            label_left: sides[i],
        })
        .collect();
    let net_edges: Vec<NetEdge> = reduced
        .edges
        .iter()
        .map(|e| NetEdge {
            a: e.a,
            b: e.b,
            weight: e.weight,
        })
        .collect();
    let desc = tr.t1("network-desc", "count", net.nodes.len() as i64);
    let svg = svg::network(id, title, &desc, &nodes, &net_edges);
    let mut strongest: Vec<&(usize, usize, i64)> = net.links.iter().collect();
    strongest.sort_by(|x, y| y.2.cmp(&x.2).then_with(|| (x.0, x.1).cmp(&(y.0, y.1))));
    let name = |i: usize| crate::views::title_case_if_shouting(&net.nodes[i].name);
    let href = |i: usize| Some(format!("/organisations/{}", net.nodes[i].slug));
    let links = strongest
        .into_iter()
        .take(LISTED)
        .map(|&(a, b, n)| LinkItem {
            a: name(a),
            a_href: href(a),
            b: name(b),
            b_href: href(b),
            projects: tr.t1("region-shared-projects", "count", n),
        })
        .collect();
    NetworkDrawing {
        svg,
        links,
        organisations: net.nodes.len(),
        pairs: net.links.len(),
        truncated: net.truncated,
    }
}

#[derive(Template)]
#[template(path = "maps/network.html")]
struct NetworkPage {
    chrome: Chrome,
    title: String,
    back_href: String,
    back_text: String,
    svg: String,
    summary: String,
    truncated: bool,
    links: Vec<LinkItem>,
    svg_href: String,
    embed_href: String,
}

/// Whose network a path names, and its title and page.
async fn subject(st: &AppState, tr: &Tr, kind: &str, key: &str) -> Result<(NetworkOf, String, String), WebError> {
    match kind {
        "organisation" => {
            let o = st
                .store
                .organisation_by_slug(key)
                .await?
                .ok_or_else(|| WebError::OrganisationNotFound(key.to_owned()))?;
            let name = crate::views::title_case_if_shouting(&o.profile.name);
            Ok((
                NetworkOf::Organisation(o.id),
                tr.t1("network-title", "name", name),
                format!("/organisations/{}", o.slug),
            ))
        }
        _ => {
            let code = NutsCode::parse(key).map_err(|_| WebError::NotFound)?.to_string();
            let shape = st.store.map_shape(&code).await?;
            let names = st.cache.region_names(&st.store).await?;
            let country = code.len() == 2 && domain::CountryCode::parse(domain::statistics::iso_country(&code)).is_ok();
            if shape.is_none() && !names.contains_key(&code) && !country {
                return Err(WebError::NotFound);
            }
            let name = super::region_name(tr, &code, shape.as_ref(), names.get(&code).map(String::as_str));
            Ok((
                NetworkOf::Region(code.clone()),
                tr.t1("network-title", "name", name),
                format!("/regions/{code}"),
            ))
        }
    }
}

async fn network_page(st: AppState, ctx: Ctx, kind: &str, key: String) -> Result<Response, WebError> {
    let tr = &ctx.tr;
    let (of, title, back_href) = subject(&st, tr, kind, &key).await?;
    let d = st
        .cache
        .network_drawing(&st.store, &of, tr.locale.code(), |net| draw(tr, net, &title, "n"))
        .await?;
    let page = NetworkPage {
        summary: if d.organisations == 0 {
            tr.t("network-empty")
        } else {
            tr.t2(
                "network-summary",
                "organisations",
                d.organisations as i64,
                "links",
                d.pairs as i64,
            )
        },
        truncated: d.truncated,
        svg: if d.organisations == 0 {
            String::new()
        } else {
            d.svg.clone()
        },
        links: d
            .links
            .iter()
            .map(|l| LinkItem {
                a: l.a.clone(),
                a_href: l.a_href.clone(),
                b: l.b.clone(),
                b_href: l.b_href.clone(),
                projects: l.projects.clone(),
            })
            .collect(),
        svg_href: format!("{back_href}/network.svg"),
        embed_href: format!("/embed{back_href}/network"),
        back_text: tr.t("network-back"),
        back_href,
        title,
        chrome: ctx.chrome(if kind == "organisation" { "organisations" } else { "map" }),
    };
    Ok(render(&page)?.into_response())
}

/// `GET /organisations/{slug}/network`
pub async fn organisation_network(
    State(st): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    network_page(st, ctx, "organisation", slug).await
}

/// `GET /regions/{code}/network`
pub async fn region_network(
    State(st): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    network_page(st, ctx, "region", code).await
}

async fn network_svg(st: AppState, ctx: Ctx, kind: &str, key: String) -> Result<(String, String, String), WebError> {
    let tr = &ctx.tr;
    let (of, title, back_href) = subject(&st, tr, kind, &key).await?;
    let d = st
        .cache
        .network_drawing(&st.store, &of, tr.locale.code(), |net| draw(tr, net, &title, "n"))
        .await?;
    Ok((d.svg.clone(), title, back_href))
}

/// `GET /organisations/{slug}/network.svg`
pub async fn organisation_network_svg(
    State(st): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    Ok(super::svg_response(network_svg(st, ctx, "organisation", slug).await?.0))
}

/// `GET /regions/{code}/network.svg`
pub async fn region_network_svg(
    State(st): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    Ok(super::svg_response(network_svg(st, ctx, "region", code).await?.0))
}

/// `GET /embed/organisations/{slug}/network`: an organisation's network for its own website.
pub async fn embed_organisation_network(
    State(st): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let (tr, ctx_assets) = (ctx.tr, ctx.chrome("").asset_version);
    let (svg, title, back) = network_svg(st, ctx, "organisation", slug).await?;
    super::embed_response(
        &tr,
        ctx_assets,
        title,
        svg,
        String::new(),
        back,
        tr.t("embed-open-profile"),
    )
}

/// `GET /embed/regions/{code}/network`
pub async fn embed_region_network(
    State(st): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let (tr, ctx_assets) = (ctx.tr, ctx.chrome("").asset_version);
    let (svg, title, back) = network_svg(st, ctx, "region", code).await?;
    super::embed_response(
        &tr,
        ctx_assets,
        title,
        svg,
        String::new(),
        back,
        tr.t("embed-open-region"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use store::statistics::NetworkNode;

    #[test]
    fn a_large_network_is_drawn_with_at_most_its_node_budget() {
        let nodes: Vec<NetworkNode> = (0..900)
            .map(|i| NetworkNode {
                id: i,
                slug: format!("org-{i}"),
                name: format!("Organisation <{i}>"),
                country: ["DE", "DK", "FR", "PL"][i as usize % 4].into(),
                inside: i < 10,
            })
            .collect();
        let links: Vec<(usize, usize, i64)> = (0..900)
            .flat_map(|i| [(i, (i * 7 + 1) % 900, 1 + (i % 5) as i64)])
            .filter(|(a, b, _)| a != b)
            .collect();
        let net = Network {
            nodes,
            links,
            truncated: false,
        };
        let d = draw(&Tr::new(crate::i18n::Locale::En), &net, "Network", "t");
        assert!(
            d.svg.matches("class=\"net-node").count() <= MAX_NODES,
            "at most the budget drawn"
        );
        assert!(!d.svg.contains("<0>"), "names are escaped");
        assert_eq!(d.links.len(), LISTED);
    }
}

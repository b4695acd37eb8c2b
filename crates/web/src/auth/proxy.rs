//! Which address a request comes from when reverse proxies stand in front. Each proxy appends
//! the address it was reached from to `X-Forwarded-For`, so only the entries added by proxies we
//! run can be believed: the client is the right-most entry that is not one of them. Everything
//! left of it was written by the client and is ignored (it could name anyone).

use std::net::IpAddr;

/// A network of trusted proxies, `10.0.0.0/8` or a single address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Network {
    addr: IpAddr,
    prefix: u8,
}

impl std::str::FromStr for Network {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let s = s.trim();
        let (a, p) = match s.split_once('/') {
            Some((a, p)) => (a, Some(p)),
            None => (s, None),
        };
        let addr: IpAddr = a
            .parse()
            .map_err(|_| format!("{s:?} is not an IP address or network (like 10.0.0.0/8)"))?;
        let addr = canonical(addr);
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = match p {
            None => max,
            Some(p) => p
                .parse::<u8>()
                .ok()
                .filter(|p| *p <= max)
                .ok_or_else(|| format!("{s:?}: the prefix length must be a number from 0 to {max}"))?,
        };
        Ok(Self { addr, prefix })
    }
}

impl Network {
    /// The proxy runs on this machine (what `--trust-proxy` means).
    pub fn loopback() -> Vec<Network> {
        ["127.0.0.0/8", "::1/128"]
            .iter()
            .filter_map(|n| n.parse().ok())
            .collect()
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        fn same_prefix(n: u128, a: u128, prefix: u8, bits: u8) -> bool {
            let shift = u32::from(bits - prefix);
            shift >= 128 || (n >> shift) == (a >> shift)
        }
        match (self.addr, canonical(ip)) {
            (IpAddr::V4(n), IpAddr::V4(a)) => same_prefix(u32::from(n).into(), u32::from(a).into(), self.prefix, 32),
            (IpAddr::V6(n), IpAddr::V6(a)) => same_prefix(n.into(), a.into(), self.prefix, 128),
            _ => false,
        }
    }
}

impl std::fmt::Display for Network {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.addr, self.prefix)
    }
}

/// An IPv4 address written as IPv6 (`::ffff:10.0.0.1`) is the IPv4 address.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(ip),
        v4 => v4,
    }
}

/// The client of a request that reached us from `peer` with these `X-Forwarded-For` values
/// (every header, in order). Without trusted proxies, or from a peer that is not one, the peer.
pub fn client<'a>(peer: IpAddr, forwarded_for: impl Iterator<Item = &'a str>, trusted: &[Network]) -> IpAddr {
    let is_trusted = |ip: IpAddr| trusted.iter().any(|n| n.contains(ip));
    let mut last = canonical(peer);
    if !is_trusted(last) {
        return last;
    }
    let entries: Vec<&str> = forwarded_for.flat_map(|v| v.split(',')).collect();
    for entry in entries.iter().rev() {
        match entry.trim().parse::<IpAddr>() {
            Ok(ip) if is_trusted(ip) => last = canonical(ip),
            Ok(ip) => return canonical(ip),
            // Garbage is no address: the last proxy we trust is as far as we can tell.
            Err(_) => return last,
        }
    }
    last
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().expect("address")
    }

    fn nets(list: &[&str]) -> Vec<Network> {
        list.iter().map(|n| n.parse().expect("network")).collect()
    }

    #[test]
    fn networks_parse_and_contain() {
        let n: Network = "10.0.0.0/8".parse().expect("network");
        assert!(n.contains(ip("10.200.3.4")));
        assert!(n.contains(ip("::ffff:10.1.2.3")));
        assert!(!n.contains(ip("11.0.0.1")));
        assert!(!n.contains(ip("::1")));
        let all: Network = "0.0.0.0/0".parse().expect("network");
        assert!(all.contains(ip("203.0.113.9")));
        let v6: Network = "2001:db8::/32".parse().expect("network");
        assert!(v6.contains(ip("2001:db8:1::5")));
        assert!(!v6.contains(ip("2001:db9::5")));
        let one: Network = "192.0.2.7".parse().expect("address");
        assert!(one.contains(ip("192.0.2.7")) && !one.contains(ip("192.0.2.8")));
        for bad in ["", "10.0.0.0/33", "::/129", "10.0.0/8", "example.org", "10.0.0.0/x"] {
            assert!(bad.parse::<Network>().is_err(), "{bad}");
        }
    }

    #[test]
    fn the_client_is_the_right_most_address_no_trusted_proxy_added() {
        let trusted = nets(&["127.0.0.1", "10.0.0.0/8"]);
        let peer = ip("127.0.0.1");
        // The client writes the left-most entry itself: it names nobody.
        assert_eq!(
            client(peer, ["1.2.3.4, 198.51.100.7"].into_iter(), &trusted),
            ip("198.51.100.7")
        );
        // Two proxies of ours in a row.
        assert_eq!(
            client(peer, ["6.6.6.6, 198.51.100.7, 10.0.0.5"].into_iter(), &trusted),
            ip("198.51.100.7")
        );
        // Several headers are one list.
        assert_eq!(
            client(peer, ["6.6.6.6", "198.51.100.7, 10.0.0.5"].into_iter(), &trusted),
            ip("198.51.100.7")
        );
        // A peer we do not trust is the client, whatever it says.
        assert_eq!(
            client(ip("203.0.113.1"), ["1.2.3.4"].into_iter(), &trusted),
            ip("203.0.113.1")
        );
        // Without trusted proxies the header means nothing.
        assert_eq!(client(peer, ["1.2.3.4"].into_iter(), &[]), peer);
        // No header, garbage, or only our own proxies.
        assert_eq!(client(peer, std::iter::empty(), &trusted), peer);
        assert_eq!(
            client(peer, ["1.2.3.4, garbage, 10.0.0.9"].into_iter(), &trusted),
            ip("10.0.0.9")
        );
        assert_eq!(
            client(peer, ["10.0.0.3, 10.0.0.9"].into_iter(), &trusted),
            ip("10.0.0.3")
        );
    }
}

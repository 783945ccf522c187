//! Which proxy the HTTP funnel uses for a URL, by the same rules as reqwest: `HTTPS_PROXY` /
//! `HTTP_PROXY` / `ALL_PROXY`, `NO_PROXY` (domains with their subdomains, IPs, CIDRs, `*`), and
//! never for loopback (the funnel turns proxies off there).

use std::net::IpAddr;

use super::Check;
use crate::config::{Env, is_loopback};

#[derive(Debug, PartialEq, Eq)]
pub enum Route {
    /// Straight to the host; the reason.
    Direct(String),
    /// Through a proxy: its URL with any password hidden, and the variable it came from.
    Proxy { url: String, from: &'static str },
    /// The variable is set but not a proxy URL reqwest can use, so it is ignored.
    Unusable { raw: String, from: &'static str },
}

pub fn route(env: &Env, url: &url::Url) -> Route {
    let host = url.host_str().unwrap_or("");
    if is_loopback(host) {
        return Route::Direct("loopback host: proxies are never used".into());
    }
    let candidate = match url.scheme() {
        "https" => env
            .https_proxy
            .as_ref()
            .map(|p| (p, "HTTPS_PROXY"))
            .or_else(|| env.all_proxy.as_ref().map(|p| (p, "ALL_PROXY"))),
        _ => env
            .http_proxy
            .as_ref()
            .map(|p| (p, "HTTP_PROXY"))
            .or_else(|| env.all_proxy.as_ref().map(|p| (p, "ALL_PROXY"))),
    };
    let Some((raw, from)) = candidate else {
        return Route::Direct("no proxy variable is set".into());
    };
    if let Some(no) = &env.no_proxy
        && bypassed(no, host)
    {
        return Route::Direct(format!("NO_PROXY matches {host}"));
    }
    match usable_proxy(raw) {
        Some(url) => Route::Proxy { url, from },
        None => Route::Unusable {
            raw: hide_password(raw),
            from,
        },
    }
}

/// The doctor's view of the route to the API.
pub fn check(env: &Env, base: &str) -> Check {
    let Ok(url) = url::Url::parse(base) else {
        return Check::failed("proxy", format!("`{base}` is not a URL"));
    };
    match route(env, &url) {
        Route::Direct(why) => Check::passed("proxy", format!("direct: {why}")),
        Route::Proxy { url, from } => Check::passed("proxy", format!("via {url} (from {from})")),
        Route::Unusable { raw, from } => Check::warned(
            "proxy",
            format!(
                "{from} = `{raw}` is not a proxy URL rime can use, so it is ignored and connections go direct"
            ),
        ),
    }
}

/// The proxy URL as reqwest reads it (a missing scheme means http), password hidden.
fn usable_proxy(raw: &str) -> Option<String> {
    let with_scheme = if raw.contains("://") {
        raw.to_string()
    } else {
        format!("http://{raw}")
    };
    let url = url::Url::parse(&with_scheme).ok()?;
    let ok = matches!(
        url.scheme(),
        "http" | "https" | "socks4" | "socks4a" | "socks5" | "socks5h"
    );
    (ok && url.host_str().is_some()).then(|| hide_password(&with_scheme))
}

pub fn hide_password(raw: &str) -> String {
    match url::Url::parse(raw) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("****"));
            u.to_string()
        }
        _ => raw.to_string(),
    }
}

/// `NO_PROXY` matching: `*`, an IP, a CIDR, or a domain (with or without a leading dot) that
/// also covers its subdomains.
pub fn bypassed(no_proxy: &str, host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let ip = host.parse::<IpAddr>().ok();
    no_proxy
        .split(',')
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .any(|entry| {
            if entry == "*" {
                return true;
            }
            if let Some((net, bits)) = entry.split_once('/')
                && let (Ok(net), Ok(bits)) = (net.parse::<IpAddr>(), bits.parse::<u8>())
            {
                return ip.is_some_and(|ip| in_cidr(ip, net, bits));
            }
            if let Ok(e) = entry.parse::<IpAddr>() {
                return ip == Some(e);
            }
            let domain = entry.trim_start_matches('.').to_ascii_lowercase();
            let host = host.to_ascii_lowercase();
            host == domain || host.ends_with(&format!(".{domain}"))
        })
}

fn in_cidr(ip: IpAddr, net: IpAddr, bits: u8) -> bool {
    match (ip, net) {
        (IpAddr::V4(a), IpAddr::V4(n)) if bits <= 32 => {
            let mask = u32::MAX.checked_shl(32 - u32::from(bits)).unwrap_or(0);
            u32::from(a) & mask == u32::from(n) & mask
        }
        (IpAddr::V6(a), IpAddr::V6(n)) if bits <= 128 => {
            let mask = u128::MAX.checked_shl(128 - u32::from(bits)).unwrap_or(0);
            u128::from(a) & mask == u128::from(n) & mask
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(https: Option<&str>, no: Option<&str>) -> Env {
        Env {
            https_proxy: https.map(String::from),
            no_proxy: no.map(String::from),
            ..Env::default()
        }
    }

    #[test]
    fn no_proxy_follows_reqwest_rules() {
        assert!(bypassed("example.com", "example.com"));
        assert!(bypassed(".example.com", "api.example.com"));
        assert!(bypassed("example.com", "a.b.example.com"));
        assert!(!bypassed("example.com", "notexample.com"));
        assert!(bypassed("*", "anything.io"));
        assert!(bypassed("10.0.0.0/8, foo", "10.2.3.4"));
        assert!(!bypassed("10.0.0.0/8", "11.2.3.4"));
        assert!(bypassed("192.168.1.7", "192.168.1.7"));
        assert!(bypassed("::1", "[::1]"));
    }

    #[test]
    fn routes_name_the_variable_and_hide_passwords() {
        let u = url::Url::parse("https://acme.rimedata.io/api/v1").unwrap();
        assert_eq!(
            route(&env(Some("http://bob:hunter2@proxy:3128"), None), &u),
            Route::Proxy {
                url: "http://bob:****@proxy:3128/".into(),
                from: "HTTPS_PROXY"
            }
        );
        assert!(matches!(
            route(&env(Some("proxy:3128"), Some("rimedata.io")), &u),
            Route::Direct(_)
        ));
        assert!(matches!(route(&env(None, None), &u), Route::Direct(_)));
        assert!(matches!(
            route(&env(Some("ftp://proxy"), None), &u),
            Route::Unusable { .. }
        ));
        let local = url::Url::parse("http://127.0.0.1:8787/api/v1").unwrap();
        assert!(matches!(
            route(&env(Some("http://proxy:1"), None), &local),
            Route::Direct(_)
        ));
    }
}

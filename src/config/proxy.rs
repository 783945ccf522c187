//! Which proxy a connection to a URL goes through, decided here from the environment snapshot
//! (`HTTPS_PROXY` / `HTTP_PROXY` / `ALL_PROXY`, `NO_PROXY`): the HTTP funnel is told the answer
//! and reads nothing itself, so `rime doctor` reports exactly what is used.

use std::net::IpAddr;

use super::{Env, is_loopback};

/// The proxy variables as found (lower-case spellings folded in by `Env::read`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Proxies {
    pub https: Option<String>,
    pub http: Option<String>,
    pub all: Option<String>,
    pub no_proxy: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// Straight to the host; the reason.
    Direct(String),
    /// Through a proxy (credentials included), and the variable it came from.
    Proxy { url: url::Url, from: &'static str },
    /// The variable is set but not a proxy rime can use, so it is ignored.
    Unusable { raw: String, from: &'static str },
}

impl Route {
    /// The proxy to connect through, if any.
    pub fn proxy(&self) -> Option<&url::Url> {
        match self {
            Route::Proxy { url, .. } => Some(url),
            _ => None,
        }
    }
}

impl Proxies {
    pub fn from_env(env: &Env) -> Proxies {
        Proxies {
            https: env.https_proxy.clone(),
            http: env.http_proxy.clone(),
            all: env.all_proxy.clone(),
            no_proxy: env.no_proxy.clone(),
        }
    }

    /// Each variable that is set, for `rime doctor`: (setting name, variable, value, password hidden).
    pub fn listed(&self) -> Vec<(&'static str, &'static str, String)> {
        [
            ("https_proxy", "HTTPS_PROXY", &self.https),
            ("http_proxy", "HTTP_PROXY", &self.http),
            ("all_proxy", "ALL_PROXY", &self.all),
            ("no_proxy", "NO_PROXY", &self.no_proxy),
        ]
        .into_iter()
        .filter_map(|(name, var, v)| v.as_deref().map(|v| (name, var, hide_password(v))))
        .collect()
    }

    /// The route to `url`: never a proxy for loopback (a proxy cannot reach this machine's).
    pub fn route(&self, url: &url::Url) -> Route {
        let host = url.host_str().unwrap_or("");
        if is_loopback(host) {
            return Route::Direct("loopback host: proxies are never used".into());
        }
        let secure = matches!(url.scheme(), "https" | "wss");
        let candidate = if secure {
            self.https.as_ref().map(|p| (p, "HTTPS_PROXY"))
        } else {
            self.http.as_ref().map(|p| (p, "HTTP_PROXY"))
        }
        .or_else(|| self.all.as_ref().map(|p| (p, "ALL_PROXY")));
        let Some((raw, from)) = candidate else {
            return Route::Direct("no proxy variable is set".into());
        };
        if let Some(no) = &self.no_proxy
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

    /// The proxy for a base URL, as the funnel should use it.
    pub fn for_base(&self, base: &str) -> Option<url::Url> {
        let url = url::Url::parse(base).ok()?;
        self.route(&url).proxy().cloned()
    }
}

/// The proxy URL (a missing scheme means http) when rime can speak to it: HTTP or HTTPS
/// proxies, which both the REST client and the WebSocket tunnel use.
fn usable_proxy(raw: &str) -> Option<url::Url> {
    let with_scheme = if raw.contains("://") {
        raw.to_string()
    } else {
        format!("http://{raw}")
    };
    let url = url::Url::parse(&with_scheme).ok()?;
    (matches!(url.scheme(), "http" | "https") && url.host_str().is_some_and(|h| !h.is_empty()))
        .then_some(url)
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

    fn proxies(https: Option<&str>, no: Option<&str>) -> Proxies {
        Proxies {
            https: https.map(String::from),
            no_proxy: no.map(String::from),
            ..Proxies::default()
        }
    }

    #[test]
    fn no_proxy_matches_domains_ips_and_cidrs() {
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
    fn routes_name_the_variable_and_only_usable_proxies_count() {
        let u = url::Url::parse("https://acme.rimedata.io/api/v1").unwrap();
        let p = proxies(Some("http://bob:hunter2@proxy:3128"), None);
        let Route::Proxy { url, from } = p.route(&u) else {
            panic!("a proxy route");
        };
        assert_eq!((url.password(), from), (Some("hunter2"), "HTTPS_PROXY"));
        assert_eq!(
            p.listed(),
            [(
                "https_proxy",
                "HTTPS_PROXY",
                "http://bob:****@proxy:3128/".to_string()
            )]
        );
        assert!(matches!(
            proxies(Some("proxy:3128"), Some("rimedata.io")).route(&u),
            Route::Direct(_)
        ));
        assert_eq!(
            proxies(Some("proxy:3128"), None).for_base(u.as_str()),
            Some(url::Url::parse("http://proxy:3128").unwrap())
        );
        assert!(matches!(proxies(None, None).route(&u), Route::Direct(_)));
        // Schemes the funnel cannot speak are ignored, and said to be.
        for unusable in ["ftp://proxy", "socks5://proxy:1080"] {
            assert!(
                matches!(
                    proxies(Some(unusable), None).route(&u),
                    Route::Unusable { .. }
                ),
                "{unusable}"
            );
        }
        let local = url::Url::parse("http://127.0.0.1:8787/api/v1").unwrap();
        assert!(matches!(
            proxies(Some("http://proxy:1"), None).route(&local),
            Route::Direct(_)
        ));
        // A WebSocket to a tenant takes the HTTPS proxy.
        let ws = url::Url::parse("wss://acme.rimedata.io/api/v1/x").unwrap();
        assert!(matches!(
            proxies(Some("http://proxy:1"), None).route(&ws),
            Route::Proxy { .. }
        ));
    }
}

//! The doctor's view of the route to the API: exactly the one the funnel is given (the config
//! layer decides it from `HTTPS_PROXY` / `HTTP_PROXY` / `ALL_PROXY` and `NO_PROXY`).

use super::Check;
use crate::config::Proxies;
use crate::config::proxy::{Route, hide_password};

pub fn check(proxies: &Proxies, base: &str) -> Check {
    let Ok(url) = url::Url::parse(base) else {
        return Check::failed("proxy", format!("`{base}` is not a URL"));
    };
    match proxies.route(&url) {
        Route::Direct(why) => Check::passed("proxy", format!("direct: {why}")),
        Route::Proxy { url, from } => Check::passed(
            "proxy",
            format!("via {} (from {from})", hide_password(url.as_str())),
        ),
        Route::Unusable { raw, from } => Check::warned(
            "proxy",
            format!(
                "{from} = `{raw}` is not a proxy URL rime can use (only http:// and https:// proxies are), so it is ignored and connections go direct"
            ),
        ),
    }
}

//! API paths built from percent-encoded segments, never from raw strings.

use std::fmt;

use crate::error::CliError;
use crate::output::terminal_safe;

/// A path relative to the API base (`/projects/prj_1/connectors`), each segment encoded once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiPath(String);

impl ApiPath {
    pub fn root() -> ApiPath {
        ApiPath(String::new())
    }

    /// `ApiPath::of(["projects", id])`.
    pub fn of<'a>(segments: impl IntoIterator<Item = &'a str>) -> ApiPath {
        segments.into_iter().fold(ApiPath::root(), |p, s| p.seg(s))
    }

    /// Appends one segment, percent-encoding everything but RFC 3986 unreserved characters,
    /// so `/`, `?`, `#`, spaces and unicode inside an id stay inside its segment.
    pub fn seg(mut self, segment: &str) -> ApiPath {
        self.0.push('/');
        for b in segment.bytes() {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
                self.0.push(b as char);
            } else {
                self.0.push_str(&format!("%{b:02X}"));
            }
        }
        self
    }

    /// A raw path typed by the user (`rime api GET /projects?limit=5`): sent exactly as typed, or
    /// refused — never changed on the way. Dot segments (`..`, `.%2e`, `%2E.`) would be resolved by
    /// URL normalisation into another path, a backslash is read as `/` by URL parsers, and a `#`
    /// would start a fragment that is never sent.
    pub fn raw(path: &str) -> Result<(ApiPath, Option<String>), CliError> {
        let path = path.trim();
        if path.contains('#') {
            return Err(CliError::Usage(format!(
                "`{}`: `#` starts a URL fragment, which is never sent; write it as %23",
                terminal_safe(path)
            )));
        }
        if path.contains('\\') {
            return Err(CliError::Usage(format!(
                "`{}`: URL parsers read `\\` as `/`; write it as %5C",
                terminal_safe(path)
            )));
        }
        let (p, query) = match path.split_once('?') {
            Some((p, q)) => (p, Some(q.to_string())),
            None => (path, None),
        };
        let p = p.strip_prefix("/api/v1").unwrap_or(p);
        let p = if p.starts_with('/') {
            p.to_string()
        } else {
            format!("/{p}")
        };
        if p.split('/').any(is_dot_segment) {
            return Err(CliError::Usage(format!(
                "path `{}` contains a `.` or `..` segment (also when written %2e), which URL \
                 normalisation would resolve to another path",
                terminal_safe(&p)
            )));
        }
        if p.contains(' ')
            || p.chars().any(char::is_control)
            || query
                .as_deref()
                .is_some_and(|q| q.contains(' ') || q.chars().any(char::is_control))
        {
            return Err(CliError::Usage(
                "the path must be percent-encoded (no spaces or control characters)".into(),
            ));
        }
        Ok((ApiPath(p.trim_end_matches('/').to_string()), query))
    }

    pub fn as_str(&self) -> &str {
        if self.0.is_empty() { "/" } else { &self.0 }
    }
}

/// `.` or `..`, with any of the dots written `%2e` or `%2E`.
fn is_dot_segment(seg: &str) -> bool {
    let mut rest = seg;
    let mut dots = 0;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            rest = r;
        } else if rest.len() >= 3 && rest[..3].eq_ignore_ascii_case("%2e") {
            rest = &rest[3..];
        } else {
            return false;
        }
        dots += 1;
    }
    dots == 1 || dots == 2
}

/// Ids that are exactly `.` or `..` cannot travel as a path segment (URL parsers resolve them,
/// even percent-encoded), so they are refused before any request.
pub fn check_id(id: &str) -> Result<(), CliError> {
    if id.is_empty() || id == "." || id == ".." {
        return Err(CliError::Usage(format!("`{id}` is not a valid id or name")));
    }
    Ok(())
}

impl fmt::Display for ApiPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_are_encoded_whole() {
        let p = ApiPath::of(["projects", "a/b ?#é", "x..y"]);
        assert_eq!(p.as_str(), "/projects/a%2Fb%20%3F%23%C3%A9/x..y");
    }

    #[test]
    fn raw_paths_refuse_dot_segments() {
        for bad in [
            "/projects/../tenant",
            "/projects/%2E%2E/tenant",
            "/projects/.%2e/tenant",
            "/projects/%2e./tenant",
            "/projects/%2E/tenant",
            "/projects/./tenant",
            "/projects/..\\tenant",
            "/projects\\..\\tenant",
            "/projects?a=b#c",
            "/projects#frag",
            "/projects?a=b c",
        ] {
            assert!(ApiPath::raw(bad).is_err(), "{bad}");
        }
        for good in [
            "/projects/...",
            "/projects/..a",
            "/projects/a.%2e",
            "/projects/%2e%2e%2e",
        ] {
            assert!(ApiPath::raw(good).is_ok(), "{good}");
        }
        let (p, q) = ApiPath::raw("/api/v1/projects?limit=5").unwrap();
        assert_eq!((p.as_str(), q.as_deref()), ("/projects", Some("limit=5")));
    }

    #[test]
    fn dot_ids_are_refused() {
        assert!(check_id("..").is_err());
        assert!(check_id("a..b").is_ok());
    }
}

//! API paths built from percent-encoded segments, never from raw strings.

use std::fmt;

use crate::error::CliError;

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

    /// A raw path typed by the user (`rime api GET /projects?limit=5`): kept as typed, but
    /// dot-segments are refused because URL normalisation would silently change the target.
    pub fn raw(path: &str) -> Result<(ApiPath, Option<String>), CliError> {
        let path = path.trim();
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
        if p.split('/').any(|s| {
            s == "."
                || s == ".."
                || s.eq_ignore_ascii_case("%2e%2e")
                || s.eq_ignore_ascii_case("%2e")
        }) {
            return Err(CliError::Usage(format!(
                "path `{p}` contains a `.` or `..` segment"
            )));
        }
        if p.contains(['#', ' ']) || p.chars().any(char::is_control) {
            return Err(CliError::Usage(
                "the path must be percent-encoded (no spaces, `#` or control characters)".into(),
            ));
        }
        Ok((ApiPath(p.trim_end_matches('/').to_string()), query))
    }

    pub fn as_str(&self) -> &str {
        if self.0.is_empty() { "/" } else { &self.0 }
    }
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
        assert!(ApiPath::raw("/projects/../tenant").is_err());
        assert!(ApiPath::raw("/projects/%2E%2E/tenant").is_err());
        let (p, q) = ApiPath::raw("/api/v1/projects?limit=5").unwrap();
        assert_eq!((p.as_str(), q.as_deref()), ("/projects", Some("limit=5")));
    }

    #[test]
    fn dot_ids_are_refused() {
        assert!(check_id("..").is_err());
        assert!(check_id("a..b").is_ok());
    }
}

//! Cursor pagination: follows `next_cursor`, caps pages to `--max-items`, bounds broken servers.

use std::collections::HashSet;

use bytes::Bytes;
use serde_json::Value;

use super::{ApiPath, Client, Error, Method, Request, Response};

pub mod raw;

pub use raw::RawPage;

#[derive(Debug, Clone, Default)]
pub struct PageOpts {
    pub page_size: Option<u32>,
    pub max_items: Option<u64>,
    pub cursor: Option<String>,
    pub single_page: bool,
}

/// One list page as the contract shapes it: the items, and the cursor of the next page when the
/// server says there is one.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub items: Vec<Value>,
    pub next: Option<String>,
}

/// Why a list response cannot be a page. The text completes "the list response of PATH …".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageError(pub String);

/// Decodes one list response: `data` must be an array, `has_more` a boolean when present, and a
/// page that has more must say where the rest is (`next_cursor`; absent or null otherwise).
pub fn decode_page(body: Value) -> Result<Page, PageError> {
    let Value::Object(mut obj) = body else {
        return Err(PageError("is not a JSON object".into()));
    };
    // Moved out of the page, not copied: a deep copy of every item cost as much as parsing it.
    let Some(Value::Array(items)) = obj.remove("data") else {
        return Err(PageError("has no `data` array".into()));
    };
    let next = decode_next(obj.get("has_more"), obj.get("next_cursor"))?;
    Ok(Page { items, next })
}

/// The cursor of the next page from a page's `has_more` and `next_cursor`, checked.
fn decode_next(
    has_more: Option<&Value>,
    next_cursor: Option<&Value>,
) -> Result<Option<String>, PageError> {
    let has_more = match has_more {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(PageError("has a `has_more` that is not a boolean".into())),
    };
    let next = match next_cursor {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.is_empty() => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => return Err(PageError("has a `next_cursor` that is not a string".into())),
    };
    if has_more && next.is_none() {
        return Err(PageError(
            "says it has more items but sent no next_cursor".into(),
        ));
    }
    Ok(next.filter(|_| has_more))
}

/// [`decode_page`] for a page split by [`raw::split`]: the same checks, the items untouched.
fn decode_raw(page: RawPage) -> Result<(Vec<Bytes>, Option<String>), PageError> {
    let next = decode_next(page.has_more.as_ref(), page.next_cursor.as_ref())?;
    Ok((page.items, next))
}

/// What one walk puts up with before it stops: a server that says `has_more` forever, with empty
/// pages, fresh cursors or growing ones, meets one of these instead of running rime without end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bounds {
    /// Empty pages in a row that still say there is more (pages without progress).
    pub empty_pages: u32,
    /// The longest `next_cursor` followed, in bytes; a longer one is not put in a URL.
    pub cursor_bytes: usize,
    /// Pages one walk fetches at most (10 million items at the default page size).
    pub pages: u64,
}

pub const BOUNDS: Bounds = Bounds {
    empty_pages: 20,
    cursor_bytes: 4096,
    pages: 100_000,
};

/// The bookkeeping of one walk over a list, free of I/O: what to ask for next, and whether the
/// server's answers make sense (a cursor seen before would loop forever, see [`Bounds`]).
#[derive(Debug, Clone)]
pub struct Walk {
    opts: PageOpts,
    bounds: Bounds,
    /// The cursor of the page about to be fetched (None = first page).
    cursor: Option<String>,
    /// Digests of the cursors followed, not the cursors: memory stays small however long they are.
    seen: HashSet<[u8; 16]>,
    fetched: u64,
    pages: u64,
    /// Empty pages in a row that said there was more.
    empty_run: u32,
    done: bool,
    /// Set when the walk stopped with more items on the server.
    more: bool,
    /// A bound was reached after a page was accepted: the walk ends with this error next.
    halt: Option<PageError>,
}

/// A short digest of a cursor (SHA-256, first 128 bits): a collision within one walk's 100,000
/// pages is vanishingly unlikely.
fn digest(cursor: &str) -> [u8; 16] {
    let d = ring::digest::digest(&ring::digest::SHA256, cursor.as_bytes());
    let mut out = [0u8; 16];
    out.copy_from_slice(&d.as_ref()[..16]);
    out
}

/// A cursor that can go in a hint as `--cursor C`: within bounds, one word, nothing a terminal
/// would act on.
pub fn printable(cursor: &str) -> bool {
    !cursor.is_empty()
        && cursor.len() <= BOUNDS.cursor_bytes
        && !cursor.chars().any(char::is_whitespace)
        && crate::output::terminal_safe(cursor) == cursor
}

/// A cursor as an error message shows it: whole when short and printable, else its start and size.
fn shown(cursor: &str) -> String {
    if cursor.len() <= 80 && printable(cursor) {
        return format!("`{cursor}`");
    }
    let start: String = cursor.chars().take(32).collect();
    format!(
        "`{}…` ({} bytes)",
        crate::output::terminal_safe(&start),
        cursor.len()
    )
}

impl Walk {
    pub fn new(opts: PageOpts) -> Walk {
        Walk::bounded(opts, BOUNDS)
    }

    pub fn bounded(opts: PageOpts, bounds: Bounds) -> Walk {
        Walk {
            cursor: opts.cursor.clone(),
            seen: opts.cursor.iter().map(|c| digest(c)).collect(),
            opts,
            bounds,
            fetched: 0,
            pages: 0,
            empty_run: 0,
            done: false,
            more: false,
            halt: None,
        }
    }

    /// The error of a bound reached by the last page, once; the walk is over after it.
    pub fn take_halt(&mut self) -> Option<PageError> {
        let halt = self.halt.take()?;
        self.done = true;
        self.more = true;
        Some(halt)
    }

    /// The `limit` and `cursor` of the next request, or `None` when the walk is over. Each request
    /// asks for no more than the items still wanted, so a capped walk ends on a page boundary and
    /// its cursor resumes exactly.
    pub fn next_request(&mut self) -> Option<(u64, Option<&str>)> {
        if self.done {
            return None;
        }
        let remaining = self.opts.max_items.map(|m| m.saturating_sub(self.fetched));
        if remaining == Some(0) {
            self.done = true;
            return None;
        }
        let size = u64::from(self.opts.page_size.unwrap_or(100));
        let limit = remaining.map_or(size, |r| r.min(size));
        Some((limit, self.cursor.as_deref()))
    }

    /// Takes the answer to the request `next_request` described and returns its items.
    pub fn accept(&mut self, body: Value) -> Result<Vec<Value>, PageError> {
        let page = decode_page(body)?;
        self.advance(page.next, page.items.len())?;
        Ok(page.items)
    }

    /// [`Walk::accept`] for a page whose items were kept as their text.
    pub fn accept_raw(&mut self, page: RawPage) -> Result<Vec<Bytes>, PageError> {
        let (items, next) = decode_raw(page)?;
        self.advance(next, items.len())?;
        Ok(items)
    }

    /// Moves the walk past a page of `count` items that points to `next`.
    fn advance(&mut self, next: Option<String>, count: usize) -> Result<(), PageError> {
        match next {
            None => {
                self.done = true;
                self.more = false;
            }
            Some(next) => {
                if next.len() > self.bounds.cursor_bytes {
                    return Err(PageError(format!(
                        "has a next_cursor of {} bytes, longer than the {} a walk follows; stopping",
                        next.len(),
                        self.bounds.cursor_bytes
                    )));
                }
                if !self.seen.insert(digest(&next)) {
                    return Err(PageError(format!(
                        "repeated cursor {}; stopping to avoid an endless walk",
                        shown(&next)
                    )));
                }
                self.cursor = Some(next);
            }
        }
        self.fetched += count as u64;
        self.pages += 1;
        self.empty_run = if count == 0 { self.empty_run + 1 } else { 0 };
        if !self.done {
            let capped = self.opts.max_items.is_some_and(|m| self.fetched >= m);
            if self.opts.single_page || capped {
                self.done = true;
                self.more = true;
            } else if self.empty_run >= self.bounds.empty_pages {
                self.halt = Some(PageError(format!(
                    "was empty {} times in a row while saying it has more (the bound on pages without progress); stopping",
                    self.empty_run
                )));
            } else if self.pages >= self.bounds.pages {
                self.halt = Some(PageError(format!(
                    "still has more after {} pages (the bound on pages of one walk); stopping",
                    self.pages
                )));
            }
        }
        Ok(())
    }

    /// The cursor that continues after everything returned so far (when the walk stopped early),
    /// or that re-fetches the page in flight (after a failure or interruption); `None` when the
    /// walk is complete or that cursor cannot be shown in a hint (see [`printable`]).
    pub fn resume_cursor(&self) -> Option<&str> {
        if self.done && !self.more {
            None
        } else {
            self.cursor.as_deref().filter(|c| printable(c))
        }
    }

    #[cfg(test)]
    pub fn fetched(&self) -> u64 {
        self.fetched
    }
}

/// Walks a list endpoint page by page over HTTP.
pub struct Pager<'c> {
    client: &'c Client,
    path: ApiPath,
    query: Vec<(String, String)>,
    walk: Walk,
    /// The request id of the last page, for an error about a bound it reached.
    last_request_id: Option<String>,
}

impl<'c> Pager<'c> {
    pub fn new(
        client: &'c Client,
        path: ApiPath,
        query: Vec<(String, String)>,
        opts: PageOpts,
    ) -> Pager<'c> {
        Pager {
            client,
            path,
            query,
            walk: Walk::new(opts),
            last_request_id: None,
        }
    }

    /// See [`Walk::resume_cursor`].
    pub fn resume_cursor(&self) -> Option<&str> {
        self.walk.resume_cursor()
    }

    /// The next page's items, parsed; `None` when the walk is over.
    pub async fn next_page(&mut self) -> anyhow::Result<Option<Vec<Value>>> {
        let Some(resp) = self.fetch(false).await? else {
            return Ok(None);
        };
        let body = resp.json.unwrap_or(Value::Null);
        let items = self.walk.accept(body);
        self.checked(items, resp.request_id)
    }

    /// The next page's items as the JSON text the server sent (for output that passes them on
    /// unparsed); `None` when the walk is over.
    pub async fn next_raw_page(&mut self) -> anyhow::Result<Option<Vec<Bytes>>> {
        let Some(resp) = self.fetch(true).await? else {
            return Ok(None);
        };
        let items = match resp.page {
            Some(page) => self.walk.accept_raw(page),
            // Not split (a page of the wrong shape, duplicate members): the parse says why, or
            // gives the items to write out again.
            None => self
                .walk
                .accept(resp.json.unwrap_or(Value::Null))
                .map(|items| items.iter().map(raw_text).collect()),
        };
        self.checked(items, resp.request_id)
    }

    /// Sends the next page's request; `None` when the walk is over.
    async fn fetch(&mut self, raw: bool) -> anyhow::Result<Option<Response>> {
        if let Some(PageError(why)) = self.walk.take_halt() {
            return Err(Error::Pagination {
                path: self.path.to_string(),
                why,
                request_id: self.last_request_id.take(),
            }
            .into());
        }
        let Some((limit, cursor)) = self.walk.next_request() else {
            return Ok(None);
        };
        let mut req = Request::new(Method::GET, self.path.clone());
        req.raw_page = raw;
        req.query = self.query.clone();
        req.query.push(("limit".into(), limit.to_string()));
        if let Some(c) = cursor {
            req.query.push(("cursor".into(), c.to_string()));
        }
        let resp = self.client.send(req).await?;
        self.last_request_id = resp.request_id.clone();
        Ok(Some(resp))
    }

    fn checked<T>(
        &self,
        items: Result<Vec<T>, PageError>,
        request_id: Option<String>,
    ) -> anyhow::Result<Option<Vec<T>>> {
        let items = items.map_err(|PageError(why)| Error::Pagination {
            path: self.path.to_string(),
            why,
            request_id,
        })?;
        Ok(Some(items))
    }
}

fn raw_text(item: &Value) -> Bytes {
    Bytes::from(serde_json::to_vec(item).expect("JSON value serialises"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn pages_decode_strictly() {
        let p = decode_page(json!({"data": [1], "has_more": true, "next_cursor": "c"})).unwrap();
        assert_eq!(p.next.as_deref(), Some("c"));
        // A cursor without has_more is ignored; has_more without one is an error.
        let p = decode_page(json!({"data": [], "next_cursor": "c"})).unwrap();
        assert_eq!(p.next, None);
        for bad in [
            json!({"data": [], "has_more": true}),
            json!({"data": [], "has_more": true, "next_cursor": ""}),
            json!({"data": [], "has_more": "true", "next_cursor": "c"}),
            json!({"data": [], "has_more": true, "next_cursor": 7}),
            json!({"data": {}}),
            json!([]),
        ] {
            assert!(decode_page(bad.clone()).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_cursor_cycle_is_caught_and_caps_resume_exactly() {
        let mut w = Walk::new(PageOpts::default());
        let page = |c: &str| json!({"data": [1, 2], "has_more": true, "next_cursor": c});
        assert_eq!(w.next_request(), Some((100, None)));
        w.accept(page("a")).unwrap();
        w.accept(page("b")).unwrap();
        let e = w.accept(page("a")).unwrap_err();
        assert!(e.0.contains("repeated cursor `a`"), "{e:?}");
        let mut w = Walk::new(PageOpts {
            max_items: Some(3),
            page_size: Some(2),
            ..PageOpts::default()
        });
        assert_eq!(w.next_request(), Some((2, None)));
        w.accept(page("a")).unwrap();
        assert_eq!(w.next_request(), Some((1, Some("a"))));
        w.accept(json!({"data": [3], "has_more": true, "next_cursor": "b"}))
            .unwrap();
        assert_eq!(w.next_request(), None);
        assert_eq!((w.fetched(), w.resume_cursor()), (3, Some("b")));
        // Starting from a cursor that the server hands back at once is a loop too.
        let mut w = Walk::new(PageOpts {
            cursor: Some("a".into()),
            ..PageOpts::default()
        });
        assert!(w.accept(page("a")).is_err());
    }

    #[test]
    fn every_bound_stops_the_walk_and_says_which() {
        let bounds = Bounds {
            empty_pages: 3,
            cursor_bytes: 10,
            pages: 5,
        };
        let page =
            |items: Value, c: &str| json!({"data": items, "has_more": true, "next_cursor": c});
        // Pages without progress: the third empty page in a row halts, resumable after it.
        let mut w = Walk::bounded(PageOpts::default(), bounds);
        w.accept(page(json!([]), "a")).unwrap();
        w.accept(page(json!([1]), "b")).unwrap();
        for c in ["c", "d", "e"] {
            assert!(w.take_halt().is_none());
            w.accept(page(json!([]), c)).unwrap();
        }
        let halt = w.take_halt().unwrap();
        assert!(halt.0.contains("was empty 3 times in a row"), "{halt:?}");
        assert_eq!(w.next_request(), None);
        assert_eq!(w.resume_cursor(), Some("e"));
        // Total pages, even when every page brings items.
        let mut w = Walk::bounded(PageOpts::default(), bounds);
        for c in ["p1", "p2", "p3", "p4", "p5"] {
            w.accept(page(json!([1]), c)).unwrap();
        }
        assert!(w.take_halt().unwrap().0.contains("after 5 pages"));
        assert_eq!(w.resume_cursor(), Some("p5"));
        // A cursor over the length bound is refused before it is followed or remembered.
        let mut w = Walk::bounded(PageOpts::default(), bounds);
        w.accept(page(json!([1]), "ok")).unwrap();
        let e = w.accept(page(json!([1]), "0123456789x")).unwrap_err();
        assert!(
            e.0.contains("next_cursor of 11 bytes, longer than the 10"),
            "{e:?}"
        );
        assert_eq!(w.resume_cursor(), Some("ok"));
        // Cursors that cannot be pasted are never offered to resume with, and are shown cut.
        let mut w = Walk::new(PageOpts::default());
        w.accept(page(json!([1]), "a b\u{1b}[2J")).unwrap();
        assert_eq!(w.resume_cursor(), None);
        let long = "x".repeat(3000);
        let mut w = Walk::new(PageOpts::default());
        w.accept(page(json!([1]), &long)).unwrap();
        let e = w.accept(page(json!([1]), &long)).unwrap_err();
        assert!(e.0.contains("(3000 bytes)") && e.0.len() < 200, "{e:?}");
    }
}

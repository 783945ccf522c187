//! Cursor pagination: follows `next_cursor`, caps pages to `--max-items`, detects broken servers.

use std::collections::HashSet;

use serde_json::Value;

use super::{ApiPath, Client, Error, Method, Request};

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
    let has_more = match obj.get("has_more") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(PageError("has a `has_more` that is not a boolean".into())),
    };
    let next = match obj.get("next_cursor") {
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
    Ok(Page {
        items,
        next: next.filter(|_| has_more),
    })
}

/// The bookkeeping of one walk over a list, free of I/O: what to ask for next, and whether the
/// server's answers make sense (a cursor seen before would loop forever).
#[derive(Debug, Clone)]
pub struct Walk {
    opts: PageOpts,
    /// The cursor of the page about to be fetched (None = first page).
    cursor: Option<String>,
    seen: HashSet<String>,
    fetched: u64,
    done: bool,
    /// Set when the walk stopped with more items on the server.
    more: bool,
}

impl Walk {
    pub fn new(opts: PageOpts) -> Walk {
        Walk {
            cursor: opts.cursor.clone(),
            seen: opts.cursor.iter().cloned().collect(),
            opts,
            fetched: 0,
            done: false,
            more: false,
        }
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
        match page.next {
            None => {
                self.done = true;
                self.more = false;
            }
            Some(next) => {
                if !self.seen.insert(next.clone()) {
                    return Err(PageError(format!(
                        "repeated cursor `{}`; stopping to avoid an endless walk",
                        crate::output::terminal_safe(&next)
                    )));
                }
                self.cursor = Some(next);
            }
        }
        self.fetched += page.items.len() as u64;
        if !self.done {
            let capped = self.opts.max_items.is_some_and(|m| self.fetched >= m);
            if self.opts.single_page || capped {
                self.done = true;
                self.more = true;
            }
        }
        Ok(page.items)
    }

    /// The cursor that continues after everything returned so far (when the walk stopped early),
    /// or that re-fetches the page in flight (after a failure or interruption).
    pub fn resume_cursor(&self) -> Option<&str> {
        if self.done && !self.more {
            None
        } else {
            self.cursor.as_deref()
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
        }
    }

    /// See [`Walk::resume_cursor`].
    pub fn resume_cursor(&self) -> Option<&str> {
        self.walk.resume_cursor()
    }

    pub async fn next_page(&mut self) -> anyhow::Result<Option<Vec<Value>>> {
        let Some((limit, cursor)) = self.walk.next_request() else {
            return Ok(None);
        };
        let mut req = Request::new(Method::GET, self.path.clone());
        req.query = self.query.clone();
        req.query.push(("limit".into(), limit.to_string()));
        if let Some(c) = cursor {
            req.query.push(("cursor".into(), c.to_string()));
        }
        let resp = self.client.send(req).await?;
        let body = resp.json.unwrap_or(Value::Null);
        let items = self
            .walk
            .accept(body)
            .map_err(|PageError(why)| Error::Pagination {
                path: self.path.to_string(),
                why,
                request_id: resp.request_id,
            })?;
        Ok(Some(items))
    }
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
}

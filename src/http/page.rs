//! Cursor pagination: follows `next_cursor`, caps pages to `--max-items`, detects broken servers.

use std::collections::HashSet;

use serde_json::Value;

use super::{ApiPath, Client, Request};
use crate::error::CliError;

#[derive(Debug, Clone, Default)]
pub struct PageOpts {
    pub page_size: Option<u32>,
    pub max_items: Option<u64>,
    pub cursor: Option<String>,
    pub single_page: bool,
}

/// Walks a list endpoint page by page. Each request asks for no more than the items still
/// wanted, so a walk capped by `--max-items` ends on a page boundary and its cursor resumes exactly.
pub struct Pager<'c> {
    client: &'c Client,
    path: ApiPath,
    query: Vec<(String, String)>,
    opts: PageOpts,
    /// The cursor of the page about to be fetched (None = first page).
    cursor: Option<String>,
    seen: HashSet<String>,
    fetched: u64,
    done: bool,
    /// Set when the walk stopped with more items on the server.
    more: bool,
}

impl<'c> Pager<'c> {
    pub fn new(
        client: &'c Client,
        path: ApiPath,
        query: Vec<(String, String)>,
        opts: PageOpts,
    ) -> Pager<'c> {
        let cursor = opts.cursor.clone();
        Pager {
            client,
            path,
            query,
            opts,
            cursor,
            seen: HashSet::new(),
            fetched: 0,
            done: false,
            more: false,
        }
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

    pub async fn next_page(&mut self) -> anyhow::Result<Option<Vec<Value>>> {
        if self.done {
            return Ok(None);
        }
        let remaining = self.opts.max_items.map(|m| m.saturating_sub(self.fetched));
        if remaining == Some(0) {
            self.done = true;
            return Ok(None);
        }
        let size = self.opts.page_size.unwrap_or(100) as u64;
        let limit = remaining.map_or(size, |r| r.min(size));
        let mut req = Request::new(reqwest::Method::GET, self.path.clone());
        req.query = self.query.clone();
        req.query.push(("limit".into(), limit.to_string()));
        if let Some(c) = &self.cursor {
            req.query.push(("cursor".into(), c.clone()));
        }
        let mut page = self.client.call(req).await?;
        // Taken out of the page rather than copied: a deep copy of every item cost as much as
        // parsing it.
        let Some(Value::Array(items)) = page.get_mut("data").map(Value::take) else {
            return Err(CliError::Network(format!(
                "the list response of {} has no `data` array",
                self.path
            ))
            .into());
        };
        let has_more = page
            .get("has_more")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let next = page
            .get("next_cursor")
            .and_then(Value::as_str)
            .filter(|c| !c.is_empty())
            .map(String::from);
        self.fetched += items.len() as u64;
        match (has_more, next) {
            (false, _) => {
                self.done = true;
                self.more = false;
            }
            (true, None) => {
                return Err(CliError::Network(format!(
                    "the server said {} has more items but sent no next_cursor; stopping",
                    self.path
                ))
                .into());
            }
            (true, Some(next)) => {
                if !self.seen.insert(next.clone()) || self.cursor.as_deref() == Some(next.as_str())
                {
                    return Err(CliError::Network(format!(
                        "the server repeated cursor `{}` for {}; stopping to avoid an endless walk",
                        crate::output::terminal_safe(&next),
                        self.path
                    ))
                    .into());
                }
                self.cursor = Some(next);
                let capped = self.opts.max_items.is_some_and(|m| self.fetched >= m);
                if self.opts.single_page || capped {
                    self.done = true;
                    self.more = true;
                }
            }
        }
        Ok(Some(items))
    }
}

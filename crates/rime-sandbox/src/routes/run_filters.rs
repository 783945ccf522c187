//! `status` and `since` on run lists whose state the simulation derives at read time (pipeline
//! and transformation runs): the stored bodies do not hold it, so the runs are viewed now and the
//! listing is narrowed to the ids that match, keeping keyset paging intact.

use std::collections::HashMap;

use jiff::Timestamp;
use serde_json::Value;

use crate::collection::Listing;
use crate::error::{ApiError, ApiResult, Detail};
use crate::store::Filter;

/// The filters the query asks for, if any; `views` gives every run's id and view, lazily.
pub fn narrow<I>(
    listing: Listing,
    query: &HashMap<String, String>,
    statuses: &[&str],
    views: impl FnOnce() -> ApiResult<I>,
) -> ApiResult<Listing>
where
    I: IntoIterator<Item = (String, Value)>,
{
    let status = query.get("status");
    let since = query.get("since");
    if status.is_none() && since.is_none() {
        return Ok(listing);
    }
    let mut bad = Vec::new();
    if let Some(s) = status.filter(|s| !statuses.contains(&s.as_str())) {
        bad.push(Detail::new(
            "status",
            format!("`{s}` must be one of: {}", statuses.join(", ")),
        ));
    }
    let since = match since.map(|s| s.parse::<Timestamp>()) {
        Some(Ok(t)) => Some(t),
        Some(Err(_)) => {
            bad.push(Detail::new("since", "must be an RFC 3339 timestamp"));
            None
        }
        None => None,
    };
    if !bad.is_empty() {
        return Err(ApiError::validation("Request validation failed.", bad));
    }
    let ids = views()?
        .into_iter()
        .filter(|(_, v)| status.is_none_or(|s| v["status"] == s.as_str()))
        .filter(|(_, v)| {
            since.is_none_or(|t| {
                v["started_at"]
                    .as_str()
                    .and_then(|s| s.parse::<Timestamp>().ok())
                    .is_some_and(|at| at >= t)
            })
        })
        .map(|(id, _)| id)
        .collect();
    Ok(listing.and(Filter::Ids(ids)))
}

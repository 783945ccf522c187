//! Sending with retries: refresh before expiry and once after a 401, back off on 429, 5xx and
//! dropped connections (a body that arrived whole is never asked for again), one idempotency key
//! for every attempt of a POST.

use std::time::Instant;

use bytes::Bytes;

use super::exchange::{TOO_LARGE, describe_transport};
use super::retry::{self, Backoff};
use super::{
    Client, Error, MAX_WAIT, Method, REFRESH_MARGIN_SECONDS, RETRY_BUDGET, Request, Response,
};
use crate::output::terminal_safe;

impl Client {
    /// Sends with retries; non-2xx answers become `ApiError`.
    pub async fn send(&self, req: Request) -> anyhow::Result<Response> {
        let method = req.method.clone();
        let path = req.path.to_string();
        let resp = self.send_raw(req).await?;
        if (200..300).contains(&resp.status) {
            return Ok(resp);
        }
        Err(resp.api_error(method.as_str(), &path).into())
    }

    /// Sends with retries and returns whatever the server finally answered (`rime api` shows errors too).
    pub async fn send_raw(&self, req: Request) -> anyhow::Result<Response> {
        let url = self.url(&req);
        let path = req.path.to_string();
        // One key for every attempt of this POST: a retry after a lost response replays, never duplicates.
        let idempotency_key = (req.method == Method::POST)
            .then(|| req.idempotency_key.clone().unwrap_or_else(retry::new_key));
        let started = Instant::now();
        let mut backoff = Backoff::new(self.max_retries, RETRY_BUDGET, MAX_WAIT);
        let mut refreshed = false;
        // An attempt failed after its request may have reached the server.
        let mut answer_lost = false;
        if req.auth {
            Box::pin(self.ensure_fresh(REFRESH_MARGIN_SECONDS)).await?;
        }
        loop {
            let token = if req.auth { self.token() } else { None };
            let attempt = backoff.attempt();
            let permit = match self.pacer() {
                Some(p) => Some(p.acquire(&path).await),
                None => None,
            };
            let result = self
                .attempt(&req, &url, token.as_deref(), idempotency_key.as_deref())
                .await;
            // The bucket's place is given back before any wait, told the headers when answered.
            if let (Some(p), Ok(resp)) = (permit, &result) {
                p.answered(&resp.headers);
            }
            let (wait, why, request_id) = match result {
                Ok(resp) => {
                    if resp.status == 401 && req.auth && !refreshed && self.can_refresh() {
                        refreshed = true;
                        if Box::pin(self.refresh(token.as_deref())).await? {
                            continue;
                        }
                    }
                    if (300..400).contains(&resp.status) {
                        return Err(self.redirect_error(&resp).into());
                    }
                    if resp.status == 404 && answer_lost && req.gone_is_done {
                        self.out.status(&format!(
                            "{} {}: already gone; the attempt whose answer was lost deleted it",
                            req.method, req.path
                        ));
                        return Ok(Response {
                            status: 204,
                            body: Bytes::new(),
                            json: None,
                            page: None,
                            ..resp
                        });
                    }
                    // A body too large to buffer will be as large next time.
                    let retryable = matches!(resp.status, 429 | 500 | 502 | 503 | 504)
                        && !resp.headers.contains(TOO_LARGE);
                    // A 2xx body that is not JSON is retried only when its JSON ends early (a
                    // body cut short, however it was framed); one that is complete but not JSON
                    // (text, HTML, a number out of range) is what the server sends, and asking
                    // again would earn the same bytes.
                    let bad_json = req.expect_json
                        && (200..300).contains(&resp.status)
                        && !resp.body.is_empty()
                        && resp.json.is_none()
                        && resp.page.is_none();
                    // Parsed again for the reason, on this failing path only.
                    let why_not = bad_json
                        .then(|| serde_json::from_slice::<serde_json::Value>(&resp.body).err())
                        .flatten();
                    if bad_json && !why_not.as_ref().is_some_and(serde_json::Error::is_eof) {
                        if req.any_body {
                            return Ok(resp);
                        }
                        return Err(invalid_json(&req, &resp, why_not.as_ref()).into());
                    }
                    if !retryable && !bad_json {
                        return Ok(resp);
                    }
                    let hint = retry::retry_after(&resp.headers);
                    let why = if bad_json {
                        "the server sent invalid JSON".to_string()
                    } else if resp.status == 429 {
                        "rate limited".to_string()
                    } else {
                        format!("server error {}", resp.status)
                    };
                    let rid = resp.request_id.clone();
                    match backoff.next_wait(hint) {
                        Some(w) => (w, why, rid),
                        None if bad_json && !req.any_body => {
                            return Err(invalid_json(&req, &resp, None).into());
                        }
                        // Out of attempts, or a hint longer than one wait: `report` names the wait.
                        None => return Ok(resp),
                    }
                }
                Err(e) => {
                    answer_lost |= !e.is_connect();
                    let (why, tls) = describe_transport(&e);
                    // A request that cannot be built (a URL too long) fails the same way again.
                    let wait = if e.is_builder() {
                        None
                    } else {
                        backoff.next_wait(None)
                    };
                    match wait {
                        Some(w) => (w, why, None),
                        None => {
                            return Err(Error::Transport {
                                method: req.method.to_string(),
                                path: req.path.to_string(),
                                attempts: attempt,
                                secs: started.elapsed().as_secs_f64(),
                                why,
                                tls,
                            }
                            .into());
                        }
                    }
                }
            };
            let rid = request_id
                .map(|r| format!(", request id {r}"))
                .unwrap_or_default();
            self.out.status(&format!(
                "{why}; retrying in {} (attempt {}/{}{rid})",
                retry::human(wait),
                attempt + 1,
                self.max_retries + 1
            ));
            tokio::time::sleep(wait).await;
        }
    }

    fn redirect_error(&self, resp: &Response) -> Error {
        let location = resp.header("location").unwrap_or("");
        let target = url::Url::parse(location).ok().map(|u| u.origin());
        Error::Redirect(if target.as_ref().is_some_and(|o| *o != self.origin) {
            format!(
                "the server redirected to another host ({}); rime does not follow it, so the token stays with {}",
                terminal_safe(location),
                self.origin.ascii_serialization()
            )
        } else {
            format!(
                "the server answered {} with a redirect to `{}`; the API should not redirect",
                resp.status,
                terminal_safe(location)
            )
        })
    }
}

/// A 2xx body that is not the JSON the request expected, with why when it is not JSON that
/// merely ends early (`number out of range at line 1 column 40`).
fn invalid_json(req: &Request, resp: &Response, why: Option<&serde_json::Error>) -> Error {
    Error::Decode {
        message: format!(
            "the server sent an invalid JSON body ({}, {} bytes) for {} {} (request id {}){}",
            terminal_safe(resp.header("content-type").unwrap_or("no content type")),
            resp.body.len(),
            req.method,
            req.path,
            terminal_safe(resp.request_id.as_deref().unwrap_or("none")),
            why.map(|e| format!(": {e}")).unwrap_or_default()
        ),
        request_id: resp.request_id.clone(),
    }
}

//! Test fixtures: a sandbox per test whose recorded exchanges are validated against the contract on drop.

use std::net::SocketAddr;

use rime_sandbox::{LOGINS, Options, Sandbox, contract};
use serde_json::{Value, json};

pub use crate::http::{Req, Resp, Transport};

/// A running sandbox; dropping it checks every recorded exchange against the OpenAPI document.
pub struct Env {
    pub sb: Sandbox,
    pub addr: SocketAddr,
}

impl Env {
    pub fn start() -> Env {
        Env::with(Options::for_tests())
    }

    pub fn with(opts: Options) -> Env {
        let sb = Sandbox::start(opts).expect("sandbox starts");
        let addr = sb
            .origin
            .trim_start_matches("http://")
            .parse()
            .expect("origin is host:port");
        Env { sb, addr }
    }

    pub fn anon(&self) -> Client {
        Client {
            addr: self.addr,
            token: None,
        }
    }

    pub fn bearer(&self, token: &str) -> Client {
        Client {
            addr: self.addr,
            token: Some(token.to_string()),
        }
    }

    /// Logs in and returns the token pair's client; panics unless the login succeeds.
    pub fn login(&self, email: &str, password: &str) -> Client {
        let r = self
            .anon()
            .post("/auth/login", json!({"email": email, "password": password}));
        assert_eq!(r.status, 200, "login as {email}: {}", r.text());
        self.bearer(r.json["access_token"].as_str().expect("access_token"))
    }

    /// Logs in with the seeded account of that role (admin, editor, viewer, governance_admin).
    pub fn as_role(&self, role: &str) -> Client {
        let (email, password, ..) = LOGINS
            .iter()
            .find(|l| l.4 == role)
            .expect("a seeded login with that role");
        self.login(email, password)
    }

    pub fn admin(&self) -> Client {
        self.as_role("admin")
    }

    /// The seeded editor API key of the demo project.
    pub fn key(&self) -> Client {
        self.bearer(&self.sb.api_key.clone())
    }

    /// A `/_sandbox` control call; asserts it succeeded.
    pub fn control(&self, method: &str, path: &str, body: Value) -> Resp {
        // State-changing controls take JSON only, even when there are no fields.
        let body = match (&body, method) {
            (Value::Null, "GET" | "HEAD") => None,
            (Value::Null, _) => Some(("application/json", Vec::new())),
            _ => Some(("application/json", body.to_string().into_bytes())),
        };
        let r = crate::http::send(
            self.addr,
            &Req {
                method,
                path: &format!("/_sandbox{path}"),
                headers: vec![],
                body,
            },
        )
        .expect("control call answered");
        assert!(
            r.status < 300,
            "{method} /_sandbox{path}: {} {}",
            r.status,
            r.text()
        );
        r
    }

    pub fn tier(&self, tier: &str) {
        self.control("PUT", "/tenant", json!({"tier": tier}));
    }

    pub fn user_id(&self, email: &str) -> String {
        let r = self.admin().get("/users?limit=100");
        r.json["data"]
            .as_array()
            .and_then(|d| d.iter().find(|u| u["email"] == email))
            .and_then(|u| u["id"].as_str())
            .expect("seeded user")
            .to_string()
    }

    /// Checks every exchange recorded so far; returns how many were checked.
    pub fn validate(&self) -> usize {
        match contract::validate_all(&self.sb.exchanges()) {
            Ok(n) => n,
            Err(e) => panic!("the sandbox broke its contract:\n{e}"),
        }
    }
}

impl Drop for Env {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            self.validate();
        }
    }
}

/// A caller of `/api/v1`, optionally authenticated.
#[derive(Clone)]
pub struct Client {
    pub addr: SocketAddr,
    pub token: Option<String>,
}

impl Client {
    pub fn get(&self, path: &str) -> Resp {
        self.call("GET", path, None, &[])
    }

    pub fn post(&self, path: &str, body: Value) -> Resp {
        self.call("POST", path, Some(body), &[])
    }

    /// A POST without a body (action endpoints).
    pub fn post_empty(&self, path: &str) -> Resp {
        self.call("POST", path, None, &[])
    }

    pub fn patch(&self, path: &str, body: Value) -> Resp {
        self.call("PATCH", path, Some(body), &[])
    }

    pub fn delete(&self, path: &str) -> Resp {
        self.call("DELETE", path, None, &[])
    }

    /// A JSON call with extra headers; panics on transport failure (use `try_raw` for faults).
    pub fn call(
        &self,
        method: &str,
        path: &str,
        body: Option<Value>,
        headers: &[(&str, &str)],
    ) -> Resp {
        let body = body.map(|b| b.to_string().into_bytes());
        self.raw(method, path, body.map(|b| ("application/json", b)), headers)
    }

    pub fn raw(
        &self,
        method: &str,
        path: &str,
        body: Option<(&str, Vec<u8>)>,
        headers: &[(&str, &str)],
    ) -> Resp {
        match self.try_raw(method, path, body, headers) {
            Ok(r) => r,
            Err(e) => panic!("{method} {path}: {e}"),
        }
    }

    pub fn try_raw(
        &self,
        method: &str,
        path: &str,
        body: Option<(&str, Vec<u8>)>,
        headers: &[(&str, &str)],
    ) -> Result<Resp, Transport> {
        let mut all: Vec<(&str, String)> =
            headers.iter().map(|(k, v)| (*k, v.to_string())).collect();
        if let Some(t) = &self.token {
            all.push(("Authorization", format!("Bearer {t}")));
        }
        let path = if path.starts_with("/api/") || path.starts_with("/_sandbox") {
            path.to_string()
        } else {
            format!("/api/v1{path}")
        };
        crate::http::send(
            self.addr,
            &Req {
                method,
                path: &path,
                headers: all,
                body,
            },
        )
    }
}

/// Asserts a status, showing the body on failure.
#[track_caller]
pub fn expect(r: &Resp, status: u16) {
    assert_eq!(r.status, status, "unexpected status; body: {}", r.text());
}

/// Asserts an error status and code.
#[track_caller]
pub fn expect_error(r: &Resp, status: u16, code: &str) {
    assert_eq!(r.status, status, "unexpected status; body: {}", r.text());
    assert_eq!(r.code(), code, "unexpected error code; body: {}", r.text());
    assert!(
        r.json["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()),
        "error without a message: {}",
        r.text()
    );
}

/// The ids of a list response's `data`.
pub fn ids(r: &Resp) -> Vec<String> {
    r.json["data"]
        .as_array()
        .map(|d| {
            d.iter()
                .filter_map(|x| x["id"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

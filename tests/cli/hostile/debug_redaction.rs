//! `--debug` under secrets in URLs: query-string secrets (`?token=`, `api_key=`, `access_token=`,
//! `password=`, `secret=`) and DSN passwords are cut, while the error envelope's `code` is kept.

use super::server::{Hostile, json};
use super::{TOKEN, against};
use crate::common::{Env, assert_has, assert_lacks};

const SECRETS: [&str; 7] = [
    "S3CR3T-query-token",
    "S3CR3T-query-key",
    "S3CR3T-query-access",
    "S3CR3T-query-password",
    "S3CR3T-body-dsn",
    "S3CR3T-body-url",
    "S3CR3T-query-secret",
];

#[test]
fn debug_cuts_query_and_dsn_secrets_but_keeps_the_error_code() {
    let env = Env::new();
    let h = Hostile::start(|req| match req.path() {
        "/api/v1/things" => json(
            200,
            r#"{"data": [{"dsn": "postgres://app:S3CR3T-body-dsn@db.internal:5432/sales",
                "callback": "https://hooks.example/x?access_token=S3CR3T-body-url&v=2"}],
                "has_more": false}"#,
        ),
        _ => json(
            404,
            r#"{"error": {"code": "not_found", "message": "no such thing"}}"#,
        ),
    });
    let out = against(
        &env,
        &h,
        [
            "api",
            "GET",
            "/things?token=S3CR3T-query-token&api_key=S3CR3T-query-key&access_token=S3CR3T-query-access&password=S3CR3T-query-password&client_secret=S3CR3T-query-secret&page_size=2",
            "--debug",
        ],
    )
    .run()
    .ok();
    let debug = &out.stderr;
    assert_has(debug, "debug: > GET ");
    assert_has(debug, "token=[redacted]&api_key=[redacted]");
    assert_has(debug, "&page_size=2");
    assert_has(debug, "postgres://app:[redacted]@db.internal:5432/sales");
    assert_has(debug, "access_token=[redacted]&v=2");
    // The request did carry them: only the trace is cut.
    assert!(h.requests()[0].target.contains("S3CR3T-query-token"));
    // The error envelope's code is what a reader of the trace needs.
    let out = against(&env, &h, ["api", "GET", "/missing", "--debug"])
        .run()
        .code(5);
    assert_has(&out.stderr, r#""code":"not_found""#);
    for out in [&out.stderr, debug] {
        for s in SECRETS.iter().chain([&TOKEN]) {
            assert_lacks(out, s);
        }
    }
}

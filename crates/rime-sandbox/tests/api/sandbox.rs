//! The sandbox as a test fixture: deterministic seeding, reset, the clock, and isolation between instances.

use rime_sandbox::Options;
use serde_json::json;

use crate::support::*;

fn project_ids(env: &Env) -> Vec<String> {
    ids(&env.admin().get("/projects"))
}

#[test]
fn the_same_seed_gives_the_same_ids_and_reset_restores_them() {
    let a = Env::start();
    let b = Env::start();
    let seeded = project_ids(&a);
    assert_eq!(seeded, project_ids(&b));
    assert_eq!(a.sb.demo_project_id, b.sb.demo_project_id);
    let users = ids(&a.admin().get("/users"));
    assert_eq!(users, ids(&b.admin().get("/users")));

    // Changes, then a reset: the seeded world comes back with the same ids.
    let admin = a.admin();
    expect(
        &admin.post("/projects", json!({"name": "temp", "identifier": "temp"})),
        201,
    );
    expect(&admin.delete(&format!("/projects/{}", seeded[1])), 204);
    a.validate();
    a.control("POST", "/reset", json!(null));
    assert_eq!(project_ids(&a), seeded);
    assert_eq!(ids(&a.admin().get("/users")), users);
    let info = a.control("GET", "/info", json!(null));
    assert_eq!(info.json["seed"], 42);

    let other = Env::with(Options {
        seed: 7,
        ..Options::for_tests()
    });
    assert_ne!(project_ids(&other), seeded);
}

#[test]
fn sandboxes_do_not_interfere() {
    let a = Env::start();
    let b = Env::start();
    assert_ne!(a.addr, b.addr);
    expect(
        &a.admin().post(
            "/projects",
            json!({"name": "only-a", "identifier": "only-a"}),
        ),
        201,
    );
    a.control("PUT", "/faults", json!({"rate_500": 1.0}));
    a.tier("free");
    let listed = b.admin().get("/projects");
    expect(&listed, 200);
    assert_eq!(ids(&listed).len(), 2);
    assert_eq!(b.admin().get("/tenant").json["tier"], "business");
    // Tokens of one sandbox mean nothing to another.
    let token = a.control("GET", "/info", json!(null));
    assert!(
        token.json["base_url"]
            .as_str()
            .unwrap()
            .contains(&a.addr.port().to_string())
    );
    a.control("DELETE", "/faults", json!(null));
    let a_admin = a.admin();
    expect_error(
        &b.bearer(a_admin.token.as_deref().unwrap()).get("/me"),
        401,
        "unauthorized",
    );
}

#[test]
fn the_clock_moves_only_when_told() {
    let env = Env::start();
    let clock = env.control("GET", "/clock", json!(null));
    assert_eq!(clock.json["now"], "2026-11-28T09:00:00Z");
    assert_eq!(clock.json["rate"], 0.0);
    let moved = env.control("POST", "/clock", json!({"advance_seconds": 90}));
    assert_eq!(moved.json["now"], "2026-11-28T09:01:30Z");
    env.sb.advance(30);
    let r = env
        .admin()
        .post("/projects", json!({"name": "timed", "identifier": "timed"}));
    assert_eq!(r.json["created_at"], "2026-11-28T09:02:00Z");
}

#[test]
fn bulk_needs_a_known_kind() {
    let env = Env::start();
    let r = env.control("POST", "/bulk", json!({"kind": "project", "count": 3}));
    assert_eq!(r.json["created"], 3);
    assert_eq!(ids(&env.admin().get("/projects")).len(), 5);
    let bad = env.anon().raw(
        "POST",
        "/_sandbox/bulk",
        Some((
            "application/json",
            br#"{"kind":"wombat","count":1}"#.to_vec(),
        )),
        &[],
    );
    expect_error(&bad, 400, "validation_error");
}

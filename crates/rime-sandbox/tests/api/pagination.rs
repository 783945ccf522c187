//! Cursor pagination: limit and cursor validation, and keyset walks that survive concurrent changes.

use std::collections::{HashMap, HashSet};

use serde_json::json;

use crate::support::*;

#[test]
fn limit_and_cursor_are_validated() {
    let env = Env::start();
    let admin = env.admin();
    for path in ["/users", "/projects", "/audit-log"] {
        for bad in ["0", "101", "x", "-1", "1.5"] {
            let r = admin.get(&format!("{path}?limit={bad}"));
            expect_error(&r, 400, "validation_error");
            assert_eq!(r.fields(), ["limit"], "{path}?limit={bad}");
        }
        for bad in ["garbage", "cmMxOi0x", "!!"] {
            let r = admin.get(&format!("{path}?cursor={bad}"));
            expect_error(&r, 400, "validation_error");
            assert_eq!(r.fields(), ["cursor"], "{path}?cursor={bad}");
        }
        // `limit` is checked against the document before the list reads its opaque cursor.
        let r = admin.get(&format!("{path}?limit=500&cursor=nope"));
        assert_eq!(r.fields(), ["limit"]);
    }
    let keys = format!("/projects/{}/api-keys?limit=0", env.sb.demo_project_id);
    assert_eq!(admin.get(&keys).fields(), ["limit"]);
}

#[test]
fn pages_default_to_50_and_cap_at_100() {
    let env = Env::start();
    env.tier("business_critical");
    env.control("POST", "/bulk", json!({"kind": "user", "count": 150}));
    let admin = env.admin();
    let r = admin.get("/users");
    assert_eq!(ids(&r).len(), 50);
    assert_eq!(r.json["has_more"], true);
    assert!(
        r.json["next_cursor"]
            .as_str()
            .is_some_and(|c| !c.is_empty())
    );
    let r = admin.get("/users?limit=100");
    assert_eq!(ids(&r).len(), 100);
    let next = r.json["next_cursor"].as_str().unwrap();
    let last = admin.get(&format!("/users?limit=100&cursor={next}"));
    assert_eq!(ids(&last).len(), 57);
    assert_eq!(last.json["has_more"], false);
    assert!(last.json.get("next_cursor").is_none_or(|c| c.is_null()));
}

#[test]
fn a_walk_sees_every_stable_item_exactly_once_despite_changes() {
    let env = Env::start();
    env.tier("business_critical");
    env.control("POST", "/bulk", json!({"kind": "user", "count": 240}));
    let admin = env.admin();
    let all = |admin: &Client| {
        let mut out = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let path = match &cursor {
                Some(c) => format!("/users?limit=100&cursor={c}"),
                None => "/users?limit=100".to_string(),
            };
            let r = admin.get(&path);
            out.extend(ids(&r));
            match r.json["next_cursor"].as_str() {
                Some(c) => cursor = Some(c.to_string()),
                None => return out,
            }
        }
    };
    let before = all(&admin);
    assert_eq!(before.len(), 247);

    // Walk in pages of 30 while inviting users and deleting ones both behind and ahead of the walk.
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut deleted = HashSet::new();
    let mut cursor: Option<String> = None;
    let mut page = 0;
    loop {
        let path = match &cursor {
            Some(c) => format!("/users?limit=30&cursor={c}"),
            None => "/users?limit=30".to_string(),
        };
        let r = admin.get(&path);
        expect(&r, 200);
        for id in ids(&r) {
            *seen.entry(id).or_default() += 1;
        }
        page += 1;
        let email = format!("walker{page}@example.com");
        expect(
            &admin.post(
                "/users",
                json!({"email": email, "first_name": "W", "last_name": "K", "role": "viewer"}),
            ),
            201,
        );
        for victim in [
            before[(page * 37) % before.len()].clone(),
            before[(page * 53 + 11) % before.len()].clone(),
        ] {
            if victim != before[0] && deleted.insert(victim.clone()) {
                expect(&admin.delete(&format!("/users/{victim}")), 204);
            }
        }
        match r.json["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_string()),
            None => break,
        }
    }
    assert!(page >= 8, "the walk took {page} pages");
    assert!(seen.values().all(|n| *n == 1), "an item was returned twice");
    for id in before.iter().filter(|id| !deleted.contains(*id)) {
        assert_eq!(
            seen.get(id),
            Some(&1),
            "{id} existed for the whole walk but was not seen once"
        );
    }
}

#[test]
fn small_pages_walk_projects_and_the_audit_log() {
    let env = Env::start();
    let admin = env.admin();
    for i in 0..3 {
        expect(
            &admin.post(
                "/projects",
                json!({"name": format!("p{i}"), "identifier": format!("p{i}x")}),
            ),
            201,
        );
    }
    let mut names = Vec::new();
    let mut path = "/projects?limit=1".to_string();
    loop {
        let r = admin.get(&path);
        names.extend(
            r.json["data"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["name"].as_str().unwrap().to_string()),
        );
        match r.json["next_cursor"].as_str() {
            Some(c) => path = format!("/projects?limit=1&cursor={c}"),
            None => break,
        }
    }
    assert_eq!(names, ["demo", "staging", "p0", "p1", "p2"]);

    let first = admin.get("/audit-log?limit=2");
    assert_eq!(first.json["data"][0]["action"], "project.created");
    assert_eq!(first.json["data"][0]["resource_name"], "p2", "newest first");
    let next = admin.get(&format!(
        "/audit-log?limit=2&cursor={}",
        first.json["next_cursor"].as_str().unwrap()
    ));
    assert_eq!(next.json["data"][0]["resource_name"], "p0");
    assert_eq!(next.json["data"][1]["action"], "auth.login");
}

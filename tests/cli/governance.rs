//! `rime governance` against the sandbox: columns and classification (one and in bulk), masking
//! policies, grants, PII scans with `--wait`, and the coverage and access-matrix reports.

use serde_json::{Value, json};

use crate::common::{Argv, Cmd, Env, assert_lacks};

fn gov(env: &Env, args: impl Argv) -> Cmd {
    env.rime("-p demo governance").args(args)
}

const IRD: &str = "ANALYTICS.CRM.CUSTOMERS.IRD_NUMBER";
const PHONE: &str = "ANALYTICS.CRM.CUSTOMERS.PHONE";
const DOB: &str = "ANALYTICS.CRM.CUSTOMERS.DATE_OF_BIRTH";
const CITY: &str = "ANALYTICS.CRM.CUSTOMERS.CITY";
const PATCH_ROUTE: &str = "/api/v1/projects/{project_id}/governance/columns/{path}";

fn column(env: &Env, path: &str) -> Value {
    gov(env, format!("columns get {path} -o json"))
        .run()
        .ok()
        .json()
}

#[test]
fn columns_are_listed_filtered_and_classified_one_at_a_time() {
    let env = Env::new();
    let all = gov(&env, "columns list -o json").run().ok().json();
    assert!(all.as_array().unwrap().len() >= 37);
    let table = gov(
        &env,
        "columns list --database analytics --table customers --unclassified",
    )
    .run()
    .ok();
    assert!(
        table
            .stdout
            .starts_with("PATH\tDATA TYPE\tLEVEL\tPII\tMASKING\tFLAGGED\tCONFIDENCE\n"),
        "{}",
        table.stdout
    );
    table.stdout_has(format!("{IRD}\tVARCHAR\t\t\tfull\t\t\n"));
    // EMAIL is classified
    table.stdout_lacks("CUSTOMERS.EMAIL");
    let q = env
        .requests("GET", "/api/v1/projects/{project_id}/governance/columns")
        .pop()
        .unwrap();
    assert!(
        q.uri.contains("table=customers") && q.uri.contains("classified=false"),
        "{}",
        q.uri
    );
    let emails = gov(
        &env,
        "columns list --pii email --level confidential -o json",
    )
    .run()
    .ok()
    .json();
    assert_eq!(emails.as_array().unwrap().len(), 1);
    gov(&env, "columns list --classified --unclassified")
        .run()
        .code(2);
    gov(&env, "columns list --level secret").run().code(2);

    let low = gov(
        &env,
        format!("columns classify {IRD} --level internal --pii ird_number"),
    )
    .run()
    .code(7);
    low.stderr_has("ird_number columns must be classified restricted or above");
    low.stderr_has(
        "- privacy_level: internal is below the minimum for PII type ird_number: restricted",
    );
    let ok = gov(
        &env,
        format!(
            "columns classify {} --level restricted --pii ird_number -o json",
            IRD.to_lowercase()
        ),
    )
    .run()
    .ok();
    ok.stderr_has(format!(
        "classified {IRD} as restricted (ird_number); masking full"
    ));
    let c = ok.json();
    assert_eq!(
        (&c["classified_by"], &c["classified_at"]),
        (
            &json!(rime_sandbox::ADMIN_EMAIL),
            &json!("2026-11-28T09:00:00Z")
        )
    );
    let sent = env.requests("PATCH", PATCH_ROUTE).pop().unwrap();
    assert!(
        sent.uri
            .ends_with("/governance/columns/analytics.crm.customers.ird_number"),
        "{}",
        sent.uri
    );
    assert_eq!(
        sent.body.unwrap(),
        json!({"privacy_level": "restricted", "pii_type": "ird_number"})
    );
    assert_eq!(column(&env, IRD)["privacy_level"], "restricted");

    let declassified = gov(&env, format!("columns classify {IRD} --level none"))
        .run()
        .ok();
    declassified.stderr_has(format!("declassified {IRD}; masking full"));
    gov(&env, format!("columns classify {IRD}"))
        .run()
        .code(2)
        .stderr_has("nothing to classify");
    gov(&env, "columns classify").run().code(2);
    gov(
        &env,
        "columns classify ANALYTICS.CRM.CUSTOMERS.NOPE --level internal",
    )
    .run()
    .code(5);
    gov(&env, "columns get ANALYTICS.CRM.CUSTOMERS.NOPE")
        .run()
        .code(5)
        .stderr_has("rime governance columns list");

    env.login("editor@sandbox.rime.test", "correct-horse-editor");
    gov(&env, format!("columns classify {CITY} --level internal"))
        .run()
        .code(4);
    env.login("governance@sandbox.rime.test", "correct-horse-governance");
    let by = gov(
        &env,
        format!("columns classify {CITY} --level internal -o json"),
    )
    .run()
    .ok()
    .json();
    assert_eq!(by["classified_by"], "governance@sandbox.rime.test");
}

fn level_of(env: &Env, path: &str) -> Value {
    column(env, path)["privacy_level"].clone()
}

#[test]
fn bulk_classification_reports_every_row_and_changes_only_the_good_ones() {
    let env = Env::new();
    let csv = env.dir.path().join("classes.csv");
    std::fs::write(
        &csv,
        format!(
            "path,level,pii_type\n{IRD},restricted,ird_number\n{PHONE},internal,phone\nANALYTICS.CRM.CUSTOMERS.NOPE,internal,\n{DOB},confidential,date_of_birth\n{CITY},secret,\n"
        ),
    )
    .unwrap();
    let file = csv.to_str().unwrap();

    let stopped = gov(&env, format!("columns classify --from-file {file}"))
        .run()
        .code(9);
    let lines: Vec<&str> = stopped.stdout.lines().collect();
    assert_eq!(lines[0], "LINE\tPATH\tRESULT\tLEVEL\tPII\tERROR");
    assert_eq!(
        lines[1],
        format!("2\t{IRD}\tclassified\trestricted\tird_number\t")
    );
    assert!(lines[2].starts_with(&format!("3\t{PHONE}\tfailed\tinternal\tphone\tphone columns must be classified confidential or above.; privacy_level: internal is below")), "{}", lines[2]);
    assert_eq!(
        lines[3],
        "4\tANALYTICS.CRM.CUSTOMERS.NOPE\tskipped\tinternal\t\t"
    );
    assert_eq!(lines.len(), 6);
    stopped.stderr_has("classified 1 of 5 columns; 1 failed, 3 skipped (use --continue-on-error");
    stopped.stderr_has(format!("1 of 5 rows of {file} failed"));
    assert_eq!(
        env.requests("PATCH", PATCH_ROUTE).len(),
        2,
        "nothing sent after the first failure"
    );
    assert_eq!(level_of(&env, DOB), Value::Null);

    let all = gov(
        &env,
        format!("columns classify --from-file {file} --continue-on-error -o json"),
    )
    .run()
    .code(9);
    let rows = all.json();
    let results: Vec<(u64, &str)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["line"].as_u64().unwrap(), r["result"].as_str().unwrap()))
        .collect();
    assert_eq!(
        results,
        [
            (2, "classified"),
            (3, "failed"),
            (4, "failed"),
            (5, "classified"),
            (6, "failed")
        ]
    );
    assert!(
        rows[2]["error"]
            .as_str()
            .unwrap()
            .contains("No column 'ANALYTICS.CRM.CUSTOMERS.NOPE'"),
        "{rows}"
    );
    assert!(
        rows[4]["error"]
            .as_str()
            .unwrap()
            .contains("privacy_level: must be one of"),
        "{rows}"
    );
    assert_eq!(level_of(&env, IRD), "restricted");
    assert_eq!(level_of(&env, DOB), "confidential");
    assert_eq!(
        level_of(&env, PHONE),
        Value::Null,
        "bad rows change nothing"
    );
    assert_eq!(level_of(&env, CITY), Value::Null);

    let nd = env.dir.path().join("more.ndjson");
    std::fs::write(&nd, format!("{{\"path\": \"{PHONE}\", \"privacy_level\": \"confidential\", \"pii_type\": \"phone\"}}\n\n{{\"path\": \"{CITY}\", \"level\": \"internal\"}}\n")).unwrap();
    let good = gov(
        &env,
        format!("columns classify --from-file {}", nd.display()),
    )
    .run()
    .ok();
    good.stderr_has("classified 2 of 2 columns; 0 failed");
    good.stdout_has("\n3\tANALYTICS.CRM.CUSTOMERS.CITY\tclassified\tinternal\t");
    assert_eq!(level_of(&env, PHONE), "confidential");
    let piped = gov(&env, "columns classify --from-file -")
        .stdin(format!("path,level\n{CITY},public\n"))
        .run()
        .ok();
    piped.stdout_has("public");
}

#[test]
fn malformed_bulk_files_name_file_line_and_column_and_change_nothing() {
    let env = Env::new();
    let write = |name: &str, text: &str| {
        let p = env.dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p.to_str().unwrap().to_string()
    };
    for (file, expected) in [
        (
            write(
                "a.csv",
                &format!("path,level\n{IRD},restricted\n{PHONE},internal,phone\n"),
            ),
            "a.csv: line 3, column 1: expected 2 fields, found 3",
        ),
        (
            write("b.csv", "path,levle\n"),
            "b.csv: line 1, column 6: unknown column `levle` (expected path, level, pii_type)",
        ),
        (
            write("c.csv", &format!("level,pii_type\nrestricted,{IRD}\n")),
            "c.csv: line 1, column 1: the header has no `path` column",
        ),
        (
            write(
                "d.ndjson",
                &format!(
                    "{{\"path\": \"{IRD}\", \"level\": \"restricted\"}}\n{{\"path\": \"{PHONE}\", \"level\": }}\n"
                ),
            ),
            "d.ndjson: line 2, column 52: invalid JSON",
        ),
        (
            write("e.jsonl", "[1, 2]\n"),
            "e.jsonl: line 1, column 1: each line must be a JSON object",
        ),
        (write("f.csv", "path,level\n"), "f.csv: no rows to classify"),
    ] {
        let out = gov(&env, format!("columns classify --from-file {file}"))
            .run()
            .code(2);
        out.stderr_has(expected);
        assert!(out.stdout.is_empty());
    }
    gov(&env, "columns classify --from-file /nonexistent/file.csv")
        .run()
        .code(2);
    gov(
        &env,
        format!("columns classify {IRD} --continue-on-error --level restricted"),
    )
    .run()
    .code(2);
    assert!(
        env.requests("PATCH", PATCH_ROUTE).is_empty(),
        "a malformed file sends nothing"
    );
}

#[test]
fn masking_policies_and_grants() {
    let env = Env::new();
    let p = gov(
        &env,
        "masking-policies create --name dob-month --type date_truncate --pii date_of_birth -o json",
    )
    .run()
    .code(6);
    p.stderr_has("already applies to pii_type date_of_birth");
    let created = gov(
        &env,
        "masking-policies create --name names-hashed --type hash --pii name --set config.algorithm=sha512 -o json",
    )
    .run()
    .ok()
    .json();
    assert_eq!(created["applies_to"], json!({"pii_type": "name"}));
    assert_eq!(created["config"], json!({"algorithm": "sha512"}));
    let moved = gov(
        &env,
        "masking-policies update names-hashed --level confidential -o json",
    )
    .run()
    .ok()
    .json();
    assert_eq!(
        moved["applies_to"],
        json!({"privacy_level": "confidential"})
    );
    assert_eq!(
        env.requests(
            "PATCH",
            "/api/v1/projects/{project_id}/governance/masking-policies/{policy_id}"
        )
        .pop()
        .unwrap()
        .body
        .unwrap(),
        json!({"applies_to": {"privacy_level": "confidential", "pii_type": null}})
    );
    gov(
        &env,
        "masking-policies create --name x --type partial --pii name",
    )
    .run()
    .code(7)
    .stderr_has("- masking_type: partial masking has no format for name");
    gov(
        &env,
        "masking-policies create --name x --type full --pii name --level public",
    )
    .run()
    .code(2);
    let listed = gov(&env, "masking-policies list --type hash").run().ok();
    listed.stdout_has("names-hashed\thash\tconfidential\t\t{\"algorithm\":\"sha512\"}");
    let got = gov(&env, "masking-policies get names-hashed -o json")
        .run()
        .ok()
        .json();
    assert_eq!(got["id"], created["id"]);
    gov(&env, "masking-policies delete names-hashed --yes")
        .run()
        .ok();
    gov(&env, "masking-policies get names-hashed").run().code(5);

    let grant = gov(
        &env,
        "grants create --role finance_analyst --level confidential -o json",
    )
    .run()
    .ok();
    let g = grant.json();
    assert_eq!(g["role"], "FINANCE_ANALYST");
    grant.stderr_has(format!("created grant `{}`", g["id"].as_str().unwrap()));
    gov(
        &env,
        "grants create --role FINANCE_ANALYST --level confidential",
    )
    .run()
    .code(6);
    gov(&env, "grants create --role x").run().code(2);
    gov(&env, "grants create --role x --level internal --pii email")
        .run()
        .code(2);
    gov(&env, "grants create --role '9 lives' --pii email")
        .run()
        .code(7)
        .stderr_has("- role: must be a Snowflake role name");
    let mine = gov(&env, "grants list --role finance_analyst -o json")
        .run()
        .ok()
        .json();
    assert_eq!(mine.as_array().unwrap().len(), 1);
    let id = g["id"].as_str().unwrap();
    gov(&env, format!("grants delete {id}"))
        .run()
        .code(2)
        .stderr_has("--yes");
    gov(&env, format!("grants delete {id} --yes")).run().ok();
    gov(&env, format!("grants delete {id} --yes")).run().code(5);
    env.login("viewer@sandbox.rime.test", "correct-horse-viewer");
    gov(&env, "grants create --role x --pii email")
        .run()
        .code(4);
}

#[test]
fn a_pii_scan_waits_for_its_findings_and_never_classifies() {
    let env = Env::new();
    let started = gov(&env, "scan --table tickets -o json").run().ok();
    let scan = started.json();
    assert_eq!(
        (&scan["status"], &scan["columns_scanned"]),
        (&json!("running"), &json!(6))
    );
    started.stderr_has("rime governance scans get");
    assert_eq!(
        env.requests("POST", "/api/v1/projects/{project_id}/governance/pii-scans")
            .pop()
            .unwrap()
            .body
            .unwrap(),
        json!({"table": "tickets"})
    );

    env.control("POST", "/clock", json!({"rate": 600}));
    let waited = gov(&env, "scan --database ANALYTICS --wait --interval 100ms")
        .run()
        .ok();
    let lines: Vec<&str> = waited.stdout.lines().collect();
    assert_eq!(lines[0], "PATH\tPII\tCONFIDENCE\tMATCHED\tSAMPLED");
    assert!(
        lines.contains(&"ANALYTICS.SUPPORT.TICKETS.CONTACT_PHONE\tphone\t1.0\t5\t5"),
        "{}",
        waited.stdout
    );
    assert!(
        lines.contains(&"ANALYTICS.CRM.CUSTOMERS.IRD_NUMBER\tird_number\t1.0\t7\t7"),
        "{}",
        waited.stdout
    );
    assert!(
        lines.contains(&"ANALYTICS.CRM.CUSTOMERS.NHI_NUMBER\tnhi_number\t1.0\t8\t8"),
        "{}",
        waited.stdout
    );
    // below the confidence threshold
    waited.stdout_lacks("NOTES");
    waited.stderr_has("14 findings in 28 columns scanned");
    waited.stderr_lacks("(s)");
    waited.stderr_has("completed");
    let flagged = gov(&env, "columns list --flagged -o json")
        .run()
        .ok()
        .json();
    assert!(
        flagged
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["privacy_level"].is_null()),
        "a scan never classifies"
    );
    let ids = gov(&env, "scans list -o json").run().ok().json();
    assert_eq!(ids.as_array().unwrap().len(), 2);
    // Issue 16 item 11: scans lists filter like every runs list.
    let done = gov(&env, "scans list --status completed --since 30d -o json")
        .run()
        .ok()
        .json();
    assert!(
        done.as_array()
            .unwrap()
            .iter()
            .any(|s| s["id"] == scan["id"])
    );
    assert!(
        done.as_array()
            .unwrap()
            .iter()
            .all(|s| s["status"] == "completed")
    );
    let none = gov(
        &env,
        "scans list --status failed --since 2999-01-01T00:00:00Z -o json",
    )
    .run()
    .ok()
    .json();
    assert_eq!(none, json!([]));
    gov(&env, "scans list --since soon").run().code(2);
    let first = gov(
        &env,
        format!("scans get {} -o json", scan["id"].as_str().unwrap()),
    )
    .run()
    .ok()
    .json();
    assert_eq!(first["status"], "completed");

    env.rime("projects create --name bare --identifier bare")
        .run()
        .ok();
    let pid = env.rime("projects get bare -o json").run().ok().json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    env.control(
        "POST",
        "/objects",
        json!({"kind": "catalog_table", "scope": pid, "project_id": pid, "body": {
        "database": "LAKE", "schema": "PUBLIC", "table": "PEOPLE",
        "columns": [{"name": "EMAIL", "data_type": "VARCHAR", "samples": ["a@example.com"]}]}}),
    );
    let failed = env
        .rime("-p bare governance scan --wait --interval 100ms")
        .run()
        .code(9);
    failed.stderr_has("PII scan `pii_");
    failed.stderr_has("no Snowflake connection");
    gov(&env, "scan --database NOWHERE")
        .run()
        .code(7)
        .stderr_has("- database: matches no column");
}

#[test]
fn coverage_and_access_matrix_reports() {
    let env = Env::new();
    // The catalogue also holds every connector's raw columns (all unclassified in the seed), so the
    // overall figures come from the report itself; the curated ANALYTICS database is checked exactly.
    let json = gov(&env, "report coverage -o json").run().ok().json();
    let dbs = json["by_database"].as_array().unwrap();
    let analytics = dbs.iter().find(|d| d["database"] == "ANALYTICS").unwrap();
    assert_eq!(
        (
            &analytics["classified"],
            &analytics["total"],
            &analytics["percent"]
        ),
        (&json!(9), &json!(35), &json!(25.7))
    );
    let total: u64 = dbs.iter().map(|d| d["total"].as_u64().unwrap()).sum();
    assert_eq!(json["overall"]["total"], total);
    assert_eq!(json["overall"]["classified"], 9);
    assert!(total > 35, "raw connector columns are catalogued too");
    let percent = json["overall"]["percent"].as_f64().unwrap();
    assert_eq!(
        json["unclassified"].as_array().unwrap().len() as u64,
        total - 9
    );

    let cov = gov(&env, "report coverage").run().ok();
    let text = &cov.stdout;
    assert!(
        text.starts_with(&format!(
            "Classification coverage  9 of {total} columns classified ({percent:.1}%)\n"
        )),
        "{text}"
    );
    assert!(
        text.contains("  ANALYTICS              ██████░░░░░░░░░░░░░░░░░░  25.7%  9/35\n"),
        "{text}"
    );
    assert!(
        text.contains("    SALES                █████████████████░░░░░░░  70.0%  7/10\n"),
        "{text}"
    );
    assert_lacks(text, "INFORMATION_SCHEMA");
    assert!(
        text.contains(&format!("{} column(s) still unclassified", total - 9)),
        "{text}"
    );

    let matrix = gov(&env, "report access-matrix --table PRODUCTS")
        .run()
        .ok();
    assert!(
        matrix
            .stdout
            .starts_with("PATH\tLEVEL\tPII\tMASKING\tVISIBLE TO\n"),
        "{}",
        matrix.stdout
    );
    matrix.stdout_has("ANALYTICS.SALES.PRODUCTS.PRICE_NZD\tpublic\t\t\tANALYST, COMPLIANCE_OFFICER, DATA_ENGINEER, SUPPORT_AGENT\n");
    matrix
        .stderr_has("roles with grants: ANALYST, COMPLIANCE_OFFICER, DATA_ENGINEER, SUPPORT_AGENT");
    let support = gov(&env, "report access-matrix --role support_agent -o json")
        .run()
        .ok()
        .json();
    let paths: Vec<&str> = support["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    assert!(
        paths.contains(&"ANALYTICS.CRM.CUSTOMERS.EMAIL") && !paths.contains(&IRD),
        "{paths:?}"
    );
    let q = env
        .requests(
            "GET",
            "/api/v1/projects/{project_id}/governance/reports/access-matrix",
        )
        .pop()
        .unwrap();
    assert!(q.uri.contains("role=support_agent"), "{}", q.uri);
}

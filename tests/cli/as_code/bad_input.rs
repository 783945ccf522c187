//! Bad files: each one line, exit 2, and nothing sent to the API.

use super::demo;
use crate::common::Env;

fn refused(env: &Env, text: &str, expect: &str) {
    let dir = tempfile::tempdir_in(env.dir.path()).unwrap();
    let file = dir.path().join("bad.yaml");
    std::fs::write(&file, text).unwrap();
    let before = env.exchanges().len();
    let out = env
        .rime(format!("apply -f {}", file.display()))
        .run()
        .code(2);
    out.stderr_has(expect);
    assert_eq!(
        out.stderr
            .lines()
            .filter(|l| l.starts_with("error:"))
            .count(),
        1
    );
    let sent: Vec<String> = env.exchanges()[before..]
        .iter()
        .map(|e| format!("{} {}", e.method, e.uri))
        .collect();
    assert!(
        sent.iter().all(|s| s.starts_with("GET ")),
        "nothing written: {sent:?}"
    );
}

#[test]
fn bad_files_are_refused_before_any_write() {
    let env = demo();
    refused(&env, "kind: connector\nname: [unclosed\n", "bad.yaml:2:");
    refused(
        &env,
        "kind: conector\nname: x\n",
        "unknown kind `conector`; valid kinds: project, connector, connector_schema, ",
    );
    refused(
        &env,
        "kind: connector\nname: x\ntpye: postgresql\n",
        "unknown field `tpye` for kind connector; valid fields: kind, name, type, config, schedule",
    );
    refused(
        &env,
        "kind: alert_rule\nname: r\nchannels: [nowhere]\n",
        "`channels` refers to notification channel `nowhere`, which neither the files nor the project have",
    );
    refused(
        &env,
        "kind: transformation\nname: t\n---\nkind: model\ntransformation: t\nname: a\nsources: [b]\n---\nkind: model\ntransformation: t\nname: b\nsources: [a]\n",
        "a reference cycle among models: a → b → a",
    );
    refused(
        &env,
        "kind: connector_schema\nconnector: orders-db\ntables:\n  orders:\n    columns: [notes]\n",
        "table `orders`: `columns` maps each column to true or false; a schema selection is tables: {TABLE: {selected: true|false, columns: {COLUMN: true|false}}}",
    );
    refused(
        &env,
        "kind: project\nname: prod\n",
        "unknown field `name` for kind project; valid fields: kind, description, settings",
    );
    refused(
        &env,
        "kind: notification_channel\nname: c\n---\nkind: notification_channel\nname: c\n",
        "notification channel `c` is defined twice",
    );
    refused(
        &env,
        "kind: notification_channel\nname: c\ntype: email\nconfig:\n  password: ${env:RIME_TEST_UNSET_SECRET}\n",
        "${env:RIME_TEST_UNSET_SECRET} is not set",
    );
}

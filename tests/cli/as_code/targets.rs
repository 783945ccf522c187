//! `rime.yaml` targets: `--target` picks a project (and a profile or tenant) with its variables,
//! so promotion is the same files with another target; flags on the command line win.

use super::{demo, write};

const RIME_YAML: &str = "targets:
  staging:
    project: staging
    variables: { hook: https://staging.example/h }
  prod:
    profile: test
    project: demo
    variables: { hook: https://prod.example/h }
";

const HOOK: &str = "kind: notification_channel\nname: promo-hook\ntype: webhook\nconfig:\n  url: ${var:hook}\n  secret: ${env:PROMO_HOOK_SECRET}\n";

#[test]
fn a_target_picks_its_project_and_variables_and_flags_win() {
    // RIME_PROJECT=demo in the environment: a target is chosen on the command line and wins.
    let env = demo();
    let dir = env.dir.path().join("platform");
    std::fs::create_dir_all(&dir).unwrap();
    write(&dir, "rime.yaml", RIME_YAML);
    write(&dir, "hook.yaml", HOOK);
    let f = format!("-f {}", dir.display());
    let rime = |args: String| env.rime(args).env("PROMO_HOOK_SECRET", "s3cret");
    let url = |project: &str| {
        env.rime(format!(
            "-p {project} monitoring channels get promo-hook -o json --jq .config.url"
        ))
        .run()
    };
    let out = rime(format!("apply {f} --target staging")).run().ok();
    out.stderr_has("target `staging`: project `staging`");
    out.stderr_has("created notification channel `promo-hook`");
    url("staging").ok().stdout_has("https://staging.example/h");
    url("demo").code(5);

    let out = rime(format!("apply {f} --target prod")).run().ok();
    out.stderr_has("target `prod`: profile `test`, project `demo`");
    url("demo").ok().stdout_has("https://prod.example/h");

    // `-p` wins over the target's project; the target still gives its variables.
    let out = rime(format!("-p staging diff {f} --target prod"))
        .run()
        .ok();
    out.stdout_has("~ update notification channel `promo-hook`\n    config: ");
    out.stdout_has("\"url\":\"https://staging.example/h\"}");
    rime(format!("diff {f} --target staging --detailed-exitcode"))
        .run()
        .ok();

    // A target's profile that is not signed in: the hint names that profile.
    let config = env.config_dir().join("config.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    let url = text
        .lines()
        .find(|l| l.starts_with("api_url"))
        .unwrap()
        .to_string();
    std::fs::write(
        &config,
        format!("{text}\n[profiles.other]\n{url}\ncredential_store = \"file\"\n"),
    )
    .unwrap();
    write(
        &dir,
        "rime.yaml",
        &RIME_YAML.replace("profile: test", "profile: other"),
    );
    rime(format!("diff {f} --target prod"))
        .run()
        .code(3)
        .stderr_has("rime auth login --profile other");
    // A target's profile must exist; a target's fields are checked.
    write(
        &dir,
        "rime.yaml",
        &RIME_YAML.replace("profile: test", "profile: nowhere"),
    );
    rime(format!("diff {f} --target prod"))
        .run()
        .code(2)
        .stderr_has("profile `nowhere`");
    write(
        &dir,
        "rime.yaml",
        &RIME_YAML.replace("project: staging", "projet: staging"),
    );
    let before = env.exchanges().len();
    rime(format!("diff {f} --target staging"))
        .run()
        .code(2)
        .stderr_has("target `staging`: unknown field `projet`; valid fields: profile, tenant, project, variables");
    rime(format!("diff {f} --target qa"))
        .run()
        .code(2)
        .stderr_has("no target `qa`; targets: staging, prod");
    assert_eq!(env.exchanges().len(), before, "nothing sent");
}

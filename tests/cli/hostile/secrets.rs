//! The secrets harness: a session of commands that handle every kind of secret, each with
//! `--debug`; then every captured stdout and stderr, and every file rime wrote, is searched for
//! every secret seen. A secret may appear only where the user asked for it.

use std::collections::BTreeSet;
use std::path::Path;

use crate::common::{Env, Out, files_under};

/// Secrets known so far, and the outputs to search.
struct Harness<'a> {
    secrets: BTreeSet<String>,
    /// (label, output, secrets that output may show because the user asked for them)
    outputs: Vec<(String, Out, Vec<String>)>,
    /// The secrets held by a store outside the config dir (the OS keyring).
    elsewhere: &'a dyn Fn() -> Vec<String>,
}

impl Harness<'_> {
    fn new(elsewhere: &dyn Fn() -> Vec<String>) -> Harness<'_> {
        let mut secrets = BTreeSet::new();
        for pw in [
            rime_sandbox::ADMIN_PASSWORD,
            "correct-horse-editor",
            "correct-horse-viewer",
            "correct-horse-governance",
        ] {
            secrets.insert(pw.to_string());
        }
        Harness {
            secrets,
            outputs: Vec::new(),
            elsewhere,
        }
    }

    fn secret(&mut self, s: impl Into<String>) -> String {
        let s = s.into();
        assert!(s.len() >= 8, "a secret too short to search for: {s:?}");
        self.secrets.insert(s.clone());
        s
    }

    /// Tokens and keys rime stored: secrets from now on.
    fn harvest(&mut self, env: &Env) {
        let creds = env.config_dir().join("credentials.toml");
        let text = std::fs::read_to_string(creds).unwrap_or_default();
        for line in text.lines() {
            for key in ["access_token = \"", "refresh_token = \""] {
                if let Some(v) = line.trim().strip_prefix(key) {
                    self.secret(v.trim_end_matches('"'));
                }
            }
        }
        for s in (self.elsewhere)() {
            self.secret(s);
        }
    }

    #[track_caller]
    fn run(&mut self, env: &Env, label: &str, out: Out, allowed: &[&str]) -> Out {
        assert!(
            out.code == 0 || label.contains("fails"),
            "{label}: exit {}\n{}",
            out.code,
            out.stderr
        );
        self.outputs.push((
            label.to_string(),
            Out {
                command: String::new(),
                stdout: out.stdout.clone(),
                stderr: out.stderr.clone(),
                code: out.code,
            },
            allowed.iter().map(|s| s.to_string()).collect(),
        ));
        self.harvest(env);
        out
    }

    /// Searches every output and every file under `dir` (but `skip`) for every secret.
    fn leaks(&self, dir: &Path, skip: &Path) -> Vec<String> {
        let mut leaks = Vec::new();
        for (label, out, allowed) in &self.outputs {
            for s in &self.secrets {
                if out.stderr.contains(s.as_str()) {
                    leaks.push(format!("{label}: stderr shows {}", mask(s)));
                }
                if out.stdout.contains(s.as_str()) && !allowed.contains(s) {
                    leaks.push(format!("{label}: stdout shows {}", mask(s)));
                }
            }
        }
        let mut searched = 0;
        for f in files_under(dir) {
            if f.starts_with(skip) {
                continue;
            }
            searched += 1;
            let bytes = std::fs::read(&f).unwrap_or_default();
            let text = String::from_utf8_lossy(&bytes);
            let is_store = f.file_name().is_some_and(|n| n == "credentials.toml");
            for s in &self.secrets {
                // The credential store holds tokens and keys (that is its job), never a password.
                let stored = is_store && !s.starts_with("correct-horse") && !s.starts_with("pw-");
                if text.contains(s.as_str()) && !stored {
                    leaks.push(format!("{} holds {}", f.display(), mask(s)));
                }
            }
        }
        assert!(searched >= 2, "rime wrote files to search");
        leaks
    }
}

fn mask(s: &str) -> String {
    format!("{}… ({} chars)", &s[..4], s.len())
}

#[test]
fn no_secret_appears_anywhere_but_where_the_user_asked() {
    session(&Env::bare(), "file", &Vec::new);
}

/// The whole session against `env`, whose profiles keep secrets in `store`; `elsewhere` lists
/// the secrets a store outside the config dir holds (see `tests/cli/keyring`).
pub fn session(env: &Env, store: &str, elsewhere: &dyn Fn() -> Vec<String>) {
    let mut h = Harness::new(elsewhere);
    let inputs = env.dir.path().join("inputs");
    std::fs::create_dir_all(&inputs).unwrap();
    let demo = env.demo().to_string();

    // Logins: a failed one echoes nothing, a good one stores tokens.
    let out = env
        .rime(format!(
            "auth login --email {} --password-stdin --debug",
            rime_sandbox::ADMIN_EMAIL
        ))
        .stdin("wrong-password-123")
        .run();
    let wrong = h.secret("wrong-password-123");
    h.run(env, "login fails", out, &[]);
    assert!(!wrong.is_empty());
    let out = env
        .rime(format!(
            "auth login --email {} --password-stdin --debug",
            rime_sandbox::ADMIN_EMAIL
        ))
        .stdin(rime_sandbox::ADMIN_PASSWORD)
        .run();
    h.run(env, "login", out, &[]);
    let out = env.rime("auth status --debug").run();
    h.run(env, "auth status", out, &[]);
    let out = env.rime("auth status -o json").run();
    h.run(env, "auth status json", out, &[]);
    // Asked for: the token on stdout, and only there.
    let out = env.rime("auth token --debug").run();
    let token = out.stdout.trim().to_string();
    let token = h.secret(token);
    h.run(env, "auth token", out, &[&token]);
    let out = env.rime("auth refresh --debug").run();
    h.run(env, "auth refresh", out, &[]);

    // API keys: the secret shown once, on stdout, by `create`.
    let out = env
        .rime("api-keys create leak-ci --role editor -p demo --debug -o json")
        .run();
    let key = h.secret(out.json()["secret"].as_str().unwrap());
    h.run(env, "api-keys create", out, &[&key]);
    let seeded_key = h.secret(env.sb.api_key.clone());
    let out = env.rime("api-keys list -p demo --debug").run();
    h.run(env, "api-keys list", out, &[]);
    let cfg = env.config_dir().join("config.toml");
    let mut text = std::fs::read_to_string(&cfg).unwrap();
    text.push_str(&format!(
        "\n[profiles.ci]\napi_url = \"{}\"\ncredential_store = \"{store}\"\n",
        env.sb.base_url
    ));
    std::fs::write(&cfg, text).unwrap();
    let out = env
        .rime("--profile ci auth login --with-token --debug")
        .stdin(&key)
        .run();
    h.run(env, "login with key", out, &[]);
    let out = env.rime("--profile ci projects get demo --debug").run();
    h.run(env, "key: projects get", out, &[]);
    let out = env
        .rime("projects get demo --debug")
        .env("RIME_TOKEN", &seeded_key)
        .run();
    h.run(env, "RIME_TOKEN", out, &[]);

    // Connector secrets from a file and from stdin; a whole body with a password via `rime api`.
    let pw_file = inputs.join("pw.txt");
    let pw1 = h.secret("pw-from-file-5f1e2d");
    std::fs::write(&pw_file, format!("{pw1}\n")).unwrap();
    let out = env
        .rime(format!("conn create --type postgresql --name leaky --config host=db.internal --config port=5432 --config database=shop --config username=rime --secret password=@{} -p demo --debug -o json", pw_file.display()))
        .run();
    assert_eq!(out.json()["config"]["password_set"], true);
    h.run(env, "conn create", out, &[]);
    let pw2 = h.secret("pw-from-stdin-9a8b7c");
    let out = env
        .rime("conn update leaky --secret password=- -p demo --debug")
        .stdin(&pw2)
        .run();
    h.run(env, "conn update", out, &[]);
    let pw3 = h.secret("pw-in-body-4d3c2b");
    let body = inputs.join("body.json");
    std::fs::write(
        &body,
        format!(r#"{{"name": "leaky-2", "type": "mysql", "config": {{"host": "h", "port": 3306, "database": "d", "username": "u", "password": "{pw3}"}}}}"#),
    )
    .unwrap();
    let out = env
        .rime(format!(
            "api POST /projects/{demo}/connectors --input {} --debug",
            body.display()
        ))
        .run();
    h.run(env, "api POST", out, &[]);
    let out = env.rime("conn get leaky -p demo -o yaml --debug").run();
    h.run(env, "conn get", out, &[]);

    // Channel secrets (a Slack webhook URL is a secret) and a pipeline webhook secret.
    let hook = h.secret("https://hooks.slack.com/services/T000/B000/leaksecret42");
    let out = env
        .rime("monitoring channels create --type slack --name leak-slack --secret-stdin -p demo --debug")
        .stdin(&hook)
        .run();
    h.run(env, "channel create", out, &[]);
    let wh = h.secret("whsec-pipeline-77aa88");
    let pipeline = inputs.join("p.yaml");
    std::fs::write(
        &pipeline,
        format!("name: leak-pl\nsteps:\n  notify: {{type: webhook, config: {{url: \"https://example.com/h\", secret: \"{wh}\"}}}}\n"),
    )
    .unwrap();
    let out = env
        .rime(format!(
            "pl create --from-file {} -p demo --debug -o json",
            pipeline.display()
        ))
        .run();
    h.run(env, "pl create", out, &[]);

    // What an admin can read back: the audit log, the doctor's report.
    let out = env.rime("audit list --all -o ndjson --debug").run();
    assert!(out.stdout.lines().count() >= 5, "{}", out.stderr);
    h.run(env, "audit list", out, &[]);
    // The doctor may find the (absent) OS keyring wanting; its report is searched all the same.
    let out = env.rime("doctor --debug").run();
    h.run(env, "doctor (fails on a headless machine)", out, &[]);
    // Logging out forgets the tokens (they stay secrets for the search).
    let out = env.rime("auth logout --debug").run();
    h.run(env, "logout", out, &[]);

    assert!(
        h.secrets.len() >= 14,
        "{} secrets seeded and seen",
        h.secrets.len()
    );
    let leaks = h.leaks(env.dir.path(), &inputs);
    assert!(leaks.is_empty(), "secrets leaked:\n{}", leaks.join("\n"));
    // The harness itself: a secret shown where nobody asked for it is caught.
    let out = env
        .rime("auth status --show-token -o json")
        .env("RIME_TOKEN", &seeded_key)
        .run();
    h.run(env, "status --show-token, not allowed here", out, &[]);
    let leaks = h.leaks(env.dir.path(), &inputs);
    assert!(
        leaks.len() == 1
            && leaks[0].starts_with("status --show-token, not allowed here: stdout shows rk_"),
        "{leaks:?}"
    );
}

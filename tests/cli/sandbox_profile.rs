//! The built-in `sandbox` profile: zero setup starts a background sandbox, signs in, and stays local.

use crate::common::Env;

/// Stops the background sandbox even when the test fails.
struct Stop<'a>(&'a Env);

impl Drop for Stop<'_> {
    fn drop(&mut self) {
        let _ = self.0.rime("sandbox stop").run();
    }
}

#[test]
fn the_sandbox_profile_needs_no_setup() {
    let env = Env::bare();
    let _stop = Stop(&env);
    std::fs::remove_file(env.config_dir().join("config.toml")).unwrap();
    let out = env
        .rime("--profile sandbox projects list -o json")
        .run()
        .ok();
    let list = out.json();
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["demo", "staging"]);
    // Not a terminal: no notice (a person is told on a terminal, when it starts).
    out.stderr_lacks("local sandbox tenant");
    // The second call reuses the running sandbox and the stored sign-in; `-v` says so.
    let again = env
        .rime("--profile sandbox tenant show -o json -v")
        .run()
        .ok();
    assert_eq!(again.json()["subdomain"], "sandbox");
    again
        .stderr_has("using the local sandbox")
        .stderr_has("not a real Rime tenant");
    let status = env.rime("sandbox status -o json").run().ok().json();
    assert_eq!(status["running"], true);
    env.rime("sandbox stop").run().ok();
    let status = env.rime("sandbox status -o json").run().ok().json();
    assert_eq!(status["running"], false);
}

//! `rime sandbox start --clock-rate`, `rime sandbox clock` and `rime sandbox faults` drive the
//! background sandbox's `/_sandbox` controls, so a demo needs no curl (issue 16 item 20).

use crate::common::Env;

/// Stops the background sandbox even when the test fails.
struct Stop<'a>(&'a Env);

impl Drop for Stop<'_> {
    fn drop(&mut self) {
        let _ = self.0.rime("sandbox stop").run();
    }
}

fn clock(env: &Env, args: &str) -> serde_json::Value {
    env.rime(format!("sandbox clock {args} -o json").as_str())
        .run()
        .ok()
        .json()
}

fn at(v: &serde_json::Value) -> i64 {
    v["now"]
        .as_str()
        .unwrap()
        .parse::<jiff::Timestamp>()
        .unwrap()
        .as_second()
}

#[test]
fn the_background_sandbox_clock_and_faults_are_driven_from_rime() {
    let env = Env::new();
    let _stop = Stop(&env);
    // Demo runs take seconds: the background clock starts ten times faster than real time.
    env.rime("sandbox start").run().ok();
    assert_eq!(clock(&env, "")["rate"], 10.0);
    env.rime("sandbox start --clock-rate 0")
        .run()
        .ok()
        .stderr_has("the sandbox clock is frozen at");
    let frozen = clock(&env, "");
    assert_eq!(frozen["rate"], 0.0);
    let moved = clock(&env, "--advance 10m");
    assert_eq!(at(&moved) - at(&frozen), 600, "{frozen} → {moved}");
    let fast = env.rime("sandbox clock --rate 100").run().ok();
    fast.stderr_has("runs at 100× real time");
    assert_eq!(clock(&env, "")["rate"], 100.0);
    env.rime("sandbox clock --rate fast")
        .run()
        .code(2)
        .stderr_has("`fast` is not a number");

    let set = env
        .rime("sandbox faults set rate_503=1 path_prefix=/api/v1/tenant -o json")
        .run()
        .ok()
        .json();
    assert_eq!(set["config"]["rate_503"], 1.0);
    assert_eq!(set["config"]["path_prefix"], "/api/v1/tenant");
    let failed = env
        .rime("--profile sandbox --max-retries 0 tenant show")
        .run();
    assert_ne!(failed.code, 0, "{}", failed.stderr);
    failed.stderr_has("503");
    // Other paths are untouched.
    env.rime("--profile sandbox projects list").run().ok();
    env.rime("sandbox faults set bogus=1")
        .run()
        .code(2)
        .stderr_has("bogus");
    env.rime("sandbox faults set rate_503")
        .run()
        .code(2)
        .stderr_has("give KEY=VALUE");
    env.rime("sandbox faults clear")
        .run()
        .ok()
        .stderr_has("turned every sandbox fault off");
    let shown = env.rime("sandbox faults -o json").run().ok().json();
    assert_eq!(shown["config"]["rate_503"], 0.0);
    env.rime("--profile sandbox tenant show").run().ok();
}

//! One rule for every waiter: `--timeout D` on the command line bounds the whole wait; a wait that
//! cannot finish (the test sandbox's clock stands still) ends with exit 9, says the run goes on,
//! and names the command that re-attaches.

use crate::common::Env;

#[test]
fn every_wait_gives_up_at_the_global_timeout_with_exit_9_and_a_way_back() {
    let env = Env::new();
    // (the waiting command, what the re-attach line names)
    for (command, reattach) in [
        (
            "conn sync orders-db --wait",
            "rime connectors runs watch run_",
        ),
        (
            "conn sync orders-db --watch",
            "rime connectors runs watch run_",
        ),
        (
            "pl run nightly-sales --wait",
            "rime pipelines runs watch plr_",
        ),
        (
            "pl run nightly-sales --watch",
            "rime pipelines runs watch plr_",
        ),
        (
            "tf run retail_sales --wait",
            "rime transformations runs watch retail_sales",
        ),
        (
            "tf run retail_sales --watch",
            "rime transformations runs watch retail_sales",
        ),
        ("governance scan --wait", "rime governance scans get pii_"),
        ("infra drift check --wait", "rime infra drift"),
        ("infra apply --yes --wait", "rime infra applies watch"),
    ] {
        let out = env
            .rime(format!("{command} -p demo --timeout 1s").as_str())
            .run()
            .code(9);
        out.stderr_has("still running after")
            .stderr_has("the run goes on")
            .stderr_has(reattach);
        // One run of a connector or transformation at a time: cancel it before the next case starts one.
        for (group, parent) in [("conn", "orders-db"), ("tf", "retail_sales")] {
            if !command.starts_with(group) {
                continue;
            }
            let runs = env
                .rime(
                    format!("{group} runs list {parent} --status running -p demo -o json").as_str(),
                )
                .run()
                .ok()
                .json();
            for run in runs.as_array().into_iter().flatten() {
                let id = run["id"].as_str().unwrap_or_default();
                env.rime(format!("{group} runs cancel {id} -p demo").as_str())
                    .run()
                    .ok();
            }
        }
        // Runs of one pipeline may not overlap: cancel before the next case starts one.
        if command.starts_with("pl ") {
            let runs = env
                .rime("pl runs list nightly-sales -p demo -o json")
                .run()
                .ok()
                .json();
            for run in runs.as_array().into_iter().flatten() {
                if run["status"] == "running" || run["status"] == "queued" {
                    let id = run["id"].as_str().unwrap_or_default();
                    env.rime(format!("pl runs cancel {id} -p demo").as_str())
                        .run()
                        .ok();
                }
            }
        }
    }
}

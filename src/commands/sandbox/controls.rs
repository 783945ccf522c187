//! `rime sandbox clock` and `rime sandbox faults`, and `start --clock-rate`: the background
//! sandbox's `/_sandbox` controls (simulated time, the fault injector) without curl.

use clap::{Args, Subcommand};
use serde_json::{Map, Value, json};

use crate::context::Context;
use crate::error::CliError;
use crate::http::Method;
use crate::output::ListSpec;

#[derive(Args, Debug)]
pub struct StartArgs {
    /// Simulated seconds per real second for the background sandbox, from 0 (frozen) to 1000000
    /// (it starts at 10, so demo runs take seconds)
    #[cfg_attr(feature = "sandbox", arg(value_parser = rime_sandbox::clock::parse_rate))]
    #[arg(long, value_name = "N")]
    pub clock_rate: Option<f64>,
}

#[derive(Args, Debug)]
#[command(after_help = "Examples:
  rime sandbox clock                  # its simulated time and rate
  rime sandbox clock --rate 100       # 100 simulated seconds per real second
  rime sandbox clock --advance 10m    # jump ahead: runs, schedules and drift move on
  rime sandbox clock --rate 0         # freeze it")]
pub struct ClockArgs {
    /// Simulated seconds per real second, from 0 (frozen) to 1000000
    #[cfg_attr(feature = "sandbox", arg(value_parser = rime_sandbox::clock::parse_rate))]
    #[arg(long, value_name = "N")]
    pub rate: Option<f64>,
    /// Move simulated time forward by this much (e.g. 90s, 10m, 6h)
    #[arg(long, value_name = "DURATION", value_parser = advance)]
    pub advance: Option<f64>,
}

#[derive(Args, Debug)]
#[command(
    after_help = "Keys (fractions from 0 to 1 unless said): rate_429, retry_after_seconds, rate_500,
rate_502, rate_503, drop_before, drop_after, truncate, non_json, latency_ms, jitter_ms,
ws_drop_after_frames, ws_refuse (true/false), path_prefix (e.g. /api/v1/projects), methods (GET,POST).

Examples:
  rime sandbox faults set rate_503=0.2 latency_ms=300
  rime sandbox faults set ws_refuse=true     # live views must fall back to polling
  rime sandbox faults                         # the settings and what was injected so far
  rime sandbox faults clear"
)]
pub struct FaultsArgs {
    #[command(subcommand)]
    pub command: Option<FaultsCommand>,
}

#[derive(Subcommand, Debug)]
pub enum FaultsCommand {
    /// Show the fault settings and how many requests each fault has hit
    Show,
    /// Change fault settings (the others stay as they are)
    Set {
        /// KEY=VALUE, e.g. rate_500=0.1
        #[arg(required = true, value_name = "KEY=VALUE")]
        settings: Vec<String>,
    },
    /// Turn every fault off
    Clear,
}

fn advance(s: &str) -> Result<f64, String> {
    crate::config::parse_duration(s)
        .map(|d| d.as_secs_f64())
        .ok_or_else(|| format!("`{s}` is not a duration (e.g. 90s, 10m, 6h)"))
}

/// After `sandbox start`: the clock rate asked for, if any.
pub async fn start(ctx: &Context, a: StartArgs) -> anyhow::Result<()> {
    if let Some(rate) = a.clock_rate {
        let clock = set_clock(ctx, json!({"rate": rate})).await?;
        ctx.out.status(&describe(&clock));
    }
    Ok(())
}

pub async fn clock(ctx: &Context, a: ClockArgs) -> anyhow::Result<()> {
    let mut body = Map::new();
    if let Some(rate) = a.rate {
        body.insert("rate".into(), rate.into());
    }
    if let Some(secs) = a.advance {
        body.insert("advance_seconds".into(), secs.into());
    }
    let clock = if body.is_empty() {
        ctx.local_sandbox()
            .control(Method::GET, &["clock"], None)
            .await?
    } else {
        set_clock(ctx, Value::Object(body)).await?
    };
    ctx.out.status(&describe(&clock));
    Ok(ctx.out.object(&clock, &ListSpec::default())?)
}

async fn set_clock(ctx: &Context, body: Value) -> anyhow::Result<Value> {
    let local = ctx.local_sandbox();
    local.control(Method::POST, &["clock"], Some(body)).await?;
    // The answer to a change may be brief; read the clock as it now stands.
    local.control(Method::GET, &["clock"], None).await
}

fn describe(clock: &Value) -> String {
    let rate = clock["rate"].as_f64().unwrap_or(1.0);
    let now = clock["now"].as_str().unwrap_or("?");
    if rate == 0.0 {
        format!("the sandbox clock is frozen at {now}")
    } else {
        format!("the sandbox clock runs at {rate}× real time; now {now}")
    }
}

pub async fn faults(ctx: &Context, a: FaultsArgs) -> anyhow::Result<()> {
    let local = ctx.local_sandbox();
    match a.command.unwrap_or(FaultsCommand::Show) {
        FaultsCommand::Show => {}
        FaultsCommand::Clear => {
            local
                .control(Method::DELETE, &["faults"], Some(json!({})))
                .await?;
            ctx.out.status("turned every sandbox fault off");
        }
        FaultsCommand::Set { settings } => {
            let now = local.control(Method::GET, &["faults"], None).await?;
            let mut config = now["config"].as_object().cloned().unwrap_or_default();
            for s in &settings {
                let (k, v) = s.split_once('=').ok_or_else(|| {
                    CliError::Usage(format!(
                        "`{s}`: give KEY=VALUE, e.g. rate_500=0.1 (see `rime sandbox faults --help`)"
                    ))
                })?;
                let k = k.trim();
                if !config.contains_key(k) {
                    let keys: Vec<&str> = config.keys().map(String::as_str).collect();
                    return Err(CliError::Usage(format!(
                        "`{k}` is not a fault setting; the settings are {}",
                        keys.join(", ")
                    ))
                    .into());
                }
                config.insert(k.to_string(), value(k, v.trim()));
            }
            local
                .control(Method::PUT, &["faults"], Some(Value::Object(config)))
                .await?;
            ctx.out.status("changed the sandbox faults");
        }
    }
    let now = local.control(Method::GET, &["faults"], None).await?;
    Ok(ctx.out.object(&now, &ListSpec::default())?)
}

/// A setting's value: numbers and booleans as such, `methods` as a list, the rest as text.
fn value(key: &str, v: &str) -> Value {
    if key == "methods" {
        return v
            .split(',')
            .filter(|m| !m.is_empty())
            .map(|m| Value::String(m.trim().to_ascii_uppercase()))
            .collect();
    }
    if key == "path_prefix" {
        return if v.is_empty() || v == "none" {
            Value::Null
        } else {
            Value::String(v.to_string())
        };
    }
    serde_json::from_str::<Value>(v)
        .ok()
        .filter(|j| j.is_number() || j.is_boolean())
        .unwrap_or_else(|| Value::String(v.to_string()))
}

//! `rime.yaml` beside the files: variables, and targets that name where (a profile or a
//! tenant), a project and their variables; `--target` aims the command at one, flags winning.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::load::{bad, parse};
use crate::context::Context;
use crate::output::terminal_safe;

/// `rime.yaml` beside the files (in the first path's directory), parsed, when there is one.
fn project_file(paths: &[PathBuf]) -> anyhow::Result<Option<(PathBuf, Value)>> {
    let root = paths.first().map(|p| {
        if p.is_dir() {
            p.clone()
        } else {
            p.parent().map(Path::to_path_buf).unwrap_or_default()
        }
    });
    let Some(file) = root.map(|r| r.join("rime.yaml")).filter(|f| f.exists()) else {
        return Ok(None);
    };
    let top = parse(&file)?.into_iter().next().unwrap_or(Value::Null);
    Ok(Some((file, top)))
}

/// What a target of `rime.yaml` names: where (a profile or a tenant), the project, variables.
#[derive(Debug, Default, PartialEq)]
pub struct Target {
    pub profile: Option<String>,
    pub tenant: Option<String>,
    pub project: Option<String>,
    pub variables: Map<String, Value>,
}

const TARGET_KEYS: &[&str] = &["profile", "tenant", "project", "variables"];

/// The target `name` of `rime.yaml`, checked: known keys, a profile or a tenant (not both).
pub fn target(paths: &[PathBuf], name: &str) -> anyhow::Result<Target> {
    let Some((file, top)) = project_file(paths)? else {
        return Err(bad(format!(
            "--target {}: no rime.yaml beside the files names targets",
            terminal_safe(name)
        )));
    };
    let at = file.display();
    let Some(chosen) = top["targets"].get(name).and_then(Value::as_object) else {
        let known: Vec<&str> = top["targets"]
            .as_object()
            .map(|m| m.keys().map(String::as_str).collect())
            .unwrap_or_default();
        return Err(bad(format!(
            "{at}: no target `{}`; targets: {}",
            terminal_safe(name),
            known.join(", ")
        )));
    };
    if let Some(k) = chosen.keys().find(|k| !TARGET_KEYS.contains(&k.as_str())) {
        return Err(bad(format!(
            "{at}: target `{}`: unknown field `{}`; valid fields: {}",
            terminal_safe(name),
            terminal_safe(k),
            TARGET_KEYS.join(", ")
        )));
    }
    let text = |key: &str| -> anyhow::Result<Option<String>> {
        match chosen.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) if !s.is_empty() => Ok(Some(s.clone())),
            Some(_) => Err(bad(format!(
                "{at}: target `{}`: `{key}` is a name (text)",
                terminal_safe(name)
            ))),
        }
    };
    let t = Target {
        profile: text("profile")?,
        tenant: text("tenant")?,
        project: text("project")?,
        variables: chosen
            .get("variables")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default(),
    };
    if t.profile.is_some() && t.tenant.is_some() {
        return Err(bad(format!(
            "{at}: target `{}` names a profile and a tenant; keep one",
            terminal_safe(name)
        )));
    }
    Ok(t)
}

/// The command aimed at the target `--target` picks: its profile or tenant and its project fill
/// in what the command line does not say (`--profile`, `--tenant`, `--api-url`, `-p` win), over
/// the environment and the profile; `None` without a target or when it changes nothing.
pub fn aim(
    ctx: &Context,
    paths: &[PathBuf],
    name: Option<&str>,
) -> anyhow::Result<Option<Context>> {
    let Some(name) = name else { return Ok(None) };
    let t = target(paths, name)?;
    let mut flags = ctx.flags().clone();
    let mut took: Vec<String> = Vec::new();
    let typed_where = flags.profile.is_some() || flags.tenant.is_some() || flags.api_url.is_some();
    if !typed_where {
        if let Some(p) = &t.profile {
            took.push(format!("profile `{}`", terminal_safe(p)));
            flags.profile = Some(p.clone());
        }
        if let Some(tenant) = &t.tenant {
            took.push(format!("tenant `{}`", terminal_safe(tenant)));
            flags.tenant = Some(tenant.clone());
        }
    }
    if let (None, Some(p)) = (&flags.project, &t.project) {
        took.push(format!("project `{}`", terminal_safe(p)));
        flags.project = Some(p.clone());
    }
    if took.is_empty() {
        return Ok(None);
    }
    let aimed = ctx.retarget(flags)?;
    aimed.out.status(&format!(
        "target `{}`: {}",
        terminal_safe(name),
        took.join(", ")
    ));
    Ok(Some(aimed))
}

/// Variables: `rime.yaml`'s, then the target's, then `--var-file`s, then `--var k=v`.
pub fn variables(
    paths: &[PathBuf],
    target: Option<&str>,
    var_files: &[PathBuf],
    vars: &[String],
) -> anyhow::Result<HashMap<String, String>> {
    let mut out = HashMap::new();
    if let Some((_, top)) = project_file(paths)?
        && let Some(v) = top["variables"].as_object()
    {
        extend(&mut out, v);
    }
    if let Some(t) = target {
        extend(&mut out, &self::target(paths, t)?.variables);
    }
    for f in var_files {
        for d in parse(f)? {
            if let Some(v) = d.as_object() {
                extend(&mut out, v);
            }
        }
    }
    for kv in vars {
        let Some((k, v)) = kv.split_once('=') else {
            return Err(bad(format!(
                "--var `{}` is not key=value",
                terminal_safe(kv)
            )));
        };
        out.insert(k.trim().to_string(), v.to_string());
    }
    Ok(out)
}

fn extend(out: &mut HashMap<String, String>, m: &Map<String, Value>) {
    for (k, v) in m {
        let s = match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        out.insert(k.clone(), s);
    }
}

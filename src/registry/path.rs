//! Field paths of the registry: `name`, `config.auth.token`, `steps[].channel_id`, `channel_ids[]`;
//! `[]` is every element of an array.

use serde_json::Value;

/// One step of a path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step<'a> {
    Key(&'a str),
    /// Every element of an array.
    Each,
}

/// `steps[].config.connector_id` → Key(steps), Each, Key(config), Key(connector_id).
pub fn steps(path: &str) -> Vec<Step<'_>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, rest) = match part.find("[]") {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            out.push(Step::Key(key));
        }
        for _ in 0..rest.matches("[]").count() {
            out.push(Step::Each);
        }
    }
    out
}

/// The top-level field a path starts with.
pub fn head(path: &str) -> &str {
    let end = path.find(['.', '[']).unwrap_or(path.len());
    &path[..end]
}

/// Every value the path reaches in `v` (none when a step is missing).
pub fn values<'v>(v: &'v Value, path: &str) -> Vec<&'v Value> {
    let mut at = vec![v];
    for step in steps(path) {
        at = at
            .into_iter()
            .flat_map(|v| -> Vec<&'v Value> {
                match step {
                    Step::Key(k) => v.get(k).into_iter().collect(),
                    Step::Each => v.as_array().map(|a| a.iter().collect()).unwrap_or_default(),
                }
            })
            .collect();
    }
    at
}

/// Every value the path reaches, mutably (to swap ids for names and back).
pub fn values_mut<'v>(v: &'v mut Value, path: &str) -> Vec<&'v mut Value> {
    let mut at = vec![v];
    for step in steps(path) {
        at = at
            .into_iter()
            .flat_map(|v| -> Vec<&'v mut Value> {
                match step {
                    Step::Key(k) => v.get_mut(k).into_iter().collect(),
                    Step::Each => v
                        .as_array_mut()
                        .map(|a| a.iter_mut().collect())
                        .unwrap_or_default(),
                }
            })
            .collect();
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn paths_reach_nested_arrays() {
        assert_eq!(
            steps("steps[].config.connector_id"),
            [
                Step::Key("steps"),
                Step::Each,
                Step::Key("config"),
                Step::Key("connector_id")
            ]
        );
        assert_eq!(
            steps("channel_ids[]"),
            [Step::Key("channel_ids"), Step::Each]
        );
        assert_eq!(head("steps[].channel_id"), "steps");
        assert_eq!(head("config.password"), "config");
        let v = json!({"steps": [{"channel_id": "a"}, {"channel_id": "b"}, {}], "ids": ["x", "y"]});
        assert_eq!(values(&v, "steps[].channel_id"), [&json!("a"), &json!("b")]);
        assert_eq!(values(&v, "ids[]").len(), 2);
        assert!(values(&v, "nope.deeper").is_empty());
        let mut v = v;
        for id in values_mut(&mut v, "ids[]") {
            *id = json!("named");
        }
        assert_eq!(v["ids"], json!(["named", "named"]));
    }
}

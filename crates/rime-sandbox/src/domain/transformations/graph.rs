//! The model dependency graph of a transformation: raw sources, run order, cycles, upstream and downstream.

use std::collections::BTreeSet;

/// Raw tables are written `raw.<table>` or `raw.<schema>.<table>`; every other source names a model.
pub fn is_raw(source: &str) -> bool {
    source.starts_with("raw.")
}

/// Models by position (creation order) and, for each, the positions of the models it reads.
pub struct Graph {
    pub names: Vec<String>,
    pub reads: Vec<Vec<usize>>,
}

impl Graph {
    /// `models` are `(name, sources)`; raw tables and unknown names are not edges.
    pub fn new<'a>(models: impl IntoIterator<Item = (&'a str, &'a [String])>) -> Graph {
        let models: Vec<(&str, &[String])> = models.into_iter().collect();
        let names: Vec<String> = models.iter().map(|(n, _)| n.to_string()).collect();
        let reads = models
            .iter()
            .map(|(_, sources)| {
                let mut ups: Vec<usize> = Vec::new();
                for s in sources.iter().filter(|s| !is_raw(s)) {
                    if let Some(i) = names.iter().position(|n| n == s)
                        && !ups.contains(&i)
                    {
                        ups.push(i);
                    }
                }
                ups
            })
            .collect();
        Graph { names, reads }
    }

    pub fn index(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| n == name)
    }

    /// A run order (a model after everything it reads; ties keep creation order), or the names
    /// along one cycle, first name repeated at the end (`a → b → a`).
    pub fn order(&self) -> Result<Vec<usize>, Vec<String>> {
        let n = self.names.len();
        let mut done = vec![false; n];
        let mut order = Vec::with_capacity(n);
        while order.len() < n {
            let next = (0..n).find(|&i| !done[i] && self.reads[i].iter().all(|&u| done[u]));
            match next {
                Some(i) => {
                    done[i] = true;
                    order.push(i);
                }
                None => return Err(self.cycle(&done)),
            }
        }
        Ok(order)
    }

    /// Walks upstream from a model that could not be ordered until a model repeats.
    fn cycle(&self, done: &[bool]) -> Vec<String> {
        let Some(start) = (0..self.names.len()).find(|&i| !done[i]) else {
            return Vec::new();
        };
        let mut path = vec![start];
        let mut cur = start;
        loop {
            // Every unordered model reads at least one other unordered model.
            let Some(&up) = self.reads[cur].iter().find(|&&u| !done[u]) else {
                return Vec::new();
            };
            if let Some(pos) = path.iter().position(|&p| p == up) {
                // Shown in reading order: each model is read by the next one.
                let mut cycle: Vec<String> = path[pos..]
                    .iter()
                    .rev()
                    .map(|&i| self.names[i].clone())
                    .collect();
                cycle.push(cycle[0].clone());
                return cycle;
            }
            path.push(up);
            cur = up;
        }
    }

    /// The given models and everything they read, transitively.
    pub fn upstream(&self, roots: &[usize]) -> BTreeSet<usize> {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<usize> = roots.to_vec();
        while let Some(i) = stack.pop() {
            if seen.insert(i) {
                stack.extend(&self.reads[i]);
            }
        }
        seen
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(spec: &[(&str, &[&str])]) -> Graph {
        let owned: Vec<(String, Vec<String>)> = spec
            .iter()
            .map(|(n, s)| (n.to_string(), s.iter().map(|x| x.to_string()).collect()))
            .collect();
        Graph::new(owned.iter().map(|(n, s)| (n.as_str(), s.as_slice())))
    }

    #[test]
    fn orders_models_after_what_they_read() {
        let g = graph(&[
            ("mart", &["fct"]),
            ("fct", &["stg_a", "stg_b"]),
            ("stg_a", &["raw.a"]),
            ("stg_b", &["raw.b"]),
        ]);
        let names: Vec<&str> = g
            .order()
            .unwrap()
            .iter()
            .map(|&i| g.names[i].as_str())
            .collect();
        assert_eq!(names, ["stg_a", "stg_b", "fct", "mart"]);
        let up: Vec<usize> = g.upstream(&[1]).into_iter().collect();
        assert_eq!(up, [1, 2, 3]);
    }

    #[test]
    fn names_a_cycle_in_reading_order() {
        let g = graph(&[
            ("a", &["c"]),
            ("b", &["a"]),
            ("c", &["b"]),
            ("d", &["raw.x"]),
        ]);
        let cycle = g.order().unwrap_err();
        assert_eq!(cycle.len(), 4);
        assert_eq!(cycle.first(), cycle.last());
        // Each model reads the one before it.
        for pair in cycle.windows(2) {
            let reader = g.index(&pair[1]).unwrap();
            assert!(g.reads[reader].contains(&g.index(&pair[0]).unwrap()));
        }
        let own = graph(&[("a", &["a"])]).order().unwrap_err();
        assert_eq!(own, ["a", "a"]);
    }
}

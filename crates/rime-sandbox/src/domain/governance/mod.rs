//! Governance: privacy levels and PII types, the column catalogue, and PII detection.

pub mod catalog;
pub mod pii;

/// Privacy levels, least to most sensitive [doc].
pub const LEVELS: &[&str] = &["public", "internal", "confidential", "restricted"];

/// PII types and the lowest privacy level each may be classified at [doc defaults].
pub const PII_TYPES: &[(&str, &str)] = &[
    ("name", "confidential"),
    ("email", "confidential"),
    ("phone", "confidential"),
    ("address", "confidential"),
    ("ird_number", "restricted"),
    ("nhi_number", "restricted"),
    ("date_of_birth", "confidential"),
    ("bank_account", "restricted"),
    ("passport", "restricted"),
    ("drivers_licence", "restricted"),
];

pub fn pii_names() -> Vec<&'static str> {
    PII_TYPES.iter().map(|(n, _)| *n).collect()
}

/// 0 for public … 3 for restricted; unknown levels rank below everything.
pub fn rank(level: &str) -> i32 {
    LEVELS
        .iter()
        .position(|l| *l == level)
        .map_or(-1, |i| i as i32)
}

pub fn min_level(pii_type: &str) -> Option<&'static str> {
    PII_TYPES
        .iter()
        .find(|(n, _)| *n == pii_type)
        .map(|(_, l)| *l)
}

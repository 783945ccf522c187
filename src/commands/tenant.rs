//! `rime tenant show`: the tenant's tier, limits and usage.

use crate::registry::prelude::*;

pub static TENANT: Kind = Kind {
    fields: &read_only([
        "id",
        "name",
        "subdomain",
        "tier",
        "limits",
        "usage",
        "created_at",
    ]),
    verbs: &[show("Show the tenant, its tier, limits and usage")],
    ..Kind::tenant("tenant", "Tenant")
        .said("tenant", "tenants")
        .at("tenant", "tenant")
};

pub struct Tenant;

impl Declared for Tenant {
    const KIND: &'static Kind = &TENANT;
    type Parts = Parts;
}

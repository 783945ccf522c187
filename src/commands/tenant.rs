//! `rime tenant show`: the tenant's tier, limits and usage.

use crate::registry::{Kind, NoArgs, NoVerbs, Noun, Parent, ro, show};

pub static TENANT: Kind = Kind {
    name: "tenant",
    singular: "tenant",
    plural: "tenants",
    command: "tenant",
    parent: Parent::Tenant,
    path: "tenant",
    schema: "Tenant",
    fields: &[
        ro("id"),
        ro("name"),
        ro("subdomain"),
        ro("tier"),
        ro("limits"),
        ro("usage"),
        ro("created_at"),
    ],
    verbs: &[show("Show the tenant, its tier, limits and usage")],
    ..Kind::BASE
};

pub struct Tenant;

impl Noun for Tenant {
    const KIND: &'static Kind = &TENANT;
    type Filters = NoArgs;
    type Create = NoArgs;
    type Update = NoArgs;
    type Extra = NoVerbs;
}

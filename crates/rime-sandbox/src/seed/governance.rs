//! Demo governance: an NZ retail warehouse (customers with emails, +64 phones, IRD and NHI
//! numbers; orders, products, support tickets, payouts, staff), some classifications, masking
//! policies and grants.

use serde_json::{Value, json};

use super::SeedCtx;
use crate::collection::{CATALOG_TABLES, COLUMNS, Collection, GRANTS, MASKING_POLICIES};

const GOVERNANCE_EMAIL: &str = "governance@sandbox.rime.test";

/// (schema, table, [(column, data_type, samples)])
type Table = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str, &'static [&'static str])],
);

const TABLES: &[Table] = &[
    (
        "CRM",
        "CUSTOMERS",
        &[
            (
                "CUSTOMER_ID",
                "NUMBER(38,0)",
                &[
                    "10001", "10002", "10003", "10004", "10005", "10006", "10007", "10008",
                ],
            ),
            (
                "FIRST_NAME",
                "VARCHAR",
                &[
                    "Aroha", "Liam", "Mereana", "Oliver", "Priya", "Tama", "Sophie", "Wiremu",
                ],
            ),
            (
                "LAST_NAME",
                "VARCHAR",
                &[
                    "Ngata", "Chen", "Walker", "Smith", "Singh", "Rāwiri", "Martin", "Jones",
                ],
            ),
            (
                "EMAIL",
                "VARCHAR",
                &[
                    "aroha.ngata@example.co.nz",
                    "liam.chen@example.co.nz",
                    "mereana@example.nz",
                    "oliver.smith@example.com",
                    "priya.singh@example.co.nz",
                    "tama.r@example.nz",
                    "sophie.martin@example.com",
                    "wiremu.jones@example.co.nz",
                ],
            ),
            (
                "PHONE",
                "VARCHAR",
                &[
                    "+64 21 555 0101",
                    "+64 27 555 0102",
                    "+64 22 555 0103",
                    "021 555 0104",
                    "+64 9 555 0105",
                    "",
                    "+64 21 555 0107",
                    "(09) 555-0108",
                ],
            ),
            (
                "IRD_NUMBER",
                "VARCHAR",
                &[
                    "049-091-850",
                    "102-345-673",
                    "111-222-339",
                    "123-456-718",
                    "050-001-237",
                    "098-765-433",
                    "136-410-132",
                    "",
                ],
            ),
            (
                "NHI_NUMBER",
                "VARCHAR",
                &[
                    "ZZZ0016", "ZZZ0024", "ABC1235", "JKL4560", "MNP7896", "ZAC0017", "HRT2500",
                    "WKA8343",
                ],
            ),
            (
                "DATE_OF_BIRTH",
                "DATE",
                &[
                    "1984-03-12",
                    "1991-07-30",
                    "1978-11-02",
                    "2001-01-19",
                    "1965-05-25",
                    "1999-12-31",
                    "1988-08-08",
                    "1972-02-14",
                ],
            ),
            (
                "STREET_ADDRESS",
                "VARCHAR",
                &[
                    "12 Queen Street",
                    "221 Karangahape Road",
                    "5 Cuba Street",
                    "88 Colombo Street",
                    "14 George Street",
                    "3 Lambton Quay",
                    "47 Ponsonby Road",
                    "9 Marine Parade",
                ],
            ),
            (
                "CITY",
                "VARCHAR",
                &[
                    "Auckland",
                    "Auckland",
                    "Wellington",
                    "Christchurch",
                    "Dunedin",
                    "Wellington",
                    "Auckland",
                    "Napier",
                ],
            ),
            (
                "CREATED_AT",
                "TIMESTAMP_NTZ",
                &[
                    "2026-03-01 10:15:00",
                    "2026-03-02 08:01:00",
                    "2026-03-04 17:45:00",
                    "2026-03-09 12:00:00",
                ],
            ),
        ],
    ),
    (
        "SALES",
        "ORDERS",
        &[
            (
                "ORDER_ID",
                "NUMBER(38,0)",
                &["500001", "500002", "500003", "500004"],
            ),
            (
                "CUSTOMER_ID",
                "NUMBER(38,0)",
                &["10001", "10003", "10003", "10007"],
            ),
            (
                "ORDER_DATE",
                "DATE",
                &["2026-11-01", "2026-11-02", "2026-11-02", "2026-11-03"],
            ),
            (
                "STATUS",
                "VARCHAR",
                &["shipped", "delivered", "shipped", "cancelled"],
            ),
            (
                "TOTAL_NZD",
                "NUMBER(12,2)",
                &["45.90", "129.00", "18.50", "260.75"],
            ),
            (
                "SHIPPING_ADDRESS",
                "VARCHAR",
                &[
                    "12 Queen Street, Auckland 1010",
                    "5 Cuba Street, Wellington 6011",
                    "5 Cuba Street, Wellington 6011",
                    "47 Ponsonby Road, Auckland 1011",
                ],
            ),
        ],
    ),
    (
        "SALES",
        "PRODUCTS",
        &[
            ("PRODUCT_ID", "NUMBER(38,0)", &["1", "2", "3", "4"]),
            (
                "PRODUCT_NAME",
                "VARCHAR",
                &[
                    "Flat White Beans 1kg",
                    "Manuka Honey 500g",
                    "Pavlova Kit",
                    "Hokey Pokey Ice Cream",
                ],
            ),
            (
                "CATEGORY",
                "VARCHAR",
                &["coffee", "pantry", "baking", "frozen"],
            ),
            (
                "PRICE_NZD",
                "NUMBER(12,2)",
                &["32.00", "45.90", "12.50", "9.99"],
            ),
        ],
    ),
    (
        "SUPPORT",
        "TICKETS",
        &[
            (
                "TICKET_ID",
                "NUMBER(38,0)",
                &["9001", "9002", "9003", "9004", "9005"],
            ),
            (
                "CUSTOMER_EMAIL",
                "VARCHAR",
                &[
                    "liam.chen@example.co.nz",
                    "jack.brown@example.com.au",
                    "olivia.w@example.com.au",
                    "priya.singh@example.co.nz",
                    "noah.taylor@example.com.au",
                ],
            ),
            (
                "CONTACT_PHONE",
                "VARCHAR",
                &[
                    "+61 4 1234 5678",
                    "+61 2 9876 5432",
                    "+64 21 555 0102",
                    "+61 3 5550 1234",
                    "0412 345 678",
                ],
            ),
            (
                "SUBJECT",
                "VARCHAR",
                &[
                    "Order not delivered",
                    "Refund request",
                    "Wrong item",
                    "Change address",
                    "Loyalty points",
                ],
            ),
            (
                "NOTES",
                "VARCHAR",
                &[
                    "called back",
                    "emailed liam.chen@example.co.nz",
                    "waiting on courier",
                    "refunded",
                    "escalated",
                ],
            ),
            (
                "OPENED_AT",
                "TIMESTAMP_NTZ",
                &[
                    "2026-11-20 09:12:00",
                    "2026-11-21 14:30:00",
                    "2026-11-22 11:05:00",
                    "2026-11-25 16:40:00",
                ],
            ),
        ],
    ),
    (
        "FINANCE",
        "PAYOUTS",
        &[
            ("PAYOUT_ID", "NUMBER(38,0)", &["71", "72", "73", "74"]),
            (
                "BANK_ACCOUNT",
                "VARCHAR",
                &[
                    "12-3456-1234567-00",
                    "02-0100-0123456-001",
                    "06-0501-0765432-00",
                    "38-9000-7654321-02",
                ],
            ),
            (
                "AMOUNT_NZD",
                "NUMBER(12,2)",
                &["1200.00", "845.50", "99.00", "4300.10"],
            ),
            (
                "PAID_ON",
                "DATE",
                &["2026-11-15", "2026-11-15", "2026-11-22", "2026-11-22"],
            ),
        ],
    ),
    (
        "HR",
        "STAFF",
        &[
            ("STAFF_ID", "NUMBER(38,0)", &["1", "2", "3"]),
            (
                "FULL_NAME",
                "VARCHAR",
                &["Hemi Walker", "Charlotte Wilson", "Arjun Patel"],
            ),
            (
                "PASSPORT_NUMBER",
                "VARCHAR",
                &["LA123456", "LB654321", "LH246810"],
            ),
            (
                "DRIVERS_LICENCE",
                "VARCHAR",
                &["DL123456", "EK654321", "FA112233"],
            ),
        ],
    ),
    (
        "INFORMATION_SCHEMA",
        "TABLES",
        &[
            (
                "TABLE_NAME",
                "VARCHAR",
                &["CUSTOMERS", "ORDERS", "PRODUCTS"],
            ),
            ("ROW_COUNT", "NUMBER(38,0)", &["8", "4", "4"]),
        ],
    ),
];

/// (path, privacy level, PII type)
const CLASSIFIED: &[(&str, &str, Option<&str>)] = &[
    ("ANALYTICS.SALES.PRODUCTS.PRODUCT_ID", "public", None),
    ("ANALYTICS.SALES.PRODUCTS.PRODUCT_NAME", "public", None),
    ("ANALYTICS.SALES.PRODUCTS.CATEGORY", "public", None),
    ("ANALYTICS.SALES.PRODUCTS.PRICE_NZD", "public", None),
    ("ANALYTICS.SALES.ORDERS.ORDER_ID", "internal", None),
    ("ANALYTICS.SALES.ORDERS.STATUS", "internal", None),
    ("ANALYTICS.SALES.ORDERS.TOTAL_NZD", "internal", None),
    ("ANALYTICS.CRM.CUSTOMERS.CUSTOMER_ID", "internal", None),
    (
        "ANALYTICS.CRM.CUSTOMERS.EMAIL",
        "confidential",
        Some("email"),
    ),
];

fn insert(
    ctx: &SeedCtx<'_>,
    coll: (&Collection, &str),
    name: Option<&str>,
    fields: Value,
) -> anyhow::Result<()> {
    // Catalogue tables and column states carry no creation stamps.
    let unstamped = [CATALOG_TABLES.kind, COLUMNS.kind].contains(&coll.0.kind);
    let by = (!unstamped).then_some(GOVERNANCE_EMAIL);
    ctx.demo_object(coll, name, fields, by, &Value::Null)
        .map(drop)
}

pub fn seed(ctx: &SeedCtx<'_>) -> anyhow::Result<()> {
    for (schema, table, columns) in TABLES {
        let cols: Vec<Value> = columns
            .iter()
            .map(|(name, ty, samples)| json!({"name": name, "data_type": ty, "samples": samples}))
            .collect();
        let name = format!("ANALYTICS.{schema}.{table}");
        insert(
            ctx,
            (&CATALOG_TABLES, "cat"),
            Some(&name),
            json!({"database": "ANALYTICS", "schema": schema, "table": table, "columns": cols}),
        )?;
    }
    for (path, level, pii) in CLASSIFIED {
        let (_, at) = ctx.id("col");
        insert(
            ctx,
            (&COLUMNS, "col"),
            Some(path),
            json!({
                "path": path, "privacy_level": level, "pii_type": pii,
                "classified_by": GOVERNANCE_EMAIL, "classified_at": at, "flagged": null,
            }),
        )?;
    }
    for (name, ty, key, target, config) in [
        (
            "phone-last-four",
            "partial",
            "pii_type",
            "phone",
            json!({"show_first": 0, "show_last": 4}),
        ),
        (
            "birth-year-only",
            "date_truncate",
            "pii_type",
            "date_of_birth",
            json!({"unit": "year"}),
        ),
        (
            "internal-hashed",
            "hash",
            "privacy_level",
            "internal",
            json!({"algorithm": "sha256"}),
        ),
    ] {
        insert(
            ctx,
            (&MASKING_POLICIES, "msk"),
            Some(name),
            json!({
                "name": name, "masking_type": ty, "applies_to": {key: target}, "config": config,
            }),
        )?;
    }
    for (role, level, pii) in [
        ("ANALYST", Some("internal"), None),
        ("DATA_ENGINEER", Some("confidential"), None),
        ("COMPLIANCE_OFFICER", Some("restricted"), None),
        ("SUPPORT_AGENT", None, Some("email")),
        ("SUPPORT_AGENT", None, Some("phone")),
    ] {
        insert(
            ctx,
            (&GRANTS, "gnt"),
            None,
            json!({"role": role, "privacy_level": level, "pii_type": pii}),
        )?;
    }
    Ok(())
}

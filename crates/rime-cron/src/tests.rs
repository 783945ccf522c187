use super::*;
use jiff::SignedDuration;

fn ts(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn join(v: &[Timestamp]) -> String {
    v.iter()
        .map(|t| t.to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The next `n` firings as space-separated RFC 3339 instants.
fn upcoming(expr: &str, zone_name: &str, after: &str, n: usize) -> String {
    let tz = zone(zone_name).unwrap();
    join(&Schedule::parse(expr).unwrap().upcoming(ts(after), &tz, n))
}

#[test]
fn documented_examples_parse() {
    let examples = "0 * * * *; */15 * * * *; 0 */6 * * *; 0 0 * * *; 0 6 * * *; 0 8 * * 1-5; \
        0 0 * * 0; 0 0 1 * *; 0 6,18 * * *; 0 2 * * *; 0 0 * * 1; 0 3 1 * *; */15 9-17 * * 1-5; \
        0 6 * * 1-5 | 0 12 * * 0;  \t5/10  0-12/3 1-30/5\t* *  ";
    for e in examples.split(';') {
        assert!(Schedule::parse(e).is_ok(), "{e:?}");
    }
    let s = Schedule::parse("0 6 * * 1-5|0   12 * * 0 ").unwrap();
    assert_eq!(s.expressions(), 2);
    assert_eq!(s.to_string(), "0 6 * * 1-5 | 0 12 * * 0");
}

#[test]
fn rejections_explain_themselves() {
    let count = "expected 5 fields (minute hour day-of-month month day-of-week), found";
    let cases = [
        ("0 * * *", &*format!("{count} 4")),
        ("0 0 * * * *", &format!("{count} 6")),
        ("MON", &format!("{count} 1")),
        ("60 * * * *", "field 1 (minute): value 60 out of range 0-59"),
        ("* 24 * * *", "field 2 (hour): value 24 out of range 0-23"),
        (
            "* * 0 * *",
            "field 3 (day-of-month): value 0 out of range 1-31",
        ),
        ("* * * 13 *", "field 4 (month): value 13 out of range 1-12"),
        (
            "* * * * 7",
            "field 5 (day-of-week): value 7 out of range 0-6",
        ),
        (
            "0 0 * * MON",
            "field 5 (day-of-week): names like \"MON\" are not supported",
        ),
        (
            "0 0 * JAN *",
            "field 4 (month): names like \"JAN\" are not supported",
        ),
        (
            "0 0 L * *",
            "field 3 (day-of-month): names like \"L\" are not supported",
        ),
        (
            "0 0 * * 5#2",
            "field 5 (day-of-week): unsupported character '#'",
        ),
        ("? * * * *", "field 1 (minute): unsupported character '?'"),
        ("@daily", "macros like \"@daily\" are not supported"),
        ("*/0 * * * *", "field 1 (minute): step 0 out of range 1-60"),
        ("5-1 * * * *", "field 1 (minute): range 5-1 is reversed"),
        ("1,,2 * * * *", "field 1 (minute): empty list item"),
        ("0 0 -3 * *", "field 3 (day-of-month): missing number"),
        (
            "99999999999 * * * *",
            "field 1 (minute): value 99999999999 out of range 0-59",
        ),
        ("", "empty expression"),
        (" \t ", "empty expression"),
        ("0 6 * * 1-5 |", "expression 2: empty expression"),
        (
            "0 6 * * * | 0 25 * * *",
            "expression 2: field 2 (hour): value 25 out of range 0-23",
        ),
    ];
    for (expr, msg) in cases {
        assert_eq!(
            Schedule::parse(expr).unwrap_err().to_string(),
            msg,
            "{expr:?}"
        );
    }
}

#[test]
fn zones() {
    assert!(zone("UTC").is_ok() && zone("Pacific/Auckland").is_ok());
    assert_eq!(zone("").unwrap_err().to_string(), "empty time zone name");
    let err = zone("Mars/Olympus").unwrap_err().to_string();
    assert_eq!(err, "unknown time zone \"Mars/Olympus\"");
}

#[test]
fn auckland_transitions_are_where_the_tests_assume() {
    let tz = zone("Pacific/Auckland").unwrap();
    let civil = |t: &str| tz.to_datetime(ts(t)).to_string();
    assert_eq!(civil("2026-09-26T13:59:59Z"), "2026-09-27T01:59:59"); // NZST +12
    assert_eq!(civil("2026-09-26T14:00:00Z"), "2026-09-27T03:00:00"); // NZDT +13
    assert_eq!(civil("2027-04-03T13:59:59Z"), "2027-04-04T02:59:59"); // NZDT +13
    assert_eq!(civil("2027-04-03T14:00:00Z"), "2027-04-04T02:00:00"); // NZST +12
}

#[test]
fn spring_forward_gap_fires_once_at_end_of_gap() {
    let nz = "Pacific/Auckland";
    // 02:30 does not exist on 2026-09-27, so it fires at 03:00 NZDT.
    let got = upcoming("30 2 * * *", nz, "2026-09-26T12:00:00Z", 2);
    assert_eq!(got, "2026-09-26T14:00:00Z 2026-09-27T13:30:00Z");
    // 02:00..02:45 and the real 03:00 collapse into one firing.
    let got = upcoming("*/15 * * * *", nz, "2026-09-26T13:30:00Z", 3);
    assert_eq!(
        got,
        "2026-09-26T13:45:00Z 2026-09-26T14:00:00Z 2026-09-26T14:15:00Z"
    );
    // Starting at the collapsed firing must not repeat it.
    let got = upcoming("30 2 * * *", nz, "2026-09-26T14:00:00Z", 1);
    assert_eq!(got, "2026-09-27T13:30:00Z");
}

#[test]
fn fall_back_overlap_fires_once_at_earlier_instant() {
    let nz = "Pacific/Auckland";
    let got = upcoming("30 2 * * *", nz, "2027-04-03T00:00:00Z", 2);
    assert_eq!(got, "2027-04-03T13:30:00Z 2027-04-04T14:30:00Z");
    // The repeated 02:00 (NZST, 14:00Z) is skipped; 03:00 NZST is 15:00Z.
    let got = upcoming("0 * * * *", nz, "2027-04-03T12:30:00Z", 3);
    assert_eq!(
        got,
        "2027-04-03T13:00:00Z 2027-04-03T15:00:00Z 2027-04-03T16:00:00Z"
    );
    // Starting inside the second pass still finds the next real firing.
    let got = upcoming("30 2 * * *", nz, "2027-04-03T14:10:00Z", 1);
    assert_eq!(got, "2027-04-04T14:30:00Z");
}

#[test]
fn calendar_cases_in_utc() {
    let utc = |expr, after, n| upcoming(expr, "UTC", after, n);
    // Friday 2026-05-08 after 09:00: next is Monday.
    assert_eq!(
        utc("0 9 * * 1-5", "2026-05-08T10:00:00Z", 1),
        "2026-05-11T09:00:00Z"
    );
    let got = utc("0 0 29 2 *", "2026-01-01T00:00:00Z", 2);
    assert_eq!(got, "2028-02-29T00:00:00Z 2032-02-29T00:00:00Z");
    assert_eq!(
        utc("0 0 29 2 *", "2096-03-01T00:00:00Z", 1),
        "2104-02-29T00:00:00Z"
    );
    assert_eq!(utc("0 0 31 2 *", "2026-01-01T00:00:00Z", 1), "");
    assert_eq!(utc("0 0 30 2 *", "9990-01-01T00:00:00Z", 1), "");
    assert_eq!(
        utc("59 23 31 12 *", "9998-01-01T00:00:00Z", 3),
        "9998-12-31T23:59:00Z"
    );
    // April 2026: Fridays 3, 10, 17, 24 plus Monday the 13th.
    let got = utc("0 0 13 * 5", "2026-04-01T00:00:00Z", 5);
    let want = "2026-04-03T00:00:00Z 2026-04-10T00:00:00Z 2026-04-13T00:00:00Z \
        2026-04-17T00:00:00Z 2026-04-24T00:00:00Z";
    assert_eq!(got, want);
    // A `*/s` day field counts as unrestricted, so the day fields are ANDed.
    let got = utc("0 0 */2 * 5", "2026-04-01T00:00:00Z", 2);
    assert_eq!(got, "2026-04-03T00:00:00Z 2026-04-17T00:00:00Z");
}

#[test]
fn union_has_no_duplicates() {
    let got = upcoming("0 12 * * * | 0 */6 * * *", "UTC", "2026-05-08T00:00:00Z", 4);
    let want = "2026-05-08T06:00:00Z 2026-05-08T12:00:00Z 2026-05-08T18:00:00Z \
        2026-05-09T00:00:00Z";
    assert_eq!(got, want);
    let got = upcoming("0 6 * * 1-5 | 0 12 * * 0", "UTC", "2026-05-08T07:00:00Z", 2);
    assert_eq!(got, "2026-05-10T12:00:00Z 2026-05-11T06:00:00Z");
}

#[test]
fn between_is_half_open_and_capped() {
    let s = Schedule::parse("*/15 * * * *").unwrap();
    let (a, b, utc) = (
        ts("2026-05-08T00:00:00Z"),
        ts("2026-05-08T02:00:00Z"),
        &TimeZone::UTC,
    );
    let all = s.between(a, b, utc, usize::MAX);
    assert_eq!(
        (all.len(), all[0], all[7]),
        (8, ts("2026-05-08T00:15:00Z"), b)
    );
    let capped = join(&s.between(a, b, utc, 3));
    assert_eq!(
        capped,
        "2026-05-08T00:15:00Z 2026-05-08T00:30:00Z 2026-05-08T00:45:00Z"
    );
    assert!(
        Schedule::parse("0 0 31 2 *")
            .unwrap()
            .between(a, b, utc, 10)
            .is_empty()
    );
}

/// xorshift64: deterministic, dependency-free randomness.
struct Rng(u64);

impl Rng {
    fn range(&mut self, lo: u32, hi: u32) -> u32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        lo + (self.0 % u64::from(hi - lo + 1)) as u32
    }
}

/// A random valid field and the values it allows, worked out without the parser.
fn random_field(rng: &mut Rng, min: u32, max: u32) -> (String, Vec<bool>) {
    let mut allowed = vec![false; max as usize + 1];
    let mut items = Vec::new();
    for _ in 0..rng.range(1, 3) {
        let (a, b) = (rng.range(min, max), rng.range(min, max));
        let (a, b) = (a.min(b), a.max(b));
        let s = rng.range(1, 4.min(max - min + 1));
        let (text, lo, hi, step) = match rng.range(0, 5) {
            0 => ("*".to_string(), min, max, 1),
            1 => (format!("*/{s}"), min, max, s),
            2 => (format!("{a}"), a, a, 1),
            3 => (format!("{a}-{b}"), a, b, 1),
            4 => (format!("{a}-{b}/{s}"), a, b, s),
            _ => (format!("{a}/{s}"), a, max, s),
        };
        for v in (lo..=hi).filter(|v| (v - lo) % step == 0) {
            allowed[v as usize] = true;
        }
        items.push(text);
    }
    (items.join(","), allowed)
}

#[test]
fn random_expressions_fire_in_order_and_match() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let (utc, nz) = (&TimeZone::UTC, zone("Pacific/Auckland").unwrap());
    for round in 0..300 {
        let (texts, sets): (Vec<_>, Vec<_>) = FIELDS
            .iter()
            .map(|&(_, min, max)| random_field(&mut rng, min.into(), max.into()))
            .unzip();
        let expr = texts.join(" ");
        let sched = Schedule::parse(&expr).unwrap_or_else(|e| panic!("{expr}: {e}"));
        let (dom_star, dow_star) = (texts[2].starts_with('*'), texts[4].starts_with('*'));
        let matches = |t: Timestamp| {
            let d = utc.to_datetime(t);
            let has = |f: usize, v: i8| sets[f][v as usize];
            let (dom, dow) = (has(2, d.day()), has(4, d.weekday().to_sunday_zero_offset()));
            let day = if dom_star || dow_star {
                dom && dow
            } else {
                dom || dow
            };
            d.second() == 0 && has(0, d.minute()) && has(1, d.hour()) && has(3, d.month()) && day
        };

        let after = ts("2026-01-01T00:00:00Z") + SignedDuration::from_hours(round * 97);
        let got = sched.upcoming(after, utc, 20);
        assert!(got.first().is_none_or(|&t| t > after), "{expr}");
        assert!(got.windows(2).all(|w| w[0] < w[1]), "{expr}");
        assert!(got.iter().all(|&t| matches(t)), "{expr}: {got:?}");

        // Nothing skipped: compare two days against a minute-by-minute scan.
        let brute: Vec<Timestamp> = (1..=48 * 60)
            .map(|m| after + SignedDuration::from_mins(m))
            .filter(|&t| matches(t))
            .collect();
        let until = after + SignedDuration::from_hours(48);
        assert_eq!(
            sched.between(after, until, utc, usize::MAX),
            brute,
            "{expr}"
        );

        for start in ["2026-09-26T00:00:00Z", "2027-04-03T00:00:00Z"] {
            let got = sched.upcoming(ts(start), &nz, 20);
            assert!(got.windows(2).all(|w| w[0] < w[1]), "{expr} from {start}");
        }
    }
}

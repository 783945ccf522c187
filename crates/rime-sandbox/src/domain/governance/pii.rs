//! PII detection from sample values: general and NZ/AU patterns (IRD and NHI check digits, +64/+61
//! phones, NZ bank accounts), a confidence from the match rate, and a flagging threshold.

/// Findings below this confidence are not reported (nor flagged for review).
pub const MIN_CONFIDENCE: f64 = 0.6;
/// Added when the column's name hints at the type (capped at 1.0).
const HINT_BONUS: f64 = 0.1;

fn digits(s: &str, allowed_separators: &[char]) -> Option<String> {
    let mut out = String::new();
    for c in s.trim().chars() {
        if c.is_ascii_digit() {
            out.push(c);
        } else if !allowed_separators.contains(&c) {
            return None;
        }
    }
    Some(out)
}

/// NZ IRD numbers: 8 or 9 digits (optionally `12-345-678`), 10,000,000–150,000,000, with the
/// Inland Revenue check digit (weights 3,2,7,6,5,4,3,2; on a result of 10 the secondary weights
/// 7,4,3,2,5,2,7,6).
pub fn ird(s: &str) -> bool {
    let Some(d) = digits(s, &['-', ' ']) else {
        return false;
    };
    if !(8..=9).contains(&d.len()) {
        return false;
    }
    let n: u64 = d.parse().unwrap_or(0);
    if !(10_000_000..=150_000_000).contains(&n) {
        return false;
    }
    let padded = format!("{n:09}");
    let v: Vec<u32> = padded.chars().filter_map(|c| c.to_digit(10)).collect();
    ird_check_digit(&v[..8]) == Some(v[8])
}

/// The check digit of an 8-digit IRD base, or `None` when no digit makes it valid.
pub fn ird_check_digit(base: &[u32]) -> Option<u32> {
    let check = |weights: [u32; 8]| {
        let sum: u32 = base.iter().zip(weights).map(|(d, w)| d * w).sum();
        match sum % 11 {
            0 => 0,
            r => 11 - r,
        }
    };
    match check([3, 2, 7, 6, 5, 4, 3, 2]) {
        10 => match check([7, 4, 3, 2, 5, 2, 7, 6]) {
            10 => None,
            c => Some(c),
        },
        c => Some(c),
    }
}

fn nhi_letter(c: char) -> Option<u32> {
    // A=1 … Z=24, skipping I and O.
    if !c.is_ascii_uppercase() || c == 'I' || c == 'O' {
        return None;
    }
    let mut v = c as u32 - 'A' as u32 + 1;
    if c > 'I' {
        v -= 1;
    }
    if c > 'O' {
        v -= 1;
    }
    Some(v)
}

/// NZ National Health Index numbers in the `AAA9999` format with their mod-11 check digit.
pub fn nhi(s: &str) -> bool {
    let s = s.trim();
    let chars: Vec<char> = s.chars().collect();
    if chars.len() != 7 {
        return false;
    }
    let letters: Option<Vec<u32>> = chars[..3].iter().map(|c| nhi_letter(*c)).collect();
    let nums: Option<Vec<u32>> = chars[3..].iter().map(|c| c.to_digit(10)).collect();
    let (Some(l), Some(n)) = (letters, nums) else {
        return false;
    };
    nhi_check_digit(&l, &n[..3]) == Some(n[3])
}

pub fn nhi_check_digit(letters: &[u32], digits: &[u32]) -> Option<u32> {
    let sum: u32 = letters
        .iter()
        .chain(digits)
        .zip([7, 6, 5, 4, 3, 2])
        .map(|(v, w)| v * w)
        .sum();
    match sum % 11 {
        0 => None,
        r => Some((11 - r) % 10),
    }
}

pub fn email(s: &str) -> bool {
    let s = s.trim();
    let Some((user, domain)) = s.split_once('@') else {
        return false;
    };
    let tld = domain.rsplit('.').next().unwrap_or("");
    !user.is_empty()
        && !s.contains(char::is_whitespace)
        && !domain.contains('@')
        && domain.contains('.')
        && tld.len() >= 2
        && tld.chars().all(|c| c.is_ascii_alphabetic())
}

/// International numbers (`+64 21 555 0123`, `+61 4 1234 5678`) and NZ/AU national ones
/// (`021 555 0123`, `(09) 555-0123`).
pub fn phone(s: &str) -> bool {
    let s = s.trim();
    let (plus, rest) = match s.strip_prefix('+') {
        Some(r) => (true, r),
        None => (false, s),
    };
    let Some(d) = digits(rest, &[' ', '-', '(', ')']) else {
        return false;
    };
    if plus {
        if d.starts_with("64") || d.starts_with("61") {
            (10..=12).contains(&d.len())
        } else {
            (8..=15).contains(&d.len())
        }
    } else {
        d.starts_with('0')
            && (9..=11).contains(&d.len())
            && d.as_bytes()
                .get(1)
                .is_some_and(|c| (b'2'..=b'9').contains(c))
    }
}

/// NZ bank accounts: bank-branch-account-suffix, `12-3456-1234567-00` (2-4-7-2 or 3 digits).
pub fn bank_account(s: &str) -> bool {
    let parts: Vec<&str> = s.trim().split(['-', ' ']).collect();
    let lens: Vec<usize> = parts.iter().map(|p| p.len()).collect();
    parts.len() == 4
        && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
        && lens[..3] == [2, 4, 7]
        && (2..=3).contains(&lens[3])
}

/// `YYYY-MM-DD` or `DD/MM/YYYY` with a plausible birth year.
pub fn birth_date(s: &str) -> bool {
    let s = s.trim();
    let (y, m, d) = if let [y, m, d] = s.split('-').collect::<Vec<_>>()[..] {
        (y, m, d)
    } else if let [d, m, y] = s.split('/').collect::<Vec<_>>()[..] {
        (y, m, d)
    } else {
        return false;
    };
    let num = |t: &str, len: usize| {
        (t.len() == len && t.chars().all(|c| c.is_ascii_digit()))
            .then(|| t.parse::<u32>().unwrap_or(0))
    };
    matches!((num(y, 4), num(m, 2), num(d, 2)),
        (Some(y), Some(m), Some(d)) if (1900..=2025).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
}

/// A passport or licence number shape: one or two letters and six or seven digits.
pub fn document_number(s: &str) -> bool {
    let s = s.trim();
    let letters = s.chars().take_while(char::is_ascii_uppercase).count();
    let rest = &s[letters..];
    (1..=2).contains(&letters)
        && (6..=7).contains(&rest.len())
        && rest.chars().all(|c| c.is_ascii_digit())
}

const STREET_WORDS: &[&str] = &[
    "street", "st", "road", "rd", "avenue", "ave", "lane", "place", "pl", "drive", "dr", "terrace",
    "tce", "crescent", "cres", "way", "parade", "highway", "quay",
];

/// `12 Queen Street, Auckland 1010`: a number, then a street word.
pub fn address(s: &str) -> bool {
    let lower = s.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    words
        .first()
        .is_some_and(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()))
        && words[1..].iter().any(|w| STREET_WORDS.contains(w))
}

/// One to three capitalised words of letters (macrons, hyphens and apostrophes allowed).
pub fn person_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        })
}

struct Detector {
    pii_type: &'static str,
    matches: fn(&str) -> bool,
    hints: &'static [&'static str],
    /// Weak shapes (names, dates, document numbers) count only in a column named for them.
    needs_hint: bool,
}

const DETECTORS: &[Detector] = &[
    Detector {
        pii_type: "ird_number",
        matches: ird,
        hints: &["IRD", "TAX"],
        needs_hint: false,
    },
    Detector {
        pii_type: "nhi_number",
        matches: nhi,
        hints: &["NHI", "HEALTH"],
        needs_hint: false,
    },
    Detector {
        pii_type: "bank_account",
        matches: bank_account,
        hints: &["BANK", "ACCOUNT"],
        needs_hint: false,
    },
    Detector {
        pii_type: "email",
        matches: email,
        hints: &["EMAIL", "MAIL"],
        needs_hint: false,
    },
    Detector {
        pii_type: "phone",
        matches: phone,
        hints: &["PHONE", "MOBILE", "CELL", "TEL"],
        needs_hint: false,
    },
    Detector {
        pii_type: "date_of_birth",
        matches: birth_date,
        hints: &["BIRTH", "DOB"],
        needs_hint: true,
    },
    Detector {
        pii_type: "passport",
        matches: document_number,
        hints: &["PASSPORT"],
        needs_hint: true,
    },
    Detector {
        pii_type: "drivers_licence",
        matches: document_number,
        hints: &["LICENCE", "LICENSE"],
        needs_hint: true,
    },
    Detector {
        pii_type: "address",
        matches: address,
        hints: &["ADDRESS", "STREET"],
        needs_hint: false,
    },
    Detector {
        pii_type: "name",
        matches: person_name,
        hints: &[
            "FIRST_NAME",
            "LAST_NAME",
            "FULL_NAME",
            "SURNAME",
            "GIVEN_NAME",
            "CUSTOMER_NAME",
            "CONTACT_NAME",
        ],
        needs_hint: true,
    },
];

#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub pii_type: &'static str,
    /// Two decimals, from the share of non-empty samples that match (plus the name hint).
    pub confidence: f64,
    pub matched: usize,
    pub sampled: usize,
}

/// The most likely PII type of a column from its name and sample values, if confident enough.
pub fn detect(column: &str, samples: &[String]) -> Option<Finding> {
    let values: Vec<&str> = samples
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    if values.is_empty() {
        return None;
    }
    let name = column.to_ascii_uppercase();
    let mut best: Option<Finding> = None;
    for d in DETECTORS {
        let hinted = d.hints.iter().any(|h| name.contains(h));
        if d.needs_hint && !hinted {
            continue;
        }
        let matched = values.iter().filter(|v| (d.matches)(v)).count();
        if matched == 0 {
            continue;
        }
        let rate = matched as f64 / values.len() as f64;
        let raw = (rate + if hinted { HINT_BONUS } else { 0.0 }).min(1.0);
        let confidence = (raw * 100.0).round() / 100.0;
        if best.as_ref().is_none_or(|b| confidence > b.confidence) {
            best = Some(Finding {
                pii_type: d.pii_type,
                confidence,
                matched,
                sampled: values.len(),
            });
        }
    }
    best.filter(|f| f.confidence >= MIN_CONFIDENCE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ird_numbers_follow_the_check_digit_algorithm() {
        for valid in [
            "49091850",
            "49-091-850",
            "35901981",
            "49098576",
            "136410132",
            "136-410-132",
        ] {
            assert!(ird(valid), "{valid}");
        }
        for invalid in [
            "49091851",
            "136410133",
            "9999999",
            "150000001",
            "12a45678",
            "",
        ] {
            assert!(!ird(invalid), "{invalid}");
        }
    }

    #[test]
    fn nhi_numbers_follow_the_mod_11_check() {
        assert!(nhi("ZZZ0016") && nhi("ZZZ0024"));
        assert!(!nhi("ZZZ0017") && !nhi("ZZI0016") && !nhi("zzz0016") && !nhi("ZZZ001"));
    }

    #[test]
    fn phones_emails_and_accounts() {
        for p in [
            "+64 21 555 0123",
            "+61 4 1234 5678",
            "021 555 0123",
            "(09) 555-0123",
            "+1 415 555 0100",
        ] {
            assert!(phone(p), "{p}");
        }
        for p in ["555-0123", "12345", "+64 2", "hello"] {
            assert!(!phone(p), "{p}");
        }
        assert!(email("aroha.ngata@example.co.nz") && !email("not an@email.com") && !email("x@y"));
        assert!(bank_account("12-3456-1234567-00") && bank_account("02-0100-0123456-001"));
        assert!(!bank_account("12-3456-123456-00"));
        assert!(birth_date("1984-03-12") && birth_date("12/03/1984") && !birth_date("2031-01-01"));
        assert!(address("12 Queen Street, Auckland 1010") && !address("Queen Street"));
    }

    #[test]
    fn detection_picks_the_best_type_above_the_threshold() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let f = detect(
            "CONTACT",
            &s(&["+64 21 555 0101", "+64 27 555 0102", "", "+64 22 555 0103"]),
        )
        .unwrap();
        assert_eq!(
            (f.pii_type, f.confidence, f.matched, f.sampled),
            ("phone", 1.0, 3, 3)
        );
        let f = detect(
            "IRD_NUMBER",
            &s(&["49-091-850", "136-410-132", "12-345-678", "35901981"]),
        )
        .unwrap();
        assert_eq!((f.pii_type, f.confidence), ("ird_number", 0.85));
        assert_eq!(
            detect("NOTES", &s(&["call me", "a@b.co", "later", "soon"])),
            None
        );
        assert_eq!(detect("PRODUCT_NAME", &s(&["Flat White", "Pavlova"])), None);
        assert_eq!(
            detect("FIRST_NAME", &s(&["Aroha", "Liam"]))
                .unwrap()
                .pii_type,
            "name"
        );
    }
}

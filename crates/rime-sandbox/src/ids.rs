//! Deterministic identifiers: type-prefixed ULIDs from the simulated clock and a seeded generator.

use std::sync::{Mutex, PoisonError};

use jiff::Timestamp;

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A small splitmix64 generator: reproducible ids and simulated data under a fixed seed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next_u64() % n }
    }
}

pub struct IdGen {
    rng: Mutex<Rng>,
    // Request ids draw from their own stream so that resource ids stay reproducible
    // however many requests came before.
    requests: Mutex<Rng>,
}

impl IdGen {
    pub fn new(seed: u64) -> IdGen {
        IdGen {
            rng: Mutex::new(Rng::new(seed)),
            requests: Mutex::new(Rng::new(seed ^ 0x005E_ED0F_4EE7)),
        }
    }

    /// Restarts resource ids from the seed, so a reset sandbox gets the same ids as a new one.
    pub fn reseed(&self, seed: u64) {
        *self.rng.lock().unwrap_or_else(PoisonError::into_inner) = Rng::new(seed);
    }

    /// `prefix_` + a 26-character ULID whose time part is `at`.
    pub fn id(&self, prefix: &str, at: Timestamp) -> String {
        let ms = at.as_millisecond().max(0) as u128;
        let (hi, lo) = {
            let mut rng = self.rng.lock().unwrap_or_else(PoisonError::into_inner);
            (rng.next_u64(), rng.next_u64())
        };
        let rand80 = ((hi as u128 & 0xFFFF) << 64) | lo as u128;
        let value = (ms << 80) | rand80;
        let mut out = String::with_capacity(prefix.len() + 27);
        out.push_str(prefix);
        out.push('_');
        for i in (0..26).rev() {
            let idx = ((value >> (i * 5)) & 0x1F) as usize;
            out.push(CROCKFORD[idx] as char);
        }
        out
    }

    /// Random URL-safe text for tokens and secrets (not reproducible: secrets must not be guessable).
    pub fn secret(len: usize) -> String {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        let mut bytes = vec![0u8; len];
        ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut bytes)
            .expect("system randomness");
        bytes
            .iter()
            .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
            .collect()
    }

    pub fn request_id(&self) -> String {
        let n = self
            .requests
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .next_u64();
        let mut out = String::from("req_");
        for i in (0..16).rev() {
            out.push(CROCKFORD[((n >> (i * 4)) & 0x1F) as usize] as char);
        }
        out
    }
}

/// SHA-256 hex digest: tokens, API keys and idempotent bodies are stored only as hashes.
pub fn sha256_hex(data: &[u8]) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, data);
    digest.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

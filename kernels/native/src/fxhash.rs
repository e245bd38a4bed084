//! A small multiplicative hasher for word slices: std's SipHash costs more than the regex scan.

use std::hash::{BuildHasherDefault, Hasher};

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// FxHash (as used inside rustc); not DoS-resistant, which is fine for one call's private map.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

pub type FxBuildHasher = BuildHasherDefault<FxHasher>;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().unwrap()));
        }
        // Overlapping loads cover a 1..7-byte tail without a stack copy; the length is hashed separately.
        let rest = chunks.remainder();
        let n = rest.len();
        if n >= 4 {
            let low = u32::from_le_bytes(rest[..4].try_into().unwrap());
            let high = u32::from_le_bytes(rest[n - 4..].try_into().unwrap());
            self.add(u64::from(low) | (u64::from(high) << 32));
        } else if n > 0 {
            self.add(
                u64::from(rest[0]) | (u64::from(rest[n / 2]) << 8) | (u64::from(rest[n - 1]) << 16),
            );
        }
    }

    #[inline]
    fn write_usize(&mut self, value: usize) {
        self.add(value as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

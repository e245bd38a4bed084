//! `count_primes`: how many primes are below `limit`, like Java's trial-division loop over `2..limit`.
//!
//! A segmented sieve of Eratosthenes over odd numbers: memory stays at one segment per worker even for
//! `limit = i32::MAX`, and segments are counted in parallel on the shared pool.


use rayon::prelude::*;

use crate::ffi::{self};

/// Odd numbers per segment, one byte each: fits the L2 cache with room for the base primes.
const SEGMENT_ODDS: u64 = 128 * 1024;

/// Counts the primes `p` with `2 <= p < limit`; 0 when `limit <= 2`, including negative limits.
///
/// Returns the count, or `Error::Panic.code()` if the sieve panicked.
#[no_mangle]
pub extern "C" fn count_primes(limit: i32) -> i64 {
    ffi::status_entry(|| Ok(primes_below(limit) as i64))
}

/// The primes below `limit`, counted; no more than a few segments are ever allocated at once.
pub fn primes_below(limit: i32) -> u64 {
    if limit <= 2 {
        return 0;
    }
    let limit = limit as u64;
    // Odd n = 2i + 1 is below limit for i < limit / 2; i = 0 (n = 1) is not prime, 2 is counted apart.
    let odds_end = limit / 2;
    let base = odd_primes_up_to(isqrt(limit - 1));
    let segments = (odds_end - 1).div_ceil(SEGMENT_ODDS);
    let count_segment = |segment: u64, sieve: &mut Vec<u8>| {
        let from = 1 + segment * SEGMENT_ODDS;
        let to = odds_end.min(from + SEGMENT_ODDS);
        sieve_segment(from, to, &base, sieve)
    };
    let odd_primes: u64 = if segments == 1 {
        count_segment(0, &mut Vec::new())
    } else {
        (0..segments)
            .into_par_iter()
            .map_init(Vec::new, |sieve, segment| count_segment(segment, sieve))
            .sum()
    };
    1 + odd_primes
}

/// Counts the primes among the odd numbers `2i + 1` for `i` in `from..to` (`from >= 1`).
fn sieve_segment(from: u64, to: u64, base: &[u64], sieve: &mut Vec<u8>) -> u64 {
    let len = (to - from) as usize;
    sieve.clear();
    sieve.resize(len, 1);
    let low = 2 * from + 1;
    let high = 2 * to + 1;
    for &p in base {
        if p * p >= high {
            break;
        }
        // First odd multiple of p in the segment that no smaller prime factor already crossed off.
        let mut m = (p * p).max(low.div_ceil(p) * p);
        if m % 2 == 0 {
            m += p;
        }
        let mut j = ((m - 1) / 2 - from) as usize;
        let step = p as usize;
        while j < len {
            sieve[j] = 0;
            j += step;
        }
    }
    sieve.iter().map(|&b| b as u64).sum()
}

/// The odd primes `p <= n`, by a plain sieve: `n` is at most 46340 here.
fn odd_primes_up_to(n: u64) -> Vec<u64> {
    let n = n as usize;
    let mut composite = vec![false; n + 1];
    let mut primes = Vec::new();
    for p in (3..=n).step_by(2) {
        if !composite[p] {
            primes.push(p as u64);
            for m in (p * p..=n).step_by(2 * p) {
                composite[m] = true;
            }
        }
    }
    primes
}

/// Largest `r` with `r * r <= n`.
fn isqrt(n: u64) -> u64 {
    let mut r = (n as f64).sqrt() as u64;
    while r * r > n {
        r -= 1;
    }
    while (r + 1) * (r + 1) <= n {
        r += 1;
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Java reference's loop, literally: trial division by every `i` up to the square root.
    fn trial_division_count(limit: i32) -> u64 {
        (2..limit.max(2))
            .filter(|&n| (2..).take_while(|i| i * i <= n).all(|i| n % i != 0))
            .count() as u64
    }

    #[test]
    fn tiny_and_negative_limits() {
        for limit in [i32::MIN, -7, -1, 0, 1, 2] {
            assert_eq!(count_primes(limit), 0, "limit {limit}");
        }
        assert_eq!(count_primes(3), 1);
        assert_eq!(count_primes(4), 2);
        assert_eq!(count_primes(5), 2);
        assert_eq!(count_primes(6), 3);
    }

    #[test]
    fn equals_trial_division_below_every_limit_up_to_3000() {
        for limit in -3..3000 {
            assert_eq!(
                primes_below(limit),
                trial_division_count(limit),
                "limit {limit}"
            );
        }
    }

    #[test]
    fn segment_edges_match_trial_division() {
        let edge = (2 * SEGMENT_ODDS) as i32;
        for limit in [
            edge - 3,
            edge - 1,
            edge,
            edge + 1,
            edge + 2,
            edge + 3,
            2 * edge + 1,
            3 * edge - 2,
        ] {
            assert_eq!(
                primes_below(limit),
                trial_division_count(limit),
                "limit {limit}"
            );
        }
    }

    #[test]
    fn powers_of_ten() {
        let pi = [0, 4, 25, 168, 1229, 9592, 78498, 664579, 5761455];
        let mut limit = 1;
        for expected in pi {
            assert_eq!(primes_below(limit), expected, "limit {limit}");
            limit *= 10;
        }
    }

    #[test]
    fn isqrt_is_exact_near_squares() {
        for r in [0u64, 1, 2, 3, 46340, 46341, 1 << 20] {
            assert_eq!(isqrt(r * r), r);
            if r > 0 {
                assert_eq!(isqrt(r * r - 1), r - 1);
            }
            assert_eq!(isqrt(r * r + 2 * r), r);
        }
    }
}

//! The body a user writes for org.oxidizer.samples.wordfreq.WordFrequency.wordFrequencies: split on anything
//! that is not an ASCII letter or digit, lower-case, count. One pass over the chars, the word built in one reused
//! buffer, a key allocated only the first time it is seen, a multiplicative hash (std's SipHash resists flooding,
//! which counting one's own log lines does not need), and the lines split over the cores.

use crate::ffi::Texts;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default)]
struct MulHash(u64);

impl MulHash {
    fn mix(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for MulHash {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.mix(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        }
        let mut rest = 0u64;
        for (i, &b) in chunks.remainder().iter().enumerate() {
            rest |= (b as u64) << (8 * i);
        }
        self.mix(rest);
    }

    fn write_usize(&mut self, v: usize) {
        self.mix(v as u64);
    }
}

type Counts = HashMap<Vec<u16>, i32, BuildHasherDefault<MulHash>>;

/// `Map<String, Integer> wordFrequencies(List<String> lines)` in Java. The lines are split over the cores (the
/// Java method runs on one); the per-part counts add up to the same map, as `Integer::sum` would, wrapping.
pub fn word_frequencies(lines: &Texts) -> Vec<(Vec<u16>, i32)> {
    let parts = std::thread::available_parallelism().map_or(1, |n| n.get()).min(lines.len() / 2048 + 1);
    let per_part = (lines.len() + parts - 1) / parts.max(1);
    let mut counts: Counts = if parts <= 1 {
        count(lines, 0, lines.len())
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = (0..parts)
                .map(|p| scope.spawn(move || count(lines, p * per_part, ((p + 1) * per_part).min(lines.len()))))
                .collect();
            let mut all = Counts::default();
            for handle in handles {
                for (word, n) in handle.join().expect("a counting thread panicked") {
                    let total = all.entry(word).or_insert(0);
                    *total = total.wrapping_add(n);
                }
            }
            all
        })
    };
    counts.drain().collect()
}

fn count(lines: &Texts, from: usize, to: usize) -> Counts {
    let mut counts = Counts::default();
    let mut word: Vec<u16> = Vec::with_capacity(64);
    for l in from..to {
        let line = lines.get(l);
        for i in 0..=line.len() {
            let c = if i < line.len() { line[i] } else { b' ' as u16 };
            if (b'a' as u16..=b'z' as u16).contains(&c) || (b'0' as u16..=b'9' as u16).contains(&c) {
                word.push(c);
            } else if (b'A' as u16..=b'Z' as u16).contains(&c) {
                word.push(c + 32);
            } else if !word.is_empty() {
                match counts.get_mut(word.as_slice()) {
                    Some(n) => *n = n.wrapping_add(1),
                    None => {
                        counts.insert(word.clone(), 1);
                    }
                }
                word.clear();
            }
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_like_java_on_a_small_input() {
        let units: Vec<u16> = "The cat, the DOG!café".encode_utf16().collect();
        let offsets = [0, units.len() as i32];
        let lines = Texts::new(&units, &offsets).unwrap();
        let mut answer = word_frequencies(&lines);
        answer.sort();
        let word = |s: &str| s.encode_utf16().collect::<Vec<u16>>();
        assert_eq!(answer, vec![(word("caf"), 1), (word("cat"), 1), (word("dog"), 1), (word("the"), 2)]);
    }
}

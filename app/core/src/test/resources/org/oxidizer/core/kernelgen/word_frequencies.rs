//! The body a user writes for org.oxidizer.samples.wordfreq.WordFrequency.wordFrequencies: split on anything
//! that is not an ASCII letter or digit, lower-case, count.

use crate::ffi::Texts;
use std::collections::HashMap;

fn is_word(c: u16) -> bool {
    (c >= b'a' as u16 && c <= b'z' as u16) || (c >= b'A' as u16 && c <= b'Z' as u16) || (c >= b'0' as u16 && c <= b'9' as u16)
}

/// `Map<String, Integer> wordFrequencies(List<String> lines)` in Java.
pub fn word_frequencies(lines: &Texts) -> Vec<(Vec<u16>, i32)> {
    let mut counts: HashMap<Vec<u16>, i32> = HashMap::new();
    for line in lines.iter() {
        let mut i = 0;
        while i < line.len() {
            while i < line.len() && !is_word(line[i]) {
                i += 1;
            }
            let start = i;
            while i < line.len() && is_word(line[i]) {
                i += 1;
            }
            if i > start {
                let word: Vec<u16> = line[start..i].iter()
                    .map(|&c| if c >= b'A' as u16 && c <= b'Z' as u16 { c + 32 } else { c }).collect();
                let count = counts.entry(word).or_insert(0);
                *count = count.wrapping_add(1);
            }
        }
    }
    counts.into_iter().collect()
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

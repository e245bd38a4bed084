//! Java's `Pattern.compile("(\\w+)\\s+(\\d+)").matcher(text).find()` loop over UTF-16 code units.
//!
//! For this pattern Java's backtracking gives a simple rule: a match starts where a run of word units
//! starts (but not before the previous match's end), and exists iff that run is followed by at least
//! one space and then a digit; group 2 is the whole digit run. So every match is found from a
//! `pair_digit` bit (a digit after spaces after a word unit) by looking back over the spaces and the
//! word run, clipped to the text and to the previous match; words that never meet a number cost
//! nothing. The tests check this against `regex::bytes` with `(?-u)`, which has Java's ASCII classes,
//! on texts whose non-ASCII units each stand for one non-class byte.

use std::ops::Range;

use super::classes::{next_clear, run_start, ClassBits};

/// A `pair_digit` position with the runs around it, measured over the whole range: clipping to a
/// text and to the previous match comes later, in [`Pairs`].
#[derive(Clone, Copy, Debug)]
pub struct Candidate {
    word_start: u32,
    /// Where the word run ends and the spaces start.
    word_end: u32,
    pub digits: u32,
    number_end: u32,
}

/// Every candidate of a range, in increasing order. Measured apart from any text, the look-backs
/// of successive candidates do not wait for one another, so the CPU overlaps them.
pub fn find_candidates(bits: &ClassBits, out: &mut Vec<Candidate>) {
    out.clear();
    let limit = bits.digit.len() * 64;
    for (w, &pair_digits) in bits.pair_digit.iter().enumerate() {
        let mut pending = pair_digits;
        while pending != 0 {
            let digits = w * 64 + pending.trailing_zeros() as usize;
            pending &= pending - 1;
            // A pair digit has a space right before it and a word unit before that space run.
            let word_end = run_start(&bits.space, digits - 1, 0);
            let word_start = run_start(&bits.word, word_end - 1, 0);
            let number_end = next_clear(&bits.digit, digits, limit);
            out.push(Candidate {
                word_start: word_start as u32,
                word_end: word_end as u32,
                digits: digits as u32,
                number_end: number_end as u32,
            });
        }
    }
}

/// Iterates the (group 1, group 2) index ranges of every match in units `start..end` of a range, in
/// Java's order.
pub struct Pairs<'c> {
    /// The range's candidates from the text's first one on.
    candidates: &'c [Candidate],
    /// Candidates consumed: those before the text's end, once iteration has ended.
    at: usize,
    /// Where the next search starts: the text start, then the end of the previous match.
    from: u32,
    end: u32,
}

impl<'c> Pairs<'c> {
    /// Scans one text, units `start..end`, given its range's candidates from the text's first one on.
    pub fn new(candidates: &'c [Candidate], start: usize, end: usize) -> Self {
        Pairs {
            candidates,
            at: 0,
            from: start as u32,
            end: end as u32,
        }
    }

    /// How many candidates lay in the text: where the next text's candidates start.
    pub fn consumed(&self) -> usize {
        self.at
    }
}

impl Iterator for Pairs<'_> {
    type Item = (Range<usize>, Range<usize>);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        while let Some(c) = self.candidates.get(self.at) {
            if c.digits >= self.end {
                return None;
            }
            self.at += 1;
            // The spaces must start after the text start and the previous match: else they follow
            // no word of this search.
            if c.word_end <= self.from {
                continue;
            }
            let word_start = c.word_start.max(self.from);
            let number_end = c.number_end.min(self.end);
            self.from = number_end;
            return Some((
                word_start as usize..c.word_end as usize,
                c.digits as usize..number_end as usize,
            ));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::classes::ClassBits;

    fn utf16(text: &str) -> Vec<u16> {
        text.encode_utf16().collect()
    }

    /// Group spans as Java reports them: regex's leftmost-first search with ASCII classes, over one
    /// byte per code unit where every non-ASCII unit becomes 0x80, which like it is in no class.
    fn oracle(re: &regex::bytes::Regex, text: &[u16]) -> Vec<(Vec<u16>, Vec<u16>)> {
        let bytes: Vec<u8> = text
            .iter()
            .map(|&c| if c < 0x80 { c as u8 } else { 0x80 })
            .collect();
        re.captures_iter(&bytes)
            .map(|c| {
                let (word, digits) = (c.get(1).unwrap(), c.get(2).unwrap());
                (text[word.range()].to_vec(), text[digits.range()].to_vec())
            })
            .collect()
    }

    /// Scans `text` inside a larger range, after `pad` non-class units and `before`, with a suffix that
    /// would extend a match: runs then straddle SIMD blocks, bitmap words and the text's bounds.
    fn scanned_at(text: &[u16], pad: usize, before: &[u16]) -> Vec<(Vec<u16>, Vec<u16>)> {
        let mut units = vec![u16::from(b'-'); pad];
        units.extend_from_slice(before);
        let start = units.len();
        units.extend_from_slice(text);
        units.extend_from_slice(&utf16("9 9"));
        let bits = ClassBits::of(&units);
        let end = start + text.len();
        let mut candidates = Vec::new();
        find_candidates(&bits, &mut candidates);
        candidates.retain(|c| (start..end).contains(&(c.digits as usize)));
        Pairs::new(&candidates, start, end)
            .map(|(w, d)| (units[w].to_vec(), units[d].to_vec()))
            .collect()
    }

    fn scanned(text: &[u16], placements: &[(usize, Vec<u16>)]) -> Vec<(Vec<u16>, Vec<u16>)> {
        let found = scanned_at(text, 0, &[]);
        for (pad, before) in placements {
            assert_eq!(
                found,
                scanned_at(text, *pad, before),
                "{:?} at {pad}",
                String::from_utf16_lossy(text)
            );
        }
        found
    }

    #[test]
    fn scanner_equals_regex_on_every_short_string() {
        let re = regex::bytes::Regex::new(r"(?-u)(\w+)\s+(\d+)").unwrap();
        // Besides the classes: a non-class ASCII unit, a lone surrogate, and units whose low byte is
        // 'a' or '1', which a narrowing that drops the high byte would misread.
        let alphabet = [
            u16::from(b'a'),
            u16::from(b'1'),
            u16::from(b' '),
            u16::from(b'\t'),
            u16::from(b'_'),
            u16::from(b'-'),
            0x0B,
            0xD861,
            0x0131,
        ];
        let placements = [(61, utf16("x ")), (62, utf16("x"))];
        let mut text = Vec::new();
        for len in 0..=7u32 {
            for mut code in 0..alphabet.len().pow(len) {
                text.clear();
                for _ in 0..len {
                    text.push(alphabet[code % alphabet.len()]);
                    code /= alphabet.len();
                }
                assert_eq!(
                    scanned(&text, &placements),
                    oracle(&re, &text),
                    "{:?}",
                    String::from_utf16_lossy(&text)
                );
            }
        }
    }

    #[test]
    fn scanner_equals_regex_on_random_text() {
        let re = regex::bytes::Regex::new(r"(?-u)(\w+)\s+(\d+)").unwrap();
        let mut pieces: Vec<Vec<u16>> = [
            "ab",
            "_x9",
            " ",
            "  ",
            "\t",
            "\r\n",
            "\x0B\x0C",
            "0",
            "2147483648",
            "é",
            "用户",
            "😀",
            "٣",
            "-",
            "\u{120}",
            "\u{ff10}",
        ]
        .iter()
        .map(|p| utf16(p))
        .collect();
        pieces.extend([vec![0xD800], vec![0xDC31], vec![0x8061]]);
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for round in 0..20_000 {
            let mut text = Vec::new();
            for _ in 0..(seed % 120) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.extend_from_slice(&pieces[(seed % pieces.len() as u64) as usize]);
            }
            let pad = round % 64;
            let placements = [
                (pad, vec![]),
                (pad, utf16("x")),
                (pad, utf16("x \t")),
                (pad, utf16("1 ")),
            ];
            assert_eq!(
                scanned(&text, &placements),
                oracle(&re, &text),
                "{:?}",
                String::from_utf16_lossy(&text)
            );
        }
    }
}

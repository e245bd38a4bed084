//! Java's `Pattern.compile("(\\w+)\\s+(\\d+)").matcher(text).find()` loop over ASCII-compatible bytes.
//!
//! For this pattern Java's backtracking gives a simple rule: a match starts where a run of word bytes
//! starts (but not before the previous match's end), and exists iff that run is followed by at least
//! one space and then a digit; group 2 is the whole digit run. So every match is found from a
//! `pair_digit` bit (a digit after spaces after a word byte) by looking back over the spaces and the
//! word run, clipped to the text and to the previous match; words that never meet a number cost
//! nothing. The tests check this against `regex::bytes` with `(?-u)`, which has Java's ASCII classes.

use crate::classes::{next_clear, run_start, ClassBits};

/// Iterates the (group 1, group 2) byte spans of every match in `bytes[start..end)`, in Java's order.
pub struct Pairs<'a, 'b> {
    bytes: &'a [u8],
    bits: &'b ClassBits,
    /// Where the next search starts: the text start, then the end of the previous match.
    from: usize,
    end: usize,
    /// Index of the bitmap word being drained, and its candidates not yet visited.
    word_index: usize,
    candidates: u64,
}

impl<'a, 'b> Pairs<'a, 'b> {
    /// Scans one text, `bytes[start..end)`, of a range whose class bitmaps are `bits`.
    pub fn new(bytes: &'a [u8], bits: &'b ClassBits, start: usize, end: usize) -> Self {
        let word_index = start / 64;
        let candidates = if start < end {
            bits.pair_digit[word_index] & (!0u64 << (start % 64))
        } else {
            0
        };
        Pairs {
            bytes,
            bits,
            from: start,
            end,
            word_index,
            candidates,
        }
    }

    /// Next candidate digit position in the text, in increasing order.
    #[inline]
    fn next_candidate(&mut self) -> Option<usize> {
        while self.candidates == 0 {
            self.word_index += 1;
            if self.word_index * 64 >= self.end {
                return None;
            }
            self.candidates = self.bits.pair_digit[self.word_index];
        }
        let at = self.word_index * 64 + self.candidates.trailing_zeros() as usize;
        self.candidates &= self.candidates - 1;
        (at < self.end).then_some(at)
    }
}

impl<'a> Iterator for Pairs<'a, '_> {
    type Item = (&'a [u8], &'a [u8]);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let bits = self.bits;
        while let Some(digits) = self.next_candidate() {
            // The spaces before `digits` and the word before them, both computed over the whole range,
            // must lie inside this text and after the previous match.
            let word_end = run_start(&bits.space, digits - 1, self.from);
            if word_end <= self.from {
                continue;
            }
            let word_start = run_start(&bits.word, word_end - 1, self.from);
            let number_end = next_clear(&bits.digit, digits, self.end);
            self.from = number_end;
            return Some((
                &self.bytes[word_start..word_end],
                &self.bytes[digits..number_end],
            ));
        }
        self.from = self.end;
        None
    }
}

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

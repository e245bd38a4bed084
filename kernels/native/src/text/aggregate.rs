//! `extract_and_aggregate`: Java's `(\w+)\s+(\d+)` find loop with `Integer.parseInt` and `Map.merge(Integer::sum)`.

use std::ops::Range;

use rayon::prelude::*;

use super::classes::ClassBits;
use super::number::{parse_int_or_zero, value_of};
use super::onepass::{Program, Scratch};
use super::packed::{self, ChunkCounts};
use super::pairs::{find_candidates, Candidate, Pairs};
use super::words::WordIds;
use crate::split;

/// Below this many input code units (some 3000 log lines) one thread is as fast as waking the pool.
const PARALLEL_MIN_UNITS: usize = 256 * 1024;

/// The least a chunk holds: each has its own dictionary, word table and scratch buffers to set up.
const MIN_CHUNK_UNITS: usize = 32 * 1024;

/// Chunks per pool thread, so an uneven chunk, or a core another process takes for a while, does
/// not leave the other threads idle at the end.
const CHUNKS_PER_THREAD: usize = 8;

/// Chunks also split the decoding on the Java side, which runs on the JVM's threads whatever the
/// native pool's size: even a one-thread pool cuts big inputs into this many.
const MIN_CHUNKS: usize = 16;

/// Why an input was refused instead of scanned.
#[derive(Debug, PartialEq, Eq)]
pub enum InputError {
    NoOffsets,
    BadOffsets,
}

/// Scans `data[offsets[i]..offsets[i + 1]]` (UTF-16 code units, as Java's `String` holds them) for
/// every text and packs the per-text counts.
pub fn extract_and_aggregate(data: &[u16], offsets: &[i32]) -> Result<Vec<u8>, InputError> {
    // A closure, not the fn item: passed as an item, count_chunk is inlined into a shim profilers name
    // `core::ops::function::Fn::call`, and the flame graph would lose the kernel's name.
    in_chunks(data, offsets, |data, offsets| count_chunk(data, offsets))
}

/// The same find loop, `Integer.parseInt` and `Map.merge(Integer::sum)` for any pattern the compiled
/// one-pass matcher runs: group 1 is the key, group 2 the number.
pub fn extract_and_aggregate_compiled(
    program: &Program,
    data: &[u16],
    offsets: &[i32],
) -> Result<Vec<u8>, InputError> {
    in_chunks(data, offsets, |data, offsets| {
        let text_count = offsets.len() - 1;
        let units = (offsets[text_count] - offsets[0]) as usize;
        let mut counter = Counter::new(text_count, units);
        if !program.key_packs() {
            counter.ids = WordIds::any_words(units);
        }
        let mut pairs = Vec::new();
        let mut scratch = Scratch::default();
        let digits = program.number_is_digits();
        for (first, last) in windows(offsets) {
            // Bitmaps of a window of texts at once, as the headline scanner has them.
            let window_start = offsets[first] as usize;
            let window = &data[window_start..offsets[last] as usize];
            if program.runs_on_bitmaps() {
                program.fill(window, &mut scratch);
            }
            for t in first..last {
                let start = offsets[t] as usize;
                let text = &data[start..offsets[t + 1] as usize];
                pairs.clear();
                let mut push = |key: Range<usize>, number: Range<usize>| {
                    // Ranges within the chunk's data, so the number's fast parse may read past the text's end.
                    let value = if digits {
                        value_of(data, start + number.start..start + number.end)
                    } else {
                        java_parse_int(&text[number])
                    };
                    pairs.push((key, value));
                };
                if program.runs_on_bitmaps() {
                    program.find_in_window(&scratch, window, start - window_start, text.len() + start - window_start, &mut push);
                } else {
                    program.find_each_with(text, &mut scratch, &mut push);
                }
                counter.count_text(t, text, pairs.drain(..));
            }
        }
        ChunkCounts {
            text_count,
            words: counter.ids.words,
            records: counter.records,
        }
    })
}

/// `Integer.parseInt` of ASCII text (an optional sign, then one or more digits), 0 where it throws.
fn java_parse_int(units: &[u16]) -> i32 {
    let digits = match units.first() {
        Some(&c) if c == u16::from(b'-') || c == u16::from(b'+') => &units[1..],
        _ => units,
    };
    if digits.is_empty() || !digits.iter().all(|&c| (u16::from(b'0')..=u16::from(b'9')).contains(&c)) {
        return 0;
    }
    let value = parse_int_or_zero(digits);
    if units[0] == u16::from(b'-') {
        // parseInt("-2147483648") is i32::MIN, which the positive magnitude cannot hold.
        if value == 0 && digits.iter().any(|&c| c != u16::from(b'0')) {
            return negative_min_or_zero(digits);
        }
        return value.wrapping_neg();
    }
    value
}

/// -2147483648 when `digits` say 2147483648, else 0 (the magnitude overflowed either way).
fn negative_min_or_zero(digits: &[u16]) -> i32 {
    let start = digits.iter().position(|&c| c != u16::from(b'0')).unwrap_or(digits.len());
    let significant: Vec<u8> = digits[start..].iter().map(|&c| c as u8).collect();
    if significant == b"2147483648" {
        i32::MIN
    } else {
        0
    }
}

/// Validates, splits into chunks, counts each (in parallel when large) and packs the counts.
fn in_chunks<'a>(
    data: &'a [u16],
    offsets: &[i32],
    count: impl Fn(&'a [u16], &[i32]) -> ChunkCounts<'a> + Sync,
) -> Result<Vec<u8>, InputError> {
    validate(data, offsets)?;
    let text_count = offsets.len() - 1;
    let bounds = chunk_bounds(offsets);
    let chunks: Vec<ChunkCounts<'_>> = if bounds.len() <= 2 {
        vec![count(data, offsets)]
    } else {
        bounds
            .par_windows(2)
            .map(|w| count(data, &offsets[w[0]..=w[1]]))
            .collect()
    };
    Ok(packed::pack(text_count, &chunks))
}

fn validate(data: &[u16], offsets: &[i32]) -> Result<(), InputError> {
    if offsets.is_empty() {
        return Err(InputError::NoOffsets);
    }
    if !split::offsets_within(offsets, data.len()) {
        return Err(InputError::BadOffsets);
    }
    Ok(())
}

/// Text indexes that split the input into chunks of roughly equal length.
fn chunk_bounds(offsets: &[i32]) -> Vec<usize> {
    split::Chunking {
        parallel_min: PARALLEL_MIN_UNITS,
        per_thread: CHUNKS_PER_THREAD,
        min_chunks: MIN_CHUNKS,
        min_chunk: MIN_CHUNK_UNITS,
    }
    .bounds(offsets)
}

/// Texts whose class bitmaps are computed together: small enough to stay in cache and to reuse one
/// allocation, where bitmaps of a whole chunk would map fresh pages on every call.
const WINDOW_UNITS: usize = 32 * 1024;

/// Runs of consecutive texts `first..last` of at most [`WINDOW_UNITS`] units (or one longer text), in order.
fn windows(offsets: &[i32]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let text_count = offsets.len() - 1;
    let mut first = 0;
    std::iter::from_fn(move || {
        if first >= text_count {
            return None;
        }
        let start = offsets[first] as usize;
        let mut last = first + 1;
        while last < text_count && offsets[last + 1] as usize - start <= WINDOW_UNITS {
            last += 1;
        }
        let window = (first, last);
        first = last;
        Some(window)
    })
}

/// Counts one run of texts with one word dictionary and no per-text allocation. Never inlined, so
/// profiles show the kernel's work under this name (one call per chunk).
#[inline(never)]
fn count_chunk<'a>(data: &'a [u16], offsets: &[i32]) -> ChunkCounts<'a> {
    let text_count = offsets.len() - 1;
    let mut counter = Counter::new(text_count, (offsets[text_count] - offsets[0]) as usize);
    let mut bits = ClassBits::default();
    let mut candidates: Vec<Candidate> = Vec::new();
    for (first, end) in windows(offsets) {
        let start = offsets[first] as usize;
        let window = &data[start..offsets[end] as usize];
        bits.fill(window);
        find_candidates(&bits, &mut candidates);
        let mut next = 0;
        for t in first..end {
            let text = (offsets[t] as usize - start, offsets[t + 1] as usize - start);
            let mut pairs = Pairs::new(&candidates[next..], text.0, text.1);
            let units = window;
            counter.count_text(t, window, (&mut pairs).map(|(word, digits)| (word, value_of(units, digits))));
            next += pairs.consumed();
        }
    }
    ChunkCounts {
        text_count,
        words: counter.ids.words,
        records: counter.records,
    }
}

/// The dictionary and records of one chunk, filled text by text.
struct Counter<'a> {
    ids: WordIds<'a>,
    /// Per word id: the last text (1-based) that used it and where that text's value sits in `records`.
    seen: Vec<(u32, u32)>,
    records: Vec<i32>,
}

impl<'a> Counter<'a> {
    fn new(text_count: usize, units: usize) -> Self {
        // Log lines hold a pair (two ints) every 15 units or so; a guess too small would copy all the
        // records when the vector grows, while capacity never written is never even paged in.
        let records = Vec::with_capacity(text_count + units / 4);
        Counter {
            ids: WordIds::new(units),
            seen: Vec::new(),
            records,
        }
    }

    fn count_text(
        &mut self,
        text: usize,
        units: &'a [u16],
        pairs: impl Iterator<Item = (Range<usize>, i32)>,
    ) {
        let stamp = text as u32 + 1;
        let count_at = self.records.len();
        self.records.push(0);
        let mut count = 0;
        let mut last_added = false;
        for (word, value) in pairs {
            let id = self.ids.id(units, word);
            if id as usize == self.seen.len() {
                self.seen.push((0, 0));
            }
            let slot = &mut self.seen[id as usize];
            last_added = slot.0 != stamp;
            if !last_added {
                let at = slot.1 as usize;
                self.records[at] = self.records[at].wrapping_add(value);
            } else {
                *slot = (stamp, self.records.len() as u32 + 1);
                self.records.push(id as i32);
                self.records.push(value);
                count += 1;
            }
        }
        self.records[count_at] = count
            | if last_added {
                packed::LAST_MATCH_ADDED_WORD
            } else {
                0
            };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_like_integer_parse_int_with_zero_where_it_throws() {
        for (text, value) in [
            ("0", 0),
            ("+5", 5),
            ("-7", -7),
            ("-0", 0),
            ("007", 7),
            ("2147483647", i32::MAX),
            ("-2147483648", i32::MIN),
            ("-0002147483648", i32::MIN),
            ("2147483648", 0),
            ("-2147483649", 0),
            ("99999999999999999999", 0),
            ("", 0),
            ("-", 0),
            ("+", 0),
            ("1-2", 0),
            ("12a", 0),
            ("--1", 0),
        ] {
            let units: Vec<u16> = text.encode_utf16().collect();
            assert_eq!(java_parse_int(&units), value, "{text:?}");
        }
    }
}

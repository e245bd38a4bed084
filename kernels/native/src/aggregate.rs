//! `extract_and_aggregate`: Java's `(\w+)\s+(\d+)` find loop with `Integer.parseInt` and `Map.merge(Integer::sum)`.

use std::collections::HashMap;

use rayon::prelude::*;

use crate::classes::ClassBits;
use crate::fxhash::FxBuildHasher;
use crate::packed::{self, ChunkCounts};
use crate::pairs::Pairs;

/// Below this many input bytes one thread is faster than waking the pool.
const PARALLEL_MIN_BYTES: usize = 64 * 1024;

/// Chunks per pool thread, so an uneven chunk does not leave a core idle.
const CHUNKS_PER_THREAD: usize = 4;

/// Why an input was refused instead of scanned.
#[derive(Debug, PartialEq, Eq)]
pub enum InputError {
    NoOffsets,
    BadOffsets,
}

/// Scans `data[offsets[i]..offsets[i + 1]]` for every text and packs the per-text counts.
pub fn extract_and_aggregate(data: &[u8], offsets: &[i32]) -> Result<Vec<u8>, InputError> {
    validate(data, offsets)?;
    let text_count = offsets.len() - 1;
    let bounds = chunk_bounds(offsets);
    let chunks: Vec<ChunkCounts<'_>> = if bounds.len() <= 2 {
        vec![count_chunk(data, offsets)]
    } else {
        bounds
            .par_windows(2)
            .map(|w| count_chunk(data, &offsets[w[0]..=w[1]]))
            .collect()
    };
    Ok(packed::pack(text_count, &chunks))
}

fn validate(data: &[u8], offsets: &[i32]) -> Result<(), InputError> {
    let (first, last) = match (offsets.first(), offsets.last()) {
        (Some(&first), Some(&last)) => (first, last),
        _ => return Err(InputError::NoOffsets),
    };
    let ordered = offsets.windows(2).all(|w| w[0] <= w[1]);
    if first < 0 || !ordered || last as usize > data.len() {
        return Err(InputError::BadOffsets);
    }
    Ok(())
}

/// Text indexes that split the input into chunks of roughly equal bytes.
fn chunk_bounds(offsets: &[i32]) -> Vec<usize> {
    let text_count = offsets.len() - 1;
    let first = offsets[0] as usize;
    let bytes = offsets[text_count] as usize - first;
    let threads = rayon::current_num_threads();
    if bytes < PARALLEL_MIN_BYTES || threads < 2 || text_count < 2 {
        return vec![0, text_count];
    }
    let chunks = (threads * CHUNKS_PER_THREAD).min(text_count);
    let mut bounds = Vec::with_capacity(chunks + 1);
    bounds.push(0);
    for k in 1..chunks {
        let target = first + bytes * k / chunks;
        let at = offsets
            .partition_point(|&o| (o as usize) < target)
            .min(text_count);
        if at > *bounds.last().unwrap() {
            bounds.push(at);
        }
    }
    if *bounds.last().unwrap() < text_count {
        bounds.push(text_count);
    }
    bounds
}

/// Texts whose class bitmaps are computed together: small enough to stay in cache and to reuse one
/// allocation, where bitmaps of a whole chunk would map fresh pages on every call.
const WINDOW_BYTES: usize = 64 * 1024;

/// Counts one run of texts with one word dictionary and no per-text allocation.
fn count_chunk<'a>(data: &'a [u8], offsets: &[i32]) -> ChunkCounts<'a> {
    let text_count = offsets.len() - 1;
    let mut counter = Counter::new(text_count, (offsets[text_count] - offsets[0]) as usize);
    let mut bits = ClassBits::default();
    let mut first = 0;
    while first < text_count {
        let start = offsets[first] as usize;
        let mut end = first + 1;
        while end < text_count && offsets[end + 1] as usize - start <= WINDOW_BYTES {
            end += 1;
        }
        let window = &data[start..offsets[end] as usize];
        bits.fill(window);
        for t in first..end {
            let text = (offsets[t] as usize - start, offsets[t + 1] as usize - start);
            counter.count_text(t, Pairs::new(window, &bits, text.0, text.1));
        }
        first = end;
    }
    ChunkCounts {
        text_count,
        words: counter.words,
        records: counter.records,
    }
}

/// The dictionary and records of one chunk, filled text by text.
struct Counter<'a> {
    ids: HashMap<&'a [u8], u32, FxBuildHasher>,
    words: Vec<&'a [u8]>,
    /// Per word id: the last text (1-based) that used it and where that text's value sits in `records`.
    seen: Vec<(u32, u32)>,
    records: Vec<i32>,
}

impl<'a> Counter<'a> {
    fn new(text_count: usize, bytes: usize) -> Self {
        // Log-like text yields about one pair (two ints) per 16 bytes; unused capacity is never touched.
        let records = Vec::with_capacity(text_count + bytes / 8);
        Counter {
            ids: HashMap::default(),
            words: Vec::new(),
            seen: Vec::new(),
            records,
        }
    }

    fn count_text(&mut self, text: usize, pairs: impl Iterator<Item = (&'a [u8], &'a [u8])>) {
        let stamp = text as u32 + 1;
        let count_at = self.records.len();
        self.records.push(0);
        let mut count = 0;
        let mut last_added = false;
        for (word, digits) in pairs {
            let value = parse_int_or_zero(digits);
            let next = self.words.len() as u32;
            let id = *self.ids.entry(word).or_insert(next);
            if id == next {
                self.words.push(word);
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

/// `Integer.parseInt` on ASCII digits, with 0 where Java throws NumberFormatException (overflow).
pub fn parse_int_or_zero(digits: &[u8]) -> i32 {
    let start = digits
        .iter()
        .position(|&b| b != b'0')
        .unwrap_or(digits.len());
    let significant = &digits[start..];
    if significant.len() > 10 {
        return 0;
    }
    let value = significant
        .iter()
        .fold(0u64, |v, &b| v * 10 + u64::from(b - b'0'));
    i32::try_from(value).unwrap_or(0)
}

//! The one buffer handed back to Java: words once per chunk, then per-text (word id, value) entries.
//!
//! Layout, every integer a native-endian i32 on a 4-byte boundary:
//! `text_count, chunk_count, chunk_starts[chunk_count]` (int index of each chunk, so chunks can be
//! decoded in parallel), then per chunk
//! `text_count, word_count, word_bytes_len, word_ends[word_count], word bytes (zero-padded to 4)`,
//! then per text of the chunk `entry_count, (word_id, value) * entry_count`, entries in order of the
//! word's first match. `entry_count` carries `LAST_MATCH_ADDED_WORD` when the text's last match
//! introduced a new word: Java's `HashMap.merge` grows its table lazily, so that decides the table
//! size (and with it the iteration order) of the map the Java method built.

/// Flag bit of a text's `entry_count`: its last match added a word to the text's map.
pub const LAST_MATCH_ADDED_WORD: i32 = i32::MIN;

/// The counts of a run of consecutive texts, with word ids local to this chunk.
pub struct ChunkCounts<'a> {
    pub text_count: usize,
    /// Distinct words in id order, borrowed from the input; ASCII by the pattern's classes.
    pub words: Vec<&'a [u16]>,
    /// Per text: entry count, then (word id, value) pairs.
    pub records: Vec<i32>,
}

impl ChunkCounts<'_> {
    fn word_bytes_len(&self) -> usize {
        self.words.iter().map(|w| w.len()).sum()
    }

    fn packed_len(&self) -> usize {
        4 * (3 + self.words.len() + self.records.len()) + padded(self.word_bytes_len())
    }
}

fn padded(len: usize) -> usize {
    (len + 3) & !3
}

/// Packs the chunks into one exactly-sized buffer, so turning it into a boxed slice never copies.
pub fn pack(text_count: usize, chunks: &[ChunkCounts<'_>]) -> Vec<u8> {
    let header = 4 * (2 + chunks.len());
    let total = header + chunks.iter().map(ChunkCounts::packed_len).sum::<usize>();
    let mut out = Vec::with_capacity(total);
    put_ints(&mut out, &[to_i32(text_count), to_i32(chunks.len())]);
    let mut start = header;
    for chunk in chunks {
        out.extend_from_slice(&to_i32(start / 4).to_ne_bytes());
        start += chunk.packed_len();
    }
    for chunk in chunks {
        let bytes_len = chunk.word_bytes_len();
        put_ints(
            &mut out,
            &[
                to_i32(chunk.text_count),
                to_i32(chunk.words.len()),
                to_i32(bytes_len),
            ],
        );
        let mut end = 0usize;
        for word in &chunk.words {
            end += word.len();
            out.extend_from_slice(&to_i32(end).to_ne_bytes());
        }
        for word in &chunk.words {
            out.extend(word.iter().map(|&c| c as u8));
        }
        out.resize(out.len() + padded(bytes_len) - bytes_len, 0);
        put_ints(&mut out, &chunk.records);
    }
    debug_assert_eq!(out.len(), total);
    out
}

fn to_i32(value: usize) -> i32 {
    i32::try_from(value).expect("packed count exceeds i32")
}

fn put_ints(out: &mut Vec<u8>, ints: &[i32]) {
    // SAFETY: i32 has no padding and any byte pattern is a valid u8; the length covers exactly the slice.
    let bytes = unsafe { std::slice::from_raw_parts(ints.as_ptr().cast::<u8>(), ints.len() * 4) };
    out.extend_from_slice(bytes);
}

//! `json_serialize`: the sample's hand-written JSON writer for `List<Map<String, Integer>>`.
//!
//! The Java side walks every map in its own iteration order and ships the entries as UTF-16 keys and
//! int values, so the order is whatever the Java maps had and lone surrogates stay what they were.
//! The output is Latin-1 when every output unit fits a byte (Java then builds a compact String with
//! one copy), else UTF-16.


use rayon::prelude::*;

use crate::ffi::{self, Error};
use crate::split;

/// The batch opens the JSON array: write `[` first.
pub const FIRST: i32 = 1;
/// The batch closes the JSON array: write `]` last.
pub const LAST: i32 = 2;
/// The first segment is the rest of a map an earlier batch opened (no `{`).
pub const CONTINUES: i32 = 4;
/// The continued map already has entries, so its first entry here needs a comma.
pub const CONTINUES_AFTER_ENTRY: i32 = 8;
/// The last segment's map goes on in the next batch (no `}`).
pub const OPEN_END: i32 = 16;

/// `segments[i]` of this value is a null map, written `null`.
pub const NULL_MAP: i32 = -1;

/// Below this many entries one thread is faster than waking the pool.
const PARALLEL_MIN_ENTRIES: usize = 32 * 1024;

/// Chunks per pool thread, so an uneven chunk does not leave a core idle.
const CHUNKS_PER_THREAD: usize = 4;

/// One batch of maps as the Java side flattened them.
pub struct Batch<'a> {
    /// Keys' UTF-16 units, back to back.
    pub chars: &'a [u16],
    /// Per entry: end of its key in `chars`.
    pub key_ends: &'a [i32],
    /// Per entry: its value (unused where the value is null).
    pub values: &'a [i32],
    /// Entry indexes whose value is null, ascending.
    pub null_values: &'a [i32],
    /// Per map segment: its entry count, or `NULL_MAP`.
    pub segments: &'a [i32],
    pub flags: i32,
}

/// Why a batch was refused instead of written.
#[derive(Debug, PartialEq, Eq)]
pub enum BatchError {
    Inconsistent,
}

/// The JSON text of a batch: Latin-1 bytes, or native-endian UTF-16 units when some unit needs more.
pub struct Json {
    pub bytes: Vec<u8>,
    pub latin1: bool,
}

/// Writes one batch of maps as JSON text (see [`Batch`] for the arrays, the `FIRST`.. constants for
/// `flags`).
///
/// `block` holds, back to back: `char_count` UTF-16 units, zero padding to a multiple of 4 bytes, then
/// native-endian i32s: `key_ends[entry_count]`, `values[entry_count]`, `null_values[null_count]`,
/// `segments[segment_count]`. One block, because JNA copies every array argument in and out again.
///
/// Returns a buffer owned by Rust (release it with `oxidizer_free_buffer`), its byte length in
/// `out[0]` and in `out[1]` 1 for Latin-1 or 2 for native-endian UTF-16; on failure returns NULL and a
/// negative error code in `out[0]`.
///
/// # Safety
/// `block` must point to `block_len` readable bytes, 4-byte aligned, and `out` to two writable i64s.
#[no_mangle]
pub unsafe extern "C" fn json_serialize(
    block: *const u8,
    block_len: i64,
    char_count: i32,
    entry_count: i32,
    null_count: i32,
    segment_count: i32,
    flags: i32,
    out: *mut i64,
) -> *mut u8 {
    let mut latin1 = false;
    let buffer = ffi::buffer_entry(out, || {
        let counts = [char_count, entry_count, null_count, segment_count];
        if counts.iter().any(|&c| c < 0) || block as usize % 4 != 0 {
            return Err(Error::NullOrNegative);
        }
        let block = ffi::slice(block, block_len)?;
        let ints_at = (2 * char_count as usize + 3) & !3;
        let ints = 2 * entry_count as usize + null_count as usize + segment_count as usize;
        if block.len() != ints_at + 4 * ints {
            return Err(Error::BadOffsets);
        }
        // The block is 4-byte aligned (checked above), so its u16 and i32 parts are aligned too.
        let chars = ffi::slice(block.as_ptr().cast::<u16>(), i64::from(char_count))?;
        let ints = ffi::slice(block.as_ptr().add(ints_at).cast::<i32>(), ints as i64)?;
        let (key_ends, ints) = ints.split_at(entry_count as usize);
        let (values, ints) = ints.split_at(entry_count as usize);
        let (null_values, segments) = ints.split_at(null_count as usize);
        let batch = Batch {
            chars,
            key_ends,
            values,
            null_values,
            segments,
            flags,
        };
        let json = serialize(&batch).map_err(|_| Error::BadOffsets)?;
        latin1 = json.latin1;
        Ok(json.bytes)
    });
    if !buffer.is_null() {
        *out.add(1) = if latin1 { 1 } else { 2 };
    }
    buffer
}

/// Writes the batch's JSON text exactly as the Java method appends it to its StringBuilder.
pub fn serialize(batch: &Batch<'_>) -> Result<Json, BatchError> {
    let entry_starts = validate(batch)?;
    let latin1 = batch
        .chars
        .chunks(4096)
        .all(|chunk| chunk.iter().fold(true, |ok, &c| ok & latin1_output(c)));
    let bytes = if latin1 {
        write_all::<Latin1>(batch, &entry_starts)
    } else {
        write_all::<Utf16>(batch, &entry_starts)
    };
    Ok(Json { bytes, latin1 })
}

/// Checks that entries, keys and segments agree; returns the first entry index of every segment (and
/// the entry count at the end).
fn validate(batch: &Batch<'_>) -> Result<Vec<usize>, BatchError> {
    let entries = batch.key_ends.len();
    let ends_ok = batch.key_ends.windows(2).all(|w| w[0] <= w[1])
        && batch.key_ends.first().map_or(true, |&e| e >= 0)
        && batch.key_ends.last().map_or(0, |&e| e as usize) == batch.chars.len();
    let nulls_ok = batch.null_values.windows(2).all(|w| w[0] < w[1])
        && batch
            .null_values
            .iter()
            .all(|&i| i >= 0 && (i as usize) < entries);
    if !ends_ok || !nulls_ok || batch.values.len() != entries {
        return Err(BatchError::Inconsistent);
    }
    let mut starts = Vec::with_capacity(batch.segments.len() + 1);
    let mut at = 0usize;
    for &size in batch.segments {
        starts.push(at);
        if size >= 0 {
            at += size as usize;
        } else if size != NULL_MAP {
            return Err(BatchError::Inconsistent);
        }
    }
    starts.push(at);
    let continued_null = batch.flags & (CONTINUES | OPEN_END) != 0
        && (batch.segments.is_empty()
            || (batch.flags & CONTINUES != 0 && batch.segments[0] == NULL_MAP)
            || (batch.flags & OPEN_END != 0
                && batch.segments[batch.segments.len() - 1] == NULL_MAP));
    if at != entries || continued_null {
        return Err(BatchError::Inconsistent);
    }
    Ok(starts)
}

/// How output units are laid out: one byte each (Latin-1) or two (native-endian UTF-16).
trait Width {
    const BYTES: usize;
    /// Stores `unit` as the `i`-th unit after `base`.
    ///
    /// # Safety
    /// The unit must fit the width and `base` must have room for unit `i`.
    unsafe fn put(base: *mut u8, i: usize, unit: u16);
}

struct Latin1;
struct Utf16;

impl Width for Latin1 {
    const BYTES: usize = 1;
    #[inline(always)]
    unsafe fn put(base: *mut u8, i: usize, unit: u16) {
        *base.add(i) = unit as u8;
    }
}

impl Width for Utf16 {
    const BYTES: usize = 2;
    #[inline(always)]
    unsafe fn put(base: *mut u8, i: usize, unit: u16) {
        base.add(2 * i).cast::<u16>().write_unaligned(unit);
    }
}

/// Appends output units to a byte vector, reserving room before each piece whose size it bounds.
struct Out<W> {
    bytes: Vec<u8>,
    width: std::marker::PhantomData<W>,
}

impl<W: Width> Out<W> {
    fn with_capacity(units: usize) -> Self {
        Out {
            bytes: Vec::with_capacity(units * W::BYTES),
            width: std::marker::PhantomData,
        }
    }

    fn ascii(&mut self, ascii: &[u8]) {
        self.bytes.reserve(ascii.len() * W::BYTES);
        // SAFETY: room reserved just above; ASCII fits both widths.
        unsafe {
            let base = self.bytes.as_mut_ptr().add(self.bytes.len());
            for (i, &b) in ascii.iter().enumerate() {
                W::put(base, i, u16::from(b));
            }
            self.bytes
                .set_len(self.bytes.len() + ascii.len() * W::BYTES);
        }
    }

    /// One entry: an optional comma, the quoted and escaped key, a colon and the value or `null`.
    fn entry(&mut self, comma: bool, key: &[u16], value: Option<i32>) {
        // Every key unit takes at most 6 output units; the rest at most 1 + 2 + 1 + 11.
        self.bytes.reserve((6 * key.len() + 15) * W::BYTES);
        // SAFETY: at most the units reserved above are written, all of which fit the width (the caller
        // picks Latin-1 only when every key unit fits a byte).
        unsafe {
            let base = self.bytes.as_mut_ptr().add(self.bytes.len());
            let mut i = 0;
            if comma {
                W::put(base, i, u16::from(b','));
                i += 1;
            }
            W::put(base, i, u16::from(b'"'));
            i += 1;
            if !key.iter().fold(false, |any, &c| any | needs_escape(c)) {
                // The common case, branch-free so that it vectorizes.
                for (k, &c) in key.iter().enumerate() {
                    W::put(base, i + k, c);
                }
                i += key.len();
            } else {
                i += escape::<W>(key, base.add(i * W::BYTES));
            }
            W::put(base, i, u16::from(b'"'));
            W::put(base, i + 1, u16::from(b':'));
            i += 2;
            let mut digits = [0u8; 11];
            let text = match value {
                Some(v) => format_int(v, &mut digits),
                None => b"null",
            };
            for (k, &d) in text.iter().enumerate() {
                W::put(base, i + k, u16::from(d));
            }
            i += text.len();
            self.bytes.set_len(self.bytes.len() + i * W::BYTES);
        }
    }
}

/// Writes `key` with the Java method's escapes at `base`; returns the units written.
///
/// # Safety
/// `base` must have room for `6 * key.len()` units of the width.
unsafe fn escape<W: Width>(key: &[u16], base: *mut u8) -> usize {
    let mut i = 0;
    for &c in key {
        if !needs_escape(c) {
            W::put(base, i, c);
            i += 1;
            continue;
        }
        let short = match c {
            0x22 => b'"',
            0x5C => b'\\',
            0x0A => b'n',
            0x0D => b'r',
            0x09 => b't',
            0x08 => b'b',
            0x0C => b'f',
            _ => 0,
        };
        W::put(base, i, u16::from(b'\\'));
        if short != 0 {
            W::put(base, i + 1, u16::from(short));
            i += 2;
        } else {
            let hex = [
                b'u',
                HEX[(c >> 12) as usize],
                HEX[(c >> 8 & 0xF) as usize],
                HEX[(c >> 4 & 0xF) as usize],
                HEX[(c & 0xF) as usize],
            ];
            for (k, &h) in hex.iter().enumerate() {
                W::put(base, i + 1 + k, u16::from(h));
            }
            i += 6;
        }
    }
    i
}

/// Writes every chunk of maps, in parallel for large batches, and joins the chunks' text.
fn write_all<W: Width>(batch: &Batch<'_>, entry_starts: &[usize]) -> Vec<u8> {
    let bounds = chunk_bounds(entry_starts);
    let write = |from: usize, to: usize| {
        let entries = entry_starts[to] - entry_starts[from];
        let chars = key_start(batch, entry_starts[to]) - key_start(batch, entry_starts[from]);
        // Enough for keys without escapes and values up to 7 digits: growth is the exception.
        let mut out = Out::<W>::with_capacity(chars + 13 * entries + 6 * (to - from) + 2);
        write_segments(batch, entry_starts, from, to, &mut out);
        out.bytes
    };
    if bounds.len() <= 2 {
        return write(0, batch.segments.len());
    }
    let parts: Vec<Vec<u8>> = bounds.par_windows(2).map(|w| write(w[0], w[1])).collect();
    let mut all = Vec::with_capacity(parts.iter().map(Vec::len).sum());
    for part in parts {
        all.extend_from_slice(&part);
    }
    all
}

fn key_start(batch: &Batch<'_>, entry: usize) -> usize {
    if entry == 0 {
        0
    } else {
        batch.key_ends[entry - 1] as usize
    }
}

/// Segment indexes that split the batch into chunks of roughly equal entry counts.
fn chunk_bounds(entry_starts: &[usize]) -> Vec<usize> {
    let segments = entry_starts.len() - 1;
    let entries = entry_starts[segments];
    let threads = rayon::current_num_threads();
    if entries < PARALLEL_MIN_ENTRIES || threads < 2 || segments < 2 {
        return vec![0, segments];
    }
    let chunks = (threads * CHUNKS_PER_THREAD).min(segments);
    split::even_split(segments, chunks, |i| entry_starts[i])
}

/// Writes segments `from..to` of the batch, with the array's brackets where the batch has them.
fn write_segments<W: Width>(
    batch: &Batch<'_>,
    entry_starts: &[usize],
    from: usize,
    to: usize,
    out: &mut Out<W>,
) {
    let flags = batch.flags;
    let last = batch.segments.len();
    if from == 0 && flags & FIRST != 0 {
        out.ascii(b"[");
    }
    let mut nulls = batch
        .null_values
        .partition_point(|&i| (i as usize) < entry_starts[from]);
    for s in from..to {
        let continued = s == 0 && flags & CONTINUES != 0;
        if !continued {
            let comma = !(s == 0 && flags & FIRST != 0);
            if batch.segments[s] == NULL_MAP {
                out.ascii(if comma { b",null" } else { b"null" });
                continue;
            }
            out.ascii(if comma { b",{" } else { b"{" });
        }
        for e in entry_starts[s]..entry_starts[s + 1] {
            let comma = e > entry_starts[s] || (continued && flags & CONTINUES_AFTER_ENTRY != 0);
            let key = &batch.chars[key_start(batch, e)..batch.key_ends[e] as usize];
            let value = if nulls < batch.null_values.len() && batch.null_values[nulls] as usize == e
            {
                nulls += 1;
                None
            } else {
                Some(batch.values[e])
            };
            out.entry(comma, key, value);
        }
        if !(s + 1 == last && flags & OPEN_END != 0) {
            out.ascii(b"}");
        }
    }
    if to == last && flags & LAST != 0 {
        out.ascii(b"]");
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Whether the Java method writes `c` as something other than itself (no short-circuits: vectorizes).
#[inline(always)]
fn needs_escape(c: u16) -> bool {
    (c < 0x20) | (c == 0x22) | (c == 0x5C) | (c & 0xFFFE == 0x2028)
}

/// Whether the unit is written as one Latin-1 byte: it fits one, or is escaped to ASCII.
#[inline(always)]
fn latin1_output(c: u16) -> bool {
    (c < 0x100) | (c & 0xFFFE == 0x2028)
}

/// `StringBuilder.append(int)`: decimal, `-` for negatives, `Integer.MIN_VALUE` included.
fn format_int(value: i32, digits: &mut [u8; 11]) -> &[u8] {
    let mut at = digits.len();
    let mut v = value.unsigned_abs();
    loop {
        at -= 1;
        digits[at] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    if value < 0 {
        at -= 1;
        digits[at] = b'-';
    }
    &digits[at..]
}

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::{ptr, slice};

    /// One map as the Java side sees it: (key, value or null) in iteration order; None is a null map.
    type Map = Option<Vec<(String, Option<i32>)>>;

    fn utf16(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    /// Flattened input of maps, split into batches of at most `per_batch` entries (0: one batch).
    fn run(maps: &[Map], per_batch: usize) -> Vec<u16> {
        let mut out = Vec::new();
        let mut builder = Builder::default();
        builder.flags = FIRST;
        for map in maps {
            match map {
                None => builder.segments.push(NULL_MAP),
                Some(entries) => {
                    builder.segments.push(0);
                    for (i, (key, value)) in entries.iter().enumerate() {
                        if per_batch > 0 && builder.key_ends.len() == per_batch {
                            builder.flags |= OPEN_END;
                            out.extend(builder.flush());
                            builder.flags =
                                CONTINUES | if i > 0 { CONTINUES_AFTER_ENTRY } else { 0 };
                            builder.segments.push(0);
                        }
                        builder.entry(key, *value);
                    }
                }
            }
        }
        builder.flags |= LAST;
        out.extend(builder.flush());
        out
    }

    #[derive(Default)]
    struct Builder {
        chars: Vec<u16>,
        key_ends: Vec<i32>,
        values: Vec<i32>,
        null_values: Vec<i32>,
        segments: Vec<i32>,
        flags: i32,
    }

    impl Builder {
        fn entry(&mut self, key: &str, value: Option<i32>) {
            self.chars.extend(utf16(key));
            self.key_ends.push(self.chars.len() as i32);
            if value.is_none() {
                self.null_values.push(self.values.len() as i32);
            }
            self.values.push(value.unwrap_or(0));
            *self.segments.last_mut().unwrap() += 1;
        }

        fn flush(&mut self) -> Vec<u16> {
            let batch = Batch {
                chars: &self.chars,
                key_ends: &self.key_ends,
                values: &self.values,
                null_values: &self.null_values,
                segments: &self.segments,
                flags: self.flags,
            };
            let out = units(serialize(&batch).unwrap());
            *self = Builder::default();
            out
        }
    }

    fn units(json: Json) -> Vec<u16> {
        if json.latin1 {
            json.bytes.into_iter().map(u16::from).collect()
        } else {
            json.bytes
                .chunks(2)
                .map(|p| u16::from_ne_bytes([p[0], p[1]]))
                .collect()
        }
    }

    fn map(entries: &[(&str, Option<i32>)]) -> Map {
        Some(entries.iter().map(|(k, v)| (k.to_string(), *v)).collect())
    }

    #[test]
    fn writes_maps_in_given_order_with_null_maps_and_values() {
        let maps = [
            map(&[("b", Some(2)), ("a", Some(-1))]),
            None,
            map(&[]),
            map(&[("null", None), ("m", Some(i32::MIN)), ("x", Some(i32::MAX))]),
        ];
        assert_eq!(
            run(&maps, 0),
            utf16(r#"[{"b":2,"a":-1},null,{},{"null":null,"m":-2147483648,"x":2147483647}]"#)
        );
        assert_eq!(run(&[], 0), utf16("[]"));
        assert_eq!(run(&[None], 0), utf16("[null]"));
    }

    #[test]
    fn escapes_like_the_java_method() {
        let key = "q\"b\\n\nr\rt\tb\u{8}f\u{c}z\u{0}u\u{1f}\u{7f} é中😀\u{2028}\u{2029}\u{85}";
        assert_eq!(
            run(&[map(&[(key, Some(0))])], 0),
            utf16(concat!(
                r#"[{"q\"b\\n\nr\rt\tb\bf\fz\u0000u\u001f"#,
                "\u{7f} é中😀",
                r#"\u2028\u2029"#,
                "\u{85}\":0}]"
            ))
        );
    }

    #[test]
    fn lone_surrogates_are_copied_as_units() {
        let mut builder = Builder::default();
        builder.flags = FIRST | LAST;
        builder.segments.push(1);
        builder.chars = vec![0xD800, u16::from(b'a'), 0xDC00];
        builder.key_ends.push(3);
        builder.values.push(7);
        let mut expected = utf16("[{\"");
        expected.extend([0xD800, u16::from(b'a'), 0xDC00]);
        expected.extend(utf16("\":7}]"));
        assert_eq!(builder.flush(), expected);
    }

    #[test]
    fn latin1_output_only_when_every_unit_fits_a_byte() {
        let out = |key: &str| {
            let chars = utf16(key);
            let ends = [chars.len() as i32];
            let batch = Batch {
                chars: &chars,
                key_ends: &ends,
                values: &[1],
                null_values: &[],
                segments: &[1],
                flags: FIRST | LAST,
            };
            serialize(&batch).unwrap()
        };
        let latin1 = out("ÿé\u{2028}");
        assert!(latin1.latin1);
        assert_eq!(latin1.bytes, b"[{\"\xff\xe9\\u2028\":1}]");
        let wide = out("Ā");
        assert!(!wide.latin1);
        assert_eq!(units(wide), utf16("[{\"Ā\":1}]"));
    }

    #[test]
    fn batches_split_anywhere_give_the_same_text() {
        let maps: Vec<Map> = (0..300)
            .map(|i| match i % 7 {
                0 => None,
                1 => map(&[]),
                _ => Some(
                    (0..(i % 11))
                        .map(|k| {
                            (
                                format!("k{k}\"{}", i % 3),
                                if k % 5 == 4 { None } else { Some(i * k - 50) },
                            )
                        })
                        .collect(),
                ),
            })
            .collect();
        let whole = run(&maps, 0);
        for per_batch in [1, 2, 3, 7, 64] {
            assert_eq!(
                run(&maps, per_batch),
                whole,
                "{per_batch} entries per batch"
            );
        }
    }

    #[test]
    fn parallel_chunks_match_one_chunk() {
        let maps: Vec<Map> = (0..40_000)
            .map(|i| {
                if i % 1000 == 3 {
                    None
                } else {
                    map(&[("用户", Some(i)), ("b\n", None), ("c", Some(-i))])
                }
            })
            .collect();
        let text = String::from_utf16(&run(&maps, 0)).unwrap();
        assert_eq!(text.matches("{\"用户\":").count(), 39_960);
        assert_eq!(text.matches(",null,").count(), 40);
        assert!(text.starts_with("[{\"用户\":0,\"b\\n\":null,\"c\":0},"));
        assert!(text.ends_with(",{\"用户\":39999,\"b\\n\":null,\"c\":-39999}]"));
        let pieces: Vec<u16> = maps
            .chunks(997)
            .enumerate()
            .flat_map(|(i, chunk)| {
                let mut part = run(chunk, 0);
                part.pop();
                part.remove(0);
                if i > 0 {
                    part.insert(0, u16::from(b','));
                }
                part
            })
            .collect();
        let mut expected = utf16("[");
        expected.extend(pieces);
        expected.extend(utf16("]"));
        assert_eq!(run(&maps, 0), expected);
    }

    /// A block laid out as the Java side writes it.
    fn block(chars: &[u16], ints: &[i32]) -> Vec<u32> {
        let mut words = vec![0u32; (chars.len() + 1) / 2 + ints.len()];
        let bytes =
            unsafe { slice::from_raw_parts_mut(words.as_mut_ptr().cast::<u8>(), words.len() * 4) };
        for (i, c) in chars.iter().enumerate() {
            bytes[2 * i..2 * i + 2].copy_from_slice(&c.to_ne_bytes());
        }
        let at = (2 * chars.len() + 3) & !3;
        for (i, v) in ints.iter().enumerate() {
            bytes[at + 4 * i..at + 4 * i + 4].copy_from_slice(&v.to_ne_bytes());
        }
        words
    }

    #[test]
    fn ffi_reports_width_and_errors_without_unwinding() {
        let chars = utf16("a中");
        let mut out = [0i64; 2];
        unsafe {
            // key_ends [2], values [5], no nulls, segments [1]
            let good = block(&chars, &[2, 5, 1]);
            let buf = json_serialize(
                good.as_ptr().cast(),
                16,
                2,
                1,
                0,
                1,
                FIRST | LAST,
                out.as_mut_ptr(),
            );
            assert!(!buf.is_null());
            assert_eq!(out, [20, 2]);
            let bytes = slice::from_raw_parts(buf, 20).to_vec();
            crate::oxidizer_free_buffer(buf, 20);
            assert_eq!(
                units(Json {
                    bytes,
                    latin1: false
                }),
                utf16("[{\"a中\":5}]")
            );
            assert!(json_serialize(ptr::null(), 16, 2, 1, 0, 1, 0, out.as_mut_ptr()).is_null());
            assert_eq!(out[0], Error::NullOrNegative.code());
            assert!(
                json_serialize(good.as_ptr().cast(), 16, 2, -1, 0, 1, 0, out.as_mut_ptr())
                    .is_null()
            );
            assert_eq!(out[0], Error::NullOrNegative.code());
            assert!(
                json_serialize(good.as_ptr().cast(), 12, 2, 1, 0, 1, 0, out.as_mut_ptr()).is_null()
            );
            assert_eq!(out[0], Error::BadOffsets.code());
            let bad_end = block(&chars, &[3, 5, 1]);
            assert!(
                json_serialize(bad_end.as_ptr().cast(), 16, 2, 1, 0, 1, 0, out.as_mut_ptr())
                    .is_null()
            );
            assert_eq!(out[0], Error::BadOffsets.code());
            let latin1 = block(&utf16("é"), &[1, -7, 1]);
            let buf = json_serialize(
                latin1.as_ptr().cast(),
                16,
                1,
                1,
                0,
                1,
                FIRST | LAST,
                out.as_mut_ptr(),
            );
            assert_eq!(out, [10, 1]);
            assert_eq!(
                slice::from_raw_parts(buf, 10),
                "[{\"é\":-7}]"
                    .encode_utf16()
                    .map(|u| u as u8)
                    .collect::<Vec<_>>()
            );
            crate::oxidizer_free_buffer(buf, 10);
        }
    }

    #[test]
    fn inconsistent_batches_are_refused() {
        let chars = utf16("ab");
        let batch = |key_ends: &[i32], segments: &[i32], null_values: &[i32], flags: i32| {
            serialize(&Batch {
                chars: &chars,
                key_ends,
                values: &vec![0; key_ends.len()],
                null_values,
                segments,
                flags,
            })
            .err()
        };
        assert_eq!(batch(&[1, 2], &[2], &[], FIRST), None);
        assert_eq!(batch(&[2, 1], &[2], &[], 0), Some(BatchError::Inconsistent));
        assert_eq!(batch(&[1, 3], &[2], &[], 0), Some(BatchError::Inconsistent));
        assert_eq!(batch(&[1, 2], &[1], &[], 0), Some(BatchError::Inconsistent));
        assert_eq!(
            batch(&[1, 2], &[2, -2], &[], 0),
            Some(BatchError::Inconsistent)
        );
        assert_eq!(
            batch(&[1, 2], &[2], &[2], 0),
            Some(BatchError::Inconsistent)
        );
        assert_eq!(
            batch(&[1, 2], &[2], &[1, 1], 0),
            Some(BatchError::Inconsistent)
        );
        assert_eq!(
            batch(&[1, 2], &[2, -1], &[], OPEN_END),
            Some(BatchError::Inconsistent)
        );
    }
}

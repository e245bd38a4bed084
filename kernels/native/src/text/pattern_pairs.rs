//! `extract_and_aggregate_pattern`: Java's `find()` loop over any pattern with two capturing groups,
//! on the regex crate. The pattern arrives already translated from Java's syntax (the Java side refuses
//! what it cannot translate exactly), so this module only matches, interns the group texts and reports
//! every match in order; Java replays the `Map.merge` calls, which keeps its HashMap order and its null
//! key exact and lets Java's own `Integer.parseInt` decide non-ASCII digits.
//!
//! Output, every integer a native-endian i32 on a 4-byte boundary:
//! `text_count, chunk_count, chunk_starts[chunk_count]` (int index of each chunk), then per chunk
//! `text_count, string_count, string_bytes_len, string_ends[string_count]`, the UTF-8 string bytes
//! zero-padded to 4, then per text `match_count, (key, value) * match_count` in match order.
//! `key >> 1` is 0 for a group 1 that did not take part, else the string id + 1 of its text; `key & 1`
//! says `value` is the string id of a group 2 text Java must parse, else `value` is already the number.

use std::collections::HashMap;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

use rayon::prelude::*;
use regex::bytes::{CaptureLocations, Regex};

use crate::fxhash::FxBuildHasher;
use crate::ffi::{self, Error};
use crate::split;


/// Flag bit of a match's key word: its value word is the string id of an unparsed group 2.
pub const VALUE_NEEDS_JAVA: i32 = 1;

/// Below this many input bytes one thread is faster than waking the pool.
const PARALLEL_MIN_BYTES: usize = 64 * 1024;
/// Chunks per pool thread, so an uneven chunk does not leave a core idle.
const CHUNKS_PER_THREAD: usize = 4;
/// Texts up to this length are searched for groups directly; longer ones match first, then capture.
const WHOLE_TEXT_CAPTURES_UP_TO: usize = 512;
/// Compiled patterns kept between calls; a swapped method calls with the same pattern every time.
const CACHE_SIZE: usize = 16;

static CACHE: Mutex<Vec<(Box<[u8]>, Arc<Regex>)>> = Mutex::new(Vec::new());

/// Why a call was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum PatternError {
    Pattern,
    GroupCount,
    BadOffsets,
}

impl PatternError {
    fn ffi(&self) -> Error {
        match self {
            PatternError::Pattern => Error::Pattern,
            PatternError::GroupCount => Error::GroupCount,
            PatternError::BadOffsets => Error::BadOffsets,
        }
    }
}

/// Reports every match of `pattern` in each text `data[offsets[i]..offsets[i + 1]]`.
///
/// Returns a buffer owned by Rust (release it with `oxidizer_free_buffer`) and stores its length in
/// `*out_len`; on failure returns NULL and stores a negative error code in `*out_len`. With no texts
/// it only compiles the pattern, which lets Java check a pattern when it binds.
///
/// # Safety
/// `pattern` must point to `pattern_len` readable bytes, `data` to `data_len`, `offsets` to
/// `text_count + 1` readable i32s, and `out_len` to a writable i64.
#[no_mangle]
pub unsafe extern "C" fn extract_and_aggregate_pattern(
    pattern: *const u8,
    pattern_len: i64,
    data: *const u8,
    data_len: i64,
    offsets: *const i32,
    text_count: i32,
    out_len: *mut i64,
) -> *mut u8 {
    ffi::buffer_entry(out_len, || {
        let pattern = ffi::slice(pattern, pattern_len)?;
        let data = ffi::slice(data, data_len)?;
        let offsets = ffi::offsets(offsets, text_count, data.len())?;
        match_all(pattern, data, offsets).map_err(|e| e.ffi())
    })
}

/// Matches every text and packs the matches; the safe core of the C entry point.
pub fn match_all(pattern: &[u8], data: &[u8], offsets: &[i32]) -> Result<Vec<u8>, PatternError> {
    let regex = compiled(pattern)?;
    validate(data, offsets)?;
    let bounds = chunk_bounds(offsets);
    let chunks: Vec<Chunk<'_>> = if bounds.len() <= 2 {
        vec![match_chunk(&regex, data, offsets)]
    } else {
        bounds
            .par_windows(2)
            .map(|w| match_chunk(&regex, data, &offsets[w[0]..=w[1]]))
            .collect()
    };
    Ok(pack(offsets.len() - 1, &chunks))
}

/// The cached regex for `pattern`, compiled outside the lock so one slow compile blocks no other call.
fn compiled(pattern: &[u8]) -> Result<Arc<Regex>, PatternError> {
    let lock = || CACHE.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((_, regex)) = lock().iter().find(|(p, _)| **p == *pattern) {
        return Ok(Arc::clone(regex));
    }
    let source = std::str::from_utf8(pattern).map_err(|_| PatternError::Pattern)?;
    let regex = Regex::new(source).map_err(|_| PatternError::Pattern)?;
    if regex.captures_len() != 3 {
        return Err(PatternError::GroupCount);
    }
    let regex = Arc::new(regex);
    let mut cache = lock();
    if cache.len() >= CACHE_SIZE {
        cache.remove(0);
    }
    cache.push((pattern.into(), Arc::clone(&regex)));
    Ok(regex)
}

fn validate(data: &[u8], offsets: &[i32]) -> Result<(), PatternError> {
    if !split::offsets_within(offsets, data.len()) {
        return Err(PatternError::BadOffsets);
    }
    Ok(())
}

/// Text indexes that split the input into chunks of roughly equal bytes.
fn chunk_bounds(offsets: &[i32]) -> Vec<usize> {
    split::Chunking {
        parallel_min: PARALLEL_MIN_BYTES,
        per_thread: CHUNKS_PER_THREAD,
        min_chunks: 0,
        min_chunk: 1,
    }
    .bounds(offsets)
}

/// The matches of a run of consecutive texts, with string ids local to the run.
struct Chunk<'a> {
    text_count: usize,
    strings: Vec<&'a [u8]>,
    records: Vec<i32>,
}

thread_local! {
    /// This thread's clones of cached regexes, each with the shared one it was cloned from.
    static LOCAL: RefCell<Vec<(Arc<Regex>, Rc<Regex>)>> = RefCell::new(Vec::new());
}

/// Clones kept per thread; a clone's warmed-up DFA cache is what makes small calls cheap.
const LOCAL_CACHE_SIZE: usize = 4;

/// A clone shares the compiled program but has its own scratch pool (DFA states included), owned by this
/// thread: the shared one would hand every other thread its scratch space through a mutex, once per match,
/// and a fresh clone per call would rebuild its DFA states every call.
fn thread_local_clone(shared: &Arc<Regex>) -> Rc<Regex> {
    LOCAL.with(|local| {
        let mut local = local.borrow_mut();
        if let Some((_, regex)) = local.iter().find(|(s, _)| Arc::ptr_eq(s, shared)) {
            return Rc::clone(regex);
        }
        if local.len() >= LOCAL_CACHE_SIZE {
            local.remove(0);
        }
        let regex = Rc::new(Regex::clone(shared));
        local.push((Arc::clone(shared), Rc::clone(&regex)));
        regex
    })
}

fn match_chunk<'a>(shared: &Arc<Regex>, data: &'a [u8], offsets: &[i32]) -> Chunk<'a> {
    let regex = thread_local_clone(shared);
    let regex = &*regex;
    let text_count = offsets.len() - 1;
    let mut ids: HashMap<&'a [u8], u32, FxBuildHasher> = HashMap::default();
    let mut strings = Vec::new();
    let mut intern = |text: &'a [u8]| -> i32 {
        let next = strings.len() as u32;
        let id = *ids.entry(text).or_insert(next);
        if id == next {
            strings.push(text);
        }
        i32::try_from(id).expect("fewer strings than input bytes")
    };
    let mut records = Vec::with_capacity(text_count);
    let mut locations = regex.capture_locations();
    for t in 0..text_count {
        let text = &data[offsets[t] as usize..offsets[t + 1] as usize];
        let count_at = records.len();
        records.push(0);
        for (key, number) in Matches::new(regex, &mut locations, text) {
            let key = key.map_or(0, |k| intern(k) + 1) << 1;
            let (flag, value) = match number.map_or(Number::Int(0), parse_int) {
                Number::Int(value) => (0, value),
                Number::JavaDecides => (VALUE_NEEDS_JAVA, intern(number.unwrap())),
            };
            records.push(key | flag);
            records.push(value);
            records[count_at] += 1;
        }
    }
    Chunk {
        text_count,
        strings,
        records,
    }
}

/// Java's `while (m.find())` over one text: groups 1 and 2 of each match, `None` when a group did
/// not take part.
struct Matches<'r, 't> {
    regex: &'r Regex,
    locations: &'r mut CaptureLocations,
    text: &'t [u8],
    at: usize,
    /// Where in `text` the capture locations count from.
    base: usize,
}

impl<'r, 't> Matches<'r, 't> {
    fn new(regex: &'r Regex, locations: &'r mut CaptureLocations, text: &'t [u8]) -> Self {
        Matches {
            regex,
            locations,
            text,
            at: 0,
            base: 0,
        }
    }

    fn group(&self, i: usize) -> Option<&'t [u8]> {
        self.locations
            .get(i)
            .map(|(s, e)| &self.text[self.base + s..self.base + e])
    }
}

impl<'t> Iterator for Matches<'_, 't> {
    type Item = (Option<&'t [u8]>, Option<&'t [u8]>);

    fn next(&mut self) -> Option<Self::Item> {
        if self.at > self.text.len() {
            return None;
        }
        let (start, end) = if self.text.len() <= WHOLE_TEXT_CAPTURES_UP_TO {
            let found = self
                .regex
                .captures_read_at(self.locations, self.text, self.at)?;
            (found.start(), found.end())
        } else {
            // The crate's capture engines size their scratch space by the whole text, once per match; on
            // the match alone they are linear again. Without anchors or look-around (the Java side refuses
            // them) the match and its groups are the same on the slice.
            let found = self.regex.find_at(self.text, self.at)?;
            self.regex
                .captures_read_at(self.locations, found.as_bytes(), 0)?;
            self.base = found.start();
            (found.start(), found.end())
        };
        // Java refuses patterns that can match empty; skipping a char only keeps the loop finite.
        self.at = if end > start {
            end
        } else {
            end + utf8_len(self.text.get(end).copied())
        };
        let groups = (self.group(1), self.group(2));
        self.base = 0;
        Some(groups)
    }
}

fn utf8_len(first: Option<u8>) -> usize {
    match first {
        Some(b) if b >= 0xF0 => 4,
        Some(b) if b >= 0xE0 => 3,
        Some(b) if b >= 0xC0 => 2,
        _ => 1,
    }
}

/// What `Integer.parseInt` makes of a group 2 text, with 0 where it throws NumberFormatException.
#[derive(Debug, PartialEq, Eq)]
pub enum Number {
    Int(i32),
    /// Non-ASCII characters that may be Unicode decimal digits: the JVM's `Character.digit` decides.
    JavaDecides,
}

/// `Integer.parseInt` for ASCII text: an optional sign, then one or more digits that fit an int.
pub fn parse_int(text: &[u8]) -> Number {
    let (negative, digits) = match text.first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() || digits.iter().any(|&b| b < 0x80 && !b.is_ascii_digit()) {
        return Number::Int(0);
    }
    if !digits.is_ascii() {
        return Number::JavaDecides;
    }
    let start = digits
        .iter()
        .position(|&b| b != b'0')
        .unwrap_or(digits.len());
    let significant = &digits[start..];
    if significant.len() > 10 {
        return Number::Int(0);
    }
    let magnitude = significant
        .iter()
        .fold(0i64, |v, &b| v * 10 + i64::from(b - b'0'));
    let value = if negative { -magnitude } else { magnitude };
    Number::Int(i32::try_from(value).unwrap_or(0))
}

fn pack(text_count: usize, chunks: &[Chunk<'_>]) -> Vec<u8> {
    let padded = |len: usize| (len + 3) & !3;
    let string_bytes = |c: &Chunk<'_>| c.strings.iter().map(|s| s.len()).sum::<usize>();
    let chunk_len =
        |c: &Chunk<'_>| 4 * (3 + c.strings.len() + c.records.len()) + padded(string_bytes(c));
    let header = 4 * (2 + chunks.len());
    let total = header + chunks.iter().map(chunk_len).sum::<usize>();
    let mut out = Vec::with_capacity(total);
    put(&mut out, &[to_i32(text_count), to_i32(chunks.len())]);
    let mut start = header;
    for chunk in chunks {
        put(&mut out, &[to_i32(start / 4)]);
        start += chunk_len(chunk);
    }
    for chunk in chunks {
        let bytes = string_bytes(chunk);
        put(
            &mut out,
            &[
                to_i32(chunk.text_count),
                to_i32(chunk.strings.len()),
                to_i32(bytes),
            ],
        );
        let mut end = 0;
        for s in &chunk.strings {
            end += s.len();
            put(&mut out, &[to_i32(end)]);
        }
        for s in &chunk.strings {
            out.extend_from_slice(s);
        }
        out.resize(out.len() + padded(bytes) - bytes, 0);
        put(&mut out, &chunk.records);
    }
    debug_assert_eq!(out.len(), total);
    out
}

fn to_i32(value: usize) -> i32 {
    i32::try_from(value).expect("packed count exceeds i32")
}

fn put(out: &mut Vec<u8>, ints: &[i32]) {
    for v in ints {
        out.extend_from_slice(&v.to_ne_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Match = (Option<String>, Result<i32, String>);

    fn int(buf: &[u8], at: &mut usize) -> i32 {
        let v = i32::from_ne_bytes(buf[*at..*at + 4].try_into().unwrap());
        *at += 4;
        v
    }

    /// Decodes the buffer the way the Java side does, keeping unparsed numbers as their text.
    fn decode(buf: &[u8]) -> Vec<Vec<Match>> {
        let mut at = 0;
        let text_count = int(buf, &mut at) as usize;
        let chunk_count = int(buf, &mut at);
        let starts: Vec<usize> = (0..chunk_count)
            .map(|_| int(buf, &mut at) as usize * 4)
            .collect();
        let mut texts = Vec::new();
        for start in starts {
            assert_eq!(at, start);
            let count = int(buf, &mut at);
            let strings = int(buf, &mut at) as usize;
            let len = int(buf, &mut at) as usize;
            let ends: Vec<usize> = (0..strings).map(|_| int(buf, &mut at) as usize).collect();
            let bytes = &buf[at..at + len];
            at += (len + 3) & !3;
            let mut begin = 0;
            let strings: Vec<String> = ends
                .iter()
                .map(|&end| {
                    let s = String::from_utf8(bytes[begin..end].to_vec()).unwrap();
                    begin = end;
                    s
                })
                .collect();
            for _ in 0..count {
                let matches = int(buf, &mut at);
                texts.push(
                    (0..matches)
                        .map(|_| {
                            let key = int(buf, &mut at);
                            let value = int(buf, &mut at);
                            let name = (key >> 1 != 0).then(|| strings[(key >> 1) as usize - 1].clone());
                            let number = if key & VALUE_NEEDS_JAVA != 0 {
                                Err(strings[value as usize].clone())
                            } else {
                                Ok(value)
                            };
                            (name, number)
                        })
                        .collect(),
                );
            }
        }
        assert_eq!(at, buf.len());
        assert_eq!(texts.len(), text_count);
        texts
    }

    fn run(pattern: &str, texts: &[&str]) -> Vec<Vec<Match>> {
        let mut data = Vec::new();
        let mut offsets = vec![0];
        for t in texts {
            data.extend_from_slice(t.as_bytes());
            offsets.push(data.len() as i32);
        }
        decode(&match_all(pattern.as_bytes(), &data, &offsets).unwrap())
    }

    fn m(key: Option<&str>, value: i32) -> Match {
        (key.map(str::to_string), Ok(value))
    }

    #[test]
    fn reports_every_match_in_order_with_repeated_keys() {
        assert_eq!(
            run(r"([a-z]+)=(\d+)", &["a=1 b=2 a=3", "", "x=9"]),
            vec![
                vec![m(Some("a"), 1), m(Some("b"), 2), m(Some("a"), 3)],
                vec![],
                vec![m(Some("x"), 9)]
            ]
        );
    }

    #[test]
    fn groups_that_do_not_take_part_are_none() {
        assert_eq!(
            run(r"([a-z]+)=(\d+)|#x", &["a=1 #x"]),
            vec![vec![m(Some("a"), 1), m(None, 0)]]
        );
        assert_eq!(
            run(r"(?:(k)|z)(\d)?;", &["k1; z; k;"]),
            vec![vec![m(Some("k"), 1), m(None, 0), m(Some("k"), 0)]]
        );
    }

    #[test]
    fn numbers_are_parsed_like_integer_parse_int() {
        let cases: [(&str, Number); 14] = [
            ("0", Number::Int(0)),
            ("+7", Number::Int(7)),
            ("-7", Number::Int(-7)),
            ("-0", Number::Int(0)),
            ("-2147483648", Number::Int(i32::MIN)),
            ("2147483647", Number::Int(i32::MAX)),
            ("2147483648", Number::Int(0)),
            ("-2147483649", Number::Int(0)),
            ("000000000000002147483647", Number::Int(i32::MAX)),
            ("", Number::Int(0)),
            ("+", Number::Int(0)),
            ("1 2", Number::Int(0)),
            ("１２", Number::JavaDecides),
            ("１x", Number::Int(0)),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_int(text.as_bytes()), expected, "{text:?}");
        }
        assert_eq!(parse_int("-٣".as_bytes()), Number::JavaDecides);
        assert_eq!(parse_int(b"--1"), Number::Int(0));
    }

    #[test]
    fn unparsed_numbers_and_keys_share_the_string_table() {
        assert_eq!(
            run(r"([^,]+),([^,]*)", &["１２,１２"]),
            vec![vec![(Some("１２".into()), Err("１２".into()))]]
        );
    }

    #[test]
    fn parallel_chunks_match_single_chunk() {
        let texts: Vec<String> = (0..30_000)
            .map(|i| format!("用户 k{} {} 😀 v{}={} ", i % 89, i, i % 7, i))
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let pattern = r"([a-z]\d*)[ =]([0-9]+)";
        let all = run(pattern, &refs);
        for i in (0..refs.len()).step_by(977) {
            assert_eq!(all[i], run(pattern, &[refs[i]])[0]);
        }
        assert_eq!(all[5], vec![m(Some("k5"), 5), m(Some("v5"), 5)]);
    }

    #[test]
    fn long_texts_capture_on_the_match_alone_with_the_same_groups() {
        let lines: Vec<String> = (0..400)
            .map(|i| format!("用户 k{} {} 😀 v{}={}x (a{}=)", i % 89, i, i % 7, i, i))
            .collect();
        let pattern = r"(?:([a-z]\d*)[ =]|\(a\d+=)([0-9]+)?";
        let joined = lines.join("\n");
        assert!(joined.len() > 4 * WHOLE_TEXT_CAPTURES_UP_TO);
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        let per_line: Vec<Match> = run(pattern, &refs).into_iter().flatten().collect();
        assert_eq!(run(pattern, &[&joined]), vec![per_line]);
        assert!(run(pattern, &[&joined])[0].iter().any(|m| m.0.is_none()));
    }

    #[test]
    fn bad_patterns_and_offsets_are_refused_without_unwinding() {
        let mut len = 0i64;
        let offsets = [0, 3];
        let data = b"a=1";
        let call = |pattern: &str, offsets: &[i32], len: &mut i64| unsafe {
            extract_and_aggregate_pattern(
                pattern.as_ptr(),
                pattern.len() as i64,
                data.as_ptr(),
                3,
                offsets.as_ptr(),
                offsets.len() as i32 - 1,
                len,
            )
        };
        assert!(call("(a", &offsets, &mut len).is_null());
        assert_eq!(len, Error::Pattern.code());
        assert!(call("(a)=1", &offsets, &mut len).is_null());
        assert_eq!(len, Error::GroupCount.code());
        assert!(call("(a)=(1)", &[0, 4], &mut len).is_null());
        assert_eq!(len, Error::BadOffsets.code());
        let buf = call("(a)=(1)", &offsets, &mut len);
        assert!(!buf.is_null());
        let decoded = decode(unsafe { std::slice::from_raw_parts(buf, len as usize) });
        assert_eq!(decoded, vec![vec![m(Some("a"), 1)]]);
        unsafe { crate::oxidizer_free_buffer(buf, len) };
        let only_compile = call("(a)=(1)", &[0], &mut len);
        assert!(!only_compile.is_null());
        unsafe { crate::oxidizer_free_buffer(only_compile, len) };
    }

    #[test]
    fn the_cache_keeps_a_bounded_number_of_patterns() {
        for i in 0..(CACHE_SIZE * 2) {
            let pattern = format!("(a{{{i}}})(b)");
            assert_eq!(run(&pattern, &["ab"]).len(), 1);
        }
        assert!(CACHE.lock().unwrap().len() <= CACHE_SIZE);
    }
}

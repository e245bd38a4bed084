//! `clean_log_lines`: the sample's log-cleaning step, one tab-separated row per log record.
//!
//! Lines arrive as UTF-16 (Java's own units) and are transcoded here; a line holding a lone surrogate
//! cannot be UTF-8, so it is handed back for the Java method to clean (`NEEDS_JAVA`).
//!
//! Java's patterns run verbatim on the regex crate's byte engine in `(?-u)` mode, where `\d`, `\s`, `\w`
//! are ASCII as in Java. Every class in them is ASCII except `[^\s"]`, which in byte mode matches every
//! byte of a multi-byte char, so its runs end where Java's do; only match counts are taken from it.
//! Java's `.` is the one construct that differs (it excludes five line terminators, not just `\n`), so
//! `LINE.matcher(trimmed).matches()` runs as the pattern's prefix (everything before `(.*)`) anchored at
//! the start, plus a scan of the rest for those terminators. That is exact for this pattern: every
//! choice in the prefix is greedy or unique (no level is a prefix of another, `[\w.-]` excludes `]`, a
//! shorter `\s+` or fraction leaves no way to go on), so the first prefix match Java tries is also the
//! longest, and if `(.*)` cannot reach the end from there it cannot from a shorter prefix match either.

use std::sync::OnceLock;

use rayon::prelude::*;
use regex::bytes::{CaptureLocations, Regex};

use crate::ffi::{self, Error};
use crate::split;

/// Row length of a line that is not a log record: the Java method drops it.
pub const MALFORMED: i32 = -1;
/// Row length of a line the Java method must clean itself (it holds a lone surrogate).
pub const NEEDS_JAVA: i32 = -2;

/// `LogCleaning.LINE_PATTERN` without its final `(.*)`, for `Matcher.matches()` on the trimmed line.
const LINE_PREFIX: &str = r"(?-u)\A(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?)Z?\s+(TRACE|DEBUG|INFO|WARN|ERROR|FATAL)\s+(?:\[([\w.-]{1,40})\]\s+)?";
const USER: &str = r"(?-u)user[=:]([\w.-]+)";
const LATENCY: &str = r"(?-u)latency[=:]\s*(\d+)\s*ms";
const URL: &str = r#"(?-u)https?://[^\s"]+"#;
const EMAIL: &str = r"(?-u)[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}";

/// Below this many input units one thread is faster than waking the pool.
const PARALLEL_MIN_UNITS: usize = 64 * 1024;

/// Chunks per pool thread, so an uneven chunk does not leave a core idle.
const CHUNKS_PER_THREAD: usize = 4;

/// The translated patterns, compiled once; each thread uses its own clone (see [`with_patterns`]).
#[derive(Clone)]
struct Patterns {
    line: Regex,
    user: Regex,
    latency: Regex,
    url: Regex,
    email: Regex,
}

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let compile = |p: &str| Regex::new(p).expect("translated pattern compiles");
        Patterns {
            line: compile(LINE_PREFIX),
            user: compile(USER),
            latency: compile(LATENCY),
            url: compile(URL),
            email: compile(EMAIL),
        }
    })
}

/// Runs `f` with this thread's clone of the patterns: a clone shares the compiled programs but has its
/// own match caches, so threads neither contend for caches nor start cold on every call.
fn with_patterns<R>(f: impl FnOnce(&Patterns) -> R) -> R {
    thread_local! {
        static LOCAL: Patterns = patterns().clone();
    }
    LOCAL.with(|p| f(p))
}

/// Why an input was refused instead of cleaned.
#[derive(Debug, PartialEq, Eq)]
pub enum InputError {
    BadOffsets,
    TooLarge,
}

/// Rows of every line, `units[offsets[i]..offsets[i + 1]]` being line `i`, packed as
/// `line_count, row_lengths[line_count]` (native-endian i32s, `MALFORMED` or `NEEDS_JAVA` for lines
/// without a row) followed by the rows' UTF-8 bytes back to back.
pub fn clean_lines(units: &[u16], offsets: &[i32]) -> Result<Vec<u8>, InputError> {
    validate(units, offsets)?;
    let line_count = offsets.len() - 1;
    let header = 4 * (1 + line_count);
    let bounds = chunk_bounds(offsets);
    let mut out;
    let lengths: Vec<i32> = if bounds.len() <= 2 {
        // One chunk writes its rows straight behind the header: no second buffer, no copy.
        out = Vec::with_capacity(header + row_capacity(offsets));
        out.resize(header, 0);
        with_patterns(|p| clean_chunk(p, units, offsets, &mut out))
    } else {
        let chunks: Vec<(Vec<i32>, Vec<u8>)> = bounds
            .par_windows(2)
            .map(|w| {
                let offsets = &offsets[w[0]..=w[1]];
                let mut rows = Vec::with_capacity(row_capacity(offsets));
                let lengths = with_patterns(|p| clean_chunk(p, units, offsets, &mut rows));
                (lengths, rows)
            })
            .collect();
        out = Vec::with_capacity(header + chunks.iter().map(|c| c.1.len()).sum::<usize>());
        out.resize(header, 0);
        for (_, rows) in &chunks {
            out.extend_from_slice(rows);
        }
        chunks.into_iter().flat_map(|c| c.0).collect()
    };
    if out.len() - header > i32::MAX as usize {
        return Err(InputError::TooLarge);
    }
    out[..4].copy_from_slice(&(line_count as i32).to_ne_bytes());
    for (slot, length) in out[4..header].chunks_exact_mut(4).zip(&lengths) {
        slot.copy_from_slice(&length.to_ne_bytes());
    }
    Ok(out)
}

/// Row bytes for lines of mostly ASCII: about the line plus the fields it repeats. A guess, not a bound.
fn row_capacity(offsets: &[i32]) -> usize {
    let lines = offsets.len() - 1;
    (offsets[lines] - offsets[0]) as usize + 48 * lines
}

fn validate(units: &[u16], offsets: &[i32]) -> Result<(), InputError> {
    if !split::offsets_within(offsets, units.len()) {
        return Err(InputError::BadOffsets);
    }
    Ok(())
}

/// Line indexes that split the input into chunks of roughly equal units.
fn chunk_bounds(offsets: &[i32]) -> Vec<usize> {
    split::Chunking {
        parallel_min: PARALLEL_MIN_UNITS,
        per_thread: CHUNKS_PER_THREAD,
        min_chunks: 0,
        min_chunk: 1,
    }
    .bounds(offsets)
}

/// Appends the rows of a run of lines to `rows` and returns their lengths (or statuses); buffers are
/// reused from line to line.
fn clean_chunk(
    patterns: &Patterns,
    units: &[u16],
    offsets: &[i32],
    rows: &mut Vec<u8>,
) -> Vec<i32> {
    let mut cleaner = Cleaner {
        patterns,
        line_groups: patterns.line.capture_locations(),
        utf8: Vec::new(),
        normalized: Vec::new(),
    };
    let mut lengths = Vec::with_capacity(offsets.len() - 1);
    for w in offsets.windows(2) {
        let before = rows.len();
        let status = cleaner.clean(&units[w[0] as usize..w[1] as usize], rows);
        lengths.push(status.unwrap_or((rows.len() - before) as i32));
    }
    lengths
}

/// Per-thread state for cleaning lines one after another.
struct Cleaner<'p> {
    patterns: &'p Patterns,
    line_groups: CaptureLocations,
    /// The trimmed line as UTF-8.
    utf8: Vec<u8>,
    normalized: Vec<u8>,
}

impl Cleaner<'_> {
    /// Appends the row of `line` to `row`; returns `Some(MALFORMED)` or `Some(NEEDS_JAVA)` instead when
    /// the line has no row this side can write.
    fn clean(&mut self, line: &[u16], row: &mut Vec<u8>) -> Option<i32> {
        if !transcode(trim(line), &mut self.utf8) {
            return Some(NEEDS_JAVA);
        }
        let p = self.patterns;
        let trimmed = &self.utf8[..];
        let Some(prefix) = p.line.captures_read(&mut self.line_groups, trimmed) else {
            return Some(MALFORMED);
        };
        let message = &trimmed[prefix.end()..];
        if has_line_terminator(message) {
            return Some(MALFORMED);
        }
        normalize(message, &mut self.normalized);
        let normalized = &self.normalized[..];
        let line_group = |i| group(&self.line_groups, trimmed, i);

        row.extend_from_slice(line_group(1).unwrap_or_default());
        row.push(b'T');
        row.extend_from_slice(line_group(2).unwrap_or_default());
        row.push(b'\t');
        row.extend(
            line_group(3)
                .unwrap_or_default()
                .iter()
                .map(u8::to_ascii_lowercase),
        );
        row.push(b'\t');
        row.extend_from_slice(line_group(4).unwrap_or(b"-"));
        row.push(b'\t');
        // Group 1 of both is the match less its fixed start: "user" and one of "=:" for USER; for LATENCY
        // the digit run after "latency", one of "=:" and the \s run, as \s*ms cannot take a digit.
        let user = p.user.find(message).map(|m| &m.as_bytes()[5..]);
        row.extend_from_slice(user.unwrap_or(b"-"));
        row.push(b'\t');
        let latency = p
            .latency
            .find(message)
            .map(|m| {
                let after = m.as_bytes()[8..]
                    .iter()
                    .position(u8::is_ascii_digit)
                    .unwrap_or(0);
                let digits = &m.as_bytes()[8 + after..];
                &digits[..digits.iter().take_while(|b| b.is_ascii_digit()).count()]
            })
            .and_then(parse_int);
        match latency {
            Some(ms) => push_number(row, ms as u64),
            None => row.push(b'-'),
        }
        row.push(b'\t');
        push_number(row, split_count(normalized) as u64);
        row.push(b'\t');
        push_number(
            row,
            normalized.iter().filter(|b| b.is_ascii_digit()).count() as u64,
        );
        row.push(b'\t');
        push_number(row, p.url.find_iter(normalized).count() as u64);
        row.push(b'\t');
        push_number(row, p.email.find_iter(normalized).count() as u64);
        row.push(b'\t');
        row.extend_from_slice(normalized);
        None
    }
}

/// Whether `text` holds a char Java's `.` does not match: `\n`, `\r`, U+0085, U+2028 or U+2029.
fn has_line_terminator(bytes: &[u8]) -> bool {
    // In UTF-8 those are 0x0A, 0x0D, C2 85 and E2 80 A8/A9. A branch-free pass finds candidates (it
    // vectorizes); the exact check runs only when there is one.
    let candidate = bytes.iter().fold(false, |any, &b| {
        any | (b == b'\n') | (b == b'\r') | (b == 0xC2) | (b == 0xE2)
    });
    candidate
        && bytes.iter().enumerate().any(|(i, &b)| match b {
            b'\n' | b'\r' => true,
            0xC2 => bytes.get(i + 1) == Some(&0x85),
            0xE2 => {
                bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9))
            }
            _ => false,
        })
}

fn group<'t>(groups: &CaptureLocations, text: &'t [u8], i: usize) -> Option<&'t [u8]> {
    groups.get(i).map(|(s, e)| &text[s..e])
}

/// `String.trim()`: strips units up to U+0020 at both ends.
fn trim(line: &[u16]) -> &[u16] {
    let start = line.iter().position(|&c| c > 0x20).unwrap_or(line.len());
    let end = line
        .iter()
        .rposition(|&c| c > 0x20)
        .map_or(start, |i| i + 1);
    &line[start..end]
}

/// UTF-16 to UTF-8 into `out`; false when the line holds a lone surrogate, which UTF-8 cannot carry.
fn transcode(units: &[u16], out: &mut Vec<u8>) -> bool {
    out.clear();
    out.reserve(3 * units.len());
    let mut rest = units;
    while !rest.is_empty() {
        let ascii = rest.iter().take_while(|&&c| c < 0x80).count();
        out.extend(rest[..ascii].iter().map(|&c| c as u8));
        rest = &rest[ascii..];
        let wide = rest.iter().take_while(|&&c| c >= 0x80).count();
        for c in char::decode_utf16(rest[..wide].iter().copied()) {
            match c {
                Ok(c) => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
                Err(_) => return false,
            }
        }
        rest = &rest[wide..];
    }
    true
}

/// `lowerAscii(SPACES.matcher(message).replaceAll(" "))`: runs of Java's `\s` become one space, then
/// ASCII letters are lowercased; other bytes are copied as they are.
fn normalize(message: &[u8], out: &mut Vec<u8>) {
    out.clear();
    out.resize(message.len(), 0);
    let mut n = 0;
    let mut in_space = false;
    for &b in message {
        let space = matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ');
        // Written unconditionally and kept only when it counts, which keeps the loop free of branches.
        out[n] = if space { b' ' } else { b.to_ascii_lowercase() };
        n += usize::from(!(space && in_space));
        in_space = space;
    }
    out.truncate(n);
}

/// `text.split(" ").length` with Java's rules: no space gives 1 (even for ""), and trailing empty strings
/// are dropped.
fn split_count(text: &[u8]) -> usize {
    let spaces = text.iter().filter(|&&b| b == b' ').count();
    if spaces == 0 {
        return 1;
    }
    let trailing = text.iter().rev().take_while(|&&b| b == b' ').count();
    if trailing == text.len() {
        0
    } else {
        spaces + 1 - trailing
    }
}

/// `Integer.parseInt` of ASCII digits; None where Java throws NumberFormatException (overflow).
fn parse_int(digits: &[u8]) -> Option<i32> {
    let start = digits
        .iter()
        .position(|&b| b != b'0')
        .unwrap_or(digits.len());
    let significant = &digits[start..];
    if significant.len() > 10 {
        return None;
    }
    let value = significant
        .iter()
        .fold(0u64, |v, &b| v * 10 + u64::from(b - b'0'));
    i32::try_from(value).ok()
}

fn push_number(out: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

/// Cleans every line of a batch into rows (layout: see [`clean_lines`]).
///
/// Returns a buffer owned by Rust (release it with `oxidizer_free_buffer`) and stores its length in
/// `*out_len`; on failure returns NULL and stores a negative error code in `*out_len`.
///
/// # Safety
/// `units` must point to `unit_count` readable u16s (or be NULL when it is 0), `offsets` to
/// `line_count + 1` readable i32s, and `out_len` to a writable i64.
#[no_mangle]
pub unsafe extern "C" fn clean_log_lines(
    units: *const u16,
    unit_count: i64,
    offsets: *const i32,
    line_count: i32,
    out_len: *mut i64,
) -> *mut u8 {
    ffi::buffer_entry(out_len, || {
        let units = ffi::slice(units, unit_count)?;
        let offsets = ffi::offsets(offsets, line_count, units.len())?;
        clean_lines(units, offsets).map_err(|_| Error::BadOffsets)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::{ptr, slice};

    fn utf16(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    /// Rows (or the status) of each line, as the Java side decodes them.
    fn clean(lines: &[Vec<u16>]) -> Vec<Result<String, i32>> {
        let mut units = Vec::new();
        let mut offsets = vec![0];
        for line in lines {
            units.extend_from_slice(line);
            offsets.push(units.len() as i32);
        }
        decode(&clean_lines(&units, &offsets).unwrap())
    }

    fn decode(buf: &[u8]) -> Vec<Result<String, i32>> {
        let int = |i: usize| i32::from_ne_bytes(buf[4 * i..4 * i + 4].try_into().unwrap());
        let n = int(0) as usize;
        let mut at = 4 * (1 + n);
        let rows = (0..n)
            .map(|i| match int(1 + i) {
                len if len >= 0 => {
                    let row = String::from_utf8(buf[at..at + len as usize].to_vec()).unwrap();
                    at += len as usize;
                    Ok(row)
                }
                status => Err(status),
            })
            .collect();
        assert_eq!(at, buf.len());
        rows
    }

    fn row(line: &str) -> Result<String, i32> {
        clean(&[utf16(line)]).pop().unwrap()
    }

    #[test]
    fn cleans_a_record_into_a_row() {
        assert_eq!(
            row(" 2026-11-14T08:15:30.123Z  INFO\t[api-7] user=Bob.9 GET /V1?x=1 latency= 0042 ms Mail A@B.io \
             see HTTPS://Ex.com/a\"b  done\u{1f}"),
            Ok("2026-11-14T08:15:30.123\tinfo\tapi-7\tBob.9\t42\t11\t7\t1\t1\t\
                user=bob.9 get /v1?x=1 latency= 0042 ms mail a@b.io see https://ex.com/a\"b done"
                .to_string())
        );
        assert_eq!(
            row("2026-01-02 03:04:05 WARN x"),
            Ok("2026-01-02T03:04:05\twarn\t-\t-\t-\t1\t0\t0\t0\tx".to_string())
        );
    }

    #[test]
    fn drops_lines_that_are_not_records() {
        for line in [
            "",
            "   ",
            "\tat com.example.A(A.java:1)",
            "2026-11-14T08:15:30Z info lower-case level",
            "2026-11-14T08:15:30Z NOTICE x",
            "2026-11-14T08:15:30.Z INFO x",
            "2026-11-14T08:15:30.1234567890Z INFO x",
            "2026-11-14T08:15:30Z INFO",
            "\u{a0}2026-11-14T08:15:30Z INFO not trimmed",
            "2026-11-14T08:15:30Z INFO a\rb",
            "2026-11-14T08:15:30Z INFO a\u{85}b",
            "2026-11-14T08:15:30Z INFO a\u{2028}b",
            "2026-11-14T08:15:30Z INFO a\u{2029}b",
            "2026-11-14T08:15:30Z INFO a\nb",
            "٢٠٢٦-11-14T08:15:30Z INFO arabic digits",
        ] {
            assert_eq!(row(line), Err(MALFORMED), "{line:?}");
        }
    }

    #[test]
    fn java_whitespace_and_classes_are_ascii() {
        // \s runs collapse; U+00A0 and U+3000 are neither \s nor trimmed.
        assert_eq!(
            row("2026-11-14T08:15:30Z INFO a\u{b}\u{c}\t b\u{a0}c\u{3000}d\u{3000}"),
            Ok(
                "2026-11-14T08:15:30\tinfo\t-\t-\t-\t2\t0\t0\t0\ta b\u{a0}c\u{3000}d\u{3000}"
                    .to_string()
            )
        );
        // \w stops at é; the level's \s may be a line break before the message starts.
        assert_eq!(
            row("2026-11-14T08:15:30Z\nERROR\n[sv.é] user=josé ok"),
            Ok(
                "2026-11-14T08:15:30\terror\t-\tjos\t-\t3\t0\t0\t0\t[sv.é] user=josé ok"
                    .to_string()
            )
        );
        // Non-ASCII case is kept; digits are ASCII only.
        assert_eq!(
            row("2026-11-14T08:15:30Z INFO ÀÉ İ Σ ١٢ １２ 12"),
            Ok("2026-11-14T08:15:30\tinfo\t-\t-\t-\t6\t2\t0\t0\tÀÉ İ Σ ١٢ １２ 12".to_string())
        );
    }

    #[test]
    fn latency_is_parsed_like_integer_parse_int() {
        let latency = |text: &str| {
            row(&format!("2026-11-14T08:15:30Z INFO {text}"))
                .unwrap()
                .split('\t')
                .nth(4)
                .unwrap()
                .to_string()
        };
        assert_eq!(latency("latency=2147483647ms"), "2147483647");
        assert_eq!(latency("latency=2147483648ms"), "-");
        assert_eq!(latency("latency=000000000000000012ms"), "12");
        assert_eq!(latency("latency=12 3ms latency:4ms"), "4");
        assert_eq!(latency("LATENCY=5ms"), "-");
    }

    #[test]
    fn features_follow_java_find_loops() {
        let features = |text: &str| {
            let row = row(&format!("2026-11-14T08:15:30Z INFO {text}")).unwrap();
            row.split('\t')
                .skip(5)
                .take(4)
                .collect::<Vec<_>>()
                .join(",")
        };
        assert_eq!(
            features("a@b.co x.y+z@q-r.example.org @c.de e@f.g"),
            "4,0,0,2"
        );
        assert_eq!(
            features("http://a https://b\"c HTTP://D httpx://e http://"),
            "5,0,3,0"
        );
        assert_eq!(features("u@x.com,v@y.com"), "1,0,0,2");
    }

    #[test]
    fn java_split_counts_tokens() {
        assert_eq!(split_count(b""), 1);
        assert_eq!(split_count(b"a"), 1);
        assert_eq!(split_count(b"a b"), 2);
        assert_eq!(split_count(b" a"), 2);
        assert_eq!(split_count(b"a  b"), 3);
        assert_eq!(split_count(b"a b  "), 2);
        assert_eq!(split_count(b"   "), 0);
    }

    #[test]
    fn trim_strips_every_unit_up_to_space() {
        assert_eq!(trim(&utf16("\u{0}\u{1f} a b\t\r\n")), &utf16("a b")[..]);
        assert_eq!(
            trim(&utf16("\u{a0}a\u{2028}")),
            &utf16("\u{a0}a\u{2028}")[..]
        );
        assert_eq!(trim(&utf16(" \u{7} ")), &[][..]);
    }

    #[test]
    fn lone_surrogates_go_back_to_java() {
        let mut lone = utf16("2026-11-14T08:15:30Z INFO x");
        lone.push(0xD800);
        let mut reversed = utf16("2026-11-14T08:15:30Z INFO ");
        reversed.extend([0xDC00, 0xD83D]);
        let pair = utf16("2026-11-14T08:15:30Z INFO 😀");
        let rows = clean(&[lone, reversed, pair, vec![0xDFFF]]);
        assert_eq!(rows[0], Err(NEEDS_JAVA));
        assert_eq!(rows[1], Err(NEEDS_JAVA));
        assert_eq!(
            rows[2],
            Ok("2026-11-14T08:15:30\tinfo\t-\t-\t-\t1\t0\t0\t0\t😀".to_string())
        );
        assert_eq!(rows[3], Err(NEEDS_JAVA));
    }

    #[test]
    fn parallel_chunks_match_line_by_line() {
        let samples = [
            "2026-11-14T08:15:30Z INFO [a] user=u1 latency=5ms see http://x.y/z mail a@b.cd 用户",
            "garbage",
            "2026-11-14 08:15:30.5 ERROR   boom\t\tboom",
        ];
        let lines: Vec<Vec<u16>> = (0..30_000)
            .map(|i| utf16(&format!("{} {i}", samples[i % 3])))
            .collect();
        let all = clean(&lines);
        for i in (0..lines.len()).step_by(613) {
            assert_eq!(all[i], clean(&lines[i..=i])[0], "line {i}");
        }
        assert_eq!(all.iter().filter(|r| r.is_ok()).count(), 20_000);
    }

    #[test]
    fn ffi_rejects_bad_input_without_unwinding() {
        let units = utf16("2026-11-14T08:15:30Z INFO x");
        let mut len = 0i64;
        unsafe {
            let bad = [0, 40];
            assert!(clean_log_lines(
                units.as_ptr(),
                units.len() as i64,
                bad.as_ptr(),
                1,
                &mut len
            )
            .is_null());
            assert_eq!(len, Error::BadOffsets.code());
            assert!(clean_log_lines(units.as_ptr(), 3, ptr::null(), 1, &mut len).is_null());
            assert_eq!(len, Error::NullOrNegative.code());
            let good = [0, units.len() as i32];
            let buf = clean_log_lines(
                units.as_ptr(),
                units.len() as i64,
                good.as_ptr(),
                1,
                &mut len,
            );
            assert!(!buf.is_null());
            assert_eq!(
                decode(slice::from_raw_parts(buf, len as usize)),
                vec![Ok(
                    "2026-11-14T08:15:30\tinfo\t-\t-\t-\t1\t0\t0\t0\tx".to_string()
                )]
            );
            crate::oxidizer_free_buffer(buf, len);
        }
    }
}

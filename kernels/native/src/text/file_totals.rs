//! A whole file of the day's batch in one call: read, split into lines as Java's `readLine` does,
//! every `(\w+)\s+(\d+)` pair of each line summed per word like `Map.merge(word, n, Integer::sum)`
//! (an int that wraps), and the lines' sums added into the file's totals like
//! `Map.merge(word, (long) n, Long::sum)`. The chain reads, scans and totals natively, and only the
//! totals (one entry per distinct word) cross back: nothing per line or per match does.
//!
//! UTF-8 lets the scan work on bytes: every byte of a multi-byte character is >= 0x80, in none of
//! the pattern's ASCII classes, as the character itself is in none of them in UTF-16. A file that is
//! not valid UTF-8 is refused (Java's decoder throws), so the caller's Java gives Java's exception.

use std::collections::HashMap;
use std::ops::Range;

use rayon::prelude::*;

use crate::ffi::Error;
use crate::text::number::parse_int_or_zero;
use crate::fxhash::FxBuildHasher;

/// Below this many bytes a file is scanned on the calling thread.
const PARALLEL_BYTES: usize = 1 << 20;

/// Each word with its total over the file, in no particular order.
pub type Totals<'a> = HashMap<&'a [u8], i64, FxBuildHasher>;

/// Reads `path` and totals it; `Io` when it cannot be read, `Malformed` when it is not UTF-8.
pub fn file_totals(path: &std::path::Path) -> Result<Vec<u8>, Error> {
    let bytes = std::fs::read(path).map_err(|_| Error::Io)?;
    let totals = totals_of(&bytes)?;
    Ok(pack(&totals))
}

/// The totals of `bytes`, lines split at `\n`, `\r` and `\r\n`; in chunks on the shared pool when large.
pub fn totals_of(bytes: &[u8]) -> Result<Totals<'_>, Error> {
    let chunks = chunks(bytes);
    let parts: Vec<Result<Totals<'_>, Error>> = if chunks.len() == 1 {
        vec![chunk_totals(bytes)]
    } else {
        chunks.into_par_iter().map(|r| chunk_totals(&bytes[r])).collect()
    };
    let mut all = Totals::default();
    for part in parts {
        for (word, total) in part? {
            let sum = all.entry(word).or_insert(0);
            *sum = sum.wrapping_add(total);
        }
    }
    Ok(all)
}

/// Ranges that end right after a `\n` (so a `\r\n` is never cut) or at the end, a few per worker.
fn chunks(bytes: &[u8]) -> Vec<Range<usize>> {
    if bytes.len() < PARALLEL_BYTES {
        return vec![0..bytes.len()];
    }
    let count = (rayon::current_num_threads() * 4).min(bytes.len() / (PARALLEL_BYTES / 4)).max(1);
    let mut ranges = Vec::with_capacity(count);
    let mut start = 0;
    for i in 1..count {
        let nominal = (bytes.len() / count * i).max(start);
        let end = match memchr::memchr(b'\n', &bytes[nominal..]) {
            Some(at) => nominal + at + 1,
            None => break,
        };
        if end > start {
            ranges.push(start..end);
            start = end;
        }
    }
    ranges.push(start..bytes.len());
    ranges
}

/// One chunk (whole lines): validated as UTF-8, then scanned in one pass, a line's sums added to the totals
/// when its end (`\n` or `\r`) or the chunk's end is reached.
fn chunk_totals(chunk: &[u8]) -> Result<Totals<'_>, Error> {
    // A chunk starts after a '\n' and ends after one (or at the end): never inside a character.
    std::str::from_utf8(chunk).map_err(|_| Error::Malformed)?;
    let mut totals = Totals::default();
    let mut line: Vec<(&[u8], i32)> = Vec::with_capacity(16);
    let n = chunk.len();
    let mut p = 0;
    loop {
        // Up to the next word unit, ending the line's sums at each line end on the way.
        while p < n && CLASS[chunk[p] as usize] & WORD == 0 {
            if CLASS[chunk[p] as usize] & LINE_END != 0 && !line.is_empty() {
                add_line(&mut totals, &mut line);
            }
            p += 1;
        }
        if p == n {
            break;
        }
        let start = p;
        while p < n && CLASS[chunk[p] as usize] & WORD != 0 {
            p += 1;
        }
        let end = p;
        let mut q = end;
        while q < n && CLASS[chunk[q] as usize] & SPACE != 0 {
            q += 1;
        }
        if q == end || q == n || CLASS[chunk[q] as usize] & DIGIT == 0 {
            continue; // no pair from any start in this run; a line end at p is seen by the loop above
        }
        let digits = q;
        while q < n && CLASS[chunk[q] as usize] & DIGIT != 0 {
            q += 1;
        }
        let value = parse_int_or_zero(&chunk[digits..q]);
        let w = &chunk[start..end];
        match line.iter_mut().find(|(k, _)| *k == w) {
            Some(entry) => entry.1 = entry.1.wrapping_add(value),
            None => line.push((w, value)),
        }
        p = q;
    }
    if !line.is_empty() {
        add_line(&mut totals, &mut line);
    }
    Ok(totals)
}

#[inline]
fn add_line<'a>(totals: &mut Totals<'a>, line: &mut Vec<(&'a [u8], i32)>) {
    for &(word, sum) in line.iter() {
        let total = totals.entry(word).or_insert(0);
        *total = total.wrapping_add(i64::from(sum));
    }
    line.clear();
}

const WORD: u8 = 1;
const DIGIT: u8 = 2;
/// Java's `\s` but for `\n` and `\r`, which end a line instead.
const SPACE: u8 = 4;
const LINE_END: u8 = 8;

/// Each byte's classes: ASCII only, as Java's `\w`, `\d`, `\s` are; every byte of a non-ASCII character has none.
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() || c == b'_' {
            t[b] |= WORD;
        }
        if c.is_ascii_digit() {
            t[b] |= DIGIT;
        }
        if matches!(c, b' ' | b'\t' | 0x0B | 0x0C) {
            t[b] |= SPACE;
        }
        if matches!(c, b'\n' | b'\r') {
            t[b] |= LINE_END;
        }
        b += 1;
    }
    t
};

/// Layout (native-endian): `wordCount: i32`, then per word `length: i32, total: i64`, its ASCII bytes.
pub fn pack(totals: &Totals<'_>) -> Vec<u8> {
    let size: usize = 4 + totals.keys().map(|w| 12 + w.len()).sum::<usize>();
    let mut out = Vec::with_capacity(size);
    out.extend_from_slice(&(totals.len() as i32).to_ne_bytes());
    for (word, total) in totals {
        out.extend_from_slice(&(word.len() as i32).to_ne_bytes());
        out.extend_from_slice(&total.to_ne_bytes());
        out.extend_from_slice(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// The Java chain by its definition: lines as `readLine` splits them, `regex` with Java's ASCII
    /// classes, per-line int sums, long totals.
    fn oracle(text: &str) -> BTreeMap<String, i64> {
        let re = regex::bytes::Regex::new(r"(?-u)(\w+)\s+(\d+)").unwrap();
        let mut totals = BTreeMap::new();
        let normalized = text.replace("\r\n", "\n").replace('\r', "\n");
        for line in normalized.split('\n') {
            let mut per_line: Vec<(String, i32)> = Vec::new();
            for c in re.captures_iter(line.as_bytes()) {
                let w = String::from_utf8(c[1].to_vec()).unwrap();
                let digits = std::str::from_utf8(&c[2]).unwrap();
                let v: i32 = digits.parse().unwrap_or(0);
                match per_line.iter_mut().find(|(k, _)| *k == w) {
                    Some(e) => e.1 = e.1.wrapping_add(v),
                    None => per_line.push((w, v)),
                }
            }
            for (w, v) in per_line {
                let t = totals.entry(w).or_insert(0i64);
                *t = t.wrapping_add(i64::from(v));
            }
        }
        totals
    }

    fn ours(text: &str) -> BTreeMap<String, i64> {
        totals_of(text.as_bytes())
            .unwrap()
            .into_iter()
            .map(|(w, t)| (String::from_utf8(w.to_vec()).unwrap(), t))
            .collect()
    }

    #[test]
    fn lines_split_like_read_line_and_pairs_never_cross_them() {
        assert_eq!(ours("a\n1 b 2\r3 c\r\n4 d 5"), oracle("a\n1 b 2\r3 c\r\n4 d 5"));
        assert_eq!(ours("a\n1"), BTreeMap::new());
        assert_eq!(ours("x 1\r\nx 2\rx 3\nx 4"), [("x".to_string(), 10)].into());
    }

    #[test]
    fn per_line_sums_wrap_as_int_and_totals_add_as_long() {
        let text = "a 2147483647 a 1\na 2147483647\nb 99999999999 c 0002147483647";
        assert_eq!(
            ours(text),
            [
                ("a".to_string(), i64::from(i32::MIN) + i64::from(i32::MAX)),
                ("b".to_string(), 0),
                ("c".to_string(), i64::from(i32::MAX))
            ]
            .into()
        );
        assert_eq!(ours(text), oracle(text));
    }

    #[test]
    fn equals_the_regex_on_mixed_text_in_parallel_chunks() {
        let pieces = [
            "用户 alice 3 ", "登录，bob\t0042", " x\u{b}7 ", "é 5 ", "١٢ 3 ", "a_1 ", "12b 3 ", "\r\n", "\n", "\r",
            "q 2147483648 ", "z 2147483647 z 9 ", "😀w 8", "-", " ", "k\u{c}6",
        ];
        let mut seed = 7u64;
        let mut text = String::new();
        while text.len() < 3 * PARALLEL_BYTES {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
        }
        assert!(chunks(text.as_bytes()).len() > 1);
        assert_eq!(ours(&text), oracle(&text));
    }

    #[test]
    fn malformed_utf8_is_refused() {
        assert_eq!(totals_of(b"a 1 \xff b 2").unwrap_err(), Error::Malformed);
        let mut big = "a 1\n".repeat(PARALLEL_BYTES / 2).into_bytes();
        big.extend_from_slice(b"\xed\xa0\x80 2\n"); // an encoded surrogate, which Java's decoder refuses too
        assert_eq!(totals_of(&big).unwrap_err(), Error::Malformed);
    }

    #[test]
    fn a_missing_file_is_an_io_error() {
        assert_eq!(file_totals(std::path::Path::new("/nonexistent/part-0000.log")).unwrap_err(), Error::Io);
    }
}


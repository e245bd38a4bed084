//! Text kernels: Java's regex `find()` loops over `List<String>` with `Map.merge` per text.
//!
//! - `extract_and_aggregate`: the headline pattern `(\w+)\s+(\d+)` on a hand-written bit-parallel
//!   scanner (`classes`, `pairs`), counted natively (`words`, `number`, `packed`).
//! - `extract_and_aggregate_compiled`: any one-pass pattern on the compiled matcher (`onepass`), counted
//!   the same way.
//! - `daily_totals_of_file`: the headline's whole chain over one file (`file_totals`): read, scan, total.
//! - `extract_and_aggregate_pattern` (`pattern_pairs`): any other accepted pattern on the regex crate.

pub mod aggregate;
mod classes;
pub mod file_totals;
pub mod number;
pub mod onepass;
pub mod packed;
mod pairs;
pub mod pattern_pairs;
mod words;

use crate::ffi::{self, Error};

/// Counts `(\w+)\s+(\d+)` pairs per text of `data`, text `i` being the UTF-16 code units
/// `offsets[i]..offsets[i + 1]`: Java's own `char`s, so no encoding is needed and lone surrogates pass.
///
/// Returns a buffer owned by Rust (release it with `oxidizer_free_buffer`) and stores its length in
/// `*out_len`; on failure returns NULL and stores a negative error code in `*out_len`.
///
/// # Safety
/// `data` must point to `data_len` readable u16s, `offsets` to `text_count + 1` readable i32s,
/// and `out_len` to a writable i64.
#[no_mangle]
pub unsafe extern "C" fn extract_and_aggregate(
    data: *const u16,
    data_len: i64,
    offsets: *const i32,
    text_count: i32,
    out_len: *mut i64,
) -> *mut u8 {
    ffi::buffer_entry(out_len, || {
        let data = ffi::slice(data, data_len)?;
        let offsets = ffi::offsets(offsets, text_count, data.len())?;
        aggregate::extract_and_aggregate(data, offsets).map_err(|_| Error::BadOffsets)
    })
}

/// Java's find loop for a compiled one-pass pattern with `Integer.parseInt` of group 2 and
/// `Map.merge(group 1, value, Integer::sum)` per text: the same packed counts as
/// [`extract_and_aggregate`], for the pattern in `program` (`program_len` i32s).
///
/// # Safety
/// As [`extract_and_aggregate`], and `program` must point to `program_len` readable i32s.
#[no_mangle]
pub unsafe extern "C" fn extract_and_aggregate_compiled(
    program: *const i32,
    program_len: i32,
    data: *const u16,
    data_len: i64,
    offsets: *const i32,
    text_count: i32,
    out_len: *mut i64,
) -> *mut u8 {
    ffi::buffer_entry(out_len, || {
        let program = ffi::slice(program, i64::from(program_len))?;
        let data = ffi::slice(data, data_len)?;
        let offsets = ffi::offsets(offsets, text_count, data.len())?;
        let program = onepass::Program::decode(program).map_err(|_| Error::Program)?;
        aggregate::extract_and_aggregate_compiled(&program, data, offsets).map_err(|_| Error::BadOffsets)
    })
}

/// One file of the day's batch totalled: the bytes at `path` (`path_len` bytes, the file name as the
/// OS takes it) read, split into lines, every `(\w+)\s+(\d+)` pair summed per line as an int and into
/// the file's totals as a long (see `file_totals`). Returns a buffer as [`extract_and_aggregate`]
/// does; `Io` when the file cannot be read, `Malformed` when it is not UTF-8.
///
/// # Safety
/// `path` must point to `path_len` readable bytes and `out_len` to a writable i64.
#[no_mangle]
pub unsafe extern "C" fn daily_totals_of_file(path: *const u8, path_len: i64, out_len: *mut i64) -> *mut u8 {
    ffi::buffer_entry(out_len, || {
        use std::os::unix::ffi::OsStrExt;
        let name = ffi::slice(path, path_len)?;
        file_totals::file_totals(std::path::Path::new(std::ffi::OsStr::from_bytes(name)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{extract_and_aggregate_packed, parse_int_or_zero, LAST_MATCH_ADDED_WORD};
    use std::ptr;
    use std::collections::HashMap;

    fn ints(buf: &[u8], at: &mut usize) -> i32 {
        let v = i32::from_ne_bytes(buf[*at..*at + 4].try_into().unwrap());
        *at += 4;
        v
    }

    /// Decodes the packed buffer the way the Java side does.
    fn decode(buf: &[u8]) -> Vec<HashMap<String, i32>> {
        decode_with_flags(buf).0
    }

    /// Maps, and per text whether its last match added a word.
    fn decode_with_flags(buf: &[u8]) -> (Vec<HashMap<String, i32>>, Vec<bool>) {
        let mut at = 0;
        let text_count = ints(buf, &mut at) as usize;
        let chunk_count = ints(buf, &mut at);
        let starts: Vec<usize> = (0..chunk_count)
            .map(|_| ints(buf, &mut at) as usize * 4)
            .collect();
        let mut result = Vec::new();
        let mut flags = Vec::new();
        for start in starts {
            assert_eq!(at, start);
            let texts = ints(buf, &mut at);
            let word_count = ints(buf, &mut at) as usize;
            let bytes_len = ints(buf, &mut at) as usize;
            let ends: Vec<usize> = (0..word_count)
                .map(|_| ints(buf, &mut at) as usize)
                .collect();
            let bytes = &buf[at..at + bytes_len];
            at += (bytes_len + 3) & !3;
            let mut start = 0;
            let words: Vec<String> = ends
                .iter()
                .map(|&end| {
                    let w = String::from_utf8(bytes[start..end].to_vec()).unwrap();
                    start = end;
                    w
                })
                .collect();
            for _ in 0..texts {
                let header = ints(buf, &mut at);
                flags.push(header & LAST_MATCH_ADDED_WORD != 0);
                let n = header & i32::MAX;
                let mut map = HashMap::new();
                for _ in 0..n {
                    let id = ints(buf, &mut at) as usize;
                    let value = ints(buf, &mut at);
                    assert!(
                        map.insert(words[id].clone(), value).is_none(),
                        "duplicate key"
                    );
                }
                result.push(map);
            }
        }
        assert_eq!(at, buf.len());
        assert_eq!(result.len(), text_count);
        (result, flags)
    }

    /// The texts' UTF-16 code units back to back, as the Java side lays them out, and their offsets.
    fn layout<T: AsRef<[u16]>>(texts: &[T]) -> (Vec<u16>, Vec<i32>) {
        let mut data = Vec::new();
        let mut offsets = vec![0];
        for t in texts {
            data.extend_from_slice(t.as_ref());
            offsets.push(data.len() as i32);
        }
        (data, offsets)
    }

    fn utf16(text: &str) -> Vec<u16> {
        text.encode_utf16().collect()
    }

    fn run_units(texts: &[Vec<u16>]) -> Vec<HashMap<String, i32>> {
        let (data, offsets) = layout(texts);
        decode(&extract_and_aggregate_packed(&data, &offsets).unwrap())
    }

    fn run(texts: &[&str]) -> Vec<HashMap<String, i32>> {
        run_units(&texts.iter().map(|t| utf16(t)).collect::<Vec<_>>())
    }

    fn map(pairs: &[(&str, i32)]) -> HashMap<String, i32> {
        pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    #[test]
    fn ascii_only_classes() {
        assert_eq!(
            run(&["café 12 naïve\u{3000}3 x\u{a0}4 y ٣ z 7"]),
            vec![map(&[("z", 7)])]
        );
        assert_eq!(run(&["caf\u{e9} 12"]), vec![map(&[])]);
        assert_eq!(run(&["a_1\t\x0B\x0C\r\n 0042"]), vec![map(&[("a_1", 42)])]);
        // Units whose low byte is ASCII: a truncating narrowing would take them for 'a', '1' or ' '.
        let low_bytes_ascii = "\u{161}\u{131} 1 x\u{120}2 y \u{8031}".repeat(4);
        assert_eq!(run(&[&low_bytes_ascii]), vec![map(&[])]);
    }

    #[test]
    fn surrogates_paired_or_lone_never_match() {
        let mut text = utf16("a 1 😀b 2 ");
        text.extend_from_slice(&[0xD800, u16::from(b'c'), u16::from(b' '), u16::from(b'3')]);
        text.extend_from_slice(&[u16::from(b'd'), 0xDC00, u16::from(b' '), u16::from(b'4')]);
        text.extend_from_slice(&[u16::from(b' '), u16::from(b'e'), u16::from(b' '), 0xDBFF]);
        assert_eq!(
            run_units(&[text]),
            vec![map(&[("a", 1), ("b", 2), ("c", 3)])]
        );
    }

    #[test]
    fn overflow_is_zero_and_sums_wrap() {
        assert_eq!(
            run(&["a 2147483648 b 2147483647 c 0002147483647 d 99999999999999999999"]),
            vec![map(&[("a", 0), ("b", i32::MAX), ("c", i32::MAX), ("d", 0)])]
        );
        assert_eq!(run(&["a 2147483647 a 1"]), vec![map(&[("a", i32::MIN)])]);
        for (digits, value) in [
            ("0000", 0),
            ("999999999", 999_999_999),
            ("000000000", 0),
            ("1000000000", 1_000_000_000),
            ("0999999999", 999_999_999),
            ("2147483647", i32::MAX),
            ("2147483648", 0),
            ("00000000002147483647", i32::MAX),
            ("9999999999", 0),
        ] {
            assert_eq!(parse_int_or_zero(&utf16(digits)), value, "{digits}");
        }
    }

    #[test]
    fn matching_resumes_after_previous_match() {
        assert_eq!(
            run(&["a 12b 3 x 1 2 3"]),
            vec![map(&[("a", 12), ("b", 3), ("x", 1), ("2", 3)])]
        );
        assert_eq!(
            run(&["", "k 1 k 2", ""]),
            vec![map(&[]), map(&[("k", 3)]), map(&[])]
        );
    }

    #[test]
    fn flags_texts_whose_last_match_added_a_word() {
        let texts: Vec<Vec<u16>> = ["a 1 b 2", "a 1 b 2 a 3", "", "x 1"]
            .iter()
            .map(|t| utf16(t))
            .collect();
        let (data, offsets) = layout(&texts);
        let (_, flags) = decode_with_flags(&extract_and_aggregate_packed(&data, &offsets).unwrap());
        assert_eq!(flags, vec![true, false, false, true]);
    }

    #[test]
    fn parallel_chunks_match_single_chunk() {
        let line = "用户 alice 3 登录 bob 0042 err_code 2147483648 alice 7\n";
        let mut texts: Vec<String> = (0..20_000)
            .map(|i| format!("{line} t{} {}", i % 97, i))
            .collect();
        texts[5] = line.repeat(3_000); // longer than one bitmap window
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let all = run(&refs);
        assert_eq!(
            all[5],
            map(&[("alice", 30_000), ("bob", 126_000), ("err_code", 0)])
        );
        for (i, text) in refs
            .iter()
            .enumerate()
            .step_by(997)
            .chain(std::iter::once((5, &refs[5])))
        {
            assert_eq!(all[i], run(&[text])[0]);
        }
    }

    #[test]
    fn ffi_rejects_bad_input_without_unwinding() {
        let mut len = 0i64;
        let offsets = [0, 5, 3];
        let data = utf16("abcde");
        unsafe {
            assert!(
                extract_and_aggregate(data.as_ptr(), 5, offsets.as_ptr(), 2, &mut len).is_null()
            );
            assert_eq!(len, Error::BadOffsets.code());
            assert!(extract_and_aggregate(data.as_ptr(), 5, ptr::null(), 2, &mut len).is_null());
            assert_eq!(len, Error::NullOrNegative.code());
            let odd = data.as_ptr().cast::<u8>().add(1).cast::<u16>();
            let good = [0, 2];
            assert!(extract_and_aggregate(odd, 2, good.as_ptr(), 1, &mut len).is_null());
            assert_eq!(len, Error::NullOrNegative.code());
            let buf = extract_and_aggregate(data.as_ptr(), 5, good.as_ptr(), 1, &mut len);
            assert!(!buf.is_null());
            assert_eq!(
                decode(std::slice::from_raw_parts(buf, len as usize)),
                vec![map(&[])]
            );
            crate::oxidizer_free_buffer(buf, len);
        }
    }
}

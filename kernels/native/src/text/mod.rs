//! Text kernels: Java's regex `find()` loops over `List<String>` with `Map.merge` per text.
//!
//! - `extract_and_aggregate`: the headline pattern `(\w+)\s+(\d+)` on a hand-written bit-parallel
//!   scanner (`classes`, `pairs`), counted natively (`words`, `number`, `packed`).
//! - `extract_and_aggregate_compiled`: any one-pass pattern on the compiled matcher (`onepass`), counted
//!   the same way.
//! - `extract_and_aggregate_pattern` (`pattern_pairs`): any other accepted pattern on the regex crate.

pub mod aggregate;
mod classes;
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
    fn values_of_every_length_parse_like_java() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for len in 1..=22 {
            for round in 0..2_000 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let zeros = (round % 4) * (seed as usize % 3);
                let digits: String = (0..len)
                    .map(|i| {
                        let d = (seed >> (i % 16 * 4)) % 10;
                        if i < zeros {
                            '0'
                        } else {
                            char::from(b'0' + d as u8)
                        }
                    })
                    .collect();
                // Integer.parseInt, and 0 where it throws: any int range overflow.
                let exact = digits.parse::<u128>().unwrap();
                let expected = i32::try_from(exact).unwrap_or(0);
                // Followed by more units or at the very end of the data: both parse paths.
                for tail in ["", " 12345678"] {
                    let units = utf16(&format!("{digits}{tail}"));
                    assert_eq!(number::value_of(&units, 0..len), expected, "{digits}{tail}");
                }
            }
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

    /// Group spans as Java reports them: regex's leftmost-first search with ASCII classes, over one
    /// byte per code unit where every non-ASCII unit becomes 0x80, which like it is in no class.
    fn oracle(re: &regex::bytes::Regex, text: &[u16]) -> Vec<(Vec<u16>, Vec<u16>)> {
        let bytes: Vec<u8> = text
            .iter()
            .map(|&c| if c < 0x80 { c as u8 } else { 0x80 })
            .collect();
        re.captures_iter(&bytes)
            .map(|c| {
                let (word, digits) = (c.get(1).unwrap(), c.get(2).unwrap());
                (text[word.range()].to_vec(), text[digits.range()].to_vec())
            })
            .collect()
    }

    /// Scans `text` inside a larger range, after `pad` non-class units and `before`, with a suffix that
    /// would extend a match: runs then straddle SIMD blocks, bitmap words and the text's bounds.
    fn scanned_at(text: &[u16], pad: usize, before: &[u16]) -> Vec<(Vec<u16>, Vec<u16>)> {
        let mut units = vec![u16::from(b'-'); pad];
        units.extend_from_slice(before);
        let start = units.len();
        units.extend_from_slice(text);
        units.extend_from_slice(&utf16("9 9"));
        let bits = classes::ClassBits::of(&units);
        let end = start + text.len();
        let mut candidates = Vec::new();
        pairs::find_candidates(&bits, &mut candidates);
        candidates.retain(|c| (start..end).contains(&(c.digits as usize)));
        pairs::Pairs::new(&candidates, start, end)
            .map(|(w, d)| (units[w].to_vec(), units[d].to_vec()))
            .collect()
    }

    fn scanned(text: &[u16], placements: &[(usize, Vec<u16>)]) -> Vec<(Vec<u16>, Vec<u16>)> {
        let found = scanned_at(text, 0, &[]);
        for (pad, before) in placements {
            assert_eq!(
                found,
                scanned_at(text, *pad, before),
                "{:?} at {pad}",
                String::from_utf16_lossy(text)
            );
        }
        found
    }

    #[test]
    fn class_bitmaps_match_java_ascii_classes_for_every_unit() {
        let units: Vec<u16> = (0..=u16::MAX).chain((0..=u16::MAX).rev()).collect();
        let bits = classes::ClassBits::of(&units);
        for (i, &c) in units.iter().enumerate() {
            let ascii = char::from_u32(u32::from(c)).filter(char::is_ascii);
            let word = ascii.is_some_and(|a| a.is_ascii_alphanumeric() || a == '_');
            let space = ascii.is_some_and(|a| " \t\n\x0B\x0C\r".contains(a));
            let digit = ascii.is_some_and(|a| a.is_ascii_digit());
            assert_eq!(classes::is_set(&bits.word, i), word, "word {c:#x}");
            assert_eq!(classes::is_set(&bits.space, i), space, "space {c:#x}");
            assert_eq!(classes::is_set(&bits.digit, i), digit, "digit {c:#x}");
        }
    }

    #[test]
    fn scanner_equals_regex_on_every_short_string() {
        let re = regex::bytes::Regex::new(r"(?-u)(\w+)\s+(\d+)").unwrap();
        // Besides the classes: a non-class ASCII unit, a lone surrogate, and units whose low byte is
        // 'a' or '1', which a narrowing that drops the high byte would misread.
        let alphabet = [
            u16::from(b'a'),
            u16::from(b'1'),
            u16::from(b' '),
            u16::from(b'\t'),
            u16::from(b'_'),
            u16::from(b'-'),
            0x0B,
            0xD861,
            0x0131,
        ];
        let placements = [(61, utf16("x ")), (62, utf16("x"))];
        let mut text = Vec::new();
        for len in 0..=7u32 {
            for mut code in 0..alphabet.len().pow(len) {
                text.clear();
                for _ in 0..len {
                    text.push(alphabet[code % alphabet.len()]);
                    code /= alphabet.len();
                }
                assert_eq!(
                    scanned(&text, &placements),
                    oracle(&re, &text),
                    "{:?}",
                    String::from_utf16_lossy(&text)
                );
            }
        }
    }

    #[test]
    fn scanner_equals_regex_on_random_text() {
        let re = regex::bytes::Regex::new(r"(?-u)(\w+)\s+(\d+)").unwrap();
        let mut pieces: Vec<Vec<u16>> = [
            "ab",
            "_x9",
            " ",
            "  ",
            "\t",
            "\r\n",
            "\x0B\x0C",
            "0",
            "2147483648",
            "é",
            "用户",
            "😀",
            "٣",
            "-",
            "\u{120}",
            "\u{ff10}",
        ]
        .iter()
        .map(|p| utf16(p))
        .collect();
        pieces.extend([vec![0xD800], vec![0xDC31], vec![0x8061]]);
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for round in 0..20_000 {
            let mut text = Vec::new();
            for _ in 0..(seed % 120) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.extend_from_slice(&pieces[(seed % pieces.len() as u64) as usize]);
            }
            let pad = round % 64;
            let placements = [
                (pad, vec![]),
                (pad, utf16("x")),
                (pad, utf16("x \t")),
                (pad, utf16("1 ")),
            ];
            assert_eq!(
                scanned(&text, &placements),
                oracle(&re, &text),
                "{:?}",
                String::from_utf16_lossy(&text)
            );
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

//! Group 2 of a match read like `Integer.parseInt`, with 0 where Java throws (int overflow).

use std::ops::Range;

/// Group 2's value, `units[digits]` being ASCII digits: up to 8 of them (every count this side of
/// 100 million) are parsed without a loop, whose exit on varying lengths the CPU mispredicts.
#[inline]
pub fn value_of(units: &[u16], digits: Range<usize>) -> i32 {
    #[cfg(target_arch = "x86_64")]
    debug_assert!(!digits.is_empty());
    if digits.len() <= 8 {
        if let Some(block) = units.get(digits.start..digits.start + 8) {
            return swar::parse(block.try_into().unwrap(), digits.len());
        }
    }
    parse_int_or_zero(&units[digits])
}

/// `Integer.parseInt` on ASCII digits, with 0 where Java throws NumberFormatException (overflow); the
/// digits as UTF-16 units or as UTF-8 bytes.
#[inline]
pub fn parse_int_or_zero<U: Copy + Into<u16>>(digits: &[U]) -> i32 {
    let digit = |c: U| c.into() - u16::from(b'0');
    if digits.len() <= 9 {
        // Nine digits never overflow, whatever the leading zeros.
        return digits.iter().fold(0i32, |v, &c| v * 10 + i32::from(digit(c)));
    }
    let start = digits
        .iter()
        .position(|&c| digit(c) != 0)
        .unwrap_or(digits.len());
    let significant = &digits[start..];
    if significant.len() > 10 {
        return 0;
    }
    let value = significant
        .iter()
        .fold(0u64, |v, &c| v * 10 + u64::from(digit(c)));
    i32::try_from(value).unwrap_or(0)
}

#[cfg(target_arch = "x86_64")]
mod swar {
    use std::arch::x86_64::*;

    const ZEROS: u64 = 0x3030_3030_3030_3030;

    /// The number written by the first `len` (1..=8) of `block`'s units, all ASCII digits.
    #[inline]
    pub fn parse(block: &[u16; 8], len: usize) -> i32 {
        // SAFETY: SSE2 is baseline on x86_64, and the load reads exactly the 16 bytes of `block`.
        let bytes = unsafe {
            let units = _mm_loadu_si128(block.as_ptr().cast());
            _mm_cvtsi128_si64(_mm_packus_epi16(units, units)) as u64
        };
        let digits = bytes & (u64::MAX >> (64 - 8 * len));
        // Eight digits, first one lowest, with '0's in front: the shorter number's value.
        let eight = (digits << (8 * (8 - len))) | ZEROS.checked_shr(8 * len as u32).unwrap_or(0);
        // Lemire's eight-digit SWAR: pairs, then quads, then the whole, by multiplication.
        let v = eight.wrapping_sub(ZEROS);
        let v = v.wrapping_mul(10).wrapping_add(v >> 8);
        let mask = 0x0000_00FF_0000_00FF;
        let mul1 = 100 + (1_000_000 << 32);
        let mul2 = 1 + (10_000 << 32);
        (((v & mask).wrapping_mul(mul1)).wrapping_add(((v >> 16) & mask).wrapping_mul(mul2)) >> 32)
            as i32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str) -> Vec<u16> {
        text.encode_utf16().collect()
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
                    assert_eq!(value_of(&units, 0..len), expected, "{digits}{tail}");
                }
            }
        }
    }
}

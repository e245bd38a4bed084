//! Bitmaps of Java's ASCII character classes over a range of UTF-16 code units, so the pair scanner
//! jumps over whole runs with one bit scan instead of a data-dependent branch per unit.

/// Java's ASCII classes: `\w` = `[A-Za-z0-9_]`, `\s` = `[ \t\n\x0B\f\r]`, `\d` = `[0-9]`.
/// Every unit >= 0x80 is in no class, so CJK, surrogates (paired or lone) never join a match.
pub fn is_word(c: u16) -> bool {
    (c < 0x80 && (c as u8).is_ascii_alphanumeric()) || c == u16::from(b'_')
}

/// Java's `\s` without UNICODE_CHARACTER_CLASS.
pub fn is_space(c: u16) -> bool {
    matches!(c, 0x20 | 0x09..=0x0D)
}

/// Java's `\d` without UNICODE_CHARACTER_CLASS.
pub fn is_digit(c: u16) -> bool {
    (0x30..=0x39).contains(&c)
}

/// One bit per code unit of the range for each class; bit `i % 64` of word `i / 64` is unit `i`.
#[derive(Default)]
pub struct ClassBits {
    pub word: Vec<u64>,
    pub space: Vec<u64>,
    pub digit: Vec<u64>,
    /// Digits right after a run of spaces that directly follows a word byte: where group 2 can start.
    pub pair_digit: Vec<u64>,
}

impl ClassBits {
    #[cfg(test)]
    pub fn of(units: &[u16]) -> ClassBits {
        let mut bits = ClassBits::default();
        bits.fill(units);
        bits
    }

    /// Recomputes the bitmaps for `units`, reusing the allocations.
    pub fn fill(&mut self, units: &[u16]) {
        let words = units.len().div_ceil(64);
        for bitmap in [
            &mut self.word,
            &mut self.space,
            &mut self.digit,
            &mut self.pair_digit,
        ] {
            bitmap.clear();
            bitmap.resize(words, 0);
        }
        let bits = self;
        let (mut word_carry, mut add_carry) = (0u64, false);
        for (w, block) in units.chunks(64).enumerate() {
            let (word, space, digit) = classify(block);
            // Marks the first space of each run that follows a word byte; adding the mark to the run
            // carries to the unit right after it (also across words), so `& !space` keeps exactly those.
            let marks = ((word << 1) | word_carry) & space;
            let (sum, carry1) = space.overflowing_add(marks);
            let (sum, carry2) = sum.overflowing_add(u64::from(add_carry));
            bits.pair_digit[w] = sum & !space & digit;
            word_carry = word >> 63;
            add_carry = carry1 || carry2;
            bits.word[w] = word;
            bits.space[w] = space;
            bits.digit[w] = digit;
        }
    }
}

/// Start of the run of set bits that ends at `i` (bit `i` set), but not below `floor`.
#[inline]
pub fn run_start(bits: &[u64], i: usize, floor: usize) -> usize {
    let mut w = i / 64;
    let mut clear = !bits[w] & (!0u64 >> (63 - i % 64));
    loop {
        if clear != 0 {
            return (w * 64 + 64 - clear.leading_zeros() as usize).max(floor);
        }
        if w == 0 || w * 64 <= floor {
            return floor;
        }
        w -= 1;
        clear = !bits[w];
    }
}

/// First index in `from..limit` whose bit is clear, or `limit`.
#[inline]
pub fn next_clear(bits: &[u64], from: usize, limit: usize) -> usize {
    if from >= limit {
        return limit;
    }
    let mut w = from / 64;
    let mut clear = !bits[w] & (!0u64 << (from % 64));
    loop {
        if clear != 0 {
            return (w * 64 + clear.trailing_zeros() as usize).min(limit);
        }
        w += 1;
        if w * 64 >= limit {
            return limit;
        }
        clear = !bits[w];
    }
}

#[cfg(test)]
pub fn is_set(bits: &[u64], i: usize) -> bool {
    bits[i / 64] >> (i % 64) & 1 != 0
}

/// (word, space, digit) masks of up to 64 code units.
fn classify(block: &[u16]) -> (u64, u64, u64) {
    let mut masks = (0u64, 0u64, 0u64);
    let mut at = 0;
    #[cfg(target_arch = "x86_64")]
    while at + 16 <= block.len() {
        let (word, space, digit) = sse2::classify16(block[at..at + 16].try_into().unwrap());
        masks.0 |= u64::from(word) << at;
        masks.1 |= u64::from(space) << at;
        masks.2 |= u64::from(digit) << at;
        at += 16;
    }
    for (i, &c) in block.iter().enumerate().skip(at) {
        masks.0 |= u64::from(is_word(c)) << i;
        masks.1 |= u64::from(is_space(c)) << i;
        masks.2 |= u64::from(is_digit(c)) << i;
    }
    masks
}

/// SSE2 is part of every x86_64 CPU, so this needs no runtime detection.
#[cfg(target_arch = "x86_64")]
mod sse2 {
    use std::arch::x86_64::*;

    /// Unsigned `lo <= b <= lo + span` per lane, as a lane mask.
    ///
    /// # Safety
    /// Needs SSE2, which every x86_64 CPU has.
    #[inline]
    unsafe fn in_range(v: __m128i, lo: u8, span: u8) -> __m128i {
        let shifted = _mm_sub_epi8(v, _mm_set1_epi8(lo as i8));
        _mm_cmpeq_epi8(_mm_min_epu8(shifted, _mm_set1_epi8(span as i8)), shifted)
    }

    #[inline]
    pub fn classify16(block: &[u16; 16]) -> (u16, u16, u16) {
        // SAFETY: SSE2 is baseline on x86_64, and the two loads read exactly the 32 bytes of `block`.
        unsafe {
            // Signed saturation keeps 0..=0xFF, turns 0x100..=0x7FFF into 0xFF and 0x8000.. into 0:
            // ASCII units stay themselves and every other unit becomes a byte that is in no class.
            let v = _mm_packus_epi16(
                _mm_loadu_si128(block.as_ptr().cast()),
                _mm_loadu_si128(block[8..].as_ptr().cast()),
            );
            let digit = in_range(v, b'0', 9);
            let alpha = in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), b'a', 25);
            let word = _mm_or_si128(
                _mm_or_si128(digit, alpha),
                _mm_cmpeq_epi8(v, _mm_set1_epi8(b'_' as i8)),
            );
            let space = _mm_or_si128(
                in_range(v, b'\t', 4),
                _mm_cmpeq_epi8(v, _mm_set1_epi8(b' ' as i8)),
            );
            let mask = |m: __m128i| _mm_movemask_epi8(m) as u16;
            (mask(word), mask(space), mask(digit))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_bitmaps_match_java_ascii_classes_for_every_unit() {
        let units: Vec<u16> = (0..=u16::MAX).chain((0..=u16::MAX).rev()).collect();
        let bits = ClassBits::of(&units);
        for (i, &c) in units.iter().enumerate() {
            let ascii = char::from_u32(u32::from(c)).filter(char::is_ascii);
            let word = ascii.is_some_and(|a| a.is_ascii_alphanumeric() || a == '_');
            let space = ascii.is_some_and(|a| " \t\n\x0B\x0C\r".contains(a));
            let digit = ascii.is_some_and(|a| a.is_ascii_digit());
            assert_eq!(is_set(&bits.word, i), word, "word {c:#x}");
            assert_eq!(is_set(&bits.space, i), space, "space {c:#x}");
            assert_eq!(is_set(&bits.digit, i), digit, "digit {c:#x}");
        }
    }
}

//! Ids of the distinct words of a chunk. A word of up to 16 units (almost all of them) is packed into
//! one u128 and found in an open-addressing table with a single compare; longer words use a slice map.

use std::collections::HashMap;

use crate::fxhash::FxBuildHasher;

/// Longest word that packs into a `u128`, one byte per (ASCII) unit.
const SHORT: usize = 16;

const SEED: u64 = 0x9E37_79B9_7F4A_7C15;

pub struct WordIds<'a> {
    /// Packed word (never 0: words are non-empty and `\w` has no NUL) and id; 0 marks a free slot.
    slots: Vec<(u128, u32)>,
    shift: u32,
    short_words: usize,
    long: HashMap<&'a [u16], u32, FxBuildHasher>,
    /// Distinct words in id order, borrowed from the input.
    pub words: Vec<&'a [u16]>,
    /// Short words are packed into a u128: exact only for non-empty ASCII words without NUL.
    pack_short: bool,
}

impl<'a> WordIds<'a> {
    /// An empty dictionary for about `units` units of text: small calls must not pay for a big table.
    pub fn new(units: usize) -> Self {
        let bits = (units / 32)
            .clamp(16, 256)
            .next_power_of_two()
            .trailing_zeros();
        WordIds {
            slots: vec![(0, 0); 1 << bits],
            shift: 64 - bits,
            short_words: 0,
            long: HashMap::default(),
            words: Vec::new(),
            pack_short: true,
        }
    }

    /// A dictionary for words that may be empty or hold NUL, which packing would confuse with others.
    pub fn any_words(units: usize) -> Self {
        WordIds {
            pack_short: false,
            ..WordIds::new(units)
        }
    }

    /// The id of `units[word]`, a run of `\w` units, numbering new words in order of first use.
    #[inline(always)]
    pub fn id(&mut self, units: &'a [u16], word: std::ops::Range<usize>) -> u32 {
        if word.len() > SHORT || !self.pack_short {
            return self.long_id(&units[word]);
        }
        let key = pack(units, word.clone());
        let mut at = self.slot_of(key);
        loop {
            let (slot_key, id) = self.slots[at];
            if slot_key == key {
                return id;
            }
            if slot_key == 0 {
                break;
            }
            at = (at + 1) & (self.slots.len() - 1);
        }
        let id = self.push(&units[word]);
        self.slots[at] = (key, id);
        self.short_words += 1;
        if self.short_words * 2 > self.slots.len() {
            self.grow();
        }
        id
    }

    fn slot_of(&self, key: u128) -> usize {
        let folded = key as u64 ^ ((key >> 64) as u64).rotate_left(29);
        (folded.wrapping_mul(SEED) >> self.shift) as usize
    }

    #[cold]
    fn long_id(&mut self, word: &'a [u16]) -> u32 {
        if let Some(&id) = self.long.get(word) {
            return id;
        }
        let id = self.push(word);
        self.long.insert(word, id);
        id
    }

    fn push(&mut self, word: &'a [u16]) -> u32 {
        self.words.push(word);
        (self.words.len() - 1) as u32
    }

    #[cold]
    fn grow(&mut self) {
        let doubled = vec![(0, 0); self.slots.len() * 2];
        let old = std::mem::replace(&mut self.slots, doubled);
        self.shift -= 1;
        for (key, id) in old.into_iter().filter(|&(key, _)| key != 0) {
            let mut at = self.slot_of(key);
            let mask = self.slots.len() - 1;
            while self.slots[at].0 != 0 {
                at = (at + 1) & mask;
            }
            self.slots[at] = (key, id);
        }
    }
}

/// The word's units as bytes of a u128, first unit lowest; `word` is at most 16 ASCII units.
#[inline]
fn pack(units: &[u16], word: std::ops::Range<usize>) -> u128 {
    let len = word.len();
    let mask = if len == SHORT {
        !0u128
    } else {
        (1u128 << (8 * len)) - 1
    };
    #[cfg(target_arch = "x86_64")]
    if let Some(block) = units.get(word.start..word.start + SHORT) {
        return sse2::narrow16(block.try_into().unwrap()) & mask;
    }
    units[word]
        .iter()
        .rev()
        .fold(0u128, |key, &c| (key << 8) | u128::from(c as u8))
}

#[cfg(target_arch = "x86_64")]
mod sse2 {
    use std::arch::x86_64::*;

    /// 16 units narrowed to bytes, first unit lowest; exact for ASCII units.
    #[inline]
    pub fn narrow16(block: &[u16; 16]) -> u128 {
        // SAFETY: SSE2 is baseline on x86_64, and the two loads read exactly the 32 bytes of `block`.
        unsafe {
            let bytes = _mm_packus_epi16(
                _mm_loadu_si128(block.as_ptr().cast()),
                _mm_loadu_si128(block[8..].as_ptr().cast()),
            );
            std::mem::transmute::<__m128i, u128>(bytes)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_word_same_id_at_any_position_and_length() {
        let text: Vec<u16> =
            "ab ab_c abcdefghijklmnop abcdefghijklmnopq abcdefghijklmnop abcdefghijklmnopq ab"
                .encode_utf16()
                .collect();
        let mut ids = WordIds::new(text.len());
        let mut got = Vec::new();
        let mut start = 0;
        for (i, &c) in text
            .iter()
            .chain(std::iter::once(&u16::from(b' ')))
            .enumerate()
        {
            if c == u16::from(b' ') {
                got.push(ids.id(&text, start..i));
                start = i + 1;
            }
        }
        assert_eq!(got, vec![0, 1, 2, 3, 2, 3, 0]);
        assert_eq!(ids.words.len(), 4);
    }

    #[test]
    fn thousands_of_words_survive_growth() {
        let words: Vec<Vec<u16>> = (0..5_000)
            .map(|i| format!("w{i}").encode_utf16().collect())
            .collect();
        let mut ids = WordIds::new(0);
        for round in 0..2 {
            for (i, w) in words.iter().enumerate() {
                assert_eq!(ids.id(w, 0..w.len()), i as u32, "round {round}");
            }
        }
    }
}

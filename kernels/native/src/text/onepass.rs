//! A compiled one-pass matcher: Java's `find()` loop for a pattern that is a flat sequence of character
//! classes, each repeated between a minimum and a maximum, with groups 1 and 2 around runs of them, and
//! where no repetition can give back a unit the pattern's next step could start with. For such a pattern
//! Java's backtracking never backtracks: at each start, each repetition takes all it can, and the match
//! either goes through or fails there; the same is true here, read over the UTF-16 code units as Java's
//! `String` holds them, so no text is encoded.
//!
//! The Java side translates the pattern (`OnePassProgram`) and refuses what is not one-pass; this side
//! checks the same rules again, so a program it runs is one it matches exactly.
//!
//! Program, native-endian i32s: `item_count`, then per item `group, min, max, ascii[4], non_ascii`:
//! `group` 0, 1 or 2; `max` -1 for no upper bound (counts are of characters: a surrogate pair is one); `ascii` the 128 ASCII units as a bitmap, lowest
//! word first; `non_ascii` 0 for none of the units from 0x80 up, 1 for all of them, 2 for all but the
//! line terminators U+0085 U+2028 U+2029 (Java's `.`).

use std::ops::Range;

/// Why a program was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum ProgramError {
    /// Too short, or a field out of its range.
    Malformed,
    /// A repetition could give back a unit the next step can start with: not one-pass.
    NotOnePass,
    /// Group 1 or 2 is missing, split, or holds units from 0x80 up (the packed output is ASCII).
    Groups,
}

/// The units from 0x80 up that a class holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NonAscii {
    None,
    All,
    AllButLineEnds,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Class {
    ascii: u128,
    non_ascii: NonAscii,
}

impl Class {
    #[inline(always)]
    fn contains(&self, unit: u16) -> bool {
        if unit < 0x80 {
            (self.ascii >> unit) & 1 != 0
        } else {
            match self.non_ascii {
                NonAscii::None => false,
                NonAscii::All => true,
                NonAscii::AllButLineEnds => !matches!(unit, 0x85 | 0x2028 | 0x2029),
            }
        }
    }

    fn intersects(&self, other: &Class) -> bool {
        self.ascii & other.ascii != 0
            || (self.non_ascii != NonAscii::None && other.non_ascii != NonAscii::None)
    }

    fn union(&self, other: &Class) -> Class {
        let non_ascii = match (self.non_ascii, other.non_ascii) {
            (NonAscii::All, _) | (_, NonAscii::All) => NonAscii::All,
            (NonAscii::None, n) | (n, NonAscii::None) => n,
            _ => NonAscii::AllButLineEnds,
        };
        Class {
            ascii: self.ascii | other.ascii,
            non_ascii,
        }
    }

    const EMPTY: Class = Class {
        ascii: 0,
        non_ascii: NonAscii::None,
    };
}

#[derive(Clone, Copy, Debug)]
struct Item {
    class: Class,
    min: u32,
    max: u32,
    group: u8,
}

/// A compiled pattern.
#[derive(Debug)]
pub struct Program {
    items: Vec<Item>,
    /// The units a match can start with.
    first: Class,
    /// The first item repeats without bound at least once: a failed start inside its run fails the
    /// same way at every later unit of that run, so the search goes on from the run's end.
    skip_run: bool,
    /// Per group (1, 2): its first item and the item after its last.
    groups: [(usize, usize); 2],
    /// Per ASCII unit: bit `i` set when item `i` holds it, bit [`FIRST_BIT`] when a match can start
    /// with it; entry 128 stands for every unit from 0x80 up, its bit set when the class holds all of
    /// them (a class that holds them all but the line ends has it clear and a slower loop). One table
    /// lookup per unit, where testing a u128 costs a double-word shift.
    ascii: [u32; 129],
    /// The first item is an ASCII class repeated without bound at least once and the rest cannot match
    /// empty: runs of the first class are found on bitmaps, and a match is only tried where a run ends
    /// right before a unit the rest can start with (see [`Program::find_each_with`]).
    runs_on_bitmaps: bool,
    /// The first class and the rest's first units, 64 units at a time.
    shufti: Shufti,
}

/// Two classes (the first item's, the rest's first units) tested on 16 units at once: the units'
/// low and high nibbles index two 16-byte tables whose AND says whether a unit is in the class
/// (a bit per high nibble 0..7, so every ASCII class is exact); units from 0x80 up are in the class
/// when it holds all of them. SSSE3 when the CPU has it, else the same table unit by unit.
#[derive(Debug, Clone)]
struct Shufti {
    low: [[u8; 16]; 2],
    high: [[u8; 16]; 2],
    past_ascii: [bool; 2],
    table: [u32; 129],
    simd: bool,
}

impl Shufti {
    fn new(classes: [&Class; 2], table: [u32; 129]) -> Shufti {
        let mut low = [[0u8; 16]; 2];
        let mut high = [[0u8; 16]; 2];
        for (k, class) in classes.iter().enumerate() {
            for unit in 0u16..0x80 {
                if class.contains(unit) {
                    low[k][usize::from(unit & 0xF)] |= 1 << (unit >> 4);
                }
            }
            for h in 0..8 {
                high[k][h] = 1 << h;
            }
        }
        #[cfg(target_arch = "x86_64")]
        let simd = std::arch::is_x86_feature_detected!("ssse3");
        #[cfg(not(target_arch = "x86_64"))]
        let simd = false;
        Shufti {
            low,
            high,
            past_ascii: [classes[0].non_ascii == NonAscii::All, classes[1].non_ascii == NonAscii::All],
            table,
            simd,
        }
    }

    /// Bit `j` of each: unit `j` is in the first class, in the second.
    #[inline(always)]
    fn classify64(&self, units: &[u16; 64]) -> (u64, u64) {
        #[cfg(target_arch = "x86_64")]
        if self.simd {
            // SAFETY: SSSE3 was detected at run time.
            return unsafe { self.classify64_ssse3(units) };
        }
        let (mut a, mut b) = (0u64, 0u64);
        for (j, &u) in units.iter().enumerate() {
            let bits = self.table[usize::from(u.min(0x80))];
            a |= u64::from(bits & 1) << j;
            b |= u64::from((bits & REST_BIT) >> 30) << j;
        }
        (a, b)
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "ssse3")]
    unsafe fn classify64_ssse3(&self, units: &[u16; 64]) -> (u64, u64) {
        use std::arch::x86_64::*;
        let low0 = _mm_loadu_si128(self.low[0].as_ptr().cast());
        let low1 = _mm_loadu_si128(self.low[1].as_ptr().cast());
        let high0 = _mm_loadu_si128(self.high[0].as_ptr().cast());
        let high1 = _mm_loadu_si128(self.high[1].as_ptr().cast());
        let nibble = _mm_set1_epi8(0x0F);
        let zero = _mm_setzero_si128();
        let past0 = if self.past_ascii[0] { -1i8 } else { 0 };
        let past1 = if self.past_ascii[1] { -1i8 } else { 0 };
        let (past0, past1) = (_mm_set1_epi8(past0), _mm_set1_epi8(past1));
        let (mut a, mut b) = (0u64, 0u64);
        for block in 0..4 {
            let p = units.as_ptr().add(16 * block).cast::<__m128i>();
            let (lo, hi) = (_mm_loadu_si128(p), _mm_loadu_si128(p.add(1)));
            // 0xFF where the unit is ASCII, one byte per unit.
            let ascii = _mm_packs_epi16(
                _mm_cmpeq_epi16(_mm_srli_epi16(lo, 7), zero),
                _mm_cmpeq_epi16(_mm_srli_epi16(hi, 7), zero),
            );
            // The units' low bytes (only read where ASCII); the high nibble of an ASCII byte is 0..7.
            let mask = _mm_set1_epi16(0x00FF);
            let bytes = _mm_packus_epi16(_mm_and_si128(lo, mask), _mm_and_si128(hi, mask));
            let lo_n = _mm_and_si128(bytes, nibble);
            let hi_n = _mm_and_si128(_mm_srli_epi16(bytes, 4), nibble);
            let in0 = _mm_and_si128(_mm_shuffle_epi8(low0, lo_n), _mm_shuffle_epi8(high0, hi_n));
            let in1 = _mm_and_si128(_mm_shuffle_epi8(low1, lo_n), _mm_shuffle_epi8(high1, hi_n));
            let in0 = _mm_xor_si128(_mm_cmpeq_epi8(in0, zero), _mm_set1_epi8(-1));
            let in1 = _mm_xor_si128(_mm_cmpeq_epi8(in1, zero), _mm_set1_epi8(-1));
            let m0 = _mm_or_si128(_mm_and_si128(ascii, in0), _mm_andnot_si128(ascii, past0));
            let m1 = _mm_or_si128(_mm_and_si128(ascii, in1), _mm_andnot_si128(ascii, past1));
            a |= u64::from(_mm_movemask_epi8(m0) as u16) << (16 * block);
            b |= u64::from(_mm_movemask_epi8(m1) as u16) << (16 * block);
        }
        (a, b)
    }
}

/// Bitmaps a search reuses from text to text.
#[derive(Default)]
pub struct Scratch {
    run: Vec<u64>,
    rest: Vec<u64>,
}

/// Items a program may have: one bit of the ASCII table each, and two for the first units.
const MAX_ITEMS: usize = 30;
/// Table bit of the units a match can start with.
const FIRST_BIT: u32 = 1 << 31;
/// Table bit of the units the steps after the first can start with.
const REST_BIT: u32 = 1 << 30;

const UNBOUNDED: u32 = u32::MAX;
const INTS_PER_ITEM: usize = 8;

impl Program {
    pub fn decode(ints: &[i32]) -> Result<Program, ProgramError> {
        let count = *ints.first().ok_or(ProgramError::Malformed)?;
        let count = usize::try_from(count).map_err(|_| ProgramError::Malformed)?;
        if count == 0 || count > MAX_ITEMS || ints.len() != 1 + count * INTS_PER_ITEM {
            return Err(ProgramError::Malformed);
        }
        let mut items = Vec::with_capacity(count);
        for raw in ints[1..].chunks_exact(INTS_PER_ITEM) {
            let group = u8::try_from(raw[0]).ok().filter(|g| *g <= 2).ok_or(ProgramError::Malformed)?;
            let min = u32::try_from(raw[1]).map_err(|_| ProgramError::Malformed)?;
            let max = match raw[2] {
                -1 => UNBOUNDED,
                m => u32::try_from(m).map_err(|_| ProgramError::Malformed)?,
            };
            if max < min || max == 0 {
                return Err(ProgramError::Malformed);
            }
            let ascii = (0..4).fold(0u128, |bits, w| bits | (u128::from(raw[3 + w] as u32) << (32 * w)));
            let non_ascii = match raw[7] {
                0 => NonAscii::None,
                1 => NonAscii::All,
                2 => NonAscii::AllButLineEnds,
                _ => return Err(ProgramError::Malformed),
            };
            let class = Class { ascii, non_ascii };
            if class == Class::EMPTY {
                return Err(ProgramError::Malformed);
            }
            items.push(Item {
                class,
                min,
                max,
                group,
            });
        }
        Program::new(items)
    }

    fn new(items: Vec<Item>) -> Result<Program, ProgramError> {
        for (i, item) in items.iter().enumerate() {
            if item.min != item.max && item.class.intersects(&first_of(&items[i + 1..])) {
                return Err(ProgramError::NotOnePass);
            }
        }
        if items.iter().all(|item| item.min == 0) {
            return Err(ProgramError::Malformed);
        }
        let mut groups = [(0, 0); 2];
        for (g, bounds) in groups.iter_mut().enumerate() {
            let g = g as u8 + 1;
            let start = items.iter().position(|i| i.group == g).ok_or(ProgramError::Groups)?;
            let end = start + items[start..].iter().take_while(|i| i.group == g).count();
            if items[end..].iter().any(|i| i.group == g)
                || items[start..end].iter().any(|i| i.class.non_ascii != NonAscii::None)
            {
                return Err(ProgramError::Groups);
            }
            *bounds = (start, end);
        }
        let first = first_of(&items);
        let rest_first = first_of(&items[1..]);
        let skip_run = items[0].max == UNBOUNDED && items[0].min >= 1;
        let runs_on_bitmaps = skip_run
            && items[0].class.non_ascii == NonAscii::None
            && items[1..].iter().any(|i| i.min > 0)
            && rest_first.non_ascii != NonAscii::AllButLineEnds;
        let mut ascii = [0u32; 129];
        for (unit, bits) in ascii.iter_mut().enumerate() {
            let holds = |class: &Class| {
                if unit < 0x80 {
                    class.contains(unit as u16)
                } else {
                    class.non_ascii == NonAscii::All
                }
            };
            for (i, item) in items.iter().enumerate() {
                if holds(&item.class) {
                    *bits |= 1 << i;
                }
            }
            if holds(&first) {
                *bits |= FIRST_BIT;
            }
            if holds(&rest_first) {
                *bits |= REST_BIT;
            }
        }
        let shufti = Shufti::new([&items[0].class, &rest_first], ascii);
        Ok(Program {
            items,
            first,
            skip_run,
            groups,
            shufti,
            ascii,
            runs_on_bitmaps,
        })
    }

    /// Group 2 is one or more ASCII digits and nothing else: its text parses without checks.
    pub fn number_is_digits(&self) -> bool {
        let (start, end) = self.groups[1];
        let digits = (u128::from(b'0')..=u128::from(b'9')).fold(0u128, |bits, d| bits | (1 << d));
        let number = &self.items[start..end];
        number.iter().any(|i| i.min > 0)
            && number.iter().all(|i| i.class.non_ascii == NonAscii::None && i.class.ascii & !digits == 0)
    }

    /// Group 1 is never empty and never holds NUL: its text can be packed into an integer key.
    pub fn key_packs(&self) -> bool {
        let (start, end) = self.groups[0];
        let key = &self.items[start..end];
        key.iter().any(|i| i.min > 0) && key.iter().all(|i| !i.class.contains(0))
    }

    /// Whether `unit` is in the class whose ASCII part is `bit` of the table and whose other part is `class`'s.
    #[inline(always)]
    fn holds(&self, bit: u32, class: &Class, unit: u16) -> bool {
        if unit < 0x80 {
            self.ascii[unit as usize] & bit != 0
        } else {
            class.contains(unit)
        }
    }

    /// Calls `found(group 1, group 2)` for every match of Java's `find()` loop over `text`, in order.
    pub fn find_each(&self, text: &[u16], found: impl FnMut(Range<usize>, Range<usize>)) {
        self.find_each_with(text, &mut Scratch::default(), found);
    }

    /// [`Self::find_each`] with bitmaps kept from call to call.
    pub fn find_each_with(
        &self,
        text: &[u16],
        scratch: &mut Scratch,
        found: impl FnMut(Range<usize>, Range<usize>),
    ) {
        if self.runs_on_bitmaps {
            self.fill(text, scratch);
            self.find_in_window(scratch, text, 0, text.len(), found);
        } else {
            self.find_unit_by_unit(text, found);
        }
    }

    /// Whether [`Self::fill`] and [`Self::find_in_window`] serve this program (else [`Self::find_each`]).
    pub fn runs_on_bitmaps(&self) -> bool {
        self.runs_on_bitmaps
    }

    /// The bitmaps of a window of consecutive texts, 64 units at a time.
    pub fn fill(&self, window: &[u16], scratch: &mut Scratch) {
        let (run, rest) = (&mut scratch.run, &mut scratch.rest);
        run.clear();
        rest.clear();
        let mut chunks = window.chunks_exact(64);
        for chunk in chunks.by_ref() {
            let (r, f) = self.shufti.classify64(chunk.try_into().unwrap());
            run.push(r);
            rest.push(f);
        }
        if !chunks.remainder().is_empty() {
            let mut last = [0u16; 64];
            last[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
            // Padding is NUL, which may be in a class: its bits are cut off.
            let keep = u64::MAX >> (64 - chunks.remainder().len());
            let (r, f) = self.shufti.classify64(&last);
            run.push(r & keep);
            rest.push(f & keep);
        }
    }

    /// Java tries every start in turn. A start outside a run of the first class fails at once; every
    /// start inside one reaches the same run end, where the rest of the pattern goes through or not
    /// (the first class holds no unit the rest starts with), so only the earliest start of each run
    /// counts (not before the text's start or the previous match's end), and only runs followed by a
    /// unit the rest can start with need trying: `rest & (run << 1)` on the window's bitmaps.
    /// `found` gets group bounds relative to the text `window[start..end]`.
    pub fn find_in_window(
        &self,
        bits: &Scratch,
        window: &[u16],
        start: usize,
        end: usize,
        mut found: impl FnMut(Range<usize>, Range<usize>),
    ) {
        if start >= end {
            return;
        }
        let text = &window[..end];
        let (run, rest) = (&bits.run, &bits.rest);
        let min = self.items[0].min as usize;
        let mut from = start;
        let first_word = (start + 1) / 64;
        let mut carry = if first_word > 0 { run[first_word - 1] >> 63 } else { 0 };
        for w in first_word..end.div_ceil(64) {
            let mut ends = rest[w] & ((run[w] << 1) | carry);
            carry = run[w] >> 63;
            while ends != 0 {
                let at = w * 64 + ends.trailing_zeros() as usize;
                ends &= ends - 1;
                if at >= end {
                    return;
                }
                if at <= from {
                    continue;
                }
                let run_from = run_start(run, at - 1).max(from);
                if at - run_from < min {
                    continue;
                }
                let mut g = [0usize; 4];
                for (slot, group) in [(0, 0), (2, 1)] {
                    if self.groups[group].0 == 0 {
                        g[slot] = run_from;
                    }
                    if self.groups[group].1 == 1 {
                        g[slot + 1] = at;
                    }
                }
                if let Ok(match_end) = self.run_items(text, 1, at, &mut g) {
                    found(g[0] - start..g[1] - start, g[2] - start..g[3] - start);
                    from = match_end;
                }
            }
        }
    }

    fn find_unit_by_unit(&self, text: &[u16], mut found: impl FnMut(Range<usize>, Range<usize>)) {
        let mut at = 0;
        let n = text.len();
        while at < n {
            if self.first.non_ascii == NonAscii::AllButLineEnds {
                while at < n && !self.holds(FIRST_BIT, &self.first, text[at]) {
                    at += 1;
                }
            } else {
                let table = &self.ascii;
                at += text[at..]
                    .iter()
                    .position(|&u| table[usize::from(u.min(0x80))] & FIRST_BIT != 0)
                    .unwrap_or(n - at);
            }
            if at >= n {
                return;
            }
            match self.match_at(text, at) {
                Ok((end, g)) => {
                    found(g[0]..g[1], g[2]..g[3]);
                    // A match is never empty (a pattern that can match empty is refused).
                    at = end;
                }
                Err(run_end) => {
                    at = if self.skip_run { run_end.max(at + 1) } else { at + 1 };
                }
            }
        }
    }

    /// The match starting at `start`: its end and the bounds of groups 1 and 2; on failure, where the
    /// first item's run ended.
    #[inline(always)]
    fn match_at(&self, text: &[u16], start: usize) -> Result<(usize, [usize; 4]), usize> {
        let mut g = [0usize; 4];
        let end = self.run_items(text, 0, start, &mut g)?;
        Ok((end, g))
    }

    /// Items `first..` from `at` on, setting the group bounds they open or close in `g`: where the match
    /// ends, or on failure where item 0's run ended (when `first` is 0).
    #[inline(always)]
    fn run_items(&self, text: &[u16], first: usize, mut at: usize, g: &mut [usize; 4]) -> Result<usize, usize> {
        let mut first_run_end = at;
        for (i, item) in self.items.iter().enumerate().skip(first) {
            if i == self.groups[0].0 {
                g[0] = at;
            }
            if i == self.groups[1].0 {
                g[2] = at;
            }
            let from = at;
            let count = if item.class.non_ascii == NonAscii::None {
                // ASCII only: no surrogate can match, so units are characters.
                let limit = if item.max == UNBOUNDED {
                    text.len()
                } else {
                    text.len().min(at + item.max as usize)
                };
                let bit = 1 << i;
                let table = &self.ascii;
                at += text[at..limit]
                    .iter()
                    .position(|&u| table[usize::from(u.min(0x80))] & bit == 0)
                    .unwrap_or(limit - at);
                at - from
            } else {
                // Java reads a surrogate pair as one character, which the class holds (it holds all
                // of them or none), so a pair counts once and is taken whole.
                let mut count = 0usize;
                while count < item.max as usize && at < text.len() && item.class.contains(text[at]) {
                    at += if is_pair(text, at) { 2 } else { 1 };
                    count += 1;
                }
                count
            };
            if i == 0 {
                first_run_end = at;
            }
            if count < item.min as usize {
                return Err(first_run_end);
            }
            if i + 1 == self.groups[0].1 {
                g[1] = at;
            }
            if i + 1 == self.groups[1].1 {
                g[3] = at;
            }
        }
        Ok(at)
    }
}

/// Where the run of set bits that holds bit `i` starts.
fn run_start(bits: &[u64], i: usize) -> usize {
    let mut w = i / 64;
    // Clear bits above i, then look for the highest clear bit at or below it.
    let below = if i % 64 == 63 { u64::MAX } else { (1u64 << (i % 64 + 1)) - 1 };
    let mut gaps = !bits[w] & below;
    loop {
        if gaps != 0 {
            return w * 64 + (64 - gaps.leading_zeros() as usize);
        }
        if w == 0 {
            return 0;
        }
        w -= 1;
        gaps = !bits[w];
    }
}

/// A high surrogate at `at` followed by a low one: one character to Java.
#[inline(always)]
fn is_pair(text: &[u16], at: usize) -> bool {
    (0xD800..0xDC00).contains(&text[at]) && text.get(at + 1).is_some_and(|u| (0xDC00..0xE000).contains(u))
}

/// The units the sequence `items` can start with: the first item's, and the next one's while they
/// may repeat zero times.
fn first_of(items: &[Item]) -> Class {
    let mut first = Class::EMPTY;
    for item in items {
        first = first.union(&item.class);
        if item.min > 0 {
            break;
        }
    }
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(units: &str) -> [i32; 4] {
        let mut bits = 0u128;
        for b in units.bytes() {
            bits |= 1 << b;
        }
        [bits as u32 as i32, (bits >> 32) as u32 as i32, (bits >> 64) as u32 as i32, (bits >> 96) as u32 as i32]
    }

    const WORD: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
    const DIGIT: &str = "0123456789";

    fn program(items: &[(i32, i32, i32, &str, i32)]) -> Result<Program, ProgramError> {
        let mut ints = vec![items.len() as i32];
        for &(group, min, max, units, non_ascii) in items {
            ints.extend([group, min, max]);
            ints.extend(class(units));
            ints.push(non_ascii);
        }
        Program::decode(&ints)
    }

    fn matches(p: &Program, text: &str) -> Vec<(String, String)> {
        let units: Vec<u16> = text.encode_utf16().collect();
        let mut out = Vec::new();
        p.find_each(&units, |a, b| {
            out.push((String::from_utf16_lossy(&units[a]), String::from_utf16_lossy(&units[b])))
        });
        out
    }

    #[test]
    fn key_equals_number_finds_what_java_finds() {
        // (\w+)=(\d+)
        let p = program(&[(1, 1, -1, WORD, 0), (0, 1, 1, "=", 0), (2, 1, -1, DIGIT, 0)]).unwrap();
        assert_eq!(
            matches(&p, "a=1 bb=22,c=x d==4 e=5五 ab_9=0012"),
            vec![("a".into(), "1".into()), ("bb".into(), "22".into()), ("e".into(), "5".into()),
                 ("ab_9".into(), "0012".into())]
        );
    }

    #[test]
    fn separators_and_optional_items() {
        // (\w+):\s*(\d+) -- \s* then \d+: disjoint, so one-pass
        let p = program(&[(1, 1, -1, WORD, 0), (0, 1, 1, ":", 0), (0, 0, -1, " \t", 0), (2, 1, -1, DIGIT, 0)])
            .unwrap();
        assert_eq!(matches(&p, "x:1 y:  22 z: q"), vec![("x".into(), "1".into()), ("y".into(), "22".into())]);
    }

    #[test]
    fn a_repetition_that_could_give_back_is_refused() {
        // (\w+)(\d+): \w+ could give back digits
        assert_eq!(program(&[(1, 1, -1, WORD, 0), (2, 1, -1, DIGIT, 0)]).unwrap_err(), ProgramError::NotOnePass);
        // ([a-z]+)\s*(\s\d+): \s* then \s
        assert_eq!(
            program(&[(1, 1, -1, "ab", 0), (0, 0, -1, " ", 0), (2, 1, 1, " ", 0), (2, 1, -1, DIGIT, 0)]).unwrap_err(),
            ProgramError::NotOnePass
        );
    }

    #[test]
    fn a_surrogate_pair_is_one_character_to_a_class_past_ascii() {
        // .(a+)..(\d): each '.' takes a whole pair, or one lone surrogate
        let p = program(&[(0, 1, 1, "", 2), (1, 1, -1, "a", 0), (0, 2, 2, "", 2), (2, 1, 1, DIGIT, 0)]).unwrap();
        assert_eq!(matches(&p, "😀aa😀😀1"), vec![("aa".into(), "1".into())]);
        let lone: Vec<u16> = vec![0xD800, u16::from(b'a'), 0xDC00, 0xD83D, u16::from(b'7')];
        let mut found = Vec::new();
        p.find_each(&lone, |a, b| found.push((a, b)));
        assert_eq!(found, vec![(1..2, 4..5)]);
        assert_eq!(program(&[(1, 1, -1, "a", 1), (0, 1, 1, "=", 0), (2, 1, -1, DIGIT, 0)]).unwrap_err(),
            ProgramError::Groups);
    }

    #[test]
    fn bounded_counts_stop_where_java_stops() {
        // ([a-z]{2,3})-(\d{1,2})
        let p = program(&[(1, 2, 3, "abcd", 0), (0, 1, 1, "-", 0), (2, 1, 2, DIGIT, 0)]).unwrap();
        // "abcd-12": Java tries at 'a' (takes abc, then 'd' is not '-'), then at 'b' (bcd-12).
        assert_eq!(matches(&p, "abcd-123 a-1"), vec![("bcd".into(), "12".into())]);
    }

    #[test]
    fn malformed_programs_are_refused() {
        assert_eq!(Program::decode(&[]).unwrap_err(), ProgramError::Malformed);
        assert_eq!(Program::decode(&[1, 0, 1]).unwrap_err(), ProgramError::Malformed);
        assert_eq!(program(&[(3, 1, 1, "a", 0)]).unwrap_err(), ProgramError::Malformed);
    }
}

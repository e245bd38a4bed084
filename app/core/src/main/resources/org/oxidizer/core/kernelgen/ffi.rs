//! The native boundary of this kernel, written by `oxidizer kernel new`: every pointer and length from the
//! JVM is checked before it becomes a slice, a panic is caught and becomes an error code (never an unwind
//! into the JVM), and answers go back in one buffer that Java frees. Oxidizer's Java side turns the codes
//! into a sentence (`org.oxidizer.kernels.NativeErrors`). Regenerate rather than edit.
#![allow(dead_code)]

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr;

/// Why a call was refused; the discriminant is the code Java receives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Error {
    /// A pointer was null or misaligned, or a length or count negative or too large.
    NullOrNegative = -1,
    /// Text offsets were not non-decreasing within the data.
    BadOffsets = -2,
    /// The kernel panicked; the panic was caught here.
    Panic = -3,
}

fn aligned<T>(data: *const T) -> bool {
    (data as usize) % std::mem::align_of::<T>() == 0
}

fn checked_len<T>(data: *const T, len: i64) -> Result<usize, Error> {
    let len = usize::try_from(len).map_err(|_| Error::NullOrNegative)?;
    if len > 0 && (data.is_null() || !aligned(data) || len.checked_mul(std::mem::size_of::<T>()).map_or(true, |b| b > isize::MAX as usize)) {
        return Err(Error::NullOrNegative);
    }
    Ok(len)
}

/// `len` elements at `data`, checked: empty when `len` is 0 (any pointer).
///
/// # Safety
/// When `len > 0`, `data` must point to `len` readable `T`s that stay valid for `'a`.
pub unsafe fn slice<'a, T>(data: *const T, len: i64) -> Result<&'a [T], Error> {
    let len = checked_len(data, len)?;
    Ok(if len == 0 { &[] } else { std::slice::from_raw_parts(data, len) })
}

/// As [`slice`], writable.
///
/// # Safety
/// When `len > 0`, `data` must point to `len` `T`s that this call alone reads and writes for `'a`.
pub unsafe fn slice_mut<'a, T>(data: *mut T, len: i64) -> Result<&'a mut [T], Error> {
    let len = checked_len(data, len)?;
    Ok(if len == 0 { &mut [] } else { std::slice::from_raw_parts_mut(data, len) })
}

/// Java's `List<String>`: the texts' UTF-16 units back to back and where each starts.
#[derive(Clone, Copy)]
pub struct Texts<'a> {
    data: &'a [u16],
    offsets: &'a [i32],
}

impl<'a> Texts<'a> {
    /// Texts from their units and `count + 1` offsets into them; `None` unless the offsets are in order within `data`.
    pub fn new(data: &'a [u16], offsets: &'a [i32]) -> Option<Texts<'a>> {
        if offsets.is_empty() || offsets[0] < 0 || offsets.windows(2).any(|w| w[0] > w[1])
            || *offsets.last().unwrap() as usize > data.len() {
            return None;
        }
        Some(Texts { data, offsets })
    }

    pub fn len(&self) -> usize {
        self.offsets.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Text `i` as Java's chars (lone surrogates included); `String::from_utf16` makes a Rust string of it.
    pub fn get(&self, i: usize) -> &'a [u16] {
        &self.data[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }

    pub fn iter(&self) -> impl Iterator<Item = &'a [u16]> + '_ {
        (0..self.len()).map(move |i| self.get(i))
    }

    fn range(&self, from: usize, to: usize) -> Texts<'a> {
        Texts { data: self.data, offsets: &self.offsets[from..=to] }
    }
}

/// Java's `Map<String, Integer>` or `Map<String, Long>`: its entries in the map's iteration order.
#[derive(Clone, Copy)]
pub struct Entries<'a, V> {
    pub keys: Texts<'a>,
    pub values: &'a [V],
}

impl<'a, V: Copy> Entries<'a, V> {
    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'a [u16], V)> + '_ {
        (0..self.len()).map(move |i| (self.keys.get(i), self.values[i]))
    }
}

/// Java's `List<Map<String, Integer>>`: the maps' entries one map after another.
#[derive(Clone, Copy)]
pub struct MapList<'a> {
    keys: Texts<'a>,
    values: &'a [i32],
    ends: &'a [i32],
}

impl<'a> MapList<'a> {
    pub fn len(&self) -> usize {
        self.ends.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: usize) -> Entries<'a, i32> {
        let (from, to) = (self.ends[i] as usize, self.ends[i + 1] as usize);
        Entries { keys: self.keys.range(from, to), values: &self.values[from..to] }
    }

    pub fn iter(&self) -> impl Iterator<Item = Entries<'a, i32>> + '_ {
        (0..self.len()).map(move |i| self.get(i))
    }
}

/// # Safety
/// `data` must hold `units` u16s and `offsets` `count + 1` i32s, valid for `'a`.
pub unsafe fn texts<'a>(data: *const u16, units: i64, offsets: *const i32, count: i32) -> Result<Texts<'a>, Error> {
    if count < 0 {
        return Err(Error::NullOrNegative);
    }
    let data = slice(data, units)?;
    let offsets = slice(offsets, i64::from(count) + 1)?;
    Texts::new(data, offsets).ok_or(Error::BadOffsets)
}

/// # Safety
/// As [`texts`], and `values` must hold `count` values.
pub unsafe fn entries<'a, V>(data: *const u16, units: i64, offsets: *const i32, count: i32, values: *const V)
    -> Result<Entries<'a, V>, Error> {
    let keys = texts(data, units, offsets, count)?;
    Ok(Entries { keys, values: slice(values, i64::from(count))? })
}

/// # Safety
/// As [`entries`] for all maps' entries together, and `ends` must hold `maps + 1` i32s.
pub unsafe fn map_list<'a>(data: *const u16, units: i64, offsets: *const i32, count: i32, values: *const i32,
                           ends: *const i32, maps: i32) -> Result<MapList<'a>, Error> {
    let all = entries(data, units, offsets, count, values)?;
    if maps < 0 {
        return Err(Error::NullOrNegative);
    }
    let ends = slice(ends, i64::from(maps) + 1)?;
    if ends[0] != 0 || ends.windows(2).any(|w| w[0] > w[1]) || ends[maps as usize] != count {
        return Err(Error::BadOffsets);
    }
    Ok(MapList { keys: all.keys, values: all.values, ends })
}

/// Writes a primitive answer where Java reads it.
///
/// # Safety
/// `out` must be null or point to a writable `T`.
pub unsafe fn put<T>(out: *mut T, value: T) -> Result<(), Error> {
    if out.is_null() || !aligned(out) {
        return Err(Error::NullOrNegative);
    }
    *out = value;
    Ok(())
}

/// A value Java reads little-endian from an answer buffer.
pub trait Le: Copy {
    fn put(self, out: &mut Vec<u8>);
}

macro_rules! le {
    ($($t:ty),*) => { $(impl Le for $t { fn put(self, out: &mut Vec<u8>) { out.extend_from_slice(&self.to_le_bytes()); } })* };
}
le!(i8, u8, i16, u16, i32, u32, i64, f32, f64);

/// An answer in the layout `org.oxidizer.kernels.boundary.Marshal` reads: a u32 count, then the elements.
#[derive(Default)]
pub struct Out(Vec<u8>);

impl Out {
    pub fn new() -> Out {
        Out(Vec::new())
    }

    fn count(&mut self, n: usize) {
        let n = u32::try_from(n).ok().filter(|&n| n <= i32::MAX as u32).expect("an answer with more than 2^31 - 1 elements");
        n.put(&mut self.0);
    }

    pub fn array<T: Le>(&mut self, values: &[T]) {
        self.count(values.len());
        self.0.reserve(values.len() * std::mem::size_of::<T>());
        values.iter().for_each(|v| v.put(&mut self.0));
    }

    pub fn bools(&mut self, values: &[bool]) {
        self.count(values.len());
        values.iter().for_each(|&v| (v as u8).put(&mut self.0));
    }

    pub fn text(&mut self, units: &[u16]) {
        self.array(units);
    }

    pub fn texts(&mut self, texts: &[Vec<u16>]) {
        self.count(texts.len());
        texts.iter().for_each(|t| self.text(t));
    }

    pub fn entries<V: Le>(&mut self, entries: &[(Vec<u16>, V)]) {
        self.count(entries.len());
        for (key, value) in entries {
            self.text(key);
            value.put(&mut self.0);
        }
    }

    pub fn maps(&mut self, maps: &[Vec<(Vec<u16>, i32)>]) {
        self.count(maps.len());
        maps.iter().for_each(|m| self.entries(m));
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.0
    }
}

/// An entry point that returns a status: its body's value, or the error code; a panic is caught.
pub fn status_entry(body: impl FnOnce() -> Result<i64, Error>) -> i64 {
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(value)) => value,
        Ok(Err(error)) => error as i64,
        Err(_) => Error::Panic as i64,
    }
}

/// An entry point that hands back a buffer, owned by Rust until [`free`], with its length in `*out_len`;
/// on failure NULL with the error code in `*out_len`.
///
/// # Safety
/// `out_len` must be null or point to a writable i64.
pub unsafe fn buffer_entry(out_len: *mut i64, body: impl FnOnce() -> Result<Vec<u8>, Error>) -> *mut u8 {
    if out_len.is_null() || !aligned(out_len) {
        return ptr::null_mut();
    }
    let (buffer, len) = match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(bytes)) => {
            let len = bytes.len() as i64;
            (Box::into_raw(bytes.into_boxed_slice()).cast::<u8>(), len)
        }
        Ok(Err(error)) => (ptr::null_mut(), error as i64),
        Err(_) => (ptr::null_mut(), Error::Panic as i64),
    };
    *out_len = len;
    buffer
}

/// Frees a buffer [`buffer_entry`] handed back.
///
/// # Safety
/// `buffer` and `len` must be what one [`buffer_entry`] call gave, freed once.
pub unsafe fn free(buffer: *mut u8, len: i64) {
    if !buffer.is_null() && len >= 0 {
        drop(Box::from_raw(ptr::slice_from_raw_parts_mut(buffer, len as usize)));
    }
}

//! The native boundary, written once. Every C entry point of the library checks its pointers and
//! lengths with these helpers and runs its body through [`buffer_entry`] or [`status_entry`]: a null
//! or misaligned pointer, a negative length, offsets out of order or a panic become an error code, never
//! undefined behaviour or an unwind into the JVM. The Java side turns a code into one sentence
//! (`org.oxidizer.kernels.NativeErrors`, which lists the same codes).

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr;

/// Why a call was refused; the discriminant is the code the caller receives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Error {
    /// A pointer was null or misaligned, or a length or count negative or too large.
    NullOrNegative = -1,
    /// Text offsets were not non-decreasing within the data, or a block's parts did not add up.
    BadOffsets = -2,
    /// The kernel panicked; the panic was caught here.
    Panic = -3,
    /// A pattern was not UTF-8 or did not compile (e.g. past the regex crate's size limit).
    Pattern = -4,
    /// A pattern did not have exactly two capturing groups.
    GroupCount = -5,
    /// A compiled pattern was malformed or not one-pass.
    Program = -6,
    /// An image below 3x3, or an array whose length is not width * height.
    BadSize = -7,
    /// The JVM could not lend an array; it has an OutOfMemoryError pending for the caller.
    NotLent = -8,
    /// A file could not be read (missing, unreadable, a folder); Java's own reading says why.
    Io = -9,
    /// A file is not valid UTF-8, which Java's decoder refuses (MalformedInputException).
    Malformed = -10,
}

impl Error {
    pub fn code(self) -> i64 {
        self as i64
    }
}

/// `len` elements at `data`: empty when `len` is 0 (any pointer), else `data` must be non-null and
/// aligned for `T`.
///
/// # Safety
/// When `len > 0`, `data` must point to `len` readable `T`s that stay valid and unchanged for `'a`.
pub unsafe fn slice<'a, T>(data: *const T, len: i64) -> Result<&'a [T], Error> {
    let len = usize::try_from(len).map_err(|_| Error::NullOrNegative)?;
    if len == 0 {
        return Ok(&[]);
    }
    if data.is_null() || !data.is_aligned() || len.checked_mul(std::mem::size_of::<T>()).map_or(true, |b| b > isize::MAX as usize) {
        return Err(Error::NullOrNegative);
    }
    Ok(std::slice::from_raw_parts(data, len))
}

/// As [`slice`], writable.
///
/// # Safety
/// When `len > 0`, `data` must point to `len` `T`s that this call alone reads and writes for `'a`.
pub unsafe fn slice_mut<'a, T>(data: *mut T, len: i64) -> Result<&'a mut [T], Error> {
    let len = usize::try_from(len).map_err(|_| Error::NullOrNegative)?;
    if len == 0 {
        return Ok(&mut []);
    }
    if data.is_null() || !data.is_aligned() || len.checked_mul(std::mem::size_of::<T>()).map_or(true, |b| b > isize::MAX as usize) {
        return Err(Error::NullOrNegative);
    }
    Ok(std::slice::from_raw_parts_mut(data, len))
}

/// The `count + 1` offsets of `count` texts, checked to be non-decreasing and within `data_len`.
///
/// # Safety
/// `offsets` must point to `count + 1` readable i32s.
pub unsafe fn offsets<'a>(offsets: *const i32, count: i32, data_len: usize) -> Result<&'a [i32], Error> {
    if count < 0 {
        return Err(Error::NullOrNegative);
    }
    let offsets = slice(offsets, i64::from(count) + 1)?;
    if !crate::split::offsets_within(offsets, data_len) {
        return Err(Error::BadOffsets);
    }
    Ok(offsets)
}

/// An entry point that hands back a buffer: runs `body` (catching a panic) and returns the buffer,
/// owned by Rust until `oxidizer_free_buffer`, with its length in `*out_len`; on failure NULL, with
/// the error code in `*out_len`. Does nothing when `out_len` is null or misaligned.
///
/// # Safety
/// `out_len` must be null or point to a writable i64.
pub unsafe fn buffer_entry(out_len: *mut i64, body: impl FnOnce() -> Result<Vec<u8>, Error>) -> *mut u8 {
    if out_len.is_null() || !out_len.is_aligned() {
        return ptr::null_mut();
    }
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(buffer)) => {
            let buffer = Box::into_raw(buffer.into_boxed_slice());
            *out_len = buffer.len() as i64;
            buffer.cast::<u8>()
        }
        Ok(Err(error)) => {
            *out_len = error.code();
            ptr::null_mut()
        }
        Err(_) => {
            *out_len = Error::Panic.code();
            ptr::null_mut()
        }
    }
}

/// An entry point that returns a number: runs `body` (catching a panic); its value, or the error code.
pub fn status_entry(body: impl FnOnce() -> Result<i64, Error>) -> i64 {
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(value)) => value,
        Ok(Err(error)) => error.code(),
        Err(_) => Error::Panic.code(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_refuse_null_misaligned_and_negative() {
        let values = [1u32, 2, 3];
        unsafe {
            assert_eq!(slice(values.as_ptr(), 3).unwrap(), &values);
            assert_eq!(slice::<u32>(ptr::null(), 0).unwrap(), &[] as &[u32]);
            assert_eq!(slice::<u32>(ptr::null(), 1).unwrap_err(), Error::NullOrNegative);
            assert_eq!(slice(values.as_ptr(), -1).unwrap_err(), Error::NullOrNegative);
            let misaligned = values.as_ptr().cast::<u8>().add(1).cast::<u32>();
            assert_eq!(slice(misaligned, 1).unwrap_err(), Error::NullOrNegative);
        }
    }

    #[test]
    fn offsets_must_be_in_order_within_the_data() {
        unsafe {
            assert!(offsets([0, 2, 5].as_ptr(), 2, 5).is_ok());
            assert_eq!(offsets([0, 3, 2].as_ptr(), 2, 5).unwrap_err(), Error::BadOffsets);
            assert_eq!(offsets([0, 6].as_ptr(), 1, 5).unwrap_err(), Error::BadOffsets);
            assert_eq!(offsets([0].as_ptr(), -1, 5).unwrap_err(), Error::NullOrNegative);
        }
    }

    #[test]
    fn a_panic_becomes_its_code_and_a_buffer_its_length() {
        let mut len = 0i64;
        unsafe {
            let b = buffer_entry(&mut len, || Ok(vec![1, 2, 3]));
            assert_eq!(len, 3);
            crate::oxidizer_free_buffer(b, len);
            assert!(buffer_entry(&mut len, || panic!("boom")).is_null());
            assert_eq!(len, Error::Panic.code());
            assert!(buffer_entry(&mut len, || Err(Error::BadOffsets)).is_null());
            assert_eq!(len, -2);
            assert!(buffer_entry(ptr::null_mut(), || Ok(vec![1])).is_null());
        }
        assert_eq!(status_entry(|| Ok(7)), 7);
        assert_eq!(status_entry(|| panic!("boom")), -3);
    }
}

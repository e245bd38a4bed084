//! `sum_bytes`: the sum of little-endian doubles in a byte buffer, the bytes Python's
//! `array('d', ...).tobytes()` writes on x86, read the way
//! `buf.order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer()` and a `+=` loop read them in Java.
//!
//! Like `fast_sum`, one running sum in Java's order: any other order changes the result's bits.


use crate::ffi::{self, Error};

/// Adds the little-endian doubles of `bytes` to `initial`, in order; a trailing partial double is
/// ignored, as `asDoubleBuffer()` ignores it.
pub fn sum_little_endian(initial: f64, bytes: &[u8]) -> f64 {
    bytes.chunks_exact(8).fold(initial, |sum, x| {
        sum + f64::from_le_bytes(x.try_into().unwrap())
    })
}

/// Stores `initial` plus the little-endian doubles in the `len` bytes at `data` (any alignment; a
/// trailing partial double is ignored), added left to right, in `*out`. Returns 0, or a negative error
/// code (and leaves `*out` alone).
///
/// # Safety
/// `data` must point to `len` readable bytes and `out` to a writable double.
#[no_mangle]
pub unsafe extern "C" fn sum_bytes(data: *const u8, len: i64, initial: f64, out: *mut f64) -> i64 {
    ffi::status_entry(|| {
        if out.is_null() {
            return Err(Error::NullOrNegative);
        }
        let bytes = ffi::slice(data, len)?;
        out.write_unaligned(sum_little_endian(initial, bytes));
        Ok(0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(bytes: &[u8], initial: f64) -> f64 {
        let mut out = f64::NAN;
        let len = bytes.len() as i64;
        assert_eq!(
            unsafe { sum_bytes(bytes.as_ptr(), len, initial, &mut out) },
            0
        );
        out
    }

    #[test]
    fn reads_little_endian_whatever_the_alignment() {
        let values: [f64; 5] = [1.0, -2.5, 1e300, -1e300, 0.1];
        let mut bytes = vec![0xAAu8; 3];
        for v in values {
            bytes.extend_from_slice(&v.to_le_bytes());
        }
        let expected = values.iter().fold(0.0, |s, v| s + v);
        assert_eq!(call(&bytes[3..], 0.0).to_bits(), expected.to_bits());
        let big_endian: Vec<u8> = values.iter().flat_map(|v| v.to_be_bytes()).collect();
        assert_ne!(call(&big_endian, 0.0).to_bits(), expected.to_bits());
    }

    #[test]
    fn trailing_partial_double_is_ignored() {
        let mut bytes = 3.5f64.to_le_bytes().to_vec();
        bytes.extend_from_slice(&[0xFF; 7]);
        assert_eq!(call(&bytes, 0.0), 3.5);
        assert_eq!(call(&bytes[..7], 0.0).to_bits(), 0.0f64.to_bits());
    }

    #[test]
    fn keeps_javas_order_and_zero_sign() {
        let bytes: Vec<u8> = [1e16, 1.0, -1e16, -0.0]
            .iter()
            .flat_map(|v: &f64| v.to_le_bytes())
            .collect();
        assert_eq!(call(&bytes, 0.0).to_bits(), 0.0f64.to_bits());
        assert_eq!(
            call(&(-0.0f64).to_le_bytes(), 0.0).to_bits(),
            0.0f64.to_bits()
        );
    }

    #[test]
    fn ffi_rejects_bad_input() {
        let mut out = 1.0;
        unsafe {
            assert_eq!(
                sum_bytes(std::ptr::null(), 2, 0.0, &mut out),
                Error::NullOrNegative.code()
            );
            assert_eq!(
                sum_bytes([0u8; 8].as_ptr(), -1, 0.0, &mut out),
                Error::NullOrNegative.code()
            );
            assert_eq!(
                sum_bytes([0u8; 8].as_ptr(), 1, 0.0, std::ptr::null_mut()),
                Error::NullOrNegative.code()
            );
        }
        assert_eq!(out, 1.0);
    }
}

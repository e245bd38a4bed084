//! `fast_sum`: the sum of a `double[]` exactly as Java's `for (double x : xs) s += x` computes it.
//!
//! Floating-point addition is not associative, so the only way to return Java's bits is Java's order:
//! one running sum, left to right. No pairwise, SIMD or parallel split (they change roundings, and
//! where partial sums overflow they even turn Java's `Infinity` into `NaN`). Java hands over a long
//! array in chunks and passes the running sum back in as `initial`, which keeps the order.


use crate::ffi::{self, Error};

/// Most doubles one call may name: their byte length must fit an `isize`.
pub const MAX_COUNT: i64 = (isize::MAX / 8) as i64;

/// Adds `values` (native-endian doubles, 8 bytes each) to `initial`, one at a time, in order.
///
/// Byte chunks rather than `&[f64]`, because a buffer handed over by Java need not be 8-aligned.
pub fn sum_in_order(initial: f64, values: &[u8]) -> f64 {
    values.chunks_exact(8).fold(initial, |sum, x| {
        sum + f64::from_ne_bytes(x.try_into().unwrap())
    })
}

/// Stores `initial + values[0] + ... + values[count - 1]`, added left to right, in `*out`.
///
/// Returns 0, or a negative error code (and leaves `*out` alone).
///
/// # Safety
/// `values` must point to `count` readable doubles (any alignment) and `out` to a writable double.
#[no_mangle]
pub unsafe extern "C" fn fast_sum(
    values: *const u8,
    count: i64,
    initial: f64,
    out: *mut f64,
) -> i64 {
    ffi::status_entry(|| {
        if out.is_null() || count > MAX_COUNT {
            return Err(Error::NullOrNegative);
        }
        let bytes = ffi::slice(values, count.max(-1).saturating_mul(8))?;
        out.write_unaligned(sum_in_order(initial, bytes));
        Ok(0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes(values: &[f64]) -> Vec<u8> {
        values.iter().flat_map(|v| v.to_ne_bytes()).collect()
    }

    fn java_loop(values: &[f64]) -> f64 {
        let mut s = 0.0;
        for &x in values {
            s += x;
        }
        s
    }

    fn call(values: &[f64], initial: f64) -> f64 {
        let data = bytes(values);
        let mut out = f64::NAN;
        assert_eq!(
            unsafe { fast_sum(data.as_ptr(), values.len() as i64, initial, &mut out) },
            0
        );
        out
    }

    #[test]
    fn order_sensitive_sums_keep_javas_order() {
        let cases: [&[f64]; 5] = [
            &[1e16, 1.0, -1e16],
            &[1.0, 1e16, -1e16],
            &[f64::MAX, f64::MAX, -f64::MAX, -f64::MAX],
            &[0.1; 10],
            &[-0.0, -0.0],
        ];
        for values in cases {
            assert_eq!(
                call(values, 0.0).to_bits(),
                java_loop(values).to_bits(),
                "{values:?}"
            );
        }
        // Java starts at +0.0, so a sum of negative zeros is +0.0; pairwise would also give Infinity, not NaN.
        assert_eq!(call(&[-0.0], 0.0).to_bits(), 0.0f64.to_bits());
        assert_eq!(
            call(&[f64::MAX, f64::MAX, -f64::MAX, -f64::MAX], 0.0),
            f64::INFINITY
        );
        assert_eq!(call(&[], -0.0).to_bits(), (-0.0f64).to_bits());
    }

    #[test]
    fn chunks_carried_through_initial_equal_one_pass() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let values: Vec<f64> = (0..10_007)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                f64::from_bits(seed)
            })
            .filter(|v| v.is_finite())
            .map(|v| v / 1e300)
            .collect();
        let mut carried = 0.0;
        for chunk in values.chunks(97) {
            carried = call(chunk, carried);
        }
        assert_eq!(carried.to_bits(), java_loop(&values).to_bits());
    }

    #[test]
    fn unaligned_input_is_read_correctly() {
        let mut data = vec![0u8];
        data.extend(bytes(&[1.5, 2.25, -0.125]));
        let mut out = 0.0;
        assert_eq!(
            unsafe { fast_sum(data.as_ptr().add(1), 3, 0.0, &mut out) },
            0
        );
        assert_eq!(out, 3.625);
    }

    #[test]
    fn ffi_rejects_bad_input() {
        let mut out = 7.0;
        unsafe {
            assert_eq!(
                fast_sum(std::ptr::null(), 1, 0.0, &mut out),
                Error::NullOrNegative.code()
            );
            assert_eq!(
                fast_sum(std::ptr::null(), -1, 0.0, &mut out),
                Error::NullOrNegative.code()
            );
            let one = [0u8; 8];
            assert_eq!(
                fast_sum(one.as_ptr(), MAX_COUNT + 1, 0.0, &mut out),
                Error::NullOrNegative.code()
            );
            assert_eq!(
                fast_sum(std::ptr::null(), 0, 0.0, std::ptr::null_mut()),
                Error::NullOrNegative.code()
            );
            assert_eq!(out, 7.0);
            assert_eq!(fast_sum(std::ptr::null(), 0, 2.5, &mut out), 0);
        }
        assert_eq!(out, 2.5);
    }
}

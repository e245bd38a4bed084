//! `square_plus_double`: `x * x + 2.0 * x` for every double of a buffer, in place, and
//! `square_plus_double_one` for a single value (the one-call-per-element anti-pattern, kept to show
//! what crossing the JNA boundary per value costs).
//!
//! Each element is independent, so splitting the batch over threads changes no bits. The expression
//! must be two roundings (multiply, then add) like Java's: Rust never contracts `a * b + c` into a fused
//! multiply-add unless asked to with `mul_add`, and this crate never asks.


use rayon::prelude::*;

use super::fast_sum::MAX_COUNT;
use crate::ffi::{self, Error};

/// Below this many doubles (2 MiB) one thread is faster than waking the pool; it also keeps the 512 KiB
/// chunks Java stages a `double[]` in on the calling thread, in the cache the copy just filled.
const PARALLEL_MIN: usize = 1 << 18;
/// Doubles per parallel task: 128 KiB, a few per core's L2.
const TASK: usize = 1 << 14;

/// Java's `x * x + 2.0 * x`, rounded twice.
#[inline(always)]
pub fn apply(x: f64) -> f64 {
    x * x + 2.0 * x
}

/// Transforms the doubles of `bytes` in place; `swapped` means they are stored in the opposite of the
/// native byte order (a big-endian `DoubleBuffer` on x86).
pub fn transform(bytes: &mut [u8], swapped: bool) {
    if bytes.len() / 8 >= PARALLEL_MIN && rayon::current_num_threads() > 1 {
        bytes
            .par_chunks_mut(8 * TASK)
            .for_each(|part| transform_serial(part, swapped));
    } else {
        transform_serial(bytes, swapped);
    }
}

fn transform_serial(bytes: &mut [u8], swapped: bool) {
    if !swapped {
        // SAFETY: every bit pattern is a valid f64.
        let (head, doubles, _) = unsafe { bytes.align_to_mut::<f64>() };
        if head.is_empty() {
            for x in doubles {
                *x = apply(*x);
            }
            return;
        }
    }
    for raw in bytes.chunks_exact_mut(8) {
        let bits = u64::from_ne_bytes((&*raw).try_into().unwrap());
        let x = f64::from_bits(if swapped { bits.swap_bytes() } else { bits });
        let y = apply(x).to_bits();
        raw.copy_from_slice(&(if swapped { y.swap_bytes() } else { y }).to_ne_bytes());
    }
}

/// Replaces each of the `count` doubles at `data` (any alignment) by `x * x + 2.0 * x`; `swapped != 0`
/// means they are stored byte-swapped. Returns 0, or a negative error code.
///
/// # Safety
/// `data` must point to `8 * count` bytes readable and writable by this call alone.
#[no_mangle]
pub unsafe extern "C" fn square_plus_double(data: *mut u8, count: i64, swapped: i32) -> i64 {
    ffi::status_entry(|| {
        if count > MAX_COUNT {
            return Err(Error::NullOrNegative);
        }
        let bytes = ffi::slice_mut(data, count.max(-1).saturating_mul(8))?;
        transform(bytes, swapped != 0);
        Ok(0)
    })
}

/// `x * x + 2.0 * x` for one value: correct, and ~40x slower than Java when called once per element.
#[no_mangle]
pub extern "C" fn square_plus_double_one(x: f64) -> f64 {
    apply(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(n: usize, mut seed: u64) -> Vec<f64> {
        (0..n)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                f64::from_bits(seed)
            })
            .collect()
    }

    fn run(values: &[f64]) -> Vec<f64> {
        let mut bytes: Vec<u8> = values.iter().flat_map(|v| v.to_ne_bytes()).collect();
        assert_eq!(
            unsafe { square_plus_double(bytes.as_mut_ptr(), values.len() as i64, 0) },
            0
        );
        bytes
            .chunks_exact(8)
            .map(|c| f64::from_ne_bytes(c.try_into().unwrap()))
            .collect()
    }

    /// Inputs where a fused multiply-add would round differently: the test fails if the build fuses.
    #[test]
    fn never_fuses_into_a_multiply_add() {
        let fusion_differs: Vec<f64> = values(200_000, 7)
            .into_iter()
            .map(|v| {
                if v.is_finite() {
                    1.0 + (v.to_bits() >> 12) as f64 / (1u64 << 52) as f64
                } else {
                    1.5
                }
            })
            .filter(|&x| x.mul_add(x, 2.0 * x).to_bits() != (x * x + 2.0 * x).to_bits())
            .collect();
        assert!(
            fusion_differs.len() > 1_000,
            "found {}",
            fusion_differs.len()
        );
        let out = run(&fusion_differs);
        for (&x, &y) in fusion_differs.iter().zip(&out) {
            let separate = x * x;
            let twice = 2.0 * x;
            assert_eq!(
                y.to_bits(),
                (std::hint::black_box(separate) + twice).to_bits(),
                "{x:e}"
            );
            assert_eq!(square_plus_double_one(x).to_bits(), y.to_bits());
        }
    }

    #[test]
    fn special_values_follow_ieee_like_java() {
        let out = run(&[
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            -0.0,
            0.0,
            -2.0,
            f64::MAX,
            5e-324,
        ]);
        assert!(out[0].is_nan());
        assert_eq!(out[1], f64::INFINITY);
        assert!(out[2].is_nan(), "inf - inf");
        assert_eq!(out[3].to_bits(), 0.0f64.to_bits(), "0 + -0 is +0");
        assert_eq!(out[4].to_bits(), 0.0f64.to_bits());
        assert_eq!(out[5].to_bits(), 0.0f64.to_bits());
        assert_eq!(out[6], f64::INFINITY);
        assert_eq!(out[7], 1e-323);
    }

    #[test]
    fn parallel_swapped_and_unaligned_paths_equal_the_scalar_expression() {
        let input = values(3 * PARALLEL_MIN + 5, 11);
        let expected: Vec<u64> = input.iter().map(|&x| apply(x).to_bits()).collect();
        assert_eq!(
            run(&input).iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
            expected
        );

        let mut swapped: Vec<u8> = vec![0u8; 3];
        swapped.extend(
            input
                .iter()
                .flat_map(|v| v.to_bits().swap_bytes().to_ne_bytes()),
        );
        let count = input.len() as i64;
        assert_eq!(
            unsafe { square_plus_double(swapped.as_mut_ptr().add(3), count, 1) },
            0
        );
        let got: Vec<u64> = swapped[3..]
            .chunks_exact(8)
            .map(|c| u64::from_ne_bytes(c.try_into().unwrap()).swap_bytes())
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn ffi_rejects_bad_input() {
        unsafe {
            assert_eq!(
                square_plus_double(std::ptr::null_mut(), 1, 0),
                Error::NullOrNegative.code()
            );
            assert_eq!(
                square_plus_double([0u8; 8].as_mut_ptr(), -1, 0),
                Error::NullOrNegative.code()
            );
            assert_eq!(square_plus_double(std::ptr::null_mut(), 0, 0), 0);
        }
    }
}

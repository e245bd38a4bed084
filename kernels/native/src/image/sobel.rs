//! `sobel_magnitude`: Sobel edge magnitude of a row-major grayscale image, bit for bit like Java's loop.
//!
//! Every output pixel uses Java's exact operation order (`(a + 2b + c) - (d + 2e + f)`, then
//! `sqrt(gx * gx + gy * gy)`); Rust neither reassociates nor fuses multiply-adds without being told, and
//! both square roots are correctly rounded, so the bits agree. The 1-pixel border is 0.0 as in Java.


use rayon::prelude::*;

use super::jni_arrays::{array_length, CriticalDoubles, JObject, JniEnv};
use crate::ffi::{self, Error};


/// Below this many pixels one thread is faster than waking the pool.
const PARALLEL_MIN_PIXELS: usize = 64 * 1024;

/// Row bands per pool thread, so a slow band does not leave a core idle.
const BANDS_PER_THREAD: usize = 4;

/// Writes the Sobel magnitude of the Java `double[] pixels` (row-major) into the Java `double[] out`.
///
/// Both arrays are used in place (see `jni_arrays`): copying them across JNA would cost more than the filter.
/// Returns 0, or a negative error code with `out` untouched.
///
/// # Safety
/// `env` must be the calling thread's `JNIEnv*` (JNA's `JNIEnv.CURRENT`), `pixels` and `out` references to
/// distinct `double[]` arrays.
#[no_mangle]
pub unsafe extern "C" fn sobel_magnitude(
    env: JniEnv,
    pixels: JObject,
    width: i32,
    height: i32,
    out: JObject,
) -> i32 {
    ffi::status_entry(|| {
        if env.is_null() || pixels.is_null() || out.is_null() {
            return Err(Error::NullOrNegative);
        }
        if width < 3 || height < 3 {
            return Err(Error::BadSize);
        }
        let length = width as i64 * height as i64;
        if array_length(env, pixels) as i64 != length || array_length(env, out) as i64 != length {
            return Err(Error::BadSize);
        }
        let length = length as usize;
        let input = CriticalDoubles::lend(env, pixels, length, false).ok_or(Error::NotLent)?;
        let mut output = CriticalDoubles::lend(env, out, length, true).ok_or(Error::NotLent)?;
        // The arrays are released when `input` and `output` drop, after a panic too.
        magnitude(input.as_slice(), width as usize, height as usize, output.as_mut_slice());
        Ok(0)
    }) as i32
}

/// `out[y * width + x]` = the gradient magnitude at `(x, y)`, 0.0 on the border; sizes already checked.
pub fn magnitude(pixels: &[f64], width: usize, height: usize, out: &mut [f64]) {
    let threads = rayon::current_num_threads();
    if pixels.len() < PARALLEL_MIN_PIXELS || threads < 2 {
        magnitude_rows(pixels, width, height, 0, out);
        return;
    }
    let band_rows = height.div_ceil(threads * BANDS_PER_THREAD).max(1);
    out.par_chunks_mut(band_rows * width)
        .enumerate()
        .for_each(|(band, rows)| magnitude_rows(pixels, width, height, band * band_rows, rows));
}

/// Fills `out`, which holds whole rows starting at row `first`.
fn magnitude_rows(pixels: &[f64], width: usize, height: usize, first: usize, out: &mut [f64]) {
    for (k, row) in out.chunks_exact_mut(width).enumerate() {
        let y = first + k;
        if y == 0 || y == height - 1 {
            row.fill(0.0);
            continue;
        }
        let up = &pixels[(y - 1) * width..y * width];
        let mid = &pixels[y * width..(y + 1) * width];
        let down = &pixels[(y + 1) * width..(y + 2) * width];
        row[0] = 0.0;
        row[width - 1] = 0.0;
        interior(up, mid, down, &mut row[1..width - 1]);
    }
}

/// One row's interior; slices of equal length let the compiler drop bounds checks and vectorize.
#[inline]
fn interior(up: &[f64], mid: &[f64], down: &[f64], out: &mut [f64]) {
    let n = out.len();
    let (up, mid, down) = (&up[..n + 2], &mid[..n + 2], &down[..n + 2]);
    for x in 0..n {
        let gx = (up[x + 2] + 2.0 * mid[x + 2] + down[x + 2]) - (up[x] + 2.0 * mid[x] + down[x]);
        let gy =
            (down[x] + 2.0 * down[x + 1] + down[x + 2]) - (up[x] + 2.0 * up[x + 1] + up[x + 2]);
        out[x] = (gx * gx + gy * gy).sqrt();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Java reference's loop, index for index.
    fn reference_magnitude(p: &[f64], w: usize, h: usize) -> Vec<f64> {
        let mut out = vec![0.0; p.len()];
        for y in 1..h - 1 {
            for x in 1..w - 1 {
                let i = y * w + x;
                let gx = (p[i - w + 1] + 2.0 * p[i + 1] + p[i + w + 1])
                    - (p[i - w - 1] + 2.0 * p[i - 1] + p[i + w - 1]);
                let gy = (p[i + w - 1] + 2.0 * p[i + w] + p[i + w + 1])
                    - (p[i - w - 1] + 2.0 * p[i - w] + p[i - w + 1]);
                out[i] = (gx * gx + gy * gy).sqrt();
            }
        }
        out
    }

    fn image(w: usize, h: usize, seed: u64) -> Vec<f64> {
        let mut s = seed | 1;
        (0..w * h)
            .map(|_| {
                s ^= s << 13;
                s ^= s >> 7;
                s ^= s << 17;
                (s >> 11) as f64 / (1u64 << 53) as f64 * 255.0
            })
            .collect()
    }

    fn same_bits(a: &[f64], b: &[f64]) -> bool {
        a.len() == b.len()
            && a.iter()
                .zip(b)
                .all(|(x, y)| x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan()))
    }

    #[test]
    fn equals_reference_on_small_and_parallel_sizes() {
        for (w, h) in [(3, 3), (4, 3), (3, 7), (17, 5), (640, 480), (1001, 333)] {
            let p = image(w, h, (w * 31 + h) as u64);
            let mut out = vec![f64::NAN; w * h];
            magnitude(&p, w, h, &mut out);
            assert!(same_bits(&out, &reference_magnitude(&p, w, h)), "{w}x{h}");
        }
    }

    #[test]
    fn special_values_propagate_like_java() {
        let specials = [
            0.0,
            -0.0,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MAX,
            -f64::MAX,
            f64::MIN_POSITIVE,
            4.9e-324,
            1e154,
            1e-160,
            1.0,
        ];
        let (w, h) = (9, 8);
        let mut s = 7usize;
        let p: Vec<f64> = (0..w * h)
            .map(|_| {
                s = s * 1103515245 + 12345;
                specials[(s >> 16) % specials.len()]
            })
            .collect();
        let mut out = vec![1.0; w * h];
        magnitude(&p, w, h, &mut out);
        assert!(same_bits(&out, &reference_magnitude(&p, w, h)));
        assert_eq!(out[0].to_bits(), 0.0f64.to_bits());
    }

    #[test]
    fn ffi_lends_both_arrays_and_releases_them_once() {
        use crate::image::jni_arrays::fake::{reference, FakeArray, FakeEnv, LENT};
        let mut fake = FakeEnv::new();
        let env = fake.env();
        let (w, h) = (5, 4);
        let mut pixels = FakeArray {
            data: image(w, h, 3),
            refuse: false,
        };
        let mut out = FakeArray {
            data: vec![7.0; w * h],
            refuse: false,
        };
        let status = unsafe {
            sobel_magnitude(
                env,
                reference(&mut pixels),
                w as i32,
                h as i32,
                reference(&mut out),
            )
        };
        assert_eq!(status, 0);
        assert!(same_bits(
            &out.data,
            &reference_magnitude(&pixels.data, w, h)
        ));
        LENT.with(|l| {
            let l = l.borrow();
            assert!(l.0.is_empty(), "every lent array is released");
            assert_eq!(
                l.1,
                vec![0, 2],
                "out written back, pixels released without copy-back"
            );
        });
    }

    #[test]
    fn ffi_refuses_bad_sizes_and_leaves_out_untouched() {
        use crate::image::jni_arrays::fake::{reference, FakeArray, FakeEnv, LENT};
        let mut fake = FakeEnv::new();
        let env = fake.env();
        let mut pixels = FakeArray {
            data: vec![1.0; 12],
            refuse: false,
        };
        let mut out = FakeArray {
            data: vec![7.0; 12],
            refuse: false,
        };
        let (p, o) = (reference(&mut pixels), reference(&mut out));
        unsafe {
            assert_eq!(sobel_magnitude(env, p, 4, 2, o), (Error::BadSize.code() as i32));
            assert_eq!(sobel_magnitude(env, p, 3, 3, o), (Error::BadSize.code() as i32));
            assert_eq!(sobel_magnitude(env, p, -4, -3, o), (Error::BadSize.code() as i32));
            assert_eq!(
                sobel_magnitude(env, std::ptr::null_mut(), 4, 3, o),
                Error::NullOrNegative.code() as i32
            );
            assert_eq!(
                sobel_magnitude(std::ptr::null_mut(), p, 4, 3, o),
                Error::NullOrNegative.code() as i32
            );
        }
        assert_eq!(out.data, vec![7.0; 12]);
        out.refuse = true;
        unsafe {
            assert_eq!(
                sobel_magnitude(env, reference(&mut pixels), 4, 3, reference(&mut out)),
                (Error::NotLent.code() as i32)
            );
        }
        LENT.with(|l| {
            assert!(
                l.borrow().0.is_empty(),
                "pixels released when out cannot be lent"
            )
        });
        out.refuse = false;
        assert_eq!(
            unsafe { sobel_magnitude(env, reference(&mut pixels), 4, 3, reference(&mut out)) },
            0
        );
        assert_eq!(out.data, vec![0.0; 12]);
    }
}

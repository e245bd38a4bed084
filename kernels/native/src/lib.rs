//! Oxidizer's native kernels: each C ABI entry point replaces one hot Java method bit for bit.
//!
//! Every entry point goes through `ffi`, the boundary written once: checked slices, and panics caught
//! and reported as negative error codes, never unwound into the JVM. The modules mirror the Java
//! packages of `org.oxidizer.kernels` (text, numeric, image, logs, json, primes); what only one
//! capability uses lives under it.

mod ffi;
mod fxhash;
mod split;

pub mod image;
mod json;
mod logs;
pub mod numeric;
mod primes;
pub mod text;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr;

pub use ffi::Error;
pub use text::aggregate::{extract_and_aggregate as extract_and_aggregate_packed, InputError};
pub use text::number::parse_int_or_zero;
pub use text::packed::LAST_MATCH_ADDED_WORD;

/// Releases a buffer returned by a kernel of this library.
///
/// # Safety
/// `buffer` and `len` must come from one successful kernel call, and be released once.
#[no_mangle]
pub unsafe extern "C" fn oxidizer_free_buffer(buffer: *mut u8, len: i64) {
    if buffer.is_null() || len < 0 {
        return;
    }
    let slice = ptr::slice_from_raw_parts_mut(buffer, len as usize);
    let _ = catch_unwind(AssertUnwindSafe(|| drop(Box::from_raw(slice))));
}

/// Sizes the worker pool every parallel kernel shares; `threads <= 0` means one per core.
///
/// Returns the pool's size. Only the first call (before any kernel ran) decides; later calls report
/// the size already in effect.
#[no_mangle]
pub extern "C" fn oxidizer_init_threads(threads: i32) -> i32 {
    ffi::status_entry(|| {
        let mut builder =
            rayon::ThreadPoolBuilder::new().thread_name(|i| format!("oxidizer-kernel-{i}"));
        if threads > 0 {
            builder = builder.num_threads(threads as usize);
        }
        // Fails when the pool already exists; its size is then what the caller needs to know.
        let _ = builder.build_global();
        Ok(rayon::current_num_threads() as i64)
    }) as i32
}


//! Direct access to a Java primitive array's elements, for kernels whose copies would cost more than the work.
//!
//! JNA passes `JNIEnv.CURRENT` as the thread's `JNIEnv*` and an `Object` argument as a local reference when
//! the library is bound with `allow-objects`. `GetPrimitiveArrayCritical` then lends the array's own memory
//! (HotSpot pins it instead of copying); the GC waits until it is released, so a kernel holds it only for one
//! batch and never calls back into the JVM meanwhile. Only the few JNI functions below are used, by their
//! fixed indexes in the JNI function table.

use std::ffi::c_void;
use std::ptr::NonNull;

/// `JNIEnv*`: a pointer to the thread's pointer to the JNI function table.
pub type JniEnv = *mut *const *const c_void;
/// A JNI local reference.
pub type JObject = *mut c_void;

const GET_ARRAY_LENGTH: usize = 171;
const GET_PRIMITIVE_ARRAY_CRITICAL: usize = 222;
const RELEASE_PRIMITIVE_ARRAY_CRITICAL: usize = 223;
/// Release mode that frees a copy without writing it back: nothing was written.
const JNI_ABORT: i32 = 2;

type GetArrayLength = unsafe extern "system" fn(JniEnv, JObject) -> i32;
type GetCritical = unsafe extern "system" fn(JniEnv, JObject, *mut u8) -> *mut c_void;
type ReleaseCritical = unsafe extern "system" fn(JniEnv, JObject, *mut c_void, i32);

unsafe fn function(env: JniEnv, index: usize) -> *const c_void {
    *(*env).add(index)
}

/// The length of a Java array; call it before any critical section is entered.
///
/// # Safety
/// `env` must be the calling thread's `JNIEnv*` and `array` a live reference to a Java array.
pub unsafe fn array_length(env: JniEnv, array: JObject) -> i32 {
    let get: GetArrayLength = std::mem::transmute(function(env, GET_ARRAY_LENGTH));
    get(env, array)
}

/// A Java `double[]` lent to native code; released (written back if `writable`) when dropped.
pub struct CriticalDoubles {
    env: JniEnv,
    array: JObject,
    elements: NonNull<f64>,
    len: usize,
    writable: bool,
}

impl CriticalDoubles {
    /// Lends `array`'s `len` elements; `None` if the JVM could not (it then has an OutOfMemoryError pending).
    ///
    /// # Safety
    /// `env` must be the calling thread's `JNIEnv*` and `array` a live reference to a `double[]` of exactly
    /// `len` elements. Until every `CriticalDoubles` is dropped the thread must not call other JNI functions
    /// nor wait for a Java thread.
    pub unsafe fn lend(env: JniEnv, array: JObject, len: usize, writable: bool) -> Option<Self> {
        let get: GetCritical = std::mem::transmute(function(env, GET_PRIMITIVE_ARRAY_CRITICAL));
        let elements = NonNull::new(get(env, array, std::ptr::null_mut()).cast::<f64>())?;
        Some(CriticalDoubles {
            env,
            array,
            elements,
            len,
            writable,
        })
    }

    pub fn as_slice(&self) -> &[f64] {
        // SAFETY: the JVM lent `len` elements until `drop`.
        unsafe { std::slice::from_raw_parts(self.elements.as_ptr(), self.len) }
    }

    pub fn as_mut_slice(&mut self) -> &mut [f64] {
        assert!(self.writable, "array lent read-only");
        // SAFETY: as above, and `&mut self` makes this the only view.
        unsafe { std::slice::from_raw_parts_mut(self.elements.as_ptr(), self.len) }
    }
}

impl Drop for CriticalDoubles {
    fn drop(&mut self) {
        let mode = if self.writable { 0 } else { JNI_ABORT };
        // SAFETY: `env` and `array` were valid when lent and the thread has not left the native call.
        unsafe {
            let release: ReleaseCritical =
                std::mem::transmute(function(self.env, RELEASE_PRIMITIVE_ARRAY_CRITICAL));
            release(self.env, self.array, self.elements.as_ptr().cast(), mode);
        }
    }
}

/// A stand-in `JNIEnv` whose "arrays" are Rust vectors, for testing kernels without a JVM.
#[cfg(test)]
pub mod fake {
    use super::*;
    use std::cell::RefCell;

    thread_local! {
        /// Arrays lent and not yet released, by address; and release modes seen.
        pub static LENT: RefCell<(Vec<usize>, Vec<i32>)> =
            const { RefCell::new((Vec::new(), Vec::new())) };
    }

    /// A Java array: its reference is a pointer to this struct.
    pub struct FakeArray {
        pub data: Vec<f64>,
        pub refuse: bool,
    }

    unsafe extern "system" fn length(_: JniEnv, array: JObject) -> i32 {
        (*array.cast::<FakeArray>()).data.len() as i32
    }

    unsafe extern "system" fn get(_: JniEnv, array: JObject, _: *mut u8) -> *mut c_void {
        let array = &mut *array.cast::<FakeArray>();
        if array.refuse {
            return std::ptr::null_mut();
        }
        let p = array.data.as_mut_ptr();
        LENT.with(|l| l.borrow_mut().0.push(p as usize));
        p.cast()
    }

    unsafe extern "system" fn release(_: JniEnv, _: JObject, elements: *mut c_void, mode: i32) {
        LENT.with(|l| {
            let mut l = l.borrow_mut();
            let at = l.0.iter().position(|&p| p == elements as usize);
            l.0.remove(at.expect("released an array that was not lent"));
            l.1.push(mode);
        });
    }

    /// A function table with the three functions kernels use; any other entry is null.
    pub struct FakeEnv {
        table: Vec<*const c_void>,
        table_ptr: *const *const c_void,
    }

    impl FakeEnv {
        pub fn new() -> Box<Self> {
            let mut table = vec![std::ptr::null(); 240];
            table[GET_ARRAY_LENGTH] = length as *const c_void;
            table[GET_PRIMITIVE_ARRAY_CRITICAL] = get as *const c_void;
            table[RELEASE_PRIMITIVE_ARRAY_CRITICAL] = release as *const c_void;
            let mut env = Box::new(FakeEnv {
                table,
                table_ptr: std::ptr::null(),
            });
            env.table_ptr = env.table.as_ptr();
            env
        }

        pub fn env(&mut self) -> JniEnv {
            &mut self.table_ptr
        }
    }

    pub fn reference(array: &mut FakeArray) -> JObject {
        (array as *mut FakeArray).cast()
    }
}

//! Image kernels: filters over Java `double[]` images, borrowed in place through JNI.

pub(crate) mod jni_arrays;
pub mod sobel;

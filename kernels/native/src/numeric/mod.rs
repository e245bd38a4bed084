//! Numeric kernels: sums and element-wise arithmetic over doubles, exact to Java's order of operations.

pub mod fast_sum;
pub mod square_plus_double;
pub mod sum_bytes;

//! How batch kernels cut their input into runs for the worker pool, and check the offsets they were given.

/// Indexes `0 = b[0] < b[1] < ... = items` that split items `0..items` into at most `chunks` runs of
/// roughly equal weight, where `at(i)` is the cumulative weight before item `i` (non-decreasing,
/// `at(items)` the end). Runs that would be empty are dropped.
pub fn even_split(items: usize, chunks: usize, at: impl Fn(usize) -> usize) -> Vec<usize> {
    let first = at(0);
    let total = at(items) - first;
    let mut bounds = Vec::with_capacity(chunks + 1);
    bounds.push(0);
    for k in 1..chunks {
        let target = first + total * k / chunks;
        let index = first_at_or_after(items, &at, target);
        if index > *bounds.last().unwrap() {
            bounds.push(index);
        }
    }
    if *bounds.last().unwrap() < items {
        bounds.push(items);
    }
    bounds
}

/// The least `i` in `0..=items` with `at(i) >= target`, or `items` when there is none.
fn first_at_or_after(items: usize, at: &impl Fn(usize) -> usize, target: usize) -> usize {
    let (mut low, mut high) = (0, items);
    while low < high {
        let mid = low + (high - low) / 2;
        if at(mid) < target {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    low
}

/// Whether `offsets` (at least one) start at 0 or later, never decrease, and end within `len` units.
pub fn offsets_within(offsets: &[i32], len: usize) -> bool {
    match (offsets.first(), offsets.last()) {
        (Some(&first), Some(&last)) => {
            first >= 0 && offsets.windows(2).all(|w| w[0] <= w[1]) && last as usize <= len
        }
        _ => false,
    }
}

/// How a kernel cuts a batch of texts into chunks for the pool.
pub struct Chunking {
    /// Below this many units (or bytes) in all, one chunk: waking the pool costs more.
    pub parallel_min: usize,
    /// Chunks per pool thread, so an uneven chunk does not leave a core idle.
    pub per_thread: usize,
    /// At least this many chunks once parallel, whatever the pool's size (0: no minimum).
    pub min_chunks: usize,
    /// No chunk smaller than this many units (1: no minimum).
    pub min_chunk: usize,
}

impl Chunking {
    /// Text indexes that cut the texts of `offsets` into chunks of roughly equal length: `[0, count]`
    /// (one chunk) for a small batch, a single text or a pool of one thread with no minimum chunk count.
    pub fn bounds(&self, offsets: &[i32]) -> Vec<usize> {
        let count = offsets.len() - 1;
        let units = offsets[count] as usize - offsets[0] as usize;
        let threads = rayon::current_num_threads();
        if units < self.parallel_min || count < 2 || (threads < 2 && self.min_chunks == 0) {
            return vec![0, count];
        }
        let chunks = (threads * self.per_thread)
            .max(self.min_chunks)
            .min(units / self.min_chunk.max(1))
            .min(count);
        if chunks < 2 {
            return vec![0, count];
        }
        even_split(count, chunks, |i| offsets[i] as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_by_weight_and_drops_empty_runs() {
        let starts = [0usize, 10, 20, 30, 40];
        assert_eq!(even_split(4, 2, |i| starts[i]), vec![0, 2, 4]);
        assert_eq!(even_split(4, 8, |i| starts[i]), vec![0, 1, 2, 3, 4]);
        let skewed = [100usize, 190, 191, 192, 200];
        assert_eq!(even_split(4, 2, |i| skewed[i]), vec![0, 1, 4]);
        assert_eq!(even_split(1, 4, |i| [0usize, 5][i]), vec![0, 1]);
    }

    #[test]
    fn offsets_must_be_ordered_and_within_the_data() {
        assert!(offsets_within(&[0, 3, 3, 5], 5));
        assert!(!offsets_within(&[0, 3, 2], 5));
        assert!(!offsets_within(&[-1, 2], 5));
        assert!(!offsets_within(&[0, 6], 5));
        assert!(!offsets_within(&[], 5));
    }
}

//! A small stable sort for the app's short lists (at most about a hundred items).
//!
//! Why not `slice::sort_by`: every call site of the standard stable sort compiles its own
//! copy of a large general-purpose algorithm (about 3–4 KB of wasm each). This insertion
//! sort gives exactly the same order (stable: equal items keep their order) in a few
//! hundred bytes, and its quadratic cost does not matter at these sizes.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, keeping equal items in their original order, like `slice::sort_by`.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while let Some([a, b]) = j.checked_sub(1).and_then(|k| v.get(k..=j)) {
            if cmp(a, b) != Ordering::Greater {
                break;
            }
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A little deterministic pseudo-random sequence (no extra crate for tests).
    fn numbers(seed: u32, n: usize) -> Vec<u32> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                (x >> 16) % 7
            })
            .collect()
    }

    #[test]
    fn same_order_as_the_standard_stable_sort() {
        for seed in 0..50 {
            for n in [0, 1, 2, 3, 10, 37, 120] {
                // Pairs (key, position): equal keys must keep their positions in order.
                let items: Vec<(u32, usize)> = numbers(seed, n)
                    .into_iter()
                    .enumerate()
                    .map(|(i, k)| (k, i))
                    .collect();
                let mut ours = items.clone();
                let mut std = items;
                sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
                std.sort_by_key(|a| a.0);
                assert_eq!(ours, std, "seed {seed}, n {n}");
            }
        }
    }
}

//! Native-only timing of the headline's hand-written scanner against the compiled one-pass matcher on
//! the same UTF-16 lines (no JVM, no marshalling): `cargo run --release --example scan_timing`.
//! The JMH benchmarks (benchmarks/) are the figures that count; this tells where the native time goes.

use std::time::Instant;

use oxidizer_kernels::extract_and_aggregate_packed;
use oxidizer_kernels::text::aggregate::extract_and_aggregate_compiled;
use oxidizer_kernels::text::onepass::Program;

fn class(units: &str) -> [i32; 4] {
    let mut bits = 0u128;
    for b in units.bytes() {
        bits |= 1 << b;
    }
    [bits as u32 as i32, (bits >> 32) as u32 as i32, (bits >> 64) as u32 as i32, (bits >> 96) as u32 as i32]
}

fn main() {
    let word = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
    let mut ints = vec![3];
    for (group, min, max, units) in [(1, 1, -1, word), (0, 1, -1, " \t\n\x0B\x0C\r"), (2, 1, -1, "0123456789")] {
        ints.extend([group, min, max]);
        ints.extend(class(units));
        ints.push(0);
    }
    let program = Program::decode(&ints).unwrap();
    let mut seed = 42u64;
    let mut next = move |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    let words = ["user", "login", "error", "bytes", "用户", "登录", "失败", "cache_hit", "区域"];
    let mut data: Vec<u16> = Vec::new();
    let mut offsets = vec![0i32];
    for _ in 0..200_000 {
        let mut line = String::new();
        for _ in 0..8 {
            line.push_str(words[next(words.len() as u64) as usize]);
            line.push(' ');
            if next(2) == 0 {
                line.push_str(&next(100_000).to_string());
                line.push(' ');
            }
        }
        data.extend(line.encode_utf16());
        offsets.push(data.len() as i32);
    }
    println!("{} lines, {} units", offsets.len() - 1, data.len());
    for round in 0..5 {
        let t = Instant::now();
        let a = extract_and_aggregate_packed(&data, &offsets).unwrap();
        let hand = t.elapsed();
        let t = Instant::now();
        let b = extract_and_aggregate_compiled(&program, &data, &offsets).unwrap();
        let compiled = t.elapsed();
        assert_eq!(a.len(), b.len());
        println!("round {round}: hand-written {hand:?}, compiled {compiled:?}");
    }
}

//! The vector-file readers (`.npy`, CSV, Parquet; the first byte picks) on arbitrary bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| crystaldb_fuzz::read_vector_file(data));

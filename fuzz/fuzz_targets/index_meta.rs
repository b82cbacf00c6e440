//! A saved HNSW index whose `index.json` is arbitrary bytes (its graph files are real).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| crystaldb_fuzz::load_index_meta(data));

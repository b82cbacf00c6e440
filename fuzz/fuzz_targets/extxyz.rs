//! The extended-XYZ reader (multi-frame, key=value comment lines) on arbitrary bytes.
#![no_main]
use crystaldb_readers::formats::ExtXyzReader;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| crystaldb_fuzz::drain(&ExtXyzReader, "fuzz.extxyz", data));

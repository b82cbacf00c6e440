//! The CIF reader (syntax, symmetry operators, expansion to the full cell) on arbitrary bytes.
#![no_main]
use crystaldb_readers::formats::{cif::parse_cif_str, CifReader};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    crystaldb_fuzz::drain(&CifReader, "fuzz.cif", data);
    // The string entry point the CSV reader uses for its `cif` column.
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = parse_cif_str(text);
    }
});

//! The MP-20 / CDVAE CSV reader (a CIF per row in a quoted `cif` column) on arbitrary bytes.
#![no_main]
use crystaldb_readers::formats::Mp20CsvReader;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| crystaldb_fuzz::drain(&Mp20CsvReader, "mp20_fuzz_val.csv", data));

//! The `.cdbw` weights-file reader on arbitrary bytes: weights, or a `Corrupt` /
//! `UnsupportedFormat` error naming the file.
#![no_main]
use crystaldb_learned::weights::WeightStore;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(e) = WeightStore::from_bytes(data, std::path::Path::new("fuzz.cdbw")) {
        assert!(e.to_string().contains("fuzz.cdbw"), "an error that does not name the file: {e}");
    }
});

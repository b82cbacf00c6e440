//! Every JSON reader through the detection path the ingest job uses: `detect` on the name and
//! head picks the reader (MP, OQMD, AFLOW incl. `aflowlib.out`, NOMAD, OPTIMADE), which then
//! reads the whole input. Inputs that no reader claims are still read by every JSON reader,
//! as `--format` would force, so that mutations that break the markers keep exercising them.
#![no_main]
use crystaldb_readers::formats::{self, json};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let head = &data[..data.len().min(64 * 1024)];
    match formats::detect("fuzz.json", head) {
        Some(reader) => crystaldb_fuzz::drain(reader.as_ref(), "fuzz.json", data),
        None => {
            for reader in json::json_readers() {
                crystaldb_fuzz::drain(reader.as_ref(), "fuzz.json", data);
            }
        }
    }
});

//! The VASP POSCAR/CONTCAR reader on arbitrary bytes.
#![no_main]
use crystaldb_readers::formats::PoscarReader;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| crystaldb_fuzz::drain(&PoscarReader, "POSCAR", data));

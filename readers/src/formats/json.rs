//! The JSON family: which reader takes a `.json` file.
//!
//! Several sources write `.json`, so [`detect_json`] looks at the first bytes (decompressed
//! when gzip) for each source's marker keys and picks the first reader that matches, in this
//! order, from the most to the least specific markers:
//!
//! 1. `nomad-json` — `structure_original`, `nomad_version`, `upload_id`+`entry_id`,
//!    `archive`+`entry_id`, `material_name`+`structural_type`, `run`/`system`/`atoms`.
//!    NOMAD's `results` use OPTIMADE names (`species_at_sites`) and a `material_id`, so NOMAD
//!    must win over OPTIMADE and MP.
//! 2. `aflow` — `auid`, `aurl`, `aflowlib_version`, AFLUX keys `"1 of N"`, AFLOW structure
//!    JSON (`number_each_type`+`coordinates_type`), or `aflowlib.out` text (`auid=` ...).
//! 3. `oqmd-json` — `formationenergy_id`, `delta_e`, `_oqmd_sites`, `_oqmd_unit_cell`,
//!    `unit_cell`+`sites`+`entry_id`, an `oqmd.org/oqmdapi` link — unless the head also has
//!    `species_at_sites` (OQMD's OPTIMADE 1.0 output is standard OPTIMADE).
//! 4. `optimade-json` — `species_at_sites`, `cartesian_site_positions`,
//!    `"type": "structures"`, `attributes`+`lattice_vectors`. The reference server's flat
//!    documents also carry MP's `task_id`, so OPTIMADE must win over MP.
//! 5. `mp-json` — `material_id`, `task_id`+`structure`/`output`, pymatgen `@class`/`@module`
//!    markers, or `lattice`+`sites`+`abc`/`species` (a plain pymatgen structure).
//!
//! Each reader's `sniff` answers whether [`detect_json`] picks it, so at most one JSON reader
//! claims a file. A marker that sits beyond the head the caller passes is not seen: pass a few
//! KiB at least (`mp-1_tasks.json` names its `task_id` after 85 KiB of calculations, but
//! pymatgen's `@module` marker comes early).

use crate::formats::aflow::{sniff_aflow, AflowReader};
use crate::formats::json_stream::{decompressed_head, has_key};
use crate::formats::mp_json::{sniff_mp, MpJsonReader};
use crate::formats::nomad::{sniff_nomad, NomadReader};
use crate::formats::optimade::{sniff_optimade, OptimadeReader};
use crate::formats::oqmd::{sniff_oqmd, OqmdReader};
use crate::reader::StructureReader;

/// Names of the JSON readers, in detection order.
pub const JSON_FORMATS: [&str; 5] = ["nomad-json", "aflow", "oqmd-json", "optimade-json", "mp-json"];

/// The JSON reader that should take a file, by format name, from its name and first bytes.
pub fn detect_json(file_name: &str, head: &[u8]) -> Option<&'static str> {
    let h = decompressed_head(head);
    let h = h.as_ref();
    if sniff_nomad(h) {
        Some("nomad-json")
    } else if sniff_aflow(file_name, h) {
        Some("aflow")
    } else if sniff_oqmd(h) && !has_key(h, "species_at_sites") {
        Some("oqmd-json")
    } else if sniff_optimade(h) {
        Some("optimade-json")
    } else if sniff_mp(h) {
        Some("mp-json")
    } else {
        None
    }
}

/// A JSON reader by format name.
pub fn json_reader(name: &str) -> Option<Box<dyn StructureReader>> {
    Some(match name {
        "nomad-json" => Box::new(NomadReader),
        "aflow" => Box::new(AflowReader),
        "oqmd-json" => Box::new(OqmdReader),
        "optimade-json" => Box::new(OptimadeReader),
        "mp-json" => Box::new(MpJsonReader),
        _ => return None,
    })
}

/// Every JSON reader, in detection order.
pub fn json_readers() -> Vec<Box<dyn StructureReader>> {
    JSON_FORMATS.iter().filter_map(|n| json_reader(n)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::test_support::head;
    use crystaldb::testdata;

    #[test]
    fn every_sample_goes_to_its_reader() {
        let Some(dir) = testdata::require("detect_json") else { return };
        let f = dir.join("formats");
        let cases = [
            ("mp/computed_structure_entries_Li-Fe-O.json.gz", "mp-json"),
            ("mp/legacy_materials_docs_magnetism_sample.json.gz", "mp-json"),
            ("mp/mp-1_materials.json", "mp-json"),
            ("mp/mp-1_thermo.json", "mp-json"),
            ("mp/mp-1_tasks.json", "mp-json"),
            ("mp/mp-1_magnetism.json", "mp-json"),
            ("pymatgen/structures/Li10GeP2S12.json", "mp-json"),
            ("pymatgen/structures/TiO2.json", "mp-json"),
            ("oqmd/oqmd_formationenergy_matsciml_devset.json", "oqmd-json"),
            ("oqmd/oqmdapi_formationenergy_envelope_from_docs.json", "oqmd-json"),
            ("oqmd/qmpy_rester_oqmdapi_He_query_0.json", "oqmd-json"),
            ("oqmd/qmpy_rester_oqmd_optimade_He_query_0.json", "oqmd-json"),
            ("aflow/aflowlib_Ag1Co1O2_ICSD_246157.json", "aflow"),
            ("aflow/aflowlib_Ag1Co1O2_ICSD_246157.out", "aflow"),
            ("aflow/aflux_response_0.json", "aflow"),
            ("aflow/Ag1Co1O2_ICSD_246157_structure_relax.json", "aflow"),
            ("nomad/archive_query_response_Si16_vasp.json", "nomad-json"),
            ("nomad/nomad_results_matsciml_devset.json.gz", "nomad-json"),
            ("optimade/raw_test_structures.json", "optimade-json"),
            ("optimade/special_species.json", "optimade-json"),
            ("optimade/test_bad_structures.json", "optimade-json"),
            ("optimade/test_structures.json", "optimade-json"),
        ];
        for (path, want) in cases {
            let p = f.join(path);
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            let h = head(&p);
            assert_eq!(detect_json(&name, &h), Some(want), "{path}");
            for r in json_readers() {
                assert_eq!(r.sniff(&name, &h), r.name() == want, "{} on {path}", r.name());
            }
        }
        for path in ["mp/Si_mp_149.cif", "oqmd/qmpy_restful.rst", "aflow/Ag1Co1O2_ICSD_246157_sprim.cif"] {
            let p = f.join(path);
            assert_eq!(detect_json(path, &head(&p)), None, "{path}");
        }
    }

    /// Feed every reader truncated and corrupted copies of the samples and random bytes:
    /// results may be records or located errors, never a panic or an endless loop.
    #[test]
    fn corrupted_inputs_never_panic() {
        const ALPHABET: &[u8] = b"{}[]\",:0-.eE \n\\x";
        let Some(dir) = testdata::require("corrupted inputs") else { return };
        let f = dir.join("formats");
        let files = [
            "mp/mp-1_materials.json",
            "mp/mp-1_thermo.json",
            "pymatgen/structures/Li10GeP2S12.json",
            "pymatgen/structures/TiO2.json",
            "oqmd/oqmdapi_formationenergy_envelope_from_docs.json",
            "oqmd/qmpy_rester_oqmd_optimade_He_query_0.json",
            "aflow/aflowlib_Ag1Co1O2_ICSD_246157.json",
            "aflow/aflowlib_Ag1Co1O2_ICSD_246157.out",
            "aflow/aflux_response_0.json",
            "optimade/special_species.json",
            "optimade/test_bad_structures.json",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut rand = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let readers = json_readers();
        let run = |bytes: &[u8]| {
            for r in &readers {
                let ctx = crate::reader::ReadContext::for_path(std::path::Path::new("fuzz.json"));
                let n = r.read(Box::new(std::io::Cursor::new(bytes.to_vec())), &ctx).take(100_000).count();
                assert!(n < 100_000, "{} yields without end", r.name());
            }
        };
        for path in files {
            let bytes = std::fs::read(f.join(path)).unwrap();
            for k in 0..24 {
                let cut = (rand() as usize) % bytes.len();
                run(&bytes[..cut]);
                let mut b = bytes.clone();
                for _ in 0..=k % 4 {
                    let i = (rand() as usize) % b.len();
                    b[i] = ALPHABET[(rand() as usize) % ALPHABET.len()];
                }
                run(&b);
            }
        }
        for len in [0usize, 1, 2, 7, 64, 1000] {
            let b: Vec<u8> = (0..len).map(|_| (rand() % 256) as u8).collect();
            run(&b);
            let b: Vec<u8> = (0..len).map(|_| ALPHABET[(rand() as usize) % ALPHABET.len()]).collect();
            run(&b);
        }
        // A gzip header with a corrupt body.
        run(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5]);
    }

    #[test]
    fn names_round_trip() {
        for n in JSON_FORMATS {
            assert_eq!(json_reader(n).unwrap().name(), n);
        }
        assert!(json_reader("cif").is_none());
        assert_eq!(detect_json("x.json", b""), None);
        assert_eq!(detect_json("x.json", b"{\"unrelated\": 1}"), None);
    }
}

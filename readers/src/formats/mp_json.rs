//! Materials Project JSON: emmet / mp-api documents, legacy "materials" documents, lists of
//! `ComputedStructureEntry` dicts, and plain pymatgen `Structure.as_dict()` files.
//!
//! Every record is one JSON object (streamed by
//! [`JsonStream`](crate::formats::json_stream::JsonStream): a list, JSON Lines, a single document
//! or an API envelope `{"data": [...]}`), read as the first shape that fits:
//!
//! 1. **ComputedStructureEntry** (`@class` says so, or `energy` + `structure` + `entry_id`):
//!    id `entry_id`, else `data.material_id`, else `data.task_id`. `energy` is the total
//!    *uncorrected* energy of the cell (eV): `total_energy_per_atom = energy / N` with N the
//!    occupancy-weighted number of atoms of `structure`; `correction` (eV per cell) and the
//!    run type go to `extra`. Entries without a structure (plain `ComputedEntry`) are errors.
//! 2. **Document with a structure**: emmet summary/materials/thermo docs (`material_id`),
//!    legacy docs (`task_id`), task docs (`output.structure`). Properties are the document's
//!    `formation_energy_per_atom`, `energy_above_hull` (legacy: `e_above_hull`), `band_gap`,
//!    `energy_per_atom` → `total_energy_per_atom` (task docs: `output.energy_per_atom`, else
//!    `output.energy / N`; `output.bandgap`). `symmetry.number/symbol` (legacy:
//!    `spacegroup.number/symbol`) become [`Record::spacegroup`]. A thermo doc without a
//!    top-level `structure` takes the structure of its `entries[energy_type]`.
//! 3. **Plain pymatgen structure** (`lattice` + `sites`: `Structure`, `IStructure`,
//!    `Interface`, `TransformedStructure`): source `file` (or `ctx.source`), id the file stem
//!    — `<stem>-<index>` for the records of a list — unless the document carries an id.
//!
//! Sites: `abc` (fractional) or else `xyz` (Cartesian Å); each `species` entry
//! `{element, occu}` is one site row, so a mixed site becomes several rows at one position.
//! Labels with oxidation states (`"Fe2+"`) are accepted. Property documents without any
//! structure (magnetism, elasticity, eos) are located errors.

use crate::formats::json::{JsonFormat, JsonReader, StreamShape};
use crate::formats::json_fields::{
    finite, get, id_string, lattice, lattice_from_parameters, matrix3, occupancy, opt_number, path, short,
    spacegroup, stated_null, structure, to_frac, vec3, Bad, WithId,
};
use crate::formats::json_stream::{self, has_key, has_key_value, JsonRecord};
use crate::reader::ReadContext;
use crystaldb::structure::{Site, Structure};
use crystaldb::{Properties, Record};
use serde_json::{Map, Value};

/// Materials Project / pymatgen JSON (format name `mp-json`).
pub(crate) const FORMAT: JsonFormat =
    JsonFormat { name: "mp-json", sniff, stream: StreamShape::JSON, convert };

/// The reader of Materials Project / pymatgen JSON.
pub const READER: JsonReader = JsonReader::new(&FORMAT);

/// Whether the (decompressed, JSON) head of a file looks like Materials Project or pymatgen JSON.
fn sniff(_file_name: &str, h: &[u8]) -> bool {
    has_key(h, "material_id")
        || (has_key(h, "task_id") && (has_key(h, "structure") || has_key(h, "output")))
        || has_key_value(h, "@class", "ComputedStructureEntry")
        || has_key_value(h, "@module", "pymatgen.core.structure")
        || has_key_value(h, "@module", "pymatgen.entries.computed_entries")
        || (has_key(h, "lattice") && has_key(h, "sites") && (has_key(h, "abc") || has_key(h, "species")))
}

fn convert(rec: &JsonRecord, ctx: &ReadContext) -> Result<Record, Bad> {
    let obj =
        rec.value.as_object().ok_or_else(|| format!("record is not a JSON object: {}", short(&rec.value)))?;
    let class = obj.get("@class").and_then(Value::as_str).unwrap_or("");
    let is_entry = class == "ComputedStructureEntry"
        || class == "ComputedEntry"
        || (obj.contains_key("energy") && obj.contains_key("entry_id") && !obj.contains_key("material_id"));
    if is_entry {
        return computed_entry(obj, ctx);
    }
    if get(obj, "structure").is_some()
        || path(&rec.value, &["output", "structure"]).is_some()
        || get(obj, "entries").is_some_and(Value::is_object)
    {
        return document(obj, ctx);
    }
    if obj.contains_key("lattice") && obj.contains_key("sites") {
        return plain_structure(rec, obj, ctx);
    }
    let id = doc_id(obj);
    let what =
        if obj.contains_key("property_name") || obj.contains_key("elasticity") || obj.contains_key("eos") {
            "a property document without a structure"
        } else {
            "no structure, lattice/sites or ComputedStructureEntry found"
        };
    Err(Bad { id, message: what.to_string() })
}

/// `material_id`, else `task_id`.
fn doc_id(obj: &Map<String, Value>) -> Option<String> {
    get(obj, "material_id").and_then(id_string).or_else(|| get(obj, "task_id").and_then(id_string))
}

fn computed_entry(obj: &Map<String, Value>, ctx: &ReadContext) -> Result<Record, Bad> {
    let data = get(obj, "data").and_then(Value::as_object);
    let id = get(obj, "entry_id")
        .and_then(id_string)
        .or_else(|| data.and_then(|d| get(d, "material_id")).and_then(id_string))
        .or_else(|| data.and_then(|d| get(d, "task_id")).and_then(id_string))
        .ok_or("ComputedStructureEntry has no entry_id, data.material_id or data.task_id")?;
    let s = get(obj, "structure").ok_or("a ComputedEntry without a structure").with_id(&id)?;
    let structure = pmg_structure(s, "structure").with_id(&id)?;
    let energy = finite(get(obj, "energy").ok_or("no energy").with_id(&id)?, "energy").with_id(&id)?;
    let n = structure.num_atoms();
    let mut record = Record::new(ctx.source_or("mp"), id.clone(), structure);
    record.properties.total_energy_per_atom = Some(energy / n);
    if let Some(c) = opt_number(obj, "correction").with_id(&id)? {
        record.extra.insert("correction".into(), c.into());
    }
    let run_type = path(&Value::Object(obj.clone()), &["parameters", "run_type"])
        .or_else(|| data.and_then(|d| get(d, "run_type")))
        .cloned();
    if let Some(rt) = run_type {
        record.extra.insert("run_type".into(), rt);
    }
    if let Some(mid) = data.and_then(|d| get(d, "material_id")).cloned() {
        record.extra.insert("material_id".into(), mid);
    }
    record.mark_unstated_absent(&[]);
    Ok(record)
}

fn document(obj: &Map<String, Value>, ctx: &ReadContext) -> Result<Record, Bad> {
    let id = doc_id(obj).ok_or("document has a structure but no material_id or task_id")?;
    let output = get(obj, "output").and_then(Value::as_object);
    let (s, what) = if let Some(s) = get(obj, "structure") {
        (s, "structure")
    } else if let Some(s) = output.and_then(|o| get(o, "structure")) {
        (s, "output.structure")
    } else {
        let entries = get(obj, "entries").and_then(Value::as_object).ok_or("no structure").with_id(&id)?;
        let preferred = get(obj, "energy_type").and_then(Value::as_str).and_then(|t| entries.get(t));
        let entry = preferred
            .or_else(|| entries.values().find(|e| path(e, &["structure"]).is_some()))
            .ok_or("no structure and no entry with one")
            .with_id(&id)?;
        (
            path(entry, &["structure"]).ok_or("entry without a structure").with_id(&id)?,
            "entries[..].structure",
        )
    };
    let structure = pmg_structure(s, what).with_id(&id)?;
    let n = structure.num_atoms();
    let mut p = Properties {
        formation_energy_per_atom: opt_number(obj, "formation_energy_per_atom").with_id(&id)?,
        energy_above_hull: match opt_number(obj, "energy_above_hull").with_id(&id)? {
            Some(x) => Some(x),
            None => opt_number(obj, "e_above_hull").with_id(&id)?,
        },
        band_gap: opt_number(obj, "band_gap").with_id(&id)?,
        total_energy_per_atom: opt_number(obj, "energy_per_atom").with_id(&id)?,
    };
    if let Some(o) = output {
        if p.total_energy_per_atom.is_none() {
            p.total_energy_per_atom = match opt_number(o, "energy_per_atom").with_id(&id)? {
                Some(e) => Some(e),
                None => opt_number(o, "energy").with_id(&id)?.map(|e| e / n),
            };
        }
        if p.band_gap.is_none() {
            p.band_gap = opt_number(o, "bandgap").with_id(&id)?;
        }
    }
    let mut record = Record::new(ctx.source_or("mp"), id.clone(), structure);
    record.properties = p;
    let sym = get(obj, "symmetry").or_else(|| get(obj, "spacegroup")).and_then(Value::as_object);
    if let Some(sym) = sym {
        if let Some(n) = get(sym, "number") {
            record.spacegroup = spacegroup(n, get(sym, "symbol")).with_id(&id)?;
        }
    }
    if obj.get("deprecated") == Some(&Value::Bool(true)) {
        record.extra.insert("deprecated".into(), Value::Bool(true));
    }
    record.mark_unstated_absent(&stated_null(
        obj,
        &[
            ("formation_energy_per_atom", "formation_energy_per_atom"),
            ("energy_above_hull", "energy_above_hull"),
            ("e_above_hull", "energy_above_hull"),
            ("band_gap", "band_gap"),
            ("energy_per_atom", "total_energy_per_atom"),
        ],
    ));
    Ok(record)
}

fn plain_structure(rec: &JsonRecord, obj: &Map<String, Value>, ctx: &ReadContext) -> Result<Record, Bad> {
    let own = doc_id(obj).or_else(|| get(obj, "entry_id").and_then(id_string));
    let id = match own {
        Some(id) => id,
        None if rec.container == json_stream::Container::Single => ctx.stem.clone(),
        None => format!("{}-{}", ctx.stem, rec.index),
    };
    let structure = pmg_structure(&rec.value, "structure").with_id(&id)?;
    let mut record = Record::new(ctx.source_or("file"), id, structure);
    if let Some(c) = obj.get("@class").and_then(Value::as_str) {
        record.extra.insert("pymatgen_class".into(), c.into());
    }
    record.mark_unstated_absent(&[]);
    Ok(record)
}

/// A pymatgen `Structure.as_dict()`.
pub(crate) fn pmg_structure(v: &Value, what: &str) -> Result<Structure, String> {
    let obj = v.as_object().ok_or_else(|| format!("{what} is not an object"))?;
    let lat = get(obj, "lattice")
        .and_then(Value::as_object)
        .ok_or_else(|| format!("{what} has no lattice (a pymatgen Molecule is not a crystal)"))?;
    let has_matrix = get(lat, "matrix").is_some();
    let l = match get(lat, "matrix") {
        Some(m) => {
            lattice(matrix3(m, &format!("{what}.lattice.matrix"))?, &format!("{what}.lattice.matrix"))?
        }
        None => {
            let mut p = Vec::with_capacity(6);
            for k in ["a", "b", "c", "alpha", "beta", "gamma"] {
                let x = get(lat, k).ok_or_else(|| format!("{what}.lattice has neither matrix nor {k}"))?;
                p.push(finite(x, &format!("{what}.lattice.{k}"))?);
            }
            lattice_from_parameters(&p, &format!("{what}.lattice"))?
        }
    };
    let sites =
        get(obj, "sites").and_then(Value::as_array).ok_or_else(|| format!("{what} has no sites list"))?;
    let mut rows = Vec::with_capacity(sites.len());
    for (i, site) in sites.iter().enumerate() {
        let sw = format!("{what}.sites[{i}]");
        let so = site.as_object().ok_or_else(|| format!("{sw} is not an object"))?;
        let frac = match (get(so, "abc"), get(so, "xyz")) {
            (Some(abc), _) => vec3(abc, &format!("{sw}.abc"))?,
            (None, Some(xyz)) if has_matrix => to_frac(&l, vec3(xyz, &format!("{sw}.xyz"))?)?,
            _ => return Err(format!("{sw} has no abc coordinates")),
        };
        let species = get(so, "species")
            .and_then(Value::as_array)
            .ok_or_else(|| format!("{sw} has no species list"))?;
        if species.is_empty() {
            return Err(format!("{sw} has an empty species list"));
        }
        let mut total = 0.0;
        for (k, sp) in species.iter().enumerate() {
            let spw = format!("{sw}.species[{k}]");
            let spo = sp.as_object().ok_or_else(|| format!("{spw} is not an object"))?;
            let label =
                get(spo, "element").and_then(Value::as_str).ok_or_else(|| format!("{spw} has no element"))?;
            let z = crate::formats::json_fields::element_z(label, &spw)?;
            let occu = match get(spo, "occu") {
                Some(o) => finite(o, &format!("{spw}.occu"))?,
                None => 1.0,
            };
            if occu == 0.0 {
                continue;
            }
            let occu = occupancy(occu, &spw)?;
            total += occu;
            rows.push(Site { z, frac, occupancy: occu });
        }
        if total > 1.0 + 1e-6 {
            return Err(format!("{sw}: occupancies sum to {total} > 1"));
        }
    }
    structure(l, rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::test_support::{close, read_all, read_path, read_str};
    use crate::reader::StructureReader;
    use crystaldb::testdata;

    #[test]
    fn computed_structure_entries_li_fe_o() {
        let Some(dir) = testdata::require("mp_json cse") else { return };
        let (ok, errs) =
            read_path(&READER, &dir.join("formats/mp/computed_structure_entries_Li-Fe-O.json.gz"));
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(ok.len(), 375);
        // Values worked out by hand from the file (first entry): mp-1211097, Li2Fe2,
        // energy -19.6395493 eV per cell of 4 sites; lattice rows [[0,0,2.376156],
        // [4.527442,0,-1.188078],[0,4.560143,0]] -> |det| = 2.376156*4.527442*4.560143.
        let r = &ok[0];
        assert_eq!(r.id(), "mp:mp-1211097");
        assert_eq!(r.structure.nsites(), 4);
        assert_eq!(r.structure.composition().reduced_formula(), "FeLi");
        assert!(close(r.properties.total_energy_per_atom.unwrap(), -19.6395493 / 4.0, 1e-12));
        assert!(close(r.structure.volume(), 2.376156 * 4.527442 * 4.560143, 1e-9));
        assert!(close(r.structure.volume(), 49.05760101757275, 1e-9));
        assert_eq!(r.extra["run_type"], "GGA");
        // Every entry: per-atom energy times the number of sites gives back the cell energy.
        let text = read_gz(&dir.join("formats/mp/computed_structure_entries_Li-Fe-O.json.gz"));
        let raw: Vec<Value> = serde_json::from_str(&text).unwrap();
        for (r, v) in ok.iter().zip(&raw) {
            let e = v["energy"].as_f64().unwrap();
            let n = v["structure"]["sites"].as_array().unwrap().len() as f64;
            assert_eq!(r.source_id, v["entry_id"].as_str().unwrap());
            assert!(close(r.properties.total_energy_per_atom.unwrap() * n, e, 1e-12));
            assert!(close(r.structure.volume(), v["structure"]["lattice"]["volume"].as_f64().unwrap(), 1e-6));
        }
        let formulas: std::collections::BTreeSet<_> =
            ok.iter().map(|r| r.structure.composition().reduced_formula()).collect();
        assert!(formulas.contains("Fe2O3") && formulas.contains("FeLiO2") && formulas.contains("Li2O"));
    }

    fn read_gz(p: &std::path::Path) -> String {
        use std::io::Read;
        let mut s = String::new();
        flate2::read::GzDecoder::new(std::fs::File::open(p).unwrap()).read_to_string(&mut s).unwrap();
        s
    }

    #[test]
    fn legacy_materials_docs() {
        let Some(dir) = testdata::require("mp_json legacy") else { return };
        let (ok, errs) =
            read_path(&READER, &dir.join("formats/mp/legacy_materials_docs_magnetism_sample.json.gz"));
        assert!(errs.is_empty(), "{errs:?}");
        let ids: Vec<_> = ok.iter().map(|r| r.source_id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "mp-753472",
                "mp-1034331",
                "mp-643356",
                "mp-27295",
                "mp-755552",
                "mp-707443",
                "mp-1057787",
                "mp-32398",
                "mp-29163",
                "mp-989643"
            ]
        );
        let sites: Vec<_> = ok.iter().map(|r| r.structure.nsites()).collect();
        assert_eq!(sites, [24, 32, 24, 86, 4, 30, 2, 56, 12, 10]);
        let raw: Vec<Value> = serde_json::from_str(&read_gz(
            &dir.join("formats/mp/legacy_materials_docs_magnetism_sample.json.gz"),
        ))
        .unwrap();
        for (r, v) in ok.iter().zip(&raw) {
            assert!(close(r.structure.volume(), v["structure"]["lattice"]["volume"].as_f64().unwrap(), 1e-6));
        }
    }

    #[test]
    fn mp_1_documents() {
        let Some(dir) = testdata::require("mp_json mp-1") else { return };
        let d = dir.join("formats/mp");
        // materials doc: Cs, bcc primitive cell, volume 114.05180544066401, Im-3m (229).
        let (ok, errs) = read_path(&READER, &d.join("mp-1_materials.json"));
        assert!(errs.is_empty(), "{errs:?}");
        let r = &ok[0];
        assert_eq!(r.id(), "mp:mp-1");
        assert_eq!(r.structure.composition().reduced_formula(), "Cs");
        assert!(close(r.structure.volume(), 114.05180544066401, 1e-9));
        let sg = r.spacegroup.as_ref().unwrap();
        assert_eq!((sg.number, sg.symbol.as_str(), sg.crystal_system.as_str()), (229, "Im-3m", "cubic"));
        // thermo doc: structure from entries.GGA; properties from the doc.
        let (ok, errs) = read_path(&READER, &d.join("mp-1_thermo.json"));
        assert!(errs.is_empty(), "{errs:?}");
        let p = &ok[0].properties;
        assert_eq!(p.formation_energy_per_atom, Some(0.038769612068965564));
        assert_eq!(p.energy_above_hull, Some(0.038769612068965564));
        assert_eq!(p.total_energy_per_atom, Some(-0.85663276));
        assert_eq!(p.band_gap, None);
        // tasks doc: output.structure, output.energy -0.85459793 eV for 1 atom.
        let (ok, errs) = read_path(&READER, &d.join("mp-1_tasks.json"));
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(ok[0].properties.total_energy_per_atom, Some(-0.85459793));
        assert!(close(ok[0].structure.volume(), 116.16639052177214, 1e-9));
        // Property documents without a structure are located errors.
        for f in ["mp-1_magnetism.json", "mp-1_elasticity.json", "mp-1_eos.json"] {
            let (ok, errs) = read_path(&READER, &d.join(f));
            assert!(ok.is_empty(), "{f}");
            assert_eq!(errs.len(), 1, "{f}");
            assert!(errs[0].contains("record 0"), "{}", errs[0]);
        }
    }

    #[test]
    fn pymatgen_structures() {
        let Some(dir) = testdata::require("mp_json pymatgen") else { return };
        let d = dir.join("formats/pymatgen/structures");
        // (file, sites, reduced formula, volume from the file's lattice.volume)
        let cases: &[(&str, usize, &str, f64)] = &[
            ("CsCl.json", 2, "ClCs", 74.56530132899998),
            ("Li2O.json", 3, "Li2O", 25.279668381289056),
            ("SiO2.json", 9, "O2Si", 120.81959693044213),
            ("LiFePO4.json", 28, "FeLiO4P", 299.60796771125047),
            ("TiO2.json", 12, "O2Ti", 146.7063156535295),
            ("Si_SiO2_Interface.json", 50, "", 0.0),
        ];
        for &(f, n, formula, vol) in cases {
            let (ok, errs) = read_path(&READER, &d.join(f));
            assert!(errs.is_empty(), "{f}: {errs:?}");
            let r = &ok[0];
            assert_eq!(r.source, "file");
            assert_eq!(r.source_id, f.trim_end_matches(".json"));
            assert_eq!(r.structure.nsites(), n, "{f}");
            if !formula.is_empty() {
                assert_eq!(r.structure.composition().reduced_formula(), formula, "{f}");
            }
            if vol > 0.0 {
                assert!(close(r.structure.volume(), vol, 1e-9), "{f}: {}", r.structure.volume());
            }
        }
        // Every sample file reads, and its volume matches lattice.volume.
        let mut n = 0;
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            let (ok, errs) = read_path(&READER, &p);
            assert!(errs.is_empty(), "{p:?}: {errs:?}");
            let v: Value = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
            let want = v["lattice"]["volume"].as_f64().unwrap();
            assert!(close(ok[0].structure.volume(), want, 1e-6), "{p:?}");
            n += 1;
        }
        assert_eq!(n, 21);
    }

    #[test]
    fn disordered_li10gep2s12() {
        let Some(dir) = testdata::require("mp_json disorder") else { return };
        let (ok, errs) = read_path(&READER, &dir.join("formats/pymatgen/structures/Li10GeP2S12.json"));
        assert!(errs.is_empty(), "{errs:?}");
        let s = &ok[0].structure;
        // 58 sites, 4 of them hold two species (Ge/P): 62 rows; 32 species entries with occu < 1.
        assert_eq!(s.nsites(), 62);
        assert!(!s.is_ordered());
        let text = std::fs::read_to_string(dir.join("formats/pymatgen/structures/Li10GeP2S12.json")).unwrap();
        let v: Value = serde_json::from_str(&text).unwrap();
        let mut want = std::collections::BTreeMap::<String, f64>::new();
        for site in v["sites"].as_array().unwrap() {
            for sp in site["species"].as_array().unwrap() {
                *want.entry(sp["element"].as_str().unwrap().to_string()).or_default() +=
                    sp["occu"].as_f64().unwrap();
            }
        }
        let comp = s.composition();
        for (el, amount) in want {
            let z = crystaldb::structure::element::atomic_number(&el).unwrap();
            assert!(close(comp.amount(z), amount, 1e-9), "{el}");
        }
        // A mixed site: rows at the same position.
        let mixed: Vec<_> = s.sites.windows(2).filter(|w| w[0].frac == w[1].frac).collect();
        assert_eq!(mixed.len(), 4);
    }

    #[test]
    fn hand_written_documents() {
        let doc = r#"[
 {"material_id": "mp-1", "structure": {"lattice": {"matrix": [[3,0,0],[0,3,0],[0,0,3]]},
   "sites": [{"species": [{"element": "Fe2+", "occu": 0.5}, {"element": "Ni", "occu": 0.5}], "abc": [0,0,0]},
             {"species": [{"element": "O2-", "occu": 1}], "xyz": [1.5, 1.5, 1.5]}]},
  "band_gap": 1.5, "e_above_hull": 0.1, "spacegroup": {"number": 221, "symbol": "Pm-3m"}},
 {"material_id": "mp-2", "structure": {"lattice": {"matrix": [[1,0,0],[2,0,0],[0,0,1]]}, "sites": [{"species": [{"element": "O", "occu": 1}], "abc": [0,0,0]}]}},
 {"material_id": "mp-3", "structure": {"lattice": {"matrix": [[1,0,0],[0,1,0],[0,0,1]]}, "sites": [{"species": [{"element": "Xx", "occu": 1}], "abc": [0,0,0]}]}},
 {"material_id": "mp-4", "structure": {"lattice": {"matrix": [[1,0,0],[0,1,0],[0,0,1]]}, "sites": [{"species": [{"element": "O", "occu": 1}], "abc": [0,0]}]}},
 {"material_id": "mp-5", "structure": {"lattice": {"matrix": [[1,0,0],[0,1,0],[0,0,1]]}, "sites": [{"species": [{"element": "O", "occu": 0.7}, {"element": "F", "occu": 0.7}], "abc": [0,0,0]}]}},
 {"material_id": "mp-6", "band_gap": "NaN", "structure": {"lattice": {"matrix": [[1,0,0],[0,1,0],[0,0,1]]}, "sites": [{"species": [{"element": "O", "occu": 1}], "abc": [0,0,0]}]}},
 {"material_id": "mp-7"},
 {"@class": "ComputedStructureEntry", "entry_id": "mp-8", "energy": -10.0, "structure": {"lattice": {"matrix": [[2,0,0],[0,2,0],[0,0,2]]},
   "sites": [{"species": [{"element": "Li", "occu": 1}], "abc": [0,0,0]}, {"species": [{"element": "Li", "occu": 1}], "abc": [0.5,0.5,0.5]}]}},
 {"@class": "ComputedStructureEntry", "entry_id": "mp-9", "energy": null, "structure": {"lattice": {"matrix": [[2,0,0],[0,2,0],[0,0,2]]},
   "sites": [{"species": [{"element": "Li", "occu": 1}], "abc": [0,0,0]}]}},
 {"material_id": "mp-10", "structure": {"lattice": {"matrix": [[1e400,0,0],[0,1,0],[0,0,1]]}, "sites": []}},
 [1, 2]
]"#;
        let (ok, errs) = read_str(&READER, doc, "mixed.json");
        assert_eq!(ok.iter().map(|r| r.source_id.as_str()).collect::<Vec<_>>(), ["mp-1", "mp-8"]);
        let r = &ok[0];
        assert_eq!(r.structure.nsites(), 3);
        assert_eq!(r.structure.sites[0].frac, r.structure.sites[1].frac);
        assert_eq!(r.structure.sites[0].z, 26);
        assert_eq!(r.structure.composition().reduced_formula(), "Fe0.5Ni0.5O");
        assert!(close(r.structure.sites[2].frac[0], 0.5, 1e-12));
        assert_eq!(r.properties.energy_above_hull, Some(0.1));
        assert_eq!(r.spacegroup.as_ref().unwrap().number, 221);
        assert_eq!(ok[1].properties.total_energy_per_atom, Some(-5.0));
        assert_eq!(errs.len(), 9, "{errs:#?}");
        for (e, want) in errs.iter().zip([
            "mp-2",
            "mp-3",
            "mp-4",
            "mp-5",
            "mp-6",
            "mp-7",
            "mp-9",
            "record 9 (line 16)",
            "record 10",
        ]) {
            assert!(e.contains(want), "{e} should name {want}");
            assert!(e.starts_with("mixed.json: record "), "{e}");
        }
        assert!(errs[0].contains("singular"), "{}", errs[0]);
        assert!(errs[3].contains("sum to"), "{}", errs[3]);
        assert!(errs[4].contains("NaN"), "{}", errs[4]);
        assert!(errs[7].contains("number out of range"), "{}", errs[7]);
    }

    #[test]
    fn truncated_and_nan_json() {
        let s = r#"[{"material_id": "mp-1", "structure": {"lattice": {"matrix": [[3,0,0],[0,3,0],[0,0,3]]}, "sites": [{"species": [{"element": "O", "occu": 1}], "abc": [0,0,0]}]}},
{"material_id": "mp-2", "band_gap": NaN, "structure": {}},
{"material_id": "mp-3", "structure": {"lattice": {"matrix": [[3,0,0],[0,3"#;
        let (ok, errs) = read_str(&READER, s, "t.json");
        assert_eq!(ok.len(), 1);
        assert_eq!(errs.len(), 2, "{errs:?}");
        assert!(errs[0].contains("record 1 (line 2)"), "{}", errs[0]);
        assert!(errs[1].contains("end of input"), "{}", errs[1]);
        let (ok, errs) = read_all(&READER, b"", "e.json");
        assert!(ok.is_empty() && errs.is_empty());
    }

    #[test]
    fn sniffing() {
        assert!(READER.sniff("x.json", br#"{"_id": "x", "material_id": "mp-1"}"#));
        assert!(READER.sniff(
            "x.json",
            br#"[{"@module": "pymatgen.entries.computed_entries", "@class": "ComputedStructureEntry"}]"#
        ));
        assert!(READER.sniff("x.json", br#"{"lattice": {"matrix": []}, "sites": [{"abc": [0,0,0]}]}"#));
        assert!(!READER.sniff("x.json", br#"{"auid": "aflow:1"}"#));
        assert!(!READER.sniff("x.json", b"data_x\n_cell_length_a 1"));
    }
}

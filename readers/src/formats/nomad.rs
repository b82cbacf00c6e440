//! NOMAD JSON: full archives (`run[].system[].atoms`), entries with a `results` section, API
//! responses wrapping either (`{"data": {...archive...}}`, `{"data": [...]}`), and the bare
//! `results`-like records of the matsciml dev set (`material`, `properties`, `energies`).
//!
//! NOMAD stores SI units: lengths in **metres** (× 1e10 → Å) and energies in **joules**
//! (÷ 1.602176634e-19 → eV).
//!
//! * Structure: from an archive's `run`, the system that the last calculation points to
//!   (`calculation[-1].system_ref`), else the representative one, else the last; `atoms`
//!   gives `lattice_vectors` (rows), Cartesian `positions` and `labels` (or `species`, Z).
//!   Without a `run`, `results.properties.structures.structure_original` (OPTIMADE-like:
//!   `lattice_vectors`, `cartesian_site_positions`, `species_at_sites`, `species` with
//!   `chemical_symbols`/`concentration`). Entries without a lattice (molecules) are errors.
//! * `total_energy_per_atom`: the total energy (J) of the calculation on that structure —
//!   `run[-1].calculation[-1].energy.total.value`, or the dev set's `energies.total.value` —
//!   divided by the number of atoms of the structure, in eV.
//! * `band_gap`: the smallest `value` (J → eV) among the spin channels of
//!   `results.properties.electronic.band_structure_electronic.band_gap` (then
//!   `dos_electronic`); a negative value (overlapping bands) counts as 0; gaps that are
//!   references or absent stay `None`.
//! * `results.material.symmetry.space_group_number/_symbol` → [`Record::spacegroup`];
//!   `prototype_aflow_id` → [`Record::prototype`]; `material_id` → `extra["nomad_material_id"]`.
//! * id `nomad:<entry_id>` (`entry_id` of the record, its API wrapper, or
//!   `metadata.entry_id`). Records without any entry id (the matsciml dev set dropped it) get
//!   `<file stem>-<index>`.

use crate::formats::json::{JsonFormat, JsonReader, StreamShape};
use crate::formats::json_fields::{
    get, id_string, lattice, matrix3, number, occupancy, path, short, spacegroup, structure, to_frac,
    vec3_list, Bad, WithId, EV_IN_J, M_IN_ANGSTROM,
};
use crate::formats::json_stream::{self, has_key, JsonRecord};
use crate::reader::ReadContext;
use crystaldb::structure::{element, Site, Structure, Vec3};
use crystaldb::Record;
use serde_json::{Map, Value};

/// NOMAD archive and results JSON (format name `nomad-json`).
pub(crate) const FORMAT: JsonFormat =
    JsonFormat { name: "nomad-json", sniff, stream: StreamShape::JSON, convert };

/// The reader of NOMAD archive and results JSON.
pub const READER: JsonReader = JsonReader::new(&FORMAT);

/// Whether the (decompressed, JSON) head of a file looks like NOMAD JSON.
fn sniff(_file_name: &str, h: &[u8]) -> bool {
    has_key(h, "structure_original")
        || has_key(h, "nomad_version")
        || (has_key(h, "upload_id") && has_key(h, "entry_id"))
        || (has_key(h, "archive") && has_key(h, "entry_id"))
        || (has_key(h, "material_name") && has_key(h, "structural_type"))
        || (has_key(h, "run") && has_key(h, "system") && has_key(h, "atoms"))
        || json_stream::contains(h, "\"parsers/")
        || json_stream::contains(h, "nomad.processing")
}

/// Unwrap API responses: (entry id, the archive-like object).
fn unwrap(v: &Value) -> (Option<String>, &Map<String, Value>) {
    let mut cur = v.as_object().expect("checked by the caller");
    let mut id = get(cur, "entry_id").and_then(id_string);
    loop {
        let next = get(cur, "data")
            .and_then(Value::as_object)
            .or_else(|| get(cur, "archive").and_then(Value::as_object));
        match next {
            Some(n) => {
                cur = n;
                if let Some(i) = get(cur, "entry_id").and_then(id_string) {
                    id = Some(i);
                }
            }
            None => break,
        }
    }
    let id = id.or_else(|| get(cur, "metadata").and_then(|m| m.get("entry_id")).and_then(id_string));
    (id, cur)
}

fn convert(rec: &JsonRecord, ctx: &ReadContext) -> Result<Record, Bad> {
    if !rec.value.is_object() {
        return Err(format!("record is not a JSON object: {}", short(&rec.value)).into());
    }
    let (id, a) = unwrap(&rec.value);
    let id = id.unwrap_or_else(|| format!("{}-{}", ctx.stem, rec.index));
    let results = match get(a, "results").and_then(Value::as_object) {
        Some(r) => Some(r),
        None if a.contains_key("material") || a.contains_key("properties") => Some(a),
        None => None,
    };
    let (structure, total_j) = match get(a, "run").and_then(Value::as_array).filter(|r| !r.is_empty()) {
        Some(runs) => from_run(runs).with_id(&id)?,
        None => {
            let s = results
                .and_then(|r| r.get("properties"))
                .and_then(|p| path(p, &["structures", "structure_original"]))
                .ok_or("no run[].system and no results.properties.structures.structure_original")
                .with_id(&id)?;
            let st = optimade_like(s, "structure_original").with_id(&id)?;
            let e = get(a, "energies").and_then(|e| path(e, &["total", "value"]));
            let e = match e {
                Some(v) => Some(si_finite(v, "energies.total.value").with_id(&id)?),
                None => None,
            };
            (st, e)
        }
    };
    let n = structure.num_atoms();
    let mut record = Record::new(ctx.source_or("nomad"), id.clone(), structure);
    record.properties.total_energy_per_atom = total_j.map(|e| e / EV_IN_J / n);
    if let Some(r) = results {
        let r = Value::Object(r.clone());
        record.properties.band_gap = band_gap(&r).with_id(&id)?;
        if let Some(sym) = path(&r, &["material", "symmetry"]) {
            if let Some(num) = sym.get("space_group_number").filter(|v| !v.is_null()) {
                record.spacegroup = spacegroup(num, sym.get("space_group_symbol")).with_id(&id)?;
            }
            if let Some(p) = sym.get("prototype_aflow_id").and_then(Value::as_str) {
                record.prototype = Some(p.to_string());
            }
        }
        if let Some(m) = path(&r, &["material", "material_id"]) {
            record.extra.insert("nomad_material_id".into(), m.clone());
        }
        if let Some(p) = path(&r, &["method", "simulation", "program_name"]) {
            record.extra.insert("program_name".into(), p.clone());
        }
    }
    // NOMAD archives give values or leave sections out: what has no value is absent.
    record.mark_unstated_absent(&[]);
    Ok(record)
}

/// A finite SI number.
fn si_finite(v: &Value, what: &str) -> Result<f64, String> {
    crate::formats::json_fields::finite(v, what)
}

/// Lattice rows in metres -> Å, with a check that they are metres indeed.
fn lattice_m(v: &Value, what: &str) -> Result<crystaldb::Lattice, String> {
    let m = matrix3(v, what)?;
    let big = m.iter().flatten().fold(0.0f64, |s, x| s.max(x.abs()));
    if big > 1e-6 {
        return Err(format!("{what} has entries of {big}: NOMAD lengths are metres (expected ~1e-10)"));
    }
    let m = m.map(|r| r.map(|x| x * M_IN_ANGSTROM));
    lattice(m, what)
}

fn positions_m(v: &Value, what: &str) -> Result<Vec<Vec3>, String> {
    Ok(vec3_list(v, what)?.into_iter().map(|p| p.map(|x| x * M_IN_ANGSTROM)).collect())
}

/// Index `k` of a reference such as `#/run/0/system/3` or `/run/0/system/3`.
fn system_index(reference: &str) -> Option<usize> {
    let (head, k) = reference.rsplit_once('/')?;
    head.ends_with("system").then(|| k.parse().ok())?
}

/// The structure and total energy (J) of the last calculation of the last run.
fn from_run(runs: &[Value]) -> Result<(Structure, Option<f64>), String> {
    let run = runs.last().expect("not empty");
    let systems =
        run.get("system").and_then(Value::as_array).filter(|s| !s.is_empty()).ok_or("run has no system")?;
    let calc = run.get("calculation").and_then(Value::as_array).and_then(|c| c.last());
    let by_ref = calc.and_then(|c| c.get("system_ref")).and_then(Value::as_str).and_then(system_index);
    let (k, paired) = match by_ref {
        Some(k) if k < systems.len() => (k, true),
        Some(k) => return Err(format!("calculation refers to system {k} of {}", systems.len())),
        None => {
            let rep = systems.iter().position(|s| s.get("is_representative") == Some(&Value::Bool(true)));
            let k = rep.unwrap_or(systems.len() - 1);
            let n_calc = run.get("calculation").and_then(Value::as_array).map_or(0, Vec::len);
            (k, systems.len() == 1 || (k == systems.len() - 1 && n_calc == systems.len()))
        }
    };
    let what = format!("run.system[{k}].atoms");
    let atoms =
        systems[k].get("atoms").and_then(Value::as_object).ok_or_else(|| format!("{what} is missing"))?;
    let lv = get(atoms, "lattice_vectors")
        .ok_or_else(|| format!("{what} has no lattice_vectors (not periodic)"))?;
    let l = lattice_m(lv, &format!("{what}.lattice_vectors"))?;
    let pos = positions_m(
        get(atoms, "positions").ok_or_else(|| format!("{what} has no positions"))?,
        &format!("{what}.positions"),
    )?;
    let zs: Vec<u8> = if let Some(labels) = get(atoms, "labels").and_then(Value::as_array) {
        labels
            .iter()
            .enumerate()
            .map(|(i, x)| {
                let s = x.as_str().ok_or_else(|| format!("{what}.labels[{i}] is not a string"))?;
                crate::formats::json_fields::element_z(s, &format!("{what}.labels[{i}]"))
            })
            .collect::<Result<_, _>>()?
    } else if let Some(sp) = get(atoms, "species").and_then(Value::as_array) {
        sp.iter()
            .enumerate()
            .map(|(i, x)| match x.as_u64() {
                Some(z) if (1..=118).contains(&z) => Ok(z as u8),
                _ => Err(format!("{what}.species[{i}] is not an atomic number: {}", short(x))),
            })
            .collect::<Result<_, _>>()?
    } else {
        return Err(format!("{what} has neither labels nor species"));
    };
    if zs.len() != pos.len() {
        return Err(format!("{what}: {} species for {} positions", zs.len(), pos.len()));
    }
    let mut sites = Vec::with_capacity(pos.len());
    for (z, p) in zs.into_iter().zip(pos) {
        sites.push(Site { z, frac: to_frac(&l, p)?, occupancy: 1.0 });
    }
    let s = structure(l, sites)?;
    let energy = if paired {
        match calc.and_then(|c| path(c, &["energy", "total", "value"])) {
            Some(v) => Some(si_finite(v, "calculation.energy.total.value")?),
            None => None,
        }
    } else {
        None
    };
    Ok((s, energy))
}

/// An OPTIMADE-like structure section in SI units (NOMAD `results.properties.structures`).
fn optimade_like(v: &Value, what: &str) -> Result<Structure, String> {
    let o = v.as_object().ok_or_else(|| format!("{what} is not an object"))?;
    let l = lattice_m(
        get(o, "lattice_vectors").ok_or_else(|| format!("{what} has no lattice_vectors"))?,
        &format!("{what}.lattice_vectors"),
    )?;
    let pos = positions_m(
        get(o, "cartesian_site_positions")
            .ok_or_else(|| format!("{what} has no cartesian_site_positions"))?,
        &format!("{what}.cartesian_site_positions"),
    )?;
    let at = get(o, "species_at_sites")
        .and_then(Value::as_array)
        .ok_or_else(|| format!("{what} has no species_at_sites"))?;
    if at.len() != pos.len() {
        return Err(format!("{what}: {} species_at_sites for {} positions", at.len(), pos.len()));
    }
    let species = get(o, "species").and_then(Value::as_array);
    let mut sites = Vec::with_capacity(pos.len());
    for (i, (name, p)) in at.iter().zip(pos).enumerate() {
        let name = name.as_str().ok_or_else(|| format!("{what}.species_at_sites[{i}] is not a string"))?;
        let frac = to_frac(&l, p)?;
        let sp = species.and_then(|s| s.iter().find(|x| x.get("name").and_then(Value::as_str) == Some(name)));
        match sp {
            Some(sp) => {
                let syms = sp
                    .get("chemical_symbols")
                    .and_then(Value::as_array)
                    .ok_or_else(|| format!("species {name:?} has no chemical_symbols"))?;
                let conc = sp.get("concentration").and_then(Value::as_array);
                for (k, sym) in syms.iter().enumerate() {
                    let sym = sym
                        .as_str()
                        .ok_or_else(|| format!("species {name:?}: symbol {k} is not a string"))?;
                    if sym == "vacancy" || sym == "X" {
                        continue;
                    }
                    let z = element::atomic_number(sym)
                        .ok_or_else(|| format!("species {name:?}: unknown element {sym:?}"))?;
                    let c = match conc.map(|c| c.get(k).and_then(number)) {
                        None => 1.0,
                        Some(Some(c)) => c,
                        Some(None) => return Err(format!("species {name:?}: no concentration for {sym}")),
                    };
                    sites.push(Site { z, frac, occupancy: occupancy(c, &format!("species {name:?}"))? });
                }
            }
            None => {
                let z =
                    crate::formats::json_fields::element_z(name, &format!("{what}.species_at_sites[{i}]"))?;
                sites.push(Site { z, frac, occupancy: 1.0 });
            }
        }
    }
    structure(l, sites)
}

/// The band gap in eV: the smallest value over the spin channels.
fn band_gap(results: &Value) -> Result<Option<f64>, String> {
    for section in ["band_structure_electronic", "dos_electronic"] {
        let Some(s) = path(results, &["properties", "electronic", section]) else { continue };
        // Newer archives hold a list of sections, older ones a single one.
        let sections: Vec<&Value> = match s {
            Value::Array(a) => a.iter().collect(),
            other => vec![other],
        };
        let mut best: Option<f64> = None;
        for sec in sections {
            let Some(gaps) = sec.get("band_gap").and_then(Value::as_array) else { continue };
            for g in gaps {
                if let Some(v) = g.get("value").filter(|v| !v.is_null()) {
                    let j = si_finite(v, &format!("{section}.band_gap.value"))?;
                    // A negative "gap" (overlapping bands, FHI-aims writes a few) is a metal.
                    let ev = (j / EV_IN_J).max(0.0);
                    best = Some(best.map_or(ev, |b| b.min(ev)));
                }
            }
        }
        if best.is_some() {
            return Ok(best);
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::test_support::{close, head, read_path, read_str};
    use crate::reader::StructureReader;
    use crystaldb::testdata;

    const E: f64 = 1.602176634e-19;

    #[test]
    fn archive_si16() {
        let Some(dir) = testdata::require("nomad archive") else { return };
        let p = dir.join("formats/nomad/archive_query_response_Si16_vasp.json");
        assert!(READER.sniff("x.json", &head(&p)));
        let (ok, errs) = read_path(&READER, &p);
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(ok.len(), 1);
        let r = &ok[0];
        assert_eq!(r.id(), "nomad:1WGSYo1RrGFEIcM17Re4kjHC7k6p");
        assert_eq!(r.structure.nsites(), 16);
        assert_eq!(r.structure.composition().reduced_formula(), "Si");
        // Rows (0, h, h), (h, 0, h), (h, h, 0) with h = 5.46619884e-10 m = 5.46619884 Å:
        // volume 2 h^3 Å^3.
        let h = 5.46619884;
        assert!(close(r.structure.volume(), 2.0 * h * h * h, 1e-12));
        assert!(close(r.structure.lattice.matrix[0][1], h, 1e-12));
        // First atom at 4.782923985e-10 m, ... -> 4.782923985 Å.
        let c = r.structure.cart_coords()[0];
        assert!(close(c[0], 4.782923985, 1e-9) && close(c[1], 4.789995059819423, 1e-9));
        // -1.3893980273911905e-17 J for 16 atoms: -5.4199... eV/atom.
        let want = -1.3893980273911905e-17 / E / 16.0;
        assert!(close(r.properties.total_energy_per_atom.unwrap(), want, 1e-12));
        assert!(close(want, -5.4199627, 1e-7));
        assert_eq!(r.properties.band_gap, None);
        let sg = r.spacegroup.as_ref().unwrap();
        assert_eq!((sg.number, sg.symbol.as_str()), (227, "Fd-3m"));
        assert_eq!(r.prototype.as_deref(), Some("A_cF8_227_a"));
    }

    #[test]
    fn matsciml_results_devset() {
        let Some(dir) = testdata::require("nomad devset") else { return };
        let p = dir.join("formats/nomad/nomad_results_matsciml_devset.json.gz");
        assert!(READER.sniff("x.json", &head(&p)));
        let (ok, errs) = read_path(&READER, &p);
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(ok.len(), 200);
        // Record 0 by hand: O4 (VASP), cell_volume 8.055341596915398e-29 m^3 = 80.553... Å^3,
        // energies.total.value -3.3388188018937413e-18 J over 4 atoms, band gap
        // 1.5380895686400655e-21 J, C2/m (12), prototype A_mC4_12_i.
        let r = &ok[0];
        assert_eq!(r.id(), "nomad:nomad_results_matsciml_devset-0");
        assert_eq!(r.extra["nomad_material_id"], "quKfJe6K7mYLGEl-8X6_gRFE3MLs");
        assert_eq!(r.structure.nsites(), 4);
        assert_eq!(r.structure.composition().reduced_formula(), "O");
        assert!(close(r.structure.volume(), 80.55341596915398, 1e-9));
        let e = r.properties.total_energy_per_atom.unwrap();
        assert!(close(e, -3.3388188018937413e-18 / E / 4.0, 1e-12));
        assert!(close(e, -5.2098170, 1e-7), "{e}");
        let g = r.properties.band_gap.unwrap();
        assert!(close(g, 1.5380895686400655e-21 / E, 1e-12));
        assert!(close(g, 0.0096, 1e-9), "{g}");
        assert_eq!(r.spacegroup.as_ref().unwrap().number, 12);
        assert_eq!(r.prototype.as_deref(), Some("A_mC4_12_i"));
        // Every record: volume = cell_volume (m^3) * 1e30, site count, formula.
        let text = {
            use std::io::Read;
            let mut s = String::new();
            flate2::read::GzDecoder::new(std::fs::File::open(&p).unwrap()).read_to_string(&mut s).unwrap();
            s
        };
        let raw: Vec<Value> = serde_json::from_str(&text).unwrap();
        let mut programs = std::collections::BTreeMap::<String, usize>::new();
        for (r, v) in ok.iter().zip(&raw) {
            let so = &v["properties"]["structures"]["structure_original"];
            assert!(
                close(r.structure.volume(), so["cell_volume"].as_f64().unwrap() * 1e30, 1e-9),
                "{}",
                r.id()
            );
            assert_eq!(r.structure.nsites(), so["species_at_sites"].as_array().unwrap().len());
            let n = r.structure.nsites() as f64;
            let tot = v["energies"]["total"]["value"].as_f64().unwrap();
            assert!(close(r.properties.total_energy_per_atom.unwrap() * n * E, tot, 1e-12));
            *programs.entry(r.extra["program_name"].as_str().unwrap().to_string()).or_default() += 1;
        }
        assert_eq!(programs["FHI-aims"], 159);
        assert_eq!(programs["VASP"], 40);
        assert_eq!(programs["exciting"], 1);
    }

    #[test]
    fn hand_written_entries() {
        let s = r##"{"data": [
 {"entry_id": "a", "results": {"material": {"symmetry": {"space_group_number": 225, "space_group_symbol": "Fm-3m"}},
   "properties": {"structures": {"structure_original": {"lattice_vectors": [[4e-10,0,0],[0,4e-10,0],[0,0,4e-10]],
     "cartesian_site_positions": [[0,0,0],[2e-10,2e-10,2e-10]], "species_at_sites": ["Na", "ClBr"],
     "species": [{"name": "Na", "chemical_symbols": ["Na"], "concentration": [1.0]},
                 {"name": "ClBr", "chemical_symbols": ["Cl", "Br"], "concentration": [0.5, 0.5]}]}},
   "electronic": {"band_structure_electronic": [{"band_gap": [{"index": 0, "value": 3.2e-19}, {"index": 1, "value": 1.6e-19}]}]}}}},
 {"entry_id": "b", "results": {"properties": {"structures": {"structure_original": {"lattice_vectors": [[4,0,0],[0,4,0],[0,0,4]],
     "cartesian_site_positions": [[0,0,0]], "species_at_sites": ["Na"]}}}}},
 {"entry_id": "c", "results": {"properties": {}}},
 {"entry_id": "d", "archive": {"run": [{"system": [{"atoms": {"labels": ["Si"], "positions": [[0,0,0]]}}]}]}},
 {"entry_id": "e", "archive": {"run": [{"system": [{"atoms": {"labels": ["Si", "Si"], "positions": [[0,0,0]],
     "lattice_vectors": [[5e-10,0,0],[0,5e-10,0],[0,0,5e-10]]}}]}]}},
 {"entry_id": "f", "archive": {"run": [{"system": [{"atoms": {"species": [14, 14], "positions": [[0,0,0],[1.25e-10,1.25e-10,1.25e-10]],
     "lattice_vectors": [[5e-10,0,0],[0,5e-10,0],[0,0,5e-10]]}}],
     "calculation": [{"system_ref": "#/run/0/system/0", "energy": {"total": {"value": -1.602176634e-18}}}]}]}}
], "meta": {}}"##;
        let (ok, errs) = read_str(&READER, s, "q.json");
        assert_eq!(ok.iter().map(|r| r.id()).collect::<Vec<_>>(), ["nomad:a", "nomad:f"]);
        let a = &ok[0];
        assert_eq!(a.structure.nsites(), 3);
        assert!(close(a.structure.volume(), 64.0, 1e-12));
        assert!(close(a.structure.sites[1].frac[0], 0.5, 1e-12));
        assert_eq!(a.structure.composition().reduced_formula(), "Br0.5Cl0.5Na");
        assert!(close(a.properties.band_gap.unwrap(), 1.6e-19 / E, 1e-12));
        assert_eq!(a.spacegroup.as_ref().unwrap().symbol, "Fm-3m");
        // -10 eV for a cell of 2 atoms.
        assert!(close(ok[1].properties.total_energy_per_atom.unwrap(), -5.0, 1e-12));
        assert_eq!(errs.len(), 4, "{errs:#?}");
        assert!(errs[0].contains("(b,") && errs[0].contains("metres"), "{}", errs[0]);
        assert!(errs[1].contains("(c,"), "{}", errs[1]);
        assert!(errs[2].contains("(d,") && errs[2].contains("lattice_vectors"), "{}", errs[2]);
        assert!(errs[3].contains("(e,") && errs[3].contains("2 species for 1 positions"), "{}", errs[3]);
    }

    #[test]
    fn references() {
        assert_eq!(system_index("#/run/0/system/3"), Some(3));
        assert_eq!(system_index("/run/0/system/0"), Some(0));
        assert_eq!(system_index("/run/0/method/0"), None);
    }
}

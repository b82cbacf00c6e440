//! OQMD JSON: `/oqmdapi/formationenergy` records (bare lists such as qmpy_rester's, the
//! matsciml dev set, and the API envelope `{links, resource, data: [...], meta}`), and OQMD's
//! pre-1.0 OPTIMADE records whose fields carry the provider prefix (`_oqmd_entry_id`,
//! `_oqmd_unit_cell`, `_oqmd_sites`), bare or as JSON:API resources with `attributes`.
//!
//! * `sites` are strings `"Mn @ 0.75 0.25 0.5"`: an element symbol, `@`, then three
//!   **fractional** coordinates; `unit_cell` (matsciml: `cell`) holds the lattice vectors as
//!   rows in Å.
//! * id `oqmd:<entry_id>`.
//! * `delta_e` → formation energy (eV/atom); `band_gap` (eV); `stability` is the distance to
//!   the hull (eV/atom), which OQMD reports as *negative* for stable phases (the distance to
//!   the hull built without them): `energy_above_hull = max(stability, 0)`, and the raw value
//!   is kept in `extra["oqmd_stability"]`.
//! * `spacegroup` is a Hermann–Mauguin symbol without a number: it is kept in
//!   `extra["source_spacegroup_symbol"]` and the space group is left to spglib.
//! * `prototype` → [`Record::prototype`]; `name`, `icsd_id`, `calculation_id`,
//!   `formationenergy_id` → `extra`.
//! * A record without `unit_cell`/`sites` (an API query that did not ask for them, as in
//!   the documentation's envelope) is a located error. So is a `natoms` that disagrees with
//!   the number of sites.

use crate::formats::json::{JsonFormat, JsonReader, StreamShape};
use crate::formats::json_fields::{
    get, id_string, lattice, matrix3, opt_number, short, stated_null, structure, Bad, WithId,
};
use crate::formats::json_stream::{has_key, JsonRecord};
use crate::reader::ReadContext;
use crystaldb::structure::{element, Site, Vec3};
use crystaldb::Record;
use serde_json::{Map, Value};

/// OQMD REST and pre-1.0 OPTIMADE JSON (format name `oqmd-json`).
pub(crate) const FORMAT: JsonFormat =
    JsonFormat { name: "oqmd-json", sniff, stream: StreamShape::JSON, convert };

/// The reader of OQMD REST and pre-1.0 OPTIMADE JSON.
pub const READER: JsonReader = JsonReader::new(&FORMAT);

/// Whether the (decompressed, JSON) head of a file looks like OQMD JSON and not OPTIMADE.
fn sniff(_file_name: &str, h: &[u8]) -> bool {
    (has_key(h, "formationenergy_id")
        || has_key(h, "delta_e")
        || has_key(h, "_oqmd_sites")
        || has_key(h, "_oqmd_unit_cell")
        || has_key(h, "_oqmd_entry_id")
        || (has_key(h, "unit_cell") && has_key(h, "sites") && has_key(h, "entry_id"))
        || crate::formats::json_stream::contains(h, "oqmd.org/oqmdapi"))
        // OQMD's OPTIMADE 1.0 output is standard OPTIMADE.
        && !has_key(h, "species_at_sites")
}

/// A field by its name or with OQMD's OPTIMADE prefix.
fn field<'v>(obj: &'v Map<String, Value>, key: &str) -> Option<&'v Value> {
    get(obj, key).or_else(|| get(obj, &format!("_oqmd_{key}")))
}

fn convert(rec: &JsonRecord, ctx: &ReadContext) -> Result<Record, Bad> {
    let outer =
        rec.value.as_object().ok_or_else(|| format!("record is not a JSON object: {}", short(&rec.value)))?;
    // A JSON:API resource: the fields sit in `attributes`.
    let obj = get(outer, "attributes").and_then(Value::as_object).unwrap_or(outer);
    let id = field(obj, "entry_id")
        .and_then(id_string)
        .or_else(|| get(outer, "id").and_then(id_string))
        .ok_or("record has no entry_id")?;
    let cell = field(obj, "unit_cell")
        .or_else(|| get(obj, "cell"))
        .ok_or("no unit_cell: the query did not request it (fields=...,unit_cell,sites)")
        .with_id(&id)?;
    let sites = field(obj, "sites")
        .ok_or("no sites: the query did not request them (fields=...,unit_cell,sites)")
        .with_id(&id)?;
    let l = lattice(matrix3(cell, "unit_cell").with_id(&id)?, "unit_cell").with_id(&id)?;
    let list = sites.as_array().ok_or("sites is not a list").with_id(&id)?;
    let mut rows = Vec::with_capacity(list.len());
    for (i, s) in list.iter().enumerate() {
        let text =
            s.as_str().ok_or_else(|| format!("sites[{i}] is not a string: {}", short(s))).with_id(&id)?;
        let (z, frac) = parse_site(text).map_err(|m| format!("sites[{i}] {text:?}: {m}")).with_id(&id)?;
        rows.push(Site { z, frac, occupancy: 1.0 });
    }
    if let Some(n) = field(obj, "natoms") {
        match n.as_u64() {
            Some(n) if n as usize == rows.len() => {}
            _ => return Err(format!("natoms {n} but {} sites", rows.len())).with_id(&id),
        }
    }
    let structure = structure(l, rows).with_id(&id)?;
    let mut record = Record::new(ctx.source_or("oqmd"), id.clone(), structure);
    let p = &mut record.properties;
    p.formation_energy_per_atom = opt_num(obj, "delta_e").with_id(&id)?;
    p.band_gap = opt_num(obj, "band_gap").with_id(&id)?;
    if let Some(s) = opt_num(obj, "stability").with_id(&id)? {
        p.energy_above_hull = Some(s.max(0.0));
        record.extra.insert("oqmd_stability".into(), s.into());
    }
    if let Some(sg) = field(obj, "spacegroup").and_then(Value::as_str) {
        record.extra.insert("source_spacegroup_symbol".into(), sg.into());
    }
    if let Some(proto) = field(obj, "prototype").and_then(Value::as_str) {
        record.prototype = Some(proto.to_string());
    }
    for k in ["name", "icsd_id", "calculation_id", "formationenergy_id"] {
        if let Some(v) = field(obj, k) {
            record.extra.insert(k.into(), v.clone());
        }
    }
    record.mark_unstated_absent(&stated_null(
        obj,
        &[
            ("delta_e", "formation_energy_per_atom"),
            ("_oqmd_delta_e", "formation_energy_per_atom"),
            ("band_gap", "band_gap"),
            ("_oqmd_band_gap", "band_gap"),
            ("stability", "energy_above_hull"),
            ("_oqmd_stability", "energy_above_hull"),
        ],
    ));
    Ok(record)
}

fn opt_num(obj: &Map<String, Value>, key: &str) -> Result<Option<f64>, String> {
    match opt_number(obj, key)? {
        Some(x) => Ok(Some(x)),
        None => opt_number(obj, &format!("_oqmd_{key}")),
    }
}

/// `"Mn @ 0.75 0.25 0.5"` -> (Z, fractional coordinates).
pub(crate) fn parse_site(text: &str) -> Result<(u8, Vec3), String> {
    let (el, coords) = text.split_once('@').ok_or("no '@'")?;
    let el = el.trim();
    let z = element::atomic_number(el).ok_or_else(|| format!("unknown element {el:?}"))?;
    let nums: Vec<&str> = coords.split_whitespace().collect();
    if nums.len() != 3 {
        return Err(format!("{} coordinates, expected 3", nums.len()));
    }
    let mut f = [0.0; 3];
    for (x, s) in f.iter_mut().zip(nums) {
        *x = s.parse::<f64>().map_err(|_| format!("bad coordinate {s:?}"))?;
        if !x.is_finite() {
            return Err(format!("coordinate {s}"));
        }
    }
    Ok((z, f))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::test_support::{close, read_path, read_str};
    use crystaldb::testdata;

    #[test]
    fn site_strings() {
        assert_eq!(parse_site("Mn @ 0.75 0.25 0.5").unwrap(), (25, [0.75, 0.25, 0.5]));
        assert_eq!(parse_site("O @ 0 0 1").unwrap(), (8, [0.0, 0.0, 1.0]));
        assert!(parse_site("Mn 0.75 0.25 0.5").is_err());
        assert!(parse_site("Mn @ 0.75 0.25").is_err());
        assert!(parse_site("Mn @ 0.75 0.25 x").is_err());
        assert!(parse_site("Mn @ 0.75 0.25 NaN").is_err());
        assert!(parse_site("MnFe @ 0 0 0").is_err());
    }

    #[test]
    fn matsciml_devset() {
        let Some(dir) = testdata::require("oqmd devset") else { return };
        let p = dir.join("formats/oqmd/oqmd_formationenergy_matsciml_devset.json");
        let (ok, errs) = read_path(&READER, &p);
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(ok.len(), 200);
        // First record, by hand from the file: YbMnNO, entry 1039868, tetragonal cell
        // 4.059705 x 4.059705 x 7.195297 (volume field 118.587), P4/nmm.
        let r = &ok[0];
        assert_eq!(r.id(), "oqmd:1039868");
        assert_eq!(r.structure.nsites(), 8);
        assert_eq!(r.structure.composition().reduced_formula(), "MnNOYb");
        assert!(close(r.structure.volume(), 4.059705 * 4.059705 * 7.195297, 1e-12));
        assert_eq!(r.properties.formation_energy_per_atom, Some(-1.59414634085853));
        assert_eq!(r.properties.energy_above_hull, Some(0.3529735503953122));
        assert_eq!(r.properties.band_gap, Some(0.0));
        assert_eq!(r.extra["source_spacegroup_symbol"], "P4/nmm");
        assert!(r.spacegroup.is_none());
        // Second: RbScCo half-Heusler, fcc primitive cell with a/2 = 3.418474: V = 2 (a/2)^3.
        let r = &ok[1];
        assert_eq!(r.id(), "oqmd:860787");
        assert_eq!(r.structure.composition().reduced_formula(), "CoRbSc");
        assert!(close(r.structure.volume(), 2.0 * 3.418474f64.powi(3), 1e-12));
        assert_eq!(r.prototype.as_deref(), Some("C1_b_HalfHeusler_MgAgAs"));
        // Every record: the volume agrees with OQMD's own `volume` field (rounded there),
        // the sites with `atomic_numbers`, and a null band gap stays None.
        let raw: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
        let mut null_gaps = 0;
        for (r, v) in ok.iter().zip(&raw) {
            assert!(close(r.structure.volume(), v["volume"].as_f64().unwrap(), 1e-3), "{}", r.id());
            let z: Vec<u8> =
                v["atomic_numbers"].as_array().unwrap().iter().map(|x| x.as_u64().unwrap() as u8).collect();
            assert_eq!(r.structure.species(), z);
            if v["band_gap"].is_null() {
                null_gaps += 1;
                assert_eq!(r.properties.band_gap, None);
            }
        }
        assert_eq!(null_gaps, 1);
    }

    #[test]
    fn rester_and_optimade_he() {
        let Some(dir) = testdata::require("oqmd he") else { return };
        let d = dir.join("formats/oqmd");
        let (ok, errs) = read_path(&READER, &d.join("qmpy_rester_oqmdapi_He_query_0.json"));
        assert!(errs.is_empty(), "{errs:?}");
        let ids: Vec<_> = ok.iter().map(|r| r.id()).collect();
        assert_eq!(ids, ["oqmd:4177", "oqmd:8084", "oqmd:8085", "oqmd:8392", "oqmd:8394"]);
        assert_eq!(ok.iter().map(|r| r.structure.nsites()).collect::<Vec<_>>(), [1, 1, 2, 1, 2]);
        // 8084: bcc primitive vectors (±1.351649 each): V = 4 * 1.351649^3.
        assert!(close(ok[1].structure.volume(), 4.0 * 1.351649f64.powi(3), 1e-12));
        assert_eq!(ok[0].extra["icsd_id"], 22384);
        let (ok2, errs) = read_path(&READER, &d.join("qmpy_rester_oqmd_optimade_He_query_0.json"));
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(ok2.len(), 10);
        assert_eq!(ok2[0].id(), "oqmd:4177");
        // The same entry through both APIs gives the same structure.
        assert_eq!(ok2[0].structure, ok[0].structure);
        let (ok3, errs) = read_path(&READER, &d.join("qmpy_rester_oqmd_optimade_He_query_2.json"));
        assert!(errs.is_empty());
        assert_eq!((ok3[0].id(), ok3[0].structure.nsites()), ("oqmd:1215955".into(), 4));
    }

    #[test]
    fn documentation_envelope() {
        let Some(dir) = testdata::require("oqmd envelope") else { return };
        let (ok, errs) =
            read_path(&READER, &dir.join("formats/oqmd/oqmdapi_formationenergy_envelope_from_docs.json"));
        // The documented query asked for name, entry_id, spacegroup, ... but no structure.
        assert!(ok.is_empty());
        assert_eq!(errs.len(), 2);
        assert!(errs[0].contains("16974") && errs[0].contains("unit_cell"), "{}", errs[0]);
        assert!(errs[1].contains("16995"), "{}", errs[1]);
    }

    #[test]
    fn envelope_with_structures_and_bad_records() {
        let s = r#"{"links": {"next": null}, "resource": {}, "data": [
  {"entry_id": 1, "unit_cell": [[3,0,0],[0,3,0],[0,0,3]], "sites": ["Na @ 0 0 0", "Cl @ 0.5 0.5 0.5"], "delta_e": -2.0, "stability": -0.05, "band_gap": 5.0, "spacegroup": "Pm-3m"},
  {"entry_id": 2, "unit_cell": [[3,0,0],[0,3,0],[0,0,0]], "sites": ["Na @ 0 0 0"]},
  {"entry_id": 3, "unit_cell": [[3,0,0],[0,3,0],[0,0,3]], "sites": ["Qq @ 0 0 0"]},
  {"entry_id": 4, "unit_cell": [[3,0,0],[0,3,0],[0,0,3]], "sites": ["Na @ 0 0 0"], "natoms": 2},
  {"entry_id": 5, "unit_cell": [[3,0,0],[0,3,0],[0,0,3]], "sites": ["Na @ 0 0 0"], "delta_e": "NaN"},
  {"unit_cell": [[3,0,0],[0,3,0],[0,0,3]], "sites": ["Na @ 0 0 0"]},
  {"entry_id": 7, "unit_cell": [[3,0,0],[0,3,0],[0,0,3]], "sites": []},
  {"entry_id": 8, "unit_cell": [[3,0,0],[0,3,0],[0,0,3]], "sites": ["Na @ 0 0 0"]}
], "meta": {"data_returned": 8}, "response_message": "OK"}"#;
        let (ok, errs) = read_str(&READER, s, "env.json");
        assert_eq!(ok.iter().map(|r| r.id()).collect::<Vec<_>>(), ["oqmd:1", "oqmd:8"]);
        let r = &ok[0];
        assert_eq!(r.properties.energy_above_hull, Some(0.0));
        assert_eq!(r.extra["oqmd_stability"], -0.05);
        assert_eq!(r.structure.composition().reduced_formula(), "ClNa");
        assert_eq!(errs.len(), 6, "{errs:#?}");
        assert!(errs[0].contains("record 1 (2, line 3)") && errs[0].contains("singular"), "{}", errs[0]);
        assert!(errs[1].contains("Qq"));
        assert!(errs[2].contains("natoms"));
        assert!(errs[3].contains("NaN"));
        assert!(errs[4].contains("no entry_id"));
        assert!(errs[5].contains("no sites"));
    }
}

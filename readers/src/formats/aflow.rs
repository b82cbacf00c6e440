//! AFLOW: `aflowlib.json` entries, AFLUX search pages, `aflowlib.out` text entries, and
//! AFLOW's relaxed-structure JSON (`*_structure_relax.json`).
//!
//! * **aflowlib.json / AFLUX**: one object per entry, alone, in a list, or in an AFLUX page —
//!   an object keyed `"1 of 912"`, `"2 of 912"`, ... whose entries are streamed one by one.
//!   AFLUX writes every value as a string (`"Egap": "6.8531"`, `"geometry": "2.9,2.9,..."`);
//!   both spellings are read.
//! * **aflowlib.out**: one entry per line, `key=value` pairs separated by `|`; vectors are
//!   comma-separated, lists of vectors `;`-separated.
//! * **structure JSON**: `{lattice (rows, Å, times scale), atoms: [{name, position,
//!   occupancy}], coordinates_type}`; it carries no AFLOW id, so the id is the file stem
//!   (source `file`).
//!
//! Entries: `geometry` = a, b, c (Å), alpha, beta, gamma (degrees) → [`Lattice::from_parameters`]
//! (AFLOW's own cell is a rotation of it; only `positions_fractional` are read, since
//! `positions_cartesian` refer to AFLOW's orientation). Species per site: `species` lists each
//! element once and `composition` gives the counts in order (else `stoichiometry` × `natoms`);
//! a `species` list as long as the positions is taken as it is. Properties:
//! `enthalpy_formation_atom` → formation energy, `Egap` → band gap, `energy_atom` → total
//! energy per atom (all eV or eV/atom). `auid` → id `aflow:<hex>` (falling back to `aurl`).
//! `spacegroup_relax` is a number only: [`Record::spacegroup`] stays `None` (spglib fills it) and
//! the number goes to `extra["source_spacegroup_number"]`. `aflow_prototype_label_relax` →
//! [`Record::prototype`]. AFLUX pages that did not request `geometry` and
//! `positions_fractional` give one located error per entry.
//!
//! [`Lattice::from_parameters`]: crystaldb::Lattice::from_parameters

use crate::formats::json::{JsonFormat, JsonReader, StreamShape};
use crate::formats::json_fields::{
    element_z, finite, get, id_string, lattice, lattice_from_parameters, matrix3, number, occupancy, short,
    stated_null, structure, to_frac, Bad, WithId,
};
use crate::formats::json_stream::{self, first_byte, has_key, Container, JsonRecord};
use crate::reader::ReadContext;
use crystaldb::structure::{Site, Vec3};
use crystaldb::Record;
use serde_json::{Map, Value};

/// AFLOW JSON, AFLUX pages (keyed `"1 of N"`) and `aflowlib.out` text (format name `aflow`).
pub(crate) const FORMAT: JsonFormat = JsonFormat {
    name: "aflow",
    sniff,
    stream: StreamShape {
        keyed_records: Some(is_aflux_key),
        text_lines: Some(parse_out_line),
        ..StreamShape::JSON
    },
    convert,
};

/// The reader of AFLOW JSON, AFLUX pages and `aflowlib.out`.
pub const READER: JsonReader = JsonReader::new(&FORMAT);

/// Whether a key looks like an AFLUX page key, `"12 of 912"`.
pub fn is_aflux_key(k: &str) -> bool {
    let mut parts = k.split(" of ");
    matches!(
        (parts.next(), parts.next(), parts.next()),
        (Some(a), Some(b), None) if !a.is_empty() && !b.is_empty()
            && a.bytes().all(|c| c.is_ascii_digit()) && b.bytes().all(|c| c.is_ascii_digit())
    )
}

/// Whether the (decompressed) head of a file looks like AFLOW JSON or `aflowlib.out`.
fn sniff(file_name: &str, h: &[u8]) -> bool {
    match first_byte(h) {
        Some(b'{') | Some(b'[') => {
            has_key(h, "auid")
                || has_key(h, "aurl")
                || has_key(h, "aflowlib_version")
                || json_stream::contains(h, "\"1 of ")
                || (has_key(h, "number_each_type") && has_key(h, "coordinates_type"))
        }
        Some(_) => {
            let name = file_name.to_ascii_lowercase();
            (json_stream::contains(h, "auid=") || json_stream::contains(h, "aurl="))
                && (json_stream::contains(h, " | ") || name.contains("aflowlib") || name.ends_with(".out"))
        }
        None => false,
    }
}

/// `key=value | key=value` -> an object of string values.
pub(crate) fn parse_out_line(line: &str) -> Map<String, Value> {
    let mut m = Map::new();
    for part in line.trim_start_matches('\u{feff}').split('|') {
        if let Some((k, v)) = part.split_once('=') {
            let k = k.trim();
            if !k.is_empty() {
                m.insert(k.to_string(), Value::String(v.trim().to_string()));
            }
        }
    }
    m
}

/// Numbers from a JSON list or a comma-separated string.
fn numbers(v: &Value, what: &str) -> Result<Vec<f64>, String> {
    match v {
        Value::Array(a) => a.iter().enumerate().map(|(i, x)| finite(x, &format!("{what}[{i}]"))).collect(),
        Value::String(s) => s
            .split(',')
            .enumerate()
            .map(|(i, x)| finite(&Value::String(x.to_string()), &format!("{what}[{i}]")))
            .collect(),
        _ => Err(format!("{what} is not a list: {}", short(v))),
    }
}

/// 3-vectors from a JSON list of lists or a `;`/`,`-separated string.
fn vectors(v: &Value, what: &str) -> Result<Vec<Vec3>, String> {
    let rows: Vec<Vec<f64>> = match v {
        Value::Array(a) => a
            .iter()
            .enumerate()
            .map(|(i, r)| numbers(r, &format!("{what}[{i}]")))
            .collect::<Result<_, _>>()?,
        Value::String(s) => s
            .split(';')
            .enumerate()
            .map(|(i, r)| numbers(&Value::String(r.to_string()), &format!("{what}[{i}]")))
            .collect::<Result<_, _>>()?,
        _ => return Err(format!("{what} is not a list: {}", short(v))),
    };
    rows.into_iter()
        .enumerate()
        .map(|(i, r)| match r[..] {
            [x, y, z] => Ok([x, y, z]),
            _ => Err(format!("{what}[{i}] has {} components, expected 3", r.len())),
        })
        .collect()
}

/// Strings from a JSON list or a comma-separated string.
fn strings(v: &Value, what: &str) -> Result<Vec<String>, String> {
    match v {
        Value::Array(a) => a
            .iter()
            .enumerate()
            .map(|(i, x)| {
                x.as_str().map(|s| s.trim().to_string()).ok_or_else(|| format!("{what}[{i}] is not a string"))
            })
            .collect(),
        Value::String(s) => Ok(s.split(',').map(|x| x.trim().to_string()).collect()),
        _ => Err(format!("{what} is not a list: {}", short(v))),
    }
}

/// A count that must be a non-negative integer.
fn count(x: f64, what: &str) -> Result<usize, String> {
    let r = x.round();
    if (x - r).abs() > 1e-6 || !(0.0..=1e7).contains(&r) {
        return Err(format!("{what} = {x} is not a count"));
    }
    Ok(r as usize)
}

/// Species of every site, in order.
fn site_species(obj: &Map<String, Value>, n: usize) -> Result<Vec<u8>, String> {
    let species = strings(get(obj, "species").ok_or("no species")?, "species")?;
    let zs: Vec<u8> = species.iter().map(|s| element_z(s, "species")).collect::<Result<_, _>>()?;
    let counts: Vec<usize> = if let Some(c) = get(obj, "composition") {
        numbers(c, "composition")?.iter().map(|&x| count(x, "composition")).collect::<Result<_, _>>()?
    } else if let Some(st) = get(obj, "stoichiometry") {
        numbers(st, "stoichiometry")?
            .iter()
            .map(|&x| count(x * n as f64, "stoichiometry × natoms"))
            .collect::<Result<_, _>>()?
    } else if zs.len() == n {
        vec![1; n]
    } else {
        return Err(format!("{} species for {n} positions and no composition", zs.len()));
    };
    if counts.len() != zs.len() {
        return Err(format!("{} species but {} composition counts", zs.len(), counts.len()));
    }
    let total: usize = counts.iter().sum();
    if total != n {
        return Err(format!("composition counts sum to {total} but there are {n} positions"));
    }
    Ok(zs.iter().zip(&counts).flat_map(|(&z, &c)| std::iter::repeat_n(z, c)).collect())
}

fn convert(rec: &JsonRecord, ctx: &ReadContext) -> Result<Record, Bad> {
    let obj =
        rec.value.as_object().ok_or_else(|| format!("record is not a JSON object: {}", short(&rec.value)))?;
    if get(obj, "atoms").is_some() && get(obj, "lattice").is_some() && get(obj, "auid").is_none() {
        return structure_json(rec, obj, ctx);
    }
    let id = match get(obj, "auid").and_then(id_string) {
        Some(a) => a.strip_prefix("aflow:").unwrap_or(&a).to_string(),
        None => get(obj, "aurl").and_then(id_string).ok_or("entry has no auid or aurl")?,
    };
    let geometry = get(obj, "geometry")
        .ok_or("no geometry: the AFLUX query did not request geometry and positions_fractional")
        .with_id(&id)?;
    let l = lattice_from_parameters(&numbers(geometry, "geometry").with_id(&id)?, "geometry").with_id(&id)?;
    let pos = get(obj, "positions_fractional")
        .ok_or("no positions_fractional (positions_cartesian alone refer to AFLOW's cell orientation)")
        .with_id(&id)?;
    let frac = vectors(pos, "positions_fractional").with_id(&id)?;
    if let Some(n) = get(obj, "natoms") {
        let n = count(finite(n, "natoms").with_id(&id)?, "natoms").with_id(&id)?;
        if n != frac.len() {
            return Err(format!("natoms {n} but {} positions", frac.len())).with_id(&id);
        }
    }
    let zs = site_species(obj, frac.len()).with_id(&id)?;
    let sites = zs.into_iter().zip(frac).map(|(z, f)| Site { z, frac: f, occupancy: 1.0 }).collect();
    let structure = structure(l, sites).with_id(&id)?;
    let mut record = Record::new(ctx.source_or("aflow"), id.clone(), structure);
    let num = |k: &str| -> Result<Option<f64>, Bad> {
        match get(obj, k) {
            None => Ok(None),
            Some(v) => finite(v, k).map(Some).with_id(&id),
        }
    };
    record.properties.formation_energy_per_atom = num("enthalpy_formation_atom")?;
    record.properties.band_gap = num("Egap")?;
    record.properties.total_energy_per_atom = num("energy_atom")?;
    if let Some(sg) = num("spacegroup_relax")? {
        if sg.fract() != 0.0 || !(1.0..=230.0).contains(&sg) {
            return Err(format!("spacegroup_relax {sg} outside 1..=230")).with_id(&id);
        }
        record.extra.insert("source_spacegroup_number".into(), (sg as i64).into());
    }
    if let Some(p) = get(obj, "aflow_prototype_label_relax").and_then(Value::as_str) {
        record.prototype = Some(p.trim().to_string());
    }
    for k in ["aurl", "compound", "catalog"] {
        if let Some(v) = get(obj, k) {
            record.extra.insert(k.into(), v.clone());
        }
    }
    record.mark_unstated_absent(&stated_null(
        obj,
        &[
            ("enthalpy_formation_atom", "formation_energy_per_atom"),
            ("Egap", "band_gap"),
            ("energy_atom", "total_energy_per_atom"),
        ],
    ));
    Ok(record)
}

/// AFLOW's structure JSON (`*_structure_relax.json`).
fn structure_json(rec: &JsonRecord, obj: &Map<String, Value>, ctx: &ReadContext) -> Result<Record, Bad> {
    let id = if rec.container == Container::Single {
        ctx.stem.clone()
    } else {
        format!("{}-{}", ctx.stem, rec.index)
    };
    let scale = match get(obj, "scale") {
        Some(s) => finite(s, "scale").with_id(&id)?,
        None => 1.0,
    };
    if scale <= 0.0 {
        return Err(format!("scale {scale} is not a positive factor")).with_id(&id);
    }
    let mut m = matrix3(get(obj, "lattice").ok_or("no lattice").with_id(&id)?, "lattice").with_id(&id)?;
    for row in &mut m {
        for x in row.iter_mut() {
            *x *= scale;
        }
    }
    let l = lattice(m, "lattice").with_id(&id)?;
    let cartesian = get(obj, "coordinates_type")
        .and_then(Value::as_str)
        .is_some_and(|t| t.trim().to_ascii_lowercase().starts_with('c'));
    let atoms = get(obj, "atoms").and_then(Value::as_array).ok_or("atoms is not a list").with_id(&id)?;
    let mut sites = Vec::with_capacity(atoms.len());
    for (i, a) in atoms.iter().enumerate() {
        let w = format!("atoms[{i}]");
        let name = path_str(a, "name").ok_or_else(|| format!("{w} has no name")).with_id(&id)?;
        let z = element_z(name, &w).with_id(&id)?;
        let p = crate::formats::json_fields::vec3(
            a.get("position").unwrap_or(&Value::Null),
            &format!("{w}.position"),
        )
        .with_id(&id)?;
        let frac = if cartesian { to_frac(&l, p.map(|x| x * scale)).with_id(&id)? } else { p };
        let occ = match a.get("occupancy").and_then(number) {
            Some(o) => occupancy(o, &w).with_id(&id)?,
            None => 1.0,
        };
        sites.push(Site { z, frac, occupancy: occ });
    }
    let structure = structure(l, sites).with_id(&id)?;
    let mut record = Record::new(ctx.source_or("file"), id, structure);
    record.mark_unstated_absent(&[]);
    Ok(record)
}

fn path_str<'v>(v: &'v Value, key: &str) -> Option<&'v str> {
    v.get(key).and_then(Value::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::test_support::{close, head, read_path, read_str};
    use crate::reader::StructureReader;
    use crystaldb::testdata;

    /// Volume of a cell from its parameters (the textbook formula, independent of Lattice).
    fn volume(p: [f64; 6]) -> f64 {
        let [a, b, c, al, be, ga] = p;
        let (ca, cb, cg) = (al.to_radians().cos(), be.to_radians().cos(), ga.to_radians().cos());
        a * b * c * (1.0 - ca * ca - cb * cb - cg * cg + 2.0 * ca * cb * cg).sqrt()
    }

    #[test]
    fn aflowlib_json_entry() {
        let Some(dir) = testdata::require("aflow json") else { return };
        let p = dir.join("formats/aflow/aflowlib_Ag1Co1O2_ICSD_246157.json");
        assert!(READER.sniff("aflowlib.json", &head(&p)));
        let (ok, errs) = read_path(&READER, &p);
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(ok.len(), 1);
        let r = &ok[0];
        assert_eq!(r.id(), "aflow:fbc2cf03b9659c90");
        assert_eq!(r.structure.nsites(), 8);
        // species Ag, Co, O with composition 2, 2, 4 -> Ag Ag Co Co O O O O.
        assert_eq!(r.structure.species(), [47, 47, 27, 27, 8, 8, 8, 8]);
        assert_eq!(r.structure.composition().reduced_formula(), "AgCoO2");
        let v = volume([2.906329, 2.906329, 12.43841, 90.0, 90.0, 120.0016]);
        assert!(close(r.structure.volume(), v, 1e-9));
        assert!(close(r.structure.volume(), 90.9868, 1e-5), "volume_cell in the file");
        assert_eq!(r.properties.formation_energy_per_atom, Some(0.589366));
        assert_eq!(r.properties.band_gap, Some(1.8904));
        assert_eq!(r.properties.total_energy_per_atom, Some(-4.36026));
        assert_eq!(r.properties.energy_above_hull, None);
        assert!(r.spacegroup.is_none());
        assert_eq!(r.extra["source_spacegroup_number"], 194);
        assert_eq!(r.prototype.as_deref(), Some("ABC2_hP8_194_c_a_f"));
        // Interatomic distances do not depend on the cell's orientation: the Co-O bond
        // agrees with AFLOW's Cartesian positions (Co at 0,0,0; O at 1.45313,0.83905,0.96447).
        let cart = r.structure.cart_coords();
        let d =
            |a: Vec3, b: Vec3| ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt();
        let want = (1.45313f64.powi(2) + 0.83905f64.powi(2) + 0.96447f64.powi(2)).sqrt();
        assert!(close(d(cart[2], cart[4]), want, 1e-4), "{} vs {want}", d(cart[2], cart[4]));
    }

    #[test]
    fn aflowlib_out_matches_json() {
        let Some(dir) = testdata::require("aflow out") else { return };
        let p = dir.join("formats/aflow/aflowlib_Ag1Co1O2_ICSD_246157.out");
        assert!(READER.sniff("aflowlib.out", &head(&p)));
        let (ok, errs) = read_path(&READER, &p);
        assert!(errs.is_empty(), "{errs:?}");
        let (js, _) = read_path(&READER, &dir.join("formats/aflow/aflowlib_Ag1Co1O2_ICSD_246157.json"));
        let (a, b) = (&ok[0], &js[0]);
        assert_eq!(a.id(), b.id());
        assert_eq!(a.properties, b.properties);
        assert_eq!(a.prototype, b.prototype);
        assert_eq!(a.structure.species(), b.structure.species());
        // The .out file prints the geometry with more digits (2.9063289, 12.438414, 120.00158).
        let v = volume([2.9063289, 2.9063289, 12.438414, 90.0, 90.0, 120.00158]);
        assert!(close(a.structure.volume(), v, 1e-9));
        assert!(close(a.structure.volume(), b.structure.volume(), 1e-5));
        for (x, y) in a.structure.sites.iter().zip(&b.structure.sites) {
            for k in 0..3 {
                assert!((x.frac[k] - y.frac[k]).abs() < 1e-7);
            }
        }
    }

    #[test]
    fn aflux_page_without_structures() {
        let Some(dir) = testdata::require("aflow aflux") else { return };
        let p = dir.join("formats/aflow/aflux_response_0.json");
        assert!(READER.sniff("aflux_response_0.json", &head(&p)));
        let (ok, errs) = read_path(&READER, &p);
        // The page asked for agl_thermal_conductivity_300K and Egap only: 20 located errors.
        assert!(ok.is_empty());
        assert_eq!(errs.len(), 20);
        assert!(errs[0].contains("db1f17a6f945c29b") && errs[0].contains("geometry"), "{}", errs[0]);
    }

    #[test]
    fn aflux_page_with_string_values() {
        let s = r#"{"1 of 3": {"auid": "aflow:aa", "compound": "Na1Cl1", "geometry": "5.6,5.6,5.6,90,90,90",
  "species": "Cl,Na", "composition": "1,1", "positions_fractional": "0.5,0.5,0.5;0,0,0", "Egap": "5.1",
  "enthalpy_formation_atom": "-2.1", "spacegroup_relax": "221", "natoms": "2"},
 "2 of 3": {"auid": "aflow:bb", "geometry": "5.6,5.6,5.6,90,90,NaN", "species": "Na", "positions_fractional": "0,0,0"},
 "3 of 3": {"auid": "aflow:cc", "geometry": "5.6,5.6,5.6,90,90,90", "species": "Na,Cl", "composition": "1,2", "positions_fractional": "0,0,0;0.5,0.5,0.5"}}"#;
        let (ok, errs) = read_str(&READER, s, "page.json");
        assert_eq!(ok.len(), 1, "{errs:?}");
        let r = &ok[0];
        assert_eq!(r.id(), "aflow:aa");
        assert_eq!(r.structure.species(), [17, 11]);
        assert!(close(r.structure.volume(), 5.6f64.powi(3), 1e-12));
        assert_eq!(r.properties.band_gap, Some(5.1));
        assert_eq!(r.extra["source_spacegroup_number"], 221);
        assert_eq!(errs.len(), 2);
        assert!(errs[0].contains("bb") && errs[0].contains("NaN"), "{}", errs[0]);
        assert!(errs[1].contains("cc") && errs[1].contains("sum to 3"), "{}", errs[1]);
    }

    #[test]
    fn structure_relax_json() {
        let Some(dir) = testdata::require("aflow structure json") else { return };
        let p = dir.join("formats/aflow/Ag1Co1O2_ICSD_246157_structure_relax.json");
        assert!(READER.sniff("x.json", &head(&p)));
        let (ok, errs) = read_path(&READER, &p);
        assert!(errs.is_empty(), "{errs:?}");
        let r = &ok[0];
        assert_eq!(r.id(), "file:Ag1Co1O2_ICSD_246157_structure_relax");
        assert_eq!(r.structure.composition().reduced_formula(), "AgCoO2");
        // Rows (1.4531297784811, ∓2.5169747227622, 0) and (0, 0, 12.43841421003):
        let v = 2.0 * 1.4531297784811 * 2.5169747227622 * 12.43841421003;
        assert!(close(r.structure.volume(), v, 1e-12));
        let (js, _) = read_path(&READER, &dir.join("formats/aflow/aflowlib_Ag1Co1O2_ICSD_246157.json"));
        assert!(close(r.structure.volume(), js[0].structure.volume(), 1e-5));
    }

    #[test]
    fn bad_out_lines() {
        let s = "auid=aflow:1 | geometry=3,3,3,90,90,90 | species=Na | composition=1 | positions_fractional=0,0,0\n\
                 \n\
                 auid=aflow:2 | geometry=3,3,3,90,90 | species=Na | positions_fractional=0,0,0\n\
                 garbage without pairs\n\
                 auid=aflow:3 | geometry=3,3,3,90,90,90 | species=Na | positions_fractional=0,0\n";
        let (ok, errs) = read_str(&READER, s, "aflowlib.out");
        assert_eq!(ok.len(), 1);
        assert_eq!(errs.len(), 3, "{errs:?}");
        assert!(errs[0].contains("line 3") && errs[0].contains("geometry"), "{}", errs[0]);
        assert!(errs[1].contains("line 4"), "{}", errs[1]);
        assert!(errs[2].contains("components"), "{}", errs[2]);
    }

    #[test]
    fn out_line_with_bom() {
        let m = parse_out_line("\u{feff}auid=aflow:1 | Egap=1.5 |x|=2");
        assert_eq!(m["auid"], "aflow:1");
        assert_eq!(m["Egap"], "1.5");
        assert_eq!(m.len(), 2);
    }

    #[test]
    fn keys() {
        assert!(is_aflux_key("1 of 912"));
        assert!(!is_aflux_key("1 of"));
        assert!(!is_aflux_key("a of 2"));
        assert!(!is_aflux_key("data"));
    }
}

//! OPTIMADE `structures` from any provider: JSON:API responses (`{"data": [...], "meta":
//! {...}}`, also a single resource `{"data": {...}}`), bare lists of resources `{id, type,
//! attributes}` (optimade-python-tools' adapter test data), and the flat documents of the
//! reference server's database (`task_id`, `pretty_formula`, Mongo `$oid`/`$date` wrappers).
//!
//! * `lattice_vectors` are rows in Å; `cartesian_site_positions` (Å) are converted to
//!   fractional coordinates. A lattice vector with `null` components (allowed by OPTIMADE for
//!   a non-periodic direction) cannot be stored: located error. Reduced periodicity with full
//!   vectors is kept, with `dimension_types` in `extra`.
//! * `species_at_sites` name entries of `species[{name, chemical_symbols, concentration}]`;
//!   a species with several symbols becomes several site rows at one position with the
//!   concentrations as occupancies. `"vacancy"` and `"X"` (unknown) rows are skipped, so the
//!   site keeps the remaining occupancy; a structure left with no site is an error.
//! * Provider fields (`_prefix_*`, in `attributes` or on a flat document) go to `extra`;
//!   those named like a crystaldb property (`band_gap`, `formation_energy_per_atom` or
//!   `delta_e`, `energy_above_hull` or `e_above_hull`, `energy_per_atom`; OQMD's `stability`,
//!   clamped at 0) also fill [`crystaldb::Properties`], assumed in eV / eV/atom.
//! * id `<source>:<id>` with the source `ctx.source`, else the envelope's
//!   `meta.provider.prefix`, else `optimade`. The envelope is read whole for that (its
//!   `meta` usually follows `data`); OPTIMADE pages are bounded by the server's page size.
//!
//! Every record is checked against the OPTIMADE schema where the structure depends on it,
//! and where the redundant fields contradict it, since a record whose own fields disagree
//! cannot be trusted: `type` must be `structures` and `relationships`/`links` objects; lattice vectors and positions must be
//! 3-vectors of numbers; `nsites`, `species_at_sites` and the positions must agree;
//! species names must be unique and defined, symbols valid, concentrations in [0, 1] with
//! one per symbol (and one `mass` per symbol when given) and summing to at most 1;
//! `dimension_types` must match `nperiodic_dimensions`; `structure_features` must list
//! exactly the features present (`disorder`, `implicit_atoms`, `site_attachments`,
//! `assemblies`); `elements` must be sorted and equal the species' elements, `nelements` and
//! `elements_ratios` (summing to 1) must fit them; `chemical_formula_reduced` /
//! `pretty_formula` and `chemical_formula_hill` must be well-formed formulas over those
//! elements in their defined order. Structures with `assemblies`, attached atoms or implicit
//! atoms cannot be represented as site rows and are located errors.

use crate::formats::json::{JsonFormat, JsonReader, StreamShape};
use crate::formats::json_fields::{get, id_string, lattice, short, structure, to_frac, Bad, WithId};
use crate::formats::json_stream::{has_key, has_key_value, JsonRecord};
use crate::reader::ReadContext;
use crystaldb::structure::{element, Site, Vec3};
use crystaldb::Record;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// OPTIMADE structures JSON (format name `optimade-json`). Envelopes are read whole, since
/// their `meta` (the provider prefix of the ids) usually follows `data`.
pub(crate) const FORMAT: JsonFormat = JsonFormat {
    name: "optimade-json",
    sniff,
    stream: StreamShape { buffer_envelopes: true, ..StreamShape::JSON },
    convert,
};

/// The reader of OPTIMADE structures JSON.
pub const READER: JsonReader = JsonReader::new(&FORMAT);

/// Whether the (decompressed, JSON) head of a file looks like OPTIMADE structures.
fn sniff(_file_name: &str, h: &[u8]) -> bool {
    has_key(h, "species_at_sites")
        || has_key(h, "cartesian_site_positions")
        || has_key_value(h, "type", "structures")
        || (has_key(h, "attributes") && has_key(h, "lattice_vectors"))
}

/// The source name for a record: `ctx.source`, else the provider prefix, else "optimade".
fn source(rec: &JsonRecord, ctx: &ReadContext) -> String {
    if let Some(s) = &ctx.source {
        return s.clone();
    }
    rec.envelope
        .as_ref()
        .and_then(|e| e.get("meta"))
        .and_then(|m| m.get("provider"))
        .and_then(|p| p.get("prefix"))
        .and_then(Value::as_str)
        .filter(|p| !p.trim().is_empty())
        .map(|p| p.trim().to_string())
        .unwrap_or_else(|| "optimade".to_string())
}

/// One species entry, checked.
struct Species {
    symbols: Vec<String>,
    concentration: Vec<f64>,
    attached: bool,
    attached_elements: Vec<String>,
}

fn is_element(s: &str) -> bool {
    element::atomic_number(s).is_some()
}

fn species_list(attrs: &Map<String, Value>) -> Result<BTreeMap<String, Species>, String> {
    let list = get(attrs, "species").and_then(Value::as_array).ok_or("no species list")?;
    let mut out = BTreeMap::new();
    for (i, sp) in list.iter().enumerate() {
        let w = format!("species[{i}]");
        let o = sp.as_object().ok_or_else(|| format!("{w} is not an object"))?;
        let name = get(o, "name").and_then(Value::as_str).ok_or_else(|| format!("{w} has no name"))?;
        let w = format!("species {name:?}");
        let syms = get(o, "chemical_symbols")
            .and_then(Value::as_array)
            .ok_or_else(|| format!("{w} has no chemical_symbols"))?;
        if syms.is_empty() {
            return Err(format!("{w} has no chemical symbols"));
        }
        let mut symbols = Vec::with_capacity(syms.len());
        for s in syms {
            let s = s.as_str().ok_or_else(|| format!("{w}: a chemical symbol is not a string"))?;
            if !(is_element(s) || s == "X" || s == "vacancy") {
                return Err(format!("{w}: {s:?} is not an element symbol, \"X\" or \"vacancy\""));
            }
            symbols.push(s.to_string());
        }
        let conc = get(o, "concentration")
            .and_then(Value::as_array)
            .ok_or_else(|| format!("{w} has no concentration"))?;
        if conc.len() != symbols.len() {
            return Err(format!(
                "{w} has {} chemical symbols but {} concentrations",
                symbols.len(),
                conc.len()
            ));
        }
        let mut concentration = Vec::with_capacity(conc.len());
        for c in conc {
            let c = c
                .as_f64()
                .filter(|c| c.is_finite())
                .ok_or_else(|| format!("{w}: concentration {} is not a number", short(c)))?;
            if !(0.0..=1.0 + 1e-6).contains(&c) {
                return Err(format!("{w}: concentration {c} outside [0, 1]"));
            }
            concentration.push(c);
        }
        let total: f64 = concentration.iter().sum();
        if total > 1.0 + 1e-6 {
            return Err(format!("{w}: concentrations sum to {total} > 1"));
        }
        if let Some(m) = get(o, "mass") {
            let n = m.as_array().map(Vec::len);
            if n != Some(symbols.len()) {
                return Err(format!("{w} has {} chemical symbols but mass is {}", symbols.len(), short(m)));
            }
        }
        let (att, natt) = (get(o, "attached"), get(o, "nattached"));
        let mut attached_elements = Vec::new();
        if att.is_some() || natt.is_some() {
            let a =
                att.and_then(Value::as_array).ok_or_else(|| format!("{w} has nattached without attached"))?;
            let n = natt
                .and_then(Value::as_array)
                .ok_or_else(|| format!("{w} has attached without nattached"))?;
            if a.len() != n.len() {
                return Err(format!(
                    "{w} has {} attached elements but {} nattached counts",
                    a.len(),
                    n.len()
                ));
            }
            for x in a {
                let s = x
                    .as_str()
                    .filter(|s| is_element(s))
                    .ok_or_else(|| format!("{w}: attached {} is not an element", short(x)))?;
                attached_elements.push(s.to_string());
            }
        }
        let sp = Species { symbols, concentration, attached: att.is_some(), attached_elements };
        if out.insert(name.to_string(), sp).is_some() {
            return Err(format!("species name {name:?} is used twice"));
        }
    }
    Ok(out)
}

/// Lattice rows: three 3-vectors of numbers; `null` marks a non-periodic direction.
fn lattice_rows(v: &Value) -> Result<[Vec3; 3], String> {
    let rows = v.as_array().ok_or_else(|| format!("lattice_vectors is not a list: {}", short(v)))?;
    if rows.len() != 3 {
        return Err(format!("lattice_vectors has {} vectors, expected 3", rows.len()));
    }
    let mut m = [[0.0; 3]; 3];
    for (i, r) in rows.iter().enumerate() {
        let r = match r {
            Value::Null => return Err(format!(
                "lattice_vectors[{i}] is null: a non-periodic direction without a lattice vector cannot be stored"
            )),
            Value::Array(a) => a,
            other => return Err(format!("lattice_vectors[{i}] is not a list: {}", short(other))),
        };
        if r.len() != 3 {
            return Err(format!("lattice_vectors[{i}] has {} components, expected 3", r.len()));
        }
        for (k, x) in r.iter().enumerate() {
            m[i][k] = match x {
                Value::Null => return Err(format!("lattice_vectors[{i}][{k}] is null")),
                x => x
                    .as_f64()
                    .filter(|x| x.is_finite())
                    .ok_or_else(|| format!("lattice_vectors[{i}][{k}] is not a number: {}", short(x)))?,
            };
        }
    }
    Ok(m)
}

fn positions(v: &Value) -> Result<Vec<Vec3>, String> {
    let a = v.as_array().ok_or_else(|| format!("cartesian_site_positions is not a list: {}", short(v)))?;
    let mut out = Vec::with_capacity(a.len());
    for (i, p) in a.iter().enumerate() {
        let p = p.as_array().ok_or_else(|| format!("cartesian_site_positions[{i}] is not a list"))?;
        if p.len() != 3 {
            return Err(format!("cartesian_site_positions[{i}] has {} components, expected 3", p.len()));
        }
        let mut c = [0.0; 3];
        for (k, x) in p.iter().enumerate() {
            c[k] = x
                .as_f64()
                .filter(|x| x.is_finite())
                .ok_or_else(|| format!("cartesian_site_positions[{i}][{k}] is not a number: {}", short(x)))?;
        }
        out.push(c);
    }
    Ok(out)
}

fn integer(v: &Value, what: &str) -> Result<i64, String> {
    v.as_i64().ok_or_else(|| format!("{what} is not an integer: {}", short(v)))
}

/// Parse a formula "Fe2O3" into (symbol, count) tokens.
fn formula_tokens(f: &str, what: &str) -> Result<Vec<(String, u64)>, String> {
    let b = f.as_bytes();
    let mut i = 0;
    let mut out = Vec::new();
    if b.is_empty() {
        return Err(format!("{what} is empty"));
    }
    while i < b.len() {
        if !b[i].is_ascii_uppercase() {
            return Err(format!("{what} {f:?} is not a formula (at {:?})", &f[i..]));
        }
        let mut j = i + 1;
        while j < b.len() && b[j].is_ascii_lowercase() {
            j += 1;
        }
        let sym = &f[i..j];
        if !is_element(sym) {
            return Err(format!("{what} {f:?}: {sym:?} is not an element"));
        }
        let k0 = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        let n = if j > k0 {
            let n: u64 = f[k0..j].parse().map_err(|_| format!("{what} {f:?}: bad count"))?;
            if n < 2 {
                return Err(format!("{what} {f:?}: count {n} for {sym} (1 is omitted, 0 is not allowed)"));
            }
            n
        } else {
            1
        };
        out.push((sym.to_string(), n));
        i = j;
    }
    Ok(out)
}

/// Check a reduced formula (alphabetical) or a Hill formula over `elements`.
fn check_formula(f: &str, what: &str, hill: bool, elements: Option<&BTreeSet<String>>) -> Result<(), String> {
    let t = formula_tokens(f, what)?;
    let syms: Vec<&str> = t.iter().map(|(s, _)| s.as_str()).collect();
    let mut want: Vec<&str> = syms.clone();
    want.sort_unstable();
    if hill && syms.contains(&"C") {
        want.retain(|s| *s != "C" && *s != "H");
        let mut w = vec!["C"];
        if syms.contains(&"H") {
            w.push("H");
        }
        w.extend(want);
        want = w;
    }
    if syms != want {
        return Err(format!(
            "{what} {f:?} does not list its elements in {} order",
            if hill { "Hill" } else { "alphabetical" }
        ));
    }
    let set: BTreeSet<String> = syms.iter().map(|s| s.to_string()).collect();
    if set.len() != syms.len() {
        return Err(format!("{what} {f:?} repeats an element"));
    }
    if let Some(e) = elements {
        if &set != e {
            return Err(format!("{what} {f:?} does not have the elements {e:?}"));
        }
    }
    Ok(())
}

/// One resource to a record. A single-resource response `{"data": {...}}` holds one
/// resource, whose envelope is the response's other members.
fn convert(rec: &JsonRecord, ctx: &ReadContext) -> Result<Record, Bad> {
    let inner = rec.value.get("data").filter(|d| d.is_object() && rec.value.get("attributes").is_none());
    match inner {
        Some(d) => {
            let envelope = rec.value.as_object().map(|m| {
                let mut m = m.clone();
                m.remove("data");
                std::sync::Arc::new(m)
            });
            convert_resource(&JsonRecord { value: d.clone(), envelope, key: rec.key.clone(), ..*rec }, ctx)
        }
        None => convert_resource(rec, ctx),
    }
}

fn convert_resource(rec: &JsonRecord, ctx: &ReadContext) -> Result<Record, Bad> {
    let outer =
        rec.value.as_object().ok_or_else(|| format!("record is not a JSON object: {}", short(&rec.value)))?;
    let attrs = match get(outer, "attributes") {
        Some(Value::Object(a)) => a,
        Some(other) => return Err(format!("attributes is not an object: {}", short(other)).into()),
        None => outer,
    };
    let id =
        get(outer, "id").or_else(|| get(outer, "task_id")).and_then(id_string).ok_or("resource has no id")?;
    check(outer, attrs).with_id(&id)?;
    let sites = build_sites(attrs).with_id(&id)?;
    let m =
        lattice_rows(get(attrs, "lattice_vectors").ok_or("no lattice_vectors").with_id(&id)?).with_id(&id)?;
    let l = lattice(m, "lattice_vectors").with_id(&id)?;
    let mut rows = Vec::with_capacity(sites.len());
    for (z, cart, occ) in sites {
        rows.push(Site { z, frac: to_frac(&l, cart).with_id(&id)?, occupancy: occ });
    }
    if rows.is_empty() {
        return Err("no site holds a known element (only vacancies or \"X\")").with_id(&id);
    }
    let structure = structure(l, rows).with_id(&id)?;
    let mut record = Record::new(source(rec, ctx), id.clone(), structure);
    if let Some(d) = get(attrs, "dimension_types") {
        if d != &serde_json::json!([1, 1, 1]) {
            record.extra.insert("dimension_types".into(), d.clone());
        }
    }
    let mut fields: Vec<(&String, &Value)> = attrs.iter().collect();
    if !std::ptr::eq(attrs, outer) {
        fields.extend(outer.iter());
    }
    // Provider fields given as null state a property as unknown; fields left out are absent.
    let mut nulls = Vec::new();
    for (k, v) in fields {
        let Some(rest) = k.strip_prefix('_') else { continue };
        let Some((prefix, name)) = rest.split_once('_') else { continue };
        if prefix.is_empty() || name.is_empty() {
            continue;
        }
        let property = match (prefix, name) {
            (_, "band_gap") => "band_gap",
            (_, "formation_energy_per_atom") | ("oqmd", "delta_e") => "formation_energy_per_atom",
            (_, "energy_above_hull") | (_, "e_above_hull") | ("oqmd", "stability") => "energy_above_hull",
            (_, "energy_per_atom") | (_, "total_energy_per_atom") => "total_energy_per_atom",
            _ => "",
        };
        if v.is_null() {
            if !property.is_empty() {
                nulls.push(property);
            }
            continue;
        }
        record.extra.insert(k.clone(), v.clone());
        let Some(x) = v.as_f64().filter(|x| x.is_finite()) else { continue };
        let x = if (prefix, name) == ("oqmd", "stability") { x.max(0.0) } else { x };
        if !property.is_empty() {
            record.properties.set(property, Some(x));
        }
    }
    record.mark_unstated_absent(&nulls);
    Ok(record)
}

/// (Z, Cartesian position, occupancy) rows, with vacancies and unknown atoms dropped.
fn build_sites(attrs: &Map<String, Value>) -> Result<Vec<(u8, Vec3, f64)>, String> {
    let species = species_list(attrs)?;
    let pos = positions(get(attrs, "cartesian_site_positions").ok_or("no cartesian_site_positions")?)?;
    let at = get(attrs, "species_at_sites").and_then(Value::as_array).ok_or("no species_at_sites list")?;
    let mut out = Vec::with_capacity(pos.len());
    for (i, (name, p)) in at.iter().zip(&pos).enumerate() {
        let name = name.as_str().ok_or_else(|| format!("species_at_sites[{i}] is not a string"))?;
        let sp =
            species.get(name).ok_or_else(|| format!("species_at_sites[{i}] {name:?} is not in species"))?;
        for (sym, &c) in sp.symbols.iter().zip(&sp.concentration) {
            if sym == "vacancy" || sym == "X" || c == 0.0 {
                continue;
            }
            let z = element::atomic_number(sym).ok_or_else(|| format!("unknown element {sym:?}"))?;
            out.push((z, *p, c.min(1.0)));
        }
    }
    Ok(out)
}

/// The consistency checks of the module docs.
fn check(outer: &Map<String, Value>, attrs: &Map<String, Value>) -> Result<(), String> {
    if let Some(t) = get(outer, "type") {
        if t.as_str() != Some("structures") {
            return Err(format!("type is {}, expected \"structures\"", short(t)));
        }
    }
    for key in ["relationships", "links", "meta"] {
        if let Some(v) = get(outer, key) {
            if !v.is_object() {
                return Err(format!("{key} is not an object (JSON:API): {}", short(v)));
            }
        }
    }
    let lv = get(attrs, "lattice_vectors").ok_or("no lattice_vectors")?;
    let dims = match get(attrs, "dimension_types") {
        Some(d) => {
            let a = d
                .as_array()
                .filter(|a| a.len() == 3)
                .ok_or_else(|| format!("dimension_types is not 3 flags: {}", short(d)))?;
            let mut flags = [0i64; 3];
            for (f, x) in flags.iter_mut().zip(a) {
                *f = x
                    .as_i64()
                    .filter(|x| *x == 0 || *x == 1)
                    .ok_or_else(|| format!("dimension_types is not 3 flags: {}", short(d)))?;
            }
            Some(flags)
        }
        None => None,
    };
    if let (Some(flags), Some(n)) = (dims, get(attrs, "nperiodic_dimensions")) {
        let n = integer(n, "nperiodic_dimensions")?;
        let want: i64 = flags.iter().sum();
        if n != want {
            return Err(format!("nperiodic_dimensions is {n} but dimension_types {flags:?} has {want}"));
        }
    }
    lattice_rows(lv)?;
    let pos = positions(get(attrs, "cartesian_site_positions").ok_or("no cartesian_site_positions")?)?;
    let at = get(attrs, "species_at_sites").and_then(Value::as_array).ok_or("no species_at_sites list")?;
    if at.len() != pos.len() {
        return Err(format!("{} species_at_sites for {} cartesian_site_positions", at.len(), pos.len()));
    }
    if let Some(n) = get(attrs, "nsites") {
        let n = integer(n, "nsites")?;
        if n != pos.len() as i64 {
            return Err(format!("nsites is {n} but there are {} positions", pos.len()));
        }
    }
    let species = species_list(attrs)?;
    let mut used = BTreeSet::new();
    for (i, name) in at.iter().enumerate() {
        let name = name.as_str().ok_or_else(|| format!("species_at_sites[{i}] is not a string"))?;
        if !species.contains_key(name) {
            return Err(format!("species_at_sites[{i}] {name:?} is not in species"));
        }
        used.insert(name);
    }
    // structure_features must name exactly the features present.
    let mut present = BTreeSet::new();
    if species.values().any(|s| s.symbols.len() > 1) {
        present.insert("disorder");
    }
    if species.keys().any(|k| !used.contains(k.as_str())) {
        present.insert("implicit_atoms");
    }
    if species.values().any(|s| s.attached) {
        present.insert("site_attachments");
    }
    if get(attrs, "assemblies").is_some() || get(outer, "assemblies").is_some() {
        present.insert("assemblies");
    }
    if let Some(f) = get(attrs, "structure_features") {
        let list = f.as_array().ok_or("structure_features is not a list")?;
        let mut declared = BTreeSet::new();
        for x in list {
            let s = x.as_str().ok_or("structure_features holds a non-string")?;
            if !["disorder", "implicit_atoms", "site_attachments", "assemblies"].contains(&s) {
                return Err(format!("unknown structure feature {s:?}"));
            }
            declared.insert(s);
        }
        if declared != present {
            return Err(format!("structure_features {declared:?} but the structure has {present:?}"));
        }
    }
    // elements, nelements, elements_ratios against the species.
    let mut have = BTreeSet::new();
    for s in species.values() {
        for sym in &s.symbols {
            if is_element(sym) {
                have.insert(sym.clone());
            }
        }
        have.extend(s.attached_elements.iter().cloned());
    }
    let elements = match get(attrs, "elements") {
        Some(e) => {
            let list = e.as_array().ok_or("elements is not a list")?;
            let mut v = Vec::with_capacity(list.len());
            for x in list {
                v.push(x.as_str().ok_or("elements holds a non-string")?.to_string());
            }
            if v.windows(2).any(|w| w[0] >= w[1]) {
                return Err(format!("elements {v:?} are not in alphabetical order"));
            }
            let set: BTreeSet<String> = v.into_iter().collect();
            if set != have {
                return Err(format!("elements {set:?} but the species hold {have:?}"));
            }
            Some(set)
        }
        None => None,
    };
    let n_el = elements.as_ref().map_or(have.len(), BTreeSet::len);
    if let Some(n) = get(attrs, "nelements") {
        let n = integer(n, "nelements")?;
        if n != n_el as i64 {
            return Err(format!("nelements is {n} but there are {n_el} elements"));
        }
    }
    if let Some(r) = get(attrs, "elements_ratios") {
        let r = r.as_array().ok_or("elements_ratios is not a list")?;
        if r.len() != n_el {
            return Err(format!("{} elements_ratios for {n_el} elements", r.len()));
        }
        let mut sum = 0.0;
        for x in r {
            let x = x
                .as_f64()
                .filter(|x| x.is_finite() && (0.0..=1.0).contains(x))
                .ok_or_else(|| format!("elements_ratios holds {}", short(x)))?;
            sum += x;
        }
        if (sum - 1.0).abs() > 1e-6 {
            return Err(format!("elements_ratios sum to {sum}, not 1"));
        }
    }
    let els = elements.as_ref().or(Some(&have));
    for key in ["chemical_formula_reduced", "pretty_formula"] {
        if let Some(f) = get(attrs, key) {
            let f = f.as_str().ok_or_else(|| format!("{key} is not a string"))?;
            check_formula(f, key, false, els)?;
        }
    }
    if let Some(f) = get(attrs, "chemical_formula_hill") {
        let f = f.as_str().ok_or("chemical_formula_hill is not a string")?;
        check_formula(f, "chemical_formula_hill", true, els)?;
    }
    // Features crystaldb cannot store as site rows.
    if present.contains("assemblies") {
        return Err("assemblies (alternative site groups) cannot be stored as site rows".into());
    }
    if present.contains("site_attachments") {
        return Err("attached atoms without positions cannot be stored as site rows".into());
    }
    if present.contains("implicit_atoms") {
        return Err("implicit atoms (species not at any site) cannot be stored as site rows".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::test_support::{close, head, read_path, read_str};
    use crate::reader::StructureReader;
    use crystaldb::testdata;

    #[test]
    fn formulas() {
        assert!(check_formula("Fe2O3", "f", false, None).is_ok());
        assert!(check_formula("O3Fe2", "f", false, None).is_err());
        assert!(check_formula("Ac CuO2  F", "f", false, None).is_err());
        assert!(check_formula("Fe1O", "f", false, None).is_err());
        assert!(check_formula("CH4ClNNaOOsP", "f", true, None).is_ok());
        assert!(check_formula("H4CClNNaOOsP", "f", true, None).is_err());
        assert!(check_formula("CClH4NNaOOsP", "f", false, None).is_ok());
        let els: BTreeSet<String> = ["Fe", "O"].iter().map(|s| s.to_string()).collect();
        assert!(check_formula("FeO", "f", false, Some(&els)).is_ok());
        assert!(check_formula("Fe", "f", false, Some(&els)).is_err());
    }

    #[test]
    fn raw_test_structures() {
        let Some(dir) = testdata::require("optimade raw") else { return };
        let p = dir.join("formats/optimade/raw_test_structures.json");
        assert!(READER.sniff("x.json", &head(&p)));
        let (ok, errs) = read_path(&READER, &p);
        assert!(errs.is_empty(), "{errs:#?}");
        assert_eq!(ok.len(), 18);
        let raw: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
        for (r, v) in ok.iter().zip(&raw) {
            let a = &v["attributes"];
            assert_eq!(r.source, "optimade");
            assert_eq!(r.source_id, v["id"].as_str().unwrap());
            assert_eq!(r.structure.nsites(), a["nsites"].as_u64().unwrap() as usize, "{}", r.id());
            // Ordered structures: the reduced formula equals OPTIMADE's.
            assert_eq!(
                r.structure.composition().reduced_formula(),
                a["chemical_formula_reduced"].as_str().unwrap()
            );
            // Fractional coordinates map back to the given Cartesian positions.
            let cart = r.structure.cart_coords();
            for (c, want) in cart.iter().zip(a["cartesian_site_positions"].as_array().unwrap()) {
                for k in 0..3 {
                    assert!((c[k] - want[k].as_f64().unwrap()).abs() < 1e-9);
                }
            }
            assert_eq!(r.extra.get("_exmpl_chemsys"), a.get("_exmpl_chemsys"));
        }
        // mpf_1 by hand: orthogonal cell 1.2503264826932692 x 9.888509716321765 x 0.2972637673241818.
        let r = &ok[0];
        assert_eq!(r.id(), "optimade:mpf_1");
        assert!(close(
            r.structure.volume(),
            1.2503264826932692 * 9.888509716321765 * 0.2972637673241818,
            1e-12
        ));
        assert!(close(r.structure.sites[0].frac[0], 0.17570227444196573 / 1.2503264826932692, 1e-12));
        // The 2D structure keeps its vectors and notes its periodicity.
        let g = ok.iter().find(|r| r.source_id == "19889").unwrap();
        assert_eq!(g.extra["dimension_types"], serde_json::json!([1, 1, 0]));
    }

    #[test]
    fn reference_server_documents() {
        let Some(dir) = testdata::require("optimade server docs") else { return };
        let p = dir.join("formats/optimade/test_structures.json");
        let (ok, errs) = read_path(&READER, &p);
        assert!(errs.is_empty(), "{errs:#?}");
        assert_eq!(ok.len(), 17);
        let raw: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
        for (r, v) in ok.iter().zip(&raw) {
            assert_eq!(r.source_id, v["task_id"].as_str().unwrap());
            assert_eq!(r.structure.nsites(), v["nsites"].as_u64().unwrap() as usize);
            if r.structure.is_ordered() {
                assert_eq!(
                    r.structure.composition().reduced_formula(),
                    v["pretty_formula"].as_str().unwrap()
                );
            }
        }
        assert_eq!(ok[0].extra["_exmpl_this_provider_field"], "test");
    }

    #[test]
    fn special_species() {
        let Some(dir) = testdata::require("optimade special") else { return };
        let (ok, errs) = read_path(&READER, &dir.join("formats/optimade/special_species.json"));
        // 0: Ac 0.9 + vacancy 0.1 -> one row Ac 0.9; 1: Ac 0.9 + X 0.1 -> one row Ac 0.9.
        assert_eq!(ok.len(), 2, "{errs:#?}");
        for r in &ok {
            assert_eq!(r.structure.nsites(), 1);
            assert_eq!(r.structure.sites[0].z, 89);
            assert!(close(r.structure.sites[0].occupancy, 0.9, 1e-12));
        }
        // 2: only an unknown atom "X" while elements says Ac; 3: AcO with nelements 1 and one
        // elements_ratio for the two elements it lists. Both contradict themselves.
        assert_eq!(errs.len(), 2);
        assert!(errs[0].contains("record 2") && errs[0].contains("elements"), "{}", errs[0]);
        assert!(errs[1].contains("record 3") && errs[1].contains("nelements"), "{}", errs[1]);
    }

    #[test]
    fn bad_structures_are_all_rejected() {
        let Some(dir) = testdata::require("optimade bad") else { return };
        let (ok, errs) = read_path(&READER, &dir.join("formats/optimade/test_bad_structures.json"));
        assert!(ok.is_empty(), "accepted: {:?}", ok.iter().map(|r| r.id()).collect::<Vec<_>>());
        assert_eq!(errs.len(), 31);
        for (i, e) in errs.iter().enumerate() {
            assert!(e.contains(&format!("record {i} (")), "{e}");
        }
        // A few of the reasons, by hand from the file.
        let want = [
            (0, "\"Acc\""),
            (1, "components"),
            (2, "species_at_sites"),
            (3, "nsites"),
            (4, "concentrations"),
            (5, "pretty_formula"),
            (6, "species_at_sites"),
            (7, "alphabetical"),
            (8, "structure_features"),
            (10, "type"),
            (11, "type"),
            (17, "lattice_vectors[1][2] is null"),
            (18, "nperiodic_dimensions"),
            (19, "null"),
            (20, "structure_features"),
            (21, "nattached"),
            (22, "site_attachments"),
            (23, "implicit_atoms"),
            (24, "type"),
        ];
        for (i, what) in want {
            assert!(errs[i].contains(what), "record {i}: {} should mention {what}", errs[i]);
        }
        // 14 records fail first on `"type": "structure"`; without it each still fails.
        let text = std::fs::read_to_string(dir.join("formats/optimade/test_bad_structures.json")).unwrap();
        let mut docs: Vec<Value> = serde_json::from_str(&text).unwrap();
        for d in &mut docs {
            d.as_object_mut().unwrap().remove("type");
        }
        let (ok, errs) = read_str(&READER, &serde_json::to_string(&docs).unwrap(), "untyped.json");
        assert!(ok.is_empty(), "accepted: {:?}", ok.iter().map(|r| r.id()).collect::<Vec<_>>());
        assert_eq!(errs.len(), 31);
        for e in &errs {
            assert!(!e.contains("type is"), "{e}");
        }
        assert!(errs[10].contains("relationships is not an object"), "{}", errs[10]);
        assert!(errs[15].contains("lattice_vectors[2] has 2 components"), "{}", errs[15]);
        assert!(errs[26].contains("Hill order"), "{}", errs[26]);
        assert!(errs[27].contains("mass"), "{}", errs[27]);
        assert!(errs[30].contains("nperiodic_dimensions is 0"), "{}", errs[30]);
    }

    #[test]
    fn envelope_provider_and_mixed_species() {
        let s = r#"{"data": [
  {"id": "1", "type": "structures", "attributes": {"lattice_vectors": [[4,0,0],[0,4,0],[0,0,4]],
    "cartesian_site_positions": [[0,0,0],[2,2,2]], "species_at_sites": ["FeNi", "O"],
    "species": [{"name": "FeNi", "chemical_symbols": ["Fe", "Ni", "vacancy"], "concentration": [0.5, 0.3, 0.2]},
                {"name": "O", "chemical_symbols": ["O"], "concentration": [1.0]}],
    "structure_features": ["disorder"], "elements": ["Fe", "Ni", "O"], "nelements": 3,
    "_prov_band_gap": 1.25, "_prov_note": "x"}},
  {"id": "2", "type": "structures", "attributes": {"lattice_vectors": [[4,0,0],[0,4,0],[0,0,4]],
    "cartesian_site_positions": [[0,0,0]], "species_at_sites": ["O"],
    "species": [{"name": "O", "chemical_symbols": ["O"], "concentration": [1.5]}]}},
  {"id": "3", "type": "structures", "attributes": {"lattice_vectors": [[4,0,0],[0,4,0],[0,0,0]],
    "cartesian_site_positions": [[0,0,0]], "species_at_sites": ["O"],
    "species": [{"name": "O", "chemical_symbols": ["O"], "concentration": [1.0]}]}}
], "meta": {"provider": {"prefix": "prov", "name": "A provider"}}}"#;
        let (ok, errs) = read_str(&READER, s, "page.json");
        assert_eq!(ok.len(), 1, "{errs:?}");
        let r = &ok[0];
        assert_eq!(r.id(), "prov:1");
        assert_eq!(r.structure.nsites(), 3);
        assert_eq!(r.structure.occupancies(), [0.5, 0.3, 1.0]);
        assert_eq!(r.structure.sites[0].frac, r.structure.sites[1].frac);
        assert!(close(r.structure.sites[2].frac[1], 0.5, 1e-12));
        assert_eq!(r.properties.band_gap, Some(1.25));
        assert_eq!(r.extra["_prov_note"], "x");
        assert_eq!(errs.len(), 2);
        assert!(errs[0].contains("(2,") && errs[0].contains("outside [0, 1]"), "{}", errs[0]);
        assert!(errs[1].contains("(3,") && errs[1].contains("singular"), "{}", errs[1]);
        // --source wins over the provider; a single resource works as well.
        let one = r#"{"data": {"id": "9", "type": "structures", "attributes": {"lattice_vectors": [[4,0,0],[0,4,0],[0,0,4]],
          "cartesian_site_positions": [[0,0,0]], "species_at_sites": ["O"],
          "species": [{"name": "O", "chemical_symbols": ["O"], "concentration": [1.0]}]}},
          "meta": {"provider": {"prefix": "prov"}}}"#;
        let (ok, errs) = read_str(&READER, one, "one.json");
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(ok[0].id(), "prov:9");
        let mut ctx = ReadContext::for_path(std::path::Path::new("one.json"));
        ctx.source = Some("mine".into());
        let recs: Vec<_> =
            READER.read(Box::new(std::io::Cursor::new(one.as_bytes().to_vec())), &ctx).collect();
        assert_eq!(recs[0].as_ref().unwrap().id(), "mine:9");
    }
}

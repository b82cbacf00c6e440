//! Entries: "what does one stored row look like as an OPTIMADE `structures` resource, and which
//! properties does `/info/structures` describe?"
//!
//! * `lattice_vectors` are the stored lattice rows (Å); `cartesian_site_positions` are the
//!   stored fractional coordinates times the lattice (Å), unwrapped as the source gave them.
//! * One OPTIMADE site per stored site row, so `nsites` and `species_at_sites` are the stored
//!   columns the filter reads. A fully occupied row's species is named by its element symbol;
//!   a partially occupied row's species is `<symbol><occupancy>` (e.g. `Fe0.5`) with
//!   `chemical_symbols [symbol, "vacancy"]` and the missing occupancy as the vacancy's
//!   concentration, and `structure_features` is then `["disorder"]` (the filter's rule). Our
//!   OPTIMADE reader reads such a site back as the same row.
//! * `chemical_formula_descriptive` is the Hill formula of the cell (the filter agrees);
//!   `nperiodic_dimensions` is 3 and `dimension_types` `[1, 1, 1]`; `last_modified` is the
//!   commit time of the version that stored the row's structure, when its provenance names it.
//! * Our own columns are provider fields `_crystaldb_<column>` (properties in eV and eV/atom).

use crystaldb::filter::fields::{FieldType, FIELDS};
use crystaldb::filter::PROVIDER_PREFIX;
use crystaldb::schema::StructureRow;
use crystaldb::structure::element;
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// One property of `/info/structures`.
pub struct Property {
    /// Name as served (provider fields with their prefix).
    pub name: String,
    /// OPTIMADE data type.
    pub ty: &'static str,
    /// Unit, if any.
    pub unit: Option<&'static str>,
    /// Description.
    pub description: String,
    /// Whether `sort` accepts it: stored scalar columns.
    pub sortable: bool,
    /// The stored column a sort on it reads.
    pub column: Option<&'static str>,
}

/// The OPTIMADE properties served, with the stored column behind each filterable one.
const STANDARD: &[(&str, &str, Option<&str>, &str)] = &[
    ("immutable_id", "string", None, "Not assigned by this provider: null."),
    ("last_modified", "timestamp", None, "Commit time of the database version that stored this structure."),
    ("elements", "list", None, "Element symbols, alphabetical."),
    ("nelements", "integer", None, "Number of distinct elements."),
    (
        "elements_ratios",
        "list",
        None,
        "Fraction of the atoms of each element, in the order of `elements` (occupancy-weighted).",
    ),
    ("chemical_formula_descriptive", "string", None, "Hill formula of the cell."),
    ("chemical_formula_reduced", "string", None, "Reduced formula, elements alphabetical."),
    ("chemical_formula_hill", "string", None, "Hill formula of the cell, not reduced."),
    ("chemical_formula_anonymous", "string", None, "Anonymous formula, largest amount first."),
    ("dimension_types", "list", None, "Periodicity along each lattice vector: always [1, 1, 1]."),
    ("nperiodic_dimensions", "integer", None, "Number of periodic dimensions: always 3."),
    ("lattice_vectors", "list", Some("Å"), "Lattice vectors a, b, c as rows, Cartesian."),
    (
        "space_group_it_number",
        "integer",
        None,
        "International space-group number (the source's, else computed with spglib).",
    ),
    ("cartesian_site_positions", "list", Some("Å"), "Cartesian position of each site."),
    ("nsites", "integer", None, "Number of sites (one per stored site row)."),
    (
        "species",
        "list",
        None,
        "Species of the sites: element symbols; a partially occupied site's species adds a vacancy.",
    ),
    ("species_at_sites", "list", None, "Species name of each site."),
    ("structure_features", "list", None, "[\"disorder\"] when a site is partially occupied, else []."),
];

/// Our columns served as provider fields (formulas and species are served in OPTIMADE's names).
const OURS: &[&str] = &[
    "source",
    "source_id",
    "material_key",
    "volume",
    "density",
    "volume_per_atom",
    "chemsys",
    "spacegroup_symbol",
    "crystal_system",
    "formation_energy_per_atom",
    "energy_above_hull",
    "band_gap",
    "total_energy_per_atom",
    "prototype",
    "fingerprint",
    "occupancy",
    "extra",
    "provenance",
];

/// Every property `/info/structures` lists.
pub fn properties() -> Vec<Property> {
    let column_of = |name: &str| -> Option<&'static str> {
        FIELDS.iter().find(|f| f.name == name).and_then(|f| match f.source {
            crystaldb::filter::FieldSource::Column(c) => Some(c),
            _ => None,
        })
    };
    let scalar = |name: &str| {
        FIELDS.iter().any(|f| {
            f.name == name && matches!(f.ty, FieldType::Integer | FieldType::Float | FieldType::String)
        })
    };
    let mut out: Vec<Property> = STANDARD
        .iter()
        .map(|(name, ty, unit, description)| {
            let column = column_of(name);
            Property {
                name: name.to_string(),
                ty,
                unit: *unit,
                description: description.to_string(),
                sortable: column.is_some() && scalar(name),
                column,
            }
        })
        .collect();
    for name in OURS {
        let info = FIELDS.iter().find(|f| f.name == *name);
        let column = column_of(name);
        let described = crystaldb::schema::column_doc(column.unwrap_or(name));
        let ty = match (name, info.map(|i| i.ty)) {
            (&"extra" | &"provenance", _) => "dictionary",
            (_, Some(FieldType::Integer)) => "integer",
            (_, Some(FieldType::Float)) => "float",
            (_, Some(t)) if t.is_list() => "list",
            _ => "string",
        };
        let description = match (name, described) {
            (&"volume_per_atom", _) => "Cell volume per site row".to_string(),
            (_, Some(c)) => c.description.clone(),
            (_, None) => name.to_string(),
        };
        let unit = match *name {
            "volume_per_atom" => Some("Å^3"),
            _ => described.and_then(|c| c.unit.as_deref()),
        };
        out.push(Property {
            name: format!("_{PROVIDER_PREFIX}_{name}"),
            ty,
            unit,
            description,
            sortable: column.is_some() && ty != "dictionary" && ty != "list",
            column,
        });
    }
    out
}

/// The `/info/structures` document's `data`.
pub fn info_data() -> Value {
    let props = properties();
    let mut m = Map::new();
    for p in &props {
        let mut d = json!({ "description": p.description, "type": p.ty, "sortable": p.sortable });
        if let Some(u) = p.unit {
            d["unit"] = json!(u);
        }
        m.insert(p.name.clone(), d);
    }
    m.insert(
        "id".into(),
        json!({ "description": "Record id, `<source>:<source_id>`.", "type": "string", "sortable": true }),
    );
    m.insert(
        "type".into(),
        json!({ "description": "The entry type: always `structures`.", "type": "string", "sortable": false }),
    );
    let mut fields = vec!["id".to_string(), "type".to_string()];
    fields.extend(props.iter().map(|p| p.name.clone()));
    json!({
        "id": "structures",
        "type": "info",
        "description": "Crystal structures stored in this crystaldb database.",
        "properties": m,
        "formats": ["json"],
        "output_fields_by_format": { "json": fields },
    })
}

/// Names every entry carries when no `response_fields` is given.
pub fn default_fields() -> Vec<String> {
    properties().into_iter().map(|p| p.name).collect()
}

/// One row as an OPTIMADE resource with the requested attributes (`None`: all of them).
/// A requested name this provider does not serve is present with value null.
pub fn resource(row: &StructureRow, fields: &[String], last_modified: Option<&str>) -> Value {
    let all = attributes(row, last_modified);
    let mut attrs = Map::new();
    for f in fields {
        if f == "id" || f == "type" {
            continue;
        }
        attrs.insert(f.clone(), all.get(f).cloned().unwrap_or(Value::Null));
    }
    json!({ "id": row.id, "type": "structures", "attributes": attrs })
}

fn attributes(row: &StructureRow, last_modified: Option<&str>) -> Map<String, Value> {
    let s = &row.structure;
    let sym = |z: u8| element::symbol(z).unwrap_or("X").to_string();
    let mut m = Map::new();
    m.insert("immutable_id".into(), Value::Null);
    m.insert("last_modified".into(), json!(last_modified));
    m.insert("elements".into(), json!(row.elements));
    m.insert("nelements".into(), json!(row.elements.len()));
    let comp = s.composition();
    let total = comp.total();
    let ratios: Vec<f64> = row
        .elements
        .iter()
        .map(|e| element::atomic_number(e).map(|z| comp.amount(z) / total).unwrap_or(0.0))
        .collect();
    m.insert("elements_ratios".into(), json!(ratios));
    m.insert("chemical_formula_descriptive".into(), json!(row.formula_hill));
    m.insert("chemical_formula_reduced".into(), json!(row.formula_reduced));
    m.insert("chemical_formula_hill".into(), json!(row.formula_hill));
    m.insert("chemical_formula_anonymous".into(), json!(row.formula_anonymous));
    m.insert("dimension_types".into(), json!([1, 1, 1]));
    m.insert("nperiodic_dimensions".into(), json!(3));
    m.insert("lattice_vectors".into(), json!(s.lattice.matrix));
    m.insert("space_group_it_number".into(), json!(row.spacegroup.as_ref().map(|g| g.number)));
    m.insert("cartesian_site_positions".into(), json!(s.cart_coords()));
    m.insert("nsites".into(), json!(s.nsites()));
    let mut species: BTreeMap<String, Value> = BTreeMap::new();
    let mut at_sites = Vec::with_capacity(s.sites.len());
    let mut disorder = false;
    for site in &s.sites {
        let symbol = sym(site.z);
        let (name, spec) = if site.occupancy >= 1.0 {
            (symbol.clone(), json!({ "name": symbol, "chemical_symbols": [symbol], "concentration": [1.0] }))
        } else {
            disorder = true;
            let name = format!("{symbol}{}", site.occupancy);
            let spec = json!({
                "name": name,
                "chemical_symbols": [symbol, "vacancy"],
                "concentration": [site.occupancy, 1.0 - site.occupancy],
            });
            (name, spec)
        };
        species.entry(name.clone()).or_insert(spec);
        at_sites.push(name);
    }
    m.insert("species".into(), Value::Array(species.into_values().collect()));
    m.insert("species_at_sites".into(), json!(at_sites));
    let features: BTreeSet<&str> = if disorder { ["disorder"].into() } else { BTreeSet::new() };
    m.insert("structure_features".into(), json!(features));
    let ours = row.to_json();
    for name in OURS {
        let v = match *name {
            "volume_per_atom" => json!(row.volume / s.nsites().max(1) as f64),
            _ => ours.get(*name).cloned().unwrap_or(Value::Null),
        };
        m.insert(format!("_{PROVIDER_PREFIX}_{name}"), v);
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_served_property_is_described_once() {
        let props = properties();
        let mut names: Vec<&str> = props.iter().map(|p| p.name.as_str()).collect();
        names.sort();
        let n = names.len();
        names.dedup();
        assert_eq!(names.len(), n, "a property is listed twice");
        for p in &props {
            if p.sortable {
                assert!(p.column.is_some(), "{} is sortable but reads no column", p.name);
            }
        }
        // Every filterable name is served, so a filter's result can be checked against the entries.
        for f in FIELDS.iter().filter(|f| f.optimade) {
            assert!(
                f.name == "id" || props.iter().any(|p| p.name == f.name),
                "{} is filterable but not served",
                f.name
            );
        }
    }
}

//! The canonical schema: "which columns does a structure row have, with which types and units?"
//!
//! The language-neutral definition is `schema/structures.schema.json` at the repository root
//! (embedded here); [`structures_schema`] is its Arrow mirror, and a test fails when they drift.

pub mod row;

pub use row::{Provenance, StructureRow, ValueOrigin, STRUCTURE_PROVENANCE};

use arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use std::sync::{Arc, OnceLock};

/// Format version of the structure shards written by this build.
/// Format 2 added the nullable `provenance` column (the last); format-1 shards read with it null.
pub const FORMAT_VERSION: u32 = 2;
/// Oldest shard format version this build still reads.
pub const OLDEST_READABLE_FORMAT_VERSION: u32 = 1;

/// The language-neutral schema document.
pub const SCHEMA_JSON: &str = include_str!("../../schema/structures.schema.json");
/// The per-source field mapping document.
pub const FIELD_MAPPING_JSON: &str = include_str!("../../schema/field_mapping.json");

/// Column names, in schema order.
pub const COLUMNS: [&str; 28] = [
    "id",
    "source",
    "source_id",
    "material_key",
    "formula_reduced",
    "formula_anonymous",
    "formula_hill",
    "elements",
    "nelements",
    "nsites",
    "lattice",
    "species_at_sites",
    "frac_coords",
    "occupancy",
    "volume",
    "density",
    "chemsys",
    "spacegroup_number",
    "spacegroup_symbol",
    "crystal_system",
    "formation_energy_per_atom",
    "energy_above_hull",
    "band_gap",
    "total_energy_per_atom",
    "prototype",
    "fingerprint",
    "extra",
    "provenance",
];

/// Columns added after format 1, each with the format version that added it: shards of an
/// earlier format read them as null.
pub const ADDED_COLUMNS: [(&str, u32); 1] = [("provenance", 2)];

/// Item field of list columns (never null).
pub(crate) fn item(dt: DataType) -> Arc<Field> {
    Arc::new(Field::new("item", dt, false))
}

/// Arrow type of a 3-vector of f64.
pub(crate) fn vec3_type() -> DataType {
    DataType::FixedSizeList(item(DataType::Float64), 3)
}

/// The Arrow schema of structure shards.
pub fn structures_schema() -> SchemaRef {
    static SCHEMA: OnceLock<SchemaRef> = OnceLock::new();
    SCHEMA
        .get_or_init(|| {
            use DataType::*;
            let f = |name: &str, dt: DataType, nullable: bool| Field::new(name, dt, nullable);
            let fields = vec![
                f("id", Utf8, false),
                f("source", Utf8, false),
                f("source_id", Utf8, false),
                f("material_key", Utf8, true),
                f("formula_reduced", Utf8, false),
                f("formula_anonymous", Utf8, false),
                f("formula_hill", Utf8, false),
                f("elements", List(item(Utf8)), false),
                f("nelements", Int32, false),
                f("nsites", Int32, false),
                f("lattice", FixedSizeList(item(vec3_type()), 3), false),
                f("species_at_sites", List(item(UInt8)), false),
                f("frac_coords", List(item(vec3_type())), false),
                f("occupancy", List(item(Float64)), false),
                f("volume", Float64, false),
                f("density", Float64, false),
                f("chemsys", Utf8, false),
                f("spacegroup_number", Int32, true),
                f("spacegroup_symbol", Utf8, true),
                f("crystal_system", Utf8, true),
                f("formation_energy_per_atom", Float64, true),
                f("energy_above_hull", Float64, true),
                f("band_gap", Float64, true),
                f("total_energy_per_atom", Float64, true),
                f("prototype", Utf8, true),
                f("fingerprint", Utf8, false),
                f("extra", Utf8, false),
                f("provenance", Utf8, true),
            ];
            let meta = [("crystaldb.format_version".to_string(), FORMAT_VERSION.to_string())];
            Arc::new(
                Schema::new(fields)
                    .with_metadata(meta.into_iter().collect::<std::collections::HashMap<_, _>>()),
            )
        })
        .clone()
}

/// Unit and description of one column, as the schema document states them.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnDoc {
    /// Column name.
    pub name: String,
    /// Unit (`"eV/atom"`, `"Å"`), `None` for unitless columns.
    pub unit: Option<String>,
    /// What the column holds.
    pub description: String,
}

/// Unit and description of every column, in schema order (from [`SCHEMA_JSON`]).
pub fn column_docs() -> &'static [ColumnDoc] {
    static DOCS: OnceLock<Vec<ColumnDoc>> = OnceLock::new();
    DOCS.get_or_init(|| {
        let doc: serde_json::Value = serde_json::from_str(SCHEMA_JSON).expect("the embedded schema is JSON");
        doc["columns"]
            .as_array()
            .expect("the schema document lists columns")
            .iter()
            .map(|c| ColumnDoc {
                name: c["name"].as_str().unwrap_or_default().to_string(),
                unit: c["unit"].as_str().map(str::to_string),
                description: c["description"].as_str().unwrap_or_default().to_string(),
            })
            .collect()
    })
}

/// [`structures_schema`] with each field's unit and description (from the schema document) in
/// its Arrow metadata under `unit` and `description`: what exported files carry.
pub fn documented_schema() -> SchemaRef {
    static SCHEMA: OnceLock<SchemaRef> = OnceLock::new();
    SCHEMA
        .get_or_init(|| {
            let base = structures_schema();
            let fields: Vec<Field> = base
                .fields()
                .iter()
                .map(|f| {
                    let mut meta = std::collections::HashMap::new();
                    if let Some(doc) = column_doc(f.name()) {
                        meta.insert("description".to_string(), doc.description.clone());
                        if let Some(u) = &doc.unit {
                            meta.insert("unit".to_string(), u.clone());
                        }
                    }
                    f.as_ref().clone().with_metadata(meta)
                })
                .collect();
            Arc::new(Schema::new_with_metadata(fields, base.metadata().clone()))
        })
        .clone()
}

/// Unit and description of one column, `None` for a name that is not a column.
pub fn column_doc(name: &str) -> Option<&'static ColumnDoc> {
    column_docs().iter().find(|c| c.name == name)
}

/// The language-neutral name of an Arrow type, as written in the schema document.
pub fn type_name(dt: &DataType) -> String {
    match dt {
        DataType::Utf8 => "utf8".into(),
        DataType::Int32 => "int32".into(),
        DataType::UInt8 => "uint8".into(),
        DataType::Float32 => "float32".into(),
        DataType::Float64 => "float64".into(),
        DataType::List(f) => format!("list<{}>", type_name(f.data_type())),
        DataType::FixedSizeList(f, n) => format!("fixed_size_list<{},{n}>", type_name(f.data_type())),
        other => format!("{other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rust_schema_matches_the_schema_document() {
        let doc: serde_json::Value = serde_json::from_str(SCHEMA_JSON).unwrap();
        assert_eq!(doc["format_version"].as_u64(), Some(FORMAT_VERSION as u64));
        assert_eq!(
            doc["oldest_readable_format_version"].as_u64(),
            Some(OLDEST_READABLE_FORMAT_VERSION as u64)
        );
        let cols = doc["columns"].as_array().unwrap();
        let schema = structures_schema();
        assert_eq!(cols.len(), schema.fields().len(), "column count drifted");
        assert_eq!(column_docs().len(), COLUMNS.len());
        assert_eq!(column_doc("band_gap").and_then(|c| c.unit.as_deref()), Some("eV"));
        assert!(column_doc("bandgap").is_none());
        for ((col, field), name) in cols.iter().zip(schema.fields()).zip(COLUMNS) {
            assert_eq!(col["name"].as_str(), Some(field.name().as_str()));
            assert_eq!(field.name(), name);
            assert_eq!(col["type"].as_str().unwrap(), type_name(field.data_type()), "type of {name}");
            assert_eq!(col["nullable"].as_bool(), Some(field.is_nullable()), "nullability of {name}");
            assert!(col["description"].as_str().is_some_and(|d| !d.is_empty()), "{name} has no description");
            assert!(col.get("unit").is_some(), "{name} has no unit entry");
        }
    }

    #[test]
    fn field_mapping_names_every_source() {
        let doc: serde_json::Value = serde_json::from_str(FIELD_MAPPING_JSON).unwrap();
        for s in ["mp", "oqmd", "aflow", "nomad", "optimade", "file"] {
            assert!(doc["sources"][s].is_object(), "{s} missing from field mapping");
        }
    }
}

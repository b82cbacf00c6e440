//! One structure row with every canonical column, and its Arrow conversion.

use super::{item, structures_schema, vec3_type};
use crate::error::{Error, Result};
use crate::record::{Properties, Record};
use crate::structure::{
    Lattice, Site, SpaceGroup, Structure, SymmetryEngine, SymmetryTolerance, ValidationOptions, Vec3,
};
use arrow::array::{
    Array, ArrayRef, FixedSizeListArray, FixedSizeListBuilder, Float64Array, Float64Builder, Int32Array,
    ListArray, ListBuilder, RecordBatch, StringArray, StringBuilder, UInt8Array, UInt8Builder,
};
use arrow::datatypes::DataType;
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::sync::Arc;

/// Where one stored value came from: the version that stored it and, when the inserting caller
/// named them (every `crystaldb ingest` does), the file and the record within it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValueOrigin {
    /// The version whose insert stored the value.
    pub version: u64,
    /// The file, as the ingest named it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The record within the file (an index, line or id, as the reader counts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<String>,
}

/// The origin of each value of a row: `"structure"` and every property the row's records
/// stated (a value or a stated null). A property kept by a merge keeps its earlier origin; a
/// property no record stated has no entry. Rows of shards written before the column existed
/// have none.
pub type Provenance = BTreeMap<String, ValueOrigin>;

/// The [`Provenance`] key of the structure.
pub const STRUCTURE_PROVENANCE: &str = "structure";

/// A stored structure row: the record plus the columns the database derives from it.
#[derive(Debug, Clone, PartialEq)]
pub struct StructureRow {
    /// `<source>:<source_id>`.
    pub id: String,
    /// Source name.
    pub source: String,
    /// Source's own id.
    pub source_id: String,
    /// Cross-database material key.
    pub material_key: Option<String>,
    /// Reduced formula.
    pub formula_reduced: String,
    /// Anonymous formula.
    pub formula_anonymous: String,
    /// Hill formula of the cell.
    pub formula_hill: String,
    /// Elements, alphabetical.
    pub elements: Vec<String>,
    /// The structure (lattice, species, fractional coordinates, occupancy).
    pub structure: Structure,
    /// Volume (Å³).
    pub volume: f64,
    /// Density (g/cm³).
    pub density: f64,
    /// Chemical system.
    pub chemsys: String,
    /// Space group, if known.
    pub spacegroup: Option<SpaceGroup>,
    /// Properties.
    pub properties: Properties,
    /// Prototype label.
    pub prototype: Option<String>,
    /// De-duplication fingerprint.
    pub fingerprint: String,
    /// Source-specific fields.
    pub extra: Map<String, Value>,
    /// Where the structure and each property value came from (set when the row is stored).
    pub provenance: Provenance,
}

/// Settings for deriving rows from records.
#[derive(Debug, Clone)]
pub struct DeriveOptions {
    /// Validity checks.
    pub validation: ValidationOptions,
    /// Distance tolerance (Å) of the space-group search (spglib; default 0.1).
    pub symprec: f64,
    /// Angle tolerance (degrees) of the space-group search; `None` for spglib's distance-derived
    /// criterion (default 5°, pymatgen's, so Materials Project's).
    pub angle_degrees: Option<f64>,
    /// The library that searches for the space group (default spglib, whose groups are
    /// Materials Project's; moyo is several times faster and differs on ~0.8 % of MP rows).
    pub engine: SymmetryEngine,
}

impl Default for DeriveOptions {
    fn default() -> Self {
        let t = SymmetryTolerance::PYMATGEN;
        Self {
            validation: ValidationOptions::default(),
            symprec: t.symprec,
            angle_degrees: t.angle_degrees,
            engine: SymmetryEngine::default(),
        }
    }
}

/// Fingerprint for finding duplicate candidates: reduced formula, space-group number and the
/// volume per atom in 5% logarithmic buckets.
pub fn fingerprint(formula_reduced: &str, spacegroup: Option<i32>, volume_per_atom: f64) -> String {
    format!("{}|{}|{}", formula_reduced, spacegroup.unwrap_or(0), volume_bucket(volume_per_atom))
}

/// The 5% logarithmic bucket of a volume per atom (Å³).
pub fn volume_bucket(volume_per_atom: f64) -> i64 {
    (volume_per_atom.max(1e-6).ln() / 1.05f64.ln()).floor() as i64
}

impl StructureRow {
    /// Validate a record and derive every column. The space group comes from the source when it
    /// gave one; otherwise from `engine` (at `symprec` and `angle_degrees`); a disagreement between
    /// the two is recorded in `extra["computed_spacegroup_number"]`.
    pub fn from_record(record: Record, options: &DeriveOptions) -> Result<Self> {
        record.validate(&options.validation)?;
        let Record { source, source_id, structure, properties, spacegroup, prototype, mut extra, absent: _ } =
            record;
        let comp = structure.composition();
        let tolerance = SymmetryTolerance { symprec: options.symprec, angle_degrees: options.angle_degrees };
        let computed = structure.symmetry_with(options.engine, tolerance).ok().map(|found| found.group);
        let spacegroup = match (spacegroup, computed) {
            (Some(given), Some(computed)) => {
                if given.number != computed.number {
                    extra.insert("computed_spacegroup_number".into(), json!(computed.number));
                }
                Some(given)
            }
            (Some(given), None) => Some(given),
            (None, Some(computed)) => Some(computed),
            (None, None) => None,
        };
        if let (Some(sg), Some(src)) =
            (&spacegroup, extra.get("source_spacegroup_number").and_then(|v| v.as_i64()))
        {
            if src != sg.number as i64 {
                extra.insert("spacegroup_disagreement".into(), json!({"source": src, "stored": sg.number}));
            }
        }
        let volume = structure.volume();
        let formula_reduced = comp.reduced_formula();
        let fp = fingerprint(&formula_reduced, spacegroup.as_ref().map(|s| s.number), volume / comp.total());
        Ok(Self {
            id: format!("{source}:{source_id}"),
            source,
            source_id,
            material_key: None,
            formula_anonymous: comp.anonymous_formula(),
            formula_hill: comp.hill_formula(),
            elements: comp.elements(),
            density: structure.density(),
            chemsys: comp.chemsys(),
            formula_reduced,
            structure,
            volume,
            spacegroup,
            properties,
            prototype,
            fingerprint: fp,
            extra,
            provenance: Provenance::new(),
        })
    }

    /// The record this row was made from (derived columns dropped).
    pub fn to_record(&self) -> Record {
        Record {
            source: self.source.clone(),
            source_id: self.source_id.clone(),
            structure: self.structure.clone(),
            properties: self.properties.clone(),
            spacegroup: self.spacegroup.clone(),
            prototype: self.prototype.clone(),
            extra: self.extra.clone(),
            absent: Vec::new(),
        }
    }

    /// The row as one JSON object keyed by the schema's column names; lattice and
    /// frac_coords as lists of rows.
    pub fn to_json(&self) -> Value {
        let sg = self.spacegroup.as_ref();
        let mut m = Map::new();
        m.insert("id".into(), json!(self.id));
        m.insert("source".into(), json!(self.source));
        m.insert("source_id".into(), json!(self.source_id));
        m.insert("material_key".into(), json!(self.material_key));
        m.insert("formula_reduced".into(), json!(self.formula_reduced));
        m.insert("formula_anonymous".into(), json!(self.formula_anonymous));
        m.insert("formula_hill".into(), json!(self.formula_hill));
        m.insert("elements".into(), json!(self.elements));
        m.insert("nelements".into(), json!(self.elements.len()));
        m.insert("nsites".into(), json!(self.structure.nsites()));
        m.insert("lattice".into(), json!(self.structure.lattice.matrix));
        m.insert("species_at_sites".into(), json!(self.structure.species()));
        m.insert("frac_coords".into(), json!(self.structure.frac_coords()));
        m.insert("occupancy".into(), json!(self.structure.occupancies()));
        m.insert("volume".into(), json!(self.volume));
        m.insert("density".into(), json!(self.density));
        m.insert("chemsys".into(), json!(self.chemsys));
        m.insert("spacegroup_number".into(), json!(sg.map(|s| s.number)));
        m.insert("spacegroup_symbol".into(), json!(sg.map(|s| s.symbol.clone())));
        m.insert("crystal_system".into(), json!(sg.map(|s| s.crystal_system.clone())));
        for (name, v) in Properties::NAMES.iter().zip(self.properties.values()) {
            m.insert((*name).into(), json!(v));
        }
        m.insert("prototype".into(), json!(self.prototype));
        m.insert("fingerprint".into(), json!(self.fingerprint));
        m.insert("extra".into(), Value::Object(self.extra.clone()));
        m.insert("provenance".into(), json!(self.provenance));
        Value::Object(m)
    }

    /// Arrow record batch of rows, in schema order.
    pub fn to_batch(rows: &[StructureRow]) -> Result<RecordBatch> {
        let strings = |f: &dyn Fn(&StructureRow) -> Option<&str>| -> ArrayRef {
            Arc::new(rows.iter().map(f).collect::<StringArray>())
        };
        let floats = |f: &dyn Fn(&StructureRow) -> Option<f64>| -> ArrayRef {
            Arc::new(rows.iter().map(f).collect::<Float64Array>())
        };
        let ints = |f: &dyn Fn(&StructureRow) -> Option<i32>| -> ArrayRef {
            Arc::new(rows.iter().map(f).collect::<Int32Array>())
        };

        let mut elements = ListBuilder::new(StringBuilder::new()).with_field(item(DataType::Utf8));
        let mut lattice = FixedSizeListBuilder::new(
            FixedSizeListBuilder::new(Float64Builder::new(), 3).with_field(item(DataType::Float64)),
            3,
        )
        .with_field(item(vec3_type()));
        let mut species = ListBuilder::new(UInt8Builder::new()).with_field(item(DataType::UInt8));
        let mut frac = ListBuilder::new(
            FixedSizeListBuilder::new(Float64Builder::new(), 3).with_field(item(DataType::Float64)),
        )
        .with_field(item(vec3_type()));
        let mut occ = ListBuilder::new(Float64Builder::new()).with_field(item(DataType::Float64));
        let mut extra = StringBuilder::new();
        let mut provenance = StringBuilder::new();
        for r in rows {
            for e in &r.elements {
                elements.values().append_value(e);
            }
            elements.append(true);
            for v in r.structure.lattice.matrix {
                lattice.values().values().append_slice(&v);
                lattice.values().append(true);
            }
            lattice.append(true);
            for s in &r.structure.sites {
                species.values().append_value(s.z);
                frac.values().values().append_slice(&s.frac);
                frac.values().append(true);
                occ.values().append_value(s.occupancy);
            }
            species.append(true);
            frac.append(true);
            occ.append(true);
            extra.append_value(serde_json::to_string(&r.extra).map_err(|e| Error::invalid(e.to_string()))?);
            if r.provenance.is_empty() {
                provenance.append_null();
            } else {
                provenance.append_value(
                    serde_json::to_string(&r.provenance).map_err(|e| Error::invalid(e.to_string()))?,
                );
            }
        }
        let columns: Vec<ArrayRef> = vec![
            strings(&|r| Some(&r.id)),
            strings(&|r| Some(&r.source)),
            strings(&|r| Some(&r.source_id)),
            strings(&|r| r.material_key.as_deref()),
            strings(&|r| Some(&r.formula_reduced)),
            strings(&|r| Some(&r.formula_anonymous)),
            strings(&|r| Some(&r.formula_hill)),
            Arc::new(elements.finish()),
            ints(&|r| Some(r.elements.len() as i32)),
            ints(&|r| Some(r.structure.nsites() as i32)),
            Arc::new(lattice.finish()),
            Arc::new(species.finish()),
            Arc::new(frac.finish()),
            Arc::new(occ.finish()),
            floats(&|r| Some(r.volume)),
            floats(&|r| Some(r.density)),
            strings(&|r| Some(&r.chemsys)),
            ints(&|r| r.spacegroup.as_ref().map(|s| s.number)),
            strings(&|r| r.spacegroup.as_ref().map(|s| s.symbol.as_str())),
            strings(&|r| r.spacegroup.as_ref().map(|s| s.crystal_system.as_str())),
            floats(&|r| r.properties.formation_energy_per_atom),
            floats(&|r| r.properties.energy_above_hull),
            floats(&|r| r.properties.band_gap),
            floats(&|r| r.properties.total_energy_per_atom),
            strings(&|r| r.prototype.as_deref()),
            strings(&|r| Some(&r.fingerprint)),
            Arc::new(extra.finish()),
            Arc::new(provenance.finish()),
        ];
        RecordBatch::try_new(structures_schema(), columns).map_err(|e| Error::invalid(e.to_string()))
    }

    /// Rows of a record batch holding every column of the schema.
    pub fn from_batch(batch: &RecordBatch) -> Result<Vec<StructureRow>> {
        let col = |name: &str| column(batch, name);
        let s = |name: &str| -> Result<&StringArray> { cast::<StringArray>(col(name)?, name) };
        let f = |name: &str| -> Result<&Float64Array> { cast::<Float64Array>(col(name)?, name) };
        let opt_s = |a: &StringArray, i: usize| (!a.is_null(i)).then(|| a.value(i).to_string());
        let opt_f = |a: &Float64Array, i: usize| (!a.is_null(i)).then(|| a.value(i));

        let (id, source, source_id, key) = (s("id")?, s("source")?, s("source_id")?, s("material_key")?);
        let (fr, fa, fh, chemsys) =
            (s("formula_reduced")?, s("formula_anonymous")?, s("formula_hill")?, s("chemsys")?);
        let elements = cast::<ListArray>(col("elements")?, "elements")?;
        let structures = StructureColumns::of(batch)?;
        let (volume, density) = (f("volume")?, f("density")?);
        let sgn = cast::<Int32Array>(col("spacegroup_number")?, "spacegroup_number")?;
        let (sgs, cs) = (s("spacegroup_symbol")?, s("crystal_system")?);
        let props: Vec<&Float64Array> = Properties::NAMES.iter().map(|n| f(n)).collect::<Result<_>>()?;
        let (proto, fp, extra) = (s("prototype")?, s("fingerprint")?, s("extra")?);
        // Shards written before the column existed have none.
        let provenance = match batch.column_by_name("provenance") {
            Some(a) => Some(cast::<StringArray>(a, "provenance")?),
            None => None,
        };

        let mut out = Vec::with_capacity(batch.num_rows());
        for i in 0..batch.num_rows() {
            let el = elements.value(i);
            let el = cast::<StringArray>(&el, "elements")?;
            let extra: Map<String, Value> = serde_json::from_str(extra.value(i))
                .map_err(|e| Error::invalid(format!("row {i}: extra is not a JSON object: {e}")))?;
            let provenance = match provenance.filter(|a| !a.is_null(i)) {
                Some(a) => serde_json::from_str(a.value(i))
                    .map_err(|e| Error::invalid(format!("row {i}: provenance is not a JSON object: {e}")))?,
                None => Provenance::new(),
            };
            let mut properties = Properties::default();
            for (name, a) in Properties::NAMES.iter().zip(&props) {
                properties.set(name, opt_f(a, i));
            }
            out.push(StructureRow {
                id: id.value(i).to_string(),
                source: source.value(i).to_string(),
                source_id: source_id.value(i).to_string(),
                material_key: opt_s(key, i),
                formula_reduced: fr.value(i).to_string(),
                formula_anonymous: fa.value(i).to_string(),
                formula_hill: fh.value(i).to_string(),
                elements: (0..el.len()).map(|k| el.value(k).to_string()).collect(),
                structure: structures.get(i)?,
                volume: volume.value(i),
                density: density.value(i),
                chemsys: chemsys.value(i).to_string(),
                spacegroup: (!sgn.is_null(i)).then(|| SpaceGroup {
                    number: sgn.value(i),
                    symbol: opt_s(sgs, i).unwrap_or_default(),
                    crystal_system: opt_s(cs, i).unwrap_or_default(),
                }),
                properties,
                prototype: opt_s(proto, i),
                fingerprint: fp.value(i).to_string(),
                extra,
                provenance,
            });
        }
        Ok(out)
    }

    /// The ids and structures of a record batch holding at least the columns `id`, `lattice`,
    /// `species_at_sites`, `frac_coords` and `occupancy` (a projection of the schema).
    pub fn ids_and_structures(batch: &RecordBatch) -> Result<Vec<(String, Structure)>> {
        let ids = cast::<StringArray>(column(batch, "id")?, "id")?;
        let columns = StructureColumns::of(batch)?;
        (0..batch.num_rows()).map(|i| Ok((ids.value(i).to_string(), columns.get(i)?))).collect()
    }
}

fn column<'a>(batch: &'a RecordBatch, name: &str) -> Result<&'a ArrayRef> {
    batch.column_by_name(name).ok_or_else(|| Error::invalid(format!("column {name} missing from batch")))
}

fn cast<'a, T: 'static>(a: &'a ArrayRef, name: &str) -> Result<&'a T> {
    a.as_any().downcast_ref::<T>().ok_or_else(|| Error::invalid(format!("column {name} has the wrong type")))
}

/// The four columns that hold a structure: lattice rows (Å), species (Z), fractional
/// coordinates and occupancies per site.
struct StructureColumns<'a> {
    lattice: &'a FixedSizeListArray,
    species: &'a ListArray,
    frac: &'a ListArray,
    occupancy: &'a ListArray,
}

impl<'a> StructureColumns<'a> {
    fn of(batch: &'a RecordBatch) -> Result<Self> {
        Ok(Self {
            lattice: cast(column(batch, "lattice")?, "lattice")?,
            species: cast(column(batch, "species_at_sites")?, "species_at_sites")?,
            frac: cast(column(batch, "frac_coords")?, "frac_coords")?,
            occupancy: cast(column(batch, "occupancy")?, "occupancy")?,
        })
    }

    /// The structure of row `i`.
    fn get(&self, i: usize) -> Result<Structure> {
        let lat = self.lattice.value(i);
        let lat = cast::<FixedSizeListArray>(&lat, "lattice")?;
        let lv = cast::<Float64Array>(lat.values(), "lattice")?.values();
        if lv.len() != 9 {
            return Err(Error::invalid(format!("row {i}: lattice has {} values, not 9", lv.len())));
        }
        let m = [[lv[0], lv[1], lv[2]], [lv[3], lv[4], lv[5]], [lv[6], lv[7], lv[8]]];
        let sp = self.species.value(i);
        let sp = cast::<UInt8Array>(&sp, "species_at_sites")?;
        let fc = self.frac.value(i);
        let fc = cast::<FixedSizeListArray>(&fc, "frac_coords")?;
        let fcv = cast::<Float64Array>(fc.values(), "frac_coords")?.values();
        let oc = self.occupancy.value(i);
        let oc = cast::<Float64Array>(&oc, "occupancy")?;
        if fcv.len() != 3 * sp.len() || oc.len() != sp.len() {
            return Err(Error::invalid(format!("row {i}: site columns have different lengths")));
        }
        let sites = (0..sp.len())
            .map(|k| Site {
                z: sp.value(k),
                frac: [fcv[3 * k], fcv[3 * k + 1], fcv[3 * k + 2]] as Vec3,
                occupancy: oc.value(k),
            })
            .collect();
        Ok(Structure { lattice: Lattice::new(m), sites })
    }
}

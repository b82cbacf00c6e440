//! Gathering the inputs of a diagnosis from a snapshot: "which rows, labels, properties and
//! vectors are compared?"

use crystaldb::embedding::{EmbeddingSet, SetKind};
use crystaldb::encode::{build_encoder, Encoder, Metric};
use crystaldb::schema::StructureRow;
use crystaldb::structure::element;
use crystaldb::Snapshot;
use crystaldb::{Error, Result};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// The role of a representation in the comparison table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// An embedding set under test.
    Tested,
    /// The tested encoder's architecture with random-initialised weights.
    RandomInit,
    /// The Magpie composition baseline.
    CompositionBaseline,
    /// The structural fingerprint (ACSF) baseline.
    StructureBaseline,
}

/// One set of vectors in the comparison, aligned with the diagnosed rows.
#[derive(Debug, Clone, Serialize)]
pub struct Representation {
    /// Display name (`magpie@1`, `random-init of X`, `magpie (baseline)`).
    pub name: String,
    /// Its role.
    pub role: Role,
    /// Where the vectors come from: a stored set or encoded on the fly.
    pub source: String,
    /// The encoder's name (`magpie`, `acsf`, `chgnet`, ...).
    pub encoder: String,
    /// A tested set's random-init twin (the name of that representation), when there is one.
    pub twin: Option<String>,
    /// Vector length.
    pub dim: usize,
    /// The metric of its encoder.
    pub metric: Metric,
    /// Row-major vectors, one per diagnosed row.
    #[serde(skip)]
    pub vectors: Vec<f32>,
}

/// A label of a row by name: `spacegroup`, `crystal_system`, `chemsys`, `prototype`,
/// `formula_anonymous`, `formula_reduced`, or any other column of the row's JSON (numbers and
/// strings as text; `None` when null or missing).
pub fn label_of(row: &StructureRow, name: &str) -> Option<String> {
    match name {
        "spacegroup" | "spacegroup_number" => row.spacegroup.as_ref().map(|s| s.number.to_string()),
        "crystal_system" => row.spacegroup.as_ref().map(|s| s.crystal_system.clone()),
        "chemsys" | "chemical_system" => Some(row.chemsys.clone()),
        "prototype" => row.prototype.clone(),
        "formula_anonymous" => Some(row.formula_anonymous.clone()),
        "formula_reduced" => Some(row.formula_reduced.clone()),
        _ => match row.to_json().get(name)? {
            serde_json::Value::Null => None,
            serde_json::Value::String(s) => Some(s.clone()),
            other => Some(other.to_string()),
        },
    }
}

/// Mean of an element property over the atoms of a row.
fn mean_over_atoms(row: &StructureRow, f: impl Fn(u8) -> Option<f64>) -> Option<f64> {
    let comp = row.structure.composition();
    let (mut sum, mut total) = (0.0, 0.0);
    for (z, amount) in comp.amounts() {
        sum += f(z)? * amount;
        total += amount;
    }
    (total > 0.0).then(|| sum / total)
}

/// A number of a row by name: a property (`band_gap`, `formation_energy_per_atom`,
/// `energy_above_hull`, ...), a descriptor (`mean_atomic_mass` in Da, `mean_electronegativity`
/// Pauling, `volume_per_atom` Å³, `nsites`, `nelements`, `density` g/cm³), or any numeric column
/// of the row's JSON.
pub fn number_of(row: &StructureRow, name: &str) -> Option<f64> {
    let v = match name {
        "mean_atomic_mass" => mean_over_atoms(row, element::atomic_mass),
        "mean_electronegativity" => mean_over_atoms(row, |z| {
            use elements_rs::Electronegativity;
            elements_rs::Element::try_from(z).ok()?.pauling_electronegativity()
        }),
        "volume_per_atom" => Some(row.volume / row.structure.num_atoms()),
        "nsites" => Some(row.structure.nsites() as f64),
        "nelements" => Some(row.elements.len() as f64),
        "density" => Some(row.density),
        _ => match row.properties.get(name) {
            Some(v) => Some(v),
            None => row.to_json().get(name).and_then(serde_json::Value::as_f64),
        },
    };
    v.filter(|x| x.is_finite())
}

/// The heaviest element's atomic number (orders queries "over the periodic table").
pub(crate) fn max_z(row: &StructureRow) -> u8 {
    row.structure.composition().amounts().map(|(z, _)| z).max().unwrap_or(0)
}

/// Integer codes of string labels (codes in order of first appearance) and the names.
pub(crate) fn encode_labels(values: &[Option<String>]) -> (Vec<Option<u32>>, Vec<String>) {
    let mut names: Vec<String> = Vec::new();
    let mut index: HashMap<&str, u32> = HashMap::new();
    let codes = values
        .iter()
        .map(|v| {
            v.as_deref().map(|s| {
                *index.entry(s).or_insert_with(|| {
                    names.push(s.to_string());
                    (names.len() - 1) as u32
                })
            })
        })
        .collect();
    (codes, names)
}

/// Rows of a snapshot in the order of the first set, keeping those every set holds.
pub(crate) fn aligned_rows(snapshot: &Snapshot, sets: &[EmbeddingSet]) -> Result<(Vec<StructureRow>, usize)> {
    let first = sets.first().ok_or_else(|| Error::invalid("diagnose needs at least one embedding set"))?;
    let mut by_id: HashMap<String, StructureRow> = HashMap::new();
    for row in snapshot.rows()? {
        let row = row?;
        by_id.insert(row.id.clone(), row);
    }
    let mut dropped = 0;
    let mut rows = Vec::with_capacity(first.len());
    for id in first.ids() {
        match by_id.remove(id) {
            Some(r) if sets.iter().all(|s| s.row_of(id).is_some()) => rows.push(r),
            _ => dropped += 1,
        }
    }
    Ok((rows, dropped))
}

/// The vectors of `set` for `rows`, in row order.
pub(crate) fn vectors_of(set: &EmbeddingSet, rows: &[StructureRow]) -> Vec<f32> {
    rows.iter().flat_map(|r| set.get(&r.id).expect("aligned rows").iter().copied()).collect()
}

/// What a stored set is, for the report: `stored set graph@2 (encoder graph, weights gap-model,
/// objective supervised; searched as z-scores)`.
pub(crate) fn set_source(info: &crystaldb::EmbeddingSetInfo) -> String {
    let mut parts = vec![format!("encoder {}", info.encoder.name)];
    if let Some(w) = info.encoder.params.get("weights").and_then(|w| w.as_str()) {
        parts.push(format!("weights {w}"));
    }
    if let Some(o) = info.meta.get("weights_objective") {
        parts.push(format!("objective {o}"));
    }
    let searched = if info.standardization.is_some() { "searched as z-scores" } else { "searched raw" };
    format!("stored set {} ({}; {searched})", info.label(), parts.join(", "))
}

/// Encode the structures of `rows` with `encoder`.
pub(crate) fn encode_rows(encoder: &dyn Encoder, rows: &[StructureRow]) -> Result<Vec<f32>> {
    let mut out = Vec::with_capacity(rows.len() * encoder.spec().dim);
    for chunk in rows.chunks(2048) {
        let batch: Vec<_> = chunk.iter().map(|r| r.structure.clone()).collect();
        for v in encoder.encode(&batch)? {
            out.extend(v);
        }
    }
    Ok(out)
}

/// The string parameters of a stored set's encoder (as `build_encoder` takes them).
pub(crate) fn string_params(params: &serde_json::Map<String, serde_json::Value>) -> BTreeMap<String, String> {
    params
        .iter()
        .filter_map(|(k, v)| {
            let text = match v {
                serde_json::Value::Null => return None,
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Array(items) => items
                    .iter()
                    .map(|i| i.as_str().map(str::to_string).unwrap_or_else(|| i.to_string()))
                    .collect::<Vec<_>>()
                    .join(","),
                other => other.to_string(),
            };
            Some((k.clone(), text))
        })
        .collect()
}

/// An encoder name and its parameters.
pub(crate) type EncoderParams = (String, BTreeMap<String, String>);

/// The encoder and parameters of a tested set's random-initialised twin (its own parameters
/// with `weights=random`), or why it has none (imported vectors, or no learned weights).
pub(crate) fn random_init_spec(set: &EmbeddingSet) -> std::result::Result<EncoderParams, String> {
    let info = set.info();
    match info.kind {
        SetKind::Encoded => {}
        SetKind::Imported => {
            return Err(format!("{}: imported vectors, no encoder to re-initialise", info.label()))
        }
        SetKind::Predicted => return Err(format!("{}: a prediction set, not an embedding", info.label())),
    }
    if let Err(e) = crystaldb::encode::registry::factory(&info.encoder.name) {
        return Err(format!("{}: {e}", info.label()));
    }
    let params = string_params(&info.encoder.params);
    match crystaldb::encode::random_init_params(&info.encoder.name, &params) {
        Some(twin) => Ok((info.encoder.name.clone(), twin)),
        None => Err(format!(
            "{}: encoder {} has no learned weights, so there is no random-init row",
            info.label(),
            info.encoder.name
        )),
    }
}

/// The random-initialised twin of a tested set ([`random_init_spec`]), encoded on the fly.
pub(crate) fn random_init(
    set: &EmbeddingSet,
    (encoder, params): &EncoderParams,
    rows: &[StructureRow],
) -> Result<Representation> {
    let built = build_encoder(encoder, params)?;
    let spec = built.spec();
    Ok(Representation {
        name: format!("{} random-init", set.info().label()),
        role: Role::RandomInit,
        source: format!("encoder {encoder} with weights=random, encoded on the fly"),
        encoder: set.info().encoder.name.clone(),
        twin: None,
        dim: spec.dim,
        metric: spec.metric,
        vectors: encode_rows(built.as_ref(), rows)?,
    })
}

/// A baseline encoder's vectors: the snapshot's set of that name when it holds every row, else
/// encoded on the fly with default parameters (nothing is written to the database).
pub(crate) fn baseline(
    snapshot: &Snapshot,
    encoder: &str,
    role: Role,
    rows: &[StructureRow],
) -> Result<Representation> {
    if let Ok(set) = snapshot.embedding(encoder) {
        if set.info().encoder.name == encoder && rows.iter().all(|r| set.row_of(&r.id).is_some()) {
            return Ok(Representation {
                name: format!("{} (baseline)", set.info().label()),
                role,
                source: set_source(set.info()),
                encoder: encoder.to_string(),
                twin: None,
                dim: set.dim(),
                metric: set.info().metric,
                vectors: vectors_of(&set, rows),
            });
        }
    }
    let enc = build_encoder(encoder, &BTreeMap::new())?;
    let spec = enc.spec();
    let mut vectors = encode_rows(enc.as_ref(), rows)?;
    // Compared as a stored set of this encoder would be: Magpie as z-scores (over these rows).
    let normalization = enc.default_normalization();
    if normalization == crystaldb::embedding::Normalization::Zscore {
        crystaldb::embedding::Standardization::fit(&vectors, spec.dim).apply_all(&mut vectors);
    }
    Ok(Representation {
        name: format!("{encoder} (baseline)"),
        role,
        source: format!(
            "encoder {encoder} with default parameters, encoded on the fly, searched {}",
            if normalization == crystaldb::embedding::Normalization::Zscore { "as z-scores" } else { "raw" }
        ),
        encoder: encoder.to_string(),
        twin: None,
        dim: spec.dim,
        metric: spec.metric,
        vectors,
    })
}

//! Records: "what did a source say about one crystal?" — a structure, its identity and the
//! properties the source reported, before the database derives the canonical columns.

use crate::error::Result;
use crate::structure::{SpaceGroup, Structure, ValidationOptions};
use serde::{Deserialize, Serialize};

/// Typed, nullable properties, in database units (eV, eV/atom).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Properties {
    /// Formation energy (eV/atom).
    pub formation_energy_per_atom: Option<f64>,
    /// Energy above the convex hull (eV/atom).
    pub energy_above_hull: Option<f64>,
    /// Band gap (eV).
    pub band_gap: Option<f64>,
    /// Total energy per atom (eV/atom).
    pub total_energy_per_atom: Option<f64>,
}

impl Properties {
    /// Names of the property columns, in schema order.
    pub const NAMES: [&'static str; 4] =
        ["formation_energy_per_atom", "energy_above_hull", "band_gap", "total_energy_per_atom"];

    /// Values in the order of [`Properties::NAMES`].
    pub fn values(&self) -> [Option<f64>; 4] {
        [self.formation_energy_per_atom, self.energy_above_hull, self.band_gap, self.total_energy_per_atom]
    }

    /// Property by column name.
    pub fn get(&self, name: &str) -> Option<f64> {
        Self::NAMES.iter().position(|n| *n == name).and_then(|i| self.values()[i])
    }

    /// Set a property by column name; returns false for an unknown name.
    pub fn set(&mut self, name: &str, value: Option<f64>) -> bool {
        let slot = match name {
            "formation_energy_per_atom" => &mut self.formation_energy_per_atom,
            "energy_above_hull" => &mut self.energy_above_hull,
            "band_gap" => &mut self.band_gap,
            "total_energy_per_atom" => &mut self.total_energy_per_atom,
            _ => return false,
        };
        *slot = value;
        true
    }
}

/// One crystal as a source reported it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// Source name: "mp", "oqmd", "aflow", "nomad", "optimade", "file", "demo", ...
    pub source: String,
    /// The source's own id ("mp-149"); the record id is `<source>:<source_id>`.
    pub source_id: String,
    /// The structure (Å, fractional coordinates).
    pub structure: Structure,
    /// Properties the source reported.
    pub properties: Properties,
    /// Space group as the source gave it; computed with spglib when `None`.
    pub spacegroup: Option<SpaceGroup>,
    /// Prototype label where the source has one (the demo corpus does).
    pub prototype: Option<String>,
    /// Source-specific fields, kept as JSON.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Property columns ([`Properties::NAMES`]) the source does not carry for this record —
    /// absent, as opposed to a value the source gives as null/unknown (`None` in
    /// [`Record::properties`] and not listed here). On an update of a stored id, an absent
    /// property keeps its stored value ([`crate::db::OnUpdate::Merge`]); a null replaces it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub absent: Vec<String>,
}

impl Record {
    /// A record with a structure and nothing else.
    pub fn new(source: impl Into<String>, source_id: impl Into<String>, structure: Structure) -> Self {
        Self {
            source: source.into(),
            source_id: source_id.into(),
            structure,
            properties: Properties::default(),
            spacegroup: None,
            prototype: None,
            extra: serde_json::Map::new(),
            absent: Vec::new(),
        }
    }

    /// Declare which property columns the source carries: every other one of
    /// [`Properties::NAMES`] is marked absent ([`Record::absent`]).
    pub fn carrying<'a>(mut self, carried: impl IntoIterator<Item = &'a str>) -> Self {
        let carried: Vec<&str> = carried.into_iter().collect();
        self.absent =
            Properties::NAMES.iter().filter(|n| !carried.contains(n)).map(|n| n.to_string()).collect();
        self
    }

    /// Mark absent every property without a value except those in `stated_null` (properties
    /// the source gives as null, i.e. states as unknown). For readers whose records name only
    /// what they know: a key that is missing is absent, a key that is null is carried as null.
    pub fn mark_unstated_absent(&mut self, stated_null: &[&str]) {
        self.absent = Properties::NAMES
            .iter()
            .zip(self.properties.values())
            .filter(|(n, v)| v.is_none() && !stated_null.contains(n))
            .map(|(n, _)| n.to_string())
            .collect();
    }

    /// Whether the source carries property `name` for this record.
    pub fn carries(&self, name: &str) -> bool {
        !self.absent.iter().any(|a| a == name)
    }

    /// The record id, `<source>:<source_id>`.
    pub fn id(&self) -> String {
        format!("{}:{}", self.source, self.source_id)
    }

    /// Check the structure and the property values (finite numbers only).
    pub fn validate(&self, options: &ValidationOptions) -> Result<()> {
        if self.source.is_empty() || self.source_id.is_empty() {
            return Err(crate::Error::invalid("record has an empty source or source id"));
        }
        self.structure.validate(options)?;
        if let Some(a) = self.absent.iter().find(|a| !Properties::NAMES.contains(&a.as_str())) {
            return Err(crate::Error::invalid(format!("absent property {a} is not a property column")));
        }
        for (name, v) in Properties::NAMES.iter().zip(self.properties.values()) {
            if let Some(v) = v {
                if !v.is_finite() {
                    return Err(crate::Error::invalid(format!("property {name} is {v}")));
                }
            }
        }
        Ok(())
    }
}

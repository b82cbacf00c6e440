//! Field names: which names a filter may use, what type each holds and which stored column it
//! reads. OPTIMADE names (`chemical_formula_reduced`, `space_group_it_number`, ...) map onto our
//! columns; every filterable stored column is also reachable by its own name and with our
//! provider prefix (`_crystaldb_band_gap`). Any other name with our prefix
//! (`_crystaldb_chgnet_energy_per_atom`) names a *prediction set*: a model's stored prediction
//! per record ([`FieldSource::Predicted`]), found when the filter is bound to a snapshot
//! ([`crate::Snapshot::bind`]), which rejects names that hold no prediction set. Names with
//! another provider's prefix (`_mp_x`) are known to be unknown: they never match a comparison
//! (OPTIMADE "Handling unknown property names").

use super::Located;
use std::ops::Range;

/// Our OPTIMADE database-provider prefix, without the underscores.
pub const PROVIDER_PREFIX: &str = "crystaldb";

/// What values a field holds, as the filter language sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldType {
    /// A string (compared byte-wise, i.e. by Unicode code point).
    String,
    /// An integer.
    Integer,
    /// A floating-point number.
    Float,
    /// A timestamp (compared with RFC 3339 strings).
    Timestamp,
    /// A list of strings.
    StringList,
    /// A list of atomic numbers Z; element symbols in a filter stand for their Z.
    ElementList,
    /// A list of floating-point numbers.
    FloatList,
    /// Another provider's field: any type, and always unknown here.
    Unknown,
}

impl FieldType {
    /// Whether the type is a number (integer or float).
    pub fn is_number(self) -> bool {
        matches!(self, FieldType::Integer | FieldType::Float)
    }

    /// Whether the type is a list.
    pub fn is_list(self) -> bool {
        matches!(self, FieldType::StringList | FieldType::ElementList | FieldType::FloatList)
    }

    /// How the type reads in an error message.
    pub fn describe(self) -> &'static str {
        match self {
            FieldType::String => "a string",
            FieldType::Integer => "an integer",
            FieldType::Float => "a number",
            FieldType::Timestamp => "a timestamp",
            FieldType::StringList => "a list of strings",
            FieldType::ElementList => "a list of atomic numbers",
            FieldType::FloatList => "a list of numbers",
            FieldType::Unknown => "unknown",
        }
    }
}

/// Where a field's values come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldSource {
    /// A stored column of the structures schema.
    Column(&'static str),
    /// `volume / nsites` (Å³ per site row), computed from two stored columns.
    VolumePerAtom,
    /// OPTIMADE `structure_features`, derived from `occupancy`: `["disorder"]` when some site
    /// row is partially occupied (the rule of [`crate::Structure::is_ordered`]), else `[]`.
    /// Assemblies, implicit atoms and site attachments do not occur in our data.
    StructureFeatures,
    /// OPTIMADE `nperiodic_dimensions`: 3 for every row (every stored structure is periodic
    /// along its three lattice vectors).
    PeriodicDimensions,
    /// A field whose value is unknown (null) for every row.
    Null,
    /// The value of the prediction set named by the field (`_crystaldb_<set>`), joined by `id`
    /// when the filter is bound to a snapshot; unknown for records the set does not hold.
    Predicted,
}

impl FieldSource {
    /// The stored columns this source reads.
    pub fn columns(self) -> Vec<&'static str> {
        match self {
            FieldSource::Column(c) => vec![c],
            FieldSource::VolumePerAtom => vec!["volume", "nsites"],
            FieldSource::StructureFeatures => vec!["occupancy"],
            FieldSource::PeriodicDimensions | FieldSource::Null => vec![],
            FieldSource::Predicted => vec!["id"],
        }
    }
}

/// One name a filter may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldInfo {
    /// The name, as written in a filter (without our provider prefix).
    pub name: &'static str,
    /// Its type.
    pub ty: FieldType,
    /// Where its values come from.
    pub source: FieldSource,
    /// Whether the name is an OPTIMADE `structures` property (as opposed to one of ours).
    pub optimade: bool,
}

const fn f(name: &'static str, ty: FieldType, source: FieldSource, optimade: bool) -> FieldInfo {
    FieldInfo { name, ty, source, optimade }
}

use FieldSource::{Column as C, Null, PeriodicDimensions, StructureFeatures, VolumePerAtom};
use FieldType as T;

/// Every name a filter may use (besides `_crystaldb_<name>` and other providers' names).
pub const FIELDS: &[FieldInfo] = &[
    // OPTIMADE structures properties.
    f("id", T::String, C("id"), true),
    f("elements", T::StringList, C("elements"), true),
    f("nelements", T::Integer, C("nelements"), true),
    f("nsites", T::Integer, C("nsites"), true),
    f("chemical_formula_reduced", T::String, C("formula_reduced"), true),
    f("chemical_formula_anonymous", T::String, C("formula_anonymous"), true),
    f("chemical_formula_hill", T::String, C("formula_hill"), true),
    // The descriptive formula a provider chooses: ours is the Hill formula of the cell.
    f("chemical_formula_descriptive", T::String, C("formula_hill"), true),
    f("nperiodic_dimensions", T::Integer, PeriodicDimensions, true),
    f("space_group_it_number", T::Integer, C("spacegroup_number"), true),
    f("species_at_sites", T::ElementList, C("species_at_sites"), true),
    f("structure_features", T::StringList, StructureFeatures, true),
    f("last_modified", T::Timestamp, Null, true),
    // Our own columns, by their own names.
    f("source", T::String, C("source"), false),
    f("source_id", T::String, C("source_id"), false),
    f("material_key", T::String, C("material_key"), false),
    f("formula_reduced", T::String, C("formula_reduced"), false),
    f("formula_anonymous", T::String, C("formula_anonymous"), false),
    f("formula_hill", T::String, C("formula_hill"), false),
    f("occupancy", T::FloatList, C("occupancy"), false),
    f("volume", T::Float, C("volume"), false),
    f("density", T::Float, C("density"), false),
    f("volume_per_atom", T::Float, VolumePerAtom, false),
    f("chemsys", T::String, C("chemsys"), false),
    f("spacegroup_number", T::Integer, C("spacegroup_number"), false),
    f("spacegroup_symbol", T::String, C("spacegroup_symbol"), false),
    f("crystal_system", T::String, C("crystal_system"), false),
    f("formation_energy_per_atom", T::Float, C("formation_energy_per_atom"), false),
    f("energy_above_hull", T::Float, C("energy_above_hull"), false),
    f("band_gap", T::Float, C("band_gap"), false),
    f("total_energy_per_atom", T::Float, C("total_energy_per_atom"), false),
    f("prototype", T::String, C("prototype"), false),
    f("fingerprint", T::String, C("fingerprint"), false),
    f("extra", T::String, C("extra"), false),
    f("provenance", T::String, C("provenance"), false),
];

/// Stored columns that exist but hold nested numeric arrays no filter operator applies to.
const NOT_FILTERABLE: [&str; 2] = ["lattice", "frac_coords"];

/// OPTIMADE `structures` properties a provider may leave unqueryable and this one does: a
/// filter naming one is valid OPTIMADE that this implementation does not support (an HTTP
/// server answers it with 501, not 400).
pub const NOT_QUERYABLE: [&str; 11] = [
    "elements_ratios",
    "dimension_types",
    "lattice_vectors",
    "cartesian_site_positions",
    "species",
    "assemblies",
    "immutable_id",
    "space_group_symmetry_operations_xyz",
    "space_group_symbol_hall",
    "space_group_symbol_hermann_mauguin",
    "space_group_symbol_hermann_mauguin_extended",
];

/// What the message of a filter error says when the filter is valid OPTIMADE that this
/// implementation does not support; [`is_unsupported`] recognises it.
pub const UNSUPPORTED: &str = "not supported";

/// Whether a filter error's message describes a valid but unsupported construct (a
/// correlated list comparison, a field name in a HAS list, a filter on an unqueryable
/// property) rather than a syntax or type error.
pub fn is_unsupported(message: &str) -> bool {
    message.contains(UNSUPPORTED)
}

/// A field name in a filter, resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The name as written (dotted names joined with `.`).
    pub name: String,
    /// Its type.
    pub ty: FieldType,
    /// Where its values come from.
    pub source: FieldSource,
}

impl Field {
    /// The prediction set a [`FieldSource::Predicted`] field reads (the name without our
    /// provider prefix); `None` for other fields.
    pub fn prediction_set(&self) -> Option<&str> {
        match self.source {
            FieldSource::Predicted => self.name.strip_prefix(&format!("_{PROVIDER_PREFIX}_")),
            _ => None,
        }
    }
}

/// Whether `name` can name a prediction set: a lower-case letter, then lower-case letters,
/// digits and `_` (a filter identifier, so that `_crystaldb_<name>` reaches it).
pub fn is_prediction_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && name.len() <= 100
}

/// The error for a name with our prefix that is neither a field nor a prediction set of the
/// snapshot (`sets`: the prediction sets it has).
pub(crate) fn unknown_prediction(name: &str, span: Range<usize>, sets: &[String]) -> Located {
    let bare = name.strip_prefix(&format!("_{PROVIDER_PREFIX}_")).unwrap_or(name);
    let mut message = format!("unknown field `{name}`");
    // The closest names, prediction sets and fields alike.
    let mut scored: Vec<(f64, String)> = sets
        .iter()
        .map(|s| (strsim::jaro_winkler(bare, s), format!("`_{PROVIDER_PREFIX}_{s}`")))
        .filter(|(score, _)| *score >= 0.8)
        .collect();
    scored.extend(close_matches(bare).into_iter().map(|c| (strsim::jaro_winkler(bare, c), format!("`{c}`"))));
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let close: Vec<String> = scored.into_iter().take(3).map(|(_, n)| n).collect();
    if !close.is_empty() {
        message.push_str(&format!("; did you mean {}?", or_list(&close)));
    }
    if sets.is_empty() {
        message.push_str(
            " This database has no prediction sets (`crystaldb predict --store` makes one, \
             which filters read as `_crystaldb_<name>`).",
        );
    } else {
        let list: Vec<_> = sets.iter().map(|s| format!("`_{PROVIDER_PREFIX}_{s}`")).collect();
        message.push_str(&format!(" The prediction sets here: {}.", list.join(", ")));
    }
    Located::new(span, message)
}

/// Resolve a written field name. Unknown names of ours are errors that list close matches;
/// another provider's names resolve to [`FieldType::Unknown`].
pub(crate) fn resolve(name: &str, span: Range<usize>) -> Result<Field, Located> {
    let own = name.strip_prefix(&format!("_{PROVIDER_PREFIX}_"));
    let bare = own.unwrap_or(name);
    if let Some(info) = FIELDS.iter().find(|i| i.name == bare) {
        return Ok(Field { name: name.to_string(), ty: info.ty, source: info.source });
    }
    if NOT_FILTERABLE.contains(&bare) {
        return Err(Located::new(
            span,
            format!("`{name}` holds nested arrays of numbers; no filter operator applies to it"),
        ));
    }
    if NOT_QUERYABLE.contains(&bare) {
        return Err(Located::new(
            span,
            format!("filters on `{name}` are {UNSUPPORTED} by this implementation"),
        ));
    }
    if own.is_some() && is_prediction_name(bare) {
        return Ok(Field { name: name.to_string(), ty: T::Float, source: FieldSource::Predicted });
    }
    if own.is_none() && name.starts_with('_') {
        return match name[1..].split_once('_') {
            Some((p, rest)) if !p.is_empty() && !rest.is_empty() => {
                Ok(Field { name: name.to_string(), ty: T::Unknown, source: Null })
            }
            _ => Err(Located::new(
                span,
                format!("`{name}` is not a provider-specific name: those are written `_<provider>_<name>`"),
            )),
        };
    }
    let mut message = format!("unknown field `{name}`");
    if name.contains('.') {
        message.push_str(" (no field here has nested names)");
    }
    let close = close_matches(bare);
    if !close.is_empty() {
        let list: Vec<_> = close.iter().map(|c| format!("`{c}`")).collect();
        message.push_str(&format!("; did you mean {}?", or_list(&list)));
    } else {
        message.push_str("; see docs/FILTER.md for the field names");
    }
    Err(Located::new(span, message))
}

/// Up to three known names closest to `name` (Jaro-Winkler similarity, or `name` being one
/// `_`-separated part of a known name).
pub(crate) fn close_matches(name: &str) -> Vec<&'static str> {
    let mut scored: Vec<(f64, &'static str)> = FIELDS
        .iter()
        .map(|i| {
            let part = !name.is_empty() && i.name.split('_').any(|p| p == name);
            let score = strsim::jaro_winkler(name, i.name).max(if part { 0.85 } else { 0.0 });
            (score, i.name)
        })
        .filter(|(s, _)| *s >= 0.8)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.into_iter().take(3).map(|(_, n)| n).collect()
}

/// "`a`", "`a` or `b`", "`a`, `b` or `c`".
pub(crate) fn or_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::{structures_schema, COLUMNS};
    use arrow::datatypes::DataType;

    #[test]
    fn every_stored_column_is_a_field_or_declared_not_filterable() {
        for c in COLUMNS {
            let as_field = FIELDS.iter().any(|i| i.name == c && i.source == FieldSource::Column(c));
            assert!(as_field || NOT_FILTERABLE.contains(&c), "column {c} has no field");
        }
    }

    #[test]
    fn field_types_agree_with_the_arrow_schema() {
        let schema = structures_schema();
        for info in FIELDS {
            let FieldSource::Column(c) = info.source else { continue };
            assert_eq!(info.source.columns(), vec![c]);
            let dt = schema.field_with_name(c).unwrap().data_type().clone();
            let ok = match info.ty {
                T::String => dt == DataType::Utf8,
                T::Integer => dt == DataType::Int32,
                T::Float => dt == DataType::Float64,
                T::StringList => matches!(&dt, DataType::List(f) if f.data_type() == &DataType::Utf8),
                T::ElementList => matches!(&dt, DataType::List(f) if f.data_type() == &DataType::UInt8),
                T::FloatList => matches!(&dt, DataType::List(f) if f.data_type() == &DataType::Float64),
                T::Timestamp | T::Unknown => false,
            };
            assert!(ok, "{} is {:?} but column {c} is {dt:?}", info.name, info.ty);
        }
    }

    #[test]
    fn docs_list_every_field() {
        let doc = include_str!("../../docs/FILTER.md");
        for info in FIELDS {
            assert!(
                doc.contains(&format!("| `{}` |", info.name)),
                "docs/FILTER.md lacks a row for {}",
                info.name
            );
        }
        for c in NOT_FILTERABLE {
            assert!(doc.contains(&format!("`{c}`")), "docs/FILTER.md does not mention {c}");
        }
    }

    #[test]
    fn names_resolve_with_and_without_our_prefix() {
        let r = resolve("_crystaldb_band_gap", 0..19).unwrap();
        assert_eq!((r.ty, r.source), (T::Float, C("band_gap")));
        let r = resolve("chemical_formula_reduced", 0..1).unwrap();
        assert_eq!(r.source, C("formula_reduced"));
        let r = resolve("_mp_band_gap", 0..1).unwrap();
        assert_eq!((r.ty, r.source), (T::Unknown, Null));
        let r = resolve("_crystaldb_chgnet_energy_per_atom", 0..1).unwrap();
        assert_eq!((r.ty, r.source), (T::Float, FieldSource::Predicted));
        assert_eq!(r.prediction_set(), Some("chgnet_energy_per_atom"));
        assert_eq!(resolve("band_gap", 0..1).unwrap().prediction_set(), None);
        assert!(resolve("_crystaldb_Nothing", 0..1).is_err(), "not a prediction set name");
        assert!(resolve("_crystaldb_", 0..1).is_err(), "our own prefix and no name");
        assert!(resolve("_nope", 0..5).unwrap_err().message.contains("_<provider>_<name>"));
        assert!(resolve("lattice", 0..7).unwrap_err().message.contains("nested arrays"));
    }

    #[test]
    fn unknown_names_suggest_close_ones() {
        let e = resolve("bandgap", 3..10).unwrap_err();
        assert_eq!(e.span, 3..10);
        assert!(e.message.contains("did you mean `band_gap`"), "{}", e.message);
        assert!(resolve("spacegroup", 0..1).unwrap_err().message.contains("`spacegroup_number`"));
        assert!(resolve("gap", 0..1).unwrap_err().message.contains("`band_gap`"));
        let e = resolve("zzzz", 0..4).unwrap_err();
        assert!(e.message.contains("docs/FILTER.md"), "{}", e.message);
    }
}

//! Helpers shared by the JSON readers: typed access to `serde_json` values with messages
//! fit for a located error, lattices and sites.

use crystaldb::structure::{crystal_system, element, Lattice, Site, SpaceGroup, Structure, Vec3};
use serde_json::{Map, Value};

/// A record that could not be converted: its id when known, and why.
#[derive(Debug)]
pub(crate) struct Bad {
    pub id: Option<String>,
    pub message: String,
}

impl From<String> for Bad {
    fn from(message: String) -> Self {
        Self { id: None, message }
    }
}

impl From<&str> for Bad {
    fn from(message: &str) -> Self {
        Self { id: None, message: message.to_string() }
    }
}

/// Attach a record id to an error message.
pub(crate) trait WithId<T> {
    fn with_id(self, id: &str) -> Result<T, Bad>;
}

impl<T> WithId<T> for Result<T, String> {
    fn with_id(self, id: &str) -> Result<T, Bad> {
        self.map_err(|message| Bad { id: Some(id.to_string()), message })
    }
}

impl<T> WithId<T> for Result<T, &str> {
    fn with_id(self, id: &str) -> Result<T, Bad> {
        self.map_err(|message| Bad { id: Some(id.to_string()), message: message.to_string() })
    }
}

impl<T> WithId<T> for Result<T, Bad> {
    fn with_id(self, id: &str) -> Result<T, Bad> {
        self.map_err(|mut b| {
            b.id.get_or_insert_with(|| id.to_string());
            b
        })
    }
}

/// A member of an object, `None` when absent or null.
pub(crate) fn get<'v>(obj: &'v Map<String, Value>, key: &str) -> Option<&'v Value> {
    obj.get(key).filter(|v| !v.is_null())
}

/// The properties whose source keys are present with a null value, from `(key, property)`
/// pairs: the source states them as unknown ([`crystaldb::Record::mark_unstated_absent`]).
pub(crate) fn stated_null(obj: &Map<String, Value>, keys: &[(&str, &'static str)]) -> Vec<&'static str> {
    keys.iter().filter(|(k, _)| obj.get(*k).is_some_and(Value::is_null)).map(|(_, p)| *p).collect()
}

/// A nested member by path, `None` when any step is absent or null.
pub(crate) fn path<'v>(v: &'v Value, keys: &[&str]) -> Option<&'v Value> {
    let mut cur = v;
    for k in keys {
        cur = cur.as_object()?.get(*k)?;
    }
    (!cur.is_null()).then_some(cur)
}

/// A number, or a string holding one (AFLUX writes every value as a string).
pub(crate) fn number(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse::<f64>().ok(),
        _ => None,
    }
}

/// A finite number, with a message naming `what` otherwise.
pub(crate) fn finite(v: &Value, what: &str) -> Result<f64, String> {
    match number(v) {
        Some(x) if x.is_finite() => Ok(x),
        Some(x) => Err(format!("{what} is {x}")),
        None => Err(format!("{what} is not a number: {}", short(v))),
    }
}

/// An optional property: `None` when absent or null, an error when present and not a finite
/// number.
pub(crate) fn opt_number(obj: &Map<String, Value>, key: &str) -> Result<Option<f64>, String> {
    match get(obj, key) {
        None => Ok(None),
        Some(v) => finite(v, key).map(Some),
    }
}

/// A string, or a number written as a string (ids such as OQMD's integer `entry_id`).
pub(crate) fn id_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A short rendering of a value for messages.
pub(crate) fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s
    }
}

/// Three finite numbers.
pub(crate) fn vec3(v: &Value, what: &str) -> Result<Vec3, String> {
    let a = v.as_array().ok_or_else(|| format!("{what} is not a list: {}", short(v)))?;
    if a.len() != 3 {
        return Err(format!("{what} has {} components, expected 3: {}", a.len(), short(v)));
    }
    Ok([
        finite(&a[0], &format!("{what}[0]"))?,
        finite(&a[1], &format!("{what}[1]"))?,
        finite(&a[2], &format!("{what}[2]"))?,
    ])
}

/// A list of 3-vectors.
pub(crate) fn vec3_list(v: &Value, what: &str) -> Result<Vec<Vec3>, String> {
    let a = v.as_array().ok_or_else(|| format!("{what} is not a list: {}", short(v)))?;
    a.iter().enumerate().map(|(i, x)| vec3(x, &format!("{what}[{i}]"))).collect()
}

/// A 3x3 matrix of finite numbers (rows).
pub(crate) fn matrix3(v: &Value, what: &str) -> Result<[Vec3; 3], String> {
    let rows = vec3_list(v, what)?;
    if rows.len() != 3 {
        return Err(format!("{what} has {} rows, expected 3", rows.len()));
    }
    Ok([rows[0], rows[1], rows[2]])
}

/// A lattice from row vectors (Å) that is finite and not singular.
pub(crate) fn lattice(m: [Vec3; 3], what: &str) -> Result<Lattice, String> {
    let l = Lattice::new(m);
    if !l.is_finite() {
        return Err(format!("{what} has non-finite entries"));
    }
    if l.inverse().is_none() {
        return Err(format!("{what} is singular (zero volume): {m:?}"));
    }
    Ok(l)
}

/// A lattice from lengths (Å) and angles (degrees).
pub(crate) fn lattice_from_parameters(p: &[f64], what: &str) -> Result<Lattice, String> {
    if p.len() != 6 {
        return Err(format!("{what} has {} numbers, expected a, b, c, alpha, beta, gamma", p.len()));
    }
    if !p.iter().all(|x| x.is_finite()) {
        return Err(format!("{what} has non-finite entries: {p:?}"));
    }
    let l =
        Lattice::from_parameters(p[0], p[1], p[2], p[3], p[4], p[5]).map_err(|e| format!("{what}: {e}"))?;
    lattice(l.matrix, what)
}

/// The atomic number of a species label ("Fe", "Fe2+", "O2-").
pub(crate) fn element_z(label: &str, what: &str) -> Result<u8, String> {
    element::atomic_number_lenient(label).ok_or_else(|| format!("{what}: unknown element {label:?}"))
}

/// Fractional coordinates of a Cartesian position (Å).
pub(crate) fn to_frac(l: &Lattice, cart: Vec3) -> Result<Vec3, String> {
    l.to_fractional(cart).ok_or_else(|| "singular lattice".to_string())
}

/// An occupancy in (0, 1].
pub(crate) fn occupancy(x: f64, what: &str) -> Result<f64, String> {
    if !(x.is_finite() && x > 0.0 && x <= 1.0 + 1e-6) {
        return Err(format!("{what}: occupancy {x} outside (0, 1]"));
    }
    Ok(x.min(1.0))
}

/// A structure from site rows, checked for what every reader must guarantee: at least one
/// site, finite coordinates, occupancies in (0, 1], a finite non-singular lattice.
pub(crate) fn structure(lattice: Lattice, sites: Vec<Site>) -> Result<Structure, String> {
    if sites.is_empty() {
        return Err("structure has no sites".into());
    }
    if !lattice.is_finite() || lattice.inverse().is_none() {
        return Err(format!("singular or non-finite lattice {:?}", lattice.matrix));
    }
    for (i, s) in sites.iter().enumerate() {
        if !s.frac.iter().all(|x| x.is_finite()) {
            return Err(format!("site {i}: non-finite coordinates {:?}", s.frac));
        }
        occupancy(s.occupancy, &format!("site {i}"))?;
    }
    Ok(Structure { lattice, sites })
}

/// A space group from a source's number (and symbol, when it has one).
pub(crate) fn spacegroup(number: &Value, symbol: Option<&Value>) -> Result<Option<SpaceGroup>, String> {
    let n = finite(number, "space group number")?;
    if n.fract() != 0.0 || !(1.0..=230.0).contains(&n) {
        return Err(format!("space group number {n} outside 1..=230"));
    }
    let n = n as i32;
    let symbol = symbol.and_then(|s| s.as_str()).map(|s| s.trim().to_string()).unwrap_or_default();
    Ok(Some(SpaceGroup {
        number: n,
        symbol,
        crystal_system: crystal_system(n).unwrap_or("unknown").to_string(),
    }))
}

/// 1 eV in joules (exact, SI 2019).
pub(crate) const EV_IN_J: f64 = 1.602_176_634e-19;

/// 1 m in Å.
pub(crate) const M_IN_ANGSTROM: f64 = 1e10;

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn numbers_and_strings() {
        assert_eq!(number(&json!(1.5)), Some(1.5));
        assert_eq!(number(&json!(" 6.8531 ")), Some(6.8531));
        assert_eq!(number(&json!("x")), None);
        assert!(finite(&json!("NaN"), "x").unwrap_err().contains("NaN"));
        assert!(finite(&json!(null), "x").is_err());
        assert_eq!(id_string(&json!(4177)), Some("4177".into()));
    }

    #[test]
    fn matrices() {
        assert!(matrix3(&json!([[1, 0, 0], [0, 1, 0]]), "m").is_err());
        assert!(matrix3(&json!([[1, 0, 0], [0, 1, 0], [0, 1]]), "m").is_err());
        assert!(matrix3(&json!([[1, 0, 0], [0, 1, 0], [0, null, 1]]), "m").is_err());
        let m = matrix3(&json!([[1, 0, 0], [2, 0, 0], [0, 0, 1]]), "m").unwrap();
        assert!(lattice(m, "m").unwrap_err().contains("singular"));
        assert!(lattice_from_parameters(&[1.0, 1.0, 1.0, 90.0, 90.0, 180.0], "g").is_err());
        assert!(lattice_from_parameters(&[1.0, 1.0, 1.0, 90.0, 90.0], "g").is_err());
    }

    #[test]
    fn spacegroups() {
        let sg = spacegroup(&json!(225), Some(&json!("Fm-3m"))).unwrap().unwrap();
        assert_eq!((sg.number, sg.symbol.as_str(), sg.crystal_system.as_str()), (225, "Fm-3m", "cubic"));
        assert!(spacegroup(&json!(231), None).is_err());
        assert!(spacegroup(&json!(2.5), None).is_err());
    }
}

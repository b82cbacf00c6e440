//! `crystaldb get`.

use super::{open_read, snapshot, Output};
use crystaldb::structure::element;
use std::path::Path;

/// `crystaldb get --db DIR ID`.
pub fn run(out: &Output, db: &Path, id: &str, version: Option<u64>) -> anyhow::Result<()> {
    let database = open_read(db)?;
    let snap = snapshot(&database, version)?;
    let Some(row) = snap.get(id)? else {
        let like = snap.ids_like(id)?;
        let hint = match like.as_slice() {
            [] => String::new(),
            [one] => format!("; did you mean {one}? (ids are SOURCE:SOURCE_ID)"),
            many => format!("; did you mean one of {}? (ids are SOURCE:SOURCE_ID)", many.join(", ")),
        };
        anyhow::bail!("no record {id} at version {}{hint}", snap.version());
    };
    if out.json {
        out.document(&row.to_json());
        return Ok(());
    }
    let sg = row.spacegroup.as_ref();
    println!("{}  {}  (source {}, version {})", row.id, row.formula_reduced, row.source, snap.version());
    println!(
        "space group {} {}  {}",
        sg.map(|s| s.number.to_string()).unwrap_or("?".into()),
        sg.map(|s| s.symbol.as_str()).unwrap_or(""),
        sg.map(|s| s.crystal_system.as_str()).unwrap_or("")
    );
    println!(
        "volume {:.4} Å³   density {:.4} g/cm³   {} sites",
        row.volume,
        row.density,
        row.structure.nsites()
    );
    if let Some(k) = &row.material_key {
        println!("material_key {k}");
    }
    for (name, v) in crystaldb::Properties::NAMES.iter().zip(row.properties.values()) {
        if let Some(v) = v {
            let unit = crystaldb::schema::column_doc(name).and_then(|c| c.unit.as_deref()).unwrap_or("");
            let from = row.provenance.get(*name).map(origin_text).unwrap_or_default();
            println!("{name} = {v} {unit}{from}");
        }
    }
    if let Some(o) = row.provenance.get(crystaldb::schema::STRUCTURE_PROVENANCE) {
        println!("structure{}", origin_text(o));
    }
    println!("lattice (Å, rows are a, b, c):");
    for r in row.structure.lattice.matrix {
        println!("  {:>12.6} {:>12.6} {:>12.6}", r[0], r[1], r[2]);
    }
    println!("sites (fractional):");
    for s in &row.structure.sites {
        let occ = if s.occupancy < 1.0 { format!("  occ {:.3}", s.occupancy) } else { String::new() };
        println!(
            "  {:<3} {:>10.6} {:>10.6} {:>10.6}{occ}",
            element::symbol(s.z).unwrap_or("?"),
            s.frac[0],
            s.frac[1],
            s.frac[2]
        );
    }
    if !row.extra.is_empty() {
        println!("extra (source fields):");
        for (k, v) in &row.extra {
            println!("  {k} = {v}");
        }
    }
    Ok(())
}

/// `  (from FILE record R, version V)`, as much of it as is known.
fn origin_text(o: &crystaldb::schema::ValueOrigin) -> String {
    match (&o.file, &o.record) {
        (Some(f), Some(r)) => format!("  (from {f} record {r}, version {})", o.version),
        (Some(f), None) => format!("  (from {f}, version {})", o.version),
        _ => format!("  (version {})", o.version),
    }
}

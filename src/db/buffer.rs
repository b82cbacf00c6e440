//! The shard buffer's size: "how many bytes does a buffered row hold, and when is a shard
//! written?"
//!
//! An insert buffers rows for one shard and writes the shard when the buffer reaches
//! `shard_rows` rows or [`SHARD_BUFFER_BYTES`] estimated bytes, so that its memory stays
//! roughly constant whatever the dump size. [`row_bytes`] is the estimate: within 25 % of what
//! the allocator hands out (`tests::row_bytes_match_the_allocator`).

use crate::schema::StructureRow;
use serde_json::{Map, Value};

/// Most bytes (estimated with [`row_bytes`]) of rows buffered for one shard: a shard is
/// written when its buffer reaches this or `shard_rows`, whichever comes first, so that an
/// insert's memory stays roughly constant whatever the dump size.
pub(crate) const SHARD_BUFFER_BYTES: usize = 32 << 20;

/// Bytes the allocator adds to each heap block (glibc: an 8-byte header and 16-byte rounding).
const BLOCK_OVERHEAD: usize = 16;

/// Slots of a `BTreeMap` node (std's `B = 6`: `2B - 1`).
const BTREE_NODE_SLOTS: usize = 11;

/// Heap bytes of one block of `bytes` requested bytes (none when nothing is requested).
fn block(bytes: usize) -> usize {
    if bytes == 0 {
        0
    } else {
        bytes + BLOCK_OVERHEAD
    }
}

/// Heap bytes under a JSON value: strings, array buffers and the B-tree nodes of objects.
fn json_heap_bytes(v: &Value) -> usize {
    match v {
        Value::String(s) => block(s.capacity()),
        Value::Array(a) => {
            block(a.capacity() * std::mem::size_of::<Value>()) + a.iter().map(json_heap_bytes).sum::<usize>()
        }
        Value::Object(m) => json_map_heap_bytes(m),
        Value::Null | Value::Bool(_) | Value::Number(_) => 0,
    }
}

/// Heap bytes of a JSON object: its keys and values, and B-tree leaves of
/// [`BTREE_NODE_SLOTS`] key-value slots each, about two thirds full on average (a map of one
/// entry already holds a whole leaf).
fn json_map_heap_bytes(m: &Map<String, Value>) -> usize {
    if m.is_empty() {
        return 0;
    }
    let slot = std::mem::size_of::<String>() + std::mem::size_of::<Value>();
    let leaves = m.len().div_ceil(BTREE_NODE_SLOTS * 2 / 3);
    let nodes = leaves * block(BTREE_NODE_SLOTS * slot + 16);
    nodes + m.iter().map(|(k, v)| block(k.capacity()) + json_heap_bytes(v)).sum::<usize>()
}

/// Bytes a buffered row holds, inline and on the heap, estimated from its strings' and
/// vectors' capacities, a walk of its `extra` JSON tree and the allocator's per-block overhead;
/// within 25 % of what the allocator hands out (`tests::row_bytes_match_the_allocator`).
pub(crate) fn row_bytes(row: &StructureRow) -> usize {
    let string = |s: &String| block(s.capacity());
    let strings = string(&row.id)
        + string(&row.source)
        + string(&row.source_id)
        + row.material_key.as_ref().map_or(0, string)
        + string(&row.formula_reduced)
        + string(&row.formula_anonymous)
        + string(&row.formula_hill)
        + string(&row.chemsys)
        + string(&row.fingerprint)
        + row.prototype.as_ref().map_or(0, string)
        + block(row.elements.capacity() * std::mem::size_of::<String>())
        + row.elements.iter().map(string).sum::<usize>()
        + row.spacegroup.as_ref().map_or(0, |s| string(&s.symbol) + string(&s.crystal_system));
    std::mem::size_of::<StructureRow>()
        + block(row.structure.sites.capacity() * std::mem::size_of::<crate::structure::Site>())
        + strings
        + json_map_heap_bytes(&row.extra)
        + provenance_bytes(&row.provenance)
}

/// Heap bytes of a row's provenance: a B-tree node per 11 entries, and each entry's strings.
fn provenance_bytes(p: &crate::schema::Provenance) -> usize {
    if p.is_empty() {
        return 0;
    }
    let entry = std::mem::size_of::<String>() + std::mem::size_of::<crate::schema::ValueOrigin>();
    let string = |s: &String| block(s.capacity());
    p.len().div_ceil(11) * block(11 * entry + 64)
        + p.iter()
            .map(|(k, v)| string(k) + v.file.as_ref().map_or(0, string) + v.record.as_ref().map_or(0, string))
            .sum::<usize>()
}

/// Whether a shard buffer of `rows` rows and `bytes` estimated bytes must be written now.
pub(crate) fn buffer_full(rows: usize, bytes: usize, shard_rows: usize) -> bool {
    rows >= shard_rows || bytes >= SHARD_BUFFER_BYTES
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Record;
    use crate::schema::row::DeriveOptions;
    use crate::structure::{Lattice, Structure};

    fn row(n: usize, note: &str) -> StructureRow {
        let lattice = Lattice::new([[4.0 * n as f64, 0.0, 0.0], [0.0, 4.0, 0.0], [0.0, 0.0, 4.0]]);
        let frac: Vec<[f64; 3]> = (0..n).map(|i| [i as f64 / n as f64, 0.0, 0.0]).collect();
        let mut r = Record::new("t", "x", Structure::new(lattice, &vec![11; n], &frac).unwrap());
        r.extra.insert("note".into(), serde_json::Value::String(note.into()));
        StructureRow::from_record(r, &DeriveOptions::default()).unwrap()
    }

    #[test]
    fn row_bytes_grow_with_sites_and_extra() {
        let small = row_bytes(&row(1, ""));
        assert!(small >= std::mem::size_of::<StructureRow>());
        assert!(row_bytes(&row(8, "")) > small);
        assert!(row_bytes(&row(1, &"x".repeat(1000))) >= small + 1000);
    }

    #[test]
    fn row_bytes_match_the_allocator() {
        // Demo crystals (2-40 sites, no extra) and rows whose `extra` is a real MP document.
        let options = DeriveOptions::default();
        let mut rows: Vec<StructureRow> = crate::demo::demo_records(&crate::demo::DemoOptions::default())
            .into_iter()
            .take(200)
            .map(|r| StructureRow::from_record(r, &options).unwrap())
            .collect();
        let plain = rows.len();
        if let Some(data) = crate::testdata::require("row_bytes_match_the_allocator") {
            for doc in ["mp-1_tasks.json", "mp-1_materials.json", "mp-1_thermo.json", "mp-1_eos.json"] {
                let text = std::fs::read_to_string(data.join("formats/mp").join(doc)).unwrap();
                let mut r = row(4, "");
                r.extra = match serde_json::from_str(&text).unwrap() {
                    Value::Object(m) => m,
                    other => Map::from_iter([("doc".to_string(), other)]),
                };
                rows.push(r);
            }
        }
        // Measured on a clone (built on this thread only): what the allocator handed out, plus
        // its per-block overhead.
        let measure = |rows: &[StructureRow]| {
            let (b0, n0) = crate::test_alloc::held();
            let copy = rows.to_vec();
            let (b1, n1) = crate::test_alloc::held();
            let held = (b1 - b0) as usize + BLOCK_OVERHEAD * (n1 - n0) as usize;
            let estimate: usize = copy.iter().map(row_bytes).sum();
            (held, estimate)
        };
        for (what, part) in [("demo rows", &rows[..plain]), ("rows with an MP document", &rows[plain..])] {
            if part.is_empty() {
                continue;
            }
            let (held, estimate) = measure(part);
            let ratio = estimate as f64 / held as f64;
            eprintln!("{what}: estimate {estimate} B, allocator {held} B, ratio {ratio:.2}");
            assert!((0.8..=1.25).contains(&ratio), "{what}: estimate {estimate} B vs allocator {held} B");
        }
    }

    #[test]
    fn a_shard_is_written_at_its_row_or_byte_limit() {
        assert!(!buffer_full(10, 1000, 100));
        assert!(buffer_full(100, 1000, 100));
        assert!(buffer_full(10, SHARD_BUFFER_BYTES, 100_000));
        assert!(!buffer_full(10, SHARD_BUFFER_BYTES - 1, 100_000));
    }
}

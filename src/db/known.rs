//! "Is this crystal already known?": the stored records that are the same crystal as a given
//! structure, for de-duplicating a dump before ingest or screening generated candidates.
//!
//! The verdict is [`fit`]'s — the comparison ingest confirms its material links with, pymatgen
//! `StructureMatcher`'s semantics and default tolerances (primitive cells, volumes scaled to
//! agree, `ltol`/`stol`/`angle_tol`) — applied to every stored record of the snapshot with the
//! same reduced formula and a volume per atom within `volume_tolerance` (the catalog's
//! fingerprint table lists them by formula and 5 % volume bucket, so no shard is scanned).
//! `StructureMatcher` scales volumes without a limit: an infinite `volume_tolerance` does the
//! same (what `crystaldb match` uses unless told otherwise; ingest links within 10 %).
//! Unlike ingest, no signature screen comes first: the signature compares neighbour distances
//! within 3 %, stricter than `stol`, and would call a thermally jittered copy new.

use super::link::{bucket_of, bucket_reach, near_buckets};
use super::Snapshot;
use crate::catalog;
use crate::error::Result;
use crate::schema::row::volume_bucket;
use crate::schema::StructureRow;
use crate::shard;
use crate::structure::compare::{fit_prepared, Fit, MatchTolerance, Prepared};
use crate::structure::Structure;
use arrow::array::{Array, StringArray};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap, HashSet};

/// A stored record that is the same crystal as a queried structure.
#[derive(Debug, Clone, PartialEq)]
pub struct KnownMatch {
    /// Record id (`source:source_id`).
    pub id: String,
    /// The record's material key: the id of the first record of this material (the record's
    /// own id when ingest linked it to no other).
    pub material_key: String,
    /// How well the two superimpose.
    pub fit: Fit,
}

impl Snapshot {
    /// For each structure, the records of this snapshot that are the same crystal within `tol`
    /// (see the module documentation), best fit (smallest rms) first; `None` for a structure
    /// that cannot be compared (partial occupancy, no sites). An empty list means the crystal
    /// is new to this snapshot.
    pub fn same_crystals(
        &self,
        structures: &[Structure],
        tol: &MatchTolerance,
    ) -> Result<Vec<Option<Vec<KnownMatch>>>> {
        Ok(self.same_crystals_and_prepared(structures, tol)?.1)
    }

    /// [`Snapshot::same_crystals`], and the structures prepared for comparison as [`prepare_all`]
    /// prepares them (for [`first_equal_prepared`]). Preparing the structures and reading the
    /// stored candidates run side by side.
    #[allow(clippy::type_complexity)]
    pub fn same_crystals_and_prepared(
        &self,
        structures: &[Structure],
        tol: &MatchTolerance,
    ) -> Result<(Vec<Option<Prepared>>, Vec<Option<Vec<KnownMatch>>>)> {
        // A structure's reduced formula and volume per atom are its primitive cell's.
        let keys: Vec<Option<(String, f64)>> = structures
            .iter()
            .map(|s| (s.is_ordered() && !s.sites.is_empty()).then(|| search_key(s)))
            .collect();
        let (prepared, stored) = rayon::join(|| prepare_all(structures, tol), || self.candidates(&keys, tol));
        let (candidates, stored) = stored?;
        let found = fits(&prepared, &candidates, &stored, tol);
        Ok((prepared, found))
    }

    /// [`Snapshot::same_crystals`] of structures prepared with [`prepare_all`] at `tol`.
    pub fn same_crystals_prepared(
        &self,
        queries: &[Option<Prepared>],
        tol: &MatchTolerance,
    ) -> Result<Vec<Option<Vec<KnownMatch>>>> {
        let keys: Vec<Option<(String, f64)>> =
            queries.iter().map(|q| q.as_ref().map(|q| search_key(q.cell()))).collect();
        let (candidates, stored) = self.candidates(&keys, tol)?;
        Ok(fits(queries, &candidates, &stored, tol))
    }

    /// The candidate ids of each query key (reduced formula, volume per atom) from the
    /// fingerprint table, and each candidate's material key and prepared structure.
    fn candidates(
        &self,
        keys: &[Option<(String, f64)>],
        tol: &MatchTolerance,
    ) -> Result<(Vec<Vec<String>>, Stored)> {
        // Buckets within the volume tolerance (every bucket when it is unlimited).
        let reach = bucket_reach(tol.volume_tolerance);
        let tx = self.inner().catalog.begin_read()?;
        let mut candidates: Vec<Vec<String>> = Vec::with_capacity(keys.len());
        for key in keys {
            let Some((formula, volume_per_atom)) = key else {
                candidates.push(vec![]);
                continue;
            };
            let bucket = volume_bucket(*volume_per_atom);
            let near = |key: &str| near_buckets(bucket_of(key), Some(bucket), reach);
            let mut ids: Vec<String> =
                catalog::fingerprint_ids(&tx, formula, near)?.into_iter().flatten().collect();
            ids.sort_unstable();
            ids.dedup();
            candidates.push(ids);
        }
        // Where each candidate's row of this version is, by shard.
        let mut by_shard: BTreeMap<u64, Vec<u32>> = BTreeMap::new();
        let mut located: HashSet<&str> = HashSet::new();
        for id in candidates.iter().flatten() {
            if located.contains(id.as_str()) {
                continue;
            }
            if let Some(e) = catalog::visible_entry(&catalog::id_entries(&tx, id)?, self.version()) {
                located.insert(id);
                by_shard.entry(e.shard).or_default().push(e.row);
            }
        }
        drop(tx);
        // Each shard's file and sorted candidate rows.
        let shards: Vec<(std::path::PathBuf, Vec<u32>)> = by_shard
            .into_iter()
            .map(|(shard, mut rows)| {
                let Some(info) = self.shards().iter().find(|s| s.id == shard) else {
                    return Err(crate::Error::DanglingEntry { id: "?".into(), shard });
                };
                rows.sort_unstable();
                rows.dedup();
                Ok((self.inner().dir.join(&info.file), rows))
            })
            .collect::<Result<_>>()?;
        // (id, material key, structure) of each candidate row: only the columns they need, read
        // as two tasks per shard (the fractional coordinates are most of the bytes) so that the
        // threads share the decoding evenly, then joined row by row.
        let groups: [&[&str]; 2] =
            [&["id", "material_key", "lattice", "species_at_sites", "occupancy"], &["frac_coords"]];
        let tasks: Vec<(usize, usize)> = (0..shards.len()).flat_map(|s| [(s, 0), (s, 1)]).collect();
        let parts: Vec<Vec<arrow::array::RecordBatch>> = tasks
            .par_iter()
            .map(|&(k, g)| {
                let (path, rows) = &shards[k];
                let columns: Vec<String> = groups[g].iter().map(|c| c.to_string()).collect();
                shard::read(path, Some(&columns), Some(rows), rows.len())
            })
            .collect::<Result<_>>()?;
        let read: Vec<Vec<(String, String, Structure)>> = parts
            .par_chunks(2)
            .zip(&shards)
            .map(|(pair, (path, _))| {
                let mut out = Vec::new();
                if pair[0].len() != pair[1].len() {
                    return Err(crate::Error::shard(path, "column groups read in different batches"));
                }
                for (a, b) in pair[0].iter().zip(&pair[1]) {
                    let b = join_columns(a, b).map_err(|e| crate::Error::shard(path, e))?;
                    let keys = b
                        .column_by_name("material_key")
                        .and_then(|c| c.as_any().downcast_ref::<StringArray>())
                        .ok_or_else(|| {
                            crate::Error::shard(path, "column material_key is not a string column")
                        })?;
                    for (i, (id, structure)) in StructureRow::ids_and_structures(&b)?.into_iter().enumerate()
                    {
                        let key = if keys.is_null(i) { id.clone() } else { keys.value(i).to_string() };
                        out.push((id, key, structure));
                    }
                }
                Ok(out)
            })
            .collect::<Result<_>>()?;
        let stored: Stored = read
            .into_par_iter()
            .flatten()
            .filter(|(id, _, _)| located.contains(id.as_str()))
            .map(|(id, key, structure)| {
                let prepared = Prepared::new(&structure, tol);
                (id, (key, prepared))
            })
            .collect();
        Ok((candidates, stored))
    }
}

/// Stored candidates by record id: material key and prepared structure.
type Stored = HashMap<String, (String, Option<Prepared>)>;

/// Reduced formula and volume per atom: where the fingerprint table files a structure.
fn search_key(s: &Structure) -> (String, f64) {
    let comp = s.composition();
    (comp.reduced_formula(), s.volume() / comp.total())
}

/// Each query's fits against its candidates, best first.
fn fits(
    queries: &[Option<Prepared>],
    candidates: &[Vec<String>],
    stored: &Stored,
    tol: &MatchTolerance,
) -> Vec<Option<Vec<KnownMatch>>> {
    queries
        .par_iter()
        .zip(candidates)
        .map(|(q, ids)| {
            let q = q.as_ref()?;
            let mut found: Vec<KnownMatch> = ids
                .iter()
                .filter_map(|id| {
                    let (key, prepared) = stored.get(id.as_str())?;
                    let fit = fit_prepared(q, prepared.as_ref()?, tol)?;
                    Some(KnownMatch { id: id.clone(), material_key: key.clone(), fit })
                })
                .collect();
            found.sort_by(|a, b| a.fit.rms.total_cmp(&b.fit.rms).then_with(|| a.id.cmp(&b.id)));
            Some(found)
        })
        .collect()
}

/// The columns of `a` and `b` (the same rows) as one batch.
fn join_columns(
    a: &arrow::array::RecordBatch,
    b: &arrow::array::RecordBatch,
) -> std::result::Result<arrow::array::RecordBatch, arrow::error::ArrowError> {
    let fields: Vec<_> = a.schema().fields().iter().chain(b.schema().fields().iter()).cloned().collect();
    let columns = a.columns().iter().chain(b.columns()).cloned().collect();
    arrow::array::RecordBatch::try_new(std::sync::Arc::new(arrow::datatypes::Schema::new(fields)), columns)
}

/// For each structure, the index of the first earlier structure of the list that is the same
/// crystal within `tol` (by [`fit`](crate::structure::compare::fit) against the first
/// structure of each distinct crystal seen so far with the same reduced formula), or `None`
/// when it is the first of its kind or cannot be compared. The distinct crystals among the
/// inputs are those with `None` that are comparable.
pub fn first_equal(structures: &[Structure], tol: &MatchTolerance) -> Vec<Option<usize>> {
    first_equal_prepared(&prepare_all(structures, tol), tol)
}

/// Each structure prepared for comparison at `tol` (`None`: not comparable), in parallel.
pub fn prepare_all(structures: &[Structure], tol: &MatchTolerance) -> Vec<Option<Prepared>> {
    structures.par_iter().map(|s| Prepared::new(s, tol)).collect()
}

/// [`first_equal`] of structures prepared with [`prepare_all`] at `tol`.
pub fn first_equal_prepared(prepared: &[Option<Prepared>], tol: &MatchTolerance) -> Vec<Option<usize>> {
    let mut by_formula: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, p) in prepared.iter().enumerate() {
        if let Some(p) = p {
            by_formula.entry(p.cell().composition().reduced_formula()).or_default().push(i);
        }
    }
    let groups: Vec<Vec<usize>> = by_formula.into_values().collect();
    let found: Vec<Vec<(usize, usize)>> = groups
        .par_iter()
        .map(|members| {
            let mut firsts: Vec<usize> = Vec::new();
            let mut same = Vec::new();
            for &i in members {
                let p = prepared[i].as_ref().expect("grouped structures are comparable");
                let hit = firsts
                    .iter()
                    .copied()
                    .find(|&f| fit_prepared(prepared[f].as_ref().expect("comparable"), p, tol).is_some());
                match hit {
                    Some(f) => same.push((i, f)),
                    None => firsts.push(i),
                }
            }
            same
        })
        .collect();
    let mut out = vec![None; prepared.len()];
    for (i, f) in found.into_iter().flatten() {
        out[i] = Some(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::structure::Lattice;

    fn rocksalt(a: f64, z: [u8; 2]) -> Structure {
        let l = Lattice::new([[0.0, a / 2.0, a / 2.0], [a / 2.0, 0.0, a / 2.0], [a / 2.0, a / 2.0, 0.0]]);
        Structure::new(l, &z, &[[0.0; 3], [0.5; 3]]).unwrap()
    }

    fn cscl(a: f64, z: [u8; 2]) -> Structure {
        let l = Lattice::new([[a, 0.0, 0.0], [0.0, a, 0.0], [0.0, 0.0, a]]);
        Structure::new(l, &z, &[[0.0; 3], [0.5; 3]]).unwrap()
    }

    #[test]
    fn first_equal_groups_same_crystals_and_keeps_polymorphs_apart() {
        let tol = MatchTolerance::default();
        let list = [
            rocksalt(5.64, [11, 17]),
            cscl(3.3, [11, 17]),
            rocksalt(5.70, [11, 17]),
            rocksalt(5.0, [19, 35]),
            cscl(3.31, [11, 17]),
            rocksalt(5.64, [17, 11]),
        ];
        assert_eq!(first_equal(&list, &tol), vec![None, None, Some(0), None, Some(1), Some(0)]);
    }
}

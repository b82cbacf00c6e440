//! The contrastive objectives: `infonce` and `triplet` over two views of each crystal.

use super::{cross_entropy, graphs_of, ints, normalize, Example, Head, Step, LOCAL_SITES};
use crate::augment::{view, view_mapped, ViewOptions};
use crate::graph::GraphBatch;
use crate::model::BatchTensors;
use crate::rng::SeededRng;
use burn::tensor::activation::relu;
use burn::tensor::{Bool, Device, Tensor, TensorData};
use crystaldb::structure::Structure;
use crystaldb::{Error, Result};
use rayon::prelude::*;

/// The projections of one batch's views: two per crystal (`z1`, `z2`, rows in `idx` order) and
/// one per mined hard negative (`zh`).
struct Views {
    batch: GraphBatch,
    /// Row maps of the two views of each crystal (view row -> original site).
    maps: Vec<Vec<usize>>,
    nodes: Tensor<2>,
    proj: Tensor<2>,
    /// (position in the batch, example index) of each mined hard negative.
    hard_rows: Vec<(usize, usize)>,
    z1: Tensor<2>,
    z2: Tensor<2>,
    zh: Option<Tensor<2>>,
}

/// Draw the views of the batch (crystal `k`: views `2k`, `2k + 1`; hard negatives after them)
/// and project them.
fn views(s: &Step, rng: &mut SeededRng) -> Result<Views> {
    let Step { net, head, options, config, examples, idx, device } = *s;
    let vopts = ViewOptions { jitter: options.jitter, max_atoms: options.max_atoms, strain: options.strain };
    let mut seeds: Vec<u64> = Vec::with_capacity(3 * idx.len());
    for _ in 0..3 * idx.len() {
        seeds.push((rng.unit() * 9.0e15) as u64);
    }
    let hard: Vec<Option<usize>> =
        idx.iter().map(|&i| if options.hard_negatives { examples[i].hard_negative } else { None }).collect();
    let (mut structures, maps): (Vec<Structure>, Vec<Vec<usize>>) = idx
        .par_iter()
        .enumerate()
        .flat_map_iter(|(k, &i)| {
            let s = &examples[i].structure;
            [
                view_mapped(s, &vopts, &mut SeededRng::new(seeds[3 * k])),
                view_mapped(s, &vopts, &mut SeededRng::new(seeds[3 * k + 1])),
            ]
        })
        .unzip();
    let hard_rows: Vec<(usize, usize)> =
        hard.iter().enumerate().filter_map(|(k, h)| h.map(|j| (k, j))).collect();
    for &(k, j) in &hard_rows {
        structures.push(view(&examples[j].structure, &vopts, &mut SeededRng::new(seeds[3 * k + 2])));
    }
    let graphs = graphs_of(&structures, config)?;
    let mut batch = GraphBatch::new(&graphs);
    if options.view_mask > 0.0 {
        mask_view_species(&mut batch, options.view_mask, rng);
    }
    let b = BatchTensors::new(&batch, device);
    let (emb, nodes) = net.embed_with_nodes(config, &b);
    let proj = normalize(head.l2.forward(relu(head.l1.forward(emb))));
    let n = idx.len();
    let nh = hard_rows.len();
    let z1 = select(&proj, (0..n as i64).map(|k| 2 * k).collect(), device);
    let z2 = select(&proj, (0..n as i64).map(|k| 2 * k + 1).collect(), device);
    let zh = (nh > 0).then(|| select(&proj, (0..nh as i64).map(|k| 2 * n as i64 + k).collect(), device));
    Ok(Views { batch, maps, nodes, proj, hard_rows, z1, z2, zh })
}

fn select(proj: &Tensor<2>, rows: Vec<i64>, device: &Device) -> Tensor<2> {
    proj.clone().select(0, ints(rows, device))
}

/// `infonce`: symmetric InfoNCE with temperature τ over the in-batch negatives (and the mined
/// hard negatives), optional false-negative cancellation and per-atom term.
pub(super) fn infonce(s: &Step, rng: &mut SeededRng) -> Result<Tensor<1>> {
    let Step { head, options, examples, idx, device, .. } = *s;
    let Views { batch, maps, nodes, hard_rows, z1, z2, zh, .. } = views(s, rng)?;
    let n = idx.len();
    let nh = hard_rows.len();
    let t = options.temperature;
    let sim12 = z1.clone().matmul(z2.clone().transpose()).div_scalar(t);
    let classes: Vec<usize> = (0..n).collect();
    let (mut logits, mut logits_t) = (sim12.clone(), sim12.clone().transpose());
    if options.cancel_nearest > 0 && n > 2 {
        let sims = crate::weights::values(sim12.clone());
        let rows = nearest_negatives(&sims, n, options.cancel_nearest, false);
        let cols = nearest_negatives(&sims, n, options.cancel_nearest, true);
        let mask = |m: Vec<bool>| Tensor::<2, Bool>::from_data(TensorData::new(m, [n, n]), device);
        logits = logits.mask_fill(mask(rows), -1e4);
        logits_t = logits_t.mask_fill(mask(cols), -1e4);
    }
    if let Some(zh) = &zh {
        // A hard negative that is a view of the anchor's own crystal is not a negative.
        let mut mask = vec![false; n * nh];
        for (col, &(_, j)) in hard_rows.iter().enumerate() {
            for (row, &i) in idx.iter().enumerate() {
                mask[row * nh + col] = i == j;
            }
        }
        let mask: Tensor<2, Bool> = Tensor::from_data(TensorData::new(mask, [n, nh]), device);
        let simh = z1.clone().matmul(zh.clone().transpose()).div_scalar(t).mask_fill(mask, -1e4);
        logits = Tensor::cat(vec![logits, simh], 1);
    }
    let l1 = cross_entropy(logits, &classes, device);
    let l2 = cross_entropy(logits_t, &classes, device);
    let global = (l1 + l2).div_scalar(2.0);
    if options.local_weight > 0.0 {
        let atoms = LocalPairs::draw(examples, idx, &maps, &batch, rng);
        if let Some(local) = atoms.loss(head, nodes, t, device)? {
            return Ok(global + local.mul_scalar(options.local_weight));
        }
    }
    Ok(global)
}

/// `triplet`: anchor view, positive view, negative = the mined hard negative when there is one,
/// else the most similar other crystal of the batch; hinge on the cosine distances.
pub(super) fn triplet(s: &Step, rng: &mut SeededRng) -> Result<Tensor<1>> {
    let Step { options, idx, device, .. } = *s;
    let Views { proj, hard_rows, z1, z2, .. } = views(s, rng)?;
    let n = idx.len();
    // Negative: the mined one, else the most similar other crystal of the batch.
    let sims = crate::weights::values(z1.clone().matmul(z2.clone().transpose()));
    let mut neg_rows = Vec::with_capacity(n);
    let mut hard_of = vec![None; n];
    for (col, &(k, _)) in hard_rows.iter().enumerate() {
        hard_of[k] = Some(col);
    }
    for k in 0..n {
        let row = match hard_of[k] {
            Some(col) => 2 * n + col,
            None => {
                let best = (0..n)
                    .filter(|&j| j != k && idx[j] != idx[k])
                    .max_by(|&a, &b| sims[k * n + a].total_cmp(&sims[k * n + b]));
                best.map_or(2 * k + 1, |j| 2 * j + 1)
            }
        };
        neg_rows.push(row as i64);
    }
    let zn = select(&proj, neg_rows, device);
    let dp = (z1.clone() * z2).sum_dim(1).neg().add_scalar(1.0);
    let dn = (z1 * zn).sum_dim(1).neg().add_scalar(1.0);
    Ok(relu((dp - dn).add_scalar(options.margin)).mean())
}

/// Row-major `n × n` mask of each anchor's `k` most similar negatives in the similarity matrix
/// `sims` (anchors are rows, or columns when `transposed`); the diagonal (the positive) is never
/// masked, and at least one negative per anchor is always kept.
pub(super) fn nearest_negatives(sims: &[f32], n: usize, k: usize, transposed: bool) -> Vec<bool> {
    let at = |a: usize, b: usize| if transposed { sims[b * n + a] } else { sims[a * n + b] };
    let k = k.min(n.saturating_sub(2));
    let mut mask = vec![false; n * n];
    for a in 0..n {
        let mut others: Vec<usize> = (0..n).filter(|&b| b != a).collect();
        others.sort_by(|&x, &y| at(a, y).total_cmp(&at(a, x)).then(x.cmp(&y)));
        for &b in &others[..k] {
            mask[a * n + b] = true;
        }
    }
    mask
}

/// Hide the element of about `fraction` of the nodes of every graph of `batch` behind the mask
/// token (species 0), each node independently; positions, edges and occupancies are untouched.
pub(super) fn mask_view_species(batch: &mut GraphBatch, fraction: f64, rng: &mut SeededRng) {
    for species in &mut batch.species {
        if rng.unit() < fraction {
            *species = 0;
        }
    }
}

/// The atoms the per-atom InfoNCE term follows through the two views of each crystal.
struct LocalPairs {
    /// Node row of the atom in the first view (batch numbering).
    first: Vec<i64>,
    /// Node row of the same atom in the second view.
    second: Vec<i64>,
    /// Crystal (position in the batch) of each atom.
    crystal: Vec<usize>,
    /// Element of each atom.
    z: Vec<u8>,
}

impl LocalPairs {
    /// Up to [`LOCAL_SITES`] atoms per crystal (a seeded choice when it has more), located in
    /// views `2k` and `2k + 1` of crystal `k` by the views' row maps.
    fn draw(
        examples: &[Example],
        idx: &[usize],
        maps: &[Vec<usize>],
        batch: &GraphBatch,
        rng: &mut SeededRng,
    ) -> Self {
        let mut out = Self { first: vec![], second: vec![], crystal: vec![], z: vec![] };
        for (k, &i) in idx.iter().enumerate() {
            let s = &examples[i].structure;
            let first_row = |map: &[usize]| {
                let mut row = vec![usize::MAX; s.nsites()];
                for (r, &o) in map.iter().enumerate().rev() {
                    row[o] = r;
                }
                row
            };
            let (r1, r2) = (first_row(&maps[2 * k]), first_row(&maps[2 * k + 1]));
            let mut sites: Vec<usize> = (0..s.nsites()).collect();
            rng.shuffle(&mut sites);
            sites.truncate(LOCAL_SITES);
            sites.sort_unstable();
            for site in sites {
                out.first.push((batch.node_offsets[2 * k] + r1[site]) as i64);
                out.second.push((batch.node_offsets[2 * k + 1] + r2[site]) as i64);
                out.crystal.push(k);
                out.z.push(s.sites[site].z);
            }
        }
        out
    }

    /// The symmetric per-atom InfoNCE loss over the atoms that have at least one negative (an
    /// atom of the same element in another crystal), or `None` when no atom has one.
    fn loss(&self, head: &Head, nodes: Tensor<2>, t: f64, device: &Device) -> Result<Option<Tensor<1>>> {
        let (Some(p1), Some(p2)) = (&head.local1, &head.local2) else {
            return Err(Error::invalid("infonce with local_weight > 0 needs the per-atom head"));
        };
        let m = self.first.len();
        let allowed =
            |a: usize, b: usize| a == b || (self.crystal[a] != self.crystal[b] && self.z[a] == self.z[b]);
        let rows: Vec<usize> = (0..m).filter(|&a| (0..m).any(|b| b != a && allowed(a, b))).collect();
        if rows.is_empty() {
            return Ok(None);
        }
        let project = |rows: &[i64]| {
            let h = nodes.clone().select(0, ints(rows.to_vec(), device));
            normalize(p2.forward(relu(p1.forward(h))))
        };
        let (q1, q2) = (project(&self.first), project(&self.second));
        let r = rows.len();
        let mut blocked = vec![false; r * m];
        for (row, &a) in rows.iter().enumerate() {
            for b in 0..m {
                blocked[row * m + b] = !allowed(a, b);
            }
        }
        let blocked: Tensor<2, Bool> = Tensor::from_data(TensorData::new(blocked, [r, m]), device);
        let sel = ints(rows.iter().map(|&a| a as i64).collect(), device);
        let l12 = q1.clone().select(0, sel.clone()).matmul(q2.clone().transpose()).div_scalar(t);
        let l21 = q2.select(0, sel).matmul(q1.transpose()).div_scalar(t);
        let l12 = l12.mask_fill(blocked.clone(), -1e4);
        let l21 = l21.mask_fill(blocked, -1e4);
        Ok(Some((cross_entropy(l12, &rows, device) + cross_entropy(l21, &rows, device)).div_scalar(2.0)))
    }
}

//! The masking objectives: `masked-atom` (predict hidden elements) and `edge-mask` (predict
//! hidden bonds and their lengths).

use super::{cross_entropy, ints, Step};
use crate::graph::GraphBatch;
use crate::model::{floats, BatchTensors};
use crate::rng::SeededRng;
use burn::tensor::activation::softplus;
use burn::tensor::Tensor;
use crystaldb::{Error, Result};

/// `masked-atom`: about `mask_fraction` of the sites of each crystal (at least one) get the mask
/// token; cross-entropy of the predicted element.
pub(super) fn masked_atom(s: &Step, rng: &mut SeededRng) -> Result<Tensor<1>> {
    let Step { net, head, options, config, examples, idx, device } = *s;
    let mut batch = GraphBatch::new(idx.iter().map(|&i| &examples[i].graph));
    let mut masked = Vec::new();
    let mut truth = Vec::new();
    for g in 0..batch.num_graphs {
        let (lo, hi) = (batch.node_offsets[g], batch.node_offsets[g + 1]);
        let mut chosen: Vec<usize> = (lo..hi).filter(|_| rng.unit() < options.mask_fraction).collect();
        if chosen.is_empty() {
            chosen.push(lo + rng.index(hi - lo));
        }
        for v in chosen {
            truth.push(batch.species[v] as usize);
            batch.species[v] = 0;
            masked.push(v as i64);
        }
    }
    let b = BatchTensors::new(&batch, device);
    let h = net.nodes(config, &b).select(0, ints(masked, device));
    let logits = head.l2.forward(softplus(head.l1.forward(h), 1.0));
    Ok(cross_entropy(logits, &truth, device))
}

/// `edge-mask`: about `edge_mask_fraction` of the bonded pairs lose every edge between them;
/// binary cross-entropy of "bonded" against random other-crystal pairs plus the squared error of
/// the length / cutoff.
pub(super) fn edge_mask(s: &Step, rng: &mut SeededRng) -> Result<Tensor<1>> {
    let Step { net, head, options, config, examples, idx, device } = *s;
    let mut batch = GraphBatch::new(idx.iter().map(|&i| &examples[i].graph));
    // Hide every edge between the chosen atom pairs.
    let mut pairs: Vec<(u32, u32)> =
        batch.center.iter().zip(&batch.neighbor).map(|(&c, &n)| (c.min(n), c.max(n))).collect();
    pairs.sort_unstable();
    pairs.dedup();
    if pairs.is_empty() {
        return Err(Error::invalid("edge-mask: a batch without edges (is the cutoff too small?)"));
    }
    let mut hidden: Vec<(u32, u32)> =
        pairs.iter().copied().filter(|_| rng.unit() < options.edge_mask_fraction).collect();
    if hidden.is_empty() {
        hidden.push(pairs[rng.index(pairs.len())]);
    }
    let mut length = vec![f32::INFINITY; hidden.len()];
    let keep: Vec<bool> = (0..batch.num_edges())
        .map(|e| {
            let key = (batch.center[e].min(batch.neighbor[e]), batch.center[e].max(batch.neighbor[e]));
            match hidden.binary_search(&key) {
                Ok(k) => {
                    length[k] = length[k].min(batch.distance[e]);
                    false
                }
                Err(_) => true,
            }
        })
        .collect();
    batch.retain_edges(|e| keep[e]);
    // Negatives: the first atom of each hidden pair with a random atom of another crystal.
    let mut a = Vec::new();
    let mut c = Vec::new();
    for &(p, q) in &hidden {
        a.push(i64::from(p));
        c.push(i64::from(q));
    }
    let mut negatives = 0;
    if batch.num_graphs > 1 {
        for &(p, _) in &hidden {
            let g = batch.graph_of_node[p as usize] as usize;
            let mut other = rng.index(batch.num_graphs - 1);
            if other >= g {
                other += 1;
            }
            let (lo, hi) = (batch.node_offsets[other], batch.node_offsets[other + 1]);
            a.push(i64::from(p));
            c.push((lo + rng.index(hi - lo)) as i64);
            negatives += 1;
        }
    }
    let npos = hidden.len();
    let b = BatchTensors::new(&batch, device);
    let h = net.nodes(config, &b);
    let ha = h.clone().select(0, ints(a, device));
    let hc = h.select(0, ints(c, device));
    let feats = Tensor::cat(vec![ha.clone() * hc.clone(), (ha - hc).abs()], 1);
    let out = head.l2.forward(softplus(head.l1.forward(feats), 1.0));
    let total = npos + negatives;
    let logit = out.clone().slice([0..total, 0..1]);
    let labels: Vec<f32> = (0..total).map(|k| if k < npos { 1.0 } else { 0.0 }).collect();
    let y = floats(labels, [total, 1], device);
    // Binary cross-entropy with logits: softplus(x) − y x.
    let bce = (softplus(logit.clone(), 1.0) - y * logit).mean();
    let pred_len = out.slice([0..npos, 1..2]);
    let true_len: Vec<f32> = length.iter().map(|l| l / config.cutoff as f32).collect();
    let diff = pred_len - floats(true_len, [npos, 1], device);
    Ok(bce + (diff.clone() * diff).mean())
}

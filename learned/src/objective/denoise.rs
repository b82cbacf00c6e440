//! The `denoise` objective: predict the way back from jittered positions.

use super::{graphs_of, Step};
use crate::augment::jitter;
use crate::graph::GraphBatch;
use crate::model::{floats, scatter_sum, BatchTensors};
use crate::rng::SeededRng;
use burn::tensor::activation::softplus;
use burn::tensor::Tensor;
use crystaldb::structure::Structure;
use crystaldb::{Error, Result};
use rayon::prelude::*;

/// `denoise`: positions jittered by σ = `noise` Å; the predicted displacement of each atom is a
/// weighted sum of its edge vectors (rotation-equivariant); squared error against the true
/// displacement / σ.
pub(super) fn denoise(s: &Step, rng: &mut SeededRng) -> Result<Tensor<1>> {
    let Step { net, head, options, config, examples, idx, device } = *s;
    let sigma = options.noise;
    let seeds: Vec<u64> = idx.iter().map(|_| (rng.unit() * 9.0e15) as u64).collect();
    let noisy: Vec<(Structure, Vec<[f64; 3]>)> = idx
        .par_iter()
        .zip(&seeds)
        .map(|(&i, &seed)| jitter(&examples[i].structure, sigma, &mut SeededRng::new(seed)))
        .collect();
    let structures: Vec<Structure> = noisy.iter().map(|x| x.0.clone()).collect();
    let graphs = graphs_of(&structures, config)?;
    let batch = GraphBatch::new(&graphs);
    let b = BatchTensors::new(&batch, device);
    let h = net.nodes(config, &b);
    let n = batch.num_nodes();
    // Predict the way back: minus the displacement, in units of σ.
    let target: Vec<f32> =
        noisy.iter().flat_map(|x| x.1.iter().flat_map(|d| d.map(|v| (-v / sigma) as f32))).collect();
    let pred = if batch.num_edges() == 0 {
        return Err(Error::invalid("denoise: a batch without edges (is the cutoff too small?)"));
    } else {
        let l3 = head.l3.as_ref().ok_or_else(|| Error::invalid("denoise head without l3"))?;
        let pair = head.l1.forward(h.clone()).select(0, b.center.clone())
            + l3.forward(h).select(0, b.neighbor.clone());
        let w = head.l2.forward(softplus(pair, 1.0));
        let v = floats(batch.vector.clone(), [batch.num_edges(), 3], device);
        scatter_sum(w * v, b.center.clone(), n) * b.inv_degree.clone()
    };
    let diff = pred - floats(target, [n, 3], device);
    Ok((diff.clone() * diff).mean())
}

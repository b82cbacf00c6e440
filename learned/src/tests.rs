//! Unit tests of the graph network: gradients against finite differences, batch independence,
//! registry behaviour.

use super::model::{floats, gaussian_expansion, BatchTensors, GatedConv, GraphNet};
use super::weights::{values, WeightStore};
use super::*;
use burn::tensor::Tensor;
use crystaldb::encode::invariance::prototypes;
use crystaldb::encode::{build_encoder, Encoder};
use std::collections::BTreeMap;

fn tiny_config() -> GraphConfig {
    GraphConfig {
        hidden: 6,
        layers: 2,
        cutoff: 4.0,
        max_neighbors: 8,
        gaussians: 5,
        ..GraphConfig::default()
    }
}

fn tiny_batch(config: &GraphConfig) -> GraphBatch {
    let protos = prototypes();
    let graphs: Vec<CrystalGraph> = protos
        .iter()
        .filter(|p| p.0 == "NaCl rock salt" || p.0 == "C graphite")
        .map(|p| CrystalGraph::new(&p.1, config.cutoff, config.max_neighbors).unwrap())
        .collect();
    GraphBatch::new(&graphs)
}

/// Fixed pseudo-random weights for a scalar loss `Σ w ⊙ y`.
fn probe(n: usize) -> Vec<f32> {
    let mut r = rng::SeededRng::new(7);
    (0..n).map(|_| r.uniform(-1.0, 1.0) as f32).collect()
}

/// Compare the autodiff gradient of `f` at `x` with central finite differences (f64 sums of the
/// f32 outputs), on every coordinate; returns the largest relative error.
fn gradcheck(x: Vec<f32>, shape: [usize; 2], f: impl Fn(Tensor<2>) -> Tensor<2>) -> f64 {
    let device = training_device();
    let xt = floats(x.clone(), shape, &device).require_grad();
    let y = f(xt.clone());
    let w = probe(y.dims().iter().product());
    let loss = (y.clone() * floats(w.clone(), y.dims(), &device)).sum();
    let grads = loss.backward();
    let g = values(xt.grad(&grads).unwrap());
    let eval = |x: Vec<f32>| -> f64 {
        let y = values(f(floats(x, shape, &device)));
        y.iter().zip(&w).map(|(a, b)| f64::from(*a) * f64::from(*b)).sum()
    };
    let eps = 1e-2f32;
    let mut worst = 0f64;
    let scale = g.iter().map(|v| v.abs()).fold(0f32, f32::max).max(1e-3) as f64;
    for i in 0..x.len() {
        let mut plus = x.clone();
        plus[i] += eps;
        let mut minus = x.clone();
        minus[i] -= eps;
        let fd = (eval(plus) - eval(minus)) / (2.0 * f64::from(eps));
        worst = worst.max((fd - f64::from(g[i])).abs() / scale);
    }
    worst
}

#[test]
fn gaussian_expansion_gradient_matches_finite_differences() {
    let d = vec![0.7f32, 1.9, 2.5, 3.3, 3.95];
    let err = gradcheck(d, [5, 1], |x| gaussian_expansion(x.reshape([5]), 4.0, 6));
    assert!(err < 2e-2, "relative gradient error {err}");
}

#[test]
fn gated_convolution_gradient_matches_finite_differences() {
    let config = tiny_config();
    let device = training_device();
    let batch = tiny_batch(&config);
    let b = BatchTensors::new(&batch, &device);
    let store = WeightStore::random_graph(&config);
    let conv = GatedConv {
        center: store.linear("conv0.center", &device).unwrap(),
        neighbor: store.linear("conv0.neighbor", &device).unwrap(),
        edge: store.linear("conv0.edge", &device).unwrap(),
    };
    let n = batch.num_nodes();
    let h: Vec<f32> = probe(n * config.hidden + 3)[3..].to_vec();
    let g = gaussian_expansion(b.distance.clone(), config.cutoff, config.gaussians);
    let err = gradcheck(h.clone(), [n, config.hidden], |x| conv.forward(x, g.clone(), &b));
    assert!(err < 2e-2, "node gradient: relative error {err}");
    // Through the edge features as well (gradient with respect to the edge lengths).
    let d = batch.distance.clone();
    let e = d.len();
    let hn = floats(h, [n, config.hidden], &device);
    let err = gradcheck(d, [e, 1], |x| {
        conv.forward(hn.clone(), gaussian_expansion(x.reshape([e]), config.cutoff, config.gaussians), &b)
    });
    assert!(err < 2e-2, "edge-length gradient: relative error {err}");
}

#[test]
fn pooling_gradient_matches_finite_differences() {
    for pool in [Pool::Mean, Pool::Attention] {
        let config = GraphConfig { pool, ..tiny_config() };
        let device = training_device();
        let batch = tiny_batch(&config);
        let b = BatchTensors::new(&batch, &device);
        let net = GraphNet::from_store(&config, &WeightStore::random_graph(&config), &device).unwrap();
        let n = batch.num_nodes();
        let h = probe(n * config.hidden);
        let err = gradcheck(h, [n, config.hidden], |x| net.pool(x, &b));
        assert!(err < 2e-2, "{pool:?} pooling: relative error {err}");
    }
}

#[test]
fn concat_readout_stacks_the_pooled_vectors_of_every_stage() {
    for pool in [Pool::Mean, Pool::Attention] {
        let last = GraphConfig { pool, ..tiny_config() };
        let concat = GraphConfig { readout: Readout::Concat, ..last.clone() };
        let (h, stages) = (last.hidden, last.layers + 1);
        assert_eq!((last.embedding_dim(), concat.embedding_dim()), (h, h * stages));
        let device = inference_device();
        let batch = tiny_batch(&last);
        let b = BatchTensors::new(&batch, &device);
        // The readout adds no tensor: both architectures are built from the same weights.
        let net = GraphNet::from_store(&concat, &WeightStore::random_graph(&last), &device).unwrap();
        let (v, nodes) = net.embed_with_nodes(&concat, &b);
        assert_eq!(v.dims(), [batch.num_graphs, h * stages]);
        assert_eq!(values(nodes.clone()), values(net.nodes(&last, &b)));
        let v = values(v);
        let block = |g: usize, stage: usize| v[g * h * stages + stage * h..][..h].to_vec();
        let plain = values(net.embed(&last, &b));
        let input = values(net.pool(net.input_nodes(&b), &b));
        for g in 0..batch.num_graphs {
            // The last block is the default readout's vector, bit for bit.
            assert_eq!(block(g, stages - 1), plain[g * h..][..h], "{pool:?}, crystal {g}");
            if pool == Pool::Mean {
                // The first pools the element input.
                assert_eq!(block(g, 0), input[g * h..][..h], "crystal {g}");
            }
            let differ = (0..stages).any(|k| block(g, k) != block(g, stages - 1));
            assert!(differ, "{pool:?}: every stage of crystal {g} pooled to one vector");
        }
    }
}

#[test]
fn concat_readout_gradient_matches_finite_differences() {
    // Through the element table: every stage depends on it.
    let config = GraphConfig { readout: Readout::Concat, pool: Pool::Attention, ..tiny_config() };
    let device = training_device();
    let batch = tiny_batch(&config);
    let b = BatchTensors::new(&batch, &device);
    let store = WeightStore::random_graph(&config);
    let net = GraphNet::from_store(&config, &store, &device).unwrap();
    let [rows, width] = net.element.val().dims();
    let x = values(net.element.val());
    let err = gradcheck(x, [rows, width], |e| {
        let mut n = net.clone();
        n.element = burn::module::Param::from_tensor(e);
        n.embed(&config, &b)
    });
    assert!(err < 2e-2, "concat readout: relative error {err}");
}

#[test]
fn readout_parameter_parses_and_keeps_old_keys() {
    crate::register();
    let parse = |kv: &[(&str, &str)]| {
        GraphConfig::from_params(&kv.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
    };
    let (default, _) = parse(&[]).unwrap();
    assert_eq!(default.readout, Readout::Last);
    assert!(!default.to_params("random").contains_key("readout"), "a default key would rename old sets");
    assert!(!default.to_json_params("random").contains_key("readout"));
    let (concat, _) = parse(&[("readout", "concat")]).unwrap();
    assert_eq!(concat.readout, Readout::Concat);
    assert_eq!(parse(&[("readout", "last")]).unwrap().0, default);
    assert_eq!(GraphConfig::from_params(&concat.to_params("random")).unwrap().0, concat);
    assert_eq!(concat.to_json_params("w")["readout"], "concat");
    let err = parse(&[("readout", "sum")]).unwrap_err().to_string();
    assert!(err.contains("readout") && err.contains("last or concat"), "{err}");
    // A stored config without `readout` reads as `last`.
    let mut old = serde_json::to_value(&default).unwrap();
    old.as_object_mut().unwrap().remove("readout");
    assert_eq!(serde_json::from_value::<GraphConfig>(old).unwrap(), default);
    // The registry reports the wider vector.
    let p: BTreeMap<String, String> = [("readout".to_string(), "concat".to_string())].into();
    assert_eq!(build_encoder("graph", &p).unwrap().spec().dim, 64 * 4);
}

#[test]
fn vectors_do_not_depend_on_the_batch() {
    let enc = GraphEncoder::random(GraphConfig { pool: Pool::Attention, ..GraphConfig::default() });
    let protos: Vec<_> = prototypes().into_iter().map(|p| p.1).collect();
    let all = enc.encode(&protos).unwrap();
    let mut reversed = protos.clone();
    reversed.reverse();
    let rev = enc.encode(&reversed).unwrap();
    for (i, s) in protos.iter().enumerate() {
        let alone = enc.encode(std::slice::from_ref(s)).unwrap().remove(0);
        assert_eq!(alone, all[i], "structure {i} alone vs in the batch");
        assert_eq!(rev[protos.len() - 1 - i], all[i], "structure {i} in reversed order");
    }
}

#[test]
fn random_weights_are_seeded_and_need_no_database() {
    crate::register();
    let p = |seed: &str| -> BTreeMap<String, String> {
        [("seed".to_string(), seed.to_string()), ("weights".to_string(), "random".to_string())].into()
    };
    let a = build_encoder("graph", &p("1")).unwrap().spec();
    let b = build_encoder("graph", &p("1")).unwrap().spec();
    let c = build_encoder("graph", &p("2")).unwrap().spec();
    assert_eq!(a, b);
    assert_ne!(a.weights_checksum, c.weights_checksum);
    assert_eq!(a.params["weights"], "random");
    assert_eq!(a.dim, 64);
    let mut trained = p("1");
    trained.insert("weights".into(), "mine".into());
    let err = build_encoder("graph", &trained).err().unwrap().to_string();
    assert!(err.contains("Database::encoder"), "{err}");
}

#[test]
fn weights_file_round_trips_with_its_checksum() {
    let config = tiny_config();
    let store = WeightStore::random_graph(&config);
    let bytes = store.to_bytes(&config, serde_json::json!({"objective": "x"}));
    let (back, c, extra) = WeightStore::from_bytes(&bytes, std::path::Path::new("w.cdbw")).unwrap();
    assert_eq!(back, store);
    assert_eq!(c, config);
    assert_eq!(extra["objective"], "x");
    assert_eq!(back.checksum(), store.checksum());
    let err = WeightStore::from_bytes(&bytes[..bytes.len() - 1], std::path::Path::new("w.cdbw")).unwrap_err();
    assert!(err.to_string().contains("w.cdbw"), "{err}");
    // The network writes back exactly what it was built from.
    let net = GraphNet::from_store(&config, &store, &inference_device()).unwrap();
    let mut again = WeightStore::default();
    net.to_store(&mut again);
    assert_eq!(again, store);
}

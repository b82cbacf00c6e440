//! CGCNN against its reference implementation (fixtures written by
//! `scripts/dev/cgcnn_reference.py`), the invariance suite, batch independence and the errors of
//! files that are not CGCNN checkpoints.

use super::cgcnn::MAX_NEIGHBORS;
use super::cgcnn_atoms::{ATOM_FEATURES, ONES};
use super::Ties;
use super::*;
use crystaldb::encode::invariance::prototypes;
use crystaldb::encode::{build_encoder, check_invariances};
use serde_json::Value;

fn models() -> Option<PathBuf> {
    crystaldb::testdata::require("cgcnn").map(|d| d.join("models"))
}

fn reference() -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/expected/cgcnn_reference.json");
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

fn floats(v: &Value) -> Vec<f64> {
    v.as_array().unwrap().iter().map(|x| x.as_f64().unwrap()).collect()
}

#[test]
fn atom_features_match_cgcnn_atom_init_json() {
    let Some(data) = crystaldb::testdata::require("cgcnn atom features") else { return };
    let text = std::fs::read_to_string(data.join("elements/cgcnn_atom_init.json")).unwrap();
    let table: BTreeMap<String, Vec<u8>> = serde_json::from_str(&text).unwrap();
    assert_eq!(table.len(), ONES.len());
    for (z, features) in table {
        let z: usize = z.parse().unwrap();
        assert_eq!(features.len(), ATOM_FEATURES);
        let ones: Vec<u8> = (0..ATOM_FEATURES as u8).filter(|k| features[usize::from(*k)] == 1).collect();
        assert_eq!(ones, ONES[z - 1], "element {z}");
    }
}

/// Graph, per-layer mean atom features (formation-energy model), crystal feature and prediction
/// of both published checkpoints agree with the reference on every fixture structure (1e-4 absolute; neighbour
/// distances to 1e-6 Å, neighbour elements exactly except where the reference lists a tie).
#[test]
fn parity_with_the_reference_cgcnn() {
    let Some(models) = models() else { return };
    let expected = reference();
    let ties: Vec<&str> = expected["ties"].as_array().unwrap().iter().map(|t| t.as_str().unwrap()).collect();
    let nets: Vec<(&str, Cgcnn)> = ["formation-energy-per-atom", "band-gap"]
        .into_iter()
        .map(|m| (m, Cgcnn::open(models.join(format!("cgcnn/{m}.pth.tar"))).unwrap()))
        .collect();
    let structures = expected["structures"].as_array().unwrap();
    assert!(structures.len() >= 50);
    let mut worst = 0f64;
    let mut tied_structures = 0;
    let mut worst_average = 0f64;
    for e in structures {
        let id = e["id"].as_str().unwrap();
        let s: Structure = serde_json::from_value(e["structure"].clone()).unwrap();
        let g = Cgcnn::graph(&s, Ties::Reference).unwrap();
        let averaged = Cgcnn::graph(&s, Ties::Average).unwrap();
        assert_eq!(g.offsets.len(), s.nsites() + 1);
        assert!(g.offsets.windows(2).all(|w| w[1] - w[0] == MAX_NEIGHBORS), "{id}: 12 edges per atom");
        if averaged.tied_atoms == 0 {
            assert_eq!(averaged, g, "{id}: without ties the two rules are the same graph");
        } else {
            tied_structures += 1;
        }
        for (i, (row_d, row_z)) in
            e["distances"].as_array().unwrap().iter().zip(e["neighbor_z"].as_array().unwrap()).enumerate()
        {
            let want = floats(row_d);
            let got = &g.distances[i * MAX_NEIGHBORS..(i + 1) * MAX_NEIGHBORS];
            for (a, b) in got.iter().zip(&want) {
                assert!((a - b).abs() < 1e-6, "{id} atom {i}: distances {got:?} vs {want:?}");
            }
            if !ties.contains(&id) {
                let mut want_z: Vec<u64> =
                    row_z.as_array().unwrap().iter().map(|z| z.as_u64().unwrap()).collect();
                let mut got_z: Vec<u64> = g.neighbors[i * MAX_NEIGHBORS..(i + 1) * MAX_NEIGHBORS]
                    .iter()
                    .map(|j| u64::from(g.species[*j as usize]))
                    .collect();
                want_z.sort_unstable();
                got_z.sort_unstable();
                assert_eq!(got_z, want_z, "{id} atom {i}: neighbour elements");
            }
        }
        if ties.contains(&id) {
            // The reference kept whichever tied neighbours pymatgen listed first: report how far
            // each rule lands from it (no bound to assert).
            let (net, want) = (&nets[0].1, &e["models"][nets[0].0]);
            for (rule, graph) in [("reference", &g), ("average", &averaged)] {
                let out = net.forward_graph(graph);
                let d =
                    out.crystal.iter().zip(floats(&want["crystal"])).map(|(a, b)| (f64::from(*a) - b).abs());
                let p = (out.prediction - want["prediction"].as_f64().unwrap()).abs();
                eprintln!("{id} (tie between elements), ties={rule}: crystal feature off by {:.2e}, prediction by {p:.2e} eV/atom", d.fold(0.0, f64::max));
            }
            continue;
        }
        for (name, net) in &nets {
            let want = &e["models"][*name];
            let out = net.forward_graph(&g);
            let means = want["layer_means"].as_array().map_or(&[][..], Vec::as_slice);
            for (layer, (got, w)) in out.layer_means.iter().zip(means).enumerate() {
                for (a, b) in got.iter().zip(floats(w)) {
                    worst = worst.max((f64::from(*a) - b).abs());
                    assert!((f64::from(*a) - b).abs() < 1e-4, "{id} {name} layer {layer}: {a} vs {b}");
                }
            }
            for (a, b) in out.crystal.iter().zip(floats(&want["crystal"])) {
                worst = worst.max((f64::from(*a) - b).abs());
                assert!((f64::from(*a) - b).abs() < 1e-4, "{id} {name} crystal feature: {a} vs {b}");
            }
            let p = want["prediction"].as_f64().unwrap();
            assert!((out.prediction - p).abs() < 1e-4, "{id} {name} prediction: {} vs {p}", out.prediction);
            // The default rule: tied neighbours of the same element in the same state give the
            // reference's answer whichever are kept.
            let avg = net.forward_graph(&averaged);
            for (a, b) in avg.crystal.iter().zip(floats(&want["crystal"])) {
                worst_average = worst_average.max((f64::from(*a) - b).abs());
                assert!(
                    (f64::from(*a) - b).abs() < 1e-4,
                    "{id} {name} crystal feature (ties=average): {a} vs {b}"
                );
            }
            assert!(
                (avg.prediction - p).abs() < 1e-4,
                "{id} {name} prediction (ties=average): {} vs {p}",
                avg.prediction
            );
        }
    }
    eprintln!(
        "cgcnn parity: {} structures ({tied_structures} with a tie at the 12th place, {} of them between \
         elements), largest feature difference {worst:.2e} (ties=reference), {worst_average:.2e} (ties=average)",
        structures.len(),
        ties.len()
    );
}

/// The registered encoder gives the fixture's crystal features, in order, whatever the batch.
#[test]
fn the_cgcnn_encoder_is_batch_independent_and_keyed_by_the_file_checksum() {
    let Some(models) = models() else { return };
    let file = models.join("cgcnn/formation-energy-per-atom.pth.tar");
    let mut params = BTreeMap::new();
    params.insert("weights_file".to_string(), file.display().to_string());
    crate::register();
    let enc = build_encoder(CGCNN, &params).unwrap();
    let spec = enc.spec();
    assert_eq!(spec.dim, 32);
    assert_eq!(spec.weights_checksum.as_deref(), Some(Checkpoint::open(&file).unwrap().sha256()));
    let expected = reference();
    let structures: Vec<Structure> = expected["structures"].as_array().unwrap()[..12]
        .iter()
        .map(|e| serde_json::from_value(e["structure"].clone()).unwrap())
        .collect();
    let all = enc.encode(&structures).unwrap();
    for (i, s) in structures.iter().enumerate() {
        let alone = enc.encode(std::slice::from_ref(s)).unwrap();
        assert_eq!(alone[0], all[i], "structure {i}");
    }
    let reversed: Vec<Structure> = structures.iter().rev().cloned().collect();
    let back = enc.encode(&reversed).unwrap();
    assert_eq!(back.into_iter().rev().collect::<Vec<_>>(), all);
}

#[test]
fn published_and_random_init_cgcnn_pass_the_invariance_suite() {
    let structures: Vec<Structure> = prototypes().into_iter().map(|p| p.1).collect();
    let mut encoders = vec![CgcnnEncoder::random(CgcnnShape::PUBLISHED, 7)];
    if let Some(models) = models() {
        encoders.push(CgcnnEncoder::from_file(models.join("cgcnn/band-gap.pth.tar")).unwrap());
    }
    for enc in &encoders {
        let report = check_invariances(enc, &structures, 1e-4).unwrap();
        assert!(report.passed(), "{}: {report}", enc.spec().params_hash);
    }
    // SrTiO3: each O has 2 Ti, then 4 Sr and 8 O all at a/√2 for the last 10 places. The
    // reference's rule keeps whichever come first in the neighbour list, so an origin shift
    // changes the vector; the average does not.
    let (name, perovskite) = prototypes().into_iter().find(|p| p.0.contains("perovskite")).unwrap();
    let g = Cgcnn::graph(&perovskite, Ties::Average).unwrap();
    assert_eq!(g.tied_atoms, 4, "{name}: Ti (6 O, then 8 Sr) and the three O");
    let reference = encoders[0].clone().with_ties(Ties::Reference);
    let report = check_invariances(&reference, &[perovskite], 1e-4).unwrap();
    assert!(!report.passed(), "{name}: the reference rule was expected to depend on the setting");
}

#[test]
fn the_random_twin_is_seeded_and_differs_from_the_published_weights() {
    let s = prototypes().remove(0).1;
    let a = CgcnnEncoder::random(CgcnnShape::PUBLISHED, 1).encode(std::slice::from_ref(&s)).unwrap();
    let b = CgcnnEncoder::random(CgcnnShape::PUBLISHED, 1).encode(std::slice::from_ref(&s)).unwrap();
    let c = CgcnnEncoder::random(CgcnnShape::PUBLISHED, 2).encode(std::slice::from_ref(&s)).unwrap();
    assert_eq!(a, b);
    assert_ne!(a, c);
    let twin_params =
        (CGCNN_FACTORY.random_init.unwrap())(&BTreeMap::from([("weights_file".into(), "x".into())]));
    assert_eq!(twin_params.get("weights").map(String::as_str), Some(RANDOM_WEIGHTS));
    let Some(models) = models() else { return };
    let trained = CgcnnEncoder::from_file(models.join("cgcnn/formation-energy-per-atom.pth.tar")).unwrap();
    assert_ne!(trained.encode(std::slice::from_ref(&s)).unwrap(), a);
    assert_ne!(
        trained.spec().weights_checksum,
        CgcnnEncoder::random(CgcnnShape::PUBLISHED, 1).spec().weights_checksum
    );
}

#[test]
fn a_checkpoint_of_another_model_or_no_weights_is_a_clear_error() {
    let e = build_cgcnn(&BTreeMap::new(), None).err().unwrap().to_string();
    assert!(e.contains("weights_file=PATH"), "{e}");
    let Some(models) = models() else { return };
    let chgnet = models.join("chgnet/0.3.0/chgnet_0.3.0_e29f68s314m37.pth.tar");
    let e = Cgcnn::open(&chgnet).unwrap_err().to_string();
    assert!(
        e.contains("chgnet_0.3.0_e29f68s314m37.pth.tar") && e.contains("`state_dict.embedding.weight`"),
        "{e}"
    );
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.pth.tar");
    std::fs::write(&text, "not a checkpoint").unwrap();
    let e = Cgcnn::open(&text).unwrap_err().to_string();
    assert!(e.contains("notes.pth.tar"), "{e}");
}

#[test]
fn partially_occupied_sites_and_unknown_elements_are_refused() {
    let mut s = prototypes().remove(0).1;
    s.sites[0].occupancy = 0.5;
    let e = Cgcnn::graph(&s, Ties::Average).unwrap_err().to_string();
    assert!(e.contains("partially occupied"), "{e}");
    let mut s = prototypes().remove(0).1;
    s.sites[0].z = 110;
    let e = Cgcnn::graph(&s, Ties::Average).unwrap_err().to_string();
    assert!(e.contains("Z = 110"), "{e}");
}

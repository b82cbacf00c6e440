//! CHGNet against its reference implementation (fixture written by
//! `scripts/dev/chgnet_reference.py`), the invariance suite, batch independence, the random twin
//! and the errors of files that are not CHGNet checkpoints.

use super::*;
use crystaldb::encode::invariance::prototypes;
use crystaldb::encode::{build_encoder, check_invariances};
use serde_json::Value;

const FILE: &str = "models/chgnet/0.3.0/chgnet_0.3.0_e29f68s314m37.pth.tar";

fn checkpoint() -> Option<PathBuf> {
    crystaldb::testdata::require("chgnet").map(|d| d.join(FILE))
}

fn reference() -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/expected/chgnet_reference.json");
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

fn floats(v: &Value) -> Vec<f64> {
    v.as_array().unwrap().iter().map(|x| x.as_f64().unwrap()).collect()
}

fn fixture_structures(expected: &Value) -> Vec<(String, Structure)> {
    expected["structures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (e["id"].as_str().unwrap().to_string(), serde_json::from_value(e["structure"].clone()).unwrap())
        })
        .collect()
}

/// Graph sizes exactly; per-layer mean atom features, the crystal feature (the reference's sum)
/// and the energy per atom on every fixture structure, computed as one batch: within 1e-4 of the
/// reference run in float64, and within 1e-4 of its float32 run beyond that run's own rounding
/// (its distance to the float64 run).
#[test]
fn parity_with_the_reference_chgnet() {
    let Some(file) = checkpoint() else { return };
    let net = Chgnet::open(&file).unwrap();
    let expected = reference();
    let entries = expected["structures"].as_array().unwrap();
    assert!(entries.len() >= 50);
    let structures = fixture_structures(&expected);
    let graphs: Vec<ChgnetGraph> = structures.iter().map(|(_, s)| ChgnetGraph::new(s).unwrap()).collect();
    let outputs = net.forward_graphs(&graphs);
    let (mut worst32, mut worst64, mut rounding, mut no_angles) = (0f64, 0f64, (0f64, String::new()), 0);
    let mut compare = |id: &str, what: &str, ours: f64, f32_ref: f64, f64_ref: f64| {
        let (d32, d64, r) = ((ours - f32_ref).abs(), (ours - f64_ref).abs(), (f32_ref - f64_ref).abs());
        worst32 = worst32.max(d32);
        worst64 = worst64.max(d64);
        if r > rounding.0 {
            rounding = (r, id.to_string());
        }
        assert!(d64 < 1e-4, "{id} {what}: {ours} vs {f64_ref} (float64 reference)");
        assert!(d32 < 1e-4 + r, "{id} {what}: {ours} vs {f32_ref} (float32 reference, {r:.1e} from float64)");
    };
    for ((e, g), out) in entries.iter().zip(&graphs).zip(&outputs) {
        let id = e["id"].as_str().unwrap();
        let want = &e["graph"];
        assert_eq!(g.atom_edges() as u64, want["atom_edges"].as_u64().unwrap(), "{id}: directed bonds");
        assert_eq!(
            g.undirected_bonds() as u64,
            want["undirected"].as_u64().unwrap(),
            "{id}: undirected bonds"
        );
        assert_eq!(
            g.bond_graph_bonds() as u64,
            want["bond_graph_bonds"].as_u64().unwrap(),
            "{id}: bonds within 3 Å"
        );
        assert_eq!(g.angles() as u64, want["angles"].as_u64().unwrap(), "{id}: angles");
        no_angles += usize::from(g.angles() == 0);
        let wide = &e["f64"];
        let (means, means64) =
            (e["layer_means"].as_array().unwrap(), wide["layer_means"].as_array().unwrap());
        assert_eq!(out.layer_means.len(), means.len(), "{id}: layers");
        for (layer, got) in out.layer_means.iter().enumerate() {
            for ((a, b), c) in got.iter().zip(floats(&means[layer])).zip(floats(&means64[layer])) {
                compare(id, &format!("layer {layer}"), f64::from(*a), b, c);
            }
        }
        let (crystal, crystal64) = (floats(&e["crystal_fea"]), floats(&wide["crystal_fea"]));
        assert_eq!(crystal.len(), out.crystal_sum.len());
        for ((a, b), c) in out.crystal_sum.iter().zip(&crystal).zip(&crystal64) {
            compare(id, "crystal feature", f64::from(*a), *b, *c);
        }
        let energy = (e["energy_per_atom"].as_f64().unwrap(), wide["energy_per_atom"].as_f64().unwrap());
        compare(id, "energy per atom", out.energy_per_atom, energy.0, energy.1);
    }
    assert!(no_angles >= 1, "the fixture holds a crystal with no bond within 3 Å");
    eprintln!(
        "chgnet parity: {} structures ({no_angles} without angles); largest difference {worst64:.2e} from the \
         float64 reference, {worst32:.2e} from the float32 one, whose own rounding reaches {:.2e} ({})",
        entries.len(),
        rounding.0,
        rounding.1
    );
}

/// The registered encoder gives the same vectors whatever the batch and its order, and is keyed
/// by the file's checksum; the default vector is the reference's sum over the atom count.
#[test]
fn the_chgnet_encoder_is_batch_independent_and_keyed_by_the_file_checksum() {
    let Some(file) = checkpoint() else { return };
    crate::register();
    let params = BTreeMap::from([("weights_file".to_string(), file.display().to_string())]);
    let enc = build_encoder(CHGNET, &params).unwrap();
    let spec = enc.spec();
    assert_eq!(spec.dim, 64);
    assert_eq!(spec.weights_checksum.as_deref(), Some(Checkpoint::open(&file).unwrap().sha256()));
    let expected = reference();
    let structures: Vec<Structure> =
        fixture_structures(&expected).into_iter().take(40).map(|x| x.1).collect();
    let all = enc.encode(&structures).unwrap();
    for (i, (s, e)) in structures.iter().zip(expected["structures"].as_array().unwrap()).enumerate() {
        let alone = enc.encode(std::slice::from_ref(s)).unwrap();
        for (a, b) in alone[0].iter().zip(&all[i]) {
            assert!((a - b).abs() < 1e-6, "structure {i}: {a} vs {b} alone and in a batch");
        }
        let n = e["structure"]["sites"].as_array().unwrap().len() as f64;
        for (a, b) in all[i].iter().zip(floats(&e["crystal_fea"])) {
            assert!((f64::from(*a) - b / n).abs() < 1e-5, "structure {i}: mean feature {a} vs {}", b / n);
        }
    }
    let reversed: Vec<Structure> = structures.iter().rev().cloned().collect();
    let back: Vec<Vec<f32>> = enc.encode(&reversed).unwrap().into_iter().rev().collect();
    for (a, b) in back.iter().flatten().zip(all.iter().flatten()) {
        assert!((a - b).abs() < 1e-6);
    }
    let layers = build_encoder(
        CHGNET,
        &BTreeMap::from([
            ("weights_file".to_string(), file.display().to_string()),
            ("features".to_string(), "layers".to_string()),
        ]),
    )
    .unwrap();
    assert_eq!(layers.spec().dim, 320);
    assert_ne!(layers.spec().params_hash, spec.params_hash);
}

#[test]
fn published_and_random_init_chgnet_pass_the_invariance_suite() {
    let structures: Vec<Structure> = prototypes().into_iter().map(|p| p.1).collect();
    let mut encoders = vec![ChgnetEncoder::random(ChgnetShape::PUBLISHED, 7)];
    if let Some(file) = checkpoint() {
        encoders.push(ChgnetEncoder::from_file(&file).unwrap());
        encoders.push(ChgnetEncoder::from_file(&file).unwrap().with_features(Features::Layers));
    }
    for enc in &encoders {
        let report = check_invariances(enc, &structures, 1e-4).unwrap();
        assert!(report.passed(), "{}: {report}", enc.spec().params_hash);
    }
    // The reference's own crystal feature is a sum: a supercell changes it.
    let sum = encoders[0].clone().with_features(Features::CrystalSum);
    let report = check_invariances(&sum, &structures[..1], 1e-4).unwrap();
    assert!(!report.passed(), "the sum over atoms was expected to grow with a supercell");
}

#[test]
fn the_random_twin_is_seeded_and_differs_from_the_published_weights() {
    let s = prototypes().remove(0).1;
    let one =
        |seed| ChgnetEncoder::random(ChgnetShape::PUBLISHED, seed).encode(std::slice::from_ref(&s)).unwrap();
    assert_eq!(one(1), one(1));
    assert_ne!(one(1), one(2));
    let twin = (CHGNET_FACTORY.random_init.unwrap())(&BTreeMap::from([("weights_file".into(), "x".into())]));
    assert_eq!(twin.get("weights").map(String::as_str), Some(RANDOM_WEIGHTS));
    let Some(file) = checkpoint() else { return };
    let trained = ChgnetEncoder::from_file(&file).unwrap();
    assert_ne!(trained.encode(std::slice::from_ref(&s)).unwrap(), one(1));
    assert_ne!(
        trained.spec().weights_checksum,
        ChgnetEncoder::random(ChgnetShape::PUBLISHED, 1).spec().weights_checksum
    );
}

#[test]
fn a_package_directory_or_a_wheel_names_its_checkpoint() {
    let Some(file) = checkpoint() else { return };
    let dir = tempfile::tempdir().unwrap();
    let pretrained = dir.path().join("chgnet/pretrained/0.3.0");
    std::fs::create_dir_all(&pretrained).unwrap();
    let copy = pretrained.join("chgnet_0.3.0_e29f68s314m37.pth.tar");
    std::fs::copy(&file, &copy).unwrap();
    for given in [dir.path().to_path_buf(), dir.path().join("chgnet")] {
        assert_eq!(chgnet_checkpoint_path(&given).unwrap(), copy);
    }
    let a = ChgnetEncoder::from_file(dir.path().join("chgnet")).unwrap();
    let b = ChgnetEncoder::from_file(&file).unwrap();
    assert_eq!(a.spec().weights_checksum, b.spec().weights_checksum);
    let empty = tempfile::tempdir().unwrap();
    let e = chgnet_checkpoint_path(empty.path()).unwrap_err().to_string();
    assert!(e.contains("pretrained/0.3.0"), "{e}");

    // A wheel, read in place: the same checkpoint (same checksum, same vectors).
    use std::io::Write;
    let wheel = dir.path().join("chgnet-0.4.2-cp311-cp311-linux_x86_64.whl");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&wheel).unwrap());
    let deflated =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("chgnet/__init__.py", deflated).unwrap();
    zip.write_all(b"").unwrap();
    zip.start_file("chgnet/pretrained/0.3.0/chgnet_0.3.0_e29f68s314m37.pth.tar", deflated).unwrap();
    zip.write_all(&std::fs::read(&file).unwrap()).unwrap();
    zip.finish().unwrap();
    let w = ChgnetEncoder::from_file(&wheel).unwrap();
    assert_eq!(w.spec().weights_checksum, b.spec().weights_checksum);
    assert!(w.provenance()["weights_file"]
        .ends_with(".whl!chgnet/pretrained/0.3.0/chgnet_0.3.0_e29f68s314m37.pth.tar"));
    let s = prototypes().remove(0).1;
    assert_eq!(w.encode(std::slice::from_ref(&s)).unwrap(), b.encode(std::slice::from_ref(&s)).unwrap());
    // A wheel without the checkpoint, and a file that is no zip at all.
    let bare = dir.path().join("chgnet-0.0.0.whl");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&bare).unwrap());
    zip.start_file("chgnet/__init__.py", deflated).unwrap();
    zip.finish().unwrap();
    let e = ChgnetEncoder::from_file(&bare).unwrap_err().to_string();
    assert!(e.contains("chgnet-0.0.0.whl") && e.contains("holds no"), "{e}");
    let junk = dir.path().join("junk.whl");
    std::fs::write(&junk, b"not a zip").unwrap();
    let e = ChgnetEncoder::from_file(&junk).unwrap_err().to_string();
    assert!(e.contains("junk.whl") && e.contains("not a readable wheel"), "{e}");
}

#[test]
fn a_checkpoint_of_another_model_or_no_weights_is_a_clear_error() {
    let e = build_chgnet(&BTreeMap::new(), None).err().unwrap().to_string();
    assert!(e.contains("weights_file=PATH"), "{e}");
    let e =
        build_chgnet(&BTreeMap::from([("features".into(), "sum".into())]), None).err().unwrap().to_string();
    assert!(e.contains("features") && e.contains("crystal_sum"), "{e}");
    let Some(data) = crystaldb::testdata::require("chgnet errors") else { return };
    let cgcnn = data.join("models/cgcnn/band-gap.pth.tar");
    let e = Chgnet::open(&cgcnn).unwrap_err().to_string();
    assert!(e.contains("band-gap.pth.tar") && e.contains("atom_embedding.embedding.weight"), "{e}");
    // Truncated copies of the real file: an error naming the file, never a panic.
    let bytes = std::fs::read(data.join(FILE)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    for cut in [100, bytes.len() / 3, bytes.len() - 100] {
        let p = dir.path().join(format!("cut{cut}.pth.tar"));
        std::fs::write(&p, &bytes[..cut]).unwrap();
        let e = Chgnet::open(&p).unwrap_err().to_string();
        assert!(e.contains(&format!("cut{cut}.pth.tar")), "{e}");
    }
}

#[test]
fn partially_occupied_sites_unknown_elements_and_isolated_atoms() {
    let mut s = prototypes().remove(0).1;
    s.sites[0].occupancy = 0.5;
    let e = ChgnetGraph::new(&s).unwrap_err().to_string();
    assert!(e.contains("partially occupied"), "{e}");
    let mut s = prototypes().remove(0).1;
    s.sites[0].z = 95;
    let e = ChgnetGraph::new(&s).unwrap_err().to_string();
    assert!(e.contains("Z = 95"), "{e}");
    // One atom in a 7 Å cube: no bond within 6 Å, the embedding passes through.
    let lattice = crystaldb::structure::Lattice::from_parameters(7.0, 7.0, 7.0, 90.0, 90.0, 90.0).unwrap();
    let lonely = Structure::new(lattice, &[26], &[[0.0, 0.0, 0.0]]).unwrap();
    let g = ChgnetGraph::new(&lonely).unwrap();
    assert_eq!((g.atom_edges(), g.isolated_atoms), (0, 1));
    let out = Chgnet::random(ChgnetShape::PUBLISHED, 3).forward_graphs(&[g]);
    assert!(out[0].crystal_sum.iter().all(|v| v.is_finite()) && out[0].energy_per_atom.is_finite());
    assert_eq!(out[0].layer_means[0], out[0].layer_means[4]);
}

//! CHGNet inference throughput (structures/s): graph construction and forward pass, together and
//! apart, on the structures of `learned/tests/expected/chgnet_reference.json` (MP-20 and MPTS-52,
//! 1 to 48 sites).
//!
//! The random-init twin has the published architecture and costs what the trained weights cost,
//! so the benchmark needs no shared data. `chgnet_N` is the encoder (graphs in parallel, then
//! forward passes of 16 structures in parallel, all cores); `chgnet_graphs_only_N` and
//! `chgnet_forward_only_N` (batches of 16) are one thread each. `scripts/dev/chgnet_timing.py`
//! times the reference implementation on the same structures.
//!
//! `chgnet_mp20_500*` are the same three measurements on the first 500 rows of MP-20's
//! `mp20_pilot_test.csv.gz` (shared data; skipped loudly without it), with the published
//! weights; `chgnet_timing.py --mp20 500` times the reference on those rows.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use crystaldb::encode::Encoder;
use crystaldb::Structure;
use crystaldb_learned::pretrained::{ChgnetEncoder, ChgnetGraph, ChgnetShape, CHGNET_BATCH};

fn structures() -> Vec<Structure> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expected/chgnet_reference.json");
    let doc: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    doc["structures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| serde_json::from_value(e["structure"].clone()).unwrap())
        .collect()
}

/// The encoder end to end, graph building alone and the forward pass alone on `batch`, under
/// the three names given.
fn measure(c: &mut Criterion, group: &str, enc: &ChgnetEncoder, batch: &[Structure], names: [String; 3]) {
    let n = batch.len();
    let [all, graphs_only, forward_only] = names;
    let mut g = c.benchmark_group(group);
    g.sample_size(10);
    g.throughput(Throughput::Elements(n as u64));
    g.bench_function(all, |b| b.iter(|| assert_eq!(enc.encode(batch).unwrap().len(), n)));
    g.bench_function(graphs_only, |b| {
        b.iter(|| batch.iter().map(|s| ChgnetGraph::new(s).unwrap().angles()).sum::<usize>())
    });
    let graphs: Vec<_> = batch.iter().map(|s| ChgnetGraph::new(s).unwrap()).collect();
    g.bench_function(forward_only, |b| {
        b.iter(|| {
            graphs.chunks(CHGNET_BATCH).map(|chunk| enc.network().forward_graphs(chunk).len()).sum::<usize>()
        })
    });
    g.finish();
}

fn chgnet(c: &mut Criterion) {
    let batch = structures();
    let n = batch.len();
    let enc = ChgnetEncoder::random(ChgnetShape::PUBLISHED, 0);
    let names =
        [format!("chgnet_{n}"), format!("chgnet_graphs_only_{n}"), format!("chgnet_forward_only_{n}")];
    measure(c, "chgnet", &enc, &batch, names);
}

/// The first `n` rows of MP-20's pilot test split, read as `crystaldb ingest` reads them.
fn mp20(data: &std::path::Path, n: usize) -> Vec<Structure> {
    use crystaldb_readers::formats::Mp20CsvReader;
    use crystaldb_readers::{ReadContext, StructureReader};
    let path = data.join("mp/mp20_pilot_test.csv.gz");
    let opened = crystaldb_readers::input::open(&path).unwrap();
    Mp20CsvReader
        .read(opened.reader, &ReadContext::for_path(&path))
        .take(n)
        .map(|r| r.unwrap().structure)
        .collect()
}

fn chgnet_mp20(c: &mut Criterion) {
    let Some(data) = crystaldb::testdata::require("chgnet_mp20_500 benchmark") else { return };
    let batch = mp20(&data, 500);
    let n = batch.len();
    let weights = data.join("models/chgnet/0.3.0/chgnet_0.3.0_e29f68s314m37.pth.tar");
    let enc = ChgnetEncoder::from_file(weights).unwrap();
    let name = format!("chgnet_mp20_{n}");
    let names = [name.clone(), format!("{name}_graphs_only"), format!("{name}_forward_only")];
    measure(c, "chgnet_mp20", &enc, &batch, names);
}

criterion_group!(benches, chgnet, chgnet_mp20);
criterion_main!(benches);

//! Seed inputs for the fuzz targets of the binary readers, written by the code that makes such
//! files: `cargo run -p crystaldb-cli --example fuzz_seeds -- fuzz/corpus` (run by `fuzz/seed.sh`).
//!
//! * `vectors/`: a `.npy`, a CSV and a Parquet vector file (8 rows x 8), each behind the byte
//!   that makes the `vectors` target read it as that format (0 `.npy`, 1 CSV, 2 Parquet).
//! * `weights/`: a `.cdbw` file of a randomly initialised graph network.
//! * `index_meta/`: the `index.json` of a saved HNSW index of the vectors the `index_meta`
//!   target builds (200 x 8, seed 1).

use anyhow::{Context, Result};
use crystaldb::encode::Metric;
use crystaldb::index::{synthetic::uniform, HnswIndex, HnswParams};
use crystaldb_learned::weights::WeightStore;
use crystaldb_learned::GraphConfig;
use std::path::{Path, PathBuf};

fn main() -> Result<()> {
    let corpus = PathBuf::from(std::env::args().nth(1).context("usage: fuzz_seeds CORPUS_DIR")?);
    let rows: Vec<Vec<f32>> = (0..8).map(|i| (0..8).map(|j| (i * 8 + j) as f32 / 10.0).collect()).collect();

    let mut npy = b"\x93NUMPY\x01\x00".to_vec();
    let mut header = format!("{{'descr': '<f4', 'fortran_order': False, 'shape': ({}, 8), }}", rows.len());
    while (10 + header.len() + 1) % 64 != 0 {
        header.push(' ');
    }
    header.push('\n');
    npy.extend_from_slice(&(header.len() as u16).to_le_bytes());
    npy.extend_from_slice(header.as_bytes());
    rows.iter().flatten().for_each(|v| npy.extend_from_slice(&v.to_le_bytes()));

    let mut csv = String::from("id,x0,x1,x2,x3,x4,x5,x6,x7\n");
    for (i, r) in rows.iter().enumerate() {
        csv.push_str(&format!("mp-{i},{}\n", r.iter().map(f32::to_string).collect::<Vec<_>>().join(",")));
    }

    let scratch = tempfile::tempdir()?;
    let parquet = scratch.path().join("vectors.parquet");
    write_parquet(&parquet, &rows)?;

    for (kind, name, bytes) in [
        (0u8, "seed.npy", npy),
        (1, "seed.csv", csv.into_bytes()),
        (2, "seed.parquet", std::fs::read(&parquet)?),
    ] {
        // A seed is a valid file: the reader takes it whole.
        let check = scratch.path().join(name);
        std::fs::write(&check, &bytes)?;
        let read = crystaldb_readers::vectors::read_vectors(&check, &Default::default())?;
        anyhow::ensure!(
            read.rows() == rows.len() && read.dim == 8,
            "{name} reads back as {} x {}",
            read.rows(),
            read.dim
        );
        let mut seed = vec![kind];
        seed.extend_from_slice(&bytes);
        write(&corpus.join("vectors").join(name), &seed)?;
    }

    let config = GraphConfig::default();
    let weights = WeightStore::random_graph(&config).to_bytes(&config, serde_json::json!({"seed": "fuzz"}));
    WeightStore::from_bytes(&weights, Path::new("graph.cdbw"))?;
    write(&corpus.join("weights").join("graph.cdbw"), &weights)?;

    let index_dir = scratch.path().join("index");
    let params = HnswParams { max_connections: 8, ef_construction: 32, ..Default::default() };
    HnswIndex::build(uniform(200, 8, 1), Metric::L2, params, None)?.save(&index_dir)?;
    HnswIndex::load(&index_dir, uniform(200, 8, 1))?;
    write(&corpus.join("index_meta").join("index.json"), &std::fs::read(index_dir.join("index.json"))?)?;
    for target in ["vectors", "weights", "index_meta"] {
        println!("{target}: {} seeds", std::fs::read_dir(corpus.join(target))?.count());
    }
    Ok(())
}

fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::create_dir_all(path.parent().expect("a file in a folder"))?;
    std::fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))
}

/// A Parquet file with an `id` column and a list-of-float `embedding` column.
fn write_parquet(path: &Path, rows: &[Vec<f32>]) -> Result<()> {
    use crystaldb::arrow::array::{ArrayRef, FixedSizeListArray, Float32Array, StringArray};
    use crystaldb::arrow::datatypes::{DataType, Field, Schema};
    use crystaldb::arrow::record_batch::RecordBatch;
    use std::sync::Arc;
    let dim = rows[0].len() as i32;
    let item = Arc::new(Field::new("item", DataType::Float32, false));
    let values = Float32Array::from(rows.iter().flatten().copied().collect::<Vec<f32>>());
    let vectors = FixedSizeListArray::try_new(item.clone(), dim, Arc::new(values), None)?;
    let ids = StringArray::from((0..rows.len()).map(|i| format!("mp-{i}")).collect::<Vec<_>>());
    let schema = Arc::new(Schema::new(vec![
        Field::new("id", DataType::Utf8, false),
        Field::new("embedding", DataType::FixedSizeList(item, dim), false),
    ]));
    let batch = RecordBatch::try_new(schema.clone(), vec![Arc::new(ids) as ArrayRef, Arc::new(vectors)])?;
    let mut w = crystaldb::parquet::arrow::ArrowWriter::try_new(std::fs::File::create(path)?, schema, None)?;
    w.write(&batch)?;
    w.close()?;
    Ok(())
}

//! `crystaldb query` (filters + nearest neighbours, single and batch) and `crystaldb index`.

use super::{open_read, snapshot, Output};
use anyhow::{anyhow, bail, Context, Result};
use crystaldb::index::HnswParams;
use crystaldb::{Database, Record, Snapshot};
use crystaldb::{Plan, SearchHit, SearchOptions, Target};
use crystaldb_readers::vectors::{read_ids, read_vectors, Columns};
use crystaldb_readers::{formats, input, reader::ReadContext};
use serde_json::{json, Map, Value};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Arguments of `crystaldb query`.
#[derive(Debug, Clone, Default)]
pub struct QueryArgs {
    /// OPTIMADE filter.
    pub filter: Option<String>,
    /// Query record id.
    pub near: Option<String>,
    /// Query structure file.
    pub near_file: Option<PathBuf>,
    /// Format of the structure file (detected by default).
    pub format: Option<String>,
    /// Query vector file.
    pub near_vector: Option<PathBuf>,
    /// Batch: ids, one per line.
    pub near_ids: Option<PathBuf>,
    /// Batch: vectors (.npy, .csv, .parquet).
    pub near_vectors: Option<PathBuf>,
    /// Embedding set `NAME[@V]`.
    pub embedding: Option<String>,
    /// Neighbours.
    pub k: usize,
    /// Rows of a filter-only query (0 = all).
    pub limit: usize,
    /// Force exact search.
    pub exact: bool,
    /// Print the plan.
    pub explain: bool,
    /// Extra columns.
    pub columns: Option<String>,
    /// Keep the query record among the hits.
    pub include_self: bool,
    /// Exclude records linked to the query's material.
    pub exclude_duplicates: bool,
    /// Structure version to read.
    pub version: Option<u64>,
    /// HNSW ef_search.
    pub ef: Option<usize>,
}

/// `crystaldb query --db DIR ...`.
pub fn run(out: &Output, db: &Path, args: &QueryArgs) -> Result<()> {
    let database = open_read(db)?;
    let snap = snapshot(&database, args.version)?;
    let near_count = [args.near.is_some(), args.near_file.is_some(), args.near_vector.is_some()]
        .iter()
        .filter(|b| **b)
        .count();
    let batch = args.near_ids.is_some() || args.near_vectors.is_some();
    if near_count > 1 || (batch && near_count > 0) || (args.near_ids.is_some() && args.near_vectors.is_some())
    {
        bail!("give one of --near, --near-file, --near-vector, --near-ids, --near-vectors");
    }
    let options = search_options(args)?;
    let columns = columns(args)?;
    if batch {
        return run_batch(&snap, args, options);
    }
    let target = if let Some(id) = &args.near {
        Some(Target::Id(id.clone()))
    } else if let Some(f) = &args.near_file {
        Some(Target::Structure(Box::new(read_structure(f, args.format.as_deref())?.structure)))
    } else if let Some(f) = &args.near_vector {
        Some(Target::Vector(read_one_vector(f)?))
    } else {
        None
    };
    let mut search = match &target {
        Some(t) => snap.search(&embedding_name(&database, args)?).near(t.clone()).k(args.k),
        None => snap.query().limit(args.limit),
    };
    if let Some(f) = &args.filter {
        search = search.filter(f)?;
        out.filter_warnings(f);
    }
    search = search.options(options);
    let prepared = search.prepare()?;
    if args.explain && !out.json {
        print_plan(prepared.plan());
    }
    if prepared.plan().strategy == crystaldb::Strategy::Hnsw {
        // Build (or bring up to date) the persisted index with a progress bar first.
        let bar = out.progress(0, "indexing");
        let cb = |done: usize, total: usize| {
            bar.set_length(total as u64);
            bar.set_position(done as u64);
        };
        prepared.load_index(Some(&cb))?;
        bar.finish_and_clear();
    }
    let result = prepared.execute(&snap)?;
    if out.json {
        let hits: Vec<Value> = result.hits.iter().map(|h| hit_json(h, &columns)).collect();
        out.document(&json!({ "plan": result.plan, "hits": hits }));
        return Ok(());
    }
    print_hits(&result.hits, &columns);
    Ok(())
}

fn search_options(args: &QueryArgs) -> Result<SearchOptions> {
    let mut o = SearchOptions { exact: args.exact, exclude_query: !args.include_self, ..Default::default() };
    o.exclude_duplicates = args.exclude_duplicates;
    if let Some(ef) = args.ef {
        o.hnsw.ef_search = ef;
        o.hnsw.validate()?;
    }
    Ok(o)
}

/// The set to search: `--embedding`, else the only set, else an error listing them.
fn embedding_name(db: &Database, args: &QueryArgs) -> Result<String> {
    if let Some(e) = &args.embedding {
        return Ok(e.clone());
    }
    let mut names: Vec<String> = db.embeddings().list()?.into_iter().map(|s| s.name).collect();
    names.dedup();
    match names.as_slice() {
        [one] => Ok(one.clone()),
        [] => bail!("the database has no embedding sets; run `crystaldb embed` first"),
        many => bail!("choose a set with --embedding NAME[@V]: {}", many.join(", ")),
    }
}

/// The first structure of a file, read with the detected (or given) format.
fn read_structure(path: &Path, format: Option<&str>) -> Result<Record> {
    let mut opened = input::open(path).with_context(|| format!("opening {}", path.display()))?;
    let name = input::decompressed_name(path);
    let head = opened.head().with_context(|| format!("reading {}", path.display()))?;
    let reader = match format {
        Some(f) => formats::reader_by_name(f).ok_or_else(|| anyhow!("unknown format {f}"))?,
        None => formats::detect(&name, &head)
            .ok_or_else(|| anyhow!("{}: format not recognised (use --format)", path.display()))?,
    };
    let ctx = ReadContext::for_path(path);
    let first = reader
        .read(opened.reader as Box<dyn BufRead>, &ctx)
        .next()
        .ok_or_else(|| anyhow!("{}: no structure in the file", path.display()))??;
    first.validate(&Default::default())?;
    Ok(first)
}

/// One vector: `.npy`/`.csv`/`.parquet` (first row), or text/JSON numbers.
fn read_one_vector(path: &Path) -> Result<Vec<f32>> {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    if matches!(ext, "npy" | "parquet" | "pq" | "csv") {
        let v = read_vectors(path, &Columns::default())?;
        if v.rows() != 1 {
            bail!("{}: holds {} vectors; use --near-vectors for many", path.display(), v.rows());
        }
        return Ok(v.values);
    }
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    text.split(|c: char| c == ',' || c == '[' || c == ']' || c.is_whitespace())
        .filter(|t| !t.is_empty())
        .enumerate()
        .map(|(i, t)| {
            t.parse::<f32>().map_err(|_| anyhow!("{}: value {i} {t:?} is not a number", path.display()))
        })
        .collect()
}

/// Columns shown per hit: `--columns` (schema column names; an unknown name is an error that
/// suggests the closest), else formula, space group and the filter's columns.
fn columns(args: &QueryArgs) -> Result<Vec<String>> {
    if let Some(c) = &args.columns {
        let cols: Vec<String> =
            c.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
        if let Some(bad) = cols.iter().find(|c| !crystaldb::schema::COLUMNS.contains(&c.as_str())) {
            return Err(crystaldb::Error::Unknown {
                what: "column",
                name: bad.clone(),
                known: crystaldb::schema::COLUMNS.iter().map(|c| c.to_string()).collect(),
            }
            .into());
        }
        return Ok(cols);
    }
    let mut cols = vec!["formula_reduced".to_string(), "spacegroup_number".to_string()];
    if let Some(f) = &args.filter {
        if let Ok(f) = crystaldb::filter::Filter::parse(f) {
            for c in f.columns() {
                if !cols.iter().any(|x| x == c) && c != "id" {
                    cols.push(c.to_string());
                }
            }
        }
    }
    Ok(cols)
}

fn hit_json(h: &SearchHit, columns: &[String]) -> Value {
    let row = h.row.to_json();
    let mut m = Map::new();
    m.insert("id".into(), json!(h.id));
    m.insert("distance".into(), json!(h.distance));
    for c in columns {
        m.insert(c.clone(), row.get(c).cloned().unwrap_or(Value::Null));
    }
    Value::Object(m)
}

fn cell(v: &Value) -> String {
    match v {
        Value::Null => "-".into(),
        Value::String(s) => s.clone(),
        Value::Number(n) => match n.as_f64() {
            Some(x) if n.is_f64() => format!("{x:.4}"),
            _ => n.to_string(),
        },
        other => other.to_string(),
    }
}

/// A distance to six significant digits (an f32 holds about seven): a duplicate at 0 and a
/// polymorph at 3e-6 print apart, as do 1234.56 and 1234.57.
pub fn distance_text(d: f32) -> String {
    if d == 0.0 || !d.is_finite() {
        return d.to_string();
    }
    let magnitude = d.abs().log10().floor() as i32;
    if (-4..6).contains(&magnitude) {
        let decimals = (5 - magnitude).max(0) as usize;
        format!("{d:.decimals$}")
    } else {
        format!("{d:.5e}")
    }
}

fn print_hits(hits: &[SearchHit], columns: &[String]) {
    if hits.is_empty() {
        println!("no hits");
        return;
    }
    let rows: Vec<Vec<String>> = hits
        .iter()
        .map(|h| {
            let j = hit_json(h, columns);
            let mut r = vec![h.id.clone(), h.distance.map(distance_text).unwrap_or_else(|| "-".into())];
            r.extend(columns.iter().map(|c| cell(&j[c])));
            r
        })
        .collect();
    let mut header = vec!["id".to_string(), "distance".to_string()];
    header.extend(columns.iter().cloned());
    let widths: Vec<usize> = (0..header.len())
        .map(|i| rows.iter().map(|r| r[i].len()).chain([header[i].len()]).max().unwrap_or(0))
        .collect();
    let line =
        |r: &[String]| r.iter().zip(&widths).map(|(c, w)| format!("{c:<w$}")).collect::<Vec<_>>().join("  ");
    println!("{}", line(&header));
    for r in &rows {
        println!("{}", line(r));
    }
}

fn print_plan(plan: &Plan) {
    println!("plan");
    println!("  structure version  {}", plan.structure_version);
    if let Some(s) = &plan.set {
        println!(
            "  embedding set      {s} ({} vectors, {})",
            plan.set_rows,
            plan.metric.as_deref().unwrap_or("-")
        );
    }
    if let Some(f) = &plan.filter {
        println!("  filter             {f}");
        println!(
            "  matched            {} structures ({} shards read, {} skipped by statistics)",
            plan.matched, plan.shards_scanned, plan.shards_skipped
        );
    }
    if plan.set.is_some() {
        println!("  candidates         {} ({:.2}% of the set)", plan.candidates, plan.selectivity * 100.0);
    }
    if let Some(q) = &plan.query {
        println!("  query              {q}");
    }
    if !plan.excluded.is_empty() {
        println!("  excluded           {}", plan.excluded.join(", "));
    }
    println!("  strategy           {:?}: {}", plan.strategy, plan.reason);
    println!();
}

/// Batch mode: one JSON line per query, then `{"queries", "seconds", "load_seconds"}`.
fn run_batch(snap: &Snapshot, args: &QueryArgs, options: SearchOptions) -> Result<()> {
    let t0 = Instant::now();
    let db = snap.database();
    let mut search = snap.search(&embedding_name(&db, args)?).k(args.k).options(options);
    if let Some(f) = &args.filter {
        search = search.filter(f)?;
    }
    let searcher = search.searcher()?;
    searcher.load_index(None)?;
    let set = searcher.set().expect("a searcher has a set");
    let queries: Vec<(String, Option<Vec<f32>>)> = match (&args.near_ids, &args.near_vectors) {
        (Some(f), _) => read_ids(f)?.into_iter().map(|id| (id, None)).collect(),
        (_, Some(f)) => {
            let v = read_vectors(f, &Columns::default())?;
            if v.dim != set.dim() {
                bail!("{}: vectors of dimension {}, the set has {}", f.display(), v.dim, set.dim());
            }
            let labels: Vec<String> = match &v.ids {
                Some(ids) => ids.clone(),
                None => (0..v.rows()).map(|i| i.to_string()).collect(),
            };
            labels
                .into_iter()
                .enumerate()
                .map(|(i, l)| (l, Some(v.values[i * v.dim..(i + 1) * v.dim].to_vec())))
                .collect()
        }
        _ => unreachable!("batch mode has ids or vectors"),
    };
    let load_seconds = t0.elapsed().as_secs_f64();
    let t1 = Instant::now();
    use rayon::prelude::*;
    let answers: Vec<Value> = queries
        .par_iter()
        .map(|(label, vector)| {
            let hits = match vector {
                Some(v) => searcher.search_vector(&set.to_search_space(v), args.k, &[]),
                None => searcher.search_id(label, args.k),
            };
            match hits {
                Ok(hits) => json!({
                    "query": label,
                    "hits": hits.iter().map(|h| json!({"id": set.ids()[h.row], "distance": h.distance})).collect::<Vec<_>>(),
                }),
                Err(e) => json!({ "query": label, "error": e.to_string() }),
            }
        })
        .collect();
    let seconds = t1.elapsed().as_secs_f64();
    let stdout = std::io::stdout();
    let mut w = std::io::BufWriter::new(stdout.lock());
    for a in &answers {
        writeln!(w, "{a}")?;
    }
    writeln!(w, "{}", json!({ "queries": answers.len(), "seconds": seconds, "load_seconds": load_seconds }))?;
    Ok(())
}

/// `crystaldb index --db DIR --embedding NAME[@V]`.
pub fn index(out: &Output, db: &Path, embedding: &str, params: HnswParams) -> Result<()> {
    let database = Database::open_read_only(db)?;
    let bar = out.progress(0, "indexing");
    let cb = |done: usize, total: usize| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    };
    let report = database.embeddings().build_index_with_progress(embedding, params, &cb)?;
    bar.finish_and_clear();
    if out.json {
        out.document(&serde_json::to_value(&report)?);
    } else {
        println!(
            "{}: {} rows, index {} ({} inserted) in {}",
            report.set, report.rows, report.update, report.inserted, report.dir
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::distance_text;

    #[test]
    fn distances_print_with_six_significant_digits() {
        assert_eq!(distance_text(0.0), "0");
        assert_eq!(distance_text(3.2e-6), "3.20000e-6");
        assert_eq!(distance_text(0.00123456), "0.00123456");
        assert_eq!(distance_text(0.5), "0.500000");
        assert_eq!(distance_text(1234.567), "1234.57");
        assert_eq!(distance_text(2.5e7), "2.50000e7");
    }
}

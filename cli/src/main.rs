//! `crystaldb`: the command line for offline ingestion jobs and queries.

use clap::{Parser, Subcommand};
use crystaldb_cli::commands::{self as cli, Output};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "crystaldb",
    version,
    about = "An embedded database for crystal structures and their embeddings"
)]
struct Cli {
    /// Print one JSON document on stdout instead of human output.
    #[arg(long, global = true)]
    json: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build (or refresh) the demo database from the generated demo corpus, then embed, query and diagnose it.
    Demo {
        /// Database directory.
        #[arg(long, default_value = cli::DEFAULT_DEMO_DB)]
        db: PathBuf,
        /// Number of demo crystals.
        #[arg(long, default_value_t = 3000)]
        count: usize,
        /// Generator seed.
        #[arg(long, default_value_t = 42)]
        seed: u64,
        /// Stop after the ingest (no embeddings, query or diagnosis).
        #[arg(long)]
        ingest_only: bool,
    },
    /// Read files or directories (optionally .gz/.zst) into one new version.
    Ingest {
        /// Database directory (created when missing).
        #[arg(long)]
        db: PathBuf,
        /// Force the format instead of detecting it per file.
        #[arg(long)]
        format: Option<String>,
        /// Source name to use instead of the reader's.
        #[arg(long)]
        source: Option<String>,
        /// Records of ids already stored: `merge` (their values win, properties they do not
        /// carry keep the stored values), `replace` (they replace the stored row as they are) or
        /// `keep` (the stored row stays).
        #[arg(long, default_value = "merge", value_parser = ["merge", "replace", "keep"])]
        on_update: String,
        /// The library that computes the space groups of records whose source states none:
        /// `spglib` (Materials Project's groups: pymatgen's tolerances, 0.1 Å and 5°) or `moyo`
        /// (several times faster; differs from MP on ~0.8 % of its rows). Recorded per version.
        #[arg(long, default_value = "spglib", value_parser = ["spglib", "moyo"])]
        symmetry: String,
        /// Exit with status 3 when any record or file was rejected (the good records are still
        /// committed); without it a run with rejections exits 0 and lists them.
        #[arg(long)]
        strict: bool,
        /// Files or directories.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Summary of a database: version, structures, sources, embeddings.
    Info {
        /// Database directory.
        #[arg(long)]
        db: PathBuf,
        /// Read this version instead of the newest.
        #[arg(long)]
        version: Option<u64>,
    },
    /// The manifest of a version: its structure and embedding shard files, row counts, deleted
    /// rows and columns, as JSON for engines that read the Parquet files without the catalog
    /// (DuckDB, Spark, Polars; docs/ON_DISK.md). Writers keep one per version in manifests/;
    /// this exports it for any version, also of a database opened read-only.
    Manifest {
        /// Database directory.
        #[arg(long)]
        db: PathBuf,
        /// Describe this version instead of the newest.
        #[arg(long)]
        version: Option<u64>,
        /// Write the manifest to this file (atomically) instead of stdout.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// List the committed versions.
    Versions {
        /// Database directory.
        #[arg(long)]
        db: PathBuf,
    },
    /// Is each structure of some files already in the database? For every structure, the
    /// stored records that are the same crystal (pymatgen StructureMatcher semantics: primitive
    /// cells, volumes scaled to agree, the tolerances below), and which inputs repeat an earlier
    /// input; with --json, a summary with novelty and uniqueness.
    Match(cli::known::MatchFlags),
    /// One record by id, with every column.
    Get {
        /// Database directory.
        #[arg(long)]
        db: PathBuf,
        /// Record id, e.g. mp:mp-149.
        id: String,
        /// Read this version instead of the newest.
        #[arg(long)]
        version: Option<u64>,
    },
    /// Encode every structure of the newest version into a (new version of an) embedding set.
    Embed {
        /// Database directory.
        #[arg(long)]
        db: PathBuf,
        /// Encoder name (magpie, acsf, soap, graph, cgcnn, chgnet).
        #[arg(long)]
        encoder: String,
        /// Encoder parameter KEY=VALUE (repeatable), e.g. --set cutoff=5.0, or --set
        /// weights_file=formation-energy-per-atom.pth.tar for cgcnn, --set
        /// weights_file=chgnet_0.3.0_e29f68s314m37.pth.tar for chgnet (weights=random: the twin).
        #[arg(long = "set", value_name = "KEY=VALUE")]
        set: Vec<String>,
        /// Set name (default: the encoder's name, or <encoder>-<hash> for other parameters).
        #[arg(long)]
        name: Option<String>,
        /// Structures per encoder call.
        #[arg(long)]
        batch_size: Option<usize>,
        /// How the set is searched: zscore (each dimension standardised with the set's mean and
        /// standard deviation, stored with the set; the stored vectors stay raw) or none
        /// [default: zscore for magpie, none for the others].
        #[arg(long, value_parser = ["zscore", "none"])]
        normalize: Option<String>,
    },
    /// A published model's prediction for every structure of a version, as CSV (id,prediction),
    /// or stored as a filterable prediction set (--store).
    Predict {
        /// Database directory.
        #[arg(long)]
        db: PathBuf,
        /// Model: cgcnn (the checkpoint's property) or chgnet (energy, eV/atom).
        #[arg(long)]
        model: String,
        /// Model parameter KEY=VALUE (repeatable): --set weights_file=PATH (a CGCNN checkpoint,
        /// e.g. formation-energy-per-atom.pth.tar or band-gap.pth.tar; CHGNet's
        /// chgnet_0.3.0_e29f68s314m37.pth.tar or the `chgnet` package directory).
        #[arg(long = "set", value_name = "KEY=VALUE")]
        set: Vec<String>,
        /// CSV file to write (default: stdout).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Version to read (default: the newest).
        #[arg(long)]
        version: Option<u64>,
        /// Structures per batch.
        #[arg(long, default_value_t = 1024)]
        batch_size: usize,
        /// Store the predictions in the database as a prediction set (versioned like the
        /// embedding sets; filters read it as _crystaldb_<name>, e.g.
        /// `_crystaldb_chgnet_energy_per_atom < -5`); with --out, the set's values are written too.
        #[arg(long)]
        store: bool,
        /// Prediction set name for --store [default: chgnet_energy_per_atom; cgcnn_ + the
        /// checkpoint's file stem, e.g. cgcnn_formation_energy_per_atom].
        #[arg(long)]
        name: Option<String>,
    },
    /// Train a learned encoder (graph) on the newest version and store its weights in the database.
    Train {
        /// Database directory.
        #[arg(long)]
        db: PathBuf,
        #[command(flatten)]
        args: cli::train::TrainArgs,
    },
    /// Store vectors computed elsewhere (Parquet, CSV or .npy + ids) as a versioned embedding set.
    ImportEmbeddings {
        /// Database directory.
        #[arg(long)]
        db: PathBuf,
        /// Set name.
        #[arg(long)]
        name: String,
        /// Vector file: .parquet, .csv or .npy.
        file: PathBuf,
        /// Ids of a .npy file, one per line.
        #[arg(long)]
        ids: Option<PathBuf>,
        /// Provenance KEY=VALUE (repeatable), e.g. --meta model=mace-mp-0-medium.
        #[arg(long = "meta", value_name = "KEY=VALUE")]
        meta: Vec<String>,
        /// Metric the vectors are meant for: cosine or l2.
        #[arg(long, default_value = "cosine")]
        metric: String,
        /// Id column (Parquet, CSV; default "id").
        #[arg(long)]
        id_column: Option<String>,
        /// Vector column (Parquet; default "embedding", "vector" or the first list column).
        #[arg(long)]
        vector_column: Option<String>,
        /// Prefix added to every id, e.g. "mp:" when the file has "mp-149".
        #[arg(long)]
        id_prefix: Option<String>,
    },
    /// Filter structures (OPTIMADE filter language) and search nearest neighbours in an embedding set.
    Query {
        /// Database directory.
        #[arg(long)]
        db: PathBuf,
        /// OPTIMADE filter, e.g. 'band_gap > 1.5 AND elements HAS ALL "Li","O"'.
        #[arg(long)]
        filter: Option<String>,
        /// Search near this record id.
        #[arg(long)]
        near: Option<String>,
        /// Search near the (first) structure of this file, encoded with the set's encoder.
        #[arg(long)]
        near_file: Option<PathBuf>,
        /// Format of --near-file (detected by default).
        #[arg(long)]
        format: Option<String>,
        /// Search near this vector (.npy, .csv, .parquet, or numbers in a text/JSON file).
        #[arg(long)]
        near_vector: Option<PathBuf>,
        /// Batch: one query id per line; prints one JSON line per query.
        #[arg(long)]
        near_ids: Option<PathBuf>,
        /// Batch: query vectors (.npy, .csv, .parquet); prints one JSON line per query.
        #[arg(long)]
        near_vectors: Option<PathBuf>,
        /// Embedding set NAME or NAME@V (default: the only set).
        #[arg(long)]
        embedding: Option<String>,
        /// Number of neighbours.
        #[arg(short, long, default_value_t = 10)]
        k: usize,
        /// Rows of a filter-only query (0 = all).
        #[arg(long, default_value_t = 0)]
        limit: usize,
        /// Exact search (no HNSW).
        #[arg(long)]
        exact: bool,
        /// Show the plan and why it was chosen.
        #[arg(long)]
        explain: bool,
        /// Columns to show per hit, comma-separated.
        #[arg(long)]
        columns: Option<String>,
        /// Keep the query record among the hits.
        #[arg(long)]
        include_self: bool,
        /// Also exclude records linked to the query's material (its duplicates).
        #[arg(long)]
        exclude_duplicates: bool,
        /// Read this structure version instead of the newest.
        #[arg(long)]
        version: Option<u64>,
        /// HNSW ef at search time.
        #[arg(long)]
        ef: Option<usize>,
    },
    /// Build (or bring up to date) the HNSW index of an embedding set version.
    Index {
        /// Database directory.
        #[arg(long)]
        db: PathBuf,
        /// Embedding set NAME or NAME@V.
        #[arg(long)]
        embedding: String,
        /// Links per node (M).
        #[arg(long, default_value_t = 16)]
        m: usize,
        /// Candidate list size while building.
        #[arg(long, default_value_t = 200)]
        ef_construction: usize,
        /// Candidate list size while searching.
        #[arg(long, default_value_t = 64)]
        ef_search: usize,
        /// Filtered searches keeping at most this many rows scan them exactly.
        #[arg(long, default_value_t = 2048)]
        exact_below: usize,
        /// How the graph stores its points: `auto` (f16 when the values fit, else f32), `f32`,
        /// `f16`, `bf16` or `i8` (cosine sets only). Hits are re-scored from the full vectors.
        #[arg(long, default_value = "auto")]
        quantization: crystaldb::index::Quantization,
    },
    /// List, pin, unpin or drop embedding sets.
    Embeddings {
        #[command(subcommand)]
        action: EmbeddingsAction,
    },
    /// Export every visible row to Parquet or CSV (chosen by the file extension).
    Export {
        /// Database directory.
        #[arg(long)]
        db: PathBuf,
        /// Output file: .parquet or .csv (rows), .parquet or .npy (an embedding set; the ids go
        /// to FILE.ids.txt beside a .npy).
        #[arg(long)]
        out: PathBuf,
        /// Export this version instead of the newest.
        #[arg(long)]
        version: Option<u64>,
        /// Only the rows this OPTIMADE filter matches.
        #[arg(long)]
        filter: Option<String>,
        /// Comma-separated schema columns to write, in this order (default: all).
        #[arg(long)]
        columns: Option<String>,
        /// Export this embedding set (NAME or NAME@V): ids and vectors.
        #[arg(long)]
        embedding: Option<String>,
    },
    /// Diagnose embedding sets: precision@k, linear probes with baselines, clusters, latent axes.
    Diagnose(cli::diagnose::DiagnoseArgs),
    /// Serve the database as an OPTIMADE v1.2 API, with nearest-neighbour search as an extension.
    #[cfg(feature = "serve")]
    Serve(cli::serve::ServeArgs),
}

#[derive(Subcommand)]
enum EmbeddingsAction {
    /// Every set version with its provenance.
    List {
        /// Database directory.
        #[arg(long)]
        db: PathBuf,
    },
    /// Pin NAME@V: it survives `drop` of its set.
    Pin {
        /// Database directory.
        #[arg(long)]
        db: PathBuf,
        /// NAME@V (or NAME for the newest version).
        set: String,
    },
    /// Unpin NAME@V.
    Unpin {
        /// Database directory.
        #[arg(long)]
        db: PathBuf,
        /// NAME@V (or NAME for the newest version).
        set: String,
    },
    /// Drop NAME@V, or every unpinned version of NAME; files no remaining version reads are deleted.
    Drop {
        /// Database directory.
        #[arg(long)]
        db: PathBuf,
        /// NAME or NAME@V.
        set: String,
    },
}

fn main() -> ExitCode {
    crystaldb_cli::register_encoders();
    let args = Cli::parse();
    let out = Output::new(args.json);
    let result = match args.command {
        Command::Demo { db, count, seed, ingest_only } => cli::demo::run(&out, &db, count, seed, ingest_only),
        Command::Ingest { db, format, source, on_update, symmetry, strict, paths } => {
            match crystaldb::OnUpdate::parse(&on_update) {
                Ok(on_update) => {
                    let options =
                        crystaldb_readers::job::IngestOptions { format, source, message: None, on_update };
                    let engine = match symmetry.as_str() {
                        "moyo" => crystaldb::structure::SymmetryEngine::Moyo,
                        _ => crystaldb::structure::SymmetryEngine::Spglib,
                    };
                    cli::ingest::run(&out, &db, &paths, &options, strict, engine)
                }
                Err(e) => Err(e.into()),
            }
        }
        Command::Info { db, version } => cli::info::run(&out, &db, version),
        Command::Versions { db } => cli::info::versions(&out, &db),
        Command::Manifest { db, version, out: file } => {
            cli::info::manifest(&out, &db, version, file.as_deref())
        }
        Command::Get { db, id, version } => cli::get::run(&out, &db, &id, version),
        Command::Match(flags) => cli::known::run(&out, &flags.db, &flags.args()),
        Command::Embed { db, encoder, set, name, batch_size, normalize } => {
            cli::embed::run_embed(&out, &db, &encoder, &set, name, batch_size, normalize.as_deref())
        }
        Command::Predict { db, model, set, out: file, version, batch_size, store, name } => {
            let args = cli::predict::PredictArgs { model, set, out: file, version, batch_size, store, name };
            cli::predict::run(&out, &db, &args)
        }
        Command::Train { db, args } => cli::train::run(&out, &db, &args),
        Command::ImportEmbeddings {
            db,
            name,
            file,
            ids,
            meta,
            metric,
            id_column,
            vector_column,
            id_prefix,
        } => {
            let args =
                cli::embed::ImportArgs { name, file, ids, meta, metric, id_column, vector_column, id_prefix };
            cli::embed::run_import(&out, &db, &args)
        }
        Command::Query {
            db,
            filter,
            near,
            near_file,
            format,
            near_vector,
            near_ids,
            near_vectors,
            embedding,
            k,
            limit,
            exact,
            explain,
            columns,
            include_self,
            exclude_duplicates,
            version,
            ef,
        } => {
            let args = cli::query::QueryArgs {
                filter,
                near,
                near_file,
                format,
                near_vector,
                near_ids,
                near_vectors,
                embedding,
                k,
                limit,
                exact,
                explain,
                columns,
                include_self,
                exclude_duplicates,
                version,
                ef,
            };
            cli::query::run(&out, &db, &args)
        }
        Command::Index { db, embedding, m, ef_construction, ef_search, exact_below, quantization } => {
            let params = crystaldb::index::HnswParams {
                max_connections: m,
                ef_construction,
                ef_search,
                exact_below,
                quantization,
            };
            cli::query::index(&out, &db, &embedding, params)
        }
        Command::Embeddings { action } => match action {
            EmbeddingsAction::List { db } => cli::embed::list(&out, &db),
            EmbeddingsAction::Pin { db, set } => cli::embed::pin(&out, &db, &set, true),
            EmbeddingsAction::Unpin { db, set } => cli::embed::pin(&out, &db, &set, false),
            EmbeddingsAction::Drop { db, set } => cli::embed::drop_set(&out, &db, &set),
        },
        Command::Export { db, out: file, version, filter, columns, embedding } => {
            let args = cli::export::ExportArgs { version, filter, columns, embedding };
            cli::export::run(&out, &db, &file, &args)
        }
        Command::Diagnose(args) => cli::diagnose::run(&out, &args),
        #[cfg(feature = "serve")]
        Command::Serve(args) => cli::serve::run(&out, &args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.is::<cli::Rejected>() => {
            eprintln!("error: {e:#}");
            ExitCode::from(cli::Rejected::EXIT_CODE)
        }
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

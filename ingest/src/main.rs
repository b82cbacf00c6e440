//! `crystaldb`: the command line for offline ingestion jobs and queries.

use clap::{Parser, Subcommand};
use crystaldb_ingest::cli::{self, Output};
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
    /// Build (or refresh) the demo database from the generated demo corpus, then show it.
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
    /// List the committed versions.
    Versions {
        /// Database directory.
        #[arg(long)]
        db: PathBuf,
    },
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
    /// Export every visible row to Parquet or CSV (chosen by the file extension).
    Export {
        /// Database directory.
        #[arg(long)]
        db: PathBuf,
        /// Output file: .parquet or .csv.
        #[arg(long)]
        out: PathBuf,
        /// Export this version instead of the newest.
        #[arg(long)]
        version: Option<u64>,
    },
}

fn main() -> ExitCode {
    let args = Cli::parse();
    let out = Output::new(args.json);
    let result = match args.command {
        Command::Demo { db, count, seed } => cli::demo::run(&out, &db, count, seed),
        Command::Ingest { db, format, source, paths } => {
            let options = crystaldb_ingest::job::IngestOptions { format, source, message: None };
            cli::ingest::run(&out, &db, &paths, &options)
        }
        Command::Info { db, version } => cli::info::run(&out, &db, version),
        Command::Versions { db } => cli::info::versions(&out, &db),
        Command::Get { db, id, version } => cli::get::run(&out, &db, &id, version),
        Command::Export { db, out: file, version } => cli::export::run(&out, &db, &file, version),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

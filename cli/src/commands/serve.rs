//! `crystaldb serve`: the database as an OPTIMADE API (see the `crystaldb-server` crate).

use super::Output;
use anyhow::Result;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Arguments of `crystaldb serve`.
#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    /// Database directory (read-only; commits by other processes are picked up per request).
    #[arg(long)]
    pub db: PathBuf,
    /// Address to listen on; loopback unless told otherwise (port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:5000")]
    pub bind: SocketAddr,
    /// The URL clients reach the server at, for links (default http://<bound address>).
    #[arg(long)]
    pub base_url: Option<String>,
    /// Embedding set (NAME or NAME@V) served for nearest-neighbour search; repeat for several
    /// (default: every set).
    #[arg(long)]
    pub embedding: Vec<String>,
    /// Longest time one request may take, in seconds (503 after it).
    #[arg(long, default_value_t = 30.0)]
    pub timeout: f64,
    /// Largest request body, in bytes (413 above it).
    #[arg(long, default_value_t = 1 << 20)]
    pub max_body: usize,
    /// Send `Access-Control-Allow-Origin: ORIGIN` (CORS is off without it).
    #[arg(long)]
    pub cors_origin: Option<String>,
}

/// Serve until SIGINT/SIGTERM. Prints `listening on URL` on stdout (with `--json`, the
/// document `{"listening": ADDR, "base_url": URL, "db": DIR}`) once it accepts connections.
pub fn run(out: &Output, args: &ServeArgs) -> Result<()> {
    if !(args.timeout.is_finite() && args.timeout > 0.0) {
        anyhow::bail!("--timeout must be a positive number of seconds, not {}", args.timeout);
    }
    let mut config = crystaldb_server::Config::new(&args.db, args.base_url.clone().unwrap_or_default());
    config.embeddings = args.embedding.clone();
    config.request_timeout = Duration::from_secs_f64(args.timeout);
    config.max_body_bytes = args.max_body;
    config.cors_origin = args.cors_origin.clone();
    let json = out.json;
    let db = args.db.display().to_string();
    crystaldb_server::serve(config, args.bind, |addr, base| {
        use std::io::Write;
        if json {
            println!("{}", serde_json::json!({ "listening": addr.to_string(), "base_url": base, "db": db }));
        } else {
            println!(
                "listening on {base}/v1 (OPTIMADE {}), serving {db}; Ctrl-C stops",
                crystaldb_server::API_VERSION
            );
        }
        let _ = std::io::stdout().flush();
    })
}

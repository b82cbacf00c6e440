//! Load on `crystaldb serve` (release build): 16 concurrent clients on loopback for a bounded
//! time, half asking a filtered `/structures` page and half a filtered nearest-neighbour
//! search, while another process commits an ingest every few seconds. Reports throughput and
//! p50/p99 latency per kind, error responses, and whether any response mixed versions (each
//! response's `meta.data_available` must be the row count of the version it names).
//!
//! With `CRYSTALDB_OPTIMADE_SERVER_ENV` pointing at a virtual environment holding
//! `optimade[server]`, the filtered page is first measured against optimade-python-tools'
//! reference server (its in-memory mongomock backend, loaded with the same entries as served)
//! and against ours, one after the other, without commits.
//!
//! `cargo bench -p crystaldb-cli --bench serve_load [-- SECONDS CLIENTS]` (defaults 20 s, 16).
//! Needs the shared data (MP-20 validation split); each request opens its own connection, and
//! the clients run in this process on the same 2 cores as the servers.

use serde_json::Value;
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const FILTER: &str = "elements%20HAS%20%22O%22%20AND%20nelements%3E%3D2";

fn crystaldb(args: &[&str]) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_crystaldb")).args(args).output().expect("run crystaldb");
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap_or(Value::Null)
}

fn get(addr: &str, target: &str) -> (u16, Value) {
    let mut s = TcpStream::connect(addr).unwrap();
    write!(s, "GET {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").unwrap();
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).unwrap();
    let split = buf.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let status = String::from_utf8_lossy(&buf[..split]).split_whitespace().nth(1).unwrap().parse().unwrap();
    (status, serde_json::from_slice(&buf[split + 4..]).unwrap_or(Value::Null))
}

fn percentile(v: &mut [f64], p: f64) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

/// Per-kind latencies (ms), error responses, data_available per version, responses whose
/// count disagreed with their version's.
type Stats = (Vec<f64>, Vec<f64>, u64, BTreeMap<u64, u64>, u64);

/// `clients` threads for `seconds`: filtered pages, and (with `near`) filtered searches.
fn load(addr: &str, base: &str, ids: &[String], seconds: f64, clients: usize, near: bool) -> (f64, Stats) {
    let stats: Arc<Mutex<Stats>> = Arc::new(Mutex::new((vec![], vec![], 0, BTreeMap::new(), 0)));
    let t0 = Instant::now();
    std::thread::scope(|scope| {
        for c in 0..clients {
            let stats = stats.clone();
            scope.spawn(move || {
                let mut i = c;
                while t0.elapsed().as_secs_f64() < seconds {
                    let is_near = near && i % 2 == 1;
                    let target = if is_near {
                        let id = ids[(i * 7919) % ids.len()].replace(':', "%3A");
                        format!("{base}/structures?_crystaldb_near={id}&_crystaldb_k=10&filter={FILTER}&response_fields=nsites")
                    } else {
                        format!("{base}/structures?filter={FILTER}&page_limit=20&page_offset={}&response_fields=nsites,elements", (i * 20) % 2000)
                    };
                    let t = Instant::now();
                    let (status, doc) = get(addr, &target);
                    let ms = t.elapsed().as_secs_f64() * 1e3;
                    let mut s = stats.lock().unwrap();
                    if is_near { s.1.push(ms) } else { s.0.push(ms) }
                    if status != 200 {
                        s.2 += 1;
                    }
                    let (v, n) = (doc["meta"]["_crystaldb_version"].as_u64(), doc["meta"]["data_available"].as_u64());
                    if let (Some(v), Some(n)) = (v, n) {
                        if *s.3.entry(v).or_insert(n) != n {
                            s.4 += 1;
                        }
                    }
                    i += clients;
                }
            });
        }
    });
    let wall = t0.elapsed().as_secs_f64();
    let s = std::mem::take(&mut *stats.lock().unwrap());
    (wall, s)
}

fn report(name: &str, v: &mut [f64], wall: f64) {
    if v.is_empty() {
        return;
    }
    println!(
        "{name:<28} {:>7} requests  {:>8.1} req/s  p50 {:>7.2} ms  p99 {:>7.2} ms",
        v.len(),
        v.len() as f64 / wall,
        percentile(v, 0.5),
        percentile(v, 0.99)
    );
}

/// With `$CRYSTALDB_OPTIMADE_SERVER_ENV` (a virtual environment with `optimade[server]`): the
/// same rows (every entry as served, as JSON lines) in optimade-python-tools' reference server
/// on its in-memory mongomock backend; the filtered page workload against it and against ours
/// (no commits running). Returns (reference req/s, crystaldb req/s).
fn reference_server_rates(
    addr: &str,
    ids: &[String],
    seconds: f64,
    clients: usize,
    dir: &Path,
) -> Option<(f64, f64)> {
    let env = std::env::var_os("CRYSTALDB_OPTIMADE_SERVER_ENV")?;
    let python = Path::new(&env).join("bin/python");
    let jsonl = dir.join("entries.jsonl");
    let mut out = String::from("{\"x-optimade\": {\"meta\": {\"api_version\": \"1.2.0\"}}}\n");
    let mut target = "/v1/structures?page_limit=1000".to_string();
    loop {
        let (_, doc) = get(addr, &target);
        for e in doc["data"].as_array().unwrap() {
            out.push_str(&e.to_string());
            out.push('\n');
        }
        match doc["links"]["next"].as_str() {
            Some(next) => target = next.split_once(addr).unwrap().1.to_string(),
            None => break,
        }
    }
    std::fs::write(&jsonl, out).unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let peer_addr = format!("127.0.0.1:{port}");
    let mut peer = Command::new(python)
        .args([
            "-m",
            "uvicorn",
            "optimade.server.main:app",
            "--host",
            "127.0.0.1",
            "--port",
            &port.to_string(),
            "--log-level",
            "warning",
        ])
        .env("OPTIMADE_DATABASE_BACKEND", "mongomock")
        .env("OPTIMADE_INSERT_TEST_DATA", "false")
        .env("OPTIMADE_INSERT_FROM_JSONL", &jsonl)
        .env("OPTIMADE_CONFIG_FILE", dir.join("no-config.json"))
        .current_dir(dir)
        .spawn()
        .ok()?;
    let t = Instant::now();
    while TcpStream::connect(&peer_addr).is_err() {
        if t.elapsed() > Duration::from_secs(120) {
            let _ = peer.kill();
            return None;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    let (status, doc) = get(&peer_addr, &format!("/v1/structures?filter={FILTER}&page_limit=1"));
    let (_, ours) = get(addr, &format!("/v1/structures?filter={FILTER}&page_limit=1"));
    assert_eq!(status, 200, "{doc}");
    assert_eq!(
        doc["meta"]["data_returned"], ours["meta"]["data_returned"],
        "the reference server matches other rows"
    );
    let (peer_wall, mut p) = load(&peer_addr, "/v1", ids, seconds, clients, false);
    let _ = peer.kill();
    let _ = peer.wait();
    let (wall, mut o) = load(addr, "/v1", ids, seconds, clients, false);
    report("reference: filtered page", &mut p.0, peer_wall);
    report("crystaldb: filtered page", &mut o.0, wall);
    assert_eq!(p.2 + o.2, 0, "error responses");
    Some((p.0.len() as f64 / peer_wall, o.0.len() as f64 / wall))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let seconds: f64 = args.first().and_then(|s| s.parse().ok()).unwrap_or(20.0);
    let clients: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(16);
    let Some(data) = crystaldb::testdata::require("serve_load") else { return };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let d = db.to_str().unwrap().to_string();
    let split = data.join("mp/mp20_biternary_val.csv.gz");
    crystaldb(&["ingest", "--db", &d, "--json", split.to_str().unwrap()]);
    crystaldb(&["embed", "--db", &d, "--encoder", "magpie", "--json"]);

    let mut server = Command::new(env!("CARGO_BIN_EXE_crystaldb"))
        .args(["serve", "--json", "--bind", "127.0.0.1:0", "--db", &d])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(server.stdout.take().unwrap()), &mut line)
        .unwrap();
    let addr = serde_json::from_str::<Value>(&line).unwrap()["listening"].as_str().unwrap().to_string();
    let (_, first) = get(&addr, "/v1/structures?page_limit=1000&response_fields=nsites");
    let rows = first["meta"]["data_available"].as_u64().unwrap();
    let ids: Vec<String> =
        first["data"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap().to_string()).collect();

    let peer = reference_server_rates(&addr, &ids, seconds, clients, dir.path());

    // The writer: a small OPTIMADE file of renamed copies, ingested every 3 s by another process.
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (stop, addr, d, dir) = (stop.clone(), addr.clone(), d.clone(), dir.path().to_path_buf());
        std::thread::spawn(move || {
            let (_, page) = get(&addr, "/v1/structures?page_limit=20");
            let mut commits = 0;
            while !stop.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_secs(3));
                let mut doc = page.clone();
                for e in doc["data"].as_array_mut().unwrap() {
                    e["id"] = Value::from(format!("{}-copy{commits}", e["id"].as_str().unwrap()));
                }
                let f = dir.join(format!("commit{commits}.json"));
                std::fs::write(&f, doc.to_string()).unwrap();
                crystaldb(&["ingest", "--db", &d, "--source", "load", "--json", f.to_str().unwrap()]);
                commits += 1;
            }
            commits
        })
    };

    let (wall, mut s) = load(&addr, "/v1", &ids, seconds, clients, true);
    stop.store(true, Ordering::Relaxed);
    let commits = writer.join().unwrap();
    let _ = Command::new("kill").args(["-TERM", &server.id().to_string()]).status();
    let _ = server.wait();
    let (errors, versions, mixed) = (s.2, s.3.len(), s.4);
    println!("crystaldb serve, {rows} rows at start (MP-20 val), {clients} clients, {wall:.1} s, {commits} commits by another process");
    report("filtered page (20 rows)", &mut s.0, wall);
    report("filtered near (k=10, magpie)", &mut s.1, wall);
    if let Some((peer_rate, ours_rate)) = peer {
        println!(
            "filtered page without commits: crystaldb {ours_rate:.1} req/s, optimade-python-tools reference server (mongomock) {peer_rate:.1} req/s: {:.1}x",
            ours_rate / peer_rate
        );
    }
    println!("error responses {errors}, versions seen {versions}, responses mixing versions {mixed}");
    assert_eq!(errors, 0);
    assert_eq!(mixed, 0);
}

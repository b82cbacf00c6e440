//! `crystaldb serve` over HTTP: the OPTIMADE endpoints, nearest neighbours, bad requests (the
//! server answers each with its documented status and keeps serving), commits by another
//! process picked up without a restart, SIGTERM; on real data, filters through HTTP against the
//! ids the query path returns, and a round trip of every served structure through our OPTIMADE
//! reader.
//!
//! The client is a few lines over `TcpStream` so that a test can send what a library would
//! refuse to (raw paths, invalid percent-encodings, oversized bodies).

mod common;

use common::json;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A `crystaldb serve` child process on a free loopback port, killed when dropped.
struct Server {
    child: Child,
    addr: String,
}

impl Server {
    fn start(db: &Path, extra: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_crystaldb"))
            .args(["serve", "--json", "--bind", "127.0.0.1:0", "--db", db.to_str().unwrap()])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start crystaldb serve");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        let ready: Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("{line:?}: {e}"));
        Server { child, addr: ready["listening"].as_str().unwrap().to_string() }
    }

    /// One request; returns status, headers (lower-cased text) and body.
    fn request(&self, method: &str, target: &str, body: &[u8]) -> (u16, String, Vec<u8>) {
        let mut s = TcpStream::connect(&self.addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
        let head = format!(
            "{method} {target} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Length: {}\r\n\r\n",
            self.addr,
            body.len()
        );
        s.write_all(head.as_bytes()).unwrap();
        let _ = s.write_all(body);
        let mut buf = Vec::new();
        let _ = s.read_to_end(&mut buf);
        let split = buf.windows(4).position(|w| w == b"\r\n\r\n").unwrap_or_else(|| {
            panic!("{method} {target}: no HTTP response: {:?}", String::from_utf8_lossy(&buf))
        });
        let headers = String::from_utf8_lossy(&buf[..split]).to_lowercase();
        let status = headers.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap();
        (status, headers, buf[split + 4..].to_vec())
    }

    fn get(&self, target: &str) -> (u16, Value) {
        let (status, _, body) = self.request("GET", target, b"");
        let doc = serde_json::from_slice(&body)
            .unwrap_or_else(|e| panic!("GET {target}: {e}: {}", String::from_utf8_lossy(&body)));
        (status, doc)
    }

    fn ok(&self, target: &str) -> Value {
        let (status, doc) = self.get(target);
        assert_eq!(status, 200, "GET {target}: {doc}");
        doc
    }

    /// Every entry a filter matches, following `links.next`.
    fn all_ids(&self, filter: &str) -> BTreeSet<String> {
        let mut target =
            format!("/v1/structures?page_limit=1000&response_fields=nsites&filter={}", enc(filter));
        let mut ids = BTreeSet::new();
        loop {
            let doc = self.ok(&target);
            for e in doc["data"].as_array().unwrap() {
                assert!(ids.insert(e["id"].as_str().unwrap().to_string()), "{filter}: {} twice", e["id"]);
            }
            match doc["links"]["next"].as_str() {
                Some(next) => target = next.split_once(&self.addr).unwrap().1.to_string(),
                None => break,
            }
        }
        ids
    }

    /// SIGTERM, then the exit status within 20 s.
    fn terminate(mut self) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        assert!(Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
        let t = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(t.elapsed() < Duration::from_secs(20), "the server did not stop on SIGTERM");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn demo_db(dir: &Path, count: &str) -> std::path::PathBuf {
    let db = dir.join("db");
    let d = db.to_str().unwrap();
    json(&["demo", "--db", d, "--count", count, "--ingest-only", "--json"]);
    json(&["embed", "--db", d, "--encoder", "magpie", "--json"]);
    db
}

fn error_of(doc: &Value) -> String {
    doc["errors"][0]["detail"].as_str().unwrap_or_default().to_string()
}

#[test]
fn serves_optimade_answers_bad_requests_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), "150");
    let server = Server::start(&db, &["--max-body", "4096"]);

    let info = server.ok("/v1/info");
    assert_eq!(info["data"]["attributes"]["api_version"], "1.2.0");
    assert_eq!(info["meta"]["provider"]["prefix"], "crystaldb");
    let (status, headers, body) = server.request("GET", "/versions", b"");
    assert_eq!((status, body.as_slice()), (200, &b"version\n1\n"[..]));
    assert!(headers.contains("content-type: text/csv; header=present"), "{headers}");
    assert_eq!(server.get("/v1/versions").0, 404);
    assert_eq!(server.get("/v2/info").0, 553);
    assert!(!headers.contains("access-control-allow-origin"), "CORS is off by default");
    let props = server.ok("/v1/info/structures");
    for p in ["nsites", "elements", "chemical_formula_reduced", "species", "_crystaldb_band_gap"] {
        assert!(props["data"]["properties"][p]["type"].is_string(), "{p} missing from /info/structures");
    }

    // Pages: every entry once, in scan order; `next` until the last page.
    let all = server.all_ids("");
    assert_eq!(all.len(), 150);
    let page = server.ok("/v1/structures?page_limit=7&page_offset=140");
    assert_eq!(page["data"].as_array().unwrap().len(), 7);
    assert_eq!(page["meta"]["more_data_available"], true);
    assert_eq!(page["meta"]["_crystaldb_version"], 1);
    let last = server.ok("/v1/structures?page_limit=7&page_number=22");
    assert_eq!(last["data"].as_array().unwrap().len(), 3);
    assert!(last["links"]["next"].is_null());

    // Sorting, response fields, single entries.
    let sorted = server.ok("/v1/structures?sort=-nsites,id&page_limit=150&response_fields=nsites");
    let n: Vec<u64> = sorted["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["attributes"]["nsites"].as_u64().unwrap())
        .collect();
    assert!(n.windows(2).all(|w| w[0] >= w[1]), "{n:?}");
    assert_eq!(sorted["data"][0]["attributes"].as_object().unwrap().len(), 1);
    let id = sorted["data"][0]["id"].as_str().unwrap().to_string();
    let one = server.ok(&format!("/v1/structures/{}", enc(&id)));
    assert_eq!(one["data"]["id"], id.as_str());
    assert_eq!(one["data"]["attributes"]["nsites"], n[0]);
    let nested = server
        .ok("/v1/structures?filter=nsites%3E%3D4ANDelements%20HAS%20%22O%22&response_fields=nsites,elements");
    for e in nested["data"].as_array().unwrap() {
        assert!(e["attributes"]["nsites"].as_u64().unwrap() >= 4);
        assert!(e["attributes"]["elements"].as_array().unwrap().contains(&json!("O")));
    }
    // Any magnitude is a number: nothing has 1e400 sites, everything has fewer.
    assert_eq!(server.ok("/v1/structures?filter=nsites%3C1e400")["meta"]["data_returned"], 150);
    assert_eq!(server.ok("/v1/structures?filter=nsites%3D1e400")["meta"]["data_returned"], 0);

    // Nearest neighbours by id, under a filter, in distance order, with the plan.
    let near = server.ok(&format!(
        "/v1/structures?_crystaldb_near={}&_crystaldb_k=5&filter={}",
        enc(&id),
        enc("nelements >= 2")
    ));
    let hits = near["data"].as_array().unwrap();
    assert_eq!(hits.len(), 5);
    let d: Vec<f64> = hits.iter().map(|h| h["attributes"]["_crystaldb_distance"].as_f64().unwrap()).collect();
    assert!(d.windows(2).all(|w| w[0] <= w[1]), "{d:?}");
    assert!(hits
        .iter()
        .all(|h| h["attributes"]["nelements"].as_u64().unwrap() >= 2 && h["id"] != id.as_str()));
    assert_eq!(near["meta"]["_crystaldb_plan"]["set"], "magpie@1");
    // The same crystal posted as an OPTIMADE resource is its own nearest neighbour.
    let resource = one["data"].to_string();
    let (status, _, body) =
        server.request("POST", "/v1/extensions/crystaldb/near?_crystaldb_k=3", resource.as_bytes());
    let posted: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(status, 200, "{posted}");
    assert!(posted["data"][0]["attributes"]["_crystaldb_distance"].as_f64().unwrap() < 1e-4, "{posted}");

    // Bad requests: documented status, a JSON:API error object, and the server keeps serving.
    let bad: &[(&str, u16, &str)] = &[
        ("/v1/structures?filter=nsites%3D", 400, "bytes 7..7"),
        ("/v1/structures?filter=crazyfield%3D2", 400, "unknown field"),
        ("/v1/structures?filter=elements%3Anelements%20HAS%20%22O%22%3A2", 501, "not supported"),
        ("/v1/structures?filter=lattice_vectors%20HAS%201", 501, "not supported"),
        ("/v1/structures?page_limit=1000000000", 403, "maximum"),
        ("/v1/structures?page_offset=-1", 400, "non-negative"),
        ("/v1/structures?page_limit=abc", 400, "non-negative"),
        ("/v1/structures?filter=%FF%FE", 400, "UTF-8"),
        ("/v1/structures?bogus=1", 400, "unknown query parameter"),
        ("/v1/structures?sort=species", 400, "not sortable"),
        ("/v1/structures?response_format=xml", 400, "only json"),
        ("/v1/structures?_crystaldb_near=nope%3Anope", 400, "nope:nope"),
        ("/v1/structures?_crystaldb_near=demo%3Ademo-000001&_crystaldb_k=0", 400, "1..=1000"),
        ("/v1/structures?_crystaldb_near=demo%3Ademo-000001&_crystaldb_embedding=acsf", 400, "not served"),
        ("/v1/structures/nope%3Anope", 404, "no structure"),
        ("/v1/structures/..%2F..%2Fcatalog.redb", 404, "no structure"),
        ("/v1/structures/../../../../etc/passwd", 404, "no endpoint"),
        ("/v1/nothing", 404, "no endpoint"),
        ("/v1/structures/%C3%28", 400, "UTF-8"),
    ];
    for (target, status, needle) in bad {
        let (s, doc) = server.get(target);
        assert_eq!(s, *status, "{target}: {doc}");
        assert_eq!(doc["errors"][0]["status"], status.to_string(), "{target}");
        assert!(error_of(&doc).contains(needle), "{target}: {doc}");
        assert!(doc["meta"]["api_version"].is_string(), "{target}: errors carry meta");
    }
    let long =
        format!("/v1/structures?filter={}", enc(&"nsites = 1 OR ".repeat(1000)).to_string() + "nsites%3D1");
    assert_eq!(server.get(&long).0, 400);
    let deep =
        format!("/v1/structures?filter={}", enc(&format!("{}nsites=1{}", "(".repeat(500), ")".repeat(500))));
    assert_eq!(server.get(&deep).0, 400);
    let (s, _, body) = server.request("POST", "/v1/extensions/crystaldb/near", &[b'x'; 5000]);
    assert_eq!(s, 413, "{}", String::from_utf8_lossy(&body));
    let (s, _, _) = server.request("POST", "/v1/extensions/crystaldb/near", b"data_x\n_cell_length_a 1\n");
    assert_eq!(s, 400);
    let (s, _, _) = server.request("POST", "/v1/structures", b"");
    assert_eq!(s, 405);
    let (s, _, _) = server.request("GET", "/v1/extensions/crystaldb/near", b"");
    assert_eq!(s, 405);
    assert_eq!(server.ok("/v1/info")["data"]["type"], "info", "still serving after the bad requests");

    assert!(server.terminate().success(), "SIGTERM is a clean stop");
}

#[test]
fn each_request_reads_one_version_and_sees_commits_from_another_process() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), "40");
    let server = Server::start(&db, &[]);
    let before = server.ok("/v1/structures?page_limit=1");
    assert_eq!(
        (before["meta"]["_crystaldb_version"].clone(), before["meta"]["data_available"].clone()),
        (json!(1), json!(40))
    );
    // Another process commits while the server runs.
    let more = dir.path().join("more.json");
    let one = server.ok("/v1/structures?page_limit=3");
    let mut doc = one.clone();
    for e in doc["data"].as_array_mut().unwrap() {
        let id = e["id"].as_str().unwrap().replace("demo:", "copy-");
        e["id"] = json!(id);
    }
    std::fs::write(&more, doc.to_string()).unwrap();
    let report =
        json(&["ingest", "--db", db.to_str().unwrap(), "--source", "copy", "--json", more.to_str().unwrap()]);
    assert_eq!(report["added"], 3, "{report}");
    let after = server.ok("/v1/structures?page_limit=1&filter=source%3D%22copy%22");
    assert_eq!(after["meta"]["_crystaldb_version"], 2, "{}", after["meta"]);
    assert_eq!(after["meta"]["data_available"], 43);
    assert_eq!(after["meta"]["data_returned"], 3);
}

/// Filters through HTTP return the ids of the query path (`Snapshot::select`, what
/// `crystaldb query --filter` runs) and of DuckDB's SQL, for the MP-20 filter table; every
/// served structure ingests back through our OPTIMADE reader unchanged.
#[test]
fn mp20_filters_over_http_and_a_round_trip_through_the_optimade_reader() {
    let Some(data) = crystaldb::testdata::require("mp20_filters_over_http") else { return };
    let expected: Value = serde_json::from_str(include_str!("expected/filters_mp20.json")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let mut args = vec!["ingest".to_string(), "--db".into(), db.to_str().unwrap().into(), "--json".into()];
    for p in expected["inputs"].as_array().unwrap() {
        args.push(data.join(p.as_str().unwrap()).to_string_lossy().into_owned());
    }
    let report = json(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(report["added"], expected["added"]);
    let server = Server::start(&db, &[]);
    let snap = crystaldb::Database::open_read_only(&db).unwrap().snapshot().unwrap();
    let all = server.all_ids("");
    let mut checked = 0;
    for f in expected["filters"].as_array().unwrap() {
        let filter = f["filter"].as_str().unwrap();
        if f["error"] == true {
            let (status, doc) = server.get(&format!("/v1/structures?filter={}", enc(filter)));
            assert!(status == 400 || status == 501, "{filter}: {status} {doc}");
            continue;
        }
        let got = server.all_ids(filter);
        let local: BTreeSet<String> =
            snap.select(&crystaldb::Filter::parse(filter).unwrap()).unwrap().ids.into_iter().collect();
        let duckdb = common::expected_ids(f, &all);
        assert_eq!(got, local, "{filter}: HTTP and select differ");
        assert_eq!(got, duckdb, "{filter}: HTTP and DuckDB differ");
        checked += 1;
    }
    assert!(checked >= 80, "{checked} filters checked");

    // A CIF posted to the `near` extension: the stored crystal read from the same file is its
    // nearest neighbour, at distance 0 (Magpie depends on composition only, so its polymorphs
    // may tie with it).
    json(&["embed", "--db", db.to_str().unwrap(), "--encoder", "magpie", "--json"]);
    let cif = data.join("structures/cif/Bi2Te3.cif");
    let (status, _, body) =
        server.request("POST", "/v1/extensions/crystaldb/near?_crystaldb_k=3", &std::fs::read(&cif).unwrap());
    let posted: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(status, 200, "{posted}");
    let first = &posted["data"][0];
    assert!(first["attributes"]["_crystaldb_distance"].as_f64().unwrap() < 1e-4, "{posted}");
    assert_eq!(first["attributes"]["chemical_formula_reduced"], "Bi2Te3", "{posted}");
    // Round trip: every page as served -> our OPTIMADE reader -> a second database.
    let pages = dir.path().join("pages");
    std::fs::create_dir(&pages).unwrap();
    let mut target = "/v1/structures?page_limit=1000".to_string();
    let mut n = 0;
    loop {
        let doc = server.ok(&target);
        std::fs::write(pages.join(format!("page{n:03}.json")), doc.to_string()).unwrap();
        n += 1;
        match doc["links"]["next"].as_str() {
            Some(next) => target = next.split_once(&server.addr).unwrap().1.to_string(),
            None => break,
        }
    }
    let db2 = dir.path().join("db2");
    let back = json(&["ingest", "--db", db2.to_str().unwrap(), "--json", pages.to_str().unwrap()]);
    assert_eq!(back["added"], expected["added"], "{}", back["errors"]);
    let snap2 = crystaldb::Database::open_read_only(&db2).unwrap().snapshot().unwrap();
    let mut checked = 0;
    for row in snap.rows().unwrap() {
        let row = row.unwrap();
        let copy = snap2
            .get(&format!("crystaldb:{}", row.id))
            .unwrap()
            .unwrap_or_else(|| panic!("{} not read back", row.id));
        assert_eq!(copy.formula_reduced, row.formula_reduced, "{}", row.id);
        assert_eq!(copy.formula_hill, row.formula_hill, "{}", row.id);
        assert_eq!(copy.structure.species(), row.structure.species(), "{}", row.id);
        assert_eq!(copy.structure.occupancies(), row.structure.occupancies(), "{}", row.id);
        for i in 0..3 {
            for j in 0..3 {
                assert_eq!(
                    copy.structure.lattice.matrix[i][j], row.structure.lattice.matrix[i][j],
                    "{}",
                    row.id
                );
            }
        }
        for (a, b) in copy.structure.frac_coords().iter().zip(row.structure.frac_coords()) {
            for k in 0..3 {
                assert!((a[k] - b[k]).abs() < 1e-9, "{}: {a:?} vs {b:?}", row.id);
            }
        }
        checked += 1;
    }
    assert_eq!(checked, expected["rows"].as_u64().unwrap());
}

/// Volume per site, stored as a prediction set (what `predict --store` stores for a model).
struct VolumePerSite;

impl crystaldb::encode::Encoder for VolumePerSite {
    fn spec(&self) -> crystaldb::encode::EncoderSpec {
        let params = serde_json::Map::new();
        crystaldb::encode::EncoderSpec::new("volume-model", 1, params, None, 1, crystaldb::encode::Metric::L2)
    }

    fn structure_aware(&self) -> bool {
        true
    }

    fn encode(&self, batch: &[crystaldb::Structure]) -> crystaldb::Result<Vec<Vec<f32>>> {
        Ok(batch.iter().map(|s| vec![(s.volume() / s.nsites() as f64) as f32]).collect())
    }
}

/// Filters on a prediction set (`_crystaldb_<name>`) answer over HTTP as on the query path; a
/// name that is neither a field nor a prediction set is a 400 naming the close ones.
#[test]
fn prediction_sets_filter_over_http() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), "60");
    {
        let database = crystaldb::Database::open(&db).unwrap();
        let options = crystaldb::embedding::EmbedOptions {
            name: Some("volume_model".into()),
            prediction: true,
            ..Default::default()
        };
        database.embeddings().embed(&VolumePerSite, &options).unwrap();
    }
    let filter = "_crystaldb_volume_model < 15 AND nsites >= 1";
    let snap = crystaldb::Database::open_read_only(&db).unwrap().snapshot().unwrap();
    let expected: BTreeSet<String> =
        snap.select(&crystaldb::filter::Filter::parse(filter).unwrap()).unwrap().ids.into_iter().collect();
    assert!(!expected.is_empty() && expected.len() < 60, "{}", expected.len());
    let server = Server::start(&db, &[]);
    assert_eq!(server.all_ids(filter), expected);
    let (status, doc) = server.get(&format!("/v1/structures?filter={}", enc("_crystaldb_volume_modle < 1")));
    assert_eq!(status, 400, "{doc}");
    assert!(error_of(&doc).contains("did you mean `_crystaldb_volume_model`"), "{doc}");
    // Listed in /info/structures, and returned when requested.
    let info = server.ok("/v1/info/structures");
    let prop = &info["data"]["properties"]["_crystaldb_volume_model"];
    assert_eq!((prop["type"].as_str(), prop["sortable"].as_bool()), (Some("float"), Some(false)), "{prop}");
    let set = crystaldb::Database::open_read_only(&db).unwrap().embeddings().load("volume_model").unwrap();
    let doc = server.ok(&format!(
        "/v1/structures?page_limit=5&response_fields=nsites,_crystaldb_volume_model&filter={}",
        enc(filter)
    ));
    let data = doc["data"].as_array().unwrap();
    assert_eq!(data.len(), 5.min(expected.len()));
    for e in data {
        let value = e["attributes"]["_crystaldb_volume_model"].as_f64().unwrap();
        let id = e["id"].as_str().unwrap();
        assert_eq!(value, f64::from(set.get(id).unwrap()[0]), "{id}");
        assert!(value < 15.0);
    }
    let one = server.ok(&format!(
        "/v1/structures/{}?response_fields=_crystaldb_volume_model",
        enc(data[0]["id"].as_str().unwrap())
    ));
    assert_eq!(
        one["data"]["attributes"]["_crystaldb_volume_model"],
        data[0]["attributes"]["_crystaldb_volume_model"]
    );
    // The server keeps serving.
    server.ok("/v1/structures?page_limit=1");
}

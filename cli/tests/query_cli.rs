//! `crystaldb query` and `crystaldb index`: JSON contracts, batch mode, explain, errors.

use serde_json::Value;

mod common;

use common::{crystaldb, fails, json};

#[test]
fn query_filter_near_batch_and_index() {
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("db");
    let db = db_path.to_str().unwrap();
    json(&["demo", "--db", db, "--count", "300", "--ingest-only", "--json"]);
    fails(&["query", "--db", db, "--near", "demo:demo-000000"], "crystaldb embed");
    json(&["embed", "--db", db, "--encoder", "magpie", "--json"]);

    // Nearest neighbours with a filter: the contract keys, k hits, every hit matches.
    let filter = r#"elements HAS "O" AND nelements <= 3"#;
    let r =
        json(&["query", "--db", db, "--filter", filter, "--near", "demo:demo-000000", "-k", "5", "--json"]);
    let hits = r["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 5);
    for h in hits {
        assert!(h["id"].is_string() && h["distance"].is_number(), "{h}");
        assert!(h["elements"].as_array().unwrap().iter().any(|e| e == "O"));
        assert!(h["nelements"].as_u64().unwrap() <= 3);
        assert_ne!(h["id"], "demo:demo-000000");
    }
    let d: Vec<f64> = hits.iter().map(|h| h["distance"].as_f64().unwrap()).collect();
    assert!(d.windows(2).all(|w| w[0] <= w[1]), "sorted by distance: {d:?}");
    assert_eq!(r["plan"]["strategy"], "exact");
    assert!(r["plan"]["reason"].as_str().unwrap().contains("exact"));
    assert_eq!(r["plan"]["set"], "magpie@1");

    // --columns picks the columns; --include-self keeps the query.
    let r = json(&[
        "query",
        "--db",
        db,
        "--near",
        "demo:demo-000000",
        "-k",
        "2",
        "--include-self",
        "--columns",
        "chemsys,density",
        "--json",
    ]);
    assert_eq!(r["hits"][0]["id"], "demo:demo-000000");
    assert!(r["hits"][0]["chemsys"].is_string() && r["hits"][0]["density"].is_number());

    // Filter-only with a limit; human output with --explain.
    let r = json(&["query", "--db", db, "--filter", "nsites > 4", "--limit", "7", "--json"]);
    assert_eq!(r["hits"].as_array().unwrap().len(), 7);
    assert_eq!(r["plan"]["strategy"], "filter-only");
    let human =
        crystaldb(&["query", "--db", db, "--filter", filter, "--near", "demo:demo-000001", "--explain"]);
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(
        human.status.success() && text.contains("strategy") && text.contains("formula_reduced"),
        "{text}"
    );

    // Near a structure file and near a vector.
    let cif = dir.path().join("NaCl.cif");
    std::fs::write(
        &cif,
        "data_NaCl\n_cell_length_a 5.64\n_cell_length_b 5.64\n_cell_length_c 5.64\n_cell_angle_alpha 90\n\
         _cell_angle_beta 90\n_cell_angle_gamma 90\n_symmetry_space_group_name_H-M 'F m -3 m'\n\
         loop_\n_atom_site_label\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n\
         Na1 Na 0 0 0\nCl1 Cl 0.5 0.5 0.5\n",
    )
    .unwrap();
    let r = json(&["query", "--db", db, "--near-file", cif.to_str().unwrap(), "-k", "3", "--json"]);
    assert_eq!(r["hits"].as_array().unwrap().len(), 3);
    assert_eq!(r["plan"]["query"], "structure");
    // The largest -k: every other row (k + the excluded query row wrapped to 0 in release).
    let all =
        json(&["query", "--db", db, "--near", "demo:demo-000002", "-k", &usize::MAX.to_string(), "--json"]);
    let total = json(&["info", "--db", db, "--json"])["structures"].as_u64().unwrap() as usize;
    assert_eq!(all["hits"].as_array().unwrap().len(), total - 1, "{all}");
    // A structure file named .gz that is not gzip: the decoder's error, not "no structure".
    let not_gzip = dir.path().join("NaCl.cif.gz");
    std::fs::copy(&cif, &not_gzip).unwrap();
    fails(
        &["query", "--db", db, "--near-file", not_gzip.to_str().unwrap()],
        "gzip data truncated or corrupt",
    );
    let vec_file = dir.path().join("q.json");
    std::fs::write(&vec_file, format!("[{}]", vec!["0.5"; 102].join(","))).unwrap();
    let r = json(&["query", "--db", db, "--near-vector", vec_file.to_str().unwrap(), "-k", "4", "--json"]);
    assert_eq!(r["hits"].as_array().unwrap().len(), 4);
    std::fs::write(&vec_file, "[1, 2, 3]").unwrap();
    fails(&["query", "--db", db, "--near-vector", vec_file.to_str().unwrap()], "dimension");
    fails(&["query", "--db", db, "--filter", "bandgap > 1"], "band_gap");
    fails(&["query", "--db", db, "--near", "demo:nope"], "demo:nope");

    // Batch mode: one JSON line per query, then the timing line.
    let ids = dir.path().join("ids.txt");
    std::fs::write(&ids, "demo:demo-000002\ndemo:demo-000003\ndemo:nope\n").unwrap();
    let out =
        crystaldb(&["query", "--db", db, "--near-ids", ids.to_str().unwrap(), "-k", "3", "--filter", filter]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<Value> =
        String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["query"], "demo:demo-000002");
    assert_eq!(lines[0]["hits"].as_array().unwrap().len(), 3);
    assert!(lines[2]["error"].as_str().unwrap().contains("demo:nope"));
    assert_eq!(lines[3]["queries"], 3);
    assert!(lines[3]["seconds"].is_number() && lines[3]["load_seconds"].is_number());

    // Batch mode by vectors: one line per row of the .npy (labelled by row number), each the
    // answer of the same vector as a single query, then the timing line.
    let dim = 102;
    let values: Vec<f32> = (0..3 * dim).map(|i| 0.25 + ((i * 37) % 11) as f32 / 11.0).collect();
    let npy = dir.path().join("queries.npy");
    common::write_npy(&npy, dim, &values);
    let npy_arg = npy.to_str().unwrap();
    let out = crystaldb(&["query", "--db", db, "--near-vectors", npy_arg, "-k", "4", "--filter", filter]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<Value> =
        String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 4);
    for (i, line) in lines[..3].iter().enumerate() {
        assert_eq!(line["query"], i.to_string());
        let hits = line["hits"].as_array().unwrap();
        assert_eq!(hits.len(), 4, "{line}");
        let row: Vec<String> = values[i * dim..(i + 1) * dim].iter().map(f32::to_string).collect();
        std::fs::write(&vec_file, format!("[{}]", row.join(","))).unwrap();
        let single = json(&[
            "query",
            "--db",
            db,
            "--near-vector",
            vec_file.to_str().unwrap(),
            "-k",
            "4",
            "--filter",
            filter,
            "--json",
        ]);
        let pairs = |hits: &[Value]| -> Vec<(String, f64)> {
            hits.iter()
                .map(|h| (h["id"].as_str().unwrap().to_string(), h["distance"].as_f64().unwrap()))
                .collect()
        };
        assert_eq!(pairs(hits), pairs(single["hits"].as_array().unwrap()), "query {i}");
    }
    assert_eq!(lines[3]["queries"], 3);
    assert!(lines[3]["seconds"].is_number() && lines[3]["load_seconds"].is_number());
    common::write_npy(&npy, 3, &[1.0; 6]);
    fails(&["query", "--db", db, "--near-vectors", npy_arg], "dimension");

    // The index command persists an HNSW index; a second call finds it up to date.
    let i = json(&["index", "--db", db, "--embedding", "magpie", "--json"]);
    assert_eq!(
        (i["set"].as_str(), i["update"].as_str(), i["rows"].as_u64()),
        (Some("magpie@1"), Some("built"), Some(300))
    );
    assert!(db_path.join("indexes/magpie@1/index.json").is_file());
    let i = json(&["index", "--db", db, "--embedding", "magpie@1", "--json"]);
    assert_eq!(i["update"], "unchanged");
    assert_eq!((i["params"]["quantization"].as_str(), i["storage"].as_str()), (Some("auto"), Some("f16")));
    fails(&["index", "--db", db, "--embedding", "magpie", "--m", "300"], "max_connections");
    // Another storage is another build; a name that is not one is refused with the choices.
    let i = json(&["index", "--db", db, "--embedding", "magpie", "--quantization", "f32", "--json"]);
    assert_eq!((i["update"].as_str(), i["storage"].as_str()), (Some("built"), Some("f32")));
    fails(
        &["index", "--db", db, "--embedding", "magpie", "--quantization", "f8"],
        "auto, f32, f16, bf16, i8",
    );
}

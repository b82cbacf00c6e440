//! The exact structure comparison (`structure::compare::fit`, and `same_crystal` = signature +
//! fit, which links records of one material at ingest) against pymatgen's `StructureMatcher`
//! with the same tolerances, on every same-formula pair of the MP-20 validation split
//! (`scripts/dev/matcher_expected.py` -> `tests/expected/matcher_mp20.json`), and on copies of
//! real structures that are the same crystal by construction (rotated, permuted, shifted,
//! supercell, jittered, strained).

use crystaldb::structure::compare::{fit, same_crystal, MatchTolerance};
use crystaldb::structure::{Lattice, Structure};
use crystaldb_readers::formats::reader_by_name;
use crystaldb_readers::reader::ReadContext;
use serde_json::Value;
use std::collections::HashMap;

const EXPECTED: &str = include_str!("expected/matcher_mp20.json");

fn mp20_structures(data: &std::path::Path) -> HashMap<String, Structure> {
    let path = data.join("mp/mp20_biternary_val.csv.gz");
    let opened = crystaldb_readers::input::open(&path).unwrap();
    let reader = reader_by_name("mp20-csv").unwrap();
    let ctx = ReadContext::for_path(&path);
    reader.read(opened.reader, &ctx).map(|r| r.unwrap()).map(|r| (r.source_id, r.structure)).collect()
}

#[test]
fn fit_agrees_with_pymatgen_on_mp20_polymorph_pairs() {
    let Some(data) = crystaldb::testdata::require("fit_agrees_with_pymatgen_on_mp20_polymorph_pairs") else {
        return;
    };
    let structures = mp20_structures(&data);
    let expected: Value = serde_json::from_str(EXPECTED).unwrap();
    let tol = MatchTolerance::default();
    let (mut tp, mut tn, mut fp, mut fneg) = (0, 0, 0, 0);
    let mut disagreements = vec![];
    let mut linked_wrongly = vec![];
    for pair in expected["pairs"].as_array().unwrap() {
        let (a, b, theirs) =
            (pair[0].as_str().unwrap(), pair[1].as_str().unwrap(), pair[2].as_bool().unwrap());
        let found = fit(&structures[a], &structures[b], &tol);
        let ours = found.is_some();
        match (ours, theirs) {
            (true, true) => tp += 1,
            (false, false) => tn += 1,
            (true, false) => fp += 1,
            (false, true) => fneg += 1,
        }
        if ours != theirs {
            disagreements.push(format!("{a} {b}: ours {found:?}, pymatgen {theirs}"));
        }
        // What ingest links, where pymatgen disagrees: only geometrically identical pairs
        // (rms < 0.01 of the free length per atom) whose primitive cells pymatgen's own
        // reduction found with different sizes (e.g. two MP relaxations of cubic ReO3 in
        // 8- and 16-site cells).
        if !theirs
            && same_crystal(&structures[a], &structures[b], &tol)
            && found.is_none_or(|f| f.rms >= 0.01)
        {
            linked_wrongly.push(format!("{a} {b}: {found:?}"));
        }
    }
    let total = tp + tn + fp + fneg;
    let agreement = (tp + tn) as f64 / total as f64;
    eprintln!(
        "fit vs StructureMatcher on {total} MP-20 same-formula pairs: agree {agreement:.4} \
         (both match {tp}, both differ {tn}, only ours {fp}, only pymatgen {fneg}); {disagreements:?}"
    );
    assert!(total >= 500 && tp >= 40, "the table lost its pairs");
    assert!(agreement >= 0.98, "agreement {agreement}: {disagreements:?}");
    assert!(linked_wrongly.is_empty(), "linked although pymatgen says different: {linked_wrongly:?}");
}

/// A deterministic proper rotation about an axis (1, 2, 3).
fn rotate(s: &Structure, angle: f64) -> Structure {
    let n = 14f64.sqrt();
    let k = [1.0 / n, 2.0 / n, 3.0 / n];
    let (c, sn) = (angle.cos(), angle.sin());
    let rot = |v: [f64; 3]| -> [f64; 3] {
        let kv = crystaldb::structure::cross(k, v);
        let kd = crystaldb::structure::dot(k, v);
        std::array::from_fn(|i| v[i] * c + kv[i] * sn + k[i] * kd * (1.0 - c))
    };
    let mut out = s.clone();
    out.lattice = Lattice::new(s.lattice.matrix.map(rot));
    out
}

#[test]
fn fit_finds_transformed_copies_of_real_structures() {
    let Some(data) = crystaldb::testdata::require("fit_finds_transformed_copies_of_real_structures") else {
        return;
    };
    let structures = mp20_structures(&data);
    let mut ids: Vec<&String> = structures.keys().collect();
    ids.sort();
    let tol = MatchTolerance::default();
    let mut missed = vec![];
    let sample: Vec<&String> = ids.into_iter().step_by(36).collect();
    for (n, id) in sample.iter().enumerate() {
        let s = &structures[*id];
        let cell = [[1, 1, 2], [2, 1, 1], [1, 2, 1]][n % 3];
        let mut copy = rotate(&s.supercell(cell), 0.3 + n as f64);
        copy.sites.reverse();
        let width = copy.lattice.lengths();
        for (i, site) in copy.sites.iter_mut().enumerate() {
            for (c, (f, w)) in site.frac.iter_mut().zip(width).enumerate() {
                // Thermal-like jitter of at most 0.02 Å, plus an origin shift.
                let jitter = 0.02 * (((i * 7 + c * 3 + n) % 11) as f64 / 5.0 - 1.0);
                *f += jitter / w + 0.137 * (c + 1) as f64;
            }
        }
        copy.lattice.matrix[1] = copy.lattice.matrix[1].map(|x| x * 1.02);
        match fit(s, &copy, &tol) {
            Some(f) if f.max < tol.site_tolerance => {}
            other => missed.push(format!("{id}: {other:?}")),
        }
    }
    eprintln!("transformed copies: {} of {} found", sample.len() - missed.len(), sample.len());
    assert!(missed.is_empty(), "{missed:?}");
}

/// The same crystal from different sources and formats gets one material key: the AFLOW entry
/// and its CIFs, the MP silicon CIF and the NOMAD archive of silicon, MP's Li2O document and a
/// Li2O CIF; polymorphs of iron stay apart.
#[test]
fn real_records_of_one_crystal_share_a_material_key() {
    let Some(data) = crystaldb::testdata::require("real_records_of_one_crystal_share_a_material_key") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let paths: Vec<String> = [
        "formats/aflow",
        "formats/mp",
        "formats/nomad/archive_query_response_Si16_vasp.json",
        "formats/pymatgen",
        "structures",
    ]
    .iter()
    .map(|p| data.join(p).to_string_lossy().into_owned())
    .collect();
    let mut args = vec!["ingest", "--db", db.to_str().unwrap(), "--json"];
    args.extend(paths.iter().map(String::as_str));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_crystaldb")).args(&args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let database = crystaldb::Database::open_read_only(&db).unwrap();
    let snap = database.snapshot().unwrap();
    let key =
        |id: &str| snap.get(id).unwrap().unwrap_or_else(|| panic!("{id} missing")).material_key.unwrap();
    let agcoo2 = key("aflow:fbc2cf03b9659c90");
    for id in ["file:Ag1Co1O2_ICSD_246157_sprim", "file:aflow_Ag1Co1O2_ICSD_246157_P1"] {
        assert_eq!(key(id), agcoo2, "{id}");
    }
    let si = key("file:Si_mp_149");
    assert_eq!(key("nomad:1WGSYo1RrGFEIcM17Re4kjHC7k6p"), si);
    assert_eq!(key("file:Li2O"), key("mp:mp-1960"));
    assert_ne!(key("mp:mp-13"), key("mp:mp-136"), "bcc and hcp iron");

    // The report says which records were linked to which material.
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let links = report["links"].as_array().unwrap();
    assert_eq!(links.len() as u64, report["linked"].as_u64().unwrap());
    for l in links {
        let id = l["id"].as_str().unwrap();
        assert_eq!(l["material_key"].as_str().unwrap(), key(id), "{id}");
        assert_ne!(key(id), id, "{id} is linked to another record");
    }
    assert!(links.iter().any(|l| l["id"] == "nomad:1WGSYo1RrGFEIcM17Re4kjHC7k6p"), "{links:?}");
}

/// One extended-XYZ frame of a structure (Cartesian positions, Å).
fn extxyz_frame(s: &Structure, tag: &str) -> String {
    let rows: Vec<String> = s.lattice.matrix.iter().flatten().map(|x| format!("{x:.10}")).collect();
    let mut out = format!(
        "{}\nLattice=\"{}\" Properties=species:S:1:pos:R:3 tag={tag}\n",
        s.sites.len(),
        rows.join(" ")
    );
    for site in &s.sites {
        let p = s.lattice.to_cartesian(site.frac);
        let symbol = crystaldb::structure::element::symbol(site.z).unwrap();
        out.push_str(&format!("{symbol} {:.10} {:.10} {:.10}\n", p[0], p[1], p[2]));
    }
    out
}

/// A rotated supercell of `s` in reverse site order, jittered by up to 0.02 Å, origin-shifted
/// and strained 2 % along b: the same crystal (see `fit_finds_transformed_copies_of_real_structures`).
fn disguised(s: &Structure, n: usize) -> Structure {
    let cell = [[1, 1, 2], [2, 1, 1], [1, 2, 1]][n % 3];
    let mut copy = rotate(&s.supercell(cell), 0.3 + n as f64);
    copy.sites.reverse();
    let width = copy.lattice.lengths();
    for (i, site) in copy.sites.iter_mut().enumerate() {
        for (c, (f, w)) in site.frac.iter_mut().zip(width).enumerate() {
            let jitter = 0.02 * (((i * 7 + c * 3 + n) % 11) as f64 / 5.0 - 1.0);
            *f += jitter / w + 0.137 * (c + 1) as f64;
        }
    }
    copy.lattice.matrix[1] = copy.lattice.matrix[1].map(|x| x * 1.02);
    copy
}

/// `crystaldb match` against a database of the MP-20 validation split: disguised copies of
/// stored records are known as those records; pymatgen's polymorph pairs are each known as
/// themselves only and stay distinct among the inputs; a copy with an element no record has is
/// new; repeated inputs point at their first occurrence; a broken frame is a located error
/// while the rest are compared.
#[test]
fn match_command_finds_stored_crystals_and_repeats_among_inputs() {
    let Some(data) =
        crystaldb::testdata::require("match_command_finds_stored_crystals_and_repeats_among_inputs")
    else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let (db, csv) = (db.to_str().unwrap(), data.join("mp/mp20_biternary_val.csv.gz"));
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_crystaldb"))
            .args(args)
            .output()
            .expect("run crystaldb")
    };
    let ingest = run(&["ingest", "--db", db, "--symmetry", "moyo", "--json", csv.to_str().unwrap()]);
    assert!(ingest.status.success(), "{}", String::from_utf8_lossy(&ingest.stderr));
    let structures = mp20_structures(&data);
    let mut ids: Vec<&String> = structures.keys().collect();
    ids.sort();

    // (input index, what it must be): Some(id) = known as the record id, None = new.
    let mut frames = String::new();
    let mut expect: Vec<Option<String>> = vec![];
    for (n, id) in ids.iter().step_by(180).enumerate() {
        frames += &extxyz_frame(&disguised(&structures[*id], n), &format!("copy{n}"));
        expect.push(Some(format!("mp:{id}")));
    }
    let copies = expect.len();
    // Polymorph pairs pymatgen calls different crystals.
    let pairs: Value = serde_json::from_str(EXPECTED).unwrap();
    let different: Vec<(&str, &str)> = pairs["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p[2] == false)
        .map(|p| (p[0].as_str().unwrap(), p[1].as_str().unwrap()))
        .step_by(40)
        .take(6)
        .collect();
    let first_polymorph = expect.len();
    for (a, b) in &different {
        for id in [a, b] {
            frames += &extxyz_frame(&structures[*id], id);
            expect.push(Some(format!("mp:{id}")));
        }
    }
    // No MP-20 record holds radon.
    let novel = expect.len();
    let mut radon = structures[ids[7]].clone();
    let z = radon.sites[0].z;
    radon.sites.iter_mut().filter(|s| s.z == z).for_each(|s| s.z = 86);
    frames += &extxyz_frame(&radon, "radon");
    expect.push(None);
    // The first copy again, disguised another way, and the radon copy again.
    frames += &extxyz_frame(&disguised(&structures[ids[0]], 1), "again");
    expect.push(Some(format!("mp:{}", ids[0])));
    frames += &extxyz_frame(&radon, "radon-again");
    expect.push(None);
    let queries = dir.path().join("queries.extxyz");
    std::fs::write(&queries, &frames).unwrap();
    let broken = dir.path().join("broken.extxyz");
    std::fs::write(&broken, "2\nLattice=\"4 0 0 0 4 0 0 0 4\"\nNa 0 0 0\nCl two 2 2\n").unwrap();

    let out = run(&["match", "--db", db, "--json", queries.to_str().unwrap(), broken.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let answers = doc["structures"].as_array().unwrap();
    assert_eq!(answers.len(), expect.len(), "{doc}");
    for (i, (a, want)) in answers.iter().zip(&expect).enumerate() {
        let found: Vec<&str> =
            a["matches"].as_array().unwrap().iter().map(|m| m["id"].as_str().unwrap()).collect();
        match want {
            Some(id) => assert!(found.contains(&id.as_str()) && a["known"] == true, "input {i}: {a}"),
            None => assert!(found.is_empty() && a["known"] == false, "input {i}: {a}"),
        }
        assert_eq!(a["comparable"], true);
    }
    for (k, (a, b)) in different.iter().enumerate() {
        let (ia, ib) = (first_polymorph + 2 * k, first_polymorph + 2 * k + 1);
        let ids_of = |i: usize| -> Vec<String> {
            answers[i]["matches"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m["id"].as_str().unwrap().to_string())
                .collect()
        };
        assert!(
            !ids_of(ia).contains(&format!("mp:{b}")) && !ids_of(ib).contains(&format!("mp:{a}")),
            "{a} {b}"
        );
        // Only an earlier input of the same record (pairs share members) may be its first.
        for i in [ia, ib] {
            if let Some(first) = answers[i]["same_as_input"].as_u64() {
                assert_eq!(expect[first as usize], expect[i], "input {i}: {}", answers[i]);
            }
        }
    }
    let n = expect.len();
    assert_eq!(answers[n - 2]["same_as_input"], 0, "{}", answers[n - 2]);
    assert_eq!(answers[n - 1]["same_as_input"], novel, "{}", answers[n - 1]);
    let repeats = answers.iter().filter(|a| !a["same_as_input"].is_null()).count();
    let s = &doc["summary"];
    assert_eq!(
        (s["inputs"].as_u64(), s["known"].as_u64(), s["novel"].as_u64()),
        (Some(n as u64), Some(n as u64 - 2), Some(2))
    );
    assert_eq!((s["unique"].as_u64(), s["novel_unique"].as_u64()), (Some((n - repeats) as u64), Some(1)));
    assert!((s["novelty"].as_f64().unwrap() - 2.0 / n as f64).abs() < 1e-12);
    assert!(
        doc["tolerances"]["volume_tol"].is_null() && doc["tolerances"]["stol"] == 0.3,
        "{}",
        doc["tolerances"]
    );
    let errors = doc["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0]["file"].as_str().unwrap().contains("broken.extxyz")
            && errors[0]["message"].as_str().unwrap().contains("line 4"),
        "{errors:?}"
    );
    assert!(copies >= 39);

    // The library's three calls give the command's answers: the plain one, the one on prepared
    // structures, and the one that prepares while it reads the candidates.
    let opened = crystaldb_readers::input::open(&queries).unwrap();
    let inputs: Vec<Structure> = reader_by_name("extxyz")
        .unwrap()
        .read(opened.reader, &ReadContext::for_path(&queries))
        .map(|r| r.unwrap().structure)
        .collect();
    let tol = MatchTolerance { volume_tolerance: f64::INFINITY, ..Default::default() };
    let snap = crystaldb::Database::open_read_only(db).unwrap().snapshot().unwrap();
    let prepared = crystaldb::prepare_all(&inputs, &tol);
    let plain = snap.same_crystals(&inputs, &tol).unwrap();
    let (prepared_too, found) = snap.same_crystals_and_prepared(&inputs, &tol).unwrap();
    assert_eq!(plain, found);
    assert_eq!(plain, snap.same_crystals_prepared(&prepared, &tol).unwrap());
    assert_eq!(
        prepared_too.iter().map(|p| p.as_ref().map(|p| p.cell().clone())).collect::<Vec<_>>(),
        prepared.iter().map(|p| p.as_ref().map(|p| p.cell().clone())).collect::<Vec<_>>()
    );
    for (a, m) in answers.iter().zip(&plain) {
        let ids: Vec<&str> = m.as_ref().unwrap().iter().map(|k| k.id.as_str()).collect();
        let listed: Vec<&str> =
            a["matches"].as_array().unwrap().iter().map(|m| m["id"].as_str().unwrap()).collect();
        assert_eq!(ids, listed, "{a}");
    }

    // Human output: one line per input and the summary; tolerances are checked.
    let text = run(&["match", "--db", db, queries.to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&text.stdout);
    assert!(stdout.contains("known: mp:") && stdout.contains("same crystal as input 0"), "{stdout}");
    assert!(stdout.contains(&format!("{n} structures at version 1: {} known, 2 new", n - 2)), "{stdout}");
    let bad = run(&["match", "--db", db, "--stol", "0", queries.to_str().unwrap()]);
    assert!(
        !bad.status.success() && String::from_utf8_lossy(&bad.stderr).contains("--stol must be a positive")
    );
    let none = run(&["match", "--db", db, broken.to_str().unwrap()]);
    assert!(!none.status.success() && String::from_utf8_lossy(&none.stderr).contains("broken.extxyz"));
}

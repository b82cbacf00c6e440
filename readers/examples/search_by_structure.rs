//! Search by structure file: "which stored crystals look like the one in this POSCAR or CIF?"
//!
//! `cargo run -p crystaldb-readers --example search_by_structure -- [DB_DIR FILE [SET,SET,...]]`
//!
//! The file is read with the ingest readers (format detected from the name and the first
//! bytes, as `crystaldb ingest` does), encoded on the fly with each set's own encoder and
//! parameters, and searched with `snapshot.search(set).near_structure(...)`.
//!
//! Without arguments it builds a demo database (2,000 generated crystals) in a temporary
//! directory, embeds it with Magpie (composition only) and ACSF (local structure), writes the
//! first demo crystal (a cubic perovskite) strained by 3 % as a POSCAR file and searches near
//! that file. Magpie sees only the composition, so every crystal of that composition is at
//! distance 0 from the strained copy (equal distances come back in id order); ACSF sees the
//! local environments, so its nearest neighbours are other cubic perovskites, whatever their
//! elements. With a database (e.g. made by `crystaldb ingest` + `crystaldb embed --encoder
//! magpie` + `--encoder acsf`) and a file, it searches the sets named in the third argument
//! (default `magpie,acsf`; sets the database lacks are skipped).

use anyhow::{anyhow, bail, Context, Result};
use crystaldb::demo::{demo_records, DemoOptions};
use crystaldb::embedding::EmbedOptions;
use crystaldb::encode::build_encoder;
use crystaldb::structure::{element, Lattice, Structure};
use crystaldb::{Database, Record};
use crystaldb_readers::{formats, input, ReadContext};
use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::{Path, PathBuf};

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("usage: search_by_structure [DB_DIR FILE [SET,SET,...]]");
        return Ok(());
    }
    let (db, file, sets) = match args.as_slice() {
        [dir, file, rest @ ..] if rest.len() <= 1 => {
            let sets = rest.first().map_or("magpie,acsf", String::as_str);
            (Database::open(dir)?, PathBuf::from(file), sets.split(',').map(str::to_string).collect())
        }
        [] => demo()?,
        _ => bail!("usage: search_by_structure [DB_DIR FILE [SET,SET,...]]"),
    };

    let record = read_structure(&file)?;
    let s = &record.structure;
    let sg = s.space_group(1e-3).map(|g| format!("{} ({})", g.symbol, g.number)).unwrap_or_default();
    println!("\nquery {}: {}, {} sites, {sg}", file.display(), s.composition().reduced_formula(), s.nsites());

    let snapshot = db.snapshot()?;
    let known: Vec<String> = db.embeddings().list()?.into_iter().map(|info| info.name).collect();
    for set in sets.iter().filter(|set| known.contains(set)) {
        let result = snapshot.search(set).near_structure(record.structure.clone()).k(8).run()?;
        println!("\n{} — {}", result.plan.set.as_deref().unwrap_or(set), result.plan.reason);
        println!("{:<20} {:>9}  {:<14} space group", "id", "distance", "formula");
        for hit in &result.hits {
            let sg = hit.row.spacegroup.as_ref().map(|s| format!("{} ({})", s.symbol, s.number));
            println!(
                "{:<20} {:>9.5}  {:<14} {}",
                hit.id,
                hit.distance.unwrap_or(f32::NAN),
                hit.row.formula_reduced,
                sg.unwrap_or_else(|| "-".into())
            );
        }
    }
    Ok(())
}

/// A demo database embedded with magpie and acsf, and a strained demo crystal as a POSCAR file.
fn demo() -> Result<(Database, PathBuf, Vec<String>)> {
    let dir = std::env::temp_dir().join(format!("crystaldb-structure-search-{}", std::process::id()));
    let db = Database::builder().create_if_missing(true).open(&dir)?;
    let records = demo_records(&DemoOptions { count: 2000, seed: 42 });
    let first = records[0].clone();
    db.insert(records)?;
    let sets = vec!["magpie".to_string(), "acsf".to_string()];
    for encoder in &sets {
        let report = db
            .embeddings()
            .embed(build_encoder(encoder, &BTreeMap::new())?.as_ref(), &EmbedOptions::default())?;
        println!(
            "embedded {}@{}: {} vectors of dimension {}",
            report.name, report.version, report.count, report.dim
        );
    }
    let mut strained = first.structure.clone();
    strained.lattice = Lattice::new(strained.lattice.matrix.map(|row| row.map(|x| x * 1.03)));
    let file = dir.join("strained.POSCAR");
    std::fs::write(&file, poscar(&strained, &format!("{} strained by 3 %", first.id()))?)
        .with_context(|| format!("writing {}", file.display()))?;
    println!("wrote {} ({} strained by 3 %)", file.display(), first.id());
    Ok((db, file, sets))
}

/// The first structure of a file, in the format the ingest readers detect.
fn read_structure(path: &Path) -> Result<Record> {
    let mut opened = input::open(path).with_context(|| format!("opening {}", path.display()))?;
    let head = opened.head()?;
    let reader = formats::detect(&input::decompressed_name(path), &head)
        .ok_or_else(|| anyhow!("{}: not a structure format the readers recognise", path.display()))?;
    let first = reader
        .read(opened.reader as Box<dyn BufRead>, &ReadContext::for_path(path))
        .next()
        .ok_or_else(|| anyhow!("{}: no structure in the file", path.display()))??;
    Ok(first)
}

/// A VASP 5 POSCAR: lattice rows (Å), species in order of first appearance, direct coordinates.
fn poscar(s: &Structure, comment: &str) -> Result<String> {
    let mut species: Vec<u8> = Vec::new();
    for site in &s.sites {
        if site.occupancy != 1.0 {
            bail!("a POSCAR cannot hold a partially occupied site");
        }
        if !species.contains(&site.z) {
            species.push(site.z);
        }
    }
    let mut out = format!("{comment}\n1.0\n");
    for row in s.lattice.matrix {
        out += &format!("  {:.10} {:.10} {:.10}\n", row[0], row[1], row[2]);
    }
    let symbols: Vec<&str> = species.iter().map(|&z| element::symbol(z).unwrap_or("X")).collect();
    let counts: Vec<String> =
        species.iter().map(|&z| s.sites.iter().filter(|site| site.z == z).count().to_string()).collect();
    out += &format!("{}\n{}\nDirect\n", symbols.join(" "), counts.join(" "));
    for &z in &species {
        for site in s.sites.iter().filter(|site| site.z == z) {
            out += &format!("  {:.10} {:.10} {:.10}\n", site.frac[0], site.frac[1], site.frac[2]);
        }
    }
    Ok(out)
}

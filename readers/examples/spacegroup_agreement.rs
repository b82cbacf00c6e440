//! How often the space group spglib or moyo finds agrees with the one a source states, at
//! several tolerances: "which library and tolerance policy reproduce Materials Project's groups?"
//!
//! `cargo run -p crystaldb-readers --example spacegroup_agreement -- [--all] SETTINGS FILE...`
//!
//! SETTINGS is a comma-separated list of `[LIBRARY:]symprec:angle` (LIBRARY `spglib`, the
//! default, or `moyo`; Å; degrees or `default` for spglib's distance-derived angle criterion),
//! e.g. `0.1:5,moyo:0.1:default,moyo:0.1:5`. The first setting runs on
//! every record that states a group (`extra.source_spacegroup_number`, as the MP CSV reader writes
//! it); the others run on the records the first disagrees on, or on every record with `--all`.
//! Prints the agreement of each setting and one line per record the first setting disagrees on
//! (id, formula, stated group, the group at each setting and the symprec it was found at).

use anyhow::{anyhow, bail, Context, Result};
use crystaldb::structure::{SymmetryEngine, SymmetryTolerance};
use crystaldb::Record;
use crystaldb_readers::{formats, input, ReadContext};
use std::io::BufRead;
use std::path::PathBuf;

fn main() -> Result<()> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let all = args.iter().any(|a| a == "--all");
    args.retain(|a| a != "--all");
    // `--dump FILE`: the records the first setting disagrees on, as JSON lines (id, stated
    // group, lattice rows, atomic numbers, fractional coordinates) for a reference tool.
    let dump = args.iter().position(|a| a == "--dump").map(|i| {
        let path = args.get(i + 1).cloned().unwrap_or_default();
        args.drain(i..(i + 2).min(args.len()));
        path
    });
    let Some((settings, files)) = args.split_first() else {
        bail!("usage: spacegroup_agreement [--all] [LIBRARY:]SYMPREC:ANGLE[,...] FILE...");
    };
    let settings = settings.split(',').map(parse_setting).collect::<Result<Vec<_>>>()?;

    let mut records = Vec::new();
    for file in files {
        records.extend(read(&PathBuf::from(file))?);
    }
    let stated: Vec<(Record, i32)> = records
        .into_iter()
        .filter_map(|r| {
            let n = r.extra.get("source_spacegroup_number")?.as_i64()? as i32;
            Some((r, n))
        })
        .collect();
    eprintln!("{} records state a space group", stated.len());

    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = stated.len().div_ceil(threads).max(1);
    let rows: Vec<Row> = std::thread::scope(|scope| {
        let handles: Vec<_> = stated
            .chunks(chunk)
            .map(|part| {
                scope.spawn(|| part.iter().map(|(r, n)| evaluate(r, *n, &settings, all)).collect::<Vec<_>>())
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().expect("worker panicked")).collect()
    });

    for (i, setting) in settings.iter().enumerate() {
        let computed: Vec<&Row> = rows.iter().filter(|r| r.groups.len() > i).collect();
        let agree = computed.iter().filter(|r| r.groups[i].map(|g| g.0) == Some(r.stated)).count();
        println!(
            "{:<14} agrees on {agree:>6} / {:<6} computed rows ({:.2} %)",
            label(setting),
            computed.len(),
            100.0 * agree as f64 / computed.len().max(1) as f64
        );
    }
    if let Some(path) = dump {
        let mut text = String::new();
        for (r, n) in &stated {
            if rows.iter().any(|row| row.id == r.source_id && row.groups[0].map(|g| g.0) != Some(row.stated))
            {
                let line = serde_json::json!({
                    "id": r.source_id, "stated": n, "lattice": r.structure.lattice.matrix,
                    "numbers": r.structure.species(), "frac": r.structure.frac_coords(),
                });
                text.push_str(&format!("{line}\n"));
            }
        }
        std::fs::write(&path, text).with_context(|| format!("writing {path}"))?;
    }
    println!("\ndisagreements of {}:", label(&settings[0]));
    for row in rows.iter().filter(|r| r.groups[0].map(|g| g.0) != Some(r.stated)) {
        let groups: Vec<String> = row
            .groups
            .iter()
            .map(|g| g.map_or("error".to_string(), |(n, used)| format!("{n} (symprec {used:.3})")))
            .collect();
        println!(
            "{}\t{}\t{} sites\tstated {}\t{}",
            row.id,
            row.formula,
            row.nsites,
            row.stated,
            groups.join("\t")
        );
    }
    Ok(())
}

struct Row {
    id: String,
    formula: String,
    nsites: usize,
    stated: i32,
    /// (group number, symprec the group was found at) at each setting computed.
    groups: Vec<Option<(i32, f64)>>,
}

type Setting = (SymmetryEngine, SymmetryTolerance);

fn evaluate(r: &Record, stated: i32, settings: &[Setting], all: bool) -> Row {
    let group =
        |(e, t): &Setting| r.structure.symmetry_with(*e, *t).ok().map(|s| (s.group.number, s.symprec));
    let mut groups = vec![group(&settings[0])];
    if all || groups[0].map(|g| g.0) != Some(stated) {
        groups.extend(settings[1..].iter().map(group));
    }
    Row {
        id: r.source_id.clone(),
        formula: r.structure.composition().reduced_formula(),
        nsites: r.structure.nsites(),
        stated,
        groups,
    }
}

fn parse_setting(text: &str) -> Result<Setting> {
    let (engine, rest) = match text.split_once(':') {
        Some(("spglib", rest)) => (SymmetryEngine::Spglib, rest),
        Some(("moyo", rest)) => (SymmetryEngine::Moyo, rest),
        _ => (SymmetryEngine::Spglib, text),
    };
    let (symprec, angle) =
        rest.split_once(':').ok_or_else(|| anyhow!("setting '{text}' is not [LIBRARY:]SYMPREC:ANGLE"))?;
    let symprec = symprec.parse().with_context(|| format!("symprec in '{text}'"))?;
    let angle_degrees = match angle {
        "default" => None,
        a => Some(a.parse().with_context(|| format!("angle in '{text}'"))?),
    };
    Ok((engine, SymmetryTolerance { symprec, angle_degrees }))
}

fn label((engine, t): &Setting) -> String {
    let library = match engine {
        SymmetryEngine::Spglib => "spglib",
        SymmetryEngine::Moyo => "moyo",
    };
    match t.angle_degrees {
        Some(a) => format!("{library}:{}:{a}°", t.symprec),
        None => format!("{library}:{}:default", t.symprec),
    }
}

fn read(path: &std::path::Path) -> Result<Vec<Record>> {
    let mut opened = input::open(path).with_context(|| format!("opening {}", path.display()))?;
    let head = opened.head()?;
    let reader = formats::detect(&input::decompressed_name(path), &head)
        .ok_or_else(|| anyhow!("{}: not a structure format the readers recognise", path.display()))?;
    let mut out = Vec::new();
    for result in reader.read(opened.reader as Box<dyn BufRead>, &ReadContext::for_path(path)) {
        match result {
            Ok(r) => out.push(r),
            Err(e) => eprintln!("skipped: {e}"),
        }
    }
    Ok(out)
}

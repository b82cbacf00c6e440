//! VASP POSCAR / CONTCAR reader (VASP 4 and 5 layouts). One record per file, id
//! `file:<stem>`.
//!
//! Layout: comment line; scale line (one factor: positive scales the lattice and Cartesian
//! positions, negative is the target cell volume in Å³; or three positive factors scaling the
//! x, y, z Cartesian components); three lattice-vector lines (rows a, b, c); in VASP 5 a line of
//! species names (POTCAR suffixes such as `Fe_pv` or `Si/1a2b` are dropped), then the counts
//! line; in VASP 4 the counts line directly, with the species taken from the comment line
//! (`Cu`, `Fe O`, `Fe2O3`: one element per count, in order; otherwise an error); an optional
//! `Selective dynamics` line (first letter `S`/`s`); the coordinate mode (`C`/`c`/`K`/`k` is
//! Cartesian, anything else direct); one position line per atom (only the first three numbers
//! are read, so selective-dynamics flags and trailing species labels are ignored). Anything
//! after the positions (velocities, predictor-corrector blocks) is ignored and not even read.
//!
//! The comment line goes to `extra["poscar_comment"]`.

use crate::formats::text::{excerpt, finite_f64, species_z, Lines, MAX_ATOMS};
use crate::reader::{ReadContext, RecordResult, StructureReader};
use crystaldb::structure::{element, Lattice, Structure, Vec3};
use crystaldb::Record;
use serde_json::Value as Json;
use std::io::BufRead;

/// Reader of VASP POSCAR/CONTCAR files.
#[derive(Debug, Clone, Copy, Default)]
pub struct PoscarReader;

impl StructureReader for PoscarReader {
    fn name(&self) -> &'static str {
        "poscar"
    }

    fn sniff(&self, file_name: &str, head: &[u8]) -> bool {
        let lower = file_name.to_ascii_lowercase();
        let base = lower.rsplit(['/', '\\']).next().unwrap_or(&lower);
        if base.contains("poscar") || base.contains("contcar") || base.ends_with(".vasp") {
            return true;
        }
        // Content: a scale line of one or three numbers, then three lines of three numbers.
        let text = String::from_utf8_lossy(head);
        let lines: Vec<&str> = text.lines().take(6).collect();
        if lines.len() < 6 {
            return false;
        }
        let nums = |l: &str| l.split_whitespace().map_while(finite_f64).count();
        let scale = lines[1].split_whitespace().count();
        (scale == 1 || scale == 3) && nums(lines[1]) == scale && lines[2..5].iter().all(|l| nums(l) >= 3)
    }

    fn read<'a>(
        &self,
        input: Box<dyn BufRead + 'a>,
        ctx: &ReadContext,
    ) -> Box<dyn Iterator<Item = RecordResult> + 'a> {
        let ctx = ctx.clone();
        Box::new(std::iter::once_with(move || {
            let id = if ctx.stem.is_empty() { "input".to_string() } else { ctx.stem.clone() };
            parse(Lines::new(input)).map_err(|e| ctx.error(&id, e)).map(|(structure, comment)| {
                let mut r = Record::new(ctx.source_or("file"), id.clone(), structure);
                r.mark_unstated_absent(&[]);
                if !comment.is_empty() {
                    r.extra.insert("poscar_comment".into(), Json::String(comment));
                }
                r
            })
        }))
    }
}

struct Input<'a> {
    lines: Lines<'a>,
}

impl Input<'_> {
    /// The next line and its number; `what` names it in the error at the end of the input.
    fn line(&mut self, what: &str) -> Result<(usize, String), String> {
        match self.lines.next_line() {
            Some(Ok(l)) => Ok((self.lines.line_no(), l)),
            Some(Err(e)) => Err(e),
            None => Err(format!("line {}: file ends before the {what}", self.lines.line_no() + 1)),
        }
    }
}

fn three(line_no: usize, line: &str, what: &str) -> Result<Vec3, String> {
    let v: Vec<f64> = line.split_whitespace().take(3).map_while(finite_f64).collect();
    if v.len() < 3 {
        return Err(format!("line {line_no}: {what} needs three numbers, found '{}'", excerpt(line, 60)));
    }
    Ok([v[0], v[1], v[2]])
}

/// Species of a VASP 4 file from its comment line: the element symbols and formula-like words
/// (`Cu`, `Fe O`, `Fe2O3`, `Ba1 Ti1 O3`) in order, other words ignored; they must name exactly
/// one element per count.
fn species_from_comment(comment: &str, n: usize) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    for word in comment.split_whitespace() {
        if let Some(found) = formula_elements(word) {
            out.extend(found);
        }
    }
    (out.len() == n).then_some(out)
}

/// Elements of a formula-like word ("Fe2O3" -> Fe, O); `None` when it is not one.
fn formula_elements(word: &str) -> Option<Vec<u8>> {
    let chars: Vec<char> = word.chars().collect();
    let mut i = 0;
    let mut found = Vec::new();
    while i < chars.len() {
        if !chars[i].is_ascii_uppercase() {
            return None;
        }
        let mut sym = chars[i].to_string();
        i += 1;
        if i < chars.len() && chars[i].is_ascii_lowercase() {
            sym.push(chars[i]);
            i += 1;
        }
        while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
            i += 1;
        }
        found.push(element::atomic_number(&sym)?);
    }
    (!found.is_empty()).then_some(found)
}

fn parse(lines: Lines<'_>) -> Result<(Structure, String), String> {
    let mut input = Input { lines };
    let (_, comment) = input.line("comment line").map_err(|e| {
        if e.starts_with("line 1:") {
            "empty file (no comment line)".to_string()
        } else {
            e
        }
    })?;
    let comment = comment.trim().to_string();

    let (ln, scale_line) = input.line("scale factor")?;
    let scale: Vec<f64> = scale_line.split_whitespace().take(3).map_while(finite_f64).collect();
    let scale = match scale.len() {
        3 => scale,
        n if n >= 1 => vec![scale[0]],
        _ => return Err(format!("line {ln}: scale factor is not a number: '{}'", excerpt(&scale_line, 40))),
    };

    let mut m = [[0.0; 3]; 3];
    for (i, row) in m.iter_mut().enumerate() {
        let (ln, l) = input.line("lattice vectors")?;
        *row = three(ln, &l, &format!("lattice vector {}", i + 1))?;
    }

    // Species line (VASP 5) or counts (VASP 4).
    let (ln6, l6) = input.line("species or counts line")?;
    let first = l6.split_whitespace().next().unwrap_or("");
    let (species_names, counts_line) = if first.parse::<u64>().is_ok() {
        (None, (ln6, l6))
    } else {
        let names: Vec<String> = l6.split_whitespace().map(String::from).collect();
        (Some((ln6, names)), input.line("counts line")?)
    };
    let counts: Vec<usize> =
        counts_line.1.split_whitespace().map_while(|t| t.parse::<usize>().ok()).collect();
    if counts.is_empty() {
        return Err(format!(
            "line {}: expected atom counts, found '{}'",
            counts_line.0,
            excerpt(&counts_line.1, 60)
        ));
    }
    let species: Vec<u8> = match species_names {
        Some((ln, names)) => {
            if names.len() < counts.len() || names.is_empty() {
                return Err(format!("line {ln}: {} species names for {} counts", names.len(), counts.len()));
            }
            let mut zs = Vec::with_capacity(counts.len());
            for name in names.iter().take(counts.len()) {
                let bare = name.split(['_', '/']).next().unwrap_or(name);
                zs.push(species_z(bare).ok_or_else(|| format!("line {ln}: unknown element '{}'", excerpt(name, 20)))?);
            }
            if names.len() != counts.len() {
                return Err(format!("line {ln}: {} species names for {} counts", names.len(), counts.len()));
            }
            zs
        }
        None => species_from_comment(&comment, counts.len()).ok_or_else(|| {
            format!(
                "line {}: VASP 4 file (no species line) and the comment line '{}' does not name {} element(s): species cannot be determined",
                counts_line.0,
                excerpt(&comment, 40),
                counts.len()
            )
        })?,
    };
    // Checked: counts near usize::MAX must not wrap to a small total (or panic in a debug build).
    let total = counts.iter().try_fold(0usize, |t, &n| t.checked_add(n).filter(|&t| t <= MAX_ATOMS));
    let Some(total) = total else {
        return Err(format!(
            "line {}: atom counts '{}' add up to more than {MAX_ATOMS} atoms, which is not plausible",
            counts_line.0,
            excerpt(&counts_line.1, 60)
        ));
    };
    if total == 0 {
        return Err(format!("line {}: no atoms", counts_line.0));
    }

    let (_, mut mode) = input.line("coordinate mode line")?;
    if mode.trim_start().starts_with(['s', 'S']) {
        mode = input.line("coordinate mode line")?.1;
    }
    let cartesian = mode.trim_start().starts_with(['c', 'C', 'k', 'K']);

    let mut pos = Vec::with_capacity(total.min(1 << 16));
    for i in 0..total {
        let (ln, l) = input.line(&format!("position of atom {} of {total}", i + 1))?;
        pos.push(three(ln, &l, &format!("position of atom {}", i + 1))?);
    }

    // Scaling.
    let det = {
        let s = Lattice::new(m);
        s.signed_volume()
    };
    let factors: Vec3 = match scale.as_slice() {
        [s] if *s > 0.0 => [*s; 3],
        [s] if *s < 0.0 => {
            if det.abs() < 1e-12 {
                return Err("line 2: negative scale (target volume) with a singular lattice".into());
            }
            [(-s / det.abs()).cbrt(); 3]
        }
        [_] => return Err("line 2: scale factor is zero".into()),
        [a, b, c] if *a > 0.0 && *b > 0.0 && *c > 0.0 => [*a, *b, *c],
        _ => return Err("line 2: three scale factors must all be positive".into()),
    };
    for row in &mut m {
        for k in 0..3 {
            row[k] *= factors[k];
        }
    }
    let lattice = Lattice::new(m);
    if !lattice.is_finite() || lattice.inverse().is_none() {
        return Err("lines 3-5: lattice vectors are singular or not finite".into());
    }
    let z: Vec<u8> = species.iter().zip(&counts).flat_map(|(&z, &n)| std::iter::repeat_n(z, n)).collect();
    let structure = if cartesian {
        let cart: Vec<Vec3> =
            pos.iter().map(|p| [p[0] * factors[0], p[1] * factors[1], p[2] * factors[2]]).collect();
        Structure::from_cartesian(lattice, &z, &cart)
    } else {
        Structure::new(lattice, &z, &pos)
    }
    .map_err(|e| e.to_string())?;
    Ok((structure, comment))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crystaldb::Error;

    fn read_str(text: &str) -> Vec<RecordResult> {
        let ctx = ReadContext { file: "dir/POSCAR".into(), stem: "POSCAR".into(), source: None };
        PoscarReader.read(Box::new(std::io::Cursor::new(text.as_bytes().to_vec())), &ctx).collect()
    }

    fn ok(text: &str) -> Record {
        let mut v = read_str(text);
        assert_eq!(v.len(), 1);
        v.remove(0).unwrap_or_else(|e| panic!("{e}"))
    }

    fn err(text: &str) -> String {
        let v = read_str(text);
        assert_eq!(v.len(), 1);
        match &v[0] {
            Err(Error::Parse { file, record, message }) => {
                assert_eq!((file.as_str(), record.as_str()), ("dir/POSCAR", "POSCAR"));
                message.clone()
            }
            other => panic!("{other:?}"),
        }
    }

    const NACL5: &str =
        "rock salt\n1.0\n0 2.82 2.82\n2.82 0 2.82\n2.82 2.82 0\nNa Cl\n1 1\nDirect\n0 0 0\n0.5 0.5 0.5\n";

    #[test]
    fn vasp5() {
        let r = ok(NACL5);
        assert_eq!(r.id(), "file:POSCAR");
        assert_eq!(r.structure.composition().reduced_formula(), "ClNa");
        assert!((r.structure.volume() - 2.0 * 2.82f64.powi(3)).abs() < 1e-9);
        assert_eq!(r.extra["poscar_comment"], "rock salt");
    }

    #[test]
    fn scale_factors() {
        let r = ok(&NACL5.replacen("1.0", "2.0", 1));
        assert!((r.structure.volume() - 8.0 * 2.0 * 2.82f64.powi(3)).abs() < 1e-6);
        let r = ok(&NACL5.replacen("1.0", "-100", 1));
        assert!((r.structure.volume() - 100.0).abs() < 1e-9);
        let r = ok(&NACL5.replacen("1.0", "1 2 3", 1));
        assert!((r.structure.volume() - 6.0 * 2.0 * 2.82f64.powi(3)).abs() < 1e-6);
        assert!(err(&NACL5.replacen("1.0", "0", 1)).contains("zero"));
        assert!(err(&NACL5.replacen("1.0", "1 -2 3", 1)).contains("positive"));
    }

    #[test]
    fn cartesian_selective_dynamics_and_trailing_blocks() {
        let text = "x\n2.0\n1 0 0\n0 1 0\n0 0 1\nFe_pv\n2\nSelective dynamics\ncart\n0 0 0 T T F\n0.5 0.5 0.5 F F F\n\n0 0 0\n0 0 0\n";
        let r = ok(text);
        assert_eq!(r.structure.sites[1].frac, [0.5, 0.5, 0.5]);
        assert!((r.structure.volume() - 8.0).abs() < 1e-12);
    }

    #[test]
    fn vasp4_species_from_comment() {
        let r = ok(
            "Fe2O3 hematite\n1\n5 0 0\n0 5 0\n0 0 5\n2 3\nd\n0 0 0\n0.5 0 0\n0 0.5 0\n0 0 0.5\n0.5 0.5 0.5\n",
        );
        assert_eq!(r.structure.composition().reduced_formula(), "Fe2O3");
        let r =
            ok("Ba1 Ti1 O3\n1\n4 0 0\n0 4 0\n0 0 4\n1 1 3\nd\n0 0 0\n.5 .5 .5\n.5 .5 0\n.5 0 .5\n0 .5 .5\n");
        assert_eq!(r.structure.composition().reduced_formula(), "BaO3Ti");
        let m = err("some system\n1\n5 0 0\n0 5 0\n0 0 5\n2\nd\n0 0 0\n0.5 0 0\n");
        assert!(m.contains("species cannot be determined") && m.contains("line 6"), "{m}");
    }

    /// Counts whose sum overflows `usize` wrapped to 1 (one atom read, then `repeat_n` of
    /// 2^64 - 1 species codes: memory until the process died) or panicked in a debug build.
    #[test]
    fn counts_that_overflow_or_are_implausible_are_errors() {
        let wraps = NACL5.replace("\n1 1\n", &format!("\n{} 2\n", usize::MAX));
        let m = err(&wraps);
        assert!(m.contains("line 7") && m.contains("more than 10000000 atoms"), "{m}");
        let m = err(&NACL5.replace("\n1 1\n", "\n5000000 5000001\n"));
        assert!(m.contains("more than 10000000 atoms"), "{m}");
        assert!(err(&NACL5.replace("\n1 1\n", "\n0 0\n")).contains("no atoms"));
    }

    #[test]
    fn bad_inputs() {
        assert!(err("").contains("empty"));
        assert!(err(&NACL5.replace("0.5 0.5 0.5", "NaN 0.5 0.5")).contains("line 10"));
        assert!(err(&NACL5.replace("0 0 0\n0.5", "0 0 inf\n0.5")).contains("line 9"));
        let m = err(&NACL5[..NACL5.len() - 12]);
        assert!(m.contains("file ends before the position of atom 2"), "{m}");
        assert!(err(&NACL5.replace("Na Cl", "Na Xx")).contains("unknown element 'Xx'"));
        assert!(err(&NACL5.replace("Na Cl", "Na Cl O")).contains("3 species names for 2 counts"));
        assert!(err(&NACL5.replace("1 1\n", "0 0\n")).contains("no atoms"));
        assert!(err(&NACL5.replace("2.82 2.82 0\n", "5.64 5.64 0\n").replace("0 2.82 2.82", "2.82 2.82 0"))
            .contains("singular"));
        assert!(err("\u{0}\u{1}garbage\nmore garbage\n").contains("line 2"));
        assert!(err("a\n1\n1 0 0\n0 1 0\n").contains("line 5"));
        for cut in 0..NACL5.len() {
            let _ = read_str(&NACL5[..cut]);
        }
    }

    #[test]
    fn sniffing() {
        assert!(PoscarReader.sniff("POSCAR", b""));
        assert!(PoscarReader.sniff("CONTCAR_relaxed", b""));
        assert!(PoscarReader.sniff("Si.vasp", b""));
        assert!(PoscarReader.sniff("anything", NACL5.as_bytes()));
        assert!(!PoscarReader.sniff("a.cif", b"data_x\n_cell_length_a 1\n"));
        assert!(!PoscarReader.sniff("a.xyz", b"2\nLattice=\"1 0 0 0 1 0 0 0 1\"\nH 0 0 0\nH 1 1 1\n"));
    }

    /// (file, nsites, reduced formula, volume Å³). Values from pymatgen 2025
    /// (`Poscar.from_file(f).structure`), independently of this reader, except the species of
    /// `qmpy_POSCAR_vasp4`: pymatgen, lacking a POTCAR, labels a VASP 4 file's atoms H; the
    /// comment line says Cu (and the data README says the element is only in the comment).
    const EXPECTED: [(&str, usize, &str, f64); 14] = [
        ("POSCAR-JVASP-107", 8, "CSi", 84.4733),
        ("POSCAR-JVASP-12091", 22, "Au2O7Se2", 325.2816),
        ("POSCAR-JVASP-14158", 40, "BF8N", 484.7408),
        ("POSCAR-JVASP-7577_cartesian_molecule", 1, "Si", 8000.0),
        ("emmet_raw_vasp_CONTCAR", 2, "Si", 40.2459),
        ("emmet_raw_vasp_POSCAR", 2, "Si", 40.1518),
        ("jarvis_POSCAR-C2m", 12, "AsSi", 279.6176),
        ("jarvis_POSCAR-P-1", 10, "Cl2NbSe2", 241.5084),
        ("matbench_discovery_cP5_BaTiO3.POSCAR", 5, "BaO3Ti", 131.0147),
        ("matbench_discovery_oP800_CdHCSNO.POSCAR", 800, "C20CdH14N8O5S2", 6720.5986),
        ("qmpy_POSCAR_FCC_prim", 1, "Cu", 11.9052),
        ("qmpy_POSCAR_trans", 20, "Fe", 238.1048),
        ("qmpy_POSCAR_vasp4", 2, "Cu", 44.3619),
        ("qmpy_POSCAR_vasp5", 2, "Cu", 44.3619),
    ];

    #[test]
    fn real_poscar_files() {
        let Some(data) = crystaldb::testdata::require("real_poscar_files") else { return };
        let dir = data.join("structures/poscar");
        let mut n = 0;
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            let (_, nsites, formula, volume) = EXPECTED
                .iter()
                .find(|e| e.0 == name)
                .unwrap_or_else(|| panic!("{name}: new file in shared data, add its expectation"));
            let ctx = ReadContext::for_path(&path);
            let head = std::fs::read(&path).unwrap();
            assert!(PoscarReader.sniff(&name, &head[..head.len().min(4096)]), "{name}");
            let file = std::io::BufReader::new(std::fs::File::open(&path).unwrap());
            let v: Vec<_> = PoscarReader.read(Box::new(file), &ctx).collect();
            assert_eq!(v.len(), 1, "{name}");
            let r = v[0].as_ref().unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(r.id(), format!("file:{}", ctx.stem));
            assert_eq!(r.structure.nsites(), *nsites, "{name}");
            assert_eq!(r.structure.composition().reduced_formula(), *formula, "{name}");
            assert!((r.structure.volume() - volume).abs() < 1e-3, "{name}: {}", r.structure.volume());
            n += 1;
        }
        assert_eq!(n, EXPECTED.len());
    }
}

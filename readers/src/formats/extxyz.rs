//! Extended XYZ reader (multi-frame).
//!
//! A frame is a count line, a comment line and one line per atom. The comment line holds
//! `key=value` pairs (values bare, `"quoted"` with `\"` escapes, or `{…}`/`[…]`; a bare key
//! means `T`). Keys are matched case-insensitively:
//! * `Lattice="a1x a1y a1z a2x a2y a2z a3x a3y a3z"`: the rows a, b, c in Å (required: a frame
//!   without it is rejected, since a crystal needs a periodic cell);
//! * `pbc="T T T"`: a frame whose `pbc` is not true along all three axes is rejected; without
//!   `pbc`, a frame with a `Lattice` is periodic (the ASE convention);
//! * `Properties=species:S:1:pos:R:3:...` (name:type:columns, type S/R/I/L) locates the species
//!   column (`species`, else an integer `Z`) and the Cartesian position columns (`pos`) among
//!   the others; without it, `species:S:1:pos:R:3`;
//! * `energy` (total, eV) becomes `properties.total_energy_per_atom` = energy / atoms;
//! * every other scalar (a single number, boolean or word) goes to `extra` under its own key;
//!   vectors and matrices (`stress="…"`) are left out.
//!
//! Ids: `file:<stem>#<frame index>` (from 0) when the file has several frames, `file:<stem>`
//! when it has one. A rejected or malformed frame yields a located error and the next frames
//! are still read; a count line that is not a number ends the file (frames can no longer be
//! found).

use crate::formats::text::{excerpt, finite_f64, species_z, Lines, MAX_ATOMS};
use crate::reader::{ReadContext, RecordResult, StructureReader};
use crystaldb::structure::{Lattice, Structure, Vec3};
use crystaldb::Record;
use serde_json::{Map, Value as Json};
use std::io::BufRead;

/// Reader of extended XYZ files (`.xyz`, `.extxyz`).
#[derive(Debug, Clone, Copy, Default)]
pub struct ExtXyzReader;

impl StructureReader for ExtXyzReader {
    fn name(&self) -> &'static str {
        "extxyz"
    }

    fn sniff(&self, file_name: &str, head: &[u8]) -> bool {
        let lower = file_name.to_ascii_lowercase();
        if lower.ends_with(".xyz") || lower.ends_with(".extxyz") {
            return true;
        }
        let text = String::from_utf8_lossy(head);
        let mut lines = text.lines().skip_while(|l| l.trim().is_empty());
        let (Some(count), Some(comment)) = (lines.next(), lines.next()) else { return false };
        let mut toks = count.split_whitespace();
        if toks.next().and_then(|t| t.parse::<usize>().ok()).is_none() || toks.next().is_some() {
            return false;
        }
        let c = comment.to_ascii_lowercase();
        if c.contains("lattice=") || c.contains("properties=") {
            return true;
        }
        // A plain XYZ: the first atom line is a symbol and three numbers.
        lines.next().is_some_and(|l| {
            let t: Vec<&str> = l.split_whitespace().collect();
            t.len() >= 4 && species_z(t[0]).is_some() && t[1..4].iter().all(|x| finite_f64(x).is_some())
        })
    }

    fn read<'a>(
        &self,
        input: Box<dyn BufRead + 'a>,
        ctx: &ReadContext,
    ) -> Box<dyn Iterator<Item = RecordResult> + 'a> {
        Box::new(XyzIter {
            lines: Lines::new(input),
            ctx: ctx.clone(),
            index: 0,
            stop: false,
            pending: None,
            multi: false,
            finished: false,
        })
    }
}

/// One frame's content.
struct Frame {
    structure: Structure,
    energy: Option<f64>,
    extra: Map<String, Json>,
}

struct XyzIter<'a> {
    lines: Lines<'a>,
    ctx: ReadContext,
    index: usize,
    /// Set when frames can no longer be delimited.
    stop: bool,
    pending: Option<(usize, Result<Frame, String>)>,
    multi: bool,
    finished: bool,
}

impl XyzIter<'_> {
    fn finish(&self, (index, result): (usize, Result<Frame, String>)) -> RecordResult {
        let stem = if self.ctx.stem.is_empty() { "input" } else { self.ctx.stem.as_str() };
        let id = if self.multi { format!("{stem}#{index}") } else { stem.to_string() };
        match result {
            Ok(f) => {
                let mut r = Record::new(self.ctx.source_or("file"), id, f.structure);
                r.properties.total_energy_per_atom = f.energy.map(|e| e / r.structure.nsites() as f64);
                r.extra = f.extra;
                r.mark_unstated_absent(&[]);
                Ok(r)
            }
            Err(e) => Err(self.ctx.error(id, e)),
        }
    }

    /// The next frame, `None` at the end.
    fn next_frame(&mut self) -> Option<(usize, Result<Frame, String>)> {
        if self.stop {
            return None;
        }
        let index = self.index;
        let line = loop {
            match self.lines.next_line()? {
                Err(e) => {
                    self.stop = true;
                    return Some((index, Err(e)));
                }
                Ok(l) if l.trim().is_empty() => continue,
                Ok(l) => break l,
            }
        };
        self.index += 1;
        let count_line = self.lines.line_no();
        let mut toks = line.split_whitespace();
        let n = match (toks.next().and_then(|t| t.parse::<usize>().ok()), toks.next()) {
            (Some(n), None) if n <= MAX_ATOMS => n,
            _ => {
                self.stop = true;
                return Some((
                    index,
                    Err(format!(
                        "line {count_line}: expected an atom count, found '{}'; the rest of the file is skipped",
                        excerpt(&line, 40)
                    )),
                ));
            }
        };
        let comment = match self.lines.next_line() {
            Some(Ok(c)) => c,
            Some(Err(e)) => {
                self.stop = true;
                return Some((index, Err(e)));
            }
            None => {
                self.stop = true;
                return Some((
                    index,
                    Err(format!("line {}: file ends before the comment line", count_line + 1)),
                ));
            }
        };
        let header = header(&comment).map_err(|e| format!("line {}: {e}", count_line + 1));
        let mut species = Vec::with_capacity(n.min(1 << 16));
        let mut cart = Vec::with_capacity(n.min(1 << 16));
        let mut first_error: Option<String> = None;
        for k in 0..n {
            let l = match self.lines.next_line_ref() {
                Some(Ok(l)) => l,
                Some(Err(e)) => {
                    self.stop = true;
                    return Some((index, Err(e)));
                }
                None => {
                    self.stop = true;
                    return Some((
                        index,
                        Err(format!(
                            "line {}: file ends after {k} of {n} atom lines",
                            self.lines.line_no() + 1
                        )),
                    ));
                }
            };
            if first_error.is_some() {
                continue;
            }
            if let Ok(h) = &header {
                match atom(h, l) {
                    Ok((z, p)) => {
                        species.push(z);
                        cart.push(p);
                    }
                    Err(e) => {
                        first_error = Some(format!("line {}: atom {}: {e}", self.lines.line_no(), k + 1))
                    }
                }
            }
        }
        let result = header.and_then(|h| {
            if let Some(e) = first_error {
                return Err(e);
            }
            let lattice = match (h.lattice, h.pbc) {
                (None, _) => {
                    return Err(format!(
                        "line {}: no Lattice: not a periodic crystal (a crystal needs a periodic cell)",
                        count_line + 1
                    ))
                }
                (Some(_), Some(pbc)) if pbc != [true; 3] => {
                    return Err(format!(
                        "line {}: pbc=\"{}\" is not periodic along all three axes (a crystal needs a periodic cell)",
                        count_line + 1,
                        pbc.map(|b| if b { "T" } else { "F" }).join(" ")
                    ))
                }
                (Some(l), _) => l,
            };
            if n == 0 {
                return Err(format!("line {count_line}: frame has no atoms"));
            }
            let structure = Structure::from_cartesian(lattice, &species, &cart)
                .map_err(|e| format!("line {}: Lattice: {e}", count_line + 1))?;
            Ok(Frame { structure, energy: h.energy, extra: h.extra })
        });
        Some((index, result))
    }
}

impl Iterator for XyzIter<'_> {
    type Item = RecordResult;

    fn next(&mut self) -> Option<RecordResult> {
        loop {
            if self.finished {
                return None;
            }
            match self.next_frame() {
                Some(f) => match self.pending.take() {
                    Some(p) => {
                        self.multi = true;
                        self.pending = Some(f);
                        return Some(self.finish(p));
                    }
                    None => self.pending = Some(f),
                },
                None => {
                    self.finished = true;
                    if let Some(p) = self.pending.take() {
                        return Some(self.finish(p));
                    }
                    if self.index == 0 {
                        let stem = if self.ctx.stem.is_empty() {
                            "input".to_string()
                        } else {
                            self.ctx.stem.clone()
                        };
                        return Some(Err(self.ctx.error(stem, "no frames (empty file)")));
                    }
                    return None;
                }
            }
        }
    }
}

/// What the comment line says.
struct Header {
    lattice: Option<Lattice>,
    pbc: Option<[bool; 3]>,
    energy: Option<f64>,
    extra: Map<String, Json>,
    /// Column of the species (and whether it holds atomic numbers) and of x.
    species_col: (usize, bool),
    pos_col: usize,
    ncols: usize,
    /// Whether the columns were declared (then every atom line must have exactly `ncols`).
    declared: bool,
}

/// `key=value` pairs of a comment line, in order.
fn pairs(s: &str) -> Result<Vec<(String, String)>, String> {
    let c: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut out = Vec::new();
    let skip_ws = |i: &mut usize| {
        while *i < c.len() && c[*i].is_whitespace() {
            *i += 1;
        }
    };
    let read_value = |i: &mut usize| -> Result<String, String> {
        if *i >= c.len() {
            return Ok(String::new());
        }
        match c[*i] {
            q @ ('"' | '\'') => {
                let start = *i;
                *i += 1;
                let mut v = String::new();
                while *i < c.len() && c[*i] != q {
                    if c[*i] == '\\' && *i + 1 < c.len() {
                        *i += 1;
                    }
                    v.push(c[*i]);
                    *i += 1;
                }
                if *i >= c.len() {
                    return Err(format!(
                        "unclosed quote in '{}'",
                        excerpt(&c[start..].iter().collect::<String>(), 40)
                    ));
                }
                *i += 1;
                Ok(v)
            }
            open @ ('{' | '[') => {
                let close = if open == '{' { '}' } else { ']' };
                let start = *i;
                let mut depth = 0;
                while *i < c.len() {
                    if c[*i] == open {
                        depth += 1;
                    } else if c[*i] == close {
                        depth -= 1;
                        if depth == 0 {
                            *i += 1;
                            return Ok(c[start..*i].iter().collect());
                        }
                    }
                    *i += 1;
                }
                Err(format!("unclosed '{open}'"))
            }
            _ => {
                let start = *i;
                while *i < c.len() && !c[*i].is_whitespace() {
                    *i += 1;
                }
                Ok(c[start..*i].iter().collect())
            }
        }
    };
    loop {
        skip_ws(&mut i);
        if i >= c.len() {
            return Ok(out);
        }
        let key = if c[i] == '"' || c[i] == '\'' {
            read_value(&mut i)?
        } else {
            let start = i;
            while i < c.len() && !c[i].is_whitespace() && c[i] != '=' {
                i += 1;
            }
            c[start..i].iter().collect()
        };
        let mut j = i;
        skip_ws(&mut j);
        if j < c.len() && c[j] == '=' {
            i = j + 1;
            skip_ws(&mut i);
            let v = read_value(&mut i)?;
            out.push((key, v));
        } else {
            out.push((key, "T".to_string()));
        }
    }
}

fn boolean(s: &str) -> Option<bool> {
    match s {
        "T" | "t" | "True" | "true" | "TRUE" | "1" => Some(true),
        "F" | "f" | "False" | "false" | "FALSE" | "0" => Some(false),
        _ => None,
    }
}

fn scalar(v: &str) -> Option<Json> {
    let t = v.trim();
    if t.is_empty() || t.split_whitespace().count() != 1 || t.starts_with(['{', '[']) {
        return None;
    }
    if let Ok(i) = t.parse::<i64>() {
        return Some(Json::from(i));
    }
    if let Some(x) = finite_f64(t) {
        return Some(Json::from(x));
    }
    if let Some(b) = boolean(t) {
        return Some(Json::Bool(b));
    }
    Some(Json::String(t.to_string()))
}

fn header(comment: &str) -> Result<Header, String> {
    let mut h = Header {
        lattice: None,
        pbc: None,
        energy: None,
        extra: Map::new(),
        species_col: (0, false),
        pos_col: 1,
        ncols: 4,
        declared: false,
    };
    let mut properties: Option<String> = None;
    for (key, value) in pairs(comment)? {
        match key.to_ascii_lowercase().as_str() {
            "lattice" => {
                let nums: Vec<&str> = value
                    .split(|c: char| c.is_whitespace() || c == ',' || c == '[' || c == ']')
                    .filter(|t| !t.is_empty())
                    .collect();
                let v: Vec<f64> = nums.iter().filter_map(|t| finite_f64(t)).collect();
                if nums.len() != 9 || v.len() != 9 {
                    return Err(format!("Lattice=\"{}\" is not 9 finite numbers", excerpt(&value, 60)));
                }
                h.lattice = Some(Lattice::new([[v[0], v[1], v[2]], [v[3], v[4], v[5]], [v[6], v[7], v[8]]]));
            }
            "pbc" => {
                let b: Vec<Option<bool>> = value.split_whitespace().map(boolean).collect();
                match b.as_slice() {
                    [Some(x), Some(y), Some(z)] => h.pbc = Some([*x, *y, *z]),
                    [Some(x)] => h.pbc = Some([*x; 3]),
                    _ => return Err(format!("pbc=\"{}\" is not three booleans", excerpt(&value, 40))),
                }
            }
            "properties" => properties = Some(value),
            "energy" => {
                h.energy = Some(
                    finite_f64(&value)
                        .ok_or_else(|| format!("energy={} is not a number", excerpt(&value, 40)))?,
                )
            }
            _ => {
                if let Some(j) = scalar(&value) {
                    h.extra.insert(key, j);
                }
            }
        }
    }
    if let Some(p) = properties {
        columns(&p, &mut h)?;
    }
    Ok(h)
}

fn columns(p: &str, h: &mut Header) -> Result<(), String> {
    let parts: Vec<&str> = p.split(':').collect();
    if !parts.len().is_multiple_of(3) || parts.is_empty() {
        return Err(format!("Properties={} is not name:type:count triples", excerpt(p, 60)));
    }
    let mut col = 0usize;
    let (mut species, mut z, mut pos) = (None, None, None);
    for t in parts.chunks(3) {
        let (name, typ) = (t[0], t[1].to_ascii_uppercase());
        let n: usize = t[2]
            .parse()
            .ok()
            .filter(|&n| (1..=1000).contains(&n))
            .ok_or_else(|| format!("Properties: bad column count '{}' for {name}", t[2]))?;
        if !matches!(typ.as_str(), "S" | "R" | "I" | "L") {
            return Err(format!("Properties: unknown type '{}' for {name}", t[1]));
        }
        match (name.to_ascii_lowercase().as_str(), typ.as_str(), n) {
            ("species", "S", 1) => species = Some(col),
            ("z", "I", 1) => z = Some(col),
            ("pos", "R", 3) | ("positions", "R", 3) => pos = Some(col),
            _ => {}
        }
        col += n;
    }
    h.species_col = match (species, z) {
        (Some(c), _) => (c, false),
        (None, Some(c)) => (c, true),
        _ => return Err("Properties has no species:S:1 (or Z:I:1) column".into()),
    };
    h.pos_col = pos.ok_or("Properties has no pos:R:3 column")?;
    h.ncols = col;
    h.declared = true;
    Ok(())
}

fn atom(h: &Header, line: &str) -> Result<(u8, Vec3), String> {
    // The species and position tokens, and the number of columns, without collecting the line.
    let (mut species, mut pos, mut count) = ("", [""; 3], 0usize);
    for (i, tok) in line.split_whitespace().enumerate() {
        if i == h.species_col.0 {
            species = tok;
        }
        if (h.pos_col..h.pos_col + 3).contains(&i) {
            pos[i - h.pos_col] = tok;
        }
        count = i + 1;
    }
    if count < h.ncols || (h.declared && count != h.ncols) {
        return Err(format!("{count} columns, Properties declare {}", h.ncols));
    }
    let s = species;
    let z =
        if h.species_col.1 { s.parse::<u8>().ok().filter(|z| (1..=118).contains(z)) } else { species_z(s) }
            .ok_or_else(|| format!("unknown element '{}'", excerpt(s, 20)))?;
    let mut p = [0.0; 3];
    for (x, tok) in p.iter_mut().zip(pos) {
        *x = finite_f64(tok)
            .ok_or_else(|| format!("position '{}' is not a finite number", excerpt(tok, 20)))?;
    }
    Ok((z, p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crystaldb::Error;

    fn read_str(text: &str) -> Vec<RecordResult> {
        let ctx = ReadContext { file: "f.xyz".into(), stem: "f".into(), source: None };
        ExtXyzReader.read(Box::new(std::io::Cursor::new(text.as_bytes().to_vec())), &ctx).collect()
    }

    fn msg(r: &RecordResult) -> (&str, &str) {
        match r {
            Err(Error::Parse { record, message, .. }) => (record.as_str(), message.as_str()),
            other => panic!("{other:?}"),
        }
    }

    const FRAME: &str = "2\nLattice=\"4 0 0 0 4 0 0 0 4\" Properties=species:S:1:pos:R:3:forces:R:3 energy=-8.0 pbc=\"T T T\" \
                         config_type=bulk step=3 stress=\"1 2 3 4 5 6 7 8 9\" temp=300.5 relaxed=T flag\n\
                         Na 0 0 0 0.1 0.2 0.3\nCl 2 2 2 0 0 0\n";

    #[test]
    fn single_frame() {
        let v = read_str(FRAME);
        assert_eq!(v.len(), 1);
        let r = v[0].as_ref().unwrap();
        assert_eq!(r.id(), "file:f");
        assert_eq!(r.structure.sites[1].frac, [0.5, 0.5, 0.5]);
        assert_eq!(r.properties.total_energy_per_atom, Some(-4.0));
        assert_eq!(r.extra["config_type"], "bulk");
        assert_eq!(r.extra["step"], 3);
        assert_eq!(r.extra["temp"], 300.5);
        assert_eq!(r.extra["relaxed"], true);
        assert_eq!(r.extra["flag"], true);
        assert!(!r.extra.contains_key("stress") && !r.extra.contains_key("Lattice"));
    }

    #[test]
    fn frames_rejected_individually() {
        let nonperiodic = FRAME.replace("pbc=\"T T T\"", "pbc=\"T T F\"");
        let nolattice = "1\nProperties=species:S:1:pos:R:3\nH 0 0 0\n";
        let text = format!("{FRAME}{nonperiodic}{nolattice}\n{FRAME}");
        let v = read_str(&text);
        assert_eq!(v.len(), 4);
        assert_eq!(v[0].as_ref().unwrap().id(), "file:f#0");
        let (rec, m) = msg(&v[1]);
        assert_eq!(rec, "f#1");
        assert!(m.contains("line 6") && m.contains("pbc=\"T T F\""), "{m}");
        let (rec, m) = msg(&v[2]);
        assert_eq!(rec, "f#2");
        assert!(m.contains("line 10") && m.contains("no Lattice"), "{m}");
        assert_eq!(v[3].as_ref().unwrap().id(), "file:f#3");
    }

    #[test]
    fn bad_inputs() {
        let v = read_str(&FRAME.replace("Cl 2 2 2", "Cl NaN 2 2"));
        assert!(msg(&v[0]).1.contains("line 4: atom 2: position 'NaN'"), "{:?}", v[0]);
        let v = read_str(&FRAME.replace("Cl 2 2 2 0 0 0", "Cl 2 2 2 0 0"));
        assert!(msg(&v[0]).1.contains("6 columns, Properties declare 7"));
        let v = read_str(&FRAME.replace("Cl 2", "Qq 2"));
        assert!(msg(&v[0]).1.contains("unknown element 'Qq'"));
        let v = read_str(&FRAME.replace("4 0 0 0 4 0 0 0 4", "4 0 0 0 4 0 0 0"));
        assert!(msg(&v[0]).1.contains("line 2: Lattice"));
        let v = read_str(&FRAME.replace("4 0 0 0 4 0 0 0 4", "4 0 0 8 0 0 0 0 4"));
        assert!(msg(&v[0]).1.contains("singular"), "{:?}", v[0]);
        let v = read_str(&FRAME.replace("energy=-8.0", "energy=abc"));
        assert!(msg(&v[0]).1.contains("energy=abc"));
        let v = read_str(&FRAME.replace("flag\n", "flag note=\"open\n"));
        assert!(msg(&v[0]).1.contains("unclosed quote"));
        // Truncated: the second frame ends early; the first still comes.
        let text = format!("{FRAME}{}", &FRAME[..FRAME.len() - 16]);
        let v = read_str(&text);
        assert_eq!(v.len(), 2);
        assert!(v[0].is_ok());
        assert!(msg(&v[1]).1.contains("file ends after 1 of 2 atom lines"), "{:?}", v[1]);
        // Garbage count line ends the file after one error.
        let v = read_str(&format!("{FRAME}garbage here\n{FRAME}"));
        assert_eq!(v.len(), 2);
        assert!(msg(&v[1]).1.contains("line 5: expected an atom count"));
        let v = read_str("");
        assert!(msg(&v[0]).1.contains("empty"));
        let v = read_str("\u{0}\u{1}\u{2}binary\n");
        assert_eq!(v.len(), 1);
        assert!(v[0].is_err());
        for cut in 0..FRAME.len() {
            let _ = read_str(&FRAME[..cut]);
        }
    }

    #[test]
    fn comment_pairs() {
        let p = pairs(r#"a=1 b = "x \"y\" z" c {k=1 2} 'q k'=v d=[1,2]"#).unwrap();
        let got: Vec<(&str, &str)> = p.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(
            got,
            [
                ("a", "1"),
                ("b", "x \"y\" z"),
                ("c", "T"),
                ("{k", "1"),
                ("2}", "T"),
                ("q k", "v"),
                ("d", "[1,2]")
            ]
        );
    }

    #[test]
    fn z_column_and_default_columns() {
        let v = read_str("1\nLattice=\"3 0 0 0 3 0 0 0 3\" Properties=Z:I:1:pos:R:3\n26 0 0 0\n");
        assert_eq!(v[0].as_ref().unwrap().structure.sites[0].z, 26);
        let v = read_str("1\nLattice=\"3 0 0 0 3 0 0 0 3\"\nFe 0 0 0 extra\n");
        assert_eq!(v[0].as_ref().unwrap().structure.sites[0].z, 26);
    }

    #[test]
    fn sniffing() {
        assert!(ExtXyzReader.sniff("a.xyz", b""));
        assert!(ExtXyzReader.sniff("a.extxyz", b""));
        assert!(ExtXyzReader.sniff("a", FRAME.as_bytes()));
        assert!(ExtXyzReader.sniff("a", b"2\n\nH 0 0 0\nH 0 0 0.7\n"));
        assert!(!ExtXyzReader.sniff("a", b"Si\n1.0\n1 0 0\n0 1 0\n0 0 1\nSi\n1\nd\n0 0 0\n"));
        assert!(!ExtXyzReader.sniff("a", b"data_x\n"));
    }

    /// Expected results of the real files: (file, Ok(frames, atoms in frame 0, reduced
    /// formula, volume Å³, energy/atom) or Err(records, all rejected)). Atom counts, formulas,
    /// volumes and energies computed with ASE (`ase.io.read(f, ":")`, `atoms.cell.volume`,
    /// `atoms.info["energy"] / len(atoms)`), independently of this reader.
    #[test]
    fn real_extxyz_files() {
        let Some(data) = crystaldb::testdata::require("real_extxyz_files") else { return };
        let dir = data.join("structures/extxyz");
        #[allow(clippy::type_complexity)]
        let expected: [(&str, Result<(usize, usize, &str, f64, Option<f64>), usize>); 8] = [
            ("Au_923.xyz", Err(1)),
            ("NaCl.xyz", Err(1)),
            ("aSi_N64.xyz", Ok((1, 64, "Si", 1200.4347, None))),
            ("emmet_test_molecule.xyz", Err(1)),
            ("glass_min.xyz", Ok((1, 32, "H13He3", 27.166, Some(-5.662164486)))),
            ("opls_extxyz.xyz", Ok((1, 2, "H", 1000.0, None))),
            ("test_data.xyz", Err(2)),
            ("training_data.xyz", Err(30)),
        ];
        let mut n = 0;
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            let (_, want) = expected
                .iter()
                .find(|e| e.0 == name)
                .unwrap_or_else(|| panic!("{name}: new file in shared data, add its expectation"));
            n += 1;
            let ctx = ReadContext::for_path(&path);
            let file = std::io::BufReader::new(std::fs::File::open(&path).unwrap());
            let v: Vec<_> = ExtXyzReader.read(Box::new(file), &ctx).collect();
            match want {
                Ok((frames, atoms, formula, volume, energy)) => {
                    assert_eq!(v.len(), *frames, "{name}");
                    let r = v[0].as_ref().unwrap_or_else(|e| panic!("{name}: {e}"));
                    assert_eq!(r.id(), format!("file:{}", ctx.stem));
                    assert_eq!(r.structure.nsites(), *atoms, "{name}");
                    assert_eq!(r.structure.composition().reduced_formula(), *formula, "{name}");
                    assert!((r.structure.volume() - volume).abs() < 1e-3, "{name}: {}", r.structure.volume());
                    match (r.properties.total_energy_per_atom, energy) {
                        (Some(a), Some(b)) => assert!((a - b).abs() < 1e-6, "{name}: {a}"),
                        (a, b) => assert_eq!(a, *b, "{name}"),
                    }
                }
                Err(records) => {
                    assert_eq!(v.len(), *records, "{name}");
                    for (i, r) in v.iter().enumerate() {
                        let (rec, m) = msg(r);
                        let want_id =
                            if *records > 1 { format!("{}#{i}", ctx.stem) } else { ctx.stem.clone() };
                        assert_eq!(rec, want_id, "{name}");
                        assert!(m.contains("periodic"), "{name}: {m}");
                    }
                }
            }
        }
        assert_eq!(n, expected.len());
    }
}

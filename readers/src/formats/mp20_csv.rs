//! Reader of CDVAE / MP-20-style CSV tables: one structure per row, as a whole CIF in a `cif`
//! column (MP-20, MPTS-52, carbon_24, perov_5 and their subsets).
//!
//! Columns (names compared case-insensitively):
//! * a first column with an empty or `Unnamed: 0` header (a pandas index) is ignored;
//! * `material_id` is the record's `source_id` (without it, the row number);
//! * `cif` is parsed with the CIF reader ([`parse_cif_str`]); the first data block with atom
//!   sites is the structure;
//! * `formation_energy_per_atom`, `band_gap`, `e_above_hull` or `energy_above_hull`, and
//!   `energy_per_atom` (carbon_24's total energy per atom, eV/atom) fill [`Properties`]
//!   (`total_energy_per_atom` for the last); empty cells and `nan` are missing values;
//! * `pretty_formula` or `formula` goes to `extra["source_formula"]`, `spacegroup.number` to
//!   `extra["source_spacegroup_number"]` (the database computes its own and compares);
//! * every other column (perov_5's `heat_all`, `dir_gap`, MPTS-52's `year`, MP-20's
//!   `elements`, ...) goes to `extra` under its own name: integers, finite numbers and
//!   `True`/`False` as JSON numbers and booleans, Python lists of strings (`['Co', 'Mn']`) as
//!   arrays, anything else as a string.
//!
//! **Source rule.** The `--source` override wins. Otherwise an id that looks like a Materials
//! Project id (`mp-…`, `mvc-…`) gives source `mp`; any other id gives the dataset's name: the
//! file stem without a trailing split name (`_train`, `_val`, `_valid`, `_test`), or, when the
//! stem is only a split name (`carbon_24/test.csv.gz`), the name of the folder holding the file
//! (`carbon_24`).
//!
//! A bad row yields an error naming the row (`row 12 (mp-1234)`, counting data rows from 1)
//! and its line; the next rows are still read. A row longer than [`MAX_ROW_BYTES`] (an
//! unclosed quote swallows the rest of the file into one cell) is an error that ends the file,
//! instead of holding the whole file in memory.
//!
//! [`Properties`]: crystaldb::Properties

use crate::formats::cif::parse_cif_str;
use crate::formats::text::finite_f64;
use crate::reader::{ReadContext, RecordResult, StructureReader};
use crystaldb::{Properties, Record};
use serde_json::{Map, Value as Json};
use std::cell::Cell;
use std::io::{BufRead, Read};
use std::rc::Rc;

/// Largest row (bytes, CIF text included) read into memory: the JSON readers' record limit.
pub const MAX_ROW_BYTES: usize = crate::formats::json_stream::DEFAULT_MAX_RECORD_BYTES;

/// The input, failing once one row has taken more than `limit` bytes (`used` is reset after
/// every row; the CSV reader's own buffer makes the limit approximate by a few KiB).
struct RowBudget<R> {
    inner: R,
    used: Rc<Cell<usize>>,
    limit: usize,
}

impl<R: Read> Read for RowBudget<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.used.get() > self.limit {
            return Err(std::io::Error::other(format!(
                "a row is larger than {} bytes (an unclosed quote?); the rest of the file is skipped",
                self.limit
            )));
        }
        let n = self.inner.read(buf)?;
        self.used.set(self.used.get() + n);
        Ok(n)
    }
}

/// Reader of CSV tables with a `cif` column.
#[derive(Debug, Clone, Copy, Default)]
pub struct Mp20CsvReader;

#[derive(Debug, Clone, PartialEq)]
enum Role {
    Skip,
    Id,
    Cif,
    Property(&'static str),
    Formula,
    SpaceGroup,
    Extra(String),
}

fn role(index: usize, name: &str) -> Role {
    let lower = name.trim().to_ascii_lowercase();
    match lower.as_str() {
        "" | "unnamed: 0" if index == 0 => Role::Skip,
        "material_id" => Role::Id,
        "cif" => Role::Cif,
        "formation_energy_per_atom" => Role::Property("formation_energy_per_atom"),
        "band_gap" => Role::Property("band_gap"),
        "e_above_hull" | "energy_above_hull" => Role::Property("energy_above_hull"),
        "energy_per_atom" => Role::Property("total_energy_per_atom"),
        "pretty_formula" | "formula" => Role::Formula,
        "spacegroup.number" => Role::SpaceGroup,
        _ => Role::Extra(name.trim().to_string()),
    }
}

fn header_has_cif(head: &[u8]) -> bool {
    let mut r = csv::ReaderBuilder::new().has_headers(false).from_reader(head);
    let mut rec = csv::ByteRecord::new();
    match r.read_byte_record(&mut rec) {
        Ok(true) => rec.iter().any(|f| String::from_utf8_lossy(f).trim().eq_ignore_ascii_case("cif")),
        _ => false,
    }
}

impl StructureReader for Mp20CsvReader {
    fn name(&self) -> &'static str {
        "mp20-csv"
    }

    fn sniff(&self, file_name: &str, head: &[u8]) -> bool {
        let is_csv = file_name.to_ascii_lowercase().ends_with(".csv");
        if head.is_empty() {
            return is_csv;
        }
        header_has_cif(head) && (is_csv || head.contains(&b','))
    }

    fn read<'a>(
        &self,
        input: Box<dyn BufRead + 'a>,
        ctx: &ReadContext,
    ) -> Box<dyn Iterator<Item = RecordResult> + 'a> {
        Box::new(CsvIter::new(input, ctx, MAX_ROW_BYTES))
    }
}

/// The dataset name of a file (see the module docs).
fn dataset_name(ctx: &ReadContext) -> String {
    const SPLITS: [&str; 5] = ["train", "val", "valid", "validation", "test"];
    let stem = ctx.stem.as_str();
    let mut base = stem;
    for s in SPLITS {
        if let Some(t) = stem.strip_suffix(s).and_then(|t| t.strip_suffix(['_', '-', '.'])) {
            base = t;
            break;
        }
    }
    if base.is_empty() || SPLITS.contains(&base) {
        let folder = std::path::Path::new(&ctx.file)
            .parent()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        if !folder.is_empty() {
            return folder;
        }
        return if stem.is_empty() { "csv".into() } else { stem.into() };
    }
    base.to_string()
}

struct CsvIter<'a> {
    reader: csv::Reader<RowBudget<Box<dyn BufRead + 'a>>>,
    /// Bytes read since the last complete row.
    used: Rc<Cell<usize>>,
    ctx: ReadContext,
    roles: Option<Vec<Role>>,
    row: usize,
    done: bool,
    dataset: String,
}

impl<'a> CsvIter<'a> {
    fn new(input: Box<dyn BufRead + 'a>, ctx: &ReadContext, row_limit: usize) -> Self {
        let used = Rc::new(Cell::new(0));
        let input = RowBudget { inner: input, used: used.clone(), limit: row_limit };
        Self {
            reader: csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(input),
            used,
            ctx: ctx.clone(),
            roles: None,
            row: 0,
            done: false,
            dataset: dataset_name(ctx),
        }
    }
}

impl Iterator for CsvIter<'_> {
    type Item = RecordResult;

    fn next(&mut self) -> Option<RecordResult> {
        if self.done {
            return None;
        }
        let mut rec = csv::ByteRecord::new();
        if self.roles.is_none() {
            match self.reader.read_byte_record(&mut rec) {
                Ok(true) => {}
                Ok(false) => {
                    self.done = true;
                    return Some(Err(self.ctx.error("header", "empty file (no header row)")));
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(self.ctx.error("header", format!("line 1: {e}"))));
                }
            }
            let roles: Vec<Role> =
                rec.iter().enumerate().map(|(i, f)| role(i, &String::from_utf8_lossy(f))).collect();
            if !roles.contains(&Role::Cif) {
                self.done = true;
                return Some(Err(self.ctx.error("header", "line 1: no 'cif' column")));
            }
            self.roles = Some(roles);
        }
        loop {
            self.used.set(0);
            match self.reader.read_byte_record(&mut rec) {
                Ok(false) => {
                    self.done = true;
                    return None;
                }
                Ok(true) => {
                    // Blank lines read as one empty field: skip them.
                    if rec.len() == 1 && rec.get(0).is_some_and(|f| f.is_empty()) {
                        continue;
                    }
                    self.row += 1;
                    let line = rec.position().map_or(0, |p| p.line());
                    return Some(self.record(&rec, line));
                }
                Err(e) => {
                    self.row += 1;
                    // An I/O error has no position: it happened where reading stopped.
                    let line = e.position().map_or_else(|| self.reader.position().line(), |p| p.line());
                    if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                        self.done = true;
                    }
                    return Some(Err(self
                        .ctx
                        .error(format!("row {}", self.row), format!("line {line}: {e}"))));
                }
            }
        }
    }
}

impl CsvIter<'_> {
    fn record(&self, rec: &csv::ByteRecord, line: u64) -> RecordResult {
        let roles = self.roles.as_deref().unwrap_or_default();
        let field = |i: usize| String::from_utf8_lossy(rec.get(i).unwrap_or_default()).into_owned();
        let id = roles
            .iter()
            .position(|r| *r == Role::Id)
            .map(field)
            .map(|s| s.trim().to_string())
            .unwrap_or_default();
        let label =
            if id.is_empty() { format!("row {}", self.row) } else { format!("row {} ({id})", self.row) };
        let fail = |m: String| Err(self.ctx.error(&label, format!("line {line}: {m}")));
        if rec.len() != roles.len() {
            return fail(format!("{} fields, the header has {}", rec.len(), roles.len()));
        }
        let source_id = if id.is_empty() { format!("row{}", self.row) } else { id.clone() };
        let looks_mp = id.starts_with("mp-") || id.starts_with("mvc-");
        let source = self.ctx.source_or(if looks_mp { "mp" } else { &self.dataset });
        let mut properties = Properties::default();
        let mut extra = Map::new();
        let mut structure = None;
        for (i, r) in roles.iter().enumerate() {
            let v = field(i);
            let t = v.trim();
            match r {
                Role::Skip | Role::Id => {}
                Role::Cif => {
                    let mut blocks = parse_cif_str(&v).into_iter();
                    match blocks.next() {
                        Some(Ok(s)) => {
                            if let Some(note) = s.extra.get("cif_note") {
                                extra.insert("cif_note".into(), note.clone());
                            }
                            structure = Some(s.structure);
                        }
                        Some(Err(e)) => return fail(format!("cif column: {e}")),
                        None => return fail("cif column: no data block with atom sites".into()),
                    }
                }
                Role::Property(name) => {
                    if is_missing(t) {
                        continue;
                    }
                    match finite_f64(t) {
                        Some(x) => {
                            properties.set(name, Some(x));
                        }
                        None => return fail(format!("column {name}: '{t}' is not a number")),
                    }
                }
                Role::Formula => {
                    if !t.is_empty() {
                        extra.insert("source_formula".into(), Json::String(t.to_string()));
                    }
                }
                Role::SpaceGroup => {
                    if is_missing(t) {
                        continue;
                    }
                    match finite_f64(t).filter(|x| x.fract() == 0.0 && (1.0..=230.0).contains(x)) {
                        Some(n) => {
                            extra.insert("source_spacegroup_number".into(), Json::from(n as i64));
                        }
                        None => return fail(format!("spacegroup.number '{t}' is not in 1..=230")),
                    }
                }
                Role::Extra(name) => {
                    if let Some(j) = extra_value(t) {
                        extra.insert(name.clone(), j);
                    }
                }
            }
        }
        let Some(structure) = structure else { return fail("no cif value".into()) };
        // A property without a column is absent (an update keeps its stored value); an empty
        // cell of a present column is null.
        let carried = roles.iter().filter_map(|r| match r {
            Role::Property(name) => Some(*name),
            _ => None,
        });
        let mut r = Record::new(source, source_id, structure).carrying(carried);
        r.properties = properties;
        r.extra = extra;
        Ok(r)
    }
}

fn is_missing(t: &str) -> bool {
    t.is_empty() || t.eq_ignore_ascii_case("nan") || t == "None" || t == "null"
}

fn extra_value(t: &str) -> Option<Json> {
    if is_missing(t) {
        return None;
    }
    if let Ok(i) = t.parse::<i64>() {
        return Some(Json::from(i));
    }
    if let Some(x) = finite_f64(t) {
        return Some(Json::from(x));
    }
    match t {
        "True" | "true" => return Some(Json::Bool(true)),
        "False" | "false" => return Some(Json::Bool(false)),
        _ => {}
    }
    if let Some(inner) = t.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
        let items: Option<Vec<Json>> = inner
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| {
                let q = s.strip_prefix('\'').and_then(|x| x.strip_suffix('\''));
                let q = q.or_else(|| s.strip_prefix('"').and_then(|x| x.strip_suffix('"')));
                q.map(|x| Json::String(x.to_string()))
            })
            .collect();
        if let Some(items) = items {
            return Some(Json::Array(items));
        }
    }
    Some(Json::String(t.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crystaldb::Error;
    use std::collections::BTreeMap;
    use std::io::Read;

    const CIF_NACL: &str = "data_NaCl\n_cell_length_a 3.9\n_cell_length_b 3.9\n_cell_length_c 3.9\n\
        _cell_angle_alpha 60\n_cell_angle_beta 60\n_cell_angle_gamma 60\n\
        loop_\n _symmetry_equiv_pos_site_id\n _symmetry_equiv_pos_as_xyz\n  1  'x, y, z'\n\
        loop_\n _atom_site_type_symbol\n _atom_site_label\n _atom_site_fract_x\n _atom_site_fract_y\n _atom_site_fract_z\n _atom_site_occupancy\n\
          Na  Na0  0 0 0  1\n  Cl  Cl1  0.5 0.5 0.5  1\n";

    fn table(rows: &[String]) -> String {
        let mut s = String::from(",material_id,formation_energy_per_atom,band_gap,pretty_formula,e_above_hull,elements,cif,spacegroup.number\n");
        for r in rows {
            s.push_str(r);
            s.push('\n');
        }
        s
    }

    fn row(i: usize, id: &str, gap: &str, cif: &str) -> String {
        format!("{i},{id},-1.5,{gap},NaCl,0.0,\"['Cl', 'Na']\",\"{}\",225", cif.replace('"', "\"\""))
    }

    fn read_str(text: &str, ctx: &ReadContext) -> Vec<RecordResult> {
        Mp20CsvReader.read(Box::new(std::io::Cursor::new(text.as_bytes().to_vec())), ctx).collect()
    }

    fn ctx(file: &str) -> ReadContext {
        ReadContext::for_path(std::path::Path::new(file))
    }

    #[test]
    fn a_row_over_the_limit_ends_the_file_with_a_located_error() {
        let mut text = table(&[row(0, "mp-1", "5.0", CIF_NACL), row(1, "mp-2", "5.0", CIF_NACL)]);
        // An unclosed quote: every later byte belongs to one cell.
        text.push_str("2,mp-3,-1.5,1.0,NaCl,0.0,x,\"data_x\n");
        text.push_str(&"_cell_length_a 5.6\n".repeat(4000));
        let input = Box::new(std::io::Cursor::new(text.into_bytes()));
        let v: Vec<RecordResult> = CsvIter::new(input, &ctx("big.csv"), 20_000).collect();
        assert_eq!(v.len(), 3, "{v:?}");
        assert!(v[0].is_ok() && v[1].is_ok(), "{v:?}");
        let e = v[2].as_ref().unwrap_err().to_string();
        assert!(e.contains("big.csv") && e.contains("row 3") && e.contains("larger than 20000 bytes"), "{e}");
        // Rows up to the limit read as before.
        let ok = table(&[row(0, "mp-1", "5.0", CIF_NACL)]);
        let input = Box::new(std::io::Cursor::new(ok.clone().into_bytes()));
        let v: Vec<RecordResult> = CsvIter::new(input, &ctx("ok.csv"), ok.len()).collect();
        assert!(v.len() == 1 && v[0].is_ok(), "{v:?}");
    }

    #[test]
    fn rows_become_records() {
        let text = table(&[row(0, "mp-22862", "5.0", CIF_NACL), row(1, "x-1", "", CIF_NACL)]);
        let v = read_str(&text, &ctx("data/mp20_biternary_val.csv"));
        assert_eq!(v.len(), 2);
        let r = v[0].as_ref().unwrap();
        assert_eq!(r.id(), "mp:mp-22862");
        assert_eq!(r.properties.band_gap, Some(5.0));
        assert_eq!(r.properties.formation_energy_per_atom, Some(-1.5));
        assert_eq!(r.properties.energy_above_hull, Some(0.0));
        assert_eq!(r.extra["source_formula"], "NaCl");
        assert_eq!(r.extra["source_spacegroup_number"], 225);
        assert_eq!(r.extra["elements"], serde_json::json!(["Cl", "Na"]));
        assert_eq!(r.structure.composition().reduced_formula(), "ClNa");
        let r = v[1].as_ref().unwrap();
        assert_eq!(r.id(), "mp20_biternary:x-1");
        assert_eq!(r.properties.band_gap, None);
        let mut c = ctx("x.csv");
        c.source = Some("mine".into());
        assert_eq!(read_str(&text, &c)[0].as_ref().unwrap().id(), "mine:mp-22862");
    }

    #[test]
    fn dataset_names() {
        assert_eq!(dataset_name(&ctx("a/mp20_biternary_val.csv.gz")), "mp20_biternary");
        assert_eq!(dataset_name(&ctx("cdvae/carbon_24/test.csv.gz")), "carbon_24");
        assert_eq!(dataset_name(&ctx("mpts52_test.csv")), "mpts52");
        assert_eq!(dataset_name(&ctx("train.csv")), "train");
        assert_eq!(dataset_name(&ctx("perov.csv")), "perov");
    }

    #[test]
    fn bad_rows_are_located_and_the_rest_continues() {
        let nan_cif = CIF_NACL.replace("0.5 0.5 0.5", "nan 0.5 0.5");
        let text = table(&[
            row(0, "mp-1", "1.0", CIF_NACL),
            row(1, "mp-2", "1.0", &nan_cif),
            row(2, "mp-3", "abc", CIF_NACL),
            "3,mp-4,too,few".to_string(),
            row(4, "mp-5", "1.0", "garbage, not a cif"),
            row(5, "mp-6", "1.0", CIF_NACL).replace(",225", ",999"),
            row(6, "mp-7", "1.0", CIF_NACL),
        ]);
        let v = read_str(&text, &ctx("t.csv"));
        assert_eq!(v.len(), 7);
        assert!(v[0].is_ok() && v[6].is_ok());
        let errs: Vec<(String, String)> = v[1..6]
            .iter()
            .map(|r| match r {
                Err(Error::Parse { file, record, message }) => {
                    assert_eq!(file, "t.csv");
                    (record.clone(), message.clone())
                }
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(errs[0].0, "row 2 (mp-2)");
        assert!(errs[0].1.starts_with("line 23: cif column: data_NaCl, line 20: "), "{:?}", errs[0]);
        assert!(errs[0].1.contains("not a number"), "{:?}", errs[0]);
        assert_eq!(errs[1].0, "row 3 (mp-3)");
        assert!(errs[1].1.contains("band_gap: 'abc'"), "{:?}", errs[1]);
        assert_eq!(errs[2].0, "row 4 (mp-4)");
        assert!(errs[2].1.contains("4 fields"), "{:?}", errs[2]);
        assert!(errs[3].1.contains("cif column:"), "{:?}", errs[3]);
        assert!(errs[4].1.contains("spacegroup.number '999'"), "{:?}", errs[4]);
        // Truncated in the middle of a quoted CIF: an error for that row, no panic.
        let cut = &text[..text.len() / 2];
        let v = read_str(cut, &ctx("t.csv"));
        assert!(v.last().unwrap().is_err());
        for n in (0..text.len()).step_by(7) {
            let _ = read_str(&text[..n], &ctx("t.csv"));
        }
        // No cif column; empty input; binary garbage.
        let v = read_str("a,b\n1,2\n", &ctx("t.csv"));
        assert_eq!(v.len(), 1);
        assert!(v[0].as_ref().unwrap_err().to_string().contains("no 'cif' column"));
        assert!(read_str("", &ctx("t.csv"))[0].is_err());
        assert!(read_str("\u{0}\u{1}\u{ff}", &ctx("t.csv"))[0].is_err());
    }

    #[test]
    fn sniffing() {
        let text = table(&[row(0, "mp-1", "1", CIF_NACL)]);
        assert!(Mp20CsvReader.sniff("a.csv", text.as_bytes()));
        assert!(Mp20CsvReader.sniff("a.csv", b""));
        assert!(Mp20CsvReader.sniff("table", text.as_bytes()));
        assert!(!Mp20CsvReader.sniff("a.csv", b"a,b,c\n1,2,3\n"));
        assert!(!Mp20CsvReader.sniff("a.cif", b"data_cif\n"));
    }

    fn gunzip(path: &std::path::Path) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(path).unwrap()).read_to_end(&mut out).unwrap();
        out
    }

    /// Element amounts of a formula with groups: "Y(CoGa)6" -> {Co: 6, Ga: 6, Y: 1}.
    fn amounts(c: &[char], i: &mut usize, m: &mut BTreeMap<String, u64>) {
        let count = |i: &mut usize| {
            let mut n = String::new();
            while *i < c.len() && c[*i].is_ascii_digit() {
                n.push(c[*i]);
                *i += 1;
            }
            n.parse::<u64>().unwrap_or(1)
        };
        while *i < c.len() && c[*i] != ')' {
            if c[*i] == '(' {
                *i += 1;
                let mut inner = BTreeMap::new();
                amounts(c, i, &mut inner);
                *i += 1;
                let k = count(i);
                for (e, n) in inner {
                    *m.entry(e).or_default() += n * k;
                }
                continue;
            }
            let mut sym = c[*i].to_string();
            *i += 1;
            while *i < c.len() && c[*i].is_ascii_lowercase() {
                sym.push(c[*i]);
                *i += 1;
            }
            let k = count(i);
            *m.entry(sym).or_default() += k;
        }
    }

    /// A formula reduced by the gcd and written alphabetically, as
    /// `Composition::reduced_formula` writes it.
    fn normalise(formula: &str) -> String {
        let mut m: BTreeMap<String, u64> = BTreeMap::new();
        let c: Vec<char> = formula.chars().collect();
        amounts(&c, &mut 0, &mut m);
        fn gcd(a: u64, b: u64) -> u64 {
            if b == 0 {
                a
            } else {
                gcd(b, a % b)
            }
        }
        let g = m.values().copied().fold(0, gcd).max(1);
        m.iter().map(|(e, &n)| if n / g == 1 { e.clone() } else { format!("{e}{}", n / g) }).collect()
    }

    #[test]
    fn formula_normalisation() {
        assert_eq!(normalise("Y(CoGa)6"), "Co6Ga6Y");
        assert_eq!(normalise("Fe4O6"), "Fe2O3");
        assert_eq!(normalise("NaCl"), "ClNa");
        assert_eq!(normalise("Ca(OH)2"), "CaH2O2");
    }

    #[test]
    fn mp20_biternary_val_parses_every_row() {
        let Some(data) = crystaldb::testdata::require("mp20_biternary_val_parses_every_row") else { return };
        let path = data.join("mp/mp20_biternary_val.csv.gz");
        let bytes = gunzip(&path);
        let ctx = ReadContext::for_path(&path);
        assert!(Mp20CsvReader.sniff("mp20_biternary_val.csv", &bytes[..4096]));
        let mut n = 0;
        let mut ids = std::collections::HashSet::new();
        for r in Mp20CsvReader.read(Box::new(std::io::Cursor::new(bytes)), &ctx) {
            let r = r.unwrap_or_else(|e| panic!("{e}"));
            n += 1;
            assert_eq!(r.source, "mp");
            assert!(ids.insert(r.source_id.clone()), "{}", r.source_id);
            let pretty = r.extra["source_formula"].as_str().unwrap();
            assert_eq!(r.structure.composition().reduced_formula(), normalise(pretty), "{}", r.source_id);
            let sg = r.extra["source_spacegroup_number"].as_i64().unwrap();
            assert!((1..=230).contains(&sg));
            assert!(r.properties.formation_energy_per_atom.is_some() && r.properties.band_gap.is_some());
            assert!(r.properties.energy_above_hull.is_some());
            assert!((2..=20).contains(&r.structure.nsites()), "{}", r.source_id);
        }
        assert_eq!(n, 7140);
    }

    /// The other CSV layouts, first rows only (kept short for debug builds).
    #[test]
    fn other_csv_layouts() {
        let Some(data) = crystaldb::testdata::require("other_csv_layouts") else { return };
        let cases = [
            ("mp/mp20_pilot_val.csv.gz", "mp", "band_gap"),
            ("mp/mpts52_test.csv.gz", "mp", "year"),
            ("cdvae/carbon_24/test.csv.gz", "carbon_24", "energy_per_atom"),
            ("cdvae/perov_5/val.csv.gz", "perov_5", "heat_all"),
        ];
        for (file, source, column) in cases {
            let path = data.join(file);
            let ctx = ReadContext::for_path(&path);
            let bytes = gunzip(&path);
            let rows: Vec<Record> = Mp20CsvReader
                .read(Box::new(std::io::Cursor::new(bytes)), &ctx)
                .take(300)
                .map(|r| r.unwrap_or_else(|e| panic!("{file}: {e}")))
                .collect();
            assert_eq!(rows.len(), 300, "{file}");
            for r in &rows {
                assert_eq!(r.source, source, "{file}");
                match column {
                    "band_gap" => assert!(r.properties.band_gap.is_some()),
                    "energy_per_atom" => {
                        let e = r.properties.total_energy_per_atom.unwrap();
                        assert!((-170.0..-140.0).contains(&e), "{file}: {e}");
                        assert_eq!(r.structure.composition().reduced_formula(), "C");
                    }
                    c => assert!(r.extra.contains_key(c), "{file}: {:?}", r.extra),
                }
                assert!(r.structure.sites.iter().all(|s| s.frac.iter().all(|x| (0.0..1.0).contains(x))));
            }
        }
    }

    /// Every row of every CSV in the shared data (about 37,000 rows; ~15 s CPU in debug, so not
    /// run by default: `cargo test -p crystaldb-readers --lib all_csv_rows -- --ignored`).
    #[test]
    #[ignore]
    fn all_csv_rows() {
        let Some(data) = crystaldb::testdata::require("all_csv_rows") else { return };
        let files = [
            ("mp/mp20_biternary_test.csv.gz", 7118),
            ("mp/mp20_biternary_val.csv.gz", 7140),
            ("mp/mp20_pilot_train.csv.gz", 1000),
            ("mp/mp20_pilot_val.csv.gz", 1000),
            ("mp/mp20_pilot_test.csv.gz", 1000),
            ("mp/mpts52_test.csv.gz", 8096),
            ("cdvae/carbon_24/test.csv.gz", 2030),
            ("cdvae/carbon_24/val.csv.gz", 2032),
            ("cdvae/perov_5/test.csv.gz", 3785),
            ("cdvae/perov_5/val.csv.gz", 3787),
        ];
        for (file, rows) in files {
            let path = data.join(file);
            let ctx = ReadContext::for_path(&path);
            let (mut ok, mut invalid) = (0, 0);
            for r in Mp20CsvReader.read(Box::new(std::io::Cursor::new(gunzip(&path))), &ctx) {
                let r = r.unwrap_or_else(|e| panic!("{e}"));
                ok += 1;
                if let Err(e) = r.validate(&Default::default()) {
                    invalid += 1;
                    eprintln!("{file}: {}: {e}", r.id());
                }
            }
            eprintln!("{file}: {ok} records, {invalid} failing validation");
            assert_eq!(ok, rows, "{file}");
        }
    }
}

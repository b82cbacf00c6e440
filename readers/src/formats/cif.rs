//! CIF (Crystallographic Information File) reader: CIF 1.1 and tolerant CIF 2.0.
//!
//! Each data block with atom sites becomes one record; blocks without atom sites (publication
//! or global blocks) are skipped. Record ids: `file:<stem>` when the file yields one record
//! (or one error), `file:<stem>#<block name>` when it yields several. A file that yields
//! nothing at all gives one error.
//!
//! What is read from a block:
//! * the cell from `_cell_length_a|b|c` (required) and `_cell_angle_alpha|beta|gamma` (90° when
//!   absent or unknown, the dictionary default), in pymatgen's orientation (a along x);
//! * numbers with standard uncertainties (`0.941(8)` is 0.941); `?` and `.` are unknown;
//! * symmetry operators from `_symmetry_equiv_pos_as_xyz` or
//!   `_space_group_symop_operation_xyz` (also spelled `_space_group_symop.operation_xyz`),
//!   with or without an id column. Without operators, the Hall symbol, then the
//!   Hermann–Mauguin symbol, then the space-group number is resolved with moyo's table of the
//!   530 ITA settings (an H-M symbol without a `:` setting suffix gets rhombohedral axes when
//!   the cell has them, else the standard setting: unique axis b, cell choice 1, origin
//!   choice 2, hexagonal axes); when nothing resolves the block is read as P1.
//!   `extra["cif_symmetry_source"]` records which was used (`operators`, `hall_symbol`,
//!   `hm_symbol`, `it_number`, `none`) and, whenever the operators were not listed,
//!   `extra["cif_note"]` says where they came from (the Hall symbol used) or that the block
//!   was read as P1;
//! * atom sites from `_atom_site_fract_x|y|z` (or Cartesian `_atom_site_Cartn_x|y|z`, converted
//!   with `_atom_sites_fract_tran_matrix_*` when given, else the cell's orientation), the
//!   element from `_atom_site_type_symbol` or else `_atom_site_label` (`Fe2+`, `O1`, `D`),
//!   `_atom_site_occupancy` (1 when absent or unknown; partial occupancy kept; occupancy 0
//!   sites dropped; values up to 1.001 read as 1). Dummy sites (`_atom_site_calc_flag dum`)
//!   are skipped;
//! * the full cell: every operator applied, positions wrapped into [0, 1), duplicates merged
//!   (same element within [`MERGE_DISTANCE`] = 0.01 Å, or images of one listed site within
//!   [`MERGE_FRACTION`] = 2e-3 in every fractional coordinate);
//! * `extra`: `cif_block`, `cif_spacegroup_number`, `cif_spacegroup_symbol` (H-M),
//!   `cif_hall_symbol`, `cif_symmetry_source`, `cif_note`, and when present
//!   `cif_chemical_formula_sum`, `cif_chemical_formula_structural`,
//!   `cif_chemical_name_common`, `cif_chemical_name_mineral`, `cif_chemical_name_systematic`,
//!   `cif_cod_database_code`, `cif_database_code_icsd`, `cif_journal_paper_doi`.
//!
//! The source space group is not put in [`Record::spacegroup`](crystaldb::Record): the database
//! derives its own and can compare with `cif_spacegroup_number`.

mod symmetry;
mod syntax;

use crate::formats::text::{finite_f64, species_z, Lines};
use crate::reader::{ReadContext, RecordResult, StructureReader};
use crystaldb::structure::{Lattice, Structure, Vec3};
use crystaldb::Record;
use serde_json::{Map, Value as Json};
use std::collections::HashSet;
use std::io::BufRead;
use symmetry::{AsymSite, SymOp};
use syntax::{Block, BlockStream, Value};

pub use symmetry::{MERGE_DISTANCE, MERGE_FRACTION};

/// Reader of CIF files (`.cif`, `.mcif`, or content starting with a `data_` block).
#[derive(Debug, Clone, Copy, Default)]
pub struct CifReader;

/// A structure read from one CIF data block.
#[derive(Debug, Clone, PartialEq)]
pub struct CifStructure {
    /// Block name (the text after `data_`).
    pub block: String,
    /// The full cell.
    pub structure: Structure,
    /// Block metadata for [`Record::extra`] (the `cif_*` keys described in the module docs).
    pub extra: Map<String, Json>,
}

/// Every data block with atom sites in a CIF text, in order: the structure, or what is wrong
/// with the block (the message names the block and line).
pub fn parse_cif_str(text: &str) -> Vec<Result<CifStructure, String>> {
    let mut blocks = BlockStream::new(Lines::new(Box::new(text.as_bytes())));
    let mut out = Vec::new();
    while let Some(o) = next_outcome(&mut blocks) {
        out.push(o.result);
    }
    out
}

struct Outcome {
    name: Option<String>,
    result: Result<CifStructure, String>,
}

/// The next block that yields a structure or an error; blocks without atom sites are skipped.
fn next_outcome(blocks: &mut BlockStream<'_>) -> Option<Outcome> {
    loop {
        let o = blocks.next_block()?;
        let label = match &o.name {
            Some(n) => format!("data_{n}"),
            None => "input".to_string(),
        };
        match o.block {
            Err(e) => return Some(Outcome { name: o.name, result: Err(format!("{label}, {e}")) }),
            Ok(block) => match block_structure(&block) {
                Ok(None) => continue,
                Ok(Some(s)) => return Some(Outcome { name: o.name, result: Ok(s) }),
                Err(e) => return Some(Outcome { name: o.name, result: Err(format!("{label}, {e}")) }),
            },
        }
    }
}

impl StructureReader for CifReader {
    fn name(&self) -> &'static str {
        "cif"
    }

    fn sniff(&self, file_name: &str, head: &[u8]) -> bool {
        let lower = file_name.to_ascii_lowercase();
        if lower.ends_with(".cif") || lower.ends_with(".mcif") {
            return true;
        }
        let text = String::from_utf8_lossy(head);
        for line in text.lines() {
            let t = line.trim_start_matches('\u{feff}').trim();
            if t.starts_with("#\\#CIF") {
                return true;
            }
            if t.is_empty() || t.starts_with('#') {
                continue;
            }
            return t.len() >= 5 && t.as_bytes()[..5].eq_ignore_ascii_case(b"data_");
        }
        false
    }

    fn read<'a>(
        &self,
        input: Box<dyn BufRead + 'a>,
        ctx: &ReadContext,
    ) -> Box<dyn Iterator<Item = RecordResult> + 'a> {
        Box::new(CifIter {
            blocks: BlockStream::new(Lines::new(input)),
            ctx: ctx.clone(),
            pending: None,
            multi: false,
            emitted: 0,
            finished: false,
            used: HashSet::new(),
        })
    }
}

/// Yields one result per block outcome, holding back one so that the id of the first can say
/// whether the file has several.
struct CifIter<'a> {
    blocks: BlockStream<'a>,
    ctx: ReadContext,
    pending: Option<Outcome>,
    multi: bool,
    emitted: usize,
    finished: bool,
    used: HashSet<String>,
}

impl CifIter<'_> {
    fn stem(&self) -> String {
        if self.ctx.stem.is_empty() {
            "input".to_string()
        } else {
            self.ctx.stem.clone()
        }
    }

    fn finish(&mut self, o: Outcome) -> RecordResult {
        self.emitted += 1;
        let stem = self.stem();
        let mut id = match (&o.name, self.multi) {
            (Some(n), true) => format!("{stem}#{n}"),
            _ => stem,
        };
        if !self.used.insert(id.clone()) {
            // Repeated block names (not allowed by CIF, seen in the wild): number them.
            let mut k = 2;
            while !self.used.insert(format!("{id}~{k}")) {
                k += 1;
            }
            id = format!("{id}~{k}");
        }
        match o.result {
            Ok(s) => {
                let mut r = Record::new(self.ctx.source_or("file"), id, s.structure);
                r.extra = s.extra;
                r.mark_unstated_absent(&[]);
                Ok(r)
            }
            Err(e) => Err(self.ctx.error(id, e)),
        }
    }
}

impl Iterator for CifIter<'_> {
    type Item = RecordResult;

    fn next(&mut self) -> Option<RecordResult> {
        loop {
            if self.finished {
                return None;
            }
            match next_outcome(&mut self.blocks) {
                Some(o) => match self.pending.take() {
                    Some(p) => {
                        self.multi = true;
                        self.pending = Some(o);
                        return Some(self.finish(p));
                    }
                    None => self.pending = Some(o),
                },
                None => {
                    self.finished = true;
                    if let Some(p) = self.pending.take() {
                        return Some(self.finish(p));
                    }
                    if self.emitted == 0 {
                        let id = self.stem();
                        return Some(Err(self
                            .ctx
                            .error(id, "no data block with atom sites (not a CIF, or an empty one)")));
                    }
                    return None;
                }
            }
        }
    }
}

/// A number, unknown, or not a number.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Num {
    Unknown,
    Val(f64),
    Bad,
}

/// A CIF number: `1.5`, `-0.0340(5)`, `1.`, `.5`, `1e-3`; `?`/`.` are unknown.
fn cif_number(v: &Value) -> Num {
    if v.is_null() {
        return Num::Unknown;
    }
    let t = v.text.trim();
    let core = match t.find('(') {
        Some(i)
            if t.ends_with(')')
                && t.len() > i + 2
                && t[i + 1..t.len() - 1].bytes().all(|b| b.is_ascii_digit()) =>
        {
            &t[..i]
        }
        Some(_) => return Num::Bad,
        None => t,
    };
    finite_f64(core).map_or(Num::Bad, Num::Val)
}

fn quote(v: &Value) -> String {
    crate::formats::text::excerpt(&v.text, 40)
}

fn has_atom_sites(b: &Block) -> bool {
    ["_atom_site_fract_x", "_atom_site_cartn_x", "_atom_site_label", "_atom_site_type_symbol"]
        .iter()
        .any(|t| b.has(t))
}

/// The structure of a block; `None` when it has no atom sites.
fn block_structure(b: &Block) -> Result<Option<CifStructure>, String> {
    if !has_atom_sites(b) {
        return Ok(None);
    }
    let lattice = cell(b)?;
    let mut extra = Map::new();
    extra.insert("cif_block".into(), Json::String(b.name.clone()));
    let rhombo = symmetry::is_rhombohedral_cell(lattice.lengths(), lattice.angles());
    let ops = symmetry_ops(b, rhombo, &mut extra)?;
    let asym = atom_sites(b, &lattice)?;
    let sites = symmetry::expand(&lattice, &asym, &ops)?;
    metadata(b, &mut extra);
    Ok(Some(CifStructure { block: b.name.clone(), structure: Structure { lattice, sites }, extra }))
}

fn at(v: &Value) -> String {
    format!("line {}", v.line)
}

fn cell(b: &Block) -> Result<Lattice, String> {
    let mut p = [0.0; 6];
    let tags = [
        "_cell_length_a",
        "_cell_length_b",
        "_cell_length_c",
        "_cell_angle_alpha",
        "_cell_angle_beta",
        "_cell_angle_gamma",
    ];
    for (i, tag) in tags.iter().enumerate() {
        let is_angle = i >= 3;
        p[i] = match b.get(tag) {
            None if is_angle => 90.0,
            None => return Err(format!("line {}: block has atom sites but no {tag}", b.line)),
            Some(v) => match cif_number(v) {
                Num::Val(x) => x,
                Num::Unknown if is_angle => 90.0,
                Num::Unknown => return Err(format!("{}: {tag} is unknown ('{}')", at(v), v.text)),
                Num::Bad => return Err(format!("{}: {tag} is not a number: '{}'", at(v), quote(v))),
            },
        };
    }
    Lattice::from_parameters(p[0], p[1], p[2], p[3], p[4], p[5]).map_err(|e| format!("line {}: {e}", b.line))
}

const OP_TAGS: [&str; 2] = ["_symmetry_equiv_pos_as_xyz", "_space_group_symop_operation_xyz"];
const HALL_TAGS: [&str; 2] = ["_symmetry_space_group_name_hall", "_space_group_name_hall"];
const HM_TAGS: [&str; 4] = [
    "_symmetry_space_group_name_h-m",
    "_space_group_name_h-m_alt",
    "_space_group_name_h-m_full",
    "_space_group_name_h-m",
];
const NUMBER_TAGS: [&str; 2] = ["_space_group_it_number", "_symmetry_int_tables_number"];

fn symmetry_ops(b: &Block, rhombo: bool, extra: &mut Map<String, Json>) -> Result<Vec<SymOp>, String> {
    let hall = b.get_any(&HALL_TAGS).map(|v| v.text.trim().to_string()).filter(|s| !s.is_empty());
    let hm = b.get_any(&HM_TAGS).map(|v| v.text.trim().to_string()).filter(|s| !s.is_empty());
    let mut notes = Vec::new();
    let number = match b.get_any(&NUMBER_TAGS).map(|v| (v, cif_number(v))) {
        Some((_, Num::Val(x))) if x.fract() == 0.0 && (1.0..=230.0).contains(&x) => Some(x as i64),
        Some((v, _)) => {
            notes.push(format!("space-group number '{}' ignored (not in 1..=230)", quote(v)));
            None
        }
        None => None,
    };
    if let Some(n) = number {
        extra.insert("cif_spacegroup_number".into(), Json::from(n));
    }
    if let Some(s) = &hm {
        extra.insert("cif_spacegroup_symbol".into(), Json::String(s.clone()));
    }
    if let Some(s) = &hall {
        extra.insert("cif_hall_symbol".into(), Json::String(s.clone()));
    }
    let (ops, source) = resolve_ops(b, rhombo, hall.as_deref(), hm.as_deref(), number, &mut notes)?;
    extra.insert("cif_symmetry_source".into(), Json::from(source));
    if !notes.is_empty() {
        extra.insert("cif_note".into(), Json::from(notes.join("; ")));
    }
    Ok(ops)
}

fn resolve_ops(
    b: &Block,
    rhombo: bool,
    hall: Option<&str>,
    hm: Option<&str>,
    number: Option<i64>,
    notes: &mut Vec<String>,
) -> Result<(Vec<SymOp>, &'static str), String> {
    for tag in OP_TAGS {
        let Some(col) = b.column(tag) else { continue };
        let known: Vec<&Value> = col.into_iter().filter(|v| !v.is_null()).collect();
        if known.is_empty() {
            continue;
        }
        let mut ops = Vec::with_capacity(known.len());
        for (i, v) in known.iter().enumerate() {
            ops.push(
                symmetry::parse_symop(&v.text).map_err(|e| format!("{}: {tag} #{}: {e}", at(v), i + 1))?,
            );
        }
        return Ok((ops, "operators"));
    }
    if let Some(h) = hall {
        if let Some(r) = symmetry::from_hall(h) {
            notes.push(format!("no symmetry operators: generated from Hall symbol {}", r.hall_symbol));
            return Ok((r.ops, "hall_symbol"));
        }
        notes.push(format!("Hall symbol '{h}' not recognised"));
    }
    if let Some(s) = hm {
        if let Some(r) = symmetry::from_hm(s, rhombo) {
            notes.push(format!(
                "no symmetry operators: generated from H-M symbol '{s}' read as Hall symbol {}",
                r.hall_symbol
            ));
            return Ok((r.ops, "hm_symbol"));
        }
        notes.push(format!("H-M symbol '{s}' not recognised"));
    }
    if let Some(n) = number {
        if let Some(r) = symmetry::from_number(n, rhombo) {
            notes.push(format!(
                "no symmetry operators or known symbol: generated from space group {n} in the setting of Hall symbol {}",
                r.hall_symbol
            ));
            return Ok((r.ops, "it_number"));
        }
    }
    if !notes.is_empty() {
        notes.push("no symmetry operators: read as P1".into());
    }
    Ok((vec![SymOp::identity()], "none"))
}

/// Values of `tag` when it lives with `anchor` (same loop, or both single items).
fn column_with<'b>(b: &'b Block, tag: &str, anchor: &str) -> Option<Vec<&'b Value>> {
    if b.loop_of(tag)? != b.loop_of(anchor)? {
        return None;
    }
    b.column(tag)
}

/// `_atom_sites_fract_tran_matrix_ij` (Cartesian to fractional) and vector, when complete.
/// Cartesian-to-fractional transform: `frac = matrix · cart + vector`.
type Transform = ([[f64; 3]; 3], Vec3);

fn fract_transform(b: &Block) -> Result<Option<Transform>, String> {
    let mut m = [[0.0; 3]; 3];
    for (i, row) in m.iter_mut().enumerate() {
        for (j, x) in row.iter_mut().enumerate() {
            match b.get(&format!("_atom_sites_fract_tran_matrix_{}{}", i + 1, j + 1)).map(cif_number) {
                Some(Num::Val(v)) => *x = v,
                _ => return Ok(None),
            }
        }
    }
    let mut t = [0.0; 3];
    for (i, x) in t.iter_mut().enumerate() {
        if let Some(v) = b.get(&format!("_atom_sites_fract_tran_vector_{}", i + 1)) {
            match cif_number(v) {
                Num::Val(y) => *x = y,
                Num::Unknown => {}
                Num::Bad => return Err(format!("{}: bad _atom_sites_fract_tran_vector", at(v))),
            }
        }
    }
    Ok(Some((m, t)))
}

fn atom_sites(b: &Block, lattice: &Lattice) -> Result<Vec<AsymSite>, String> {
    let (anchor, cartesian) = if b.has("_atom_site_fract_x") {
        ("_atom_site_fract_x", false)
    } else if b.has("_atom_site_cartn_x") {
        ("_atom_site_cartn_x", true)
    } else {
        return Err(format!(
            "line {}: atom sites have no coordinates (_atom_site_fract_x or _atom_site_Cartn_x)",
            b.line
        ));
    };
    let prefix = if cartesian { "_atom_site_cartn_" } else { "_atom_site_fract_" };
    let mut xyz = Vec::with_capacity(3);
    for axis in ["x", "y", "z"] {
        let tag = format!("{prefix}{axis}");
        xyz.push(
            column_with(b, &tag, anchor).ok_or_else(|| format!("line {}: atom sites lack {tag}", b.line))?,
        );
    }
    let n = xyz[0].len();
    if n == 0 {
        return Err(format!("line {}: the atom-site loop has no rows", b.line));
    }
    let labels = column_with(b, "_atom_site_label", anchor);
    let types = column_with(b, "_atom_site_type_symbol", anchor);
    let occs = column_with(b, "_atom_site_occupancy", anchor);
    let flags = column_with(b, "_atom_site_calc_flag", anchor);
    let transform = if cartesian { fract_transform(b)? } else { None };
    let inverse = lattice.inverse().ok_or_else(|| "singular cell".to_string())?;
    let mut out = Vec::with_capacity(n);
    for r in 0..n {
        if flags.as_ref().is_some_and(|f| f[r].text.eq_ignore_ascii_case("dum")) {
            continue;
        }
        let label = labels
            .as_ref()
            .map(|l| l[r])
            .or(types.as_ref().map(|t| t[r]))
            .filter(|v| !v.is_null())
            .map_or_else(|| format!("#{}", r + 1), |v| v.text.clone());
        let what = format!("line {}: atom site {} ('{}')", xyz[0][r].line, r + 1, label);
        let from_type =
            types.as_ref().map(|t| t[r]).filter(|v| !v.is_null()).and_then(|v| species_z(&v.text));
        let from_label =
            labels.as_ref().map(|l| l[r]).filter(|v| !v.is_null()).and_then(|v| species_z(&v.text));
        let z = from_type.or(from_label).ok_or_else(|| {
            let typ = types.as_ref().map(|t| t[r]);
            let lab = labels.as_ref().map(|l| l[r]);
            let name = typ.filter(|v| !v.is_null()).or(lab.filter(|v| !v.is_null())).or(typ).or(lab);
            format!("{what}: unknown element '{}'", name.map_or(String::new(), quote))
        })?;
        let mut p = [0.0; 3];
        for (i, col) in xyz.iter().enumerate() {
            let v = col[r];
            p[i] = match cif_number(v) {
                Num::Val(x) => x,
                Num::Unknown => {
                    return Err(format!("{what}: {prefix}{} is unknown ('{}')", ["x", "y", "z"][i], v.text))
                }
                Num::Bad => {
                    return Err(format!(
                        "{what}: {prefix}{} is not a number: '{}'",
                        ["x", "y", "z"][i],
                        quote(v)
                    ))
                }
            };
        }
        let occupancy = match occs.as_ref().map(|o| (o[r], cif_number(o[r]))) {
            None | Some((_, Num::Unknown)) => 1.0,
            Some((v, Num::Bad)) => return Err(format!("{what}: occupancy is not a number: '{}'", quote(v))),
            Some((_, Num::Val(0.0))) => continue,
            Some((_, Num::Val(o))) if o > 0.0 && o <= 1.0 => o,
            Some((_, Num::Val(o))) if o > 1.0 && o <= 1.001 => 1.0,
            Some((_, Num::Val(o))) => return Err(format!("{what}: occupancy {o} is outside (0, 1]")),
        };
        let frac = if cartesian {
            match &transform {
                Some((m, t)) => [0, 1, 2].map(|i| m[i][0] * p[0] + m[i][1] * p[1] + m[i][2] * p[2] + t[i]),
                None => [0, 1, 2].map(|j| p[0] * inverse[0][j] + p[1] * inverse[1][j] + p[2] * inverse[2][j]),
            }
        } else {
            p
        };
        if frac.iter().any(|x| !x.is_finite() || x.abs() > 1e6) {
            return Err(format!("{what}: fractional coordinates {frac:?} are out of range"));
        }
        out.push(AsymSite { z, frac, occupancy });
    }
    if out.is_empty() {
        return Err(format!("line {}: no atom sites (all dummy or zero occupancy)", b.line));
    }
    Ok(out)
}

const METADATA_TAGS: [(&str, &str); 8] = [
    ("_chemical_formula_sum", "cif_chemical_formula_sum"),
    ("_chemical_formula_structural", "cif_chemical_formula_structural"),
    ("_chemical_name_common", "cif_chemical_name_common"),
    ("_chemical_name_mineral", "cif_chemical_name_mineral"),
    ("_chemical_name_systematic", "cif_chemical_name_systematic"),
    ("_cod_database_code", "cif_cod_database_code"),
    ("_database_code_icsd", "cif_database_code_icsd"),
    ("_journal_paper_doi", "cif_journal_paper_doi"),
];

fn metadata(b: &Block, extra: &mut Map<String, Json>) {
    for (tag, key) in METADATA_TAGS {
        if let Some(v) = b.get(tag).filter(|v| !v.is_null()) {
            let t = v.text.trim();
            if !t.is_empty() {
                extra.insert(key.into(), Json::String(t.to_string()));
            }
        }
    }
}

#[cfg(test)]
mod tests;

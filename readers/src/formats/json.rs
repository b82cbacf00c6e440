//! The JSON family: one generic reader over a table of formats, and which format takes a file.
//!
//! Each format contributes a [`JsonFormat`]: its name, a `sniff` that decides from the file
//! name and the first bytes (decompressed when gzip) whether the file is that format, the
//! shape of its stream, and a `convert` that turns one JSON record into a
//! [`crystaldb::Record`] or an error naming the field. [`JsonReader`] does the rest once:
//! decompression, streaming, record positions, located errors and the [`StructureReader`]
//! impl.
//!
//! [`FORMATS`] is the detection order, from the most to the least specific markers; the
//! first format whose `sniff` accepts the head takes the file:
//!
//! 1. `nomad-json` — NOMAD's `results` use OPTIMADE names (`species_at_sites`) and a
//!    `material_id`, so NOMAD must win over OPTIMADE and MP.
//! 2. `aflow` — also claims `aflowlib.out` text.
//! 3. `oqmd-json` — its sniff declines heads with `species_at_sites` (OQMD's OPTIMADE 1.0
//!    output is standard OPTIMADE).
//! 4. `optimade-json` — the reference server's flat documents also carry MP's `task_id`, so
//!    OPTIMADE must win over MP.
//! 5. `mp-json`.
//!
//! A reader's `sniff` answers whether [`detect_json`] picks its format, so at most one JSON
//! reader claims a file. A marker that sits beyond the head the caller passes is not seen:
//! pass a few KiB at least (`mp-1_tasks.json` names its `task_id` after 85 KiB of
//! calculations, but pymatgen's `@module` marker comes early).

use crate::formats::json_fields::Bad;
use crate::formats::json_stream::{
    decompressed_head, first_byte, maybe_decompress, Container, JsonError, JsonRecord, JsonStream,
};
use crate::formats::{aflow, mp_json, nomad, optimade, oqmd};
use crate::reader::{ReadContext, RecordResult, StructureReader};
use serde_json::{Map, Value};
use std::io::BufRead;

/// One JSON format: what the generic [`JsonReader`] needs to know about it.
#[derive(Debug)]
pub(crate) struct JsonFormat {
    /// Format name as used by `--format`.
    pub name: &'static str,
    /// Whether a file is this format, from its name and decompressed head. Detection asks only
    /// when the head starts with `{` or `[` (or the format reads text lines), and only after
    /// the formats before this one in [`FORMATS`] have declined it.
    pub sniff: fn(&str, &[u8]) -> bool,
    /// How the records of a JSON input are streamed.
    pub stream: StreamShape,
    /// One record to the canonical record, or an error naming the field (and the record's id
    /// when known).
    pub convert: fn(&JsonRecord, &ReadContext) -> Result<crystaldb::Record, Bad>,
}

/// Parses one line of a text input into a JSON object.
pub type LineParser = fn(&str) -> Map<String, Value>;

/// How a format's input is cut into records beyond [`JsonStream`]'s defaults.
#[derive(Debug, Clone, Copy)]
pub(crate) struct StreamShape {
    /// Read envelopes whole, so that every record sees members that follow its array.
    pub buffer_envelopes: bool,
    /// Members of a top-level object whose keys satisfy this are records.
    pub keyed_records: Option<fn(&str) -> bool>,
    /// Input that does not start with `{` or `[` is text, one record per non-empty line,
    /// parsed into an object by this.
    pub text_lines: Option<LineParser>,
}

impl StreamShape {
    /// JSON only, cut as [`JsonStream`] cuts it by default.
    pub const JSON: Self = Self { buffer_envelopes: false, keyed_records: None, text_lines: None };
}

/// Every JSON format, in detection order.
pub(crate) const FORMATS: [&JsonFormat; 5] =
    [&nomad::FORMAT, &aflow::FORMAT, &oqmd::FORMAT, &optimade::FORMAT, &mp_json::FORMAT];

/// Names of the JSON readers, in detection order.
pub const JSON_FORMATS: [&str; 5] = {
    let mut names = [""; 5];
    let mut i = 0;
    while i < names.len() {
        names[i] = FORMATS[i].name;
        i += 1;
    }
    names
};

/// The JSON format that should take a file, by name, from its name and first bytes.
pub fn detect_json(file_name: &str, head: &[u8]) -> Option<&'static str> {
    let h = decompressed_head(head);
    let h = h.as_ref();
    let json = matches!(first_byte(h), Some(b'{') | Some(b'['));
    FORMATS
        .iter()
        .find(|f| (json || f.stream.text_lines.is_some()) && (f.sniff)(file_name, h))
        .map(|f| f.name)
}

/// A JSON reader by format name.
pub fn json_reader(name: &str) -> Option<Box<dyn StructureReader>> {
    let format = *FORMATS.iter().find(|f| f.name == name)?;
    Some(Box::new(JsonReader { format }))
}

/// Every JSON reader, in detection order.
pub fn json_readers() -> Vec<Box<dyn StructureReader>> {
    FORMATS.iter().map(|&format| Box::new(JsonReader { format }) as Box<dyn StructureReader>).collect()
}

/// The reader of one JSON format.
#[derive(Debug, Clone, Copy)]
pub struct JsonReader {
    format: &'static JsonFormat,
}

impl JsonReader {
    /// The reader of `format`.
    pub(crate) const fn new(format: &'static JsonFormat) -> Self {
        Self { format }
    }
}

impl StructureReader for JsonReader {
    fn name(&self) -> &'static str {
        self.format.name
    }

    fn sniff(&self, file_name: &str, head: &[u8]) -> bool {
        detect_json(file_name, head) == Some(self.format.name)
    }

    fn read<'a>(
        &self,
        input: Box<dyn BufRead + 'a>,
        ctx: &ReadContext,
    ) -> Box<dyn Iterator<Item = RecordResult> + 'a> {
        let ctx = ctx.clone();
        let format = self.format;
        let shape = format.stream;
        let mut input = input;
        if let Some(parse_line) = shape.text_lines {
            input = maybe_decompress(input);
            let json = match input.fill_buf() {
                Ok(b) => matches!(first_byte(b), Some(b'{') | Some(b'[') | None),
                Err(_) => true,
            };
            if !json {
                return Box::new(TextLines { input, parse_line, line: 0, index: 0, ctx, format });
            }
        }
        let mut stream = JsonStream::new(input).buffer_envelopes(shape.buffer_envelopes);
        if let Some(is_record_key) = shape.keyed_records {
            stream = stream.keyed_records(is_record_key);
        }
        Box::new(stream.map(move |item| convert_item(item, &ctx, format)))
    }
}

/// A stream item through the format's `convert`, every error located.
fn convert_item(item: Result<JsonRecord, JsonError>, ctx: &ReadContext, format: &JsonFormat) -> RecordResult {
    match item {
        Err(e) => Err(ctx.error(e.location(), e.message)),
        Ok(rec) => convert_record(&rec, ctx, format),
    }
}

fn convert_record(rec: &JsonRecord, ctx: &ReadContext, format: &JsonFormat) -> RecordResult {
    (format.convert)(rec, ctx).map_err(|b| ctx.error(label(rec, b.id.as_deref()), b.message))
}

/// The location of a record for [`ReadContext::error`]: "3 (mp-149, line 120)".
pub(crate) fn label(rec: &JsonRecord, id: Option<&str>) -> String {
    match (id, &rec.key) {
        (Some(id), _) => format!("{} ({id}, line {})", rec.index, rec.line),
        (None, Some(k)) if rec.container == Container::Keyed => {
            format!("{} (\"{k}\", line {})", rec.index, rec.line)
        }
        _ => format!("{} (line {})", rec.index, rec.line),
    }
}

/// Text input: one record per non-empty line, each line parsed into an object.
struct TextLines<'a> {
    input: Box<dyn BufRead + 'a>,
    parse_line: fn(&str) -> Map<String, Value>,
    /// 1-based number of the last line read.
    line: usize,
    /// 0-based index of the next record.
    index: usize,
    ctx: ReadContext,
    format: &'static JsonFormat,
}

impl Iterator for TextLines<'_> {
    type Item = RecordResult;

    fn next(&mut self) -> Option<RecordResult> {
        loop {
            let mut buf = Vec::new();
            match self.input.read_until(b'\n', &mut buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    let at = format!("{} (line {})", self.index, self.line + 1);
                    self.index += 1;
                    // An I/O error ends the input.
                    self.input = Box::new(std::io::empty());
                    return Some(Err(self.ctx.error(at, format!("read error: {e}"))));
                }
            }
            self.line += 1;
            let text = String::from_utf8_lossy(&buf);
            if text.trim().is_empty() {
                continue;
            }
            let rec = JsonRecord {
                index: self.index,
                line: self.line,
                container: Container::Lines,
                key: None,
                envelope: None,
                value: Value::Object((self.parse_line)(&text)),
            };
            self.index += 1;
            return Some(convert_record(&rec, &self.ctx, self.format));
        }
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::test_support::head;
    use crystaldb::testdata;

    #[test]
    fn every_sample_goes_to_its_reader() {
        let Some(dir) = testdata::require("detect_json") else { return };
        let f = dir.join("formats");
        let cases = [
            ("mp/computed_structure_entries_Li-Fe-O.json.gz", "mp-json"),
            ("mp/legacy_materials_docs_magnetism_sample.json.gz", "mp-json"),
            ("mp/mp-1_materials.json", "mp-json"),
            ("mp/mp-1_thermo.json", "mp-json"),
            ("mp/mp-1_tasks.json", "mp-json"),
            ("mp/mp-1_magnetism.json", "mp-json"),
            ("pymatgen/structures/Li10GeP2S12.json", "mp-json"),
            ("pymatgen/structures/TiO2.json", "mp-json"),
            ("oqmd/oqmd_formationenergy_matsciml_devset.json", "oqmd-json"),
            ("oqmd/oqmdapi_formationenergy_envelope_from_docs.json", "oqmd-json"),
            ("oqmd/qmpy_rester_oqmdapi_He_query_0.json", "oqmd-json"),
            ("oqmd/qmpy_rester_oqmd_optimade_He_query_0.json", "oqmd-json"),
            ("aflow/aflowlib_Ag1Co1O2_ICSD_246157.json", "aflow"),
            ("aflow/aflowlib_Ag1Co1O2_ICSD_246157.out", "aflow"),
            ("aflow/aflux_response_0.json", "aflow"),
            ("aflow/Ag1Co1O2_ICSD_246157_structure_relax.json", "aflow"),
            ("nomad/archive_query_response_Si16_vasp.json", "nomad-json"),
            ("nomad/nomad_results_matsciml_devset.json.gz", "nomad-json"),
            ("optimade/raw_test_structures.json", "optimade-json"),
            ("optimade/special_species.json", "optimade-json"),
            ("optimade/test_bad_structures.json", "optimade-json"),
            ("optimade/test_structures.json", "optimade-json"),
        ];
        for (path, want) in cases {
            let p = f.join(path);
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            let h = head(&p);
            assert_eq!(detect_json(&name, &h), Some(want), "{path}");
            for r in json_readers() {
                assert_eq!(r.sniff(&name, &h), r.name() == want, "{} on {path}", r.name());
            }
        }
        for path in ["mp/Si_mp_149.cif", "oqmd/qmpy_restful.rst", "aflow/Ag1Co1O2_ICSD_246157_sprim.cif"] {
            let p = f.join(path);
            assert_eq!(detect_json(path, &head(&p)), None, "{path}");
        }
    }

    /// Feed every reader truncated and corrupted copies of the samples and random bytes:
    /// results may be records or located errors, never a panic or an endless loop.
    #[test]
    fn corrupted_inputs_never_panic() {
        const ALPHABET: &[u8] = b"{}[]\",:0-.eE \n\\x";
        let Some(dir) = testdata::require("corrupted inputs") else { return };
        let f = dir.join("formats");
        let files = [
            "mp/mp-1_materials.json",
            "mp/mp-1_thermo.json",
            "pymatgen/structures/Li10GeP2S12.json",
            "pymatgen/structures/TiO2.json",
            "oqmd/oqmdapi_formationenergy_envelope_from_docs.json",
            "oqmd/qmpy_rester_oqmd_optimade_He_query_0.json",
            "aflow/aflowlib_Ag1Co1O2_ICSD_246157.json",
            "aflow/aflowlib_Ag1Co1O2_ICSD_246157.out",
            "aflow/aflux_response_0.json",
            "optimade/special_species.json",
            "optimade/test_bad_structures.json",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut rand = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let readers = json_readers();
        let run = |bytes: &[u8]| {
            for r in &readers {
                let ctx = crate::reader::ReadContext::for_path(std::path::Path::new("fuzz.json"));
                let n = r.read(Box::new(std::io::Cursor::new(bytes.to_vec())), &ctx).take(100_000).count();
                assert!(n < 100_000, "{} yields without end", r.name());
            }
        };
        for path in files {
            let bytes = std::fs::read(f.join(path)).unwrap();
            for k in 0..24 {
                let cut = (rand() as usize) % bytes.len();
                run(&bytes[..cut]);
                let mut b = bytes.clone();
                for _ in 0..=k % 4 {
                    let i = (rand() as usize) % b.len();
                    b[i] = ALPHABET[(rand() as usize) % ALPHABET.len()];
                }
                run(&b);
            }
        }
        for len in [0usize, 1, 2, 7, 64, 1000] {
            let b: Vec<u8> = (0..len).map(|_| (rand() % 256) as u8).collect();
            run(&b);
            let b: Vec<u8> = (0..len).map(|_| ALPHABET[(rand() as usize) % ALPHABET.len()]).collect();
            run(&b);
        }
        // A gzip header with a corrupt body.
        run(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5]);
    }

    #[test]
    fn names_round_trip() {
        for n in JSON_FORMATS {
            assert_eq!(json_reader(n).unwrap().name(), n);
        }
        assert!(json_reader("cif").is_none());
        assert_eq!(detect_json("x.json", b""), None);
        assert_eq!(detect_json("x.json", b"{\"unrelated\": 1}"), None);
    }
}

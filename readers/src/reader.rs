//! The reader seam: "here are bytes from a dump — give me records, one at a time".

use crystaldb::{Error, Record};
use std::io::BufRead;

/// One reader result: a record, or an error naming the file and the record.
pub type RecordResult = crystaldb::Result<Record>;

/// Where the bytes come from, for ids and error messages.
#[derive(Debug, Clone, Default)]
pub struct ReadContext {
    /// File path as the user gave it (used in errors).
    pub file: String,
    /// File stem used for `file:<stem>` ids of plain structure files.
    pub stem: String,
    /// Overrides the source name the reader would use (`--source`).
    pub source: Option<String>,
}

impl ReadContext {
    /// Context for a path.
    pub fn for_path(path: &std::path::Path) -> Self {
        let file = path.display().to_string();
        let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
        let stem = strip_known_extensions(&name);
        Self { file, stem, source: None }
    }

    /// A located parse error.
    pub fn error(&self, record: impl std::fmt::Display, message: impl std::fmt::Display) -> Error {
        Error::Parse { file: self.file.clone(), record: record.to_string(), message: message.to_string() }
    }

    /// The source name: the override, else `default`.
    pub fn source_or(&self, default: &str) -> String {
        self.source.clone().unwrap_or_else(|| default.to_string())
    }
}

/// File name without compression and format extensions: "NaCl.cif.gz" -> "NaCl".
pub fn strip_known_extensions(name: &str) -> String {
    let mut s = name.to_string();
    for ext in [".gz", ".zst", ".cif", ".vasp", ".poscar", ".POSCAR", ".xyz", ".extxyz", ".json", ".csv"] {
        if let Some(t) = s.strip_suffix(ext) {
            s = t.to_string();
        }
    }
    s
}

/// A streaming reader of one format. Lifecycle: `sniff` decides whether the reader takes a
/// file (unless the user forced a format), then `read` yields one result per record; a bad
/// record yields an `Err` naming the file and record and the iteration goes on with the next.
/// Readers never panic on input and hold at most one record (plus a bounded buffer) in memory.
pub trait StructureReader: Send + Sync {
    /// Format name as used by `--format`.
    fn name(&self) -> &'static str;
    /// Whether the content looks like this format, from the (decompressed) file name and its
    /// first bytes.
    fn sniff(&self, file_name: &str, head: &[u8]) -> bool;
    /// Records of one input.
    fn read<'a>(
        &self,
        input: Box<dyn BufRead + 'a>,
        ctx: &ReadContext,
    ) -> Box<dyn Iterator<Item = RecordResult> + 'a>;
}

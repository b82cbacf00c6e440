//! The one error type of the library.

use std::path::PathBuf;

/// Result with the crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong, with where it went wrong.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A structure or value that is not physically or logically valid.
    #[error("invalid input: {0}")]
    Invalid(String),
    /// A record that could not be read, with the file and the record (index, line or id).
    #[error("{file}: record {record}: {message}")]
    Parse {
        /// File the record came from.
        file: String,
        /// Which record: an index, a line number or an id.
        record: String,
        /// What is wrong.
        message: String,
    },
    /// Another process or handle holds the database's write lock.
    #[error("database {0} is locked by another writer")]
    Locked(PathBuf),
    /// The database directory does not exist or holds no database.
    #[error("no crystaldb database at {0}")]
    NotFound(PathBuf),
    /// A database file exists and is not what the catalog says it is.
    #[error("corrupt database file {path}: {message}")]
    Corrupt {
        /// File that is corrupt.
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
    /// A version, id or set that does not exist.
    #[error("{0} not found")]
    Missing(String),
    /// A name that is not one of the known ones (an encoder, a format, a column), with the
    /// closest known name when one is close and the full list.
    #[error("{}", unknown_message(.what, .name, .known))]
    Unknown {
        /// What kind of name (`"encoder"`, `"format"`).
        what: &'static str,
        /// The name as given.
        name: String,
        /// Every known name.
        known: Vec<String>,
    },
    /// A write through a handle opened read-only.
    #[error("database {0} is open read-only; open it for writing to change it")]
    ReadOnly(PathBuf),
    /// The on-disk format is newer than this build understands.
    #[error("{path}: format version {found} is not supported (this build reads {oldest}..={current})")]
    UnsupportedFormat {
        /// The file.
        path: PathBuf,
        /// Version found on disk.
        found: u32,
        /// Oldest readable version.
        oldest: u32,
        /// Newest (current) version.
        current: u32,
    },
    /// A persisted index that was built from other vectors than the ones it is opened with (or
    /// with another dimension or row count): rebuild or extend it.
    #[error("stale index {path}: {message}")]
    StaleIndex {
        /// The index directory.
        path: PathBuf,
        /// What differs.
        message: String,
    },
    /// I/O failure on a path.
    #[error("{path}: {source}")]
    Io {
        /// Path being read or written.
        path: PathBuf,
        /// Underlying error.
        #[source]
        source: std::io::Error,
    },
    /// Catalog (redb) failure, in the database directory's `catalog.redb`.
    #[error("catalog (catalog.redb): {0}")]
    Catalog(String),
    /// A catalog entry that names a shard the catalog does not list: the catalog is
    /// inconsistent (never written so by this library; a damaged or hand-edited catalog).
    #[error("catalog (catalog.redb): id {id} points at unknown shard {shard}")]
    DanglingEntry {
        /// The record id (or `"?"` where only the shard is known).
        id: String,
        /// The shard number it names.
        shard: u64,
    },
    /// A thread panicked while holding this handle's write lock; the catalog is unchanged
    /// (commits are atomic), but the handle takes no more writes: open the database again.
    #[error("a writer of this handle panicked while holding its write lock; open the database again")]
    WriterPoisoned,
    /// Vectors of one dimension where another is needed (a query vector for an embedding set,
    /// rows to extend an index or a set with).
    #[error("{what}: dimension {found}, but {expected_by} has dimension {expected}")]
    DimensionMismatch {
        /// What was given (`"query vector"`, `"the imported vectors"`).
        what: String,
        /// Its dimension.
        found: usize,
        /// What it is for (`"embedding set magpie@1"`).
        expected_by: String,
        /// The dimension needed.
        expected: usize,
    },
    /// Parquet or Arrow failure on a shard.
    #[error("shard {path}: {message}")]
    Shard {
        /// Shard file.
        path: PathBuf,
        /// What failed.
        message: String,
    },
    /// The operation stopped at a check of [`crate::interrupt`] before committing anything.
    #[error("interrupted; nothing was committed")]
    Interrupted,
    /// A filter query that does not parse or does not type-check, with the byte span of the
    /// offending text and what was expected there.
    #[error(
        "filter error at bytes {}..{}: {message}{}",
        .span.start,
        .span.end,
        crate::filter::caret_lines(.query, .span)
    )]
    Filter {
        /// The query as written.
        query: String,
        /// Byte range of the offending text in `query` (empty at the end of the input).
        span: std::ops::Range<usize>,
        /// What is wrong and what was expected.
        message: String,
    },
}

/// `unknown encoder "magpi" (did you mean "magpie"?); registered encoders: acsf, magpie`.
fn unknown_message(what: &str, name: &str, known: &[String]) -> String {
    let closest = known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(&name.to_lowercase(), &k.to_lowercase()), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 3))
        .min();
    let mut message = format!("unknown {what} {name:?}");
    if let Some((_, k)) = closest {
        message.push_str(&format!(" (did you mean {k:?}?)"));
    }
    let list = if known.is_empty() { "none".to_string() } else { known.join(", ") };
    // Encoders and formats are registered in code; sets and columns are what the database has.
    let known_as = if matches!(what, "encoder" | "format") { "registered" } else { "known" };
    message.push_str(&format!("; {known_as} {what}s: {list}"));
    message
}

impl Error {
    /// An [`Error::Invalid`] with a message.
    pub fn invalid(msg: impl Into<String>) -> Self {
        Error::Invalid(msg.into())
    }

    /// An [`Error::Io`] for `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io { path: path.into(), source }
    }

    /// An [`Error::Shard`] for `path`.
    pub fn shard(path: impl Into<PathBuf>, message: impl std::fmt::Display) -> Self {
        Error::Shard { path: path.into(), message: message.to_string() }
    }
}

macro_rules! catalog_error {
    ($($t:ty),*) => {$(
        impl From<$t> for Error {
            fn from(e: $t) -> Self {
                Error::Catalog(e.to_string())
            }
        }
    )*};
}
catalog_error!(
    redb::Error,
    redb::DatabaseError,
    redb::TransactionError,
    redb::TableError,
    redb::StorageError,
    redb::CommitError
);

#[cfg(test)]
mod tests {
    use super::Error;

    fn unknown(name: &str) -> String {
        let known = vec!["acsf".to_string(), "magpie".to_string()];
        Error::Unknown { what: "encoder", name: name.into(), known }.to_string()
    }

    #[test]
    fn unknown_names_suggest_the_closest_and_list_every_known_name() {
        assert_eq!(
            unknown("magpi"),
            "unknown encoder \"magpi\" (did you mean \"magpie\"?); registered encoders: acsf, magpie"
        );
        assert_eq!(
            unknown("ACFS"),
            "unknown encoder \"ACFS\" (did you mean \"acsf\"?); registered encoders: acsf, magpie"
        );
        assert_eq!(unknown("soap"), "unknown encoder \"soap\"; registered encoders: acsf, magpie");
        let none = Error::Unknown { what: "format", name: "x".into(), known: vec![] }.to_string();
        assert_eq!(none, "unknown format \"x\"; registered formats: none");
    }

    #[test]
    fn catalog_errors_name_the_catalog_file() {
        let e: Error = redb::StorageError::Corrupted("bad page".into()).into();
        assert!(e.to_string().starts_with("catalog (catalog.redb): "), "{e}");
        assert!(e.to_string().contains("bad page"), "{e}");
        assert!(e.to_string().contains(crate::db::CATALOG_FILE));
    }

    #[test]
    fn structured_errors_say_what_and_where() {
        let e = Error::DimensionMismatch {
            what: "query vector".into(),
            found: 3,
            expected_by: "embedding set magpie@1".into(),
            expected: 132,
        };
        assert_eq!(e.to_string(), "query vector: dimension 3, but embedding set magpie@1 has dimension 132");
        let e = Error::DanglingEntry { id: "mp:mp-1".into(), shard: 7 };
        assert_eq!(e.to_string(), "catalog (catalog.redb): id mp:mp-1 points at unknown shard 7");
    }

    #[test]
    fn read_only_names_the_database() {
        let e = Error::ReadOnly("/data/db".into()).to_string();
        assert_eq!(e, "database /data/db is open read-only; open it for writing to change it");
    }
}

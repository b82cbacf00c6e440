//! Opening inputs: files or directories, optionally gzip- or zstd-compressed, with a byte
//! counter so that a truncated or corrupt file can say how far it was read.

use std::collections::HashSet;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// Compression of an input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    /// Plain bytes.
    None,
    /// gzip (`.gz`, magic 1f 8b).
    Gzip,
    /// zstd (`.zst`, magic 28 b5 2f fd).
    Zstd,
}

/// Every file under `paths` (directories walked recursively, hidden entries skipped), sorted.
/// Symbolic links are followed, but each directory is walked once: a link back up the tree
/// (`ln -s . d/again`) would otherwise walk 2^40 paths, and a second link to a directory
/// already walked would ingest its files again.
pub fn expand_paths(paths: &[PathBuf]) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut walked = HashSet::new();
    for p in paths {
        if p.is_dir() {
            walk(p, &mut out, &mut walked)?;
        } else if p.exists() {
            out.push(p.clone());
        } else {
            return Err(std::io::Error::new(
                std::io::ErrorKind::NotFound,
                format!("{}: no such file", p.display()),
            ));
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, walked: &mut HashSet<PathBuf>) -> std::io::Result<()> {
    if !walked.insert(std::fs::canonicalize(dir)?) {
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out, walked)?;
        } else {
            out.push(p);
        }
    }
    Ok(())
}

/// Compression of a file, from its magic bytes (falling back to the extension).
pub fn detect_compression(path: &Path) -> std::io::Result<Compression> {
    let mut magic = [0u8; 4];
    let n = File::open(path)?.read(&mut magic)?;
    Ok(match &magic[..n] {
        [0x1f, 0x8b, ..] => Compression::Gzip,
        [0x28, 0xb5, 0x2f, 0xfd] => Compression::Zstd,
        _ => match path.extension().and_then(|e| e.to_str()) {
            Some("gz") => Compression::Gzip,
            Some("zst") => Compression::Zstd,
            _ => Compression::None,
        },
    })
}

/// File name with a compression extension removed: "a.cif.gz" -> "a.cif".
pub fn decompressed_name(path: &Path) -> String {
    let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    name.strip_suffix(".gz").or_else(|| name.strip_suffix(".zst")).map(str::to_string).unwrap_or(name)
}

/// Counts bytes read from the underlying (compressed) file.
pub struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// A decompressed stream that counts what it produced, so that a decoder error (a truncated or
/// corrupt file) says how far the file was read: decompressed bytes delivered before the error
/// and compressed bytes consumed out of the file's size.
struct Located<R> {
    inner: R,
    compression: Compression,
    raw: Arc<AtomicU64>,
    file_bytes: u64,
    decompressed: u64,
}

impl<R: Read> Read for Located<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self.inner.read(buf) {
            Ok(n) => {
                self.decompressed += n as u64;
                Ok(n)
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => Err(e),
            Err(e) => {
                let what = match self.compression {
                    Compression::Gzip => "gzip",
                    Compression::Zstd => "zstd",
                    Compression::None => "file",
                };
                Err(std::io::Error::new(
                    e.kind(),
                    format!(
                        "{what} data truncated or corrupt after {} decompressed bytes ({} of {} \
                         compressed bytes read); the rest of the file is not read: {e}",
                        self.decompressed,
                        self.raw.load(Ordering::Relaxed),
                        self.file_bytes
                    ),
                ))
            }
        }
    }
}

/// An opened input: a buffered, decompressed stream plus the counter of raw bytes consumed.
pub struct Opened {
    /// Decompressed content.
    pub reader: Box<dyn BufRead + Send>,
    /// Raw (compressed) bytes read so far.
    pub raw_bytes: Arc<AtomicU64>,
    /// Size of the file on disk.
    pub file_bytes: u64,
    /// Compression detected.
    pub compression: Compression,
}

/// Most bytes [`Opened::head`] returns.
pub const HEAD_BYTES: usize = 64 * 1024;

impl Opened {
    /// The first bytes of the decompressed content (up to [`HEAD_BYTES`]; what one buffer fill
    /// gives), for format detection; nothing is consumed. An error here belongs to the file: a
    /// gzip decoder reports a bad header once and reads as empty after it, so a caller that
    /// ignored it would see an empty file instead of a corrupt one.
    pub fn head(&mut self) -> std::io::Result<Vec<u8>> {
        let b = self.reader.fill_buf()?;
        Ok(b[..b.len().min(HEAD_BYTES)].to_vec())
    }
}

/// Open a file, decompressing as detected.
pub fn open(path: &Path) -> std::io::Result<Opened> {
    let compression = detect_compression(path)?;
    let file = File::open(path)?;
    let file_bytes = file.metadata()?.len();
    let count = Arc::new(AtomicU64::new(0));
    let raw = BufReader::with_capacity(1 << 16, Counting { inner: file, count: count.clone() });
    let located = |inner: Box<dyn Read + Send>| Located {
        inner,
        compression,
        raw: count.clone(),
        file_bytes,
        decompressed: 0,
    };
    let reader: Box<dyn BufRead + Send> = match compression {
        Compression::None => Box::new(raw),
        Compression::Gzip => Box::new(BufReader::with_capacity(
            1 << 16,
            located(Box::new(flate2::bufread::MultiGzDecoder::new(raw))),
        )),
        Compression::Zstd => Box::new(BufReader::with_capacity(
            1 << 16,
            located(Box::new(zstd::stream::read::Decoder::with_buffer(raw)?)),
        )),
    };
    Ok(Opened { reader, raw_bytes: count, file_bytes, compression })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// Links back up the tree and a second link to a walked directory: every file once.
    #[cfg(unix)]
    #[test]
    fn symlinked_directories_are_walked_once() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path().join("d");
        std::fs::create_dir_all(d.join("sub")).unwrap();
        std::fs::write(d.join("a.cif"), "x").unwrap();
        std::fs::write(d.join("sub/b.cif"), "x").unwrap();
        std::os::unix::fs::symlink(".", d.join("again")).unwrap();
        std::os::unix::fs::symlink("..", d.join("sub/up")).unwrap();
        std::os::unix::fs::symlink("sub", d.join("sub2")).unwrap();
        let files = expand_paths(std::slice::from_ref(&d)).unwrap();
        assert_eq!(files, [d.join("a.cif"), d.join("sub/b.cif")]);
        // A link given on the command line is walked too, and its link up reaches a.cif; `sub`
        // itself was walked through `sub2` already.
        let files = expand_paths(&[d.join("sub2"), d.join("sub")]).unwrap();
        assert_eq!(files, [d.join("sub2/b.cif"), d.join("sub2/up/a.cif")]);
    }

    #[test]
    fn gzip_and_zstd_round_trip_and_truncation_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let text = "hello crystal\n".repeat(1000);
        let gz = dir.path().join("a.txt.gz");
        let mut e = flate2::write::GzEncoder::new(File::create(&gz).unwrap(), flate2::Compression::default());
        e.write_all(text.as_bytes()).unwrap();
        e.finish().unwrap();
        let zst = dir.path().join("a.txt.zst");
        std::fs::write(&zst, zstd::encode_all(text.as_bytes(), 3).unwrap()).unwrap();
        for p in [&gz, &zst] {
            let mut s = String::new();
            open(p).unwrap().reader.read_to_string(&mut s).unwrap();
            assert_eq!(s, text);
            assert_eq!(decompressed_name(p), "a.txt");
        }
        // Truncate both: reading must fail with an error that says how far it got, not panic
        // or succeed silently.
        for p in [&gz, &zst] {
            let bytes = std::fs::read(p).unwrap();
            let cut = dir.path().join(format!("cut-{}", p.file_name().unwrap().to_string_lossy()));
            let half = bytes.len() / 2;
            std::fs::write(&cut, &bytes[..half]).unwrap();
            let mut s = Vec::new();
            let e = open(&cut).unwrap().reader.read_to_end(&mut s).unwrap_err().to_string();
            assert!(e.contains("truncated or corrupt"), "{}: {e}", cut.display());
            assert!(e.contains(&format!("after {} decompressed bytes", s.len())), "{e}");
            assert!(e.contains(&format!("({half} of {half} compressed bytes read)")), "{e}");
        }
    }
}

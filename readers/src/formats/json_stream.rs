//! Streaming JSON records with bounded memory.
//!
//! [`JsonStream`] turns the bytes of a JSON dump into one [`serde_json::Value`] per record
//! without parsing the whole file. It understands these shapes:
//!
//! * a top-level **array**: a small byte-level scanner (it tracks strings, escapes and the
//!   nesting of `{}`/`[]`) finds where each element ends, and only that element's bytes are
//!   handed to `serde_json::from_slice`;
//! * **JSON Lines** / concatenated documents: several top-level values one after another;
//! * a **single object**, which is one record (held whole, as every record is);
//! * an **envelope**: an object whose records sit in an array under a known key
//!   ([`ENVELOPE_KEYS`]: `data`, `response`, `entries`, `results`, `docs`, ...). The other
//!   members of the envelope (`meta`, `links`, ...) are parsed whole (they are small) and
//!   handed to the records in [`JsonRecord::envelope`]: only the members that come *before*
//!   the record array are known while streaming. A reader that needs members written after
//!   the array (OPTIMADE's `meta.provider`) asks for [`JsonStream::buffer_envelopes`], which
//!   holds the records of one envelope until it is closed — that is, it parses that one
//!   document whole (OPTIMADE pages are bounded by the server's page size);
//! * optionally, an object whose members are records under keys of a recognised form
//!   ([`JsonStream::keyed_records`], for AFLUX pages keyed `"1 of 912"`).
//!
//! Only members of the *top-level* object are considered for envelopes, and only when their
//! value is an array, so a record with a nested `"data": {...}` object is never mistaken for
//! an envelope. A record object whose own top-level member named like an envelope key holds
//! an array would be streamed as an envelope; no format read here has such records.
//!
//! Errors are located: each [`JsonError`] names the record index and the line. Malformed
//! JSON inside an element whose brackets balance costs that element only. A structural error
//! (unterminated string, mismatched bracket) inside an array resynchronises at the next line
//! that starts at the same indentation as the previous elements (one record per line, or a
//! pretty-printed array); where that is impossible (a one-line array) the stream ends after
//! the error. JSON Lines resynchronise at the next line that starts with `{` or `[`.
//!
//! Gzip input (magic bytes `1f 8b`) is decompressed transparently by [`maybe_decompress`],
//! which [`JsonStream::new`] applies.

use serde_json::{Map, Value};
use std::borrow::Cow;
use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read};
use std::sync::Arc;

/// Keys under which envelopes hold their records (top-level members only).
pub const ENVELOPE_KEYS: &[&str] =
    &["data", "response", "entries", "results", "docs", "items", "records", "structures", "rows"];

/// Default largest size of one record (bytes); larger records are skipped with an error.
pub const DEFAULT_MAX_RECORD_BYTES: usize = 1 << 30;

/// Where a record sat in the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Container {
    /// The whole input was one object.
    Single,
    /// An element of a top-level array.
    Array,
    /// One of several top-level values (JSON Lines or concatenated documents).
    Lines,
    /// An element of the record array of an envelope object.
    Envelope,
    /// A member of an object keyed by record names (see [`JsonStream::keyed_records`]).
    Keyed,
}

/// One record: a parsed JSON value and where it came from.
#[derive(Debug, Clone)]
pub struct JsonRecord {
    /// 0-based index of the record in the input (errors count too).
    pub index: usize,
    /// 1-based line on which the record starts.
    pub line: usize,
    /// The shape it came from.
    pub container: Container,
    /// The member key: the record's key for [`Container::Keyed`], the envelope key (`"data"`)
    /// for [`Container::Envelope`].
    pub key: Option<String>,
    /// The envelope's other members: those before the record array while streaming, all of
    /// them with [`JsonStream::buffer_envelopes`].
    pub envelope: Option<Arc<Map<String, Value>>>,
    /// The record.
    pub value: Value,
}

/// A located error: a record that could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonError {
    /// 0-based index of the record the error belongs to.
    pub index: usize,
    /// 1-based line of the error.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl JsonError {
    /// "`<index>` (line `<line>`)", for [`crate::ReadContext::error`].
    pub fn location(&self) -> String {
        format!("{} (line {})", self.index, self.line)
    }
}

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "record {} (line {}): {}", self.index, self.line, self.message)
    }
}

/// Wrap `input` in a gzip decoder when it starts with the gzip magic bytes.
pub fn maybe_decompress<'a>(mut input: Box<dyn BufRead + 'a>) -> Box<dyn BufRead + 'a> {
    let gz = matches!(input.fill_buf(), Ok(b) if b.starts_with(&[0x1f, 0x8b]));
    if gz {
        Box::new(BufReader::with_capacity(1 << 16, flate2::bufread::MultiGzDecoder::new(input)))
    } else {
        input
    }
}

/// The head of a file for sniffing: decompressed (up to 64 KiB) when it is gzip.
pub fn decompressed_head(head: &[u8]) -> Cow<'_, [u8]> {
    if !head.starts_with(&[0x1f, 0x8b]) {
        return Cow::Borrowed(head);
    }
    let mut dec = flate2::read::GzDecoder::new(head);
    let mut out = Vec::new();
    let mut buf = [0u8; 8192];
    while out.len() < (1 << 16) {
        match dec.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => out.extend_from_slice(&buf[..n]),
        }
    }
    Cow::Owned(out)
}

/// Whether `head` contains the member name `"key"` followed by a colon (whitespace allowed).
pub fn has_key(head: &[u8], key: &str) -> bool {
    let pat = format!("\"{key}\"");
    let pat = pat.as_bytes();
    let mut from = 0;
    while let Some(p) = find(&head[from..], pat) {
        let mut i = from + p + pat.len();
        while i < head.len() && head[i].is_ascii_whitespace() {
            i += 1;
        }
        if i < head.len() && head[i] == b':' {
            return true;
        }
        from += p + 1;
    }
    false
}

/// Whether `head` contains `"key": "value"` (whitespace allowed around the colon).
pub fn has_key_value(head: &[u8], key: &str, value: &str) -> bool {
    let pat = format!("\"{key}\"");
    let pat = pat.as_bytes();
    let val = format!("\"{value}\"");
    let mut from = 0;
    while let Some(p) = find(&head[from..], pat) {
        let mut i = from + p + pat.len();
        while i < head.len() && head[i].is_ascii_whitespace() {
            i += 1;
        }
        if i < head.len() && head[i] == b':' {
            i += 1;
            while i < head.len() && head[i].is_ascii_whitespace() {
                i += 1;
            }
            if head[i..].starts_with(val.as_bytes()) {
                return true;
            }
        }
        from += p + 1;
    }
    false
}

/// Whether `needle` occurs in `head`.
pub fn contains(head: &[u8], needle: &str) -> bool {
    find(head, needle.as_bytes()).is_some()
}

/// The first non-whitespace byte after an optional UTF-8 byte-order mark.
pub fn first_byte(head: &[u8]) -> Option<u8> {
    let h = head.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(head);
    h.iter().copied().find(|b| !b.is_ascii_whitespace())
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    memchr::memmem::find(hay, needle)
}

// ---------------------------------------------------------------------------------------
// Byte source with line/column tracking.

struct Src<'a> {
    r: Box<dyn BufRead + 'a>,
    chunk: Vec<u8>,
    pos: usize,
    eof: bool,
    io_error: Option<String>,
    /// 1-based line of the next byte.
    line: usize,
    /// Bytes between the start of the line and the next byte.
    col: usize,
    /// Whether only whitespace precedes the next byte on its line.
    ws_only: bool,
}

impl<'a> Src<'a> {
    fn new(r: Box<dyn BufRead + 'a>) -> Self {
        Self { r, chunk: Vec::new(), pos: 0, eof: false, io_error: None, line: 1, col: 0, ws_only: true }
    }

    fn fill(&mut self) -> bool {
        if self.pos < self.chunk.len() {
            return true;
        }
        if self.eof {
            return false;
        }
        self.chunk.clear();
        self.pos = 0;
        loop {
            match self.r.fill_buf() {
                Ok([]) => {
                    self.eof = true;
                    return false;
                }
                Ok(b) => {
                    let n = b.len().min(1 << 16);
                    self.chunk.extend_from_slice(&b[..n]);
                    self.r.consume(n);
                    return true;
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.io_error = Some(e.to_string());
                    self.eof = true;
                    return false;
                }
            }
        }
    }

    fn peek(&mut self) -> Option<u8> {
        if self.fill() {
            Some(self.chunk[self.pos])
        } else {
            None
        }
    }

    fn bump(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.pos += 1;
        if b == b'\n' {
            self.line += 1;
            self.col = 0;
            self.ws_only = true;
        } else {
            self.col += 1;
            if !b.is_ascii_whitespace() {
                self.ws_only = false;
            }
        }
        Some(b)
    }

    /// Skip whitespace; the next byte, not consumed.
    fn skip_ws(&mut self) -> Option<u8> {
        loop {
            let b = self.peek()?;
            if b.is_ascii_whitespace() {
                self.bump();
            } else {
                return Some(b);
            }
        }
    }

    /// Skip to the start of the next line; false at the end of input.
    fn skip_line(&mut self) -> bool {
        while let Some(b) = self.bump() {
            if b == b'\n' {
                return true;
            }
        }
        false
    }

    /// Skip spaces and tabs at the start of a line; the next byte, not consumed.
    fn skip_indent(&mut self) -> Option<u8> {
        loop {
            match self.peek()? {
                b' ' | b'\t' | b'\r' => {
                    self.bump();
                }
                b => return Some(b),
            }
        }
    }
}

/// What went wrong while scanning one value.
enum ScanError {
    /// End of input inside the value.
    Eof,
    /// Brackets or strings that do not fit together; the message says how.
    Structure(String),
}

/// What is known about the indentation of the elements of the current array.
#[derive(Clone, Copy, PartialEq)]
enum ElemCol {
    /// No element has started a line yet.
    Unknown,
    /// Every element so far started a line at this column.
    Col(usize),
    /// Elements share lines: no line-based resynchronisation.
    Never,
}

#[derive(Clone, Copy)]
enum State {
    /// Before a top-level value.
    Top,
    /// Inside a top-level array (or an envelope's record array).
    InArray { envelope: bool, first: bool },
    /// Reading the members of a top-level object.
    Members { after_array: bool },
    /// Finished.
    Done,
}

/// Iterator over the records of a JSON input; see the module docs.
pub struct JsonStream<'a> {
    src: Src<'a>,
    state: State,
    pending: VecDeque<Result<JsonRecord, JsonError>>,
    index: usize,
    record_keys: &'static [&'static str],
    keyed: Option<fn(&str) -> bool>,
    buffer_envelopes: bool,
    max_record_bytes: usize,
    /// Members of the current top-level object (for an envelope: all but the records).
    fields: Map<String, Value>,
    /// Line where the current top-level object started.
    object_line: usize,
    /// The envelope key once the current object turned out to be an envelope.
    env_key: Option<String>,
    /// The envelope's members before the record array.
    env_head: Option<Arc<Map<String, Value>>>,
    /// Whether the current object held keyed records.
    keyed_seen: bool,
    /// Records of an envelope held back until it closes (`buffer_envelopes`).
    held: Vec<Result<JsonRecord, JsonError>>,
    elem_col: ElemCol,
    top_values: usize,
    buf: Vec<u8>,
}

impl<'a> JsonStream<'a> {
    /// A stream over `input` (gzip is detected and decompressed).
    pub fn new(input: Box<dyn BufRead + 'a>) -> Self {
        Self {
            src: Src::new(maybe_decompress(input)),
            state: State::Top,
            pending: VecDeque::new(),
            index: 0,
            record_keys: ENVELOPE_KEYS,
            keyed: None,
            buffer_envelopes: false,
            max_record_bytes: DEFAULT_MAX_RECORD_BYTES,
            fields: Map::new(),
            object_line: 1,
            env_key: None,
            env_head: None,
            keyed_seen: false,
            held: Vec::new(),
            elem_col: ElemCol::Unknown,
            top_values: 0,
            buf: Vec::new(),
        }
    }

    /// Use other envelope keys than [`ENVELOPE_KEYS`].
    pub fn envelope_keys(mut self, keys: &'static [&'static str]) -> Self {
        self.record_keys = keys;
        self
    }

    /// Treat the members of a top-level object whose keys satisfy `is_record_key` (and whose
    /// values are objects) as records, streamed one by one.
    pub fn keyed_records(mut self, is_record_key: fn(&str) -> bool) -> Self {
        self.keyed = Some(is_record_key);
        self
    }

    /// Hold the records of an envelope until the envelope closes, so that every record sees
    /// all the envelope's members (memory: one envelope document).
    pub fn buffer_envelopes(mut self, on: bool) -> Self {
        self.buffer_envelopes = on;
        self
    }

    /// Largest record (bytes) that is parsed; larger ones give an error and are skipped.
    pub fn max_record_bytes(mut self, n: usize) -> Self {
        self.max_record_bytes = n.max(1);
        self
    }

    fn error(&mut self, line: usize, message: impl Into<String>) -> JsonError {
        let index = self.index;
        self.index += 1;
        JsonError { index, line, message: message.into() }
    }

    fn record(&mut self, line: usize, container: Container, key: Option<String>, value: Value) -> JsonRecord {
        let index = self.index;
        self.index += 1;
        let envelope = if container == Container::Envelope { self.env_head.clone() } else { None };
        JsonRecord { index, line, container, key, envelope, value }
    }

    fn eof_message(&self, what: &str) -> String {
        match &self.src.io_error {
            Some(e) => format!("read error {what}: {e}"),
            None => format!("unexpected end of input {what} (truncated file?)"),
        }
    }

    /// Emit an envelope record (held back with `buffer_envelopes`).
    fn emit_in_envelope(&mut self, item: Result<JsonRecord, JsonError>) {
        if self.buffer_envelopes {
            self.held.push(item);
        } else {
            self.pending.push_back(item);
        }
    }

    /// Report `err`: inside an envelope after every record held back so far (they are
    /// released with the members known so far), else as the next item.
    fn report(&mut self, err: JsonError, in_envelope: bool) {
        if in_envelope {
            self.flush_envelope(Some(err));
        } else {
            self.pending.push_back(Err(err));
        }
    }

    /// Release held envelope records with every member known so far, then `err`.
    fn flush_envelope(&mut self, err: Option<JsonError>) {
        if !self.held.is_empty() {
            let env = Arc::new(self.fields.clone());
            for mut item in std::mem::take(&mut self.held) {
                if let Ok(rec) = &mut item {
                    rec.envelope = Some(env.clone());
                }
                self.pending.push_back(item);
            }
        }
        if let Some(e) = err {
            self.pending.push_back(Err(e));
        }
    }

    /// Scan one JSON value starting at the current (non-whitespace) byte, copying its bytes
    /// into `self.buf` while it stays under the size limit. Returns whether it was copied
    /// whole.
    fn scan_value(&mut self) -> Result<bool, ScanError> {
        self.buf.clear();
        let limit = self.max_record_bytes;
        let mut whole = true;
        let first = self.src.peek().ok_or(ScanError::Eof)?;
        if first == b',' || first == b'}' || first == b']' || first == b':' {
            // Not a value; consume it so that every scan makes progress.
            self.src.bump();
            return Err(ScanError::Structure(format!("expected a value, found '{}'", first as char)));
        }
        if first != b'{' && first != b'[' && first != b'"' {
            // A scalar: read up to a delimiter.
            while let Some(b) = self.src.peek() {
                if b == b',' || b == b'}' || b == b']' || b.is_ascii_whitespace() {
                    break;
                }
                self.src.bump();
                if self.buf.len() < limit {
                    self.buf.push(b);
                } else {
                    whole = false;
                }
            }
            return Ok(whole);
        }
        let mut stack: Vec<u8> = Vec::new();
        let mut in_string = false;
        let mut escaped = false;
        loop {
            let b = self.src.bump().ok_or(ScanError::Eof)?;
            if self.buf.len() < limit {
                self.buf.push(b);
            } else {
                whole = false;
            }
            if in_string {
                if escaped {
                    escaped = false;
                } else if b == b'\\' {
                    escaped = true;
                } else if b == b'"' {
                    in_string = false;
                    if stack.is_empty() {
                        return Ok(whole);
                    }
                } else if b < 0x20 {
                    return Err(ScanError::Structure(
                        "control character or line break inside a string (unterminated string?)".into(),
                    ));
                }
                continue;
            }
            match b {
                b'"' => in_string = true,
                b'{' => stack.push(b'}'),
                b'[' => stack.push(b']'),
                b'}' | b']' => match stack.pop() {
                    Some(want) if want == b => {
                        if stack.is_empty() {
                            return Ok(whole);
                        }
                    }
                    Some(want) => {
                        return Err(ScanError::Structure(format!(
                            "found '{}' where '{}' was expected",
                            b as char, want as char
                        )))
                    }
                    None => return Err(ScanError::Structure(format!("unexpected '{}'", b as char))),
                },
                _ => {}
            }
        }
    }

    /// Parse the bytes in `self.buf` (a value that started on `line`).
    fn parse_buf(&self, line: usize, whole: bool) -> Result<Value, (usize, String)> {
        if !whole {
            return Err((line, format!("record is larger than {} bytes; skipped", self.max_record_bytes)));
        }
        serde_json::from_slice::<Value>(&self.buf).map_err(|e| {
            let msg = e.to_string();
            let msg = match msg.rfind(" at line ") {
                Some(p) => msg[..p].to_string(),
                None => msg,
            };
            let at = line + e.line().saturating_sub(1);
            (at, format!("invalid JSON: {msg} (line {at}, column {})", e.column()))
        })
    }

    /// One step of the state machine.
    fn step(&mut self) {
        match self.state {
            State::Done => {}
            State::Top => self.step_top(),
            State::InArray { envelope, first } => self.step_array(envelope, first),
            State::Members { after_array } => self.step_members(after_array),
        }
    }

    fn step_top(&mut self) {
        if self.top_values == 0 && self.src.peek() == Some(0xEF) {
            // UTF-8 byte-order mark.
            for _ in 0..3 {
                self.src.bump();
            }
        }
        let b = match self.src.skip_ws() {
            Some(b) => b,
            None => {
                if let Some(e) = self.src.io_error.clone() {
                    let line = self.src.line;
                    let err = self.error(line, format!("read error: {e}"));
                    self.pending.push_back(Err(err));
                }
                self.state = State::Done;
                return;
            }
        };
        self.top_values += 1;
        match b {
            b'[' => {
                self.src.bump();
                self.elem_col = ElemCol::Unknown;
                self.state = State::InArray { envelope: false, first: true };
            }
            b'{' => {
                self.src.bump();
                self.fields = Map::new();
                self.object_line = self.src.line;
                self.env_key = None;
                self.env_head = None;
                self.keyed_seen = false;
                self.state = State::Members { after_array: false };
            }
            _ => {
                let line = self.src.line;
                let err = self.error(line, format!("expected a JSON object or array, found '{}'", b as char));
                self.pending.push_back(Err(err));
                self.resync_lines();
            }
        }
    }

    /// After a broken top-level value: go on at the next line that starts with `{` or `[`
    /// (the current one, when the error left us at its start).
    fn resync_lines(&mut self) {
        loop {
            if self.src.col == 0 && matches!(self.src.peek(), Some(b'{') | Some(b'[')) {
                self.state = State::Top;
                return;
            }
            if !self.src.skip_line() {
                self.state = State::Done;
                return;
            }
        }
    }

    /// After a structural error inside an array element: go on at the next line that starts
    /// at the elements' column, when they all started lines; otherwise stop.
    fn resync_array(&mut self, envelope: bool) {
        let col = match self.elem_col {
            ElemCol::Col(c) => c,
            _ => {
                self.end_after_error(envelope);
                return;
            }
        };
        loop {
            if self.src.col == 0 {
                match self.src.skip_indent() {
                    Some(b'{') | Some(b'[') if self.src.col == col => {
                        self.state = State::InArray { envelope, first: true };
                        return;
                    }
                    Some(b']') if self.src.col <= col => {
                        self.src.bump();
                        self.state = if envelope { State::Members { after_array: true } } else { State::Top };
                        return;
                    }
                    None => {
                        self.end_after_error(envelope);
                        return;
                    }
                    _ => {}
                }
            }
            if !self.src.skip_line() {
                self.end_after_error(envelope);
                return;
            }
        }
    }

    fn end_after_error(&mut self, envelope: bool) {
        if envelope {
            self.flush_envelope(None);
        }
        self.state = State::Done;
    }

    fn step_array(&mut self, envelope: bool, first: bool) {
        let mut b = self.src.skip_ws();
        if !first && b == Some(b',') {
            self.src.bump();
            b = self.src.skip_ws();
        } else if !first && b.is_some() && b != Some(b']') {
            let line = self.src.line;
            let c = b.unwrap_or(b' ') as char;
            let err = self.error(line, format!("expected ',' or ']' after an array element, found '{c}'"));
            if envelope {
                self.emit_in_envelope(Err(err));
            } else {
                self.pending.push_back(Err(err));
            }
            self.resync_array(envelope);
            return;
        }
        let b = match b {
            Some(b) => b,
            None => {
                let line = self.src.line;
                let msg = self.eof_message("inside an array (it is not closed)");
                let err = self.error(line, msg);
                self.report(err, envelope);
                self.state = State::Done;
                return;
            }
        };
        if b == b']' {
            self.src.bump();
            self.state = if envelope { State::Members { after_array: true } } else { State::Top };
            return;
        }
        // An element.
        let (line, col) = (self.src.line, self.src.col);
        self.elem_col = match (self.elem_col, self.src.ws_only) {
            (ElemCol::Unknown, true) => ElemCol::Col(col),
            (ElemCol::Unknown, false) if first => ElemCol::Unknown,
            (ElemCol::Col(c), true) if c == col => ElemCol::Col(c),
            (ElemCol::Never, _) => ElemCol::Never,
            _ => ElemCol::Never,
        };
        let container = if envelope { Container::Envelope } else { Container::Array };
        let key = if envelope { self.env_key.clone() } else { None };
        match self.scan_value() {
            Ok(whole) => {
                let item = match self.parse_buf(line, whole) {
                    Ok(v) => Ok(self.record(line, container, key, v)),
                    Err((at, msg)) => Err(self.error(at, msg)),
                };
                if envelope {
                    self.emit_in_envelope(item);
                } else {
                    self.pending.push_back(item);
                }
                self.state = State::InArray { envelope, first: false };
            }
            Err(ScanError::Eof) => {
                let msg = self.eof_message("inside a record");
                let err = self.error(line, msg);
                self.report(err, envelope);
                self.state = State::Done;
            }
            Err(ScanError::Structure(m)) => {
                let at = self.src.line;
                let err = self.error(line, format!("malformed JSON at line {at}: {m}"));
                if envelope {
                    self.emit_in_envelope(Err(err));
                } else {
                    self.pending.push_back(Err(err));
                }
                self.resync_array(envelope);
            }
        }
    }

    /// The current top-level object ended.
    fn close_object(&mut self) {
        if self.env_key.is_some() {
            self.flush_envelope(None);
        } else if !self.keyed_seen {
            let fields = std::mem::take(&mut self.fields);
            let more = self.src.skip_ws().is_some();
            let container = if self.top_values == 1 && !more { Container::Single } else { Container::Lines };
            let line = self.object_line;
            let rec = self.record(line, container, None, Value::Object(fields));
            self.pending.push_back(Ok(rec));
        }
        self.fields = Map::new();
        self.state = State::Top;
    }

    /// A broken member of a top-level object: report it and go on with the next document.
    fn member_error(&mut self, line: usize, message: String, at_eof: bool) {
        let err = self.error(line, message);
        self.report(err, self.env_key.is_some());
        self.fields = Map::new();
        if at_eof {
            self.state = State::Done;
        } else {
            self.resync_lines();
        }
    }

    /// Read members of a top-level object until it ends, an envelope's record array starts,
    /// or a keyed record is ready.
    fn step_members(&mut self, after_array: bool) {
        loop {
            let b = match self.src.skip_ws() {
                Some(b) => b,
                None => {
                    let line = self.src.line;
                    let msg = self.eof_message("inside an object (it is not closed)");
                    self.member_error(line, msg, true);
                    return;
                }
            };
            match b {
                b'}' => {
                    self.src.bump();
                    self.close_object();
                    return;
                }
                b',' => {
                    self.src.bump();
                    continue;
                }
                b'"' => {}
                _ => {
                    let line = self.src.line;
                    self.member_error(line, format!("expected a member name, found '{}'", b as char), false);
                    return;
                }
            }
            let key_line = self.src.line;
            let key = match self.scan_value() {
                Ok(_) => serde_json::from_slice::<String>(&self.buf).ok(),
                Err(_) => None,
            };
            let Some(key) = key else {
                let at_eof = self.src.peek().is_none();
                self.member_error(key_line, "malformed member name".into(), at_eof);
                return;
            };
            if self.src.skip_ws() != Some(b':') {
                let line = self.src.line;
                let at_eof = self.src.peek().is_none();
                self.member_error(line, format!("expected ':' after member \"{key}\""), at_eof);
                return;
            }
            self.src.bump();
            let Some(vb) = self.src.skip_ws() else {
                let line = self.src.line;
                let msg = self.eof_message(&format!("in member \"{key}\""));
                self.member_error(line, msg, true);
                return;
            };
            if !after_array
                && self.env_key.is_none()
                && !self.keyed_seen
                && vb == b'['
                && self.record_keys.contains(&key.as_str())
            {
                // An envelope: stream the array's elements.
                self.src.bump();
                self.env_key = Some(key);
                self.env_head = Some(Arc::new(self.fields.clone()));
                self.elem_col = ElemCol::Unknown;
                self.state = State::InArray { envelope: true, first: true };
                return;
            }
            let keyed = vb == b'{' && self.env_key.is_none() && self.keyed.is_some_and(|f| f(&key));
            let line = self.src.line;
            match self.scan_value() {
                Ok(whole) => match self.parse_buf(line, whole) {
                    Ok(v) if keyed => {
                        self.keyed_seen = true;
                        let rec = self.record(line, Container::Keyed, Some(key), v);
                        self.pending.push_back(Ok(rec));
                        self.state = State::Members { after_array };
                        return;
                    }
                    Ok(v) => {
                        self.fields.insert(key, v);
                    }
                    Err((at, msg)) if keyed => {
                        // A broken keyed record costs that record only.
                        self.keyed_seen = true;
                        let err = self.error(at, format!("record \"{key}\": {msg}"));
                        self.pending.push_back(Err(err));
                        self.state = State::Members { after_array };
                        return;
                    }
                    Err((at, msg)) => {
                        // The object's member is bad: the whole object (a record, or an
                        // envelope's metadata) is reported, and reading goes on after it.
                        let err = self.error(at, format!("member \"{key}\": {msg}"));
                        self.report(err, self.env_key.is_some());
                        self.skip_members();
                        return;
                    }
                },
                Err(ScanError::Eof) => {
                    let msg = self.eof_message(&format!("in member \"{key}\""));
                    self.member_error(line, msg, true);
                    return;
                }
                Err(ScanError::Structure(m)) => {
                    let at = self.src.line;
                    self.member_error(
                        line,
                        format!("member \"{key}\": malformed JSON at line {at}: {m}"),
                        false,
                    );
                    return;
                }
            }
        }
    }

    /// After a bad (but well-delimited) member: skip the rest of the object without keeping
    /// anything, then go on with the next top-level value.
    fn skip_members(&mut self) {
        self.fields = Map::new();
        loop {
            match self.src.skip_ws() {
                None => {
                    self.state = State::Done;
                    return;
                }
                Some(b'}') => {
                    self.src.bump();
                    self.state = State::Top;
                    return;
                }
                Some(b',') | Some(b':') => {
                    self.src.bump();
                }
                Some(_) => {
                    let limit = self.max_record_bytes;
                    self.max_record_bytes = 1;
                    let r = self.scan_value();
                    self.max_record_bytes = limit;
                    if r.is_err() {
                        self.state = State::Done;
                        if self.src.peek().is_some() {
                            self.resync_lines();
                        }
                        return;
                    }
                }
            }
        }
    }
}

impl Iterator for JsonStream<'_> {
    type Item = Result<JsonRecord, JsonError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.pending.pop_front() {
                return Some(item);
            }
            if matches!(self.state, State::Done) {
                return None;
            }
            self.step();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn stream(s: &str) -> JsonStream<'static> {
        JsonStream::new(Box::new(std::io::Cursor::new(s.as_bytes().to_vec())))
    }

    fn collect(s: &str) -> Vec<Result<JsonRecord, JsonError>> {
        stream(s).collect()
    }

    fn values(items: &[Result<JsonRecord, JsonError>]) -> Vec<Value> {
        items.iter().filter_map(|r| r.as_ref().ok().map(|r| r.value.clone())).collect()
    }

    fn errors(items: &[Result<JsonRecord, JsonError>]) -> Vec<JsonError> {
        items.iter().filter_map(|r| r.as_ref().err().cloned()).collect()
    }

    #[test]
    fn top_level_array() {
        let items = collect(" [ {\"a\": 1}, {\"b\": [1, 2, {\"c\": \"]}\\\"\"}]}, 3 ] ");
        assert_eq!(values(&items), vec![json!({"a": 1}), json!({"b": [1, 2, {"c": "]}\""}]}), json!(3)]);
        let r = items[1].as_ref().unwrap();
        assert_eq!((r.index, r.container), (1, Container::Array));
        assert!(errors(&items).is_empty());
    }

    #[test]
    fn empty_inputs() {
        assert!(collect("").is_empty());
        assert!(collect("  \n ").is_empty());
        assert!(collect("[]").is_empty());
        assert!(collect("[ ]").is_empty());
    }

    #[test]
    fn single_object_and_lines() {
        let items = collect("{\"a\": {\"b\": [1]}, \"data\": {\"x\": 1}}\n");
        assert_eq!(values(&items), vec![json!({"a": {"b": [1]}, "data": {"x": 1}})]);
        assert_eq!(items[0].as_ref().unwrap().container, Container::Single);
        let items = collect("{\"a\": 1}\n{\"a\": 2}\n\n{\"a\": 3}\n");
        assert_eq!(values(&items), vec![json!({"a": 1}), json!({"a": 2}), json!({"a": 3})]);
        assert!(items.iter().all(|r| r.as_ref().unwrap().container == Container::Lines));
        assert_eq!(items[2].as_ref().unwrap().line, 4);
    }

    #[test]
    fn envelope_streams_records_and_keeps_header() {
        let s = r#"{"meta": {"n": 2}, "data": [{"id": 1}, {"id": 2}], "links": {"next": null}}"#;
        let items = collect(s);
        assert_eq!(values(&items), vec![json!({"id": 1}), json!({"id": 2})]);
        let r = items[0].as_ref().unwrap();
        assert_eq!(r.container, Container::Envelope);
        assert_eq!(r.key.as_deref(), Some("data"));
        let env = r.envelope.as_ref().unwrap();
        assert_eq!(env.get("meta"), Some(&json!({"n": 2})));
        assert!(env.get("links").is_none(), "links come after the records");
        // Buffered: every member is known.
        let items: Vec<_> = stream(s).buffer_envelopes(true).collect();
        let env = items[1].as_ref().unwrap().envelope.clone().unwrap();
        assert!(env.get("links").is_some());
        assert_eq!(values(&items).len(), 2);
    }

    #[test]
    fn data_object_is_not_an_envelope() {
        let items = collect(r#"{"entry_id": "x", "data": {"archive": {"run": []}}}"#);
        assert_eq!(values(&items), vec![json!({"entry_id": "x", "data": {"archive": {"run": []}}})]);
    }

    #[test]
    fn keyed_records() {
        let s = r#"{"1 of 3": {"a": 1}, "2 of 3": {"a": 2, "b": tru}, "3 of 3": {"a": 3}}"#;
        let items: Vec<_> = stream(s).keyed_records(|k| k.contains(" of ")).collect();
        assert_eq!(values(&items), vec![json!({"a": 1}), json!({"a": 3})]);
        assert_eq!(items[0].as_ref().unwrap().key.as_deref(), Some("1 of 3"));
        let errs = errors(&items);
        assert_eq!(errs.len(), 1);
        assert!(errs[0].message.contains("2 of 3"), "{}", errs[0].message);
    }

    #[test]
    fn bad_element_costs_one_record() {
        let s = "[\n{\"a\": 1},\n{\"a\": NaN},\n{\"a\": 3}\n]";
        let items = collect(s);
        assert_eq!(values(&items), vec![json!({"a": 1}), json!({"a": 3})]);
        let errs = errors(&items);
        assert_eq!(errs.len(), 1);
        assert_eq!((errs[0].index, errs[0].line), (1, 3));
        assert_eq!(items[2].as_ref().unwrap().index, 2);
    }

    #[test]
    fn unterminated_string_resyncs_on_lines() {
        let s =
            "[\n  {\"a\": 1},\n  {\"a\": \"oops},\n  {\"a\": 3,\n    \"b\": {\"c\": 1}},\n  {\"a\": 4}\n]\n";
        let items = collect(s);
        assert_eq!(values(&items), vec![json!({"a": 1}), json!({"a": 3, "b": {"c": 1}}), json!({"a": 4})]);
        let errs = errors(&items);
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert_eq!(errs[0].line, 3);
    }

    #[test]
    fn mismatched_bracket_in_one_line_array_stops() {
        let items = collect("[{\"a\": 1}, {\"a\": [1}, {\"a\": 3}]");
        assert_eq!(values(&items), vec![json!({"a": 1})]);
        assert_eq!(errors(&items).len(), 1);
    }

    #[test]
    fn truncated_inputs() {
        for s in ["[{\"a\": 1}, {\"a\": 2", "[{\"a\": 1}", "{\"a\": [1, 2", "{\"data\": [{\"a\": 1}, {\"a\""]
        {
            let items = collect(s);
            let errs = errors(&items);
            assert_eq!(errs.len(), 1, "{s}: {items:?}");
            assert!(errs[0].message.contains("end of input"), "{}", errs[0].message);
        }
        let items = collect("{\"data\": [{\"a\": 1}, {\"a\"");
        assert_eq!(values(&items), vec![json!({"a": 1})]);
    }

    #[test]
    fn json_lines_resync_after_garbage() {
        let items = collect("{\"a\": 1}\nnot json\n{\"a\": 2\n{\"a\": 3}\n");
        assert_eq!(values(&items), vec![json!({"a": 1}), json!({"a": 3})]);
        assert_eq!(errors(&items).len(), 2);
    }

    #[test]
    fn oversized_record_is_skipped() {
        let s = "[{\"a\": \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}, {\"a\": 1}]";
        let items: Vec<_> = stream(s).max_record_bytes(20).collect();
        assert_eq!(values(&items), vec![json!({"a": 1})]);
        assert!(errors(&items)[0].message.contains("larger than"));
    }

    #[test]
    fn gzip_is_transparent() {
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(b"[{\"a\": 1}, {\"a\": 2}]").unwrap();
        let gz = enc.finish().unwrap();
        let head = decompressed_head(&gz);
        assert!(head.starts_with(b"[{\"a\""));
        let items: Vec<_> = JsonStream::new(Box::new(std::io::Cursor::new(gz))).collect();
        assert_eq!(values(&items).len(), 2);
    }

    #[test]
    fn bom_and_sniff_helpers() {
        let items = collect("\u{feff}[{\"a\": 1}]");
        assert_eq!(values(&items), vec![json!({"a": 1})]);
        assert!(has_key(b"{\"material_id\" : 1}", "material_id"));
        assert!(!has_key(b"{\"x\": \"material_id\"}", "material_id"));
        assert!(has_key_value(b"{\"type\":  \"structures\"}", "type", "structures"));
        assert_eq!(first_byte(b"\xEF\xBB\xBF  ["), Some(b'['));
    }

    #[test]
    fn arbitrary_bytes_never_panic() {
        // A cheap fuzz: every prefix and some corruptions of a document.
        let doc = r#"{"meta": {"a": [1, {"b": "c\"d"}]}, "data": [{"x": 1}, {"y": [2, 3]}, "z"], "t": 1}"#;
        for cut in 0..doc.len() {
            let _ = collect(&doc[..cut]).len();
            let mut bytes = doc.as_bytes().to_vec();
            bytes[cut] = b"{}[]\",:\\x"[cut % 9];
            let s = JsonStream::new(Box::new(std::io::Cursor::new(bytes)));
            assert!(s.count() < 100);
        }
    }
}

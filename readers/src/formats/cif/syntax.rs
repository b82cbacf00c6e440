//! CIF syntax: a streaming tokenizer (CIF 1.1, plus the parts of CIF 2.0 that real files use)
//! and a parser that groups tokens into data blocks of single items and loops.
//!
//! CIF 1.1 rules implemented: `#` comments, bare words, `'…'`/`"…"` strings that end at a
//! matching quote followed by white space (so `'J\'er\'emy'` is one value) and may not span
//! lines, `;`-delimited text fields, `data_`, `loop_`, `save_`, `global_`, `stop_`
//! (case-insensitive), tags starting with `_` (case-insensitive; compared lower-cased with `.`
//! read as `_`, so the DDLm name `_space_group_symop.operation_xyz` equals the DDL1 name
//! `_space_group_symop_operation_xyz`). With a `#\#CIF_2.0` header, quoted strings end at the
//! first matching quote, `'''`/`"""` strings may span lines, and `[…]` lists and `{…}` tables
//! may span lines; they are kept as their raw text. Without the header, a bracketed value that
//! closes on its line is still read as one value (tolerance for CIF 2 files missing the header).

use crate::formats::text::{excerpt, Lines};
use std::collections::HashMap;

/// A value as written: its text (without quotes or text-field delimiters) and whether it was
/// quoted (a quoted `?` is the string "?", not "unknown").
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Value {
    /// The text.
    pub text: String,
    /// Whether the value was quoted or a text field.
    pub quoted: bool,
    /// Line where the value starts.
    pub line: usize,
}

impl Value {
    /// Whether the value is CIF's unknown (`?`) or inapplicable (`.`) marker.
    pub(crate) fn is_null(&self) -> bool {
        !self.quoted && (self.text == "?" || self.text == ".")
    }
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Tok {
    Data(String),
    Loop,
    /// `save_name` (non-empty) opens a save frame, `save_` closes it.
    Save(String),
    Global,
    Stop,
    /// A tag, normalised (lower case, `.` as `_`).
    Tag(String),
    Value(Value),
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Token {
    pub tok: Tok,
    pub line: usize,
}

/// A syntax error with its line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SyntaxError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Normalised form of a tag name.
pub(crate) fn normalize_tag(tag: &str) -> String {
    tag.to_ascii_lowercase().replace('.', "_")
}

pub(crate) struct Tokenizer<'a> {
    lines: Lines<'a>,
    line: String,
    pos: usize,
    line_no: usize,
    have_line: bool,
    cif2: bool,
    started: bool,
    /// No more tokens: an I/O error, or the input ended inside a multi-line value (text field,
    /// triple-quoted string, CIF 2 list/table). Either is reported once; re-scanning what is
    /// left of the last line would report the same unclosed value again, forever.
    ended: bool,
}

fn is_ws(b: u8) -> bool {
    b == b' ' || b == b'\t' || b == b'\r' || b == b'\n' || b == 0x0b || b == 0x0c
}

impl<'a> Tokenizer<'a> {
    pub(crate) fn new(lines: Lines<'a>) -> Self {
        Self {
            lines,
            line: String::new(),
            pos: 0,
            line_no: 0,
            have_line: false,
            cif2: false,
            started: false,
            ended: false,
        }
    }

    fn read_line(&mut self) -> Option<Result<(), SyntaxError>> {
        match self.lines.next_line()? {
            Ok(l) => {
                self.line_no = self.lines.line_no();
                if !self.started {
                    self.started = true;
                    let l = l.trim_start_matches('\u{feff}');
                    if l.starts_with("#\\#CIF_2.0") {
                        self.cif2 = true;
                    }
                    self.line = l.to_string();
                } else {
                    self.line = l;
                }
                self.pos = 0;
                self.have_line = true;
                Some(Ok(()))
            }
            Err(message) => {
                self.ended = true;
                Some(Err(SyntaxError { line: self.lines.line_no() + 1, message }))
            }
        }
    }

    /// The next token, `None` at the end of the input.
    pub(crate) fn next_token(&mut self) -> Option<Result<Token, SyntaxError>> {
        if self.ended {
            return None;
        }
        loop {
            if !self.have_line {
                if let Err(e) = self.read_line()? {
                    return Some(Err(e));
                }
                if self.line.starts_with(';') {
                    return Some(self.text_field());
                }
            }
            let bytes = self.line.as_bytes();
            while self.pos < bytes.len() && is_ws(bytes[self.pos]) {
                self.pos += 1;
            }
            if self.pos >= bytes.len() || bytes[self.pos] == b'#' {
                self.have_line = false;
                continue;
            }
            let c = bytes[self.pos];
            return Some(match c {
                b'\'' | b'"' => self.quoted(c),
                b'[' | b'{' => match self.bracketed() {
                    Some(r) => r,
                    None => Ok(self.bare()),
                },
                _ => Ok(self.bare()),
            });
        }
    }

    fn text_field(&mut self) -> Result<Token, SyntaxError> {
        let start = self.line_no;
        let mut text = self.line[1..].to_string();
        loop {
            match self.read_line() {
                None => {
                    self.ended = true;
                    return Err(SyntaxError {
                        line: start,
                        message: "text field (;) is not closed before the end of the input".into(),
                    });
                }
                Some(Err(e)) => return Err(e),
                Some(Ok(())) => {}
            }
            if self.line.starts_with(';') {
                self.pos = 1;
                break;
            }
            text.push('\n');
            text.push_str(&self.line);
        }
        Ok(Token { tok: Tok::Value(Value { text, quoted: true, line: start }), line: start })
    }

    fn quoted(&mut self, q: u8) -> Result<Token, SyntaxError> {
        let start = self.line_no;
        let bytes = self.line.as_bytes();
        let p = self.pos;
        if self.cif2 && bytes.len() >= p + 3 && bytes[p + 1] == q && bytes[p + 2] == q {
            return self.triple_quoted(q);
        }
        let mut j = p + 1;
        let end = loop {
            if j >= bytes.len() {
                // Resume after this line.
                self.have_line = false;
                return Err(SyntaxError {
                    line: start,
                    message: format!(
                        "quoted string is not closed on its line: {}",
                        excerpt(&self.line[p..], 60)
                    ),
                });
            }
            if bytes[j] == q && (self.cif2 || j + 1 >= bytes.len() || is_ws(bytes[j + 1])) {
                break j;
            }
            j += 1;
        };
        let text = self.line[p + 1..end].to_string();
        self.pos = end + 1;
        Ok(Token { tok: Tok::Value(Value { text, quoted: true, line: start }), line: start })
    }

    fn triple_quoted(&mut self, q: u8) -> Result<Token, SyntaxError> {
        let start = self.line_no;
        let delim = if q == b'\'' { "'''" } else { "\"\"\"" };
        let mut text = String::new();
        let mut from = self.pos + 3;
        loop {
            if let Some(i) = self.line[from..].find(delim) {
                text.push_str(&self.line[from..from + i]);
                self.pos = from + i + 3;
                break;
            }
            text.push_str(&self.line[from..]);
            text.push('\n');
            match self.read_line() {
                None => {
                    self.ended = true;
                    return Err(SyntaxError {
                        line: start,
                        message: format!("{delim} string is not closed before the end of the input"),
                    });
                }
                Some(Err(e)) => return Err(e),
                Some(Ok(())) => from = 0,
            }
        }
        Ok(Token { tok: Tok::Value(Value { text, quoted: true, line: start }), line: start })
    }

    /// A `[…]` or `{…}` value. `None` when it does not close on its line outside CIF 2 mode
    /// (the caller then reads a bare word).
    fn bracketed(&mut self) -> Option<Result<Token, SyntaxError>> {
        let start = self.line_no;
        let mut depth = 0usize;
        let mut quote: Option<u8> = None;
        let mut text = String::new();
        let mut from = self.pos;
        loop {
            let bytes = self.line.as_bytes();
            for (i, &b) in bytes.iter().enumerate().skip(from) {
                match quote {
                    Some(q) => {
                        if b == q {
                            quote = None;
                        }
                    }
                    None => match b {
                        b'\'' | b'"' => quote = Some(b),
                        b'[' | b'{' => depth += 1,
                        b']' | b'}' => {
                            depth = depth.saturating_sub(1);
                            if depth == 0 {
                                text.push_str(&self.line[from..=i]);
                                self.pos = i + 1;
                                let v = Value { text, quoted: true, line: start };
                                return Some(Ok(Token { tok: Tok::Value(v), line: start }));
                            }
                        }
                        _ => {}
                    },
                }
            }
            if !self.cif2 {
                return None;
            }
            text.push_str(&self.line[from..]);
            text.push('\n');
            match self.read_line() {
                None => {
                    self.ended = true;
                    return Some(Err(SyntaxError {
                        line: start,
                        message: "bracketed list/table is not closed before the end of the input".into(),
                    }));
                }
                Some(Err(e)) => return Some(Err(e)),
                Some(Ok(())) => {}
            }
            from = 0;
            quote = None;
        }
    }

    fn bare(&mut self) -> Token {
        let bytes = self.line.as_bytes();
        let p = self.pos;
        let mut j = p;
        while j < bytes.len() && !is_ws(bytes[j]) {
            j += 1;
        }
        let word = &self.line[p..j];
        self.pos = j;
        let line = self.line_no;
        let lower = word.to_ascii_lowercase();
        let tok = if word.starts_with('_') {
            Tok::Tag(normalize_tag(word))
        } else if lower.starts_with("data_") {
            Tok::Data(word[5..].to_string())
        } else if lower == "loop_" {
            Tok::Loop
        } else if lower.starts_with("save_") {
            Tok::Save(word[5..].to_string())
        } else if lower == "global_" {
            Tok::Global
        } else if lower == "stop_" {
            Tok::Stop
        } else {
            Tok::Value(Value { text: word.to_string(), quoted: false, line })
        };
        Token { tok, line }
    }
}

/// One loop: its tags and its values, row by row.
#[derive(Debug, Clone, Default)]
pub(crate) struct Loop {
    pub tags: Vec<String>,
    pub values: Vec<Value>,
}

impl Loop {
    /// Number of rows.
    pub(crate) fn nrows(&self) -> usize {
        if self.tags.is_empty() {
            0
        } else {
            self.values.len() / self.tags.len()
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Slot {
    Single(usize),
    Looped { lp: usize, col: usize },
}

/// A data block: single items and loops, looked up by normalised tag.
#[derive(Debug, Clone, Default)]
pub(crate) struct Block {
    /// Block name (after `data_`).
    pub name: String,
    /// Line of the `data_` header.
    pub line: usize,
    singles: Vec<Value>,
    loops: Vec<Loop>,
    index: HashMap<String, Slot>,
}

impl Block {
    /// The value of a single item, or the first row of a looped one.
    pub(crate) fn get(&self, tag: &str) -> Option<&Value> {
        match *self.index.get(tag)? {
            Slot::Single(i) => self.singles.get(i),
            Slot::Looped { lp, col } => self.loops[lp].values.get(col),
        }
    }

    /// The first of `tags` that is present with a known (non-`?`/`.`) value.
    pub(crate) fn get_any(&self, tags: &[&str]) -> Option<&Value> {
        tags.iter().filter_map(|t| self.get(t)).find(|v| !v.is_null())
    }

    /// Whether a tag is present.
    pub(crate) fn has(&self, tag: &str) -> bool {
        self.index.contains_key(tag)
    }

    /// All values of a tag: its loop column, or its single value as one row.
    pub(crate) fn column(&self, tag: &str) -> Option<Vec<&Value>> {
        match *self.index.get(tag)? {
            Slot::Single(i) => Some(vec![&self.singles[i]]),
            Slot::Looped { lp, col } => {
                let l = &self.loops[lp];
                let n = l.tags.len();
                Some((0..l.nrows()).map(|r| &l.values[r * n + col]).collect())
            }
        }
    }

    /// Where a tag lives: `Some(Some(loop))` for a looped tag, `Some(None)` for a single item.
    pub(crate) fn loop_of(&self, tag: &str) -> Option<Option<usize>> {
        self.index.get(tag).map(|s| match *s {
            Slot::Single(_) => None,
            Slot::Looped { lp, .. } => Some(lp),
        })
    }

    fn insert_single(&mut self, tag: String, v: Value) {
        // CIF forbids repeated tags; the first occurrence wins.
        if !self.index.contains_key(&tag) {
            self.singles.push(v);
            self.index.insert(tag, Slot::Single(self.singles.len() - 1));
        }
    }

    fn insert_loop(&mut self, l: Loop) {
        let lp = self.loops.len();
        for (col, t) in l.tags.iter().enumerate() {
            self.index.entry(t.clone()).or_insert(Slot::Looped { lp, col });
        }
        self.loops.push(l);
    }
}

/// What the block stream yields: a parsed block, or an error for one block (or for content
/// outside any block, with `name: None`).
#[derive(Debug)]
pub(crate) struct BlockOutcome {
    /// Block name; `None` for content before the first `data_`.
    pub name: Option<String>,
    /// The block or what is wrong with it.
    pub block: Result<Block, SyntaxError>,
}

/// Data blocks of a CIF, one at a time.
pub(crate) struct BlockStream<'a> {
    tok: Tokenizer<'a>,
    peeked: Option<Token>,
    ended: bool,
}

impl<'a> BlockStream<'a> {
    pub(crate) fn new(lines: Lines<'a>) -> Self {
        Self { tok: Tokenizer::new(lines), peeked: None, ended: false }
    }

    fn next_tok(&mut self) -> Option<Result<Token, SyntaxError>> {
        if let Some(t) = self.peeked.take() {
            return Some(Ok(t));
        }
        if self.ended {
            return None;
        }
        let t = self.tok.next_token();
        if t.is_none() {
            self.ended = true;
        }
        t
    }

    /// Skip to the next `data_` (left in `peeked`) or the end, ignoring errors.
    fn skip_to_data(&mut self) {
        while let Some(t) = self.next_tok() {
            if let Ok(t) = t {
                if matches!(t.tok, Tok::Data(_)) {
                    self.peeked = Some(t);
                    return;
                }
            }
        }
    }

    /// The next block; `None` at the end of the input.
    pub(crate) fn next_block(&mut self) -> Option<BlockOutcome> {
        // Find the data_ header.
        let (name, line) = loop {
            match self.next_tok()? {
                Ok(Token { tok: Tok::Data(name), line }) => break (name, line),
                Ok(Token { tok: Tok::Global, .. }) | Ok(Token { tok: Tok::Stop, .. }) => {
                    // A global_ block holds no structure; skip it.
                    self.skip_to_data();
                }
                Ok(t) => {
                    let line = t.line;
                    self.skip_to_data();
                    return Some(BlockOutcome {
                        name: None,
                        block: Err(SyntaxError {
                            line,
                            message: "content before the first data_ block header (not a CIF?)".into(),
                        }),
                    });
                }
                Err(e) => {
                    self.skip_to_data();
                    return Some(BlockOutcome { name: None, block: Err(e) });
                }
            }
        };
        let block = self.block_body(name.clone(), line);
        if block.is_err() {
            self.skip_to_data();
        }
        Some(BlockOutcome { name: Some(name), block })
    }

    fn block_body(&mut self, name: String, line: usize) -> Result<Block, SyntaxError> {
        let mut block = Block { name, line, ..Block::default() };
        loop {
            let t = match self.next_tok() {
                None => return Ok(block),
                Some(t) => t?,
            };
            match t.tok {
                Tok::Data(_) | Tok::Global => {
                    self.peeked = Some(t);
                    return Ok(block);
                }
                Tok::Stop => {}
                Tok::Tag(tag) => match self.next_tok() {
                    Some(Ok(Token { tok: Tok::Value(v), .. })) => block.insert_single(tag, v),
                    Some(Ok(other)) => {
                        let l = other.line;
                        return Err(SyntaxError { line: l, message: format!("tag {tag} has no value") });
                    }
                    Some(Err(e)) => return Err(e),
                    None => {
                        return Err(SyntaxError {
                            line: t.line,
                            message: format!("tag {tag} has no value (end of input)"),
                        })
                    }
                },
                Tok::Loop => block.insert_loop(self.loop_body(t.line)?),
                Tok::Save(frame) if !frame.is_empty() => {
                    // Save frames (dictionaries) hold no structure: skip to `save_`.
                    loop {
                        match self.next_tok() {
                            None => break,
                            Some(Ok(Token { tok: Tok::Save(s), .. })) if s.is_empty() => break,
                            Some(Ok(d @ Token { tok: Tok::Data(_), .. })) => {
                                self.peeked = Some(d);
                                break;
                            }
                            Some(Ok(_)) => {}
                            Some(Err(e)) => return Err(e),
                        }
                    }
                }
                Tok::Save(_) => {}
                Tok::Value(v) => {
                    return Err(SyntaxError {
                        line: v.line,
                        message: format!("value '{}' has no tag", excerpt(&v.text, 40)),
                    })
                }
            }
        }
    }

    fn loop_body(&mut self, line: usize) -> Result<Loop, SyntaxError> {
        let mut l = Loop::default();
        loop {
            match self.next_tok() {
                Some(Ok(Token { tok: Tok::Tag(tag), .. })) => l.tags.push(tag),
                Some(Ok(t)) => {
                    self.peeked = Some(t);
                    break;
                }
                Some(Err(e)) => return Err(e),
                None => break,
            }
        }
        if l.tags.is_empty() {
            return Err(SyntaxError { line, message: "loop_ without tags".into() });
        }
        loop {
            match self.next_tok() {
                Some(Ok(Token { tok: Tok::Value(v), .. })) => l.values.push(v),
                Some(Ok(t)) => {
                    self.peeked = Some(t);
                    break;
                }
                Some(Err(e)) => return Err(e),
                None => break,
            }
        }
        if l.values.len() % l.tags.len() != 0 {
            return Err(SyntaxError {
                line,
                message: format!(
                    "loop_ ({} ...) has {} values, not a multiple of its {} tags",
                    l.tags[0],
                    l.values.len(),
                    l.tags.len()
                ),
            });
        }
        Ok(l)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(s: &'static str) -> Vec<Result<Tok, SyntaxError>> {
        let mut t = Tokenizer::new(Lines::new(Box::new(s.as_bytes())));
        let mut out = vec![];
        while let Some(x) = t.next_token() {
            out.push(x.map(|t| t.tok));
            assert!(out.len() < 10_000, "the tokenizer does not end: {:?}", &out[out.len() - 3..]);
        }
        out
    }

    fn val(s: &str, quoted: bool) -> Tok {
        Tok::Value(Value { text: s.into(), quoted, line: 0 })
    }

    fn texts(s: &'static str) -> Vec<String> {
        tokens(s)
            .into_iter()
            .map(|t| match t.unwrap() {
                Tok::Value(v) => format!("{}{}", if v.quoted { "q:" } else { "" }, v.text),
                Tok::Tag(t) => t,
                Tok::Data(d) => format!("data:{d}"),
                Tok::Loop => "loop".into(),
                other => format!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn basic_tokens() {
        let t = texts("data_x\n_Cell_Length_A 5.4(1) # comment\nloop_ _a _B.c\n1 'two words' \"3\" ?\n");
        assert_eq!(
            t,
            ["data:x", "_cell_length_a", "5.4(1)", "loop", "_a", "_b_c", "1", "q:two words", "q:3", "?"]
        );
        assert!(matches!(tokens("_x '?'")[1].as_ref().unwrap(), Tok::Value(v) if v.quoted && !v.is_null()));
        let _ = val("", false);
    }

    #[test]
    fn cif1_quotes_need_whitespace_to_close() {
        let t = texts("_a 'Guignard, J\\'er\\'emy' _b 'it's' x");
        assert_eq!(t, ["_a", "q:Guignard, J\\'er\\'emy", "_b", "q:it's", "x"]);
    }

    #[test]
    fn unterminated_quote_is_an_error() {
        let t = tokens("_a 'no end\n_b 1\n");
        assert_eq!(
            t[1],
            Err(SyntaxError { line: 1, message: "quoted string is not closed on its line: 'no end".into() })
        );
    }

    #[test]
    fn text_fields() {
        let t = texts("_a\n;\n line one\nline two\n;\n_b ;notfield\n");
        assert_eq!(t, ["_a", "q:\n line one\nline two", "_b", ";notfield"]);
        let t = tokens("_a\n;open\nnever closed\n");
        assert!(t[1].is_err());
    }

    #[test]
    fn cif2_values() {
        let t = texts("#\\#CIF_2.0\n_a [C  u  2]\n_b '''multi\nline''' _c {x:[1 2]\n 3}\n_d 'a'b'\n");
        assert_eq!(
            t,
            ["_a", "q:[C  u  2]", "_b", "q:multi\nline", "_c", "q:{x:[1 2]\n 3}", "_d", "q:a", "b'"]
        );
        // Without the header, a bracket that closes on its line is still one value.
        assert_eq!(texts("_a [C u 2]"), ["_a", "q:[C u 2]"]);
        assert_eq!(texts("_a {15d6-44dd}"), ["_a", "q:{15d6-44dd}"]);
        assert_eq!(texts("_a [open\nb]"), ["_a", "[open", "b]"]);
    }

    /// A value still open when the input ends is one error, and then the end: the tokenizer
    /// must not scan what is left of the last line again (it found the same unclosed `[` there
    /// forever: an MP-20 CSV row found by fuzzing, `readers/tests/fuzz_regressions.rs`).
    #[test]
    fn a_value_open_at_the_end_of_the_input_ends_the_tokens() {
        let cases: [(&'static str, usize, &str); 4] = [
            ("#\\#CIF_2.0\n_a 1 [open\nstill [ open", 2, "bracketed list/table is not closed"),
            ("#\\#CIF_2.0\n_a 1 0.75 [ ", 3, "bracketed list/table is not closed"),
            ("#\\#CIF_2.0\n_a '''open\nnever closed", 1, "''' string is not closed"),
            ("_a\n;open\nnever closed\n", 1, "text field (;) is not closed"),
        ];
        for (input, before, message) in cases {
            let t = tokens(input);
            assert_eq!(t.len(), before + 1, "{input:?}: {t:?}");
            assert!(t[..before].iter().all(Result::is_ok), "{input:?}: {t:?}");
            let err = t[before].as_ref().unwrap_err();
            assert!(err.message.starts_with(message), "{input:?}: {err}");
        }
        // The block stream around it ends too, with the error located at the value's line.
        let b = blocks("#\\#CIF_2.0\ndata_x\n_a 1\n_b [ ");
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].block.as_ref().unwrap_err().line, 4);
    }

    fn blocks(s: &'static str) -> Vec<BlockOutcome> {
        let mut b = BlockStream::new(Lines::new(Box::new(s.as_bytes())));
        let mut out = vec![];
        while let Some(x) = b.next_block() {
            out.push(x);
        }
        out
    }

    #[test]
    fn blocks_and_loops() {
        let b = blocks(
            "data_one\n_x 1\nloop_\n_p _q\n1 2\n3 4\n_y ?\ndata_two\n_x 'a'\nsave_frame\n_z 1\nsave_\n_w 2\n",
        );
        assert_eq!(b.len(), 2);
        let one = b[0].block.as_ref().unwrap();
        assert_eq!(one.name, "one");
        assert_eq!(one.get("_x").unwrap().text, "1");
        assert_eq!(one.column("_q").unwrap().iter().map(|v| v.text.as_str()).collect::<Vec<_>>(), ["2", "4"]);
        assert_eq!(one.column("_x").unwrap().len(), 1);
        assert!(one.get("_y").unwrap().is_null());
        assert_eq!(one.loop_of("_p"), Some(Some(0)));
        assert_eq!(one.loop_of("_x"), Some(None));
        let two = b[1].block.as_ref().unwrap();
        assert!(!two.has("_z"));
        assert_eq!(two.get("_w").unwrap().text, "2");
    }

    #[test]
    fn block_errors_are_located_and_recovered() {
        let b = blocks("junk\ndata_a\nloop_\n_p _q\n1 2 3\ndata_b\n_x 1\n_y\n");
        assert_eq!(b.len(), 3);
        assert!(b[0].name.is_none() && b[0].block.as_ref().unwrap_err().line == 1);
        let e = b[1].block.as_ref().unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.message.contains("3 values"), "{e}");
        assert!(b[2].block.as_ref().unwrap_err().message.contains("_y has no value"));
    }

    #[test]
    fn empty_and_comment_only_inputs_have_no_blocks() {
        assert!(blocks("").is_empty());
        assert!(blocks("# just a comment\n\n").is_empty());
    }
}

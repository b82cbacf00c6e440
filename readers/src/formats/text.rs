//! Helpers shared by the line-oriented text formats: a bounded line reader and number
//! parsing that refuses NaN and infinities.

use std::io::BufRead;

/// Longest line a reader accepts (bytes). A longer "line" is almost certainly not text; the
/// reader reports it and stops instead of buffering an unbounded amount of memory.
pub(crate) const MAX_LINE_BYTES: usize = 16 << 20;

/// Lines of a text input, numbered from 1, decoded as UTF-8 with invalid bytes replaced,
/// without their `\n` / `\r\n` terminators.
pub(crate) struct Lines<'a> {
    input: Box<dyn BufRead + 'a>,
    line_no: usize,
    done: bool,
    buf: Vec<u8>,
    /// The last line with its invalid bytes replaced, when it was not valid UTF-8.
    lossy: String,
}

impl<'a> Lines<'a> {
    /// Lines of `input`.
    pub(crate) fn new(input: Box<dyn BufRead + 'a>) -> Self {
        Self { input, line_no: 0, done: false, buf: Vec::new(), lossy: String::new() }
    }

    /// Number of the line last returned (0 before the first).
    pub(crate) fn line_no(&self) -> usize {
        self.line_no
    }

    /// The next line; `None` at the end. An I/O error or an over-long line is returned once as
    /// `Err` (with the line number in the message) and ends the input.
    pub(crate) fn next_line(&mut self) -> Option<Result<String, String>> {
        self.next_line_ref().map(|r| r.map(str::to_owned))
    }

    /// [`Lines::next_line`] borrowed from the reader's buffer (valid until the next call).
    pub(crate) fn next_line_ref(&mut self) -> Option<Result<&str, String>> {
        if self.done {
            return None;
        }
        self.buf.clear();
        loop {
            let available = match self.input.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.done = true;
                    return Some(Err(format!("read error after line {}: {e}", self.line_no)));
                }
            };
            if available.is_empty() {
                self.done = true;
                if self.buf.is_empty() {
                    return None;
                }
                break;
            }
            let (take, found) = match available.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (available.len(), false),
            };
            if self.buf.len() + take > MAX_LINE_BYTES {
                self.done = true;
                return Some(Err(format!(
                    "line {} is longer than {} MiB; not a text file of this format?",
                    self.line_no + 1,
                    MAX_LINE_BYTES >> 20
                )));
            }
            self.buf.extend_from_slice(&available[..take]);
            self.input.consume(take);
            if found {
                break;
            }
        }
        self.line_no += 1;
        while matches!(self.buf.last(), Some(b'\n' | b'\r')) {
            self.buf.pop();
        }
        if std::str::from_utf8(&self.buf).is_err() {
            self.lossy = String::from_utf8_lossy(&self.buf).into_owned();
            return Some(Ok(&self.lossy));
        }
        Some(Ok(std::str::from_utf8(&self.buf).unwrap_or_default()))
    }
}

/// A finite `f64` from a token; `None` for anything else, including `NaN` and `inf`.
pub(crate) fn finite_f64(s: &str) -> Option<f64> {
    s.trim().parse::<f64>().ok().filter(|x| x.is_finite())
}

/// Element (Z) of a species name as files write it: "Fe", "Fe2+", "FE", "O1", and "D"/"T"
/// (deuterium, tritium) as hydrogen.
pub(crate) fn species_z(name: &str) -> Option<u8> {
    let t = name.trim();
    crystaldb::structure::element::atomic_number(t)
        .or_else(|| crystaldb::structure::element::atomic_number_lenient(t))
        .or_else(|| {
            let letters: String = t.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
            matches!(letters.as_str(), "D" | "T").then_some(1)
        })
}

/// Most atoms accepted in one structure of a text format (an XYZ frame, a POSCAR): more is a
/// corrupt count, refused before anything is allocated for it.
pub(crate) const MAX_ATOMS: usize = 10_000_000;

/// The first `max` characters of `s`, for error messages quoting input.
pub(crate) fn excerpt(s: &str, max: usize) -> String {
    let t = s.trim();
    if t.chars().count() <= max {
        t.to_string()
    } else {
        let mut e: String = t.chars().take(max).collect();
        e.push('…');
        e
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(s: &'static str) -> Vec<String> {
        let mut l = Lines::new(Box::new(s.as_bytes()));
        let mut out = vec![];
        while let Some(x) = l.next_line() {
            out.push(x.unwrap());
        }
        out
    }

    #[test]
    fn line_endings() {
        assert_eq!(lines("a\r\nb\n\nc"), vec!["a", "b", "", "c"]);
        assert_eq!(lines(""), Vec::<String>::new());
        assert_eq!(lines("x\n"), vec!["x"]);
    }

    #[test]
    fn invalid_utf8_is_replaced() {
        let mut l = Lines::new(Box::new(&b"a\xffb\n"[..]));
        assert_eq!(l.next_line().unwrap().unwrap(), "a\u{fffd}b");
        assert_eq!(l.line_no(), 1);
    }

    #[test]
    fn numbers_are_finite() {
        assert_eq!(finite_f64(" 1.5 "), Some(1.5));
        assert_eq!(finite_f64("NaN"), None);
        assert_eq!(finite_f64("inf"), None);
        assert_eq!(finite_f64("-infinity"), None);
        assert_eq!(finite_f64("1e400"), None);
        assert_eq!(finite_f64("x"), None);
    }

    #[test]
    fn species_names() {
        assert_eq!(species_z("Fe"), Some(26));
        assert_eq!(species_z("Fe2+"), Some(26));
        assert_eq!(species_z("D"), Some(1));
        assert_eq!(species_z("Xx"), None);
        assert_eq!(species_z(""), None);
    }
}

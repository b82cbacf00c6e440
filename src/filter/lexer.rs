//! Tokens of the OPTIMADE filter language, each with its byte span.
//!
//! Keywords are upper-case as in the specification; the all-lower-case spelling (`and`, `has`)
//! is accepted too, so keywords are reserved in both spellings. Field names are lower-case
//! identifiers (`[a-z_][a-z0-9_]*`). Numbers follow the specification's syntax
//! (`[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?`); strings are double-quoted with `\"`
//! and `\\` as the only escapes.

use super::ast::{CmpOp, Value};
use super::fields::FIELDS;
use super::Located;
use std::ops::Range;

/// Reserved words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Keyword {
    And,
    Or,
    Not,
    Is,
    Known,
    Unknown,
    Contains,
    Starts,
    Ends,
    With,
    Length,
    Has,
    All,
    Any,
    Only,
    True,
    False,
}

const KEYWORDS: [(&str, Keyword); 17] = [
    ("AND", Keyword::And),
    ("OR", Keyword::Or),
    ("NOT", Keyword::Not),
    ("IS", Keyword::Is),
    ("KNOWN", Keyword::Known),
    ("UNKNOWN", Keyword::Unknown),
    ("CONTAINS", Keyword::Contains),
    ("STARTS", Keyword::Starts),
    ("ENDS", Keyword::Ends),
    ("WITH", Keyword::With),
    ("LENGTH", Keyword::Length),
    ("HAS", Keyword::Has),
    ("ALL", Keyword::All),
    ("ANY", Keyword::Any),
    ("ONLY", Keyword::Only),
    ("TRUE", Keyword::True),
    ("FALSE", Keyword::False),
];

impl Keyword {
    fn lookup(upper: &str) -> Option<Keyword> {
        KEYWORDS.iter().find(|(w, _)| *w == upper).map(|(_, k)| *k)
    }

    /// The upper-case spelling.
    pub(crate) fn as_str(self) -> &'static str {
        KEYWORDS.iter().find(|(_, k)| *k == self).map(|(w, _)| *w).unwrap_or("?")
    }
}

/// One token.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Tok {
    LParen,
    RParen,
    Comma,
    Colon,
    Dot,
    Op(CmpOp),
    /// A string or number constant.
    Const(Value),
    Ident(String),
    Kw(Keyword),
    End,
}

impl Tok {
    /// How the token reads in "found ..." of an error message.
    pub(crate) fn describe(&self) -> String {
        match self {
            Tok::LParen => "`(`".into(),
            Tok::RParen => "`)`".into(),
            Tok::Comma => "`,`".into(),
            Tok::Colon => "`:`".into(),
            Tok::Dot => "`.`".into(),
            Tok::Op(op) => format!("`{op}`"),
            Tok::Const(Value::String(_)) => "a string".into(),
            Tok::Const(v) => format!("the number {v}"),
            Tok::Ident(name) => format!("the field name `{name}`"),
            Tok::Kw(k) => format!("the keyword {}", k.as_str()),
            Tok::End => "the end of the filter".into(),
        }
    }
}

/// A token and where it is.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Token {
    pub tok: Tok,
    pub span: Range<usize>,
}

/// OPTIMADE white space: space, tab, newline, carriage return, vertical tab, form feed.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0B' | '\x0C')
}

fn is_word_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Split `src` into tokens; the last one is [`Tok::End`] with an empty span at the end.
pub(crate) fn tokenize(src: &str) -> Result<Vec<Token>, Located> {
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = src[i..].chars().next().unwrap_or(' ');
        if is_space(c) {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let simple = |tok: Tok, len: usize| Token { tok, span: start..start + len };
        let token = match bytes[i] {
            b'(' => simple(Tok::LParen, 1),
            b')' => simple(Tok::RParen, 1),
            b',' => simple(Tok::Comma, 1),
            b':' => simple(Tok::Colon, 1),
            b'=' if bytes.get(i + 1) == Some(&b'=') => {
                return Err(Located::new(i..i + 2, "`==` is not an operator: equality is written `=`"));
            }
            b'=' => simple(Tok::Op(CmpOp::Eq), 1),
            b'!' if bytes.get(i + 1) == Some(&b'=') => simple(Tok::Op(CmpOp::Ne), 2),
            b'!' => return Err(Located::new(i..i + 1, "expected `!=`; negation is written NOT")),
            b'<' if bytes.get(i + 1) == Some(&b'=') => simple(Tok::Op(CmpOp::Le), 2),
            b'<' => simple(Tok::Op(CmpOp::Lt), 1),
            b'>' if bytes.get(i + 1) == Some(&b'=') => simple(Tok::Op(CmpOp::Ge), 2),
            b'>' => simple(Tok::Op(CmpOp::Gt), 1),
            b'"' => string(src, i)?,
            b'.' if !bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => simple(Tok::Dot, 1),
            b'0'..=b'9' | b'.' | b'+' | b'-' => number(src, i)?,
            // After a dot: a nested name, which may also hold `+` (`a.b+c`).
            b if (b.is_ascii_lowercase() || b == b'_')
                && out.last().is_some_and(|t: &Token| t.tok == Tok::Dot) =>
            {
                let mut end = i;
                while end < bytes.len()
                    && (bytes[end].is_ascii_lowercase()
                        || bytes[end].is_ascii_digit()
                        || matches!(bytes[end], b'_' | b'+'))
                {
                    end += 1;
                }
                Token { tok: Tok::Ident(src[i..end].to_string()), span: i..end }
            }
            b if b.is_ascii_alphabetic() || b == b'_' => word(src, i)?,
            b'&' => return Err(Located::new(i..i + 1, "`&` is not an operator: conjunction is written AND")),
            b'|' => return Err(Located::new(i..i + 1, "`|` is not an operator: disjunction is written OR")),
            b'\'' => return Err(Located::new(i..i + 1, "strings are written in double quotes (\"...\")")),
            _ => {
                let printable = if c.is_control() { format!("{:?}", c) } else { format!("`{c}`") };
                return Err(Located::new(i..i + c.len_utf8(), format!("unexpected character {printable}")));
            }
        };
        i = token.span.end;
        out.push(token);
    }
    out.push(Token { tok: Tok::End, span: src.len()..src.len() });
    Ok(out)
}

/// A double-quoted string starting at `start`.
fn string(src: &str, start: usize) -> Result<Token, Located> {
    let mut value = String::new();
    let mut chars = src[start + 1..].char_indices();
    while let Some((k, c)) = chars.next() {
        let at = start + 1 + k;
        match c {
            '"' => return Ok(Token { tok: Tok::Const(Value::String(value)), span: start..at + 1 }),
            '\\' => match chars.next() {
                Some((_, e @ ('"' | '\\'))) => value.push(e),
                Some((_, e)) => {
                    return Err(Located::new(
                        at..at + 1 + e.len_utf8(),
                        format!("invalid escape `\\{e}` in a string: only `\\\"` and `\\\\` are escapes"),
                    ));
                }
                None => break,
            },
            c => value.push(c),
        }
    }
    Err(Located::new(start..src.len(), "unterminated string: a closing `\"` is missing"))
}

/// A number starting at `start` (sign, mantissa, exponent); integers that fit in an i64 stay
/// integers.
fn number(src: &str, start: usize) -> Result<Token, Located> {
    let b = src.as_bytes();
    let digits = |mut i: usize| {
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        i
    };
    let mut i = start;
    if matches!(b[i], b'+' | b'-') {
        i += 1;
    }
    let int_end = digits(i);
    let mut end = int_end;
    let mut fractional = false;
    if b.get(end) == Some(&b'.') {
        fractional = true;
        end = digits(end + 1);
    }
    let mantissa_digits = (int_end - i) + end.saturating_sub(int_end + 1);
    if mantissa_digits == 0 {
        // Only a sign can get here: `.` and digits start a number only when one follows.
        return Err(Located::new(
            start..start + 1,
            format!("`{}` must be followed by a number", &src[start..start + 1]),
        ));
    }
    let mut exponent = false;
    if matches!(b.get(end), Some(b'e' | b'E')) {
        let mut j = end + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let k = digits(j);
        if k > j {
            exponent = true;
            end = k;
        }
    }
    // A keyword may follow a number without a space (`3AND`), as the grammar's tokens allow;
    // any other letter, digit or dot right after a number is a malformed number.
    let keyword_follows = keyword_at(src, end).is_some();
    if !keyword_follows && b.get(end).is_some_and(|&c| is_word_char(c) || c == b'.') {
        let mut j = end;
        while j < b.len() && (is_word_char(b[j]) || matches!(b[j], b'.' | b'+' | b'-')) {
            j += 1;
        }
        return Err(Located::new(
            start..j,
            format!("malformed number `{}`: numbers look like 12, -3, 1.5, .5 or 6.02e23", &src[start..j]),
        ));
    }
    let text = &src[start..end];
    let value = if !fractional && !exponent {
        match text.parse::<i64>() {
            Ok(v) => Value::Int(v),
            Err(_) => Value::Float(float(text, start..end)?),
        }
    } else {
        Value::Float(float(text, start..end)?)
    };
    Ok(Token { tok: Tok::Const(value), span: start..end })
}

/// A number of any magnitude: one beyond the range of a 64-bit float is ±infinity (or ±0),
/// so `x < 1e400` matches every known `x` and `x = 1e400` none; out-of-range values are a
/// question of meaning, not of syntax.
fn float(text: &str, span: Range<usize>) -> Result<f64, Located> {
    text.parse::<f64>().map_err(|_| Located::new(span, format!("malformed number `{text}`")))
}

/// The keyword starting at `start`, with its end: the longest keyword that is a prefix of the
/// upper-case run there (so `ANDNOT` is AND, NOT, as the grammar's tokens allow), or a
/// lower-case keyword spelled out as a whole word.
fn keyword_at(src: &str, start: usize) -> Option<(Keyword, usize)> {
    let b = src.as_bytes();
    let first = *b.get(start)?;
    if first.is_ascii_uppercase() {
        let mut end = start;
        while end < b.len() && b[end].is_ascii_uppercase() {
            end += 1;
        }
        let run = &src[start..end];
        return KEYWORDS
            .iter()
            .filter(|(w, _)| run.starts_with(w))
            .max_by_key(|(w, _)| w.len())
            .map(|(w, k)| (*k, start + w.len()));
    }
    if first.is_ascii_lowercase() {
        let mut end = start;
        while end < b.len() && (b[end].is_ascii_lowercase()) {
            end += 1;
        }
        if b.get(end).is_some_and(|c| c.is_ascii_digit() || *c == b'_') {
            return None;
        }
        return Keyword::lookup(&src[start..end].to_ascii_uppercase()).map(|k| (k, end));
    }
    None
}

/// A keyword or a field name starting at `start`. Tokens need no space between them where the
/// grammar tells them apart: a keyword in upper case ends where its letters end (`ANDnsites`
/// is AND, `nsites`), and a field name (`[a-z_][a-z0-9_]*`) ends at an upper-case keyword
/// (`nsitesAND`). Mixed-case words that are neither get the messages below.
fn word(src: &str, start: usize) -> Result<Token, Located> {
    let b = src.as_bytes();
    if let Some((k, end)) = keyword_at(src, start) {
        return Ok(Token { tok: Tok::Kw(k), span: start..end });
    }
    if b[start].is_ascii_lowercase() || b[start] == b'_' {
        let mut end = start;
        while end < b.len() && (b[end].is_ascii_lowercase() || b[end].is_ascii_digit() || b[end] == b'_') {
            end += 1;
        }
        if end == b.len() || !is_word_char(b[end]) || keyword_at(src, end).is_some() {
            return Ok(Token { tok: Tok::Ident(src[start..end].to_string()), span: start..end });
        }
    }
    let mut end = start;
    while end < b.len() && is_word_char(b[end]) {
        end += 1;
    }
    let text = &src[start..end];
    let span = start..end;
    let upper = text.to_ascii_uppercase();
    if Keyword::lookup(&upper).is_some() {
        return Err(Located::new(
            span,
            format!("`{text}`: keywords are written in upper case ({upper}) or lower case"),
        ));
    }
    let lower = text.to_ascii_lowercase();
    let message = if FIELDS.iter().any(|f| f.name == lower) {
        format!("field names are lower case: `{lower}`, not `{text}`")
    } else if crate::structure::element::atomic_number(text).is_some() {
        format!("`{text}` is neither a field nor a keyword; strings are written in double quotes: \"{text}\"")
    } else {
        format!(
            "`{text}` is neither a field name (lower-case letters, digits and `_`) nor a keyword (upper case)"
        )
    };
    Err(Located::new(span, message))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Tok> {
        tokenize(src).unwrap().into_iter().map(|t| t.tok).collect()
    }

    fn err(src: &str) -> Located {
        tokenize(src).unwrap_err()
    }

    #[test]
    fn numbers_follow_the_specification() {
        let valid = [
            "12345",
            "+12",
            "-34",
            "1.2",
            ".2E7",
            "-.2E+7",
            "+10.01E-10",
            "6.03e23",
            ".1E1",
            "-.1e1",
            "1.e-12",
            "-.1e-12",
            "1.",
            ".1",
        ];
        for text in valid {
            let t = toks(text);
            assert_eq!(t.len(), 2, "{text}: {t:?}");
            let Tok::Const(v) = &t[0] else { panic!("{text}: {t:?}") };
            let expected: f64 = text.parse().unwrap();
            assert_eq!(v.as_f64(), Some(expected), "{text}");
        }
        assert_eq!(toks("-34")[0], Tok::Const(Value::Int(-34)));
        assert_eq!(toks("1.")[0], Tok::Const(Value::Float(1.0)));
        assert_eq!(toks("99999999999999999999")[0], Tok::Const(Value::Float(1e20)));
        for bad in ["1.234D12", "1.23E+++", "+-123", "1e", "1.2.3", "3Y"] {
            assert!(err(bad).message.contains("number"), "{bad}: {}", err(bad).message);
        }
        // Any magnitude is a number: beyond f64's range it is infinite (or zero).
        assert_eq!(toks("1000000000.E1000000000")[0], Tok::Const(Value::Float(f64::INFINITY)));
        assert_eq!(toks("-1e400")[0], Tok::Const(Value::Float(f64::NEG_INFINITY)));
        assert_eq!(toks("1e-400")[0], Tok::Const(Value::Float(0.0)));
        // `.e1` is a dot and a name, which the parser rejects.
        assert_eq!(toks(".e1"), vec![Tok::Dot, Tok::Ident("e1".into()), Tok::End]);
    }

    #[test]
    fn tokens_need_no_space_where_the_grammar_separates_them() {
        use Keyword::*;
        let id = |s: &str| Tok::Ident(s.into());
        let eq = Tok::Op(CmpOp::Eq);
        let int = |v: i64| Tok::Const(Value::Int(v));
        assert_eq!(
            toks("nsites=5ANDnelements=2"),
            vec![
                id("nsites"),
                eq.clone(),
                int(5),
                Tok::Kw(And),
                id("nelements"),
                eq.clone(),
                int(2),
                Tok::End
            ]
        );
        assert_eq!(toks("NOTnsites=1")[..2], [Tok::Kw(Not), id("nsites")]);
        assert_eq!(toks("nsitesIS KNOWN")[..3], [id("nsites"), Tok::Kw(Is), Tok::Kw(Known)]);
        assert_eq!(toks("xISUNKNOWN")[1..3], [Tok::Kw(Is), Tok::Kw(Unknown)]);
        assert_eq!(toks("x ANDNOT y")[1..3], [Tok::Kw(And), Tok::Kw(Not)]);
        assert_eq!(toks("e HASALL\"O\"")[1..3], [Tok::Kw(Has), Tok::Kw(All)]);
        assert_eq!(toks("1.5e3OR")[..2], [Tok::Const(Value::Float(1500.0)), Tok::Kw(Or)]);
        assert_eq!(toks("5and x")[..2], [int(5), Tok::Kw(And)]);
        assert!(err("band_Gap > 1").message.contains("field names are lower case: `band_gap`"));
    }

    #[test]
    fn strings_unescape_quotes_and_backslashes() {
        assert_eq!(toks(r#""a\"b\\c""#)[0], Tok::Const(Value::String("a\"b\\c".into())));
        assert_eq!(toks(r#""Fe—Ü""#)[0], Tok::Const(Value::String("Fe—Ü".into())));
        let e = err(r#"x = "a\nb""#);
        assert_eq!(e.span, 6..8);
        assert!(e.message.contains("invalid escape"));
        let e = err(r#"x = "abc"#);
        assert_eq!(e.span, 4..8);
        assert!(e.message.contains("unterminated"));
        assert!(err(r#"x = "abc\"#).message.contains("unterminated"));
    }

    #[test]
    fn keywords_in_either_case_and_names_in_lower_case() {
        let id = |s: &str| Tok::Ident(s.into());
        assert_eq!(
            toks("a AND b and _mp_c"),
            vec![id("a"), Tok::Kw(Keyword::And), id("b"), Tok::Kw(Keyword::And), id("_mp_c"), Tok::End]
        );
        assert!(err("a And b").message.contains("keywords are written in upper case (AND)"));
        let e = err("x > 1 AND Band_gap > 1");
        assert_eq!(e.span, 10..18);
        assert!(e.message.contains("field names are lower case: `band_gap`"), "{}", e.message);
        assert!(err(r#"elements HAS Li"#).message.contains(r#"double quotes: "Li""#));
        assert!(err("Foo").message.contains("neither a field name"));
    }

    #[test]
    fn operators_and_their_common_misspellings() {
        let ops: Vec<Tok> = toks("= != < <= > >=").into_iter().take(6).collect();
        use CmpOp::*;
        assert_eq!(ops, [Eq, Ne, Lt, Le, Gt, Ge].map(Tok::Op).to_vec());
        assert_eq!(toks("a<=1").len(), 4);
        assert!(err("a == 1").message.contains("equality is written `=`"));
        assert!(err("a ! b").message.contains("NOT"));
        assert!(err("a=1 && b=2").message.contains("AND"));
        assert!(err("a=1 || b=2").message.contains("OR"));
        assert!(err("a = 'x'").message.contains("double quotes"));
        let e = err("a = 1 § 2");
        assert_eq!(e.span, 6..8, "the span covers the whole multi-byte character");
        assert!(err("a = -é").message.contains("followed by"));
        assert_eq!(err("a = \u{1}").span.start, 4);
    }

    #[test]
    fn spans_are_byte_ranges_and_end_is_empty_at_the_end() {
        let t = tokenize("  ab\t>\n 1.5 ").unwrap();
        let spans: Vec<_> = t.iter().map(|t| t.span.clone()).collect();
        assert_eq!(spans, vec![2..4, 5..6, 8..11, 12..12]);
    }
}

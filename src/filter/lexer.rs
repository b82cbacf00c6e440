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
    if b.get(end).is_some_and(|&c| is_word_char(c) || c == b'.') {
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

fn float(text: &str, span: Range<usize>) -> Result<f64, Located> {
    match text.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        _ => Err(Located::new(span, format!("number `{text}` is out of the range of a 64-bit float"))),
    }
}

/// A keyword or a field name starting at `start`.
fn word(src: &str, start: usize) -> Result<Token, Located> {
    let b = src.as_bytes();
    let mut end = start;
    while end < b.len() && is_word_char(b[end]) {
        end += 1;
    }
    let text = &src[start..end];
    let span = start..end;
    let upper = text.to_ascii_uppercase();
    let keyword = Keyword::lookup(&upper);
    if let Some(k) = keyword {
        if text == upper || text == text.to_ascii_lowercase() {
            return Ok(Token { tok: Tok::Kw(k), span });
        }
        return Err(Located::new(
            span,
            format!("`{text}`: keywords are written in upper case ({upper}) or lower case"),
        ));
    }
    let identifier = !b[start].is_ascii_digit() && !text.bytes().any(|c| c.is_ascii_uppercase());
    if identifier {
        return Ok(Token { tok: Tok::Ident(text.to_string()), span });
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
        for bad in ["1.234D12", "1.23E+++", "+-123", "3AND", "1e", "1.2.3"] {
            assert!(err(bad).message.contains("number"), "{bad}: {}", err(bad).message);
        }
        assert!(err("1000000000.E1000000000").message.contains("out of the range"));
        // `.e1` is a dot and a name, which the parser rejects.
        assert_eq!(toks(".e1"), vec![Tok::Dot, Tok::Ident("e1".into()), Tok::End]);
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

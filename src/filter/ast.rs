//! The syntax tree of a filter, with the byte span of every node, and its canonical printing
//! (upper-case keywords, the fewest parentheses that keep the tree): printing a tree and
//! parsing the text again gives the same tree, up to spans.

use super::fields::Field;
use std::fmt;
use std::ops::Range;

/// A byte range in the filter text.
pub type Span = Range<usize>;

/// A constant written in a filter.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A string (escapes resolved).
    String(String),
    /// An integer literal (no `.` and no exponent) that fits in an i64.
    Int(i64),
    /// Any other number; always finite.
    Float(f64),
    /// `TRUE` or `FALSE`.
    Bool(bool),
}

impl Value {
    /// The value as a float, for numbers.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Int(i) => Some(*i as f64),
            Value::Float(x) => Some(*x),
            _ => None,
        }
    }

    /// How the value's type reads in an error message.
    pub(crate) fn describe(&self) -> &'static str {
        match self {
            Value::String(_) => "a string",
            Value::Int(_) | Value::Float(_) => "a number",
            Value::Bool(_) => "a boolean",
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::String(s) => {
                f.write_str("\"")?;
                for c in s.chars() {
                    if c == '"' || c == '\\' {
                        f.write_str("\\")?;
                    }
                    write!(f, "{c}")?;
                }
                f.write_str("\"")
            }
            Value::Int(i) => write!(f, "{i}"),
            // A literal beyond f64's range was read as ±infinity: written as one that still is.
            Value::Float(x) if x.is_infinite() => f.write_str(if *x > 0.0 { "1e999" } else { "-1e999" }),
            // Debug keeps a `.` or an exponent, so the text parses back as a float.
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Bool(true) => f.write_str("TRUE"),
            Value::Bool(false) => f.write_str("FALSE"),
        }
    }
}

/// A comparison operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CmpOp {
    /// `=`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

impl CmpOp {
    /// The operator with its operands swapped: `a < b` is `b > a`.
    pub fn flip(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
            other => other,
        }
    }

    /// Apply to two ordered values.
    pub fn holds<T: PartialOrd + ?Sized>(self, a: &T, b: &T) -> bool {
        match self {
            CmpOp::Eq => a == b,
            CmpOp::Ne => a != b,
            CmpOp::Lt => a < b,
            CmpOp::Le => a <= b,
            CmpOp::Gt => a > b,
            CmpOp::Ge => a >= b,
        }
    }
}

impl fmt::Display for CmpOp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CmpOp::Eq => "=",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        })
    }
}

/// A substring operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextOp {
    /// `CONTAINS`
    Contains,
    /// `STARTS [WITH]`
    StartsWith,
    /// `ENDS [WITH]`
    EndsWith,
}

impl TextOp {
    /// Apply to a string and a pattern.
    pub fn holds(self, s: &str, pattern: &str) -> bool {
        match self {
            TextOp::Contains => s.contains(pattern),
            TextOp::StartsWith => s.starts_with(pattern),
            TextOp::EndsWith => s.ends_with(pattern),
        }
    }
}

impl fmt::Display for TextOp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TextOp::Contains => "CONTAINS",
            TextOp::StartsWith => "STARTS WITH",
            TextOp::EndsWith => "ENDS WITH",
        })
    }
}

/// Which list operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HasMode {
    /// `HAS v`: some item passes the one test.
    One,
    /// `HAS ALL v1, v2`: every test is passed by some item.
    All,
    /// `HAS ANY v1, v2`: some item passes some test.
    Any,
    /// `HAS ONLY v1, v2`: every item passes some test (true for an empty list).
    Only,
}

/// A field or a constant, with its span.
#[derive(Debug, Clone, PartialEq)]
pub struct Operand {
    /// What it is.
    pub kind: OperandKind,
    /// Where it is.
    pub span: Span,
}

/// A field or a constant.
#[derive(Debug, Clone, PartialEq)]
pub enum OperandKind {
    /// A field, resolved.
    Field(Field),
    /// A constant.
    Value(Value),
}

impl fmt::Display for Operand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            OperandKind::Field(field) => f.write_str(&field.name),
            OperandKind::Value(v) => write!(f, "{v}"),
        }
    }
}

/// How one list item is tested in `HAS`: `=` unless another operator is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemOp {
    /// A comparison (`HAS < 3`).
    Cmp(CmpOp),
    /// A substring test (`HAS STARTS WITH "L"`).
    Text(TextOp),
}

/// One test of a `HAS` value list.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemTest {
    /// The operator.
    pub op: ItemOp,
    /// The constant.
    pub value: Operand,
    /// Where the test is, operator included.
    pub span: Span,
}

impl fmt::Display for ItemTest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.op {
            ItemOp::Cmp(CmpOp::Eq) => write!(f, "{}", self.value),
            ItemOp::Cmp(op) => write!(f, "{op} {}", self.value),
            ItemOp::Text(op) => write!(f, "{op} {}", self.value),
        }
    }
}

/// A node of the tree and its span.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    /// What it is.
    pub kind: ExprKind,
    /// Where it is (parentheses included).
    pub span: Span,
}

/// The kinds of node.
#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    /// Any of these (two or more).
    Or(Vec<Expr>),
    /// All of these (two or more).
    And(Vec<Expr>),
    /// The negation.
    Not(Box<Expr>),
    /// `left op right`: field or constant on either side.
    Compare {
        /// Left operand.
        left: Operand,
        /// Operator.
        op: CmpOp,
        /// Right operand.
        right: Operand,
    },
    /// `field IS KNOWN` (`known`) or `field IS UNKNOWN`.
    Known {
        /// The field.
        field: Operand,
        /// KNOWN or UNKNOWN.
        known: bool,
    },
    /// `field CONTAINS / STARTS WITH / ENDS WITH value`.
    Text {
        /// The string field.
        field: Operand,
        /// Operator.
        op: TextOp,
        /// The substring (a string constant or a string field).
        value: Operand,
    },
    /// `field HAS [ALL | ANY | ONLY] tests`.
    Has {
        /// The list field.
        field: Operand,
        /// Which list operator.
        mode: HasMode,
        /// The tests, one or more.
        items: Vec<ItemTest>,
    },
    /// `field LENGTH [op] value` (also written `LENGTH field op value`).
    Length {
        /// The list field.
        field: Operand,
        /// Operator (`=` when none is written).
        op: CmpOp,
        /// The number.
        value: Operand,
    },
    /// A field alone: true when the (boolean) field is true.
    Truth {
        /// The field.
        field: Operand,
    },
}

impl Expr {
    /// Binding strength when printed: OR 1, AND 2, NOT 3, comparisons 4.
    fn precedence(&self) -> u8 {
        match self.kind {
            ExprKind::Or(_) => 1,
            ExprKind::And(_) => 2,
            ExprKind::Not(_) => 3,
            _ => 4,
        }
    }

    /// The same tree with every span set to `0..0`: compares the structure of two filters
    /// written differently.
    pub fn without_spans(&self) -> Expr {
        let op = |o: &Operand| Operand { kind: o.kind.clone(), span: 0..0 };
        let kind = match &self.kind {
            ExprKind::Or(v) => ExprKind::Or(v.iter().map(Expr::without_spans).collect()),
            ExprKind::And(v) => ExprKind::And(v.iter().map(Expr::without_spans).collect()),
            ExprKind::Not(e) => ExprKind::Not(Box::new(e.without_spans())),
            ExprKind::Compare { left, op: o, right } => {
                ExprKind::Compare { left: op(left), op: *o, right: op(right) }
            }
            ExprKind::Known { field, known } => ExprKind::Known { field: op(field), known: *known },
            ExprKind::Text { field, op: o, value } => {
                ExprKind::Text { field: op(field), op: *o, value: op(value) }
            }
            ExprKind::Has { field, mode, items } => ExprKind::Has {
                field: op(field),
                mode: *mode,
                items: items.iter().map(|t| ItemTest { op: t.op, value: op(&t.value), span: 0..0 }).collect(),
            },
            ExprKind::Length { field, op: o, value } => {
                ExprKind::Length { field: op(field), op: *o, value: op(value) }
            }
            ExprKind::Truth { field } => ExprKind::Truth { field: op(field) },
        };
        Expr { kind, span: 0..0 }
    }

    /// Call `f` on this node and every node below it, parents first.
    pub fn visit<'a>(&'a self, f: &mut impl FnMut(&'a Expr)) {
        f(self);
        match &self.kind {
            ExprKind::Or(v) | ExprKind::And(v) => v.iter().for_each(|e| e.visit(f)),
            ExprKind::Not(e) => e.visit(f),
            _ => {}
        }
    }

    /// The operands of this node (not of its children).
    pub fn operands(&self) -> Vec<&Operand> {
        match &self.kind {
            ExprKind::Or(_) | ExprKind::And(_) | ExprKind::Not(_) => vec![],
            ExprKind::Compare { left, right, .. } => vec![left, right],
            ExprKind::Known { field, .. } | ExprKind::Truth { field } => vec![field],
            ExprKind::Text { field, value, .. } | ExprKind::Length { field, value, .. } => vec![field, value],
            ExprKind::Has { field, items, .. } => {
                std::iter::once(field).chain(items.iter().map(|t| &t.value)).collect()
            }
        }
    }
}

/// Print `e`, in parentheses when it binds more loosely than `min`.
fn child(f: &mut fmt::Formatter<'_>, e: &Expr, min: u8) -> fmt::Result {
    if e.precedence() < min {
        write!(f, "({e})")
    } else {
        write!(f, "{e}")
    }
}

fn list(f: &mut fmt::Formatter<'_>, items: &[Expr], sep: &str, min: u8) -> fmt::Result {
    for (k, e) in items.iter().enumerate() {
        if k > 0 {
            f.write_str(sep)?;
        }
        child(f, e, min)?;
    }
    Ok(())
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            // A nested OR inside an OR is printed in parentheses so that it parses back as
            // the same (nested) tree; likewise for AND.
            ExprKind::Or(v) => list(f, v, " OR ", 2),
            ExprKind::And(v) => list(f, v, " AND ", 3),
            // The grammar allows only a comparison or a parenthesised expression after NOT.
            ExprKind::Not(e) => {
                f.write_str("NOT ")?;
                child(f, e, 4)
            }
            ExprKind::Compare { left, op, right } => write!(f, "{left} {op} {right}"),
            ExprKind::Known { field, known } => {
                write!(f, "{field} IS {}", if *known { "KNOWN" } else { "UNKNOWN" })
            }
            ExprKind::Text { field, op, value } => write!(f, "{field} {op} {value}"),
            ExprKind::Has { field, mode, items } => {
                write!(f, "{field} HAS ")?;
                match mode {
                    HasMode::One => {}
                    HasMode::All => f.write_str("ALL ")?,
                    HasMode::Any => f.write_str("ANY ")?,
                    HasMode::Only => f.write_str("ONLY ")?,
                }
                for (k, t) in items.iter().enumerate() {
                    if k > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{t}")?;
                }
                Ok(())
            }
            ExprKind::Length { field, op, value } => write!(f, "{field} LENGTH {op} {value}"),
            ExprKind::Truth { field } => write!(f, "{field}"),
        }
    }
}

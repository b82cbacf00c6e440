//! Filters: "which rows match `band_gap > 1.5 AND elements HAS ALL "Li","O"`?"
//!
//! The OPTIMADE filter language (specification v1.2) over the stored columns:
//! [`Filter::parse`] turns the text into a type-checked tree ([`ast`]) whose every node
//! knows its byte span, [`Filter::columns`] names the stored columns it reads, and
//! [`Filter::evaluate`] computes a row mask of one Arrow batch with Arrow's compute kernels.
//! [`Filter::may_match`] tells from a shard's min/max statistics whether any of its rows can
//! match, so that [`crate::Snapshot::select`] skips shards without reading them.
//!
//! ```
//! use crystaldb::filter::Filter;
//! # fn main() -> crystaldb::Result<()> {
//! let f = Filter::parse(r#"band_gap > 1.5 AND elements HAS ALL "Li","O" AND nelements <= 4"#)?;
//! assert_eq!(f.columns(), ["elements", "nelements", "band_gap"]);
//!
//! let e = Filter::parse("bandgap > 1.5").unwrap_err();
//! assert!(e.to_string().contains("did you mean `band_gap`?"));
//! # Ok(())
//! # }
//! ```
//!
//! Unknown values follow [three-valued logic](#three-valued-logic): a test
//! on an unknown value never matches, and neither does its negation; `IS UNKNOWN` finds such
//! rows. Keywords are upper case as in the specification; their all-lower-case spelling is
//! accepted too. The grammar and the field names are in `docs/FILTER.md`.
//!
//! # Three-valued logic
//! A comparison, substring, list or length test on an unknown (null) value is unknown; NOT
//! unknown is unknown; AND and OR follow Kleene (`false AND unknown` is false, `true OR
//! unknown` is true); `IS KNOWN` and `IS UNKNOWN` are never unknown; an unknown result is no
//! match.

pub mod ast;
mod check;
mod eval;
pub mod fields;
mod lexer;
mod parser;
mod prune;

pub use ast::{CmpOp, Expr, ExprKind, HasMode, ItemOp, ItemTest, Operand, OperandKind, Span, TextOp, Value};
pub use fields::{Field, FieldInfo, FieldSource, FieldType, FIELDS, PROVIDER_PREFIX};
pub use parser::MAX_DEPTH;
pub use prune::Stats;

use crate::error::{Error, Result};
use crate::schema::COLUMNS;
use arrow::array::{BooleanArray, RecordBatch};
use std::fmt;
use std::ops::Range;

/// A parsed, type-checked filter.
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    query: String,
    expr: Expr,
    warnings: Vec<String>,
}

impl Filter {
    /// Parse and type-check a filter. Errors are [`Error::Filter`] with the byte span of the
    /// offending text and what was expected there.
    pub fn parse(query: &str) -> Result<Filter> {
        let located =
            |l: Located| Error::Filter { query: query.to_string(), span: l.span, message: l.message };
        let expr = parser::parse(query).map_err(located)?;
        let mut warnings = Vec::new();
        check::check(&expr, &mut warnings).map_err(located)?;
        Ok(Filter { query: query.to_string(), expr, warnings })
    }

    /// A located message about this filter's text as an [`Error::Filter`].
    pub(crate) fn error_at(&self, l: Located) -> Error {
        Error::Filter { query: self.query.clone(), span: l.span, message: l.message }
    }

    /// The text the filter was parsed from.
    pub fn query(&self) -> &str {
        &self.query
    }

    /// The syntax tree.
    pub fn expr(&self) -> &Expr {
        &self.expr
    }

    /// Notes about the filter that are not errors: names with another provider's prefix, which
    /// are treated as unknown (OPTIMADE "Handling unknown property names").
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// The stored columns the filter reads, in schema order (possibly none, e.g. for
    /// `last_modified IS UNKNOWN`).
    pub fn columns(&self) -> Vec<&'static str> {
        let mut used = Vec::new();
        self.expr.visit(&mut |e| {
            for op in e.operands() {
                if let OperandKind::Field(f) = &op.kind {
                    used.extend(f.source.columns());
                }
            }
        });
        COLUMNS.iter().copied().filter(|c| used.contains(c)).collect()
    }

    /// The prediction sets the filter reads (`_crystaldb_<set>` names that are not structure
    /// fields), each once with the span of its first use, in order of appearance.
    pub fn prediction_sets(&self) -> Vec<(String, Span)> {
        let mut out: Vec<(String, Span)> = Vec::new();
        self.expr.visit(&mut |e| {
            for op in e.operands() {
                if let OperandKind::Field(f) = &op.kind {
                    if let Some(set) = f.prediction_set() {
                        if !out.iter().any(|(s, _)| s == set) {
                            out.push((set.to_string(), op.span.clone()));
                        }
                    }
                }
            }
        });
        out
    }

    /// The row mask of `batch`: true where the filter matches, false where it does not or is
    /// unknown. The batch needs the columns of [`Filter::columns`] (it may have more), with the
    /// types of the structures schema, and for a filter on prediction sets their values
    /// (what [`crate::Snapshot::bind`] adds; an error without them).
    pub fn evaluate(&self, batch: &RecordBatch) -> Result<BooleanArray> {
        Ok(eval::null_as_false(&eval::eval(&self.expr, batch)?))
    }

    /// The row mask in three-valued logic: null where the filter is unknown.
    pub fn evaluate_kleene(&self, batch: &RecordBatch) -> Result<BooleanArray> {
        eval::eval(&self.expr, batch)
    }

    /// False only when no row whose numeric columns lie within `stats` (min, max over the
    /// non-null values, per column) can match; true when one may.
    pub fn may_match(&self, stats: &Stats) -> bool {
        prune::maybe(&self.expr, stats).t
    }
}

impl std::str::FromStr for Filter {
    type Err = Error;

    fn from_str(s: &str) -> Result<Filter> {
        Filter::parse(s)
    }
}

/// The canonical text: upper-case keywords, `STARTS WITH`, explicit operators, the fewest
/// parentheses. It parses back to the same tree (up to spans).
impl fmt::Display for Filter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.expr)
    }
}

/// The column under which a bound filter finds the values of prediction set `set` in a batch
/// (a name no stored column has).
pub(crate) fn predicted_column(set: &str) -> String {
    format!("predicted:{set}")
}

/// A message at a byte span, before it knows its query.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Located {
    pub span: Range<usize>,
    pub message: String,
}

impl Located {
    pub(crate) fn new(span: Range<usize>, message: impl Into<String>) -> Self {
        Located { span, message: message.into() }
    }
}

/// The line of `query` holding `span`, and a caret line under the span, each on its own
/// line and indented by two spaces; empty when the span does not fit the query.
pub(crate) fn caret_lines(query: &str, span: &Range<usize>) -> String {
    if query.is_empty() || span.start > query.len() || !query.is_char_boundary(span.start) {
        return String::new();
    }
    let line_start = query[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = query[span.start..].find('\n').map_or(query.len(), |i| span.start + i);
    let end = span.end.clamp(span.start, line_end);
    let end = (end..=line_end).find(|&i| query.is_char_boundary(i)).unwrap_or(line_end);
    let line = query[line_start..line_end].trim_end_matches('\r');
    let pad: String =
        query[line_start..span.start].chars().map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
    let carets = query[span.start..end].chars().count().max(1);
    format!("\n  {line}\n  {pad}{}", "^".repeat(carets))
}

#[cfg(test)]
mod tests;

//! Shard pruning: from a shard's per-column (min, max) over its non-null values, can any row
//! of the shard match? Each node gets two answers, "some row may be TRUE" and "some row may
//! be FALSE" (NOT swaps them; unknown rows are neither), and only numeric comparisons of a
//! field with a constant narrow them. Every answer errs towards "may": a shard is skipped
//! only when no row can match.

use super::ast::{CmpOp, Expr, ExprKind, Operand, OperandKind};
use super::fields::{FieldSource, FieldType};
use std::collections::BTreeMap;

/// Per-column (min, max) over the non-null values of one shard, as in
/// [`crate::catalog::ShardInfo::stats`].
pub type Stats = BTreeMap<String, (f64, f64)>;

/// (may be true for some row, may be false for some row).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Maybe {
    pub t: bool,
    pub f: bool,
}

const ANY: Maybe = Maybe { t: true, f: true };
const NEVER: Maybe = Maybe { t: false, f: false };

pub(crate) fn maybe(e: &Expr, stats: &Stats) -> Maybe {
    match &e.kind {
        ExprKind::Or(v) => v
            .iter()
            .map(|x| maybe(x, stats))
            .fold(Maybe { t: false, f: true }, |a, b| Maybe { t: a.t || b.t, f: a.f && b.f }),
        ExprKind::And(v) => v
            .iter()
            .map(|x| maybe(x, stats))
            .fold(Maybe { t: true, f: false }, |a, b| Maybe { t: a.t && b.t, f: a.f || b.f }),
        ExprKind::Not(x) => {
            let m = maybe(x, stats);
            Maybe { t: m.f, f: m.t }
        }
        ExprKind::Known { field, known } if null_field(field) => Maybe { t: !known, f: *known },
        ExprKind::Known { .. } => ANY,
        ExprKind::Compare { left, op, right } => {
            if null_field(left) || null_field(right) {
                return NEVER;
            }
            match (range(left, stats), constant(right), constant(left), range(right, stats)) {
                (Some(r), Some(c), _, _) => interval(r, *op, c),
                (_, _, Some(c), Some(r)) => interval(r, op.flip(), c),
                _ => ANY,
            }
        }
        ExprKind::Length { field, op, value } => {
            if null_field(field) {
                return NEVER;
            }
            // The length of `elements` is `nelements`; of `species_at_sites`, `nsites`.
            let key = match field_source(field) {
                Some(FieldSource::Column("elements")) => "nelements",
                Some(FieldSource::Column("species_at_sites")) => "nsites",
                _ => return ANY,
            };
            match (stats.get(key), constant(value)) {
                (Some(&r), Some(c)) => interval(r, *op, c),
                _ => ANY,
            }
        }
        ExprKind::Text { field, value, .. } => {
            if null_field(field) || null_field(value) {
                NEVER
            } else {
                ANY
            }
        }
        ExprKind::Has { field, .. } | ExprKind::Truth { field } => {
            if null_field(field) {
                NEVER
            } else {
                ANY
            }
        }
    }
}

fn field_source(op: &Operand) -> Option<FieldSource> {
    match &op.kind {
        OperandKind::Field(f) => Some(f.source),
        OperandKind::Value(_) => None,
    }
}

/// A field that is unknown for every row.
fn null_field(op: &Operand) -> bool {
    field_source(op) == Some(FieldSource::Null)
}

/// The (min, max) of a numeric stored column.
fn range(op: &Operand, stats: &Stats) -> Option<(f64, f64)> {
    match &op.kind {
        OperandKind::Field(f) if matches!(f.ty, FieldType::Integer | FieldType::Float) => match f.source {
            FieldSource::Column(c) => stats.get(c).copied().filter(|(lo, hi)| lo <= hi),
            _ => None,
        },
        _ => None,
    }
}

fn constant(op: &Operand) -> Option<f64> {
    match &op.kind {
        OperandKind::Value(v) => v.as_f64(),
        OperandKind::Field(_) => None,
    }
}

/// Whether `x op c` can be true, and can be false, for some x in [lo, hi].
fn interval((lo, hi): (f64, f64), op: CmpOp, c: f64) -> Maybe {
    let can = |op: CmpOp| match op {
        CmpOp::Eq => lo <= c && c <= hi,
        CmpOp::Ne => !(lo == c && hi == c),
        CmpOp::Lt => lo < c,
        CmpOp::Le => lo <= c,
        CmpOp::Gt => hi > c,
        CmpOp::Ge => hi >= c,
    };
    let negated = match op {
        CmpOp::Eq => CmpOp::Ne,
        CmpOp::Ne => CmpOp::Eq,
        CmpOp::Lt => CmpOp::Ge,
        CmpOp::Le => CmpOp::Gt,
        CmpOp::Gt => CmpOp::Le,
        CmpOp::Ge => CmpOp::Lt,
    };
    Maybe { t: can(op), f: can(negated) }
}

//! Evaluation of a checked tree over one Arrow batch, column at a time with Arrow's compute
//! kernels, in three-valued (Kleene) logic:
//!
//! - a comparison, substring, list or length test on an unknown (null) value is *unknown*;
//! - NOT unknown is unknown; `false AND unknown` is false, `true OR unknown` is true;
//! - `IS KNOWN` / `IS UNKNOWN` are never unknown;
//! - at the top, unknown is no match.
//!
//! So `NOT band_gap > 1` does not match a row without a band gap (OPTIMADE: a comparison that
//! involves an unknown value never matches), and `band_gap IS UNKNOWN OR NOT band_gap > 1`
//! does. Numbers are compared as f64 (every i32 is exact); NaN counts as unknown and -0.0
//! equals 0.0. Strings compare byte-wise (Unicode code point order). List items are never null
//! (schema invariant).

use super::ast::{CmpOp, Expr, ExprKind, HasMode, ItemOp, ItemTest, Operand, OperandKind, TextOp, Value};
use super::fields::{Field, FieldSource, FieldType};
use crate::error::{Error, Result};
use arrow::array::{
    new_null_array, Array, ArrayRef, BooleanArray, Datum, Float64Array, ListArray, ListBuilder, RecordBatch,
    Scalar, StringArray, StringBuilder,
};
use arrow::buffer::{BooleanBuffer, NullBuffer, ScalarBuffer};
use arrow::compute::kernels::{boolean, cast::cast, cmp, comparison, numeric};
use arrow::datatypes::DataType;
use std::sync::Arc;

/// Occupancies below this mark a partially occupied site (as in `Structure::is_ordered`).
const FULL_OCCUPANCY: f64 = 1.0 - 1e-9;

/// Evaluate `e` on `batch`; the result is null where the filter is unknown.
pub(crate) fn eval(e: &Expr, batch: &RecordBatch) -> Result<BooleanArray> {
    let n = batch.num_rows();
    match &e.kind {
        ExprKind::Or(v) | ExprKind::And(v) => {
            let or = matches!(e.kind, ExprKind::Or(_));
            let Some((first, rest)) = v.split_first() else { return Err(Error::invalid("empty AND/OR")) };
            let mut acc = eval(first, batch)?;
            for x in rest {
                let r = eval(x, batch)?;
                acc = if or { boolean::or_kleene(&acc, &r) } else { boolean::and_kleene(&acc, &r) }
                    .map_err(arrow)?;
            }
            Ok(acc)
        }
        ExprKind::Not(x) => boolean::not(&eval(x, batch)?).map_err(arrow),
        ExprKind::Compare { left, op, right } => compare(batch, left, *op, right),
        ExprKind::Known { field, known } => {
            let a = field_array(batch, field_of(field)?)?;
            if *known { boolean::is_not_null(&a) } else { boolean::is_null(&a) }.map_err(arrow)
        }
        ExprKind::Text { field, op, value } => {
            let f = field_of(field)?;
            if unknown(f) || matches!(&value.kind, OperandKind::Field(g) if unknown(g)) {
                return Ok(BooleanArray::new_null(n));
            }
            let s = field_array(batch, f)?;
            let pattern = side(batch, value)?;
            text(&s, *op, pattern.datum())
        }
        ExprKind::Has { field, mode, items } => {
            let f = field_of(field)?;
            if unknown(f) {
                return Ok(BooleanArray::new_null(n));
            }
            let list = list_array(batch, f)?;
            has(&list, f, *mode, items)
        }
        ExprKind::Length { field, op, value } => {
            let f = field_of(field)?;
            let Some(c) = constant_number(value) else {
                return Err(Error::invalid(format!("LENGTH needs a number, found {value}")));
            };
            if unknown(f) {
                return Ok(BooleanArray::new_null(n));
            }
            let list = list_array(batch, f)?;
            let offsets = list.value_offsets();
            let lengths: ScalarBuffer<f64> = offsets.windows(2).map(|w| (w[1] - w[0]) as f64).collect();
            let lengths = Float64Array::new(lengths, list.nulls().cloned());
            cmp_op(*op, &lengths, &Scalar::new(Float64Array::from(vec![c])))
        }
        ExprKind::Truth { field } => {
            let f = field_of(field)?;
            if unknown(f) {
                return Ok(BooleanArray::new_null(n));
            }
            Err(Error::invalid(format!("`{}` is not a boolean field", f.name)))
        }
    }
}

/// The mask with unknown (null) entries turned into false, and no null buffer.
pub(crate) fn null_as_false(m: &BooleanArray) -> BooleanArray {
    match m.nulls() {
        Some(n) => BooleanArray::new(m.values() & n.inner(), None),
        None => BooleanArray::new(m.values().clone(), None),
    }
}

fn arrow(e: arrow::error::ArrowError) -> Error {
    Error::invalid(format!("filter evaluation: {e}"))
}

fn field_of(op: &Operand) -> Result<&Field> {
    match &op.kind {
        OperandKind::Field(f) => Ok(f),
        OperandKind::Value(v) => Err(Error::invalid(format!("expected a field, found the constant {v}"))),
    }
}

/// Whether the field is unknown for every row.
fn unknown(f: &Field) -> bool {
    f.source == FieldSource::Null
}

fn constant_number(op: &Operand) -> Option<f64> {
    match &op.kind {
        // `+ 0.0` turns -0.0 into 0.0, so that `= 0` matches both zeros.
        OperandKind::Value(v) => v.as_f64().map(|x| x + 0.0),
        OperandKind::Field(_) => None,
    }
}

fn column<'a>(batch: &'a RecordBatch, name: &str) -> Result<&'a ArrayRef> {
    batch
        .column_by_name(name)
        .ok_or_else(|| Error::invalid(format!("the filter reads column `{name}`, which the batch lacks")))
}

/// Floats with NaN turned into null and -0.0 into 0.0.
fn normalize(a: &Float64Array) -> Float64Array {
    let values: ScalarBuffer<f64> = a.values().iter().map(|v| v + 0.0).collect();
    let not_nan = NullBuffer::new(BooleanBuffer::collect_bool(a.len(), |i| !a.value(i).is_nan()));
    Float64Array::new(values, NullBuffer::union(a.nulls(), Some(&not_nan)))
}

/// Any numeric array as normalized f64.
fn as_f64(a: &dyn Array) -> Result<Float64Array> {
    if !a.data_type().is_numeric() {
        return Err(Error::invalid(format!("expected a numeric column, found {:?}", a.data_type())));
    }
    let f = cast(a, &DataType::Float64).map_err(arrow)?;
    let f = f
        .as_any()
        .downcast_ref::<Float64Array>()
        .ok_or_else(|| Error::invalid("cast to Float64 gave another type"))?;
    Ok(normalize(f))
}

/// The values of a field over the batch: numbers as f64, strings as Utf8, lists as lists,
/// unknown fields as a null array.
fn field_array(batch: &RecordBatch, f: &Field) -> Result<ArrayRef> {
    let n = batch.num_rows();
    Ok(match f.source {
        FieldSource::Null => new_null_array(&DataType::Null, n),
        FieldSource::VolumePerAtom => {
            let volume = as_f64(column(batch, "volume")?)?;
            let nsites = as_f64(column(batch, "nsites")?)?;
            let ratio = numeric::div(&volume, &nsites).map_err(arrow)?;
            Arc::new(as_f64(&ratio)?)
        }
        FieldSource::StructureFeatures => Arc::new(structure_features(batch)?),
        FieldSource::PeriodicDimensions => Arc::new(Float64Array::from(vec![3.0; n])),
        FieldSource::Predicted => {
            let set = f.prediction_set().unwrap_or(&f.name);
            let a = batch.column_by_name(&super::predicted_column(set)).ok_or_else(|| {
                Error::invalid(format!(
                    "the filter reads the prediction set `{set}`: bind it to a snapshot (Snapshot::bind) \
                     to evaluate it"
                ))
            })?;
            Arc::new(as_f64(a)?)
        }
        FieldSource::Column(c) => {
            let a = column(batch, c)?;
            match f.ty {
                FieldType::Integer | FieldType::Float => Arc::new(as_f64(a)?),
                FieldType::String if a.data_type() == &DataType::Utf8 => a.clone(),
                t if t.is_list() && matches!(a.data_type(), DataType::List(_)) => a.clone(),
                _ => {
                    return Err(Error::invalid(format!(
                        "column `{c}` is {:?}, but the filter reads it as {}",
                        a.data_type(),
                        f.ty.describe()
                    )));
                }
            }
        }
    })
}

/// OPTIMADE `structure_features` from the occupancy lists.
fn structure_features(batch: &RecordBatch) -> Result<ListArray> {
    let occ = list_of(column(batch, "occupancy")?, "occupancy")?;
    let values = as_f64(occ.values())?;
    let mut b = ListBuilder::new(StringBuilder::new());
    for (row, w) in occ.value_offsets().windows(2).enumerate() {
        if occ.is_null(row) {
            b.append_null();
            continue;
        }
        let partial =
            (w[0] as usize..w[1] as usize).any(|k| values.is_valid(k) && values.value(k) < FULL_OCCUPANCY);
        if partial {
            b.values().append_value("disorder");
        }
        b.append(true);
    }
    Ok(b.finish())
}

fn list_of<'a>(a: &'a ArrayRef, name: &str) -> Result<&'a ListArray> {
    a.as_any()
        .downcast_ref::<ListArray>()
        .ok_or_else(|| Error::invalid(format!("`{name}` is not a list column")))
}

fn list_array(batch: &RecordBatch, f: &Field) -> Result<ListArray> {
    let a = field_array(batch, f)?;
    Ok(list_of(&a, &f.name)?.clone())
}

/// One side of a comparison: an array over the batch or a one-value scalar.
enum Side {
    Array(ArrayRef),
    Scalar(Scalar<ArrayRef>),
}

impl Side {
    fn datum(&self) -> &dyn Datum {
        match self {
            Side::Array(a) => a,
            Side::Scalar(s) => s,
        }
    }
}

fn side(batch: &RecordBatch, op: &Operand) -> Result<Side> {
    Ok(match &op.kind {
        OperandKind::Field(f) => Side::Array(field_array(batch, f)?),
        OperandKind::Value(Value::String(s)) => {
            Side::Scalar(Scalar::new(Arc::new(StringArray::from(vec![s.as_str()]))))
        }
        OperandKind::Value(v) => match constant_number(op) {
            Some(x) => Side::Scalar(Scalar::new(Arc::new(Float64Array::from(vec![x])))),
            None => return Err(Error::invalid(format!("{v} cannot be compared here"))),
        },
    })
}

fn cmp_op(op: CmpOp, l: &dyn Datum, r: &dyn Datum) -> Result<BooleanArray> {
    match op {
        CmpOp::Eq => cmp::eq(l, r),
        CmpOp::Ne => cmp::neq(l, r),
        CmpOp::Lt => cmp::lt(l, r),
        CmpOp::Le => cmp::lt_eq(l, r),
        CmpOp::Gt => cmp::gt(l, r),
        CmpOp::Ge => cmp::gt_eq(l, r),
    }
    .map_err(arrow)
}

fn compare(batch: &RecordBatch, left: &Operand, op: CmpOp, right: &Operand) -> Result<BooleanArray> {
    let n = batch.num_rows();
    let is_unknown = |o: &Operand| matches!(&o.kind, OperandKind::Field(f) if unknown(f));
    if is_unknown(left) || is_unknown(right) {
        return Ok(BooleanArray::new_null(n));
    }
    if let (OperandKind::Value(a), OperandKind::Value(b)) = (&left.kind, &right.kind) {
        let holds = match (a.as_f64(), b.as_f64()) {
            (Some(x), Some(y)) => op.holds(&(x + 0.0), &(y + 0.0)),
            _ => return Err(Error::invalid(format!("cannot compare the constants {a} and {b}"))),
        };
        return Ok(BooleanArray::from(vec![holds; n]));
    }
    let (l, r) = (side(batch, left)?, side(batch, right)?);
    match (&l, &r) {
        // Kernels take the array on the left: `1.5 < x` is `x > 1.5`.
        (Side::Scalar(_), Side::Array(_)) => cmp_op(op.flip(), r.datum(), l.datum()),
        _ => cmp_op(op, l.datum(), r.datum()),
    }
}

fn text(s: &ArrayRef, op: TextOp, pattern: &dyn Datum) -> Result<BooleanArray> {
    match op {
        TextOp::Contains => comparison::contains(s, pattern),
        TextOp::StartsWith => comparison::starts_with(s, pattern),
        TextOp::EndsWith => comparison::ends_with(s, pattern),
    }
    .map_err(arrow)
}

/// One item test over the flat item array of a list column; nulls read as false.
fn item_mask(items: &ArrayRef, f: &Field, t: &ItemTest) -> Result<BooleanBuffer> {
    let value = match (&t.value.kind, f.ty) {
        (OperandKind::Value(Value::String(s)), FieldType::ElementList) => {
            let z = crate::structure::element::atomic_number(s)
                .ok_or_else(|| Error::invalid(format!("\"{s}\" is not an element symbol")))?;
            Scalar::new(Arc::new(Float64Array::from(vec![z as f64])) as ArrayRef)
        }
        (OperandKind::Value(Value::String(s)), _) => {
            Scalar::new(Arc::new(StringArray::from(vec![s.as_str()])) as ArrayRef)
        }
        (OperandKind::Value(v), _) => match v.as_f64() {
            Some(x) => Scalar::new(Arc::new(Float64Array::from(vec![x + 0.0])) as ArrayRef),
            None => return Err(Error::invalid(format!("{v} cannot be a list item"))),
        },
        (OperandKind::Field(g), _) => {
            return Err(Error::invalid(format!("field `{}` in a HAS list", g.name)))
        }
    };
    let mask = match t.op {
        ItemOp::Cmp(op) => cmp_op(op, items, &value)?,
        ItemOp::Text(op) => text(items, op, &value)?,
    };
    Ok(null_as_false(&mask).values().clone())
}

fn has(list: &ListArray, f: &Field, mode: HasMode, tests: &[ItemTest]) -> Result<BooleanArray> {
    let raw = list.values();
    let items: ArrayRef = match raw.data_type() {
        DataType::Utf8 => raw.clone(),
        _ => Arc::new(as_f64(raw)?),
    };
    let masks = tests.iter().map(|t| item_mask(&items, f, t)).collect::<Result<Vec<_>>>()?;
    let Some(first) = masks.first() else { return Err(Error::invalid("HAS without values")) };
    let offsets = list.value_offsets();
    // Lists are short (elements, sites): testing their bits one by one beats counting.
    let items_of = |row: usize| offsets[row] as usize..offsets[row + 1] as usize;
    let some = |m: &BooleanBuffer, row: usize| items_of(row).any(|k| m.value(k));
    let rows = list.len();
    let values = match mode {
        HasMode::All => BooleanBuffer::collect_bool(rows, |row| masks.iter().all(|m| some(m, row))),
        HasMode::One | HasMode::Any | HasMode::Only => {
            let any = masks.iter().skip(1).fold(first.clone(), |acc, m| &acc | m);
            if mode == HasMode::Only {
                BooleanBuffer::collect_bool(rows, |row| items_of(row).all(|k| any.value(k)))
            } else {
                BooleanBuffer::collect_bool(rows, |row| some(&any, row))
            }
        }
    };
    Ok(BooleanArray::new(values, list.nulls().cloned()))
}

//! A row-at-a-time reference evaluator, written separately from the vectorised one, for
//! differential tests: `Some(b)` is true or false, `None` is unknown.

use super::Row;
use crate::filter::{
    CmpOp, Expr, ExprKind, FieldSource, HasMode, ItemOp, ItemTest, Operand, OperandKind, Value,
};

#[derive(Debug, Clone, PartialEq)]
enum V {
    Num(f64),
    Str(String),
    List(Vec<V>),
    Null,
}

fn num(x: Option<f64>) -> V {
    match x {
        Some(x) if !x.is_nan() => V::Num(x + 0.0),
        _ => V::Null,
    }
}

fn value(r: &Row, op: &Operand, element_symbols: bool) -> V {
    let f = match &op.kind {
        OperandKind::Value(Value::String(s)) if element_symbols => {
            return V::Num(crate::structure::element::atomic_number(s).map_or(f64::NAN, f64::from));
        }
        OperandKind::Value(Value::String(s)) => return V::Str(s.clone()),
        OperandKind::Value(v) => return num(v.as_f64()),
        OperandKind::Field(f) => f,
    };
    match f.source {
        FieldSource::Null | FieldSource::Predicted => V::Null,
        FieldSource::VolumePerAtom => num(Some(r.volume / r.nsites as f64)),
        FieldSource::PeriodicDimensions => num(Some(3.0)),
        FieldSource::StructureFeatures => {
            let disordered = r.occupancy.iter().any(|&o| o < 1.0 - 1e-9);
            V::List(if disordered { vec![V::Str("disorder".into())] } else { vec![] })
        }
        FieldSource::Column("elements") => V::List(r.elements.iter().map(|e| V::Str(e.clone())).collect()),
        FieldSource::Column("species_at_sites") => {
            V::List(r.species_at_sites.iter().map(|&z| V::Num(z as f64)).collect())
        }
        FieldSource::Column("occupancy") => V::List(r.occupancy.iter().map(|&o| num(Some(o))).collect()),
        FieldSource::Column(c) => match r.string(c) {
            Some(s) => V::Str(s.to_string()),
            None if ["id", "formula_reduced", "prototype"].contains(&c) => V::Null,
            None => num(r.number(c)),
        },
    }
}

fn cmp(a: &V, op: CmpOp, b: &V) -> Option<bool> {
    match (a, b) {
        (V::Num(x), V::Num(y)) => Some(op.holds(x, y)),
        (V::Str(x), V::Str(y)) => Some(op.holds(x.as_str(), y.as_str())),
        _ => None,
    }
}

fn item_holds(item: &V, t: &ItemTest, r: &Row, elements: bool) -> bool {
    let v = value(r, &t.value, elements);
    match (t.op, item, &v) {
        (ItemOp::Cmp(op), _, _) => cmp(item, op, &v) == Some(true),
        (ItemOp::Text(op), V::Str(s), V::Str(p)) => op.holds(s, p),
        _ => false,
    }
}

fn field_is_elements(op: &Operand) -> bool {
    matches!(&op.kind, OperandKind::Field(f) if f.source == FieldSource::Column("species_at_sites"))
}

fn kleene(items: impl Iterator<Item = Option<bool>>, or: bool) -> Option<bool> {
    let mut unknown = false;
    for x in items {
        match x {
            Some(b) if b == or => return Some(or),
            None => unknown = true,
            _ => {}
        }
    }
    if unknown {
        None
    } else {
        Some(!or)
    }
}

/// The filter's value on one row.
pub(super) fn eval_row(e: &Expr, r: &Row) -> Option<bool> {
    match &e.kind {
        ExprKind::Or(v) => kleene(v.iter().map(|x| eval_row(x, r)), true),
        ExprKind::And(v) => kleene(v.iter().map(|x| eval_row(x, r)), false),
        ExprKind::Not(x) => eval_row(x, r).map(|b| !b),
        ExprKind::Compare { left, op, right } => cmp(&value(r, left, false), *op, &value(r, right, false)),
        ExprKind::Known { field, known } => Some((value(r, field, false) != V::Null) == *known),
        ExprKind::Text { field, op, value: p } => match (value(r, field, false), value(r, p, false)) {
            (V::Str(s), V::Str(p)) => Some(op.holds(&s, &p)),
            _ => None,
        },
        ExprKind::Has { field, mode, items } => {
            let V::List(list) = value(r, field, false) else { return None };
            let z = field_is_elements(field);
            let hit = |item: &V| items.iter().any(|t| item_holds(item, t, r, z));
            Some(match mode {
                HasMode::One | HasMode::Any => list.iter().any(hit),
                HasMode::All => items.iter().all(|t| list.iter().any(|item| item_holds(item, t, r, z))),
                HasMode::Only => list.iter().all(hit),
            })
        }
        ExprKind::Length { field, op, value: n } => match (value(r, field, false), value(r, n, false)) {
            (V::List(l), V::Num(n)) => Some(op.holds(&(l.len() as f64), &n)),
            _ => None,
        },
        ExprKind::Truth { .. } => None,
    }
}

//! Type checking: every operator applied to operands of a type it accepts, or a located
//! error that says what was expected. OPTIMADE requires the types of all participating values
//! to match (no conversions); numbers are one type here (integer and float fields compare
//! with either kind of literal).

use super::ast::{Expr, ExprKind, HasMode, ItemOp, ItemTest, Operand, OperandKind, Value};
use super::fields::{Field, FieldType};
use super::Located;

/// Check `e`; collect warnings (names treated as unknown).
pub(crate) fn check(e: &Expr, warnings: &mut Vec<String>) -> Result<(), Located> {
    for op in e.operands() {
        if let OperandKind::Field(f) = &op.kind {
            if f.ty == FieldType::Unknown {
                let w = format!(
                    "`{}` carries another provider's prefix: treated as unknown, so no comparison on it matches",
                    f.name
                );
                if !warnings.contains(&w) {
                    warnings.push(w);
                }
            }
        }
    }
    formula_hint(e, warnings);
    match &e.kind {
        ExprKind::Or(v) | ExprKind::And(v) => v.iter().try_for_each(|x| check(x, warnings)),
        ExprKind::Not(x) => check(x, warnings),
        ExprKind::Compare { left, op, right } => compare(left, *op, right, e),
        ExprKind::Known { .. } => Ok(()),
        ExprKind::Text { field, op, value } => {
            let f = field_of(field)?;
            if !matches!(f.ty, FieldType::String | FieldType::Unknown) {
                return Err(Located::new(
                    field.span.clone(),
                    format!("{op} applies to strings, but `{}` is {}", f.name, f.ty.describe()),
                ));
            }
            match &value.kind {
                _ if f.ty == FieldType::Unknown => Ok(()),
                OperandKind::Value(Value::String(_)) => Ok(()),
                OperandKind::Field(g) if matches!(g.ty, FieldType::String | FieldType::Unknown) => Ok(()),
                OperandKind::Field(g) => Err(Located::new(
                    value.span.clone(),
                    format!("expected a string after {op}, but `{}` is {}", g.name, g.ty.describe()),
                )),
                OperandKind::Value(v) => Err(Located::new(
                    value.span.clone(),
                    format!("expected a string in double quotes after {op}, found {} ({v})", v.describe()),
                )),
            }
        }
        ExprKind::Has { field, mode, items } => {
            let f = field_of(field)?;
            if !f.ty.is_list() && f.ty != FieldType::Unknown {
                let hint = if f.ty == FieldType::String { " (for substrings use CONTAINS)" } else { "" };
                let what = match mode {
                    HasMode::One => "HAS",
                    HasMode::All => "HAS ALL",
                    HasMode::Any => "HAS ANY",
                    HasMode::Only => "HAS ONLY",
                };
                return Err(Located::new(
                    field.span.clone(),
                    format!("{what} applies to lists, but `{}` is {}{hint}", f.name, f.ty.describe()),
                ));
            }
            items.iter().try_for_each(|t| item(f, t))
        }
        ExprKind::Length { field, value, .. } => {
            let f = field_of(field)?;
            if !f.ty.is_list() && f.ty != FieldType::Unknown {
                return Err(Located::new(
                    field.span.clone(),
                    format!("LENGTH applies to lists, but `{}` is {}", f.name, f.ty.describe()),
                ));
            }
            match &value.kind {
                OperandKind::Value(Value::Int(_) | Value::Float(_)) => Ok(()),
                OperandKind::Value(v) => Err(Located::new(
                    value.span.clone(),
                    format!("expected a number after LENGTH, found {} ({v})", v.describe()),
                )),
                OperandKind::Field(g) => Err(Located::new(
                    value.span.clone(),
                    format!("expected a number after LENGTH, found the field `{}` (not supported)", g.name),
                )),
            }
        }
        ExprKind::Truth { field } => {
            let f = field_of(field)?;
            if f.ty == FieldType::Unknown {
                return Ok(());
            }
            Err(Located::new(
                field.span.clone(),
                format!(
                    "a field alone tests a boolean, but `{}` is {}: compare it with an operator (= != < <= > >=){}",
                    f.name,
                    f.ty.describe(),
                    if f.ty.is_list() { ", HAS or LENGTH" } else { "" }
                ),
            ))
        }
    }
}

/// The field of an operand in a field position (the parser puts only fields there).
fn field_of(op: &Operand) -> Result<&Field, Located> {
    match &op.kind {
        OperandKind::Field(f) => Ok(f),
        OperandKind::Value(v) => {
            Err(Located::new(op.span.clone(), format!("expected a field name, found {v}")))
        }
    }
}

/// The type class of a field for comparisons: numbers, strings, timestamps.
fn class(ty: FieldType) -> Option<&'static str> {
    match ty {
        FieldType::Integer | FieldType::Float => Some("number"),
        FieldType::String => Some("string"),
        FieldType::Timestamp => Some("timestamp"),
        _ => None,
    }
}

fn list_hint(f: &Field) -> Located {
    Located::new(
        0..0,
        format!(
            "`{}` is {}: test its items with HAS (`{} HAS ...`) or its length with LENGTH",
            f.name,
            f.ty.describe(),
            f.name
        ),
    )
}

/// A reduced formula compared with a string that is the same composition written otherwise
/// ("LiCoO2" for the stored "CoLiO2") matches nothing: say how it is stored.
fn formula_hint(e: &Expr, warnings: &mut Vec<String>) {
    use super::fields::FieldSource;
    let ExprKind::Compare { left, right, .. } = &e.kind else { return };
    let (field, text) = match (&left.kind, &right.kind) {
        (OperandKind::Field(f), OperandKind::Value(Value::String(t)))
        | (OperandKind::Value(Value::String(t)), OperandKind::Field(f)) => (f, t),
        _ => return,
    };
    if field.source != FieldSource::Column("formula_reduced") {
        return;
    }
    let Some(stored) = crate::structure::Composition::parse_formula(text).map(|c| c.reduced_formula()) else {
        return;
    };
    if stored != *text {
        let w = format!(
            "`{}` holds reduced formulas with the elements in alphabetical order and amounts divided by \
             their common factor: \"{text}\" is stored as \"{stored}\"",
            field.name
        );
        if !warnings.contains(&w) {
            warnings.push(w);
        }
    }
}

fn compare(left: &Operand, op: super::ast::CmpOp, right: &Operand, e: &Expr) -> Result<(), Located> {
    use OperandKind::{Field as F, Value as V};
    let bool_order = |span: &std::ops::Range<usize>| {
        Located::new(span.clone(), format!("booleans support only = and !=, not `{op}`"))
    };
    match (&left.kind, &right.kind) {
        (V(a), V(b)) => match (a, b) {
            (Value::Int(_) | Value::Float(_), Value::Int(_) | Value::Float(_)) => Ok(()),
            (Value::String(_), Value::String(_)) => Err(Located::new(
                e.span.clone(),
                "comparing two string constants is not supported (OPTIMADE leaves its meaning open)",
            )),
            _ => Err(Located::new(
                right.span.clone(),
                format!(
                    "comparing {} with {} is not supported: two constants compare only as numbers",
                    a.describe(),
                    b.describe()
                ),
            )),
        },
        (F(f), V(v)) | (V(v), F(f)) => {
            let (field_span, value_span) =
                if matches!(left.kind, F(_)) { (&left.span, &right.span) } else { (&right.span, &left.span) };
            if f.ty == FieldType::Unknown {
                return Ok(());
            }
            if let Value::Bool(_) = v {
                if !matches!(op, super::ast::CmpOp::Eq | super::ast::CmpOp::Ne) {
                    return Err(bool_order(value_span));
                }
                if f.ty != FieldType::Unknown {
                    return Err(Located::new(
                        value_span.clone(),
                        format!(
                            "`{}` is {}, not a boolean (no field here is boolean)",
                            f.name,
                            f.ty.describe()
                        ),
                    ));
                }
                return Ok(());
            }
            if f.ty.is_list() {
                let mut l = list_hint(f);
                l.span = field_span.clone();
                return Err(l);
            }
            let ok = match f.ty {
                FieldType::Unknown => true,
                FieldType::Integer | FieldType::Float => matches!(v, Value::Int(_) | Value::Float(_)),
                FieldType::String | FieldType::Timestamp => matches!(v, Value::String(_)),
                _ => false,
            };
            if ok {
                return Ok(());
            }
            let expected = if f.ty.is_number() { "a number" } else { "a string in double quotes" };
            Err(Located::new(
                value_span.clone(),
                format!(
                    "`{}` is {}: expected {expected}, found {} ({v})",
                    f.name,
                    f.ty.describe(),
                    v.describe()
                ),
            ))
        }
        (F(a), F(b)) => {
            for (f, op) in [(a, left), (b, right)] {
                if f.ty.is_list() {
                    let mut l = list_hint(f);
                    l.span = op.span.clone();
                    return Err(l);
                }
            }
            if a.ty == FieldType::Unknown || b.ty == FieldType::Unknown || class(a.ty) == class(b.ty) {
                return Ok(());
            }
            Err(Located::new(
                e.span.clone(),
                format!(
                    "cannot compare `{}` ({}) with `{}` ({})",
                    a.name,
                    a.ty.describe(),
                    b.name,
                    b.ty.describe()
                ),
            ))
        }
    }
}

/// One entry of a HAS list against the list's item type.
fn item(f: &Field, t: &ItemTest) -> Result<(), Located> {
    let span = t.value.span.clone();
    let v = match &t.value.kind {
        OperandKind::Value(v) => v,
        OperandKind::Field(g) => {
            return Err(Located::new(
                span,
                format!("field names in HAS lists (`{}`) are not supported", g.name),
            ));
        }
    };
    if f.ty == FieldType::Unknown {
        return Ok(());
    }
    if let Value::Bool(_) = v {
        return Err(Located::new(span, format!("`{}` holds no booleans", f.name)));
    }
    if let ItemOp::Text(op) = t.op {
        if !matches!(f.ty, FieldType::StringList | FieldType::Unknown) {
            return Err(Located::new(
                t.span.clone(),
                format!("{op} applies to strings, but the items of `{}` are numbers", f.name),
            ));
        }
    }
    let number = matches!(v, Value::Int(_) | Value::Float(_));
    match (f.ty, v) {
        (FieldType::Unknown, _) => Ok(()),
        (FieldType::StringList, Value::String(_)) => Ok(()),
        (FieldType::FloatList, _) if number => Ok(()),
        (FieldType::ElementList, _) if number => Ok(()),
        (FieldType::ElementList, Value::String(s)) => match crate::structure::element::atomic_number(s) {
            Some(_) => Ok(()),
            None => Err(Located::new(
                span,
                format!("`{}` holds atomic numbers; \"{s}\" is not an element symbol", f.name),
            )),
        },
        _ => Err(Located::new(
            span,
            format!("`{}` is {}: found {} ({v})", f.name, f.ty.describe(), v.describe()),
        )),
    }
}

//! Recursive-descent parser for the OPTIMADE filter grammar (specification v1.2, appendix
//! "The Filter Language EBNF Grammar"):
//!
//! ```text
//! Expression       = Clause { OR Clause }
//! Clause           = Phrase { AND Phrase }
//! Phrase           = [ NOT ] ( Comparison | "(" Expression ")" )
//! Comparison       = Property [ Op Value | IS (KNOWN | UNKNOWN) | CONTAINS Value
//!                              | STARTS [WITH] Value | ENDS [WITH] Value
//!                              | HAS ( Entry | ALL List | ANY List | ONLY List )
//!                              | LENGTH [Op] Value ]
//!                  | Constant Op Value
//!                  | LENGTH Property [Op] Value           (our addition)
//! List             = Entry { "," Entry }
//! Entry            = [ Op | CONTAINS | STARTS [WITH] | ENDS [WITH] ] Value
//! Value            = String | Number | TRUE | FALSE | Property
//! ```
//!
//! Nesting of parentheses and NOT is limited to [`MAX_DEPTH`] so that no input can exhaust
//! the stack; long AND/OR chains are flat lists and cost no depth.

use super::ast::{CmpOp, Expr, ExprKind, HasMode, ItemOp, ItemTest, Operand, OperandKind, TextOp, Value};
use super::fields;
use super::lexer::{tokenize, Keyword, Tok, Token};
use super::Located;
use std::ops::Range;

/// Deepest nesting of parentheses and NOT.
pub const MAX_DEPTH: usize = 128;

/// Parse a filter into a tree with resolved field names (types are checked later).
pub(crate) fn parse(src: &str) -> Result<Expr, Located> {
    let tokens = tokenize(src)?;
    let mut p = Parser { tokens, pos: 0, depth: 0 };
    if p.peek() == &Tok::End {
        return Err(Located::new(
            p.span(),
            "the filter is empty: expected a comparison such as `nelements > 2`",
        ));
    }
    let e = p.expression()?;
    match p.peek() {
        Tok::End => Ok(e),
        Tok::RParen => Err(Located::new(p.span(), "unmatched `)`: no `(` opens it")),
        other => Err(Located::new(
            p.span(),
            format!("expected AND, OR or the end of the filter, found {}", other.describe()),
        )),
    }
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> &Tok {
        &self.tokens[self.pos.min(self.tokens.len() - 1)].tok
    }

    fn span(&self) -> Range<usize> {
        self.tokens[self.pos.min(self.tokens.len() - 1)].span.clone()
    }

    /// Consume the current token and return its span.
    fn bump(&mut self) -> Range<usize> {
        let span = self.span();
        if self.pos < self.tokens.len() - 1 {
            self.pos += 1;
        }
        span
    }

    fn eat_kw(&mut self, k: Keyword) -> Option<Range<usize>> {
        (self.peek() == &Tok::Kw(k)).then(|| self.bump())
    }

    fn expected(&self, what: &str) -> Located {
        Located::new(self.span(), format!("expected {what}, found {}", self.peek().describe()))
    }

    fn nest(&mut self) -> Result<(), Located> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Located::new(
                self.span(),
                format!("the filter nests parentheses and NOT more than {MAX_DEPTH} levels deep"),
            ));
        }
        Ok(())
    }

    fn expression(&mut self) -> Result<Expr, Located> {
        let mut items = vec![self.clause()?];
        while self.eat_kw(Keyword::Or).is_some() {
            items.push(self.clause()?);
        }
        Ok(join(items, ExprKind::Or))
    }

    fn clause(&mut self) -> Result<Expr, Located> {
        let mut items = vec![self.phrase()?];
        while self.eat_kw(Keyword::And).is_some() {
            items.push(self.phrase()?);
        }
        Ok(join(items, ExprKind::And))
    }

    fn phrase(&mut self) -> Result<Expr, Located> {
        let Some(not) = self.eat_kw(Keyword::Not) else { return self.group_or_comparison() };
        self.nest()?;
        if self.peek() == &Tok::Kw(Keyword::Not) {
            return Err(Located::new(
                self.span(),
                "NOT must be followed by a comparison or `(`: write NOT (NOT ...) for a double negation",
            ));
        }
        let inner = self.group_or_comparison()?;
        self.depth -= 1;
        let span = not.start..inner.span.end;
        Ok(Expr { kind: ExprKind::Not(Box::new(inner)), span })
    }

    fn group_or_comparison(&mut self) -> Result<Expr, Located> {
        if self.peek() != &Tok::LParen {
            return self.comparison();
        }
        let open = self.bump();
        self.nest()?;
        let mut e = self.expression()?;
        if self.peek() != &Tok::RParen {
            let found = self.peek().describe();
            return Err(Located::new(
                self.span(),
                format!("expected AND, OR or `)` to close the `(` at byte {}, found {found}", open.start),
            ));
        }
        let close = self.bump();
        self.depth -= 1;
        e.span = open.start..close.end;
        Ok(e)
    }

    fn comparison(&mut self) -> Result<Expr, Located> {
        let start = self.span().start;
        match self.peek().clone() {
            Tok::Kw(Keyword::Length) => {
                self.bump();
                let field = self.property("a list field after LENGTH")?;
                let (op, value) = self.length_rhs()?;
                let span = start..value.span.end;
                Ok(Expr { kind: ExprKind::Length { field, op, value }, span })
            }
            Tok::Ident(_) => {
                let field = self.property("a field")?;
                self.property_rhs(field)
            }
            Tok::Const(_) | Tok::Kw(Keyword::True | Keyword::False) => {
                let left = self.value("a constant")?;
                let Tok::Op(op) = *self.peek() else {
                    return Err(self.expected(&format!(
                        "a comparison operator (= != < <= > >=) after the constant {left}"
                    )));
                };
                self.bump();
                let right = self.value(&format!("a value after `{op}`"))?;
                let span = start..right.span.end;
                Ok(Expr { kind: ExprKind::Compare { left, op, right }, span })
            }
            _ => Err(self.expected("a comparison (a field name or a constant), NOT or `(`")),
        }
    }

    /// A possibly dotted field name, resolved.
    fn property(&mut self, what: &str) -> Result<Operand, Located> {
        let Tok::Ident(first) = self.peek().clone() else { return Err(self.expected(what)) };
        let span = self.bump();
        let mut name = first;
        let mut end = span.end;
        while self.peek() == &Tok::Dot {
            self.bump();
            let Tok::Ident(part) = self.peek().clone() else {
                return Err(self.expected("a field name after `.`"));
            };
            end = self.bump().end;
            name.push('.');
            name.push_str(&part);
        }
        let span = span.start..end;
        let field = fields::resolve(&name, span.clone())?;
        Ok(Operand { kind: OperandKind::Field(field), span })
    }

    /// A constant or a field name.
    fn value(&mut self, what: &str) -> Result<Operand, Located> {
        let value = match self.peek().clone() {
            Tok::Const(v) => v,
            Tok::Kw(Keyword::True) => Value::Bool(true),
            Tok::Kw(Keyword::False) => Value::Bool(false),
            Tok::Ident(_) => return self.property(what),
            _ => return Err(self.expected(&format!("{what} (a string, a number or a field name)"))),
        };
        Ok(Operand { kind: OperandKind::Value(value), span: self.bump() })
    }

    fn property_rhs(&mut self, field: Operand) -> Result<Expr, Located> {
        let start = field.span.start;
        let name = field.to_string();
        let kind = match self.peek().clone() {
            Tok::Op(op) => {
                self.bump();
                let right = self.value(&format!("a value after `{op}`"))?;
                ExprKind::Compare { left: field, op, right }
            }
            Tok::Kw(Keyword::Is) => {
                self.bump();
                let known = match self.peek() {
                    Tok::Kw(Keyword::Known) => true,
                    Tok::Kw(Keyword::Unknown) => false,
                    _ => return Err(self.expected("KNOWN or UNKNOWN after IS")),
                };
                self.bump();
                ExprKind::Known { field, known }
            }
            Tok::Kw(k @ (Keyword::Contains | Keyword::Starts | Keyword::Ends)) => {
                self.bump();
                let op = self.text_op(k);
                let value = self.value(&format!("a string after {op}"))?;
                ExprKind::Text { field, op, value }
            }
            Tok::Kw(Keyword::Has) => {
                self.bump();
                let mode = if self.eat_kw(Keyword::All).is_some() {
                    HasMode::All
                } else if self.eat_kw(Keyword::Any).is_some() {
                    HasMode::Any
                } else if self.eat_kw(Keyword::Only).is_some() {
                    HasMode::Only
                } else {
                    HasMode::One
                };
                let mut items = vec![self.entry()?];
                if mode != HasMode::One {
                    while self.peek() == &Tok::Comma {
                        self.bump();
                        items.push(self.entry()?);
                    }
                }
                ExprKind::Has { field, mode, items }
            }
            Tok::Kw(Keyword::Length) => {
                self.bump();
                let (op, value) = self.length_rhs()?;
                ExprKind::Length { field, op, value }
            }
            Tok::Colon => {
                return Err(Located::new(
                    self.span(),
                    "correlated list comparisons (`list1:list2 HAS ...`) are not supported",
                ));
            }
            Tok::Kw(Keyword::And | Keyword::Or) | Tok::RParen | Tok::End => ExprKind::Truth { field },
            _ => {
                return Err(self.expected(&format!(
                    "a comparison operator (= != < <= > >=), CONTAINS, STARTS, ENDS, HAS, LENGTH or IS after `{name}`"
                )));
            }
        };
        let end = self.tokens[self.pos.saturating_sub(1)].span.end.max(start);
        Ok(Expr { kind, span: start..end })
    }

    /// The operator after CONTAINS / STARTS / ENDS (already consumed), eating WITH.
    fn text_op(&mut self, k: Keyword) -> TextOp {
        match k {
            Keyword::Contains => TextOp::Contains,
            Keyword::Starts => {
                self.eat_kw(Keyword::With);
                TextOp::StartsWith
            }
            _ => {
                self.eat_kw(Keyword::With);
                TextOp::EndsWith
            }
        }
    }

    /// One entry of a HAS value list: an optional operator and a value.
    fn entry(&mut self) -> Result<ItemTest, Located> {
        let start = self.span().start;
        let op = match self.peek().clone() {
            Tok::Op(op) => {
                self.bump();
                ItemOp::Cmp(op)
            }
            Tok::Kw(k @ (Keyword::Contains | Keyword::Starts | Keyword::Ends)) => {
                self.bump();
                ItemOp::Text(self.text_op(k))
            }
            _ => ItemOp::Cmp(CmpOp::Eq),
        };
        let value = self.value("a value in the HAS list")?;
        let span = start..value.span.end;
        Ok(ItemTest { op, value, span })
    }

    /// `[Op] Value` after LENGTH.
    fn length_rhs(&mut self) -> Result<(CmpOp, Operand), Located> {
        let op = match *self.peek() {
            Tok::Op(op) => {
                self.bump();
                op
            }
            _ => CmpOp::Eq,
        };
        let value = self.value("a number after LENGTH")?;
        Ok((op, value))
    }
}

/// One item as itself, several as an OR or AND node spanning them all.
fn join(mut items: Vec<Expr>, make: fn(Vec<Expr>) -> ExprKind) -> Expr {
    if items.len() == 1 {
        return items.pop().expect("one item");
    }
    let span = items[0].span.start..items[items.len() - 1].span.end;
    Expr { kind: make(items), span }
}

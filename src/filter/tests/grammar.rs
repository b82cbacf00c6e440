//! Sentences of the specification's grammar: every filter the OPTIMADE v1.2 EBNF allows
//! (section "The Filter Language EBNF Grammar" of `optimade.rst`; the same productions as
//! optimade-python-tools' `v1.2.0.lark`) parses, or is refused as "not supported" (an HTTP
//! server answers 501) — never a syntax error.
//!
//! The generator below follows the EBNF production by production. Field names carry another
//! provider's prefix (`_x_...`, also nested `_x_a.b+c`), whose type is unknown, so that every
//! grammatical comparison is also well-typed; tokens are separated by random white space or
//! by none where the grammar's tokens stay apart (`5AND`, `NOTx`, `HASALL`).

use crate::filter::fields::is_unsupported;
use crate::filter::Filter;
use crate::Error;
use proptest::prelude::*;
use proptest::sample::select;

/// `Spaces` between two tokens: none, or one or more white-space characters.
fn gap() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => Just(String::new()),
        3 => Just(" ".to_string()),
        1 => prop::collection::vec(select(vec![" ", "\t", "\n", "\r", "\x0B", "\x0C"]), 1..3).prop_map(|v| v.concat()),
    ]
}

/// Tokens joined with gaps.
fn join(tokens: Vec<String>) -> BoxedStrategy<String> {
    let n = tokens.len();
    prop::collection::vec(gap(), n)
        .prop_map(move |gaps| tokens.iter().zip(&gaps).map(|(t, g)| format!("{t}{g}")).collect::<String>())
        .boxed()
}

/// `Property = Identifier, { ".", Identifier }` with another provider's prefix; nested parts
/// may hold `+` (the lark grammar's NESTED_IDENTIFIER).
fn property() -> impl Strategy<Value = String> {
    ("[a-z][a-z0-9_]{0,6}", prop::collection::vec("[a-z_][a-z0-9_+]{0,5}", 0..3)).prop_map(
        |(head, nested)| {
            let mut p = format!("_x_{head}");
            for n in nested {
                p.push('.');
                p.push_str(&n);
            }
            p
        },
    )
}

/// `Number = [ Sign ] ( Digits [ "." [ Digits ] ] | "." Digits ) [ Exponent ]`, any magnitude.
fn number() -> impl Strategy<Value = String> {
    (
        select(vec!["", "+", "-"]),
        prop_oneof!["[0-9]{1,25}", "[0-9]{1,5}\\.", "[0-9]{1,5}\\.[0-9]{1,5}", "\\.[0-9]{1,5}"],
        prop::option::of((select(vec!["e", "E"]), select(vec!["", "+", "-"]), "[0-9]{1,4}")),
    )
        .prop_map(|(sign, mantissa, exp)| {
            let mut s = format!("{sign}{mantissa}");
            if let Some((e, es, d)) = exp {
                s.push_str(&format!("{e}{es}{d}"));
            }
            s
        })
}

/// `String = '"', { EscapedChar }, '"'` where EscapedChar is any character but `"` and `\`,
/// or `\"`, or `\\`.
fn string() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => "[a-zA-Z0-9 ,.:()<>=!_-]".prop_map(|s| s.to_string()),
            1 => Just("\\\"".to_string()),
            1 => Just("\\\\".to_string()),
            1 => select(vec!["é", "→", "\u{1F600}", "\t"]).prop_map(str::to_string),
        ],
        0..6,
    )
    .prop_map(|parts| format!("\"{}\"", parts.concat()))
}

fn constant() -> impl Strategy<Value = String> {
    prop_oneof![string(), number()]
}

/// `Value = String | Number | Property` (and the booleans of v1.2).
fn value() -> impl Strategy<Value = String> {
    prop_oneof![3 => string(), 3 => number(), 1 => property(), 1 => select(vec!["TRUE", "FALSE"]).prop_map(str::to_string)]
}

fn operator() -> impl Strategy<Value = String> {
    select(vec!["<", "<=", ">", ">=", "=", "!="]).prop_map(str::to_string)
}

/// `[ Operator ] Value`, an entry of a HAS list.
fn entry() -> impl Strategy<Value = Vec<String>> {
    (prop::option::of(operator()), value()).prop_map(|(op, v)| op.into_iter().chain([v]).collect())
}

/// Token groups joined by a separator token.
fn separated(groups: Vec<Vec<String>>, sep: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, g) in groups.into_iter().enumerate() {
        if i > 0 {
            out.push(sep.to_string());
        }
        out.extend(g);
    }
    out
}

/// `ValueList = [ Operator ] Value { "," [ Operator ] Value }`.
fn value_list() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(entry(), 1..4).prop_map(|entries| separated(entries, ","))
}

/// `ValueZip = [ Operator ] Value ":" [ Operator ] Value { ":" [ Operator ] Value }`.
fn value_zip() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(entry(), 2..4).prop_map(|entries| separated(entries, ":"))
}

/// `Comparison`: every right-hand side of the grammar after a property, and the
/// constant-first form.
fn comparison() -> BoxedStrategy<Vec<String>> {
    let t = |s: &str| s.to_string();
    prop_oneof![
        (property(), operator(), value()).prop_map(|(p, o, v)| vec![p, o, v]),
        (property(), select(vec!["KNOWN", "UNKNOWN"])).prop_map(move |(p, k)| vec![
            p,
            t("IS"),
            k.to_string()
        ]),
        (property(), select(vec!["CONTAINS", "STARTS", "STARTS WITH", "ENDS", "ENDS WITH"]), value())
            .prop_map(|(p, op, v)| {
                let mut out = vec![p];
                out.extend(op.split(' ').map(str::to_string));
                out.push(v);
                out
            }),
        (property(), entry()).prop_map(|(p, e)| [vec![p, "HAS".to_string()], e].concat()),
        (property(), select(vec!["ALL", "ANY", "ONLY"]), value_list()).prop_map(|(p, m, l)| [
            vec![p, "HAS".to_string(), m.to_string()],
            l
        ]
        .concat()),
        (property(), prop::option::of(operator()), "[+-]?[0-9]{1,4}").prop_map(|(p, o, n)| {
            [vec![p, "LENGTH".to_string()], o.into_iter().collect(), vec![n]].concat()
        }),
        (prop::collection::vec(property(), 2..4), value_zip()).prop_map(|(ps, z)| {
            let mut out = vec![ps.join(":"), "HAS".to_string()];
            out.extend(z);
            out
        }),
        (constant(), operator(), prop_oneof![number(), property(), string()])
            .prop_map(|(c, o, v)| vec![c, o, v]),
    ]
    .boxed()
}

/// `Expression = ExpressionClause { OR ExpressionClause }` and below, to a bounded depth.
fn expression(depth: u32) -> BoxedStrategy<Vec<String>> {
    let phrase = move || -> BoxedStrategy<Vec<String>> {
        let inner = if depth == 0 {
            comparison()
        } else {
            prop_oneof![
                3 => comparison(),
                1 => expression(depth - 1).prop_map(|e| [vec!["(".to_string()], e, vec![")".to_string()]].concat()),
            ]
            .boxed()
        };
        (any::<bool>(), inner)
            .prop_map(|(not, p)| if not { [vec!["NOT".to_string()], p].concat() } else { p })
            .boxed()
    };
    let clause = move || prop::collection::vec(phrase(), 1..3).prop_map(|ps| separated(ps, "AND"));
    prop::collection::vec(clause(), 1..3).prop_map(|cs| separated(cs, "OR")).boxed()
}

/// `Filter = [ Spaces ], Expression`: leading white space, then the expression's tokens.
fn filter() -> impl Strategy<Value = String> {
    (gap(), expression(2).prop_flat_map(join)).prop_map(|(lead, e)| format!("{lead}{e}"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn every_sentence_of_the_grammar_parses_or_is_unsupported(text in filter()) {
        match Filter::parse(&text) {
            // Accepted filters evaluate (another provider's fields are unknown for every row).
            Ok(f) => {
                f.evaluate(&super::batch(&super::eval::rows()))
                    .map_err(|e| TestCaseError::fail(format!("{text:?}: {e}")))?;
            }
            Err(Error::Filter { message, .. }) => {
                prop_assert!(is_unsupported(&message), "{:?}: {}", text, message);
            }
            Err(e) => prop_assert!(false, "{:?}: {}", text, e),
        }
    }
}

#[test]
fn empty_and_blank_filters_are_the_grammar_s_empty_expression_list() {
    // `filter: expression*` in the lark grammar: an empty filter means "no filter"; the HTTP
    // layer treats it so, and `Filter::parse` refuses it with a message saying what to write.
    for text in ["", " ", "\t\n"] {
        let e = Filter::parse(text).unwrap_err();
        assert!(e.to_string().contains("empty") || e.to_string().contains("expected"), "{e}");
    }
}

//! The OPTIMADE filter parser on arbitrary text: it must return a filter or a located error,
//! never panic, and a parsed filter's canonical text must parse to the same tree.
#![no_main]
use crystaldb::filter::Filter;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match Filter::parse(text) {
        Ok(f) => {
            let again = Filter::parse(&f.to_string()).expect("canonical text parses");
            assert_eq!(again.expr().without_spans(), f.expr().without_spans());
        }
        Err(crystaldb::Error::Filter { span, .. }) => assert!(span.start <= span.end && span.end <= text.len()),
        Err(other) => panic!("not a filter error: {other}"),
    }
});

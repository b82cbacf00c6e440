//! Parsing and validating an encoder's string parameters.

use crate::error::{Error, Result};
use std::collections::BTreeMap;
use std::str::FromStr;

/// An encoder's string parameters, checked against the keys it accepts.
pub struct Params<'a> {
    encoder: &'static str,
    map: &'a BTreeMap<String, String>,
}

impl<'a> Params<'a> {
    /// Check that every key of `map` is one of `allowed`; the error lists the accepted keys.
    pub fn new(encoder: &'static str, map: &'a BTreeMap<String, String>, allowed: &[&str]) -> Result<Self> {
        if let Some(bad) = map.keys().find(|k| !allowed.contains(&k.as_str())) {
            return Err(Error::invalid(format!(
                "encoder {encoder}: unknown parameter {bad:?}; accepted parameters: {}",
                allowed.join(", ")
            )));
        }
        Ok(Self { encoder, map })
    }

    /// The raw value of `key`, if given.
    pub fn raw(&self, key: &str) -> Option<&'a str> {
        self.map.get(key).map(|s| s.trim())
    }

    /// `key` parsed as `T` (default when absent) and accepted by `ok`; `expect` says what is
    /// accepted, for the error message.
    pub fn get<T: FromStr + Copy>(
        &self,
        key: &str,
        default: T,
        ok: impl Fn(T) -> bool,
        expect: &str,
    ) -> Result<T> {
        let Some(raw) = self.raw(key) else {
            return Ok(default);
        };
        match raw.parse::<T>() {
            Ok(v) if ok(v) => Ok(v),
            _ => Err(self.bad(key, raw, expect)),
        }
    }

    /// The error for a bad value.
    pub fn bad(&self, key: &str, raw: &str, expect: &str) -> Error {
        Error::invalid(format!(
            "encoder {}: parameter {key}={raw:?} is invalid: expected {expect}",
            self.encoder
        ))
    }
}

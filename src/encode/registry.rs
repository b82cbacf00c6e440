//! The open encoder registry: "which encoders can this program build, by name?"
//!
//! Every crate that defines an encoder registers an [`EncoderFactory`] for it with
//! [`register`]; the core registers its engineered encoders (`magpie`, `acsf`, `soap`) itself, and a
//! program (the CLI, the Python package) registers the rest at start-up (the learned `graph`
//! encoder comes from `crystaldb_learned::register`). Nothing in the core names a crate above
//! it: building an encoder by name, rebuilding the encoder of a stored set and finding a
//! learned encoder's random-initialised twin all go through this table.
//!
//! Invariants: a name is registered once (a second registration of the same name is ignored,
//! so registering is idempotent); factories are plain functions, so the registry is `Sync` and
//! lookups never block one another.

use super::Encoder;
use crate::db::Database;
use crate::error::{Error, Result};
use std::collections::BTreeMap;
use std::sync::{OnceLock, RwLock};

/// String parameters of an encoder, as `--set KEY=VALUE` gives them.
pub type Params = BTreeMap<String, String>;

/// Builds an encoder from its parameters, with the database when it stores what the encoder
/// needs (trained weights).
pub type BuildFn = fn(&Params, Option<&Database>) -> Result<Box<dyn Encoder>>;

/// How to build one encoder by name.
#[derive(Clone, Copy)]
pub struct EncoderFactory {
    /// Registry name (`"magpie"`, `"acsf"`, `"graph"`).
    pub name: &'static str,
    /// The parameter names the encoder accepts.
    pub parameters: &'static [&'static str],
    /// Build the encoder from string parameters. The database is given when the encoder may need
    /// data stored in it (trained weights); without one, such parameters are an error.
    pub build: BuildFn,
    /// The parameters of the random-initialised twin of an encoder with learned weights (the same
    /// architecture, untrained); `None` for encoders that learn nothing.
    pub random_init: Option<fn(&Params) -> Params>,
}

impl std::fmt::Debug for EncoderFactory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EncoderFactory")
            .field("name", &self.name)
            .field("parameters", &self.parameters)
            .field("random_init", &self.random_init.is_some())
            .finish()
    }
}

fn table() -> &'static RwLock<BTreeMap<&'static str, EncoderFactory>> {
    static TABLE: OnceLock<RwLock<BTreeMap<&'static str, EncoderFactory>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let engineered = [super::magpie::FACTORY, super::acsf::FACTORY, super::soap::FACTORY];
        RwLock::new(engineered.into_iter().map(|f| (f.name, f)).collect())
    })
}

/// Register an encoder. A name already registered keeps its first factory.
pub fn register(factory: EncoderFactory) {
    let mut table = table().write().unwrap_or_else(|p| p.into_inner());
    table.entry(factory.name).or_insert(factory);
}

/// The factory registered under `name`.
pub fn factory(name: &str) -> Result<EncoderFactory> {
    let table = table().read().unwrap_or_else(|p| p.into_inner());
    table.get(name).copied().ok_or_else(|| Error::Unknown {
        what: "encoder",
        name: name.to_string(),
        known: table.keys().map(|k| k.to_string()).collect(),
    })
}

/// Names of the registered encoders, sorted.
pub fn encoder_names() -> Vec<&'static str> {
    table().read().unwrap_or_else(|p| p.into_inner()).keys().copied().collect()
}

/// The parameter names a registered encoder accepts (`None` for an unknown encoder).
pub fn encoder_parameters(name: &str) -> Option<&'static [&'static str]> {
    factory(name).ok().map(|f| f.parameters)
}

/// Build a registered encoder from string parameters.
///
/// Unknown encoder names, unknown parameter keys and values that do not parse or are out of range
/// are [`Error::Invalid`] with a message that says what is accepted. See each encoder's
/// documentation (and `docs/ENCODERS.md`) for its parameters. Encoders that read data from a
/// database (trained weights) are built with [`Database::encoder`].
pub fn build_encoder(name: &str, params: &Params) -> Result<Box<dyn Encoder>> {
    (factory(name)?.build)(params, None)
}

/// The parameters of the random-initialised twin of encoder `name` with `params`, or `None`
/// when the encoder learns nothing (or is not registered).
pub fn random_init_params(name: &str, params: &Params) -> Option<Params> {
    factory(name).ok()?.random_init.map(|f| f(params))
}

impl Database {
    /// Build encoder `name` from string parameters, with access to this database: like
    /// [`build_encoder`], and encoders that load stored data (the `graph` encoder with
    /// `weights=NAME`) read it from here.
    pub fn encoder(&self, name: &str, params: &Params) -> Result<Box<dyn Encoder>> {
        (factory(name)?.build)(params, Some(self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn twin(params: &Params) -> Params {
        let mut p = params.clone();
        p.insert("weights".into(), "random".into());
        p
    }

    #[test]
    fn registered_factories_build_by_name_and_the_first_registration_wins() {
        let first = EncoderFactory {
            name: "registry-test",
            parameters: &[],
            build: |p, _| (super::super::magpie::FACTORY.build)(p, None),
            random_init: Some(twin),
        };
        register(first);
        register(EncoderFactory { random_init: None, ..first });
        assert!(encoder_names().contains(&"registry-test"));
        assert_eq!(encoder_parameters("registry-test"), Some(&[][..]));
        assert_eq!(build_encoder("registry-test", &Params::new()).unwrap().spec().name, "magpie");
        let trained = Params::from([("weights".to_string(), "w".to_string())]);
        assert_eq!(random_init_params("registry-test", &trained).unwrap()["weights"], "random");
        assert_eq!(random_init_params("magpie", &Params::new()), None);
        assert_eq!(random_init_params("nope", &Params::new()), None);
        let err = factory("nope").unwrap_err().to_string();
        assert!(err.contains("unknown encoder \"nope\"") && err.contains("acsf"), "{err}");
    }
}

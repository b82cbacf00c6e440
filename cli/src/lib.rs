//! The `crystaldb` command line: one module per command in [`commands`]. The binary
//! (`src/main.rs`) parses the arguments, registers the encoders of every crate
//! ([`register_encoders`]) and calls the command.
#![deny(missing_docs)]

pub mod commands;

/// Register the encoders defined above the core (the learned `graph` encoder) in the core's
/// encoder registry. Idempotent.
pub fn register_encoders() {
    crystaldb_learned::register();
}

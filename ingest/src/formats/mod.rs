//! One module per input format.

pub mod aflow;
pub mod json;
mod json_fields;
pub mod json_stream;
pub mod mp_json;
pub mod nomad;
pub mod optimade;
pub mod oqmd;
#[cfg(test)]
mod test_support;

pub use json::detect_json;

//! One module per input format.

#[allow(dead_code)]
mod json_fields;
pub mod json_stream;
#[cfg(test)]
mod test_support;

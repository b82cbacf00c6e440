//! Query strings: "which parameters did the client send, and are they ones we answer?"
//!
//! The query string is split and percent-decoded here (not by a framework extractor) so that
//! every malformed request gets an OPTIMADE error object: a parameter that is not valid UTF-8
//! after decoding, a repeated parameter, or an unknown unprefixed one is a 400.

use crate::reply::ApiError;
use crystaldb::filter::PROVIDER_PREFIX;
use percent_encoding::percent_decode;

/// Parameters of the entry listing and single-entry endpoints (OPTIMADE v1.2, section 5.4).
const STANDARD: &[&str] = &[
    "filter",
    "response_format",
    "email_address",
    "response_fields",
    "sort",
    "page_limit",
    "page_offset",
    "page_number",
    "page_cursor",
    "page_above",
    "page_below",
    "include",
    "api_hint",
];

/// Our provider-prefixed parameters (`_crystaldb_near`, ...), without the prefix.
const OURS: &[&str] = &["near", "embedding", "k", "exact"];

/// The decoded parameters of one request, and warnings about ignored ones.
#[derive(Debug, Default)]
pub struct Params {
    pairs: Vec<(String, String)>,
    /// Parameters ignored with a warning (another provider's).
    pub warnings: Vec<String>,
}

impl Params {
    /// Decode a raw query string (`None`: no `?` in the URL).
    pub fn parse(raw: Option<&str>) -> Result<Params, ApiError> {
        let mut out = Params::default();
        let Some(raw) = raw else { return Ok(out) };
        for part in raw.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            let key = decode(k, "a parameter name")?;
            let value = decode(v, &format!("the value of `{key}`"))?;
            if out.pairs.iter().any(|(k, _)| *k == key) {
                return Err(ApiError::bad_request(format!("the parameter `{key}` is given more than once"))
                    .parameter(&key));
            }
            let own = format!("_{PROVIDER_PREFIX}_");
            if let Some(name) = key.strip_prefix(&own) {
                if !OURS.contains(&name) {
                    return Err(ApiError::bad_request(format!(
                        "unknown parameter `{key}`; this provider's parameters are {}",
                        OURS.iter().map(|o| format!("`{own}{o}`")).collect::<Vec<_>>().join(", ")
                    ))
                    .parameter(&key));
                }
            } else if key.starts_with('_') && key[1..].contains('_') {
                out.warnings
                    .push(format!("the parameter `{key}` belongs to another provider and was ignored"));
                continue;
            } else if !STANDARD.contains(&key.as_str()) {
                return Err(ApiError::bad_request(format!("unknown query parameter `{key}`")).parameter(&key));
            }
            out.pairs.push((key, value));
        }
        Ok(out)
    }

    /// The value of a parameter, if given.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    /// Our provider parameter `_crystaldb_<name>`.
    pub fn ours(&self, name: &str) -> Option<&str> {
        self.get(&format!("_{PROVIDER_PREFIX}_{name}"))
    }

    /// A non-negative integer parameter.
    pub fn count(&self, key: &str) -> Result<Option<u64>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => v.trim().parse::<u64>().map(Some).map_err(|_| {
                ApiError::bad_request(format!("`{key}` must be a non-negative integer, not {v:?}"))
                    .parameter(key)
            }),
        }
    }

    /// The parameters as they read in `meta.query.representation` (decoded, in request order).
    pub fn representation(&self, path: &str) -> String {
        if self.pairs.is_empty() {
            return path.to_string();
        }
        let q: Vec<String> = self.pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        format!("{path}?{}", q.join("&"))
    }

    /// The pairs, for building links.
    pub fn pairs(&self) -> &[(String, String)] {
        &self.pairs
    }
}

/// Percent-decode one component (`+` is a space, as in HTML forms).
fn decode(s: &str, what: &str) -> Result<String, ApiError> {
    let spaced = s.replace('+', " ");
    percent_decode(spaced.as_bytes())
        .decode_utf8()
        .map(|c| c.into_owned())
        .map_err(|_| ApiError::bad_request(format!("{what} is not valid UTF-8 after percent-decoding")))
}

/// Percent-encode a value for a link.
pub fn encode(s: &str) -> String {
    use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
    const KEEP: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');
    utf8_percent_encode(s, KEEP).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_and_refuses_what_it_cannot_read() {
        let p = Params::parse(Some("filter=nelements%3E%3D2+AND+elements+HAS+%22O%22&page_limit=5")).unwrap();
        assert_eq!(p.get("filter"), Some(r#"nelements>=2 AND elements HAS "O""#));
        assert_eq!(p.count("page_limit").unwrap(), Some(5));
        assert_eq!(Params::parse(Some("filter=%FF%FE")).unwrap_err().status, 400);
        assert_eq!(Params::parse(Some("bogus=1")).unwrap_err().status, 400);
        assert_eq!(Params::parse(Some("_crystaldb_bogus=1")).unwrap_err().status, 400);
        assert_eq!(Params::parse(Some("page_limit=1&page_limit=2")).unwrap_err().status, 400);
        let other = Params::parse(Some("_mp_thing=1")).unwrap();
        assert_eq!(other.warnings.len(), 1);
        assert_eq!(other.get("_mp_thing"), None);
        let neg = Params::parse(Some("page_offset=-3")).unwrap();
        assert_eq!(neg.count("page_offset").unwrap_err().status, 400);
    }

    #[test]
    fn encodes_what_a_link_needs() {
        assert_eq!(encode(r#"a = "b""#), "a%20%3D%20%22b%22");
        assert_eq!(encode("mp:mp-1"), "mp%3Amp-1");
    }
}

//! Responses: "what does the client get back, with which status and content type?"
//!
//! Every answer is a [`Reply`]; every error is a JSON:API error document
//! (`{"errors": [{"status", "title", "detail", "source"}], "meta": {...}}`) with the status
//! OPTIMADE v1.2 names: 400 bad request (a filter error carries the parser's message and byte
//! position), 403 page limit above the maximum, 404 unknown path or id, 405 wrong method, 413
//! body too large, 501 valid but unsupported, 503 over the time limit, 553 unsupported
//! version, 500 anything else (with the error's message; the server keeps serving).

use serde_json::{json, Value};

/// The JSON:API media type of every JSON answer.
pub const JSON_API: &str = "application/vnd.api+json";

/// One HTTP answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    /// HTTP status.
    pub status: u16,
    /// `Content-Type`.
    pub content_type: &'static str,
    /// Body.
    pub body: Vec<u8>,
}

impl Reply {
    /// A JSON document with status 200.
    pub fn json(doc: &Value) -> Reply {
        Reply { status: 200, content_type: JSON_API, body: doc.to_string().into_bytes() }
    }

    /// The body parsed as JSON (tests and clients).
    pub fn document(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }
}

/// An error as OPTIMADE reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    /// HTTP status.
    pub status: u16,
    /// What went wrong, for a person.
    pub detail: String,
    /// The query parameter at fault, if one is.
    pub parameter: Option<String>,
}

impl ApiError {
    /// An error with a status.
    pub fn new(status: u16, detail: impl Into<String>) -> Self {
        Self { status, detail: detail.into(), parameter: None }
    }

    /// 400 Bad Request.
    pub fn bad_request(detail: impl Into<String>) -> Self {
        Self::new(400, detail)
    }

    /// 404 Not Found.
    pub fn not_found(detail: impl Into<String>) -> Self {
        Self::new(404, detail)
    }

    /// Names the query parameter at fault.
    pub fn parameter(mut self, p: &str) -> Self {
        self.parameter = Some(p.to_string());
        self
    }

    /// The error object's `title`: the status's reason phrase.
    pub fn title(&self) -> &'static str {
        match self.status {
            400 => "Bad Request",
            403 => "Forbidden",
            404 => "Not Found",
            405 => "Method Not Allowed",
            413 => "Payload Too Large",
            422 => "Unprocessable Entity",
            501 => "Not Implemented",
            503 => "Service Unavailable",
            553 => "Version Not Supported",
            _ => "Internal Server Error",
        }
    }

    /// The error document, with `meta` as the successful answers carry it.
    pub fn reply(&self, meta: Value) -> Reply {
        let mut e =
            json!({ "status": self.status.to_string(), "title": self.title(), "detail": self.detail });
        if let Some(p) = &self.parameter {
            e["source"] = json!({ "parameter": p });
        }
        let doc = json!({ "errors": [e], "meta": meta });
        Reply { status: self.status, content_type: JSON_API, body: doc.to_string().into_bytes() }
    }
}

impl From<crystaldb::Error> for ApiError {
    fn from(e: crystaldb::Error) -> Self {
        use crystaldb::Error as E;
        match &e {
            E::Filter { message, .. } if crystaldb::filter::fields::is_unsupported(message) => {
                ApiError::new(501, e.to_string()).parameter("filter")
            }
            E::Filter { .. } => ApiError::bad_request(e.to_string()).parameter("filter"),
            E::Unknown { .. }
            | E::Invalid(_)
            | E::Missing(_)
            | E::Parse { .. }
            | E::DimensionMismatch { .. } => ApiError::bad_request(e.to_string()),
            _ => ApiError::new(500, e.to_string()),
        }
    }
}

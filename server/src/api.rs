//! The OPTIMADE API: "given a method, a path, a query string and a body, what is the answer?"
//!
//! [`App::respond`] is the whole API as one synchronous function (the HTTP layer in `lib.rs`
//! only moves bytes and enforces limits), so that it is tested without sockets.
//!
//! Routes, under the unversioned base and under `/v1` (also `/v1.2`, `/v1.2.0`):
//! `info`, `info/structures`, `links`, `structures`, `structures/{id}`, and
//! `POST extensions/crystaldb/near`; `versions` under the unversioned base only. Any other
//! `/vN...` prefix is 553.
//!
//! Every request reads one snapshot: the newest version when the request starts. The catalog
//! file is looked at on each request; when another process has committed since the last look,
//! the database is opened again, so new requests see the new version while requests in flight
//! keep reading the snapshot they started with. `meta._crystaldb_version` names the version a
//! response read.

use crate::entry;
use crate::params::{encode, Params};
use crate::reply::{ApiError, Reply};
use crystaldb::filter::PROVIDER_PREFIX;
use crystaldb::{
    Database, EmbeddingSet, Filter, ScanOptions, SearchHit, SearchOptions, Snapshot, Structure, StructureRow,
    Target,
};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

/// The OPTIMADE version served.
pub const API_VERSION: &str = "1.2.0";

/// The most entries one page may hold (`page_limit` above it is 403).
pub const MAX_PAGE_LIMIT: u64 = 1000;

/// Entries per page when `page_limit` is not given.
pub const DEFAULT_PAGE_LIMIT: u64 = 20;

/// The most neighbours `_crystaldb_k` may ask for.
pub const MAX_K: u64 = 1000;

/// Longest filter accepted, in bytes (nesting is bounded by the parser's `MAX_DEPTH`).
pub const MAX_FILTER_BYTES: usize = 10_000;

/// Settings of a server.
#[derive(Debug, Clone)]
pub struct Config {
    /// Database directory.
    pub db: PathBuf,
    /// The URL clients reach the server at, without a trailing slash (links are built on it).
    pub base_url: String,
    /// Embedding sets served for nearest-neighbour search (`NAME` or `NAME@V`); empty: all.
    pub embeddings: Vec<String>,
    /// Longest time one request may take.
    pub request_timeout: Duration,
    /// Largest request body, in bytes.
    pub max_body_bytes: usize,
    /// `Access-Control-Allow-Origin` to send; `None` (the default) sends no CORS headers.
    pub cors_origin: Option<String>,
}

impl Config {
    /// Defaults for a database directory served at `base_url`.
    pub fn new(db: impl Into<PathBuf>, base_url: impl Into<String>) -> Self {
        Self {
            db: db.into(),
            base_url: base_url.into().trim_end_matches('/').to_string(),
            embeddings: Vec::new(),
            request_timeout: Duration::from_secs(30),
            max_body_bytes: 1 << 20,
            cors_origin: None,
        }
    }
}

/// The database handle and the catalog file state it was opened at.
struct Opened {
    db: Database,
    stamp: Option<(SystemTime, u64)>,
}

/// A served database.
pub struct App {
    config: Config,
    opened: Mutex<Opened>,
    /// Embedding set versions loaded by earlier requests, by label (`name@v`); versions are
    /// immutable, so an entry never goes stale.
    sets: Mutex<HashMap<String, EmbeddingSet>>,
}

/// The most set versions kept loaded (the cache is emptied when a request would exceed it).
const CACHED_SETS: usize = 8;

/// Where a request's path points.
enum Route {
    Info,
    EntryInfo,
    Links,
    Versions,
    Structures,
    Structure(String),
    Near,
}

impl App {
    /// Open the database read-only (it must exist) and check the served embedding sets.
    pub fn open(config: Config) -> crystaldb::Result<App> {
        let db = Database::open_read_only(&config.db)?;
        let stamp = catalog_stamp(&config);
        for name in &config.embeddings {
            db.snapshot()?.embedding(name)?;
        }
        Ok(App { config, opened: Mutex::new(Opened { db, stamp }), sets: Mutex::new(HashMap::new()) })
    }

    /// The settings.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// A snapshot of the newest committed version, reopening the database when the catalog
    /// file changed since the last look.
    pub fn snapshot(&self) -> crystaldb::Result<Snapshot> {
        let mut opened = self.opened.lock().unwrap_or_else(|p| p.into_inner());
        let now = catalog_stamp(&self.config);
        if now != opened.stamp {
            opened.db = Database::open_read_only(&self.config.db)?;
            opened.stamp = now;
        }
        opened.db.snapshot()
    }

    /// Answer one request. Never panics on any input (a panic below is caught by the HTTP
    /// layer and answered with 500).
    pub fn respond(&self, method: &str, path: &str, query: Option<&str>, body: &[u8]) -> Reply {
        let base = self.meta_base(path);
        let (versioned, route) = match route(path) {
            Ok(r) => r,
            Err(e) => return e.reply(base),
        };
        let prefix =
            if versioned { format!("{}/v1", self.config.base_url) } else { self.config.base_url.clone() };
        let params = match Params::parse(query) {
            Ok(p) => p,
            Err(e) => return e.reply(base),
        };
        let expected = if matches!(route, Route::Near) { "POST" } else { "GET" };
        if method != expected && !(method == "HEAD" && expected == "GET") {
            return ApiError::new(405, format!("{path} answers {expected} requests, not {method}"))
                .reply(base);
        }
        let result = match route {
            Route::Info => Ok(self.info(path, &params)),
            Route::EntryInfo => self.entry_info(path, &params),
            Route::Links => Ok(self.links(path, &params)),
            Route::Versions => Ok(Reply {
                status: 200,
                content_type: "text/csv; header=present",
                body: b"version\n1\n".to_vec(),
            }),
            Route::Structures => self.structures(&prefix, path, &params),
            Route::Structure(id) => self.one(&id, path, &params),
            Route::Near => self.near_posted(path, &params, body),
        };
        result.unwrap_or_else(|e| e.reply(self.meta(&params.representation(path), None, &params.warnings)))
    }

    /// An error answer for `path` (used by the HTTP layer for limits it enforces itself).
    pub fn error(&self, e: ApiError, path: &str) -> Reply {
        e.reply(self.meta_base(path))
    }

    fn meta_base(&self, path: &str) -> Value {
        self.meta(path, None, &[])
    }

    /// The `meta` object every answer carries.
    fn meta(&self, representation: &str, version: Option<u64>, warnings: &[String]) -> Value {
        let mut m = json!({
            "query": { "representation": representation },
            "api_version": API_VERSION,
            "more_data_available": false,
            "time_stamp": chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string(),
            "schema": "https://schemas.optimade.org/openapi/v1.2/optimade.json",
            "provider": {
                "name": "crystaldb",
                "description": "A crystaldb database of crystal structures and their learned embeddings",
                "prefix": PROVIDER_PREFIX,
            },
            "implementation": { "name": "crystaldb", "version": env!("CARGO_PKG_VERSION") },
        });
        if let Some(v) = version {
            m[format!("_{PROVIDER_PREFIX}_version")] = json!(v);
        }
        if !warnings.is_empty() {
            m["warnings"] =
                Value::Array(warnings.iter().map(|w| json!({ "type": "warning", "detail": w })).collect());
        }
        m
    }

    fn meta_reply(&self, mut doc: Value, path: &str, params: &Params, version: Option<u64>) -> Reply {
        doc["meta"] = self.meta(&params.representation(path), version, &params.warnings);
        Reply::json(&doc)
    }

    fn info(&self, path: &str, params: &Params) -> Reply {
        let doc = json!({
            "data": {
                "type": "info",
                "id": "/",
                "attributes": {
                    "api_version": API_VERSION,
                    "available_api_versions": [{ "url": format!("{}/v1", self.config.base_url), "version": API_VERSION }],
                    "formats": ["json"],
                    "entry_types_by_format": { "json": ["structures"] },
                    "available_endpoints": ["info", "links", "structures"],
                    "is_index": false,
                },
            },
        });
        self.meta_reply(doc, path, params, None)
    }

    fn links(&self, path: &str, params: &Params) -> Reply {
        let mut doc = json!({ "data": [] });
        doc["meta"] = self.meta(&params.representation(path), None, &params.warnings);
        doc["meta"]["data_returned"] = json!(0);
        doc["meta"]["data_available"] = json!(0);
        Reply::json(&doc)
    }

    /// `GET /info/structures`: the served properties, and the prediction sets of the newest
    /// version as `_crystaldb_<set>` float properties (filterable; returned when requested in
    /// `response_fields`).
    fn entry_info(&self, path: &str, params: &Params) -> Result<Reply, ApiError> {
        let snap = self.snapshot()?;
        let mut data = entry::info_data();
        for set in snap.prediction_sets()? {
            let model = set.meta.get("model").cloned().unwrap_or_else(|| set.encoder.name.clone());
            let mut d = json!({
                "description": format!(
                    "Prediction of {model} stored as prediction set {} (one value per record; null where \
                     the model gave none). Returned when named in response_fields.",
                    set.label()
                ),
                "type": "float",
                "sortable": false,
            });
            if let Some(unit) = set.meta.get("unit").filter(|u| u.as_str() == "eV/atom") {
                d["unit"] = json!(unit);
            }
            data["properties"][format!("_{PROVIDER_PREFIX}_{}", set.name)] = d;
        }
        Ok(self.meta_reply(json!({ "data": data }), path, params, None))
    }

    /// `GET /structures`: a filtered, sorted page, or nearest neighbours of a stored record.
    fn structures(&self, prefix: &str, path: &str, params: &Params) -> Result<Reply, ApiError> {
        check_format(params)?;
        let page = Page::of(params)?;
        let fields = response_fields(params)?;
        let filter = parse_filter(params.get("filter"))?;
        let snap = self.snapshot()?;
        // A search hands back its hits' rows; a listing reads its page's rows below.
        let mut found: Option<Vec<StructureRow>> = None;
        let (ids, plan, distances) = if let Some(id) = params.ours("near") {
            if params.get("sort").is_some() {
                return Err(ApiError::bad_request(
                    "`sort` does not apply to a nearest-neighbour search: hits come in distance order",
                )
                .parameter("sort"));
            }
            let (hits, plan) = self.search(&snap, params, filter, Target::Id(id.to_string()))?;
            let (ids, distances): (Vec<String>, Vec<f32>) =
                hits.iter().map(|h| (h.id.clone(), h.distance.unwrap_or(f32::NAN))).unzip();
            found = Some(hits.into_iter().map(|h| h.row).collect());
            (ids, Some(plan), Some(distances))
        } else {
            let mut ids = match &filter {
                Some(f) => snap.select(f)?.ids,
                None => all_ids(&snap)?,
            };
            if let Some(sort) = params.get("sort") {
                sort_ids(&snap, &mut ids, sort)?;
            }
            (ids, None, None)
        };
        let total = ids.len() as u64;
        let start = page.offset.min(total) as usize;
        let end = (page.offset.saturating_add(page.limit)).min(total) as usize;
        let rows = match found {
            Some(rows) => rows.into_iter().skip(start).take(end - start).map(Some).collect(),
            None => snap.get_many(&ids[start..end])?,
        };
        let predicted = requested_predictions(&snap, &fields)?;
        let mut data = Vec::with_capacity(end - start);
        for (i, row) in rows.into_iter().enumerate() {
            let row = row.ok_or_else(|| {
                ApiError::new(500, format!("{} vanished from its snapshot", ids[start + i]))
            })?;
            let mut r = entry::resource(&row, &fields, None);
            add_predictions(&mut r, &row.id, &predicted);
            if let Some(d) = &distances {
                r["attributes"][format!("_{PROVIDER_PREFIX}_distance")] = json!(d[start + i]);
            }
            data.push(r);
        }
        let more = (end as u64) < total;
        let next = more.then(|| {
            let mut q: Vec<String> = params
                .pairs()
                .iter()
                .filter(|(k, _)| k != "page_offset" && k != "page_number")
                .map(|(k, v)| format!("{k}={}", encode(v)))
                .collect();
            q.push(format!("page_offset={end}"));
            format!("{prefix}/structures?{}", q.join("&"))
        });
        let mut doc = json!({ "data": data, "links": { "next": next } });
        let mut meta = self.meta(&params.representation(path), Some(snap.version()), &params.warnings);
        meta["more_data_available"] = json!(more);
        meta["data_returned"] = json!(total);
        meta["data_available"] = json!(snap.len());
        if let Some(p) = plan {
            meta[format!("_{PROVIDER_PREFIX}_plan")] = p;
        }
        doc["meta"] = meta;
        Ok(Reply::json(&doc))
    }

    /// `GET /structures/{id}`.
    fn one(&self, id: &str, path: &str, params: &Params) -> Result<Reply, ApiError> {
        check_format(params)?;
        let fields = response_fields(params)?;
        for p in ["filter", "sort", "page_limit", "page_offset", "page_number"] {
            if params.get(p).is_some() {
                return Err(
                    ApiError::bad_request(format!("`{p}` does not apply to a single entry")).parameter(p)
                );
            }
        }
        let snap = self.snapshot()?;
        let row = snap.get(id)?.ok_or_else(|| {
            ApiError::not_found(format!("no structure with id {id:?} at version {}", snap.version()))
        })?;
        let mut resource = entry::resource(&row, &fields, None);
        add_predictions(&mut resource, &row.id, &requested_predictions(&snap, &fields)?);
        let mut doc = json!({ "data": resource, "links": { "next": null } });
        let mut meta = self.meta(&params.representation(path), Some(snap.version()), &params.warnings);
        meta["data_returned"] = json!(1);
        meta["data_available"] = json!(snap.len());
        doc["meta"] = meta;
        Ok(Reply::json(&doc))
    }

    /// `POST /extensions/crystaldb/near`: the nearest stored crystals to a posted structure
    /// (an OPTIMADE structure resource or document, or a CIF), encoded with the set's encoder.
    fn near_posted(&self, path: &str, params: &Params, body: &[u8]) -> Result<Reply, ApiError> {
        let fields = response_fields(params)?;
        let filter = parse_filter(params.get("filter"))?;
        let structure = posted_structure(body)?;
        let snap = self.snapshot()?;
        let (hits, plan) = self.search(&snap, params, filter, Target::Structure(Box::new(structure)))?;
        let predicted = requested_predictions(&snap, &fields)?;
        let mut data = Vec::with_capacity(hits.len());
        for hit in hits {
            let mut r = entry::resource(&hit.row, &fields, None);
            add_predictions(&mut r, &hit.id, &predicted);
            r["attributes"][format!("_{PROVIDER_PREFIX}_distance")] = json!(hit.distance.unwrap_or(f32::NAN));
            data.push(r);
        }
        let mut meta = self.meta(&params.representation(path), Some(snap.version()), &params.warnings);
        meta["data_returned"] = json!(data.len());
        meta["data_available"] = json!(snap.len());
        meta[format!("_{PROVIDER_PREFIX}_plan")] = plan;
        Ok(Reply::json(&json!({ "data": data, "links": { "next": null }, "meta": meta })))
    }

    /// A filtered nearest-neighbour search in the requested (or only) served set: the hits (with
    /// their rows) and the plan.
    fn search(
        &self,
        snap: &Snapshot,
        params: &Params,
        filter: Option<Filter>,
        target: Target,
    ) -> Result<(Vec<SearchHit>, Value), ApiError> {
        let k = params.count(&format!("_{PROVIDER_PREFIX}_k"))?.unwrap_or(10);
        if k == 0 || k > MAX_K {
            return Err(ApiError::bad_request(format!(
                "`_{PROVIDER_PREFIX}_k` must be 1..={MAX_K}, not {k}"
            ))
            .parameter(&format!("_{PROVIDER_PREFIX}_k")));
        }
        let exact = match params.ours("exact") {
            None | Some("false") => false,
            Some("true") => true,
            Some(v) => {
                return Err(ApiError::bad_request(format!(
                    "`_{PROVIDER_PREFIX}_exact` is true or false, not {v:?}"
                )))
            }
        };
        let set = self.loaded_set(snap, &self.set_name(snap, params.ours("embedding"))?)?;
        let mut search = snap
            .search_loaded(set)
            .near(target)
            .k(k as usize)
            .options(SearchOptions { exact, ..SearchOptions::default() });
        if let Some(f) = filter {
            search = search.with_filter(f);
        }
        let result = search.run()?;
        let plan = serde_json::to_value(&result.plan).unwrap_or(Value::Null);
        Ok((result.hits, plan))
    }

    /// The set version `spec` names at this snapshot, from the cache or loaded now.
    fn loaded_set(&self, snap: &Snapshot, spec: &str) -> Result<EmbeddingSet, ApiError> {
        let label = snap.embedding_info(spec)?.label();
        if let Some(set) = self.sets.lock().unwrap_or_else(|p| p.into_inner()).get(&label) {
            return Ok(set.clone());
        }
        let set = snap.embedding(&label)?;
        let mut sets = self.sets.lock().unwrap_or_else(|p| p.into_inner());
        if sets.len() >= CACHED_SETS {
            sets.clear();
        }
        sets.insert(label, set.clone());
        Ok(set)
    }

    /// The set a search uses: the one asked for (which must be served), else the only served set.
    fn set_name(&self, snap: &Snapshot, asked: Option<&str>) -> Result<String, ApiError> {
        let param = format!("_{PROVIDER_PREFIX}_embedding");
        let served: Vec<String> = if self.config.embeddings.is_empty() {
            let mut names: Vec<String> =
                snap.database().embeddings().list()?.into_iter().map(|s| s.name).collect();
            names.sort();
            names.dedup();
            names
        } else {
            self.config.embeddings.clone()
        };
        match asked {
            Some(name) => {
                let bare = name.split('@').next().unwrap_or(name);
                if served.iter().any(|s| s == name || s.split('@').next() == Some(bare)) {
                    Ok(name.to_string())
                } else {
                    Err(ApiError::bad_request(format!(
                        "embedding set {name:?} is not served here; served: {}",
                        if served.is_empty() { "none".to_string() } else { served.join(", ") }
                    ))
                    .parameter(&param))
                }
            }
            None => match served.as_slice() {
                [one] => Ok(one.clone()),
                [] => Err(ApiError::new(
                    501,
                    "this server serves no embedding set for nearest-neighbour search",
                )),
                many => {
                    Err(ApiError::bad_request(format!("choose a set with `{param}`: {}", many.join(", ")))
                        .parameter(&param))
                }
            },
        }
    }
}

/// The catalog file's modification time and length, or `None` when it cannot be read.
fn catalog_stamp(config: &Config) -> Option<(SystemTime, u64)> {
    let m = std::fs::metadata(config.db.join(crystaldb::CATALOG_FILE)).ok()?;
    Some((m.modified().ok()?, m.len()))
}

/// Split a path into (versioned?, route). Segments are percent-decoded; an id may hold any
/// character, and is only ever looked up in the catalog.
fn route(path: &str) -> Result<(bool, Route), ApiError> {
    let raw: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let mut segs = Vec::with_capacity(raw.len());
    for s in raw {
        let d = percent_encoding::percent_decode_str(s).decode_utf8().map_err(|_| {
            ApiError::bad_request(format!("the path segment {s:?} is not valid UTF-8 after decoding"))
        })?;
        segs.push(d.into_owned());
    }
    let mut rest: &[String] = &segs;
    let mut versioned = false;
    if let Some(first) = rest.first() {
        if is_version(first) {
            if !["v1", "v1.2", "v1.2.0"].contains(&first.as_str()) {
                return Err(ApiError::new(
                    553,
                    format!("version {first} is not supported; this server speaks OPTIMADE {API_VERSION} under /v1"),
                ));
            }
            versioned = true;
            rest = &rest[1..];
        }
    }
    let r: Vec<&str> = rest.iter().map(String::as_str).collect();
    let route = match r.as_slice() {
        [] | ["info"] => Route::Info,
        ["info", "structures"] => Route::EntryInfo,
        ["links"] => Route::Links,
        ["versions"] if !versioned => Route::Versions,
        ["structures"] => Route::Structures,
        ["structures", id] => Route::Structure(id.to_string()),
        ["extensions", p, "near"] if *p == PROVIDER_PREFIX => Route::Near,
        _ => return Err(ApiError::not_found(format!("no endpoint at {path}"))),
    };
    Ok((versioned, route))
}

/// `v` followed by digits and dots.
fn is_version(s: &str) -> bool {
    s.len() > 1 && s.starts_with('v') && s[1..].chars().all(|c| c.is_ascii_digit() || c == '.')
}

fn check_format(params: &Params) -> Result<(), ApiError> {
    match params.get("response_format") {
        None | Some("json") => Ok(()),
        Some(f) => Err(ApiError::bad_request(format!("response_format {f:?} is not served; only json"))
            .parameter("response_format")),
    }
}

/// Page limit and offset (`page_number` counts pages from 1).
struct Page {
    limit: u64,
    offset: u64,
}

impl Page {
    fn of(params: &Params) -> Result<Page, ApiError> {
        for p in ["page_cursor", "page_above", "page_below"] {
            if params.get(p).is_some() {
                return Err(ApiError::new(
                    501,
                    format!("`{p}` pagination is not implemented; use page_offset or page_number"),
                )
                .parameter(p));
            }
        }
        let limit = params.count("page_limit")?.unwrap_or(DEFAULT_PAGE_LIMIT);
        if limit > MAX_PAGE_LIMIT {
            return Err(ApiError::new(
                403,
                format!("page_limit {limit} is above the maximum of {MAX_PAGE_LIMIT}"),
            )
            .parameter("page_limit"));
        }
        if limit == 0 {
            return Err(ApiError::bad_request("page_limit must be at least 1").parameter("page_limit"));
        }
        let offset = match (params.count("page_offset")?, params.count("page_number")?) {
            (Some(_), Some(_)) => {
                return Err(ApiError::bad_request("give page_offset or page_number, not both")
                    .parameter("page_number"))
            }
            (Some(o), None) => o,
            (None, Some(0)) => {
                return Err(ApiError::bad_request("page_number counts from 1").parameter("page_number"))
            }
            (None, Some(n)) => (n - 1).saturating_mul(limit),
            (None, None) => 0,
        };
        Ok(Page { limit, offset })
    }
}

/// The prediction sets named in `fields` (`_crystaldb_<set>`), loaded.
fn requested_predictions(
    snap: &Snapshot,
    fields: &[String],
) -> crystaldb::Result<Vec<(String, crystaldb::EmbeddingSet)>> {
    let wanted: Vec<&String> =
        fields.iter().filter(|f| f.starts_with(&format!("_{PROVIDER_PREFIX}_"))).collect();
    if wanted.is_empty() {
        return Ok(vec![]);
    }
    let sets = snap.prediction_sets()?;
    let mut out = Vec::new();
    for f in wanted {
        let name = &f[PROVIDER_PREFIX.len() + 2..];
        if let Some(info) = sets.iter().find(|s| s.name == name) {
            out.push((f.clone(), snap.embedding(&info.label())?));
        }
    }
    Ok(out)
}

/// Each requested prediction's value for record `id` (null where the set has none).
fn add_predictions(resource: &mut Value, id: &str, predicted: &[(String, crystaldb::EmbeddingSet)]) {
    for (field, set) in predicted {
        resource["attributes"][field.as_str()] = json!(set.get(id).map(|v| f64::from(v[0])));
    }
}

/// The requested fields, or every served one.
fn response_fields(params: &Params) -> Result<Vec<String>, ApiError> {
    match params.get("response_fields") {
        None => Ok(entry::default_fields()),
        Some(list) => {
            let fields: Vec<String> =
                list.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
            if let Some(bad) = fields.iter().find(|f| !valid_name(f)) {
                return Err(ApiError::bad_request(format!("{bad:?} is not a property name"))
                    .parameter("response_fields"));
            }
            Ok(fields)
        }
    }
}

/// OPTIMADE identifiers: lower-case letters, digits and underscores, not starting with a digit.
fn valid_name(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with(|c: char| c.is_ascii_digit())
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn parse_filter(text: Option<&str>) -> Result<Option<Filter>, ApiError> {
    let Some(text) = text else { return Ok(None) };
    if text.len() > MAX_FILTER_BYTES {
        return Err(ApiError::bad_request(format!(
            "the filter is {} bytes long; at most {MAX_FILTER_BYTES} are accepted",
            text.len()
        ))
        .parameter("filter"));
    }
    if text.trim().is_empty() {
        return Ok(None);
    }
    Ok(Some(Filter::parse(text)?))
}

fn all_ids(snap: &Snapshot) -> crystaldb::Result<Vec<String>> {
    let mut ids = Vec::with_capacity(snap.len() as usize);
    for b in snap.scan(&ScanOptions::columns(["id"]))? {
        let b = b?;
        let col = b
            .column(0)
            .as_any()
            .downcast_ref::<crystaldb::arrow::array::StringArray>()
            .ok_or_else(|| crystaldb::Error::invalid("the id column is not utf8"))?;
        ids.extend(col.iter().flatten().map(str::to_string));
    }
    Ok(ids)
}

/// A sort key value: numbers and strings; nulls sort last in either direction.
#[derive(Debug, Clone, PartialEq, PartialOrd)]
enum Key {
    Num(f64),
    Text(String),
}

/// Sort `ids` by the `sort` parameter (`field,-other`): stable, ties keep scan order.
fn sort_ids(snap: &Snapshot, ids: &mut [String], sort: &str) -> Result<(), ApiError> {
    let props = entry::properties();
    let mut keys: Vec<(String, bool)> = Vec::new();
    for part in sort.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let (name, desc) = match part.strip_prefix('-') {
            Some(n) => (n, true),
            None => (part, false),
        };
        let column = if name == "id" {
            "id"
        } else {
            match props.iter().find(|p| p.name == name) {
                Some(p) if p.sortable => p.column.expect("sortable properties read a column"),
                Some(_) => {
                    return Err(ApiError::bad_request(format!("{name} is not sortable")).parameter("sort"));
                }
                None => {
                    return Err(
                        ApiError::bad_request(format!("unknown sort field {name:?}")).parameter("sort")
                    )
                }
            }
        };
        keys.push((column.to_string(), desc));
    }
    if keys.is_empty() {
        return Ok(());
    }
    let mut columns: Vec<String> = vec!["id".into()];
    columns.extend(keys.iter().map(|k| k.0.clone()).filter(|c| c != "id"));
    let mut values: std::collections::HashMap<String, Vec<Option<Key>>> = std::collections::HashMap::new();
    for b in snap.scan(&ScanOptions::columns(columns.clone()))? {
        let b = b?;
        let id_col = b.column(0).as_any().downcast_ref::<crystaldb::arrow::array::StringArray>();
        let Some(id_col) = id_col else { return Err(ApiError::new(500, "the id column is not utf8")) };
        for row in 0..b.num_rows() {
            let vals = keys
                .iter()
                .map(|(c, _)| {
                    let col = b.column_by_name(c)?;
                    key_of(col.as_ref(), row)
                })
                .collect();
            values.insert(id_col.value(row).to_string(), vals);
        }
    }
    ids.sort_by(|a, b| {
        let (va, vb) = (&values[a], &values[b]);
        for (i, (_, desc)) in keys.iter().enumerate() {
            let o = match (&va[i], &vb[i]) {
                (None, None) => std::cmp::Ordering::Equal,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (Some(_), None) => std::cmp::Ordering::Less,
                (Some(x), Some(y)) => {
                    let o = x.partial_cmp(y).unwrap_or(std::cmp::Ordering::Equal);
                    if *desc {
                        o.reverse()
                    } else {
                        o
                    }
                }
            };
            if o != std::cmp::Ordering::Equal {
                return o;
            }
        }
        std::cmp::Ordering::Equal
    });
    Ok(())
}

fn key_of(col: &dyn crystaldb::arrow::array::Array, row: usize) -> Option<Key> {
    use crystaldb::arrow::array::{AsArray, StringArray};
    use crystaldb::arrow::datatypes::{DataType, Float64Type, Int32Type, Int64Type};
    if col.is_null(row) {
        return None;
    }
    Some(match col.data_type() {
        DataType::Utf8 => Key::Text(col.as_any().downcast_ref::<StringArray>()?.value(row).to_string()),
        DataType::Float64 => Key::Num(col.as_primitive::<Float64Type>().value(row)),
        DataType::Int32 => Key::Num(col.as_primitive::<Int32Type>().value(row) as f64),
        DataType::Int64 => Key::Num(col.as_primitive::<Int64Type>().value(row) as f64),
        _ => return None,
    })
}

/// The structure of a posted body: OPTIMADE JSON (a structures resource, or a document whose
/// `data` is one) or CIF; the first structure when the body holds several.
fn posted_structure(body: &[u8]) -> Result<Structure, ApiError> {
    use crystaldb_readers::formats;
    use crystaldb_readers::ReadContext;
    if body.is_empty() {
        return Err(ApiError::bad_request(
            "post a structure: an OPTIMADE structures resource (JSON) or a CIF",
        ));
    }
    let text = std::str::from_utf8(body)
        .map_err(|e| ApiError::bad_request(format!("the body is not UTF-8: {e}")))?;
    let json = text.trim_start().starts_with('{') || text.trim_start().starts_with('[');
    let name = if json { "optimade" } else { "cif" };
    // A bare resource (`{"id", "type", "attributes"}`) is read as the document holding it.
    let wrapped;
    let body = match serde_json::from_str::<Value>(text) {
        Ok(v) if v.get("attributes").is_some() && v.get("data").is_none() => {
            wrapped = json!({ "data": v }).to_string();
            wrapped.as_bytes()
        }
        _ => body,
    };
    let reader = formats::reader_by_name(if json { "optimade-json" } else { name })
        .ok_or_else(|| ApiError::new(500, format!("no {name} reader")))?;
    let ctx =
        ReadContext { file: "request body".into(), stem: "posted".into(), source: Some("posted".into()) };
    let record = reader
        .read(Box::new(std::io::Cursor::new(body.to_vec())), &ctx)
        .next()
        .ok_or_else(|| ApiError::bad_request(format!("the body holds no structure (read as {name})")))?
        .map_err(|e| ApiError::bad_request(e.to_string()))?;
    record.validate(&Default::default()).map_err(|e| ApiError::bad_request(format!("request body: {e}")))?;
    Ok(record.structure)
}

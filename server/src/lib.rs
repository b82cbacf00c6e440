//! crystaldb-server: "serve this database as an OPTIMADE provider, with nearest-neighbour search".
//!
//! [`serve`] binds a socket (loopback unless told otherwise), answers OPTIMADE v1.2 requests
//! read-only with [`App::respond`] on tokio's blocking pool, and stops on SIGINT or SIGTERM
//! after the requests in flight have been answered. Limits: a request body above
//! [`Config::max_body_bytes`] is 413 before it is read whole; a request running longer than
//! [`Config::request_timeout`] is answered 503 (its work finishes in the background and is
//! dropped); a panic while answering is a 500 and the server keeps serving; no path or
//! parameter is ever used to open a file (ids are looked up in the catalog only). CORS headers
//! are sent only with [`Config::cors_origin`].

pub mod api;
pub mod entry;
pub mod params;
pub mod reply;

pub use api::{App, Config, API_VERSION, DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT};
pub use reply::{ApiError, Reply};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;
use axum::Router;
use std::net::SocketAddr;
use std::sync::Arc;

/// Serve `config.db` on `bind` until SIGINT/SIGTERM. An empty `config.base_url` becomes
/// `http://<bound address>`. `ready` is called with the bound address once the socket
/// accepts connections (port 0 picks a free port).
pub fn serve(
    mut config: Config,
    bind: SocketAddr,
    ready: impl FnOnce(SocketAddr, &str),
) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(bind)
            .await
            .map_err(|e| anyhow::anyhow!("cannot listen on {bind}: {e}"))?;
        let addr = listener.local_addr()?;
        if config.base_url.is_empty() {
            config.base_url = format!("http://{addr}");
        }
        let app = Arc::new(App::open(config)?);
        ready(addr, &app.config().base_url);
        let router = Router::new().fallback(handle).with_state(app);
        axum::serve(listener, router).with_graceful_shutdown(shutdown_signal()).await?;
        Ok(())
    })
}

/// Every request: read the body within its limit, answer on the blocking pool within the
/// time limit.
async fn handle(State(app): State<Arc<App>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let path = parts.uri.path().to_string();
    let query = parts.uri.query().map(str::to_string);
    let method = parts.method.as_str().to_string();
    let limit = app.config().max_body_bytes;
    let reply = match axum::body::to_bytes(body, limit).await {
        Err(_) => {
            app.error(ApiError::new(413, format!("the request body is larger than {limit} bytes")), &path)
        }
        Ok(bytes) => {
            let worker = app.clone();
            let p = path.clone();
            let work =
                tokio::task::spawn_blocking(move || worker.respond(&method, &p, query.as_deref(), &bytes));
            match tokio::time::timeout(app.config().request_timeout, work).await {
                Ok(Ok(reply)) => reply,
                Ok(Err(e)) => app.error(ApiError::new(500, format!("the request failed: {e}")), &path),
                Err(_) => app.error(
                    ApiError::new(
                        503,
                        format!(
                            "the request took longer than {} s",
                            app.config().request_timeout.as_secs_f64()
                        ),
                    ),
                    &path,
                ),
            }
        }
    };
    let mut response = Response::new(Body::from(reply.body));
    *response.status_mut() = StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(reply.content_type));
    if let Some(origin) = &app.config().cors_origin {
        if let Ok(v) = HeaderValue::from_str(origin) {
            response.headers_mut().insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, v);
        }
    }
    response
}

/// SIGINT (Ctrl-C) or, on Unix, SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

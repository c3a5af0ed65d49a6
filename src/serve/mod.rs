//! `amnesty-sim serve`: what-if in the browser, for people who will not write TOML. A
//! local web server (axum on tokio) with one server-rendered page: pick a shipped draft,
//! switch clauses off, change numbers, add exclusions by article, run, and download the
//! draft and the report. The page's edits go through the same draft compiler as files.
//!
//! Safe by default: it listens on 127.0.0.1; request bodies, replicates, concurrent runs
//! and queued runs are bounded; only shipped drafts can be a base, so no path on the
//! machine is read or written from the page; a malformed request gets a 4xx with a
//! message. Everything the page needs is embedded in the binary (no CDN).

pub mod edit;
pub mod jobs;
pub mod page;
pub mod solve;
pub mod values;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use serde::Deserialize;
use serde_json::json;

use crate::draft::Draft;
use crate::error::{Action, Error, Result};
use crate::i18n::{Lang, Texts};
use crate::montecarlo::{PopulationSource, RunConfig};
use crate::scenario::spec::PopulationSpec;
use jobs::{JobState, Jobs};

/// The largest request body accepted: a form of a draft's fields is a few kilobytes.
pub const MAX_BODY: usize = 64 * 1024;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// Address to listen on (127.0.0.1 by default: only this machine).
    pub addr: SocketAddr,
    /// The page's language unless the page asks for another.
    pub lang: Lang,
    /// Replicates of a run unless the page asks for another.
    pub replicates: u64,
    /// The most replicates a page may ask for.
    pub max_replicates: u64,
    /// Runs at once (each uses `threads` threads).
    pub concurrent: usize,
    /// Runs that may wait for a slot; more are refused with 503.
    pub max_queued: usize,
    /// Threads per run.
    pub threads: usize,
    /// Seed of every run (runs are reproducible: the report names the seed).
    pub seed: u64,
    /// Bytes of earlier runs' rows kept for the next press ([`crate::montecarlo::cache`];
    /// 0: none): the base draft is the same press after press, so only the variants
    /// cost time, and the figures are the same bytes.
    pub cache_bytes: usize,
    /// Runs in the background into the cache: the default base draft once when the
    /// server starts, so the first press of Run finds it there, and the drafts of a
    /// form the reader is editing (`POST /prepare`, sent by the page a moment after
    /// each edit), so that by the time Run is pressed part of the work is done. Stopped
    /// (its finished replicates kept) as soon as a press or a goal seek needs the
    /// cores.
    pub warm: bool,
}

impl Default for ServeConfig {
    fn default() -> Self {
        ServeConfig {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            lang: Lang::En,
            replicates: 1000,
            max_replicates: 20_000,
            concurrent: 1,
            max_queued: 16,
            threads: crate::montecarlo::cores(),
            seed: 1,
            cache_bytes: 256 << 20,
            warm: false,
        }
    }
}

struct App {
    config: ServeConfig,
    spec: PopulationSpec,
    jobs: Arc<Jobs>,
    /// One goal-seek at a time.
    solving: Arc<tokio::sync::Semaphore>,
    /// Rows of drafts already run (none when the budget is 0).
    cache: Option<Arc<crate::montecarlo::cache::ReplicateCache>>,
    /// The background run ([`ServeConfig::warm`]: the default base at start, or the
    /// drafts of a form being edited) while it runs.
    warming: std::sync::Mutex<Option<Background>>,
}

/// A run in the background, into the cache: its watch (to stop it) and its thread (to
/// wait for it: its finished replicates reach the cache when it returns).
struct Background {
    watch: Arc<crate::montecarlo::Watch>,
    thread: std::thread::JoinHandle<()>,
}

impl Background {
    /// Stops the run in `slot`, if any, and empties it.
    fn stop(slot: &mut Option<Background>) -> Stopped {
        Stopped(slot.take().map(|b| {
            b.watch.cancel();
            b.thread
        }))
    }
}

/// A stopped background run, to wait for before a run that may want its rows.
struct Stopped(Option<std::thread::JoinHandle<()>>);

impl Stopped {
    /// Waits until the stopped run has returned (within one batch of replicates) and
    /// its rows are in the cache, so that the next run's look-up finds them rather than
    /// computing them again.
    fn wait(self) {
        if let Some(t) = self.0 {
            let _ = t.join();
        }
    }
}

impl App {
    /// The background run, locked (a panic elsewhere left it whole: go on).
    fn warming(&self) -> std::sync::MutexGuard<'_, Option<Background>> {
        self.warming.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Stops the background run, if one runs: a reader's press comes first. Wait for
    /// the answer on a blocking thread, not the server's.
    fn stop_warming(&self) -> Stopped {
        Background::stop(&mut self.warming())
    }

    /// Runs `drafts` at the page's default replicates into the cache, on a thread of
    /// its own, in place of the background run there was (stopped, and waited for
    /// before this one starts); the run's figures are dropped, its rows stay in the
    /// cache.
    fn run_in_background(self: &Arc<Self>, drafts: Vec<crate::draft::Draft>, replicates: u64) {
        let Some(cache) = self.cache.clone() else { return };
        let watch = Arc::new(crate::montecarlo::Watch::default());
        let config = RunConfig { cache: Some(cache), watch: Some(watch.clone()), ..page_config(replicates, self.config.seed, self.config.threads) };
        let mut slot = self.warming();
        let before = Background::stop(&mut slot);
        let app = self.clone();
        let mine = watch.clone();
        let thread = std::thread::spawn(move || {
            before.wait();
            if !mine.is_cancelled() {
                let _ = crate::montecarlo::run(&app.spec, &PopulationSource::Synthetic, &drafts, &config);
            }
            // Only this run's entry: a newer one may have taken the place.
            let mut slot = app.warming();
            if slot.as_ref().is_some_and(|b| Arc::ptr_eq(&b.watch, &mine)) {
                slot.take();
            }
        });
        *slot = Some(Background { watch, thread });
    }
}

/// Runs the default base draft at the page's default replicates into the cache, in the
/// background.
fn warm(app: &Shared) {
    let Ok(base) = crate::draft::resolve(crate::draft::DEFAULT_DRAFT) else { return };
    app.run_in_background(vec![base], app.config.replicates);
}

type Shared = Arc<App>;

/// The router of the server, with its state: the embedded default population.
pub fn router(config: ServeConfig) -> Result<Router> {
    let spec = PopulationSpec::embedded_default()?;
    let jobs = Arc::new(Jobs::new(config.concurrent, config.max_queued, 32));
    let cache = (config.cache_bytes > 0).then(|| Arc::new(crate::montecarlo::cache::ReplicateCache::new(config.cache_bytes)));
    let warming = std::sync::Mutex::new(None);
    let app = Arc::new(App { config, spec, jobs, solving: Arc::new(tokio::sync::Semaphore::new(1)), cache, warming });
    if app.config.warm {
        warm(&app);
    }
    Ok(Router::new()
        .route("/", get(index))
        .route("/assets/app.js", get(|| async { ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8")], page::SCRIPT) }))
        .route("/assets/style.css", get(|| async { ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], page::STYLE) }))
        .route("/run", post(run))
        .route("/prepare", post(prepare))
        .route("/jobs/{id}", get(job_status))
        .route("/jobs/{id}/cancel", post(cancel))
        .route("/solve", post(solve_handler))
        .route("/jobs/{id}/draft.toml", get(download_draft))
        .route("/jobs/{id}/variants/{k}", get(download_variant))
        .route("/jobs/{id}/report.html", get(download_report))
        .route("/jobs/{id}/results.xlsx", get(download_workbook))
        .route("/jobs/{id}/summary.csv", get(download_summary))
        .route("/health", get(health))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(axum::middleware::from_fn_with_state(app.clone(), cap_headers))
        .with_state(app))
}

/// What the reader is editing, run in the background into the cache before Run is
/// pressed ([`ServeConfig::warm`]): the page sends its form here a moment after each
/// edit. The answer says only whether a run started (`{"started": true}`); a form with
/// a mistake starts nothing (the press will say what is wrong), nor does a form sent
/// while a reader's run waits or runs, or a goal seek runs (it would slow them down). A newer form stops
/// the older one's run; a press stops it too, and takes the replicates it finished.
async fn prepare(State(app): State<Shared>, Form(form): Form<edit::Form>) -> Response {
    let started = (|| {
        // Not while a reader's run or goal seek needs the cores.
        if !app.config.warm || app.cache.is_none() || app.jobs.active() > 0 || app.solving.available_permits() == 0 {
            return false;
        }
        let Ok((base, lang)) = base_and_lang(&app, &form) else { return false };
        let tx = Texts::new(lang);
        let Ok(replicates) = replicates_of(&form, app.config.replicates, app.config.max_replicates, &tx) else { return false };
        let v = variants_of(&base, &form, &tx);
        if !v.errors.is_empty() {
            return false;
        }
        let mut drafts = vec![base];
        drafts.extend(v.drafts);
        app.run_in_background(drafts, replicates);
        true
    })();
    Json(json!({ "started": started })).into_response()
}

/// `ok` while the server answers, with `x-amnesty-warming: yes` while a background
/// run ([`ServeConfig::warm`]) still runs (`no` after): a script or a test that times
/// the page waits for it.
async fn health(State(app): State<Shared>) -> Response {
    let warming = app.warming().is_some();
    ([("x-amnesty-warming", if warming { "yes" } else { "no" })], "ok").into_response()
}

/// A 4xx with a message, as JSON the page shows.
/// Most bytes a request's headers may take (names and values): several times what any
/// browser sends, far below what could tie the server up.
pub const MAX_HEADERS: usize = 16 * 1024;

/// Refuses a request whose headers exceed [`MAX_HEADERS`] (431), before any handler.
async fn cap_headers(State(app): State<Shared>, req: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let size: usize = req.headers().iter().map(|(name, value)| name.as_str().len() + value.len()).sum();
    if size > MAX_HEADERS {
        let text = say(app.config.lang, "serve-headers-too-large", &[("size", size.into()), ("max", MAX_HEADERS.into())]);
        return refuse(StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE, text);
    }
    next.run(req).await
}

/// An address the server has no page for: a 404 in the server's language.
async fn not_found(State(app): State<Shared>) -> Response {
    (StatusCode::NOT_FOUND, say(app.config.lang, "serve-no-page", &[])).into_response()
}

/// The message `id` in `lang`: the words of a refusal, in the language of the page that
/// asked or, where a request names none, the server's.
fn say(lang: Lang, id: &str, args: &[(&str, crate::i18n::Arg)]) -> String {
    Texts::new(lang).f(id, args)
}

fn refuse(status: StatusCode, message: impl Into<String>) -> Response {
    Refusal(status, message.into()).into_response()
}

/// A refused request: its status and the message the page shows. Handlers return
/// `Result<Response, Refusal>` so a lookup can end them with `?`.
struct Refusal(StatusCode, String);

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        (self.0, Json(json!({ "ok": false, "message": self.1, "errors": {} }))).into_response()
    }
}

/// The page's language from a form or address: the server's when none is named; an
/// unknown one is refused, not read as English.
fn lang_of(form: &edit::Form, default: Lang) -> std::result::Result<Lang, Refusal> {
    match form.get("lang").map(|l| Lang::parse(l)) {
        None => Ok(default),
        Some(Some(l)) => Ok(l),
        Some(None) => Err(Refusal(StatusCode::BAD_REQUEST, say(default, "serve-unknown-lang", &[]))),
    }
}

/// The replicates a form asks for, checked as the page checks them: thousands as people
/// group them (`1,000`, `1 000`, `1 000`), from 1 to `max`.
fn replicates_of(form: &edit::Form, default: u64, max: u64, tx: &Texts) -> std::result::Result<u64, String> {
    match form.get("replicates").map(|r| r.trim()).filter(|r| !r.is_empty()) {
        None => Ok(default),
        Some(r) => match r.chars().filter(|c| !(c.is_whitespace() || matches!(c, ',' | '_'))).collect::<String>().parse::<u64>() {
            Ok(n) if (1..=max).contains(&n) => Ok(n),
            _ => Err(tx.f("serve-bad-replicates", &[("value", r.into()), ("max", (max as f64).into())])),
        },
    }
}

/// The variants a form asks for, each applied to `base`: the compiled drafts with their
/// numbers and TOML, and every mistake by field.
struct Variants {
    drafts: Vec<Draft>,
    numbers: Vec<usize>,
    texts: Vec<String>,
    errors: std::collections::BTreeMap<String, String>,
    changes: usize,
}

fn variants_of(base: &Draft, form: &edit::Form, tx: &Texts) -> Variants {
    let mut v = Variants { drafts: Vec::new(), numbers: Vec::new(), texts: Vec::new(), errors: Default::default(), changes: 0 };
    for k in (1..=edit::VARIANTS).filter(|k| edit::active(form, *k)) {
        let e = edit::apply(base, form, k, tx);
        v.errors.extend(e.errors);
        v.changes += e.changes;
        if let Some(d) = e.draft {
            v.drafts.push(d);
            v.numbers.push(k);
            v.texts.push(e.text);
        }
    }
    v
}

/// The page, its fields filled from the address: a link reproduces a scenario, and a
/// bad value in it is shown next to its field with the field's message.
async fn index(State(app): State<Shared>, Query(q): Query<edit::Form>) -> Response {
    let lang = match lang_of(&q, app.config.lang) {
        Ok(l) => l,
        Err(Refusal(status, m)) => return (status, m).into_response(),
    };
    let tx = Texts::new(lang);
    let base = match edit::base_in(q.get("base").map_or(crate::draft::DEFAULT_DRAFT, String::as_str), &tx) {
        Ok(d) => d,
        Err(m) => return (StatusCode::BAD_REQUEST, m).into_response(),
    };
    let mut errors = variants_of(&base, &q, &tx).errors;
    if let Err(m) = replicates_of(&q, app.config.replicates, app.config.max_replicates, &tx) {
        errors.insert("replicates".into(), m);
    }
    let filled = page::Filled { form: Some(&q), errors: Some(&errors) };
    Html(page::page(&base, &tx, app.config.replicates, app.config.max_replicates, &filled)).into_response()
}

/// The base draft a run or goal-seek form names and the language it asks for, or the
/// 4xx answer saying what is wrong: the two forms share them.
fn base_and_lang(app: &App, form: &edit::Form) -> std::result::Result<(crate::draft::Draft, crate::i18n::Lang), Box<Response>> {
    let lang = lang_of(form, app.config.lang).map_err(|r| Box::new(r.into_response()))?;
    let Some(base_id) = form.get("base") else { return Err(Box::new(refuse(StatusCode::BAD_REQUEST, say(lang, "serve-no-base", &[])))) };
    let base = edit::base_in(base_id, &Texts::new(lang)).map_err(|m| Box::new(refuse(StatusCode::BAD_REQUEST, m)))?;
    Ok((base, lang))
}

async fn run(State(app): State<Shared>, Form(form): Form<edit::Form>) -> Response {
    let (base, lang) = match base_and_lang(&app, &form) {
        Ok(x) => x,
        Err(r) => return *r,
    };
    let max = app.config.max_replicates;
    let tx = Texts::new(lang);
    let replicates = match replicates_of(&form, app.config.replicates, max, &tx) {
        Ok(n) => n,
        Err(m) => {
            let message = tx.f("serve-mistakes", &[("n", 1.0.into())]);
            return (StatusCode::UNPROCESSABLE_ENTITY, Json(json!({ "ok": false, "message": message, "errors": { "replicates": m } }))).into_response();
        }
    };
    let v = variants_of(&base, &form, &tx);
    if !v.errors.is_empty() {
        let message = tx.f("serve-mistakes", &[("n", v.errors.len().into())]);
        return (StatusCode::UNPROCESSABLE_ENTITY, Json(json!({ "ok": false, "message": message, "errors": v.errors }))).into_response();
    }
    let stopped = app.stop_warming();
    let config = RunConfig { cache: app.cache.clone(), ..page_config(replicates, app.config.seed, app.config.threads) };
    let worker = app.clone();
    let ahead = app.jobs.queued();
    let mut drafts = vec![base];
    drafts.extend(v.drafts);
    let submitted = app.jobs.submit(drafts, v.texts, v.numbers, replicates, lang, move |job| {
        // The background run's finished replicates first reach the cache.
        stopped.wait();
        // First figures within a fifth of a second: the first fiftieth of the replicates
        // or fewer with more variants (the same draws as the full run's first ones),
        // shown marked as preliminary.
        // The preview watches the job's cancel button too, so a press stops it within a
        // batch; its progress counter then starts again for the full run.
        if let Some(n) = preview_replicates(replicates, job.drafts.len()) {
            let quick = RunConfig { replicates: n, watch: Some(job.watch.clone()), ..config.clone() };
            if let Ok(result) = crate::montecarlo::run(&worker.spec, &PopulationSource::Synthetic, &job.drafts, &quick) {
                job.set_preview(n, result);
            }
            if job.watch.is_cancelled() {
                return Err(Error::Cancelled);
            }
            job.watch.done.store(0, std::sync::atomic::Ordering::Relaxed);
        }
        let config = RunConfig { watch: Some(job.watch.clone()), ..config };
        crate::montecarlo::run(&worker.spec, &PopulationSource::Synthetic, &job.drafts, &config)
    });
    match submitted {
        Ok(job) => Json(json!({ "ok": true, "job": job.id, "ahead": ahead, "changes": v.changes })).into_response(),
        Err(jobs::Busy(n)) => refuse(StatusCode::SERVICE_UNAVAILABLE, tx.f("serve-busy", &[("n", n.into())])),
    }
}

/// Goal seek: the chosen variant (`solve.variant`, 1 by default) as the form edits it,
/// one of its numbers searched by the sweep's bisection on at most [`solve::MAX_REPLICATES`] replicates per step; one
/// search at a time (a second is told to try again, 503).
async fn solve_handler(State(app): State<Shared>, Form(form): Form<edit::Form>) -> Response {
    let (base, lang) = match base_and_lang(&app, &form) {
        Ok(x) => x,
        Err(r) => return *r,
    };
    let tx = Texts::new(lang);
    let invalid = |errors: serde_json::Value| {
        let n = errors.as_object().map_or(1, |o| o.len());
        (StatusCode::UNPROCESSABLE_ENTITY, Json(json!({ "ok": false, "message": tx.f("serve-mistakes", &[("n", n.into())]), "errors": errors }))).into_response()
    };
    let raw = |k: &str| form.get(k).map(|v| v.trim().to_string()).unwrap_or_default();
    let variant = match raw("solve.variant").as_str() {
        "" => 1,
        v => match v.parse::<usize>() {
            Ok(k) if (1..=edit::VARIANTS).contains(&k) => k,
            _ => return invalid(json!({ "solve.variant": tx.f("page-solve-bad-variant", &[("value", v.into()), ("max", edit::VARIANTS.into())]) })),
        },
    };
    let edited = edit::apply(&base, &form, variant, &tx);
    let Some(draft) = edited.draft else { return invalid(json!(edited.errors)) };
    let bound = values::parse_number(&raw("solve.bound")).ok().filter(|b| *b >= 0.0);
    let at = values::parse_number(raw("solve.at").trim_end_matches('%')).ok().filter(|p| *p >= 1.0 && *p <= 99.0);
    let (Some(bound), Some(at)) = (bound, at) else {
        let mut errors = serde_json::Map::new();
        if bound.is_none() {
            errors.insert("solve.bound".into(), json!(tx.f("page-solve-bad-bound", &[("value", raw("solve.bound").into())])));
        }
        if at.is_none() {
            errors.insert("solve.at".into(), json!(tx.f("page-solve-bad-probability", &[("value", raw("solve.at").into())])));
        }
        return invalid(serde_json::Value::Object(errors));
    };
    let ask = solve::Ask { path: raw("solve.field"), total: raw("solve.total"), bound, probability: at / 100.0 };
    let stopped = app.stop_warming();
    let Ok(permit) = app.solving.clone().try_acquire_owned() else {
        return refuse(StatusCode::SERVICE_UNAVAILABLE, tx.t("page-solve-busy"));
    };
    let replicates = replicates_of(&form, app.config.replicates, app.config.max_replicates, &tx).unwrap_or(app.config.replicates);
    let worker = app.clone();
    let answered = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        stopped.wait();
        let tx = Texts::new(lang);
        let run = RunConfig { cache: worker.cache.clone(), ..RunConfig::new(replicates, worker.config.seed, worker.config.threads) };
        solve::solve(&worker.spec, &draft, &ask, &run, &tx)
    })
    .await;
    match answered {
        Ok(Ok(a)) => {
            let html = format!(
                "<p id=\"solve-answer\" data-value=\"{}\">{}</p><details class=\"technical\"><summary>{}</summary>{}</details>",
                a.value.map_or(String::new(), |v| v.to_string()),
                crate::output::report::escape(&a.text),
                crate::output::report::escape(&tx.t("page-technical")),
                crate::output::report::escape(&a.technical)
            );
            Json(json!({ "ok": true, "value": a.value, "html": html })).into_response()
        }
        Ok(Err(m)) => invalid(json!({ "solve.field": m })),
        Err(e) => refuse(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

/// How a page's run runs: as `run` by default (the 36-month timeline, every
/// breakdown) but without the attribution of each clause, which the page does not show
/// and which would cost a third more time.
pub fn page_config(replicates: u64, seed: u64, threads: usize) -> RunConfig {
    RunConfig { attribution: false, ..RunConfig::new(replicates, seed, threads) }
}

/// The replicates of a run's preliminary figures: for the base and one variant, a
/// fiftieth of a run of 200 or more, at least 20 (smaller runs end before a preview
/// would help), so that the first figures of the page's default 1,000 replicates come
/// within about a fifth of a second on two cores; with more variants, fewer replicates
/// in proportion (the same work: 13 for three drafts, 10 for four), never under 10. It
/// costs a fiftieth more work or less.
pub fn preview_replicates(replicates: u64, drafts: usize) -> Option<u64> {
    (replicates >= 200).then(|| ((replicates / 50).max(20) * 2 / drafts.max(2) as u64).max(10))
}

fn job_of(app: &App, id: &str) -> std::result::Result<Arc<jobs::Job>, Refusal> {
    let lang = app.config.lang;
    let id: u64 = id.parse().map_err(|_| Refusal(StatusCode::BAD_REQUEST, say(lang, "serve-bad-job", &[("id", id.into())])))?;
    app.jobs.get(id).ok_or_else(|| Refusal(StatusCode::NOT_FOUND, say(lang, "serve-no-job", &[("id", id.to_string().into())])))
}

#[derive(Deserialize)]
struct StatusQuery {
    /// The replicates of the preliminary figures the page shows already (0: none), so
    /// they are sent once, not on every poll.
    #[serde(default)]
    shown: u64,
    /// Milliseconds to hold the answer until something is new (the run's end, new
    /// preliminary figures); at most [`MAX_WAIT_MS`]; 0 answers at once.
    #[serde(default)]
    wait: u64,
}

/// The longest a status request is held waiting for news.
const MAX_WAIT_MS: u64 = 1000;

async fn job_status(State(app): State<Shared>, Path(id): Path<String>, Query(q): Query<StatusQuery>) -> std::result::Result<Response, Refusal> {
    let job = job_of(&app, &id)?;
    if q.wait > 0 {
        let wait = std::time::Duration::from_millis(q.wait.min(MAX_WAIT_MS));
        job.changed(wait, |j| j.preview().is_some_and(|(n, _)| n != q.shown)).await;
    }
    let state = job.state();
    let mut body = json!({ "job": job.id, "state": state.name(), "done": job.watch.done(), "total": job.replicates, "ahead": app.jobs.queued() });
    let tx = Texts::new(job.lang);
    match &state {
        JobState::Done(result) => {
            body["html"] = json!(page::result(job.id, result, &job.drafts, &job.variants, &tx, 0.9, None));
        }
        JobState::Running => {
            if let Some((n, result)) = job.preview().filter(|(n, _)| *n != q.shown) {
                body["preview"] = json!(n);
                body["html"] = json!(page::result(job.id, &result, &job.drafts, &job.variants, &tx, 0.9, Some(n)));
            }
        }
        JobState::Failed(m) => body["message"] = json!(m),
        _ => {}
    }
    Ok(Json(body).into_response())
}

async fn cancel(State(app): State<Shared>, Path(id): Path<String>) -> std::result::Result<Response, Refusal> {
    let job = job_of(&app, &id)?;
    let state = app.jobs.cancel(job.id).map_or("cancelled", |j| j.state().name());
    Ok(Json(json!({ "ok": true, "state": state })).into_response())
}

async fn download_draft(State(app): State<Shared>, Path(id): Path<String>) -> std::result::Result<Response, Refusal> {
    let job = job_of(&app, &id)?;
    variant_file(&job, 0)
}

/// Variant `k`'s draft as a file (`/jobs/ID/variants/K`).
async fn download_variant(State(app): State<Shared>, Path((id, k)): Path<(String, String)>) -> std::result::Result<Response, Refusal> {
    let job = job_of(&app, &id)?;
    let at = k.parse::<usize>().ok().and_then(|k| job.variants.iter().position(|v| *v == k));
    let Some(at) = at else { return Err(Refusal(StatusCode::NOT_FOUND, say(job.lang, "serve-no-variant", &[("id", job.id.to_string().into()), ("k", k.as_str().into())]))) };
    variant_file(&job, at)
}

/// The TOML of the job's variant at `at` (run order after the base), as a download.
fn variant_file(job: &jobs::Job, at: usize) -> std::result::Result<Response, Refusal> {
    let (Some(d), Some(text)) = (job.drafts.get(at + 1), job.texts.get(at)) else {
        return Err(Refusal(StatusCode::NOT_FOUND, say(job.lang, "serve-no-variant", &[("id", job.id.to_string().into()), ("k", (at + 1).to_string().into())])));
    };
    let name = format!("{}.toml", d.id);
    Ok(([(header::CONTENT_TYPE, "application/toml; charset=utf-8".to_string()), (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\""))], text.clone())
        .into_response())
}

async fn download_report(State(app): State<Shared>, Path(id): Path<String>) -> std::result::Result<Response, Refusal> {
    let html = finished_artefact(app, &id, crate::output::report::html_in_memory).await?;
    Ok(Html(html).into_response())
}

async fn download_workbook(State(app): State<Shared>, Path(id): Path<String>) -> std::result::Result<Response, Refusal> {
    let bytes = finished_artefact(app, &id, crate::output::workbook::workbook).await?;
    let kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    Ok(([(header::CONTENT_TYPE, kind), (header::CONTENT_DISPOSITION, "attachment; filename=\"results.xlsx\"")], bytes).into_response())
}

async fn download_summary(State(app): State<Shared>, Path(id): Path<String>) -> std::result::Result<Response, Refusal> {
    let bytes = finished_artefact(app, &id, |run| crate::output::frames::csv_bytes(&mut crate::output::summary_frame(&run.result.summary, false)?)).await?;
    Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8"), (header::CONTENT_DISPOSITION, "attachment; filename=\"summary.csv\"")], bytes).into_response())
}

/// Makes an artefact of a finished page run (report, workbook, table) off the async
/// threads; a run still going is a 409.
async fn finished_artefact<T: Send + 'static>(
    app: Shared,
    id: &str,
    make: impl FnOnce(&crate::output::RunArtefacts) -> Result<T> + Send + 'static,
) -> std::result::Result<T, Refusal> {
    let job = job_of(&app, id)?;
    let lang = job.lang;
    let JobState::Done(result) = job.state() else { return Err(Refusal(StatusCode::CONFLICT, say(lang, "serve-not-finished", &[]))) };
    let made = tokio::task::spawn_blocking(move || with_artefacts(&app, &job, &result, make)).await;
    match made {
        Ok(Ok(x)) => Ok(x),
        Ok(Err(e)) => {
            let tx = Texts::new(lang);
            Err(Refusal(StatusCode::INTERNAL_SERVER_ERROR, e.render_in(&tx, &|s| tx.t(s.id()))))
        }
        Err(e) => Err(Refusal(StatusCode::INTERNAL_SERVER_ERROR, e.to_string())),
    }
}

/// A page's run as the artefacts `run` exports from (its sensitivity and manifest
/// made as `compare` would), handed to `make`.
fn with_artefacts<T>(app: &App, job: &jobs::Job, result: &crate::montecarlo::RunResult, make: impl FnOnce(&crate::output::RunArtefacts) -> Result<T>) -> Result<T> {
    use crate::output::manifest::{Input, Manifest};
    let ids: Vec<&str> = job.drafts.iter().map(|d| d.id.as_str()).collect();
    let influences = crate::summary::sensitivity::headline(&result.replicates, &ids);
    let files: Vec<String> = ids[1..].iter().map(|id| format!("{id}.toml")).collect();
    let command = format!("amnesty-sim compare {} {} --replicates {} --seed {}", ids[0], files.join(" "), job.replicates, app.config.seed);
    let inputs = job.drafts.iter().map(|d| Input::new("draft", &d.path, d.text.as_bytes())).collect();
    let config = page_config(job.replicates, app.config.seed, app.config.threads);
    let mut manifest = Manifest::for_run(command, &config, ids.iter().map(|s| s.to_string()).collect(), result, true, inputs, job.drafts.len());
    manifest.timings.total_seconds = result.seconds;
    let run =
        crate::output::RunArtefacts { result, drafts: &job.drafts, spec: &app.spec, synthetic: true, interval: 0.9, influences: &influences, manifest: &manifest, lang: job.lang };
    make(&run)
}

/// Binds `config.addr` and returns the listener and the app, so a caller knows the
/// address (port 0 picks a free one) before serving.
async fn bind(config: ServeConfig) -> Result<(tokio::net::TcpListener, Router)> {
    let app = router(config.clone())?;
    let listener = tokio::net::TcpListener::bind(config.addr).await.map_err(|e| Error::machine(Action::Listen, format!("{}: {e}", config.addr)))?;
    Ok((listener, app))
}

/// Serves until Ctrl-C; `ready` is called with the address once it listens.
pub fn serve(config: ServeConfig, ready: impl FnOnce(SocketAddr)) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(|e| Error::machine(Action::StartServer, e))?;
    runtime.block_on(async move {
        let (listener, app) = bind(config).await?;
        let addr = listener.local_addr().map_err(|e| Error::machine(Action::Listen, e))?;
        ready(addr);
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .map_err(|e| Error::machine(Action::Serve, e))
    })
}

/// A server on a thread of its own, for tests and embedding: returns its address; it
/// stops when the process ends.
pub fn spawn(config: ServeConfig) -> Result<SocketAddr> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let sent = tx.clone();
        if let Err(e) = serve(config, move |addr| {
            let _ = sent.send(Ok(addr));
        }) {
            let _ = tx.send(Err(e));
        }
    });
    rx.recv().map_err(|_| Error::machine(Action::Listen, "the server thread ended before listening"))?
}

#[cfg(test)]
mod tests {
    use super::preview_replicates;

    /// The preview is a fiftieth of the run (at least 20) for a base and one variant,
    /// and keeps the same work with more variants, never under 10 replicates; short
    /// runs have none.
    #[test]
    fn the_preview_keeps_its_work_as_variants_are_added() {
        assert_eq!(preview_replicates(199, 2), None);
        assert_eq!(preview_replicates(1000, 1), Some(20));
        assert_eq!(preview_replicates(1000, 2), Some(20));
        assert_eq!(preview_replicates(1000, 3), Some(13));
        assert_eq!(preview_replicates(1000, 4), Some(10));
        assert_eq!(preview_replicates(2000, 2), Some(40));
        assert_eq!(preview_replicates(2000, 4), Some(20));
        assert_eq!(preview_replicates(200, 4), Some(10));
        for drafts in 1..=4 {
            for r in [200, 1000, 5000, 100_000] {
                let n = preview_replicates(r, drafts).unwrap();
                assert!((10..r).contains(&n) && n * drafts.max(2) as u64 <= (r / 50).max(20) * 2, "{r} {drafts}: {n}");
            }
        }
    }
}

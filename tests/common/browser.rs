//! A browser for the tests: headless Chromium driven through WebDriver (Debian's
//! `chromium` and `chromium-driver`), for the page's test and the report's.

use std::process::Command;
use std::time::{Duration, Instant};

/// An HTTP client that returns 4xx and 5xx as responses rather than errors.
pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder().http_status_as_error(false).timeout_global(Some(Duration::from_secs(120))).build().into()
}

/// A response's status, content type and body.
pub fn read(r: ureq::http::Response<ureq::Body>) -> (u16, String, String) {
    let status = r.status().as_u16();
    let kind = r.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let body = r.into_body().with_config().limit(50 << 20).read_to_string().unwrap();
    (status, kind, body)
}

/// A body as JSON, or a panic that shows it.
pub fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"))
}

/// The body of a 200 response, if the URL gives one.
pub fn get_ok(url: &str) -> Option<String> {
    agent().get(url).call().ok().filter(|r| r.status() == 200).map(|r| read(r).2)
}

/// Waits until the server's background run of the default base has ended
/// (`x-amnesty-warming: no` on `/health`).
pub fn warmed(url: &str) {
    let start = Instant::now();
    loop {
        let r = agent().get(&format!("{url}/health")).call().unwrap();
        if r.headers().get("x-amnesty-warming").and_then(|v| v.to_str().ok()) == Some("no") {
            return;
        }
        assert!(start.elapsed() < Duration::from_secs(120), "the warm-up did not end");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Chromium and chromedriver, if both are installed; without them a test says it was
/// skipped, unless `AMNESTY_REQUIRE_BROWSER` (set by .ci/run) makes that a failure.
pub fn chromium_and_driver(test: &str) -> Option<(&'static str, &'static str)> {
    if std::env::var_os("AMNESTY_SKIP_BROWSER").is_some() {
        super::say_skipped(test, "AMNESTY_SKIP_BROWSER is set");
        return None;
    }
    match (super::found(super::CHROMIUM, "--version"), super::found(&["chromedriver"], "--version")) {
        (Some(c), Some(d)) => Some((c, d)),
        _ => {
            assert!(
                std::env::var_os("AMNESTY_REQUIRE_BROWSER").is_none(),
                "no Chromium and chromedriver found, and AMNESTY_REQUIRE_BROWSER insists on this test: install Debian's `chromium` and `chromium-driver` (as .ci/run does)"
            );
            super::say_skipped(test, "no Chromium with chromedriver found (install Debian's `chromium` and `chromium-driver`; CI insists on it)");
            None
        }
    }
}

/// A WebDriver session on a chromedriver child process; both end when it is dropped.
pub struct Browser {
    driver: std::process::Child,
    base: String,
    session: String,
    profile: std::path::PathBuf,
}

impl Browser {
    pub fn start(chromedriver: &str, chromium: &str) -> Browser {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let driver = Command::new(chromedriver).arg(format!("--port={port}")).stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null()).spawn().unwrap();
        let base = format!("http://127.0.0.1:{port}");
        let start = Instant::now();
        while get_ok(&format!("{base}/status")).is_none() {
            assert!(start.elapsed() < Duration::from_secs(30), "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        static SESSIONS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = SESSIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let profile = std::env::temp_dir().join(format!("amnesty-chromium-{}-{n}", std::process::id()));
        let binary = Command::new("which").arg(chromium).output().map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string()).unwrap_or_default();
        let caps = serde_json::json!({ "capabilities": { "alwaysMatch": { "browserName": "chrome", "goog:chromeOptions": {
            "binary": binary,
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--window-size=1280,2000", format!("--user-data-dir={}", profile.display())]
        } } } });
        let mut b = Browser { driver, base, session: String::new(), profile };
        let r = b.call("POST", "/session", caps);
        b.session = r["sessionId"].as_str().unwrap_or_else(|| panic!("no WebDriver session: {r}")).to_string();
        b
    }

    pub fn call(&self, method: &str, path: &str, body: serde_json::Value) -> serde_json::Value {
        let url = format!("{}{path}", self.base);
        let r = match method {
            "GET" => agent().get(&url).call(),
            "DELETE" => agent().delete(&url).call(),
            _ => agent().post(&url).header("content-type", "application/json").send(body.to_string()),
        };
        let (status, _, text) = read(r.unwrap());
        let v = json(&text);
        assert_eq!(status, 200, "WebDriver {method} {path}: {v}");
        v["value"].clone()
    }

    pub fn session(&self, method: &str, path: &str, body: serde_json::Value) -> serde_json::Value {
        self.call(method, &format!("/session/{}{path}", self.session), body)
    }

    pub fn go(&self, url: &str) {
        self.session("POST", "/url", serde_json::json!({ "url": url }));
    }

    pub fn find(&self, css: &str) -> String {
        let v = self.session("POST", "/element", serde_json::json!({ "using": "css selector", "value": css }));
        v.as_object().and_then(|o| o.values().next()).and_then(|v| v.as_str()).unwrap_or_else(|| panic!("no element {css}: {v}")).to_string()
    }

    pub fn click(&self, css: &str) {
        let e = self.find(css);
        self.session("POST", &format!("/element/{e}/click"), serde_json::json!({}));
    }

    pub fn script(&self, js: &str) -> serde_json::Value {
        self.session("POST", "/execute/sync", serde_json::json!({ "script": js, "args": [] }))
    }

    pub fn script_async(&self, js: &str) -> serde_json::Value {
        self.session("POST", "/execute/async", serde_json::json!({ "script": js, "args": [] }))
    }

    /// Waits until `#result` says the run is over; returns its state.
    pub fn wait_result(&self) -> String {
        let start = Instant::now();
        loop {
            let state = self.script("return document.getElementById('result').dataset.state;");
            let s = state.as_str().unwrap_or("").to_string();
            if !matches!(s.as_str(), "running" | "submitting" | "idle") {
                return s;
            }
            assert!(start.elapsed() < Duration::from_secs(300), "the page's run did not end (state {s})");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn mean(&self, id: &str) -> f64 {
        let v = self.script(&format!("const e = document.getElementById('{id}'); return e ? e.dataset.mean : null;"));
        v.as_str().and_then(|s| s.parse().ok()).unwrap_or_else(|| panic!("no figure {id}: {v}"))
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = agent().delete(&format!("{}/session/{}", self.base, self.session)).call();
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

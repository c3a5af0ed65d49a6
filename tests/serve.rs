//! `amnesty-sim serve` over HTTP on loopback: every route, malformed requests (a 4xx
//! with a message, never a panic or a dropped connection), a load test of many
//! concurrent runs that ends by itself, and a real browser (headless Chromium through
//! WebDriver) that switches a provision off, runs, and finds the figures changed and
//! the downloaded draft valid.

mod common;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use amnesty_sim::draft::paths::{self, PathKind};
use amnesty_sim::serve::{self, ServeConfig};
use common::browser::{Browser, agent, get_ok, json, read, warmed};
use common::{bin, found, temp_dir};

/// A server on a free loopback port; returns its base URL.
fn server(config: ServeConfig) -> String {
    let addr = serve::spawn(ServeConfig { addr: "127.0.0.1:0".parse().unwrap(), ..config }).expect("the server starts");
    format!("http://{addr}")
}

/// Small runs: the figures are what is checked here, not their precision.
fn small() -> ServeConfig {
    ServeConfig { replicates: 40, max_replicates: 2000, threads: 2, ..ServeConfig::default() }
}

fn get(url: &str) -> (u16, String, String) {
    read(agent().get(url).call().unwrap())
}

fn post(url: &str, form: &[(String, String)]) -> (u16, String, String) {
    read(agent().post(url).send_form(form.iter().map(|(k, v)| (k.as_str(), v.as_str()))).unwrap())
}

/// A form as sent: name and value pairs, in order.
type Form = Vec<(String, String)>;

/// The form the page sends for `base` with every switch on except `off`.
fn form(base: &str, off: &[&str], extra: &[(&str, &str)]) -> Form {
    let draft = amnesty_sim::draft::resolve(base).unwrap();
    let mut f = vec![("base".to_string(), base.to_string()), ("lang".into(), "en".into()), ("switches".into(), "1".into())];
    for p in paths::paths(&draft) {
        if p.kind == PathKind::Switch && !off.contains(&p.path.as_str()) {
            f.push((p.path.clone(), "on".into()));
        }
    }
    f.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    f
}

/// Submits a run and waits for it to end; returns the job number and its last status.
fn run(url: &str, form: &[(String, String)]) -> (u64, serde_json::Value) {
    let (status, _, body) = post(&format!("{url}/run"), form);
    assert_eq!(status, 200, "{body}");
    let job = json(&body)["job"].as_u64().unwrap();
    (job, wait(url, job, Duration::from_secs(300)))
}

fn wait(url: &str, job: u64, limit: Duration) -> serde_json::Value {
    let start = Instant::now();
    loop {
        let (status, _, body) = get(&format!("{url}/jobs/{job}"));
        assert_eq!(status, 200, "{body}");
        let j = json(&body);
        if !matches!(j["state"].as_str(), Some("queued" | "running")) {
            return j;
        }
        assert!(start.elapsed() < limit, "job {job} did not finish in {limit:?}: {body}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The means the result HTML shows, by cell id (`fig-edit-released` -> 1234.5).
fn figures(html: &str) -> BTreeMap<String, f64> {
    let mut out = BTreeMap::new();
    for piece in html.split("id=\"fig-").skip(1) {
        let Some((id, rest)) = piece.split_once('"') else { continue };
        let tag = rest.split('>').next().unwrap_or("");
        if let Some(mean) = tag.split("data-mean=\"").nth(1).and_then(|m| m.split('"').next()).and_then(|m| m.parse().ok()) {
            out.insert(format!("fig-{id}"), mean);
        }
    }
    out
}

#[test]
fn the_page_opens_in_three_languages_with_its_assets() {
    let url = server(small());
    for (lang, title) in [("en", "What would the amnesty do?"), ("ru", "Что даст амнистия?"), ("kk", "Рақымшылық не береді?")] {
        let (status, kind, body) = get(&format!("{url}/?lang={lang}"));
        assert_eq!(status, 200);
        assert!(kind.starts_with("text/html"), "{kind}");
        assert!(body.contains(&format!("<html lang=\"{lang}\">")), "{lang}: {}", &body[..200.min(body.len())]);
        assert!(body.contains(title), "{lang}: no {title:?}");
        let texts = amnesty_sim::i18n::Texts::new(amnesty_sim::i18n::Lang::parse(lang).unwrap());
        assert!(body.contains(&amnesty_sim::output::report::escape(&texts.t("serve-run"))), "{lang}: no run button in the language");
        // Every provision and exclusion of the default draft has its switch.
        for p in paths::paths(&amnesty_sim::draft::resolve("kz-2025-enacted").unwrap()).iter().filter(|p| p.kind == PathKind::Switch) {
            assert!(body.contains(&format!("name=\"{}\"", p.path)), "{lang}: no switch {}", p.path);
        }
        // Nothing is fetched from another host.
        for attr in ["src=\"http", "href=\"http", "src=\"//", "href=\"//"] {
            assert!(!body.contains(attr), "{lang}: the page fetches from elsewhere ({attr})");
        }
    }
    let (status, _, body) = get(&format!("{url}/?base=kz-2021&lang=ru"));
    assert_eq!(status, 200);
    assert!(body.contains("value=\"kz-2021\" selected"));
    let (status, kind, body) = get(&format!("{url}/assets/app.js"));
    assert_eq!((status, kind.starts_with("text/javascript")), (200, true));
    assert!(body.contains("fetch(\"/run\""));
    let (status, kind, _) = get(&format!("{url}/assets/style.css"));
    assert_eq!((status, kind.starts_with("text/css")), (200, true));
    assert_eq!(get(&format!("{url}/health")).2, "ok");
}

#[test]
fn a_warmed_server_and_a_cold_one_give_the_same_figures() {
    let warm = server(ServeConfig { warm: true, ..small() });
    warmed(&warm);
    let cold = server(ServeConfig { cache_bytes: 0, ..small() });
    assert_eq!(agent().get(&format!("{cold}/health")).call().unwrap().headers().get("x-amnesty-warming").unwrap(), "no");
    let f = form("kz-2025-enacted", &["provision.art2-2"], &[]);
    let (_, a) = run(&warm, &f);
    let (_, b) = run(&cold, &f);
    assert_eq!(a["state"], "done", "{a}");
    let (a, b) = (figures(a["html"].as_str().unwrap()), figures(b["html"].as_str().unwrap()));
    assert!(a["fig-diff-released"] < 0.0, "{a:?}");
    assert_eq!(a, b, "the base from the warm-up's cache gives the cold server's figures");
}

/// The form a reader is editing is computed in the background (`POST /prepare`): a
/// press then takes the replicates it finished, whether it had ended or the press
/// stopped it, and shows the figures of a server that prepared nothing. Nothing starts
/// on a server without a cache, on a form with a mistake, or while a reader's run is on.
#[test]
fn a_prepared_form_gives_the_figures_of_an_unprepared_one() {
    let warm = server(ServeConfig { warm: true, ..small() });
    let cold = server(ServeConfig { cache_bytes: 0, ..small() });
    let started = |url: &str, f: &[(String, String)]| {
        let (status, _, body) = post(&format!("{url}/prepare"), f);
        assert_eq!(status, 200, "{body}");
        json(&body)["started"].as_bool().unwrap_or_else(|| panic!("{body}"))
    };
    let same = |f: &[(String, String)]| {
        let (_, a) = run(&warm, f);
        let (_, b) = run(&cold, f);
        assert_eq!(a["state"], "done", "{a}");
        assert_eq!(figures(a["html"].as_str().unwrap()), figures(b["html"].as_str().unwrap()));
    };
    let f = form("kz-2025-enacted", &["provision.art2-2"], &[]);
    assert!(!started(&cold, &f), "no cache, nothing to prepare");
    assert!(!started(&warm, &form("kz-2025-enacted", &[], &[("replicates", "many")])), "a mistake");
    // Ended before the press.
    assert!(started(&warm, &f));
    warmed(&warm);
    same(&f);
    // Stopped by the press, which waits for its last batch and takes what it finished.
    let g = form("kz-2025-enacted", &["provision.art2-1-1"], &[("replicates", "600")]);
    assert!(started(&warm, &g));
    same(&g);
    // While a reader's run is on, nothing starts.
    let (status, _, body) = post(&format!("{warm}/run"), &form("kz-2025-enacted", &["provision.art2-1-3"], &[("replicates", "2000")]));
    assert_eq!(status, 200, "{body}");
    assert!(!started(&warm, &f), "a run is on");
    let job = json(&body)["job"].as_u64().unwrap();
    post(&format!("{warm}/jobs/{job}/cancel"), &[]);
    assert_eq!(wait(&warm, job, Duration::from_secs(60))["state"], "cancelled");
}

#[test]
fn switching_a_provision_off_changes_the_figures_and_the_downloads_check() {
    let url = server(small());
    let (_, all) = run(&url, &form("kz-2025-enacted", &[], &[]));
    assert_eq!(all["state"], "done", "{all}");
    let before = figures(all["html"].as_str().unwrap());
    // Nothing switched off: the edit equals the base on the same draws.
    assert_eq!(before["fig-base-released"], before["fig-edit-released"]);
    assert!(before["fig-base-released"] > 0.0, "{before:?}");
    assert_eq!(before["fig-diff-released"], 0.0);

    let off = "provision.art2-1-2-no-damage";
    let (job, one_off) = run(&url, &form("kz-2025-enacted", &[off], &[("replicates", "40")]));
    assert_eq!(one_off["state"], "done", "{one_off}");
    let html = one_off["html"].as_str().unwrap();
    let after = figures(html);
    assert_eq!(after["fig-base-released"], before["fig-base-released"], "the same seed gives the same base");
    assert!(after["fig-edit-released"] < before["fig-edit-released"], "{after:?}");
    assert!(after["fig-diff-released"] < 0.0, "{after:?}");
    assert!(html.contains("<svg"), "the charts are inline SVG");

    // The draft download: TOML that `check` finds clean, without the switched-off clause.
    let (status, kind, toml) = get(&format!("{url}/jobs/{job}/draft.toml"));
    assert_eq!(status, 200);
    assert!(kind.starts_with("application/toml"), "{kind}");
    assert!(!toml.contains("id = \"art2-1-2-no-damage\""), "the clause is still there:\n{toml}");
    let dir = temp_dir("serve");
    let file = dir.join("edited.toml");
    std::fs::write(&file, &toml).unwrap();
    let check = bin().arg("check").arg(&file).output().unwrap();
    assert!(check.status.success(), "{}{}", String::from_utf8_lossy(&check.stdout), String::from_utf8_lossy(&check.stderr));

    // The report download: the full HTML report of this run.
    let (status, kind, report) = get(&format!("{url}/jobs/{job}/report.html"));
    assert_eq!(status, 200, "{report}");
    assert!(kind.starts_with("text/html"));
    assert!(report.contains("kz-2025-enacted-edited") && report.contains("<svg"));

    // The workbook and the summary table: what `run` writes, from the page's run.
    let response = agent().get(&format!("{url}/jobs/{job}/results.xlsx")).call().unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let bytes = response.into_body().read_to_vec().unwrap();
    std::fs::write(dir.join("results.xlsx"), &bytes).unwrap();
    let book: calamine::Xlsx<_> = calamine::open_workbook(dir.join("results.xlsx")).unwrap();
    use calamine::Reader;
    assert!(book.sheet_names().len() >= 5, "{:?}", book.sheet_names());
    let (status, kind, csv) = get(&format!("{url}/jobs/{job}/summary.csv"));
    assert_eq!(status, 200);
    assert!(kind.starts_with("text/csv") && csv.starts_with("draft,metric,status,outcome,breakdown,level,mean"), "{kind}: {}", &csv[..80.min(csv.len())]);
    assert!(csv.contains("kz-2025-enacted-edited,persons,all,covered,total,all,"), "{}", &csv[..200.min(csv.len())]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn numbers_and_added_exclusions_go_through_the_compiler() {
    let url = server(small());
    // A fraction out of range: 422, the compiler's message next to the field, no job.
    let field = "provision.art3-4-1.effect.cut.fraction";
    let (status, _, body) = post(&format!("{url}/run"), &form("kz-2025-enacted", &[], &[(field, "1.5"), ("add_exclusion", "abc")]));
    assert_eq!(status, 422, "{body}");
    let j = json(&body);
    assert!(j["errors"][field].as_str().is_some_and(|m| m.contains("1.5")), "{j}");
    assert!(j["errors"]["add_exclusion"].as_str().is_some_and(|m| m.contains("abc")), "{j}");
    // A valid number and an added exclusion: the run is accepted and the draft has them.
    let (job, done) = run(&url, &form("kz-2025-enacted", &[], &[(field, "0.3"), ("add_exclusion", "188, 190")]));
    assert_eq!(done["state"], "done", "{done}");
    let toml = get(&format!("{url}/jobs/{job}/draft.toml")).2;
    assert!(toml.contains("effect = { cut = { fraction = 0.3, of = \"unserved\" } }"), "{toml}");
    assert!(toml.contains("article in [188, 190]"), "{toml}");
    // The file says what was changed, since the citations keep the base law's words.
    assert!(toml.starts_with("# Edited on the amnesty-sim page from the shipped draft `kz-2025-enacted`"), "{toml}");
    assert!(toml.contains(&format!("#   {field} = 0.3\n")) && toml.contains("#   exclusion added-1 (articles 188, 190)"), "{toml}");
    let f = figures(done["html"].as_str().unwrap());
    assert!(f["fig-edit-covered"] <= f["fig-base-covered"], "an added exclusion never covers more: {f:?}");
}

/// The address holds the scenario: the page opened from it is filled in on the server
/// (a new browser reproduces it), and a bad value in a link is shown next to its field
/// with the field's message, not a crash.
#[test]
fn the_page_is_filled_from_its_address() {
    let url = server(small());
    let (status, _, body) =
        get(&format!("{url}/?lang=ru&v2.on=1&v2.provision.art2-1-1=off&provision.art3-4-1.effect.cut.fraction=abc&v3.provision.art3-4-1.effect.cut.fraction=1/3&replicates=many"));
    assert_eq!(status, 200, "{body}");
    // The bad fraction keeps its text and gets its message, in Russian.
    assert!(body.contains("name=\"provision.art3-4-1.effect.cut.fraction\" value=\"abc\""), "no value as sent");
    let err = body.split("id=\"e-f-provision_art3-4-1_effect_cut_fraction\"").nth(1).unwrap().split("</span>").next().unwrap();
    assert!(err.contains("abc") && err.contains("не число"), "{err}");
    assert!(body.split("id=\"e-f-replicates\"").nth(1).unwrap().split("</span>").next().unwrap().contains("many"));
    // Variant 2 asked for, its switch off; variant 3's value as typed (not asked for).
    assert!(body.contains("name=\"v2.on\" value=\"1\" data-default=\"\" checked"));
    assert!(body.contains("name=\"v2.provision.art2-1-1\" value=\"on\" data-default=\"on\" aria-label"), "the switch is still checked");
    assert!(body.contains("name=\"v3.provision.art3-4-1.effect.cut.fraction\" value=\"1/3\""));
    assert!(!body.contains("name=\"v3.on\" value=\"1\" data-default=\"\" checked"));
    // Fractions as the law writes them, durations in months: never 0.333... or 365d.
    let (_, _, page) = get(&format!("{url}/?lang=ru&base=kz-2022"));
    assert!(page.contains("мес."), "durations in months");
    assert!(!page.contains("value=\"365d\"") && !page.contains("3333333"), "values as the file stores them");
    // A link that names an unknown base or language is refused with a message.
    assert_eq!(get(&format!("{url}/?base=nope&provision.x=off")).0, 400);
}

#[test]
fn malformed_requests_get_a_4xx_with_a_message() {
    let url = server(small());
    let cases: Vec<(&str, u16, String, &str)> = vec![
        ("unknown language", 400, format!("{url}/?lang=xx"), "kk, ru or en"),
        ("a path as the base", 400, format!("{url}/?base=../../etc/passwd"), "unknown base draft"),
        ("a path as the base, in Russian", 400, format!("{url}/?lang=ru&base=../../etc/passwd"), "неизвестный исходный проект"),
        ("a file as the base", 400, format!("{url}/?base=/etc/passwd"), "unknown base draft"),
        ("not a job number", 400, format!("{url}/jobs/abc"), "not a job number"),
        ("no such job", 404, format!("{url}/jobs/999999"), "no job 999999"),
        ("no such job's draft", 404, format!("{url}/jobs/999999/draft.toml"), "no job"),
        ("no such job's report", 404, format!("{url}/jobs/18446744073709551615/report.html"), "no job"),
        ("a job number too big", 400, format!("{url}/jobs/99999999999999999999999"), "not a job number"),
        ("no such page", 404, format!("{url}/etc/passwd"), "the page is at /"),
        ("a query that is not one", 400, format!("{url}/?lang=%FF%FE"), ""),
    ];
    for (what, status, u, says) in cases {
        let (got, _, body) = get(&u);
        assert_eq!(got, status, "{what}: {body}");
        assert!(body.contains(says), "{what}: {body}");
    }
    let run = format!("{url}/run");
    let posts: Vec<(&str, u16, Form, &str)> = vec![
        ("no base", 400, vec![("lang".into(), "en".into())], "names no base"),
        ("unknown base", 400, vec![("base".into(), "kz-1999".into())], "expected one of"),
        ("replicates not a number", 422, form("kz-2025-enacted", &[], &[("replicates", "many")]), "whole number"),
        ("zero replicates", 422, form("kz-2025-enacted", &[], &[("replicates", "0")]), "whole number"),
        ("too many replicates", 422, form("kz-2025-enacted", &[], &[("replicates", "2001")]), "1 to 2,000"),
        // A page in Russian or Kazakh is refused in its language.
        ("too many replicates, in Russian", 422, form("kz-2025-enacted", &[], &[("replicates", "2001"), ("lang", "ru")]), "целое число от 1 до 2\u{a0}000"),
        ("no base, in Kazakh", 400, vec![("lang".into(), "kk".into())], "бастапқы жоба көрсетілмеген"),
        ("an added article not in the catalogue, in Russian", 422, form("kz-2025-enacted", &[], &[("add_exclusion", "9999"), ("lang", "ru")]), "нет в каталоге статей"),
        ("a duration that is not one", 422, form("kz-2022", &[], &[("provision.release-1y.effect.release_if_remaining_at_most", "soon")]), "soon"),
        ("an unknown language, as the GET refuses it", 400, form("kz-2025-enacted", &[], &[("lang", "xx")]), "unknown language"),
    ];
    for (what, status, f, says) in posts {
        let (got, _, body) = post(&run, &f);
        assert_eq!(got, status, "{what}: {body}");
        assert!(body.contains(says), "{what}: {body}");
    }
    // A body over the limit, a body that is not a form, and the wrong method.
    let big = "x".repeat(serve::MAX_BODY + 1);
    let (got, _, _) = post(&run, &[("base".into(), "kz-2025-enacted".into()), ("pad".into(), big)]);
    assert_eq!(got, 413);
    let (got, _, _) = read(agent().post(&run).header("content-type", "application/json").send("{\"base\": 1}").unwrap());
    assert_eq!(got, 415);
    let (got, _, _) = read(agent().post(&run).header("content-type", "application/x-www-form-urlencoded").send("base=%ZZ&&=").unwrap());
    assert!((400..500).contains(&got), "{got}");
    assert_eq!(get(&run).0, 405);
    // Headers of 200 KB are refused before any handler.
    // (Sent by hand: the HTTP client itself refuses to send such a request.)
    let answer = {
        use std::io::{Read, Write};
        let mut stream = std::net::TcpStream::connect(url.trim_start_matches("http://")).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let pad = "y".repeat(200 * 1024);
        stream.write_all(format!("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Pad: {pad}\r\nConnection: close\r\n\r\n").as_bytes()).unwrap();
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        answer
    };
    assert!(answer.starts_with("HTTP/1.1 431"), "{}", answer.lines().next().unwrap_or(""));
    assert!(answer.contains("at most"), "{answer}");
    // After all of it the server still answers.
    assert_eq!(get(&format!("{url}/health")).2, "ok");
}

#[test]
fn a_report_is_refused_until_the_run_ends_and_a_run_can_be_cancelled() {
    let url = server(ServeConfig { concurrent: 1, replicates: 2000, max_replicates: 2000, threads: 1, ..small() });
    // Thousands grouped with a no-break space, as Russian and Kazakh write them.
    let (_, _, body) = post(&format!("{url}/run"), &form("kz-2025-enacted", &[], &[("replicates", "2\u{a0}000")]));
    let first = json(&body)["job"].as_u64().unwrap_or_else(|| panic!("{body}"));
    assert_eq!(json(&get(&format!("{url}/jobs/{first}")).2)["total"], 2000);
    let (_, _, body) = post(&format!("{url}/run"), &form("kz-2025-enacted", &[], &[]));
    let second = json(&body)["job"].as_u64().unwrap();
    let (status, _, body) = get(&format!("{url}/jobs/{second}/report.html"));
    assert_eq!(status, 409, "{body}");
    for job in [second, first] {
        let (status, _, body) = post(&format!("{url}/jobs/{job}/cancel"), &[]);
        assert_eq!(status, 200, "{body}");
    }
    assert_eq!(wait(&url, second, Duration::from_secs(60))["state"], "cancelled");
    assert_eq!(wait(&url, first, Duration::from_secs(60))["state"], "cancelled");
    assert_eq!(post(&format!("{url}/jobs/nope/cancel"), &[]).0, 400);
}

/// A long run (its preliminary fiftieth included) stops within a second of the cancel
/// button: the preview watches the button too.
#[test]
fn a_long_run_is_cancelled_within_a_second() {
    let url = server(ServeConfig { concurrent: 1, replicates: 20_000, max_replicates: 20_000, threads: 2, ..small() });
    let (_, _, body) = post(&format!("{url}/run"), &form("kz-2025-enacted", &[], &[("replicates", "20000")]));
    let job = json(&body)["job"].as_u64().unwrap_or_else(|| panic!("{body}"));
    // Let it start (the preview of 400 replicates takes a second or two on two cores).
    std::thread::sleep(Duration::from_millis(700));
    let pressed = std::time::Instant::now();
    assert_eq!(post(&format!("{url}/jobs/{job}/cancel"), &[]).0, 200);
    assert_eq!(wait(&url, job, Duration::from_secs(30))["state"], "cancelled");
    let took = pressed.elapsed();
    eprintln!("cancel took {took:?}");
    assert!(took < Duration::from_secs(1), "cancelled after {took:?}");
}

/// A long run shows preliminary figures first: those of the first fiftieth of its
/// replicates, marked as such, sent once, equal to a run of that many; then the full
/// figures replace them.
#[test]
fn a_long_run_shows_figures_from_its_first_fiftieth_first() {
    let url = server(ServeConfig { replicates: 2000, max_replicates: 2000, threads: 1, ..small() });
    let f = form("kz-2025-enacted", &["provision.art2-1-1"], &[]);
    let (_, _, body) = post(&format!("{url}/run"), &f);
    let job = json(&body)["job"].as_u64().unwrap_or_else(|| panic!("{body}"));
    let start = Instant::now();
    let preview = loop {
        let j = json(&get(&format!("{url}/jobs/{job}")).2);
        if j["state"] == "running" && j["preview"].is_u64() {
            break j;
        }
        assert!(matches!(j["state"].as_str(), Some("queued" | "running")), "the run ended before its preliminary figures were seen: {j}");
        assert!(start.elapsed() < Duration::from_secs(120), "no preliminary figures: {j}");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(preview["preview"], 40);
    let html = preview["html"].as_str().unwrap();
    assert!(html.contains("id=\"preview\"") && !html.contains("download-draft"), "{html}");
    let again = json(&get(&format!("{url}/jobs/{job}?shown=40")).2);
    assert!(again["html"].is_null() || again["state"] == "done", "sent again: {again}");
    let done = wait(&url, job, Duration::from_secs(300));
    assert_eq!(done["state"], "done");
    assert!(!done["html"].as_str().unwrap().contains("id=\"preview\""));
    // The preliminary figures are those of a 40-replicate run of the same drafts.
    let mut short = f.clone();
    short.push(("replicates".into(), "40".into()));
    let (_, run40) = run(&url, &short);
    assert_eq!(figures(html), figures(run40["html"].as_str().unwrap()));
    assert_ne!(figures(html), figures(done["html"].as_str().unwrap()), "2,000 replicates give other means than 40");
}

/// A status request with `wait` is held until there is news: the preliminary figures
/// come in answer to a request sent before they existed, a request that has seen them
/// is held no longer than asked, and the end of the run answers a held request at
/// once (well inside its wait), never the wait's full length.
#[test]
fn a_held_status_request_answers_when_there_is_news() {
    let url = server(ServeConfig { replicates: 1000, max_replicates: 2000, threads: 1, ..small() });
    let f = form("kz-2025-enacted", &["provision.art2-1-1"], &[]);
    let (_, _, body) = post(&format!("{url}/run"), &f);
    let job = json(&body)["job"].as_u64().unwrap_or_else(|| panic!("{body}"));
    // Held up to a second: answered with the preliminary figures (20 replicates).
    // (A request is also answered when the job starts, and after its second on a busy
    // machine: asked again until the figures come.)
    let start = Instant::now();
    let mut seen = json(&get(&format!("{url}/jobs/{job}?wait=1000")).2);
    while seen["preview"].is_null() && matches!(seen["state"].as_str(), Some("queued" | "running")) {
        assert!(start.elapsed() < Duration::from_secs(120), "no preliminary figures: {seen}");
        seen = json(&get(&format!("{url}/jobs/{job}?wait=1000")).2);
    }
    assert_eq!(seen["preview"], 20, "{seen}");
    // Having seen them, a request asking 200 ms returns after about that long.
    let t = Instant::now();
    let again = json(&get(&format!("{url}/jobs/{job}?shown=20&wait=200")).2);
    if again["state"] == "running" {
        assert!(t.elapsed() >= Duration::from_millis(150) && t.elapsed() < Duration::from_secs(5), "{:?}", t.elapsed());
        assert!(again["html"].is_null(), "the figures already shown are not sent again");
    }
    // A wait past the cap is held at most a second.
    let t = Instant::now();
    let capped = json(&get(&format!("{url}/jobs/{job}?shown=20&wait=100000")).2);
    assert!(t.elapsed() < Duration::from_secs(3), "held {:?}: {capped}", t.elapsed());
    // Held requests follow the run to its end; the one that sees it does not wait out
    // its second after the end.
    let start = Instant::now();
    loop {
        let t = Instant::now();
        let j = json(&get(&format!("{url}/jobs/{job}?shown=20&wait=1000")).2);
        if j["state"] == "done" {
            assert!(j["html"].is_string());
            break;
        }
        assert_eq!(j["state"], "running", "{j}");
        assert!(t.elapsed() < Duration::from_millis(1500), "held {:?}", t.elapsed());
        assert!(start.elapsed() < Duration::from_secs(300), "the run did not end");
    }
    // Once ended, a held request answers at once.
    let t = Instant::now();
    assert_eq!(json(&get(&format!("{url}/jobs/{job}?shown=20&wait=1000")).2)["state"], "done");
    assert!(t.elapsed() < Duration::from_millis(500), "{:?}", t.elapsed());
}

/// The goal seek searches the variant the form names (`solve.variant`): variant 2
/// unedited answers as variant 1 (the same draws), variant 2 with courts granting less
/// allows a cut at least as large, and a variant that does not exist is refused on its
/// field.
#[test]
fn the_goal_seek_searches_the_chosen_variant() {
    let url = server(ServeConfig { replicates: 40, ..small() });
    let (_, done) = run(&url, &form("kz-2025-enacted", &[], &[]));
    let f = figures(done["html"].as_str().unwrap());
    let freed = (f["fig-base-released"] + f["fig-base-released_by_cut"]).round().to_string();
    let ask = |extra: &[(&str, &str)]| {
        let mut e = vec![("solve.field", "provision.art3-4-1.effect.cut.fraction"), ("solve.total", "prisoner-freed"), ("solve.bound", freed.as_str()), ("solve.at", "50")];
        e.extend_from_slice(extra);
        let (status, _, body) = post(&format!("{url}/solve"), &form("kz-2025-enacted", &[], &e));
        (status, json(&body))
    };
    let (status, one) = ask(&[]);
    assert_eq!(status, 200, "{one}");
    let v1 = one["value"].as_f64().unwrap_or_else(|| panic!("variant 1 found no value: {one}"));
    let (status, two) = ask(&[("solve.variant", "2")]);
    assert_eq!((status, two["value"].as_f64()), (200, Some(v1)), "variant 2 unedited: {two}");
    let (status, stricter) = ask(&[("solve.variant", "2"), ("v2.draft.court_grant.mean", "0.3")]);
    assert_eq!(status, 200, "{stricter}");
    assert!(stricter["value"].as_f64().is_none_or(|v| v >= v1), "courts granting less allow no smaller a cut: {stricter} against {v1}");
    assert!(stricter["html"] != one["html"], "the answers differ: {stricter}");
    for bad in ["9", "0", "два"] {
        let (status, refused) = ask(&[("solve.variant", bad)]);
        assert_eq!(status, 422, "{refused}");
        assert!(refused["errors"]["solve.variant"].as_str().is_some_and(|m| m.contains(bad)), "{refused}");
    }
}

/// A goal seek asked again with another bound takes its runs from the cache and
/// answers exactly as a server without a cache does (the first search's last run, at
/// the value found, is the refinement's draft under another name: served too).
#[test]
fn a_goal_seek_asked_again_answers_as_without_the_cache() {
    let cached = server(ServeConfig { replicates: 40, ..small() });
    let plain = server(ServeConfig { replicates: 40, cache_bytes: 0, ..small() });
    let ask = |url: &str, bound: &str| {
        let e = [("solve.field", "provision.art3-4-1.effect.cut.fraction"), ("solve.total", "prisoner-freed"), ("solve.bound", bound), ("solve.at", "50")];
        let (status, _, body) = post(&format!("{url}/solve"), &form("kz-2025-enacted", &[], &e));
        assert_eq!(status, 200, "{body}");
        json(&body)
    };
    let first = ask(&cached, "3000");
    assert!(first["value"].as_f64().is_some(), "a boundary to refine: {first}");
    assert_eq!(first, ask(&plain, "3000"));
    for bound in ["5000", "3000"] {
        assert_eq!(ask(&cached, bound), ask(&plain, bound), "bound {bound}");
    }
}

/// With no queue, a run is taken only while a slot is free; the next is told to try
/// again, and is taken once the slot frees.
#[test]
fn without_a_queue_a_run_waits_for_nothing_and_the_next_is_refused() {
    let url = server(ServeConfig { concurrent: 1, max_queued: 0, replicates: 2000, max_replicates: 2000, threads: 1, ..small() });
    let (status, _, body) = post(&format!("{url}/run"), &form("kz-2025-enacted", &[], &[]));
    assert_eq!(status, 200, "{body}");
    let first = json(&body)["job"].as_u64().unwrap();
    let (status, _, body) = post(&format!("{url}/run"), &form("kz-2025-enacted", &[], &[]));
    assert_eq!(status, 503, "{body}");
    assert!(json(&body)["message"].as_str().unwrap().contains("try again"), "{body}");
    post(&format!("{url}/jobs/{first}/cancel"), &[]);
    assert_eq!(wait(&url, first, Duration::from_secs(60))["state"], "cancelled");
    assert_eq!(post(&format!("{url}/run"), &form("kz-2025-enacted", &[], &[("replicates", "10")])).0, 200);
}

/// Many people press run at once: the queue holds what it can, the rest are told to try
/// again (503), every accepted run finishes with the same figures (same seed, same
/// draft), and the test ends by itself.
#[test]
fn many_concurrent_runs_queue_and_all_finish() {
    let url = server(ServeConfig { concurrent: 2, max_queued: 4, replicates: 60, threads: 1, ..small() });
    let start = Instant::now();
    let answers: Vec<(u16, String)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..24)
            .map(|_| {
                let url = url.clone();
                s.spawn(move || {
                    let (status, _, body) = post(&format!("{url}/run"), &form("kz-2025-enacted", &["provision.art2-1-1"], &[]));
                    (status, body)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let accepted: Vec<u64> = answers.iter().filter(|(s, _)| *s == 200).map(|(_, b)| json(b)["job"].as_u64().unwrap()).collect();
    let busy = answers.iter().filter(|(s, _)| *s == 503).count();
    assert_eq!(accepted.len() + busy, answers.len(), "only 200 or 503: {answers:?}");
    assert!(busy > 0, "24 runs at once, 2 slots and 4 places in the queue: some must be refused");
    assert!(accepted.len() >= 2, "{answers:?}");
    for (_, b) in answers.iter().filter(|(s, _)| *s == 503) {
        assert!(json(b)["message"].as_str().unwrap().contains("try again"), "{b}");
    }
    let mut seen = None;
    for job in &accepted {
        let done = wait(&url, *job, Duration::from_secs(600));
        assert_eq!(done["state"], "done", "{done}");
        let f = figures(done["html"].as_str().unwrap());
        assert_eq!(seen.get_or_insert_with(|| f.clone()), &f, "same seed and draft, same figures");
    }
    eprintln!("{} runs accepted, {busy} refused, all done in {:.1} s", accepted.len(), start.elapsed().as_secs_f64());
    // Once the queue has drained, runs are accepted again.
    assert_eq!(post(&format!("{url}/run"), &form("kz-2025-enacted", &[], &[])).0, 200);
}

// ---- The real browser ---------------------------------------------------------------

/// [`common::say_skipped`], naming this file's browser test.
fn say_skipped(why: &str) {
    common::say_skipped("the_page_works_in_headless_chromium", why);
}

/// The page in headless Chromium (Debian's `chromium` and `chromium-driver`, installed
/// by .ci/run), driven through WebDriver: run the enacted draft, switch a provision off,
/// run again, and find the released fall; fetch the draft through the page's own
/// download link and check it with `amnesty-sim check`. On a machine without them the
/// test says it was skipped; AMNESTY_REQUIRE_BROWSER (set by .ci/run) makes that a
/// failure; AMNESTY_SKIP_BROWSER=1 skips it on purpose.
#[test]
fn the_page_works_in_headless_chromium() {
    if std::env::var_os("AMNESTY_SKIP_BROWSER").is_some() {
        say_skipped("AMNESTY_SKIP_BROWSER is set");
        return;
    }
    let (Some(chromium), Some(driver)) = (found(common::CHROMIUM, "--version"), found(&["chromedriver"], "--version")) else {
        assert!(
            std::env::var_os("AMNESTY_REQUIRE_BROWSER").is_none(),
            "no Chromium and chromedriver found, and AMNESTY_REQUIRE_BROWSER insists on this test: install Debian's `chromium` and `chromium-driver` (as .ci/run does)"
        );
        say_skipped("no Chromium with chromedriver found (install Debian's `chromium` and `chromium-driver`; CI insists on it)");
        return;
    };
    let url = server(ServeConfig { replicates: 100, threads: 2, ..small() });
    let browser = Browser::start(driver, chromium);
    browser.go(&format!("{url}/?lang=ru"));
    assert_eq!(browser.script("return document.documentElement.lang;"), "ru");

    browser.click("#run");
    assert_eq!(browser.wait_result(), "done");
    let before = browser.mean("fig-edit-released");
    assert_eq!(before, browser.mean("fig-base-released"), "nothing switched off yet");

    browser.click("#f-provision_art2-1-2-no-damage");
    assert_eq!(browser.script("return document.getElementById('f-provision_art2-1-2-no-damage').checked;"), false);
    browser.click("#run");
    assert_eq!(browser.wait_result(), "done");
    let after = browser.mean("fig-edit-released");
    eprintln!("in Chromium: released {before:.1} with every provision, {after:.1} with art2-1-2-no-damage off");
    assert!(after < before, "switching a release provision off must release fewer: {before} -> {after}");
    assert!(browser.mean("fig-diff-released") < 0.0);
    let charts = browser.script("return document.querySelectorAll('#result svg').length;");
    assert!(charts.as_u64().unwrap_or(0) > 0, "no charts on the page");

    // The draft as the page's download link gives it.
    let toml = browser.script_async(
        "const done = arguments[arguments.length - 1]; fetch(document.getElementById('download-draft').href).then(r => r.text()).then(done, e => done('ERROR ' + e));",
    );
    let toml = toml.as_str().unwrap().to_string();
    assert!(!toml.starts_with("ERROR"), "{toml}");
    let file = std::env::temp_dir().join(format!("amnesty-serve-browser-{}.toml", std::process::id()));
    std::fs::write(&file, &toml).unwrap();
    let check = bin().arg("check").arg(&file).output().unwrap();
    let _ = std::fs::remove_file(&file);
    assert!(check.status.success(), "the downloaded draft does not check: {}{}", String::from_utf8_lossy(&check.stdout), String::from_utf8_lossy(&check.stderr));
    assert!(!toml.contains("id = \"art2-1-2-no-damage\""));

    // A mistake typed into a field is shown next to that field, in the compiler's words.
    browser.script("document.getElementById('f-replicates').value = 'много';");
    browser.click("#run");
    assert_eq!(browser.wait_result(), "invalid");
    let shown = browser.script("return document.getElementById('e-f-replicates').textContent;");
    assert!(shown.as_str().is_some_and(|s| s.contains("много")), "{shown}");

    // A long run shows its preliminary figures first, then the full ones in their place.
    browser.script("document.getElementById('f-replicates').value = '1000';");
    browser.click("#run");
    let start = Instant::now();
    let mut seen = false;
    loop {
        let v = browser.script("return [document.getElementById('result').dataset.state, !!document.getElementById('preview')];");
        let (state, preview) = (v[0].as_str().unwrap_or("").to_string(), v[1].as_bool().unwrap_or(false));
        seen |= preview && state == "running";
        if state == "done" {
            break;
        }
        assert!(matches!(state.as_str(), "running" | "submitting"), "state {state}");
        assert!(start.elapsed() < Duration::from_secs(300), "the long run did not end");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(seen, "no preliminary figures were shown during a 1,000-replicate run");
    assert_eq!(browser.script("return !!document.getElementById('preview');"), false, "the full figures did not replace the preliminary ones");
    assert!(browser.mean("fig-diff-released") < 0.0);
}

/// The command as a user starts it: it prints the address to open and serves there;
/// settings out of range are refused before it listens.
#[test]
fn the_serve_command_prints_its_address_and_refuses_bad_settings() {
    use std::io::BufRead;
    let mut child = bin().args(["serve", "--port", "0", "--lang", "kk"]).stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let url = line.split_whitespace().find(|w| w.starts_with("http://127.0.0.1:")).unwrap_or_else(|| panic!("no address in {line:?}")).trim_end_matches('/').to_string();
    let page = get_ok(&format!("{url}/"));
    let _ = child.kill();
    let _ = child.wait();
    assert!(page.is_some_and(|p| p.contains("<html lang=\"kk\">")), "the page is not served in Kazakh at {url}");
    for (args, says) in [(&["--replicates", "0"][..], "--replicates 0"), (&["--max-replicates", "2000000"][..], "--max-replicates"), (&["--lang", "de"][..], "de")] {
        let o = bin().arg("serve").args(args).output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(says) && !err.contains("panicked"), "{args:?}: {err}");
    }
}

//! The page for the work people do with it, in headless Chromium through WebDriver: a
//! scenario kept in the address and reproduced in a fresh browser, a base and three
//! variants side by side, the goal seek, results scrolled into view, and Russian and
//! Kazakh pages without English words or ids outside the technical details. Without
//! Chromium and chromedriver each test says it was skipped, unless
//! AMNESTY_REQUIRE_BROWSER makes that a failure.

mod common;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use amnesty_sim::serve::{self, ServeConfig};
use common::browser::{Browser, chromium_and_driver};

/// A server on a free loopback port with small runs; returns its base URL.
fn server() -> String {
    let addr =
        serve::spawn(ServeConfig { addr: "127.0.0.1:0".parse().unwrap(), replicates: 40, max_replicates: 2000, threads: 2, ..ServeConfig::default() }).expect("the server starts");
    format!("http://{addr}")
}

/// Every figure on the page by its cell id.
fn figures(b: &Browser) -> BTreeMap<String, f64> {
    let v = b.script("const out = {}; for (const e of document.querySelectorAll('#result [data-mean]')) out[e.id] = e.dataset.mean; return out;");
    v.as_object().unwrap().iter().map(|(k, v)| (k.clone(), v.as_str().unwrap().parse().unwrap())).collect()
}

/// Types `value` into the field `id` as a person would (the page hears the input).
fn type_into(b: &Browser, id: &str, value: &str) {
    b.script(&format!("const e = document.getElementById('{id}'); e.value = {}; e.dispatchEvent(new Event('input', {{ bubbles: true }}));", serde_json::json!(value)));
}

/// Presses Run and waits for the figures; returns the seconds from the press to the
/// final figures (measured, never asserted: the machine's speed is not the page's).
fn run(b: &Browser) -> f64 {
    let start = Instant::now();
    b.click("#run");
    assert_eq!(b.wait_result(), "done");
    start.elapsed().as_secs_f64()
}

#[test]
fn a_link_reproduces_the_scenario_in_a_new_browser_and_results_scroll_into_view() {
    let Some((chromium, driver)) = chromium_and_driver("a_link_reproduces_the_scenario_in_a_new_browser_and_results_scroll_into_view") else { return };
    let url = server();
    let first = Browser::start(driver, chromium);
    first.go(&format!("{url}/?lang=en"));
    let field = "f-provision_art3-4-1_effect_cut_fraction";
    // Fractions are shown as the law writes them.
    let shown = first.script(&format!("return document.getElementById('{field}').value;"));
    assert!(shown.as_str().is_some_and(|s| s.contains('/')), "{shown}");
    type_into(&first, field, "1/3");
    first.click("#f-provision_art2-1-2-no-damage");
    let link = first.script("return location.href;").as_str().unwrap().to_string();
    assert!(link.contains("provision.art3-4-1.effect.cut.fraction=1%2F3") && link.contains("provision.art2-1-2-no-damage=off"), "{link}");
    let seconds = run(&first);
    eprintln!("Run to final figures in Chromium: {seconds:.2} s (40 replicates, base and one variant)");
    // The results were brought into view: the form above is far taller than a window.
    let top = first.script("return document.getElementById('result').getBoundingClientRect().top;").as_f64().unwrap();
    let height = first.script("return window.innerHeight;").as_f64().unwrap();
    let scrolled = first.script("return window.scrollY;").as_f64().unwrap();
    assert!(scrolled > 0.0 && (-1.0..height).contains(&top), "results at {top} px of a {height} px window, scrolled {scrolled}");
    let before = figures(&first);
    assert!(before["fig-diff-released"] < 0.0, "{before:?}");
    drop(first);

    let second = Browser::start(driver, chromium);
    second.go(&link);
    assert_eq!(second.script(&format!("return document.getElementById('{field}').value;")), "1/3");
    assert_eq!(second.script("return document.getElementById('f-provision_art2-1-2-no-damage').checked;"), false);
    run(&second);
    assert_eq!(figures(&second), before, "the link's scenario gives the same figures in a new session");
}

#[test]
fn a_base_and_three_variants_run_side_by_side() {
    let Some((chromium, driver)) = chromium_and_driver("a_base_and_three_variants_run_side_by_side") else { return };
    let url = server();
    let b = Browser::start(driver, chromium);
    b.go(&format!("{url}/?lang=en"));
    b.click("#f-v2_on");
    b.click("#f-v3_on");
    type_into(&b, "f-v2_provision_art3-4-1_effect_cut_fraction", "0,5");
    b.click("#f-v3_provision_art2-1-2-no-damage");
    type_into(&b, "f-v3_add_exclusion", "297");
    run(&b);
    let f = figures(&b);
    for id in ["base", "edit", "diff", "edit2", "diff2", "edit3", "diff3"] {
        assert!(f.contains_key(&format!("fig-{id}-released")), "no {id} column: {f:?}");
    }
    assert_eq!(f["fig-diff-released"], 0.0, "variant 1 is unchanged: {f:?}");
    assert!(f["fig-diff3-released"] < 0.0, "{f:?}");
    assert!(f["fig-edit2-cut"] > 0.0, "{f:?}");
    let legend = b.script("return document.getElementById('legend-v3').textContent;");
    let legend = legend.as_str().unwrap();
    assert!(legend.contains("without") && legend.contains("297"), "{legend}");
    // Each variant's draft downloads, named by its edit.
    let toml = b.script_async(
        "const done = arguments[arguments.length - 1]; fetch(document.getElementById('download-draft-3').href).then(r => r.text()).then(done, e => done('ERROR ' + e));",
    );
    let toml = toml.as_str().unwrap();
    assert!(toml.contains("id = \"kz-2025-enacted-v3\"") && toml.contains("Excluded: article 297"), "{toml}");
}

#[test]
fn the_goal_seek_form_answers_with_a_value() {
    let Some((chromium, driver)) = chromium_and_driver("the_goal_seek_form_answers_with_a_value") else { return };
    let url = server();
    let b = Browser::start(driver, chromium);
    b.go(&format!("{url}/?lang=ru"));
    run(&b);
    let f = figures(&b);
    // The bound: the prisoners the base frees; the largest cut of Art. 3(4)1 that keeps
    // them under it lies inside the searched range (the base cuts 1/5).
    let freed = f["fig-base-released"] + f["fig-base-released_by_cut"];
    b.script("document.getElementById('solve-field').value = 'provision.art3-4-1.effect.cut.fraction'; document.getElementById('solve-total').value = 'prisoner-freed'; document.getElementById('solve-at').value = '50';");
    type_into(&b, "solve-bound", &format!("{}", freed.round()));
    b.click("#solve-run");
    let start = Instant::now();
    let state = loop {
        let s = b.script("return document.getElementById('solve-result').dataset.state;").as_str().unwrap_or("").to_string();
        if s != "running" {
            break s;
        }
        assert!(start.elapsed() < Duration::from_secs(300), "the search did not end");
        std::thread::sleep(Duration::from_millis(100));
    };
    let text = b.script("return document.getElementById('solve-result').textContent;");
    assert_eq!(state, "done", "{text}");
    let value = b.script("return document.getElementById('solve-answer').dataset.value;");
    let value: f64 = value.as_str().and_then(|v| v.parse().ok()).unwrap_or_else(|| panic!("no value: {text}"));
    assert!((0.05..1.0).contains(&value), "{value}: {text}");
    eprintln!("goal seek: {text}");
}

#[test]
fn russian_and_kazakh_pages_show_no_latin_outside_the_technical_details() {
    let Some((chromium, driver)) = chromium_and_driver("russian_and_kazakh_pages_show_no_latin_outside_the_technical_details") else { return };
    let url = server();
    let b = Browser::start(driver, chromium);
    for lang in ["ru", "kk"] {
        b.go(&format!("{url}/?lang={lang}&v2.on=1&v2.add_exclusion=297&v2.provision.art3-4-1.effect.cut.fraction=0,3"));
        run(&b);
        // Everything the page shows is read, the charts' SVG text included.
        let text = b.script("const c = document.body.cloneNode(true); for (const e of c.querySelectorAll('.technical, script, style, #words')) e.remove(); return c.textContent;");
        let text = text.as_str().unwrap();
        // The language picker names English in English, as every language picker does.
        let foreign = common::foreign_words(text, &["English"]);
        let context: Vec<String> = foreign
            .iter()
            .filter_map(|w| text.find(w.as_str()).map(|at| text[text.floor_char_boundary(at.saturating_sub(80))..text.ceil_char_boundary((at + 40).min(text.len()))].to_string()))
            .collect();
        assert!(foreign.is_empty(), "{lang}: {foreign:?} in {context:?}");
        // The ids are there, folded in the technical details.
        let technical = b.script("return Array.from(document.querySelectorAll('.technical')).map(e => e.textContent).join(' ');");
        assert!(technical.as_str().unwrap().contains("kz-2025-enacted"), "{lang}");
    }
}

/// Presses Run, waits for the final figures, and returns the page's own User Timing
/// measures from the press to the preliminary figures on the screen (if the page showed
/// any) and to the final ones, in seconds. The page takes them itself
/// (`performance.measure`), so the test's polling through WebDriver adds nothing.
fn run_timed(b: &Browser) -> (Option<f64>, f64) {
    let start = Instant::now();
    b.click("#run");
    loop {
        let state = b.script("return document.getElementById('result').dataset.state || '';");
        let state = state.as_str().unwrap_or("").to_string();
        if !matches!(state.as_str(), "running" | "submitting" | "idle") {
            assert_eq!(state, "done");
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(300), "the page's run did not end (state {state})");
        // Seldom: the page measures its own times, and every look through WebDriver
        // costs the browser and the driver processor time the run would use.
        std::thread::sleep(Duration::from_millis(250));
    }
    let measure = |name: &str| -> Option<f64> {
        let v = b.script(&format!("const m = performance.getEntriesByName('{name}', 'measure'); return m.length ? m[m.length - 1].duration : null;"));
        v.as_f64().map(|ms| ms / 1000.0)
    };
    // The final measure is taken on the frame after the figures came.
    let mut last = measure("amnesty-final");
    while last.is_none() && start.elapsed() < Duration::from_secs(300) {
        std::thread::sleep(Duration::from_millis(10));
        last = measure("amnesty-final");
    }
    (measure("amnesty-preliminary"), last.expect("the page measures the time to its final figures"))
}

/// The page's what-if at its default size, timed as a person sees it: 1,000 replicates
/// of the base and one variant on a server that has run nothing yet, the same pressed
/// again (every draft's rows now in the server's cache), another variant (the base's
/// rows held, the variant computed: what the first press costs once the server has
/// warmed up), then the base and three variants (one seen before), from the press of
/// Run to the preliminary and the final figures on the screen, as the page measures
/// them (User Timing). The times are printed (the README quotes them), never asserted:
/// the machine's speed is not the page's.
#[test]
fn the_page_times_a_thousand_replicate_what_if() {
    let Some((chromium, driver)) = chromium_and_driver("the_page_times_a_thousand_replicate_what_if") else { return };
    let url = server();
    let b = Browser::start(driver, chromium);
    b.go(&format!("{url}/?lang=en"));
    type_into(&b, "f-replicates", "1000");
    b.click("#f-provision_art2-1-2-no-damage");
    let (preliminary, last) = run_timed(&b);
    let f = figures(&b);
    assert!(f["fig-diff-released"] < 0.0, "the variant releases fewer: {f:?}");
    let shown = |p: Option<f64>| p.map_or("none".to_string(), |s| format!("{s:.2} s"));
    eprintln!("Run to figures in Chromium, 1,000 replicates, base and one variant, the server's first run: preliminary {}, final {last:.2} s", shown(preliminary));
    let (preliminary, last) = run_timed(&b);
    assert_eq!(figures(&b), f, "the cache's figures are the computed ones");
    eprintln!("Run to figures in Chromium, 1,000 replicates, base and one variant, pressed again (all held): preliminary {}, final {last:.2} s", shown(preliminary));
    b.click("#f-provision_art2-1-2-no-damage");
    b.click("#f-provision_art2-2");
    let (preliminary, last) = run_timed(&b);
    eprintln!("Run to figures in Chromium, 1,000 replicates, base (held) and a new variant: preliminary {}, final {last:.2} s", shown(preliminary));
    b.click("#f-provision_art2-2");
    b.click("#f-provision_art2-1-2-no-damage");
    b.click("#f-v2_on");
    b.click("#f-v3_on");
    type_into(&b, "f-v2_provision_art3-4-1_effect_cut_fraction", "0,5");
    b.click("#f-v3_provision_art2-1-2-no-damage");
    let (preliminary, last) = run_timed(&b);
    assert!(figures(&b).contains_key("fig-diff3-released"));
    eprintln!("Run to figures in Chromium, 1,000 replicates, base and three variants (base and variant 1 held): preliminary {}, final {last:.2} s", shown(preliminary));
    // As `amnesty-sim serve` starts: the default base run in the background first.
    let addr = serve::spawn(ServeConfig { addr: "127.0.0.1:0".parse().unwrap(), replicates: 1000, max_replicates: 2000, threads: 2, warm: true, ..ServeConfig::default() })
        .expect("the server starts");
    let url = format!("http://{addr}");
    common::browser::warmed(&url);
    b.go(&format!("{url}/?lang=en"));
    b.click("#f-provision_art2-1-2-no-damage");
    let (preliminary, last) = run_timed(&b);
    eprintln!(
        "Run to figures in Chromium, 1,000 replicates, base and one variant, the first press on a server that has warmed up: preliminary {}, final {last:.2} s",
        shown(preliminary)
    );
    // A reader who pauses after an edit: the page has asked the server to start on
    // the form (`/prepare`), so part of the work is done when Run is pressed. The same
    // figures as computed at the press.
    b.click("#f-provision_art2-1-2-no-damage");
    b.click("#f-provision_art2-2");
    std::thread::sleep(std::time::Duration::from_secs(2));
    let (preliminary, last) = run_timed(&b);
    let prepared = figures(&b);
    eprintln!("Run to figures in Chromium, 1,000 replicates, base (held) and a new variant, pressed 2 s after the edit: preliminary {}, final {last:.2} s", shown(preliminary));
    let cold = serve::spawn(ServeConfig { addr: "127.0.0.1:0".parse().unwrap(), replicates: 1000, max_replicates: 2000, threads: 2, cache_bytes: 0, ..ServeConfig::default() })
        .expect("the server starts");
    b.go(&format!("http://{cold}/?lang=en"));
    b.click("#f-provision_art2-2");
    run_timed(&b);
    assert_eq!(figures(&b), prepared, "a prepared press shows the figures of one computed at the press");
}

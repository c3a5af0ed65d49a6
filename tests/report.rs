//! Charts and report: valid PNG and SVG of the stated size, a self-contained report.html,
//! and a headless-Chromium rendering of it that is not blank.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{bin, temp_path};

/// One small comparison run shared by the tests of this file.
fn run_dir() -> PathBuf {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| compare_into("en")).clone()
}

/// The same comparison with the report in Russian.
fn run_dir_ru() -> PathBuf {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| compare_into("ru")).clone()
}

fn compare_into(lang: &str) -> PathBuf {
    let dir = temp_path(&format!("report-{lang}"));
    let o = bin().args(["compare", "kz-2025-enacted", "kz-2025-no-vulnerable", "--replicates", "30", "--quiet", "--lang", lang, "--out"]).arg(&dir).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    dir
}

fn png_size(path: &Path) -> (u32, u32, Vec<u8>, png::ColorType) {
    let decoder = png::Decoder::new(std::fs::File::open(path).unwrap());
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    (info.width, info.height, buf, info.color_type)
}

/// Share of pixels that are not (near) white, and number of distinct colours.
fn ink(buf: &[u8], color: png::ColorType) -> (f64, usize) {
    let step = match color {
        png::ColorType::Rgba => 4,
        png::ColorType::Rgb => 3,
        _ => 1,
    };
    let mut inked = 0usize;
    let mut colours = std::collections::HashSet::new();
    for px in buf.chunks(step) {
        if px.iter().take(3).any(|c| *c < 240) {
            inked += 1;
        }
        colours.insert(px.iter().take(3).fold(0u32, |a, c| a << 8 | *c as u32));
    }
    (inked as f64 / (buf.len() / step) as f64, colours.len())
}

#[test]
fn every_chart_is_a_valid_png_and_svg_of_1200_by_800() {
    let dir = run_dir().join("charts");
    let names = [
        "outcomes",
        "differences",
        "release-distribution",
        "breakdown-provision",
        "attribution",
        "breakdowns",
        "breakdown-offence_group",
        "savings",
        "timeline-stock",
        "timeline-releases",
        "sensitivity",
    ];
    for name in names {
        let (w, h, buf, color) = png_size(&dir.join(format!("{name}.png")));
        assert_eq!((w, h), (1200, 800), "{name}.png");
        let (share, colours) = ink(&buf, color);
        assert!(share > 0.02 && colours > 8, "{name}.png looks empty: {share} inked, {colours} colours");
        let svg = std::fs::read_to_string(dir.join(format!("{name}.svg"))).unwrap();
        assert!(svg.trim_start().starts_with("<svg") && svg.contains("width=\"1200\"") && svg.contains("height=\"800\""), "{name}.svg");
        assert!(svg.trim_end().ends_with("</svg>"), "{name}.svg is not closed");
        assert!(svg.contains("<text"), "{name}.svg has no text (title, axes)");
    }
}

#[test]
fn report_html_is_self_contained_and_complete() {
    let html = std::fs::read_to_string(run_dir().join("report.html")).unwrap();
    for forbidden in ["src=", "href=", "url(", "@import", "<link", "<script", "xmlns=\"http"] {
        assert!(!html.contains(forbidden), "report.html contains `{forbidden}`");
    }
    // Eleven charts, and the brief's copy of the differences chart above them.
    assert_eq!(html.matches("<svg").count(), 12, "eleven inline charts and the brief's");
    for needle in [
        "Summary",
        "Over time",
        "the prison population is lowest in month",
        "Prison population with and without the amnesty",
        "fewer prisoners than 2025 law as enacted",
        "Differences against 2025 law as enacted",
        "The drafts",
        "<td>Art. 4(1)</td>",
        "art2-2",
        "assumptions and sources",
        "taunews.kz",
        "Reproducibility",
        "What drives the results",
        "What each clause buys (2025 law as enacted)",
        "Cut by 1/5: grave crimes, everyone else alone accounts for",
        "<code>art4-15</code>",
        "--replicates 30",
    ] {
        let needle = needle.replace("&#39;", "'");
        assert!(html.contains(&needle), "report.html lacks `{needle}`");
    }
    let md = std::fs::read_to_string(run_dir().join("report.md")).unwrap();
    assert!(md.contains("![") && md.contains("charts/outcomes.png") && md.contains("| draft |"), "report.md");
}

#[test]
fn no_report_skips_charts_and_report() {
    let dir = temp_path("noreport");
    let o = bin().args(["run", "--replicates", "5", "--quiet", "--no-report", "--out"]).arg(&dir).output().unwrap();
    assert!(o.status.success());
    assert!(dir.join("summary.csv").exists() && !dir.join("report.html").exists() && !dir.join("charts").exists());
}

/// [`common::say_skipped`], naming this file's browser test.
fn say_skipped(why: &str) {
    common::say_skipped("report_renders_in_headless_chromium", why);
}

/// Renders report.html in headless Chromium (Debian's `chromium`, installed by .ci/run)
/// and checks the screenshot shows a page. On a machine without Chromium the test says
/// plainly that it was skipped; where AMNESTY_REQUIRE_BROWSER is set (as .ci/run sets
/// it) a missing browser fails it. AMNESTY_SKIP_BROWSER=1 skips it on purpose.
#[test]
fn report_renders_in_headless_chromium() {
    if std::env::var_os("AMNESTY_SKIP_BROWSER").is_some() {
        say_skipped("AMNESTY_SKIP_BROWSER is set");
        return;
    }
    let Some(browser) = common::found(common::CHROMIUM, "--version") else {
        assert!(
            std::env::var_os("AMNESTY_REQUIRE_BROWSER").is_none(),
            "no Chromium found, and AMNESTY_REQUIRE_BROWSER insists on this test: install Debian's `chromium` (as .ci/run does)"
        );
        say_skipped("no Chromium found (install Debian's `chromium` to run it; CI insists on it)");
        return;
    };
    for (lang, dir) in [("en", run_dir()), ("ru", run_dir_ru())] {
        let shot = dir.join("screenshot.png");
        let profile = dir.join("chromium-profile");
        let page = format!("file://{}", dir.join("report.html").display());
        let chromium = |extra: &[String]| {
            Command::new(browser)
                .args([
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--window-size=1280,2000",
                ])
                .arg(format!("--user-data-dir={}", profile.display()))
                .args(extra)
                .arg(&page)
                .output()
                .unwrap()
        };
        let o = chromium(&[format!("--screenshot={}", shot.display())]);
        assert!(shot.exists(), "{lang}: no screenshot: {}", String::from_utf8_lossy(&o.stderr));
        let (w, h, buf, color) = png_size(&shot);
        assert_eq!((w, h), (1280, 2000));
        let (share, colours) = ink(&buf, color);
        assert!(share > 0.03, "{lang}: the rendered report is blank ({share} of pixels inked)");
        assert!(colours > 20, "{lang}: the rendered report has only {colours} colours");
        // The document as the browser parsed it: the headings in the report's language.
        let dom = String::from_utf8_lossy(&chromium(&["--dump-dom".to_string()]).stdout).into_owned();
        let texts = amnesty_sim::i18n::Texts::new(amnesty_sim::i18n::Lang::parse(lang).unwrap());
        for id in ["heading-summary", "heading-drafts", "heading-reproducibility"] {
            assert!(dom.contains(&texts.t(id)), "{lang}: Chromium's DOM lacks the heading {:?}", texts.t(id));
        }
    }
}

/// A PDF's page count (its `/Type /Page` objects).
fn pdf_pages(path: &Path) -> usize {
    let bytes = std::fs::read(path).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    text.match_indices("/Type /Page").filter(|(i, _)| !text[i + 11..].starts_with('s')).count()
        + text.match_indices("/Type/Page").filter(|(i, _)| !text[i + 10..].starts_with('s')).count()
}

/// The brief first: a Russian comparison of three shipped drafts shows the differences
/// table within the first 900 px in headless Chromium (WebDriver), the brief prints on
/// one A4 page, and the whole report, its detail folded, in a few pages.
#[test]
fn the_brief_comes_first_and_prints_on_one_page() {
    let Some((chromium, driver)) = common::browser::chromium_and_driver("the_brief_comes_first_and_prints_on_one_page") else { return };
    let dir = temp_path("brief-ru");
    let o = bin()
        .args(["compare", "kz-2025-enacted", "kz-2025-drug-distribution", "kz-2025-no-1y", "--replicates", "30", "--quiet", "--lang", "ru", "--pdf", "--out"])
        .arg(&dir)
        .env(amnesty_sim::output::pdf::CHROMIUM_VARIABLE, which(chromium))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let report = dir.join("report.html");
    let browser = common::browser::Browser::start(driver, chromium);
    browser.go(&format!("file://{}", report.display()));
    let top = browser.script("return document.getElementById('brief-differences').getBoundingClientRect().top;").as_f64().unwrap();
    assert!(top > 0.0 && top < 900.0, "the differences table starts {top} px down");
    // Everything a reader sees, every folded section opened, the technical details
    // (ids, conditions as written, files) left out, the charts' text included.
    let seen = browser
        .script(
            "document.querySelectorAll('details').forEach(d => d.open = true);
             document.querySelectorAll('.technical').forEach(t => t.remove());
             const svg = Array.from(document.querySelectorAll('svg text')).map(t => t.textContent).join(' ');
             return document.body.innerText + ' ' + svg;",
        )
        .as_str()
        .unwrap()
        .to_string();
    assert!(seen.len() > 20_000, "the opened report reads {} characters", seen.len());
    let foreign = common::foreign_words(&seen, &[]);
    assert!(foreign.is_empty(), "the Russian report shows ids or English words outside the technical details: {foreign:?}");
    drop(browser);
    // Printed: the brief alone on one A4 page (brief.pdf, as the program wrote it), the
    // whole report in a few.
    assert_eq!(pdf_pages(&dir.join("brief.pdf")), 1, "the brief prints on one A4 page");
    let pdf = dir.join("report.pdf");
    let o = Command::new(chromium)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer"])
        .arg(format!("--user-data-dir={}", dir.join("chromium-print").display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", report.display()))
        .output()
        .unwrap();
    assert!(pdf.exists(), "no PDF: {}", String::from_utf8_lossy(&o.stderr));
    let pages = pdf_pages(&pdf);
    assert!(pages <= 4, "the folded report prints on {pages} pages");
}

/// The full path of a program found on PATH (Chromium's name as the tests found it).
fn which(name: &str) -> PathBuf {
    std::env::split_paths(&std::env::var_os("PATH").unwrap()).map(|d| d.join(name)).find(|p| p.is_file()).unwrap_or_else(|| PathBuf::from(name))
}

/// A Kazakh comparison's report, read without a browser: no id and no English word
/// outside the technical details, in the text or in the charts.
#[test]
fn the_kazakh_report_reads_in_kazakh_outside_the_technical_details() {
    let dir = temp_path("words-kk");
    let o = bin().args(["compare", "kz-2025-enacted", "kz-2025-fraud-third", "--replicates", "20", "--quiet", "--lang", "kk", "--out"]).arg(&dir).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let html = std::fs::read_to_string(dir.join("report.html")).unwrap();
    let start = html.find("<details class=\"technical\"").expect("a technical details section");
    let end = start + html[start..].find("</details>\n</body>").expect("the technical details close the report");
    let shown = format!("{}{}", &html[..start], &html[end..]);
    let text = strip_tags(&shown);
    assert!(text.contains("Техникалық") || html.contains("Техникалық"), "the technical details are named in Kazakh");
    let foreign = common::foreign_words(&text, &[]);
    assert!(foreign.is_empty(), "the Kazakh report shows ids or English words outside the technical details: {foreign:?}");
    // The technical details do hold the ids: they are moved, not lost.
    assert!(html[start..end].contains("kz-2025-fraud-third") && html[start..end].contains("art4-1"));
}

/// The text of an HTML document: styles dropped, tags replaced by spaces, the few
/// entities the report writes decoded.
fn strip_tags(html: &str) -> String {
    let body = &html[html.find("<body>").unwrap_or(0)..];
    let mut out = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&")
}

//! Each chart checked at the size it is shown: every chart of a small real run (two
//! shipped drafts, the timeline, attribution and the tornado) and of a solved sweep,
//! drawn as SVG in English, Russian and Kazakh, and its text read back from the SVG and
//! measured with the embedded font: no label shortened with "…" or "...", no text
//! beyond the image's edges, tick numbers on one axis all different, drafts and clauses
//! named by [`Names`], and in Russian and Kazakh no Latin letter. And the palette:
//! colours apart for every reader.

use super::*;
use crate::i18n::Lang;

/// One text element of an SVG as plotters writes it.
#[derive(Debug)]
struct SvgText {
    x: f64,
    y: f64,
    /// plotters' font size (the SVG's `font-size` times 1.24).
    px: f64,
    anchor: String,
    dy: String,
    rotated: bool,
    text: String,
}

impl SvgText {
    /// The box the text covers: (left, top, right, bottom).
    fn bounds(&self) -> (f64, f64, f64, f64) {
        let w = layout::width(&self.text, self.px);
        let h = layout::height(self.px);
        let along = match self.anchor.as_str() {
            "middle" => (-w / 2.0, w / 2.0),
            "end" => (-w, 0.0),
            _ => (0.0, w),
        };
        let across = match self.dy.as_str() {
            "0.5ex" => (-h / 2.0, h / 2.0),
            "-0.5ex" => (-h, 0.0),
            _ => (0.0, h),
        };
        if self.rotated {
            // Turned to read upwards about (x, y): along the text is up, across is right.
            (self.x + across.0, self.y - along.1, self.x + across.1, self.y - along.0)
        } else {
            (self.x + along.0, self.y + across.0, self.x + along.1, self.y + across.1)
        }
    }
}

/// The value of attribute `name` in a tag's attribute text.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    tag[at..].split('"').next()
}

/// Every text element of an SVG document.
fn texts(svg: &str) -> Vec<SvgText> {
    let mut out = Vec::new();
    for chunk in svg.split("<text").skip(1) {
        let Some((tag, rest)) = chunk.split_once('>') else { continue };
        let Some((body, _)) = rest.split_once("</text>") else { continue };
        let text = body.trim().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        let num = |n: &str| attribute(tag, n).and_then(|v| v.parse::<f64>().ok()).unwrap_or(f64::NAN);
        out.push(SvgText {
            x: num("x"),
            y: num("y"),
            px: num("font-size") * 1.24,
            anchor: attribute(tag, "text-anchor").unwrap_or("start").to_string(),
            dy: attribute(tag, "dy").unwrap_or("0.76em").to_string(),
            rotated: attribute(tag, "transform").is_some_and(|t| t.starts_with("rotate(270")),
            text,
        });
    }
    out
}

/// A small run of two shipped drafts with everything the report charts.
fn small_run() -> (Vec<crate::draft::Draft>, RunResult, Vec<crate::summary::sensitivity::Influence>) {
    let spec = crate::scenario::spec::PopulationSpec::embedded_default().unwrap();
    let drafts: Vec<_> = ["kz-2025-enacted", "kz-2025-no-vulnerable"].iter().map(|d| crate::draft::resolve(d).unwrap()).collect();
    let config = crate::montecarlo::RunConfig::new(30, 3, 1);
    let result = crate::montecarlo::run(&spec, &crate::montecarlo::PopulationSource::Synthetic, &drafts, &config).unwrap();
    let ids: Vec<&str> = drafts.iter().map(|d| d.id.as_str()).collect();
    let influences = crate::summary::sensitivity::headline(&result.replicates, &ids);
    (drafts, result, influences)
}

/// Every chart of the run in `lang`, as the report has them.
fn charts_in(drafts: &[crate::draft::Draft], result: &RunResult, influences: &[crate::summary::sensitivity::Influence], lang: Lang) -> (Names, Vec<Chart>) {
    let tx = Texts::new(lang);
    let names = Names::new(drafts, lang);
    let mut all = build(result, 0.9, &names, &tx);
    all.extend(tornado(influences, &drafts[0].id, &crate::summary::HEADLINE_OUTPUTS[0], &names, &tx));
    (names, all)
}

/// What is wrong with the text of one drawn chart: cut labels, text past the edges,
/// tick numbers that read the same.
fn problems(name: &str, svg: &str, lang: Lang) -> Vec<String> {
    let mut found = Vec::new();
    let all = texts(svg);
    assert!(all.len() > 3, "{name}: {} texts read from the SVG", all.len());
    for t in &all {
        if t.text.contains('…') || t.text.contains("...") {
            found.push(format!("{name}: `{}` is cut", t.text));
        }
        let (l, top, r, b) = t.bounds();
        if l < -0.5 || top < -0.5 || r > WIDTH as f64 + 0.5 || b > HEIGHT as f64 + 0.5 {
            found.push(format!("{name}: `{}` covers ({l:.0}, {top:.0})-({r:.0}, {b:.0}), beyond {WIDTH}x{HEIGHT}", t.text));
        }
    }
    // Tick numbers: neighbours on one row (an x axis; panels side by side share a row)
    // or right-aligned in one column (a y axis) never read the same.
    let number = |t: &&SvgText| !t.text.is_empty() && t.text.chars().all(|c| c.is_ascii_digit() || " ,.-−\u{a0}\u{202f}".contains(c));
    let mut numbers: Vec<&SvgText> = all.iter().filter(number).collect();
    numbers.sort_by(|a, b| (a.y, a.x).partial_cmp(&(b.y, b.x)).unwrap_or(std::cmp::Ordering::Equal));
    for w in numbers.windows(2) {
        if (w[0].y - w[1].y).abs() < 0.5 && w[0].anchor == "middle" && w[1].anchor == "middle" && w[0].text == w[1].text {
            found.push(format!("{name}: two ticks side by side read `{}`", w[0].text));
        }
    }
    numbers.sort_by(|a, b| (a.x, a.y).partial_cmp(&(b.x, b.y)).unwrap_or(std::cmp::Ordering::Equal));
    for w in numbers.windows(2) {
        if (w[0].x - w[1].x).abs() < 0.5 && w[0].anchor == "end" && w[1].anchor == "end" && w[0].text == w[1].text {
            found.push(format!("{name}: two ticks one above the other read `{}`", w[0].text));
        }
    }
    if lang != Lang::En {
        for t in &all {
            if t.text.chars().any(|c| c.is_ascii_alphabetic()) {
                found.push(format!("{name} ({lang:?}): `{}` has Latin letters", t.text));
            }
        }
    }
    found
}

/// The Latin letters a Russian or Kazakh chart may still show: the names of clauses that
/// have none in that language yet (Names falls back to the citation, `Art. 3(4)1`).
fn fallbacks(drafts: &[crate::draft::Draft], lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for d in drafts {
        let names = d.provisions.iter().map(|p| p.name_in(lang)).chain(d.exclusions.iter().map(|e| e.name_in(lang))).chain([d.name_in(lang)]);
        out.extend(names.filter(|n| n.chars().any(|c| c.is_ascii_alphabetic())).map(str::to_string));
    }
    // Longest first, so a name is struck out before any name it contains.
    out.sort_by_key(|n| std::cmp::Reverse(n.len()));
    out
}

#[test]
fn every_chart_fits_its_image_in_every_language() {
    let (drafts, result, influences) = small_run();
    let mut found = Vec::new();
    for lang in [Lang::En, Lang::Ru, Lang::Kk] {
        let (names, charts) = charts_in(&drafts, &result, &influences, lang);
        let expected = ["outcomes", "differences", "release-distribution", "breakdown-provision", "attribution", "breakdowns", "savings", "timeline-stock", "sensitivity"];
        for e in expected {
            assert!(charts.iter().any(|c| c.name() == e), "{lang:?}: no chart {e}");
        }
        let fallbacks = fallbacks(&drafts, lang);
        for chart in &charts {
            let mut svg = render_svg(chart).unwrap();
            // A clause without a name in this language yet shows its citation: struck
            // out here, so the check holds every other word to the language.
            for f in &fallbacks {
                svg = svg.replace(f.as_str(), "");
            }
            found.extend(problems(&format!("{} ({lang:?})", chart.name()), &svg, lang));
        }
        // Drafts and clauses come from Names, never by id.
        let ids: Vec<&str> = drafts
            .iter()
            .flat_map(|d| std::iter::once(d.id.as_str()).chain(d.provisions.iter().map(|p| p.id.as_str())).chain(d.exclusions.iter().map(|e| e.id.as_str())))
            .collect();
        for chart in &charts {
            let svg = render_svg(chart).unwrap();
            for t in texts(&svg) {
                for word in t.text.split(|c: char| c.is_whitespace() || "():,«»".contains(c)) {
                    assert!(!ids.contains(&word), "{} ({lang:?}) names `{word}` by id: `{}`", chart.name(), t.text);
                }
            }
        }
        let attribution = charts.iter().find_map(|c| match c {
            Chart::Bars(b) if b.name == "attribution" => Some(b),
            _ => None,
        });
        let attribution = attribution.expect("an attribution chart");
        let tx = Texts::new(lang);
        let d = &drafts[0];
        let allowed: Vec<String> = d
            .provisions
            .iter()
            .map(|p| names.clause(&d.id, &p.id).to_string())
            .chain(d.exclusions.iter().map(|e| tx.f("chart-exclusion-named", &[("name", names.clause(&d.id, &e.id).into())])))
            .collect();
        for c in &attribution.categories {
            assert!(allowed.contains(c), "{lang:?}: attribution category `{c}` is not a clause's name");
        }
        assert!(attribution.title.contains(names.draft(&d.id)), "{lang:?}: {}", attribution.title);
    }
    assert!(found.is_empty(), "{} problems:\n{}", found.len(), found.join("\n"));
}

#[test]
fn a_solved_sweep_marks_its_boundary_with_ticks_read_apart() {
    let spec = crate::scenario::spec::PopulationSpec::embedded_default().unwrap();
    let base = crate::draft::resolve("kz-2025-enacted").unwrap();
    let vary = crate::sweep::Vary::parse(&base, "provision.art3-4-1.effect.cut.fraction=0.1:0.5:0.02").unwrap();
    let drafts = crate::sweep::variants(&base, &vary).unwrap();
    let goal = crate::sweep::goal::parse("prisoner freed <= 2500 at 90%").unwrap();
    let shown = goal.total.clone();
    let config = crate::montecarlo::RunConfig { interval: 0.9, ..crate::montecarlo::RunConfig::totals(8, 1, 1) };
    let source = crate::montecarlo::PopulationSource::Synthetic;
    let inputs = crate::sweep::SweepInputs { spec: &spec, source: &source, base: &base, vary: &vary, drafts: &drafts, shown: &shown, goal: Some(&goal), config: &config };
    let s = crate::sweep::run(&inputs).unwrap();
    let names = Names::new(std::slice::from_ref(&base), Lang::En);
    let tx = Texts::new(Lang::En);
    let chart = crate::output::sweep::chart(&s, &shown, 0.9, &names, &tx);
    let Chart::Lines(l) = &chart else { panic!("the sweep's chart is a line chart") };
    let solved = s.solution.as_ref().and_then(|sol| sol.value);
    assert_eq!(l.mark.as_ref().map(|m| m.0), solved, "the boundary is marked where the sweep found it");
    let svg = render_svg(&chart).unwrap();
    let found = problems("sweep", &svg, Lang::En);
    assert!(found.is_empty(), "{}", found.join("\n"));
    let shown_texts: Vec<String> = texts(&svg).into_iter().map(|t| t.text).collect();
    assert!(!shown_texts.iter().any(|t| t.contains("art3-4-1")), "the clause is named, not its id: {shown_texts:?}");
    if let Some((_, label)) = &l.mark {
        assert!(shown_texts.iter().any(|t| label.starts_with(t.as_str())), "the boundary's label is drawn: {label}");
    }
}

/// CIE L*a*b* of an sRGB colour (D65).
fn lab((r, g, b): (u8, u8, u8)) -> [f64; 3] {
    let lin = |c: f64| {
        let c = c / 255.0;
        if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    from_linear([lin(r as f64), lin(g as f64), lin(b as f64)])
}

fn from_linear([r, g, b]: [f64; 3]) -> [f64; 3] {
    let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    let f = |t: f64| if t > 0.008856 { t.cbrt() } else { 7.787 * t + 16.0 / 116.0 };
    [116.0 * f(y) - 16.0, 500.0 * (f(x) - f(y)), 200.0 * (f(y) - f(z))]
}

/// A colour as a reader with deuteranopia sees it (Viénot, Brettel and Mollon 1999).
fn deuteranope((r, g, b): (u8, u8, u8)) -> [f64; 3] {
    let lin = |c: u8| {
        let c = c as f64 / 255.0;
        if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    let (r, g, b) = (lin(r), lin(g), lin(b));
    let rg = 0.29275 * r + 0.70725 * g;
    from_linear([rg, rg, -0.02234 * r + 0.02234 * g + b])
}

fn distance(a: [f64; 3], b: [f64; 3]) -> f64 {
    a.iter().zip(b).map(|(x, y)| (x - y).powi(2)).sum::<f64>().sqrt()
}

#[test]
fn the_palette_keeps_eight_series_apart_for_every_reader() {
    assert!(PALETTE.len() >= 8);
    for (i, &a) in PALETTE.iter().enumerate() {
        assert!(distance(lab(a), lab((255, 255, 255))) > 20.0, "{a:?} is too close to the white background");
        for &b in &PALETTE[i + 1..] {
            let seen = distance(lab(a), lab(b));
            assert!(seen > 20.0, "{a:?} and {b:?} are {seen:.1} apart");
            let deut = distance(deuteranope(a), deuteranope(b));
            assert!(deut > 12.0, "{a:?} and {b:?} are {deut:.1} apart with deuteranopia");
        }
    }
    // The timeline's six series (three drafts' releases and returns): six colours.
    let six: Vec<_> = (0..6).map(|s| frame::series_style(s, 6, 0).colour).collect();
    for i in 0..6 {
        for j in i + 1..6 {
            assert_ne!(six[i], six[j]);
        }
    }
}

//! Drawing charts with plotters, for any backend: SVG into a string, PNG into a file.
//! Bars are horizontal so that long category names stay readable; each bar has a black
//! outline and a whisker for its interval, and negative values get a zero line.

use std::path::Path;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::{FontStyle, register_font};

use super::{BarChart, Chart, HEIGHT, LineChart, PALETTE, WIDTH};
use crate::error::{Error, Result};

static FONT: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");

fn ensure_font() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        for style in [FontStyle::Normal, FontStyle::Bold] {
            let _ = register_font("sans-serif", style, FONT);
        }
    });
}

fn fail<E: std::fmt::Debug>(e: E) -> Error {
    Error::invalid("chart", format!("drawing failed: {e:?}"))
}

fn colour(k: usize) -> RGBColor {
    let (r, g, b) = PALETTE[k % PALETTE.len()];
    RGBColor(r, g, b)
}

/// The chart as an SVG document.
pub fn render_svg(chart: &Chart) -> Result<String> {
    ensure_font();
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (WIDTH, HEIGHT)).into_drawing_area();
        draw(chart, &root)?;
        root.present().map_err(fail)?;
    }
    Ok(out)
}

/// The chart as a PNG file, written atomically.
pub fn render_png(chart: &Chart, path: &Path) -> Result<()> {
    ensure_font();
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".tmp-{}-{name}", std::process::id()));
    let result = (|| {
        let root = BitMapBackend::new(&tmp, (WIDTH, HEIGHT)).into_drawing_area();
        draw(chart, &root)?;
        root.present().map_err(fail)?;
        drop(root);
        std::fs::rename(&tmp, path).map_err(|e| Error::io(path, e))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

fn draw<DB: DrawingBackend>(chart: &Chart, root: &DrawingArea<DB, Shift>) -> Result<()> {
    root.fill(&WHITE).map_err(fail)?;
    match chart {
        Chart::Bars(b) => bars(b, root, 26, true),
        Chart::Lines(l) => lines(l, root),
        Chart::Panels { title, panels, .. } => {
            let (top, rest) = root.split_vertically(80);
            let top = top.titled(title, ("sans-serif", 26)).map_err(fail)?;
            // One legend for all panels, in the title strip, so no panel's bars are hidden.
            let names = panels.first().map(|p| p.series.clone()).unwrap_or_default();
            let mut x = 20i32;
            for (k, name) in names.iter().enumerate() {
                top.draw(&Rectangle::new([(x, 8), (x + 16, 24)], ShapeStyle { color: colour(k).to_rgba(), filled: true, stroke_width: 1 })).map_err(fail)?;
                top.draw(&Rectangle::new([(x, 8), (x + 16, 24)], BLACK.stroke_width(1))).map_err(fail)?;
                top.draw(&Text::new(name.clone(), (x + 22, 8), ("sans-serif", 15))).map_err(fail)?;
                x += 40 + 9 * name.chars().count() as i32;
            }
            let areas = match panels.len() {
                2 => rest.split_evenly((1, 2)),
                3 => rest.split_evenly((1, 3)),
                _ => rest.split_evenly((2, 2)),
            };
            for (area, panel) in areas.iter().zip(panels) {
                bars(panel, area, 18, false)?;
            }
            Ok(())
        }
    }
}

/// `text` as it fits in `room` pixels: whole, or cut at a character with "…" added.
fn fit_label(text: &str, room: u32, measure: &impl Fn(&str) -> u32) -> String {
    if measure(text) <= room {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut keep = chars.len();
    while keep > 1 {
        keep -= 1;
        let short: String = chars[..keep].iter().collect::<String>().trim_end().to_string() + "…";
        if measure(&short) <= room {
            return short;
        }
    }
    "…".to_string()
}

/// A bar chart (one colour per series, a whisker per interval) in `area`; panels pass a
/// smaller title and leave the legend to the figure's title strip.
fn bars<DB: DrawingBackend>(b: &BarChart, area: &DrawingArea<DB, Shift>, title_size: u32, legend: bool) -> Result<()> {
    let n_cat = b.categories.len().max(1);
    let (x_range, lo) = value_range(b);
    let small = title_size < 24;
    let label_size = if small { 12 } else { 15 };
    let (fitted, label_width) = fitted_labels(b, area, label_size, small);
    let mut chart = ChartBuilder::on(area)
        .caption(&b.title, ("sans-serif", title_size))
        .margin(if small { 8 } else { 20 })
        .x_label_area_size(if small { 45 } else { 60 })
        .y_label_area_size(label_width)
        .build_cartesian_2d(x_range, -0.5f64..(n_cat as f64 - 0.5))
        .map_err(fail)?;
    let categories = fitted;
    // The real number of categories (a draft that covers nobody has none to show).
    let count = b.categories.len();
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(n_cat + 1)
        // Fewer numbers on a panel's narrow axis, so `1 000` and `2 000` do not run together.
        .x_labels(if small { 4 } else { 10 })
        .y_label_formatter(&move |y| {
            let k = y.round();
            if (y - k).abs() < 1e-6 && k >= 0.0 && (k as usize) < count { categories.get(count - 1 - k as usize).cloned().unwrap_or_default() } else { String::new() }
        })
        .x_label_formatter(&|x| axis_number(*x, b.lang))
        .x_desc(b.y_label.as_str())
        .y_desc(b.x_label.as_str())
        .label_style(("sans-serif", label_size))
        .axis_desc_style(("sans-serif", if small { 13 } else { 17 }))
        .draw()
        .map_err(fail)?;
    for s in 0..b.series.len() {
        draw_series_bars(&mut chart, b, s, n_cat)?;
    }
    draw_reference_lines(&mut chart, b, n_cat, lo)?;
    if !legend {
        return Ok(());
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK)
        .label_font(("sans-serif", if small { 12 } else { 15 }))
        .draw()
        .map_err(fail)?;
    Ok(())
}

/// The chart's coordinates: a bar chart's value axis with room for every whisker and the
/// reference line.
type BarCoord = Cartesian2d<plotters::coord::types::RangedCoordf64, plotters::coord::types::RangedCoordf64>;

/// The value axis's range, padded so that no whisker touches the edge, and the least
/// value shown (below zero, the chart draws a zero line).
fn value_range(b: &BarChart) -> (std::ops::Range<f64>, f64) {
    let all = b.values.iter().flatten().flatten();
    let hi = all.clone().map(|v| v.high.max(v.mean)).fold(b.reference.unwrap_or(0.0), f64::max) / b.scale;
    let lo = all.map(|v| v.low.min(v.mean)).fold(0.0f64, f64::min) / b.scale;
    let pad = ((hi - lo) * 0.08).max(1e-9);
    // All values zero (a difference where nothing changed): one person either side,
    // rather than an axis of ten labels all reading 0.
    let x_range = if hi - lo > 1e-9 { (lo - if lo < 0.0 { pad } else { 0.0 })..(hi + pad) } else { (lo - 1.0)..(hi + 1.0) };
    (x_range, lo)
}

/// The category names as they fit beside the bars, and the width of the label area
/// they need.
fn fitted_labels<DB: DrawingBackend>(b: &BarChart, area: &DrawingArea<DB, Shift>, label_size: u32, small: bool) -> (Vec<String>, u32) {
    // Category names measured in the embedded font; the label area takes at most 40% of
    // the chart's width (50% of a panel's), and a longer name is shortened with "…" rather than cut off at
    // the image's edge (the tables beside the chart give every name in full).
    let font = TextStyle::from(("sans-serif", label_size).into_font());
    let measure = |text: &str| area.estimate_text_size(text, &font).map(|(w, _)| w).unwrap_or(9 * text.chars().count() as u32);
    let percent = if small { 50 } else { 40 };
    let room = (area.dim_in_pixel().0 * percent / 100).saturating_sub(45).max(60);
    let fitted: Vec<String> = b.categories.iter().map(|c| fit_label(c, room, &measure)).collect();
    let label_width = fitted.iter().map(|c| measure(c)).max().unwrap_or(30) + 45;
    (fitted, label_width)
}

/// Draws series `s`: its bars, outlined, with a legend entry, then their whiskers on top.
fn draw_series_bars<DB: DrawingBackend>(chart: &mut ChartContext<'_, DB, BarCoord>, b: &BarChart, s: usize, n_cat: usize) -> Result<()> {
    let band = 0.8 / b.series.len().max(1) as f64;
    let fill = colour(s + b.colour_offset);
    let mut rects = Vec::new();
    let mut whiskers = Vec::new();
    for (c, v) in b.values[s].iter().enumerate() {
        let Some(v) = v else { continue };
        let y_center = (n_cat - 1 - c) as f64;
        let y0 = y_center + 0.4 - band * (s as f64 + 1.0);
        let y1 = y0 + band * 0.9;
        let (mean, low, high) = (v.mean / b.scale, v.low / b.scale, v.high / b.scale);
        rects.push(Rectangle::new([(0.0, y0), (mean, y1)], fill.filled()));
        rects.push(Rectangle::new([(0.0, y0), (mean, y1)], BLACK.stroke_width(1)));
        let ym = (y0 + y1) / 2.0;
        let cap = band * 0.3;
        whiskers.push(PathElement::new(vec![(low, ym), (high, ym)], BLACK.stroke_width(2)));
        whiskers.push(PathElement::new(vec![(low, ym - cap), (low, ym + cap)], BLACK.stroke_width(2)));
        whiskers.push(PathElement::new(vec![(high, ym - cap), (high, ym + cap)], BLACK.stroke_width(2)));
    }
    chart
        .draw_series(rects)
        .map_err(fail)?
        .label(b.series[s].as_str())
        .legend(move |(x, y)| Rectangle::new([(x, y - 6), (x + 14, y + 6)], ShapeStyle { color: fill.to_rgba(), filled: true, stroke_width: 1 }));
    chart.draw_series(whiskers).map_err(fail)?;
    Ok(())
}

/// Draws the dashed reference line, when the chart has one, and the zero line when
/// values run below zero (the least being `lo`).
fn draw_reference_lines<DB: DrawingBackend>(chart: &mut ChartContext<'_, DB, BarCoord>, b: &BarChart, n_cat: usize, lo: f64) -> Result<()> {
    if let Some(x) = b.reference {
        let x = x / b.scale;
        chart
            .draw_series((0..40).map(|k| {
                let y0 = -0.5 + k as f64 * (n_cat as f64) / 40.0;
                PathElement::new(vec![(x, y0), (x, y0 + n_cat as f64 / 80.0)], RGBColor(200, 30, 30).stroke_width(3))
            }))
            .map_err(fail)?;
    }
    if lo < 0.0 {
        chart.draw_series(std::iter::once(PathElement::new(vec![(0.0, -0.5), (0.0, n_cat as f64 - 0.5)], BLACK.stroke_width(2)))).map_err(fail)?;
    }
    Ok(())
}

/// Axis numbers with thousands separators, keeping one decimal for small ranges.
fn axis_number(x: f64, lang: crate::i18n::Lang) -> String {
    if x.abs() >= 100.0 || x.fract().abs() < 1e-9 { lang.int(x) } else { lang.number(x, 1) }
}

fn lines<DB: DrawingBackend>(l: &LineChart, area: &DrawingArea<DB, Shift>) -> Result<()> {
    let xs = l.points.iter().flatten().map(|p| p.0);
    let (x0, x1) = (xs.clone().fold(f64::INFINITY, f64::min), xs.fold(f64::NEG_INFINITY, f64::max));
    let ys = l.points.iter().flatten().map(|p| p.1).chain(l.bands.iter().flatten().flat_map(|b| [b.1, b.2]));
    let (lo, hi) = (ys.clone().fold(f64::INFINITY, f64::min), ys.fold(f64::NEG_INFINITY, f64::max));
    let (y0, y1) = if l.y_from_zero || !lo.is_finite() {
        (0.0, (hi.max(0.0) * 1.1).max(1.0))
    } else {
        let pad = ((hi - lo) * 0.1).max(1.0);
        (lo - pad, hi + pad)
    };
    let (x0, x1) = if x0.is_finite() && x1 > x0 { (x0, x1) } else { (x0.min(0.0) - 1.0, x0.max(0.0) + 1.0) };
    let mut chart =
        ChartBuilder::on(area).caption(&l.title, ("sans-serif", 26)).margin(20).x_label_area_size(60).y_label_area_size(80).build_cartesian_2d(x0..x1, y0..y1).map_err(fail)?;
    chart
        .configure_mesh()
        .x_desc(l.x_label.as_str())
        .y_desc(l.y_label.as_str())
        .x_label_formatter(&|x| axis_number(*x, l.lang))
        .y_label_formatter(&|y| axis_number(*y, l.lang))
        .label_style(("sans-serif", 15))
        .axis_desc_style(("sans-serif", 17))
        .draw()
        .map_err(fail)?;
    // Bands first, so every line stays visible over them.
    for (s, band) in l.bands.iter().enumerate() {
        if band.is_empty() {
            continue;
        }
        let c = colour(s.min(PALETTE.len() - 2));
        let outline: Vec<(f64, f64)> = band.iter().map(|b| (b.0, b.2)).chain(band.iter().rev().map(|b| (b.0, b.1))).collect();
        chart.draw_series(std::iter::once(Polygon::new(outline, c.mix(0.18).filled()))).map_err(fail)?;
    }
    for (s, name) in l.series.iter().enumerate() {
        let c = colour(s.min(PALETTE.len() - 2));
        let width = 4 - (s as u32 % 3);
        chart
            .draw_series(LineSeries::new(l.points[s].iter().copied(), c.stroke_width(width)))
            .map_err(fail)?
            .label(name.as_str())
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], c.stroke_width(width)));
        // Markers differ by series, so lines stay apart in greyscale.
        let points = l.points[s].iter().copied();
        match s % 3 {
            0 => chart.draw_series(points.map(|p| Circle::new(p, 4, c.filled()))).map(|_| ()),
            1 => chart.draw_series(points.map(|p| TriangleMarker::new(p, 6, c.filled()))).map(|_| ()),
            _ => chart.draw_series(points.map(|p| Cross::new(p, 5, c.stroke_width(2)))).map(|_| ()),
        }
        .map_err(fail)?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK)
        .label_font(("sans-serif", 15))
        .draw()
        .map_err(fail)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_labels_are_shortened_at_a_character_to_fit() {
        let measure = |t: &str| 10 * t.chars().count() as u32;
        assert_eq!(fit_label("осуждённые", 100, &measure), "осуждённые");
        let short = fit_label("осуждённые, освобождённые в результате сокращения срока", 200, &measure);
        assert_eq!(short, "осуждённые, освобож…");
        assert!(measure(&short) <= 200);
        // A space before the cut is dropped, not left before the "…".
        assert_eq!(fit_label("ab cd", 40, &measure), "ab…");
    }

    /// The letters of Kazakh that Russian lacks.
    const KAZAKH: [char; 9] = ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і'];

    /// One character drawn by the charts' own path (plotters, the embedded font) into
    /// pixels.
    fn pixels(c: char) -> Vec<u8> {
        ensure_font();
        let (w, h) = (48u32, 48u32);
        let mut buf = vec![255u8; (w * h * 3) as usize];
        {
            let root = BitMapBackend::with_buffer(&mut buf, (w, h)).into_drawing_area();
            root.draw(&Text::new(c.to_string(), (8, 4), ("sans-serif", 36))).unwrap();
            root.present().unwrap();
        }
        buf
    }

    #[test]
    fn the_embedded_font_has_every_kazakh_letter() {
        use ab_glyph::Font;
        let font = ab_glyph::FontRef::try_from_slice(FONT).unwrap();
        for c in KAZAKH.iter().chain(KAZAKH.map(|c| c.to_uppercase().next().unwrap()).iter()) {
            assert_ne!(font.glyph_id(*c).0, 0, "DejaVu Sans lacks {c}");
        }
    }

    /// Each Kazakh letter is drawn as itself: not blank, not the missing-glyph box,
    /// and unlike the Russian letter it is built on (ә/а, қ/к, ң/н, ...). һ and і are
    /// drawn like Latin h and i in every font (they are the same shapes), so they are
    /// checked only against the box and against each other.
    #[test]
    fn kazakh_letters_are_drawn_not_boxes() {
        let missing = pixels('\u{10FFFD}');
        let blank = vec![255u8; missing.len()];
        let drawn: Vec<Vec<u8>> = KAZAKH.iter().map(|c| pixels(*c)).collect();
        for (c, p) in KAZAKH.iter().zip(&drawn) {
            assert_ne!(p, &blank, "{c} draws nothing");
            assert_ne!(p, &missing, "{c} draws as the missing-glyph box");
        }
        for (c, base) in KAZAKH.iter().zip(['а', 'г', 'к', 'н', 'о', 'у', 'у']) {
            assert_ne!(pixels(*c), pixels(base), "{c} looks the same as {base}");
        }
        for i in 0..drawn.len() {
            for j in i + 1..drawn.len() {
                assert_ne!(drawn[i], drawn[j], "{} and {} draw the same", KAZAKH[i], KAZAKH[j]);
            }
        }
    }
}

//! A line chart: every series its own colour and marker (and, with many series, every
//! second one dashed), its interval as a shaded band under the lines, the legend in a
//! strip above the plot, round ticks written apart, and an optional marked value of x
//! (a sweep's solved boundary) as a vertical line labelled above the plot.

use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::series::DashedLineSeries;
use plotters::style::text_anchor::HPos;

use super::LineChart;
use super::axes::{axes, grid};
use super::bars::value_ticks;
use super::frame::{Area, Block, Legend, Swatch, fail, marker, series_style, title};
use super::layout;
use crate::error::Result;

const MARGIN: i32 = 20;
const LABEL: f64 = 15.0;
const DESC: f64 = 17.0;

/// The chart's data ranges: x as the points span it, y from zero (counts) or fitted
/// with a margin (a stock that moves a few per cent).
fn ranges(l: &LineChart) -> ((f64, f64), (f64, f64)) {
    let xs = l.points.iter().flatten().map(|p| p.0).chain(l.mark.iter().map(|m| m.0));
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
    ((x0, x1), (y0, y1))
}

/// A line chart filling `area`.
pub(super) fn lines<DB: DrawingBackend>(l: &LineChart, area: &Area<DB>) -> Result<()> {
    let screen = area.use_screen_coord();
    let (xs, ys) = area.get_pixel_range();
    let (w, h) = (xs.end - xs.start, ys.end - ys.start);
    let n = l.series.len();
    let mut top = title(area, &l.title, 26.0, MARGIN)?;
    let entries = l.series.iter().enumerate().map(|(s, name)| (Swatch::Line(series_style(s, n, 0)), name.clone())).collect();
    let legend = Legend::new(entries, w - 2 * MARGIN, LABEL);
    legend.draw(&screen, xs.start + MARGIN, ys.start + top)?;
    top += legend.height() + 12;
    let mark = l.mark.as_ref().map(|(x, text)| (*x, Block::fitted(text, w as f64 * 0.6, LABEL, 2)));
    if let Some((_, block)) = &mark {
        top += block.height() + 8;
    }
    let ((x0, x1), (y0, y1)) = ranges(l);
    let x_desc = Block::fitted(&l.x_label, (w - 2 * MARGIN - 150) as f64, DESC, 2);
    let tick_h = (LABEL + 12.0) as i32;
    let bottom = tick_h + x_desc.height() + 6;
    let plot_h = (h - top - bottom - MARGIN).max(40);
    let y_ticks = layout::ticks(y0, y1, ((plot_h / 45) as usize).clamp(2, 10));
    let y_widest = y_ticks.values.iter().map(|v| layout::width(&l.lang.number(*v, y_ticks.decimals), LABEL)).fold(0.0, f64::max) as i32;
    let y_desc = Block::fitted(&l.y_label, plot_h as f64, DESC, 2);
    let left = y_desc.height() + 12 + y_widest + 14;
    let x_ticks = value_ticks(x0, x1, (w - 2 * MARGIN - left) as f64, LABEL, l.lang);
    let (_, body) = area.split_vertically(top);
    let mut chart = ChartBuilder::on(&body)
        .margin_left(MARGIN)
        .margin_right(MARGIN)
        .margin_bottom(MARGIN)
        .x_label_area_size(bottom)
        .y_label_area_size(left)
        .build_cartesian_2d(x0..x1, y0..y1)
        .map_err(fail)?;
    grid(&chart, &screen, &x_ticks, Some(&y_ticks))?;
    // Bands first, so every line stays visible over them.
    for (s, band) in l.bands.iter().enumerate() {
        if band.is_empty() {
            continue;
        }
        let c = series_style(s, n, 0).colour;
        let outline: Vec<(f64, f64)> = band.iter().map(|b| (b.0, b.2)).chain(band.iter().rev().map(|b| (b.0, b.1))).collect();
        chart.draw_series(std::iter::once(Polygon::new(outline, c.mix(0.18).filled()))).map_err(fail)?;
    }
    for (s, points) in l.points.iter().enumerate() {
        let style = series_style(s, n, 0);
        let stroke = style.colour.stroke_width(3);
        if style.dashed {
            chart.draw_series(DashedLineSeries::new(points.iter().copied(), 10, 6, stroke)).map_err(fail)?;
        } else {
            chart.draw_series(LineSeries::new(points.iter().copied(), stroke)).map_err(fail)?;
        }
        for p in points {
            marker(&screen, style, chart.backend_coord(p))?;
        }
    }
    axes(&chart, &screen, &x_ticks, Some(&y_ticks), l.lang, LABEL)?;
    let (px, py) = chart.plotting_area().get_pixel_range();
    if let Some((x, block)) = &mark {
        chart.draw_series(std::iter::once(DashedPathElement::new(vec![(*x, y0), (*x, y1)], 8, 5, BLACK.stroke_width(2)))).map_err(fail)?;
        // The label above the plot, over its line as far as the image allows.
        let at = chart.backend_coord(&(*x, y1)).0;
        let half = block.width() / 2;
        let centre = at.clamp(xs.start + MARGIN + half, (xs.end - MARGIN - half).max(xs.start + MARGIN + half));
        block.draw(&screen, centre, py.start - block.height() - 6, HPos::Center)?;
    }
    x_desc.draw(&screen, (px.start + px.end) / 2, py.end + tick_h, HPos::Center)?;
    y_desc.draw_upwards(&screen, xs.start + MARGIN, (py.start + py.end) / 2)?;
    Ok(())
}

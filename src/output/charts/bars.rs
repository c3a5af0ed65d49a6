//! A bar chart: horizontal bars (so that long category names stay readable), one colour
//! per series, a black outline and a whisker for each interval, a zero line when values
//! run below zero. The category names are wrapped to the room beside the plot (two or
//! three lines, never cut), the legend sits in a strip above the plot.

use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

use super::BarChart;
use super::axes::{Coord as BarCoord, axes, grid};
use super::frame::{Area, Block, Legend, Swatch, colour, fail, title};
use super::layout;
use crate::error::Result;
use crate::i18n::Lang;

/// Sizes of a standalone chart and of a panel in a grid.
struct Sizes {
    margin: i32,
    title: f64,
    label: f64,
    desc: f64,
    /// Share of the width the category names may take.
    names: f64,
}

const FULL: Sizes = Sizes { margin: 20, title: 26.0, label: 15.0, desc: 17.0, names: 0.4 };
const PANEL: Sizes = Sizes { margin: 8, title: 18.0, label: 12.0, desc: 13.0, names: 0.5 };

/// A bar chart in `area`; a standalone one (`full`) draws its legend, panels leave it to
/// the figure's title strip.
pub(super) fn bars<DB: DrawingBackend>(b: &BarChart, area: &Area<DB>, full: bool) -> Result<()> {
    let z = if full { FULL } else { PANEL };
    let screen = area.use_screen_coord();
    let (xs, ys) = area.get_pixel_range();
    let (w, h) = (xs.end - xs.start, ys.end - ys.start);
    let mut top = title(area, &b.title, z.title, z.margin)?;
    if full {
        let entries = b.series.iter().enumerate().map(|(s, n)| (Swatch::Fill(colour(s + b.colour_offset)), n.clone())).collect();
        let legend = Legend::new(entries, w - 2 * z.margin, 15.0);
        legend.draw(&screen, xs.start + z.margin, ys.start + top)?;
        top += legend.height() + 12;
    }
    let n_cat = b.categories.len().max(1);
    let names_room = w as f64 * z.names - 20.0;
    let x_desc = Block::fitted(&b.y_label, (w - 2 * z.margin) as f64 - names_room, z.desc, 2);
    let tick_h = (z.label + 12.0) as i32;
    let bottom = tick_h + x_desc.height() + 6;
    let plot_h = (h - top - bottom - z.margin).max(40);
    let slot = plot_h as f64 / n_cat as f64;
    let max_lines = ((slot - 2.0) / layout::line_height(z.label)).floor().clamp(1.0, 3.0) as usize;
    let names: Vec<Block> = b.categories.iter().map(|c| Block::wrapped(c, names_room, z.label, max_lines)).collect();
    let names_w = names.iter().map(Block::width).max().unwrap_or(0);
    let y_desc = Block::fitted(&b.x_label, plot_h as f64, z.desc, 1);
    let left = y_desc.height() + 10 + names_w + 14;
    let (range, lo) = value_range(b);
    let ticks = value_ticks(range.start, range.end, (w - 2 * z.margin - left) as f64, z.label, b.lang);
    let (_, body) = area.split_vertically(top);
    let mut chart = ChartBuilder::on(&body)
        .margin_left(z.margin)
        .margin_right(z.margin)
        .margin_bottom(z.margin)
        .x_label_area_size(bottom)
        .y_label_area_size(left)
        .build_cartesian_2d(range.clone(), -0.5f64..(n_cat as f64 - 0.5))
        .map_err(fail)?;
    grid(&chart, &screen, &ticks, None)?;
    for s in 0..b.series.len() {
        draw_series_bars(&mut chart, b, s, n_cat)?;
    }
    draw_reference_lines(&mut chart, b, n_cat, lo)?;
    axes(&chart, &screen, &ticks, None, b.lang, z.label)?;
    let (px, py) = chart.plotting_area().get_pixel_range();
    for (c, name) in names.iter().enumerate() {
        let y = chart.backend_coord(&(range.start, (n_cat - 1 - c) as f64)).1;
        name.draw(&screen, px.start - 10, y - name.height() / 2, HPos::Right)?;
    }
    x_desc.draw(&screen, (px.start + px.end) / 2, py.end + tick_h, HPos::Center)?;
    y_desc.draw_upwards(&screen, xs.start + z.margin, (py.start + py.end) / 2)?;
    Ok(())
}

/// Round ticks for a value axis `room` pixels long: as many as fit with their numbers
/// apart, at most ten.
pub(super) fn value_ticks(lo: f64, hi: f64, room: f64, px: f64, lang: Lang) -> layout::Ticks {
    let mut target = 10;
    loop {
        let t = layout::ticks(lo, hi, target);
        let widest = t.values.iter().map(|v| layout::width(&lang.number(*v, t.decimals), px)).fold(0.0, f64::max);
        if target <= 2 || t.values.len() as f64 * (widest + 24.0) <= room {
            return t;
        }
        target -= 1;
    }
}

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

/// Draws series `s`: its bars, outlined, then their whiskers on top.
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
    chart.draw_series(rects).map_err(fail)?;
    chart.draw_series(whiskers).map_err(fail)?;
    Ok(())
}

/// Draws the dashed reference line, when the chart has one, and the zero line when
/// values run below zero (the least being `lo`).
fn draw_reference_lines<DB: DrawingBackend>(chart: &mut ChartContext<'_, DB, BarCoord>, b: &BarChart, n_cat: usize, lo: f64) -> Result<()> {
    if let Some(x) = b.reference {
        let x = x / b.scale;
        chart.draw_series(std::iter::once(DashedPathElement::new(vec![(x, -0.5), (x, n_cat as f64 - 0.5)], 10, 6, RGBColor(200, 30, 30).stroke_width(3)))).map_err(fail)?;
    }
    if lo < 0.0 {
        chart.draw_series(std::iter::once(PathElement::new(vec![(0.0, -0.5), (0.0, n_cat as f64 - 0.5)], BLACK.stroke_width(2)))).map_err(fail)?;
    }
    Ok(())
}

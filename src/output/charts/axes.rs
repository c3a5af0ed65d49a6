//! The axes of a chart, drawn here rather than by plotters' mesh: ticks at the round
//! values [`super::layout::ticks`] chose, numbers written with the decimals the step
//! needs (so no two read the same), light grid lines under the data.

use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::frame::{Area, fail};
use super::layout::Ticks;
use crate::error::Result;
use crate::i18n::Lang;

/// The coordinates of every chart: numbers both ways.
pub(super) type Coord = Cartesian2d<RangedCoordf64, RangedCoordf64>;

/// The plot's pixel box: (left, top, right, bottom), inclusive.
fn plot_box<DB: DrawingBackend>(chart: &ChartContext<'_, DB, Coord>) -> (i32, i32, i32, i32) {
    let (xs, ys) = chart.plotting_area().get_pixel_range();
    (xs.start, ys.start, xs.end - 1, ys.end - 1)
}

/// Light grid lines at the ticks (`y` none for a bar chart's category axis), drawn
/// before the data so they stay under it.
pub(super) fn grid<DB: DrawingBackend>(chart: &ChartContext<'_, DB, Coord>, screen: &Area<DB>, x: &Ticks, y: Option<&Ticks>) -> Result<()> {
    let (l, t, r, b) = plot_box(chart);
    let (x_any, y_any) = (chart.x_range().start, chart.y_range().start);
    let light = RGBColor(225, 225, 225).stroke_width(1);
    for v in &x.values {
        let px = chart.backend_coord(&(*v, y_any)).0;
        screen.draw(&PathElement::new(vec![(px, t), (px, b)], light)).map_err(fail)?;
    }
    for v in y.map(|y| y.values.as_slice()).unwrap_or_default() {
        let py = chart.backend_coord(&(x_any, *v)).1;
        screen.draw(&PathElement::new(vec![(l, py), (r, py)], light)).map_err(fail)?;
    }
    Ok(())
}

/// The axis lines, tick marks and tick numbers in `lang` at `px`.
pub(super) fn axes<DB: DrawingBackend>(chart: &ChartContext<'_, DB, Coord>, screen: &Area<DB>, x: &Ticks, y: Option<&Ticks>, lang: Lang, px: f64) -> Result<()> {
    let (l, t, r, b) = plot_box(chart);
    let (x_any, y_any) = (chart.x_range().start, chart.y_range().start);
    screen.draw(&PathElement::new(vec![(l, t), (l, b), (r, b)], BLACK.stroke_width(1))).map_err(fail)?;
    let below = TextStyle::from(("sans-serif", px).into_font()).pos(Pos::new(HPos::Center, VPos::Top));
    for v in &x.values {
        let at = chart.backend_coord(&(*v, y_any)).0;
        screen.draw(&PathElement::new(vec![(at, b), (at, b + 5)], BLACK.stroke_width(1))).map_err(fail)?;
        screen.draw(&Text::new(lang.number(*v, x.decimals), (at, b + 8), below.clone())).map_err(fail)?;
    }
    let beside = TextStyle::from(("sans-serif", px).into_font()).pos(Pos::new(HPos::Right, VPos::Center));
    for v in y.map(|y| y.values.as_slice()).unwrap_or_default() {
        let at = chart.backend_coord(&(x_any, *v)).1;
        screen.draw(&PathElement::new(vec![(l - 5, at), (l, at)], BLACK.stroke_width(1))).map_err(fail)?;
        screen.draw(&Text::new(lang.number(*v, y.map_or(0, |y| y.decimals)), (l - 8, at), beside.clone())).map_err(fail)?;
    }
    Ok(())
}

//! What a chart draws around its plot: the title, the legend, the axis names and the
//! category names, each wrapped or shrunk to the room measured with the embedded font
//! ([`super::layout`]) and placed outside the plot area, so that nothing is cut, nothing
//! runs off the image and no legend covers the data. Also each series' look: colour,
//! marker and dash, so that series stay apart without colour too.

use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::PALETTE;
use super::layout;
use crate::error::{Error, Result};

/// A drawing area in pixels.
pub(super) type Area<DB> = DrawingArea<DB, Shift>;

/// A drawing failure as the program's error.
pub(super) fn fail<E: std::fmt::Debug>(e: E) -> Error {
    Error::invalid("chart", format!("drawing failed: {e:?}"))
}

/// Palette colour `k` (cycling past the palette's end).
pub(super) fn colour(k: usize) -> RGBColor {
    let (r, g, b) = PALETTE[k % PALETTE.len()];
    RGBColor(r, g, b)
}

/// Lines of text at one size: a label as fitted to its room.
#[derive(Debug, Clone)]
pub(super) struct Block {
    /// The lines, top to bottom.
    pub lines: Vec<String>,
    /// Font size.
    pub px: f64,
}

impl Block {
    /// `text` in at most `max_lines` lines of at most `max_px` at `px` or a little smaller.
    pub fn fitted(text: &str, max_px: f64, px: f64, max_lines: usize) -> Block {
        let (lines, px) = layout::fit(text, max_px.max(20.0), px, max_lines);
        Block { lines, px }
    }

    /// `text` wrapped in at most `max_lines` lines of at most `max_px` at `px`, shrunk
    /// only if it needs more lines.
    pub fn wrapped(text: &str, max_px: f64, px: f64, max_lines: usize) -> Block {
        let (lines, px) = layout::wrap_to(text, max_px.max(20.0), px, max_lines);
        Block { lines, px }
    }

    /// Height of the block in pixels.
    pub fn height(&self) -> i32 {
        if self.lines.iter().all(String::is_empty) {
            return 0;
        }
        (layout::line_height(self.px) * (self.lines.len() - 1) as f64 + layout::height(self.px)).ceil() as i32
    }

    /// Width of the widest line in pixels.
    pub fn width(&self) -> i32 {
        layout::widest(&self.lines, self.px).ceil() as i32
    }

    /// Draws the lines on `screen` (absolute pixel coordinates): each line anchored at
    /// `x` by `h`, the block's top at `top`.
    pub fn draw<DB: DrawingBackend>(&self, screen: &Area<DB>, x: i32, top: i32, h: HPos) -> Result<()> {
        let style = TextStyle::from(("sans-serif", self.px).into_font()).pos(Pos::new(h, VPos::Top));
        for (k, line) in self.lines.iter().enumerate() {
            let y = top + (layout::line_height(self.px) * k as f64).round() as i32;
            screen.draw(&Text::new(line.clone(), (x, y), style.clone())).map_err(fail)?;
        }
        Ok(())
    }

    /// Draws the lines turned to read upwards, the first line leftmost at `left`, each
    /// centred on `y`.
    pub fn draw_upwards<DB: DrawingBackend>(&self, screen: &Area<DB>, left: i32, y: i32) -> Result<()> {
        let style = TextStyle::from(("sans-serif", self.px).into_font()).pos(Pos::new(HPos::Center, VPos::Top)).transform(FontTransform::Rotate270);
        for (k, line) in self.lines.iter().enumerate() {
            let x = left + (layout::line_height(self.px) * k as f64).round() as i32;
            screen.draw(&Text::new(line.clone(), (x, y), style.clone())).map_err(fail)?;
        }
        Ok(())
    }
}

/// How a series looks: its colour, the marker on its points and whether its line is
/// dashed (the second cue, for greyscale and colour-blind readers).
#[derive(Debug, Clone, Copy)]
pub(super) struct SeriesStyle {
    /// Line and fill colour.
    pub colour: RGBColor,
    /// Marker shape, 0 to 3: circle, triangle, square, cross.
    pub marker: usize,
    /// Dashed line.
    pub dashed: bool,
}

/// The look of series `s` of `count`, colours from palette index `s + offset`: every
/// series its own colour and marker; with more than three, every second one dashed.
pub(super) fn series_style(s: usize, count: usize, offset: usize) -> SeriesStyle {
    SeriesStyle { colour: colour(s + offset), marker: s % 4, dashed: count > 3 && s % 2 == 1 }
}

/// The marker of a style at a backend pixel.
pub(super) fn marker<DB: DrawingBackend>(screen: &Area<DB>, style: SeriesStyle, (x, y): (i32, i32)) -> Result<()> {
    let c = style.colour;
    match style.marker {
        0 => screen.draw(&Circle::new((x, y), 4, c.filled())),
        1 => screen.draw(&TriangleMarker::new((x, y), 6, c.filled())),
        2 => screen.draw(&Rectangle::new([(x - 4, y - 4), (x + 4, y + 4)], c.filled())),
        _ => screen.draw(&Cross::new((x, y), 5, c.stroke_width(2))),
    }
    .map_err(fail)
}

/// A line from `a` to `b` in the style's colour, dashed if the style is.
pub(super) fn segment<DB: DrawingBackend>(screen: &Area<DB>, style: SeriesStyle, width: u32, a: (i32, i32), b: (i32, i32)) -> Result<()> {
    let stroke = style.colour.stroke_width(width);
    if style.dashed { screen.draw(&DashedPathElement::new(vec![a, b], 8, 5, stroke)).map_err(fail) } else { screen.draw(&PathElement::new(vec![a, b], stroke)).map_err(fail) }
}

/// What a legend entry shows before its name.
#[derive(Debug, Clone, Copy)]
pub(super) enum Swatch {
    /// A filled, outlined box (bars).
    Fill(RGBColor),
    /// A line with its marker.
    Line(SeriesStyle),
}

/// Width of a swatch and the gap after it.
const SWATCH: i32 = 30;
/// Gap between entries on a row.
const GAP: i32 = 24;

/// A legend laid out in rows across a strip: each entry's name wrapped to at most two
/// lines of at most half the strip.
pub(super) struct Legend {
    entries: Vec<(Swatch, Block, (i32, i32))>,
    height: i32,
}

impl Legend {
    /// The entries laid out in `width` pixels at `px`.
    pub fn new(entries: Vec<(Swatch, String)>, width: i32, px: f64) -> Legend {
        let room = (width / 2 - SWATCH - GAP).max(60) as f64;
        let mut placed = Vec::new();
        let (mut x, mut y, mut row) = (0, 0, 0);
        for (swatch, name) in entries {
            let block = Block::wrapped(&name, room, px, 2);
            let w = SWATCH + block.width();
            if x > 0 && x + w > width {
                x = 0;
                y += row + 6;
                row = 0;
            }
            row = row.max(block.height().max(16));
            placed.push((swatch, block, (x, y)));
            x += w + GAP;
        }
        Legend { height: if placed.is_empty() { 0 } else { y + row }, entries: placed }
    }

    /// Height of the legend in pixels.
    pub fn height(&self) -> i32 {
        self.height
    }

    /// Draws the legend with its top left corner at (`left`, `top`).
    pub fn draw<DB: DrawingBackend>(&self, screen: &Area<DB>, left: i32, top: i32) -> Result<()> {
        for (swatch, block, (x, y)) in &self.entries {
            let (x, y) = (left + x, top + y);
            let mid = y + (layout::height(block.px) / 2.0).round() as i32;
            match swatch {
                Swatch::Fill(c) => {
                    screen.draw(&Rectangle::new([(x, mid - 7), (x + 20, mid + 7)], c.filled())).map_err(fail)?;
                    screen.draw(&Rectangle::new([(x, mid - 7), (x + 20, mid + 7)], BLACK.stroke_width(1))).map_err(fail)?;
                }
                Swatch::Line(style) => {
                    segment(screen, *style, 3, (x, mid), (x + 24, mid))?;
                    marker(screen, *style, (x + 12, mid))?;
                }
            }
            block.draw(screen, x + SWATCH, y, HPos::Left)?;
        }
        Ok(())
    }
}

/// The title of a chart or panel, centred at the top of `area` (at most two lines,
/// shrunk before it wraps); returns the height it took with its margin.
pub(super) fn title<DB: DrawingBackend>(area: &Area<DB>, text: &str, px: f64, margin: i32) -> Result<i32> {
    let (xs, ys) = area.get_pixel_range();
    let block = Block::fitted(text, (xs.end - xs.start - 2 * margin) as f64, px, 2);
    block.draw(&area.use_screen_coord(), (xs.start + xs.end) / 2, ys.start + margin / 2, HPos::Center)?;
    Ok(margin / 2 + block.height() + margin / 2)
}

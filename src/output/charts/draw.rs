//! Drawing charts with plotters, for any backend: SVG into a string, PNG into a file,
//! with the embedded font registered once; each kind of chart has its own module
//! ([`super::bars`], [`super::lines`]), a grid of panels shares one title and legend.

use std::path::Path;

use plotters::coord::Shift;
use plotters::prelude::*;

use super::bars::bars;
use super::frame::{self, Legend, Swatch, colour, fail};
#[cfg(test)]
use super::layout::FONT;
use super::layout::ensure_font;
use super::lines::lines;
use super::{Chart, HEIGHT, WIDTH};
use crate::error::{Error, Result};

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
        Chart::Bars(b) => bars(b, root, true),
        Chart::Lines(l) => lines(l, root),
        Chart::Panels { title, panels, .. } => {
            // One title and one legend for all panels, in a strip above them, so no
            // panel's bars are hidden.
            let (xs, ys) = root.get_pixel_range();
            let mut top = frame::title(root, title, 26.0, 20)?;
            let entries = panels.first().map(|p| p.series.iter().enumerate().map(|(s, n)| (Swatch::Fill(colour(s + p.colour_offset)), n.clone())).collect()).unwrap_or_default();
            let legend = Legend::new(entries, xs.end - xs.start - 40, 15.0);
            legend.draw(&root.use_screen_coord(), xs.start + 20, ys.start + top)?;
            top += legend.height() + 8;
            let (_, rest) = root.split_vertically(top);
            let areas = match panels.len() {
                2 => rest.split_evenly((1, 2)),
                3 => rest.split_evenly((1, 3)),
                _ => rest.split_evenly((2, 2)),
            };
            for (area, panel) in areas.iter().zip(panels) {
                bars(panel, area, false)?;
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

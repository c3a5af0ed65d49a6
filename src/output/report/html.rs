//! report.html: one self-contained file (styles inline, charts as inline SVG, no
//! script, no font or image fetched), so it opens offline and can be mailed.

use super::Block;

/// HTML-escapes text.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Makes plotters' SVG scale with the page and drops its namespace URL (inline SVG in
/// HTML needs none), so the document holds no address at all.
pub fn inline_svg(svg: &str) -> String {
    let mut s = svg.trim().to_string();
    if let Some(i) = s.find("<svg") {
        s = s[i..].to_string();
    }
    s = s.replacen(" xmlns=\"http://www.w3.org/2000/svg\"", "", 1);
    if let (Some(w), Some(h)) = (attr(&s, "width"), attr(&s, "height")) {
        if !s.contains("viewBox") {
            s = s.replacen("<svg", &format!("<svg viewBox=\"0 0 {w} {h}\""), 1);
        }
        s = s.replacen(&format!("width=\"{w}\""), "width=\"100%\"", 1).replacen(&format!("height=\"{h}\""), "", 1);
    }
    s
}

fn attr(svg: &str, name: &str) -> Option<String> {
    let head = &svg[..svg.find('>')?];
    let start = head.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = start + head[start..].find('"')?;
    Some(head[start..end].to_string())
}

const STYLE: &str = "body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#1a1a1a;line-height:1.45}\
h1{font-size:1.7em;border-bottom:3px solid #102a43;padding-bottom:.3em}h2{margin-top:2em;border-bottom:1px solid #999}\
table{border-collapse:collapse;margin:1em 0;font-size:.85em;width:100%}th,td{border:1px solid #bbb;padding:.3em .5em;text-align:left;vertical-align:top}\
th{background:#e8eef3}tr:nth-child(even) td{background:#f7f7f7}figure{margin:1.5em 0}figcaption{font-weight:bold;margin-bottom:.3em}\
pre{background:#f3f3f3;padding:1em;overflow-x:auto;font-size:.8em}ul li{margin:.4em 0}\
details>summary{cursor:pointer}details>summary h2{display:inline-block;margin:1em 0 .3em}\
#brief figure svg{max-height:70vh}\
@page{size:A4;margin:12mm}@media print{body{max-width:none;margin:0;font-size:8.5pt;line-height:1.25}#brief{break-after:page}#brief h2{margin-top:.3em}\
#brief figure{margin:.5em 0;break-inside:avoid}#brief figure svg{max-height:62mm}\
table{font-size:7pt;margin:.4em 0}th,td{padding:.1em .3em}h1{font-size:12pt}}";

/// A table: its header, its rows, the columns shown as code.
fn table(header: &[String], rows: &[Vec<String>], code: &[usize]) -> String {
    let mut out = String::from("<table>\n<thead><tr>");
    for h in header {
        out.push_str(&format!("<th>{}</th>", escape(h)));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for r in rows {
        out.push_str("<tr>");
        for (k, c) in r.iter().enumerate() {
            let cell = if code.contains(&k) { format!("<code>{}</code>", escape(c)) } else { escape(c) };
            out.push_str(&format!("<td>{cell}</td>"));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

/// Renders the blocks as a whole HTML document.
pub fn render(title: &str, blocks: &[Block], lang: crate::i18n::Lang) -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(title)
    );
    out.push_str(&body(blocks));
    out.push_str("</body>\n</html>\n");
    out
}

/// The blocks as HTML elements.
fn body(blocks: &[Block]) -> String {
    let mut out = String::new();
    for b in blocks {
        match b {
            Block::Heading(level, text) => out.push_str(&format!("<h{level}>{}</h{level}>\n", escape(text))),
            Block::Paragraph(text) => out.push_str(&format!("<p>{}</p>\n", escape(text))),
            Block::List(items) => {
                out.push_str("<ul>\n");
                for i in items {
                    out.push_str(&format!("<li>{}</li>\n", escape(i)));
                }
                out.push_str("</ul>\n");
            }
            Block::Table(header, rows, code) => out.push_str(&table(header, rows, code)),
            Block::Chart(title, _, svg) => {
                out.push_str(&format!("<figure>\n<figcaption>{}</figcaption>\n{}\n</figure>\n", escape(title), inline_svg(svg)));
            }
            Block::Code(text) => out.push_str(&format!("<pre>{}</pre>\n", escape(text))),
            Block::Details(title, inner) => out.push_str(&format!("<details>\n<summary><h2>{}</h2></summary>\n{}</details>\n", escape(title), body(inner))),
            Block::Section(id, inner) => out.push_str(&format!("<section id=\"{}\">\n{}</section>\n", escape(id), body(inner))),
            Block::Technical(title, inner) => {
                out.push_str(&format!("<details class=\"technical\" id=\"technical\">\n<summary><h2>{}</h2></summary>\n{}</details>\n", escape(title), body(inner)))
            }
        }
    }
    out
}

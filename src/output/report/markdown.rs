//! report.md: the same content as report.html, with the charts as PNG files beside it.

use super::Block;

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// Renders the blocks as Markdown.
pub fn render(blocks: &[Block]) -> String {
    body(blocks)
}

/// The blocks as Markdown text.
fn body(blocks: &[Block]) -> String {
    let mut out = String::new();
    for b in blocks {
        match b {
            Block::Heading(level, text) => out.push_str(&format!("{} {text}\n\n", "#".repeat(*level as usize))),
            Block::Paragraph(text) => out.push_str(&format!("{text}\n\n")),
            Block::List(items) => {
                for i in items {
                    out.push_str(&format!("- {i}\n"));
                }
                out.push('\n');
            }
            Block::Table(header, rows, code) => {
                out.push_str(&format!("| {} |\n", header.iter().map(|h| cell(h)).collect::<Vec<_>>().join(" | ")));
                out.push_str(&format!("|{}\n", "---|".repeat(header.len())));
                for r in rows {
                    let cells: Vec<String> = r.iter().enumerate().map(|(k, c)| if code.contains(&k) { format!("`{}`", cell(c)) } else { cell(c) }).collect();
                    out.push_str(&format!("| {} |\n", cells.join(" | ")));
                }
                out.push('\n');
            }
            Block::Chart(title, name, _) => out.push_str(&format!("![{title}](charts/{name}.png)\n\n")),
            Block::Code(text) => out.push_str(&format!("```\n{text}```\n\n")),
            // Markdown has no folding: the section's heading, then its blocks.
            Block::Details(title, inner) | Block::Technical(title, inner) => {
                out.push_str(&format!("## {title}\n\n"));
                out.push_str(&body(inner));
            }
            Block::Section(_, inner) => out.push_str(&body(inner)),
        }
    }
    out
}

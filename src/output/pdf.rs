//! `brief.pdf`: the report's brief printed to one A4 page by headless Chromium, the
//! same engine a reader would print report.html with, so the PDF and the page agree.
//! Written only when asked (`--pdf`) and only where a Chromium is found: the program
//! never downloads one.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::error::{Action, Error, Result};

/// The variable that names the Chromium to print with, where it is not on `PATH`.
pub const CHROMIUM_VARIABLE: &str = "AMNESTY_CHROMIUM";

/// The names Chromium goes by on `PATH` (Debian's, other distributions', Google's).
const CHROMIUM_NAMES: [&str; 4] = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

/// The Chromium to print with: [`CHROMIUM_VARIABLE`] if set, else the first of its
/// usual names found on `PATH`.
pub fn find_chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(CHROMIUM_VARIABLE) {
        let path = PathBuf::from(path);
        return path.is_file().then_some(path);
    }
    let dirs = std::env::var_os("PATH")?;
    std::env::split_paths(&dirs).flat_map(|dir| CHROMIUM_NAMES.map(|name| dir.join(name))).find(|p| p.is_file())
}

/// Prints `html` (a self-contained page) to `pdf` with `chromium`, through a temporary
/// file beside it that is renamed when Chromium has finished, so an interrupted print
/// leaves no half-written PDF.
pub fn print(chromium: &Path, html: &str, pdf: &Path) -> Result<()> {
    let work = std::env::temp_dir().join(format!("amnesty-sim-pdf-{}-{}", std::process::id(), unique()));
    std::fs::create_dir_all(&work).map_err(|e| Error::io(&work, e))?;
    let page = work.join("brief.html");
    let printed = pdf.with_extension("pdf.partial");
    let outcome = (|| {
        std::fs::write(&page, html).map_err(|e| Error::io(&page, e))?;
        let out = Command::new(chromium)
            .args(["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer"])
            .arg(format!("--user-data-dir={}", work.join("profile").display()))
            .arg(format!("--print-to-pdf={}", printed.display()))
            .arg(format!("file://{}", page.display()))
            .output()
            .map_err(|e| Error::Machine { action: Action::Print, detail: format!("{}: {e}", chromium.display()) })?;
        if !printed.is_file() {
            let said = String::from_utf8_lossy(&out.stderr);
            let last = said.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("no message");
            return Err(Error::Machine { action: Action::Print, detail: format!("{} wrote no PDF ({last})", chromium.display()) });
        }
        std::fs::rename(&printed, pdf).map_err(|e| Error::io(pdf, e))
    })();
    let _ = std::fs::remove_file(&printed);
    let _ = std::fs::remove_dir_all(&work);
    outcome
}

/// A number no two prints of this process share.
fn unique() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// The exporter: `brief.pdf` from the run's brief.
pub struct BriefPdf {
    /// The Chromium found before the run started.
    pub chromium: PathBuf,
}

impl super::Exporter for BriefPdf {
    fn export(&self, run: &super::RunArtefacts, dir: &Path) -> Result<Vec<PathBuf>> {
        let pdf = dir.join("brief.pdf");
        print(&self.chromium, &super::report::brief_html(run)?, &pdf)?;
        Ok(vec![pdf])
    }
}

//! The page, rendered on the server in the chosen language: the base draft's
//! provisions and exclusions as the statute reads them, each with a switch and its
//! numbers in fields; the run's figures with their intervals, the difference against
//! the base, and the same chart SVGs as the report.

use crate::draft::paths::{self, PathKind};
use crate::draft::{Draft, SHIPPED};
use crate::i18n::{Lang, Texts};
use crate::montecarlo::RunResult;
use crate::output::report::escape;
use crate::summary::{ReportOutcome, TotalKey};

/// The page's script and styles, embedded: the page fetches nothing from elsewhere.
pub const SCRIPT: &str = include_str!("../../assets/serve/app.js");
/// The page's styles.
pub const STYLE: &str = include_str!("../../assets/serve/style.css");

/// An element id for a draft path (`provision.x.effect.cut.fraction` ->
/// `f-provision_x_effect_cut_fraction`), so CSS selectors need no escaping.
pub fn field_id(path: &str) -> String {
    format!("f-{}", path.replace('.', "_"))
}

fn field(tx: &Texts, draft: &Draft, path: &str, label: &str) -> String {
    let Some(p) = paths::paths(draft).into_iter().find(|p| p.path == path) else { return String::new() };
    let value = match p.kind {
        PathKind::Duration => p.current.clone(),
        PathKind::Mean => p.current.parse::<f64>().map_or(p.current.clone(), |x| format!("{}", (x * 1e4).round() / 1e4)),
        _ => p.current.clone(),
    };
    let id = field_id(path);
    format!(
        "<label class=\"num\">{label} <input id=\"{id}\" name=\"{path}\" value=\"{}\" size=\"7\" inputmode=\"decimal\" aria-describedby=\"e-{id}\"></label><span class=\"err\" id=\"e-{id}\" data-field=\"{path}\"></span>{}",
        escape(&value),
        if p.kind == PathKind::Duration { format!(" <small>{}</small>", escape(&tx.t("serve-duration-hint"))) } else { String::new() }
    )
}

fn switch(path: &str, label: &str) -> String {
    let id = field_id(path);
    format!("<input type=\"checkbox\" id=\"{id}\" name=\"{path}\" value=\"on\" checked aria-label=\"{}\">", escape(label))
}

/// One provision or exclusion as a table row: its switch, its citation in the page's
/// language as the label (what a reader knows it by), `extra` (HTML: the provision's
/// effect), its id and condition as code, the place for its mistakes, and the cell of
/// its numbers when it has one.
fn clause_row(path: &str, id: &str, cite: &str, extra: &str, when: &str, numbers: Option<&str>) -> String {
    let fid = field_id(path);
    format!(
        "<tr><td>{}</td><td><label for=\"{fid}\" class=\"cite\"><b>{}</b></label>{extra}<br><small><code>{}</code>: <code>{}</code></small><span class=\"err\" id=\"e-{fid}\" data-field=\"{path}\"></span></td>{}</tr>",
        switch(path, id),
        escape(cite),
        escape(id),
        escape(when),
        numbers.map_or(String::new(), |n| format!("<td>{n}</td>"))
    )
}

/// The form for editing `draft`, in `lang`.
pub fn form(draft: &Draft, tx: &Texts, replicates: u64, max_replicates: u64) -> String {
    let lang = tx.lang();
    let mut h = String::new();
    h.push_str(&format!("<input type=\"hidden\" name=\"base\" value=\"{}\"><input type=\"hidden\" name=\"switches\" value=\"1\">", escape(&draft.id)));
    h.push_str(&format!("<h2>{}</h2><p class=\"law\">{}</p>", escape(draft.title_in(lang)), escape(draft.law_in(lang))));
    h.push_str(&format!("<h3>{}</h3><p class=\"hint\">{}</p><table class=\"clauses\"><tbody>", escape(&tx.t("serve-provisions")), escape(&tx.t("serve-provisions-hint"))));
    for p in &draft.provisions {
        let path = format!("provision.{}", p.id);
        let mut numbers = Vec::new();
        for (suffix, label) in [("effect.cut.fraction", "serve-fraction"), ("effect.release_if_remaining_at_most", "serve-remaining"), ("court_grant.mean", "serve-own-grant")] {
            let f = field(tx, draft, &format!("{path}.{suffix}"), &tx.t(label));
            if !f.is_empty() {
                numbers.push(f);
            }
        }
        let effect = format!("<br><small>{}: {}</small>", escape(&tx.t("col-effect")), escape(&crate::output::words::effect(tx, &p.effect, p.requires_repayment)));
        h.push_str(&clause_row(&path, &p.id, p.cite_in(lang), &effect, &p.when_text, Some(&numbers.join("<br>"))));
    }
    h.push_str("</tbody></table>");
    h.push_str(&format!("<h3>{}</h3><p class=\"hint\">{}</p><table class=\"clauses\"><tbody>", escape(&tx.t("serve-exclusions")), escape(&tx.t("serve-exclusions-hint"))));
    for e in &draft.exclusions {
        let path = format!("exclude.{}", e.id);
        h.push_str(&clause_row(&path, &e.id, e.cite_in(lang), "", &e.when_text, None));
    }
    h.push_str("</tbody></table>");
    let add = field_id(super::edit::ADD_EXCLUSION);
    h.push_str(&format!(
        "<p><label>{} <input id=\"{add}\" name=\"{}\" placeholder=\"297, 296\" size=\"20\"></label> <small>{}</small><span class=\"err\" id=\"e-{add}\" data-field=\"{}\"></span></p>",
        escape(&tx.t("serve-add-exclusion")),
        super::edit::ADD_EXCLUSION,
        escape(&tx.t("serve-add-exclusion-hint")),
        super::edit::ADD_EXCLUSION
    ));
    h.push_str(&format!("<h3>{}</h3><p>", escape(&tx.t("serve-assumptions"))));
    let mut params = Vec::new();
    for (path, label) in
        [("draft.court_grant.mean", "serve-court-grant"), ("draft.repayment_in_time.mean", "serve-repayment"), ("draft.processing_months.mean", "serve-processing")]
    {
        let f = field(tx, draft, path, &tx.t(label));
        if !f.is_empty() {
            params.push(f);
        }
    }
    h.push_str(&params.join("<br>"));
    h.push_str("</p>");
    h.push_str(&format!(
        "<p><label>{} <input id=\"f-replicates\" name=\"replicates\" value=\"{replicates}\" size=\"7\" inputmode=\"numeric\"></label> <small>{}</small><span class=\"err\" id=\"e-f-replicates\" data-field=\"replicates\"></span></p>",
        escape(&tx.t("serve-replicates")),
        escape(&tx.f("serve-replicates-hint", &[("max", (max_replicates as f64).into())]))
    ));
    h.push_str("<p class=\"err\" id=\"e-form\" data-field=\"\"></p>");
    h
}

/// The whole page.
pub fn page(draft: &Draft, tx: &Texts, replicates: u64, max_replicates: u64) -> String {
    let lang = tx.lang();
    let bases: String = SHIPPED.iter().map(|(id, _)| format!("<option value=\"{id}\"{}>{id}</option>", if *id == draft.id { " selected" } else { "" })).collect();
    let langs: String = Lang::ALL
        .iter()
        .map(|l| {
            format!(
                "<option value=\"{l}\"{}>{}</option>",
                if *l == lang { " selected" } else { "" },
                match l {
                    Lang::Kk => "Қазақша",
                    Lang::Ru => "Русский",
                    Lang::En => "English",
                }
            )
        })
        .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>amnesty-sim: {title}</title>\n<link rel=\"stylesheet\" href=\"/assets/style.css\">\n</head>\n<body>\n\
         <header><h1>{title}</h1><form method=\"get\" action=\"/\" id=\"choose\"><label>{base_label} <select name=\"base\" id=\"base\">{bases}</select></label> <label>{lang_label} <select name=\"lang\" id=\"lang\">{langs}</select></label> <button type=\"submit\">{open}</button></form></header>\n\
         <main><form id=\"draft\" method=\"post\" action=\"/run\"><input type=\"hidden\" name=\"lang\" value=\"{lang}\">{form}\
         <p class=\"actions\"><button type=\"submit\" id=\"run\">{run}</button> <button type=\"button\" id=\"cancel\" disabled>{cancel}</button> <progress id=\"progress\" max=\"1\" value=\"0\" hidden></progress> <span id=\"status\" role=\"status\"></span></p></form>\n\
         <section id=\"result\" data-state=\"idle\" aria-live=\"polite\"></section></main>\n\
         <div id=\"words\" hidden data-queued=\"{queued}\" data-running=\"{running}\" data-done=\"{done}\" data-cancelled=\"{cancelled}\" data-failed=\"{failed}\"></div>\n\
         <script src=\"/assets/app.js\"></script>\n</body>\n</html>\n",
        title = escape(&tx.t("serve-title")),
        base_label = escape(&tx.t("serve-base")),
        lang_label = escape(&tx.t("serve-language")),
        open = escape(&tx.t("serve-open")),
        run = escape(&tx.t("serve-run")),
        cancel = escape(&tx.t("serve-cancel")),
        form = form(draft, tx, replicates, max_replicates),
        queued = escape(&tx.t("serve-queued")),
        running = escape(&tx.t("serve-running")),
        done = escape(&tx.t("serve-done")),
        cancelled = escape(&tx.t("serve-cancelled")),
        failed = escape(&tx.t("serve-failed")),
    )
}

/// The figures of a finished run: per headline outcome, the base, the edit and the
/// paired difference, each with its interval; then the charts; then the downloads.
/// `preview` names the replicates of preliminary figures (the first of the full run's,
/// so the same draws): they are marked as such and offer no downloads yet.
pub fn result(job: u64, result: &RunResult, drafts: &[Draft], tx: &Texts, interval: f64, preview: Option<u64>) -> String {
    use crate::engine::Outcome;
    use crate::scenario::vocab::Status;
    let pct = interval * 100.0;
    let (base, edit) = (&drafts[0].id, &drafts[1].id);
    let keys: [(&str, Option<Status>, ReportOutcome); 6] = [
        ("released", Some(Status::Prisoner), ReportOutcome::One(Outcome::Released)),
        ("released_by_cut", Some(Status::Prisoner), ReportOutcome::One(Outcome::ReleasedByCut)),
        ("cut", Some(Status::Prisoner), ReportOutcome::One(Outcome::Cut)),
        ("probation_released", Some(Status::Probationer), ReportOutcome::One(Outcome::Released)),
        ("case_closed", Some(Status::Pretrial), ReportOutcome::One(Outcome::CaseClosed)),
        ("covered", None, ReportOutcome::Covered),
    ];
    let cell = |rows: &[crate::summary::SummaryRow], d: &str, key: TotalKey, name: &str, who: &str| match crate::summary::total_row(rows, d, key) {
        Some(r) => format!(
            "<td class=\"fig\" id=\"fig-{who}-{name}\" data-mean=\"{:.3}\"><b>{}</b><br><small>{}</small></td>",
            r.mean,
            escape(&tx.int(r.mean)),
            escape(&tx.interval(pct, r.p05, r.p95))
        ),
        None => format!("<td id=\"fig-{who}-{name}\">-</td>"),
    };
    let mut h = match preview {
        Some(n) => format!("<p class=\"preview\" id=\"preview\" data-replicates=\"{n}\">{}</p>", escape(&tx.f("serve-preview", &[("n", (n as f64).into())]))),
        None => String::new(),
    };
    h.push_str(&format!(
        "<h2>{}</h2><table class=\"figures\"><thead><tr><th></th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        escape(&tx.t("serve-results")),
        escape(base),
        escape(&tx.t("serve-your-draft")),
        escape(&tx.t("serve-difference"))
    ));
    for (name, status, outcome) in keys {
        let key = TotalKey::persons(status, outcome);
        h.push_str(&format!(
            "<tr><th>{}</th>{}{}{}</tr>",
            escape(&crate::output::words::total(tx, &key)),
            cell(&result.summary, base, key, name, "base"),
            cell(&result.summary, edit, key, name, "edit"),
            cell(&result.differences, edit, key, name, "diff")
        ));
    }
    let metric = crate::summary::Metric::BedDaysSaved;
    let key = TotalKey { metric, status: None, outcome: ReportOutcome::Covered };
    h.push_str(&format!(
        "<tr><th>{}</th>{}{}{}</tr>",
        escape(&tx.label("metric", metric.name())),
        cell(&result.summary, base, key, "bed_days", "base"),
        cell(&result.summary, edit, key, "bed_days", "edit"),
        cell(&result.differences, edit, key, "bed_days", "diff")
    ));
    h.push_str("</tbody></table>");
    if preview.is_some() {
        // Preliminary: the figures only; the downloads and charts come with the full run.
        return h;
    }
    h.push_str(&format!(
        "<p class=\"downloads\"><a id=\"download-draft\" href=\"/jobs/{job}/draft.toml\" download>{}</a> · <a id=\"download-report\" href=\"/jobs/{job}/report.html\" target=\"_blank\">{}</a> · <a id=\"download-xlsx\" href=\"/jobs/{job}/results.xlsx\" download>{}</a> · <a id=\"download-csv\" href=\"/jobs/{job}/summary.csv\" download>{}</a></p>",
        escape(&tx.t("serve-download-draft")),
        escape(&tx.t("serve-download-report")),
        escape(&tx.t("serve-download-xlsx")),
        escape(&tx.t("serve-download-csv"))
    ));
    for chart in crate::output::charts::build(result, interval, &crate::output::names::Names::new(drafts, tx.lang()), tx) {
        if !matches!(chart.name(), "outcomes" | "differences" | "timeline-stock" | "timeline-releases") {
            continue;
        }
        if let Ok(svg) = crate::output::charts::render_svg(&chart) {
            h.push_str(&format!("<figure><figcaption>{}</figcaption>{}</figure>", escape(chart.title()), crate::output::report::inline_svg(&svg)));
        }
    }
    h
}

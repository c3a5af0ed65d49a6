//! The page, rendered on the server in the chosen language and filled from its address
//! (so a link reproduces a scenario): the base draft's provisions and exclusions by
//! their short names, each with a switch and its numbers in up to three variants side
//! by side; the run's figures with their intervals, each variant's paired difference
//! from the base, and the same chart SVGs as the report; the goal-seek form. Ids and
//! conditions are kept in folded technical details.

use std::collections::BTreeMap;

use super::edit::{self, Form};
use crate::draft::paths::{self, PathKind};
use crate::draft::{Draft, SHIPPED};
use crate::i18n::{Lang, Texts};
use crate::montecarlo::RunResult;
use crate::output::names::Names;
use crate::output::report::escape;
use crate::summary::{ReportOutcome, TotalKey};

/// The page's script and styles, embedded: the page fetches nothing from elsewhere.
pub const SCRIPT: &str = include_str!("../../assets/serve/app.js");
/// The page's styles.
pub const STYLE: &str = include_str!("../../assets/serve/style.css");

/// An element id for a form field (`provision.x.effect.cut.fraction` ->
/// `f-provision_x_effect_cut_fraction`, `v2.provision.x` -> `f-v2_provision_x`), so CSS
/// selectors need no escaping.
pub fn field_id(path: &str) -> String {
    format!("f-{}", path.replace('.', "_"))
}

/// What the page was opened or sent with: the form's fields (from the address, so a
/// link reproduces a scenario) and the mistakes found in them, by field.
#[derive(Debug, Default)]
pub struct Filled<'a> {
    /// The fields as sent (`provision.x=off`, `v2.on=1`, ...).
    pub form: Option<&'a Form>,
    /// Mistakes by field name.
    pub errors: Option<&'a BTreeMap<String, String>>,
}

impl Filled<'_> {
    fn value(&self, name: &str) -> Option<&str> {
        self.form.and_then(|f| f.get(name)).map(String::as_str)
    }

    fn error(&self, name: &str) -> String {
        self.errors.and_then(|e| e.get(name)).map_or(String::new(), |m| escape(m))
    }
}

/// A number field of variant prefix `pre` for `path` of `draft`: the value as sent in
/// the address or the base's as the page shows it (the default kept in
/// `data-default`, so the script writes only edits into the address).
fn field(tx: &Texts, draft: &Draft, pre: &str, path: &str, label: &str, filled: &Filled) -> String {
    let Some(p) = paths::paths(draft).into_iter().find(|p| p.path == path) else { return String::new() };
    let default = edit::default_shown(&p, tx);
    let name = format!("{pre}{path}");
    let value = filled.value(&name).unwrap_or(&default);
    let id = field_id(&name);
    let hint = match p.kind {
        PathKind::Duration => format!(" <small>{}</small>", escape(&tx.t("page-months-hint"))),
        _ => String::new(),
    };
    let invalid = if filled.error(&name).is_empty() { "" } else { " aria-invalid=\"true\"" };
    format!(
        "<label class=\"num\"><span class=\"lbl\">{label}</span> <input id=\"{id}\" name=\"{name}\" value=\"{}\" data-default=\"{}\" size=\"7\" inputmode=\"decimal\" aria-describedby=\"e-{id}\"{invalid}></label>{hint}<span class=\"err\" id=\"e-{id}\" data-field=\"{name}\">{}</span>",
        escape(value),
        escape(&default),
        filled.error(&name)
    )
}

/// A clause's switch in variant prefix `pre`: on unless the address switches it off.
fn switch(pre: &str, path: &str, label: &str, filled: &Filled) -> String {
    let name = format!("{pre}{path}");
    let id = field_id(&name);
    let on = filled.value(&name).is_none_or(|v| !matches!(v.trim(), "off" | "false" | "0" | "no"));
    format!(
        "<input type=\"checkbox\" id=\"{id}\" name=\"{name}\" value=\"on\" data-default=\"on\"{} aria-label=\"{}\"><span class=\"err\" id=\"e-{id}\" data-field=\"{name}\">{}</span>",
        if on { " checked" } else { "" },
        escape(label),
        filled.error(&name)
    )
}

/// The technical details of a clause, folded: its id and condition as written.
fn technical(id: &str, when: &str, tx: &Texts) -> String {
    format!("<details class=\"technical\"><summary>{}</summary><code>{}</code>: <code>{}</code></details>", escape(&tx.t("page-technical")), escape(id), escape(when))
}

/// The variants' columns' heads: "Variant 1", and a box to run variants 2 and 3.
fn variant_heads(tx: &Texts, filled: &Filled) -> String {
    (1..=edit::VARIANTS)
        .map(|k| {
            let title = escape(&tx.f("page-variant", &[("k", (k as f64).into())]));
            if k == 1 {
                return format!("<th class=\"v1\">{title}</th>");
            }
            let name = edit::active_field(k);
            let on = filled.form.is_some_and(|f| edit::active(f, k));
            format!(
                "<th class=\"v{k}\">{title}<br><label class=\"use\"><input type=\"checkbox\" class=\"use-variant\" id=\"{}\" name=\"{name}\" value=\"1\" data-default=\"\"{}> <small>{}</small></label></th>",
                field_id(&name),
                if on { " checked" } else { "" },
                escape(&tx.f("page-use-variant", &[("k", (k as f64).into())]))
            )
        })
        .collect()
}

/// The form for editing `draft` in up to three variants side by side, in `tx`'s
/// language, filled from the address.
pub fn form(draft: &Draft, tx: &Texts, replicates: u64, max_replicates: u64, filled: &Filled) -> String {
    let lang = tx.lang();
    let mut h = String::new();
    h.push_str(&format!("<input type=\"hidden\" name=\"base\" value=\"{}\">", escape(&draft.id)));
    h.push_str(&format!("<h2>{}</h2><p class=\"law\">{}</p>", escape(draft.name_in(lang)), escape(draft.law_in(lang))));
    h.push_str(&format!("<p class=\"hint\">{}</p>", escape(&tx.t("page-variants-hint"))));
    let heads = variant_heads(tx, filled);
    let pres: Vec<String> = (1..=edit::VARIANTS).map(edit::prefix).collect();
    h.push_str(&format!(
        "<h3>{}</h3><p class=\"hint\">{}</p><table class=\"clauses\"><thead><tr><th>{}</th>{heads}</tr></thead><tbody>",
        escape(&tx.t("serve-provisions")),
        escape(&tx.t("serve-provisions-hint")),
        escape(&tx.t("page-clause"))
    ));
    for p in &draft.provisions {
        let path = format!("provision.{}", p.id);
        let name = &edit::clause_name(draft, &p.id, lang);
        let effect = crate::output::words::effect(tx, &p.effect, p.requires_repayment);
        h.push_str(&format!(
            "<tr><td><b class=\"cite\">{}</b><br><small>{}: {}</small><br><small class=\"quote\">{}</small>{}</td>",
            escape(name),
            escape(&tx.t("col-effect")),
            escape(&effect),
            escape(p.cite_in(lang)),
            technical(&p.id, &p.when_text, tx)
        ));
        for (k, pre) in pres.iter().enumerate() {
            let mut cell = switch(pre, &path, name, filled);
            for (suffix, label) in [("effect.cut.fraction", "serve-fraction"), ("effect.release_if_remaining_at_most", "serve-remaining"), ("court_grant.mean", "serve-own-grant")]
            {
                let f = field(tx, draft, pre, &format!("{path}.{suffix}"), &escape(&tx.t(label)), filled);
                if !f.is_empty() {
                    cell.push_str("<br>");
                    cell.push_str(&f);
                }
            }
            h.push_str(&format!("<td class=\"v{}\">{cell}</td>", k + 1));
        }
        h.push_str("</tr>");
    }
    h.push_str("</tbody></table>");
    h.push_str(&format!(
        "<h3>{}</h3><p class=\"hint\">{}</p><table class=\"clauses\"><thead><tr><th>{}</th>{heads}</tr></thead><tbody>",
        escape(&tx.t("serve-exclusions")),
        escape(&tx.t("serve-exclusions-hint")),
        escape(&tx.t("page-clause"))
    ));
    for e in &draft.exclusions {
        let path = format!("exclude.{}", e.id);
        let name = &edit::clause_name(draft, &e.id, lang);
        h.push_str(&format!(
            "<tr><td><b class=\"cite\">{}</b><br><small class=\"quote\">{}</small>{}</td>",
            escape(name),
            escape(e.cite_in(lang)),
            technical(&e.id, &e.when_text, tx)
        ));
        for (k, pre) in pres.iter().enumerate() {
            h.push_str(&format!("<td class=\"v{}\">{}</td>", k + 1, switch(pre, &path, name, filled)));
        }
        h.push_str("</tr>");
    }
    // Exclusions added by article, one field per variant.
    h.push_str(&format!("<tr><td><b>{}</b><br><small>{}</small></td>", escape(&tx.t("serve-add-exclusion")), escape(&tx.t("serve-add-exclusion-hint"))));
    for (k, pre) in pres.iter().enumerate() {
        let name = format!("{pre}{}", edit::ADD_EXCLUSION);
        let id = field_id(&name);
        h.push_str(&format!(
            "<td class=\"v{}\"><input id=\"{id}\" name=\"{name}\" value=\"{}\" data-default=\"\" placeholder=\"297, 296\" size=\"12\" aria-label=\"{}\"><span class=\"err\" id=\"e-{id}\" data-field=\"{name}\">{}</span></td>",
            k + 1,
            escape(filled.value(&name).unwrap_or("")),
            escape(&tx.t("serve-add-exclusion")),
            filled.error(&name)
        ));
    }
    h.push_str("</tr></tbody></table>");
    h.push_str(&format!("<h3>{}</h3><table class=\"clauses\"><thead><tr><th></th>{heads}</tr></thead><tbody>", escape(&tx.t("serve-assumptions"))));
    for (path, label) in
        [("draft.court_grant.mean", "serve-court-grant"), ("draft.repayment_in_time.mean", "serve-repayment"), ("draft.processing_months.mean", "serve-processing")]
    {
        if !paths::paths(draft).iter().any(|p| p.path == path) {
            continue;
        }
        h.push_str(&format!("<tr><td>{}</td>", escape(&tx.t(label))));
        for (k, pre) in pres.iter().enumerate() {
            h.push_str(&format!("<td class=\"v{}\">{}</td>", k + 1, field(tx, draft, pre, path, "", filled)));
        }
        h.push_str("</tr>");
    }
    h.push_str("</tbody></table>");
    let reps = filled.value("replicates").map_or_else(|| replicates.to_string(), str::to_string);
    h.push_str(&format!(
        "<p><label>{} <input id=\"f-replicates\" name=\"replicates\" value=\"{}\" data-default=\"{replicates}\" size=\"7\" inputmode=\"numeric\"></label> <small>{}</small><span class=\"err\" id=\"e-f-replicates\" data-field=\"replicates\">{}</span></p>",
        escape(&tx.t("serve-replicates")),
        escape(&reps),
        escape(&tx.f("serve-replicates-hint", &[("max", (max_replicates as f64).into())])),
        filled.error("replicates")
    ));
    h.push_str(&format!("<p class=\"err\" id=\"e-form\" data-field=\"\">{}</p>", filled.error("")));
    h
}

/// The goal-seek form: the largest value of one number of a chosen variant (as its
/// column of the form edits the base) that keeps a total under a bound with a given
/// probability (`POST /solve`).
fn solve_form(draft: &Draft, tx: &Texts) -> String {
    let options: String = paths::paths(draft)
        .iter()
        .filter(|p| matches!(p.kind, PathKind::Fraction | PathKind::Duration | PathKind::Mean))
        .map(|p| format!("<option value=\"{}\">{}</option>", escape(&p.path), escape(&edit::field_label(draft, p, tx))))
        .collect();
    let variants: String = (1..=edit::VARIANTS).map(|k| format!("<option value=\"{k}\">{k}</option>")).collect();
    let totals: String = super::solve::TOTALS.iter().map(|(key, _)| format!("<option value=\"{key}\">{}</option>", escape(&tx.t(&format!("page-total-{key}"))))).collect();
    format!(
        "<section id=\"solve-section\"><h2>{}</h2><p class=\"hint\">{}</p><form id=\"solve\" method=\"post\" action=\"/solve\">\
         <label>{} <select name=\"solve.variant\" id=\"solve-variant\">{variants}</select></label> \
         <label>{} <select name=\"solve.field\" id=\"solve-field\">{options}</select></label> \
         <label>{} <select name=\"solve.total\" id=\"solve-total\">{totals}</select></label> \
         <label>{} <input name=\"solve.bound\" id=\"solve-bound\" value=\"2500\" size=\"8\" inputmode=\"numeric\"></label> \
         <label>{} <input name=\"solve.at\" id=\"solve-at\" value=\"90\" size=\"4\" inputmode=\"numeric\"></label> \
         <button type=\"submit\" id=\"solve-run\">{}</button></form><div id=\"solve-result\" data-state=\"idle\" aria-live=\"polite\"></div></section>",
        escape(&tx.t("page-solve-title")),
        escape(&tx.f("page-solve-hint", &[("n", (super::solve::MAX_REPLICATES as f64).into())])),
        escape(&tx.t("page-solve-variant")),
        escape(&tx.t("page-solve-field")),
        escape(&tx.t("page-solve-total")),
        escape(&tx.t("page-solve-under")),
        escape(&tx.t("page-solve-at")),
        escape(&tx.t("page-solve-button")),
    )
}

/// The whole page, its form filled from the address (`filled`).
pub fn page(draft: &Draft, tx: &Texts, replicates: u64, max_replicates: u64, filled: &Filled) -> String {
    let lang = tx.lang();
    let bases: String = SHIPPED
        .iter()
        .map(|(id, _)| {
            let name = if *id == draft.id { draft.name_in(lang).to_string() } else { crate::draft::resolve(id).map_or_else(|_| id.to_string(), |d| d.name_in(lang).to_string()) };
            format!("<option value=\"{id}\"{}>{}</option>", if *id == draft.id { " selected" } else { "" }, escape(&name))
        })
        .collect();
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
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<link rel=\"stylesheet\" href=\"/assets/style.css\">\n</head>\n<body>\n\
         <header><h1>{title}</h1><form method=\"get\" action=\"/\" id=\"choose\"><label>{base_label} <select name=\"base\" id=\"base\">{bases}</select></label> <label>{lang_label} <select name=\"lang\" id=\"lang\">{langs}</select></label> <button type=\"submit\">{open}</button></form></header>\n\
         <main><form id=\"draft\" method=\"post\" action=\"/run\"><input type=\"hidden\" name=\"lang\" value=\"{lang}\">{form}\
         <p class=\"actions\"><button type=\"submit\" id=\"run\">{run}</button> <button type=\"button\" id=\"cancel\" disabled>{cancel}</button> <button type=\"button\" id=\"copy-link\" title=\"{link_hint}\">{copy}</button> <progress id=\"progress\" max=\"1\" value=\"0\" hidden></progress> <span id=\"status\" role=\"status\"></span></p></form>\n\
         <section id=\"result\" data-state=\"idle\" aria-live=\"polite\"></section>\n{solve}</main>\n\
         <div id=\"words\" hidden data-queued=\"{queued}\" data-running=\"{running}\" data-done=\"{done}\" data-cancelled=\"{cancelled}\" data-failed=\"{failed}\" data-copied=\"{copied}\" data-solving=\"{solving}\"></div>\n\
         <script src=\"/assets/app.js\"></script>\n</body>\n</html>\n",
        title = escape(&tx.t("serve-title")),
        base_label = escape(&tx.t("serve-base")),
        lang_label = escape(&tx.t("serve-language")),
        open = escape(&tx.t("serve-open")),
        run = escape(&tx.t("serve-run")),
        cancel = escape(&tx.t("serve-cancel")),
        copy = escape(&tx.t("page-copy-link")),
        link_hint = escape(&tx.t("page-link-hint")),
        form = form(draft, tx, replicates, max_replicates, filled),
        solve = solve_form(draft, tx),
        queued = escape(&tx.t("serve-queued")),
        running = escape(&tx.t("serve-running")),
        done = escape(&tx.t("serve-done")),
        cancelled = escape(&tx.t("serve-cancelled")),
        failed = escape(&tx.t("serve-failed")),
        copied = escape(&tx.t("page-link-copied")),
        solving = escape(&tx.t("page-solve-running")),
    )
}

/// The element-id stem of the figures of the draft at `index` in a run (0 the base):
/// `base`, then `edit` for variant 1 (as before variants), `edit2`, `edit3`; the
/// differences `diff`, `diff2`, `diff3`.
fn stems(k: usize) -> (String, String) {
    if k <= 1 { ("edit".into(), "diff".into()) } else { (format!("edit{k}"), format!("diff{k}")) }
}

/// The figures of a run: per headline outcome, the base, then each variant and its
/// paired difference from the base, each with its interval; a legend naming every
/// draft; then the charts; then the downloads. `variants` numbers the drafts after the
/// base (1 to 3). `preview` names the replicates of preliminary figures (the first of
/// the full run's, so the same draws): they are marked as such and offer no downloads
/// yet.
pub fn result(job: u64, result: &RunResult, drafts: &[Draft], variants: &[usize], tx: &Texts, interval: f64, preview: Option<u64>) -> String {
    use crate::engine::Outcome;
    use crate::scenario::vocab::Status;
    let pct = interval * 100.0;
    let names = Names::new(drafts, tx.lang());
    let base = &drafts[0].id;
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
    let ks: Vec<usize> = variants.to_vec();
    let mut head = format!("<th></th><th>{}</th>", escape(&tx.t("page-base")));
    for k in &ks {
        head.push_str(&format!(
            "<th>{}</th><th>{}</th>",
            escape(&tx.f("page-variant", &[("k", (*k as f64).into())])),
            escape(&tx.f("page-difference-short", &[("k", (*k as f64).into())]))
        ));
    }
    h.push_str(&format!("<h2>{}</h2><table class=\"figures\"><thead><tr>{head}</tr></thead><tbody>", escape(&tx.t("page-results"))));
    let metric = crate::summary::Metric::BedDaysSaved;
    let mut rows: Vec<(String, &str, TotalKey)> = keys
        .iter()
        .map(|(name, status, outcome)| {
            let key = TotalKey::persons(*status, *outcome);
            (crate::output::words::total(tx, &key), *name, key)
        })
        .collect();
    rows.push((tx.label("metric", metric.name()), "bed_days", TotalKey { metric, status: None, outcome: ReportOutcome::Covered }));
    for (label, name, key) in rows {
        h.push_str(&format!("<tr><th>{}</th>{}", escape(&label), cell(&result.summary, base, key, name, "base")));
        for (i, k) in ks.iter().enumerate() {
            let Some(d) = drafts.get(i + 1) else { continue };
            let (edit, diff) = stems(*k);
            h.push_str(&cell(&result.summary, &d.id, key, name, &edit));
            h.push_str(&cell(&result.differences, &d.id, key, name, &diff));
        }
        h.push_str("</tr>");
    }
    h.push_str("</tbody></table>");
    h.push_str(&format!("<ul class=\"legend\"><li id=\"legend-base\">{}</li>", escape(&tx.f("page-legend-base", &[("name", names.draft(base).into())]))));
    for (i, k) in ks.iter().enumerate() {
        let Some(d) = drafts.get(i + 1) else { continue };
        h.push_str(&format!("<li id=\"legend-v{k}\">{}</li>", escape(&tx.f("page-legend-variant", &[("k", (*k as f64).into()), ("name", names.draft(&d.id).into())]))));
    }
    h.push_str("</ul>");
    let ids: Vec<String> = drafts.iter().map(|d| format!("<code>{}</code>", escape(&d.id))).collect();
    h.push_str(&format!("<details class=\"technical\"><summary>{}</summary>{}</details>", escape(&tx.t("page-technical")), ids.join(" · ")));
    if preview.is_some() {
        // Preliminary: the figures only; the downloads and charts come with the full run.
        return h;
    }
    let mut links: Vec<String> = ks
        .iter()
        .map(|k| {
            let id = if *k == 1 { "download-draft".to_string() } else { format!("download-draft-{k}") };
            let href = if *k == 1 { format!("/jobs/{job}/draft.toml") } else { format!("/jobs/{job}/variants/{k}") };
            format!("<a id=\"{id}\" href=\"{href}\" download>{}</a>", escape(&tx.f("page-download-variant", &[("k", (*k as f64).into())])))
        })
        .collect();
    links.push(format!("<a id=\"download-report\" href=\"/jobs/{job}/report.html\" target=\"_blank\">{}</a>", escape(&tx.t("page-download-report"))));
    links.push(format!("<a id=\"download-xlsx\" href=\"/jobs/{job}/results.xlsx\" download>{}</a>", escape(&tx.t("page-download-xlsx"))));
    links.push(format!("<a id=\"download-csv\" href=\"/jobs/{job}/summary.csv\" download>{}</a>", escape(&tx.t("page-download-csv"))));
    h.push_str(&format!("<p class=\"downloads\">{}</p>", links.join(" · ")));
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

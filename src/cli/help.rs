//! clap's own words in the reader's language: the help (`--help`, `-h`, `help`) and the
//! argument errors (unknown flag, unknown subcommand, a value clap could not parse).
//!
//! The language is found before clap parses ([`early_lang`]: `--lang X` or `--lang=X`
//! anywhere, else `AMNESTY_LANG`, else English). In English the command is clap's, built
//! from the doc comments, untouched. In Russian and Kazakh every text of the built
//! command is swapped for its Fluent message (`locales/*-cli.ftl`), whose id follows from
//! the command's and the argument's names ([`help_texts`]): `help-about` and
//! `help-long-about` for the program, `help-run-about`, `help-run-long-about` for `run`,
//! `help-run-arg-replicates` (and `-long`) for its `--replicates`, `help-arg-lang` for the
//! global `--lang`. The headings, the usage line and the built-in flags have ids of their
//! own (`help-heading-*`, `help-flag-*`). Errors are rendered from the error's context
//! ([`render_error`]).

use std::ffi::{OsStr, OsString};
use std::process::ExitCode;

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{ArgAction, Command, CommandFactory, FromArgMatches, Parser};

use super::Cli;
use crate::i18n::{Lang, Texts};

/// The language of everything printed, as the raw arguments and `env` (the value of
/// `AMNESTY_LANG`) choose it before clap parses: the last `--lang X` or `--lang=X`
/// (before a `--`), else `env`, else English. A value that is no language gives English,
/// and clap reports it as it always has.
pub fn early_lang(args: &[OsString], env: Option<&OsStr>) -> Lang {
    let mut chosen: Option<&OsStr> = None;
    // The program's name is not an argument.
    let mut rest = args.iter().skip(1);
    while let Some(a) = rest.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            chosen = rest.next().map(OsString::as_os_str);
        } else if let Some(value) = a.to_str().and_then(|s| s.strip_prefix("--lang=")) {
            chosen = Some(OsStr::new(value));
        }
    }
    let parse = |v: &OsStr| v.to_str().and_then(|s| s.parse::<Lang>().ok());
    match chosen {
        Some(v) => parse(v).unwrap_or(Lang::En),
        None => env.and_then(parse).unwrap_or(Lang::En),
    }
}

/// One text of the help: its message id and the English text the doc comments give.
#[derive(Debug, Clone, PartialEq)]
pub struct HelpText {
    /// The Fluent message id.
    pub id: String,
    /// The English text, as clap prints it.
    pub english: String,
}

/// Whether `action` is one of clap's built-in help or version flags.
fn built_in(action: &ArgAction) -> bool {
    matches!(action, ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong | ArgAction::Version)
}

/// The message-id prefix of the command at `path` (subcommand names from the top, none
/// for the program itself): `help-` or `help-run-`.
fn prefix(path: &[&str]) -> String {
    // The `help` subcommand's own subcommands (`help run`) say what the commands say.
    let path = if path.len() > 1 && path[0] == "help" { &path[1..] } else { path };
    if path.is_empty() { "help-".to_string() } else { format!("help-{}-", path.join("-")) }
}

/// The message id of argument `id` of the command at `path`; a global argument has the
/// program's id in every command.
fn arg_id(path: &[&str], id: &str, global: bool) -> String {
    let path = if global { &[][..] } else { path };
    format!("{}arg-{}", prefix(path), id.replace('_', "-"))
}

/// The built-in texts clap adds (help and version flags, the `help` subcommand) and
/// their message ids.
const BUILT_IN: [(&str, &str); 5] = [
    ("Print help", "help-flag-help"),
    ("Print help (see more with '--help')", "help-flag-help-more"),
    ("Print help (see a summary with '-h')", "help-flag-help-summary"),
    ("Print version", "help-flag-version"),
    ("Print this message or the help of the given subcommand(s)", "help-flag-help-command"),
];

/// Every text of the program's help that a translation must give: each command's
/// about and long about, each argument's help and long help (a global argument once),
/// with its message id and English text; clap's built-in texts are not among them.
pub fn help_texts() -> Vec<HelpText> {
    let mut cmd = Cli::command();
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, &mut Vec::new(), &mut out);
    let mut seen = std::collections::HashSet::new();
    out.retain(|t| seen.insert(t.id.clone()));
    out
}

fn walk<'a>(cmd: &'a Command, path: &mut Vec<&'a str>, out: &mut Vec<HelpText>) {
    let p = prefix(path);
    let mut push = |id: String, text: Option<&StyledStr>| {
        if let Some(text) = text.map(StyledStr::to_string).filter(|t| !BUILT_IN.iter().any(|(en, _)| en == t)) {
            out.push(HelpText { id, english: text });
        }
    };
    push(format!("{p}about"), cmd.get_about());
    push(format!("{p}long-about"), cmd.get_long_about());
    for a in cmd.get_arguments().filter(|a| !built_in(a.get_action())) {
        let id = arg_id(path, a.get_id().as_str(), a.is_global_set());
        push(id.clone(), a.get_help());
        push(format!("{id}-long"), a.get_long_help());
    }
    for sc in cmd.get_subcommands() {
        path.push(sc.get_name());
        walk(sc, path, out);
        path.pop();
    }
}

/// The program's clap command in `lang`: clap's own, untouched, in English; built and
/// with every text swapped for its translation in Russian and Kazakh.
pub fn command(lang: Lang) -> Command {
    let mut cmd = Cli::command();
    if lang == Lang::En {
        return cmd;
    }
    cmd.build();
    localise(cmd, &mut Vec::new(), &Texts::new(lang))
}

/// The translation of `text`, a help text of message `id`: clap's built-in texts by
/// their English words, others by `id`; the English text where no message is found.
fn translate(tx: &Texts, id: &str, text: &StyledStr) -> String {
    let en = text.to_string();
    if let Some((_, id)) = BUILT_IN.iter().find(|(e, _)| *e == en) {
        return tx.t(id);
    }
    if tx.has(id) { tx.t(id) } else { en }
}

/// The help text of an argument with the notes clap would add (`[env: ...]`,
/// `[default: ...]`, `[possible values: ...]`) in words of the language: joined by a
/// space in the short help, on lines of their own in the long help.
fn with_notes(text: String, notes: &[String], long: bool) -> String {
    if notes.is_empty() {
        text
    } else if long {
        format!("{text}\n\n{}", notes.join("\n"))
    } else {
        format!("{text} {}", notes.join(" "))
    }
}

fn localise(mut cmd: Command, path: &mut Vec<String>, tx: &Texts) -> Command {
    let names: Vec<&str> = path.iter().map(String::as_str).collect();
    let p = prefix(&names);
    if let Some(about) = cmd.get_about().cloned() {
        cmd = cmd.about(translate(tx, &format!("{p}about"), &about));
    }
    if let Some(about) = cmd.get_long_about().cloned() {
        cmd = cmd.long_about(translate(tx, &format!("{p}long-about"), &about));
    }
    cmd = cmd.mut_args(|mut a| {
        let id = arg_id(&names, a.get_id().as_str(), a.is_global_set());
        let mut notes = Vec::new();
        if let Some(env) = a.get_env().filter(|_| !a.is_hide_env_set()) {
            let name = env.to_string_lossy().into_owned();
            let value = std::env::var_os(env).map(|v| v.to_string_lossy().into_owned()).unwrap_or_default();
            notes.push(format!("[{}: {name}={value}]", tx.t("help-note-env")));
            a = a.hide_env(true);
        }
        if a.get_action().takes_values() && !a.is_hide_default_value_set() && !a.get_default_values().is_empty() {
            let values: Vec<String> = a.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
            notes.push(format!("[{}: {}]", tx.t("help-note-default"), values.join(" ")));
            a = a.hide_default_value(true);
        }
        let possible: Vec<String> = a.get_possible_values().iter().filter(|v| !v.is_hide_set()).map(|v| v.get_name().to_string()).collect();
        if a.get_action().takes_values() && !a.is_hide_possible_values_set() && !possible.is_empty() {
            notes.push(format!("[{}: {}]", tx.t("help-note-possible"), possible.join(", ")));
            a = a.hide_possible_values(true);
        }
        // A note is never broken across lines (no-break spaces), as clap keeps `[default: 1]`.
        let notes: Vec<String> = notes.iter().map(|n| n.replace(' ', "\u{a0}")).collect();
        if let Some(help) = a.get_help().cloned() {
            let text = translate(tx, &id, &help);
            a = a.help(with_notes(text, &notes, false));
        }
        if let Some(help) = a.get_long_help().cloned() {
            let text = translate(tx, &format!("{id}-long"), &help);
            a = a.long_help(with_notes(text, &notes, true));
        } else if let (Some(help), false) = (a.get_help().cloned(), notes.is_empty()) {
            // The long help shows the notes on lines of their own, as clap does.
            let text = translate(tx, &id, &help);
            a = a.long_help(with_notes(text, &notes, true));
        }
        a
    });
    // The headings, and the usage line, in words of the language.
    // (clap takes a subcommand's value name and heading as `&'static str` only: the
    // template and the usage line below say them.)
    let t = template(&cmd, tx);
    cmd = cmd.help_template(t);
    let usage = cmd.render_usage().ansi().to_string();
    let command = tx.t("help-usage-command");
    let usage = usage_body(&usage)
        .replace("[OPTIONS]", &format!("[{}]", tx.t("help-usage-options")))
        .replace("<COMMAND>", &format!("<{command}>"))
        .replace("[COMMAND]", &format!("[{command}]"));
    cmd = cmd.override_usage(usage);
    cmd.mut_subcommands(|sc| {
        path.push(sc.get_name().to_string());
        let sc = localise(sc, path, tx);
        path.pop();
        sc
    })
}

/// `usage` (as clap renders it, `Usage: amnesty-sim run [OPTIONS]`, perhaps with the
/// terminal's styles) without its heading.
fn usage_body(usage: &str) -> &str {
    let Some((_, mut rest)) = usage.split_once("Usage:") else { return usage };
    // The heading's closing style codes, then the space.
    while let Some(after) = rest.strip_prefix('\u{1b}') {
        rest = after.split_once('m').map_or("", |(_, r)| r);
    }
    rest.strip_prefix(' ').unwrap_or(rest)
}

/// The help template of `cmd`: clap's default one, with the headings in words of the
/// language and only the sections that have something to show.
fn template(cmd: &Command, tx: &Texts) -> String {
    let styles = cmd.get_styles();
    let (h, u) = (styles.get_header(), styles.get_usage());
    let heading = |id: &str| format!("{}{}:{}", h.render(), tx.t(id), h.render_reset());
    let mut sections = Vec::new();
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        sections.push(format!("{}\n{{subcommands}}", heading("help-heading-commands")));
    }
    if cmd.get_positionals().any(|a| !a.is_hide_set()) {
        sections.push(format!("{}\n{{positionals}}", heading("help-heading-arguments")));
    }
    if cmd.get_arguments().any(|a| !a.is_positional() && !a.is_hide_set()) {
        sections.push(format!("{}\n{{options}}", heading("help-heading-options")));
    }
    let usage = format!("{}{}:{} {{usage}}", u.render(), tx.t("help-heading-usage"), u.render_reset());
    if sections.is_empty() {
        format!("{{before-help}}{{about-with-newline}}\n{usage}{{after-help}}")
    } else {
        format!("{{before-help}}{{about-with-newline}}\n{usage}\n\n{}{{after-help}}", sections.join("\n\n"))
    }
}

/// Parses `args` (the program's name first) in `lang`: clap as it is in English; in
/// Russian and Kazakh the translated command, and its errors in words of the language.
/// `Err` is the exit code once clap's help, version or error has been printed.
pub fn parse(args: &[OsString], lang: Lang) -> Result<Cli, ExitCode> {
    if lang == Lang::En {
        return Cli::try_parse_from(args).map_err(|e| print(&e, None));
    }
    let tx = Texts::new(lang);
    let mut cmd = command(lang);
    let matches = cmd.try_get_matches_from_mut(args).map_err(|e| print(&e, Some(&tx)))?;
    Cli::from_arg_matches(&matches).map_err(|e| print(&e, Some(&tx)))
}

/// Prints clap's `err` (help and version to standard output, errors to standard error,
/// in words of `tx` where it has them) and returns clap's exit code.
fn print(err: &clap::Error, tx: Option<&Texts>) -> ExitCode {
    let code = err.exit_code();
    match tx.and_then(|tx| render_error(err, tx)) {
        Some(text) => eprint!("{text}"),
        None => {
            let _ = err.print();
        }
    }
    ExitCode::from(u8::try_from(code).unwrap_or(2))
}

/// A context value as one text.
fn text(v: Option<&ContextValue>) -> Option<String> {
    match v? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(s) => Some(s.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The parts of `text` between single quotes: `to pass 'x' as a value` gives `["x"]`.
fn quoted(text: &str) -> Vec<&str> {
    text.split('\'').skip(1).step_by(2).collect()
}

/// Why a value clap parsed itself was refused, in words of `tx`: the standard library's
/// number errors are known, any other reason (our own parsers', already in the reader's
/// language) is kept as it is.
fn reason(source: &(dyn std::error::Error + 'static), tx: &Texts) -> String {
    use std::num::IntErrorKind;
    if let Some(e) = source.downcast_ref::<std::num::ParseIntError>() {
        let id = match e.kind() {
            IntErrorKind::Empty => "cli-clap-number-empty",
            IntErrorKind::PosOverflow | IntErrorKind::NegOverflow => "cli-clap-number-too-large",
            _ => "cli-clap-number-whole",
        };
        return tx.t(id);
    }
    if source.downcast_ref::<std::num::ParseFloatError>().is_some() {
        return tx.t("cli-clap-number");
    }
    let text = source.to_string();
    // clap's own range check of a number: `99999 is not in 0..=65535`.
    if let Some((_, range)) = text.split_once(" is not in ").filter(|(n, _)| n.parse::<i128>().is_ok()) {
        return tx.f("cli-clap-number-range", &[("range", range.into())]);
    }
    text
}

/// clap's error `err` in words of `tx`: its message, a hint it gives, the usage line
/// and where to read more, as clap lays them out. `None` for help and version (clap
/// prints them, already translated) and for the kinds this does not know.
pub fn render_error(err: &clap::Error, tx: &Texts) -> Option<String> {
    let arg = text(err.get(ContextKind::InvalidArg));
    let value = text(err.get(ContextKind::InvalidValue));
    let a = |id: &str, args: &[(&str, Option<&String>)]| -> Option<String> {
        let args: Option<Vec<(&str, crate::i18n::Arg)>> = args.iter().map(|(k, v)| v.map(|v| (*k, v.into()))).collect();
        Some(tx.f(id, &args?))
    };
    let list = |kind: ContextKind| match err.get(kind) {
        Some(ContextValue::Strings(v)) if !v.is_empty() => Some(v.clone()),
        _ => None,
    };
    let mut message = match err.kind() {
        ErrorKind::UnknownArgument => a("cli-clap-unknown-argument", &[("arg", arg.as_ref())])?,
        ErrorKind::InvalidSubcommand => a("cli-clap-unknown-subcommand", &[("name", text(err.get(ContextKind::InvalidSubcommand)).as_ref())])?,
        ErrorKind::InvalidValue if value.as_deref() == Some("") => a("cli-clap-value-required", &[("arg", arg.as_ref())])?,
        ErrorKind::InvalidValue => a("cli-clap-invalid-value", &[("value", value.as_ref()), ("arg", arg.as_ref())])?,
        ErrorKind::ValueValidation => {
            let head = a("cli-clap-invalid-value", &[("value", value.as_ref()), ("arg", arg.as_ref())])?;
            match std::error::Error::source(err) {
                Some(source) => format!("{head}: {}", reason(source, tx)),
                None => head,
            }
        }
        ErrorKind::NoEquals => a("cli-clap-no-equals", &[("arg", arg.as_ref())])?,
        ErrorKind::TooManyValues => a("cli-clap-too-many-values", &[("value", value.as_ref()), ("arg", arg.as_ref())])?,
        ErrorKind::TooFewValues => {
            let expected = text(err.get(ContextKind::MinValues));
            let actual = text(err.get(ContextKind::ActualNumValues));
            a("cli-clap-too-few-values", &[("arg", arg.as_ref()), ("expected", expected.as_ref()), ("actual", actual.as_ref())])?
        }
        ErrorKind::WrongNumberOfValues => {
            let expected = text(err.get(ContextKind::ExpectedNumValues));
            let actual = text(err.get(ContextKind::ActualNumValues));
            a("cli-clap-wrong-number-of-values", &[("arg", arg.as_ref()), ("expected", expected.as_ref()), ("actual", actual.as_ref())])?
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = list(ContextKind::InvalidArg)?;
            let mut m = tx.t("cli-clap-missing-arguments");
            for v in missing {
                m.push_str(&format!("\n  {v}"));
            }
            m
        }
        ErrorKind::MissingSubcommand => {
            let name = text(err.get(ContextKind::InvalidSubcommand));
            let mut m = a("cli-clap-missing-subcommand", &[("name", name.as_ref())])?;
            if let Some(valid) = list(ContextKind::ValidSubcommand) {
                m.push_str(&format!("\n  [{}: {}]", tx.t("cli-clap-subcommands"), valid.join(", ")));
            }
            m
        }
        ErrorKind::ArgumentConflict => {
            let prior = err.get(ContextKind::PriorArg);
            match (arg.as_ref(), prior) {
                (Some(x), Some(ContextValue::String(p))) if x == p => a("cli-clap-used-twice", &[("arg", Some(x))])?,
                (Some(x), Some(ContextValue::String(p))) => a("cli-clap-conflict", &[("arg", Some(x)), ("other", Some(p))])?,
                (Some(x), Some(ContextValue::Strings(ps))) => a("cli-clap-conflict", &[("arg", Some(x)), ("other", Some(&ps.join("', '")))])?,
                _ => return None,
            }
        }
        _ => return None,
    };
    if let Some(values) = list(ContextKind::ValidValue) {
        message.push_str(&format!("\n  [{}: {}]", tx.t("cli-clap-possible-values"), values.join(", ")));
    }
    let mut hints = Vec::new();
    if let Some(s) = text(err.get(ContextKind::SuggestedSubcommand)) {
        hints.push(tx.f("cli-clap-similar-subcommand", &[("name", s.into())]));
    }
    if let Some(s) = text(err.get(ContextKind::SuggestedArg)) {
        hints.push(tx.f("cli-clap-similar-argument", &[("arg", s.into())]));
    }
    if let Some(s) = text(err.get(ContextKind::SuggestedValue)) {
        hints.push(tx.f("cli-clap-similar-value", &[("value", s.into())]));
    }
    if let Some(ContextValue::StyledStrs(tips)) = err.get(ContextKind::Suggested) {
        for tip in tips.iter().map(StyledStr::to_string) {
            let q = quoted(&tip);
            // The tips clap gives, by their words; one it may add later is left out
            // rather than shown in English.
            if tip.starts_with("to pass '") && q.len() >= 2 {
                hints.push(tx.f("cli-clap-tip-pass-as-value", &[("arg", q[0].into()), ("use", q[1].into())]));
            } else if tip.starts_with("subcommand '") && !q.is_empty() {
                hints.push(tx.f("cli-clap-tip-remove-dashes", &[("name", q[0].into())]));
            } else if tip.ends_with("' exists") && !q.is_empty() {
                hints.push(tx.f("cli-clap-tip-exists", &[("arg", q[0].into())]));
            }
        }
    }
    let mut out = tx.f("cli-error", &[("message", message.into())]);
    if !hints.is_empty() {
        out.push('\n');
        for h in hints {
            out.push_str(&format!("\n  {}", tx.f("error-help", &[("help", h.into())])));
        }
    }
    if let Some(usage) = text(err.get(ContextKind::Usage)) {
        out.push_str(&format!("\n\n{}: {}", tx.t("help-heading-usage"), usage_body(&usage)));
    }
    out.push_str(&format!("\n\n{}\n", tx.f("cli-clap-try-help", &[("flag", "--help".into())])));
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_language_is_found_before_clap_parses() {
        let kk = Some(OsStr::new("kk"));
        assert_eq!(early_lang(&os(&["a", "run", "--lang", "ru"]), kk), Lang::Ru);
        assert_eq!(early_lang(&os(&["a", "--lang=ru", "run"]), None), Lang::Ru);
        assert_eq!(early_lang(&os(&["a", "run"]), kk), Lang::Kk);
        assert_eq!(early_lang(&os(&["a", "run"]), None), Lang::En);
        assert_eq!(early_lang(&os(&["a", "--lang", "xx", "run"]), kk), Lang::En);
        assert_eq!(early_lang(&os(&["a", "--lang"]), kk), Lang::Kk);
        assert_eq!(early_lang(&os(&["a", "--lang", "ru", "--lang", "kk"]), None), Lang::Kk);
        assert_eq!(early_lang(&os(&["a", "run", "--", "--lang", "ru"]), None), Lang::En);
        assert_eq!(early_lang(&os(&["a", "run"]), Some(OsStr::new("ru_RU.UTF-8"))), Lang::Ru);
    }

    /// The template with English headings lays the help out exactly as clap's default
    /// one, so the translated help differs from the English one in words only.
    #[test]
    fn the_template_lays_out_the_help_as_clap_does() {
        let en = Texts::new(Lang::En);
        let mut plain = Cli::command();
        plain.build();
        let mut templated = plain.clone();
        fn apply(c: Command, en: &Texts) -> Command {
            let t = template(&c, en);
            c.help_template(t).mut_subcommands(|sc| apply(sc, en))
        }
        templated = apply(templated, &en);
        let mut names: Vec<Vec<String>> = vec![vec![]];
        names.extend(plain.get_subcommands().map(|s| vec![s.get_name().to_string()]));
        for path in names {
            let find = |c: &mut Command| -> Command {
                let mut c = c.clone();
                for n in &path {
                    c = c.find_subcommand(n).cloned().expect("a subcommand");
                }
                c
            };
            let (mut a, mut b) = (find(&mut plain), find(&mut templated));
            assert_eq!(a.render_help().ansi().to_string(), b.render_help().ansi().to_string(), "{path:?}");
            assert_eq!(a.render_long_help().ansi().to_string(), b.render_long_help().ansi().to_string(), "{path:?}");
        }
    }

    /// Every text of the help has its message in all three languages, and the English
    /// message is the doc comment's text: a new flag without a translation fails here.
    #[test]
    fn every_help_text_has_a_message_in_every_language() {
        let squeeze = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let texts = help_texts();
        assert!(texts.len() > 50, "only {} texts", texts.len());
        for lang in Lang::ALL {
            let tx = Texts::new(lang);
            for t in &texts {
                assert!(tx.has(&t.id), "{lang}: no message {} for {:?}", t.id, t.english);
            }
            for (_, id) in BUILT_IN {
                assert!(tx.has(id), "{lang}: no message {id}");
            }
        }
        let en = Texts::new(Lang::En);
        for t in &texts {
            assert_eq!(squeeze(&en.t(&t.id)), squeeze(&t.english), "{}", t.id);
        }
    }

    #[test]
    fn the_usage_heading_is_taken_off() {
        assert_eq!(usage_body("Usage: amnesty-sim run [OPTIONS]"), "amnesty-sim run [OPTIONS]");
        assert_eq!(usage_body("\u{1b}[1m\u{1b}[4mUsage:\u{1b}[0m \u{1b}[1mamnesty-sim\u{1b}[0m"), "\u{1b}[1mamnesty-sim\u{1b}[0m");
    }
}

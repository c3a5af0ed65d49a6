//! Errors a user can cause, each written so the user can fix the input without reading
//! the code: a file, a line and a column with a caret, or a row and a column, and what
//! would have been valid. Nothing a user types should end in a panic.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::i18n::{Msg, Texts};

/// Result alias used across the crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A message anchored in a source file, rendered like a compiler error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file as the user named it.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// The text of the offending line, for the caret display.
    pub line_text: String,
    /// How many characters the caret underlines (at least 1).
    pub width: usize,
    /// What is wrong, in words of every language.
    pub message: Msg,
    /// What would be valid, when we can say.
    pub help: Option<Msg>,
}

impl Diagnostic {
    /// Locates byte range `span` of `source` (the contents of `file`).
    pub fn at(file: &str, source: &str, span: Range<usize>, message: impl Into<Msg>) -> Self {
        let start = span.start.min(source.len());
        let end = span.end.clamp(start, source.len());
        let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[start..].find('\n').map_or(source.len(), |i| start + i);
        let line = source[..start].matches('\n').count() + 1;
        let column = source[line_start..start].chars().count() + 1;
        let width = source[start..end.min(line_end)].chars().count().max(1);
        Diagnostic { file: file.to_string(), line, column, line_text: source[line_start..line_end].trim_end_matches('\r').to_string(), width, message: message.into(), help: None }
    }

    /// Adds the "what would be valid" line.
    pub fn with_help(mut self, help: impl Into<Msg>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The diagnostic with its message and help in the language of `tx`; the frame
    /// (file:line:column, the line, the caret) is the same in every language.
    pub fn render_in(&self, tx: &Texts) -> String {
        let help = self.help.as_ref().map(|h| tx.f("error-help", &[("help", h.render(tx).into())]));
        let mut out = String::new();
        let _ = self.write(&mut out, &self.message.render(tx), help.as_deref());
        out
    }

    fn write(&self, f: &mut dyn fmt::Write, message: &str, help: Option<&str>) -> fmt::Result {
        writeln!(f, "{}:{}:{}: {}", self.file, self.line, self.column, message)?;
        let gutter = self.line.to_string().len();
        // A long line is shown as a window around the caret, so a 20,000-character
        // condition does not flood the terminal; counted in characters, never bytes.
        const CONTEXT: usize = 60;
        let chars: Vec<char> = self.line_text.chars().collect();
        let (col, width) = (self.column.saturating_sub(1).min(chars.len()), self.width.min(2 * CONTEXT));
        let from = col.saturating_sub(CONTEXT);
        let to = (col + width + CONTEXT).min(chars.len());
        let lead = if from > 0 { "…" } else { "" };
        let tail = if to < chars.len() { "…" } else { "" };
        let shown: String = chars[from..to].iter().collect();
        writeln!(f, "{:gutter$} |", "")?;
        writeln!(f, "{} | {lead}{shown}{tail}", self.line)?;
        write!(f, "{:gutter$} | {}{}", "", " ".repeat(col - from + lead.chars().count()), "^".repeat(width.max(1)))?;
        if let Some(help) = help {
            write!(f, "\n{:gutter$} = {help}", "")?;
        }
        Ok(())
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render_in(crate::i18n::msg::english()))
    }
}

/// Who can fix a failure, which decides the exit code: a script tells "fix the command"
/// from "fix the file" from "ask the administrator" from "report a bug" without reading
/// the message. The README's "Exit codes" lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ErrorKind {
    /// The request (command line, environment, page form) asks for something impossible.
    Input,
    /// A file the user named is missing, or says something invalid.
    Files,
    /// The machine refused: permission denied, disk full, a port in use, no threads.
    Machine,
    /// A run was stopped on request.
    Cancelled,
    /// An internal check failed: a bug of this tool.
    Bug,
}

impl ErrorKind {
    /// The process exit code: 2 the request (as for a command-line syntax error), 65
    /// (`EX_DATAERR`) a file, 74 (`EX_IOERR`) the machine, 130 cancelled, 70
    /// (`EX_SOFTWARE`) a bug.
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::Input => 2,
            ErrorKind::Files => 65,
            ErrorKind::Machine => 74,
            ErrorKind::Cancelled => 130,
            ErrorKind::Bug => 70,
        }
    }
}

/// The setting of a request a [`Error::Request`] is about. The library names the
/// setting; the command line shows its flag (`--threads`) and the page its field, so a
/// library message never names a flag that the caller may not have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Setting {
    /// The drafts to run.
    Draft,
    /// The number of replicates.
    Replicates,
    /// The number of worker threads.
    Threads,
    /// The width of the intervals.
    Interval,
    /// The timeline's horizon in months.
    Horizon,
    /// The output folder.
    Out,
    /// What a sweep varies (a draft path and its values).
    Vary,
    /// A goal to solve for.
    Goal,
    /// A total to show (a sweep's metric).
    Total,
    /// A person's id (`explain --person`).
    Person,
    /// The number of calibration draws.
    Draws,
    /// The share of calibration draws kept.
    Accept,
    /// The targets files of a calibration.
    Targets,
    /// The most replicates a page may ask for.
    MaxReplicates,
    /// The number of runs a server runs at once.
    Concurrent,
    /// The population (its size, its file's format).
    Population,
    /// The build of the hot loops (`AMNESTY_BUILD`).
    Build,
    /// `--pdf`: the brief printed to PDF.
    Pdf,
}

impl Setting {
    /// The message id of the setting in words, where no flag or field name applies.
    pub fn id(self) -> &'static str {
        match self {
            Setting::Draft => "setting-draft",
            Setting::Replicates => "setting-replicates",
            Setting::Threads => "setting-threads",
            Setting::Interval => "setting-interval",
            Setting::Horizon => "setting-horizon",
            Setting::Out => "setting-out",
            Setting::Vary => "setting-vary",
            Setting::Goal => "setting-goal",
            Setting::Total => "setting-total",
            Setting::Person => "setting-person",
            Setting::Draws => "setting-draws",
            Setting::Accept => "setting-accept",
            Setting::Targets => "setting-targets",
            Setting::MaxReplicates => "setting-max-replicates",
            Setting::Concurrent => "setting-concurrent",
            Setting::Population => "setting-population",
            Setting::Build => "setting-build",
            Setting::Pdf => "setting-pdf",
        }
    }

    /// The setting in English words.
    pub fn name(self) -> String {
        crate::i18n::msg::english().t(self.id())
    }

    /// What joins the setting's name to its value: `=` for an environment variable,
    /// a space for the rest (`--threads 100000`).
    pub fn joiner(self) -> &'static str {
        if self == Setting::Build { "=" } else { " " }
    }
}

/// What the machine was doing when it refused, for [`Error::Machine`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// Starting the worker threads.
    StartThreads,
    /// Listening on the server's address.
    Listen,
    /// Starting the server's runtime.
    StartServer,
    /// Serving requests.
    Serve,
    /// Printing `brief.pdf` with headless Chromium.
    Print,
}

impl Action {
    /// The message id of the action in words.
    pub fn id(self) -> &'static str {
        match self {
            Action::StartThreads => "action-start-threads",
            Action::Listen => "action-listen",
            Action::StartServer => "action-start-server",
            Action::Serve => "action-serve",
            Action::Print => "action-print",
        }
    }

    /// The action in English words.
    pub fn name(self) -> String {
        crate::i18n::msg::english().t(self.id())
    }
}

/// Every failure the library reports; [`Error::kind`] says who can fix it.
#[derive(Debug)]
pub enum Error {
    /// A file could not be read or written; its kind follows what the system said (a
    /// missing file is the user's, a full disk the machine's).
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// A problem at a place in a text file (TOML, expressions).
    Source(Box<Diagnostic>),
    /// Several problems at once, so a user fixes a file in one pass.
    Many(Vec<Error>),
    /// A file is well-formed but its content is inconsistent (no single place to point at).
    Invalid {
        /// The file (or what was being checked).
        path: String,
        /// What is wrong and what would be valid.
        message: Msg,
    },
    /// A registry file (CSV/Parquet) has a bad value: row is 1-based over data rows.
    Registry {
        /// The file.
        path: String,
        /// 1-based data row, where one row is at fault.
        row: Option<usize>,
        /// The column.
        column: String,
        /// What is wrong and what would be valid.
        message: Msg,
    },
    /// A setting of the request asks for something impossible.
    Request {
        /// Which setting.
        setting: Setting,
        /// The value as given, when there is one to show.
        value: Option<String>,
        /// What is wrong and what would be valid.
        problem: Msg,
    },
    /// The machine refused something the run needs.
    Machine {
        /// What was being done.
        action: Action,
        /// What the system said.
        detail: String,
    },
    /// A run was stopped on request (the web page's cancel button).
    Cancelled,
    /// An internal check failed (a count above its status's population, totals that do
    /// not add up): a bug in this tool, never the user's mistake, reported instead of a
    /// file with wrong figures.
    Bug(String),
}

impl Error {
    /// Who can fix this failure.
    pub fn kind(&self) -> ErrorKind {
        use std::io::ErrorKind as Io;
        match self {
            Error::Io { source, .. } => match source.kind() {
                Io::NotFound | Io::IsADirectory | Io::NotADirectory | Io::InvalidData | Io::InvalidInput | Io::InvalidFilename | Io::AlreadyExists | Io::UnexpectedEof => {
                    ErrorKind::Files
                }
                _ => ErrorKind::Machine,
            },
            Error::Source(_) | Error::Invalid { .. } | Error::Registry { .. } => ErrorKind::Files,
            Error::Many(errors) => errors.iter().map(Error::kind).max().unwrap_or(ErrorKind::Files),
            Error::Request { .. } => ErrorKind::Input,
            Error::Machine { .. } => ErrorKind::Machine,
            Error::Cancelled => ErrorKind::Cancelled,
            Error::Bug(_) => ErrorKind::Bug,
        }
    }

    /// The process exit code of this failure's kind.
    pub fn exit_code(&self) -> u8 {
        self.kind().exit_code()
    }

    /// A request error about `setting` with the value given.
    pub fn request(setting: Setting, value: impl fmt::Display, problem: impl Into<Msg>) -> Self {
        Error::Request { setting, value: Some(value.to_string()), problem: problem.into() }
    }

    /// A request error about `setting` as a whole.
    pub fn setting(setting: Setting, problem: impl Into<Msg>) -> Self {
        Error::Request { setting, value: None, problem: problem.into() }
    }

    /// A machine failure while doing `action`.
    pub fn machine(action: Action, detail: impl fmt::Display) -> Self {
        Error::Machine { action, detail: detail.to_string() }
    }

    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        Error::Io { path: path.to_path_buf(), source }
    }

    /// A diagnostic anchored in a file.
    pub fn at(file: &str, source: &str, span: Range<usize>, message: impl Into<Msg>) -> Self {
        Error::Source(Box::new(Diagnostic::at(file, source, span, message)))
    }

    /// A content error for a whole file.
    pub fn invalid(path: impl Into<String>, message: impl Into<Msg>) -> Self {
        Error::Invalid { path: path.into(), message: message.into() }
    }

    /// A registry error at a row (1-based) and column.
    pub fn registry(path: &str, row: Option<usize>, column: &str, message: impl Into<Msg>) -> Self {
        Error::Registry { path: path.to_string(), row, column: column.to_string(), message: message.into() }
    }

    /// Turns a TOML parse error into a located diagnostic.
    pub fn toml(file: &str, source: &str, err: &toml::de::Error) -> Self {
        let message = crate::i18n::serde_words::toml_message(err.message().trim());
        match err.span() {
            Some(span) => Error::at(file, source, span, message),
            None => Error::invalid(file, message),
        }
    }

    /// Collapses a list of errors: none is `Ok`, one is itself, more are [`Error::Many`].
    pub fn collect(mut errors: Vec<Error>) -> Result<()> {
        match errors.len() {
            0 => Ok(()),
            1 => Err(errors.pop().expect("one error")),
            _ => Err(Error::Many(errors)),
        }
    }

    /// The message in English, naming each setting with `name`: the command line passes
    /// its flags (`--threads`), [`Display`](fmt::Display) the settings' own words.
    pub fn render(&self, name: &dyn Fn(Setting) -> String) -> String {
        self.render_in(crate::i18n::msg::english(), name)
    }

    /// The message in the language of `tx`, naming each setting with `name` (a flag,
    /// or the setting's words in that language); a place in a file keeps its frame.
    pub fn render_in(&self, tx: &Texts, name: &dyn Fn(Setting) -> String) -> String {
        match self {
            Error::Many(errors) => errors.iter().map(|e| e.render_in(tx, name)).collect::<Vec<_>>().join("\n\n"),
            Error::Request { setting, value: Some(value), problem } => match name(*setting) {
                // A positional argument: the value says what it is.
                n if n.is_empty() => format!("{value}: {}", problem.render(tx)),
                n => format!("{n}{}{value}: {}", setting.joiner(), problem.render(tx)),
            },
            Error::Request { setting, value: None, problem } => format!("{}: {}", name(*setting), problem.render(tx)),
            Error::Io { path, source } => io_message(tx, path, source),
            Error::Source(diag) => diag.render_in(tx),
            Error::Invalid { path, message } => format!("{path}: {}", message.render(tx)),
            Error::Registry { path, row: Some(row), column, message } if column.is_empty() => {
                tx.f("error-registry-row", &[("path", path.into()), ("row", (*row).into()), ("message", message.render(tx).into())])
            }
            Error::Registry { path, row: Some(row), column, message } => {
                tx.f("error-registry-row-column", &[("path", path.into()), ("row", (*row).into()), ("column", column.into()), ("message", message.render(tx).into())])
            }
            Error::Registry { path, row: None, column, message } => {
                tx.f("error-registry-column", &[("path", path.into()), ("column", column.into()), ("message", message.render(tx).into())])
            }
            Error::Machine { action, detail } => format!("{}: {detail}", tx.t(action.id())),
            Error::Cancelled => tx.t("error-cancelled"),
            Error::Bug(what) => tx.f("error-bug", &[("what", what.into())]),
        }
    }
}

/// A file the system refused, in words: the common refusals in the reader's language,
/// any other with what the system said (in English, as the system put it).
fn io_message(tx: &Texts, path: &Path, source: &std::io::Error) -> String {
    use std::io::ErrorKind as Io;
    let id = match source.kind() {
        // English keeps the system's own words.
        _ if tx.lang() == crate::i18n::Lang::En => None,
        Io::NotFound => Some("error-io-not-found"),
        Io::PermissionDenied => Some("error-io-permission"),
        Io::IsADirectory => Some("error-io-is-directory"),
        Io::NotADirectory => Some("error-io-not-directory"),
        Io::AlreadyExists => Some("error-io-exists"),
        Io::StorageFull => Some("error-io-full"),
        _ => None,
    };
    match id {
        Some(id) => tx.f(id, &[("path", path.display().to_string().into())]),
        None => tx.f("error-io", &[("path", path.display().to_string().into()), ("system", source.to_string().into())]),
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(&|s| s.name()))
    }
}

impl std::error::Error for Error {}

/// The closest valid word to a misspelt one, for "did you mean" hints.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates.into_iter().map(|c| (edit_distance(word, c), c)).filter(|(d, c)| *d <= (c.len().max(word.len()) / 3).max(1)).min_by_key(|(d, _)| *d).map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    #[test]
    fn long_lines_are_windowed_around_the_caret_by_characters() {
        let line = format!("when = \"{}ü 🙂{}\"", "я".repeat(500), "(".repeat(500));
        let at = line.find('🙂').unwrap();
        let d = Diagnostic::at("d.toml", &line, at..at + '🙂'.len_utf8(), "unexpected character");
        let shown = d.to_string();
        let lines: Vec<&str> = shown.lines().collect();
        assert!(lines[2].chars().count() < 150 && lines[2].contains('🙂') && lines[2].contains('…'), "{shown}");
        let caret = lines[3].chars().position(|c| c == '^').unwrap();
        let mark = lines[2].chars().position(|c| c == '🙂').unwrap();
        assert_eq!(caret, mark, "{shown}");
    }

    use super::*;

    #[test]
    fn diagnostic_points_at_line_and_column() {
        let src = "a = 1\nb = oops\n";
        let d = Diagnostic::at("f.toml", src, 10..14, "bad value");
        assert_eq!((d.line, d.column, d.width), (2, 5, 4));
        let text = d.to_string();
        assert!(text.starts_with("f.toml:2:5: bad value"), "{text}");
        assert!(text.contains("    ^^^^"), "{text}");
    }

    /// The Latin words of `text` outside what a reader of any language meets as typed:
    /// the source line and caret of a frame, `code` in backticks, and tokens with a `.`,
    /// `/` or `:` inside (file names, file:line:column).
    fn latin_words(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for line in text.lines() {
            // The frame's gutter: "12 | the line as written" and "   | ^^^".
            if line.split_once(" | ").is_some_and(|(g, _)| g.trim().chars().all(|c| c.is_ascii_digit())) || line.trim_end().ends_with(" |") {
                continue;
            }
            let unquoted: String = line.split('`').step_by(2).collect::<Vec<_>>().join(" ");
            for token in unquoted.split_whitespace() {
                let token = token.trim_matches(|c: char| !c.is_alphanumeric());
                if token.chars().skip(1).any(|c| "./:".contains(c)) {
                    continue;
                }
                out.extend(token.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| w.len() >= 2).map(str::to_string));
            }
        }
        out
    }

    #[test]
    fn errors_render_in_russian_and_kazakh_without_english_words() {
        let enacted = crate::draft::SHIPPED.iter().find(|(id, _)| *id == "kz-2025-enacted").unwrap().1;
        let fraction = enacted.replacen("fraction = 0.5,", "fraction = 1.5,", 1);
        let field = enacted.replacen("\noffence_cutoff = ", "\noffence_cutof = ", 1);
        let errors = [
            crate::draft::Draft::parse("my drafts/d.toml", &fraction).unwrap_err(),
            crate::draft::Draft::parse("my drafts/d.toml", &field).unwrap_err(),
            crate::draft::resolve("kz-2099").unwrap_err(),
            Error::io(Path::new("/no/such/file.csv"), std::io::Error::from(std::io::ErrorKind::NotFound)),
            Error::registry("pop.csv", Some(3), "age", Msg::new("draft-duration-bad").arg("text", "6q")),
            Error::Cancelled,
        ];
        for lang in [crate::i18n::Lang::Ru, crate::i18n::Lang::Kk] {
            let tx = Texts::new(lang);
            for e in &errors {
                let text = e.render_in(&tx, &|s| tx.t(s.id()));
                let english = e.to_string();
                assert_ne!(text, english, "{lang}: not translated: {text}");
                // Draft ids the user typed or may pick are not words to translate.
                // Nor is the file's name, as the user gave it.
                let text = crate::draft::SHIPPED.iter().fold(text, |t, (id, _)| t.replace(id, "")).replace("kz-2099", "").replace("my drafts/d.toml", "");
                let words = latin_words(&text);
                assert!(words.is_empty(), "{lang}: English words {words:?} in\n{text}");
            }
        }
        // The frame stays: file:line:column and the caret.
        let ru = errors[0].render_in(&Texts::new(crate::i18n::Lang::Ru), &|s| s.name());
        assert!(ru.starts_with("my drafts/d.toml:") && ru.contains('^') && ru.contains("fraction = 1.5"), "{ru}");
    }

    #[test]
    fn every_setting_and_action_has_words_in_every_language() {
        use Setting::*;
        let settings = [Draft, Replicates, Threads, Interval, Horizon, Out, Vary, Goal, Total, Person, Draws, Accept, Targets, MaxReplicates, Concurrent, Population, Build, Pdf];
        let actions = [Action::StartThreads, Action::Listen, Action::StartServer, Action::Serve, Action::Print];
        for lang in crate::i18n::Lang::ALL {
            let tx = Texts::new(lang);
            for id in settings.iter().map(|s| s.id()).chain(actions.iter().map(|a| a.id())) {
                assert!(tx.has(id), "{lang}: no message `{id}`");
            }
        }
    }

    #[test]
    fn suggestions_find_near_misses_only() {
        assert_eq!(did_you_mean("gravty", ["gravity", "age"]), Some("gravity"));
        assert_eq!(did_you_mean("zzz", ["gravity", "age"]), None);
    }
}

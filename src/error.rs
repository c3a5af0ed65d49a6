//! Errors a user can cause, each written so the user can fix the input without reading
//! the code: a file, a line and a column with a caret, or a row and a column, and what
//! would have been valid. Nothing a user types should end in a panic.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

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
    /// What is wrong.
    pub message: String,
    /// What would be valid, when we can say.
    pub help: Option<String>,
}

impl Diagnostic {
    /// Locates byte range `span` of `source` (the contents of `file`).
    pub fn at(file: &str, source: &str, span: Range<usize>, message: impl Into<String>) -> Self {
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
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}:{}:{}: {}", self.file, self.line, self.column, self.message)?;
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
        if let Some(help) = &self.help {
            write!(f, "\n{:gutter$} = help: {help}", "")?;
        }
        Ok(())
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
    /// The setting in words, where no flag or field name applies.
    pub fn name(self) -> &'static str {
        match self {
            Setting::Draft => "draft",
            Setting::Replicates => "replicates",
            Setting::Threads => "threads",
            Setting::Interval => "interval",
            Setting::Horizon => "horizon",
            Setting::Out => "output folder",
            Setting::Vary => "varied path",
            Setting::Goal => "goal",
            Setting::Total => "total",
            Setting::Person => "person",
            Setting::Draws => "draws",
            Setting::Accept => "accepted share",
            Setting::Targets => "targets",
            Setting::MaxReplicates => "most replicates",
            Setting::Concurrent => "concurrent runs",
            Setting::Population => "population",
            Setting::Build => "AMNESTY_BUILD",
            Setting::Pdf => "the brief PDF",
        }
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
    /// The action in words.
    pub fn name(self) -> &'static str {
        match self {
            Action::StartThreads => "cannot start the worker threads",
            Action::Listen => "cannot listen",
            Action::StartServer => "cannot start the server",
            Action::Serve => "the server stopped",
            Action::Print => "cannot print brief.pdf",
        }
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
        message: String,
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
        message: String,
    },
    /// A setting of the request asks for something impossible.
    Request {
        /// Which setting.
        setting: Setting,
        /// The value as given, when there is one to show.
        value: Option<String>,
        /// What is wrong and what would be valid.
        problem: String,
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
    pub fn request(setting: Setting, value: impl fmt::Display, problem: impl Into<String>) -> Self {
        Error::Request { setting, value: Some(value.to_string()), problem: problem.into() }
    }

    /// A request error about `setting` as a whole.
    pub fn setting(setting: Setting, problem: impl Into<String>) -> Self {
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
    pub fn at(file: &str, source: &str, span: Range<usize>, message: impl Into<String>) -> Self {
        Error::Source(Box::new(Diagnostic::at(file, source, span, message)))
    }

    /// A content error for a whole file.
    pub fn invalid(path: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Invalid { path: path.into(), message: message.into() }
    }

    /// A registry error at a row (1-based) and column.
    pub fn registry(path: &str, row: Option<usize>, column: &str, message: impl Into<String>) -> Self {
        Error::Registry { path: path.to_string(), row, column: column.to_string(), message: message.into() }
    }

    /// Turns a TOML parse error into a located diagnostic.
    pub fn toml(file: &str, source: &str, err: &toml::de::Error) -> Self {
        let message = err.message().trim().to_string();
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

    /// The message, naming each setting with `name`: the command line passes its flags
    /// (`--threads`), [`Display`](fmt::Display) the settings' own words.
    pub fn render(&self, name: &dyn Fn(Setting) -> String) -> String {
        match self {
            Error::Many(errors) => errors.iter().map(|e| e.render(name)).collect::<Vec<_>>().join("\n\n"),
            Error::Request { setting, value: Some(value), problem } => match name(*setting) {
                // A positional argument: the value says what it is.
                n if n.is_empty() => format!("{value}: {problem}"),
                n => format!("{n}{}{value}: {problem}", setting.joiner()),
            },
            Error::Request { setting, value: None, problem } => format!("{}: {problem}", name(*setting)),
            other => other.to_string(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io { path, source } => write!(f, "{}: {source}", path.display()),
            Error::Source(diag) => write!(f, "{diag}"),
            Error::Many(_) | Error::Request { .. } => f.write_str(&self.render(&|s| s.name().to_string())),
            Error::Invalid { path, message } => write!(f, "{path}: {message}"),
            Error::Registry { path, row: Some(row), column, message } if column.is_empty() => write!(f, "{path}: row {row}: {message}"),
            Error::Registry { path, row: Some(row), column, message } => {
                write!(f, "{path}: row {row}, column `{column}`: {message}")
            }
            Error::Registry { path, row: None, column, message } => {
                write!(f, "{path}: column `{column}`: {message}")
            }
            Error::Machine { action, detail } => write!(f, "{}: {detail}", action.name()),
            Error::Cancelled => write!(f, "the run was cancelled"),
            Error::Bug(what) => {
                write!(f, "internal error: {what}. This is a bug in amnesty-sim, not a mistake in your input: no file was written; please report it with the command line")
            }
        }
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

    #[test]
    fn suggestions_find_near_misses_only() {
        assert_eq!(did_you_mean("gravty", ["gravity", "age"]), Some("gravity"));
        assert_eq!(did_you_mean("zzz", ["gravity", "age"]), None);
    }
}

//! A message for a person, kept as a Fluent id with its arguments until the language
//! of whoever reads it is known: the library builds errors long before the command
//! line or the page decides the language, so an error carries a [`Msg`] and is
//! rendered with [`Msg::render`] at the last moment.

use std::sync::OnceLock;

use super::{Arg, Lang, Texts};

/// A message: a Fluent id and its arguments, or a text not (yet) translated.
#[derive(Debug, Clone)]
pub enum Msg {
    /// Text shown as it is in every language: a message no Fluent id covers yet, or
    /// what another program said (a TOML parser's, the system's words).
    Plain(String),
    /// A message of the Fluent resources with its arguments.
    Id {
        /// The message id (in `locales/*-cli.ftl` or the core files).
        id: &'static str,
        /// The named arguments.
        args: Vec<(&'static str, Part)>,
    },
}

/// An argument of a [`Msg`]: a value, or a message of its own rendered in the same
/// language (a reason inside a sentence).
#[derive(Debug, Clone)]
pub enum Part {
    /// Text inserted as it is (a file name, a word the user typed).
    Text(String),
    /// A number, in the language's conventions.
    Number(f64),
    /// A message rendered in the same language.
    Msg(Msg),
    /// A number with this many decimal places, in the language's conventions (`12.5`,
    /// `12,5`).
    Decimal(f64, usize),
    /// A text already rendered in each language, English, Russian, Kazakh (another
    /// error inside this one's sentence).
    Each(Box<[String; 3]>),
}

impl PartialEq for Part {
    fn eq(&self, other: &Part) -> bool {
        match (self, other) {
            (Part::Text(a), Part::Text(b)) => a == b,
            // Bitwise, so that equality is reflexive even for a NaN.
            (Part::Number(a), Part::Number(b)) => a.to_bits() == b.to_bits(),
            (Part::Msg(a), Part::Msg(b)) => a == b,
            (Part::Decimal(a, x), Part::Decimal(b, y)) => a.to_bits() == b.to_bits() && x == y,
            (Part::Each(a), Part::Each(b)) => a == b,
            _ => false,
        }
    }
}

impl PartialEq for Msg {
    fn eq(&self, other: &Msg) -> bool {
        match (self, other) {
            (Msg::Plain(a), Msg::Plain(b)) => a == b,
            (Msg::Id { id: a, args: x }, Msg::Id { id: b, args: y }) => a == b && x == y,
            _ => false,
        }
    }
}

impl Eq for Msg {}

impl Msg {
    /// The message `id`, without arguments yet.
    pub fn new(id: &'static str) -> Msg {
        Msg::Id { id, args: Vec::new() }
    }

    /// Adds the argument `name` (text or number).
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        let part = match value.into() {
            Arg::Text(s) => Part::Text(s),
            Arg::Number(x) => Part::Number(x),
        };
        if let Msg::Id { args, .. } = &mut self {
            args.push((name, part));
        }
        self
    }

    /// Adds the argument `name` as a message of its own, rendered in the same language.
    pub fn msg(mut self, name: &'static str, value: impl Into<Msg>) -> Msg {
        if let Msg::Id { args, .. } = &mut self {
            args.push((name, Part::Msg(value.into())));
        }
        self
    }

    /// Adds the argument `name`: `x` with `places` decimals, as the language writes it.
    pub fn decimal(mut self, name: &'static str, x: f64, places: usize) -> Msg {
        if let Msg::Id { args, .. } = &mut self {
            args.push((name, Part::Decimal(x, places)));
        }
        self
    }

    /// Adds the argument `name` as a text rendered now in every language by `render`
    /// (an error inside this one's sentence, which a [`Msg`] cannot hold).
    pub fn each(mut self, name: &'static str, render: impl Fn(&Texts) -> String) -> Msg {
        if let Msg::Id { args, .. } = &mut self {
            let texts = super::Lang::ALL.map(|l| if l == super::Lang::En { render(english()) } else { render(&Texts::new(l)) });
            args.push((name, Part::Each(Box::new(texts))));
        }
        self
    }

    /// The message in the language of `tx`.
    pub fn render(&self, tx: &Texts) -> String {
        match self {
            Msg::Plain(text) => text.clone(),
            Msg::Id { id, args } => {
                let args: Vec<(&str, Arg)> = args
                    .iter()
                    .map(|(name, part)| {
                        let value = match part {
                            Part::Text(s) => Arg::Text(s.clone()),
                            Part::Number(x) => Arg::Number(*x),
                            Part::Msg(m) => Arg::Text(m.render(tx)),
                            Part::Decimal(x, places) => Arg::Text(tx.number(*x, *places)),
                            Part::Each(texts) => Arg::Text(texts[super::Lang::ALL.iter().position(|l| *l == tx.lang()).unwrap_or(0)].clone()),
                        };
                        (*name, value)
                    })
                    .collect();
                tx.f(id, &args)
            }
        }
    }

    /// Every message id this message uses, its arguments' included (for the tests).
    pub fn ids(&self) -> Vec<&'static str> {
        match self {
            Msg::Plain(_) => Vec::new(),
            Msg::Id { id, args } => {
                let mut out = vec![*id];
                for (_, part) in args {
                    if let Part::Msg(m) = part {
                        out.extend(m.ids());
                    }
                }
                out
            }
        }
    }
}

/// The English messages, made once: what [`std::fmt::Display`] of a message or an error
/// shows (logs, the library's callers that want one text).
pub fn english() -> &'static Texts {
    static EN: OnceLock<Texts> = OnceLock::new();
    EN.get_or_init(|| Texts::new(Lang::En))
}

impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(english()))
    }
}

impl From<String> for Msg {
    fn from(text: String) -> Msg {
        Msg::Plain(text)
    }
}

impl From<&str> for Msg {
    fn from(text: &str) -> Msg {
        Msg::Plain(text.to_string())
    }
}

impl From<&String> for Msg {
    fn from(text: &String) -> Msg {
        Msg::Plain(text.clone())
    }
}

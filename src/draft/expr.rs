//! The `when` language: `gravity == medium and (repaid or vulnerable or remaining <= 1y)`.
//!
//! Text is lexed and parsed into a tree whose every node keeps its byte span, then
//! type-checked against the population's fields ([`Field`]) so that every mistake is
//! reported at its column with what would be valid. The checked tree is compiled by
//! [`super::program`] into a form the engine evaluates without strings.

use std::ops::Range;

use crate::error::did_you_mean;
use crate::i18n::Msg;
use crate::scenario::vocab::{ArticleCode, Gravity, OffenceGroup, PartCode, ProbationKind, Recidivism, Sex, Status, TAGS, VULNERABILITY, tag_bit};

/// A population field the language can test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// `status`: prisoner, pretrial or probationer.
    Status,
    /// `sex`: male or female.
    Sex,
    /// `age`: whole years on the law's effective date.
    Age,
    /// `age_at_offence`: whole years when the offence was committed.
    AgeAtOffence,
    /// `gravity`: the Code's category (art. 11).
    Gravity,
    /// `article`: the Criminal Code article.
    Article,
    /// `part`: the part (or sub-part) of the article.
    Part,
    /// `offence_group`: the offence family used in breakdowns.
    Group,
    /// `tag`: the offence's tags (corruption, terrorist, ...).
    Tag,
    /// `sentence`: the imposed term (or probation term).
    Sentence,
    /// `served`: time served, on probation or detained so far.
    Served,
    /// `remaining`: sentence minus served (life: never ends).
    Remaining,
    /// `damage`: material damage caused, tenge.
    Damage,
    /// `repaid`: the damage was repaid in full.
    Repaid,
    /// `civil_claim`: a civil claim for the damage is pending.
    CivilClaim,
    /// `recidivism`: none, repeat or dangerous repeat.
    Recidivism,
    /// Any socially vulnerable group.
    Vulnerable,
    /// One vulnerable group, by bit.
    Vuln(u32),
    /// `bad_conduct`: a record of bad conduct or probation breaches.
    BadConduct,
    /// `foreign`: a foreign national.
    Foreign,
    /// `life`: a life sentence.
    Life,
    /// `crime_while_serving`: the offence is an intentional crime committed while
    /// serving a sentence.
    CrimeWhileServing,
    /// `persistent_violator`: declared a persistent violator of the custody regime.
    PersistentViolator,
    /// `probation_kind`: restriction of freedom, conditional sentence or parole for
    /// probationers, `none` for everyone else.
    ProbationKind,
    /// `remaining_in_period`: the least time left at any moment of the draft's
    /// execution period (`remaining` less the period, never below 0). A draft rewrites
    /// it into a test of `remaining` when it is compiled ([`crate::draft::Draft::parse`]),
    /// so the engine never reads it.
    RemainingInPeriod,
}

/// What kind of value a field holds, which decides the operators and literals allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    /// Yes or no: tested bare (`repaid`) or negated (`not repaid`).
    Bool,
    /// Whole years or a count.
    Number,
    /// Days, written `1y`, `6m`, `2w`, `30d`.
    Duration,
    /// Tenge.
    Money,
    /// One of a closed list; `ordered` allows `<` and friends.
    Enum {
        /// Which list.
        kind: EnumKind,
        /// Whether the list has an order (gravity does; sex does not).
        ordered: bool,
    },
    /// A Criminal Code article: `190` or `"339-1"`.
    Article,
    /// A part of an article: `2`, or a sub-part `"3-1"`.
    Part,
    /// A set of offence tags: `tag == corruption` tests membership.
    Tags,
}

/// The closed lists a field can range over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnumKind {
    /// [`Status`] names.
    Status,
    /// [`Sex`] names.
    Sex,
    /// [`Gravity`] names, ordered by gravity.
    Gravity,
    /// [`OffenceGroup`] names.
    Group,
    /// [`Recidivism`] names, ordered.
    Recidivism,
    /// [`ProbationKind`] names.
    ProbationKind,
}

impl EnumKind {
    fn names(self) -> Vec<&'static str> {
        match self {
            EnumKind::Status => Status::names(),
            EnumKind::Sex => Sex::names(),
            EnumKind::Gravity => Gravity::names(),
            EnumKind::Group => OffenceGroup::names(),
            EnumKind::Recidivism => Recidivism::names(),
            EnumKind::ProbationKind => ProbationKind::names(),
        }
    }

    fn index_of(self, name: &str) -> Option<u64> {
        self.names().iter().position(|n| *n == name).map(|i| i as u64)
    }
}

/// Every field name the language knows, with its field (aliases included).
pub fn fields() -> Vec<(&'static str, Field)> {
    let mut v = vec![
        ("status", Field::Status),
        ("sex", Field::Sex),
        ("age", Field::Age),
        ("age_at_offence", Field::AgeAtOffence),
        ("gravity", Field::Gravity),
        ("article", Field::Article),
        ("part", Field::Part),
        ("offence_group", Field::Group),
        ("tag", Field::Tag),
        ("sentence", Field::Sentence),
        ("served", Field::Served),
        ("remaining", Field::Remaining),
        ("damage", Field::Damage),
        ("repaid", Field::Repaid),
        ("civil_claim", Field::CivilClaim),
        ("recidivism", Field::Recidivism),
        ("vulnerable", Field::Vulnerable),
        ("bad_conduct", Field::BadConduct),
        ("foreign", Field::Foreign),
        ("life", Field::Life),
        ("crime_while_serving", Field::CrimeWhileServing),
        ("persistent_violator", Field::PersistentViolator),
        ("probation_kind", Field::ProbationKind),
        ("remaining_in_period", Field::RemainingInPeriod),
    ];
    for (i, name) in VULNERABILITY.iter().enumerate() {
        v.push((name, Field::Vuln(i as u32)));
    }
    v
}

impl Field {
    /// The field's type.
    pub fn ty(self) -> Type {
        match self {
            Field::Status => Type::Enum { kind: EnumKind::Status, ordered: false },
            Field::Sex => Type::Enum { kind: EnumKind::Sex, ordered: false },
            Field::Gravity => Type::Enum { kind: EnumKind::Gravity, ordered: true },
            Field::Group => Type::Enum { kind: EnumKind::Group, ordered: false },
            Field::Recidivism => Type::Enum { kind: EnumKind::Recidivism, ordered: true },
            Field::ProbationKind => Type::Enum { kind: EnumKind::ProbationKind, ordered: false },
            Field::Age | Field::AgeAtOffence => Type::Number,
            Field::Part => Type::Part,
            Field::Sentence | Field::Served | Field::Remaining | Field::RemainingInPeriod => Type::Duration,
            Field::Damage => Type::Money,
            Field::Article => Type::Article,
            Field::Tag => Type::Tags,
            Field::Repaid
            | Field::CivilClaim
            | Field::Vulnerable
            | Field::Vuln(_)
            | Field::BadConduct
            | Field::Foreign
            | Field::Life
            | Field::CrimeWhileServing
            | Field::PersistentViolator => Type::Bool,
        }
    }

    /// The field's name in the language.
    pub fn name(self) -> &'static str {
        fields().into_iter().find(|(_, f)| *f == self).map(|(n, _)| n).expect("every field has a name")
    }
}

/// Comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

impl CmpOp {
    /// Applies the operator to two ordered values.
    #[inline(always)]
    pub fn apply(self, a: u64, b: u64) -> bool {
        match self {
            CmpOp::Eq => a == b,
            CmpOp::Ne => a != b,
            CmpOp::Lt => a < b,
            CmpOp::Le => a <= b,
            CmpOp::Gt => a > b,
            CmpOp::Ge => a >= b,
        }
    }

    /// The operator as written.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
}

/// A type-checked test on one field: the leaves of the tree.
#[derive(Debug, Clone, PartialEq)]
pub enum Test {
    /// A boolean field is true.
    Flag(Field),
    /// `field op value`, the value already encoded as an integer (enum index, days,
    /// tenge, article code).
    Cmp(Field, CmpOp, u64),
    /// `field in [...]` over an enum: bit `i` of the mask is enum value `i`.
    InMask(Field, u64),
    /// `field in [...]` over numbers or articles.
    InList(Field, Vec<u64>),
    /// The tag set meets the mask (`tag == x`, `tag in [x, y]`).
    TagAny(u32),
    /// The person's article and part are on a list of the Code's articles and parts
    /// (an exclusion's `articles`; see [`ArticleSet`]).
    Articles(std::sync::Arc<ArticleSet>),
}

/// A list of the Code's articles and parts as the engine tests it: one table lookup by
/// article, then one bit of that article's parts. Built once when a draft is
/// compiled; no hashing or allocation per person.
///
/// Both tables are sized to a power of two and read through a mask or a clamp that
/// never changes an index the table holds, so the engine's loop over persons has no
/// bounds check and no branch: the AVX-512 and AVX2 builds read 16 or 8 persons at a
/// time with gathers (a common article listed by a rare part costs as much as any).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleSet {
    /// By article code: 0 when the article is not listed, else `k + 1` for `parts[k]`.
    /// Its length is a power of two above every listed code, so the last entry is 0
    /// and an article code past the table, clamped to it, reads "not listed".
    index: Vec<u32>,
    /// Per listed article: its listed parts, empty for the whole article.
    parts: Vec<Vec<PartCode>>,
    /// Per listed article, after an empty first row that unlisted articles read: one
    /// bit per part code, every bit for the whole article; one cache line per row.
    /// Padded with empty rows to a power of two.
    part_bits: Vec<[u32; PART_WORDS]>,
}

/// 32-bit words of a listed article's part bits: part codes are below 260
/// ([`PartCode`]); 16 words make a row one 64-byte cache line.
pub(crate) const PART_WORDS: usize = 16;
const _: () = assert!((PartCode::MAX_MAIN as usize * 10 + 9) < PART_WORDS * 32);

impl Default for ArticleSet {
    fn default() -> Self {
        ArticleSet { index: vec![0], parts: Vec::new(), part_bits: vec![[0; PART_WORDS]] }
    }
}

/// An [`ArticleSet`]'s tables as the engine's loop reads them (see
/// [`ArticleSet::lookup`]).
#[derive(Debug, Clone, Copy)]
pub struct ArticleLookup<'a> {
    /// [`ArticleSet`]'s `index`: a power of two long, its last entry 0.
    pub(crate) index: &'a [u32],
    /// [`ArticleSet`]'s `part_bits`: a power of two long.
    pub(crate) part_bits: &'a [[u32; PART_WORDS]],
}

impl ArticleLookup<'_> {
    /// [`ArticleSet::contains`] with no bounds check and no branch.
    #[inline(always)]
    pub fn contains(&self, article: ArticleCode, part: PartCode) -> bool {
        // Both lengths are powers of two (at least 1), so the clamp and the mask keep
        // every index in range and change none that a table holds.
        let k = self.index[(article.0 as usize).min(self.index.len() - 1)] as usize;
        let p = part.0 as usize;
        self.part_bits[k & (self.part_bits.len() - 1)][(p >> 5).min(PART_WORDS - 1)] >> (p & 31) & 1 == 1
    }
}

impl ArticleSet {
    /// Adds an article (every part when `parts` is empty). A whole article listed
    /// twice, or listed whole and by part, is the whole article.
    pub fn insert(&mut self, article: ArticleCode, parts: &[PartCode]) {
        let a = article.0 as usize;
        if self.index.len() <= a + 1 {
            self.index.resize((a + 2).next_power_of_two(), 0);
        }
        let k = match self.index[a] {
            0 => {
                self.parts.push(parts.to_vec());
                self.index[a] = u32::try_from(self.parts.len()).expect("fewer than 2^32 listed articles");
                self.parts.len() - 1
            }
            k => {
                let listed = &mut self.parts[k as usize - 1];
                if listed.is_empty() || parts.is_empty() {
                    listed.clear();
                } else {
                    listed.extend_from_slice(parts);
                }
                k as usize - 1
            }
        };
        self.part_bits.resize((self.parts.len() + 1).next_power_of_two(), [0; PART_WORDS]);
        let bits = &mut self.part_bits[k + 1];
        if self.parts[k].is_empty() {
            *bits = [u32::MAX; PART_WORDS];
        } else {
            for p in &self.parts[k] {
                bits[p.0 as usize >> 5] |= 1 << (p.0 & 31);
            }
        }
    }

    /// The tables for a loop over many persons: take it once, then call
    /// [`ArticleLookup::contains`] per person.
    #[inline(always)]
    pub fn lookup(&self) -> ArticleLookup<'_> {
        assert!(self.index.len().is_power_of_two() && self.part_bits.len().is_power_of_two(), "tables sized to powers of two");
        ArticleLookup { index: &self.index, part_bits: &self.part_bits }
    }

    /// Whether a person with this article and part is on the list: two lookups, no
    /// branch on the person.
    #[inline(always)]
    pub fn contains(&self, article: ArticleCode, part: PartCode) -> bool {
        self.lookup().contains(article, part)
    }

    /// Number of listed articles.
    pub fn len(&self) -> usize {
        self.parts.len()
    }

    /// Whether nothing is listed.
    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }
}

/// A checked expression with spans, for evaluation, explanation and error messages.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// A constant.
    Const(bool),
    /// A leaf test, with the span of its source text.
    Test(Test, Range<usize>),
    /// `not e`.
    Not(Box<Expr>),
    /// `a and b`.
    And(Box<Expr>, Box<Expr>),
    /// `a or b`.
    Or(Box<Expr>, Box<Expr>),
}

/// A mistake in an expression: where (byte range within the expression) and what.
#[derive(Debug, Clone, PartialEq)]
pub struct ExprError {
    /// Byte range within the expression text.
    pub span: Range<usize>,
    /// What is wrong.
    pub message: Msg,
    /// What would be valid.
    pub help: Option<Msg>,
}

fn err<T>(span: Range<usize>, message: impl Into<Msg>) -> Result<T, ExprError> {
    Err(ExprError { span, message: message.into(), help: None })
}

fn err_help<T>(span: Range<usize>, message: impl Into<Msg>, help: impl Into<Msg>) -> Result<T, ExprError> {
    Err(ExprError { span, message: message.into(), help: Some(help.into()) })
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    /// A number with an optional unit suffix (`1y`, `10_000_000`).
    Number(u64, Option<char>),
    Str(String),
    Op(CmpOp),
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
}

/// Most tokens a condition may hold: far beyond any statute's list of articles, and
/// small enough that every later pass over the tree stays cheap.
pub const MAX_TOKENS: usize = 20_000;
/// Deepest nesting of parentheses and `not` a condition may use.
pub const MAX_DEPTH: usize = 64;

/// The end of the run of characters of `text` from `start` that satisfy `keep`.
fn run_end(text: &str, start: usize, keep: fn(char) -> bool) -> usize {
    text[start..].char_indices().find(|(_, c)| !keep(*c)).map_or(text.len(), |(k, _)| start + k)
}

/// Splits a condition into tokens. It walks the text by characters (drafts carry
/// Russian and Kazakh text, and pasted typography), so every span it reports starts
/// and ends on a character boundary of the text itself.
fn lex(text: &str) -> Result<Vec<(Tok, Range<usize>)>, ExprError> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();

    while let Some((start, c)) = chars.next() {
        if out.len() >= MAX_TOKENS {
            return err_help(start..start + c.len_utf8(), Msg::new("expr-too-long").arg("max", MAX_TOKENS), Msg::new("expr-too-long-help"));
        }
        if c.is_whitespace() {
            continue;
        }
        let (tok, span) = token_at(text, start, c)?;
        while chars.peek().is_some_and(|(k, _)| *k < span.end) {
            chars.next();
        }
        out.push((tok, span));
    }
    Ok(out)
}

/// The token that starts with the character `c` at byte `start`, and its span: the
/// lexer resumes after the span's end.
fn token_at(text: &str, start: usize, c: char) -> Result<(Tok, Range<usize>), ExprError> {
    if let Some(t) = punctuation(c) {
        return Ok((t, start..start + 1));
    }
    if "=!<>".contains(c) {
        return comparison(text, start, c);
    }
    if c == '"' || c == '\'' {
        return string_literal(text, start, c);
    }
    if c.is_ascii_digit() {
        return number(text, start);
    }
    if c.is_alphabetic() || c == '_' {
        let end = run_end(text, start, |d| d.is_alphanumeric() || d == '_');
        return Ok((Tok::Ident(text[start..end].to_string()), start..end));
    }
    unexpected_char(start, c)
}

/// The one-character tokens: brackets and the comma.
fn punctuation(c: char) -> Option<Tok> {
    match c {
        '(' => Some(Tok::LParen),
        ')' => Some(Tok::RParen),
        '[' => Some(Tok::LBracket),
        ']' => Some(Tok::RBracket),
        ',' => Some(Tok::Comma),
        _ => None,
    }
}

/// A comparison operator starting with `c` (one of `=!<>`) at `start`, one or two
/// characters long; a lone `=` or `!` is a mistake worth explaining.
fn comparison(text: &str, start: usize, c: char) -> Result<(Tok, Range<usize>), ExprError> {
    let second = text[start + 1..].chars().next();
    let (op, len) = match (c, second) {
        ('=', Some('=')) => (CmpOp::Eq, 2),
        ('!', Some('=')) => (CmpOp::Ne, 2),
        ('<', Some('=')) => (CmpOp::Le, 2),
        ('>', Some('=')) => (CmpOp::Ge, 2),
        ('<', _) => (CmpOp::Lt, 1),
        ('>', _) => (CmpOp::Gt, 1),
        ('=', _) => return err_help(start..start + 1, Msg::new("expr-assignment"), Msg::new("expr-assignment-help")),
        _ => return err_help(start..start + 1, Msg::new("expr-bang"), Msg::new("expr-bang-help")),
    };
    Ok((Tok::Op(op), start..start + len))
}

/// A string quoted with `quote` from `start` to the next same quote (no escapes).
fn string_literal(text: &str, start: usize, quote: char) -> Result<(Tok, Range<usize>), ExprError> {
    let body = start + 1;
    let close = text[body..].find(quote).ok_or_else(|| ExprError {
        span: start..text.len(),
        message: Msg::new("expr-unterminated"),
        help: Some(Msg::new("expr-unterminated-help").arg("quote", quote.to_string())),
    })?;
    Ok((Tok::Str(text[body..body + close].to_string()), start..body + close + 1))
}

/// A number from `start` (digits, `_` as a separator) with an optional duration unit;
/// letters after it that are no unit make the whole word an error.
fn number(text: &str, start: usize) -> Result<(Tok, Range<usize>), ExprError> {
    let digits_end = run_end(text, start, |d| d.is_ascii_digit() || d == '_');
    // A unit, or letters that make the token something else (`1год`, `1€`).
    let word_end = run_end(text, digits_end, |d| d.is_alphanumeric() || d == '_' || !(d.is_whitespace() || d.is_ascii_punctuation()));
    let digits: String = text[start..digits_end].chars().filter(|d| *d != '_').collect();
    let value: u64 = digits.parse().map_err(|_| ExprError { span: start..digits_end, message: Msg::new("expr-too-large").arg("text", &text[start..digits_end]), help: None })?;
    let suffix = &text[digits_end..word_end];
    let unit = match suffix.chars().collect::<Vec<_>>()[..] {
        [] => None,
        [u] if super::duration::unit_days(u).is_some() => Some(u),
        _ => {
            return err_help(start..word_end, Msg::new("expr-not-number").arg("text", &text[start..word_end]), Msg::new("expr-duration-help"));
        }
    };
    Ok((Tok::Number(value, unit), start..word_end))
}

/// The error for a character no token starts with, with a hint for the look-alikes
/// that word processors paste.
fn unexpected_char(start: usize, c: char) -> Result<(Tok, Range<usize>), ExprError> {
    let hint = match c {
        '\u{2014}' | '\u{2013}' | '\u{2212}' => Some(Msg::new("expr-dash")),
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2018}' | '\u{2019}' | '\u{00ab}' | '\u{00bb}' => Some(Msg::new("expr-quotes")),
        '\u{2264}' => Some(Msg::new("expr-write").arg("op", "<=")),
        '\u{2265}' => Some(Msg::new("expr-write").arg("op", ">=")),
        '\u{2260}' => Some(Msg::new("expr-write").arg("op", "!=")),
        _ => None,
    };
    let message = Msg::new("expr-unexpected-char").arg("char", c.to_string()).arg("code", format!("{:04X}", c as u32));
    match hint {
        Some(h) => err_help(start..start + c.len_utf8(), message, h),
        None => err(start..start + c.len_utf8(), message),
    }
}

/// Parses and type-checks an expression.
pub fn parse(text: &str) -> Result<Expr, ExprError> {
    let tokens = lex(text)?;
    if tokens.is_empty() {
        return err_help(0..text.len().max(1), Msg::new("expr-empty"), Msg::new("expr-empty-help"));
    }
    let mut p = Parser { tokens, pos: 0, end: text.len(), depth: 0 };
    let e = p.or()?;
    if let Some((_, span)) = p.tokens.get(p.pos) {
        return err_help(span.clone(), Msg::new("expr-trailing"), Msg::new("expr-trailing-help"));
    }
    Ok(e)
}

/// The items of an `in [...]` list with their spans.
type ListItems = Vec<(Tok, Range<usize>)>;

struct Parser {
    tokens: Vec<(Tok, Range<usize>)>,
    pos: usize,
    end: usize,
    depth: usize,
}

/// Joins a chain of `and` (or `or`) terms into a balanced tree, so a chain of thousands
/// of terms is a tree of depth log2(n) that later passes walk without deep recursion.
/// `and` and `or` are associative, so the meaning is the chain's.
fn balanced(mut terms: Vec<Expr>, join: &dyn Fn(Expr, Expr) -> Expr) -> Expr {
    while terms.len() > 1 {
        let mut next = Vec::with_capacity(terms.len().div_ceil(2));
        let mut it = terms.into_iter();
        while let Some(a) = it.next() {
            next.push(match it.next() {
                Some(b) => join(a, b),
                None => a,
            });
        }
        terms = next;
    }
    terms.pop().expect("a chain has at least one term")
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.tokens.get(self.pos).map(|(t, _)| t)
    }

    fn span(&self) -> Range<usize> {
        self.tokens.get(self.pos).map(|(_, s)| s.clone()).unwrap_or(self.end..self.end + 1)
    }

    fn keyword(&self, word: &str) -> bool {
        matches!(self.peek(), Some(Tok::Ident(w)) if w == word)
    }

    fn or(&mut self) -> Result<Expr, ExprError> {
        let mut terms = vec![self.and()?];
        while self.keyword("or") {
            self.pos += 1;
            terms.push(self.and()?);
        }
        Ok(balanced(terms, &|a, b| Expr::Or(Box::new(a), Box::new(b))))
    }

    fn and(&mut self) -> Result<Expr, ExprError> {
        let mut terms = vec![self.not()?];
        while self.keyword("and") {
            self.pos += 1;
            terms.push(self.not()?);
        }
        Ok(balanced(terms, &|a, b| Expr::And(Box::new(a), Box::new(b))))
    }

    /// Enters a `(` or a `not`, refusing nesting deeper than [`MAX_DEPTH`] (the parser
    /// and every pass over the tree recurse once per level).
    fn enter(&mut self) -> Result<(), ExprError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return err_help(self.span(), Msg::new("expr-too-deep").arg("max", MAX_DEPTH), Msg::new("expr-too-deep-help"));
        }
        Ok(())
    }

    fn not(&mut self) -> Result<Expr, ExprError> {
        if self.keyword("not") {
            self.pos += 1;
            self.enter()?;
            let inner = self.not()?;
            self.depth -= 1;
            return Ok(Expr::Not(Box::new(inner)));
        }
        self.atom()
    }

    fn atom(&mut self) -> Result<Expr, ExprError> {
        let span = self.span();
        match self.peek().cloned() {
            Some(Tok::LParen) => {
                self.pos += 1;
                self.enter()?;
                let e = self.or()?;
                self.depth -= 1;
                if self.peek() != Some(&Tok::RParen) {
                    return err_help(self.span(), Msg::new("expr-expected-rparen"), Msg::new("expr-expected-rparen-help"));
                }
                self.pos += 1;
                Ok(e)
            }
            Some(Tok::Ident(word)) if word == "true" || word == "false" => {
                self.pos += 1;
                Ok(Expr::Const(word == "true"))
            }
            Some(Tok::Ident(word)) if ["and", "or", "in"].contains(&word.as_str()) => {
                err_help(span, Msg::new("expr-condition-before").arg("word", word.as_str()), Msg::new("expr-condition-before-help"))
            }
            Some(Tok::Ident(word)) => {
                self.pos += 1;
                let field = lookup_field(&word, span.clone())?;
                self.test(field, span)
            }
            Some(_) => err_help(span, Msg::new("expr-expected-field"), field_list_help()),
            None => err_help(span, Msg::new("expr-ends-early"), Msg::new("expr-ends-early-help")),
        }
    }

    fn test(&mut self, field: Field, field_span: Range<usize>) -> Result<Expr, ExprError> {
        let ty = field.ty();
        let negated_in = self.keyword("not") && matches!(self.tokens.get(self.pos + 1), Some((Tok::Ident(w), _)) if w == "in");
        if self.keyword("in") || negated_in {
            if negated_in {
                self.pos += 1;
            }
            self.pos += 1;
            let (values, end) = self.list()?;
            let span = field_span.start..end;
            let test = in_test(field, ty, &values)?;
            let leaf = Expr::Test(test, span);
            return Ok(if negated_in { Expr::Not(Box::new(leaf)) } else { leaf });
        }
        if let Some(Tok::Op(op)) = self.peek().cloned() {
            let op_span = self.span();
            self.pos += 1;
            let value_span = self.span();
            let value = self.value()?;
            let span = field_span.start..value_span.end;
            return cmp_test(field, ty, op, op_span, &value, value_span, span);
        }
        if ty == Type::Bool {
            return Ok(Expr::Test(Test::Flag(field), field_span));
        }
        err_help(self.span(), Msg::new("expr-not-flag").arg("field", field.name()), Msg::new("expr-example").arg("example", format!("{} {}", field.name(), example_for(ty))))
    }

    fn value(&mut self) -> Result<(Tok, Range<usize>), ExprError> {
        match self.tokens.get(self.pos).cloned() {
            Some((t @ (Tok::Ident(_) | Tok::Number(..) | Tok::Str(_)), span)) => {
                self.pos += 1;
                Ok((t, span))
            }
            _ => err(self.span(), Msg::new("expr-expected-value")),
        }
    }

    fn list(&mut self) -> Result<(ListItems, usize), ExprError> {
        if self.peek() != Some(&Tok::LBracket) {
            return err_help(self.span(), Msg::new("expr-expected-list"), Msg::new("expr-expected-list-help"));
        }
        self.pos += 1;
        let mut values = Vec::new();
        loop {
            values.push(self.value()?);
            match self.peek() {
                Some(Tok::Comma) => self.pos += 1,
                Some(Tok::RBracket) => {
                    let end = self.span().end;
                    self.pos += 1;
                    return Ok((values, end));
                }
                _ => return err_help(self.span(), Msg::new("expr-expected-comma"), Msg::new("expr-expected-comma-help")),
            }
        }
    }
}

fn field_list_help() -> Msg {
    Msg::new("draft-fields-help").arg("fields", fields().iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", "))
}

fn lookup_field(word: &str, span: Range<usize>) -> Result<Field, ExprError> {
    let all = fields();
    if let Some((_, f)) = all.iter().find(|(n, _)| *n == word) {
        return Ok(*f);
    }
    if let Some(bit) = tag_bit(word) {
        let _ = bit;
        return err_help(span, Msg::new("expr-tag-not-field").arg("word", word), Msg::new("expr-write-tag").arg("word", word));
    }
    let names: Vec<&str> = all.iter().map(|(n, _)| *n).collect();
    match did_you_mean(word, names.iter().copied()) {
        Some(s) => err_help(span, Msg::new("draft-unknown-field-near").arg("field", word).arg("near", s), field_list_help()),
        None => err_help(span, Msg::new("draft-unknown-field").arg("field", word), field_list_help()),
    }
}

fn example_for(ty: Type) -> &'static str {
    match ty {
        Type::Bool => "",
        Type::Number => ">= 18",
        Type::Duration => "<= 1y",
        Type::Money => "<= 10_000_000",
        Type::Enum { .. } => "== ...",
        Type::Article => "== 190",
        Type::Part => "== 2",
        Type::Tags => "== corruption",
    }
}

/// Encodes a literal for a field of type `ty`.
fn encode(field: Field, ty: Type, value: &(Tok, Range<usize>)) -> Result<u64, ExprError> {
    let (tok, span) = value;
    let span = span.clone();
    let name = field.name();
    match (ty, tok) {
        (Type::Number, Tok::Number(v, None)) => Ok(*v),
        (Type::Number, Tok::Number(_, Some(_))) => err_help(span, Msg::new("expr-plain-number").arg("field", name), Msg::new("expr-drop-unit")),
        (Type::Duration, Tok::Number(v, Some(u))) => super::duration::days(*v, *u).map(u64::from).map_err(|message| ExprError { span, message, help: None }),
        (Type::Duration, Tok::Number(_, None)) => err_help(span, Msg::new("expr-give-unit").arg("field", name), Msg::new("draft-duration-help")),
        (Type::Money, Tok::Number(v, None)) => Ok(*v),
        (Type::Article, Tok::Number(v, None)) => {
            ArticleCode::parse(&v.to_string()).map(|a| a.0 as u64).ok_or_else(|| ExprError { span, message: Msg::new("expr-not-article").arg("text", v.to_string()), help: None })
        }
        (Type::Article, Tok::Str(s)) => ArticleCode::parse(s).map(|a| a.0 as u64).ok_or_else(|| ExprError {
            span,
            message: Msg::new("expr-not-article").arg("text", s.as_str()),
            help: Some(Msg::new("expr-article-help")),
        }),
        (Type::Part, Tok::Number(v, None)) => u32::try_from(*v).ok().and_then(|v| PartCode::new(v, 0)).map(|p| p.0 as u64).ok_or_else(|| ExprError {
            span,
            message: Msg::new("expr-not-part").arg("text", v.to_string()),
            help: Some(Msg::new("expr-parts-help")),
        }),
        (Type::Part, Tok::Str(s)) => PartCode::parse(s).map(|p| p.0 as u64).ok_or_else(|| ExprError {
            span,
            message: Msg::new("expr-not-part").arg("text", s.as_str()),
            help: Some(Msg::new("expr-part-help")),
        }),
        (Type::Enum { kind, .. }, Tok::Ident(s) | Tok::Str(s)) => kind.index_of(s).ok_or_else(|| {
            let names = kind.names();
            let near = did_you_mean(s, names.iter().copied()).unwrap_or("none");
            let valid = names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ");
            ExprError {
                span,
                message: Msg::new("expr-not-value").arg("text", s.as_str()).arg("field", name).arg("near", near),
                help: Some(Msg::new("expr-one-of").arg("valid", valid)),
            }
        }),
        (Type::Tags, Tok::Ident(s) | Tok::Str(s)) => tag_bit(s).map(|b| b as u64).ok_or_else(|| {
            let near = did_you_mean(s, TAGS.iter().copied()).unwrap_or("none");
            let valid = TAGS.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ");
            ExprError { span, message: Msg::new("expr-unknown-tag").arg("text", s.as_str()).arg("near", near), help: Some(Msg::new("expr-tags").arg("valid", valid)) }
        }),
        (Type::Bool, Tok::Ident(s)) if s == "true" || s == "false" => Ok((s == "true") as u64),
        _ => err_help(span, Msg::new("expr-value-misfit").arg("field", name), Msg::new("expr-example").arg("example", format!("{name} {}", example_for(ty)))),
    }
}

fn cmp_test(field: Field, ty: Type, op: CmpOp, op_span: Range<usize>, value: &(Tok, Range<usize>), _value_span: Range<usize>, span: Range<usize>) -> Result<Expr, ExprError> {
    let ordered = matches!(ty, Type::Number | Type::Duration | Type::Money | Type::Article | Type::Part | Type::Enum { ordered: true, .. });
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) && !ordered {
        return err_help(op_span, Msg::new("expr-no-order").arg("field", field.name()), Msg::new("expr-no-order-help"));
    }
    if field == Field::RemainingInPeriod && !matches!(op, CmpOp::Le | CmpOp::Lt) {
        return err_help(op_span, Msg::new("expr-period-ops"), Msg::new("expr-period-ops-help"));
    }
    let v = encode(field, ty, value)?;
    let test = match ty {
        Type::Tags => {
            let leaf = Expr::Test(Test::TagAny(1 << v), span);
            return Ok(if op == CmpOp::Ne { Expr::Not(Box::new(leaf)) } else { leaf });
        }
        Type::Bool => {
            let leaf = Expr::Test(Test::Flag(field), span);
            let positive = (op == CmpOp::Eq) == (v == 1);
            return Ok(if positive { leaf } else { Expr::Not(Box::new(leaf)) });
        }
        _ => Test::Cmp(field, op, v),
    };
    Ok(Expr::Test(test, span))
}

fn in_test(field: Field, ty: Type, values: &[(Tok, Range<usize>)]) -> Result<Test, ExprError> {
    if field == Field::RemainingInPeriod {
        return err_help(values[0].1.clone(), Msg::new("expr-period-ops"), Msg::new("expr-period-in-help"));
    }
    let encoded: Vec<u64> = values.iter().map(|v| encode(field, ty, v)).collect::<Result<_, _>>()?;
    Ok(match ty {
        Type::Enum { .. } => Test::InMask(field, encoded.iter().fold(0, |m, v| m | (1 << v))),
        Type::Tags => Test::TagAny(encoded.iter().fold(0u32, |m, v| m | (1 << v))),
        Type::Bool => {
            return err_help(values[0].1.clone(), Msg::new("expr-flag-in").arg("field", field.name()), Msg::new("expr-flag-in-help").arg("field", field.name()));
        }
        _ => Test::InList(field, encoded),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_article_set_answers_by_article_and_part() {
        let (a, p) = (|t: &str| ArticleCode::parse(t).unwrap(), |t: &str| PartCode::parse(t).unwrap());
        let mut set = ArticleSet::default();
        set.insert(a("188"), &[p("3"), p("25-9")]);
        set.insert(a("339-1"), &[]);
        set.insert(a("190"), &[p("4")]);
        set.insert(a("190"), &[]);
        set.insert(a("120"), &[p("1")]);
        set.insert(a("120"), &[p("3-1")]);
        let cases = [
            ("188", "3", true),
            ("188", "25-9", true),
            ("188", "4", false),
            ("188", "3-1", false),
            ("339-1", "1", true),
            ("339-1", "25-9", true),
            ("339", "1", false),
            // Listed by part, then whole: the whole article.
            ("190", "1", true),
            ("120", "1", true),
            ("120", "3-1", true),
            ("120", "3", false),
            // Below and far above every listed article.
            ("1", "1", false),
            ("9999-99", "1", false),
        ];
        for (article, part, want) in cases {
            assert_eq!(set.contains(a(article), p(part)), want, "{article} part {part}");
        }
        assert_eq!(set.len(), 4);
        assert!(!ArticleSet::default().contains(a("188"), p("1")));
    }

    fn msg(text: &str) -> (String, Range<usize>) {
        let e = parse(text).unwrap_err();
        (e.message.to_string(), e.span)
    }

    #[test]
    fn parses_the_issue_example_with_precedence() {
        let e = parse("gravity == medium and (repaid or vulnerable or remaining <= 1y)").unwrap();
        let Expr::And(left, right) = e else { panic!("and at the top") };
        assert_eq!(*left, Expr::Test(Test::Cmp(Field::Gravity, CmpOp::Eq, 2), 0..17));
        assert!(matches!(*right, Expr::Or(..)));
        assert!(matches!(parse("a_b").unwrap_err().message.to_string().as_str(), m if m.contains("unknown field")));
    }

    #[test]
    fn and_binds_tighter_than_or() {
        let e = parse("repaid or foreign and life").unwrap();
        assert!(matches!(e, Expr::Or(_, ref r) if matches!(**r, Expr::And(..))));
    }

    #[test]
    fn literals_encode_units_money_articles_and_lists() {
        assert_eq!(parse("remaining <= 1y").unwrap(), Expr::Test(Test::Cmp(Field::Remaining, CmpOp::Le, 365), 0..15));
        assert_eq!(parse("served > 6m").unwrap(), Expr::Test(Test::Cmp(Field::Served, CmpOp::Gt, 180), 0..11));
        assert_eq!(parse("damage <= 10_000_000").unwrap(), Expr::Test(Test::Cmp(Field::Damage, CmpOp::Le, 10_000_000), 0..20));
        assert_eq!(parse("article == \"339-1\"").unwrap(), Expr::Test(Test::Cmp(Field::Article, CmpOp::Eq, 33901), 0..18));
        assert_eq!(parse("article in [189, 190]").unwrap(), Expr::Test(Test::InList(Field::Article, vec![18900, 19000]), 0..21));
        assert_eq!(parse("gravity in [minor, medium]").unwrap(), Expr::Test(Test::InMask(Field::Gravity, 0b110), 0..26));
        let tag = tag_bit("corruption").unwrap();
        assert_eq!(parse("tag == corruption").unwrap(), Expr::Test(Test::TagAny(1 << tag), 0..17));
        assert!(matches!(parse("tag != corruption").unwrap(), Expr::Not(_)));
        assert!(matches!(parse("gravity not in [grave]").unwrap(), Expr::Not(_)));
        assert!(matches!(parse("repaid == false").unwrap(), Expr::Not(_)));
    }

    #[test]
    fn mistakes_are_located_and_explained() {
        assert_eq!(msg("gravty == medium"), ("unknown field `gravty`; did you mean `gravity`?".into(), 0..6));
        assert_eq!(msg("gravity == meduim").0, "`meduim` is not a value of `gravity`; did you mean `medium`?");
        assert_eq!(msg("gravity == meduim").1, 11..17);
        assert_eq!(msg("remaining <= 12").0, "`remaining` is a duration; give a unit");
        assert_eq!(msg("sex < female").0, "`sex` has no order; use == or !=");
        assert_eq!(msg("gravity = medium").1, 8..9);
        assert_eq!(msg("(repaid or foreign").0, "expected `)`");
        assert_eq!(msg("repaid foreign").0, "unexpected text after the end of the condition");
        assert_eq!(msg("corruption").0, "`corruption` is a tag, not a field");
        assert_eq!(msg("age").0, "`age` is not a yes/no field; compare it");
        assert_eq!(msg("tag == corupt").0, "unknown tag `corupt`");
        assert_eq!(msg("").0, "empty expression");
        assert_eq!(msg("remaining <= 1x").0, "`1x` is not a number or a duration");
    }
}

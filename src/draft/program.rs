//! Evaluating checked expressions. The engine evaluates a condition for the whole
//! population at once, one field column at a time, into a bitset (64 persons per word):
//! each leaf is a tight loop over one column, and `and`/`or`/`not` are word operations.
//! No strings, no hashing, no allocation per person.
//!
//! [`eval_person`] evaluates the same tree for one person (for `explain`), and
//! The engine's `reference` module is a deliberately plain second implementation that the property tests
//! compare against.

use super::expr::{CmpOp, Expr, Field, Test};
use crate::arch::{Build, byte_mask};
use crate::population::{Flags, Person, Population, remaining_days};
use crate::scenario::vocab::Vulnerability;

/// A set of persons, one bit each.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mask {
    /// Bit `i % 64` of word `i / 64` is person `i`.
    pub words: Vec<u64>,
    /// Number of persons.
    pub len: usize,
}

impl Mask {
    /// An all-false mask for `len` persons.
    pub fn new(len: usize) -> Self {
        Mask { words: vec![0; len.div_ceil(64)], len }
    }

    /// Resizes (keeping memory) and clears.
    pub fn reset(&mut self, len: usize) {
        self.len = len;
        self.words.clear();
        self.words.resize(len.div_ceil(64), 0);
    }

    /// Whether person `i` is in the set.
    #[inline(always)]
    pub fn get(&self, i: usize) -> bool {
        self.words[i >> 6] >> (i & 63) & 1 == 1
    }

    /// Number of persons in the set.
    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// Sets every bit (within `len`).
    pub fn fill(&mut self, value: bool) {
        let word = if value { u64::MAX } else { 0 };
        self.words.iter_mut().for_each(|w| *w = word);
        self.trim();
    }

    /// `self &= other`.
    pub fn and(&mut self, other: &Mask) {
        self.words.iter_mut().zip(&other.words).for_each(|(a, b)| *a &= b);
    }

    /// `self |= other`.
    pub fn or(&mut self, other: &Mask) {
        self.words.iter_mut().zip(&other.words).for_each(|(a, b)| *a |= b);
    }

    /// `self &= !other`.
    pub fn and_not(&mut self, other: &Mask) {
        self.words.iter_mut().zip(&other.words).for_each(|(a, b)| *a &= !b);
    }

    /// `self = !self` (within `len`).
    pub fn not(&mut self) {
        self.words.iter_mut().for_each(|w| *w = !*w);
        self.trim();
    }

    fn trim(&mut self) {
        let extra = self.words.len() * 64 - self.len;
        if extra > 0
            && let Some(last) = self.words.last_mut()
        {
            *last &= u64::MAX >> extra;
        }
    }
}

/// Packs `pred(x)` for every value of a column into `out`, 64 persons per word. Each
/// word is built from a fixed 64-value chunk of a slice (no bounds checks, no branch),
/// which the compiler turns into vector compares and byte-mask moves.
#[inline(always)]
fn pack<T: Copy>(build: Build, out: &mut Mask, col: &[T], pred: impl Fn(T) -> bool) {
    let col = &col[..out.len];
    let mut chunks = col.chunks_exact(64);
    assert!(build.supported(), "the {build:?} build needs instructions this processor lacks");
    for (word, chunk) in out.words.iter_mut().zip(&mut chunks) {
        let chunk: &[T; 64] = chunk.try_into().expect("64 values");
        // SAFETY: `build` is supported (asserted above).
        *word = unsafe { byte_mask(build, &std::array::from_fn(|j| (pred(chunk[j]) as u8).wrapping_neg())) };
    }
    let rest = chunks.remainder();
    if !rest.is_empty()
        && let Some(last) = out.words.last_mut()
    {
        *last = rest.iter().enumerate().fold(0u64, |bits, (j, &x)| bits | (pred(x) as u64) << j);
    }
}

/// [`pack`] over three columns read side by side (the remaining term: the sentence,
/// the time served and the life flag), with no copy of them.
#[inline(always)]
fn pack3<A: Copy, B: Copy, C: Copy>(build: Build, out: &mut Mask, a: &[A], b: &[B], c: &[C], pred: impl Fn(A, B, C) -> bool) {
    let (a, b, c) = (&a[..out.len], &b[..out.len], &c[..out.len]);
    assert!(build.supported(), "the {build:?} build needs instructions this processor lacks");
    for (w, word) in out.words.iter_mut().enumerate() {
        let start = w * 64;
        let end = (start + 64).min(a.len());
        if end - start == 64 {
            let (a, b, c): (&[A; 64], &[B; 64], &[C; 64]) = (a[start..end].try_into().expect("64"), b[start..end].try_into().expect("64"), c[start..end].try_into().expect("64"));
            // SAFETY: `build` is supported (asserted above).
            *word = unsafe { byte_mask(build, &std::array::from_fn(|j| (pred(a[j], b[j], c[j]) as u8).wrapping_neg())) };
        } else {
            *word = (start..end).fold(0u64, |bits, i| bits | (pred(a[i], b[i], c[i]) as u64) << (i - start));
        }
    }
}

/// Applies `pred` to field `f` of every person; the field is resolved once, outside
/// the loop, so each arm is a plain loop over one column.
#[inline(always)]
fn by_field(build: Build, pop: &Population, f: Field, out: &mut Mask, pred: impl Fn(u64) -> bool) {
    let pred = &pred;
    let flag = |flag: u8| move |x: Flags| pred(x.has(flag) as u64);
    match f {
        Field::Status => pack(build, out, &pop.status, |x| pred(x as u64)),
        Field::Sex => pack(build, out, &pop.sex, |x| pred(x as u64)),
        Field::Age => pack(build, out, &pop.age, |x| pred(x as u64)),
        Field::AgeAtOffence => pack(build, out, &pop.age_at_offence, |x| pred(x as u64)),
        Field::Gravity => pack(build, out, &pop.gravity, |x| pred(x as u64)),
        Field::Article => pack(build, out, &pop.article, |x| pred(x.0 as u64)),
        Field::Part => pack(build, out, &pop.part, |x| pred(x.0 as u64)),
        Field::Group => pack(build, out, &pop.group, |x| pred(x as u64)),
        Field::Tag => pack(build, out, &pop.tags, |x| pred(x.0 as u64)),
        Field::Sentence => pack(build, out, &pop.sentence_days, |x| pred(x as u64)),
        Field::Served => pack(build, out, &pop.served_days, |x| pred(x as u64)),
        // A draft rewrites `remaining_in_period` into `remaining` when it is compiled;
        // read unrewritten (a bare expression), it is the remaining term.
        Field::Remaining | Field::RemainingInPeriod => pack3(build, out, &pop.sentence_days, &pop.served_days, &pop.flags, |s, d, f| pred(remaining_days(s, d, f) as u64)),
        Field::Damage => pack(build, out, &pop.damage_kzt, pred),
        Field::Recidivism => pack(build, out, &pop.recidivism, |x| pred(x as u64)),
        Field::ProbationKind => pack(build, out, &pop.probation_kind, |x| pred(x as u64)),
        Field::Repaid => pack(build, out, &pop.flags, flag(Flags::REPAID)),
        Field::CivilClaim => pack(build, out, &pop.flags, flag(Flags::CIVIL_CLAIM)),
        Field::BadConduct => pack(build, out, &pop.flags, flag(Flags::BAD_CONDUCT)),
        Field::Foreign => pack(build, out, &pop.flags, flag(Flags::FOREIGN)),
        Field::Life => pack(build, out, &pop.flags, flag(Flags::LIFE)),
        Field::CrimeWhileServing => pack(build, out, &pop.flags, flag(Flags::CRIME_WHILE_SERVING)),
        Field::PersistentViolator => pack(build, out, &pop.flags, flag(Flags::PERSISTENT_VIOLATOR)),
        Field::Vulnerable => pack(build, out, &pop.vulnerability, |x| pred(x.any() as u64)),
        Field::Vuln(bit) => pack(build, out, &pop.vulnerability, |x| pred(x.has(bit) as u64)),
    }
}

/// Evaluates one test for every person, in the build [`crate::arch::selected`] names
/// (the AVX-512 and AVX2 builds compare 64 or 32 persons at once instead of 16); all
/// compute the same bits.
fn leaf(test: &Test, pop: &Population, out: &mut Mask) {
    leaf_in(crate::arch::selected(), test, pop, out)
}

/// [`leaf_body`] in `build`: the `articles` leaf by its own kernels (gathers), every
/// other leaf compiled once per build.
pub(in crate::draft) fn leaf_in(build: crate::arch::Build, test: &Test, pop: &Population, out: &mut Mask) {
    match test {
        Test::Articles(set) => super::article_leaf::articles_in(build, set.lookup(), &pop.article, &pop.part, out),
        _ => leaf_vectors(build, build, test, pop, out),
    }
}

crate::arch::multiversion! {
    /// [`leaf_body`] compiled once per build, run in `build`.
    fn leaf_vectors[](of: Build, test: &Test, pop: &Population, out: &mut Mask) -> () = leaf_body;
}

#[inline(always)]
pub(in crate::draft) fn leaf_body(build: Build, test: &Test, pop: &Population, out: &mut Mask) {
    match test {
        Test::Flag(f) => by_field(build, pop, *f, out, |x| x != 0),
        Test::Cmp(f, op, v) => {
            let v = *v;
            match op {
                CmpOp::Eq => by_field(build, pop, *f, out, |x| x == v),
                CmpOp::Ne => by_field(build, pop, *f, out, |x| x != v),
                CmpOp::Lt => by_field(build, pop, *f, out, |x| x < v),
                CmpOp::Le => by_field(build, pop, *f, out, |x| x <= v),
                CmpOp::Gt => by_field(build, pop, *f, out, |x| x > v),
                CmpOp::Ge => by_field(build, pop, *f, out, |x| x >= v),
            }
        }
        Test::InMask(f, mask) => {
            let mask = *mask;
            by_field(build, pop, *f, out, |x| (mask >> x) & 1 == 1)
        }
        Test::InList(f, list) => {
            // Four values at a time, compared without branches (a list is padded with
            // its own first value), so the loop vectorises.
            let mut chunks: Vec<[u64; 4]> = list.chunks(4).map(|c| std::array::from_fn(|k| c.get(k).copied().unwrap_or(c[0]))).collect();
            match chunks.len() {
                0 => out.fill(false),
                1 => {
                    let c = chunks.pop().expect("one chunk");
                    by_field(build, pop, *f, out, |x| (x == c[0]) | (x == c[1]) | (x == c[2]) | (x == c[3]))
                }
                _ => by_field(build, pop, *f, out, |x| chunks.iter().any(|c| (x == c[0]) | (x == c[1]) | (x == c[2]) | (x == c[3]))),
            }
        }
        Test::TagAny(mask) => {
            let mask = *mask;
            pack(build, out, &pop.tags, |x| x.0 & mask != 0)
        }
        // Two columns, one word of 64 persons at a time (the third is read and ignored).
        Test::Articles(set) => {
            let set = set.lookup();
            pack3(build, out, &pop.article, &pop.part, &pop.part, |a, p, _| set.contains(a, p))
        }
    }
}

/// Rewrites a tree into an equivalent one that is cheaper to evaluate: constants are
/// folded, and tag tests (and enum-set tests of one field) joined by `or` become one
/// test, so a list of ten tag exclusions costs one pass over the tag column.
pub fn simplify(e: Expr) -> Expr {
    match e {
        Expr::Not(inner) => match simplify(*inner) {
            Expr::Const(b) => Expr::Const(!b),
            Expr::Not(x) => *x,
            x => Expr::Not(Box::new(x)),
        },
        Expr::And(a, b) => match (simplify(*a), simplify(*b)) {
            (Expr::Const(false), _) | (_, Expr::Const(false)) => Expr::Const(false),
            (Expr::Const(true), x) | (x, Expr::Const(true)) => x,
            (x, y) => Expr::And(Box::new(x), Box::new(y)),
        },
        Expr::Or(..) => {
            let mut parts = Vec::new();
            flatten_or(e, &mut parts);
            let mut tags: Option<(u32, std::ops::Range<usize>)> = None;
            let mut sets: Vec<(Field, u64, std::ops::Range<usize>)> = Vec::new();
            let mut rest = Vec::new();
            for p in parts {
                match simplify(p) {
                    Expr::Const(true) => return Expr::Const(true),
                    Expr::Const(false) => {}
                    Expr::Test(Test::TagAny(m), span) => {
                        let t = tags.get_or_insert((0, span.clone()));
                        t.0 |= m;
                        t.1 = t.1.start.min(span.start)..t.1.end.max(span.end);
                    }
                    Expr::Test(Test::InMask(f, m), span) => match sets.iter_mut().find(|(g, ..)| *g == f) {
                        Some(s) => s.1 |= m,
                        None => sets.push((f, m, span)),
                    },
                    x => rest.push(x),
                }
            }
            let mut leaves: Vec<Expr> = Vec::new();
            if let Some((m, span)) = tags {
                leaves.push(Expr::Test(Test::TagAny(m), span));
            }
            leaves.extend(sets.into_iter().map(|(f, m, span)| Expr::Test(Test::InMask(f, m), span)));
            leaves.extend(rest);
            leaves.into_iter().reduce(|a, b| Expr::Or(Box::new(a), Box::new(b))).unwrap_or(Expr::Const(false))
        }
        x => x,
    }
}

fn flatten_or(e: Expr, out: &mut Vec<Expr>) {
    match e {
        Expr::Or(a, b) => {
            flatten_or(*a, out);
            flatten_or(*b, out);
        }
        x => out.push(x),
    }
}

/// Reusable scratch masks for evaluating trees, so a replicate allocates nothing after
/// its first evaluation; with [`Scratch::caching`], also the leaves already evaluated
/// on the current population.
#[derive(Debug, Default)]
pub struct Scratch {
    pool: Vec<Mask>,
    leaves: Option<LeafCache>,
}

impl Scratch {
    /// A scratch that remembers every leaf it evaluates until [`Scratch::new_population`]:
    /// a draft's clauses test the same few fields again and again (`gravity == medium`
    /// eight times in the enacted law, the vulnerable persons' definition in every
    /// item that names them), and the drafts of one run test mostly the same ones, so
    /// each distinct leaf is computed once per replicate and copied after that.
    pub fn caching() -> Self {
        Scratch { pool: Vec::new(), leaves: Some(LeafCache::default()) }
    }

    /// Forgets the remembered leaves: call whenever the population changes (each
    /// replicate). A scratch made with `default()` remembers nothing and needs no call.
    pub fn new_population(&mut self) {
        if let Some(cache) = &mut self.leaves {
            cache.used = 0;
        }
    }
}

/// The leaves evaluated on the current population, in the order first met. Replicates
/// evaluate the same leaves in the same order, so after the first one a slot already
/// holds its test and nothing is cloned or allocated; a lookup compares tests (a few
/// dozen per replicate), never persons.
#[derive(Debug, Default)]
struct LeafCache {
    tests: Vec<Test>,
    masks: Vec<Mask>,
    used: usize,
}

impl LeafCache {
    /// `t` for every person of `pop` into `out` (already reset to the population's
    /// length), from the cache when it holds it.
    fn leaf(&mut self, t: &Test, pop: &Population, out: &mut Mask) {
        if let Some(k) = self.tests[..self.used].iter().position(|x| x == t) {
            out.words.copy_from_slice(&self.masks[k].words);
            return;
        }
        leaf(t, pop, out);
        let k = self.used;
        if k == self.tests.len() {
            self.tests.push(t.clone());
            self.masks.push(out.clone());
        } else {
            if self.tests[k] != *t {
                self.tests[k] = t.clone();
            }
            self.masks[k].reset(out.len);
            self.masks[k].words.copy_from_slice(&out.words);
        }
        self.used += 1;
    }
}

/// Evaluates one test for every person of `pop` into `out` (the engine's status masks).
pub fn eval_test(t: &Test, pop: &Population, out: &mut Mask) {
    out.reset(pop.len());
    leaf(t, pop, out);
}

/// Evaluates `e` for every person of `pop` into `out`.
pub fn eval_mask(e: &Expr, pop: &Population, out: &mut Mask, scratch: &mut Scratch) {
    out.reset(pop.len());
    eval_into(e, pop, out, scratch, 0);
}

fn eval_into(e: &Expr, pop: &Population, out: &mut Mask, scratch: &mut Scratch, depth: usize) {
    match e {
        Expr::Const(b) => out.fill(*b),
        Expr::Test(t, _) => match &mut scratch.leaves {
            Some(cache) => cache.leaf(t, pop, out),
            None => leaf(t, pop, out),
        },
        Expr::Not(inner) => {
            eval_into(inner, pop, out, scratch, depth);
            out.not();
        }
        Expr::And(a, b) | Expr::Or(a, b) => {
            eval_into(a, pop, out, scratch, depth + 1);
            if scratch.pool.len() <= depth {
                scratch.pool.resize_with(depth + 1, Mask::default);
            }
            let mut tmp = std::mem::take(&mut scratch.pool[depth]);
            tmp.reset(pop.len());
            eval_into(b, pop, &mut tmp, scratch, depth + 1);
            if matches!(e, Expr::And(..)) {
                out.and(&tmp)
            } else {
                out.or(&tmp)
            }
            scratch.pool[depth] = tmp;
        }
    }
}

/// The value of field `f` for one person, encoded as the language encodes literals.
pub fn value_of(p: &Person, f: Field) -> u64 {
    match f {
        Field::Status => p.status as u64,
        Field::Sex => p.sex as u64,
        Field::Age => p.age as u64,
        Field::AgeAtOffence => p.age_at_offence as u64,
        Field::Gravity => p.gravity as u64,
        Field::Article => p.article.0 as u64,
        Field::Part => p.part.0 as u64,
        Field::Group => p.group as u64,
        Field::Tag => p.tags.0 as u64,
        Field::Sentence => p.sentence_days as u64,
        Field::Served => p.served_days as u64,
        Field::Remaining | Field::RemainingInPeriod => p.remaining_days() as u64,
        Field::Damage => p.damage_kzt,
        Field::Recidivism => p.recidivism as u64,
        Field::ProbationKind => p.probation_kind as u64,
        Field::Repaid => p.flags.has(Flags::REPAID) as u64,
        Field::CivilClaim => p.flags.has(Flags::CIVIL_CLAIM) as u64,
        Field::BadConduct => p.flags.has(Flags::BAD_CONDUCT) as u64,
        Field::Foreign => p.flags.has(Flags::FOREIGN) as u64,
        Field::Life => p.flags.has(Flags::LIFE) as u64,
        Field::CrimeWhileServing => p.flags.has(Flags::CRIME_WHILE_SERVING) as u64,
        Field::PersistentViolator => p.flags.has(Flags::PERSISTENT_VIOLATOR) as u64,
        Field::Vulnerable => p.vulnerability.any() as u64,
        Field::Vuln(bit) => p.vulnerability.has(bit) as u64,
    }
}

/// Evaluates a leaf for one person.
pub fn test_person(t: &Test, p: &Person) -> bool {
    match t {
        Test::Flag(f) => value_of(p, *f) != 0,
        Test::Cmp(f, op, v) => op.apply(value_of(p, *f), *v),
        Test::InMask(f, mask) => (mask >> value_of(p, *f)) & 1 == 1,
        Test::InList(f, list) => list.contains(&value_of(p, *f)),
        Test::TagAny(mask) => p.tags.0 & mask != 0,
        Test::Articles(set) => set.contains(p.article, p.part),
    }
}

/// Evaluates the tree for one person.
pub fn eval_person(e: &Expr, p: &Person) -> bool {
    match e {
        Expr::Const(b) => *b,
        Expr::Test(t, _) => test_person(t, p),
        Expr::Not(inner) => !eval_person(inner, p),
        Expr::And(a, b) => eval_person(a, p) && eval_person(b, p),
        Expr::Or(a, b) => eval_person(a, p) || eval_person(b, p),
    }
}

/// A plain reference evaluator, written separately from the engine's path (it reads
/// fields by name from a [`Person`]), for property tests of the compiled form.
pub mod reference {
    use super::*;
    use crate::draft::expr::fields;

    fn field_by_name(p: &Person, name: &str) -> i128 {
        match name {
            "status" => p.status.index() as i128,
            "sex" => p.sex.index() as i128,
            "age" => p.age as i128,
            "age_at_offence" => p.age_at_offence as i128,
            "gravity" => p.gravity.index() as i128,
            "article" => p.article.0 as i128,
            "part" => p.part.0 as i128,
            "offence_group" => p.group.index() as i128,
            "tag" => p.tags.0 as i128,
            "sentence" => p.sentence_days as i128,
            "served" => p.served_days as i128,
            "remaining" | "remaining_in_period" => {
                if p.flags.has(Flags::LIFE) {
                    u32::MAX as i128
                } else {
                    p.sentence_days as i128 - p.served_days as i128
                }
            }
            "damage" => p.damage_kzt as i128,
            "recidivism" => p.recidivism.index() as i128,
            "probation_kind" => p.probation_kind.index() as i128,
            "repaid" => p.flags.has(Flags::REPAID) as i128,
            "civil_claim" => p.flags.has(Flags::CIVIL_CLAIM) as i128,
            "bad_conduct" => p.flags.has(Flags::BAD_CONDUCT) as i128,
            "foreign" => p.flags.has(Flags::FOREIGN) as i128,
            "life" => p.flags.has(Flags::LIFE) as i128,
            "crime_while_serving" => p.flags.has(Flags::CRIME_WHILE_SERVING) as i128,
            "persistent_violator" => p.flags.has(Flags::PERSISTENT_VIOLATOR) as i128,
            "vulnerable" => (p.vulnerability != Vulnerability::default()) as i128,
            other => {
                let bit = crate::scenario::vocab::vulnerability_bit(other).expect("known field");
                ((p.vulnerability.0 >> bit) & 1) as i128
            }
        }
    }

    /// Evaluates `e` for `p` the slow, obvious way.
    pub fn eval(e: &Expr, p: &Person) -> bool {
        match e {
            Expr::Const(b) => *b,
            Expr::Not(x) => !eval(x, p),
            Expr::And(a, b) => {
                let (x, y) = (eval(a, p), eval(b, p));
                x && y
            }
            Expr::Or(a, b) => {
                let (x, y) = (eval(a, p), eval(b, p));
                x || y
            }
            Expr::Test(t, _) => {
                let name = |f: &Field| fields().into_iter().find(|(_, g)| g == f).map(|(n, _)| n).unwrap();
                match t {
                    Test::Flag(f) => field_by_name(p, name(f)) == 1,
                    Test::Cmp(f, op, v) => {
                        let (a, b) = (field_by_name(p, name(f)), *v as i128);
                        match op {
                            CmpOp::Eq => a == b,
                            CmpOp::Ne => a != b,
                            CmpOp::Lt => a < b,
                            CmpOp::Le => a <= b,
                            CmpOp::Gt => a > b,
                            CmpOp::Ge => a >= b,
                        }
                    }
                    Test::InMask(f, mask) => {
                        let a = field_by_name(p, name(f));
                        (0..64).any(|k| (mask >> k) & 1 == 1 && a == k as i128)
                    }
                    Test::InList(f, list) => list.iter().any(|v| field_by_name(p, name(f)) == *v as i128),
                    Test::TagAny(mask) => (0..32).any(|k| (mask >> k) & 1 == 1 && (p.tags.0 >> k) & 1 == 1),
                    // The slow way: the list's own contents, by value.
                    Test::Articles(set) => set.contains(p.article, p.part),
                }
            }
        }
    }
}

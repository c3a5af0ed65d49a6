//! The penal population as a struct of columns: one `Vec` per field, compact integer
//! enums and bitsets, so the engine streams through memory without pointer chasing,
//! hashing or strings.
//!
//! A population comes from the synthetic generator ([`crate::population::generate`]) or from a real
//! anonymised registry ([`io`]); both produce this same type, with the same checks.

pub mod columns;
pub mod generate;
pub mod io;
pub mod marginals;

use crate::scenario::vocab::{AgeGroup, ArticleCode, Gravity, OffenceGroup, PartCode, ProbationKind, Recidivism, Sex, Status, TagSet, Vulnerability};

/// Per-person yes/no facts packed in one byte.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags(pub u8);

impl Flags {
    /// Life imprisonment: no end date, so no cut or remaining-term rule can release.
    pub const LIFE: u8 = 1;
    /// Damage was caused and has been repaid in full.
    pub const REPAID: u8 = 2;
    /// A civil claim for the damage is pending.
    pub const CIVIL_CLAIM: u8 = 4;
    /// A record of bad conduct in custody (or of breaches while on probation).
    pub const BAD_CONDUCT: u8 = 8;
    /// Foreign national.
    pub const FOREIGN: u8 = 16;
    /// The offence is an intentional crime committed while serving a sentence (excluded
    /// by the 2025 law, Art. 4(12), and by the 2021 law).
    pub const CRIME_WHILE_SERVING: u8 = 32;
    /// Declared a persistent (malicious) violator of the custody regime (Penal
    /// Enforcement Code art. 130; excluded by the 2021 law).
    pub const PERSISTENT_VIOLATOR: u8 = 64;

    /// Whether `flag` (one of the constants) is set.
    #[inline]
    pub fn has(self, flag: u8) -> bool {
        self.0 & flag != 0
    }

    /// Sets or clears `flag` (arithmetic, not a branch: the generator calls this on coin
    /// flips).
    #[inline]
    pub fn set(&mut self, flag: u8, on: bool) {
        self.0 = (self.0 & !flag) | (flag * on as u8);
    }
}

/// Most persons a population may hold (defined with the spec, which checks it first).
pub use crate::scenario::spec::MAX_PERSONS;

/// Remaining days for a life sentence: larger than any term a rule can mention.
pub const LIFE_REMAINING: u32 = u32::MAX;

/// The population, one entry per person in every column.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Population {
    /// Stable person identifier (1-based in generated populations).
    pub id: Vec<u32>,
    /// Prisoner, pre-trial detainee or probationer.
    pub status: Vec<Status>,
    /// Sex.
    pub sex: Vec<Sex>,
    /// Age in whole years on the law's effective date.
    pub age: Vec<u8>,
    /// Age in whole years when the offence was committed.
    pub age_at_offence: Vec<u8>,
    /// Criminal Code article of the (main) offence.
    pub article: Vec<ArticleCode>,
    /// Part of that article.
    pub part: Vec<PartCode>,
    /// Gravity of the offence (art. 11).
    pub gravity: Vec<Gravity>,
    /// Offence family for breakdowns.
    pub group: Vec<OffenceGroup>,
    /// Offence tags (of the article part and of the case).
    pub tags: Vec<TagSet>,
    /// Imposed term in days: the prison term for prisoners, the probation term for
    /// probationers; 0 for pre-trial detainees and life sentences.
    pub sentence_days: Vec<u32>,
    /// Days served (prisoners), elapsed on probation (probationers) or detained so far
    /// (pre-trial).
    pub served_days: Vec<u32>,
    /// Material damage caused, in tenge (0 when none).
    pub damage_kzt: Vec<u64>,
    /// Prior record.
    pub recidivism: Vec<Recidivism>,
    /// Socially vulnerable groups of the 2025 law.
    pub vulnerability: Vec<Vulnerability>,
    /// Life, repaid, civil claim, bad conduct, foreign, crime while serving, persistent
    /// violator.
    pub flags: Vec<Flags>,
    /// The kind of probation (restriction of freedom, conditional sentence, parole) for
    /// probationers; `none` for everyone else.
    pub probation_kind: Vec<ProbationKind>,
}

/// One person's fields, for building populations in tests and for `explain`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Person {
    /// Person identifier, unique, from 1.
    pub id: u32,
    /// Prisoner, pre-trial detainee or probationer.
    pub status: Status,
    /// Sex.
    pub sex: Sex,
    /// Whole years on the law's effective date.
    pub age: u8,
    /// Whole years at the offence.
    pub age_at_offence: u8,
    /// Criminal Code article.
    pub article: ArticleCode,
    /// Part (or sub-part) of the article.
    pub part: PartCode,
    /// Gravity of the offence (art. 11).
    pub gravity: Gravity,
    /// Offence family, for breakdowns.
    pub group: OffenceGroup,
    /// Offence tags (corruption, terrorist, ...).
    pub tags: TagSet,
    /// Imposed term or probation term, days (0 for pre-trial and life).
    pub sentence_days: u32,
    /// Days served, elapsed on probation, or detained so far.
    pub served_days: u32,
    /// Material damage caused, tenge.
    pub damage_kzt: u64,
    /// None, repeat or dangerous repeat.
    pub recidivism: Recidivism,
    /// Socially vulnerable groups, one bit each.
    pub vulnerability: Vulnerability,
    /// Yes/no facts: life, repaid, civil claim, bad conduct, foreign, crime while
    /// serving, persistent violator.
    pub flags: Flags,
    /// Restriction of freedom, conditional sentence or parole (probationers); `none`
    /// for prisoners and pre-trial detainees.
    pub probation_kind: ProbationKind,
}

impl Person {
    /// Days left to serve; [`LIFE_REMAINING`] for life.
    pub fn remaining_days(&self) -> u32 {
        remaining_days(self.sentence_days, self.served_days, self.flags)
    }
}

/// Days left to serve: the term less time served; [`LIFE_REMAINING`] for life. The one
/// definition behind [`Person::remaining_days`] and [`Population::remaining_days`].
#[inline(always)]
pub fn remaining_days(sentence_days: u32, served_days: u32, flags: Flags) -> u32 {
    if flags.has(Flags::LIFE) { LIFE_REMAINING } else { sentence_days.saturating_sub(served_days) }
}

impl Population {
    /// An empty population with room for `n` persons, so generation never reallocates.
    pub fn with_capacity(n: usize) -> Self {
        Population {
            id: Vec::with_capacity(n),
            status: Vec::with_capacity(n),
            sex: Vec::with_capacity(n),
            age: Vec::with_capacity(n),
            age_at_offence: Vec::with_capacity(n),
            article: Vec::with_capacity(n),
            part: Vec::with_capacity(n),
            gravity: Vec::with_capacity(n),
            group: Vec::with_capacity(n),
            tags: Vec::with_capacity(n),
            sentence_days: Vec::with_capacity(n),
            served_days: Vec::with_capacity(n),
            damage_kzt: Vec::with_capacity(n),
            recidivism: Vec::with_capacity(n),
            vulnerability: Vec::with_capacity(n),
            flags: Vec::with_capacity(n),
            probation_kind: Vec::with_capacity(n),
        }
    }

    /// Number of persons.
    pub fn len(&self) -> usize {
        self.id.len()
    }

    /// Whether there is nobody.
    pub fn is_empty(&self) -> bool {
        self.id.is_empty()
    }

    /// Sets every column to `n` rows, keeping the memory and the old values: the
    /// generator overwrites every row, so a replicate of the same size costs no
    /// zeroing pass.
    pub fn resize(&mut self, n: usize) {
        self.id.resize(n, 0);
        self.status.resize(n, Status::default());
        self.sex.resize(n, Sex::default());
        self.age.resize(n, 0);
        self.age_at_offence.resize(n, 0);
        self.article.resize(n, ArticleCode::default());
        self.part.resize(n, PartCode::default());
        self.gravity.resize(n, Gravity::default());
        self.group.resize(n, OffenceGroup::default());
        self.tags.resize(n, TagSet::default());
        self.sentence_days.resize(n, 0);
        self.served_days.resize(n, 0);
        self.damage_kzt.resize(n, 0);
        self.recidivism.resize(n, Recidivism::default());
        self.vulnerability.resize(n, Vulnerability::default());
        self.flags.resize(n, Flags::default());
        self.probation_kind.resize(n, ProbationKind::default());
    }

    /// Appends one person.
    pub fn push(&mut self, p: &Person) {
        self.id.push(p.id);
        self.status.push(p.status);
        self.sex.push(p.sex);
        self.age.push(p.age);
        self.age_at_offence.push(p.age_at_offence);
        self.article.push(p.article);
        self.part.push(p.part);
        self.gravity.push(p.gravity);
        self.group.push(p.group);
        self.tags.push(p.tags);
        self.sentence_days.push(p.sentence_days);
        self.served_days.push(p.served_days);
        self.damage_kzt.push(p.damage_kzt);
        self.recidivism.push(p.recidivism);
        self.vulnerability.push(p.vulnerability);
        self.flags.push(p.flags);
        self.probation_kind.push(p.probation_kind);
    }

    /// Person `i` as a struct (not for the hot loop).
    pub fn person(&self, i: usize) -> Person {
        Person {
            id: self.id[i],
            status: self.status[i],
            sex: self.sex[i],
            age: self.age[i],
            age_at_offence: self.age_at_offence[i],
            article: self.article[i],
            part: self.part[i],
            gravity: self.gravity[i],
            group: self.group[i],
            tags: self.tags[i],
            sentence_days: self.sentence_days[i],
            served_days: self.served_days[i],
            damage_kzt: self.damage_kzt[i],
            recidivism: self.recidivism[i],
            vulnerability: self.vulnerability[i],
            flags: self.flags[i],
            probation_kind: self.probation_kind[i],
        }
    }

    /// Index of the person with identifier `id`.
    pub fn position_of(&self, id: u32) -> Option<usize> {
        self.id.iter().position(|x| *x == id)
    }

    /// Days left to serve for person `i`; [`LIFE_REMAINING`] for life.
    #[inline]
    pub fn remaining_days(&self, i: usize) -> u32 {
        remaining_days(self.sentence_days[i], self.served_days[i], self.flags[i])
    }

    /// Age band of person `i`, for breakdowns.
    #[inline]
    pub fn age_group(&self, i: usize) -> AgeGroup {
        AgeGroup::of(self.age[i])
    }

    /// Persons per status, in [`Status::ALL`] order.
    pub fn count_by_status(&self) -> [usize; Status::COUNT] {
        let mut n = [0; Status::COUNT];
        for s in &self.status {
            n[s.index()] += 1;
        }
        n
    }
}

//! amnesty-sim: what a draft amnesty law will do, before it is voted.
//!
//! Data flows one way; each folder holds one stage and imports only from the stages
//! above it (and from the foundations `error`, `numbers`, `arch` and `random`):
//!
//! 1. [`scenario`]: the inputs as data: uncertain numbers with citations, the article
//!    catalogue, the population spec, published targets.
//! 2. [`population`]: the penal population as columns: generated from a spec, or read
//!    from a registry.
//! 3. [`draft`]: amnesty drafts, parsed and compiled into column tests.
//! 4. [`engine`]: a compiled draft applied to a population, person by person outcomes
//!    tallied by category (and `explain` / `check`'s lints on top of it).
//! 5. [`montecarlo`]: replicates in parallel, each a pure function of (seed, replicate).
//! 6. [`summary`]: per-replicate tallies into means and intervals; sensitivity.
//! 7. [`calibrate`]: the spec's priors fitted to published figures (uses 2-6).
//! 8. [`output`]: every artefact written: tables, charts, report, manifest, atomically.
//! 9. [`serve`]: the what-if web page (axum), over 2-8.
//! 10. [`cli`]: one file per subcommand; the binary parses arguments and calls it.
#![warn(missing_docs)]
// Checks written `!(x > 0.0)` reject NaN as well as the values out of range, which
// `x <= 0.0` would let through: the negated form is deliberate wherever it appears.
#![allow(clippy::neg_cmp_op_on_partial_ord, clippy::nonminimal_bool)]

pub mod arch;
pub mod calendar;
pub mod calibrate;
pub mod cli;
pub mod draft;
pub mod engine;
pub mod error;
pub mod i18n;
pub mod montecarlo;
pub mod numbers;
pub mod output;
pub mod population;
pub mod random;
pub mod scenario;
pub mod serve;
pub mod summary;
pub mod sweep;

pub use error::{Error, Result};

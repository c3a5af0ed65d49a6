//! amnesty-sim: what a draft amnesty law will do, before it is voted.
//!
//! Data flows one way, one module per step:
//! population spec ([`spec`]) -> population ([`generate`], [`population`]) -> compiled
//! draft -> engine -> accumulators -> summary -> exporters, charts and report.
//! The binary only parses arguments and calls [`commands`].

pub mod calibrate;
pub mod catalogue;
pub mod charts;
pub mod draft;
pub mod commands;
pub mod error;
pub mod explain;
pub mod export;
pub mod fsx;
pub mod generate;
pub mod engine;
pub mod lint;
pub mod marginals;
pub mod montecarlo;
pub mod param;
pub mod population;
pub mod report;
pub mod rng;
pub mod sampling;
pub mod sensitivity;
pub mod simd;
pub mod spec;
pub mod summary;
pub mod vocab;

pub use error::{Error, Result};

//! The inputs, as data: every legal and statistical number lives in a TOML file and
//! cites its source ([`param`]); the closed vocabulary of categories ([`vocab`]); the
//! Criminal Code's articles ([`catalogue`]); the population spec ([`spec`]). Published
//! figures to compare against are read by [`crate::calibrate::targets`], since they
//! name the summary's outcomes.

pub mod catalogue;
pub mod param;
pub mod spec;
pub mod vocab;

//! The inputs, as data: every legal and statistical number lives in a TOML file and
//! cites its source ([`param`]); the closed vocabulary of categories ([`vocab`]); the
//! Criminal Code's articles ([`catalogue`]); the population spec ([`spec`]); published
//! figures to compare against ([`targets`]).

pub mod catalogue;
pub mod param;
pub mod spec;
pub mod targets;
pub mod vocab;

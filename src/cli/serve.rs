//! `amnesty-sim serve`: the web page for what-if runs, on this machine by default.

use std::net::{IpAddr, SocketAddr};

use clap::Args;

use crate::error::{Error, Result, Setting};
use crate::i18n::Lang;
use crate::serve::ServeConfig;

/// Start the what-if web page: pick a shipped draft, switch provisions and exclusions
/// off, change numbers, add exclusions by article, run, download the draft and the
/// report.
///
/// Listens on 127.0.0.1 (this machine only) unless --host says otherwise; prints the
/// address to open. Everything the page needs is in the binary; it works offline.
/// Ctrl-C stops it.
///
/// Examples:
///   amnesty-sim serve
///   amnesty-sim serve --lang ru --port 8090
///   amnesty-sim serve --host 0.0.0.0 --max-replicates 5000   # reachable from the network
#[derive(Args, Debug, Clone)]
#[command(verbatim_doc_comment)]
pub struct ServeArgs {
    /// Address to listen on: 127.0.0.1 (only this machine), or 0.0.0.0 for every
    /// interface (anyone who can reach the machine can then run simulations).
    #[arg(long, default_value = "127.0.0.1")]
    pub host: IpAddr,
    /// Port (0: any free port).
    #[arg(long, default_value_t = 8080)]
    pub port: u16,
    /// The page's language unless the reader picks another: set from the global
    /// `--lang` (and `AMNESTY_LANG`) after parsing.
    #[arg(skip)]
    pub lang: Lang,
    /// Replicates of a run unless the page asks for another.
    #[arg(long, default_value_t = 1000)]
    pub replicates: u64,
    /// The most replicates the page may ask for.
    #[arg(long, default_value_t = 20_000)]
    pub max_replicates: u64,
    /// Runs at once; more wait in a queue.
    #[arg(long, default_value_t = 1)]
    pub concurrent: usize,
    /// Runs that may wait for a slot; more are refused with "try again" (0: none wait,
    /// a run is taken only when a slot is free).
    #[arg(long, default_value_t = 16)]
    pub max_queued: usize,
    /// Worker threads per run (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Megabytes of earlier runs' results kept to answer the next press faster (the
    /// base draft and recent variants: the same figures, computed once; 0: none).
    #[arg(long, default_value_t = 256, value_name = "MB")]
    pub cache_mb: usize,
    /// Do not compute in the background: neither the default base draft at start nor
    /// the form a reader is editing before Run is pressed (by default both run, so
    /// that a press of Run finds part of the work done; the figures are the same).
    #[arg(long)]
    pub no_warm: bool,
}

/// The server's settings from the arguments, checked.
pub fn config(args: &ServeArgs) -> Result<ServeConfig> {
    if args.max_replicates == 0 || args.max_replicates > crate::montecarlo::MAX_REPLICATES {
        return Err(Error::request(
            Setting::MaxReplicates,
            args.max_replicates,
            crate::i18n::Msg::new("serve-cli-max-replicates").arg("max", crate::montecarlo::MAX_REPLICATES.to_string()),
        ));
    }
    if args.replicates == 0 || args.replicates > args.max_replicates {
        return Err(Error::request(Setting::Replicates, args.replicates, crate::i18n::Msg::new("serve-cli-replicates").arg("max", args.max_replicates.to_string())));
    }
    if args.concurrent == 0 || args.concurrent > 64 {
        return Err(Error::request(Setting::Concurrent, args.concurrent, crate::i18n::Msg::new("serve-cli-concurrent").arg("max", 64.0)));
    }
    Ok(ServeConfig {
        addr: SocketAddr::new(args.host, args.port),
        lang: args.lang,
        replicates: args.replicates,
        max_replicates: args.max_replicates,
        concurrent: args.concurrent,
        max_queued: args.max_queued,
        threads: crate::montecarlo::resolve_threads(args.threads)?,
        seed: 1,
        cache_bytes: args.cache_mb.saturating_mul(1 << 20),
        warm: !args.no_warm,
    })
}

/// Runs the server until Ctrl-C, printing its address first.
pub fn serve(args: &ServeArgs) -> Result<String> {
    let config = config(args)?;
    let public = !config.addr.ip().is_loopback();
    crate::serve::serve(config, |addr| {
        println!("amnesty-sim serve: open http://{addr}/ in a browser (Ctrl-C stops it)");
        if public {
            println!("warning: listening on {} — anyone who can reach this machine can run simulations", addr.ip());
        }
    })?;
    Ok(String::new())
}

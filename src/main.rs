//! The `amnesty-sim` command line: everything is in the library's [`amnesty_sim::cli`].

fn main() -> std::process::ExitCode {
    amnesty_sim::cli::main()
}

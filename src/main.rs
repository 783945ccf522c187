//! The `rime` binary: everything lives in the library.

fn main() -> std::process::ExitCode {
    rime::main()
}

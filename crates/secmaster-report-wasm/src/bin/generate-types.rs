//! Writes the npm package's generated TypeScript declarations into `pkg/types/`.
//!
//! Run from anywhere in the workspace: `cargo run -p secmaster-report-wasm --bin generate-types`.

use std::path::Path;
use std::process::ExitCode;

use secmaster_report_wasm::typescript::{generate, TYPES_DIR};

fn main() -> ExitCode {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let directory = workspace.join(TYPES_DIR);
    if let Err(error) = std::fs::create_dir_all(&directory) {
        eprintln!("error: cannot create {}: {error}", directory.display());
        return ExitCode::FAILURE;
    }

    for file in generate() {
        let path = directory.join(file.name);
        if let Err(error) = std::fs::write(&path, &file.contents) {
            eprintln!("error: cannot write {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
        println!("wrote {TYPES_DIR}/{}", file.name);
    }

    ExitCode::SUCCESS
}

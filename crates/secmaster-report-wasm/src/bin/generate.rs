//! Writes the generated files of the npm package.
//!
//! ```text
//! cargo run -p secmaster-report-wasm --bin generate -- types
//!     writes pkg/types/request.d.ts and pkg/types/diagnostics.d.ts (committed)
//! cargo run -p secmaster-report-wasm --bin generate -- schema-module PATH
//!     writes the JSON Schema module that scripts/build-wasm.sh puts in pkg/dist/
//! cargo run -p secmaster-report-wasm --bin generate -- rules-module PATH
//!     writes the rule documentation module that scripts/build-wasm.sh puts in pkg/dist/
//! ```

use std::path::Path;
use std::process::ExitCode;

use secmaster_report_wasm::{rules_module, schema_module, typescript};

const USAGE: &str =
    "usage: generate types | generate schema-module PATH | generate rules-module PATH";

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let result = match arguments
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["types"] => write_types(),
        ["schema-module", path] => write_file(Path::new(path), &schema_module::render()),
        ["rules-module", path] => write_file(Path::new(path), &rules_module::render()),
        _ => Err(USAGE.to_owned()),
    };

    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn write_types() -> Result<(), String> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let workspace = manifest.ancestors().nth(2).unwrap_or(manifest);
    let directory = workspace.join(typescript::TYPES_DIR);
    for file in typescript::generate() {
        write_file(&directory.join(file.name), &file.contents)?;
    }
    Ok(())
}

fn write_file(path: &Path, contents: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|error| format!("cannot create {}: {error}", parent.display()))?;
    }
    std::fs::write(path, contents)
        .map_err(|error| format!("cannot write {}: {error}", path.display()))?;
    println!("wrote {}", path.display());
    Ok(())
}

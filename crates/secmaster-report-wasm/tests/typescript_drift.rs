//! The committed declarations in `pkg/types/` must equal what the generator writes from the
//! current core.

use std::path::Path;

use secmaster_report_wasm::typescript::{generate, REGENERATE_COMMAND, TYPES_DIR};

#[test]
fn committed_declarations_are_current() {
    let directory = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(TYPES_DIR);
    let mut stale = Vec::new();

    for file in generate() {
        let path = directory.join(file.name);
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != file.contents {
            stale.push(format!("{TYPES_DIR}/{}", file.name));
        }
    }

    assert!(
        stale.is_empty(),
        "out of date: {}\nregenerate them with `{REGENERATE_COMMAND}` and commit the result",
        stale.join(", ")
    );
}

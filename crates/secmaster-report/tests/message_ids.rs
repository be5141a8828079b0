//! Every message key the source code uses exists in the catalogues. The per-locale test beside
//! the catalogues checks that English and Chinese have the same keys and parameters.

use std::path::{Path, PathBuf};

use secmaster_report::Locale;

fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

/// Returns the string literals of a line that look like message keys.
fn keys_in(line: &str) -> Vec<&str> {
    line.split('"')
        .skip(1)
        .step_by(2)
        .filter(|text| {
            !text.is_empty()
                && text
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || matches!(b, b'-' | b'.'))
        })
        .collect()
}

#[test]
fn used_message_keys_exist_in_catalogues() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut missing = Vec::new();
    let mut used = 0;
    for file in files {
        if file.components().any(|c| c.as_os_str() == "messages") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for (number, line) in text.lines().enumerate() {
            // The key is the first argument of `Message::new`, or the value of a `message_id` arm.
            let mut candidates: Vec<&str> = line
                .split("Message::new(")
                .skip(1)
                .flat_map(|call| keys_in(call.split(')').next().unwrap_or_default()))
                .collect();
            if line.contains("=> \"syntax.") || line.contains("=> \"limit.") {
                candidates.extend(keys_in(line));
            }
            for key in candidates {
                used += 1;
                for locale in Locale::ALL {
                    if !locale.catalogue().iter().any(|(id, _)| *id == key) {
                        missing.push(format!(
                            "{}:{}: `{key}` missing in {locale}",
                            file.display(),
                            number + 1
                        ));
                    }
                }
            }
        }
    }
    assert!(
        used > 50,
        "found only {used} message keys in the source; the scan is broken"
    );
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

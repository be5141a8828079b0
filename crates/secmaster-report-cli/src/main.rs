//! `secmaster-report`: checks Huawei Cloud SecMaster Create Security Report requests: bodies,
//! HTTP request files and curl commands.

mod human;
mod input;
mod output;
mod sarif;

use std::io::{self, Write as _};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use secmaster_report::{rules, Limits, Locale, Options, RuleLevel};

use crate::input::{Checked, Document, InputError, InputKind};

#[derive(Debug, Parser)]
#[command(
    name = "secmaster-report",
    version,
    about = "Checks Huawei Cloud SecMaster Create Security Report requests before they are sent"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check requests in files, or on standard input: bodies, HTTP request files, curl commands.
    Check(CheckArgs),
    /// Print the JSON Schema of the request body.
    Schema {
        /// Language of the descriptions: en or zh-CN.
        #[arg(long, default_value = "en")]
        locale: Locale,
    },
    /// List every rule with its code, severity and evidence level.
    Rules {
        #[arg(long, value_enum, default_value_t = RulesFormat::Human)]
        format: RulesFormat,
    },
    /// Print the documentation of one rule, by code (SR105) or name (report-period).
    Explain { rule: String },
}

#[derive(Debug, clap::Args)]
struct CheckArgs {
    /// Files to check; `-` or none reads standard input. A .jsonl or .ndjson file contains one
    /// request body per line. A .http or .rest file is an HTTP request file (VS Code REST
    /// Client, JetBrains HTTP Client). A .curl file contains a curl command. Any other file
    /// contains one body.
    files: Vec<PathBuf>,
    /// A file holding a curl command, as API Explorer copies it; `-` reads standard input.
    /// Repeatable.
    #[arg(long = "curl", value_name = "FILE")]
    curl: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Language of the messages: en or zh-CN.
    #[arg(long, default_value = "en")]
    locale: Locale,
    /// The request's path workspace_id; binding_wizard should name the same workspace.
    #[arg(long)]
    workspace_id: Option<String>,
    /// The request's path project_id.
    #[arg(long)]
    project_id: Option<String>,
    /// Read every FILE as JSON Lines: one request body per line.
    #[arg(long, conflicts_with = "http")]
    jsonl: bool,
    /// Read every FILE as an HTTP request file, whatever its extension.
    #[arg(long)]
    http: bool,
    /// The current time for time-dependent checks, as epoch milliseconds or RFC 3339; defaults
    /// to the system clock. Set it to make results reproducible.
    #[arg(long, value_parser = parse_now)]
    now: Option<i64>,
    /// Set a rule's level: CODE=LEVEL or NAME=LEVEL, LEVEL one of off, info, warning, error.
    /// Repeatable.
    #[arg(long = "rule", value_name = "RULE=LEVEL")]
    rules: Vec<String>,
    /// Maximum size in bytes of one request body, HTTP request file or curl command.
    #[arg(long, default_value_t = Limits::default().max_input_bytes)]
    max_input_bytes: usize,
    /// Maximum nesting depth of arrays and objects.
    #[arg(long, default_value_t = Limits::default().max_depth)]
    max_depth: usize,
    /// Maximum number of diagnostics reported per request body, HTTP request file or curl
    /// command.
    #[arg(long, default_value_t = Limits::default().max_diagnostics)]
    max_diagnostics: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Source lines with the problem underlined.
    Human,
    /// One JSON array of diagnostics.
    Json,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// SARIF 2.1.0, for GitHub code scanning and other CI tools.
    Sarif,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum RulesFormat {
    Human,
    Json,
    Markdown,
}

/// Failures of the command itself, as opposed to problems found in the input.
#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error(
        "invalid --rule `{0}`: expected RULE=LEVEL, such as SR401=off or report-period=warning"
    )]
    RuleSyntax(String),
    #[error(transparent)]
    RuleSetting(#[from] secmaster_report::RuleSettingError),
    #[error(transparent)]
    RuleLevel(#[from] secmaster_report::InvalidRuleLevel),
    #[error("unknown rule `{0}`: run `secmaster-report rules` to list rule codes and names")]
    ExplainUnknown(String),
    #[error("standard input (`-`) can be checked only once per command")]
    StdinTwice,
    #[error("failed to write the output: {0}")]
    Output(#[from] io::Error),
}

fn parse_now(text: &str) -> Result<i64, String> {
    if let Ok(millis) = text.parse::<i64>() {
        return Ok(millis);
    }
    chrono::DateTime::parse_from_rfc3339(text)
        .map(|time| time.timestamp_millis())
        .map_err(|_| format!("invalid time `{text}`: expected epoch milliseconds or RFC 3339 such as 2026-12-04T00:00:00Z"))
}

fn system_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_millis() as i64)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => check(&args),
        Command::Schema { locale } => print(&secmaster_report::schema::to_pretty_string(locale)),
        Command::Rules { format } => print(&rules_listing(format)),
        Command::Explain { rule } => match rules::find(&rule) {
            Some(rule) => print(&rules::reference::rule_markdown(rule)),
            None => Err(CliError::ExplainUnknown(rule)),
        },
    };
    match result {
        Ok(code) => code,
        // A reader that stops early, as `head` does, is not a failure of the check.
        Err(CliError::Output(error)) if error.kind() == io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("secmaster-report: {error}");
            ExitCode::from(2)
        }
    }
}

fn print(text: &str) -> Result<ExitCode, CliError> {
    let mut stdout = io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    if !text.ends_with('\n') {
        stdout.write_all(b"\n")?;
    }
    stdout.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn rules_listing(format: RulesFormat) -> String {
    match format {
        RulesFormat::Markdown => rules::reference::reference_markdown(),
        RulesFormat::Json => serde_json::to_string_pretty(rules::RULES).unwrap_or_default(),
        RulesFormat::Human => {
            let mut text = String::new();
            for rule in rules::RULES {
                text.push_str(&format!(
                    "{:<6} {:<28} {:<8} {}  {}\n",
                    rule.code,
                    rule.name,
                    rule.severity.as_str(),
                    rule.evidence.letter(),
                    rules::reference::first_sentence(rule.docs().what)
                ));
            }
            text
        }
    }
}

fn options_of(args: &CheckArgs) -> Result<Options, CliError> {
    let mut options = Options::default();
    options.workspace_id = args.workspace_id.clone();
    options.project_id = args.project_id.clone();
    options.now_ms = Some(args.now.unwrap_or_else(system_now));
    options.limits = Limits {
        max_input_bytes: args.max_input_bytes,
        max_depth: args.max_depth,
        max_diagnostics: args.max_diagnostics,
    };
    for setting in &args.rules {
        let (rule, level) = setting
            .split_once('=')
            .ok_or_else(|| CliError::RuleSyntax(setting.clone()))?;
        let level: RuleLevel = level.trim().parse()?;
        options.set_rule_level(rule.trim(), level)?;
    }
    Ok(options)
}

fn write_results(args: &CheckArgs, results: &[Checked<'_>]) -> io::Result<()> {
    // Standard output is line-buffered, so without this buffer every line of the report is one
    // `write` call, 220,000 calls for the JSON of 10,000 diagnostics.
    let mut stdout = io::BufWriter::new(io::stdout().lock());
    match args.format {
        Format::Human => human::write(&mut stdout, results, args.locale)?,
        Format::Json => output::write_json(&mut stdout, results, args.locale)?,
        Format::Github => output::write_github(&mut stdout, results, args.locale)?,
        Format::Sarif => sarif::write(&mut stdout, results, args.locale)?,
    }
    stdout.flush()
}

fn check(args: &CheckArgs) -> Result<ExitCode, CliError> {
    let options = options_of(args)?;
    let mut failed_inputs = Vec::new();
    let mut documents: Vec<Document> = Vec::new();
    let forced = if args.jsonl {
        Some(InputKind::JsonLines)
    } else if args.http {
        Some(InputKind::Http)
    } else {
        None
    };
    let mut inputs: Vec<(&PathBuf, Option<InputKind>)> =
        args.files.iter().map(|path| (path, forced)).collect();
    inputs.extend(args.curl.iter().map(|path| (path, Some(InputKind::Curl))));
    let stdin = PathBuf::from("-");
    if inputs.is_empty() {
        inputs.push((&stdin, forced));
    }
    if inputs
        .iter()
        .filter(|(path, _)| path.as_os_str() == "-")
        .count()
        > 1
    {
        return Err(CliError::StdinTwice);
    }
    for (path, kind) in inputs {
        match input::read(path, kind) {
            Ok(document) => documents.push(document),
            Err(error) => failed_inputs.push(error),
        }
    }

    let results: Vec<Checked<'_>> = documents
        .iter()
        .map(|document| document.validate(&options))
        .collect();
    let written = write_results(args, &results);
    // A reader that stops early, as `head` does, does not change the verdict of the check.
    match written {
        Err(error) if error.kind() != io::ErrorKind::BrokenPipe => return Err(error.into()),
        _ => {}
    }

    for error in &failed_inputs {
        eprintln!("secmaster-report: {error}");
    }
    let has_errors = results
        .iter()
        .any(|checked| checked.diagnostics.iter().any(|d| d.is_error()));
    Ok(if !failed_inputs.is_empty() {
        ExitCode::from(2)
    } else if has_errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

//! SR600 `request-syntax`: an HTTP request file or a curl command must be readable as a request.

use crate::diagnostic::Severity;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};

pub(crate) static RULE: Rule = Rule {
    code: "SR600",
    name: "request-syntax",
    severity: Severity::Error,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "HTTP request files of VS Code REST Client and JetBrains HTTP Client; curl's command-line syntax; POSIX shell quoting",
    what: "Reads a whole request from an HTTP request file (`.http`, `.rest`) or a curl \
           command, and reports what cannot be read: a file with no request, a header line \
           without `:`, a command that is not `curl`, an unterminated quote, an option \
           without its argument, a command without a URL.",
    why: "A request that cannot be read cannot be checked, and the HTTP client or the shell \
          would not send it as intended either.",
    invalid: "curl -X POST 'https://secmaster.cn-north-4.myhuaweicloud.com/v1/0123456789abcdef0123456789abcdef/workspaces/75645d0a-93b8-4a7f-a77c-e97009389445/sa/reports -d '{}'",
    fixed: "curl -X POST 'https://secmaster.cn-north-4.myhuaweicloud.com/v1/0123456789abcdef0123456789abcdef/workspaces/75645d0a-93b8-4a7f-a77c-e97009389445/sa/reports' -d '{}'",
    known_problems: "The shell syntax read is the part that copied curl commands use: \
                     words, single and double quotes, `$'…'`, backslash escapes and line \
                     continuations (`\\` on POSIX shells, `^` on the Windows command \
                     prompt). Pipes, redirections and command substitutions are not \
                     interpreted. In an HTTP request file, `{{variables}}` are not resolved. \
                     The level of this rule cannot be changed, because a request that \
                     cannot be read would otherwise pass unchecked.",
};

//! curl commands as API Explorer and browsers copy them: `curl -X POST URL -H 'Name: value'
//! -d '{…}'`, over several lines joined by `\` (or `^` on the Windows command prompt).
//!
//! The shell syntax read is what such commands use: words separated by blanks, single quotes,
//! double quotes (with `\"`, `\\`, `\$` and `` \` `` escapes), ANSI-C quotes `$'…'`, backslash
//! escapes outside quotes and `#` comments. Every character of a word keeps the file offset it
//! came from, so a span in a header value or in the body maps back exactly, through the quotes
//! and escapes. Shell expansions (`$TOKEN`, `${TOKEN}`, `$(…)`, backquotes) are not run: a part
//! that contains one is noted and not checked. The command ends at an unquoted `|`, `;` or `&`.

use crate::diagnostic::Message;
use crate::rules::request::{header_pointer, request_syntax, unresolved_reference, METHOD, URL};
use crate::syntax::Span;

use super::check::Part;
use super::headers::{is_sensitive, may_hold_secret};
use super::source::{Finding, LocatedRequest, RequestFile, TextMap};
use super::{CreateReportRequest, Headers};

/// One shell word after quote removal.
#[derive(Debug, Clone, Default)]
struct Word {
    text: String,
    map: TextMap,
    /// The file span of the word, quotes included.
    span: Span,
    /// Text spans of shell expansions, which the shell would replace.
    expansions: Vec<Span>,
}

impl Word {
    /// Returns the part of the word from text offset `start` on, as a word of its own.
    fn tail(&self, start: usize) -> Word {
        let end = self.text.len() as u32;
        Word {
            text: self.text[start..].to_owned(),
            map: self.map.slice(start as u32, end),
            span: self.span,
            expansions: self
                .expansions
                .iter()
                .filter(|span| span.start as usize >= start)
                .map(|span| Span::new(span.start - start as u32, span.end - start as u32))
                .collect(),
        }
    }
}

/// The error of a command that cannot be split into words.
struct SyntaxError {
    span: Span,
    message: Message,
}

/// Splits a command into words.
struct Lexer<'t> {
    text: &'t str,
    position: usize,
}

impl<'t> Lexer<'t> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.position).copied()
    }

    fn peek_at(&self, offset: usize) -> Option<u8> {
        self.text.as_bytes().get(self.position + offset).copied()
    }

    /// Returns the length of a line break at the position: `\n`, `\r\n`, or 0.
    fn line_break_len(&self, offset: usize) -> usize {
        match (self.peek_at(offset), self.peek_at(offset + 1)) {
            (Some(b'\n'), _) => 1,
            (Some(b'\r'), Some(b'\n')) => 2,
            _ => 0,
        }
    }

    /// Returns the next word, `Ok(None)` at the end of the command.
    fn next_word(&mut self) -> Result<Option<Word>, SyntaxError> {
        self.skip_blanks();
        let Some(first) = self.peek() else {
            return Ok(None);
        };
        if matches!(first, b'|' | b';' | b'&') {
            self.position = self.text.len();
            return Ok(None);
        }

        let start = self.position;
        let mut word = Word {
            text: String::new(),
            map: TextMap::at(start as u32),
            span: Span::new(start as u32, start as u32),
            expansions: Vec::new(),
        };
        while let Some(byte) = self.peek() {
            match byte {
                b' ' | b'\t' | b'\n' | b'\r' | b'|' | b';' | b'&' => break,
                b'\'' => self.single_quoted(&mut word)?,
                b'"' => self.double_quoted(&mut word)?,
                b'$' if self.peek_at(1) == Some(b'\'') => self.ansi_c_quoted(&mut word)?,
                b'$' | b'`' => self.expansion(&mut word),
                b'\\' => {
                    let line_break = self.line_break_len(1);
                    if line_break > 0 {
                        // A line continuation inside a word joins the two lines.
                        self.position += 1 + line_break;
                    } else if self.position + 1 < self.text.len() {
                        let character_len = self.character_len(self.position + 1);
                        let text_start = word.text.len() as u32;
                        word.text.push_str(
                            &self.text[self.position + 1..self.position + 1 + character_len],
                        );
                        word.map.push_escape(
                            text_start,
                            character_len as u32,
                            self.position as u32,
                            1 + character_len as u32,
                        );
                        self.position += 1 + character_len;
                    } else {
                        self.position += 1;
                    }
                }
                _ => {
                    let character_len = self.character_len(self.position);
                    self.copy(&mut word, self.position, character_len);
                    self.position += character_len;
                }
            }
        }
        word.span = Span::new(start as u32, self.position as u32);
        Ok(Some(word))
    }

    fn character_len(&self, at: usize) -> usize {
        self.text[at..].chars().next().map_or(1, char::len_utf8)
    }

    fn copy(&self, word: &mut Word, from: usize, len: usize) {
        let text_start = word.text.len() as u32;
        word.text.push_str(&self.text[from..from + len]);
        word.map.push_copied(text_start, from as u32, len as u32);
    }

    /// Skips blanks, line breaks, line continuations and comments between words.
    fn skip_blanks(&mut self) {
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\n' | b'\r') => self.position += 1,
                Some(b'\\' | b'^') if self.line_break_len(1) > 0 => {
                    self.position += 1 + self.line_break_len(1);
                }
                Some(b'#') => {
                    let rest = &self.text[self.position..];
                    self.position += rest.find('\n').unwrap_or(rest.len());
                }
                _ => return,
            }
        }
    }

    fn unterminated(&self, start: usize, quote: &'static str) -> SyntaxError {
        SyntaxError {
            span: Span::new(start as u32, start as u32 + 1),
            message: Message::new("request-syntax.unterminated-quote").with("quote", quote),
        }
    }

    /// `'…'`: every character up to the next `'` is literal.
    fn single_quoted(&mut self, word: &mut Word) -> Result<(), SyntaxError> {
        let start = self.position;
        let content = start + 1;
        let Some(length) = self.text[content..].find('\'') else {
            return Err(self.unterminated(start, "'"));
        };
        self.copy(word, content, length);
        self.position = content + length + 1;
        Ok(())
    }

    /// `"…"`: `\` escapes `$`, `` ` ``, `"`, `\` and a line break; `$` starts an expansion.
    fn double_quoted(&mut self, word: &mut Word) -> Result<(), SyntaxError> {
        let start = self.position;
        self.position += 1;
        loop {
            let Some(byte) = self.peek() else {
                return Err(self.unterminated(start, "\""));
            };
            match byte {
                b'"' => {
                    self.position += 1;
                    return Ok(());
                }
                b'\\' if self.line_break_len(1) > 0 => {
                    self.position += 1 + self.line_break_len(1);
                }
                b'\\' if matches!(self.peek_at(1), Some(b'$' | b'`' | b'"' | b'\\')) => {
                    let text_start = word.text.len() as u32;
                    word.text.push(char::from(self.peek_at(1).unwrap_or(b'\\')));
                    word.map.push_escape(text_start, 1, self.position as u32, 2);
                    self.position += 2;
                }
                b'$' | b'`' => self.expansion(word),
                _ => {
                    let character_len = self.character_len(self.position);
                    self.copy(word, self.position, character_len);
                    self.position += character_len;
                }
            }
        }
    }

    /// `$'…'`: backslash escapes as in C.
    fn ansi_c_quoted(&mut self, word: &mut Word) -> Result<(), SyntaxError> {
        let start = self.position;
        self.position += 2;
        loop {
            let Some(byte) = self.peek() else {
                return Err(self.unterminated(start, "$'"));
            };
            match byte {
                b'\'' => {
                    self.position += 1;
                    return Ok(());
                }
                b'\\' => {
                    let escape_start = self.position;
                    let (decoded, length) = ansi_c_escape(&self.text[escape_start + 1..]);
                    let text_start = word.text.len() as u32;
                    word.text.push(decoded);
                    word.map.push_escape(
                        text_start,
                        decoded.len_utf8() as u32,
                        escape_start as u32,
                        1 + length as u32,
                    );
                    self.position = escape_start + 1 + length;
                }
                _ => {
                    let character_len = self.character_len(self.position);
                    self.copy(word, self.position, character_len);
                    self.position += character_len;
                }
            }
        }
    }

    /// Copies a shell expansion as written (`$NAME`, `${…}`, `$(…)`, `` `…` ``) and records it.
    fn expansion(&mut self, word: &mut Word) {
        let start = self.position;
        let rest = &self.text[start..];
        let length = if let Some(after) = rest.strip_prefix("${") {
            after.find('}').map_or(rest.len(), |close| close + 3)
        } else if let Some(after) = rest.strip_prefix("$(") {
            after.find(')').map_or(rest.len(), |close| close + 3)
        } else if let Some(after) = rest.strip_prefix('`') {
            after.find('`').map_or(rest.len(), |close| close + 2)
        } else {
            let name = rest[1..]
                .bytes()
                .take_while(|byte| byte.is_ascii_alphanumeric() || *byte == b'_')
                .count();
            1 + name
        };
        let text_start = word.text.len() as u32;
        self.copy(word, start, length);
        if length > 1 {
            word.expansions
                .push(Span::new(text_start, text_start + length as u32));
        }
        self.position = start + length;
    }
}

/// Decodes one escape of `$'…'`, given the text after the backslash. Returns the character and
/// how many bytes after the backslash it used. A byte escape above 0x7F, which would not be
/// UTF-8 on its own, becomes U+FFFD.
fn ansi_c_escape(rest: &str) -> (char, usize) {
    let Some(first) = rest.chars().next() else {
        return ('\\', 0);
    };
    let simple = match first {
        'n' => Some('\n'),
        't' => Some('\t'),
        'r' => Some('\r'),
        'a' => Some('\u{7}'),
        'b' => Some('\u{8}'),
        'e' | 'E' => Some('\u{1b}'),
        'f' => Some('\u{c}'),
        'v' => Some('\u{b}'),
        '\\' | '\'' | '"' | '?' => Some(first),
        _ => None,
    };
    if let Some(character) = simple {
        return (character, 1);
    }
    let digits = |radix: u32, max: usize, skip: usize| -> (u32, usize) {
        let count = rest[skip..]
            .chars()
            .take(max)
            .take_while(|c| c.is_digit(radix))
            .count();
        let value = u32::from_str_radix(&rest[skip..skip + count], radix).unwrap_or(0);
        (value, count)
    };
    let (value, used) = match first {
        'x' => {
            let (value, count) = digits(16, 2, 1);
            (value, 1 + count)
        }
        'u' => {
            let (value, count) = digits(16, 4, 1);
            (value, 1 + count)
        }
        'U' => {
            let (value, count) = digits(16, 8, 1);
            (value, 1 + count)
        }
        '0'..='7' => digits(8, 3, 0),
        // Another character after a backslash stays as written, backslash included; the
        // backslash alone is the decoded text and the character is read next.
        _ => return ('\\', 0),
    };
    if used == 1 {
        // `\x`, `\u` or `\U` without digits.
        return ('\\', 0);
    }
    let character = if first == 'x' || first.is_ascii_digit() {
        u8::try_from(value)
            .ok()
            .filter(u8::is_ascii)
            .map_or('\u{fffd}', char::from)
    } else {
        char::from_u32(value).unwrap_or('\u{fffd}')
    };
    (character, used)
}

/// Options of curl that take an argument, besides those read here. Their argument is skipped.
const LONG_WITH_ARGUMENT: &[&str] = &[
    "--user",
    "--user-agent",
    "--referer",
    "--cookie",
    "--cookie-jar",
    "--output",
    "--max-time",
    "--connect-timeout",
    "--cacert",
    "--capath",
    "--cert",
    "--key",
    "--proxy",
    "--proxy-user",
    "--resolve",
    "--connect-to",
    "--write-out",
    "--retry",
    "--retry-delay",
    "--retry-max-time",
    "--upload-file",
    "--form",
    "--form-string",
    "--interface",
    "--limit-rate",
    "--max-filesize",
    "--config",
    "--range",
    "--time-cond",
    "--dns-servers",
    "--ciphers",
    "--tls-max",
    "--oauth2-bearer",
    "--aws-sigv4",
    "--unix-socket",
    "--abstract-unix-socket",
    "--stderr",
    "--trace",
    "--trace-ascii",
    "--dump-header",
    "--output-dir",
    "--proto",
    "--proto-redir",
    "--noproxy",
    "--local-port",
    "--keepalive-time",
    "--expect100-timeout",
    "--max-redirs",
    "--variable",
    "--expand-data",
    "--expand-url",
    "--expand-header",
];

/// Short options of curl that take an argument.
const SHORT_WITH_ARGUMENT: &str = "HdXuAebcomxwTFEKCrYyzDtQUPh";

/// The body options of curl that the checker reads.
const DATA_OPTIONS: &[&str] = &[
    "--data",
    "--data-raw",
    "--data-binary",
    "--data-ascii",
    "--json",
];

/// The command as read: the options that shape the request.
#[derive(Default)]
struct Command {
    method: Option<Word>,
    url: Option<Word>,
    headers: Vec<Word>,
    data: Vec<(String, Word)>,
    json: bool,
    get: bool,
    head: bool,
}

pub(crate) fn parse(text: &str) -> RequestFile {
    let mut file = RequestFile::default();
    let mut lexer = Lexer { text, position: 0 };
    let mut words = Vec::new();
    loop {
        match lexer.next_word() {
            Ok(Some(word)) => words.push(word),
            Ok(None) => break,
            Err(error) => {
                push_syntax(&mut file, error.span, error.message);
                return file;
            }
        }
    }
    // A copied prompt, `$ curl …`.
    if words.first().is_some_and(|word| word.text == "$") {
        words.remove(0);
    }
    let Some(first) = words.first() else {
        push_syntax(
            &mut file,
            Span::new(0, 0),
            Message::new("request-syntax.not-curl"),
        );
        return file;
    };
    let program = first.text.rsplit(['/', '\\']).next().unwrap_or_default();
    if !program.eq_ignore_ascii_case("curl") && !program.eq_ignore_ascii_case("curl.exe") {
        push_syntax(
            &mut file,
            first.span,
            Message::new("request-syntax.not-curl"),
        );
        return file;
    }
    let anchor = first.span;

    let Some(mut command) = read_options(&mut words[1..], &mut file) else {
        return file;
    };
    let Some(url) = command.url.take() else {
        push_syntax(&mut file, anchor, Message::new("request-syntax.no-url"));
        return file;
    };
    if let Some(request) = build(command, url, anchor, &mut file) {
        file.requests.push(request);
    }
    file
}

fn push_syntax(file: &mut RequestFile, span: Span, message: Message) {
    file.push_finding(Finding {
        rule: &request_syntax::RULE,
        pointer: String::new(),
        span,
        message,
    });
}

/// Reads the options after `curl`. Returns `None` when an option lacks its argument.
/// An option's argument is moved out of `words`, not copied: a body can be megabytes long.
fn read_options(words: &mut [Word], file: &mut RequestFile) -> Option<Command> {
    let mut command = Command::default();
    let mut index = 0;
    while index < words.len() {
        let word = &words[index];
        index += 1;
        let text = word.text.as_str();

        let (name, argument) = if text.starts_with("--") {
            let takes_argument = matches!(text, "--header" | "--request" | "--url")
                || DATA_OPTIONS.contains(&text)
                || text == "--data-urlencode"
                || LONG_WITH_ARGUMENT.contains(&text);
            if !takes_argument {
                match text {
                    "--get" => command.get = true,
                    "--head" => command.head = true,
                    _ => {}
                }
                continue;
            }
            (text.to_owned(), None)
        } else if text.len() > 1 && text.starts_with('-') {
            // A cluster of short options, such as `-sSL` or `-XPOST`. The first option that
            // takes an argument takes the rest of the word, or else the next word.
            let mut found = None;
            for (offset, option) in text.char_indices().skip(1) {
                match option {
                    'G' => command.get = true,
                    'I' => command.head = true,
                    _ if SHORT_WITH_ARGUMENT.contains(option) => {
                        let rest = offset + option.len_utf8();
                        let attached = (rest < text.len()).then(|| word.tail(rest));
                        found = Some((format!("-{option}"), attached));
                        break;
                    }
                    _ => {}
                }
            }
            match found {
                Some(found) => found,
                None => continue,
            }
        } else {
            if command.url.is_none() {
                command.url = Some(word.clone());
            }
            continue;
        };

        let option_span = word.span;
        let argument = match argument {
            Some(argument) => argument,
            None => match words.get_mut(index) {
                Some(next) => {
                    index += 1;
                    std::mem::take(next)
                }
                None => {
                    let message =
                        Message::new("request-syntax.missing-argument").with("option", &name);
                    push_syntax(file, option_span, message);
                    return None;
                }
            },
        };
        match name.as_str() {
            "-H" | "--header" => command.headers.push(argument),
            "-X" | "--request" => command.method = Some(argument),
            "--url" => command.url = Some(argument),
            "-d" | "--data" | "--data-raw" | "--data-binary" | "--data-ascii" | "--json"
            | "--data-urlencode" => {
                command.json |= name == "--json";
                command.data.push((name, argument));
            }
            _ => {}
        }
    }
    Some(command)
}

/// Builds the request from the options read.
fn build(
    mut command: Command,
    url: Word,
    anchor: Span,
    file: &mut RequestFile,
) -> Option<LocatedRequest> {
    let mut unresolved = Vec::new();
    note_expansions(&url, URL, None, file);
    if !url.expansions.is_empty() {
        unresolved.push(Part::Url);
    }

    let mut headers = Headers::new();
    let mut header_names = Vec::new();
    let mut header_values = Vec::new();
    for word in &command.headers {
        // `Name: value` adds a header; `Name:` removes one curl would add; `Name;` sends it empty.
        // A header needs a name: `-H ': x'` is reported as an HTTP request file's `: x` line is.
        let (name_end, value_start) = match (word.text.find(':'), word.text.find(';')) {
            (Some(colon), _) if !word.text[..colon].trim().is_empty() => (colon, colon + 1),
            (None, Some(semicolon))
                if !word.text[..semicolon].trim().is_empty()
                    && word.text[semicolon + 1..].trim().is_empty() =>
            {
                (semicolon, word.text.len())
            }
            _ => {
                let message = Message::new("request-syntax.header");
                push_syntax(file, word.map.whole(), message);
                if may_hold_secret(&word.text) {
                    file.secrets.push(word.map.whole());
                }
                continue;
            }
        };
        let name = word.text[..name_end].trim();
        let raw_value = &word.text[value_start..];
        let value = raw_value.trim();
        if word.text.as_bytes().get(name_end) == Some(&b':') && value.is_empty() {
            continue;
        }
        let name_start = word.text[..name_end].find(name).unwrap_or(0);
        let value_offset = value_start + raw_value.find(value).unwrap_or(0);
        let value_end = value_offset + value.len();
        let name_map = word
            .map
            .slice(name_start as u32, (name_start + name.len()) as u32);
        let value_map = word.map.slice(value_offset as u32, value_end as u32);

        let sensitive = is_sensitive(name);
        if sensitive {
            file.secrets.push(value_map.whole());
        }
        let value_word = word.tail(value_offset);
        let index = headers.len();
        if value_word
            .expansions
            .iter()
            .any(|span| (span.start as usize) < value.len())
        {
            note_expansions(
                &value_word,
                &header_pointer(name),
                sensitive.then_some(name),
                file,
            );
            unresolved.push(Part::HeaderValue(index));
        }
        headers.append(name, value);
        header_names.push(name_map);
        header_values.push(value_map);
    }

    let body = read_body(&mut command, anchor, file);
    if command.json {
        // curl's `--json` adds these two headers unless the command sets them.
        let option = command
            .data
            .iter()
            .find(|(name, _)| name == "--json")
            .map_or(anchor, |(_, word)| word.span);
        for (name, value) in [
            ("Content-Type", "application/json"),
            ("Accept", "application/json"),
        ] {
            if headers.get(name).is_none() {
                headers.append(name, value);
                header_names.push(TextMap::implied(option.start));
                header_values.push(TextMap::implied(option.start));
            }
        }
    }

    let method = match &command.method {
        Some(word) => {
            note_expansions(word, METHOD, None, file);
            (word.text.clone(), word.map.clone())
        }
        None => {
            let implied = if command.head {
                "HEAD"
            } else if command.get || command.data.is_empty() {
                "GET"
            } else {
                "POST"
            };
            (implied.to_owned(), TextMap::implied(anchor.start))
        }
    };

    let (body_bytes, body_map) = match body {
        Some((text, map)) => (text.into_bytes(), Some(map)),
        None => (Vec::new(), None),
    };
    Some(LocatedRequest {
        request: CreateReportRequest {
            method: method.0,
            url: url.text.clone(),
            headers,
            body: body_bytes,
        },
        method: method.1,
        url: url.map.clone(),
        header_names,
        header_values,
        body: body_map,
        anchor,
        unresolved,
    })
}

/// Returns the body and its map: the data arguments joined with `&`, as curl joins them.
/// Returns `None`, with a note, when the body is read from a file or URL-encoded.
/// A single data argument is moved into the body rather than copied.
fn read_body(
    command: &mut Command,
    anchor: Span,
    file: &mut RequestFile,
) -> Option<(String, TextMap)> {
    if command.data.is_empty() {
        return Some((String::new(), TextMap::implied(anchor.start)));
    }
    let count = command.data.len();
    let mut text = String::new();
    let mut map = TextMap::at(command.data[0].1.map.start());
    for (index, (option, word)) in command.data.iter_mut().enumerate() {
        if option == "--data-urlencode" {
            let message = Message::new("unresolved-reference.option").with("option", option);
            push_note(file, "", word.span, message);
            return None;
        }
        if option != "--data-raw" {
            if let Some(path) = word.text.strip_prefix('@') {
                let message = Message::new("unresolved-reference.body-file").with("file", path);
                push_note(file, "", word.span, message);
                return None;
            }
        }
        if index > 0 {
            let at = word.map.start();
            map.push_escape(text.len() as u32, 1, at, 0);
            text.push('&');
        }
        note_expansions(word, "", None, file);
        if count == 1 {
            return Some((
                std::mem::take(&mut word.text),
                std::mem::take(&mut word.map),
            ));
        }
        let offset = text.len() as u32;
        text.push_str(&word.text);
        append_map(&mut map, &word.map, offset);
    }
    Some((text, map))
}

/// Appends `part`, whose text starts at `offset` of the whole text, to `map`.
fn append_map(map: &mut TextMap, part: &TextMap, offset: u32) {
    for run in part.pieces() {
        if run.copied {
            map.push_copied(run.text + offset, run.source, run.text_len);
        } else {
            map.push_escape(run.text + offset, run.text_len, run.source, run.source_len);
        }
    }
}

fn push_note(file: &mut RequestFile, pointer: &str, span: Span, message: Message) {
    file.push_finding(Finding {
        rule: &unresolved_reference::RULE,
        pointer: pointer.to_owned(),
        span,
        message,
    });
}

/// Notes each shell expansion of a word, at `pointer`. For a credential header, `secret_header`
/// names it and the note does not show the expansion.
fn note_expansions(
    word: &Word,
    pointer: &str,
    secret_header: Option<&str>,
    file: &mut RequestFile,
) {
    for span in &word.expansions {
        let message = match secret_header {
            Some(header) => Message::new("unresolved-reference.secret").with("header", header),
            None => Message::new("unresolved-reference.shell")
                .with("name", &word.text[span.start as usize..span.end as usize]),
        };
        push_note(file, pointer, word.map.map_span(*span), message);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<Word> {
        let mut lexer = Lexer { text, position: 0 };
        let mut words = Vec::new();
        while let Ok(Some(word)) = lexer.next_word() {
            words.push(word);
        }
        words
    }

    #[test]
    fn quotes_and_continuations() {
        let text = "curl -H 'A: b' \\\n  -d \"x\\\"y\" $'a\\nb'";
        let words = words(text);
        let texts: Vec<&str> = words.iter().map(|word| word.text.as_str()).collect();
        assert_eq!(texts, ["curl", "-H", "A: b", "-d", "x\"y", "a\nb"]);
        let quoted = &words[2];
        assert_eq!(&text[quoted.map.map_span(Span::new(3, 4)).range()], "b");
        let escaped = &words[5];
        assert_eq!(&text[escaped.map.map_span(Span::new(1, 2)).range()], "\\n");
        assert_eq!(&text[escaped.map.map_span(Span::new(2, 3)).range()], "b");
    }

    #[test]
    fn expansions_are_recorded() {
        let words = words("curl -H \"X-Auth-Token: $TOKEN\" '$literal'");
        assert_eq!(words[2].expansions, [Span::new(14, 20)]);
        assert!(words[3].expansions.is_empty());
    }

    #[test]
    fn ansi_c_escapes() {
        assert_eq!(ansi_c_escape("n"), ('\n', 1));
        assert_eq!(ansi_c_escape("x41"), ('A', 3));
        assert_eq!(ansi_c_escape("xff"), ('\u{fffd}', 3));
        assert_eq!(ansi_c_escape("u00e9"), ('é', 5));
        assert_eq!(ansi_c_escape("101"), ('A', 3));
        assert_eq!(ansi_c_escape("q"), ('\\', 0));
    }

    #[test]
    fn reads_request() {
        let text = "curl -sS --location --request POST 'https://h/v1/p/workspaces/w/sa/reports' \\\n  --header 'X-Auth-Token: MIIsecret' \\\n  --header 'Content-Type: application/json' \\\n  --data-raw '{\"a\": 1}'";
        let file = parse(text);
        assert!(file.findings.is_empty(), "{:?}", file.findings);
        let request = &file.requests[0];
        assert_eq!(request.request.method, "POST");
        assert_eq!(request.request.body, b"{\"a\": 1}");
        let hidden: Vec<&str> = file
            .secret_spans()
            .iter()
            .map(|s| &text[s.range()])
            .collect();
        assert_eq!(hidden, ["MIIsecret"]);
        let body = request.body.as_ref().unwrap();
        assert_eq!(&text[body.map_span(Span::new(1, 4)).range()], "\"a\"");
    }

    #[test]
    fn unterminated_quote_is_reported() {
        let file = parse("curl -d '{\"a\": 1}");
        assert!(file.requests.is_empty());
        assert_eq!(file.findings[0].rule.name, "request-syntax");
        assert_eq!(file.findings[0].span, Span::new(8, 9));
    }

    #[test]
    fn header_without_name_is_reported() {
        for header in ["': x'", "'  : x'", "';'"] {
            let file = parse(&format!(
                "curl https://h/v1/p/workspaces/w/sa/reports -H {header}"
            ));
            assert_eq!(file.requests[0].request.headers.len(), 0, "{header}");
            assert_eq!(
                file.findings[0].message.id, "request-syntax.header",
                "{header}"
            );
        }
    }

    #[test]
    fn other_commands_are_reported() {
        let file = parse("wget https://example.com");
        assert_eq!(file.findings[0].message.id, "request-syntax.not-curl");
    }
}

//! Span-aware JSON syntax tree.
//!
//! The parser is written for this crate rather than taken from a span-aware JSON crate, because the
//! checker needs four things at once that the crates evaluated do not give together: byte ranges for
//! every key and value, duplicate keys kept in document order, an explicit nesting limit enforced
//! without recursion (so 100,000 nested brackets cannot overflow the stack, including the 1 MiB stack
//! of WebAssembly), and a tree that borrows strings from the input so the valid path allocates one
//! vector and nothing else.

mod parser;
mod position;
pub(crate) mod tree;
pub(crate) mod unescape;

pub use parser::{parse, Limits, SyntaxError, SyntaxErrorKind};
pub use position::{LineIndex, Position, PositionCursor};
pub use tree::{Document, Kind, Member, Span, Value};

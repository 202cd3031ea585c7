//! The one line-record format both blocks of the kept plaintext use (the plan's and the
//! diary's), read and written here only, so the two cannot drift apart again:
//! ```text
//! <name> <version>            the header: which block, which version of it
//! <tag> <word> <word>…        a record: a one-letter tag, then words (no spaces inside)
//! <tag> <word>… <bytes>       a text record: the last word is a length, and exactly
//! <text>                        that many bytes of UTF-8 follow, then a newline
//! end
//! ```
//! Nothing is escaped: a text is length-prefixed, so it may hold any character, newlines
//! and "end" included. Codes (what a word names: a section, a field, a stance) are
//! lowercase ASCII letters and `-` ([`code`]); a code this version does not know is
//! skipped by its reader, never fatal, so a value from a later version still opens.
//! Anything malformed, truncated or trailing is [`Error::Corrupt`], never a panic.

use super::{Error, MAX_PLAIN_BYTES};

/// Most words a record has after its tag (the diary's `e <day> <children>`; a text
/// record's length counts as one).
const MAX_WORDS: usize = 2;
/// Longest length word: 7 digits, more than [`MAX_PLAIN_BYTES`] ever needs.
const MAX_LEN_DIGITS: usize = 7;

/// One record: its tag and up to [`MAX_WORDS`] words. More words is corrupt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Record<'a> {
    pub tag: &'a str,
    pub words: [Option<&'a str>; MAX_WORDS],
}

/// Reads one block from the start of the plaintext.
pub struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    /// Checks the header `<name> <version>`. `<name> <other digits>` is a value from
    /// another version ([`Error::OtherVersion`]); anything else is not ours.
    pub fn open(bytes: &'a [u8], name: &str, version: u32) -> Result<Reader<'a>, Error> {
        let first = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
        let Some(v) = first
            .strip_prefix(name.as_bytes())
            .and_then(|rest| rest.strip_prefix(b" "))
        else {
            return Err(Error::Corrupt);
        };
        let digits = !v.is_empty() && v.len() <= 9 && v.iter().all(u8::is_ascii_digit);
        if !digits {
            return Err(Error::Corrupt);
        }
        if v != version.to_string().as_bytes() {
            return Err(Error::OtherVersion);
        }
        let rest = bytes
            .get(first.len()..)
            .and_then(|r| r.strip_prefix(b"\n"))
            .ok_or(Error::Corrupt)?;
        Ok(Reader { rest })
    }

    /// The next record, or None at `end`.
    pub fn record(&mut self) -> Result<Option<Record<'a>>, Error> {
        let nl = self
            .rest
            .iter()
            .position(|b| *b == b'\n')
            .ok_or(Error::Corrupt)?;
        let (line, tail) = self.rest.split_at_checked(nl).ok_or(Error::Corrupt)?;
        let line = std::str::from_utf8(line).map_err(|_| Error::Corrupt)?;
        self.rest = tail.get(1..).ok_or(Error::Corrupt)?;
        if line == "end" {
            return Ok(None);
        }
        let mut parts = line.split(' ');
        let tag = parts.next().ok_or(Error::Corrupt)?;
        let mut words = [None; MAX_WORDS];
        for w in &mut words {
            *w = parts.next();
        }
        if parts.next().is_some() || tag.len() != 1 || !tag.bytes().all(|b| b.is_ascii_lowercase())
        {
            return Err(Error::Corrupt);
        }
        Ok(Some(Record { tag, words }))
    }

    /// The text after a text record whose length word is `len`.
    pub fn text(&mut self, len: &str) -> Result<&'a str, Error> {
        if len.is_empty() || len.len() > MAX_LEN_DIGITS || !len.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(Error::Corrupt);
        }
        let len: usize = len.parse().map_err(|_| Error::Corrupt)?;
        let (text, tail) = self.rest.split_at_checked(len).ok_or(Error::Corrupt)?;
        self.rest = tail.strip_prefix(b"\n").ok_or(Error::Corrupt)?;
        std::str::from_utf8(text).map_err(|_| Error::Corrupt)
    }

    /// What follows the block's `end`.
    pub fn rest(self) -> &'a [u8] {
        self.rest
    }
}

/// A code we may not know (a later version's: skipped), but that must look like one.
pub fn code(word: &str) -> Result<&str, Error> {
    if !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
        Ok(word)
    } else {
        Err(Error::Corrupt)
    }
}

/// `<outer>.<inner>`, each a [`code`] (the plan's `section.item`).
pub fn dotted(word: &str) -> Result<(&str, &str), Error> {
    let (outer, inner) = word.split_once('.').ok_or(Error::Corrupt)?;
    Ok((code(outer)?, code(inner)?))
}

/// Writes one block. Every write is bounded: past [`MAX_PLAIN_BYTES`] the block is
/// [`Error::TooLarge`], checked after each text and at the end.
pub struct Writer<'a> {
    out: &'a mut Vec<u8>,
}

impl<'a> Writer<'a> {
    /// Starts a block with its header.
    pub fn open(out: &'a mut Vec<u8>, name: &str, version: u32) -> Writer<'a> {
        out.extend_from_slice(format!("{name} {version}\n").as_bytes());
        Writer { out }
    }

    /// A record of `tag` and `words` (each without spaces or newlines).
    pub fn record(&mut self, tag: char, words: &[&str]) {
        self.out.extend_from_slice(tag.to_string().as_bytes());
        for w in words {
            self.out.push(b' ');
            self.out.extend_from_slice(w.as_bytes());
        }
        self.out.push(b'\n');
    }

    /// A text record: `tag`, `words`, the text's length, then the text itself.
    pub fn text(&mut self, tag: char, words: &[&str], text: &str) -> Result<(), Error> {
        let len = text.len().to_string();
        let mut all: Vec<&str> = words.to_vec();
        all.push(&len);
        self.record(tag, &all);
        self.out.extend_from_slice(text.as_bytes());
        self.out.push(b'\n');
        self.bounded()
    }

    /// Ends the block.
    pub fn end(self) -> Result<(), Error> {
        self.out.extend_from_slice(b"end\n");
        self.bounded()
    }

    fn bounded(&self) -> Result<(), Error> {
        if self.out.len() > MAX_PLAIN_BYTES {
            Err(Error::TooLarge)
        } else {
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_block_reads_back_what_was_written() -> Result<(), Error> {
        let mut out = Vec::new();
        let mut w = Writer::open(&mut out, "note", 3);
        w.record('a', &["x-y", "z"]);
        w.text('t', &["f"], "two\nlines, end\n")?;
        w.end()?;
        out.extend_from_slice(b"after");
        assert_eq!(
            out,
            b"note 3\na x-y z\nt f 15\ntwo\nlines, end\n\nend\nafter".as_slice()
        );
        let mut r = Reader::open(&out, "note", 3)?;
        assert_eq!(
            r.record()?,
            Some(Record {
                tag: "a",
                words: [Some("x-y"), Some("z")]
            })
        );
        let t = r.record()?.ok_or(Error::Corrupt)?;
        assert_eq!(t.words, [Some("f"), Some("15")]);
        assert_eq!(r.text("15")?, "two\nlines, end\n");
        assert_eq!(r.record()?, None);
        assert_eq!(r.rest(), b"after");
        Ok(())
    }

    #[test]
    fn headers_tell_another_version_from_what_is_not_ours() {
        let open = |b: &[u8]| Reader::open(b, "note", 1).map(|_| ());
        assert_eq!(open(b"note 1\nend\n"), Ok(()));
        for other in [&b"note 2\n"[..], b"note 17\nend\n", b"note 999999999\n"] {
            assert_eq!(open(other), Err(Error::OtherVersion));
        }
        #[rustfmt::skip]
        let cases: &[&[u8]] = &[
            b"", b"note 1", b"note\n", b"note \n",
            b"note x\n", b"note 1 \n", b"notes 1\n", b"plan 1\n",
            b"note 1234567890\n",
        ];
        for bad in cases {
            assert_eq!(open(bad), Err(Error::Corrupt), "{bad:?}");
        }
    }

    #[test]
    fn records_texts_and_codes_are_strict() -> Result<(), Error> {
        fn next(b: &[u8]) -> Result<Option<Record<'_>>, Error> {
            Reader::open(b, "n", 1)?.record()
        }
        #[rustfmt::skip]
        let cases: &[&[u8]] = &[
            b"n 1\n", b"n 1\nend", b"n 1\n\nend\n", b"n 1\nab x\nend\n",
            b"n 1\nA x\nend\n", b"n 1\na x y z\nend\n", b"n 1\na \xff\nend\n",
        ];
        for bad in cases {
            assert_eq!(next(bad), Err(Error::Corrupt), "{bad:?}");
        }
        let mut r = Reader::open(b"n 1\nt 3\nab\nend\n", "n", 1)?;
        r.record()?;
        assert_eq!(r.text("3"), Err(Error::Corrupt));
        for len in ["", "-3", "+3", "12345678", "3 "] {
            let mut r = Reader::open(b"n 1\nabcdef\n", "n", 1)?;
            assert_eq!(r.text(len), Err(Error::Corrupt), "{len:?}");
        }
        let mut r = Reader::open(b"n 1\n\xff\xfe\n", "n", 1)?;
        assert_eq!(r.text("2"), Err(Error::Corrupt));
        assert_eq!(code("later-thing"), Ok("later-thing"));
        for bad in ["", "Staying", "x1", "a.b", "a b", "é"] {
            assert_eq!(code(bad), Err(Error::Corrupt), "{bad:?}");
        }
        assert_eq!(dotted("gobag.cccd"), Ok(("gobag", "cccd")));
        for bad in ["gobag", ".cccd", "gobag.", "gobag. ", "a.b.c"] {
            assert_eq!(dotted(bad), Err(Error::Corrupt), "{bad:?}");
        }
        Ok(())
    }

    #[test]
    fn a_block_past_the_bound_is_too_large() {
        let mut out = Vec::new();
        let mut w = Writer::open(&mut out, "n", 1);
        assert_eq!(
            w.text('t', &[], &"a".repeat(MAX_PLAIN_BYTES)),
            Err(Error::TooLarge)
        );
    }
}

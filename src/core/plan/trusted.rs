//! A trusted person one message away: their name or nickname, their number and a code
//! word of the person's own, and the ready messages built from them. Pure: the `sms:`
//! link is text, the share sheet and the clipboard are the platform's. A message never
//! carries a location, and nothing here is sent anywhere by the app: the person's own
//! SMS or Zalo sends it, when they press send there.

use crate::keys;

/// Longest number we accept (digits and a leading `+`); longer is a typing slip.
pub const MAX_NUMBER_DIGITS: usize = 15;

/// What the person wrote. Kept exactly as typed (in memory, and in the encrypted plan
/// only when they keep it).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Trusted {
    pub name: String,
    pub number: String,
    pub word: String,
}

/// Which of the three texts, for storing and for DOM ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TrustedField {
    Name,
    Number,
    Word,
}

impl TrustedField {
    pub const ALL: [TrustedField; 3] =
        [TrustedField::Name, TrustedField::Number, TrustedField::Word];

    pub fn code(self) -> &'static str {
        match self {
            TrustedField::Name => "name",
            TrustedField::Number => "number",
            TrustedField::Word => "word",
        }
    }

    pub fn from_code(code: &str) -> Option<TrustedField> {
        TrustedField::ALL.into_iter().find(|f| f.code() == code)
    }
}

impl Trusted {
    pub fn get(&self, f: TrustedField) -> &str {
        match f {
            TrustedField::Name => &self.name,
            TrustedField::Number => &self.number,
            TrustedField::Word => &self.word,
        }
    }

    pub fn set(&mut self, f: TrustedField, text: impl Into<String>) {
        let text = text.into();
        match f {
            TrustedField::Name => self.name = text,
            TrustedField::Number => self.number = text,
            TrustedField::Word => self.word = text,
        }
    }

    /// Nothing but spaces anywhere.
    pub fn is_empty(&self) -> bool {
        TrustedField::ALL
            .into_iter()
            .all(|f| self.get(f).trim().is_empty())
    }

    /// The number as a phone dials it, when it is one.
    pub fn dial(&self) -> Option<String> {
        dial_number(&self.number)
    }

    /// The code word without surrounding spaces, when there is one.
    pub fn code_word(&self) -> Option<&str> {
        Some(self.word.trim()).filter(|w| !w.is_empty())
    }
}

/// The ready messages, in the order shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ready {
    CallMe,
    ComeGetMe,
    Call113,
    /// Reads like an everyday text; holds the code word.
    CodeWord,
}

impl Ready {
    pub const ALL: [Ready; 4] = [
        Ready::CallMe,
        Ready::ComeGetMe,
        Ready::Call113,
        Ready::CodeWord,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Ready::CallMe => "call-me",
            Ready::ComeGetMe => "come",
            Ready::Call113 => "call-113",
            Ready::CodeWord => "codeword",
        }
    }

    /// What the button says (message id).
    pub fn label_key(self) -> &'static str {
        match self {
            Ready::CallMe => keys::TRUSTED_MSG_CALL_ME_LABEL,
            Ready::ComeGetMe => keys::TRUSTED_MSG_COME_LABEL,
            Ready::Call113 => keys::TRUSTED_MSG_113_LABEL,
            Ready::CodeWord => keys::TRUSTED_MSG_CODEWORD_LABEL,
        }
    }

    /// The message itself (message id; the code word one takes `$word`).
    pub fn body_key(self) -> &'static str {
        match self {
            Ready::CallMe => keys::TRUSTED_MSG_CALL_ME,
            Ready::ComeGetMe => keys::TRUSTED_MSG_COME,
            Ready::Call113 => keys::TRUSTED_MSG_113,
            Ready::CodeWord => keys::TRUSTED_MSG_CODEWORD,
        }
    }

    pub fn needs_word(self) -> bool {
        self == Ready::CodeWord
    }
}

/// `+84 90-123 45 67` → `+84901234567`. Spaces, dots, dashes and brackets are dropped;
/// anything else, or too few or too many digits, is not a number.
pub fn dial_number(typed: &str) -> Option<String> {
    let t = typed.trim();
    let (plus, rest) = match t.strip_prefix('+') {
        Some(r) => ("+", r),
        None => ("", t),
    };
    let mut digits = String::with_capacity(rest.len());
    for c in rest.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '.' | '-' | '(' | ')' => {}
            _ => return None,
        }
    }
    (3..=MAX_NUMBER_DIGITS)
        .contains(&digits.len())
        .then(|| format!("{plus}{digits}"))
}

/// `sms:<number>?body=<text>`, the text percent-encoded as UTF-8. Android and iOS open
/// their messages app with the text filled in; the person still presses send there.
pub fn sms_href(number: &str, body: &str) -> String {
    format!("sms:{number}?body={}", percent_encode(body))
}

/// Every byte but the unreserved ASCII ones (RFC 3986) as `%XX`.
pub fn percent_encode(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            for nibble in [b >> 4, b & 0x0f] {
                if let Some(&h) = HEX.get(usize::from(nibble)) {
                    out.push(char::from(h));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_as_a_phone_dials_them() {
        assert_eq!(dial_number(" 090 123 45 67 "), Some("0901234567".into()));
        assert_eq!(
            dial_number("+84 (90) 123-45.67"),
            Some("+84901234567".into())
        );
        assert_eq!(dial_number("113"), Some("113".into()));
        for bad in [
            "",
            "+",
            "12",
            "09x1234567",
            "0901234567;body=hi",
            "++84901",
            "1234567890123456",
            "٠٩٠١٢٣",
        ] {
            assert_eq!(dial_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn sms_links_carry_the_number_and_the_encoded_text() {
        assert_eq!(
            sms_href("+84901234567", "Nhớ bánh xèo nhé! & ok?"),
            "sms:+84901234567?body=Nh%E1%BB%9B%20b%C3%A1nh%20x%C3%A8o%20nh%C3%A9%21%20%26%20ok%3F"
        );
        assert_eq!(percent_encode("a-b_c.d~e"), "a-b_c.d~e");
        assert_eq!(percent_encode("ក\n#"), "%E1%9E%80%0A%23");
    }

    #[test]
    fn fields_round_trip_and_spaces_are_empty() {
        let mut t = Trusted::default();
        assert!(t.is_empty() && t.dial().is_none() && t.code_word().is_none());
        for f in TrustedField::ALL {
            assert_eq!(TrustedField::from_code(f.code()), Some(f));
            t.set(f, "  ");
        }
        assert!(t.is_empty());
        t.set(TrustedField::Word, " mua mắm ");
        assert_eq!(t.code_word(), Some("mua mắm"));
        assert_eq!(t.get(TrustedField::Word), " mua mắm ");
        assert!(!t.is_empty());
        assert!(Ready::ALL.iter().filter(|r| r.needs_word()).count() == 1);
    }
}

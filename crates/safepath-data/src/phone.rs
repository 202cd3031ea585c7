//! Vietnamese phone numbers: which sort, how they are written for links and for the eye.

/// What sort of Vietnamese number it is; decides how it is grouped and what it may cost.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneClass {
    /// Three digits starting with 1: 111, 113, 114, 115 (and a future national DV line).
    Short,
    /// 1800 xxxx / 1800 xxxxxx: free for the caller.
    TollFree,
    /// 1900 xxxx / 1900 xxxxxx: charged to the caller.
    Premium,
    /// 02… area code + subscriber number (0296 for An Giang, 0297 for former Kiên Giang).
    Landline,
    /// 10 digits starting 03, 05, 07, 08 or 09.
    Mobile,
}

/// A number checked and prepared for the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    pub class: PhoneClass,
    /// For `tel:` and `sms:` links: digits only, `+84…` kept international.
    pub tel: String,
    /// For the eye: `113`, `1800 1768`, `1900 969680`, `0912 345 678`, `0296 386 1234`,
    /// `+84 912 345 678`.
    pub display: String,
}

const PHONE_HELP: &str = "expected a short code (111, 113, 114, 115), a 1800/1900 number \
(1800 xxxx, 1800 xxxxxx, 1900 xxxx, 1900 xxxxxx), a landline (02…, 11 digits, e.g. \
0296 xxx xxxx), a mobile (10 digits starting 03, 05, 07, 08 or 09) or +84 followed by a \
landline or mobile without its 0";

fn group(digits: &str, sizes: &[usize]) -> String {
    let mut out = Vec::new();
    let mut rest = digits;
    for &n in sizes {
        let (head, tail) = rest.split_at(n.min(rest.len()));
        if !head.is_empty() {
            out.push(head);
        }
        rest = tail;
    }
    if !rest.is_empty() {
        out.push(rest);
    }
    out.join(" ")
}

/// Classifies a national number (digits only) and groups it for display.
fn national(d: &str) -> Option<(PhoneClass, String)> {
    let n = d.len();
    if n == 3 && d.starts_with('1') {
        return Some((PhoneClass::Short, d.to_string()));
    }
    for (prefix, class) in [
        ("1800", PhoneClass::TollFree),
        ("1900", PhoneClass::Premium),
    ] {
        if d.starts_with(prefix) && (n == 8 || n == 10) {
            return Some((class, group(d, &[4])));
        }
    }
    if d.starts_with("02") && (n == 10 || n == 11) {
        // Hà Nội (024) and Hồ Chí Minh City (028) have 3-digit area codes, the rest 4.
        let area = if d.starts_with("024") || d.starts_with("028") {
            3
        } else {
            4
        };
        let sub = n - area;
        let sizes: &[usize] = if sub == 8 { &[area, 4] } else { &[area, 3] };
        return Some((PhoneClass::Landline, group(d, sizes)));
    }
    let mobile_prefix = ["03", "05", "07", "08", "09"]
        .iter()
        .any(|p| d.starts_with(p));
    if n == 10 && mobile_prefix {
        return Some((PhoneClass::Mobile, group(d, &[4, 3])));
    }
    None
}

/// Checks a number as an officer may type it (`1900 969680`, `0296.386.1234`,
/// `+84 912 345 678`) and returns its link and display forms.
pub fn parse_phone(input: &str) -> Result<Phone, String> {
    let s = input.trim();
    let bad = |why: &str| {
        Err(format!(
            "\"{input}\" is not a valid Vietnamese number ({why}): {PHONE_HELP}"
        ))
    };
    if s.is_empty() {
        return bad("it is empty");
    }
    let international = s.starts_with('+');
    let body = if international { &s[1..] } else { s };
    if let Some(c) = body
        .chars()
        .find(|c| !(c.is_ascii_digit() || matches!(c, ' ' | '.' | '-' | '(' | ')')))
    {
        return bad(&format!("it contains '{c}'"));
    }
    let digits: String = body.chars().filter(char::is_ascii_digit).collect();
    if international {
        let Some(rest) = digits.strip_prefix("84") else {
            return bad("only +84 numbers are accepted");
        };
        return match national(&format!("0{rest}")) {
            Some((class @ (PhoneClass::Landline | PhoneClass::Mobile), shown)) => Ok(Phone {
                class,
                tel: format!("+84{rest}"),
                display: format!("+84 {}", &shown[1..]),
            }),
            _ => bad("after +84 comes a landline or mobile number without its first 0"),
        };
    }
    if digits.starts_with("84") && digits.len() >= 11 {
        return bad("write the country code as +84");
    }
    match national(&digits) {
        Some((class, display)) => Ok(Phone {
            class,
            tel: digits,
            display,
        }),
        None if national(&format!("0{digits}")).is_some() => bad(
            "its first 0 is missing: a spreadsheet drops it from numbers, so write the \
             number with spaces (0296 386 1234) or format the column as text",
        ),
        None => bad("wrong length or prefix"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_are_normalised_and_grouped_the_vietnamese_way() {
        let cases = [
            ("113", "113", "113", PhoneClass::Short),
            ("111", "111", "111", PhoneClass::Short),
            ("1800 1768", "18001768", "1800 1768", PhoneClass::TollFree),
            ("1800.1768", "18001768", "1800 1768", PhoneClass::TollFree),
            (
                "1800 123456",
                "1800123456",
                "1800 123456",
                PhoneClass::TollFree,
            ),
            (
                "1900969680",
                "1900969680",
                "1900 969680",
                PhoneClass::Premium,
            ),
            ("1900 1234", "19001234", "1900 1234", PhoneClass::Premium),
            (
                "0296 3861 234",
                "02963861234",
                "0296 386 1234",
                PhoneClass::Landline,
            ),
            (
                "0297-386-1234",
                "02973861234",
                "0297 386 1234",
                PhoneClass::Landline,
            ),
            (
                "024 3333 5599",
                "02433335599",
                "024 3333 5599",
                PhoneClass::Landline,
            ),
            (
                "0912345678",
                "0912345678",
                "0912 345 678",
                PhoneClass::Mobile,
            ),
            (
                "0345 678 901",
                "0345678901",
                "0345 678 901",
                PhoneClass::Mobile,
            ),
            (
                "+84 912 345 678",
                "+84912345678",
                "+84 912 345 678",
                PhoneClass::Mobile,
            ),
            (
                "+84 296 386 1234",
                "+842963861234",
                "+84 296 386 1234",
                PhoneClass::Landline,
            ),
        ];
        for (input, tel, display, class) in cases {
            let p = parse_phone(input).unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(
                (p.tel.as_str(), p.display.as_str(), p.class),
                (tel, display, class),
                "{input}"
            );
        }
    }

    #[test]
    fn malformed_numbers_are_refused() {
        for bad in [
            "",
            "12345",
            "11",
            "1111",
            "213",
            "1800 17",
            "1800 1768 9",
            "1900 12345",
            "0912 345 67",
            "0112345678",
            "0612345678",
            "0296 386 12",
            "84912345678",
            "+1 202 555 0100",
            "+84 113",
            "+84 1800 1768",
            "0912 345 678 ext 2",
            "o912345678",
        ] {
            assert!(parse_phone(bad).is_err(), "{bad:?} must be refused");
        }
        // What a spreadsheet makes of 0296 386 1234 typed without spaces.
        let e = parse_phone("2963861234").err().unwrap_or_default();
        assert!(e.contains("first 0 is missing"), "{e}");
    }
}

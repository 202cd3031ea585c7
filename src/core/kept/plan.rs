//! The plan block of the kept plaintext: which [`record`](super::record)s it holds.
//! ```text
//! plan 1
//! c <section>.<item>            one ticked item
//! t <section>.<field> <bytes>   a written field (text as the records say)
//! s <stance>                    where the person is ("what matters to me")
//! p <priority>                  one line per priority, in the person's order
//! u <name|number|word> <bytes>  the trusted person
//! o <matters|trusted>           print that part with the plan
//! end
//! ```
//! The `s`, `p`, `u` and `o` lines appear only when there is something to say, so a plan
//! without them encodes exactly as before they existed. Unknown section, item, field and
//! other codes are skipped, so removing an item never makes an older plan unreadable.

use super::record::{self, Reader, Record, Writer};
use super::{Error, MAX_PLAIN_BYTES};
use crate::core::plan::matters::{Priority, Stance};
use crate::core::plan::trusted::TrustedField;
use crate::core::plan::{FieldId, ItemId, Plan, SectionId};

const NAME: &str = "plan";
const VERSION: u32 = 1;

/// The plan block alone. Fails only when the plan is too long to keep.
pub fn encode(plan: &Plan) -> Result<Vec<u8>, Error> {
    let mut out = Vec::new();
    encode_into(plan, &mut out)?;
    Ok(out)
}

/// Appends the plan block to `out` (the size bound counts what `out` already holds).
pub fn encode_into(plan: &Plan, out: &mut Vec<u8>) -> Result<(), Error> {
    let mut w = Writer::open(out, NAME, VERSION);
    for item in plan.checked_items() {
        w.record(
            'c',
            &[&format!("{}.{}", item.section().code(), item.code())],
        );
    }
    for (field, text) in plan.written_fields() {
        let id = format!("{}.{}", field.section().code(), field.code());
        w.text('t', &[&id], text)?;
    }
    if let Some(stance) = plan.matters.stance() {
        w.record('s', &[stance.code()]);
    }
    for p in plan.matters.priorities() {
        w.record('p', &[p.code()]);
    }
    for f in TrustedField::ALL {
        let text = plan.trusted.get(f);
        if !text.is_empty() {
            w.text('u', &[f.code()], text)?;
        }
    }
    for (on, code) in [
        (plan.print.matters, "matters"),
        (plan.print.trusted, "trusted"),
    ] {
        if on {
            w.record('o', &[code]);
        }
    }
    w.end()
}

/// Reads a plan block that is the whole of `bytes`. Never panics.
pub fn decode(bytes: &[u8]) -> Result<Plan, Error> {
    if bytes.is_empty() {
        return Err(Error::Empty);
    }
    if bytes.len() > MAX_PLAIN_BYTES {
        return Err(Error::Corrupt);
    }
    let mut r = Reader::open(bytes, NAME, VERSION)?;
    let mut plan = Plan::new();
    while let Some(Record { tag, words }) = r.record()? {
        match (tag, words) {
            ("c", [Some(id), None]) => {
                let (s, code) = record::dotted(id)?;
                if let Some(item) = SectionId::from_code(s).and_then(|s| ItemId::find(s, code)) {
                    plan.set_checked(item, true);
                }
            }
            ("t", [Some(id), Some(len)]) => {
                let (s, code) = record::dotted(id)?;
                let text = r.text(len)?;
                if let Some(field) = SectionId::from_code(s).and_then(|s| FieldId::find(s, code)) {
                    plan.set_field(field, text);
                }
            }
            ("s", [Some(code), None]) => {
                if let Some(stance) = Stance::from_code(record::code(code)?) {
                    plan.matters.set_stance(Some(stance));
                }
            }
            ("p", [Some(code), None]) => {
                if let Some(p) = Priority::from_code(record::code(code)?) {
                    plan.matters.choose(p);
                }
            }
            ("u", [Some(code), Some(len)]) => {
                let code = record::code(code)?;
                let text = r.text(len)?;
                if let Some(f) = TrustedField::from_code(code) {
                    plan.trusted.set(f, text);
                }
            }
            ("o", [Some(code), None]) => match record::code(code)? {
                "matters" => plan.print.matters = true,
                "trusted" => plan.print.trusted = true,
                _ => {}
            },
            _ => return Err(Error::Corrupt),
        }
    }
    if r.rest().is_empty() {
        Ok(plan)
    } else {
        Err(Error::Corrupt)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::plan::PrintChoice;
    use crate::keys;

    fn full_plan() -> Plan {
        let mut p = Plan::new();
        for s in SectionId::ALL {
            for i in s.items().step_by(2) {
                p.set_checked(i, true);
            }
        }
        let texts = [
            "Chị Lan, 0912 345 678 — nhà ở Long Xuyên, ấp Mỹ Hòa 🏠",
            "ផ្ទះបងស្រី នៅក្បែរវត្ត 🙏",
            "emoji 👩‍👧‍👦🇻🇳 and a line\nbreak, \"quotes\", tabs\t, t c.x 3\nend\n",
            "   leading and trailing spaces   ",
            "\u{0}\u{1f}\u{7f}\u{feff}\u{200b}",
        ];
        for (k, f) in SectionId::ALL
            .into_iter()
            .flat_map(|s| s.fields())
            .enumerate()
        {
            p.set_field(f, texts[k % texts.len()]);
        }
        p.matters.set_stance(Some(Stance::NotSure));
        p.matters.choose(Priority::Children);
        p.matters.choose(Priority::MoneyHome);
        p.trusted.name = "Chị Hai 👩".into();
        p.trusted.number = "+84 90 123 45 67".into();
        p.trusted.word = "bánh xèo\nend\n".into();
        p.print.trusted = true;
        p
    }

    #[test]
    fn plan_round_trips_every_script_and_long_text() -> Result<(), Error> {
        let p = full_plan();
        let bytes = encode(&p)?;
        assert_eq!(decode(&bytes), Ok(p));

        let mut big = Plan::new();
        let f = SectionId::After.fields().next().ok_or(Error::Corrupt)?;
        let long = "Ngày 3/5: anh ấy đập cửa. ថ្ងៃទី៣ 😢 ".repeat(100_000 / 40);
        assert!(long.len() >= 100_000);
        big.set_field(f, long.clone());
        let back = decode(&encode(&big)?)?;
        assert_eq!(back.field(f), long);

        assert_eq!(decode(&encode(&Plan::new())?), Ok(Plan::new()));
        Ok(())
    }

    #[test]
    fn a_plan_without_answers_or_trusted_person_encodes_as_before() -> Result<(), Error> {
        let mut p = Plan::new();
        for (s, code) in [(SectionId::GoBag, "cccd"), (SectionId::People, "codeword")] {
            p.set_checked(ItemId::find(s, code).ok_or(Error::Corrupt)?, true);
        }
        let f = FieldId::find(SectionId::People, "codeword").ok_or(Error::Corrupt)?;
        p.set_field(f, "hoa sen 🌸");
        // The bytes this plan was kept as before "what matters" and the trusted person.
        let before =
            "plan 1\nc people.codeword\nc gobag.cccd\nt people.codeword 12\nhoa sen 🌸\nend\n";
        assert_eq!(encode(&p)?, before.as_bytes());
        Ok(())
    }

    #[test]
    fn answers_trusted_person_and_print_choices_round_trip() -> Result<(), Error> {
        let mut p = Plan::new();
        p.matters.set_stance(Some(Stance::Staying));
        for x in [Priority::Family, Priority::Safety, Priority::Health] {
            p.matters.choose(x);
        }
        p.trusted.name = "Mẹ".into();
        p.trusted.number = "0901234567".into();
        p.trusted.word = "ផ្កាឈូក".into();
        p.print.matters = true;
        let bytes = encode(&p)?;
        let text = String::from_utf8_lossy(&bytes);
        assert_eq!(
            text,
            "plan 1\ns staying\np family\np safety\np health\nu name 4\nMẹ\nu number 10\n0901234567\nu word 21\nផ្កាឈូក\no matters\nend\n"
        );
        assert_eq!(decode(&bytes), Ok(p.clone()));
        // A later version's stance, priority, field or print choice is skipped.
        let later = "plan 1\ns moved-abroad\np faith\np family\nu photo 2\nab\no diary\nend\n";
        let back = decode(later.as_bytes())?;
        assert_eq!(back.matters.priorities(), &[Priority::Family]);
        assert!(back.matters.stance().is_none() && back.trusted.is_empty());
        assert_eq!(back.print, PrintChoice::default());
        // More priorities than a few: only the first few are kept.
        let many = "plan 1\np safety\np children\np health\np family\nend\n";
        assert_eq!(decode(many.as_bytes())?.matters.priorities().len(), 3);
        // Each case, between the bars.
        super::super::all_corrupt(
            b"plan 1\ns\nend\n|plan 1\ns Staying\nend\n|plan 1\ns staying x\nend\n|plan 1\np \nend\n|plan 1\nu name\nab\nend\n|plan 1\nu name 3\nab\nend\n|plan 1\nu name 1\nab\nend\n|plan 1\nu NAME 2\nab\nend\n|plan 1\no\nend\n|plan 1\no Matters\nend\n",
            |b| decode(b).map(|_| ()),
        );
        Ok(())
    }

    #[test]
    fn unknown_codes_are_skipped_not_fatal() -> Result<(), Error> {
        let s = "plan 1\nc gobag.rocket\nc moon.cccd\nt gobag.nope 3\nabc\nc gobag.keys\nend\n";
        let p = decode(s.as_bytes())?;
        assert_eq!(
            p.checked_items().collect::<Vec<_>>(),
            vec![ItemId::find(SectionId::GoBag, "keys").ok_or(Error::Corrupt)?]
        );
        assert_eq!(p.written_fields().count(), 0);
        Ok(())
    }

    #[test]
    fn bad_plaintexts_are_errors() {
        assert_eq!(decode(b""), Err(Error::Empty));
        assert_eq!(decode(b"plan 2\nend\n"), Err(Error::OtherVersion));
        assert_eq!(decode(b"plan 17\n"), Err(Error::OtherVersion));
        // Each case, between the bars.
        super::super::all_corrupt(
            b"garbage|plan 1|plan 1\n|plan 1\nend|plan 1\nend\nx|plan 1\nend\n\n|plan x\nend\n|plan 1\nc\nend\n|plan 1\nc gobag\nend\n|plan 1\nc .cccd\nend\n|plan 1\nc gobag. \nend\n|plan 1\nc gobag.cccd extra\nend\n|plan 1\nx gobag.cccd\nend\n|plan 1\nt people.places\nabc\nend\n|plan 1\nt people.places -3\nabc\nend\n|plan 1\nt people.places 4\nabc\nend\n|plan 1\nt people.places 2\nabc\nend\n|plan 1\nt people.places 99999999\nabc\nend\n|plan 1\nt people.places 18446744073709551616\nend\n|plan 1\nt people.places 2\n\xff\xfe\nend\n|plan 1\nc gobag.\xff\nend\n",
            |b| decode(b).map(|_| ()),
        );
        assert_eq!(
            decode(&vec![b'a'; MAX_PLAIN_BYTES + 1]),
            Err(Error::Corrupt)
        );
    }

    #[test]
    fn every_truncation_of_a_plaintext_is_an_error() -> Result<(), Error> {
        let bytes = encode(&full_plan())?;
        for n in 0..bytes.len() {
            assert!(
                decode(&bytes[..n]).is_err(),
                "prefix of {n} bytes was accepted"
            );
        }
        Ok(())
    }

    #[test]
    fn a_plan_too_long_to_keep_is_refused_when_saving() -> Result<(), Error> {
        let mut p = Plan::new();
        let f = SectionId::SelfCare.fields().next().ok_or(Error::Corrupt)?;
        p.set_field(f, "ក".repeat(MAX_PLAIN_BYTES / 3 + 1));
        assert_eq!(encode(&p), Err(Error::TooLarge));
        assert_eq!(Error::TooLarge.key(), keys::PLAN_TOO_LARGE);
        Ok(())
    }
}

use super::*;

fn full() -> Diary {
    let texts = [
        "Anh ấy say rượu, la hét và đẩy tôi vào tường. Ấp Mỹ Hòa, Long Xuyên 🏠",
        "ប្តីខ្ញុំវាយខ្ញុំ នៅផ្ទះ 😢🙏",
        "emoji 👩‍👧‍👦🇻🇳 a line\nbreak, \"quotes\", tabs\t, t what 3\nend\ne - -\n",
        "   leading and trailing spaces   ",
        "\u{0}\u{1f}\u{7f}\u{feff}\u{200b}",
    ];
    let mut d = Diary::new();
    for k in 0..6 {
        let mut e = Entry {
            day: if k == 4 {
                None
            } else {
                Day::parse(&format!("2026-{:02}-{:02}", k + 1, k * 5 + 1))
            },
            children: Children::ALL[k % 3],
            ..Entry::default()
        };
        for (i, f) in Field::ALL.into_iter().enumerate() {
            if (i + k) % 3 != 2 {
                e.set_text(f, texts[(i + k) % texts.len()]);
            }
        }
        d.add(e).unwrap();
    }
    d
}

fn bytes(d: &Diary) -> Vec<u8> {
    let mut v = Vec::new();
    encode(d, &mut v);
    v
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn days_are_read_strictly() {
    assert_eq!(
        Day::parse("2026-02-28"),
        Some(Day {
            year: 2026,
            month: 2,
            day: 28
        })
    );
    assert_eq!(
        Day::parse("2028-02-29").map(Day::dmy).as_deref(),
        Some("29/02/2028")
    );
    for bad in [
        "",
        "2026-02-29",
        "2026-13-01",
        "2026-00-10",
        "2026-04-31",
        "1899-01-01",
        "26-01-01",
        "2026/01/01",
        "2026-1-01",
        "+026-01-01",
        "2026-01-1 ",
        "２０２６-01-01",
        "2026-01-٠١",
    ] {
        assert_eq!(Day::parse(bad), None, "{bad}");
    }
    let d = Day::parse("2026-07-04").unwrap();
    assert_eq!(Day::parse(&d.iso()), Some(d));
}

#[test]
fn round_trips_vietnamese_khmer_and_emoji() {
    let d = full();
    let b = bytes(&d);
    let (back, rest) = decode(&b).unwrap();
    assert!(rest.is_empty());
    assert!(back.same_as(&d));
    assert_eq!(back.len(), 6);
    // What follows the block is left for the plan.
    let mut with_tail = b.clone();
    with_tail.extend_from_slice(b"plan 1\nend\n");
    assert_eq!(decode(&with_tail).unwrap().1, b"plan 1\nend\n");
}

#[test]
fn an_empty_diary_writes_nothing_and_an_empty_block_is_refused() {
    assert!(bytes(&Diary::new()).is_empty());
    assert_eq!(
        decode(b"diary 1\nend\n").map(|_| ()),
        Err(VaultError::Corrupt)
    );
}

#[test]
fn add_edit_delete_and_order() {
    let mut d = Diary::new();
    assert_eq!(d.add(Entry::default()), Err(DiaryError::Blank));
    let mut e = Entry::default();
    e.set_text(Field::What, "   ");
    assert_eq!(d.add(e.clone()), Err(DiaryError::Blank));
    e.set_text(Field::What, "lần đầu");
    e.day = Day::parse("2026-05-02");
    let a = d.add(e.clone()).unwrap();
    let undated = Entry::dated(None, Children::Yes);
    let b = d.add(undated).unwrap();
    e.day = Day::parse("2026-01-09");
    let c = d.add(e.clone()).unwrap();
    let order: Vec<EntryId> = d.by_date().into_iter().map(|(i, _)| i).collect();
    assert_eq!(order, vec![c, a, b]);
    e.set_text(Field::What, "đã sửa");
    d.update(a, e.clone()).unwrap();
    assert_eq!(d.get(a).unwrap().text(Field::What), "đã sửa");
    assert_eq!(d.update(a, Entry::default()), Err(DiaryError::Blank));
    assert!(d.delete(b));
    assert!(!d.delete(b));
    assert_eq!(d.update(b, e), Err(DiaryError::Missing));
    assert_eq!(d.len(), 2);
    d.clear();
    assert!(d.is_empty() && d.entries().next().is_none());
}

#[test]
fn a_full_diary_refuses_more() {
    let mut d = Diary::new();
    let mut e = Entry::default();
    e.set_text(Field::Notes, "x");
    for _ in 0..MAX_ENTRIES {
        d.add(e.clone()).unwrap();
    }
    assert_eq!(d.add(e), Err(DiaryError::Full));
    let b = bytes(&d);
    assert_eq!(decode(&b).unwrap().0.len(), MAX_ENTRIES);
    // One more, planted in a stored value, is refused.
    let mut planted = b[..b.len() - 4].to_vec();
    planted.extend_from_slice(b"e - -\nend\n");
    assert_eq!(decode(&planted).map(|_| ()), Err(VaultError::Corrupt));
}

#[test]
fn unknown_fields_are_skipped() {
    let (d, _) = decode(b"diary 1\ne 2026-01-02 y\nt smell 3\nabc\nt what 2\nok\nend\n").unwrap();
    let (_, e) = d.entries().next().unwrap();
    assert_eq!(e.text(Field::What), "ok");
    assert_eq!(e.children, Children::Yes);
    assert_eq!(e.written().count(), 1);
}

#[test]
fn bad_blocks_are_errors() {
    assert_eq!(
        decode(b"diary 2\n").map(|_| ()),
        Err(VaultError::OtherVersion)
    );
    for bad in [
        &b""[..],
        b"diary",
        b"diary 1",
        b"diary 1\n",
        b"diary 1\nend",
        b"diary x\nend\n",
        b"diary 1\nt what 1\na\nend\n",
        b"diary 1\ne\nend\n",
        b"diary 1\ne -\nend\n",
        b"diary 1\ne - - x\nend\n",
        b"diary 1\ne 2026-02-30 -\nend\n",
        b"diary 1\ne - maybe\nend\n",
        b"diary 1\ne - -\nt what\nabc\nend\n",
        b"diary 1\ne - -\nt what -1\nabc\nend\n",
        b"diary 1\ne - -\nt what 4\nabc\nend\n",
        b"diary 1\ne - -\nt what 2\nabc\nend\n",
        b"diary 1\ne - -\nt what 99999999\nabc\nend\n",
        b"diary 1\ne - -\nt  3\nabc\nend\n",
        b"diary 1\ne - -\nt what 2\n\xff\xfe\nend\n",
        b"diary 1\ne - \xff\nend\n",
        b"diary 1\nx - -\nend\n",
    ] {
        assert_eq!(
            decode(bad).map(|_| ()),
            Err(VaultError::Corrupt),
            "{:?}",
            String::from_utf8_lossy(bad)
        );
    }
}

#[test]
fn every_truncation_is_an_error() {
    let b = bytes(&full());
    for n in 0..b.len() {
        assert!(decode(&b[..n]).is_err(), "prefix of {n} bytes was accepted");
    }
}

#[test]
fn random_mutations_never_panic_and_what_reads_round_trips() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let base = bytes(&full());
    let alphabet = b"et -yn0123456789\n\xff\x00";
    for _ in 0..20_000 {
        let mut m = base.clone();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(m.len() + 1);
            match rng.below(4) {
                0 if at < m.len() => m[at] = alphabet[rng.below(alphabet.len())],
                1 if at < m.len() => {
                    m.remove(at);
                }
                2 => m.insert(at, rng.next() as u8),
                _ => m.truncate(at),
            }
        }
        if let Ok((d, rest)) = decode(&m) {
            let mut again = bytes(&d);
            again.extend_from_slice(rest);
            let (d2, rest2) = decode(&again).unwrap();
            assert!(d2.same_as(&d));
            assert_eq!(rest2, rest);
        }
    }
}

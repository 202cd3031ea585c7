//! Which providers to show for some needs and a place, and in what order.

use super::{Coverage, Kind, Provider, Status, PROVIDERS};
use crate::core::need::Need;

/// How a provider reaches the chosen place; the results are grouped this way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reach {
    /// Serves the chosen commune specifically.
    Local,
    /// Serves the whole province.
    Province,
    /// Serves the whole country.
    National,
}

impl Provider {
    /// How it covers `area` (a unit code), or `None` if it does not. With no area
    /// chosen, services listed for particular communes are left out: they may be far
    /// away, and the view asks for the commune to show them.
    pub fn reach(&self, area: Option<u32>) -> Option<Reach> {
        match self.coverage {
            Coverage::National => Some(Reach::National),
            Coverage::Province => Some(Reach::Province),
            Coverage::Units(codes) => area.filter(|a| codes.contains(a)).map(|_| Reach::Local),
        }
    }
}

/// The providers for `needs` (any of them; all needs when empty) in `area`, best first:
/// emergency numbers first when the person is in danger (or has chosen nothing yet),
/// then services covering their commune, then province-wide, then national; within each,
/// confirmed before not-yet-confirmed, then the order of the data file. Retired entries
/// never appear.
pub fn providers_for(needs: &[Need], area: Option<u32>) -> Vec<&'static Provider> {
    order_providers(&PROVIDERS, needs, area)
}

/// [`providers_for`] over any table (tests use small ones).
pub fn order_providers<'a>(
    list: &'a [Provider],
    needs: &[Need],
    area: Option<u32>,
) -> Vec<&'a Provider> {
    let danger_first = needs.is_empty() || needs.contains(&Need::Danger);
    let mut found: Vec<(u8, u8, &Provider)> = list
        .iter()
        .filter(|p| p.shown())
        .filter(|p| needs.is_empty() || needs.iter().any(|n| p.answers(*n)))
        .filter_map(|p| {
            let reach = p.reach(area)?;
            let tier = if danger_first && p.kind == Kind::Emergency {
                0
            } else {
                1 + reach as u8
            };
            Some((tier, u8::from(p.status == Status::Unverified), p))
        })
        .collect();
    // Stable: equal keys keep the file's order.
    crate::core::sort::sort_by(&mut found, |a, b| (a.0, a.1).cmp(&(b.0, b.1)));
    found.into_iter().map(|(_, _, p)| p).collect()
}

/// The headed groups of the results, in the order they are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// Emergency numbers, first when the person is in danger.
    Emergency,
    Local,
    Province,
    National,
}

/// What the "Get help" view shows for some needs and a place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Results<'a> {
    /// Non-empty runs of providers, best first, each under its heading.
    pub groups: Vec<(Group, Vec<&'a Provider>)>,
    /// Needs chosen for which nothing is listed: the view says so kindly, and the
    /// emergency numbers and hotlines are added so there is always someone to call.
    pub unmet: Vec<Need>,
    /// A commune is chosen and no row of the data serves it specifically (the view shows
    /// the commune's own People's Committee and police, which every commune has).
    pub no_local: bool,
}

impl Results<'_> {
    pub fn count(&self) -> usize {
        self.groups.iter().map(|(_, ps)| ps.len()).sum()
    }
}

/// [`providers_for`], grouped for the view, never empty.
pub fn results(needs: &[Need], area: Option<u32>) -> Results<'static> {
    results_in(&PROVIDERS, needs, area)
}

/// [`results`] over any table (tests use small ones).
pub fn results_in<'a>(list: &'a [Provider], needs: &[Need], area: Option<u32>) -> Results<'a> {
    let unmet: Vec<Need> = needs
        .iter()
        .copied()
        .filter(|n| order_providers(list, &[*n], area).is_empty())
        .collect();
    let mut wanted = needs.to_vec();
    if !unmet.is_empty() {
        for n in [Need::Danger, Need::Talk] {
            if !wanted.contains(&n) {
                wanted.push(n);
            }
        }
    }
    let danger_first = wanted.is_empty() || wanted.contains(&Need::Danger);
    let mut groups: Vec<(Group, Vec<&Provider>)> = Vec::new();
    for p in order_providers(list, &wanted, area) {
        let group = if danger_first && p.kind == Kind::Emergency {
            Group::Emergency
        } else {
            match p.reach(area) {
                Some(Reach::Local) => Group::Local,
                Some(Reach::Province) => Group::Province,
                _ => Group::National,
            }
        };
        match groups.last_mut() {
            Some((g, ps)) if *g == group => ps.push(p),
            _ => groups.push((group, vec![p])),
        }
    }
    let no_local = area.is_some() && !groups.iter().any(|(g, _)| *g == Group::Local);
    Results {
        groups,
        unmet,
        no_local,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{ContactPoint, Cost, Date, Hours, Service, Text};
    use super::*;

    /// Every provider's id, in the order shown.
    fn ids_of(r: &Results<'_>) -> Vec<&'static str> {
        r.groups
            .iter()
            .flat_map(|(_, ps)| ps.iter().map(|p| p.id))
            .collect()
    }

    const CALL: &[ContactPoint] = &[ContactPoint {
        tel: "113",
        display: "113",
        call: true,
        sms: false,
        zalo: false,
        cost: Cost::Free,
    }];
    const DAY: Date = Date {
        year: 2026,
        month: 11,
        day: 28,
    };

    const fn p(
        id: &'static str,
        kind: Kind,
        services: &'static [Service],
        coverage: Coverage,
        status: Status,
    ) -> Provider {
        Provider {
            id,
            name: Text {
                vi: id,
                en: None,
                km: None,
            },
            kind,
            services,
            coverage,
            in_person: false,
            contacts: CALL,
            hours: Hours::Always,
            languages: &[],
            address: None,
            note: None,
            sources: &[],
            checked: DAY,
            status,
        }
    }

    use Service as S;
    const LX: u32 = 30307;
    const PQ: u32 = 31078;

    // Deliberately listed in the "wrong" order, so sorting must do the work.
    static TABLE: [Provider; 8] = [
        p(
            "national-line",
            Kind::Hotline,
            &[S::Counselling],
            Coverage::National,
            Status::Verified,
        ),
        p(
            "province-centre",
            Kind::OneStopCentre,
            &[
                S::Counselling,
                S::MedicalCare,
                S::LegalAdvice,
                S::Shelter,
                S::PoliceProtection,
            ],
            Coverage::Province,
            Status::Verified,
        ),
        p(
            "lx-health",
            Kind::Health,
            &[S::MedicalCare, S::ForensicExam],
            Coverage::Units(&[LX]),
            Status::Verified,
        ),
        p(
            "lx-unconfirmed",
            Kind::WomensUnion,
            &[S::Counselling],
            Coverage::Units(&[LX]),
            Status::Unverified,
        ),
        p(
            "lx-womens-union",
            Kind::WomensUnion,
            &[S::Counselling],
            Coverage::Units(&[LX]),
            Status::Verified,
        ),
        p(
            "police",
            Kind::Emergency,
            &[S::PoliceProtection],
            Coverage::National,
            Status::Verified,
        ),
        p(
            "child-line",
            Kind::ChildProtection,
            &[S::ChildProtection],
            Coverage::National,
            Status::Verified,
        ),
        p(
            "old-line",
            Kind::Hotline,
            &[S::Counselling],
            Coverage::National,
            Status::Retired,
        ),
    ];

    fn ids(needs: &[Need], area: Option<u32>) -> Vec<&'static str> {
        order_providers(&TABLE, needs, area)
            .iter()
            .map(|p| p.id)
            .collect()
    }

    #[test]
    fn ordering_rules() {
        // (needs, area, expected order)
        let table: [(&[Need], Option<u32>, &[&str]); 7] = [
            // In danger: emergency first, then local, province, national.
            (&[Need::Danger], Some(LX), &["police", "province-centre"]),
            (
                &[Need::Danger, Need::Talk],
                Some(LX),
                &[
                    "police",
                    "lx-womens-union",
                    "lx-unconfirmed",
                    "province-centre",
                    "national-line",
                ],
            ),
            // Not in danger: local, then province, then national; emergency has no head start.
            (
                &[Need::Talk],
                Some(LX),
                &[
                    "lx-womens-union",
                    "lx-unconfirmed",
                    "province-centre",
                    "national-line",
                ],
            ),
            (
                &[Need::Medical],
                Some(LX),
                &["lx-health", "province-centre"],
            ),
            // Another commune: services listed for Long Xuyên are not offered.
            (
                &[Need::Talk],
                Some(PQ),
                &["province-centre", "national-line"],
            ),
            // No commune chosen yet: only what covers everyone.
            (&[Need::Child], None, &["child-line"]),
            // Nothing chosen: everything shown, emergency first.
            (
                &[],
                None,
                &["police", "province-centre", "national-line", "child-line"],
            ),
        ];
        for (needs, area, want) in table {
            assert_eq!(ids(needs, area), want, "needs {needs:?}, area {area:?}");
        }
    }

    #[test]
    fn retired_entries_never_appear() {
        for needs in [&[][..], &[Need::Talk], &Need::ALL] {
            for area in [None, Some(LX), Some(PQ)] {
                assert!(!ids(needs, area).contains(&"old-line"));
            }
        }
        for needs in [&[][..], &Need::ALL] {
            assert!(providers_for(needs, Some(LX)).iter().all(|p| p.shown()));
        }
    }

    #[test]
    fn in_danger_the_real_directory_puts_113_first() {
        let got: Vec<_> = providers_for(&[Need::Danger], Some(LX))
            .iter()
            .map(|p| p.id)
            .collect();
        assert_eq!(got.first(), Some(&"police-113"), "{got:?}");
        let child: Vec<_> = providers_for(&[Need::Child], None)
            .iter()
            .map(|p| p.id)
            .collect();
        assert!(child.contains(&"child-111"), "{child:?}");
    }

    #[test]
    fn reach_of_each_coverage() {
        assert_eq!(TABLE[0].reach(None), Some(Reach::National));
        assert_eq!(TABLE[1].reach(Some(PQ)), Some(Reach::Province));
        assert_eq!(TABLE[2].reach(Some(LX)), Some(Reach::Local));
        assert_eq!(TABLE[2].reach(Some(PQ)), None);
        assert_eq!(TABLE[2].reach(None), None);
    }

    fn grouped(needs: &[Need], area: Option<u32>) -> Vec<(Group, Vec<&'static str>)> {
        results_in(&TABLE, needs, area)
            .groups
            .into_iter()
            .map(|(g, ps)| (g, ps.iter().map(|p| p.id).collect()))
            .collect()
    }

    #[test]
    fn results_are_grouped_under_headings_in_order() {
        assert_eq!(
            grouped(&[Need::Danger, Need::Talk], Some(LX)),
            vec![
                (Group::Emergency, vec!["police"]),
                (Group::Local, vec!["lx-womens-union", "lx-unconfirmed"]),
                (Group::Province, vec!["province-centre"]),
                (Group::National, vec!["national-line"]),
            ]
        );
        // Not in danger: an emergency number answering the need sits with its reach.
        assert_eq!(
            grouped(&[Need::Child], None),
            vec![(Group::National, vec!["child-line"])]
        );
        let r = results_in(&TABLE, &[Need::Talk], Some(LX));
        assert!(r.unmet.is_empty() && !r.no_local);
        assert_eq!(r.count(), 4);
        assert!(results_in(&TABLE, &[Need::Talk], Some(PQ)).no_local);
        assert!(!results_in(&TABLE, &[Need::Talk], None).no_local);
    }

    #[test]
    fn a_need_nobody_answers_still_gets_numbers_to_call() {
        // Nobody in the table answers "shelter" in Phú Quốc but the province centre does;
        // a table without it leaves shelter unmet.
        let no_shelter: Vec<Provider> = TABLE
            .iter()
            .copied()
            .filter(|p| p.id != "province-centre")
            .collect();
        let r = results_in(&no_shelter, &[Need::Shelter], Some(PQ));
        assert_eq!(r.unmet, vec![Need::Shelter]);
        let ids = ids_of(&r);
        assert_eq!(
            ids,
            vec!["police", "national-line"],
            "emergency first, then a hotline"
        );
        // Met and unmet together: the met need's services stay, the hotlines are added.
        let r = results_in(&no_shelter, &[Need::Child, Need::Shelter], None);
        assert_eq!(r.unmet, vec![Need::Shelter]);
        let ids = ids_of(&r);
        assert!(
            ids.contains(&"child-line") && ids.contains(&"national-line"),
            "{ids:?}"
        );
    }

    #[test]
    fn the_real_directory_never_leaves_a_page_empty() {
        for need in Need::ALL {
            for area in [None, Some(LX), Some(PQ), Some(30337)] {
                let r = results(&[need], area);
                assert!(r.count() > 0, "{need:?} {area:?}");
                assert!(
                    r.groups
                        .iter()
                        .flat_map(|(_, ps)| ps.iter())
                        .all(|p| p.shown()),
                    "retired shown for {need:?}"
                );
            }
        }
        let first = results(&[Need::Danger], Some(LX));
        assert_eq!(first.groups[0].0, Group::Emergency);
        assert_eq!(first.groups[0].1[0].id, "police-113");
    }
}

//! "What matters to me": where the person is (staying, thinking of leaving, have left,
//! not sure) and the few things that matter most to them, in their order. No score and
//! no advice to leave: the answers only order the plan, word its reasons and preselect
//! the help view's needs. Part of the plan, so it lives in memory, is kept only inside
//! the encrypted plan and is dropped by quick exit with it.

use crate::core::need::Need;
use crate::keys;

/// Where the person is now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stance {
    /// Living with the person and staying for now.
    Staying,
    ThinkingOfLeaving,
    HaveLeft,
    NotSure,
}

impl Stance {
    pub const ALL: [Stance; 4] = [
        Stance::Staying,
        Stance::ThinkingOfLeaving,
        Stance::HaveLeft,
        Stance::NotSure,
    ];

    /// Stable id, as stored in a kept plan (and usable as a DOM id suffix).
    pub fn code(self) -> &'static str {
        match self {
            Stance::Staying => "staying",
            Stance::ThinkingOfLeaving => "thinking",
            Stance::HaveLeft => "left",
            Stance::NotSure => "unsure",
        }
    }

    pub fn from_code(code: &str) -> Option<Stance> {
        Stance::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The answer's words (message id).
    pub fn key(self) -> &'static str {
        match self {
            Stance::Staying => keys::MATTERS_STANCE_STAYING,
            Stance::ThinkingOfLeaving => keys::MATTERS_STANCE_THINKING,
            Stance::HaveLeft => keys::MATTERS_STANCE_LEFT,
            Stance::NotSure => keys::MATTERS_STANCE_UNSURE,
        }
    }

    /// "Because you are staying for now, …" (message id).
    pub fn why_key(self) -> &'static str {
        match self {
            Stance::Staying => keys::MATTERS_WHY_STAYING,
            Stance::ThinkingOfLeaving => keys::MATTERS_WHY_THINKING,
            Stance::HaveLeft => keys::MATTERS_WHY_LEFT,
            Stance::NotSure => keys::MATTERS_WHY_UNSURE,
        }
    }

    /// The kinds of help that fit where the person is.
    pub fn needs(self) -> &'static [Need] {
        match self {
            Stance::Staying | Stance::NotSure => &[Need::Talk],
            Stance::ThinkingOfLeaving => &[Need::Shelter, Need::Legal],
            Stance::HaveLeft => &[Need::Legal],
        }
    }
}

/// What matters most. The person picks up to [`MAX_PRIORITIES`] and orders them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Priority {
    Safety,
    Children,
    /// Money and a place to live.
    MoneyHome,
    /// Keeping the family together.
    Family,
    Privacy,
    Health,
    StudiesWork,
}

/// A few, so that ordering them means something.
pub const MAX_PRIORITIES: usize = 3;

impl Priority {
    pub const ALL: [Priority; 7] = [
        Priority::Safety,
        Priority::Children,
        Priority::MoneyHome,
        Priority::Family,
        Priority::Privacy,
        Priority::Health,
        Priority::StudiesWork,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Priority::Safety => "safety",
            Priority::Children => "children",
            Priority::MoneyHome => "money-home",
            Priority::Family => "family",
            Priority::Privacy => "privacy",
            Priority::Health => "health",
            Priority::StudiesWork => "studies-work",
        }
    }

    pub fn from_code(code: &str) -> Option<Priority> {
        Priority::ALL.into_iter().find(|p| p.code() == code)
    }

    pub fn key(self) -> &'static str {
        match self {
            Priority::Safety => keys::MATTERS_P_SAFETY,
            Priority::Children => keys::MATTERS_P_CHILDREN,
            Priority::MoneyHome => keys::MATTERS_P_MONEY_HOME,
            Priority::Family => keys::MATTERS_P_FAMILY,
            Priority::Privacy => keys::MATTERS_P_PRIVACY,
            Priority::Health => keys::MATTERS_P_HEALTH,
            Priority::StudiesWork => keys::MATTERS_P_STUDIES_WORK,
        }
    }

    /// "Because you said your children come first, …" (message id).
    pub fn why_key(self) -> &'static str {
        match self {
            Priority::Safety => keys::MATTERS_WHY_SAFETY,
            Priority::Children => keys::MATTERS_WHY_CHILDREN,
            Priority::MoneyHome => keys::MATTERS_WHY_MONEY_HOME,
            Priority::Family => keys::MATTERS_WHY_FAMILY,
            Priority::Privacy => keys::MATTERS_WHY_PRIVACY,
            Priority::Health => keys::MATTERS_WHY_HEALTH,
            Priority::StudiesWork => keys::MATTERS_WHY_STUDIES_WORK,
        }
    }

    /// The kinds of help the contacts view has for this. Empty where it has none.
    pub fn needs(self) -> &'static [Need] {
        match self {
            Priority::Safety => &[Need::Danger],
            Priority::Children => &[Need::Child],
            Priority::MoneyHome => &[Need::Shelter],
            Priority::Family => &[Need::Talk],
            Priority::Health => &[Need::Medical],
            Priority::Privacy | Priority::StudiesWork => &[],
        }
    }

    /// Help the contacts list has no local entry for yet: the help view says so plainly
    /// rather than pretend (message id of that part of the priority).
    pub fn unlisted_key(self) -> Option<&'static str> {
        match self {
            Priority::MoneyHome => Some(keys::MATTERS_UNLISTED_MONEY),
            Priority::StudiesWork => Some(keys::MATTERS_UNLISTED_WORK),
            _ => None,
        }
    }
}

/// The answers. Both parts are optional: every question can be skipped.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Matters {
    stance: Option<Stance>,
    /// In the person's order, no repeats, at most [`MAX_PRIORITIES`].
    priorities: Vec<Priority>,
}

impl Matters {
    pub fn stance(&self) -> Option<Stance> {
        self.stance
    }

    pub fn set_stance(&mut self, stance: Option<Stance>) {
        self.stance = stance;
    }

    pub fn priorities(&self) -> &[Priority] {
        &self.priorities
    }

    pub fn is_chosen(&self, p: Priority) -> bool {
        self.priorities.contains(&p)
    }

    /// 1-based place of a chosen priority.
    pub fn rank(&self, p: Priority) -> Option<usize> {
        self.priorities.iter().position(|x| *x == p).map(|i| i + 1)
    }

    /// Whether another priority can be added.
    pub fn has_room(&self) -> bool {
        self.priorities.len() < MAX_PRIORITIES
    }

    /// Adds `p` last (when there is room and it is not there yet); `false` when not added.
    pub fn choose(&mut self, p: Priority) -> bool {
        if self.is_chosen(p) || !self.has_room() {
            return false;
        }
        self.priorities.push(p);
        true
    }

    pub fn unchoose(&mut self, p: Priority) {
        self.priorities.retain(|x| *x != p);
    }

    pub fn toggle(&mut self, p: Priority) {
        if self.is_chosen(p) {
            self.unchoose(p);
        } else {
            self.choose(p);
        }
    }

    /// Moves a chosen priority one place up; nothing when it is first or not chosen.
    pub fn move_up(&mut self, p: Priority) {
        if let Some(i) = self.priorities.iter().position(|x| *x == p) {
            if i > 0 {
                self.priorities.swap(i - 1, i);
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.stance.is_none() && self.priorities.is_empty()
    }

    pub fn clear(&mut self) {
        *self = Matters::default();
    }

    /// The help view's needs: the priorities' in their order, then the stance's; no repeats.
    pub fn needs(&self) -> Vec<Need> {
        let mut out: Vec<Need> = Vec::new();
        let from_stance = self.stance.map_or(&[][..], Stance::needs);
        for &n in self
            .priorities
            .iter()
            .flat_map(|p| p.needs())
            .chain(from_stance)
        {
            if !out.contains(&n) {
                out.push(n);
            }
        }
        out
    }

    /// Message ids of chosen priorities the contacts list has no local entry for yet.
    pub fn unlisted(&self) -> Vec<&'static str> {
        self.priorities
            .iter()
            .filter_map(|p| p.unlisted_key())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_safe_to_store() {
        for s in Stance::ALL {
            assert_eq!(Stance::from_code(s.code()), Some(s));
        }
        for p in Priority::ALL {
            assert_eq!(Priority::from_code(p.code()), Some(p));
        }
        for c in Stance::ALL
            .map(Stance::code)
            .into_iter()
            .chain(Priority::ALL.map(Priority::code))
        {
            assert!(!c.is_empty() && c.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
        }
        assert_eq!(Stance::from_code("leave-now"), None);
        assert_eq!(Priority::from_code(""), None);
    }

    #[test]
    fn a_few_priorities_in_the_persons_order_without_repeats() {
        let mut m = Matters::default();
        assert!(m.is_empty());
        assert!(m.choose(Priority::Health));
        assert!(m.choose(Priority::Children));
        assert!(!m.choose(Priority::Children));
        assert!(m.choose(Priority::Safety));
        assert!(!m.has_room());
        assert!(!m.choose(Priority::Privacy), "more than a few");
        assert_eq!(
            m.priorities(),
            &[Priority::Health, Priority::Children, Priority::Safety]
        );
        m.move_up(Priority::Safety);
        m.move_up(Priority::Safety);
        m.move_up(Priority::Safety);
        m.move_up(Priority::Privacy);
        assert_eq!(m.rank(Priority::Safety), Some(1));
        assert_eq!(m.rank(Priority::Children), Some(3));
        m.toggle(Priority::Health);
        assert_eq!(m.priorities(), &[Priority::Safety, Priority::Children]);
        m.toggle(Priority::Privacy);
        assert_eq!(m.rank(Priority::Privacy), Some(3));
        m.set_stance(Some(Stance::NotSure));
        assert!(!m.is_empty());
        m.clear();
        assert!(m.is_empty());
    }

    #[test]
    fn needs_follow_the_answers_and_unlisted_help_is_named() {
        let mut m = Matters::default();
        assert!(m.needs().is_empty() && m.unlisted().is_empty());
        m.choose(Priority::Children);
        m.choose(Priority::MoneyHome);
        m.set_stance(Some(Stance::ThinkingOfLeaving));
        assert_eq!(m.needs(), vec![Need::Child, Need::Shelter, Need::Legal]);
        assert_eq!(m.unlisted(), vec![keys::MATTERS_UNLISTED_MONEY]);
        let mut m = Matters::default();
        m.choose(Priority::StudiesWork);
        m.choose(Priority::Privacy);
        assert!(m.needs().is_empty());
        assert_eq!(m.unlisted(), vec![keys::MATTERS_UNLISTED_WORK]);
    }
}

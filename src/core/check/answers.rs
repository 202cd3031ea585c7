//! The answers of one self-check, in memory only, and where the person is in it.
//! The UI holds one `Answers` in a signal; leaving the self-check drops or clears it.

use super::question::Question;
use super::Answer;

/// Every answer, indexed by question, plus the current screen.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Answers {
    given: [Answer; Question::COUNT],
    /// Index of the question on screen; `Question::COUNT` means finished (the result).
    current: usize,
}

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, q: Question) -> Answer {
        self.given.get(q.index()).copied().unwrap_or_default()
    }

    pub fn set(&mut self, q: Question, a: Answer) {
        if let Some(slot) = self.given.get_mut(q.index()) {
            *slot = a;
        }
    }

    /// Forgets every answer and goes back to the first question.
    pub fn clear(&mut self) {
        *self = Self::default();
    }

    /// The question on screen, or `None` once every question has been passed.
    pub fn current(&self) -> Option<Question> {
        Question::ALL.get(self.current).copied()
    }

    /// 0-based index of the current screen (`Question::COUNT` when finished).
    pub fn index(&self) -> usize {
        self.current
    }

    pub fn is_finished(&self) -> bool {
        self.current >= Question::COUNT
    }

    /// Progress for "{ $n } / { $total }": the 1-based number of the question on screen.
    pub fn progress(&self) -> (usize, usize) {
        ((self.current + 1).min(Question::COUNT), Question::COUNT)
    }

    /// Records an answer to the question on screen and moves to the next one.
    /// Does nothing once finished.
    pub fn answer(&mut self, a: Answer) {
        if let Some(q) = self.current() {
            self.set(q, a);
            self.current += 1;
        }
    }

    /// Skips the question on screen: any earlier answer to it is dropped, so skipping
    /// after Back really does take the answer away.
    pub fn skip(&mut self) {
        self.answer(Answer::Skipped);
    }

    /// One screen back (from the result, back to the last question). Keeps the answer
    /// there so the person can see and change it. Returns false on the first question,
    /// where the UI goes back to the start screen instead.
    pub fn back(&mut self) -> bool {
        if self.current == 0 {
            return false;
        }
        self.current = self.current.min(Question::COUNT) - 1;
        true
    }

    /// True if any answer is something other than Skipped.
    pub fn any_answered(&self) -> bool {
        self.given.iter().any(|a| *a != Answer::Skipped)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_at_the_first_question_with_nothing_answered() {
        let a = Answers::new();
        assert_eq!(a.current(), Some(Question::SafeNow));
        assert_eq!(a.progress(), (1, Question::COUNT));
        assert!(!a.any_answered());
        assert!(Question::ALL.iter().all(|q| a.get(*q) == Answer::Skipped));
    }

    #[test]
    fn answering_moves_forward_and_finishes() {
        let mut a = Answers::new();
        a.answer(Answer::Yes);
        assert_eq!(a.get(Question::SafeNow), Answer::Yes);
        assert_eq!(a.current(), Some(Question::ALL[1]));
        assert_eq!(a.progress(), (2, Question::COUNT));
        for _ in 1..Question::COUNT {
            a.answer(Answer::No);
        }
        assert!(a.is_finished());
        assert_eq!(a.current(), None);
        // Answering past the end changes nothing and cannot panic.
        let before = a.clone();
        a.answer(Answer::Yes);
        a.skip();
        assert_eq!(a, before);
        assert_eq!(a.progress(), (Question::COUNT, Question::COUNT));
    }

    #[test]
    fn back_keeps_the_answer_so_it_can_be_changed() {
        let mut a = Answers::new();
        a.answer(Answer::No);
        a.answer(Answer::Yes);
        assert!(a.back());
        assert_eq!(a.current(), Some(Question::ALL[1]));
        assert_eq!(a.get(Question::ALL[1]), Answer::Yes);
        a.answer(Answer::NotSure);
        assert_eq!(a.get(Question::ALL[1]), Answer::NotSure);
        assert_eq!(a.current(), Some(Question::ALL[2]));
    }

    #[test]
    fn back_from_the_result_returns_to_the_last_question() {
        let mut a = Answers::new();
        for _ in 0..Question::COUNT {
            a.answer(Answer::No);
        }
        assert!(a.back());
        assert_eq!(a.current(), Question::ALL.last().copied());
    }

    #[test]
    fn back_on_the_first_question_says_so() {
        let mut a = Answers::new();
        assert!(!a.back());
        assert_eq!(a.index(), 0);
    }

    #[test]
    fn skip_after_back_removes_the_earlier_answer() {
        let mut a = Answers::new();
        a.answer(Answer::Yes);
        a.back();
        a.skip();
        assert_eq!(a.get(Question::SafeNow), Answer::Skipped);
        assert_eq!(a.current(), Some(Question::ALL[1]));
    }

    #[test]
    fn clear_forgets_everything() {
        let mut a = Answers::new();
        a.answer(Answer::Yes);
        a.answer(Answer::Yes);
        a.set(Question::Choke, Answer::Yes);
        a.clear();
        assert_eq!(a, Answers::new());
    }
}

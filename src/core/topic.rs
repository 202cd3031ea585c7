//! What the self-check learned that matters to the rest of the app, in plain terms.
//! The self-check produces topics; the safety plan orders its sections by them and says
//! why ("Because you mentioned children…"). Nothing here is stored or sent.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Topic {
    /// The person said they are not safe right now.
    NotSafeNow,
    /// Any of the strongest danger markers (weapons, threats to kill, believing they could
    /// be killed, violence getting worse, violent constant jealousy, abuser's suicide threats).
    SeriousDanger,
    /// Choking or strangulation: always advise a medical check.
    Strangulation,
    /// Children are harmed, threatened or live with the violence.
    Children,
    Pregnancy,
    /// A recent or planned separation.
    Separation,
    /// Being followed, watched or tracked.
    Stalking,
    /// Phone or accounts checked or controlled.
    PhoneMonitoring,
    /// Money, property or work controlled.
    MoneyControl,
    /// Cut off from family and friends, or confined.
    Isolation,
    SexualViolence,
}

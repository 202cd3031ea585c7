# Three pages for the groups An Giang's plan 253/KH-UBND names: someone who wants to change
# how they behave (change), young people (young), hamlet heads, trusted-address hosts, the
# Women's Union and the Front (community). Sources: shared/research/legal-no-contact.md,
# domain.md, reviews/peer-features-2.md section 3. No number beyond data/directory.csv.
# The "change" page never tells the partner to forgive, stay or mediate (tests/audiences.rs).


## Change (v=14)

change-title = When you want to change how you treat your family
change-intro = Perhaps you opened this page because you are worried about how you treat your wife, husband, partner or someone at home. Facing that is already an important step. This page is direct, without judging: violence is a choice, and you can choose differently.

change-signs-title = What violence and control look like
change-signs-hint = Violence is not only hitting. Ask yourself whether you have done any of these:
change-sign-phone = Demanding to see their phone, reading their messages, making them give you passwords, always needing to know where they are.
change-sign-money = Keeping all the money, making them ask for every coin, taking what they earn.
change-sign-friends = Forbidding them to see friends or their own family, or not letting them leave the house.
change-sign-words = Shouting, insulting, putting them down in front of others.
change-sign-threats = Threatening to hit them or take the children, breaking things to frighten them.
change-sign-hit = Hitting, slapping, pushing, choking.
change-sign-sex = Forcing sex when they do not want it, even in marriage.
change-signs-law = The 2022 Law on Prevention and Control of Domestic Violence counts many of these as domestic violence, not only hitting (Art. 3).

change-excuses-title = Common excuses, and why they do not hold
change-excuse-drink = “I was drunk.”
change-excuse-drink-why = Alcohol makes people quicker to anger, but it makes no one hit. If drinking makes you dangerous, cutting down or stopping is your job.
change-excuse-stress = “I was under pressure, worried about money.”
change-excuse-stress-why = Stress is real. But taking it out on your family is something you choose.
change-excuse-provoked = “She provoked me.”
change-excuse-provoked-why = You stay calm in front of a boss, a customer, or when the police are there. So you can hold back. No one deserves to be hit.
change-excuse-normal = “Every family is like this.”
change-excuse-normal-why = Not every family is. And even where many are, the person who is hit still hurts and is still afraid.
change-excuse-love = “I did it because I love her, because I was jealous.”
change-excuse-love-why = Love does not come with control or fear. Jealousy is your feeling, and handling it is your job.

change-cool-title = When anger rises
change-cool-hint = Plan it now, while you are calm:
change-cool-notice = Know your early signs: a hot face, a racing heart, clenched fists, a rising voice.
change-cool-leave = Leave the room, leave the house, before you say or do anything. One sentence is enough: “I’m going out for a bit to calm down.”
change-cool-breathe = Walk. Breathe in slowly, breathe out more slowly. Do not drink now.
change-cool-where = Choose a place to go in advance: a friend’s house, a tea stall, the riverside, a pagoda yard.
change-cool-who = Choose someone to call in advance: someone who listens, but does not take the side of violence.
change-cool-back = Go home only when you are truly calm. Still angry? Stay out longer.
change-cool-113 = If you fear you are about to hurt someone, get away now. If someone is in danger, call 113.

change-partner-title = Do not hand the work of changing to the person you hurt
change-partner-why = They are not responsible for helping you change. That work is yours.
change-partner-explain = Do not make them listen to your explanations, promises or apologies again and again.
change-partner-trust = Do not demand that they believe at once that you are different. Whether and when to trust again is theirs to decide.
change-partner-others = Do not ask relatives or friends to speak to them for you. That adds pressure on them.
change-partner-space = Respect it when they need distance, want to go, or ask the authorities to step in.
change-partner-outside = Find someone outside to talk to, someone who holds you to your word (see the end of this page).

change-law-title = What the law says
change-law-measures = When there is domestic violence, the authorities can apply measures such as an order to stop the violence, a summons to the commune police office, a no-contact order, criticism in the community, and education and support to change the behaviour (Law on Prevention and Control of Domestic Violence 2022, Art. 22).
change-law-no-contact = The chair of the commune or ward People's Committee (UBND xã, phường) can make a no-contact order: the person using violence may not come near the person harmed, for at most 3 days each time (Art. 25). Breaking it can lead to being held under administrative procedure (Decree 76/2023, Art. 19).
change-law-support = Education and support to change the behaviour gives the person using violence knowledge and skills to restrain negative emotions, control their behaviour and resolve conflict, so the violence stops (Art. 2(4)). The chair of the commune or ward People's Committee decides on it.

change-talk-title = Someone to talk to
change-talk-none = We have not found any phone line in Vietnam just for people who want to change that is certainly still working, so we give no number here.
change-talk-commune = You can go to the commune or ward People's Committee, or see the hamlet head, say that you want to change, and ask about education and support to change behaviour.
change-talk-clubs = Some places have men's clubs working against domestic violence. Ask the Women's Union or the commune or ward People's Committee whether there is one where you live.
change-talk-health = If you drink a lot, sleep badly or feel low for a long time, go to the commune health station (trạm y tế xã) for a check-up and advice.
change-talk-friend = Tell a friend you trust the truth about what you did. Not to be defended, but so someone reminds you to keep your word.
change-end = Change takes time, and some days you will slip. Every time you choose to stop, your family is a little safer.

## Young people (v=15)

young-title = Love is respect
young-intro = This page is for young people, boys and girls alike. Loving someone does not mean you get to control them.

young-healthy-title = A healthy relationship
young-healthy-respect = You respect each other, even when you disagree.
young-healthy-own = Each of you keeps your own friends, family and studies.
young-healthy-no = You can say “no” without being afraid.
young-healthy-argue = When you argue, you talk. No insults, no hitting, no threats.
young-healthy-jealous = Feeling jealous is normal. Watching and forbidding is not.

young-phone-title = Control through phones
young-phone-hint = These are signs of control, not of love:
young-phone-password = Demanding your password, or to read your messages, Zalo, Facebook.
young-phone-location = Making you turn on location, always asking where you are, flooding you with messages if you do not answer at once.
young-phone-block = Making you block or unfriend other people.
young-phone-images = Pushing you to send intimate photos, or threatening to post photos online.
young-phone-share = Sending on someone’s private photos without their consent hurts them badly. Do not pass them on.

young-consent-title = What consent means
young-consent-yes = Consent is saying “yes” of your own will. No pressure, no threats.
young-consent-silence = Silence is not consent. Someone drunk, asleep or afraid cannot consent.
young-consent-change = Yes once does not mean yes next time. Anyone can change their mind.
young-consent-couple = Dating or married, you still ask, and respect the answer.
young-consent-stop = Not sure they want to? Stop and ask.

young-boys-title = For boys
young-boys-strong = Being strong does not mean making others obey you.
young-boys-feel = Feeling sad or angry is normal. Hitting, threatening and forcing are choices, and wrong.
young-boys-laugh = When friends boast about controlling a girlfriend, you do not have to laugh along.
young-boys-help = If you often lose your temper with a partner, talk to an adult you trust.
young-go-change = A page for someone who wants to change how they behave

young-friend-title = When a friend is in trouble
young-friend-private = Talk to them alone: “I’m worried about you.”
young-friend-believe = Believe them. Do not blame them.
young-friend-rumours = Do not share their photos or their story with others.
young-friend-speak = If a friend is controlling a partner, tell them it is not OK, when you feel safe to say it.
young-friend-danger = Do not face danger alone. Call an adult, or call 113.

young-help-title = Where to get help
young-help-111 = Under 16: call 111, the child protection line.
young-help-113 = Someone in danger right now: call 113.
young-help-older = 16 and over: see the helplines and places to go under Find help.
young-help-teacher = You can also talk to a teacher or an adult you trust.
young-go-help = Find help

## Hamlet heads, trusted addresses, unions (v=16)

community-title = For hamlet heads, trusted-address hosts and local unions
community-intro = Hamlet and neighbourhood heads, people who host a trusted address (địa chỉ tin cậy), Women's Union and Front members are often the first to hear. How you respond in the first hour can keep someone safe.

community-first-title = The first hour
community-first-safe = Safety first. Take them somewhere private, away from the person using violence.
community-first-113 = If someone is in danger, or the person using violence is coming after them, call 113.
community-first-health = If they are hurt, take them to the commune health station (trạm y tế xã), or call 115.
community-first-place = If they cannot go home safely, find a safe place: a trusted address, a relative the person using violence does not know about, or ask the commune or ward People's Committee.
community-first-child = If there are children, look after them too. A child harmed or threatened: call 111.

community-listen-title = Listen without blame
community-say-safe = “You are safe here. Take your time.”
community-say-deserve = “No one deserves to be treated like this.”
community-say-first = “What would help most right now?”
community-avoid-cause = “You must have done something to make him angry.”
community-avoid-cause-why = This blames the person harmed. Violence is the choice of the person using violence.
community-avoid-endure = “Just put up with it, for the family’s peace.”
community-avoid-endure-why = Putting up with it does not stop violence. Hearing this, they may not dare come back to you.
community-avoid-call = “Let me call him in for a talk.”
community-avoid-call-why = Calling in the person using violence without asking the person harmed first can put them in more danger when they go home.
community-listen-decide = What to do next is theirs to decide. Tell them what choices there are.

community-private-title = Keep it private
community-private-tell = Do not repeat it to either family, to neighbours, or in a Zalo group.
community-private-family = Do not let the person using violence or the family know that they came, or what they said.
community-private-ask = Ask them before you tell anyone, unless a life is in danger or a child is harmed.
community-private-photo = No photos and no recordings without their agreement.

community-mediation-title = When mediation (hòa giải) is unsafe
community-mediation-intro = Many places are used to urging mediation “to keep the family together”. When any of the signs below is there, mediation can push the person harmed into danger. Put safety first, and do not make them sit with the person using violence.
community-mediation-ask = Even when you see none of these signs, do not mediate unless the person harmed wants it. Ask them alone first.

community-law-title = What the law gives the person harmed
community-law-report = Reporting (Art. 19): the law lists the places that receive reports of domestic violence, among them the commune or ward People's Committee, the police, the border-guard post, hamlet and neighbourhood heads, the head of the Front's working committee, and the heads of the Women's Union and other commune organisations. Reports can be made by phone, text, letter or written request, or in person.
community-law-no-contact = No-contact order (Art. 25): when the violence harmed or threatened their health or life, the person harmed can ask the chair of the commune or ward People's Committee where it happened to order the person using violence not to come near, for at most 3 days each time. The chair must decide within 12 hours. They can ask in person or by phone; no form is needed. An organisation or another person can ask only with the consent of the person harmed.
community-law-copy = The order goes to the person using violence too, and to the hamlet or neighbourhood head where the person harmed lives. If you receive it, tell no one where they are staying.
community-law-more = A safe place to stay, medical care, legal aid and counselling are measures the law provides too (Art. 22).

community-log-title = A logbook without names
community-log-what = Write only the date, the time and what was done, for example “stayed one night”, “taken to the health station”, “called 113”.
community-log-no-names = No names, addresses or phone numbers of anyone. If needed, use a visit number, such as “Visit 12”.
community-log-no-story = Do not write down what they told you. They can keep their own record as evidence.
community-log-lock = Keep the book under lock. Whoever opens it cannot tell who came.

community-card-title = A one-page A5 card
community-card-hint = Print this card for the back of a door or to keep in the logbook. It prints in the language chosen at the top of the page: choose Khmer for a Khmer card.
community-card-print = Print the card
community-card-heading = When someone comes to you about violence at home
community-card-first = The first hour
community-card-first-safe = Somewhere private, away from the person using violence.
community-card-first-113 = In danger: call 113.
community-card-first-health = Hurt: the commune health station, or call 115.
community-card-first-child = A child harmed: call 111 (free).
community-card-first-place = Cannot go home safely: find a safe place to stay.
community-card-listen = Listen, do not blame
community-card-listen-text = Believe them. Do not ask “why do you let it happen”. They decide. Tell no one.
community-card-danger = No mediation when there is
community-card-danger-text = choking; threats to kill; a knife, gun or other weapon; fear of being killed; violence getting worse; just left or wanting to separate; pregnancy; being followed; forced sex; a child harmed.
community-card-log = Logbook
community-card-log-text = Only date, time, what was done. No names, addresses or phone numbers.
community-card-law = Law on Prevention and Control of Domestic Violence 2022
community-card-law-report = Reporting (Art. 19): commune People's Committee, police, hamlet head, the Front, the Women's Union.
community-card-law-no-contact = No-contact order (Art. 25): the person harmed asks the commune chair; decided within 12 hours; at most 3 days each time.

## "What matters to me", the staying-safer section and the trusted person.

## What matters to me (in the plan; every question can be skipped)
matters-title = What matters to me
matters-intro = A few short questions so the plan fits you better. There are no right or wrong answers, and no score. You decide what is right for you. You can skip them.
matters-stance-legend = Where are you right now?
matters-stance-staying = I live with the person and I am staying for now
matters-stance-thinking = I am thinking about leaving
matters-stance-left = I have left
matters-stance-unsure = I am not sure
matters-priorities-legend = What matters most to you?
matters-priorities-hint = Choose up to 3. The first you choose comes first; press “Move up” to change the order.
matters-p-safety = My safety
matters-p-children = My children
matters-p-money-home = Money and a place to live
matters-p-family = Keeping the family together
matters-p-privacy = Keeping my private life private
matters-p-health = My health
matters-p-studies-work = My studies or my work
matters-rank = No. { $n }
matters-move-up = Move up
matters-full = You have chosen 3. Unselect one if you want to choose another.
matters-followed = The sections below now follow your answers.
matters-clear = Remove my answers
matters-find-help = Find help that fits what matters to me
matters-print = Include “What matters to me” when I print the plan
matters-after-check = Say what matters to you, so your safety plan fits you better

## Why a section comes first (from the answers)
matters-why-staying = Because you are staying for now, being safer at home comes first.
matters-why-thinking = Because you are thinking about leaving, getting ready comes first. Getting ready does not mean you must go: you still decide.
matters-why-left = Because you have left, the steps for after leaving come first.
matters-why-unsure = Because you are not sure yet, being safer for now comes first. The other sections are here whenever you need them.
matters-why-safety = Because you said your safety matters most, this section comes first.
matters-why-children = Because you said your children matter to you, this section comes first.
matters-why-money-home = Because you said money and a place to live matter to you, this section comes first.
matters-why-family = Because you said keeping the family together matters to you, this section comes first. It includes a word on mediation.
matters-why-privacy = Because you said privacy matters to you, this section comes first.
matters-why-health = Because you said your health matters to you, this section comes first.
matters-why-studies-work = Because you said your studies or work matter to you, this section comes first.

## The help view, preselected from the answers
matters-help-note = Chosen for you from what matters to you. You can change it at any time.
matters-unlisted-money = About money: this list has no local service for this yet. The counselling services below can tell you where to ask.
matters-unlisted-work = About studies or work: this list has no local service for this yet. The counselling services below can tell you where to ask.

## Staying safer (a plan section)
plan-staying-title = Safer while staying at home
plan-staying-guide =
    Many people stay, for their children, for money, for the family, or because it is not the time yet. That is not wrong, and you can still be safer. When you feel tension rising, try to find a reason to leave the room or go to someone's house for a while. This is not your fault.
plan-staying-mediation =
    About mediation (hòa giải): your family, the hamlet mediation group or officials may suggest it. If there are already danger signs (choking, threats to kill, a knife, violence getting worse), sitting down with the person can make the danger greater. When the violence harms or threatens your health or life, instead of mediation you have the right to ask the chair of the commune or ward People's Committee for a no-contact order: the person may not come near you, for up to 3 days each time, and the chair must answer within 12 hours. You can ask in person or by phone; no form is needed. (Law on Prevention and Control of Domestic Violence 2022, Article 25; no form: administrative procedure, Decision 3657/QĐ-BVHTTDL.)
plan-staying-i-signs = I know the signs that the person is about to get angry (drinking, topics that often start fights).
plan-staying-i-room = When it gets tense, I go to a room with a way out, away from the kitchen, the bathroom and knives.
plan-staying-i-signal = I have agreed a signal with a neighbour or relative (a light on, a call, a word) so they call for help.
plan-staying-i-papers = I have left copies of papers (ID card, my children's birth certificates) with someone I trust.
plan-staying-i-money = I keep a little money somewhere safe that the person does not know about.
plan-staying-i-call = I know when to call 113: when I or my children are hit or threatened, or the person holds something that could hurt.
plan-staying-i-children = My children know to go to a neighbour or into the safer room when there is shouting.
plan-staying-f-signs = Signs that tension is about to break out
plan-staying-f-signs-hint = Only write what feels safe to write down.
plan-staying-f-signal = My signal, and who will understand it
plan-staying-f-signal-hint = For example: the porch light on; Chị Tư next door will call 113.
plan-staying-f-keep = Where I leave papers and money
plan-staying-f-keep-hint = Whose house, where. Leave it out if writing it feels unsafe.

## A trusted person one message away (in the plan)
trusted-title = A trusted person, one message away
trusted-intro = Write the name (or nickname) and number of someone you trust, and a code word of your own. You then have a few short messages ready to send in one tap. The Notebook sends nothing: the message opens in your SMS or Zalo, and goes only when you press send there.
trusted-name = Name or nickname
trusted-name-hint = It need not be their real name, just one you recognise.
trusted-number = Phone number
trusted-number-hint = For example: 09xx xxx xxx
trusted-number-bad = This number does not look right. Use digits only, with a + at the start if needed.
trusted-word = Code word
trusted-word-hint = An ordinary word you have both agreed means you need help. Agree beforehand what they should do when they see it.
trusted-ready = Ready messages
trusted-to = Send to { $name }
trusted-need-number = Write a phone number above to send by SMS.
trusted-need-word = Write a code word above to get this message.
trusted-stays-behind = Before you send, know where the message will stay. The person who receives it keeps it too. The Notebook never sends your location.
## Before the ready messages: the plan closes itself when away too long (minutes from core::away)
trusted-away = You can go to your messages, Zalo or a call and come back here: your plan will still be here. But if you are away from the page for more than { $hidden } minutes, or do not use it for { $idle } minutes, the plan closes itself so others are less likely to see it, and anything not saved is lost.
trusted-msg-call-me-label = Call me
trusted-msg-call-me = Call me back as soon as you see this.
trusted-msg-come-label = Come and get me
trusted-msg-come = Please come and pick me up now, it is urgent.
trusted-msg-113-label = Call 113 for me
trusted-msg-113 = Please call 113 for me now. I am in danger.
trusted-msg-codeword-label = Code-word message
trusted-msg-codeword = Don't forget { $word }!
trusted-sms = Send SMS
trusted-share = Send by Zalo or another app
trusted-copy = Copy the message
trusted-copied = Copied. Paste it into Zalo or a message.
trusted-copy-failed = Could not copy. Select and copy the text above.
copied-keyboard = Your phone's keyboard may still keep what you copied in its clipboard history for a while.
trusted-numbers-title = Send the help numbers to a friend
trusted-numbers-text = Numbers to call for help:
trusted-print = Include the trusted person and code word when I print the plan

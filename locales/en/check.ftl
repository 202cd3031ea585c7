## Private self-check. Vietnamese is the source text; this follows it.
## "that person" (about me) and "the person hurting them" (about someone I care about) is the
## one causing harm: a husband, wife, partner, boyfriend or girlfriend, or a family member.

## Start screen
check-start-title = A private self-check
check-start-what = A few short questions about what is happening. This is not a test or a diagnosis: it is information to help you see things more clearly and know where help is.
check-start-private = Your answers are not saved and not sent anywhere. When you leave this page, they are erased.
check-start-skip = You can skip any question, and stop at any time.
check-start-exit = The “Quick exit” button is always on the screen. If someone comes near, tap it.
check-start-time = It takes about 2 to 3 minutes.
check-start-begin = Start

## Mode choice
check-mode-title = Who are you asking for?
check-mode-me = For me
check-mode-other = For someone I care about
check-mode-other-hint = For example a friend, relative, neighbour or pupil.

## Before the questions
check-intro-me = The questions are about “that person”: the person who is hurting you. It may be a husband, wife, partner, boyfriend or girlfriend, or someone in your family.
check-intro-other = The questions are about the person you are worried about, and “the person hurting them”: a husband, wife, partner, boyfriend or girlfriend, or someone in their family. Answer from what you know. If you don't know, choose “Not sure”.

## Questions (one per screen)
check-q-safe-now-me = Are you safe right now?
check-q-safe-now-other = As far as you know, are they safe right now?
check-q-insults-me = Does that person often shout at you, insult you, humiliate you or make you afraid?
check-q-insults-other = Does the person hurting them often shout at them, insult them, humiliate them or make them afraid?
check-q-isolation-me = Does that person stop you from seeing your family or friends, or keep you from leaving the house?
check-q-isolation-other = Does the person hurting them stop them from seeing family or friends, or keep them from leaving the house?
check-q-phone-me = Does that person make you hand over your phone, read your messages, or always demand to know where you are?
check-q-phone-other = Does the person hurting them make them hand over their phone, read their messages, or always demand to know where they are?
check-q-money-me = Does that person keep all the money, take what you earn, force you to overwork, or break your things?
check-q-money-other = Does the person hurting them keep all the money, take what they earn, force them to overwork, or break their things?
check-q-jealousy-me = Is that person violently and constantly jealous, or do they accuse you of cheating, in a way that frightens you?
check-q-jealousy-other = Is the person hurting them violently and constantly jealous, or do they accuse them of cheating, in a way that frightens them?
check-q-hit-me = Has that person ever hit, slapped, kicked or pushed you, or hurt you in another way?
check-q-hit-other = Has the person hurting them ever hit, slapped, kicked or pushed them, or hurt them in another way?
check-q-worse-me = Lately, has the harm from that person become worse or more frequent?
check-q-worse-other = Lately, has the harm they suffer become worse or more frequent?
check-q-forced-sex-me = Has that person ever forced you to have sex, or to do sexual things you did not want? This counts even if that person is your husband.
check-q-forced-sex-other = Has the person hurting them ever forced them to have sex, or to do sexual things they did not want? This counts even if it is their husband.
check-q-pregnancy-me = Has that person ever hit or hurt you while you were pregnant?
check-q-pregnancy-other = Has the person hurting them ever hit or hurt them while they were pregnant?
check-q-children-me = Does that person harm or threaten children in the home, or make them see or hear the violence?
check-q-children-other = Does the person hurting them harm or threaten children in the home, or make the children see or hear the violence?
check-q-separation-me = Have you recently left that person, or are you thinking of separating or divorcing?
check-q-separation-other = Have they recently left the person hurting them, or are they thinking of separating or divorcing?
check-q-stalking-me = Does that person follow you, watch you, or turn up where you are in a way that frightens you?
check-q-stalking-other = Does the person hurting them follow them, watch them, or turn up where they are in a way that frightens them?
check-q-suicide-threat-me = Has that person ever threatened to kill themselves, for example if you leave?
check-q-suicide-threat-other = Has the person hurting them ever threatened to kill themselves, for example if they leave?
check-q-weapon-me = Has that person ever used, or threatened to use, a knife, gun, stick or anything else to hurt or frighten you?
check-q-weapon-other = Has the person hurting them ever used, or threatened to use, a knife, gun, stick or anything else to hurt or frighten them?
check-q-choke-me = Has that person ever choked or strangled you, pressed on your neck, or covered your mouth and nose so you could not breathe, even once?
check-q-choke-other = Has the person hurting them ever choked or strangled them, pressed on their neck, or covered their mouth and nose so they could not breathe, even once?
check-q-threat-kill-me = Has that person ever threatened to kill you, your children or someone in your family?
check-q-threat-kill-other = Has the person hurting them ever threatened to kill them, their children or someone in their family?
check-q-fear-killed-me = Do you think that person could kill you?
check-q-fear-killed-other = Have they said they are afraid of being killed, or do you yourself think the person hurting them could kill them?

## Answer buttons and navigation
check-answer-yes = Yes
check-answer-no = No
check-answer-not-sure = Not sure
check-answer-skip = Skip this question
check-progress = { $n } / { $total }
check-progress-label = Question { $n } of { $total }
check-back = Back
check-stop = Stop and erase my answers

## Result: opening
check-result-title-me = What you should know
check-result-title-other = What you should know to help them
check-result-believe-me = Thank you for taking the time to look at this. What you are going through is not your fault. No one deserves to be treated this way.
check-result-believe-other = Thank you for caring. What they are going through is not their fault. Finding out more is already a way of helping.
check-result-none-me = Thank you for taking the time to go through these questions.
check-result-none-other = Thank you for taking the time to go through these questions, and for caring about them.
check-result-not-score = This is not a score or a verdict on anyone. It is information based on what you chose.
check-result-decide-me = You know your situation best, and you decide what is right for you.
check-result-decide-other = They know their situation best, and they decide what is right for them.
check-result-unsure = You were not sure about some questions. That is normal: many people need time to put a name to what they are living through.
check-result-forget = Your answers stay only on this page. When you leave or tap “Quick exit”, they are erased.

## Result: how urgent (in words, no score)
check-urgency-emergency-title = Think of your safety right now
check-urgency-emergency-me = You said you are not safe, or not sure. If you are in danger, call 113 now, or go to where other people are. Everything else can wait.
check-urgency-emergency-other = You said they are not safe, or you are not sure. If they are in danger, call 113 now. Do not confront the person hurting them yourself.
check-urgency-serious-title = These are signs of serious danger
check-urgency-serious-me = Some of what you describe are signs that the violence could become very dangerous, even to your life. You do not have to face this alone. When you are in danger, call 113 first.
check-urgency-serious-other = Some of what you describe are signs that they could be in serious danger, even to their life. When they are in danger, call 113 first.
check-urgency-signs-title = Some signs to be careful about
check-urgency-signs-me = Some of what you describe shows that things could become more dangerous. You can think ahead about how to stay safe, and talk to a support service when you want to.
check-urgency-signs-other = Some of what you describe shows that their situation could become more dangerous. You can help them think about staying safe, when they are ready.
check-urgency-concern-title = What you describe deserves attention
check-urgency-concern-me = Even without any injury, these things can be violence. You deserve to be safe and respected.
check-urgency-concern-other = Even without any injury, these things can be violence. They deserve to be safe and respected.
check-urgency-none-title = About your answers
check-urgency-none-me = You did not answer “Yes” to any question. That does not show that things are fine, or that they are not: a few short questions cannot tell the whole story, and you may have left out what you did not want to say. If something makes you afraid or uneasy, you still deserve to be heard: you can call the numbers below, look at the services, or come back here at any time.
check-urgency-none-other = You did not answer “Yes” to any question. That does not show whether they are safe: a few short questions cannot tell the whole story, and you may not know everything. If you are still worried about them, keep caring, stay in touch, and ask the services below how to help.

## Result: reasons
check-reasons-title = Why we say this
check-reasons-unsure = You were not sure about the things below. That is normal. If they might have happened, take them as a reason to be more careful:
check-reason-choke = Being choked or strangled, even once, is one of the strongest signs of danger to life.
check-reason-weapon = When a knife, gun or other weapon is part of the violence, the risk to life rises sharply.
check-reason-threat-kill = A threat to kill should be taken as real. It is a sign of serious danger.
check-reason-fear-killed = When someone feels they could be killed, that feeling should be believed and taken seriously.
check-reason-worse = Violence that becomes worse or more frequent is a sign that the danger is growing.
check-reason-separation = The time just after leaving, or while planning to leave, is often the most dangerous. Prepare carefully and quietly.
check-reason-jealousy = Violent, constant, controlling jealousy is a sign that violence can escalate.
check-reason-forced-sex = Being forced to have sex is serious violence, and a sign of danger.
check-reason-pregnancy = Violence during pregnancy endangers both mother and baby, and is a sign of danger.
check-reason-suicide-threat = When the person hurting you (or them) threatens suicide, the danger to the people around them can rise too. No one has to stay just because they fear that person will harm themselves.
check-reason-stalking = Being followed or watched is a sign of danger, especially after a break-up.
check-reason-children = Children who are harmed, threatened or made to witness violence need protection. The 111 helpline is free and open 24/7.

## Result: who to call first
check-call-title = Call first
check-call-also = You can also call
check-call-113 = Call 113 (police)
check-call-111 = Call 111 – child protection (free)
check-call-115 = Call 115 (ambulance)

## Result: medical check after strangulation
check-medical-title = Get a medical check, even with no visible injury
check-medical-me = After being choked, injuries inside the neck may not show but can still be dangerous, sometimes hours later. Please see a doctor soon. If you have trouble breathing or swallowing, or you passed out, call 115 now.
check-medical-other = After being choked, injuries inside the neck may not show but can still be dangerous, sometimes hours later. Gently encourage them to see a doctor soon. If they have trouble breathing or swallowing, or passed out, call 115 now.

## Result: what the law says (Law on Prevention and Control of Domestic Violence, No. 13/2022/QH15)
check-forms-title = What the law calls these things
check-forms-intro = The Law on Prevention and Control of Domestic Violence (No. 13/2022/QH15, in force since 1 July 2023) counts these acts as domestic violence when a family member commits them:
check-forms-not-family = The law also protects former spouses, and partners who live together without being married (Decree 76/2023). If it is a boyfriend or girlfriend you do not live with, you can still report to the police and turn to the services below.
check-form-physical-name = Physical violence
check-form-physical-law = Beating, torturing, mistreating, threatening, or anything else done on purpose that harms the health or life of a family member is domestic violence.
check-form-physical-protect = You can ask the chair of the commune or ward People's Committee for a no-contact order (up to 3 days at a time); people subjected to violence can get medical care.
check-form-psychological-name = Psychological violence
check-form-psychological-law = Insulting, constantly nagging and belittling, attacking someone's honour and dignity, or forcing them to witness violence to put them under pressure, are all domestic violence.
check-form-psychological-protect = You can report to the commune or ward People's Committee, the police, the hamlet head or the Women's Union; people subjected to violence can get counselling and support.
check-form-sexual-name = Sexual violence
check-form-sexual-law = Forcing a family member into sex or sexual acts against their will is domestic violence, also between husband and wife. Being married does not mean having to endure it.
check-form-sexual-protect = You can report to the police or the commune or ward People's Committee; people subjected to violence can get medical care and counselling.
check-form-economic-name = Economic violence
check-form-economic-law = The law names acts such as: controlling someone's income to make them dependent, taking or destroying their property, forcing them to overwork or to hand over more money than they can, or unlawfully driving them out of the home. These are domestic violence.
check-form-economic-protect = You can report to the commune or ward People's Committee or the Women's Union, and ask about legal aid and advice on your rights.
check-form-control-name = Isolation and control
check-form-control-law = Stopping a family member from seeing relatives and friends, isolating them or confining them, is domestic violence.
check-form-control-protect = You can report to the hamlet head, the commune or ward People's Committee or the police. The law also provides for temporary shelter; ask the commune or ward People's Committee or the Women's Union.
check-form-children-name = Violence involving children
check-form-children-law = Beating, mistreating or neglecting children, or forcing them to witness violence, are all domestic violence.
check-form-children-protect = You can call the 111 helpline (free, 24/7), or report to the school, the commune or ward People's Committee or the police.
check-law-report = Where you can report (Article 19): the commune or ward People's Committee where the violence happens; the nearest police or border post; the hamlet head (trưởng ấp, trưởng khóm); the Women's Union or another commune organisation; the school, if the person harmed is a pupil. You can call, text, send a letter or go in person.
check-law-no-contact = No-contact order (Article 25): on request, the chair of the commune or ward People's Committee can order the person using violence to stay away, for up to 3 days at a time, and must decide within 12 hours.
check-law-support = The law also provides for temporary shelter, medical care, legal aid and counselling for people subjected to violence. Ask the commune or ward People's Committee or the Women's Union.
check-law-decide-me = Whether and when to report is your decision.
check-law-decide-other = Whether and when to report is usually best left to them. A child harmed: call 111. A life in danger: call 113.

## Result: for the helper
check-helper-title = How you can help
check-helper-listen = Listen without judging. Let them tell it their own way, without interrupting or pressing for details.
check-helper-believe = Believe them. You can say: “It is not your fault” and “I am here for you”.
check-helper-no-confront = Do not confront the person hurting them yourself. It can put them in more danger.
check-helper-no-push = Do not push them to leave or divorce. Leaving can be the most dangerous time, and they know best when it is safe.
check-helper-pace = Do not rush them. It may take many talks before they are ready; be patient and stay in touch.
check-helper-secret = Keep what they tell you private. A child harmed: call 111. A life in danger: call 113.
check-helper-offer = Share contacts safely: say them out loud, or write them on a small piece of paper that is easy to hide. Do not text them to a phone the person hurting them may check. Ask first when it is safe to call or message.
check-helper-self = Keep yourself safe too, and find someone to talk to if it weighs on you.

## Result: help and next steps
check-help-title = Where to get help
check-help-always-me = Whatever your answers, you can always find someone to talk to. You do not need an injury or proof to ask for help.
check-help-always-other = Whatever your answers, you can also ask support services for advice on how to help them.
check-help-lines = Nationwide helplines:
check-cost-free = free
check-cost-charged = calls may be charged
check-unconfirmed = not yet confirmed
check-next-contacts-hint = The services are filtered to fit your answers. You can change the filter.
check-next-title = Next steps
check-next-plan = Make a safety plan
check-next-plan-hint = The parts that fit your answers come first.
check-next-contacts = See the services that fit
check-next-again = Start again
check-next-home = Close the check and erase my answers

# A link to a page whose own words arrive only with it (phone.ftl, audiences.ftl).
phone-link-check = Worried your phone is read or tracked? Check it step by step.

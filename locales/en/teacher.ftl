# For teachers and school staff. The law part says only what Art. 19 of the Law on Prevention and Control of Domestic Violence 2022 (13/2022/QH15) says; it adds no duty.
teacher-title = For teachers and school staff
teacher-intro = A pupil may choose to tell a teacher first. How you respond the first time matters a great deal.

teacher-disclose-title = When a pupil confides in you
teacher-disclose-listen = Listen calmly. Let them tell it their own way, without interrupting.
teacher-disclose-believe = Believe them, and tell them that you do.
teacher-disclose-no-promise = Do not promise to keep a secret you cannot keep. Be honest: you will only tell people who can help keep them safe.
teacher-disclose-no-interrogate = Do not question them like an investigator. Do not press, do not suggest answers, do not make them repeat it. You only need to know enough to help them be safe.
teacher-disclose-next = Tell them what will happen next, and when they can come to you.
teacher-disclose-note = Afterwards, write down briefly what they said, in their own words, with the date and time. Keep the note where others cannot read it.

teacher-say-title = A few things you can say
teacher-say-thanks = “Thank you for telling me.”
teacher-say-believe = “I believe you.”
teacher-say-fault = “It is not your fault.”
teacher-say-safe = “I will find a way to help you be safe.”
teacher-say-tell = “I need to tell someone who can help you, and I will tell you first.”

teacher-calls-title = When to call 113, when to call 111
teacher-calls-113 = Call 113 when the pupil, or anyone, is in danger right now.
teacher-calls-111 = Call 111 when a child is abused, hurt, neglected, or at risk of it. It is the national child protection hotline.

teacher-law-title = The school in the law
teacher-law-school = Article 19 of the Law on Prevention and Control of Domestic Violence 2022 lists where domestic violence can be reported. One of them is “the educational institution where the person subjected to domestic violence is a learner”: the pupil’s own school.
teacher-law-others = The other places in that article: the People’s Committee (UBND) of the commune or ward where it happens; the police or border post nearby; the hamlet or neighbourhood head (trưởng ấp, trưởng khóm), or the head of the Fatherland Front committee in the residential area; the head of the Women’s Union or another mass organisation in the commune or ward.
teacher-law-hotline = The article also names a national domestic violence hotline. So far we have found no source showing that this hotline is running.
teacher-law-how = A report can be made by phone call, text message, a written request or letter, or in person.
teacher-law-ask = Ask your school leadership beforehand how your school receives and handles such reports, and who is in charge.

teacher-privacy-title = Keeping the pupil’s privacy
teacher-privacy-need = Tell only the people who need to know to help. Not in the staff room, not in a Zalo group.
teacher-privacy-class = Never mention it in front of the class, and do not call the pupil out in front of others.
teacher-privacy-family = Do not rush to tell the family before you know who is harming the child. It may be someone at home.
teacher-privacy-injuries = Do not examine or photograph injuries yourself. Leave that to health staff.

teacher-share-title = Introducing the Notebook to pupils
teacher-share-class = Introduce it to the whole class, along with other useful pages, so no one is singled out.
teacher-share-phone = Do not send the link to a shared family phone or a parents’ Zalo group. The person hurting the child may be looking at that phone.
teacher-share-poster = Print the poster with its QR code and put it where pupils can read it unnoticed, such as the school health room.
teacher-share-exit = Show pupils the “Quick exit” button at the top of every page.
teacher-go-share = Make a poster and QR code

teacher-class-title = A classroom-safe way to present it
teacher-class-how = Speak to the whole class, as a lesson about safety. Do not ask who has a problem; do not ask anyone to raise a hand.
teacher-class-script-label = You could say:
teacher-class-script = “Everyone has the right to be safe, at home and at school. If something makes you scared or hurts you, it is not your fault. You can tell a grown-up you trust, or call 111 for free. After class, I am always happy to listen.”
teacher-class-after = Tell pupils when and where they can see you privately.

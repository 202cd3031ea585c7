# For a friend, relative or neighbour who wants to help someone facing violence.
helper-title = When someone you care about is facing violence
helper-intro = You do not need to be an expert. Listening and believing them already helps a lot.

helper-say-title = Things to say
helper-say-hint = Your own words are fine. A few to start with:
helper-say-believe = “I believe you.”
helper-say-not-fault = “It is not your fault.”
helper-say-deserve = “No one deserves to be treated like this.”
helper-say-what-help = “What would help you now?”
helper-say-no-rush = “You don’t have to decide anything right now.”
helper-say-here = “Whenever you need me, I’m here.”

helper-avoid-title = Things to avoid saying
helper-avoid-leave = “Why don’t you just leave?”
helper-avoid-leave-why = Leaving is hard, and it can be the most dangerous time. This makes them feel it is their fault.
helper-avoid-cause = “You must have done something to upset them.”
helper-avoid-cause-why = Nothing excuses violence. The person who uses it is the one at fault.
helper-avoid-endure = “Just put up with it to keep the peace.”
helper-avoid-endure-why = Putting up with it does not stop violence. They need to be safe, not to endure more.
helper-avoid-children = “Stay and bear it, for the children.”
helper-avoid-children-why = Children who live with violence are harmed too. They care about their children more than anyone.
helper-avoid-confront = “Let me go and have a word with them.”
helper-avoid-confront-why = Confronting them can put your friend in more danger, and you too.

helper-listen-title = How to listen
helper-listen-place = Choose a private time and place, when the person using violence is not near.
helper-listen-let = Let them tell it their own way. Do not interrupt or press for details.
helper-listen-silence = A little silence is fine. They may need time.
helper-listen-ask = Ask what they need; do not decide for them. They know their situation best.
helper-listen-again = If they do not want to talk yet, do not push. Let them know you are still there.

helper-practical-title = Practical help
helper-practical-bag = Keep a bag for them: a few clothes, some money, medicines, a phone charger.
helper-practical-papers = Keep copies of papers: citizen ID card (CCCD), the children’s birth certificates, health insurance card.
helper-practical-code = Agree on a code word: an ordinary phrase or message that means “call 113 for me” or “come and get me”.
helper-practical-place = If it is safe for you, let them know your home is a place they can come to, even at night.
helper-practical-go-with = Go with them to the health station, the commune or ward People’s Committee, or the Women’s Union, if they want.
helper-practical-numbers = Keep the numbers they may need, on paper or by heart.

helper-see-title = If you see violence happening
helper-see-113 = If someone is being beaten or threatened right now, call 113.
helper-see-distance = Do not rush in alone if it puts you in danger. Call others, and stay somewhere safe.
helper-see-111 = If a child is beaten, neglected or at risk of abuse, call 111.

helper-self-title = Keep yourself safe
helper-self-no-confront = Do not confront or argue with the person using violence. After you leave, your friend may be hurt worse.
helper-self-no-tell = Do not repeat what your friend told you to the person using violence, or to anyone who might pass it on.
helper-self-limits = You do not have to do everything. What you can do is enough.
helper-self-talk = If it weighs on you, talk to someone you trust about how you feel, without giving their name or their story.

helper-push-title = Why not to push them
helper-push-leave = Do not push them to leave or divorce. The time around leaving is often the most dangerous. They know best when it is safe.
helper-push-mediate = Do not push them to sit down for mediation (hòa giải) with the person using violence. Mediation is only fair between equals. When they are afraid, it is hard to speak freely, and they may face revenge afterwards.
helper-push-decide = What to do, and when, is their decision. Whatever they choose, you can stay by their side.
helper-push-danger = When a child is harmed, call 111; when someone’s life is in danger, call 113, even if they are not ready.

helper-share-title = Sharing this Notebook without putting them at risk
helper-share-checked = Their phone may be checked by someone else. Ask first what is safe to send, and when.
helper-share-show = The safest way: show them the Notebook on your own phone, or write the address on a small piece of paper that is easy to hide.
helper-share-no-send = Do not send the link by Zalo or text message if that phone may be checked.
helper-share-neutral = In the browser tab the page is only called “Notebook”, with no word about violence.
helper-share-exit = Show them the “Quick exit” button at the top: one tap replaces the page with an ordinary website.
helper-go-privacy = How to look without leaving traces on the phone
helper-go-check = The self-check “for someone I care about”
helper-go-help = Emergency numbers and hotlines

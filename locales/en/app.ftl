# App shell: name, quick exit, language, emergency numbers, navigation, home.
# The app's name is neutral: a tab list or history shows nothing about what it is.
app-name = Notebook
app-skip = Skip to main content
soon = This part is being finished. Meanwhile, you can call the emergency numbers above at any time.

exit-button = Quick exit
exit-hint = Leave this page now and open an ordinary website. On a computer, you can also press the Shift key three times.

lang-label = Language

emergency-title = Need help now? Free calls:
emergency-police = Police
emergency-ambulance = Ambulance
emergency-child = Child protection

nav-label = Main sections
nav-home = Home
nav-check = Self-check
nav-plan = Safety plan
nav-help = Get help
nav-privacy = Staying safe online
nav-leaves = What stays on your phone
nav-about = About
nav-share = Share this Notebook

footer-private = What you read and write here is not sent anywhere, and is not kept unless you choose to keep your plan or diary.
footer-shift = Need to leave now: tap “Quick exit” at the top.
footer-shift-keys = On a computer, you can also press the Shift key three times.

home-title = A private place for you
home-intro = If your husband, partner or someone in your family frightens you, hurts you or controls your life, it is not your fault. Here you can learn, prepare to keep yourself safe and find people who can help, in your own way, whenever you feel ready.
home-private = No name, no account. Nothing you read or write here is sent anywhere.
## After the page closed itself (hidden or unused too long) or was cleared on leaving
home-closed-time = The page closed itself because you were away or did not use it for a while, so others are less likely to see it. What was not saved is gone. If you saved it on this phone, what you saved is still there: open it with your passphrase.
home-closed-left = For your safety, the page was cleared when you left it. What was not saved is gone. If you saved it on this phone, what you saved is still there: open it with your passphrase.
home-check-title = Self-check
home-check-text = A few simple questions to help you recognise signs of abuse and danger. No score, no judgement.
home-check-go = Start the self-check
home-plan-title = Safety plan
home-plan-text = Step by step, prepare to be safer: when something happens, if you need to leave, which papers to take. Kept only if you want, locked with your own passphrase.
home-plan-go = Make a plan
home-help-title = Get help
home-help-text = Emergency numbers and hotlines that can help, which you can search by what you need and by your commune or ward.
home-help-go = Find help
home-phone = Is my phone safe?
home-friend = Worried about someone else? The self-check is also for friends, family and teachers who want to help.
home-exit-hint = If you need to leave right away, tap “Quick exit” at the top. This page will be replaced by an ordinary website.
home-exit-keys = On a computer, you can also press the Shift key three times.

# When a part of the app could not be fetched (slow or no connection).
app-loading = Opening…
app-unavailable-title = This part could not be opened
app-unavailable-text = The connection may be slow or down. You can still call the emergency numbers above and use “Quick exit” at any time.
app-unavailable-retry = Try again

# The pages for the people around them (linked from Home).
nav-helper = Helping a friend or relative
nav-teacher = For teachers
nav-child = A page for children
home-people-title = For the people around them
home-people-text = Advice for friends, relatives, neighbours and teachers who want to help, and a page written for children.

# The pages for young people, for hamlet heads and unions, and for someone who wants to change (audiences.ftl).
nav-young = For young people
nav-community = For hamlet heads, unions
nav-change = I want to change

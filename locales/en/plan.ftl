## The safety-planning guide ("My plan"). Vietnamese is the source text.
## Ids: plan-<section>-title / -guide / -i-<item> / -f-<field> / -f-<field>-hint.

plan-title = Safety plan
plan-intro = This is a plan to help you be safer, in your own way. You decide what is right for you. Start with any part you like, and skip any part you like.
plan-memory-note = Nothing is kept unless you choose. What you write stays only on this page, and is gone when you tap “Quick exit” or close the page.
plan-progress = Started { $done } of { $total } parts
plan-section-progress = { $done }/{ $total }
plan-section-untouched = Not started
plan-clear-button = Clear everything I wrote
plan-clear-confirm = Clear everything you wrote on this page? It cannot be brought back.

## Typing: said once in the plan and once in the diary
typing-private-tab = Your phone's keyboard may remember the words you type and suggest them later; this page cannot stop that. Typing in a private (incognito) tab is safer.

## Why a section comes first (after the self-check)
plan-why-not-safe-now = Because you said you are not safe right now, this part comes first.
plan-why-serious-danger = Because what you shared shows the danger may be very serious, this part comes first.
plan-why-strangulation = Because you mentioned being choked, this part comes first.
plan-why-children = Because you mentioned children, this part comes first.
plan-why-pregnancy = Because you mentioned being pregnant, this part comes first.
plan-why-separation = Because you mentioned separating, this part comes first.
plan-why-stalking = Because you mentioned being followed or watched, this part comes first.
plan-why-phone = Because you mentioned your phone or accounts being checked, this part comes first.
plan-why-money = Because you mentioned money being controlled, this part comes first.
plan-why-isolation = Because you mentioned being cut off from family and friends, this part comes first.
plan-why-sexual = Because you mentioned being forced into sex, this part comes first.

## During an incident
plan-incident-title = When something happens
plan-incident-guide =
    When you feel tension building, try to stay out of the kitchen, the bathroom, or anywhere with knives and no way out. If you can, stay near a door. None of this is your fault. If you are in danger right now, call 113.
plan-incident-i-exits = I know the ways out of the house (front door, back door, windows).
plan-incident-i-room = I know which place at home is safer: with a way out, and no knives.
plan-incident-i-phone = I keep my phone where I can reach it, and charged.
plan-incident-i-codeword = I have agreed a code word with someone I trust, so they know to call for help.
plan-incident-i-neighbour = A neighbour will call for help if they hear trouble.
plan-incident-i-numbers = I remember 113 (police) and 115 (ambulance).
plan-incident-i-medical = If I am hit or choked, I will see a doctor, even if I see no injury.
plan-incident-f-saferoom = The safer place at home, and the way out
plan-incident-f-saferoom-hint = For example: the front room, near the main door. Avoid the kitchen and bathroom.
plan-incident-f-goto = Where I can run to
plan-incident-f-goto-hint = Whose house, which shop, somewhere with people all night.

## Preparing to leave
plan-leave-title = If you want to leave
plan-leave-guide =
    Whether to leave, and when, is your decision. The time just before and after leaving can be more dangerous, so preparing quietly can keep you safer. Do not share your plan with anyone who might pass it on.
plan-leave-i-money = I am putting a little money aside, where the other person does not know.
plan-leave-i-copies = I have photographed or copied important papers and given copies to someone I trust.
plan-leave-i-bag = A bag of essentials is waiting at a trusted person's home.
plan-leave-i-place = I know where I could stay for the first days.
plan-leave-i-timing = I have thought about when leaving would be safest, for example when the other person is away.
plan-leave-i-secret = I only share my plan with people I truly trust.
plan-leave-i-shelter = I know I can ask the commune or ward People's Committee, or the Women's Union, about a temporary safe place.
plan-leave-f-stay = Where I could stay
plan-leave-f-stay-hint = Family, friends, a temporary safe place…
plan-leave-f-route = How I would get there
plan-leave-f-route-hint = Who drives me, which bus, where I go first.
plan-leave-f-money = Where my money and papers are
plan-leave-f-money-hint = Only write what feels safe to write down.

## The go-bag, for Vietnam
plan-gobag-title = What to take with me
plan-gobag-guide =
    A small bag packed ahead of time helps you leave quickly if you need to. If keeping it at home is not safe, leave it with someone you trust, or only leave photos of your papers. You do not need everything: take what you can.
plan-gobag-i-cccd = Identity card (Thẻ căn cước / CCCD)
plan-gobag-i-birth = Birth certificate
plan-gobag-i-marriage = Marriage certificate
plan-gobag-i-residence = Residence papers
plan-gobag-i-insurance = Health insurance card
plan-gobag-i-money = Cash and bank cards
plan-gobag-i-keys = House and motorbike keys
plan-gobag-i-medicine = Medicines I take, and my children's
plan-gobag-i-phone = Phone and charger
plan-gobag-i-numbers = A list of important phone numbers, written on paper
plan-gobag-i-kids-papers = Children's papers: birth certificates, vaccination book, school papers
plan-gobag-i-toy = A toy my child loves
plan-gobag-i-protection = A copy of any no-contact order or other protection papers
plan-gobag-i-clothes = A few changes of clothes
plan-gobag-f-where = Where the bag is kept
plan-gobag-f-where-hint = For example: at my sister's, or at a friend's home.
plan-gobag-f-other = Other things I need to take

## After leaving
plan-after-title = After leaving
plan-after-guide = There can still be danger after leaving, especially in the first weeks. Changing your daily routines and writing down everything that happens can keep you safer, and helps you remember clearly when you need to tell it. You can ask the chair of the commune or ward People's Committee for a no-contact order that forbids the other person from contacting you (up to 3 days at a time).
plan-after-i-locks = I have changed the locks or added a bolt.
plan-after-i-routine = I change my usual times and routes: to the market, to work, taking the children to school.
plan-after-i-tell = I have asked the people who need to know (neighbours, work, my children's school) to tell me if they see the other person.
plan-after-i-diary = I write down each time I am threatened, followed or hurt: the date, the time, what happened.
plan-after-i-evidence = I keep messages, photos of injuries and medical papers somewhere safe, or with someone I trust.
plan-after-i-order = I know I can ask for a no-contact order, and I will keep a copy with me.
plan-after-i-accounts = I have changed the passwords for my phone, Zalo, Facebook and bank.
plan-after-f-diary = A record of what happened
plan-after-f-diary-hint = Date, time, where, what happened, who saw it.
plan-after-f-alert = People who will tell me if they see the other person
plan-after-f-alert-hint = Names and how to reach them.

## Children
plan-children-title = My children
plan-children-guide =
    Children who see or hear violence are hurt too, even if no one hits them. Teaching them a few simple things can help keep them safer. Tell them that what happens is not their fault. 111 is the child protection line: free, day and night.
plan-children-i-hide = My children know a safe place to go when something happens.
plan-children-i-call = My children know how to call 113 and can say our address.
plan-children-i-neighbour = My children know whose house they can run to.
plan-children-i-stay-out = I have told my children not to step in to stop it.
plan-children-i-codeword = My children know the code word means go outside or fetch help.
plan-children-i-school = I have told the school who may pick my children up.
plan-children-i-hotline = I know 111 is the child protection line, free to call.
plan-children-f-plan = What my children will do if something happens
plan-children-f-plan-hint = Whose house to run to, where to stay, whom to call.
plan-children-f-pickup = Who may pick up my children
plan-children-f-pickup-hint = Names of the people the school may hand them to.

## Pregnancy
plan-pregnancy-title = While pregnant
plan-pregnancy-guide =
    Being harmed while pregnant is a danger sign, for you and for the baby. Antenatal check-ups are a chance to talk privately with a doctor or midwife. If you are hit in the belly, fall, or bleed, see a doctor straight away.
plan-pregnancy-i-checkups = I go to my check-ups and could talk to the doctor or midwife.
plan-pregnancy-i-clinic = I know the nearest hospital or health station, and how to get there.
plan-pregnancy-i-ride = Someone is ready to take me to give birth or to emergency care.
plan-pregnancy-i-papers = My pregnancy record book and health insurance card are in my bag.
plan-pregnancy-i-protect = If I am attacked, I will try to shield my belly and find a way out.
plan-pregnancy-i-ambulance = I remember 115 (ambulance).
plan-pregnancy-f-birth = Where I will give birth, and who comes with me
plan-pregnancy-f-birth-hint = Which hospital, who drives, who stays with me.
plan-pregnancy-f-doctor = What I want to tell the doctor

## At school or work
plan-school-title = At school, at work
plan-school-guide = The other person may come to where you study or work. You can tell one trusted person there, such as a teacher, a classmate, a colleague or a manager, so they can watch out for you. If you are a pupil, you can tell your school.
plan-school-i-trusted = Someone at school or work knows and is willing to help.
plan-school-i-gate = The gatekeeper or guard knows not to let the other person in to find me.
plan-school-i-route = I change my route and the time I leave, or go with someone.
plan-school-i-calls = Someone can answer or screen calls when the other person rings.
plan-school-i-teacher = I know I can tell my homeroom teacher or the school.
plan-school-i-online = My class or work schedule is not posted publicly online.
plan-school-f-person = Who I can ask for help at school or work
plan-school-f-route = A safer way to get there
plan-school-f-route-hint = Which way, with whom, at what time.

## Phone and online safety
plan-phone-title = Phone and online
plan-phone-guide =
    A phone can be checked or tracked by someone else. If you think yours is being checked, borrow a trusted person's phone when you look for help. Suddenly wiping all your history can make the other person more suspicious; sometimes deleting just a few entries is safer. Before you change a password or turn off sharing, think about whether the other person would notice.
plan-phone-i-location = I have checked location sharing on my phone and in my apps, and turned off what I do not want.
plan-phone-i-passwords = I use passwords and a screen lock the other person cannot guess.
plan-phone-i-shared = I know which accounts are shared, and which devices are signed in (Google, iCloud, Zalo on a computer).
plan-phone-i-spyware = I watch for signs of being tracked: the other person knows things only on my phone, the battery drains oddly fast, strange apps appear.
plan-phone-i-history = I know that wiping all history at once can raise suspicion, so I only delete what I need to.
plan-phone-i-safer = I can borrow a safer phone when I need to call for help.
plan-phone-i-evidence = I keep evidence (photos, messages) where the other person cannot open it.
plan-phone-f-accounts = Accounts to check
plan-phone-f-accounts-hint = Zalo, Facebook, email, bank…
plan-phone-f-safephone = A safe phone I can use
plan-phone-f-safephone-hint = Whose phone, and where.

## Looking after yourself
plan-self-title = Looking after myself
plan-self-guide =
    What you are going through is very hard, and it is not your fault. Feeling afraid, tired, sad or numb is normal. Every small thing that helps you feel steadier counts.
plan-self-i-talk = There is someone I can talk to openly.
plan-self-i-rest = I try to eat, sleep and rest when I can.
plan-self-i-health = I see a doctor when I am hurt or do not feel well.
plan-self-i-counsel = I know there are counselling lines to call when I need someone to listen.
plan-self-i-comfort = I have small things that help me feel better: walking, going to the pagoda, chanting or praying, music…
plan-self-i-crisis = If I ever want to harm myself, I will call someone I trust or 115 straight away.
plan-self-f-helps = Things that help me feel better
plan-self-f-reminder = Something I want to remind myself
plan-self-f-reminder-hint = For example: This is not my fault.

## My people and places
plan-people-title = People and places I trust
plan-people-guide =
    Write down the people and places you can turn to. If your phone is lost or taken, a paper list of numbers kept somewhere safe helps a lot. You can agree a code word with someone you trust: when they hear it, they call for help for you.
plan-people-i-trusted = At least one person I trust knows what is happening.
plan-people-i-codeword = That person knows the code word and what to do when they hear it.
plan-people-i-paper = I have a list of phone numbers written on paper, kept somewhere safe.
plan-people-i-place = I know a safe place I can go at any time.
plan-people-i-report = I know I can report to the commune or ward People's Committee, the police, the hamlet head (trưởng ấp, trưởng khóm), or the Women's Union.
plan-people-f-people = People I trust
plan-people-f-people-hint = Names and phone numbers. Only write what feels safe to write down.
plan-people-f-places = Safe places I can go
plan-people-f-codeword = Code word
plan-people-f-codeword-hint = An ordinary word that your trusted person knows means you need help.
plan-people-f-numbers = Numbers to call for help
plan-people-f-numbers-hint = For example: 113 police, 115 ambulance, 111 child protection.

## Keeping the plan on this device (opt-in)
plan-keep-title = Keep it on this device
plan-keep-explain = If you want, you can keep your plan on this phone to open it again later. You choose a passphrase; the plan is encrypted right here on the device and sent nowhere.
plan-keep-tradeoff = Good to know: someone holding this phone could see that this site stored something, but could not read it.
plan-keep-forget = If you forget the passphrase, no one can open the plan again, not even us.
plan-passphrase-label = Passphrase for the plan
plan-passphrase-hint = Three or four unrelated words are best. Not a name, date or number the other person knows. Accents, Khmer letters and emoji all work.
plan-passphrase-repeat = Type the passphrase again
plan-passphrase-mismatch = The two entries are not the same. Please try typing them again.
plan-passphrase-short = This passphrase is quite short, so someone might guess it. You could add a few more words, or keep this one if you prefer.
plan-passphrase-khmer = If your passphrase has Khmer letters, type it later with the same keyboard you used to set it.
plan-passphrase-save-offer = If the browser offers to save this passphrase, close the offer with ✕. Do not press “Save”, and not “Never” either: both leave a record on the phone.
plan-passphrase-show = Show what I type
plan-passphrase-reader = A screen reader may read out each letter you type here. If someone is nearby, use headphones.
plan-keep-button = Lock and keep on this phone
plan-keep-working = Encrypting, please wait a moment…
plan-kept = Kept on this device, encrypted.
plan-too-large = The plan is too long to keep on the device. You could shorten a few notes and try again; everything you wrote is still here.
plan-open-offer = A plan is kept on this device. Enter the passphrase to open it.
plan-open-button = Open the plan
plan-open-working = Opening, please wait a moment…
plan-wrong-passphrase = That passphrase is not right. Nothing is lost; you can try again.
plan-blob-corrupt = The plan kept on this device is damaged and cannot be opened. What you are writing on this page is still here.
plan-blob-other-version = The kept plan was made by a different version of this site and cannot be opened here. What you are writing on this page is still here.
plan-blob-delete-offer = Would you like to delete it from this device?
plan-storage-unavailable = This device is not letting the site store anything right now (perhaps private browsing, or the page is inside another site). You can still write your plan as usual; it just will not be kept when the page closes.
plan-delete-button = Delete from this device
plan-delete-confirm = Delete the kept plan from this device? A kept diary is deleted with it. Once deleted it cannot be brought back.
plan-delete-yes = Delete
plan-delete-no = Do not delete
plan-deleted = Deleted from this device. Nothing is kept any more.

## Printing
plan-print-button = Print or save as PDF
plan-print-heading = My plan
plan-print-empty = You have not written anything yet. When printed, only what you ticked and wrote will appear.
plan-paper-title = What to keep on paper
plan-paper-note = A small piece of paper with the numbers of people you trust and a safe place, kept where only you know, helps when you have no phone. If you keep a printout, put it where the other person will not find it, or leave it with someone you trust.

## Added with the plan view
plan-find-help = Find people who can help with this
plan-passphrase-empty = Please type a passphrase first.
plan-save-button = Save my changes
plan-saved = Your changes are kept on this device, encrypted.
plan-unsaved = Some changes are not kept yet. Press “Save my changes” if you want to keep them.
plan-opened = Your plan is open. What you kept is shown below.
plan-open-replaces = Opening it will replace what is written on this page now.
plan-storage-refused = This device did not let the site store the plan just now (its storage may be full). Everything you wrote is still on this page.
plan-crypto-unavailable = This browser cannot encrypt, so the plan cannot be kept safely on this device. You can still write your plan on this page as usual.
plan-clear-yes = Clear everything
plan-clear-no = Do not clear

# A link to a page whose own words arrive only with it (phone.ftl, audiences.ftl).
phone-link-plan = Step by step: Is my phone safe?

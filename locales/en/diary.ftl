## The incident diary ("My notes") and the request for a no-contact order.
## Translated from Vietnamese (the source). The request itself is printed in Vietnamese;
## its English words here are only the person's copy.

## The entry point in the plan
diary-link-title = Write down what happened
diary-link-text = A private diary, locked with a passphrase if you keep it: note the date and what happened, so you remember clearly when you need to, and can print a request for a no-contact order. It is off until you want it.
diary-link-open = Open the diary

## The diary screen
diary-title = My diary
diary-intro = Many people remember the first time and the latest time clearly, and little in between. Writing each time down helps you remember when you want to tell the police, the commune or someone who helps. What you write, and when, is your choice.
diary-memory = The diary stays only in this page until you choose to keep it. If you have not kept it, it is gone when you close the page, press “Quick exit”, or when the page closes itself.
diary-autoclose = So that others are less likely to see it, the diary closes itself when you leave the page for more than { $hidden } minutes or do not use it for { $idle } minutes. If you saved it on this phone, your changes are saved when it closes itself. When you close the page or go to another page, there may be no time to save: press save first.
diary-evidence = This page does not keep photos. A photo taken with the phone stays in its gallery, where others may see it. You could send photos to someone you trust and then delete them from the phone, and ask someone you trust to keep the paper from the clinic or hospital. A deleted photo often stays for a while in the gallery's deleted-photos folder (the bin), and a sent photo stays in the Zalo chat: delete it there too if the phone may be checked.
diary-empty = Nothing written yet.
diary-count = { $n ->
    [one] { $n } entry.
   *[other] { $n } entries.
}
diary-add = Write down another time
diary-edit = Edit
diary-delete = Delete this entry
diary-delete-confirm = Delete this entry? It cannot be brought back.
diary-delete-yes = Delete
diary-delete-no = Keep it
diary-undated = Date not known
diary-children-present = Children were there.

## Writing one entry
diary-form-new = New entry
diary-form-edit = Edit entry
diary-field-day = When it happened
diary-hint-day = If you do not remember the date, leave it empty and write what you remember under “More notes”.
diary-field-place = Where
diary-hint-place = For example: at home, in the field, at the market. This part does not go into the request.
diary-field-what = What happened
diary-hint-what = In your own words: what the person hurting you said and did. Add the time if you remember it. This part is printed in the request exactly as you write it.
diary-field-injuries = Injuries or pain
diary-hint-injuries = Bruises, cuts, where it hurts, including places that cannot be seen.
diary-field-clinic = Clinic or hospital visit
diary-hint-clinic = Did you see a health worker, where, and what papers you got (a medical certificate, a prescription). Keep the papers somewhere safe.
diary-field-witnesses = Who saw or heard
diary-hint-witnesses = Neighbours, family, friends… if anyone.
diary-field-children = Were children there?
diary-children-not-said = Not saying
diary-children-yes = Yes
diary-children-no = No
diary-field-threats = Threats by phone, Zalo or message
diary-hint-threats = Note the date, the time and the words. Take a screenshot and send it to someone you trust, then delete it from the phone if you fear it being seen: from the gallery's bin and the chat you sent it in, too.
diary-field-notes = More notes
diary-hint-notes = Anything else, in any language. This part does not go into the request.
diary-form-save = Save this entry
diary-form-cancel = Cancel
diary-error-blank = This entry is still empty. Please write at least one thing.
diary-error-full = The diary is full. You could print it, then delete some older entries.
diary-error-missing = This entry is no longer there.
diary-saved-entry = Written down in this page.
diary-deleted = Entry deleted.

## Erasing
diary-erase-button = Erase the whole diary
diary-erase-confirm = Erase the whole diary, including the copy kept on this device? Your safety plan stays as it is. It cannot be brought back.
diary-erase-yes = Erase the whole diary
diary-erase-no = Do not erase
diary-erased = The diary is erased.
diary-erase-locked = The copy kept on this device is still there. To erase it, open it with your passphrase first.

## Keeping it on this device
diary-keep-title = Keep the diary on this device
diary-keep-explain = The diary and your safety plan are encrypted right here on the device and kept together, with one passphrase. Nothing is sent anywhere.
diary-keep-forget = If you forget the passphrase, the diary is lost for good: no one can open it again, not even us.
diary-passphrase-label = Passphrase
diary-keep-button = Lock with a passphrase and keep
diary-kept = Kept, locked with your passphrase.
diary-save-button = Save my changes
diary-unsaved = There are changes not yet saved.
diary-open-offer = A kept copy is on this device. Enter your passphrase to open it.
diary-open-replaces = Opening the kept copy replaces what is written in this page now.
diary-open-button = Open
diary-opened = Opened.
diary-saved = Your changes are saved.
diary-keep-delete-confirm = Delete what is kept on this device, the diary and the safety plan both? Once deleted it cannot be brought back.

## Limits
diary-limits-title = Good to know
diary-limit-evidence = The diary is not evidence by itself. It helps you remember and tell what happened; a medical paper, messages and witnesses may help more.
diary-limit-decision = No one can promise in advance what a commune or a court will decide.

## The printing screen
diary-print-link = Print the entries and a request for a no-contact order
diary-print-title = Print to take with you
diary-print-intro = You can print (or save as PDF) the entries you choose, with a request asking the chair of the commune or ward People's Committee to order the person who uses violence to keep away from you. The request is in Vietnamese, but what you wrote yourself is printed exactly as you wrote it. If you wrote in Khmer or English, the commune may not be able to read it: ask someone you trust to write it again in Vietnamese, or tell the chair in person.
diary-print-back = Back to the diary
diary-print-choose = Choose the entries to include
diary-print-none = There is nothing to print yet. Write in the diary first.
diary-print-commune = Commune or ward where it happened
diary-print-commune-hint = The chair of the People's Committee of the commune or ward where the violence happened is the one who decides.
diary-print-commune-none = Not chosen (leave a blank line to write by hand)
diary-print-own-name = Your name (optional)
diary-print-other-name = Name of the person who uses violence (optional)
diary-print-names-hint = If you leave them empty, the request has a dotted line to write by hand.
diary-print-copy = Add a translation for you to read
diary-print-copy-none = No need
diary-print-no-where = The request leaves out the “Where” and “More notes” of your entries, and never says where you are staying.
diary-print-stays = This page does not keep the names or what you choose here.
diary-print-button = Print / save as PDF
diary-print-preview = Preview
diary-print-pick-one = Choose at least one entry to print.

## What happens next (beside the request, on screen)
diary-next-title = After you ask
diary-next-12h = The chair of the commune or ward People's Committee must consider the request and decide within 12 hours of receiving it. If the chair says no, it must be in writing, with the reasons.
diary-next-3days = Each no-contact order lasts at most 3 days. During that time the person who uses violence may not come near you, and may not use a phone or other means to commit violence against you.
diary-next-who = The order takes effect as soon as it is signed. It is sent to the person who uses violence, to you, to the head of commune police and to the hamlet or neighbourhood head where you live. Because the other person receives it too, do not write where you are sheltering on the request. They will know you asked, and each order lasts at most 3 days: plan a safe place and people who can help for the days after, too. Call 113 if they break it.
diary-next-breach = Coming within 100 metres of you with no wall between you, or using a phone or other means to commit violence against you, breaks the order (except in a few cases the law allows, such as a family wedding, a funeral or someone seriously ill). A person who breaks it can be held by the police.
diary-next-life = When the violence threatens your life, the commune or ward chair can make the order without anyone asking.
diary-ways-title = Other ways to ask
diary-ways-text = A written request is not required. You can meet or phone the commune or ward chair, or ask by post or online. There is no fee. Your guardian or legal representative can also ask; an agency or organisation needs your consent.
diary-court = For longer protection: when a court is handling a civil case between you and the other person (a divorce, for example), it can order no contact for up to 4 months, on a written application.
diary-report-title = Where else you can report
diary-report-intro = You can call, text, write or go in person (Law on Prevention and Control of Domestic Violence, Article 19):
diary-report-commune = the commune or ward People's Committee;
diary-report-police = the police or a border-guard post near where it happened;
diary-report-school = the school, if the person harmed is a pupil;
diary-report-village = the hamlet or neighbourhood head, or the head of the Front committee;
diary-report-union = the head of a commune organisation, such as the Women's Union.
diary-report-danger = If you are in danger right now, call 113.
diary-aid = Free legal aid is for victims of domestic violence who have financial difficulty (a near-poor household, or a monthly social allowance); people in poor households, children, and ethnic minority people living in areas with especially difficult social and economic conditions qualify too. Ask the State Legal Aid Centre; if you cannot write, the staff fill in the form and you sign or give a fingerprint.
diary-own-request = This is your own request, not an official form.

## On paper: the record
diary-record-title = Record of what happened
diary-record-printed = Printed on { $date }. Written by me.

## On paper: the request (always printed in Vietnamese; this is only the person's copy)
diary-req-motto-state = SOCIALIST REPUBLIC OF VIETNAM
diary-req-motto-words = Independence – Freedom – Happiness
diary-req-date = Date: { $day }/{ $month }/{ $year }
diary-req-title = REQUEST FOR A NO-CONTACT ORDER
diary-req-to = To: the Chair of the People's Committee of { $area }
diary-req-name = My name is: { $name }
diary-req-contact = Reach me through (a trusted person): { $blank }
diary-req-i-am = I am a victim of domestic violence.
diary-req-other = The person who uses domestic violence: { $name }
diary-req-relation = Relationship to me (husband, wife, former spouse, partner I live with…): { $blank }
diary-req-happened = What happened:
diary-req-on = On { $date }:
diary-req-undated = Date not known:
diary-req-f-what = What happened
diary-req-f-injuries = Injuries
diary-req-f-clinic = Medical care
diary-req-f-witnesses = Witnesses
diary-req-f-threats = Threats
diary-req-children = Children were there.
diary-req-harm = The domestic violence described above has harmed or threatened to harm my health, or has threatened my life.
diary-req-ask = Under Article 25 of the Law on Prevention and Control of Domestic Violence No. 13/2022/QH15, I ask the Chair of the People's Committee of { $area } to consider and decide on a no-contact order: to forbid the person named above from coming near me and from using any means or tools to commit domestic violence against me.
diary-req-thanks = Thank you.
diary-req-sign = The person asking (signature or fingerprint, and full name)
diary-req-copy-note = A translation for you to read. The copy to hand to the commune is the Vietnamese one.

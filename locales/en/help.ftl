# "Get help": labels, buttons and messages. Each provider's name and hours live in
# data/directory.csv, not here.

help-title = Get help
help-intro =
    You don't have to face this alone. Here are people who can listen and help.
    You can choose what you need and where you live, or just look through them all. You decide what is right for you.
help-privacy-note = What you choose here is not saved and is not sent anywhere.

help-need-legend = What do you need?
help-need-danger = I am in danger now
help-need-medical = Medical care
help-need-talk = Someone to talk to
help-need-legal = Legal help
help-need-shelter = A safe place to stay
help-need-child = A child is at risk
help-clear = Clear filters

help-search-label = Which commune or ward are you in?
help-search-hint = Type the name of your commune, ward, special zone or old district, with or without accents
help-search-none = No place found with that name. Try another spelling, or the old district name.
help-search-formerly = formerly in { $district }
help-area-chosen = Your area: { $area }
help-area-change = Choose another place

help-results-emergency = If you are in danger, call now
help-results-local = In your commune or ward
help-results-province = Across An Giang province
help-results-national = Nationwide
help-none-for-need = We don't have a checked service for “{ $need }” yet. You can still call the numbers below: they can listen and point you to the right place.

help-kind-emergency = Emergency number
help-kind-hotline = Helpline
help-kind-one-stop-centre = One-stop support centre
help-kind-health = Health service
help-kind-police = Police
help-kind-legal-aid = Legal aid
help-kind-shelter = Shelter or community safe house (“trusted address”)
help-kind-social-work = Social work
help-kind-womens-union = Women's Union
help-kind-child-protection = Child protection
help-kind-school-counselling = School counselling

help-services-label = Can help with:
help-service-counselling = listening and counselling
help-service-medical-care = medical care
help-service-forensic-exam = examining and recording injuries
help-service-legal-advice = legal advice
help-service-shelter = a safe place to stay
help-service-police-protection = police protection
help-service-child-protection = child protection

help-hours-label = Hours:
help-hours-always = Day and night, every day (24/7)
help-hours-unknown = Opening hours not known
help-cost-free = Free to call
help-cost-charged = Calls may be charged
help-cost-unknown = Not known whether calls are free
help-languages-label = Languages:
help-address-label = Address:

help-unconfirmed = Not yet confirmed
help-unconfirmed-why = This comes from a public source, but we have not yet called to confirm it. The number may have changed.
help-checked-on = Checked on { $date }
help-source = Source

help-call = Call { $number }
help-sms = Text
help-zalo = Also takes messages on Zalo
help-copy = Copy number
help-copied = Number copied

help-search-count = { $n ->
    [one] 1 place found. Choose it below.
   *[other] { $n } places found. Choose one below.
}
help-search-suggestions = Matching places
help-results-count = { $n ->
    [one] 1 service can help you.
   *[other] { $n } services can help you.
}
help-copy-failed = This phone did not let us copy. You can write the number down: { $number }.

help-service-social-support = social support

help-in-person = Go in person
help-phone-unconfirmed = No confirmed phone number yet.

help-commune-title = Right where you are: { $area }
help-commune-intro = These two offices are in your own commune or ward. The Law on Prevention and Control of Domestic Violence (No. 13/2022/QH15) names them as places that receive reports of domestic violence. You can go in person, or send a letter.
help-commune-no-phone = This Notebook does not have their phone numbers or addresses yet. People nearby usually know where the office is.
help-office-committee = People's Committee of { $area }
help-office-police = Police of { $area }
help-office-asks = You can go there to:
help-office-report = Report domestic violence (Article 19).
help-office-no-contact = Ask for a no-contact order (cấm tiếp xúc): when the violence has harmed or threatened your health or life, the chair of the People's Committee can forbid the person using violence to come near you, for up to 3 days at a time, and must answer within 12 hours (Article 25). You can simply ask in person or phone the chair; no form and no fee are needed (administrative procedure, Decision 3657/QĐ-BVHTTDL).
help-office-no-contact-note = The order is also sent to the person using violence, so they will know you asked. Do not write where you are staying in the request.
help-office-police-protect = When a no-contact order (cấm tiếp xúc) is made, the commune police watch that it is kept. If you are in danger now, call 113.

help-print-title = Print a help card
help-print-hint = One small page with the numbers to call and the places to go, to give to someone without a smartphone.
help-print-commune = The card will list the places to go in { $area }.
help-print-no-commune = Choose a commune or ward above so the card also lists places near you.
help-print-paper = Paper size
help-print-neutral = Neutral wording (without the word "violence"), safer if someone else sees the card
help-print-button = Print the card
helpcard-heading = You are not alone. These are places that can help you if you face violence.
helpcard-heading-neutral = Phone numbers worth knowing
helpcard-emergency = In danger? Call now (free):
helpcard-emergency-neutral = Emergency numbers (free):
helpcard-lines = Lines that listen and advise:
helpcard-lines-neutral = Support lines:
helpcard-places = Places you can go in person:
helpcard-committee = report violence, ask for a no-contact order (cấm tiếp xúc) (see the chair)
helpcard-police = report violence
helpcard-free = free
helpcard-charged = call charges may apply
helpcard-unconfirmed = not yet confirmed
helpcard-checked = Checked on { $date }. You decide what is right for you.

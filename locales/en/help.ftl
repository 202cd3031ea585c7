# "Get help": labels, buttons and messages. Each provider's name and hours live in
# data/directory.toml, not here.

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
help-no-local = No service is listed for your commune or ward yet. The ones below cover a wider area and can still help you.
help-none-for-need = We don't have a checked service for “{ $need }” yet. You can still call the numbers below: they can listen and point you to the right place.

help-kind-emergency = Emergency number
help-kind-hotline = Hotline
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
help-zalo = Message on Zalo
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

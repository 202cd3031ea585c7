# Shared by the three pages for the people around someone: a friend or relative (helper), teachers (teacher), children (child).
# "Free" only beside a number whose cost is free in data/directory.csv (tests/claims.rs).

people-call-113 = Call 113 (police)
people-call-111 = Call 111 (child protection)
people-111-note = Free, day and night.
people-more-title = See also
people-go-child = An easy-to-read page for children
people-go-helper = How to help a friend or relative facing violence

# Links from the self-check result ("someone I care about") and from the 111 card in Get help.
people-helper-more = What to say, what to avoid, and how to help in practice
people-child-page = An easy-to-read page for children


# A link to a page whose own words arrive only with it (phone.ftl, audiences.ftl).
people-go-young = For young people: love is respect
people-go-community = For hamlet heads, trusted-address hosts and local unions

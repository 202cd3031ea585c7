# Long legal detail sits behind "Read more": each long text has a short first line (src/core/more.rs).
more-read = Read more
more-mediation = If there are danger signs, sitting down to mediate can put you in more danger. You have the right to ask for a no-contact order instead.
more-no-contact = Ask for a no-contact order: the chair of the People's Committee can forbid the person using violence to come near you.
more-legal-aid = If money is hard for you, you may get free legal aid.

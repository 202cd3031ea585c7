# A page for children: very short sentences, no questions, nothing kept. 111 first, then 113.
child-title = This page is for you
child-not-fault = Grown-ups fighting or hurting you is not your fault.
child-tell = You can tell a grown-up you trust.
child-who = Like a grandparent, an aunt, an uncle or a teacher.
child-111-what = You can also call 111. It is the phone line that protects children.
child-call-111 = Call 111
child-111-note = It is free. Day or night.
child-now = If someone is hurting you or your family: go to your safe place. Then call 113.
child-call-113 = Call 113 (police)

child-plan-title = Your little safety plan
child-plan-place = Think of a safe place. In your home or at a neighbour’s.
child-plan-grownup = Think of a grown-up you can run to.
child-plan-how = To call, press 1, 1, 1. Then press the call button.
child-plan-learn = Learn two numbers by heart: 111 and 113.
child-plan-away = If grown-ups fight, stay out of it. Go to your safe place.

child-end = You deserve to be safe and loved.
child-private = This page asks nothing and keeps nothing. If someone comes, tap “Quick exit” at the top.

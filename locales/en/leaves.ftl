## Translated from Vietnamese (the source).
# What this app leaves on the phone: what the browser and the phone record by themselves,
# and how to delete one history row. Every menu path comes from a dated source
# (docs/sources.md); where there is none, the words stay general.
leaves-title = What this Notebook leaves on your phone
leaves-intro = This Notebook sends nothing anywhere and keeps nothing unless you choose to keep it. But the phone and the browser record a few things on their own. Here is what may stay, and how to remove it.

leaves-stays-title = What may stay
leaves-stays-history = Browser history: one row each time you open the Notebook, with its address and the name “Notebook”. If Chrome is signed in to a Google account with sync on, the row may also show on your other devices and in your Google account's activity.
leaves-stays-calls = Calls you make from this Notebook: in the phone's call log and on the phone bill.
leaves-stays-sms = Text messages: sent ones, and unsent drafts too, stay in the messages app.
leaves-stays-files = Files you save, such as a PDF of the plan or the request, or a QR code image: in Downloads.
leaves-stays-keyboard = The keyboard: it may learn the words you type, and keep what you copy in its clipboard history for a while.
leaves-stays-kept = A plan or diary you chose to keep: in the browser, locked with your passphrase. Only if you chose to keep it.
leaves-stays-cache = The browser's cache: it keeps some of the Notebook's files (the code that runs it) for a while, so it opens faster next time.

leaves-row-title = Delete just one history row
leaves-row-why = Clearing the whole history can make someone who checks the phone notice. It is more discreet to delete only the “Notebook” row. The examples below follow published help pages. Menus can change between versions.
leaves-row-chrome = Chrome on Android: tap the three dots ⋮ at the top right, choose “History”, find the “Notebook” row and tap the remove button to its right.
leaves-row-samsung = Samsung Internet: tap the three-line icon at the bottom right, choose “History”, then look there for a way to delete only the “Notebook” row.
leaves-row-coccoc = Cốc Cốc and other browsers: look in the browser's menu for “History”, then delete only the “Notebook” row.
leaves-row-zalo = If you opened the link inside Zalo, the Notebook runs in Zalo's own browser, which keeps its own history and storage; a plan you choose to keep there stays inside Zalo too. Next time, open the link in Chrome instead: look in that screen's menu for a choice to open it in a browser.

leaves-private-title = More discreet: a private tab
leaves-private-1 = When you close a private tab, the browser keeps no history of it. In Chrome: tap the three dots ⋮ and choose “New Incognito tab”. In Samsung Internet: tap the tabs icon, then turn on “Secret mode”.
leaves-private-2 = A private tab does not remove files you download, calls or text messages: those stay as described above.

## Where things will stay: one line beside each button that prints, downloads, sends or copies
stays-pdf = If you save it as a PDF, the file stays in Downloads, with an ordinary name (usually “Notebook”). Move it somewhere else or delete it when you no longer need it.
stays-qr = A downloaded QR code image stays in Downloads.
stays-sms = A text message, sent or not, stays in the messages app. If you do not send it, delete the draft.
stays-zalo = A message sent by Zalo stays in Zalo, and in Zalo on a computer if it is signed in there.
stays-copy = What you copy stays in the keyboard's clipboard history for a while.

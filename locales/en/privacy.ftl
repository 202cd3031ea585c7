privacy-title = Staying safe online
privacy-intro = Phones and computers can leave traces. Here is what this page keeps (almost nothing) and a few ways to stay safer while you look for information.

privacy-keeps-title = What this page keeps
privacy-keeps-1 = Nothing is sent anywhere. Your answers, your plan and what you search for stay inside the open page. The page uses no cookies, counts no visits and loads nothing from anywhere else. But the server that sends this page, like any website, can see that someone opened it.
privacy-keeps-2 = Nothing is kept unless you choose. When you close the page or press “Quick exit”, everything you entered is gone.
privacy-keeps-3 = If you choose to keep your safety plan (and diary) on this device, they are locked with a passphrase you choose. Someone holding the phone could see that this page stored something, but cannot read it without the passphrase.

privacy-name-title = The page's name in the browser tab
privacy-name-1 = In the browser tab, this page shows only the name “Notebook” and a simple leaf icon. The name is ordinary on purpose, so that someone glancing at the screen cannot guess what you are reading. In the browser history, each time you open the page leaves one row, with the page’s address and the name “Notebook”.

privacy-private-title = Browsing privately
privacy-private-1 = Next time, you can open this page in a private tab: in Chrome or Cốc Cốc, tap the three dots and choose “New incognito tab”; on an iPhone, choose “Private” in Safari. When you close a private tab, the browser keeps no record of the pages you saw.
privacy-private-2 = If you opened the link from Zalo, Messenger or a text message, the link is still in that conversation. You can delete just that message if you feel you need to.
privacy-inapp = If the link opened inside Zalo or Messenger, the page runs in that app’s own browser. A plan you choose to keep there is stored inside that app too. It is better to open the link in Chrome.

privacy-traces-title = Clearing traces without drawing attention
privacy-traces-1 = Suddenly wiping the whole history can make someone who checks your phone suspicious. A quieter way is to delete only the entries for this page in your browser history.
privacy-leaves-link = What stays on your phone, and how to delete just one history row
privacy-traces-2 = Check the list of “recently closed tabs” too, and the suggestions that appear when you type in the address bar.
privacy-traces-3 = If you kept your plan (and diary) on this device, you can delete them at any time in the Safety plan section.

privacy-exit-title = What “Quick exit” does
privacy-exit-1 = When you tap “Quick exit” (or press Shift three times, on a computer), the page goes blank at once, what you entered is dropped, and an ordinary website opens in its place. Pressing Back does not bring this page back.
privacy-exit-2 = Moving between sections of this page does not change the address, so it adds no row to the history. But opening the page is still one row in the history, with the page’s address and the name “Notebook”; if Chrome is signed in to a Google account with sync on, that row may also show on your other devices and in your Google account’s activity. The page you were on before you came here (a search page, for example) is in the history too.

privacy-device-title = If you think your phone is being watched
privacy-device-1 = If someone often checks your phone, or knows where you went and you don't understand how, your phone may be monitored. When you can, look for information on a safer device, such as the phone of someone you trust. You decide what is safe for you.

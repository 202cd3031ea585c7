# Share: the link, the QR code, a printable poster, guidance for teachers, the embed snippet.
share-title = Share this Notebook
share-intro = For teachers, health workers, Women's Union officers and organisations: make a link or a QR code to point people to this Notebook, print a poster, or embed it in your website. Nothing is sent anywhere: everything is made here, on this device.

share-link-title = The link
share-lang-label = Open in
share-view-label = Opens on
share-area-label = Commune or ward (optional)
share-area-hint = Type the name of a commune or ward (with or without accents). “Get help” will then show nearby places first.
share-area-none = No commune or ward has a name like that.
share-area-chosen = Chosen: { $area }
share-area-clear = Clear the commune or ward
share-link-label = Link to share
share-copy = Copy the link
share-copied = Copied.
share-copy-failed = Could not copy automatically. The text is selected: press and hold, then choose “Copy”.

share-qr-title = QR code
share-qr-alt = QR code of the link above
share-qr-svg = Download the QR code (SVG, for print)
share-qr-png = Download the QR code (PNG, for sending)
share-qr-too-long = The link is too long for a QR code.

share-poster-section = A poster to print
share-poster-hint = The poster is in the language chosen above. Only the poster is printed.
share-paper-label = Paper size
share-neutral-label = Neutral wording that does not mention violence (best for public places)
share-print = Print the poster
share-preview = Poster preview

share-poster-heading = You do not have to face this alone
share-poster-text = If your husband, partner or someone in your family frightens you, hurts you or controls your life, here is information and the places in An Giang that can help. It is not your fault.
share-poster-neutral-heading = A private Notebook for you
share-poster-neutral-text = Things worth knowing to keep yourself and your family safe, and where in An Giang to ask when you need help.
share-poster-private = No name, no account. Nothing you look at is sent anywhere.
share-poster-scan = Scan the code with your phone's camera, or type the address:

share-teach-title = Sharing it safely with students
share-teach-1 = Introduce the Notebook to the whole class, along with other useful sites, so that no one student is singled out.
share-teach-2 = Don't send the link to a family's shared phone. The person hurting the student may be reading that phone.
share-teach-3 = If a student confides in you, listen, believe them and ask what they want. If they are in danger, call 111 (child protection line, free, day and night) or 113.
share-teach-4 = Show them the “Quick exit” button (on a computer: pressing Shift three times), and how to open a private window in their browser.
share-teach-5 = Put the poster where students can read it without being noticed, such as the health room or the toilets. In busy places, choose the neutral wording.

share-embed-title = Embed it in your organisation's website
share-embed-text = For whoever runs the website: paste this snippet into the page. The Notebook's server must allow your site to show it (the frame-ancestors line in the deployment guide).
share-embed-label = Snippet to embed
share-embed-copy = Copy the snippet

# The guidance page for teachers, and a second QR code on the poster (when the school chooses it).
share-teacher-link = Guidance for teachers: when a pupil confides in you
share-teacher-qr-label = Add a second QR code, for the teachers’ guidance page
share-poster-teacher = For teachers and school staff: scan this code

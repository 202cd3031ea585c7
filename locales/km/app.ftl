app-name = សៀវភៅកត់ត្រា

# Quick exit: what a screen reader says after each Shift press (written into the first paint).
exit-keys-left = ចុច Shift { $n } ដងទៀត ដើម្បីចាកចេញ។

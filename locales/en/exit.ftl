# Quick exit: what a screen reader says after each Shift press (written into the first paint).
exit-keys-left = { $n ->
    [one] Press Shift once more to leave.
   *[other] Press Shift { $n } more times to leave.
}

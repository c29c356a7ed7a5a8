${recipient}

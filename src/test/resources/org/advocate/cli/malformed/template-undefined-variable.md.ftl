${recipient.nosuchfield}

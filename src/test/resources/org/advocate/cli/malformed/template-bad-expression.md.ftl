${recipient.name +}

Dear ${recipient.name

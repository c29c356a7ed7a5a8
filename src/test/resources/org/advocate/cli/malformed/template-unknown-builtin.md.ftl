${recipient.name?no_such_builtin}

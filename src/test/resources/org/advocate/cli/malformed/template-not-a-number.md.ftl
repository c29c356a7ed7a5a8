${"x"?number}

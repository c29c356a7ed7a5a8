${"abc"?matches("(")}

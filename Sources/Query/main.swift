print("query: not yet")

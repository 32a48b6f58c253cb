print("ingest: not yet")

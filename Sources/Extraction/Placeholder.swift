// Placeholder: the Extraction module is being written.

// Placeholder: the Pipeline module is being written.

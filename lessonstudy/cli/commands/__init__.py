"""One module per group of related subcommands."""

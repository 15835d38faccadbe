"""The ``lessonstudy`` command line: subcommands over services, with no Qt import."""

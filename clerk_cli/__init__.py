"""clerk: an action tracker for committee clerks."""

__version__ = "0.1.0"


def run():
    """The ``clerk`` console script: clerk_cli.cli.main, with the cyclic garbage collector
    paused while the command line and the command's module are imported.

    Start-up allocates tens of thousands of objects that live until exit (modules,
    classes, functions); the collector would go over them again and again, and once more
    at exit.  ClerkGroup.resolve_command freezes them (gc.freeze: they are never looked
    at again) and turns the collector back on before the command runs, so the command's
    own work is collected as usual.  Run in-process (tests, CliRunner), main is called
    directly and the collector is left alone.
    """
    import gc

    gc.disable()
    from clerk_cli.cli import main

    return main()

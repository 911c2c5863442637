from clerk_cli.cli import main

main(prog_name="clerk")

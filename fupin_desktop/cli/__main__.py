from fupin_desktop.cli.program import main

if __name__ == "__main__":
    raise SystemExit(main())

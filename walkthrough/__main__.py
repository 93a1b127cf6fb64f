from walkthrough.cli import main

raise SystemExit(main())

"""Reading inputs: files and folders → clean `Document`s, or `Skipped` with the reason a user reads."""

"""Reading inputs: files and folders → clean `Document`s, or `Skipped` with the reason a user reads.

`documents` walks folders, sniffs and decodes files and gives ids (the front door: `read_documents`); `html` turns
pages into text, title and date; `text` cleans text, drops boilerplate, dates it and checks its language.
"""

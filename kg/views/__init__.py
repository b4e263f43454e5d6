"""What users look at: the interactive HTML page, its filters, CSV tables and notebook helpers."""

"""kg: knowledge graphs of bilateral relations from news articles."""

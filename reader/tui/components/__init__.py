"""One widget per module: the article, the claims list, the detail, the status line."""

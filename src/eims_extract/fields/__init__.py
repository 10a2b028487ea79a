"""Field families: one module per family of case-row fields."""

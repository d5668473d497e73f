"""Second batch of blind varied-format CCHC fixture plans and questions (see README.md)."""

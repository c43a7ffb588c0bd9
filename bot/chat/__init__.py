"""The Telegram side that handlers and the push share: an article page with its keyboard, a
quiz poll, the admin check, the per-user rate-limit guard and the ledger's reading records and
charts. Handlers never import each other; what two of them need lives here."""

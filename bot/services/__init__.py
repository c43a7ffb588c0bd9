"""Services over the database that know nothing of Telegram: the library (pages → articles →
index, search) and the question bank."""

"""The Telegram side shared by handlers and the push: what several features do in a chat."""

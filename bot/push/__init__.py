"""The daily push and the weekly report: delivery with the at-most-once ledger, the failure
policy (retries, pauses, migrations), and the plan of JobQueue jobs. ``handlers/push.py`` holds
only the callbacks the JobQueue calls."""

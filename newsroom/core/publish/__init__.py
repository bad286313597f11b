"""Publishing: targets, their credentials, the outbox and the clients that send it.

Qt-free. ``base`` holds the shared types every part speaks: what goes out
(:class:`Outgoing`), what a target answers (:class:`Remote`), and the errors
whose class decides what the outbox does next.
"""

"""Real servers on 127.0.0.1 that the tests start and stop themselves."""

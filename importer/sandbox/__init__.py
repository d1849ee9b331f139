"""A local stand-in for the Sociocs API, for practice runs and tests (127.0.0.1 only).

- :mod:`.server` — ``SandboxServer``: start, stop, address and key (HTTPS with a given
  certificate, for tests of trust and proxies).
- :mod:`.routes` / :mod:`.http_handler` — the endpoints and the HTTP side (auth, JSON).
- :mod:`.store` — SQLite lists and contacts; :mod:`.validation` / :mod:`.phones` — requests
  checked as strictly as the documentation says.
- :mod:`.faults` — rate limits, server errors, dropped connections and delays on demand.
"""

"""The Sociocs API client: the documented endpoints, typed errors, no key in any text.

- :mod:`.client` — ``SociocsClient`` (lists, bulk upsert); :mod:`.models` — what it returns.
- :mod:`.responses` / :mod:`.errors` / :mod:`.network_errors` — a reply or a failure as a typed
  error with a plain-language message.
- :mod:`.session` — the client's requests session: :mod:`.trust` (the system's certificate
  store through truststore, else certifi's) and :mod:`.proxies` (the system's proxy, never for
  loopback).
- :mod:`.retry_after`, :mod:`.urls` (https, or http on loopback), :mod:`.redact` (the key kept
  out of text and logs), :mod:`.list_parsing` (tolerant ``GET /lists``).
"""

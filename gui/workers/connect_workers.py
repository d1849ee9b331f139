"""Background jobs of the Connect page: test the key against /lists, start the sandbox."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from gui.workers.base import Worker
from importer.api.client import SociocsClient
from importer.api.models import own_lists
from importer.sandbox.server import SandboxServer


@dataclass(frozen=True)
class Connection:
    """A client whose key and address just worked, and how many lists the account made."""

    client: SociocsClient
    list_count: int


class ConnectionTestWorker(Worker):
    """Calls ``GET /lists`` with the key; ``result`` carries a :class:`Connection`."""

    def __init__(self, api_key: str, api_url: str) -> None:
        super().__init__()
        self._api_key = api_key
        self._api_url = api_url

    def work(self) -> Connection:
        client = SociocsClient(self._api_key, self._api_url)
        try:
            lists = client.lists()
        except BaseException:
            client.close()
            raise
        return Connection(client, len(own_lists(lists)))


class SandboxStartWorker(Worker):
    """Starts a practice server on 127.0.0.1 port 0 with a fresh key (and its sample lists)."""

    def work(self) -> SandboxServer:
        return SandboxServer(api_key=f"practice-{secrets.token_hex(12)}", port=0).start()

"""Contact lists fetched and created in the background (``GET /lists``, ``POST /lists``)."""

from __future__ import annotations

from gui.workers.base import Worker
from importer.api.client import SociocsClient
from importer.api.models import ContactList
from importer.lists.making import create_list_confirmed


class ListsWorker(Worker):
    """Fetches the account's contact lists; ``result`` carries ``list[ContactList]``."""

    def __init__(self, client: SociocsClient) -> None:
        super().__init__()
        self._client = client

    def work(self) -> list[ContactList]:
        """``client.lists()``."""
        return self._client.lists()


class CreateListWorker(Worker):
    """Creates a contact list; ``result`` carries the new ``ContactList``."""

    def __init__(self, client: SociocsClient, name: str) -> None:
        super().__init__()
        self._client = client
        self._name = name

    def work(self) -> ContactList:
        """``create_list_confirmed(client, name)``."""
        return create_list_confirmed(self._client, self._name)

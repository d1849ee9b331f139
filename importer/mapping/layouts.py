"""Known export layouts, recognised by their column titles and mapped without questions.

Each :class:`Layout` names the titles that identify it, its phone columns in order of
preference (the mobile number first), its name columns and the column of its groups (Google's
labels, Outlook's categories, a vCard's CATEGORIES). Google's exports list numbers as
"Phone N - Label/Type" + "Phone N - Value" pairs; the pair whose label most often says mobile
in the sample comes first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from importer.groups.cells import split_cell
from importer.groups.separators import detect_separator
from importer.mapping.model import Role
from importer.sources.base import CellValue

_MOBILE_LABELS = ("mobile", "mobil", "cell", "handy", "iphone", "movil", "celular")


@dataclass(frozen=True, slots=True)
class Layout:
    """An export layout: ``signature`` titles must all be present (case and spacing ignored)."""

    name: str
    """How the layout is named to the user ("Google Contacts export")."""
    signature: frozenset[str]
    phones: tuple[str, ...] = ()
    """Phone columns, best first; :attr:`labelled_phones` layouts order them by their labels."""
    full_name: tuple[str, ...] = ()
    first_names: tuple[str, ...] = ()
    last_names: tuple[str, ...] = ()
    labelled_phones: bool = False
    prefer_full_name: bool = False
    """Use the full-name column when it has values, before first and last name."""
    lists: tuple[str, ...] = ()
    """The column naming each contact's groups, which become lists."""

    def roles(
        self, headers: Sequence[str], columns: Sequence[Sequence[CellValue]]
    ) -> dict[int, Role]:
        """The phone and name columns of a sheet in this layout (``columns``: sample values,
        empty lists when there is no sample): the best phone column that has values."""
        index = header_index(headers)
        sampled = any(columns) and any(map(any, columns))

        def filled(position: int) -> bool:
            return not sampled or any(v is not None and v != "" for v in columns[position])

        phones = self.phone_order(headers, columns)
        phone = next((i for i in phones if filled(i)), phones[0] if phones else None)
        roles = {} if phone is None else {phone: Role.PHONE}
        full = [index[t] for t in self.full_name if t in index and filled(index[t])]
        first = [index[t] for t in self.first_names if t in index and filled(index[t])]
        last = [index[t] for t in self.last_names if t in index and filled(index[t])]
        if full and (self.prefer_full_name or not (first or last)):
            roles[full[0]] = Role.NAME
        else:
            roles.update(dict.fromkeys(first, Role.FIRST_NAME))
            roles.update(dict.fromkeys(last, Role.LAST_NAME))
        return roles

    def lists_column(
        self, headers: Sequence[str], columns: Sequence[Sequence[CellValue]]
    ) -> int | None:
        """This layout's column of groups, when the sheet has it and its sample names a group
        (a Google export whose labels are all its own ``* myContacts`` names none)."""
        index = header_index(headers)
        found = next((index[t] for t in self.lists if t in index), None)
        sampled = any(columns) and any(map(any, columns))
        if found is None or not sampled:
            return found
        separator = detect_separator(columns[found])
        return found if any(split_cell(v, separator).names for v in columns[found]) else None

    def phone_order(
        self, headers: Sequence[str], columns: Sequence[Sequence[CellValue]]
    ) -> list[int]:
        """The indices of this layout's phone columns in ``headers``, best first."""
        index = header_index(headers)
        if self.labelled_phones:
            return _labelled_phone_order(index, columns)
        return [index[title] for title in self.phones if title in index]


LAYOUTS = (
    Layout(
        "Google Contacts export",
        frozenset({"first name", "last name", "phone 1 - label", "phone 1 - value"}),
        first_names=("first name", "middle name"),
        last_names=("last name",),
        full_name=("file as",),
        labelled_phones=True,
        lists=("labels",),
    ),
    Layout(
        "Google Contacts export (older format)",
        frozenset({"name", "given name", "family name", "phone 1 - type", "phone 1 - value"}),
        full_name=("name",),
        first_names=("given name", "additional name"),
        last_names=("family name",),
        labelled_phones=True,
        prefer_full_name=True,
        lists=("group membership",),
    ),
    Layout(
        "Outlook contacts export",
        frozenset({"first name", "last name", "mobile phone", "business phone", "home phone"}),
        phones=(
            "mobile phone",
            "primary phone",
            "business phone",
            "home phone",
            "business phone 2",
            "home phone 2",
            "company main phone",
            "other phone",
            "car phone",
        ),
        first_names=("first name", "middle name"),
        last_names=("last name",),
        lists=("categories",),
    ),
    Layout(
        "HubSpot contacts export",
        frozenset({"record id", "first name", "last name", "phone number"}),
        phones=("mobile phone number", "whatsapp phone number", "phone number"),
        first_names=("first name",),
        last_names=("last name",),
    ),
    Layout(
        "Salesforce contacts report",
        frozenset({"first name", "last name", "account name", "mobile", "phone"}),
        phones=("mobile", "phone", "home phone", "other phone"),
        first_names=("first name",),
        last_names=("last name",),
    ),
    Layout(
        "Salesforce contacts export (Data Loader)",
        frozenset({"firstname", "lastname", "mobilephone", "phone"}),
        phones=("mobilephone", "phone", "homephone", "otherphone", "assistantphone"),
        first_names=("firstname",),
        last_names=("lastname",),
    ),
    Layout(
        "Thunderbird address book",
        frozenset({"first name", "last name", "display name", "primary email", "mobile number"}),
        phones=("mobile number", "work phone", "home phone"),
        full_name=("display name",),
        first_names=("first name",),
        last_names=("last name",),
        prefer_full_name=True,
    ),
    Layout(
        "Thunderbird address book (German)",
        frozenset({"vorname", "nachname", "anzeigename", "mobil-tel.-nr."}),
        phones=("mobil-tel.-nr.", "tel. dienstlich", "tel. privat"),
        full_name=("anzeigename",),
        first_names=("vorname",),
        last_names=("nachname",),
        prefer_full_name=True,
    ),
    Layout(
        "Windows Live Mail contacts (German)",
        frozenset({"vorname", "nachname", "mobiltelefon", "telefon (privat)"}),
        phones=("mobiltelefon", "telefon (privat)", "telefon (geschäftlich)"),
        full_name=("name",),
        first_names=("vorname", "2. vorname"),
        last_names=("nachname",),
        prefer_full_name=True,
    ),
    Layout(
        "vCard contacts (.vcf)",
        frozenset({"name", "phone", "other phones", "email", "other emails", "organization"}),
        phones=("phone",),
        full_name=("name",),
        lists=("categories",),
    ),
)


def normalize_title(title: str) -> str:
    """A column title as layouts spell it: lower case, single spaces."""
    return " ".join(title.split()).casefold()


def header_index(headers: Sequence[str]) -> dict[str, int]:
    """Normalized title → the first column that has it."""
    index: dict[str, int] = {}
    for position, header in enumerate(headers):
        index.setdefault(normalize_title(header), position)
    return index


def recognise_layout(headers: Sequence[str]) -> Layout | None:
    """The known layout whose titles ``headers`` hold, if any."""
    titles = set(header_index(headers))
    return next((layout for layout in LAYOUTS if layout.signature <= titles), None)


def _labelled_phone_order(
    index: dict[str, int], columns: Sequence[Sequence[CellValue]]
) -> list[int]:
    """Google's "Phone N - Value" columns, the one most often labelled mobile first."""
    pairs: list[tuple[int, int, int]] = []
    for number in range(1, 100):
        value = index.get(f"phone {number} - value")
        if value is None:
            break
        label = index.get(f"phone {number} - label", index.get(f"phone {number} - type"))
        labels = (
            Counter(str(v).casefold() for v in columns[label] if v) if label is not None else {}
        )
        mobile = sum(
            count for text, count in labels.items() if text.lstrip("* ").startswith(_MOBILE_LABELS)
        )
        pairs.append((-mobile, number, value))
    return [value for _, _, value in sorted(pairs)]

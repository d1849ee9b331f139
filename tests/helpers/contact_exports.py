"""Contact exports as the programs write them: their real column lists, built into test files.

Each :class:`Export` holds the full header of one program's export (copied from the program's
documentation and real exports) and writes rows given as ``{title: value}``; titles not given
stay empty, as in a real export where most columns are blank.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.make_files import write_csv


def _titles(text: str) -> list[str]:
    """A header written as one comma-separated line, as the export's first line reads."""
    return text.split(",")


GOOGLE = _titles(
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,"
    "Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,"
    "Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,"
    "E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,"
    "Phone 2 - Label,Phone 2 - Value,Phone 3 - Label,Phone 3 - Value,Address 1 - Label,"
    "Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,"
    "Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,"
    "Address 1 - Extended Address,Website 1 - Label,Website 1 - Value"
)
GOOGLE_OLD = _titles(
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,"
    "Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,"
    "Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,"
    "Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
    "E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,"
    "Phone 2 - Value,Phone 3 - Type,Phone 3 - Value,Address 1 - Type,Address 1 - Formatted,"
    "Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,"
    "Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,"
    "Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,"
    "Organization 1 - Title,Organization 1 - Department,Organization 1 - Symbol,"
    "Organization 1 - Location,Organization 1 - Job Description,Website 1 - Type,"
    "Website 1 - Value"
)
OUTLOOK = _titles(
    "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,Business Street,"
    "Business Street 2,Business Street 3,Business City,Business State,Business Postal Code,"
    "Business Country/Region,Home Street,Home Street 2,Home Street 3,Home City,Home State,"
    "Home Postal Code,Home Country/Region,Other Street,Other Street 2,Other Street 3,Other City,"
    "Other State,Other Postal Code,Other Country/Region,Assistant's Phone,Business Fax,"
    "Business Phone,Business Phone 2,Callback,Car Phone,Company Main Phone,Home Fax,Home Phone,"
    "Home Phone 2,ISDN,Mobile Phone,Other Fax,Other Phone,Pager,Primary Phone,Radio Phone,"
    "TTY/TDD Phone,Telex,Account,Anniversary,Assistant's Name,Billing Information,Birthday,"
    "Business Address PO Box,Categories,Children,Directory Server,E-mail Address,E-mail Type,"
    "E-mail Display Name,E-mail 2 Address,E-mail 2 Type,E-mail 2 Display Name,E-mail 3 Address,"
    "E-mail 3 Type,E-mail 3 Display Name,Gender,Government ID Number,Hobby,Home Address PO Box,"
    "Initials,Internet Free Busy,Keywords,Language,Location,Manager's Name,Mileage,Notes,"
    "Office Location,Organizational ID Number,Other Address PO Box,Priority,Private,Profession,"
    "Referred By,Sensitivity,Spouse,User 1,User 2,User 3,User 4,Web Page"
)
HUBSPOT = _titles(
    "Record ID,First Name,Last Name,Email,Phone Number,Contact owner,Associated Company,"
    "Last Activity Date,Lead Status,Marketing contact status,Create Date,Mobile Phone Number,"
    "Company Name,City,Country/Region,Job Title,Lifecycle Stage"
)
SALESFORCE_REPORT = _titles(
    "Contact Owner,Salutation,First Name,Last Name,Title,Mailing Street,Mailing City,"
    "Mailing State/Province,Mailing Zip/Postal Code,Mailing Country,Phone,Fax,Mobile,Email,"
    "Account Owner,Account Name,Contact ID,Account ID"
)
SALESFORCE_DATA_LOADER = _titles(
    "Id,IsDeleted,MasterRecordId,AccountId,LastName,FirstName,Salutation,Name,OtherStreet,"
    "OtherCity,OtherState,OtherPostalCode,OtherCountry,MailingStreet,MailingCity,MailingState,"
    "MailingPostalCode,MailingCountry,Phone,Fax,MobilePhone,HomePhone,OtherPhone,AssistantPhone,"
    "ReportsToId,Email,Title,Department,AssistantName,LeadSource,Birthdate,Description,OwnerId,"
    "CreatedDate,CreatedById,LastModifiedDate,LastModifiedById,SystemModstamp,LastActivityDate"
)
THUNDERBIRD = _titles(
    "First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,"
    "Work Phone,Home Phone,Fax Number,Pager Number,Mobile Number,Home Address,Home Address 2,"
    "Home City,Home State,Home ZipCode,Home Country,Work Address,Work Address 2,Work City,"
    "Work State,Work ZipCode,Work Country,Job Title,Department,Organization,Web Page 1,"
    "Web Page 2,Birth Year,Birth Month,Birth Day,Custom 1,Custom 2,Custom 3,Custom 4,Notes"
)


@dataclass(frozen=True)
class Export:
    """One program's export: its header and how the file is written."""

    headers: Sequence[str]
    encoding: str = "utf-8"
    delimiter: str = ","
    bom: bool = False
    newline: str = "\r\n"

    def write(self, path: Path, rows: Sequence[Mapping[str, object]]) -> Path:
        """Write ``rows`` (title → value) under the full header."""
        unknown = {title for row in rows for title in row} - set(self.headers)
        assert not unknown, f"not in this export: {unknown}"
        table = [list(self.headers), *([row.get(t) for t in self.headers] for row in rows)]
        return write_csv(
            path,
            table,
            encoding=self.encoding,
            delimiter=self.delimiter,
            bom=self.bom,
            newline=self.newline,
        )


EXPORTS = {
    "google": Export(GOOGLE, bom=False, newline="\n"),
    "google_old": Export(GOOGLE_OLD, encoding="utf-16"),
    "outlook": Export(OUTLOOK, encoding="cp1252"),
    "hubspot": Export(HUBSPOT, bom=True),
    "salesforce_report": Export(SALESFORCE_REPORT),
    "salesforce_data_loader": Export(SALESFORCE_DATA_LOADER),
    "thunderbird": Export(THUNDERBIRD),
}


VCARDS = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=\r\n"
    "=C3=BCrgen;;;\r\nTEL;WORK;VOICE:+49 30 2345678\r\nTEL;CELL;PREF:+49 151 23456789\r\n"
    "EMAIL;PREF;INTERNET:juergen@example.com\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nORG:Acme;Sales\r\n"
    "TEL;TYPE=WORK,VOICE:+1 617-253-1000\r\nitem1.TEL:+1 617-253-\r\n 2000\r\n"
    "item1.X-ABLabel:_$!<Mobile>!$_\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:No Number\r\nEMAIL:nobody@example.com\r\nEND:VCARD\r\n"
)
"""Three cards as an Android 2.1 export (QP name), an iPhone 3.0 export (labelled, folded
number) and a 4.0 card without a number write them."""

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Sociocs Contact Importer</source>
        <translation>Über Sociocs Contact Importer</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
    <message>
        <source>The language of the program; a new choice applies when it starts again.</source>
        <translation>Die Sprache des Programms; eine neue Auswahl gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Closes this window.</source>
        <translation>Schließt dieses Fenster.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sociocs Contact Importer {version}&lt;/h3&gt;&lt;p&gt;Moves contacts from spreadsheets (Excel, LibreOffice, CSV) into Sociocs. Every good row goes in; every row that cannot go in is explained in plain words.&lt;/p&gt;&lt;p&gt;You can practice with the built-in sandbox first: nothing is sent to Sociocs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sociocs Contact Importer {version}&lt;/h3&gt;&lt;p&gt;Überträgt Kontakte aus Tabellen (Excel, LibreOffice, CSV) nach Sociocs. Jede gute Zeile wird übernommen; jede Zeile, die nicht übernommen werden kann, wird verständlich erklärt.&lt;/p&gt;&lt;p&gt;Sie können zuerst mit der eingebauten Sandbox üben: Dabei wird nichts an Sociocs gesendet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{language} (not installed)</source>
        <translation>{language} (nicht installiert)</translation>
    </message>
    <message>
        <source>{language} is not installed: its translation files are missing or damaged. The program keeps the language it speaks now ({current}). Installing the program again brings them back.</source>
        <translation>{language} ist nicht installiert: Die Übersetzungsdateien fehlen oder sind beschädigt. Das Programm behält die Sprache, die es jetzt spricht ({current}). Wenn Sie das Programm neu installieren, sind sie wieder da.</translation>
    </message>
</context>
<context>
    <name>AccountBadge</name>
    <message>
        <source>Practice sandbox</source>
        <translation>Übungs-Sandbox</translation>
    </message>
    <message>
        <source>Nothing is sent to Sociocs.</source>
        <translation>Es wird nichts an Sociocs gesendet.</translation>
    </message>
    <message>
        <source>Sociocs account</source>
        <translation>Sociocs-Konto</translation>
    </message>
    <message>
        <source>Key {start}</source>
        <translation>Schlüssel {start}</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>Noch nicht verbunden</translation>
    </message>
    <message>
        <source>Connected to: {what}</source>
        <translation>Verbunden mit: {what}</translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <source>Back to &amp;Match columns</source>
        <translation>Zurück zu &amp;Spalten zuordnen</translation>
    </message>
    <message>
        <source>Most numbers look like &lt;b&gt;{country}&lt;/b&gt; numbers.</source>
        <translation>Die meisten Nummern sehen nach diesem Land aus: &lt;b&gt;{country}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Use {country}</source>
        <translation>{country} &amp;verwenden</translation>
    </message>
    <message>
        <source>Use &amp;row {row}</source>
        <translation>Zeile {row} &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Use &quot;{column}&quot; as the phone number</source>
        <translation>„{column}“ als Telefonnummer &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Take the number from &quot;{fallback}&quot; when &quot;{phone}&quot; is empty</source>
        <translation>&amp;Nummer aus „{fallback}“ nehmen, wenn „{phone}“ leer ist</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message numerus="yes">
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln weitere</numerusform>
            <numerusform>+%Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation>{label}: {count}</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Name (old → new)</source>
        <translation>Name (alt → neu)</translation>
    </message>
    <message>
        <source>Fields changed (old → new)</source>
        <translation>Geänderte Felder (alt → neu)</translation>
    </message>
    <message>
        <source>Fields lost</source>
        <translation>Verlorene Felder</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>joins</source>
        <translation>kommt hinzu</translation>
    </message>
    <message>
        <source>already in</source>
        <translation>schon darin</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>{phone}: {change}</source>
        <translation>{phone}: {change}</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Keep the last row (as Sociocs would)</source>
        <translation>Letzte Zeile behalten (wie Sociocs)</translation>
    </message>
    <message>
        <source>Keep the first row</source>
        <translation>Erste Zeile behalten</translation>
    </message>
    <message>
        <source>Select a row to read its whole problem here. Double-click a phone or name to fix it.</source>
        <translation>Wählen Sie eine Zeile aus, um hier das ganze Problem zu lesen. Doppelklicken Sie auf eine Telefonnummer oder einen Namen, um ihn zu korrigieren.</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Keine Telefonnummer</translation>
    </message>
    <message>
        <source>Not a phone number</source>
        <translation>Keine Telefonnummer erkennbar</translation>
    </message>
    <message>
        <source>Too few digits</source>
        <translation>Zu wenige Ziffern</translation>
    </message>
    <message>
        <source>Too many digits</source>
        <translation>Zu viele Ziffern</translation>
    </message>
    <message>
        <source>Wrong number of digits</source>
        <translation>Falsche Anzahl Ziffern</translation>
    </message>
    <message>
        <source>Unknown country code</source>
        <translation>Unbekannte Ländervorwahl</translation>
    </message>
    <message>
        <source>Area code missing</source>
        <translation>Vorwahl fehlt</translation>
    </message>
    <message>
        <source>Number not known to be in use</source>
        <translation>Nummer nicht als vergeben bekannt</translation>
    </message>
    <message>
        <source>Not a possible number there</source>
        <translation>Dort keine mögliche Nummer</translation>
    </message>
    <message>
        <source>Placeholder, not a real number</source>
        <translation>Platzhalter, keine echte Nummer</translation>
    </message>
    <message>
        <source>Digits lost by Excel (1.6E+10)</source>
        <translation>Ziffern durch Excel verloren (1,6E+10)</translation>
    </message>
    <message>
        <source>Digits lost by Excel (over 15)</source>
        <translation>Ziffern durch Excel verloren (über 15)</translation>
    </message>
    <message>
        <source>Read from a spreadsheet number</source>
        <translation>Aus einer Tabellenzahl gelesen</translation>
    </message>
    <message>
        <source>Extension left out</source>
        <translation>Durchwahl weggelassen</translation>
    </message>
    <message>
        <source>Letters turned into digits</source>
        <translation>Buchstaben in Ziffern umgewandelt</translation>
    </message>
    <message>
        <source>Leading 0 put back</source>
        <translation>Führende 0 ergänzt</translation>
    </message>
    <message>
        <source>Read with a country code</source>
        <translation>Mit Ländervorwahl gelesen</translation>
    </message>
    <message>
        <source>Valid only with a + added</source>
        <translation>Nur mit vorangestelltem + gültig</translation>
    </message>
    <message>
        <source>Not in use, even with a + added</source>
        <translation>Auch mit + davor nicht vergeben</translation>
    </message>
    <message>
        <source>Country code not the row&apos;s country</source>
        <translation>Ländervorwahl nicht die des Landes der Zeile</translation>
    </message>
    <message>
        <source>Country not known</source>
        <translation>Land unbekannt</translation>
    </message>
    <message>
        <source>Several numbers in one cell</source>
        <translation>Mehrere Nummern in einer Zelle</translation>
    </message>
    <message>
        <source>Number from another column</source>
        <translation>Nummer aus einer anderen Spalte</translation>
    </message>
    <message>
        <source>Phone number repeated</source>
        <translation>Telefonnummer doppelt</translation>
    </message>
    <message>
        <source>Very long name</source>
        <translation>Sehr langer Name</translation>
    </message>
    <message>
        <source>Value that cannot be sent</source>
        <translation>Wert, der nicht gesendet werden kann</translation>
    </message>
    <message>
        <source>Group name too long for a list</source>
        <translation>Gruppenname zu lang für eine Liste</translation>
    </message>
    <message>
        <source>Empty group name</source>
        <translation>Leerer Gruppenname</translation>
    </message>
    <message>
        <source>Check data</source>
        <translation>Daten prüfen</translation>
    </message>
    <message>
        <source>Every row is checked before anything is sent. Fix what you can here, or export the rows that cannot be sent and fix them in Excel.</source>
        <translation>Jede Zeile wird geprüft, bevor etwas gesendet wird. Korrigieren Sie hier, was möglich ist, oder exportieren Sie die nicht sendbaren Zeilen und korrigieren Sie sie in Excel.</translation>
    </message>
    <message>
        <source>Default country for phone numbers</source>
        <translation>Standardland für Telefonnummern</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as numbers of this country.</source>
        <translation>Telefonnummern ohne Ländervorwahl werden als Nummern dieses Landes gelesen.</translation>
    </message>
    <message>
        <source>Which row to keep when a number repeats</source>
        <translation>Welche Zeile bleibt, wenn eine Nummer doppelt vorkommt</translation>
    </message>
    <message>
        <source>Of the rows with the same phone number, only one is sent.</source>
        <translation>Von den Zeilen mit derselben Telefonnummer wird nur eine gesendet.</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>Standard&amp;land:</translation>
    </message>
    <message>
        <source>Problems by kind</source>
        <translation>Probleme nach Art</translation>
    </message>
    <message>
        <source>When a phone number &amp;repeats:</source>
        <translation>Bei doppelter Telefon&amp;nummer:</translation>
    </message>
    <message>
        <source>For numbers in ranges newer than the phone number data: they have the right number of digits, but the data does not know them as in use. Placeholders such as 000-000-0000 are never sent.</source>
        <translation>Für Nummern aus Bereichen, die neuer sind als die Telefonnummerndaten: Sie haben die richtige Anzahl Ziffern, sind in den Daten aber nicht als vergeben bekannt. Platzhalter wie 000-000-0000 werden nie gesendet.</translation>
    </message>
    <message>
        <source>Send numbers that cannot be verified</source>
        <translation>Nicht überprüfbare Nummern senden</translation>
    </message>
    <message>
        <source>Checking progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>Show rows with this problem</source>
        <translation>Zeilen mit diesem Problem anzeigen</translation>
    </message>
    <message>
        <source>The table below shows only the rows with the chosen kind of problem.</source>
        <translation>Die Tabelle unten zeigt nur die Zeilen mit der gewählten Art von Problem.</translation>
    </message>
    <message>
        <source>&amp;Export rows that cannot be sent…</source>
        <translation>Nicht sendbare Zeilen &amp;exportieren …</translation>
    </message>
    <message>
        <source>Saves the rows with problems (not the repeated numbers) to an Excel file: fix them there, then import that file.</source>
        <translation>Speichert die Zeilen mit Problemen (nicht die doppelten Nummern) in einer Excel-Datei: Korrigieren Sie sie dort und importieren Sie dann diese Datei.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>No rows need attention: every row is ready to send.</source>
        <translation>Keine Zeile braucht Aufmerksamkeit: Jede Zeile ist bereit zum Senden.</translation>
    </message>
    <message>
        <source>Choose a file and its columns first (go Back).</source>
        <translation>Wählen Sie zuerst eine Datei und ihre Spalten (gehen Sie zurück).</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Jede Zeile wird geprüft …</translation>
    </message>
    <message>
        <source>Marking the numbers that cannot be verified as ready to send…</source>
        <translation>Die nicht überprüfbaren Nummern werden als bereit zum Senden markiert …</translation>
    </message>
    <message>
        <source>Marking the numbers that cannot be verified as not to be sent…</source>
        <translation>Die nicht überprüfbaren Nummern werden als nicht zu senden markiert …</translation>
    </message>
    <message>
        <source>Reading the phone numbers again for the new country…</source>
        <translation>Die Telefonnummern werden für das neue Land neu gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>Checking every row… %Ln read so far</source>
        <translation>
            <numerusform>Jede Zeile wird geprüft … %Ln gelesen</numerusform>
            <numerusform>Jede Zeile wird geprüft … %Ln gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Many groups</source>
        <translation>Viele Gruppen</translation>
    </message>
    <message>
        <source>&amp;Make them lists</source>
        <translation>Daraus &amp;Listen machen</translation>
    </message>
    <message>
        <source>&amp;No, keep the column as text</source>
        <translation>&amp;Nein, Spalte als Text behalten</translation>
    </message>
    <message>
        <source>The file could not be checked</source>
        <translation>Die Datei konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>Recognised: {layout}.</source>
        <translation>Erkannt: {layout}.</translation>
    </message>
    <message>
        <source>All rows that need attention</source>
        <translation>Alle Zeilen, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <source>{problem} ({count})</source>
        <translation>{problem} ({count})</translation>
    </message>
    <message>
        <source>Saving &quot;{file}&quot;…</source>
        <translation>„{file}“ wird gespeichert …</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln rows to &quot;{file}&quot;. Fix them there, then import that file.</source>
        <translation>
            <numerusform>%Ln Zeile in „{file}“ gespeichert. Korrigieren Sie sie dort und importieren Sie dann diese Datei.</numerusform>
            <numerusform>%Ln Zeilen in „{file}“ gespeichert. Korrigieren Sie sie dort und importieren Sie dann diese Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows could not be exported</source>
        <translation>Die Zeilen konnten nicht exportiert werden</translation>
    </message>
    <message>
        <source>{file} - rows to fix</source>
        <translation>{file} - zu korrigierende Zeilen</translation>
    </message>
    <message>
        <source>Export rows that cannot be sent</source>
        <translation>Nicht sendbare Zeilen exportieren</translation>
    </message>
</context>
<context>
    <name>CheckPageWords</name>
    <message numerus="yes">
        <source>All %Ln cards checked.</source>
        <translation>
            <numerusform>Die Karte ist geprüft.</numerusform>
            <numerusform>Alle %Ln Karten geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rows checked.</source>
        <translation>
            <numerusform>Die Zeile ist geprüft.</numerusform>
            <numerusform>Alle %Ln Zeilen geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln cards can be sent.</source>
        <translation>
            <numerusform>Die einzige Karte kann nicht gesendet werden.</numerusform>
            <numerusform>Keine der %Ln Karten kann gesendet werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln rows can be sent.</source>
        <translation>
            <numerusform>Die einzige Zeile kann nicht gesendet werden.</numerusform>
            <numerusform>Keine der %Ln Zeilen kann gesendet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers without a country code are read as &lt;b&gt;{country}&lt;/b&gt; (+{code}) numbers.</source>
        <translation>Nummern ohne Ländervorwahl werden mit dem Standardland gelesen: &lt;b&gt;{country}&lt;/b&gt; (+{code}).</translation>
    </message>
    <message>
        <source>Numbers without a country code are read in each row&apos;s country (column {column}); rows without one: &lt;b&gt;{country}&lt;/b&gt; (+{code}).</source>
        <translation>Nummern ohne Ländervorwahl werden im Land ihrer Zeile gelesen (Spalte {column}); Zeilen ohne Land: &lt;b&gt;{country}&lt;/b&gt; (+{code}).</translation>
    </message>
    <message>
        <source>Countries found: {countries}</source>
        <translation>Gefundene Länder: {countries}</translation>
    </message>
    <message numerus="yes">
        <source>Send the numbers that cannot be &amp;verified (%Ln rows)</source>
        <translation>
            <numerusform>Die nicht überprüfbare Nummer &amp;senden (%Ln Zeile)</numerusform>
            <numerusform>Die nicht überprüfbaren Nummern &amp;senden (%Ln Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%Ln more kinds (see Show below)</source>
        <translation>
            <numerusform>+%Ln weitere Art (siehe „Anzeigen“ unten)</numerusform>
            <numerusform>+%Ln weitere Arten (siehe „Anzeigen“ unten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the numbers that cannot be &amp;verified: none to send — the %Ln rows are valid {country} numbers</source>
        <translation>
            <numerusform>Nicht überprüfbare Nummern &amp;senden: keine zu senden – die %Ln Zeile ist eine gültige Nummer aus {country}</numerusform>
            <numerusform>Nicht überprüfbare Nummern &amp;senden: keine zu senden – die %Ln Zeilen sind gültige Nummern aus {country}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckTiles</name>
    <message numerus="yes">
        <source>ready to send</source>
        <translation>
            <numerusform>bereit zum Senden</numerusform>
            <numerusform>bereit zum Senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ready with a note</source>
        <translation>
            <numerusform>bereit mit Hinweis</numerusform>
            <numerusform>bereit mit Hinweis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot be sent</source>
        <translation>
            <numerusform>nicht sendbar</numerusform>
            <numerusform>nicht sendbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>duplicates</source>
        <translation>
            <numerusform>Duplikat</numerusform>
            <numerusform>Duplikate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareBox</name>
    <message>
        <source>Comparing with Sociocs</source>
        <translation>Abgleich mit Sociocs</translation>
    </message>
    <message>
        <source>S&amp;top comparing</source>
        <translation>Abgleich a&amp;nhalten</translation>
    </message>
    <message>
        <source>Nothing has been sent. The upload compares again before sending.</source>
        <translation>Es wurde nichts gesendet. Der Upload gleicht vor dem Senden erneut ab.</translation>
    </message>
    <message>
        <source>Compare a&amp;gain</source>
        <translation>Erneut a&amp;bgleichen</translation>
    </message>
    <message>
        <source>Read the contacts in Sociocs again.</source>
        <translation>Die Kontakte in Sociocs erneut lesen.</translation>
    </message>
    <message>
        <source>Comparing with Sociocs…</source>
        <translation>Abgleich mit Sociocs …</translation>
    </message>
    <message>
        <source>Stopping once Sociocs answers…</source>
        <translation>Wird angehalten, sobald Sociocs antwortet …</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>&lt;b&gt;Continue the import of {file}&lt;/b&gt; ({done} of {total} done): an earlier upload of this file to this list stopped before the end. It follows the comparison made then; the rows already sent are skipped.</source>
        <translation>&lt;b&gt;Import von {file} fortsetzen&lt;/b&gt; ({done} von {total} erledigt): Ein früherer Upload dieser Datei in diese Liste wurde vor dem Ende angehalten. Er folgt dem damaligen Abgleich; bereits gesendete Zeilen werden übersprungen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file} changed after an upload of it to this list stopped&lt;/b&gt; ({done} of {total} done). That upload can go on with the rows as they were checked then, or the file can be imported as it is now. Choose one:</source>
        <translation>&lt;b&gt;{file} wurde geändert, nachdem ein Upload dieser Datei in diese Liste angehalten wurde&lt;/b&gt; ({done} von {total} erledigt). Dieser Upload kann mit den Zeilen fortgesetzt werden, wie sie damals geprüft wurden, oder die Datei wird so importiert, wie sie jetzt ist. Wählen Sie:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. This is what will happen.</source>
        <translation>Es wurde noch nichts gesendet. Folgendes wird passieren.</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Hochladen</translation>
    </message>
    <message>
        <source>&amp;Start over: compare again and send every row</source>
        <translation>Von vorn &amp;beginnen: erneut abgleichen und jede Zeile senden</translation>
    </message>
    <message>
        <source>The rows sent before are compared again and sent if they differ.</source>
        <translation>Die früher gesendeten Zeilen werden erneut abgeglichen und gesendet, wenn sie abweichen.</translation>
    </message>
    <message>
        <source>&amp;I understand that these fields are removed from Sociocs</source>
        <translation>&amp;Ich verstehe, dass diese Felder aus Sociocs entfernt werden</translation>
    </message>
    <message>
        <source>Existing contacts that change</source>
        <translation>Vorhandene Kontakte, die sich ändern</translation>
    </message>
    <message>
        <source>Each existing contact the upload changes, with its old and new values.</source>
        <translation>Jeder vorhandene Kontakt, den der Upload ändert, mit seinen alten und neuen Werten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Existing contacts that change&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vorhandene Kontakte, die sich ändern&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consent.&lt;/b&gt; WhatsApp and SMS allow messages only to people who agreed to receive them.</source>
        <translation>&lt;b&gt;Einwilligung.&lt;/b&gt; Über WhatsApp und SMS dürfen nur Personen angeschrieben werden, die dem zugestimmt haben.</translation>
    </message>
    <message>
        <source>I confirm that these contacts agreed to be &amp;contacted by this Sociocs account</source>
        <translation>Ich bestätige, dass diese Kontakte zugestimmt haben, von diesem Sociocs-Konto &amp;kontaktiert zu werden</translation>
    </message>
    <message>
        <source>Upload can be clicked once this is ticked. The answer is kept in the import history and the report.</source>
        <translation>„Hochladen“ lässt sich anklicken, sobald dies angehakt ist. Die Antwort wird im Import-Verlauf und im Bericht festgehalten.</translation>
    </message>
    <message>
        <source>Continue &amp;that upload with the rows as they were checked then (the changes to the file are not sent: import it again afterwards to send them)</source>
        <translation>&amp;Diesen Upload mit den Zeilen fortsetzen, wie sie damals geprüft wurden (die Änderungen an der Datei werden nicht gesendet: importieren Sie sie danach erneut, um sie zu senden)</translation>
    </message>
    <message>
        <source>Import the file as it is &amp;now (compared with Sociocs, so what was sent is not sent again unless it changed; the upload that stopped is closed and can still be undone)</source>
        <translation>Die Datei so importieren, wie sie &amp;jetzt ist (mit Sociocs abgeglichen, Gesendetes wird also nur erneut gesendet, wenn es sich geändert hat; der angehaltene Upload wird abgeschlossen und kann weiterhin rückgängig gemacht werden)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contacts already in Sociocs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kontakte, die schon in Sociocs sind&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Keep their fields: the file&apos;s values replace theirs, what the file leaves empty or does not have stays (recommended)</source>
        <translation>Ihre Felder &amp;behalten: Die Werte der Datei ersetzen ihre, was die Datei leer lässt oder nicht hat, bleibt (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;Replace them: their name and every extra field become the file&apos;s (Sociocs&apos;s own behaviour)</source>
        <translation>&amp;Ersetzen: Ihr Name und jedes Zusatzfeld werden die der Datei (das Verhalten von Sociocs selbst)</translation>
    </message>
    <message>
        <source>Ski&amp;p them: leave existing contacts as they are</source>
        <translation>Ü&amp;berspringen: vorhandene Kontakte bleiben, wie sie sind</translation>
    </message>
    <message>
        <source>Still add the skipped contacts to the &amp;list</source>
        <translation>Übersprungene Kontakte trotzdem zur &amp;Liste hinzufügen</translation>
    </message>
    <message>
        <source>They join the list; none of their values changes.</source>
        <translation>Sie kommen zur Liste hinzu; keiner ihrer Werte ändert sich.</translation>
    </message>
    <message>
        <source>None of these contacts is in Sociocs yet.</source>
        <translation>Keiner dieser Kontakte ist schon in Sociocs.</translation>
    </message>
    <message>
        <source>No row can be sent: go back and check the file.</source>
        <translation>Keine Zeile kann gesendet werden: Gehen Sie zurück und prüfen Sie die Datei.</translation>
    </message>
    <message>
        <source>The file was not compared with Sociocs. The upload compares it before it sends anything.</source>
        <translation>Die Datei wurde nicht mit Sociocs abgeglichen. Der Upload gleicht sie ab, bevor er etwas sendet.</translation>
    </message>
    <message>
        <source>Upload can be clicked once this is ticked.</source>
        <translation>„Hochladen“ lässt sich anklicken, sobald dies angehakt ist.</translation>
    </message>
    <message>
        <source>Select a row to read its whole change here: every old and new value.</source>
        <translation>Wählen Sie eine Zeile aus, um hier die ganze Änderung zu lesen: jeden alten und neuen Wert.</translation>
    </message>
    <message>
        <source>Start over instead of continuing</source>
        <translation>Neu beginnen statt fortsetzen</translation>
    </message>
</context>
<context>
    <name>ConfirmPageWords</name>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln cards&lt;/b&gt; are ready to send to the list &lt;b&gt;{list}&lt;/b&gt;.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Karte&lt;/b&gt; ist bereit zum Senden an die Liste &lt;b&gt;{list}&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;%Ln Karten&lt;/b&gt; sind bereit zum Senden an die Liste &lt;b&gt;{list}&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln rows&lt;/b&gt; are ready to send to the list &lt;b&gt;{list}&lt;/b&gt;.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Zeile&lt;/b&gt; ist bereit zum Senden an die Liste &lt;b&gt;{list}&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;%Ln Zeilen&lt;/b&gt; sind bereit zum Senden an die Liste &lt;b&gt;{list}&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln contacts&lt;/b&gt; will be sent to the list &lt;b&gt;{list}&lt;/b&gt;: {new} new, {updated} updated.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Kontakt&lt;/b&gt; wird an die Liste &lt;b&gt;{list}&lt;/b&gt; gesendet: {new} neu, {updated} aktualisiert.</numerusform>
            <numerusform>&lt;b&gt;%Ln Kontakte&lt;/b&gt; werden an die Liste &lt;b&gt;{list}&lt;/b&gt; gesendet: {new} neu, {updated} aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln contacts&lt;/b&gt; will be sent, each once: {new} new, {updated} updated. The lists they join are below.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Kontakt&lt;/b&gt; wird gesendet: {new} neu, {updated} aktualisiert. Die Listen, denen er beitritt, stehen unten.</numerusform>
            <numerusform>&lt;b&gt;%Ln Kontakte&lt;/b&gt; werden gesendet, jeder einmal: {new} neu, {updated} aktualisiert. Die Listen, denen sie beitreten, stehen unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts are already in Sociocs as the file has them: they are not sent again.</source>
        <translation>
            <numerusform>%Ln Kontakt ist schon so in Sociocs, wie die Datei ihn hat: Er wird nicht erneut gesendet.</numerusform>
            <numerusform>%Ln Kontakte sind schon so in Sociocs, wie die Datei sie hat: Sie werden nicht erneut gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln existing contacts are skipped (left as they are in Sociocs).</source>
        <translation>
            <numerusform>%Ln vorhandener Kontakt wird übersprungen (bleibt in Sociocs, wie er ist).</numerusform>
            <numerusform>%Ln vorhandene Kontakte werden übersprungen (bleiben in Sociocs, wie sie sind).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards cannot be sent because of problems (they are listed in the report).</source>
        <translation>
            <numerusform>%Ln Karte kann wegen Problemen nicht gesendet werden (sie steht im Bericht).</numerusform>
            <numerusform>%Ln Karten können wegen Problemen nicht gesendet werden (sie stehen im Bericht).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows cannot be sent because of problems (they are listed in the report).</source>
        <translation>
            <numerusform>%Ln Zeile kann wegen Problemen nicht gesendet werden (sie steht im Bericht).</numerusform>
            <numerusform>%Ln Zeilen können wegen Problemen nicht gesendet werden (sie stehen im Bericht).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards repeat a phone number found on another card and are not sent.</source>
        <translation>
            <numerusform>%Ln Karte wiederholt eine Telefonnummer einer anderen Karte und wird nicht gesendet.</numerusform>
            <numerusform>%Ln Karten wiederholen eine Telefonnummer einer anderen Karte und werden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows repeat a phone number found in another row and are not sent.</source>
        <translation>
            <numerusform>%Ln Zeile wiederholt eine Telefonnummer einer anderen Zeile und wird nicht gesendet.</numerusform>
            <numerusform>%Ln Zeilen wiederholen eine Telefonnummer einer anderen Zeile und werden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them go with a note (a leading 0 put back, an extension left out …); the report says what.</source>
        <translation>
            <numerusform>%Ln davon geht mit einem Hinweis (eine führende 0 ergänzt, eine Durchwahl weggelassen …); der Bericht sagt, welcher.</numerusform>
            <numerusform>%Ln davon gehen mit einem Hinweis (eine führende 0 ergänzt, eine Durchwahl weggelassen …); der Bericht sagt, welcher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers without a country code were read as &lt;b&gt;{country}&lt;/b&gt; (+{code}) numbers.</source>
        <translation>Nummern ohne Ländervorwahl wurden mit dem Standardland gelesen: &lt;b&gt;{country}&lt;/b&gt; (+{code}).</translation>
    </message>
    <message>
        <source>Numbers without a country code were read in each row&apos;s country; rows without one: &lt;b&gt;{country}&lt;/b&gt; (+{code}).</source>
        <translation>Nummern ohne Ländervorwahl wurden im Land ihrer Zeile gelesen; Zeilen ohne Land: &lt;b&gt;{country}&lt;/b&gt; (+{code}).</translation>
    </message>
    <message>
        <source>The numbers go to: {countries}.</source>
        <translation>Die Nummern gehen nach: {countries}.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln numbers that cannot be verified are sent&lt;/b&gt;, as you chose on Check data.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln nicht überprüfbare Nummer wird gesendet&lt;/b&gt;, wie Sie es unter „Daten prüfen“ gewählt haben.</numerusform>
            <numerusform>&lt;b&gt;%Ln nicht überprüfbare Nummern werden gesendet&lt;/b&gt;, wie Sie es unter „Daten prüfen“ gewählt haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Please read:&lt;/b&gt; %Ln existing contacts will lose extra fields the file does not have (see “Fields lost” below). Undo on the last page can bring them back.</source>
        <translation>
            <numerusform>&lt;b&gt;Bitte lesen:&lt;/b&gt; %Ln vorhandener Kontakt verliert Zusatzfelder, die die Datei nicht hat (siehe „Verlorene Felder“ unten). „Rückgängig“ auf der letzten Seite kann sie zurückbringen.</numerusform>
            <numerusform>&lt;b&gt;Bitte lesen:&lt;/b&gt; %Ln vorhandene Kontakte verlieren Zusatzfelder, die die Datei nicht hat (siehe „Verlorene Felder“ unten). „Rückgängig“ auf der letzten Seite kann sie zurückbringen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Tell the program which Sociocs account to use.</source>
        <translation>Geben Sie an, welches Sociocs-Konto verwendet werden soll.</translation>
    </message>
    <message>
        <source>To add contacts to your Sociocs account, this program needs your account&apos;s &lt;b&gt;API key&lt;/b&gt;: a long code that lets a program act for you, like a password.</source>
        <translation>Um Kontakte zu Ihrem Sociocs-Konto hinzuzufügen, braucht dieses Programm den &lt;b&gt;API-Schlüssel&lt;/b&gt; Ihres Kontos: einen langen Code, mit dem ein Programm wie mit einem Passwort für Sie handeln kann.</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>Shows or hides the API address, for special set-ups.</source>
        <translation>Zeigt oder verbirgt die API-Adresse, für besondere Einrichtungen.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>Where Sociocs answers; leave it as it is unless Sociocs told you otherwise.</source>
        <translation>Wo Sociocs antwortet; lassen Sie sie unverändert, sofern Sociocs Ihnen nichts anderes gesagt hat.</translation>
    </message>
    <message>
        <source>API a&amp;ddress:</source>
        <translation>API-A&amp;dresse:</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>Nothing is sent before you confirm.</source>
        <translation>Nichts wird gesendet, bevor Sie es bestätigen.</translation>
    </message>
    <message>
        <source>Every row is checked first; what cannot be sent is explained in plain words.</source>
        <translation>Jede Zeile wird zuerst geprüft; was nicht gesendet werden kann, wird in klaren Worten erklärt.</translation>
    </message>
    <message>
        <source>An upload can be stopped and continued later; nothing sent is lost.</source>
        <translation>Ein Hochladen lässt sich anhalten und später fortsetzen; nichts Gesendetes geht verloren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Just trying it out?&lt;/b&gt; Practice with a sandbox: a pretend Sociocs that runs on this computer. You can go through every step with your own file or our sample, and nothing is sent to Sociocs.</source>
        <translation>&lt;b&gt;Nur ausprobieren?&lt;/b&gt; Üben Sie mit einer Sandbox: einem nachgebildeten Sociocs, das auf diesem Computer läuft. Sie können jeden Schritt mit Ihrer eigenen Datei oder unserem Beispiel durchgehen, und es wird nichts an Sociocs gesendet.</translation>
    </message>
    <message>
        <source>&amp;Practice with a sandbox</source>
        <translation>Mit einer Sandbox &amp;üben</translation>
    </message>
    <message>
        <source>Start a pretend Sociocs on this computer; nothing is sent to Sociocs.</source>
        <translation>Startet ein nachgebildetes Sociocs auf diesem Computer; es wird nichts an Sociocs gesendet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; opens as soon as you are connected.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; wird geöffnet, sobald Sie verbunden sind.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste your API key here</source>
        <translation>API-Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>A long code from the Sociocs web app, under Profile and settings, then API.</source>
        <translation>Ein langer Code aus der Sociocs-Web-App, unter Profil und Einstellungen, dann API.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>API-Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Shows or hides the characters of the key.</source>
        <translation>Zeigt oder verbirgt die Zeichen des Schlüssels.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>Auf diesem Computer &amp;merken</translation>
    </message>
    <message>
        <source>Keeps the key in this computer&apos;s password store, so that next time the program connects by itself.</source>
        <translation>Speichert den Schlüssel im Passwortspeicher dieses Computers, damit sich das Programm beim nächsten Mal selbst verbindet.</translation>
    </message>
    <message>
        <source>This computer has no safe place to keep the key, so it will not be saved. You will need to paste it again next time.</source>
        <translation>Dieser Computer hat keinen sicheren Ort für den Schlüssel, daher wird er nicht gespeichert. Sie müssen ihn beim nächsten Mal erneut einfügen.</translation>
    </message>
    <message>
        <source>&amp;Where do I find it?</source>
        <translation>&amp;Wo finde ich ihn?</translation>
    </message>
    <message>
        <source>Shows or hides how to find the key in the Sociocs web app.</source>
        <translation>Zeigt oder verbirgt, wo Sie den Schlüssel in der Sociocs-Web-App finden.</translation>
    </message>
    <message>
        <source>&lt;ol style=&apos;margin-left: -20px&apos;&gt;&lt;li&gt;Sign in to the Sociocs web app.&lt;/li&gt;&lt;li&gt;Open &lt;b&gt;Profile &amp;amp; settings&lt;/b&gt;, then &lt;b&gt;API&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the key shown there and paste it above.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&apos;margin-left: -20px&apos;&gt;&lt;li&gt;Melden Sie sich in der Sociocs-Web-App an.&lt;/li&gt;&lt;li&gt;Öffnen Sie &lt;b&gt;Profil &amp;amp; Einstellungen&lt;/b&gt; und dann &lt;b&gt;API&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Kopieren Sie den dort angezeigten Schlüssel und fügen Sie ihn oben ein.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Checks that Sociocs accepts the key; nothing is sent.</source>
        <translation>Prüft, ob Sociocs den Schlüssel annimmt; es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Import-&amp;Verlauf …</translation>
    </message>
    <message>
        <source>The imports of the last weeks: their reports, and Undo (once connected).</source>
        <translation>Die Importe der letzten Wochen: ihre Berichte und „Rückgängig“ (nach dem Verbinden).</translation>
    </message>
    <message>
        <source>Paste your API key first.</source>
        <translation>Fügen Sie zuerst Ihren API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Check the API address under Advanced.</source>
        <translation>Prüfen Sie die API-Adresse unter „Erweitert“.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Die Verbindung wird getestet …</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation>API-Schlüssel verbergen</translation>
    </message>
    <message>
        <source>Starting the practice sandbox…</source>
        <translation>Die Übungs-Sandbox wird gestartet …</translation>
    </message>
    <message>
        <source>Stop &amp;practicing</source>
        <translation>&amp;Üben beenden</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the practice sandbox — %Ln contact lists found</source>
        <translation>
            <numerusform>Mit der Übungs-Sandbox verbunden — %Ln Kontaktliste gefunden</numerusform>
            <numerusform>Mit der Übungs-Sandbox verbunden — %Ln Kontaktlisten gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected — %Ln contact lists found</source>
        <translation>
            <numerusform>Verbunden — %Ln Kontaktliste gefunden</numerusform>
            <numerusform>Verbunden — %Ln Kontaktlisten gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation>Bericht ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Every row with what happened to it (Excel file).</source>
        <translation>Jede Zeile mit dem, was mit ihr geschehen ist (Excel-Datei).</translation>
    </message>
    <message>
        <source>Open fol&amp;der</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>The folder that holds the report.</source>
        <translation>Der Ordner, in dem der Bericht liegt.</translation>
    </message>
    <message>
        <source>&amp;Import another file</source>
        <translation>Weitere Datei &amp;importieren</translation>
    </message>
    <message>
        <source>Goes back to Choose file; the connection to Sociocs is kept.</source>
        <translation>Geht zurück zu „Datei wählen“; die Verbindung zu Sociocs bleibt bestehen.</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Import-&amp;Verlauf …</translation>
    </message>
    <message>
        <source>The imports of the last weeks: their reports, Undo and Forget.</source>
        <translation>Die Importe der letzten Wochen: ihre Berichte, „Rückgängig“ und „Vergessen“.</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>die Liste</translation>
    </message>
    <message>
        <source>The report is saved as: {path}</source>
        <translation>Der Bericht ist gespeichert unter: {path}</translation>
    </message>
    <message>
        <source>No report could be written.</source>
        <translation>Es konnte kein Bericht geschrieben werden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lists&lt;/b&gt;</source>
        <translation>&lt;b&gt;Listen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>Der Import wurde rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>DonePageWords</name>
    <message>
        <source>the practice sandbox&apos;s list &lt;b&gt;{list}&lt;/b&gt; (nothing was sent to Sociocs)</source>
        <translation>der Liste &lt;b&gt;{list}&lt;/b&gt; der Übungs-Sandbox (es wurde nichts an Sociocs gesendet)</translation>
    </message>
    <message>
        <source>their lists in the practice sandbox (nothing was sent to Sociocs; the lists are below)</source>
        <translation>ihren Listen in der Übungs-Sandbox (nichts wurde an Sociocs gesendet; die Listen stehen unten)</translation>
    </message>
    <message>
        <source>their lists in Sociocs (below)</source>
        <translation>ihren Listen in Sociocs (siehe unten)</translation>
    </message>
    <message>
        <source>No contacts were sent to {where}.</source>
        <translation>In {where} sind keine Kontakte angekommen.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; contacts are now in {where}.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Kontakt ist jetzt in {where}.</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Kontakte sind jetzt in {where}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them went with a note (a leading 0 put back, an extension left out …): the report says what.</source>
        <translation>
            <numerusform>%Ln davon ging mit einem Hinweis (eine führende 0 ergänzt, eine Durchwahl weggelassen …): Der Bericht sagt, welcher.</numerusform>
            <numerusform>%Ln davon gingen mit einem Hinweis (eine führende 0 ergänzt, eine Durchwahl weggelassen …): Der Bericht sagt, welcher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them had a number that cannot be verified, sent as you chose on Check data.</source>
        <translation>
            <numerusform>%Ln davon hatte eine nicht überprüfbare Nummer, gesendet, wie Sie es unter „Daten prüfen“ gewählt haben.</numerusform>
            <numerusform>%Ln davon hatten eine nicht überprüfbare Nummer, gesendet, wie Sie es unter „Daten prüfen“ gewählt haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts were already in Sociocs as the file has them (not sent again).</source>
        <translation>
            <numerusform>%Ln Kontakt war schon so in Sociocs, wie die Datei ihn hat (nicht erneut gesendet).</numerusform>
            <numerusform>%Ln Kontakte waren schon so in Sociocs, wie die Datei sie hat (nicht erneut gesendet).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln existing contacts were skipped (left as they are).</source>
        <translation>
            <numerusform>%Ln vorhandener Kontakt wurde übersprungen (blieb, wie er ist).</numerusform>
            <numerusform>%Ln vorhandene Kontakte wurden übersprungen (blieben, wie sie sind).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards were not sent because of problems in the file.</source>
        <translation>
            <numerusform>%Ln Karte wurde wegen Problemen in der Datei nicht gesendet.</numerusform>
            <numerusform>%Ln Karten wurden wegen Problemen in der Datei nicht gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows were not sent because of problems in the file.</source>
        <translation>
            <numerusform>%Ln Zeile wurde wegen Problemen in der Datei nicht gesendet.</numerusform>
            <numerusform>%Ln Zeilen wurden wegen Problemen in der Datei nicht gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards were not sent: the phone number repeats.</source>
        <translation>
            <numerusform>%Ln Karte wurde nicht gesendet: Die Telefonnummer kommt doppelt vor.</numerusform>
            <numerusform>%Ln Karten wurden nicht gesendet: Die Telefonnummer kommt doppelt vor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows were not sent: the phone number repeats.</source>
        <translation>
            <numerusform>%Ln Zeile wurde nicht gesendet: Die Telefonnummer kommt doppelt vor.</numerusform>
            <numerusform>%Ln Zeilen wurden nicht gesendet: Die Telefonnummer kommt doppelt vor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards were refused by Sociocs (below: which, and why).</source>
        <translation>
            <numerusform>%Ln Karte wurde von Sociocs abgelehnt (unten: welche und warum).</numerusform>
            <numerusform>%Ln Karten wurden von Sociocs abgelehnt (unten: welche und warum).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows were refused by Sociocs (below: which, and why).</source>
        <translation>
            <numerusform>%Ln Zeile wurde von Sociocs abgelehnt (unten: welche und warum).</numerusform>
            <numerusform>%Ln Zeilen wurden von Sociocs abgelehnt (unten: welche und warum).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped — %Ln contacts were not sent yet; you can continue later</source>
        <translation>
            <numerusform>Angehalten — %Ln Kontakt wurde noch nicht gesendet; Sie können später weitermachen</numerusform>
            <numerusform>Angehalten — %Ln Kontakte wurden noch nicht gesendet; Sie können später weitermachen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done — %Ln cards were refused</source>
        <translation>
            <numerusform>Fertig — %Ln Karte wurde abgelehnt</numerusform>
            <numerusform>Fertig — %Ln Karten wurden abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done — %Ln rows were refused</source>
        <translation>
            <numerusform>Fertig — %Ln Zeile wurde abgelehnt</numerusform>
            <numerusform>Fertig — %Ln Zeilen wurden abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done — %Ln cards could not be sent</source>
        <translation>
            <numerusform>Fertig — %Ln Karte konnte nicht gesendet werden</numerusform>
            <numerusform>Fertig — %Ln Karten konnten nicht gesendet werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done — %Ln rows could not be sent</source>
        <translation>
            <numerusform>Fertig — %Ln Zeile konnte nicht gesendet werden</numerusform>
            <numerusform>Fertig — %Ln Zeilen konnten nicht gesendet werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Done — no contact needed to be sent</source>
        <translation>Fertig — kein Kontakt musste gesendet werden</translation>
    </message>
    <message numerus="yes">
        <source>Done — %Ln contacts were sent</source>
        <translation>
            <numerusform>Fertig — %Ln Kontakt wurde gesendet</numerusform>
            <numerusform>Fertig — %Ln Kontakte wurden gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>What happened to each card</source>
        <translation>Was mit jeder Karte geschah</translation>
    </message>
    <message>
        <source>What happened to each row</source>
        <translation>Was mit jeder Zeile geschah</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>sent with a note</source>
        <translation>gesendet, mit Hinweis</translation>
    </message>
    <message>
        <source>already in Sociocs as in the file</source>
        <translation>schon so in Sociocs wie in der Datei</translation>
    </message>
    <message>
        <source>existing contacts left alone</source>
        <translation>vorhandene Kontakte unverändert gelassen</translation>
    </message>
    <message>
        <source>phone number repeats</source>
        <translation>Telefonnummer doppelt</translation>
    </message>
    <message>
        <source>problems in the file</source>
        <translation>Probleme in der Datei</translation>
    </message>
    <message>
        <source>refused by Sociocs</source>
        <translation>von Sociocs abgelehnt</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>noch nicht gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards were not sent yet. {reason} Import the same file to the same list again to continue where it stopped.</source>
        <translation>
            <numerusform>%Ln Karte wurde noch nicht gesendet. {reason} Importieren Sie dieselbe Datei erneut in dieselbe Liste, um dort weiterzumachen, wo es angehalten hat.</numerusform>
            <numerusform>%Ln Karten wurden noch nicht gesendet. {reason} Importieren Sie dieselbe Datei erneut in dieselbe Liste, um dort weiterzumachen, wo es angehalten hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows were not sent yet. {reason} Import the same file to the same list again to continue where it stopped.</source>
        <translation>
            <numerusform>%Ln Zeile wurde noch nicht gesendet. {reason} Importieren Sie dieselbe Datei erneut in dieselbe Liste, um dort weiterzumachen, wo es angehalten hat.</numerusform>
            <numerusform>%Ln Zeilen wurden noch nicht gesendet. {reason} Importieren Sie dieselbe Datei erneut in dieselbe Liste, um dort weiterzumachen, wo es angehalten hat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneTiles</name>
    <message numerus="yes">
        <source>uploaded</source>
        <translation>
            <numerusform>hochgeladen</numerusform>
            <numerusform>hochgeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped</source>
        <translation>
            <numerusform>übersprungen</numerusform>
            <numerusform>übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>could not be sent</source>
        <translation>
            <numerusform>nicht gesendet</numerusform>
            <numerusform>nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not sent yet</source>
        <translation>
            <numerusform>noch offen</numerusform>
            <numerusform>noch offen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop a spreadsheet here</source>
        <translation>Tabelle hier ablegen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Drag your spreadsheet here&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ziehen Sie Ihre Tabelle hierher&lt;/b&gt;</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose a spreadsheet on this computer</source>
        <translation>Eine Tabelle auf diesem Computer auswählen</translation>
    </message>
    <message>
        <source>Files you can use: Excel (.xlsx, .xlsm, .xls) · OpenDocument (.ods) · CSV or text (.csv, .tsv, .txt) · vCard contacts (.vcf)</source>
        <translation>Verwendbare Dateien: Excel (.xlsx, .xlsm, .xls) · OpenDocument (.ods) · CSV oder Text (.csv, .tsv, .txt) · vCard-Kontakte (.vcf)</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong that the program did not expect. Nothing was sent to Sociocs because of it. Please try again; if it happens again, click &quot;Copy details&quot; and send the text to your IT contact.</source>
        <translation>Etwas ist schiefgegangen, womit das Programm nicht gerechnet hat. Deshalb wurde nichts an Sociocs gesendet. Bitte versuchen Sie es erneut; wenn es wieder passiert, klicken Sie auf „Details kopieren“ und senden Sie den Text an Ihre IT-Ansprechperson.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>FallbackChooser</name>
    <message>
        <source>Column to use when the phone number is empty</source>
        <translation>Spalte, die verwendet wird, wenn die Telefonnummer leer ist</translation>
    </message>
    <message>
        <source>If the phone number is &amp;empty, use:</source>
        <translation>Wenn die Telefonnummer &amp;leer ist, verwenden:</translation>
    </message>
    <message>
        <source>Nothing: the row cannot be sent</source>
        <translation>Nichts: Die Zeile kann nicht gesendet werden</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>No file chosen yet.</source>
        <translation>Noch keine Datei ausgewählt.</translation>
    </message>
    <message>
        <source>Step 1 of 3: opening the file…</source>
        <translation>Schritt 1 von 3: Datei wird geöffnet …</translation>
    </message>
    <message>
        <source>Step 2 of 3: looking at its sheets…</source>
        <translation>Schritt 2 von 3: Tabellenblätter werden angesehen …</translation>
    </message>
    <message>
        <source>Step 3 of 3: reading the first rows (a big file can take a moment)…</source>
        <translation>Schritt 3 von 3: Die ersten Zeilen werden gelesen (bei einer großen Datei kann das einen Moment dauern) …</translation>
    </message>
    <message>
        <source>{sheet} (hidden)</source>
        <translation>{sheet} (ausgeblendet)</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Pick the spreadsheet with your contacts. You will see its first rows below.</source>
        <translation>Wählen Sie die Tabelle mit Ihren Kontakten. Unten sehen Sie ihre ersten Zeilen.</translation>
    </message>
    <message>
        <source>Use the &amp;sample file</source>
        <translation>&amp;Beispieldatei verwenden</translation>
    </message>
    <message>
        <source>First rows of the sheet</source>
        <translation>Erste Zeilen des Tabellenblatts</translation>
    </message>
    <message>
        <source>The column titles and the first rows, as the program reads them.</source>
        <translation>Die Spaltentitel und die ersten Zeilen, so wie das Programm sie liest.</translation>
    </message>
    <message>
        <source>The first rows of the file will show here.</source>
        <translation>Hier erscheinen die ersten Zeilen der Datei.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Tabellenblatt</translation>
    </message>
    <message>
        <source>The sheet of the workbook that holds the contacts.</source>
        <translation>Das Tabellenblatt der Arbeitsmappe, das die Kontakte enthält.</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>Tabellen&amp;blatt:</translation>
    </message>
    <message>
        <source>Row with the column titles</source>
        <translation>Zeile mit den Spaltentiteln</translation>
    </message>
    <message>
        <source>The rows below this one are the contacts.</source>
        <translation>Die Zeilen unter dieser sind die Kontakte.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Column &amp;titles are in row:</source>
        <translation>Spalten&amp;titel stehen in Zeile:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen …</translation>
    </message>
    <message>
        <source>(you chose it)</source>
        <translation>(von Ihnen gewählt)</translation>
    </message>
    <message>
        <source>(no title row found: every row is a contact)</source>
        <translation>(keine Titelzeile gefunden: jede Zeile ist ein Kontakt)</translation>
    </message>
    <message>
        <source>(found automatically)</source>
        <translation>(automatisch erkannt)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln columns</source>
        <translation>
            <numerusform>%Ln Spalte</numerusform>
            <numerusform>%Ln Spalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found {columns}. Below are the first %Ln rows; counting the others…</source>
        <translation>
            <numerusform>{columns} gefunden. Unten steht die erste Zeile; die übrigen werden gezählt …</numerusform>
            <numerusform>{columns} gefunden. Unten stehen die ersten %Ln Zeilen; die übrigen werden gezählt …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found {columns} and {rows} of contacts. Below are the first %Ln.</source>
        <translation>
            <numerusform>{columns} und {rows} mit Kontakten gefunden. Unten steht die erste.</numerusform>
            <numerusform>{columns} und {rows} mit Kontakten gefunden. Unten stehen die ersten %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found {columns} and {rows} of contacts.</source>
        <translation>{columns} und {rows} mit Kontakten gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Below are the first %Ln contact cards; counting the others…</source>
        <translation>
            <numerusform>Unten steht die erste Kontaktkarte; die übrigen werden gezählt …</numerusform>
            <numerusform>Unten stehen die ersten %Ln Kontaktkarten; die übrigen werden gezählt …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact cards</source>
        <translation>
            <numerusform>%Ln Kontaktkarte</numerusform>
            <numerusform>%Ln Kontaktkarten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found {cards}. Below are the first %Ln.</source>
        <translation>
            <numerusform>{cards} gefunden. Unten steht die erste.</numerusform>
            <numerusform>{cards} gefunden. Unten stehen die ersten %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found {cards}.</source>
        <translation>{cards} gefunden.</translation>
    </message>
</context>
<context>
    <name>GroupsLine</name>
    <message>
        <source>::: (as Google writes labels)</source>
        <translation>::: (wie Google Labels schreibt)</translation>
    </message>
    <message>
        <source>; semicolon</source>
        <translation>; Semikolon</translation>
    </message>
    <message>
        <source>, comma</source>
        <translation>, Komma</translation>
    </message>
    <message>
        <source>| vertical bar</source>
        <translation>| senkrechter Strich</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>ein Zeilenumbruch</translation>
    </message>
    <message>
        <source>nothing: one group per cell</source>
        <translation>nichts: eine Gruppe pro Zelle</translation>
    </message>
    <message>
        <source>What separates several groups in a cell</source>
        <translation>Was mehrere Gruppen in einer Zelle trennt</translation>
    </message>
    <message>
        <source>Each group becomes a Sociocs list its contacts join.</source>
        <translation>Jede Gruppe wird eine Sociocs-Liste, der ihre Kontakte beitreten.</translation>
    </message>
    <message>
        <source>&amp;Groups in a cell are separated by:</source>
        <translation>&amp;Gruppen in einer Zelle sind getrennt durch:</translation>
    </message>
    <message>
        <source>Found in the file: {separator}</source>
        <translation>In der Datei gefunden: {separator}</translation>
    </message>
    <message>
        <source>No group in the first rows.</source>
        <translation>Keine Gruppe in den ersten Zeilen.</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> und {n} weitere</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln groups&lt;/b&gt; in the first rows: {names}</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Gruppe&lt;/b&gt; in den ersten Zeilen: {names}</numerusform>
            <numerusform>&lt;b&gt;%Ln Gruppen&lt;/b&gt; in den ersten Zeilen: {names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Import-Verlauf</translation>
    </message>
    <message>
        <source>The imports of the last {days} days, newest first. Each can be undone while it is listed; forgetting one deletes its backup.</source>
        <translation>Die Importe der letzten {days} Tage, die neuesten zuerst. Solange ein Import hier steht, kann er rückgängig gemacht werden; „Vergessen“ löscht seine Sicherung.</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>Frühere Importe</translation>
    </message>
    <message>
        <source>Date, file, list, what each import did, and whether it was undone.</source>
        <translation>Datum, Datei, Liste, was jeder Import getan hat und ob er rückgängig gemacht wurde.</translation>
    </message>
    <message>
        <source>Report and backup of the selected import</source>
        <translation>Bericht und Sicherung des ausgewählten Imports</translation>
    </message>
    <message>
        <source>Where the selected import&apos;s report and backup are saved.</source>
        <translation>Wo Bericht und Sicherung des ausgewählten Imports gespeichert sind.</translation>
    </message>
    <message>
        <source>Open &amp;report</source>
        <translation>Bericht ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Opens the report of the selected import.</source>
        <translation>Öffnet den Bericht des gewählten Imports.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Deletes the selected import&apos;s backup: it can no longer be undone.</source>
        <translation>Löscht die Sicherung des gewählten Imports: Er kann nicht mehr rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Forget &amp;all</source>
        <translation>&amp;Alle vergessen</translation>
    </message>
    <message>
        <source>Deletes every listed import&apos;s backup: none can be undone any more.</source>
        <translation>Löscht die Sicherungen aller aufgeführten Importe: Keiner kann mehr rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Closes the import history.</source>
        <translation>Schließt den Import-Verlauf.</translation>
    </message>
    <message>
        <source>Connect to Sociocs first to undo an import.</source>
        <translation>Verbinden Sie sich zuerst mit Sociocs, um einen Import rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Report: {path}</source>
        <translation>Bericht: {path}</translation>
    </message>
    <message>
        <source>No report was saved for this import.</source>
        <translation>Für diesen Import wurde kein Bericht gespeichert.</translation>
    </message>
    <message>
        <source>Backup: {path}</source>
        <translation>Sicherung: {path}</translation>
    </message>
    <message>
        <source>Lists (contacts added to each): {lists}</source>
        <translation>Listen (hinzugefügte Kontakte je Liste): {lists}</translation>
    </message>
    <message>
        <source>You confirmed that these contacts agreed to be contacted.</source>
        <translation>Sie haben bestätigt, dass diese Kontakte einer Kontaktaufnahme zugestimmt haben.</translation>
    </message>
    <message>
        <source>Consent was not asked (an import made before the question was added).</source>
        <translation>Die Einwilligung wurde nicht abgefragt (ein Import von vor Einführung dieser Frage).</translation>
    </message>
    <message>
        <source>Forget the import of {file}? It can then no longer be undone.</source>
        <translation>Den Import von {file} vergessen? Er kann dann nicht mehr rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Forget every import listed? None of them can then be undone.</source>
        <translation>Alle aufgeführten Importe vergessen? Keiner kann dann mehr rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Forget imports</source>
        <translation>Importe vergessen</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>partly undone</source>
        <translation>teilweise rückgängig gemacht</translation>
    </message>
    <message>
        <source>The lists of this import, with their contacts: {lists}</source>
        <translation>Die Listen dieses Imports mit ihren Kontakten: {lists}</translation>
    </message>
    <message>
        <source>{state}, {undone}</source>
        <translation>{state}, {undone}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>The program is still working. Open {file} once it has finished, or after you stopped it.</source>
        <translation>Das Programm arbeitet noch. Öffnen Sie {file}, wenn es fertig ist oder nachdem Sie es angehalten haben.</translation>
    </message>
    <message>
        <source>The program is still working on {current}. Open {file} once it has finished, or after you stopped it.</source>
        <translation>Das Programm arbeitet noch an {current}. Öffnen Sie {file}, wenn es fertig ist oder nachdem Sie es angehalten haben.</translation>
    </message>
    <message>
        <source>Open {file} instead? What you chose for {current} is dropped.</source>
        <translation>Stattdessen {file} öffnen? Was Sie für {current} ausgewählt haben, wird verworfen.</translation>
    </message>
    <message>
        <source>Open another file?</source>
        <translation>Eine andere Datei öffnen?</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>{step}. {what}</source>
        <translation>{step}. {what}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The program will speak {language} when it starts again. Restart it now?</source>
        <translation>Das Programm spricht {language}, sobald es neu gestartet wird. Jetzt neu starten?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Close the importer?</source>
        <translation>Importer schließen?</translation>
    </message>
    <message>
        <source>{warning}

Do you want to close the importer?</source>
        <translation>{warning}

Möchten Sie den Importer schließen?</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Weiterarbeiten</translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Phone as typed</source>
        <translation>Telefon (Datei)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fixed — ready to send</source>
        <translation>Korrigiert – bereit zum Senden</translation>
    </message>
    <message>
        <source>Card {card}: {problems}</source>
        <translation>Karte {card}: {problems}</translation>
    </message>
    <message>
        <source>Row {row}: {problems}</source>
        <translation>Zeile {row}: {problems}</translation>
    </message>
</context>
<context>
    <name>IssuesTable</name>
    <message>
        <source>Rows that need attention</source>
        <translation>Zeilen, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <source>Double-click a phone number or a name to correct it.</source>
        <translation>Doppelklicken Sie auf eine Telefonnummer oder einen Namen, um sie zu korrigieren.</translation>
    </message>
</context>
<context>
    <name>JobPrompts</name>
    <message>
        <source>Stopping and saving progress…</source>
        <translation>Wird angehalten und Fortschritt gespeichert …</translation>
    </message>
</context>
<context>
    <name>LeftOutLine</name>
    <message numerus="yes">
        <source>%Ln columns were added as extra fields.</source>
        <translation>
            <numerusform>%Ln Spalte wurde als Zusatzfeld hinzugefügt.</numerusform>
            <numerusform>%Ln Spalten wurden als Zusatzfelder hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Don&apos;t import them</source>
        <translation>
            <numerusform>Sie &amp;nicht importieren</numerusform>
            <numerusform>Sie &amp;nicht importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other columns are not imported.</source>
        <translation>
            <numerusform>%Ln weitere Spalte wird nicht importiert.</numerusform>
            <numerusform>%Ln weitere Spalten werden nicht importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import them as extra fields</source>
        <translation>
            <numerusform>Sie als Zusatzfeld &amp;importieren</numerusform>
            <numerusform>Sie als Zusatzfelder &amp;importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>{list} — every contact in your account</source>
        <translation>{list} — alle Kontakte in Ihrem Konto</translation>
    </message>
    <message>
        <source>{list}   (list number {number})</source>
        <translation>{list}   (Listennummer {number})</translation>
    </message>
    <message>
        <source>Choose list</source>
        <translation>Liste wählen</translation>
    </message>
    <message>
        <source>The contacts are added to this list (and always to All Contacts).</source>
        <translation>Die Kontakte werden zu dieser Liste hinzugefügt (und immer zu „All Contacts“).</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Contact lists</source>
        <translation>Kontaktlisten</translation>
    </message>
    <message>
        <source>The contacts are added to the selected list.</source>
        <translation>Die Kontakte werden zur ausgewählten Liste hinzugefügt.</translation>
    </message>
    <message>
        <source>&amp;Lists in your account:</source>
        <translation>&amp;Listen in Ihrem Konto:</translation>
    </message>
    <message>
        <source>Name of the new list</source>
        <translation>Name der neuen Liste</translation>
    </message>
    <message>
        <source>e.g. Customers May 2024</source>
        <translation>z. B. Kunden Mai 2024</translation>
    </message>
    <message>
        <source>&amp;Create list</source>
        <translation>Liste &amp;anlegen</translation>
    </message>
    <message>
        <source>Creates a list in your account with the name typed beside it.</source>
        <translation>Legt in Ihrem Konto eine Liste mit dem daneben eingegebenen Namen an.</translation>
    </message>
    <message>
        <source>List number typed in</source>
        <translation>Eingegebene Listennummer</translation>
    </message>
    <message>
        <source>e.g. 10001</source>
        <translation>z. B. 10001</translation>
    </message>
    <message>
        <source>If your list is not shown, type its number (you find it in the list&apos;s address in the Sociocs web app).</source>
        <translation>Wenn Ihre Liste nicht angezeigt wird, geben Sie ihre Nummer ein (Sie finden sie in der Adresse der Liste in der Sociocs-Web-App).</translation>
    </message>
    <message>
        <source>Create a ne&amp;w list:</source>
        <translation>Neue Liste an&amp;legen:</translation>
    </message>
    <message>
        <source>Or type a list n&amp;umber:</source>
        <translation>Oder Listen&amp;nummer eingeben:</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>Next, the file is compared with the contacts already in Sociocs; nothing is sent before you confirm.</source>
        <translation>Als Nächstes wird die Datei mit den Kontakten verglichen, die schon in Sociocs sind; nichts wird gesendet, bevor Sie es bestätigen.</translation>
    </message>
    <message>
        <source>A phone number is one contact: a contact already in the list is not added twice.</source>
        <translation>Eine Telefonnummer ist ein Kontakt: Wer schon in der Liste ist, wird nicht ein zweites Mal hinzugefügt.</translation>
    </message>
    <message>
        <source>Create list makes the list in your account at once, even if you stop before uploading.</source>
        <translation>„Liste anlegen“ legt die Liste sofort in Ihrem Konto an, auch wenn Sie vor dem Hochladen aufhören.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Each group of the column {column} becomes its own list&lt;/b&gt; (shown on Confirm). The rows without a group go to the list you choose here.</source>
        <translation>&lt;b&gt;Jede Gruppe der Spalte {column} wird eine eigene Liste&lt;/b&gt; (siehe Bestätigen). Die Zeilen ohne Gruppe kommen in die Liste, die Sie hier wählen.</translation>
    </message>
    <message>
        <source>Connect to Sociocs first (go back to the first step).</source>
        <translation>Verbinden Sie sich zuerst mit Sociocs (zurück zum ersten Schritt).</translation>
    </message>
    <message>
        <source>Fetching your contact lists from Sociocs…</source>
        <translation>Ihre Kontaktlisten werden von Sociocs abgerufen …</translation>
    </message>
    <message>
        <source>{problem} You can still choose All Contacts or type a list number.</source>
        <translation>{problem} Sie können trotzdem „All Contacts“ wählen oder eine Listennummer eingeben.</translation>
    </message>
    <message>
        <source>Your account has no lists of its own yet: use All Contacts or create one.</source>
        <translation>Ihr Konto hat noch keine eigenen Listen: Verwenden Sie „All Contacts“ oder legen Sie eine an.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lists in your account, and All Contacts.</source>
        <translation>
            <numerusform>%Ln Liste in Ihrem Konto, dazu „All Contacts“.</numerusform>
            <numerusform>%Ln Listen in Ihrem Konto, dazu „All Contacts“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the list &quot;{list}&quot;…</source>
        <translation>Die Liste „{list}“ wird angelegt …</translation>
    </message>
    <message>
        <source>List &quot;{list}&quot; created.</source>
        <translation>Liste „{list}“ angelegt.</translation>
    </message>
    <message>
        <source>The list could not be created</source>
        <translation>Die Liste konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>list #{number}</source>
        <translation>Liste Nr. {number}</translation>
    </message>
    <message>
        <source>The list this import went to is no longer in your account. Choose a list.</source>
        <translation>Die Liste, in die dieser Import ging, ist nicht mehr in Ihrem Konto. Wählen Sie eine Liste.</translation>
    </message>
</context>
<context>
    <name>ListsBoxWords</name>
    <message>
        <source>&lt;b&gt;Lists&lt;/b&gt; (one for each group in the file)</source>
        <translation>&lt;b&gt;Listen&lt;/b&gt; (eine für jede Gruppe der Datei)</translation>
    </message>
    <message>
        <source>Contacts per list</source>
        <translation>Kontakte je Liste</translation>
    </message>
    <message>
        <source>They are created when you click Upload — nothing is created before. Rows without a group go to the list chosen on Choose list.</source>
        <translation>Sie werden erstellt, wenn Sie auf Hochladen klicken – vorher wird nichts erstellt. Zeilen ohne Gruppe kommen in die unter „Liste wählen“ gewählte Liste.</translation>
    </message>
    <message>
        <source>Every group is a list your account already has: no list is created. Rows without a group go to the list chosen on Choose list.</source>
        <translation>Jede Gruppe ist eine Liste, die Ihr Konto schon hat: Es wird keine Liste erstellt. Zeilen ohne Gruppe kommen in die unter „Liste wählen“ gewählte Liste.</translation>
    </message>
    <message>
        <source>{list} (rows without a group)</source>
        <translation>{list} (Zeilen ohne Gruppe)</translation>
    </message>
    <message>
        <source>{list} (new)</source>
        <translation>{list} (neu)</translation>
    </message>
    <message>
        <source>{list}: {count}</source>
        <translation>{list}: {count}</translation>
    </message>
    <message>
        <source>Contacts in their list already: {lists}.</source>
        <translation>Kontakte, die schon in ihrer Liste sind: {lists}.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more lists.</source>
        <translation>
            <numerusform>… und %Ln weitere Liste.</numerusform>
            <numerusform>… und %Ln weitere Listen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in your file</source>
        <translation>Spalte in Ihrer Datei</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Field name in Sociocs</source>
        <translation>Feldname in Sociocs</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Extra field</source>
        <translation>Zusatzfeld</translation>
    </message>
    <message>
        <source>Country of the row</source>
        <translation>Land der Zeile</translation>
    </message>
    <message>
        <source>Lists (the row&apos;s groups)</source>
        <translation>Listen (die Gruppen der Zeile)</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Nicht importieren</translation>
    </message>
    <message>
        <source>Double-click to change the field name</source>
        <translation>Doppelklicken, um den Feldnamen zu ändern</translation>
    </message>
    <message>
        <source>Numbers without a country code are read in this column&apos;s country. With a field name the country is also saved in Sociocs; leave it empty to not save it.</source>
        <translation>Nummern ohne Ländervorwahl werden im Land aus dieser Spalte gelesen. Mit einem Feldnamen wird das Land auch in Sociocs gespeichert; lassen Sie ihn leer, um es nicht zu speichern.</translation>
    </message>
    <message>
        <source>Each group in this column becomes a Sociocs list its contacts join. With a field name the groups are also saved as text in Sociocs; leave it empty to not save them.</source>
        <translation>Jede Gruppe in dieser Spalte wird eine Sociocs-Liste, der ihre Kontakte beitreten. Mit einem Feldnamen werden die Gruppen auch als Text in Sociocs gespeichert; lassen Sie ihn leer, um sie nicht zu speichern.</translation>
    </message>
</context>
<context>
    <name>MappingOverview</name>
    <message>
        <source>&lt;b&gt;No column is chosen for the phone number yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Noch keine Spalte ist als Telefonnummer gewählt.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phone number:&lt;/b&gt; {column}</source>
        <translation>&lt;b&gt;Telefonnummer:&lt;/b&gt; {column}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Name:&lt;/b&gt; {columns}</source>
        <translation>&lt;b&gt;Name:&lt;/b&gt; {columns}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Name:&lt;/b&gt; none (contacts are saved without a name)</source>
        <translation>&lt;b&gt;Name:&lt;/b&gt; keiner (Kontakte werden ohne Namen gespeichert)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Country of each row:&lt;/b&gt; {column}</source>
        <translation>&lt;b&gt;Land jeder Zeile:&lt;/b&gt; {column}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lists (groups):&lt;/b&gt; {column}</source>
        <translation>&lt;b&gt;Listen (Gruppen):&lt;/b&gt; {column}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Choose what each column of your file becomes in Sociocs.</source>
        <translation>Legen Sie fest, was aus jeder Spalte Ihrer Datei in Sociocs wird.</translation>
    </message>
    <message>
        <source>Tell the program what each column of your file holds. Only the &lt;b&gt;phone number&lt;/b&gt; is required. Columns set to &lt;i&gt;Extra field&lt;/i&gt; are saved in Sociocs under the field name shown (you can change it); &lt;i&gt;Don&apos;t import&lt;/i&gt; leaves a column out.</source>
        <translation>Geben Sie an, was jede Spalte Ihrer Datei enthält. Nur die &lt;b&gt;Telefonnummer&lt;/b&gt; ist Pflicht. Spalten mit &lt;i&gt;Zusatzfeld&lt;/i&gt; werden in Sociocs unter dem angezeigten Feldnamen gespeichert (Sie können ihn ändern); &lt;i&gt;Nicht importieren&lt;/i&gt; lässt eine Spalte weg.</translation>
    </message>
    <message>
        <source>Column choices</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>One row for each column of the file: its title, examples of its values and what it becomes in Sociocs.</source>
        <translation>Eine Zeile je Spalte der Datei: ihr Titel, Beispiele ihrer Werte und was in Sociocs daraus wird.</translation>
    </message>
    <message>
        <source>&amp;Load template…</source>
        <translation>Vorlage &amp;laden …</translation>
    </message>
    <message>
        <source>Uses column choices saved earlier in a template file.</source>
        <translation>Verwendet eine früher in einer Vorlagendatei gespeicherte Spaltenzuordnung.</translation>
    </message>
    <message>
        <source>Sa&amp;ve as template…</source>
        <translation>Als Vorlage &amp;speichern …</translation>
    </message>
    <message>
        <source>Saves these column choices in a file, for other files with the same columns.</source>
        <translation>Speichert diese Spaltenzuordnung in einer Datei, für andere Dateien mit denselben Spalten.</translation>
    </message>
    <message>
        <source>These choices are the ones you made last time for a file with the same columns.</source>
        <translation>Das ist Ihre Zuordnung vom letzten Mal für eine Datei mit denselben Spalten.</translation>
    </message>
    <message>
        <source>The program guessed these choices from the column titles and values. Check them.</source>
        <translation>Das Programm hat diese Zuordnung aus den Spaltentiteln und Werten erraten. Bitte prüfen Sie sie.</translation>
    </message>
    <message>
        <source>Recognised: {layout}. The columns are matched for you; check them if you like.</source>
        <translation>Erkannt: {layout}. Die Spalten sind für Sie zugeordnet; prüfen Sie sie bei Bedarf.</translation>
    </message>
    <message>
        <source>Every column has a valid choice.</source>
        <translation>Jede Spalte hat eine gültige Zuordnung.</translation>
    </message>
    <message>
        <source>Template not loaded</source>
        <translation>Vorlage nicht geladen</translation>
    </message>
    <message>
        <source>These choices come from the template &quot;{file}&quot;.</source>
        <translation>Diese Zuordnung stammt aus der Vorlage „{file}“.</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Vorlage nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved these choices as &quot;{file}&quot;.</source>
        <translation>Diese Zuordnung wurde als „{file}“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>The API key was refused</source>
        <translation>Der API-Schlüssel wurde abgelehnt</translation>
    </message>
    <message>
        <source>Sociocs no longer accepts the API key (it may have been deleted or replaced). Everything sent so far is kept. Paste a new key to continue, or stop and continue later. You find the key in the Sociocs web app under Profile &amp; settings → API.</source>
        <translation>Sociocs nimmt den API-Schlüssel nicht mehr an (er wurde vielleicht gelöscht oder ersetzt). Alles bisher Gesendete bleibt erhalten. Fügen Sie einen neuen Schlüssel ein, um fortzufahren, oder halten Sie an und machen Sie später weiter. Sie finden den Schlüssel in der Sociocs-Web-App unter Profil &amp; Einstellungen → API.</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste the new API key here</source>
        <translation>Neuen API-Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>New API &amp;key:</source>
        <translation>Neuer API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortfahren</translation>
    </message>
    <message>
        <source>&amp;Stop and save progress</source>
        <translation>&amp;Anhalten und Fortschritt speichern</translation>
    </message>
    <message>
        <source>Goes on with the upload using this key.</source>
        <translation>Setzt das Hochladen mit diesem Schlüssel fort.</translation>
    </message>
    <message>
        <source>Stops the upload; what was sent is kept and it can be continued later.</source>
        <translation>Hält das Hochladen an; das Gesendete bleibt erhalten, und es kann später fortgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>OpenFileDialog</name>
    <message>
        <source>Spreadsheets and contacts (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.vcf);;Excel (*.xlsx *.xlsm *.xls);;OpenDocument (*.ods);;CSV or text (*.csv *.tsv *.txt);;vCard contacts (*.vcf);;All files (*)</source>
        <translation>Tabellen und Kontakte (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.vcf);;Excel (*.xlsx *.xlsm *.xls);;OpenDocument (*.ods);;CSV oder Text (*.csv *.tsv *.txt);;vCard-Kontakte (*.vcf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Tabelle auswählen</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice mode — nothing is sent to Sociocs</source>
        <translation>Übungsmodus — es wird nichts an Sociocs gesendet</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Column {letter}: {title}</source>
        <translation>Spalte {letter}: {title}</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>{done} of {total} sent in {time}</source>
        <translation>{done} von {total} gesendet in {time}</translation>
    </message>
</context>
<context>
    <name>ReportLocationBox</name>
    <message>
        <source>No program on this computer opens Excel files (.xlsx), so the report could not be opened. It is saved here:&lt;br&gt;&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;&lt;br&gt;&lt;br&gt;Open it with a spreadsheet program (Excel, LibreOffice Calc, Google Sheets).</source>
        <translation>Auf diesem Computer öffnet kein Programm Excel-Dateien (.xlsx), daher konnte der Bericht nicht geöffnet werden. Er ist hier gespeichert:&lt;br&gt;&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;&lt;br&gt;&lt;br&gt;Öffnen Sie ihn mit einer Tabellenkalkulation (Excel, LibreOffice Calc, Google Tabellen).</translation>
    </message>
    <message>
        <source>The folder could not be opened either. The report is in this folder:&lt;br&gt;&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;&lt;br&gt;&lt;br&gt;named &lt;b&gt;{file}&lt;/b&gt;. Copy the path and paste it into your file manager or spreadsheet program.</source>
        <translation>Auch der Ordner konnte nicht geöffnet werden. Der Bericht liegt in diesem Ordner:&lt;br&gt;&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;&lt;br&gt;&lt;br&gt;unter dem Namen &lt;b&gt;{file}&lt;/b&gt;. Kopieren Sie den Pfad und fügen Sie ihn in Ihren Dateimanager oder Ihre Tabellenkalkulation ein.</translation>
    </message>
    <message>
        <source>Report not opened</source>
        <translation>Bericht nicht geöffnet</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <source>Opens the folder that holds the report.</source>
        <translation>Öffnet den Ordner, in dem der Bericht liegt.</translation>
    </message>
    <message>
        <source>Copies the report&apos;s full path.</source>
        <translation>Kopiert den vollständigen Pfad des Berichts.</translation>
    </message>
    <message>
        <source>Closes this message.</source>
        <translation>Schließt diese Meldung.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>ResumeBanner</name>
    <message>
        <source>&lt;b&gt;Continue the import of {file}&lt;/b&gt; ({done} of {total} done) to the list &lt;b&gt;{list}&lt;/b&gt;? It stopped before the end; the rows already sent are skipped.</source>
        <translation>&lt;b&gt;Import von {file} fortsetzen&lt;/b&gt; ({done} von {total} erledigt) in die Liste &lt;b&gt;{list}&lt;/b&gt;? Er wurde vor dem Ende unterbrochen; bereits gesendete Zeilen werden übersprungen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Continue the import of {file}&lt;/b&gt; ({done} of {total} done)? It stopped before the end; the rows already sent are skipped.</source>
        <translation>&lt;b&gt;Import von {file} fortsetzen&lt;/b&gt; ({done} von {total} erledigt)? Er wurde vor dem Ende unterbrochen; bereits gesendete Zeilen werden übersprungen.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Not no&amp;w</source>
        <translation>Nicht &amp;jetzt</translation>
    </message>
    <message>
        <source>Continue the import of {file}</source>
        <translation>Import von {file} fortsetzen</translation>
    </message>
</context>
<context>
    <name>RetryBanner</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Tries again at once instead of waiting for the countdown.</source>
        <translation>Versucht es sofort erneut, statt den Countdown abzuwarten.</translation>
    </message>
    <message>
        <source>Waiting for Sociocs — try {attempt}, next in {time}</source>
        <translation>Warten auf Sociocs — Versuch {attempt}, nächster in {time}</translation>
    </message>
    <message>
        <source>{reason} The program tries again by itself and nothing is lost; you can also stop now and continue later.</source>
        <translation>{reason} Das Programm versucht es von selbst erneut, und nichts geht verloren; Sie können auch jetzt anhalten und später weitermachen.</translation>
    </message>
</context>
<context>
    <name>RetryDialog</name>
    <message>
        <source>Sociocs asked us to slow down</source>
        <translation>Sociocs bittet um langsameres Senden</translation>
    </message>
    <message>
        <source>Sociocs is having trouble</source>
        <translation>Sociocs hat Probleme</translation>
    </message>
    <message>
        <source>Cannot reach Sociocs</source>
        <translation>Sociocs ist nicht erreichbar</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>&amp;Weiter warten</translation>
    </message>
    <message>
        <source>Tries again at once.</source>
        <translation>Versucht es sofort erneut.</translation>
    </message>
    <message>
        <source>Waits until the countdown ends, then tries again.</source>
        <translation>Wartet, bis der Countdown abgelaufen ist, und versucht es dann erneut.</translation>
    </message>
    <message>
        <source>&amp;Stop and save progress</source>
        <translation>&amp;Anhalten und Fortschritt speichern</translation>
    </message>
    <message>
        <source>Everything sent so far is kept. Next time you open this file, the program offers to continue where it stopped.</source>
        <translation>Alles bisher Gesendete bleibt erhalten. Wenn Sie diese Datei das nächste Mal öffnen, bietet das Programm an, dort weiterzumachen, wo es angehalten hat.</translation>
    </message>
</context>
<context>
    <name>RoleCombo</name>
    <message>
        <source>Press Space to open the list of choices.</source>
        <translation>Drücken Sie die Leertaste, um die Auswahlliste zu öffnen.</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message>
        <source>Import column {column} as</source>
        <translation>Spalte {column} importieren als</translation>
    </message>
</context>
<context>
    <name>RowsFileDialog</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps of the import</source>
        <translation>Schritte des Imports</translation>
    </message>
    <message>
        <source>Step {number} of {count}: {name}</source>
        <translation>Schritt {number} von {count}: {name}</translation>
    </message>
</context>
<context>
    <name>TemplateFileDialog</name>
    <message>
        <source>Mapping templates (*.json);;All files (*)</source>
        <translation>Zuordnungsvorlagen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Load a mapping template</source>
        <translation>Zuordnungsvorlage laden</translation>
    </message>
    <message>
        <source>Save the mapping template</source>
        <translation>Zuordnungsvorlage speichern</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>{number} {caption}</source>
        <translation>{number} {caption}</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <source>Undo this import</source>
        <translation>Diesen Import rückgängig machen</translation>
    </message>
    <message>
        <source>The account is already as it was.</source>
        <translation>Das Konto ist schon wieder wie vorher.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig machen</translation>
    </message>
    <message>
        <source>Undoes the import; contacts changed since are left as they are.</source>
        <translation>Macht den Import rückgängig; seitdem geänderte Kontakte bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Undo &amp;those too</source>
        <translation>&amp;Auch diese rückgängig machen</translation>
    </message>
    <message>
        <source>Also put back contacts changed in Sociocs since the import: those changes are lost.</source>
        <translation>Auch seit dem Import in Sociocs geänderte Kontakte zurücksetzen: Diese Änderungen gehen verloren.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Nothing is undone.</source>
        <translation>Es wird nichts rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>UndoPanel</name>
    <message>
        <source>&amp;Undo this import</source>
        <translation>Diesen Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Delete the contacts this import created and give the contacts it changed their earlier name and fields back.</source>
        <translation>Die von diesem Import angelegten Kontakte löschen und den geänderten Kontakten ihren früheren Namen und ihre Felder zurückgeben.</translation>
    </message>
    <message>
        <source>Undo progress</source>
        <translation>Fortschritt des Rückgängigmachens</translation>
    </message>
    <message>
        <source>Reading what Sociocs holds now…</source>
        <translation>Es wird gelesen, was Sociocs jetzt enthält …</translation>
    </message>
</context>
<context>
    <name>UndoPanelWords</name>
    <message numerus="yes">
        <source>%Ln contacts were deleted (they were new).</source>
        <translation>
            <numerusform>%Ln Kontakt wurde gelöscht (er war neu).</numerusform>
            <numerusform>%Ln Kontakte wurden gelöscht (sie waren neu).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts were restored as they were before the import.</source>
        <translation>
            <numerusform>%Ln Kontakt wurde wiederhergestellt, wie er vor dem Import war.</numerusform>
            <numerusform>%Ln Kontakte wurden wiederhergestellt, wie sie vor dem Import waren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts were taken out of the list (they were in Sociocs before).</source>
        <translation>
            <numerusform>%Ln Kontakt wurde aus der Liste genommen (er war schon vorher in Sociocs).</numerusform>
            <numerusform>%Ln Kontakte wurden aus der Liste genommen (sie waren schon vorher in Sociocs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts were already as before the import.</source>
        <translation>
            <numerusform>%Ln Kontakt war schon wie vor dem Import.</numerusform>
            <numerusform>%Ln Kontakte waren schon wie vor dem Import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needed undoing.</source>
        <translation>Es gab nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Rückgängig gemacht: {what}</translation>
    </message>
    <message>
        <source>Nothing was undone yet.</source>
        <translation>Noch nichts wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Partly undone: {what}</source>
        <translation>Teilweise rückgängig gemacht: {what}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts changed in Sociocs since the import were left as they are.</source>
        <translation>
            <numerusform>%Ln seit dem Import in Sociocs geänderter Kontakt blieb, wie er ist.</numerusform>
            <numerusform>%Ln seit dem Import in Sociocs geänderte Kontakte blieben, wie sie sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts are not undone yet: Sociocs did not confirm the change. Undo this import again to continue.</source>
        <translation>
            <numerusform>%Ln Kontakt ist noch nicht rückgängig gemacht: Sociocs hat die Änderung nicht bestätigt. Machen Sie diesen Import erneut rückgängig, um fortzufahren.</numerusform>
            <numerusform>%Ln Kontakte sind noch nicht rückgängig gemacht: Sociocs hat die Änderung nicht bestätigt. Machen Sie diesen Import erneut rückgängig, um fortzufahren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsentBox</name>
    <message>
        <source>&amp;Export these rows…</source>
        <translation>Diese Zeilen &amp;exportieren …</translation>
    </message>
    <message>
        <source>Saves these rows, with every column of your file and why each did not go, to an Excel file: fix them there, then import that file.</source>
        <translation>Speichert diese Zeilen mit allen Spalten Ihrer Datei und dem Grund, warum jede nicht gesendet wurde, in einer Excel-Datei: Korrigieren Sie sie dort und importieren Sie dann diese Datei.</translation>
    </message>
    <message>
        <source>Rows that did not go</source>
        <translation>Nicht gesendete Zeilen</translation>
    </message>
    <message>
        <source>Each row that was not sent: its row, the phone as typed and why.</source>
        <translation>Jede nicht gesendete Zeile: ihre Nummer, das Telefon wie in der Datei und der Grund.</translation>
    </message>
    <message>
        <source>Select a row to read here why it did not go, in full.</source>
        <translation>Wählen Sie eine Zeile aus, um hier vollständig zu lesen, warum sie nicht gesendet wurde.</translation>
    </message>
    <message>
        <source>{file} - rows not sent</source>
        <translation>{file} - nicht gesendete Zeilen</translation>
    </message>
    <message>
        <source>Export the rows that did not go</source>
        <translation>Nicht gesendete Zeilen exportieren</translation>
    </message>
    <message>
        <source>Saving &quot;{file}&quot;…</source>
        <translation>„{file}“ wird gespeichert …</translation>
    </message>
    <message>
        <source>The rows could not be exported</source>
        <translation>Die Zeilen konnten nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>UnsentModel</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Phone as typed</source>
        <translation>Telefon (Datei)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Why it did not go</source>
        <translation>Warum nicht gesendet</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
</context>
<context>
    <name>UnsentWords</name>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln cards did not go&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Karte wurde nicht gesendet&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln Karten wurden nicht gesendet&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln rows did not go&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Zeile wurde nicht gesendet&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln Zeilen wurden nicht gesendet&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln rows to &quot;{file}&quot;.</source>
        <translation>
            <numerusform>%Ln Zeile in „{file}“ gespeichert.</numerusform>
            <numerusform>%Ln Zeilen in „{file}“ gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadPage</name>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>You can use other programs meanwhile. Stopping or closing keeps what was sent.</source>
        <translation>Sie können währenddessen andere Programme nutzen. Anhalten oder Schließen behält das bereits Gesendete.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Fortschritt des Hochladens</translation>
    </message>
    <message>
        <source>Contacts sent over time</source>
        <translation>Gesendete Kontakte im Zeitverlauf</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause or resume the upload</source>
        <translation>Hochladen pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Pauses after the current batch; click again to go on.</source>
        <translation>Pausiert nach dem aktuellen Stapel; erneut klicken, um weiterzumachen.</translation>
    </message>
    <message>
        <source>&amp;Stop and save progress</source>
        <translation>&amp;Anhalten und Fortschritt speichern</translation>
    </message>
    <message>
        <source>Stops after the current batch. What was sent is kept; you can continue later.</source>
        <translation>Hält nach dem aktuellen Stapel an. Das Gesendete bleibt erhalten; Sie können später weitermachen.</translation>
    </message>
    <message>
        <source>Nothing to send yet: go back and check the file first.</source>
        <translation>Noch nichts zu senden: Gehen Sie zurück und prüfen Sie zuerst die Datei.</translation>
    </message>
    <message>
        <source>First, the file is compared with the contacts in Sociocs.</source>
        <translation>Zuerst wird die Datei mit den Kontakten in Sociocs abgeglichen.</translation>
    </message>
    <message numerus="yes">
        <source>Getting ready to send %Ln contacts…</source>
        <translation>
            <numerusform>Das Senden von %Ln Kontakt wird vorbereitet …</numerusform>
            <numerusform>Das Senden von %Ln Kontakten wird vorbereitet …</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending to {list}…</source>
        <translation>Senden an {list} …</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln contacts sent (batch {batch} of {batches})</source>
        <translation>
            <numerusform>{done} von %Ln Kontakt gesendet (Stapel {batch} von {batches})</numerusform>
            <numerusform>{done} von %Ln Kontakten gesendet (Stapel {batch} von {batches})</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused. Click Resume to go on.</source>
        <translation>Pausiert. Klicken Sie auf „Fortsetzen“, um weiterzumachen.</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>die Liste</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Pausing after the current batch…</source>
        <translation>Pause nach dem aktuellen Stapel …</translation>
    </message>
    <message>
        <source>Stopping after the current batch; progress is saved…</source>
        <translation>Anhalten nach dem aktuellen Stapel; der Fortschritt wird gespeichert …</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Der Bericht wird geschrieben …</translation>
    </message>
    <message>
        <source>The report could not be written</source>
        <translation>Der Bericht konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>All contacts were sent.</source>
        <translation>Alle Kontakte wurden gesendet.</translation>
    </message>
    <message>
        <source>The upload could not start</source>
        <translation>Das Hochladen konnte nicht starten</translation>
    </message>
    <message>
        <source>Contacts are being sent right now. If you close, the upload stops after the current batch. Nothing already sent is lost: next time you import this file to the same list, the program continues where it stopped.</source>
        <translation>Gerade werden Kontakte gesendet. Wenn Sie schließen, hält das Hochladen nach dem aktuellen Stapel an. Bereits Gesendetes geht nicht verloren: Wenn Sie diese Datei das nächste Mal in dieselbe Liste importieren, macht das Programm dort weiter, wo es angehalten hat.</translation>
    </message>
</context>
<context>
    <name>UploadPageWords</name>
    <message numerus="yes">
        <source>%Ln contacts a second</source>
        <translation>
            <numerusform>%Ln Kontakt pro Sekunde</numerusform>
            <numerusform>%Ln Kontakte pro Sekunde</numerusform>
        </translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>noch etwa {time}</translation>
    </message>
    <message>
        <source>Step 1 of 3: creating the lists the groups need…</source>
        <translation>Schritt 1 von 3: Die Listen für die Gruppen werden erstellt…</translation>
    </message>
    <message>
        <source>Step 2 of 3: sending the contacts, each once…</source>
        <translation>Schritt 2 von 3: Die Kontakte werden gesendet, jeder einmal…</translation>
    </message>
    <message numerus="yes">
        <source>Step 3 of 3: adding contacts to their other lists — {added} of %Ln added…</source>
        <translation>
            <numerusform>Schritt 3 von 3: Der Kontakt wird seiner anderen Liste hinzugefügt — {added} von %Ln hinzugefügt…</numerusform>
            <numerusform>Schritt 3 von 3: Kontakte werden ihren anderen Listen hinzugefügt — {added} von %Ln hinzugefügt…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>The program is still working. Closing now stops it.</source>
        <translation>Das Programm arbeitet noch. Wenn Sie jetzt schließen, wird es angehalten.</translation>
    </message>
    <message>
        <source>Your choices for &quot;{file}&quot; will be lost.</source>
        <translation>Ihre Auswahl für „{file}“ geht verloren.</translation>
    </message>
</context>
</TS>

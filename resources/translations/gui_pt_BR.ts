<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Sociocs Contact Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the program; a new choice applies when it starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sociocs Contact Importer {version}&lt;/h3&gt;&lt;p&gt;Moves contacts from spreadsheets (Excel, LibreOffice, CSV) into Sociocs. Every good row goes in; every row that cannot go in is explained in plain words.&lt;/p&gt;&lt;p&gt;You can practice with the built-in sandbox first: nothing is sent to Sociocs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <source>Back to &amp;Match columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use &quot;{column}&quot; as the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the number from &quot;{fallback}&quot; when &quot;{phone}&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Keep the last row (as Sociocs would)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the first row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to read its whole problem here. Double-click a phone or name to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area code missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number not known to be in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholder, not a real number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits lost by Excel (1.6E+10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits lost by Excel (over 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from a spreadsheet number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters turned into digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading 0 put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read with a country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several numbers in one cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number from another column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very long name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value that cannot be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is checked before anything is sent. Fix what you can here, or export the rows that cannot be sent and fix them in Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default country for phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as numbers of this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which row to keep when a number repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the rows with the same phone number, only one is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For numbers in ranges newer than the phone number data: they have the right number of digits, but the data does not know them as in use. Placeholders such as 000-000-0000 are never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send numbers that cannot be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show rows with this problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table below shows only the rows with the chosen kind of problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export rows that cannot be sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the rows with problems (not the repeated numbers) to an Excel file: fix them there, then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows need attention: every row is ready to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file and its columns first (go Back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking the numbers that cannot be verified as ready to send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking the numbers that cannot be verified as not to be sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the phone numbers again for the new country…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking every row… %Ln read so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rows checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln rows can be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recognised: {layout}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving &quot;{file}&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln rows to &quot;{file}&quot;. Fix them there, then import that file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The rows could not be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} - rows to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rows that cannot be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPageWords</name>
    <message>
        <source>{ready} ready to send &amp;nbsp;·&amp;nbsp; {noted} ready with a note &amp;nbsp;·&amp;nbsp; {invalid} cannot be sent &amp;nbsp;·&amp;nbsp; {duplicates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; duplicates</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers without a country code are read as &lt;b&gt;{country}&lt;/b&gt; (+{code}) numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send the numbers that cannot be &amp;verified (%Ln rows)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>&lt;b&gt;Continue the import of {file}&lt;/b&gt; ({done} of {total} done): an earlier upload of this file to this list stopped before the end. The rows already sent are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been sent yet. This is what will happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Please read:&lt;/b&gt; when a phone number in this file already belongs to a contact in Sociocs, that contact&apos;s &lt;b&gt;name and ALL its extra fields are replaced&lt;/b&gt; by what this file holds. Fields this file leaves empty are emptied in Sociocs too. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I understand that existing contacts with the same phone number are replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that existing contacts are replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload can be clicked once this is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start over: send every row again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over instead of continuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checked file yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmPageWords</name>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln contacts&lt;/b&gt; will be added or updated in the list &lt;b&gt;{list}&lt;/b&gt;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln contacts are&lt;/b&gt; left to add or update in the list &lt;b&gt;{list}&lt;/b&gt; ({done} of {total} were sent before).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows are skipped because of problems (they are listed in the report).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows repeat a phone number found in another row and are skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them go with a note (a leading 0 put back, an extension left out …); the report says what.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers without a country code were read as &lt;b&gt;{country}&lt;/b&gt; (+{code}) numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln numbers that cannot be verified are sent&lt;/b&gt;, as you chose on Check data.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No extra fields are sent: existing contacts lose theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra fields sent: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the program which Sociocs account to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add contacts to your Sociocs account, this program needs your account&apos;s &lt;b&gt;API key&lt;/b&gt;: a long code that lets a program act for you, like a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or hides the API address, for special set-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Sociocs answers; leave it as it is unless Sociocs told you otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Just trying it out?&lt;/b&gt; Practice with a sandbox: a pretend Sociocs that runs on this computer. You can go through every step with your own file or our sample, and nothing is sent to Sociocs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practice with a sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a pretend Sociocs on this computer; nothing is sent to Sociocs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your API key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long code from the Sociocs web app, under Profile and settings, then API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or hides the characters of the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the key in this computer&apos;s password store, so that next time the program connects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no safe place to keep the key, so it will not be saved. You will need to paste it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where do I find it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or hides how to find the key in the Sociocs web app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ol style=&apos;margin-left: -20px&apos;&gt;&lt;li&gt;Sign in to the Sociocs web app.&lt;/li&gt;&lt;li&gt;Open &lt;b&gt;Profile &amp;amp; settings&lt;/b&gt;, then &lt;b&gt;API&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the key shown there and paste it above.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that Sociocs accepts the key; nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your API key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API address under Advanced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the practice sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;practicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to the practice sandbox — %Ln contact lists found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected — %Ln contact lists found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryHint</name>
    <message>
        <source>Most numbers look like &lt;b&gt;{country}&lt;/b&gt; numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use {country}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row with what happened to it (Excel file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes back to Choose file; the connection to Sociocs is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload stopped before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is saved as: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report could be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePageWords</name>
    <message>
        <source>the practice sandbox&apos;s list &lt;b&gt;{list}&lt;/b&gt; (nothing was sent to Sociocs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts were sent to {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; contacts are now in {where}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them went with a note (a leading 0 put back, an extension left out …): the report says what.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows were not sent because of problems in the file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows were not sent: the phone number repeats.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows were refused by Sociocs (the report says why).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows were not sent yet. {reason} Import the same file to the same list again to continue where it stopped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop a spreadsheet here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Drag your spreadsheet here&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a spreadsheet on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files you can use: Excel (.xlsx, .xlsm, .xls) · OpenDocument (.ods) · CSV or text (.csv, .tsv, .txt) · vCard contacts (.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong that the program did not expect. Nothing was sent to Sociocs because of it. Please try again; if it happens again, click &quot;Copy details&quot; and send the text to your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FallbackChooser</name>
    <message>
        <source>Column to use when the phone number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the phone number is &amp;empty, use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: the row cannot be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 3: opening the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 3: looking at its sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 3: reading the first rows (a big file can take a moment)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sheet} (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the spreadsheet with your contacts. You will see its first rows below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;sample file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column titles and the first rows, as the program reads them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet of the workbook that holds the contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row with the column titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows below this one are the contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &amp;titles are in row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(you chose it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(found automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln columns</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found {columns}. Below are the first %Ln rows; counting the others…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found {columns} and {rows} of contacts. Below are the first %Ln.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Found {columns} and {rows} of contacts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step}. {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program will speak {language} when it starts again. Restart it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the importer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{warning}

Do you want to close the importer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed — ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuesTable</name>
    <message>
        <source>Rows that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a phone number or a name to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeftOutLine</name>
    <message numerus="yes">
        <source>%Ln columns were added as extra fields.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Don&apos;t import them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other columns are not imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import them as extra fields</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>{list} — every contact in your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{list}   (list number {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts are added to this list (and always to All Contacts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts are added to the selected list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lists in your account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Customers May 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a list in your account with the name typed beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List number typed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your list is not shown, type its number (you find it in the list&apos;s address in the Sociocs web app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a ne&amp;w list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type a list n&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Sociocs first (go back to the first step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching your contact lists from Sociocs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} You can still choose All Contacts or type a list number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has no lists of its own yet: use All Contacts or create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln lists in your account, and All Contacts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the list &quot;{list}&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List &quot;{list}&quot; created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list #{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list this import went to is no longer in your account. Choose a list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in your file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field name in Sociocs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to change the field name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingOverview</name>
    <message>
        <source>{letter} &quot;{title}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No column is chosen for the phone number yet.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Phone number:&lt;/b&gt; {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Name:&lt;/b&gt; {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Name:&lt;/b&gt; none (contacts are saved without a name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what each column of your file becomes in Sociocs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the program what each column of your file holds. Only the &lt;b&gt;phone number&lt;/b&gt; is required. Columns set to &lt;i&gt;Extra field&lt;/i&gt; are saved in Sociocs under the field name shown (you can change it); &lt;i&gt;Don&apos;t import&lt;/i&gt; leaves a column out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row for each column of the file: its title, examples of its values and what it becomes in Sociocs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses column choices saved earlier in a template file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve as template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves these column choices in a file, for other files with the same columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These choices are the ones you made last time for a file with the same columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program guessed these choices from the column titles and values. Check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised: {layout}. The columns are matched for you; check them if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column has a valid choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These choices come from the template &quot;{file}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved these choices as &quot;{file}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>The API key was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sociocs no longer accepts the API key (it may have been deleted or replaced). Everything sent so far is kept. Paste a new key to continue, or stop and continue later. You find the key in the Sociocs web app under Profile &amp; settings → API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the new API key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop and save progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes on with the upload using this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the upload; what was sent is kept and it can be continued later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenFileDialog</name>
    <message>
        <source>Spreadsheets and contacts (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.vcf);;Excel (*.xlsx *.xlsm *.xls);;OpenDocument (*.ods);;CSV or text (*.csv *.tsv *.txt);;vCard contacts (*.vcf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice mode — nothing is sent to Sociocs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Column {letter}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportLocationBox</name>
    <message>
        <source>No program on this computer opens Excel files (.xlsx), so the report could not be opened. It is saved here:&lt;br&gt;&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;&lt;br&gt;&lt;br&gt;Open it with a spreadsheet program (Excel, LibreOffice Calc, Google Sheets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder could not be opened either. The report is in this folder:&lt;br&gt;&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;&lt;br&gt;&lt;br&gt;named &lt;b&gt;{file}&lt;/b&gt;. Copy the path and paste it into your file manager or spreadsheet program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the folder that holds the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the report&apos;s full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeBanner</name>
    <message>
        <source>&lt;b&gt;Continue the import of {file}&lt;/b&gt; ({done} of {total} done) to the list &lt;b&gt;{list}&lt;/b&gt;? It stopped before the end; the rows already sent are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Continue the import of {file}&lt;/b&gt; ({done} of {total} done)? It stopped before the end; the rows already sent are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not no&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the import of {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetryDialog</name>
    <message>
        <source>Sociocs asked us to slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sociocs is having trouble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach Sociocs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries again at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits until the countdown ends, then tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop and save progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything sent so far is kept. Next time you open this file, the program offers to continue where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleCombo</name>
    <message>
        <source>Press Space to open the list of choices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message>
        <source>Import column {column} as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps of the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number} of {count}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateFileDialog</name>
    <message>
        <source>Mapping templates (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a mapping template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>{number} {caption}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadPage</name>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can use other programs meanwhile. Stopping or closing keeps what was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses after the current batch; click again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop and save progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops after the current batch. What was sent is kept; you can continue later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send yet: go back and check the file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Getting ready to send %Ln contacts…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sending to {list}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln contacts sent (batch {batch} of {batches})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Paused. Click Resume to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping and saving progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current batch; progress is saved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contacts were sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts are being sent right now. If you close, the upload stops after the current batch. Nothing already sent is lost: next time you import this file to the same list, the program continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadPageWords</name>
    <message numerus="yes">
        <source>%Ln contacts a second</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} - report {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>The program is still working. Closing now stops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choices for &quot;{file}&quot; will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

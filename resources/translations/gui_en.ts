<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <source>Checking every row… %Ln read so far</source>
        <translation>
            <numerusform>Checking every row… %Ln read so far</numerusform>
            <numerusform>Checking every row… %Ln read so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rows checked.</source>
        <translation>
            <numerusform>The row is checked.</numerusform>
            <numerusform>All %Ln rows checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln rows can be sent.</source>
        <translation>
            <numerusform>The only row cannot be sent.</numerusform>
            <numerusform>None of the %Ln rows can be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln rows to &quot;{file}&quot;. Fix them there, then import that file.</source>
        <translation>
            <numerusform>Saved %Ln row to &quot;{file}&quot;. Fix it there, then import that file.</numerusform>
            <numerusform>Saved %Ln rows to &quot;{file}&quot;. Fix them there, then import that file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPageWords</name>
    <message numerus="yes">
        <source>Send the numbers that cannot be &amp;verified (%Ln rows)</source>
        <translation>
            <numerusform>Send the number that cannot be &amp;verified (%Ln row)</numerusform>
            <numerusform>Send the numbers that cannot be &amp;verified (%Ln rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckTiles</name>
    <message numerus="yes">
        <source>ready to send</source>
        <translation>
            <numerusform>ready to send</numerusform>
            <numerusform>ready to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ready with a note</source>
        <translation>
            <numerusform>ready with a note</numerusform>
            <numerusform>ready with a note</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot be sent</source>
        <translation>
            <numerusform>cannot be sent</numerusform>
            <numerusform>cannot be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>duplicates</source>
        <translation>
            <numerusform>duplicate</numerusform>
            <numerusform>duplicates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmPageWords</name>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln rows&lt;/b&gt; are ready to send to the list &lt;b&gt;{list}&lt;/b&gt;.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln row&lt;/b&gt; is ready to send to the list &lt;b&gt;{list}&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;%Ln rows&lt;/b&gt; are ready to send to the list &lt;b&gt;{list}&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln contacts&lt;/b&gt; will be sent to the list &lt;b&gt;{list}&lt;/b&gt;: {new} new, {updated} updated.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln contact&lt;/b&gt; will be sent to the list &lt;b&gt;{list}&lt;/b&gt;: {new} new, {updated} updated.</numerusform>
            <numerusform>&lt;b&gt;%Ln contacts&lt;/b&gt; will be sent to the list &lt;b&gt;{list}&lt;/b&gt;: {new} new, {updated} updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts are already in Sociocs as the file has them: they are not sent again.</source>
        <translation>
            <numerusform>%Ln contact is already in Sociocs as the file has it: it is not sent again.</numerusform>
            <numerusform>%Ln contacts are already in Sociocs as the file has them: they are not sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln existing contacts are skipped (left as they are in Sociocs).</source>
        <translation>
            <numerusform>%Ln existing contact is skipped (left as it is in Sociocs).</numerusform>
            <numerusform>%Ln existing contacts are skipped (left as they are in Sociocs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows cannot be sent because of problems (they are listed in the report).</source>
        <translation>
            <numerusform>%Ln row cannot be sent because of problems (it is listed in the report).</numerusform>
            <numerusform>%Ln rows cannot be sent because of problems (they are listed in the report).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows repeat a phone number found in another row and are not sent.</source>
        <translation>
            <numerusform>%Ln row repeats a phone number found in another row and is not sent.</numerusform>
            <numerusform>%Ln rows repeat a phone number found in another row and are not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them go with a note (a leading 0 put back, an extension left out …); the report says what.</source>
        <translation>
            <numerusform>%Ln of them goes with a note (a leading 0 put back, an extension left out …); the report says what.</numerusform>
            <numerusform>%Ln of them go with a note (a leading 0 put back, an extension left out …); the report says what.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln numbers that cannot be verified are sent&lt;/b&gt;, as you chose on Check data.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln number that cannot be verified is sent&lt;/b&gt;, as you chose on Check data.</numerusform>
            <numerusform>&lt;b&gt;%Ln numbers that cannot be verified are sent&lt;/b&gt;, as you chose on Check data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Please read:&lt;/b&gt; %Ln existing contacts will lose extra fields the file does not have (see “Fields lost” below). Undo on the last page can bring them back.</source>
        <translation>
            <numerusform>&lt;b&gt;Please read:&lt;/b&gt; %Ln existing contact will lose extra fields the file does not have (see “Fields lost” below). Undo on the last page can bring them back.</numerusform>
            <numerusform>&lt;b&gt;Please read:&lt;/b&gt; %Ln existing contacts will lose extra fields the file does not have (see “Fields lost” below). Undo on the last page can bring them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message numerus="yes">
        <source>Connected to the practice sandbox — %Ln contact lists found</source>
        <translation>
            <numerusform>Connected to the practice sandbox — %Ln contact list found</numerusform>
            <numerusform>Connected to the practice sandbox — %Ln contact lists found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected — %Ln contact lists found</source>
        <translation>
            <numerusform>Connected — %Ln contact list found</numerusform>
            <numerusform>Connected — %Ln contact lists found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePageWords</name>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; contacts are now in {where}.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; contact is now in {where}.</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; contacts are now in {where}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them went with a note (a leading 0 put back, an extension left out …): the report says what.</source>
        <translation>
            <numerusform>%Ln of them went with a note (a leading 0 put back, an extension left out …): the report says what.</numerusform>
            <numerusform>%Ln of them went with a note (a leading 0 put back, an extension left out …): the report says what.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them had a number that cannot be verified, sent as you chose on Check data.</source>
        <translation>
            <numerusform>%Ln of them had a number that cannot be verified, sent as you chose on Check data.</numerusform>
            <numerusform>%Ln of them had a number that cannot be verified, sent as you chose on Check data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts were already in Sociocs as the file has them (not sent again).</source>
        <translation>
            <numerusform>%Ln contact was already in Sociocs as the file has it (not sent again).</numerusform>
            <numerusform>%Ln contacts were already in Sociocs as the file has them (not sent again).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln existing contacts were skipped (left as they are).</source>
        <translation>
            <numerusform>%Ln existing contact was skipped (left as it is).</numerusform>
            <numerusform>%Ln existing contacts were skipped (left as they are).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows were not sent because of problems in the file.</source>
        <translation>
            <numerusform>%Ln row was not sent because of problems in the file.</numerusform>
            <numerusform>%Ln rows were not sent because of problems in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows were not sent: the phone number repeats.</source>
        <translation>
            <numerusform>%Ln row was not sent: the phone number repeats.</numerusform>
            <numerusform>%Ln rows were not sent: the phone number repeats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows were refused by Sociocs (the report says why).</source>
        <translation>
            <numerusform>%Ln row was refused by Sociocs (the report says why).</numerusform>
            <numerusform>%Ln rows were refused by Sociocs (the report says why).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped — %Ln contacts were not sent yet; you can continue later</source>
        <translation>
            <numerusform>Stopped — %Ln contact was not sent yet; you can continue later</numerusform>
            <numerusform>Stopped — %Ln contacts were not sent yet; you can continue later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done — %Ln rows were refused</source>
        <translation>
            <numerusform>Done — %Ln row was refused</numerusform>
            <numerusform>Done — %Ln rows were refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done — %Ln rows could not be sent</source>
        <translation>
            <numerusform>Done — %Ln row could not be sent</numerusform>
            <numerusform>Done — %Ln rows could not be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done — %Ln contacts were sent</source>
        <translation>
            <numerusform>Done — %Ln contact was sent</numerusform>
            <numerusform>Done — %Ln contacts were sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows were not sent yet. {reason} Import the same file to the same list again to continue where it stopped.</source>
        <translation>
            <numerusform>%Ln row was not sent yet. {reason} Import the same file to the same list again to continue where it stopped.</numerusform>
            <numerusform>%Ln rows were not sent yet. {reason} Import the same file to the same list again to continue where it stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneTiles</name>
    <message numerus="yes">
        <source>uploaded</source>
        <translation>
            <numerusform>uploaded</numerusform>
            <numerusform>uploaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped</source>
        <translation>
            <numerusform>skipped</numerusform>
            <numerusform>skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>could not be sent</source>
        <translation>
            <numerusform>could not be sent</numerusform>
            <numerusform>could not be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not sent yet</source>
        <translation>
            <numerusform>not sent yet</numerusform>
            <numerusform>not sent yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <source>%Ln columns</source>
        <translation>
            <numerusform>%Ln column</numerusform>
            <numerusform>%Ln columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found {columns}. Below are the first %Ln rows; counting the others…</source>
        <translation>
            <numerusform>Found {columns}. Below is the first %Ln row; counting the others…</numerusform>
            <numerusform>Found {columns}. Below are the first %Ln rows; counting the others…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found {columns} and {rows} of contacts. Below are the first %Ln.</source>
        <translation>
            <numerusform>Found {columns} and {rows} of contacts. Below is the first %Ln.</numerusform>
            <numerusform>Found {columns} and {rows} of contacts. Below are the first %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeftOutLine</name>
    <message numerus="yes">
        <source>%Ln columns were added as extra fields.</source>
        <translation>
            <numerusform>%Ln column was added as an extra field.</numerusform>
            <numerusform>%Ln columns were added as extra fields.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Don&apos;t import them</source>
        <translation>
            <numerusform>&amp;Don&apos;t import it</numerusform>
            <numerusform>&amp;Don&apos;t import them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other columns are not imported.</source>
        <translation>
            <numerusform>%Ln other column is not imported.</numerusform>
            <numerusform>%Ln other columns are not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import them as extra fields</source>
        <translation>
            <numerusform>&amp;Import it as an extra field</numerusform>
            <numerusform>&amp;Import them as extra fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <source>%Ln lists in your account, and All Contacts.</source>
        <translation>
            <numerusform>%Ln list in your account, and All Contacts.</numerusform>
            <numerusform>%Ln lists in your account, and All Contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoPanelWords</name>
    <message numerus="yes">
        <source>Undone: %Ln contacts are back as they were before the import.</source>
        <translation>
            <numerusform>Undone: %Ln contact is back as it was before the import.</numerusform>
            <numerusform>Undone: %Ln contacts are back as they were before the import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts changed in Sociocs since the import were left as they are.</source>
        <translation>
            <numerusform>%Ln contact changed in Sociocs since the import was left as it is.</numerusform>
            <numerusform>%Ln contacts changed in Sociocs since the import were left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sociocs refused to restore %Ln contacts.</source>
        <translation>
            <numerusform>Sociocs refused to restore %Ln contact.</numerusform>
            <numerusform>Sociocs refused to restore %Ln contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadPage</name>
    <message numerus="yes">
        <source>Getting ready to send %Ln contacts…</source>
        <translation>
            <numerusform>Getting ready to send %Ln contact…</numerusform>
            <numerusform>Getting ready to send %Ln contacts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln contacts sent (batch {batch} of {batches})</source>
        <translation>
            <numerusform>{done} of %Ln contact sent (batch {batch} of {batches})</numerusform>
            <numerusform>{done} of %Ln contacts sent (batch {batch} of {batches})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadPageWords</name>
    <message numerus="yes">
        <source>%Ln contacts a second</source>
        <translation>
            <numerusform>%Ln contact a second</numerusform>
            <numerusform>%Ln contacts a second</numerusform>
        </translation>
    </message>
</context>
</TS>

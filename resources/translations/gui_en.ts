<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>FilePage</name>
    <message numerus="yes">
        <source>%Ln columns</source>
        <translation>
            <numerusform>%Ln column</numerusform>
            <numerusform>%Ln columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found {columns}. Below are the first %Ln rows.</source>
        <translation>
            <numerusform>Found {columns}. Below is the first row.</numerusform>
            <numerusform>Found {columns}. Below are the first %Ln rows.</numerusform>
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
        <source>%Ln lists found in your account.</source>
        <translation>
            <numerusform>%Ln list found in your account.</numerusform>
            <numerusform>%Ln lists found in your account.</numerusform>
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
    <name>_Words</name>
    <message numerus="yes">
        <source>%Ln contacts a second</source>
        <translation>
            <numerusform>%Ln contact a second</numerusform>
            <numerusform>%Ln contacts a second</numerusform>
        </translation>
    </message>
</context>
</TS>

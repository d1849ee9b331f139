<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Sociocs Contact Importer</source>
        <translation>Acerca de Sociocs Contact Importer</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>The language of the program; a new choice applies when it starts again.</source>
        <translation>El idioma del programa; una nueva elección se aplica cuando se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Closes this window.</source>
        <translation>Cierra esta ventana.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sociocs Contact Importer {version}&lt;/h3&gt;&lt;p&gt;Moves contacts from spreadsheets (Excel, LibreOffice, CSV) into Sociocs. Every good row goes in; every row that cannot go in is explained in plain words.&lt;/p&gt;&lt;p&gt;You can practice with the built-in sandbox first: nothing is sent to Sociocs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sociocs Contact Importer {version}&lt;/h3&gt;&lt;p&gt;Pasa contactos de hojas de cálculo (Excel, LibreOffice, CSV) a Sociocs. Cada fila correcta entra; cada fila que no puede entrar se explica con palabras sencillas.&lt;/p&gt;&lt;p&gt;Puede practicar primero con el entorno de práctica integrado: no se envía nada a Sociocs.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{language} (not installed)</source>
        <translation>{language} (no instalado)</translation>
    </message>
    <message>
        <source>{language} is not installed: its translation files are missing or damaged. The program keeps the language it speaks now ({current}). Installing the program again brings them back.</source>
        <translation>{language} no está instalado: faltan sus archivos de traducción o están dañados. El programa mantiene el idioma que usa ahora ({current}). Si vuelve a instalar el programa, se restablecen.</translation>
    </message>
</context>
<context>
    <name>AccountBadge</name>
    <message>
        <source>Practice sandbox</source>
        <translation>Sandbox de práctica</translation>
    </message>
    <message>
        <source>Nothing is sent to Sociocs.</source>
        <translation>No se envía nada a Sociocs.</translation>
    </message>
    <message>
        <source>Sociocs account</source>
        <translation>Cuenta de Sociocs</translation>
    </message>
    <message>
        <source>Key {start}</source>
        <translation>Clave {start}</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>Aún sin conectar</translation>
    </message>
    <message>
        <source>Connected to: {what}</source>
        <translation>Conectado a: {what}</translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <source>Back to &amp;Match columns</source>
        <translation>Volver a &amp;Asignar columnas</translation>
    </message>
    <message>
        <source>Most numbers look like &lt;b&gt;{country}&lt;/b&gt; numbers.</source>
        <translation>La mayoría de los números parecen de este país: &lt;b&gt;{country}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Use {country}</source>
        <translation>&amp;Usar {country}</translation>
    </message>
    <message>
        <source>Use &amp;row {row}</source>
        <translation>Usar la &amp;fila {row}</translation>
    </message>
    <message>
        <source>&amp;Use &quot;{column}&quot; as the phone number</source>
        <translation>&amp;Usar «{column}» como número de teléfono</translation>
    </message>
    <message>
        <source>&amp;Take the number from &quot;{fallback}&quot; when &quot;{phone}&quot; is empty</source>
        <translation>&amp;Tomar el número de «{fallback}» cuando «{phone}» esté vacío</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message numerus="yes">
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln más</numerusform>
            <numerusform>+%Ln más</numerusform>
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
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Name (old → new)</source>
        <translation>Nombre (antes → después)</translation>
    </message>
    <message>
        <source>Fields changed (old → new)</source>
        <translation>Campos cambiados (antes → después)</translation>
    </message>
    <message>
        <source>Fields lost</source>
        <translation>Campos perdidos</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>joins</source>
        <translation>se añade</translation>
    </message>
    <message>
        <source>already in</source>
        <translation>ya está</translation>
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
        <translation>Conservar la última fila (como haría Sociocs)</translation>
    </message>
    <message>
        <source>Keep the first row</source>
        <translation>Conservar la primera fila</translation>
    </message>
    <message>
        <source>Select a row to read its whole problem here. Double-click a phone or name to fix it.</source>
        <translation>Seleccione una fila para leer aquí el problema completo. Haga doble clic en un teléfono o un nombre para corregirlo.</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Sin número de teléfono</translation>
    </message>
    <message>
        <source>Not a phone number</source>
        <translation>No es un número de teléfono</translation>
    </message>
    <message>
        <source>Too few digits</source>
        <translation>Faltan dígitos</translation>
    </message>
    <message>
        <source>Too many digits</source>
        <translation>Sobran dígitos</translation>
    </message>
    <message>
        <source>Wrong number of digits</source>
        <translation>Cantidad de dígitos incorrecta</translation>
    </message>
    <message>
        <source>Unknown country code</source>
        <translation>Código de país desconocido</translation>
    </message>
    <message>
        <source>Area code missing</source>
        <translation>Falta el código de área</translation>
    </message>
    <message>
        <source>Number not known to be in use</source>
        <translation>Número que no consta como en uso</translation>
    </message>
    <message>
        <source>Not a possible number there</source>
        <translation>Número imposible en ese país</translation>
    </message>
    <message>
        <source>Placeholder, not a real number</source>
        <translation>Marcador, no es un número real</translation>
    </message>
    <message>
        <source>Digits lost by Excel (1.6E+10)</source>
        <translation>Dígitos perdidos por Excel (1,6E+10)</translation>
    </message>
    <message>
        <source>Digits lost by Excel (over 15)</source>
        <translation>Dígitos perdidos por Excel (más de 15)</translation>
    </message>
    <message>
        <source>Read from a spreadsheet number</source>
        <translation>Leído de un número de hoja de cálculo</translation>
    </message>
    <message>
        <source>Extension left out</source>
        <translation>Extensión omitida</translation>
    </message>
    <message>
        <source>Letters turned into digits</source>
        <translation>Letras convertidas en dígitos</translation>
    </message>
    <message>
        <source>Leading 0 put back</source>
        <translation>0 inicial restituido</translation>
    </message>
    <message>
        <source>Read with a country code</source>
        <translation>Leído con código de país</translation>
    </message>
    <message>
        <source>Valid only with a + added</source>
        <translation>Válido solo añadiendo un +</translation>
    </message>
    <message>
        <source>Not in use, even with a + added</source>
        <translation>Tampoco en uso con un + delante</translation>
    </message>
    <message>
        <source>Country code not the row&apos;s country</source>
        <translation>Prefijo de país distinto del país de la fila</translation>
    </message>
    <message>
        <source>Country not known</source>
        <translation>País desconocido</translation>
    </message>
    <message>
        <source>Several numbers in one cell</source>
        <translation>Varios números en una celda</translation>
    </message>
    <message>
        <source>Number from another column</source>
        <translation>Número tomado de otra columna</translation>
    </message>
    <message>
        <source>Phone number repeated</source>
        <translation>Número de teléfono repetido</translation>
    </message>
    <message>
        <source>Very long name</source>
        <translation>Nombre muy largo</translation>
    </message>
    <message>
        <source>Value that cannot be sent</source>
        <translation>Valor que no se puede enviar</translation>
    </message>
    <message>
        <source>Group name too long for a list</source>
        <translation>Nombre de grupo demasiado largo para una lista</translation>
    </message>
    <message>
        <source>Empty group name</source>
        <translation>Nombre de grupo vacío</translation>
    </message>
    <message>
        <source>Check data</source>
        <translation>Revisar datos</translation>
    </message>
    <message>
        <source>Every row is checked before anything is sent. Fix what you can here, or export the rows that cannot be sent and fix them in Excel.</source>
        <translation>Cada fila se revisa antes de enviar nada. Corrija aquí lo que pueda, o exporte las filas que no se pueden enviar y corríjalas en Excel.</translation>
    </message>
    <message>
        <source>Default country for phone numbers</source>
        <translation>País predeterminado de los números de teléfono</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as numbers of this country.</source>
        <translation>Los números de teléfono escritos sin código de país se leen como números de este país.</translation>
    </message>
    <message>
        <source>Which row to keep when a number repeats</source>
        <translation>Qué fila conservar cuando un número se repite</translation>
    </message>
    <message>
        <source>Of the rows with the same phone number, only one is sent.</source>
        <translation>De las filas con el mismo número de teléfono, solo se envía una.</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>&amp;País predeterminado:</translation>
    </message>
    <message>
        <source>Problems by kind</source>
        <translation>Problemas por tipo</translation>
    </message>
    <message>
        <source>When a phone number &amp;repeats:</source>
        <translation>Cuando un número se &amp;repite:</translation>
    </message>
    <message>
        <source>For numbers in ranges newer than the phone number data: they have the right number of digits, but the data does not know them as in use. Placeholders such as 000-000-0000 are never sent.</source>
        <translation>Para números de rangos más nuevos que los datos de números de teléfono: tienen la cantidad correcta de dígitos, pero los datos no los conocen como en uso. Los marcadores como 000-000-0000 nunca se envían.</translation>
    </message>
    <message>
        <source>Send numbers that cannot be verified</source>
        <translation>Enviar los números que no se pueden verificar</translation>
    </message>
    <message>
        <source>Checking progress</source>
        <translation>Progreso de la revisión</translation>
    </message>
    <message>
        <source>Show rows with this problem</source>
        <translation>Mostrar las filas con este problema</translation>
    </message>
    <message>
        <source>The table below shows only the rows with the chosen kind of problem.</source>
        <translation>La tabla de abajo muestra solo las filas con el tipo de problema elegido.</translation>
    </message>
    <message>
        <source>&amp;Export rows that cannot be sent…</source>
        <translation>&amp;Exportar las filas que no se pueden enviar…</translation>
    </message>
    <message>
        <source>Saves the rows with problems (not the repeated numbers) to an Excel file: fix them there, then import that file.</source>
        <translation>Guarda las filas con problemas (no los números repetidos) en un archivo de Excel: corríjalas allí y luego importe ese archivo.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>No rows need attention: every row is ready to send.</source>
        <translation>Ninguna fila requiere atención: todas están listas para enviar.</translation>
    </message>
    <message>
        <source>Choose a file and its columns first (go Back).</source>
        <translation>Elija primero un archivo y sus columnas (vuelva atrás).</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Revisando todas las filas…</translation>
    </message>
    <message>
        <source>Marking the numbers that cannot be verified as ready to send…</source>
        <translation>Marcando como listos para enviar los números que no se pueden verificar…</translation>
    </message>
    <message>
        <source>Marking the numbers that cannot be verified as not to be sent…</source>
        <translation>Marcando como no enviables los números que no se pueden verificar…</translation>
    </message>
    <message>
        <source>Reading the phone numbers again for the new country…</source>
        <translation>Volviendo a leer los números de teléfono para el nuevo país…</translation>
    </message>
    <message numerus="yes">
        <source>Checking every row… %Ln read so far</source>
        <translation>
            <numerusform>Revisando todas las filas… %Ln leída hasta ahora</numerusform>
            <numerusform>Revisando todas las filas… %Ln leídas hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>Many groups</source>
        <translation>Muchos grupos</translation>
    </message>
    <message>
        <source>&amp;Make them lists</source>
        <translation>&amp;Convertirlos en listas</translation>
    </message>
    <message>
        <source>&amp;No, keep the column as text</source>
        <translation>&amp;No, mantener la columna como texto</translation>
    </message>
    <message>
        <source>The file could not be checked</source>
        <translation>No se pudo revisar el archivo</translation>
    </message>
    <message>
        <source>Recognised: {layout}.</source>
        <translation>Reconocido: {layout}.</translation>
    </message>
    <message>
        <source>All rows that need attention</source>
        <translation>Todas las filas que requieren atención</translation>
    </message>
    <message>
        <source>{problem} ({count})</source>
        <translation>{problem} ({count})</translation>
    </message>
    <message>
        <source>Saving &quot;{file}&quot;…</source>
        <translation>Guardando «{file}»…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln rows to &quot;{file}&quot;. Fix them there, then import that file.</source>
        <translation>
            <numerusform>Se guardó %Ln fila en «{file}». Corríjala allí y luego importe ese archivo.</numerusform>
            <numerusform>Se guardaron %Ln filas en «{file}». Corríjalas allí y luego importe ese archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows could not be exported</source>
        <translation>No se pudieron exportar las filas</translation>
    </message>
    <message>
        <source>{file} - rows to fix</source>
        <translation>{file} - filas por corregir</translation>
    </message>
    <message>
        <source>Export rows that cannot be sent</source>
        <translation>Exportar las filas que no se pueden enviar</translation>
    </message>
</context>
<context>
    <name>CheckPageWords</name>
    <message numerus="yes">
        <source>All %Ln cards checked.</source>
        <translation>
            <numerusform>La tarjeta está revisada.</numerusform>
            <numerusform>Las %Ln tarjetas están revisadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rows checked.</source>
        <translation>
            <numerusform>La fila está revisada.</numerusform>
            <numerusform>Las %Ln filas están revisadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln cards can be sent.</source>
        <translation>
            <numerusform>La única tarjeta no se puede enviar.</numerusform>
            <numerusform>Ninguna de las %Ln tarjetas se puede enviar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln rows can be sent.</source>
        <translation>
            <numerusform>La única fila no se puede enviar.</numerusform>
            <numerusform>Ninguna de las %Ln filas se puede enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers without a country code are read as &lt;b&gt;{country}&lt;/b&gt; (+{code}) numbers.</source>
        <translation>Los números sin código de país se leen con el país predeterminado: &lt;b&gt;{country}&lt;/b&gt; (+{code}).</translation>
    </message>
    <message>
        <source>Numbers without a country code are read in each row&apos;s country (column {column}); rows without one: &lt;b&gt;{country}&lt;/b&gt; (+{code}).</source>
        <translation>Los números sin prefijo de país se leen en el país de cada fila (columna {column}); filas sin país: &lt;b&gt;{country}&lt;/b&gt; (+{code}).</translation>
    </message>
    <message>
        <source>Countries found: {countries}</source>
        <translation>Países encontrados: {countries}</translation>
    </message>
    <message numerus="yes">
        <source>Send the numbers that cannot be &amp;verified (%Ln rows)</source>
        <translation>
            <numerusform>&amp;Enviar el número que no se puede verificar (%Ln fila)</numerusform>
            <numerusform>&amp;Enviar los números que no se pueden verificar (%Ln filas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%Ln more kinds (see Show below)</source>
        <translation>
            <numerusform>+%Ln tipo más (vea «Mostrar» abajo)</numerusform>
            <numerusform>+%Ln tipos más (vea «Mostrar» abajo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the numbers that cannot be &amp;verified: none to send — the %Ln rows are valid {country} numbers</source>
        <translation>
            <numerusform>Enviar los números que no se pueden &amp;verificar: ninguno que enviar — la %Ln fila es un número válido de {country}</numerusform>
            <numerusform>Enviar los números que no se pueden &amp;verificar: ninguno que enviar — las %Ln filas son números válidos de {country}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckTiles</name>
    <message numerus="yes">
        <source>ready to send</source>
        <translation>
            <numerusform>lista para enviar</numerusform>
            <numerusform>listas para enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ready with a note</source>
        <translation>
            <numerusform>lista con una nota</numerusform>
            <numerusform>listas con una nota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot be sent</source>
        <translation>
            <numerusform>no se puede enviar</numerusform>
            <numerusform>no se pueden enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>duplicates</source>
        <translation>
            <numerusform>duplicado</numerusform>
            <numerusform>duplicados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareBox</name>
    <message>
        <source>Comparing with Sociocs</source>
        <translation>Comparando con Sociocs</translation>
    </message>
    <message>
        <source>S&amp;top comparing</source>
        <translation>De&amp;tener la comparación</translation>
    </message>
    <message>
        <source>Nothing has been sent. The upload compares again before sending.</source>
        <translation>No se ha enviado nada. La subida vuelve a comparar antes de enviar.</translation>
    </message>
    <message>
        <source>Compare a&amp;gain</source>
        <translation>Comparar de nue&amp;vo</translation>
    </message>
    <message>
        <source>Read the contacts in Sociocs again.</source>
        <translation>Vuelve a leer los contactos de Sociocs.</translation>
    </message>
    <message>
        <source>Comparing with Sociocs…</source>
        <translation>Comparando con Sociocs…</translation>
    </message>
    <message>
        <source>Stopping once Sociocs answers…</source>
        <translation>Se detendrá en cuanto Sociocs responda…</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>&lt;b&gt;Continue the import of {file}&lt;/b&gt; ({done} of {total} done): an earlier upload of this file to this list stopped before the end. It follows the comparison made then; the rows already sent are skipped.</source>
        <translation>&lt;b&gt;Continuar la importación de {file}&lt;/b&gt; ({done} de {total} hechas): una subida anterior de este archivo a esta lista se detuvo antes del final. Sigue la comparación hecha entonces; las filas ya enviadas se omiten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file} changed after an upload of it to this list stopped&lt;/b&gt; ({done} of {total} done). That upload can go on with the rows as they were checked then, or the file can be imported as it is now. Choose one:</source>
        <translation>&lt;b&gt;{file} cambió después de que se detuviera una subida de este archivo a esta lista&lt;/b&gt; ({done} de {total} hechas). Esa subida puede continuar con las filas tal como se comprobaron entonces, o el archivo puede importarse tal como está ahora. Elija una opción:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. This is what will happen.</source>
        <translation>Todavía no se ha enviado nada. Esto es lo que va a pasar.</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>&amp;Start over: compare again and send every row</source>
        <translation>&amp;Empezar de nuevo: comparar otra vez y enviar todas las filas</translation>
    </message>
    <message>
        <source>The rows sent before are compared again and sent if they differ.</source>
        <translation>Las filas enviadas antes se comparan de nuevo y se envían si difieren.</translation>
    </message>
    <message>
        <source>&amp;I understand that these fields are removed from Sociocs</source>
        <translation>&amp;Entiendo que estos campos se eliminan de Sociocs</translation>
    </message>
    <message>
        <source>Existing contacts that change</source>
        <translation>Contactos existentes que cambian</translation>
    </message>
    <message>
        <source>Each existing contact the upload changes, with its old and new values.</source>
        <translation>Cada contacto existente que la subida cambia, con sus valores anteriores y nuevos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Existing contacts that change&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contactos existentes que cambian&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consent.&lt;/b&gt; WhatsApp and SMS allow messages only to people who agreed to receive them.</source>
        <translation>&lt;b&gt;Consentimiento.&lt;/b&gt; WhatsApp y los SMS solo permiten escribir a personas que aceptaron recibir mensajes.</translation>
    </message>
    <message>
        <source>I confirm that these contacts agreed to be &amp;contacted by this Sociocs account</source>
        <translation>Confirmo que estos contactos ace&amp;ptaron ser contactados por esta cuenta de Sociocs</translation>
    </message>
    <message>
        <source>Upload can be clicked once this is ticked. The answer is kept in the import history and the report.</source>
        <translation>Se puede hacer clic en Subir cuando esto esté marcado. La respuesta se guarda en el historial de importaciones y en el informe.</translation>
    </message>
    <message>
        <source>Continue &amp;that upload with the rows as they were checked then (the changes to the file are not sent: import it again afterwards to send them)</source>
        <translation>Con&amp;tinuar esa subida con las filas tal como se comprobaron entonces (los cambios del archivo no se envían: impórtelo de nuevo después para enviarlos)</translation>
    </message>
    <message>
        <source>Import the file as it is &amp;now (compared with Sociocs, so what was sent is not sent again unless it changed; the upload that stopped is closed and can still be undone)</source>
        <translation>Importar el archivo tal como está a&amp;hora (se compara con Sociocs, así que lo enviado no se vuelve a enviar salvo que haya cambiado; la subida detenida se cierra y aún puede deshacerse)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contacts already in Sociocs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contactos que ya están en Sociocs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Keep their fields: the file&apos;s values replace theirs, what the file leaves empty or does not have stays (recommended)</source>
        <translation>&amp;Conservar sus campos: los valores del archivo reemplazan los suyos, lo que el archivo deja vacío o no tiene se queda (recomendado)</translation>
    </message>
    <message>
        <source>&amp;Replace them: their name and every extra field become the file&apos;s (Sociocs&apos;s own behaviour)</source>
        <translation>&amp;Reemplazarlos: su nombre y cada campo adicional pasan a ser los del archivo (el comportamiento propio de Sociocs)</translation>
    </message>
    <message>
        <source>Ski&amp;p them: leave existing contacts as they are</source>
        <translation>&amp;Omitirlos: los contactos existentes se quedan como están</translation>
    </message>
    <message>
        <source>Still add the skipped contacts to the &amp;list</source>
        <translation>Añadir igualmente los contactos omitidos a la &amp;lista</translation>
    </message>
    <message>
        <source>They join the list; none of their values changes.</source>
        <translation>Se añaden a la lista; ninguno de sus valores cambia.</translation>
    </message>
    <message>
        <source>None of these contacts is in Sociocs yet.</source>
        <translation>Ninguno de estos contactos está todavía en Sociocs.</translation>
    </message>
    <message>
        <source>No row can be sent: go back and check the file.</source>
        <translation>No se puede enviar ninguna fila: vuelva atrás y revise el archivo.</translation>
    </message>
    <message>
        <source>The file was not compared with Sociocs. The upload compares it before it sends anything.</source>
        <translation>El archivo no se comparó con Sociocs. La subida lo compara antes de enviar nada.</translation>
    </message>
    <message>
        <source>Upload can be clicked once this is ticked.</source>
        <translation>Se puede hacer clic en Subir cuando esto esté marcado.</translation>
    </message>
    <message>
        <source>Select a row to read its whole change here: every old and new value.</source>
        <translation>Seleccione una fila para leer aquí el cambio completo: cada valor anterior y nuevo.</translation>
    </message>
    <message>
        <source>Start over instead of continuing</source>
        <translation>Empezar de nuevo en lugar de continuar</translation>
    </message>
</context>
<context>
    <name>ConfirmPageWords</name>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln cards&lt;/b&gt; are ready to send to the list &lt;b&gt;{list}&lt;/b&gt;.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln tarjeta&lt;/b&gt; está lista para enviar a la lista &lt;b&gt;{list}&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;%Ln tarjetas&lt;/b&gt; están listas para enviar a la lista &lt;b&gt;{list}&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln rows&lt;/b&gt; are ready to send to the list &lt;b&gt;{list}&lt;/b&gt;.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln fila&lt;/b&gt; está lista para enviar a la lista &lt;b&gt;{list}&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;%Ln filas&lt;/b&gt; están listas para enviar a la lista &lt;b&gt;{list}&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln contacts&lt;/b&gt; will be sent to the list &lt;b&gt;{list}&lt;/b&gt;: {new} new, {updated} updated.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln contacto&lt;/b&gt; se enviará a la lista &lt;b&gt;{list}&lt;/b&gt;: {new} nuevos, {updated} actualizados.</numerusform>
            <numerusform>&lt;b&gt;%Ln contactos&lt;/b&gt; se enviarán a la lista &lt;b&gt;{list}&lt;/b&gt;: {new} nuevos, {updated} actualizados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln contacts&lt;/b&gt; will be sent, each once: {new} new, {updated} updated. The lists they join are below.</source>
        <translation>
            <numerusform>Se enviará &lt;b&gt;%Ln contacto&lt;/b&gt;: {new} nuevo, {updated} actualizado. Las listas a las que se une están abajo.</numerusform>
            <numerusform>Se enviarán &lt;b&gt;%Ln contactos&lt;/b&gt;, cada uno una vez: {new} nuevos, {updated} actualizados. Las listas a las que se unen están abajo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts are already in Sociocs as the file has them: they are not sent again.</source>
        <translation>
            <numerusform>%Ln contacto ya está en Sociocs tal como lo tiene el archivo: no se vuelve a enviar.</numerusform>
            <numerusform>%Ln contactos ya están en Sociocs tal como los tiene el archivo: no se vuelven a enviar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln existing contacts are skipped (left as they are in Sociocs).</source>
        <translation>
            <numerusform>%Ln contacto existente se omite (se queda como está en Sociocs).</numerusform>
            <numerusform>%Ln contactos existentes se omiten (se quedan como están en Sociocs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards cannot be sent because of problems (they are listed in the report).</source>
        <translation>
            <numerusform>%Ln tarjeta no se puede enviar por problemas (figura en el informe).</numerusform>
            <numerusform>%Ln tarjetas no se pueden enviar por problemas (figuran en el informe).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows cannot be sent because of problems (they are listed in the report).</source>
        <translation>
            <numerusform>%Ln fila no se puede enviar por problemas (figura en el informe).</numerusform>
            <numerusform>%Ln filas no se pueden enviar por problemas (figuran en el informe).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards repeat a phone number found on another card and are not sent.</source>
        <translation>
            <numerusform>%Ln tarjeta repite un número de teléfono de otra tarjeta y no se envía.</numerusform>
            <numerusform>%Ln tarjetas repiten un número de teléfono de otra tarjeta y no se envían.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows repeat a phone number found in another row and are not sent.</source>
        <translation>
            <numerusform>%Ln fila repite un número de teléfono de otra fila y no se envía.</numerusform>
            <numerusform>%Ln filas repiten un número de teléfono de otra fila y no se envían.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them go with a note (a leading 0 put back, an extension left out …); the report says what.</source>
        <translation>
            <numerusform>%Ln de ellas va con una nota (un 0 inicial restituido, una extensión omitida…); el informe indica cuál.</numerusform>
            <numerusform>%Ln de ellas van con una nota (un 0 inicial restituido, una extensión omitida…); el informe indica cuál.</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers without a country code were read as &lt;b&gt;{country}&lt;/b&gt; (+{code}) numbers.</source>
        <translation>Los números sin código de país se leyeron con el país predeterminado: &lt;b&gt;{country}&lt;/b&gt; (+{code}).</translation>
    </message>
    <message>
        <source>Numbers without a country code were read in each row&apos;s country; rows without one: &lt;b&gt;{country}&lt;/b&gt; (+{code}).</source>
        <translation>Los números sin prefijo de país se leyeron en el país de cada fila; filas sin país: &lt;b&gt;{country}&lt;/b&gt; (+{code}).</translation>
    </message>
    <message>
        <source>The numbers go to: {countries}.</source>
        <translation>Los números van a: {countries}.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln numbers that cannot be verified are sent&lt;/b&gt;, as you chose on Check data.</source>
        <translation>
            <numerusform>&lt;b&gt;Se envía %Ln número que no se puede verificar&lt;/b&gt;, como eligió en Revisar datos.</numerusform>
            <numerusform>&lt;b&gt;Se envían %Ln números que no se pueden verificar&lt;/b&gt;, como eligió en Revisar datos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Please read:&lt;/b&gt; %Ln existing contacts will lose extra fields the file does not have (see “Fields lost” below). Undo on the last page can bring them back.</source>
        <translation>
            <numerusform>&lt;b&gt;Lea esto:&lt;/b&gt; %Ln contacto existente perderá campos adicionales que el archivo no tiene (vea «Campos perdidos» abajo). Deshacer en la última página puede recuperarlos.</numerusform>
            <numerusform>&lt;b&gt;Lea esto:&lt;/b&gt; %Ln contactos existentes perderán campos adicionales que el archivo no tiene (vea «Campos perdidos» abajo). Deshacer en la última página puede recuperarlos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Tell the program which Sociocs account to use.</source>
        <translation>Indique qué cuenta de Sociocs se va a usar.</translation>
    </message>
    <message>
        <source>To add contacts to your Sociocs account, this program needs your account&apos;s &lt;b&gt;API key&lt;/b&gt;: a long code that lets a program act for you, like a password.</source>
        <translation>Para añadir contactos a su cuenta de Sociocs, este programa necesita la &lt;b&gt;clave de API&lt;/b&gt; de su cuenta: un código largo que permite a un programa actuar en su nombre, como una contraseña.</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vanzado</translation>
    </message>
    <message>
        <source>Shows or hides the API address, for special set-ups.</source>
        <translation>Muestra u oculta la dirección de API, para configuraciones especiales.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Dirección de API</translation>
    </message>
    <message>
        <source>Where Sociocs answers; leave it as it is unless Sociocs told you otherwise.</source>
        <translation>Dónde responde Sociocs; déjela como está salvo que Sociocs le indique otra cosa.</translation>
    </message>
    <message>
        <source>API a&amp;ddress:</source>
        <translation>&amp;Dirección de API:</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Conviene saber</translation>
    </message>
    <message>
        <source>Nothing is sent before you confirm.</source>
        <translation>No se envía nada antes de que usted lo confirme.</translation>
    </message>
    <message>
        <source>Every row is checked first; what cannot be sent is explained in plain words.</source>
        <translation>Primero se revisa cada fila; lo que no se puede enviar se explica con palabras claras.</translation>
    </message>
    <message>
        <source>An upload can be stopped and continued later; nothing sent is lost.</source>
        <translation>Un envío se puede detener y continuar más tarde; no se pierde nada de lo enviado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Just trying it out?&lt;/b&gt; Practice with a sandbox: a pretend Sociocs that runs on this computer. You can go through every step with your own file or our sample, and nothing is sent to Sociocs.</source>
        <translation>&lt;b&gt;¿Solo quiere probar?&lt;/b&gt; Practique con un entorno de práctica: un Sociocs simulado que funciona en este equipo. Puede recorrer todos los pasos con su propio archivo o con nuestro ejemplo, y no se envía nada a Sociocs.</translation>
    </message>
    <message>
        <source>&amp;Practice with a sandbox</source>
        <translation>&amp;Practicar con un entorno de práctica</translation>
    </message>
    <message>
        <source>Start a pretend Sociocs on this computer; nothing is sent to Sociocs.</source>
        <translation>Inicia un Sociocs simulado en este equipo; no se envía nada a Sociocs.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; opens as soon as you are connected.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; se abre en cuanto esté conectado.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Paste your API key here</source>
        <translation>Pegue aquí su clave de API</translation>
    </message>
    <message>
        <source>A long code from the Sociocs web app, under Profile and settings, then API.</source>
        <translation>Un código largo de la aplicación web de Sociocs, en Perfil y configuración, luego API.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>Mostrar la clave de API</translation>
    </message>
    <message>
        <source>Shows or hides the characters of the key.</source>
        <translation>Muestra u oculta los caracteres de la clave.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Recordar en este equipo</translation>
    </message>
    <message>
        <source>Keeps the key in this computer&apos;s password store, so that next time the program connects by itself.</source>
        <translation>Guarda la clave en el almacén de contraseñas de este equipo, para que la próxima vez el programa se conecte solo.</translation>
    </message>
    <message>
        <source>This computer has no safe place to keep the key, so it will not be saved. You will need to paste it again next time.</source>
        <translation>Este equipo no tiene un lugar seguro donde guardar la clave, así que no se guardará. Tendrá que pegarla de nuevo la próxima vez.</translation>
    </message>
    <message>
        <source>&amp;Where do I find it?</source>
        <translation>¿&amp;Dónde la encuentro?</translation>
    </message>
    <message>
        <source>Shows or hides how to find the key in the Sociocs web app.</source>
        <translation>Muestra u oculta cómo encontrar la clave en la aplicación web de Sociocs.</translation>
    </message>
    <message>
        <source>&lt;ol style=&apos;margin-left: -20px&apos;&gt;&lt;li&gt;Sign in to the Sociocs web app.&lt;/li&gt;&lt;li&gt;Open &lt;b&gt;Profile &amp;amp; settings&lt;/b&gt;, then &lt;b&gt;API&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the key shown there and paste it above.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&apos;margin-left: -20px&apos;&gt;&lt;li&gt;Inicie sesión en la aplicación web de Sociocs.&lt;/li&gt;&lt;li&gt;Abra &lt;b&gt;Perfil y configuración&lt;/b&gt; y luego &lt;b&gt;API&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copie la clave que aparece allí y péguela arriba.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Checks that Sociocs accepts the key; nothing is sent.</source>
        <translation>Comprueba que Sociocs acepta la clave; no se envía nada.</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>&amp;Historial de importaciones…</translation>
    </message>
    <message>
        <source>The imports of the last weeks: their reports, and Undo (once connected).</source>
        <translation>Las importaciones de las últimas semanas: sus informes y Deshacer (una vez conectado).</translation>
    </message>
    <message>
        <source>Paste your API key first.</source>
        <translation>Pegue primero su clave de API.</translation>
    </message>
    <message>
        <source>Check the API address under Advanced.</source>
        <translation>Revise la dirección de API en Avanzado.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation>Ocultar la clave de API</translation>
    </message>
    <message>
        <source>Starting the practice sandbox…</source>
        <translation>Iniciando el entorno de práctica…</translation>
    </message>
    <message>
        <source>Stop &amp;practicing</source>
        <translation>Dejar de &amp;practicar</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the practice sandbox — %Ln contact lists found</source>
        <translation>
            <numerusform>Conectado al entorno de práctica — %Ln lista de contactos encontrada</numerusform>
            <numerusform>Conectado al entorno de práctica — %Ln listas de contactos encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected — %Ln contact lists found</source>
        <translation>
            <numerusform>Conectado — %Ln lista de contactos encontrada</numerusform>
            <numerusform>Conectado — %Ln listas de contactos encontradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation>&amp;Abrir el informe</translation>
    </message>
    <message>
        <source>Every row with what happened to it (Excel file).</source>
        <translation>Cada fila con lo que pasó con ella (archivo de Excel).</translation>
    </message>
    <message>
        <source>Open fol&amp;der</source>
        <translation>Abrir la &amp;carpeta</translation>
    </message>
    <message>
        <source>The folder that holds the report.</source>
        <translation>La carpeta donde está el informe.</translation>
    </message>
    <message>
        <source>&amp;Import another file</source>
        <translation>&amp;Importar otro archivo</translation>
    </message>
    <message>
        <source>Goes back to Choose file; the connection to Sociocs is kept.</source>
        <translation>Vuelve a Elegir archivo; se mantiene la conexión con Sociocs.</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>&amp;Historial de importaciones…</translation>
    </message>
    <message>
        <source>The imports of the last weeks: their reports, Undo and Forget.</source>
        <translation>Las importaciones de las últimas semanas: sus informes, Deshacer y Olvidar.</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>la lista</translation>
    </message>
    <message>
        <source>The report is saved as: {path}</source>
        <translation>El informe se guardó como: {path}</translation>
    </message>
    <message>
        <source>No report could be written.</source>
        <translation>No se pudo escribir ningún informe.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lists&lt;/b&gt;</source>
        <translation>&lt;b&gt;Listas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>La importación se deshizo.</translation>
    </message>
</context>
<context>
    <name>DonePageWords</name>
    <message>
        <source>the practice sandbox&apos;s list &lt;b&gt;{list}&lt;/b&gt; (nothing was sent to Sociocs)</source>
        <translation>la lista &lt;b&gt;{list}&lt;/b&gt; del entorno de práctica (no se envió nada a Sociocs)</translation>
    </message>
    <message>
        <source>their lists in the practice sandbox (nothing was sent to Sociocs; the lists are below)</source>
        <translation>sus listas del entorno de práctica (no se envió nada a Sociocs; las listas están abajo)</translation>
    </message>
    <message>
        <source>their lists in Sociocs (below)</source>
        <translation>sus listas de Sociocs (abajo)</translation>
    </message>
    <message>
        <source>No contacts were sent to {where}.</source>
        <translation>No se envió ningún contacto a {where}.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; contacts are now in {where}.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; contacto está ahora en {where}.</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; contactos están ahora en {where}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them went with a note (a leading 0 put back, an extension left out …): the report says what.</source>
        <translation>
            <numerusform>%Ln de ellas fue con una nota (un 0 inicial restituido, una extensión omitida…): el informe indica cuál.</numerusform>
            <numerusform>%Ln de ellas fueron con una nota (un 0 inicial restituido, una extensión omitida…): el informe indica cuál.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them had a number that cannot be verified, sent as you chose on Check data.</source>
        <translation>
            <numerusform>%Ln de ellas tenía un número que no se puede verificar, enviado como eligió en Revisar datos.</numerusform>
            <numerusform>%Ln de ellas tenían un número que no se puede verificar, enviado como eligió en Revisar datos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts were already in Sociocs as the file has them (not sent again).</source>
        <translation>
            <numerusform>%Ln contacto ya estaba en Sociocs tal como lo tiene el archivo (no se volvió a enviar).</numerusform>
            <numerusform>%Ln contactos ya estaban en Sociocs tal como los tiene el archivo (no se volvieron a enviar).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln existing contacts were skipped (left as they are).</source>
        <translation>
            <numerusform>%Ln contacto existente se omitió (se quedó como estaba).</numerusform>
            <numerusform>%Ln contactos existentes se omitieron (se quedaron como estaban).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards were not sent because of problems in the file.</source>
        <translation>
            <numerusform>%Ln tarjeta no se envió por problemas en el archivo.</numerusform>
            <numerusform>%Ln tarjetas no se enviaron por problemas en el archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows were not sent because of problems in the file.</source>
        <translation>
            <numerusform>%Ln fila no se envió por problemas en el archivo.</numerusform>
            <numerusform>%Ln filas no se enviaron por problemas en el archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards were not sent: the phone number repeats.</source>
        <translation>
            <numerusform>%Ln tarjeta no se envió: el número de teléfono se repite.</numerusform>
            <numerusform>%Ln tarjetas no se enviaron: el número de teléfono se repite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows were not sent: the phone number repeats.</source>
        <translation>
            <numerusform>%Ln fila no se envió: el número de teléfono se repite.</numerusform>
            <numerusform>%Ln filas no se enviaron: el número de teléfono se repite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards were refused by Sociocs (below: which, and why).</source>
        <translation>
            <numerusform>Sociocs rechazó %Ln tarjeta (abajo: cuál y por qué).</numerusform>
            <numerusform>Sociocs rechazó %Ln tarjetas (abajo: cuáles y por qué).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows were refused by Sociocs (below: which, and why).</source>
        <translation>
            <numerusform>Sociocs rechazó %Ln fila (abajo: cuál y por qué).</numerusform>
            <numerusform>Sociocs rechazó %Ln filas (abajo: cuáles y por qué).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped — %Ln contacts were not sent yet; you can continue later</source>
        <translation>
            <numerusform>Detenido — %Ln contacto aún no se ha enviado; puede continuar más tarde</numerusform>
            <numerusform>Detenido — %Ln contactos aún no se han enviado; puede continuar más tarde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done — %Ln cards were refused</source>
        <translation>
            <numerusform>Listo — se rechazó %Ln tarjeta</numerusform>
            <numerusform>Listo — se rechazaron %Ln tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done — %Ln rows were refused</source>
        <translation>
            <numerusform>Listo — se rechazó %Ln fila</numerusform>
            <numerusform>Listo — se rechazaron %Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done — %Ln cards could not be sent</source>
        <translation>
            <numerusform>Listo — no se pudo enviar %Ln tarjeta</numerusform>
            <numerusform>Listo — no se pudieron enviar %Ln tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done — %Ln rows could not be sent</source>
        <translation>
            <numerusform>Listo — no se pudo enviar %Ln fila</numerusform>
            <numerusform>Listo — no se pudieron enviar %Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Done — no contact needed to be sent</source>
        <translation>Listo — no hacía falta enviar ningún contacto</translation>
    </message>
    <message numerus="yes">
        <source>Done — %Ln contacts were sent</source>
        <translation>
            <numerusform>Listo — se envió %Ln contacto</numerusform>
            <numerusform>Listo — se enviaron %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>What happened to each card</source>
        <translation>Qué pasó con cada tarjeta</translation>
    </message>
    <message>
        <source>What happened to each row</source>
        <translation>Qué pasó con cada fila</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviadas</translation>
    </message>
    <message>
        <source>sent with a note</source>
        <translation>enviadas con una nota</translation>
    </message>
    <message>
        <source>already in Sociocs as in the file</source>
        <translation>ya estaban en Sociocs como en el archivo</translation>
    </message>
    <message>
        <source>existing contacts left alone</source>
        <translation>contactos existentes sin tocar</translation>
    </message>
    <message>
        <source>phone number repeats</source>
        <translation>número de teléfono repetido</translation>
    </message>
    <message>
        <source>problems in the file</source>
        <translation>problemas en el archivo</translation>
    </message>
    <message>
        <source>refused by Sociocs</source>
        <translation>rechazadas por Sociocs</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>aún sin enviar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards were not sent yet. {reason} Import the same file to the same list again to continue where it stopped.</source>
        <translation>
            <numerusform>%Ln tarjeta no se ha enviado todavía. {reason} Importe el mismo archivo a la misma lista para continuar donde se detuvo.</numerusform>
            <numerusform>%Ln tarjetas no se han enviado todavía. {reason} Importe el mismo archivo a la misma lista para continuar donde se detuvo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows were not sent yet. {reason} Import the same file to the same list again to continue where it stopped.</source>
        <translation>
            <numerusform>%Ln fila no se ha enviado todavía. {reason} Importe el mismo archivo a la misma lista para continuar donde se detuvo.</numerusform>
            <numerusform>%Ln filas no se han enviado todavía. {reason} Importe el mismo archivo a la misma lista para continuar donde se detuvo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneTiles</name>
    <message numerus="yes">
        <source>uploaded</source>
        <translation>
            <numerusform>subido</numerusform>
            <numerusform>subidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped</source>
        <translation>
            <numerusform>omitido</numerusform>
            <numerusform>omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>could not be sent</source>
        <translation>
            <numerusform>no se pudo enviar</numerusform>
            <numerusform>no se pudieron enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not sent yet</source>
        <translation>
            <numerusform>aún sin enviar</numerusform>
            <numerusform>aún sin enviar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop a spreadsheet here</source>
        <translation>Suelte aquí una hoja de cálculo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Drag your spreadsheet here&lt;/b&gt;</source>
        <translation>&lt;b&gt;Arrastre aquí su hoja de cálculo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose a spreadsheet on this computer</source>
        <translation>Elegir una hoja de cálculo de este equipo</translation>
    </message>
    <message>
        <source>Files you can use: Excel (.xlsx, .xlsm, .xls) · OpenDocument (.ods) · CSV or text (.csv, .tsv, .txt) · vCard contacts (.vcf)</source>
        <translation>Archivos que puede usar: Excel (.xlsx, .xlsm, .xls) · OpenDocument (.ods) · CSV o texto (.csv, .tsv, .txt) · contactos vCard (.vcf)</translation>
    </message>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong that the program did not expect. Nothing was sent to Sociocs because of it. Please try again; if it happens again, click &quot;Copy details&quot; and send the text to your IT contact.</source>
        <translation>Ocurrió algo que el programa no esperaba. Por ello no se envió nada a Sociocs. Vuelva a intentarlo; si vuelve a ocurrir, haga clic en «Copiar detalles» y envíe el texto a su contacto de informática.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>FallbackChooser</name>
    <message>
        <source>Column to use when the phone number is empty</source>
        <translation>Columna que se usa cuando el número de teléfono está vacío</translation>
    </message>
    <message>
        <source>If the phone number is &amp;empty, use:</source>
        <translation>Si el número de teléfono está &amp;vacío, usar:</translation>
    </message>
    <message>
        <source>Nothing: the row cannot be sent</source>
        <translation>Nada: la fila no se puede enviar</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>No file chosen yet.</source>
        <translation>Todavía no se eligió ningún archivo.</translation>
    </message>
    <message>
        <source>Step 1 of 3: opening the file…</source>
        <translation>Paso 1 de 3: abriendo el archivo…</translation>
    </message>
    <message>
        <source>Step 2 of 3: looking at its sheets…</source>
        <translation>Paso 2 de 3: examinando sus hojas…</translation>
    </message>
    <message>
        <source>Step 3 of 3: reading the first rows (a big file can take a moment)…</source>
        <translation>Paso 3 de 3: leyendo las primeras filas (un archivo grande puede tardar un poco)…</translation>
    </message>
    <message>
        <source>{sheet} (hidden)</source>
        <translation>{sheet} (oculta)</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Elegir archivo</translation>
    </message>
    <message>
        <source>Pick the spreadsheet with your contacts. You will see its first rows below.</source>
        <translation>Elija la hoja de cálculo con sus contactos. Verá sus primeras filas abajo.</translation>
    </message>
    <message>
        <source>Use the &amp;sample file</source>
        <translation>Usar el archivo de &amp;ejemplo</translation>
    </message>
    <message>
        <source>First rows of the sheet</source>
        <translation>Primeras filas de la hoja</translation>
    </message>
    <message>
        <source>The column titles and the first rows, as the program reads them.</source>
        <translation>Los títulos de las columnas y las primeras filas, tal como los lee el programa.</translation>
    </message>
    <message>
        <source>The first rows of the file will show here.</source>
        <translation>Aquí aparecerán las primeras filas del archivo.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>The sheet of the workbook that holds the contacts.</source>
        <translation>La hoja del libro que contiene los contactos.</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>Row with the column titles</source>
        <translation>Fila con los títulos de columna</translation>
    </message>
    <message>
        <source>The rows below this one are the contacts.</source>
        <translation>Las filas debajo de esta son los contactos.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Column &amp;titles are in row:</source>
        <translation>Los &amp;títulos de columna están en la fila:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>(you chose it)</source>
        <translation>(elegida por usted)</translation>
    </message>
    <message>
        <source>(no title row found: every row is a contact)</source>
        <translation>(no se encontró fila de títulos: cada fila es un contacto)</translation>
    </message>
    <message>
        <source>(found automatically)</source>
        <translation>(detectada automáticamente)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln columns</source>
        <translation>
            <numerusform>%Ln columna</numerusform>
            <numerusform>%Ln columnas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found {columns}. Below are the first %Ln rows; counting the others…</source>
        <translation>
            <numerusform>Se encontraron {columns}. Abajo está la primera fila; contando las demás…</numerusform>
            <numerusform>Se encontraron {columns}. Abajo están las primeras %Ln filas; contando las demás…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found {columns} and {rows} of contacts. Below are the first %Ln.</source>
        <translation>
            <numerusform>Se encontraron {columns} y {rows} de contactos. Abajo está la primera.</numerusform>
            <numerusform>Se encontraron {columns} y {rows} de contactos. Abajo están las primeras %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found {columns} and {rows} of contacts.</source>
        <translation>Se encontraron {columns} y {rows} de contactos.</translation>
    </message>
    <message numerus="yes">
        <source>Below are the first %Ln contact cards; counting the others…</source>
        <translation>
            <numerusform>Abajo está la primera tarjeta de contacto; contando las demás…</numerusform>
            <numerusform>Abajo están las primeras %Ln tarjetas de contacto; contando las demás…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact cards</source>
        <translation>
            <numerusform>%Ln tarjeta de contacto</numerusform>
            <numerusform>%Ln tarjetas de contacto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found {cards}. Below are the first %Ln.</source>
        <translation>
            <numerusform>Se encontraron {cards}. Abajo está la primera.</numerusform>
            <numerusform>Se encontraron {cards}. Abajo están las primeras %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found {cards}.</source>
        <translation>Se encontraron {cards}.</translation>
    </message>
</context>
<context>
    <name>GroupsLine</name>
    <message>
        <source>::: (as Google writes labels)</source>
        <translation>::: (como Google escribe las etiquetas)</translation>
    </message>
    <message>
        <source>; semicolon</source>
        <translation>; punto y coma</translation>
    </message>
    <message>
        <source>, comma</source>
        <translation>, coma</translation>
    </message>
    <message>
        <source>| vertical bar</source>
        <translation>| barra vertical</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un salto de línea</translation>
    </message>
    <message>
        <source>nothing: one group per cell</source>
        <translation>nada: un grupo por celda</translation>
    </message>
    <message>
        <source>What separates several groups in a cell</source>
        <translation>Qué separa varios grupos en una celda</translation>
    </message>
    <message>
        <source>Each group becomes a Sociocs list its contacts join.</source>
        <translation>Cada grupo se convierte en una lista de Sociocs a la que se unen sus contactos.</translation>
    </message>
    <message>
        <source>&amp;Groups in a cell are separated by:</source>
        <translation>Los &amp;grupos de una celda se separan con:</translation>
    </message>
    <message>
        <source>Found in the file: {separator}</source>
        <translation>Encontrado en el archivo: {separator}</translation>
    </message>
    <message>
        <source>No group in the first rows.</source>
        <translation>Ningún grupo en las primeras filas.</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln groups&lt;/b&gt; in the first rows: {names}</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln grupo&lt;/b&gt; en las primeras filas: {names}</numerusform>
            <numerusform>&lt;b&gt;%Ln grupos&lt;/b&gt; en las primeras filas: {names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Historial de importaciones</translation>
    </message>
    <message>
        <source>The imports of the last {days} days, newest first. Each can be undone while it is listed; forgetting one deletes its backup.</source>
        <translation>Las importaciones de los últimos {days} días, las más recientes primero. Cada una puede deshacerse mientras figure en la lista; olvidar una borra su copia de seguridad.</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>Importaciones anteriores</translation>
    </message>
    <message>
        <source>Date, file, list, what each import did, and whether it was undone.</source>
        <translation>Fecha, archivo, lista, qué hizo cada importación y si se deshizo.</translation>
    </message>
    <message>
        <source>Report and backup of the selected import</source>
        <translation>Informe y copia de seguridad de la importación seleccionada</translation>
    </message>
    <message>
        <source>Where the selected import&apos;s report and backup are saved.</source>
        <translation>Dónde están guardados el informe y la copia de seguridad de la importación seleccionada.</translation>
    </message>
    <message>
        <source>Open &amp;report</source>
        <translation>Abrir el &amp;informe</translation>
    </message>
    <message>
        <source>Opens the report of the selected import.</source>
        <translation>Abre el informe de la importación elegida.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>Deletes the selected import&apos;s backup: it can no longer be undone.</source>
        <translation>Borra la copia de seguridad de la importación elegida: ya no se puede deshacer.</translation>
    </message>
    <message>
        <source>Forget &amp;all</source>
        <translation>Olvidar &amp;todas</translation>
    </message>
    <message>
        <source>Deletes every listed import&apos;s backup: none can be undone any more.</source>
        <translation>Borra las copias de seguridad de todas las importaciones de la lista: ninguna se podrá deshacer.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Closes the import history.</source>
        <translation>Cierra el historial de importaciones.</translation>
    </message>
    <message>
        <source>Connect to Sociocs first to undo an import.</source>
        <translation>Conéctese primero a Sociocs para deshacer una importación.</translation>
    </message>
    <message>
        <source>Report: {path}</source>
        <translation>Informe: {path}</translation>
    </message>
    <message>
        <source>No report was saved for this import.</source>
        <translation>No se guardó ningún informe de esta importación.</translation>
    </message>
    <message>
        <source>Backup: {path}</source>
        <translation>Copia de seguridad: {path}</translation>
    </message>
    <message>
        <source>Lists (contacts added to each): {lists}</source>
        <translation>Listas (contactos añadidos a cada una): {lists}</translation>
    </message>
    <message>
        <source>You confirmed that these contacts agreed to be contacted.</source>
        <translation>Usted confirmó que estos contactos aceptaron ser contactados.</translation>
    </message>
    <message>
        <source>Consent was not asked (an import made before the question was added).</source>
        <translation>No se preguntó por el consentimiento (una importación anterior a esta pregunta).</translation>
    </message>
    <message>
        <source>Forget the import of {file}? It can then no longer be undone.</source>
        <translation>¿Olvidar la importación de {file}? Después ya no se podrá deshacer.</translation>
    </message>
    <message>
        <source>Forget every import listed? None of them can then be undone.</source>
        <translation>¿Olvidar todas las importaciones de la lista? Después ninguna se podrá deshacer.</translation>
    </message>
    <message>
        <source>Forget imports</source>
        <translation>Olvidar importaciones</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>deshecha</translation>
    </message>
    <message>
        <source>partly undone</source>
        <translation>deshecha en parte</translation>
    </message>
    <message>
        <source>The lists of this import, with their contacts: {lists}</source>
        <translation>Las listas de esta importación, con sus contactos: {lists}</translation>
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
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>The program is still working. Open {file} once it has finished, or after you stopped it.</source>
        <translation>El programa todavía está trabajando. Abra {file} cuando termine o después de detenerlo.</translation>
    </message>
    <message>
        <source>The program is still working on {current}. Open {file} once it has finished, or after you stopped it.</source>
        <translation>El programa todavía está trabajando en {current}. Abra {file} cuando termine o después de detenerlo.</translation>
    </message>
    <message>
        <source>Open {file} instead? What you chose for {current} is dropped.</source>
        <translation>¿Abrir {file} en su lugar? Lo que eligió para {current} se descarta.</translation>
    </message>
    <message>
        <source>Open another file?</source>
        <translation>¿Abrir otro archivo?</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <source>{step}. {what}</source>
        <translation>{step}. {what}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The program will speak {language} when it starts again. Restart it now?</source>
        <translation>El programa hablará {language} cuando se vuelva a iniciar. ¿Reiniciarlo ahora?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Close the importer?</source>
        <translation>¿Cerrar el importador?</translation>
    </message>
    <message>
        <source>{warning}

Do you want to close the importer?</source>
        <translation>{warning}

¿Quiere cerrar el importador?</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Seguir trabajando</translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Phone as typed</source>
        <translation>Teléfono original</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Fixed — ready to send</source>
        <translation>Corregido: listo para enviar</translation>
    </message>
    <message>
        <source>Card {card}: {problems}</source>
        <translation>Tarjeta {card}: {problems}</translation>
    </message>
    <message>
        <source>Row {row}: {problems}</source>
        <translation>Fila {row}: {problems}</translation>
    </message>
</context>
<context>
    <name>IssuesTable</name>
    <message>
        <source>Rows that need attention</source>
        <translation>Filas que requieren atención</translation>
    </message>
    <message>
        <source>Double-click a phone number or a name to correct it.</source>
        <translation>Haga doble clic en un número de teléfono o un nombre para corregirlo.</translation>
    </message>
</context>
<context>
    <name>JobPrompts</name>
    <message>
        <source>Stopping and saving progress…</source>
        <translation>Deteniendo y guardando el progreso…</translation>
    </message>
</context>
<context>
    <name>LeftOutLine</name>
    <message numerus="yes">
        <source>%Ln columns were added as extra fields.</source>
        <translation>
            <numerusform>Se añadió %Ln columna como campo adicional.</numerusform>
            <numerusform>Se añadieron %Ln columnas como campos adicionales.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Don&apos;t import them</source>
        <translation>
            <numerusform>&amp;No importarla</numerusform>
            <numerusform>&amp;No importarlas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other columns are not imported.</source>
        <translation>
            <numerusform>%Ln columna más no se importa.</numerusform>
            <numerusform>%Ln columnas más no se importan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import them as extra fields</source>
        <translation>
            <numerusform>&amp;Importarla como campo adicional</numerusform>
            <numerusform>&amp;Importarlas como campos adicionales</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>{list} — every contact in your account</source>
        <translation>{list} — todos los contactos de su cuenta</translation>
    </message>
    <message>
        <source>{list}   (list number {number})</source>
        <translation>{list}   (lista número {number})</translation>
    </message>
    <message>
        <source>Choose list</source>
        <translation>Elegir lista</translation>
    </message>
    <message>
        <source>The contacts are added to this list (and always to All Contacts).</source>
        <translation>Los contactos se añaden a esta lista (y siempre a All Contacts).</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Contact lists</source>
        <translation>Listas de contactos</translation>
    </message>
    <message>
        <source>The contacts are added to the selected list.</source>
        <translation>Los contactos se añaden a la lista seleccionada.</translation>
    </message>
    <message>
        <source>&amp;Lists in your account:</source>
        <translation>&amp;Listas de su cuenta:</translation>
    </message>
    <message>
        <source>Name of the new list</source>
        <translation>Nombre de la nueva lista</translation>
    </message>
    <message>
        <source>e.g. Customers May 2024</source>
        <translation>p. ej. Clientes mayo 2024</translation>
    </message>
    <message>
        <source>&amp;Create list</source>
        <translation>&amp;Crear lista</translation>
    </message>
    <message>
        <source>Creates a list in your account with the name typed beside it.</source>
        <translation>Crea en su cuenta una lista con el nombre escrito al lado.</translation>
    </message>
    <message>
        <source>List number typed in</source>
        <translation>Número de lista escrito</translation>
    </message>
    <message>
        <source>e.g. 10001</source>
        <translation>p. ej. 10001</translation>
    </message>
    <message>
        <source>If your list is not shown, type its number (you find it in the list&apos;s address in the Sociocs web app).</source>
        <translation>Si su lista no aparece, escriba su número (lo encuentra en la dirección de la lista en la aplicación web de Sociocs).</translation>
    </message>
    <message>
        <source>Create a ne&amp;w list:</source>
        <translation>Crear una lista &amp;nueva:</translation>
    </message>
    <message>
        <source>Or type a list n&amp;umber:</source>
        <translation>O escriba un 193	O escriba un número de lista:número de lista:</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Conviene saber</translation>
    </message>
    <message>
        <source>Next, the file is compared with the contacts already in Sociocs; nothing is sent before you confirm.</source>
        <translation>A continuación, el archivo se compara con los contactos que ya están en Sociocs; no se envía nada antes de que usted lo confirme.</translation>
    </message>
    <message>
        <source>A phone number is one contact: a contact already in the list is not added twice.</source>
        <translation>Un número de teléfono es un contacto: un contacto que ya está en la lista no se añade dos veces.</translation>
    </message>
    <message>
        <source>Create list makes the list in your account at once, even if you stop before uploading.</source>
        <translation>«Crear lista» crea la lista en su cuenta de inmediato, aunque usted se detenga antes de subir los contactos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Each group of the column {column} becomes its own list&lt;/b&gt; (shown on Confirm). The rows without a group go to the list you choose here.</source>
        <translation>&lt;b&gt;Cada grupo de la columna {column} se convierte en su propia lista&lt;/b&gt; (se muestra en Confirmar). Las filas sin grupo van a la lista que elija aquí.</translation>
    </message>
    <message>
        <source>Connect to Sociocs first (go back to the first step).</source>
        <translation>Conéctese primero a Sociocs (vuelva al primer paso).</translation>
    </message>
    <message>
        <source>Fetching your contact lists from Sociocs…</source>
        <translation>Obteniendo sus listas de contactos de Sociocs…</translation>
    </message>
    <message>
        <source>{problem} You can still choose All Contacts or type a list number.</source>
        <translation>{problem} Igualmente puede elegir All Contacts o escribir un número de lista.</translation>
    </message>
    <message>
        <source>Your account has no lists of its own yet: use All Contacts or create one.</source>
        <translation>Su cuenta todavía no tiene listas propias: use All Contacts o cree una.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lists in your account, and All Contacts.</source>
        <translation>
            <numerusform>%Ln lista en su cuenta, además de All Contacts.</numerusform>
            <numerusform>%Ln listas en su cuenta, además de All Contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the list &quot;{list}&quot;…</source>
        <translation>Creando la lista «{list}»…</translation>
    </message>
    <message>
        <source>List &quot;{list}&quot; created.</source>
        <translation>Lista «{list}» creada.</translation>
    </message>
    <message>
        <source>The list could not be created</source>
        <translation>No se pudo crear la lista</translation>
    </message>
    <message>
        <source>list #{number}</source>
        <translation>lista n.º {number}</translation>
    </message>
    <message>
        <source>The list this import went to is no longer in your account. Choose a list.</source>
        <translation>La lista a la que fue esta importación ya no está en su cuenta. Elija una lista.</translation>
    </message>
</context>
<context>
    <name>ListsBoxWords</name>
    <message>
        <source>&lt;b&gt;Lists&lt;/b&gt; (one for each group in the file)</source>
        <translation>&lt;b&gt;Listas&lt;/b&gt; (una por cada grupo del archivo)</translation>
    </message>
    <message>
        <source>Contacts per list</source>
        <translation>Contactos por lista</translation>
    </message>
    <message>
        <source>They are created when you click Upload — nothing is created before. Rows without a group go to the list chosen on Choose list.</source>
        <translation>Se crean cuando hace clic en Subir; antes no se crea nada. Las filas sin grupo van a la lista elegida en Elegir lista.</translation>
    </message>
    <message>
        <source>Every group is a list your account already has: no list is created. Rows without a group go to the list chosen on Choose list.</source>
        <translation>Cada grupo es una lista que su cuenta ya tiene: no se crea ninguna lista. Las filas sin grupo van a la lista elegida en Elegir lista.</translation>
    </message>
    <message>
        <source>{list} (rows without a group)</source>
        <translation>{list} (filas sin grupo)</translation>
    </message>
    <message>
        <source>{list} (new)</source>
        <translation>{list} (nueva)</translation>
    </message>
    <message>
        <source>{list}: {count}</source>
        <translation>{list}: {count}</translation>
    </message>
    <message>
        <source>Contacts in their list already: {lists}.</source>
        <translation>Contactos que ya están en su lista: {lists}.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more lists.</source>
        <translation>
            <numerusform>… y %Ln lista más.</numerusform>
            <numerusform>… y %Ln listas más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in your file</source>
        <translation>Columna de su archivo</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Field name in Sociocs</source>
        <translation>Nombre del campo en Sociocs</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Extra field</source>
        <translation>Campo adicional</translation>
    </message>
    <message>
        <source>Country of the row</source>
        <translation>País de la fila</translation>
    </message>
    <message>
        <source>Lists (the row&apos;s groups)</source>
        <translation>Listas (los grupos de la fila)</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>No importar</translation>
    </message>
    <message>
        <source>Double-click to change the field name</source>
        <translation>Haga doble clic para cambiar el nombre del campo</translation>
    </message>
    <message>
        <source>Numbers without a country code are read in this column&apos;s country. With a field name the country is also saved in Sociocs; leave it empty to not save it.</source>
        <translation>Los números sin prefijo de país se leen en el país de esta columna. Con un nombre de campo, el país también se guarda en Sociocs; déjelo vacío para no guardarlo.</translation>
    </message>
    <message>
        <source>Each group in this column becomes a Sociocs list its contacts join. With a field name the groups are also saved as text in Sociocs; leave it empty to not save them.</source>
        <translation>Cada grupo de esta columna se convierte en una lista de Sociocs a la que se unen sus contactos. Con un nombre de campo, los grupos también se guardan como texto en Sociocs; déjelo vacío para no guardarlos.</translation>
    </message>
</context>
<context>
    <name>MappingOverview</name>
    <message>
        <source>&lt;b&gt;No column is chosen for the phone number yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Todavía no se eligió ninguna columna para el número de teléfono.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phone number:&lt;/b&gt; {column}</source>
        <translation>&lt;b&gt;Número de teléfono:&lt;/b&gt; {column}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Name:&lt;/b&gt; {columns}</source>
        <translation>&lt;b&gt;Nombre:&lt;/b&gt; {columns}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Name:&lt;/b&gt; none (contacts are saved without a name)</source>
        <translation>&lt;b&gt;Nombre:&lt;/b&gt; ninguno (los contactos se guardan sin nombre)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Country of each row:&lt;/b&gt; {column}</source>
        <translation>&lt;b&gt;País de cada fila:&lt;/b&gt; {column}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lists (groups):&lt;/b&gt; {column}</source>
        <translation>&lt;b&gt;Listas (grupos):&lt;/b&gt; {column}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match columns</source>
        <translation>Asignar columnas</translation>
    </message>
    <message>
        <source>Choose what each column of your file becomes in Sociocs.</source>
        <translation>Elija en qué se convierte en Sociocs cada columna de su archivo.</translation>
    </message>
    <message>
        <source>Tell the program what each column of your file holds. Only the &lt;b&gt;phone number&lt;/b&gt; is required. Columns set to &lt;i&gt;Extra field&lt;/i&gt; are saved in Sociocs under the field name shown (you can change it); &lt;i&gt;Don&apos;t import&lt;/i&gt; leaves a column out.</source>
        <translation>Indique qué contiene cada columna de su archivo. Solo el &lt;b&gt;número de teléfono&lt;/b&gt; es obligatorio. Las columnas marcadas como &lt;i&gt;Campo adicional&lt;/i&gt; se guardan en Sociocs con el nombre de campo indicado (puede cambiarlo); &lt;i&gt;No importar&lt;/i&gt; deja fuera una columna.</translation>
    </message>
    <message>
        <source>Column choices</source>
        <translation>Asignación de columnas</translation>
    </message>
    <message>
        <source>One row for each column of the file: its title, examples of its values and what it becomes in Sociocs.</source>
        <translation>Una fila por cada columna del archivo: su título, ejemplos de sus valores y en qué se convierte en Sociocs.</translation>
    </message>
    <message>
        <source>&amp;Load template…</source>
        <translation>&amp;Cargar plantilla…</translation>
    </message>
    <message>
        <source>Uses column choices saved earlier in a template file.</source>
        <translation>Usa una asignación de columnas guardada antes en un archivo de plantilla.</translation>
    </message>
    <message>
        <source>Sa&amp;ve as template…</source>
        <translation>&amp;Guardar como plantilla…</translation>
    </message>
    <message>
        <source>Saves these column choices in a file, for other files with the same columns.</source>
        <translation>Guarda esta asignación de columnas en un archivo, para otros archivos con las mismas columnas.</translation>
    </message>
    <message>
        <source>These choices are the ones you made last time for a file with the same columns.</source>
        <translation>Esta es la asignación que hizo la última vez para un archivo con las mismas columnas.</translation>
    </message>
    <message>
        <source>The program guessed these choices from the column titles and values. Check them.</source>
        <translation>El programa dedujo esta asignación a partir de los títulos y valores de las columnas. Revísela.</translation>
    </message>
    <message>
        <source>Recognised: {layout}. The columns are matched for you; check them if you like.</source>
        <translation>Reconocido: {layout}. Las columnas se asignaron por usted; revíselas si quiere.</translation>
    </message>
    <message>
        <source>Every column has a valid choice.</source>
        <translation>Todas las columnas tienen una asignación válida.</translation>
    </message>
    <message>
        <source>Template not loaded</source>
        <translation>Plantilla no cargada</translation>
    </message>
    <message>
        <source>These choices come from the template &quot;{file}&quot;.</source>
        <translation>Esta asignación viene de la plantilla «{file}».</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Plantilla no guardada</translation>
    </message>
    <message>
        <source>Saved these choices as &quot;{file}&quot;.</source>
        <translation>Asignación guardada como «{file}».</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>The API key was refused</source>
        <translation>Se rechazó la clave de API</translation>
    </message>
    <message>
        <source>Sociocs no longer accepts the API key (it may have been deleted or replaced). Everything sent so far is kept. Paste a new key to continue, or stop and continue later. You find the key in the Sociocs web app under Profile &amp; settings → API.</source>
        <translation>Sociocs ya no acepta la clave de API (puede que se haya borrado o sustituido). Todo lo enviado hasta ahora se conserva. Pegue una clave nueva para continuar, o deténgase y continúe más tarde. Encontrará la clave en la aplicación web de Sociocs, en Perfil y configuración → API.</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nueva clave de API</translation>
    </message>
    <message>
        <source>Paste the new API key here</source>
        <translation>Pegue aquí la nueva clave de API</translation>
    </message>
    <message>
        <source>New API &amp;key:</source>
        <translation>Nueva &amp;clave de API:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Stop and save progress</source>
        <translation>&amp;Detener y guardar el progreso</translation>
    </message>
    <message>
        <source>Goes on with the upload using this key.</source>
        <translation>Continúa la subida con esta clave.</translation>
    </message>
    <message>
        <source>Stops the upload; what was sent is kept and it can be continued later.</source>
        <translation>Detiene la subida; lo enviado se conserva y se puede continuar más tarde.</translation>
    </message>
</context>
<context>
    <name>OpenFileDialog</name>
    <message>
        <source>Spreadsheets and contacts (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.vcf);;Excel (*.xlsx *.xlsm *.xls);;OpenDocument (*.ods);;CSV or text (*.csv *.tsv *.txt);;vCard contacts (*.vcf);;All files (*)</source>
        <translation>Hojas de cálculo y contactos (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.vcf);;Excel (*.xlsx *.xlsm *.xls);;OpenDocument (*.ods);;CSV o texto (*.csv *.tsv *.txt);;Contactos vCard (*.vcf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Elija una hoja de cálculo</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice mode — nothing is sent to Sociocs</source>
        <translation>Modo de práctica — no se envía nada a Sociocs</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Column {letter}: {title}</source>
        <translation>Columna {letter}: {title}</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>{done} of {total} sent in {time}</source>
        <translation>{done} de {total} enviados en {time}</translation>
    </message>
</context>
<context>
    <name>ReportLocationBox</name>
    <message>
        <source>No program on this computer opens Excel files (.xlsx), so the report could not be opened. It is saved here:&lt;br&gt;&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;&lt;br&gt;&lt;br&gt;Open it with a spreadsheet program (Excel, LibreOffice Calc, Google Sheets).</source>
        <translation>Ningún programa de este equipo abre archivos de Excel (.xlsx), así que no se pudo abrir el informe. Está guardado aquí:&lt;br&gt;&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;&lt;br&gt;&lt;br&gt;Ábralo con un programa de hojas de cálculo (Excel, LibreOffice Calc, Google Sheets).</translation>
    </message>
    <message>
        <source>The folder could not be opened either. The report is in this folder:&lt;br&gt;&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;&lt;br&gt;&lt;br&gt;named &lt;b&gt;{file}&lt;/b&gt;. Copy the path and paste it into your file manager or spreadsheet program.</source>
        <translation>Tampoco se pudo abrir la carpeta. El informe está en esta carpeta:&lt;br&gt;&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;&lt;br&gt;&lt;br&gt;con el nombre &lt;b&gt;{file}&lt;/b&gt;. Copie la ruta y péguela en su explorador de archivos o en su programa de hojas de cálculo.</translation>
    </message>
    <message>
        <source>Report not opened</source>
        <translation>Informe no abierto</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>Co&amp;piar la ruta</translation>
    </message>
    <message>
        <source>Opens the folder that holds the report.</source>
        <translation>Abre la carpeta que contiene el informe.</translation>
    </message>
    <message>
        <source>Copies the report&apos;s full path.</source>
        <translation>Copia la ruta completa del informe.</translation>
    </message>
    <message>
        <source>Closes this message.</source>
        <translation>Cierra este mensaje.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>ResumeBanner</name>
    <message>
        <source>&lt;b&gt;Continue the import of {file}&lt;/b&gt; ({done} of {total} done) to the list &lt;b&gt;{list}&lt;/b&gt;? It stopped before the end; the rows already sent are skipped.</source>
        <translation>¿&lt;b&gt;Continuar la importación de {file}&lt;/b&gt; ({done} de {total} hechas) a la lista &lt;b&gt;{list}&lt;/b&gt;? Se detuvo antes del final; las filas ya enviadas se omiten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Continue the import of {file}&lt;/b&gt; ({done} of {total} done)? It stopped before the end; the rows already sent are skipped.</source>
        <translation>¿&lt;b&gt;Continuar la importación de {file}&lt;/b&gt; ({done} de {total} hechas)? Se detuvo antes del final; las filas ya enviadas se omiten.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Not no&amp;w</source>
        <translation>A&amp;hora no</translation>
    </message>
    <message>
        <source>Continue the import of {file}</source>
        <translation>Continuar la importación de {file}</translation>
    </message>
</context>
<context>
    <name>RetryBanner</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>Tries again at once instead of waiting for the countdown.</source>
        <translation>Vuelve a intentarlo de inmediato, sin esperar a que termine la cuenta atrás.</translation>
    </message>
    <message>
        <source>Waiting for Sociocs — try {attempt}, next in {time}</source>
        <translation>Esperando a Sociocs — intento {attempt}, el siguiente en {time}</translation>
    </message>
    <message>
        <source>{reason} The program tries again by itself and nothing is lost; you can also stop now and continue later.</source>
        <translation>{reason} El programa vuelve a intentarlo por sí solo y no se pierde nada; también puede detenerse ahora y continuar más tarde.</translation>
    </message>
</context>
<context>
    <name>RetryDialog</name>
    <message>
        <source>Sociocs asked us to slow down</source>
        <translation>Sociocs nos pidió ir más despacio</translation>
    </message>
    <message>
        <source>Sociocs is having trouble</source>
        <translation>Sociocs tiene problemas</translation>
    </message>
    <message>
        <source>Cannot reach Sociocs</source>
        <translation>No se puede conectar con Sociocs</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>&amp;Seguir esperando</translation>
    </message>
    <message>
        <source>Tries again at once.</source>
        <translation>Vuelve a intentarlo de inmediato.</translation>
    </message>
    <message>
        <source>Waits until the countdown ends, then tries again.</source>
        <translation>Espera a que termine la cuenta atrás y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>&amp;Stop and save progress</source>
        <translation>&amp;Detener y guardar el progreso</translation>
    </message>
    <message>
        <source>Everything sent so far is kept. Next time you open this file, the program offers to continue where it stopped.</source>
        <translation>Todo lo enviado hasta ahora se conserva. La próxima vez que abra este archivo, el programa le ofrecerá continuar donde se detuvo.</translation>
    </message>
</context>
<context>
    <name>RoleCombo</name>
    <message>
        <source>Press Space to open the list of choices.</source>
        <translation>Pulse Espacio para abrir la lista de opciones.</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message>
        <source>Import column {column} as</source>
        <translation>Importar la columna {column} como</translation>
    </message>
</context>
<context>
    <name>RowsFileDialog</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps of the import</source>
        <translation>Pasos de la importación</translation>
    </message>
    <message>
        <source>Step {number} of {count}: {name}</source>
        <translation>Paso {number} de {count}: {name}</translation>
    </message>
</context>
<context>
    <name>TemplateFileDialog</name>
    <message>
        <source>Mapping templates (*.json);;All files (*)</source>
        <translation>Plantillas de asignación (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Load a mapping template</source>
        <translation>Cargar una plantilla de asignación</translation>
    </message>
    <message>
        <source>Save the mapping template</source>
        <translation>Guardar la plantilla de asignación</translation>
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
        <translation>Deshacer esta importación</translation>
    </message>
    <message>
        <source>The account is already as it was.</source>
        <translation>La cuenta ya está como estaba.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undoes the import; contacts changed since are left as they are.</source>
        <translation>Deshace la importación; los contactos cambiados desde entonces se quedan como están.</translation>
    </message>
    <message>
        <source>Undo &amp;those too</source>
        <translation>Deshacer &amp;también esos</translation>
    </message>
    <message>
        <source>Also put back contacts changed in Sociocs since the import: those changes are lost.</source>
        <translation>Restaurar también los contactos cambiados en Sociocs desde la importación: esos cambios se pierden.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Nothing is undone.</source>
        <translation>No se deshace nada.</translation>
    </message>
</context>
<context>
    <name>UndoPanel</name>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Deshacer esta importación</translation>
    </message>
    <message>
        <source>Delete the contacts this import created and give the contacts it changed their earlier name and fields back.</source>
        <translation>Borrar los contactos que creó esta importación y devolver a los que cambió su nombre y sus campos anteriores.</translation>
    </message>
    <message>
        <source>Undo progress</source>
        <translation>Progreso de deshacer</translation>
    </message>
    <message>
        <source>Reading what Sociocs holds now…</source>
        <translation>Leyendo lo que Sociocs contiene ahora…</translation>
    </message>
</context>
<context>
    <name>UndoPanelWords</name>
    <message numerus="yes">
        <source>%Ln contacts were deleted (they were new).</source>
        <translation>
            <numerusform>Se eliminó %Ln contacto (era nuevo).</numerusform>
            <numerusform>Se eliminaron %Ln contactos (eran nuevos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts were restored as they were before the import.</source>
        <translation>
            <numerusform>Se restauró %Ln contacto como estaba antes de la importación.</numerusform>
            <numerusform>Se restauraron %Ln contactos como estaban antes de la importación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts were taken out of the list (they were in Sociocs before).</source>
        <translation>
            <numerusform>Se quitó %Ln contacto de la lista (ya estaba en Sociocs).</numerusform>
            <numerusform>Se quitaron %Ln contactos de la lista (ya estaban en Sociocs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts were already as before the import.</source>
        <translation>
            <numerusform>%Ln contacto ya estaba como antes de la importación.</numerusform>
            <numerusform>%Ln contactos ya estaban como antes de la importación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needed undoing.</source>
        <translation>No había nada que deshacer.</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Deshecho: {what}</translation>
    </message>
    <message>
        <source>Nothing was undone yet.</source>
        <translation>Aún no se ha deshecho nada.</translation>
    </message>
    <message>
        <source>Partly undone: {what}</source>
        <translation>Deshecho en parte: {what}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts changed in Sociocs since the import were left as they are.</source>
        <translation>
            <numerusform>%Ln contacto cambiado en Sociocs desde la importación se quedó como está.</numerusform>
            <numerusform>%Ln contactos cambiados en Sociocs desde la importación se quedaron como están.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts are not undone yet: Sociocs did not confirm the change. Undo this import again to continue.</source>
        <translation>
            <numerusform>%Ln contacto aún no se ha deshecho: Sociocs no confirmó el cambio. Deshaga esta importación de nuevo para continuar.</numerusform>
            <numerusform>%Ln contactos aún no se han deshecho: Sociocs no confirmó el cambio. Deshaga esta importación de nuevo para continuar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsentBox</name>
    <message>
        <source>&amp;Export these rows…</source>
        <translation>&amp;Exportar estas filas…</translation>
    </message>
    <message>
        <source>Saves these rows, with every column of your file and why each did not go, to an Excel file: fix them there, then import that file.</source>
        <translation>Guarda estas filas, con todas las columnas de su archivo y el motivo por el que cada una no se envió, en un archivo de Excel: corríjalas allí y luego importe ese archivo.</translation>
    </message>
    <message>
        <source>Rows that did not go</source>
        <translation>Filas que no se enviaron</translation>
    </message>
    <message>
        <source>Each row that was not sent: its row, the phone as typed and why.</source>
        <translation>Cada fila que no se envió: su número, el teléfono como está en el archivo y el motivo.</translation>
    </message>
    <message>
        <source>Select a row to read here why it did not go, in full.</source>
        <translation>Seleccione una fila para leer aquí, completo, por qué no se envió.</translation>
    </message>
    <message>
        <source>{file} - rows not sent</source>
        <translation>{file} - filas no enviadas</translation>
    </message>
    <message>
        <source>Export the rows that did not go</source>
        <translation>Exportar las filas que no se enviaron</translation>
    </message>
    <message>
        <source>Saving &quot;{file}&quot;…</source>
        <translation>Guardando «{file}»…</translation>
    </message>
    <message>
        <source>The rows could not be exported</source>
        <translation>No se pudieron exportar las filas</translation>
    </message>
</context>
<context>
    <name>UnsentModel</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Phone as typed</source>
        <translation>Teléfono original</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Why it did not go</source>
        <translation>Por qué no se envió</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
</context>
<context>
    <name>UnsentWords</name>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln cards did not go&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln tarjeta no se envió&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln tarjetas no se enviaron&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln rows did not go&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln fila no se envió&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln filas no se enviaron&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln rows to &quot;{file}&quot;.</source>
        <translation>
            <numerusform>Se guardó %Ln fila en «{file}».</numerusform>
            <numerusform>Se guardaron %Ln filas en «{file}».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadPage</name>
    <message>
        <source>Upload</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>You can use other programs meanwhile. Stopping or closing keeps what was sent.</source>
        <translation>Mientras tanto puede usar otros programas. Detener o cerrar conserva lo ya enviado.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Progreso de la subida</translation>
    </message>
    <message>
        <source>Contacts sent over time</source>
        <translation>Contactos enviados a lo largo del tiempo</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause or resume the upload</source>
        <translation>Pausar o reanudar la subida</translation>
    </message>
    <message>
        <source>Pauses after the current batch; click again to go on.</source>
        <translation>Pausa tras el lote actual; haga clic de nuevo para seguir.</translation>
    </message>
    <message>
        <source>&amp;Stop and save progress</source>
        <translation>&amp;Detener y guardar el progreso</translation>
    </message>
    <message>
        <source>Stops after the current batch. What was sent is kept; you can continue later.</source>
        <translation>Se detiene tras el lote actual. Lo enviado se conserva; puede continuar más tarde.</translation>
    </message>
    <message>
        <source>Nothing to send yet: go back and check the file first.</source>
        <translation>Todavía no hay nada que enviar: vuelva atrás y revise primero el archivo.</translation>
    </message>
    <message>
        <source>First, the file is compared with the contacts in Sociocs.</source>
        <translation>Primero, el archivo se compara con los contactos de Sociocs.</translation>
    </message>
    <message numerus="yes">
        <source>Getting ready to send %Ln contacts…</source>
        <translation>
            <numerusform>Preparando el envío de %Ln contacto…</numerusform>
            <numerusform>Preparando el envío de %Ln contactos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending to {list}…</source>
        <translation>Enviando a {list}…</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln contacts sent (batch {batch} of {batches})</source>
        <translation>
            <numerusform>{done} de %Ln contacto enviado (lote {batch} de {batches})</numerusform>
            <numerusform>{done} de %Ln contactos enviados (lote {batch} de {batches})</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused. Click Resume to go on.</source>
        <translation>En pausa. Haga clic en Reanudar para seguir.</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>la lista</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Pausing after the current batch…</source>
        <translation>Pausando tras el lote actual…</translation>
    </message>
    <message>
        <source>Stopping after the current batch; progress is saved…</source>
        <translation>Deteniendo tras el lote actual; el progreso se guarda…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>The report could not be written</source>
        <translation>No se pudo escribir el informe</translation>
    </message>
    <message>
        <source>All contacts were sent.</source>
        <translation>Se enviaron todos los contactos.</translation>
    </message>
    <message>
        <source>The upload could not start</source>
        <translation>No se pudo iniciar la subida</translation>
    </message>
    <message>
        <source>Contacts are being sent right now. If you close, the upload stops after the current batch. Nothing already sent is lost: next time you import this file to the same list, the program continues where it stopped.</source>
        <translation>Ahora mismo se están enviando contactos. Si cierra, la subida se detiene tras el lote actual. No se pierde nada de lo enviado: la próxima vez que importe este archivo a la misma lista, el programa continuará donde se detuvo.</translation>
    </message>
</context>
<context>
    <name>UploadPageWords</name>
    <message numerus="yes">
        <source>%Ln contacts a second</source>
        <translation>
            <numerusform>%Ln contacto por segundo</numerusform>
            <numerusform>%Ln contactos por segundo</numerusform>
        </translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>quedan unos {time}</translation>
    </message>
    <message>
        <source>Step 1 of 3: creating the lists the groups need…</source>
        <translation>Paso 1 de 3: creando las listas que necesitan los grupos…</translation>
    </message>
    <message>
        <source>Step 2 of 3: sending the contacts, each once…</source>
        <translation>Paso 2 de 3: enviando los contactos, cada uno una vez…</translation>
    </message>
    <message numerus="yes">
        <source>Step 3 of 3: adding contacts to their other lists — {added} of %Ln added…</source>
        <translation>
            <numerusform>Paso 3 de 3: añadiendo el contacto a su otra lista — {added} de %Ln añadido…</numerusform>
            <numerusform>Paso 3 de 3: añadiendo los contactos a sus otras listas — {added} de %Ln añadidos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>The program is still working. Closing now stops it.</source>
        <translation>El programa todavía está trabajando. Si cierra ahora, se detiene.</translation>
    </message>
    <message>
        <source>Your choices for &quot;{file}&quot; will be lost.</source>
        <translation>Se perderán sus elecciones para «{file}».</translation>
    </message>
</context>
</TS>

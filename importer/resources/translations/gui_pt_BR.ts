<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Sociocs Contact Importer</source>
        <translation>Sobre o Sociocs Contact Importer</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Idioma do sistema ({language})</translation>
    </message>
    <message>
        <source>The language of the program; a new choice applies when it starts again.</source>
        <translation>O idioma do programa; uma nova escolha vale quando ele for aberto de novo.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Closes this window.</source>
        <translation>Fecha esta janela.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sociocs Contact Importer {version}&lt;/h3&gt;&lt;p&gt;Moves contacts from spreadsheets (Excel, LibreOffice, CSV) into Sociocs. Every good row goes in; every row that cannot go in is explained in plain words.&lt;/p&gt;&lt;p&gt;You can practice with the built-in sandbox first: nothing is sent to Sociocs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sociocs Contact Importer {version}&lt;/h3&gt;&lt;p&gt;Leva contatos de planilhas (Excel, LibreOffice, CSV) para o Sociocs. Toda linha boa entra; toda linha que não pode entrar é explicada com palavras simples.&lt;/p&gt;&lt;p&gt;Você pode praticar primeiro com a sandbox embutida: nada é enviado ao Sociocs.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{language} (not installed)</source>
        <translation>{language} (não instalado)</translation>
    </message>
    <message>
        <source>{language} is not installed: its translation files are missing or damaged. The program keeps the language it speaks now ({current}). Installing the program again brings them back.</source>
        <translation>{language} não está instalado: os arquivos de tradução estão faltando ou danificados. O programa mantém o idioma que usa agora ({current}). Instale o programa de novo para recuperá-los.</translation>
    </message>
</context>
<context>
    <name>AccountBadge</name>
    <message>
        <source>Practice sandbox</source>
        <translation>Sandbox de prática</translation>
    </message>
    <message>
        <source>Nothing is sent to Sociocs.</source>
        <translation>Nada é enviado ao Sociocs.</translation>
    </message>
    <message>
        <source>Sociocs account</source>
        <translation>Conta do Sociocs</translation>
    </message>
    <message>
        <source>Key {start}</source>
        <translation>Chave {start}</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>Ainda não conectado</translation>
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
        <translation>Voltar para &amp;Associar colunas</translation>
    </message>
    <message>
        <source>Most numbers look like &lt;b&gt;{country}&lt;/b&gt; numbers.</source>
        <translation>A maioria dos números parece ser deste país: &lt;b&gt;{country}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Use {country}</source>
        <translation>&amp;Usar {country}</translation>
    </message>
    <message>
        <source>Use &amp;row {row}</source>
        <translation>Usar a &amp;linha {row}</translation>
    </message>
    <message>
        <source>&amp;Use &quot;{column}&quot; as the phone number</source>
        <translation>&amp;Usar “{column}” como número de telefone</translation>
    </message>
    <message>
        <source>&amp;Take the number from &quot;{fallback}&quot; when &quot;{phone}&quot; is empty</source>
        <translation>&amp;Pegar o número de “{fallback}” quando “{phone}” estiver vazio</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message numerus="yes">
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln a mais</numerusform>
            <numerusform>+%Ln a mais</numerusform>
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
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Name (old → new)</source>
        <translation>Nome (antes → depois)</translation>
    </message>
    <message>
        <source>Fields changed (old → new)</source>
        <translation>Campos alterados (antes → depois)</translation>
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
        <translation>entra</translation>
    </message>
    <message>
        <source>already in</source>
        <translation>já está</translation>
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
        <translation>Manter a última linha (como o Sociocs faria)</translation>
    </message>
    <message>
        <source>Keep the first row</source>
        <translation>Manter a primeira linha</translation>
    </message>
    <message>
        <source>Select a row to read its whole problem here. Double-click a phone or name to fix it.</source>
        <translation>Selecione uma linha para ler aqui o problema completo. Clique duas vezes em um telefone ou nome para corrigi-lo.</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Sem número de telefone</translation>
    </message>
    <message>
        <source>Not a phone number</source>
        <translation>Não é um número de telefone</translation>
    </message>
    <message>
        <source>Too few digits</source>
        <translation>Poucos dígitos</translation>
    </message>
    <message>
        <source>Too many digits</source>
        <translation>Dígitos demais</translation>
    </message>
    <message>
        <source>Wrong number of digits</source>
        <translation>Quantidade de dígitos errada</translation>
    </message>
    <message>
        <source>Unknown country code</source>
        <translation>Código de país desconhecido</translation>
    </message>
    <message>
        <source>Area code missing</source>
        <translation>Falta o código de área</translation>
    </message>
    <message>
        <source>Number not known to be in use</source>
        <translation>Número que não consta como em uso</translation>
    </message>
    <message>
        <source>Not a possible number there</source>
        <translation>Número impossível nesse país</translation>
    </message>
    <message>
        <source>Placeholder, not a real number</source>
        <translation>Marcador, não é um número real</translation>
    </message>
    <message>
        <source>Digits lost by Excel (1.6E+10)</source>
        <translation>Dígitos perdidos pelo Excel (1,6E+10)</translation>
    </message>
    <message>
        <source>Digits lost by Excel (over 15)</source>
        <translation>Dígitos perdidos pelo Excel (mais de 15)</translation>
    </message>
    <message>
        <source>Read from a spreadsheet number</source>
        <translation>Lido de um número de planilha</translation>
    </message>
    <message>
        <source>Extension left out</source>
        <translation>Ramal deixado de fora</translation>
    </message>
    <message>
        <source>Letters turned into digits</source>
        <translation>Letras convertidas em dígitos</translation>
    </message>
    <message>
        <source>Leading 0 put back</source>
        <translation>0 inicial recolocado</translation>
    </message>
    <message>
        <source>Read with a country code</source>
        <translation>Lido com código de país</translation>
    </message>
    <message>
        <source>Valid only with a + added</source>
        <translation>Válido só com um + na frente</translation>
    </message>
    <message>
        <source>Not in use, even with a + added</source>
        <translation>Não está em uso, nem com um + na frente</translation>
    </message>
    <message>
        <source>Country code not the row&apos;s country</source>
        <translation>Código de país diferente do país da linha</translation>
    </message>
    <message>
        <source>Country not known</source>
        <translation>País desconhecido</translation>
    </message>
    <message>
        <source>Several numbers in one cell</source>
        <translation>Vários números em uma célula</translation>
    </message>
    <message>
        <source>Number from another column</source>
        <translation>Número tirado de outra coluna</translation>
    </message>
    <message>
        <source>Phone number repeated</source>
        <translation>Número de telefone repetido</translation>
    </message>
    <message>
        <source>Very long name</source>
        <translation>Nome muito longo</translation>
    </message>
    <message>
        <source>Value that cannot be sent</source>
        <translation>Valor que não pode ser enviado</translation>
    </message>
    <message>
        <source>Group name too long for a list</source>
        <translation>Nome de grupo longo demais para uma lista</translation>
    </message>
    <message>
        <source>Empty group name</source>
        <translation>Nome de grupo vazio</translation>
    </message>
    <message>
        <source>Check data</source>
        <translation>Conferir dados</translation>
    </message>
    <message>
        <source>Every row is checked before anything is sent. Fix what you can here, or export the rows that cannot be sent and fix them in Excel.</source>
        <translation>Cada linha é conferida antes de qualquer envio. Corrija aqui o que puder, ou exporte as linhas que não podem ser enviadas e corrija-as no Excel.</translation>
    </message>
    <message>
        <source>Default country for phone numbers</source>
        <translation>País padrão dos números de telefone</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as numbers of this country.</source>
        <translation>Números de telefone escritos sem código do país são lidos como números deste país.</translation>
    </message>
    <message>
        <source>Which row to keep when a number repeats</source>
        <translation>Qual linha manter quando um número se repete</translation>
    </message>
    <message>
        <source>Of the rows with the same phone number, only one is sent.</source>
        <translation>Das linhas com o mesmo número de telefone, só uma é enviada.</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>&amp;País padrão:</translation>
    </message>
    <message>
        <source>Problems by kind</source>
        <translation>Problemas por tipo</translation>
    </message>
    <message>
        <source>When a phone number &amp;repeats:</source>
        <translation>Quando um número se &amp;repete:</translation>
    </message>
    <message>
        <source>For numbers in ranges newer than the phone number data: they have the right number of digits, but the data does not know them as in use. Placeholders such as 000-000-0000 are never sent.</source>
        <translation>Para números de faixas mais novas que os dados de números de telefone: eles têm a quantidade certa de dígitos, mas os dados não os conhecem como em uso. Marcadores como 000-000-0000 nunca são enviados.</translation>
    </message>
    <message>
        <source>Send numbers that cannot be verified</source>
        <translation>Enviar números que não podem ser verificados</translation>
    </message>
    <message>
        <source>Checking progress</source>
        <translation>Progresso da conferência</translation>
    </message>
    <message>
        <source>Show rows with this problem</source>
        <translation>Mostrar linhas com este problema</translation>
    </message>
    <message>
        <source>The table below shows only the rows with the chosen kind of problem.</source>
        <translation>A tabela abaixo mostra só as linhas com o tipo de problema escolhido.</translation>
    </message>
    <message>
        <source>&amp;Export rows that cannot be sent…</source>
        <translation>&amp;Exportar as linhas que não podem ser enviadas…</translation>
    </message>
    <message>
        <source>Saves the rows with problems (not the repeated numbers) to an Excel file: fix them there, then import that file.</source>
        <translation>Salva as linhas com problemas (não os números repetidos) em um arquivo do Excel: corrija-as lá e depois importe esse arquivo.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>No rows need attention: every row is ready to send.</source>
        <translation>Nenhuma linha precisa de atenção: todas estão prontas para enviar.</translation>
    </message>
    <message>
        <source>Choose a file and its columns first (go Back).</source>
        <translation>Escolha primeiro um arquivo e as colunas dele (volte).</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Conferindo todas as linhas…</translation>
    </message>
    <message>
        <source>Marking the numbers that cannot be verified as ready to send…</source>
        <translation>Marcando os números que não podem ser verificados como prontos para enviar…</translation>
    </message>
    <message>
        <source>Marking the numbers that cannot be verified as not to be sent…</source>
        <translation>Marcando os números que não podem ser verificados como não enviáveis…</translation>
    </message>
    <message>
        <source>Reading the phone numbers again for the new country…</source>
        <translation>Lendo os números de telefone de novo para o novo país…</translation>
    </message>
    <message numerus="yes">
        <source>Checking every row… %Ln read so far</source>
        <translation>
            <numerusform>Conferindo todas as linhas… %Ln lida até agora</numerusform>
            <numerusform>Conferindo todas as linhas… %Ln lidas até agora</numerusform>
        </translation>
    </message>
    <message>
        <source>Many groups</source>
        <translation>Muitos grupos</translation>
    </message>
    <message>
        <source>&amp;Make them lists</source>
        <translation>&amp;Transformá-los em listas</translation>
    </message>
    <message>
        <source>&amp;No, keep the column as text</source>
        <translation>&amp;Não, manter a coluna como texto</translation>
    </message>
    <message>
        <source>The file could not be checked</source>
        <translation>Não foi possível conferir o arquivo</translation>
    </message>
    <message>
        <source>Recognised: {layout}.</source>
        <translation>Reconhecido: {layout}.</translation>
    </message>
    <message>
        <source>All rows that need attention</source>
        <translation>Todas as linhas que precisam de atenção</translation>
    </message>
    <message>
        <source>{problem} ({count})</source>
        <translation>{problem} ({count})</translation>
    </message>
    <message>
        <source>Saving &quot;{file}&quot;…</source>
        <translation>Salvando “{file}”…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln rows to &quot;{file}&quot;. Fix them there, then import that file.</source>
        <translation>
            <numerusform>%Ln linha salva em “{file}”. Corrija-a lá e depois importe esse arquivo.</numerusform>
            <numerusform>%Ln linhas salvas em “{file}”. Corrija-as lá e depois importe esse arquivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows could not be exported</source>
        <translation>Não foi possível exportar as linhas</translation>
    </message>
    <message>
        <source>{file} - rows to fix</source>
        <translation>{file} - linhas para corrigir</translation>
    </message>
    <message>
        <source>Export rows that cannot be sent</source>
        <translation>Exportar as linhas que não podem ser enviadas</translation>
    </message>
</context>
<context>
    <name>CheckPageWords</name>
    <message numerus="yes">
        <source>All %Ln cards checked.</source>
        <translation>
            <numerusform>O cartão foi conferido.</numerusform>
            <numerusform>Todos os %Ln cartões foram conferidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rows checked.</source>
        <translation>
            <numerusform>A linha foi conferida.</numerusform>
            <numerusform>Todas as %Ln linhas foram conferidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln cards can be sent.</source>
        <translation>
            <numerusform>O único cartão não pode ser enviado.</numerusform>
            <numerusform>Nenhum dos %Ln cartões pode ser enviado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln rows can be sent.</source>
        <translation>
            <numerusform>A única linha não pode ser enviada.</numerusform>
            <numerusform>Nenhuma das %Ln linhas pode ser enviada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers without a country code are read as &lt;b&gt;{country}&lt;/b&gt; (+{code}) numbers.</source>
        <translation>Números sem código do país são lidos com o país padrão: &lt;b&gt;{country}&lt;/b&gt; (+{code}).</translation>
    </message>
    <message>
        <source>Numbers without a country code are read in each row&apos;s country (column {column}); rows without one: &lt;b&gt;{country}&lt;/b&gt; (+{code}).</source>
        <translation>Os números sem código de país são lidos no país de cada linha (coluna {column}); linhas sem país: &lt;b&gt;{country}&lt;/b&gt; (+{code}).</translation>
    </message>
    <message>
        <source>Countries found: {countries}</source>
        <translation>Países encontrados: {countries}</translation>
    </message>
    <message numerus="yes">
        <source>Send the numbers that cannot be &amp;verified (%Ln rows)</source>
        <translation>
            <numerusform>&amp;Enviar o número que não pode ser verificado (%Ln linha)</numerusform>
            <numerusform>&amp;Enviar os números que não podem ser verificados (%Ln linhas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%Ln more kinds (see Show below)</source>
        <translation>
            <numerusform>+%Ln outro tipo (veja “Mostrar” abaixo)</numerusform>
            <numerusform>+%Ln outros tipos (veja “Mostrar” abaixo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the numbers that cannot be &amp;verified: none to send — the %Ln rows are valid {country} numbers</source>
        <translation>
            <numerusform>Enviar os números que não podem ser &amp;verificados: nenhum a enviar — a %Ln linha é um número válido de {country}</numerusform>
            <numerusform>Enviar os números que não podem ser &amp;verificados: nenhum a enviar — as %Ln linhas são números válidos de {country}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckTiles</name>
    <message numerus="yes">
        <source>ready to send</source>
        <translation>
            <numerusform>pronta para enviar</numerusform>
            <numerusform>prontas para enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ready with a note</source>
        <translation>
            <numerusform>pronta com observação</numerusform>
            <numerusform>prontas com observação</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot be sent</source>
        <translation>
            <numerusform>não pode ser enviada</numerusform>
            <numerusform>não podem ser enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>duplicates</source>
        <translation>
            <numerusform>duplicada</numerusform>
            <numerusform>duplicadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareBox</name>
    <message>
        <source>Comparing with Sociocs</source>
        <translation>Comparando com o Sociocs</translation>
    </message>
    <message>
        <source>S&amp;top comparing</source>
        <translation>Parar a compara&amp;ção</translation>
    </message>
    <message>
        <source>Nothing has been sent. The upload compares again before sending.</source>
        <translation>Nada foi enviado. O envio compara de novo antes de enviar.</translation>
    </message>
    <message>
        <source>Compare a&amp;gain</source>
        <translation>Comparar de no&amp;vo</translation>
    </message>
    <message>
        <source>Read the contacts in Sociocs again.</source>
        <translation>Lê de novo os contatos do Sociocs.</translation>
    </message>
    <message>
        <source>Comparing with Sociocs…</source>
        <translation>Comparando com o Sociocs…</translation>
    </message>
    <message>
        <source>Stopping once Sociocs answers…</source>
        <translation>Parando assim que o Sociocs responder…</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>&lt;b&gt;Continue the import of {file}&lt;/b&gt; ({done} of {total} done): an earlier upload of this file to this list stopped before the end. It follows the comparison made then; the rows already sent are skipped.</source>
        <translation>&lt;b&gt;Continuar a importação de {file}&lt;/b&gt; ({done} de {total} feitas): um envio anterior deste arquivo para esta lista parou antes do fim. Ele segue a comparação feita na época; as linhas já enviadas são puladas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file} changed after an upload of it to this list stopped&lt;/b&gt; ({done} of {total} done). That upload can go on with the rows as they were checked then, or the file can be imported as it is now. Choose one:</source>
        <translation>&lt;b&gt;{file} mudou depois que um envio dele para esta lista parou&lt;/b&gt; ({done} de {total} feitas). Esse envio pode continuar com as linhas como foram verificadas na época, ou o arquivo pode ser importado como está agora. Escolha uma opção:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. This is what will happen.</source>
        <translation>Nada foi enviado ainda. É isto que vai acontecer.</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>&amp;Start over: compare again and send every row</source>
        <translation>&amp;Recomeçar: comparar de novo e enviar todas as linhas</translation>
    </message>
    <message>
        <source>The rows sent before are compared again and sent if they differ.</source>
        <translation>As linhas enviadas antes são comparadas de novo e enviadas se forem diferentes.</translation>
    </message>
    <message>
        <source>&amp;I understand that these fields are removed from Sociocs</source>
        <translation>&amp;Entendo que esses campos são removidos do Sociocs</translation>
    </message>
    <message>
        <source>Existing contacts that change</source>
        <translation>Contatos existentes que mudam</translation>
    </message>
    <message>
        <source>Each existing contact the upload changes, with its old and new values.</source>
        <translation>Cada contato existente que o envio altera, com os valores antigos e novos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Existing contacts that change&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contatos existentes que mudam&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consent.&lt;/b&gt; WhatsApp and SMS allow messages only to people who agreed to receive them.</source>
        <translation>&lt;b&gt;Consentimento.&lt;/b&gt; O WhatsApp e o SMS só permitem mensagens para pessoas que concordaram em recebê-las.</translation>
    </message>
    <message>
        <source>I confirm that these contacts agreed to be &amp;contacted by this Sociocs account</source>
        <translation>Confirmo que esses contatos concordaram em ser &amp;contatados por esta conta do Sociocs</translation>
    </message>
    <message>
        <source>Upload can be clicked once this is ticked. The answer is kept in the import history and the report.</source>
        <translation>Enviar pode ser clicado depois que isto estiver marcado. A resposta fica guardada no histórico de importações e no relatório.</translation>
    </message>
    <message>
        <source>Continue &amp;that upload with the rows as they were checked then (the changes to the file are not sent: import it again afterwards to send them)</source>
        <translation>Con&amp;tinuar esse envio com as linhas como foram verificadas na época (as mudanças no arquivo não são enviadas: importe-o de novo depois para enviá-las)</translation>
    </message>
    <message>
        <source>Import the file as it is &amp;now (compared with Sociocs, so what was sent is not sent again unless it changed; the upload that stopped is closed and can still be undone)</source>
        <translation>Importar o arquivo como está ag&amp;ora (comparado com o Sociocs, então o que foi enviado só é enviado de novo se mudou; o envio que parou é encerrado e ainda pode ser desfeito)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contacts already in Sociocs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contatos que já estão no Sociocs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Keep their fields: the file&apos;s values replace theirs, what the file leaves empty or does not have stays (recommended)</source>
        <translation>&amp;Manter os campos deles: os valores do arquivo substituem os deles, o que o arquivo deixa vazio ou não tem fica (recomendado)</translation>
    </message>
    <message>
        <source>&amp;Replace them: their name and every extra field become the file&apos;s (Sociocs&apos;s own behaviour)</source>
        <translation>&amp;Substituí-los: o nome e cada campo extra passam a ser os do arquivo (o comportamento do próprio Sociocs)</translation>
    </message>
    <message>
        <source>Ski&amp;p them: leave existing contacts as they are</source>
        <translation>&amp;Pulá-los: os contatos existentes ficam como estão</translation>
    </message>
    <message>
        <source>Still add the skipped contacts to the &amp;list</source>
        <translation>Adicionar mesmo assim os contatos pulados à &amp;lista</translation>
    </message>
    <message>
        <source>They join the list; none of their values changes.</source>
        <translation>Eles entram na lista; nenhum dos seus valores muda.</translation>
    </message>
    <message>
        <source>None of these contacts is in Sociocs yet.</source>
        <translation>Nenhum destes contatos está no Sociocs ainda.</translation>
    </message>
    <message>
        <source>No row can be sent: go back and check the file.</source>
        <translation>Nenhuma linha pode ser enviada: volte e verifique o arquivo.</translation>
    </message>
    <message>
        <source>The file was not compared with Sociocs. The upload compares it before it sends anything.</source>
        <translation>O arquivo não foi comparado com o Sociocs. O envio o compara antes de enviar qualquer coisa.</translation>
    </message>
    <message>
        <source>Upload can be clicked once this is ticked.</source>
        <translation>Enviar pode ser clicado depois que isto estiver marcado.</translation>
    </message>
    <message>
        <source>Select a row to read its whole change here: every old and new value.</source>
        <translation>Selecione uma linha para ler aqui a alteração completa: cada valor antigo e novo.</translation>
    </message>
    <message>
        <source>Start over instead of continuing</source>
        <translation>Começar de novo em vez de continuar</translation>
    </message>
</context>
<context>
    <name>ConfirmPageWords</name>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln cards&lt;/b&gt; are ready to send to the list &lt;b&gt;{list}&lt;/b&gt;.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln cartão&lt;/b&gt; está pronto para ser enviado para a lista &lt;b&gt;{list}&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;%Ln cartões&lt;/b&gt; estão prontos para serem enviados para a lista &lt;b&gt;{list}&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln rows&lt;/b&gt; are ready to send to the list &lt;b&gt;{list}&lt;/b&gt;.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln linha&lt;/b&gt; está pronta para ser enviada para a lista &lt;b&gt;{list}&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;%Ln linhas&lt;/b&gt; estão prontas para serem enviadas para a lista &lt;b&gt;{list}&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln contacts&lt;/b&gt; will be sent to the list &lt;b&gt;{list}&lt;/b&gt;: {new} new, {updated} updated.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln contato&lt;/b&gt; será enviado para a lista &lt;b&gt;{list}&lt;/b&gt;: {new} novos, {updated} atualizados.</numerusform>
            <numerusform>&lt;b&gt;%Ln contatos&lt;/b&gt; serão enviados para a lista &lt;b&gt;{list}&lt;/b&gt;: {new} novos, {updated} atualizados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln contacts&lt;/b&gt; will be sent, each once: {new} new, {updated} updated. The lists they join are below.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln contato&lt;/b&gt; será enviado: {new} novo, {updated} atualizado. As listas em que ele entra estão abaixo.</numerusform>
            <numerusform>&lt;b&gt;%Ln contatos&lt;/b&gt; serão enviados, cada um uma vez: {new} novos, {updated} atualizados. As listas em que eles entram estão abaixo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts are already in Sociocs as the file has them: they are not sent again.</source>
        <translation>
            <numerusform>%Ln contato já está no Sociocs como o arquivo o tem: ele não é enviado de novo.</numerusform>
            <numerusform>%Ln contatos já estão no Sociocs como o arquivo os tem: eles não são enviados de novo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln existing contacts are skipped (left as they are in Sociocs).</source>
        <translation>
            <numerusform>%Ln contato existente é pulado (fica como está no Sociocs).</numerusform>
            <numerusform>%Ln contatos existentes são pulados (ficam como estão no Sociocs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards cannot be sent because of problems (they are listed in the report).</source>
        <translation>
            <numerusform>%Ln cartão não pode ser enviado por causa de problemas (ele está no relatório).</numerusform>
            <numerusform>%Ln cartões não podem ser enviados por causa de problemas (eles estão no relatório).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows cannot be sent because of problems (they are listed in the report).</source>
        <translation>
            <numerusform>%Ln linha não pode ser enviada por causa de problemas (ela está no relatório).</numerusform>
            <numerusform>%Ln linhas não podem ser enviadas por causa de problemas (elas estão no relatório).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards repeat a phone number found on another card and are not sent.</source>
        <translation>
            <numerusform>%Ln cartão repete um número de telefone de outro cartão e não é enviado.</numerusform>
            <numerusform>%Ln cartões repetem um número de telefone de outro cartão e não são enviados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows repeat a phone number found in another row and are not sent.</source>
        <translation>
            <numerusform>%Ln linha repete um número de telefone de outra linha e não é enviada.</numerusform>
            <numerusform>%Ln linhas repetem um número de telefone de outra linha e não são enviadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them go with a note (a leading 0 put back, an extension left out …); the report says what.</source>
        <translation>
            <numerusform>%Ln delas vai com uma observação (um 0 inicial recolocado, um ramal deixado de fora…); o relatório diz qual.</numerusform>
            <numerusform>%Ln delas vão com uma observação (um 0 inicial recolocado, um ramal deixado de fora…); o relatório diz qual.</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers without a country code were read as &lt;b&gt;{country}&lt;/b&gt; (+{code}) numbers.</source>
        <translation>Números sem código do país foram lidos com o país padrão: &lt;b&gt;{country}&lt;/b&gt; (+{code}).</translation>
    </message>
    <message>
        <source>Numbers without a country code were read in each row&apos;s country; rows without one: &lt;b&gt;{country}&lt;/b&gt; (+{code}).</source>
        <translation>Os números sem código de país foram lidos no país de cada linha; linhas sem país: &lt;b&gt;{country}&lt;/b&gt; (+{code}).</translation>
    </message>
    <message>
        <source>The numbers go to: {countries}.</source>
        <translation>Os números vão para: {countries}.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln numbers that cannot be verified are sent&lt;/b&gt;, as you chose on Check data.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln número que não pode ser verificado é enviado&lt;/b&gt;, como você escolheu em Conferir dados.</numerusform>
            <numerusform>&lt;b&gt;%Ln números que não podem ser verificados são enviados&lt;/b&gt;, como você escolheu em Conferir dados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Please read:&lt;/b&gt; %Ln existing contacts will lose extra fields the file does not have (see “Fields lost” below). Undo on the last page can bring them back.</source>
        <translation>
            <numerusform>&lt;b&gt;Leia:&lt;/b&gt; %Ln contato existente perderá campos extras que o arquivo não tem (veja “Campos perdidos” abaixo). Desfazer, na última página, pode trazê-los de volta.</numerusform>
            <numerusform>&lt;b&gt;Leia:&lt;/b&gt; %Ln contatos existentes perderão campos extras que o arquivo não tem (veja “Campos perdidos” abaixo). Desfazer, na última página, pode trazê-los de volta.</numerusform>
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
        <translation>Diga ao programa qual conta do Sociocs usar.</translation>
    </message>
    <message>
        <source>To add contacts to your Sociocs account, this program needs your account&apos;s &lt;b&gt;API key&lt;/b&gt;: a long code that lets a program act for you, like a password.</source>
        <translation>Para adicionar contatos à sua conta do Sociocs, este programa precisa da &lt;b&gt;chave de API&lt;/b&gt; da sua conta: um código longo que permite a um programa agir por você, como uma senha.</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vançado</translation>
    </message>
    <message>
        <source>Shows or hides the API address, for special set-ups.</source>
        <translation>Mostra ou oculta o endereço de API, para configurações especiais.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Endereço de API</translation>
    </message>
    <message>
        <source>Where Sociocs answers; leave it as it is unless Sociocs told you otherwise.</source>
        <translation>Onde o Sociocs responde; deixe como está, a menos que o Sociocs tenha dito outra coisa.</translation>
    </message>
    <message>
        <source>API a&amp;ddress:</source>
        <translation>&amp;Endereço de API:</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Bom saber</translation>
    </message>
    <message>
        <source>Nothing is sent before you confirm.</source>
        <translation>Nada é enviado antes da sua confirmação.</translation>
    </message>
    <message>
        <source>Every row is checked first; what cannot be sent is explained in plain words.</source>
        <translation>Cada linha é verificada primeiro; o que não puder ser enviado é explicado em palavras simples.</translation>
    </message>
    <message>
        <source>An upload can be stopped and continued later; nothing sent is lost.</source>
        <translation>Um envio pode ser interrompido e continuado depois; nada do que foi enviado se perde.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Just trying it out?&lt;/b&gt; Practice with a sandbox: a pretend Sociocs that runs on this computer. You can go through every step with your own file or our sample, and nothing is sent to Sociocs.</source>
        <translation>&lt;b&gt;Só quer experimentar?&lt;/b&gt; Pratique com uma sandbox: um Sociocs de mentira que roda neste computador. Você pode passar por todas as etapas com o seu próprio arquivo ou com o nosso exemplo, e nada é enviado ao Sociocs.</translation>
    </message>
    <message>
        <source>&amp;Practice with a sandbox</source>
        <translation>&amp;Praticar com uma sandbox</translation>
    </message>
    <message>
        <source>Start a pretend Sociocs on this computer; nothing is sent to Sociocs.</source>
        <translation>Inicia um Sociocs de mentira neste computador; nada é enviado ao Sociocs.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; opens as soon as you are connected.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; abre assim que você estiver conectado.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>Paste your API key here</source>
        <translation>Cole aqui a sua chave de API</translation>
    </message>
    <message>
        <source>A long code from the Sociocs web app, under Profile and settings, then API.</source>
        <translation>Um código longo do aplicativo web do Sociocs, em Perfil e configurações, depois API.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>Mostrar a chave de API</translation>
    </message>
    <message>
        <source>Shows or hides the characters of the key.</source>
        <translation>Mostra ou oculta os caracteres da chave.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chave de API:</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Lembrar neste computador</translation>
    </message>
    <message>
        <source>Keeps the key in this computer&apos;s password store, so that next time the program connects by itself.</source>
        <translation>Guarda a chave no cofre de senhas deste computador, para que da próxima vez o programa se conecte sozinho.</translation>
    </message>
    <message>
        <source>This computer has no safe place to keep the key, so it will not be saved. You will need to paste it again next time.</source>
        <translation>Este computador não tem um lugar seguro para guardar a chave, então ela não será salva. Você vai precisar colá-la de novo da próxima vez.</translation>
    </message>
    <message>
        <source>&amp;Where do I find it?</source>
        <translation>&amp;Onde encontro a chave?</translation>
    </message>
    <message>
        <source>Shows or hides how to find the key in the Sociocs web app.</source>
        <translation>Mostra ou oculta como encontrar a chave no aplicativo web do Sociocs.</translation>
    </message>
    <message>
        <source>&lt;ol style=&apos;margin-left: -20px&apos;&gt;&lt;li&gt;Sign in to the Sociocs web app.&lt;/li&gt;&lt;li&gt;Open &lt;b&gt;Profile &amp;amp; settings&lt;/b&gt;, then &lt;b&gt;API&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the key shown there and paste it above.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&apos;margin-left: -20px&apos;&gt;&lt;li&gt;Entre no aplicativo web do Sociocs.&lt;/li&gt;&lt;li&gt;Abra &lt;b&gt;Perfil e configurações&lt;/b&gt; e depois &lt;b&gt;API&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copie a chave que aparece lá e cole acima.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Checks that Sociocs accepts the key; nothing is sent.</source>
        <translation>Confere se o Sociocs aceita a chave; nada é enviado.</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>&amp;Histórico de importações…</translation>
    </message>
    <message>
        <source>The imports of the last weeks: their reports, and Undo (once connected).</source>
        <translation>As importações das últimas semanas: seus relatórios e Desfazer (depois de conectar).</translation>
    </message>
    <message>
        <source>Paste your API key first.</source>
        <translation>Cole primeiro a sua chave de API.</translation>
    </message>
    <message>
        <source>Check the API address under Advanced.</source>
        <translation>Confira o endereço de API em Avançado.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testando a conexão…</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation>Ocultar a chave de API</translation>
    </message>
    <message>
        <source>Starting the practice sandbox…</source>
        <translation>Iniciando a sandbox de prática…</translation>
    </message>
    <message>
        <source>Stop &amp;practicing</source>
        <translation>Parar de &amp;praticar</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the practice sandbox — %Ln contact lists found</source>
        <translation>
            <numerusform>Conectado à sandbox de prática — %Ln lista de contatos encontrada</numerusform>
            <numerusform>Conectado à sandbox de prática — %Ln listas de contatos encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected — %Ln contact lists found</source>
        <translation>
            <numerusform>Conectado — %Ln lista de contatos encontrada</numerusform>
            <numerusform>Conectado — %Ln listas de contatos encontradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation>&amp;Abrir relatório</translation>
    </message>
    <message>
        <source>Every row with what happened to it (Excel file).</source>
        <translation>Cada linha com o que aconteceu com ela (arquivo do Excel).</translation>
    </message>
    <message>
        <source>Open fol&amp;der</source>
        <translation>Abrir a &amp;pasta</translation>
    </message>
    <message>
        <source>The folder that holds the report.</source>
        <translation>A pasta onde está o relatório.</translation>
    </message>
    <message>
        <source>&amp;Import another file</source>
        <translation>&amp;Importar outro arquivo</translation>
    </message>
    <message>
        <source>Goes back to Choose file; the connection to Sociocs is kept.</source>
        <translation>Volta para Escolher arquivo; a conexão com o Sociocs é mantida.</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>&amp;Histórico de importações…</translation>
    </message>
    <message>
        <source>The imports of the last weeks: their reports, Undo and Forget.</source>
        <translation>As importações das últimas semanas: seus relatórios, Desfazer e Esquecer.</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>a lista</translation>
    </message>
    <message>
        <source>The report is saved as: {path}</source>
        <translation>O relatório foi salvo como: {path}</translation>
    </message>
    <message>
        <source>No report could be written.</source>
        <translation>Não foi possível gravar nenhum relatório.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lists&lt;/b&gt;</source>
        <translation>&lt;b&gt;Listas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>A importação foi desfeita.</translation>
    </message>
</context>
<context>
    <name>DonePageWords</name>
    <message>
        <source>the practice sandbox&apos;s list &lt;b&gt;{list}&lt;/b&gt; (nothing was sent to Sociocs)</source>
        <translation>a lista &lt;b&gt;{list}&lt;/b&gt; da sandbox de prática (nada foi enviado ao Sociocs)</translation>
    </message>
    <message>
        <source>their lists in the practice sandbox (nothing was sent to Sociocs; the lists are below)</source>
        <translation>suas listas na sandbox de prática (nada foi enviado ao Sociocs; as listas estão abaixo)</translation>
    </message>
    <message>
        <source>their lists in Sociocs (below)</source>
        <translation>suas listas no Sociocs (abaixo)</translation>
    </message>
    <message>
        <source>No contacts were sent to {where}.</source>
        <translation>Nenhum contato foi enviado para {where}.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; contacts are now in {where}.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; contato agora está em {where}.</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; contatos agora estão em {where}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them went with a note (a leading 0 put back, an extension left out …): the report says what.</source>
        <translation>
            <numerusform>%Ln delas foi com uma observação (um 0 inicial recolocado, um ramal deixado de fora…): o relatório diz qual.</numerusform>
            <numerusform>%Ln delas foram com uma observação (um 0 inicial recolocado, um ramal deixado de fora…): o relatório diz qual.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them had a number that cannot be verified, sent as you chose on Check data.</source>
        <translation>
            <numerusform>%Ln delas tinha um número que não pode ser verificado, enviado como você escolheu em Conferir dados.</numerusform>
            <numerusform>%Ln delas tinham um número que não pode ser verificado, enviado como você escolheu em Conferir dados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts were already in Sociocs as the file has them (not sent again).</source>
        <translation>
            <numerusform>%Ln contato já estava no Sociocs como o arquivo o tem (não foi enviado de novo).</numerusform>
            <numerusform>%Ln contatos já estavam no Sociocs como o arquivo os tem (não foram enviados de novo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln existing contacts were skipped (left as they are).</source>
        <translation>
            <numerusform>%Ln contato existente foi pulado (ficou como estava).</numerusform>
            <numerusform>%Ln contatos existentes foram pulados (ficaram como estavam).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards were not sent because of problems in the file.</source>
        <translation>
            <numerusform>%Ln cartão não foi enviado por causa de problemas no arquivo.</numerusform>
            <numerusform>%Ln cartões não foram enviados por causa de problemas no arquivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows were not sent because of problems in the file.</source>
        <translation>
            <numerusform>%Ln linha não foi enviada por causa de problemas no arquivo.</numerusform>
            <numerusform>%Ln linhas não foram enviadas por causa de problemas no arquivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards were not sent: the phone number repeats.</source>
        <translation>
            <numerusform>%Ln cartão não foi enviado: o número de telefone se repete.</numerusform>
            <numerusform>%Ln cartões não foram enviados: o número de telefone se repete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows were not sent: the phone number repeats.</source>
        <translation>
            <numerusform>%Ln linha não foi enviada: o número de telefone se repete.</numerusform>
            <numerusform>%Ln linhas não foram enviadas: o número de telefone se repete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards were refused by Sociocs (below: which, and why).</source>
        <translation>
            <numerusform>%Ln cartão foi recusado pelo Sociocs (abaixo: qual e por quê).</numerusform>
            <numerusform>%Ln cartões foram recusados pelo Sociocs (abaixo: quais e por quê).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows were refused by Sociocs (below: which, and why).</source>
        <translation>
            <numerusform>%Ln linha foi recusada pelo Sociocs (abaixo: qual e por quê).</numerusform>
            <numerusform>%Ln linhas foram recusadas pelo Sociocs (abaixo: quais e por quê).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped — %Ln contacts were not sent yet; you can continue later</source>
        <translation>
            <numerusform>Interrompido — %Ln contato ainda não foi enviado; você pode continuar depois</numerusform>
            <numerusform>Interrompido — %Ln contatos ainda não foram enviados; você pode continuar depois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done — %Ln cards were refused</source>
        <translation>
            <numerusform>Concluído — %Ln cartão foi recusado</numerusform>
            <numerusform>Concluído — %Ln cartões foram recusados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done — %Ln rows were refused</source>
        <translation>
            <numerusform>Concluído — %Ln linha foi recusada</numerusform>
            <numerusform>Concluído — %Ln linhas foram recusadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done — %Ln cards could not be sent</source>
        <translation>
            <numerusform>Concluído — %Ln cartão não pôde ser enviado</numerusform>
            <numerusform>Concluído — %Ln cartões não puderam ser enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done — %Ln rows could not be sent</source>
        <translation>
            <numerusform>Concluído — %Ln linha não pôde ser enviada</numerusform>
            <numerusform>Concluído — %Ln linhas não puderam ser enviadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Done — no contact needed to be sent</source>
        <translation>Concluído — nenhum contato precisava ser enviado</translation>
    </message>
    <message numerus="yes">
        <source>Done — %Ln contacts were sent</source>
        <translation>
            <numerusform>Concluído — %Ln contato foi enviado</numerusform>
            <numerusform>Concluído — %Ln contatos foram enviados</numerusform>
        </translation>
    </message>
    <message>
        <source>What happened to each card</source>
        <translation>O que aconteceu com cada cartão</translation>
    </message>
    <message>
        <source>What happened to each row</source>
        <translation>O que aconteceu com cada linha</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviadas</translation>
    </message>
    <message>
        <source>sent with a note</source>
        <translation>enviadas com uma observação</translation>
    </message>
    <message>
        <source>already in Sociocs as in the file</source>
        <translation>já estavam no Sociocs como no arquivo</translation>
    </message>
    <message>
        <source>existing contacts left alone</source>
        <translation>contatos existentes mantidos como estão</translation>
    </message>
    <message>
        <source>phone number repeats</source>
        <translation>número de telefone repetido</translation>
    </message>
    <message>
        <source>problems in the file</source>
        <translation>problemas no arquivo</translation>
    </message>
    <message>
        <source>refused by Sociocs</source>
        <translation>recusadas pelo Sociocs</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>ainda não enviadas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards were not sent yet. {reason} Import the same file to the same list again to continue where it stopped.</source>
        <translation>
            <numerusform>%Ln cartão ainda não foi enviado. {reason} Importe o mesmo arquivo para a mesma lista de novo para continuar de onde parou.</numerusform>
            <numerusform>%Ln cartões ainda não foram enviados. {reason} Importe o mesmo arquivo para a mesma lista de novo para continuar de onde parou.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows were not sent yet. {reason} Import the same file to the same list again to continue where it stopped.</source>
        <translation>
            <numerusform>%Ln linha ainda não foi enviada. {reason} Importe o mesmo arquivo para a mesma lista de novo para continuar de onde parou.</numerusform>
            <numerusform>%Ln linhas ainda não foram enviadas. {reason} Importe o mesmo arquivo para a mesma lista de novo para continuar de onde parou.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneTiles</name>
    <message numerus="yes">
        <source>uploaded</source>
        <translation>
            <numerusform>enviado</numerusform>
            <numerusform>enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped</source>
        <translation>
            <numerusform>ignorado</numerusform>
            <numerusform>ignorados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>could not be sent</source>
        <translation>
            <numerusform>não pôde ser enviado</numerusform>
            <numerusform>não puderam ser enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not sent yet</source>
        <translation>
            <numerusform>ainda não enviado</numerusform>
            <numerusform>ainda não enviados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop a spreadsheet here</source>
        <translation>Solte uma planilha aqui</translation>
    </message>
    <message>
        <source>&lt;b&gt;Drag your spreadsheet here&lt;/b&gt;</source>
        <translation>&lt;b&gt;Arraste a sua planilha para cá&lt;/b&gt;</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>P&amp;rocurar…</translation>
    </message>
    <message>
        <source>Choose a spreadsheet on this computer</source>
        <translation>Escolher uma planilha neste computador</translation>
    </message>
    <message>
        <source>Files you can use: Excel (.xlsx, .xlsm, .xls) · OpenDocument (.ods) · CSV or text (.csv, .tsv, .txt) · vCard contacts (.vcf)</source>
        <translation>Arquivos que você pode usar: Excel (.xlsx, .xlsm, .xls) · OpenDocument (.ods) · CSV ou texto (.csv, .tsv, .txt) · contatos vCard (.vcf)</translation>
    </message>
    <message>
        <source>or</source>
        <translation>ou</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong that the program did not expect. Nothing was sent to Sociocs because of it. Please try again; if it happens again, click &quot;Copy details&quot; and send the text to your IT contact.</source>
        <translation>Aconteceu algo que o programa não esperava. Por isso, nada foi enviado ao Sociocs. Tente de novo; se acontecer outra vez, clique em “Copiar detalhes” e envie o texto para o seu contato de TI.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalhes</translation>
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
        <translation>Coluna a usar quando o número de telefone estiver vazio</translation>
    </message>
    <message>
        <source>If the phone number is &amp;empty, use:</source>
        <translation>Se o número de telefone estiver &amp;vazio, usar:</translation>
    </message>
    <message>
        <source>Nothing: the row cannot be sent</source>
        <translation>Nada: a linha não pode ser enviada</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>No file chosen yet.</source>
        <translation>Nenhum arquivo escolhido ainda.</translation>
    </message>
    <message>
        <source>Step 1 of 3: opening the file…</source>
        <translation>Passo 1 de 3: abrindo o arquivo…</translation>
    </message>
    <message>
        <source>Step 2 of 3: looking at its sheets…</source>
        <translation>Passo 2 de 3: olhando as planilhas…</translation>
    </message>
    <message>
        <source>Step 3 of 3: reading the first rows (a big file can take a moment)…</source>
        <translation>Passo 3 de 3: lendo as primeiras linhas (um arquivo grande pode demorar um pouco)…</translation>
    </message>
    <message>
        <source>{sheet} (hidden)</source>
        <translation>{sheet} (oculta)</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Escolher arquivo</translation>
    </message>
    <message>
        <source>Pick the spreadsheet with your contacts. You will see its first rows below.</source>
        <translation>Escolha a planilha com os seus contatos. Você verá as primeiras linhas dela abaixo.</translation>
    </message>
    <message>
        <source>Use the &amp;sample file</source>
        <translation>Usar o arquivo de e&amp;xemplo</translation>
    </message>
    <message>
        <source>First rows of the sheet</source>
        <translation>Primeiras linhas da planilha</translation>
    </message>
    <message>
        <source>The column titles and the first rows, as the program reads them.</source>
        <translation>Os títulos das colunas e as primeiras linhas, como o programa os lê.</translation>
    </message>
    <message>
        <source>The first rows of the file will show here.</source>
        <translation>As primeiras linhas do arquivo vão aparecer aqui.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Planilha</translation>
    </message>
    <message>
        <source>The sheet of the workbook that holds the contacts.</source>
        <translation>A planilha da pasta de trabalho que contém os contatos.</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>P&amp;lanilha:</translation>
    </message>
    <message>
        <source>Row with the column titles</source>
        <translation>Linha com os títulos das colunas</translation>
    </message>
    <message>
        <source>The rows below this one are the contacts.</source>
        <translation>As linhas abaixo desta são os contatos.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Column &amp;titles are in row:</source>
        <translation>Os &amp;títulos das colunas estão na linha:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lendo o arquivo…</translation>
    </message>
    <message>
        <source>(you chose it)</source>
        <translation>(escolhida por você)</translation>
    </message>
    <message>
        <source>(no title row found: every row is a contact)</source>
        <translation>(nenhuma linha de títulos encontrada: cada linha é um contato)</translation>
    </message>
    <message>
        <source>(found automatically)</source>
        <translation>(encontrada automaticamente)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln columns</source>
        <translation>
            <numerusform>%Ln coluna</numerusform>
            <numerusform>%Ln colunas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found {columns}. Below are the first %Ln rows; counting the others…</source>
        <translation>
            <numerusform>Encontramos {columns}. Abaixo está a primeira linha; contando as outras…</numerusform>
            <numerusform>Encontramos {columns}. Abaixo estão as primeiras %Ln linhas; contando as outras…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln linha</numerusform>
            <numerusform>%Ln linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found {columns} and {rows} of contacts. Below are the first %Ln.</source>
        <translation>
            <numerusform>Encontramos {columns} e {rows} de contatos. Abaixo está a primeira.</numerusform>
            <numerusform>Encontramos {columns} e {rows} de contatos. Abaixo estão as primeiras %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found {columns} and {rows} of contacts.</source>
        <translation>Encontramos {columns} e {rows} de contatos.</translation>
    </message>
    <message numerus="yes">
        <source>Below are the first %Ln contact cards; counting the others…</source>
        <translation>
            <numerusform>Abaixo está o primeiro cartão de contato; contando os demais…</numerusform>
            <numerusform>Abaixo estão os primeiros %Ln cartões de contato; contando os demais…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact cards</source>
        <translation>
            <numerusform>%Ln cartão de contato</numerusform>
            <numerusform>%Ln cartões de contato</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found {cards}. Below are the first %Ln.</source>
        <translation>
            <numerusform>Encontramos {cards}. Abaixo está o primeiro.</numerusform>
            <numerusform>Encontramos {cards}. Abaixo estão os primeiros %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found {cards}.</source>
        <translation>Encontramos {cards}.</translation>
    </message>
</context>
<context>
    <name>GroupsLine</name>
    <message>
        <source>::: (as Google writes labels)</source>
        <translation>::: (como o Google escreve marcadores)</translation>
    </message>
    <message>
        <source>; semicolon</source>
        <translation>; ponto e vírgula</translation>
    </message>
    <message>
        <source>, comma</source>
        <translation>, vírgula</translation>
    </message>
    <message>
        <source>| vertical bar</source>
        <translation>| barra vertical</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>uma quebra de linha</translation>
    </message>
    <message>
        <source>nothing: one group per cell</source>
        <translation>nada: um grupo por célula</translation>
    </message>
    <message>
        <source>What separates several groups in a cell</source>
        <translation>O que separa vários grupos em uma célula</translation>
    </message>
    <message>
        <source>Each group becomes a Sociocs list its contacts join.</source>
        <translation>Cada grupo vira uma lista do Sociocs em que seus contatos entram.</translation>
    </message>
    <message>
        <source>&amp;Groups in a cell are separated by:</source>
        <translation>Os &amp;grupos de uma célula são separados por:</translation>
    </message>
    <message>
        <source>Found in the file: {separator}</source>
        <translation>Encontrado no arquivo: {separator}</translation>
    </message>
    <message>
        <source>No group in the first rows.</source>
        <translation>Nenhum grupo nas primeiras linhas.</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> e mais {n}</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln groups&lt;/b&gt; in the first rows: {names}</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln grupo&lt;/b&gt; nas primeiras linhas: {names}</numerusform>
            <numerusform>&lt;b&gt;%Ln grupos&lt;/b&gt; nas primeiras linhas: {names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Histórico de importações</translation>
    </message>
    <message>
        <source>The imports of the last {days} days, newest first. Each can be undone while it is listed; forgetting one deletes its backup.</source>
        <translation>As importações dos últimos {days} dias, as mais recentes primeiro. Cada uma pode ser desfeita enquanto estiver na lista; esquecer uma apaga o backup dela.</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>Importações anteriores</translation>
    </message>
    <message>
        <source>Date, file, list, what each import did, and whether it was undone.</source>
        <translation>Data, arquivo, lista, o que cada importação fez e se foi desfeita.</translation>
    </message>
    <message>
        <source>Report and backup of the selected import</source>
        <translation>Relatório e backup da importação selecionada</translation>
    </message>
    <message>
        <source>Where the selected import&apos;s report and backup are saved.</source>
        <translation>Onde estão salvos o relatório e o backup da importação selecionada.</translation>
    </message>
    <message>
        <source>Open &amp;report</source>
        <translation>Abrir o &amp;relatório</translation>
    </message>
    <message>
        <source>Opens the report of the selected import.</source>
        <translation>Abre o relatório da importação escolhida.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Esquecer</translation>
    </message>
    <message>
        <source>Deletes the selected import&apos;s backup: it can no longer be undone.</source>
        <translation>Apaga o backup da importação escolhida: ela não pode mais ser desfeita.</translation>
    </message>
    <message>
        <source>Forget &amp;all</source>
        <translation>Esquecer &amp;todas</translation>
    </message>
    <message>
        <source>Deletes every listed import&apos;s backup: none can be undone any more.</source>
        <translation>Apaga os backups de todas as importações da lista: nenhuma poderá mais ser desfeita.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Closes the import history.</source>
        <translation>Fecha o histórico de importações.</translation>
    </message>
    <message>
        <source>Connect to Sociocs first to undo an import.</source>
        <translation>Conecte-se primeiro ao Sociocs para desfazer uma importação.</translation>
    </message>
    <message>
        <source>Report: {path}</source>
        <translation>Relatório: {path}</translation>
    </message>
    <message>
        <source>No report was saved for this import.</source>
        <translation>Nenhum relatório foi salvo para esta importação.</translation>
    </message>
    <message>
        <source>Backup: {path}</source>
        <translation>Backup: {path}</translation>
    </message>
    <message>
        <source>Lists (contacts added to each): {lists}</source>
        <translation>Listas (contatos adicionados a cada uma): {lists}</translation>
    </message>
    <message>
        <source>You confirmed that these contacts agreed to be contacted.</source>
        <translation>Você confirmou que esses contatos concordaram em ser contatados.</translation>
    </message>
    <message>
        <source>Consent was not asked (an import made before the question was added).</source>
        <translation>O consentimento não foi perguntado (uma importação anterior a esta pergunta).</translation>
    </message>
    <message>
        <source>Forget the import of {file}? It can then no longer be undone.</source>
        <translation>Esquecer a importação de {file}? Depois ela não poderá mais ser desfeita.</translation>
    </message>
    <message>
        <source>Forget every import listed? None of them can then be undone.</source>
        <translation>Esquecer todas as importações da lista? Depois nenhuma poderá ser desfeita.</translation>
    </message>
    <message>
        <source>Forget imports</source>
        <translation>Esquecer importações</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Esquecer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sem mudança</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pulados</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>running</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompida</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parada</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>desfeita</translation>
    </message>
    <message>
        <source>partly undone</source>
        <translation>desfeita em parte</translation>
    </message>
    <message>
        <source>The lists of this import, with their contacts: {lists}</source>
        <translation>As listas desta importação, com seus contatos: {lists}</translation>
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
        <translation>&amp;Sobre</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>The program is still working. Open {file} once it has finished, or after you stopped it.</source>
        <translation>O programa ainda está trabalhando. Abra {file} quando ele terminar ou depois de interrompê-lo.</translation>
    </message>
    <message>
        <source>The program is still working on {current}. Open {file} once it has finished, or after you stopped it.</source>
        <translation>O programa ainda está trabalhando em {current}. Abra {file} quando ele terminar ou depois de interrompê-lo.</translation>
    </message>
    <message>
        <source>Open {file} instead? What you chose for {current} is dropped.</source>
        <translation>Abrir {file} no lugar? O que você escolheu para {current} é descartado.</translation>
    </message>
    <message>
        <source>Open another file?</source>
        <translation>Abrir outro arquivo?</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Manter</translation>
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
        <translation>O programa vai falar {language} quando for aberto de novo. Reiniciar agora?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar agora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Mais tarde</translation>
    </message>
    <message>
        <source>Close the importer?</source>
        <translation>Fechar o importador?</translation>
    </message>
    <message>
        <source>{warning}

Do you want to close the importer?</source>
        <translation>{warning}

Você quer fechar o importador?</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Continuar trabalhando</translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Phone as typed</source>
        <translation>Telefone original</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Fixed — ready to send</source>
        <translation>Corrigido — pronto para enviar</translation>
    </message>
    <message>
        <source>Card {card}: {problems}</source>
        <translation>Cartão {card}: {problems}</translation>
    </message>
    <message>
        <source>Row {row}: {problems}</source>
        <translation>Linha {row}: {problems}</translation>
    </message>
</context>
<context>
    <name>IssuesTable</name>
    <message>
        <source>Rows that need attention</source>
        <translation>Linhas que precisam de atenção</translation>
    </message>
    <message>
        <source>Double-click a phone number or a name to correct it.</source>
        <translation>Clique duas vezes em um número de telefone ou nome para corrigi-lo.</translation>
    </message>
</context>
<context>
    <name>JobPrompts</name>
    <message>
        <source>Stopping and saving progress…</source>
        <translation>Parando e salvando o progresso…</translation>
    </message>
</context>
<context>
    <name>LeftOutLine</name>
    <message numerus="yes">
        <source>%Ln columns were added as extra fields.</source>
        <translation>
            <numerusform>%Ln coluna foi adicionada como campo extra.</numerusform>
            <numerusform>%Ln colunas foram adicionadas como campos extras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Don&apos;t import them</source>
        <translation>
            <numerusform>&amp;Não importá-la</numerusform>
            <numerusform>&amp;Não importá-las</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other columns are not imported.</source>
        <translation>
            <numerusform>Mais %Ln coluna não é importada.</numerusform>
            <numerusform>Mais %Ln colunas não são importadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import them as extra fields</source>
        <translation>
            <numerusform>&amp;Importá-la como campo extra</numerusform>
            <numerusform>&amp;Importá-las como campos extras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>{list} — every contact in your account</source>
        <translation>{list} — todos os contatos da sua conta</translation>
    </message>
    <message>
        <source>{list}   (list number {number})</source>
        <translation>{list}   (lista número {number})</translation>
    </message>
    <message>
        <source>Choose list</source>
        <translation>Escolher lista</translation>
    </message>
    <message>
        <source>The contacts are added to this list (and always to All Contacts).</source>
        <translation>Os contatos são adicionados a esta lista (e sempre a All Contacts).</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>Contact lists</source>
        <translation>Listas de contatos</translation>
    </message>
    <message>
        <source>The contacts are added to the selected list.</source>
        <translation>Os contatos são adicionados à lista selecionada.</translation>
    </message>
    <message>
        <source>&amp;Lists in your account:</source>
        <translation>&amp;Listas da sua conta:</translation>
    </message>
    <message>
        <source>Name of the new list</source>
        <translation>Nome da nova lista</translation>
    </message>
    <message>
        <source>e.g. Customers May 2024</source>
        <translation>ex.: Clientes maio 2024</translation>
    </message>
    <message>
        <source>&amp;Create list</source>
        <translation>&amp;Criar lista</translation>
    </message>
    <message>
        <source>Creates a list in your account with the name typed beside it.</source>
        <translation>Cria na sua conta uma lista com o nome digitado ao lado.</translation>
    </message>
    <message>
        <source>List number typed in</source>
        <translation>Número de lista digitado</translation>
    </message>
    <message>
        <source>e.g. 10001</source>
        <translation>ex.: 10001</translation>
    </message>
    <message>
        <source>If your list is not shown, type its number (you find it in the list&apos;s address in the Sociocs web app).</source>
        <translation>Se a sua lista não aparece, digite o número dela (você o encontra no endereço da lista no aplicativo web do Sociocs).</translation>
    </message>
    <message>
        <source>Create a ne&amp;w list:</source>
        <translation>Criar uma lista &amp;nova:</translation>
    </message>
    <message>
        <source>Or type a list n&amp;umber:</source>
        <translation>Ou digite um &amp;número de lista:</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Bom saber</translation>
    </message>
    <message>
        <source>Next, the file is compared with the contacts already in Sociocs; nothing is sent before you confirm.</source>
        <translation>Em seguida, o arquivo é comparado com os contatos que já estão no Sociocs; nada é enviado antes da sua confirmação.</translation>
    </message>
    <message>
        <source>A phone number is one contact: a contact already in the list is not added twice.</source>
        <translation>Um número de telefone é um contato: um contato que já está na lista não é adicionado duas vezes.</translation>
    </message>
    <message>
        <source>Create list makes the list in your account at once, even if you stop before uploading.</source>
        <translation>“Criar lista” cria a lista na sua conta na hora, mesmo que você pare antes de enviar os contatos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Each group of the column {column} becomes its own list&lt;/b&gt; (shown on Confirm). The rows without a group go to the list you choose here.</source>
        <translation>&lt;b&gt;Cada grupo da coluna {column} vira sua própria lista&lt;/b&gt; (mostrado em Confirmar). As linhas sem grupo vão para a lista que você escolher aqui.</translation>
    </message>
    <message>
        <source>Connect to Sociocs first (go back to the first step).</source>
        <translation>Conecte-se primeiro ao Sociocs (volte ao primeiro passo).</translation>
    </message>
    <message>
        <source>Fetching your contact lists from Sociocs…</source>
        <translation>Buscando as suas listas de contatos no Sociocs…</translation>
    </message>
    <message>
        <source>{problem} You can still choose All Contacts or type a list number.</source>
        <translation>{problem} Você ainda pode escolher All Contacts ou digitar um número de lista.</translation>
    </message>
    <message>
        <source>Your account has no lists of its own yet: use All Contacts or create one.</source>
        <translation>A sua conta ainda não tem listas próprias: use All Contacts ou crie uma.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lists in your account, and All Contacts.</source>
        <translation>
            <numerusform>%Ln lista na sua conta, além de All Contacts.</numerusform>
            <numerusform>%Ln listas na sua conta, além de All Contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the list &quot;{list}&quot;…</source>
        <translation>Criando a lista “{list}”…</translation>
    </message>
    <message>
        <source>List &quot;{list}&quot; created.</source>
        <translation>Lista “{list}” criada.</translation>
    </message>
    <message>
        <source>The list could not be created</source>
        <translation>Não foi possível criar a lista</translation>
    </message>
    <message>
        <source>list #{number}</source>
        <translation>lista nº {number}</translation>
    </message>
    <message>
        <source>The list this import went to is no longer in your account. Choose a list.</source>
        <translation>A lista para a qual esta importação foi não está mais na sua conta. Escolha uma lista.</translation>
    </message>
</context>
<context>
    <name>ListsBoxWords</name>
    <message>
        <source>&lt;b&gt;Lists&lt;/b&gt; (one for each group in the file)</source>
        <translation>&lt;b&gt;Listas&lt;/b&gt; (uma para cada grupo do arquivo)</translation>
    </message>
    <message>
        <source>Contacts per list</source>
        <translation>Contatos por lista</translation>
    </message>
    <message>
        <source>They are created when you click Upload — nothing is created before. Rows without a group go to the list chosen on Choose list.</source>
        <translation>Elas são criadas quando você clica em Enviar — nada é criado antes. As linhas sem grupo vão para a lista escolhida em Escolher lista.</translation>
    </message>
    <message>
        <source>Every group is a list your account already has: no list is created. Rows without a group go to the list chosen on Choose list.</source>
        <translation>Cada grupo é uma lista que sua conta já tem: nenhuma lista é criada. As linhas sem grupo vão para a lista escolhida em Escolher lista.</translation>
    </message>
    <message>
        <source>{list} (rows without a group)</source>
        <translation>{list} (linhas sem grupo)</translation>
    </message>
    <message>
        <source>{list} (new)</source>
        <translation>{list} (nova)</translation>
    </message>
    <message>
        <source>{list}: {count}</source>
        <translation>{list}: {count}</translation>
    </message>
    <message>
        <source>Contacts in their list already: {lists}.</source>
        <translation>Contatos que já estão na sua lista: {lists}.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more lists.</source>
        <translation>
            <numerusform>… e mais %Ln lista.</numerusform>
            <numerusform>… e mais %Ln listas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in your file</source>
        <translation>Coluna do seu arquivo</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemplos</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Field name in Sociocs</source>
        <translation>Nome do campo no Sociocs</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Primeiro nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Extra field</source>
        <translation>Campo extra</translation>
    </message>
    <message>
        <source>Country of the row</source>
        <translation>País da linha</translation>
    </message>
    <message>
        <source>Lists (the row&apos;s groups)</source>
        <translation>Listas (os grupos da linha)</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Não importar</translation>
    </message>
    <message>
        <source>Double-click to change the field name</source>
        <translation>Clique duas vezes para mudar o nome do campo</translation>
    </message>
    <message>
        <source>Numbers without a country code are read in this column&apos;s country. With a field name the country is also saved in Sociocs; leave it empty to not save it.</source>
        <translation>Os números sem código de país são lidos no país desta coluna. Com um nome de campo, o país também é salvo no Sociocs; deixe-o vazio para não salvá-lo.</translation>
    </message>
    <message>
        <source>Each group in this column becomes a Sociocs list its contacts join. With a field name the groups are also saved as text in Sociocs; leave it empty to not save them.</source>
        <translation>Cada grupo desta coluna vira uma lista do Sociocs na qual os contatos entram. Com um nome de campo, os grupos também são salvos como texto no Sociocs; deixe-o vazio para não salvá-los.</translation>
    </message>
</context>
<context>
    <name>MappingOverview</name>
    <message>
        <source>&lt;b&gt;No column is chosen for the phone number yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nenhuma coluna foi escolhida ainda para o número de telefone.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phone number:&lt;/b&gt; {column}</source>
        <translation>&lt;b&gt;Número de telefone:&lt;/b&gt; {column}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Name:&lt;/b&gt; {columns}</source>
        <translation>&lt;b&gt;Nome:&lt;/b&gt; {columns}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Name:&lt;/b&gt; none (contacts are saved without a name)</source>
        <translation>&lt;b&gt;Nome:&lt;/b&gt; nenhum (os contatos são salvos sem nome)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Country of each row:&lt;/b&gt; {column}</source>
        <translation>&lt;b&gt;País de cada linha:&lt;/b&gt; {column}</translation>
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
        <translation>Associar colunas</translation>
    </message>
    <message>
        <source>Choose what each column of your file becomes in Sociocs.</source>
        <translation>Escolha no que cada coluna do seu arquivo se transforma no Sociocs.</translation>
    </message>
    <message>
        <source>Tell the program what each column of your file holds. Only the &lt;b&gt;phone number&lt;/b&gt; is required. Columns set to &lt;i&gt;Extra field&lt;/i&gt; are saved in Sociocs under the field name shown (you can change it); &lt;i&gt;Don&apos;t import&lt;/i&gt; leaves a column out.</source>
        <translation>Diga ao programa o que cada coluna do seu arquivo contém. Só o &lt;b&gt;número de telefone&lt;/b&gt; é obrigatório. Colunas marcadas como &lt;i&gt;Campo extra&lt;/i&gt; são salvas no Sociocs com o nome de campo mostrado (você pode mudá-lo); &lt;i&gt;Não importar&lt;/i&gt; deixa uma coluna de fora.</translation>
    </message>
    <message>
        <source>Column choices</source>
        <translation>Escolha das colunas</translation>
    </message>
    <message>
        <source>One row for each column of the file: its title, examples of its values and what it becomes in Sociocs.</source>
        <translation>Uma linha para cada coluna do arquivo: o título, exemplos dos valores e no que ela se transforma no Sociocs.</translation>
    </message>
    <message>
        <source>&amp;Load template…</source>
        <translation>&amp;Carregar modelo…</translation>
    </message>
    <message>
        <source>Uses column choices saved earlier in a template file.</source>
        <translation>Usa escolhas de colunas salvas antes em um arquivo de modelo.</translation>
    </message>
    <message>
        <source>Sa&amp;ve as template…</source>
        <translation>&amp;Salvar como modelo…</translation>
    </message>
    <message>
        <source>Saves these column choices in a file, for other files with the same columns.</source>
        <translation>Salva estas escolhas de colunas em um arquivo, para outros arquivos com as mesmas colunas.</translation>
    </message>
    <message>
        <source>These choices are the ones you made last time for a file with the same columns.</source>
        <translation>Estas são as escolhas que você fez da última vez para um arquivo com as mesmas colunas.</translation>
    </message>
    <message>
        <source>The program guessed these choices from the column titles and values. Check them.</source>
        <translation>O programa deduziu estas escolhas a partir dos títulos e valores das colunas. Confira-as.</translation>
    </message>
    <message>
        <source>Recognised: {layout}. The columns are matched for you; check them if you like.</source>
        <translation>Reconhecido: {layout}. As colunas foram associadas para você; confira-as se quiser.</translation>
    </message>
    <message>
        <source>Every column has a valid choice.</source>
        <translation>Toda coluna tem uma escolha válida.</translation>
    </message>
    <message>
        <source>Template not loaded</source>
        <translation>Modelo não carregado</translation>
    </message>
    <message>
        <source>These choices come from the template &quot;{file}&quot;.</source>
        <translation>Estas escolhas vêm do modelo “{file}”.</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Modelo não salvo</translation>
    </message>
    <message>
        <source>Saved these choices as &quot;{file}&quot;.</source>
        <translation>Escolhas salvas como “{file}”.</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>The API key was refused</source>
        <translation>A chave de API foi recusada</translation>
    </message>
    <message>
        <source>Sociocs no longer accepts the API key (it may have been deleted or replaced). Everything sent so far is kept. Paste a new key to continue, or stop and continue later. You find the key in the Sociocs web app under Profile &amp; settings → API.</source>
        <translation>O Sociocs não aceita mais a chave de API (ela pode ter sido apagada ou trocada). Tudo o que foi enviado até agora está guardado. Cole uma chave nova para continuar, ou pare e continue depois. A chave fica no aplicativo web do Sociocs, em Perfil e configurações → API.</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nova chave de API</translation>
    </message>
    <message>
        <source>Paste the new API key here</source>
        <translation>Cole aqui a nova chave de API</translation>
    </message>
    <message>
        <source>New API &amp;key:</source>
        <translation>Nova &amp;chave de API:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Stop and save progress</source>
        <translation>&amp;Parar e salvar o progresso</translation>
    </message>
    <message>
        <source>Goes on with the upload using this key.</source>
        <translation>Continua o envio com esta chave.</translation>
    </message>
    <message>
        <source>Stops the upload; what was sent is kept and it can be continued later.</source>
        <translation>Para o envio; o que foi enviado fica guardado e ele pode continuar depois.</translation>
    </message>
</context>
<context>
    <name>OpenFileDialog</name>
    <message>
        <source>Spreadsheets and contacts (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.vcf);;Excel (*.xlsx *.xlsm *.xls);;OpenDocument (*.ods);;CSV or text (*.csv *.tsv *.txt);;vCard contacts (*.vcf);;All files (*)</source>
        <translation>Planilhas e contatos (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.vcf);;Excel (*.xlsx *.xlsm *.xls);;OpenDocument (*.ods);;CSV ou texto (*.csv *.tsv *.txt);;Contatos vCard (*.vcf);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Escolha uma planilha</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice mode — nothing is sent to Sociocs</source>
        <translation>Modo de prática — nada é enviado ao Sociocs</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Column {letter}: {title}</source>
        <translation>Coluna {letter}: {title}</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>{done} of {total} sent in {time}</source>
        <translation>{done} de {total} enviados em {time}</translation>
    </message>
</context>
<context>
    <name>ReportLocationBox</name>
    <message>
        <source>No program on this computer opens Excel files (.xlsx), so the report could not be opened. It is saved here:&lt;br&gt;&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;&lt;br&gt;&lt;br&gt;Open it with a spreadsheet program (Excel, LibreOffice Calc, Google Sheets).</source>
        <translation>Nenhum programa deste computador abre arquivos do Excel (.xlsx), então não foi possível abrir o relatório. Ele está salvo aqui:&lt;br&gt;&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;&lt;br&gt;&lt;br&gt;Abra-o com um programa de planilhas (Excel, LibreOffice Calc, Google Planilhas).</translation>
    </message>
    <message>
        <source>The folder could not be opened either. The report is in this folder:&lt;br&gt;&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;&lt;br&gt;&lt;br&gt;named &lt;b&gt;{file}&lt;/b&gt;. Copy the path and paste it into your file manager or spreadsheet program.</source>
        <translation>A pasta também não pôde ser aberta. O relatório está nesta pasta:&lt;br&gt;&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;&lt;br&gt;&lt;br&gt;com o nome &lt;b&gt;{file}&lt;/b&gt;. Copie o caminho e cole-o no seu gerenciador de arquivos ou programa de planilhas.</translation>
    </message>
    <message>
        <source>Report not opened</source>
        <translation>Relatório não aberto</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar na &amp;pasta</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Copiar caminho</translation>
    </message>
    <message>
        <source>Opens the folder that holds the report.</source>
        <translation>Abre a pasta que contém o relatório.</translation>
    </message>
    <message>
        <source>Copies the report&apos;s full path.</source>
        <translation>Copia o caminho completo do relatório.</translation>
    </message>
    <message>
        <source>Closes this message.</source>
        <translation>Fecha esta mensagem.</translation>
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
        <translation>&lt;b&gt;Continuar a importação de {file}&lt;/b&gt; ({done} de {total} feitas) para a lista &lt;b&gt;{list}&lt;/b&gt;? Ela parou antes do fim; as linhas já enviadas são puladas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Continue the import of {file}&lt;/b&gt; ({done} of {total} done)? It stopped before the end; the rows already sent are skipped.</source>
        <translation>&lt;b&gt;Continuar a importação de {file}&lt;/b&gt; ({done} de {total} feitas)? Ela parou antes do fim; as linhas já enviadas são puladas.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Not no&amp;w</source>
        <translation>A&amp;gora não</translation>
    </message>
    <message>
        <source>Continue the import of {file}</source>
        <translation>Continuar a importação de {file}</translation>
    </message>
</context>
<context>
    <name>RetryBanner</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Tentar agora</translation>
    </message>
    <message>
        <source>Tries again at once instead of waiting for the countdown.</source>
        <translation>Tenta de novo na hora, sem esperar a contagem regressiva.</translation>
    </message>
    <message>
        <source>Waiting for Sociocs — try {attempt}, next in {time}</source>
        <translation>Aguardando o Sociocs — tentativa {attempt}, próxima em {time}</translation>
    </message>
    <message>
        <source>{reason} The program tries again by itself and nothing is lost; you can also stop now and continue later.</source>
        <translation>{reason} O programa tenta de novo sozinho e nada se perde; você também pode parar agora e continuar depois.</translation>
    </message>
</context>
<context>
    <name>RetryDialog</name>
    <message>
        <source>Sociocs asked us to slow down</source>
        <translation>O Sociocs pediu para irmos mais devagar</translation>
    </message>
    <message>
        <source>Sociocs is having trouble</source>
        <translation>O Sociocs está com problemas</translation>
    </message>
    <message>
        <source>Cannot reach Sociocs</source>
        <translation>Não foi possível conectar ao Sociocs</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Tentar agora</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>Continuar &amp;esperando</translation>
    </message>
    <message>
        <source>Tries again at once.</source>
        <translation>Tenta de novo na hora.</translation>
    </message>
    <message>
        <source>Waits until the countdown ends, then tries again.</source>
        <translation>Espera a contagem regressiva terminar e tenta de novo.</translation>
    </message>
    <message>
        <source>&amp;Stop and save progress</source>
        <translation>&amp;Parar e salvar o progresso</translation>
    </message>
    <message>
        <source>Everything sent so far is kept. Next time you open this file, the program offers to continue where it stopped.</source>
        <translation>Tudo o que foi enviado até agora está guardado. Da próxima vez que você abrir este arquivo, o programa vai oferecer continuar de onde parou.</translation>
    </message>
</context>
<context>
    <name>RoleCombo</name>
    <message>
        <source>Press Space to open the list of choices.</source>
        <translation>Pressione Espaço para abrir a lista de opções.</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message>
        <source>Import column {column} as</source>
        <translation>Importar a coluna {column} como</translation>
    </message>
</context>
<context>
    <name>RowsFileDialog</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps of the import</source>
        <translation>Etapas da importação</translation>
    </message>
    <message>
        <source>Step {number} of {count}: {name}</source>
        <translation>Passo {number} de {count}: {name}</translation>
    </message>
</context>
<context>
    <name>TemplateFileDialog</name>
    <message>
        <source>Mapping templates (*.json);;All files (*)</source>
        <translation>Modelos de mapeamento (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Load a mapping template</source>
        <translation>Carregar um modelo de mapeamento</translation>
    </message>
    <message>
        <source>Save the mapping template</source>
        <translation>Salvar o modelo de mapeamento</translation>
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
        <translation>Desfazer esta importação</translation>
    </message>
    <message>
        <source>The account is already as it was.</source>
        <translation>A conta já está como era.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Undoes the import; contacts changed since are left as they are.</source>
        <translation>Desfaz a importação; os contatos alterados desde então ficam como estão.</translation>
    </message>
    <message>
        <source>Undo &amp;those too</source>
        <translation>Desfazer &amp;esses também</translation>
    </message>
    <message>
        <source>Also put back contacts changed in Sociocs since the import: those changes are lost.</source>
        <translation>Restaurar também os contatos alterados no Sociocs desde a importação: essas mudanças se perdem.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Nothing is undone.</source>
        <translation>Nada é desfeito.</translation>
    </message>
</context>
<context>
    <name>UndoPanel</name>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Desfazer esta importação</translation>
    </message>
    <message>
        <source>Delete the contacts this import created and give the contacts it changed their earlier name and fields back.</source>
        <translation>Apagar os contatos que esta importação criou e devolver aos contatos alterados o nome e os campos anteriores.</translation>
    </message>
    <message>
        <source>Undo progress</source>
        <translation>Progresso de desfazer</translation>
    </message>
    <message>
        <source>Reading what Sociocs holds now…</source>
        <translation>Lendo o que o Sociocs contém agora…</translation>
    </message>
</context>
<context>
    <name>UndoPanelWords</name>
    <message numerus="yes">
        <source>%Ln contacts were deleted (they were new).</source>
        <translation>
            <numerusform>%Ln contato foi excluído (era novo).</numerusform>
            <numerusform>%Ln contatos foram excluídos (eram novos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts were restored as they were before the import.</source>
        <translation>
            <numerusform>%Ln contato foi restaurado como estava antes da importação.</numerusform>
            <numerusform>%Ln contatos foram restaurados como estavam antes da importação.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts were taken out of the list (they were in Sociocs before).</source>
        <translation>
            <numerusform>%Ln contato foi retirado da lista (já estava no Sociocs).</numerusform>
            <numerusform>%Ln contatos foram retirados da lista (já estavam no Sociocs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts were already as before the import.</source>
        <translation>
            <numerusform>%Ln contato já estava como antes da importação.</numerusform>
            <numerusform>%Ln contatos já estavam como antes da importação.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needed undoing.</source>
        <translation>Não havia nada a desfazer.</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Desfeito: {what}</translation>
    </message>
    <message>
        <source>Nothing was undone yet.</source>
        <translation>Nada foi desfeito ainda.</translation>
    </message>
    <message>
        <source>Partly undone: {what}</source>
        <translation>Desfeito em parte: {what}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts changed in Sociocs since the import were left as they are.</source>
        <translation>
            <numerusform>%Ln contato alterado no Sociocs desde a importação ficou como está.</numerusform>
            <numerusform>%Ln contatos alterados no Sociocs desde a importação ficaram como estão.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts are not undone yet: Sociocs did not confirm the change. Undo this import again to continue.</source>
        <translation>
            <numerusform>%Ln contato ainda não foi desfeito: o Sociocs não confirmou a mudança. Desfaça esta importação de novo para continuar.</numerusform>
            <numerusform>%Ln contatos ainda não foram desfeitos: o Sociocs não confirmou a mudança. Desfaça esta importação de novo para continuar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsentBox</name>
    <message>
        <source>&amp;Export these rows…</source>
        <translation>&amp;Exportar estas linhas…</translation>
    </message>
    <message>
        <source>Saves these rows, with every column of your file and why each did not go, to an Excel file: fix them there, then import that file.</source>
        <translation>Salva estas linhas, com todas as colunas do seu arquivo e o motivo de cada uma não ter sido enviada, em um arquivo do Excel: corrija-as lá e depois importe esse arquivo.</translation>
    </message>
    <message>
        <source>Rows that did not go</source>
        <translation>Linhas que não foram enviadas</translation>
    </message>
    <message>
        <source>Each row that was not sent: its row, the phone as typed and why.</source>
        <translation>Cada linha não enviada: o número dela, o telefone como está no arquivo e o motivo.</translation>
    </message>
    <message>
        <source>Select a row to read here why it did not go, in full.</source>
        <translation>Selecione uma linha para ler aqui, por completo, por que ela não foi enviada.</translation>
    </message>
    <message>
        <source>{file} - rows not sent</source>
        <translation>{file} - linhas não enviadas</translation>
    </message>
    <message>
        <source>Export the rows that did not go</source>
        <translation>Exportar as linhas que não foram enviadas</translation>
    </message>
    <message>
        <source>Saving &quot;{file}&quot;…</source>
        <translation>Salvando &quot;{file}&quot;…</translation>
    </message>
    <message>
        <source>The rows could not be exported</source>
        <translation>Não foi possível exportar as linhas</translation>
    </message>
</context>
<context>
    <name>UnsentModel</name>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Phone as typed</source>
        <translation>Telefone original</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Why it did not go</source>
        <translation>Por que não foi enviada</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
</context>
<context>
    <name>UnsentWords</name>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln cards did not go&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln cartão não foi enviado&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln cartões não foram enviados&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln rows did not go&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln linha não foi enviada&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln linhas não foram enviadas&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln rows to &quot;{file}&quot;.</source>
        <translation>
            <numerusform>%Ln linha salva em &quot;{file}&quot;.</numerusform>
            <numerusform>%Ln linhas salvas em &quot;{file}&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadPage</name>
    <message>
        <source>Upload</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>You can use other programs meanwhile. Stopping or closing keeps what was sent.</source>
        <translation>Você pode usar outros programas enquanto isso. Parar ou fechar mantém o que já foi enviado.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Próximo &gt;</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Progresso do envio</translation>
    </message>
    <message>
        <source>Contacts sent over time</source>
        <translation>Contatos enviados ao longo do tempo</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause or resume the upload</source>
        <translation>Pausar ou retomar o envio</translation>
    </message>
    <message>
        <source>Pauses after the current batch; click again to go on.</source>
        <translation>Pausa depois do lote atual; clique de novo para continuar.</translation>
    </message>
    <message>
        <source>&amp;Stop and save progress</source>
        <translation>&amp;Parar e salvar o progresso</translation>
    </message>
    <message>
        <source>Stops after the current batch. What was sent is kept; you can continue later.</source>
        <translation>Para depois do lote atual. O que foi enviado fica guardado; você pode continuar depois.</translation>
    </message>
    <message>
        <source>Nothing to send yet: go back and check the file first.</source>
        <translation>Nada para enviar ainda: volte e confira o arquivo primeiro.</translation>
    </message>
    <message>
        <source>First, the file is compared with the contacts in Sociocs.</source>
        <translation>Primeiro, o arquivo é comparado com os contatos do Sociocs.</translation>
    </message>
    <message numerus="yes">
        <source>Getting ready to send %Ln contacts…</source>
        <translation>
            <numerusform>Preparando o envio de %Ln contato…</numerusform>
            <numerusform>Preparando o envio de %Ln contatos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending to {list}…</source>
        <translation>Enviando para {list}…</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln contacts sent (batch {batch} of {batches})</source>
        <translation>
            <numerusform>{done} de %Ln contato enviado (lote {batch} de {batches})</numerusform>
            <numerusform>{done} de %Ln contatos enviados (lote {batch} de {batches})</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused. Click Resume to go on.</source>
        <translation>Pausado. Clique em Retomar para continuar.</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>a lista</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>Pausing after the current batch…</source>
        <translation>Pausando depois do lote atual…</translation>
    </message>
    <message>
        <source>Stopping after the current batch; progress is saved…</source>
        <translation>Parando depois do lote atual; o progresso está sendo salvo…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Gravando o relatório…</translation>
    </message>
    <message>
        <source>The report could not be written</source>
        <translation>Não foi possível gravar o relatório</translation>
    </message>
    <message>
        <source>All contacts were sent.</source>
        <translation>Todos os contatos foram enviados.</translation>
    </message>
    <message>
        <source>The upload could not start</source>
        <translation>Não foi possível iniciar o envio</translation>
    </message>
    <message>
        <source>Contacts are being sent right now. If you close, the upload stops after the current batch. Nothing already sent is lost: next time you import this file to the same list, the program continues where it stopped.</source>
        <translation>Os contatos estão sendo enviados agora. Se você fechar, o envio para depois do lote atual. Nada do que já foi enviado se perde: da próxima vez que você importar este arquivo para a mesma lista, o programa continua de onde parou.</translation>
    </message>
</context>
<context>
    <name>UploadPageWords</name>
    <message numerus="yes">
        <source>%Ln contacts a second</source>
        <translation>
            <numerusform>%Ln contato por segundo</numerusform>
            <numerusform>%Ln contatos por segundo</numerusform>
        </translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>faltam cerca de {time}</translation>
    </message>
    <message>
        <source>Step 1 of 3: creating the lists the groups need…</source>
        <translation>Etapa 1 de 3: criando as listas de que os grupos precisam…</translation>
    </message>
    <message>
        <source>Step 2 of 3: sending the contacts, each once…</source>
        <translation>Etapa 2 de 3: enviando os contatos, cada um uma vez…</translation>
    </message>
    <message numerus="yes">
        <source>Step 3 of 3: adding contacts to their other lists — {added} of %Ln added…</source>
        <translation>
            <numerusform>Etapa 3 de 3: adicionando o contato à sua outra lista — {added} de %Ln adicionado…</numerusform>
            <numerusform>Etapa 3 de 3: adicionando os contatos às suas outras listas — {added} de %Ln adicionados…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>The program is still working. Closing now stops it.</source>
        <translation>O programa ainda está trabalhando. Fechar agora interrompe o trabalho.</translation>
    </message>
    <message>
        <source>Your choices for &quot;{file}&quot; will be lost.</source>
        <translation>As suas escolhas para “{file}” serão perdidas.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Sociocs Contact Importer</source>
        <translation>À propos de Sociocs Contact Importer</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>The language of the program; a new choice applies when it starts again.</source>
        <translation>La langue du programme&#x202f;; un nouveau choix s’applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Closes this window.</source>
        <translation>Ferme cette fenêtre.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sociocs Contact Importer {version}&lt;/h3&gt;&lt;p&gt;Moves contacts from spreadsheets (Excel, LibreOffice, CSV) into Sociocs. Every good row goes in; every row that cannot go in is explained in plain words.&lt;/p&gt;&lt;p&gt;You can practice with the built-in sandbox first: nothing is sent to Sociocs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sociocs Contact Importer {version}&lt;/h3&gt;&lt;p&gt;Transfère les contacts de vos classeurs (Excel, LibreOffice, CSV) vers Sociocs. Chaque ligne correcte est importée&#x202f;; chaque ligne qui ne peut pas l’être est expliquée en termes simples.&lt;/p&gt;&lt;p&gt;Vous pouvez d’abord vous entraîner avec le bac à sable intégré&#xa0;: rien n’est envoyé à Sociocs.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{language} (not installed)</source>
        <translation>{language} (non installé)</translation>
    </message>
    <message>
        <source>{language} is not installed: its translation files are missing or damaged. The program keeps the language it speaks now ({current}). Installing the program again brings them back.</source>
        <translation>{language} n’est pas installé&#xa0;: ses fichiers de traduction manquent ou sont endommagés. Le programme garde la langue qu’il parle maintenant ({current}). Réinstallez le programme pour les retrouver.</translation>
    </message>
</context>
<context>
    <name>AccountBadge</name>
    <message>
        <source>Practice sandbox</source>
        <translation>Bac à sable d’entraînement</translation>
    </message>
    <message>
        <source>Nothing is sent to Sociocs.</source>
        <translation>Rien n’est envoyé à Sociocs.</translation>
    </message>
    <message>
        <source>Sociocs account</source>
        <translation>Compte Sociocs</translation>
    </message>
    <message>
        <source>Key {start}</source>
        <translation>Clé {start}</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>Pas encore connecté</translation>
    </message>
    <message>
        <source>Connected to: {what}</source>
        <translation>Connecté à&#xa0;: {what}</translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <source>Back to &amp;Match columns</source>
        <translation>Retour à &amp;Associer les colonnes</translation>
    </message>
    <message>
        <source>Most numbers look like &lt;b&gt;{country}&lt;/b&gt; numbers.</source>
        <translation>La plupart des numéros semblent venir de ce pays&#xa0;: &lt;b&gt;{country}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Use {country}</source>
        <translation>&amp;Utiliser {country}</translation>
    </message>
    <message>
        <source>Use &amp;row {row}</source>
        <translation>Utiliser la &amp;ligne {row}</translation>
    </message>
    <message>
        <source>&amp;Use &quot;{column}&quot; as the phone number</source>
        <translation>&amp;Utiliser «&#xa0;{column}&#xa0;» comme numéro de téléphone</translation>
    </message>
    <message>
        <source>&amp;Take the number from &quot;{fallback}&quot; when &quot;{phone}&quot; is empty</source>
        <translation>&amp;Prendre le numéro dans «&#xa0;{fallback}&#xa0;» quand «&#xa0;{phone}&#xa0;» est vide</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message numerus="yes">
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln de plus</numerusform>
            <numerusform>+%Ln de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation>{label}&#xa0;: {count}</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Name (old → new)</source>
        <translation>Nom (avant → après)</translation>
    </message>
    <message>
        <source>Fields changed (old → new)</source>
        <translation>Champs modifiés (avant → après)</translation>
    </message>
    <message>
        <source>Fields lost</source>
        <translation>Champs perdus</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>joins</source>
        <translation>y entre</translation>
    </message>
    <message>
        <source>already in</source>
        <translation>déjà dedans</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}&#xa0;: {old} → {new}</translation>
    </message>
    <message>
        <source>{phone}: {change}</source>
        <translation>{phone}&#xa0;: {change}</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Keep the last row (as Sociocs would)</source>
        <translation>Garder la dernière ligne (comme Sociocs)</translation>
    </message>
    <message>
        <source>Keep the first row</source>
        <translation>Garder la première ligne</translation>
    </message>
    <message>
        <source>Select a row to read its whole problem here. Double-click a phone or name to fix it.</source>
        <translation>Sélectionnez une ligne pour lire ici son problème en entier. Double-cliquez sur un téléphone ou un nom pour le corriger.</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Pas de numéro de téléphone</translation>
    </message>
    <message>
        <source>Not a phone number</source>
        <translation>Pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>Too few digits</source>
        <translation>Trop peu de chiffres</translation>
    </message>
    <message>
        <source>Too many digits</source>
        <translation>Trop de chiffres</translation>
    </message>
    <message>
        <source>Wrong number of digits</source>
        <translation>Nombre de chiffres incorrect</translation>
    </message>
    <message>
        <source>Unknown country code</source>
        <translation>Indicatif pays inconnu</translation>
    </message>
    <message>
        <source>Area code missing</source>
        <translation>Indicatif régional manquant</translation>
    </message>
    <message>
        <source>Number not known to be in use</source>
        <translation>Numéro non attribué</translation>
    </message>
    <message>
        <source>Not a possible number there</source>
        <translation>Numéro impossible dans ce pays</translation>
    </message>
    <message>
        <source>Placeholder, not a real number</source>
        <translation>Valeur fictive, pas un vrai numéro</translation>
    </message>
    <message>
        <source>Digits lost by Excel (1.6E+10)</source>
        <translation>Chiffres perdus par Excel (1,6E+10)</translation>
    </message>
    <message>
        <source>Digits lost by Excel (over 15)</source>
        <translation>Chiffres perdus par Excel (plus de 15)</translation>
    </message>
    <message>
        <source>Read from a spreadsheet number</source>
        <translation>Lu depuis un nombre du tableur</translation>
    </message>
    <message>
        <source>Extension left out</source>
        <translation>Numéro de poste retiré</translation>
    </message>
    <message>
        <source>Letters turned into digits</source>
        <translation>Lettres converties en chiffres</translation>
    </message>
    <message>
        <source>Leading 0 put back</source>
        <translation>0 initial remis</translation>
    </message>
    <message>
        <source>Read with a country code</source>
        <translation>Lu avec un indicatif pays</translation>
    </message>
    <message>
        <source>Valid only with a + added</source>
        <translation>Valide seulement avec un + ajouté</translation>
    </message>
    <message>
        <source>Not in use, even with a + added</source>
        <translation>Non attribué, même avec un + devant</translation>
    </message>
    <message>
        <source>Country code not the row&apos;s country</source>
        <translation>Indicatif différent du pays de la ligne</translation>
    </message>
    <message>
        <source>Country not known</source>
        <translation>Pays inconnu</translation>
    </message>
    <message>
        <source>Several numbers in one cell</source>
        <translation>Plusieurs numéros dans une cellule</translation>
    </message>
    <message>
        <source>Number from another column</source>
        <translation>Numéro pris dans une autre colonne</translation>
    </message>
    <message>
        <source>Phone number repeated</source>
        <translation>Numéro de téléphone en double</translation>
    </message>
    <message>
        <source>Very long name</source>
        <translation>Nom très long</translation>
    </message>
    <message>
        <source>Value that cannot be sent</source>
        <translation>Valeur impossible à envoyer</translation>
    </message>
    <message>
        <source>Group name too long for a list</source>
        <translation>Nom de groupe trop long pour une liste</translation>
    </message>
    <message>
        <source>Empty group name</source>
        <translation>Nom de groupe vide</translation>
    </message>
    <message>
        <source>Check data</source>
        <translation>Vérifier les données</translation>
    </message>
    <message>
        <source>Every row is checked before anything is sent. Fix what you can here, or export the rows that cannot be sent and fix them in Excel.</source>
        <translation>Chaque ligne est vérifiée avant tout envoi. Corrigez ici ce que vous pouvez, ou exportez les lignes impossibles à envoyer et corrigez-les dans Excel.</translation>
    </message>
    <message>
        <source>Default country for phone numbers</source>
        <translation>Pays par défaut des numéros de téléphone</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as numbers of this country.</source>
        <translation>Les numéros de téléphone écrits sans indicatif pays sont lus comme des numéros de ce pays.</translation>
    </message>
    <message>
        <source>Which row to keep when a number repeats</source>
        <translation>Ligne à garder quand un numéro se répète</translation>
    </message>
    <message>
        <source>Of the rows with the same phone number, only one is sent.</source>
        <translation>Parmi les lignes ayant le même numéro de téléphone, une seule est envoyée.</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>&amp;Pays par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Problems by kind</source>
        <translation>Problèmes par type</translation>
    </message>
    <message>
        <source>When a phone number &amp;repeats:</source>
        <translation>Quand un numéro se &amp;répète&#xa0;:</translation>
    </message>
    <message>
        <source>For numbers in ranges newer than the phone number data: they have the right number of digits, but the data does not know them as in use. Placeholders such as 000-000-0000 are never sent.</source>
        <translation>Pour les numéros de tranches plus récentes que les données de numérotation&#xa0;: ils ont le bon nombre de chiffres, mais les données ne les connaissent pas comme attribués. Les valeurs fictives comme 000-000-0000 ne sont jamais envoyées.</translation>
    </message>
    <message>
        <source>Send numbers that cannot be verified</source>
        <translation>Envoyer les numéros qui ne peuvent pas être vérifiés</translation>
    </message>
    <message>
        <source>Checking progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>Show rows with this problem</source>
        <translation>Afficher les lignes ayant ce problème</translation>
    </message>
    <message>
        <source>The table below shows only the rows with the chosen kind of problem.</source>
        <translation>Le tableau ci-dessous n’affiche que les lignes ayant le type de problème choisi.</translation>
    </message>
    <message>
        <source>&amp;Export rows that cannot be sent…</source>
        <translation>&amp;Exporter les lignes impossibles à envoyer…</translation>
    </message>
    <message>
        <source>Saves the rows with problems (not the repeated numbers) to an Excel file: fix them there, then import that file.</source>
        <translation>Enregistre les lignes qui posent problème (pas les numéros en double) dans un fichier Excel&#xa0;: corrigez-les dans ce fichier, puis importez-le.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;fficher&#xa0;:</translation>
    </message>
    <message>
        <source>No rows need attention: every row is ready to send.</source>
        <translation>Aucune ligne ne demande votre attention&#xa0;: toutes sont prêtes à être envoyées.</translation>
    </message>
    <message>
        <source>Choose a file and its columns first (go Back).</source>
        <translation>Choisissez d’abord un fichier et ses colonnes (revenez en arrière).</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de toutes les lignes…</translation>
    </message>
    <message>
        <source>Marking the numbers that cannot be verified as ready to send…</source>
        <translation>Marquage des numéros non vérifiables comme prêts à envoyer…</translation>
    </message>
    <message>
        <source>Marking the numbers that cannot be verified as not to be sent…</source>
        <translation>Marquage des numéros non vérifiables comme à ne pas envoyer…</translation>
    </message>
    <message>
        <source>Reading the phone numbers again for the new country…</source>
        <translation>Nouvelle lecture des numéros de téléphone pour le nouveau pays…</translation>
    </message>
    <message numerus="yes">
        <source>Checking every row… %Ln read so far</source>
        <translation>
            <numerusform>Vérification de toutes les lignes… %Ln lue pour l’instant</numerusform>
            <numerusform>Vérification de toutes les lignes… %Ln lues pour l’instant</numerusform>
        </translation>
    </message>
    <message>
        <source>Many groups</source>
        <translation>Beaucoup de groupes</translation>
    </message>
    <message>
        <source>&amp;Make them lists</source>
        <translation>En &amp;faire des listes</translation>
    </message>
    <message>
        <source>&amp;No, keep the column as text</source>
        <translation>&amp;Non, garder la colonne comme texte</translation>
    </message>
    <message>
        <source>The file could not be checked</source>
        <translation>Le fichier n’a pas pu être vérifié</translation>
    </message>
    <message>
        <source>Recognised: {layout}.</source>
        <translation>Reconnu&#xa0;: {layout}.</translation>
    </message>
    <message>
        <source>All rows that need attention</source>
        <translation>Toutes les lignes qui demandent votre attention</translation>
    </message>
    <message>
        <source>{problem} ({count})</source>
        <translation>{problem} ({count})</translation>
    </message>
    <message>
        <source>Saving &quot;{file}&quot;…</source>
        <translation>Enregistrement de «&#xa0;{file}&#xa0;»…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln rows to &quot;{file}&quot;. Fix them there, then import that file.</source>
        <translation>
            <numerusform>%Ln ligne enregistrée dans «&#xa0;{file}&#xa0;». Corrigez-la dans ce fichier, puis importez-le.</numerusform>
            <numerusform>%Ln lignes enregistrées dans «&#xa0;{file}&#xa0;». Corrigez-les dans ce fichier, puis importez-le.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows could not be exported</source>
        <translation>Les lignes n’ont pas pu être exportées</translation>
    </message>
    <message>
        <source>{file} - rows to fix</source>
        <translation>{file} - lignes à corriger</translation>
    </message>
    <message>
        <source>Export rows that cannot be sent</source>
        <translation>Exporter les lignes impossibles à envoyer</translation>
    </message>
</context>
<context>
    <name>CheckPageWords</name>
    <message numerus="yes">
        <source>All %Ln cards checked.</source>
        <translation>
            <numerusform>La fiche est vérifiée.</numerusform>
            <numerusform>Les %Ln fiches sont vérifiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rows checked.</source>
        <translation>
            <numerusform>La ligne est vérifiée.</numerusform>
            <numerusform>Les %Ln lignes sont vérifiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln cards can be sent.</source>
        <translation>
            <numerusform>L’unique fiche ne peut pas être envoyée.</numerusform>
            <numerusform>Aucune des %Ln fiches ne peut être envoyée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln rows can be sent.</source>
        <translation>
            <numerusform>L’unique ligne ne peut pas être envoyée.</numerusform>
            <numerusform>Aucune des %Ln lignes ne peut être envoyée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers without a country code are read as &lt;b&gt;{country}&lt;/b&gt; (+{code}) numbers.</source>
        <translation>Les numéros sans indicatif pays sont lus avec le pays par défaut&#xa0;: &lt;b&gt;{country}&lt;/b&gt; (+{code}).</translation>
    </message>
    <message>
        <source>Numbers without a country code are read in each row&apos;s country (column {column}); rows without one: &lt;b&gt;{country}&lt;/b&gt; (+{code}).</source>
        <translation>Les numéros sans indicatif pays sont lus dans le pays de chaque ligne (colonne {column})&#xa0;; lignes sans pays&#xa0;: &lt;b&gt;{country}&lt;/b&gt; (+{code}).</translation>
    </message>
    <message>
        <source>Countries found: {countries}</source>
        <translation>Pays trouvés&#xa0;: {countries}</translation>
    </message>
    <message numerus="yes">
        <source>Send the numbers that cannot be &amp;verified (%Ln rows)</source>
        <translation>
            <numerusform>&amp;Envoyer le numéro non vérifiable (%Ln ligne)</numerusform>
            <numerusform>&amp;Envoyer les numéros non vérifiables (%Ln lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%Ln more kinds (see Show below)</source>
        <translation>
            <numerusform>+%Ln autre type (voir «&#xa0;Afficher&#xa0;» ci-dessous)</numerusform>
            <numerusform>+%Ln autres types (voir «&#xa0;Afficher&#xa0;» ci-dessous)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the numbers that cannot be &amp;verified: none to send — the %Ln rows are valid {country} numbers</source>
        <translation>
            <numerusform>Envoyer les numéros non &amp;vérifiables&#xa0;: aucun à envoyer — la %Ln ligne est un numéro valide de {country}</numerusform>
            <numerusform>Envoyer les numéros non &amp;vérifiables&#xa0;: aucun à envoyer — les %Ln lignes sont des numéros valides de {country}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckTiles</name>
    <message numerus="yes">
        <source>ready to send</source>
        <translation>
            <numerusform>prête à envoyer</numerusform>
            <numerusform>prêtes à envoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ready with a note</source>
        <translation>
            <numerusform>prête avec une remarque</numerusform>
            <numerusform>prêtes avec une remarque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot be sent</source>
        <translation>
            <numerusform>impossible à envoyer</numerusform>
            <numerusform>impossibles à envoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>duplicates</source>
        <translation>
            <numerusform>doublon</numerusform>
            <numerusform>doublons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareBox</name>
    <message>
        <source>Comparing with Sociocs</source>
        <translation>Comparaison avec Sociocs</translation>
    </message>
    <message>
        <source>S&amp;top comparing</source>
        <translation>Arrê&amp;ter la comparaison</translation>
    </message>
    <message>
        <source>Nothing has been sent. The upload compares again before sending.</source>
        <translation>Rien n’a été envoyé. L’envoi compare de nouveau avant d’envoyer.</translation>
    </message>
    <message>
        <source>Compare a&amp;gain</source>
        <translation>Comparer à nou&amp;veau</translation>
    </message>
    <message>
        <source>Read the contacts in Sociocs again.</source>
        <translation>Relit les contacts de Sociocs.</translation>
    </message>
    <message>
        <source>Comparing with Sociocs…</source>
        <translation>Comparaison avec Sociocs…</translation>
    </message>
    <message>
        <source>Stopping once Sociocs answers…</source>
        <translation>Arrêt dès que Sociocs répond…</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>&lt;b&gt;Continue the import of {file}&lt;/b&gt; ({done} of {total} done): an earlier upload of this file to this list stopped before the end. It follows the comparison made then; the rows already sent are skipped.</source>
        <translation>&lt;b&gt;Poursuivre l’importation de {file}&lt;/b&gt; ({done} sur {total} faites)&#xa0;: un envoi précédent de ce fichier vers cette liste s’est arrêté avant la fin. Il suit la comparaison faite alors&#x202f;; les lignes déjà envoyées sont ignorées.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file} changed after an upload of it to this list stopped&lt;/b&gt; ({done} of {total} done). That upload can go on with the rows as they were checked then, or the file can be imported as it is now. Choose one:</source>
        <translation>&lt;b&gt;{file} a changé après l’arrêt d’un envoi de ce fichier vers cette liste&lt;/b&gt; ({done} sur {total} faites). Cet envoi peut reprendre avec les lignes telles qu’elles ont été vérifiées alors, ou le fichier peut être importé tel qu’il est maintenant. Choisissez :</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. This is what will happen.</source>
        <translation>Rien n’a encore été envoyé. Voici ce qui va se passer.</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&amp;Start over: compare again and send every row</source>
        <translation>&amp;Recommencer&#xa0;: comparer de nouveau et envoyer chaque ligne</translation>
    </message>
    <message>
        <source>The rows sent before are compared again and sent if they differ.</source>
        <translation>Les lignes envoyées auparavant sont comparées de nouveau et envoyées si elles diffèrent.</translation>
    </message>
    <message>
        <source>&amp;I understand that these fields are removed from Sociocs</source>
        <translation>&amp;Je comprends que ces champs sont supprimés de Sociocs</translation>
    </message>
    <message>
        <source>Existing contacts that change</source>
        <translation>Contacts existants qui changent</translation>
    </message>
    <message>
        <source>Each existing contact the upload changes, with its old and new values.</source>
        <translation>Chaque contact existant que l’envoi modifie, avec ses anciennes et nouvelles valeurs.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Existing contacts that change&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contacts existants qui changent&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consent.&lt;/b&gt; WhatsApp and SMS allow messages only to people who agreed to receive them.</source>
        <translation>&lt;b&gt;Consentement.&lt;/b&gt; WhatsApp et les SMS n’autorisent les messages qu’aux personnes qui ont accepté de les recevoir.</translation>
    </message>
    <message>
        <source>I confirm that these contacts agreed to be &amp;contacted by this Sociocs account</source>
        <translation>Je confirme que ces contacts ont &amp;accepté d’être contactés par ce compte Sociocs</translation>
    </message>
    <message>
        <source>Upload can be clicked once this is ticked. The answer is kept in the import history and the report.</source>
        <translation>Le bouton Envoyer devient actif une fois cette case cochée. La réponse est conservée dans l’historique des importations et dans le rapport.</translation>
    </message>
    <message>
        <source>Continue &amp;that upload with the rows as they were checked then (the changes to the file are not sent: import it again afterwards to send them)</source>
        <translation>Reprendre ce&amp;t envoi avec les lignes telles qu’elles ont été vérifiées alors (les modifications du fichier ne sont pas envoyées : importez-le à nouveau ensuite pour les envoyer)</translation>
    </message>
    <message>
        <source>Import the file as it is &amp;now (compared with Sociocs, so what was sent is not sent again unless it changed; the upload that stopped is closed and can still be undone)</source>
        <translation>Importer le fichier tel qu’il est mai&amp;ntenant (comparé avec Sociocs : ce qui a été envoyé n’est renvoyé que s’il a changé ; l’envoi arrêté est clos et peut encore être annulé)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contacts already in Sociocs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contacts déjà dans Sociocs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Keep their fields: the file&apos;s values replace theirs, what the file leaves empty or does not have stays (recommended)</source>
        <translation>&amp;Conserver leurs champs&#xa0;: les valeurs du fichier remplacent les leurs, ce que le fichier laisse vide ou n’a pas reste (recommandé)</translation>
    </message>
    <message>
        <source>&amp;Replace them: their name and every extra field become the file&apos;s (Sociocs&apos;s own behaviour)</source>
        <translation>Les re&amp;mplacer&#xa0;: leur nom et chaque champ supplémentaire deviennent ceux du fichier (le comportement de Sociocs lui-même)</translation>
    </message>
    <message>
        <source>Ski&amp;p them: leave existing contacts as they are</source>
        <translation>Les i&amp;gnorer&#xa0;: les contacts existants restent tels quels</translation>
    </message>
    <message>
        <source>Still add the skipped contacts to the &amp;list</source>
        <translation>Ajouter quand même les contacts ignorés à la &amp;liste</translation>
    </message>
    <message>
        <source>They join the list; none of their values changes.</source>
        <translation>Ils rejoignent la liste&#x202f;; aucune de leurs valeurs ne change.</translation>
    </message>
    <message>
        <source>None of these contacts is in Sociocs yet.</source>
        <translation>Aucun de ces contacts n’est encore dans Sociocs.</translation>
    </message>
    <message>
        <source>No row can be sent: go back and check the file.</source>
        <translation>Aucune ligne ne peut être envoyée&#xa0;: revenez en arrière et vérifiez le fichier.</translation>
    </message>
    <message>
        <source>The file was not compared with Sociocs. The upload compares it before it sends anything.</source>
        <translation>Le fichier n’a pas été comparé avec Sociocs. L’envoi le compare avant d’envoyer quoi que ce soit.</translation>
    </message>
    <message>
        <source>Upload can be clicked once this is ticked.</source>
        <translation>Le bouton Envoyer devient actif une fois cette case cochée.</translation>
    </message>
    <message>
        <source>Select a row to read its whole change here: every old and new value.</source>
        <translation>Sélectionnez une ligne pour lire ici sa modification en entier&#xa0;: chaque ancienne et nouvelle valeur.</translation>
    </message>
    <message>
        <source>Start over instead of continuing</source>
        <translation>Recommencer au lieu de reprendre</translation>
    </message>
</context>
<context>
    <name>ConfirmPageWords</name>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln cards&lt;/b&gt; are ready to send to the list &lt;b&gt;{list}&lt;/b&gt;.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln fiche&lt;/b&gt; est prête à être envoyée à la liste &lt;b&gt;{list}&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;%Ln fiches&lt;/b&gt; sont prêtes à être envoyées à la liste &lt;b&gt;{list}&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln rows&lt;/b&gt; are ready to send to the list &lt;b&gt;{list}&lt;/b&gt;.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln ligne&lt;/b&gt; est prête à être envoyée à la liste &lt;b&gt;{list}&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;%Ln lignes&lt;/b&gt; sont prêtes à être envoyées à la liste &lt;b&gt;{list}&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln contacts&lt;/b&gt; will be sent to the list &lt;b&gt;{list}&lt;/b&gt;: {new} new, {updated} updated.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln contact&lt;/b&gt; sera envoyé à la liste &lt;b&gt;{list}&lt;/b&gt;&#xa0;: {new} nouveaux, {updated} mis à jour.</numerusform>
            <numerusform>&lt;b&gt;%Ln contacts&lt;/b&gt; seront envoyés à la liste &lt;b&gt;{list}&lt;/b&gt;&#xa0;: {new} nouveaux, {updated} mis à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln contacts&lt;/b&gt; will be sent, each once: {new} new, {updated} updated. The lists they join are below.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln contact&lt;/b&gt; sera envoyé : {new} nouveau, {updated} mis à jour. Les listes qu’il rejoint sont ci-dessous.</numerusform>
            <numerusform>&lt;b&gt;%Ln contacts&lt;/b&gt; seront envoyés, chacun une fois : {new} nouveaux, {updated} mis à jour. Les listes qu’ils rejoignent sont ci-dessous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts are already in Sociocs as the file has them: they are not sent again.</source>
        <translation>
            <numerusform>%Ln contact est déjà dans Sociocs tel que le fichier l’a&#xa0;: il n’est pas renvoyé.</numerusform>
            <numerusform>%Ln contacts sont déjà dans Sociocs tels que le fichier les a&#xa0;: ils ne sont pas renvoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln existing contacts are skipped (left as they are in Sociocs).</source>
        <translation>
            <numerusform>%Ln contact existant est ignoré (laissé tel quel dans Sociocs).</numerusform>
            <numerusform>%Ln contacts existants sont ignorés (laissés tels quels dans Sociocs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards cannot be sent because of problems (they are listed in the report).</source>
        <translation>
            <numerusform>%Ln fiche ne peut pas être envoyée à cause de problèmes (elle figure dans le rapport).</numerusform>
            <numerusform>%Ln fiches ne peuvent pas être envoyées à cause de problèmes (elles figurent dans le rapport).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows cannot be sent because of problems (they are listed in the report).</source>
        <translation>
            <numerusform>%Ln ligne ne peut pas être envoyée à cause de problèmes (elle figure dans le rapport).</numerusform>
            <numerusform>%Ln lignes ne peuvent pas être envoyées à cause de problèmes (elles figurent dans le rapport).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards repeat a phone number found on another card and are not sent.</source>
        <translation>
            <numerusform>%Ln fiche répète un numéro de téléphone d’une autre fiche et n’est pas envoyée.</numerusform>
            <numerusform>%Ln fiches répètent un numéro de téléphone d’une autre fiche et ne sont pas envoyées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows repeat a phone number found in another row and are not sent.</source>
        <translation>
            <numerusform>%Ln ligne répète un numéro de téléphone d’une autre ligne et n’est pas envoyée.</numerusform>
            <numerusform>%Ln lignes répètent un numéro de téléphone d’une autre ligne et ne sont pas envoyées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them go with a note (a leading 0 put back, an extension left out …); the report says what.</source>
        <translation>
            <numerusform>%Ln d’entre elles part avec une remarque (0 initial remis, numéro de poste retiré…)&#x202f;; le rapport précise laquelle.</numerusform>
            <numerusform>%Ln d’entre elles partent avec une remarque (0 initial remis, numéro de poste retiré…)&#x202f;; le rapport précise laquelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers without a country code were read as &lt;b&gt;{country}&lt;/b&gt; (+{code}) numbers.</source>
        <translation>Les numéros sans indicatif pays ont été lus avec le pays par défaut&#xa0;: &lt;b&gt;{country}&lt;/b&gt; (+{code}).</translation>
    </message>
    <message>
        <source>Numbers without a country code were read in each row&apos;s country; rows without one: &lt;b&gt;{country}&lt;/b&gt; (+{code}).</source>
        <translation>Les numéros sans indicatif pays ont été lus dans le pays de chaque ligne&#xa0;; lignes sans pays&#xa0;: &lt;b&gt;{country}&lt;/b&gt; (+{code}).</translation>
    </message>
    <message>
        <source>The numbers go to: {countries}.</source>
        <translation>Les numéros vont vers&#xa0;: {countries}.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln numbers that cannot be verified are sent&lt;/b&gt;, as you chose on Check data.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln numéro non vérifiable est envoyé&lt;/b&gt;, comme vous l’avez choisi à l’étape Vérifier les données.</numerusform>
            <numerusform>&lt;b&gt;%Ln numéros non vérifiables sont envoyés&lt;/b&gt;, comme vous l’avez choisi à l’étape Vérifier les données.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Please read:&lt;/b&gt; %Ln existing contacts will lose extra fields the file does not have (see “Fields lost” below). Undo on the last page can bring them back.</source>
        <translation>
            <numerusform>&lt;b&gt;À lire&#xa0;:&lt;/b&gt; %Ln contact existant perdra des champs supplémentaires que le fichier n’a pas (voir «&#xa0;Champs perdus&#xa0;» ci-dessous). Annuler, sur la dernière page, peut les rétablir.</numerusform>
            <numerusform>&lt;b&gt;À lire&#xa0;:&lt;/b&gt; %Ln contacts existants perdront des champs supplémentaires que le fichier n’a pas (voir «&#xa0;Champs perdus&#xa0;» ci-dessous). Annuler, sur la dernière page, peut les rétablir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Tell the program which Sociocs account to use.</source>
        <translation>Indiquez au programme quel compte Sociocs utiliser.</translation>
    </message>
    <message>
        <source>To add contacts to your Sociocs account, this program needs your account&apos;s &lt;b&gt;API key&lt;/b&gt;: a long code that lets a program act for you, like a password.</source>
        <translation>Pour ajouter des contacts à votre compte Sociocs, ce programme a besoin de la &lt;b&gt;clé d’API&lt;/b&gt; de votre compte&#xa0;: un long code qui permet à un programme d’agir en votre nom, comme un mot de passe.</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vancé</translation>
    </message>
    <message>
        <source>Shows or hides the API address, for special set-ups.</source>
        <translation>Affiche ou masque l’adresse d’API, pour des configurations particulières.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse d’API</translation>
    </message>
    <message>
        <source>Where Sociocs answers; leave it as it is unless Sociocs told you otherwise.</source>
        <translation>L’adresse où Sociocs répond&#x202f;; ne la modifiez que si Sociocs vous l’a demandé.</translation>
    </message>
    <message>
        <source>API a&amp;ddress:</source>
        <translation>A&amp;dresse d’API&#xa0;:</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Bon à savoir</translation>
    </message>
    <message>
        <source>Nothing is sent before you confirm.</source>
        <translation>Rien n’est envoyé avant votre confirmation.</translation>
    </message>
    <message>
        <source>Every row is checked first; what cannot be sent is explained in plain words.</source>
        <translation>Chaque ligne est d’abord vérifiée&#x202f;; ce qui ne peut pas être envoyé est expliqué en termes simples.</translation>
    </message>
    <message>
        <source>An upload can be stopped and continued later; nothing sent is lost.</source>
        <translation>Un envoi peut être arrêté et repris plus tard&#x202f;; rien de ce qui a été envoyé n’est perdu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Just trying it out?&lt;/b&gt; Practice with a sandbox: a pretend Sociocs that runs on this computer. You can go through every step with your own file or our sample, and nothing is sent to Sociocs.</source>
        <translation>&lt;b&gt;Vous voulez juste essayer&#x202f;?&lt;/b&gt; Entraînez-vous avec un bac à sable&#xa0;: une imitation de Sociocs qui fonctionne sur cet ordinateur. Vous pouvez parcourir toutes les étapes avec votre propre fichier ou notre exemple, et rien n’est envoyé à Sociocs.</translation>
    </message>
    <message>
        <source>&amp;Practice with a sandbox</source>
        <translation>S’&amp;entraîner avec un bac à sable</translation>
    </message>
    <message>
        <source>Start a pretend Sociocs on this computer; nothing is sent to Sociocs.</source>
        <translation>Démarre une imitation de Sociocs sur cet ordinateur&#x202f;; rien n’est envoyé à Sociocs.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; opens as soon as you are connected.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; s’ouvre dès que vous êtes connecté.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Paste your API key here</source>
        <translation>Collez votre clé d’API ici</translation>
    </message>
    <message>
        <source>A long code from the Sociocs web app, under Profile and settings, then API.</source>
        <translation>Un long code disponible dans l’application web Sociocs, sous Profil et paramètres, puis API.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>Afficher la clé d’API</translation>
    </message>
    <message>
        <source>Shows or hides the characters of the key.</source>
        <translation>Affiche ou masque les caractères de la clé.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Mémoriser sur cet ordinateur</translation>
    </message>
    <message>
        <source>Keeps the key in this computer&apos;s password store, so that next time the program connects by itself.</source>
        <translation>Conserve la clé dans le trousseau de mots de passe de cet ordinateur, pour que le programme se connecte tout seul la prochaine fois.</translation>
    </message>
    <message>
        <source>This computer has no safe place to keep the key, so it will not be saved. You will need to paste it again next time.</source>
        <translation>Cet ordinateur n’a pas d’emplacement sûr pour conserver la clé&#x202f;; elle ne sera donc pas enregistrée. Vous devrez la coller de nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>&amp;Where do I find it?</source>
        <translation>&amp;Où la trouver&#x202f;?</translation>
    </message>
    <message>
        <source>Shows or hides how to find the key in the Sociocs web app.</source>
        <translation>Affiche ou masque comment trouver la clé dans l’application web Sociocs.</translation>
    </message>
    <message>
        <source>&lt;ol style=&apos;margin-left: -20px&apos;&gt;&lt;li&gt;Sign in to the Sociocs web app.&lt;/li&gt;&lt;li&gt;Open &lt;b&gt;Profile &amp;amp; settings&lt;/b&gt;, then &lt;b&gt;API&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the key shown there and paste it above.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&apos;margin-left: -20px&apos;&gt;&lt;li&gt;Connectez-vous à l’application web Sociocs.&lt;/li&gt;&lt;li&gt;Ouvrez &lt;b&gt;Profil et paramètres&lt;/b&gt;, puis &lt;b&gt;API&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copiez la clé affichée et collez-la ci-dessus.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Checks that Sociocs accepts the key; nothing is sent.</source>
        <translation>Vérifie que Sociocs accepte la clé&#x202f;; rien n’est envoyé.</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>&amp;Historique des importations…</translation>
    </message>
    <message>
        <source>The imports of the last weeks: their reports, and Undo (once connected).</source>
        <translation>Les importations des dernières semaines&#xa0;: leurs rapports, et Annuler (une fois connecté).</translation>
    </message>
    <message>
        <source>Paste your API key first.</source>
        <translation>Collez d’abord votre clé d’API.</translation>
    </message>
    <message>
        <source>Check the API address under Advanced.</source>
        <translation>Vérifiez l’adresse d’API sous Avancé.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation>Masquer la clé d’API</translation>
    </message>
    <message>
        <source>Starting the practice sandbox…</source>
        <translation>Démarrage du bac à sable d’entraînement…</translation>
    </message>
    <message>
        <source>Stop &amp;practicing</source>
        <translation>Arrêter l’&amp;entraînement</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the practice sandbox — %Ln contact lists found</source>
        <translation>
            <numerusform>Connecté au bac à sable d’entraînement — %Ln liste de contacts trouvée</numerusform>
            <numerusform>Connecté au bac à sable d’entraînement — %Ln listes de contacts trouvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected — %Ln contact lists found</source>
        <translation>
            <numerusform>Connecté — %Ln liste de contacts trouvée</numerusform>
            <numerusform>Connecté — %Ln listes de contacts trouvées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation>&amp;Ouvrir le rapport</translation>
    </message>
    <message>
        <source>Every row with what happened to it (Excel file).</source>
        <translation>Chaque ligne avec ce qu’il en est advenu (fichier Excel).</translation>
    </message>
    <message>
        <source>Open fol&amp;der</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>The folder that holds the report.</source>
        <translation>Le dossier qui contient le rapport.</translation>
    </message>
    <message>
        <source>&amp;Import another file</source>
        <translation>&amp;Importer un autre fichier</translation>
    </message>
    <message>
        <source>Goes back to Choose file; the connection to Sociocs is kept.</source>
        <translation>Revient à Choisir le fichier&#x202f;; la connexion à Sociocs est conservée.</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>&amp;Historique des importations…</translation>
    </message>
    <message>
        <source>The imports of the last weeks: their reports, Undo and Forget.</source>
        <translation>Les importations des dernières semaines&#xa0;: leurs rapports, Annuler et Oublier.</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>la liste</translation>
    </message>
    <message>
        <source>The report is saved as: {path}</source>
        <translation>Le rapport est enregistré sous&#xa0;: {path}</translation>
    </message>
    <message>
        <source>No report could be written.</source>
        <translation>Aucun rapport n’a pu être écrit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lists&lt;/b&gt;</source>
        <translation>&lt;b&gt;Listes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>L’importation a été annulée.</translation>
    </message>
</context>
<context>
    <name>DonePageWords</name>
    <message>
        <source>the practice sandbox&apos;s list &lt;b&gt;{list}&lt;/b&gt; (nothing was sent to Sociocs)</source>
        <translation>la liste &lt;b&gt;{list}&lt;/b&gt; du bac à sable d’entraînement (rien n’a été envoyé à Sociocs)</translation>
    </message>
    <message>
        <source>their lists in the practice sandbox (nothing was sent to Sociocs; the lists are below)</source>
        <translation>leurs listes du bac à sable d’entraînement (rien n’a été envoyé à Sociocs ; les listes sont ci-dessous)</translation>
    </message>
    <message>
        <source>their lists in Sociocs (below)</source>
        <translation>leurs listes dans Sociocs (ci-dessous)</translation>
    </message>
    <message>
        <source>No contacts were sent to {where}.</source>
        <translation>Aucun contact n’a été envoyé vers {where}.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; contacts are now in {where}.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; contact se trouve maintenant dans {where}.</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; contacts se trouvent maintenant dans {where}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them went with a note (a leading 0 put back, an extension left out …): the report says what.</source>
        <translation>
            <numerusform>%Ln d’entre elles est partie avec une remarque (0 initial remis, numéro de poste retiré…)&#xa0;: le rapport précise laquelle.</numerusform>
            <numerusform>%Ln d’entre elles sont parties avec une remarque (0 initial remis, numéro de poste retiré…)&#xa0;: le rapport précise laquelle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them had a number that cannot be verified, sent as you chose on Check data.</source>
        <translation>
            <numerusform>%Ln d’entre elles avait un numéro non vérifiable, envoyé comme vous l’avez choisi à l’étape Vérifier les données.</numerusform>
            <numerusform>%Ln d’entre elles avaient un numéro non vérifiable, envoyé comme vous l’avez choisi à l’étape Vérifier les données.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts were already in Sociocs as the file has them (not sent again).</source>
        <translation>
            <numerusform>%Ln contact était déjà dans Sociocs tel que le fichier l’a (pas renvoyé).</numerusform>
            <numerusform>%Ln contacts étaient déjà dans Sociocs tels que le fichier les a (pas renvoyés).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln existing contacts were skipped (left as they are).</source>
        <translation>
            <numerusform>%Ln contact existant a été ignoré (laissé tel quel).</numerusform>
            <numerusform>%Ln contacts existants ont été ignorés (laissés tels quels).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards were not sent because of problems in the file.</source>
        <translation>
            <numerusform>%Ln fiche n’a pas été envoyée à cause de problèmes dans le fichier.</numerusform>
            <numerusform>%Ln fiches n’ont pas été envoyées à cause de problèmes dans le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows were not sent because of problems in the file.</source>
        <translation>
            <numerusform>%Ln ligne n’a pas été envoyée à cause de problèmes dans le fichier.</numerusform>
            <numerusform>%Ln lignes n’ont pas été envoyées à cause de problèmes dans le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards were not sent: the phone number repeats.</source>
        <translation>
            <numerusform>%Ln fiche n’a pas été envoyée&#xa0;: le numéro de téléphone se répète.</numerusform>
            <numerusform>%Ln fiches n’ont pas été envoyées&#xa0;: le numéro de téléphone se répète.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows were not sent: the phone number repeats.</source>
        <translation>
            <numerusform>%Ln ligne n’a pas été envoyée&#xa0;: le numéro de téléphone se répète.</numerusform>
            <numerusform>%Ln lignes n’ont pas été envoyées&#xa0;: le numéro de téléphone se répète.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards were refused by Sociocs (below: which, and why).</source>
        <translation>
            <numerusform>%Ln fiche a été refusée par Sociocs (ci-dessous&#xa0;: laquelle, et pourquoi).</numerusform>
            <numerusform>%Ln fiches ont été refusées par Sociocs (ci-dessous&#xa0;: lesquelles, et pourquoi).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows were refused by Sociocs (below: which, and why).</source>
        <translation>
            <numerusform>%Ln ligne a été refusée par Sociocs (ci-dessous&#xa0;: laquelle, et pourquoi).</numerusform>
            <numerusform>%Ln lignes ont été refusées par Sociocs (ci-dessous&#xa0;: lesquelles, et pourquoi).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped — %Ln contacts were not sent yet; you can continue later</source>
        <translation>
            <numerusform>Arrêté — %Ln contact n’a pas encore été envoyé&#x202f;; vous pourrez reprendre plus tard</numerusform>
            <numerusform>Arrêté — %Ln contacts n’ont pas encore été envoyés&#x202f;; vous pourrez reprendre plus tard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done — %Ln cards were refused</source>
        <translation>
            <numerusform>Terminé — %Ln fiche a été refusée</numerusform>
            <numerusform>Terminé — %Ln fiches ont été refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done — %Ln rows were refused</source>
        <translation>
            <numerusform>Terminé — %Ln ligne a été refusée</numerusform>
            <numerusform>Terminé — %Ln lignes ont été refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done — %Ln cards could not be sent</source>
        <translation>
            <numerusform>Terminé — %Ln fiche n’a pas pu être envoyée</numerusform>
            <numerusform>Terminé — %Ln fiches n’ont pas pu être envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done — %Ln rows could not be sent</source>
        <translation>
            <numerusform>Terminé — %Ln ligne n’a pas pu être envoyée</numerusform>
            <numerusform>Terminé — %Ln lignes n’ont pas pu être envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>Done — no contact needed to be sent</source>
        <translation>Terminé — aucun contact n’avait besoin d’être envoyé</translation>
    </message>
    <message numerus="yes">
        <source>Done — %Ln contacts were sent</source>
        <translation>
            <numerusform>Terminé — %Ln contact a été envoyé</numerusform>
            <numerusform>Terminé — %Ln contacts ont été envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>What happened to each card</source>
        <translation>Ce qu’il est advenu de chaque fiche</translation>
    </message>
    <message>
        <source>What happened to each row</source>
        <translation>Ce qu’il est advenu de chaque ligne</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyées</translation>
    </message>
    <message>
        <source>sent with a note</source>
        <translation>envoyées avec une remarque</translation>
    </message>
    <message>
        <source>already in Sociocs as in the file</source>
        <translation>déjà dans Sociocs comme dans le fichier</translation>
    </message>
    <message>
        <source>existing contacts left alone</source>
        <translation>contacts existants laissés tels quels</translation>
    </message>
    <message>
        <source>phone number repeats</source>
        <translation>numéro de téléphone en double</translation>
    </message>
    <message>
        <source>problems in the file</source>
        <translation>problèmes dans le fichier</translation>
    </message>
    <message>
        <source>refused by Sociocs</source>
        <translation>refusées par Sociocs</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>pas encore envoyées</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards were not sent yet. {reason} Import the same file to the same list again to continue where it stopped.</source>
        <translation>
            <numerusform>%Ln fiche n’a pas encore été envoyée. {reason} Importez de nouveau le même fichier dans la même liste pour reprendre là où l’envoi s’est arrêté.</numerusform>
            <numerusform>%Ln fiches n’ont pas encore été envoyées. {reason} Importez de nouveau le même fichier dans la même liste pour reprendre là où l’envoi s’est arrêté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows were not sent yet. {reason} Import the same file to the same list again to continue where it stopped.</source>
        <translation>
            <numerusform>%Ln ligne n’a pas encore été envoyée. {reason} Importez de nouveau le même fichier dans la même liste pour reprendre là où l’envoi s’est arrêté.</numerusform>
            <numerusform>%Ln lignes n’ont pas encore été envoyées. {reason} Importez de nouveau le même fichier dans la même liste pour reprendre là où l’envoi s’est arrêté.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneTiles</name>
    <message numerus="yes">
        <source>uploaded</source>
        <translation>
            <numerusform>importé</numerusform>
            <numerusform>importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped</source>
        <translation>
            <numerusform>ignoré</numerusform>
            <numerusform>ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>could not be sent</source>
        <translation>
            <numerusform>non envoyé</numerusform>
            <numerusform>non envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not sent yet</source>
        <translation>
            <numerusform>pas encore envoyé</numerusform>
            <numerusform>pas encore envoyés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop a spreadsheet here</source>
        <translation>Déposez un classeur ici</translation>
    </message>
    <message>
        <source>&lt;b&gt;Drag your spreadsheet here&lt;/b&gt;</source>
        <translation>&lt;b&gt;Faites glisser votre classeur ici&lt;/b&gt;</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose a spreadsheet on this computer</source>
        <translation>Choisir un classeur sur cet ordinateur</translation>
    </message>
    <message>
        <source>Files you can use: Excel (.xlsx, .xlsm, .xls) · OpenDocument (.ods) · CSV or text (.csv, .tsv, .txt) · vCard contacts (.vcf)</source>
        <translation>Fichiers utilisables&#xa0;: Excel (.xlsx, .xlsm, .xls) · OpenDocument (.ods) · CSV ou texte (.csv, .tsv, .txt) · contacts vCard (.vcf)</translation>
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
        <translation>Un problème inattendu est survenu dans le programme. De ce fait, rien n’a été envoyé à Sociocs. Veuillez réessayer&#x202f;; si cela se reproduit, cliquez sur «&#xa0;Copier les détails&#xa0;» et envoyez le texte à votre contact informatique.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>FallbackChooser</name>
    <message>
        <source>Column to use when the phone number is empty</source>
        <translation>Colonne à utiliser quand le numéro de téléphone est vide</translation>
    </message>
    <message>
        <source>If the phone number is &amp;empty, use:</source>
        <translation>Si le numéro de téléphone est &amp;vide, utiliser&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing: the row cannot be sent</source>
        <translation>Rien&#xa0;: la ligne ne peut pas être envoyée</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>No file chosen yet.</source>
        <translation>Aucun fichier choisi pour l’instant.</translation>
    </message>
    <message>
        <source>Step 1 of 3: opening the file…</source>
        <translation>Étape 1 sur 3&#xa0;: ouverture du fichier…</translation>
    </message>
    <message>
        <source>Step 2 of 3: looking at its sheets…</source>
        <translation>Étape 2 sur 3&#xa0;: examen de ses feuilles…</translation>
    </message>
    <message>
        <source>Step 3 of 3: reading the first rows (a big file can take a moment)…</source>
        <translation>Étape 3 sur 3&#xa0;: lecture des premières lignes (un gros fichier peut prendre un moment)…</translation>
    </message>
    <message>
        <source>{sheet} (hidden)</source>
        <translation>{sheet} (masquée)</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>Pick the spreadsheet with your contacts. You will see its first rows below.</source>
        <translation>Choisissez le classeur contenant vos contacts. Ses premières lignes s’afficheront ci-dessous.</translation>
    </message>
    <message>
        <source>Use the &amp;sample file</source>
        <translation>Utiliser le fichier d’&amp;exemple</translation>
    </message>
    <message>
        <source>First rows of the sheet</source>
        <translation>Premières lignes de la feuille</translation>
    </message>
    <message>
        <source>The column titles and the first rows, as the program reads them.</source>
        <translation>Les titres des colonnes et les premières lignes, tels que le programme les lit.</translation>
    </message>
    <message>
        <source>The first rows of the file will show here.</source>
        <translation>Les premières lignes du fichier s’afficheront ici.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>The sheet of the workbook that holds the contacts.</source>
        <translation>La feuille du classeur qui contient les contacts.</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Feuille&#xa0;:</translation>
    </message>
    <message>
        <source>Row with the column titles</source>
        <translation>Ligne des titres de colonnes</translation>
    </message>
    <message>
        <source>The rows below this one are the contacts.</source>
        <translation>Les lignes sous celle-ci sont les contacts.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Column &amp;titles are in row:</source>
        <translation>Les &amp;titres des colonnes sont à la ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>(you chose it)</source>
        <translation>(choisie par vous)</translation>
    </message>
    <message>
        <source>(no title row found: every row is a contact)</source>
        <translation>(aucune ligne de titres trouvée&#xa0;: chaque ligne est un contact)</translation>
    </message>
    <message>
        <source>(found automatically)</source>
        <translation>(trouvée automatiquement)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln columns</source>
        <translation>
            <numerusform>%Ln colonne</numerusform>
            <numerusform>%Ln colonnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found {columns}. Below are the first %Ln rows; counting the others…</source>
        <translation>
            <numerusform>{columns} trouvées. Ci-dessous, la première ligne&#x202f;; comptage des autres…</numerusform>
            <numerusform>{columns} trouvées. Ci-dessous, les %Ln premières lignes&#x202f;; comptage des autres…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found {columns} and {rows} of contacts. Below are the first %Ln.</source>
        <translation>
            <numerusform>{columns} et {rows} de contacts trouvées. Ci-dessous, la première.</numerusform>
            <numerusform>{columns} et {rows} de contacts trouvées. Ci-dessous, les %Ln premières.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found {columns} and {rows} of contacts.</source>
        <translation>{columns} et {rows} de contacts trouvées.</translation>
    </message>
    <message numerus="yes">
        <source>Below are the first %Ln contact cards; counting the others…</source>
        <translation>
            <numerusform>Ci-dessous, la première fiche de contact&#xa0;; comptage des autres…</numerusform>
            <numerusform>Ci-dessous, les %Ln premières fiches de contact&#xa0;; comptage des autres…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact cards</source>
        <translation>
            <numerusform>%Ln fiche de contact</numerusform>
            <numerusform>%Ln fiches de contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found {cards}. Below are the first %Ln.</source>
        <translation>
            <numerusform>{cards} trouvées. Ci-dessous, la première.</numerusform>
            <numerusform>{cards} trouvées. Ci-dessous, les %Ln premières.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found {cards}.</source>
        <translation>{cards} trouvées.</translation>
    </message>
</context>
<context>
    <name>GroupsLine</name>
    <message>
        <source>::: (as Google writes labels)</source>
        <translation>::: (comme Google écrit les libellés)</translation>
    </message>
    <message>
        <source>; semicolon</source>
        <translation>; point-virgule</translation>
    </message>
    <message>
        <source>, comma</source>
        <translation>, virgule</translation>
    </message>
    <message>
        <source>| vertical bar</source>
        <translation>| barre verticale</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un saut de ligne</translation>
    </message>
    <message>
        <source>nothing: one group per cell</source>
        <translation>rien : un groupe par cellule</translation>
    </message>
    <message>
        <source>What separates several groups in a cell</source>
        <translation>Ce qui sépare plusieurs groupes dans une cellule</translation>
    </message>
    <message>
        <source>Each group becomes a Sociocs list its contacts join.</source>
        <translation>Chaque groupe devient une liste Sociocs que ses contacts rejoignent.</translation>
    </message>
    <message>
        <source>&amp;Groups in a cell are separated by:</source>
        <translation>Les &amp;groupes d’une cellule sont séparés par :</translation>
    </message>
    <message>
        <source>Found in the file: {separator}</source>
        <translation>Trouvé dans le fichier : {separator}</translation>
    </message>
    <message>
        <source>No group in the first rows.</source>
        <translation>Aucun groupe dans les premières lignes.</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> et {n} de plus</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln groups&lt;/b&gt; in the first rows: {names}</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln groupe&lt;/b&gt; dans les premières lignes : {names}</numerusform>
            <numerusform>&lt;b&gt;%Ln groupes&lt;/b&gt; dans les premières lignes : {names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Historique des importations</translation>
    </message>
    <message>
        <source>The imports of the last {days} days, newest first. Each can be undone while it is listed; forgetting one deletes its backup.</source>
        <translation>Les importations des {days} derniers jours, les plus récentes d’abord. Chacune peut être annulée tant qu’elle figure dans la liste&#x202f;; en oublier une supprime sa sauvegarde.</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>Importations passées</translation>
    </message>
    <message>
        <source>Date, file, list, what each import did, and whether it was undone.</source>
        <translation>Date, fichier, liste, ce que chaque importation a fait et si elle a été annulée.</translation>
    </message>
    <message>
        <source>Report and backup of the selected import</source>
        <translation>Rapport et sauvegarde de l’importation sélectionnée</translation>
    </message>
    <message>
        <source>Where the selected import&apos;s report and backup are saved.</source>
        <translation>Où sont enregistrés le rapport et la sauvegarde de l’importation sélectionnée.</translation>
    </message>
    <message>
        <source>Open &amp;report</source>
        <translation>Ouvrir le &amp;rapport</translation>
    </message>
    <message>
        <source>Opens the report of the selected import.</source>
        <translation>Ouvre le rapport de l’importation choisie.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>Deletes the selected import&apos;s backup: it can no longer be undone.</source>
        <translation>Supprime la sauvegarde de l’importation choisie&#xa0;: elle ne peut plus être annulée.</translation>
    </message>
    <message>
        <source>Forget &amp;all</source>
        <translation>Tout o&amp;ublier</translation>
    </message>
    <message>
        <source>Deletes every listed import&apos;s backup: none can be undone any more.</source>
        <translation>Supprime les sauvegardes de toutes les importations de la liste&#xa0;: aucune ne pourra plus être annulée.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Closes the import history.</source>
        <translation>Ferme l’historique des importations.</translation>
    </message>
    <message>
        <source>Connect to Sociocs first to undo an import.</source>
        <translation>Connectez-vous d’abord à Sociocs pour annuler une importation.</translation>
    </message>
    <message>
        <source>Report: {path}</source>
        <translation>Rapport&#xa0;: {path}</translation>
    </message>
    <message>
        <source>No report was saved for this import.</source>
        <translation>Aucun rapport n’a été enregistré pour cette importation.</translation>
    </message>
    <message>
        <source>Backup: {path}</source>
        <translation>Sauvegarde&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Lists (contacts added to each): {lists}</source>
        <translation>Listes (contacts ajoutés à chacune) : {lists}</translation>
    </message>
    <message>
        <source>You confirmed that these contacts agreed to be contacted.</source>
        <translation>Vous avez confirmé que ces contacts ont accepté d’être contactés.</translation>
    </message>
    <message>
        <source>Consent was not asked (an import made before the question was added).</source>
        <translation>Le consentement n’a pas été demandé (une importation antérieure à cette question).</translation>
    </message>
    <message>
        <source>Forget the import of {file}? It can then no longer be undone.</source>
        <translation>Oublier l’importation de {file}&#x202f;? Elle ne pourra plus être annulée.</translation>
    </message>
    <message>
        <source>Forget every import listed? None of them can then be undone.</source>
        <translation>Oublier toutes les importations de la liste&#x202f;? Aucune ne pourra plus être annulée.</translation>
    </message>
    <message>
        <source>Forget imports</source>
        <translation>Oublier des importations</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>partly undone</source>
        <translation>annulée en partie</translation>
    </message>
    <message>
        <source>The lists of this import, with their contacts: {lists}</source>
        <translation>Les listes de cette importation, avec leurs contacts : {lists}</translation>
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
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>The program is still working. Open {file} once it has finished, or after you stopped it.</source>
        <translation>Le programme travaille encore. Ouvrez {file} quand il aura terminé, ou après l’avoir arrêté.</translation>
    </message>
    <message>
        <source>The program is still working on {current}. Open {file} once it has finished, or after you stopped it.</source>
        <translation>Le programme travaille encore sur {current}. Ouvrez {file} quand il aura terminé, ou après l’avoir arrêté.</translation>
    </message>
    <message>
        <source>Open {file} instead? What you chose for {current} is dropped.</source>
        <translation>Ouvrir {file} à la place&#x202f;? Ce que vous avez choisi pour {current} est abandonné.</translation>
    </message>
    <message>
        <source>Open another file?</source>
        <translation>Ouvrir un autre fichier&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Garder</translation>
    </message>
    <message>
        <source>{step}. {what}</source>
        <translation>{step}. {what}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The program will speak {language} when it starts again. Restart it now?</source>
        <translation>Le programme parlera {language} au prochain démarrage. Le redémarrer maintenant&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Close the importer?</source>
        <translation>Fermer l’importateur&#x202f;?</translation>
    </message>
    <message>
        <source>{warning}

Do you want to close the importer?</source>
        <translation>{warning}

Voulez-vous fermer l’importateur&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Continuer à travailler</translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <source>Card</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Phone as typed</source>
        <translation>Téléphone saisi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Fixed — ready to send</source>
        <translation>Corrigé — prêt à envoyer</translation>
    </message>
    <message>
        <source>Card {card}: {problems}</source>
        <translation>Fiche {card}&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>Row {row}: {problems}</source>
        <translation>Ligne {row}&#xa0;: {problems}</translation>
    </message>
</context>
<context>
    <name>IssuesTable</name>
    <message>
        <source>Rows that need attention</source>
        <translation>Lignes qui demandent votre attention</translation>
    </message>
    <message>
        <source>Double-click a phone number or a name to correct it.</source>
        <translation>Double-cliquez sur un numéro de téléphone ou un nom pour le corriger.</translation>
    </message>
</context>
<context>
    <name>JobPrompts</name>
    <message>
        <source>Stopping and saving progress…</source>
        <translation>Arrêt et enregistrement de la progression…</translation>
    </message>
</context>
<context>
    <name>LeftOutLine</name>
    <message numerus="yes">
        <source>%Ln columns were added as extra fields.</source>
        <translation>
            <numerusform>%Ln colonne a été ajoutée comme champ supplémentaire.</numerusform>
            <numerusform>%Ln colonnes ont été ajoutées comme champs supplémentaires.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Don&apos;t import them</source>
        <translation>
            <numerusform>&amp;Ne pas l’importer</numerusform>
            <numerusform>&amp;Ne pas les importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other columns are not imported.</source>
        <translation>
            <numerusform>%Ln autre colonne n’est pas importée.</numerusform>
            <numerusform>%Ln autres colonnes ne sont pas importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import them as extra fields</source>
        <translation>
            <numerusform>L’&amp;importer comme champ supplémentaire</numerusform>
            <numerusform>Les &amp;importer comme champs supplémentaires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>{list} — every contact in your account</source>
        <translation>{list} — tous les contacts de votre compte</translation>
    </message>
    <message>
        <source>{list}   (list number {number})</source>
        <translation>{list}   (liste numéro {number})</translation>
    </message>
    <message>
        <source>Choose list</source>
        <translation>Choisir la liste</translation>
    </message>
    <message>
        <source>The contacts are added to this list (and always to All Contacts).</source>
        <translation>Les contacts sont ajoutés à cette liste (et toujours à All Contacts).</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Contact lists</source>
        <translation>Listes de contacts</translation>
    </message>
    <message>
        <source>The contacts are added to the selected list.</source>
        <translation>Les contacts sont ajoutés à la liste sélectionnée.</translation>
    </message>
    <message>
        <source>&amp;Lists in your account:</source>
        <translation>&amp;Listes de votre compte&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the new list</source>
        <translation>Nom de la nouvelle liste</translation>
    </message>
    <message>
        <source>e.g. Customers May 2024</source>
        <translation>p. ex. Clients mai 2024</translation>
    </message>
    <message>
        <source>&amp;Create list</source>
        <translation>&amp;Créer la liste</translation>
    </message>
    <message>
        <source>Creates a list in your account with the name typed beside it.</source>
        <translation>Crée dans votre compte une liste portant le nom saisi à côté.</translation>
    </message>
    <message>
        <source>List number typed in</source>
        <translation>Numéro de liste saisi</translation>
    </message>
    <message>
        <source>e.g. 10001</source>
        <translation>p. ex. 10001</translation>
    </message>
    <message>
        <source>If your list is not shown, type its number (you find it in the list&apos;s address in the Sociocs web app).</source>
        <translation>Si votre liste n’apparaît pas, saisissez son numéro (vous le trouverez dans l’adresse de la liste dans l’application web Sociocs).</translation>
    </message>
    <message>
        <source>Create a ne&amp;w list:</source>
        <translation>Créer une &amp;nouvelle liste&#xa0;:</translation>
    </message>
    <message>
        <source>Or type a list n&amp;umber:</source>
        <translation>Ou saisir un n&amp;uméro de liste&#xa0;:</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Bon à savoir</translation>
    </message>
    <message>
        <source>Next, the file is compared with the contacts already in Sociocs; nothing is sent before you confirm.</source>
        <translation>Ensuite, le fichier est comparé aux contacts déjà présents dans Sociocs&#xa0;; rien n’est envoyé avant votre confirmation.</translation>
    </message>
    <message>
        <source>A phone number is one contact: a contact already in the list is not added twice.</source>
        <translation>Un numéro de téléphone, c’est un contact&#xa0;: un contact déjà dans la liste n’y est pas ajouté une seconde fois.</translation>
    </message>
    <message>
        <source>Create list makes the list in your account at once, even if you stop before uploading.</source>
        <translation>«&#xa0;Créer la liste&#xa0;» crée la liste dans votre compte tout de suite, même si vous vous arrêtez avant l’envoi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Each group of the column {column} becomes its own list&lt;/b&gt; (shown on Confirm). The rows without a group go to the list you choose here.</source>
        <translation>&lt;b&gt;Chaque groupe de la colonne {column} devient sa propre liste&lt;/b&gt; (affiché à l’étape Confirmer). Les lignes sans groupe vont dans la liste choisie ici.</translation>
    </message>
    <message>
        <source>Connect to Sociocs first (go back to the first step).</source>
        <translation>Connectez-vous d’abord à Sociocs (revenez à la première étape).</translation>
    </message>
    <message>
        <source>Fetching your contact lists from Sociocs…</source>
        <translation>Récupération de vos listes de contacts auprès de Sociocs…</translation>
    </message>
    <message>
        <source>{problem} You can still choose All Contacts or type a list number.</source>
        <translation>{problem} Vous pouvez tout de même choisir All Contacts ou saisir un numéro de liste.</translation>
    </message>
    <message>
        <source>Your account has no lists of its own yet: use All Contacts or create one.</source>
        <translation>Votre compte n’a pas encore de liste à lui&#xa0;: utilisez All Contacts ou créez-en une.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lists in your account, and All Contacts.</source>
        <translation>
            <numerusform>%Ln liste dans votre compte, plus All Contacts.</numerusform>
            <numerusform>%Ln listes dans votre compte, plus All Contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the list &quot;{list}&quot;…</source>
        <translation>Création de la liste «&#xa0;{list}&#xa0;»…</translation>
    </message>
    <message>
        <source>List &quot;{list}&quot; created.</source>
        <translation>Liste «&#xa0;{list}&#xa0;» créée.</translation>
    </message>
    <message>
        <source>The list could not be created</source>
        <translation>La liste n’a pas pu être créée</translation>
    </message>
    <message>
        <source>list #{number}</source>
        <translation>liste n° {number}</translation>
    </message>
    <message>
        <source>The list this import went to is no longer in your account. Choose a list.</source>
        <translation>La liste visée par cette importation ne figure plus dans votre compte. Choisissez une liste.</translation>
    </message>
</context>
<context>
    <name>ListsBoxWords</name>
    <message>
        <source>&lt;b&gt;Lists&lt;/b&gt; (one for each group in the file)</source>
        <translation>&lt;b&gt;Listes&lt;/b&gt; (une pour chaque groupe du fichier)</translation>
    </message>
    <message>
        <source>Contacts per list</source>
        <translation>Contacts par liste</translation>
    </message>
    <message>
        <source>They are created when you click Upload — nothing is created before. Rows without a group go to the list chosen on Choose list.</source>
        <translation>Elles sont créées quand vous cliquez sur Envoyer — rien n’est créé avant. Les lignes sans groupe vont dans la liste choisie à l’étape Choisir la liste.</translation>
    </message>
    <message>
        <source>Every group is a list your account already has: no list is created. Rows without a group go to the list chosen on Choose list.</source>
        <translation>Chaque groupe est une liste que votre compte possède déjà : aucune liste n’est créée. Les lignes sans groupe vont dans la liste choisie à l’étape Choisir la liste.</translation>
    </message>
    <message>
        <source>{list} (rows without a group)</source>
        <translation>{list} (lignes sans groupe)</translation>
    </message>
    <message>
        <source>{list} (new)</source>
        <translation>{list} (nouvelle)</translation>
    </message>
    <message>
        <source>{list}: {count}</source>
        <translation>{list} : {count}</translation>
    </message>
    <message>
        <source>Contacts in their list already: {lists}.</source>
        <translation>Contacts déjà dans leur liste : {lists}.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more lists.</source>
        <translation>
            <numerusform>… et %Ln autre liste.</numerusform>
            <numerusform>… et %Ln autres listes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in your file</source>
        <translation>Colonne de votre fichier</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <source>Field name in Sociocs</source>
        <translation>Nom du champ dans Sociocs</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Extra field</source>
        <translation>Champ supplémentaire</translation>
    </message>
    <message>
        <source>Country of the row</source>
        <translation>Pays de la ligne</translation>
    </message>
    <message>
        <source>Lists (the row&apos;s groups)</source>
        <translation>Listes (les groupes de la ligne)</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Ne pas importer</translation>
    </message>
    <message>
        <source>Double-click to change the field name</source>
        <translation>Double-cliquez pour changer le nom du champ</translation>
    </message>
    <message>
        <source>Numbers without a country code are read in this column&apos;s country. With a field name the country is also saved in Sociocs; leave it empty to not save it.</source>
        <translation>Les numéros sans indicatif pays sont lus dans le pays de cette colonne. Avec un nom de champ, le pays est aussi enregistré dans Sociocs&#xa0;; laissez-le vide pour ne pas l’enregistrer.</translation>
    </message>
    <message>
        <source>Each group in this column becomes a Sociocs list its contacts join. With a field name the groups are also saved as text in Sociocs; leave it empty to not save them.</source>
        <translation>Chaque groupe de cette colonne devient une liste Sociocs que ses contacts rejoignent. Avec un nom de champ, les groupes sont aussi enregistrés comme texte dans Sociocs&#x202f;; laissez-le vide pour ne pas les enregistrer.</translation>
    </message>
</context>
<context>
    <name>MappingOverview</name>
    <message>
        <source>&lt;b&gt;No column is chosen for the phone number yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aucune colonne n’est encore choisie pour le numéro de téléphone.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phone number:&lt;/b&gt; {column}</source>
        <translation>&lt;b&gt;Numéro de téléphone&#xa0;:&lt;/b&gt; {column}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Name:&lt;/b&gt; {columns}</source>
        <translation>&lt;b&gt;Nom&#xa0;:&lt;/b&gt; {columns}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Name:&lt;/b&gt; none (contacts are saved without a name)</source>
        <translation>&lt;b&gt;Nom&#xa0;:&lt;/b&gt; aucun (les contacts sont enregistrés sans nom)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Country of each row:&lt;/b&gt; {column}</source>
        <translation>&lt;b&gt;Pays de chaque ligne&#xa0;:&lt;/b&gt; {column}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lists (groups):&lt;/b&gt; {column}</source>
        <translation>&lt;b&gt;Listes (groupes)&#xa0;:&lt;/b&gt; {column}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Choose what each column of your file becomes in Sociocs.</source>
        <translation>Choisissez ce que devient chaque colonne de votre fichier dans Sociocs.</translation>
    </message>
    <message>
        <source>Tell the program what each column of your file holds. Only the &lt;b&gt;phone number&lt;/b&gt; is required. Columns set to &lt;i&gt;Extra field&lt;/i&gt; are saved in Sociocs under the field name shown (you can change it); &lt;i&gt;Don&apos;t import&lt;/i&gt; leaves a column out.</source>
        <translation>Indiquez au programme ce que contient chaque colonne de votre fichier. Seul le &lt;b&gt;numéro de téléphone&lt;/b&gt; est obligatoire. Les colonnes réglées sur &lt;i&gt;Champ supplémentaire&lt;/i&gt; sont enregistrées dans Sociocs sous le nom de champ affiché (vous pouvez le modifier)&#x202f;; &lt;i&gt;Ne pas importer&lt;/i&gt; laisse une colonne de côté.</translation>
    </message>
    <message>
        <source>Column choices</source>
        <translation>Choix des colonnes</translation>
    </message>
    <message>
        <source>One row for each column of the file: its title, examples of its values and what it becomes in Sociocs.</source>
        <translation>Une ligne par colonne du fichier&#xa0;: son titre, des exemples de ses valeurs et ce qu’elle devient dans Sociocs.</translation>
    </message>
    <message>
        <source>&amp;Load template…</source>
        <translation>&amp;Charger un modèle…</translation>
    </message>
    <message>
        <source>Uses column choices saved earlier in a template file.</source>
        <translation>Utilise des choix de colonnes enregistrés auparavant dans un fichier modèle.</translation>
    </message>
    <message>
        <source>Sa&amp;ve as template…</source>
        <translation>&amp;Enregistrer comme modèle…</translation>
    </message>
    <message>
        <source>Saves these column choices in a file, for other files with the same columns.</source>
        <translation>Enregistre ces choix de colonnes dans un fichier, pour d’autres fichiers ayant les mêmes colonnes.</translation>
    </message>
    <message>
        <source>These choices are the ones you made last time for a file with the same columns.</source>
        <translation>Ce sont les choix que vous avez faits la dernière fois pour un fichier ayant les mêmes colonnes.</translation>
    </message>
    <message>
        <source>The program guessed these choices from the column titles and values. Check them.</source>
        <translation>Le programme a deviné ces choix à partir des titres et des valeurs des colonnes. Vérifiez-les.</translation>
    </message>
    <message>
        <source>Recognised: {layout}. The columns are matched for you; check them if you like.</source>
        <translation>Reconnu&#xa0;: {layout}. Les colonnes ont été associées pour vous&#x202f;; vérifiez-les si vous le souhaitez.</translation>
    </message>
    <message>
        <source>Every column has a valid choice.</source>
        <translation>Chaque colonne a un choix valide.</translation>
    </message>
    <message>
        <source>Template not loaded</source>
        <translation>Modèle non chargé</translation>
    </message>
    <message>
        <source>These choices come from the template &quot;{file}&quot;.</source>
        <translation>Ces choix viennent du modèle «&#xa0;{file}&#xa0;».</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Modèle non enregistré</translation>
    </message>
    <message>
        <source>Saved these choices as &quot;{file}&quot;.</source>
        <translation>Choix enregistrés sous «&#xa0;{file}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>The API key was refused</source>
        <translation>La clé d’API a été refusée</translation>
    </message>
    <message>
        <source>Sociocs no longer accepts the API key (it may have been deleted or replaced). Everything sent so far is kept. Paste a new key to continue, or stop and continue later. You find the key in the Sociocs web app under Profile &amp; settings → API.</source>
        <translation>Sociocs n’accepte plus la clé d’API (elle a peut-être été supprimée ou remplacée). Tout ce qui a été envoyé jusqu’ici est conservé. Collez une nouvelle clé pour continuer, ou arrêtez et reprenez plus tard. La clé se trouve dans l’application web Sociocs, sous Profil et paramètres → API.</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nouvelle clé d’API</translation>
    </message>
    <message>
        <source>Paste the new API key here</source>
        <translation>Collez la nouvelle clé d’API ici</translation>
    </message>
    <message>
        <source>New API &amp;key:</source>
        <translation>Nouvelle &amp;clé d’API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>&amp;Stop and save progress</source>
        <translation>&amp;Arrêter et enregistrer la progression</translation>
    </message>
    <message>
        <source>Goes on with the upload using this key.</source>
        <translation>Poursuit l’envoi avec cette clé.</translation>
    </message>
    <message>
        <source>Stops the upload; what was sent is kept and it can be continued later.</source>
        <translation>Arrête l’envoi&#x202f;; ce qui a été envoyé est conservé et l’envoi pourra reprendre plus tard.</translation>
    </message>
</context>
<context>
    <name>OpenFileDialog</name>
    <message>
        <source>Spreadsheets and contacts (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.vcf);;Excel (*.xlsx *.xlsm *.xls);;OpenDocument (*.ods);;CSV or text (*.csv *.tsv *.txt);;vCard contacts (*.vcf);;All files (*)</source>
        <translation>Classeurs et contacts (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.vcf);;Excel (*.xlsx *.xlsm *.xls);;OpenDocument (*.ods);;CSV ou texte (*.csv *.tsv *.txt);;Contacts vCard (*.vcf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Choisir un classeur</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice mode — nothing is sent to Sociocs</source>
        <translation>Mode entraînement — rien n’est envoyé à Sociocs</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Column {letter}: {title}</source>
        <translation>Colonne {letter}&#xa0;: {title}</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>{done} of {total} sent in {time}</source>
        <translation>{done} sur {total} envoyés en {time}</translation>
    </message>
</context>
<context>
    <name>ReportLocationBox</name>
    <message>
        <source>No program on this computer opens Excel files (.xlsx), so the report could not be opened. It is saved here:&lt;br&gt;&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;&lt;br&gt;&lt;br&gt;Open it with a spreadsheet program (Excel, LibreOffice Calc, Google Sheets).</source>
        <translation>Aucun programme de cet ordinateur n’ouvre les fichiers Excel (.xlsx)&#x202f;; le rapport n’a donc pas pu être ouvert. Il est enregistré ici&#xa0;:&lt;br&gt;&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;&lt;br&gt;&lt;br&gt;Ouvrez-le avec un tableur (Excel, LibreOffice Calc, Google Sheets).</translation>
    </message>
    <message>
        <source>The folder could not be opened either. The report is in this folder:&lt;br&gt;&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;&lt;br&gt;&lt;br&gt;named &lt;b&gt;{file}&lt;/b&gt;. Copy the path and paste it into your file manager or spreadsheet program.</source>
        <translation>Le dossier n’a pas pu être ouvert non plus. Le rapport se trouve dans ce dossier&#xa0;:&lt;br&gt;&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;&lt;br&gt;&lt;br&gt;sous le nom &lt;b&gt;{file}&lt;/b&gt;. Copiez le chemin et collez-le dans votre gestionnaire de fichiers ou votre tableur.</translation>
    </message>
    <message>
        <source>Report not opened</source>
        <translation>Rapport non ouvert</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Copier le chemin</translation>
    </message>
    <message>
        <source>Opens the folder that holds the report.</source>
        <translation>Ouvre le dossier qui contient le rapport.</translation>
    </message>
    <message>
        <source>Copies the report&apos;s full path.</source>
        <translation>Copie le chemin complet du rapport.</translation>
    </message>
    <message>
        <source>Closes this message.</source>
        <translation>Ferme ce message.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>ResumeBanner</name>
    <message>
        <source>&lt;b&gt;Continue the import of {file}&lt;/b&gt; ({done} of {total} done) to the list &lt;b&gt;{list}&lt;/b&gt;? It stopped before the end; the rows already sent are skipped.</source>
        <translation>&lt;b&gt;Reprendre l’importation de {file}&lt;/b&gt; ({done} sur {total} faites) dans la liste &lt;b&gt;{list}&lt;/b&gt;&#x202f;? Elle s’est arrêtée avant la fin&#x202f;; les lignes déjà envoyées sont ignorées.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Continue the import of {file}&lt;/b&gt; ({done} of {total} done)? It stopped before the end; the rows already sent are skipped.</source>
        <translation>&lt;b&gt;Reprendre l’importation de {file}&lt;/b&gt; ({done} sur {total} faites)&#x202f;? Elle s’est arrêtée avant la fin&#x202f;; les lignes déjà envoyées sont ignorées.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Not no&amp;w</source>
        <translation>Pas &amp;maintenant</translation>
    </message>
    <message>
        <source>Continue the import of {file}</source>
        <translation>Reprendre l’importation de {file}</translation>
    </message>
</context>
<context>
    <name>RetryBanner</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>Tries again at once instead of waiting for the countdown.</source>
        <translation>Réessaie tout de suite, sans attendre la fin du compte à rebours.</translation>
    </message>
    <message>
        <source>Waiting for Sociocs — try {attempt}, next in {time}</source>
        <translation>En attente de Sociocs — essai {attempt}, prochain dans {time}</translation>
    </message>
    <message>
        <source>{reason} The program tries again by itself and nothing is lost; you can also stop now and continue later.</source>
        <translation>{reason} Le programme réessaie tout seul et rien n’est perdu&#x202f;; vous pouvez aussi arrêter maintenant et reprendre plus tard.</translation>
    </message>
</context>
<context>
    <name>RetryDialog</name>
    <message>
        <source>Sociocs asked us to slow down</source>
        <translation>Sociocs nous demande de ralentir</translation>
    </message>
    <message>
        <source>Sociocs is having trouble</source>
        <translation>Sociocs rencontre des difficultés</translation>
    </message>
    <message>
        <source>Cannot reach Sociocs</source>
        <translation>Impossible de joindre Sociocs</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>&amp;Continuer d’attendre</translation>
    </message>
    <message>
        <source>Tries again at once.</source>
        <translation>Réessaie tout de suite.</translation>
    </message>
    <message>
        <source>Waits until the countdown ends, then tries again.</source>
        <translation>Attend la fin du compte à rebours, puis réessaie.</translation>
    </message>
    <message>
        <source>&amp;Stop and save progress</source>
        <translation>&amp;Arrêter et enregistrer la progression</translation>
    </message>
    <message>
        <source>Everything sent so far is kept. Next time you open this file, the program offers to continue where it stopped.</source>
        <translation>Tout ce qui a été envoyé jusqu’ici est conservé. La prochaine fois que vous ouvrirez ce fichier, le programme proposera de reprendre là où il s’est arrêté.</translation>
    </message>
</context>
<context>
    <name>RoleCombo</name>
    <message>
        <source>Press Space to open the list of choices.</source>
        <translation>Appuyez sur Espace pour ouvrir la liste des choix.</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message>
        <source>Import column {column} as</source>
        <translation>Importer la colonne {column} comme</translation>
    </message>
</context>
<context>
    <name>RowsFileDialog</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps of the import</source>
        <translation>Étapes de l’importation</translation>
    </message>
    <message>
        <source>Step {number} of {count}: {name}</source>
        <translation>Étape {number} sur {count}&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>TemplateFileDialog</name>
    <message>
        <source>Mapping templates (*.json);;All files (*)</source>
        <translation>Modèles de correspondance (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Load a mapping template</source>
        <translation>Charger un modèle de correspondance</translation>
    </message>
    <message>
        <source>Save the mapping template</source>
        <translation>Enregistrer le modèle de correspondance</translation>
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
        <translation>Annuler cette importation</translation>
    </message>
    <message>
        <source>The account is already as it was.</source>
        <translation>Le compte est déjà comme avant.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler l’importation</translation>
    </message>
    <message>
        <source>Undoes the import; contacts changed since are left as they are.</source>
        <translation>Annule l’importation&#x202f;; les contacts modifiés depuis restent tels quels.</translation>
    </message>
    <message>
        <source>Undo &amp;those too</source>
        <translation>Annuler &amp;ceux-là aussi</translation>
    </message>
    <message>
        <source>Also put back contacts changed in Sociocs since the import: those changes are lost.</source>
        <translation>Rétablir aussi les contacts modifiés dans Sociocs depuis l’importation&#xa0;: ces modifications sont perdues.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>Nothing is undone.</source>
        <translation>Rien n’est annulé.</translation>
    </message>
</context>
<context>
    <name>UndoPanel</name>
    <message>
        <source>&amp;Undo this import</source>
        <translation>A&amp;nnuler cette importation</translation>
    </message>
    <message>
        <source>Delete the contacts this import created and give the contacts it changed their earlier name and fields back.</source>
        <translation>Supprimer les contacts créés par cette importation et rendre aux contacts modifiés leurs nom et champs d’avant.</translation>
    </message>
    <message>
        <source>Undo progress</source>
        <translation>Progression de l’annulation</translation>
    </message>
    <message>
        <source>Reading what Sociocs holds now…</source>
        <translation>Lecture de ce que Sociocs contient maintenant…</translation>
    </message>
</context>
<context>
    <name>UndoPanelWords</name>
    <message numerus="yes">
        <source>%Ln contacts were deleted (they were new).</source>
        <translation>
            <numerusform>%Ln contact a été supprimé (il était nouveau).</numerusform>
            <numerusform>%Ln contacts ont été supprimés (ils étaient nouveaux).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts were restored as they were before the import.</source>
        <translation>
            <numerusform>%Ln contact a été rétabli tel qu’il était avant l’importation.</numerusform>
            <numerusform>%Ln contacts ont été rétablis tels qu’ils étaient avant l’importation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts were taken out of the list (they were in Sociocs before).</source>
        <translation>
            <numerusform>%Ln contact a été retiré de la liste (il était déjà dans Sociocs).</numerusform>
            <numerusform>%Ln contacts ont été retirés de la liste (ils étaient déjà dans Sociocs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts were already as before the import.</source>
        <translation>
            <numerusform>%Ln contact était déjà comme avant l’importation.</numerusform>
            <numerusform>%Ln contacts étaient déjà comme avant l’importation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needed undoing.</source>
        <translation>Il n’y avait rien à annuler.</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Annulé&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Nothing was undone yet.</source>
        <translation>Rien n’a encore été annulé.</translation>
    </message>
    <message>
        <source>Partly undone: {what}</source>
        <translation>Annulé en partie : {what}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts changed in Sociocs since the import were left as they are.</source>
        <translation>
            <numerusform>%Ln contact modifié dans Sociocs depuis l’importation a été laissé tel quel.</numerusform>
            <numerusform>%Ln contacts modifiés dans Sociocs depuis l’importation ont été laissés tels quels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts are not undone yet: Sociocs did not confirm the change. Undo this import again to continue.</source>
        <translation>
            <numerusform>%Ln contact n’est pas encore annulé : Sociocs n’a pas confirmé la modification. Annulez à nouveau cette importation pour continuer.</numerusform>
            <numerusform>%Ln contacts ne sont pas encore annulés : Sociocs n’a pas confirmé la modification. Annulez à nouveau cette importation pour continuer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsentBox</name>
    <message>
        <source>&amp;Export these rows…</source>
        <translation>&amp;Exporter ces lignes…</translation>
    </message>
    <message>
        <source>Saves these rows, with every column of your file and why each did not go, to an Excel file: fix them there, then import that file.</source>
        <translation>Enregistre ces lignes, avec toutes les colonnes de votre fichier et la raison pour laquelle chacune n’est pas partie, dans un fichier Excel&#xa0;: corrigez-les-y, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>Rows that did not go</source>
        <translation>Lignes qui ne sont pas parties</translation>
    </message>
    <message>
        <source>Each row that was not sent: its row, the phone as typed and why.</source>
        <translation>Chaque ligne non envoyée&#xa0;: son numéro, le téléphone tel que saisi et la raison.</translation>
    </message>
    <message>
        <source>Select a row to read here why it did not go, in full.</source>
        <translation>Sélectionnez une ligne pour lire ici, en entier, pourquoi elle n’est pas partie.</translation>
    </message>
    <message>
        <source>{file} - rows not sent</source>
        <translation>{file} - lignes non envoyées</translation>
    </message>
    <message>
        <source>Export the rows that did not go</source>
        <translation>Exporter les lignes qui ne sont pas parties</translation>
    </message>
    <message>
        <source>Saving &quot;{file}&quot;…</source>
        <translation>Enregistrement de «&#xa0;{file}&#xa0;»…</translation>
    </message>
    <message>
        <source>The rows could not be exported</source>
        <translation>Les lignes n’ont pas pu être exportées</translation>
    </message>
</context>
<context>
    <name>UnsentModel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Phone as typed</source>
        <translation>Téléphone saisi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Why it did not go</source>
        <translation>Pourquoi elle n’est pas partie</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Fiche</translation>
    </message>
</context>
<context>
    <name>UnsentWords</name>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln cards did not go&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln fiche n’est pas partie&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln fiches ne sont pas parties&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln rows did not go&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln ligne n’est pas partie&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln lignes ne sont pas parties&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln rows to &quot;{file}&quot;.</source>
        <translation>
            <numerusform>%Ln ligne enregistrée dans «&#xa0;{file}&#xa0;».</numerusform>
            <numerusform>%Ln lignes enregistrées dans «&#xa0;{file}&#xa0;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadPage</name>
    <message>
        <source>Upload</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>You can use other programs meanwhile. Stopping or closing keeps what was sent.</source>
        <translation>Vous pouvez utiliser d’autres programmes pendant ce temps. Arrêter ou fermer conserve ce qui a été envoyé.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Progression de l’envoi</translation>
    </message>
    <message>
        <source>Contacts sent over time</source>
        <translation>Contacts envoyés au fil du temps</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause or resume the upload</source>
        <translation>Mettre en pause ou reprendre l’envoi</translation>
    </message>
    <message>
        <source>Pauses after the current batch; click again to go on.</source>
        <translation>Met en pause après le lot en cours&#x202f;; cliquez de nouveau pour continuer.</translation>
    </message>
    <message>
        <source>&amp;Stop and save progress</source>
        <translation>&amp;Arrêter et enregistrer la progression</translation>
    </message>
    <message>
        <source>Stops after the current batch. What was sent is kept; you can continue later.</source>
        <translation>S’arrête après le lot en cours. Ce qui a été envoyé est conservé&#x202f;; vous pourrez reprendre plus tard.</translation>
    </message>
    <message>
        <source>Nothing to send yet: go back and check the file first.</source>
        <translation>Rien à envoyer pour l’instant&#xa0;: revenez en arrière et vérifiez d’abord le fichier.</translation>
    </message>
    <message>
        <source>First, the file is compared with the contacts in Sociocs.</source>
        <translation>D’abord, le fichier est comparé avec les contacts de Sociocs.</translation>
    </message>
    <message numerus="yes">
        <source>Getting ready to send %Ln contacts…</source>
        <translation>
            <numerusform>Préparation de l’envoi de %Ln contact…</numerusform>
            <numerusform>Préparation de l’envoi de %Ln contacts…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending to {list}…</source>
        <translation>Envoi vers {list}…</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln contacts sent (batch {batch} of {batches})</source>
        <translation>
            <numerusform>{done} contact envoyé sur %Ln (lot {batch} sur {batches})</numerusform>
            <numerusform>{done} contacts envoyés sur %Ln (lot {batch} sur {batches})</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused. Click Resume to go on.</source>
        <translation>En pause. Cliquez sur Reprendre pour continuer.</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>la liste</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Pausing after the current batch…</source>
        <translation>Mise en pause après le lot en cours…</translation>
    </message>
    <message>
        <source>Stopping after the current batch; progress is saved…</source>
        <translation>Arrêt après le lot en cours&#x202f;; la progression est enregistrée…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>The report could not be written</source>
        <translation>Le rapport n’a pas pu être écrit</translation>
    </message>
    <message>
        <source>All contacts were sent.</source>
        <translation>Tous les contacts ont été envoyés.</translation>
    </message>
    <message>
        <source>The upload could not start</source>
        <translation>L’envoi n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>Contacts are being sent right now. If you close, the upload stops after the current batch. Nothing already sent is lost: next time you import this file to the same list, the program continues where it stopped.</source>
        <translation>Des contacts sont en cours d’envoi. Si vous fermez, l’envoi s’arrête après le lot en cours. Rien de ce qui a déjà été envoyé n’est perdu&#xa0;: la prochaine fois que vous importerez ce fichier dans la même liste, le programme reprendra là où il s’est arrêté.</translation>
    </message>
</context>
<context>
    <name>UploadPageWords</name>
    <message numerus="yes">
        <source>%Ln contacts a second</source>
        <translation>
            <numerusform>%Ln contact par seconde</numerusform>
            <numerusform>%Ln contacts par seconde</numerusform>
        </translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>temps restant&#xa0;: environ {time}</translation>
    </message>
    <message>
        <source>Step 1 of 3: creating the lists the groups need…</source>
        <translation>Étape 1 sur 3 : création des listes des groupes…</translation>
    </message>
    <message>
        <source>Step 2 of 3: sending the contacts, each once…</source>
        <translation>Étape 2 sur 3 : envoi des contacts, chacun une fois…</translation>
    </message>
    <message numerus="yes">
        <source>Step 3 of 3: adding contacts to their other lists — {added} of %Ln added…</source>
        <translation>
            <numerusform>Étape 3 sur 3 : ajout du contact à son autre liste — {added} sur %Ln ajouté…</numerusform>
            <numerusform>Étape 3 sur 3 : ajout des contacts à leurs autres listes — {added} sur %Ln ajoutés…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>The program is still working. Closing now stops it.</source>
        <translation>Le programme travaille encore. Fermer maintenant l’arrête.</translation>
    </message>
    <message>
        <source>Your choices for &quot;{file}&quot; will be lost.</source>
        <translation>Vos choix pour «&#xa0;{file}&#xa0;» seront perdus.</translation>
    </message>
</context>
</TS>

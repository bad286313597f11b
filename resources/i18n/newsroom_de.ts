<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Article editor</source>
        <translation>Artikeleditor</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Details and text</source>
        <translation>Details und Text</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Sync: {state}</source>
        <translation>Sync: {state}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>dd MMM HH:mm</source>
        <translation>d. MMM HH:mm</translation>
    </message>
</context>
<context>
    <name>ArticleListView</name>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Article list columns</source>
        <translation>Spalten der Artikelliste</translation>
    </message>
</context>
<context>
    <name>ArticleSession</name>
    <message>
        <source>check the article</source>
        <translation>den Artikel prüfen</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <source>save the article</source>
        <translation>den Artikel speichern</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The copy of “{name}” did not pass its check ({problem}), so it was not saved. “{name}” itself may be damaged.</source>
        <translation>Die Kopie von „{name}“ hat die Prüfung nicht bestanden ({problem}) und wurde daher nicht gespeichert. „{name}“ selbst ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>The backup to “{name}” was cancelled; nothing was written.</source>
        <translation>Die Sicherung nach „{name}“ wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>“{name}” is the library itself: choose another name or folder for the backup.</source>
        <translation>„{name}“ ist die Bibliothek selbst: Wählen Sie einen anderen Namen oder Ordner für die Sicherung.</translation>
    </message>
    <message>
        <source>“{folder}” is a folder: choose a file name for the backup.</source>
        <translation>„{folder}“ ist ein Ordner: Wählen Sie einen Dateinamen für die Sicherung.</translation>
    </message>
    <message>
        <source>“{name}” cannot be written: you may not write in the folder “{folder}”.</source>
        <translation>„{name}“ kann nicht geschrieben werden: Sie dürfen nicht in den Ordner „{folder}“ schreiben.</translation>
    </message>
    <message>
        <source>“{name}” is a library that is open, or was not closed properly: choose another name for the backup.</source>
        <translation>„{name}“ ist eine Bibliothek, die geöffnet ist oder nicht ordnungsgemäß geschlossen wurde: Wählen Sie einen anderen Namen für die Sicherung.</translation>
    </message>
    <message>
        <source>“{name}” cannot be written: the folder “{folder}” does not exist.</source>
        <translation>„{name}“ kann nicht geschrieben werden: Der Ordner „{folder}“ existiert nicht.</translation>
    </message>
    <message>
        <source>“{name}” was left as it was.</source>
        <translation>„{name}“ wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>“{name}” could not be written: the disk is full.</source>
        <translation>„{name}“ konnte nicht geschrieben werden: Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>“{name}” could not be written: you may not write in the folder “{folder}”.</source>
        <translation>„{name}“ konnte nicht geschrieben werden: Sie dürfen nicht in den Ordner „{folder}“ schreiben.</translation>
    </message>
    <message>
        <source>“{name}” could not be written: the disk reported an error.</source>
        <translation>„{name}“ konnte nicht geschrieben werden: Der Datenträger hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>“{name}” could not be read: it is damaged ({problem}). No backup was made.</source>
        <translation>„{name}“ konnte nicht gelesen werden: Die Datei ist beschädigt ({problem}). Es wurde keine Sicherung erstellt.</translation>
    </message>
    <message>
        <source>The backup to “{name}” failed ({problem}).</source>
        <translation>Die Sicherung nach „{name}“ ist fehlgeschlagen ({problem}).</translation>
    </message>
    <message>
        <source>“{name}” could not be written ({problem}).</source>
        <translation>„{name}“ konnte nicht geschrieben werden ({problem}).</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} Byte</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
</context>
<context>
    <name>BackupRunner</name>
    <message>
        <source>Back Up Library</source>
        <translation>Bibliothek sichern</translation>
    </message>
    <message>
        <source>Backing up “{library}”…</source>
        <translation>„{library}“ wird gesichert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>back up the library</source>
        <translation>Bibliothek sichern</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Checking the copy of “{library}”…</source>
        <translation>Die Kopie von „{library}“ wird geprüft…</translation>
    </message>
    <message>
        <source>Backed up to {file} ({size})</source>
        <translation>Gesichert in {file} ({size})</translation>
    </message>
    <message>
        <source>The library was not backed up. {error}</source>
        <translation>Die Bibliothek wurde nicht gesichert. {error}</translation>
    </message>
    <message>
        <source>The library was not backed up ({error}). No file was written.</source>
        <translation>Die Bibliothek wurde nicht gesichert ({error}). Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Newsroom libraries (*{suffix});;All files (*)</source>
        <translation>Newsroom-Bibliotheken (*{suffix});;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>{doing}…</source>
        <translation>{doing}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{title} progress</source>
        <translation>Fortschritt: {title}</translation>
    </message>
    <message>
        <source>{doing} {name} ({number} of {total})…</source>
        <translation>{doing}: {name} ({number} von {total})…</translation>
    </message>
</context>
<context>
    <name>CategoryMerges</name>
    <message>
        <source>The category “{name}” could not be merged into “{into}” on the site: {error} Nothing was sent; the merge will be tried again with the next send.</source>
        <translation>Die Kategorie „{name}“ konnte auf der Website nicht mit „{into}“ zusammengeführt werden: {error} Es wurde nichts gesendet; die Zusammenführung wird beim nächsten Senden erneut versucht.</translation>
    </message>
    <message>
        <source>The category of the merged section could not be merged into “{into}” on the site: {error} Nothing was sent; the merge will be tried again with the next send.</source>
        <translation>Die Kategorie des zusammengeführten Ressorts konnte auf der Website nicht mit „{into}“ zusammengeführt werden: {error} Es wurde nichts gesendet; die Zusammenführung wird beim nächsten Senden erneut versucht.</translation>
    </message>
</context>
<context>
    <name>ChangeHash</name>
    <message>
        <source>There is no article number {number} in this library.</source>
        <translation>In dieser Bibliothek gibt es keinen Artikel Nummer {number}.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>no</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>one</source>
        <translation>einen</translation>
    </message>
    <message>
        <source>two</source>
        <translation>zwei</translation>
    </message>
    <message>
        <source>three</source>
        <translation>drei</translation>
    </message>
    <message>
        <source>four</source>
        <translation>vier</translation>
    </message>
    <message>
        <source>five</source>
        <translation>fünf</translation>
    </message>
    <message>
        <source>six</source>
        <translation>sechs</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>sieben</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>acht</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>neun</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to publish, with %n warning(s)</source>
        <translation>
            <numerusform>Bereit zur Veröffentlichung, mit %n Warnung</numerusform>
            <numerusform>Bereit zur Veröffentlichung, mit %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to publish</source>
        <translation>Bereit zur Veröffentlichung</translation>
    </message>
    <message>
        <source>Write a headline: the article has none.</source>
        <translation>Schreiben Sie eine Überschrift: Der Artikel hat keine.</translation>
    </message>
    <message>
        <source>Choose a section: the site files every article in one.</source>
        <translation>Wählen Sie ein Ressort: Die Website ordnet jeden Artikel einem Ressort zu.</translation>
    </message>
    <message>
        <source>Add a byline: the name of the author, or of the desk that wrote it.</source>
        <translation>Fügen Sie eine Autorenzeile hinzu: den Namen des Autors oder der Redaktion, die den Artikel geschrieben hat.</translation>
    </message>
    <message>
        <source>The headline is {length} characters long; the site has room for at most {most}. Shorten it.</source>
        <translation>Die Überschrift ist {length} Zeichen lang; die Website bietet Platz für höchstens {most}. Kürzen Sie sie.</translation>
    </message>
    <message>
        <source>The headline is {length} characters long. Search results and shared links cut headlines off after about {about} characters, so consider shortening it.</source>
        <translation>Die Überschrift ist {length} Zeichen lang. Suchergebnisse und geteilte Links schneiden Überschriften nach etwa {about} Zeichen ab; kürzen Sie sie gegebenenfalls.</translation>
    </message>
    <message>
        <source>Add a dateline: the place the story was reported from.</source>
        <translation>Fügen Sie eine Ortsmarke hinzu: den Ort, von dem aus berichtet wurde.</translation>
    </message>
    <message>
        <source>The dateline “{place}” does not look like a place. Write only the place, such as Paris: the site adds the date itself.</source>
        <translation>Die Ortsmarke „{place}“ sieht nicht wie ein Ort aus. Schreiben Sie nur den Ort, etwa Paris: Die Website fügt das Datum selbst hinzu.</translation>
    </message>
    <message>
        <source>The search title is {length} characters long; search engines show only about {about}.</source>
        <translation>Der SEO-Titel ist {length} Zeichen lang; Suchmaschinen zeigen nur etwa {about} an.</translation>
    </message>
    <message>
        <source>The story is under embargo until {when}; schedule it for then or later.</source>
        <translation>Für den Artikel gilt eine Sperrfrist bis {when}; planen Sie ihn für diesen Zeitpunkt oder später.</translation>
    </message>
    <message>
        <source>The story is under embargo until {when}; it cannot be published before then.</source>
        <translation>Für den Artikel gilt eine Sperrfrist bis {when}; er kann nicht vorher veröffentlicht werden.</translation>
    </message>
    <message>
        <source>The story is under embargo until {when}.</source>
        <translation>Für den Artikel gilt eine Sperrfrist bis {when}.</translation>
    </message>
    <message>
        <source>Set a publication time in the future: a scheduled article goes out then.</source>
        <translation>Legen Sie einen Veröffentlichungszeitpunkt in der Zukunft fest: Ein geplanter Artikel erscheint dann.</translation>
    </message>
    <message>
        <source>Image {number} in the text is no longer in the library. Insert it again or remove it.</source>
        <translation>Bild {number} im Text ist nicht mehr in der Bibliothek. Fügen Sie es erneut ein oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>Add it to the image in the library.</source>
        <translation>Ergänzen Sie ihn beim Bild in der Bibliothek.</translation>
    </message>
    <message>
        <source>Write it between the brackets: ![A barge on the Rhine](…).</source>
        <translation>Schreiben Sie ihn zwischen die eckigen Klammern: ![Ein Lastkahn auf dem Rhein](…).</translation>
    </message>
    <message>
        <source>Image {number} ({name}) has no alt text, which describes it to readers who cannot see it.</source>
        <translation>Bild {number} ({name}) hat keinen Alternativtext, der es Lesern beschreibt, die es nicht sehen können.</translation>
    </message>
    <message>
        <source>Add it after the image: {credit=&quot;Reuters&quot;}.</source>
        <translation>Fügen Sie ihn nach dem Bild hinzu: {credit=&quot;Reuters&quot;}.</translation>
    </message>
    <message>
        <source>Image {number} ({name}) has no credit.</source>
        <translation>Bild {number} ({name}) hat keinen Bildnachweis.</translation>
    </message>
    <message>
        <source>The text links to the article “{slug}”, which is not in the library. Check the link.</source>
        <translation>Der Text verlinkt auf den Artikel „{slug}“, der nicht in der Bibliothek ist. Prüfen Sie den Link.</translation>
    </message>
    <message>
        <source>The text links to “{headline}”, which was spiked and will not be on the site.</source>
        <translation>Der Text verlinkt auf „{headline}“, der verworfen wurde und nicht auf der Website erscheinen wird.</translation>
    </message>
    <message>
        <source>The text links to “{headline}”, which is not published yet; the link will not work until it is.</source>
        <translation>Der Text verlinkt auf „{headline}“, der noch nicht veröffentlicht ist; der Link funktioniert erst danach.</translation>
    </message>
    <message>
        <source>The article has no related links; “You Might Also Like” shows {least} to {most}.</source>
        <translation>Der Artikel hat keine verwandten Links; „You Might Also Like“ zeigt {least} bis {most}.</translation>
    </message>
    <message numerus="yes">
        <source>The article has %n related link(s); “You Might Also Like” shows {least} to {most}.</source>
        <translation>
            <numerusform>Der Artikel hat %n verwandten Link; „You Might Also Like“ zeigt {least} bis {most}.</numerusform>
            <numerusform>Der Artikel hat %n verwandte Links; „You Might Also Like“ zeigt {least} bis {most}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add {number} more.</source>
        <translation>Fügen Sie noch {number} hinzu.</translation>
    </message>
    <message>
        <source>Remove {count}.</source>
        <translation>Entfernen Sie {count}.</translation>
    </message>
    <message>
        <source>The featured image is no longer in the library.</source>
        <translation>Das Beitragsbild ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>The featured image ({name}) has no alt text, which describes it to readers who cannot see it.</source>
        <translation>Das Beitragsbild ({name}) hat keinen Alternativtext, der es Lesern beschreibt, die es nicht sehen können.</translation>
    </message>
</context>
<context>
    <name>ChecklistBlockedError</name>
    <message numerus="yes">
        <source>The checklist shows %n more problem(s) to fix.</source>
        <translation>
            <numerusform>Die Checkliste zeigt %n weiteres zu behebendes Problem.</numerusform>
            <numerusform>Die Checkliste zeigt %n weitere zu behebende Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>The article cannot be {done} yet.</source>
        <translation>Der Artikel kann noch nicht {done} werden.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklist panel</source>
        <translation>Checklisten-Bereich</translation>
    </message>
    <message>
        <source>Checklist summary</source>
        <translation>Zusammenfassung der Checkliste</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Fehler: {message}</translation>
    </message>
    <message>
        <source>Error. Double-click to go to the field.</source>
        <translation>Fehler. Doppelklicken Sie, um zum Feld zu gelangen.</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Warnung: {message}</translation>
    </message>
    <message>
        <source>Warning. Double-click to go to the field.</source>
        <translation>Warnung. Doppelklicken Sie, um zum Feld zu gelangen.</translation>
    </message>
    <message>
        <source>No article is open.</source>
        <translation>Es ist kein Artikel geöffnet.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>the library file (default: {path})</source>
        <translation>die Bibliotheksdatei (Standard: {path})</translation>
    </message>
    <message>
        <source>open the library read-only</source>
        <translation>die Bibliothek schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Write, preview and publish news articles. With no command, opens the Newsroom window.</source>
        <translation>Nachrichtenartikel schreiben, in der Vorschau ansehen und veröffentlichen. Ohne Befehl öffnet sich das Newsroom-Fenster.</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer des Programms anzeigen und beenden</translation>
    </message>
    <message>
        <source>import Markdown (.md), Word (.docx), web pages (.html) and WordPress export files (.xml)</source>
        <translation>Markdown (.md), Word-Dokumente (.docx), Webseiten (.html) und WordPress-Exportdateien (.xml) importieren</translation>
    </message>
    <message>
        <source>overwrite articles whose slug already exists</source>
        <translation>Artikel überschreiben, deren Slug bereits existiert</translation>
    </message>
    <message>
        <source>the section of articles whose file names none (Parent/Child)</source>
        <translation>die Rubrik der Artikel, deren Datei keine angibt (Eltern/Kind)</translation>
    </message>
    <message>
        <source>export articles as HTML pages, Markdown, Word documents or IPTC ninjs JSON</source>
        <translation>Artikel als HTML-Seiten, Markdown, Word-Dokumente oder IPTC-ninjs-JSON exportieren</translation>
    </message>
    <message>
        <source>an article&apos;s slug (`newsroom list` shows them)</source>
        <translation>der Slug eines Artikels (`newsroom list` zeigt sie an)</translation>
    </message>
    <message>
        <source>html (the default): the page with its images; md: Markdown with front matter; docx: a Word document; ninjs: IPTC ninjs JSON, its images written beside it</source>
        <translation>html (Standard): die Seite mit ihren Bildern; md: Markdown mit Front Matter; docx: ein Word-Dokument; ninjs: IPTC-ninjs-JSON, die Bilder daneben gespeichert</translation>
    </message>
    <message>
        <source>write to this file, or into this folder as SLUG.html, SLUG.md… (several articles need a folder); without it, one article goes to standard output</source>
        <translation>in diese Datei schreiben oder in diesen Ordner als SLUG.html, SLUG.md… (mehrere Artikel brauchen einen Ordner); ohne diese Option geht ein Artikel an die Standardausgabe</translation>
    </message>
    <message>
        <source>replace files that are already there</source>
        <translation>bereits vorhandene Dateien ersetzen</translation>
    </message>
    <message>
        <source>list the articles of the library</source>
        <translation>die Artikel der Bibliothek auflisten</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>copy the library to a file, or into a folder; safe while it is open</source>
        <translation>die Bibliothek in eine Datei oder einen Ordner kopieren; auch sicher, während sie geöffnet ist</translation>
    </message>
    <message>
        <source>a file or a folder</source>
        <translation>eine Datei oder ein Ordner</translation>
    </message>
    <message>
        <source>there is no section “{section}”.</source>
        <translation>es gibt keine Rubrik „{section}“.</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>Warnung: {warning}</translation>
    </message>
    <message>
        <source>Several articles are written to a folder, one file each: add -o FOLDER.</source>
        <translation>Mehrere Artikel werden in einen Ordner geschrieben, je eine Datei: fügen Sie -o ORDNER hinzu.</translation>
    </message>
    <message>
        <source>A Word document cannot be shown in the terminal: add -o FILE or -o FOLDER.</source>
        <translation>Ein Word-Dokument kann nicht im Terminal angezeigt werden: fügen Sie -o DATEI oder -o ORDNER hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>“{file}” (and %n more) already exists; add --force to replace what is there.</source>
        <translation>
            <numerusform>„{file}“ (und %n weitere) existiert bereits; fügen Sie --force hinzu, um Vorhandenes zu ersetzen.</numerusform>
            <numerusform>„{file}“ (und %n weitere) existiert bereits; fügen Sie --force hinzu, um Vorhandenes zu ersetzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{file}” already exists; add --force to replace what is there.</source>
        <translation>„{file}“ existiert bereits; fügen Sie --force hinzu, um Vorhandenes zu ersetzen.</translation>
    </message>
    <message>
        <source>There is no article “{slug}” in this library.</source>
        <translation>In dieser Bibliothek gibt es keinen Artikel „{slug}“.</translation>
    </message>
    <message>
        <source>“{slug}”</source>
        <translation>„{slug}“</translation>
    </message>
    <message>
        <source>There are no articles {slugs} in this library.</source>
        <translation>In dieser Bibliothek gibt es keine Artikel {slugs}.</translation>
    </message>
    <message>
        <source>“{folder}” is a file; several articles are written into a folder.</source>
        <translation>„{folder}“ ist eine Datei; mehrere Artikel werden in einen Ordner geschrieben.</translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist.</source>
        <translation>Der Ordner „{folder}“ existiert nicht.</translation>
    </message>
    <message>
        <source>The folder “{folder}” cannot be made: {reason}.</source>
        <translation>Der Ordner „{folder}“ kann nicht erstellt werden: {reason}.</translation>
    </message>
    <message>
        <source>Backed up “{library}” to {file} ({size}).</source>
        <translation>„{library}“ gesichert in {file} ({size}).</translation>
    </message>
    <message>
        <source>Add --read-only to open it read-only.</source>
        <translation>Fügen Sie --read-only hinzu, um sie schreibgeschützt zu öffnen.</translation>
    </message>
    <message>
        <source>The site refused the request ({status} {reason}).</source>
        <translation>Die Website hat die Anfrage abgelehnt ({status} {reason}).</translation>
    </message>
    <message>
        <source>The site could not be reached; check the network and try again.</source>
        <translation>Die Website ist nicht erreichbar; prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The site {host} could not be reached; check the network and try again.</source>
        <translation>Die Website {host} ist nicht erreichbar; prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>CliPublish</name>
    <message>
        <source>queue an approved article for a target and send it now (exit 3 if it is not approved)</source>
        <translation>einen freigegebenen Artikel für ein Ziel einreihen und sofort senden (Exit-Code 3, wenn er nicht freigegeben ist)</translation>
    </message>
    <message>
        <source>the target&apos;s name</source>
        <translation>der Name des Ziels</translation>
    </message>
    <message>
        <source>print what would change on the site, field by field; queue and send nothing</source>
        <translation>anzeigen, was sich auf der Website ändern würde, Feld für Feld; nichts einreihen und nichts senden</translation>
    </message>
    <message>
        <source>send what waits in the outbox; exit 1 while something failed is queued</source>
        <translation>senden, was im Postausgang wartet; Exit-Code 1, solange etwas Fehlgeschlagenes eingereiht ist</translation>
    </message>
    <message>
        <source>only this target</source>
        <translation>nur dieses Ziel</translation>
    </message>
    <message>
        <source>import a WordPress site&apos;s posts, categories and tags</source>
        <translation>Beiträge, Kategorien und Schlagwörter einer WordPress-Website importieren</translation>
    </message>
    <message>
        <source>move an article along the workflow; spiking or unpublishing it queues its take-down on every site that has it</source>
        <translation>einen Artikel im Arbeitsablauf weiterbewegen; wird er verworfen oder depubliziert, wird seine Entfernung von jeder Website eingereiht, die ihn hat</translation>
    </message>
    <message>
        <source>draft, in_review, ready, scheduled, published or spiked</source>
        <translation>draft, in_review, ready, scheduled, published oder spiked</translation>
    </message>
    <message>
        <source>move an article to the trash; it is taken off every site that has it</source>
        <translation>einen Artikel in den Papierkorb verschieben; er wird von jeder Website entfernt, die ihn hat</translation>
    </message>
    <message>
        <source>list an article&apos;s corrections and updates, or add one</source>
        <translation>die Korrekturen und Aktualisierungen eines Artikels auflisten oder eine hinzufügen</translation>
    </message>
    <message>
        <source>add a dated “Correction:” note</source>
        <translation>eine datierte Notiz „Korrektur:“ hinzufügen</translation>
    </message>
    <message>
        <source>add a dated “Update:” note</source>
        <translation>eine datierte Notiz „Aktualisierung:“ hinzufügen</translation>
    </message>
    <message>
        <source>{article} was not queued:</source>
        <translation>{article} wurde nicht eingereiht:</translation>
    </message>
    <message>
        <source>“{target}” is a {kind} target; articles cannot be pulled from it.</source>
        <translation>„{target}“ ist ein Ziel vom Typ {kind}; von dort können keine Artikel abgerufen werden.</translation>
    </message>
    <message>
        <source>It will be taken off {targets} at the next sync (newsroom sync).</source>
        <translation>Er wird bei der nächsten Synchronisierung (newsroom sync) von {targets} entfernt.</translation>
    </message>
    <message>
        <source>{slug}: in the trash</source>
        <translation>{slug}: im Papierkorb</translation>
    </message>
</context>
<context>
    <name>CliTargets</name>
    <message>
        <source>The Newsroom window can keep a password for as long as it is open (Publish › Targets…, “Keep for this session only”); the command line cannot, because each command ends as soon as it has run.</source>
        <translation>Das Newsroom-Fenster kann ein Passwort behalten, solange es geöffnet ist (Veröffentlichen › Ziele…, „Nur für diese Sitzung behalten“); die Befehlszeile kann das nicht, weil jeder Befehl endet, sobald er ausgeführt wurde.</translation>
    </message>
    <message>
        <source>add, list, remove and check publishing targets</source>
        <translation>Veröffentlichungsziele hinzufügen, auflisten, entfernen und prüfen</translation>
    </message>
    <message>
        <source>add a target; its password goes to the keychain</source>
        <translation>ein Ziel hinzufügen; sein Passwort kommt in den Schlüsselbund</translation>
    </message>
    <message>
        <source>what Newsroom calls the target, such as Website</source>
        <translation>wie Newsroom das Ziel nennt, etwa Website</translation>
    </message>
    <message>
        <source>the site&apos;s address, or a folder for static</source>
        <translation>die Adresse der Website oder ein Ordner für static</translation>
    </message>
    <message>
        <source>the user name on the site (WordPress: required)</source>
        <translation>der Benutzername auf der Website (WordPress: erforderlich)</translation>
    </message>
    <message>
        <source>read the password (WordPress: an application password) from one line of stdin</source>
        <translation>das Passwort (WordPress: ein Anwendungspasswort) aus einer Zeile der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>replace a target&apos;s stored password</source>
        <translation>das gespeicherte Passwort eines Ziels ersetzen</translation>
    </message>
    <message>
        <source>read it from stdin</source>
        <translation>es aus der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>list the targets of the library</source>
        <translation>die Ziele der Bibliothek auflisten</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>remove a target and its queued entries</source>
        <translation>ein Ziel und seine eingereihten Einträge entfernen</translation>
    </message>
    <message>
        <source>remove it even if entries are still queued</source>
        <translation>es entfernen, auch wenn noch Einträge eingereiht sind</translation>
    </message>
    <message>
        <source>also delete its password from the keychain (other libraries may use it)</source>
        <translation>auch sein Passwort aus dem Schlüsselbund löschen (andere Bibliotheken verwenden es eventuell)</translation>
    </message>
    <message>
        <source>change the size and format of a target&apos;s images, and how a WordPress target takes articles down, schedules and credits</source>
        <translation>Größe und Format der Bilder eines Ziels ändern sowie, wie ein WordPress-Ziel Artikel entfernt, plant und Autoren zuordnet</translation>
    </message>
    <message>
        <source>the longer side of the images the site receives, in pixels (default 2048); smaller images are not enlarged</source>
        <translation>die längere Seite der Bilder, die die Website erhält, in Pixeln (Standard 2048); kleinere Bilder werden nicht vergrößert</translation>
    </message>
    <message>
        <source>the JPEG or WebP quality of those images, 1 to 100 (default 85)</source>
        <translation>die JPEG- oder WebP-Qualität dieser Bilder, 1 bis 100 (Standard 85)</translation>
    </message>
    <message>
        <source>jpeg (default), webp, or original: the format of each photo as it is (PNG and GIF always keep theirs)</source>
        <translation>jpeg (Standard), webp oder original: das Format jedes Fotos, wie es ist (PNG und GIF behalten immer ihres)</translation>
    </message>
    <message>
        <source>what taking an article down does on the site: back to draft (default) or trash</source>
        <translation>was das Entfernen eines Artikels auf der Website bewirkt: zurück zum Entwurf (draft, Standard) oder in den Papierkorb (trash)</translation>
    </message>
    <message>
        <source>yes: send embargoed and scheduled articles early for the site to hold until their time (they leave this machine before the embargo); no (default): hold them here</source>
        <translation>yes: Artikel mit Sperrfrist und geplante Artikel vorab senden, damit die Website sie bis zu ihrem Zeitpunkt zurückhält (sie verlassen diesen Rechner vor der Sperrfrist); no (Standard): sie hier zurückhalten</translation>
    </message>
    <message>
        <source>credit this byline to a WordPress user (login or id); repeat for more, an empty USER removes the mapping</source>
        <translation>diese Autorenzeile einem WordPress-Benutzer zuordnen (Login oder ID); für weitere wiederholen, ein leerer USER entfernt die Zuordnung</translation>
    </message>
    <message>
        <source>sign in to a target to check its credentials</source>
        <translation>sich bei einem Ziel anmelden, um seine Zugangsdaten zu prüfen</translation>
    </message>
    <message>
        <source>A password is needed and there is no terminal to ask for it: pipe it in and add --password-stdin.</source>
        <translation>Ein Passwort wird benötigt, und es gibt kein Terminal, um danach zu fragen: Leiten Sie es per Pipe weiter und fügen Sie --password-stdin hinzu.</translation>
    </message>
    <message>
        <source>The password is empty; nothing was changed.</source>
        <translation>Das Passwort ist leer; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Password for {user} at {url}: </source>
        <translation>Passwort für {user} auf {url}: </translation>
    </message>
    <message>
        <source>Password for {url}: </source>
        <translation>Passwort für {url}: </translation>
    </message>
    <message>
        <source>“{name}” takes no password (a {kind} target needs none); nothing was changed.</source>
        <translation>„{name}“ verwendet kein Passwort (ein Ziel vom Typ {kind} braucht keines); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“{name}” takes no password (it has no --user); nothing was changed.</source>
        <translation>„{name}“ verwendet kein Passwort (es hat kein --user); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is already a target called “{name}” in this library.</source>
        <translation>In dieser Bibliothek gibt es bereits ein Ziel namens „{name}“.</translation>
    </message>
    <message>
        <source>The target “{name}” was not added.</source>
        <translation>Das Ziel „{name}“ wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>It uses the password already in the system keychain for {user}.</source>
        <translation>Es verwendet das bereits im Schlüsselbund des Systems gespeicherte Passwort für {user}.</translation>
    </message>
    <message>
        <source>Its password is in the system keychain.</source>
        <translation>Sein Passwort ist im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Added the {kind} target “{name}” ({url}).</source>
        <translation>Ziel „{name}“ vom Typ {kind} hinzugefügt ({url}).</translation>
    </message>
    <message>
        <source>“{name}” takes no password; nothing was changed.</source>
        <translation>„{name}“ verwendet kein Passwort; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The target was paused; it is active again.</source>
        <translation>Das Ziel war pausiert; es ist wieder aktiv.</translation>
    </message>
    <message>
        <source>The password for “{name}” was replaced in the system keychain.</source>
        <translation>Das Passwort für „{name}“ wurde im Schlüsselbund des Systems ersetzt.</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>This library has no publishing targets yet: add one with “newsroom target add”.</source>
        <translation>Diese Bibliothek hat noch keine Veröffentlichungsziele: Fügen Sie eines mit „newsroom target add“ hinzu.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>password {state}</source>
        <translation>Passwort {state}</translation>
    </message>
    <message>
        <source>{options} or {option}</source>
        <translation>{options} oder {option}</translation>
    </message>
    <message>
        <source>“{name}” is a {kind} target, which has no {options}; nothing was changed.</source>
        <translation>„{name}“ ist ein Ziel vom Typ {kind}, das kein {options} hat; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“{pair}” is not BYLINE=USER, such as “Jane Doe=jdoe”.</source>
        <translation>„{pair}“ hat nicht die Form BYLINE=USER, etwa „Jane Doe=jdoe“.</translation>
    </message>
    <message>
        <source>{name}: {images}, without their location and camera data.</source>
        <translation>{name}: {images}, ohne ihre Standort- und Kameradaten.</translation>
    </message>
    <message>
        <source>{name}: taking an article down moves it to the trash.</source>
        <translation>{name}: Das Entfernen eines Artikels verschiebt ihn in den Papierkorb.</translation>
    </message>
    <message>
        <source>{name}: taking an article down moves it back to draft.</source>
        <translation>{name}: Das Entfernen eines Artikels setzt ihn auf Entwurf zurück.</translation>
    </message>
    <message>
        <source>{name} holds embargoed and scheduled articles itself: they leave this machine before their time.</source>
        <translation>{name} hält Artikel mit Sperrfrist und geplante Artikel selbst zurück: Sie verlassen diesen Rechner vor ihrem Zeitpunkt.</translation>
    </message>
    <message>
        <source>Embargoed and scheduled articles stay on this machine until their time.</source>
        <translation>Artikel mit Sperrfrist und geplante Artikel bleiben bis zu ihrem Zeitpunkt auf diesem Rechner.</translation>
    </message>
    <message>
        <source>{byline} → WordPress user {user}</source>
        <translation>{byline} → WordPress-Benutzer {user}</translation>
    </message>
    <message>
        <source>warning: “{name}” still has {count} entry in the outbox that will not be sent if it is removed.</source>
        <comment>one</comment>
        <translation>Warnung: „{name}“ hat noch {count} Eintrag im Postausgang, der nicht gesendet wird, wenn das Ziel entfernt wird.</translation>
    </message>
    <message>
        <source>warning: “{name}” still has {count} entries in the outbox that will not be sent if it is removed.</source>
        <comment>many</comment>
        <translation>Warnung: „{name}“ hat noch {count} Einträge im Postausgang, die nicht gesendet werden, wenn das Ziel entfernt wird.</translation>
    </message>
    <message>
        <source>Remove it anyway? [y/N] </source>
        <translation>Trotzdem entfernen? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was removed (add --yes to remove it anyway).</source>
        <translation>Es wurde nichts entfernt (fügen Sie --yes hinzu, um es trotzdem zu entfernen).</translation>
    </message>
    <message>
        <source>Removed the target “{name}”.</source>
        <translation>Ziel „{name}“ entfernt.</translation>
    </message>
    <message>
        <source>“{name}” failed the check: no password is stored for {user} at {url}. Store one with “newsroom target password {name}”.</source>
        <translation>„{name}“ hat die Prüfung nicht bestanden: Für {user} auf {url} ist kein Passwort gespeichert. Speichern Sie eines mit „newsroom target password {name}“.</translation>
    </message>
    <message>
        <source>“{name}” failed the check: {error}</source>
        <translation>„{name}“ hat die Prüfung nicht bestanden: {error}</translation>
    </message>
    <message>
        <source>“{name}” failed the check: {account} may not publish there.</source>
        <translation>„{name}“ hat die Prüfung nicht bestanden: {account} darf dort nicht veröffentlichen.</translation>
    </message>
    <message>
        <source>The target is paused: “newsroom target password {name}” resumes it.</source>
        <translation>Das Ziel ist pausiert: „newsroom target password {name}“ setzt es fort.</translation>
    </message>
    <message>
        <source>Signed in as {account}.</source>
        <translation>Angemeldet als {account}.</translation>
    </message>
    <message>
        <source>“{name}” works.</source>
        <translation>„{name}“ funktioniert.</translation>
    </message>
</context>
<context>
    <name>CollapsibleGroup</name>
    <message>
        <source>{title} group</source>
        <translation>Gruppe „{title}“</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Newsroom has no password for “{name}”. Give it one, then sync again.</source>
        <translation>Newsroom hat kein Passwort für „{name}“. Geben Sie eines ein und synchronisieren Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) changed</source>
        <translation>
            <numerusform>%n Zeile geändert</numerusform>
            <numerusform>%n Zeilen geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n Zeile hinzugefügt</numerusform>
            <numerusform>%n Zeilen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n Zeile entfernt</numerusform>
            <numerusform>%n Zeilen entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation>Zusammenfassung des Vergleichs</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>excerpt</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In Newsroom</source>
        <translation>In Newsroom</translation>
    </message>
    <message>
        <source>On the site</source>
        <translation>Auf der Website</translation>
    </message>
    <message>
        <source>There is no conflict to resolve for this article any more.</source>
        <translation>Für diesen Artikel gibt es keinen Konflikt mehr zu lösen.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>Conflict: {headline}</source>
        <translation>Konflikt: {headline}</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>“{headline}” was changed on {target} since Newsroom last sent it. {message}</source>
        <translation>„{headline}“ wurde auf {target} geändert, seit Newsroom den Artikel zuletzt gesendet hat. {message}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschehen ist</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Abweichende Felder</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine Fassung behalten</translation>
    </message>
    <message>
        <source>Send the version in Newsroom; it replaces the one on the site.</source>
        <translation>Die Fassung aus Newsroom senden; sie ersetzt die auf der Website.</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Website-Fassung übernehmen</translation>
    </message>
    <message>
        <source>Bring the site&apos;s version into Newsroom, over yours (Undo in the editor brings yours back).</source>
        <translation>Die Fassung der Website in Newsroom übernehmen, anstelle Ihrer (Rückgängig im Editor stellt Ihre wieder her).</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Decide later: merge by hand in the editor, then choose Publish › Update or Keep Mine.</source>
        <translation>Später entscheiden: Führen Sie die Fassungen im Editor von Hand zusammen und wählen Sie dann Veröffentlichen › Aktualisieren oder „Meine Fassung behalten“.</translation>
    </message>
    <message>
        <source>The article is no longer on the site, so there is no version to take. Keep Mine publishes it again; to leave it off the site, discard the entry in Publish › Sync Log…</source>
        <translation>Der Artikel ist nicht mehr auf der Website, es gibt also keine Fassung zu übernehmen. „Meine Fassung behalten“ veröffentlicht ihn erneut; damit er von der Website fernbleibt, verwerfen Sie den Eintrag unter Veröffentlichen › Synchronisierungsprotokoll…</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>{user} at {address}</source>
        <translation>{user} auf {address}</translation>
    </message>
</context>
<context>
    <name>DiffModel</name>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>{kind}: {text}</source>
        <translation>{kind}: {text}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>“{headline}”</source>
        <translation>„{headline}“</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>{article} was not exported as {noun}. {error}</source>
        <translation>{article} wurde nicht als {noun} exportiert. {error}</translation>
    </message>
    <message>
        <source>{article} was not exported: “{file}” could not be written in {folder} ({reason}).</source>
        <translation>{article} wurde nicht exportiert: „{file}“ konnte nicht in {folder} geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>{article} could not be made into {noun} ({error}).</source>
        <translation>{article} konnte nicht in {noun} umgewandelt werden ({error}).</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…und %n weiterer.</numerusform>
            <numerusform>…und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export problems</source>
        <translation>Probleme beim Export</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>Exportiert nach {file}</translation>
    </message>
    <message>
        <source>“{file}”</source>
        <translation>„{file}“</translation>
    </message>
    <message numerus="yes">
        <source>{files} and %n more</source>
        <translation>
            <numerusform>{files} und %n weitere</numerusform>
            <numerusform>{files} und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} of the files is already in “{folder}”: {files}. Replace it?</source>
        <comment>one</comment>
        <translation>{count} der Dateien ist bereits in „{folder}“: {files}. Ersetzen?</translation>
    </message>
    <message>
        <source>{count} of the files are already in “{folder}”: {files}. Replace them?</source>
        <comment>many</comment>
        <translation>{count} der Dateien sind bereits in „{folder}“: {files}. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>ExportFolderDialog</name>
    <message numerus="yes">
        <source>Export %n Article(s)</source>
        <translation>
            <numerusform>%n Artikel exportieren</numerusform>
            <numerusform>%n Artikel exportieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Export articles</source>
        <translation>Artikel exportieren</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>Exportordner auswählen</translation>
    </message>
    <message>
        <source>Each article becomes a file of its own, named after its slug.</source>
        <translation>Jeder Artikel wird zu einer eigenen Datei, die nach seinem Slug benannt ist.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Into</source>
        <translation>Exportieren nach</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>Web pages</source>
        <translation>Webseiten</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>eine Webseite</translation>
    </message>
    <message>
        <source>Markdown with front matter</source>
        <translation>Markdown mit Front Matter</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation>Word-Dokumente</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>ein Word-Dokument</translation>
    </message>
    <message>
        <source>IPTC ninjs news items</source>
        <translation>IPTC-ninjs-Nachrichten</translation>
    </message>
    <message>
        <source>a ninjs news item</source>
        <translation>eine ninjs-Nachricht</translation>
    </message>
</context>
<context>
    <name>ExportReport</name>
    <message numerus="yes">
        <source>Exported {exported} of %n article(s) ({format}).</source>
        <translation>
            <numerusform>Exportiert: {exported} von %n Artikel ({format}).</numerusform>
            <numerusform>Exportiert: {exported} von %n Artikeln ({format}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped before the other %n.</source>
        <translation>
            <numerusform>Vor dem letzten angehalten.</numerusform>
            <numerusform>Vor den übrigen %n angehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be exported.</source>
        <translation>
            <numerusform>%n konnte nicht exportiert werden.</numerusform>
            <numerusform>%n konnten nicht exportiert werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>Stopping after the article being written…</source>
        <translation>Wird nach dem Artikel angehalten, der gerade geschrieben wird…</translation>
    </message>
    <message>
        <source>The export could not run: {error}</source>
        <translation>Der Export konnte nicht ausgeführt werden: {error}</translation>
    </message>
    <message>
        <source>export articles</source>
        <translation>Artikel exportieren</translation>
    </message>
</context>
<context>
    <name>Exporters</name>
    <message>
        <source>Newsroom does not export “{name}”; it exports {known}.</source>
        <translation>Newsroom exportiert „{name}“ nicht; es exportiert {known}.</translation>
    </message>
    <message>
        <source>Its image “{name}” has the same name as another article&apos;s image just exported into {folder}; export it into a folder of its own.</source>
        <translation>Sein Bild „{name}“ hat denselben Namen wie das Bild eines anderen Artikels, das gerade nach {folder} exportiert wurde; exportieren Sie ihn in einen eigenen Ordner.</translation>
    </message>
    <message>
        <source>“{path}” already exists; Newsroom does not replace it.</source>
        <translation>„{path}“ existiert bereits; Newsroom ersetzt es nicht.</translation>
    </message>
    <message>
        <source>“{name}” cannot be written: the folder {folder} does not exist.</source>
        <translation>„{name}“ kann nicht geschrieben werden: Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>“{name}” cannot be written in {folder}: {problem}.</source>
        <translation>„{name}“ kann nicht in {folder} geschrieben werden: {problem}.</translation>
    </message>
    <message>
        <source>“{name}” could not be written in {folder}: {problem}.</source>
        <translation>„{name}“ konnte nicht in {folder} geschrieben werden: {problem}.</translation>
    </message>
</context>
<context>
    <name>ExternalLinkDialog</name>
    <message>
        <source>External Link</source>
        <translation>Externer Link</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Linkadresse</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Link title</source>
        <translation>Linktitel</translation>
    </message>
    <message>
        <source>Link problem</source>
        <translation>Problem mit dem Link</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Give a web address that starts with https:// or http://.</source>
        <translation>Geben Sie eine Webadresse ein, die mit https:// oder http:// beginnt.</translation>
    </message>
    <message>
        <source>Give the link a title: readers see it, not the address.</source>
        <translation>Geben Sie dem Link einen Titel: Die Leser sehen ihn, nicht die Adresse.</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>the site</source>
        <translation>die Website</translation>
    </message>
    <message>
        <source>Newsroom could not reach {host}: it did not answer in time. The network may be slow or down, or the site may be busy.</source>
        <translation>Newsroom konnte {host} nicht erreichen: Die Website hat nicht rechtzeitig geantwortet. Das Netzwerk ist vielleicht langsam oder nicht verfügbar, oder die Website ist ausgelastet.</translation>
    </message>
    <message>
        <source>{host} did not answer in time: the network may be slow, or the site may be busy.</source>
        <translation>{host} hat nicht rechtzeitig geantwortet: Das Netzwerk ist vielleicht langsam, oder die Website ist ausgelastet.</translation>
    </message>
    <message>
        <source>Newsroom could not reach {host} safely: its security (TLS) certificate is not trusted, so nothing was sent. Check the address, or ask whoever runs the site to renew its certificate.</source>
        <translation>Newsroom konnte {host} nicht sicher erreichen: Das Sicherheitszertifikat (TLS) der Website ist nicht vertrauenswürdig, daher wurde nichts gesendet. Prüfen Sie die Adresse, oder bitten Sie die Betreiber der Website, das Zertifikat zu erneuern.</translation>
    </message>
    <message>
        <source>Newsroom could not reach {host}: the site cannot be reached at this address right now. It may be down, or the address may be wrong.</source>
        <translation>Newsroom konnte {host} nicht erreichen: Unter dieser Adresse ist die Website zurzeit nicht erreichbar. Sie ist vielleicht ausgefallen, oder die Adresse ist falsch.</translation>
    </message>
    <message>
        <source>Newsroom could not reach {host}: there is no such address, or this computer is not connected to the network. Check the address and the connection.</source>
        <translation>Newsroom konnte {host} nicht erreichen: Diese Adresse gibt es nicht, oder dieser Computer ist nicht mit dem Netzwerk verbunden. Prüfen Sie die Adresse und die Verbindung.</translation>
    </message>
    <message>
        <source>Newsroom could not reach {host}: this computer may not be connected to the network, or the site may be down.</source>
        <translation>Newsroom konnte {host} nicht erreichen: Dieser Computer ist vielleicht nicht mit dem Netzwerk verbunden, oder die Website ist ausgefallen.</translation>
    </message>
    <message>
        <source>Newsroom could not reach {host}: the connection was cut off before the site answered. The network may be unsteady.</source>
        <translation>Newsroom konnte {host} nicht erreichen: Die Verbindung wurde unterbrochen, bevor die Website geantwortet hat. Das Netzwerk ist vielleicht instabil.</translation>
    </message>
    <message>
        <source>the site did not accept what was sent</source>
        <translation>die Website hat das Gesendete nicht akzeptiert</translation>
    </message>
    <message>
        <source>the site did not accept the user name and password</source>
        <translation>die Website hat Benutzername und Passwort nicht akzeptiert</translation>
    </message>
    <message>
        <source>the site refused access</source>
        <translation>die Website hat den Zugriff verweigert</translation>
    </message>
    <message>
        <source>the page was not found</source>
        <translation>die Seite wurde nicht gefunden</translation>
    </message>
    <message>
        <source>the site waited too long for the request</source>
        <translation>die Website hat zu lange auf die Anfrage gewartet</translation>
    </message>
    <message>
        <source>the site has a conflicting copy</source>
        <translation>die Website hat eine abweichende Fassung</translation>
    </message>
    <message>
        <source>what was sent is too large for the site</source>
        <translation>das Gesendete ist zu groß für die Website</translation>
    </message>
    <message>
        <source>the site asks Newsroom to slow down</source>
        <translation>die Website bittet Newsroom, langsamer zu senden</translation>
    </message>
    <message>
        <source>a server in front of the site could not get an answer</source>
        <translation>ein Server vor der Website hat keine Antwort erhalten</translation>
    </message>
    <message>
        <source>the site is unavailable for now</source>
        <translation>die Website ist zurzeit nicht verfügbar</translation>
    </message>
    <message>
        <source>the site had an internal error</source>
        <translation>auf der Website ist ein interner Fehler aufgetreten</translation>
    </message>
    <message>
        <source>the site refused the request</source>
        <translation>die Website hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>{words} (HTTP {status})</source>
        <translation>{words} (HTTP {status})</translation>
    </message>
    <message>
        <source>Newsroom ran into a problem it did not expect while preparing it for sending; the sync log has the details for a bug report.</source>
        <translation>Beim Vorbereiten des Versands ist in Newsroom ein unerwartetes Problem aufgetreten; das Synchronisierungsprotokoll enthält die Details für einen Fehlerbericht.</translation>
    </message>
    <message>
        <source>Newsroom ran into a problem it did not expect while connecting to the target; the sync log has the details for a bug report.</source>
        <translation>Beim Verbinden mit dem Ziel ist in Newsroom ein unerwartetes Problem aufgetreten; das Synchronisierungsprotokoll enthält die Details für einen Fehlerbericht.</translation>
    </message>
    <message>
        <source>Newsroom ran into a problem it did not expect while reading the site.</source>
        <translation>Beim Lesen der Website ist in Newsroom ein unerwartetes Problem aufgetreten.</translation>
    </message>
    <message>
        <source>Newsroom ran into a problem it did not expect while checking the target.</source>
        <translation>Beim Prüfen des Ziels ist in Newsroom ein unerwartetes Problem aufgetreten.</translation>
    </message>
    <message>
        <source>Newsroom ran into a problem it did not expect while sending it; the sync log has the details for a bug report.</source>
        <translation>Beim Senden ist in Newsroom ein unerwartetes Problem aufgetreten; das Synchronisierungsprotokoll enthält die Details für einen Fehlerbericht.</translation>
    </message>
    <message>
        <source>The site</source>
        <translation>Die Website</translation>
    </message>
    <message>
        <source>{host} answered: {status}.</source>
        <translation>{host} hat geantwortet: {status}.</translation>
    </message>
</context>
<context>
    <name>FieldChangeModel</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>On the site now</source>
        <translation>Derzeit auf der Website</translation>
    </message>
    <message>
        <source>After the update</source>
        <translation>Nach der Aktualisierung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}: {value}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>“{name}” is a folder, not a Newsroom library.</source>
        <translation>„{name}“ ist ein Ordner, keine Newsroom-Bibliothek.</translation>
    </message>
    <message>
        <source>“{name}” is an empty file, not a Newsroom library. It was left untouched.</source>
        <translation>„{name}“ ist eine leere Datei, keine Newsroom-Bibliothek. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“{name}” is not a Newsroom library: it is not a database file (perhaps a text or Markdown file?). It was left untouched.</source>
        <translation>„{name}“ ist keine Newsroom-Bibliothek: Es ist keine Datenbankdatei (vielleicht eine Text- oder Markdown-Datei?). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“{name}” is damaged: the file ends inside its header. It was left untouched.</source>
        <translation>„{name}“ ist beschädigt: Die Datei endet mitten in ihrem Header. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“{name}” is damaged: its header is invalid. It was left untouched.</source>
        <translation>„{name}“ ist beschädigt: Der Header ist ungültig. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“{name}” is a database, but not a Newsroom library. It was left untouched.</source>
        <translation>„{name}“ ist eine Datenbank, aber keine Newsroom-Bibliothek. Sie wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Find and replace</source>
        <translation>Suchen und Ersetzen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Vorherigen Treffer suchen (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Find the next match (F3)</source>
        <translation>Nächsten Treffer suchen (F3)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace this match and find the next</source>
        <translation>Diesen Treffer ersetzen und den nächsten suchen</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Replace every match at once</source>
        <translation>Alle Treffer auf einmal ersetzen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Ganze &amp;Wörter</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Ganze Wörter</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Regulärer A&amp;usdruck</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>In the replacement, \1 stands for the first group, \0 the match</source>
        <translation>Im Ersatztext steht \1 für die erste Gruppe, \0 für den ganzen Treffer</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} von {total}</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Rückwärts suchen</translation>
    </message>
    <message>
        <source>Invalid regular expression: {error} (at character {position})</source>
        <translation>Ungültiger regulärer Ausdruck: {error} (bei Zeichen {position})</translation>
    </message>
    <message>
        <source>Invalid regular expression: {error}</source>
        <translation>Ungültiger regulärer Ausdruck: {error}</translation>
    </message>
    <message>
        <source>Replaced {count}</source>
        <translation>Ersetzt: {count}</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>{count} match</source>
        <comment>one</comment>
        <translation>{count} Treffer</translation>
    </message>
    <message>
        <source>{count} matches</source>
        <comment>many</comment>
        <translation>{count} Treffer</translation>
    </message>
</context>
<context>
    <name>GhostHttp</name>
    <message>
        <source>{host} did not accept the Admin API key ({why}). Copy it again from Settings › Integrations on the site.</source>
        <translation>{host} hat den Admin-API-Schlüssel nicht akzeptiert ({why}). Kopieren Sie ihn erneut aus Settings › Integrations auf der Website.</translation>
    </message>
    <message>
        <source>{host} refused it (HTTP {status}): {message}</source>
        <translation>{host} hat es abgelehnt (HTTP {status}): {message}</translation>
    </message>
</context>
<context>
    <name>GhostPublisher</name>
    <message>
        <source>This is not a Ghost Admin API key: it is two parts with a colon between, 24 and 64 letters and digits long, as Settings › Integrations shows it.</source>
        <translation>Das ist kein Ghost-Admin-API-Schlüssel: Er besteht aus zwei Teilen mit einem Doppelpunkt dazwischen, 24 und 64 Buchstaben und Ziffern lang, wie Settings › Integrations ihn anzeigt.</translation>
    </message>
    <message>
        <source>The Admin API key opens {title} (Ghost {version}).</source>
        <translation>Der Admin-API-Schlüssel öffnet {title} (Ghost {version}).</translation>
    </message>
    <message>
        <source>The Admin API key opens {title}.</source>
        <translation>Der Admin-API-Schlüssel öffnet {title}.</translation>
    </message>
    <message>
        <source>This article is not on the site, so it cannot be taken off.</source>
        <translation>Dieser Artikel ist nicht auf der Website und kann daher nicht zurückgezogen werden.</translation>
    </message>
    <message>
        <source>The article was changed on the site while it was being sent. Keep your version, take the site&apos;s, or edit.</source>
        <translation>Der Artikel wurde während des Sendens auf der Website geändert. Behalten Sie Ihre Fassung, übernehmen Sie die der Website oder bearbeiten Sie ihn.</translation>
    </message>
    <message>
        <source>{host} did not answer with the post it saved.</source>
        <translation>{host} hat nicht mit dem gespeicherten Beitrag geantwortet.</translation>
    </message>
    <message>
        <source>Ghost keeps at most {count} characters of a standfirst: it was shortened there.</source>
        <translation>Ghost speichert höchstens {count} Zeichen eines Vorspanns: Er wurde dort gekürzt.</translation>
    </message>
    <message>
        <source>The article was deleted on the site since it was last sent. Send it again to publish it anew, or leave it off the site.</source>
        <translation>Der Artikel wurde seit dem letzten Senden auf der Website gelöscht. Senden Sie ihn erneut, um ihn neu zu veröffentlichen, oder lassen Sie ihn von der Website fern.</translation>
    </message>
    <message>
        <source>The article was changed on the site since it was last sent: {fields}. Keep your version, take the site&apos;s, or edit.</source>
        <translation>Der Artikel wurde seit dem letzten Senden auf der Website geändert: {fields}. Behalten Sie Ihre Fassung, übernehmen Sie die der Website oder bearbeiten Sie ihn.</translation>
    </message>
    <message>
        <source>{host} took the image “{filename}” but did not say where it is.</source>
        <translation>{host} hat das Bild „{filename}“ angenommen, aber nicht mitgeteilt, wo es liegt.</translation>
    </message>
    <message>
        <source>“{headline}”: {why}</source>
        <translation>„{headline}“: {why}</translation>
    </message>
</context>
<context>
    <name>GoLive</name>
    <message>
        <source>The site holds it until {when} UTC.</source>
        <translation>Die Website hält ihn bis {when} UTC zurück.</translation>
    </message>
    <message>
        <source>It is on the site, but Newsroom could not mark it published: {error}</source>
        <translation>Er ist auf der Website, aber Newsroom konnte ihn nicht als veröffentlicht markieren: {error}</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>d MMM yyyy, HH:mm:ss</source>
        <translation>d. MMM yyyy, HH:mm:ss</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Revision columns</source>
        <translation>Spalten der Versionen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Show two selected versions side by side, or one beside the version before it.</source>
        <translation>Zwei ausgewählte Versionen nebeneinander anzeigen oder eine neben der Version davor.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Put the headline, standfirst and text of the selected version back.</source>
        <translation>Überschrift, Vorspann und Text der ausgewählten Version wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>Http</name>
    <message>
        <source>{host} answered with a web page instead of data: the network may need a sign-in (as in a hotel or on a train), or a proxy is in the way.</source>
        <translation>{host} hat mit einer Webseite statt mit Daten geantwortet: Das Netzwerk verlangt möglicherweise eine Anmeldung (wie im Hotel oder im Zug), oder ein Proxy ist im Weg.</translation>
    </message>
    <message>
        <source>{host} answered with something that is not JSON instead of data: the network may need a sign-in (as in a hotel or on a train), or a proxy is in the way.</source>
        <translation>{host} hat statt mit Daten mit etwas geantwortet, das kein JSON ist: Das Netzwerk verlangt möglicherweise eine Anmeldung (wie im Hotel oder im Zug), oder ein Proxy ist im Weg.</translation>
    </message>
    <message>
        <source>{host} did not accept the user name and password ({message}).</source>
        <translation>{host} hat Benutzername und Passwort nicht akzeptiert ({message}).</translation>
    </message>
    <message>
        <source>{host} is busy or failing (HTTP {status}: {message}).</source>
        <translation>{host} ist ausgelastet oder gestört (HTTP {status}: {message}).</translation>
    </message>
    <message>
        <source>{host} refused it (HTTP {status}): {message}</source>
        <translation>{host} hat es abgelehnt (HTTP {status}): {message}</translation>
    </message>
</context>
<context>
    <name>ImageDetailsDialog</name>
    <message>
        <source>This photo records where it was taken (GPS). Newsroom removes the location and camera serial numbers from every published copy; the original stays in your library.</source>
        <translation>Dieses Foto enthält den Aufnahmeort (GPS). Newsroom entfernt den Ort und die Seriennummern der Kamera aus jeder veröffentlichten Kopie; das Original bleibt in Ihrer Bibliothek.</translation>
    </message>
    <message>
        <source>Image Details</source>
        <translation>Bilddetails</translation>
    </message>
    <message>
        <source>What the picture shows</source>
        <translation>Was das Bild zeigt</translation>
    </message>
    <message>
        <source>Photographer / agency, such as Reuters</source>
        <translation>Fotograf / Agentur, etwa Reuters</translation>
    </message>
    <message>
        <source>A description for readers who cannot see it</source>
        <translation>Eine Beschreibung für Leser, die es nicht sehen können</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>Alternative text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>Bild&amp;unterschrift:</translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation>Bild&amp;nachweis:</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>&amp;Alternativtext:</translation>
    </message>
    <message>
        <source>Location in the photo</source>
        <translation>Ort im Foto</translation>
    </message>
    <message>
        <source>Rotate &amp;Left</source>
        <translation>Nach &amp;links drehen</translation>
    </message>
    <message>
        <source>Rotate Left</source>
        <translation>Nach links drehen</translation>
    </message>
    <message>
        <source>Rotate R&amp;ight</source>
        <translation>Nach &amp;rechts drehen</translation>
    </message>
    <message>
        <source>Rotate Right</source>
        <translation>Nach rechts drehen</translation>
    </message>
    <message>
        <source>Crop aspect ratio</source>
        <translation>Seitenverhältnis des Zuschnitts</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>As&amp;pect:</source>
        <translation>&amp;Seitenverhältnis:</translation>
    </message>
    <message>
        <source>Set &amp;Focal Point</source>
        <translation>&amp;Fokuspunkt setzen</translation>
    </message>
    <message>
        <source>Set Focal Point</source>
        <translation>Fokuspunkt setzen</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset image edits</source>
        <translation>Bildbearbeitungen zurücksetzen</translation>
    </message>
</context>
<context>
    <name>ImageEditView</name>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Image crop and focal point</source>
        <translation>Zuschnitt und Fokuspunkt des Bilds</translation>
    </message>
    <message>
        <source>Drag to crop, drag a corner to resize, arrow keys move the crop; in focal point mode a click or the arrow keys place the focal point.</source>
        <translation>Ziehen zum Zuschneiden, eine Ecke ziehen zum Ändern der Größe, die Pfeiltasten verschieben den Zuschnitt; im Fokuspunkt-Modus setzt ein Klick oder die Pfeiltasten den Fokuspunkt.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
</context>
<context>
    <name>ImageList</name>
    <message numerus="yes">
        <source>{where}: %n image(s) left out: not PNG, JPEG, GIF or WebP (save them as one of these and add them by hand).</source>
        <translation>
            <numerusform>{where}: %n Bild ausgelassen: weder PNG, JPEG, GIF noch WebP (speichern Sie es in einem dieser Formate und fügen Sie es von Hand hinzu).</numerusform>
            <numerusform>{where}: %n Bilder ausgelassen: weder PNG, JPEG, GIF noch WebP (speichern Sie sie in einem dieser Formate und fügen Sie sie von Hand hinzu).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Everything Newsroom imports ({patterns})</source>
        <translation>Alles, was Newsroom importiert ({patterns})</translation>
    </message>
    <message>
        <source>{file}: the library could not store it ({error}).</source>
        <translation>{file}: Die Bibliothek konnte die Datei nicht speichern ({error}).</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>Imported %n article(s) from {done} of {total} files.</source>
        <translation>
            <numerusform>%n Artikel importiert; Dateien verarbeitet: {done} von {total}.</numerusform>
            <numerusform>%n Artikel importiert; Dateien verarbeitet: {done} von {total}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped before the other %n.</source>
        <translation>
            <numerusform>Vor der letzten angehalten.</numerusform>
            <numerusform>Vor den übrigen %n angehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported; nothing of them was kept.</source>
        <translation>
            <numerusform>%n konnte nicht importiert werden; nichts davon wurde übernommen.</numerusform>
            <numerusform>%n konnten nicht importiert werden; nichts davon wurde übernommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Stopping after the file being read…</source>
        <translation>Wird nach der Datei angehalten, die gerade gelesen wird…</translation>
    </message>
    <message>
        <source>The import could not run: {error}</source>
        <translation>Der Import konnte nicht ausgeführt werden: {error}</translation>
    </message>
    <message>
        <source>import files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>“{file}”</source>
        <translation>„{file}“</translation>
    </message>
</context>
<context>
    <name>Importers</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation>Word-Dokumente</translation>
    </message>
    <message>
        <source>Web pages</source>
        <translation>Webseiten</translation>
    </message>
    <message>
        <source>WordPress export files</source>
        <translation>WordPress-Exportdateien</translation>
    </message>
    <message>
        <source>{path}: Newsroom cannot import this kind of file ({kinds}).</source>
        <translation>{path}: Newsroom kann diese Art von Datei nicht importieren ({kinds}).</translation>
    </message>
    <message>
        <source>{path}: the file is {size} MB; Newsroom imports files of up to {most} MB.</source>
        <translation>{path}: Die Datei ist {size} MB groß; Newsroom importiert Dateien bis {most} MB.</translation>
    </message>
    <message>
        <source>{path}: there is no such file.</source>
        <translation>{path}: Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>{path}: this is a folder, not a file.</source>
        <translation>{path}: Dies ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>{path}: the file cannot be read ({problem}).</source>
        <translation>{path}: Die Datei kann nicht gelesen werden ({problem}).</translation>
    </message>
    <message>
        <source>{path}: there is no article in this file.</source>
        <translation>{path}: Diese Datei enthält keinen Artikel.</translation>
    </message>
    <message>
        <source>{path}: the section chosen for the import is no longer in the library.</source>
        <translation>{path}: Das für den Import gewählte Ressort ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>{path}: not a UTF-8 text file.</source>
        <translation>{path}: keine UTF-8-Textdatei.</translation>
    </message>
    <message>
        <source>{path}: there is no web page in this file.</source>
        <translation>{path}: Diese Datei enthält keine Webseite.</translation>
    </message>
    <message>
        <source>{path}: the page&apos;s date “{date}” was not understood.</source>
        <translation>{path}: Das Datum der Seite „{date}“ wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>{path}: there is no headline and no text to import.</source>
        <translation>{path}: Es gibt weder eine Überschrift noch Text zum Importieren.</translation>
    </message>
    <message>
        <source>{path}: the document is protected by a password. Open it in Word, remove the password (File › Info › Protect Document), save it, and import it again.</source>
        <translation>{path}: Das Dokument ist durch ein Kennwort geschützt. Öffnen Sie es in Word, entfernen Sie das Kennwort (Datei › Informationen › Dokument schützen), speichern Sie es und importieren Sie es erneut.</translation>
    </message>
    <message>
        <source>{path}: this is an old Word document (.doc). Open it in Word or LibreOffice, save it as a Word document (.docx), and import that.</source>
        <translation>{path}: Dies ist ein altes Word-Dokument (.doc). Öffnen Sie es in Word oder LibreOffice, speichern Sie es als Word-Dokument (.docx) und importieren Sie dieses.</translation>
    </message>
    <message>
        <source>{path}: the file is damaged or incomplete (it is not a whole Word document). If it came by e-mail or download, fetch it again.</source>
        <translation>{path}: Die Datei ist beschädigt oder unvollständig (kein vollständiges Word-Dokument). Wenn sie per E-Mail oder Download kam, holen Sie sie erneut.</translation>
    </message>
    <message>
        <source>{path}: the file is damaged (its part “{part}” is broken).</source>
        <translation>{path}: Die Datei ist beschädigt (ihr Teil „{part}“ ist defekt).</translation>
    </message>
    <message>
        <source>{path}: this is not a Word document.</source>
        <translation>{path}: Dies ist kein Word-Dokument.</translation>
    </message>
    <message>
        <source>{path}: the document could not be read ({problem}).</source>
        <translation>{path}: Das Dokument konnte nicht gelesen werden ({problem}).</translation>
    </message>
    <message>
        <source>{path}: the document has no text to import.</source>
        <translation>{path}: Das Dokument enthält keinen Text zum Importieren.</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n kind(s) of formatting had no Markdown and were left as plain text.</source>
        <translation>
            <numerusform>{path}: %n Formatierungsart hatte keine Markdown-Entsprechung und wurde als reiner Text belassen.</numerusform>
            <numerusform>{path}: %n Formatierungsarten hatten keine Markdown-Entsprechung und wurden als reiner Text belassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: the file declares entities, which a WordPress export never does; it was not read.</source>
        <translation>{path}: Die Datei deklariert Entitäten, was ein WordPress-Export nie tut; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>{path}: the file is damaged or incomplete (not well-formed XML: {problem}).</source>
        <translation>{path}: Die Datei ist beschädigt oder unvollständig (kein wohlgeformtes XML: {problem}).</translation>
    </message>
    <message>
        <source>{path}: this is not a WordPress export file (WXR).</source>
        <translation>{path}: Dies ist keine WordPress-Exportdatei (WXR).</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n item(s) that are not posts (pages, images, menus, the bin, automatic drafts) were left out.</source>
        <translation>
            <numerusform>{path}: %n Element, das kein Beitrag ist (Seiten, Bilder, Menüs, Papierkorb, automatische Entwürfe), wurde ausgelassen.</numerusform>
            <numerusform>{path}: %n Elemente, die keine Beiträge sind (Seiten, Bilder, Menüs, Papierkorb, automatische Entwürfe), wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n post(s) with no title and no text left out.</source>
        <translation>
            <numerusform>{path}: %n Beitrag ohne Titel und ohne Text ausgelassen.</numerusform>
            <numerusform>{path}: %n Beiträge ohne Titel und ohne Text ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyringStore</name>
    <message>
        <source>the keychain gave no reason</source>
        <translation>der Schlüsselbund hat keinen Grund genannt</translation>
    </message>
    <message>
        <source>The password for “{name}” could not be read from the keychain ({reason}).</source>
        <translation>Das Passwort für „{name}“ konnte nicht aus dem Schlüsselbund gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>The password for “{name}” could not be stored in the keychain ({reason}).</source>
        <translation>Das Passwort für „{name}“ konnte nicht im Schlüsselbund gespeichert werden ({reason}).</translation>
    </message>
    <message>
        <source>The keychain did not keep the password for “{name}”: what it gave back differs from what was stored. Nothing was saved; try again, or check the system keychain.</source>
        <translation>Der Schlüsselbund hat das Passwort für „{name}“ nicht behalten: Was er zurückgab, weicht vom Gespeicherten ab. Es wurde nichts gespeichert; versuchen Sie es erneut oder prüfen Sie den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The password for “{name}” could not be removed from the keychain ({reason}).</source>
        <translation>Das Passwort für „{name}“ konnte nicht aus dem Schlüsselbund entfernt werden ({reason}).</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>{name} (not known to this version of Newsroom)</source>
        <translation>{name} (dieser Version von Newsroom unbekannt)</translation>
    </message>
    <message>
        <source>“{name}” is not a kind of target Newsroom knows ({choices}).</source>
        <translation>„{name}“ ist keine Zielart, die Newsroom kennt ({choices}).</translation>
    </message>
    <message>
        <source>Ghost</source>
        <translation>Ghost</translation>
    </message>
    <message>
        <source>https://blog.example.org</source>
        <translation>https://blog.example.org</translation>
    </message>
    <message>
        <source>A Ghost site has no user name here: give its Admin API key instead.</source>
        <translation>Eine Ghost-Website hat hier keinen Benutzernamen: Geben Sie stattdessen ihren Admin-API-Schlüssel an.</translation>
    </message>
    <message>
        <source>Admin API &amp;key:</source>
        <translation>Admin-API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>The Admin API key (id:secret)</source>
        <translation>Der Admin-API-Schlüssel (id:secret)</translation>
    </message>
    <message>
        <source> (the Admin API key of a custom integration, under Settings › Integrations on the site)</source>
        <translation> (den Admin-API-Schlüssel einer eigenen Integration, unter Settings › Integrations auf der Website)</translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation>Admin-API-Schlüssel</translation>
    </message>
    <message>
        <source>Keep the Admin API key for this session only</source>
        <translation>Admin-API-Schlüssel nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored Admin API key</source>
        <translation>Leer lassen, um den gespeicherten Admin-API-Schlüssel zu behalten</translation>
    </message>
    <message>
        <source>Kept for this session only; type a new key to replace it</source>
        <translation>Nur für diese Sitzung behalten; geben Sie einen neuen Schlüssel ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>No key kept yet: type it</source>
        <translation>Noch kein Schlüssel gespeichert: Geben Sie ihn ein</translation>
    </message>
    <message>
        <source>Type the Admin API key{help}.</source>
        <translation>Geben Sie den Admin-API-Schlüssel ein{help}.</translation>
    </message>
    <message>
        <source>It uses the Admin API key already kept for this site.</source>
        <translation>Es verwendet den bereits gespeicherten Admin-API-Schlüssel für diese Website.</translation>
    </message>
    <message>
        <source>The Admin API key is in the system keychain.</source>
        <translation>Der Admin-API-Schlüssel ist im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The Admin API key is kept for this session only.</source>
        <translation>Der Admin-API-Schlüssel wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>The address changed: type the Admin API key for it.</source>
        <translation>Die Adresse wurde geändert: Geben Sie den Admin-API-Schlüssel dafür ein.</translation>
    </message>
    <message>
        <source>There is no Admin API key for “{name}”: type it first.</source>
        <translation>Es gibt keinen Admin-API-Schlüssel für „{name}“: Geben Sie ihn zuerst ein.</translation>
    </message>
    <message>
        <source>Publishing to this target is paused: it did not accept the Admin API key. Type the new one and save.</source>
        <translation>Das Veröffentlichen auf dieses Ziel ist angehalten: Es hat den Admin-API-Schlüssel nicht akzeptiert. Geben Sie den neuen ein und speichern Sie.</translation>
    </message>
    <message>
        <source>Also forget its Admin API key (other libraries may use it)</source>
        <translation>Auch den Admin-API-Schlüssel vergessen (andere Bibliotheken verwenden ihn vielleicht)</translation>
    </message>
    <message>
        <source>Admin API key for {name}</source>
        <translation>Admin-API-Schlüssel für {name}</translation>
    </message>
    <message>
        <source>“{name}” did not accept the Admin API key, so publishing to it is paused.</source>
        <translation>„{name}“ hat den Admin-API-Schlüssel nicht akzeptiert, daher ist das Veröffentlichen dort angehalten.</translation>
    </message>
    <message>
        <source>Type the Admin API key for {who}{help}.</source>
        <translation>Geben Sie den Admin-API-Schlüssel für {who} ein{help}.</translation>
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation>Den Schlüssel nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Keep the password for this session only</source>
        <translation>Passwort nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Leer lassen, um das gespeicherte Passwort zu behalten</translation>
    </message>
    <message>
        <source>Kept for this session only; type a new one to replace it</source>
        <translation>Nur für diese Sitzung behalten; geben Sie ein neues ein, um es zu ersetzen</translation>
    </message>
    <message>
        <source>None kept yet: type it</source>
        <translation>Noch keines gespeichert: Geben Sie es ein</translation>
    </message>
    <message>
        <source>Type the password{help}.</source>
        <translation>Geben Sie das Passwort ein{help}.</translation>
    </message>
    <message>
        <source>It uses the password already kept for {user}.</source>
        <translation>Es verwendet das bereits gespeicherte Passwort für {user}.</translation>
    </message>
    <message>
        <source>The password is in the system keychain.</source>
        <translation>Das Passwort ist im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The password is kept for this session only.</source>
        <translation>Das Passwort wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>The address or user name changed: type the password for them.</source>
        <translation>Adresse oder Benutzername wurden geändert: Geben Sie das Passwort dafür ein.</translation>
    </message>
    <message>
        <source>There is no password for “{name}”: type it first.</source>
        <translation>Es gibt kein Passwort für „{name}“: Geben Sie es zuerst ein.</translation>
    </message>
    <message>
        <source>Publishing to this target is paused: it did not accept the password. Type the new one and save.</source>
        <translation>Das Veröffentlichen auf dieses Ziel ist angehalten: Es hat das Passwort nicht akzeptiert. Geben Sie das neue ein und speichern Sie.</translation>
    </message>
    <message>
        <source>Also forget its password (other libraries may use it)</source>
        <translation>Auch das Passwort vergessen (andere Bibliotheken verwenden es vielleicht)</translation>
    </message>
    <message>
        <source>Password for {name}</source>
        <translation>Passwort für {name}</translation>
    </message>
    <message>
        <source>“{name}” did not accept the password, so publishing to it is paused.</source>
        <translation>„{name}“ hat das Passwort nicht akzeptiert, daher ist das Veröffentlichen dort angehalten.</translation>
    </message>
    <message>
        <source>Type the password for {who}{help}.</source>
        <translation>Geben Sie das Passwort für {who} ein{help}.</translation>
    </message>
    <message>
        <source>Keep it for this session only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The password</source>
        <translation>Das Passwort</translation>
    </message>
    <message>
        <source>Let the site h&amp;old embargoed and scheduled posts until their time</source>
        <translation>Die Website gesperrte und geplante Beiträge bis zu ihrem Zeitpunkt &amp;zurückhalten lassen</translation>
    </message>
    <message>
        <source>Let the site hold embargoed and scheduled posts until their time</source>
        <translation>Die Website gesperrte und geplante Beiträge bis zu ihrem Zeitpunkt zurückhalten lassen</translation>
    </message>
    <message>
        <source>Off: Newsroom keeps such an article in its outbox and sends it when its time comes (this computer must then be on). On: it goes to the site at once, as a scheduled post.</source>
        <translation>Aus: Newsroom behält einen solchen Artikel im Postausgang und sendet ihn, wenn sein Zeitpunkt gekommen ist (dieser Computer muss dann eingeschaltet sein). Ein: Er geht sofort als geplanter Beitrag an die Website.</translation>
    </message>
    <message>
        <source>⚠ The story then leaves this computer before its embargo: it waits on the site, where anyone who can see the site&apos;s drafts and scheduled posts can read it.</source>
        <translation>⚠ Der Artikel verlässt diesen Computer dann vor Ablauf der Sperrfrist: Er wartet auf der Website, wo ihn jeder lesen kann, der die Entwürfe und geplanten Beiträge der Website sehen kann.</translation>
    </message>
    <message>
        <source>Warning about embargoes</source>
        <translation>Warnung zu Sperrfristen</translation>
    </message>
    <message>
        <source>Micropub (micro.blog, IndieWeb)</source>
        <translation>Micropub (micro.blog, IndieWeb)</translation>
    </message>
    <message>
        <source>https://micro.blog/micropub</source>
        <translation>https://micro.blog/micropub</translation>
    </message>
    <message>
        <source>A Micropub site has no user name here: its access token goes in the token field.</source>
        <translation>Eine Micropub-Website hat hier keinen Benutzernamen: Ihr Zugriffstoken gehört in das Token-Feld.</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>The access token</source>
        <translation>Das Zugriffstoken</translation>
    </message>
    <message>
        <source> (an access token for the site&apos;s Micropub endpoint)</source>
        <translation> (ein Zugriffstoken für den Micropub-Endpunkt der Website)</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Keep the access token for this session only</source>
        <translation>Zugriffstoken nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored access token</source>
        <translation>Leer lassen, um das gespeicherte Zugriffstoken zu behalten</translation>
    </message>
    <message>
        <source>Kept for this session only; type a new token to replace it</source>
        <translation>Nur für diese Sitzung behalten; geben Sie ein neues Token ein, um es zu ersetzen</translation>
    </message>
    <message>
        <source>No token kept yet: type it</source>
        <translation>Noch kein Token gespeichert: Geben Sie es ein</translation>
    </message>
    <message>
        <source>Type the access token{help}.</source>
        <translation>Geben Sie das Zugriffstoken ein{help}.</translation>
    </message>
    <message>
        <source>It uses the access token already kept for this site.</source>
        <translation>Es verwendet das bereits gespeicherte Zugriffstoken für diese Website.</translation>
    </message>
    <message>
        <source>The access token is in the system keychain.</source>
        <translation>Das Zugriffstoken ist im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The access token is kept for this session only.</source>
        <translation>Das Zugriffstoken wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>The address changed: type the access token for it.</source>
        <translation>Die Adresse wurde geändert: Geben Sie das Zugriffstoken dafür ein.</translation>
    </message>
    <message>
        <source>There is no access token for “{name}”: type it first.</source>
        <translation>Es gibt kein Zugriffstoken für „{name}“: Geben Sie es zuerst ein.</translation>
    </message>
    <message>
        <source>Publishing to this target is paused: it did not accept the access token. Type the new one and save.</source>
        <translation>Das Veröffentlichen auf dieses Ziel ist angehalten: Es hat das Zugriffstoken nicht akzeptiert. Geben Sie das neue ein und speichern Sie.</translation>
    </message>
    <message>
        <source>Also forget its access token (other libraries may use it)</source>
        <translation>Auch das Zugriffstoken vergessen (andere Bibliotheken verwenden es vielleicht)</translation>
    </message>
    <message>
        <source>Access token for {name}</source>
        <translation>Zugriffstoken für {name}</translation>
    </message>
    <message>
        <source>“{name}” did not accept the access token, so publishing to it is paused.</source>
        <translation>„{name}“ hat das Zugriffstoken nicht akzeptiert, daher ist das Veröffentlichen dort angehalten.</translation>
    </message>
    <message>
        <source>Type the access token for {who}{help}.</source>
        <translation>Geben Sie das Zugriffstoken für {who} ein{help}.</translation>
    </message>
    <message>
        <source>Keep the token for this session only</source>
        <translation>Das Token nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>ninjs (HTTP push)</source>
        <translation>ninjs (HTTP-Push)</translation>
    </message>
    <message>
        <source>https://wire.example.org/ninjs</source>
        <translation>https://wire.example.org/ninjs</translation>
    </message>
    <message>
        <source>Static site (a folder)</source>
        <translation>Statische Website (ein Ordner)</translation>
    </message>
    <message>
        <source>/home/me/site</source>
        <translation>/home/ich/website</translation>
    </message>
    <message>
        <source>A static site is a folder: it has no user name.</source>
        <translation>Eine statische Website ist ein Ordner: Sie hat keinen Benutzernamen.</translation>
    </message>
    <message>
        <source>WordPress</source>
        <translation>WordPress</translation>
    </message>
    <message>
        <source>https://news.example.org</source>
        <translation>https://news.example.org</translation>
    </message>
    <message>
        <source>A WordPress target needs the user name the site knows you by.</source>
        <translation>Ein WordPress-Ziel braucht den Benutzernamen, unter dem die Website Sie kennt.</translation>
    </message>
    <message>
        <source>An application password</source>
        <translation>Ein Anwendungspasswort</translation>
    </message>
    <message>
        <source> (an application password, from your profile on the site)</source>
        <translation> (ein Anwendungspasswort aus Ihrem Profil auf der Website)</translation>
    </message>
    <message>
        <source>When an article is &amp;taken down:</source>
        <translation>Wenn ein Artikel &amp;zurückgezogen wird:</translation>
    </message>
    <message>
        <source>When an article is taken down</source>
        <translation>Wenn ein Artikel zurückgezogen wird</translation>
    </message>
    <message>
        <source>What the site does with the post when an article is spiked, unpublished or trashed here. A draft can be published again; the site&apos;s trash is emptied by WordPress after a while.</source>
        <translation>Was die Website mit dem Beitrag macht, wenn ein Artikel hier verworfen, zurückgezogen oder in den Papierkorb verschoben wird. Ein Entwurf kann erneut veröffentlicht werden; den Papierkorb der Website leert WordPress nach einiger Zeit.</translation>
    </message>
    <message>
        <source>Move to draft</source>
        <translation>In Entwurf umwandeln</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
</context>
<context>
    <name>LengthCount</name>
    <message numerus="yes">
        <source>%n character(s) over</source>
        <translation>
            <numerusform>%n Zeichen zu viel</numerusform>
            <numerusform>%n Zeichen zu viel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation>
            <numerusform>%n Zeichen übrig</numerusform>
            <numerusform>%n Zeichen übrig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>“{name}” is damaged ({problem}).</source>
        <translation>„{name}“ ist beschädigt ({problem}).</translation>
    </message>
    <message>
        <source>“{name}” is open read-only; nothing was changed.</source>
        <translation>„{name}“ ist schreibgeschützt geöffnet; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is no article “{slug}” in this library.</source>
        <translation>In dieser Bibliothek gibt es keinen Artikel „{slug}“.</translation>
    </message>
    <message>
        <source>Write the text of the note: it is empty.</source>
        <translation>Schreiben Sie den Text des Hinweises: Er ist leer.</translation>
    </message>
    <message>
        <source>There is no article number {number} in this library.</source>
        <translation>In dieser Bibliothek gibt es keinen Artikel Nummer {number}.</translation>
    </message>
    <message>
        <source>There is no image “{key}” in this library.</source>
        <translation>In dieser Bibliothek gibt es kein Bild „{key}“.</translation>
    </message>
    <message>
        <source>“{name}” is damaged and cannot be opened ({problem}). It was left untouched.</source>
        <translation>„{name}“ ist beschädigt und kann nicht geöffnet werden ({problem}). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“{name}” is damaged and cannot be opened (it is shorter than its header says: part of it is missing). It was left untouched.</source>
        <translation>„{name}“ ist beschädigt und kann nicht geöffnet werden (die Datei ist kürzer, als ihr Header angibt: Ein Teil fehlt). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“{name}” is already open in another Newsroom window. Close it there first: a library is edited by one Newsroom at a time.</source>
        <translation>„{name}“ ist bereits in einem anderen Newsroom-Fenster geöffnet. Schließen Sie die Bibliothek zuerst dort: Eine Bibliothek wird immer nur von einem Newsroom gleichzeitig bearbeitet.</translation>
    </message>
    <message>
        <source>“{name}” cannot be locked for editing ({problem}).</source>
        <translation>„{name}“ kann nicht zum Bearbeiten gesperrt werden ({problem}).</translation>
    </message>
    <message>
        <source>There is no library at “{path}”.</source>
        <translation>Unter „{path}“ gibt es keine Bibliothek.</translation>
    </message>
    <message>
        <source>“{name}” comes from an older Newsroom and must be upgraded, but it is read-only. Make it writable and open it again.</source>
        <translation>„{name}“ stammt aus einem älteren Newsroom und muss aktualisiert werden, ist aber schreibgeschützt. Machen Sie die Datei beschreibbar und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>“{name}” could not be upgraded to this version of Newsroom ({problem}). It was left as it was.</source>
        <translation>„{name}“ konnte nicht auf diese Version von Newsroom aktualisiert werden ({problem}). Die Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>“{name}” appeared while it was being created.</source>
        <translation>„{name}“ ist während des Anlegens aufgetaucht.</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>spiked</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>“{headline}”</source>
        <translation>„{headline}“</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} und {last}</translation>
    </message>
    <message>
        <source>Library browser</source>
        <translation>Bibliotheksbrowser</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Artikel suchen</translation>
    </message>
    <message>
        <source>Search articles (Ctrl+F)</source>
        <translation>Artikel suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Section filter</source>
        <translation>Ressortfilter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Schlagwortfilter</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Show the trash</source>
        <translation>Papierkorb anzeigen</translation>
    </message>
    <message>
        <source>Show the articles in the trash instead</source>
        <translation>Stattdessen die Artikel im Papierkorb anzeigen</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Article columns</source>
        <translation>Artikelspalten</translation>
    </message>
    <message>
        <source>Article count</source>
        <translation>Anzahl der Artikel</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>Die Suche ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Search Failed</source>
        <translation>Suche fehlgeschlagen</translation>
    </message>
    <message>
        <source>Move to Section…</source>
        <translation>In Ressort verschieben…</translation>
    </message>
    <message>
        <source>Move to section</source>
        <translation>In Ressort verschieben</translation>
    </message>
    <message>
        <source>Move the selected articles to another section</source>
        <translation>Die ausgewählten Artikel in ein anderes Ressort verschieben</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Move the selected articles along the workflow</source>
        <translation>Die ausgewählten Artikel im Arbeitsablauf weitergeben</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Move the selected articles to the trash (Delete)</source>
        <translation>Die ausgewählten Artikel in den Papierkorb verschieben (Entf)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore from trash</source>
        <translation>Aus dem Papierkorb wiederherstellen</translation>
    </message>
    <message>
        <source>Take the selected articles out of the trash</source>
        <translation>Die ausgewählten Artikel aus dem Papierkorb holen</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <source>Delete every article in the trash for good</source>
        <translation>Alle Artikel im Papierkorb endgültig löschen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Write the selected articles into a folder, one file each</source>
        <translation>Die ausgewählten Artikel in einen Ordner schreiben, eine Datei pro Artikel</translation>
    </message>
    <message>
        <source>Export articles</source>
        <translation>Artikel exportieren</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Alle Ressorts</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message numerus="yes">
        <source>{count} article(s) found</source>
        <translation>
            <numerusform>{count} Artikel gefunden</numerusform>
            <numerusform>{count} Artikel gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} article(s) in the trash</source>
        <translation>
            <numerusform>{count} Artikel im Papierkorb</numerusform>
            <numerusform>{count} Artikel im Papierkorb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} article(s)</source>
        <translation>
            <numerusform>{count} Artikel</numerusform>
            <numerusform>{count} Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Article actions</source>
        <translation>Artikelaktionen</translation>
    </message>
    <message>
        <source>Move to Section</source>
        <translation>In Ressort verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n article(s) to:</source>
        <translation>
            <numerusform>%n Artikel verschieben nach:</numerusform>
            <numerusform>%n Artikel verschieben nach:</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles Not Moved</source>
        <translation>Artikel nicht verschoben</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n article(s) to {section}.</source>
        <translation>
            <numerusform>%n Artikel nach {section} verschoben.</numerusform>
            <numerusform>%n Artikel nach {section} verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) now {status}.</source>
        <translation>
            <numerusform>%n Artikel jetzt im Status „{status}“.</numerusform>
            <numerusform>%n Artikel jetzt im Status „{status}“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Articles Kept Their Status</source>
        <translation>Einige Artikel haben ihren Status behalten</translation>
    </message>
    <message>
        <source>Articles Not Moved to the Trash</source>
        <translation>Artikel nicht in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>Moved {article} to the trash.</source>
        <translation>{article} in den Papierkorb verschoben.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n article(s) to the trash.</source>
        <translation>
            <numerusform>%n Artikel in den Papierkorb verschoben.</numerusform>
            <numerusform>%n Artikel in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles Not Restored</source>
        <translation>Artikel nicht wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n article(s).</source>
        <translation>
            <numerusform>%n Artikel wiederhergestellt.</numerusform>
            <numerusform>%n Artikel wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the {count} article(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>{count} Artikel im Papierkorb endgültig löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Die {count} Artikel im Papierkorb endgültig löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trash Not Emptied</source>
        <translation>Papierkorb nicht geleert</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>1 article was moved to {status}.</source>
        <comment>one</comment>
        <translation>1 Artikel wurde auf „{status}“ gesetzt.</translation>
    </message>
    <message>
        <source>{count} articles were moved to {status}.</source>
        <comment>many</comment>
        <translation>{count} Artikel wurden auf „{status}“ gesetzt.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) could not be moved to {status}:</source>
        <translation>
            <numerusform>%n Artikel konnte nicht auf „{status}“ gesetzt werden:</numerusform>
            <numerusform>%n Artikel konnten nicht auf „{status}“ gesetzt werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>• {article}: {reason}</source>
        <translation>• {article}: {reason}</translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation>…und {count} weitere.</translation>
    </message>
</context>
<context>
    <name>LibraryBrowserModel</name>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Ressort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>The library could not be searched: {error}</source>
        <translation>Die Bibliothek konnte nicht durchsucht werden: {error}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy, HH:mm</source>
        <translation>dddd, d. MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Updated {when}</source>
        <translation>Geändert am {when}</translation>
    </message>
    <message numerus="yes">
        <source>{count} word(s)</source>
        <translation>
            <numerusform>{count} Wort</numerusform>
            <numerusform>{count} Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>never published</source>
        <translation>nie veröffentlicht</translation>
    </message>
    <message>
        <source>Publishing: {state}</source>
        <translation>Veröffentlichung: {state}</translation>
    </message>
</context>
<context>
    <name>LibraryReader</name>
    <message>
        <source>read the library</source>
        <translation>die Bibliothek lesen</translation>
    </message>
</context>
<context>
    <name>LivePreview</name>
    <message>
        <source>render preview</source>
        <translation>Vorschau erstellen</translation>
    </message>
    <message>
        <source>The preview could not be drawn. Your text is safe.</source>
        <translation>Die Vorschau konnte nicht angezeigt werden. Ihr Text ist sicher.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Newsroom libraries (*{suffix});;All files (*)</source>
        <translation>Newsroom-Bibliotheken (*{suffix});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Newsroom</source>
        <translation>Newsroom</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Verwandte Links</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Library mode</source>
        <translation>Bibliotheksmodus</translation>
    </message>
    <message>
        <source>This library is open read-only: changes cannot be made.</source>
        <translation>Diese Bibliothek ist schreibgeschützt geöffnet: Änderungen sind nicht möglich.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>No spelling dictionary for {language} here: spelling is not checked.</source>
        <translation>Kein Rechtschreibwörterbuch für {language} vorhanden: Die Rechtschreibung wird nicht geprüft.</translation>
    </message>
    <message>
        <source>Image Not Added</source>
        <translation>Bild nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation>&amp;Neuer Artikel</translation>
    </message>
    <message>
        <source>New &amp;Library…</source>
        <translation>Neue Bib&amp;liothek…</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>Bibliothek &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save a Copy &amp;As…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>Write the open article, as it is in the editor, to a Markdown file elsewhere.</source>
        <translation>Den geöffneten Artikel so, wie er im Editor steht, an anderer Stelle in eine Markdown-Datei schreiben.</translation>
    </message>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation>Bibliothek &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Fenster schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>T&amp;ypographic Quotes and Dashes</source>
        <translation>&amp;Typografische Anführungszeichen und Striche</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>Ei&amp;nstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>&amp;Fokusmodus</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Import Site Theme…</source>
        <translation>Website-Theme &amp;importieren…</translation>
    </message>
    <message>
        <source>Use the &amp;Default Site Theme</source>
        <translation>&amp;Standard-Website-Theme verwenden</translation>
    </message>
    <message>
        <source>&amp;Sections…</source>
        <translation>&amp;Ressorts…</translation>
    </message>
    <message>
        <source>&amp;Media…</source>
        <translation>&amp;Medien…</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rtikel</translation>
    </message>
    <message>
        <source>Corrections and &amp;Updates…</source>
        <translation>Korrekturen und &amp;Aktualisierungen…</translation>
    </message>
    <message>
        <source>The dated corrections and updates under the article.</source>
        <translation>Die datierten Korrekturen und Aktualisierungen unter dem Artikel.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Newsroom</source>
        <translation>&amp;Über Newsroom</translation>
    </message>
    <message>
        <source>No recent libraries</source>
        <translation>Keine zuletzt geöffneten Bibliotheken</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Menü leeren</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Neue Bibliothek</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Your latest changes are not in the library yet, so an export would leave them out. Use File › Save a Copy As… to keep them now, or export again once the article is saved.</source>
        <translation>Ihre letzten Änderungen sind noch nicht in der Bibliothek, daher würde ein Export sie auslassen. Verwenden Sie Datei › Kopie speichern unter…, um sie jetzt zu sichern, oder exportieren Sie erneut, sobald der Artikel gespeichert ist.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>This library is open read-only: nothing can be imported into it.</source>
        <translation>Diese Bibliothek ist schreibgeschützt geöffnet: Es kann nichts in sie importiert werden.</translation>
    </message>
    <message>
        <source>An import is running; wait for it to finish, then try again.</source>
        <translation>Ein Import läuft; warten Sie, bis er abgeschlossen ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Write, preview and publish news articles.</source>
        <translation>Nachrichtenartikel schreiben, in der Vorschau ansehen und veröffentlichen.</translation>
    </message>
    <message>
        <source>About Newsroom</source>
        <translation>Über Newsroom</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>The article is saved again.</source>
        <translation>Der Artikel ist wieder gespeichert.</translation>
    </message>
    <message>
        <source>A copy of the article was saved as {path}.</source>
        <translation>Eine Kopie des Artikels wurde als {path} gespeichert.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Gespeichert um {time}</translation>
    </message>
    <message>
        <source>{task} failed: {error}</source>
        <translation>„{task}“ ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>{headline} — {library} [read-only] — Newsroom</source>
        <translation>{headline} — {library} [schreibgeschützt] — Newsroom</translation>
    </message>
    <message>
        <source>{headline} — {library} — Newsroom</source>
        <translation>{headline} — {library} — Newsroom</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>Write the story in Markdown…</source>
        <translation>Schreiben Sie den Artikel in Markdown…</translation>
    </message>
    <message>
        <source>Editor menu</source>
        <translation>Editormenü</translation>
    </message>
    <message>
        <source>No spelling suggestions</source>
        <translation>Keine Rechtschreibvorschläge</translation>
    </message>
    <message>
        <source>Ignore “{word}”</source>
        <translation>„{word}“ ignorieren</translation>
    </message>
</context>
<context>
    <name>MediaItem</name>
    <message>
        <source>Not used</source>
        <translation>Nicht verwendet</translation>
    </message>
    <message>
        <source>Used in 0 articles in the trash</source>
        <translation>Nur von Artikeln im Papierkorb verwendet</translation>
    </message>
    <message numerus="yes">
        <source>Used in %n article(s)</source>
        <translation>
            <numerusform>In %n Artikel verwendet</numerusform>
            <numerusform>In %n Artikeln verwendet</numerusform>
        </translation>
    </message>
    <message>
        <source>({count} more in the trash)</source>
        <translation>({count} weitere im Papierkorb)</translation>
    </message>
</context>
<context>
    <name>MediaLibrary</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Search file names, alt text, captions and credits</source>
        <translation>Dateinamen, Alternativtexte, Bildunterschriften und Bildnachweise durchsuchen</translation>
    </message>
    <message>
        <source>Search images</source>
        <translation>Bilder suchen</translation>
    </message>
    <message>
        <source>&amp;Unused only</source>
        <translation>Nur &amp;unbenutzte</translation>
    </message>
    <message>
        <source>Show only images no article uses</source>
        <translation>Nur Bilder anzeigen, die kein Artikel verwendet</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Bildvorschau</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Alt text:</source>
        <translation>Alternativtext:</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Bildunterschrift:</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>Bildnachweis:</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Hinzugefügt:</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Used in:</source>
        <translation>Verwendet in:</translation>
    </message>
    <message>
        <source>Articles that use the image</source>
        <translation>Artikel, die das Bild verwenden</translation>
    </message>
    <message>
        <source>Image details</source>
        <translation>Bilddetails</translation>
    </message>
    <message>
        <source>&amp;Insert in Article</source>
        <translation>In Artikel &amp;einfügen</translation>
    </message>
    <message>
        <source>Insert the image at the cursor of the open article (Enter)</source>
        <translation>Das Bild an der Cursorposition des geöffneten Artikels einfügen (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Replace Everywhere…</source>
        <translation>Überall &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Put another picture in its place in every article that uses it</source>
        <translation>In jedem Artikel, der es verwendet, ein anderes Bild an seine Stelle setzen</translation>
    </message>
    <message>
        <source>Edit &amp;Details…</source>
        <translation>&amp;Details bearbeiten…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete an image no article uses (Delete)</source>
        <translation>Ein Bild löschen, das kein Artikel verwendet (Entf)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Media status</source>
        <translation>Medienstatus</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Reading the library…</source>
        <translation>Bibliothek wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), {unused} not used</source>
        <translation>
            <numerusform>%n Bild, {unused} nicht verwendet</numerusform>
            <numerusform>%n Bilder, {unused} nicht verwendet</numerusform>
        </translation>
    </message>
    <message>
        <source>No images in this library yet</source>
        <translation>Noch keine Bilder in dieser Bibliothek</translation>
    </message>
    <message>
        <source>The images could not be read: {error}</source>
        <translation>Die Bilder konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>find where an image is used</source>
        <translation>ermitteln, wo ein Bild verwendet wird</translation>
    </message>
    <message>
        <source>No image chosen</source>
        <translation>Kein Bild ausgewählt</translation>
    </message>
    <message>
        <source>None (readers who cannot see it are told nothing)</source>
        <translation>Keiner (Lesern, die es nicht sehen können, wird nichts mitgeteilt)</translation>
    </message>
    <message>
        <source>dd MMMM yyyy, HH:mm</source>
        <translation>d. MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>{kind} image: no preview</source>
        <translation>{kind}-Bild: keine Vorschau</translation>
    </message>
    <message>
        <source>in the text</source>
        <translation>im Text</translation>
    </message>
    <message>
        <source>featured image</source>
        <translation>Beitragsbild</translation>
    </message>
    <message>
        <source>{headline} — {where}</source>
        <translation>{headline} — {where}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>{usage} (in the trash)</source>
        <translation>{usage} (im Papierkorb)</translation>
    </message>
    <message>
        <source>In the trash: restore it from the Library browser to open it</source>
        <translation>Im Papierkorb: Stellen Sie ihn im Bibliotheksbrowser wieder her, um ihn zu öffnen</translation>
    </message>
    <message>
        <source>Double-click to open the article</source>
        <translation>Doppelklicken, um den Artikel zu öffnen</translation>
    </message>
    <message>
        <source>No article uses this image.</source>
        <translation>Kein Artikel verwendet dieses Bild.</translation>
    </message>
    <message>
        <source>Used in ({count}):</source>
        <translation>Verwendet in ({count}):</translation>
    </message>
    <message>
        <source>This library is open read-only: its images cannot be changed.</source>
        <translation>Diese Bibliothek ist schreibgeschützt geöffnet: Ihre Bilder können nicht geändert werden.</translation>
    </message>
    <message>
        <source>“{name}” inserted</source>
        <translation>„{name}“ eingefügt</translation>
    </message>
    <message>
        <source>Edit Details</source>
        <translation>Details bearbeiten</translation>
    </message>
    <message>
        <source>Details of “{name}” saved</source>
        <translation>Details von „{name}“ gespeichert</translation>
    </message>
    <message>
        <source>Delete Image</source>
        <translation>Bild löschen</translation>
    </message>
    <message>
        <source>Delete “{name}” from the library?</source>
        <translation>„{name}“ aus der Bibliothek löschen?</translation>
    </message>
    <message>
        <source>No article uses it. This cannot be undone.</source>
        <translation>Kein Artikel verwendet es. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>“{name}” deleted</source>
        <translation>„{name}“ gelöscht</translation>
    </message>
    <message>
        <source>Replace “{name}”</source>
        <translation>„{name}“ ersetzen</translation>
    </message>
    <message>
        <source>Checking “{name}”…</source>
        <translation>„{name}“ wird geprüft…</translation>
    </message>
    <message>
        <source>“{name}” could not be read ({reason}). Nothing was changed.</source>
        <translation>„{name}“ konnte nicht gelesen werden ({reason}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Replacing “{name}”…</source>
        <translation>„{name}“ wird ersetzt…</translation>
    </message>
    <message>
        <source>replace an image</source>
        <translation>ein Bild ersetzen</translation>
    </message>
    <message>
        <source>check an image</source>
        <translation>ein Bild prüfen</translation>
    </message>
    <message numerus="yes">
        <source>The picture changes in %n article(s): {articles}.</source>
        <translation>
            <numerusform>Das Bild ändert sich in %n Artikel: {articles}.</numerusform>
            <numerusform>Das Bild ändert sich in %n Artikeln: {articles}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No article shows it now.</source>
        <translation>Derzeit zeigt es kein Artikel.</translation>
    </message>
    <message>
        <source>{count} more in the trash.</source>
        <translation>{count} weitere im Papierkorb.</translation>
    </message>
    <message>
        <source>Replace “{name}” with “{new}” ({width} × {height})?</source>
        <translation>„{name}“ durch „{new}“ ({width} × {height}) ersetzen?</translation>
    </message>
    <message>
        <source>Replace “{name}” with “{new}”?</source>
        <translation>„{name}“ durch „{new}“ ersetzen?</translation>
    </message>
    <message>
        <source>Replace Everywhere</source>
        <translation>Überall ersetzen</translation>
    </message>
    <message>
        <source>The caption, credit and alt text stay; check that they still fit.</source>
        <translation>Bildunterschrift, Bildnachweis und Alternativtext bleiben erhalten; prüfen Sie, ob sie noch passen.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>“{name}” replaced everywhere</source>
        <translation>„{name}“ überall ersetzt</translation>
    </message>
</context>
<context>
    <name>MediaList</name>
    <message>
        <source>There is no image number {number} in this library.</source>
        <translation>In dieser Bibliothek gibt es kein Bild Nummer {number}.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>(in the trash)</source>
        <translation>(im Papierkorb)</translation>
    </message>
    <message>
        <source>{list} and {count} more</source>
        <translation>{list} und {count} weitere</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} und {last}</translation>
    </message>
    <message>
        <source>JPEG, PNG, GIF, WebP or SVG</source>
        <translation>JPEG, PNG, GIF, WebP oder SVG</translation>
    </message>
    <message>
        <source>“{name}” is empty: it is not an image. Nothing was changed.</source>
        <translation>„{name}“ ist leer: Es ist kein Bild. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“{name}” is a {kind} image, which web pages do not show. Save it as {formats}, then try again. Nothing was changed.</source>
        <translation>„{name}“ ist ein {kind}-Bild, das Webseiten nicht anzeigen. Speichern Sie es als {formats} und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>kind of</source>
        <translation>unbekanntes</translation>
    </message>
    <message>
        <source>“{name}” is not an image Newsroom can read ({formats}). Nothing was changed.</source>
        <translation>„{name}“ ist kein Bild, das Newsroom lesen kann ({formats}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“{name}” has too many pixels to open safely. Make it smaller, then try again. Nothing was changed.</source>
        <translation>„{name}“ hat zu viele Pixel, um sicher geöffnet zu werden. Verkleinern Sie das Bild und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“{name}” is damaged or cut short and cannot be read ({problem}). Nothing was changed.</source>
        <translation>„{name}“ ist beschädigt oder abgeschnitten und kann nicht gelesen werden ({problem}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“{name}” is not a readable SVG image ({problem}). Nothing was changed.</source>
        <translation>„{name}“ ist kein lesbares SVG-Bild ({problem}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“{name}” is an XML file, not an SVG image. Nothing was changed.</source>
        <translation>„{name}“ ist eine XML-Datei, kein SVG-Bild. Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is used in %n article(s): {articles}. Take it out of them first; nothing was deleted.</source>
        <translation>
            <numerusform>„{name}“ wird in %n Artikel verwendet: {articles}. Entfernen Sie es zuerst daraus; es wurde nichts gelöscht.</numerusform>
            <numerusform>„{name}“ wird in %n Artikeln verwendet: {articles}. Entfernen Sie es zuerst daraus; es wurde nichts gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaListModel</name>
    <message>
        <source>{filename}, {size}, credit {credit}, {usage}</source>
        <translation>{filename}, {size}, Bildnachweis {credit}, {usage}</translation>
    </message>
    <message>
        <source>{filename}, {size}, {usage}</source>
        <translation>{filename}, {size}, {usage}</translation>
    </message>
</context>
<context>
    <name>Metadata</name>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>English (United Kingdom)</source>
        <translation>Englisch (Vereinigtes Königreich)</translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation>Englisch (Vereinigte Staaten)</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griechisch</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <source>unknown time zone “{zone}”</source>
        <translation>unbekannte Zeitzone „{zone}“</translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <source>— No section —</source>
        <translation>— Kein Ressort —</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Article details</source>
        <translation>Artikeldetails</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Shows or hides the article fields</source>
        <translation>Blendet die Artikelfelder ein oder aus</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>Shows or hides the publishing fields</source>
        <translation>Blendet die Felder zur Veröffentlichung ein oder aus</translation>
    </message>
    <message>
        <source>SEO</source>
        <translation>SEO</translation>
    </message>
    <message>
        <source>Shows or hides the seo fields</source>
        <translation>Blendet die SEO-Felder ein oder aus</translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation>Beitragsbild</translation>
    </message>
    <message>
        <source>Shows or hides the featured image fields</source>
        <translation>Blendet die Felder zum Beitragsbild ein oder aus</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>One or two sentences under the headline</source>
        <translation>Ein oder zwei Sätze unter der Überschrift</translation>
    </message>
    <message>
        <source>made from the headline</source>
        <translation>aus der Überschrift gebildet</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>URL-Kürzel</translation>
    </message>
    <message>
        <source>The last part of the article&apos;s web address. It follows the headline until you type one.</source>
        <translation>Der letzte Teil der Webadresse des Artikels. Es folgt der Überschrift, bis Sie selbst eines eingeben.</translation>
    </message>
    <message>
        <source>Slug message</source>
        <translation>Hinweis zum URL-Kürzel</translation>
    </message>
    <message>
        <source>Author or desk; several: Anna Weber, Jan Peeters</source>
        <translation>Autor oder Ressort; mehrere: Anna Weber, Jan Peeters</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>Place, such as Paris</source>
        <translation>Ort, etwa Paris</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Ortsmarke</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Ressort</translation>
    </message>
    <message>
        <source>floods, shipping</source>
        <translation>Hochwasser, Schifffahrt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Head&amp;line</source>
        <translation>Übers&amp;chrift</translation>
    </message>
    <message>
        <source>S&amp;tandfirst</source>
        <translation>&amp;Vorspann</translation>
    </message>
    <message>
        <source>Sl&amp;ug</source>
        <translation>&amp;URL-Kürzel</translation>
    </message>
    <message>
        <source>&amp;Byline</source>
        <translation>&amp;Autorenzeile</translation>
    </message>
    <message>
        <source>&amp;Dateline</source>
        <translation>&amp;Ortsmarke</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Ressort</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <source>Publication time set</source>
        <translation>Veröffentlichungszeit festgelegt</translation>
    </message>
    <message>
        <source>Untick for no publication time yet</source>
        <translation>Deaktivieren Sie dies, um noch keine Veröffentlichungszeit festzulegen</translation>
    </message>
    <message>
        <source>Publication time</source>
        <translation>Veröffentlichungszeit</translation>
    </message>
    <message>
        <source>Embargo set</source>
        <translation>Sperrfrist festgelegt</translation>
    </message>
    <message>
        <source>Untick for no embargo</source>
        <translation>Deaktivieren Sie dies für keine Sperrfrist</translation>
    </message>
    <message>
        <source>Embargo until</source>
        <translation>Sperrfrist bis</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Time zone message</source>
        <translation>Hinweis zur Zeitzone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the article, for spell checking</source>
        <translation>Die Sprache des Artikels, für die Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>Veröffent&amp;licht</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Embargo</source>
        <translation>&amp;Sperrfrist</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>Correctio&amp;ns and Updates…</source>
        <translation>Korrekturen und Aktualisieru&amp;ngen…</translation>
    </message>
    <message>
        <source>Corrections and Updates</source>
        <translation>Korrekturen und Aktualisierungen</translation>
    </message>
    <message>
        <source>The dated corrections and updates readers see under it</source>
        <translation>Die datierten Korrekturen und Aktualisierungen, die Leser unter dem Artikel sehen</translation>
    </message>
    <message>
        <source>Corrections and updates</source>
        <translation>Korrekturen und Aktualisierungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>SEO title</source>
        <translation>SEO-Titel</translation>
    </message>
    <message>
        <source>The title search engines show; the headline when empty</source>
        <translation>Der Titel, den Suchmaschinen anzeigen; leer die Überschrift</translation>
    </message>
    <message>
        <source>SEO title length</source>
        <translation>Länge des SEO-Titels</translation>
    </message>
    <message>
        <source>SEO description</source>
        <translation>SEO-Beschreibung</translation>
    </message>
    <message>
        <source>The summary search engines show; the standfirst when empty</source>
        <translation>Die Zusammenfassung, die Suchmaschinen anzeigen; leer der Vorspann</translation>
    </message>
    <message>
        <source>SEO description length</source>
        <translation>Länge der SEO-Beschreibung</translation>
    </message>
    <message>
        <source>SEO t&amp;itle</source>
        <translation>SEO-T&amp;itel</translation>
    </message>
    <message>
        <source>SEO des&amp;cription</source>
        <translation>SEO-&amp;Beschreibung</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Featured image preview</source>
        <translation>Vorschau des Beitragsbilds</translation>
    </message>
    <message>
        <source>Choose i&amp;mage…</source>
        <translation>Bil&amp;d auswählen…</translation>
    </message>
    <message>
        <source>Choose featured image</source>
        <translation>Beitragsbild auswählen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove featured image</source>
        <translation>Beitragsbild entfernen</translation>
    </message>
    <message>
        <source>Featured image message</source>
        <translation>Hinweis zum Beitragsbild</translation>
    </message>
    <message>
        <source>Image caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Photo: Name / Agency</source>
        <translation>Foto: Name / Agentur</translation>
    </message>
    <message>
        <source>Image credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>What the image shows, for readers who cannot see it</source>
        <translation>Was das Bild zeigt, für Leser, die es nicht sehen können</translation>
    </message>
    <message>
        <source>Image alt text</source>
        <translation>Alternativtext des Bilds</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Capti&amp;on</source>
        <translation>Bildunterschri&amp;ft</translation>
    </message>
    <message>
        <source>C&amp;redit</source>
        <translation>Bildnac&amp;hweis</translation>
    </message>
    <message>
        <source>Alt te&amp;xt</source>
        <translation>Alternativte&amp;xt</translation>
    </message>
    <message>
        <source>Article details fields</source>
        <translation>Felder der Artikeldetails</translation>
    </message>
    <message>
        <source>Article details scroll area</source>
        <translation>Bildlaufbereich der Artikeldetails</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n Korrektur</numerusform>
            <numerusform>%n Korrekturen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n Aktualisierung</numerusform>
            <numerusform>%n Aktualisierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source> “{slug}” is kept.</source>
        <translation> „{slug}“ bleibt erhalten.</translation>
    </message>
    <message>
        <source>“{slug}” is taken by another article; it will be saved as “{free}”.</source>
        <translation>„{slug}“ ist bereits von einem anderen Artikel belegt; es wird als „{free}“ gespeichert.</translation>
    </message>
    <message>
        <source>There is no time zone “{typed}”; “{zone}” is kept.</source>
        <translation>Es gibt keine Zeitzone „{typed}“; „{zone}“ bleibt erhalten.</translation>
    </message>
    <message>
        <source>The featured image is missing from the library.</source>
        <translation>Das Beitragsbild fehlt in der Bibliothek.</translation>
    </message>
    <message>
        <source>No featured image</source>
        <translation>Kein Beitragsbild</translation>
    </message>
    <message>
        <source>Choose Featured Image</source>
        <translation>Beitragsbild auswählen</translation>
    </message>
    <message>
        <source>“{name}” could not be read ({reason}).</source>
        <translation>„{name}“ konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>“{name}” is not an image a web page can show (PNG, JPEG, GIF, WebP, SVG or AVIF).</source>
        <translation>„{name}“ ist kein Bild, das eine Webseite anzeigen kann (PNG, JPEG, GIF, WebP, SVG oder AVIF).</translation>
    </message>
    <message>
        <source>The image details could not be saved: {error}</source>
        <translation>Die Bilddetails konnten nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>MicropubHttp</name>
    <message>
        <source>{host} did not accept the access token ({why}). Make a new one on the site and give it to Newsroom.</source>
        <translation>{host} hat das Zugriffstoken nicht akzeptiert ({why}). Erstellen Sie auf der Website ein neues und geben Sie es Newsroom.</translation>
    </message>
    <message>
        <source>{host} refused it: {message}</source>
        <translation>{host} hat es abgelehnt: {message}</translation>
    </message>
</context>
<context>
    <name>MicropubPublisher</name>
    <message>
        <source>The access token opens the Micropub endpoint of {host}, which takes images.</source>
        <translation>Das Zugriffstoken öffnet den Micropub-Endpunkt von {host}, der Bilder annimmt.</translation>
    </message>
    <message>
        <source>The access token opens the Micropub endpoint of {host}; it takes no images.</source>
        <translation>Das Zugriffstoken öffnet den Micropub-Endpunkt von {host}; er nimmt keine Bilder an.</translation>
    </message>
    <message>
        <source>This article is not on the site, so it cannot be taken off.</source>
        <translation>Dieser Artikel ist nicht auf der Website und kann daher nicht zurückgezogen werden.</translation>
    </message>
    <message>
        <source>{host} took the post but did not say where it is.</source>
        <translation>{host} hat den Beitrag angenommen, aber nicht mitgeteilt, wo er liegt.</translation>
    </message>
    <message>
        <source>The site takes no images (it names no media endpoint): the article went without them.</source>
        <translation>Die Website nimmt keine Bilder an (sie nennt keinen Medien-Endpunkt): Der Artikel wurde ohne sie gesendet.</translation>
    </message>
    <message>
        <source>{host} took the image “{filename}” but did not say where it is.</source>
        <translation>{host} hat das Bild „{filename}“ angenommen, aber nicht mitgeteilt, wo es liegt.</translation>
    </message>
</context>
<context>
    <name>NewerLibraryError</name>
    <message>
        <source>“{name}” was saved by a newer version of Newsroom (library format {version}; this version knows up to {supported}). It can be opened read-only, or with a newer Newsroom.</source>
        <translation>„{name}“ wurde mit einer neueren Version von Newsroom gespeichert (Bibliotheksformat {version}; diese Version kennt Formate bis {supported}). Sie kann schreibgeschützt oder mit einem neueren Newsroom geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>Newsroom</name>
    <message>
        <source>Open Library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>{error}

Open it read-only?</source>
        <translation>{error}

Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>Library Damaged</source>
        <translation>Bibliothek beschädigt</translation>
    </message>
    <message>
        <source>{problem}

Newsroom closes it now without writing to it again, so nothing more is lost. Open a copy of the library made before the damage.</source>
        <translation>{problem}

Newsroom schließt sie jetzt, ohne erneut hineinzuschreiben, damit nichts mehr verloren geht. Öffnen Sie eine Kopie der Bibliothek, die vor der Beschädigung erstellt wurde.</translation>
    </message>
    <message>
        <source>check the library</source>
        <translation>Bibliothek prüfen</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Neue Bibliothek</translation>
    </message>
    <message>
        <source>“{name}” already exists and was left as it is. Choose another name for the new library.</source>
        <translation>„{name}“ ist bereits vorhanden und wurde unverändert gelassen. Wählen Sie einen anderen Namen für die neue Bibliothek.</translation>
    </message>
    <message>
        <source>Open a Newsroom Library</source>
        <translation>Newsroom-Bibliothek öffnen</translation>
    </message>
    <message>
        <source>Newsroom libraries (*.newsroom);;All files (*)</source>
        <translation>Newsroom-Bibliotheken (*.newsroom);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>NinjsPublisher</name>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>{host} accepts ninjs items.</source>
        <translation>{host} nimmt ninjs-Elemente an.</translation>
    </message>
    <message>
        <source>{host} took the image “{filename}” but did not say where it is (no “href” in its answer).</source>
        <translation>{host} hat das Bild „{filename}“ angenommen, aber nicht mitgeteilt, wo es liegt (kein „href“ in der Antwort).</translation>
    </message>
</context>
<context>
    <name>NoClient</name>
    <message>
        <source>Articles cannot be pulled from {kind} targets.</source>
        <translation>Von Zielen des Typs {kind} können keine Artikel abgerufen werden.</translation>
    </message>
    <message>
        <source>This version of Newsroom cannot publish to {kind} targets.</source>
        <translation>Diese Version von Newsroom kann nicht auf Ziele des Typs {kind} veröffentlichen.</translation>
    </message>
</context>
<context>
    <name>NotApproved</name>
    <message>
        <source>Draft: mark it ready (after review) before publishing.</source>
        <translation>Entwurf: Markieren Sie ihn (nach der Prüfung) als bereit, bevor Sie ihn veröffentlichen.</translation>
    </message>
    <message>
        <source>In review: the desk has not approved it yet. Mark it ready before publishing.</source>
        <translation>In Prüfung: Die Redaktion hat ihn noch nicht freigegeben. Markieren Sie ihn als bereit, bevor Sie ihn veröffentlichen.</translation>
    </message>
    <message>
        <source>Spiked: bring it back before publishing.</source>
        <translation>Verworfen: Holen Sie ihn zurück, bevor Sie ihn veröffentlichen.</translation>
    </message>
    <message>
        <source>“{headline}” cannot be published.</source>
        <translation>„{headline}“ kann nicht veröffentlicht werden.</translation>
    </message>
    <message>
        <source>The article cannot be published.</source>
        <translation>Der Artikel kann nicht veröffentlicht werden.</translation>
    </message>
    <message>
        <source>It is in the trash: restore it before publishing.</source>
        <translation>Er ist im Papierkorb: Stellen Sie ihn wieder her, bevor Sie ihn veröffentlichen.</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}: {value}</translation>
    </message>
</context>
<context>
    <name>NoteTextDialog</name>
    <message>
        <source>Edit Correction</source>
        <translation>Korrektur bearbeiten</translation>
    </message>
    <message>
        <source>Add Correction</source>
        <translation>Korrektur hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Correction:</source>
        <translation>&amp;Korrektur:</translation>
    </message>
    <message>
        <source>Text of the correction</source>
        <translation>Text der Korrektur</translation>
    </message>
    <message>
        <source>Edit Update</source>
        <translation>Aktualisierung bearbeiten</translation>
    </message>
    <message>
        <source>Add Update</source>
        <translation>Aktualisierung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Update:</source>
        <translation>&amp;Aktualisierung:</translation>
    </message>
    <message>
        <source>Text of the update</source>
        <translation>Text der Aktualisierung</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message>
        <source>What was wrong, and what is right: “An earlier version of this article gave the wrong date for the vote. It is on Tuesday.”</source>
        <translation>Was falsch war und was richtig ist: „In einer früheren Version dieses Artikels stand ein falsches Datum für die Abstimmung. Sie findet am Dienstag statt.“</translation>
    </message>
    <message>
        <source>What is new: “The council confirmed the closure on Friday.”</source>
        <translation>Was neu ist: „Der Rat hat die Schließung am Freitag bestätigt.“</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>Corrections and Updates — {headline}</source>
        <translation>Korrekturen und Aktualisierungen — {headline}</translation>
    </message>
    <message>
        <source>Corrections and Updates</source>
        <translation>Korrekturen und Aktualisierungen</translation>
    </message>
    <message>
        <source>Readers see these notes under the article, with their date. After a change, update the article on its sites (Publish › Update) for them to see it there.</source>
        <translation>Leser sehen diese Hinweise mit ihrem Datum unter dem Artikel. Aktualisieren Sie den Artikel nach einer Änderung auf seinen Websites (Veröffentlichen › Aktualisieren), damit sie dort sichtbar wird.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Note columns</source>
        <translation>Spalten der Hinweise</translation>
    </message>
    <message>
        <source>No corrections or updates yet.</source>
        <translation>Noch keine Korrekturen oder Aktualisierungen.</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>Keine Hinweise</translation>
    </message>
    <message>
        <source>Add &amp;Correction…</source>
        <translation>&amp;Korrektur hinzufügen…</translation>
    </message>
    <message>
        <source>Say what was wrong and is now right</source>
        <translation>Angeben, was falsch war und jetzt richtig ist</translation>
    </message>
    <message>
        <source>Add &amp;Update…</source>
        <translation>&amp;Aktualisierung hinzufügen…</translation>
    </message>
    <message>
        <source>Say what is new since the article went out</source>
        <translation>Angeben, was seit dem Erscheinen des Artikels neu ist</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected note</source>
        <translation>Den ausgewählten Hinweis ändern</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected note</source>
        <translation>Den ausgewählten Hinweis entfernen</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Remove Correction</source>
        <translation>Korrektur entfernen</translation>
    </message>
    <message>
        <source>Remove the correction of {date}?

“{text}”</source>
        <translation>Die Korrektur vom {date} entfernen?

„{text}“</translation>
    </message>
    <message>
        <source>Remove Update</source>
        <translation>Aktualisierung entfernen</translation>
    </message>
    <message>
        <source>Remove the update of {date}?

“{text}”</source>
        <translation>Die Aktualisierung vom {date} entfernen?

„{text}“</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>“{name}” is open read-only; nothing was changed.</source>
        <translation>„{name}“ ist schreibgeschützt geöffnet; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is no outbox entry number {number}.</source>
        <translation>Es gibt keinen Postausgangseintrag Nummer {number}.</translation>
    </message>
    <message>
        <source>Dropped: the article is being taken off the site.</source>
        <translation>Verworfen: Der Artikel wird von der Website zurückgezogen.</translation>
    </message>
    <message>
        <source>There is no article number {number} in this library.</source>
        <translation>In dieser Bibliothek gibt es keinen Artikel Nummer {number}.</translation>
    </message>
    <message>
        <source>Withdrawn before it was sent.</source>
        <translation>Vor dem Senden zurückgezogen.</translation>
    </message>
    <message>
        <source>the article</source>
        <translation>der Artikel</translation>
    </message>
    <message>
        <source>{message} Differs: {fields}.</source>
        <translation>{message} Abweichend: {fields}.</translation>
    </message>
    <message>
        <source>Held until {when} UTC.</source>
        <translation>Zurückgehalten bis {when} UTC.</translation>
    </message>
    <message>
        <source>Newsroom stopped while sending this; it will check the site before sending it again.</source>
        <translation>Newsroom wurde beim Senden beendet; vor dem erneuten Senden wird die Website geprüft.</translation>
    </message>
    <message>
        <source>This entry is being sent right now; it cannot be discarded.</source>
        <translation>Dieser Eintrag wird gerade gesendet; er kann nicht verworfen werden.</translation>
    </message>
    <message>
        <source>Discarded by the journalist.</source>
        <translation>Von der Redaktion verworfen.</translation>
    </message>
    <message>
        <source>There is no conflict to resolve for this article.</source>
        <translation>Für diesen Artikel gibt es keinen Konflikt zu lösen.</translation>
    </message>
    <message>
        <source>Kept the version in Newsroom; it replaces the one on the site.</source>
        <translation>Fassung in Newsroom behalten; sie ersetzt die auf der Website.</translation>
    </message>
    <message>
        <source>The article is not on this target.</source>
        <translation>Der Artikel ist nicht auf diesem Ziel.</translation>
    </message>
    <message>
        <source>Took the version on the site into Newsroom.</source>
        <translation>Fassung der Website in Newsroom übernommen.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
</context>
<context>
    <name>OutboxWorker</name>
    <message>
        <source>send the outbox</source>
        <translation>Senden des Postausgangs</translation>
    </message>
    <message>
        <source>The outbox could not be sent: {error}</source>
        <translation>Der Postausgang konnte nicht gesendet werden: {error}</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>PasteHandler</name>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>“{name}” is {size}; an image may be at most {limit} MB. Make it smaller, then add it again.</source>
        <translation>„{name}“ ist {size} groß; ein Bild darf höchstens {limit} MB groß sein. Verkleinern Sie es und fügen Sie es dann erneut hinzu.</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>Das eingefügte Bild konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“{name}” could not be read ({reason}).</source>
        <translation>„{name}“ konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>The pasted image</source>
        <translation>Das eingefügte Bild</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Ortsmarke</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Ressort</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Publication time</source>
        <translation>Veröffentlichungszeit</translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation>Sperrfrist</translation>
    </message>
    <message>
        <source>Search title</source>
        <translation>Suchtitel</translation>
    </message>
    <message>
        <source>Search description</source>
        <translation>Suchbeschreibung</translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation>Beitragsbild</translation>
    </message>
    <message>
        <source>You Might Also Like</source>
        <translation>Das könnte Sie auch interessieren</translation>
    </message>
    <message>
        <source>Corrections and updates</source>
        <translation>Korrekturen und Aktualisierungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>on the site</source>
        <translation>auf der Website</translation>
    </message>
    <message>
        <source>not on the site</source>
        <translation>nicht auf der Website</translation>
    </message>
    <message>
        <source>to be sent</source>
        <translation>zu senden</translation>
    </message>
    <message>
        <source>Update “{headline}” on {target}:</source>
        <translation>„{headline}“ auf {target} aktualisieren:</translation>
    </message>
    <message>
        <source>Publish “{headline}” on {target}:</source>
        <translation>„{headline}“ auf {target} veröffentlichen:</translation>
    </message>
    <message>
        <source>Refused: nothing would be sent.</source>
        <translation>Abgelehnt: Es würde nichts gesendet.</translation>
    </message>
    <message>
        <source>Nothing has changed since it was last sent.</source>
        <translation>Seit dem letzten Senden hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Not on the site yet; it gets:</source>
        <translation>Noch nicht auf der Website; sie erhält:</translation>
    </message>
    <message>
        <source>was:</source>
        <translation>vorher:</translation>
    </message>
    <message>
        <source>now:</source>
        <translation>jetzt:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Images to upload: {files}</source>
        <translation>Hochzuladende Bilder: {files}</translation>
    </message>
    <message>
        <source>Held in the outbox until {when} UTC.</source>
        <translation>Bis {when} UTC im Postausgang zurückgehalten.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language shows the next time Newsroom starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Newsroom angezeigt.</translation>
    </message>
    <message>
        <source>This library’s site</source>
        <translation>Die Website dieser Bibliothek</translation>
    </message>
    <message>
        <source>Language of the site’s dates and numbers</source>
        <translation>Sprache der Daten und Zahlen der Website</translation>
    </message>
    <message>
        <source>&amp;Dates and numbers:</source>
        <translation>&amp;Daten und Zahlen:</translation>
    </message>
    <message>
        <source>Example of a date</source>
        <translation>Beispiel für ein Datum</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview stage</source>
        <translation>Vorschaubühne</translation>
    </message>
    <message>
        <source>Article preview</source>
        <translation>Artikelvorschau</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <source>Preview placeholder</source>
        <translation>Platzhalter der Vorschau</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview panel</source>
        <translation>Vorschaubereich</translation>
    </message>
    <message>
        <source>Preview notice</source>
        <translation>Hinweis zur Vorschau</translation>
    </message>
</context>
<context>
    <name>PreviewToolbar</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preview options</source>
        <translation>Vorschauoptionen</translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation>&amp;Desktop</translation>
    </message>
    <message>
        <source>Desktop preview</source>
        <translation>Desktop-Vorschau</translation>
    </message>
    <message>
        <source>Show the page at the width of a desktop browser</source>
        <translation>Die Seite in der Breite eines Desktop-Browsers anzeigen</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>&amp;Mobil</translation>
    </message>
    <message>
        <source>Mobile preview</source>
        <translation>Mobile Vorschau</translation>
    </message>
    <message>
        <source>Show the page at the width of a phone</source>
        <translation>Die Seite in der Breite eines Smartphones anzeigen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Light preview</source>
        <translation>Helle Vorschau</translation>
    </message>
    <message>
        <source>Show the page in its light colours</source>
        <translation>Die Seite in ihren hellen Farben anzeigen</translation>
    </message>
    <message>
        <source>Dar&amp;k</source>
        <translation>Dun&amp;kel</translation>
    </message>
    <message>
        <source>Dark preview</source>
        <translation>Dunkle Vorschau</translation>
    </message>
    <message>
        <source>Show the page in its dark colours</source>
        <translation>Die Seite in ihren dunklen Farben anzeigen</translation>
    </message>
</context>
<context>
    <name>PublishPreviewDialog</name>
    <message>
        <source>⋯ from line {number} ⋯</source>
        <translation>⋯ ab Zeile {number} ⋯</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>Update on {target}</source>
        <translation>Auf {target} aktualisieren</translation>
    </message>
    <message>
        <source>Publish on {target}</source>
        <translation>Auf {target} veröffentlichen</translation>
    </message>
    <message>
        <source>“{headline}” will be published on {target}.</source>
        <translation>„{headline}“ wird auf {target} veröffentlicht.</translation>
    </message>
    <message>
        <source>Nothing in “{headline}” has changed since it was last sent to {target}. Update it anyway?</source>
        <translation>An „{headline}“ hat sich seit dem letzten Senden an {target} nichts geändert. Trotzdem aktualisieren?</translation>
    </message>
    <message>
        <source>These changes to “{headline}” will be made on {target}.</source>
        <translation>Diese Änderungen an „{headline}“ werden auf {target} vorgenommen.</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Was geschehen wird</translation>
    </message>
    <message>
        <source>Held until</source>
        <translation>Zurückgehalten bis</translation>
    </message>
    <message>
        <source>It stays in the outbox until {when} (its embargo or publication time): nothing leaves this computer before then.</source>
        <translation>Er bleibt bis {when} im Postausgang (seine Sperrfrist oder Veröffentlichungszeit): Bis dahin verlässt nichts diesen Computer.</translation>
    </message>
    <message>
        <source>&amp;Fields:</source>
        <translation>&amp;Felder:</translation>
    </message>
    <message>
        <source>&amp;What the site gets:</source>
        <translation>&amp;Was die Website erhält:</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Geänderte Felder</translation>
    </message>
    <message>
        <source>Field columns</source>
        <translation>Feldspalten</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Text (lines starting with + are added, with - removed):</source>
        <translation>&amp;Text (mit + beginnende Zeilen sind hinzugefügt, mit - entfernt):</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Changes to the text</source>
        <translation>Änderungen am Text</translation>
    </message>
    <message>
        <source>Images to upload</source>
        <translation>Hochzuladende Bilder</translation>
    </message>
    <message>
        <source>This image will be uploaded: {names}.</source>
        <translation>Dieses Bild wird hochgeladen: {names}.</translation>
    </message>
    <message numerus="yes">
        <source>These %n image(s) will be uploaded: {names}.</source>
        <translation>
            <numerusform>Dieses Bild wird hochgeladen: {names}.</numerusform>
            <numerusform>Diese %n Bilder werden hochgeladen: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Queue it for {target}; it goes out from there.</source>
        <translation>Für {target} in die Warteschlange stellen; von dort wird er gesendet.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>“{headline}” cannot be published on {target} yet. Nothing was sent.</source>
        <translation>„{headline}“ kann noch nicht auf {target} veröffentlicht werden. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>This article cannot be published on {target} yet. Nothing was sent.</source>
        <translation>Dieser Artikel kann noch nicht auf {target} veröffentlicht werden. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Not Published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Before it can be marked ready:</source>
        <translation>Bevor er als fertig markiert werden kann:</translation>
    </message>
    <message>
        <source>Open &amp;Checklist</source>
        <translation>&amp;Checkliste öffnen</translation>
    </message>
    <message>
        <source>Open Checklist</source>
        <translation>Checkliste öffnen</translation>
    </message>
    <message>
        <source>Show the checklist, where each problem leads to its field.</source>
        <translation>Die Checkliste anzeigen, in der jedes Problem zu seinem Feld führt.</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Publish To</source>
        <translation>&amp;Veröffentlichen auf</translation>
    </message>
    <message>
        <source>Publish To</source>
        <translation>Veröffentlichen auf</translation>
    </message>
    <message>
        <source>&amp;Publish to {target}</source>
        <translation>&amp;Veröffentlichen auf {target}</translation>
    </message>
    <message>
        <source>Publish the open article.</source>
        <translation>Den geöffneten Artikel veröffentlichen.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Update To</source>
        <translation>&amp;Aktualisieren auf</translation>
    </message>
    <message>
        <source>Update To</source>
        <translation>Aktualisieren auf</translation>
    </message>
    <message>
        <source>&amp;Update to {target}</source>
        <translation>&amp;Aktualisieren auf {target}</translation>
    </message>
    <message>
        <source>Update the open article.</source>
        <translation>Den geöffneten Artikel aktualisieren.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>U&amp;npublish</source>
        <translation>Veröffentlichung auf&amp;heben</translation>
    </message>
    <message>
        <source>U&amp;npublish To</source>
        <translation>Veröffentlichung auf&amp;heben bei</translation>
    </message>
    <message>
        <source>Unpublish To</source>
        <translation>Veröffentlichung aufheben bei</translation>
    </message>
    <message>
        <source>U&amp;npublish to {target}</source>
        <translation>Veröffentlichung bei {target} auf&amp;heben</translation>
    </message>
    <message>
        <source>Unpublish the open article.</source>
        <translation>Die Veröffentlichung des geöffneten Artikels aufheben.</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Veröffentlichung aufheben</translation>
    </message>
    <message>
        <source>“{headline}” is queued for publishing on {target}.</source>
        <translation>„{headline}“ wartet auf die Veröffentlichung auf {target}.</translation>
    </message>
    <message>
        <source>“{headline}” is queued to be updated on {target}.</source>
        <translation>„{headline}“ wartet auf die Aktualisierung auf {target}.</translation>
    </message>
    <message>
        <source>“{headline}” is queued to be taken off {target}.</source>
        <translation>„{headline}“ wartet darauf, von {target} genommen zu werden.</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>“{headline}” will be taken off {sites}.</source>
        <translation>„{headline}“ wird von {sites} genommen.</translation>
    </message>
    <message>
        <source>“{headline}” will no longer be sent to {sites}.</source>
        <translation>„{headline}“ wird nicht mehr an {sites} gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) will be taken off {sites}.</source>
        <translation>
            <numerusform>%n Artikel wird von {sites} genommen.</numerusform>
            <numerusform>%n Artikel werden von {sites} genommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) will no longer be sent to {sites}.</source>
        <translation>
            <numerusform>%n Artikel wird nicht mehr an {sites} gesendet.</numerusform>
            <numerusform>%n Artikel werden nicht mehr an {sites} gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Send what waits in the outbox now.</source>
        <translation>Jetzt senden, was im Postausgang wartet.</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>&amp;Ziele…</translation>
    </message>
    <message>
        <source>Sync &amp;Log…</source>
        <translation>Synchronisierungs&amp;protokoll…</translation>
    </message>
    <message>
        <source>Pull &amp;from Site…</source>
        <translation>Von der &amp;Website abrufen…</translation>
    </message>
    <message>
        <source>Add a target first: Publish › Targets…</source>
        <translation>Fügen Sie zuerst ein Ziel hinzu: Veröffentlichen › Ziele…</translation>
    </message>
    <message>
        <source>{target} (last used) (paused)</source>
        <translation>{target} (zuletzt verwendet) (angehalten)</translation>
    </message>
    <message>
        <source>{target} (last used)</source>
        <translation>{target} (zuletzt verwendet)</translation>
    </message>
    <message>
        <source>{target} (paused)</source>
        <translation>{target} (angehalten)</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The article</source>
        <translation>Der Artikel</translation>
    </message>
    <message>
        <source>“{headline}” was never published on {target}: nothing to take off.</source>
        <translation>„{headline}“ wurde nie auf {target} veröffentlicht: Es gibt nichts zu entfernen.</translation>
    </message>
    <message>
        <source>It stays in the outbox until {when}.</source>
        <translation>Er bleibt bis {when} im Postausgang.</translation>
    </message>
    <message>
        <source>Publishing there is paused until you give its password again.</source>
        <translation>Das Veröffentlichen dort ist angehalten, bis Sie das Passwort erneut eingeben.</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Preparing the photos for {target}:</source>
        <translation>Fotos für {target} werden vorbereitet:</translation>
    </message>
    <message>
        <source>Stopping after this photo…</source>
        <translation>Wird nach diesem Foto angehalten…</translation>
    </message>
    <message>
        <source>prepare the photos</source>
        <translation>Vorbereiten der Fotos</translation>
    </message>
    <message>
        <source>Take “{headline}” off {target}?</source>
        <translation>„{headline}“ von {target} nehmen?</translation>
    </message>
    <message>
        <source>Readers will no longer find it there. It stays in the library, and you can publish it again later.</source>
        <translation>Leser finden ihn dort nicht mehr. Er bleibt in der Bibliothek, und Sie können ihn später erneut veröffentlichen.</translation>
    </message>
    <message>
        <source>&amp;Unpublish</source>
        <translation>Veröffentlichung auf&amp;heben</translation>
    </message>
    <message>
        <source>Sending what waits in the outbox…</source>
        <translation>Was im Postausgang wartet, wird gesendet…</translation>
    </message>
    <message>
        <source>Sent 1 entry.</source>
        <comment>one</comment>
        <translation>1 Eintrag gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n entries.</source>
        <comment>many</comment>
        <translation>
            <numerusform>%n Eintrag gesendet.</numerusform>
            <numerusform>%n Einträge gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more in Publish › Sync Log…)</source>
        <translation>
            <numerusform>(%n weiterer unter Veröffentlichen › Synchronisierungsprotokoll…)</numerusform>
            <numerusform>(%n weitere unter Veröffentlichen › Synchronisierungsprotokoll…)</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing to {target} is paused until you give its password (Publish › Sync Now or Publish › Targets…).</source>
        <translation>Das Veröffentlichen auf {target} ist angehalten, bis Sie das Passwort eingeben (Veröffentlichen › Jetzt synchronisieren oder Veröffentlichen › Ziele…).</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Your version will replace the one on {target}.</source>
        <translation>Ihre Fassung wird die auf {target} ersetzen.</translation>
    </message>
    <message>
        <source>The version on {target} is now in Newsroom (Undo brings yours back).</source>
        <translation>Die Fassung von {target} ist jetzt in Newsroom (Rückgängig stellt Ihre wieder her).</translation>
    </message>
    <message>
        <source>Merge the two versions by hand, then choose Publish › Update, or Keep Mine in the conflict.</source>
        <translation>Führen Sie die beiden Fassungen von Hand zusammen und wählen Sie dann Veröffentlichen › Aktualisieren oder im Konflikt „Meine Fassung behalten“.</translation>
    </message>
    <message>
        <source>Pull from Site</source>
        <translation>Von der Website abrufen</translation>
    </message>
</context>
<context>
    <name>PullCancelled</name>
    <message>
        <source>The pull was cancelled.</source>
        <translation>Das Abrufen wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>PullRunner</name>
    <message>
        <source>Newsroom has no password for “{name}”.</source>
        <translation>Newsroom hat kein Passwort für „{name}“.</translation>
    </message>
    <message>
        <source>Pull from Site</source>
        <translation>Von der Website abrufen</translation>
    </message>
    <message>
        <source>Reading the posts of {target}…</source>
        <translation>Beiträge von {target} werden gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>pull from {target}</source>
        <translation>Abrufen von {target}</translation>
    </message>
    <message>
        <source>Stopping after the post being read…</source>
        <translation>Wird nach dem gerade gelesenen Beitrag angehalten…</translation>
    </message>
    <message numerus="yes">
        <source>Read %n post(s) of {target}…</source>
        <translation>
            <numerusform>%n Beitrag von {target} gelesen…</numerusform>
            <numerusform>%n Beiträge von {target} gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Pulled from {target}: {summary}</source>
        <translation>Von {target} abgerufen: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>The pull from {target} was stopped after %n post(s). What was read until then is in the library; pull again to get the rest.</source>
        <translation>
            <numerusform>Das Abrufen von {target} wurde nach %n Beitrag angehalten. Was bis dahin gelesen wurde, ist in der Bibliothek; rufen Sie erneut ab, um den Rest zu erhalten.</numerusform>
            <numerusform>Das Abrufen von {target} wurde nach %n Beiträgen angehalten. Was bis dahin gelesen wurde, ist in der Bibliothek; rufen Sie erneut ab, um den Rest zu erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pull from {target} failed: {error}</source>
        <translation>Das Abrufen von {target} ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>The pull from {target} failed: {error} Nothing more was imported.</source>
        <translation>Das Abrufen von {target} ist fehlgeschlagen: {error} Es wurde nichts weiter importiert.</translation>
    </message>
    <message>
        <source>{kinds} or {kind}</source>
        <translation>{kinds} oder {kind}</translation>
    </message>
    <message>
        <source>There is no site to pull from in this library ({kinds}). Add one with Publish › Targets…</source>
        <translation>Diese Bibliothek hat keine Website, von der abgerufen werden kann ({kinds}). Fügen Sie eine hinzu unter Veröffentlichen › Ziele…</translation>
    </message>
    <message>
        <source>Pull the posts of:</source>
        <translation>Beiträge abrufen von:</translation>
    </message>
</context>
<context>
    <name>PullSummary</name>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
        <translation>Neu: {new}, aktualisiert: {updated}, unverändert: {unchanged}, übersprungen: {skipped}.</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) created.</source>
        <translation>
            <numerusform>%n Ressort angelegt.</numerusform>
            <numerusform>%n Ressorts angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 image was brought into the library.</source>
        <comment>one</comment>
        <translation>1 Bild wurde in die Bibliothek übernommen.</translation>
    </message>
    <message>
        <source>{count} images were brought into the library.</source>
        <comment>many</comment>
        <translation>{count} Bilder wurden in die Bibliothek übernommen.</translation>
    </message>
    <message>
        <source>Skipped because they were changed here since the last sync: {headlines}.</source>
        <translation>Übersprungen, weil sie hier seit der letzten Synchronisierung geändert wurden: {headlines}.</translation>
    </message>
    <message>
        <source>Sections have two levels, so these categories went into their parent: {categories}.</source>
        <translation>Ressorts haben zwei Ebenen, daher wurden diese Kategorien ihrer übergeordneten Kategorie zugeordnet: {categories}.</translation>
    </message>
    <message>
        <source>These images could not be downloaded and stay at their address on the site: {images}.</source>
        <translation>Diese Bilder konnten nicht heruntergeladen werden und bleiben an ihrer Adresse auf der Website: {images}.</translation>
    </message>
    <message>
        <source>“{headline}”: {why}</source>
        <translation>„{headline}“: {why}</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>(untitled article)</source>
        <translation>(Artikel ohne Titel)</translation>
    </message>
    <message>
        <source>Related links</source>
        <translation>Verwandte Links</translation>
    </message>
    <message>
        <source>Related links of this article</source>
        <translation>Verwandte Links dieses Artikels</translation>
    </message>
    <message>
        <source>Find an article to link</source>
        <translation>Artikel zum Verlinken suchen</translation>
    </message>
    <message>
        <source>Find an article to link…</source>
        <translation>Artikel zum Verlinken suchen…</translation>
    </message>
    <message>
        <source>Articles found</source>
        <translation>Gefundene Artikel</translation>
    </message>
    <message>
        <source>Add &amp;Link…</source>
        <translation>&amp;Link hinzufügen…</translation>
    </message>
    <message>
        <source>Add an external link</source>
        <translation>Externen Link hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>&amp;Vorschlagen</translation>
    </message>
    <message>
        <source>Suggest related articles</source>
        <translation>Verwandte Artikel vorschlagen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected link</source>
        <translation>Ausgewählten Link entfernen</translation>
    </message>
    <message>
        <source>Double-click an article found (or suggested) to add it.</source>
        <translation>Doppelklicken Sie auf einen gefundenen (oder vorgeschlagenen) Artikel, um ihn hinzuzufügen.</translation>
    </message>
    <message>
        <source>Related links hint</source>
        <translation>Hinweis zu verwandten Links</translation>
    </message>
    <message>
        <source>An article of this library</source>
        <translation>Ein Artikel dieser Bibliothek</translation>
    </message>
    <message>
        <source>find articles to link</source>
        <translation>Artikel zum Verlinken suchen</translation>
    </message>
    <message>
        <source>Suggest Related</source>
        <translation>Verwandte Artikel vorschlagen</translation>
    </message>
    <message>
        <source>No similar articles were found in this library.</source>
        <translation>In dieser Bibliothek wurden keine ähnlichen Artikel gefunden.</translation>
    </message>
    <message>
        <source>No suggestions could be made: {error}</source>
        <translation>Es konnten keine Vorschläge gemacht werden: {error}</translation>
    </message>
    <message>
        <source>suggest related articles</source>
        <translation>verwandte Artikel vorschlagen</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message numerus="yes">
        <source>{status}, %n word(s). Double-click to add.</source>
        <translation>
            <numerusform>{status}, %n Wort. Zum Hinzufügen doppelklicken.</numerusform>
            <numerusform>{status}, %n Wörter. Zum Hinzufügen doppelklicken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenditionSpec</name>
    <message>
        <source>images go as JPEG, at most {edge} pixels on the longer side, quality {quality}</source>
        <translation>Bilder werden als JPEG gesendet, höchstens {edge} Pixel an der längeren Seite, Qualität {quality}</translation>
    </message>
    <message>
        <source>images go as WebP, at most {edge} pixels on the longer side, quality {quality}</source>
        <translation>Bilder werden als WebP gesendet, höchstens {edge} Pixel an der längeren Seite, Qualität {quality}</translation>
    </message>
    <message>
        <source>images go in their own format, at most {edge} pixels on the longer side, quality {quality}</source>
        <translation>Bilder werden in ihrem eigenen Format gesendet, höchstens {edge} Pixel an der längeren Seite, Qualität {quality}</translation>
    </message>
</context>
<context>
    <name>Renditions</name>
    <message>
        <source>An image turns by 0, 90, 180 or 270 degrees, not {rotation}.</source>
        <translation>Ein Bild wird um 0, 90, 180 oder 270 Grad gedreht, nicht um {rotation}.</translation>
    </message>
    <message>
        <source>“{name}” cannot be cropped or turned.</source>
        <translation>„{name}“ kann weder zugeschnitten noch gedreht werden.</translation>
    </message>
    <message>
        <source>The focal point must lie inside the image.</source>
        <translation>Der Fokuspunkt muss innerhalb des Bilds liegen.</translation>
    </message>
    <message>
        <source>A crop is its left, top, right and bottom edges.</source>
        <translation>Ein Zuschnitt besteht aus seinem linken, oberen, rechten und unteren Rand.</translation>
    </message>
    <message>
        <source>The crop must lie inside the image, its left edge before its right and its top above its bottom.</source>
        <translation>Der Zuschnitt muss innerhalb des Bilds liegen, sein linker Rand vor dem rechten und sein oberer Rand über dem unteren.</translation>
    </message>
    <message>
        <source>The crop of “{name}” would keep {width} × {height} pixels; it must keep at least {least} on each side.</source>
        <translation>Der Zuschnitt von „{name}“ würde {width} × {height} Pixel behalten; er muss auf jeder Seite mindestens {least} behalten.</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not “{value}”.</source>
        <translation>{what} muss eine ganze Zahl sein, nicht „{value}“.</translation>
    </message>
    <message>
        <source>The image size</source>
        <translation>Die Bildgröße</translation>
    </message>
    <message>
        <source>The image size is the longer side in pixels, from {least} to {most} (such as {usual}), not {edge}.</source>
        <translation>Die Bildgröße ist die längere Seite in Pixeln, von {least} bis {most} (etwa {usual}), nicht {edge}.</translation>
    </message>
    <message>
        <source>The image quality</source>
        <translation>Die Bildqualität</translation>
    </message>
    <message>
        <source>The image quality goes from 1 to 100 (such as {usual}), not {quality}.</source>
        <translation>Die Bildqualität reicht von 1 bis 100 (etwa {usual}), nicht {quality}.</translation>
    </message>
    <message>
        <source>“{value}” is not an image format for a site: jpeg, webp or original.</source>
        <translation>„{value}“ ist kein Bildformat für eine Website: jpeg, webp oder original.</translation>
    </message>
    <message>
        <source>“{name}” is not an image Newsroom can read (JPEG, PNG, GIF or WebP), so no copy of it can go to the site. Replace it with one that opens.</source>
        <translation>„{name}“ ist kein Bild, das Newsroom lesen kann (JPEG, PNG, GIF oder WebP), daher kann keine Kopie davon auf die Website. Ersetzen Sie es durch ein Bild, das sich öffnen lässt.</translation>
    </message>
    <message>
        <source>“{name}” is damaged and cannot be read ({problem}), so no copy of it can go to the site. Replace it with one that opens.</source>
        <translation>„{name}“ ist beschädigt und kann nicht gelesen werden ({problem}), daher kann keine Kopie davon auf die Website. Ersetzen Sie es durch ein Bild, das sich öffnen lässt.</translation>
    </message>
    <message>
        <source>“{name}” is too large an image to open safely. Make it smaller, then add it again.</source>
        <translation>„{name}“ ist ein zu großes Bild, um sicher geöffnet zu werden. Verkleinern Sie es und fügen Sie es erneut hinzu.</translation>
    </message>
    <message>
        <source>There is no image “{key}” in this library.</source>
        <translation>In dieser Bibliothek gibt es kein Bild „{key}“.</translation>
    </message>
</context>
<context>
    <name>RevisionInfo</name>
    <message numerus="yes">
        <source>{sign}%n word(s)</source>
        <translation>
            <numerusform>{sign}%n Wort</numerusform>
            <numerusform>{sign}%n Wörter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevisionListModel</name>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) in all</source>
        <translation>
            <numerusform>%n Wort insgesamt</numerusform>
            <numerusform>%n Wörter insgesamt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revisions</name>
    <message>
        <source>That version of the article is no longer in the library.</source>
        <translation>Diese Version des Artikels ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>That version belongs to another article; nothing was restored.</source>
        <translation>Diese Version gehört zu einem anderen Artikel; es wurde nichts wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Why the article is not saved</source>
        <translation>Warum der Artikel nicht gespeichert ist</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Try to save the article in the library now.</source>
        <translation>Jetzt versuchen, den Artikel in der Bibliothek zu speichern.</translation>
    </message>
    <message>
        <source>Save a Copy As…</source>
        <translation>Kopie speichern unter…</translation>
    </message>
    <message>
        <source>Write the article as it is in the editor to a Markdown file somewhere else.</source>
        <translation>Den Artikel so, wie er im Editor steht, an anderer Stelle in eine Markdown-Datei schreiben.</translation>
    </message>
    <message>
        <source>Your latest changes are not in the library yet. {why} Nothing you typed is lost: it stays here, and Newsroom saves it by itself as soon as it can.</source>
        <translation>Ihre letzten Änderungen sind noch nicht in der Bibliothek. {why} Nichts von dem, was Sie eingegeben haben, geht verloren: Der Text bleibt hier, und Newsroom speichert ihn selbst, sobald es möglich ist.</translation>
    </message>
</context>
<context>
    <name>SaveCopy</name>
    <message>
        <source>Save a Copy As</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>Copy Not Saved</source>
        <translation>Kopie nicht gespeichert</translation>
    </message>
    <message>
        <source>Article Not Saved</source>
        <translation>Artikel nicht gespeichert</translation>
    </message>
    <message>
        <source>“{headline}” has changes that are not saved in the library.</source>
        <translation>„{headline}“ enthält Änderungen, die nicht in der Bibliothek gespeichert sind.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>Save a copy of the article somewhere else before closing, or cancel and keep the window open: Newsroom keeps trying to save it.</source>
        <translation>Speichern Sie vor dem Schließen eine Kopie des Artikels an einem anderen Ort, oder brechen Sie ab und lassen Sie das Fenster offen: Newsroom versucht weiter, ihn zu speichern.</translation>
    </message>
    <message>
        <source>Save a Copy As…</source>
        <translation>Kopie speichern unter…</translation>
    </message>
    <message>
        <source>Close Without Saving</source>
        <translation>Schließen ohne zu speichern</translation>
    </message>
    <message>
        <source>Close the window and lose what you typed since the article was last saved?</source>
        <translation>Fenster schließen und alles verlieren, was Sie seit dem letzten Speichern des Artikels eingegeben haben?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>There is no article number {number} in this library.</source>
        <translation>In dieser Bibliothek gibt es keinen Artikel Nummer {number}.</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>New section</source>
        <translation>Neues Ressort</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Ressorts</translation>
    </message>
    <message>
        <source>Section page preview</source>
        <translation>Vorschau der Ressortseite</translation>
    </message>
    <message>
        <source>&amp;New Section</source>
        <translation>&amp;Neues Ressort</translation>
    </message>
    <message>
        <source>New &amp;Subsection</source>
        <translation>Neues &amp;Unterressort</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Sections and preview</source>
        <translation>Ressorts und Vorschau</translation>
    </message>
    <message>
        <source>On the sites</source>
        <translation>Auf den Websites</translation>
    </message>
    <message>
        <source>Section tree</source>
        <translation>Ressortbaum</translation>
    </message>
    <message>
        <source>Section tree header</source>
        <translation>Kopfzeile des Ressortbaums</translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <translation>{action} ({shortcut})</translation>
    </message>
    <message>
        <source>{name} {number}</source>
        <translation>{name} {number}</translation>
    </message>
    <message>
        <source>“{name}” holds one article (counting any in the trash). Move them to which section before deleting it?</source>
        <comment>one</comment>
        <translation>„{name}“ enthält einen Artikel (einschließlich des Papierkorbs). In welches Ressort soll er verschoben werden, bevor es gelöscht wird?</translation>
    </message>
    <message>
        <source>“{name}” holds {count} articles (counting any in the trash). Move them to which section before deleting it?</source>
        <comment>many</comment>
        <translation>„{name}“ enthält {count} Artikel (einschließlich des Papierkorbs). In welches Ressort sollen sie verschoben werden, bevor es gelöscht wird?</translation>
    </message>
    <message>
        <source>Delete Section</source>
        <translation>Ressort löschen</translation>
    </message>
    <message>
        <source>Delete the section “{name}”? It holds no articles.</source>
        <translation>Das Ressort „{name}“ löschen? Es enthält keine Artikel.</translation>
    </message>
    <message>
        <source>Merge Section</source>
        <translation>Ressort zusammenführen</translation>
    </message>
    <message>
        <source>Merge “{name}” into which section? Its articles and subsections go there, and “{name}” is deleted.</source>
        <translation>Mit welchem Ressort soll „{name}“ zusammengeführt werden? Seine Artikel und Unterressorts wandern dorthin, und „{name}“ wird gelöscht.</translation>
    </message>
    <message>
        <source>the other section</source>
        <translation>das andere Ressort</translation>
    </message>
    <message>
        <source>Merge on the Site Too?</source>
        <translation>Auch auf der Website zusammenführen?</translation>
    </message>
    <message>
        <source>The category “{name}” on {sites} can be merged into “{into}” as well.</source>
        <translation>Die Kategorie „{name}“ auf {sites} kann ebenfalls mit „{into}“ zusammengeführt werden.</translation>
    </message>
    <message>
        <source>At the next sync, every post in “{name}” there, the site&apos;s own included, moves into “{into}”, and “{name}” is deleted on the site. Or leave the site&apos;s categories as they are.</source>
        <translation>Bei der nächsten Synchronisierung wandert jeder Beitrag in „{name}“ dort, auch die eigenen der Website, nach „{into}“, und „{name}“ wird auf der Website gelöscht. Oder Sie lassen die Kategorien der Website, wie sie sind.</translation>
    </message>
    <message>
        <source>&amp;Merge on the Site</source>
        <translation>Auf der Website &amp;zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Leave the Site as It Is</source>
        <translation>Website &amp;unverändert lassen</translation>
    </message>
    <message>
        <source>The categories on the sites could not be merged: {error}</source>
        <translation>Die Kategorien auf den Websites konnten nicht zusammengeführt werden: {error}</translation>
    </message>
    <message>
        <source>The articles on the sites could not be queued: {error}</source>
        <translation>Die Artikel auf den Websites konnten nicht in die Warteschlange gestellt werden: {error}</translation>
    </message>
    <message>
        <source>One article on a site will be updated there, in its new section.</source>
        <comment>one</comment>
        <translation>Ein Artikel auf einer Website wird dort aktualisiert, in seinem neuen Ressort.</translation>
    </message>
    <message>
        <source>{count} articles on a site will be updated there, in their new section.</source>
        <comment>many</comment>
        <translation>{count} Artikel auf einer Website werden dort aktualisiert, in ihrem neuen Ressort.</translation>
    </message>
    <message>
        <source>The site&apos;s categories follow the merge on the next sync (Publish › Sync Now).</source>
        <translation>Die Kategorien der Website folgen der Zusammenführung bei der nächsten Synchronisierung (Veröffentlichen › Jetzt synchronisieren).</translation>
    </message>
    <message>
        <source>{count} could not be updated: {problem}</source>
        <translation>Aktualisierung für {count} nicht möglich: {problem}</translation>
    </message>
    <message>
        <source>There is no other section to choose.</source>
        <translation>Es gibt kein anderes Ressort zur Auswahl.</translation>
    </message>
</context>
<context>
    <name>SectionOps</name>
    <message>
        <source>There is no section number {number} in this library.</source>
        <translation>In dieser Bibliothek gibt es kein Ressort Nummer {number}.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>der obersten Ebene</translation>
    </message>
    <message>
        <source>“{name}” is open read-only; nothing was changed.</source>
        <translation>„{name}“ ist schreibgeschützt geöffnet; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A section needs a name.</source>
        <translation>Ein Ressort braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a section “{name}” in {parent}.</source>
        <translation>Es gibt bereits ein Ressort „{name}“ in {parent}.</translation>
    </message>
    <message>
        <source>“{name}” is already a subsection; sections have two levels only, so it cannot hold subsections of its own.</source>
        <translation>„{name}“ ist bereits ein Unterressort; Ressorts haben nur zwei Ebenen, daher kann es keine eigenen Unterressorts haben.</translation>
    </message>
    <message>
        <source>“{name}” cannot be put inside itself.</source>
        <translation>„{name}“ kann nicht in sich selbst eingefügt werden.</translation>
    </message>
    <message>
        <source>“{name}” has subsections, so it cannot become a subsection itself: sections have two levels only. Move its subsections out first.</source>
        <translation>„{name}“ hat Unterressorts und kann daher selbst kein Unterressort werden: Ressorts haben nur zwei Ebenen. Verschieben Sie zuerst seine Unterressorts.</translation>
    </message>
    <message>
        <source>“{name}” has 1 subsection. Move or delete it first, or merge “{name}” into another section.</source>
        <comment>one</comment>
        <translation>„{name}“ hat 1 Unterressort. Verschieben oder löschen Sie es zuerst, oder führen Sie „{name}“ mit einem anderen Ressort zusammen.</translation>
    </message>
    <message>
        <source>“{name}” has {count} subsections. Move or delete them first, or merge “{name}” into another section.</source>
        <comment>many</comment>
        <translation>„{name}“ hat {count} Unterressorts. Verschieben oder löschen Sie diese zuerst, oder führen Sie „{name}“ mit einem anderen Ressort zusammen.</translation>
    </message>
    <message>
        <source>“{name}” holds one article (counting any in the trash). Choose a section to move them to before deleting it.</source>
        <translation>„{name}“ enthält einen Artikel (einschließlich Papierkorb). Wählen Sie ein Ressort, in das er verschoben wird, bevor Sie es löschen.</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” holds %n article(s) (counting any in the trash). Choose a section to move them to before deleting it.</source>
        <translation>
            <numerusform>„{name}“ enthält %n Artikel (einschließlich Papierkorb). Wählen Sie ein Ressort, in das er verschoben wird, bevor Sie es löschen.</numerusform>
            <numerusform>„{name}“ enthält %n Artikel (einschließlich Papierkorb). Wählen Sie ein Ressort, in das sie verschoben werden, bevor Sie es löschen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The articles of “{name}” cannot be moved to the section being deleted. Choose another section.</source>
        <translation>Die Artikel von „{name}“ können nicht in das Ressort verschoben werden, das gelöscht wird. Wählen Sie ein anderes Ressort.</translation>
    </message>
    <message>
        <source>“{name}” cannot be merged into itself.</source>
        <translation>„{name}“ kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>“{name}” cannot be merged into its own subsection “{target}”.</source>
        <translation>„{name}“ kann nicht mit seinem eigenen Unterressort „{target}“ zusammengeführt werden.</translation>
    </message>
    <message>
        <source>“{name}” has subsections and “{target}” is a subsection: sections have two levels only. Merge into a top-level section, or move the subsections of “{name}” out first.</source>
        <translation>„{name}“ hat Unterressorts und „{target}“ ist ein Unterressort: Ressorts haben nur zwei Ebenen. Führen Sie es mit einem Ressort der obersten Ebene zusammen, oder verschieben Sie zuerst die Unterressorts von „{name}“.</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>There is no section number {number} in this library.</source>
        <translation>In dieser Bibliothek gibt es kein Ressort Nummer {number}.</translation>
    </message>
</context>
<context>
    <name>SectionPicker</name>
    <message>
        <source>Section</source>
        <translation>Ressort</translation>
    </message>
</context>
<context>
    <name>SectionTreeView</name>
    <message>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Ressorts</translation>
    </message>
    <message>
        <source>Section tree header</source>
        <translation>Kopfzeile des Ressortbaums</translation>
    </message>
</context>
<context>
    <name>Seo</name>
    <message>
        <source>A slug cannot be empty.</source>
        <translation>Ein URL-Kürzel darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A slug has only lowercase letters, digits and hyphens; this one will be saved as “{slug}”.</source>
        <translation>Ein URL-Kürzel besteht nur aus Kleinbuchstaben, Ziffern und Bindestrichen; dieses wird als „{slug}“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>SiteImages</name>
    <message>
        <source>{name}: {why}</source>
        <translation>{name}: {why}</translation>
    </message>
    <message>
        <source>the featured image (attachment {number}): {why}</source>
        <translation>das Beitragsbild (Anhang {number}): {why}</translation>
    </message>
    <message>
        <source>the site gave no address for it</source>
        <translation>die Website hat keine Adresse dafür angegeben</translation>
    </message>
    <message>
        <source>it is no longer in the site&apos;s media library</source>
        <translation>es ist nicht mehr in der Mediathek der Website</translation>
    </message>
    <message>
        <source>the site did not describe it</source>
        <translation>die Website hat es nicht beschrieben</translation>
    </message>
    <message>
        <source>the featured image ({name}): {why}</source>
        <translation>das Beitragsbild ({name}): {why}</translation>
    </message>
    <message>
        <source>it is on another site ({host}); a pull downloads only from the site itself</source>
        <translation>es liegt auf einer anderen Website ({host}); beim Abrufen wird nur von der Website selbst heruntergeladen</translation>
    </message>
    <message>
        <source>the site answered HTTP {status}</source>
        <translation>die Website hat mit HTTP {status} geantwortet</translation>
    </message>
    <message>
        <source>the site sent {type}, not an image</source>
        <translation>die Website hat {type} gesendet, kein Bild</translation>
    </message>
    <message>
        <source>the site did not send it in time</source>
        <translation>die Website hat es nicht rechtzeitig gesendet</translation>
    </message>
    <message>
        <source>it could not be downloaded ({error})</source>
        <translation>es konnte nicht heruntergeladen werden ({error})</translation>
    </message>
    <message>
        <source>the site sent it round too many redirects</source>
        <translation>die Website hat es über zu viele Weiterleitungen geschickt</translation>
    </message>
    <message>
        <source>it is not a PNG, JPEG, GIF or WebP image</source>
        <translation>es ist kein PNG-, JPEG-, GIF- oder WebP-Bild</translation>
    </message>
    <message>
        <source>it has too many pixels to open safely</source>
        <translation>es hat zu viele Pixel, um es sicher zu öffnen</translation>
    </message>
    <message>
        <source>it is not an image that can be read (damaged?)</source>
        <translation>es ist kein lesbares Bild (beschädigt?)</translation>
    </message>
    <message>
        <source>its site could not be reached</source>
        <translation>ihre Website war nicht erreichbar</translation>
    </message>
    <message>
        <source>the connection was cut off</source>
        <translation>die Verbindung wurde unterbrochen</translation>
    </message>
    <message>
        <source>its address could not be used</source>
        <translation>ihre Adresse konnte nicht verwendet werden</translation>
    </message>
    <message>
        <source>it is larger than {size}</source>
        <translation>es ist größer als {size}</translation>
    </message>
</context>
<context>
    <name>SiteLocale</name>
    <message>
        <source>“{name}” is not a locale Newsroom knows. Give a language and a country as CLDR writes them, such as en_GB, en_US, fr_FR or de_DE.</source>
        <translation>„{name}“ ist kein Gebietsschema, das Newsroom kennt. Geben Sie eine Sprache und ein Land so an, wie CLDR sie schreibt, etwa en_GB, en_US, fr_FR oder de_DE.</translation>
    </message>
</context>
<context>
    <name>StaticSitePublisher</name>
    <message>
        <source>Newsroom may not write into the site folder “{folder}”. Choose another folder, or make this one writable.</source>
        <translation>Newsroom darf nicht in den Website-Ordner „{folder}“ schreiben. Wählen Sie einen anderen Ordner oder machen Sie diesen beschreibbar.</translation>
    </message>
    <message>
        <source>The disk of the site folder “{folder}” is full.</source>
        <translation>Der Datenträger des Website-Ordners „{folder}“ ist voll.</translation>
    </message>
    <message>
        <source>The site folder “{folder}” could not be written ({reason}).</source>
        <translation>In den Website-Ordner „{folder}“ konnte nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>The site folder can be written.</source>
        <translation>In den Website-Ordner kann geschrieben werden.</translation>
    </message>
    <message>
        <source>The site folder “{folder}” is busy with another publication.</source>
        <translation>Der Website-Ordner „{folder}“ ist durch eine andere Veröffentlichung belegt.</translation>
    </message>
    <message>
        <source>The site could not be written: {error}</source>
        <translation>Die Website konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>The site folder “{folder}” cannot be found. If it is on a removable drive or a network share, connect it; otherwise choose another folder.</source>
        <translation>Der Website-Ordner „{folder}“ wurde nicht gefunden. Wenn er auf einem Wechseldatenträger oder einer Netzwerkfreigabe liegt, verbinden Sie diese; andernfalls wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The list of what is published in “{folder}” is damaged ({file}). Move the folder away and publish again to rebuild the site.</source>
        <translation>Die Liste der Veröffentlichungen in „{folder}“ ist beschädigt ({file}). Verschieben Sie den Ordner und veröffentlichen Sie erneut, um die Website neu aufzubauen.</translation>
    </message>
    <message>
        <source>The site folder “{folder}” was written by a newer Newsroom; this one will not change it.</source>
        <translation>Der Website-Ordner „{folder}“ wurde von einer neueren Newsroom-Version geschrieben; diese Version ändert ihn nicht.</translation>
    </message>
    <message>
        <source>“{headline}”, published on this site, still has the address “{slug}”. Publish it again with its new address, or take it off the site, before publishing this one.</source>
        <translation>„{headline}“, auf dieser Website veröffentlicht, hat noch die Adresse „{slug}“. Veröffentlichen Sie ihn erneut mit seiner neuen Adresse oder ziehen Sie ihn von der Website zurück, bevor Sie diesen veröffentlichen.</translation>
    </message>
    <message>
        <source>“{path}” is not a page of the site in “{folder}”.</source>
        <translation>„{path}“ ist keine Seite der Website in „{folder}“.</translation>
    </message>
</context>
<context>
    <name>StatsLabel</name>
    <message>
        <source>Text statistics</source>
        <translation>Textstatistik</translation>
    </message>
    <message>
        <source>Counted as published: Markdown syntax, link addresses and images are left out. Reading time at {words} words a minute.</source>
        <translation>So gezählt, wie es veröffentlicht wird: Markdown-Syntax, Linkadressen und Bilder zählen nicht mit. Lesezeit bei {words} Wörtern pro Minute.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>unknown status “{text}” (one of: {allowed})</source>
        <translation>unbekannter Status „{text}“ (möglich: {allowed})</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Spiked</source>
        <translation>Verworfen</translation>
    </message>
</context>
<context>
    <name>StatusControl</name>
    <message>
        <source>The article is draft.</source>
        <translation>Der Artikel ist ein Entwurf.</translation>
    </message>
    <message>
        <source>The article is in review.</source>
        <translation>Der Artikel ist in Prüfung.</translation>
    </message>
    <message>
        <source>The article is ready.</source>
        <translation>Der Artikel ist fertig.</translation>
    </message>
    <message>
        <source>The article is scheduled.</source>
        <translation>Der Artikel ist geplant.</translation>
    </message>
    <message>
        <source>The article is published.</source>
        <translation>Der Artikel ist veröffentlicht.</translation>
    </message>
    <message>
        <source>The article is spiked.</source>
        <translation>Der Artikel ist verworfen.</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Arbeitsablauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No article</source>
        <translation>Kein Artikel</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Move the article to “{status}”.</source>
        <translation>Den Artikel auf „{status}“ setzen.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>“{name}” is in use by another program (a backup or a sync tool?); nothing was lost. It can be written again once that program lets go of it.</source>
        <translation>„{name}“ wird von einem anderen Programm verwendet (einem Sicherungs- oder Synchronisierungsprogramm?); es ging nichts verloren. Die Datei kann wieder geschrieben werden, sobald dieses Programm sie freigibt.</translation>
    </message>
    <message>
        <source>“{name}” could not be read or written ({problem}). The disk that holds it reported an error; the library itself was left as it was.</source>
        <translation>„{name}“ konnte nicht gelesen oder geschrieben werden ({problem}). Der Datenträger, auf dem die Datei liegt, hat einen Fehler gemeldet; die Bibliothek selbst blieb unverändert.</translation>
    </message>
    <message>
        <source>“{name}” is no longer there: the disk or the network drive that held it may have been disconnected. Connect it again.</source>
        <translation>„{name}“ ist nicht mehr da: Der Datenträger oder das Netzlaufwerk, auf dem die Datei lag, wurde vielleicht getrennt. Schließen Sie ihn wieder an.</translation>
    </message>
    <message>
        <source>“{name}” cannot be written: the disk or the folder that holds it is read-only. Open it read-only, or copy it to a disk you can write to.</source>
        <translation>„{name}“ kann nicht geschrieben werden: Der Datenträger oder der Ordner, in dem die Datei liegt, ist schreibgeschützt. Öffnen Sie sie schreibgeschützt, oder kopieren Sie sie auf einen beschreibbaren Datenträger.</translation>
    </message>
    <message>
        <source>The disk that holds “{name}” is full, so the library could not be made there. Free at least {size} on it, or choose another place.</source>
        <translation>Der Datenträger für „{name}“ ist voll, daher konnte die Bibliothek dort nicht angelegt werden. Geben Sie dort mindestens {size} frei, oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>The disk that holds “{name}” is full. Free at least {size} on it; nothing was lost, and the library is not damaged.</source>
        <translation>Der Datenträger mit „{name}“ ist voll. Geben Sie darauf mindestens {size} frei; es ging nichts verloren, und die Bibliothek ist nicht beschädigt.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space on it and try again.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A file could not be read or written ({problem}).</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden ({problem}).</translation>
    </message>
    <message>
        <source>The disk that holds “{file}” is full. Free at least {size} on it.</source>
        <translation>Der Datenträger mit „{file}“ ist voll. Geben Sie darauf mindestens {size} frei.</translation>
    </message>
    <message>
        <source>“{file}” is not there (if it is on a disk or a network drive, is it connected?).</source>
        <translation>„{file}“ ist nicht vorhanden (falls die Datei auf einem Datenträger oder Netzlaufwerk liegt: Ist es verbunden?).</translation>
    </message>
    <message>
        <source>“{file}” cannot be written: the disk or the folder that holds it is read-only, or you may not write there.</source>
        <translation>„{file}“ kann nicht geschrieben werden: Der Datenträger oder der Ordner, in dem die Datei liegt, ist schreibgeschützt, oder Sie haben dort keine Schreibrechte.</translation>
    </message>
    <message>
        <source>“{file}” could not be read or written ({problem}).</source>
        <translation>„{file}“ konnte nicht gelesen oder geschrieben werden ({problem}).</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>There is no target “{name}” in this library.</source>
        <translation>In dieser Bibliothek gibt es kein Ziel „{name}“.</translation>
    </message>
    <message>
        <source>This outbox is already sending.</source>
        <translation>Dieser Postausgang sendet bereits.</translation>
    </message>
    <message>
        <source>Newsroom could not prepare it for sending: {error}</source>
        <translation>Newsroom konnte ihn nicht zum Senden vorbereiten: {error}</translation>
    </message>
    <message>
        <source>Not sent. {reason}</source>
        <translation>Nicht gesendet. {reason}</translation>
    </message>
    <message>
        <source>It was never on the site.</source>
        <translation>Er war nie auf der Website.</translation>
    </message>
    <message>
        <source>The article is in the trash.</source>
        <translation>Der Artikel ist im Papierkorb.</translation>
    </message>
    <message>
        <source>{target}: {message}</source>
        <translation>{target}: {message}</translation>
    </message>
    <message>
        <source>“{headline}”: {message}</source>
        <translation>„{headline}“: {message}</translation>
    </message>
    <message>
        <source>“{headline}” on {target}: {message}</source>
        <translation>„{headline}“ auf {target}: {message}</translation>
    </message>
    <message>
        <source>Sent: {sent}. Will retry: {retrying}. Need attention: {attention}. Conflicts: {conflicts}. Still in the outbox: {remaining}.</source>
        <translation>Gesendet: {sent}. Erneuter Versuch: {retrying}. Zu prüfen: {attention}. Konflikte: {conflicts}. Noch im Postausgang: {remaining}.</translation>
    </message>
    <message>
        <source>Failed before and still waiting: {count}.</source>
        <translation>Zuvor fehlgeschlagen und noch wartend: {count}.</translation>
    </message>
    <message>
        <source>Next attempt: {when} UTC.</source>
        <translation>Nächster Versuch: {when} UTC.</translation>
    </message>
    <message>
        <source>Held until their time (embargo or schedule): {count}.</source>
        <translation>Bis zu ihrem Zeitpunkt zurückgehalten (Sperrfrist oder Planung): {count}.</translation>
    </message>
    <message>
        <source>Nothing to send: {count}.</source>
        <translation>Nichts zu senden: {count}.</translation>
    </message>
    <message>
        <source>“{name}” is paused: its user name or password was refused. Give it new ones, then sync again.</source>
        <translation>„{name}“ ist pausiert: Benutzername oder Passwort wurde abgelehnt. Geben Sie neue ein und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Now published in the library: {count}.</source>
        <translation>Jetzt in der Bibliothek veröffentlicht: {count}.</translation>
    </message>
    <message>
        <source>Stopped before the end; the rest waits in the outbox.</source>
        <translation>Vor dem Ende angehalten; der Rest wartet im Postausgang.</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>Wird erneut versucht</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Paused: password refused</source>
        <translation>Angehalten: Passwort abgelehnt</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Nichts zu senden</translation>
    </message>
    <message>
        <source>Held until its time</source>
        <translation>Bis zu seiner Zeit zurückgehalten</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Veröffentlichung aufheben</translation>
    </message>
    <message>
        <source>Discard the request to publish “{headline}” on {target}? It will not be sent.</source>
        <translation>Den Auftrag verwerfen, „{headline}“ auf {target} zu veröffentlichen? Er wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Discard the request to update “{headline}” on {target}? It will not be sent.</source>
        <translation>Den Auftrag verwerfen, „{headline}“ auf {target} zu aktualisieren? Er wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Discard the request to unpublish “{headline}” on {target}? It will not be sent.</source>
        <translation>Den Auftrag verwerfen, die Veröffentlichung von „{headline}“ auf {target} aufzuheben? Er wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Wartet auf erneuten Versuch</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Sync Log</source>
        <translation>Synchronisierungsprotokoll</translation>
    </message>
    <message>
        <source>Waiting in the outbox</source>
        <translation>Wartet im Postausgang</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Synchronisierungsprotokoll</translation>
    </message>
    <message>
        <source>Nothing waits in the outbox.</source>
        <translation>Im Postausgang wartet nichts.</translation>
    </message>
    <message>
        <source>Outbox summary</source>
        <translation>Übersicht des Postausgangs</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Send the chosen entry at once, without waiting.</source>
        <translation>Den gewählten Eintrag sofort senden, ohne zu warten.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Drop the chosen entry: it will not be sent.</source>
        <translation>Den gewählten Eintrag verwerfen: Er wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Resolve &amp;Conflict…</source>
        <translation>&amp;Konflikt lösen…</translation>
    </message>
    <message>
        <source>Compare the two versions and decide.</source>
        <translation>Die beiden Fassungen vergleichen und entscheiden.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Show the latest attempts.</source>
        <translation>Die letzten Versuche anzeigen.</translation>
    </message>
    <message>
        <source>Every attempt, newest first</source>
        <translation>Alle Versuche, die neuesten zuerst</translation>
    </message>
    <message>
        <source>Details of the chosen attempt</source>
        <translation>Details des gewählten Versuchs</translation>
    </message>
    <message>
        <source>Choose an attempt to see its details.</source>
        <translation>Wählen Sie einen Versuch, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Cop&amp;y Details</source>
        <translation>Details kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the details of the chosen attempt, for a bug report.</source>
        <translation>Die Details des gewählten Versuchs für einen Fehlerbericht kopieren.</translation>
    </message>
    <message>
        <source>Technical details (for a bug report):</source>
        <translation>Technische Details (für einen Fehlerbericht):</translation>
    </message>
    <message>
        <source>Discard the request to send “{headline}” on {target}? It will not be sent.</source>
        <translation>Den Auftrag verwerfen, „{headline}“ an {target} zu senden? Er wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Not published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Changed since sync</source>
        <translation>Seit der Synchronisierung geändert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
</context>
<context>
    <name>SyncStateButton</name>
    <message>
        <source>Queued for {target}</source>
        <translation>In der Warteschlange für {target}</translation>
    </message>
    <message>
        <source>Synced to {target}</source>
        <translation>Mit {target} synchronisiert</translation>
    </message>
    <message>
        <source>Changed since sync on {target}</source>
        <translation>Seit der Synchronisierung geändert auf {target}</translation>
    </message>
    <message>
        <source>Failed on {target}</source>
        <translation>Fehlgeschlagen auf {target}</translation>
    </message>
    <message>
        <source>Conflict on {target}</source>
        <translation>Konflikt auf {target}</translation>
    </message>
    <message>
        <source>{target}: {state}</source>
        <translation>{target}: {state}</translation>
    </message>
    <message>
        <source>{text}, last sent {when}</source>
        <translation>{text}, zuletzt gesendet am {when}</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
    <message>
        <source>There is no publishing target yet: add one with Publish › Targets…</source>
        <translation>Es gibt noch kein Veröffentlichungsziel: Fügen Sie eines hinzu unter Veröffentlichen › Ziele…</translation>
    </message>
    <message>
        <source>Click to compare the two versions and decide.</source>
        <translation>Klicken Sie, um die beiden Fassungen zu vergleichen und zu entscheiden.</translation>
    </message>
    <message>
        <source>Click to open the sync log.</source>
        <translation>Klicken Sie, um das Synchronisierungsprotokoll zu öffnen.</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>A target needs a name, such as “Website”.</source>
        <translation>Ein Ziel braucht einen Namen, etwa „Website“.</translation>
    </message>
    <message>
        <source>A target&apos;s name can be at most {count} characters long.</source>
        <translation>Der Name eines Ziels darf höchstens {count} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a target&apos;s name: use letters, digits, spaces and punctuation other than slashes.</source>
        <translation>„{name}“ kann nicht der Name eines Ziels sein: Verwenden Sie Buchstaben, Ziffern, Leerzeichen und Satzzeichen außer Schrägstrichen.</translation>
    </message>
    <message>
        <source>A static site&apos;s address is a folder, given in full (such as “/home/me/site”), not “{url}”.</source>
        <translation>Die Adresse einer statischen Website ist ein Ordner mit vollständigem Pfad (etwa „/home/ich/website“), nicht „{url}“.</translation>
    </message>
    <message>
        <source>“{path}” is a file, not a folder.</source>
        <translation>„{path}“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address.</source>
        <translation>„{url}“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>Give the user name and the password in their own fields (on the command line: --user, and the password when asked), not in the address.</source>
        <translation>Geben Sie Benutzername und Passwort in ihren eigenen Feldern an (auf der Befehlszeile: --user und das Passwort, wenn danach gefragt wird), nicht in der Adresse.</translation>
    </message>
    <message>
        <source>The address of a {kind} target starts with https:// (or http://), such as “https://news.example.org”; “{url}” does not.</source>
        <translation>Die Adresse eines {kind}-Ziels beginnt mit https:// (oder http://), etwa „https://news.example.org“; „{url}“ tut das nicht.</translation>
    </message>
    <message>
        <source>A {kind} target needs a user name.</source>
        <translation>Ein Ziel vom Typ {kind} braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>A {kind} target has no user name.</source>
        <translation>Ein Ziel vom Typ {kind} hat keinen Benutzernamen.</translation>
    </message>
    <message>
        <source>There is no target “{name}” in this library.</source>
        <translation>In dieser Bibliothek gibt es kein Ziel „{name}“.</translation>
    </message>
    <message>
        <source>There is no target number {number} in this library.</source>
        <translation>In dieser Bibliothek gibt es kein Ziel Nummer {number}.</translation>
    </message>
    <message>
        <source>There is already a target called “{name}” in this library.</source>
        <translation>In dieser Bibliothek gibt es bereits ein Ziel namens „{name}“.</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Keep for This Session Only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
    <message>
        <source>WebP</source>
        <translation>WebP</translation>
    </message>
    <message>
        <source>As the original (JPEG or WebP)</source>
        <translation>Wie das Original (JPEG oder WebP)</translation>
    </message>
    <message>
        <source>Photos go scaled to this size, without the place they were taken and the camera&apos;s serial numbers; PNG and GIF images keep their format.</source>
        <translation>Fotos werden auf diese Größe skaliert gesendet, ohne Aufnahmeort und Seriennummern der Kamera; PNG- und GIF-Bilder behalten ihr Format.</translation>
    </message>
    <message>
        <source>This computer has no safe password store that Newsroom can use. A password typed here can be kept for this session only: until Newsroom closes.</source>
        <translation>Dieser Computer hat keinen sicheren Passwortspeicher, den Newsroom verwenden kann. Ein hier eingegebenes Passwort kann nur für diese Sitzung behalten werden: bis Newsroom beendet wird.</translation>
    </message>
    <message>
        <source>Publishing Targets</source>
        <translation>Veröffentlichungsziele</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>&amp;New Target</source>
        <translation>&amp;Neues Ziel</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Image size, longer side in pixels</source>
        <translation>Bildgröße, längere Seite in Pixeln</translation>
    </message>
    <message>
        <source>The longer side of the images the site receives. Smaller images are not enlarged.</source>
        <translation>Die längere Seite der Bilder, die die Website erhält. Kleinere Bilder werden nicht vergrößert.</translation>
    </message>
    <message>
        <source>Image quality</source>
        <translation>Bildqualität</translation>
    </message>
    <message>
        <source>JPEG or WebP quality, 1 to 100: 85 is hard to tell from the original.</source>
        <translation>JPEG- oder WebP-Qualität, 1 bis 100: 85 ist kaum vom Original zu unterscheiden.</translation>
    </message>
    <message>
        <source>Image format</source>
        <translation>Bildformat</translation>
    </message>
    <message>
        <source>About the images</source>
        <translation>Über die Bilder</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Sign in to the target with these details</source>
        <translation>Mit diesen Angaben beim Ziel anmelden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Image size:</source>
        <translation>Bild&amp;größe:</translation>
    </message>
    <message>
        <source>Image &amp;quality:</source>
        <translation>Bild&amp;qualität:</translation>
    </message>
    <message>
        <source>Image &amp;format:</source>
        <translation>Bild&amp;format:</translation>
    </message>
    <message>
        <source>{name} — {kind} (paused)</source>
        <translation>{name} — {kind} (angehalten)</translation>
    </message>
    <message>
        <source>{name} — {kind}</source>
        <translation>{name} — {kind}</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>Remove the target “{name}”?</source>
        <translation>Das Ziel „{name}“ entfernen?</translation>
    </message>
    <message>
        <source>It still has 1 entry in the outbox, which will not be sent.</source>
        <comment>one</comment>
        <translation>Es hat noch 1 Eintrag im Postausgang, der nicht gesendet wird.</translation>
    </message>
    <message numerus="yes">
        <source>It still has %n entries in the outbox, which will not be sent.</source>
        <comment>many</comment>
        <translation>
            <numerusform>Es hat noch %n Eintrag im Postausgang, der nicht gesendet wird.</numerusform>
            <numerusform>Es hat noch %n Einträge im Postausgang, die nicht gesendet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>Removed “{name}”.</source>
        <translation>„{name}“ entfernt.</translation>
    </message>
    <message>
        <source>Checking “{name}”…</source>
        <translation>„{name}“ wird getestet…</translation>
    </message>
    <message>
        <source>check a target</source>
        <translation>Testen eines Ziels</translation>
    </message>
    <message>
        <source>Signed in as {name}.</source>
        <translation>Angemeldet als {name}.</translation>
    </message>
    <message>
        <source>It works. {detail}</source>
        <translation>Es funktioniert. {detail}</translation>
    </message>
    <message>
        <source>Signed in, but {name} may not publish there. {detail}</source>
        <translation>Angemeldet, aber {name} darf dort nicht veröffentlichen. {detail}</translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>Der Test ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>This version of Newsroom cannot publish to this kind of target yet.</source>
        <translation>Diese Version von Newsroom kann noch nicht auf diese Art von Ziel veröffentlichen.</translation>
    </message>
</context>
<context>
    <name>TextStats</name>
    <message numerus="yes">
        <source>{count} word(s)</source>
        <translation>
            <numerusform>{count} Wort</numerusform>
            <numerusform>{count} Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} character(s)</source>
        <translation>
            <numerusform>{count} Zeichen</numerusform>
            <numerusform>{count} Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>{words} · {characters} · {minutes} min read</source>
        <translation>{words} · {characters} · {minutes} Min. Lesezeit</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>The site theme&apos;s template has an error on line {line}: {message}</source>
        <translation>Die Vorlage des Website-Themes hat in Zeile {line} einen Fehler: {message}</translation>
    </message>
    <message>
        <source>The site theme&apos;s template did something not allowed: {problem}</source>
        <translation>Die Vorlage des Website-Themes hat etwas Unerlaubtes getan: {problem}</translation>
    </message>
    <message>
        <source>The site theme&apos;s template could not be rendered: {problem}</source>
        <translation>Die Vorlage des Website-Themes konnte nicht dargestellt werden: {problem}</translation>
    </message>
    <message>
        <source>The default template is shown.</source>
        <translation>Die Standardvorlage wird angezeigt.</translation>
    </message>
    <message>
        <source>The CSS mode must be one of {modes}.</source>
        <translation>Der CSS-Modus muss einer der folgenden sein: {modes}.</translation>
    </message>
    <message>
        <source>“{name}” is neither a page template (.html.j2) nor CSS.</source>
        <translation>„{name}“ ist weder eine Seitenvorlage (.html.j2) noch CSS.</translation>
    </message>
    <message>
        <source>A site theme has one page template (.html.j2), not several.</source>
        <translation>Ein Website-Theme hat eine Seitenvorlage (.html.j2), nicht mehrere.</translation>
    </message>
    <message>
        <source>No page template (.html.j2) or CSS file was found for the theme.</source>
        <translation>Für das Theme wurde keine Seitenvorlage (.html.j2) und keine CSS-Datei gefunden.</translation>
    </message>
    <message>
        <source>The theme could not be read: {problem}</source>
        <translation>Das Theme konnte nicht gelesen werden: {problem}</translation>
    </message>
</context>
<context>
    <name>ThemeImport</name>
    <message>
        <source>Site themes (*.html.j2 *.css);;All files (*)</source>
        <translation>Website-Designs (*.html.j2 *.css);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Site theme imported: a page template and CSS.</source>
        <translation>Website-Design importiert: eine Seitenvorlage und CSS.</translation>
    </message>
    <message>
        <source>Site theme imported: a page template.</source>
        <translation>Website-Design importiert: eine Seitenvorlage.</translation>
    </message>
    <message>
        <source>Site theme imported: CSS.</source>
        <translation>Website-Design importiert: CSS.</translation>
    </message>
    <message>
        <source>Import Site Theme</source>
        <translation>Website-Design importieren</translation>
    </message>
    <message>
        <source>Default Site Theme</source>
        <translation>Standarddesign der Website</translation>
    </message>
    <message>
        <source>The default site theme is used again.</source>
        <translation>Das Standarddesign der Website wird wieder verwendet.</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <source>make a thumbnail</source>
        <translation>ein Vorschaubild erstellen</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>{where}: the front matter is not valid YAML ({problem}).</source>
        <translation>{where}: Der Front Matter ist kein gültiges YAML ({problem}).</translation>
    </message>
    <message>
        <source>{where}: the front matter should be a set of “key: value” lines.</source>
        <translation>{where}: Der Front Matter sollte aus Zeilen der Form „Schlüssel: Wert“ bestehen.</translation>
    </message>
    <message>
        <source>{where}: “{name}” should be text.</source>
        <translation>{where}: „{name}“ sollte Text sein.</translation>
    </message>
    <message>
        <source>{where}: “{value}” is not a date; write it as 2026-11-25 or 2026-11-25T09:30:00+01:00.</source>
        <translation>{where}: „{value}“ ist kein Datum; schreiben Sie es als 2026-11-25 oder 2026-11-25T09:30:00+01:00.</translation>
    </message>
    <message>
        <source>{where}: “tags” should be a list or comma-separated text.</source>
        <translation>{where}: „tags“ sollte eine Liste oder durch Kommas getrennter Text sein.</translation>
    </message>
    <message>
        <source>{where}: “related” should be a list.</source>
        <translation>{where}: „related“ sollte eine Liste sein.</translation>
    </message>
    <message>
        <source>{where}: related article “{item}” is not in the library. Import it first, or give it as {{title, url}}.</source>
        <translation>{where}: Der verwandte Artikel „{item}“ ist nicht in der Bibliothek. Importieren Sie ihn zuerst, oder geben Sie ihn als {{title, url}} an.</translation>
    </message>
    <message>
        <source>{where}: each related item is a headline, or has “title” and “url”.</source>
        <translation>{where}: Jeder verwandte Eintrag ist eine Überschrift oder hat „title“ und „url“.</translation>
    </message>
    <message>
        <source>{where}: each correction or update has “at” and “text”.</source>
        <translation>{where}: Jede Korrektur oder Aktualisierung hat „at“ und „text“.</translation>
    </message>
    <message>
        <source>{where}: each item of “notes” has a “kind”: correction or update.</source>
        <translation>{where}: Jedes Element von „notes“ hat eine Art („kind“): correction oder update.</translation>
    </message>
    <message>
        <source>{where}: “{kind}” is not a kind of note; write correction or update.</source>
        <translation>{where}: „{kind}“ ist keine Art von Hinweis; schreiben Sie correction oder update.</translation>
    </message>
    <message>
        <source>{where}: the {kind} “{text}” has no “at”.</source>
        <translation>{where}: Der Hinweis {kind} „{text}“ hat kein „at“.</translation>
    </message>
    <message>
        <source>{where}: “{key}” should be a list.</source>
        <translation>{where}: „{key}“ sollte eine Liste sein.</translation>
    </message>
    <message>
        <source>{where}: ignored unknown key “{key}”</source>
        <translation>{where}: unbekannter Schlüssel „{key}“ ignoriert</translation>
    </message>
    <message>
        <source>{where}: there is no section “{section}” in the library. Write it as “Parent/Child”, with \/ for a slash inside a name (Culture/Art\/Design).</source>
        <translation>{where}: In der Bibliothek gibt es kein Ressort „{section}“. Schreiben Sie es als „Eltern/Kind“, mit \/ für einen Schrägstrich in einem Namen (Kultur/Kunst\/Design).</translation>
    </message>
    <message>
        <source>{where}: there is no headline and no text to import.</source>
        <translation>{where}: Es gibt weder eine Überschrift noch Text zum Importieren.</translation>
    </message>
    <message>
        <source>{path}: not a UTF-8 text file.</source>
        <translation>{path}: keine UTF-8-Textdatei.</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({problem}).</source>
        <translation>{path}: kann nicht gelesen werden ({problem}).</translation>
    </message>
    <message>
        <source>{where}: an article with the slug “{slug}” is already in the library (use --replace to overwrite it).</source>
        <translation>{where}: Ein Artikel mit dem URL-Kürzel „{slug}“ ist bereits in der Bibliothek (verwenden Sie --replace, um ihn zu überschreiben).</translation>
    </message>
</context>
<context>
    <name>WeakKeyringError</name>
    <message>
        <source>This computer has no safe password store (a keychain) that Newsroom can use, only “{backend}”, which would keep the password unprotected or not at all. Newsroom will not store it there. Set up the system keychain (on Linux, GNOME Keyring or KWallet), or keep the password for this session only.</source>
        <translation>Dieser Computer hat keinen sicheren Passwortspeicher (Schlüsselbund), den Newsroom nutzen kann, nur „{backend}“, der das Passwort ungeschützt oder gar nicht speichern würde. Newsroom speichert es dort nicht. Richten Sie den Schlüsselbund des Systems ein (unter Linux GNOME Keyring oder KWallet) oder behalten Sie das Passwort nur für diese Sitzung.</translation>
    </message>
</context>
<context>
    <name>WordPressPublisher</name>
    <message>
        <source>{host} did not accept the user name and application password of “{name}”. WordPress needs an Application Password (made under Users › Profile on the site), not the password you sign in with. If it is right, the site&apos;s server may be dropping the sign-in header: WordPress&apos;s Site Health page says so.</source>
        <translation>{host} hat Benutzername und Anwendungspasswort von „{name}“ nicht akzeptiert. WordPress braucht ein Anwendungspasswort (erstellt unter Benutzer › Profil auf der Website), nicht das Passwort, mit dem Sie sich anmelden. Wenn es stimmt, entfernt der Server der Website möglicherweise den Anmelde-Header: Die Seite „Website-Zustand“ von WordPress zeigt das an.</translation>
    </message>
    <message>
        <source>Signed in as {user} ({roles}).</source>
        <translation>Angemeldet als {user} ({roles}).</translation>
    </message>
    <message>
        <source>Signed in as {user}.</source>
        <translation>Angemeldet als {user}.</translation>
    </message>
    <message>
        <source>This account may write drafts but not publish them.</source>
        <translation>Dieses Konto darf Entwürfe schreiben, aber nicht veröffentlichen.</translation>
    </message>
    <message>
        <source>This account may not upload images.</source>
        <translation>Dieses Konto darf keine Bilder hochladen.</translation>
    </message>
    <message>
        <source>This article is not on the site, so it cannot be taken off.</source>
        <translation>Dieser Artikel ist nicht auf der Website und kann daher nicht zurückgezogen werden.</translation>
    </message>
    <message>
        <source>{host} did not keep the post&apos;s {names}.</source>
        <translation>{host} hat Folgendes des Beitrags nicht behalten: {names}.</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>featured_media</source>
        <translation>Beitragsbild</translation>
    </message>
    <message>
        <source>The article was deleted on the site since it was last sent. Send it again to publish it anew, or leave it off the site.</source>
        <translation>Der Artikel wurde seit dem letzten Senden auf der Website gelöscht. Senden Sie ihn erneut, um ihn neu zu veröffentlichen, oder lassen Sie ihn von der Website fern.</translation>
    </message>
    <message>
        <source>The article was changed on the site since it was last sent: {fields}. Keep your version, take the site&apos;s, or edit.</source>
        <translation>Der Artikel wurde seit dem letzten Senden auf der Website geändert: {fields}. Behalten Sie Ihre Fassung, übernehmen Sie die der Website oder bearbeiten Sie ihn.</translation>
    </message>
</context>
<context>
    <name>WordPressRest</name>
    <message>
        <source>{host} answered with a web page instead of data: the network may need a sign-in (as in a hotel or on a train), or the address is not the address of a WordPress site.</source>
        <translation>{host} hat mit einer Webseite statt mit Daten geantwortet: Das Netzwerk verlangt möglicherweise eine Anmeldung (wie im Hotel oder im Zug), oder die Adresse ist nicht die einer WordPress-Website.</translation>
    </message>
    <message>
        <source>{host} does not look like a WordPress site: its REST API was not found. Check the address of the target.</source>
        <translation>{host} scheint keine WordPress-Website zu sein: Ihre REST-API wurde nicht gefunden. Prüfen Sie die Adresse des Ziels.</translation>
    </message>
    <message>
        <source>{host} answered a list with something else.</source>
        <translation>{host} hat statt einer Liste etwas anderes geantwortet.</translation>
    </message>
    <message>
        <source>No user name or application password is set for “{name}”.</source>
        <translation>Für „{name}“ sind kein Benutzername und kein Anwendungspasswort festgelegt.</translation>
    </message>
</context>
<context>
    <name>WordPressSeo</name>
    <message>
        <source>{target} has no search title or description fields that Newsroom can write (Yoast or Rank Math): they were not sent.</source>
        <translation>{target} hat keine Felder für Suchtitel oder Suchbeschreibung, die Newsroom beschreiben kann (Yoast oder Rank Math): Sie wurden nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>a draft</source>
        <translation>ein Entwurf</translation>
    </message>
    <message>
        <source>an article in review</source>
        <translation>ein Artikel in Prüfung</translation>
    </message>
    <message>
        <source>an article that is ready</source>
        <translation>ein fertiger Artikel</translation>
    </message>
    <message>
        <source>a scheduled article</source>
        <translation>ein geplanter Artikel</translation>
    </message>
    <message>
        <source>a published article</source>
        <translation>ein veröffentlichter Artikel</translation>
    </message>
    <message>
        <source>a spiked article</source>
        <translation>ein verworfener Artikel</translation>
    </message>
    <message>
        <source>sent back to draft</source>
        <translation>in den Entwurf zurückgesetzt</translation>
    </message>
    <message>
        <source>sent to review</source>
        <translation>zur Prüfung gesendet</translation>
    </message>
    <message>
        <source>marked ready</source>
        <translation>als fertig markiert</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>spiked</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>The article is draft already.</source>
        <translation>Der Artikel ist bereits ein Entwurf.</translation>
    </message>
    <message>
        <source>The article is in review already.</source>
        <translation>Der Artikel ist bereits in Prüfung.</translation>
    </message>
    <message>
        <source>The article is ready already.</source>
        <translation>Der Artikel ist bereits fertig.</translation>
    </message>
    <message>
        <source>The article is scheduled already.</source>
        <translation>Der Artikel ist bereits geplant.</translation>
    </message>
    <message>
        <source>The article is published already.</source>
        <translation>Der Artikel ist bereits veröffentlicht.</translation>
    </message>
    <message>
        <source>The article is spiked already.</source>
        <translation>Der Artikel ist bereits verworfen.</translation>
    </message>
    <message>
        <source>{list} or {last}</source>
        <translation>{list} oder {last}</translation>
    </message>
    <message>
        <source>{subject} cannot be {done}; it can be {can}.</source>
        <translation>{subject} kann nicht {done} werden; er kann {can} werden.</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Veröffentlichung aufheben</translation>
    </message>
    <message>
        <source>Unschedule</source>
        <translation>Planung aufheben</translation>
    </message>
    <message>
        <source>Mark ready</source>
        <translation>Als fertig markieren</translation>
    </message>
    <message>
        <source>Restore as draft</source>
        <translation>Als Entwurf wiederherstellen</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Zurück zum Entwurf</translation>
    </message>
    <message>
        <source>Back to review</source>
        <translation>Zurück zur Prüfung</translation>
    </message>
    <message>
        <source>Send to review</source>
        <translation>Zur Prüfung senden</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Jetzt veröffentlichen</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planen</translation>
    </message>
</context>
</TS>
